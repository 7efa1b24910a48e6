package speakers

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// Bodies a title names by reference, not by name (titleOrgs): "its" for
// the body named last ("Its chairman"), "the" and an organization's head
// for the body of that head the text named last ("president of the
// foundation"), or the issuer ("the company's chief financial officer").

// orgBefore returns the organization named last before token k, within
// the two sentences before it, or nil: what "its" stands for. A sentence's
// first "Its" stands for the body that opens the sentence before as its
// subject: "The Ostby Fishers' Cooperative signed an agreement with
// Fjordlys Energy. Its chairman, …" (the cooperative's). Inside a
// sentence that a body opens, "its" is the subject's: "The Safety Board of
// the Sea Council, represented by its Chair, …" (the board's). A body named
// by its head alone ("the Institute") stands for the one of that head the
// text named last.
func (t *Tracker) orgBefore(k int) *entities.Entity {
	si := t.a.SentenceOf(k)
	if si < 0 {
		return nil
	}
	if si > 0 && t.a.Sentences[si].Tokens.First == k {
		if e := t.subjectOrg(si - 1); e != nil {
			return e
		}
	}
	if f := t.a.Sentences[si].Tokens.First; f < k {
		if t.a.Tokens[f].Is("The") {
			f++
		}
		if e := t.a.EntityAt(f); e != nil && e.Kind == entities.Organization && e.Tokens.First == f && e.Tokens.End <= k {
			return e // the subject of its own sentence: "The Safety Board of the Sea Council, represented by its Chair, …"
		}
	}
	lo := t.a.Sentences[max(0, si-2)].Tokens.First
	for j := k - 1; j >= lo; j-- {
		if j+2 < k && j >= t.a.Sentences[si].Tokens.First && t.a.Tokens[j].Is("one") && t.a.Tokens[j+1].Is("of") && t.a.Tokens[j+2].Is("the") {
			return nil // one of several the sentence names by a common noun: "on behalf of one of the expert delegations, its head"
		}
		if j > lo && t.a.EntityAt(j) == nil && t.a.Tokens[j].IsCap() && t.a.Tokens[j-1].IsFold("the") {
			// a body named before by its head alone: "Under the
			// memorandum, the Institute will … Its Deputy Director"
			if h, _ := entities.OrgHead(t.a.Tokens[j].Text); h {
				if c, ok := t.lastHeadedBy(j-1, t.a.Tokens[j].Text); ok && c.e != nil {
					return c.e
				}
			}
		}
		if j > lo && j < t.a.Sentences[si].Tokens.First && t.a.Tokens[j-1].Is("the") && t.a.Tokens[j].IsLower() && genericOrg(t.a.Tokens[j].Text) && t.a.EntityAt(j) == nil &&
			!t.possessorAt(j+1) && !t.namesOrg(t.a.SentenceOf(j)) {
			// "the company" named since the last body's name, in a sentence
			// that names no body, stands for the body "its" stands for: "…
			// supplied by Sarna Cells s.r.o. / Roe added that the site had
			// saved the company two years. / Its chief financial officer, …"
			// (the issuer's, as a release's "the company" is, not Sarna
			// Cells'; but "Kelvo Air, the nonprofit air ambulance. Its chief
			// nurse" is Kelvo Air's, and a sentence that "The company" opens
			// goes on about the body named last: "Sarna Steel will buy ore.
			// The company runs three furnaces. Its chief executive")
			if t.issuer.Name != "" && !t.issuerByCount && !publicBody(t.issuer.Name) {
				if c, ok := t.issuerCand(); ok {
					return c.e
				}
				return nil // (the issuer, by a name the text does not write whole: the caller's)
			}
		}
		if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Organization {
			if o := t.apposedTo(e.Tokens.First, lo); o != nil {
				return o
			}
			if n := t.namedBeforeAcronym(e); n != nil {
				return n // the name, not its acronym: "the Kelvo Weather Service (KWS) … Its head forecaster"
			}
			return e
		}
	}
	return nil
}

// subjectOrg returns the organization that opens sentence si as its
// subject, or nil: "The Ostby Fishers' Cooperative signed …", "In a
// statement, Acme said …"; not a possessor: "Kelvo's grid partner is Acme
// Grid Oy." names no subject body.
func (t *Tracker) subjectOrg(si int) *entities.Entity {
	f := t.a.Sentences[si].Tokens.First
	if openingPrepositions[t.a.Tokens[f].Text] {
		for c := f + 1; c < t.a.Sentences[si].Tokens.End && c < f+7; c++ {
			if t.a.Tokens[c].Is(",") {
				f = c + 1 // past an opening adverbial
				break
			}
		}
	}
	if t.a.Tokens[f].Is("The") {
		f++
	}
	if e := t.a.EntityAt(f); e != nil && e.Kind == entities.Organization && e.Tokens.First == f && !t.possessorAt(e.Tokens.End) {
		return e
	}
	if e := t.a.EntityAt(f + 1); e != nil && e.Kind == entities.Organization && e.Tokens.First == f+1 && t.a.EntityAt(f) == nil && t.a.Tokens[f].IsCap() && !t.possessorAt(e.Tokens.End) && f+1 < t.a.Sentences[si].Tokens.End {
		return e // a capitalized word the recognizer left out of the name: "Northern" of "Northern Spine Transmission, which owns …, said"
	}
	if e := t.namedAfterKindAt(f, t.a.Sentences[si].Tokens.End); e != nil {
		return e // a body named after its kind: "Transmission company Kelvo Grid built …"
	}
	return nil
}

// namedAfterKindAt returns the name that a capitalized word of a trade
// and a body's kind in lower case open at token f: "Kelvo
// Grid" of "Transmission company Kelvo Grid built …", whatever the
// recognizer made of it (a person's name of two words or more); nil when
// there is none.
func (t *Tracker) namedAfterKindAt(f, end int) *entities.Entity {
	toks := t.a.Tokens
	k := f
	if k < end && toks[k].IsCap() && t.a.EntityAt(k) == nil {
		k++ // its trade: "Transmission"
	}
	if k == f || k >= end || !toks[k].IsLower() || !(firmNoun(toks[k].Text) || entities.BodyNoun(toks[k].Text)) {
		return nil // (the trade's word is needed: "The bank Jane Young ran for a decade", "The company Mark Stone founded" name a person)
	}
	e := t.a.EntityAt(k + 1)
	if e == nil || e.Tokens.First != k+1 || e.Kind == entities.Place {
		return nil
	}
	if last := toks[e.Tokens.End-1].Text; e.Kind == entities.Person && (e.Tokens.Len() < 2 || !entities.CommonWord(last) || entities.ProperWord(last)) {
		return nil // a person's name: "The company Jane Roe founded …" (a name of common words may be a firm's: "Kelvo Grid")
	}
	return e
}

// namesOrg reports a sentence that names an organization.
func (t *Tracker) namesOrg(si int) bool {
	if si < 0 {
		return false
	}
	s := t.a.Sentences[si].Tokens
	for k := s.First; k < s.End; k++ {
		if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Organization {
			return true
		}
	}
	return false
}

// possessorAt reports a possessive at token k: the name before it
// possesses what follows ("Kelvo’s grid partner") and is no subject.
func (t *Tracker) possessorAt(k int) bool {
	return k < len(t.a.Tokens) && t.a.Tokens[k].Kind == entities.Possessive
}

// apposedTo returns the body an appositive that holds token f describes:
// "Its" after "the Andean Survey, a public agency attached to Kelvo's
// Ministry of Mining." is the survey's, not the ministry's; nil when f is
// in no such appositive after lo.
func (t *Tracker) apposedTo(f, lo int) *entities.Entity {
	toks := t.a.Tokens
	for c := f - 1; c > lo && c > f-12; c-- {
		if !toks[c].Is(",") {
			continue
		}
		if toks[c+1].Is("a") || toks[c+1].Is("an") {
			if e := t.a.EntityAt(c - 1); e != nil && e.Kind == entities.Organization && e.Tokens.End == c {
				return e
			}
		}
		return nil
	}
	return nil
}

// namedBeforeAcronym returns the body whose name stands right before e
// when e is its acronym in brackets: "Kelvo Weather Service" for "KWS" in
// "the Kelvo Weather Service (KWS)"; nil otherwise.
func (t *Tracker) namedBeforeAcronym(e *entities.Entity) *entities.Entity {
	f, end := e.Tokens.First, e.Tokens.End
	if f < 2 || end >= len(t.a.Tokens) || !t.a.Tokens[f-1].Is("(") || !t.a.Tokens[end].Is(")") {
		return nil
	}
	n := t.a.EntityAt(f - 2)
	if n == nil || n.Kind != entities.Organization || n.Tokens.End != f-1 {
		return nil
	}
	if b := n.Tokens.First - 1; b >= 0 && (t.a.Tokens[b].Is("of") || t.a.Tokens[b].Is("the") && b > 0 && t.a.Tokens[b-1].Is("of")) {
		return nil // the tail of a longer name the acronym stands for: "the Food and Agriculture Organization of the United Nations (FAO)"
	}
	return n
}

// anaphoricOrg reads "the" and an organization's head in lower case after
// a title's preposition as the organization of that head the text named
// last: "Maria Roe, president of the foundation" after "The Helping Hands
// Foundation …", "the shipyard's chief executive" after "Kelvo Shipyard".
func (t *Tracker) anaphoricOrg(k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if k+3 < end && toks[k].IsFold("the") && toks[k+1].IsLower() && toks[k+2].IsLower() && toks[k+3].Kind == entities.Possessive && lowerHead(toks[k+1].Text) {
		return t.bodySentenceBefore(k) // a kind of two words that a head opens: "the hospital system's chief nursing officer" after "Kelvo Health said …" (not "the parent company's", "the rival hospital's")
	}
	if k+1 >= end || !toks[k].IsFold("the") || !toks[k+1].IsLower() && !(k+2 < end && toks[k+2].Kind == entities.Possessive) && k+2 < end || k+2 < end && toks[k+2].Kind == entities.Word {
		// (a capitalized head before a possessive, or ending the title, too:
		// "the Bank's Director General", "specialist at the Bank")
		return orgCand{}, false
	}
	w := toks[k+1].Text
	if !lowerHead(w) && !(toks[k+1].IsLower() && (entities.SectorWord(strings.ToUpper(w[:1])+w[1:]) || genericOrg(w))) {
		return orgCand{}, false // (a trade's word too: "the shipyard's chief executive" after "Kelvo Shipyard")
	}
	if firmNoun(strings.ToLower(w)) && t.issuer.Name != "" && !t.issuerByCount && noCompany(t.issuer.Name) {
		if e := t.lastCompanyBefore(k); e != nil {
			if end := t.headBeforeTown(e, w); end > 0 {
				return orgCand{first: e.Tokens.First, end: end}, true // (without its town: "Saltbush Theatre Company in Broken Hill")
			}
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // "the company's Director of Sustainability" in a programme's or a ministry's release: the company it names last
		}
	}
	if genericOrg(strings.ToLower(w)) && t.issuer.Name != "" && !t.issuerByCount && !publicBody(t.issuer.Name) && (!strings.EqualFold(w, "agency") || strings.Contains(t.issuer.Name, "Agency")) && !(firmNoun(strings.ToLower(w)) && (learningBody(t.issuer.Name) || charityBody(t.issuer.Name))) {
		// "the company's chief financial officer": a release's "the
		// company" is its issuer, not the last company it names ("the
		// agency" only in an agency's release), unless the sentence before
		// in its paragraph is about another body that opens it.
		if c, ok := t.bodySentenceBefore(k); ok {
			return c, true
		}
		if e, amb := t.orgEndingIn(w); e != nil && !amb && e.Tokens.End <= k && !t.issuerWord(w) && !firmNoun(strings.ToLower(w)) && !strings.EqualFold(w, "organisation") && !strings.EqualFold(w, "organization") && !t.textHas(", a "+strings.ToLower(w)) && t.lastOrgBefore(k) == e {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // the one body named by that noun, the last body named before, not the issuer: "the charity's director" after "Kelvo Hospitals Charity" in the hospital trust's release (not where the text calls another body "a charity", nor a cited "… Organisation")
		}
		if c, ok := t.issuerCand(); ok {
			return c, true
		}
	}
	if strings.EqualFold(w, "office") && strings.Contains(t.issuer.Name, "Office") {
		// "the office's victim services unit" in an office's release: the
		// issuer, not the last office it names
		if c, ok := t.issuerCand(); ok {
			return c, true
		}
		return orgCand{}, false
	}
	if toks[k+1].IsCap() && t.issuer.Name != "" {
		// "the Bank's Director General": a release's capitalized "the
		// Bank" is its issuer, when the issuer is a bank.
		if f := strings.Fields(t.issuer.Name); slices.Contains(f, w) {
			if c, ok := t.otherHeadedJustBefore(k, w); ok {
				return c, true // another body of that head named in the sentence before: "Kelvale City Council approved it. The Council's planning director" in a national council's release
			}
			if c, ok := t.issuerCand(); ok {
				return c, true
			}
		}
	}
	if e := t.aliasOf(k, k+2); e != nil && toks[k+1].IsCap() {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // "Chief Executive Officer of the Group" after "Kelvo Hotels, S.A. (“Kelvo” or “the Group”)"
	}
	if toks[k+1].IsLower() && k > 0 && toks[k-1].Is("at") && (k+2 >= end || toks[k+2].Kind != entities.Possessive) && t.issuerEndsIn(w) && !t.issuerByCount {
		// "Director of the Centre … at the university" in Aotea
		// University's release: the issuer, not the last university named
		if c, ok := t.issuerCand(); ok {
			return c, true
		}
	}
	return t.lastHeadedBy(k, w)
}

// otherHeadedJustBefore returns the body other than the issuer whose head
// is w, named last before token k, in k's sentence or the one before, where
// the issuer is not named too.
func (t *Tracker) otherHeadedJustBefore(k int, w string) (orgCand, bool) {
	c, ok := t.lastHeadedBy(k, w)
	if !ok || c.e == nil || t.issuer.Name == "" || strings.Contains(strings.ToLower(c.e.Text), strings.ToLower(t.issuer.Name)) || t.a.SentenceOf(k)-t.a.SentenceOf(c.e.Tokens.First) > 1 {
		return orgCand{}, false
	}
	if n := c.e.Tokens.End; c.e.Tokens.Len() < 2 || t.a.Tokens[n-2].IsFold("the") {
		return orgCand{}, false // a body named in full by its own name, not the head alone ("Council") nor another's part ("the 41st Assembly of the Forum")
	}
	lo := t.a.Sentences[t.a.SentenceOf(c.e.Tokens.First)].Tokens.First
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Tokens.First >= lo && e.Tokens.End <= k && (strings.Contains(strings.ToLower(e.Text), strings.ToLower(t.issuer.Name)) || t.issuer.Acronym != "" && e.Text == t.issuer.Acronym) {
			return orgCand{}, false // the issuer named there too: "The National Council for Kelvo Heritage objected to plans by Kelvale City Council …. The Council's chief executive"
		}
	}
	return c, true
}

// lastHeadedBy returns the organization named last before token k whose
// head is the word w: "the foundation" or "Head of Mission" after "The
// Helping Hands Foundation …" or "the Observer Mission for the Eastern
// Corridor".
func (t *Tracker) lastHeadedBy(k int, w string) (orgCand, bool) {
	ents := t.a.Entities
	i := t.a.EntityIndex(k)
	if i < 0 {
		// the entity before k: search back from the nearest one
		for j := k - 1; j >= 0 && i < 0; j-- {
			i = t.a.EntityIndex(j)
		}
	}
	var translated *entities.Entity // named head first in its own language, the head the lists translate: "the union" for "Unión Campesina del Kelvo", when no body with the English head is named
	for n := 0; i >= 0 && n < 200; i, n = i-1, n+1 {
		e := &ents[i]
		if e.Kind == entities.Organization && e.Tokens.End <= k && (t.headedBy(e, w) || strings.EqualFold(w, "hospital") && t.medicalCenter(e) || t.describedAs(e, w)) {
			if h := t.headBeforeTown(e, w); h > 0 {
				return orgCand{first: e.Tokens.First, end: h}, true // the body without its town: "Saltbush Theatre Company" of "Saltbush Theatre Company in Broken Hill"
			}
			if x := e.Tokens.End; unitHeadWord(w) && x+1 < len(t.a.Tokens) && t.a.Tokens[x].Is("at") {
				if o := t.a.EntityAt(x + 1); o != nil && o.Kind == entities.Organization && o.Tokens.First == x+1 {
					return orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}, true // a unit named with its body after "at": "the faculty" of "the Faculty of Public Health at Meghna University" is the university's (not the issuer's unit)
				}
			}
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
		if translated == nil && e.Kind == entities.Organization && e.Tokens.End <= k && e.Tokens.Len() > 1 && strings.EqualFold(entities.TranslatedHead(e.Text), w) {
			translated = e
		}
	}
	if translated != nil {
		return orgCand{first: translated.Tokens.First, end: translated.Tokens.End, e: translated}, true
	}
	return orgCand{}, false
}

// headBeforeTown returns the index after the head w inside e's name when
// "in" and a town follow it there, 0 when none does.
func (t *Tracker) headBeforeTown(e *entities.Entity, w string) int {
	toks := t.a.Tokens
	for k := e.Tokens.First + 1; k+2 < e.Tokens.End; k++ {
		if strings.EqualFold(toks[k].Text, w) && toks[k+1].Is("in") {
			return k + 1
		}
	}
	return 0
}

// medicalCenter reports a hospital named as a medical center: "St.
// Brendan's Regional Medical Center" is "the hospital".
func (t *Tracker) medicalCenter(e *entities.Entity) bool {
	toks := t.a.Tokens
	n := e.Tokens.End
	return n-e.Tokens.First >= 2 && toks[n-2].Is("Medical") && (toks[n-1].Is("Center") || toks[n-1].Is("Centre"))
}

// describedAs reports a body the text describes as a w in an appositive
// right after its name: "Kelvo Transport, the regional transport
// authority," is "the Authority" later.
func (t *Tracker) describedAs(e *entities.Entity, w string) bool {
	toks := t.a.Tokens
	k := e.Tokens.End
	if k+2 >= len(toks) || !toks[k].Is(",") || !isArticle(toks[k+1].Text) {
		return false
	}
	for j := k + 2; j < len(toks) && j < k+7; j++ {
		if toks[j].Kind != entities.Word || !toks[j].IsLower() {
			return false
		}
		if strings.EqualFold(toks[j].Text, w) {
			return j+1 == len(toks) || toks[j+1].Is(",") || toks[j+1].Is(";") || toks[j+1].Is(")") // the description's head, closing it (not a clause's subject: "in Kelvo Court, the company's lawyers said")
		}
	}
	return false
}

// headedBy reports an organization whose head is the word w: its last
// word ("Kelvale Foundation"), the kind noun before its name ("the
// transport union BTB-Limburg"), its first word in another language
// ("Cooperativa Lanifici Pratesi") or the word before its complement
// ("Ratepayer Coalition of Oregon", "Kelvale Center for the Arts", "OSCE
// Mission to Kelvania").
func (t *Tracker) headedBy(e *entities.Entity, w string) bool {
	toks := t.a.Tokens
	if strings.EqualFold(toks[e.Tokens.End-1].Text, w) {
		return true
	}
	if (strings.EqualFold(w, "company") || strings.EqualFold(w, "firm")) && e.Tokens.Len() > 1 && (isCorpSuffix(toks[e.Tokens.End-1].Text) || entities.SectorWord(toks[e.Tokens.End-1].Text)) {
		return true // "the company" for "Kindlepath Financial LLC", "the firm" for "Mzansi Capital Research"
	}
	if f := e.Tokens.First; f > 0 && toks[f-1].IsLower() && strings.EqualFold(toks[f-1].Text, w) && (f < 2 || !toks[f-2].Is("of")) {
		return true // named after its kind: "the transport union BTB-Limburg" (not the kind's complement: "a network of clinics Kelvo Care")
	}
	if fw := toks[e.Tokens.First].Text; e.Tokens.Len() > 1 && !entities.CommonWord(fw) && cognate(fw, w) {
		return true // named head first in its own language: "the cooperative" for "Cooperativa Lanifici Pratesi"
	}
	for k := e.Tokens.First; k+1 < e.Tokens.End; k++ {
		if strings.EqualFold(toks[k].Text, w) && (toks[k+1].Is("of") || toks[k+1].Is("for") || toks[k+1].Is("on") || toks[k+1].Is("to") || toks[k+1].Is("in") && k > e.Tokens.First) {
			return true // (also before the town the recognizer took into the name: "Saltbush Theatre Company in Broken Hill")
		}
	}
	if n := e.Tokens.End; e.Tokens.Len() > 2 && (strings.EqualFold(w, "cooperative") || strings.EqualFold(w, "co-operative")) && strings.EqualFold(toks[n-2].Text, w) && cooperativeForm(toks[n-1].Text) {
		return true // a cooperative's legal form after its head: "the cooperative" for "Kelvo Dairy Farmers' Cooperative Society" (but "the bank" is no "Kelvo Food Bank Society")
	}
	return false
}

// cooperativeForm reports the word after "Cooperative" that gives a
// cooperative's legal form: "Society" of "Cooperative Society".
func cooperativeForm(w string) bool {
	switch w {
	case "Society", "Union", "Limited", "Ltd", "Ltd.":
		return true
	}
	return false
}

// cognate reports a word of another language that shares the English
// word w's stem, six letters or more, and differs from it only in an
// ending of four letters at most: "Cooperativa" and "cooperative",
// "Universidad" and "university", "Instituto" and "institute".
func cognate(word, w string) bool {
	a, b := strings.ToLower(word), strings.ToLower(w)
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	return p >= 6 && len(a)-p <= 4 && len(b)-p <= 4 && a != b
}

// issuerCand returns the issuer as a candidate body, where the text
// names it in full, or in more than one word without its legal form.
func (t *Tracker) issuerCand() (orgCand, bool) {
	if e := t.orgNamed(t.issuer.Name); e != nil {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
	}
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && e.Tokens.Len() > 1 && nameThenLegalForm(e.Text, t.issuer.Name) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // the issuer without its legal form: "Kelvo Holdings" of "Kelvo Holdings plc"
		}
	}
	return orgCand{}, false
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

// nameThenLegalForm reports a full name that is name and a legal form
// after it, perhaps set off by a comma: "Kelvo Holdings plc" and "Kelvo
// Holdings, Inc." of "Kelvo Holdings".
func nameThenLegalForm(name, full string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(full), strings.ToLower(name)+" ")
	if !ok {
		if rest, ok = strings.CutPrefix(strings.ToLower(full), strings.ToLower(name)+", "); !ok {
			return false
		}
	}
	for _, w := range strings.Fields(rest) {
		if !entities.LegalForm(w) {
			return false
		}
	}
	return true
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

// learningBody reports the name of a university, college, school,
// institute or hospital: its release's "the company" is another body
// ("PT Kelvo Polimer Tbk … The company's President Director, Ir. Jane
// Roe, said" in Kelvo University's release).
func learningBody(name string) bool {
	return headIn(name, "University", "Universitas", "Universiti", "Universidad", "Université", "Universität", "Universidade", "Università", "College", "School", "Institute", "Polytechnic", "Hospital")
}

// charityBody reports a body of members or a charity, no business, whose
// release's "the company" is another body: "Kelvo Foundation", "Kelvo
// Players' Association", "Kelvo Plantation Workers' Union" (not a
// "Network" or a "Society", as often a broadcaster, a building society or
// a troupe).
func charityBody(name string) bool {
	f := strings.Fields(name)
	if len(f) > 2 && f[len(f)-1] == "Union" && f[len(f)-2] == "Credit" {
		return false // a credit union is a business: "Kelvo Teachers Credit Union"
	}
	return len(f) > 1 && headIn(f[len(f)-1], "Foundation", "Association", "Federation", "Alliance", "Charity", "Diocese", "Coalition", "Union", "Congress", "Confederation")
}

// headIn reports a word of name among heads.
func headIn(name string, heads ...string) bool {
	for _, w := range strings.Fields(name) {
		if slices.Contains(heads, w) {
			return true
		}
	}
	return false
}

// openingPrepositions open an adverbial before a sentence's subject.
var openingPrepositions = toSet(`In On At After Before During With Under Following`)

// lastOrgBefore returns the last organization the text names before token
// k, or nil.
func (t *Tracker) lastOrgBefore(k int) *entities.Entity {
	var last *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Tokens.End > k {
			break
		}
		if e.Kind == entities.Organization {
			last = e
		}
	}
	return last
}

// nameEndsIn reports a name whose last word is one of words: "Kelvo
// Arctic Environment Programme" (not "Tarvo Programme Studios").
func nameEndsIn(name string, words ...string) bool {
	name = strings.TrimRightFunc(name, unicode.IsSpace)
	i := strings.LastIndexFunc(name, unicode.IsSpace)
	return slices.Contains(words, name[i+1:]) // (its last field, as strings.Fields gives it, without the slice)
}

// noCompany reports the name of a body that is no company: a public body,
// a school or hospital, a charity, or a programme, fund, secretariat,
// forum or coalition of others ("Kelvo Arctic Environment Programme",
// "Horizon Fund for Tuberculosis"), whose release's "the company" is
// another body.
func noCompany(name string) bool {
	return publicBody(name) || learningBody(name) || charityBody(name) ||
		nameEndsIn(name, "Programme", "Program", "Secretariat", "Forum", "Coalition", "Initiative") || strings.Contains(name, "Fund for ")
}

// lastCompanyBefore returns the last organization named before token k,
// in its paragraph or the one before, that is not the issuer and is no
// public body, school, charity or programme: the company that "the
// company" names in another body's release; nil when there is none.
func (t *Tracker) lastCompanyBefore(k int) *entities.Entity {
	si := t.a.SentenceOf(k)
	if si < 0 {
		return nil
	}
	floor := t.a.Sentences[si].Paragraph - 1
	var last, firm *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Tokens.End > k {
			break
		}
		if e.Kind != entities.Organization || noCompany(e.Text) || sameBody(t.fullOrg(e), t.issuer) {
			continue
		}
		if s := t.a.SentenceOf(e.Tokens.First); s >= 0 && t.a.Sentences[s].Paragraph >= floor {
			last = e
			if x := t.a.Tokens[e.Tokens.End-1].Text; entities.LegalForm(x) || entities.DottedLegalForm(x) || isCorpSuffix(x) {
				firm = e
			}
		}
	}
	if firm != nil {
		return firm // a company by its legal form first: "Kongu Textiles Ltd" before "its CSR arm", "Xinmai Medical Technology Co., Ltd." before the regulator that approved its device
	}
	return last
}

// bodySentenceBefore returns the body that opens, as its subject, the sentence
// right before the one that token k opens, in the same paragraph, when it
// is not the issuer: "Kelvo Linjen operates three routes. The company's
// Chief Operating Officer, Jane Roe, said …" (Kelvo Linjen, not the
// shipyard that issued the release).
//
// The mention may also stand after "at" in the appositive of the
// sentence's subject, and the body open the sentence before as its
// source: "According to
// Kelvo Research, most traders refuse cards. Jane Roe, an analyst at the
// firm, said …".
func (t *Tracker) bodySentenceBefore(k int) (orgCand, bool) {
	si := t.a.SentenceOf(k)
	if si < 1 || t.a.Sentences[si-1].Paragraph != t.a.Sentences[si].Paragraph {
		return orgCand{}, false
	}
	if first := t.a.Sentences[si].Tokens.First; first != k && !(k > 0 && t.a.Tokens[k-1].Is("at") && t.subjectsAppositive(first, k)) {
		return orgCand{}, false // (where she works, "an analyst at the firm"; not "chief executive of the company", the issuer's post)
	}
	f := t.a.Sentences[si-1].Tokens.First
	if o := t.afterOpener(f, t.a.Sentences[si-1].Tokens.End); o > f && o < t.a.Sentences[si-1].Tokens.End {
		f = o // past an opening adverbial: "In a statement, Kelvo Health said …"
	}
	according := false
	if t.a.Tokens[f].Is("The") {
		f++
	} else if t.a.Tokens[f].Is("According") && f+2 < len(t.a.Tokens) && t.a.Tokens[f+1].Is("to") {
		f, according = f+2, true
	}
	e := t.a.EntityAt(f)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != f || e.Tokens.End >= t.a.Sentences[si-1].Tokens.End {
		return orgCand{}, false
	}
	after := e.Tokens.End
	if t.a.Tokens[after].Is("(") && after+2 < t.a.Sentences[si-1].Tokens.End && t.a.Tokens[after+2].Is(")") {
		after += 3 // past its letters: "The Kelvo Nurses Federation (KNF) welcomed …"
	}
	if according && !t.a.Tokens[after].Is(",") || !according && !t.a.Tokens[after].IsLower() {
		return orgCand{}, false // (a subject, then its verb; a source, then its comma)
	}
	c := orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}
	if sameBody(t.candOrg(c), t.issuer) || t.issuerByCount {
		return orgCand{}, false
	}
	return c, true
}

// subjectsAppositive reports token k inside a short description set off
// after the person's name that opens the sentence at first: "Jane Roe, an
// analyst at the firm," (k at "the").
func (t *Tracker) subjectsAppositive(first, k int) bool {
	e := t.a.EntityAt(first)
	if e == nil || e.Kind != entities.Person || e.Tokens.First != first || e.Tokens.End >= k || !t.a.Tokens[e.Tokens.End].Is(",") || k-e.Tokens.End > 8 {
		return false
	}
	for j := e.Tokens.End + 1; j < k; j++ {
		if t.a.Tokens[j].Kind != entities.Word {
			return false
		}
	}
	return true
}

// lowerHead reports a body's head written in lower case: "hospital".
// unitHeadWord reports the head of a part of a larger body, in any case:
// "faculty", "Department".
func unitHeadWord(w string) bool {
	h, u := entities.OrgHead(strings.ToUpper(w[:1]) + w[1:])
	return h && u
}

func lowerHead(w string) bool {
	h, _ := entities.OrgHead(strings.ToUpper(w[:1]) + w[1:])
	return h
}
