package quotes

import "strings"

// Concessive clauses after reported speech: what was said goes on through
// "although" and "though" (PolNeAR's annotators keep the concession with
// the claim about three times in four on train), unless the clause is the
// writer's note on the speaker.
//
//	"Roe said the rules were an improvement, although eligibility is still too narrow."   goes on
//	"Roe said the mayor had apologized, though she did not say who."                    ends before it

// concessives open, after a comma, a clause that concedes a point: "…, although
// eligibility is still too narrow".
var concessives = toSet(`although though`)

// concessionGoesOn reports whether a concessive clause from token i (after
// "although" or "though") goes on with what was said: "the changes were an
// improvement, although eligibility is still too narrow". Not when the
// clause reports another act of saying ("…, though Mrs. Lee said she
// doubted …") or what the speaker did not do or say ("…, though he did not
// say who", "…, though she hasn't endorsed her"): the writer's note.
func (r *run) concessionGoesOn(i, end int) bool {
	toks := r.toks
	for k := i; k < end && k < i+6; k++ {
		if r.qAt[k] != 0 || toks[k].Is(",") {
			break
		}
		if _, ok := cueAt(toks, k); ok {
			return false
		}
		if lw := strings.ToLower(toks[k].Text); negatedAux(lw) || lw == "not" || lw == "declined" || lw == "never" {
			return false
		}
	}
	return true
}
