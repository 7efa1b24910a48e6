package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The colon sieve: a quotation after a colon speaks for the person (or
// organization) named in the clause before it.
//
//	"Jane Roe put it this way: “We will not wait.”"
//	"Acme Robotics: “We will not wait.”"

// colon attributes a quotation introduced by the colon at token k to the
// person (or organization) named in the clause before the colon.
func (r *run) colon(k int, c content) bool {
	si := r.a.SentenceOf(k)
	if si < 0 {
		return false
	}
	s := &r.a.Sentences[si]
	if si := r.a.SentenceOf(k); r.headlineParagraph(r.a.Sentences[si].Paragraph) && (r.quotedThenCue(k+1, r.a.Sentences[si].Tokens.End) || r.quotedThenSigned(k+1, r.a.Sentences[si].Tokens.End)) {
		return false // "Kelvo Hospital performs transplant: ‘A new dawn’ – CMD", "Kelvo: … “a turning point” says Vice-President": the quotation's own cue or signature names its speaker
	}
	if n := len(c.parts); n > 0 && r.signedUnder(c.parts[n-1]) {
		return false // "Workers described their fears: / “…” / – Jane Roe, crane operator": the signature under the quotation names its speaker
	}
	cue := &Cue{Span: r.toks[k].Span, Text: r.toks[k].Text}
	if p, ok := r.statementSource(s.Tokens.First, k); ok {
		// "Roe's office shared a statement from Kelvale resident Jane Doe,
		// who …:": the person the text's words come from
		return r.emit(c, cue, p, Colon, 0.7)
	}
	from := s.Tokens.First
	for j := from; j < k; j++ {
		if r.toks[j].Is(";") && r.qAt[j] == 0 {
			from = j + 1 // the last clause before the colon: "Network Reaches Remote Townships; Superintendent Roe: “…”"
		}
	}
	if e := r.a.EntityAt(k - 1); e != nil && e.Kind == entities.Person && e.Tokens.End == k && e.Tokens.First > from+1 && r.commaIn(from, e.Tokens.First) && r.qAt[k-1] == 0 &&
		honorific(r.toks[e.Tokens.First-1].Text) && r.toks[e.Tokens.First-2].Is(",") {
		// a label that ends in its speaker's styled name set off after
		// the title: "Quotes attributable to Kelvo Transport Deputy
		// Director-General, Dr Jane Roe:" (not the body the recognizer
		// took for a person before it)
		return r.emit(c, cue, phrase{first: e.Tokens.First, end: e.Tokens.End, start: e.Tokens.First}, Colon, 0.7)
	}
	for _, want := range []entities.Kind{entities.Person, entities.Organization} {
		for j := from; j < k; j++ {
			e := r.a.EntityAt(j)
			if e == nil || e.Kind != want || r.qAt[j] != 0 {
				continue
			}
			if f := e.Tokens.First; f > from && (placeBefore[r.toks[f-1].Text] && r.headlineParagraph(s.Paragraph) || (r.toks[f-1].Is("from") || placeBefore[r.toks[f-1].Text]) && r.pronounOpens(from, f)) {
				j = e.Tokens.End - 1
				continue // where the clause happens, no speaker: in a headline, "First stroke unit in East Kelvo takes to the road: ‘…’" (not in the body: "a note of defiance in Jane Roe's voice: “…”"); after a pronoun that opens the clause, "He described the journey from Rutshuru: “…”"
			}
			p := phrase{first: e.Tokens.First, end: e.Tokens.End, start: e.Tokens.First}
			if cp, ok := r.laterColonSubject(s, k, p); ok {
				p = cp
			}
			return r.emit(c, cue, p, Colon, 0.7)
		}
	}
	// "She went on: “…”": the subject of the clause before the colon.
	if p, ok := r.sentenceSubject(s, k); ok {
		return r.emit(c, cue, p, Colon, 0.65)
	}
	return false
}

// pronounOpens reports a clause, tokens [from, f), that opens with a
// subject pronoun and a verb in lower case: "He described the journey".
func (r *run) pronounOpens(from, f int) bool {
	if from+1 >= f {
		return false
	}
	w := strings.ToLower(r.toks[from].Text)
	return subjectPronouns[w] && w != "it" && r.toks[from+1].Kind == entities.Word && r.toks[from+1].IsLower()
}

// placeBefore are the prepositions of place before a name that is where
// something happens, not who speaks.
var placeBefore = toSet(`in across near into throughout`)

// statementSource finds, in [first, k), a statement's source: the last
// person named within twelve words and commas after "from" or "by" that
// follows a noun of a statement ("a statement from Kelvale resident Jane
// Roe", "remarks by Jane Roe", "a statement from the Kelvo Representative
// in Kelvania, Jane Roe": a post set off before the name).
func (r *run) statementSource(first, k int) (phrase, bool) {
	toks := r.toks
	for f := first + 1; f < k-1; f++ {
		if !(toks[f].Is("from") || toks[f].Is("by")) || !statementNouns[strings.ToLower(toks[f-1].Text)] {
			continue
		}
		var last *entities.Entity
		for j := f + 1; j < k && j <= f+12 && (toks[j].Kind == entities.Word || toks[j].Is(",") && j > f+1); j++ {
			if toks[j].Is(",") {
				continue // the author's post set off before the name: "a statement from the Kelvo Representative in Kelvania, Jane Roe:"
			}
			if e := r.a.EntityAt(j); e != nil && e.Kind == entities.Person && r.qAt[j] == 0 {
				last = e
				j = e.Tokens.End - 1
			}
		}
		if last != nil {
			return phrase{first: last.Tokens.First, end: last.Tokens.End, start: last.Tokens.First}, true
		}
	}
	return phrase{}, false
}

// laterColonSubject returns the subject of the clause that ends with the
// colon at k when it stands after the name p the sentence opens with and
// names a speaker: "Roe said as the heckler yelled: “…”", "When Doe died,
// Jane Roe released the following statement: “…”", "Roe spoke to Doe,
// who responded: “…”".
func (r *run) laterColonSubject(s *entities.Sentence, k int, p phrase) (phrase, bool) {
	cp, ok := r.clauseSubjectBefore(s, k)
	if !ok || cp.first <= p.first || r.insideQuote(cp.first) {
		return phrase{}, false
	}
	verb := false
	for j := cp.end; j < k && !verb; j++ {
		verb = r.toks[j].Kind == entities.Word && r.toks[j].IsLower() && r.qAt[j] == 0
	}
	if !verb {
		return phrase{}, false // "Chief Jane Roe, Kelvale First Nation –": a label, no clause
	}
	lw := strings.ToLower(r.toks[cp.first].Text)
	if lw == "who" || subjectPronouns[lw] && lw != "it" {
		return cp, true
	}
	if r.tr.Resolve(cp.first, cp.end).Speaker == nil {
		return phrase{}, false
	}
	return cp, true
}

// signedUnder reports a quotation whose content ends with part, closed by
// its mark, with a signature a dash opens on the line under it
// (signedBelow): "“…” / – Jane Roe, crane operator".
func (r *run) signedUnder(part entities.Span) bool {
	k := r.a.TokenAt(part.End - 1)
	for j := k + 1; j < len(r.toks) && j <= k+2; j++ {
		if r.toks[j].Kind == entities.QuoteMark {
			if d := j + 1; d >= len(r.toks) || r.toks[d].Newlines == 0 || !(r.toks[d].Is("–") || r.toks[d].Is("—") || r.toks[d].Is("-")) {
				return false // (a dash opens the signature: not a heading in capitals under the quotation)
			}
			_, _, ok := r.signedBelow(r.toks[j].Span)
			return ok
		}
	}
	return false
}
