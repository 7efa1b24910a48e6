package entities

import (
	"strings"
	"unicode/utf8"
)

// What kind of entity a run of capitals is (classify): a person, a place
// or an organization, or no name at all, by its words and its context.

// portfolioHead reports a post or body whose "of" or "for" names a
// portfolio, a field that a party's or body's one-word name may spell:
// "Minister of Labour", "Ministry for Justice", "Secretary of State for
// Labour".
func portfolioHead(w string) bool {
	switch w {
	case "Minister", "Ministry", "Secretary", "Department", "Shadow", "MEC", "Spokesperson", "spokesperson":
		return true
	}
	return false
}

// governmentPost reports the word of a government's post or body that a
// state's name owns: "Kelvania's Minister of Health", "Kelvania's
// Government".
func governmentPost(w string) bool {
	switch w {
	case "Minister", "Ministry", "Premier", "Governor", "Government", "Cabinet", "Prime":
		return true
	}
	return false
}

// commonPluralRun reports a run [i, j) of common words no list knows as
// names, the last a plural in -s: the field of a post or body in
// capitals ("Combating Trafficking in Human Beings"), never a person's
// name ("Tyra Banks" opens with a name).
func commonPluralRun(toks []Token, i, j int) bool {
	last := toks[j-1].Text
	if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return false
	}
	for k := i; k < j; k++ {
		w := toks[k].Text
		if k == i && j-i >= 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !ProperWord(w) && !IsPlace(w) {
			continue // a compound participle first: "Landlocked Developing Countries"
		}
		if !(CommonWord(w) || DerivedWord(w)) || ProperWord(w) || IsPlace(w) {
			return false
		}
	}
	return true
}

// pluralAfterAdjective reports one capitalized plural of a common noun
// after a lower-case adjective, as UN texts capitalize "States": "coastal
// States", "small island developing States"; no name.
func pluralAfterAdjective(toks []Token, i, j int) bool {
	if j-i != 1 || i == 0 || toks[i-1].Kind != Word || !toks[i-1].IsLower() {
		return false
	}
	w := toks[i].Text
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || !CommonWord(w) || ProperWord(w) {
		return false
	}
	prev := toks[i-1].Text
	for _, suf := range [...]string{"al", "ic", "ing", "ed", "ive", "ous", "ern", "ian", "ean"} {
		if strings.HasSuffix(prev, suf) {
			return true
		}
	}
	return false
}

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
	return IsTitleWord(toks[k-1].Text)
}

// digitRun reports a word holding three digits or more in a row, a
// code rather than a body's letters: "OTS0087", "ISO9001".
func digitRun(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			if n++; n == 3 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// memberWords are the words of a title that holds a seat in a
// legislature or council.
var memberWords = toSet(`Member MEMBER Senator Representative Congressman Congresswoman Councillor Councilor Assemblymember`)

// seatAt reports a name [i, j) that is a member's seat: after a member's
// title and "for", ending the title ("Member of Parliament for Kelvo
// North,", "MLA for Sarna Needham (NDP)"), or before the title where a
// name follows it ("Kelvo Member of the Senedd Jane Roe", "Kelvo North MP
// John Doe").
func seatAt(toks []Token, i, j int) bool {
	member := func(k int) bool {
		return memberWords[toks[k].Text] || IsPostNominal(toks[k].Text) && toks[k].IsUpper() && len(toks[k].Text) <= 4 && !IsDegree(toks[k].Text) || germanMember(toks[k].Text)
	}
	if i >= 2 && toks[i-1].Is("for") {
		if j < len(toks) && toks[j].Newlines == 0 && !(toks[j].Kind == Punct && !toks[j].Is("-")) && !toks[j].Is("and") {
			return false // (the seat and a name run together: "Member for Kelvo Jane Roe said"; not "… for Kelvo-Land and member of …")
		}
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if member(k) {
				return true
			}
			if !(capWord(&toks[k]) || toks[k].Is("of") || toks[k].Is("the")) {
				break
			}
		}
		return false
	}
	if j+2 >= len(toks) || !member(j) || toks[j].Newlines > 0 || j-i == 1 && CommonWord(toks[i].Text) && !ProperWord(toks[i].Text) {
		return false // (a council's kind is no seat: "City Councillor Jane Roe")
	}
	k := j + 1
	if toks[j].Text == "Member" || toks[j].Text == "MEMBER" {
		for k < len(toks) && k < j+5 && (toks[k].Is("of") || toks[k].Is("the") || capWord(&toks[k]) && !nameStart(toks, k)) {
			k++ // "Member of the Senedd"
		}
	}
	return k+1 < len(toks) && nameStart(toks, k)
}

// germanMember reports a German member's letters after a name, in mixed
// case: "MdB", "MdL", "MdEP" (MemberChamber).
func germanMember(w string) bool { return MemberChamber(w) != "" }

// MemberChamber returns the chamber a German member's letters after a
// name name: "Bundestag" for "MdB", "Landtag" (a state's) for "MdL",
// "European Parliament" for "MdEP"; "" for any other word.
func MemberChamber(w string) string {
	switch w {
	case "MdB":
		return "Bundestag"
	case "MdL":
		return "Landtag"
	case "MdEP":
		return "European Parliament"
	}
	return ""
}

// nameStart reports two capitalized words at k that are no title's, as a
// person's given and family names.
func nameStart(toks []Token, k int) bool {
	if k+1 >= len(toks) || !capWord(&toks[k]) || !capWord(&toks[k+1]) || IsTitleWord(toks[k].Text) || CommonWord(toks[k].Text) {
		return false
	}
	head, _ := OrgHead(toks[k+1].Text)
	return !head
}

// fieldListItem reports a run [i, j) of common nouns between a comma and
// a comma or "and" in a list that a title's "for" or "of" opens: the
// "Infrastructure" of "Minister for Mobility, Infrastructure and
// Innovation".
func fieldListItem(toks []Token, i, j int) bool {
	if i < 3 || j >= len(toks) || !toks[i-1].Is(",") || !(toks[j].Is(",") || toks[j].Is("and") || toks[j].Is("&")) {
		return false
	}
	for k := i; k < j; k++ {
		if !listFieldWord(&toks[k]) {
			return false
		}
	}
	q := fieldListOpener(toks, i-2, i-12)
	return q > 0 && q+1 < i-1 && titleBefore(toks, q)
}

// fieldListLastItem reports a run [i, j) that is the last item of a
// title's field list, after "and" and an article: "a Competitive Circular
// Economy" in "Commissioner for Environment, Water Resilience and a
// Competitive Circular Economy" (invented after a real portfolio). Its last
// word is a field's noun and none of its words a name, a place or a title;
// the words before "and" run back over commas and field nouns to the
// title's "for" or "of".
func fieldListLastItem(toks []Token, i, j int) bool {
	for j < len(toks) && capWord(&toks[j]) {
		j++ // the item's whole run, where the model cut it: "Competitive Circular" before "Economy"
	}
	if i < 5 || !(toks[i-1].Is("a") || toks[i-1].Is("an") || toks[i-1].Is("the")) || !(toks[i-2].Is("and") || toks[i-2].Is("&")) || !listFieldWord(&toks[j-1]) {
		return false
	}
	for k := i; k < j; k++ {
		if w := toks[k].Text; !capWord(&toks[k]) || ProperWord(w) || IsPlace(w) || IsTitleWord(w) {
			return false
		}
	}
	q := fieldListOpener(toks, i-3, i-14)
	if q < 0 || !titleBefore(toks, q) {
		return false
	}
	for k := q + 1; k < i-2; k++ {
		if toks[k].Is(",") {
			return true // a list, not one field: "for Energy and a …"
		}
	}
	return false
}

// inChargeField reports a run [i, j) of common nouns in the field that
// "in charge of" opens, or in its list: "Executive Vice-President Jane
// Roe, in charge of Clean, Just and Competitive Transition, said".
func inChargeField(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		if !listFieldWord(&toks[k]) && !(k > i && toks[k].Is("and")) {
			return false
		}
	}
	q := fieldListOpener(toks, i-1, i-12)
	return q > 1 && toks[q].Is("of") && toks[q-1].Is("charge") && toks[q-2].Is("in")
}

// fieldListOpener returns the preposition that opens a field's list,
// looking back from token from to lo over the list's words, commas and
// "and", or -1: the "for" of "Minister for Mobility, Infrastructure and".
func fieldListOpener(toks []Token, from, lo int) int {
	for q := from; q > 0 && q >= lo; q-- {
		switch {
		case toks[q].Is("for") || toks[q].Is("of"):
			return q
		case toks[q].Is(",") || toks[q].Is("&") || toks[q].Is("and") || listFieldWord(&toks[q]):
		default:
			return -1
		}
	}
	return -1
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
		if _, ok := Honorific(t.Text); ok || numberWord(t.Text) {
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

// namedApart reports whether the last word of the run [i, j) stands
// elsewhere in the text after another word than the one before it here:
// "Kurowska" in "Ms. Kurowska said" after "Deputy Mayor of Łódź Beata
// Kurowska". It looks at most at the first sixteen other places of the
// word, so that a text that repeats the run costs no more than linear time.
func (a *Analysis) namedApart(i, j int) bool {
	toks := a.Tokens
	if a.capAt == nil {
		a.capAt = map[string][]int32{}
		for k := range toks {
			if capWord(&toks[k]) {
				a.capAt[toks[k].Text] = append(a.capAt[toks[k].Text], int32(k))
			}
		}
	}
	seen := 0
	for _, k := range a.capAt[toks[j-1].Text] {
		if int(k) == j-1 {
			continue
		}
		if k == 0 || toks[k-1].Text != toks[j-2].Text {
			return true
		}
		if seen++; seen == 16 {
			break
		}
	}
	return false
}

// firstNamedApart reports whether the word at token i stands elsewhere in
// the text before another capitalized word than the one after it here, as
// a place's name does in its bodies' names ("Kelvo" in "the Kelvo Police
// Department" and "Director for Kelvo Jane Roe Smith"). It looks at most
// at the first sixteen other places of the word.
func (a *Analysis) firstNamedApart(i int) bool {
	toks := a.Tokens
	a.namedApart(i, i+1) // (builds the index of capitalized words)
	seen := 0
	for _, k := range a.capAt[toks[i].Text] {
		if int(k) == i {
			continue
		}
		if int(k)+1 < len(toks) && capWord(&toks[k+1]) && toks[k+1].Text != toks[i+1].Text && headSoon(toks, int(k)+1) {
			return true
		}
		if seen++; seen == 16 {
			break
		}
	}
	return false
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
var areaNouns = toSet(`constituency electorate riding area catchment catchments valley basin coast`)

// serviceWords name the service a special district runs, a body of its
// own, where a district alone is a place: "Kelvale Unified School
// District", "Vestfjord Police District", "Cedar Forks Fire Protection
// District" (not "Lake District", "Fifth Congressional District").
var serviceWords = toSet(`police school schools protection fire water irrigation sanitation sanitary utility utilities hospital park parks library transit conservation health sewer drainage recreation cemetery abatement`)

// officeOf reports a unit's head before "of" and a field in capitalized
// common words, in the run [i, j): "Office of Legal Affairs",
// "Directorate of Fisheries Control" (a body's part, but named as a body
// is); not "Office of Kelby County State Attorney Jane Roe".
func officeOf(toks []Token, i, j int) bool {
	switch toks[i].Text {
	case "Office", "Directorate", "Division":
	default:
		return false
	}
	return i+2 < j && toks[i+1].Is("of") && !toks[j-1].IsUpper() && CommonWord(toks[i+2].Text) && !IsPlace(toks[i+2].Text)
}

// classify turns the capitalized run [i, j) into at most one entity.
func (a *Analysis) classify(i, j, first int, headline bool) {
	toks := a.Tokens
	// A common word at a sentence or clause start is not a name: "Opening
	// the discussions", "In Washington", but "Bill Clinton" is.
	if clauseStart(toks, i, first) || headline {
		w := toks[i].Text
		if isStopword(w) || (commonNoun(w) &&
			(j-i == 1 || CommonWord(toks[i+1].Text)) && !(j-i > 2 && (firstHead(w) || officeOf(toks, i, j) || toks[i].IsUpper() && firstHead(CapsWord(w))) && connectors[strings.ToLower(toks[i+1].Text)]) && // (in capitals too: "MINISTRY OF FOREIGN AFFAIRS")
			!(j-i > 3 && !IsTitleWord(w) && (!gerund(w) && firstHead(toks[i+1].Text) || gerund(w) && unitHead(toks[i+1].Text)) && connectors[strings.ToLower(toks[i+2].Text)]) && // (not "National Bureau of Statistics and Census" or "Standing Committee on Housing" opening a line)
			!(j-i > 2 && nameParticle(strings.ToLower(w)) && toks[i+1].IsLower() && nameParticle(toks[i+1].Text)) &&
			!(j-i > 2 && i > 0 && toks[i-1].Is("(") && headBefore(toks, j)) && // (not a party in parentheses: "(National Coalition Party)")
			!(j-i > 2 && localGovOf(toks, i, j)) && // (not a local government: "City of Ashcombe")
			!bodyOfCommonWords(toks, i, j)) { // (nor a place's body: "Northern Territory Police")
			i++ // (not "Department for Rural Affairs"; not "Van der Merwe said")
			if j-i == 1 && commonNoun(toks[i].Text) {
				return // a heading's common words: "Concluding Remarks", "Opening Statements"
			}
		}
	}
	if i >= j {
		return
	}
	// A US party's letter and a member's home, set off by commas, is no
	// name: "State Sen. Jane Roe, D-Las Cruces, said" (in parentheses the
	// speakers package reads it: "(R-Texas)").
	if PartyTag(toks[i].Text) && i > 0 && (toks[i-1].Is(",") || toks[i-1].Is("(")) {
		return // (also a state party's: "(DFL-Grand Marais)")
	}
	// A headline's verb after "to": "Halvorsen to Acquire Tidemark Robotics".
	if headline && i > 0 && i+1 < j && toks[i-1].Is("to") && headlineBaseVerbs[toks[i].Text] {
		i++
	}
	// A title's qualifier set off by commas, common words ending in a
	// gerund: "Executive Vice President, Network Planning, Nordsk Air".
	if i > 1 && toks[i-1].Is(",") && titleEndsAt(toks, i-1) && j-i <= 3 && j < len(toks) && (toks[j].Is(",") || toks[j].Is(":")) && gerund(toks[j-1].Text) &&
		allFieldWords(toks, i, j, func(k int) bool { return CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) }) {
		return
	}
	// A title's unit set off by commas after a name and its title: "Jane
	// Roe, Executive Vice President, Offshore Wind, said" (the name is
	// given; common words after the title are its unit).
	if i > 1 && toks[i-1].Is(",") && titleEndsAt(toks, i-1) && j-i <= 3 && j < len(toks) && (toks[j].Is(",") || toks[j].Is(":")) && a.nameBeforeTitle(i-1) &&
		allFieldWords(toks, i, j, func(k int) bool { return CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) }) && !namedAlone(toks, i, j) {
		return
	}
	// An inner item of a title's field list: "Minister for Mobility,
	// Infrastructure and Innovation Dr. Jane Roe".
	if fieldListItem(toks, i, j) || fieldListLastItem(toks, i, j) || inChargeField(toks, i, j) {
		return
	}
	// A title's field before a name: "Secretary of Defense Jane Roe".
	pp := i - 1 // the preposition before the run, past "the" right after a title: "Commissioner for the Circular Economy Jane Roe"
	viaThe := false
	if pp > 1 && toks[pp].Is("the") && titleEndsAt(toks, pp-1) && !ofInside(toks, i, j) && !(CommonWord(toks[j-1].Text) && !ProperWord(toks[j-1].Text)) {
		pp, viaThe = pp-1, true
	}
	shifted := false
	if pp > 3 && toks[pp].IsCap() && IsTitleModifier(toks[pp].Text) && (toks[pp-1].Is("and") || toks[pp-1].Is("&")) {
		pp, i, shifted = pp-1, i-1, true // a modifier's word opens the last item: "… and Economic Security Jane Roe"
	}
	itemSkipped := false
	if pp > 2 && (toks[pp].Is("and") || toks[pp].Is("&")) && !ofInside(toks, i, j) {
		// the field's last item after "and": "Commissioner for Energy and
		// Grids Jane Roe"
		q, semi := pp-1, false
		for q > 0 && pp-q < 12 && (capWord(&toks[q]) && (commonNoun(toks[q].Text) || !ProperWord(toks[q].Text) && !IsPlace(toks[q].Text) || fieldOpener(toks, q)) && (pp-q < 7 || semi) ||
			(toks[q].Is(",") || toks[q].Is(";")) && q+1 < pp && capWord(&toks[q-1]) || semi && (toks[q].Is("and") || toks[q].Is("&")) && capWord(&toks[q-1])) {
			// (plurals too: "Minister of Inland Waterways and Ports Jane Roe";
			// a list: "of Trade, Industry and Fisheries"; portfolios set off
			// by semicolons, each with its own "and": "Minister for Mines
			// and Petroleum; Energy; Industry and Trade")
			semi = semi || toks[q].Is(";")
			q--
		}
		if q < pp-1 && (toks[q].Is("for") || toks[q].Is("of")) && titleBefore(toks, q) && j-i > 2 {
			pp, itemSkipped = q, true
			i++ // the item: "Grids"
			for j-i > 2 && listFieldWord(&toks[i]) {
				i++ // (of two words: "Commissioner for Trade and Economic Security Jane Roe")
			}
		}
		if q < pp-1 && (toks[q].Is("for") || toks[q].Is("of")) && titleBefore(toks, q) && j-i <= 3 && j < len(toks) && (toks[j].Is(",") || toks[j].Is("of") || isHonorificCap(&toks[j])) && !IsPlace(a.Text[toks[i].Start:toks[j-1].End]) {
			return // the field's last item, set off: "Minister of Environment and National Beautification, Jane Roe" (or before an honorific: "… and Ports Dr. Jane Roe"; or the country: "… and Climate Resilience of Kelvania")
		}
	}
	if shifted && !itemSkipped {
		pp, i = pp+1, i+1 // no field's item: the modifier stays out of the name
	}
	if pp > 0 && toks[pp].Is("of") && j-i <= 3 && (j == len(toks) || toks[j].Is(",") || toks[j].Is(".")) && possessedTitle(toks, pp) && !itemSkipped &&
		!(j-i == 3 && CommonWord(toks[i].Text) && !CommonWord(toks[j-2].Text) && !CommonWord(toks[j-1].Text)) { // (not "Kelvo's Minister of Health Jane Roe,")
		if h, _ := OrgHead(toks[j-1].Text); !h {
			return // a body's post and its field: "Kelvo Aid's Director of Humanitarian Programmes, Jane Roe"
		}
	}
	if pp > 0 && (toks[pp].Is("of") || toks[pp].Is("for")) && titleBefore(toks, pp) {
		fieldWord := func(k int) bool { return CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) || gerund(toks[k].Text) }
		if !viaThe && j-i <= 3 && (j == len(toks) || toks[j].Is(",") || toks[j].Is(".")) && allFieldWords(toks, i, j, fieldWord) {
			return // a title's field, set off: "Programme Manager for Catchment Science, said"
		}
		derivedBeforeName := func() bool { // "Alderman for Mobility Jane Roe": a derived noun the lexicon lacks, then two names
			return j-i == 3 && DerivedWord(toks[i].Text) && !ProperWord(toks[i].Text) && !LeadingHead(toks[i].Text) && !CommonWord(toks[i+1].Text) && !CommonWord(toks[i+2].Text) // (not "Director-General of the Fondation Abri Solidaire")
		}
		for j-i > 2 && (fieldWord(i) || viaThe && j-i > 3 && fieldWord(i+1) || derivedBeforeName()) && !(numberWord(toks[i].Text) && sectorEnd(toks, i, j)) && !IsPlace(a.Text[toks[i].Start:toks[i+1].End]) { // (also "Minister for Policing Jane Roe", "for the Circular Economy Jane Roe"; not "spokesperson for Three Rivers Health", "Inspector Jane Roe of New Zealand Police")
			i++
		}
		if k := a.territoryBeforeName(pp, i, j); k > i {
			a.add(Entity{Kind: Place, Rule: "locative", Confidence: 0.5, Tokens: Range{First: i, End: k}})
			i = k
		}
	}
	// A connector never starts or ends a name: "and Shoreline", "Department
	// for Coastal and" where a headline's common word cut the run.
	for i < j && toks[i].IsLower() && connectors[strings.ToLower(toks[i].Text)] {
		i++
	}
	for j > i && toks[j-1].IsLower() && connectors[strings.ToLower(toks[j-1].Text)] {
		j--
	}
	if compassRegion(toks, i, j) {
		a.add(Entity{Kind: Place, Rule: "place-head", Confidence: 0.6, Tokens: Range{First: i, End: j}})
		return // "Eastern Cape MEC for Energy", "Western Equatoria"
	}
	// Calendar words and the like never start a name: "Year Barack Obama";
	// but a group's adjective starts a body's name: "Western Peninsula
	// Constabulary", "African Development Bank".
	bodyName := (firstHead(toks[j-1].Text) || toks[j-1].Is("Province") || toks[j-1].Is("Region")) && j-i > 1 // (and a region's: "Eastern Province")
	for i < j-1 && notNames[toks[i].Text] && !(bodyName && groupAdjectives[toks[i].Text]) {
		i++
	}
	if toks[i].Kind == Possessive {
		return // what a word that is no name owns: "Children’s Services" in a portfolio
	}
	// Letters after a name: "Jane Roe FRCS", "John Doe OBE".
	for j-i > 2 && (postNominalCaps(toks[j-1].Text) || IsPostNominal(toks[j-1].Text) && !IsDegree(toks[j-1].Text) && toks[j-1].IsUpper() || germanMember(toks[j-1].Text)) && !toks[j-2].IsUpper() { // (and a member's: "Jane Roe TD", "Jane Roe MdB")
		j--
	}
	// Trailing title words: "Sweden Ambassador" is handled by runEnd; drop
	// a final lone title ("... Chair").
	for j > i && (IsTitleWord(toks[j-1].Text) && !toks[j-1].IsUpper()) && !innerHead(toks, i, j) { // (not "Centre for Energy Justice")
		if j-1 > i && !CommonWord(toks[j-2].Text) && !IsTitleWord(toks[j-2].Text) && !IsTitleModifier(toks[j-2].Text) {
			break // a surname that is also a title: "Amy Pope"
		}
		j--
	}
	if i >= j {
		return
	}
	text := a.Text[toks[i].Start:toks[j-1].End]
	e := Entity{Tokens: Range{i, j}}
	last := &toks[j-1]
	head, unit := OrgHead(last.Text)
	if unit && j-i >= 3 && toks[j-2].Kind == Possessive {
		unit = false // a post's office is a body of its own: "Kelvo County Sheriff's Office"
	}
	if !head && j-i > 1 && allUpper(toks[i:j]) {
		head, unit = OrgHead(CapsWord(last.Text)) // a name in capitals: "KELVALE STATE UNIVERSITY"
	}
	if head && last.Is("Headquarters") && allCommon(toks[i:j-1]) {
		head = false // a building named by common words: "at the Command Headquarters" (not "Kelvo Police General Headquarters")
	}
	if !head && j-i > 1 && strings.Contains(last.Text, ".") && LegalForm(last.Text) {
		head = true // a legal form in dotted initials the heads' list lacks: "Monedix S.A.S.", "Moravex a.s."
	}
	var lb [32]byte
	switch {
	case j-i == 1 && strings.Contains(text, ".") && degreePiece(text[:strings.IndexByte(text, '.')]):
		return // "Ph.D.", "Ed.D": a degree
	case j-i == 1 && strings.Contains(text, ".") && IsPostNominal(strings.ReplaceAll(text, ".", "")):
		return // "M.P.", "M.L.A.": a member's letters
	case prevText(toks, i) == "," && LegalFormStart(toks, i, j) == i || j-i == 1 && DottedLegalForm(text) && prevText(toks, i) == "de":
		return // a legal form set off after its company's name: "Kelvo Peninsular, S.A. de C.V.", "Fundación Kelvo, A.C."
	case j-i == 1 && toks[i].IsUpper():
		if isCommonCaps(text) || IsTitleWord(text) {
			return
		}
		if _, ok := Honorific(prevText(toks, i)); ok && len(text) > 3 && !IsPlace(text) {
			e.Kind, e.Rule, e.Confidence = Person, "honorific", 0.9 // "Ms. PAPADOPOULOU-ACHEAMPONG": a surname in capitals
		} else if c, ok := Country(text); ok {
			e.Kind, e.Rule, e.Confidence, e.Canonical = Place, "gazetteer", 0.9, c
		} else if IsPlace(text) {
			e.Kind, e.Rule, e.Confidence = Place, "gazetteer", 0.9
		} else if datelineWord(toks, i) {
			e.Kind, e.Rule, e.Confidence = Place, "dateline", 0.6
		} else if digitRun(text) {
			return // a message's or a document's code: "OTS0087", "PR2025"
		} else {
			e.Kind, e.Rule, e.Confidence = Organization, "acronym", 0.7
		}
	case head && j-i > 1 && !a.portfolio(i, j):
		e.Kind, e.Rule, e.Confidence, e.Unit = Organization, "org-head", 0.8, unit
	case j-i > 1 && (EndHead(last.Text) || last.IsUpper() && EndHead(CapsWord(last.Text))):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // "Wellspring International", "WELLSPRING INTERNATIONAL"
	case j-i > 2 && toks[i+1].Kind == Possessive && commonPlural(toks, i, i+1):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a body named for its members: "Patients' Voice"
	case sectorEnd(toks, i, j) && !a.portfolio(i, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a company named by its trade: "Fjordlys Energy"
	case j-i > 1 && (last.Text == "District" || last.Text == "DISTRICT") && serviceWords[strings.ToLower(toks[j-2].Text)]:
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a special district: "Cedar Forks Fire Protection District"
	case j-i > 2 && membersAfter(toks, j-2, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // "Marrow County Board of Supervisors"
	case j-i > 2 && last.IsUpper() && len(last.Text) <= 3 && headBefore(toks, j-1):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a region's letters after the head: "Health Workers Union WA"
	case j-i >= 2 && leadingHeadAt(toks, i, j) && !toks[i+1].IsFold("of"):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a name its head opens: "Fondation Abri Solidaire", "Fundación Semillas del Sur"
	case j-i > 2 && toks[i+1].IsFold("of") && (firstHead(toks[i].Text) || officeOf(toks, i, j) || toks[i].IsUpper() && firstHead(CapsWord(toks[i].Text))):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // "University of Kelvale", "Bank of Ruritania"
	case j-i > 2 && j-i <= 5 && localGovOf(toks, i, j) && !headBefore(toks, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a local government: "City of Ashcombe", "Town of Orrin"
	case j-i > 2 && last.Text == "Hall" && (toks[j-2].Text == "City" || toks[j-2].Text == "Town"):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a local government by its seat: "Kelvograd City Hall"
	case j-i > 2 && stateOf(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "state-head", 0.8 // "Republic of Solano", "United Republic of Kelvania"
	case j-i > 2 && innerHead(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // "Kelvale Institute for Immunology"
	case head:
		return // "the Organization": an anaphor, not a name
	case IsPlace(text):
		e.Kind, e.Rule, e.Confidence = Place, "gazetteer", 0.9
	case fieldCountryBody(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.7 // a department named by its field and its country: "Health Canada"
	case j-i > 1 && partyMembers[last.Text] && i > 0 && toks[i-1].Is("("):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a party named by its members, in parentheses: "(Social Democrats)"
	case bodyNamedAfterKind(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Organization, "appositive", 0.75 // "the farmers' cooperative Kafe Moris Foun,"
	case bodyAppositive(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Organization, "appositive", 0.75 // "the Andean Soil Survey, a public agency attached to …"
	case j-i > 1 && last.Text == "Ward" && i > 0 && (toks[i-1].Is("on") || toks[i-1].Is("the")):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.6 // a hospital's or a city's ward: "on Kingfisher Ward", "the Riverside Ward"
	case j-i > 2 && protectedArea(toks[j-2].Text, last.Text):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // "Alder Valley National Park"
	case j-i > 1 && (placeHeadWord(last.Text) || namedState(toks, j-1)) && (!CommonWord(toks[i].Text) || groupAdjectives[toks[i].Text]):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // "Harris County", "Rivertown Township", "Borno State"
	case i > 0 && toks[i-1].IsFold("the") && j < len(toks) && toks[j].IsLower() && (placeNouns[toks[j].Text] || areaNouns[toks[j].Text]) && !IsDemonym(text):
		e.Kind, e.Rule, e.Confidence = Place, "place-noun", 0.6 // a name before a place's common noun: "the West Kelvo constituency", "the Tarrow catchment"
	case j-i == 2 && toks[i].Is("Region") && !CommonWord(toks[i+1].Text):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.7 // a regional authority named head first: "Region Kelvmark"
	case j-i == 1 && compassPoint(text):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // "the North-West"
	case j-i == 1 && (IsDemonym(text) || isStopword(text) || notNames[text]):
		return
	case j-i == 1 && j < len(toks) && toks[j].Kind == Number:
		return // "Resolution 1540", "Article 5"
	case j-i == 1 && i > 0 && determiners[string(lowerKey(lb[:0], toks[i-1].Text))] && CommonWord(text):
		return // "the Resolution’s implementation": a common noun capitalized
	case notNames[last.Text] && CommonWord(last.Text):
		return // "Global Counter-Terrorism Strategy": a document or event
	case headline && j-i == 1 && CommonWord(text):
		return
	case a.portfolio(i, j):
		return // "Commissioner for Political Affairs", "Minister of Education": a field
	case derivedField(toks, i, j):
		return // "Minister of State for Sustainability and the Environment": a post's field
	case unknownField(toks, i, j):
		return // "Programme Manager for Catchment Science": a field with a word the lexicon does not know
	case j-i > 1 && i > 0 && toks[i-1].Is("the") && CommonWord(last.Text) && !ProperWord(last.Text):
		return // "the Upper Serin Settlement Process": a name after "the" ending in a common noun is no person
	case j-i == 1 && i > 0 && j+1 < len(toks) && IsTitleWord(toks[i-1].Text) && toks[j].Is("and") && toks[j+1].IsCap() && CommonWord(text) && !ProperWord(text):
		return // "Chief Legal and Risk Officer": a title's modifier before "and", no name
	case j-i == 1 && notNameShape(toks, i, first):
		return // "Recalling that …", "E-commerce is …", "1.5 °C", "We're"
	case pluralAfterAdjective(toks, i, j):
		return // "coastal States": a common noun capitalized
	case j-i >= 2 && commonPluralRun(toks, i, j):
		return // "Trafficking in Human Beings", "Rights of Older Persons": common words ending in a plural, a field
	case placeListAt(toks, i):
		e.Kind, e.Rule, e.Confidence = Place, "place-noun", 0.6 // "the districts of Kelvo and Sarna", "the town of Kelvo"
	case featureOfAt(toks, i):
		e.Kind, e.Rule, e.Confidence = Place, "place-noun", 0.6 // "the Bay of Kelvo", "the Strait of Sarna"
	case j-i == 1 && i > 0 && locative[toks[i-1].Text] && !(j < len(toks) && toks[j].Kind == Possessive):
		e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // "a hub in Lusaka": a place the lists do not know
	case j-i == 2 && toks[i].Is("Legislative"):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.7 // a legislature named by its own word: "Legislative Yuan"
	case j-i == 1 && j+1 < len(toks) && toks[j].Kind == Possessive && governmentPost(toks[j+1].Text):
		e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // a state whose government's post follows: "Saxony's Minister of State"
	case j-i == 1 && i > 0 && toks[i-1].IsFold("member") && len(text) > 4 && strings.HasSuffix(text, "s") && CommonWord(text[:len(text)-1]):
		return // "Member" as a plural's modifier, no title: "Member States", "Member Parties"
	case j-i == 2 && toks[i].Text == "Co." && (i == 0 || !capWord(&toks[i-1])) && !CommonWord(toks[i+1].Text):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.6 // an Irish county: "– Margaret, Co. Roscommon"
	case j-i == 1 && j < len(toks) && IsTitleWord(toks[j].Text) && commonNoun(text) && !IsPlace(text):
		return // a common noun before a title is its modifier: "City Councillor Jane Roe"
	case i > 0 && IsTitleWord(toks[i-1].Text) && toks[i-1].IsCap() && postField(toks, i, j):
		return // a post's field after its head: "Managing Director Asset Management at …", "Vice President Sales, Kelvo"
	case seatAt(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "seat", 0.6 // a member's seat: "Member of Parliament for Kelvo North", "Kelvo Member of the Senedd Jane Roe"
	case complementBeforeHonorific(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // a post's territory before its holder's honorific: "Coordinator for the Pacific Islands Dr. Jane Roe"
	default:
		e.Kind, e.Rule, e.Confidence = Person, "name", 0.6
		if j-i == 1 {
			e.Confidence = 0.45
		}
		if j-i == 1 && ageAfter(toks, j) {
			e.Rule, e.Confidence = "age", 0.7 // "– Dara, 15, member of the youth panel": a person by her age
		}
		if j-i == 1 && signedName(toks, i, j) {
			e.Rule, e.Confidence = "signature", 0.7 // "– Priya, volunteer seagrass surveyor": a signature under a quotation
		}
		if i > 0 && toks[i-1].Kind == Word {
			if _, ok := Honorific(toks[i-1].Text); ok {
				e.Rule, e.Confidence = "honorific", 0.9
			} else if IsTitleWord(toks[i-1].Text) {
				e.Rule, e.Confidence = "title", 0.85
			}
		}
		if strings.ContainsAny(text, "&") || e.Rule == "name" && brandRun(toks, i, j) {
			e.Kind, e.Rule = Organization, "name" // "Kelvale & Roe", "PaisaLink", "KelvaTech Systems"
		}
		// A family name's particles before it, where no given name
		// comes first: "Mr. van der Berg", "van der Berg said".
		if p := i; e.Kind == Person && j-i == 1 {
			for p > 0 && p > i-2 && toks[p-1].IsLower() && nameParticle(toks[p-1].Text) {
				p--
			}
			if p < i && (p == 0 || !capWord(&toks[p-1]) || isHonorificCap(&toks[p-1]) || IsTitleWord(toks[p-1].Text)) { // (also "Minister de la Fuente")
				i = p
				e.Tokens.First = i
			}
		}
	}
	e.Span = Span{toks[i].Start, toks[j-1].End}
	a.add(e)
}

// postField reports capitalized common words [i, j) that end in a
// field's noun ("Asset Management", "Sales", "Product Marketing") with
// "at", "for", "with" or a comma after them: a field that follows a
// post's head, not its holder's name ("Bill Rich" is a name: no field's
// noun ends it).
func postField(toks []Token, i, j int) bool {
	if j >= len(toks) || !(toks[j].Is("at") || toks[j].Is("for") || toks[j].Is("with") || toks[j].Is(",")) {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].Kind != Word || !CommonWord(toks[k].Text) || ProperWord(toks[k].Text) {
			return false
		}
	}
	w := toks[j-1].Text
	return DerivedWord(w) || postFields[w]
}

// postFields are the fields of a company's posts that no derivational
// suffix shows: "Vice President Sales".
var postFields = toSet(`Sales Finance Marketing Operations Strategy Research Logistics Technology Treasury Legal Policy Procurement`)

// fieldCountryBody reports a run [i, j) of capitalized words, the first
// no word the lists know only as a name, joined by "and" or not, before a
// country's name: a department named by
// its field and its country, "Statistics Canada", "Fisheries and Oceans
// Canada"; not a region ("Western Australia", "Rural Canada") nor a name
// ("Chuck Jordan").
func fieldCountryBody(toks []Token, i, j int) bool {
	if j-i < 2 || toks[j-1].IsUpper() || IsDemonym(toks[j-1].Text) {
		return false
	}
	if _, country := Country(toks[j-1].Text); !country {
		return false
	}
	if regionWords[toks[i].Text] || CompassWord(toks[i].Text) {
		return false
	}
	if j-i == 2 && !(CommonWord(toks[i].Text) && strings.HasSuffix(toks[i].Text, "s")) {
		return false // one word before the country only a plural field's: "Statistics Canada", "Parks Canada" (not "Chuck Jordan")
	}
	field := false
	for k := i; k < j-1; k++ {
		tk := &toks[k]
		if (tk.Is("and") || tk.Is("&")) && k > i && k < j-2 {
			continue
		}
		if !capWord(tk) || tk.IsUpper() || IsTitleWord(tk.Text) || IsPlace(tk.Text) || k == i && ProperWord(tk.Text) {
			return false // (the first word no name's: "Harbours and Coastal Communities Canada")
		}
		field = field || fieldWordOrPlural(tk.Text)
	}
	return field // (a field's word among them: not "Isabel Dávila Montenegro")
}

// fieldWordOrPlural reports a common noun or its plural, also one the
// lexicon lacks by its shape (FieldNoun): "Health", "Oceans", "Harbours".
func fieldWordOrPlural(w string) bool {
	sg := strings.TrimSuffix(w, "s")
	return CommonWord(w) || FieldNoun(w) || CommonWord(sg) || FieldNoun(sg)
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
		if !regionWords[toks[i].Text] || !IsPlace(toks[i+1].Text) {
			return false // (a region of a known place: "Lower Austria", "Greater Kelvograd")
		}
	}
	if h, _ := OrgHead(toks[i+1].Text); h || IsTitleWord(toks[i+1].Text) || notNames[toks[i+1].Text] || PluralTitle(toks[i+1].Text) {
		return false
	}
	return true
}

// allUpper reports a run of words all in capitals (connectors aside):
// "KELVALE STATE UNIVERSITY", "BANK OF RURITANIA".
func allUpper(toks []Token) bool {
	for k := range toks {
		if toks[k].Kind == Word && !toks[k].IsUpper() && !connectors[strings.ToLower(toks[k].Text)] {
			return false
		}
	}
	return true
}

// CapsWord writes a word in capitals with only its first letter so, as
// the lists spell heads: "UNIVERSITY" is "University".
func CapsWord(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	if n >= len(w) {
		return w
	}
	return w[:n] + strings.ToLower(w[n:])
}

// placeNouns are the lower-case nouns of places that "of" and a name
// follow: "the districts of Kelvo and Sarna", "the town of Kelvo".
var placeNouns = toSet(`district districts region regions province provinces county counties town towns city cities village villages commune communes municipality municipalities island islands`)

// placeListAt reports a name at token i that a lower-case place noun and
// "of" introduce, or that continues such a list after a comma or "and".
func placeListAt(toks []Token, i int) bool {
	k := i - 1
	for n := 0; k > 0 && n < 12 && (toks[k].Is("and") || toks[k].Is(",") || capWord(&toks[k])); n++ {
		k-- // back over the list's earlier items: "of Kelvo, Arden and"
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

// allFieldWords reports the run [i, j) of words that field reports
// (common nouns of a title's field), with "and" between them.
func allFieldWords(toks []Token, i, j int, field func(int) bool) bool {
	for k := i; k < j; k++ {
		if !(field(k) || toks[k].Is("and")) {
			return false
		}
	}
	return true
}

// prevText returns the text of the token before i, or "".
func prevText(toks []Token, i int) string {
	if i == 0 {
		return ""
	}
	return toks[i-1].Text
}

// commonNoun reports a common word or its plural that is no known name:
// "Remarks", "Statement".
func commonNoun(w string) bool {
	if ProperWord(w) {
		return false
	}
	return CommonWord(w) || len(w) > 4 && strings.HasSuffix(w, "s") && CommonWord(w[:len(w)-1])
}

// unitHead reports the head of a unit's name, which a gerund can modify:
// "Committee" of "Standing Committee on Housing", "Board" of "Governing
// Board of …" (but not a body's own head: "Opening Commission on …" opens
// with a verb).
func unitHead(w string) bool {
	h, u := OrgHead(w)
	return h && u
}

// partyMembers are the plurals a party's name ends in: "Social
// Democrats", "Young Liberals" (in a tag after a member's name).
var partyMembers = toSet(`Democrats Republicans Greens Liberals Conservatives Socialists Nationals Progressives Libertarians Unionists Nationalists Independents`)

// bodyNouns are the common nouns an appositive gives a body as its kind:
// "a public agency", "a family-owned company".
var bodyNouns = toSet(`agency company firm charity organisation organization body nonprofit non-profit institute network coalition
union association cooperative co-operative foundation trust authority bank insurer manufacturer supplier retailer startup
start-up utility airline society federation alliance consortium institution enterprise subsidiary regulator watchdog studio`)

// BodyNoun reports a common noun that names a kind of body: "company",
// "charity", "studio".
func BodyNoun(w string) bool { return bodyNouns[w] }

// allCommon reports capitalized words that are all common English words.
func allCommon(toks []Token) bool {
	for k := range toks {
		if !CommonWord(toks[k].Text) || ProperWord(toks[k].Text) {
			return false
		}
	}
	return true
}

// bodyNamedAfterKind reports a capitalized run [i, j) right after a
// body's kind in lower case and before punctuation or a verb of saying:
// "the coffee farmers' cooperative Kafe Moris Foun,", "the charity Kelvo
// Aid.", "the transport union BTB-Limburg said" (not "the firm Jane Roe
// founded").
func bodyNamedAfterKind(toks []Token, i, j int) bool {
	return i > 1 && toks[i-1].IsLower() && (bodyNouns[toks[i-1].Text] || toks[i-1].Is("ngo") || toks[i-1].Is("group")) &&
		(j == len(toks) || toks[j].Kind == Punct && !toks[j].Is("-") || sayingAfterBody[toks[j].Text] && !complementBefore(toks, i-1))
}

// complementBefore reports a preposition among the few lower-case words
// before the body's kind at token k: the kind is a complement ("a
// spokesperson for the property management firm Kelvo Living said"), and
// the subject is the one before it.
func complementBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].IsLower(); j-- {
		switch toks[j].Text {
		case "for", "of", "at", "with", "to", "from", "by":
			return true
		}
	}
	return false
}

// sayingAfterBody are verbs of saying whose subject a body may be.
var sayingAfterBody = toSet(`said says stated announced warned added noted welcomed criticised criticized argued urged called`)

// agentNouns are the kinds an appositive gives a body or a person: "a
// garment maker", "a real estate developer".
var agentNouns = toSet(`maker developer producer operator carrier provider`)

// appositiveFollow are the words that may follow a body's kind in an
// appositive: "a public agency attached to …", "a charity based in …".
var appositiveFollow = toSet(`of for in at with that which whose based attached owned founded established created set run
responsible working representing serving specializing specialising from under within and funded backed led`)

// bodyAppositive reports an appositive after the capitalized run [i, j)
// that names the kind of body it is: "the Andean Soil Survey, a public
// agency attached to …", "Kelvo Ferries, a family-owned company,", "Radio
// Kelvo, a Spanish-language station in …", "Kelvo Lifeline, the nonprofit
// air ambulance that …"; not
// "Jane Roe, a company director" (the kind is a modifier there). A kind
// that fits a person too takes a run with a common word: "Knitwear
// Exports, a garment maker in …", not "Tim Roe, a real estate developer
// in …".
func bodyAppositive(toks []Token, i, j int) bool {
	if j+2 >= len(toks) || !toks[j].Is(",") || !(toks[j+1].Is("a") || toks[j+1].Is("an") || toks[j+1].Is("the")) {
		return false
	}
	nonprofit := false
	for k := j + 2; k < j+7 && k < len(toks); k++ {
		t := &toks[k]
		if h := strings.IndexByte(t.Text, '-'); t.Kind == Word && h > 0 && countryWord(t.Text[:h]) {
			continue // "a Spanish-language station"
		}
		if t.Kind != Word || !t.IsLower() || k > j+2 && appositiveFollow[t.Text] {
			return false // (the kind comes before any complement: not "Jane Roe, the editor of the newspaper,")
		}
		headEnd := k+1 == len(toks) || toks[k+1].Kind == Punct || toks[k+1].IsLower() && appositiveFollow[toks[k+1].Text]
		if bodyNouns[t.Text] && !nonprofitWords[t.Text] || mediaNouns[t.Text] || agentNouns[t.Text] && !allFieldWords(toks, i, j, func(x int) bool { return !CommonWord(toks[x].Text) || ProperWord(toks[x].Text) }) {
			return headEnd
		}
		if nonprofitWords[t.Text] {
			if headEnd {
				return true // "Kelvo Aid, a nonprofit based in …"
			}
			nonprofit = true
		} else if nonprofit && headEnd {
			return true // "Kelvo Lifeline, the nonprofit air ambulance that serves …"
		}
	}
	return false
}

// countryWord reports a word the lists know as a country's adjective or
// name ("Spanish", "Kenyan").
func countryWord(w string) bool {
	_, ok := Country(w)
	return ok
}

// nonprofitWords make any noun after them a body's kind: "the nonprofit
// air ambulance".
var nonprofitWords = toSet(`nonprofit non-profit not-for-profit charitable`)

// mediaNouns are the kinds of a media body an appositive gives: "a
// Spanish-language station in …".
var mediaNouns = toSet(`station broadcaster newspaper publisher magazine`)

// derivedField reports one derived word after a title and "for" or "of",
// perhaps past other capitalized words and "of": a post's field, no name
// ("Minister of State for Sustainability", "Director of Procurement").
func derivedField(toks []Token, i, j int) bool {
	if j-i != 1 || i < 2 || !(toks[i-1].Is("for") || toks[i-1].Is("of")) {
		return false
	}
	w := toks[i].Text
	if !FieldNoun(w) || ProperWord(w) || IsPlace(w) || toks[i].IsUpper() {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if IsTitleWord(toks[k].Text) && toks[k].IsCap() {
			return true
		}
		if !(capWord(&toks[k]) || toks[k].Is("of") || toks[k].Is("for")) {
			return false
		}
	}
	return false
}

// unknownField reports two capitalized words after a title and "for" or
// "of", the first unknown to the lexicon and the second a common noun:
// "Programme Manager for Catchment Science". A person's name there would
// be known as a name or end in one.
func unknownField(toks []Token, i, j int) bool {
	if j-i != 2 || i < 2 || !(toks[i-1].Is("for") || toks[i-1].Is("of")) {
		return false
	}
	if n, _ := TitleAt(toks, i-2); n == 0 {
		return false
	}
	w, last := toks[i].Text, toks[i+1].Text
	return len(w) >= 5 && !ProperWord(w) && !CommonWord(w) && !toks[i].IsUpper() && !IsPlace(w) &&
		CommonWord(last) && !ProperWord(last) && !strings.HasSuffix(last, "s") // (a plural field, "Humanitarian Affairs", is the posts' lists')
}

// nameBeforeTitle reports a person's name and a comma before the title
// that ends at the comma c: "Jane Roe, Executive Vice President,".
func (a *Analysis) nameBeforeTitle(c int) bool {
	toks := a.Tokens
	for k := c - 1; k > 0 && c-k <= 8; k-- {
		if toks[k].Is(",") {
			e := a.EntityAt(k - 1)
			return e != nil && e.Kind == Person && e.Tokens.End == k
		}
	}
	return false
}

// namedAlone reports the run [i, j) written again elsewhere without a
// title before it, as a body's name is ("…; Cycle Forward; …"), where a
// post's unit comes only after a title ("EVP Offshore Wind"). It looks
// within 1,500 tokens either side, so that a text of such lines costs what
// others do.
func namedAlone(toks []Token, i, j int) bool {
	n := j - i
next:
	for k := max(0, i-1500); k+n <= len(toks) && k < i+1500; k++ {
		if k == i || toks[k].Text != toks[i].Text {
			continue
		}
		for m := 1; m < n; m++ {
			if toks[k+m].Text != toks[i+m].Text {
				continue next
			}
		}
		if k == 0 || !IsTitleWord(toks[k-1].Text) && !titleEndsAt(toks, k) && !toks[k-1].IsUpper() {
			return true
		}
	}
	return false
}

// signedName reports a one-word name [i, j) that opens a line after a
// dash, followed by a comma and a description in lower case: "– Priya,
// volunteer seagrass surveyor".
func signedName(toks []Token, i, j int) bool {
	if i < 1 || j+1 >= len(toks) || !toks[j].Is(",") || toks[j+1].Kind != Word || !toks[j+1].IsLower() {
		return false
	}
	d := &toks[i-1]
	return (d.Is("–") || d.Is("—") || d.Is("-")) && (d.Newlines > 0 || i == 1)
}

// ageAfter reports a person's age set off by commas at token j: ", 15,"
// or ", 34." after a name, or ", a 34-year-old …".
func ageAfter(toks []Token, j int) bool {
	if j+2 < len(toks) && toks[j].Is(",") && (toks[j+1].IsFold("a") || toks[j+1].IsFold("an")) && strings.HasSuffix(strings.ToLower(toks[j+2].Text), "-year-old") {
		return true
	}
	if j+2 >= len(toks) || !toks[j].Is(",") || toks[j+1].Kind != Number || len(toks[j+1].Text) > 3 || !(toks[j+2].Is(",") || toks[j+2].Is(".")) {
		return false
	}
	n := 0
	for _, c := range toks[j+1].Text {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n > 0 && n < 120
}
