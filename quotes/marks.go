package quotes

import (
	"github.com/quotekit/quotekit/entities"
)

// A quoted is a stretch of text between double quotation marks, found by
// the mark scanner. A quotation that runs over several paragraphs, each
// opening with a mark and only the last closing, has one part per
// paragraph.
type quoted struct {
	open     int             // token index of the opening mark
	close    int             // token index of the closing mark, -1 when unclosed
	parts    []entities.Span // the quoted words, marks excluded
	unclosed bool
}

func (q *quoted) span() entities.Span {
	return entities.Span{Start: q.parts[0].Start, End: q.parts[len(q.parts)-1].End}
}

type markRole uint8

const (
	roleOpen markRole = iota + 1
	roleClose
	roleEither
)

// role tells whether the double mark toks[i] opens or closes a quotation,
// from its shape or, for straight and misused marks, from the spaces
// around it.
func role(toks []entities.Token, i int) markRole {
	t := &toks[i]
	spaceBefore := i == 0 || t.Space || t.Newlines > 0 || isOpener(&toks[i-1])
	spaceAfter := i+1 == len(toks) || toks[i+1].Space || toks[i+1].Newlines > 0
	punctAfter := !spaceAfter && toks[i+1].Kind == entities.Punct && !toks[i+1].Is("(") && !toks[i+1].Is("—") && !toks[i+1].Is("–")
	switch t.Text {
	case "“", "„", "‟", "〝", "``":
		return roleOpen
	case "”", "〞":
		if spaceBefore && !spaceAfter && !punctAfter {
			return roleOpen // ”Like this” in some typesetting
		}
		return roleClose
	case "«":
		return roleOpen
	case "»":
		return roleClose
	}
	switch {
	case spaceBefore && !spaceAfter && !punctAfter:
		return roleOpen
	case !spaceBefore && (spaceAfter || punctAfter):
		return roleClose
	}
	return roleEither
}

func isOpener(t *entities.Token) bool {
	return t.Is("(") || t.Is("[") || t.Is("—") || t.Is("–") || t.Is("-") || t.Is(":") || t.Kind == entities.QuoteMark
}

// scanQuotes pairs the double quotation marks of an analysis. It runs in
// one pass over the tokens. An unclosed quotation ends with its paragraph;
// past maxLen bytes it ends with its sentence, and at most with the token
// that reaches maxLen bytes.
func scanQuotes(a *entities.Analysis, maxLen int) []quoted {
	toks := a.Tokens
	var out []quoted
	var cur *quoted
	curPara := -1
	partStart := 0
	paraOf := func(i int) int {
		if s := a.SentenceOf(i); s >= 0 {
			return a.Sentences[s].Paragraph
		}
		return -1
	}
	paraEnd := func(p int) int { return a.Paragraphs[p].End }
	finishUnclosed := func() {
		end := a.Paragraphs[curPara].End
		if end-partStart > maxLen {
			end = sentenceEndAfter(a, partStart)
		}
		if end-partStart > maxLen {
			// A sentence has no bound either: end with the token that
			// reaches maxLen bytes.
			if k := a.TokenAt(partStart + maxLen); k < len(toks) && toks[k].End < end {
				end = toks[k].End
			}
		}
		if end > partStart {
			cur.parts = append(cur.parts, trimSpan(a.Text, entities.Span{Start: partStart, End: end}))
		}
		cur.unclosed = true
		cur.close = -1
		if len(cur.parts) > 0 {
			out = append(out, *cur)
		}
		cur = nil
	}
	for i := range toks {
		if !toks[i].IsDouble() {
			continue
		}
		r := role(toks, i)
		p := paraOf(i)
		if cur != nil && p != curPara {
			// The paragraph ended with the quotation open: it goes on when the
			// next paragraph opens with a mark, else it was never closed.
			if r != roleClose && p == curPara+1 && a.Paragraphs[p].Start == toks[i].Start && toks[i].End-partStart < maxLen*4 {
				cur.parts = append(cur.parts, trimSpan(a.Text, entities.Span{Start: partStart, End: paraEnd(curPara)}))
				curPara = p
				partStart = toks[i].End
				continue
			}
			finishUnclosed()
		}
		if cur == nil {
			if r == roleClose {
				continue // a stray closing mark
			}
			cur = &quoted{open: i}
			curPara = p
			partStart = toks[i].End
			continue
		}
		if r == roleOpen {
			// A second opening mark in the paragraph: the first was stray
			// unless this one is misused as a closer right after a word.
			if toks[i].Space || toks[i].Newlines > 0 {
				cur = &quoted{open: i}
				partStart = toks[i].End
				continue
			}
		}
		if toks[i].Start-partStart > maxLen {
			finishUnclosed()
			cur = &quoted{open: i}
			curPara = p
			partStart = toks[i].End
			continue
		}
		sp := trimSpan(a.Text, entities.Span{Start: partStart, End: toks[i].Start})
		// The comma before a closing mark stands for the end of the
		// speaker's sentence: “We will win,” she said.
		for sp.Len() > 1 && (a.Text[sp.End-1] == ',' || a.Text[sp.End-1] == ';') {
			sp.End--
		}
		if sp.Len() > 0 {
			cur.parts = append(cur.parts, sp)
			cur.close = i
			out = append(out, *cur)
		}
		cur = nil
	}
	if cur != nil {
		finishUnclosed()
	}
	return out
}

// sentenceEndAfter returns the end of the sentence holding byte offset off.
func sentenceEndAfter(a *entities.Analysis, off int) int {
	k := a.TokenAt(off)
	if s := a.SentenceOf(k); s >= 0 {
		return a.Sentences[s].End
	}
	return off
}

// trimSpan narrows a span to exclude surrounding whitespace.
func trimSpan(text string, s entities.Span) entities.Span {
	for s.Start < s.End && isSpaceByte(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(text[s.End-1]) {
		s.End--
	}
	// Non-breaking spaces (U+00A0, two bytes) at the edges.
	for s.End-s.Start >= 2 && text[s.End-2:s.End] == "\u00a0" {
		s.End -= 2
	}
	for s.End-s.Start >= 2 && text[s.Start:s.Start+2] == "\u00a0" {
		s.Start += 2
	}
	return s
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
