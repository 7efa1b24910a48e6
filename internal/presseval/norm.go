package presseval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The text forms of score_press.py, ported one to one. Python's character
// classes are reproduced: its \s (str.isspace: Go's white space plus the
// separators U+001C..U+001F), its \w (str.isalnum or '_': letters and
// numbers), unicodedata.combining (a non-zero canonical combining class)
// and str.lower (simple lower-case mappings, and Σ as ς at the end of a
// word). The Unicode tables differ in version (Python 3.11 ships 14.0, Go
// 15.0), which only matters for characters added in 15.0.

// pySpace reports whether Python's str.isspace holds for r.
func pySpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// pyWord reports whether Python's \w matches r.
func pyWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// replacer is norm's replacements after the marks are dropped: curly
// quotation marks to straight ones, a no-break space to a space, the
// Polish ł (which has no decomposition) to l.
var replacer = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ", "ł", "l", "Ł", "L")

// Norm is score_press.py's norm: NFKD without combining marks, the quote
// and space replacements, 'ł' to 'l', white space runs to one space,
// trimmed, lower case. Norm("  Łukasz  Nowak’s ") is "lukasz nowak's".
func Norm(s string) string {
	s = norm.NFKD.String(validUTF8(s))
	var b strings.Builder
	for i := 0; i < len(s); {
		p := norm.NFKD.PropertiesString(s[i:])
		_, size := utf8.DecodeRuneInString(s[i:])
		if p.CCC() == 0 {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	s = replacer.Replace(b.String())
	// White space runs to one space, trimmed.
	b.Reset()
	space := false
	for _, r := range s {
		if pySpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return pyLower(b.String())
}

// Bare is score_press.py's bare: the runs of word characters (letters,
// numbers, '_') of Norm(s), joined by one space. Bare("“Hello, World!”")
// is "hello world".
func Bare(s string) string {
	return strings.Join(wordRuns(Norm(s), nil), " ")
}

// wordRuns returns the maximal runs of s whose runes are \w or in extra:
// Python's re.findall(r"[\w...]+", s).
func wordRuns(s string, extra func(rune) bool) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !pyWord(r) && (extra == nil || !extra(r)) })
}

// pyLower is Python's str.lower: each rune's lower case, and a capital
// sigma after a cased letter and not before one as the final ς. (The one
// unconditional multi-rune mapping, İ, never reaches it: NFKD splits it.)
func pyLower(s string) string {
	if !strings.ContainsRune(s, 'Σ') {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = unicode.ToLower(r)
		if r == 'Σ' && finalSigma(rs, i) {
			out[i] = 'ς'
		}
	}
	return string(out)
}

// finalSigma is Unicode's Final_Sigma condition, as CPython tests it: a
// cased letter before i and none after it, case-ignorable runes skipped.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is Unicode's Case_Ignorable: marks, format characters,
// modifiers, and the Word_Break classes MidLetter, MidNumLet and
// Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '\u00b7', '\u0387', '\u055f', '\u05f4', '\u2018', '\u2019', '\u2024', '\u2027',
		'\ufe13', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// validUTF8 replaces each invalid byte by U+FFFD, as encoding/json does
// when the CLI writes its output (which score_press.py reads).
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
