package speakers

import (
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// The bodies of the state a person with a public post speaks for, read
// from the text: a minister's ministry or government, a police officer's
// force, an office ("the Rivertown County Sheriff's Office"), a mayor's
// city and a governor's state, a legislator's chamber, a commissioner's
// commission. finishPerson asks them in turn when a person's titles name
// no body.

// ministryOf returns the ministry or department the text names for the
// portfolio of a person's current title: a department named by the field
// before the post (departmentNamed), a principal secretary's state
// department (stateDepartmentOf), "Minister of the Environment" and "the
// Ministry of the Environment", "Secretary for Transport" and "the
// Department for Transport", "Minister of Mines of the Republic of Kelvo"
// and "the Ministry of Mines"; a zero Org when the text names none.
func (t *Tracker) ministryOf(p *Speaker) Org {
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		if o := t.departmentNamed(tl); o.Name != "" {
			return o // "Transportation Commissioner" and "the Department of Transportation"
		}
		if o := t.secretariatOf(tl); o.Name != "" {
			return o // "Secretary of State for Civil Protection" and "the Secretariat of State for Civil Protection"
		}
		if field := t.portfolio(tl); field != "" {
			if o := t.stateDepartmentOf(tl, field); o.Name != "" {
				return o // "Principal Secretary for Blue Economy" and "the State Department for Blue Economy"
			}
			if o := t.ministryNamed(strings.ToLower(field)); o.Name != "" && !t.otherCountrysMinistry(tl, o.Name) {
				return o
			}
			if tl.first+1 < tl.end && t.a.Tokens[tl.first].IsFold("minister") && t.a.Tokens[tl.first+1].Is("of") && !t.a.Tokens[tl.first+2].Is("State") && t.bareMinistry() && t.textGovernment().Name != "" && !t.placeField(field) {
				return Org{Name: t.ministryAsNamed(field)} // "Minister of Health and Family Wellness" where the text names only "the Ministry" (not a rank, "Minister of State for …", nor a junior portfolio, "Minister for Veterans"; and in a text that names a government: no clergy's "Minister of Word and Sacrament")
			}
		}
	}
	return Org{}
}

// bareMinistry reports a text that names a ministry only by its head,
// "the Ministry" capitalized ("at the Ministry's offices", "the Ministry
// can fog the streets"), and names none in full: the ministry its
// minister heads, "Ministry of" her portfolio. Not where a ministry issues
// the release: its "the Ministry" is the issuer.
func (t *Tracker) bareMinistry() bool {
	return remember(t, "bare ministry", func() bool {
		if n := strings.ToLower(t.issuer.Name); strings.Contains(n, "ministry") || strings.Contains(n, "department") {
			return false
		}
		toks := t.a.Tokens
		bare := false
		for k := 1; k < len(toks); k++ {
			if !toks[k].Is("Ministry") {
				continue
			}
			if e := t.a.EntityAt(k); e != nil && e.Tokens.Len() > 1 {
				return false // a ministry named in full: "the Ministry of Finance", "Kelvo's Health Ministry"
			}
			if toks[k-1].IsFold("the") && (k+1 == len(toks) || !toks[k+1].Is("of") && !toks[k+1].Is("for")) {
				bare = true
			}
		}
		return bare
	})
}

// stateDepartment returns the state department one of p's current titles
// heads (stateDepartmentOf), or a zero Org.
func (t *Tracker) stateDepartment(p *Speaker) Org {
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		if field := t.portfolio(tl); field != "" {
			if o := t.stateDepartmentOf(tl, field); o.Name != "" {
				return o
			}
		}
	}
	return Org{}
}

// stateDepartmentOf returns the state department a principal secretary
// heads, "Principal Secretary for Kelvo Waters" and "the State Department
// for Kelvo Waters", when the text names it; a minister's ministry is
// above it (ministryNamed).
func (t *Tracker) stateDepartmentOf(tl title, field string) Org {
	toks := t.a.Tokens
	if tl.end-tl.first < 4 || !toks[tl.first].IsFold("principal") || !toks[tl.first+1].IsFold("secretary") {
		return Org{}
	}
	for _, name := range [...]string{"State Department for " + field, "State Department of " + field} {
		if t.textHas(name) {
			return Org{Name: name}
		}
	}
	return Org{}
}

// secretariatOf returns the secretariat of state a secretary of state
// heads, as Lusophone governments name them, when the text names it:
// "Secretary of State for Kelvo Waters" and "the Secretariat of State for
// Kelvo Waters"; a zero Org otherwise.
func (t *Tracker) secretariatOf(tl title) Org {
	s := t.text[t.a.Tokens[tl.first].Start:t.a.Tokens[tl.end-1].End]
	if rest, ok := strings.CutPrefix(s, "Secretary of State "); ok {
		if name := "Secretariat of State " + rest; t.textHas(name) {
			return Org{Name: name}
		}
	}
	return Org{}
}

// afterStateRank returns the token after a junior minister's rank at a,
// "State for" of "Minister of State for Trade"; a when there is none.
func afterStateRank(toks []entities.Token, a, end int) int {
	if a+2 < end && toks[a].Is("State") && (toks[a+1].Is("for") || toks[a+1].Is("of")) {
		return a + 2
	}
	return a
}

// portfolio returns the field after a ministerial title's "of" or "for",
// as written: "Mines" of "Minister of Mines of the Republic of Kelvo",
// "Trade" of "Minister of State for Trade"; "" when the title has none.
func (t *Tracker) portfolio(tl title) string {
	toks := t.a.Tokens
	for k := tl.first; k+2 <= tl.end; k++ {
		if !(toks[k+1].Is("of") || toks[k+1].Is("for")) || !ministerWord(toks[k].Text) {
			continue
		}
		a := afterStateRank(toks, k+2, tl.end) // (its article kept: "Minister of the Digital Economy" is of the "Ministry of the Digital Economy")
		if a >= tl.end || toks[a].IsFold("the") && a+1 >= tl.end {
			return ""
		}
		fe := tl.end
		if e := t.a.EntityAt(fe - 1); e != nil && e.Kind == entities.Place && e.Tokens.End == fe {
			if a == k+2 && (e.Tokens.First == a || toks[a].IsFold("the") && e.Tokens.First == a+1) && entities.IsPlace(e.Text) {
				return "" // a place the lists know, no portfolio: "Chief Minister of the Isle of Man"
			}
			o := e.Tokens.First - 1
			if o > a && toks[o].IsFold("the") {
				o--
			}
			if o > a && toks[o].Is("of") {
				fe = o // the country after the portfolio: "Minister of Mines of the Republic of Kelvo"
			}
		}
		return t.text[toks[a].Start:toks[fe-1].End]
	}
	if h := tl.end - 1; h-tl.first >= 1 && h-tl.first <= 4 && toks[h].Is("Minister") {
		f := h // the portfolio before the post: "Youth Development Minister"
		for f > tl.first && toks[f-1].Kind == entities.Word && (toks[f-1].IsCap() || toks[f-1].Is("and")) && !entities.IsTitleModifier(toks[f-1].Text) && t.a.EntityAt(f-1) == nil {
			f--
		}
		if f < h && toks[f].IsCap() {
			return t.text[toks[f].Start:toks[h-1].End]
		}
	}
	return ""
}

// countryMinistry returns the ministry of a minister whose title names
// her portfolio and then the country c ("Deputy Minister of Water
// Resources of the Republic of Kelvania" gives "Ministry of Water
// Resources of the Republic of Kelvania"); a zero Org for any other title.
func (t *Tracker) countryMinistry(p *Speaker, c orgCand) Org {
	toks := t.a.Tokens
	o := c.first - 1
	if o > 0 && toks[o].IsFold("the") {
		o--
	}
	if c.e == nil || c.e.Kind != entities.Place || o < 1 || !toks[o].Is("of") {
		return Org{}
	}
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || tl.end != c.end {
			continue
		}
		h := tl.first
		for h < tl.end && entities.IsTitleModifier(toks[h].Text) {
			h++ // "First Deputy Minister"
		}
		if h < tl.end && toks[h].IsFold("minister") {
			if field := t.portfolio(tl); field != "" && field != "State" {
				return Org{Name: "Ministry of " + field + " " + t.text[toks[o].Start:toks[c.end-1].End]}
			}
		}
	}
	return Org{}
}

// ministryOfPortfolio returns the ministry a minister's current title
// implies where the release has an issuer and it is no body of the state,
// or an agency's (agencyIssuer): "Minister of Transport Jane Roe" in a
// logistics company's release speaks for the "Ministry of Transport", not
// for the company; "Minister of Local Government Jane Roe" in a disaster
// office's release for the "Ministry of Local Government"; a zero Org for
// any other title or issuer.
func (t *Tracker) ministryOfPortfolio(p *Speaker) Org {
	if t.issuer.Name == "" || publicBody(t.issuer.Name) && !agencyIssuer(t.issuer.Name) {
		return Org{}
	}
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || !toks[tl.first].IsFold("minister") && !toks[tl.first].Is("Vice-Minister") && !(tl.first+1 < tl.end && entities.IsTitleModifier(toks[tl.first].Text) && toks[tl.first+1].IsFold("minister")) &&
			!(tl.first+1 < tl.end && toks[tl.first].IsFold("cabinet") && toks[tl.first+1].IsFold("secretary") && t.speaksOfMinistries()) { // (a Kenyan minister: "Cabinet Secretary for Energy", where the text speaks of ministries; not Scotland's or Wales's)
			continue
		}
		if field := t.portfolio(tl); field != "" && field != "State" && toks[tl.first].IsCap() {
			return Org{Name: t.ministryAsNamed(field)}
		}
	}
	return Org{}
}

// agencyIssuer reports a public body's name that is an agency's or an
// office's of its own, under no minister's portfolio by name: "Office of
// Disaster Preparedness and Risk Reduction", "Kelvo Energy Authority" (not
// a ministry, a department, a government, a chamber, a city or a court,
// nor a minister's or a president's office).
func agencyIssuer(name string) bool {
	f := strings.Fields(name)
	agency := false
	for i, w := range f {
		switch w {
		case "Ministry", "Department", "Government", "Parliament", "Senate", "Assembly", "Council", "Court", "City", "County", "State", "Minister", "President", "Prime", "Cabinet", "Police":
			return false
		case "Office":
			agency = agency || i+1 < len(f) && f[i+1] == "of" // ("Office of Disaster Preparedness"; not a UK department's "… Development Office")
		case "Agency", "Authority", "Commission", "Bureau", "Board", "Service":
			agency = true
		}
	}
	return agency
}

// namedMinistryOf returns the ministry of a current minister's portfolio
// that the text names: "Ministry of Forests, Soil and Wildlife" for "the
// Minister for Forests, Soil and Wildlife, Mr. John Doe" where the text
// names it; a zero Org for any other.
func (t *Tracker) namedMinistryOf(p *Speaker) Org {
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || t.shadowPost(tl) || t.demonymOpening(tl) >= 0 || tl.first > 0 && entities.IsDemonym(t.a.Tokens[tl.first-1].Text) {
			continue // (an opposition's shadow minister speaks for no ministry, nor another country's minister the text's ministry: "the visiting Selnian Minister for Forests")
		}
		if field := t.portfolio(tl); field != "" && field != "State" {
			if m := t.ministryAsNamed(field); t.textHas(m) {
				if o := t.onlyOrg(func(e *entities.Entity) bool { return strings.HasPrefix(e.Text, m+" ") }); o.Name != "" {
					return o // the ministry named with more portfolios: "Ministry of Youth Development and National Service" for the "Youth Development Minister"
				}
				return Org{Name: m}
			}
		}
	}
	return Org{}
}

// shadowPost reports a title of the opposition's shadow cabinet: "Shadow
// Minister for Forests", "the Opposition's Shadow Minister".
func (t *Tracker) shadowPost(tl title) bool {
	for k := tl.first; k < tl.end; k++ {
		if t.a.Tokens[k].IsFold("shadow") {
			return true
		}
	}
	return false
}

// portfolioMinistry returns the ministry of a minister's current title
// that names her portfolio ("Minister of Labour and Vocational Training"
// gives "Ministry of Labour and Vocational Training", and so does a
// deputy's or a "Vice-Minister for …"'s), for a text with no
// issuer that names no body of hers; a zero Org for any other title.
func (t *Tracker) portfolioMinistry(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		h := tl.first
		for h < tl.end && entities.IsTitleModifier(toks[h].Text) {
			h++ // "Deputy Minister"
		}
		if tl.former || tl.credential || h >= tl.end || !toks[h].Is("Minister") && !toks[h].Is("Vice-Minister") {
			continue
		}
		if field := t.portfolio(tl); field != "" && field != "State" && !t.placeField(field) {
			return Org{Name: t.ministryAsNamed(field)}
		}
	}
	return Org{}
}

// ministryAsNamed names the ministry of a portfolio as the text names it,
// its article kept or dropped: "Ministry of the Digital Economy" for "the
// Digital Economy", unless the text names a "Ministry of Digital Economy".
func (t *Tracker) ministryAsNamed(field string) string {
	if strings.HasPrefix(field, "the ") {
		if o := t.ministryNamed(strings.ToLower(field)); o.Name != "" {
			return o.Name
		}
	}
	return "Ministry of " + field
}

// placeField reports a portfolio that is a place: "Minister for Wales",
// "Minister for Europe" answer for a territory, no ministry of it.
func (t *Tracker) placeField(field string) bool {
	if entities.IsPlace(field) {
		return true
	}
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Place && e.Rule == "gazetteer" && e.Text == field {
			return true
		}
	}
	return false
}

// departmentNamed returns the ministry or department of the field that
// a title names before its head: "Transportation Commissioner", "Health
// Minister" (a field of one to three capitalized words after any
// modifiers, or of up to five joined by "and": "Forests and Rural Energy
// Minister" and "the Department of Forests and Rural Energy"); a zero Org
// when the text names none.
func (t *Tracker) departmentNamed(tl title) Org {
	toks := t.a.Tokens
	h := tl.end - 1
	if tl.former || tl.credential || h <= tl.first || !ministerWord(toks[h].Text) {
		return Org{}
	}
	a := tl.first
	for a < h && entities.IsTitleModifier(toks[a].Text) {
		a++
	}
	joined := false
	for k := a + 1; k < h-1; k++ {
		joined = joined || toks[k].Is("and") || toks[k].Is("&")
	}
	if a >= h || h-a > 3 && !(joined && h-a <= 6) {
		return Org{}
	}
	for k := a; k < h; k++ {
		if joined && k > a && k < h-1 && (toks[k].Is("and") || toks[k].Is("&")) {
			continue
		}
		if !toks[k].IsCap() || toks[k].Kind != entities.Word || entities.IsTitleWord(toks[k].Text) {
			return Org{}
		}
	}
	return t.ministryNamed(strings.ToLower(t.text[toks[a].Start:toks[h-1].End]))
}

// ministryNamed returns the organization the text (or the issuer's
// letterhead) names "Ministry of", "Ministry for", "Department of" or
// "Department for" the field (in lower case, with or without "the", after
// any level of government: "Federal Ministry for …"); a zero Org when
// there is none.
func (t *Tracker) ministryNamed(field string) Org {
	field = strings.TrimPrefix(field, "the ") // (the names below are tried with the article and without)
	names := func(n string) bool {
		n = strings.ToLower(n)
		if n == field+" bureau" || n == field+" department" {
			return true // the field before the head, as Hong Kong names its bureaux: "Secretary for Transport and Logistics" and "the Transport and Logistics Bureau"
		}
		if rest, ok := strings.CutPrefix(n, field+" "); ok && !strings.Contains(rest, " ") {
			if _, country := entities.Country(rest); country {
				return true // a department named by its field and its country: "Health Canada", "Harbours and Coastal Communities Canada"
			}
		}
		for _, head := range [...]string{"ministry of ", "ministry for ", "department of ", "department for ", "secretariat of ", "secretariat for "} {
			for _, name := range [...]string{head + field, head + "the " + field} {
				// (a level of government before it too: "Federal Ministry
				// for …"; not a list: "Ministry of Health and the Ministry
				// of Education")
				if rest, ok := strings.CutSuffix(n, name); ok && (rest == "" || strings.Count(rest, " ") == 1 && !strings.Contains(rest, "and ") && !(rest == "state " && head == "department for ")) {
					return true // (not a principal secretary's "State Department for Agriculture", below a ministry)
				}
				if country, ok := strings.CutPrefix(n, name+" of "); ok && entities.IsPlace(country) {
					return true // with its country after: "Ministry of Water Resources of Kelvania" for the "Deputy Minister of Water Resources"
				}
			}
		}
		return false
	}
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && names(e.Text) {
			return t.fullOrg(e)
		}
	}
	if names(t.issuer.Name) {
		return t.issuer // the letterhead's ministry, not named in the body
	}
	return Org{}
}

// policeOf returns the one police body the text names, for a person
// whose current title is a police post or rank: "Police Commissioner Jane
// Roe" and "the Samoa Police Service", "Chief Constable Jane Roe" and "the
// Western Constabulary", "Eastern Bays Area Commander Inspector Jane Roe"
// and "New Zealand Police". A minister's portfolio is no post in the police
// ("Minister for Police, Fire and Emergency Services"). A zero Org when
// the text names none or several.
func (t *Tracker) policeOf(p *Speaker) Org {
	toks := t.a.Tokens
	police := t.currentTitleToken(p, func(_ title, k int) bool {
		return policeWord(toks[k].Text) && !(k > 0 && (toks[k-1].Is("for") || toks[k-1].Is("of")))
	}) >= 0
	if !police {
		return Org{}
	}
	return remember(t, "policeBody", func() Org {
		return t.onlyOrg(func(e *entities.Entity) bool {
			return (strings.Contains(e.Text, "Police") || strings.Contains(e.Text, "Constabulary")) && !officersBody(e.Text)
		})
	})
}

// officersBody reports a body of a force's officers, no force: "the
// Kelvale Police Association", "Police Federation", "Police Benevolent
// Fund" (a chief or an inspector is the force's, not theirs).
func officersBody(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "Association", "Federation", "Union", "Foundation", "Guild", "League", "Fund", "Club", "Society":
		return true
	}
	return false
}

// policeWord reports a word of a police post or rank: "Police
// Commissioner", "Chief Constable", "Inspector", "Detective Sergeant",
// "Superintendent" (a police body only where the text names one alone).
func policeWord(w string) bool {
	switch strings.ToLower(w) {
	case "police", "constable", "inspector", "sergeant", "superintendent", "detective":
		return true
	}
	return false
}

// ministerWord reports a title whose "of" or "for" names a portfolio a
// ministry or department holds.
func ministerWord(w string) bool {
	switch strings.ToLower(w) {
	case "minister", "vice-minister", "secretary", "undersecretary", "under-secretary", "commissioner", "mec":
		return true // (a South African province's "MEC for Health")
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
	head := officeHolder(o.Name)
	if head == "" {
		head = strings.TrimSuffix(strings.ToLower(o.Name), " office")
	}
	f := strings.Fields(head)
	if len(f) == 0 {
		return false
	}
	return strings.Contains(in, f[len(f)-1]) // "attorney"
}

// officeHolder returns, in lower case, the post whose office a name is:
// "u.s. attorney" of "U.S. Attorney’s Office"; "" when it is none.
func officeHolder(name string) string {
	in := strings.ToLower(name)
	if i := strings.Index(in, " office, "); i > 0 {
		in = in[:i+len(" office")] // the office before its district: "U.S. Attorney's Office, Northern District of Kelvo"
	}
	for _, suf := range [...]string{"’s office", "'s office"} {
		if h, ok := strings.CutSuffix(in, suf); ok {
			return h
		}
	}
	return ""
}

// issuerIsPostsOffice reports an issuer named as the office of a post p
// holds, or one of its ranks: "U.S. Attorney’s Office" for "U.S.
// Attorney Jane Roe", "Acting United States Attorney Jane Roe" and
// "Assistant U.S. Attorney John Doe".
func (t *Tracker) issuerIsPostsOffice(p *Speaker) bool {
	post := usForm(officeHolder(t.issuer.Name))
	if !strings.Contains(post, " ") {
		return false // (a bare "Sheriff's Office" names no county: "Larimer County Sheriff Jane Roe" keeps the county)
	}
	for _, tl := range t.titleOf[p] {
		if ti := usForm(strings.ToLower(tl.In(t.text))); !tl.former && !tl.credential && (ti == post || strings.HasSuffix(ti, " "+post)) {
			return true
		}
	}
	return false
}

// usForm writes "United States" of a lower-case post as "U.S.": "united
// states attorney" and "u. s. attorney" are "u.s. attorney".
func usForm(s string) string {
	s = strings.ReplaceAll(s, "united states ", "u.s. ")
	return strings.ReplaceAll(s, "u. s. ", "u.s. ")
}

// titleOffice returns the office the text names after a person's current
// title, when the title names no body: "Sheriff Jane Roe" works for "the
// Rivertown County Sheriff’s Office", "District Attorney Jane Roe" for "the
// Kelvale District Attorney’s Office", "Provincial Prosecutor Jane Roe"
// for "the Office of the Provincial Prosecutor". The office is read as
// written.
func (t *Tracker) titleOffice(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential {
			continue
		}
		head := strings.ToLower(toks[tl.end-1].Text)
		if tl.end-tl.first > 3 {
			// a long title only as the office's own words: "Kelvo County
			// District Attorney" of "the Kelvo County District Attorney's Office"
			if o, ok := t.offices()[head]; ok && strings.HasPrefix(strings.ToLower(o.Name), strings.ToLower(tl.In(t.text))) {
				return o
			}
			continue
		}
		if o, ok := t.offices()[head]; ok {
			return o
		}
		if o, ok := t.offices()[strings.ToLower(tl.In(t.text))]; ok {
			return o // "Provincial Prosecutor Jane Roe" of "the Office of the Provincial Prosecutor"
		}
		if rest := strings.TrimPrefix(head, "under"); rest != head {
			if o, ok := t.offices()[rest]; ok {
				return o // "Undersheriff Jane Roe" of "the Rivertown County Sheriff’s Office"
			}
		}
		if head == "deputy" && tl.end-tl.first <= 2 {
			if o, ok := t.offices()["sheriff"]; ok {
				return o // "Chief Deputy Jane Roe", a sheriff's deputy, of "the Rivertown County Sheriff’s Office"
			}
		}
	}
	return Org{}
}

// offices maps the lower-case title before "’s Office" to the office the
// text names that way ("sheriff" to "Rivertown County Sheriff’s Office"),
// and the whole title after "Office of the" to that office ("provincial
// prosecutor" to "Office of the Provincial Prosecutor"), the first one
// named; built once per document.
func (t *Tracker) offices() map[string]Org {
	if t.officeOf != nil {
		return t.officeOf
	}
	t.officeOf = map[string]Org{}
	toks := t.a.Tokens
	bare := map[string]bool{} // heads named only "Treasurer's Office", no place before the title
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
			bare[head] = st == k-2
		}
	}
	for k := 0; k+3 < len(toks); k++ {
		// "the Office of the Provincial Prosecutor": the whole title
		if !toks[k].Is("Office") || !toks[k+1].Is("of") || !toks[k+2].Is("the") {
			continue
		}
		e := k + 3
		for e < len(toks) && e < k+7 && toks[e].Kind == entities.Word && toks[e].IsCap() && toks[e].Newlines == 0 {
			e++
		}
		if e < k+5 || !entities.IsTitleWord(toks[e-1].Text) {
			continue // (of two words or more: "the Office of the Mayor" speaks for no mayor, the city does)
		}
		key := strings.ToLower(t.text[toks[k+3].Start:toks[e-1].End])
		if _, ok := t.officeOf[key]; !ok {
			t.officeOf[key] = Org{Name: t.text[toks[k].Start:toks[e-1].End]}
		}
		if head := strings.ToLower(toks[e-1].Text); bare[head] {
			// "the Treasurer's Office" and "the Office of the Nevada State
			// Treasurer": the office named in full
			t.officeOf[head], bare[head] = t.officeOf[key], false
		}
	}
	return t.officeOf
}

// stateMember are the heads of a state legislator's title after "State".
var stateMember = map[string]bool{"senator": true, "sen.": true, "sen": true, "representative": true, "rep.": true, "assemblyman": true, "assemblywoman": true, "assemblymember": true, "delegate": true}

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
	return remember(t, "legislature", func() Org {
		return t.firstOrg(func(n string) bool {
			return strings.HasSuffix(n, "General Assembly") || strings.HasSuffix(n, "Legislature") // (not the UN's General Assembly that the lists know by the same name)
		})
	})
}

// namedLegislature returns the first legislature the text names: a body
// whose name opens with "Legislative" ("Legislative Yuan", "Legislative
// Council") or ends in "Legislature", "Parliament" or "National Assembly".
func (t *Tracker) namedLegislature() Org {
	return remember(t, "namedLegislature", func() Org {
		return t.firstOrg(func(n string) bool {
			return strings.HasPrefix(n, "Legislative ") || strings.HasSuffix(n, "Legislature") || strings.HasSuffix(n, "Parliament") || strings.HasSuffix(n, "National Assembly")
		})
	})
}

// firstOrg returns, as written, the first organization the text names
// whose name match accepts, or a zero Org.
func (t *Tracker) firstOrg(match func(name string) bool) Org {
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && match(e.Text) {
			return Org{Name: e.Text}
		}
	}
	return Org{}
}

// chamber returns the legislature a state legislator sits in ("State
// Senator Jane Roe": the General Assembly the text names), or the chamber a
// member of the US Congress sits in, when the person has a US party's tag
// ("(R-Texas)") or
// the text speaks of Congress and a current title is a bare member's, or
// the legislature the text names for a bare "Legislator":
// "Congresswoman Roe" sits in the U.S. House of Representatives, "Senator
// Doe" in the U.S. Senate; not "State Senator Doe" or "Representative of
// Ruritania to the UN".
func (t *Tracker) chamber(p *Speaker) Org {
	toks := t.a.Tokens
	for _, ti := range t.titleOf[p] {
		if ti.former {
			continue
		}
		member := "" // a state legislator's title: "State Senator", or "Senator" with a town's party tag
		if ti.end-ti.first == 2 && toks[ti.first].Is("State") {
			member = strings.ToLower(toks[ti.first+1].Text)
		} else if t.stateParty[p] && ti.end-ti.first == 1 && !t.federalTitle(p) {
			member = strings.ToLower(toks[ti.first].Text)
		}
		if stateMember[member] {
			senator := strings.HasPrefix(member, "sen")
			if o := t.stateChamber(senator); o.Name != "" {
				return o
			}
			if o := t.legislature(); o.Name != "" {
				return o
			}
			if st, ok := t.usStateOfText(); ok && senator {
				return Org{Name: st.Name + " Senate"} // "State Sen. Jane Roe" in "SANTA FE, N.M. –": the New Mexico Senate
			}
		}
	}
	for _, ti := range t.titleOf[p] {
		if !ti.former && ti.end-ti.first == 1 && (toks[ti.first].IsFold("legislator") || toks[ti.first].IsFold("lawmaker")) {
			if o := t.namedLegislature(); o.Name != "" {
				return o // "Legislator Jane Roe" and "… in the Legislative Yuan"
			}
		}
	}
	if !t.congress() && !t.usParty[p] && !t.congressTitle(p) {
		return Org{}
	}
	for _, ti := range t.titleOf[p] {
		if ti.former || ti.credential || ti.end-ti.first > 2 {
			continue
		}
		if ti.end-ti.first == 2 && !toks[ti.first].IsFold("U.S.") {
			continue
		}
		switch chamberOf(toks[ti.end-1].Text) {
		case "house":
			return Org{Name: "U.S. House of Representatives"}
		case "senate":
			return Org{Name: "U.S. Senate"}
		}
	}
	return Org{}
}

// memberOfParliament reports a current title whose head is "MP", a member
// of parliament with no other body: "Kelby MP", "MP".
func (t *Tracker) memberOfParliament(p *Speaker) bool {
	return t.currentTitleToken(p, func(tl title, k int) bool {
		return k == tl.end-1 && !tl.credential && t.a.Tokens[k].Text == "MP"
	}) >= 0
}

// federalTitle reports a current title of the US Congress: "U.S.
// Senator", "Congresswoman".
func (t *Tracker) federalTitle(p *Speaker) bool {
	return t.currentTitleToken(p, func(tl title, k int) bool { return k == tl.first && t.a.Tokens[k].IsFold("U.S.") }) >= 0 || t.congressTitle(p)
}

// congressTitle reports a current title that only a member of the US
// House has: "Congresswoman Jane Roe", "Congressman".
func (t *Tracker) congressTitle(p *Speaker) bool {
	return t.currentTitleToken(p, func(tl title, k int) bool {
		switch strings.ToLower(t.a.Tokens[k].Text) {
		case "congresswoman", "congressman", "congressmember":
			return tl.end-tl.first == 1
		}
		return false
	}) >= 0
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

// otherPortfolio reports a minister whose title names a field that is not
// the issuing ministry's: the Minister of Trade quoted in the Ministry of
// Climate's release is no post of that ministry.
func (t *Tracker) otherPortfolio(p *Speaker) bool {
	if !strings.Contains(strings.ToLower(t.issuer.Name), "ministry") {
		return false
	}
	toks := t.a.Tokens
	return t.currentTitleToken(p, func(_ title, k int) bool { return toks[k].IsFold("minister") }) >= 0 && !t.issuesPortfolio(p)
}

// issuesPortfolio reports a ministry that issues the release and whose
// name shares a word of p's ministerial title: the Ministry of Climate
// and Environment is the Minister of Climate and Environment's, and the
// Ministry of Transport the Transport Minister's, not the Minister of
// Agriculture's; so a UK department ("Department for Flood and Coastal
// Resilience" is the Floods Minister's, a plural portfolio). Any ministry
// when p's title names no field.
func (t *Tracker) issuesPortfolio(p *Speaker) bool {
	issuer := strings.ToLower(t.issuer.Name)
	if !strings.Contains(issuer, "ministry") && !strings.HasPrefix(issuer, "department for ") && !strings.HasPrefix(issuer, "department of ") {
		return false // (a UK department's too: "Department for Flood and Coastal Resilience")
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
			if words[w] || len(w) > 4 && words[strings.TrimSuffix(w, "s")] {
				return true // (a portfolio's plural: "Floods Minister" of the Department for Flood …)
			}
		}
	}
	return !field
}

// governmentPost returns, for a person whose current title opens with
// "Government" ("Government Spokesperson", "Government Chief Whip"), the
// government the text names (textGovernment).
func (t *Tracker) governmentPost(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if !tl.former && tl.end-tl.first >= 2 && toks[tl.first].Is("Government") {
			return t.textGovernment()
		}
	}
	return Org{}
}

// textGovernment returns the government the text names most often by a
// name that opens with "Government of" or ends in "Government" ("the
// Government of Kelvania", "the Kelvale Government"), else, when it names
// only "the Government" or "the Province", capitalized, that word.
func (t *Tracker) textGovernment() Org {
	return remember(t, "textGovernment", t.findTextGovernment)
}

func (t *Tracker) findTextGovernment() Org {
	toks := t.a.Tokens
	count := map[string]int{}
	first := map[string]*entities.Entity{}
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || e.Tokens.Len() < 2 || !(toks[e.Tokens.First].Is("Government") && toks[e.Tokens.First+1].Is("of") || toks[e.Tokens.End-1].Is("Government") && !toks[e.Tokens.End-2].Is("and")) {
			continue
		}
		if f := e.Tokens.First; f >= 2 && (toks[f-1].Is("for") || toks[f-1].Is("of")) && (entities.IsTitleWord(toks[f-2].Text) || toks[f-2].Is("responsibility")) {
			continue // a portfolio, no government: "Minister of State with responsibility for Planning and Local Government"
		}
		key := strings.ToLower(e.Text)
		if count[key]++; first[key] == nil {
			first[key] = e
		}
	}
	if len(count) == 0 {
		// only "the Government" or "the Province", capitalized: the
		// text's own government; the one country whose minister the text
		// names by it, if any ("Zambia's Minister of Finance … the
		// Government aimed …": Zambia)
		for k := 1; k+1 < len(toks); k++ {
			if (toks[k].Is("Government") || toks[k].Is("Province")) && toks[k-1].IsFold("the") && !toks[k+1].Is("of") && t.a.EntityAt(k) == nil {
				if c := t.ministersCountry(); c.Name != "" && toks[k].Is("Government") {
					return c
				}
				return Org{Name: toks[k].Text}
			}
		}
	}
	best, _, ok := uniqueMax(count)
	if !ok {
		return Org{}
	}
	return t.fullOrg(first[best])
}

// ministersCountry returns the one country the text names as the
// possessor of a minister's post ("Kelvania’s Minister of Finance",
// "Kelvania's Deputy Minister for Trade"), or a zero Org when it names
// none or two.
func (t *Tracker) ministersCountry() Org {
	toks := t.a.Tokens
	found := ""
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		k := e.Tokens.End
		if !isCountry(e) || k+1 >= len(toks) || toks[k].Kind != entities.Possessive {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].IsCap(); j++ {
			if portfolioPost(toks, j) {
				if found != "" && found != e.Text {
					return Org{}
				}
				found = e.Text
				break
			}
		}
	}
	return Org{Name: found}
}

// commissionOf returns, for a commissioner of a field ("Commissioner for
// the Circular Economy Jane Roe", "Commissioner for Energy"), the one
// commission the text names ("the European Commission"): a commissioner
// is a member of the commission, not of the body that issues the text (a
// parliament's committee); for a "European Commissioner" where the text
// names none, the European Commission. Zero when the text names none, or
// several.
func (t *Tracker) commissionOf(p *Speaker) Org {
	toks := t.a.Tokens
	field := t.currentTitleToken(p, func(tl title, k int) bool {
		return k+1 < tl.end && toks[k].Is("Commissioner") && toks[k+1].Is("for") && (k == tl.first || !toks[k-1].IsCap() || toks[k-1].Is("EU") || toks[k-1].Is("European"))
	}) >= 0
	if !field {
		return Org{}
	}
	if o := t.onlyOrg(func(e *entities.Entity) bool { return toks[e.Tokens.End-1].Is("Commission") }); o.Name != "" {
		return o
	}
	// "European Commissioner for Environment Jane Roe" where the text
	// names no commission: the post names the Union's one.
	if t.currentTitleToken(p, func(tl title, k int) bool {
		return k > tl.first && toks[k].Is("Commissioner") && (toks[k-1].Is("European") || toks[k-1].Is("EU"))
	}) >= 0 {
		return Org{Name: "European Commission"}
	}
	return Org{}
}

// postBodies are the heads of the bodies a post's holder serves, named
// after the post: a superintendent serves a superintendence, an inspector
// an inspectorate, a registrar a registry.
var postBodies = map[string][]string{
	"Superintendent": {"Superintendence", "Superintendency"},
	"Inspector":      {"Inspectorate"},
	"Registrar":      {"Registry"},
}

// postsBody returns, for a post that postBodies name ("Deputy
// Superintendent for Innovation Jane Roe"), the one body the text names
// with the body's head ("the Financial Superintendence of Kelvania"):
// the post is that body's, not the issuer's. Zero when the text names
// none, or several.
func (t *Tracker) postsBody(p *Speaker) Org {
	toks := t.a.Tokens
	var heads []string
	t.currentTitleToken(p, func(_ title, k int) bool {
		heads = postBodies[toks[k].Text]
		return heads != nil
	})
	if heads == nil {
		return Org{}
	}
	return t.onlyOrg(func(e *entities.Entity) bool {
		for k := e.Tokens.First; k < e.Tokens.End; k++ {
			for _, h := range heads {
				if toks[k].Is(h) {
					return true
				}
			}
		}
		return false
	})
}

// onlyOrg returns the one body of two words or more the text names that
// match reports ("the Samoa Police Service", however often named), in
// full; zero when there is none, or two different ones.
func (t *Tracker) onlyOrg(match func(e *entities.Entity) bool) Org {
	var found *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || e.Tokens.Len() < 2 || !match(e) {
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

// uniqueMax returns the key counted most often and its count, and whether
// it is the only one counted that often (false for an empty count).
func uniqueMax(count map[string]int) (string, int, bool) {
	best, n, tie := "", 0, false
	for key, c := range count {
		switch {
		case c > n:
			best, n, tie = key, c, false
		case c == n:
			tie = true
		}
	}
	return best, n, best != "" && !tie
}

// bodyOfPost returns the public body a person's post names, by the first
// of these rules that finds one in the text, or a zero Org:
//
//	"Minister of the Environment" and "the Ministry of the Environment"
//	"the Minister of Finance, Hon. Jane Roe" and "the Government of Kelvania"
//	"the Government Spokesperson, Mrs. Jane Roe" and "the Government"
//	"Police Commissioner Jane Roe" and "the Samoa Police Service"
//	"Commissioner for the Circular Economy Jane Roe" and "the European Commission"
//	"Sheriff Jane Roe" and "the Rivertown County Sheriff’s Office"
//	"Councilmember Jane Roe" and "the Harrow Bay City Council"
//	"Supervisor Jane Roe" and "the Marrow County Board of Supervisors"
//	"Executive Secretary of the Convention" and "the Convention on Kelvo Aquifers"
//	"Mayor Jane Roe" and "the City of Rivertown"
//	"An IMF team led by Mr. Jane Roe"
//	"Special Representative of the Secretary-General for …" in a Council's coverage
func (t *Tracker) bodyOfPost(p *Speaker) Org {
	for _, rule := range [...]func(*Tracker, *Speaker) Org{
		(*Tracker).titledRegion, (*Tracker).ministryOf, (*Tracker).governmentOf, (*Tracker).governmentPost, (*Tracker).policeOf,
		(*Tracker).commissionOf, (*Tracker).postsBody, (*Tracker).officeNotIssuer, (*Tracker).councilOf, (*Tracker).boardOf,
		(*Tracker).treatyOf, (*Tracker).localGovernment, (*Tracker).ledTeam, (*Tracker).secretaryGeneralsBody,
	} {
		if o := rule(t, p); o.Name != "" {
			return o
		}
	}
	return Org{}
}

// officeNotIssuer is titleOffice unless the issuer is that office
// ("OFFICE OF THE DISTRICT ATTORNEY" above the text).
func (t *Tracker) officeNotIssuer(p *Speaker) Org {
	if o := t.titleOffice(p); o.Name != "" && !t.issuerIsOffice(o) {
		return o
	}
	return Org{}
}

// secretaryGeneralsBody returns, for "Special Representative of the
// Secretary-General for …" in a Council's coverage, the larger body the
// Secretary-General's office belongs to, not the organ that issues the
// release.
func (t *Tracker) secretaryGeneralsBody(p *Speaker) Org {
	if !t.servesSecretaryGeneral(p) {
		return Org{}
	}
	o, _ := t.organsBody()
	return o
}

// speaksOfMinistries reports a text that names a ministry, in any case:
// where "Cabinet Secretary for Energy" heads one ("the ministry will
// table …"), not a devolved government's department.
func (t *Tracker) speaksOfMinistries() bool {
	return remember(t, "speaks of ministries", func() bool { // (read once per text, not once per cabinet secretary)
		for k := range t.a.Tokens {
			if t.a.Tokens[k].IsFold("ministry") || t.a.Tokens[k].IsFold("ministries") {
				return true
			}
		}
		return false
	})
}

// otherCountrysMinistry reports a ministry the text names with a
// country's adjective ("the Latvian Ministry of Health") for a title that
// another country's possessive opens ("Lithuania's Deputy Minister of
// Health"); not for "Latvia's Deputy Minister of Health".
func (t *Tracker) otherCountrysMinistry(tl title, ministry string) bool {
	adj, _, _ := strings.Cut(ministry, " ")
	c, ok := entities.Country(adj)
	if !ok || !entities.IsDemonym(adj) {
		return false
	}
	toks := t.a.Tokens
	var e *entities.Entity
	switch {
	case tl.first >= 2 && toks[tl.first-1].Kind == entities.Possessive:
		e = t.a.EntityAt(tl.first - 2) // before the title
	case tl.first+1 < tl.end && toks[tl.first+1].Kind == entities.Possessive:
		e = t.a.EntityAt(tl.first) // opening it
	}
	if e == nil || e.Kind != entities.Place {
		return false
	}
	own, ok := entities.Country(e.Text)
	return ok && own != c
}
