package htmltext

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// silent elements have no text a reader sees.
var silent = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true, atom.Source: true,
	atom.Map: true, atom.Area: true,
}

// boilerplate elements are navigation, forms and page furniture.
var boilerplate = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Label: true,
	atom.Dialog: true, atom.Menu: true, atom.Option: true,
}

// boilerplateRoles are ARIA landmarks and widgets that are not content.
var boilerplateRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "search": true,
	"complementary": true, "menu": true, "menubar": true, "dialog": true,
	"alertdialog": true, "toolbar": true, "tablist": true,
}

// junkWords mark boilerplate when they appear as a word of an element's
// class or id ("ep-a_share", "cookie-banner", "lang-menu").
var junkWords = toSet(`share sharing social socialmedia sharebar addthis cookie cookies consent gdpr
breadcrumb breadcrumbs nav navbar navigation menu submenu megamenu topbar footer sidebar banner
newsletter subscribe subscription signup related recommended promo advert advertisement ad ads
sponsored popup modal overlay lang langs language languages languageselector translations i18n
skip skiplink shortcuts toolbar print comments comment disqus pagination pager hidden visuallyhidden
sronly offscreen masthead widget tags tagcloud`)

// contentWords keep an element whose class or id also names content
// ("article-sidebar-layout" stays, "content-share" stays).
var contentWords = toSet(`article content main body story text post entry release wysiwig wysiwyg prose`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words splits a class or id value into lower-case words: "ep-a_share
// socialBar" gives ep, a, share, social, bar.
func words(s string) []string {
	var out []string
	start := -1
	var prev rune
	flush := func(i int) {
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
				flush(i)
			}
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
		prev = r
	}
	flush(len(s))
	return out
}

// isJunk reports an element that is not content: a script, a menu, a
// share widget, a cookie banner, something hidden.
func isJunk(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return n.Type == html.CommentNode || n.Type == html.DoctypeNode
	}
	if n.DataAtom == atom.Footer && n.Parent != nil && (n.Parent.DataAtom == atom.Blockquote || n.Parent.DataAtom == atom.Figure) {
		return false // a quotation's attribution: <blockquote><p>“…”</p><footer>– Jane Roe</footer></blockquote>
	}
	if n.DataAtom == atom.Aside && quotationAside(n) {
		return false // the release's own quotations set aside: <aside class="pullquote">, <aside class="testimonials">
	}
	if silent[n.DataAtom] || boilerplate[n.DataAtom] {
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if st := strings.ToLower(attr(n, "style")); strings.Contains(strings.ReplaceAll(st, " ", ""), "display:none") ||
		strings.Contains(strings.ReplaceAll(st, " ", ""), "visibility:hidden") {
		return true
	}
	if role := strings.ToLower(attr(n, "role")); boilerplateRoles[role] {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.P, atom.H1:
		return false
	}
	if attr(n, "role") == "main" || attr(n, "itemprop") == "articleBody" {
		return false
	}
	junk := false
	for _, key := range []string{"class", "id"} {
		prev := ""
		for _, w := range words(withoutModifiers(attr(n, key))) {
			if contentWords[w] {
				return false
			}
			if junkWords[w] && !(w == "hidden" && prev == "label") { // "field--label-hidden": the field's label is hidden, not the field
				junk = true
			}
			prev = w
		}
	}
	return junk
}

// quotationAside reports an aside inside the article, or among the
// paragraphs of the release's text, whose class names
// quotations it sets apart from the text, a pull quote or testimonials,
// which are the release's words, and that holds a blockquote or a
// paragraph.
func quotationAside(n *html.Node) bool {
	quoted := false
	for _, w := range words(attr(n, "class")) {
		switch w {
		case "pullquote", "quote", "quotes", "testimonial", "testimonials", "blockquote":
			quoted = true
		}
	}
	if !quoted || !inArticle(n) && !amongParagraphs(n) {
		return false // (a site's widget beside the article: "What our customers say", quotations from the archive)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Blockquote || c.DataAtom == atom.P || c.DataAtom == atom.Figure) {
			return true
		}
	}
	return false
}

// inArticle reports an element inside an article or the element a page
// marks as the article's body.
func inArticle(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || attr(a, "itemprop") == "articleBody" {
			return true
		}
	}
	return false
}

// amongParagraphs reports an element set among the paragraphs of running
// text: its parent holds two paragraphs or more.
func amongParagraphs(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	ps := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			ps++
		}
	}
	return ps >= 2
}

// withoutModifiers returns class names without the modifiers that place
// a sidebar beside the element, the part after "--" that names a layout's
// variant: a "layout layout--sidebar-right" is a layout that has a sidebar
// beside it, no sidebar ("layout__sidebar" is one). Other modifiers keep
// their words, which often name the element's role ("field
// field--name-field-related-news", "box box--promo", "widget
// widget--text").
func withoutModifiers(v string) string {
	if !strings.Contains(v, "--") {
		return v
	}
	f := strings.Fields(v)
	for i, c := range f {
		if k := strings.Index(c, "--"); k > 0 && sidebarPlacement(words(c[k+2:])) {
			f[i] = c[:k]
		}
	}
	return strings.Join(f, " ")
}

// sidebarPlacement reports a modifier's words that say where a sidebar
// stands beside the element or whether it has one: "sidebar-right",
// "with-sidebar", "two-sidebars".
func sidebarPlacement(ws []string) bool {
	side, place := false, false
	for _, w := range ws {
		switch w {
		case "sidebar", "sidebars":
			side = true
		case "left", "right", "first", "second", "with", "has", "no", "one", "two", "both":
			place = true
		default:
			return false
		}
	}
	return side && place
}

// stats measure the visible text of a subtree.
type stats struct {
	text   int // bytes of text, white space excluded
	links  int // of which inside links
	commas int
}

// An analysis holds what is measured of a parsed page.
type analysis struct {
	root     *html.Node
	body     *html.Node
	maxDepth int
	junk     map[*html.Node]bool
	st       map[*html.Node]stats
	depth    map[*html.Node]int
	scores   map[*html.Node]float64 // content scores, when no landmark holds the content
}

func newAnalysis(root *html.Node, maxDepth int) *analysis {
	a := &analysis{root: root, maxDepth: maxDepth, junk: map[*html.Node]bool{},
		st: map[*html.Node]stats{}, depth: map[*html.Node]int{}}
	a.body = a.find(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if a.body == nil {
		a.body = root
	}
	a.measure(root, 0, false)
	return a
}

func (a *analysis) depthOf(n *html.Node) int { return a.depth[n] }

// measure records the stats and junk status of n's subtree. Below
// maxDepth it stops recursing and measures the rest flat.
func (a *analysis) measure(n *html.Node, depth int, inLink bool) stats {
	var s stats
	switch n.Type {
	case html.TextNode:
		return textStats(n.Data, inLink)
	case html.ElementNode:
		if isJunk(n) {
			a.junk[n] = true
			return s
		}
		if n.DataAtom == atom.A {
			inLink = true
		}
	case html.DocumentNode:
	default:
		return s
	}
	a.depth[n] = depth
	if depth >= a.maxDepth {
		s = a.flatStats(n, inLink)
	} else {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := a.measure(c, depth+1, inLink)
			s.text += cs.text
			s.links += cs.links
			s.commas += cs.commas
		}
	}
	a.st[n] = s
	return s
}

// flatStats measures a subtree without recursion.
func (a *analysis) flatStats(n *html.Node, inLink bool) stats {
	var s stats
	for c := next(n, n, false); c != nil; {
		skip := false
		switch c.Type {
		case html.TextNode:
			link := inLink
			for p := c.Parent; !link && p != nil && p != n; p = p.Parent {
				link = p.DataAtom == atom.A
			}
			ts := textStats(c.Data, link)
			s.text += ts.text
			s.links += ts.links
			s.commas += ts.commas
		case html.ElementNode:
			skip = silent[c.DataAtom]
		}
		c = next(c, n, skip)
	}
	return s
}

func textStats(t string, inLink bool) stats {
	var s stats
	for _, r := range t {
		if isSpace(r) {
			continue
		}
		s.text++
		if r == ',' || r == '，' || r == '、' {
			s.commas++
		}
	}
	if inLink {
		s.links = s.text
	}
	return s
}

// find returns the first element of n's subtree (in document order, within
// the depth limit and outside junk) for which f is true.
func (a *analysis) find(n *html.Node, f func(*html.Node) bool) *html.Node {
	var out *html.Node
	a.walk(n, func(c *html.Node) bool {
		if out != nil {
			return false
		}
		if c.Type == html.ElementNode && f(c) {
			out = c
			return false
		}
		return true
	})
	return out
}

// walk calls f on n and, while f returns true, on the descendants of n
// that are not junk, down to the depth limit.
func (a *analysis) walk(n *html.Node, f func(*html.Node) bool) {
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		if a.junk[n] || !f(n) || depth >= a.maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(n, 0)
}

// isContentLandmark reports the elements a page marks as its content.
func isContentLandmark(n *html.Node) bool {
	return n.DataAtom == atom.Main || n.DataAtom == atom.Article ||
		strings.EqualFold(attr(n, "role"), "main") || attr(n, "itemprop") == "articleBody"
}

// mainContent returns the elements whose text is the page's content, in
// document order.
func (a *analysis) mainContent() []*html.Node {
	total := a.st[a.body].text
	// A landmark with enough of the page's text: the largest one, narrowed
	// to a landmark inside it that holds most of its text.
	var best *html.Node
	var cands []*html.Node
	a.walk(a.body, func(n *html.Node) bool {
		if n.Type == html.ElementNode && isContentLandmark(n) {
			cands = append(cands, n)
			if best == nil || a.st[n].text > a.st[best].text {
				best = n
			}
		}
		return true
	})
	if best != nil {
		bt := a.st[best].text
		if bt >= 200 && (bt*10 >= total*3 || bt >= 1500) {
			for _, c := range cands {
				if c != best && contains(best, c) && a.st[c].text*10 >= bt*7 && a.st[c].text <= a.st[best].text {
					best = c
				}
			}
			return []*html.Node{best}
		}
	}
	if top := a.densest(); top != nil {
		return a.withSiblings(top)
	}
	return []*html.Node{a.body}
}

func contains(anc, n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}

// paragraphish elements hold running text.
var paragraphish = map[atom.Atom]bool{atom.P: true, atom.Pre: true, atom.Td: true, atom.Blockquote: true}

// densest scores the ancestors of paragraphs by their text and commas,
// discounted by link density, and returns the best one.
func (a *analysis) densest() *html.Node {
	score := map[*html.Node]float64{}
	var order []*html.Node
	a.walk(a.body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		para := paragraphish[n.DataAtom]
		if !para && (n.DataAtom == atom.Div || n.DataAtom == atom.Section) {
			// A div with text of its own reads as a paragraph.
			own := 0
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					own += textStats(c.Data, false).text
				}
			}
			para = own >= 25
		}
		if !para {
			return true
		}
		s := a.st[n]
		if s.text < 25 {
			return true
		}
		v := 1 + float64(s.commas) + min(float64(s.text)/100, 3)
		p := n.Parent
		for level := 0; level < 3 && p != nil && p.Type == html.ElementNode; level++ {
			if _, ok := score[p]; !ok {
				order = append(order, p)
			}
			switch level {
			case 0:
				score[p] += v
			case 1:
				score[p] += v / 2
			default:
				score[p] += v / float64(level*3)
			}
			p = p.Parent
		}
		return !paragraphish[n.DataAtom]
	})
	var top *html.Node
	topScore := 0.0
	for _, n := range order {
		s := a.st[n]
		v := score[n]
		if s.text > 0 {
			v *= 1 - float64(s.links)/float64(s.text)
		}
		score[n] = v
		if v > topScore {
			top, topScore = n, v
		}
	}
	a.scores = score
	return top
}

// withSiblings adds to top its siblings that score well or hold a good
// paragraph, as readability does.
func (a *analysis) withSiblings(top *html.Node) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	threshold := max(10, a.scores[top]*0.2)
	var out []*html.Node
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || a.junk[c] {
			continue
		}
		s := a.st[c]
		ok := c == top || a.scores[c] >= threshold
		if !ok && c.DataAtom == atom.P && s.text > 80 && s.links*4 < s.text {
			ok = true
		}
		if ok {
			out = append(out, c)
		}
	}
	return out
}

// linkHeavy reports a container inside the content that is mostly links:
// a list of related pages, contacts, a tag cloud.
func (a *analysis) linkHeavy(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Header:
	default:
		return false
	}
	s := a.st[n]
	return s.text > 0 && s.links*2 > s.text
}
