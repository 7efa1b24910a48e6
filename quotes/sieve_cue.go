package quotes

import (
	"slices"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// cueSpan extends the verb at k with its particle ("called for", "pointed
// out") and returns the index after the cue.
func (r *run) cueEnd(k, end int, f cueForm) int {
	if k+1 < end {
		for _, p := range f.verb.particles {
			if r.toks[k+1].Is(p) {
				return k + 2
			}
		}
	}
	return k + 1
}

// tryCue attributes what the verb of saying at k introduces. It returns
// the index after the attribution and its subject.
func (r *run) tryCue(s *entities.Sentence, k int, f cueForm, lo int, prev *phrase) (int, phrase, bool) {
	toks := r.toks
	first, end := s.Tokens.First, s.Tokens.End
	if k > first && (toks[k-1].Kind == entities.Possessive || determinerWords[strings.ToLower(toks[k-1].Text)] && toks[k-1].IsLower() && !toks[k-1].Is("that")) {
		return 0, phrase{}, false // a noun: "his claim", "the report", "some comment"
	}
	if k > first && toks[k-1].Kind == entities.Number && f.past {
		return 0, phrase{}, false // an adjective: "60 pledged delegates"
	}
	if k > first && r.nounOrPassive(k, f) {
		return 0, phrase{}, false
	}
	ce := r.cueEnd(k, end, f)
	if f.verb.after && !r.closesQuote(k-1) {
		if p, ok := r.leftPhrase(k, lo); !ok || p.start == 0 || !r.closesQuote(p.start-1) {
			return 0, phrase{}, false // "read" is a cue only next to a quotation
		}
	}
	if f.verb.particle && ce == k+1 {
		return 0, phrase{}, false // "as Marc Trévidic put it", not "put the money"
	}
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[ce-1].End}}
	cue.Text = cue.In(r.text)
	if len(f.verb.particles) > 0 && ce == k+1 {
		// "called" without "for" or "on": "called it “a disgrace”".
		f.verb = &cueVerb{lemma: f.verb.lemma, weak: true, naming: f.verb.naming}
	}

	// A verb that shares the subject of the verb before it: "…, saying",
	// "by saying", "and added that".
	if k > first && k > lo-1 && (sharesSubject(&toks[k-1], f) || f.participle && r.closesQuote(k-1) && r.quoteEndsWithComma(k-1)) {
		subj, ok := phrase{}, false
		if prev != nil {
			subj, ok = *prev, true
		} else if subj, ok = r.clauseSubjectBefore(s, k); !ok {
			subj, ok = r.sentenceSubjectOf(s, k, true)
		}
		if ok {
			start, comp := r.complement(ce, end, f)
			if r.forwardOK(f, start, end, comp) {
				after, ok := r.forward(s, start, cue, subj, Participle, 0.75)
				return after, subj, ok
			}
		}
		if f.participle {
			return 0, phrase{}, false
		}
	}
	if f.participle && k > first && !toks[k-1].IsLower() {
		// An absolute construction: "– Ryan saying he was “very
		// encouraged” and Trump calling it a “great meeting.”"
		if e := r.a.EntityAt(k - 1); e != nil && e.Kind == entities.Person && e.Tokens.End == k && e.Tokens.First > first {
			if b := &toks[e.Tokens.First-1]; b.IsFold("and") || b.IsFold("with") || b.Is("–") || b.Is("—") || b.Is("--") || b.Is(";") {
				subj := phrase{first: e.Tokens.First, end: k, start: e.Tokens.First}
				start, comp := r.complement(ce, end, f)
				if r.forwardOK(f, start, end, comp) {
					after, ok := r.forward(s, start, cue, subj, Participle, 0.75)
					return after, subj, ok
				}
			}
		}
	}
	if f.participle && (k == first || !toks[k-1].IsLower() && !toks[k-1].Is(",")) {
		return 0, phrase{}, false
	}
	// An infinitive: "continued to say", "stood at a Bush event here to
	// say" — the subject of the verb before "to".
	if k-2 >= lo && toks[k-1].Is("to") && toks[k-2].IsLower() && !infinitiveVerbs[strings.ToLower(toks[k-2].Text)] && !toks[k-2].Is("on") {
		return 0, phrase{}, false // "a term Rubio has used to describe Trump": a purpose, not speech
	}
	if k-2 >= lo && toks[k-1].Is("to") && toks[k-2].IsLower() {
		if k-3 >= first && isAux(toks[k-3].Text) && !strings.HasSuffix(toks[k-2].Text, "ed") && !infinitiveAdjectives[toks[k-2].Text] {
			return 0, phrase{}, false // "it is pertinent to note that …"
		}
		subj, ok := r.leftPhrase(k-2, lo)
		if !ok {
			subj, ok = r.sentenceSubject(s, k)
		}
		start, comp := r.complement(ce, end, f)
		if ok && r.forwardOK(f, start, end, comp) {
			after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.8)
			return after, subj, ok
		}
		return 0, phrase{}, false
	}

	if subj, ok := r.leftPhrase(k, lo); ok {
		start, comp := r.complement(ce, end, f)
		post := r.postposed(subj.start, max(lo, first))
		if subj.start == lo && lo > first {
			post = postComma
		}
		if post == postComma && subj.start > lo && !toks[subj.start-1].Is(",") {
			// "…, law enforcement officials say": the words after the comma
			// belong to the subject.
			c := subj.start - 1
			for c > lo && !toks[c].Is(",") {
				c--
			}
			if toks[c].Is(",") && c+1 < subj.start {
				subj.first, subj.start = c+1, c+1
			}
		}
		if f.verb.lemma == "put" && subj.start > first && toks[subj.start-1].IsFold("as") && subj.start-1 > lo && post == postNone {
			// "…,'' as she put it": what she said comes before
			post = postComma
			if r.closesQuote(subj.start - 2) {
				post = postQuote
			}
		}
		adverbial := comp == compNone || comp == compComma || comp == compClause && r.adverbialOnly(start, end) && !(f.verb.inf && toks[start].Is("to")) &&
			!((f.verb.naming || f.verb.np) && reflexives[strings.ToLower(toks[start].Text)]) // "called himself pro-choice"
		if adverbial && subj.mEnd > subj.mFirst && (toks[subj.mFirst].IsFold("who") || toks[subj.mFirst].IsFold("which")) {
			return 0, phrase{}, false // "… compared to only 24 percent who said otherwise": a relative clause says nothing here
		}
		if post == postQuote && comp == compClause && !adverbial && subj.start > 0 && r.a.SentenceOf(subj.start-1) != r.a.SentenceOf(subj.start) &&
			r.clauseAhead(start, end) {
			// “… in my opinion.” Reid said both Rubio and Cruz are …: the
			// quotation closed the sentence before; this one says its own.
			post = postNone
		}
		colon := start > 0 && toks[start-1].Is(":")
		farThat := comp == compThat && start-1 > ce+3 // "told a crowd at Hamburger Mary's that spilled out"
		if (post == postQuote && (comp != compThat || farThat) && comp != compColon && !colon || post == postComma && adverbial) && !f.verb.quoted {
			after, ok := r.backward(s, lo, subj.start, ce, cue, subj, SubjectCue, 0.9)
			return after, subj, ok
		}
		if comp == compComma && post == postNone && start+1 < end && !r.opensQuote(start+1) {
			// "She said, if elected, she would …"; but not "After Patrick
			// asked about it, the Graysons became …": the main clause.
			if r.subordinate(s, subj.start) {
				return 0, phrase{}, false
			}
			if f2, ok := cueAt(toks, start+1); !(ok && f2.participle) && !toks[start+1].IsFold("according") {
				start, comp = start+1, compClause
				if !r.clauseAhead(start, end) {
					return 0, phrase{}, false
				}
			}
		}
		if comp == compNone && post == postNone && r.onlyPunct(start, end) && toks[end-1].Is(".") && end < len(toks) &&
			r.opensQuote(end) && toks[end].Newlines == 0 && !r.qUsed[r.qAt[end]-1] {
			// "Iowa State University's Dianne Bystrom agreed. “Mainstream
			// Republicans are running out of time …”"
			qi := int(r.qAt[end] - 1)
			r.qUsed[qi] = true
			if r.emit(content{parts: append([]entities.Span(nil), r.qs[qi].parts...), kind: Direct}, cue, subj, SubjectCue, 0.8) {
				return end, subj, true
			}
			return 0, phrase{}, false
		}
		if comp == compColon && start >= end {
			// "Ann Lee said:" ends the paragraph: what follows is what she said.
			if ok := r.nextParagraph(s, cue, subj); ok {
				return end, subj, true
			}
			return 0, phrase{}, false
		}
		if !r.forwardOK(f, start, end, comp) {
			return 0, phrase{}, false
		}
		after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.9)
		return after, subj, ok
	}

	// The main verb after a participial phrase of its subject's: "Mr.
	// Manafort, citing ''the unique magic of Trump,'' said …".
	if prev != nil && k > first && toks[k-1].Is(",") && k-1 <= lo {
		start, comp := r.complement(ce, end, f)
		if r.forwardOK(f, start, end, comp) {
			after, ok := r.forward(s, start, cue, *prev, SubjectCue, 0.8)
			return after, *prev, ok
		}
	}

	// Inversion: "…,” said Smith." or "…, said speakers at …".
	if k > first && k > lo && (toks[k-1].Is(",") || r.closesQuote(k-1)) {
		subj, ok := r.rightPhrase(ce, end)
		if !ok || !r.inversionEnds(subj.end, end) {
			return 0, phrase{}, false
		}
		subj.start = k
		after, ok := r.backward(s, lo, k, subj.end, cue, subj, CueSubject, 0.85)
		return after, subj, ok
	}
	return 0, phrase{}, false
}

// nounForms are forms of verbs of saying that are more often plural
// nouns: "campaign points", "cited reports".
var nounForms = toSet(`points calls claims reports notes states charges counters comments remarks answers replies
promises demands posts tweets quips jokes cries chants pledges vows statements`)

// nounOrPassive reports a verb form at k that is a noun or a passive
// here: "campaign points", "his campaign promise", "the company is
// informed".
func (r *run) nounOrPassive(k int, f cueForm) bool {
	toks := r.toks
	j := k - 1
	for j > 0 && isAdverb(&toks[j]) && !isAux(toks[j].Text) {
		j--
	}
	p := &toks[j]
	pw := strings.ToLower(p.Text)
	w := strings.ToLower(toks[k].Text)
	if k+1 < len(toks) && f.verb.particles != nil && slices.Contains(f.verb.particles, strings.ToLower(toks[k+1].Text)) &&
		(p.Kind == entities.Word && !determinerWords[pw] || p.Kind == entities.Possessive) && !(f.past && isAux(pw)) {
		return false // a verb with its particle: "his plan calls for"
	}
	if f.past && j < k-0 {
		switch pw {
		case "is", "was", "were", "are", "be", "been", "being":
			return true // passive: "is informed", "was declared"
		}
	}
	if nounForms[w] && p.Kind == entities.Word && p.IsCap() && !subjectPronouns[pw] && !isAux(pw) {
		head, _ := entities.OrgHead(p.Text)
		if e := r.a.EntityAt(j); (e == nil || e.Kind == entities.Place) && !head && (entities.IsTitleWord(p.Text) || entities.CommonWord(p.Text)) {
			return true // "Member states will have to …", not "Parliament calls on"
		}
	}
	if p.Kind != entities.Word || !p.IsLower() || subjectPronouns[pw] || isAux(pw) || pw == "to" || isAdverb(p) ||
		pw == "who" || pw == "which" || pw == "that" || pw == "and" || pw == "but" || pw == "or" {
		return false
	}
	if nounForms[w] {
		// "campaign points", "cited reports"; but a clause after it makes it
		// a verb: "The Turkish government claims Gülen runs a network"
		if k+2 < len(toks) && (toks[k+1].Is("that") || toks[k+1].IsCap() && r.clauseAhead(k+1, min(len(toks), k+5))) {
			return false
		}
		return true
	}
	// A bare form after a singular noun: "campaign promise"; not after the
	// end of a relative clause: "officials whose laws have been
	// invalidated say", "organizations that have endorsed him say".
	return w == f.verb.lemma && !strings.HasSuffix(pw, "s") && !speakers.IsHeadNoun(pw) &&
		!strings.HasSuffix(pw, "ed") && !objectPronouns[pw]
}

// infinitiveVerbs take a verb of saying in the infinitive with their own
// subject: "continued to say", "went on to say", "declined to say".
var infinitiveVerbs = toSet(`continue continues continued continuing refuse refuses refused refusing decline declines
declined declining rose stood stands stand begin begins began start starts started try tries tried want wants wanted
hesitate hesitated proceed proceeded return returned went goes go seemed seems appeared appears plans planned
intends intended expected expects used quick eager careful able willing happy ready glad first last`)

// infinitiveAdjectives stand between a copula and a verb of saying in the
// infinitive: "are quick to point out that".
var infinitiveAdjectives = toSet(`quick eager careful able willing happy ready glad first last`)

// sharesSubject reports whether a verb of saying after token p has the
// subject of the clause before it: a participle after a comma or "by",
// "while", "before", "after"; any form after "and".
func sharesSubject(p *entities.Token, f cueForm) bool {
	if p.IsFold("and") || p.IsFold("but") || p.IsFold("or") {
		return true
	}
	if !f.participle {
		return false
	}
	switch strings.ToLower(p.Text) {
	case ",", "by", "while", "before", "after", "when", "in", "upon", "—", "–", "of", "without":
		return true // "stopped short of calling for"
	}
	return false
}
