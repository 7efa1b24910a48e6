package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Organizations read from the structure of a title, where no list knows
// them. A title names the body its holder speaks for after a preposition:
//
//	"Chief Financial Officer of Acme Robotics"     -> Acme Robotics
//	"GM at Zentrix"                                -> Zentrix
//	"researcher at Riverside Health"               -> Riverside Health
//	"President of US Widgets"                      -> US Widgets, not the United States
//	"Director of Operations"                       -> none: common words name a department
//	"Rivertown Mayor", "Kelvale University Professor of Surgery" -> the body before the title's head
//	"Analyst at the Policy Unit of Interpol"       -> Interpol, an organization the recognizer knows
//
// An organization is a run of capitalized words (with "of", "and", "&"
// inside and "the" before it) in which some word is no common English
// word, or that ends in an organization's head ("Institute", "Inc.").
//
// titleOrgs walks the title here; the runs of capitals it reads are in
// orgs_runs.go, the bodies a title names by reference in orgs_anaphora.go,
// the runs that name no body in orgs_fields.go and a body before the
// title's head in orgs_before.go.

// An orgCand is an organization a title names: an entity, or a run of
// capitalized words no entity covers.
type orgCand struct {
	first, end int
	e          *entities.Entity // nil for a run the recognizer did not take
	unit       bool             // a sub-body: "Department of Surgery"
}

// branchsBody returns the body of a post that a branch's word opens at
// token k ("Local president", "Branch secretary"): the body named in the
// sentence before whose name holds that word ("members of Kelvo Transit
// Workers Local 1187. Local president Jane Roe said"), else the body that
// opens one of the two sentences before, across a paragraph's break too
// ("The Kelvo Firefighters' Union said …. / Branch secretary Jane Roe
// warned"), when it is a body of members (memberBody) and no issuer.
func (t *Tracker) branchsBody(k int) (orgCand, bool) {
	toks := t.a.Tokens
	si := t.a.SentenceOf(k)
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		sent := &t.a.Sentences[s]
		for j := sent.Tokens.First; j < sent.Tokens.End; j++ {
			if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Organization && e.Tokens.First == j && strings.Contains(" "+e.Text+" ", " "+toks[k].Text+" ") {
				return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
			}
		}
		f := sent.Tokens.First
		if toks[f].Is("The") {
			f++
		}
		if e := t.a.EntityAt(f); e != nil && e.Kind == entities.Organization && e.Tokens.First == f && e.Tokens.End < sent.Tokens.End && toks[e.Tokens.End].IsLower() && !sameBody(Org{Name: e.Text}, t.issuer) && memberBody(e.Text) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
	}
	return orgCand{}, false
}

// memberBody reports the name of a body of members that has branches: a
// union (unionName), a federation, an association ("Kelvo Nurses
// Federation"; not "Marrow Health Service", the employer).
func memberBody(name string) bool {
	if unionName(name) {
		return true
	}
	for _, w := range strings.Fields(name) {
		switch strings.Trim(w, "’'s") {
		case "Federation", "Association", "Congress", "Confederation", "Society", "League", "Alliance", "Institute", "Party":
			return true
		}
	}
	return false
}

// labNouns name a research group by its head: "Okonjo's group".
var labNouns = toSet(`group lab laboratory team`)

// labHeadsBody returns the body of the person whose name ends at token k
// before a possessive and a research group ("in Professor Okonjo's lab"):
// the body her own titles name, the last that is no place. Asked only in
// the release of a body that is no university's: there the issuer is the
// group's (its unit, as the gold of the rounds has it).
func (t *Tracker) labHeadsBody(k int) (orgCand, bool) {
	ei := t.a.EntityIndex(k)
	if ei < 0 || t.a.Entities[ei].Kind != entities.Person || t.a.Entities[ei].Tokens.End != k+1 {
		return orgCand{}, false
	}
	q := t.byEntity[ei]
	if e := &t.a.Entities[ei]; q == nil {
		q = t.latestBefore(t.families[strings.ToLower(e.Text)], e.Start) // (a family name alone, read after the full names)
	}
	if q == nil {
		return orgCand{}, false
	}
	t.inLab = true
	defer func() { t.inLab = false }()
	var found orgCand
	ok := false
	for _, tl := range t.titleOf[q] {
		for _, c := range t.titleOrgs(tl.first, tl.end) {
			if c.e == nil || c.e.Kind != entities.Place {
				found, ok = c, true
			}
		}
	}
	return found, ok
}

// branchWords name a body's part in a place, in lower case before a post:
// "WA branch secretary".
var branchWords = toSet(`branch chapter division local`)

// pluralUnits are the heads of several units named together, whose
// fields follow "of": "the Departments of Political Affairs and Peace
// Operations".
var pluralUnits = map[string]bool{"Departments": true, "Divisions": true, "Offices": true, "Units": true, "Sections": true, "Bureaus": true}

// chamberWords are the one-word names of a legislature, whose
// committees a title names with its possessive: "Parliament's Roads and
// Transport Committee".
var chamberWords = toSet(`Parliament Senate Congress Assembly Legislature`)

// orgPrepositions introduce the body a title belongs to ("within": "the
// Permanent Secretary within the Ministry").
var orgPrepositions = map[string]bool{"of": true, "at": true, "for": true, "with": true, "from": true, "within": true}

// titleOrgs returns the organizations and places named in the title
// [first, end), in order.
// polityNouns name a state by a common noun after "the": a post "of the
// Nation" or "of the Republic" serves the state, and its body is the one
// it belongs to (the issuer's ministry), not "Nation".
var polityNouns = map[string]bool{"Nation": true, "Republic": true, "Country": true}

func (t *Tracker) titleOrgs(first, end int) []orgCand {
	end = kinTail(t.a.Tokens, first, end)
	for k := first + 2; k < end; k++ {
		if postsOffice(t.a.Tokens, k, end) > k {
			// "Commissioner for Refugees in the Office of the Prime
			// Minister": the office her post sits in, after the post's own
			return append(t.titleOrgsIn(first, k-2), orgCand{first: k, end: end})
		}
	}
	return t.withoutSides(t.withoutSitePlaces(t.titleOrgsIn(first, end)))
}

// withoutSides drops a country's adjective before a co-chair's post: the
// side a co-chair sits for in a joint body, whose post it is ("Canadian
// Co-Chair Jane Roe" of a river commission speaks for the commission,
// not for Canada; "U.S. Co-Chair" likewise). The joint body is the one the
// text names with the country ("the Canada-Kelvale Business Council"),
// else the issuer.
func (t *Tracker) withoutSides(cands []orgCand) []orgCand {
	toks := t.a.Tokens
	keep := cands[:0]
	for _, c := range cands {
		if c.end-c.first <= 2 && c.end < len(toks) && (entities.IsDemonym(toks[c.first].Text) || c.e != nil && c.e.Kind == entities.Place) && coChair(toks[c.end].Text) {
			side := t.text[toks[c.first].Start:toks[c.end-1].End]
			if country, ok := entities.Country(side); ok && country != "" {
				side = country
			}
			if e := t.jointBodyOf(side); e != nil {
				keep = append(keep, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // the joint body the text names with the side: "the Canada-Kelvale Business Council"
			}
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// jointBodyOf returns the one organization of the text whose name holds
// the side's country joined to another's by a hyphen or a dash:
// "Canada-Kelvale Business Council" for "Canada"; nil when there is none
// or more than one.
func (t *Tracker) jointBodyOf(side string) *entities.Entity {
	var found *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || e.Text == side {
			continue
		}
		for _, w := range strings.FieldsFunc(e.Text, func(r rune) bool { return r == ' ' || r == '-' || r == '–' }) {
			if w == side && strings.ContainsAny(e.Text, "-–") {
				if found != nil && found.Text != e.Text {
					return nil
				}
				found = e
				break
			}
		}
	}
	return found
}

// hyphenedTown reports a town's name of words joined by hyphens with a
// particle in lower case between capitalized ones: "Esch-sur-Alzette",
// "Stratford-upon-Avon", "Saint-Jean-de-Luz" (not "Kelvo-based").
func hyphenedTown(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 3 || !startsUpper(parts[0]) || !startsUpper(parts[len(parts)-1]) {
		return false
	}
	particle := false
	for _, p := range parts[1 : len(parts)-1] {
		if p == "" {
			return false
		}
		particle = particle || !startsUpper(p)
	}
	return particle
}

// companyIssuer reports an issuer that is a company: no public body,
// school, hospital or charity.
func (t *Tracker) companyIssuer() bool {
	in := t.issuer.Name
	return in != "" && !publicBody(in) && !learningBody(in) && !charityBody(in)
}

// coChair reports the post of one of two chairs of a joint body:
// "Co-Chair", "co-chairman", "Co-President".
func coChair(w string) bool {
	switch strings.ToLower(w) {
	case "co-chair", "co-chairman", "co-chairwoman", "co-chairperson", "co-president", "co-convenor", "co-convener", "co-chairs":
		return true
	}
	return false
}

// withoutSitePlaces drops, in a company's release, the candidates that
// name only where a site stands, after "the" and before the site's noun in
// lower case: the "Kelvo" of "a shift supervisor at the Kelvo plant" is
// the plant's town, and the body is the company (not a body the
// recognizer knows: "the Kelvo Cement plant" keeps "Kelvo Cement"; a
// company the text names with those words takes its place: "the Brenton
// mine" of Brenton Mining Ltd).
func (t *Tracker) withoutSitePlaces(cands []orgCand) []orgCand {
	toks := t.a.Tokens
	keep := cands[:0]
	for _, c := range cands {
		if c.first > 0 && c.end < len(toks) && toks[c.first-1].IsFold("the") && toks[c.end].IsLower() && entities.SiteNoun(toks[c.end].Text) &&
			(c.e == nil || c.e.Kind != entities.Organization) && c.end-c.first <= 2 && t.companyIssuer() { // (not in a union's or a ministry's release: the site is another's, "a driller at the Brenton mine")
			if e := t.a.BodyOpenedBy(t.text[toks[c.first].Start:toks[c.end-1].End], toks[c.end].Text); e != nil {
				keep = append(keep, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // a company's own site: "a driller at the Brenton mine" of Brenton Mining Ltd
			}
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// titleOrgsIn is titleOrgs with no office named by its holder's post.
func (t *Tracker) titleOrgsIn(first, end int) []orgCand {
	toks := t.a.Tokens
	var out []orgCand
	possessor := false // the title opens with its body's possessive: "the agency's Head of Labour Market Statistics"
	for k := first; k < end; k++ {
		if pe := t.a.EntityAt(k - 2); k > first+2 && toks[k-1].Is(",") && pe != nil && pe.Kind == entities.Place && pe.Tokens.End == k-1 && pe.Tokens.First > first && toks[pe.Tokens.First-1].Is("in") {
			for k < end && !toks[k].Is(",") {
				k++ // the larger place after the town a body is in: "founder of Rimal Date Company in Buraydah, Al-Qassim"
			}
			continue
		}
		if k > first+1 && toks[k-1].Is(",") && t.placeSpans(k, end) && titleWordIn(toks, first, k-1) && !t.placeEndsAt(k-1) { // (not the last of a list of places: "from North America, Europe and Asia")
			out = append(out, orgCand{first: k, end: end, e: t.a.EntityAt(k)}) // the place set off after the post: "Commissioner for Energy, Kelvo State"
			break
		}
		if k > first && k+2 < end && toks[k+1].Kind == entities.Possessive && labNouns[toks[k+2].Text] && !t.inLab && !learningBody(t.issuer.Name) {
			if c, ok := t.labHeadsBody(k); ok {
				out = append(out, c) // a member of a named person's group, under that person's body: "postdoctoral fellow in Okonjo's group"
				break
			}
		}
		if k == first && k+1 < end && (toks[k].Is("Branch") || toks[k].Is("Local") || toks[k].Is("Chapter")) && toks[k+1].IsLower() && entities.IsTitleWord(toks[k+1].Text) && t.a.SentenceOf(k) >= 0 && t.a.Sentences[t.a.SentenceOf(k)].Tokens.First == k {
			if c, ok := t.branchsBody(k); ok {
				out = append(out, c) // a branch's post opening its sentence, the branch's body named just before: "Branch secretary Jane Roe warned" after "The Kelvo Firefighters' Union said …"
				k++
				continue
			}
		}
		if k == first && k+2 < end && branchWords[toks[k+1].Text] && (t.placeAt(k) || toks[k].IsUpper() && len(toks[k].Text) <= 4) {
			if c, ok := t.bodySentenceBefore(k); ok && c.e != nil && memberBody(c.e.Text) {
				out = append(out, c) // a branch's post named by its place, under the body the sentence before opens with: "The Kelvo Nurses Federation welcomed it. WA branch secretary Jane Roe said …"
				k++
				continue
			}
		}
		if k == first && k+1 < end && hyphenedTown(toks[k].Text) && t.a.EntityAt(k) == nil && (toks[k+1].IsFold("mayor") || toks[k+1].IsFold("councillor") || toks[k+1].IsFold("councilor")) {
			out = append(out, orgCand{first: k, end: k + 1}) // a town of hyphened words before its mayor: "Esch-sur-Kelvo mayor Jane Roe"
			continue
		}
		prep := k > first && toks[k-1].IsLower() && orgPrepositions[strings.ToLower(toks[k-1].Text)] &&
			!(toks[k-1].Is("of") && k-2 >= first && entities.AcademicRank(toks[k-2].Text)) || // "professor of Neurosurgery": a field
			k > first && toks[k-1].Is("in") && toks[k].IsFold("the") && k+2 < end && toks[k+2].Kind == entities.Possessive // "a fellow in the Forum's program"
		its := -1 // the "its" before the title or opening it: "said its executive director, Jane Roe"
		if k == first && k > 0 && toks[k-1].IsFold("its") {
			its = k - 1
		} else if k == first && toks[k].IsFold("its") && k+1 < end {
			its = k
		}
		if its >= 0 {
			if e := t.orgBefore(its); e != nil {
				out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "Its head of programmes": the body named before
				possessor = true                                                           // and what the title names after is its unit: "Its Head of Tailings Stability"
			}
		}
		if k == first && k+2 < end && toks[k].IsUpper() && len(toks[k].Text) > 1 {
			if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k && e.Tokens.Len() == 2 && toks[k+2].IsLower() && officerPost(toks, k+2, end) {
				if o := t.statedAcronym(toks[k].Text); o != nil {
					out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // a body's letters and its branch's place before the post, read as a name: "KNUM Kelvoland regional secretary Jane Roe"
					k++
					continue
				}
			}
		}
		if k == first && k > 2 && toks[k-1].Is("whose") && (toks[k-2].Is(",") || toks[k-2].IsLower() && toks[k-2].Kind == entities.Word) {
			c := k - 2
			if !toks[c].Is(",") {
				c = k - 1 // an appositive's noun right before "whose": "Kelvo Heart Trust, a heart health foundation whose Chairman"
			}
			for j := c - 1; j > c-6 && j > 1; j-- {
				if toks[j].Is(",") && entities.LegalFormStart(toks, j+1, c) == j+1 {
					c = j // over a legal form: "Kelvo Robotics, Inc., whose president"
					break
				}
			}
			for j := c - 1; j > c-10 && j > 1; j-- {
				if toks[j].Is(",") {
					if isArticle(toks[j+1].Text) && toks[j+1].IsLower() {
						c = j // over an appositive: "the Coastal Birds Network, a volunteer group, whose coordinator"
					}
					break
				}
			}
			if c > 4 && toks[c-1].Is(")") && toks[c-3].Is("(") {
				c -= 3 // over its letters: "the Kelvo Water Services Authority (KWSA), whose General Manager"
			}
			if e := t.a.EntityAt(c - 1); e != nil && e.Kind == entities.Organization && e.Tokens.End == c {
				out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "the Kelvale Police Federation, whose national rural lead": the body the clause hangs on
			}
		}
		if k > first && k+2 < end && toks[k+1].Kind == entities.Possessive && chamberWords[toks[k].Text] && t.a.EntityAt(k) == nil {
			out = append(out, orgCand{first: k, end: k + 1}) // "Ranking Member on Parliament's Roads and Transport Committee": the chamber whose committee it is
			k++
			continue
		}
		if k == first && k > 0 && toks[k-1].Is("the") && k+1 < end && toks[k+1].Kind == entities.Possessive {
			if c, ok := t.anaphoricOrg(k-1, end); ok {
				out = append(out, c) // "the foundation's program director"
				k++
				continue
			}
		}
		if k == first && toks[k].IsFold("the") && k+2 < end && toks[k+2].Kind == entities.Possessive && (toks[k+1].IsLower() || toks[k+1].IsCap() && (t.a.EntityAt(k+1) == nil || loneHead(t.a.EntityAt(k+1)))) ||
			k == first && toks[k].IsFold("the") && k+3 < end && toks[k+3].Kind == entities.Possessive && toks[k+1].IsLower() && toks[k+2].IsLower() {
			if c, ok := t.anaphoricOrg(k, end); ok {
				out = append(out, c) // "the association’s executive director" as the title (or "the hospital system's"; or "The Council's Secretary-General", the "Intergovernmental Council for Kelvo Bats" named before)
				k += 2
				if toks[k].Kind != entities.Possessive {
					k++
				}
				possessor = true
				continue
			}
		}
		if k == first {
			// A body before the title's head: "Rivertown Mayor", "Kelvale
			// University Professor of Surgery", "UN Secretary-General",
			// "Acme’s founder";
			// after modifiers: "Acting Rivertown District Attorney".
			if e := t.lowerPossessor(k, end); e != nil {
				out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "the provincial government's spokesperson" after "the Huíla Provincial Government"
				continue
			}
			st := k
			for st < end && (entities.IsTitleModifier(toks[st].Text) || isHonorific(toks[st].Text) || modifierAfterHyphen(toks[st].Text)) && !t.placeAt(st) {
				st++ // (and honorifics: "H.E. Ambassador"; not a place's first word: "Sri Lanka's Minister"; an officer in charge's mark: "OIC-Assistant National Statistician")
			}
			if st < end && degreeWord(toks[st].Text) {
				continue // "PhD candidate": a degree, not a body
			}
			if p := lowerNamePossessor(toks, st, end); p > st {
				out = append(out, orgCand{first: st, end: p}) // "Klaipėdos energija's CEO": a body's name its own language writes in lower case after the first word
				k = p
				continue
			}
			if st+1 < end && toks[st].IsLower() && toks[st].Kind == entities.Word && titleAtTok(toks, st+1) {
				if h, u := entities.OrgHead(strings.ToUpper(toks[st].Text[:1]) + toks[st].Text[1:]); h && !u {
					if e, amb := t.orgEndingIn(toks[st].Text); e != nil && !amb {
						out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "union president Jane Roe" after "the Orrin Press Union": the one union the text names
						k = st
						continue
					}
				}
			}
			if p := possessorEnd(toks, st, end); p > st && toks[st].IsCap() && !toks[st].Is("The") && entities.UnlistedPost(toks, p+1, end) && !titleWordIn(toks, p+1, end) && !t.namesPerson(st, p) {
				out = append(out, orgCand{first: st, end: p, e: t.a.EntityAt(st)}) // "Kelvo's cònsol menor": the possessor's post in words no list knows
				break
			}
			head := t.capRunOrg(st, end) // the title's head after the body
			re := head
			if r := t.numberedRegionAt(st, head); r > st {
				re = r // the post's numbered region after its body, no part of its name: "NFMA Region III Director"
				if o := t.statedAcronym(toks[st].Text); o != nil && r == st+1 {
					out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // the body's letters, which the recognizer took into a name with the region
					k = head - 1
					continue
				}
			}
			if e := t.a.EntityAt(st); e != nil && e.Tokens.First == st && e.Tokens.End < re && re < end && commonRun(toks, e.Tokens.End, re) {
				re = e.Tokens.End // "WRWP Country Director": the title's words after the body
			}
			if n, _ := entities.TitleAt(toks, st); n > 1 && st+n > head {
				re = st // a title of several words, no body and its post: "Resident Coordinator"
			}
			if re == st+1 && head < end && (toks[head].Is("Minister") || toks[head].Is("Secretary")) && t.a.EntityAt(st) == nil && entities.CommonOrPlural(strings.ToLower(toks[st].Text)) {
				k = st // a portfolio named by a common word before the post, no body: "Floods Minister Jane Roe"
				continue
			}
			possessed := head < end && toks[head].Kind == entities.Possessive && (head+1 < end && titleAtTok(toks, head+1) || head+2 < end && toks[head+1].IsLower() && titleAtTok(toks, head+2))
			if a := st; possessed && a < head && isArticle(toks[a].Text) && head == a+2 {
				if h, _ := entities.OrgHead(toks[a+1].Text); h {
					if e, amb := t.orgEndingIn(toks[a+1].Text); e != nil && !amb {
						out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "the Alliance’s program director"
						k = head
						continue
					}
				}
			}
			if re == st+1 && head < end && (titleAtTok(toks, head) || head+1 < end && toks[head].IsLower() && titleAtTok(toks, head+1)) && t.a.EntityAt(st) == nil { // (also "Foundation board chair")
				if h, u := entities.OrgHead(toks[st].Text); h && !u && !(toks[st].Is("Group") && ofAfter(toks, head, end)) { // ("Group Chief Executive Officer of Kelvo Hotels": a company's post over its whole group, no "… Seaweed Group" the text names)
					e, amb := t.orgEndingIn(toks[st].Text)
					if amb && t.issuerEndsIn(toks[st].Text) && !t.issuerByCount {
						if c, ok := t.issuerCand(); ok {
							out = append(out, c) // "Foundation Chief Executive Jane Roe" in a foundation's release that names a donor foundation too
							k = st
							continue
						}
					}
					if e != nil && !amb {
						out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "Foundation President Jane Roe" after "the Kelvale Foundation"
						k = st
						continue
					}
					if c, ok := t.lastHeadedBy(st, toks[st].Text); ok {
						out = append(out, c) // "Mission spokesperson" after "the Observer Mission for the Eastern Corridor"
						k = st
						continue
					}
				}
			}
			if re > st && re+1 < end && regionNoun(toks[re].Text) && regionHead(toks[re+1].Text) && properRun(toks, st, re) && (t.a.EntityAt(st) == nil || t.a.EntityAt(st).Tokens.End == re) {
				out = append(out, orgCand{first: st, end: re + 1}) // "Samarkand region khokim Jane Roe": the region a local post governs, no body whose name it opens
				k = re
				continue
			}
			if e := t.a.EntityAt(st); re == st+1 && head < end && titleAtTok(toks, head) && (e == nil || e.Kind == entities.Person && e.Tokens.Len() == 1) && !entities.CommonWord(toks[st].Text) && !t.placeAt(st) && !t.holderNamed(st, end) {
				if o := t.orgWithInnerWord(toks[st].Text); o != nil {
					out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // "Rovers Head Coach John Doe" after "Thornbury Rovers Women FC": the one body whose name holds the word
					k = st
					continue
				}
			}
			if o := t.placeServiceOrg(st, head, end); o == nil && t.placePolice(st, head, end) {
				out = append(out, orgCand{first: st, end: head + 1}) // "Duluth Police Chief Jane Roe" where the text names no department: "Duluth Police"
				k = head
				continue
			}
			if re == st+1 && head < end && localPostAt(toks, head, end) && t.isPersonToken(st) && t.a.EntityAt(st).Tokens.Len() == 1 &&
				!t.fullNameElsewhere(toks[st].Text, t.a.EntityAt(st).Span) {
				out = append(out, orgCand{first: st, end: re}) // "Hamilton Mayor Jane Roe": a town the lists do not know (a police chief's is read above)
				k = st
				continue
			}
			if head < end && toks[head].Is("Governor") && re > st && re-st <= 3 && properRun(toks, st, re) && (t.a.EntityAt(st) == nil || t.a.EntityAt(st).Kind != entities.Organization) && !t.formallyGoverned(st, re) {
				out = append(out, orgCand{first: st, end: re}) // "Nueva Ecija Governor Jane Roe": a province the lists do not know (its government, when the text names one, is read below)
				k = re - 1
				continue
			}
			if e := t.a.EntityAt(st); re == st+2 && head < end && localPost(toks[head].Text) && t.isPersonToken(st) && e.Tokens.First == st && e.Tokens.End == re && entities.CompassWord(toks[st+1].Text) {
				out = append(out, orgCand{first: st, end: re}) // "Palmerston North Mayor Jane Roe": a town and its point of the compass
				k = st + 1
				continue
			}
			if e := t.a.EntityAt(st); re == st+2 && head < end && localPostAt(toks, head, end) && t.isPersonToken(st) && e.Tokens.First == st && e.Tokens.End == re &&
				t.a.EntityAt(head+1) != nil && t.a.EntityAt(head+1).Kind == entities.Person && !entities.CommonWord(toks[st+1].Text) && !t.otherFullName(e.Text, toks[st+1].Text) {
				out = append(out, orgCand{first: st, end: re}) // "Sierra Kelva Mayor Jane Roe": a town of two words the lists do not know, before a post and its holder (not "Brooklyn District Attorney")
				k = st + 1
				continue
			}
			if e := t.a.EntityAt(st); possessed && re == st+1 && (e == nil || e.Tokens.Len() == 1) {
				if o := t.orgStartingWith(toks[st].Text); o != nil && o.Tokens.First != st && !(e != nil && e.Expansion != "") && !(e != nil && e.Kind == entities.Place) { // (not for an acronym the text expands: "PETA's director" is no "PETA Communications"; nor for a country's post: "Mongolia's Minister of Energy" is no "Mongolia Resident Mission")
					out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // "Greenhill's head of partnerships" after "Greenhill Grocers"
					k = st
					continue
				}
				if e != nil && e.Kind == entities.Organization || e == nil && t.orgsStartWith(toks[st].Text) {
					out = append(out, orgCand{first: st, end: re, e: e}) // "Kelvo's Director of Programmes" beside "Kelvo International" and "Kelvo Bangladesh": the body as named
					k = st
					continue
				}
			}
			if possessed && re == st+1 && t.isPersonToken(st) && t.a.EntityAt(st).Tokens.Len() == 1 && (entities.CompanyPost(toks[head+1].Text) || toks[head+1].IsFold("managing") || toks[head+1].IsFold("board")) &&
				!t.fullNameElsewhere(toks[st].Text, t.a.EntityAt(st).Span) {
				out = append(out, orgCand{first: st, end: re}) // "Zentrix’s founder": a single name owns a post
				k = re - 1
				continue
			}
			if e := t.a.EntityAt(st); re > st+1 && head < end && e != nil && e.Kind == entities.Person && e.Tokens.First == st && e.Tokens.End == re &&
				entities.CompanyPost(toks[head].Text) && commonLast(toks[re-1].Text) {
				out = append(out, orgCand{first: st, end: re}) // "Kelvale Water chief executive Jane Roe": a body the recognizer took for a name
				k = re - 1
				continue
			}
			if e := t.a.EntityAt(st); e != nil && e.Kind == entities.Person && e.Tokens.First == st && e.Tokens.Len() >= 2 && e.Tokens.End < end && titleAtTok(toks, e.Tokens.End) && t.labelTitle(first) {
				out = append(out, orgCand{first: st, end: e.Tokens.End}) // "Quotes attributable to Transport Canberra Deputy Director-General": a body the recognizer took for a name, before the post
				k = e.Tokens.End - 1
				continue
			}
			if h := t.nameBeforeTopPost(st, end); h > st {
				out = append(out, orgCand{first: st, end: h}) // "Coralline Subsea Managing Director Jane Roe", "Zentrix Managing Director": a company the recognizer took for a name or did not know
				k = h - 1
				continue
			}
			if re-st >= 2 && head < end && topPost(toks, head, end) && !portfolioPost(toks, head) && commonRun(toks, st, re) && t.a.EntityAt(st) == nil && !isArticle(toks[st].Text) && !headedRun(toks, st, re) {
				out = append(out, orgCand{first: st, end: re}) // "Night Shelter Chief Executive Jane Roe": a body in common words (not a minister's portfolio: "Transport and Infrastructure Minister")
				k = re - 1
				continue
			}
			if o := t.placeServiceOrg(st, head, end); o != nil {
				out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // "Duluth Police Chief Jane Roe" and "the Duluth Police Department"
				k = head
				continue
			}
			if re > st && head < end && (titleAtTok(toks, head) || possessed) && !(re == st+1 && (entities.NotName(toks[st].Text) || entities.LowerAfterHyphen(toks[st].Text))) && // (not "Olympic medallist", "Kelvale-born composer")
				!(st > first && toks[st-1].Is("Chief") && toks[head].Is("Officer")) && // (nor a chief officer's field: "Chief Veterinary Officer")
				!postAndField(toks, st, re) { // (nor a post's word and its field: "Consultant Interventional Radiologist")
				if c, ok := t.runCand(st, re); ok && (c.e != nil || !commonRun(toks, st, re) || placeHead(toks[re-1].Text) || placeHead(toks[st].Text)) && !participleRun(toks, st, re) {
					// (common words before the head name a department:
					// "Program Services Director", "Customer Service Manager";
					// but "City Council President" names the council)
					out = append(out, c)
					k = re - 1
					continue
				}
			}
		}
		if prep {
			if j := lowerNameEnd(toks, k, end); j == end {
				out = append(out, orgCand{first: k, end: j}) // a body's name its own language writes with one capital, ending the title: "CEO of Danubia banka", "Chief Executive Officer of Vltavská energie"
				k = j - 1
				continue
			}
			if h, u := entities.OrgHead(toks[k].Text); h && !u && toks[k].IsCap() && (k+1 == end || !toks[k+1].IsCap() && !toks[k+1].Is("of") && !toks[k+1].Is("for")) {
				if c, ok := t.lastHeadedBy(k, toks[k].Text); ok && !t.bodysPossessive(first) && !(k > first+2 && t.bodysPossessive(first+2)) {
					out = append(out, c) // "Head of Mission": the mission the text named (not a field after a body's possessive: "ENRA's Director of Networks")
					continue
				}
				if k >= 2 && toks[k-1].Is("of") && (toks[k-2].Is("Head") || toks[k-2].Is("Chief")) {
					continue // "Kelby Chief of Mission in Chad": an office's name, no body (the one before it is)
				}
			}
			if c, ok := t.namedAfterKind(k, end); ok {
				out = append(out, c) // "founder of the Soweto-based delivery start-up Runna": Runna
				k = c.end - 1
				continue
			}
			if e := t.basedKindBefore(first, k, end); e != nil {
				out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "Head of Aftersales at the Gdansk-based manufacturer" after "Baltica Bus Works": the body the paragraph named last
				k = end - 1
				continue
			}
			if c, ok := t.anaphoricOrg(k, end); ok {
				out = append(out, c) // "president of the foundation"
				k++                  // past "the" and the head: the body is elsewhere
				continue
			}
			if toks[k-1].Is("for") && k >= 2 && toks[k-2].Is("responsibility") {
				for k+1 < end && (toks[k+1].IsCap() || toks[k+1].Is("and") || toks[k+1].Is(",")) {
					k++ // a portfolio: "Minister of State with responsibility for Planning and Local Government"
				}
				continue
			}
			if re := t.capRunOrg(k, end); re > k {
				if toks[k-1].Is("of") && t.a.EntityAt(k) == nil && (t.bodysPossessive(first) || first+2 < k && toks[first+1].Kind == entities.Possessive && toks[first].IsCap() && t.a.EntityAt(first) != nil && t.a.EntityAt(first).Kind == entities.Organization) && titleWordIn(toks, first, k-1) {
					k = re - 1 // the post's field after the body's possessive before the post: "Kestrel's Vice President of Global Service"
					continue
				}
				if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Place && e.Tokens.First == k {
					if o := t.placesBody(e, end); o != nil {
						out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // "President of Kelvania's National Institute for Disaster Resilience": the institute, not the country
						k = o.Tokens.End - 1
						continue
					}
				}
				if e := t.a.EntityAt(k); toks[k-1].Is("from") && toks[first].IsLower() && toks[k].IsCap() && (e == nil || e.Kind == entities.Place && !isCountry(e) || e.Kind == entities.Person && e.Tokens.Len() == 1) && !bodyHeadIn(toks, k, re) {
					// where one described in lower case is from, no body: "a home
					// support worker and shop steward from Ennis, Co. Clare" (not
					// a delegate's country, "a negotiator from Haiti", nor "a
					// prosecutor from the Director of Public Prosecutions")
					k = re - 1
					continue
				}
				if re < end && branchNoun[toks[re].Text] && (t.a.EntityAt(re-1) == nil || t.a.EntityAt(re-1).Kind != entities.Organization) {
					k = re // a branch the issuer runs, named by its place: "manager of the Cottonwood Falls branch"
					continue
				}
				if toks[k-1].Is("of") && k >= 3 && toks[k-2].Is("charge") && toks[k-3].Is("in") {
					k = re - 1 // a portfolio: "Minister of State in charge of Public Health Services"
					continue
				}
				if (toks[k-1].Is("for") || toks[k-1].Is("of") && k >= 2 && (ministerWord(toks[k-2].Text) || toks[k-2].Is("Head") && !anyOrgHead(toks, k, re))) && fieldRun(toks, k, re) && (t.a.EntityAt(k) == nil || t.a.EntityAt(k).Tokens.End < re) && !t.bodyOpens(k, re) && !t.headedBodyFor(first, k, re) && !t.theHeadedBody(k, re) || t.portfolioAt(k, re) {
					if o := t.countryAfterField(k, re); o > 0 {
						k = o // a portfolio, then the country whose it is: "Minister for Foreign Affairs and Trade of Kelvania"
						continue
					}
					k = re - 1 // a portfolio: "Commissioner for Energy and Grids", "Commissioner for the Circular Economy"
					continue
				}
				if t.headField(k, re) {
					k = re - 1 // a department a head runs, named by its field: "chief of Pediatric Intensive Care"
					continue
				}
				if toks[k-1].Is("of") && k >= 2 && toks[k-2].Is("Rights") && (t.a.EntityAt(k) == nil || t.a.EntityAt(k).Kind != entities.Organization || t.a.EntityAt(k).Tokens.Len() == 1) {
					k = re - 1 // whose rights a mandate covers, no body: "Rapporteur for the Rights of Migrants"
					continue
				}
				if toks[k-1].Is("of") && k >= 2 && (entities.AcademicRank(toks[k-2].Text) || toks[k-2].IsFold("curator") || toks[k-2].IsFold("keeper")) &&
					subjectField(toks, k, re) && (t.a.EntityAt(k) == nil || t.a.EntityAt(k).Kind != entities.Organization) {
					k = re - 1 // a collection's or a chair's subject, not a body: "Associate Curator of African Art", "Professor of Economics"
					continue
				}
				if a := k + btoi(toks[k].IsFold("the")); a < re && toks[k-1].Is("of") && titleAtTok(toks, a) && !t.isPersonToken(a+1) && !entities.OwnRoleBody(toks, a, re) && !(re == a+1 && t.statedAcronym(toks[a].Text) != nil) {
					k = re - 1 // an office, not a body: "Special Representative of the Secretary-General for …" (but letters the text gave a body: "Managing Director of the MLA" after "the Mineral Licensing Authority (MLA)")
					continue
				}
				if re == k+1 && toks[k].Is("Police") && toks[k-1].Is("of") {
					// a police rank's complement, no body's name:
					// "Superintendent of Police"; the one police body the
					// text names, if any
					if e := t.policeNamed(); e != nil {
						out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e})
					}
					continue
				}
				if pb := toks[postBefore(toks, k-1, first)]; k >= 2 && toks[k-1].Is("for") && (pb.Is("Member") || memberLetters(pb.Text)) {
					k = re - 1 // a constituency, no body: "Member for Bunbury", "MPP for Kelvo Centre"
					continue
				}
				if e := t.a.EntityAt(k); re == k+1 && (e == nil || e.Kind == entities.Person && e.Tokens.Len() == 1) && !possessor { // (not a field after its body's possessive: "ENRA's Director of Networks" is no "Networks for Net Zero")
					if o := t.orgStartingWith(toks[k].Text); o != nil && o.Tokens.First != k {
						out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // "a spokesperson for Acme" after "Acme Robotics"
						continue
					}
				}
				if re == k+2 && toks[k].IsFold("the") && polityNouns[toks[k+1].Text] {
					k = re - 1 // the polity the post serves, named by a common noun: "Secretary of Agriculture of the Nation"
					continue
				}
				if toks[k-1].Is("of") && re-k >= 2 && headOfBodyBefore(toks, k-1) && commonRun(toks, k, re) && t.a.EntityAt(k) == nil && capWords(toks, k, re) && !divisionWords(toks, k, re) {
					out = append(out, orgCand{first: k, end: re}) // "Chief Executive Officer of Gulf Aqua Developments": a company's head has no field, so common words after "of" name the company
					k = re - 1
					continue
				}
				if c, ok := t.runCand(k, re); ok {
					if toks[k-1].Is("of") && k >= 2 && pluralUnits[toks[k-2].Text] {
						c.unit = true // the fields of several units: "in the Departments of Political Affairs and Peace Operations"
					}
					if t.servedTerritory(out, c.e, c.first) {
						k = re - 1 // the territory a body's post serves: "Its Regional Secretary for the Midlands"
						continue
					}
					if o, ok := t.unitOf(c); ok && (atWith(toks[k-1]) || toks[k-1].Is("of")) {
						out = append(out, o) // "at the ILO Regional Office": the ILO's office; "Chief Inspector of the PENRO Quarry Section": PENRO's
						c.unit = true
					}
					out = append(out, c)
					k = re - 1
					continue
				}
			}
		}
		e := t.a.EntityAt(k)
		if e != nil && e.Kind == entities.Person && e.Tokens.First == k && k >= first+2 {
			if c, ok := t.namedInParens(k-2, end); ok {
				out = append(out, c) // "technical officer of the amateur league (Lega Dilettanti Lombarda)"
				k = e.Tokens.End - 1
				continue
			}
		}
		if e == nil || e.Kind == entities.Person || e.Tokens.First < first {
			continue
		}
		if n := len(out); n > 0 && k > 0 && toks[k-1].Is("(") && out[n-1].end == k-1 {
			k = e.Tokens.End - 1 // "Trilateral Contact Group (TCG)": the acronym of the body before
			continue
		}
		if k > 1 && toks[k-1].Is("(") && e.Tokens.Len() == 1 && toks[k].IsUpper() && toks[k-2].IsCap() && !titleAtTok(toks, k-2) && t.a.EntityAt(k-2) == nil {
			k = e.Tokens.End - 1 // the acronym of a portfolio's field: "Commissioner for … and Sustainable Environment (ARBE)"
			continue
		}
		if k > 1 && toks[k-1].Is("(") && e.Tokens.Len() == 1 && toks[k].IsUpper() && titleAtTok(toks, k-2) && titleInitials(toks, k-2, first) == toks[k].Text {
			k = e.Tokens.End - 1 // the title's own acronym: "County Executive Committee Member (CECM) for Agriculture"
			continue
		}
		if t.servedTerritory(out, e, k) {
			k = e.Tokens.End - 1 // "the EU Delegation to Kelvo", "for the Pacific": where the body serves, not a body
			continue
		}
		if e.Kind == entities.Place && k > first && (toks[k-1].Is("near") || toks[k-1].Is("outside")) {
			k = e.Tokens.End - 1 // where one lives or works, no body: "a farmer from near Kelvo"
			continue
		}
		unit := e.Unit
		if n := len(out); n > 0 && t.possessedBy(e.Tokens.First, first) && !(out[n-1].e != nil && out[n-1].e.Kind == entities.Place) {
			unit = true // "the Forum's Economic Security Program": the possessor's unit (not a country's: "Norway's Ministry of Transport")
		}
		out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e, unit: unit})
		k = e.Tokens.End - 1
	}
	if academic(toks, first, end) {
		for i := range out {
			if academicUnit(toks[out[i].first].Text) {
				out[i].unit = true // "professor and chair of the Department of Surgery": a unit of the institution
			}
		}
	}
	for i := 1; possessor && i < len(out); i++ {
		out[i].unit = true // the possessor's units: "the agency's Head of Labour Market Statistics"
	}
	return out
}

// namedInParens returns the body named alone in parentheses right after the
// common noun at token k, within [k, end): its own name after its kind,
// "the conservatory (Kelvo Academy of Music)", also where the recognizer
// took it for a person's name, after a body's head or a trade's word in
// lower case ("the amateur league (Lega Kelvo Dilettanti)").
func (t *Tracker) namedInParens(k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if k+3 >= end || toks[k].Kind != entities.Word || !toks[k].IsLower() || !toks[k+1].Is("(") {
		return orgCand{}, false
	}
	e := t.a.EntityAt(k + 2)
	if e == nil || e.Tokens.First != k+2 || e.Tokens.End >= end || !toks[e.Tokens.End].Is(")") {
		return orgCand{}, false
	}
	switch e.Kind {
	case entities.Organization:
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e, unit: e.Unit}, true
	case entities.Person:
		w := strings.ToUpper(toks[k].Text[:1]) + toks[k].Text[1:]
		if head, _ := entities.OrgHead(w); e.Tokens.Len() >= 2 && (head || entities.SectorWord(w)) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End}, true
		}
	}
	return orgCand{}, false
}

// postsOffice returns the end of an office named by its government head's
// post at token k, inside a title after "in the": "Office of the Prime
// Minister" in "Commissioner for Refugees in the Office of the Prime
// Minister" (the recognizer names no body there: the post's holder
// speaks elsewhere); k when there is none.
func postsOffice(toks []entities.Token, k, end int) int {
	if k < 2 || !toks[k].Is("Office") || !toks[k-1].Is("the") || !toks[k-2].Is("in") || k+3 >= end || !toks[k+1].Is("of") || !toks[k+2].Is("the") {
		return k
	}
	a := k + 3
	for a < end && a < k+6 && toks[a].IsCap() && !titleAtTok(toks, a) {
		a++ // "Prime", "Deputy"
	}
	if n, _ := entities.TitleAt(toks, a); n > 0 && a+n == end && (toks[end-1].Is("Minister") || toks[end-1].Is("Premier")) {
		return end // (a government's head: not a company's, "Office of the Chief Executive", nor a university's, "Office of the President")
	}
	return k
}

func titleAtTok(toks []entities.Token, k int) bool {
	n, _ := entities.TitleAt(toks, k)
	return n > 0
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// possessedBy reports a possessive before token i, with at most two
// capitalized words between, no further left than first: "Forum's
// Economic Security Program".
func (t *Tracker) possessedBy(i, first int) bool {
	toks := t.a.Tokens
	for k := i - 1; k >= first && k >= i-3; k-- {
		if toks[k].Kind == entities.Possessive {
			return true
		}
		if toks[k].Kind != entities.Word || !toks[k].IsCap() {
			return false
		}
	}
	return false
}

// participleRun reports two words before a title's head that end in a
// participle, the post's kind and no body: "European Delegated" of "the
// European Delegated Prosecutor", "Court Appointed" (not a company's
// legal form, "Kelvo Limited", nor a club's "Kelvo United"); or words
// after an ordinal, a numbered district ("Eighth Judicial").
func participleRun(toks []entities.Token, st, re int) bool {
	w := toks[re-1].Text
	if entities.Ordinal(toks[st].Text) && re-st <= 3 {
		return true // a numbered district's post: "Eighth Judicial" of "Eighth Judicial District Attorney"
	}
	return re == st+2 && strings.HasSuffix(w, "ed") && entities.CommonWord(w) && !entities.LegalForm(w) && w != "United"
}

// titleInitials returns the initials of the capitalized words that end at
// token last, back to first: "CECM" of "County Executive Committee
// Member".
func titleInitials(toks []entities.Token, last, first int) string {
	f := last
	for f > first && f > last-6 && toks[f-1].IsCap() && toks[f-1].Kind == entities.Word {
		f--
	}
	var b strings.Builder
	for k := f; k <= last; k++ {
		b.WriteString(toks[k].Text[:1])
	}
	return b.String()
}

// PostLetters reports letters that stand for a post the text names: its
// letters stated in parentheses ("Chief Medical Director (CMD)") or the
// initials of a post's words ("CMD" beside "the Chief Medical Director").
func (t *Tracker) PostLetters(w string) bool { return t.a.PostLetters(w) || t.postInitials(w) }

// postInitials reports a name in capitals that is the initials of a post
// the text names: "SHWA" beside "the Secretary for Harbour and Waterfront
// Affairs" (the capitalized words' initials, from the post's first word).
func (t *Tracker) postInitials(name string) bool {
	if len(name) < 3 || len(name) > 6 || strings.ToUpper(name) != name || strings.ContainsAny(name, " .-") {
		return false
	}
	toks := t.a.Tokens
	for k := range toks {
		if toks[k].Text == "" || toks[k].Text[0] != name[0] || !toks[k].IsCap() || toks[k].IsUpper() {
			continue
		}
		if n, _ := entities.TitleAt(toks, k); n == 0 {
			continue
		}
		var b [8]byte
		in := b[:0]
		for j := k; j < len(toks) && j < k+12 && len(in) <= len(name); j++ {
			if w := &toks[j]; w.Kind == entities.Word && w.IsCap() {
				in = append(in, w.Text[0])
			} else if !(w.Is("for") || w.Is("of") || w.Is("and") || w.Is("the")) {
				break
			}
		}
		if string(in) == name {
			return true
		}
	}
	return false
}

// postBefore returns the token before the preposition at k, past the
// post's acronym in parentheses: "Member" of "Committee Member (CECM) for
// Agriculture".
func postBefore(toks []entities.Token, k, first int) int {
	if k-4 >= first && toks[k-1].Is(")") && toks[k-3].Is("(") {
		return k - 4
	}
	return max(k-1, 0)
}

// bodyOpens reports a body the recognizer named that opens the run [k,
// re), after its article: "the Ministry of Disaster Management and
// Relief" (or "the Federal Ministry of Health") after "Secretary of" is
// the secretary's body, not a portfolio.
func (t *Tracker) bodyOpens(k, re int) bool {
	a := k
	if a < re && t.a.Tokens[a].IsFold("the") {
		a++
	}
	e := t.a.EntityAt(a)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != a {
		return false
	}
	h, _ := entities.OrgHead(t.a.Tokens[a].Text)
	if !h && a+2 < e.Tokens.End && t.a.Tokens[a+2].Is("of") {
		h, _ = entities.OrgHead(t.a.Tokens[a+1].Text) // after a modifier: "the Federal Ministry of Water Resources"
	}
	return h
}

// headedBodyFor reports a body the recognizer named by its head word
// last that fills the run [k, re) after a post's "for" that no minister
// holds, in a title [first, …) that names no body of its own before:
// "observer for the Kelvo Climate Facility" serves the facility, where
// "Commissioner for the Circular Economy" holds a portfolio, and so does
// "the Commission's Vice-President for the Energy Union".
func (t *Tracker) headedBodyFor(first, k, re int) bool {
	toks := t.a.Tokens
	if k < 2 || !toks[k-1].Is("for") || ministerWord(toks[k-2].Text) {
		return false
	}
	for j := max(first-3, 0); j < k; j++ {
		if toks[j].Kind == entities.Possessive {
			return false
		}
	}
	a := k
	if toks[a].IsFold("the") {
		a++
	}
	e := t.a.EntityAt(a)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != a || e.Tokens.End != re {
		return false
	}
	h, _ := entities.OrgHead(toks[re-1].Text)
	return h
}

// theHeadedBody reports "the" and a body the recognizer named, ending in
// a body's head (no unit's), that fill the run [k, re) after a post's
// "of": "Commissioner of the National Disaster Risk Management Authority"
// serves the authority, where "Minister of Disaster Management" holds a
// portfolio.
func (t *Tracker) theHeadedBody(k, re int) bool {
	toks := t.a.Tokens
	if k+1 >= re || !toks[k].IsFold("the") || k < 1 || !toks[k-1].Is("of") {
		return false
	}
	e := t.a.EntityAt(k + 1)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != k+1 || e.Tokens.End != re {
		return false
	}
	switch toks[re-1].Text {
	case "Service", "Services", "Forces", "Guard":
		return false // a portfolio named as a body: "Minister of the Public Service", "of the Armed Forces"
	}
	h, unit := entities.OrgHead(toks[re-1].Text)
	return h && !unit
}

// possessorEnd returns the possessive that ends one to three capitalized
// words from st ("Kelvo's", "Upper Kelvo's"), or st when there is none.
func possessorEnd(toks []entities.Token, st, end int) int {
	for p := st + 1; p < end && p <= st+3; p++ {
		if toks[p].Kind == entities.Possessive {
			return p
		}
		if !toks[p].IsCap() {
			return st
		}
	}
	return st
}

// labelTitle reports a title that opens after "attributable to", a
// quotation label's words.
func (t *Tracker) labelTitle(first int) bool {
	toks := t.a.Tokens
	return first >= 2 && toks[first-1].Is("to") && toks[first-2].IsFold("attributable")
}

// bodyHeadIn reports a body's head word in tokens [i, end), an Irish
// county's "Co." after a comma excepted: "Ennis, Co. Clare" names a place.
func bodyHeadIn(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if (toks[k].Is("Co.") || toks[k].Is("Co")) && k > i && toks[k-1].Is(",") && k+1 < end && toks[k+1].IsCap() {
			continue
		}
		if h, _ := entities.OrgHead(toks[k].Text); h {
			return true
		}
	}
	return false
}

// properRun reports capitalized words [i, j) none of which is a common
// word or a title's: a place's name the lists may not know ("Nueva Ecija").
func properRun(toks []entities.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if !toks[k].IsCap() || toks[k].Kind != entities.Word || entities.CommonWord(toks[k].Text) || entities.IsTitleWord(toks[k].Text) || entities.IsTitleModifier(toks[k].Text) {
			return false
		}
	}
	return true
}

// formallyGoverned reports a place [i, j) whose governor's government the
// text names formally ("Kelvo County" for "Kelvo Governor").
func (t *Tracker) formallyGoverned(i, j int) bool {
	_, ok := t.formalGovernment("governor", i, j)
	return ok
}

// holderNamed reports the word at st inside the name of the person the
// title [.., end) stands before: "Smith Head Coach Ben Smith" names the
// coach, no body.
func (t *Tracker) holderNamed(st, end int) bool {
	toks := t.a.Tokens
	e := t.a.EntityAt(end)
	if e == nil || e.Kind != entities.Person {
		return false
	}
	for k := e.Tokens.First; k < e.Tokens.End; k++ {
		if toks[k].Text == toks[st].Text {
			return true
		}
	}
	return false
}

// basedKindBefore returns the body a title's "the <Town>-based <kind>"
// at token k (the title opening at first), its kind of one or two words
// ("the Gothenburg-based food distributor"), stands for, unnamed after it: the last body the text named
// before, in the same paragraph or the one before ("According to Baltica
// Bus Works, … John Doe, Head of Aftersales at the Gdansk-based
// manufacturer, said"); nil when a name follows the kind or no body is
// named.
func (t *Tracker) basedKindBefore(first, k, end int) *entities.Entity {
	toks := t.a.Tokens
	if end < k+3 || end > k+4 || !toks[k].IsFold("the") || !strings.HasSuffix(toks[k+1].Text, "-based") {
		return nil
	}
	for j := k + 2; j < end; j++ {
		if !toks[j].IsLower() || toks[j].Kind != entities.Word {
			return nil // (a kind of one or two words: "the Gothenburg-based food distributor")
		}
	}
	var e *entities.Entity
	for i := range t.a.Entities {
		o := &t.a.Entities[i]
		if o.Tokens.End > first {
			break // (before the title: not "Aftersales" of "Head of Aftersales at …")
		}
		if o.Kind == entities.Organization && o.Tokens.Len() > 1 {
			e = o // (a body's name of several words: not "Łódź" of "the Łódź routes")
		}
	}
	if e == nil {
		return nil
	}
	if d := t.a.Sentences[t.a.SentenceOf(k)].Paragraph - t.a.Sentences[t.a.SentenceOf(e.Tokens.First)].Paragraph; d > 1 || d == 1 && publicBody(e.Text) {
		return nil // (in its paragraph, or a lead paragraph's subject before if no public body: "The Swedish Ministry of Rural Affairs announced …" is no "Gothenburg-based food distributor")
	}
	f := t.a.Sentences[t.a.SentenceOf(e.Tokens.First)].Tokens.First
	if toks[f].Is("The") {
		f++
	} else if toks[f].Is("According") && f+1 < len(toks) && toks[f+1].Is("to") {
		f += 2
	}
	if e.Tokens.First != f {
		return nil // the body the sentence is about, not one it names in passing: "… fined by the Kelvo Roads Administration"
	}
	return e
}

// regionNoun reports the noun in lower case after a region's name:
// "region" of "Kelvo region".
func regionNoun(w string) bool {
	switch w {
	case "region", "district", "province", "oblast", "governorate", "prefecture":
		return true
	}
	return false
}

// regionHead reports the post of a region's appointed or elected head:
// "khokim" of "Kelvo region khokim" (not "district manager", "district
// engineer").
func regionHead(w string) bool {
	switch strings.ToLower(w) {
	case "khokim", "hokim", "akim", "governor", "prefect", "commissioner", "administrator", "mayor", "chairman", "chairperson":
		return true
	}
	return false
}

// memberLetters reports a legislator's letters before the seat they sit
// for: "MPP for Kelvo Centre", "MLA for Kelvo North".
func memberLetters(w string) bool {
	switch w {
	case "MHA", "MNA", "MS", "TD", "MHK":
		return true
	}
	return w == strings.ToUpper(w) && memberPosts[strings.ToLower(w)] // "MP", "MEP", "MSP", "MLA", "MPP"
}

// headOfBodyBefore reports the post of a whole body's head right before
// the "of" at token of, which has no field, only the body it heads: "Chief
// Executive Officer", "CEO", "Chairman", "Founder" (not "Director",
// "Managing Director", a bank's rank, "Minister" or "President", whose "of"
// may name a field, a division or a polity).
func headOfBodyBefore(toks []entities.Token, of int) bool {
	if of < 1 {
		return false
	}
	switch strings.ToLower(toks[of-1].Text) {
	case "ceo", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder":
		return true
	case "officer":
		return of >= 3 && toks[of-3].IsFold("chief") && toks[of-2].IsFold("executive")
	case "executive":
		return of >= 2 && toks[of-2].IsFold("chief")
	}
	return false
}

// divisionWords reports a run with a trade's or a field's word, a
// division's name more than a company's: "Equity Research", "Consumer
// Banking" (after "Chief Executive Officer of").
func divisionWords(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if w := toks[k].Text; entities.SectorWord(w) || entities.Gerund(w) {
			return true
		}
	}
	return false
}

// postAndField reports a post's word and adjectives of its field at
// tokens [st, re), before the specialist's word that heads the title: the
// "Consultant Interventional" of "Consultant Interventional Radiologist",
// no body.
func postAndField(toks []entities.Token, st, re int) bool {
	if re-st < 2 || !entities.IsTitleWord(toks[st].Text) {
		return false
	}
	for k := st + 1; k < re; k++ {
		if !entities.AdjectiveShape(toks[k].Text) || entities.IsPlace(toks[k].Text) {
			return false
		}
	}
	return true
}

// lowerPossessor returns the one body the text names whose last two words
// are the two words in lower case at st, before a possessive and a title:
// "provincial government's spokesperson" after "the Huíla Provincial
// Government"; nil when none or several.
func (t *Tracker) lowerPossessor(st, end int) *entities.Entity {
	toks := t.a.Tokens
	if st < end && toks[st].IsFold("the") {
		st++ // "The provincial government's spokesperson, Jane Roe,"
	}
	if st+3 >= end || !toks[st].IsLower() || toks[st].Kind != entities.Word || !toks[st+1].IsLower() || toks[st+2].Kind != entities.Possessive || !titleAtTok(toks, st+3) {
		return nil
	}
	if h, _ := entities.OrgHead(strings.ToUpper(toks[st+1].Text[:1]) + toks[st+1].Text[1:]); !h {
		return nil
	}
	last2, last := toks[st].Text, toks[st+1].Text
	return remember(t, "lowerpossessor "+strings.ToLower(last2+" "+last), func() *entities.Entity { // (each pair of words scans the entities once)
		var found *entities.Entity
		for i := range t.a.Entities {
			e := &t.a.Entities[i]
			if e.Kind != entities.Organization || e.Tokens.Len() < 3 || !strings.EqualFold(toks[e.Tokens.End-1].Text, last) || !strings.EqualFold(toks[e.Tokens.End-2].Text, last2) {
				continue
			}
			if found != nil && !strings.EqualFold(found.Text, e.Text) {
				return nil
			}
			found = e
		}
		return found
	})
}

// statedAcronym returns the organization the text names in full with the
// letters acr stated after it ("the Kelvo Union of Miners (KNUM)"), or
// nil.
func (t *Tracker) statedAcronym(acr string) *entities.Entity {
	for _, i := range t.entitiesByAcronym(acr) {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && e.Tokens.Len() > 1 {
			return e
		}
	}
	return nil
}

// officerPost reports a post in lower case in tokens [k, end) that a body
// gives its own officers, its last word one of theirs: "regional
// secretary", "branch chair" (not one held for others: "lawyer",
// "adviser", "negotiator").
func officerPost(toks []entities.Token, k, end int) bool {
	last := k
	for last+1 < end && toks[last+1].IsLower() && toks[last+1].Kind == entities.Word {
		last++
	}
	switch toks[last].Text {
	case "secretary", "president", "chair", "chairperson", "chairman", "chairwoman", "leader", "organiser", "organizer", "coordinator", "official", "spokesperson", "spokesman", "spokeswoman", "treasurer", "head", "convenor", "convener":
		return true
	}
	return false
}

// ofAfter reports an "of" in tokens [k, end): the title names its body
// after it ("Group Chief Executive Officer of Kelvo Hotels").
func ofAfter(toks []entities.Token, k, end int) bool {
	for ; k < end; k++ {
		if toks[k].Is("of") {
			return true
		}
	}
	return false
}

// loneHead reports an entity that is a body's head word alone: "Council"
// of "The Council's Secretary-General", which stands for a body named
// before by its full name.
func loneHead(e *entities.Entity) bool {
	if e == nil || e.Tokens.Len() != 1 {
		return false
	}
	h, _ := entities.OrgHead(e.Text)
	return h
}

// modifierAfterHyphen reports a word joined by a hyphen to a title's
// modifier that ends it: "OIC-Assistant" (the officer in charge of an
// assistant's post), "Acting-Deputy".
func modifierAfterHyphen(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && entities.IsTitleModifier(w[i+1:])
}
