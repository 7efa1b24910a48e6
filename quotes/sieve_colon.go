package quotes

import (
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
	cue := &Cue{Span: r.toks[k].Span, Text: r.toks[k].Text}
	for _, want := range []entities.Kind{entities.Person, entities.Organization} {
		for j := s.Tokens.First; j < k; j++ {
			e := r.a.EntityAt(j)
			if e == nil || e.Kind != want || r.qAt[j] != 0 {
				continue
			}
			return r.emit(c, cue, phrase{first: e.Tokens.First, end: e.Tokens.End, start: e.Tokens.First}, Colon, 0.7)
		}
	}
	// "She went on: “…”": the subject of the clause before the colon.
	if p, ok := r.sentenceSubject(s, k); ok {
		return r.emit(c, cue, p, Colon, 0.65)
	}
	return false
}
