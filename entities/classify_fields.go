package entities

import "strings"

// The field of a post or body in a run of capitals: "Director of
// Procurement", "Managing Director Asset Management", "Minister for
// Combating Trafficking in Human Beings" hold a field, never a name.

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

// fieldSetOffAfterPost reports a run [i, j) of field words in a list that a
// comma sets off right after a post, before its holder's name or its body:
// "Generation" and "Energy Transition" of "Executive General Manager,
// Generation and Energy Transition, Jane Roe, said", "Customer Experience"
// of "Jane Roe, Vice-President, Customer Experience and Northern
// Communities, with Kelvo Airways" (not "the Director, Jane Roe").
func fieldSetOffAfterPost(toks []Token, i, j int) bool {
	if j >= len(toks) || !(toks[j].Is(",") || toks[j].Is("and") || toks[j].Is("&")) {
		return false
	}
	for k := i; k < j; k++ {
		if !listFieldWord(&toks[k]) {
			return false
		}
	}
	if h, _ := OrgHead(toks[j-1].Text); h {
		return false // a body, no field: "Principal Secretary, Water Resources Department"
	}
	ok, items, inItem := false, 0, false
	for e := j; e < len(toks) && e < j+14; e++ {
		tk := &toks[e]
		if tk.Is(",") {
			if e+1 >= len(toks) {
				break
			}
			n := &toks[e+1]
			if capWord(n) && !fieldsUntilComma(toks, e+1) || (n.Is("at") || n.Is("with")) && e+2 < len(toks) && capWord(&toks[e+2]) {
				ok = true // the holder's name or body after the list: "…, Jane Roe, said", "…, with Kelvo Airways"
				break
			}
			if n.IsLower() {
				ok = items > 0 // the predicate after the list: its last item was the holder's name ("…, Florence Manning, said")
				break
			}
			inItem = false
			continue
		}
		if tk.Is("and") || tk.Is("&") {
			inItem = false
			continue
		}
		if !listFieldWord(tk) {
			break
		}
		if h, _ := OrgHead(tk.Text); h {
			return false
		}
		if !inItem {
			items++
			inItem = true
		}
	}
	if !ok {
		return false // (not "Retail and SME Banking at Kelvo Bank, Ms. Jane Roe")
	}
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		t := &toks[k]
		switch {
		case t.Is(","):
			if capTitleEndsAt(toks, k-1) {
				return true
			}
			if k < i-1 {
				return false // (a comma inside the list only after the post's)
			}
		case t.Is("and") || t.Is("&") || listFieldWord(t):
		default:
			return false
		}
	}
	return false
}

// fieldsUntilComma reports a run of field words from k to the next comma
// or "and": another item of a field list, no name.
func fieldsUntilComma(toks []Token, k int) bool {
	for ; k < len(toks) && !toks[k].Is(",") && !toks[k].Is("and") && !toks[k].Is("&"); k++ {
		if !listFieldWord(&toks[k]) {
			return false
		}
	}
	return true
}

// capTitleEndsAt reports a title in capitals, of up to five words, that
// ends at token k: "Executive General Manager" (unlike titleEndsAt, no
// post in lower case: "family physician, Inverness, Nova Scotia" sets off
// a place, no field).
func capTitleEndsAt(toks []Token, k int) bool {
	for st := k; st >= 0 && st > k-5; st-- {
		if !toks[st].IsCap() {
			break
		}
		if n, _ := TitleAt(toks, st); n > 0 && st+n == k+1 {
			return true
		}
	}
	return false
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
	return inChargeAt(toks, q)
}

// inChargeAt reports "in charge of" ending at token q, its "of".
func inChargeAt(toks []Token, q int) bool {
	return q > 1 && toks[q].Is("of") && toks[q-1].Is("charge") && toks[q-2].Is("in")
}

// inChargeOf reports "in charge of" ending at token q, its "of", after a
// post's words: "Member of the City Council in charge of".
func inChargeOf(toks []Token, q int) bool {
	return inChargeAt(toks, q) && titleBefore(toks, q-2)
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

// serviceWords name the service a special district runs, a body of its
// own, where a district alone is a place: "Kelvale Unified School
// District", "Vestfjord Police District", "Cedar Forks Fire Protection
// District" (not "Lake District", "Fifth Congressional District").
var serviceWords = toSet(`police school schools protection fire water irrigation sanitation sanitary utility utilities hospital park parks library transit conservation health sewer drainage recreation cemetery abatement`)

// officeOf reports a unit's head before "of" and a field in capitalized
// common words, in the run [i, j): "Office of Legal Affairs",
// "Directorate of Fisheries Control" (a body's part, but named as a body
// is), and an office before "for" and its remit: "Office for Fair Markets";
// not "Office of Kelby County State Attorney Jane Roe".
func officeOf(toks []Token, i, j int) bool {
	switch toks[i].Text {
	case "Office", "Directorate", "Division", "Faculty":
	default:
		return false
	}
	return i+2 < j && (toks[i+1].Is("of") || toks[i+1].Is("for") && toks[i].Is("Office")) && !toks[j-1].IsUpper() && CommonWord(toks[i+2].Text) && !IsPlace(toks[i+2].Text)
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
	if (regionWords[toks[i].Text] || CompassWord(toks[i].Text)) && j-i < 4 {
		return false // (but a region's adjective before two fields' words: "Northern Food Access Canada")
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
		if !capWord(tk) || tk.IsUpper() || IsTitleWord(tk.Text) || (IsPlace(tk.Text) || ProperWord(tk.Text) && k == i) && !(k == i && regionWords[tk.Text]) {
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

// fieldAdjective reports an adjective of a medical or technical field by
// its ending, "Vascular", "Clinical", "Paediatric": narrower than
// AdjectiveShape, whose "-ary" and short "-ic" given names share
// ("Hilary", "Rosemary", "Dominic").
func fieldAdjective(w string) bool {
	if len(w) < 6 {
		return false
	}
	return strings.HasSuffix(w, "ular") || strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ic") && len(w) >= 8
}

// specialistNoun reports a capitalized word that names a specialist by
// the shape of its ending: "Neuroradiologist", "Paediatrician",
// "Sonographer", "Physiotherapist", "Psychiatrist".
func specialistNoun(w string) bool {
	for _, suf := range [...]string{"ologist", "ician", "iatrist", "ographer", "therapist"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ministryOf reports "Ministry of" and its field at tokens i to j: a
// body set off after a title, not the title's unit ("Jane Roe, Minister
// of State, Ministry of Health, said"; but "Jane Roe, Vice President,
// Department of Sales, said" names a company's unit); so is a
// government's department its government follows ("Jane Roe, Minister,
// Department of Transport, Government of Kelvo, said").
func ministryOf(toks []Token, i, j int) bool {
	if j-i < 3 || !toks[i+1].Is("of") {
		return false
	}
	return toks[i].Is("Ministry") || toks[i].Is("Department") && j+1 < len(toks) && toks[j].Is(",") && toks[j+1].Is("Government")
}

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
