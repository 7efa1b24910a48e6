package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The cue-subject sieve: the speaker stands after the verb of saying.
//
//	"“Prices will fall,” said Jane Roe, Director of Acme Robotics."
//	"Prices will fall, said speakers at today’s meeting."
//	"But, said Jane Roe, “prices will fall.”"

// cueSubject attributes a verb of saying to the subject after it.
func (r *run) cueSubject(cs *cueSite) (int, phrase, bool, bool) {
	toks, s, k, lo, ce, cue := r.toks, cs.s, cs.k, cs.lo, cs.ce, cs.cue
	first, end := s.Tokens.First, s.Tokens.End
	if cs.f.verb.quoted {
		// A verb that says only the quoted words after it in its clause
		// ("thanked the mayor for “…”") has no inversion: in "Mary Poe,
		// star of “Harbor,” thanked the mayor for “…”" the title before
		// is no speech and the mayor no speaker.
		return 0, phrase{}, false, false
	}
	// Inversion: "…,” said Smith." or "…, said speakers at …".
	if k > first && k > lo && (toks[k-1].Is(",") || r.closesQuote(k-1)) {
		if ce-1 > k && prepositions[strings.ToLower(toks[ce-1].Text)] {
			return 0, phrase{}, false, true // a verb with its preposition has no inversion: "Members Stress Unity, Call for Kelvo Talks"
		}
		subj, ok := r.rightPhrase(ce, end)
		if !ok || !r.inversionEnds(subj.end, end) {
			if subj, ok = r.describedName(ce, end); !ok {
				if subj, ok = r.describedHead(ce, end); !ok || !r.closesQuote(k-1) {
					return 0, phrase{}, false, true
				}
				if n := r.setOffName(subj, end); n.end > subj.end && r.inversionEnds(n.end, end) {
					subj = n // "…,” said her co-founder, chief technology officer Jane Roe."
				}
			}
		}
		if cs.f.verb.hearer && subj.end < end && toks[subj.end].Is("that") {
			return 0, phrase{}, false, true // the hearer, no inverted speaker: "A retired teacher surnamed Chan, who lost …, told reporters that …"
		}
		subj.start = k
		if q := subj.end + 1; q < end && (toks[subj.end].Is(",") || toks[subj.end].Is(":")) && r.opensQuote(q) && r.leadOnly(lo, k-1) {
			// "But, said Solovey, “I don't want …”": only a conjunction
			// before; what was said is the quotation after.
			after, ok := r.forward(s, q, cue, subj, CueSubject, 0.85)
			return after, subj, ok, true
		}
		if q := subj.end + 1; q+2 < end && toks[subj.end].Is(",") && !r.opensQuote(q) && insertedVerbs[cs.f.verb.lemma] && r.adjunctLead(lo, k-1) {
			// "For Greenland, said Jane Roe, the problem is one of
			// distance": an adjunct before the inserted attribution; what
			// was said is the clause after it.
			after, ok := r.forward(s, q, cue, subj, CueSubject, 0.8)
			return after, subj, ok, true
		}
		after, ok := r.backward(s, lo, k, subj.end, cue, subj, CueSubject, 0.85)
		return after, subj, ok, true
	}
	return 0, phrase{}, false, true
}

// insertedVerbs are the verbs of saying an attribution set off inside
// the sentence it reports takes: "For Greenland, said Jane Roe, …" (not
// a name's "called": "Under the program, called Lunch at the Library,
// children …", nor "noted", an adjective as often: "In 2010, noted
// architect Jane Roe, who restored the roof, …").
var insertedVerbs = toSet(`say add explain argue insist warn stress write`)

// adjunctLead reports a short adverbial phrase [i, end) that opens the
// sentence with a preposition and holds no verb: "For Greenland", "For
// many families", "In the north".
func (r *run) adjunctLead(i, end int) bool {
	toks := r.toks
	if end-i < 2 || end-i > 6 || !toks[i].IsCap() || !prepositions[strings.ToLower(toks[i].Text)] {
		return false
	}
	for k := i + 1; k < end; k++ {
		if t := &toks[k]; t.Kind != entities.Word && t.Kind != entities.Number || isAux(strings.ToLower(t.Text)) {
			return false
		}
		if _, cue := cueAt(toks, k); cue {
			return false
		}
	}
	return true
}

// describedName returns the phrase from token i to the end of a person's
// name after a verb of saying, when only words that describe the person
// stand before the name and the inversion ends after it: "…,” said Clinton
// ally James Carville.", "…,” wrote Post White House bureau chief Juliet
// Eilperin."
func (r *run) describedName(i, end int) (phrase, bool) {
	toks := r.toks
	for k := i; k < end && k <= i+9; k++ { // (up to a name after a title and three styles: "Bali Regional Police Chief Irjen. Pol. Drs. I Gede Wirasana")
		t := &toks[k]
		if t.Kind != entities.Word && t.Kind != entities.Number {
			break
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k && k > i && r.inversionEnds(e.Tokens.End, end) {
			return phrase{first: i, end: e.Tokens.End}, true
		}
		lw := strings.ToLower(t.Text)
		if prepositions[lw] || npConnectors[lw] || subordinators[lw] || isAux(lw) || subjectPronouns[lw] || objectPronouns[lw] || whWords[lw] || lw == "that" {
			break
		}
		if _, cue := cueAt(toks, k); cue {
			break
		}
	}
	return r.postsThenName(i, end)
}

// postsThenName returns the phrase from token i to the end of a person's
// name after two posts joined by "and", the second with its field, where
// a capitalized post opens the phrase and the inversion ends after the
// name: "…,” said Special Co-ordinator and leader of the short-term
// observers Jane Roe."
func (r *run) postsThenName(i, end int) (phrase, bool) {
	toks := r.toks
	if i >= end || !toks[i].IsCap() || !(entities.IsTitleWord(toks[i].Text) || entities.IsTitleModifier(toks[i].Text)) {
		return phrase{}, false
	}
	and := false
	for k := i + 1; k < end && k <= i+14; k++ {
		t := &toks[k]
		if t.Kind != entities.Word && !(t.Kind == entities.Punct && t.Is("-")) {
			return phrase{}, false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k {
			if and && r.inversionEnds(e.Tokens.End, end) {
				return phrase{first: i, end: e.Tokens.End}, true
			}
			return phrase{}, false
		}
		lw := strings.ToLower(t.Text)
		and = and || lw == "and"
		if subordinators[lw] || isAux(lw) || subjectPronouns[lw] || objectPronouns[lw] || whWords[lw] || lw == "that" {
			return phrase{}, false
		}
		if _, cue := cueAt(toks, k); cue {
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// describedHead returns a description that names no one after an inverted
// verb of saying: a determiner and up to five words, the last a noun the
// lists need not know, up to where the inversion ends, after a quotation
// (the caller sees to it): "“…,” said the
// designer, who works for …", "…,” said one former party fundraising aide.".
// No word may be a preposition, a pronoun, an auxiliary, an adverb or a
// verb of saying, so that "said the deal was done" is no speaker.
func (r *run) describedHead(i, end int) (phrase, bool) {
	toks := r.toks
	if i >= end || toks[i].Kind != entities.Word || !determinerWords[strings.ToLower(toks[i].Text)] || toks[i].IsFold("that") {
		return phrase{}, false
	}
	for k := i + 1; k < end && k <= i+6; k++ {
		t := &toks[k]
		if k > i+1 && r.inversionEnds(k, end) {
			if last := strings.ToLower(toks[k-1].Text); toks[k-1].Kind != entities.Word || determinerWords[last] || strings.HasSuffix(last, "ly") {
				return phrase{}, false
			}
			return phrase{first: i, end: k}, true
		}
		if t.Kind != entities.Word && t.Kind != entities.Number {
			return phrase{}, false
		}
		lw := strings.ToLower(t.Text)
		if prepositions[lw] || npConnectors[lw] || subordinators[lw] || isAux(lw) || subjectPronouns[lw] || objectPronouns[lw] || whWords[lw] || lw == "that" || lw == "not" || isAdverb(t) {
			return phrase{}, false
		}
		if _, cue := cueAt(toks, k); cue {
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// leadOnly reports whether tokens [i, end) are only words that lead into
// a sentence, a conjunction or an adverb ("But", "And yet", "Still"),
// with at least one of them.
func (r *run) leadOnly(i, end int) bool {
	for k := i; k < end; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word || !(leadWords[strings.ToLower(t.Text)] || asideLeads[strings.ToLower(t.Text)] || isAdverb(t)) {
			return false
		}
	}
	return i < end
}

// asideLeads, with leadWords, open a sentence before a parenthetical
// attribution: "Instead, said Jane Roe, “…”".
var asideLeads = toSet(`instead meanwhile however later or`)
