package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Places in a run of capitals: a territory before a holder's name
// ("Governor of Kelvo Province Jane Roe"), a region by its compass
// adjective ("Northern Kelvo"), a dateline's word, a natural feature ("the
// Gulf of Kelvo").

// complementBeforeHonorific reports a run [i, j) after a title's "for",
// "of" or "in" (and "the") that an honorific follows: the territory or
// field of the post whose holder the honorific opens ("Coordinator for
// the Pacific Islands Dr. Jane Roe", "Minister of Kelvo Hon. Jane Roe"),
// no person of its own.
func complementBeforeHonorific(toks []Token, i, j int) bool {
	honorific := func(k int) bool {
		_, ok := Honorific(toks[k].Text)
		return ok && toks[k].IsCap()
	}
	e := j // (the run may be cut in pieces: "Pacific" and "Islands")
	for e < len(toks) && e < j+3 && toks[e].Kind == Word && toks[e].IsCap() && !honorific(e) {
		e++
	}
	if e >= len(toks) || !honorific(e) {
		return false
	}
	k := i - 1
	for k > 0 && k > i-3 && toks[k].Kind == Word && toks[k].IsCap() && !IsTitleWord(toks[k].Text) {
		k--
	}
	if k > 0 && toks[k].IsFold("the") {
		k--
	}
	if k < 1 || !(toks[k].Is("for") || toks[k].Is("of") || toks[k].Is("in")) {
		return false
	}
	return IsTitleWord(toks[k-1].Text) || titleEndsAt(toks, k) // (also a title of several words: "Minister of State for Manpower Ms Jane Roe")
}

// givenBeforeCommonName reports a territory [i, k) of one word, after
// which the holder's name would be two words the first of them a common
// word: the three words are one name, a given name and a family name of
// two, "Minister of Energy and Northern Development Torstein Lie Roe",
// after a portfolio's field words (where "Minister for Kelvo Jane Roe"
// and "Mayor of Sarnville Grace Roe" have a territory).
func (a *Analysis) givenBeforeCommonName(pp, i, k, j int) bool {
	return i > pp+1 && !a.Tokens[i-1].IsFold("the") && k == i+1 && j == k+2 && CommonWord(strings.ToLower(a.Tokens[k].Text)) && !IsPlace(a.Tokens[i].Text) && !placeHeadWord(a.Tokens[i].Text)
}

// territoryBeforeName returns where the holder's name starts in a run
// [i, j) of three or more names after a post's "of" or "for" at pp (and
// "the"): the run is the post's territory, then its holder, "Deputy Mayor
// of Kelvograd Jane Roe", "Governor of Lower Ewaso County John Doe". The
// territory is the longest opening the lists know as a place, or ends at a
// place's head ("County"); else the holder's name is the run's last two
// words, with a particle before them ("Callum Ó Briain"), where the text
// names the holder by the last word apart from the rest ("Ms. Roe said").
// It returns i where the run is no such pair: a word in it is a title, a
// body's head, an honorific, a number or in capitals; the territory holds
// a common word ("Harbour Lights Scotland"); the name's last word is a
// common word or a place ("Tidewater Reefer Lines").
func (a *Analysis) territoryBeforeName(pp, i, j int) int {
	toks := a.Tokens
	if j-i < 3 || pp < 1 || !(IsTitleWord(toks[pp-1].Text) || pp >= 3 && toks[pp-2].Is("of") && IsTitleWord(toks[pp-3].Text)) { // (also "Director of Prosecutors for Kelvo Jane Roe")
		return i
	}
	for k := i; k < j; k++ {
		t := &toks[k]
		if t.Kind != Word || !t.IsCap() || t.IsUpper() || IsTitleWord(t.Text) {
			return i
		}
		if h, _ := OrgHead(t.Text); h {
			return i
		}
		if _, ok := Honorific(t.Text); ok || NumberWord(t.Text) {
			return i
		}
	}
	if last := toks[j-1].Text; CommonWord(last) && !ProperWord(last) || IsPlace(last) || FieldNoun(last) {
		return i // (nor a field the lexicon lacks: "of Kelvo Urban Mobility")
	}
	if a.nameBeforeTitle(pp - 1) {
		return i // the holder named before, the title set off after her: "Jane Roe, Director General of Kelvo Urban Transit,"
	}
	for k := j - 2; k > i; k-- {
		if IsPlace(a.Text[toks[i].Start:toks[k-1].End]) || placeHeadWord(toks[k-1].Text) {
			return k // "Lower Ewaso County"
		}
	}
	if j-i >= 4 && a.firstNamedApart(i) {
		return i + 1 // the territory named elsewhere before another word: "for Córdoba Álvaro Enrique Pacheco Ruiz" beside "the Córdoba Police Department"
	}
	if j-i == 3 && a.placeAloneElsewhere(i) {
		return i + 1 // the territory named alone after "in" elsewhere: "the Akim of Almaty Daniyar Roe" beside "a line in Almaty was launched"
	}
	if !a.namedApart(i, j) {
		return i // ("spokesperson for Reef Horizon Cruises")
	}
	k := j - 2
	if utf8.RuneCountInString(toks[k].Text) <= 2 || nameParticle(strings.ToLower(toks[k].Text)) {
		k-- // "Ó Briain", "De Roe"
	}
	for m := i; m < k; m++ {
		if CommonWord(toks[m].Text) && !ProperWord(toks[m].Text) {
			return i
		}
	}
	return k
}

// placeAloneElsewhere reports the word at token i written elsewhere in
// the text alone after a locative preposition ("in Almaty," "near
// Almaty."), as a place is. It looks at most at the first sixteen other
// places of the word.
func (a *Analysis) placeAloneElsewhere(i int) bool {
	toks := a.Tokens
	return a.elsewhere(i, func(k int) bool {
		return k > 0 && locative[toks[k-1].Text] && (k+1 == len(toks) || !capWord(&toks[k+1]))
	})
}

// headSoon reports a body's or a place's head among the capitalized
// words from token k, within four: "Police Department", "County".
func headSoon(toks []Token, k int) bool {
	for n := 0; n < 4 && k+n < len(toks) && capWord(&toks[k+n]); n++ {
		if h, _ := OrgHead(toks[k+n].Text); h || placeHeadWord(toks[k+n].Text) {
			return true
		}
	}
	return false
}

// areaNouns are common nouns of areas that a name modifies after "the",
// with placeNouns: "the West Kelvo constituency", "the Tarrow catchment".
var areaNouns = toSet(`constituency electorate riding area catchment catchments valley basin coast river rivers delta estuary lagoon`)

// theBeforeItem reports "the" before the capitalized item that ends
// right before the "and" at token a: "the Kelvo" of "the Kelvo and Sarna
// rivers" (not "engineers Jane Roe and John Doe villages").
func theBeforeItem(toks []Token, a int) bool {
	k := a - 1
	for k > 0 && a-k <= 4 && capWord(&toks[k]) && !toks[k].IsFold("the") {
		k--
	}
	return k < a-1 && toks[k].IsFold("the")
}

// pluralPlaceNounAfterAnd reports "and", a name and a plural place noun
// from token j: " and Sarna rivers" after "the Kelvo".
func pluralPlaceNounAfterAnd(toks []Token, j int) bool {
	if j >= len(toks) || !toks[j].Is("and") {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && capWord(&toks[k]) {
		k++
	}
	return k > j+1 && k < len(toks) && toks[k].IsLower() && strings.HasSuffix(toks[k].Text, "s") && (placeNouns[toks[k].Text] || areaNouns[toks[k].Text])
}

// regionWords open a region's name before a country's: "Western
// Australia", "Rural Canada", "Greater China".
var regionWords = toSet(`New Great Greater Upper Lower Central Northern Southern Eastern Western Rural Atlantic Pacific Arctic Old Inner Outer Coastal Mainland Metropolitan`)

// compassRegion reports a region named by a compass adjective and one
// word, the run [i, j): "Eastern Cape", "Northern Territory", "Western
// Equatoria", or by a region's word and a known place, "Lower Austria";
// not a body ("Western Union") nor a title ("Northern
// Commissioner").
func compassRegion(toks []Token, i, j int) bool {
	if j-i != 2 || toks[i].IsUpper() || toks[i+1].IsUpper() {
		return false
	}
	switch toks[i].Text {
	case "Eastern", "Western", "Northern", "Southern":
	default:
		if !(regionWords[toks[i].Text] || CompassWord(toks[i].Text)) || !IsPlace(toks[i+1].Text) && !regionAdjectives[toks[i+1].Text] {
			return false // (a region of a known place or sea: "Lower Austria", "Greater Kelvograd", "East Baltimore", "North Atlantic")
		}
	}
	if h, _ := OrgHead(toks[i+1].Text); h || IsTitleWord(toks[i+1].Text) || notNames[toks[i+1].Text] || PluralTitle(toks[i+1].Text) {
		return false
	}
	return true
}

// placeNouns are the lower-case nouns of places that "of" and a name
// follow: "the districts of Kelvo and Sarna", "the town of Kelvo".
var placeNouns = toSet(`district districts region regions province provinces county counties town towns city cities village villages commune communes municipality municipalities island islands`)

// placeListAt reports a name at token i that a lower-case place noun and
// "of" introduce, or that continues such a list after a comma or "and".
func placeListAt(toks []Token, i int) bool {
	k := i - 1
	comma, and := false, false
	for n := 0; k > 0 && n < 12 && (toks[k].Is("and") || toks[k].Is(",") || capWord(&toks[k])); n++ {
		comma = comma || toks[k].Is(",")
		and = and || toks[k].Is("and")
		k-- // back over the list's earlier items: "of Kelvo, Arden and"
	}
	for f := i + 1; comma && !and && f+1 < len(toks) && f < i+12 && (toks[f].Is(",") || toks[f].Is("and") || capWord(&toks[f])); f++ {
		and = toks[f].Is("and") // the list goes on after the item: "of Kelvo, Arden and Sarna"
	}
	if comma && !and {
		return false // an appositive after the place, no list: "the city of Kelvo, Dr. Jane Roe,"
	}
	return k > 0 && k < i && toks[k].Is("of") && toks[k-1].IsLower() && placeNouns[toks[k-1].Text]
}

// datelineWord reports a word in capitals at token i that opens its
// paragraph as a dateline's place does, before a colon, a comma, a
// parenthesis or a dash: "KARACHI: The Minister …", "FREDERICTON (GNB) –
// …". It is a word, not an acronym: six letters or more, a third of them
// vowels, or four or more before a comma and a country ("KRAKOW,
// Poland").
func datelineWord(toks []Token, i int) bool {
	if i+1 >= len(toks) || i > 0 && toks[i].Newlines == 0 {
		return false
	}
	switch toks[i+1].Text {
	case ":", ",", "(", "–", "—", "-":
	default:
		return false
	}
	w := toks[i].Text
	if toks[i+1].Is(",") && i+2 < len(toks) && len(w) >= 4 && !CommonWord(CapsWord(w)) {
		if _, ok := Country(toks[i+2].Text); ok {
			return true // the place, then its country: "CHEMNITZ, Germany, 12 May …"
		}
	}
	letters, vowels := 0, 0
	for _, r := range w {
		letters++
		if strings.ContainsRune("AEIOUY", r) {
			vowels++
		}
	}
	return letters >= 6 && 3*vowels >= letters && !CommonWord(CapsWord(w)) && !DerivedWord(CapsWord(w)) // (not a heading's word: "CLARIFICATION:")
}

// turnLabel reports a word in capitals at token i that opens its line
// before a colon, as the same word opens another line: a transcript's
// speaker, whose turns it labels ("TAPPER: Do you think …" and, lines
// later, "TAPPER: And the border?"), not a dateline's place, which a text
// gives once, nor a heading's common word ("NOTE:"). One of its turns must
// read as speech (SpokenTurn), or another label's in the text
// (IsTranscript): a regional round-up's "ORRINTON: Two schools were
// closed." labels no speaker.
func (a *Analysis) turnLabel(i int) bool {
	toks := a.Tokens
	w := toks[i].Text
	if i+1 >= len(toks) || !toks[i+1].Is(":") || i > 0 && toks[i].Newlines == 0 || len(w) < 3 || !strings.ContainsAny(w, "AEIOUY") || CommonWord(CapsWord(w)) {
		return false
	}
	spoken, again := SpokenTurn(toks, i+2), false
	a.elsewhere(i, func(k int) bool {
		if (k == 0 || toks[k].Newlines > 0) && k+1 < len(toks) && toks[k+1].Is(":") {
			again, spoken = true, spoken || SpokenTurn(toks, k+2)
		}
		return again && spoken
	})
	return again && (spoken || a.IsTranscript())
}

// IsTranscript reports a text where some line opens with a word and a
// colon, the turn reading as speech (SpokenTurn), as another line opens
// with the same word: an interview's transcript, where a guest's turns
// may read as plain statements ("FALLIN: Well, he is trying."). It is
// worked out once per text.
func (a *Analysis) IsTranscript() bool {
	if a.transcript == 0 {
		a.transcript = -1
		toks := a.Tokens
		seen := map[string]bool{} // a label -> one of its turns reads as speech
		for k := 0; k+1 < len(toks); k++ {
			if (k > 0 && toks[k].Newlines == 0) || toks[k].Kind != Word || !toks[k+1].Is(":") {
				continue
			}
			spoken := SpokenTurn(toks, k+2)
			if had, ok := seen[toks[k].Text]; ok && (had || spoken) {
				a.transcript = 1
				break
			}
			seen[toks[k].Text] = seen[toks[k].Text] || spoken
		}
	}
	return a.transcript > 0
}

// SpokenTurn reports a line from token k that reads as a turn of speech
// in a transcript: a question, or a speaker's own "I", "we" or "you"
// outside quotation marks, within its first forty words ("Well, I think
// so.", "Why now?"); not a news item's line ("Two schools were
// closed."), nor words inside double quotation marks.
func SpokenTurn(toks []Token, k int) bool {
	found := false
	for n := 0; k < len(toks) && n < 40 && (n == 0 || toks[k].Newlines == 0); k, n = k+1, n+1 {
		t := &toks[k]
		switch {
		case t.Kind == QuoteMark && t.Text != "'" && t.Text != "‘" && t.Text != "’":
			return found // (what the speaker quotes is no turn of speech of its own)
		case t.Is("?"):
			found = true
		case t.Kind == Word && spokenPronouns[strings.ToLower(t.Text)]:
			found = true
		}
	}
	return found
}

// spokenPronouns are the words a speaker uses of herself and her hearers.
var spokenPronouns = toSet(`i i'm i've i'd i'll we we're we've you you're your my our me us`)

// featureNouns are the capitalized nouns of a natural feature that "of" and
// its name follow.
var featureNouns = toSet(`Bay Gulf Sea Strait Straits Isle Isles Cape Lake Bight Mouth`)

// featureOfAt reports a name at token i that a natural feature's noun and
// "of" introduce: "tides in the Bay of Kelvo", "shipping through the
// Strait of Sarna". The name is a place's, though a body elsewhere in the
// text may open with it ("the Kelvo Tidal Energy Fund").
func featureOfAt(toks []Token, i int) bool {
	return i > 1 && toks[i-1].Is("of") && featureNouns[toks[i-2].Text]
}

// countryWord reports a word the lists know as a country's adjective or
// name ("Spanish", "Kenyan").
func countryWord(w string) bool {
	_, ok := Country(w)
	return ok
}

// districtSuffixed reports a capitalized word with a Korean or Japanese
// administrative suffix after a hyphen: "Jongno-gu" (a district),
// "Suwon-si" (a city), "Gangwon-do" (a province), "Minato-ku",
// "Sapporo-shi".
func districtSuffixed(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 5 || !unicode.IsUpper([]rune(w)[0]) {
		return false // (a Korean given name's two syllables are no district: "Min-gu", "Dong-gun", "Jung-do")
	}
	switch w[i+1:] {
	case "gu", "gun", "si", "do", "dong", "eup", "myeon", "ku", "shi", "ken", "cho", "machi":
		return true
	}
	return false
}

// placeOpensOrg stretches a body's name over the country or known place
// that opens it, and the capitalized words between: "Jamaica Volunteer
// Relief Corps" and "the Bahamas Utility and Allied Workers Union" were a
// place and "Relief Corps", "Utility and Allied Workers Union". Not after
// a preposition of place ("volunteers in Jamaica Relief Corps …" may be
// where they are), and not over another entity.
func (a *Analysis) placeOpensOrg() {
	toks := a.Tokens
	changed := false
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Organization || e.Tokens.Len() < 2 {
			continue
		}
		if si := a.SentenceOf(e.Tokens.First); si < 0 || a.Sentences[si].TitleCase {
			continue // a headline's capitals: "Tuvalu Prime Minister Tells Security Council"
		}
		k := e.Tokens.First
		for n := 0; n < 3 && k > 0 && a.tokEnt[k-1] == 0 && toks[k-1].Kind == Word && toks[k-1].IsCap() && !isHonorificCap(&toks[k-1]); n++ {
			k--
		}
		if k == 0 || a.tokEnt[k-1] == 0 {
			continue
		}
		pl := &a.Entities[a.tokEnt[k-1]-1]
		if pl.Kind != Place || pl.Rule != "gazetteer" || pl.Tokens.End != k {
			continue
		}
		f := pl.Tokens.First
		if f > 0 && toks[f-1].IsLower() && (toks[f-1].Is("in") || toks[f-1].Is("from") || toks[f-1].Is("across") || toks[f-1].Is("to") || toks[f-1].Is("at") || toks[f-1].Is("of")) {
			continue
		}
		if toks[f].Is("The") {
			f++ // "The Bahamas": the body's name opens with the place's word
		}
		if f >= e.Tokens.First {
			continue
		}
		pl.Kind = Organization // dropped below: the body takes its tokens
		pl.Rule = "merged"
		e.Tokens.First = f
		e.Span.Start = toks[f].Start
		e.Text = e.Span.In(a.Text)
		changed = true
	}
	if !changed {
		return
	}
	drop := map[int32]bool{}
	for i := range a.Entities {
		if a.Entities[i].Rule == "merged" {
			drop[int32(i+1)] = true
		}
	}
	a.dropEntities(drop)
}
