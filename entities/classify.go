package entities

import (
	"strings"
	"unicode/utf8"
)

// What kind of entity a run of capitals is (classify): a person, a place
// or an organization, or no name at all, by its words and its context.

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

// nameStart reports two capitalized words at k that are no title's, as a
// person's given and family names.
func nameStart(toks []Token, k int) bool {
	if k+1 >= len(toks) || !capWord(&toks[k]) || !capWord(&toks[k+1]) || IsTitleWord(toks[k].Text) || CommonWord(toks[k].Text) {
		return false
	}
	head, _ := OrgHead(toks[k+1].Text)
	return !head
}

// namedApart reports whether the last word of the run [i, j) stands
// elsewhere in the text after another word than the one before it here:
// "Kurowska" in "Ms. Kurowska said" after "Deputy Mayor of Łódź Beata
// Kurowska". It looks at most at the first sixteen other places of the
// word, so that a text that repeats the run costs no more than linear time.
func (a *Analysis) namedApart(i, j int) bool {
	toks := a.Tokens
	return a.elsewhere(j-1, func(k int) bool {
		return k == 0 || toks[k-1].Text != toks[j-2].Text
	})
}

// elsewhere reports whether f holds at one of the first sixteen other
// places of the capitalized word at token i, from an index of capitalized
// words built once per text, so that a text dense with one name costs what
// others do.
func (a *Analysis) elsewhere(i int, f func(k int) bool) bool {
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
	for _, k := range a.capAt[toks[i].Text] {
		if int(k) == i {
			continue
		}
		if f(int(k)) {
			return true
		}
		if seen++; seen == 16 {
			break
		}
	}
	return false
}

// runElsewhere reports the capitalized words [i, e) written again, the
// same, at one of the first sixteen other places of the first word.
func (a *Analysis) runElsewhere(i, e int) bool {
	return a.elsewhere(i, func(k int) bool { return a.sameRun(k, i, e) })
}

// runApart reports the capitalized words [i+1, j) written again without
// the word at i before them: "Iron Gate Spirits Co." beside "Rival Iron
// Gate Spirits Co." (not "Hollow Distilling Co." inside another "Copper
// Hollow Distilling Co.").
func (a *Analysis) runApart(i, j int) bool {
	return a.elsewhere(i+1, func(k int) bool {
		return !(k > 0 && a.Tokens[k-1].Text == a.Tokens[i].Text) && a.sameRun(k, i+1, j)
	})
}

// sameRun reports the words of [i, e) again from token k.
func (a *Analysis) sameRun(k, i, e int) bool {
	toks := a.Tokens
	if k+e-i > len(toks) {
		return false
	}
	for x := 0; x < e-i; x++ {
		if toks[k+x].Text != toks[i+x].Text {
			return false
		}
	}
	return true
}

// firstNamedApart reports whether the word at token i stands elsewhere in
// the text before another capitalized word than the one after it here, as
// a place's name does in its bodies' names ("Kelvo" in "the Kelvo Police
// Department" and "Director for Kelvo Jane Roe Smith"). It looks at most
// at the first sixteen other places of the word.
func (a *Analysis) firstNamedApart(i int) bool {
	toks := a.Tokens
	return a.elsewhere(i, func(k int) bool {
		return k+1 < len(toks) && capWord(&toks[k+1]) && toks[k+1].Text != toks[i+1].Text && headSoon(toks, k+1)
	})
}

// classify turns the capitalized run [i, j) into at most one entity.
func (a *Analysis) classify(i, j, first int, headline bool) {
	toks := a.Tokens
	if j-i > 3 && i >= 2 && (toks[i].Is("Government") || toks[i].Is("State")) && toks[i+1].Is("of") && toks[i-1].Is("of") && (toks[i-2].Is("Heads") || toks[i-2].Is("Head")) {
		// a post's "Government of" after "Heads of": "Heads of Government
		// of the Kelvo Community" is a title and the body it heads
		i += 2
		if toks[i].Is("the") {
			i++
		}
	}
	if j-i > 1 && BasedIn(toks[i].Text) {
		i++ // where the body is based opens no name: "Vilnius-based Kelvo UAB"
	}
	if q := countryThenName(toks, i, j); q > 0 {
		// a post's body that a country's name ends, then its holder: "Deputy
		// Governor of the Central Bank of Kelvania John Doe"
		a.classify(i, q, first, headline)
		a.classify(q, j, first, headline)
		return
	}
	if j-i > 4 && attributableLabel(toks, i) {
		i += 3 // a label in capitals before its speaker: "QUOTES ATTRIBUTABLE TO JANE ROE, CHIEF FINANCIAL OFFICER"
	}
	if j-i == 1 && districtSuffixed(toks[i].Text) {
		a.add(Entity{Kind: Place, Rule: "place-head", Confidence: 0.6, Tokens: Range{First: i, End: j}})
		return // a Korean or Japanese district by its suffix: "Jongno-gu", "Haeundae-gu", "Minato-ku"
	}
	if adjectiveRun(toks, i, j) {
		return // a field's adjective before "and" or a title's head, no name: "Coastal and Rural Affairs Secretary", "Coastal Communities Secretary"
	}
	if j-i == 1 && i > 0 && (toks[i-1].Is("His") || toks[i-1].Is("Her")) && j < len(toks) && isHonorificCap(&toks[j]) {
		return // a word of a style between "His" and its honorific: "His Royal Majesty Jane Roe"
	}
	if j-i == 2 && regnalNumeral(toks[j-1].Text) && !toks[i].IsUpper() && !CommonWord(toks[i].Text) && j < len(toks) && toks[j].Is(",") && i >= 2 && toks[i-1].Is(",") && a.personEndsAt(i-2) {
		return // a ruler's regnal name set off after his name: "Oba Jane Roe, Ajiroba II, said" (not a district's number: "Jane Roe, District IV councilor")
	}
	if portfolioListItem(toks, i, j) {
		return // the first of a portfolio's fields, a word the lexicon lacks: "Commissioner for Livestock, Transhumance and Animal Health"
	}
	// A common word at a sentence or clause start is not a name: "Opening
	// the discussions", "In Washington", but "Bill Clinton" is.
	if clauseStart(toks, i, first) || headline {
		w := toks[i].Text
		if isStopword(w) || (commonNoun(w) &&
			(j-i == 1 || CommonWord(toks[i+1].Text)) && !(j-i > 2 && (firstHead(w) || officeOf(toks, i, j) || toks[i].IsUpper() && firstHead(CapsWord(w))) && connectors[strings.ToLower(toks[i+1].Text)]) && // (in capitals too: "MINISTRY OF FOREIGN AFFAIRS")
			!(j-i > 3 && !IsTitleWord(w) && (!Gerund(w) && firstHead(toks[i+1].Text) || Gerund(w) && unitHead(toks[i+1].Text)) && connectors[strings.ToLower(toks[i+2].Text)]) && // (not "National Bureau of Statistics and Census" or "Standing Committee on Housing" opening a line)
			!(j-i > 2 && nameParticle(strings.ToLower(w)) && toks[i+1].IsLower() && nameParticle(toks[i+1].Text)) &&
			!(j-i > 2 && i > 0 && toks[i-1].Is("(") && headBefore(toks, j)) && // (not a party in parentheses: "(National Coalition Party)")
			!(j-i > 2 && localGovOf(toks, i, j)) && // (not a local government: "City of Ashcombe")
			!bodyOfCommonWords(toks, i, j) && // (nor a place's body: "Northern Territory Police")
			!(j-i >= 3 && (LegalForm(toks[j-1].Text) || DottedLegalForm(toks[j-1].Text)) && !a.runApart(i, j)) && // (nor a company its legal form ends: "Copper Hollow Distilling Co. will release …"; but a descriptor before a name the text writes without it: "Rival Iron Gate Spirits Co. said" beside "Iron Gate Spirits Co.")
			!(j-i >= 3 && fieldCountryBody(toks, i, j) && countryBodyOpener(toks, i, j))) { // (nor a country's body by its field: "Good Morning America", not "Besides China", "Across Northern Ireland")
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
	// gerund: "Executive Vice President, Network Planning, Nordsk Air"; a
	// sector's letters may open it: "General Manager, SME Banking, said".
	if i > 1 && toks[i-1].Is(",") && titleEndsAt(toks, i-1) && j-i <= 3 && j < len(toks) && (toks[j].Is(",") || toks[j].Is(":")) && Gerund(toks[j-1].Text) &&
		allFieldWords(toks, i, j, func(k int) bool {
			return CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) || k < j-1 && toks[k].IsUpper() && len(toks[k].Text) <= 4 && !SectorWord(toks[j-1].Text) // (not a company's letters before its trade: "KPMG Consulting")
		}) {
		return
	}
	// A title's unit set off by commas after a name and its title: "Jane
	// Roe, Executive Vice President, Offshore Wind, said" (the name is
	// given; common words after the title are its unit).
	// An adjective's shape the lexicon lacks may open it: "Joel Flett,
	// Vice-President, Indigenous Partnerships, said".
	if i > 1 && toks[i-1].Is(",") && titleEndsAt(toks, i-1) && j-i <= 3 && j < len(toks) && (toks[j].Is(",") || toks[j].Is(":")) && a.nameBeforeTitle(i-1) &&
		allFieldWords(toks, i, j, func(k int) bool {
			return (CommonWord(toks[k].Text) || k < j-1 && AdjectiveShape(toks[k].Text) && !SectorWord(toks[j-1].Text)) && !ProperWord(toks[k].Text) // (not a company named by its trade: "Oceanic Logistics")
		}) && !namedAlone(toks, i, j) && !ministryOf(toks, i, j) {
		return
	}
	// An inner item of a title's field list: "Minister for Mobility,
	// Infrastructure and Innovation Dr. Jane Roe".
	if fieldListItem(toks, i, j) || fieldListLastItem(toks, i, j) || inChargeField(toks, i, j) || fieldSetOffAfterPost(toks, i, j) {
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
	} else if pp > 3 && toks[pp].IsCap() && IsTitleModifier(toks[pp].Text) && (toks[pp-1].Is("for") || toks[pp-1].Is("of")) && titleBefore(toks, pp-1) && j-i > 2 {
		pp, i = pp-1, i-1 // a modifier's word opens the field: "Minister for Economic Policy Jane Roe"
	}
	itemSkipped := false
	if pp > 2 && (toks[pp].Is("and") || toks[pp].Is("&")) && !ofInside(toks, i+1, j) {
		// the field's last item after "and": "Commissioner for Energy and
		// Grids Jane Roe", "in charge of Energy and Utilities Jane Roe" (the
		// item may be a body's head of its own)
		q, semi := pp-1, false
		for q > 0 && pp-q < 12 && (capWord(&toks[q]) && (commonNoun(toks[q].Text) || (!ProperWord(toks[q].Text) || DerivedWord(toks[q].Text)) && !IsPlace(toks[q].Text) || fieldOpener(toks, q)) && (pp-q < 7 || semi) || // (a derived noun the lexicon saw capitalized too: "Solidarity")
			(toks[q].Is(",") || toks[q].Is(";")) && q+1 < pp && capWord(&toks[q-1]) || semi && (toks[q].Is("and") || toks[q].Is("&")) && capWord(&toks[q-1])) {
			// (plurals too: "Minister of Inland Waterways and Ports Jane Roe";
			// a list: "of Trade, Industry and Fisheries"; portfolios set off
			// by semicolons, each with its own "and": "Minister for Mines
			// and Petroleum; Energy; Industry and Trade")
			semi = semi || toks[q].Is(";")
			q--
		}
		if q < pp-1 && (toks[q].Is("for") || toks[q].Is("of")) && (titleBefore(toks, q) || inChargeOf(toks, q)) && j-i > 2 {
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
	if pp > 0 && (toks[pp].Is("of") || toks[pp].Is("for")) && (titleBefore(toks, pp) || inChargeOf(toks, pp)) && !a.personEndsAt(pp-1) {
		fieldWord := func(k int) bool {
			w := toks[k].Text
			return CommonWord(w) && !ProperWord(w) || Gerund(w) || adjectiveOfCommon(w) && portfolioHead(toks[pp-1].Text) || // (an adjective the lexicon lacks, in a minister's portfolio: "Minister for Coastal Communities Jane Roe"; not a company's "Chief Executive of Bansal Kelvo Steel")
				k == pp+1 && pp > 0 && portfolioHead(toks[pp-1].Text) && strings.HasSuffix(w, "our") && CommonWord(AmericanSpelling(w)) // (a British spelling a party's name shares: "Minister of Labour Jane Roe")
		}
		if j-i == 4 && (IsDemonym(toks[i].Text) || regionAdjectives[toks[i].Text]) && DerivedWord(toks[i+1].Text) && !ProperWord(toks[i+1].Text) {
			i += 2 // a region's adjective and a derived noun before a name of two words: "Minister for Nordic Cooperation Jane Roe"
		}
		if !viaThe && j-i <= 3 && (j == len(toks) || toks[j].Is(",") || toks[j].Is(".")) && allFieldWords(toks, i, j, fieldWord) {
			return // a title's field, set off: "Programme Manager for Catchment Science, said"
		}
		derivedBeforeName := func() bool { // "Alderman for Mobility Jane Roe": a derived noun the lexicon lacks, then two names
			return j-i == 3 && DerivedWord(toks[i].Text) && !ProperWord(toks[i].Text) && !LeadingHead(toks[i].Text) && !CommonWord(toks[i+1].Text) && !CommonWord(toks[i+2].Text) // (not "Director-General of the Fondation Abri Solidaire")
		}
		for j-i > 2 && (fieldWord(i) || viaThe && j-i > 3 && fieldWord(i+1) || derivedBeforeName() || peoplesAdjective(toks[i].Text) && fieldWord(i+1)) && !countryLetters(&toks[j-1]) && !tradesJoined(toks, i, j) && !(NumberWord(toks[i].Text) && sectorEnd(toks, i, j)) && !IsPlace(a.Text[toks[i].Start:toks[i+1].End]) &&
			!(LeadingHead(toks[i].Text) && (!CommonWord(toks[i+1].Text) || toks[i+1].IsLower() && nameParticle(toks[i+1].Text))) { // (also "Minister for Policing Jane Roe", "for the Circular Economy Jane Roe"; not "spokesperson for Three Rivers Health", "Inspector Jane Roe of New Zealand Police", nor a head that opens a body's name: "Managing Director of Bank Mutiara Darussalam", "president of the Cámara de Comercio y Turismo")
			i++
		}
		if k := a.territoryBeforeName(pp, i, j); k > i && !a.givenBeforeCommonName(pp, i, k, j) {
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
	for k := i; k+2 < j && k < i+4; k++ {
		if toks[k].Is("Class") && k > 0 && RankOrdinal(toks[k-1].Text) {
			i = k + 1 // a rank's class before the name: "Petty Officer 2nd Class Jane Roe", "Airman First Class Jane Roe"
			break
		}
	}
	if compassRegion(toks, i, j) {
		a.add(Entity{Kind: Place, Rule: "place-head", Confidence: 0.6, Tokens: Range{First: i, End: j}})
		return // "Eastern Cape MEC for Energy", "Western Equatoria"
	}
	// Calendar words and the like never start a name: "Year Barack Obama";
	// but a group's adjective starts a body's name: "Western Peninsula
	// Constabulary", "African Development Bank".
	bodyName := (firstHead(toks[j-1].Text) || toks[j-1].Is("Province") || toks[j-1].Is("Region")) && j-i > 1 || // (and a region's: "Eastern Province")
		j-i >= 4 && fieldCountryBody(toks, i, j) && !eventNoun(toks[j-2].Text) || // (a country's body by its field: "Northern Food Access Canada", not "Northern Food Security Summit Canada")
		j-i > 2 && LegalForm(toks[j-1].Text) || // (a company's, by its legal form: "Northern Pines Paper Co."; not by its trade, "Southern Kelvo Rail services")
		j-i > 3 && firstHead(toks[i+1].Text) && (toks[i+2].Is("for") || toks[i+2].Is("of")) || // (a body's head and its remit: "European Centre for Cross-Border Health Cooperation")
		j-i > 3 && !partyAdjective(toks[i].Text) && headWithRemit(toks, i+1, j) // (or before a name, a head and its remit: "Western Kelvo Institute of Public Health", "Independent Health Fund of East Kelvo"; not a party's adjective, "Conservative Kelvo Chamber of Deputies members")
	for i < j-1 && notNames[toks[i].Text] && !(bodyName && groupAdjectives[toks[i].Text]) && !monthGivenName(toks, i, j) {
		i++
	}
	if toks[i].Kind == Possessive {
		return // what a word that is no name owns: "Children’s Services" in a portfolio
	}
	if j-i >= 2 && toks[j-1].Is("FM") && toks[j-2].IsCap() && (j >= len(toks) || !(toks[j].Kind == Word && toks[j].IsLower())) {
		a.add(Entity{Kind: Organization, Rule: "org-head", Confidence: 0.7, Tokens: Range{First: i, End: j}})
		return // a radio station: "Kelvo Star FM, whose station …" (not "the Kelvale General Hospital FM contract", facilities management, nor letters after a name)
	}
	// Letters after a name: "Jane Roe FRCS", "John Doe OBE".
	for j-i > 2 && (postNominalCaps(toks[j-1].Text) || IsPostNominal(toks[j-1].Text) && !IsDegree(toks[j-1].Text) && toks[j-1].IsUpper() || germanMember(toks[j-1].Text)) && !toks[j-2].IsUpper() { // (and a member's: "Jane Roe TD", "Jane Roe MdB")
		j--
	}
	// Trailing title words: "Sweden Ambassador" is handled by runEnd; drop
	// a final lone title ("... Chair").
	for j > i && (IsTitleWord(toks[j-1].Text) && !toks[j-1].IsUpper()) && !innerHead(toks, i, j) && !postOfOffice(toks, j-1) && !(j-2 > i && postOfOffice(toks, j-2)) { // (not "Centre for Energy Justice", "Office of Inspector General")
		if w := toks[j-2].Text; j-1 > i && !CommonOrPlural(w) && !IsTitleWord(w) && !IsTitleModifier(w) && !(j-2 > i && CommonOrPlural(toks[i].Text)) { // (nor a word the lexicon lacks after a common one, a field: "Data Privacy Commissioner"; but "Gregory Bishop")
			break // a surname that is also a title: "Amy Pope" (not a portfolio's plural: "Floods Minister")
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
	if j-i >= 2 && CorpsOfPeople(toks[j-2].Text, last.Text) {
		return // "Parliamentary Press Corps", "Diplomatic Corps"
	}
	if unit && j-i >= 3 && toks[j-2].Kind == Possessive {
		unit = false // a post's office is a body of its own: "Kelvo County Sheriff's Office"
	}
	if unit && last.Is("Board") && j-i >= 4 && !CommonWord(toks[i].Text) && !IsTitleModifier(toks[j-2].Text) {
		unit = false // a board named by its place and its field is a body of its own: "Kelvo State Universal Basic Education Board"
	}
	if !head && j-i > 1 && allUpper(toks[i:j]) {
		head, unit = OrgHead(CapsWord(last.Text)) // a name in capitals: "KELVALE STATE UNIVERSITY"
	}
	if head && last.Is("Headquarters") && allCommon(toks[i:j-1]) {
		head = false // a building named by common words: "at the Command Headquarters" (not "Kelvo Police General Headquarters")
	}
	if !head && j-i > 1 && (strings.Contains(last.Text, ".") && LegalForm(last.Text) || associationForm(last.Text) || last.IsUpper() && len(last.Text) >= 3 && LegalForm(last.Text) && !last.Is("AAS")) {
		head = true // a legal form in dotted initials the heads' list lacks: "Monedix S.A.S.", "Moravex a.s." (or an association's: "Kelvo Aide asbl"; or in capitals: "Kelvo Construct SRL")
	}
	if !head && j-i >= 3 && last.Is("Voice") && toks[j-2].Kind == Possessive {
		head = true // a charity's name for the people it speaks for: "Kelvo Patients' Voice" (not "The Voice Winner")
	}
	if !head && j-i > 1 && j < len(toks) && toks[j].IsLower() && LegalForm(toks[j].Text) && toks[j].Newlines == 0 {
		head = true // a company's legal form in lower case after its name: "Kelvo Sportswear plc"
	}
	if !head && j-i > 1 && companyLetters[last.Text] && !allUpper(toks[i:j]) {
		head = true // a company's legal form in capitals after a name in mixed case: "Nerivance SA", "Kelvo AG"
	}
	if !head && j-i >= 2 && regionNumeral(last.Text) && regionalHead(toks[j-2].Text) {
		if h, u := OrgHead(toks[j-2].Text); h {
			head, unit = true, u // a numbered regional office: "Kelvo Labour Regional Office VII"
		}
	}
	if head && last.Is("Rescue") && !(j-i >= 2 && rescueKinds[toks[j-2].Text] || j-i >= 3 && toks[j-2].Is("and") && toks[j-3].Is("Search")) {
		head = false // a rescue team is one: "Selna Mountains Search and Rescue", "Kelvo Fells Mountain Rescue"; an event is none: "the Great Kelvo Horse Rescue", "the Selna Mine Rescue exercise"
	}
	if !head && j-i > 2 && last.Is("Park") && parkKinds[toks[j-2].Text] {
		head = true // a park that is run as a business: "Kelvo Moor Safari Park", "Selna Wildlife Park" (not "Kelvo National Park", a place)
	}
	if !head && j-i > 2 && officeOfPost(toks, i, j) == j {
		head = true // a post's office with its district after it: "Public Prosecutor's Office Mittelrhein"
	}
	var lb [32]byte
	switch {
	case !head && j-i > 1 && j-i <= 3 && allUpper(toks[i:j]) && (i == 0 || toks[i].Newlines > 0) && j+1 < len(toks) && (toks[j].Is("–") || toks[j].Is("—") || toks[j].Is("-") || toks[j].Is("--")) && capWord(&toks[j+1]):
		e.Kind, e.Rule, e.Confidence = Place, "dateline", 0.6 // a dateline's place of words in capitals before its dash: "PORT KELVO – The Coordinator …"
	case j-i == 1 && strings.Contains(text, ".") && degreePiece(text[:strings.IndexByte(text, '.')]):
		return // "Ph.D.", "Ed.D": a degree
	case j-i == 1 && strings.Contains(text, ".") && IsPostNominal(strings.ReplaceAll(text, ".", "")):
		return // "M.P.", "M.L.A.": a member's letters
	case prevText(toks, i) == "," && LegalFormStart(toks, i, j) == i || j-i == 1 && DottedLegalForm(text) && prevText(toks, i) == "de":
		return // a legal form set off after its company's name: "Kelvo Peninsular, S.A. de C.V.", "Fundación Kelvo, A.C."
	case j-i == 1 && toks[i].IsUpper():
		if isCommonCaps(text) || IsTitleWord(text) || languageMenu(toks, i) || PastInCaps(text) {
			return
		}
		if h, _ := OrgHead(CapsWord(text)); h && i > 0 && toks[i-1].IsFold("the") {
			return // a body's head in capitals after "the", an anaphor: "CHAIRMAN OF THE BOARD"
		}
		if i > 1 && toks[i-1].Is("OF") && IsTitleWord(CapsWord(toks[i-2].Text)) && fieldInCaps(text) {
			return // a post's field in capitals: "HEAD OF NEUROLOGY"
		}
		if _, ok := Honorific(prevText(toks, i)); ok && len(text) > 3 && !IsPlace(text) {
			e.Kind, e.Rule, e.Confidence = Person, "honorific", 0.9 // "Ms. PAPADOPOULOU-ACHEAMPONG": a surname in capitals
		} else if c, ok := Country(text); ok {
			e.Kind, e.Rule, e.Confidence, e.Canonical = Place, "gazetteer", 0.9, c
		} else if IsPlace(text) {
			e.Kind, e.Rule, e.Confidence = Place, "gazetteer", 0.9
		} else if a.turnLabel(i) {
			e.Kind, e.Rule, e.Confidence = Person, "turn-label", 0.6
		} else if datelineWord(toks, i) {
			e.Kind, e.Rule, e.Confidence = Place, "dateline", 0.6
		} else if digitRun(text) || codeShape(text) && roadAt(toks, i, j) || metricLetters[text] && figureAfter(toks, j) {
			return // a message's or a document's code: "OTS0087", "PR2025"; a road's: "the RN7", "RN2 national roads"; a figure's: "EBITDA", "GDP"
		} else {
			e.Kind, e.Rule, e.Confidence = Organization, "acronym", 0.7
		}
	case !head && j-i > 2 && headThenTown(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a body's head, then its town: "Regional Children’s Hospital Cluj"
	case head && j-i > 1 && !a.portfolio(i, j):
		e.Kind, e.Rule, e.Confidence, e.Unit = Organization, "org-head", 0.8, unit
	case j-i > 1 && (EndHead(last.Text) || last.IsUpper() && EndHead(CapsWord(last.Text))):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // "Wellspring International", "WELLSPRING INTERNATIONAL"
	case j-i > 2 && toks[j-2].Is("Red") && (last.Is("Cross") || last.Is("Crescent")):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a national society: "Kelvo Red Cross", "Kelvo Red Crescent"
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
	case j-i > 2 && IsPlace(last.Text) && headBefore(toks, j-1):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a region's name after the head: "Thalassaemia Parents Society Punjab"
	case j-i >= 3 && twoHeadsOpen(toks, i):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a name two heads open: "University Hospital Oberrhein"
	case j-i >= 2 && leadingHeadAt(toks, i, j) && !toks[i+1].IsFold("of"):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a name its head opens: "Fondation Abri Solidaire", "Fundación Semillas del Sur"
	case j-i > 2 && toks[i+1].IsFold("of") && (firstHead(toks[i].Text) || officeOf(toks, i, j) || toks[i].IsUpper() && firstHead(CapsWord(toks[i].Text))):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // "University of Kelvale", "Bank of Ruritania"
	case j-i > 2 && toks[i+1].Is("for") && officeOf(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // an office with its remit: "Office for Fair Markets and Competition"
	case j-i > 2 && j-i <= 5 && localGovOf(toks, i, j) && !headBefore(toks, j):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a local government: "City of Ashcombe", "Town of Orrin"
	case j-i > 2 && last.Text == "Hall" && (toks[j-2].Text == "City" || toks[j-2].Text == "Town"):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a local government by its seat: "Kelvograd City Hall"
	case j-i > 2 && stateOf(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "state-head", 0.8 // "Republic of Solano", "United Republic of Kelvania"
	case j-i > 3 && localBoardOf(toks, i, j-3, j) && isUnitHead(toks[j-3].Text):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // "County Administrative Board of Norrfjäll"
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
	case j-i >= 2 && last.Text == "Works" && !CommonWord(toks[i].Text) && (i == 0 || !toks[i-1].Is("of") && !toks[i-1].Is("for") && !toks[i-1].Is("and")):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.7 // a workshop or a plant its owner's name opens: "Roe Engineering Works" (not a portfolio's "Public Works", nor a painter's "Early Works")
	case j-i >= 2 && stormWord(toks[i].Text):
		return // a storm by its name: "after Hurricane Kelva", no person
	case j-i >= 2 && (toks[i].Is("P/F") || toks[i].Is("Sp/f")):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.8 // a Faroese company, its form first: "P/F Kelvo Salmon"
	case j-i >= 2 && placeOpener(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // a street or a village its word opens: "a shop on Rua do Almirante Kelvo", "Jalan Tun Kelvo", "Kampong Kelvo"
	case j-i > 2 && protectedArea(toks[j-2].Text, last.Text):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // "Alder Valley National Park"
	case j-i > 1 && islandHead(last.Text) && i > 0 && toks[i-1].IsLower() && (toks[i-1].Is("on") || toks[i-1].Is("in") || toks[i-1].Is("off") || toks[i-1].Is("to") || toks[i-1].Is("from") || toks[i-1].Is("across")):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // "the Marina Grill on Victoria Island": no person for "he" (but "said Ada Island")
	case j-i > 1 && (placeHeadWord(last.Text) || namedState(toks, j-1)) && (!CommonWord(toks[i].Text) || groupAdjectives[toks[i].Text] || placeArticle(toks, i, j) || regionHead(last.Text) && i > 0 && toks[i-1].IsFold("the") || j-i >= 3 && adminUnitHead(last.Text) && !allCommon(toks[i:j-1])):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // "Harris County", "Rivertown Township", "Borno State" (and after a common word, a region: "the Grand Kelvo Region", no person)
	case i > 0 && (toks[i-1].IsFold("the") || toks[i-1].Is("for") || toks[i-1].Is("and") && j < len(toks) && strings.HasSuffix(toks[j].Text, "s") && theBeforeItem(toks, i-1)) && j < len(toks) && toks[j].IsLower() && (placeNouns[toks[j].Text] || areaNouns[toks[j].Text]) && !IsDemonym(text), // (also the last of two: "the Kelvo and Sarna rivers")
		i > 0 && toks[i-1].IsFold("the") && pluralPlaceNounAfterAnd(toks, j) && !IsDemonym(text): // (and the first: "the Kelvo and Sarna rivers")
		e.Kind, e.Rule, e.Confidence = Place, "place-noun", 0.6 // a name before a place's common noun: "the West Kelvo constituency", "the Tarrow catchment", "deputy for Kelvo constituency"
	case j-i == 2 && toks[i].Is("Region") && !CommonWord(toks[i+1].Text):
		e.Kind, e.Rule, e.Confidence = Organization, "org-head", 0.7 // a regional authority named head first: "Region Kelvmark"
	case j-i == 1 && compassPoint(text):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.7 // "the North-West"
	case j-i == 1 && regionAdjectives[text] && i > 0 && (i > 1 && toks[i-1].IsFold("the") && seaPreps[toks[i-2].Text] || lowerCompass[toks[i-1].Text]):
		e.Kind, e.Rule, e.Confidence = Place, "place-noun", 0.6 // a sea's or a region's adjective as its noun: "in the Mediterranean", "the western Pacific" (not a post's field: "Director for Asia and the Pacific")
	case j-i == 1 && (IsDemonym(text) || isStopword(text) || notNames[text]):
		return
	case j-i == 1 && peopleWithWords[text] && i > 0 && !toks[i-1].IsCap():
		return // people by their plural, capitalized in a portfolio or a body's name: "Minister for … the Protection of Children"
	case j-i == 1 && j < len(toks) && toks[j].Kind == Number:
		return // "Resolution 1540", "Article 5"
	case j-i == 1 && i > 0 && (toks[i-1].Is("a") || toks[i-1].Is("an")) && j+1 < len(toks) && toks[j].IsLower() && toks[j].Kind == Word && toks[j+1].IsLower() && toks[j+1].Kind == Word && !isStopword(toks[j].Text) &&
		!IsTitleWord(toks[j].Text) && strings.ToLower(text[1:]) == text[1:]: // (not a body's letters before a post: "a UW-Madison professor of …", "a Kelvo spokesperson said")
		return // a name as a modifier after "a": "a Kelvo fabrication firm", no person
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
	case j-i == 1 && i > 0 && (toks[i-1].Is("member") || toks[i-1].Is("Member")) && (text == "State" || text == "States"):
		return // "each member State": a country, no name
	case j-i == 1 && i > 1 && toks[i-1].Is("and") && capWord(&toks[i-2]) && CommonWord(toks[i-2].Text) && !ProperWord(toks[i-2].Text) && CommonWord(text) && !ProperWord(text) && !IsTitleWord(text):
		return // a common word after "and" and a capitalized one is a name's field, no person: "Defence Equipment and Support"
	case j-i == 1 && i > 0 && toks[i-1].Is("(") && RetiredWord(toks, i, j):
		return // a retired officer's mark after the rank: "Major General (Retd) Jane Roe"
	case j-i == 1 && notNameShape(toks, i, first) && !signedName(toks, i, j): // (a signature's name may look abstract: "– Clémence, volunteer")
		return // "Recalling that …", "E-commerce is …", "1.5 °C", "We're"
	case pluralAfterAdjective(toks, i, j):
		return // "coastal States": a common noun capitalized
	case j-i >= 2 && commonPluralRun(toks, i, j):
		return // "Trafficking in Human Beings", "Rights of Older Persons": common words ending in a plural, a field
	case placeListAt(toks, i):
		e.Kind, e.Rule, e.Confidence = Place, "place-noun", 0.6 // "the districts of Kelvo and Sarna", "the town of Kelvo"
	case featureOfAt(toks, i):
		e.Kind, e.Rule, e.Confidence = Place, "place-noun", 0.6 // "the Bay of Kelvo", "the Strait of Sarna"
	case j-i <= 3 && i > 1 && areaAdjectives[toks[i-1].Text] && (toks[i-2].Is("of") || toks[i-2].Is("from") || toks[i-2].Is("in") || toks[i-2].Is("near")) && !(j < len(toks) && toks[j].Kind == Possessive):
		e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // where one lives, an area's adjective before it: "Jane Roe of rural Kelvale Falls"
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
	case LocalPostTerritory(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "locative", 0.6 // the territory of a local post: "Resident District Commissioner for Kelvo,"
	case seatAt(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "seat", 0.6 // a member's seat: "Member of Parliament for Kelvo North", "Kelvo Member of the Senedd Jane Roe"
	case complementBeforeHonorific(toks, i, j):
		e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // a post's territory before its holder's honorific: "Coordinator for the Pacific Islands Dr. Jane Roe"
	case allCommon(toks[i:j]) && fieldAfterPostAnd(toks, i):
		return // "Bone Marrow Transplant" of "Head of Haematology and Bone Marrow Transplant": the post's second field, no name
	case allCommon(toks[i:j]) && fieldBeforePostAnd(toks, j):
		return // "Refugee Relief" of "Refugee Relief and Repatriation Commissioner": the post's first field, no name
	case i > 0 && j < len(toks) && IsTitleWord(toks[i-1].Text) && toks[j].IsCap() && IsTitleWord(toks[j].Text) && allAdjectiveShape(toks[i:j]):
		return // "Consultant Paediatric Cardiothoracic Surgeon": a post's field between its words
	case i > 0 && j-i >= 2 && IsTitleWord(toks[i-1].Text) && toks[i-1].IsCap() && allAdjectiveShape(toks[i:j-1]) && specialistNoun(toks[j-1].Text):
		return // "Consultant Interventional Neuroradiologist": a specialist's field and trade after the post's word, no name
	case i > 0 && j-i >= 2 && j-i <= 3 && IsTitleWord(toks[i-1].Text) && toks[i-1].IsCap() && IsTitleWord(toks[j-1].Text) && allFieldWords(toks, i, j-1, func(k int) bool {
		return (fieldAdjective(toks[k].Text) || CommonWord(toks[k].Text)) && !ProperWord(toks[k].Text) && !IsPlace(toks[k].Text)
	}):
		return // "Consultant Vascular Surgeon": a post, its field and its head, no name
	case a.setOffField(i, j):
		return // "Jane Roe, Organised and Serious Crime, said": the field she heads
	case j-i == 1 && i > 1 && toks[i-2].Is(",") && IsTitleWord(toks[i-1].Text) && toks[i-1].IsCap() && CommonWord(toks[i].Text) && !ProperWord(toks[i].Text) && !IsPlace(toks[i].Text) && j < len(toks) && toks[j].Is(","):
		return // a post and its department set off after a name, as South Asian releases write it: "Jane Roe, Secretary Health, Government of Sindh,"
	case j-i == 1 && codeShape(toks[i].Text):
		return // a road, an amount or a code, no name: "the N3", "R900 million", "A6" (a brand keeps its digits: "Kelvo4Kids")
	case j-i > 1 && groupOfPlaces(last.Text) && !(j < len(toks) && toks[j].Is("of")):
		e.Kind, e.Rule, e.Confidence = Place, "place-head", 0.6 // a group of places by its plural head: "Lusophone Countries", "Kelvo Islands" (not a body's "States of …")
	default:
		e.Kind, e.Rule, e.Confidence = Person, "name", 0.6
		if j-i == 1 {
			e.Confidence = 0.45
		}
		if j-i == 1 && roleAfter(toks, j) {
			e.Confidence = 0.6 // a person's role set off after the name: "Marek, a train driver from Kelvo, …" (no model's guess at a lone word)
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
		if strings.ContainsAny(text, "&") && allCommonBut(toks[i:j], "&") {
			return // a page's section of common words: "News & Events", "Research & Innovation"
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
			if p == i-1 && p > 0 && toks[p-1].Kind == Number && toks[p].Is("de") && romanceMonths[toks[i].Text] {
				return // a date's month that names a place: "Mercado 5 de Mayo" (not "In 2019 de Vries told …")
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

// headThenTown reports a run [i, j) whose last word is a town's name
// after a body's head: a known place, or any proper word where a
// possessive inside makes the run a body's name ("Regional Children’s
// Hospital Cluj").
func headThenTown(toks []Token, i, j int) bool {
	if h, unit := OrgHead(toks[j-2].Text); !h || unit {
		return false
	}
	if IsPlace(toks[j-1].Text) {
		return true
	}
	for k := i; k < j-2; k++ {
		if toks[k].Kind == Possessive {
			return !CommonWord(toks[j-1].Text)
		}
	}
	return false
}

// CorpsOfPeople reports a corps that is the people of a calling in a
// place, no body that speaks: the reporters who cover a body ("Press
// Corps"), the envoys in a capital ("Diplomatic Corps").
func CorpsOfPeople(prev, last string) bool {
	return last == "Corps" && (prev == "Press" || prev == "Diplomatic")
}

// BasedIn reports a word that says where a body is based, a place's name
// before "-based": "Vilnius-based"; not a body's own word for what it
// does ("Plant-based Foods Association", "Faith-based Organisations
// Forum").
func BasedIn(w string) bool {
	for _, suf := range [...]string{"-based", "-headquartered"} {
		if p, ok := strings.CutSuffix(w, suf); ok && p != "" {
			return !CommonWord(p) || IsPlace(p)
		}
	}
	return false
}

// romanceMonths are the months' names in Spanish and Portuguese, which
// name streets, markets and squares after a day's number: "5 de Mayo".
var romanceMonths = toSet(`Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Setiembre Octubre Noviembre Diciembre
Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro Novembro Dezembro`)

// fieldInCaps reports a word in capitals with a field's derivational
// ending (DerivedWord), no body's name: "NEUROLOGY", "PAEDIATRICS" (not
// "AEROVIA", "INTERPOL").
func fieldInCaps(w string) bool { return DerivedWord(w) }

// allUpper reports a run of words all in capitals (connectors aside):
// "KELVALE STATE UNIVERSITY", "BANK OF RURITANIA".
// countryLetters reports a country's letters ("UK", "USA"), which end a
// body's name ("Chief Executive of Carers Trust UK") and no person's.
func countryLetters(t *Token) bool {
	_, ok := Country(t.Text)
	return ok && t.IsUpper() && len(t.Text) <= 3
}

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

// allCommon reports capitalized words that are all common English words.
func allCommon(toks []Token) bool {
	return allWords(toks, func(w string) bool { return CommonWord(w) && !ProperWord(w) })
}

// allWords reports whether every token's text is one that ok accepts.
func allWords(toks []Token, ok func(w string) bool) bool {
	for k := range toks {
		if !ok(toks[k].Text) {
			return false
		}
	}
	return true
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

// countryThenName returns where a name of two to four words starts after
// a body's name that a country's name ends, after a post within eight
// words ("Governor of the Central Bank of Kelvania John Doe": "John Doe"
// at the run's end), or 0. The words after the country are no
// body's head, legal form or common word.
func countryThenName(toks []Token, i, j int) int {
	if j-i < 5 {
		return 0
	}
	for k := i + 1; k+3 < j; k++ {
		if !toks[k].Is("of") || !titleBefore(toks, k) {
			continue
		}
		p := k + 1
		if toks[p].Is("the") {
			p++
		}
		for q := j - 2; q > p && q >= j-4; q-- {
			if _, ok := Country(joinWords(toks, p, q)); !ok || !nameWords(toks, q, j) {
				continue
			}
			return q
		}
	}
	return 0
}

// roleAfter reports a comma at token j, then an article and, within four
// more words, a title or a role's word: the description of a person named
// before it ("Marek, a train driver from Kelvo", "Rowena, a 29-year-old
// staff nurse").
func roleAfter(toks []Token, j int) bool {
	if j+2 >= len(toks) || !toks[j].Is(",") || !(toks[j+1].Is("a") || toks[j+1].Is("an")) {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+6; k++ {
		if toks[k].Kind != Word || !toks[k].IsLower() {
			return false
		}
		if IsTitleWord(toks[k].Text) {
			return !tradingRoles[toks[k].Text] // (a trade a company has too is no person's: "Kelvo, a maize trader from Eldoret")
		}
	}
	return false
}

// tradingRoles are roles a company is described by as well as a person:
// "Kelvo, a software vendor from Oslo".
var tradingRoles = toSet(`trader vendor courier dealer exporter importer wholesaler broker contractor`)

// joinWords returns the words [i, j) joined by spaces.
func joinWords(toks []Token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}

// nameWords reports capitalized words [i, j) that no body's head or legal
// form is among and no common word opens: a person's name, as far as its
// words show.
func nameWords(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		w := toks[k].Text
		if !toks[k].IsCap() || toks[k].IsUpper() && len(w) > 1 || LegalForm(w) || k == i && CommonWord(w) && !ProperWord(w) { // (a common word after the first: "Nguyen Van Binh")
			return false
		}
		if h, _ := OrgHead(w); h {
			return false
		}
	}
	return true
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
// dash, followed by a comma and a description in lower case or a kin's
// possessor: "– Priya, volunteer seagrass surveyor", "– Oksana, Maksym's
// mother".
func signedName(toks []Token, i, j int) bool {
	if i < 1 || j+1 >= len(toks) || !toks[j].Is(",") || toks[j+1].Kind != Word {
		return false
	}
	if !toks[j+1].IsLower() && !(j+2 < len(toks) && toks[j+2].Kind == Possessive) {
		return false // (a kin's possessor: "– Oksana, Maksym's mother")
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

// languageMenu reports a word on a line of languages' names or codes set
// off by bars or slashes: a page's menu of languages, "EST | ENG | SWE",
// no body's letters.
func languageMenu(toks []Token, i int) bool {
	f := i
	for f > 0 && toks[f].Newlines == 0 {
		f--
	}
	bars := 0
	for k := f; k < len(toks) && (k == f || toks[k].Newlines == 0); k++ {
		switch t := &toks[k]; {
		case t.Is("|") || t.Is("/"):
			bars++
		case t.Kind == Word && LanguageName(t.Text):
		default:
			return false
		}
	}
	return bars > 0
}

// regionAdjectives name a region a post's field may cover: "Minister for
// Nordic Cooperation".
var regionAdjectives = toSet(`Nordic Baltic Balkan Andean Arctic Caribbean Pacific Atlantic Mediterranean`)

// seaPreps are the prepositions before "the" and a sea's or a region's
// name where it is a place: "in the Mediterranean", "across the Pacific"
// (not "to", which a post's remit takes: "Special Envoy to the Pacific").
var seaPreps = toSet(`in across into from off around throughout near beyond within through`)

// lowerCompass are the compass's words in lower case before a region's
// name: "the western Mediterranean".
var lowerCompass = toSet(`western eastern northern southern central north south east west`)

// peoplesAdjective reports the adjective of a people, a continent or a
// region, which opens a field ("Minister of European Affairs Jane Roe",
// "Commissioner for Nordic Cooperation").
func peoplesAdjective(w string) bool {
	return IsDemonym(w) || regionAdjectives[w] || continentAdjectives[w]
}

// continentAdjectives are the adjectives of continents and of peoples
// beyond one country.
var continentAdjectives = toSet(`European African Asian Arab American Latin Eurasian Oceanian`)

// monthGivenName reports a month that is a woman's given name ("April",
// "May", "June") before one family name, where a name stands: after a verb
// of saying, a comma, a colon or a line's start, and before a comma or a
// verb: "“…,” said June Pettibone, director of …", not "In June Obama
// signed", "on 5 June Kelvo Rail …".
func monthGivenName(toks []Token, i, j int) bool {
	switch toks[i].Text {
	case "April", "May", "June":
	default:
		return false
	}
	if j != i+2 || CommonWord(toks[i+1].Text) || !capWord(&toks[i+1]) || toks[i+1].IsUpper() || j >= len(toks) {
		return false
	}
	if n := &toks[j]; !n.Is(",") && !n.Is(".") && !(n.IsLower() && n.Kind == Word && !isStopword(n.Text)) {
		return false
	}
	if i == 0 || toks[i].Newlines > 0 {
		return true
	}
	p := &toks[i-1]
	return p.Is(",") || p.Is(":") || nameAfterWords[p.Text]
}

// nameAfterWords are the words a speaker's name follows: "said June
// Pettibone", "according to May Lindqvist".
var nameAfterWords = toSet(`said says added explained noted stressed warned to by with and`)

// allCommonBut reports tokens that are all common words but the
// connector sep: "News & Events".
func allCommonBut(toks []Token, sep string) bool {
	for k := range toks {
		if toks[k].Is(sep) {
			continue
		}
		if toks[k].Kind != Word || !CommonWord(toks[k].Text) || ProperWord(toks[k].Text) {
			return false
		}
	}
	return true
}

// CommonOrPlural reports a common English word or the plural of one:
// "Flood", "Floods".
func CommonOrPlural(w string) bool {
	return CommonWord(w) || len(w) > 3 && CommonWord(strings.TrimSuffix(w, "s"))
}

// adjectiveRun reports a run [i, j) of common words and adjectives in
// "-al" made from common words, at least one of them, that goes on with
// "and" after it or holds a title after a noun: the field of a post
// ("Coastal and Rural Affairs Secretary", "Coastal Communities
// Secretary"), whose adjective Punkt's small lexicon does not know.
func adjectiveRun(toks []Token, i, j int) bool {
	adj := false
	for k := i; k < j; k++ {
		if n, _ := TitleAt(toks, k); n > 0 && k > i {
			return adj && k > i+1 // the title inside the run after a noun: "Coastal Communities Secretary" (not "Sectional Director")
		}
		switch w := toks[k].Text; {
		case adjectiveOfCommon(w):
			adj = true
		case CommonWord(w) && !ProperWord(w) && AdjectiveShape(w) && j-i == 1 && i > 0 && toks[i-1].IsUpper() && toks[i-1].Kind == Word:
			adj = true // one common adjective after a body's letters, before "and": "OSCE Economic and Environmental Activities" (not "Departments of Political and Peacebuilding Affairs")
		case CommonWord(w) && !ProperWord(w):
		default:
			return false
		}
	}
	if !adj || j >= len(toks) {
		return false
	}
	return toks[j].Is("and") || toks[j].Is("&")
}

// adjectiveOfCommon reports an adjective in "-al" of six letters or more
// made from a common word, that the lexicon lacks: "Coastal" of "coast"
// (not "National", which it holds).
func adjectiveOfCommon(w string) bool {
	n := len(w)
	return n >= 6 && (w[n-2] == 'a' || w[n-2] == 'A') && (w[n-1] == 'l' || w[n-1] == 'L') && !CommonWord(w) && CommonWord(w[:n-2]) && !ProperWord(w[:n-2]) // (CommonWord and ProperWord fold the case themselves)
}

// setOffField reports capitalized common words at [i, j), alone or with
// others joined by "and" or "&", that commas set off right after a
// person's name: the field or unit the person heads, no name ("Assistant
// Commissioner Jane Roe, Organised and Serious Crime, said").
func (a *Analysis) setOffField(i, j int) bool {
	toks := a.Tokens
	f := i
	for f > 0 && i-f < 7 && (capWord(&toks[f-1]) || toks[f-1].Is("and") || toks[f-1].Is("&")) {
		f--
	}
	e := j
	for e < len(toks) && e-j < 7 && (capWord(&toks[e]) || toks[e].Is("and") || toks[e].Is("&")) {
		e++
	}
	if f == 0 || !toks[f-1].Is(",") || e >= len(toks) || !toks[e].Is(",") || e-f > 6 || toks[f].Is("and") || toks[e-1].Is("and") {
		return false
	}
	n := len(a.Entities)
	afterPost := f >= 2 && titleEndsAt(toks, f-1) && e+1 < len(toks) && (isHonorificCap(&toks[e+1]) || // a post set off before it and a styled name after: "Executive Director, Retail and SME Banking, Mr. Jane Roe" (not "party leader, Marine Le Pen, voiced")
		lowerSays[toks[e+1].Text] && !a.runElsewhere(f, e)) // or the verb after it, the post set off after a name: "Jane Roe, Executive Director, Retail and SME Banking, said" (not a body the text names elsewhere too: "Cycle Forward, a cycling charity, …")
	if !afterPost && (n == 0 || a.Entities[n-1].Kind != Person || a.Entities[n-1].Tokens.End != f-1 || allCommon(toks[a.Entities[n-1].Tokens.First:f-1])) {
		return false
	}
	for k := f; k < e; k++ {
		if capWord(&toks[k]) && !setOffWord(&toks[k], k == f, afterPost) {
			return false
		}
	}
	return true
}

// lowerSays are the verbs of saying that follow an attribution's subject
// and its set-off post: "…, Retail and SME Banking, said".
var lowerSays = toSet(`said says told added noted explained stressed warned`)

// setOffWord reports a word of a field set off between commas: a common
// word, no name's or title's; after a post, a field's word by its shape
// too and, past the first word, a sector's letters ("Retail and SME
// Banking").
func setOffWord(t *Token, first, afterPost bool) bool {
	w := t.Text
	if IsTitleWord(w) {
		return false
	}
	if t.IsUpper() {
		return afterPost && !first && len(w) <= 4
	}
	if ProperWord(w) {
		return false
	}
	return CommonWord(AmericanSpelling(w)) || afterPost && fieldWordOrPlural(w)
}

// fieldAfterPostAnd reports a run of common words from token i after
// "and" that ends a post's field list: "Bone Marrow Transplant" of "Head
// of Haematology and Bone Marrow Transplant".
func fieldAfterPostAnd(toks []Token, i int) bool {
	k := i - 1
	for k > 0 && toks[k].Kind == Word && toks[k].IsCap() && CommonWord(toks[k].Text) && i-k < 3 {
		k-- // (the field's first words, which the run may have left out: "Bone" of "Bone Marrow Transplant")
	}
	if k < 3 || !toks[k].Is("and") {
		return false
	}
	k--
	for n := 0; k > 0 && n < 4 && toks[k].Kind == Word && toks[k].IsCap(); n++ {
		k--
	}
	return k > 0 && (toks[k].Is("of") || toks[k].Is("for")) && IsTitleWord(toks[k-1].Text)
}

// fieldBeforePostAnd reports "and" at token j, then capitalized words
// that a title's word ends within three: the run before "and" is the
// first field of a post ("Refugee Relief and Repatriation Commissioner").
func fieldBeforePostAnd(toks []Token, j int) bool {
	if j+1 >= len(toks) || !toks[j].Is("and") {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3 && capWord(&toks[k]); k++ {
		if IsTitleWord(toks[k].Text) {
			return true
		}
	}
	return false
}

// placeArticle reports a Romance article opening a place's name before a
// word the lexicon does not hold: "La Carlota City", "Las Piñas City",
// "El Kelvo County".
func placeArticle(toks []Token, i, j int) bool {
	switch toks[i].Text {
	case "La", "Las", "Los", "El", "Le", "Les":
		return i+1 < j-1 && !CommonWord(toks[i+1].Text)
	}
	return false
}

// allAdjectiveShape reports capitalized words that all have an
// adjective's shape: "Paediatric Cardiothoracic".
func allAdjectiveShape(toks []Token) bool {
	return allWords(toks, func(w string) bool { return AdjectiveShape(w) && !IsPlace(w) })
}

// twoHeadsOpen reports two words that each head a body, no unit, opening
// the run at token i: "University Hospital" of "University Hospital
// Oberrhein", a body named head first.
func twoHeadsOpen(toks []Token, i int) bool {
	h1, u1 := OrgHead(toks[i].Text)
	h2, u2 := OrgHead(toks[i+1].Text)
	return h1 && !u1 && h2 && !u2 && toks[i].IsCap() && toks[i+1].IsCap()
}

// personEndsAt reports a person's name ending at token k, read before: the
// "of" after it names her body, not her title's field, and the body's
// first words are its own ("Director Jane Roe of Red Willow Trust", not
// "Willow Trust").
func (a *Analysis) personEndsAt(k int) bool {
	e := a.EntityAt(k)
	return e != nil && e.Kind == Person && e.Tokens.End == k+1 && (e.Tokens.Len() > 1 || !CommonWord(a.Tokens[k].Text)) // (not a title's adjective read as a name: "Minister Responsible for Social Services")
}

// partyAdjective reports a party's adjective that qualifies a body's
// members, not the body: "Conservative", "Liberal".
func partyAdjective(w string) bool {
	switch w {
	case "Conservative", "Liberal", "Libertarian", "Progressive", "Republican", "Democratic", "Democrat", "Socialist":
		return true
	}
	return false
}

// headWithRemit reports a body's head in [k, j) that "of" or "for" and
// its remit follow: "Institute" in "Western Kelvo Institute of Public
// Health", "Centre" in "European Centre for Cross-Border Health".
func headWithRemit(toks []Token, k, j int) bool {
	for ; k+2 < j; k++ {
		if firstHead(toks[k].Text) && (toks[k+1].Is("for") || toks[k+1].Is("of")) {
			return true
		}
	}
	return false
}

// countryBodyOpener reports a first word that can open a body's name
// before a country at a sentence's start, and a word before the country
// that is no part of the country's own name: "Fresh Start Ireland" (not
// "Separately South Korea", "Across Northern Ireland", "Throughout …").
func countryBodyOpener(toks []Token, i, j int) bool {
	w := toks[i].Text
	if isStopword(w) || strings.HasSuffix(w, "ly") || Gerund(w) {
		return false
	}
	switch w {
	case "Across", "Besides", "Throughout", "Outside", "Beyond", "Elsewhere", "Inside", "Within", "Unlike", "Like":
		return false
	}
	switch toks[j-2].Text {
	case "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "New":
		return false
	}
	return true
}

// roadAt reports a road's code at [i, j): after "the" or "and", or before
// a road's noun ("the RN7 and RN2 national roads"), not a company's or a
// ticker's letters ("Shares of KX5").
func roadAt(toks []Token, i, j int) bool {
	if i > 0 && (toks[i-1].IsFold("the") || toks[i-1].Is("and")) {
		return true
	}
	for k := j; k < len(toks) && k < j+2; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "road", "roads", "highway", "highways", "motorway", "national", "corridor", "route":
			return true
		}
	}
	return false
}

// PastInCaps reports a common word's past form in capitals, a verb in a
// line of capitals ("JANE ROE, CHAIRMAN, COMMENTED:"), no body's letters.
func PastInCaps(w string) bool {
	l := strings.ToLower(w)
	if len(l) < 5 || !strings.HasSuffix(l, "ed") {
		return false
	}
	return CommonWord(l[:len(l)-2]) || CommonWord(l[:len(l)-1])
}

// codeShape reports one or two capital letters and digits, as roads,
// amounts and codes are written: "N3", "R900", "A6", "M25".
func codeShape(w string) bool {
	i := 0
	for i < len(w) && i < 2 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// eventNoun reports a word that heads an event's name, no body's:
// "Summit", "Cup", "Forum".
func eventNoun(w string) bool {
	switch w {
	case "Summit", "Cup", "Conference", "Forum", "Games", "Festival", "Championship", "Championships", "Expo", "Week", "Awards", "Congress", "Fair", "Show":
		return true
	}
	return false
}

// portfolioListItem reports one word [i, j) in a list of capitalized
// fields after a post's "for" or "of" ("Livestock" of "Commissioner for
// Livestock, Transhumance and Animal Health", "Fisheries" of "Member
// (CECM) for Agriculture, Livestock and Fisheries"): a field, no name,
// even where the lexicon lacks the word. The list has a comma and an
// "and" ("Mayor of Kelvo, Jane Roe," is no list).
func portfolioListItem(toks []Token, i, j int) bool {
	if j-i != 1 {
		return false
	}
	k := i // the list's first item
	for k-2 >= 0 && (toks[k-1].Is(",") || toks[k-1].Is("and")) && capWord(&toks[k-2]) && (k-3 < 0 || !capWord(&toks[k-3])) {
		k -= 2
	}
	if k < 2 || !(toks[k-1].Is("for") || toks[k-1].Is("of")) {
		return false
	}
	p := k - 2
	if toks[p].Is(")") && p >= 3 && toks[p-2].Is("(") {
		p -= 3 // the post's letters: "Member (CECM) for …"
	}
	if p < 0 || !IsTitleWord(toks[p].Text) {
		return false
	}
	comma, and := false, false
	x := k
	for ; x < len(toks) && x < k+16; x++ {
		if toks[x].Is(",") && !and {
			comma = true
		} else if toks[x].Is("and") && !and && x+1 < len(toks) && capWord(&toks[x+1]) {
			if IsTitleWord(toks[x+1].Text) || isHonorificCap(&toks[x+1]) || toks[x-1].Is(",") {
				return false // a second post or holder after the body: "Vice President of Engineering, Kelvotech, and Chair of …", "…, Kelvotech, and Tom Doe, Head of Sales"
			}
			and = true
		} else if !capWord(&toks[x]) {
			break
		}
	}
	if !comma || !and || i >= x || IsPlace(toks[i].Text) {
		return false
	}
	for y := k; y < x; y++ {
		if capWord(&toks[y]) && CommonOrPlural(toks[y].Text) {
			return true // (a field's word among them: not a list of companies, "Chairman of Kelvotech, Sarnacorp and Dorvobank", nor of countries)
		}
	}
	return false
}

// regnalNumeral reports a ruler's number after a regnal name: "II",
// "III", "IV", "XII".
func regnalNumeral(w string) bool { return len(w) >= 2 && len(w) <= 5 && strings.Trim(w, "IVX") == "" }

// attributableLabel reports a release's label that opens at token i in
// capitals, before the name of the one it quotes: "QUOTES ATTRIBUTABLE
// TO", "COMMENTS ATTRIBUTABLE TO".
func attributableLabel(toks []Token, i int) bool {
	return (toks[i].Is("QUOTES") || toks[i].Is("QUOTE") || toks[i].Is("COMMENTS") || toks[i].Is("STATEMENT")) && toks[i+1].Is("ATTRIBUTABLE") && toks[i+2].Is("TO")
}

// metricLetters are the letters of a figure or a measure, no body's,
// before a figure's verb or its amount (figureAfter): "EBITDA rose to NOK
// 611 million", "GDP grew 3 per cent" (not "a spokesperson for the IPO",
// "Jane Roe of EPS, the paramedic service").
var metricLetters = toSet(`EBITDA EBIT EPS GDP GNI CPI IPO ROI ROE ROCE NAV AUM CAGR KPI KPIs YoY`)

// tradesJoined reports a name [i, j) that ends in two trades joined by
// "&" or "and": "Halcyon Hotels & Resorts", a company however common its
// words (no title's field, nor a unit's: unitFieldWords, unitNouns).
func tradesJoined(toks []Token, i, j int) bool {
	if j-i < 4 || !(toks[j-2].Is("&") || toks[j-2].Is("and")) || !sectorWords[toks[j-1].Text] || !sectorWords[toks[j-3].Text] || !toks[i].IsCap() {
		return false
	}
	if unitFieldWords[toks[i].Text] || j < len(toks) && unitNouns[toks[j].Text] {
		return false // a department's or a practice's field: "Head of Digital Media & Communications", "its Global Energy & Resources practice"
	}
	return true
}

// unitFieldWords open the field of a body's department or practice, no
// company's name: "Digital Media & Communications".
var unitFieldWords = toSet(`Digital Global Hotel Corporate Group Regional International National Local Consumer Commercial Strategic Luxury Premium Retail Private Public`)

// unitNouns name a body's unit after its field: "practice", "division".
var unitNouns = toSet(`practice division department team unit business segment arm desk`)

// figureAfter reports a figure's verb or amount at token j, after a
// measure's letters: "rose", "fell", "of NOK 611 million", "margin".
func figureAfter(toks []Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "rose", "fell", "grew", "increased", "decreased", "declined", "improved", "reached", "stood", "margin", "growth", "per", "was", "of", "is", "will", "would":
		return true
	}
	return toks[j].Kind == Number
}

// rescueKinds are the kinds of a rescue team before "Rescue": "Kelvo
// Fells Mountain Rescue".
var rescueKinds = toSet("Mountain Mountains Sea Cave Lowland Volunteer Volunteers Animal Lifeboat Coastal Moorland")

// parkKinds are the kinds of a park run as a business before "Park":
// "Kelvo Moor Safari Park" (not "Water", a suburb's name as often: "a
// councillor for Selna Water Park ward").
var parkKinds = toSet("Safari Wildlife Theme Amusement Zoological")

// RankOrdinal reports the ordinal of a rank's class: "2nd" of "Petty
// Officer 2nd Class", "First" of "Airman First Class".
func RankOrdinal(w string) bool {
	switch w {
	case "1st", "2nd", "3rd", "First", "Second", "Third":
		return true
	}
	return false
}
