package speakers

import (
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// How an organization or place is named: an acronym by its expansion, a
// country's adjective by the country, a short name by the issuer's or the
// one body the text names that starts with it; a title's candidate by its
// entity or as written.

// orgOf names the organization or place an entity stands for. An acronym
// is named by its expansion ("EP" is the European Parliament), unless the
// organization goes by its acronym ("INTERPOL").
func orgOf(e *entities.Entity) Org {
	o := orgOfText(e)
	if strings.ContainsAny(o.Name, "\n\r\t") {
		o.Name = strings.Join(strings.Fields(o.Name), " ") // a name the line wraps: "Amalgamated\nBus and Tram Workers' Union"
	}
	return o
}

// orgOfText is orgOf before the name's spaces are made plain.
func orgOfText(e *entities.Entity) Org {
	switch {
	case e.Expansion != "" && e.Kind == entities.Organization && !strings.EqualFold(e.Expansion, e.Text):
		if o, ok := entities.LookupOrg(e.Text); ok && o.ByAcronym {
			return Org{Name: e.Text}
		}
		return Org{Name: capsName(e.Expansion), Acronym: e.Text}
	case e.Acronym != "":
		return Org{Name: capsName(e.Text), Acronym: e.Acronym}
	case e.Kind == entities.Place && e.Canonical != "" && (!entities.IsPlace(e.Text) || len(e.Text) <= 4 || strings.Contains(e.Text, ".") || adjectival(e.Text)):
		return Org{Name: e.Canonical} // "Swedish", "US", "U.K.": the country; a country's own name stays as written ("Republic of Korea")
	}
	if e.Text == strings.ToUpper(e.Text) && (strings.Contains(e.Text, " OF ") || strings.Contains(e.Text, " FOR ")) {
		return Org{Name: displayCaps(e.Text)} // a letterhead's "MINISTRY OF HEALTH" (not "USA TODAY", which may be letters)
	}
	return Org{Name: e.Text}
}

// capsName gives a body's name of two words or more written in capitals,
// whose acronym the text states, in the case of a title: "KELBY INSTITUTE
// FOR TRADE" (KIT) is the "Kelby Institute for Trade". Other names stay as
// written.
func capsName(name string) string {
	if strings.ContainsRune(name, ' ') && name == strings.ToUpper(name) {
		return displayCaps(name)
	}
	return name
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

// fullOrg names an organization by its fullest form in the text: an
// acronym stated elsewhere ("FSC") is named by its expansion, the
// issuer's first word ("Quillon") by the issuer's name, another body's
// first word by the one body the text names that starts with it.
func (t *Tracker) fullOrg(e *entities.Entity) Org {
	o := orgOf(e)
	if end := e.Tokens.End; e.Tokens.Len() == 1 && end < len(t.a.Tokens) && publicOffices[strings.ToLower(t.a.Tokens[end].Text)] && e.Expansion == "" && !t.a.Tokens[e.Tokens.First].IsUpper() {
		return o // a place's name before a public office: "Nakuru Governor" is no "Nakuru Traders Welfare Association" the text names too
	}
	if end := e.Tokens.End; e.Tokens.Len() >= 2 && t.a.Tokens[end-1].Is("Group") && end < len(t.a.Tokens) && t.a.Tokens[end].IsCap() && entities.IsTitleWord(t.a.Tokens[end].Text) {
		if short := t.text[e.Span.Start:t.a.Tokens[end-2].End]; (t.issuer.Name == short || strings.HasPrefix(t.issuer.Name, short+" ")) && t.groupOnlyBeforePosts(short+" Group") {
			return t.issuer // "Group" of a group's post ("Group Chief Executive") after the issuer's name: "Kelvo Dairies Group Chief Executive" in Kelvo Dairies (Private) Limited's release
		}
	}
	if e.Tokens.Len() == 1 && t.issuer.Acronym != "" && e.Text == t.issuer.Acronym && e.Expansion == "" {
		return t.issuer // the issuer's acronym, which only its name in the page's header expands: "KLO" of "Kelvo Labour Organization (KLO)"
	}
	if _, known := entities.LookupOrg(e.Text); !known && e.Tokens.Len() == 1 && t.issuer.Acronym == "" && t.issuer.Name != "" && e.Expansion == "" && len(e.Text) >= 3 && t.a.Tokens[e.Tokens.First].IsUpper() && entities.Initials(displayCaps(t.issuer.Name)) == e.Text { // (not letters the lists know for another body: "WHO" in the Welfare of Housing Organisation's release)
		return t.issuer // the issuer's initials, the name stated only above the text: "Chairperson of KMWSN" under the letterhead "KELVO MIGRANT WORKERS' SOLIDARITY NETWORK"
	}
	if e.Tokens.Len() == 1 && !t.a.Tokens[e.Tokens.First].IsUpper() && o.Acronym == "" && e.Expansion == "" && t.issuer.Name != "" && !strings.EqualFold(e.Text, t.issuer.Name) && sameBody(Org{Name: e.Text}, t.issuer) && !(t.placeOfHead(e) && !governsPlace(t.issuer.Name)) {
		return t.issuer // the issuer's short name: "Quillon" for "Quillon Software, Inc." (not the town of "Mayor of Kelvo" in the Kelvo Police Service's release)
	}
	if n := e.Tokens.Len(); n >= 2 && n <= 3 && e.Kind == entities.Organization && e.Rule != "gazetteer" && o.Acronym == "" && e.Expansion == "" && t.issuer.Name != "" &&
		!strings.EqualFold(e.Text, t.issuer.Name) && sameBody(Org{Name: e.Text}, t.issuer) && !isOrgHead(t.a.Tokens[e.Tokens.End-1].Text) && !entities.SectorWord(t.a.Tokens[e.Tokens.End-1].Text) && !t.placeOfHead(e) &&
		!(e.Tokens.First > 0 && (t.a.Tokens[e.Tokens.First-1].Is("for") || t.a.Tokens[e.Tokens.First-1].Is("of"))) && headAfter(t.issuer.Name, len(e.Text)) {
		return t.issuer // the issuer's short name of words that name no body of their own: "Santa Chiara" for "Santa Chiara University Hospital of Bologna" (not "United Nations" for a programme of it, nor a company named by its trade, "Kelvo Steel" in the Kelvo Steel Workers Union's release, nor a post's place: "Commissioner for Severn Marches" in the Severn Marches Police's release)
	}
	if e.Tokens.Len() == 1 && e.Kind == entities.Organization && !t.a.Tokens[e.Tokens.First].IsUpper() && o.Acronym == "" && e.Expansion == "" &&
		t.issuer.Name != "" && !strings.EqualFold(e.Text, t.issuer.Name) && !entities.IsPlace(e.Text) && !strings.Contains(e.Text, "-") && !t.placeOfHead(e) {
		if t.issuerInnerWord(e.Text) {
			return t.issuer // a word inside the issuer's name: "Kestrels" in Kelvo Kestrels FC's release (not "Kestrels Media" of a photo's credit)
		}
		if l := t.orgStartingWith(e.Text); l != nil && !placeNamedHead(t.a.Tokens[l.Tokens.End-1].Text) {
			return orgOf(l) // a short name: "Greenvale" for "Greenvale Produce", named before or after
		}
	}
	if f := e.Tokens.First; e.Kind == entities.Organization && e.Tokens.Len() >= 2 && e.Tokens.Len() <= 3 && f > 0 && t.a.Tokens[f-1].IsFold("the") && o.Acronym == "" && e.Expansion == "" && namePart(e.Text) == "" {
		if full, ok := t.orgNamedByHead(f, e.Tokens.End); ok {
			return full // "the Federal Ministry", "the Task Force": the body the text names in full
		}
	}
	if f := e.Tokens.First; e.Kind == entities.Organization && e.Tokens.Len() == 1 && f > 0 && t.a.Tokens[f-1].IsFold("the") && t.a.Tokens[f].IsCap() && e.Expansion == "" &&
		isOrgHead(e.Text) && strings.HasSuffix(strings.ToLower(t.issuer.Name), " "+strings.ToLower(e.Text)) && !t.issuerByCount {
		return t.issuer // "The Council has warned" in Kahurangi City Council's release (not the Council of the EU the lists know by the word)
	}
	if e.Kind == entities.Organization && e.Tokens.Len() >= 2 && o.Acronym == "" && e.Expansion == "" && !t.issuerByCount && (oneWordShort(e.Text, t.issuer.Name) || nameAndHead(e.Text, t.issuer.Name)) {
		return t.issuer // "Lagos State Command" in the Lagos State Police Command's release, "Kelvo Trust" in the Kelvo Women's Livelihood Trust's
	}
	if end := e.Tokens.End; e.Kind == entities.Place && end+1 < len(t.a.Tokens) && t.a.Tokens[end].Kind == entities.Possessive && entities.CompanyPost(t.a.Tokens[end+1].Text) {
		if l := t.orgStartingWith(t.a.Tokens[e.Tokens.First].Text); l != nil && strings.HasPrefix(l.Text, e.Text+" ") && t.companyNamed(l) {
			return orgOf(l) // a company's short name that is a place's: "Gibraltar's chief executive" after "Gibraltar Steelworks Inc."
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

// headAfter reports a body's head among the words of name after its
// first n bytes: the issuer's name goes on to say what the body is
// ("Santa Chiara | University Hospital of Bologna"), not only its legal
// form ("Zentrix Robotics | , Inc.", whose short name is as good), nor
// the people of another body before its head ("Kelvo Steel | Workers
// Union").
func headAfter(name string, n int) bool {
	if n > len(name) {
		return false
	}
	for _, w := range strings.Fields(name[n:]) {
		if w = strings.Trim(w, ","); isOrgHead(w) && !entities.LegalForm(w) {
			return true
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && entities.CommonWord(w) {
			return false // a body of people the short name employs or serves: "Kelvo Steel | Workers Union"
		}
	}
	return false
}

// oneWordShort reports a name that is another name without one of its
// inner words, the first and last words kept: "Kelvo State Command" of
// "Kelvo State Police Command", "Kelvo Water Board" of "Kelvo Regional
// Water Board".
func oneWordShort(short, full string) bool {
	s, f := strings.Fields(short), strings.Fields(full)
	if len(s) < 3 || len(f) != len(s)+1 {
		return false
	}
	for i := 1; i < len(f)-1; i++ {
		if strings.EqualFold(strings.Join(f[:i], " "), strings.Join(s[:i], " ")) && strings.EqualFold(strings.Join(f[i+1:], " "), strings.Join(s[i:], " ")) {
			return f[i] != "Council" && f[i] != "Assembly" && f[i] != "Commission" && f[i] != "Board" // (not a government's chamber: "City of Kelvo" is no "City Council of Kelvo")
		}
	}
	return false
}

// nameAndHead reports a name of two words that are the first and the
// last of another name of four words or more, the last a body's head: the
// short name a headline gives "Kelvo Women's Livelihood Trust" ("Kelvo
// Trust Warns of …").
func nameAndHead(short, full string) bool {
	s, f := strings.Fields(short), strings.Fields(full)
	return len(s) == 2 && len(f) >= 4 && strings.EqualFold(s[0], f[0]) && s[1] == f[len(f)-1] && isOrgHead(s[1])
}

// placeNamedHead reports the head of an institution that takes its town's
// name, so that the town's name alone is no short name of it: "Española
// High School", "Mangochi District Hospital".
func placeNamedHead(w string) bool {
	switch w {
	case "School", "College", "Lyceum", "Academy", "University", "Hospital", "Clinic", "Library", "Museum", "Church", "Airport", "Council", "Police", "Department", "Station", "Centre", "Center",
		"Maslikhat", "Kenesh", "Akimat", "Hokimiyat", "Assembly": // (a place's council or administration: "Almaty City Maslikhat" is no short name's "Almaty")
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
	name := t.text[toks[c.first].Start:toks[c.end-1].End]
	if c.end-c.first == 1 && entities.IsDemonym(name) {
		if country, ok := entities.Country(name); ok {
			return Org{Name: country} // a country by its adjective: "head of the Canadian delegation" speaks for Canada
		}
	}
	return Org{Name: name}
}

// groupOnlyBeforePosts reports a group's name that the text writes only
// before a post ("Kelvo Group Chief Executive"): no body of its own, as
// "a subsidiary of Kelvo Group plc" or "a supply agreement with Kelvo
// Group" make it.
func (t *Tracker) groupOnlyBeforePosts(name string) bool {
	for i := range t.occurrences(name) {
		at := i + len(name)
		k := t.a.TokenAt(at + 1)
		if k < 0 || k >= len(t.a.Tokens) || t.a.Tokens[k].Start != at+1 || !t.a.Tokens[k].IsCap() || !entities.IsTitleWord(t.a.Tokens[k].Text) {
			return false
		}
	}
	return true
}

// placeOfHead reports a name after the "of" of a post that heads a
// place's government: "Kelvo" of "the Mayor of Kelvo".
func (t *Tracker) placeOfHead(e *entities.Entity) bool {
	f := e.Tokens.First
	return f >= 2 && t.a.Tokens[f-1].Is("of") && placeHeads[strings.ToLower(t.a.Tokens[f-2].Text)]
}

// governsPlace reports a body's name that is a place's government: "Kelvo
// City Hall", "Kelvo Municipality", "Kelvo City Council", "City of Kelvo".
func governsPlace(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "City", "Hall", "Municipality", "Council", "Government", "Town", "County", "Prefecture", "Province", "State":
			return true
		}
	}
	return false
}

// issuerInnerWord reports a capitalized plural that is one of the
// issuer's name's, not its first, inside the name's opening run of
// capitalized words, where the issuer is a club: its nickname, "Kestrels"
// of "Kelvo Kestrels FC", read from the page and not counted from its
// mentions (not of a supporters' trust: "Rovers" of "Kelvo Rovers
// Supporters Trust" is the club's).
func (t *Tracker) issuerInnerWord(w string) bool {
	f := strings.Fields(t.issuer.Name)
	if t.issuerByCount || len(f) < 3 || !clubLetters(f[len(f)-1]) || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.ToUpper(w) == w || entities.IsPlace(w) {
		return false
	}
	for _, x := range f[1 : len(f)-1] {
		switch strings.ToLower(x) {
		case "of", "for", "and", "the", "de", "du", "des", "del", "la", "le":
			return false
		}
		if !unicode.IsUpper([]rune(x)[0]) {
			return false
		}
		if x == w {
			return true
		}
	}
	return false
}

// clubLetters reports the letters that end a sports club's name: "FC",
// "F.C.", "RFC".
func clubLetters(w string) bool { return w == "FC" || w == "F.C." || w == "RFC" }

// companyNamed reports a company the text names with its legal form,
// "Gibraltar Steelworks Inc." for "Gibraltar Steelworks".
func (t *Tracker) companyNamed(e *entities.Entity) bool {
	toks := t.a.Tokens
	for i := range t.a.Entities {
		x := &t.a.Entities[i]
		if x.Kind != entities.Organization || !strings.HasPrefix(x.Text, e.Text) {
			continue
		}
		if last := toks[x.Tokens.End-1].Text; entities.LegalForm(last) || entities.DottedLegalForm(last) || isCorpSuffix(last) {
			return true
		}
	}
	return false
}
