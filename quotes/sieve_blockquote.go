package quotes

import (
	"sort"
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
// The other sieves give the first block to the speaker the line above it
// names; each block right after one that a speaker has, with nothing
// between them, goes on with that speaker. A block whose attribution
// stands on the line under it ("Jane Roe, Commissioner for Energy", a
// page's <footer> or <cite>) is that person's.

// pullQuoteWindow is how far before a block the sieve looks for the same
// words, which make it a pull quote that repeats the text.
const pullQuoteWindow = 4096

// blockquotes attributes the page's quotation blocks that no quote covers:
// to the person signed under the block, else as the continuation of the
// attributed quote right before it. Each block costs a few binary
// searches over the quotes the other sieves made.
func (r *run) blockquotes() {
	if len(r.blocks) == 0 {
		return
	}
	byStart := make([]entities.Span, len(r.out)) // the quotes' spans by start, and the farthest end among the first i+1
	for i := range r.out {
		byStart[i] = r.out[i].Span
	}
	sort.Slice(byStart, func(i, j int) bool { return byStart[i].Start < byStart[j].Start })
	farEnd := make([]int, len(byStart))
	for i, s := range byStart {
		farEnd[i] = s.End
		if i > 0 && farEnd[i-1] > s.End {
			farEnd[i] = farEnd[i-1]
		}
	}
	var said []int // the quotes with a speaker, by end
	for i := range r.out {
		if r.out[i].Speaker != nil && r.out[i].Mention != nil {
			said = append(said, i)
		}
	}
	sort.Slice(said, func(i, j int) bool { return r.out[said[i]].End < r.out[said[j]].End })
	last := -1 // the latest block attributed here, an index in r.out
	for n, b := range r.blocks {
		if n%64 == 0 && r.ctx != nil && r.ctx.Err() != nil {
			return
		}
		if b.End > len(r.text) {
			continue
		}
		b = trimSpan(r.text, b)
		words := b.In(r.text)
		if b.End <= b.Start || strings.ContainsAny(words, "“”\"«»„") || len(strings.Fields(words)) < 4 {
			continue
		}
		if k := sort.Search(len(byStart), func(i int) bool { return byStart[i].Start >= b.End }); k > 0 && farEnd[k-1] > b.Start {
			continue // a quote covers it
		}
		if p, m, ok := r.signedBelow(b); ok {
			r.add(Quote{Kind: Direct, Parts: []entities.Span{b}, Speaker: p, Mention: &m, Rule: Colon, Confidence: 0.6})
			last = len(r.out) - 1
			continue // the block's attribution under it: "[blockquote] … / Jane Roe, Commissioner for Energy"
		}
		prev := -1
		if k := sort.Search(len(said), func(i int) bool { return r.out[said[i]].End > b.Start }); k > 0 {
			prev = said[k-1]
		}
		if last >= 0 && r.out[last].Speaker != nil && r.out[last].End <= b.Start && (prev < 0 || r.out[last].End > r.out[prev].End) {
			prev = last
		}
		if prev < 0 || !onlyMarksBetween(r.text[r.out[prev].End:b.Start]) || strings.Contains(r.text[max(0, b.Start-pullQuoteWindow):b.Start], words) {
			continue // (not a pull quote that repeats words the page gave before)
		}
		q := &r.out[prev]
		m := *q.Mention
		r.add(Quote{Kind: Direct, Parts: []entities.Span{b}, Speaker: q.Speaker, Mention: &m, Rule: Continuation, Confidence: 0.5})
		last = len(r.out) - 1
	}
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
// block b, a line of a name and its titles alone, with a dash before it
// or not ("– Jane Roe, Commissioner for Energy"; not "Jane Roe, the
// minister, said the fund …"), and the mention of that name.
func (r *run) signedBelow(b entities.Span) (*speakers.Speaker, speakers.Mention, bool) {
	toks := r.toks
	k := r.a.TokenAt(b.End)
	for k < len(toks) && toks[k].Start < b.End {
		k++
	}
	if k >= len(toks) || toks[k].Newlines == 0 {
		return nil, speakers.Mention{}, false
	}
	if t := &toks[k]; (t.Is("–") || t.Is("—") || t.Is("-") || t.Is("--")) && k+1 < len(toks) {
		k++
	}
	end := k + 1
	for end < len(toks) && toks[end].Newlines == 0 && end-k < 26 {
		end++
	}
	if end-k > 25 || toks[end-1].Kind == entities.Punct && !toks[end-1].Is(")") {
		return nil, speakers.Mention{}, false // a sentence, not a signature
	}
	p, ok := r.namingLine(k, end)
	if !ok {
		return nil, speakers.Mention{}, false
	}
	res := r.tr.Resolve(p.first, p.end)
	if res.Speaker == nil {
		return nil, speakers.Mention{}, false
	}
	return res.Speaker, res.Mention, true
}
