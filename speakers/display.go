package speakers

import (
	"strings"

	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// lowerParticles are the particles inside a name written in lower case
// when the name is given in capitals.
var lowerParticles = toSet("van von der den de del della da di du la le bin binti binte ibn ter ten")

// displayName gives a person's name written in capitals, as meetings
// coverage and many agencies write it, the case of running text: "JANE
// ROE" is "Jane Roe", "Richard Alvarez ROE" is "Richard Alvarez Roe",
// "JEAN-CLAUDE O'NEILL" is "Jean-Claude O'Neill". Words in mixed case and
// initials ("J.") stay as written; a name broken over two lines of
// wrapped text ("Dr. Jane\nRoe") is on one. The mentions keep the text's
// spelling.
func displayName(name string) string {
	if strings.ContainsAny(name, "\n\t\r") || strings.Contains(name, "  ") {
		name = strings.Join(strings.Fields(name), " ")
	}
	if !strings.ContainsFunc(name, unicode.IsUpper) || !anyCapsWord(name) {
		return name // no word in capitals: nothing to change ("Jane Roe")
	}
	words := strings.Split(name, " ")
	// The words in capitals are the whole name ("JANE ROE") or its
	// family name at the end ("Richard Alvarez ROE"); a word in capitals
	// before others in mixed case is an acronym ("SDG Stimulus").
	last := len(words) - 1
	for last > 0 && isNameSuffix(words[last]) {
		last--
	}
	allCaps := true
	for _, w := range words {
		if !capsWord(w) && !isNameSuffix(w) && !strings.HasSuffix(w, ".") {
			allCaps = false
		}
	}
	changed := false
	for i, w := range words {
		if capsWord(w) && !isNameSuffix(w) && !knownAcronym(w) && (allCaps || i == last) {
			words[i] = titleWord(w)
			if i > 0 && i < last && lowerParticles[strings.ToLower(w)] {
				words[i] = strings.ToLower(w) // "MARGARETHA VAN DEN BERG" is "Margaretha van den Berg"
			}
			changed = true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// anyCapsWord reports whether a word of name, split at spaces, is in
// capitals (capsWord), without building the list of words.
func anyCapsWord(name string) bool {
	for name != "" {
		w, rest, _ := strings.Cut(name, " ")
		if capsWord(w) {
			return true
		}
		name = rest
	}
	return false
}

// knownAcronym reports a word in capitals that the lists know as an
// organization or its head: "PAC", "UN", "NATO".
func knownAcronym(w string) bool {
	if head, _ := entities.OrgHead(w); head {
		return true
	}
	_, ok := entities.LookupOrg(w)
	return ok
}

// capsWord reports a word of two or more letters, all of them capitals.
func capsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r == '.':
			return false // an initial or abbreviation: "J.", "U.S."
		}
	}
	return letters >= 2
}

// titleWord lower-cases a word but for the first letter of each part
// after a hyphen or apostrophe: "O'NEILL" is "O'Neill".
func titleWord(w string) string {
	var b strings.Builder
	start, part := true, 0 // part: letters since the last hyphen or apostrophe
	for len(w) > 0 {
		r, n := utf8.DecodeRuneInString(w)
		w = w[n:]
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		switch {
		case r == '-':
			start, part = true, 0
		case r == '\'' || r == '’':
			// "O'Neill", but "He's": a one-letter prefix and more after it
			start, part = part == 1 && utf8.RuneCountInString(w) > 1, 0
		default:
			start = false
			part++
		}
	}
	return b.String()
}
