package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Commas and dashes around the end of reported speech (clauseEnd): a comma
// before a token or inside a quotation's closing mark, one ahead, a pair
// of dashes around an aside and a clause after it, a short aside between
// commas.

// shortAside reports whether tokens from i to the next comma are a short
// verbless aside: "the email scandal, while troublesome, was …".
func (r *run) shortAside(i, end int) bool {
	for k := i; k < end && k < i+5; k++ {
		t := &r.toks[k]
		if t.Is(",") {
			return k > i
		}
		if t.Kind != entities.Word || isAux(t.Text) || strings.HasSuffix(t.Text, "ed") {
			return false
		}
	}
	return false
}

// commaBefore reports whether a comma precedes token k, also inside the
// closing mark of a quotation ("…,” but he …", "…,” and he …").
func (r *run) commaBefore(k int) bool {
	return k > 0 && (r.toks[k-1].Is(",") || r.closesQuote(k-1) && r.quoteEndsWithComma(k-1))
}

// dashPair reports whether the dash at k opens a parenthesis closed by
// another dash before end: "closed primaries -- those open only to
// registered Democrats -- deny …".
func (r *run) dashPair(k, end int) bool {
	for j := k + 1; j < end && j < k+30; j++ {
		t := &r.toks[j]
		if t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-") && t.Space {
			return true
		}
	}
	return false
}

// commaAfter reports whether a comma follows token k in [k, end).
func (r *run) commaAfter(k, end int) bool {
	for ; k < end; k++ {
		if r.toks[k].Is(",") && r.qAt[k] == 0 {
			return true
		}
	}
	return false
}

// clauseAfterDashPair reports a clause with a subject of its own after the
// dash that closes the pair opened at k: what was said ended before the
// aside ("… the recommendation of the prosecutors – the ones Doe advised
// not to proceed – Republicans are still crying foul").
func (r *run) clauseAfterDashPair(k, end int) bool {
	toks := r.toks
	for j := k + 1; j < end && j < k+30; j++ {
		t := &toks[j]
		if t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-") && t.Space {
			n := j + 1
			if n >= end || r.qAt[n] != 0 {
				return false
			}
			if toks[n].IsCap() && !toks[n].Is("I") {
				return r.finiteAhead(n, min(end, n+6))
			}
			return false
		}
	}
	return false
}
