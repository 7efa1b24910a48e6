package htmltext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start and end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Html: true, atom.Legend: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Ul: true, atom.Caption: true,
}

// lineTags start and end a line.
var lineTags = map[atom.Atom]bool{
	atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Option: true,
}

// render writes the text of n's subtree. top marks the content roots,
// which are never dropped as link-heavy.
func (a *analysis) render(w *writer, n *html.Node, depth int, top bool) {
	switch n.Type {
	case html.TextNode:
		if w.pre > 0 {
			w.verbatim(n.Data)
		} else {
			w.text(n.Data)
		}
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if a.junk[n] || !top && a.linkHeavy(n) {
		return
	}
	if depth >= a.maxDepth {
		a.renderFlat(w, n)
		return
	}
	brk := 0
	switch {
	case blockTags[n.DataAtom]:
		brk = 2
		if w.item > 0 {
			brk = 1 // a block inside a list item is a line of it
		}
	case lineTags[n.DataAtom]:
		brk = 1
	case n.DataAtom == atom.Br:
		w.br()
		return
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		w.sep()
	}
	w.brk(brk)
	switch n.DataAtom {
	case atom.Pre:
		w.pre++
		defer func() { w.pre-- }()
	case atom.Li, atom.Dt, atom.Dd:
		w.item++
		defer func() { w.item-- }()
	}
	quote := n.DataAtom == atom.Blockquote && w.quoting == 0 // (a blockquote inside one is part of it)
	if quote {
		w.quoting++
		defer func() { w.quoting-- }()
	}
	start, end := w.b.Len(), -1
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if quote && end < 0 && (c.DataAtom == atom.Footer || c.DataAtom == atom.Figcaption || c.DataAtom == atom.Cite && (w.nl > 0 || w.b.Len() == start)) {
			end = w.b.Len() - w.nl // the quotation ends before its attribution: <footer>– Jane Roe</footer> (not a work's title inside it: "… <cite>Kelvo Review</cite> …")
		}
		a.render(w, c, depth+1, false)
	}
	if quote {
		if end < 0 {
			end = w.b.Len() - w.nl
		}
		if end > start {
			w.quotes = append(w.quotes, [2]int{start, end}) // the quotation's text, set apart
		}
	}
	w.brk(brk)
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.sep()
	}
}

// renderFlat writes the text of a subtree past the depth limit, without
// recursion: elements only separate words.
func (a *analysis) renderFlat(w *writer, n *html.Node) {
	for c := next(n, n, false); c != nil; {
		skip := false
		switch c.Type {
		case html.TextNode:
			w.text(c.Data)
		case html.ElementNode:
			if isJunk(c) {
				skip = true
			} else if c.DataAtom == atom.Br || blockTags[c.DataAtom] || lineTags[c.DataAtom] {
				w.sep()
			}
		}
		c = next(c, n, skip)
	}
}

// A writer builds normalized text: runs of white space are one space, no
// line starts or ends with a space, and at most one blank line separates
// paragraphs.
type writer struct {
	b     strings.Builder
	nl    int  // newlines at the end of b
	space bool // a space is due before the next word
	pre   int  // depth of <pre> elements: white space is kept
	item  int  // depth of list items: blocks in them are lines
	// quotes are the byte ranges of the outermost blockquotes' text, in
	// order; quoting is the depth of blockquotes being written
	quotes  [][2]int
	quoting int
}

func (w *writer) String() string { return strings.TrimRight(w.b.String(), "\n") }

// text writes s with its white space collapsed.
func (w *writer) text(s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			r = utf8.RuneError // invalid byte: U+FFFD
		}
		switch {
		case isSpace(r):
			if w.b.Len() > 0 && w.nl == 0 {
				w.space = true
			}
			continue
		case invisible(r):
			continue
		}
		if w.space {
			w.b.WriteByte(' ')
			w.space = false
		}
		w.b.WriteRune(r)
		w.nl = 0
	}
}

// verbatim writes preformatted text, keeping its line breaks and the
// spaces inside its lines.
func (w *writer) verbatim(s string) {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		// Invisible runes go before the line is trimmed, so that none
		// hides a space at its edge.
		b.Reset()
		for _, r := range strings.TrimRight(line, "\n") {
			if r == '\t' || !invisible(r) {
				b.WriteRune(r) // an invalid byte is U+FFFD
			}
		}
		if body := strings.TrimFunc(b.String(), isSpace); body != "" { // no-break spaces too: "<pre>&nbsp;x"
			if w.space {
				w.b.WriteByte(' ')
				w.space = false
			}
			w.b.WriteString(body)
			w.nl = 0
		}
		if strings.HasSuffix(line, "\n") {
			w.br()
		}
	}
}

// brk ends the current line so that n newlines (1 or 2) end the text.
func (w *writer) brk(n int) {
	if n == 0 {
		return
	}
	w.space = false
	if w.b.Len() == 0 {
		return
	}
	for w.nl < n {
		w.b.WriteByte('\n')
		w.nl++
	}
}

// br writes a line break; two in a row make a paragraph break, never more.
func (w *writer) br() {
	w.space = false
	if w.b.Len() > 0 && w.nl < 2 {
		w.b.WriteByte('\n')
		w.nl++
	}
}

// sep separates words: a space unless at the start of a line.
func (w *writer) sep() {
	if w.b.Len() > 0 && w.nl == 0 {
		w.space = true
	}
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

// invisible runes are dropped: controls, soft hyphens, zero-width marks.
func invisible(r rune) bool {
	switch r {
	case 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff:
		return true
	}
	return r < 0x20 || 0x7f <= r && r < 0xa0
}
