package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// An interview set out as questions and answers: a heading names the
// person asked, each question stands on its own line, and the answer in
// quotation marks below it is that person's.
//
//	Q&A with the Head of the Integrity Unit, Jane Roe
//	What changes for athletes?
//	“More tests, and fairer ones.”

// interviewee returns the person a Q&A heading names, for a quotation qi
// that opens its paragraph right after a question: the name after "with"
// or "to" in a heading that opens with "Q&A", "Questions" or "Interview"
// a few paragraphs before ("Q&A with the Head of the Integrity Unit, Jane
// Roe", "Three questions to Jane Roe").
func (r *run) interviewee(qi int) (phrase, bool) {
	q := &r.qs[qi]
	toks := r.toks
	qp, ok := r.answerParagraph(qi)
	if !ok {
		return phrase{}, false
	}
	for p := qp - 2; p >= 0 && p >= qp-12; p-- {
		par := &r.a.Paragraphs[p]
		if par.Sentences.Len() == 0 {
			continue
		}
		first := r.a.Sentences[par.Sentences.First].Tokens.First
		end := r.a.Sentences[par.Sentences.End-1].Tokens.End
		if !interviewHeading(toks, first, end) {
			continue
		}
		for k := first + 1; k < end; k++ {
			if !(toks[k].Is("with") || toks[k].Is("to")) {
				continue
			}
			// The name in the heading: a person's, or else the description.
			for j := k + 1; j < end; j++ {
				if e := r.a.EntityAt(j); e != nil && e.Kind == entities.Person && e.Tokens.First == j {
					return phrase{first: j, end: e.Tokens.End, start: j}, true
				}
			}
			if prev := r.lastBefore(q.parts[0].Start); prev != nil && prev.Start > toks[end-1].End {
				return phrase{}, false // a description, and an answer already attributed: its speaker goes on
			}
			a := k + 1
			if a < end && toks[a].IsFold("the") {
				a++
			}
			b := end
			for b > a && toks[b-1].Kind == entities.Punct {
				b--
			}
			if b > a && b-a <= 6 {
				return phrase{first: a, end: b, start: a}, true
			}
			return phrase{}, false
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// interviewHeading reports a heading over questions and answers in
// tokens [first, end): "Q&A: …", "Q & A with …", "Questions to …",
// "Interview with …", short and without a verb of its own.
func interviewHeading(toks []entities.Token, first, end int) bool {
	if end-first > 16 {
		return false
	}
	w := toks[first].Text
	switch {
	case strings.HasPrefix(w, "Q&A") || w == "Q" && first+2 < end && toks[first+1].Is("&") && toks[first+2].Is("A"):
		return true
	case w == "Questions" || w == "Interview":
		return true
	}
	// "Three questions to the laureate"
	for k := first; k < end && k < first+4; k++ {
		if toks[k].IsFold("questions") && k+1 < end && (toks[k+1].Is("to") || toks[k+1].Is("for") || toks[k+1].Is("with")) {
			return true
		}
	}
	return false
}

// prevAnswer returns the quote of the answer above the question that
// stands right before quotation qi, when qi opens its paragraph: the next
// answer of the same interview ("“…” / Will you retire now? / “Not yet.”").
func (r *run) prevAnswer(qi int) *Quote {
	q := &r.qs[qi]
	qp, ok := r.answerParagraph(qi)
	if !ok || qp < 2 {
		return nil
	}
	prev := r.lastBefore(q.parts[0].Start)
	if prev == nil || prev.Speaker == nil || prev.Mention == nil || r.paragraphOf(prev.End) != qp-2 {
		return nil
	}
	return prev
}

// answerParagraph returns the paragraph of quotation qi when it opens the
// paragraph (after an "A:" label or not) right under a paragraph that asks
// a question: an answer.
func (r *run) answerParagraph(qi int) (int, bool) {
	q := &r.qs[qi]
	toks := r.toks
	qp := r.paragraphOf(q.parts[0].Start)
	if qp < 1 {
		return 0, false
	}
	if prev := &r.a.Paragraphs[qp-1]; prev.Sentences.Len() == 0 || !toks[r.a.Sentences[prev.Sentences.End-1].Tokens.End-1].Is("?") {
		return 0, false // the paragraph before is no question
	}
	if pf := r.a.Sentences[r.a.Paragraphs[qp].Sentences.First].Tokens.First; q.open != pf && !(q.open == pf+2 && toks[pf].Is("A") && toks[pf+1].Is(":")) {
		return 0, false // the answer opens its paragraph ("A: “…”")
	}
	return qp, true
}
