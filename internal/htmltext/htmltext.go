package htmltext

import (
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
}

// Extract reads an HTML page from r and returns its main content and
// metadata. The error reports a failure to read r or a done ctx; broken
// HTML is read the way a browser reads it, never an error.
func Extract(ctx context.Context, r io.Reader, opt Options) (*Page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("htmltext: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	depth := opt.MaxDepth
	if depth <= 0 {
		depth = DefaultMaxDepth
	}
	a := newAnalysis(root, depth)
	main := a.mainContent()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := &Page{}
	w := &writer{}
	for _, n := range main {
		w.brk(2)
		a.render(w, n, a.depthOf(n), true)
	}
	p.Text = w.String()
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
