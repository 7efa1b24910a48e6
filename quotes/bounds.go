package quotes

import (
	"github.com/quotekit/quotekit/entities"
)

// Bounds on the work and output of one extraction, so that no input costs
// more than a small multiple of ordinary text of its size. The sentence
// pieces of entities.Segment bound every scan to a sentence's end; the
// rules here bound the quotes themselves:
//
//   - reported speech (an indirect or mixed quote) runs at most
//     maxQuoteLen bytes, as an unclosed quotation mark does: "the minister
//     said that …" ends, at the latest, with the word that reaches the
//     limit;
//   - no token is covered by more than maxCover quotes, and a verb of
//     saying that already stands inside maxCover quotes is not tried: in
//     "Ann said that Bo said that Cy said that Di said that …" the fifth
//     "said" opens nothing. The bytes of quote text in a result (direct
//     quotations included) are so at most maxCover times the input's;
//   - a statement introduced by "Following is …:" runs at most
//     statementLen times maxQuoteLen bytes, not to the end of the document.

// maxCover is how many quotes may cover one token. Ordinary text nests
// reported speech two deep at most ("Lee said that Kim told him that …").
const maxCover = 4

// bounds is the per-run state of the bounds.
type bounds struct {
	maxLen int
	cover  []uint8 // token -> quotes covering it, up to maxCover
}

func newBounds(a *entities.Analysis, maxLen int) *bounds {
	return &bounds{maxLen: maxLen, cover: make([]uint8, len(a.Tokens))}
}

// saturated reports whether token k stands inside maxCover quotes already.
func (r *run) saturated(k int) bool {
	return r.bnd != nil && r.bnd.cover[k] >= maxCover
}

// capEnd returns end, or the token after the one that reaches maxQuoteLen
// bytes past token start when end lies beyond it.
func (r *run) capEnd(start, end int) int {
	if r.bnd == nil || start >= end || r.toks[end-1].End-r.toks[start].Start <= r.bnd.maxLen {
		return end
	}
	return min(end, r.a.TokenAt(r.toks[start].Start+r.bnd.maxLen)+1)
}

// boundContent cuts each part of reported speech to maxQuoteLen bytes, at
// the end of the token that reaches the limit. Quotations between marks
// are bounded already, by the mark scanner.
func (r *run) boundContent(c content) content {
	if r.bnd == nil || c.kind == Direct {
		return c
	}
	copied := false
	for i, p := range c.parts {
		k := r.a.TokenAt(p.Start + r.bnd.maxLen)
		if p.Len() <= r.bnd.maxLen || k >= len(r.toks) || r.toks[k].End >= p.End {
			continue
		}
		if !copied {
			c.parts = append([]entities.Span(nil), c.parts...) // the parts may be a quotation's
			copied = true
		}
		c.parts[i].End = r.toks[k].End
	}
	return c
}

// admit reports whether a quote with these parts keeps every token within
// maxCover quotes, and if so counts it on its tokens.
func (r *run) admit(parts []entities.Span) bool {
	if r.bnd == nil {
		return true
	}
	cover := r.bnd.cover
	for _, p := range parts {
		for k := r.a.TokenAt(p.Start); k < len(cover) && r.toks[k].Start < p.End; k++ {
			if cover[k] >= maxCover {
				return false
			}
		}
	}
	for _, p := range parts {
		for k := r.a.TokenAt(p.Start); k < len(cover) && r.toks[k].Start < p.End; k++ {
			cover[k]++
		}
	}
	return true
}

// statementLen is how many times maxQuoteLen a statement introduced by
// "Following is …:" may run: a speech or a transcript is longer than any
// quotation (the UN releases hold messages of 11 KB), but not endless.
const statementLen = 10

// statementParts returns the paragraphs from paragraph first on as the
// parts of a statement introduced by "Following is …:", up to statementLen
// times maxQuoteLen bytes (100 KB by default): the paragraph that reaches
// the limit is cut at the word that reaches it, and the statement ends
// there. A transcript introduced once in a long document is not the rest
// of the document. Nor is the release's own reporting after it: the
// statement ends before the first paragraph that reports someone's
// quotation (reportsQuotation), and before a heading up to two
// paragraphs above that one ("Press conference in Kelvo", then "Speaking
// to journalists, the three leaders …", then "“…,” said Ms. Roe.").
func (r *run) statementParts(first int) []entities.Span {
	var parts []entities.Span
	n := 0
	for pi := first; pi < len(r.a.Paragraphs); pi++ {
		if pi > first && r.reportsQuotation(pi) {
			cut := pi
			for h := pi - 1; h > first && h >= pi-2; h-- {
				if r.headingParagraph(h) {
					cut = h
				}
			}
			return parts[:cut-first] // (one part per paragraph from first so far)
		}
		p := r.a.Paragraphs[pi].Span
		if r.bnd != nil && n+p.Len() > statementLen*r.bnd.maxLen {
			if k := r.a.TokenAt(p.Start + statementLen*r.bnd.maxLen - n); k < len(r.toks) && r.toks[k].End < p.End {
				p.End = r.toks[k].End
			}
			return append(parts, p)
		}
		parts = append(parts, p)
		n += p.Len()
	}
	return parts
}

// reportsQuotation reports a paragraph that holds a quotation mark, a
// verb of saying and a person's name: a release reporting what someone
// said ("“We need tarpaulins today,” said Ms. Roe."), no statement's
// own words.
func (r *run) reportsQuotation(pi int) bool {
	mark, cue, person := false, false, false
	first, end := r.paragraphTokens(pi)
	for k := first; k < end; k++ {
		switch {
		case r.toks[k].Kind == entities.QuoteMark:
			mark = true
		case r.toks[k].Kind == entities.Word && !cue:
			_, cue = cueAt(r.toks, k)
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			person = true
		}
		if mark && cue && person {
			return true
		}
	}
	return false
}

// headingParagraph reports a paragraph of eight tokens or fewer whose last
// token is a word: a heading ("Press conference in Kelvo").
func (r *run) headingParagraph(pi int) bool {
	first, end := r.paragraphTokens(pi)
	return end > first && end-first <= 8 && r.toks[end-1].Kind == entities.Word
}

// paragraphTokens returns the tokens [first, end) of paragraph pi.
func (r *run) paragraphTokens(pi int) (first, end int) {
	p := r.a.Paragraphs[pi].Span
	return r.a.TokenAt(p.Start), r.a.TokenAt(p.End)
}
