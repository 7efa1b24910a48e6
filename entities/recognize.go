package entities

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"
)

// An Analysis is the entity layer's reading of a text: tokens, sentences,
// paragraphs and named entities, all with spans into Text.
type Analysis struct {
	Text        string
	Region      Span // the part of Text that was analyzed
	Tokens      []Token
	Sentences   []Sentence
	Paragraphs  []Paragraph
	Entities    []Entity
	tokEnt      []int32 // token index -> entity index + 1, 0 for none
	rec         *Recognizer
	prose       map[int][]proseEntity // sentence index -> prose's entities, for Refine
	proseNames  map[string]string     // a refined name -> prose's label for it ("" for none), for Refine
	capAt       map[string][]int32    // a capitalized word -> the tokens that are it, built on first use (namedApart)
	postLetters map[string]bool       // the letters of posts the text defines in parentheses: "CDO" of "Chief District Officer (CDO)"
	transcript  int8                  // 1 when the text is a transcript, -1 when not, 0 before IsTranscript asks
}

// EntityAt returns the entity that token i belongs to, or nil.
func (a *Analysis) EntityAt(i int) *Entity {
	if i < 0 || i >= len(a.tokEnt) || a.tokEnt[i] == 0 {
		return nil
	}
	return &a.Entities[a.tokEnt[i]-1]
}

// EntityIndex returns the index in Entities of the entity that token i
// belongs to, or -1.
func (a *Analysis) EntityIndex(i int) int {
	if i < 0 || i >= len(a.tokEnt) {
		return -1
	}
	return int(a.tokEnt[i]) - 1
}

// SentenceOf returns the index of the sentence holding token i, or -1.
func (a *Analysis) SentenceOf(i int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := &a.Sentences[m]; {
		case i < s.Tokens.First:
			hi = m
		case i >= s.Tokens.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the first token that ends after byte offset
// off, or len(Tokens).
func (a *Analysis) TokenAt(off int) int {
	lo, hi := 0, len(a.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// A Recognizer finds named entities with embedded lists and rules, and
// settles uncertain ones with prose's model on demand (Refine). It is safe
// for concurrent use.
type Recognizer struct {
	model bool
}

// NewRecognizer returns a Recognizer, parsing the embedded lists once per
// process. The error reports a defect in the embedded lists.
func NewRecognizer(opts ...Option) (*Recognizer, error) {
	if err := LexiconError(); err != nil {
		return nil, err
	}
	r := &Recognizer{model: true}
	for _, o := range opts {
		o(r)
	}
	return r, nil
}

// Analyze tokenizes, segments and recognizes the entities of
// text[region.Start:region.End]; every span indexes text itself.
func (r *Recognizer) Analyze(text string, region Span) *Analysis {
	a, _ := r.AnalyzeContext(context.Background(), text, region)
	return a
}

// AnalyzeContext is Analyze that stops early, with ctx.Err(), once ctx is
// done.
func (r *Recognizer) AnalyzeContext(ctx context.Context, text string, region Span) (*Analysis, error) {
	if !region.Valid(len(text)) {
		region = Span{0, len(text)}
	}
	a := &Analysis{Text: text, Region: region, rec: r}
	a.Tokens = Tokenize(text, region.Start, region.End)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a.Sentences, a.Paragraphs = Segment(text, a.Tokens)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a.recognize()
	return a, ctx.Err()
}

// words that start sentences and clauses but never names.
var stopwords = toSet(`a about according after against all also although among an and another any as at
because before being between both but by can could despite did do does during each either even every
few for from had has have he her here hers him his how however i if in including into is it its just
last later like many may meanwhile might more most much must my neither next no nor not now of on once
one only or other our over perhaps same several she should since so some such than that the their
them then there these they this those though through thus to today tomorrow too toward towards under
unless unlike until upon us was we were what whatever when where whether which while who whom whose why
will with within without would yes yesterday yet you your earlier speaking asked`)

var connectors = toSet(`of for on in and & the de du des del della la le van von af der den ter al el bin binti binte bint ibn ben ole da di dos das y zu ap o s/o d/o a/l a/p anak á við wa née épouse`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isStopword(w string) bool {
	var b [32]byte
	k := lowerKey(b[:0], w)
	return stopwordFilter.mayHave(k) && stopwords[string(k)]
}

func capWord(t *Token) bool {
	return (t.Kind == Word) && (t.IsCap() || t.IsUpper())
}

// titleCase reports whether a sentence is set in title case, like a
// headline, where capitals don't mark names: most of its longer words are
// capitalized and so is a function word inside it ("Clinton Was Headed to
// ER But Diverted"), or nearly all are in a one-sentence paragraph. A
// headline has no verb of saying in lower case.
func titleCase(toks []Token, alone, first bool) bool {
	if len(toks) > 0 && (toks[0].Is("—") || toks[0].Is("–") || toks[0].Is("--")) {
		return false // a signature under a quotation: "— Jane Roe, Managing Director, Kelvo Marine Power"
	}
	if n := len(toks); n > 3 && (toks[n-1].Is("–") || toks[n-1].Is("—") || toks[n-1].Is("--") || toks[n-1].Is(":")) {
		for i := 1; i < n-2; i++ {
			if toks[i].Is(",") {
				return false // a label over a quotation: "Jane Roe, Minister of Social Development –"
			}
		}
	}
	// A cheap first pass: most sentences have lower-case long words.
	long, lower := 0, 0
	for i := range toks {
		if t := &toks[i]; t.Kind == Word && len(t.Text) >= 4 {
			long++
			if t.IsLower() {
				lower++
				if t.Is("said") || t.Is("says") || t.Is("told") {
					return false // "Professor Sir Jane Roe, Clinical Adviser for the One Campaign, said:" reports speech
				}
			}
		}
	}
	if long < 3 || lower*10 > long*3 {
		return false
	}
	// The counts the answer needs are taken lazily: the lexicon lookups
	// of capCommon and verbs only when capStop does not decide, and they
	// stop once capCommon decides (a long run of names is costly).
	words, caps, capStop := 0, 0, 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != Word {
			continue
		}
		if capStop == 0 && i > 0 && t.IsCap() && !t.IsUpper() && isStopword(t.Text) && !clauseStart(toks, i, 0) {
			capStop++
		}
		if utf8.RuneCountInString(t.Text) < 4 {
			continue
		}
		words++
		if t.IsCap() {
			caps++
		}
	}
	if words < 3 || words > 24 {
		return false // (a headline is short; a long sentence of names and posts is running text: "Today, Jane Roe, Member of Parliament for …, on behalf of the Honourable …, together with Her Worship …, announced …")
	}
	if caps*10 >= words*7 && capStop > 0 {
		return true
	}
	if !alone || caps*10 < words*9 {
		return false
	}
	// The first line of a text is likely its headline: two capitalized
	// common words do, one of them a verb ("Clinton Says Russians Hacked DNC").
	capCommon, verbs := 0, 0
	var lb [32]byte
	for i := range toks {
		if capCommon >= 3 {
			return true
		}
		t := &toks[i]
		if t.Kind != Word || utf8.RuneCountInString(t.Text) < 4 {
			continue
		}
		if t.IsCap() {
			lw := lowerKey(lb[:0], t.Text)
			verbish := !ProperWord(t.Text) && (bytesSuffix(lw, "ed") && (CommonWord(string(lw[:len(lw)-2])) || CommonWord(string(lw[:len(lw)-1]))) ||
				bytesSuffix(lw, "ing") && CommonWord(string(lw[:len(lw)-3])))
			if verbish {
				verbs++
			}
			if h, _ := OrgHead(t.Text); (CommonWord(t.Text) || verbish) && !ProperWord(t.Text) && !IsTitleWord(t.Text) && !IsTitleModifier(t.Text) && !h {
				capCommon++
			}
		}
	}
	return capCommon >= 3 || first && capCommon >= 2 && verbs > 0
}

// speakerLine reports a sentence si that is a line of the body, a few
// words set off by a comma or a parenthesis and no figure, over a
// paragraph that opens with a quotation, or under one that is a
// quotation: the speaker's name and title in capitals, not a heading
// ("Jane Roe (Greens), Chair of the Urban Environment Committee" over
// "“We have listened.”"; "Jane Roe, Commissioner for Health and Medical
// Innovation" under "“We will act.”").
func (a *Analysis) speakerLine(si int) bool {
	s := &a.Sentences[si]
	if s.Paragraph == 0 || a.Paragraphs[s.Paragraph].Sentences.Len() != 1 {
		return false
	}
	above := false
	if s.Paragraph+1 < len(a.Paragraphs) {
		next := &a.Sentences[a.Paragraphs[s.Paragraph+1].Sentences.First]
		above = next.Tokens.First < len(a.Tokens) && a.Tokens[next.Tokens.First].Kind == QuoteMark
	}
	pp := &a.Paragraphs[s.Paragraph-1]
	below := pp.Sentences.Len() > 0 && a.Tokens[a.Sentences[pp.Sentences.End-1].Tokens.End-1].Kind == QuoteMark && a.Tokens[a.Sentences[pp.Sentences.First].Tokens.First].Kind == QuoteMark
	if !above && !below {
		return false // (over a quotation, or under one as its signature: "“…”" / "Jane Roe, Commissioner for Health")
	}
	for k := s.Tokens.First + 1; k < s.Tokens.End; k++ {
		if t := &a.Tokens[k]; t.Kind == Number || strings.ContainsAny(t.Text, "0123456789") {
			return false // a headline's figures: "Glaciers Threaten Water for 1.9 Billion People, Speakers Warn"
		}
	}
	for k := s.Tokens.First + 1; k < s.Tokens.End && k <= s.Tokens.First+5; k++ {
		if a.Tokens[k].Is(",") || a.Tokens[k].Is("(") {
			return true // a name's few words, then its title or party
		}
	}
	return false
}

// recognize fills a.Entities.
func (a *Analysis) recognize() {
	toks := a.Tokens
	a.tokEnt = make([]int32, len(toks))
	// Every entity starts at a capitalized word: room for that many
	// spares the copies of a growing slice (text dense with names).
	caps := 0
	for k := range toks {
		if capWord(&toks[k]) {
			caps++
		}
	}
	a.Entities = make([]Entity, 0, caps)
	for si := range a.Sentences {
		s := &a.Sentences[si]
		p := &a.Paragraphs[s.Paragraph]
		headline := titleCase(toks[s.Tokens.First:s.Tokens.End], p.Sentences.Len() == 1, s.Paragraph == 0) && !a.speakerLine(si)
		s.TitleCase = headline
		i := s.Tokens.First
		for i < s.Tokens.End {
			t := &toks[i]
			if !capWord(t) {
				i++
				continue
			}
			if b, n := numberedBranchAt(toks, i, s.Tokens.First, s.Tokens.End); n > 0 {
				a.add(Entity{Kind: Organization, Rule: "org-head", Confidence: 0.8, Tokens: Range{First: b, End: b + n}})
				i = b + n
				continue
			}
			if j := fieldListBody(a.Text, toks, i, s.Tokens.End, headline); j > 0 {
				_, unit := OrgHead(toks[j-1].Text)
				a.add(Entity{Kind: Organization, Rule: "org-fields", Confidence: 0.8, Unit: unit, Tokens: Range{First: i, End: j}})
				i = j
				continue
			}
			if j := regionListUnit(a.Text, toks, i, s.Tokens.End, headline); j > 0 {
				a.add(Entity{Kind: Organization, Rule: "org-fields", Confidence: 0.8, Unit: true, Tokens: Range{First: i, End: j}})
				i = j
				continue
			}
			if n, e := gazetteerAt(a.Text, toks, i, s.Tokens.End); n > 0 && !(e.Kind == Place && placeOwnsBody(toks, i+n, s.Tokens.End)) && !(e.Kind == Place && n == 1 && (givenNameBefore(toks, i, s.Tokens.End) || cityGivenName(toks, i, s.Tokens.End))) &&
				!(e.Kind == Organization && n > 1 && (headNext(toks, i+n, s.Tokens.End) || !toks[i+n-1].IsUpper() && acronymOwnsBody(toks, i+n, s.Tokens.End))) && // (also words joined by "and" up to their head: "United Nations Levant Relief and Livelihoods Agency")
				!(e.Kind == Organization && n == 1 && chamberWord(t.Text) && headNext(toks, i+1, s.Tokens.End)) && // (nor a chamber before its committee: "House Committee on Education")
				!(n == 1 && (givenAbbreviation(t.Text) || t.Is("Del.")) && i+1 < s.Tokens.End && capWord(&toks[i+1])) && // "Md. Jane Karim", not Maryland; "Del. Jane Roe", a delegate, not Delaware
				!(e.Kind == Organization && n == 1 && t.IsUpper() && acronymOwnsBody(toks, i+1, s.Tokens.End)) &&
				!(e.Kind == Organization && n == 1 && !t.IsUpper() && i > 0 && (toks[i-1].Is("of") || toks[i-1].Is("for")) && i+1 < s.Tokens.End && capWord(&toks[i+1]) && !toks[i+1].IsUpper() && !IsTitleWord(toks[i+1].Text)) &&
				!(e.Kind == Organization && n == 1 && !t.IsUpper() && i+2 < s.Tokens.End && (toks[i+1].Is("of") || toks[i+1].Is("for")) && capWord(&toks[i+2]) && !isStopword(toks[i+2].Text)) &&
				!(e.Kind == Organization && n == 1 && !t.IsUpper() && i+3 < s.Tokens.End && (toks[i+1].Is("of") || toks[i+1].Is("for")) && toks[i+2].Is("the") && capWord(&toks[i+3]) && acronymOwnsBody(toks, i+3, s.Tokens.End)) && // (nor before "of the" and a body of its own: "Commission of the Kelvo Fisheries Organization")
				!(e.Kind == Organization && n > 1 && i+n+1 < s.Tokens.End && toks[i+n].Is("for") && capWord(&toks[i+n+1]) && !isStopword(toks[i+n+1].Text) && lastHead(toks, i+n-1, i+n)) && // (nor a known body's words opening a longer name: "State Department for Livestock Development")
				!(e.Kind == Organization && n == 1 && !t.IsUpper() && i > 1 && (toks[i-1].Is("of") || toks[i-1].Is("for")) && portfolioHead(toks[i-2].Text)) &&
				!(e.Kind == Organization && n == 1 && !t.IsUpper() && fieldListItem(toks, i, i+1)) {
				// (nor a known body's one word opening a longer name: "Council
				// of School Employers" is no Council of the EU)
				// (a known body's one word opening a title's field: "Head of
				// Labour Market Statistics" is no Labour party; nor a
				// minister's portfolio: "Minister of Labour", also in a list:
				// "Minister for Economic Affairs, Labour and Transport")
				a.add(e)
				i += n
				continue
			}
			if isStopword(t.Text) && i+1 < s.Tokens.End && capWord(&toks[i+1]) && !(i > s.Tokens.First && isHonorificCap(&toks[i-1])) {
				i++ // "The White House": the article is not part of the name (but a given name after a style is: "Hajah Nor Hasliza")
				continue
			}
			if i > s.Tokens.First && toks[i-1].Kind == QuoteMark && (HeadlineVerb(t.Text) && !surnameVerbs[t.Text] || saysVerbs[t.Text]) && i+1 < s.Tokens.End && capWord(&toks[i+1]) {
				i++ // "“…,” Says Kelvo Chairman": the verb after a headline's quotation is no name's
				continue
			}
			if k := officeOfPost(toks, i, s.Tokens.End); k > i && !toks[k-1].Is("Office") && !toks[k-1].Is("Bureau") {
				a.classify(i, k, s.Tokens.First, headline) // a post's office with its district: "the Public Prosecutor's Office Mittelrhein"
				i = k
				continue
			}
			if n := titleRunAt(toks, i, s.Tokens.End); n > 0 && !OwnRoleBody(toks, i, s.Tokens.End) {
				i += n
				continue
			}
			if PoliceRank(t.Text) && i+1 < s.Tokens.End && capWord(&toks[i+1]) && !toks[i+1].IsUpper() {
				i++ // a rank before the name: "CP Jane Roe"
				if i+1 < s.Tokens.End && toks[i].Is("Pol.") && capWord(&toks[i+1]) {
					i++ // and the force's word after an Indonesian rank: "Irjen. Pol. Jane Roe"
				}
				continue
			}
			if PluralTitle(t.Text) && i+1 < s.Tokens.End && capWord(&toks[i+1]) && !a.pluralTitleOpensBody(i, s.Tokens.End, headline) {
				i++ // "Senators Jane Roe and John Doe": the title of both, not a name
				continue
			}
			if n := commonBeforeTitle(toks, i, s.Tokens.End); n > 0 {
				i += n // "Road Safety Minister", "Acting Rivertown District Attorney"
				continue
			}
			if m := modifiedPostAfter(toks, i, s.Tokens.End); m > i {
				// a body's letters before a post a modifier opens, perhaps
				// past its territory: "SAPS Provincial Commissioner", "SAPS
				// Eastern Cape Provincial Commissioner" (no person "SAPS
				// Eastern Cape Provincial")
				a.classify(i, i+1, s.Tokens.First, headline)
				if m > i+1 {
					a.classify(i+1, m, s.Tokens.First, headline)
				}
				i = m
				continue
			}
			j := runEnd(a.Text, toks, i, s.Tokens.End, headline)
			if j > i+1 && j < s.Tokens.End && toks[j].IsLower() && (DottedLegalForm(toks[j].Text) || associationForm(toks[j].Text)) {
				j++ // a legal form in lower case ends the name: "Kelvo Brakes a.s.", "Kelvo Aide asbl"
			}
			a.classify(i, j, s.Tokens.First, headline)
			i = j
		}
	}
	a.boardOwners()
	a.slashedBodies()
	a.dashedBodies()
	a.holderAfterBody()
	a.titleAcronymsOff()
	a.bodyLettersOff()
	a.placeOpensOrg()
	a.linkAcronyms()
	a.knownNames()
	a.foreignPosts()
	a.commaSuffixes()
	a.balinesePrefixes()
	a.tradeNamed()
	a.orgEvidence()
	a.quotedCompanies()
	a.kindNamed()
	a.kindAfterNamed()
	a.describedBodies()
	a.bodyOfThePost()
	a.affiliationNamed()
	a.possessiveBrands()
	a.repeatOrgs()
	a.repeatAcronyms()
	a.setOffPlaces()
	a.signedGivenNames()
	a.placesBeforeLocalPosts()
	a.headFirstBodies()
	a.namedPlaces()
	a.listedPlaces()
	a.fieldBeforeName()
	a.nameAfterLocalGov()
	a.bareHeadsOfOthers()
	a.vietnameseFamily()
	a.inTextOrder()
}

// inTextOrder sorts the entities by where they start, as every reader of
// Analysis.Entities expects, after the passes that append names wherever
// they find them (kindNamed, describedBodies, repeatOrgs, repeatAcronyms
// and others that call add).
func (a *Analysis) inTextOrder() {
	if slices.IsSortedFunc(a.Entities, byStart) {
		return
	}
	slices.SortStableFunc(a.Entities, byStart)
	a.mapTokens()
}

// byStart orders entities by their first token.
func byStart(x, y Entity) int { return x.Tokens.First - y.Tokens.First }

// vietnameseFamily gives back to a person's name the family name a title's
// field took, when the name opens with the middle name "Thi" or "Van" that
// Vietnamese names carry after the family name: "Deputy Minister of
// Science and Technology Vu Thi Lan Huong" is "Vu Thi Lan Huong", not
// "Thi Lan Huong".
func (a *Analysis) vietnameseFamily() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind != Person || e.Tokens.Len() < 2 || f == 0 || !(toks[f].Is("Thi") || toks[f].Is("Thị") || toks[f].Is("Van") || toks[f].Is("Văn")) {
			continue
		}
		p := &toks[f-1]
		if toks[f].Is("Van") && !vietFamilies[p.Text] {
			continue // (a Dutch "Van" is a family name's own: "Said Van Dijk")
		}
		if _, style := Honorific(p.Text); a.tokEnt[f-1] != 0 || !capWord(p) || p.IsUpper() || style || strings.Contains(p.Text, ".") || utf8.RuneCountInString(p.Text) > 6 || IsTitleWord(p.Text) || isStopword(p.Text) || !toks[f].Space {
			continue // (a family name is short: "Vu", "Le", "Nguyen"; not "Dr." of "Dr. Thi Minh Nguyen")
		}
		a.tokEnt[f-1] = a.tokEnt[f]
		e.Tokens.First--
		e.Span.Start = p.Start
		e.Text = e.Span.In(a.Text)
	}
}

// vietFamilies are the common Vietnamese family names, written without
// diacritics as English releases do, that stand before "Van".
var vietFamilies = toSet(`Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh Cao Luu Doan Ta Quach Thai Kieu`)

// saysVerbs report a headline's quotation: "“…,” Says Kelvo Chairman".
var saysVerbs = toSet(`Says Say Tells Adds Stresses Insists Argues Writes`)

// fieldListBody returns the end of a body's name that opens with a list
// of fields in common words at token i, the last joined by "and" to the
// rest of the name, which ends in a body's head: "Transport, Logistics
// and Allied Workers' Union", "Food, Farm, Fisheries and Forestry
// Federation"; 0 when none starts there. Names of companies or places in
// a list ("Acme, Zentrix and Kelvo Power Company") are no fields.
func fieldListBody(text string, toks []Token, i, end int, headline bool) int {
	if i > 0 && (capWord(&toks[i-1]) && !isStopword(toks[i-1].Text) || fieldPrep(toks[i-1].Text) || toks[i-1].Is(",")) {
		return 0 // (a title's or a unit's fields: "Commissioner for Trade, Customs and Free Movement"; nor a list's later item, so a long list is read once)
	}
	f := i
	if chamberWord(toks[i].Text) && i+1 < end && capWord(&toks[i+1]) {
		f++ // a chamber's committee: "Senate Commerce, Science, and Transportation Committee"
	}
	k := f
	for k+2 < end && k < f+16 && fieldWord(&toks[k], k == f) && toks[k+1].Is(",") && fieldWord(&toks[k+2], false) {
		k += 2 // (up to eight fields)
	}
	if k == f || k+2 >= end {
		return 0
	}
	var j int
	switch {
	case toks[k+1].Is("and") && capWord(&toks[k+2]):
		if j = runEnd(text, toks, k, end, headline); j <= k+2 {
			return 0 // (the run goes on past "and")
		}
	case k+3 < end && toks[k+1].Is(",") && toks[k+2].Is("and") && capWord(&toks[k+3]):
		j = runEnd(text, toks, k+3, end, headline) // after the serial comma
	default:
		return 0
	}
	if h, _ := OrgHead(toks[j-1].Text); !h {
		return 0
	}
	return j
}

// regionListUnit returns the end of a unit named by the regions it
// covers, after "the": places the lists know, set off by commas, and the
// last joined by "and" to the rest of the name, which ends in a unit's
// head ("the Europe, Central Asia and Americas Division", "the Asia and
// Pacific Section"); 0 when none starts at token i.
func regionListUnit(text string, toks []Token, i, end int, headline bool) int {
	if i == 0 || !toks[i-1].IsFold("the") {
		return 0
	}
	k := i
	for k < end && k < i+16 {
		n, e := gazetteerAt(text, toks, k, end)
		if n == 0 || e.Kind != Place || k+n+1 >= end {
			return 0
		}
		k += n
		if toks[k].Is(",") && k+1 < end && toks[k+1].Is("and") {
			k++ // the serial comma
		}
		if toks[k].Is("and") {
			break
		}
		if !toks[k].Is(",") {
			return 0
		}
		k++
	}
	if k+1 >= end || !toks[k].Is("and") || !capWord(&toks[k+1]) {
		return 0
	}
	j := runEnd(text, toks, k+1, end, headline)
	if h, u := OrgHead(toks[j-1].Text); !h || !u {
		return 0
	}
	return j
}

// chamberWord reports a legislature's chamber that opens its committees'
// names: "Senate", "House", "Assembly".
func chamberWord(w string) bool {
	return w == "Senate" || w == "House" || w == "Assembly"
}

// fieldPrep reports a word that opens the fields of a title or a unit:
// "Minister of", "Commissioner for".
func fieldPrep(w string) bool {
	switch w {
	case "of", "for", "on", "in", "and", "&":
		return true
	}
	return false
}

// fieldWord reports a capitalized word that may name a field in a body's
// name: "Transport", "Logistics", "Broadband"; not a place, a name or a
// title ("Jane Roe, Coordinator, Drought and Disaster Office"). The
// first of a list must be a common word.
func fieldWord(t *Token, first bool) bool {
	return capWord(t) && !t.IsUpper() && (CommonWord(t.Text) || !first) && !ProperWord(t.Text) && !IsPlace(t.Text) && !isStopword(t.Text) && !IsTitleWord(t.Text)
}

// headNext reports a body's head at token k that goes on a known body's
// name before it into a body of its own, ending there or going on with
// its complement: "United Nations Agency for Dryland Livelihoods" is no
// United Nations, "African Union Commission" no African Union.
func headNext(toks []Token, k, end int) bool {
	if k >= end || !capWord(&toks[k]) {
		return false
	}
	h, unit := OrgHead(toks[k].Text)
	if h && unit && k+2 < end && (toks[k+1].Is("for") || toks[k+1].Is("on")) && capWord(&toks[k+2]) {
		return true // a unit with its remit is a body of its own: "United Nations Office for Disaster Risk Reduction"
	}
	return h && !unit && (k+1 == end || !capWord(&toks[k+1]) && !toks[k+1].Is("'s") && !toks[k+1].Is("’s") || toks[k+1].Is("for") || toks[k+1].Is("on") || toks[k+1].Is("of")) // (not "Kelvale Red Cross Society Secretary General Jane Roe")
}

// fieldBeforeName trims from a person's name of three words or more the
// first word when a title and "for" or "of" stand before it and the text
// uses that word apart from the name, as a place or a body's first word:
// "Member for Bunbury Jane Roe" when the text also speaks of "Bunbury
// Hospital" or "Bunbury's emergency department".
func (a *Analysis) fieldBeforeName() {
	toks := a.Tokens
	var apart map[string]bool // the words the text uses apart from a fuller name, built once
	for i := range a.Entities {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind != Person || e.Tokens.Len() < 3 || f < 2 || !(toks[f-1].Is("for") || toks[f-1].Is("of")) || !IsTitleWord(toks[f-2].Text) {
			continue
		}
		if apart == nil {
			apart = map[string]bool{}
			for k := range toks {
				if !capWord(&toks[k]) {
					continue
				}
				if o := a.EntityAt(k); o == nil || o.Kind != Person || o.Tokens.First == k && o.Tokens.Len() == 1 || o.Tokens.End == k+1 && k+1 < len(toks) && toks[k+1].Kind == Possessive {
					apart[toks[k].Text] = true // "Bunbury Hospital", "Bunbury's", "in Bunbury"
				}
			}
		}
		if !apart[toks[f].Text] {
			continue
		}
		a.tokEnt[f] = 0
		e.Tokens.First++
		e.Span.Start = toks[e.Tokens.First].Start
		e.Text = e.Span.In(a.Text)
	}
}

// knownNames raises the confidence of single names that repeat a part of
// a fuller name of the document ("Clinton" after "Hillary Clinton").
func (a *Analysis) knownNames() {
	parts := map[string]bool{}
	family := map[string]bool{} // the words after a given name written in small letters: "Lagos" of "Mauricio Lagos Ferrer"
	first := map[string]bool{}  // the first of two family names: "Montenegro" of "Rafael Montenegro Iturbe"
	alone := a.usedAlone()      // the one-word names: "Miller" of "Miller said"
	countries := map[string]bool{}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind == Person && e.Tokens.Len() > 1 {
			for k := e.Tokens.First; k < e.Tokens.End; k++ {
				parts[strings.ToLower(a.Tokens[k].Text)] = true // (in any case: "Nakamura" after "NAKAMURA Aya")
				if k > e.Tokens.First && !a.Tokens[k].IsUpper() && !a.Tokens[e.Tokens.First].IsUpper() && !CommonWord(a.Tokens[e.Tokens.First].Text) && !a.placeWordIn(e.Tokens) {
					family[a.Tokens[k].Text] = true
					first[a.Tokens[k].Text] = first[a.Tokens[k].Text] || e.Tokens.Len() == 3 && k == e.Tokens.First+1 && !alone[a.Tokens[e.Tokens.End-1].Text]
				}
			}
		}
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind == Person && e.Tokens.Len() == 1 && e.Confidence < 0.5 && parts[strings.ToLower(e.Text)] {
			e.Confidence = 0.7
		}
		if e.Kind == Place && e.Rule == "gazetteer" && e.Tokens.Len() == 1 && family[e.Text] && (a.placeAsFamilyName(e.Tokens.First) || first[e.Text] && a.countryAsFamilyName(e.Tokens.First, countries)) {
			// a known city that is a family name of the text, where no
			// preposition makes it a place: "Lagos explained" after
			// "Mauricio Lagos Ferrer"
			e.Kind, e.Rule, e.Confidence, e.Canonical = Person, "name", 0.7, ""
		}
		if f := e.Tokens.First; e.Kind == Place && e.Rule == "gazetteer" && e.Tokens.Len() == 1 && f > 0 && isHonorificCap(&a.Tokens[f-1]) && parts[strings.ToLower(e.Text)] {
			// a place's name after an honorific that is a word of a person's
			// name the text gives: "Mr Png said" after "Gerald Png Wee Meng"
			e.Kind, e.Rule, e.Confidence, e.Canonical = Person, "honorific", 0.8, ""
		}
	}
}

// placeOwnsBody reports capitalized words from token k, up to four and
// joined by "and" or "&", that end in a body's head (not a unit's), or a place's head alone: after a
// known place they make one name with it, "Nevada Highway Patrol", "Ohio
// State University", "West Africa Region", "Kelvo Gas and Electric
// Company".
func placeOwnsBody(toks []Token, k, end int) bool {
	n, e := wordsAfter(toks, k, end, 4, false)
	if n == 1 && placeHeadWord(toks[e-1].Text) {
		return true // a place's own head: "West Africa Region"
	}
	if n > 0 && firstHead(toks[e-1].Text) {
		return true
	}
	n, e = wordsAfter(toks, k, end, 4, true)
	return n > 0 && firstHead(toks[e-1].Text)
}

// acronymOwnsBody reports capitalized words from token k, up to six and
// joined by "and" or "&", that end in a body's head (not a unit's): after
// a known body's acronym they make one name with it, "UNEP Youth and Heat
// Network", "WHO Collaborating Centre".
func acronymOwnsBody(toks []Token, k, end int) bool {
	n, e := wordsAfter(toks, k, end, 6, true)
	return n > 0 && firstHead(toks[e-1].Text)
}

// wordsAfter counts the capitalized words from token k, at most limit of
// them (with "and" or "&" between two when joined), and returns their
// count and the token after them; a count of 0 when there are none or more
// follow.
func wordsAfter(toks []Token, k, end, limit int, joined bool) (n, after int) {
	for ; k < end && n < limit && (capWord(&toks[k]) || joined && n > 0 && (toks[k].Is("and") || toks[k].Is("&")) && k+1 < end && capWord(&toks[k+1]) ||
		toks[k].Kind == Possessive && n > 0 && k+1 < end && capWord(&toks[k+1])); k, n = k+1, n+1 { // (a plural's possessive inside: "Health Workers' Union")
	}
	if k < end && capWord(&toks[k]) {
		return 0, k
	}
	return n, k
}

// clauseStart reports whether token i starts its sentence or a clause
// inside it (after an opening quote, a colon or a dash).
func clauseStart(toks []Token, i, first int) bool {
	if i == first {
		return true
	}
	p := &toks[i-1]
	return p.Kind == QuoteMark || p.Is(":") || p.Is("—") || p.Is("–") || p.Is("(") || p.Is("-") || p.Is(";")
}

// gazetteerAt matches the longest known organization or place starting at
// token i.
func gazetteerAt(text string, toks []Token, i, end int) (int, Entity) {
	l := lex()
	maxw := max(l.orgWords, l.placeWords)
	var buf [128]byte
	key := buf[:0]
	best := 0
	var e Entity
	for k := 0; k < maxw+3 && i+k < end; k++ {
		t := &toks[i+k]
		if t.Kind == Possessive && k > 0 && i+k+1 < end && capWord(&toks[i+k+1]) {
			key = append(key, '\'') // a possessive inside a known name: "United Nations Children’s Fund"
			key = appendLower(key, strings.TrimLeft(t.Text, "'’"))
			if !l.gazetteerPrefix(key) {
				break
			}
			continue
		}
		if t.Kind == QuoteMark || t.Kind == Possessive || t.Is(",") || t.Is("(") || t.Is(")") || t.Is(".") {
			break
		}
		if k > 0 && t.Space {
			key = append(key, ' ')
		}
		key = appendLower(key, t.Text)
		if !l.gazetteerPrefix(key) {
			break // no name of the lists starts so: the key only grows
		}
		last := t.Kind == Word && (t.IsCap() || t.IsUpper() || t.Kind == Number)
		if !last {
			continue
		}
		if o, ok := l.orgs[string(key)]; ok && !(len(key) <= 3 && strings.EqualFold(o.Acronym, string(key)) && !isAcronymText(text[toks[i].Start:t.End]) && o.Acronym != text[toks[i].Start:t.End]) { // (a short acronym only in capitals or as the lists spell it, "Fed": "Ni" of "Ni Luh Putu" is no "NI")
			best = k + 1
			e = Entity{Kind: Organization, Rule: "gazetteer", Confidence: 0.95}
			if o.Name != "" && !strings.EqualFold(o.Name, string(key)) {
				e.Canonical = o.Name
			}
			if o.Acronym != "" && !strings.EqualFold(o.Acronym, string(key)) {
				e.Acronym = o.Acronym
			}
			if isAcronymText(text[toks[i].Start:t.End]) && o.Name != "" {
				e.Expansion, e.Canonical = o.Name, ""
			}
		} else if c, ok := l.countries[string(key)]; ok && !l.demonyms[string(key)] && !(len(key) <= 3 && !isAcronymText(text[toks[i].Start:t.End])) { // (a country's letters only in capitals: "Png" of "Gerald Png Wee Meng" is no "PNG")
			best = k + 1
			e = Entity{Kind: Place, Rule: "gazetteer", Confidence: 0.95}
			if c != text[toks[i].Start:t.End] {
				e.Canonical = c
			}
		} else if l.cities[string(key)] {
			best = k + 1
			e = Entity{Kind: Place, Rule: "gazetteer", Confidence: 0.9}
		}
	}
	if best == 0 {
		return 0, e
	}
	// A gazetteer name that goes on as a longer capitalized name is part of
	// it: "Washington Post" is not the place Washington.
	if best < end-i && capWord(&toks[i+best]) && !toks[i+best].IsUpper() && e.Kind == Place {
		if h, _ := OrgHead(toks[i+best].Text); h {
			return 0, e
		}
	}
	e.Tokens = Range{i, i + best}
	return best, e
}

// modifiedPostAfter returns where a post that a title's modifier opens
// starts after a body's letters at token i and at most three capitalized
// words of its territory ("SAPS Eastern Cape Provincial Commissioner"), or
// i when there is none.
func modifiedPostAfter(toks []Token, i, end int) int {
	if !toks[i].IsUpper() || len(toks[i].Text) < 2 || toks[i].Kind != Word {
		return i
	}
	for m := i + 1; m < end && m <= i+4; m++ {
		if !capWord(&toks[m]) || toks[m].IsUpper() {
			return i
		}
		if IsTitleModifier(toks[m].Text) && titleRunAt(toks, m, end) > 1 {
			return m
		}
	}
	return i
}

// titleRunAt returns the number of tokens of honorifics, titles and title
// modifiers starting at token i, when they stand before something else
// capitalized or alone: titles are never entities.
// OwnRoleBody reports a role held on one's own account that names the
// members of the body whose head follows: "Patient Council", "Student
// Union", "Resident Association".
func OwnRoleBody(toks []Token, i, end int) bool {
	if i+1 >= end || !OwnRole(toks[i].Text) || !capWord(&toks[i+1]) {
		return false
	}
	h, unit := OrgHead(toks[i+1].Text)
	return h && !unit
}

func titleRunAt(toks []Token, i, end int) int {
	k := i
	for k < end {
		t := &toks[k]
		if t.Kind != Word {
			break
		}
		if _, ok := Honorific(t.Text); ok && t.IsCap() {
			k++
			continue
		}
		if t.Is("Tan") && k+1 < end && toks[k+1].Is("Sri") {
			k += 2 // a Malaysian style of two words, whose first is also a family name: "Tan Sri Jane Roe"
			continue
		}
		if n := MalayStyle(toks, k, end); n > 0 {
			k += n // "Yang Berhormat", "Yang Amat Berhormat", "Yang Dimuliakan"
			continue
		}
		if n := chiefOfficer(toks, k, end); n > 0 {
			k += n
			continue
		}
		if n, _ := TitleAt(toks, k); n > 0 && (toks[k].IsCap() || k > i) {
			k += n
			continue
		}
		if IsTitleModifier(t.Text) && k+1 < end && toks[k+1].Kind == Word {
			if n, _ := TitleAt(toks, k+1); n > 0 || IsTitleModifier(toks[k+1].Text) {
				k++
				continue
			}
		}
		if k > i && titleGoesOn(toks, k, end) {
			k++
			continue
		}
		if k > i && t.Is("Responsible") && k+1 < end && toks[k+1].Is("for") {
			k++ // a post's charge: "Minister Responsible for Seniors"
			continue
		}
		break
	}
	return k - i
}

// chiefOfficer returns the length of an officer's title of a company's
// field at token k, "Chief" and one or two capitalized words before
// "Officer", which no list needs to know: "Chief Sustainability Officer",
// "Chief Digital Trust Officer"; 0 when none starts there.
func chiefOfficer(toks []Token, k, end int) int {
	if !toks[k].Is("Chief") {
		return 0
	}
	for n := 2; n <= 3 && k+n < end; n++ {
		if !capWord(&toks[k+n-1]) || toks[k+n-1].IsUpper() {
			return 0
		}
		if toks[k+n].Is("Officer") {
			return n + 1
		}
	}
	return 0
}

// titleGoesOn reports a word at token k that goes on the title before it,
// ahead of a full name: a trade's agent noun after a rank that heads it
// ("Head Brewer Jane Roe", "Chief Winemaker John Doe"; the lexicon takes
// "Brewer" for a family name too), or a field in a derived noun right
// after a post, as South Asian releases write it ("Secretary Irrigation
// Jane Roe", "Director Procurement John Doe").
func titleGoesOn(toks []Token, k, end int) bool {
	w := toks[k].Text
	if k+2 >= end || toks[k].Kind != Word || !toks[k].IsCap() || toks[k].IsUpper() || len(w) < 5 || !capWord(&toks[k+1]) || !capWord(&toks[k+2]) {
		return false
	}
	switch toks[k-1].Text {
	case "Head", "Chief", "Lead", "Master":
		return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist")
	case "Secretary", "Director":
		return DerivedWord(w) && !ProperWord(w)
	}
	return false
}

func (a *Analysis) add(e Entity) {
	e.Span = Span{a.Tokens[e.Tokens.First].Start, a.Tokens[e.Tokens.End-1].End}
	e.Text = e.Span.In(a.Text)
	a.Entities = append(a.Entities, e)
	for k := e.Tokens.First; k < e.Tokens.End; k++ {
		a.tokEnt[k] = int32(len(a.Entities))
	}
}

// insert adds e among the entities in the order of the text and maps
// the tokens anew.
func (a *Analysis) insert(e Entity) {
	e.Span = Span{a.Tokens[e.Tokens.First].Start, a.Tokens[e.Tokens.End-1].End}
	e.Text = e.Span.In(a.Text)
	i, _ := slices.BinarySearchFunc(a.Entities, e.Tokens.First, func(x Entity, f int) int { return x.Tokens.First - f })
	a.Entities = slices.Insert(a.Entities, i, e)
	a.mapTokens()
}

// dropEntities removes the entities whose index + 1 is in drop and maps
// the tokens anew.
func (a *Analysis) dropEntities(drop map[int32]bool) {
	out := a.Entities[:0]
	for i := range a.Entities {
		if !drop[int32(i+1)] {
			out = append(out, a.Entities[i])
		}
	}
	a.Entities = out
	a.mapTokens()
}

// mapTokens maps each token anew to the entity that holds it.
func (a *Analysis) mapTokens() {
	clear(a.tokEnt)
	for i := range a.Entities {
		for k := a.Entities[i].Tokens.First; k < a.Entities[i].Tokens.End; k++ {
			a.tokEnt[k] = int32(i + 1)
		}
	}
}

// MalayStyle returns the number of tokens of a Malay or Bruneian style of
// address at k that opens with "Yang", whose words are no name ("Yang" is
// also a family name): "Yang Berhormat" (the Honourable), "Yang Amat
// Berhormat", "Yang Dimuliakan", "Yang Mulia", "Yang Berbahagia"; 0 when
// there is none.
func MalayStyle(toks []Token, k, end int) int {
	if k >= end || k >= len(toks) || !toks[k].Is("Yang") && !toks[k].Is("YANG") {
		return 0
	}
	n := 1
	if k+n < end && (toks[k+n].Is("Amat") || toks[k+n].Is("Teramat")) {
		n++
	}
	if k+n < end {
		switch strings.ToLower(toks[k+n].Text) {
		case "berhormat", "dimuliakan", "mulia", "berbahagia", "amat":
			return n + 1
		}
	}
	return 0
}

// pluralTitleOpensBody reports a plural title that opens a body's name,
// the run from it ending in a body's head, or in one and its country's
// letters: "Carers Trust UK", "Nurses Union" (not "Senators Jane Roe").
func (a *Analysis) pluralTitleOpensBody(i, end int, headline bool) bool {
	toks := a.Tokens
	j := runEnd(a.Text, toks, i, end, headline)
	last := j - 1
	if last > i+1 && countryLetters(&toks[last]) {
		last--
	}
	h, _ := OrgHead(toks[last].Text)
	return last > i && h
}

// slashedBodies joins two bodies' letters written together with a slash
// and no space, before a post, into one body: in "PAHO/WHO Representative"
// the Pan American Health Organization as the WHO's regional office is
// one organization.
func (a *Analysis) slashedBodies() {
	toks := a.Tokens
	a.joinAdjacent(func(e, f *Entity) bool {
		if e.Kind != Organization || f.Kind != Organization || e.Tokens.Len() != 1 || f.Tokens.Len() != 1 || f.Tokens.First != e.Tokens.End+1 {
			return false
		}
		sl := &toks[e.Tokens.End]
		if !sl.Is("/") || sl.Space || toks[f.Tokens.First].Space || !toks[e.Tokens.First].IsUpper() || !toks[f.Tokens.First].IsUpper() {
			return false
		}
		n, _ := TitleAt(toks, f.Tokens.End)
		return n > 0 // only before a post the pair holds: "PAHO/WHO Representative" (not a party pair in parentheses: "(Kelvania, EPP/CD)")
	}, false)
}

// joinAdjacent joins each entity to the next where join reports a pair,
// the first stretched over the second, its expansion and acronym (and,
// with canonical, its canonical name) dropped; the tokens are mapped anew
// once.
func (a *Analysis) joinAdjacent(join func(e, f *Entity) bool, canonical bool) {
	merged := false
	for i := 0; i+1 < len(a.Entities); i++ {
		e, f := &a.Entities[i], &a.Entities[i+1]
		if !join(e, f) {
			continue
		}
		e.Tokens.End = f.Tokens.End
		e.Span.End = f.Span.End
		e.Text = e.Span.In(a.Text)
		e.Expansion, e.Acronym = "", ""
		if canonical {
			e.Canonical = ""
		}
		a.Entities = append(a.Entities[:i+1], a.Entities[i+2:]...)
		merged = true
	}
	if merged {
		a.mapTokens()
	}
}

// dashedBodies joins a body's name, a dash and the words after it into
// one body where the acronym in parentheses after them is the initials of
// all of it: "the Kelvo Nation – Sarna Plains (KN-SP)" is one body (a
// nation's branch), not a body and a person "Sarna Plains"; two bodies so
// joined are a pair, each with its own letters ("the Kelvo Water Company
// – Sarna Power Corporation (KWC-SPC) merger").
func (a *Analysis) dashedBodies() {
	toks := a.Tokens
	a.joinAdjacent(func(e, f *Entity) bool {
		d, p := e.Tokens.End, f.Tokens.End
		if e.Kind != Organization || f.Tokens.First != d+1 || f.Kind == Organization ||
			!(toks[d].Is("–") || toks[d].Is("—") || toks[d].Is("-")) || p+2 >= len(toks) || !toks[p].Is("(") || !toks[p+2].Is(")") {
			return false
		}
		acr := strings.ReplaceAll(toks[p+1].Text, "-", "")
		return len(acr) >= 3 && Initials(e.Text)+Initials(f.Text) == acr
	}, true)
}

// PostOfWords returns the "of" or "for" after one or two capitalized words
// at token i, before end, that are no person's name the recognizer found
// whole: "Sarpanch of", "Dike Reeve of" (a post the lexicon need not
// know, before its body); 0 for none ("Jane Roe of Kelvo Baptist Church").
func (a *Analysis) PostOfWords(i, end int) int {
	toks := a.Tokens
	if i >= end || toks[i].Kind != Word || !toks[i].IsCap() {
		return 0
	}
	o := i + 1
	if o < end && toks[o].Kind == Word && toks[o].IsCap() {
		o++
	}
	if o+1 >= end || !(toks[o].Is("of") || toks[o].Is("for")) {
		return 0
	}
	if e := a.EntityAt(i); o == i+2 && e != nil && e.Kind == Person && e.Tokens.First == i && e.Tokens.End == o {
		return 0
	}
	return o
}
