package speakers

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// Local governments and the bodies their members sit on: a mayor's city,
// a governor's state, a council member's council, a board member's board.

// governmentOf are the words that open the formal name of the government
// a head of government's title serves: a mayor the "City of …", a
// governor the "State of …".
var governmentOf = map[string][]string{
	"mayor":    {"City", "Town", "Village", "Borough", "Municipality", "County"},
	"governor": {"State", "Commonwealth", "County Government"},
	"premier":  {"Provincial Government", "Government"},
	"gov":      {"State", "Commonwealth", "County Government"},
}

// governmentAfter are the heads a place's name goes before for the
// government a head of government's word serves: "Kelvo County" for "Kelvo
// Governor Jane Roe".
var governmentAfter = map[string][]string{
	"governor": {"County Government", "County", "Province", "State", "Region"},
	"gov":      {"County Government", "County", "Province", "State", "Region"},
}

// localGovernment returns the government a person's bare head-of-
// government title serves when the text names exactly one such by its
// formal name: "Mayor Jane Roe" and "the City of Rivertown".
func (t *Tracker) localGovernment(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if o, ok := t.placeGovernment(tl); ok {
			return o
		}
		if tl.former || tl.credential || tl.end-tl.first > 2 {
			continue
		}
		heads := governmentOf[strings.ToLower(strings.TrimSuffix(toks[tl.end-1].Text, "."))]
		if heads == nil || tl.end-tl.first == 2 && !entities.IsTitleModifier(toks[tl.first].Text) {
			continue
		}
		type named struct {
			found string
			ok    bool
		}
		g := remember(t, "governmentNamed "+strings.Join(heads, " "), func() named {
			found, ok := governmentNamed(toks, t.text, heads, "")
			if ok && found == "" {
				if ha := t.headerAnalysis(); ha != nil {
					found, ok = governmentNamed(ha.Tokens, ha.Text, heads, "") // the page's header: "City of Rivertown" over "Police Department"
				}
			}
			return named{found, ok}
		})
		found, ok := g.found, g.ok
		if ok && found != "" {
			return Org{Name: found}
		}
		if ok && slices.Contains(heads, "State") {
			if st, ok := t.usStateOfText(); ok {
				return Org{Name: st.Formal} // "Governor Jane Roe" in "WICHITA, Kan. – …": the State of Kansas
			}
		}
	}
	return Org{}
}

// namedPlaceGovernment returns the government that one of a person's
// titles names by its place, as placeGovernment finds it.
func (t *Tracker) namedPlaceGovernment(p *Speaker) Org {
	for _, tl := range t.titleOf[p] {
		if o, ok := t.placeGovernment(tl); ok {
			return o
		}
	}
	return Org{}
}

// placeGovernment returns the government a title names by its place
// before the head of government's word or after its "of", when the text
// names it formally: "Piedra Blanca Mayor Jane Roe" and "the Village of
// Piedra Blanca", "Deputy Mayor of Kelvograd" and "the City of Kelvograd".
func (t *Tracker) placeGovernment(tl title) (Org, bool) {
	toks := t.a.Tokens
	if tl.former || tl.end-tl.first < 2 || tl.end-tl.first > 6 {
		return Org{}, false
	}
	for k := tl.first + 1; k+1 < tl.end; k++ {
		if (toks[k].Is("of") || toks[k].Is("for")) && governmentOf[strings.ToLower(toks[k-1].Text)] != nil { // (also "Governor for Kelvo Province")
			// the place after the word: "Deputy Mayor of Kelvograd" and
			// "the City of Kelvograd"
			return t.formalGovernment(strings.ToLower(toks[k-1].Text), k+1, tl.end)
		}
	}
	if tl.end-tl.first > 4 {
		return Org{}, false
	}
	word := strings.ToLower(strings.TrimSuffix(toks[tl.end-1].Text, "."))
	if governmentOf[word] == nil {
		return Org{}, false
	}
	for k := tl.first; k < tl.end-1; k++ {
		if !toks[k].IsCap() || toks[k].Kind != entities.Word || entities.IsTitleModifier(toks[k].Text) {
			return Org{}, false
		}
	}
	return t.formalGovernment(word, tl.first, tl.end-1)
}

// formalGovernment returns the government of the place in tokens [i, j)
// the text names formally for the head of government's word: "the City of
// Kelvograd" for a mayor, "Kelvo County" for a governor, "the County
// Government of Kelvo" for the governor of "Kelvo County".
func (t *Tracker) formalGovernment(word string, i, j int) (Org, bool) {
	toks := t.a.Tokens
	if !allCapWords(toks, i, j) {
		return Org{}, false
	}
	place := t.text[toks[i].Start:toks[j-1].End]
	core := place // the place without its kind: "Kisumu" of "Kisumu County", as in "the County Government of Kisumu"
	if j-i >= 2 && levelGovernment[strings.ToLower(toks[j-1].Text)] != "" {
		core = t.text[toks[i].Start:toks[j-2].End]
	}
	for _, h := range governmentOf[word] {
		if name := h + " of " + place; t.textHas(name) {
			return Org{Name: name}, true
		}
		if name := h + " of " + core; core != place && strings.Contains(h, toks[j-1].Text) && t.textHas(name) {
			return Org{Name: name}, true
		}
	}
	for _, h := range governmentAfter[word] {
		if name := place + " " + h; t.textHas(name) {
			return Org{Name: name}, true
		}
	}
	if word == "governor" || word == "premier" {
		// a province's or an island's government the text names by its
		// place without its kind: "Kelvo Highlands Provincial Government"
		// for the "Governor for Kelvo Highlands Province", "Island
		// Government of Ndzuani" for the "Governor of Ndzuani"
		if j-i >= 2 && (placeKindNoun(toks[j-1].Text) || toks[j-1].Is("Island")) {
			core = t.text[toks[i].Start:toks[j-2].End]
		}
		for k := range t.a.Entities {
			e := &t.a.Entities[k]
			if e.Kind == entities.Organization && placesGovernment(e.Text, core) {
				return Org{Name: e.Text}, true
			}
		}
	}
	return Org{}, false
}

// levelGovernment gives the government's head for a title's word of its
// level ("Provincial Councillor" serves a province); its keys that are
// nouns too ("state", "county", "district") also tell a place's kind in a
// government's name.
var levelGovernment = map[string]string{
	"provincial": "Province", "state": "State", "regional": "Region", "county": "County",
	"municipal": "Municipality", "cantonal": "Canton", "district": "District",
}

// regionalGovernment returns the government of the place in parentheses
// after a person's name whose current title opens with its level: the
// one the text names formally ("Provincial Councillor Jane Roe (Lower
// Kelvo)" and "the Province of Lower Kelvo"), else the place.
func (t *Tracker) regionalGovernment(p *Speaker) Org {
	e := t.parenPlace[p]
	if e == nil {
		return Org{}
	}
	for _, tl := range t.titleOf[p] {
		h := levelGovernment[strings.ToLower(t.a.Tokens[tl.first].Text)]
		if tl.former || h == "" || tl.end-tl.first < 2 {
			continue
		}
		for _, name := range [...]string{h + " of " + e.Text, e.Text + " " + h} {
			if t.textHas(name) {
				return Org{Name: name}
			}
		}
		return t.fullOrg(e)
	}
	return Org{}
}

// titledRegion returns the government a title names by its place and its
// level before the post, when the text names it so: "Bono East Regional
// Minister" and "the Bono East Region", "Carson County Health Officer" and
// "Carson County". The post serves that government, not the state's; a
// post with an office of its own the text names keeps it ("Cascade County
// Sheriff" and "the Cascade County Sheriff's Office").
func (t *Tracker) titledRegion(p *Speaker) Org {
	toks := t.a.Tokens
	if t.officeNotIssuer(p).Name != "" {
		return Org{} // a post with its own office: "Kelvo Regional Prosecutor" and "the Kelvo Regional Prosecutor's Office"
	}
	for _, tl := range t.titleOf[p] {
		if tl.former {
			continue
		}
		for k := tl.first + 1; k+1 < tl.end && k < tl.first+5; k++ {
			h := levelGovernment[strings.ToLower(toks[k].Text)]
			if h == "" || !toks[k].IsCap() {
				continue
			}
			st := tl.first
			for st < k && (isArticle(toks[st].Text) || entities.IsTitleModifier(toks[st].Text)) {
				st++
			}
			if st == k || !allCapWords(toks, st, k) {
				break
			}
			place := t.text[toks[st].Start:toks[k-1].End]
			for _, name := range [...]string{h + " Government of " + place, place + " " + h + " Government", place + " " + h, h + " of " + place} { // (its government first: "the County Government of Kisumu" for "Kisumu County Governor")
				if t.textHas(name) {
					return Org{Name: name}
				}
			}
			break
		}
		if o := t.postTerritory(tl); o.Name != "" {
			return o
		}
	}
	return Org{}
}

// postTerritory returns the territory a post heads, named by the post's
// word and a suffix after the place the title names before it, when the
// text names it so: "Silesian Voivode" and "the Silesian Voivodeship",
// "Kelvo Governor" and "Kelvo Governorate", "Orrin Prefect" and "the
// Prefecture of Orrin".
func (t *Tracker) postTerritory(tl title) Org {
	toks := t.a.Tokens
	h := tl.end - 1
	st := tl.first
	for st < h && (isArticle(toks[st].Text) || entities.IsTitleModifier(toks[st].Text)) {
		st++
	}
	if st == h || !toks[h].IsCap() || !entities.IsTitleWord(toks[h].Text) || !allCapWords(toks, st, h) {
		return Org{}
	}
	place := t.text[toks[st].Start:toks[h-1].End]
	for _, suf := range postSuffixes {
		terr := postDerived(toks[h].Text, suf)
		for _, name := range [...]string{place + " " + terr, terr + " of " + place} {
			if t.textHas(name) {
				return Org{Name: name}
			}
		}
	}
	return Org{}
}

// placesGovernment reports a government's name that is the place's and
// "Government", its level's word between ("Kelvo Provincial Government",
// "Kelvo Government"), or the government "of" the place ("Island
// Government of Sarna"); not a body whose name merely holds the word
// ("Kelvo Government Workers Union", "Kelvo State Local Government
// Service Commission").
func placesGovernment(name, core string) bool {
	if rest, ok := strings.CutPrefix(name, core+" "); ok {
		switch rest {
		case "Government", "Provincial Government", "State Government", "Island Government", "County Government", "Regional Government":
			return true
		}
		return false
	}
	head, ok := strings.CutSuffix(name, " of "+core)
	return ok && strings.HasSuffix(head, "Government")
}

// namedWhole reports a name the text gives with no capitalized word
// before it: "Kelvo Governorate" in "… Kelvo Governorate on Thursday",
// not in "North Kelvo Governorate".
func (t *Tracker) namedWhole(name string) bool {
	for i := range t.occurrences(name) {
		before := strings.TrimRight(t.text[:i], " ")
		if before == "" {
			return true
		}
		if r, _ := utf8.DecodeLastRuneInString(before); !unicode.IsLetter(r) {
			return true // after punctuation or a line's start
		}
		w := before[strings.LastIndexAny(before, " \n\t")+1:]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return true // after a word in lower case
		}
	}
	return false
}

// postSuffixes make the name of a post's office or territory of the
// post's word: "Voivodeship", "Governorate", "Prefecture", "Delegation".
var postSuffixes = [...]string{"ship", "ate", "ure", "ion"}

// postDerived returns a post's word w with the suffix suf, a final "e"
// dropped before a vowel: "Delegate" and "ion" give "Delegation".
func postDerived(w, suf string) string {
	if strings.HasSuffix(w, "e") && strings.IndexByte("aeiou", suf[0]) >= 0 {
		w = w[:len(w)-1]
	}
	return w + suf
}

// postOffice returns the office a current title's post names by its word
// and a suffix, where the text calls it by that name ("the Regional Delegate
// of Secondary Education for the North-West" and "the Delegation" give the
// "Regional Delegation of Secondary Education for the North-West"); a zero
// Org otherwise.
func (t *Tracker) postOffice(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		h := tl.first // the post's word before its field: "Delegate" of "Regional Delegate of …"
		for h+1 < tl.end && h < tl.first+3 && toks[h+1].IsCap() {
			h++
		}
		if h+1 >= tl.end || !toks[h].IsCap() || !entities.IsTitleWord(toks[h].Text) || !toks[h+1].Is("of") && !toks[h+1].Is("for") {
			continue
		}
		for _, suf := range postSuffixes {
			d := postDerived(toks[h].Text, suf)
			if t.textHas("the " + d) {
				if field := t.text[toks[h+2].Start:toks[tl.end-1].End]; h == tl.first && t.namedWhole(field+" "+d) { // (a name the text gives whole, not inside "North Kelvo Governorate")
					return Org{Name: field + " " + d} // the office named place first as the text names it: "Kelvo Governorate" for the "Governor of Kelvo"
				}
				return Org{Name: t.text[toks[tl.first].Start:toks[h].Start] + d + t.text[toks[h].End:toks[tl.end-1].End]}
			}
		}
	}
	return Org{}
}

// allCapWords reports tokens [i, j) that are all capitalized words.
func allCapWords(toks []entities.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Kind != entities.Word || !toks[k].IsCap() {
			return false
		}
	}
	return true
}

// textHas reports whether the text holds name, each name looked for once.
func (t *Tracker) textHas(name string) bool {
	return remember(t, "text has "+name, func() bool { return strings.Contains(t.text, name) })
}

// occurrences yields the byte offset of each occurrence of name in the
// text, the next looked for after the one before.
func (t *Tracker) occurrences(name string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; name != ""; {
			i := strings.Index(t.text[from:], name)
			if i < 0 || !yield(from+i) {
				return
			}
			from += i + len(name)
		}
	}
}

// usStateOfText returns the US state of the release: the one its
// dateline names ("WICHITA, Kan., Nov. 10 –", "ALBANY, N.Y. --"), else
// the one it names most often by name, at least twice and more often
// than any other.
func (t *Tracker) usStateOfText() (entities.USState, bool) {
	st := remember(t, "usState", func() entities.USState {
		st, _ := t.findUSState()
		return st
	})
	return st, st.Name != ""
}

func (t *Tracker) findUSState() (entities.USState, bool) {
	toks := t.a.Tokens
	stateAt := func(k int) (entities.USState, int) {
		if k+1 < len(toks) && toks[k+1].IsCap() {
			if st, ok := entities.LookupUSState(toks[k].Text + " " + toks[k+1].Text); ok {
				return st, 2 // "New York"
			}
		}
		st, ok := entities.LookupUSState(toks[k].Text)
		if !ok {
			return st, 0
		}
		return st, 1
	}
	for si := 0; si < len(t.a.Sentences) && si < 12; si++ {
		s := &t.a.Sentences[si]
		for k := s.Tokens.First + 2; k < s.Tokens.End && k < s.Tokens.First+8; k++ {
			if !toks[k-1].Is(",") || !toks[k-2].IsCap() {
				continue
			}
			if st, n := stateAt(k); n > 0 && k+n < len(toks) {
				if nx := &toks[k+n]; nx.Is(",") || nx.Is("-") || nx.Is("–") || nx.Is("—") || nx.Is("--") || nx.Is("(") {
					return st, true // the dateline's state
				}
			}
		}
	}
	count := map[string]int{}
	states := map[string]entities.USState{}
	for k := range toks {
		if !toks[k].IsCap() || toks[k].IsUpper() && len(toks[k].Text) <= 2 {
			continue // (not a postal code in running text: "OR", "IN")
		}
		if st, n := stateAt(k); n > 0 && strings.HasPrefix(t.text[toks[k].Start:], st.Name) {
			count[st.Name]++
			states[st.Name] = st
		}
	}
	best, n, ok := uniqueMax(count)
	if !ok || n < 2 {
		return entities.USState{}, false
	}
	return states[best], true
}

// governmentNamed returns the one government whose head is among heads
// that toks name ("City of Rivertown", a letterhead's "STATE OF OHIO" as
// "State of Ohio"), after found; false when they name two.
func governmentNamed(toks []entities.Token, text string, heads []string, found string) (string, bool) {
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k+1].IsFold("of") || !toks[k+2].IsCap() || !slices.ContainsFunc(heads, func(h string) bool { return toks[k].Text == h || toks[k].Text == strings.ToUpper(h) }) {
			continue
		}
		e := k + 3
		for e < len(toks) && toks[e].IsCap() && toks[e].Kind == entities.Word && toks[e].Newlines == 0 {
			e++
		}
		name := text[toks[k].Start:toks[e-1].End]
		if toks[k+1].Text == "OF" {
			name = displayCaps(name) // a letterhead's "STATE OF OHIO"
		}
		if found != "" && found != name {
			return "", false
		}
		found = name
	}
	return found, true
}

// governmentOf returns, for a minister (portfolioPost) whose title names
// no body the text names (ministryOf found none) or a premier, the government the text
// names (textGovernment: "the Government of Kelvania", "the Kelvale
// Government", "the Province"), when the issuer is no government of its
// own: a minister speaks for a government, not for the agency that
// issues the release; failing that, for the country the issuer's name
// ends with ("… Service of Kelvania"). Zero when the text names none, or
// two as often.
func (t *Tracker) governmentOf(p *Speaker) Org {
	toks := t.a.Tokens
	minister := t.currentTitleToken(p, func(_ title, k int) bool {
		return portfolioPost(toks, k) || t.issuer.Name == "" && bareBureauSecretary(toks, k)
	}) >= 0
	premier := t.currentTitleToken(p, func(_ title, k int) bool { return toks[k].Is("Premier") }) >= 0 // a premier heads the government: "Premier Jane Roe" and "the Province"
	if !minister && !premier || strings.Contains(strings.ToLower(t.issuer.Name), "government") || !premier && t.issuesPortfolio(p) {
		return Org{}
	}
	if o := t.textGovernment(); o.Name != "" {
		return o
	}
	return issuersCountry(t.issuer.Name)
}

// portfolioPost reports a government post with a portfolio at token k:
// "Minister", "Vice-Minister", "Secretary of State for the Environment",
// "Cabinet Secretary for Transport", "Senior Parliamentary Secretary for
// Fisheries", "Under Secretary for Transport".
func portfolioPost(toks []entities.Token, k int) bool {
	return toks[k].Is("Minister") || strings.HasSuffix(toks[k].Text, "-Minister") ||
		toks[k].Is("Secretary") && k+3 < len(toks) && toks[k+1].Is("of") && toks[k+2].Is("State") && toks[k+3].Is("for") ||
		toks[k].Is("Secretary") && k > 0 && (toks[k-1].Is("Cabinet") || toks[k-1].Is("Parliamentary") || toks[k-1].Is("Under")) && bureauSecretary(toks, k)
}

// bureauSecretary reports "Secretary for" and a capitalized portfolio at
// token k: "Secretary for Coastal Works".
func bureauSecretary(toks []entities.Token, k int) bool {
	return toks[k].Is("Secretary") && k+2 < len(toks) && toks[k+1].Is("for") && toks[k+2].IsCap()
}

// bareBureauSecretary reports a title that opens with "Secretary for" and
// a portfolio at token k, as Hong Kong names its bureaus' heads: "The
// Secretary for Coastal Works, Ms Jane Roe" (not a civil servant's
// "Permanent Secretary for Health" nor a body's "General Secretary for
// Kelvo"). Alone, a church's, a party's or a union's officer has the
// title too ("the Secretary for Mission"): governmentOf reads it only
// where the text shows no issuer.
func bareBureauSecretary(toks []entities.Token, k int) bool {
	return bureauSecretary(toks, k) && (k == 0 || toks[k-1].Kind != entities.Word || toks[k-1].IsFold("the") || toks[k-1].Newlines > 0)
}

// issuersCountry returns the country an issuer's name ends with: "Kelvania"
// of "National Parks Service of Kelvania", a proper name of one or two
// words after "of" (not a field: "Ministry of Health"). Zero when there is
// none.
func issuersCountry(name string) Org {
	i := strings.LastIndex(name, " of ")
	if i < 0 {
		return Org{}
	}
	words := strings.Fields(name[i+4:])
	if len(words) == 0 || len(words) > 2 {
		return Org{}
	}
	for _, w := range words {
		if h, _ := entities.OrgHead(w); h || !unicode.IsUpper([]rune(w)[0]) || entities.CommonWord(w) && !entities.ProperWord(w) && !entities.IsPlace(w) {
			return Org{}
		}
	}
	return Org{Name: name[i+4:]}
}

// councilTitles are the heads of a council member's title.
var councilTitles = toSet("councilmember councillor councilman councilwoman councilor alderman alderwoman cllr")

// councilOf returns, for a council member ("Councilmember Jane Roe",
// "Cllr Jane Roe"), the one council the text names ("the Harrow Bay City
// Council", "Marches District Council"): the body they sit on, not the
// issuer of a charity's or a city's release (not a nation's: "the
// Canadian Kelvo Council"). Zero when the text names none, or several.
func (t *Tracker) councilOf(p *Speaker) Org {
	toks := t.a.Tokens
	member := t.currentTitleToken(p, func(tl title, k int) bool {
		w := strings.ToLower(strings.TrimSuffix(toks[k].Text, "."))
		return councilTitles[w] || w == "member" && k+2 < tl.end && toks[k+1].Is("of") && strings.Contains(strings.ToLower(t.text[toks[k+2].Start:toks[tl.end-1].End]), "council") ||
			w == "member" && k-1 > tl.first && toks[k-1].Is("Council") && toks[k-2].IsCap()
	}) >= 0
	if !member {
		return Org{}
	}
	if o := t.councilBeforeMember(p); o.Name != "" {
		return o
	}
	if o := remember(t, "council", func() Org {
		return t.onlyOrg(func(e *entities.Entity) bool { return toks[e.Tokens.End-1].Is("Council") && !nationalName(toks, e) })
	}); o.Name != "" {
		return o
	}
	return t.councilInTitle(p)
}

// nationalName reports a body's name that opens with a nation's adjective
// or says it spans nations: "Canadian Dragon Boat Council", "National
// Arts Council", "World Kelvo Council", no local council a councillor sits
// on.
func nationalName(toks []entities.Token, e *entities.Entity) bool {
	f := toks[e.Tokens.First].Text
	if !(entities.IsDemonym(f) || f == "National" || f == "International" || f == "World" || f == "Global") {
		return false
	}
	for k := e.Tokens.First + 1; k < e.Tokens.End; k++ {
		switch toks[k].Text {
		case "Town", "City", "Borough", "District", "County", "Parish", "Village", "Municipal", "Shire", "Regional", "Metropolitan":
			return false // a town's council whose name opens so: "Indian Creek Town Council", "International Falls City Council"
		}
	}
	return true
}

// councilBeforeMember returns the council a member's title names before
// "Member", capitalized: "Legislative Council Member Jane Roe" sits on the
// Legislative Council; by the fuller name the text gives it, where it
// names one that ends so ("Advisory Council Member" of "the Kelvo Harbour
// Advisory Council").
func (t *Tracker) councilBeforeMember(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		m := tl.end - 1
		if tl.former || m-tl.first < 2 || !toks[m].IsFold("member") || !toks[m-1].Is("Council") {
			continue
		}
		first := m - 1
		for first > tl.first && toks[first-1].IsCap() && toks[first-1].Kind == entities.Word && !entities.IsTitleWord(toks[first-1].Text) {
			first--
		}
		if first < m-1 {
			name := t.text[toks[first].Start:toks[m-1].End]
			if e := t.onlyOrg(func(e *entities.Entity) bool { return strings.HasSuffix(e.Text, " "+name) }); e.Name != "" {
				return e
			}
			return Org{Name: name}
		}
	}
	return Org{}
}

// councilInTitle returns the council a member's title names by its kind
// when the text names none: "City Councilmember Jane Roe" sits on the
// City Council.
func (t *Tracker) councilInTitle(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.end-tl.first != 2 || !councilTitles[strings.ToLower(toks[tl.end-1].Text)] {
			continue
		}
		switch w := toks[tl.first].Text; w {
		case "City", "County", "Town", "District", "Borough", "Village":
			return Org{Name: w + " Council"}
		}
	}
	return Org{}
}

// boardMembers are the titles of a board's members, and the plural that
// ends the board's name: "Supervisor" sits on a "Board of Supervisors".
var boardMembers = map[string]string{"supervisor": "Supervisors", "trustee": "Trustees", "regent": "Regents",
	"selectman": "Selectmen", "selectwoman": "Selectmen", "freeholder": "Freeholders", "commissioner": "Commissioners"}

// boardOf returns, for a board's member ("Supervisor Jane Roe", "Board
// Chair Supervisor Jane Roe"), the one board the text names by its
// members ("the Marrow County Board of Supervisors"): the body they sit
// on, not the county's office that issues the release. Zero when the text
// names none, or several.
func (t *Tracker) boardOf(p *Speaker) Org {
	toks := t.a.Tokens
	k := t.currentTitleToken(p, func(_ title, k int) bool { return boardMembers[strings.ToLower(toks[k].Text)] != "" })
	if k < 0 {
		return Org{}
	}
	plural := boardMembers[strings.ToLower(toks[k].Text)]
	return t.onlyOrg(func(e *entities.Entity) bool {
		return toks[e.Tokens.End-1].Is(plural) && strings.Contains(e.Text, "Board")
	})
}
