package speakers

import (
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
	bare := t.issuer.Name != "" && t.barePost(p)
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
	if c := t.country[p]; c != nil && chosen != nil && !repFound && t.party[p] == nil && t.namesOrgan(*chosen) {
		// "the President of the Council, JANE ROE (Kelvania)": in the
		// organ's own coverage, the member speaks for her country; the
		// organ she presides is an affiliation
		p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		chosen = nil
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
	if chosen != nil && (chosen.e != nil && chosen.e.Kind == entities.Place || chosen.end < len(t.a.Tokens) && t.a.Tokens[chosen.end].Kind == entities.Possessive) && !repFound && t.party[p] == nil {
		if m := t.ministryOf(p); m.Name != "" {
			// "Kelvania's Minister of Health, Jane Roe" where the text names
			// "the Ministry of Health": the ministry; the country is an
			// affiliation
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
			chosen = nil
		}
	}
	var chamber Org
	if chosen == nil {
		chamber = t.chamber(p)
	}
	if chosen == nil && chamber.Name == "" && !repFound && t.party[p] == nil {
		chamber = t.bodyOfPost(p)
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

// barePost reports a current post of p that names no body and is no
// membership: "Chief Observer" (whose body is the issuer's).
func (t *Tracker) barePost(p *Speaker) bool {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || toks[tl.first].IsFold("member") || roleVerbs[toks[tl.first].Text] || t.ownRoleTitle(tl) {
			continue
		}
		if n, _ := entities.TitleAt(toks, tl.first); n == tl.end-tl.first && len(t.titleOrgs(tl.first, tl.end)) == 0 {
			return true
		}
	}
	return false
}

// treatyOf returns, for the officer of a treaty ("Executive Secretary of
// the Convention", "… of the Secretariat of the Convention on Kelvo
// Aquifers"), the treaty as the text first names it in full ("Convention
// on Kelvo Aquifers"): a treaty speaks through its secretariat, though
// the recognizer takes its name for a document's. Zero when the title
// names no convention or the text gives no full name.
func (t *Tracker) treatyOf(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former {
			continue
		}
		for k := tl.first + 2; k < tl.end; k++ {
			if toks[k].Is("Convention") && toks[k-1].Is("the") && toks[k-2].Is("of") {
				return remember(t, "treaty", t.treatyNamed)
			}
		}
	}
	return Org{}
}

// treatyNamed returns the first "Convention on …" (or "for", "against")
// the text names with its capitalized field: "Convention on Kelvo
// Aquifers".
func (t *Tracker) treatyNamed() Org {
	toks := t.a.Tokens
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].Is("Convention") || !(toks[k+1].Is("on") || toks[k+1].Is("for") || toks[k+1].Is("against")) {
			continue
		}
		e := k + 2
		for e < len(toks) && toks[e].Newlines == 0 && (toks[e].Kind == entities.Word && toks[e].IsCap() || toks[e].Is("the") || toks[e].Is("of") || toks[e].Is("and")) {
			e++
		}
		for e > k+2 && toks[e-1].IsLower() {
			e--
		}
		if e > k+2 {
			return Org{Name: t.text[toks[k].Start:toks[e-1].End]}
		}
	}
	return Org{}
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

// fullOrg names an organization by its fullest form in the text: an
// acronym stated elsewhere ("FSC") is named by its expansion, the
// issuer's first word ("Quillon") by the issuer's name, another body's
// first word by the one body the text names that starts with it.
func (t *Tracker) fullOrg(e *entities.Entity) Org {
	o := orgOf(e)
	if e.Tokens.Len() == 1 && !t.a.Tokens[e.Tokens.First].IsUpper() && o.Acronym == "" && e.Expansion == "" && t.issuer.Name != "" && !strings.EqualFold(e.Text, t.issuer.Name) && sameBody(Org{Name: e.Text}, t.issuer) {
		return t.issuer // the issuer's short name: "Quillon" for "Quillon Software, Inc."
	}
	if e.Tokens.Len() == 1 && e.Kind == entities.Organization && !t.a.Tokens[e.Tokens.First].IsUpper() && o.Acronym == "" && e.Expansion == "" &&
		t.issuer.Name != "" && !strings.EqualFold(e.Text, t.issuer.Name) && !entities.IsPlace(e.Text) && !strings.Contains(e.Text, "-") {
		if l := t.orgStartingWith(e.Text); l != nil && !placeNamedHead(t.a.Tokens[l.Tokens.End-1].Text) {
			return orgOf(l) // a short name: "Greenvale" for "Greenvale Produce", named before or after
		}
	}
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
	if si := t.a.SentenceOf(k); si >= 0 {
		if c := t.chainStart(k, t.a.Sentences[si].Tokens.First); c < k && c >= 2 && toks[c-1].Is("by") {
			k = c // "headed by former Foreign Minister of Kelvania Jane Roe"
		}
	}
	if k < 4 || !toks[k-1].Is("by") || !(toks[k-2].Is("led") || toks[k-2].Is("headed")) {
		return Org{}
	}
	if k >= 5 && toks[k-3].Is(",") && teamNouns[strings.ToLower(toks[k-4].Text)] && isArticle(toks[k-5].Text) && t.issuer.Name != "" && !t.issuerByCount {
		return t.issuer // "The Mission, headed by Jane Roe, …" in the issuer's release: the issuer's mission
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

// placeNamedHead reports the head of an institution that takes its town's
// name, so that the town's name alone is no short name of it: "Española
// High School", "Mangochi District Hospital".
func placeNamedHead(w string) bool {
	switch w {
	case "School", "College", "University", "Hospital", "Clinic", "Library", "Museum", "Church", "Airport", "Council", "Police", "Department", "Station", "Centre", "Center":
		return true
	}
	return false
}
