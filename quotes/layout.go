package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/internal/htmltext"
)

// A layout is what the shape of a text tells: where the release body is in
// a scraped page, and the metadata around it.
type layout struct {
	body                       entities.Span
	headline                   entities.Span // a headline that quotes, made part of the body (quotedHeadline)
	title, date, place, source string
}

type line struct {
	entities.Span
	text  string // without surrounding space
	words int
}

func splitLines(text string) []line {
	var out []line
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		sp := trimSpan(text, entities.Span{Start: start, End: end})
		t := sp.In(text)
		out = append(out, line{Span: sp, text: t, words: len(strings.Fields(t))})
		start = end + 1
	}
	return out
}

// menuish reports a line of navigation or metadata: a bullet, or a few
// words with no sentence punctuation.
func (l *line) menuish() bool {
	t := l.text
	if t == "" {
		return false
	}
	if t == "-" || t == "*" || t == "•" || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") {
		return true
	}
	return l.words <= 4 && !endsSentence(t)
}

// prose reports a line that reads as running text: not a page title
// with the site's name.
func (l *line) prose() bool {
	if l.menuish() && !(l.words >= 8) {
		return false
	}
	if _, site := siteTitle(l.text); site != "" {
		return false
	}
	return l.words >= 8 && endsSentence(l.text) || l.words >= 25
}

// endsSentence reports a line that ends with sentence punctuation, before
// any closing quotation marks and brackets: "... said.”" does, a headline
// ending in a quotation ("Full support “for ... Guaidó”") or a
// parenthesis ("Phone number: (+32) 2 28 31834 (BXL)") does not.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \u00a0")
	t = strings.TrimRight(t, "”\"’')]»")
	for _, suf := range []string{".", "!", "?", ":", "…"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// detectLayout finds the body of a scraped page and its metadata.
//
// A page (five or more menu lines before the first line of running text)
// is cut into blocks of running text separated by runs of menu lines; the
// body is the block with the most text, so that menus, language lists,
// footers and the site's other news around the release are left out. A
// text that starts with a header (a headline with the site's name, a
// document symbol, a date, "Key:" lines) has its body after the header,
// without trailing tag lines. Any other text is all body.
func detectLayout(text string) layout {
	lines := splitLines(text)
	lay := layout{body: trimSpan(text, entities.Span{Start: 0, End: len(text)})}
	first := -1
	menu := 0
	for i := range lines {
		l := &lines[i]
		if l.prose() && !isMetaKey(l.text) {
			first = i
			break
		}
		if l.menuish() {
			menu++
		}
	}
	switch {
	case first < 0:
		if t := headline(lines); t != "" {
			lay.title = t
		}
		return lay
	case menu >= 5:
		// A page: the block of running text with the most text.
		start, end := bestBlock(lines, first)
		lay.body = entities.Span{Start: lines[start].Start, End: lines[end].End}
		lay.readMeta(lines[:start])
		lay.headline = quotedHeadline(lines, start)
	case isHeader(lines[:first]):
		// A header, then the release; tags or topics may follow it.
		end := len(lines) - 1
		for end > first && !lines[end].prose() && !endsSentence(lines[end].text) {
			end--
		}
		lay.body = entities.Span{Start: lines[first].Start, End: lines[end].End}
		lay.readMeta(lines[:first])
		lay.headline = quotedHeadline(lines, first)
	default:
		lay.title = headline(lines)
	}
	bodyText := lay.body.In(text)
	if lay.place == "" {
		lay.place = introPlace(bodyText)
	}
	if p, d := dateline(bodyText); p != "" || d != "" {
		if lay.place == "" {
			lay.place = p
		}
		if lay.date == "" {
			lay.date = d
		}
	}
	lay.withHeadline()
	return lay
}

// withHeadline makes the body start at a headline that quotes someone,
// once the body's own first lines have given the dateline.
func (lay *layout) withHeadline() {
	if !lay.headline.Empty() && lay.headline.End <= lay.body.Start {
		lay.body.Start = lay.headline.Start
	}
}

// headline returns the first line of a text of several lines when it
// reads as a headline: two to thirty words, no sentence punctuation at the
// end.
func headline(lines []line) string {
	if len(lines) < 2 || lines[0].words < 2 || lines[0].words > 30 {
		return ""
	}
	t, site := siteTitle(lines[0].text)
	if site == "" && endsSentence(t) {
		return ""
	}
	return t
}

// maxGap is the number of lines other than running text (headings,
// captions, bullets) that may stand between two paragraphs of one block.
const maxGap = 3

// bestBlock returns the first and last line of the block of running text
// with the most text, from line first on. A block ends where more than
// maxGap lines of menus, headings or metadata follow its last paragraph.
func bestBlock(lines []line, first int) (start, end int) {
	bestScore := -1
	cur, last, score, gap := first, first, 0, 0
	closeBlock := func() {
		if score > bestScore {
			start, end, bestScore = cur, last, score
		}
	}
	for i := first; i < len(lines); i++ {
		l := &lines[i]
		switch {
		case l.text == "":
		case l.prose() && !isMetaKey(l.text):
			if gap > maxGap {
				closeBlock()
				cur, score = i, 0
			}
			last, gap = i, 0
			score += len(l.text)
		case gap == 0 && l.sentence():
			// A short sentence ("Thank you.") right after running text.
			last = i
		case bulletItem(l.text):
			// An item of a list inside the release ("• 11 branches and 2
			// bookmobiles" under "By the numbers"): no gap in the text.
		default:
			gap++
		}
	}
	closeBlock()
	return start, end
}

// bulletItem reports a line that opens with a list's bullet: "• 61,000
// cardholders", "- 23 stops".
func bulletItem(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "– ")
}

// sentence reports a short line that ends like a sentence and is not a
// "Key:" label.
func (l *line) sentence() bool {
	return l.text != "" && endsSentence(l.text) && !l.menuish() && !isMetaKey(l.text)
}

// isHeader reports whether the lines before a text's first paragraph are
// a header: none ends a sentence (but "Key:" labels), and one at least is
// a page's mark: a headline with the site's name, a date, a document
// symbol ("SG/SM/21982") or a "Key:" label.
func isHeader(lines []line) bool {
	mark := false
	for i := range lines {
		l := &lines[i]
		if l.text == "" {
			continue
		}
		if isMetaKey(l.text) {
			mark = true
			continue
		}
		if endsSentence(l.text) {
			return false
		}
		if _, site := siteTitle(l.text); site != "" || parseDate(l.text) != "" || docSymbol.MatchString(l.text) || crumbs(l.text) {
			mark = true // (also a page's breadcrumbs: "Home > News > Press Releases")
		}
	}
	return mark
}

// docSymbol matches a document symbol alone on its line: "SG/SM/21982",
// "GA/12345", "PR/2023/05".
var docSymbol = regexp.MustCompile(`^[A-Z]{1,6}(?:/[A-Z0-9.-]{1,12}){1,4}$`)

// siteTitle splits a page title with the site's name after a bar:
// "Nagorno-Karabakh: MEPs demand ... | News | European Parliament" gives the
// headline and "European Parliament".
func siteTitle(t string) (title, site string) {
	i := strings.Index(t, " | ")
	if i <= 0 {
		return t, ""
	}
	parts := strings.Split(t, " | ")
	return strings.TrimSpace(t[:i]), strings.TrimSpace(parts[len(parts)-1])
}

// address reports the parts of an address line: a street number before
// the bar, or a postal code after it ("… | Harlan Falls, Ohio 45202").
func address(title, site string) bool {
	f := strings.Fields(title)
	if len(f) > 0 && strings.Trim(f[0], "0123456789-") == "" {
		return true
	}
	g := strings.Fields(site)
	return strings.Contains(site, ",") && len(g) > 0 && strings.ContainsAny(g[len(g)-1][:1], "0123456789") && parseDate(site) == ""
}

// siteName returns the site of a title line whose last part is a date:
// "News release | Kelvale University | May 14, 2025" is Kelvale
// University's; "Admin | July 30, 2024" names none (a byline of one word).
func siteName(site, line string) string {
	if parseDate(site) == "" {
		return site
	}
	parts := strings.Split(line, " | ")
	for k := len(parts) - 2; k > 0; k-- {
		if p := strings.TrimSpace(parts[k]); parseDate(p) == "" {
			if len(strings.Fields(p)) < 2 {
				return ""
			}
			return p
		}
	}
	return ""
}

// quotedHeadline returns the line before line first, the body's first,
// when it is a headline that holds a quotation ("‘We Will Stay the
// Course’, Minister Tells Summit", "Members Warn of Council’s ‘Lost
// Credibility’") or a verb of saying ("Prices Must Fall, Minister Tells
// Summit"): speech the release reports, read as part of the body.
// An empty span when there is none.
func quotedHeadline(lines []line, first int) entities.Span {
	h := first - 1
	for h >= 0 && (lines[h].text == "" || (dateLine(lines[h].text) || datelineLine(lines[h].text)) && h < first-1 && h > first-4) {
		h-- // (past a date under the headline: "Posted on 18 November 2026", "KELVALE, 3 March 2026 --")
	}
	if h >= 0 && statementHeading(lines[h].text) {
		return lines[h].Span // "Statement by Dr Jane Roe, Representative in Kelvania, on …": the speaker of what follows
	}
	if h < 0 || lines[h].words < 4 || endsSentence(lines[h].text) || !hasQuoteMark(lines[h].text) && !headlineSpeech(lines[h].text) {
		return entities.Span{}
	}
	return lines[h].Span
}

// statementHeadingRE matches a heading that names who delivers the text
// below it: "Statement by Dr Jane Roe, Representative in Kelvania, on the
// outbreak", "Remarks by the Minister at …", "Joint statement from …".
var statementHeadingRE = regexp.MustCompile(`^(?:Joint )?(?:[Ss]tatement|[Rr]emarks|[Mm]essage|[Ss]peech|[Aa]ddress|[Oo]pening remarks|[Kk]eynote)s? (?:by|from) \S`)

// statementHeading reports a statement's heading: no sentence, at most
// forty words.
func statementHeading(t string) bool {
	t = strings.TrimSpace(t)
	return statementHeadingRE.MatchString(t) && !endsSentence(t) && len(strings.Fields(t)) <= 40
}

// datelineLine reports a dateline alone on its line, its text on the
// next: "KELVALE, 3 March 2026 --".
func datelineLine(t string) bool {
	m := datelineRE.FindStringIndex(t)
	return m != nil && strings.Trim(t[m[1]:], " -–—") == ""
}

// dateLine reports a line that is a date, or a date that a page posted
// its text on: "18 November 2026", "Posted on 18 November 2026".
func dateLine(t string) bool {
	t = strings.TrimSpace(t)
	return parseDate(t) != "" || postedDate(t) != ""
}

// headlineSpeechVerbs report speech in a headline: "Prices Must Fall,
// Minister Tells Summit", "Rules Needed Now, Say Lawmakers".
var headlineSpeechVerbs = toSet(`Says Say Tells Tell Warns Warn Urges Urge Stresses Stress Insists Underlines Calls Call says say tells warns urges`)

// headlineSpeech reports a headline that reports speech with a verb of
// saying: its words are in title case or it names the speaker after a
// comma.
func headlineSpeech(t string) bool {
	for _, w := range strings.Fields(t) {
		if headlineSpeechVerbs[strings.Trim(w, ",;:")] {
			return true
		}
	}
	return false
}

// hasQuoteMark reports a quotation mark in s: curly double or single
// marks, or straight double ones.
func hasQuoteMark(s string) bool {
	return strings.ContainsAny(s, "“”‘\"«»„")
}

func isMetaKey(t string) bool {
	t = strings.TrimPrefix(t, "- ")
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 4
}

// readMeta reads the metadata of the lines before the body: a title line
// with the site's name, "- Key:" lines and their values, a date alone on
// its line, and otherwise the last headline-like line as the title.
func (lay *layout) readMeta(lines []line) {
	key := ""
	siteNamed := false
	skipSite := false // the site is named under a skip link: bars after it are menus ("Search | Quick Links | Directory")
	// A masthead names a site; a body's name on its own line below it
	// names the body that issues the release ("Kelvale Gov News" over
	// "Ministry of Forests").
	// A body's name alone on the first line names the issuer too ("Kelvale
	// Ministry of Transport"), unless it is the headline.
	fromMasthead, issuing, firstName := false, "", ""
	lettered := false // the first line is a letterhead in capitals
	defer func() {
		if issuing != "" && issuing != lay.title {
			lay.source = issuing
		}
		if lay.source == "" && firstName != "" && firstName != lay.title {
			lay.source = firstName
		}
	}()
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		head, site := siteTitle(l.text) // "Title | Site", or "" for site when the line has no bar
		if site != "" && byline(head) {
			if d := parseDate(site); d != "" && lay.date == "" {
				lay.date = d // "By Staff Writer | October 6, 2026": no title
			}
			continue
		}
		if site != "" && byline(site) {
			if d := parseDate(head); d != "" && lay.date == "" {
				lay.date = d // "November 23, 2026 | By Communications and Marketing"
			}
			continue
		}
		if site != "" && (strings.Contains(site, ":") || shortLabel(head)) {
			continue // "JSE share code: KMH | A2X share code: KMH", "Share: Facebook | Email": no site
		}
		if site != "" && address(head, site) {
			continue // "1400 Courthouse Square, Suite 200 | Harlan Falls, Ohio 45xxx": an address
		}
		if site != "" && postedDate(head) != "" {
			if lay.date == "" {
				lay.date = postedDate(head) // "Posted 20 November 2026 | Conservation, Mammals": a date and tags, no site
			}
			continue
		}
		if lay.source == "" && skipLinkBefore(lines, i) {
			if f := strings.Fields(l.text); len(f) >= 2 && len(f) <= 8 && bodyHead(f[len(f)-1]) {
				lay.source = strings.TrimSpace(l.text) // "Skip to content" over "Tarn & Moor Wildlife Trust"
				skipSite = true
				continue
			}
		}
		if parts := strings.Split(l.text, " | "); len(parts) >= 4 && !siteNamed {
			// a site's menu: "Kelvale University | Study | Research | News |
			// Give"; the site is its first part, if that names a body
			if f := strings.Fields(parts[0]); len(f) >= 2 && lay.source == "" && bodyHead(f[len(f)-1]) {
				lay.source = strings.TrimSpace(parts[0])
			}
			continue
		}
		if site != "" && !unicode.IsUpper([]rune(site)[0]) {
			if d := parseDate(strings.TrimPrefix(head, "Published ")); d != "" && lay.date == "" {
				lay.date = d // "Published 3 November 2026 | 5 minute read"
			}
			if d := parseDate(site); d != "" && lay.date == "" {
				lay.date = d // "NEWS | 1 December 2026"
			}
			continue
		}
		if site != "" && skipSite {
			continue
		}
		if site != "" && sectionLabel(site) && !sectionLabel(head) && !siteNamed {
			// "Acme Robotics | Newsroom": the site's name before its
			// section, no title
			if lay.source == "" {
				lay.source, skipSite = strings.TrimSpace(head), true
			}
			continue
		}
		if site != "" && sectionLabel(head) {
			// "News | University of the Prairie North", "News | Faculty of
			// Veterinary Medicine": a section's breadcrumb, no title; the
			// site is the body it names, unless that is a unit of the body
			// named alone on the first line above it.
			if lay.source == "" {
				lay.source = namedAbove(lines, i)
			}
			if lay.source == "" && bodyName(site) {
				lay.source = site
			}
			if d := parseDate(site); d != "" && lay.date == "" {
				lay.date = d // "NEWS | 1 December 2026"
			}
			continue
		}
		if site != "" && lettered && i <= 2 {
			continue // a letterhead's units under it: "MARROW COUNTY" over "Board of Supervisors | Office of Emergency Services"
		}
		if site != "" && !siteNamed && !strings.HasPrefix(l.text, "- ") {
			lay.title, lay.source, siteNamed = head, siteName(site, l.text), true
			continue
		}
		if m := masthead(l.text); m != "" && lay.source == "" && firstLine(lines, i) {
			lay.source, fromMasthead = m, true // "Kelvale University News"
			continue
		}
		if lay.source == "" && firstLine(lines, i) && letterheadCaps(l.text) {
			lay.source = l.text // "KAROO MUTUAL HOLDINGS LIMITED" above the header's lines
			lettered = true
		}
		if name := registeredName(l.text); lay.source == "" && firstLine(lines, i) && name != "" {
			lay.source = name // "KELVALE ANIMAL RESCUE -- Registered Charity No. SC041772"
			continue
		}
		t := strings.TrimSpace(strings.TrimLeft(l.text, "-*• "))
		if t == "" {
			continue
		}
		if isMetaKey(l.text) {
			key = strings.ToLower(strings.TrimSuffix(t, ":"))
			continue
		}
		if key != "" {
			switch key {
			case "date", "published", "published on":
				if lay.date == "" {
					lay.date = parseDate(t)
				}
			case "place", "location":
				if lay.place == "" {
					lay.place = placeName(t)
				}
			case "source", "issued by", "author":
				if siteNamed || lay.source == "" {
					lay.source, siteNamed = t, false
				}
			}
			if strings.HasPrefix(l.text, "- ") || strings.HasPrefix(l.text, "* ") || l.words <= 6 {
				key = ""
				continue
			}
		}
		key = ""
		if d := postedDate(t); d != "" {
			if lay.date == "" {
				lay.date = d // "Published 16 November 2026"
			}
			continue
		}
		if label, value, ok := strings.Cut(t, ": "); ok && metaLabel(label) {
			if d := parseDate(value); d != "" && lay.date == "" {
				lay.date = d // "Published: 12 November 2026, 09:30"
			}
			switch strings.ToLower(strings.TrimSpace(label)) {
			case "source", "issued by":
				if lay.source == "" {
					lay.source = strings.TrimSpace(value) // "Source: Forum for Security Co-operation"
				}
			}
			continue // "Statistician group: Labour Market Statistics": no title
		}
		if i := strings.Index(t, " · "); i > 0 {
			if d := parseDate(t[:i]); d != "" {
				if lay.date == "" {
					lay.date = d // "November 26, 2026 · 5 min read"
				}
				continue
			}
		}
		if d := parseDate(t); d != "" {
			if lay.date == "" {
				lay.date = d
			}
			continue
		}
		if i := strings.Index(t, ", "); i > 0 && len(strings.Fields(t[:i])) <= 3 && unicode.IsUpper([]rune(t)[0]) {
			if d := parseDate(t[i+2:]); d != "" {
				if lay.date == "" {
					lay.date = d // "Accra, 26th November, 2026": a place and a date
				}
				if lay.place == "" {
					lay.place = t[:i]
				}
				continue
			}
		}
		if fromMasthead && issuing == "" && l.words <= 8 && nameLine(t) && bodyName(t) {
			issuing = t
		}
		if firstName == "" && firstLineOrCrumbs(lines, i) && l.words <= 8 && nameLine(t) && (bodyName(t) || officeName(t)) {
			firstName = t
		}
		if datelineLine(t) {
			// "KELVALE, 3 March 2026 --": a dateline over its text, no title
			if p, d := dateline(t); lay.place == "" && lay.date == "" {
				lay.place, lay.date = p, d
			}
			continue
		}
		// The title: the last headline-like line before the body, e.g.
		// after "Press release", unless a title line named the site.
		if l.words >= 4 && !strings.HasPrefix(l.text, "- ") && !siteNamed && !endsSentence(t) {
			lay.title = t
		}
	}
}

// nameLine reports a line whose every word is capitalized but for the
// small words of a body's name: "Ministry of Forests and Emergency
// Management".
func nameLine(t string) bool {
	for _, w := range strings.Fields(t) {
		switch w {
		case "of", "for", "and", "the", "&", "on", "in":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// shortLabel reports a text that opens with a page's label for sharing or
// filing and a colon: "Share: Facebook", "Tags: climate" (not a headline's
// "Nagorno-Karabakh: MEPs demand …").
func shortLabel(t string) bool {
	c := strings.IndexByte(t, ':')
	if c <= 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(t[:c])) {
	case "share", "share this", "share this page", "tags", "topics", "follow", "follow us", "categories", "filed under":
		return true
	}
	return false
}

// metaLabel reports a label of a page's metadata line before its colon:
// "Published", "Statistician group", "Release date", "Media contact".
func metaLabel(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	switch l {
	case "published", "updated", "last updated", "posted", "date", "release date", "for immediate release", "embargo", "embargoed until", "reference", "ref", "category", "categories", "topic", "topics", "tags", "media contact", "contact", "press contact", "location", "source", "author", "issued by", "issued":
		return true
	}
	return len(strings.Fields(l)) <= 3 && (strings.HasSuffix(l, " group") || strings.HasSuffix(l, " date") || strings.HasSuffix(l, " contact"))
}

// sectionLabel reports a site's section named before a bar, where a
// page's title would stand: "News", "Press releases".
func sectionLabel(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "news", "newsroom", "press", "press releases", "press release", "news releases", "media", "stories", "blog", "events", "latest news", "announcements":
		return true
	}
	return false
}

// namedAbove returns the first line, when it comes before line i and is a
// body's name alone ("Kelvale University of Agricultural Sciences",
// "Tarn & Moor Wildlife Trust"), or "".
func namedAbove(lines []line, i int) string {
	for k := 0; k < i; k++ {
		t := strings.TrimSpace(lines[k].text)
		if t == "" {
			continue
		}
		if endsSentence(t) || !bodyName(t) {
			return ""
		}
		return t
	}
	return ""
}

// bodyName reports a text of two to ten words that names a body, not a
// unit of one, by its head: last ("Tarn & Moor Wildlife Trust") or before
// its complement ("University of the Prairie North").
func bodyName(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 10 {
		return false
	}
	for j, w := range f {
		if bodyHead(w) && (j == len(f)-1 || f[j+1] == "of" || f[j+1] == "for") {
			return true
		}
	}
	return false
}

// postedDate returns the date of "Posted 20 November 2026", "Published
// 3 May 2025", "Updated …", or "".
func postedDate(t string) string {
	for _, p := range [...]string{"Posted ", "Published ", "Updated "} {
		if strings.HasPrefix(t, p) {
			return parseDate(strings.TrimPrefix(strings.TrimPrefix(t, p), "on ")) // (also "Posted on 18 November 2026")
		}
	}
	return ""
}

// bodyHead reports a word that ends a body's name: "University",
// "Council" (entities' list of heads, units excepted).
func bodyHead(w string) bool {
	h, unit := entities.OrgHead(w)
	return h && !unit
}

// letterheadCaps reports a first line in capitals that ends in a
// company's legal word or names an office: "ACME MUTUAL HOLDINGS
// LIMITED", "ZENTRIX PLC", "OFFICE OF THE ATTORNEY GENERAL", or names a
// local government: "MARROW COUNTY", "CITY OF RIVERTOWN".
func letterheadCaps(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ToUpper(t) != t || len(strings.Fields(t)) < 2 {
		return false
	}
	f := strings.Fields(t)
	if len(f) >= 3 && f[0] == "OFFICE" && f[1] == "OF" {
		return true // "OFFICE OF THE ATTORNEY GENERAL"
	}
	if len(f) >= 3 && len(f) <= 8 {
		for i := 0; i+2 < len(f) && i < 3; i++ {
			if (f[i+1] == "OF" || f[i+1] == "FOR") && bodyHead(entities.CapsWord(f[i])) {
				return true // "MINISTRY OF HEALTH", "DEPARTMENT FOR TRANSPORT", "KELVALE DEPARTMENT OF ROADS"
			}
		}
	}
	switch f[len(f)-1] {
	case "LIMITED", "LTD", "LTD.", "PLC", "INC.", "INC", "CORPORATION", "HOLDINGS", "GROUP", "AG", "SA", "NV", "N.V.", "S.A.":
		return true
	}
	last := f[len(f)-1]
	switch {
	case len(f) <= 4 && (last == "COUNTY" || last == "TOWNSHIP" || last == "BOROUGH" || last == "PARISH"):
		return true // a local government's: "MARROW COUNTY"
	case len(f) <= 5 && (f[0] == "CITY" || f[0] == "COUNTY" || f[0] == "TOWN" || f[0] == "STATE" || f[0] == "VILLAGE") && f[1] == "OF":
		return true // "CITY OF RIVERTOWN"
	}
	tc := entities.CapsWord(last)
	return len(f) <= 6 && len(last) > 2 && (bodyHead(tc) || entities.EndHead(tc)) // "THE CIVITAS FORUM", "KELVALE WILDLIFE TRUST", "KELVO INTERNATIONAL"
}

// registeredName returns the name before a dash or bar on a line that
// gives its registration, "KELVALE ANIMAL RESCUE -- Registered Charity No.
// SC041772", "Kelvale Trust | Company number 0123", or after an acronym,
// "KUNT -- Kelvale University of Northern Tromsø"; or "".
func registeredName(t string) string {
	for _, sep := range [...]string{" -- ", " — ", " – ", " | ", " - "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		if acr, name := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):]); len(strings.Fields(acr)) == 1 && len(acr) <= 8 && bodyName(name) && !strings.Contains(name, sep) {
			return name // "KUNT -- Kelvale University of Northern Tromsø": an acronym and the body's name
		}
		rest := strings.ToLower(t[i+len(sep):])
		if !strings.Contains(rest, "registered") && !strings.Contains(rest, "charity no") && !strings.Contains(rest, "charity number") && !strings.Contains(rest, "company no") && !strings.Contains(rest, "company number") {
			continue
		}
		if name := strings.TrimSpace(t[:i]); len(strings.Fields(name)) >= 2 && len(strings.Fields(name)) <= 8 {
			return name
		}
	}
	return ""
}

// byline reports a writer's credit: "By Staff Writer", "By Jane Roe".
func byline(t string) bool {
	return strings.HasPrefix(t, "By ") && len(strings.Fields(t)) <= 5
}

// mastheadRE matches a site's masthead: a name of two to six capitalized
// words and a word for its news desk, "Kelvale University News", "Acme
// Robotics Newsroom".
var mastheadRE = regexp.MustCompile(`^((?:[A-Z][\p{L}’'.&-]*\s){1,5}[A-Z][\p{L}’'.&-]*)\s+(?:News|Newsroom|Press Office|Media Centre|Media Center)$`)

// masthead returns the site's name of a masthead line, or "".
func masthead(t string) string {
	if m := mastheadRE.FindStringSubmatch(strings.TrimSpace(t)); m != nil {
		return m[1]
	}
	return ""
}

// skipLinkBefore reports a page's "Skip to content" link on the line
// before line i (blank lines and a menu's line of bars aside), over the
// site's name.
func skipLinkBefore(lines []line, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := strings.TrimSpace(lines[k].text)
		if t == "" || strings.Count(t, " | ") >= 3 {
			continue // "Home | Statistics | Publications | About us"
		}
		return strings.HasPrefix(strings.ToLower(t), "skip to ")
	}
	return false
}

// firstLineOrCrumbs reports whether line i is the first non-empty line
// or comes right after a page's breadcrumbs ("Home > News > Press
// Releases").
func firstLineOrCrumbs(lines []line, i int) bool {
	for k := 0; k < i; k++ {
		if t := lines[k].text; t != "" && !crumbs(t) {
			return false
		}
	}
	return true
}

// crumbs reports a page's breadcrumbs: "Home > News > Press Releases".
func crumbs(t string) bool { return strings.Count(t, " > ") >= 2 }

// officeName reports the name of an office that is a body: "Kelvale
// County Sheriff's Office".
func officeName(t string) bool {
	return strings.HasSuffix(t, "'s Office") || strings.HasSuffix(t, "’s Office")
}

// firstLine reports whether line i is the first non-empty line.
func firstLine(lines []line, i int) bool {
	for k := 0; k < i; k++ {
		if lines[k].text != "" {
			return false
		}
	}
	return true
}

// introRE matches the line that introduces a statement or remarks in UN
// releases: "Following are UN Secretary-General António Guterres’
// remarks to the Women’s Civil Society Town Hall, in New York today:".
var introRE = regexp.MustCompile(`^(?:Following (?:is|are)|The following) [^:\n]{0,400}?, in ((?:[A-Z][\p{L}’'.-]+ ?){1,4}) today:`)

// introPlace returns the place of an introduction line at the start of a
// body, or "".
func introPlace(body string) string {
	if m := introRE.FindStringSubmatch(body[:min(len(body), 600)]); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// placeName turns "VIENNA" or "NEW YORK" into "Vienna", "New York".
func placeName(s string) string {
	s = strings.TrimSpace(s)
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

var datelineRE = regexp.MustCompile(`^\s*([A-Z][A-Z.'’ -]{1,40}?)(?:, ([A-Z][A-Za-z. ]{1,30}?))?,\s*((?:\d{1,2} [A-Z][a-z]+\.? \d{4})|(?:[A-Z][a-z]+\.? \d{1,2},? \d{4})|(?:[A-Z][a-z]+\.? \d{1,2}))?\s*(?:\([A-Za-z]+\))?\s*[–—-]`)

// dateline reads the place and date of a release's dateline ("VIENNA, 17
// October 2018 – ...").
func dateline(body string) (place, date string) {
	if len(body) > 200 {
		body = body[:200]
	}
	m := datelineRE.FindStringSubmatch(body)
	if m == nil {
		return "", ""
	}
	return placeName(strings.TrimSpace(m[1])), parseDate(m[3])
}

// parseDate returns a date in ISO 8601 form, or "" when s holds no full date.
func parseDate(s string) string { return htmltext.ParseDate(s) }
