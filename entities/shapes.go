package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shapes of words and runs that are no names, or not all of one: a title's
// field ("Minister for Foreign Affairs"), common words before a title's head
// ("Road Safety Minister"), a role modifier ("Acting"), a sentence-opening
// gerund, a degree ("PhD"), calendar words and document heads
// ("Resolution"), and the heads that open or close a place's or body's name
// ("University of Kelvale", "Harris County").

// placeHeadWord reports the head of a place's name: "Harris County",
// "Rivertown Township", "Salt Lake City".
// protectedArea reports the last two words of a protected area's name:
// "National Park" of "Alder Valley National Park", "Nature Reserve",
// "Wildlife Refuge". A family name "Park" never follows "National".
func protectedArea(kind, head string) bool {
	switch head {
	case "Park", "Forest", "Reserve", "Refuge", "Monument", "Seashore", "Preserve":
	default:
		return false
	}
	switch kind {
	case "National", "State", "Regional", "Provincial", "Marine", "Nature", "Wildlife", "Game", "Country", "Forest", "Conservation":
		return true
	}
	return false
}

// groupOfPlaces reports the plural head of a group of places or of a
// place made of many: "Countries" of "Lusophone Countries", "Islands" of
// "Kelvo Islands".
func groupOfPlaces(w string) bool {
	switch w {
	case "Countries", "Nations", "Territories", "Islands", "Regions":
		return true
	}
	return false
}

func placeHeadWord(w string) bool {
	switch w {
	case "City", "County", "Town", "Township", "Borough", "Village", "Province", "Parish", "Region", "Prefecture", "Shire", "Coast",
		"Street", "Avenue", "Road", "Boulevard", "Lane", "Square", "Plaza":
		return true // (and streets: "Ridge Street" is no person for "she")
	}
	return false
}

// adminUnitHead reports the head of a local government's territory that
// ends no person's name, so that common words may open the name: "Salt
// Creek Township", "Cedar Lake County".
func adminUnitHead(w string) bool {
	return w == "Township" || w == "County" || w == "Borough" || w == "Parish"
}

// islandHead reports the word that ends an island's or a peninsula's
// name, a place after a preposition of place ("on Victoria Island"); a
// family name too ("said Ada Island").
func islandHead(w string) bool { return w == "Island" || w == "Isle" || w == "Peninsula" }

// regionHead reports a region's head, which makes a place of the words
// the article opens before it, whatever they are: "the Grand Kelvo
// Region", "the Central Province" (no person, and no "Member State").
func regionHead(w string) bool { return w == "Region" || w == "Province" || w == "Prefecture" }

// stormWord reports the word that opens a storm's name: "Hurricane" of
// "Hurricane Kelva", "Typhoon", "Cyclone" (not "Storm", a given name too).
func stormWord(w string) bool {
	switch w {
	case "Hurricane", "Typhoon", "Cyclone":
		return true
	}
	return false
}

// placeOpener reports a word for a street or a village that opens its
// name at token i, as the Romance languages and Malay write them: "Rua"
// of "Rua do Almirante Kelvo", "Avenida", "Jalan" of "Jalan Tun Kelvo",
// "Kampong" of "Kampong Kelvo"; a word that is also a given name or a
// family name only before a particle: "Calle de Kelvo", "Rue de la
// Kelvo" (not "Calle Lindqvist", "Rue Ellison", "Estrada Palma").
func placeOpener(toks []Token, i, end int) bool {
	switch toks[i].Text {
	case "Rua", "Avenida", "Calçada", "Praça", "Carrer", "Jalan", "Lorong", "Kampong", "Kampung":
		return true
	case "Calle", "Rue", "Estrada", "Travessa":
		if i+1 < end {
			switch toks[i+1].Text {
			case "de", "del", "da", "do", "dos", "das", "des", "du", "la":
				return true
			}
		}
	}
	return false
}

// namedState reports "State" at token k after a name that is no US
// state's: a federal state named with its head, "Borno State", "Kerala
// State"; not "Ohio State Treasurer", where "State" is the title's.
func namedState(toks []Token, k int) bool {
	if k < 1 || !toks[k].Is("State") || !capWord(&toks[k-1]) || CommonWord(toks[k-1].Text) && !ProperWord(toks[k-1].Text) {
		return false
	}
	if _, us := LookupUSState(toks[k-1].Text); us {
		return false
	}
	if k >= 2 && capWord(&toks[k-2]) {
		if _, us := LookupUSState(toks[k-2].Text + " " + toks[k-1].Text); us {
			return false // "New York State Senator"
		}
	}
	return true
}

// PartyTag reports a US party's letters and a member's state or home
// joined by a hyphen, as one word: "R-Texas", "D-N.M.", "DFL-Grand" (of
// "(DFL-Grand Marais)", Minnesota's Democratic-Farmer-Labor party).
func PartyTag(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 1 || h+1 >= len(w) || w[h+1] < 'A' || w[h+1] > 'Z' {
		return false
	}
	return PartyLetters(w[:h])
}

// PartyLetters reports a US party's letters alone: "D", "R", "I", "DFL".
func PartyLetters(w string) bool {
	switch w {
	case "D", "R", "I", "DFL":
		return true
	}
	return false
}

// roleModifiers qualify a title and never start a name: "Acting District
// Attorney", "Interim Director".
var roleModifiers = toSet(`acting interim deputy former incoming outgoing`)

// commonBeforeTitle returns the number of capitalized words from token i
// that belong to the title after them rather than to a name: a role
// modifier before another capitalized word ("Acting Rivertown District
// Attorney"), or common words right before a title's head ("Road Safety
// Minister", "District Attorney"); 0 when none.
func commonBeforeTitle(toks []Token, i, end int) int {
	var b [32]byte
	if roleModifiers[string(lowerKey(b[:0], toks[i].Text))] && toks[i].IsCap() && i+1 < end && capWord(&toks[i+1]) {
		return 1
	}
	k := i
	for k < end && (capWord(&toks[k]) && CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) ||
		k > i && k+1 < end && (toks[k].Is("and") || toks[k].Is("&")) && capWord(&toks[k+1]) && CommonWord(toks[k+1].Text) && !ProperWord(toks[k+1].Text) && portfolioOpens(toks, i, k)) { // (a portfolio of two fields: "Revenue and Disaster Management Minister")
		if n, _ := TitleAt(toks, k); n > 0 {
			break
		}
		k++
	}
	if k == i || k >= end || !capWord(&toks[k]) {
		return 0
	}
	if n, _ := TitleAt(toks, k); n == 0 || k+1 < end && capWord(&toks[k+1]) && bodyAhead(toks, k+1, end) {
		return 0 // (a title's word inside a body's name: "Prison Justice Network")
	}
	if bodyOfCommonWords(toks, i, k) {
		return 0 // a place's body before the title: "Northern Territory Police Assistant Commissioner"
	}
	return k - i
}

// bodyOfCommonWords reports common words [i, k) that are a known place's name and
// a body's head after it, or three or four words ending in the head:
// "Northern Territory Police", "State Revenue Service". The lexicon knows
// each word, but together they name a body.
func bodyOfCommonWords(toks []Token, i, k int) bool {
	if k-i < 2 || k-i > 4 {
		return false
	}
	if h, unit := OrgHead(toks[k-1].Text); !h || unit {
		return false
	}
	if k-i >= 3 {
		return true
	}
	var b [64]byte
	name := b[:0]
	for j := i; j < k-1; j++ {
		if j > i {
			name = append(name, ' ')
		}
		name = append(name, toks[j].Text...)
	}
	return IsPlace(string(name))
}

// portfolioOpens reports capitalized common words [i, k) before "and" at
// k that open a portfolio's first field: not a body's unit ("Investigations
// Division and …") nor a title's field after its preposition ("for Legal
// Affairs and United Nations Legal Counsel") or a possessor ("the
// Attorney's …").
func portfolioOpens(toks []Token, i, k int) bool {
	if h, _ := OrgHead(toks[k-1].Text); h {
		return false
	}
	if i == 0 {
		return true
	}
	p := &toks[i-1]
	return p.Kind == Punct || p.Kind == Word && p.IsLower() && !connectors[strings.ToLower(p.Text)] && p.Text != "for" && p.Text != "to"
}

// notNameShape reports a single capitalized token shaped like no name: a
// gerund opening its sentence ("Recalling that …"), a word whose part
// after a hyphen is lower case ("E-commerce"), a lone letter ("°C"), a
// pronoun contracted with a verb ("We're", "They’ve").
func notNameShape(toks []Token, i, first int) bool {
	w := toks[i].Text
	switch {
	case utf8.RuneCountInString(w) == 1:
		return true
	case degreeShape(w):
		return true
	case clauseStart(toks, i, first) && len(w) > 5 && strings.HasSuffix(w, "ing") && !ProperWord(w):
		return true
	case clauseStart(toks, i, first) && !ProperWord(w) && (NumberWord(w) || abstractNoun(w)):
		return true // "Nineteen days.", "Vaccination is …"
	}
	if LowerAfterHyphen(w) {
		return true
	}
	if k := strings.IndexAny(w, "'’"); k > 0 {
		switch strings.ToLower(strings.TrimLeft(w[k:], "'’")) {
		case "re", "ve", "ll", "d", "m", "t":
			return true
		}
	}
	return false
}

// LowerAfterHyphen reports a word whose part after its first hyphen is
// lower case: an adjective or a common compound, no name ("Kelvale-born",
// "Kelvale-based", "E-commerce").
func LowerAfterHyphen(w string) bool {
	h := strings.IndexAny(w, "-‐‑")
	if h <= 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[h:])
	r, _ := utf8.DecodeRuneInString(w[h+n:])
	return unicode.IsLower(r)
}

// NumberWord reports a number spelled out: "Nineteen", "Forty-two".
func NumberWord(w string) bool {
	switch strings.ToLower(w) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
		"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion":
		return true
	}
	if h := strings.IndexByte(w, '-'); h > 0 {
		return NumberWord(w[:h]) && NumberWord(w[h+1:])
	}
	return false
}

// abstractNoun reports a word whose ending makes it an abstract noun, no
// name: "Vaccination", "Investment", "Awareness", "Security".
func abstractNoun(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range [...]string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// firstHead reports an organization's head that opens its name: the
// "University" of "University of Kelvale".
func firstHead(w string) bool {
	head, unit := OrgHead(w)
	return head && !unit
}

// LeadingHead reports a head that opens a body's name in the Romance
// languages, Dutch and German (data/leading_heads.tsv): "Fondation" of
// "Fondation Abri Solidaire", "Fundación" of "Fundación Semillas del Sur".
// A capitalized run that opens with one is an organization, and its name
// particles ("del", "de") are the name's.
func LeadingHead(w string) bool { return lex().leadingHeads[w] != "" }

// LeadingHeadIn returns the English head a head that opens a body's name
// stands for ("Foundation" for "Fondation"), or "".
func LeadingHeadIn(w string) string { return lex().leadingHeads[w] }

// TranslatedHead returns the English head that the first word of a name
// in another language stands for: "Secretariat" for "Secretaría de Aguas
// del Kelvo", "Government" for "Gobierno Municipal de Kelvo"; "" when that
// word is no head the lists translate, or is the English word itself
// ("Hospital Kelvo").
func TranslatedHead(name string) string {
	f, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	h := LeadingHeadIn(f)
	if strings.EqualFold(f, h) {
		return ""
	}
	return h
}

// IsPostNominal reports the letters after a name of a member ("MP",
// "MEP", "MSP", "MLA", "MS" of the Senedd, "TD"), an honour ("OBE", "KBE"),
// a silk ("KC") or a fellowship ("FRCS"), or a degree ("PhD").
func IsPostNominal(w string) bool {
	switch w {
	case "MP", "MEP", "MSP", "MLA", "MS", "MHA", "MPP", "MNA", "TD", "AM", "MHK", "MdB", "MdL", "MdEP",
		"QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "CH", "KCMG", "DCMG", "QPM", "KPM",
		"FRCS", "FRS", "FRCP", "FREng", "FBA", "FRSE", "FRSA", "FMedSci", "MRCVS", "FRCVS", "MRCP", "MRCS", "FRCPath", "FRCOG", "FRCPsych", "FRCGP", "MRCGP", "RN", "RGN", "AO", "OAM", "ONZM", "MNZM",
		"mni", "fsi", "psc", "fdc", "ndc", "fwc", "fss", "rcds": // (Nigerian officers' courses and institutes, written in lower case: "CP Jane Roe, fsi,")
		return true
	}
	return IsDegree(w)
}

// IsDegree reports a degree or post-nominal written as one word: "PhD",
// "MSc", "Ph.D.", "M.P.H.", "MD".
func IsDegree(w string) bool {
	if degreeShape(w) {
		return true
	}
	if i := strings.IndexByte(w, '.'); i > 0 && (degreePiece(w[:i]) || isInitialism(strings.TrimSuffix(w, "."))) {
		return true
	}
	return false
}

// degreeShape reports a degree written in mixed case: "PhD", "EdD",
// "MSc", "DPhil".
func degreeShape(w string) bool {
	n := len(w)
	if n < 3 || n > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	upper, lower := 0, 0
	for k := 0; k < n; k++ {
		switch c := w[k]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		default:
			return false
		}
	}
	last := w[n-1]
	return upper >= 2 && lower >= 1 && ('A' <= last && last <= 'Z' || 'A' <= w[1] && w[1] <= 'Z')
}

// portfolio reports a run of capitalized common words after a title and
// "for", "of" or "on", or in a list that follows one: the field a title
// covers ("Under-Secretary-General for Political Affairs", "Commissioner
// for Innovation, Research, Culture, Education and Youth"). After a
// minister and its preposition, words that
// are no names the lists know and no places, before "and" or a comma, are
// the field too:
// "Minister of Inland Waterways and Ports" (the last item may run into a
// name, "… and Ports Jane Roe", and is left to the caller).
func (a *Analysis) portfolio(i, j int) bool {
	toks := a.Tokens
	h, _ := OrgHead(toks[j-1].Text)
	headCommon := j-i >= 2 && j-i <= 4 && CommonWord(toks[j-1].Text) && !ProperWord(toks[j-1].Text) && !h
	common := func(k int) bool {
		// (an adjective the lexicon saw only capitalized, before a common
		// head: "Coastal Protection")
		return CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) || headCommon && k < j-1 && AdjectiveShape(toks[k].Text) && !IsPlace(toks[k].Text) ||
			commonPluralWord(toks[k].Text) || // a plural the lexicon lacks: "Oceans" of "Commissioner for Oceans and Fisheries"
			j-i == 1 && DerivedWord(toks[k].Text) && !IsPlace(toks[k].Text) // a derived noun the lexicon saw capitalized: "Solidarity" of "Minister of Population, Solidarity and Social Protection"
	}
	if k := a.fieldStart(i, j, common); k > 0 {
		n, _ := TitleAt(toks, k-1)
		if n == 0 && k >= 2 {
			n, _ = TitleAt(toks, k-2) // "Secretary General for"
			n--
		}
		return n > 0 || titleEndsAt(toks, k) // (a title of three words: "Minister of State for Manpower")
	}
	lastItem := i >= 2 && (toks[i-1].Is("and") || toks[i-1].Is("the") && toks[i-2].Is("and")) // the last item of a portfolio's list: "… and the Social and Solidarity Economy of Kelvo"
	if j >= len(toks) || !(toks[j].Is("and") || toks[j].Is(",") || toks[j].Is("&") || lastItem && toks[j].Is("of")) {
		return false
	}
	// (right after "Minister for", a word the lexicon knows capitalized
	// too before "and": "Minister for Delta Resilience and Water Affairs")
	afterMinister := i >= 2 && (toks[i-1].Is("for") || toks[i-1].Is("of")) && toks[i-2].Is("Minister") // (a government's, not a parish's "minister of St Aidan's")
	loose := func(k int) bool {
		return (!ProperWord(toks[k].Text) || headCommon && k < j-1 && AdjectiveShape(toks[k].Text) || afterMinister || lastItem && k >= i) && !IsPlace(toks[k].Text)
	}
	k := a.fieldStart(i, j, loose)
	middle := k > 0 && k < i-1 && allCommonOrPlural(toks[i:j])                                                                     // a list's middle item of common words: "Roads" of "Minister of Harbours, Roads and Tunnels"
	return (k == i-1 || lastItem && k > 0 && k < i-1 || middle) && k > 0 && (toks[k-1].Is("Minister") || toks[k-1].Is("minister")) // (not a name after the field: "Minister for Trade, Jane Roe, said"; not a place a commissioner is for: "Commissioner for Severn Marches")
}

// allCommonOrPlural reports capitalized common words or their plurals, no
// proper word among them.
func allCommonOrPlural(toks []Token) bool {
	for i := range toks {
		if !CommonOrPlural(toks[i].Text) || ProperWord(toks[i].Text) {
			return false
		}
	}
	return len(toks) > 0
}

// fieldOpener reports a capitalized word at token q, no place, right
// after a title and "for" or "of": the first word of the title's field,
// even one the lexicon knows capitalized ("Delta" of "Minister for Delta
// Resilience and Water Affairs").
func fieldOpener(toks []Token, q int) bool {
	return q >= 2 && capWord(&toks[q]) && !IsPlace(toks[q].Text) && (toks[q-1].Is("for") || toks[q-1].Is("of")) && titleBefore(toks, q-1)
}

// AdjectiveShape reports a capitalized word of six letters or more with
// an adjective's ending: "Coastal", "Atomic", "Maritime", "Vascular".
func AdjectiveShape(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range [...]string{"al", "ic", "ive", "ous", "ary", "ime", "ular"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// fieldStart returns the preposition ("for", "of", "on") before a field
// whose words field accepts, the run [i, j) and any list before it
// ("Research, Culture, Education and"); 0 when there is none.
func (a *Analysis) fieldStart(i, j int, field func(k int) bool) int {
	toks := a.Tokens
	for k := i; k < j; k++ {
		if !field(k) {
			return 0
		}
	}
	k := i - 1
	comma := false
	for k >= 1 && k > i-30 && (toks[k].Is(",") || toks[k].Is("and") || toks[k].Is("&") || capWord(&toks[k]) && field(k) ||
		toks[k].Is("the") && (toks[k-1].Is("and") || toks[k-1].Is(",") || !comma && k < i-1 && (toks[k-1].Is("of") || toks[k-1].Is("for")) && !ProperWord(toks[i].Text))) { // ("Minister of Labour, Employment and the Social and Solidarity Economy"; "Minister of the Environment and Spatial Planning", not a list of people: "Minister for the Sea, and Jane Roe", "the Minister of the Interior and John Doe")
		if toks[k].Is("for") || toks[k].Is("of") || toks[k].Is("on") {
			break
		}
		comma = comma || toks[k].Is(",")
		k--
	}
	if k < 1 || !(toks[k].Is("for") || toks[k].Is("of") || toks[k].Is("on")) {
		return 0
	}
	return k
}

// Capitalized words that are not names of people, places or organizations:
// calendar words, group adjectives, and heads of names of documents and
// events.
var notNames = toSet(monthNames + ` Monday Tuesday Wednesday Thursday Friday Saturday Sunday Year Month Today Tonight European African Asian Arab
Muslim Christian Jewish Catholic Protestant Sunni Shia Shiite Kurdish Latino Hispanic Western Eastern
Northern Southern Republican Republicans Democrat Democrats Democratic Conservative Liberal Libertarian
Progressive Independent GOP Strategy Plan Act Agreement Treaty Resolution Convention Declaration
Programme Initiative Report Law Amendment Accord Protocol Charter Summit Day Week War Crisis Award
Prize Agenda Goals Doctrine Deal Compact Framework Mechanism Fund Index Survey Poll Care Scheme Rt Olympic Paralympic Stimulus Roadmap Pact Blueprint
Meeting Session Circuit ` + ordinalNames)

// Ordinal reports an ordinal written in words, capitalized: "Eighth" of
// "Eighth Judicial District Attorney".
func Ordinal(w string) bool { return ordinals[w] }

var ordinals = toSet(ordinalNames)

// ordinalNames are the ordinals written in words that number a court's
// district or a body ("Eighth Judicial District Attorney", "First
// National Bank"): no person's name, but a body's first word.
const ordinalNames = `First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth
Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth`

// groupAdjectives are the words of notNames that may start a body's name.
var groupAdjectives = toSet(`European African Asian Arab Muslim Christian Jewish Catholic Protestant Kurdish Latino
Hispanic Western Eastern Northern Southern Republican Democratic Conservative Liberal Libertarian Progressive Independent ` + ordinalNames)

// monthNames are the months' names; they are notNames too.
const monthNames = `January February March April May June July August September October November December`

var months = toSet(monthNames)

// Month reports a month's name: "March".
func Month(w string) bool { return months[w] }

// NotName reports a capitalized word that names no person, place or
// organization: a month, a weekday, a party or group adjective, the head
// of a document's or event's name ("Resolution", "Summit").
func NotName(w string) bool { return notNames[w] }

var determiners = toSet(`the a an this that these those its their our his her your my every each any some no`)

// words written in capitals that are not acronyms of organizations.
var commonCaps = toSet(`I A OK TV AM PM II III IV VI VII VIII IX XI XX DC AND THE OF IN TO FOR ON BY NEW WITH US PDF URL FAQ FAQS RSS HTML JPG PNG MP3 MP4 ` +
	`CT MRI ECG EEG ICU GPS USB RNA HIV AIDS GDP LED SUV NGO NGOs CSO CSOs ` + // (a kind of body, no body: "the NGO said"; a scan's, a test's, a unit's or a thing's letters: "CT and MRI scans"; not ATM, SMS or DNA, which bodies go by too)
	currencyCodes) // (and file formats: "Print | Send | PDF")

// currencyCodes are ISO 4217 codes that releases write before or after an
// amount ("contributed CHF 2.5 million", "RSD 95 million"): no body's
// letters. (Not "COP" nor "SAR", which name a conference and a region.)
const currencyCodes = `MGA KMF SCR MUR CVE USD EUR GBP CHF JPY CNY RMB HKD SGD AUD NZD CAD MXN BRL ARS CLP PEN UYU PYG BOB ` +
	`SEK NOK DKK ISK PLN CZK HUF RON BGN RSD BAM MKD ALL UAH MDL GEL AMD AZN KZT UZS KGS TRY ` +
	`INR PKR BDT LKR NPR MYR IDR THB VND PHP KRW TWD AED QAR KWD BHD OMR JOD ILS EGP MAD TND DZD ` +
	`KES UGX TZS RWF BIF ETB NGN GHS XOF XAF CDF ZAR ZMW MWK MZN AOA BWP NAD`

func isCommonCaps(s string) bool { return commonCaps[s] }

// numberedBranchAt finds a body's numbered branch from token i: one to
// five capitalized words, maybe possessive, then "Local" or "Lodge" and a
// number ("Riverport Laborers' Local 1682", "UAW Local 600", "Fraternal
// Order of Police Lodge 7"). It returns the branch's first token and its
// length, 0 when none; a sentence's first word, common and followed by
// "of", is no part of it ("Members of Fraternal Order of Police Lodge 7").
// The number makes the branch a body: "Local" alone is an adjective; with
// its number before a capitalized title it is the branch alone ("Local
// 2291 President Jane Roe").
func numberedBranchAt(toks []Token, i, first, end int) (b, n int) {
	b = i
	if i == first && i+1 < end && toks[i+1].Is("of") && CommonWord(toks[i].Text) {
		b = i + 2
	}
	k := b
	for k < end && k-b < 6 && (capWord(&toks[k]) && !toks[k].Is("Local") && !toks[k].Is("Lodge") || k > b && toks[k].Is("of")) {
		k++
	}
	if k == b && k+1 < end && toks[k].Is("Local") && toks[k+1].Kind == Number && k+2 < end && capWord(&toks[k+2]) {
		return b, 2 // the branch alone before a title: "Local 2291 President Jane Roe"
	}
	if k == b || toks[k-1].Is("of") {
		return i, 0
	}
	if k < end && toks[k].Kind == Possessive {
		k++
	}
	if k+1 < end && (toks[k].Is("Local") || toks[k].Is("Lodge")) && toks[k+1].Kind == Number {
		return b, k + 2 - b
	}
	return i, 0
}

// givenNameBefore reports a place's one word at token i that is a
// person's given name: after a title or an honorific and before a surname
// ("Sheriff Chad Nieminen-Ross", "Dr. Georgia Roe"), a capitalized word
// that is no common word, place, body's head or acronym.
func givenNameBefore(toks []Token, i, end int) bool {
	if i == 0 || i+1 >= end || !capWord(&toks[i+1]) || toks[i+1].IsUpper() {
		return false
	}
	prev := toks[i-1].Text
	if _, ok := Honorific(prev); !ok && !IsTitleWord(prev) {
		return false
	}
	next := toks[i+1].Text
	if h, _ := OrgHead(next); h || CommonWord(next) || IsPlace(next) || IsTitleWord(next) {
		return false
	}
	return true
}

// cityGivenName reports a one-word city's name at token i that is a
// given name before a family name no list knows, the two words alone in
// their run: "Sofia Marinescu (Romania) said", "…, Austin Okafor, said";
// not a country ("Jordan Valley"), nor after a preposition of place ("in
// Sofia"), nor before a common word, a place, a body's head or a title
// ("Sofia Airport", "Geneva Convention"); nor a US state or an
// abbreviation ("Del. Marcia Price").
func cityGivenName(toks []Token, i, end int) bool {
	capsName := i+2 < end && toks[i].IsUpper() && toks[i+1].IsUpper() && toks[i+2].Is(",") && (i == 0 || toks[i].Newlines > 0) // a speaker's name in capitals opening its paragraph: "SOFIA MENDES, youth delegate of Portugal"
	if i+1 >= end || !capWord(&toks[i+1]) || (toks[i+1].IsUpper() || toks[i].IsUpper()) && !capsName || toks[i+1].Newlines > 0 {
		return false
	}
	if _, country := Country(toks[i].Text); country || strings.HasSuffix(toks[i].Text, ".") {
		return false
	}
	if _, us := LookupUSState(toks[i].Text); us {
		return false // ("Minnesota Vikings", "Washington Monument")
	}
	if i > 0 && placePreps[toks[i-1].Text] {
		return false
	}
	next := toks[i+1].Text
	if h, _ := OrgHead(next); h || CommonWord(next) || ProperWord(next) || IsPlace(next) || IsTitleWord(next) || notNames[next] {
		return false
	}
	return i+2 >= end || !capWord(&toks[i+2]) && toks[i+2].Kind != Possessive
}

// placePreps are the prepositions before a place: "in Sofia", "from
// Austin".
var placePreps = toSet(`in at from to near of outside across via`)

// brandRun reports a word in [i, j) shaped as a brand, not a name: a
// capital inside it after four or more lower-case letters ("PaisaLink",
// "KelvaTech"), as family names seldom have ("MacLeod", "DeShawn",
// "FitzGerald" and "VanderWal" stay names).
func brandRun(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		if brandShape(toks[k].Text) {
			return true
		}
	}
	return false
}

func brandShape(w string) bool {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' || strings.HasPrefix(w, "Fitz") || strings.HasPrefix(w, "Vande") {
		return false
	}
	k := 1
	for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	if k < 5 || k+1 >= len(w) || w[k] < 'A' || w[k] > 'Z' {
		return false
	}
	for _, c := range w[k+1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// RetiredWord reports tokens [i, end) that are a retired officer's mark
// alone: "Retd.", "Ret.", "retired", "rtd" (as in "Colonel (Retd) Jane
// Roe").
func RetiredWord(toks []Token, i, end int) bool {
	if end-i == 2 && toks[i+1].Is(".") {
		end--
	}
	if end-i != 1 {
		return false
	}
	switch strings.ToLower(strings.TrimSuffix(toks[i].Text, ".")) {
	case "ret", "retd", "retired", "rtd":
		return true
	}
	return false
}

// commonPluralWord reports a capitalized plural in "-s" of a common word
// that the lexicon lacks itself and that names no place: "Oceans".
func commonPluralWord(w string) bool {
	return len(w) > 4 && !strings.HasSuffix(w, "ss") && !CommonWord(w) && CommonOrPlural(w) && !ProperWord(w) && !ProperWord(w[:len(w)-1]) && !IsPlace(w)
}

// IrregularPast reports a common past form without -ed, the verb of a
// clause: "came" of "the ban came too late", "took", "found".
func IrregularPast(w string) bool { return irregularPasts[w] }

// PastVerbIn reports a common past form without -ed in lower case after
// the first of the words (i, end), up to ten words in, with only lower-case
// words before it and no relative pronoun: the verb of a clause ("the
// number of road accidents involving children in the city fell"), not a
// description ("a student who spent four seasons …").
func PastVerbIn(toks []Token, i, end int) bool {
	for k := i + 1; k < end && k <= i+10; k++ {
		t := &toks[k]
		if t.Kind != Word || !t.IsLower() || t.Is("who") || t.Is("that") || t.Is("which") || t.Is("whose") {
			return false
		}
		if (irregularPasts[t.Text] || changePasts[t.Text]) && !clauseOpener[toks[k-1].Text] {
			return true // (after a noun, its subject: not a modifier after "the", "of the fell rescue team")
		}
	}
	return false
}

// clauseOpener are the words after which a past form is a modifier, not
// a verb: "the lost property office", "of spent fuel".
var clauseOpener = toSet(`the a an of and or for in at on to with`)

// changePasts are the past forms without -ed of the verbs a figure's
// change takes: "fell", "rose".
var changePasts = toSet(`fell rose grew sank shrank`)

var irregularPasts = toSet(`made took gave went came saw got put ran kept left brought thought found felt held stood began sent spent won lost met paid heard drew threw`)
