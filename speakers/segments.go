package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The shapes of the segments around a name that parseContext reads: degrees
// ("Jane Roe, MD, PhD,"), companions ("…, together with John Doe,"),
// descriptions ("…, an emergency physician at Kelvale Health,"), abbreviated
// roles ("GM at Zentrix"), a title's field after a comma ("Executive Vice
// President, Marketing & Strategy"), a definite title before the name ("The
// Special Representative …, Ambassador Jane Roe,") and what a person is said
// to be ("Roe is currently a professor at Kelvo University").

// abbreviatedTitle reports an appositive that opens with an abbreviated
// role in capitals before the body it serves: "GM at Zentrix", "SVP of
// Sales".
func (t *Tracker) abbreviatedTitle(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 3 || end-i > 10 || !toks[i].IsUpper() || len(toks[i].Text) < 2 || len(toks[i].Text) > 4 {
		return false
	}
	return toks[i+1].Is("at") || toks[i+1].Is("of") || toks[i+1].Is("for")
}

// qualifier reports a short run of capitalized common words with "&" or
// "and": the field of the title before it ("Marketing & Strategy",
// "Research and Development").
func (t *Tracker) qualifier(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 1 || end-i > 6 {
		return false
	}
	for k := i; k < end; k++ {
		tk := &toks[k]
		switch {
		case tk.Is("&") || tk.Is("and"):
		case tk.Kind == entities.Word && tk.IsCap() && entities.CommonWord(tk.Text) && !entities.ProperWord(tk.Text) && !(t.isPersonToken(k) && t.a.EntityAt(k).Tokens.Len() > 1):
			if n, _ := entities.TitleAt(toks, k); n > 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// extendTitle makes the person's last title, which ends where the
// qualifier's comma is, run to token end.
func (t *Tracker) extendTitle(p *Speaker, end int) {
	toks := t.a.Tokens
	ts := t.titleOf[p]
	last := &ts[len(ts)-1]
	old := last.In(t.text)
	last.end = end
	last.Span.End = toks[end-1].End
	for i := len(p.Titles) - 1; i >= 0; i-- {
		if p.Titles[i] == old {
			p.Titles[i] = last.In(t.text)
			return
		}
	}
}

// titleBefore returns a title set off before a name by a comma, when
// it is a definite description: "The Special Representative of the
// Chairperson-in-Office in Ukraine (TCG), Ambassador Jane Roe, made the
// following statement". k is the name (or its honorific); [0, 0) when
// there is none.
func (t *Tracker) titleBefore(k, sentStart int) (int, int) {
	toks := t.a.Tokens
	if k-3 < sentStart || !toks[k-1].Is(",") {
		return 0, 0
	}
	j, depth := k-2, 0
	for ; j >= sentStart && k-j < 40; j-- {
		tk := &toks[j]
		switch {
		case tk.Is(")"):
			depth++
		case tk.Is("("):
			depth--
		case depth == 0 && (tk.Is(",") || tk.Is(";") || tk.Is(":") || tk.Is("–") || tk.Is("—") || tk.Kind == entities.QuoteMark):
			goto found
		}
	}
found:
	st := j + 1
	if st >= k-1 || !(toks[st].Is("The") || toks[st].Is("the")) || !t.titleish(st+1, k-1) {
		return 0, 0
	}
	return st + 1, k - 1
}

// copular returns the description a person is said to be right after the
// name: "Jane Roe is currently a professor at Kelvale University", "Roe
// was the lead author of the study". The description runs to the next
// comma or the sentence's end; [0, 0) when there is none.
func (t *Tracker) copular(k, end int) (int, int) {
	toks := t.a.Tokens
	if k+2 >= end || !(toks[k].Is("is") || toks[k].Is("was")) {
		return 0, 0
	}
	k++
	for k < end && (toks[k].Is("now") || toks[k].Is("currently") || toks[k].Is("also")) {
		k++
	}
	if k >= end || !(toks[k].Is("a") || toks[k].Is("an") || toks[k].Is("the")) {
		return 0, 0
	}
	k++
	e := segmentEnd(toks, k, end)
	if e-k < 1 || e-k > 16 || !t.titleish(k, e) {
		return 0, 0
	}
	return k, e
}

// companion reports a segment that names others beside the person:
// "together with John Doe", "along with", "joined by", "accompanied by",
// "alongside", "as well as".
func companion(toks []entities.Token, i, end int) bool {
	if end-i < 2 {
		return false
	}
	a, b := &toks[i], &toks[i+1]
	return (a.IsFold("together") || a.IsFold("along")) && b.IsFold("with") || (a.IsFold("joined") || a.IsFold("accompanied")) && b.IsFold("by") ||
		a.IsFold("alongside") || a.IsFold("as") && b.IsFold("well")
}

// credential reports a degree or post-nominal set off by commas after a
// name: "MD", "M.D.", "Ph.D", "PhD", "MSc", "FRCP", "M.P.H.".
func credential(toks []entities.Token, i, end int) bool {
	if end-i < 1 || end-i > 4 {
		return false
	}
	letters := 0
	for k := i; k < end; k++ {
		tk := &toks[k]
		switch {
		case tk.Is("."):
			continue
		case tk.Kind != entities.Word || !startsUpper(tk.Text):
			return false
		}
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return false // "CEO", "CFO": a role, not a degree
		}
		upper := 0
		for _, c := range tk.Text {
			switch {
			case 'A' <= c && c <= 'Z':
				upper++
				letters++
			case 'a' <= c && c <= 'z':
				letters++
			case c == '.':
			default:
				return false
			}
		}
		if upper < 2 && !strings.Contains(tk.Text, ".") {
			return false // "Jr", "Inc": not a degree
		}
	}
	return letters >= 2 && letters <= 6
}

// description reports whether tokens [i, end), after an article that
// follows a name and its comma, describe the person: a noun phrase with no
// verb, whose role the lists need not know ("Jane Roe, an emergency
// medicine physician at Kelvale Health, said").
func (t *Tracker) description(i, end int) bool {
	if end-i < 1 || end-i > 25 {
		return false
	}
	toks := t.a.Tokens
	for j := i; j < end; j++ {
		tk := &toks[j]
		if tk.Kind == entities.QuoteMark {
			return false
		}
		switch strings.ToLower(tk.Text) {
		case "who", "which", "whose", "that", "said", "says", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would",
			"could", "should", "can", "may", "might", "must", "did", "does", "do", "cannot":
			return false
		}
	}
	last := strings.ToLower(toks[end-1].Text)
	return toks[i].Kind == entities.Word && !strings.HasSuffix(last, "ing") && !strings.HasSuffix(last, "ed")
}
