package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Units that do not speak for their holder: an academic department
// ("professor and chair of the Department of Surgery") or a membership
// ("member of the Armed Services Committee"), which finishPerson gives to
// the holder's chamber or the release's issuer. titleOrgs marks the
// departments of an academic title as units.

// plainUnit reports a title whose unit does not speak for its holder: an
// academic department ("professor and chair of the Department of
// Surgery", or "head of the Department of Surgery" for a holder who is
// also a "Professor") or a membership ("member of the Armed Services
// Committee"), not a unit the holder leads ("Chairman of the Foreign
// Relations Committee").
func (t *Tracker) plainUnit(p *Speaker, tl title, unit int) bool {
	toks := t.a.Tokens
	if unit >= 2 && toks[unit-1].Is("of") && pluralUnits[toks[unit-2].Text] {
		return true // several units at once: "… for Africa in the Departments of Political Affairs and Peace Operations"
	}
	if toks[tl.first].IsFold("member") || academic(toks, tl.first, tl.end) && (t.departmentAt(unit) || hasRank(toks, tl.first, tl.end)) {
		return true // (a board's chair leads it: "chair of the Kelvale County Board of Commissioners")
	}
	if t.departmentAt(unit) && t.hospitalIssuer() {
		return true // a hospital's department: "Head of the Department of Child Health" in the Kelvo Teaching Hospital's release speaks for the hospital
	}
	police := strings.Contains(t.issuer.Name, "Police") || strings.Contains(t.issuer.Name, "Constabulary")
	for _, o := range t.titleOf[p] {
		if !o.former && hasRank(toks, o.first, o.end) {
			return true // (a rank, not "chair", which boards have too)
		}
		if !o.former && police && policeRankIn(toks, o.first, o.end) && !policeWordFrom(toks, unit, tl.end) {
			return true // an officer's unit in the force's release: "Detective Chief Inspector Jane Roe, head of the Regional Cyber Crime Unit"
		}
	}
	return false
}

// policeWordFrom reports "Police" or "Constabulary" in tokens [i, end):
// a unit named by its force, perhaps another's ("the Metropolitan Police
// Cyber Crime Unit").
func policeWordFrom(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Is("Police") || toks[k].Is("Constabulary") {
			return true
		}
	}
	return false
}

// policeRankIn reports a police rank's word in tokens [i, end):
// "Inspector" of "Detective Chief Inspector".
func policeRankIn(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].IsCap() && policeWord(toks[k].Text) {
			return true
		}
	}
	return false
}

// parentInRun returns the body an academic unit's run names after its
// last "of": "School of Public Health of Kelby University" gives Kelby
// University; false when the run names none ("Department of Surgery").
func (t *Tracker) parentInRun(c orgCand) (orgCand, bool) {
	toks := t.a.Tokens
	for k := c.end - 2; k > c.first+2; k-- {
		if !toks[k].Is("of") {
			continue
		}
		a := k + 1
		if toks[a].Is("the") {
			a++
		}
		if a < c.end && bodyHeadWord(toks[c.end-1].Text) && !academicUnit(toks[a].Text) {
			return t.runCand(a, c.end)
		}
		return orgCand{}, false
	}
	return orgCand{}, false
}

// bodyBeforeUnit returns the body whose name opens candidate c before an
// academic unit of a field: "the KU Department of Physics" gives the body
// the text defines KU for, "the Kelvo University School of Law" Kelvo
// University; false when no body opens it.
func (t *Tracker) bodyBeforeUnit(c orgCand) (orgCand, bool) {
	toks := t.a.Tokens
	for k := c.first + 1; k < c.end-2; k++ {
		if !t.departmentAt(k) {
			continue
		}
		if k == c.first+1 && toks[c.first].IsUpper() && len(toks[c.first].Text) > 1 {
			for _, i := range t.entitiesByAcronym(toks[c.first].Text) {
				if e := &t.a.Entities[i]; e.Kind == entities.Organization {
					return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
				}
			}
			return orgCand{}, false
		}
		if bodyHeadWord(toks[k-1].Text) && k-c.first > 1 {
			return orgCand{first: c.first, end: k}, true
		}
		return orgCand{}, false
	}
	return orgCand{}, false
}

// bodyOfLettersUnit returns the body whose letters the text defines and
// that open candidate c before capitalized common words: a branch of that
// body named by what it is ("Manager of the IsDB Regional Hub in Almaty",
// "the KDB Country Office") speaks for the body; false when the letters
// are not a body's or the words name one of its own ("KDB Climate Fund").
func (t *Tracker) bodyOfLettersUnit(c orgCand) (orgCand, bool) {
	toks := t.a.Tokens
	i := t.nameStart(c)
	if c.end-i < 2 || c.end-i > 4 || len(toks[i].Text) < 2 || toks[i].IsLower() {
		return orgCand{}, false
	}
	for k := i + 1; k < c.end; k++ {
		if w := toks[k].Text; !toks[k].IsCap() || !entities.CommonWord(w) || entities.ProperWord(w) || entities.IsPlace(w) {
			return orgCand{}, false
		}
	}
	if bodyHeadWord(toks[c.end-1].Text) && (!governanceUnit(toks, c.end) || c.end+2 < len(toks) && toks[c.end].Is("(") && toks[c.end+2].Is(")")) { // (a governing unit with letters of its own is a body: "the KULC Steering Group (KSG), an independent body")
		return orgCand{}, false // a body of its own: "KDB Climate Fund" (not its steering group: "the KULC Steering Group")
	}
	for _, x := range t.entitiesByAcronym(toks[i].Text) {
		e := &t.a.Entities[x]
		if e.Kind != entities.Organization || e.Tokens.End > c.first && e.Tokens.First < c.end {
			continue
		}
		if bodyHeadWord(toks[e.Tokens.End-1].Text) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
		return orgCand{}, false
	}
	return orgCand{}, false
}

// governanceUnit reports a body's own governing unit ending at token end:
// "Steering Group", "Steering Committee", "Advisory Board", "Working
// Group", "Executive Committee".
func governanceUnit(toks []entities.Token, end int) bool {
	if end < 2 {
		return false
	}
	switch toks[end-1].Text {
	case "Group", "Committee", "Board", "Council":
		switch toks[end-2].Text {
		case "Steering", "Advisory", "Working", "Executive", "Management", "Governing", "Scientific", "Programme", "Program":
			return true
		}
	}
	return false
}

// bodyAfterUnit returns the body named right after a unit and "at" or
// "of": "the Sleep Medicine Unit at Kelby Children's Hospital" gives the
// hospital; false when no body that is no unit follows.
func (t *Tracker) bodyAfterUnit(c orgCand) (orgCand, bool) {
	toks := t.a.Tokens
	if c.end < 1 || c.end+1 >= len(toks) || !(toks[c.end].Is("at") || toks[c.end].Is("of")) {
		return orgCand{}, false
	}
	_, firstUnit := entities.OrgHead(toks[t.nameStart(c)].Text) // a unit named head first: "the Faculty of Social Welfare at Kelvo University"
	if h, unit := entities.OrgHead(toks[c.end-1].Text); !(h && unit || c.unit || firstUnit) {
		return orgCand{}, false
	}
	a := c.end + 1
	if toks[a].Is("the") && a+1 < len(toks) {
		a++
	}
	e := t.a.EntityAt(a)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != a {
		return orgCand{}, false
	}
	if _, unit := entities.OrgHead(toks[e.Tokens.End-1].Text); unit {
		return orgCand{}, false
	}
	return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
}

// bodyAtAfter returns the body that "at" names right after the body c
// named after a person's name, the larger body c is part of: "Kelvo
// University" of "Jane Roe of the Department of Soil Science at Kelvo
// University, the study's lead author" (not a unit of it: "at the
// Kelvo Lab"). Only a unit named head first counts: "the Centre for
// Energy Justice at the University of Kelvale" speaks as the centre.
func (t *Tracker) bodyAtAfter(c orgCand) (orgCand, bool) {
	toks := t.a.Tokens
	a := c.end + 1
	if c.end >= len(toks) || !toks[c.end].Is("at") || a >= len(toks) || !academicUnit(toks[t.nameStart(c)].Text) {
		return orgCand{}, false
	}
	if toks[a].Is("the") && a+1 < len(toks) {
		a++
	}
	e := t.a.EntityAt(a)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != a || e.Unit {
		return orgCand{}, false
	}
	if _, unit := entities.OrgHead(toks[e.Tokens.End-1].Text); unit || !seatOfLearning(e) {
		return orgCand{}, false
	}
	return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
}

// seatOfLearning reports a university's, college's, institute's or
// hospital's name, or letters the text expands to one: the body a
// department is part of, not a place one works at ("the Department of
// State at the United Nations", "… at the Kelvo Economic Forum").
func seatOfLearning(e *entities.Entity) bool {
	name := e.Text + " " + e.Expansion
	for _, w := range [...]string{"University", "College", "Institute", "Hospital", "Polytechnic", "Academy", "School"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// nameStart returns the first token of a candidate's name, past its
// article: "Price" of "the Price Statistics Department".
func (t *Tracker) nameStart(c orgCand) int {
	if c.first < c.end && isArticle(t.a.Tokens[c.first].Text) {
		return c.first + 1
	}
	return c.first
}

// unitOfTitle reports a unit named after a post and "of the": "Director
// of the Price Statistics Department", where the unit is surely the
// issuer's even when the issuer is only the body the text names most.
func (t *Tracker) unitOfTitle(c orgCand) bool {
	toks := t.a.Tokens
	i := t.nameStart(c)
	return i >= 3 && toks[i-1].Is("the") && toks[i-2].Is("of") && titleAtTok(toks, i-3)
}

// commonUnit reports a unit's name in capitalized common words alone,
// ending in a unit's head: "the Price Statistics Department", "Household
// Survey Division", "Crisis Management and Disaster Prevention Division",
// a headquarters ("Climate and Environment Headquarters") or a function's plural: "Transit Services", "Public Affairs" (not "Department of Water and Sanitation", a body of
// its own; not "Kelby Police Division", which a name opens).
func (t *Tracker) commonUnit(c orgCand) bool {
	toks := t.a.Tokens
	i := t.nameStart(c)
	if c.end-i < 2 || i > 1 && toks[i-1].Kind == entities.Possessive && !t.issuerWord(toks[i-2].Text) {
		return false // (another's unit: "the city's Culture and Tourism Department", not "the Bureau's" in the Bureau's release)
	}
	if t.ownBoard(c) {
		return true
	}
	if c.end-i >= 4 && toks[i].Is("Management") && toks[i+1].Is("Board") && toks[i+2].Is("for") {
		return true // the organ and the member's portfolio on it: "Vice-President of the Management Board for Finance" (a supervisory board "for" a field may be a regulator)
	}
	owned := i > 1 && toks[i-1].Kind == entities.Possessive && t.issuerWord(toks[i-2].Text) // the issuer's own, by its head word: "the hospital's"
	end := c.end
	if k := t.placeTail(i, end); k > i+1 && t.issuer.Name != "" {
		end = k // a local branch: "the Economic and Financial Police Unit of Palermo", "the Provincial Command of Palermo"
	}
	switch toks[end-1].Text {
	case "Department", "Division", "Section", "Unit", "Team", "Branch", "Body", "Services", "Operations", "Affairs", "Relations", "Headquarters", "Center", "Centre":
	case "Command":
		if end == c.end {
			return false // a command named by its place first is a body: "Ogun State Police Command"
		}
	default:
		return false
	}
	for k := i; k < end; k++ {
		w := toks[k].Text
		if toks[k].IsUpper() && len(w) >= 2 && len(w) <= 6 && k+1 < end {
			continue // a sector's initials: "the WASH Unit"
		}
		if (w == "and" || w == "&") && k > i && k+1 < end {
			continue // two fields: "Crisis Management and Disaster Prevention Division"
		}
		if !toks[k].IsCap() || !(entities.CommonOrPlural(w) || entities.DerivedWord(w) || owned) || entities.ProperWord(w) || entities.IsPlace(w) { // (a plural too: "Traffic and Patrols Department"; any field of the issuer's own unit: "the hospital's Fetal Medicine Unit")
			return false
		}
	}
	return true
}

// placeTail returns where "of" and a place that ends the run [i, end)
// start ("of Palermo" of "Provincial Command of Palermo"), or end.
func (t *Tracker) placeTail(i, end int) int {
	toks := t.a.Tokens
	for k := end - 2; k > i; k-- {
		if toks[k].Is("of") {
			if p := t.text[toks[k+1].Start:toks[end-1].End]; t.placeNamed(p) && !countryOrGovernment(p) {
				return k
			}
			return end
		}
		if !toks[k+1].IsCap() {
			return end
		}
	}
	return end
}

// countryOrGovernment reports a country ("Georgia" of "the Roads
// Department of Georgia", a national body of its own) or a place named
// with its government's word ("Kurashiki City"), whose unit is the
// place's.
func countryOrGovernment(p string) bool {
	if _, ok := entities.Country(p); ok {
		return true
	}
	f := strings.Fields(p)
	return len(f) > 1 && placeHead(f[len(f)-1])
}

// placeNamed reports a name the lists or the text give as a place
// ("Palermo" of "in Palermo").
func (t *Tracker) placeNamed(name string) bool {
	if entities.IsPlace(name) {
		return true
	}
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Place && e.Text == name {
			return true
		}
	}
	return false
}

// ownBoard reports the board every body has, named by its members ("the
// Board of Trustees", "Board of Directors") or as an organ it governs
// itself by ("the Management Board", "the Supervisory Council").
func (t *Tracker) ownBoard(c orgCand) bool {
	toks := t.a.Tokens
	i := t.nameStart(c)
	if c.end-i == 3 && toks[i].Is("Board") && toks[i+1].Is("of") && ownBoards[toks[i+2].Text] {
		return true // "Chairman of the Board of Trustees"
	}
	return c.end-i == 2 && (toks[i+1].Is("Board") || toks[i+1].Is("Council")) && governingBoards[toks[i].Text] // a firm's own organ: "Chairman of the Management Board"
}

// ownBoards are the members a body's own board is named by ("Board of
// Trustees"); a county's "Board of Commissioners" is a body of its own.
var ownBoards = toSet(`Trustees Directors Governors Management`)

// governingBoards name the organs a body governs itself by before "Board"
// or "Council" ("Management Board", "Supervisory Council"); a "Tourism
// Board" is a body of its own.
var governingBoards = toSet(`Management Supervisory Executive Governing Administrative`)

// hasRank reports an academic rank in tokens [i, end): "professor".
func hasRank(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if entities.AcademicRank(toks[k].Text) {
			return true
		}
	}
	return false
}

// issuerWord reports a word of the issuer's name, in any case: "Mission"
// or "UNMISA" for "Kelvo Stabilization Mission (UNMISA)".
func (t *Tracker) issuerWord(w string) bool {
	for _, f := range strings.Fields(t.issuer.Name) {
		if strings.EqualFold(strings.Trim(f, "()"), w) {
			return true
		}
	}
	return false
}

// academicIssuer reports a release issued by a university or a college,
// whose academic units are its own: "Kelvo University", "Universidad de
// Kelvo", "Kelvo College".
func (t *Tracker) academicIssuer() bool {
	for _, w := range strings.Fields(t.issuer.Name) {
		if w == "College" || strings.HasPrefix(w, "Universi") {
			return true
		}
	}
	return false
}

// hospitalIssuer reports a release issued by a hospital: "Kelvo Teaching
// Hospital", "Kelvale General Hospital".
func (t *Tracker) hospitalIssuer() bool {
	for _, w := range strings.Fields(t.issuer.Name) {
		if strings.EqualFold(w, "Hospital") || strings.EqualFold(w, "Hospitals") {
			return true
		}
	}
	return false
}

// departmentAt reports an academic unit's name at token i: "the
// Department of Clinical Sciences", "Faculty of Law", "School of
// Biological Sciences", "Graduate School of Science" (a school or college
// of a field).
func (t *Tracker) departmentAt(i int) bool {
	toks := t.a.Tokens
	if i < len(toks) && toks[i].IsFold("the") {
		i++
	}
	if i+3 < len(toks) && toks[i].IsCap() && entities.CommonWord(toks[i].Text) && !entities.ProperWord(toks[i].Text) && (toks[i+1].Is("School") || toks[i+1].Is("College")) && !bodyHeadWord(toks[i].Text) {
		i++ // a school's kind: "Graduate School of Science" (not the body's head before it: "Kelvo University School of Law")
	}
	if i+2 >= len(toks) || !toks[i+1].Is("of") {
		return false
	}
	if toks[i].Is("School") || toks[i].Is("College") {
		return fieldAfter(toks, i+2) || entities.DisciplineRun(toks, i+2, len(toks)) // "School of Biological Sciences", "College of Pharmacy" (not "College of Charleston")
	}
	return academicUnit(toks[i].Text)
}

// fieldAfter reports a field of study from token k: capitalized common
// words, "and" between them, up to the first other word.
func fieldAfter(toks []entities.Token, k int) bool {
	n := 0
	for ; k < len(toks) && (toks[k].IsCap() || toks[k].Is("and")); k++ {
		w := toks[k].Text
		common := entities.CommonWord(w) && !entities.ProperWord(w) || entities.CommonWord(strings.TrimSuffix(w, "s")) // ("Sciences" is seen capitalized only)
		if toks[k].IsCap() && (!common || entities.IsPlace(w)) {
			return false
		}
		n++
	}
	return n > 0
}

// academicUnit reports the head of a university's or hospital's unit:
// "Department", "Division", "Section", "Faculty".
func academicUnit(w string) bool {
	switch w {
	case "Department", "Division", "Section", "Faculty":
		return true
	}
	return false
}

// academic reports a title with an academic rank in it: "professor and
// chair of the Department of Surgery", "lecturer in the Division of …".
func academic(toks []entities.Token, first, end int) bool {
	for k := first; k < end; k++ {
		if entities.AcademicRank(toks[k].Text) || toks[k].IsFold("chair") || toks[k].IsFold("dean") || academicRoles[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}

// academicRoles are the members of a department who hold no rank: "PhD
// student at the Department of Ecology", "researcher in the Department of
// Physics", "postdoctoral fellow".
var academicRoles = toSet(`student students researcher researchers postdoc postdoctoral doctoral fellow scientist candidate`)

// bodyHeadWord reports a word that heads a body of its own, no unit:
// "University", "Bank".
func bodyHeadWord(w string) bool {
	h, unit := entities.OrgHead(w)
	return h && !unit
}

// entitiesByAcronym returns the indexes, in text order, of the entities
// the text defines the letters acr for ("KDB" of "Kelvo Development Bank
// (KDB)"); the index is built once per text.
func (t *Tracker) entitiesByAcronym(acr string) []int {
	return remember(t, "entities by acronym", func() map[string][]int {
		m := map[string][]int{}
		for i := range t.a.Entities {
			if a := t.a.Entities[i].Acronym; a != "" {
				m[a] = append(m[a], i)
			}
		}
		return m
	})[acr]
}

// clinician reports a person the text styles or titles as one who treats
// patients or teaches medicine: "Dr.", "Prof.", a consultant, a surgeon.
func clinician(p *Speaker) bool {
	for _, w := range append([]string{p.Honorific}, p.Titles...) {
		l := strings.ToLower(w)
		for _, c := range [...]string{"dr", "prof", "consultant", "surgeon", "physician", "nurse", "matron"} {
			if strings.HasPrefix(l, c) || strings.Contains(l, " "+c) {
				return true
			}
		}
	}
	return false
}
