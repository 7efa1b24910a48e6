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
		if i == 0 || t.Newlines > 0 {
			return roleOpen // ”… they are not like him,” she said: a paragraph opens with it, so nothing is closed
		}
		return roleClose
	case "«":
		if i > 0 && !spaceBefore && (spaceAfter || punctAfter) {
			return roleClose // Danish and German marks point inwards: »Like this«
		}
		return roleOpen
	case "»":
		if spaceBefore && !spaceAfter && !punctAfter {
			return roleOpen // (not French spacing: « Comme ça »)
		}
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
		closeAt, contentEnd := i, toks[i].Start
		if i+1 < len(toks) && toks[i+1].Kind == entities.QuoteMark && !toks[i+1].IsDouble() && !toks[i+1].Space && toks[i+1].Newlines == 0 &&
			(i+2 == len(toks) || toks[i+2].Space || toks[i+2].Newlines > 0 || toks[i+2].Kind == entities.Punct) {
			// "''… mean by that?''' Mr. Lee said": the single mark that
			// closes a quotation inside this one, cut after the double
			// mark, belongs to the close.
			closeAt = i + 1
		}
		if c := attributionInside(toks, cur.open, i); c > 0 {
			closeAt, contentEnd = c-1, toks[c].Start // “We will act, said Jane Roe.”
		} else if c, dot := attributionWithin(toks, cur.open, i); c > 0 && len(cur.parts) == 0 {
			// “We will act, said Jane Roe. The rest follows.”: two quotations
			// with the attribution between them, as if marks stood there.
			if sp := trimSpan(a.Text, entities.Span{Start: partStart, End: toks[c].Start}); sp.Len() > 0 {
				out = append(out, quoted{open: cur.open, close: c - 1, parts: []entities.Span{sp}})
			}
			cur = &quoted{open: dot}
			partStart = toks[dot].End
		}
		sp := trimSpan(a.Text, entities.Span{Start: partStart, End: contentEnd})
		// The comma before a closing mark stands for the end of the
		// speaker's sentence: “We will win,” she said.
		for sp.Len() > 1 && (a.Text[sp.End-1] == ',' || a.Text[sp.End-1] == ';') {
			sp.End--
		}
		if sp.Len() > 0 {
			cur.parts = append(cur.parts, sp)
			cur.close = closeAt
			out = append(out, *cur)
		}
		cur = nil
	}
	if cur != nil {
		finishUnclosed()
	}
	return dropNicknames(a, mergeQuoted(mergeQuoted(out, scanSingles(a, maxLen)), scanDashes(a, maxLen)))
}

// dropNicknames removes the quotations that are a nickname inside a
// person's name: the "Buck" of Walter "Buck" Roe is no speech.
func dropNicknames(a *entities.Analysis, qs []quoted) []quoted {
	out := qs[:0]
	for _, q := range qs {
		if q.close >= 0 {
			if e := a.EntityAt(q.open); e != nil && e.Kind == entities.Person && e.Tokens.First < q.open && e.Tokens.End > q.close {
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// attributionInside returns the comma that starts an attribution the
// closing mark at close wrongly takes in, or 0: “We will act, said
// Congressman Jane Roe.” — a comma, a verb of saying, a name of at most
// eight capitalized words or initials, a full stop, the mark. The quotation
// then ends at the comma, as if the mark stood there.
func attributionInside(toks []entities.Token, open, close int) int {
	k := close - 1
	if k <= open || !toks[k].Is(".") {
		return 0
	}
	k--
	words := 0
	for k > open && words < 8 && (toks[k].Kind == entities.Word && (toks[k].IsCap() || toks[k].IsUpper()) || toks[k].Is(".")) {
		if toks[k].Kind == entities.Word {
			words++
		}
		k--
	}
	if words == 0 || k-1 <= open || !toks[k-1].Is(",") || !insideVerb(toks[k].Text) {
		return 0
	}
	return k - 1
}

// insideVerb reports whether w is one of the verbs of saying that an
// attribution stranded inside quotation marks opens with: “…, said Jane Roe.”
func insideVerb(w string) bool {
	switch w {
	case "said", "says", "added", "adds", "explained", "noted":
		return true
	}
	return false
}

// attributionWithin returns the comma and the full stop around an
// attribution inside a quotation, with words of the quotation after it,
// or 0, 0: “We will act, said Congressman Jane Roe. Nothing else works.”
// The attribution is a verb of saying and a name of at most eight
// capitalized words or initials.
func attributionWithin(toks []entities.Token, open, close int) (int, int) {
	for c := open + 2; c+3 < close; c++ {
		if !toks[c].Is(",") || !insideVerb(toks[c+1].Text) {
			continue
		}
		k, words := c+2, 0
		for k < close && words < 8 && (toks[k].Kind == entities.Word && (toks[k].IsCap() || toks[k].IsUpper()) || toks[k].Is(".") && k+1 < close && toks[k+1].Kind == entities.Word && toks[k+1].IsCap() && !toks[k+1].Space) {
			if toks[k].Kind == entities.Word {
				words++
			}
			k++
		}
		if words > 0 && k+1 < close && toks[k].Is(".") && toks[k+1].Kind == entities.Word {
			return c, k
		}
	}
	return 0, 0
}

// scanSingles pairs single marks, curly or straight (a straight one opens
// only before a capital: 'We will act,' she said), in the paragraphs that
// have no double mark, where a text quotes with single marks: headlines
// ("‘We Will Stay the Course’, Minister Tells Summit") and releases in
// British style (“‘We will act,’ said Jane Roe.”). An opening mark stands
// after a space or at the paragraph's start with a word right after it; a
// closing mark is glued to the word or comma before it and has a space,
// punctuation or the paragraph's end after it. Two words at least lie
// between ("rock ‘n’ roll" is no quotation), and a plural possessive
// ("the members’ view") closes nothing.
func scanSingles(a *entities.Analysis, maxLen int) []quoted {
	toks := a.Tokens
	var out []quoted
	var carry *quoted // a quotation that opened a paragraph and goes on in the next
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		if p.Sentences.Len() == 0 {
			carry = nil
			continue
		}
		first, end := a.Sentences[p.Sentences.First].Tokens.First, a.Sentences[p.Sentences.End-1].Tokens.End
		singles := false
		for i := first; i < end; i++ {
			if toks[i].IsDouble() {
				singles = false
				break
			}
			singles = singles || toks[i].Is("‘") || toks[i].Is("'")
		}
		if !singles || carry != nil && !(toks[first].Is("‘") || toks[first].Is("'") && first+1 < end && toks[first+1].IsCap() && !quotedTitleAt(toks, first, end)) { // (a straight mark too: 'Every station …; not a title quoted at the paragraph's start: 'Harvest Moon' by …)
			carry = nil
		}
		if !singles {
			continue
		}
		open, words := -1, 0
		var parts []entities.Span
		opener := -1 // the mark that opened the current part
		if carry != nil {
			open, words, parts = carry.open, 2, carry.parts
			opener = first // the paragraph's opening ‘ goes on the quotation
		}
		carry = nil
		for i := first; i < end; i++ {
			t := &toks[i]
			switch {
			case (t.Is("‘") || t.Is("'") && i+1 < end && toks[i+1].IsCap()) && (i == first || t.Space || t.Newlines > 0 || isOpener(&toks[i-1])) && i+1 < end && !toks[i+1].Space && toks[i+1].Kind != entities.QuoteMark:
				if open < 0 || i != first {
					open, words, parts = i, 0, nil
				}
				opener = i
			case open >= 0 && t.Kind == entities.Word:
				words++
			case open >= 0 && (t.Is("’") || t.Is("'")) && !t.Space && (i+1 == end || toks[i+1].Space || toks[i+1].Newlines > 0 || toks[i+1].Kind == entities.Punct):
				prev := ""
				if i > 0 {
					prev = toks[i-1].Text
				}
				if i+1 < end && toks[i+1].IsLower() && toks[i+1].Kind == entities.Word && prev != "" && prev[len(prev)-1] == 's' {
					continue // "the members’ view"
				}
				sp := trimSpan(a.Text, entities.Span{Start: toks[opener].End, End: t.Start})
				for sp.Len() > 1 && (a.Text[sp.End-1] == ',' || a.Text[sp.End-1] == ';') {
					sp.End--
				}
				if (words >= 2 && !toks[open].Is("'") || words >= 4 && !titleCased(toks[open+1:i])) && sp.Len() > 0 && sp.Len() <= maxLen { // (straight marks: a sentence, not a scare quote or a title)
					out = append(out, quoted{open: open, close: i, parts: append(parts, sp)})
				}
				open, parts = -1, nil
			}
		}
		// ‘A paragraph that opens a quotation and does not close it goes on
		// in the next paragraph when that one opens with a mark too (British
		// style).
		// The first paragraph's mark may stand after its attribution and
		// a colon: "…, said: ‘When we began …" over "‘Levels fell.’".
		if open >= 0 && (opener == first || opener > first && toks[opener-1].Is(":")) && pi+1 < len(a.Paragraphs) {
			sp := trimSpan(a.Text, entities.Span{Start: toks[opener].End, End: p.End})
			if n := len(parts); sp.Len() > 0 && (n == 0 || parts[n-1].End-parts[0].Start < maxLen*4) {
				carry = &quoted{open: open, parts: append(parts, sp)}
			}
		}
	}
	return out
}

// quotedTitleAt reports a straight mark at token i that closes within a
// few words set in title case: a work's name ('Harvest Moon' by the
// choir), not a quotation going on.
func quotedTitleAt(toks []entities.Token, i, end int) bool {
	for k := i + 1; k < end && k <= i+6; k++ {
		if toks[k].Is("'") || toks[k].Is("’") {
			return titleCased(toks[i+1 : k])
		}
	}
	return false
}

// titleCased reports words whose longer ones are all capitalized, as a
// work's title is: 'All Bets Are Off'.
func titleCased(toks []entities.Token) bool {
	for i := range toks {
		if t := &toks[i]; t.Kind == entities.Word && len(t.Text) >= 4 && !t.IsCap() {
			return false
		}
	}
	return true
}

// mergeQuoted merges two lists of quotations, each in text order, into
// one in text order.
func mergeQuoted(a, b []quoted) []quoted {
	if len(b) == 0 {
		return a
	}
	out := make([]quoted, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && a[i].open < b[j].open {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
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
