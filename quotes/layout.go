package quotes

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// Where a release's body is in a text (detectLayout): the block of running
// text with the most text on a scraped page, or what follows a header; the
// lines, headline, metadata, issuer's name and dateline it reads are in
// layout_*.go.

// A layout is what the shape of a text tells: where the release body is in
// a scraped page, and the metadata around it.
type layout struct {
	body                       entities.Span
	headline                   entities.Span // a headline that quotes, made part of the body (quotedHeadline)
	title, date, place, source string
	blockquotes                []entities.Span // the page's quotations set apart (<blockquote>), from ReadHTML
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
	lines := joinWrapped(text, splitLines(text))
	lay := layout{body: trimSpan(text, entities.Span{Start: 0, End: len(text)})}
	first := -1
	menu := 0
	for i := range lines {
		l := &lines[i]
		if l.prose() && !isMetaKey(l.text) && !cookieBanner(l.text) {
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
		for end > first && !lines[end].prose() && !endsSentence(lines[end].text) && !rosterLine(lines[end].text) && !signatureUnderQuote(lines, end) {
			end--
		}
		lay.body = entities.Span{Start: lines[first].Start, End: lines[end].End}
		lay.readMeta(lines[:first])
		lay.headline = quotedHeadline(lines, first)
	default:
		lay.title = headline(lines)
		for i := 0; i < len(lines) && i < 3 && lay.source == ""; i++ {
			lay.source = publisherLine(lines[i].text)
		}
		for i := range lines {
			if lines[i].text != "" {
				if lay.source == "" && (letterheadCaps(lines[i].text) || capsOverLabel(lines, i) || nameOverLabel(lines, i)) && !strings.HasPrefix(lines[i].text, "STATE OF ") { // (a state's letterhead stands over its office's: "STATE OF KELVO" over "Office of the Attorney General")
					lay.source = lines[i].text // "VILLE DE KELVE" over a header the layout cannot read
					if o := officeAt(lines, i); o != "" {
						lay.source = o // "U.S. Attorney’s Office" over its district's line: "U.S. Attorney’s Office, Western District of Kelvo"
					}
				}
				break
			}
		}
	}
	if lay.source == "" {
		lay.source = issuedBy(lines)
	}
	lay.source = departmentUnder(lines, withoutLabel(lay.source))
	bodyText := lay.body.In(text)
	if lay.place == "" {
		lay.place = introPlace(bodyText)
	}
	p, d := dateline(bodyText)
	if p == "" && d == "" && first > 0 && lines[first].Start > lay.body.Start {
		p, d = dateline(lines[first].text) // under a letterhead the layout kept in the body: "Palermo, 18 February 2025 – Officers …"
	}
	if p != "" || d != "" {
		if lay.place == "" {
			lay.place = p
		}
		if lay.date == "" {
			lay.date = d
		}
	}
	if lay.source == "" {
		lay.source = datelineSource(bodyText) // "GENEVA, 3 June (MWC Secretariat) –"
		if lay.source == "" && first > 0 {
			lay.source = datelineSource(lines[first].text)
		}
	}
	lay.withHeadline()
	return lay
}

// withoutLabel returns a letterhead's name without the release's label
// or the site's motto after a dash or bar: "NORTH KELVO POLICE – NEWS
// RELEASE" gives "NORTH KELVO POLICE".
func withoutLabel(t string) string {
	for _, sep := range [...]string{" – ", " — ", " - ", " | "} {
		if i := strings.LastIndex(t, sep); i > 0 && (releaseLabelLine(strings.TrimSpace(t[i+len(sep):])) || motto(t[:i], t[i+len(sep):])) {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// motto reports a site's motto after its name and a dash: "Re Sebetsa
// Mmoho" of "Ntsoana Metro – Re Sebetsa Mmoho", "Working for you" of
// "Kelvo Council – Working for you": two to five words, none a body's
// head, after a name that holds one ("Metro", "Council").
func motto(name, m string) bool {
	f, g := strings.Fields(m), strings.Fields(name)
	if len(f) < 2 || len(f) > 5 || len(g) < 2 {
		return false
	}
	for k, w := range f {
		if h, _ := entities.OrgHead(w); h || bodyHead(entities.CapsWord(w)) {
			return false // a body after the dash: "Kelvo Trust – Orrin Water Board"
		}
		if k > 0 && k+1 < len(f) && (w == "of" || w == "and" || w == "&") && unicode.IsUpper([]rune(f[k-1])[0]) && unicode.IsUpper([]rune(f[k+1])[0]) {
			return false // a name joined by "of" or "and": "Republic of Orrin", "Parks and Recreation"
		}
	}
	for _, w := range g {
		if bodyHead(w) || w == "Metro" {
			return true
		}
	}
	return false
}

// withHeadline makes the body start at a headline that quotes someone,
// once the body's own first lines have given the dateline.
func (lay *layout) withHeadline() {
	if !lay.headline.Empty() && lay.headline.End <= lay.body.Start {
		lay.body.Start = lay.headline.Start
	}
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
	inList := figureLists(lines, first)
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
		case gap == 0 && signsQuotation(lines[last].text, l.text):
			// "– Priya, volunteer seagrass surveyor" under a quotation
			// that ends the running text: who said it.
			last = i
		case bulletItem(l.text) || tableRow(l.text) || inList[i] || labelledFigure(l.text):
			// An item of a list inside the release ("• 11 branches and 2
			// bookmobiles" under "By the numbers"), a row of a table of
			// figures ("Copper sales: 59,800 tonnes" under "Highlights"): no
			// gap in the text.
		default:
			gap++
		}
	}
	closeBlock()
	return start, end
}

// isHeader reports whether the lines before a text's first paragraph are
// a header: none ends a sentence (but "Key:" labels), and one at least is
// a page's mark: a headline with the site's name, a date, a document
// symbol ("SG/SM/21982"), a "Key:" label, a page's breadcrumbs, or a
// "From:" line under a release's label.
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
		if endsSentence(l.text) && !searchBox(l.text) {
			return false
		}
		if _, site := siteTitle(l.text); site != "" || parseDate(l.text) != "" || docSymbol.MatchString(l.text) || crumbs(l.text) {
			mark = true // (also a page's breadcrumbs: "Home > News > Press Releases")
		}
		if strings.HasPrefix(l.text, "From: ") && releaseLabelBefore(lines, i) {
			mark = true // "From: Kelvo Infrastructure Canada" under "News release"
		}
	}
	return mark
}

// signatureUnderQuote reports a line that opens with a dash right under a
// line that closes a quotation: "– Jane Roe, Mayor of Kelvo" under
// "“…”", the quotation's signature, part of the body.
func signatureUnderQuote(lines []line, i int) bool {
	t := strings.TrimSpace(lines[i].text)
	if !strings.HasPrefix(t, "– ") && !strings.HasPrefix(t, "— ") && !strings.HasPrefix(t, "- ") {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if p := strings.TrimSpace(lines[k].text); p != "" {
			return strings.HasSuffix(p, "”") || strings.HasSuffix(p, "\"")
		}
	}
	return false
}

// releaseLabelBefore reports a release's label ("News release") on a line
// before line i.
func releaseLabelBefore(lines []line, i int) bool {
	for k := 0; k < i; k++ {
		if releaseLabelLine(lines[k].text) {
			return true
		}
	}
	return false
}

// docSymbol matches a document symbol alone on its line: "SG/SM/21982",
// "GA/12345", "PR/2023/05".
var docSymbol = regexp.MustCompile(`^[A-Z]{1,6}(?:/[A-Z0-9.-]{1,12}){1,4}$`)
