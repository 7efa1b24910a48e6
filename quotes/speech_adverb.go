package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// A sentence adverb before reported speech. When the attribution follows
// what was said ("…, according to X", "…, she said"), a sentence adverb
// that opens the sentence, set off by its comma, is the writer's link to
// the text before, not part of what was said:
//
//	"Meanwhile, her ratings have been falling, according to the poll."
//	"However, prices will fall next year, Jane Roe said."
//
// The speech starts after the comma when a clause of three words or more
// follows it, with no other comma before the attribution. Other fronted
// adverbials stay in ("In Ohio, she leads by nine points, according to
// …"): PolNeAR's annotation keeps them more often than not.

// sentenceAdverbEnd returns the token after "Meanwhile," or another
// sentence adverb and its comma that open the speech [lo, b), when a
// clause follows; lo when none does.
func (r *run) sentenceAdverbEnd(lo, b int) int {
	toks := r.toks
	if lo+1 >= b || toks[lo].Kind != entities.Word || r.qAt[lo] != 0 {
		return lo
	}
	lw := strings.ToLower(toks[lo].Text)
	if !asideAdverbs[lw] || lw == "too" || lw == "also" || !toks[lo+1].Is(",") {
		return lo
	}
	c := lo + 2
	if b-c < 3 || !r.clauseAhead(c, b) || r.commaIn(c, b) {
		return lo
	}
	return c
}

// commaIn reports a comma outside quotation marks among tokens [i, end).
func (r *run) commaIn(i, end int) bool {
	for k := i; k < end; k++ {
		if r.toks[k].Is(",") && r.qAt[k] == 0 {
			return true
		}
	}
	return false
}
