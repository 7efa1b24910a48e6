package quotes

import (
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// The blockquote sieve: a page may set a speaker's words apart as a
// quotation with no quotation marks, one block a paragraph, under "Jane
// Roe said:" (invented):
//
//	Minister for Rural Water Jane Roe said:
//	[blockquote] Too many towns wait for water. This fund ends that.
//	[blockquote] Every pound will reach the towns that waited longest.
//
// The colon sieve gives the first block to the speaker; each block right
// after one that a speaker has, with nothing between them, goes on with
// that speaker. A block whose attribution stands under it ("– Jane Roe,
// Commissioner for Energy", a page's <footer> or <cite>) is that person's.

// blockquotes attributes the page's quotation blocks that no quote covers
// and that follow an attributed quote with nothing between: the
// continuation of that speaker's words.
func (r *run) blockquotes() {
	for _, b := range r.blocks {
		if b.End > len(r.text) {
			continue
		}
		b = trimSpan(r.text, b)
		if b.End <= b.Start || strings.ContainsAny(b.In(r.text), "“”\"«»„") || r.covered(b) || len(strings.Fields(b.In(r.text))) < 4 {
			continue
		}
		if p, m, ok := r.signedBelow(b); ok {
			r.add(Quote{Kind: Direct, Parts: []entities.Span{b}, Speaker: p, Mention: &m, Rule: Colon, Confidence: 0.6})
			continue // the block's attribution under it: "[blockquote] … / Jane Roe, Commissioner for Energy"
		}
		prev := -1
		for i := range r.out {
			if q := &r.out[i]; q.Speaker != nil && q.Mention != nil && q.End <= b.Start && (prev < 0 || q.End > r.out[prev].End) {
				prev = i
			}
		}
		if prev < 0 || !onlyMarksBetween(r.text[r.out[prev].End:b.Start]) || strings.Contains(r.text[:b.Start], b.In(r.text)) {
			continue // (not a pull quote that repeats words the page gave before)
		}
		q := &r.out[prev]
		m := *q.Mention
		r.add(Quote{Kind: Direct, Parts: []entities.Span{b}, Speaker: q.Speaker, Mention: &m, Rule: Continuation, Confidence: 0.5})
	}
}

// covered reports a quote that overlaps span b.
func (r *run) covered(b entities.Span) bool {
	for i := range r.out {
		if q := &r.out[i]; q.Start < b.End && b.Start < q.End {
			return true
		}
	}
	return false
}

// onlyMarksBetween reports text of white space, closing quotation marks
// and a sentence's punctuation alone: what stands between a quote's
// content and the next block.
func onlyMarksBetween(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("”’\"'.,!?»", r)
	}) == ""
}

// signedBelow returns the person whose name opens the line right after
// block b, with a dash before it or not ("Jane Roe, Commissioner for
// Energy"), and the mention of that name.
func (r *run) signedBelow(b entities.Span) (*speakers.Speaker, speakers.Mention, bool) {
	k := r.a.TokenAt(b.End)
	for k < len(r.toks) && r.toks[k].Start < b.End {
		k++
	}
	if k >= len(r.toks) || r.toks[k].Newlines == 0 {
		return nil, speakers.Mention{}, false
	}
	if t := &r.toks[k]; (t.Is("–") || t.Is("—") || t.Is("-") || t.Is("--")) && k+1 < len(r.toks) {
		k++
	}
	e := r.a.EntityAt(k)
	if e == nil || e.Kind != entities.Person || e.Tokens.First != k || e.Tokens.End < len(r.toks) && r.toks[e.Tokens.End].Newlines == 0 && !r.toks[e.Tokens.End].Is(",") {
		return nil, speakers.Mention{}, false
	}
	res := r.tr.Resolve(e.Tokens.First, e.Tokens.End)
	if res.Speaker == nil {
		return nil, speakers.Mention{}, false
	}
	return res.Speaker, res.Mention, true
}
