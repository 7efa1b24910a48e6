package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// The lines of a text and what their shape tells of each: a menu's or
// metadata's line, running text, a short sentence, a list's item, a
// "Key:" label.

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

// joinWrapped joins the lines of a paragraph hard-wrapped at a fixed width,
// as e-mailed releases are (hardWrapped), into one line: a line of eight words or more
// that ends no sentence goes on in the next one ("… announced today that
// two owners" over "of a Kelvale home health agency were sentenced …"),
// so that the paragraph reads as running text, not as a run of menu lines.
func joinWrapped(text string, lines []line) []line {
	if !hardWrapped(lines) {
		return lines
	}
	out := lines[:0:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for i+1 < len(lines) && l.words >= 8 && !endsSentence(l.text) && wrapsOn(&lines[i+1]) {
			i++
			l.End = lines[i].End
			l.text = l.In(text)
			l.words += lines[i].words
		}
		out = append(out, l)
	}
	return out
}

// wrapWidth is the widest line of a text hard-wrapped for e-mail.
const wrapWidth = 100

// hardWrapped reports a text whose lines of running text are wrapped at a
// fixed width: five lines of eight words or more at least, one in ten of
// them at most wider than wrapWidth bytes (a headline), where a page's
// text or a release written with a line per paragraph has many wider
// lines, and three at least that cut a sentence before a lower-case word
// (a menu's lines open with capitals).
func hardWrapped(lines []line) bool {
	narrow, wide, cut := 0, 0, 0
	for i := range lines {
		switch l := &lines[i]; {
		case l.words < 8:
		case len(l.text) <= wrapWidth:
			narrow++
			if i+1 < len(lines) && !endsSentence(l.text) && startsLower(lines[i+1].text) {
				cut++
			}
		default:
			wide++
		}
	}
	return narrow >= 5 && wide <= narrow/10 && cut >= 3
}

// startsLower reports a line that opens with a lower-case letter.
func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// wrapsOn reports a line that can go on a wrapped line above: not empty,
// no list's item and no "Key:" label.
func wrapsOn(l *line) bool {
	return l.text != "" && !bulletItem(l.text) && !isMetaKey(l.text)
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

// rosterLine reports a line of a roster at a release's end, a name and
// a dash before a title and its body: "Mr. Tom Vale — President, Kelvo
// Surveyors' Institute". The body keeps it: it gives the titles of people
// the release quotes. The name is two to five capitalized words.
func rosterLine(t string) bool {
	var name, role string
	for _, dash := range [...]string{" — ", " – "} {
		if a, b, ok := strings.Cut(t, dash); ok {
			name, role = a, b
			break
		}
	}
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 5 || !strings.Contains(role, ",") || len(strings.Fields(role)) > 14 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
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

// bulletItem reports a line that opens with a list's bullet: "• 61,000
// cardholders", "- 23 stops".
func bulletItem(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "– ")
}

// labelledFigure reports a line of a list of figures, each a short label
// and a colon before an amount: a sum ("Net debt: US$1.37 billion (June
// 30, 2024: US$1.58 billion)", "Revenue: ₹ 1,482 crore") or a number and
// its unit ("Copper sales: 59,800 tonnes", "Margin: 14.4%"); not a
// telephone's number ("Tel: 0800 555 010"), a count ("Views: 1204"), a
// date ("Posted: 10 March 2025") or a time ("Read time: 3 min").
func labelledFigure(t string) bool {
	k, v, ok := strings.Cut(strings.TrimSpace(t), ": ")
	if !ok || k == "" || len(strings.Fields(k)) > 5 || !unicode.IsUpper([]rune(k)[0]) || strings.HasSuffix(k, ".") || parseDate(v) != "" {
		return false
	}
	amount := strings.TrimLeft(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") // a currency's country: "US$", "C$"
	r, n := utf8.DecodeRuneInString(amount)
	if unicode.Is(unicode.Sc, r) {
		r, _ = utf8.DecodeRuneInString(strings.TrimLeft(amount[n:], " "))
		return unicode.IsDigit(r)
	}
	f := strings.Fields(v)
	if amount != v || !unicode.IsDigit(r) || len(f) < 1 {
		return false // (not letters before a code: "ISIN: ZAE000123456")
	}
	if strings.HasSuffix(f[0], "%") {
		return true
	}
	if len(f) < 2 || timeUnits[strings.ToLower(f[1])] {
		return false
	}
	u, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsLower(u) || f[1] == "%"
}

// timeUnits are the units of a time, a page's metadata more often than a
// release's figure: "Read time: 3 min".
var timeUnits = map[string]bool{"min": true, "mins": true, "minute": true, "minutes": true, "sec": true, "secs": true, "seconds": true, "hours": true, "hrs": true}

// figureItem reports an item of a list of figures that a page's list
// gives without its bullet: a line that opens with a number or an amount,
// four words or more, two of them in lower case, and no date ("412
// workplaces inspected (268 construction sites)", "€1.92 million recovered
// for 2,716 workers"; not "21 July 2025 Kelvo opens branch", nor "6 pm
// Thursday: public meeting").
func figureItem(t string) bool {
	t = strings.TrimSpace(t)
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsDigit(r) && !unicode.Is(unicode.Sc, r) {
		return false
	}
	f := strings.Fields(t)
	lower := 0
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return len(f) >= 4 && lower >= 2 && !strings.Contains(t, ":") && parseDate(t) == "" && parseDate(strings.Join(f[:3], " ")) == ""
}

// figureLists marks the lines from first that are items of a list of
// figures inside the running text (figureItem): three such lines or more
// in a row, right after a line of running text and right before one. A
// page's statistics box under its tagline, a list of headlines or of
// event times elsewhere on the page are none.
func figureLists(lines []line, first int) map[int]bool {
	var in map[int]bool
	prev := -1 // the last non-empty line before the run
	for i := first; i < len(lines); i++ {
		if lines[i].text == "" || !figureItem(lines[i].text) {
			if lines[i].text != "" {
				prev = i
			}
			continue
		}
		j := i
		for j < len(lines) && lines[j].text != "" && figureItem(lines[j].text) {
			j++
		}
		next := j
		for next < len(lines) && lines[next].text == "" {
			next++
		}
		if j-i >= 3 && prev >= 0 && lines[prev].prose() && next < len(lines) && lines[next].prose() {
			if in == nil {
				in = map[int]bool{}
			}
			for k := i; k < j; k++ {
				in[k] = true
			}
		}
		i = j - 1
	}
	return in
}

// tableRow reports a row of a table of figures laid out with spaces: a
// label, then two cells or more set apart by runs of three spaces, each a
// figure ("Gross earnings        612.4     471.9     +29.8%"). A list of
// news with its dates ("21 Jul 2025    Kelvo opens branch    Read more"),
// opening hours or a ticker are none.
func tableRow(t string) bool {
	cells := wideSpaces.Split(strings.TrimSpace(t), -1)
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells[1:] {
		if !figureCell(c) {
			return false
		}
	}
	return true
}

// figureCell reports a cell of a table of figures: digits and the signs
// around them, at most three letters ("612.4", "+29.8%", "£1,284.6m",
// "£2.14bn", "+40bps", "(4.1)").
func figureCell(c string) bool {
	digits, letters := 0, 0
	for _, r := range c {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		case strings.ContainsRune(".,%+-–−()£$€¥ ", r):
		default:
			return false
		}
	}
	return digits > 0 && letters <= 3
}

// signsQuotation reports a line that signs the quotation ending the line
// above: a dash, then a capitalized word ("“… the seahorses too.”" over
// "– Priya, volunteer seagrass surveyor").
func signsQuotation(above, t string) bool {
	above = strings.TrimRight(above, " \u00a0")
	if !strings.HasSuffix(above, "”") && !strings.HasSuffix(above, "\"") {
		return false
	}
	for _, dash := range [...]string{"– ", "— ", "- "} {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(t), dash); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r) && len(strings.Fields(rest)) <= 16
		}
	}
	return false
}

// sentence reports a short line that ends like a sentence and is not a
// "Key:" label.
func (l *line) sentence() bool {
	return l.text != "" && endsSentence(l.text) && !l.menuish() && !isMetaKey(l.text)
}

func isMetaKey(t string) bool {
	t = strings.TrimPrefix(t, "- ")
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 4
}

// keyValueLine reports a line of a page's entries set off by bars, each
// a short key, a colon and its value, the first a date: "Date: 14 March
// 2025 | Source: GIS".
func keyValueLine(t string) bool {
	parts := strings.Split(t, " | ")
	for _, p := range parts {
		k, v, ok := strings.Cut(p, ": ")
		if !ok || strings.TrimSpace(v) == "" || len(strings.Fields(k)) > 3 || k == "" || !unicode.IsUpper([]rune(k)[0]) {
			return false
		}
	}
	return len(parts) >= 2 && len(t) < 120 && parseDate(strings.TrimSpace(strings.SplitN(parts[0], ": ", 2)[1])) != ""
}
