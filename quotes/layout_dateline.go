package quotes

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/internal/htmltext"
)

// The place and date of a release: its dateline, a line that is a date or
// says when a page posted its text, an introduction's "in New York today".

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

// postedDate returns the date of "Posted 20 November 2026", "Published
// 3 May 2025", "Updated …", "Posted on 18 November 2026", "Posted on:
// November 4, 2025", "Published: 3 May 2025", "Posted On: 21 NOV 2024
// 4:32PM by Press Desk Kelvale", or "".
func postedDate(t string) string {
	for _, p := range [...]string{"Posted", "Published", "Updated"} {
		rest, ok := strings.CutPrefix(t, p)
		if !ok || rest == "" || rest[0] != ' ' && rest[0] != ':' {
			continue
		}
		rest = strings.TrimLeft(rest, ": ")
		if r, ok := cutPrefixFold(rest, "on"); ok && r != "" && (r[0] == ' ' || r[0] == ':') {
			rest = strings.TrimLeft(r, ": ")
		}
		if !strings.Contains(rest, " | ") {
			rest, _, _ = strings.Cut(rest, " by ") // (and its writer: "Posted on 22 April 2025 by Corporate Affairs"; not a bar of a date and sections, read as such)
		}
		return parseDate(rest)
	}
	return ""
}

// cutPrefixFold is strings.CutPrefix with the prefix in any case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
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
		if m := datelineTitleRE.FindStringSubmatch(body); m != nil {
			return m[1], parseDate(m[2])
		}
		return "", ""
	}
	return placeName(strings.TrimSpace(m[1])), parseDate(m[3])
}

// datelineTitleRE matches a dateline whose place is in title case, with a
// full date: "Palermo, 18 February 2025 –", "San Pedro, March 3, 2026 -",
// its state's letters after it too: "Blumenau (SC), 2 September 2025 –".
var datelineTitleRE = regexp.MustCompile(`^\s*([A-Z][\p{L}’'.-]+(?: [A-Z][\p{L}’'.-]+){0,2})(?: \([A-Z]{2,3}\))?,\s*(\d{1,2} [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})\s*[–—-]`)

// parseDate returns a date in ISO 8601 form, or "" when s holds no full date.
func parseDate(s string) string { return htmltext.ParseDate(s) }

// datelineSourceRE matches a dateline with its source in parentheses after
// the date: "GENEVA, 3 June (MWC Secretariat) –".
var datelineSourceRE = regexp.MustCompile(`^\s*[A-Z][A-Za-z.'’ -]{1,40}?,\s*(?:\d{1,2} [A-Z][a-z]+\.?(?: \d{4})?|[A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?)\s*\(([^()]{2,60})\)\s*[–—-]`)

// datelineSource returns the body a dateline names as the release's source,
// in parentheses after the date, as UN meetings coverage does: "MWC
// Secretariat" of "GENEVA, 3 June (MWC Secretariat) – …"; "" when there is
// none or it names no body ("(Reuters)" is a wire's, not an issuer's).
func datelineSource(body string) string {
	if len(body) > 200 {
		body = body[:200]
	}
	m := datelineSourceRE.FindStringSubmatch(body)
	if m == nil {
		return ""
	}
	f := strings.Fields(m[1])
	if len(f) == 0 {
		return "" // "(  )"
	}
	if h, _ := entities.OrgHead(f[len(f)-1]); !bodyName(m[1]) && !(len(f) >= 2 && h) {
		return ""
	}
	return strings.TrimSpace(m[1])
}
