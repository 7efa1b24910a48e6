package quotes

import "github.com/quotekit/quotekit/entities"

// The heading sieve: a statement's heading names who delivers the
// quotations below it that no other sieve attributes.
//
//	"Statement by Dr Jane Roe, Representative in Kelvania, on the outbreak"
//	over "KELVALE, 3 March 2026 --" and "“Over the past three weeks …”":
//	the paragraphs are Jane Roe's, up to the first quotation the text gives
//	to someone.

// heading gives the quotations that open the body with no speaker to the
// person (else the body) that the body's heading names (statementHeading
// in layout_headline.go reads the same shape).
func (r *run) heading() {
	if len(r.a.Paragraphs) < 2 {
		return
	}
	p := &r.a.Paragraphs[0]
	if p.Sentences.Len() != 1 || !statementHeading(r.text[p.Start:p.End]) {
		return
	}
	s := &r.a.Sentences[p.Sentences.First]
	var who *entities.Entity
	for k := s.Tokens.First; k < s.Tokens.End; k++ {
		if e := r.a.EntityAt(k); e != nil && (e.Kind == entities.Person || who == nil && e.Kind == entities.Organization) {
			if who = e; e.Kind == entities.Person {
				break
			}
		}
	}
	if who == nil {
		return
	}
	for i := range r.out {
		q := &r.out[i]
		if q.End <= p.End {
			continue
		}
		if q.Speaker != nil || q.Rule != Unattributed {
			return // the statement ends where the text quotes someone
		}
		res := r.tr.Resolve(who.Tokens.First, who.Tokens.End)
		if res.Speaker == nil {
			return
		}
		q.Speaker, q.Mention, q.Rule, q.Confidence = res.Speaker, &res.Mention, Heading, 0.7
		r.tr.Attribute(res.Speaker, res.Mention)
	}
}
