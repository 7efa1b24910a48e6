package speakers

import (
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// Signatures over two lines: a dash and a name under a quotation, the
// post on the line below, as a release's "Quotes" section prints them.
//
//	“Fibre to every home means they can build their future here.”
//	- Chief Jane Roe
//	Kelvo First Nation
//
//	- Jane Roe
//	Mayor, Township of Kessing Falls

// signatureLine reads the line under a signature whose name e ends its
// line ("- Jane Roe"): a title ("Parliamentary Assistant to the
// Minister"), a title and a body after a comma ("Mayor, Township of
// Kessing Falls"), or a body alone ("Kelvo First Nation").
func (t *Tracker) signatureLine(p *Speaker, e *entities.Entity) {
	toks := t.a.Tokens
	f, k := e.Tokens.First, e.Tokens.End
	for f > 0 && toks[f].Newlines == 0 && toks[f-1].Kind == entities.Word && (toks[f-1].IsCap() || toks[f-1].IsUpper()) {
		f-- // a title or an honorific before the name: "- Chief Jane Roe"
	}
	if f == 0 || toks[f].Newlines > 0 || !dashToken(&toks[f-1]) || toks[f-1].Newlines == 0 && f-1 > 0 {
		return
	}
	if k >= len(toks) || toks[k].Newlines != 1 {
		return
	}
	end := lineEnd(toks, k)
	if end-k > 14 || toks[end-1].Is(".") || !toks[k].IsCap() || t.namesPerson(k, end) {
		return
	}
	c := k
	for c < end && !toks[c].Is(",") {
		c++
	}
	switch {
	case t.titleish(k, c):
		t.addTitles(p, k, c)
		if c+1 < end && t.capRunOrg(c+1, end) == end && t.apposOrg[p] == nil {
			t.apposOrg[p] = &orgCand{first: c + 1, end: end, e: t.a.EntityAt(c + 1)}
		}
	case c == end && t.capRunOrg(k, end) == end && t.apposOrg[p] == nil:
		t.apposOrg[p] = &orgCand{first: k, end: end, e: t.a.EntityAt(k)}
	}
}

// dashToken reports a dash that opens a signature: "-", "–", "—".
func dashToken(t *entities.Token) bool {
	r, n := utf8.DecodeRuneInString(t.Text)
	return n == len(t.Text) && isDash(r)
}
