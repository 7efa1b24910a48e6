package quotes

import "github.com/quotekit/quotekit/entities"

// The participle sieve: a verb of saying that shares the subject of the
// clause before it.
//
//	"The minister welcomed the plan, saying it was overdue."
//	"She opened the meeting by stressing that time was short."
//	"Roe thanked the donors and added that more was needed."
//	"– Roe saying the plan was “a start” and Doe calling it late."

// participleCue attributes a verb of saying that shares the subject of
// the clause before it.
func (r *run) participleCue(cs *cueSite) (int, phrase, bool, bool) {
	toks, s, k, lo, ce, f, cue, prev := r.toks, cs.s, cs.k, cs.lo, cs.ce, cs.f, cs.cue, cs.prev
	first, end := s.Tokens.First, s.Tokens.End
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
				return after, subj, ok, true
			}
		}
		if f.participle {
			return 0, phrase{}, false, true
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
					return after, subj, ok, true
				}
			}
		}
	}
	if f.participle && (k == first || !toks[k-1].IsLower() && !toks[k-1].Is(",")) {
		return 0, phrase{}, false, true
	}
	return 0, phrase{}, false, false
}
