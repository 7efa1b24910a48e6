package quotes

import "github.com/quotekit/quotekit/entities"

// withAbsolute returns where the words after "with" start when the clause
// before a trailing "according to" (tokens [lo, b)) ends with an absolute
// phrase after a comma: "The station is still a cash generator for its
// owner, with $1.6 billion in operating profit last year, according to an
// analyst", "…, with 56 percent of voters viewing him positively,
// according to a poll". The source vouches for the figures, not for the
// writer's clause before them. It returns 0 otherwise: no such comma, a
// phrase of fewer than three words, or one with an auxiliary, a pronoun
// subject or a relative word (a clause of its own).
func (r *run) withAbsolute(lo, b int) int {
	toks := r.toks
	c := -1
	for k := b - 1; k > lo; k-- {
		if r.qAt[k] == 0 && toks[k].Is(",") {
			c = k
			break
		}
	}
	if c < 0 || c+1 >= b || !toks[c+1].IsFold("with") || !r.hasClause(lo, c) && !r.finiteAhead(lo, c) {
		return 0
	}
	for k := c + 2; k < b; k++ {
		t := &toks[k]
		if lw := t.Text; isAux(lw) || subjectPronouns[lw] || lw == "that" || lw == "who" || lw == "which" || t.Is(";") || t.Is(":") {
			return 0
		}
	}
	if c+2 >= b || r.words([]entities.Span{{Start: toks[c+2].Start, End: toks[b-1].End}}) < 3 {
		return 0
	}
	return c + 2
}
