package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Sentence is a run of tokens that ends with sentence-final punctuation
// (and any closing quotation marks or brackets after it) or at a paragraph
// break. Its span runs from its first token's start to its last token's end.
type Sentence struct {
	Span
	Tokens    Range `json:"-"` // the sentence's tokens
	Paragraph int   `json:"paragraph"`
	// TitleCase reports a sentence set in title case, like a headline
	// ("Clinton Says Russians Hacked DNC"), where capitals mark no names.
	TitleCase bool `json:"title_case,omitempty"`
	// Piece reports a sentence cut short because it ran over
	// MaxSentenceTokens: the sentence goes on in the next one.
	Piece bool `json:"piece,omitempty"`
}

// A Range is the half-open range [First, End) of indexes into a slice:
// the tokens of a sentence or entity, the sentences of a paragraph.
type Range struct {
	First int // first index, inclusive
	End   int // last index, exclusive
}

// Len returns the number of indexes in the range.
func (r Range) Len() int { return r.End - r.First }

// A Paragraph is a run of sentences between line breaks. A single line
// break ends a paragraph unless the line before it stops mid-sentence and
// the next starts in lower case (a hard-wrapped line).
type Paragraph struct {
	Span
	Sentences Range `json:"-"` // the paragraph's sentences
}

// sentence starters after an abbreviation that may end a sentence ("the U.S.").
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"But": true, "And": true, "In": true, "On": true, "A": true, "An": true, "This": true,
	"That": true, "His": true, "Her": true, "Their": true, "Its": true, "There": true,
	"However": true, "Still": true, "Yet": true, "So": true, "Meanwhile": true, "Our": true,
	"As": true, "At": true, "For": true, "If": true, "When": true, "While": true, "After": true,
}

// Segment splits tokens into sentences and paragraphs. It needs no model and
// runs in time linear in the number of tokens. A sentence longer than
// MaxSentenceTokens is cut into pieces (see cutLong), so that no later
// step that scans to a sentence's end scans further than a piece.
func Segment(text string, toks []Token) ([]Sentence, []Paragraph) {
	sents := make([]Sentence, 0, len(toks)/20+1)
	paras := make([]Paragraph, 0, len(toks)/60+1)
	start := 0
	paraStart := 0
	closeSent := func(end int) {
		if end <= start {
			return
		}
		for end-start > MaxSentenceTokens {
			cut := cutLong(toks, start, start+MaxSentenceTokens)
			sents = append(sents, Sentence{
				Span:   Span{toks[start].Start, toks[cut-1].End},
				Tokens: Range{start, cut}, Paragraph: len(paras), Piece: true,
			})
			start = cut
		}
		sents = append(sents, Sentence{
			Span:   Span{toks[start].Start, toks[end-1].End},
			Tokens: Range{start, end}, Paragraph: len(paras),
		})
		start = end
	}
	closePara := func() {
		if len(sents) > paraStart {
			paras = append(paras, Paragraph{
				Span:      Span{sents[paraStart].Start, sents[len(sents)-1].End},
				Sentences: Range{paraStart, len(sents)},
			})
		}
		paraStart = len(sents)
	}
	wrapped := hardWrapped(toks)
	for i := 0; i < len(toks); i++ {
		if i > 0 && paragraphBreak(toks, i, wrapped) {
			closeSent(i)
			closePara()
		}
		if end := sentenceEnd(text, toks, i); end > 0 {
			closeSent(end)
			i = end - 1
		}
	}
	closeSent(len(toks))
	closePara()
	return sents, paras
}

// wrapLine is the length in bytes past which a line of hard-wrapped text
// that stops mid-sentence runs on into the next: wrapped text fills its
// lines to 60–80 columns, headings and menu items stop short of it.
const wrapLine = 45

// hardWrapped reports text whose paragraphs are broken into lines of
// fixed width, as plain-text releases and e-mails are: at least three
// lines stop mid-sentence and the next goes on in lower case ("…
// according to a survey of 3,870 members of the\nunion published today"),
// and they are a third of the single line breaks or more (lists of
// lines, each a quotation and its speaker, are not wrapped).
func hardWrapped(toks []Token) bool {
	runOn, single := 0, 0
	for i := 1; i < len(toks); i++ {
		if toks[i].Newlines == 1 {
			single++
			if midSentence(&toks[i-1]) && toks[i].IsLower() {
				runOn++
			}
		}
	}
	return runOn >= 3 && 3*runOn >= single
}

// lineOpener reports a token that opens a list's item on its line: a
// bullet or a dash.
func lineOpener(t *Token) bool {
	switch t.Text {
	case "•", "-", "*", "–", "—", "·", "▪":
		return true
	}
	return false
}

// midSentence reports a token a line can stop on mid-sentence: a word,
// a number, a comma or a possessive ("… at St Brigid's Children's" over
// "Hospital in Dublin, …").
func midSentence(t *Token) bool {
	return t.Kind == Word || t.Kind == Number || t.Is(",") || t.Kind == Possessive
}

// joiningEnd reports a line's last word that joins it to what follows,
// which no sentence or heading ends with: "… Minister of Social Action,
// Childhood and the\nFamily, Jane Roe." (on a full line; a short one is a
// menu's or a label's, "Follow us on", "Sign in", and a line in capitals
// after it a new turn's speaker, "TOM DOE:")
func joiningEnd(t *Token) bool {
	switch t.Text {
	case "the", "a", "an", "of", "and", "for", "to", "at", "with", "by", "from", "on", "in":
		return true
	}
	return false
}

// lineLen returns the length in bytes of the line that ends with toks[i].
func lineLen(toks []Token, i int) int {
	k := i
	for k > 0 && toks[k].Newlines == 0 {
		k--
	}
	return toks[i].End - toks[k].Start
}

// paragraphBreak reports whether a paragraph ends before toks[i]. In
// hard-wrapped text a full line that stops mid-sentence runs on whatever
// the next starts with: "… a senior lecturer in occupational health
// at\nPennine Metropolitan University, …".
func paragraphBreak(toks []Token, i int, wrapped bool) bool {
	t := &toks[i]
	if t.Glued {
		return true
	}
	if t.Newlines == 0 {
		return false
	}
	if t.Newlines >= 2 {
		return true
	}
	// A line that opens with a period or a comma goes on with the line
	// before: no sentence or heading starts with one, but page dumps put
	// the period after an attribution on a line of its own:
	//	Jane Roe, Head of the Water Unit
	//	said
	//	. “We will act.”
	if t.Is(".") || t.Is(",") {
		return false
	}
	prev := &toks[i-1]
	if wrapped && prev.Kind == QuoteMark && t.IsLower() && t.Kind == Word && lineLen(toks, i-1) >= wrapLine {
		return false // a quotation closed at a full line's end, the sentence going on: "… should issue \"after-smoke\"\nadvisories in addition to …"
	}
	if midSentence(prev) && (t.IsLower() || (wrapped || joiningEnd(prev) && !t.IsUpper()) && !lineOpener(t) && lineLen(toks, i-1) >= wrapLine) {
		return false // (whatever the next line opens with but a list's bullet: "… the Cleveland firm Nance\n& Whitby", "… Inspector General\n(HHS-OIG)")
	}
	// A quotation that ends in a comma, then its attribution alone on a
	// short line, as page dumps break them:
	//	“We will act,”
	//	Sen. Roe said.
	if commaEnd := prev.Is(",") || prev.Kind == QuoteMark && i > 1 && toks[i-2].Is(","); commaEnd && shortLine(toks, i) {
		return false
	}
	return true
}

// shortLine reports whether the line that starts at toks[i] is a few words
// that end with a period: "Sen. Roe said.", "said Jane Roe, the mayor."
// The words may be broken over lines that go on in lower case or open
// with the period ("Jane Roe, Head of the Water Unit" / "said" / ".").
func shortLine(toks []Token, i int) bool {
	for k := i; k < len(toks) && k < i+20; k++ {
		if k > i && toks[k].Newlines > 0 {
			if toks[k].Newlines == 1 && toks[k].Is(".") {
				return true
			}
			if toks[k].Newlines == 1 && toks[k].IsLower() {
				continue
			}
			return toks[k-1].Is(".")
		}
		if k+1 == len(toks) {
			return toks[k].Is(".")
		}
	}
	return false
}

// sentenceEnd returns the index after the last token of a sentence that
// ends at toks[i], or 0 when no sentence ends there.
func sentenceEnd(text string, toks []Token, i int) int {
	t := &toks[i]
	final := false
	abbrev := NotAbbreviation
	switch {
	case t.Kind == Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…" || t.Text == "..."):
		final = true
	case t.Kind == Word && len(t.Text) > 1 && t.Text[len(t.Text)-1] == '.':
		abbrev = AbbreviationKind(t.Text)
		final = abbrev == OtherAbbreviation || abbrev == MonthAbbreviation || degreeAfterName(toks, i) || symbolNotStyle(toks, i)
		if symbolNotStyle(toks, i) {
			abbrev = NotAbbreviation // a dose's or an element's "Mg." ends its sentence like a word
		}
		if abbrev == TitleAbbreviation && wordStyle(toks, i) {
			final, abbrev = true, NotAbbreviation // a style that is a word's end too, after a name or "and": "groups A and Bi.", "Hillside Prim."
		}
		if abbrev == NotAbbreviation && utf8.RuneCountInString(t.Text) == 2 {
			return 0 // an initial: "J."
		}
		if i > 0 && !t.Space && toks[i-1].Is(".") && !toks[i-1].Space && i > 1 && toks[i-2].Kind == Word && len(toks[i-2].Text) > 1 {
			final, abbrev = true, NotAbbreviation // the end of a web address: "according to ouest-france.fr. They"
		}
	}
	if !final {
		return 0
	}
	// Closing marks after the period belong to the sentence: ." ’) ”
	j := i + 1
	for j < len(toks) && !toks[j].Space && toks[j].Newlines == 0 &&
		(toks[j].Kind == QuoteMark && !toks[j].IsOpenQuote() || toks[j].Is(")") || toks[j].Is("]")) {
		j++
	}
	if j == len(toks) {
		return j
	}
	next := &toks[j]
	if next.Newlines > 1 || next.Newlines == 1 && abbrev == NotAbbreviation {
		return j // (an abbreviation that ends a line is read as inside one: "of the U.S.\nDepartment of Health" in wrapped text; a paragraph's break is paragraphBreak's)
	}
	if t.Text == "." && !next.Space && j == i+1 {
		// No space after the period: a glued paragraph ("Karabakh.They") ends
		// a sentence only when a lower-case word of two or more letters meets
		// a capitalized word; "U.S.-led" and "3.5" never come here.
		if i == 0 || toks[i-1].Space && toks[i-1].Kind != Word || !gluedBreak(&toks[i-1], next) {
			return 0
		}
		return j
	}
	switch {
	case next.IsCap(), next.Kind == Number, next.Kind == QuoteMark, next.Is("("), next.Is("["), next.Is("—"), next.Is("–"):
	default:
		return 0 // "…, said the U.S. envoy" or "?” she asked"
	}
	switch abbrev {
	case OtherAbbreviation, MonthAbbreviation:
		// "the U.S. The" ends; "the U.S. Senate" does not.
		if !sentenceStarters[next.Text] && next.Kind != QuoteMark && !degreeAfterName(toks, i) {
			return 0
		}
	}
	if t.Text == "…" || t.Text == "..." {
		if !next.IsCap() && next.Kind != QuoteMark {
			return 0
		}
	}
	_ = text
	return j
}

// degreeAfterName reports a degree's or a licence's dotted letters at
// token i, set off by a comma after a name, that end its sentence before
// the name's own word: "said Jane Roe, Ph.D. Roe added …", "Jane Roe,
// P.E. Roe said …"; not initials before a name ("J.R. Roe"), a body's
// name ("Jane Roe, J.D. Power senior director") or a title ("Ph.D.
// Candidate").
func degreeAfterName(toks []Token, i int) bool {
	if i < 2 || i+1 >= len(toks) || !toks[i-1].Is(",") || !toks[i-2].IsCap() {
		return false
	}
	own := false
	for k := i - 2; k >= 0 && k >= i-5 && toks[k].IsCap(); k-- {
		own = own || toks[k].Text == toks[i+1].Text
	}
	if !own {
		return false
	}
	return strings.Count(toks[i].Text, ".") >= 2 && IsDegree(toks[i].Text)
}

// symbolNotStyle reports a style's letters at token i that stand for
// something else there: "Mg." after a number or "and" (a unit or an
// element: "250 Mg.", "Ca and Mg."), not the master's style before a name
// ("Secretary of Education, Mg. Jane Roe"); "Ch." after a citation's year
// in brackets (the Chancery reports: "[1998] Ch."), not Chaudhry's.
func symbolNotStyle(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i].Text {
	case "Mg.":
		return toks[i-1].Kind == Number || toks[i-1].Is("and") || toks[i-1].Is("or")
	case "Ch.":
		return toks[i-1].Is("]") || toks[i-1].Kind == Number
	}
	return false
}

func gluedBreak(prev, next *Token) bool {
	if prev.Kind != Word || utf8.RuneCountInString(prev.Text) < 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.Text)
	if !unicode.IsLower(last) && !unicode.IsDigit(last) {
		return false
	}
	if !next.IsCap() || next.Kind != Word {
		return false
	}
	_, size := utf8.DecodeRuneInString(next.Text)
	second, _ := utf8.DecodeRuneInString(next.Text[size:])
	// "crisis.They", "crisis.MEPs"; not "U.S.-led".
	return unicode.IsLower(second) || len(next.Text) == size || utf8.RuneCountInString(prev.Text) >= 3 && len(next.Text) > size
}

// wordStyle reports a style's abbreviation at token i that is also a
// word or a word's end, "Bi." (Swahili's Bibi) and "Prim." (a senior
// physician), after a capitalized word or "and" or "or": there its stop
// ends the sentence ("groups A and Bi. Jonas Ekberg, the lead author,
// said", "pupils at Hillside Prim. The head said"); after a verb of
// saying or a comma it is the style ("said Bi. Zuhura Athumani").
func wordStyle(toks []Token, i int) bool {
	switch strings.ToLower(toks[i].Text) {
	case "bi.", "prim.":
	default:
		return false
	}
	if i == 0 {
		return false
	}
	p := &toks[i-1]
	return p.Kind == Word && (p.IsCap() || p.IsUpper() || p.Is("and") || p.Is("or"))
}
