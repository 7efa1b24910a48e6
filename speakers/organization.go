package speakers

import (
	"iter"
	"slices"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The organization a person speaks for, chosen when the tracker has read
// every mention (finishPerson): the country a representative represents
// ("Permanent Representative of Ruritania"), a party in parentheses
// ("(S&D, DE)"), the organization set off after the titles ("…, CFO, Acme
// Inc."), the strongest body the current titles name ("Director of the Unit
// at the Kelvale Institute"), the chamber of a member of Congress, or the
// issuer of the release ("said Jane Roe, CFO").

// orgShaped reports a run that reads as an organization's name on its
// own: it has a legal suffix or an organization's head ("Zentrix Robotics,
// Inc.", "Kelvale Institute"), or a word in capitals or one the lists
// know only as a name; not a field in common words ("Plastic and
// Reconstructive Surgery").
func (t *Tracker) orgShaped(i, end int) bool {
	toks := t.a.Tokens
	for k := i; k < end; k++ {
		w := toks[k].Text
		if isCorpSuffix(w) || toks[k].IsUpper() && len(w) > 1 || entities.ProperWord(w) {
			return true
		}
		if head, _ := entities.OrgHead(w); head && k == end-1 {
			return true
		}
	}
	return false
}

// staffHeads are the heads of posts held in an organization's staff, for
// which a region before them names the territory covered ("Asia
// Director", "Africa Correspondent"), unlike a governing post, which the
// region's government holds ("Kelvo Province Governor").
var staffHeads = toSet(`director manager coordinator editor correspondent officer lead head economist analyst organiser organizer
adviser advisor specialist researcher campaigner spokesperson spokesman spokeswoman representative`)

// fieldLetters are the letters of fields a post is "for", never a body's:
// "ICT", "HR", "STEM".
var fieldLetters = toSet(`ICT IT HR STEM ESG AI TVET WASH MSME MSMEs SME SMEs`)

// functionLetters are the letters of a company's functions, never a
// body's: "head of HR", "an IT professional".
var functionLetters = toSet(`ICT IT HR`)

// representative heads name the country or body a person represents:
// "Permanent Representative of Sweden to the OSCE" speaks for Sweden.
var representative = map[string]bool{"representative": true, "ambassador": true, "envoy": true, "delegate": true, "consul": true, "emissary": true}

// representsPlace reports a place at token first after a representative's
// title and "of" (or "of the"): "Permanent Delegate of the Republic of the
// Marshall Islands", "Ambassador of Ruritania", "High Commissioner of
// Kelvania", "Prime Minister of Kelvania".
func (t *Tracker) representsPlace(first int) bool {
	toks := t.a.Tokens
	k := first - 1
	if k > 0 && toks[k].Is("the") {
		k--
	}
	if k < 1 || !toks[k].Is("of") {
		return false
	}
	if representative[strings.ToLower(toks[k-1].Text)] || k >= 2 && toks[k-1].Is("Commissioner") && toks[k-2].Is("High") && !(k >= 4 && toks[k-3].Is("the") && toks[k-4].IsLower()) {
		return true // (a Commonwealth country's envoy: "High Commissioner of Kelvania to Sarnia"; not another's named in the title's words: "wife of the High Commissioner of …", "welcoming the High Commissioner of …")
	}
	// A head of state or government speaks for the state: "Prime Minister
	// of Saint Vincent and the Grenadines", "President of Kelvania".
	head := toks[k-1].Text
	if head == "Minister" && k >= 2 && toks[k-2].Is("Prime") || head == "President" || head == "Premier" {
		return true
	}
	// A minister's portfolio, then the country: "Minister for Foreign
	// Affairs and Trade of Kelvania" speaks for Kelvania.
	for j := k - 1; j > 0 && j >= k-9; j-- {
		if (toks[j].Is("for") || toks[j].Is("of")) && toks[j-1].Is("Minister") {
			e := t.a.EntityAt(first)
			if e == nil || e.Kind != entities.Place {
				return false
			}
			_, country := entities.Country(e.Text)
			return country
		}
		if !(toks[j].IsCap() || toks[j].Is("and") || toks[j].Is(",") || toks[j].Is("the")) {
			return false
		}
	}
	return false
}

// envoysHost reports a body at token k after an envoy's post and "to"
// ("Ambassador to ASEAN", "Permanent Representative to the OSCE"): the
// body that receives the envoy, not the one that sends it.
func (t *Tracker) envoysHost(k int) bool {
	toks := t.a.Tokens
	lo := k - 14
	for k > 0 && k > lo {
		if toks[k-1].IsFold("the") {
			k--
			continue
		}
		if k >= 2 && toks[k-1].Is("to") && (envoyPosts[strings.ToLower(toks[k-2].Text)] || t.envoyBodyEndsAt(k-1)) {
			return true
		}
		if !(toks[k-1].Is("to") || toks[k-1].Is("and") || toks[k-1].IsCap()) {
			return false
		}
		k-- // a host coordinated with one before: "to Zambia and COMESA", "to Ethiopia and to the African Union"
	}
	return false
}

// envoyBodyEndsAt reports the name of a body that sends a delegation
// ending at token k: "European Union" of "the Delegation of the European
// Union to Ethiopia".
func (t *Tracker) envoyBodyEndsAt(k int) bool {
	toks := t.a.Tokens
	e := t.a.EntityAt(k - 1)
	if e == nil || e.Kind != entities.Organization || e.Tokens.End != k {
		return false
	}
	j := e.Tokens.First
	if envoyBodyWord(toks[j].Text) && j+1 < k && toks[j+1].Is("of") {
		return true // the delegation named whole: "Delegation of the European Union"
	}
	if j > 0 && toks[j-1].IsFold("the") {
		j--
	}
	return j >= 2 && toks[j-1].Is("of") && envoyBodyWord(toks[j-2].Text)
}

// envoyBodyWord reports the head of a body one state or organization
// keeps in another (entities.EnvoyBody: "Delegation", "Mission",
// "Embassy"), or an "Office" it keeps there.
func envoyBodyWord(w string) bool { return entities.EnvoyBody(w) || w == "Office" }

// finishPerson chooses the organization a person speaks for and their
// affiliations, from the titles gathered over all mentions: the
// country a representative represents, else the last body a current title
// names, else the issuer of the release when the person has a current
// title that names none ("said Jane Roe, CFO").
func (t *Tracker) finishPerson(p *Speaker) {
	p.Titles = uniqueTitles(p.Titles)
	var chosen *orgCand
	repFound, current := false, false
	var orgs []orgCand
	best, bestTitle := 0, -1 // the strength of chosen, and the title it is in
	bare := t.issuer.Name != "" && t.barePost(p)
	var titleOffice Org // the office a title names: "Minister of Mines of the Republic of Kelvania", "Regional Delegate of …" and "the Delegation"
	for ti, tl := range t.titleOf[p] {
		if tl.credential {
			continue // "MD" is a degree, not Maryland
		}
		cands := t.titleOrgs(tl.first, tl.end)
		if bare && t.a.Tokens[tl.first].IsFold("member") {
			// "Chief Observer Jane Roe, Member of the European Parliament"
			// in the mission's release: the post is the issuer's, the
			// membership an affiliation
			for i := range cands {
				orgs = append(orgs, cands[i])
				p.Affiliations = appendOrg(p.Affiliations, t.candOrg(cands[i]))
			}
			continue
		}
		for i := range cands {
			c := &cands[i]
			if c.end-c.first == 1 && (c.first > 0 && t.a.Tokens[c.first-1].Is("for") && fieldLetters[t.a.Tokens[c.first].Text] || functionLetters[t.a.Tokens[c.first].Text]) {
				continue // a field's letters, no body: "Minister for ICT", "CECM for ICT", "head of HR", "an IT professional" (but "secretary general of AI, the rights group")
			}
			if c.e != nil && c.e.Kind == entities.Place && c.first > tl.first && t.a.Tokens[c.first-1].Is(",") && t.regionNotCountry(c.first, c.end) && !placeHead(t.a.Tokens[c.end-1].Text) {
				continue // a region set off in the title is the post's territory, no body: "Vice President, South America" (but a polity is one: "Commissioner for Energy, Kelvo State")
			}
			if c.e != nil && c.e.Kind == entities.Place && c.first == tl.first && c.end < tl.end && t.issuer.Name != "" && t.regionNotCountry(c.first, c.end) &&
				staffHeads[strings.ToLower(t.a.Tokens[tl.end-1].Text)] {
				continue // a region before a staff post is its territory: "Asia Director" speaks for the issuer
			}
			orgs = append(orgs, *c)
			if tl.former || repFound || roleVerbs[t.a.Tokens[tl.first].Text] && !t.teamAfter(*c, tl) {
				continue // (the body a clause says one chairs is an affiliation: "who chaired the governor's Task Force"; but one leads one's own body's team: "who led the University of Wessex team")
			}
			if c.first >= tl.first+2 && t.a.Tokens[c.first-1].Is("of") && entities.IsTitleWord(t.a.Tokens[c.first-2].Text) && entities.DisciplineRun(t.a.Tokens, c.first, c.end) {
				continue // the post's field, no body: "Head of Pediatric Cardiac Surgery", "Director of Cardiology"
			}
			if t.fieldAfterPossessor(tl, *c) {
				continue // after a body's possessive, the post's field or unit, no body: "ENRA's Director of Networks", "Kelvo's Director of Network and IT"
			}
			if c.first >= tl.first+2 && t.a.Tokens[c.first-1].Is("for") && ministerWord(t.a.Tokens[c.first-2].Text) && c.e != nil && c.e.Kind == entities.Organization && c.e.Rule == "gazetteer" && !anyOrgHead(t.a.Tokens, c.first, c.end) {
				continue // a portfolio the lists know as a body's short name: "Commissioner for Homeland Security"
			}
			if c.first > tl.first && t.a.Tokens[c.first-1].Is("/") {
				continue // the second body of a joint post, an affiliation: "PAHO/WHO Representative"
			}
			if c.first >= 1 && withinBefore(t.a.Tokens, c.first) && !isOrgHead(t.a.Tokens[c.end-1].Text) {
				continue // "within" a document, an event or a place, no body: "adviser within the Kelvo Peace Agreement", "a teacher within the Kelvo Hills Refugee Settlement" (but "within the Ministry")
			}
			if studiedAt(t.a.Tokens, tl.first, c.first) {
				continue // where a degree was earned, not the employer: "a mining engineer with a doctorate in rock mechanics from the University of Kelvo"
			}
			if t.portfolioItem(tl, *c) {
				continue // a body a minister answers for, in her portfolio's list: "Minister of Fisheries, Oceans and the Kelvo Coast Guard"
			}
			if i > 0 && t.envoysHost(c.first) {
				continue // the host of an envoy the body before sends: "European Union Ambassador to ASEAN"
			}
			if c.e != nil && c.e.Kind == entities.Place && t.representsPlace(c.first) {
				chosen, repFound = c, true
				continue
			}
			// The strongest body of the first title that names one; within
			// a title, the last: "Director of the Unit at the Agency".
			if s := t.strength(*c); s > best || s == best && ti == bestTitle && !(chosen != nil && t.siteAfterBody(*chosen, *c)) || s == best && chosen != nil && guessedName(chosen) && namedBody(c) {
				chosen, best, bestTitle = c, s, ti // (a later title's body named in full beats a one-word name the recognizer only guessed was one: "Chief Fisherman of Elmina and Vice President of the Kelvo Canoe Fishermen Council")
			}
		}
		if !tl.former && !roleVerbs[t.a.Tokens[tl.first].Text] && !t.ownRoleTitle(tl) && !(tl.signed && !entities.IsTitleWord(t.a.Tokens[tl.end-1].Text)) {
			current = true // (not a testimonial's description with no post: "pilot program participant")
		}
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Place && t.party[p] == nil {
		if o := t.postOffice(p); o.Name != "" {
			// "the Regional Delegate of Education for the North-West" where
			// the text names "the Delegation": the post's office, not the
			// region it serves
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
			chosen, repFound, titleOffice = nil, false, o
		}
	}
	if chosen == nil && !current && !repFound {
		// the body a clause says one chairs, for one with no post besides:
		// "Jane Roe, who chairs the advisory panel of Kelvo Advocates"
		for _, tl := range t.titleOf[p] {
			if tl.former || !roleVerbs[t.a.Tokens[tl.first].Text] {
				continue
			}
			for _, c := range t.titleOrgs(tl.first, tl.end) {
				if c.e == nil || c.e.Kind != entities.Place {
					chosen = &c
				}
			}
		}
	}
	if party := t.party[p]; party != nil && !repFound && chosen == nil && t.councillor(p) && t.councilIssuer() {
		// "Councillor Jane Roe (Con)" in a council's release: the council
		// she sits on speaks for her; the party is an affiliation
		p.Affiliations = appendOrg(p.Affiliations, t.fullOrg(party))
	} else if party != nil && !repFound {
		// "Ismail Ertug (S&D, DE)": the party or group speaks for them.
		if chosen != nil {
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		}
		chosen = &orgCand{first: party.Tokens.First, end: party.Tokens.End, e: party}
		p.Affiliations = dropOrg(p.Affiliations, t.fullOrg(party))
	}
	if ao := t.apposOrg[p]; ao != nil && !repFound && t.party[p] == nil {
		chosen = ao // "…, Vice President, Acme Robotics, Inc."
		orgs = append(orgs, *ao)
	}
	if sf := t.speakingForOpener(p); sf != nil && !repFound && t.party[p] == nil && (chosen == nil || chosen.e != nil && chosen.e.Kind == entities.Place) {
		if chosen != nil {
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		}
		chosen = sf // "Speaking on behalf of the Executive Director of UNEP, the Regional Director for Africa, Ms. Jane Roe, said" (not over a body her own title names)
		orgs = append(orgs, *sf)
	}
	if c := t.country[p]; c != nil && chosen != nil && !repFound && t.party[p] == nil && t.namesOrgan(*chosen) {
		// "the President of the Council, JANE ROE (Kelvania)": in the
		// organ's own coverage, the member speaks for her country; the
		// organ she presides is an affiliation
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		chosen = nil
	}
	if chosen == nil && !repFound && t.party[p] == nil && !mandateHolder(p) && !t.judge(p) {
		c := t.country[p]
		if c == nil {
			c = t.representedCountry(p)
		}
		if c != nil {
			chosen = &orgCand{first: c.Tokens.First, end: c.Tokens.End, e: c}
		}
	}
	if chosen != nil && !repFound && t.departmentAt(chosen.first) {
		if c, ok := t.parentInRun(*chosen); ok {
			chosen = &c // "associate professor at the School of Public Health of Kelby University": the university
		}
	} else if chosen != nil && !repFound {
		if c, ok := t.bodyBeforeUnit(*chosen); ok {
			chosen = &c // "assistant professor at the KU Department of Physics": Kelvo University (KU)
		} else if c, ok := t.bodyOfLettersUnit(*chosen); ok {
			chosen = &c // "Manager of the IsDB Regional Hub": the Islamic Development Bank (IsDB)
		}
	}
	unitTitle := bestTitle
	if unitTitle < 0 && chosen != nil && chosen == t.apposOrg[p] && len(t.titleOf[p]) > 0 && (t.academicIssuer() || t.hospitalIssuer() && t.departmentAt(chosen.first) && clinician(p)) {
		unitTitle = 0 // the unit after the name, in a university's release: "Associate Professor Jane Roe of the Department of Geophysics"; a clinician's department set off after the post in a hospital's release: "Dr. Jane Roe, Head, Department of Paediatric Cardiac Surgery" (not a state official's: "Principal Secretary, Department of Health")
	}
	if chosen != nil && (chosen.unit || t.departmentAt(chosen.first)) && !repFound && t.party[p] == nil && unitTitle >= 0 && t.plainUnit(p, t.titleOf[p][unitTitle], chosen.first) &&
		(t.issuer.Name != "" || t.chamber(p).Name != "") {
		// A unit alone ("chair of the Department of Surgery", "member of the
		// Senate Armed Services Committee") belongs to the member's chamber
		// or the release's issuer; the unit is an affiliation.
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		chosen = nil
		current = true
	}
	issuersUnit := false
	var ownUnit Org // the issuer's own board her title names, which no other rule may make her body again
	if chosen != nil && !repFound && t.party[p] == nil && t.issuer.Name != "" && (!t.issuerByCount || t.unitOfTitle(*chosen)) && t.commonUnit(*chosen) {
		// "Director of the Price Statistics Department": a unit named by
		// common words is the issuer's; the unit is an affiliation
		if t.ownBoard(*chosen) && t.issuerInParagraph(p) {
			ownUnit = t.candOrg(*chosen) // (a unit of common words may be a body of its own that the paragraph is about: "The Customs Investigation Department said … Its director, Jane Roe, added"; and a board the paragraph names with no company may be another's: the target's in a bidder's release)
		}
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		issuersUnit = t.placeTail(t.nameStart(*chosen), chosen.end) < chosen.end // a local branch: no post of a body the text names
		chosen = nil
		current = true
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Place && !repFound && t.party[p] == nil && t.issuer.Name != "" && t.forPlace(chosen.first) && chosen != t.apposOrg[p] && !entities.LocalPostTerritory(t.a.Tokens, chosen.first, chosen.end) {
		// "Regional Humanitarian Coordinator for the Sahel": the territory
		// a post covers is no body; the post is the issuer's (but a local
		// government's post speaks for its district: "District
		// Commissioner for Kelvo")
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		chosen = nil
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Place && chosen.e.Rule == "seat" && !repFound && t.party[p] == nil {
		// "Kelvo North MP Jane Roe": a member's seat is no body; the
		// chamber speaks for her
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		chosen = nil
	}
	if chosen != nil && (chosen.e == nil || chosen.e.Kind == entities.Place) && !repFound && t.party[p] == nil && t.issuerGovernsPlace(t.candOrg(*chosen).Name) {
		// "Governor of Lower Ewaso County" in the release of the "County
		// Government of Lower Ewaso": the place's government, the issuer
		chosen = nil
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Organization && (chosen.e.Tokens.Len() == 1 || chosen.e.Tokens.Len() == 2 && levelGovernment[strings.ToLower(t.a.Tokens[chosen.e.Tokens.End-1].Text)] != "") &&
		chosen.end < len(t.a.Tokens) && publicOffices[strings.ToLower(t.a.Tokens[chosen.end].Text)] && !repFound && t.party[p] == nil { // (also "Kisumu County Governor" and "the County Government of Kisumu")
		if o := t.namedPlaceGovernment(p); o.Name != "" && governmentOfPlace(o.Name, chosen.e.Text) {
			chosen = nil // "Nakuru Governor" where the recognizer took the place for a body's first word ("Nakuru Traders Welfare Association"), and the text names "the County Government of Nakuru"
		}
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Place && !repFound && isCountry(chosen.e) && t.issuerIsPostsOffice(p) {
		chosen = nil // "U.S. Attorney Jane Roe" in the release of the "U.S. Attorney’s Office": the office, not the United States
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Place && !repFound && t.chamber(p).Name != "" {
		chosen = nil // "U.S. Senator Jane Roe": the Senate, not the United States
	}
	if chosen != nil && (chosen.e != nil && chosen.e.Kind == entities.Place || chosen.end < len(t.a.Tokens) && t.a.Tokens[chosen.end].Kind == entities.Possessive) && !repFound && t.party[p] == nil {
		if m := t.ministryOf(p); m.Name != "" {
			// "Kelvania's Minister of Health, Jane Roe" where the text names
			// "the Ministry of Health": the ministry; the country is an
			// affiliation
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
			chosen = nil
		} else if m := t.countryMinistry(p, *chosen); m.Name != "" {
			// "Minister of Mines of the Republic of Kelvania Jane Roe": the
			// country's ministry of the portfolio
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
			chosen, titleOffice = nil, m
		} else if o := t.officeNotIssuer(p); o.Name != "" && strings.Contains(o.Name, t.candOrg(*chosen).Name) {
			// "Wexbury County District Attorney Jane Roe" where the text
			// names "the Wexbury County District Attorney's Office": the
			// office of the post in the place speaks for her
			chosen = nil
		} else if o, name := t.namedPlaceGovernment(p), t.candOrg(*chosen).Name; o.Name != "" && governmentOfPlace(o.Name, name) {
			// "Deputy Mayor of Kelvograd Jane Roe" where the text names
			// "the City of Kelvograd", "Kelvo Governor Jane Roe" where it
			// names "Kelvo County": the place's government
			chosen = nil
		} else if chosen.e != nil && chosen.e.Kind == entities.Place && t.policeOf(p).Name != "" {
			// "Eastern Bays Area Commander Inspector Jane Roe" where the text
			// names "New Zealand Police": the area is her command, the
			// police her body
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
			chosen = nil
		}
	}
	var envoyCountry Org
	if chosen != nil && chosen.e != nil && (chosen.e.Kind == entities.Place || chosen.e.Kind == entities.Organization) && !repFound && t.envoysHost(chosen.first) {
		if c := t.envoysDemonym(p); c != "" {
			// "Australian High Commissioner to Vanuatu" (or to a body, or a
			// host the recognizer took for one): the host is an
			// affiliation; the country the adjective names sends her
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
			chosen, envoyCountry = nil, Org{Name: c}
		}
	} else if !repFound && (chosen == nil || chosen.e == nil || chosen.e.Kind != entities.Organization || t.candOrg(*chosen).Name == t.issuer.Name) {
		if c := t.envoysDemonym(p); c != "" && t.demonymEnvoy(p) {
			envoyCountry = Org{Name: c} // "The Kenyan Ambassador to Kelvania, Ms. Jane Roe," where the lists do not know the host
			chosen = nil
		}
	}
	var chamber Org
	if chosen == nil {
		chamber = t.chamber(p)
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil && !issuersUnit {
		chamber = t.bodyOfPost(p) // (not for the issuer's unit: "Commander of the Financial Police Unit of Palermo" is no post of the unit the text names)
	}
	if o := t.namedAfterBodyNoun(p); o.Name != "" && chamber.Name == "" {
		chosen, chamber = nil, o
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		if c, ok := t.bodyNamedInFull(p); ok {
			chosen = &c // "Student Union President Jane Roe" after "the Student Union of the Kelvo Academy"
		}
	}
	if chosen != nil && chosen.e == nil {
		if c, ok := t.namedEndingWith(chosen.first, chosen.end); ok {
			chosen = &c // "Coast Guard spokesperson Jane Roe": the Kelvo Coast Guard the text names
		}
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Organization && chosen.e.Tokens.Len() == 1 && firstHeadWord(chosen.e.Text) {
		if e, ambiguous := t.orgEndingIn(chosen.e.Text); e != nil && !ambiguous {
			chosen = &orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e} // "chair of the Council's Environment Committee": the Kelvo Municipal Council the text names
		}
	}
	// (a delegate speaking on behalf of a group speaks for her country: the
	// group is an affiliation)
	if b := t.behalfOrg[p]; b != nil && !repFound && t.country[p] == nil && (chosen == nil || chosen.e == nil || chosen.e.Kind == entities.Place || t.candOrg(*chosen).Name == t.issuer.Name) {
		if chosen != nil {
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		}
		chosen = b // "Jane Roe, MPP for Kelvo Centre, attended on behalf of the Province of Kelvo": the body she acted for
	}
	if chosen != nil && t.forOther[p] && t.issuer.Name != "" && !t.issuerByCount {
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen)) // "Jane Roe, Member of Parliament for Kelvo North, on behalf of the Minister": her chamber is an affiliation
		chosen = nil
	}
	regional := t.regionalGovernment(p)
	var ministry Org
	if current && chosen == nil && chamber.Name == "" {
		ministry = t.ministryOfPortfolio(p) // (asked once; the switch below takes it after the bodies the text names)
	}
	letters := t.lettersChamber(p)
	var postOffice, adjGov, stateDept, seatGov, site, tied, namedMinistry Org
	if current && chosen == nil {
		tied, namedMinistry = t.tiedBody(p), t.namedMinistryOf(p)
		stateDept = t.stateDepartment(p)
		seatGov = t.seatGovernment(p)
		postOffice = t.postOffice(p)
		site = t.siteBody(p)
		adjGov = t.adjectiveGovernment(p)
	}
	var atBody Org
	if current && chosen == nil && t.sitePost(p) {
		atBody = t.openingBody(p)
	}
	if current && chosen == nil && atBody.Name == "" && t.lowerBarePost(p) {
		atBody = t.subjectBodyBefore(p) // "The housing association Kelvo Wonen will de-pave four courtyards. “…,” said director Jane Roe."
	}
	var placeCouncil Org
	if current && t.bareMayor(p) && localGovIssuer(t.issuer.Name) && !governmentIssuer(t.issuer.Name) {
		placeCouncil = t.issuersCouncil() // "Mayor Jane Roe" in the release of "Kelvale City Libraries", a service of "Kelvale City Council"
	} else if current && chosen == nil && t.issuer.Name != "" && !publicBody(t.issuer.Name) && t.cityCouncillor(p) && !t.otherGoverningBody() {
		placeCouncil = t.onlyOrg(func(e *entities.Entity) bool { return governmentIssuer(e.Text) && localGovIssuer(e.Text) }) // "Ward 4 Councillor Jane Roe" in a company's release, where the text names "the City of Kelvale"
	}
	var placeGov Org
	if current && chosen == nil {
		placeGov = t.governmentOfTitlesPlace(p)
	}
	court, town := "", ""
	if current && t.judge(p) {
		court = t.courtNear(p)
	}
	if current && t.bareMayor(p) && !localGovIssuer(t.issuer.Name) && !strings.Contains(t.issuer.Name, "Council") {
		if town = t.openingPlace(p); town == "" {
			town = t.onlyTown()
		}
	} else if current && chosen == nil && t.villageHead(p) {
		town = t.openingPlace(p) // "In Kelvo, one of the first villages connected, village head Jane Roe said"
	}
	switch {
	case chosen != nil:
		p.Organization = t.candOrg(*chosen)
	case t.forOther[p] && t.issuer.Name != "" && !t.issuerByCount:
		p.Organization = t.issuer // a member who announces on a minister's behalf speaks for the minister's department, the issuer
	case envoyCountry.Name != "":
		p.Organization = envoyCountry
	case titleOffice.Name != "":
		p.Organization = titleOffice
	case chamber.Name != "":
		p.Organization = chamber
	case t.parenBody[p].Name != "":
		p.Organization = t.parenBody[p] // "Alasdair Roe (Friends of Kelby Junction) said"
		p.Affiliations = dropOrg(p.Affiliations, p.Organization)
	case regional.Name != "":
		p.Organization = regional // "Provincial Councillor Jane Roe (Lower Kelvo)": the province's government
	case t.memberOfParliament(p) && !(current && t.ministerOfIssuingMinistry(p)):
		p.Organization = Org{Name: "Parliament"} // "Kelby MP Jane Roe said", as "Member of Parliament for Kelby"
	case letters.Name != "":
		p.Organization = letters // "Jane Roe MdB": the Bundestag
	case current && seatGov.Name != "" && (ministry.Name == "" || !t.textHas(ministry.Name)):
		p.Organization = seatGov // "Senator the Hon Jane Roe, Assistant Minister for …" where the text names "the Australian Government"
	case current && stateDept.Name != "":
		p.Organization = stateDept // "Principal Secretary for Kelvo Waters" where the text names "the State Department for Kelvo Waters"
	case current && ministry.Name != "":
		p.Organization = ministry // "Minister of Transport Jane Roe" in a company's release
	case current && tied.Name != "":
		p.Organization = tied // "Secretary-General Jane Roe" where the text names "the Secretary-General of the Kelvo Navigation Organization"
	case current && namedMinistry.Name != "":
		p.Organization = namedMinistry // "the Minister for Forests, Soil and Wildlife, Mr. John Doe" where the text names the Ministry of Forests, Soil and Wildlife, in the release of a department under it
	case current && adjGov.Name != "":
		p.Organization = adjGov // "the Flemish Minister for Ports" where the text names "the Flemish government"
	case current && postOffice.Name != "" && !strings.EqualFold(postOffice.Name, ownUnit.Name):
		p.Organization = postOffice // "the Regional Delegate of Education, Jane Roe, said the Delegation would …"
	case current && site.Name != "":
		p.Organization = site // "a cashier at the Wetzbach branch of the Kelvo Savings Bank … Branch manager Jane Roe says"
	case current && court != "":
		p.Organization = Org{Name: court} // "Sentencing the men at Kelvo Crown Court, His Honour Judge Jane Roe said" in the police's release
	case current && placeCouncil.Name != "":
		p.Organization = placeCouncil
	case current && town != "":
		p.Organization = Org{Name: town} // "In Kelvograd, Mayor Jane Roe said", or the one town a bank's release on its loan names
	case current && atBody.Name != "":
		p.Organization = atBody // "At Kelvo Primary School, the pupils … said the principal, Mrs Jane Roe"
	case current && placeGov.Name != "":
		p.Organization = placeGov // "Departmental Secretary of Agriculture of Kelvo" where the text names "the Government of Kelvo"
	case current && mandateHolder(p) && t.namesUN():
		p.Organization = Org{Name: "United Nations", Acronym: "UN"} // a Special Rapporteur the Human Rights Council appointed speaks for the UN, not for the office that publishes her statement
	case chosen == nil && t.runsIssuersTrade(p):
		p.Organization = t.issuer // "Thomas Roe Jr., who runs the distillery's day-to-day operations" in Kelvo Hollow Distilling Co.'s release
	case current && t.issuer.Name != "" && !t.otherPortfolio(p) && !t.electedOutsideIssuer(p):
		p.Organization = t.issuer
		if o := t.issuerOuter(); o.Name != t.issuer.Name && !t.unitPost(p) {
			p.Organization = o // the body of a unit that issues, for a post of the body's: the Governor in the release of "the Monetary Policy Committee (MPC) of the Reserve Bank of Kelvo" (its chair speaks for the committee)
		}
		if o := t.sectionBody(p); o.Name != "" {
			p.Organization = o // a coalition member's heading over its leader's paragraph: "Walk Kelvo" / "Chair Jane Roe said …"
		} else if o := t.paragraphSubject(p); o.Name != "" && !strings.EqualFold(o.Name, ownUnit.Name) {
			p.Organization = o // "The Millbrook Museum will digitize … said executive director Jane Roe"
		}
	case current && t.issuer.Name == "":
		p.Organization = t.portfolioMinistry(p) // "Minister of Labour and Vocational Training Dr. Jane Roe said" in a news agency's story: her ministry
	}
	for _, c := range orgs {
		if chosen != nil && c.first == chosen.first || c.unit {
			continue
		}
		o := t.candOrg(c)
		if strings.EqualFold(o.Name, p.Organization.Name) {
			continue
		}
		p.Affiliations = appendOrg(p.Affiliations, o)
	}
}

// mandateHolder reports an expert who serves in a personal capacity, whose
// country in parentheses is a nationality, no body: "Jane Roe (Kelvania)
// was appointed Special Rapporteur on …" (as is a judge's: "Judge Jane Roe
// (Kelvania)" of a regional court).
func mandateHolder(p *Speaker) bool {
	for _, ti := range p.Titles {
		l := strings.ToLower(ti)
		if strings.Contains(l, "special rapporteur") || strings.Contains(l, "independent expert") || strings.Contains(l, "chair-rapporteur") {
			return true
		}
	}
	return false
}

// governmentOfTitlesPlace returns the government the text names for the
// place a current title of p ends with: "the Government of Kelvo" for the
// "Departmental Secretary of Agriculture and Environment of Kelvo".
func (t *Tracker) governmentOfTitlesPlace(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		k := tl.end - 1
		for k > tl.first && toks[k].IsCap() && tl.end-k <= 3 {
			k--
		}
		if k <= tl.first || k == tl.end-1 || !toks[k].Is("of") {
			continue
		}
		name := t.text[toks[k+1].Start:toks[tl.end-1].End]
		if g := "Government of " + name; t.textHas(g) {
			return Org{Name: g}
		}
	}
	return Org{}
}

// namesUN reports a text or page that names the United Nations: "UN
// expert", "UN Human Rights Office", "United Nations".
func (t *Tracker) namesUN() bool {
	return t.textHas("United Nations") || t.textHas("UN ") || strings.HasPrefix(t.issuer.Name, "UN ")
}

// portfolioItem reports a body c that is the last item of the list of
// fields a minister's title holds ("the Kelvo Coast Guard" of "Minister of
// Fisheries, Oceans and the Kelvo Coast Guard"): a body she answers for,
// not the one she speaks for, which is her department or government.
func (t *Tracker) portfolioItem(tl title, c orgCand) bool {
	toks := t.a.Tokens
	if c.first < tl.first+5 || c.end != tl.end || !toks[c.first-1].Is("the") || !toks[c.first-2].Is("and") || !toks[tl.first].IsFold("minister") || !(toks[tl.first+1].Is("of") || toks[tl.first+1].Is("for")) {
		return false
	}
	for k := tl.first + 2; k < c.first-2; k++ {
		if toks[k].Is(",") {
			return true
		}
	}
	return false
}

// governmentOfPlace reports a government's name gov that names place
// ("City of Kelvograd", "Kelvo County Government" for "Kelvograd",
// "Kelvo"), also by the place's name without its kind ("County
// Government of Kisumu" for "Kisumu County").
func governmentOfPlace(gov, place string) bool {
	if strings.HasSuffix(gov, " of "+place) || strings.HasPrefix(gov, place+" ") {
		return true
	}
	i := strings.LastIndexByte(place, ' ')
	if i <= 0 {
		return false
	}
	if k := place[i+1:]; placeKindNoun(k) || k == "City" || k == "Region" || k == "Island" {
		return strings.HasSuffix(gov, " of "+place[:i]) || placesGovernment(gov, place[:i]) // (also "Kelvo Highlands Provincial Government" for "Kelvo Highlands Province")
	}
	return false
}

// projectHead reports the head of a project's name: a body runs it, its
// staff speak for that body.
func projectHead(w string) bool {
	switch w {
	case "Project", "Initiative": // (not "Programme": "World Food Programme" is a body)
		return true
	}
	return false
}

// uniqueTitles returns titles without the repeats of a title that two
// mentions grew to the same words ("Minister of Fisheries" extended to
// "Minister of Fisheries, Oceans and the Coast Guard" beside the same
// title given whole, or made fuller by fullerTitle), in their first order,
// each with its white space made plain where a line broke it.
func uniqueTitles(titles []string) []string {
	out := titles[:0]
	for _, x := range titles {
		if strings.ContainsAny(x, "\n\r\t") {
			x = strings.Join(strings.Fields(x), " ") // a title a hard wrap breaks: "Minister of Social Action, Childhood and the\nFamily"
		}
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// dropOrg returns list without o.
func dropOrg(list []Org, o Org) []Org {
	var out []Org
	for _, x := range list {
		if !strings.EqualFold(x.Name, o.Name) {
			out = append(out, x)
		}
	}
	return out
}

// strength ranks a title's body as the organization a person speaks for:
// 3 for an organization ("Acme Robotics Inc.", "the Kelvale Institute",
// anything after "at"), 2 for a place or a name the lists don't know
// ("professor of Neurosurgery"), 1 for a sub-body ("the Governing Board"),
// 0 for a place that is where the post is, no body ("Country Director in
// Laos").
func (t *Tracker) strength(c orgCand) int {
	toks := t.a.Tokens
	in := c.first > 0 && toks[c.first-1].Is("in") || c.first > 1 && toks[c.first-1].Is("the") && toks[c.first-2].Is("in")
	switch {
	case c.unit:
		return 1
	case in && c.e != nil && c.e.Kind == entities.Place, c.e != nil && c.e.Kind == entities.Place && c.first > 0 && toks[c.first-1].Is("("):
		return 0 // where the post is held or the region it covers, no body: "Country Director in Laos", "Vice-President for Operations (Southeast Asia)"
	case in:
		return 2 // where the post is: "… of the OSCE in the Contact Group"
	case c.e != nil && c.e.Kind == entities.Place && c.first > 0 && toks[c.first-1].Is("for"):
		return 1 // the territory a post covers: "Country Director for Niger"
	case c.e != nil && c.e.Kind == entities.Organization && c.e.Rule == "acronym" && c.e.Expansion == "" && t.studyName(c.e.Text):
		return 1 // a study the text names: "principal investigator of ESCALE" where it reports "the ESCALE study"
	case projectHead(toks[c.end-1].Text):
		return 1 // a project a body runs, no employer: "Project task manager Jane Roe, an economist at the Bank"
	case c.e != nil && c.e.Kind == entities.Organization:
		return 3
	case c.end < len(toks) && toks[c.end].Kind == entities.Possessive:
		return 3 // the post's owner: "Kelvo's Director of Humanitarian Programmes" (not the field)
	case c.first > 0 && atWith(toks[c.first-1]) || c.first > 1 && toks[c.first-1].Is("the") && atWith(toks[c.first-2]):
		return 3
	}
	if head, _ := entities.OrgHead(toks[c.end-1].Text); head {
		return 3
	}
	return 2
}

// studyName reports a name the text gives a study or trial: "ESCALE" of
// "the ESCALE study", "the Phase IIa ESCALE trial".
func (t *Tracker) studyName(name string) bool {
	for _, w := range [...]string{" study", " trial", " Study", " Trial"} {
		if strings.Contains(t.text, name+w) {
			return true
		}
	}
	return false
}

// cityCouncillor reports a person with a current seat on a town's
// council, perhaps with its ward ("Councillor", "Ward 4 Councillor",
// "City Councillor", "Opposition councillor"), not another level's
// ("Regional Councillor", "County Councillor", "Band Councillor").
func (t *Tracker) cityCouncillor(p *Speaker) bool {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || tl.first > 0 && toks[tl.first-1].IsFold("former") {
			continue
		}
		switch strings.ToLower(strings.TrimSuffix(toks[tl.end-1].Text, ".")) {
		case "councillor", "councilor", "cllr", "alderman", "alderwoman", "councilmember":
		default:
			continue
		}
		level := false
		for k := tl.first; k < tl.end-1; k++ {
			switch strings.ToLower(toks[k].Text) {
			case "regional", "county", "provincial", "state", "band", "tribal", "parish", "former", "district":
				level = level || !(toks[k].Is("District") && entities.ElectoralArea(toks, k) == 2 || k > tl.first && entities.ElectoralArea(toks, k-1) == 2) // (a numbered district is a ward: "District 9 Councillor")
			}
		}
		return !level
	}
	return false
}

// otherGoverningBody reports a body the text names that governs people
// beside a town: a nation ("Bigstone Cree Nation"), a regional district,
// a county, a tribal or band council.
func (t *Tracker) otherGoverningBody() bool {
	return remember(t, "other governing body", func() bool {
		for i := range t.a.Entities {
			e := &t.a.Entities[i]
			if e.Kind != entities.Organization {
				continue
			}
			f := strings.Fields(e.Text)
			last := f[len(f)-1]
			if last == "Nation" || last == "Nations" && len(f) > 2 || strings.Contains(e.Text, "Regional District") || strings.Contains(e.Text, "County") || strings.Contains(e.Text, "Tribal") || strings.Contains(e.Text, "Band Council") {
				return true
			}
		}
		return false
	})
}

// councillor reports a person who holds a seat on a local council:
// "Councillor", "Cllr", "Alderman".
func (t *Tracker) councillor(p *Speaker) bool {
	for _, tl := range t.titleOf[p] {
		switch strings.ToLower(strings.TrimSuffix(t.a.Tokens[tl.end-1].Text, ".")) {
		case "councillor", "councilor", "cllr", "alderman", "alderwoman", "councilmember":
			return !tl.former
		}
	}
	return false
}

// councilIssuer reports an issuer that is a local council: "Kelvo City
// Council", "Kelvo Borough Council", "Kelvo Municipality".
func (t *Tracker) councilIssuer() bool {
	n := t.issuer.Name
	last := n[strings.LastIndexByte(n, ' ')+1:]
	return last == "Council" || last == "Municipality" || strings.HasPrefix(n, "City of ") || strings.HasPrefix(n, "Borough of ")
}

// siteAfterBody reports a single word after "at" that follows a named
// body in the same title, not itself known as a body: the site where the
// body's post is held, as in "shop steward for the Kelvo Metalworkers'
// Union at Frederiksby" (the union's).
func (t *Tracker) siteAfterBody(body, c orgCand) bool {
	toks := t.a.Tokens
	return body.e != nil && body.e.Kind == entities.Organization && body.end <= c.first && c.end-c.first == 1 &&
		(c.e == nil || c.e.Kind != entities.Organization) && c.first > 0 && toks[c.first-1].Is("at")
}

// barePost reports a current post of p that names no body and is no
// membership: "Chief Observer" (whose body is the issuer's); not a
// legislator's style, a membership too ("Deputy Jane Roe, a member of the
// Chamber of Deputies' Energy Committee").
func (t *Tracker) barePost(p *Speaker) bool {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || toks[tl.first].IsFold("member") || roleVerbs[toks[tl.first].Text] || t.ownRoleTitle(tl) || styleOnly(toks, tl) ||
			tl.end-tl.first == 1 && legislatorStyles[strings.ToLower(toks[tl.first].Text)] && t.chamber(p).Name == "" { // (a member of Congress has her chamber)
			continue
		}
		if n, _ := entities.TitleAt(toks, tl.first); n == tl.end-tl.first && len(t.titleOrgs(tl.first, tl.end)) == 0 {
			return true
		}
	}
	return false
}

// legislatorStyles are the one-word titles of a legislature's members.
var legislatorStyles = map[string]bool{"deputy": true, "senator": true, "sen.": true, "mp": true, "congressman": true, "congresswoman": true,
	"representative": true, "rep.": true, "assemblyman": true, "assemblywoman": true, "assemblymember": true, "legislator": true, "lawmaker": true}

// styleOnly reports a title that is only styles of address before a
// name, no post: "Dr.", "Prof.", "Mag. Dr.", "Rt. Hon.".
func styleOnly(toks []entities.Token, tl title) bool {
	for k := tl.first; k < tl.end; k++ {
		if w := toks[k].Text; !doctor(w) && !honour(w) {
			return false
		}
	}
	return true
}

// namesOrgan reports a body c that is the organ the text covers (findOrgan):
// "the Council" in a Security Council meeting's coverage.
func (t *Tracker) namesOrgan(c orgCand) bool {
	if t.organ.Name == "" || c.e == nil || c.e.Kind != entities.Organization {
		return false
	}
	if o, ok := entities.LookupOrg(c.e.Text); ok && o.Name == t.organ.Name {
		return true
	}
	return strings.HasSuffix(t.organ.Name, " "+c.e.Text) // "Council" of "Security Council"
}

// atWith reports "at" or "with", which put the body a person works for
// after a title: "researcher at Kelvale Health", "a research scientist
// with Zentrix Labs".
func atWith(t entities.Token) bool { return t.Is("at") || t.Is("with") }

// ownRoleTitle reports a title whose head is a role held on one's own
// account ("the Kelvale-born composer", "a dairy farmer", "a tailor in
// Gikomba market"): it makes no post of the issuer. The head is the last
// word before a preposition.
func (t *Tracker) ownRoleTitle(tl title) bool {
	toks := t.a.Tokens
	head := -1
	for k := tl.first; k < tl.end; k++ {
		if lw := strings.ToLower(toks[k].Text); orgPrepositions[lw] || lw == "in" || lw == "on" || lw == "near" {
			break // (also where one is: "a farmer in Kelvo")
		}
		if toks[k].Kind == entities.Word {
			head = k
		}
	}
	return head >= 0 && entities.OwnRole(toks[head].Text)
}

// namedAfterBodyNoun returns p's own name as a body when a title ends
// with a body's common noun right before it: "A spokesperson for the
// property management firm Arrowhead Living said": the recognizer took the
// firm's name for a person's, and the speaker is the firm's spokesperson.
func (t *Tracker) namedAfterBodyNoun(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.end >= len(toks) || tl.end-tl.first < 3 {
			continue
		}
		w := toks[tl.end-1]
		if !w.IsLower() {
			continue
		}
		capital := strings.ToUpper(w.Text[:1]) + w.Text[1:]
		if head, unit := entities.OrgHead(capital); !genericOrg(w.Text) && (!head || unit) {
			continue
		}
		if c, ok := t.lastHeadedBy(tl.end-1, capital); ok && c.e != nil && strings.Contains(c.e.Text, capital) {
			continue // the body named before: "the Ministry of Regional Affairs … Secretary General of the ministry Jane Roe said"
		}
		if i := t.a.EntityIndex(tl.end); i >= 0 && t.byEntity[i] == p {
			return Org{Name: t.a.Entities[i].Text}
		}
	}
	return Org{}
}

// bodyNamedInFull returns the organization the text names in full whose
// name opens with the body's words before the head of one of p's current
// titles: "Student Union President Jane Roe" where the text names "the
// Student Union of the Kelvo Academy of Maritime Studies" (the recognizer
// may have left the first words out of the entity). The words end in an
// organization's head; the name goes on with "of", "for" or "at"; false
// unless exactly one name does. The two words may end the name instead:
// "Coast Guard spokesperson Jane Roe" where the text names "the Kelvo
// Coast Guard".
func (t *Tracker) bodyNamedInFull(p *Speaker) (orgCand, bool) {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former {
			continue
		}
		k := tl.end - 1 // the title's head, after the body's words
		for k-1 > tl.first && (entities.IsTitleWord(toks[k-1].Text) || entities.IsTitleModifier(toks[k-1].Text)) && !isOrgHead(toks[k-1].Text) {
			k--
		}
		n := k - tl.first
		if n < 2 || !capWords(toks, tl.first, k) {
			continue
		}
		if head, _ := entities.OrgHead(toks[k-1].Text); !head {
			continue
		}
		key := strings.ToLower(t.text[toks[tl.first].Start:toks[k-1].End])
		if f, ok := t.fullNameIndex()[key]; ok && !f.ambiguous && f.c.first != tl.first {
			return f.c, true
		}
		if c, ok := t.namedEndingWith(tl.first, k); ok {
			return c, true
		}
	}
	return orgCand{}, false
}

// namedEndingWith returns the one organization the text names in full
// whose last two words are the two capitalized words [i, k): "Coast
// Guard" in a title and "the Kelvo Coast Guard".
func (t *Tracker) namedEndingWith(i, k int) (orgCand, bool) {
	if k-i != 2 || !capWords(t.a.Tokens, i, k) {
		return orgCand{}, false
	}
	key := "~" + strings.ToLower(t.text[t.a.Tokens[i].Start:t.a.Tokens[k-1].End])
	if f, ok := t.fullNameIndex()[key]; ok && !f.ambiguous && f.c.first != i {
		return f.c, true
	}
	return orgCand{}, false
}

// A fullName is an organization's full name in the index of
// bodyNamedInFull, or several (ambiguous).
type fullName struct {
	c         orgCand
	ambiguous bool
}

// fullNameIndex returns, built once, the organizations the text names
// by the lower-case words that open them before "of", "for" or "at"
// ("student union" for "the Student Union of the Kelvo Academy"), the
// entity's start or up to two capitalized words before it (which the
// recognizer may have left out: "Union of the …"), and by their last two
// words after "~".
func (t *Tracker) fullNameIndex() map[string]fullName {
	if t.fullNames != nil {
		return t.fullNames
	}
	t.fullNames = map[string]fullName{}
	toks := t.a.Tokens
	add := func(key string, c orgCand) {
		name := t.text[toks[c.first].Start:toks[c.end-1].End]
		if f, seen := t.fullNames[key]; seen && t.text[toks[f.c.first].Start:toks[f.c.end-1].End] != name {
			f.ambiguous = true
			t.fullNames[key] = f
			return
		}
		t.fullNames[key] = fullName{c: c}
	}
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization {
			continue
		}
		if f := e.Tokens.First; e.Tokens.Len() >= 3 && capWords(toks, e.Tokens.End-2, e.Tokens.End) && !hasAnd(toks, f, e.Tokens.End) && !strings.Contains(e.Text, " to ") {
			// its last two words, after "~": "coast guard" of "the Kelvo
			// Coast Guard" (not of two bodies joined: "… and Ward Watch";
			// not of its host: "Kelvo Delegation to the OSCE PA")
			add("~"+strings.ToLower(t.text[toks[e.Tokens.End-2].Start:toks[e.Tokens.End-1].End]), orgCand{first: f, end: e.Tokens.End, e: e})
		}
		for d := 0; d <= 2; d++ {
			st := e.Tokens.First - d
			if st < 0 || d > 0 && !toks[st].IsCap() {
				break
			}
			for x := st + 2; x < e.Tokens.End && x < st+8; x++ {
				if w := toks[x].Text; w != "of" && w != "for" && w != "at" {
					continue
				}
				c := orgCand{first: st, end: e.Tokens.End}
				if d == 0 {
					c.e = e
				}
				add(strings.ToLower(t.text[toks[st].Start:toks[x-1].End]), c)
			}
		}
	}
	return t.fullNames
}

// issuerGovernsPlace reports an issuer that is the government of the place
// named place, a name ending in its kind ("Lower Ewaso County"): the
// issuer's name holds "Government", "Council" or "Administration" and the
// place's name without its kind ("County Government of Lower Ewaso").
func (t *Tracker) issuerGovernsPlace(place string) bool {
	n := t.issuer.Name
	if n == "" || !(strings.Contains(n, "Government") || strings.Contains(n, "Council") || strings.Contains(n, "Administration")) {
		return false
	}
	for _, kind := range []string{" County", " Province", " Region", " District", " State", " City", " Municipality"} {
		if core := strings.TrimSuffix(place, kind); core != place {
			return len(core) > 2 && strings.Contains(strings.ToLower(n), strings.ToLower(core))
		}
	}
	return false
}

// forPlace reports a place at token k after "for" or "for the": the
// territory a post covers ("Coordinator for the Sahel").
func (t *Tracker) forPlace(k int) bool {
	toks := t.a.Tokens
	return k > 0 && toks[k-1].Is("for") || k > 1 && toks[k-1].IsFold("the") && toks[k-2].Is("for")
}

// sectionBody returns, for a person whose post names no body, the body
// that a heading line names right above the paragraph of their first
// mention, when it is not the issuer: a joint statement's members, each
// a heading over its leader's words ("Kelvo Walkers' Association" /
// "Chair Jane Roe said …"). The heading is one line of two to six words
// with no closing punctuation, an organization's name in full or
// capitalized words ending in a body's head. Zero otherwise.
func (t *Tracker) sectionBody(p *Speaker) Org {
	if len(p.Mentions) == 0 || t.issuerByCount {
		return Org{}
	}
	si := t.a.SentenceOf(t.a.TokenAt(p.Mentions[0].Start))
	if si < 0 || t.a.Sentences[si].Paragraph == 0 {
		return Org{}
	}
	h := &t.a.Paragraphs[t.a.Sentences[si].Paragraph-1]
	if h.Sentences.Len() != 1 {
		return Org{}
	}
	toks := t.a.Tokens
	r := t.a.Sentences[h.Sentences.First].Tokens
	if r.Len() < 2 || r.Len() > 6 || toks[r.End-1].Kind != entities.Word && toks[r.End-1].Kind != entities.Possessive {
		return Org{}
	}
	var o Org
	if e := t.a.EntityAt(r.First); e != nil && e.Kind == entities.Organization && e.Tokens == r {
		o = t.fullOrg(e)
	} else {
		for k := r.First; k < r.End; k++ {
			if toks[k].Kind == entities.Word && !toks[k].IsCap() && !toks[k].IsUpper() && !connectorWord(toks[k].Text) {
				return Org{}
			}
		}
		if head, unit := entities.OrgHead(toks[r.End-1].Text); !head || unit {
			return Org{}
		}
		o = Org{Name: h.Span.In(t.text)}
	}
	if sameBody(o, t.issuer) || sameBody(t.issuer, o) || strings.EqualFold(o.Name, t.issuer.Name) {
		return Org{}
	}
	return o
}

// paragraphSubject returns, for a person whose post names no body, the
// body that opens the paragraph of their first mention as its subject, or
// that a passive sentence right before it names as its agent ("The
// findings were welcomed by the Kelvo Workers' Union. State secretary Jane
// Roe said …"), when that body is not the issuer: a grant release's
// paragraph "The Millbrook Whaling Museum will digitize 4,000 pages. “…,”
// said executive director Jane Roe." gives the museum's director. Zero otherwise, and in
// a text whose issuer is only its most named body (news), or for a name
// in capitals (a dateline's "NEWPORT NEWS").
func (t *Tracker) paragraphSubject(p *Speaker) Org {
	if len(p.Mentions) == 0 || t.issuerByCount {
		return Org{}
	}
	k := t.a.TokenAt(p.Mentions[0].Start)
	si := t.a.SentenceOf(k)
	if si < 0 {
		return Org{}
	}
	par := &t.a.Paragraphs[t.a.Sentences[si].Paragraph]
	f := t.a.Sentences[par.Sentences.First].Tokens.First
	if t.a.Tokens[f].Is("The") {
		f++
	}
	if pl := t.a.EntityAt(f); pl != nil && pl.Kind == entities.Place && pl.Tokens.First == f && pl.Tokens.End+1 < len(t.a.Tokens) && t.a.Tokens[pl.Tokens.End].Kind == entities.Possessive {
		f = pl.Tokens.End + 1 // a country's body: "Kelvania’s Ministry of Finance welcomed the approval."
	}
	e := t.a.EntityAt(f)
	agent := false
	if a := t.passiveAgentBefore(si); a != nil && (e == nil || e.Kind != entities.Organization || e.Tokens.First != f) {
		e, f, agent = a, a.Tokens.First, true // "The findings were welcomed by the Kelvo Workers' Union (KWU). State secretary Jane Roe said …"
	}
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != f || e.Tokens.First > k || e.Text == strings.ToUpper(e.Text) || e.Tokens.Len() < 2 {
		return Org{}
	}
	if lo, ok := entities.LookupOrg(e.Text); ok && lo.PartOf != "" {
		return Org{} // an organ of a larger body: "The Security Council heard …"
	}
	if nx := &t.a.Tokens[e.Tokens.End]; !(nx.Kind == entities.Word && nx.IsLower() || nx.Is("in") || nx.Is(",")) && !agent {
		return Org{}
	}
	if o := t.fullOrg(e); !sameBody(o, t.issuer) && !sameBody(t.issuer, o) && !strings.EqualFold(o.Name, t.issuer.Name) && (o.Acronym == "" || o.Acronym != t.issuer.Acronym) {
		return o
	}
	return Org{}
}

// passiveAgentBefore returns the body a passive names as its agent at the
// end of the sentence before sentence si, in the same paragraph: "The
// findings have been welcomed by the Kelvo Workers' Union (KWU)."; nil
// otherwise.
func (t *Tracker) passiveAgentBefore(si int) *entities.Entity {
	if si < 1 || t.a.Sentences[si-1].Paragraph != t.a.Sentences[si].Paragraph {
		return nil
	}
	toks := t.a.Tokens
	ps := &t.a.Sentences[si-1]
	end := ps.Tokens.End
	if end-1 > ps.Tokens.First && toks[end-1].Is(".") {
		end--
	}
	if end-3 > ps.Tokens.First && toks[end-1].Is(")") && toks[end-3].Is("(") {
		end -= 3 // its letters: "(KWU)"
	}
	e := t.a.EntityAt(end - 1)
	if e == nil || e.Kind != entities.Organization || e.Tokens.End != end {
		return nil
	}
	b := e.Tokens.First - 1
	if b > ps.Tokens.First && toks[b].Is("the") {
		b--
	}
	if b <= ps.Tokens.First || !toks[b].Is("by") {
		return nil
	}
	for x := b - 1; x > ps.Tokens.First && x >= b-4; x-- {
		if toks[x].Is("been") || toks[x].Is("was") || toks[x].Is("were") {
			return e
		}
	}
	return nil
}

// governmentIssuer reports an issuer's name that is a local government's
// own: "Kelvale City Council", "City of Kelvale", "Kelvale Municipality"
// (not a service that bears the town's name: "Kelvale City Libraries").
func governmentIssuer(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "Council", "Municipality", "Corporation", "Government", "Administration", "Borough", "County", "City", "Town":
		return true
	}
	return f[0] == "City" || f[0] == "Town" || f[0] == "County" || f[0] == "Municipality"
}

// issuersCouncil returns the council the text names whose name opens as
// the issuer's does, the local government a service that issues belongs
// to: "Kelvale City Council" in the release of "Kelvale City Libraries";
// zero when none or several.
func (t *Tracker) issuersCouncil() Org {
	return remember(t, "issuer's council", func() Org {
		f := strings.Fields(t.issuer.Name)
		if len(f) < 2 {
			return Org{}
		}
		return t.onlyOrg(func(e *entities.Entity) bool {
			return e.Text != t.issuer.Name && governmentIssuer(e.Text) && strings.HasPrefix(e.Text, f[0]+" ")
		})
	})
}

// bareMayor reports a person whose only post is a town's head with no
// place ("Mayor", "Deputy Mayor").
func (t *Tracker) bareMayor(p *Speaker) bool {
	toks := t.a.Tokens
	n, mayor := 0, false
	for _, tl := range t.titleOf[p] {
		if styleOnly(toks, tl) || isHonorific(toks[tl.first].Text) && tl.end-tl.first == 1 {
			continue // "Lic.", "Dr."
		}
		n++
		mayor = !tl.former && toks[tl.end-1].IsFold("mayor") && tl.end-tl.first <= 2 && len(t.titleOrgs(tl.first, tl.end)) == 0
	}
	return n == 1 && mayor
}

// villageHead reports a person whose one current post is a village's head
// with no body named: "village head", "village chief", "headman",
// "sarpanch".
func (t *Tracker) villageHead(p *Speaker) bool {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		last := strings.ToLower(toks[tl.end-1].Text)
		if last == "headman" || last == "sarpanch" || tl.end-tl.first == 2 && toks[tl.first].IsFold("village") && (last == "head" || last == "chief") {
			return true
		}
	}
	return false
}

// onlyTown returns the one place the text names twice or more that is no
// country ("Kelvograd" in a bank's release on the town's loan), or "".
func (t *Tracker) onlyTown() string {
	count := map[string]int{}
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Place && !isCountry(e) && !commonIn(e.Text) {
			count[e.Text]++ // (no street's or area's name: "Harbour Road")
		}
	}
	town := ""
	for name, n := range count {
		if n < 2 {
			continue
		}
		if town != "" {
			return ""
		}
		town = name
	}
	return town
}

// commonIn reports a name with a common word in it: "Harbour Road".
func commonIn(name string) bool {
	for _, w := range strings.Fields(name) {
		if entities.CommonWord(w) {
			return true
		}
	}
	return false
}

// openingPlace returns the place that opens, after "In", the sentence
// where the text first names p: "In Kelvograd, Mayor Jane Roe said …"
// gives "Kelvograd"; "" when there is none.
func (t *Tracker) openingPlace(p *Speaker) string {
	s := t.firstSentence(p)
	if s == nil {
		return ""
	}
	toks := t.a.Tokens
	f := s.Tokens.First
	if !toks[f].Is("In") {
		// or the first sentence of its paragraph: "In Kirchwerda, a town
		// of 9,000 people, the news was greeted with relief. “…,” says
		// Mayor Jane Roe."
		if par := &t.a.Paragraphs[s.Paragraph]; par.Sentences.Len() <= 5 {
			f = t.a.Sentences[par.Sentences.First].Tokens.First // (past the quotation's sentences)
		}
	}
	if f+2 >= len(toks) || !toks[f].Is("In") {
		return ""
	}
	e := t.a.EntityAt(f + 1)
	if e == nil || !(e.Kind == entities.Place || e.Kind == entities.Person && e.Tokens.Len() == 1) || e.Tokens.First != f+1 || isCountry(e) || e.Tokens.End >= len(toks) || !toks[e.Tokens.End].Is(",") {
		return "" // (a one-word name after "In" is a place, whatever the recognizer took it for)
	}
	if e.Kind == entities.Person && t.personOf(e) == p {
		return ""
	}
	return e.Text
}

// sitePost reports a person whose current post is one held at a school,
// a hospital or a site, the place a paragraph opens with ("At Kelvo
// Primary School, …, said the principal"): not a minister's, a union's or
// a regulator's, who visit or inspect such places.
func (t *Tracker) sitePost(p *Speaker) bool {
	toks := t.a.Tokens
	return t.currentTitleToken(p, func(tl title, k int) bool {
		return k == tl.end-1 && sitePosts[strings.ToLower(toks[k].Text)]
	}) >= 0
}

// sitePosts are the heads of the posts held at a school, a hospital or a
// site.
var sitePosts = toSet(`principal headteacher headmaster headmistress matron warden nurse superintendent manager director administrator coordinator teacher doctor surgeon physician paediatrician pediatrician`)

// openingBody returns the body named after "At" that opens the sentence
// of a person's first mention, or the first sentence of its paragraph,
// set off by a comma: the place the post is at ("At Kelvo Primary School,
// the pupils spent ten months in tents. “…,” said the principal, Mrs Jane
// Roe."); not a meeting's ("At the Kelvo Summit, …").
func (t *Tracker) openingBody(p *Speaker) Org {
	s := t.firstSentence(p)
	if s == nil {
		return Org{}
	}
	toks := t.a.Tokens
	f := s.Tokens.First
	if !toks[f].Is("At") {
		if par := &t.a.Paragraphs[s.Paragraph]; par.Sentences.Len() <= 5 {
			f = t.a.Sentences[par.Sentences.First].Tokens.First
		}
	}
	if f+2 >= len(toks) || !toks[f].Is("At") {
		return Org{}
	}
	e := t.a.EntityAt(f + 1)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != f+1 || e.Tokens.End >= len(toks) {
		return Org{}
	}
	c := e.Tokens.End
	if c+2 < len(toks) && toks[c].Is("in") {
		if pl := t.a.EntityAt(c + 1); pl != nil && pl.Kind == entities.Place && pl.Tokens.First == c+1 {
			c = pl.Tokens.End // where the body is: "At Kelvo Elementary School in Tarlac, where …, principal Jane Roe said"
		}
	}
	if c >= len(toks) || !toks[c].Is(",") {
		return Org{}
	}
	switch toks[e.Tokens.End-1].Text {
	case "Summit", "Conference", "Forum", "Meeting", "Congress", "Assembly", "Session", "Expo", "Fair", "Festival":
		return Org{}
	}
	return t.fullOrg(e)
}

// lowerBarePost reports a current post of p in lower case of one word of
// the title lists that names no body: "said director Jane Roe".
func (t *Tracker) lowerBarePost(p *Speaker) bool {
	toks := t.a.Tokens
	found := false
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || styleOnly(toks, tl) {
			continue
		}
		if tl.end-tl.first != 1 || !toks[tl.first].IsLower() || !entities.IsTitleWord(toks[tl.first].Text) || t.ownRoleTitle(tl) || len(t.titleOrgs(tl.first, tl.end)) > 0 {
			return false
		}
		found = true
	}
	return found
}

// subjectBodyBefore returns the body that is the subject of the sentence
// before p's first in its paragraph, perhaps after "the" and its kind in
// lower case, when it is not the issuer: "The housing association Kelvo
// Wonen will de-pave four courtyards. “…,” said director Jane Roe."
func (t *Tracker) subjectBodyBefore(p *Speaker) Org {
	s := t.firstSentence(p)
	if s == nil {
		return Org{}
	}
	si := t.a.SentenceOf(s.Tokens.First)
	if si < 1 || t.a.Sentences[si-1].Paragraph != s.Paragraph {
		return Org{}
	}
	toks := t.a.Tokens
	prev := &t.a.Sentences[si-1]
	f := prev.Tokens.First
	if toks[f].Is("The") {
		f++
		k := f
		for k < prev.Tokens.End && k < f+3 && toks[k].IsLower() && toks[k].Kind == entities.Word {
			k++
		}
		if k > f && !(entities.BodyNoun(toks[k-1].Text) || firmNoun(toks[k-1].Text)) {
			return Org{}
		}
		f = k
	}
	e := t.a.EntityAt(f)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != f || e.Tokens.End >= prev.Tokens.End || !toks[e.Tokens.End].IsLower() {
		return Org{}
	}
	o := t.fullOrg(e)
	if sameBody(o, t.issuer) || sameBody(t.issuer, o) || t.issuerByCount {
		return Org{}
	}
	return o
}

// judge reports a person whose post is a judge's: "His Honour Judge",
// "Justice", "District Judge", "Magistrate".
func (t *Tracker) judge(p *Speaker) bool {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		switch toks[tl.end-1].Text {
		case "Judge", "Justice", "Magistrate", "Recorder":
			return !tl.former
		}
	}
	return false
}

// courtNear returns the court the sentence that first names p names ("at
// Kelvo Crown Court"), else the court the text named last before it, or
// "".
func (t *Tracker) courtNear(p *Speaker) string {
	s := t.firstSentence(p)
	if s == nil {
		return ""
	}
	before := "" // the court named last before the sentence: "The four were sentenced at Kelvo Crown Court …" above "Sentencing, His Honour Judge Jane Roe told …"
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || !strings.HasSuffix(e.Text, " Court") && !strings.HasSuffix(e.Text, " Tribunal") {
			continue
		}
		if e.Tokens.First >= s.Tokens.First && e.Tokens.End <= s.Tokens.End {
			return e.Text
		}
		if e.Tokens.End <= s.Tokens.First {
			before = e.Text
		}
	}
	return before
}

// firstSentence returns the sentence where the text first names p, or nil.
func (t *Tracker) firstSentence(p *Speaker) *entities.Sentence {
	pos := t.positions[p]
	if len(pos) == 0 {
		return nil
	}
	si := t.a.SentenceOf(t.a.TokenAt(pos[0]))
	if si < 0 {
		return nil
	}
	return &t.a.Sentences[si]
}

// issuerInParagraph reports the issuer named, by its name's first word,
// in the paragraph of a person's first mention: "… Chairman of the Board
// Jane Roe said the board considered the capital structure “too
// conservative” for a company with Kelvo Medical’s cash".
func (t *Tracker) issuerInParagraph(p *Speaker) bool {
	s := t.firstSentence(p)
	f := strings.Fields(t.issuer.Name)
	if s == nil || len(f) == 0 {
		return false
	}
	par := &t.a.Paragraphs[s.Paragraph]
	return strings.Contains(t.text[par.Start:par.End], f[0])
}

// guessedName reports a candidate body that is one word the recognizer
// took for an organization only from evidence elsewhere ("Elmina").
func guessedName(c *orgCand) bool {
	return c.e != nil && c.e.Kind == entities.Organization && c.e.Tokens.Len() == 1 && c.e.Rule == "org-evidence"
}

// namedBody reports a candidate body named in full with a body's head:
// "the Kelvo Canoe Fishermen Council".
func namedBody(c *orgCand) bool {
	return c.e != nil && c.e.Kind == entities.Organization && c.e.Tokens.Len() >= 2 && c.e.Rule == "org-head"
}

// nameSentences yields the first token of each mention of p by name and
// the sentence that holds it.
func (t *Tracker) nameSentences(p *Speaker) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, m := range p.Mentions {
			if m.Kind != NameMention {
				continue
			}
			k := t.a.TokenAt(m.Start)
			si := t.a.SentenceOf(k)
			if k < 0 || si < 0 {
				continue
			}
			if !yield(k, si) {
				return
			}
		}
	}
}

// teamAfter reports a team of the body c right after its name inside the
// title tl: "led the University of Wessex team", the body one works for.
func (t *Tracker) teamAfter(c orgCand, tl title) bool {
	return c.end < tl.end && t.a.Tokens[c.end].IsLower() && teamNouns[t.a.Tokens[c.end].Text]
}

// runsIssuersTrade reports a relative clause right after p's name that
// says p runs the issuer, named by its trade, or its business: "Thomas
// Roe Jr., who runs the distillery's day-to-day operations" in Kelvo
// Hollow Distilling Co.'s release. The issuer is known only once every
// person is read, so this is asked at the end.
func (t *Tracker) runsIssuersTrade(p *Speaker) bool {
	if t.issuer.Name == "" || t.issuerByCount {
		return false
	}
	toks := t.a.Tokens
	for k := range t.nameSentences(p) {
		e := t.a.EntityAt(k)
		if e == nil {
			continue
		}
		i := e.Tokens.End
		if i+5 < len(toks) && toks[i].Is(",") && toks[i+1].Is("who") && runsVerbs[toks[i+2].Text] && toks[i+3].IsFold("the") && toks[i+5].Kind == entities.Possessive && t.issuerTrade(toks[i+4].Text) {
			return true
		}
	}
	return false
}

// issuerTrade reports a common noun in lower case that names the issuer's
// trade by a word of its name, or that word's kin: "distillery" for "Kelvo
// Hollow Distilling Co.", "brewery" for "Kelvo Brewing Company".
func (t *Tracker) issuerTrade(w string) bool {
	if t.issuer.Name == "" || len(w) < 6 {
		return false
	}
	for _, f := range strings.Fields(t.issuer.Name) {
		if cognate(f, w) {
			return true
		}
	}
	return false
}

// representedCountry returns the country that opens a sentence saying it
// "was represented by" a post and p's name: "Kelvania, which hosts 9,000
// refugees, was represented by the Minister of Social Action, Jane Roe."
// (she speaks for Kelvania); nil when no mention of p is so placed.
func (t *Tracker) representedCountry(p *Speaker) *entities.Entity {
	toks := t.a.Tokens
	for k, si := range t.nameSentences(p) {
		f := t.a.Sentences[si].Tokens.First
		e := t.a.EntityAt(f)
		if e == nil || e.Tokens.First != f || !isCountry(e) {
			continue
		}
		x := e.Tokens.End // the country's verb, after an appositive set off: "Chad, which hosts 9,000 refugees, was"
		if x < k && toks[x].Is(",") {
			for x++; x < k && x < e.Tokens.End+25 && !toks[x].Is(","); x++ {
			}
			x++
		}
		if x+2 >= k || !(toks[x].Is("was") || toks[x].Is("were") || toks[x].Is("is")) || !toks[x+1].Is("represented") || !toks[x+2].Is("by") {
			continue // (not "Chad argued that the families, who were represented by …", nor "Chad's largest miner was represented by …")
		}
		for j := x + 3; j < k; j++ {
			if toks[j].Is(";") || toks[j].Is("by") {
				x = -1 // another clause or another delegation's "by" before the name: "…, and Niger by the Foreign Minister, Tom Doe"
				break
			}
		}
		if x >= 0 {
			return e
		}
	}
	return nil
}

// speakingForOpener returns the body a sentence's opening adverbial says its
// subject speaks for, where the subject is the person p: "Speaking for the
// Secretariat, Executive Secretary Jane Roe said", "On behalf of the
// Executive Director of UNEP, the Regional Director, Ms. Jane Roe, said"
// (the last body the phrase names). Nil when no mention of p is so placed.
func (t *Tracker) speakingForOpener(p *Speaker) *orgCand {
	toks := t.a.Tokens
	for k, si := range t.nameSentences(p) {
		f, send := t.a.Sentences[si].Tokens.First, t.a.Sentences[si].Tokens.End
		np := f
		switch {
		case toks[f].Is("Speaking"):
			np = forWhom(toks, f+1, send)
		case f+3 < send && toks[f].Is("On") && toks[f+1].Is("behalf") && toks[f+2].Is("of"):
			np = f + 3
		}
		if np <= f+1 || np >= send {
			continue
		}
		c := np
		for c < send && c < np+14 && !toks[c].Is(",") {
			c++
		}
		if c >= send || !toks[c].Is(",") || k <= c || k > c+12 {
			continue
		}
		be := bodyPhraseEnd(toks, np, c)
		if be == np {
			continue
		}
		for j := c + 1; j < k; j++ {
			if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Person {
				return nil // another person opens the main clause
			}
		}
		var last *entities.Entity
		for j := np; j < be; j++ {
			if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Organization && e.Tokens.End <= be {
				last = e
				j = e.Tokens.End - 1
			}
		}
		if last == nil {
			if o, ok := t.anaphoricOrg(np, be); be-np == 2 && ok {
				return &o // "Speaking for the Secretariat," the secretariat the text named (the issuer's, in its release)
			}
			continue
		}
		return &orgCand{first: last.Tokens.First, end: last.Tokens.End, e: last}
	}
	return nil
}

// bodyPhraseEnd returns the end of a phrase from token i, before end, that
// names a body or a post of one: capitalized words with "the", "of", "and"
// or "for" between them ("the Secretariat", "the Executive Director of
// UNEP"), up to an adjunct after a capitalized word ("the Commission in the
// debate"); i when it names none ("the first time since leaving Orrin
// Motors", "its client Orrin Motors").
func bodyPhraseEnd(toks []entities.Token, i, end int) int {
	caps := false
	for k := i; k < end; k++ {
		t := &toks[k]
		switch {
		case t.Kind == entities.Word && (t.IsCap() || t.IsUpper()):
			caps = true
		case t.Is("the") || t.Is("of") || t.Is("and") || t.Is("for") || t.Is("(") || t.Is(")") || t.Is("&"):
		case caps && k > i && (toks[k-1].IsCap() || toks[k-1].IsUpper() || toks[k-1].Is(")")) && (t.Is("in") || t.Is("at") || t.Is("during") || t.Is("on")):
			return k // "for the European Union in its capacity as observer"
		default:
			return i
		}
	}
	if !caps {
		return i
	}
	return end
}

// studiedAt reports a body at token c that "from" or "at" (and "the")
// opens after a degree's noun in the title from token first: "a doctorate
// in rock mechanics from the University of Kelvo", "an MBA from Kelvo
// Business School".
func studiedAt(toks []entities.Token, first, c int) bool {
	p := c - 1
	if p > first && toks[p].Is("the") {
		p--
	}
	if p <= first || !(toks[p].Is("from") || toks[p].Is("at")) {
		return false
	}
	for k := first; k < p; k++ {
		switch strings.ToLower(strings.TrimSuffix(toks[k].Text, ".")) {
		case "doctorate", "degree", "degrees", "phd", "ph.d", "master's", "masters", "bachelor's", "diploma", "mba", "graduate", "graduated", "alumna", "alumnus", "studied":
			return true
		}
	}
	return false
}

// fieldAfterPossessor reports a candidate body c of a title that a body's
// possessive opens or stands before, that is not that body: the post's
// field or unit after "of" or "for" ("ENRA's Director of Networks" is no
// "Networks for Net Zero" the text names; "Kelvo's Director of Network
// and IT").
func (t *Tracker) fieldAfterPossessor(tl title, c orgCand) bool {
	toks := t.a.Tokens
	p := -1 // the possessor's token
	switch {
	case t.bodysPossessive(tl.first):
		p = tl.first - 2
	case tl.first+2 < tl.end && t.bodysPossessive(tl.first+2):
		p = tl.first
	default:
		return false
	}
	if c.first <= p && p < c.end {
		return false // the possessor itself
	}
	hasOf := false
	for k := p + 2; k < tl.end; k++ {
		if toks[k].Is("of") || toks[k].Is("for") {
			hasOf = true
		}
	}
	if !hasOf {
		return false
	}
	if e := t.a.EntityAt(p); e != nil && e.Kind == entities.Organization && c.e != nil && (c.e.Text == e.Expansion || c.e.Acronym == e.Text) {
		return false // the possessor named in full: "ENRA" of the "Energy Networks Regulation Authority (ENRA)"
	}
	if strings.Contains(strings.ToLower(t.candOrg(c).Name), strings.ToLower(toks[p].Text)) {
		return false // the possessor by its fuller name: "Greenhill's head of partnerships" for "Greenhill Grocers"
	}
	if c.first >= tl.first && c.end <= tl.end && c.end > c.first {
		last := toks[c.end-1].Text
		if h, _ := entities.OrgHead(last); h || entities.SectorWord(last) || entities.LegalForm(last) {
			return false // a body the title names in full: "KH's Chief Executive of Rivermark Insurance", "KER's Chair of the Kelvo Grid Operators Forum"
		}
	}
	return c.first > p+2 || c.first < p
}

// bodysPossessive reports a body's name and its possessive right before
// token first, where a title opens: "ENRA's" of "ENRA's Director of
// Networks", "Telcora's" (the issuer's first word) of "Telcora's Director
// of Network and IT".
func (t *Tracker) bodysPossessive(first int) bool {
	toks := t.a.Tokens
	if first < 2 || toks[first-1].Kind != entities.Possessive || !toks[first-2].IsCap() && !toks[first-2].IsUpper() {
		return false
	}
	e := t.a.EntityAt(first - 2)
	return e != nil && e.Kind == entities.Organization || t.orgStartingWith(toks[first-2].Text) != nil || strings.HasPrefix(t.issuer.Name, toks[first-2].Text+" ") || strings.Contains(t.issuer.Name, " "+toks[first-2].Text+" ")
}

// withinBefore reports "within" (or "within the") right before token i.
func withinBefore(toks []entities.Token, i int) bool {
	return toks[i-1].Is("within") || i >= 2 && toks[i-1].IsFold("the") && toks[i-2].Is("within")
}
