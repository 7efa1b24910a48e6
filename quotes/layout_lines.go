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
