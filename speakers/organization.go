package speakers

import (
	"slices"
	"strings"
	"unicode"

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

// addAffiliations records the organizations and places of a parenthesis
// after a name: "(S&D, DE)", "(R-Texas)".
func (t *Tracker) addAffiliations(p *Speaker, i, end int) {
	toks := t.a.Tokens
	// The parenthesis lists its items between commas; an item is an
	// entity, or its words as written ("17th District – Springfield").
	for j := i; j < end; {
		for j < end && (toks[j].Is(",") || toks[j].Is("-")) {
			j++
		}
		c := j
		for c < end && !toks[c].Is(",") {
			c++
		}
		if c == j {
			break
		}
		if e := t.a.EntityAt(j); e != nil && e.Kind != entities.Person && e.Tokens.First == j && e.Tokens.End >= c {
			if e.Kind == entities.Organization && t.party[p] == nil && !partyTag(e.Text) {
				t.party[p] = e // the first organization of the parenthesis: a party or group
			}
			if partyTag(e.Text) {
				t.usParty[p] = true
			}
			if e.Kind == entities.Place && i == j && c == end && t.country[p] == nil {
				if _, ok := entities.Country(e.Text); ok {
					t.country[p] = e // "JANE ROE (Ruritania) said": the country she speaks for
				}
			}
			p.Affiliations = appendOrg(p.Affiliations, t.fullOrg(e))
			j = max(c, e.Tokens.End)
			continue
		}
		if c-j == 1 || c-j == 3 && toks[j+1].Is("-") {
			// "(R-Texas)" as one token or three: a party and a place.
			for k := j; k < c; k++ {
				if toks[k].Is("-") {
					continue
				}
				o := Org{Name: toks[k].Text}
				if e := t.a.EntityAt(k); e != nil && e.Kind != entities.Person {
					o = t.fullOrg(e)
					if e.Kind == entities.Organization && t.party[p] == nil && !partyTag(e.Text) {
						t.party[p] = e
					}
				}
				if partyTag(toks[k].Text) {
					t.usParty[p] = true
				}
				p.Affiliations = appendOrg(p.Affiliations, o)
			}
			j = c
			continue
		}
		item := t.text[toks[j].Start:toks[c-1].End]
		if partyTag(item) && strings.Count(item, "-") == 1 && len(item) <= 8 {
			t.usParty[p] = true // "(D-N.M.)", which the recognizer cuts in two
		}
		p.Affiliations = appendOrg(p.Affiliations, Org{Name: item})
		j = c
	}
}

// plainUnit reports a title whose unit does not speak for its holder: an
// academic department ("professor and chair of the Department of
// Surgery", or "head of the Department of Surgery" for a holder who is
// also a "Professor") or a membership ("member of the Armed Services
// Committee"), not a unit the holder leads ("Chairman of the Foreign
// Relations Committee").
func (t *Tracker) plainUnit(p *Speaker, tl title, unit int) bool {
	toks := t.a.Tokens
	if toks[tl.first].IsFold("member") || academic(toks, tl.first, tl.end) && (t.departmentAt(unit) || hasRank(toks, tl.first, tl.end)) {
		return true // (a board's chair leads it: "chair of the Kelvale County Board of Commissioners")
	}
	for _, o := range t.titleOf[p] {
		if !o.former && hasRank(toks, o.first, o.end) {
			return true // (a rank, not "chair", which boards have too)
		}
	}
	return false
}

// hasRank reports an academic rank in tokens [i, end): "professor".
func hasRank(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if entities.AcademicRank(toks[k].Text) {
			return true
		}
	}
	return false
}

// departmentAt reports an academic unit's name at token i: "the
// Department of Clinical Sciences", "Faculty of Law".
func (t *Tracker) departmentAt(i int) bool {
	toks := t.a.Tokens
	if i < len(toks) && toks[i].IsFold("the") {
		i++
	}
	return i+1 < len(toks) && toks[i+1].Is("of") && academicUnit(toks[i].Text)
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

// partyTag reports a US party's letter with or without its state: "D",
// "R-Texas", "D-N.M.": an affiliation, not the body a member speaks for.
func partyTag(s string) bool {
	if len(s) == 0 || !strings.ContainsRune("DRI", rune(s[0])) {
		return false
	}
	return len(s) == 1 || s[1] == '-'
}

// orgOf names the organization or place an entity stands for. An acronym
// is named by its expansion ("EP" is the European Parliament), unless the
// organization goes by its acronym ("INTERPOL").
func orgOf(e *entities.Entity) Org {
	switch {
	case e.Expansion != "" && e.Kind == entities.Organization && !strings.EqualFold(e.Expansion, e.Text):
		if o, ok := entities.LookupOrg(e.Text); ok && o.ByAcronym {
			return Org{Name: e.Text}
		}
		return Org{Name: e.Expansion, Acronym: e.Text}
	case e.Acronym != "":
		return Org{Name: e.Text, Acronym: e.Acronym}
	case e.Kind == entities.Place && e.Canonical != "" && (!entities.IsPlace(e.Text) || len(e.Text) <= 4 || strings.Contains(e.Text, ".") || adjectival(e.Text)):
		return Org{Name: e.Canonical} // "Swedish", "US", "U.K.": the country; a country's own name stays as written ("Republic of Korea")
	}
	return Org{Name: e.Text}
}

// adjectival reports a country's name in its adjective's form, whose last
// word ends as demonyms do: "South Korean", "Sri Lankan".
func adjectival(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for _, suf := range [...]string{"an", "ans", "ese", "ish"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	return false
}

func appendOrg(list []Org, o Org) []Org {
	for i, x := range list {
		if strings.EqualFold(x.Name, o.Name) || o.Acronym != "" && strings.EqualFold(x.Acronym, o.Acronym) ||
			x.Acronym != "" && strings.EqualFold(x.Acronym, o.Name) || o.Acronym != "" && strings.EqualFold(x.Name, o.Acronym) {
			if o.Acronym != "" && x.Acronym == "" {
				list[i] = o
			}
			return list
		}
	}
	return append(list, o)
}

// representative heads name the country or body a person represents:
// "Permanent Representative of Sweden to the OSCE" speaks for Sweden.
var representative = map[string]bool{"representative": true, "ambassador": true, "envoy": true, "delegate": true, "consul": true, "emissary": true}

// representsPlace reports a place at token first after a representative's
// title and "of" (or "of the"): "Permanent Delegate of the Republic of the
// Marshall Islands", "Ambassador of Ruritania", "Prime Minister of
// Kelvania".
func (t *Tracker) representsPlace(first int) bool {
	toks := t.a.Tokens
	k := first - 1
	if k > 0 && toks[k].Is("the") {
		k--
	}
	if k < 1 || !toks[k].Is("of") {
		return false
	}
	if representative[strings.ToLower(toks[k-1].Text)] {
		return true
	}
	// A head of state or government speaks for the state: "Prime Minister
	// of Saint Vincent and the Grenadines", "President of Kelvania".
	head := toks[k-1].Text
	return head == "Minister" && k >= 2 && toks[k-2].Is("Prime") || head == "President" || head == "Premier"
}

// finishPerson chooses the organization a person speaks for and their
// affiliations, from the titles gathered over all mentions: the
// country a representative represents, else the last body a current title
// names, else the issuer of the release when the person has a current
// title that names none ("said Jane Roe, CFO").
func (t *Tracker) finishPerson(p *Speaker) {
	var chosen *orgCand
	repFound, current := false, false
	var orgs []orgCand
	best, bestTitle := 0, -1 // the strength of chosen, and the title it is in
	for ti, tl := range t.titleOf[p] {
		if tl.credential {
			continue // "MD" is a degree, not Maryland
		}
		cands := t.titleOrgs(tl.first, tl.end)
		for i := range cands {
			c := &cands[i]
			orgs = append(orgs, *c)
			if tl.former || repFound || roleVerbs[t.a.Tokens[tl.first].Text] {
				continue // (the body a clause says one chairs is an affiliation: "who chaired the governor's Task Force")
			}
			if c.e != nil && c.e.Kind == entities.Place && t.representsPlace(c.first) {
				chosen, repFound = c, true
				continue
			}
			// The strongest body of the first title that names one; within
			// a title, the last: "Director of the Unit at the Agency".
			if s := t.strength(*c); s > best || s == best && ti == bestTitle {
				chosen, best, bestTitle = c, s, ti
			}
		}
		if !tl.former && !roleVerbs[t.a.Tokens[tl.first].Text] && !t.ownRoleTitle(tl) {
			current = true
		}
	}
	if party := t.party[p]; party != nil && !repFound {
		// "Ismail Ertug (S&D, DE)": the party or group speaks for them.
		if chosen != nil {
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		}
		chosen = &orgCand{first: party.Tokens.First, end: party.Tokens.End, e: party}
		var rest []Org
		po := t.fullOrg(party)
		for _, o := range p.Affiliations {
			if !strings.EqualFold(o.Name, po.Name) {
				rest = append(rest, o)
			}
		}
		p.Affiliations = rest
	}
	if ao := t.apposOrg[p]; ao != nil && !repFound && t.party[p] == nil {
		chosen = ao // "…, Vice President, Acme Robotics, Inc."
		orgs = append(orgs, *ao)
	}
	if c := t.country[p]; c != nil && chosen == nil && !repFound && t.party[p] == nil {
		chosen = &orgCand{first: c.Tokens.First, end: c.Tokens.End, e: c}
	}
	if chosen != nil && (chosen.unit || t.departmentAt(chosen.first)) && !repFound && t.party[p] == nil && bestTitle >= 0 && t.plainUnit(p, t.titleOf[p][bestTitle], chosen.first) &&
		(t.issuer.Name != "" || t.chamber(p).Name != "") {
		// A unit alone ("chair of the Department of Surgery", "member of the
		// Senate Armed Services Committee") belongs to the member's chamber
		// or the release's issuer; the unit is an affiliation.
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		chosen = nil
		current = true
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Place && !repFound && t.party[p] == nil && t.issuer.Name != "" && !t.issuerByCount && t.forPlace(chosen.first) {
		// "Regional Humanitarian Coordinator for the Sahel": the territory
		// a post covers is no body; the post is the issuer's
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		chosen = nil
	}
	if chosen != nil && chosen.e != nil && chosen.e.Kind == entities.Place && !repFound && t.chamber(p).Name != "" {
		chosen = nil // "U.S. Senator Jane Roe": the Senate, not the United States
	}
	var chamber Org
	if chosen == nil {
		chamber = t.chamber(p)
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.ministryOf(p) // "Minister of the Environment" and "the Ministry of the Environment"
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.governmentOf(p) // "the Minister of Finance, Hon. Jane Roe" and "the Government of Kelvania"
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.policeOf(p) // "Police Commissioner Jane Roe" and "the Samoa Police Service"
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.commissionOf(p) // "Commissioner for the Circular Economy Jane Roe" and "the European Commission"
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.titleOffice(p) // "Sheriff Jane Roe" and "the Rivertown County Sheriff’s Office"
		if chamber.Name != "" && t.issuerIsOffice(chamber) {
			chamber = Org{} // the issuer is that office: "OFFICE OF THE DISTRICT ATTORNEY" above
		}
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.localGovernment(p) // "Mayor Jane Roe" and "the City of Rivertown"
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.ledTeam(p) // "An IMF team led by Mr. Jane Roe"
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil && t.servesSecretaryGeneral(p) {
		// "Special Representative of the Secretary-General for …" in a
		// Council's coverage: the Secretary-General's office is the
		// larger body's, not the organ's that issues the release
		chamber, _ = t.organsBody()
	}
	if o := t.namedAfterBodyNoun(p); o.Name != "" && chamber.Name == "" {
		chosen, chamber = nil, o
	}
	switch {
	case chosen != nil:
		p.Organization = t.candOrg(*chosen)
	case chamber.Name != "":
		p.Organization = chamber
	case current && t.issuer.Name != "" && !t.otherPortfolio(p):
		p.Organization = t.issuer
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

// strength ranks a title's body as the organization a person speaks for:
// 3 for an organization ("Acme Robotics Inc.", "the Kelvale Institute",
// anything after "at"), 2 for a place or a name the lists don't know
// ("professor of Neurosurgery"), 1 for a sub-body ("the Governing Board").
func (t *Tracker) strength(c orgCand) int {
	toks := t.a.Tokens
	in := c.first > 0 && toks[c.first-1].Is("in") || c.first > 1 && toks[c.first-1].Is("the") && toks[c.first-2].Is("in")
	switch {
	case c.unit:
		return 1
	case in:
		return 2 // where the post is: "… of the OSCE in the Contact Group"
	case c.e != nil && c.e.Kind == entities.Place && c.first > 0 && toks[c.first-1].Is("for"):
		return 1 // the territory a post covers: "Country Director for Niger"
	case c.e != nil && c.e.Kind == entities.Organization:
		return 3
	case c.first > 0 && atWith(toks[c.first-1]) || c.first > 1 && toks[c.first-1].Is("the") && atWith(toks[c.first-2]):
		return 3
	}
	if head, _ := entities.OrgHead(toks[c.end-1].Text); head {
		return 3
	}
	return 2
}

// fullOrg names an organization by its fullest form in the text: an
// acronym stated elsewhere ("FSC") is named by its expansion.
func (t *Tracker) fullOrg(e *entities.Entity) Org {
	o := orgOf(e)
	if o.Acronym == "" && e.Expansion != "" {
		// An acronym whose expansion the text states somewhere.
		if t.expanded == nil {
			t.expanded = map[[2]string]bool{}
			for i := range t.a.Entities {
				if x := &t.a.Entities[i]; x.Acronym != "" {
					t.expanded[[2]string{x.Acronym, x.Text}] = true
				}
			}
		}
		if t.expanded[[2]string{e.Text, e.Expansion}] {
			return Org{Name: e.Expansion, Acronym: e.Text}
		}
	}
	return o
}

// ministryOf returns the ministry or department the text names for the
// portfolio of a person's current title: "Minister of the Environment"
// and "the Ministry of the Environment", "Secretary for Transport" and
// "the Department for Transport"; a zero Org when the text names none.
func (t *Tracker) ministryOf(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		for k := tl.first; k+2 <= tl.end; k++ {
			if !(toks[k+1].Is("of") || toks[k+1].Is("for")) || !ministerWord(toks[k].Text) {
				continue
			}
			a := k + 2
			if a < tl.end && toks[a].IsFold("the") {
				a++
			}
			if a >= tl.end {
				break
			}
			field := strings.ToLower(t.text[toks[a].Start:toks[tl.end-1].End])
			for i := range t.a.Entities {
				e := &t.a.Entities[i]
				if e.Kind != entities.Organization {
					continue
				}
				n := strings.ToLower(e.Text)
				for _, head := range [...]string{"ministry of ", "department of ", "department for "} {
					if n == head+field || n == head+"the "+field {
						return t.fullOrg(e)
					}
				}
			}
		}
	}
	return Org{}
}

// policeOf returns the one police body the text names, for a person
// whose current title is a police post: "Police Commissioner Jane Roe" and
// "the Samoa Police Service", "Chief Constable Jane Roe" and "the Western
// Constabulary". A zero Org when the text names none or several.
func (t *Tracker) policeOf(p *Speaker) Org {
	toks := t.a.Tokens
	police := false
	for _, tl := range t.titleOf[p] {
		for k := tl.first; k < tl.end && !tl.former; k++ {
			if toks[k].IsFold("police") || toks[k].IsFold("constable") {
				police = true
			}
		}
	}
	if !police {
		return Org{}
	}
	var found *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || !(strings.Contains(e.Text, "Police") || strings.Contains(e.Text, "Constabulary")) || e.Tokens.Len() < 2 {
			continue
		}
		if found != nil && !strings.EqualFold(found.Text, e.Text) {
			return Org{}
		}
		found = e
	}
	if found == nil {
		return Org{}
	}
	return t.fullOrg(found)
}

// ministerWord reports a title whose "of" or "for" names a portfolio a
// ministry or department holds.
func ministerWord(w string) bool {
	switch strings.ToLower(w) {
	case "minister", "secretary", "undersecretary", "under-secretary", "commissioner":
		return true
	}
	return false
}

// issuerIsOffice reports an issuer that names the office o names in
// other words: "Office of the District Attorney" for "the District
// Attorney’s Office".
func (t *Tracker) issuerIsOffice(o Org) bool {
	in := strings.ToLower(t.issuer.Name)
	if !strings.HasPrefix(in, "office of ") {
		return false
	}
	head := strings.ToLower(o.Name)
	for _, suf := range [...]string{"’s office", "'s office", " office"} {
		head = strings.TrimSuffix(head, suf)
	}
	f := strings.Fields(head)
	if len(f) == 0 {
		return false
	}
	return strings.Contains(in, f[len(f)-1]) // "attorney"
}

// titleOffice returns the office the text names after a person's current
// title, when the title names no body: "Sheriff Jane Roe" works for "the
// Rivertown County Sheriff’s Office", "District Attorney Jane Roe" for "the
// Kelvale District Attorney’s Office". The office is read as written,
// from the capitalized words before the title to "Office".
func (t *Tracker) titleOffice(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || tl.end-tl.first > 3 {
			continue
		}
		head := strings.ToLower(toks[tl.end-1].Text)
		if o, ok := t.offices()[head]; ok {
			return o
		}
		if rest := strings.TrimPrefix(head, "under"); rest != head {
			if o, ok := t.offices()[rest]; ok {
				return o // "Undersheriff Jane Roe" of "the Rivertown County Sheriff’s Office"
			}
		}
	}
	return Org{}
}

// governmentOf are the words that open the formal name of the government
// a head of government's title serves: a mayor the "City of …", a
// governor the "State of …".
var governmentOf = map[string][]string{
	"mayor":    {"City", "Town", "Village", "Borough", "Municipality", "County"},
	"governor": {"State", "Commonwealth"},
	"gov":      {"State", "Commonwealth"},
}

// localGovernment returns the government a person's bare head-of-
// government title serves when the text names exactly one such by its
// formal name: "Mayor Jane Roe" and "the City of Rivertown".
func (t *Tracker) localGovernment(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || tl.end-tl.first > 2 {
			continue
		}
		heads := governmentOf[strings.ToLower(strings.TrimSuffix(toks[tl.end-1].Text, "."))]
		if heads == nil || tl.end-tl.first == 2 && !entities.IsTitleModifier(toks[tl.first].Text) {
			continue
		}
		found, ok := governmentNamed(toks, t.text, heads, "")
		if ok && found == "" && t.header != nil {
			found, ok = governmentNamed(t.header.Tokens, t.header.Text, heads, "") // the page's header: "City of Rivertown" over "Police Department"
		}
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

// usStateOfText returns the US state of the release: the one its
// dateline names ("WICHITA, Kan., Nov. 10 –", "ALBANY, N.Y. --"), else
// the one it names most often by name, at least twice and more often
// than any other.
func (t *Tracker) usStateOfText() (entities.USState, bool) {
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
	best, n, tie := "", 0, false
	for name, c := range count {
		switch {
		case c > n:
			best, n, tie = name, c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
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

// offices maps the lower-case title before "’s Office" to the office the
// text names that way ("sheriff" to "Rivertown County Sheriff’s Office"),
// the first one named; built once per document.
func (t *Tracker) offices() map[string]Org {
	if t.officeOf != nil {
		return t.officeOf
	}
	t.officeOf = map[string]Org{}
	toks := t.a.Tokens
	for k := 2; k < len(toks); k++ {
		if !toks[k].Is("Office") || toks[k-1].Kind != entities.Possessive || !toks[k-2].IsCap() {
			continue
		}
		head := strings.ToLower(toks[k-2].Text)
		if _, ok := t.officeOf[head]; ok || !entities.IsTitleWord(toks[k-2].Text) {
			continue
		}
		st := k - 2
		for st > 0 && k-st < 8 && toks[st-1].Kind == entities.Word && toks[st-1].IsCap() && toks[st-1].Newlines == 0 {
			st--
		}
		if st < k-2 || toks[st].IsCap() {
			for st < k-2 && isArticle(toks[st].Text) {
				st++
			}
			t.officeOf[head] = Org{Name: t.text[toks[st].Start:toks[k].End]}
		}
	}
	return t.officeOf
}

// stateMember are the heads of a state legislator's title after "State".
var stateMember = map[string]bool{"senator": true, "representative": true, "rep.": true, "assemblyman": true, "assemblywoman": true, "assemblymember": true, "delegate": true}

// stateChamber returns the chamber of a state's legislature the text
// names, for a state senator ("the Ohio Senate") or a state
// representative ("the Ohio House", "the Kelvale House of Delegates"):
// the words from the state's name to the chamber's head, as written.
// Zero when the text names none.
func (t *Tracker) stateChamber(senator bool) Org {
	toks := t.a.Tokens
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || toks[e.Tokens.First].Is("U.S.") {
			continue
		}
		last := toks[e.Tokens.End-1].Text
		chamber := senator && last == "Senate" ||
			!senator && (last == "House" || last == "Representatives" && e.Tokens.Len() >= 3 || last == "Delegates" && e.Tokens.Len() >= 3)
		if !chamber {
			continue
		}
		start := toks[e.Tokens.First].Start
		if f := e.Tokens.First; f > 0 && toks[f].Is("House") && e.Tokens.Len() == 1 {
			pe := t.a.EntityAt(f - 1)
			if pe == nil || pe.Kind != entities.Place || pe.Tokens.End != f {
				continue // "the House": no state's chamber
			}
			start = pe.Start // "Ohio" "House": the state's House
		} else if e.Tokens.Len() < 2 {
			continue
		}
		return Org{Name: t.text[start:e.End]}
	}
	return Org{}
}

// legislature returns the legislature the text names, as written: an
// organization that ends in "General Assembly" or "Legislature" ("both
// chambers of the General Assembly", "the Ruritania State Legislature").
func (t *Tracker) legislature() Org {
	if t.legislatureSeen {
		return t.legislatureOrg
	}
	t.legislatureSeen = true
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind == entities.Organization && (strings.HasSuffix(e.Text, "General Assembly") || strings.HasSuffix(e.Text, "Legislature")) {
			t.legislatureOrg = Org{Name: e.Text} // not the UN's General Assembly that the lists know by the same name
			break
		}
	}
	return t.legislatureOrg
}

// chamber returns the legislature a state legislator sits in ("State
// Senator Jane Roe": the General Assembly the text names), or the chamber a
// member of the US Congress sits in, when the person has a US party's tag
// ("(R-Texas)") or
// the text speaks of Congress and a current title is a bare member's:
// "Congresswoman Roe" sits in the U.S. House of Representatives, "Senator
// Doe" in the U.S. Senate; not "State Senator Doe" or "Representative of
// Ruritania to the UN".
func (t *Tracker) chamber(p *Speaker) Org {
	toks := t.a.Tokens
	for _, ti := range t.titleOf[p] {
		if !ti.former && ti.end-ti.first == 2 && toks[ti.first].Is("State") && stateMember[strings.ToLower(toks[ti.first+1].Text)] {
			if o := t.stateChamber(toks[ti.first+1].IsFold("senator")); o.Name != "" {
				return o
			}
			if o := t.legislature(); o.Name != "" {
				return o
			}
		}
	}
	if !t.congress() && !t.usParty[p] {
		return Org{}
	}
	for _, ti := range t.titleOf[p] {
		if ti.former || ti.credential || ti.end-ti.first > 2 {
			continue
		}
		if ti.end-ti.first == 2 && !toks[ti.first].IsFold("U.S.") {
			continue
		}
		switch strings.ToLower(strings.TrimSuffix(toks[ti.end-1].Text, ".")) {
		case "congressman", "congresswoman", "congressmember", "representative", "rep", "representatives", "congressmen", "congresswomen":
			return Org{Name: "U.S. House of Representatives"}
		case "senator", "sen", "senators":
			return Org{Name: "U.S. Senate"}
		}
	}
	return Org{}
}

// congress reports whether the text speaks of the US Congress; the text
// is read once.
func (t *Tracker) congress() bool {
	if t.congressSeen == 0 {
		t.congressSeen = 1
		for i := range t.a.Tokens {
			switch t.a.Tokens[i].Text {
			case "Congress", "Congressional", "congressional":
				t.congressSeen = 2
			}
		}
	}
	return t.congressSeen == 2
}

// atWith reports "at" or "with", which put the body a person works for
// after a title: "researcher at Kelvale Health", "a research scientist
// with Zentrix Labs".
func atWith(t entities.Token) bool { return t.Is("at") || t.Is("with") }

// teamNouns are the groups a body sends, led by a person who speaks for
// the body.
var teamNouns = toSet("team mission delegation staff panel")

// ledTeam returns the body whose team a person's first mention leads:
// "An International Monetary Fund (IMF) team led by Mr. Jane Roe visited
// …" speaks for the IMF; "A delegation of the European Parliament, led
// by Dr. Jane Roe MEP, joined …" for the Parliament.
func (t *Tracker) ledTeam(p *Speaker) Org {
	pos := t.positions[p]
	if len(pos) == 0 {
		return Org{}
	}
	toks := t.a.Tokens
	k := t.a.TokenAt(pos[0])
	for k > 0 && isHonorific(toks[k-1].Text) {
		k--
	}
	if k < 4 || !toks[k-1].Is("by") || !(toks[k-2].Is("led") || toks[k-2].Is("headed")) {
		return Org{}
	}
	if toks[k-3].Is(",") && k >= 7 {
		// "A delegation of the European Parliament, led by Dr. Jane Roe
		// MEP": the body after the team's noun and "of" or "from"
		if e := t.a.EntityAt(k - 4); e != nil && e.Kind == entities.Organization && e.Tokens.End == k-3 {
			b := e.Tokens.First - 1
			if b > 0 && toks[b].Is("the") {
				b--
			}
			if b > 0 && (toks[b].Is("of") || toks[b].Is("from")) && teamNouns[strings.ToLower(toks[b-1].Text)] {
				return t.fullOrg(e)
			}
		}
		return Org{}
	}
	if !teamNouns[strings.ToLower(toks[k-3].Text)] {
		return Org{}
	}
	j := k - 4
	if toks[j].Is(")") {
		for j > 0 && !toks[j].Is("(") && j > k-10 {
			j--
		}
		j--
	}
	if j < 0 {
		return Org{}
	}
	if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Organization {
		return t.fullOrg(e)
	}
	return Org{}
}

// ownRoleTitle reports a title whose head is a role held on one's own
// account ("the Kelvale-born composer", "a dairy farmer"): it makes no
// post of the issuer. The head is the last word before a preposition.
func (t *Tracker) ownRoleTitle(tl title) bool {
	toks := t.a.Tokens
	head := -1
	for k := tl.first; k < tl.end; k++ {
		if orgPrepositions[strings.ToLower(toks[k].Text)] {
			break
		}
		if toks[k].Kind == entities.Word {
			head = k
		}
	}
	return head >= 0 && entities.OwnRole(toks[head].Text)
}

// servesSecretaryGeneral reports a current title of p that is an office
// "of the Secretary-General": "Special Envoy of the Secretary-General".
func (t *Tracker) servesSecretaryGeneral(p *Speaker) bool {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former {
			continue
		}
		for k := tl.first + 2; k < tl.end; k++ {
			if toks[k].IsFold("secretary-general") && toks[k-1].Is("the") && toks[k-2].Is("of") {
				return true
			}
		}
	}
	return false
}

// otherPortfolio reports a minister whose title names a field that is not
// the issuing ministry's: the Minister of Trade quoted in the Ministry of
// Climate's release is no post of that ministry.
func (t *Tracker) otherPortfolio(p *Speaker) bool {
	if !strings.Contains(strings.ToLower(t.issuer.Name), "ministry") {
		return false
	}
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		for k := tl.first; k < tl.end && !tl.former; k++ {
			if toks[k].IsFold("minister") {
				return !t.issuesPortfolio(p)
			}
		}
	}
	return false
}

// issuesPortfolio reports a ministry that issues the release and whose
// name shares a word of p's ministerial title: the Ministry of Climate
// and Environment is the Minister of Climate and Environment's, and the
// Ministry of Transport the Transport Minister's, not the Minister of
// Agriculture's. Any ministry when p's title names no field.
func (t *Tracker) issuesPortfolio(p *Speaker) bool {
	issuer := strings.ToLower(t.issuer.Name)
	if !strings.Contains(issuer, "ministry") {
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(issuer, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words[w] = true
	}
	toks := t.a.Tokens
	field := false
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		minister := false
		for k := tl.first; k < tl.end; k++ {
			minister = minister || toks[k].IsFold("minister")
		}
		for k := tl.first; k < tl.end && minister; k++ {
			w := strings.ToLower(toks[k].Text)
			if toks[k].Kind != entities.Word || !toks[k].IsCap() || ministerWord(toks[k].Text) || entities.IsTitleModifier(w) {
				continue
			}
			field = true
			if words[w] {
				return true
			}
		}
	}
	return !field
}

// governmentOf returns, for a minister whose title names no body the text
// names (ministryOf found none), the government the text names most
// ("the Government of Kelvania", "the Kelvale Government"), when the
// issuer is no government of its own: a minister speaks for a government,
// not for the agency that issues the release. Zero when the text names
// none, or two as often.
func (t *Tracker) governmentOf(p *Speaker) Org {
	toks := t.a.Tokens
	minister := false
	for _, tl := range t.titleOf[p] {
		for k := tl.first; k < tl.end && !tl.former; k++ {
			if toks[k].Is("Minister") {
				minister = true
			}
		}
	}
	if !minister || strings.Contains(strings.ToLower(t.issuer.Name), "government") || t.issuesPortfolio(p) {
		return Org{}
	}
	count := map[string]int{}
	first := map[string]*entities.Entity{}
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || e.Tokens.Len() < 2 || !(toks[e.Tokens.First].Is("Government") && toks[e.Tokens.First+1].Is("of") || toks[e.Tokens.End-1].Is("Government") && !toks[e.Tokens.End-2].Is("and")) {
			continue
		}
		key := strings.ToLower(e.Text)
		if count[key]++; first[key] == nil {
			first[key] = e
		}
	}
	if len(count) == 0 {
		// only "the Government", capitalized: the text's own government
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].Is("Government") && toks[k-1].IsFold("the") && !toks[k+1].Is("of") && t.a.EntityAt(k) == nil {
				return Org{Name: toks[k].Text}
			}
		}
	}
	best, most, tie := "", 0, false
	for key, n := range count {
		switch {
		case n > most:
			best, most, tie = key, n, false
		case n == most:
			tie = true
		}
	}
	if best == "" || tie {
		return Org{}
	}
	return t.fullOrg(first[best])
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
		if head, unit := entities.OrgHead(strings.ToUpper(w.Text[:1]) + w.Text[1:]); !genericOrg(w.Text) && (!head || unit) {
			continue
		}
		if i := t.a.EntityIndex(tl.end); i >= 0 && t.byEntity[i] == p {
			return Org{Name: t.a.Entities[i].Text}
		}
	}
	return Org{}
}

// forPlace reports a place at token k after "for" or "for the": the
// territory a post covers ("Coordinator for the Sahel").
func (t *Tracker) forPlace(k int) bool {
	toks := t.a.Tokens
	return k > 0 && toks[k-1].Is("for") || k > 1 && toks[k-1].IsFold("the") && toks[k-2].Is("for")
}

// commissionOf returns, for a commissioner of a field ("Commissioner for
// the Circular Economy Jane Roe", "Commissioner for Energy"), the one
// commission the text names ("the European Commission"): a commissioner
// is a member of the commission, not of the body that issues the text (a
// parliament's committee). Zero when the text names none, or several.
func (t *Tracker) commissionOf(p *Speaker) Org {
	toks := t.a.Tokens
	field := false
	for _, tl := range t.titleOf[p] {
		for k := tl.first; k+1 < tl.end && !tl.former; k++ {
			if toks[k].Is("Commissioner") && toks[k+1].Is("for") && (k == tl.first || !toks[k-1].IsCap() || toks[k-1].Is("EU") || toks[k-1].Is("European")) {
				field = true
			}
		}
	}
	if !field {
		return Org{}
	}
	var found *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || e.Tokens.Len() < 2 || !toks[e.Tokens.End-1].Is("Commission") {
			continue
		}
		if found != nil && !strings.EqualFold(found.Text, e.Text) {
			return Org{}
		}
		found = e
	}
	if found == nil {
		return Org{}
	}
	return t.fullOrg(found)
}
