package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind is the lexical class of a Token.
type TokenKind uint8

// Token kinds.
const (
	Word       TokenKind = iota + 1 // letters and digits, with internal hyphens, apostrophes and abbreviation periods
	Number                          // digits, with internal separators: 1,540 or 3.5
	Punct                           // punctuation: . , ; : ! ? ( ) dashes, ellipses
	QuoteMark                       // a quotation mark: " “ ” „ « » ' ‘ ’ ‹ ›
	Possessive                      // the possessive clitic 's or ’s, split from its word
	Symbol                          // anything else: $, %, &, invalid UTF-8 bytes
)

var tokenKindNames = [...]string{"", "word", "number", "punct", "quote", "possessive", "symbol"}

// String returns the kind's lower-case name, or "TokenKind(N)" for unknown values.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) && k != 0 {
		return tokenKindNames[k]
	}
	return "TokenKind(" + itoa(int(k)) + ")"
}

// A Token is a word, number, punctuation or quotation mark of the text, with
// its span. Text is a substring of the document: s.Text == s.Span.In(text).
type Token struct {
	Span
	Text string
	Kind TokenKind
	// Newlines counts the line breaks between the previous token and this one
	// (capped at 255); Space reports any whitespace there.
	Newlines uint8
	Space    bool
	// Glued reports a token that a scraper glued to the one before it
	// where a paragraph ended: "sanctionedAppalled", "Guterres:The". The
	// segmenter breaks the paragraph there.
	Glued bool
}

// IsCap reports whether the token starts with an upper-case letter, or
// an Irish name's mutation before its capital ("hAodha"), or an Arabic
// article before it ("al-Shawabkeh").
func (t *Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || irishMutation(t.Text) || arabicArticle(t.Text) || r == '!' && clickName(t.Text[1:])
}

// clickName reports a name's capital and a lower-case letter after the
// "!" that writes a click in Namibian names ("!Kelvoseb", "!Naruseb"), as
// s starts.
func clickName(s string) bool {
	return len(s) >= 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z'
}

// IsLower reports whether the token starts with a lower-case letter.
func (t *Token) IsLower() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r) && !irishMutation(t.Text) && !arabicArticle(t.Text)
}

// arabicArticle reports a family name written with the Arabic article in
// lower case and a hyphen before its capital: "al-Shawabkeh",
// "el-Naggar", "ash-Shami", "ad-Din".
func arabicArticle(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 2 || i > 3 || i+1 >= len(w) {
		return false
	}
	switch w[:i] {
	case "al", "el", "ad", "ar", "as", "ash", "az", "an", "ud", "ul": // (not "at": "Councilmember at-Large")
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(r)
}

// irishMutation reports an Irish name whose capital follows a mutation's
// letter in lower case: "hAodha" (of "Ó hAodha"), "nGaeilge", "tSúilleabháin".
func irishMutation(w string) bool {
	if len(w) < 4 || w[0] != 'h' && w[0] != 'n' && w[0] != 't' {
		return false
	}
	r, size := utf8.DecodeRuneInString(w[1:])
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[1+size:] {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// IsUpper reports whether the token has at least two letters and no
// lower-case letter ("INTERPOL", "U.S.", "S&D").
func (t *Token) IsUpper() bool {
	letters := 0
	for _, r := range t.Text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Is reports whether the token's text is s.
//
// The horizontal bar "―" (U+2015), which some sites set before a quote's
// source, is the em dash "—": “We stayed.” ― Jane Roe.
func (t *Token) Is(s string) bool { return t.Text == s || s == "—" && t.Text == "―" }

// IsFold reports whether the token's text equals s under Unicode case folding.
func (t *Token) IsFold(s string) bool {
	if t.Text != "" && s != "" && t.Text[0]|s[0] < utf8.RuneSelf && t.Text[0]|0x20 != s[0]|0x20 {
		return false // two ASCII first bytes that differ but for case: no need to fold
	}
	return strings.EqualFold(t.Text, s)
}

// IsOpenQuote reports whether the token is a mark that can only open a quotation.
func (t *Token) IsOpenQuote() bool {
	return t.Kind == QuoteMark && (t.Text == "“" || t.Text == "„" || t.Text == "«" || t.Text == "‘" || t.Text == "‹" || t.Text == "``")
}

// IsDouble reports whether the token is a double quotation mark.
func (t *Token) IsDouble() bool {
	return t.Kind == QuoteMark && IsDoubleQuote(t.Text)
}

// IsDoubleQuote reports whether s is a double quotation mark.
func IsDoubleQuote(s string) bool {
	switch s {
	case `"`, "“", "”", "„", "«", "»", "‟", "〝", "〞", "＂", "''", "``":
		return true
	}
	return false
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟', '\'', '‘', '’', '‚', '‹', '›', '〝', '〞', '＂', '`':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// elidedYear reports two digits at text[i:] after an apostrophe that make
// a year with its century cut: a decade ("the ’90s") or a class year after
// a name ("Jane Roe ’27,"); not the start of a quotation ("'90 days,' she
// said").
func elidedYear(text string, i int, toks []Token) bool {
	if i+2 > len(text) || !isDigit(text[i]) || !isDigit(text[i+1]) {
		return false
	}
	if i+2 < len(text) && text[i+2] == 's' && (i+3 == len(text) || !isWordByte(text[i+3])) {
		return true // "the ’90s"
	}
	if i+2 < len(text) && (isDigit(text[i+2]) || isWordByte(text[i+2])) {
		return false
	}
	if len(toks) == 0 {
		return false
	}
	p := &toks[len(toks)-1]
	next := byte(' ')
	if i+2 < len(text) {
		next = text[i+2]
	}
	return p.Kind == Word && len(p.Text) > 1 && p.Text[0] >= 'A' && p.Text[0] <= 'Z' && (next == ',' || next == ' ' || next == ')') // "Jane Roe ’27,"
}

// ElidedYear reports a token that is a year with its century cut, as the
// tokenizer keeps one: "’27", "'90s".
func ElidedYear(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return isApostrophe(r) && len(w) >= size+2 && isDigit(w[size]) && isDigit(w[size+1])
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isWordByte(b byte) bool { return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) // (spacing marks too: the vowel signs of "नेपाली")
}

// Tokenize splits text[start:end] into tokens whose spans index text. It
// never fails: invalid UTF-8 bytes become one-byte Symbol tokens, and every
// byte of the range is either whitespace or inside exactly one token.
func Tokenize(text string, start, end int) []Token {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	toks := make([]Token, 0, estimateTokens(text[start:end])+1)
	glue := gluedText(text[start:end])
	var nl int
	space := false
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if r != utf8.RuneError && unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			if r == '\n' {
				nl++
			}
			space = true
			i += size
			continue
		}
		j := i + size
		kind := Punct
		switch {
		case r == utf8.RuneError && size <= 1:
			kind = Symbol
		case r < utf8.RuneSelf && linkEnd(text[:end], i) > i:
			j = linkEnd(text[:end], i)
			kind = Word // an e-mail address or a web address, one token: "jane.roe@acme.example", "www.acme.example/news"
		case isWordRune(r) || (r == '@' || r == '#') && j < end && startsWord(text[j:end]):
			j = scanWord(text[:end], i, glue)
			kind = Word
			if isNumber(text[i:j]) {
				kind = Number
			}
		case r == '!' && (space || len(toks) == 0) && clickName(text[j:end]) && (len(toks) == 0 || nl > 0 || toks[len(toks)-1].IsCap() || toks[len(toks)-1].Is(".")):
			j = scanWord(text[:end], j, glue)
			kind = Word // a Khoekhoe name opening with its click's letter, after a given name or opening a sentence: "Dr. Jane !Kelvoseb", "!Kelvoseb added" (not a missing space: "Relief is on its way !Volunteers")
		case (r == '\'' || r == '`') && i+1 < end && text[i+1] == byte(r):
			// '' and `` stand for double quotation marks in some newswires.
			j = i + 2
			kind = QuoteMark
		case isApostrophe(r) && elidedYear(text[:end], i+size, toks):
			j = i + size + 2
			if j < end && text[j] == 's' {
				j++
			}
			kind = Word // "the ’90s", "Jane Roe ’27": a year with its century cut, no quotation mark
		case isApostrophe(r) && isPossessiveAt(text[:end], i) && len(toks) > 0 && !space:
			j = i + size + 1
			kind = Possessive
		case isApostrophe(r) && !space && len(toks) > 0 && pluralPossessive(text[:end], &toks[len(toks)-1], i+size):
			kind = Possessive
		case isQuoteRune(r):
			kind = QuoteMark
		case r == '.' && strings.HasPrefix(text[i:end], "..."):
			j = i + 3
		case r == '-' && strings.HasPrefix(text[i:end], "--"):
			j = i + 2
		case unicode.IsPunct(r):
			kind = Punct
		default:
			kind = Symbol
		}
		if nl > 255 {
			nl = 255
		}
		glued := false
		if !space && len(toks) > 0 {
			p := &toks[len(toks)-1]
			// A word right after a word ("sanctioned|Appalled"), or a
			// capitalized word right after a colon after a letter
			// ("Guterres:|The").
			glued = kind == Word && p.Kind == Word && p.End == i ||
				// "health.”Rapporteur": a paragraph after a closing quotation
				kind == Word && p.Kind == QuoteMark && !p.Space && len(toks) > 1 && unicode.IsUpper(r) &&
					(toks[len(toks)-2].Is(".") || toks[len(toks)-2].Is("!") || toks[len(toks)-2].Is("?")) ||
				kind == Word && p.Is(":") && !p.Space && len(toks) > 1 && toks[len(toks)-2].Kind == Word &&
					(gluedCapital(text[i:end]) || gluedShort(text[i:end])) && unicode.IsUpper(r)
		}
		toks = append(toks, Token{Span: Span{i, j}, Text: text[i:j], Kind: kind, Newlines: uint8(nl), Space: space, Glued: glued})
		nl, space = 0, false
		i = j
	}
	return toks
}

// estimateTokens returns about the number of tokens of s, a little more
// rather than less, in one pass over its bytes: a slice of that size does
// not grow and copy itself on text dense with punctuation and quotation
// marks, where tokens are short.
func estimateTokens(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r':
			in = false
		case b < utf8.RuneSelf && (b < '0' || b > '9' && b < 'A' || b > 'Z' && b < 'a' || b > 'z'):
			n++ // ASCII punctuation: a token of its own, mostly
			in = false
		case b == 0xE2:
			n++ // the lead byte of “ ” ‘ ’ – — …
			in = false
		default:
			if !in {
				n++
				in = true
			}
		}
	}
	return n
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isNumber(s string) bool {
	digits := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case r == ',' || r == '.':
		default:
			return false
		}
	}
	return digits
}

// pluralPossessive reports an apostrophe that ends the plural prev and
// comes before a space and a word at text[k:]: the possessive of a plural
// inside a name, "Boat Owners’ Association", "Department of Veterans'
// Affairs", or of any plural, "the coffee farmers' cooperative"; but
// only a capitalized plural before a capital where a single quotation
// mark is open, which it closes: 'We back the Greens' she said. A
// capitalized word in "ss" is a name's possessive before a capital
// ("Kelgrass’ Chief Financial Officer"), unless a single mark is open;
// a plural in capitals before a capital is one too ("HERDERS' ASSOCIATION").
func pluralPossessive(text string, prev *Token, k int) bool {
	w := prev.Text
	if prev.Kind == Word && len(w) >= 4 && prev.IsUpper() && w[len(w)-1] == 'S' && w[len(w)-2] != 'S' && k+1 < len(text) && text[k] == ' ' {
		// a plural's possessive inside a name in capitals: "NORTHERN
		// REINDEER HERDERS' ASSOCIATION"
		r, _ := utf8.DecodeRuneInString(text[k+1:])
		return unicode.IsUpper(r) && !singleQuoteOpen(text, prev.Start)
	}
	if prev.Kind != Word || len(w) < 3 || w[len(w)-1] != 's' || !prev.IsCap() && !prev.IsLower() {
		return false
	}
	if k+1 >= len(text) || text[k] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k+1:])
	if strings.HasSuffix(w, "ss") {
		return prev.IsCap() && unicode.IsUpper(r) && !singleQuoteOpen(text, prev.Start) // a name's possessive in "ss’": "Kelgrass’ Chief Financial Officer"
	}
	if prev.IsCap() && unicode.IsUpper(r) {
		return true
	}
	return unicode.IsLetter(r) && !singleQuoteOpen(text, prev.Start)
}

// singleQuoteOpen reports a single quotation mark opened before byte i on
// its line (within 400 bytes): an apostrophe after a plural then closes
// it ('We back farmers' she said) rather than marking its possessive
// ("the coffee farmers' cooperative").
func singleQuoteOpen(text string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-400; k-- {
		switch c := text[k]; {
		case c == '\n':
			return false
		case c == '\'' && (k == 0 || text[k-1] == ' ' || text[k-1] == '\n' || text[k-1] == '('):
			return true
		case c == 0x98 && k >= 2 && text[k-2] == 0xe2 && text[k-1] == 0x80: // ‘
			return true
		}
	}
	return false
}

// isPossessiveAt reports whether text[i:] starts with 's or ’s not followed
// by a letter.
func isPossessiveAt(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	if !isApostrophe(r) {
		return false
	}
	k := i + size
	if k >= len(text) || (text[k] != 's' && text[k] != 'S') {
		return false
	}
	k++
	if k == len(text) {
		return true
	}
	r2, _ := utf8.DecodeRuneInString(text[k:])
	return !isWordRune(r2)
}

// linkEnd returns the end of an e-mail address ("jane.roe@acme.example")
// or a web address ("https://acme.example/news", "www.acme.example") that
// starts at i, without the punctuation that ends a sentence after it; i
// when none starts there. An address starts where its scan of the bytes
// before would have stopped (after a space, a bracket, a quotation mark),
// so no byte is scanned twice: hostile input ("a-a-a-a…", "(http://(http://…")
// costs what ordinary text does.
func linkEnd(text string, i int) int {
	if i >= len(text) || !isASCIIAlnum(text[i]) {
		return i
	}
	var prev byte = ' '
	if i > 0 {
		prev = text[i-1]
	}
	w := text[i:]
	if (strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")) && linkStop(prev) {
		e := i
		for e < len(text) && e-i < 300 && !linkStop(text[e]) {
			e++
		}
		for e > i && strings.IndexByte(".,;:!?", text[e-1]) >= 0 {
			e-- // the sentence's punctuation after the address
		}
		if u := text[i:e]; strings.HasPrefix(u, "www.") && strings.Count(u, ".") >= 2 || !strings.HasPrefix(u, "www.") && len(u) > 8 {
			return e
		}
		return i
	}
	if mailLocal(prev) || prev == '@' || prev == '/' {
		return i // (inside a word or an address)
	}
	at := i
	for at < len(text) && at-i < 64 && mailLocal(text[at]) {
		at++
	}
	if at == i || at >= len(text) || text[at] != '@' {
		return i
	}
	e := at + 1
	for e < len(text) && e-at < 255 && (isASCIIAlnum(text[e]) || text[e] == '.' || text[e] == '-') {
		e++
	}
	for e > at+1 && (text[e-1] == '.' || text[e-1] == '-') {
		e--
	}
	dot := strings.LastIndexByte(text[at+1:e], '.')
	if dot <= 0 {
		return i
	}
	tld := text[at+1+dot+1 : e]
	if len(tld) < 2 || strings.Trim(tld, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return i
	}
	return e
}

// linkStop reports a byte that ends a web address and may open one: a
// space or control byte, a bracket, a quotation mark, or a byte of a
// non-ASCII character (curly quotation marks, no-break spaces).
func linkStop(b byte) bool {
	return b <= ' ' || b >= utf8.RuneSelf || strings.IndexByte("()<>[]\"'", b) >= 0
}

// mailLocal reports a byte of an e-mail address's local part: "jane.roe",
// "press+eu", "j_roe".
func mailLocal(b byte) bool {
	return isASCIIAlnum(b) || strings.IndexByte("._%+-", b) >= 0
}

func isASCIIAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// maxDotted is the longest run of letters and periods read as one word
// ("U.S.A.", "S.p.A.", "Ph.D."): longer runs ("a.b.c.d.e.f.g.h.i.j.k.l.m")
// are no abbreviation, and each period's test reads the run so far.
const maxDotted = 24

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int, glue bool) int {
	start := i
	_, size := utf8.DecodeRuneInString(text[i:])
	i += size // first rune: a word rune, @ or #
	lowerRun, digitRun := 0, 0
	handle := text[start] == '@' || text[start] == '#' || !glue
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			if unicode.IsUpper(r) && (lowerRun >= 4 || digitRun >= 3) && !handle && (gluedCapital(text[i:]) || lowerRun >= 5 && gluedShort(text[i:]) || gluedAcronym(text[i:])) {
				return i // "sanctionedAppalled", "by 2030The package", "disconnectMEPs urge": two paragraphs glued
			}
			switch {
			case unicode.IsLower(r):
				lowerRun++
				digitRun = 0
			case unicode.IsDigit(r):
				digitRun++
				lowerRun = 0
			default:
				lowerRun, digitRun = 0, 0
			}
			i += size
			continue
		}
		lowerRun, digitRun = 0, 0
		next, nsize := utf8.DecodeRuneInString(text[i+size:])
		_ = nsize
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		switch {
		case isHyphen(r) && isWordRune(next):
			i += size
			continue
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
			if isPossessiveAt(text, i) && (!contractions[strings.ToLower(text[start:i])] || capitalPronoun(text[start:i])) {
				return i // "Obama|’s", and "He|’s", "It|’s": a capitalized pronoun is no name
			}
			i += size
			continue
		case r == '’' && nameApostrophe(text, start, i, size):
			return i + size // a name's own apostrophe before the next name, as Luo names write it: "Grace Achieng’ Owino"
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			i += size
			continue
		case r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
			i += size
			continue
		case r == '@' && unicode.IsLetter(prev) && unicode.IsUpper(next):
			i += size // a brand's at sign between words, no address: "Care@Home"
			continue
		case r == '/' && i-start == 1 && unicode.IsUpper(next) && LegalForm(text[start:i+size+nsize]) && (i+size+nsize == len(text) || !isWordByte(text[i+size+nsize])):
			i += size // a legal form with a slash: "A/S", "S/A"
			continue
		case r == '/' && i-start == 1 && patronymSlash(text[start:i+size+nsize]) && (i+size+nsize == len(text) || !isWordByte(text[i+size+nsize])):
			return i + size + nsize // a patronym's particle: "s/o" (son of), "d/o", "a/l", "a/p"
		case r == '/' && i-start == 1 && slashStyle(text[start:]) > 0:
			return start + slashStyle(text[start:]) // an Amharic style written short: "W/ro" (Weyzero), "W/t"
		case r == '.' && i-start <= maxDotted:
			w := text[start:i]
			if unicode.IsLetter(next) && isInitialism(w) && !unicode.IsLower(prev) {
				// U.S.A, U.N
				i += size
				continue
			}
			if unicode.IsUpper(next) && isInitialism(w) && unicode.IsUpper([]rune(w)[0]) && strings.HasPrefix(text[i+size+nsize:], ".") {
				// a legal form in mixed case: S.p.A.
				i += size
				continue
			}
			if degreePiece(w) && unicode.IsUpper(next) && !startsWord(text[i+size+nsize:]) {
				// a degree: Ph.D, Ed.D
				i += size
				continue
			}
			if w == "Arch" && styleBefore(text[:start]) {
				return i + size // an architect's style after another: "Dr. Arch. Jane Roe" (not "near Marble Arch. Jane Roe said")
			}
			if n := domainEnd(text, start, i); n > 0 {
				return n // a domain's name, no abbreviation: "gov.gr", "gov.uk"
			}
			if unicode.IsLetter(next) && (len(w) == 1 || isInitialism(w)) && unicode.IsLower(prev) && unicode.IsLower(next) {
				// e.g, a.m, p.m
				i += size
				continue
			}
			if strings.Contains(w, ".") && (isInitialism(w) || degreePiece(w[:strings.IndexByte(w, '.')]) || IsDegree(strings.ReplaceAll(w, ".", ""))) || AbbreviationKind(w) != NotAbbreviation || // (a dotted degree: "M.Sc.")
				degreeShape(w) && next == ',' || // a degree set off after a name: "Jan Roe, CSc., head of …"
				utf8.RuneCountInString(w) == 1 && unicode.IsUpper(prev) {
				if n := stackedAbbreviation(text, i+size); n > 0 {
					return i + size + n // "Univ.-Prof.", "Dipl.-Ing.": two abbreviations joined by a hyphen
				}
				if strings.HasPrefix(text[i+size:], "ssa") && !startsWord(text[i+size+3:]) && (w == "Dott" || w == "Prof") {
					return i + size + 3 // an Italian style's feminine: "Dott.ssa", "Prof.ssa"
				}
				if rest := text[i+size:]; w == "Mag" && strings.HasPrefix(rest, "a") && !startsWord(rest[1:]) {
					return i + size + 1 // an Austrian style's feminine: "Mag.a"
				} else if (w == "Dr" || w == "Prof") && strings.HasPrefix(rest, "in") && !startsWord(rest[2:]) {
					return i + size + 2 // "Dr.in", "Prof.in"
				}
				if next == 'ª' || next == 'º' {
					return i + size + nsize // a Portuguese style's ordinal letter: "Dr.ª", "Eng.º"
				}
				return i + size // keep the period: U.S. Mr. J. Ph.D.
			}
		}
		return i
	}
	return i
}

// styleBefore reports text that ends in a style of address with its
// period and a space: "… said Dr. ", "Prof. ".
func styleBefore(text string) bool {
	t := strings.TrimRight(text, " ")
	if len(t) == len(text) || !strings.HasSuffix(t, ".") {
		return false
	}
	w := t[strings.LastIndexAny(t, " \n\t(")+1:]
	_, ok := Honorific(w)
	return ok
}

// slashStyle returns the length of an Amharic style of address written
// short with a slash at the start of t, "W/ro" (Mrs.), "W/rt" or "W/t"
// (Miss), or of a Faroese company's form that opens its name, "P/F",
// "Sp/f", before a space or punctuation; 0 when there is none.
func slashStyle(t string) int {
	for _, f := range [...]string{"W/ro", "W/rt", "W/t", "P/F", "Sp/f"} {
		if strings.HasPrefix(t, f) && (len(t) == len(f) || !isWordByte(t[len(f)])) {
			return len(f)
		}
	}
	return 0
}

// patronymSlash reports the particle of a patronym written with a slash:
// "s/o" and "a/l" (son of), "d/o" and "a/p" (daughter of), as in "Haresh
// Kumar s/o Raman".
func patronymSlash(w string) bool {
	switch w {
	case "s/o", "d/o", "a/l", "a/p":
		return true
	}
	return false
}

// domainEnd returns the end of a domain's name of two parts in lower case
// whose first the lists take for an abbreviation ("gov" of "gov.gr",
// "gov.uk"), where text[start:dot] is that first part and a word of its
// own, the second two to four letters that end the word; 0 for any other
// text (a domain of more parts, "fernleigh.co.nz", is read as before).
func domainEnd(text string, start, dot int) int {
	w := text[start:dot]
	if len(w) < 2 || start > 0 && (text[start-1] == '.' || text[start-1] == '/') {
		return 0
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return 0
		}
	}
	if AbbreviationKind(w+".") == NotAbbreviation && AbbreviationKind(w) == NotAbbreviation {
		return 0
	}
	e := dot + 1
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if n := e - dot - 1; n < 2 || n > 4 || e < len(text) && (isWordByte(text[e]) || text[e] == '.' && e+1 < len(text) && isWordByte(text[e+1]) || text[e] == '/') {
		return 0
	}
	return e
}

// stackedAbbreviation returns the length of "-Prof." at text[i:], a
// hyphen and a capitalized abbreviation with its period that join the
// abbreviation before into one style ("Univ.-Prof.", "Dipl.-Ing."); 0
// when none follows.
func stackedAbbreviation(text string, i int) int {
	if i+3 >= len(text) || text[i] != '-' || text[i+1] < 'A' || text[i+1] > 'Z' {
		return 0
	}
	k := i + 2
	for k < len(text) && text[k] >= 'a' && text[k] <= 'z' {
		k++
	}
	if k >= len(text) || text[k] != '.' || k-i-1 > 6 || AbbreviationKind(text[i+1:k]) == NotAbbreviation {
		return 0
	}
	return k + 1 - i
}

// contractions are words whose 's is "is" or "has", not a possessive:
// "It’s", "that's".
var contractions = map[string]bool{"it": true, "he": true, "she": true, "that": true, "there": true, "what": true,
	"who": true, "here": true, "where": true, "let": true}

// capitalPronoun reports a capitalized word of contractions that is not
// all capitals: "He", "That". Its "’s" ("He’s right") is cut off, so the
// recognizer sees the pronoun and never takes "He’s" for a name; in lower
// case ("he’s") the contraction stays one word.
func capitalPronoun(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToUpper(w) != w
}

// gluedText reports whether a text looks like a scraper joined its
// paragraphs: at least two sentence ends run into a capitalized word
// ("crisis.They", "Guterres:The"). Only then are words glued without
// punctuation ("sanctionedAppalled") split; in other texts such a word is
// a name ("DoubleLine", "MasterCard").
func gluedText(s string) bool {
	n := 0
	for i := 1; i+2 < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', ':':
			a, b, c := s[i-1], s[i+1], s[i+2]
			if 'a' <= a && a <= 'z' && 'A' <= b && b <= 'Z' && 'a' <= c && c <= 'z' {
				if n++; n >= 2 {
					return true
				}
			}
		}
	}
	return false
}

// gluedCapital reports whether s starts with a capitalized word of at
// least two lower-case letters: the start of a glued paragraph.
func gluedCapital(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	n := 0
	for _, r := range s[size:] {
		if !unicode.IsLower(r) {
			break
		}
		n++
	}
	return n >= 2
}

// gluedAcronym reports whether s starts with an acronym of two capitals
// or more, with a plural "s", that ends its word: "MEPs urge", "NGOs".
func gluedAcronym(s string) bool {
	n := 0
	for n < len(s) && 'A' <= s[n] && s[n] <= 'Z' {
		n++
	}
	if n < 2 {
		return false
	}
	if n < len(s) && s[n] == 's' {
		n++
	}
	return n == len(s) || !isWordRune(rune(s[n])) && s[n] < utf8.RuneSelf
}

// gluedShort reports whether s starts with a two-letter capitalized
// function word ending its word: "EuropeBy advancing".
func gluedShort(s string) bool {
	if len(s) < 2 || len(s) > 2 && isWordRune(rune(s[2])) {
		return false
	}
	switch s[:2] {
	case "By", "In", "As", "At", "On", "If", "It", "We", "He", "To", "An", "No", "So", "Of", "My", "Mr", "Ms", "Dr", "Co":
		return true
	}
	return false
}

// degreePiece reports the first part of a degree written without its last
// period: "Ph" of "Ph.D", "Ed" of "Ed.D", "Pharm" of "Pharm.D".
func degreePiece(w string) bool {
	if w == "Pharm" {
		return true
	}
	if len(w) < 2 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

// isInitialism reports whether w is letters separated by single periods:
// "U", "U.S", "a.m", and with letters beyond ASCII: "A.Ş" (a Turkish
// company's legal form).
func isInitialism(w string) bool {
	n, i := 0, 0
	for _, r := range w {
		if i%2 == 0 {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
		i++
	}
	return n > 0
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// nameApostrophe reports a closing single mark at text[i:] right after a
// capitalized name text[start:i] in mixed case that ends in a letter other
// than "s", before a space and another capitalized name, with no single
// quotation mark open in its paragraph: the name's own apostrophe, "Achieng’"
// of "Grace Achieng’ Owino" (not a plural's possessive, "Farmers’
// Union", nor a quotation's close, "‘We back Jane’ Roe said").
func nameApostrophe(text string, start, i, size int) bool {
	w := text[start:i]
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	if len(w) < 3 || !unicode.IsUpper(first) || strings.ToUpper(w) == w || !unicode.IsLower(last) || last == 's' || last == 'z' || last == 'x' {
		return false
	}
	if _, ok := Honorific(w); ok {
		return false // a style that elides its last letter: "Dato’ Sri Jane Roe"
	}
	k := i + size
	if k+1 >= len(text) || text[k] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[k+1:])
	return unicode.IsUpper(next) && !markOpenInParagraph(text, start)
}

// markOpenInParagraph reports a single mark that opens a quotation (after
// a space, a line break or a parenthesis: ‘, ' or a ’ typed for it)
// before byte i in its paragraph, within 400 bytes, over a hard wrap too.
func markOpenInParagraph(text string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-400; k-- {
		switch c := text[k]; {
		case c == '\n' && k > 0 && text[k-1] == '\n':
			return false
		case c == '\'' || c == 0x98 && k >= 2 && text[k-2] == 0xe2 && text[k-1] == 0x80 || c == 0x99 && k >= 2 && text[k-2] == 0xe2 && text[k-1] == 0x80:
			s := k
			if c != '\'' {
				s = k - 2
			}
			if s == 0 || text[s-1] == ' ' || text[s-1] == '\n' || text[s-1] == '(' {
				return true
			}
		}
	}
	return false
}
