package entities

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	punktdata "gopkg.in/neurosnap/sentences.v1/data"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Gender is what the text shows of a person's gender: a pronoun that refers to
// them, an honorific ("Mrs"), a gendered title ("spokeswoman"). It is never
// guessed from a name.
type Gender uint8

// Genders.
const (
	UnknownGender Gender = iota
	Female
	Male
)

var genderNames = [...]string{"", "female", "male"}

// String returns "female", "male", or "" for an unknown gender.
func (g Gender) String() string {
	if int(g) < len(genderNames) {
		return genderNames[g]
	}
	return "Gender(" + itoa(int(g)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Gender) UnmarshalText(b []byte) error {
	v, err := parseGender(string(b))
	*g = v
	return err
}

func parseGender(s string) (Gender, error) {
	switch s {
	case "", "-":
		return UnknownGender, nil
	case "female":
		return Female, nil
	case "male":
		return Male, nil
	}
	return UnknownGender, fmt.Errorf("entities: unknown gender %q", s)
}

// AbbrevKind says how an abbreviation's period behaves at a sentence end.
type AbbrevKind uint8

// Abbreviation kinds.
const (
	NotAbbreviation   AbbrevKind = iota
	TitleAbbreviation            // "Mr.", "Sen.": never ends a sentence
	MonthAbbreviation            // "Sept.": rarely ends a sentence
	OtherAbbreviation            // "Inc.", "U.S.": may end a sentence
)

// An Org is an organization of the embedded gazetteer.
type Org struct {
	Name    string // full name: "World Customs Organization"
	Acronym string // "WCO", or "" when none is in common use
	// ByAcronym reports an organization that goes by its acronym
	// ("INTERPOL", "S&D") rather than by its full name.
	ByAcronym bool
	// PartOf is the body an organ belongs to ("United Nations" for the
	// Security Council), or "".
	PartOf string
}

// lexicon holds the embedded word lists, parsed once.
type lexicon struct {
	abbrevs      map[string]AbbrevKind
	abbrevsExact map[string]AbbrevKind // written with capitals in the list: "Rt"
	honorifics   map[string]Gender
	titles       map[string]Gender // lower-case phrase
	ownRoles     map[string]bool   // titles held on one's own account: "composer"
	lowerOnly    map[string]bool   // titles only in lower case, as often family names capitalized: "painter", not "Painter said"
	localTitles  map[string]bool   // titles in another language than English: "Bürgermeisterin"
	titleWords   int               // longest title phrase, in words
	// titlePrefixes holds the first words of the titles of several words:
	// a phrase that is neither a title nor a prefix ends the search.
	titlePrefixes map[string]bool
	modifiers     map[string]bool
	countries     map[string]string  // any name or demonym, lower-case -> country
	demonyms      map[string]bool    // lower-case demonyms and adjectives
	cities        map[string]bool    // lower-case
	usStates      map[string]USState // name, AP abbreviation or postal code -> state
	orgs          map[string]*Org    // lower-case name, alias or acronym -> org
	orgHeads      map[string]bool    // head word -> is a sub-body ("unit")
	leadingHeads  map[string]string  // a head that opens a name -> its English head ("Fondation" -> "Foundation")
	ortho         map[string]int     // punkt orthographic context, lower-case
	placeWords    int
	orgWords      int
	gazetteer     gazetteerIndex      // the keys of orgs, countries and cities (gazetteerPrefix)
	titleKeys     map[string]titleKey // titles and titlePrefixes in one map, for TitleAt
	// filters of titleKeys, honorifics and modifiers (wordFilter)
	titleFilter, honorificFilter, modifierFilter *wordFilter
	loadErr                                      error
}

var loadLex = sync.OnceValue(loadLexicon) // lex (lookup.go) returns it

// Lexicon errors are programmer errors (the lists are embedded), so they are
// reported by LexiconError and by the test suite, and lookups see the lists
// as far as they parsed.

// LexiconError reports an error in the embedded word lists; it is nil in a
// correct build.
func LexiconError() error { return lex().loadErr }

func loadLexicon() *lexicon {
	l := &lexicon{
		abbrevs: map[string]AbbrevKind{}, abbrevsExact: map[string]AbbrevKind{}, honorifics: map[string]Gender{}, titles: map[string]Gender{}, ownRoles: map[string]bool{}, lowerOnly: map[string]bool{}, localTitles: map[string]bool{}, titlePrefixes: map[string]bool{},
		modifiers: map[string]bool{}, countries: map[string]string{}, demonyms: map[string]bool{},
		cities: map[string]bool{}, usStates: map[string]USState{}, orgs: map[string]*Org{}, orgHeads: map[string]bool{},
		leadingHeads: map[string]string{},
	}
	var errs []string
	fail := func(file string, line int, format string, a ...any) {
		errs = append(errs, fmt.Sprintf("%s:%d: %s", file, line, fmt.Sprintf(format, a...)))
	}
	eachRow("data/abbreviations.tsv", fail, func(n int, f []string) {
		k := map[string]AbbrevKind{"title": TitleAbbreviation, "month": MonthAbbreviation, "other": OtherAbbreviation}[field(f, 1)]
		if k == NotAbbreviation {
			fail("abbreviations.tsv", n, "bad kind %q", field(f, 1))
		}
		if strings.ToLower(f[0]) != f[0] {
			setOnce(l.abbrevsExact, f[0], k, func() { fail("abbreviations.tsv", n, "duplicate %q", f[0]) })
			return // written with capitals: only in that form ("Rt", not the broadcaster "RT")
		}
		setOnce(l.abbrevs, f[0], k, func() { fail("abbreviations.tsv", n, "duplicate %q", f[0]) })
	})
	eachRow("data/honorifics.tsv", fail, func(n int, f []string) {
		g, err := parseGender(field(f, 1))
		if err != nil {
			fail("honorifics.tsv", n, "%v", err)
		}
		setOnce(l.honorifics, f[0], g, func() { fail("honorifics.tsv", n, "duplicate %q", f[0]) })
	})
	eachRow("data/titles.txt", fail, func(n int, f []string) {
		g, err := parseGender(field(f, 1))
		if err != nil {
			fail("titles.txt", n, "%v", err)
		}
		setOnce(l.titles, f[0], g, func() { fail("titles.txt", n, "duplicate %q", f[0]) })
		switch field(f, 2) {
		case "own":
			l.ownRoles[f[0]] = true
		case "own-lower":
			l.ownRoles[f[0]] = true
			l.lowerOnly[f[0]] = true
		case "local":
			l.localTitles[f[0]] = true
		case "":
		default:
			fail("titles.txt", n, "unknown mark %q", field(f, 2))
		}
		l.titleWords = max(l.titleWords, wordCount(f[0]))
		for k := strings.IndexByte(f[0], ' '); k > 0; k = nextSpace(f[0], k) {
			l.titlePrefixes[f[0][:k]] = true // "secretary", "secretary of" of "secretary of state"
		}
	})
	eachRow("data/leading_heads.tsv", fail, func(n int, f []string) {
		if len(f) != 2 {
			fail("leading_heads.tsv", n, "want a head and its English head")
			return
		}
		setOnce(l.leadingHeads, f[0], f[1], func() { fail("leading_heads.tsv", n, "duplicate %q", f[0]) })
	})
	eachRow("data/title_modifiers.txt", fail, func(n int, f []string) {
		setOnce(l.modifiers, f[0], true, func() { fail("title_modifiers.txt", n, "duplicate %q", f[0]) })
	})
	eachRow("data/countries.tsv", fail, func(n int, f []string) {
		names := append([]string{f[0]}, splitList(field(f, 1))...)
		for i, name := range names {
			key := strings.ToLower(name)
			setOnce(l.countries, key, f[0], func() { fail("countries.tsv", n, "duplicate %q", name) })
			if i > 0 && isDemonym(name) {
				l.demonyms[key] = true
			}
			l.placeWords = max(l.placeWords, wordCount(name))
		}
	})
	eachRow("data/cities.txt", fail, func(n int, f []string) {
		setOnce(l.cities, strings.ToLower(f[0]), true, func() { fail("cities.txt", n, "duplicate %q", f[0]) })
		l.placeWords = max(l.placeWords, wordCount(f[0]))
	})
	eachRow("data/us_states.tsv", fail, func(n int, f []string) {
		st := USState{Name: f[0], Formal: field(f, 3) + " of " + f[0]}
		if field(f, 3) == "" {
			fail("us_states.tsv", n, "no formal word")
		}
		for _, k := range []string{f[0], field(f, 1), field(f, 2)} {
			if k != "" {
				l.usStates[k] = st // (the AP form may be the name: "Ohio")
			}
		}
	})
	eachRow("data/organizations.tsv", fail, func(n int, f []string) {
		o := &Org{Name: field(f, 0), Acronym: field(f, 1), ByAcronym: field(f, 3) == "acronym", PartOf: field(f, 4)}
		if d := field(f, 3); d != "" && d != "acronym" {
			fail("organizations.tsv", n, "bad display %q", d)
		}
		if o.Name == "" && o.Acronym == "" {
			fail("organizations.tsv", n, "no name and no acronym")
			return
		}
		for _, name := range append([]string{o.Name, o.Acronym}, splitList(field(f, 2))...) {
			if name == "" {
				continue
			}
			key := strings.ToLower(name)
			setOnce(l.orgs, key, o, func() { fail("organizations.tsv", n, "duplicate %q", name) })
			l.orgWords = max(l.orgWords, wordCount(name))
		}
	})
	for _, o := range l.orgs {
		if o.PartOf != "" && l.orgs[strings.ToLower(o.PartOf)] == nil {
			fail("organizations.tsv", 0, "%q is part of %q, which the list does not hold", o.Name, o.PartOf)
		}
	}
	eachRow("data/org_heads.txt", fail, func(n int, f []string) {
		setOnce(l.orgHeads, f[0], field(f, 1) == "unit", func() { fail("org_heads.txt", n, "duplicate %q", f[0]) })
	})
	l.ortho = loadOrtho(func(err error) { errs = append(errs, err.Error()) })
	l.gazetteer = newGazetteerIndex(sortedKeys(l.orgs, l.countries, l.cities))
	l.titleKeys = titleKeys(l.titles, l.titlePrefixes)
	l.titleFilter, l.honorificFilter, l.modifierFilter = newWordFilter(l.titleKeys), newWordFilter(l.honorifics), newWordFilter(l.modifiers)
	if len(errs) > 0 {
		l.loadErr = fmt.Errorf("entities: embedded lists: %s", strings.Join(errs, "; "))
	}
	return l
}

func setOnce[V any](m map[string]V, k string, v V, dup func()) {
	if _, ok := m[k]; ok {
		dup()
		return
	}
	m[k] = v
}

func field(f []string, i int) string {
	if i < len(f) {
		return strings.TrimSpace(f[i])
	}
	return ""
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// isDemonym tells a demonym or adjective ("Swedish", "Swedes") from another
// name of the country ("Czech Republic", "UK"): a single word ending in a
// demonym suffix.
func isDemonym(s string) bool {
	if strings.ContainsRune(s, ' ') || strings.ToUpper(s) == s {
		return false
	}
	for _, suf := range []string{"an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ch", "s", "ot", "ots", "ine", "ene", "gasque", "wana", "ero", "er"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// eachRow calls fn with the tab-separated fields of every non-comment,
// non-blank line of an embedded file.
func eachRow(name string, fail func(string, int, string, ...any), fn func(line int, fields []string)) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		fail(name, 0, "%v", err)
		return
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		f[0] = strings.TrimSpace(f[0])
		fn(n, f)
	}
}

// loadOrtho reads the orthographic context of the Punkt English model that
// prose ships: for each word type seen in its training corpus, whether it
// appeared upper- or lower-case, at a sentence start or inside one.
func loadOrtho(fail func(error)) map[string]int {
	b, err := punktdata.Asset("data/english.json")
	if err != nil {
		fail(fmt.Errorf("punkt data: %w", err))
		return nil
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		fail(fmt.Errorf("punkt data: %w", err))
		return nil
	}
	return st.OrthoContext
}

// Punkt orthographic flags (gopkg.in/neurosnap/sentences.v1 ortho.go).
const (
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoMidUc = 1 << 2
	orthoLc    = orthoBegLc | orthoMidLc | orthoUnkLc
)

// lowerKey returns s lower-cased into buf, without allocating for short
// ASCII words.
func lowerKey(buf []byte, s string) []byte { return appendLower(buf[:0], s) }

// appendLower appends s lower-cased to buf.
func appendLower(buf []byte, s string) []byte {
	if n := len(buf); cap(buf)-n >= len(s) {
		// Room for all of s: write the bytes in place, without append.
		d := buf[n : n+len(s)]
		for i := range d {
			c := s[i]
			if c >= utf8.RuneSelf {
				return append(buf[:n+i], strings.ToLower(s[i:])...)
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			d[i] = c
		}
		return buf[:n+len(s)]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(s[i:])...)
		}
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// AbbreviationKind returns the kind of abbreviation w is, w without its
// final period ("Mr", "U.S", "Sept").
func AbbreviationKind(w string) AbbrevKind {
	var b [16]byte
	w = strings.TrimSuffix(w, ".")
	if len(w) > len(b) {
		return NotAbbreviation
	}
	if k, ok := lex().abbrevs[string(lowerKey(b[:0], w))]; ok {
		return k
	}
	if k, ok := lex().abbrevsExact[w]; ok {
		return k
	}
	if strings.Contains(w, ".") && isInitialism(w) {
		return OtherAbbreviation
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
		if i >= 2 && upperLetters(w[:i]) && upperLetters(w[i+1:]) && len(w)-i-1 >= 2 {
			return NotAbbreviation // a body's letters with a state's: "SEIU-PA", whose period ends a sentence
		}
		switch p := strings.ToLower(w[:i]); {
		case p == w[:i], p == "ex", p == "then", p == "former", p == "acting", p == "vice", p == "rear", upperLetters(w[:i]):
			return AbbreviationKind(w[i+1:]) // "then-Sen", "ex-Gov", "Ex-Gov", "Vice-Adm.", "Rear-Adm.", a party's letter and a state's "D-Va." (not a double family name: "Lindqvist-Barr.")
		}
	}
	return NotAbbreviation
}

// Honorific reports whether word is a form of address that stands before a
// name ("Mr.", "Ambassador", "Dr"), and the gender it shows.
func Honorific(word string) (Gender, bool) {
	if i := strings.LastIndex(word, ".-"); i > 0 {
		word = word[i+2:] // a compound academic style: "Univ.-Prof." as "Prof."
	}
	var b [32]byte
	l, k := lex(), lowerKey(b[:0], word)
	if !l.honorificFilter.mayHave(k) {
		return UnknownGender, false
	}
	g, ok := l.honorifics[string(k)]
	if ok && string(k) == "mdm" && word == "MDM" {
		return UnknownGender, false // a body's letters, no Madam: "MDM Holdings"
	}
	if ok && string(k) == "ir" && word != "Ir" {
		return UnknownGender, false // infrared's letters, no engineer: "IR Vision Systems"
	}
	return g, ok
}

// ElectoralArea returns the number of tokens of a numbered ward or
// district that may open a local post at toks[i]: 2 for "Ward 4" of "Ward
// 4 Councillor", "District 9" and "13th District" of "13th District
// Alderman"; 0 when none.
func ElectoralArea(toks []Token, i int) int {
	if i+2 >= len(toks) {
		return 0
	}
	area := func(t *Token) bool {
		return t.Is("Ward") || t.Is("District") || t.Is("Division") || t.Is("Precinct")
	}
	switch {
	case area(&toks[i]) && toks[i+1].Kind == Number && len(toks[i+1].Text) <= 3 && strings.Trim(toks[i+1].Text, "0123456789") == "":
		return 2
	case area(&toks[i+1]) && ordinalNumber(toks[i].Text):
		return 2
	}
	return 0
}

// ordinalNumber reports an ordinal in digits: "1st", "13th", "22nd".
// DateWords reports tokens [i, end) that are a date: a month's name and
// numbers, a day perhaps an ordinal ("3 February", "February 3, 2025",
// "3rd February").
func DateWords(toks []Token, i, end int) bool {
	month := false
	for k := i; k < end; k++ {
		switch {
		case Month(toks[k].Text):
			month = true
		case toks[k].Kind != Number && !toks[k].Is(",") && !ordinalNumber(toks[k].Text):
			return false
		}
	}
	return month
}

func ordinalNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// TitleAt returns the number of tokens of the longest title phrase that
// starts at toks[i] ("Secretary of State", "press secretary", "Sen."), and
// the gender the title shows; n is 0 when none starts there.
func TitleAt(toks []Token, i int) (n int, g Gender) {
	if k := ElectoralArea(toks, i); k > 0 {
		if n, g := TitleAt(toks, i+k); n > 0 {
			return k + n, g // "Ward 4 Councillor", "13th District Alderman"
		}
	}
	l := lex()
	var buf [64]byte
	key := buf[:0]
	for k := 0; k < l.titleWords && i+k < len(toks); k++ {
		t := &toks[i+k]
		if t.Kind != Word && !(t.Kind == Possessive && k > 0) {
			break
		}
		if k > 0 && t.Kind != Possessive {
			key = append(key, ' ')
		}
		key = appendLower(key, t.Text) // "state’s attorney": the possessive is glued
		if k == 0 && !l.titleFilter.mayHave(key) {
			break // no title starts with the word (most names)
		}
		if k == 0 && !t.IsLower() && l.lowerOnly[string(key)] {
			break // a craft's word capitalized is a family name: "Thatcher said", "mayor Mark Potter"
		}
		tk := l.titleKeys[string(key)] // one lookup for l.titles and l.titlePrefixes
		if tk.title {
			n, g = k+1, tk.gender
		}
		if !tk.prefix {
			break
		}
	}
	if n == 1 && toks[i].Is("General") && i+1 < len(toks) && toks[i+1].IsCap() {
		if h, unit := OrgHead(toks[i+1].Text); h && !unit || SectorWord(toks[i+1].Text) && (i+2 >= len(toks) || !toks[i+2].IsCap()) {
			return 0, UnknownGender // a body's kind, no rank: "Police General Headquarters", "General Hospital", a trade's: "Kelvo General Insurance"
		}
	}
	if n == 1 && toks[i].Is("Del.") && i > 0 && toks[i-1].Is(",") {
		return 0, UnknownGender // Delaware after a town, no delegate: "Newark, Del. Chief Executive Jane Roe"
	}
	if n == 0 && i+3 < len(toks) && toks[i].Kind == Word && toks[i+1].Is("and") {
		n, g = sharedHead(toks, i)
	}
	if n == 0 && i < len(toks) && toks[i].Kind == Word && strings.Contains(toks[i].Text, "-") && !firstHead(toks[i].Text) {
		// A hyphenated title: "Under-Secretary-General", "Chairperson-in-Office",
		// "Co-rapporteur", "Rapporteur-designate": a part is a title (not a
		// body's head: "Co-operative").
		for rest := toks[i].Text; rest != ""; {
			part := rest
			if h := strings.IndexByte(rest, '-'); h >= 0 {
				part, rest = rest[:h], rest[h+1:]
			} else {
				rest = ""
			}
			if gg, ok := l.titles[string(appendLower(buf[:0], part))]; ok && len(part) > 2 && part != "Del." { // (a party and a state: "D-Del.")
				n, g = 1, gg
				break
			}
		}
	}
	if n == 0 && i+1 < len(toks) && capsTitle(toks[i].Text) && toks[i+1].IsCap() && !toks[i+1].IsUpper() {
		n = 1 // "DA Roe said", never the particle of "Leonardo da Vinci"
	}
	if n == 0 && i < len(toks) && toks[i].Kind == Word && occupationWord(string(appendLower(buf[:0], toks[i].Text))) {
		n = 1 // "Nephrologist Jane Roe", "a paediatrician at …"
	}
	if n == 0 && i < len(toks) && toks[i].Kind == Word {
		// A closed compound of "under" or "sub" and a title:
		// "Undersheriff", "Subprefect".
		w := string(appendLower(buf[:0], toks[i].Text))
		for _, pre := range [...]string{"under", "sub"} {
			if rest := strings.TrimPrefix(w, pre); rest != w && len(rest) > 4 {
				if gg, ok := l.titles[rest]; ok {
					n, g = 1, gg
				}
			}
		}
	}
	return n, g
}

// sharedHead returns the tokens of two titles that share their head
// across "and", where the first word with the head is a title: "Resident
// and Humanitarian Coordinator" (a "resident coordinator" and a
// "humanitarian coordinator"), and its gender; 0 when none starts at i.
func sharedHead(toks []Token, i int) (int, Gender) {
	l := lex()
	var buf [64]byte
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		if toks[j].Kind != Word || toks[j].IsCap() != toks[i].IsCap() {
			return 0, UnknownGender
		}
		key := appendLower(buf[:0], toks[i].Text)
		key = append(key, ' ')
		key = appendLower(key, toks[j].Text)
		if tk := l.titleKeys[string(key)]; tk.title {
			return j - i + 1, tk.gender
		}
	}
	return 0, UnknownGender
}

// nextSpace returns the index of the space after index k in s, or -1.
func nextSpace(s string, k int) int {
	if j := strings.IndexByte(s[k+1:], ' '); j >= 0 {
		return k + 1 + j
	}
	return -1
}

// capsTitle reports the initials of a title that are a title only as
// written in capitals before a name in mixed case: "DA Jane Roe" (a
// district attorney), where "da" is a particle of names.
func capsTitle(w string) bool {
	return w == "DA"
}

// occupationWord reports a lower-case word whose ending makes it a
// practitioner of a science or an art, a title the lists need not hold:
// "nephrologist", "psychiatrist", "paediatrician", "statistician".
func occupationWord(w string) bool {
	return len(w) > 8 && (strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "iatrist") || strings.HasSuffix(w, "ician"))
}

// LocalTitle reports a title in another language than English, kept in
// English releases, in any case: "Bürgermeisterin", "wethouder".
func LocalTitle(word string) bool {
	var b [32]byte
	return lex().localTitles[string(lowerKey(b[:0], word))]
}

// OwnRole reports a role one holds on one's own account rather than as a
// post of a body, in any case: "composer", "farmer", "Olympian". "The
// Kelvale-born composer Jane Roe" speaks for no organization.
func OwnRole(word string) bool {
	var b [32]byte
	return lex().ownRoles[string(lowerKey(b[:0], word))]
}

// RelativeLead reports tokens [i, j) that open a relative clause on their
// own: "who", "which", "whom", or a share "of whom" or "of which" ("many
// of whom", "some of which", "two of whom"). A parenthetical attribution
// after one reports the relative clause only: "… thanked the authors,
// many of whom, he said, had worked unpaid".
func RelativeLead(toks []Token, i, j int) bool {
	switch {
	case j-i == 1:
		return toks[i].Is("who") || toks[i].Is("which") || toks[i].Is("whom")
	case j-i == 3 || j-i == 4 && toks[i].IsLower():
		last := &toks[j-1]
		return toks[j-2].Is("of") && (last.Is("whom") || last.Is("which")) && toks[i].IsLower() && (toks[i].Kind == Word || toks[i].Kind == Number)
	}
	return false
}

// kinship holds the words for a relative, whose possessor is a person.
var kinship = toSet("mother father son daughter wife husband widow widower brother sister parent parents grandmother grandfather aunt uncle cousin niece nephew grandson granddaughter")

// Kinship reports a word for a relative, in any case: the possessor of
// "Aarav's mother" is a person, no body.
func Kinship(word string) bool { return kinship[strings.ToLower(word)] }

// IsTitleWord reports whether word alone is a title ("director", "Senator").
func IsTitleWord(word string) bool {
	if i := strings.LastIndex(word, ".-"); i > 0 {
		word = word[i+2:] // "Univ.-Prof.", "Dipl.-Ing."
	}
	var b [32]byte
	l, k := lex(), lowerKey(b[:0], word)
	if occupationWord(string(k)) {
		return true
	}
	if !l.titleFilter.mayHave(k) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) && l.lowerOnly[string(k)] {
		return false // (a family name: "Thatcher")
	}
	_, ok := l.titles[string(k)]
	return ok
}

// IsTitleModifier reports whether word can stand before a title head and
// belong to it ("former", "deputy", "senior").
func IsTitleModifier(word string) bool {
	var b [32]byte
	l, k := lex(), lowerKey(b[:0], word)
	return l.modifierFilter.mayHave(k) && l.modifiers[string(k)]
}

// Country returns the country a name, other name or demonym stands for
// ("Swedish" -> "Sweden").
func Country(name string) (string, bool) {
	var b [64]byte
	c, ok := lex().countries[string(lowerKey(b[:0], name))]
	return c, ok
}

// IsDemonym reports whether word is a demonym or national adjective ("Swedish").
func IsDemonym(word string) bool {
	var b [32]byte
	return lex().demonyms[string(lowerKey(b[:0], word))]
}

// IsPlace reports whether name is a known country, city or region.
func IsPlace(name string) bool {
	var b [64]byte
	k := lowerKey(b[:0], name)
	l := lex()
	if c, ok := l.countries[string(k)]; ok {
		return !l.demonyms[string(k)] || c == ""
	}
	return l.cities[string(k)]
}

// LookupOrg looks an organization up by name, other name or acronym,
// case-insensitively.
func LookupOrg(name string) (Org, bool) {
	var b [96]byte
	if o, ok := lex().orgs[string(lowerKey(b[:0], name))]; ok {
		return *o, true
	}
	return Org{}, false
}

// headlineVerbs are the verbs of a release's headline, capitalized:
// "Acme Robotics Announces Record Results".
var headlineVerbs = toSet(`Announces Reports Awards Launches Unveils Introduces Debuts Names Appoints Signs Completes
Supports Partners Welcomes Expands Opens Receives Wins Releases Celebrates Joins Acquires Invests Donates Honors
Hosts Marks Commits Warns Urges Calls Condemns Demands Responds Renews Approves Publishes Adopts
Extends Confirms Selects Suspends`)

// HeadlineVerb reports a verb that a release's headline puts after its
// subject, capitalized: "Announces", "Appoints".
func HeadlineVerb(w string) bool { return headlineVerbs[w] }

// LegalForm reports a company's legal form, which ends its name: "Inc.",
// "Corp", "LLC", "GmbH", "S.p.A.", "S.A.S.", "a.s." (Czechia), Mexico's
// "S.A.B. de C.V." and "A.C." (a civil association), "AS"
// (Norway), "A/S" (Denmark), "S/A" (Brazil), "Oy", "Ab" (Finland), "K.K."
// (Japan), "asbl" and "vzw" (associations), "UAB" (Lithuania), "SIA" (Latvia), "OÜ" (Estonia). Forms of
// three letters or more in any case; shorter ones as written, so that the
// words "as" and "co" are none.
func LegalForm(w string) bool {
	if strings.Count(w, ".") >= 2 {
		// dotted initials in any case: "S.A.S.", "a.s." (Czech), "S.p.A."
		switch strings.ToLower(strings.ReplaceAll(w, ".", "")) {
		case "sa", "sas", "spa", "srl", "nv", "bv", "as", "ag", "lp", "sro", "kk", "sarl", "sl", "scs", "sca", "sab", "cv", "rl", "ac", "sc", "dd", "doo", "ae", "aş", "taş", "oo", "oz", "zs", "ops", "asbl", "vzw", "sac", "saa", "eirl": // (Peru's closed and open companies and sole proprietorships: "Kelvo Carbon S.A.C.", "E.I.R.L."; a Belgian or Luxembourg association: "Kelvo Aide a.s.b.l."; not "e.V.", news copy's "E.V." for an electric vehicle; Turkish: "Kelvo Enerji A.Ş."; Polish: "Sp. z o.o."; Slovak and Czech associations: "Kelvo sused, o.z.", "Kelvo spolek, z.s.", "o.p.s.")
			return true
		}
	}
	w = strings.TrimSuffix(w, ".")
	switch w {
	case "Co", "CO", "AG", "SA", "S.A", "NV", "N.V", "B.V", "BV", "LP", "L.P", "SE", "AS", "AB", "Ab", "Oy", "KK", "K.K", "A/S", "S/A", "I/S", "K/S", "P/S", "AD", "EAD", "OOD", "EOOD", // (Bulgarian: "Kelvo AD")
		"SAOG", "SAOC", "QPSC", "QSC", "BSC", "KSC", "KSCP", "KPSC", // (the Gulf's: "Kelvo Aluminium SAOG", "Kelvo Gas QPSC")
		"A.Ş", "T.A.Ş", // (Turkish, its last dot the sentence's)
		"UAB", "SIA", "OÜ", "AAS", "PrJSC": // (Lithuanian, Latvian, Estonian, Ukrainian: "Kelvo UAB", "Kelvo SIA", "Kelvo OÜ")
		return true
	}
	switch strings.ToLower(w) {
	case "inc", "corp", "ltd", "llc", "plc", "gmbh", "llp", "spa", "s.p.a", "asa", "oyj", "aps", "sas", "sarl", "srl", "s.r.l", "pty", "kft", "nyrt", "zrt", "tbk", "bhd", "berhad", "pte", "pjsc", "asbl", "vzw", "ggmbh", "ltda": // (Latin America's limited company: "Kelvo Agro Ltda."; an association or non-profit company: "Kelvo Aide asbl", "Kelvo Zorg vzw", "Kelvo Hilfe gGmbH")
		return true
	}
	return false
}

// associationForm reports the undotted legal form of an association,
// written in lower case after its name: "Kelvo Aide asbl" (Belgium,
// Luxembourg), "Kelvo Zorg vzw" (Flanders).
func associationForm(w string) bool { return w == "asbl" || w == "vzw" }

// DottedLegalForm reports a legal form in dotted initials: "S.A.", "C.V.".
func DottedLegalForm(w string) bool { return strings.Count(w, ".") >= 2 && LegalForm(w) }

// LegalFormStart returns where the legal form that makes up the tokens
// [first, end) starts: first for "Inc.", "Co." or "S.A. de C.V."; end
// when they are no legal form.
func LegalFormStart(toks []Token, first, end int) int {
	for k := first; k < end; k++ {
		w := toks[k].Text
		if !(CorpSuffix(w) || strings.EqualFold(strings.TrimSuffix(w, "."), "co") || DottedLegalForm(w) || k > first && k+1 < end && toks[k].Is("de")) {
			return end
		}
	}
	return first
}

// OrgHead reports whether word, capitalized, ends an organization's name
// ("Organization", "Institute"), and whether it names a sub-body of a larger
// organization ("Directorate", "Board").
func OrgHead(word string) (head, unit bool) {
	unit, head = lex().orgHeads[word]
	if !head && len(word) > 4 && (strings.HasPrefix(word, "Sub-") || strings.HasPrefix(word, "sub-")) {
		if h, _ := OrgHead(strings.ToUpper(word[4:5]) + word[5:]); h {
			return true, true // a unit below a head's kind: "Sub-Office", "Sub-Committee"
		}
	}
	return head, unit
}

// EndHead reports a word that makes a name an organization's where it
// ends the name, though it heads nothing where it opens one: "Kelvo
// International" (but "International Trade of Ruritania").
func EndHead(word string) bool { return word == "International" }

// sectorWords are the trades a company's name ends with: "Fjordlys
// Energy", "Orrin Foods", "Kelvo Robotics". No person's name ends with
// one, but a field's does ("Renewable Energy", "Public Health"), so a name
// ending with one is a company's only after a word no dictionary has in
// lower case. Words that are also surnames ("Power", "Steel") are left out,
// and so are a post's fields ("Mobility", "Engineering", "Marine").
var sectorWords = toSet(`Energy Foods Food Motors Solutions Software Robotics Media Pharma Telecom Communications
Resources Mining Minerals Brands Entertainment Studios Devices Medical Electric Aerospace Automotive Financial
Insurance Investments Realty Properties Hotels Resorts Retail Genomics Diagnostics Biologics Semiconductor
Semiconductors Dynamics Wireless Chemicals Materials Shipping Railways Rail Water Health Healthcare Biotech
Petroleum Apparel Beverages Dairy Farms Textiles Payments Digital Interactive Games Bioscience Biotherapeutics
Air Aviation Transport Freight Telecommunications Utility Renewables Nutrition Produce Capital Advisors Advisers Ventures Consulting
Shipyard Shipyards Acoustics Brewery Breweries Distillery Distilleries Bakery Roasters Coachworks Glassworks Ironworks
Steelworks Plastics Packaging Cosmetics Seeds Foundry Optics Electronics Instruments Vaccines Fertilisers Fertilizers
Cement Lumber Clinics Cables Batteries Pianos Surfaces Telecoms Civil Contracting Contractors Builders
Research Analytics Insights Logistics`)

// SectorWord reports a trade's word that ends a company's name,
// capitalized: "Shipyard" of "Kelvo Shipyard", "Foods" of "Orrin Foods".
func SectorWord(w string) bool { return sectorWords[w] }

// sectorEnd reports a name [i, j) that ends with a trade's word after a
// word no dictionary has in lower case: "Fjordlys Energy" (but "Renewable
// Energy", "Mental Health"), and not before a title's head ("OBHA Medical
// Director").
func sectorEnd(toks []Token, i, j int) bool {
	if j-i < 2 || !sectorWords[toks[j-1].Text] || j < len(toks) && IsTitleWord(toks[j].Text) {
		return false
	}
	if tradesJoined(toks, i, j) {
		return true // two trades joined after a name, however common its words: "Halcyon Hotels & Resorts"
	}
	for k := i; k < j-1; k++ {
		if toks[k].Kind == Word && toks[k].IsCap() && (!CommonWord(toks[k].Text) || ProperWord(toks[k].Text)) {
			return true
		}
	}
	return false
}

// derivedSuffixes end English nouns and adjectives made from other
// words, which no place or family name ends in so often: plurals only of
// those no family name ends in (not "Clements", "Hastings"), and a
// medical field's endings ("Cardiology", "Paediatric", "Neonatal",
// "Neurosurgery").
var derivedSuffixes = []string{"ment", "tion", "sion", "ance", "ence", "ing", "ity", "ness", "ship", "ics", "ive", "ory", "ure", "stry", "ndry",
	"tions", "sions", "ities",
	"ology", "iatric", "natal", "surgery"}

// DerivedWord reports a word of seven letters or more that ends in a
// derivational suffix, a common noun the Punkt lexicon may not hold:
// "Displacement", "Tracking", "Freelance", "Infrastructure", "Forestry",
// "Prosecutions".
func DerivedWord(w string) bool {
	if len(w) < 7 {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range derivedSuffixes {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// FieldNoun reports a common noun that the lexicon lacks but whose shape
// gives it away: a derived word ("Mobility", "Sourcing",
// "Infrastructure") or a British spelling in "-our" of a word it holds in
// its American one ("Labour", "Harbour").
func FieldNoun(w string) bool {
	return DerivedWord(w) || strings.HasSuffix(w, "our") && CommonWord(AmericanSpelling(w))
}

// compoundWord reports a word of seven letters or more, in letters only,
// that the lexicon lacks but that splits into two words it holds, of
// three letters or more each and neither seen only capitalized:
// "Livestock" (live, stock), "Wastewater", "Shipbuilding". A family name
// the lexicon has seen capitalized ("Newman") is not one, but a body's or
// a place's made-up name may be ("Harborline"): only a list of fields,
// which other common nouns surround, takes it as one.
func compoundWord(w string) bool {
	if len(w) < 7 || len(w) > 24 || CommonWord(w) || ProperWord(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || i == 0 && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	for i := 3; i <= len(w)-3; i++ {
		a, b := w[:i], w[i:]
		if CommonWord(a) && !ProperWord(a) && CommonWord(b) && !ProperWord(b) {
			return true
		}
	}
	return false
}

// AmericanSpelling returns a British spelling's American form, which the
// lists of common words know: "Programme" "Program", "Centre" "Center",
// "Labour" "Labor", "Organisation" "Organization", "Organised" "Organized";
// other words as they are.
func AmericanSpelling(w string) string {
	switch {
	case strings.HasSuffix(w, "mme"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "tre"):
		return w[:len(w)-2] + "er"
	case strings.HasSuffix(w, "our") && len(w) > 4:
		return w[:len(w)-2] + "r"
	case strings.HasSuffix(w, "isation"):
		return w[:len(w)-6] + "zation"
	case strings.HasSuffix(w, "ised") && len(w) > 6 && !CommonWord(w): // (not "Promised", "Revised")
		return w[:len(w)-3] + "zed"
	}
	return w
}

// CommonWord reports whether word, lower-cased, is a common English word:
// one the Punkt English model saw in lower case. Sentence-initial
// capitals of common words ("Greater", "Opening") are not names.
func CommonWord(word string) bool {
	var b [32]byte
	k := lowerKey(b[:0], word)
	if lex().ortho[string(k)]&orthoLc != 0 {
		return true
	}
	if n := len(k); n > 6 && string(k[n-4:]) == "mmes" {
		return lex().ortho[string(k[:n-3])+"s"]&orthoLc != 0 // a British plural the model saw in its American spelling: "programmes"
	}
	return false
}

// ProperWord reports whether word was seen in Punkt's English model only
// capitalized inside sentences, as names are ("Hezbollah").
func ProperWord(word string) bool {
	var b [32]byte
	f := lex().ortho[string(lowerKey(b[:0], word))]
	return f&orthoMidUc != 0 && f&orthoLc == 0
}

// A USState is one of the fifty states of the United States.
type USState struct {
	Name   string // "Kentucky"
	Formal string // the state's formal name: "Commonwealth of Kentucky", "State of Ohio"
}

// USStateShort reports a US state written as party tags write it after
// the party's letter: its name, AP or postal abbreviation, with or
// without the period ("Tex", "N.M", "Calif."), or the start of its name.
func USStateShort(s string) bool {
	if _, ok := LookupUSState(s); ok {
		return true
	}
	if _, ok := LookupUSState(s + "."); ok {
		return true
	}
	t := strings.TrimSuffix(s, ".")
	if len(t) < 3 {
		return false
	}
	for k := range lex().usStates {
		if len(k) > len(t) && strings.HasPrefix(k, t) && !strings.Contains(k, ".") && strings.ToUpper(k) != k {
			return true // "Tex" of "Texas", "Penn" of "Pennsylvania"
		}
	}
	return false
}

// LookupUSState finds a US state by its name, its AP abbreviation as
// datelines write it ("Kan.", "N.Y.") or its postal code ("KS"), as
// written (case matters: "OR" is Oregon, "or" is no state).
func LookupUSState(s string) (USState, bool) {
	st, ok := lex().usStates[s]
	return st, ok
}

// LanguageName reports the name of a page's language in itself or in
// English ("Español", "English"), or its code in capitals ("EN", "PT").
func LanguageName(t string) bool {
	if len(t) == 2 && strings.ToUpper(t) == t && strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return true
	}
	if languageCodes3[t] {
		return true // a three-letter code in capitals: "EST | ENG | SWE"
	}
	switch strings.ToLower(t) {
	case "english", "español", "spanish", "français", "french", "deutsch", "german", "português", "portuguese", "italiano", "nederlands",
		"svenska", "suomi", "dansk", "norsk", "polski", "türkçe", "eesti", "latviešu", "lietuvių", "русский", "العربية", "中文", "日本語", "한국어",
		"o'zbekcha", "oʻzbekcha", "o‘zbekcha", "qazaqsha", "română", "čeština", "slovenčina", "slovenščina", "magyar", "hrvatski", "srpski", "shqip",
		"íslenska", "català", "euskara", "galego", "azərbaycan", "türkmençe", "kiswahili", "filipino", "tagalog", "bahasa indonesia", "bahasa melayu",
		"tiếng việt", "russian", "arabic", "chinese", "japanese", "korean", "ukrainian", "uzbek", "kazakh",
		"francais", "espanol", "portugues", "romana", "turkce", "wolof", "kinyarwanda", "malagasy", "lingala": // (without their accents, as menus write them too; and Africa's: "Wolof")
		return true
	}
	return false
}

// languageCodes3 are the three-letter codes of languages that pages'
// language menus write in capitals.
var languageCodes3 = toSet(`ENG EST SWE FIN FRA FRE GER DEU SPA ESP ITA NLD DUT POR RUS POL LAV LIT LTU HUN RON RUM BUL CES CZE SLK SLV HRV SRP UKR TUR ARA ZHO CHI JPN KOR DAN NOR ISL ELL GRE`)

// NonLatinWord reports one word in a script other than the Latin: a
// language switch's name of the language in itself ("नेपाली", "日本語",
// "العربية"), a name in its own script beside its Latin form ("林志明").
func NonLatinWord(p string) bool {
	if p == "" || strings.ContainsAny(p, " \t") {
		return false
	}
	for _, r := range p {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) || unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// upperLetters reports a word of letters all in upper case: "SEIU", "PA".
func upperLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}
