package speakers

import (
	"slices"
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

// An orgCand is an organization a title names: an entity, or a run of
// capitalized words no entity covers.
type orgCand struct {
	first, end int
	e          *entities.Entity // nil for a run the recognizer did not take
	unit       bool             // a sub-body: "Department of Surgery"
}

// orgPrepositions introduce the body a title belongs to.
var orgPrepositions = map[string]bool{"of": true, "at": true, "for": true, "with": true, "from": true}

// titleOrgs returns the organizations and places named in the title
// [first, end), in order.
func (t *Tracker) titleOrgs(first, end int) []orgCand {
	toks := t.a.Tokens
	var out []orgCand
	possessor := false // the title opens with its body's possessive: "the agency's Head of Labour Market Statistics"
	for k := first; k < end; k++ {
		prep := k > first && toks[k-1].IsLower() && orgPrepositions[strings.ToLower(toks[k-1].Text)] &&
			!(toks[k-1].Is("of") && k-2 >= first && entities.AcademicRank(toks[k-2].Text)) || // "professor of Neurosurgery": a field
			k > first && toks[k-1].Is("in") && toks[k].IsFold("the") && k+2 < end && toks[k+2].Kind == entities.Possessive // "a fellow in the Forum's program"
		if k == first && k > 0 && (toks[k-1].Is("Its") || toks[k-1].Is("its")) {
			if e := t.orgBefore(k - 1); e != nil {
				out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "Its head of programmes": the body named before
			}
		}
		if k == first && k > 2 && toks[k-1].Is("whose") && toks[k-2].Is(",") {
			c := k - 2
			for j := c - 1; j > c-10 && j > 1; j-- {
				if toks[j].Is(",") {
					if isArticle(toks[j+1].Text) && toks[j+1].IsLower() {
						c = j // over an appositive: "the Coastal Birds Network, a volunteer group, whose coordinator"
					}
					break
				}
			}
			if e := t.a.EntityAt(c - 1); e != nil && e.Kind == entities.Organization && e.Tokens.End == c {
				out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "the Kelvale Police Federation, whose national rural lead": the body the clause hangs on
			}
		}
		if k == first && k > 0 && toks[k-1].Is("the") && k+1 < end && toks[k+1].Kind == entities.Possessive {
			if c, ok := t.anaphoricOrg(k-1, end); ok {
				out = append(out, c) // "the foundation's program director"
				k++
				continue
			}
		}
		if k == first && toks[k].IsFold("the") && k+2 < end && toks[k+2].Kind == entities.Possessive && toks[k+1].IsLower() {
			if c, ok := t.anaphoricOrg(k, end); ok {
				out = append(out, c) // "the association’s executive director" as the title
				k += 2
				possessor = true
				continue
			}
		}
		if k == first {
			// A body before the title's head: "Rivertown Mayor", "Kelvale
			// University Professor of Surgery", "UN Secretary-General",
			// "Acme’s founder";
			// after modifiers: "Acting Rivertown District Attorney".
			st := k
			for st < end && (entities.IsTitleModifier(toks[st].Text) || isHonorific(toks[st].Text)) {
				st++ // (and honorifics: "H.E. Ambassador")
			}
			if st < end && degreeWord(toks[st].Text) {
				continue // "PhD candidate": a degree, not a body
			}
			head := t.capRunOrg(st, end) // the title's head after the body
			re := head
			if e := t.a.EntityAt(st); e != nil && e.Tokens.First == st && e.Tokens.End < re && re < end && commonRun(toks, e.Tokens.End, re) {
				re = e.Tokens.End // "WRWP Country Director": the title's words after the body
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
			if re == st+1 && head < end && titleAtTok(toks, head) && t.a.EntityAt(st) == nil {
				if h, u := entities.OrgHead(toks[st].Text); h && !u {
					if e, amb := t.orgEndingIn(toks[st].Text); e != nil && !amb {
						out = append(out, orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}) // "Foundation President Jane Roe" after "the Kelvale Foundation"
						k = st
						continue
					}
				}
			}
			if re == st+1 && head < end && localPost(toks[head].Text) && t.isPersonToken(st) && t.a.EntityAt(st).Tokens.Len() == 1 &&
				!t.fullNameElsewhere(toks[st].Text, t.a.EntityAt(st).Span) {
				out = append(out, orgCand{first: st, end: re}) // "Hamilton Mayor Jane Roe": a town the lists do not know
				k = st
				continue
			}
			if e := t.a.EntityAt(st); re == st+2 && head < end && localPost(toks[head].Text) && t.isPersonToken(st) && e.Tokens.First == st && e.Tokens.End == re && entities.CompassWord(toks[st+1].Text) {
				out = append(out, orgCand{first: st, end: re}) // "Palmerston North Mayor Jane Roe": a town and its point of the compass
				k = st + 1
				continue
			}
			if e := t.a.EntityAt(st); possessed && re == st+1 && (e == nil || e.Tokens.Len() == 1) {
				if o := t.orgStartingWith(toks[st].Text); o != nil && o.Tokens.First != st {
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
			if o := t.placeServiceOrg(st, head, end); o != nil {
				out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // "Duluth Police Chief Jane Roe" and "the Duluth Police Department"
				k = head
				continue
			}
			if re > st && head < end && (titleAtTok(toks, head) || possessed) && !(re == st+1 && (entities.NotName(toks[st].Text) || entities.LowerAfterHyphen(toks[st].Text))) { // (not "Olympic medallist", "Kelvale-born composer")
				if c, ok := t.runCand(st, re); ok && (c.e != nil || !commonRun(toks, st, re) || placeHead(toks[re-1].Text) || placeHead(toks[st].Text)) {
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
			if c, ok := t.namedAfterKind(k, end); ok {
				out = append(out, c) // "founder of the Soweto-based delivery start-up Runna": Runna
				k = c.end - 1
				continue
			}
			if c, ok := t.anaphoricOrg(k, end); ok {
				out = append(out, c) // "president of the foundation"
				k++                  // past "the" and the head: the body is elsewhere
				continue
			}
			if re := t.capRunOrg(k, end); re > k {
				if re < end && branchNoun[toks[re].Text] && (t.a.EntityAt(re-1) == nil || t.a.EntityAt(re-1).Kind != entities.Organization) {
					k = re // a branch the issuer runs, named by its place: "manager of the Cottonwood Falls branch"
					continue
				}
				if toks[k-1].Is("of") && k >= 3 && toks[k-2].Is("charge") && toks[k-3].Is("in") {
					k = re - 1 // a portfolio: "Minister of State in charge of Public Health Services"
					continue
				}
				if (toks[k-1].Is("for") || toks[k-1].Is("of") && k >= 2 && ministerWord(toks[k-2].Text)) && fieldRun(toks, k, re) && (t.a.EntityAt(k) == nil || t.a.EntityAt(k).Tokens.End < re) || t.portfolioAt(k, re) {
					if o := t.countryAfterField(k, re); o > 0 {
						k = o // a portfolio, then the country whose it is: "Minister for Foreign Affairs and Trade of Kelvania"
						continue
					}
					k = re - 1 // a portfolio: "Commissioner for Energy and Grids", "Commissioner for the Circular Economy"
					continue
				}
				if toks[k-1].Is("of") && k >= 2 && (entities.AcademicRank(toks[k-2].Text) || toks[k-2].IsFold("curator") || toks[k-2].IsFold("keeper")) &&
					subjectField(toks, k, re) && (t.a.EntityAt(k) == nil || t.a.EntityAt(k).Kind != entities.Organization) {
					k = re - 1 // a collection's or a chair's subject, not a body: "Associate Curator of African Art", "Professor of Economics"
					continue
				}
				if a := k + btoi(toks[k].IsFold("the")); a < re && toks[k-1].Is("of") && titleAtTok(toks, a) && !t.isPersonToken(a+1) {
					k = re - 1 // an office, not a body: "Special Representative of the Secretary-General for …"
					continue
				}
				if k >= 2 && toks[k-1].Is("for") && toks[k-2].Is("Member") {
					k = re - 1 // a constituency, no body: "Member for Bunbury"
					continue
				}
				if e := t.a.EntityAt(k); re == k+1 && (e == nil || e.Kind == entities.Person && e.Tokens.Len() == 1) {
					if o := t.orgStartingWith(toks[k].Text); o != nil && o.Tokens.First != k {
						out = append(out, orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}) // "a spokesperson for Acme" after "Acme Robotics"
						continue
					}
				}
				if c, ok := t.runCand(k, re); ok {
					if o, ok := t.unitOf(c); ok && atWith(toks[k-1]) {
						out = append(out, o) // "at the ILO Regional Office": the ILO's office
						c.unit = true
					}
					out = append(out, c)
					k = re - 1
					continue
				}
			}
		}
		e := t.a.EntityAt(k)
		if e == nil || e.Kind == entities.Person || e.Tokens.First < first {
			continue
		}
		if n := len(out); n > 0 && k > 0 && toks[k-1].Is("(") && out[n-1].end == k-1 {
			k = e.Tokens.End - 1 // "Trilateral Contact Group (TCG)": the acronym of the body before
			continue
		}
		unit := e.Unit
		if len(out) > 0 && t.possessedBy(e.Tokens.First, first) {
			unit = true // "the Forum's Economic Security Program": the possessor's unit
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

// academic reports a title with an academic rank in it: "professor and
// chair of the Department of Surgery", "lecturer in the Division of …".
func academic(toks []entities.Token, first, end int) bool {
	for k := first; k < end; k++ {
		if entities.AcademicRank(toks[k].Text) || toks[k].IsFold("chair") || toks[k].IsFold("dean") {
			return true
		}
	}
	return false
}

// commonRun reports tokens [i, end) that are all common English words,
// lower-cased: "Program Services", "Customer Service".
func commonRun(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		w := toks[k].Text
		if toks[k].Kind == entities.Word && (entities.ProperWord(w) || !entities.CommonWord(w) && !entities.CommonWord(americanSpelling(w)) || toks[k].IsUpper() && len(w) > 1) {
			return false
		}
	}
	return true
}

// namedAfterKind returns the name that ends the title [k, end) after
// "the" and lower-case words that say what kind of body it is, opening
// with a place's adjective in "-based" or the like: "the Soweto-based
// delivery start-up Runna", "the Kelvale-based charity Hearth".
func (t *Tracker) namedAfterKind(k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	j := k
	if j < end && toks[j].IsFold("the") {
		j++
	}
	if j >= end || !entities.LowerAfterHyphen(toks[j].Text) || !toks[j].IsCap() {
		return orgCand{}, false
	}
	j++
	n := 0
	for j < end && toks[j].IsLower() && toks[j].Kind == entities.Word && n < 4 {
		j++
		n++
	}
	if n == 0 || j >= end {
		return orgCand{}, false
	}
	re := j
	for re < end && toks[re].IsCap() && toks[re].Kind == entities.Word {
		re++
	}
	if re != end || re-j > 5 {
		return orgCand{}, false
	}
	if e := t.a.EntityAt(j); e != nil && e.Tokens.First == j && e.Tokens.End == re && e.Kind != entities.Place {
		return orgCand{first: j, end: re, e: e}, true
	}
	return orgCand{first: j, end: re}, true
}

// countryAfterField returns the index of "of" before a country's name
// that ends the run [i, re) of a portfolio: "Foreign Affairs and Trade of
// Kelvania"; 0 when the run ends in none.
func (t *Tracker) countryAfterField(i, re int) int {
	toks := t.a.Tokens
	e := t.a.EntityAt(re - 1)
	if e == nil || e.Kind != entities.Place || e.Tokens.End != re || e.Tokens.First-1 <= i || !toks[e.Tokens.First-1].Is("of") {
		return 0
	}
	if _, ok := entities.Country(e.Text); !ok {
		return 0
	}
	return e.Tokens.First - 1
}

// americanSpelling returns a British spelling's American form, which the
// lists of common words know: "Programme" "Program", "Centre" "Center",
// "Labour" "Labor", "Organisation" "Organization"; other words as they are.
func americanSpelling(w string) string {
	switch {
	case strings.HasSuffix(w, "mme"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "tre"):
		return w[:len(w)-2] + "er"
	case strings.HasSuffix(w, "our") && len(w) > 4:
		return w[:len(w)-2] + "r"
	case strings.HasSuffix(w, "isation"):
		return w[:len(w)-6] + "zation"
	}
	return w
}

// runCand makes a candidate of the run [i, end): the entity when one
// covers the run exactly, else the run itself when it reads as a name.
// An entity that is only part of the run ("US" in "US Widgets") gives way
// to the run. An empty run ("Dara Quill, CEO," ends in one) is none.
func (t *Tracker) runCand(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	first := i
	if first < end && isArticle(toks[first].Text) {
		first++
	}
	if first >= end {
		return orgCand{}, false
	}
	if _, unit := entities.OrgHead(toks[first].Text); end-first == 1 && unit {
		return orgCand{}, false // "Dean of the Faculty": a unit's head alone names no body
	}
	at := i > 0 && atWith(toks[i-1]) || first > i && toks[i].Is("The") // no person after "at" or "with" ("a research scientist with Zentrix Labs") or a capitalized "The"
	if e := t.a.EntityAt(first); e != nil && e.Tokens.First == first && e.Tokens.End >= end && !(at && e.Kind == entities.Person) {
		if e.Kind == entities.Person {
			return orgCand{}, false
		}
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e, unit: e.Unit}, true
	}
	core := end // the run without a legal suffix: "Zentrix Robotics" of "Zentrix Robotics, Inc."
	if core-first > 2 && isCorpSuffix(toks[core-1].Text) && toks[core-2].Is(",") {
		core -= 2
	}
	if e := t.a.EntityAt(first); e != nil && e.Tokens.First == first && e.Tokens.End == core && e.Kind == entities.Organization && core < end {
		return orgCand{first: first, end: end}, true
	}
	for k := first; k < end; k++ {
		// A person inside is no organization, but a single name taken for
		// one ("Widgetry") is part of the run, and so is any name after
		// "at" ("researcher at Kelvale Health") or a capitalized "The" ("President
		// of The Great Kelvale Grill"). An organization inside
		// ("Counter Terrorism Directorate of INTERPOL") is taken as the
		// recognizer has it, the run around it as a sub-body; one that ends
		// the run is its head ("US Widgetry Corp").
		e := t.a.EntityAt(k)
		if e == nil {
			continue
		}
		if e.Kind == entities.Person && e.Tokens.Len() > 1 && !at && e.Tokens.First <= first && e.Tokens.End >= end || e.Kind == entities.Organization && e.Tokens.First > first && connectorWord(toks[e.Tokens.First-1].Text) {
			return orgCand{}, false
		}
		k = e.Tokens.End - 1
	}
	if w := toks[first].Text; end-first == 1 && len(w) > 5 && strings.HasSuffix(w, "ing") && !entities.ProperWord(w) {
		return orgCand{}, false // a field: "Minister for Policing"
	}
	proper, unit := false, false
	for k := first; k < end; k++ {
		w := toks[k].Text
		if toks[k].Kind != entities.Word || connectorWord(w) {
			continue
		}
		if head, u := entities.OrgHead(w); head {
			proper = true
			unit = unit || u
		}
		if entities.ProperWord(w) || !entities.CommonWord(w) && !entities.IsTitleWord(w) || toks[k].IsUpper() && len(w) > 1 {
			proper = true
		}
	}
	if !proper && end-first >= 2 && placeHead(toks[end-1].Text) {
		proper = true // "Salt Lake City", "Rivertown County": common words and a place's head
	}
	if !proper {
		return orgCand{}, false
	}
	return orgCand{first: first, end: end, unit: unit}, true
}

// capRunOrg returns the end of a run of capitalized words from token i
// (after an optional "the"), within [i, end); i when none starts there.
func (t *Tracker) capRunOrg(i, end int) int {
	toks := t.a.Tokens
	k := i
	if k < end && (toks[k].Is("the") || toks[k].Is("The")) {
		k++
	}
	start := k
	for k < end {
		tk := &toks[k]
		switch {
		case k > start && titleAtTok(toks, k):
			return k // "UN Secretary-General": the title is not the body's
		case tk.Kind == entities.Word && (tk.IsCap() || tk.IsUpper() || startsUpper(tk.Text)):
			k++
		case k > start && tk.Is("for") && (toks[k-1].Is("Parliament") || toks[k-1].Is("Assembly")):
			return k // a member's seat, not the body's name: "Member of Parliament for Ho Central"
		case k > start && (tk.Is("of") || tk.Is("and") || tk.Is("&") || tk.Is("for")) && k+1 < end && (toks[k+1].IsCap() || toks[k+1].IsUpper()):
			k++
		case k > start && tk.Is("of") && k+2 < end && toks[k+1].Is("the") && toks[k+2].IsCap() && firstHeadWord(toks[k-1].Text):
			k += 2 // "Municipality of the District of Barrington"
		case k > start && tk.Is(",") && k+1 < end && isCorpSuffix(toks[k+1].Text):
			k++ // "Acme Robotics, Inc."
		case k > start && tk.Kind == entities.Possessive:
			return k // "Acme’s board": the possessor
		default:
			if k == start {
				return i
			}
			return k
		}
	}
	if k == start {
		return i
	}
	return k
}

// startsUpper reports a word that starts with an upper-case letter:
// "McAllister", "eBay" does not.
func startsUpper(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// isCorpSuffix reports a company's legal suffix: "Inc.", "Corp", "LLC".
func isCorpSuffix(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for _, s := range [...]string{"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "nv", "lp", "llp", "spa", "se"} {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

func connectorWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "and", "&", "for", "the", "in", "on", "at":
		return true
	}
	return false
}

// candOrg names a candidate: an entity by its fullest form, a run as
// written.
func (t *Tracker) candOrg(c orgCand) Org {
	if c.e != nil {
		return t.fullOrg(c.e)
	}
	toks := t.a.Tokens
	return Org{Name: t.text[toks[c.first].Start:toks[c.end-1].End]}
}

// branchNoun are the common nouns of a body's branches, that a place's
// name before them names: "the Cottonwood Falls branch", "its Dayton
// campus".
var branchNoun = toSet(`branch branches campus site store office plant depot chapter outlet`)

func titleAtTok(toks []entities.Token, k int) bool {
	n, _ := entities.TitleAt(toks, k)
	return n > 0
}

// placeHead reports the head of a place's name: "Salt Lake City",
// "Rivertown County".
// firstHeadWord reports a body's head that takes "of the" inside its name:
// "Municipality of the District of Barrington".
func firstHeadWord(w string) bool {
	h, u := entities.OrgHead(w)
	return h && !u
}

// degreeWord reports a degree that can stand before a student's title:
// "PhD candidate", "MBA student".
func degreeWord(w string) bool {
	switch strings.ToLower(strings.ReplaceAll(w, ".", "")) {
	case "phd", "dphil", "mphil", "msc", "ma", "mba", "bsc", "ba", "md":
		return true
	}
	return false
}

// portfolioAt reports the run [k, re) after "for" (and "the") that a
// minister's or commissioner's title gives as its portfolio, not a body the
// recognizer knows: "Minister for the Circular Economy".
func (t *Tracker) portfolioAt(k, re int) bool {
	toks := t.a.Tokens
	p := k - 1
	if p > 0 && toks[p].Is("the") {
		p--
	}
	if p < 1 || !(toks[p].Is("for") || toks[p].Is("of")) {
		return false
	}
	a := k + btoi(toks[k].IsFold("the"))
	if e := t.a.EntityAt(a); e != nil && (e.Kind == entities.Organization || e.Kind == entities.Place && toks[p].Is("of")) {
		return false // (a state's: "Prime Minister of Dominica")
	}
	switch strings.ToLower(toks[p-1].Text) {
	case "minister", "commissioner", "secretary", "under-secretary", "undersecretary", "vice-president", "vice-chair", "spokesperson":
		return true
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fieldRun reports a run [i, end) of common nouns, singular or plural,
// joined by "and": a portfolio's field, not a body ("Energy and Grids").
func fieldRun(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		w := toks[k].Text
		if toks[k].IsLower() && (w == "and" || w == "of" || w == "the") || w == "&" {
			continue
		}
		if !(entities.CommonWord(w) || len(w) > 3 && strings.HasSuffix(w, "s") && entities.CommonWord(w[:len(w)-1])) || entities.ProperWord(w) {
			return false
		}
	}
	return true
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

// subjectField reports a run [i, end) of common nouns and demonyms
// joined by "and": a subject of study or a collection, "African Art",
// "Modern and Contemporary Art".
func subjectField(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if w := toks[k].Text; (entities.IsDemonym(w) || adjectival(w)) && !toks[k].IsLower() {
			continue
		}
		if !fieldRun(toks, k, k+1) {
			return false
		}
	}
	return true
}

// localPost reports the post of a town's or county's government that
// follows the town's name: "Hamilton Mayor".
func localPost(w string) bool {
	switch strings.ToLower(w) {
	case "mayor", "sheriff", "councillor", "councilman", "councilwoman", "alderman", "selectman":
		return true
	}
	return false
}

func placeHead(w string) bool {
	switch strings.ToLower(w) {
	case "city", "county", "town", "township", "borough", "village", "province", "parish", "state":
		return true
	}
	return false
}

// orgBefore returns the organization named last before token k, within
// the two sentences before it, or nil: what "its" stands for. A sentence's
// first "Its" stands for the body that opens the sentence before as its
// subject: "The Ostby Fishers' Cooperative signed an agreement with
// Fjordlys Energy. Its chairman, …" (the cooperative's).
func (t *Tracker) orgBefore(k int) *entities.Entity {
	si := t.a.SentenceOf(k)
	if si < 0 {
		return nil
	}
	if si > 0 && t.a.Sentences[si].Tokens.First == k {
		f := t.a.Sentences[si-1].Tokens.First
		if t.a.Tokens[f].Is("The") {
			f++
		}
		if e := t.a.EntityAt(f); e != nil && e.Kind == entities.Organization && e.Tokens.First == f {
			return e
		}
	}
	lo := t.a.Sentences[max(0, si-2)].Tokens.First
	for j := k - 1; j >= lo; j-- {
		if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Organization {
			return e
		}
	}
	return nil
}

// anaphoricOrg reads "the" and an organization's head in lower case after
// a title's preposition as the organization of that head the text named
// last: "Maria Roe, president of the foundation" after "The Helping Hands
// Foundation …".
func (t *Tracker) anaphoricOrg(k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if k+1 >= end || !toks[k].IsFold("the") || !toks[k+1].IsLower() && !(k+2 < end && toks[k+2].Kind == entities.Possessive) && k+2 < end || k+2 < end && toks[k+2].Kind == entities.Word {
		// (a capitalized head before a possessive, or ending the title, too:
		// "the Bank's Director General", "specialist at the Bank")
		return orgCand{}, false
	}
	w := toks[k+1].Text
	if head, _ := entities.OrgHead(strings.ToUpper(w[:1]) + w[1:]); !head {
		return orgCand{}, false
	}
	if genericOrg(strings.ToLower(w)) && t.issuer.Name != "" && !t.issuerByCount && !publicBody(t.issuer.Name) && (!strings.EqualFold(w, "agency") || strings.Contains(t.issuer.Name, "Agency")) {
		// "the company's chief financial officer": a release's "the
		// company" is its issuer, not the last company it names ("the
		// agency" only in an agency's release).
		if e := t.orgNamed(t.issuer.Name); e != nil {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
	}
	if toks[k+1].IsCap() && t.issuer.Name != "" {
		// "the Bank's Director General": a release's capitalized "the
		// Bank" is its issuer, when the issuer is a bank.
		if f := strings.Fields(t.issuer.Name); slices.Contains(f, w) {
			if e := t.orgNamed(t.issuer.Name); e != nil {
				return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
			}
		}
	}
	ents := t.a.Entities
	i := t.a.EntityIndex(k)
	if i < 0 {
		// the entity before k: search back from the nearest one
		for j := k - 1; j >= 0 && i < 0; j-- {
			i = t.a.EntityIndex(j)
		}
	}
	for n := 0; i >= 0 && n < 200; i, n = i-1, n+1 {
		e := &ents[i]
		if e.Kind == entities.Organization && e.Tokens.End <= k && (t.headedBy(e, w) || strings.EqualFold(w, "hospital") && t.medicalCenter(e)) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
	}
	return orgCand{}, false
}

// unitOf returns the organization that opens a unit's name: "ILO" of "ILO
// Regional Office", "Kelvale Health" of "Kelvale Health Research Unit".
func (t *Tracker) unitOf(c orgCand) (orgCand, bool) {
	toks := t.a.Tokens
	if c.e != nil && !c.e.Unit || c.end-c.first < 2 {
		return orgCand{}, false
	}
	first := c.first
	if toks[first].IsFold("the") {
		first++
	}
	e := t.a.EntityAt(first)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != first || e.Tokens.End >= c.end || e.Unit {
		return orgCand{}, false
	}
	for k := e.Tokens.End; k < c.end; k++ {
		if _, unit := entities.OrgHead(toks[k].Text); unit {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // "ILO Regional Office for Asia"
		}
	}
	return orgCand{}, false
}

// medicalCenter reports a hospital named as a medical center: "St.
// Brendan's Regional Medical Center" is "the hospital".
func (t *Tracker) medicalCenter(e *entities.Entity) bool {
	toks := t.a.Tokens
	n := e.Tokens.End
	return n-e.Tokens.First >= 2 && toks[n-2].Is("Medical") && (toks[n-1].Is("Center") || toks[n-1].Is("Centre"))
}

// headedBy reports an organization whose head is the word w: its last
// word ("Kelvale Foundation") or the word before its complement
// ("Ratepayer Coalition of Oregon", "Kelvale Center for the Arts").
func (t *Tracker) headedBy(e *entities.Entity, w string) bool {
	toks := t.a.Tokens
	if strings.EqualFold(toks[e.Tokens.End-1].Text, w) {
		return true
	}
	if (strings.EqualFold(w, "company") || strings.EqualFold(w, "firm")) && e.Tokens.Len() > 1 && isCorpSuffix(toks[e.Tokens.End-1].Text) {
		return true // "the company" for "Kindlepath Financial LLC"
	}
	for k := e.Tokens.First; k+1 < e.Tokens.End; k++ {
		if strings.EqualFold(toks[k].Text, w) && (toks[k+1].Is("of") || toks[k+1].Is("for") || toks[k+1].Is("on")) {
			return true
		}
	}
	return false
}

// orgNamed returns the first organization entity named name.
func (t *Tracker) orgNamed(name string) *entities.Entity {
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.EqualFold(e.Text, name) {
			return e
		}
	}
	return nil
}

// placeServiceOrg returns the body the text names whose name opens with a
// title's place and the first word of the title after it, "the Duluth
// Police Department" for "Duluth Police Chief Jane Roe" (the place at st,
// the title's head "Police Chief" at head): the chief is the
// department's, not the town's. Nil when the text names no such body, or
// the place is followed by more of a name ("Marisol Foods Chief Impact
// Officer" is no officer of "the Marisol Foods Foundation").
func (t *Tracker) placeServiceOrg(st, head, end int) *entities.Entity {
	toks := t.a.Tokens
	pe := t.a.EntityAt(st)
	if pe == nil || pe.Kind == entities.Person || pe.Tokens.First != st || pe.Tokens.End >= end || pe.Tokens.End != head || !toks[pe.Tokens.End].IsCap() {
		return nil
	}
	prefix := t.text[toks[st].Start:toks[pe.Tokens.End].End] + " "
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.HasPrefix(e.Text, prefix) {
			return e
		}
	}
	return nil
}

// publicBody reports the name of a public body, one that is no company:
// a ministry, department, office, government, council, police force,
// court or legislature ("Oregon Department of Justice", "Office of the
// Attorney General"). Its release's "the company" is another body.
func publicBody(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "Ministry", "Department", "Office", "Government", "Council", "Commission", "Police", "Court", "Parliament", "Senate", "Assembly", "Attorney", "Prosecutor", "Prosecutor's", "Sheriff's", "City", "County", "State":
			return true
		}
	}
	return false
}

// commonLast reports a capitalized word that is a common noun, never a
// name: "Water" of "Kelvale Water", "Homes" of "Acme Homes".
func commonLast(w string) bool {
	return entities.CommonWord(w) && !entities.ProperWord(w) && !entities.IsTitleWord(w)
}
