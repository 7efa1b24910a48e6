package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// What a clause after a name says about the person: the body after "of"
// or "from" ("Jane Roe of the Kelvale Institute"), and the roles and bodies
// a relative clause gives ("who will remain as a senior advisor", "who
// runs the Hill Street food bank", "who works nights at Kelvale Hospital",
// "who led the study"). parseContext (titles.go) reads the segments after
// a name and calls these.

// bodyAfterName returns the organization that "of", "from", "with" or
// "at" at token k puts right after a name: "Jane Roe of the Kelvale
// Institute", "John Doe from Acme Robotics", "Prof. Jane Roe at Kelvale
// University's Department of Biochemistry" (not a meeting's name). Only a body the recognizer took for an
// organization counts, and not a unit ("Jane Roe of the Budget
// Committee"): "Senator Roe of Ruritania" names a place, "the wife of John
// Doe of Acme" the body of Doe.
func (t *Tracker) bodyAfterName(k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if k+2 < end && toks[k].Is("in") {
		// "Professor Jane Roe in the University of Kelvale's Department of
		// Pharmacology": a body after "in", never a place
		a := k + 1 + btoi(toks[k+1].Is("the"))
		if e := t.a.EntityAt(a); e != nil && e.Tokens.First == a && e.Kind == entities.Organization {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
		return orgCand{}, false
	}
	if k+1 >= end || !(toks[k].Is("of") || toks[k].Is("from") || toks[k].Is("with") || toks[k].Is("at")) {
		return orgCand{}, false
	}
	a := k + 1
	if toks[a].Is("the") {
		a++
	}
	if toks[k].Is("of") && a > k+1 {
		j := a
		for j < end && j < a+3 && toks[j].Kind == entities.Word && (toks[j].IsLower() || entities.BasedIn(toks[j].Text)) && !orgPrepositions[toks[j].Text] {
			j++
		}
		if j > a && j < end && kindNouns[toks[j-1].Text] && toks[j].IsCap() {
			if re := t.capRunOrg(j, end); re > j {
				b := t.a.EntityAt(j)
				if b == nil || b.Kind != entities.Organization || b.Tokens.First != j || b.Tokens.End != re {
					b = nil // (a name the recognizer took for a person's)
				}
				return orgCand{first: j, end: re, e: b}, true // the body after its kind: "Jane Roe of the advocacy group Forum Petani Lestari"
			}
		}
	}
	e := t.a.EntityAt(a)
	if o := t.headNamed(k, a, end); o != nil {
		return orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}, true // "Tor Roe of the Directorate"
	}
	if e != nil && e.Tokens.First == a && e.Kind == entities.Person && (t.firmName(e) || e.Tokens.End == segmentEnd(toks, a, end) && t.firmPair(e)) {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End}, true // "Jane Roe of Sasa Equity Research", "… of Kelby Pictures"
	}
	if e != nil && e.Tokens.First == a && e.Kind == entities.Place && toks[k].Is("of") && stateForm[toks[a].Text] {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // "President Jane Roe of the Republic of Kelvania": the state
	}
	if e != nil && e.Tokens.First == a && e.Kind == entities.Place {
		// a place's office named by its holder: "Jane Roe of the Kelvale
		// County Sheriff's Office"
		j := e.Tokens.End
		for j < end && j < e.Tokens.End+3 && toks[j].IsCap() && toks[j].Kind == entities.Word {
			j++
		}
		if j > e.Tokens.End && j+1 < end && toks[j].Kind == entities.Possessive && toks[j+1].Is("Office") {
			return orgCand{first: a, end: j + 2}, true
		}
	}
	if k+1 < a && toks[k].Is("of") {
		// a local authority named by its place and its kind in lower case:
		// "Landrätin Jane Roe of the Kelvberg district"
		j := a
		for j < end && j < a+3 && toks[j].IsCap() && toks[j].Kind == entities.Word {
			j++
		}
		if j > a && j < end && territoryNouns[toks[j].Text] && (j+1 == end || toks[j+1].Kind == entities.Punct || toks[j+1].IsLower()) {
			return orgCand{first: a, end: j + 1}, true
		}
	}
	if e == nil && toks[k].Is("of") && a+3 < end && toks[a].Is("Office") && toks[a+1].Is("of") && toks[a+2].Is("the") {
		// an office named by its holder's title: "Jane Roe of the Office
		// of the Prime Minister"
		j := a + 3
		for j < end && j < a+7 && toks[j].IsCap() && toks[j].Kind == entities.Word {
			j++
		}
		if j > a+3 && entities.IsTitleWord(toks[j-1].Text) {
			return orgCand{first: a, end: j}, true
		}
	}
	if e != nil && e.Tokens.First == a && e.Kind == entities.Place && toks[k].Is("of") {
		// a place's unit named after it: "Director Jane Roe of the Kelvo
		// Medicaid Fraud Control Unit (MFCU)", the state's unit
		if u := t.a.EntityAt(e.Tokens.End); u != nil && u.Kind == entities.Organization && u.Tokens.First == e.Tokens.End && u.Unit {
			return orgCand{first: a, end: u.Tokens.End}, true
		}
	}
	if e != nil && e.Tokens.First == a && e.Kind == entities.Organization && e.Unit {
		// "Dr. Jane Roe of the Sleep Medicine Unit at Kelby Children's
		// Hospital": the body the unit is in
		c := orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e, unit: true}
		if b, ok := t.bodyAfterUnit(c); ok {
			return b, true
		}
		if toks[k].Is("of") && (!t.commonUnit(c) && !toks[a].IsLower() && !entities.CommonOrPlural(toks[a].Text) || localOffice(toks, e.Tokens.First, e.Tokens.End) && !(e.Tokens.End < end && (toks[e.Tokens.End].Is("of") || toks[e.Tokens.End].Is("for"))) || // (not a body's office: "of the County Office of the Kelvo Red Cross")
			forceUnit(toks, e.Tokens.First, e.Tokens.End) && (e.Tokens.End >= end || !toks[e.Tokens.End].Is("of") && !toks[e.Tokens.End].Is("at"))) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // a unit a name opens, a body of its own: "Jane Roe of the Kelvo Fraud Control Unit"
		}
		return orgCand{}, false
	}
	if e == nil || e.Tokens.First != a || e.Kind != entities.Organization || e.Unit {
		return orgCand{}, false
	}
	if toks[k].Is("with") && e.Tokens.End < end {
		if n, _ := entities.TitleAt(toks, e.Tokens.End); n > 0 {
			return orgCand{}, false // another's post: "Jane Roe (centre) with KMO Director John Doe"
		}
		if p := t.a.EntityAt(e.Tokens.End + 1); toks[e.Tokens.End].Kind == entities.Possessive && p != nil && p.Kind == entities.Person && p.Tokens.First == e.Tokens.End+1 &&
			(p.Tokens.End >= end || !toks[p.Tokens.End].IsLower() || orgPrepositions[toks[p.Tokens.End].Text] || toks[p.Tokens.End].Is("and") || toks[p.Tokens.End].Is("on") || toks[p.Tokens.End].Is("in")) {
			return orgCand{}, false // another's body: "Jane Roe (centre) with Kelvo Bank’s John Doe" (not a lab named for its head: "with Kelvo University’s John Doe lab")
		}
	}
	if _, unit := entities.OrgHead(toks[a].Text); unit {
		if c, ok := t.bodyAfterUnit(orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}); ok {
			return c, true // a unit named head first, then its body: "Jane Roe of the Faculty of Social Welfare at Kelvo University"
		}
	}
	if x := e.Tokens.End; x+1 < end && toks[x].Is("at") && (toks[e.Tokens.First].Is("Department") || toks[e.Tokens.First].Is("Division") || toks[e.Tokens.First].Is("Clinic")) && e.Tokens.Len() >= 3 && toks[e.Tokens.First+1].Is("of") &&
		entities.DisciplineRun(toks, e.Tokens.First+2, e.Tokens.End) { // (a discipline's department, not a government's: "the Department of Veterans Affairs at Kelvo Medical Center")
		a := x + 1 + btoi(toks[x+1].Is("the"))
		if o := t.a.EntityAt(a); o != nil && o.Kind == entities.Organization && o.Tokens.First == a && academicOrMedical(o.Text) {
			return orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}, true // a hospital's or a university's department, then the body: "Jane Roe of the Department of Nephrology at Kelvo University Hospital" (not a ministry's department at a forum)
		}
	}
	if toks[k].Is("at") && (eventHead(toks[e.Tokens.End-1].Text) || venueHead(toks[e.Tokens.End-1].Text) && t.photoCaption(k)) {
		return orgCand{}, false // a meeting, not a workplace: "Jane Roe at the Kelvale Summit"; in a photo's caption a ground: "Jane Roe (centre) at Kelvo Oval. Photo: …" (not "track manager Jane Roe at the Kelvo Velodrome")
	}
	return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
}

// forceUnit reports a unit whose name holds the force or service it is
// part of, a body of its own in common words: "the Judicial Police
// Cybercrime Directorate", "the Coast Guard Search and Rescue Division".
func forceUnit(toks []entities.Token, first, end int) bool {
	for k := first; k < end-1; k++ {
		switch toks[k].Text {
		case "Police", "Guard", "Army", "Navy", "Customs", "Gendarmerie", "Prosecution":
			return k > first || end-first >= 3
		}
	}
	return false
}

// localOffice reports a local government's office named by its level and
// its business, words the unit heads' rule takes for a part of the
// issuer: "Chief District Officer Jane Roe of the District
// Administration Office", "of the Divisional Forest Office".
func localOffice(toks []entities.Token, first, end int) bool {
	if end-first < 2 || !toks[end-1].Is("Office") {
		return false
	}
	switch toks[first].Text {
	case "District", "Divisional", "Provincial", "County", "Municipal", "Upazila", "Tehsil", "Zonal", "Prefectural":
		return true
	}
	return false
}

// territoryNouns are the kinds of local authority a name before them in
// lower case makes a body of: "the Kelvberg district".
var territoryNouns = toSet(`district county municipality province canton prefecture`)

// stateForm are the words that open a state's formal name: "the Republic
// of Kelvania", "the Federal Democratic Republic of …", "the Kingdom of …".
var stateForm = toSet(`Republic Kingdom Federal Federation Commonwealth Principality Sultanate Emirate Grand`)

// eventHead reports the head of a meeting's name: "at the Kelvale Summit"
// says where one spoke, not whom one works for.
func eventHead(w string) bool {
	switch w {
	case "Conference", "Summit", "Forum", "Assembly", "Congress", "Convention", "Meeting", "Session", "Festival":
		return true
	}
	return false
}

// photoCaption reports token k in a photo's caption: its paragraph says
// where people stand ("(centre)", "(left)") or credits the photo ("Photo:
// …", "Picture: …").
func (t *Tracker) photoCaption(k int) bool {
	si := t.a.SentenceOf(k)
	if si < 0 {
		return false
	}
	para := t.a.Sentences[si].Paragraph
	for si > 0 && t.a.Sentences[si-1].Paragraph == para {
		si--
	}
	toks := t.a.Tokens
	for i := si; i < len(t.a.Sentences) && t.a.Sentences[i].Paragraph == para; i++ {
		s := &t.a.Sentences[i]
		for j := s.Tokens.First; j+1 < s.Tokens.End; j++ {
			switch {
			case (toks[j].Is("Photo") || toks[j].Is("Picture") || toks[j].Is("Image")) && toks[j+1].Is(":"),
				toks[j].Is("(") && (toks[j+1].IsFold("centre") || toks[j+1].IsFold("center") || toks[j+1].IsFold("left") || toks[j+1].IsFold("right") || toks[j+1].IsFold("pictured")):
				return true
			}
		}
	}
	return false
}

// contestHead reports the head of a contest's or a show's name: "Games"
// of "the Kelvo Games", "Cup", "Expo".
func contestHead(w string) bool {
	switch w {
	case "Games", "Cup", "Championship", "Championships", "Olympics", "Expo", "Fair", "Show", "Tournament":
		return true
	}
	return false
}

// venueHead reports the head of a sports ground's name: "Stadium" of
// "Kelvo Stadium", "Oval" of "Harbour Oval".
func venueHead(w string) bool {
	switch w {
	case "Stadium", "Oval", "Arena", "Velodrome", "Racecourse", "Speedway", "Raceway", "Showground", "Showgrounds":
		return true
	}
	return false
}

// forBody returns the body a sentence opens with, "For the Kelvale Bank,",
// "Speaking on behalf of the Group of Friends,", "Speaking for Viet Nam,",
// "Representing the Kelvo Liaison Office in Rivertown,"
// (a country), "At the Kelvale Museum," or
// "At the Kelvale Gallery in Rivertown,"
// (a workplace), before the titles and
// name that start at token k, perhaps with an attribution set off after
// it ("For Greenland, said …"): the body the person speaks for.
func (t *Tracker) forBody(k, sentStart int) (orgCand, bool) {
	toks := t.a.Tokens
	inserted := k-4 >= sentStart && (toks[k-1].Is("said") || toks[k-1].Is("says")) && toks[k-2].Is(",")
	if inserted {
		k-- // the attribution set off inside what it reports: "For Greenland, said Jane Roe, the problem is …"
	}
	if k-3 < sentStart || !toks[k-1].Is(",") {
		return orgCand{}, false
	}
	e := t.a.EntityAt(k - 2)
	if inserted && e != nil && e.Kind == entities.Place && e.Tokens.End == k-1 && e.Tokens.First == sentStart+1 && toks[sentStart].Is("For") && entities.IsPlace(e.Text) {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // a place the lists know, which she speaks for
	}
	if pl := e; pl != nil && pl.Kind == entities.Place && pl.Tokens.End == k-1 && pl.Tokens.First > sentStart+1 && toks[pl.Tokens.First-1].Is("in") {
		e = t.a.EntityAt(pl.Tokens.First - 2) // "At the Ferris Street Gallery in Detroit,"
		if e != nil && e.Tokens.End != pl.Tokens.First-1 {
			e = nil
		}
		if e != nil && e.Kind == entities.Organization {
			if a := e.Tokens.First - 1; a >= sentStart && (toks[a].IsFold("at") && t.mainClauseAt(a, sentStart) || a-1 >= sentStart && toks[a].IsFold("the") && toks[a-1].IsFold("at") && t.mainClauseAt(a-1, sentStart)) && t.workplace(e) { // (the sentence's "At …", after a dateline too; not a venue "Speaking at the launch at …")
				return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
			}
			c := orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}
			if o := t.a.EntityAt(c.first - 1); o != nil && o.Kind == entities.Organization && o.Tokens.End == c.first {
				c = orgCand{first: o.Tokens.First, end: c.end} // a known body's unit, as written: "the African Union Liaison Office"
			}
			if a := c.first - 1; a > sentStart && toks[a].IsFold("the") && a-1 == sentStart && toks[a-1].IsFold("representing") {
				return c, true // "Representing the Liaison Office in Kasimba,"
			}
		}
		return orgCand{}, false
	}
	if be := k - 1; be-4 > sentStart && acronymEnds(toks, be) {
		if b := t.a.EntityAt(be - 4); b != nil && b.Tokens.End == be-3 {
			e, k = b, be-2 // the body's letters after it: "Speaking on behalf of the Kelvo Youth Network (KYN), Jane Roe urged"
		}
	}
	if c, ok := t.spokenForRun(k-1, sentStart); ok && (e == nil || e.Kind == entities.Person && e.Tokens.Len() > 1 && e.Tokens.End == k-1) {
		return c, true
	}
	if e == nil || e.Kind != entities.Organization && !isCountry(e) || e.Tokens.End != k-1 {
		return orgCand{}, false
	}
	a := e.Tokens.First - 1
	if a >= sentStart && toks[a].IsFold("the") {
		a--
	}
	if a >= sentStart && toks[a].Is("of") && a-2 >= sentStart && toks[a-1].Is("behalf") && toks[a-2].IsFold("on") {
		a -= 2 // "(Speaking) on behalf of the Group of the European People's Party, Jane Roe said"
		if a-1 == sentStart && toks[a-1].IsFold("speaking") {
			a--
		}
	}
	if a-1 == sentStart && toks[a].Is("for") && toks[a-1].IsFold("speaking") {
		a-- // "Speaking for Viet Nam, Deputy Minister Jane Roe said"
	}
	if a != sentStart || !(toks[a].IsFold("for") || toks[a].IsFold("on") || toks[a].IsFold("speaking") || toks[a].IsFold("representing") || toks[a].IsFold("at") && e.Kind == entities.Organization && t.workplace(e)) {
		return orgCand{}, false
	}
	return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
}

// spokenForRun returns the capitalized words before the comma at token c
// that "Speaking for the", "Speaking on behalf of the" or "Representing
// the" opens the sentence with, a body whose name the recognizer did not
// take: "Speaking for the Arctic Expedition Cruise Operators, Executive
// Director Jane Roe said".
func (t *Tracker) spokenForRun(c, sentStart int) (orgCand, bool) {
	toks := t.a.Tokens
	st := c
	for st > sentStart && st > c-8 && toks[st-1].Kind == entities.Word && (toks[st-1].IsCap() || toks[st-1].IsUpper() || st < c && (toks[st-1].Is("of") || toks[st-1].Is("and") || toks[st-1].Is("for"))) {
		st--
	}
	for st < c && !toks[st].IsCap() && !toks[st].IsUpper() {
		st++
	}
	if c-st < 2 || st < sentStart+3 || !toks[st-1].Is("the") || commonNamed(toks, st, c) {
		return orgCand{}, false // (not a branch of government in common words: "Speaking on behalf of the Executive Branch, the Minister of …")
	}
	a := st - 2
	switch {
	case toks[a].Is("for") && a == sentStart+1 && toks[sentStart].IsFold("speaking"):
	case toks[a].Is("of") && a >= sentStart+3 && toks[a-1].Is("behalf") && toks[a-2].IsFold("on") && (a-3 == sentStart && toks[sentStart].IsFold("speaking") || a-2 == sentStart):
	case a == sentStart && toks[a].IsFold("representing"):
	default:
		return orgCand{}, false
	}
	return orgCand{first: st, end: c}, true
}

// commonNamed reports capitalized words [i, end) that are all common
// English words, no proper name among them: "Executive Branch".
func commonNamed(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if w := toks[k].Text; toks[k].Kind == entities.Word && !toks[k].IsLower() && (!entities.CommonWord(w) || entities.ProperWord(w)) {
			return false
		}
	}
	return true
}

// workplace reports a body one works at, not a meeting or an organ one
// speaks in: "At the Cape Ann Whaling Museum, curator Jane Roe said" (but
// "At the Security Council, Ambassador Jane Roe said").
func (t *Tracker) workplace(e *entities.Entity) bool {
	last := t.a.Tokens[e.Tokens.End-1].Text
	if eventHead(last) || last == "Council" || last == "Committee" || last == "Parliament" || last == "Senate" || last == "Commission" {
		return false
	}
	o, ok := entities.LookupOrg(e.Text)
	return !ok || o.PartOf == ""
}

// placeNoun are the common nouns that end the names of places.
var placeNoun = toSet(`Beach Springs Falls Heights Park Hills Valley Lake Bay Harbor Harbour Island Islands Point Rapids
Creek River Mountain Mountains Grove Gardens Village Junction Landing Ridge Crossing Station Coast Port Forest Fields Square
Street Avenue Road Hill Town City County`)

// ledStudy returns the role a relative clause gives in a study's
// release, "led the study" of "who led the study" ("who co-authored the
// paper", "who headed the research team"), as [start, end) tokens; [0, 0)
// when there is none.
func (t *Tracker) ledStudy(i, end int) (int, int) {
	toks := t.a.Tokens
	if end-i < 3 || end-i > 6 || !toks[i].Is("who") || !studyVerbs[toks[i+1].Text] {
		return 0, 0
	}
	for k := i + 2; k < end; k++ {
		if studyNouns[strings.ToLower(toks[k].Text)] {
			return i + 1, end
		}
	}
	return 0, 0
}

// roleVerbs are the verbs of a relative clause that state a post by what
// the person leads: "who chairs the Board of Health".
var roleVerbs = toSet(`chairs chaired co-chairs co-chaired heads headed leads led directs directed presides presided`)

// roleClause returns the clause after "who" at i that states a person's
// post by the body they lead, as a title: "who chairs the Board of
// Health" gives "chairs the Board of Health", "who chaired the governor's
// Workforce Task Force" its clause. The body must be named (a capitalized
// word), or be one the text named before ("who chairs the foundation"
// after "the Kelvo Family Foundation"); a role after "as" is servesAs's
// and runsBody's ("who leads Acme as Executive Vice President").
func (t *Tracker) roleClause(i, end int) (int, int) {
	toks := t.a.Tokens
	if end-i < 4 || end-i > 12 || !(toks[i].Is("who") || toks[i].Is("and")) || !roleVerbs[toks[i+1].Text] || toks[i+2].IsLower() && !isArticle(toks[i+2].Text) {
		return 0, 0 // (not "who leads in the polls")
	}
	named := false
	for k := i + 2; k < end; k++ {
		if k > i+3 && toks[k].IsLower() && relativeWord(toks[k].Text) {
			end = k // the body's own relative clause is no part of the post: "who led the University of Wessex team | that analysed the survey"
			break
		}
		switch {
		case toks[k].Is("as") || toks[k].Kind == entities.Word && toks[k].IsLower() && isVerbish(toks[k].Text) && t.a.EntityIndex(k) < 0:
			return 0, 0 // (not the "and" of a body's name: "the Senate Agriculture, Broadband and Rural Development Committee")
		case toks[k].Kind == entities.Word && toks[k].IsCap():
			named = true
		}
	}
	if !named {
		if _, ok := t.anaphoricOrg(i+2, end); !ok || end-i != 4 {
			return 0, 0 // (but a body named before: "who chairs the foundation")
		}
	}
	return i + 1, end
}

// isVerbish reports a lower-case word that makes the rest of a relative
// clause a second clause: "who chairs the board and said …".
func isVerbish(w string) bool {
	switch w {
	case "and", "said", "says", "told", "is", "was", "has", "had", "will", "would":
		return true
	}
	return false
}

var (
	studyVerbs = toSet("led co-led leads co-leads headed heads directed directs conducted authored co-authored coauthored designed ran")
	studyNouns = toSet("study research trial paper team project survey analysis work")
)

// servesVerbs are the verbs of a relative clause that gives a person's
// role after "as": "who will remain with the company as a senior advisor",
// "who led the study as principal investigator at the Kelvo Institute".
var servesVerbs = toSet(`serve serves served serving remain remains remained stay stays stayed act acts led leads`)

// servesAs returns the role a relative clause after a name gives after
// "as" ("who will remain with the company as a senior clinical advisor
// through June" gives "senior clinical advisor"), or [0, 0).
func (t *Tracker) servesAs(i, end int) (int, int) {
	toks := t.a.Tokens
	if end-i < 4 || !toks[i].Is("who") {
		return 0, 0
	}
	k := i + 1
	if toks[k].Is("will") || toks[k].Is("would") {
		k++
	}
	if k >= end || !servesVerbs[toks[k].Text] {
		return 0, 0
	}
	led := toks[k].Is("led") || toks[k].Is("leads")
	if led && (k+2 >= end || !toks[k+1].IsFold("the") || !studyNouns[toks[k+2].Text]) {
		return 0, 0 // one leads a study or a team as its post; not "who led the hospital as chief executive from 2009" (a past post), nor a body named: "who leads Prairie Shield as …"
	}
	for k < end && k < i+10 && !toks[k].Is("as") {
		k++
	}
	if k+1 >= end || !toks[k].Is("as") {
		return 0, 0
	}
	a := k + 1
	for a < end && isArticle(toks[a].Text) {
		a++
	}
	e := a
	for e < end && (toks[e].Kind == entities.Word || toks[e].Kind == entities.Possessive && e > a) && !toks[e].Is("through") && !toks[e].Is("until") && !toks[e].Is("for") && !(led && (toks[e].Is("before") || toks[e].Is("after") || toks[e].Is("from") || toks[e].Is("in") || toks[e].Is("since"))) && e-a < 8 {
		e++ // (a body's possessive too: "who serves as Kelvo’s President and Chief Executive Officer")
	}
	if x := t.a.EntityAt(e - 1); e > a && x != nil && x.Tokens.End > e && x.Tokens.End <= end && !x.Unit {
		e = x.Tokens.End // a body's name the bound cut: "as principal investigator at the Kelvo Institute of Child Nutrition"
	}
	if led {
		for x := a; x < e; x++ {
			if o := t.a.EntityAt(x); o != nil && o.Kind == entities.Organization && (eventHead(toks[o.Tokens.End-1].Text) || contestHead(toks[o.Tokens.End-1].Text)) {
				return 0, 0 // an event, no workplace: "who led the talks as chief negotiator at the Kelvo Ocean Summit"
			}
		}
	}
	if e > a && t.titleish(a, e) {
		return a, e
	}
	return 0, 0
}

// appointedVerbs put a person in a post: "who was appointed Chief
// Executive Officer in 2016".
var appointedVerbs = toSet(`appointed named elected promoted`)

// appointedAs returns the post a relative clause after a name says the
// person was put in or became, in capitals, up to a date's preposition or the
// clause's end ("who joined Kelvo as Chief Financial Officer in 2012 and
// was appointed Chief Executive Officer in 2016" gives "Chief Executive
// Officer"), or [0, 0).
func (t *Tracker) appointedAs(i, end int) (int, int) {
	toks := t.a.Tokens
	if end-i < 4 || !toks[i].Is("who") {
		return 0, 0
	}
	for k := i + 1; k+2 < end && k < i+16; k++ {
		became := k == i+1 && (toks[k].Is("became") || toks[k].Is("becomes")) // "who became Non-Executive Chair in September 2024"
		if !became && (!(toks[k].Is("was") || toks[k].Is("were")) || !appointedVerbs[toks[k+1].Text]) {
			continue
		}
		a := k + 2
		if became {
			a = k + 1
		}
		if toks[a].Is("as") {
			a++
		}
		if a < end && !toks[a].IsCap() {
			return 0, 0 // (no post in capitals: "was named a fellow", "was elected by members")
		}
		e := a
		for e < end && e-a < 8 && (toks[e].IsCap() || e > a && connectorWord(toks[e].Text) && !toks[e].Is("in") && !toks[e].Is("on") && !toks[e].Is("and") && e+1 < end && toks[e+1].IsCap()) {
			e++
		}
		if e < end && toks[e].Kind == entities.Possessive {
			return 0, 0 // another's post: "who became President Doe's closest adviser"
		}
		if e > a && t.titleish(a, e) && !t.namesPerson(a, e) {
			return a, e
		}
		return 0, 0
	}
	return 0, 0
}

// describedRole reads the relative clause [w, end) after a description
// in apposition, for the body the person leads or works at and the post it
// states: "Jane Roe, a grain farmer near Kelby who chairs the Kelby
// Growers Council, said" gives the title "chairs the Kelby Growers Council"
// and that council; "a nurse who heads the outreach unit at Kelvale
// Hospital" gives Kelvale Hospital. A body named before it wins, in the
// description [seg0, w) too: "a partner at Kelby Ventures who sits on
// Acme's board" speaks for Kelby Ventures.
func (t *Tracker) describedRole(p *Speaker, seg0, w, end int) {
	if a0, a1 := t.roleClause(w, end); a1 > a0 {
		t.addTitle(p, a0, a1)
	}
	if _, named := t.worksAt(seg0, w); named {
		return
	}
	if c, ok := t.runsBody(w, end); ok && t.apposOrg[p] == nil {
		t.apposOrg[p] = &c
	}
}

// onBehalfOf returns the body a relative clause after a name says the
// person acted for: "who signed the contract on behalf of the Kelvo
// Metropolitan Municipality" gives the municipality (an organization or
// a country the recognizer names, right after "on behalf of").
func (t *Tracker) onBehalfOf(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if i >= end || !toks[i].Is("who") {
		return orgCand{}, false
	}
	for k := i + 1; k+3 < end; k++ {
		if !toks[k].IsFold("on") || !toks[k+1].Is("behalf") || !toks[k+2].Is("of") {
			continue
		}
		b := k + 3
		if toks[b].IsFold("the") && b+1 < end {
			b++
		}
		if e := t.a.EntityAt(b); e != nil && e.Tokens.First == b && e.Tokens.End <= end && (e.Kind == entities.Organization || isCountry(e)) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
		return orgCand{}, false
	}
	return orgCand{}, false
}

// boardNouns are the bodies of a company or group a person sits on.
var boardNouns = toSet(`board council committee`)

// sitsOnBoard returns the body whose board a relative clause says the
// person sits on: "who sits on Kelby Dairy's board" and "who serves on the
// board of Kelby Dairy" give Kelby Dairy.
func (t *Tracker) sitsOnBoard(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if end-i < 5 || !(toks[i].Is("who") || toks[i].Is("and")) || !sitsVerbs[toks[i+1].Text] || !toks[i+2].Is("on") {
		return orgCand{}, false
	}
	k := i + 3
	if isArticle(toks[k].Text) && k+2 < end && boardNouns[toks[k+1].Text] && toks[k+2].Is("of") {
		st := k + 3 // "the board of Kelby Dairy"
		if re := t.capRunOrg(st, end); re > st {
			return t.runCand(st, re)
		}
		return orgCand{}, false
	}
	if re := t.capRunOrg(k, end); re > k && re+1 < end && toks[re].Kind == entities.Possessive && boardNouns[toks[re+1].Text] {
		return t.runCand(k, re) // "Kelby Dairy's board"
	}
	return orgCand{}, false
}

var sitsVerbs = toSet(`sits sat serves served`)

// relativeWord reports a relative pronoun in lower case, which ends the
// body a clause names: "the University of Wessex team | that analysed the
// survey".
func relativeWord(w string) bool { return w == "that" || w == "which" || w == "who" || w == "whose" }

// runsVerbs are the verbs of a relative clause that name the body a
// person leads: "who runs the Hill Street food bank".
var runsVerbs = toSet(`runs leads heads directs manages coordinates chairs founded co-founded oversees`)

// runsParticiples are the forms of runsVerbs after "has" or "had": "who
// has run the plant since 2015".
var runsParticiples = toSet(`run led headed directed managed coordinated chaired overseen founded co-founded`)

// worksVerbs say where a person works, in a relative clause: "who works
// nights at Kelvale Hospital".
var worksVerbs = toSet(`works worked volunteers volunteered teaches taught serves served practises practices studies covers follows tracks`)

// worksAt returns the body after "at", "for" or "with" in the rest of a
// relative clause [i, end): "(who works) nights on a surgical unit at
// Kelvale Valley's Dayton campus" gives "Kelvale Valley".
func (t *Tracker) worksAt(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	for k := i; k+1 < end && k < i+10; k++ {
		if !(toks[k].Is("at") || toks[k].Is("for") || toks[k].Is("with")) {
			continue
		}
		st := k + 1
		if isArticle(toks[st].Text) && st+1 < end {
			st++
		}
		re := t.capRunOrg(st, end)
		if re <= st {
			if c, ok := t.namedInParens(st, end); ok {
				return c, true // "who teaches piano at the conservatory (Kelvo Academy of Music)"
			}
			if c, ok := t.anaphoricOrg(k+1, min(k+3, end)); ok {
				return c, true // "who has worked at the cooperative since 2015", the cooperative named before
			}
			continue
		}
		if re == st+1 && re < end && toks[re].Kind == entities.Possessive {
			if o, amb := t.orgEndingIn(toks[st].Text); o != nil && !amb {
				// the body the text names in full: "at Ripon's Centre for
				// Health Policy" after "the University of Ripon"
				return orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}, true
			}
		}
		if c, ok := t.runCand(st, re); ok {
			return c, true
		}
		if e := t.a.EntityAt(st); e != nil && e.Tokens.First == st && e.Tokens.End == re && e.Kind == entities.Person && t.firmName(e) {
			return orgCand{first: st, end: re}, true // "who covers industrials for Dalmia Shroff Securities"
		}
		if re < end && toks[re].Kind == entities.Possessive {
			return orgCand{first: st, end: re}, true // a place or body's own: "Kelvale Valley's Dayton campus"
		}
	}
	return orgCand{}, false
}

// runsBody returns the body a relative clause after a name says the person
// leads: "who runs the Hill Street food bank in Swansea" gives "Hill Street
// food bank", a capitalized name and the common nouns after it, up to a
// preposition or the segment's end.
func (t *Tracker) runsBody(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if c, ok := t.sitsOnBoard(i, end); ok {
		return c, true
	}
	v := i + 1
	if v+1 < end && perfectAux(toks[v].Text) {
		v++ // "who has run …", "who has worked …"
	}
	if end-v >= 3 && (toks[i].Is("who") || toks[i].Is("and")) && worksVerbs[toks[v].Text] {
		return t.worksAt(v+1, end)
	}
	if end-v < 2 || !(toks[i].Is("who") || toks[i].Is("and")) || !(v == i+1 && runsVerbs[toks[v].Text] || v > i+1 && runsParticiples[toks[v].Text]) {
		return orgCand{}, false
	}
	st := v + 1
	article := isArticle(toks[st].Text)
	if article {
		st++
	}
	kindOfTwo := false // the name after a kind of two words ends at its last capitalized word
	if article && st+1 < end && toks[st].Kind == entities.Word && toks[st].IsLower() && toks[st+1].IsCap() && !orgPrepositions[toks[st].Text] {
		st++ // a kind before the name: "who leads the nonprofit Read Kelvale coalition"
	} else if article && st+2 < end && toks[st].Kind == entities.Word && toks[st].IsLower() && toks[st+1].Kind == entities.Word && toks[st+1].IsLower() && toks[st+2].IsCap() && !orgPrepositions[toks[st].Text] && !orgPrepositions[toks[st+1].Text] && (lowerHead(toks[st+1].Text) || toks[st+1].Is("group")) {
		st, kindOfTwo = st+2, true // a kind of two words: "who founded the parent group Slow Down Kelvale after the crash"
	}
	if article && st+1 == end && toks[st].IsLower() {
		if c, ok := t.anaphoricOrg(st-1, end); ok {
			return c, true // the body named before: "who chairs the foundation" after "the Kelvo Family Foundation"
		}
	}
	if article && st+2 < end && toks[st].IsLower() && toks[st+1].Kind == entities.Possessive && (toks[st+2].IsCap() || academicHead(toks[st].Text) && lowerUnit(toks, st+2, end) || chapterUnit(toks, st+2, end)) && t.oneHeadedBy(toks[st].Text) { // (not "the university's" where the text names two; a unit in lower case only of a seat of research, not "the centre's medical team", whose centre may be the issuer's)
		if c, ok := t.anaphoricOrg(st-1, st+1); ok {
			return c, true // its unit: "who leads the institute's Resource Circulation Laboratory" after "the Kelvo Institute of Materials Science", "who leads the university's basin modelling group"
		}
	}
	if st < end && toks[st].IsLower() {
		// a field of work, then the body: "who leads health economics
		// research at Kelvale's Centre for Health Policy"
		return t.worksAt(st, end)
	}
	if st >= end || !toks[st].IsCap() {
		return orgCand{}, false
	}
	e := st
	for e < end && toks[e].Kind == entities.Word && (!orgPrepositions[toks[e].Text] || (toks[e].Is("of") || toks[e].Is("for")) && e+1 < end && toks[e+1].IsCap()) && !toks[e].Is("in") && !toks[e].Is("and") && !toks[e].Is("as") && !relativeWord(toks[e].Text) && e-st < 8 &&
		!(kindOfTwo && toks[e].IsLower() && !(toks[e].Is("of") || toks[e].Is("for"))) {
		e++ // (a capitalized name goes on after "of": "the Board of Health")
	}
	if o := t.a.EntityAt(st); e < end && toks[e].Is(",") && o != nil && o.Kind == entities.Organization && o.Tokens.First == st && o.Tokens.End > e && o.Tokens.End <= end {
		e = o.Tokens.End // a name with commas: "who chairs the Senate Agriculture, Broadband and Rural Development Committee"
	}
	if c := st + 1; e-st >= 3 && teamNouns[toks[e-1].Text] {
		for c < e && !toks[c].IsLower() {
			c++
		}
		if o := t.a.EntityAt(st); c < e-1 && o != nil && o.Kind == entities.Organization && o.Tokens.First == st && o.Tokens.End == c {
			return orgCand{first: st, end: c, e: o}, true // a body's team: "who leads the Acme incident response team" speaks for Acme
		}
	}
	if !article && t.isPersonToken(st) && t.a.EntityAt(st).Tokens.Len() > 1 {
		// "who runs Jane Roe's campaign"; but "the Hill Street food bank" is
		// no person's, nor "Prairie Shield" of "Prairie Shield Insurance"
		if o := t.orgStartingWith(toks[st].Text); o != nil && strings.HasPrefix(o.Text, t.text[toks[st].Start:toks[e-1].End]+" ") {
			return orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}, true
		}
		if pe := t.a.EntityAt(st); pe.Tokens.End < len(toks) && toks[pe.Tokens.End].Kind == entities.Possessive || pe.Tokens.End != e {
			return orgCand{}, false
		}
	}
	if e == st {
		return orgCand{}, false
	}
	if e+2 < end && (toks[e].Is("for") || toks[e].Is("at")) && toks[e+1].IsFold("the") {
		if c, ok := t.anaphoricOrg(e+1, e+3); ok {
			return c, true // a unit or site, then its body named before: "who has run Upper Brannock for the cooperative"
		}
	}
	if e+2 < end && toks[e-1].IsLower() && (toks[e].Is("at") || toks[e].Is("of")) {
		// A unit named in part in lower case, then its body: "who heads the
		// Local Voices program at the foundation" (the foundation named
		// before), "… at Kelvo University".
		if c, ok := t.anaphoricOrg(e+1, end); ok {
			return c, true
		}
		if c, ok := t.worksAt(e, end); ok {
			return c, true
		}
	}
	if x := t.a.EntityAt(st); x != nil && x.Kind == entities.Organization && x.Tokens.First == st && x.Tokens.End == e {
		return orgCand{first: st, end: e, e: x}, true
	}
	return orgCand{first: st, end: e}, true
}

// isCountry reports a place the lists know as a country, which a delegate
// speaks for: "Speaking for Viet Nam, Deputy Minister Jane Roe said".
func isCountry(e *entities.Entity) bool {
	if e.Kind != entities.Place {
		return false
	}
	_, ok := entities.Country(e.Text)
	return ok
}

// academicHead reports the head of a seat of learning and research:
// "university", "institute", "college", "academy".
func academicHead(w string) bool {
	switch w {
	case "university", "institute", "college", "academy":
		return true
	}
	return false
}

// lowerUnit reports up to four lower-case words from token k that end in a
// unit's noun and the clause: "basin modelling group", "medical team"
// (not one led for another body: "the university's modelling project for
// the ministry", "… group on behalf of Kelvo Steel").
func lowerUnit(toks []entities.Token, k, end int) bool {
	return lowerUnitIn(toks, k, end, 4, researchUnits, false)
}

// researchUnits are the units of a seat of research: lowerUnit.
var researchUnits = toSet(`group team lab laboratory unit department programme program project division centre center clinic ward`)

// localUnits are a body's local units: chapterUnit.
var localUnits = toSet(`chapter branch wing section cell local`)

// lowerUnitIn reports words in lower case from token k, at most n, that
// end in one of units, then the end, punctuation or (where placeAfter)
// "in" and a place.
func lowerUnitIn(toks []entities.Token, k, end, n int, units map[string]bool, placeAfter bool) bool {
	for j := k; j < end && j < k+n && toks[j].IsLower() && toks[j].Kind == entities.Word; j++ {
		if units[toks[j].Text] {
			return j+1 == end || toks[j+1].Kind == entities.Punct || placeAfter && toks[j+1].Is("in")
		}
	}
	return false
}

// chapterUnit reports a body's local unit in lower case from token k,
// perhaps with its place after "in": "northern chapter in Maiduguri" of
// "who leads the movement's northern chapter in Maiduguri".
func chapterUnit(toks []entities.Token, k, end int) bool {
	return lowerUnitIn(toks, k, end, 3, localUnits, true)
}

// oneHeadedBy reports that the text names one organization headed by the
// word w, or several with one name ("Kelvo University" twice), not two
// ("Kelvo University" and "Orrin University").
func (t *Tracker) oneHeadedBy(w string) bool {
	return t.oneOrg("headed:"+strings.ToLower(w), func(e *entities.Entity) bool { return t.headedBy(e, w) }) != nil
}

// academicOrMedical reports a university's, a college's or a hospital's
// name, whose departments are its units: "Kelvo University Hospital",
// "Universitätsklinikum Kelvohessen".
func academicOrMedical(name string) bool {
	for _, w := range strings.Fields(name) {
		if strings.HasPrefix(w, "Universit") || strings.HasSuffix(w, "klinikum") || strings.HasPrefix(w, "Klinik") {
			return true
		}
		switch w {
		case "College", "Hospital", "Clinic", "Medical", "Institute", "School", "Polytechnic", "Academy":
			return true
		}
	}
	return false
}

// KindNoun reports a body's kind in lower case before its name: "group"
// of "the advocacy group Forum Petani Lestari", "charity" of "the charity
// Hearth".
func KindNoun(w string) bool { return kindNouns[w] }

var kindNouns = toSet(`group coalition union charity network alliance association organisation organization foundation nonprofit company firm cooperative society movement campaign collective`)
