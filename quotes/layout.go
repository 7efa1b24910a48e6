package quotes

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// A layout is what the shape of a text tells: where the release body is in
// a scraped page, and the metadata around it.
type layout struct {
	body                       entities.Span
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

// prose reports a line that reads as running text.
func (l *line) prose() bool {
	if l.menuish() && !(l.words >= 8) {
		return false
	}
	return l.words >= 8 && endsSentence(l.text) || l.words >= 25
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \u00a0")
	for _, suf := range []string{".", "!", "?", "”", "\"", "’", ":", ")", "…"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// detectLayout finds the body of a scraped page (a site menu, a title and
// metadata lines before the release; a footer after it) and its metadata.
// A text that does not look like a page is all body.
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
	if first < 0 {
		return lay
	}
	if menu >= 5 {
		// A page: the body starts at the first prose line and ends at the
		// last one before the footer.
		last := first
		for i := first; i < len(lines); i++ {
			if lines[i].prose() {
				last = i
			}
		}
		lay.body = entities.Span{Start: lines[first].Start, End: lines[last].End}
		lay.readMeta(lines[:first])
	} else if len(lines) > 1 && lines[0].words > 0 && lines[0].words <= 30 && !lines[0].menuish() {
		// A headline on the first line.
		lay.title = strings.TrimSuffix(lines[0].text, ".")
	}
	bodyText := lay.body.In(text)
	if p, d := dateline(bodyText); p != "" || d != "" {
		if lay.place == "" {
			lay.place = p
		}
		if lay.date == "" {
			lay.date = d
		}
	}
	return lay
}

func isMetaKey(t string) bool {
	t = strings.TrimPrefix(t, "- ")
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 4
}

// readMeta reads the title and "- Key:" metadata lines before the body.
func (lay *layout) readMeta(lines []line) {
	key := ""
	for i, l := range lines {
		t := strings.TrimSpace(strings.TrimLeft(l.text, "-*• "))
		if t == "" {
			continue
		}
		if isMetaKey(l.text) {
			key = strings.ToLower(strings.TrimSuffix(t, ":"))
			continue
		}
		if key != "" && (strings.HasPrefix(l.text, "- ") || strings.HasPrefix(l.text, "* ")) {
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
				if lay.source == "" {
					lay.source = t
				}
			}
			continue
		}
		key = ""
		// The title: the longest line without sentence punctuation after the
		// last menu block, e.g. after "Press release".
		if l.words >= 4 && !strings.HasPrefix(l.text, "- ") {
			if i > 0 || lay.title == "" {
				lay.title = t
			}
		}
	}
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

var dateLayouts = []string{"2 January 2006", "January 2, 2006", "January 2 2006", "Jan. 2, 2006", "Jan 2, 2006", "2006-01-02", "2 Jan 2006", "Monday, 2 January 2006", "Monday, January 2, 2006", "02/01/2006"}

// parseDate returns a date in ISO 8601 form, or "" when s holds no full date.
func parseDate(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Replace(s, "Sept.", "Sep.", 1)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
