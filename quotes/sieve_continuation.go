package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Continuation: a quotation no cue claims that goes on with the speaker of
// the quote before it (orphan, sieve_orphan.go).
//
//	"“…,” said Jane Roe. “We will act.”"                  the next sentence
//	"“…,” said Jane Roe. “We could win,” which votes …"  a relative tail
//	"“…,” she said. Unless rivals quit, “it is over.”"    a lead-in
//	"Roe said that … . Drought was “a threat multiplier.”" a predicate

// leadInContinuation reports a quotation qi that closes its sentence after
// a comma and a lead-in with no verb of saying, quotation, person or
// pronoun subject of its own, or after a conjunction alone ("But “…”"), when the sentence before, in the same
// paragraph, holds the direct quote prev with its attribution.
func (r *run) leadInContinuation(qi int, prev *Quote) bool {
	q := &r.qs[qi]
	toks := r.toks
	si := r.a.SentenceOf(q.open)
	if si <= 0 || q.open < 1 || prev.Kind != Direct || prev.Cue == nil {
		return false
	}
	s, ps := &r.a.Sentences[si], &r.a.Sentences[si-1]
	// "“…,” he said. But “the candidacy is stronger with him.”": a
	// conjunction alone before the quotation.
	conj := q.open-1 == s.Tokens.First && (toks[q.open-1].Is("But") || toks[q.open-1].Is("And") || toks[q.open-1].Is("Yet") || toks[q.open-1].Is("Still"))
	if !toks[q.open-1].Is(",") && !conj {
		return false
	}
	if ps.Paragraph != s.Paragraph || prev.End < r.toks[ps.Tokens.First].Start || prev.Cue.Start < r.toks[ps.Tokens.First].Start {
		return false
	}
	words, ok := r.writersLead(s.Tokens.First, q.open-1, false)
	return ok && (words > 0 || conj)
}

// writersLead counts the words of tokens [first, end), a lead-in of the
// writer's before a quotation: ok is false when they hold a quotation, a
// colon or semicolon, "according", a subject pronoun, a person or a verb
// of saying (any, with anyCue; else one in lower case that does not
// introduce quoted words alone).
func (r *run) writersLead(first, end int, anyCue bool) (words int, ok bool) {
	toks := r.toks
	for k := first; k < end; k++ {
		t := &toks[k]
		if r.qAt[k] != 0 || t.Kind == entities.QuoteMark || t.Is(":") || t.Is(";") || t.IsFold("according") || subjectPronouns[strings.ToLower(t.Text)] {
			return 0, false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return 0, false
		}
		if t.Kind == entities.Word {
			words++
			if f, ok := cueAt(toks, k); ok && (anyCue || !f.verb.quoted && t.IsLower()) {
				return 0, false
			}
		}
	}
	return words, true
}

// relativeTail reports a quotation qi whose sentence goes on after its
// closing mark with a comma and a relative word (which, who, where, when)
// only, with no verb of saying, quotation or person after it, when the
// direct quote prev, with its cue, ends in the same paragraph before it:
// "“…,” said Jane Roe. “We will win Kelvale,” which votes in May."
func (r *run) relativeTail(qi int, prev *Quote) bool {
	toks := r.toks
	e := r.quoteEndTok(qi) + 1
	if e+1 >= len(toks) || prev.Kind != Direct || prev.Cue == nil {
		return false
	}
	if toks[e].Is(",") {
		e++ // "“…”, which …"; or the comma inside the marks: "“…,” which …"
	} else if !r.quoteEndsWithComma(e - 1) {
		return false
	}
	if w := toks[e].Text; w != "which" && w != "who" && w != "where" && w != "when" {
		return false
	}
	if r.paragraphOf(prev.End) != r.paragraphOf(r.qs[qi].parts[0].Start) {
		return false
	}
	si := r.a.SentenceOf(e)
	if si < 0 {
		return false
	}
	for k := e + 1; k < r.a.Sentences[si].Tokens.End; k++ {
		if r.qAt[k] != 0 || toks[k].Kind == entities.QuoteMark {
			return false
		}
		if _, ok := cueAt(toks, k); ok {
			return false
		}
		if ent := r.a.EntityAt(k); ent != nil && ent.Kind == entities.Person {
			return false
		}
	}
	return true
}

// plainTail reports a quotation qi that opens its sentence right after
// the sentence of the direct quote prev's attribution, in the same
// paragraph, and is followed by a few words of the writer's with no verb
// of saying, quotation, person or pronoun subject: "“…,” Jane Roe told
// reporters. “What voters care about is jobs” and other pocketbook
// issues." The quotation goes on with prev's speaker.
func (r *run) plainTail(qi int, prev *Quote) bool {
	toks := r.toks
	q := &r.qs[qi]
	e := r.quoteEndTok(qi) + 1
	if prev.Kind != Direct || prev.Cue == nil || e >= len(toks) {
		return false
	}
	si := r.a.SentenceOf(q.open)
	if si <= 0 || r.a.SentenceOf(e) != si {
		return false
	}
	ps := &r.a.Sentences[si-1]
	if ps.Paragraph != r.a.Sentences[si].Paragraph || prev.Cue.Start < toks[ps.Tokens.First].Start || prev.End < toks[ps.Tokens.First].Start {
		return false
	}
	words := 0
	for k := e; k < r.a.Sentences[si].Tokens.End; k++ {
		t := &toks[k]
		if words == 0 && t.Kind == entities.Word && isAux(strings.ToLower(t.Text)) {
			return false // "“Anybody but Trump,” was another.": a clause of its own
		}
		if r.qAt[k] != 0 || t.Kind == entities.QuoteMark || subjectPronouns[strings.ToLower(t.Text)] || t.Is(":") || t.Is(";") {
			return false
		}
		if _, ok := cueAt(toks, k); ok {
			return false
		}
		if ent := r.a.EntityAt(k); ent != nil && (ent.Kind == entities.Person || ent.Kind == entities.Organization) {
			return false
		}
		if t.Kind == entities.Word {
			words++
		}
	}
	return words > 0 && words <= 12
}

// predicateContinuation reports a quotation qi of four words or more that
// ends its sentence after a few words of the writer's with no verb of
// saying, quotation, person or pronoun subject, in the sentence right
// after the one that holds the cue of the quote prev, in its paragraph:
// "Jane Roe said that the evidence was clear. Drought was “a threat
// multiplier the Council ignores at its peril.”" The sentence goes on
// with what she said; its quoted words are hers.
func (r *run) predicateContinuation(qi int, prev *Quote) bool {
	q := &r.qs[qi]
	toks := r.toks
	si := r.a.SentenceOf(q.open)
	if si <= 0 || prev.Cue == nil || r.words(q.parts) < 4 {
		return false
	}
	s, ps := &r.a.Sentences[si], &r.a.Sentences[si-1]
	if ps.Paragraph != s.Paragraph || prev.Cue.Start < toks[ps.Tokens.First].Start || prev.Cue.Start >= toks[s.Tokens.First].Start {
		return false
	}
	words, ok := r.writersLead(s.Tokens.First, q.open, true)
	return ok && words > 0 && words <= 12
}

// lastBefore returns the latest quote with a speaker that ends before
// byte offset off, or nil; a question's asker is never the one who goes on.
func (r *run) lastBefore(off int) *Quote {
	var best *Quote
	for i := len(r.out) - 1; i >= 0 && i >= len(r.out)-6; i-- {
		q := &r.out[i]
		if q.Speaker != nil && q.Rule != Question && q.End <= off && (best == nil || q.End > best.End) { // not an interviewer's question
			best = q
		}
	}
	return best
}

// lastSaidBefore is lastBefore that also takes a quote whose mention is a
// pronoun the text names no one for: "“Okay,” I said, attempting to
// regroup. “I was seventeen …”" goes on with "I".
func (r *run) lastSaidBefore(off int) *Quote {
	best := r.lastBefore(off)
	for i := len(r.out) - 1; i >= 0 && i >= len(r.out)-6; i-- {
		q := &r.out[i]
		if q.Speaker == nil && q.Mention != nil && q.Mention.Kind == speakers.PronounMention && (q.Rule == SubjectCue || q.Rule == CueSubject) &&
			q.End <= off && (best == nil || q.End > best.End) {
			best = q
		}
	}
	return best
}
