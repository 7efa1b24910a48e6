package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// An attribution after what was said, where reported speech ends before it
// (clauseEnd): "…, he said", "…, the senator added", a quotation with its
// own attribution after a colon or dash, a poll's next answer ("and one in
// four said"); not a passive or modal perfect ("…, he is often asked").

// ownAttribution reports a quotation opening at token k after a colon or
// a dash, whose closing mark is followed by an attribution of its own:
// "… praised his faith - ”faith that shows,” he said - and …", "…
// declared the need for resolve: “Change it,” she said." What was said
// before ends at the colon or dash; the quotation is the attribution's.
func (r *run) ownAttribution(k, end int) bool {
	toks := r.toks
	if p := &toks[k-1]; !(p.Is(":") || (p.Is("—") || p.Is("–") || p.Is("--") || p.Is("-")) && p.Space) {
		return false
	}
	c := r.qs[r.qAt[k]-1].close
	if c < 0 || c+2 >= end {
		return false
	}
	a := c + 1
	if toks[a].Is(",") {
		a++
	}
	if f, ok := cueAt(toks, a); ok && !f.participle && a+1 < end && (toks[a+1].IsCap() || isArticleWord(toks[a+1].Text)) {
		return true // "“…,” said Jane Roe"
	}
	if !subjectPronouns[strings.ToLower(toks[a].Text)] && r.a.EntityAt(a) == nil {
		return false
	}
	return r.attributionAhead(a, end)
}

// quantifierClause reports a quantifier subject and its verb of saying
// from token i: "one in four said", "most say".
func (r *run) quantifierClause(i, end int) bool {
	for k := i + 1; k < end && k < i+5; k++ {
		if r.toks[k].Kind != entities.Word && r.toks[k].Kind != entities.Number {
			return false
		}
		if f, ok := cueAt(r.toks, k); ok {
			return r.quantifierSubject(k, f)
		}
	}
	return false
}

// attributionAhead reports whether an attribution starts at token m: a
// pronoun or a short noun phrase, then a verb of saying ("he said", "the
// senator added").
func (r *run) attributionAhead(m, end int) bool {
	toks := r.toks
	k := m
	np := false
	for n := 0; k < end && n < 6; n++ {
		t := &toks[k]
		if t.Kind == entities.Number || t.Is("%") {
			np = true // "…, 32% call themselves conservative"
			k++
			continue
		}
		if t.Kind != entities.Word && t.Kind != entities.Possessive {
			break
		}
		if f, ok := cueAt(toks, k); ok && np && !(k > m && determinerWords[strings.ToLower(toks[k-1].Text)]) {
			return !f.participle && !unsaidVerbGroup(toks, m, k) // not "…, a recount of Monday’s vote …"
		}
		lw := strings.ToLower(t.Text)
		switch {
		case isAdverb(t):
		case subjectPronouns[lw] || t.IsCap() || npWord(lw) || t.Kind == entities.Possessive:
			np = true
		default:
			return false
		}
		k++
	}
	return false
}

// unsaidVerbGroup reports auxiliaries in [m, k) before the verb of saying
// at k that make the clause no attribution: a passive ("…, he is often
// asked about her views": he is the hearer) or a modal perfect ("…, he
// should have insisted on a better deal": what did not happen). What was
// said goes on: "Jane Roe said that if the board had voted, it would have
// objected to the plan."
func unsaidVerbGroup(toks []entities.Token, m, k int) bool {
	modal := false
	for j := m; j < k; j++ {
		switch strings.ToLower(toks[j].Text) {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		case "would", "should", "could", "might", "must", "may":
			modal = modalAux(toks[j].Text)
		case "have":
			if modal {
				return true
			}
		}
	}
	return false
}

// modalAux reports a modal that, with "have", puts a verb in a modal
// perfect: "should have insisted", "would have said".
func modalAux(w string) bool {
	switch strings.ToLower(w) {
	case "would", "should", "could", "might", "must", "may":
		return true
	}
	return false
}

// attributionCloses reports an attribution from token m whose verb of
// saying ends the sentence, or is followed only by a time and a comma:
// "… when prices rose, a Chinese official said." — after an opening
// adverbial, the comma then ends what was said, not the adverbial.
func (r *run) attributionCloses(m, end int) bool {
	toks := r.toks
	for k := m; k < end && k < m+7; k++ {
		if f, ok := cueAt(toks, k); ok && !f.participle && k > m {
			x := k + 1
			for x < end {
				if n := r.timeAt(x, end); n > 0 {
					x += n
					continue
				}
				if isAdverb(&toks[x]) {
					x++
					continue
				}
				break
			}
			return x >= end || toks[x].Is(".") || toks[x].Is(",")
		}
		if toks[k].Kind != entities.Word && toks[k].Kind != entities.Possessive {
			return false
		}
	}
	return false
}

// clauseBefore reports a finite verb among the words [start, k) of what
// was said: a clause that "and" can close, where a subject and its
// verb of saying after it start a new attribution ("… said the tally is
// $4.5 billion and Wealth-X says …"), not a subject that "and" joins
// ("… said Roe and Doe say …").
func (r *run) clauseBefore(start, k int) bool {
	for j := max(start, 0); j < k; j++ {
		t := &r.toks[j]
		if r.qAt[j] != 0 || t.Kind != entities.Word || !t.IsLower() {
			continue
		}
		if isAux(t.Text) || finiteEd(t) {
			return true
		}
	}
	return false
}
