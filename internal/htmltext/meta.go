package htmltext

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// head is what the page says of itself outside its text.
type head struct {
	title, ogTitle, siteName, publisher string
	creator                             string // a page's dcterms.creator, when it names a body
	logo                                string // the text of the site's logo or brand element
	canonical, ogURL, base              string
	lang, metaLang, locale              string
	ld                                  ldInfo
}

// readMeta fills p's metadata from the page and its main content.
func (a *analysis) readMeta(p *Page, main []*html.Node) {
	var h head
	var metaDates, itemDates, timeDates []string
	a.walkAll(a.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			h.lang = attr(n, "lang")
			if h.lang == "" {
				h.lang = attr(n, "xml:lang")
			}
		case atom.Title:
			if h.title == "" {
				h.title = textOf(n)
			}
		case atom.Base:
			if h.base == "" {
				h.base = attr(n, "href")
			}
		case atom.Link:
			for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
				if rel == "canonical" && h.canonical == "" {
					h.canonical = strings.TrimSpace(attr(n, "href"))
				}
			}
		case atom.Meta:
			h.meta(n, &metaDates)
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				h.ld.read(n.FirstChild.Data)
			}
			return false
		case atom.Time:
			if d := firstNonEmpty(attr(n, "datetime"), textOf(n)); d != "" && n.Parent != nil {
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
					itemDates = append(itemDates, d)
				} else if inAny(n, main) {
					timeDates = append(timeDates, d)
				}
			}
		}
		if h.logo == "" && logoClass(attr(n, "class")) && !inAny(n, main) {
			t := collapse(textOf(n))
			if name := siteTitleIn(n); name != "" {
				t = name // the brand's name without its tagline: "<div class="site-branding"><p class="site-title">Kelvo City</p><p class="site-description">Kelvo Province · Kelvania</p>"
			}
			if t == "" {
				t = logoAlt(n) // "<a class="logo"><img alt="Kelvo University Hospital"></a>"
			}
			if t != "" && len(strings.Fields(t)) <= 10 {
				h.logo = t // "<a class="logo">Kelvo Children's Hospital</a>" in the page's header
			}
		}
		if ip := attr(n, "itemprop"); strings.EqualFold(ip, "datePublished") && n.DataAtom != atom.Time {
			if d := firstNonEmpty(attr(n, "content"), attr(n, "datetime"), textOf(n)); d != "" {
				itemDates = append(itemDates, d)
			}
		}
		return true
	})

	// Title: the headline of the content, else the page's own title.
	var h1 *html.Node
	for _, m := range main {
		if h1 = a.find(m, func(n *html.Node) bool { return n.DataAtom == atom.H1 && textOf(n) != "" }); h1 != nil {
			break
		}
	}
	titleSite := h.titleSite()
	switch {
	case h1 != nil:
		p.Title = textOf(h1)
	case h.ld.headline != "":
		p.Title = h.ld.headline
	case h.ogTitle != "" || h.title != "":
		p.Title, _ = stripSite(firstNonEmpty(h.ogTitle, h.title), h.siteName)
	default:
		if h1 = a.find(a.body, func(n *html.Node) bool { return n.DataAtom == atom.H1 && textOf(n) != "" }); h1 != nil {
			p.Title = textOf(h1)
		}
	}

	// Date: structured data first, then the content's time elements.
	for _, d := range concat([]string{h.ld.date}, itemDates, metaDates, timeDates) {
		if p.Date = ParseDate(d); p.Date != "" {
			break
		}
	}

	// "Place:" and "Source:" entries of the content.
	entries := map[string]string{}
	for _, m := range main {
		a.entries(m, entries)
	}
	p.Place = firstNonEmpty(entries["place"], entries["location"])
	from := fromBody(entries["from"])
	if l := entries["from link"]; l != "" && strings.HasPrefix(entries["from"], l) {
		from = l // the first body's link, commas and all
	}
	p.Source = firstNonEmpty(entries["source"], entries["issued by"], entries["publisher"],
		notPortal(h.ld.publisher), notPortal(h.publisher), h.creator, h.titleBody(), notPortal(h.siteName), notPortal(titleSite), strings.TrimSpace(from), notPortal(h.logo))
	if p.Date == "" {
		p.Date = firstNonEmpty(ParseDate(entries["date"]), ParseDate(entries["published"]))
	}

	p.URL = resolve(firstNonEmpty(h.canonical, h.ogURL), firstNonEmpty(h.base, h.ogURL))
	p.Language = strings.TrimSpace(firstNonEmpty(h.lang, h.metaLang, strings.ReplaceAll(h.locale, "_", "-")))
}

// meta reads one meta element.
func (h *head) meta(n *html.Node, dates *[]string) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	val := strings.TrimSpace(attr(n, "content"))
	if equiv := strings.ToLower(attr(n, "http-equiv")); equiv == "content-language" && h.metaLang == "" {
		h.metaLang = val
	}
	if val == "" {
		return
	}
	switch key {
	case "og:title":
		h.ogTitle = collapse(val)
	case "og:site_name", "application-name":
		if h.siteName == "" {
			h.siteName = collapse(val)
		}
	case "publisher", "dc.publisher", "dcterms.publisher", "article:publisher":
		if h.publisher == "" && !strings.Contains(val, "://") {
			h.publisher = collapse(val)
		}
	case "dc.creator", "dcterms.creator":
		if v := collapse(val); h.creator == "" && !strings.Contains(val, "://") && bodyConnector(v) {
			h.creator = v // the department that made a government page: "Fisheries and Oceans Canada" (not an author's name)
		}
	case "og:url":
		h.ogURL = val
	case "language", "dc.language", "dcterms.language":
		if h.metaLang == "" {
			h.metaLang = val
		}
	case "og:locale":
		h.locale = val
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
		"publication_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
		"dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time":
		*dates = append(*dates, val)
	}
}

// entries reads the "Key:" / value pairs of a content's definition lists
// (<dt>Place:</dt><dd>VIENNA</dd>) into m, keys in lower case.
func (a *analysis) entries(n *html.Node, m map[string]string) {
	a.walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c.DataAtom != atom.Dt {
			return true
		}
		key := strings.ToLower(strings.TrimSuffix(textOf(c), ":"))
		for d := c.NextSibling; d != nil; d = d.NextSibling {
			if d.Type != html.ElementNode {
				continue
			}
			if d.DataAtom == atom.Dd {
				if _, ok := m[key]; !ok {
					m[key] = textOf(d)
					if l := firstLink(d); l != nil {
						m[key+" link"] = textOf(l) // one item of a list of links, whole: "Department for Environment, Food & Rural Affairs"
					}
				}
			}
			break
		}
		return false
	})
}

// firstLink returns the link that opens element d's content, or nil:
// the first item of a list of links ("<dd><a>Department for Environment,
// Food &amp; Rural Affairs</a>, <a>…</a></dd>").
func firstLink(d *html.Node) *html.Node {
	for c := d.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			return c
		default:
			return nil
		}
	}
	return nil
}

// walkAll is walk without skipping junk: metadata lives in the head.
func (a *analysis) walkAll(n *html.Node, f func(*html.Node) bool) {
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		if !f(n) || depth >= a.maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(n, 0)
}

func inAny(n *html.Node, roots []*html.Node) bool {
	for _, r := range roots {
		if contains(r, n) {
			return true
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func concat(ss ...[]string) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

// titleSite returns the site's name a page's titles end with: the Open
// Graph title's, else the title element's ("Research News | Kelvo
// University" under an Open Graph title that names no site).
func (h *head) titleSite() string {
	for _, t := range [...]string{h.ogTitle, h.title} {
		if t == "" {
			continue
		}
		if _, site := stripSite(t, h.siteName); site != "" {
			return site
		}
	}
	return ""
}

// titleBody returns the body a page's title names between its headline
// and the site's declared name (or a short last part where the page
// declares none), the site being the government's or a group's that
// publishes for many: "Drought package approved - Ministry of Agriculture
// - Republic of Kelvania" gives "Ministry of Agriculture".
func (h *head) titleBody() string {
	for _, t := range [...]string{h.title, h.ogTitle} {
		for _, sep := range []string{" - ", " – ", " — ", " | "} {
			site := h.siteName
			if site == "" {
				// no declared site: a short last part after a body named head
				// first, the country or the portal that hosts it ("… -
				// Ministry of Agriculture - Kelvania")
				t := collapse(t)
				i := strings.LastIndex(t, sep)
				if i <= 0 || !hostName(t[i+len(sep):]) {
					continue
				}
				site = t[i+len(sep):]
			}
			rest, ok := strings.CutSuffix(collapse(t), sep+site)
			if !ok {
				continue
			}
			if i := bodyAfterSep(rest, sep); i > 0 {
				return strings.TrimSpace(rest[i+len(sep):])
			}
		}
	}
	return ""
}

// stripSite splits a page title into the headline and the site's name:
// "Venezuela: ... | News | European Parliament" gives "Venezuela: ..." and
// "European Parliament". A dash separates a site name only when it is the
// page's declared site name or a body named head first ("… - Ministry of
// Transport").
func stripSite(t, siteName string) (title, site string) {
	t = collapse(t)
	for _, sep := range []string{" | ", " :: ", " · ", " » "} {
		if i := strings.Index(t, sep); i > 0 {
			parts := strings.Split(t, sep)
			if last := strings.TrimSpace(parts[len(parts)-1]); len(parts) >= 3 && sectionsBetween(parts) && siteFirst(parts[0]) && sentenceCase(last) {
				return last, strings.TrimSpace(parts[0]) // the site first, the headline last: "KMA | News | Drought plan adopted by the council"
			}
			for k := len(parts) - 1; k > 0; k-- {
				if p := strings.TrimSpace(parts[k]); !SectionName(p) {
					return strings.TrimSpace(t[:i]), p
				}
			}
			return strings.TrimSpace(t[:i]), "" // a section, no site: "Kelvo Hospital Performs First Transplant | News"
		}
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if siteName != "" && strings.HasSuffix(t, sep+siteName) {
			t = strings.TrimSuffix(t, sep+siteName)
			if i := bodyAfterSep(t, sep); i > 0 {
				t = strings.TrimSpace(t[:i]) // and the body that issued it on the site: "… - Ministry of Agriculture - Republic of Kelvania"
			}
			return t, siteName
		}
		if i := bodyAfterSep(t, sep); i > 0 && len(strings.Fields(t[:i])) >= 4 {
			return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):]) // "… - Ministry of the Sea, Transport and Infrastructure"
		}
		if i := strings.LastIndex(t, sep); i > 0 && siteName == "" && len(strings.Fields(t[:i])) >= 4 && headLastBody(t[i+len(sep):]) {
			return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):]) // a blog's "Title – Site" where the site is a body named head last: "… opens – Kelvo Mother and Child Hospital"
		}
		if i := strings.LastIndex(t, sep); i > 0 && siteName == "" && hostName(t[i+len(sep):]) {
			if j := bodyAfterSep(t[:i], sep); j > 0 && len(strings.Fields(t[:j])) >= 4 {
				return strings.TrimSpace(t[:j]), strings.TrimSpace(t[i+len(sep):]) // the body, then the country or portal that hosts it: "… - Ministry of Agriculture - Kelvania"
			}
		}
	}
	return t, ""
}

// sectionsBetween reports a title's parts between its first and its last
// that are all sections' names ("News", "Press releases").
func sectionsBetween(parts []string) bool {
	for _, p := range parts[1 : len(parts)-1] {
		if !SectionName(p) {
			return false
		}
	}
	return true
}

// siteFirst reports a title's first part that can be a site's name: one
// to six words, each capitalized, an acronym or a joining word ("KMA",
// "Kelvo Maritime Agency"), no past participle and no number (a
// headline's: "Hosepipe Ban Lifted", "Kelvo Budget 2026").
func siteFirst(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && w != "of" && w != "for" && w != "and" && w != "the" && w != "&" || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// sentenceCase reports a headline written as a sentence: four words or
// more, two of them lower-case words that join nothing ("Drought plan
// adopted by the council"), where a site's name is all capitalized; no
// site's motto after a dash ("Kelvo Water – clean water for every home").
func sentenceCase(p string) bool {
	f := strings.Fields(p)
	if len(f) < 4 || strings.Contains(p, " – ") || strings.Contains(p, " - ") || strings.Contains(p, " — ") {
		return false
	}
	n := 0
	for _, w := range f {
		if r := []rune(w)[0]; unicode.IsLower(r) && len(w) > 3 && w != "from" && w != "with" && w != "into" {
			n++
		}
	}
	return n >= 2
}

// headLastBody reports a body's name of two to eight capitalized words
// that ends in its head: "Kelvo Mother and Child Hospital", "Sarna
// Farmers Union" (not a headline's words, which hold lower-case ones).
func headLastBody(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	for _, w := range f {
		if r := []rune(w)[0]; unicode.IsLower(r) && w != "of" && w != "for" && w != "and" && w != "the" {
			return false
		}
		switch w {
		case "Broadcasting", "Media", "Press", "News", "Radio", "Television", "Newspaper", "Newspapers", "Publishing", "Journalists":
			return false // a news outlet's name: its pages report others' words ("Kelvo Broadcasting Corporation", "Kelvo Press Association")
		}
	}
	switch f[len(f)-1] {
	case "Hospital", "University", "Council", "Agency", "Authority", "Foundation", "Trust", "Association", "Institute", "Commission",
		"Bank", "Company", "Corporation", "Organization", "Organisation", "Office", "Centre", "Center", "College", "Society", "Union",
		"Federation", "Network", "Fund", "Board", "Clinic", "Cooperative", "Alliance", "Coalition":
		return true
	}
	return false
}

// hostName reports a title's last part that names the state whose site
// hosts a body's page, with no site declared: a country's name
// ("Kelvania", "South Kelvania", "Republic of Kelvania"), its government
// ("Kelvo State Government") or a government's portal ("Republic of
// Kelvania Portal");
// not a newspaper or another body ("Kelvo Herald", "Kelvo Nurses
// Union"), whose middle part is a topic's tag.
func hostName(p string) bool {
	f := strings.Fields(p)
	switch {
	case len(f) == 1:
		return len(p) > 2 && unicode.IsUpper([]rune(p)[0]) && !strings.ContainsAny(p, ".-")
	case len(f) == 2 && compassWord(f[0]):
		return true // "South Kelvania"
	case len(f) <= 5 && govWords(f):
		return true // "Republic of Kelvania", "State of Kelvo", "Kelvo State Government"
	}
	return Portal(p)
}

// compassWord reports a compass's word that opens a country's name:
// "South", "North", "East", "West".
func compassWord(w string) bool {
	return w == "South" || w == "North" || w == "East" || w == "West"
}

// bodyAfterSep returns where the last separator sep of a title opens a
// body named head first ("… - Ministry of Transport"), or -1.
func bodyAfterSep(t, sep string) int {
	if i := strings.LastIndex(t, sep); i > 0 && HeadFirstBody(t[i+len(sep):]) {
		return i
	}
	return -1
}

// HeadFirstBody reports a body's name that opens with its head (perhaps
// after a level of government) and "of" or "for": "Ministry of the Sea,
// Transport and Infrastructure", "Office for Statistics", "Federal
// Ministry for Water".
func HeadFirstBody(p string) bool {
	f := strings.Fields(p)
	if len(f) > 3 {
		switch f[0] {
		case "Federal", "National", "State", "Regional", "Provincial", "Municipal", "Royal":
			f = f[1:] // a level of government before the head: "Federal Ministry for Water"
		}
	}
	if len(f) < 3 || len(f) > 12 || f[1] != "of" && f[1] != "for" {
		return false
	}
	for _, w := range f[2:] {
		if r := []rune(w)[0]; unicode.IsLower(r) && w != "of" && w != "for" && w != "and" && w != "the" && w != "on" {
			return false // words of a sentence, no name: "State Department of Health urges parents to vaccinate"
		}
	}
	switch f[0] {
	case "Ministry", "Department", "Office", "Embassy", "Government", "Parliament", "Municipality", "Secretariat", "Bureau", "Agency", "Commission", "Directorate":
		return true
	}
	return false
}

// logoAlt returns the alternative text of the first image inside a logo
// element, the site's name where the logo is a picture of it; "" when it
// has none or names the picture ("logo", "Kelvo logo").
func logoAlt(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img {
			t := collapse(attr(c, "alt"))
			if strings.Contains(strings.ToLower(t), "logo") {
				return ""
			}
			return t
		}
		if t := logoAlt(c); t != "" {
			return t
		}
	}
	return ""
}

// siteTitleIn returns the text of the element inside n whose class names
// the site's title or name ("site-title", "site-name"), or "".
func siteTitleIn(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(attr(c, "class"))) {
			if f == "site-title" || f == "site-name" {
				return collapse(textOf(c))
			}
		}
		if t := siteTitleIn(c); t != "" {
			return t
		}
	}
	return ""
}

// logoClass reports a class attribute that marks a site's logo or brand
// name: "logo", "site-logo", "brand", "navbar-brand", "site-name",
// "site-title".
func logoClass(c string) bool {
	for _, f := range strings.Fields(strings.ToLower(c)) {
		if strings.Contains(f, "logo") || strings.Contains(f, "brand") || f == "site-name" || f == "site-title" || f == "sitename" {
			return true
		}
	}
	return false
}

// SectionName reports a title's part that names a section of a site,
// not the site: "News", "Press Room", "Media Centre", "News and media", and a section named
// by its kind of text after a word or two: "Ministerial Media Statements",
// "Media Releases", "Research News"; or two of them joined by "and":
// "Meetings Coverage and Press Releases".
func SectionName(p string) bool {
	switch strings.ToLower(strings.TrimSpace(p)) {
	case "news", "newsroom", "news room", "press", "press room", "press releases", "press release", "press centre", "press center",
		"media", "media room", "media centre", "media center", "media releases", "news releases", "news & events", "news and events",
		"news and media", "news & media", "news and views", "media and news", "news and stories",
		"latest news", "stories", "blog", "updates", "announcements", "events",
		// in Spanish, Portuguese, French, Italian and German: "Prensa",
		// "Sala de prensa", "Notícias", "Communiqués de presse"
		"prensa", "sala de prensa", "noticias", "comunicados", "comunicados de prensa", "boletines", "imprensa", "notícias", "sala de imprensa",
		"actualités", "presse", "communiqués", "communiqués de presse", "salle de presse", "notizie", "comunicati stampa", "sala stampa", "aktuelles", "pressemitteilungen":
		return true
	}
	for _, and := range [...]string{" and ", " & "} {
		if a, b, ok := strings.Cut(p, and); ok && (SectionName(a) || coverage(a)) && (SectionName(b) || coverage(b)) {
			return true // two sections joined: "Meetings Coverage and Press Releases"
		}
	}
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "statements", "releases", "news", "announcements", "updates":
		return true
	}
	return false
}

// coverage reports a section named for what it covers, in two words:
// "Meetings Coverage".
func coverage(p string) bool {
	f := strings.Fields(p)
	return len(f) == 2 && strings.EqualFold(f[1], "coverage")
}

func resolve(u, base string) string {
	if u == "" || base == "" {
		return u
	}
	ref, err := url.Parse(u)
	if err != nil || ref.IsAbs() {
		return u
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return u
	}
	return b.ResolveReference(ref).String()
}

// ldInfo is what a page's JSON-LD says of the article.
type ldInfo struct {
	headline, date, publisher string
}

func (l *ldInfo) read(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	l.visit(v, 0)
}

func (l *ldInfo) visit(v any, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			l.visit(e, depth+1)
		}
	case map[string]any:
		if s, ok := v["headline"].(string); ok && l.headline == "" {
			l.headline = collapse(s)
		}
		if s, ok := v["datePublished"].(string); ok && l.date == "" {
			l.date = s
		}
		if pub, ok := v["publisher"].(map[string]any); ok && l.publisher == "" {
			if s, ok := pub["name"].(string); ok {
				l.publisher = collapse(s)
			}
		}
		if g, ok := v["@graph"]; ok {
			l.visit(g, depth+1)
		}
	}
}

var isoDay = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])`)

var dayLayouts = []string{
	"02-01-2006", "02.01.2006", "2.1.2006", "02/01/2006", "2 January 2006", "2 Jan 2006",
	"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan. 2, 2006",
	"Monday, 2 January 2006", "Monday, January 2, 2006", "Mon, 02 Jan 2006", "2 January, 2006", "2 Jan, 2006",
}

// ordinalDay matches a day's ordinal suffix: "26th November", "1st".
var ordinalDay = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)

// noWeekday returns s without a leading day of the week, full or
// abbreviated, and its comma or period: "Wednesday 2 December 2026" and
// "Wed., December 2, 2026" give "2 December 2026" and "December 2, 2026".
func noWeekday(s string) string {
	w, rest, ok := strings.Cut(s, " ")
	if !ok {
		return s
	}
	w = strings.TrimRight(w, ",.")
	for _, d := range [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if w == d || w == d[:3] || (len(w) == 4 && w == d[:4]) {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// ParseDate returns the day s names in ISO 8601 form (YYYY-MM-DD), or ""
// when s holds no full date. It reads ISO dates and timestamps, and
// European day-first dates ("18-07-2019 - 11:37", "17 October 2018").
func ParseDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 64 || !strings.ContainsAny(s, "0123456789") {
		return "" // every layout has digits; skip lines that cannot be dates cheaply
	}
	if m := isoDay.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
			return t.Format("2006-01-02")
		}
		return ""
	}
	// Drop a time of day: "18-07-2019 - 11:37", "17 October 2018, 10:00".
	for _, sep := range []string{" - ", ", ", " at ", " "} {
		if i := strings.LastIndex(s, sep); i > 0 && strings.Contains(s[i:], ":") {
			s = strings.TrimSpace(s[:i])
			break
		}
	}
	s = strings.Replace(s, "Sept.", "Sep.", 1)
	s = noWeekday(s)                         // "Wednesday 2 December 2026", "Wed. 2 Dec 2026"
	s = ordinalDay.ReplaceAllString(s, "$1") // "26th November, 2026"
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// fromBody returns the first body of a page's "From:" entry, which goes
// on with the ministers who speak: "Department for Transport, The Rt Hon
// Jane Roe MP and …", "Department for Coastal and Rural Affairs and Jane
// Roe MP".
func fromBody(v string) string {
	v, _, _ = strings.Cut(v, ",")
	if i := strings.LastIndex(v, " and "); i > 0 {
		if rest := strings.TrimSpace(v[i+5:]); strings.HasSuffix(rest, " MP") || strings.HasPrefix(rest, "The ") {
			v = v[:i]
		}
	}
	return strings.TrimSpace(v)
}

// bodyConnector reports a name of two words or more joined by "and", "of",
// "for" or "&", as bodies are named and people are not: "Fisheries and
// Oceans Canada", "Department of Health" (not "Jane Roe").
func bodyConnector(v string) bool {
	f := strings.Fields(v)
	if len(f) < 3 {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		switch w {
		case "and", "of", "for", "&":
			return true
		}
	}
	return false
}

// notPortal returns name, or "" where it names a government's web portal
// (Portal), whose page's "From:" entry names the issuer instead, or a
// section of a site (SectionName).
func notPortal(name string) string {
	if Portal(name) || SectionName(name) { // (nor a section's name: "Meetings Coverage and Press Releases")
		return ""
	}
	return name
}

// govWords reports words that name a state, a city or its government:
// "Republic of Kelvania", "Government", "National", "Kelvo City".
func govWords(f []string) bool {
	for _, w := range f {
		switch w {
		case "Republic", "Government", "National", "Official", "State", "Federal", "Kingdom", "City", "Municipal", "Provincial", "County":
			return true
		}
	}
	return false
}

// Portal reports a government's web portal named as a page's site, which
// publishes for every department, no issuer of its own: "GOV.UK",
// "gov.ie", "Republic of Kelvania Portal".
func Portal(name string) bool {
	l := strings.ToLower(strings.TrimSpace(name))
	if f := strings.Fields(name); len(f) >= 2 && f[len(f)-1] == "Portal" && govWords(f[:len(f)-1]) {
		return true // (not a company's: "Kelvo Jobs Portal")
	}
	return strings.HasPrefix(l, "gov.") && len(l) <= 7 && !strings.Contains(l[4:], ".")
}
