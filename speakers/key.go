package speakers

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/quotekit/quotekit/entities"
)

// KeyOf returns the identity of s across documents, the value of
// Speaker.Key: two speakers of two documents with one key are taken to be
// one speaker. It returns "" for a nil speaker.
//
// A named person (kind person, with a family name) is keyed by the name
// alone, folded, with no prefix:
//   - letters are lower-cased; Latin, Greek and Cyrillic letters lose their
//     accents (Unicode NFKD without nonspacing marks), and ß, æ, œ, ø, ł,
//     đ, ð, þ and ı are spelled out ("Åsa Ødegård" → "asa odegard");
//     letters keep their script ("Ирина Петрова" → "ирина петрова"), and
//     other scripts keep their marks ("नरेंद्र" stays);
//   - apostrophes go ("Seán O’Dwyer" → "sean odwyer"), dashes become "-"
//     ("Marie–Lou Vale" → "marie-lou vale"), "&" becomes "and", any other
//     mark separates words;
//   - a leading honorific goes ("Dr. Mara Quist" → "mara quist"), and so
//     do leading title words while two words stay ("Sen. Mara Quist" →
//     "mara quist", but "Judge Quist" → "judge quist");
//   - middle initials go ("Mara J. Quist", "Mara J.R. Quist" → "mara
//     quist"), but the initials that open a name stay, one letter a word,
//     however they are written ("J. K. Quist", "J.K. Quist", "JK Quist" →
//     "j k quist");
//   - a generational suffix stays, as jr, sr, ii, iii or iv ("Tom Vale
//     Jr." → "tom vale jr"): father and son are two people;
//   - particles and full middle names stay ("Ines van der Berg" → "ines
//     van der berg", "Mara Lee Quist" → "mara lee quist").
//
// Every other speaker is keyed by its kind, a colon and its folded name
// without a leading "the", "a" or "an": an organization by its acronym when
// the text or the gazetteer gives one ("the Harbour Safety Board (HSB)" →
// "organization:hsb"), else by its name ("The Harbour Trust" →
// "organization:harbour trust"); the periods of an initialism join ("H.S.B."
// → "hsb"). A group ("group:dock workers at the meeting"), a document
// ("Resolution 2290" → "document:resolution 2290", "the report" →
// "document:report") and a person the text only describes ("a port
// spokeswoman" → "person:port spokeswoman") are keyed the same way. A key
// holds a colon only after such a prefix.
//
// Limits: a description's key gathers the same words, not the same people
// (every "person:spokesman"); a family name alone ("Quist") keys "quist",
// apart from "mara quist"; a full middle name keeps "Mara Lee Quist" apart
// from "Mara Quist", and dropped initials put "Mara J. Quist" with "Mara K.
// Quist"; two bodies with one acronym share a key.
func KeyOf(s *Speaker) string {
	if s == nil {
		return ""
	}
	var k string
	if s.Kind == Person && s.Family != "" {
		k = personKey(s.Name)
	} else {
		name := s.Name
		if s.Kind == Organization && s.Organization.Acronym != "" {
			name = s.Organization.Acronym
		}
		k = describedKey(name)
		if k != "" {
			k = s.Kind.String() + ":" + k
		}
	}
	if k == "" { // a name of marks alone: lower-cased, as it is
		k = strings.ToLower(strings.Join(strings.Fields(s.Name), " "))
	}
	return k
}

// personKey folds a person's name: "Dr. Mara J. Quist Jr." → "mara quist jr".
func personKey(name string) string {
	ws := foldWords(name)
	mixed := strings.IndexFunc(name, unicode.IsLower) >= 0
	for len(ws) > 1 && isHonorific(ws[0].text) || len(ws) > 2 && isTitle(ws[0].text) {
		ws = ws[1:]
	}
	suffix := ""
	if n := len(ws); n > 1 && nameSuffixes[ws[n-1].text] {
		suffix, ws = ws[n-1].text, ws[:n-1]
	}
	if len(ws) == 0 {
		return suffix
	}
	var out []string
	i := 0
	for ; i < len(ws)-1 && ws[i].initials(mixed); i++ {
		for _, r := range ws[i].text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = append(out, string(r)) // "J.K." → "j k"; not the "-" of "A-"
			}
		}
	}
	for ; i < len(ws); i++ {
		if i < len(ws)-1 && i > 0 && ws[i].initials(mixed) {
			continue // a middle initial
		}
		out = append(out, ws[i].text)
	}
	if suffix != "" {
		out = append(out, suffix)
	}
	return strings.Join(out, " ")
}

// describedKey folds a name or description and drops its leading article:
// "The Harbour Trust" → "harbour trust".
func describedKey(name string) string {
	ws := foldWords(name)
	if len(ws) > 1 && (ws[0].text == "the" || ws[0].text == "a" || ws[0].text == "an") {
		ws = ws[1:]
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return strings.Join(out, " ")
}

// isTitle reports whether w is a title word that a name may have kept at
// its head: "president", "sen".
func isTitle(w string) bool {
	return entities.IsTitleWord(w) || entities.IsTitleWord(w+".")
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

func isHonorific(w string) bool {
	if _, ok := entities.Honorific(w); ok || entities.PoliceRank(w) {
		return true // (a rank written as an honorific: "CP Jane Roe")
	}
	_, ok := entities.Honorific(w + ".")
	return ok
}

// A keyWord is a folded word of a name.
type keyWord struct {
	text   string // folded: "quist", "jk" for "J.K."
	letter bool   // one Latin, Greek or Cyrillic letter, with or without a period: "J", "J."
	dotted bool   // letters with periods: "J.K.", "U.N."
	caps   bool   // two or three capitals and nothing else: "JK"
}

// initials reports whether w is written as initials; an all-capital word
// counts only in a name that is not all capitals (mixed).
func (w keyWord) initials(mixed bool) bool {
	return w.letter || w.dotted || w.caps && mixed
}

// foldWords splits s into folded words: "J.K. O’Dwyer-Vale" → "jk" (dotted),
// "odwyer-vale".
func foldWords(s string) []keyWord {
	var out []keyWord
	chunks := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '.' || r == '&' || isApostrophe(r) || isDash(r))
	})
	for _, c := range chunks {
		for i, part := range strings.Split(c, "&") {
			if i > 0 {
				out = append(out, keyWord{text: "and"})
			}
			out = appendDotted(out, part)
		}
	}
	// A word of marks alone ("-" of "A-.A") is no word of the name: kept,
	// it would read as an initial in one spelling and not in another.
	words := out[:0]
	for _, w := range out {
		if strings.IndexFunc(w.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words = append(words, w)
		}
	}
	return words
}

// appendDotted appends the words of a chunk that may hold periods: an
// initialism ("U.N.", "J.K.") is one word, other periods separate words
// ("St.Clair" → "st", "clair").
func appendDotted(out []keyWord, c string) []keyWord {
	parts := strings.Split(strings.TrimSuffix(c, "."), ".")
	if len(parts) > 1 {
		dotted := true
		for _, p := range parts {
			f := foldWord(p)
			dotted = dotted && oneLetter(f) && initialScript(f)
		}
		if dotted {
			if t := foldWord(strings.Join(parts, "")); t != "" {
				return append(out, keyWord{text: t, dotted: true})
			}
			return out
		}
	}
	for _, p := range parts {
		t := foldWord(p)
		if t == "" {
			continue
		}
		w := keyWord{text: t}
		n := letterCount(p)
		w.letter = oneLetter(t) && initialScript(t)
		w.caps = n >= 2 && n <= 3 && n == len([]rune(p)) && strings.IndexFunc(p, unicode.IsLower) < 0 && initialScript(p)
		out = append(out, w)
	}
	return out
}

// foldWord folds one word: lower case, apostrophes out, dashes "-" (none at
// either end), and the accents (nonspacing marks after a Latin, Greek or
// Cyrillic letter) off; other scripts keep their marks, recomposed (NFC):
// "Ｏ’Dwyer-" → "odwyer", "Ἀθῆναι" → "αθηναι", "문재인" stays.
func foldWord(w string) string {
	var b strings.Builder
	accented := false // the last letter is one whose marks are accents
	for _, r := range norm.NFKD.String(w) {
		switch {
		case unicode.IsMark(r):
			if !accented || !unicode.Is(unicode.Mn, r) {
				b.WriteRune(r)
			}
		case isApostrophe(r):
		case isDash(r):
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		default:
			r = unicode.ToLower(r)
			if s, ok := spelledOut[r]; ok {
				b.WriteString(s)
				accented = true
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
				accented = unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
			}
		}
	}
	return norm.NFC.String(strings.TrimSuffix(b.String(), "-"))
}

// spelledOut are the lower-case letters NFKD leaves whole that a key
// spells in plain Latin letters; ς is σ wherever it stands, as an
// all-capital name folds it.
var spelledOut = map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ħ': "h", 'ς': "σ"}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// initialScript reports whether the letters of s are of a script that
// writes initials (Latin, Greek, Cyrillic), not a single Han character.
func initialScript(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) {
			return false
		}
	}
	return true
}

// oneLetter reports whether a folded word is one letter: "j", not "jk".
func oneLetter(s string) bool {
	rs := []rune(s)
	return len(rs) == 1 && unicode.IsLetter(rs[0])
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´'
}

func isDash(r rune) bool {
	return r == '-' || r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '−'
}
