package htmltext

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// DefaultMaxDepth is the nesting depth of elements followed when
// Options.MaxDepth is zero.
const DefaultMaxDepth = 512

// Options configure Extract.
type Options struct {
	// MaxDepth bounds the nesting depth of elements whose structure is
	// followed; deeper elements still give their text, as inline text.
	// Zero means DefaultMaxDepth.
	MaxDepth int
}

// A Page is the text of an HTML page's main content and its metadata.
// Fields the page does not give are empty.
type Page struct {
	Text     string // the main content as plain text; see the package doc
	Title    string // headline, without the site's name
	Date     string // ISO 8601 day (YYYY-MM-DD) of publication
	Place    string // where the page says it was issued ("Place:" entry)
	Source   string // the issuing body, where the page states it
	URL      string // canonical URL
	Language string // language tag of the page ("en", "fr-BE")
	// Blockquotes are the byte ranges [start, end) of Text that the page
	// sets apart as quotations (<blockquote>), in order; a page may set
	// speech so with no quotation marks.
	Blockquotes [][2]int
}

// Extract reads an HTML page from r and returns its main content and
// metadata. The error reports a failure to read r or a done ctx; broken
// HTML is read the way a browser reads it, never an error.
func Extract(ctx context.Context, r io.Reader, opt Options) (*Page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("htmltext: reading: %w", err)
	}
	src, _ = decode(src) // charset.go
	depth := opt.MaxDepth
	if depth <= 0 {
		depth = DefaultMaxDepth
	}
	root, err := parse(src, depth)
	if err != nil {
		return nil, fmt.Errorf("htmltext: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a := newAnalysis(root, depth)
	main := a.mainContent()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := &Page{}
	w := &writer{}
	for _, n := range a.withHeadline(main) {
		w.brk(2)
		a.render(w, n, a.depthOf(n), true)
	}
	p.Text = w.String()
	for _, q := range w.quotes {
		if q[1] <= len(p.Text) {
			p.Blockquotes = append(p.Blockquotes, q)
		}
	}
	a.readMeta(p, main)
	return p, ctx.Err()
}

// attr returns the value of n's attribute key (lower case), or "".
func attr(n *html.Node, key string) string {
	for _, at := range n.Attr {
		if at.Namespace == "" && at.Key == key {
			return at.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, at := range n.Attr {
		if at.Namespace == "" && at.Key == key {
			return true
		}
	}
	return false
}

// next returns the node after n in document order within the subtree of
// top, skipping n's children when skip is set; nil at the end. It walks
// without recursion, so any depth is safe.
func next(n, top *html.Node, skip bool) *html.Node {
	if !skip && n.FirstChild != nil {
		return n.FirstChild
	}
	for n != top && n.NextSibling == nil {
		n = n.Parent
	}
	if n == top {
		return nil
	}
	return n.NextSibling
}

// textOf returns the collapsed text of n's subtree, skipping scripts and
// styles, with no structure: for titles, headings and metadata entries.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := next(n, n, false); c != nil; {
		skip := false
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if silent[c.DataAtom] {
				skip = true
			} else if c.DataAtom == atom.Br || blockTags[c.DataAtom] {
				b.WriteByte(' ')
			}
		}
		c = next(c, n, skip)
	}
	return collapse(b.String())
}

// collapse turns runs of white space into one space and trims the ends.
func collapse(s string) string {
	w := &writer{}
	w.text(s)
	return w.String()
}

// parse parses src. The parser refuses pages nested deeper than it can
// hold (512 open elements); those are parsed again with the tags past a
// depth removed, so that their text stays.
func parse(src []byte, maxDepth int) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(src))
	if err == nil {
		return root, nil
	}
	for limit := min(maxDepth, 384); ; limit /= 2 {
		if root, err = html.Parse(bytes.NewReader(flatten(src, limit))); err == nil || limit <= 8 {
			return root, err
		}
	}
}

// flatten copies src without the start and end tags of elements nested
// deeper than limit, by a tokenizer's count of open elements. The count
// errs on the deep side (an unclosed <p> stays open), so the parser sees
// no deeper tree than limit plus what it reopens itself.
func flatten(src []byte, limit int) []byte {
	type open struct {
		name string
		kept bool
	}
	var stack []open
	out := make([]byte, 0, len(src))
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				break
			}
			kept := len(stack) < limit || rawTextElements[a]
			stack = append(stack, open{string(name), kept})
			if !kept {
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(stack) - 1
			for i >= 0 && stack[i].name != string(name) {
				i--
			}
			if i >= 0 {
				kept := stack[i].kept
				stack = stack[:i]
				if !kept {
					continue
				}
			}
		}
		out = append(out, raw...)
	}
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

// rawTextElements hold text the tokenizer does not parse as markup; their
// tags are always kept so that their content stays theirs.
var rawTextElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// withHeadline returns the content roots with the page's first h1 among
// them, in document order, when the h1 stands outside them and is no
// furniture. A release's headline is part of what it says, and often
// quotes: "‘We Will Stay the Course’, Minister Tells Summit" sits in an h1
// beside the div that holds the body.
func (a *analysis) withHeadline(main []*html.Node) []*html.Node {
	if len(main) == 0 {
		return main
	}
	h1 := a.find(a.body, func(n *html.Node) bool { return n.DataAtom == atom.H1 && textOf(n) != "" })
	if h1 == nil {
		return main
	}
	for n := h1; n != nil; n = n.Parent {
		if a.junk[n] {
			return main
		}
		for _, m := range main {
			if n == m {
				return main // inside the content: rendered with it
			}
		}
	}
	out := make([]*html.Node, 0, len(main)+1)
	for i, m := range main {
		if h1 != nil && before(h1, m, a.body) {
			out = append(out, h1)
			h1 = nil
		}
		out = append(out, main[i])
	}
	return out // an h1 after all the content is the footer's
}

// before reports whether x comes before y in the document order of the
// subtree of top.
func before(x, y, top *html.Node) bool {
	for n := top; n != nil; n = next(n, top, false) {
		switch n {
		case x:
			return true
		case y:
			return false
		}
	}
	return false
}
