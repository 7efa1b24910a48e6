package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Descriptions as speakers ("a spokesperson for the agency", "the
// company's chief financial officer") and the body each speaks for.

// possessedUnit returns the unit a body's possessive names before it,
// "the Ministry’s press service", as a speaker of its own named after the
// body the text names in full ("press service of the Ministry for
// Communities"), which is its organization; nil when the possessor is no
// body the text names.
func (t *Tracker) possessedUnit(first, head, end int) *Speaker {
	toks := t.a.Tokens
	p := first
	if isArticle(toks[p].Text) {
		p++
	}
	if p+2 > head || toks[p+1].Kind != entities.Possessive || !toks[p].IsCap() || head != end-1 || !lowerWords(toks, p+2, head) {
		return nil
	}
	var o *Speaker
	if e := t.a.EntityAt(p); e != nil && e.Kind == entities.Organization && e.Tokens.End == p+1 && e.Tokens.Len() > 1 {
		o = t.orgSpeaker(e)
	} else if x, ok := t.fullerOrg(toks[p].Text); ok {
		o = x
	}
	if o == nil || o.Kind != Organization {
		return nil
	}
	name := t.text[toks[p+2].Start:toks[head].End] + " of the " + o.Name
	key := strings.ToLower(name)
	if s, ok := t.groups[key]; ok {
		return s
	}
	s := &Speaker{Kind: Organization, Name: name, key: key, Organization: o.Organization}
	t.groups[key] = s
	t.addSpeaker(s)
	return s
}

// placeAfter returns the end of a place the lists or the text name after
// "in" or "from" at token j, which ends the phrase [.., end) or its part
// before a comma: "in Kelvo" of "the director of a firm in Kelvo, who …";
// 0 when none.
func (t *Tracker) placeAfter(j, end int) int {
	toks := t.a.Tokens
	if j+1 >= end || !(toks[j].Is("in") || toks[j].Is("from")) {
		return 0
	}
	e := t.a.EntityAt(j + 1)
	if e == nil || e.Kind != entities.Place || e.Tokens.First != j+1 || e.Tokens.End > end || e.Tokens.End < end && !toks[e.Tokens.End].Is(",") {
		return 0
	}
	return e.Tokens.End
}

// described returns the unnamed speaker a description stands for,
// creating it on first use. Its name is the description without its
// article, up to its second complement ("speakers at today’s meeting"); a
// preposition inside a body's name is no complement ("spokesperson for
// the Department of Health").
func (t *Tracker) described(k Kind, first, end int, m Mention) *Speaker {
	toks := t.a.Tokens
	f := first
	if f < end-1 && (isArticle(toks[f].Text) || toks[f].IsFold("another")) {
		f++
	}
	e := end
	preps := 0
	for j := f + 1; j < end; j++ {
		if reducedRelative(toks, j) {
			e = j // "study published today in …": the study
			break
		}
		w := strings.ToLower(toks[j].Text)
		if t.insideEntity(j) && t.a.EntityAt(j).Tokens.End <= end {
			continue // a preposition inside a body's name: "a spokesperson for the Department of Health"
		}
		if t.titleField(f, j, end) {
			continue // a capitalized title's field: "a spokesperson for the Minister for Higher Education", "for the Speaker of the House"
		}
		if w == "of" || w == "at" || w == "for" || w == "with" || w == "from" || w == "in" || w == "on" || w == "close" || w == "," || w == "(" || w == "who" {
			preps++
			if pe := t.placeAfter(j, end); preps == 2 && pe > 0 && k == Person {
				e = pe // where the one described is: "the director of a construction company in Kelvo" (not a group's meeting's: "Speakers at the meeting in Vienna")
				break
			}
			if preps == 2 || w == "," || w == "(" || w == "who" {
				e = j
				break
			}
		}
	}
	name := t.text[toks[f].Start:toks[e-1].End]
	var org Org
	if k == Person && e-f == 2 && toks[f].IsFold("its") && representative[strings.ToLower(toks[f+1].Text)] {
		if b := t.orgBefore(f); b != nil {
			// "Speaking on behalf of the European Union, its representative
			// said": the representative of the body named before
			name = toks[f+1].Text + " of the " + b.Text
			if strings.HasPrefix(b.Text, "the ") || strings.HasPrefix(b.Text, "The ") {
				name = toks[f+1].Text + " of " + b.Text
			}
			org = t.fullOrg(b)
		}
	}
	if k == Group && e-f == 1 && toks[f].IsFold("members") && t.organText != "" && !(e < len(toks) && toks[e].Is("of")) {
		// "Members warned that …" in the coverage of a Security Council
		// meeting: the members of the Council.
		name = "members of the " + t.organText
		org = Org{Name: t.organ.Name, Acronym: t.organ.Acronym}
	}
	key := strings.ToLower(name)
	if s, ok := t.groups[key]; ok {
		if s.Name == strings.ToUpper(s.Name) && name != strings.ToUpper(name) {
			s.Name = name // a headline's capitals give way to the text's spelling: "MEPS", then "MEPs"
		}
		return s
	}
	s := &Speaker{Kind: k, Name: name, key: key, Organization: org}
	if k == Person {
		s.Titles = []string{name}
		if ti := partitiveTitle(name); ti != name {
			s.Titles = append(s.Titles, ti) // "one of the school directors": a school director
		}
		for j := f; j < e; j++ {
			if _, g := entities.TitleAt(toks, j); g != entities.UnknownGender {
				s.Gender = g
			}
		}
	}
	oe := t.seatAfterBody(f, e) // (the body's, not where it speaks from: "… for the agency in Addis Ababa")
	for j := f; j < oe; j++ {
		if en := t.a.EntityAt(j); en != nil && en.Kind != entities.Person && !(en.Kind == entities.Place && j > 0 && (toks[j-1].Is("in") || toks[j-1].Is("from") && !(j-2 >= f && isCountry(en) && representative[strings.ToLower(toks[j-2].Text)] && !(en.Tokens.End < len(toks) && toks[en.Tokens.End].Kind == entities.Possessive)))) { // (where one is: "a teacher from Fife"; but a delegate from a country speaks for it: "a delegate from Samoa")
			if o := t.placesBody(en, oe); o != nil {
				en = o // the body the place's possessive opens: "a spokesperson for Kelvo's Ministry of Health"
			}
			s.Organization = t.fullOrg(en)
			break
		}
	}
	if k == Person && s.Organization.Name == "" && e-f == 1 && toks[f].IsFold("Secretary-General") {
		if o, ok := t.organsBody(); ok {
			s.Organization = o // "the Secretary-General said" in a Council's coverage: the head of the body the Council is an organ of
		}
	}
	if k == Person && s.Organization.Name == "" {
		s.Organization = t.descriptorOrg(f, oe)
	}
	if k == Person && s.Organization.Name == "" {
		s.Organization = t.postFor(f, e)
	}
	t.groups[key] = s
	t.addSpeaker(s)
	return s
}

// placesBody returns the organization right after a place and its
// possessive, before end: "Ministry of Health" of "Kelvo's Ministry of
// Health"; nil when none follows.
func (t *Tracker) placesBody(en *entities.Entity, end int) *entities.Entity {
	toks := t.a.Tokens
	k := en.Tokens.End
	if en.Kind != entities.Place || k+1 >= end || toks[k].Kind != entities.Possessive {
		return nil
	}
	if o := t.a.EntityAt(k + 1); o != nil && o.Kind == entities.Organization && o.Tokens.First == k+1 && o.Tokens.End <= end {
		return o
	}
	return nil
}

// bodyNouns are the common nouns of bodies whose staff a text names by
// the body's noun before their post, a body apart from the issuer unless
// its name holds the noun: "a government spokesperson", "a police
// spokesman", "an embassy official".
var bodyNouns = toSet(`government police army military ministry embassy court prison`)

// seatAfterBody returns where the place a description names after a
// body's noun in lower case and "in" starts ("in Addis Ababa" of "a
// spokesperson for the agency in Addis Ababa"): where the body speaks
// from, not the body; e when none does.
func (t *Tracker) seatAfterBody(f, e int) int {
	toks := t.a.Tokens
	for m := f + 2; m+1 < e; m++ {
		if !toks[m].Is("in") || !toks[m-1].IsLower() || !toks[m-2].IsFold("the") {
			continue
		}
		if h, _ := entities.OrgHead(titleWord(toks[m-1].Text)); !h {
			continue
		}
		if en := t.a.EntityAt(m + 1); en != nil && en.Kind != entities.Person && en.Tokens.First == m+1 && en.Tokens.End == e {
			return m
		}
	}
	return e
}

// descriptorOrg returns the body a person named only by a description
// [f, e) speaks for: a short name of a body the text names in full
// before the title ("a Zentrix spokesperson", "a spokesperson for
// Zentrix", after "Zentrix Robotics, Inc."; "a University spokesperson"
// after "the University of Kelvale"); the issuer for a description of a body's post with no name in
// it ("a spokesperson", "the company's chief financial officer"), but
// not for other people ("a nurse", "his friend").
func (t *Tracker) descriptorOrg(f, e int) Org {
	toks := t.a.Tokens
	for j := f; j+3 < e; j++ {
		if o := t.aliasWord(j + 3); o != nil && bodyPost[strings.ToLower(toks[j].Text)] && (toks[j+1].Is("for") || toks[j+1].Is("of")) && toks[j+2].IsFold("the") && j+4 == e {
			return t.fullOrg(o) // "a spokesperson for the Company" after "Umoya Renewables Limited (“the Company”)"
		}
	}
	named, post := false, false
	for j := f; j < e; j++ {
		w := strings.ToLower(toks[j].Text)
		if toks[j].IsCap() && !entities.IsTitleWord(w) && !entities.IsTitleModifier(w) {
			named = true
		}
		if w == "his" || w == "her" || w == "their" || w == "former" {
			return Org{} // "his childhood friend"
		}
		post = post || bodyPost[w] || entities.CompanyPost(w)
	}
	if named && f > 0 && toks[f-1].IsFold("the") && t.capitalPost(f, e) {
		named, post = false, true // a post in capitals: "the Emergency Relief Coordinator"
	}
	if f > 0 && toks[f-1].IsFold("the") && f+1 < e && toks[f].IsLower() && toks[f+1].Kind == entities.Possessive || f+2 < e && toks[f].IsFold("the") && toks[f+1].IsLower() && toks[f+2].Kind == entities.Possessive {
		a := f
		if !toks[a].IsFold("the") {
			a-- // (the phrase may start after its article)
		}
		if c, ok := t.anaphoricOrg(a, e); ok {
			return t.candOrg(c) // "the agency's Spokesperson": the agency named before
		}
	}
	if !named && post {
		for j := f; j+1 < e; j++ {
			// a body's head in lower case before the post, "a council
			// spokesperson", where the text names one such body that is
			// not the issuer: "the Dunmoor City Council"
			w := toks[j].Text
			if !toks[j].IsLower() || genericOrg(w) || !bodyPost[strings.ToLower(toks[j+1].Text)] {
				continue
			}
			if h, unit := entities.OrgHead(titleWord(w)); h && !unit {
				if o, amb := t.orgEndingIn(titleWord(w)); o != nil && !amb && !sameBody(t.fullOrg(o), t.issuer) {
					return t.fullOrg(o)
				}
			}
			if bodyNouns[w] && !t.issuerNames(w) {
				return Org{Name: w} // "a government spokesperson" in an NGO's release: the government's, by its noun
			}
		}
	}
	if !named && post {
		if o, ok := t.lowerBodyFor(f, e); ok {
			return o // "a spokesperson for the regulator" in a water company's release
		}
	}
	for j := f; j+1 < e; j++ {
		if o := t.aliasWord(j); o != nil && bodyPost[strings.ToLower(toks[j+1].Text)] {
			return t.fullOrg(o) // "a Company spokesperson" after "Kelvo Rail A.S. (“the Company”)"
		}
	}
	if !named && post && !t.issuerByCount {
		if publicBody(t.issuer.Name) {
			if o := t.postFor(f, e); o.Name != "" {
				return o // "a spokesperson for the company" in a prosecutor's release: the company it names
			}
		}
		if t.otherKindOfBody(f, e) {
			return Org{} // "an agency spokesperson" in an airline's release
		}
		if t.organText != "" && toks[e-1].IsFold("official") {
			return Org{} // "the official" in a council's meeting coverage is no member of the council
		}
		return t.issuer
	}
	if o, ok := t.bodyBeforePost(f, e); ok {
		return o // "a Harbourline Ferries spokesperson"
	}
	if pe := t.a.EntityAt(f); pe != nil && pe.Tokens.First == f && pe.Tokens.Len() == 1 && pe.Tokens.End < e {
		if o := t.orgStartingWith(toks[f].Text); o != nil {
			return t.fullOrg(o)
		}
	}
	for j := f; j < e; j++ {
		// a body's head alone before the post: "A University spokesperson"
		// after "the University of Kelvale"
		if h, unit := entities.OrgHead(toks[j].Text); !h || unit || !toks[j].IsCap() || t.a.EntityAt(j) != nil || j+1 >= e || !bodyPost[strings.ToLower(toks[j+1].Text)] {
			continue
		}
		if o := t.orgStartingWith(toks[j].Text); o != nil && !t.innerOrgHead(o) {
			return t.fullOrg(o)
		} else if o != nil {
			if n := t.outerBody(o); n != "" {
				return Org{Name: n} // "University of Kelvale" of "University of Kelvale Students' Union"
			}
		}
		if o, amb := t.orgEndingIn(toks[j].Text); o != nil && !amb {
			return t.fullOrg(o)
		}
	}
	for j := f; j+1 < e; j++ {
		// the issuer's first word before the post: "A Kelvale spokesperson"
		// in Kelvale Water's release, whatever the recognizer made of it
		if w := toks[j].Text; toks[j].IsCap() && !entities.IsTitleWord(w) && (bodyPost[strings.ToLower(toks[j+1].Text)] || entities.CompanyPost(strings.ToLower(toks[j+1].Text))) &&
			strings.HasPrefix(t.issuer.Name, w+" ") && !t.issuerByCount {
			return t.issuer
		}
	}
	if j := e - 1; j > f+2 && toks[j].IsCap() && toks[j-1].IsFold("the") && (toks[j-2].Is("for") || toks[j-2].Is("at") || toks[j-2].Is("of")) {
		if h, _ := entities.OrgHead(toks[j].Text); h {
			if c, ok := t.lastHeadedBy(j-1, toks[j].Text); ok {
				return t.candOrg(c) // "a spokesperson for the Authority" after "Kelvo Transport, the regional transport authority"
			}
		}
	}
	if j := e - 1; j > f+1 && toks[j].IsCap() && (toks[j-1].Is("for") || toks[j-1].Is("at") || toks[j-1].Is("of")) {
		if pe := t.a.EntityAt(j); pe == nil || pe.Tokens.Len() == 1 && pe.Kind != entities.Place {
			if o := t.orgStartingWith(toks[j].Text); o != nil {
				return t.fullOrg(o) // "a spokesperson for Zentrix", after "Zentrix Robotics, Inc."
			}
		}
	}
	return Org{}
}

// outerBody returns the body that o's name starts with when a second
// body's head follows it after common words only: "University of
// Kelvale" of "University of Kelvale Students' Union" (its union), not
// "Kelvale Heritage Trust" of "Kelvale Heritage Trust Museum". Empty
// when there is none.
func (t *Tracker) outerBody(o *entities.Entity) string {
	toks := t.a.Tokens
	for k := o.Tokens.First + 1; k < o.Tokens.End; k++ {
		if h, _ := entities.OrgHead(toks[k].Text); !h {
			continue
		}
		m := k
		for m > o.Tokens.First+2 && (toks[m-1].Kind == entities.Possessive || toks[m-1].Kind == entities.Word && entities.CommonWord(toks[m-1].Text) && !entities.ProperWord(toks[m-1].Text)) {
			m--
		}
		if m == k || m <= o.Tokens.First+2 || !toks[o.Tokens.First+1].Is("of") || entities.CommonWord(toks[m-1].Text) {
			return "" // "University of X …": the words after "of" name the first body
		}
		return t.text[toks[o.Tokens.First].Start:toks[m-1].End]
	}
	return ""
}

// bodyBeforePost returns the body a description names with two or more
// capitalized words right before its post, after an article or not: "a
// Harbourline Ferries spokesperson", "the Kelvo Water press officer" (the
// body the recognizer knows by that name, in full, else the words).
func (t *Tracker) bodyBeforePost(f, e int) (Org, bool) {
	toks := t.a.Tokens
	if f < e && isArticle(toks[f].Text) {
		f++
	}
	k := f
	for k < e && toks[k].IsCap() && toks[k].Kind == entities.Word && !entities.IsTitleWord(toks[k].Text) && !entities.IsTitleModifier(toks[k].Text) {
		k++
	}
	if k-f < 2 || k >= e || !bodyPost[strings.ToLower(toks[k].Text)] && !(k+1 < e && bodyPost[strings.ToLower(toks[k+1].Text)]) {
		return Org{}, false
	}
	switch pe := t.a.EntityAt(f); {
	case pe != nil && pe.Kind == entities.Place:
		return Org{}, false // "a Kelvale County spokesperson": a place's, left to the rules for places
	case pe != nil && pe.Kind == entities.Organization && pe.Tokens.First == f && pe.Tokens.End == k:
		return t.fullOrg(pe), true
	}
	return Org{Name: t.text[toks[f].Start:toks[k-1].End]}, true
}

// innerOrgHead reports a body's head after the first word of o's name:
// "University of Kelvale Students' Union" is a union.
func (t *Tracker) innerOrgHead(o *entities.Entity) bool {
	for k := o.Tokens.First + 1; k < o.Tokens.End; k++ {
		if h, _ := entities.OrgHead(t.a.Tokens[k].Text); h {
			return true
		}
	}
	return false
}

// titleField reports "for" or "of" at token j, in [f, end), after a
// capitalized title and before its capitalized field, after "the" or
// not: "Minister for Higher Education", "Speaker of the House".
func (t *Tracker) titleField(f, j, end int) bool {
	toks := t.a.Tokens
	if !(toks[j].Is("for") || toks[j].Is("of")) || j <= f || !toks[j-1].IsCap() || !titleHeadAt(toks, f, j-1) {
		return false
	}
	k := j + 1
	if k < end && toks[k].Is("the") {
		k++
	}
	return k < end && toks[k].IsCap()
}

// postFor returns the body a description names after its post and
// "for", "of" or "at", when the recognizer took it for a person or knows
// it not: "a spokesperson for Reef Horizon Cruises", "a spokesperson for
// the property management firm Arrowhead Living" (the capitalized words at
// the description's end); the body the text names in full starting with
// them, if one ("Wyeside Water" of "the Wyeside Water Company").
func (t *Tracker) postFor(f, e int) Org {
	toks := t.a.Tokens
	for j := f; j+1 < e; j++ {
		if !bodyPost[strings.ToLower(toks[j].Text)] || !(toks[j+1].Is("for") || toks[j+1].Is("of") || toks[j+1].Is("at")) || j+2 >= e {
			continue
		}
		if toks[j+2].IsFold("the") && j+3 < e && toks[j+3].IsLower() {
			if c, ok := t.anaphoricOrg(j+2, e); ok {
				return t.candOrg(c) // "a spokesperson for the company": the company the text names
			}
		}
		st := e
		for st > j+2 && toks[st-1].IsCap() && toks[st-1].Kind == entities.Word {
			st--
		}
		if st == e || e-st > 6 {
			return Org{}
		}
		if pe := t.a.EntityAt(st); pe != nil && (pe.Kind == entities.Place || pe.Tokens.First != st) {
			return Org{}
		}
		if p := st - 1 - btoi(toks[st-1].Is("the")); p-1 > j+2 && t.titleField(j+2, p, e) {
			st = p // the title the field is of: "a spokesperson for the Minister for Higher Education", "for the Speaker of the House"
			for st > j+2 && toks[st-1].IsCap() && toks[st-1].Kind == entities.Word {
				st--
			}
		}
		run := t.text[toks[st].Start:toks[e-1].End]
		if o := t.orgStartingWith(toks[st].Text); e-st >= 2 && o != nil && o.Tokens.Len() > e-st && strings.HasPrefix(o.Text, run+" ") {
			return t.fullOrg(o) // "Wyeside Water" of "the Wyeside Water Company"
		}
		return Org{Name: run}
	}
	return Org{}
}

// lowerBodyFor returns the body a post is held for when a description
// names it in common words, "a spokesperson for the regulator", "a
// spokesperson for the school district": the body the text named with
// that head before, or the words themselves; not a word that names the
// issuer ("a spokesperson for the company" in a company's release, "for
// the federation" in the Kelvo Federation of Nurses').
func (t *Tracker) lowerBodyFor(f, e int) (Org, bool) {
	toks := t.a.Tokens
	for j := f; j+3 < e; j++ {
		if !bodyPost[strings.ToLower(toks[j].Text)] || !toks[j+1].Is("for") || !toks[j+2].IsFold("the") || e-(j+3) > 3 || !lowerWords(toks, j+3, e) {
			continue
		}
		hw := toks[e-1].Text
		if genericOrg(hw) || hw == "group" {
			return Org{}, false
		}
		if t.issuerNames(hw) {
			return Org{}, false // "for the federation" in the Federation of Nurses and Health Workers' release
		}
		if c, ok := t.anaphoricOrg(j+2, e); ok {
			return t.candOrg(c), true
		}
		return Org{Name: t.text[toks[j+3].Start:toks[e-1].End]}, true
	}
	return Org{}, false
}

// bodyPost are the posts a body's own staff hold, beside a company's
// ("chief", "president"): a description with one speaks for the issuer.
var bodyPost = toSet("spokesperson spokesman spokeswoman officer official director manager secretary")

// orgsStartWith reports whether some organization's name of two words or
// more opens with the word w ("Kelvo" of "Kelvo International").
func (t *Tracker) orgsStartWith(w string) bool {
	for i := range t.a.Entities {
		if o := &t.a.Entities[i]; o.Kind == entities.Organization && o.Tokens.Len() >= 2 && t.a.Tokens[o.Tokens.First].Text == w {
			return true
		}
	}
	return false
}

// orgStartingWith returns the one organization of two words or more the
// text names that starts with the word w ("Zentrix Robotics, Inc." for
// "Zentrix"), or nil.
func (t *Tracker) orgStartingWith(w string) *entities.Entity {
	if e, ok := t.startingWith[w]; ok {
		return e
	}
	var found *entities.Entity
	defer func() {
		if t.startingWith == nil {
			t.startingWith = map[string]*entities.Entity{}
		}
		t.startingWith[w] = found // each word scans the entities once
	}()
	for i := range t.a.Entities {
		o := &t.a.Entities[i]
		if o.Kind != entities.Organization || o.Tokens.Len() < 2 || t.a.Tokens[o.Tokens.First].Text != w || pressOffice(o.Text) {
			continue // (not the body's own press office: "chief executive of Lantern" is no "Lantern Press Office")
		}
		if found != nil && !strings.EqualFold(found.Text, o.Text) {
			a, b := strings.ToLower(found.Text), strings.ToLower(o.Text)
			if strings.HasPrefix(b, a) {
				continue // "Acme Robotics" and "Acme Robotics Inc.": one body
			}
			if !strings.HasPrefix(a, b) {
				found = nil
				return nil
			}
		}
		found = o
	}
	return found
}

// capitalPost reports a post in capitals, [f, e): common words before a
// title's head, "Emergency Relief Coordinator", "Chief Medical Officer".
func (t *Tracker) capitalPost(f, e int) bool {
	toks := t.a.Tokens
	if e-f > 4 || !toks[e-1].IsCap() || !entities.IsTitleWord(toks[e-1].Text) {
		return false
	}
	for j := f; j < e-1; j++ {
		w := toks[j].Text
		if !toks[j].IsCap() || t.a.EntityAt(j) != nil || !entities.CommonWord(w) || entities.ProperWord(w) {
			return false
		}
	}
	return true
}

// otherKindOfBody reports a body's head in lower case in the description
// [f, e) that the issuer's name does not have: "an agency spokesperson" in
// an airline's release speaks for an agency, not for the airline. A
// company's generic words ("a company spokesperson") and a police force's
// ("a force spokesperson") are the issuer's.
func (t *Tracker) otherKindOfBody(f, e int) bool {
	toks := t.a.Tokens
	for j := f; j+1 < e; j++ {
		w := toks[j].Text
		if !toks[j].IsLower() || !bodyKinds[w] {
			continue
		}
		if head := strings.ToUpper(w[:1]) + w[1:]; !strings.Contains(t.issuer.Name, head) {
			return true
		}
	}
	return false
}

// bodyKinds are the kinds of public body a description can name in lower
// case: "an agency spokesperson", "a ministry official".
var bodyKinds = toSet("agency ministry department council commission authority regulator union university hospital court tribunal")

// partitiveTitle returns, for a description of one of a group, what each
// of them is ("school director" of "one of the school directors"); else
// the description itself.
func partitiveTitle(name string) string {
	rest, ok := strings.CutPrefix(strings.ToLower(name), "one of the ")
	if !ok || strings.Contains(rest, " of ") || !strings.HasSuffix(rest, "s") {
		return name
	}
	rest = name[len(name)-len(rest):] // as written
	switch {
	case strings.HasSuffix(rest, "ies"):
		return strings.TrimSuffix(rest, "ies") + "y" // "one of the deputies"
	case strings.HasSuffix(rest, "sses") || strings.HasSuffix(rest, "ches") || strings.HasSuffix(rest, "shes") || strings.HasSuffix(rest, "xes"):
		return strings.TrimSuffix(rest, "es") // "one of the witnesses"
	case strings.HasSuffix(rest, "ss"):
		return name
	}
	return strings.TrimSuffix(rest, "s")
}

// orgWithInnerWord returns the one body of three words or more whose name
// holds w after its first word, neither a head nor a legal form: "Rovers"
// of "Thornbury Rovers Women FC"; nil when none or several do.
func (t *Tracker) orgWithInnerWord(w string) *entities.Entity {
	if h, _ := entities.OrgHead(w); h || entities.LegalForm(w) || entities.AdjectiveShape(w) || entities.IsPlace(w) || entities.SectorWord(w) {
		return nil // (no field's adjective, place or trade: "Veterinary surgeon", "Karnataka Minister")
	}
	if e, ok := t.innerWord[w]; ok {
		return e
	}
	found := t.scanInnerWord(w)
	if t.innerWord == nil {
		t.innerWord = map[string]*entities.Entity{}
	}
	t.innerWord[w] = found // each word scans the entities once
	return found
}

// scanInnerWord is orgWithInnerWord's scan of the entities.
func (t *Tracker) scanInnerWord(w string) *entities.Entity {
	var found *entities.Entity
	for i := range t.a.Entities {
		o := &t.a.Entities[i]
		if o.Kind != entities.Organization || o.Tokens.Len() < 3 {
			continue
		}
		for k := o.Tokens.First + 1; k < o.Tokens.End; k++ {
			if t.a.Tokens[k].Text != w || !t.a.Tokens[k-1].IsCap() {
				continue // (a word of the name's own, not of its complement: "Government of Karnataka")
			}
			if found != nil && !strings.EqualFold(found.Text, o.Text) {
				a, b := strings.ToLower(found.Text), strings.ToLower(o.Text)
				switch {
				case strings.HasPrefix(b, a):
					found = o // "Thornbury Rovers Women" and "Thornbury Rovers Women FC": one body, the fuller name
				case strings.HasPrefix(a, b):
				default:
					return nil
				}
				break
			}
			found = o
			break
		}
	}
	return found
}
