package entities

import (
	"strings"
	"unicode"
)

// orgEvidence re-reads, over the whole document, the names the recognizer
// took for people because no list knows them, when the document's own
// structure shows they name an organization:
//
//	"Zentrix Labs Inc." (an organization's head after the name)  -> "Zentrix"
//	"About Zentrix" (the heading of a release's boilerplate)      -> "Zentrix"
//	"Zentrix (NASDAQ: ZTX)", "(OTC: $ZTX)" (a ticker)             -> "Zentrix"
//	"CEO of Zentrix", "GM at Zentrix", "Minister for Trade of
//	Ruritania", "director of the Zentrix Collaborative" (a title's
//	body)                                                         -> "Zentrix", "Ruritania"
//	"JANE ROE (Ruritania)" (a name in parentheses after a person's) -> "Ruritania"
//	"Zentrix Robotics, Inc." (a legal suffix)                     -> "Zentrix Robotics"
//
// A name is re-read only where the document never gives it as part of a
// fuller person's name ("Ann Zentrix") or after an honorific ("Ms.
// Zentrix"). A sentence-opening gerund glued to such a name ("Leveraging
// Zentrix's reach, …") is dropped from it.
func (a *Analysis) orgEvidence() {
	toks := a.Tokens
	orgs := map[string]bool{}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind == Organization && e.Rule == "org-head" && e.Tokens.Len() >= 2 {
			if w := toks[e.Tokens.First].Text; !CommonWord(w) {
				// "Zentrix Labs Inc." makes "Zentrix" and "Zentrix Labs" names of it
				for k := e.Tokens.First + 1; k < e.Tokens.End; k++ {
					if n := a.Text[e.Start:toks[k-1].End]; !IsPlace(n) {
						orgs[n] = true // (not a place that opens a body's name: "Guam" of "Guam Office of Broadband Development")
					}
				}
			}
		}
	}
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		if p.Sentences.Len() != 1 {
			continue
		}
		s := &a.Sentences[p.Sentences.First]
		k := s.Tokens.First
		for k < s.Tokens.End && toks[k].Kind == Punct {
			k++
		}
		end := s.Tokens.End
		for end > k && toks[end-1].Kind == Punct {
			end--
		}
		if end-k >= 2 && end-k <= 8 && toks[k].Is("About") && !(end-k == 2 && CommonWord(toks[k+1].Text)) {
			orgs[strings.TrimSpace(a.Text[toks[k+1].Start:toks[end-1].End])] = true
		}
	}
	for i := range toks {
		// A ticker: "(NASDAQ: ZTX)" after the name.
		if toks[i].Is("(") && i+2 < len(toks) && toks[i+1].IsUpper() && toks[i+2].Is(":") && i > 0 {
			n := i - 1
			if n > 1 && toks[n-1].Is(",") && LegalForm(toks[n].Text) {
				n -= 2 // past its legal form: "Kelvo Hoteles, S.A. (BME: KHT)"
			}
			if e := a.EntityAt(n); e != nil && e.Kind == Person {
				orgs[e.Text] = true
			}
		}
		// A title's body: "CEO of Zentrix", "GM at Zentrix"; not "Director
		// of Operations" or "of Infrastructure", a field in a common word.
		if (toks[i].Is("of") || toks[i].Is("at")) && i > 0 && i+1 < len(toks) && !(toks[i].Is("of") && AcademicRank(toks[i-1].Text)) {
			if titleBefore(toks, i) || toks[i-1].IsUpper() && len(toks[i-1].Text) <= 4 {
				b := i + 1
				if toks[b].Is("the") && b+1 < len(toks) {
					b++ // "executive director of the Prairie Libraries Collaborative"
				}
				if e := a.EntityAt(b); e != nil && e.Kind == Person && e.Tokens.First == b && !(e.Tokens.Len() == 1 && (CommonWord(e.Text) || DerivedWord(e.Text))) &&
					!(b > i+1 && e.Tokens.End < len(toks) && toks[e.Tokens.End].IsLower() && SiteNoun(toks[e.Tokens.End].Text) && a.BodyOpenedBy(e.Text, toks[e.Tokens.End].Text) == nil) { // (the town of a site: "supervisor at the Kelvo plant"; not a company's, "the Brenton mine" of Brenton Mining Ltd)
					orgs[e.Text] = true
				}
			}
		}
		// A body's part before "of": "the consumer advisory panel of
		// Zentrix Advocates", "the board of Zentrix".
		if toks[i].Is("of") && i > 0 && i+1 < len(toks) && bodyParts[toks[i-1].Text] {
			if e := a.EntityAt(i + 1); e != nil && e.Kind == Person && e.Tokens.First == i+1 && !a.personContext(i+1) {
				orgs[e.Text] = true
			}
		}
		// A company's post between a single name and a person's: "Zentrix
		// President and CEO Jane Roe", "Zentrix Vice President Jane Roe".
		if i > 0 && toks[i].IsCap() && (CompanyPost(toks[i].Text) || IsTitleModifier(toks[i].Text) && i+1 < len(toks) && CompanyPost(toks[i+1].Text)) {
			if e := a.EntityAt(i - 1); e != nil && e.Kind == Person && e.Tokens.Len() == 1 && e.Tokens.End == i && a.personAfter(i+1, i+6) {
				orgs[e.Text] = true
			}
		}
		// A name of two words before a capitalized title and its holder's
		// full name, where the name shares its first word with a body's
		// name the text gives: "Kelvo Bangladesh Country Director Jane
		// Roe" beside "Kelvo International" (the body's office there).
		if i > 1 && toks[i].IsCap() {
			if e := a.EntityAt(i - 1); e != nil && e.Kind == Person && e.Tokens.Len() == 2 && e.Tokens.End == i {
				if n, _ := TitleAt(toks, i); n > 0 && a.personAfter(i+n, i+n+6) && a.sharesBodyWord(e) {
					orgs[e.Text] = true
				}
			}
		}
		// A possessor of a post whose holder is named next, or of a unit:
		// "Kessock Marine’s managing director, Jane Roe", "Tarvania’s
		// minister of finance, Jane Roe", "Kelvale’s Department of Biology".
		if toks[i].Kind == Possessive && i > 0 {
			if e := a.EntityAt(i - 1); e != nil && e.Kind == Person && e.Tokens.End == i && (a.postHolderAfter(i+1) || a.unitAt(i+1) || i+2 < len(toks) && capWord(&toks[i+1]) && !toks[i+1].IsUpper() && toks[i+2].IsLower() && a.postHolderAfter(i+2)) { // (or of a branch's post, its town between: "Kai Aroha's Porirua volunteer coordinator, Jane Roe")
				orgs[e.Text] = true
			}
		}
		// A single name in parentheses right after a person's: the country
		// or group they speak for ("JANE ROE (Ruritania) said").
		if toks[i].Is("(") && i > 0 && i+2 < len(toks) {
			// (or two or three words: "JANE ROE (Saint Lucia) said")
			if p, e := a.EntityAt(i-1), a.EntityAt(i+1); p != nil && p.Kind == Person && p.Tokens.Len() > 1 && e != nil && e.Kind == Person &&
				e.Tokens.First == i+1 && e.Tokens.Len() <= 3 && e.Tokens.End < len(toks) && toks[e.Tokens.End].Is(")") && (e.Tokens.Len() == 1 || p.In(a.Text) == strings.ToUpper(p.In(a.Text))) {
				orgs[e.Text] = true
			}
		}
		// A relative "which" after the name, as of a thing: "Zentrix
		// Grocers, which will match every pound"; its own "its" after an
		// announcing verb: "Zentrix Water today published its plan"; a
		// quantifier before it as a noun's modifier: "any Zentrix
		// Grocers store", "under the Zentrix Prairie name".
		if e := a.EntityAt(i); e != nil && e.Kind == Person && e.Tokens.First == i && !a.personContext(i) && (a.whichAfter(e.Tokens.End) && !a.townOfBody(e) || a.itsAfter(e.Tokens.End) || a.quantifiedModifier(e)) {
			orgs[e.Text] = true
		}
		// A company's legal suffix: "Zentrix Robotics, Inc.", "Kelvo
		// Hoteles, S.A.".
		if toks[i].Is(",") && i > 0 && i+1 < len(toks) && (CorpSuffix(toks[i+1].Text) || DottedLegalForm(toks[i+1].Text)) {
			if e := a.EntityAt(i - 1); e != nil && e.Kind == Person && e.Tokens.End == i {
				orgs[e.Text] = true
			}
		}
	}
	firms := map[string]bool{} // the first words of companies named with their legal form
	for i := range a.Entities {
		// a company the recognizer named by its legal form: "Monedix
		// S.A.S." (its shorter names follow below)
		if e := &a.Entities[i]; e.Kind == Organization && e.Tokens.Len() >= 2 && LegalForm(toks[e.Tokens.End-1].Text) {
			orgs[e.Text], firms[toks[e.Tokens.First].Text] = true, true
		}
	}
	if len(orgs) == 0 {
		return
	}
	for name := range orgs {
		// "Kaizora Pharmaceutical Co." makes "Kaizora" and "Kaizora
		// Pharmaceutical" names of it, as an organization's head does.
		f := strings.Fields(name)
		if len(f) < 2 || !LegalForm(f[len(f)-1]) || CommonWord(f[0]) && !(len(f) > 2 && nameParticle(strings.ToLower(f[0])) && !CommonWord(f[1])) { // (a family name's particle opens it: "Van Leeuwen Nut Trading B.V.")
			continue
		}
		for n := 1; n < len(f)-1; n++ {
			if short := strings.Join(f[:n], " "); !(n > 1 && nameParticle(strings.ToLower(f[0])) && a.familyNamed(short)) {
				orgs[short] = true // (not a family name a person of the text bears: "Anna van Doe" beside "Van Doe Nut Trading B.V.")
			}
		}
	}
	people := map[string]bool{} // words of fuller names, and names after an honorific
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Person {
			continue
		}
		if e.Tokens.Len() > 1 && !orgs[e.Text] && !firms[toks[e.Tokens.First].Text] && !gerundOpener(toks, e.Tokens.First, a.sentenceStart(e.Tokens.First)) { // (not "Monedix Newsroom" beside "Monedix S.A.S.")
			for k := e.Tokens.First; k < e.Tokens.End; k++ {
				people[toks[k].Text] = true
			}
		}
		if f := e.Tokens.First; f > 0 && toks[f-1].Kind == Word {
			if _, ok := Honorific(toks[f-1].Text); ok {
				people[e.Text] = true
			}
		}
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Person {
			continue
		}
		if e.Tokens.Len() == 2 && gerundOpener(toks, e.Tokens.First, a.sentenceStart(e.Tokens.First)) && orgs[toks[e.Tokens.First+1].Text] {
			// "Leveraging Zentrix": the gerund opens the sentence.
			a.tokEnt[e.Tokens.First] = 0
			e.Tokens.First++
			e.Span.Start = toks[e.Tokens.First].Start
			e.Text = e.Span.In(a.Text)
		}
		if n := e.Tokens.Len(); n >= 3 && CompanyPost(toks[e.Tokens.End-1].Text) && toks[e.Tokens.End-1].IsCap() {
			// "says Kelvo Cimentos Chairman" beside "Kelvo Cimentos, S.A.":
			// the company and its post, not a person.
			if name := a.Text[e.Start:toks[e.Tokens.End-2].End]; orgs[name] && !people[name] {
				a.tokEnt[e.Tokens.End-1] = 0
				e.Tokens.End--
				e.Span.End = toks[e.Tokens.End-1].End
				e.Text = e.Span.In(a.Text)
			}
		}
		if orgs[e.Text] && !people[e.Text] {
			e.Kind, e.Rule, e.Confidence = Organization, "org-evidence", 0.75
		}
	}
}

// SourceBody makes an organization of each person entity whose text is
// name, the body a page names as its source, when its first word is in
// capitals and the rest is not ("AZ Netewaard" on AZ Netewaard's own
// newsroom: a hospital whose letters the recognizer took for a given
// name).
func (a *Analysis) SourceBody(name string) {
	if name == "" {
		return
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Person || e.Tokens.Len() < 2 || !strings.EqualFold(e.Text, name) {
			continue
		}
		if f, s := &a.Tokens[e.Tokens.First], &a.Tokens[e.Tokens.First+1]; f.IsUpper() && len(f.Text) > 1 && !s.IsUpper() {
			e.Kind, e.Rule, e.Confidence = Organization, "source", 0.8
		}
	}
}

// companyPost are the posts a company has and a person does not.
var companyPost = toSet(`president ceo chairman chairwoman chair founder co-founder chief cfo coo cto`)

// CompanyPost reports a post a company has and a person does not, in any
// case: "Zentrix President and CEO Jane Roe", "Zentrix’s founder".
func CompanyPost(w string) bool { return companyPost[strings.ToLower(w)] }

// sharesBodyWord reports a name whose first word opens an organization's
// name of two words or more elsewhere in the text: "Kelvo Bangladesh"
// beside "Kelvo International".
func (a *Analysis) sharesBodyWord(e *Entity) bool {
	w := a.Tokens[e.Tokens.First].Text
	for i := range a.Entities {
		x := &a.Entities[i]
		if x.Kind == Organization && x.Tokens.Len() >= 2 && a.Tokens[x.Tokens.First].Text == w && x.Text != e.Text {
			return true
		}
	}
	return false
}

// personAfter reports a person's name of two words or more starting in
// [i, end), after title words and "and": "… President and CEO Jane Roe".
func (a *Analysis) personAfter(i, end int) bool {
	for k := i; k < end && k < len(a.Tokens); k++ {
		if e := a.EntityAt(k); e != nil && e.Kind == Person && e.Tokens.First == k && e.Tokens.Len() > 1 {
			return true
		}
		if t := &a.Tokens[k]; !(t.Is("and") || t.Is("&") || IsTitleWord(t.Text) || IsTitleModifier(t.Text)) {
			return false
		}
	}
	return false
}

// unitAt reports a sub-body's name starting at token i: "Department of
// Biology", "School of Medicine".
func (a *Analysis) unitAt(i int) bool {
	e := a.EntityAt(i)
	if e == nil || e.Kind != Organization || e.Tokens.First != i {
		return false
	}
	switch a.Tokens[i].Text {
	case "Department", "Division", "School", "Faculty":
		return true
	}
	return e.Unit
}

// postHolderAfter reports a post at token i, its field, and the name of
// its holder of two words or more, set off by a comma or not, after an
// honorific or not: "managing director, Jane Roe", "Minister of Finance,
// Hon. Jane Roe". A person owns no post named this way: "Roe’s managing
// director" is the post of a body. (A person's staff, "Trump’s chief of
// staff, John Kelly", is left to the rule's caller: a possessor the text
// names as part of a fuller name stays a person.)
func (a *Analysis) postHolderAfter(i int) bool {
	toks := a.Tokens
	k := i
	n := 0
	for ; k < len(toks) && k < i+3; k++ { // (after "acting", "managing")
		if n, _ = TitleAt(toks, k); n > 0 || !toks[k].IsLower() && !IsTitleModifier(toks[k].Text) {
			break
		}
	}
	if n == 0 || Kinship(toks[k].Text) {
		return false // (not a relative: "Aarav's mother, Sunita Gaikwad")
	}
	for k += n; k < len(toks) && k < i+10; k++ {
		t := &toks[k]
		if t.Is(",") && k+1 < len(toks) {
			k++
			t = &toks[k]
		}
		if _, ok := Honorific(t.Text); ok && k+1 < len(toks) && t.IsCap() {
			k++ // "Tarvania's Minister of Finance, Hon. Jane Roe"
			t = &toks[k]
		}
		if e := a.EntityAt(k); e != nil && e.Kind == Person && e.Tokens.First == k && e.Tokens.Len() > 1 {
			return true
		}
		if !(t.Kind == Word && (t.IsLower() || t.Is("of") || t.Is("for") || IsTitleWord(t.Text) || CommonWord(t.Text))) {
			return false
		}
	}
	return false
}

// sentenceStart returns the first token of the sentence holding token i.
func (a *Analysis) sentenceStart(i int) int {
	if si := a.SentenceOf(i); si >= 0 {
		return a.Sentences[si].Tokens.First
	}
	return -1
}

// gerundOpener reports a capitalized common word in -ing that opens its
// sentence, a quotation or a sentence inside one: "Leveraging", "“Partnering".
func gerundOpener(toks []Token, i, first int) bool {
	w := toks[i].Text
	opens := i == first || i > 0 && (toks[i-1].Kind == QuoteMark || toks[i-1].Is(".") || toks[i-1].Is("?") || toks[i-1].Is("!"))
	return opens && len(w) > 5 && strings.HasSuffix(w, "ing") && !ProperWord(w)
}

// CorpSuffix reports a company's legal suffix: "Inc.", "Corp", "LLC" (not the
// suffixes that are also words, such as "Co" or "SA").
func CorpSuffix(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for _, s := range [...]string{"inc", "corp", "ltd", "llc", "plc", "gmbh", "llp"} {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// bodyParts are the lower-case nouns of a body's parts that "of" and
// the body's name follow: "the advisory panel of Zentrix Advocates".
var bodyParts = toSet(`board panel committee secretariat council members staff faculty trustees directors`)

// possessedTitle reports a title right before "of" at token i that a
// possessor's name owns: the possessor is the body, "of" names a field
// ("Wellspring's Director of Humanitarian Programmes").
func possessedTitle(toks []Token, i int) bool {
	n := 0
	k := i - 1
	for k > 0 && k > i-4 && toks[k].Kind == Word && toks[k].IsCap() {
		if m, _ := TitleAt(toks, k); m > 0 && k+m == i {
			n = m
		}
		k--
	}
	return n > 0 && toks[i-n-1].Kind == Possessive
}

// titleBefore reports a title ending right before token i, or a title
// and the capitalized words of its field or unit: "CEO of", "Minister
// for Trade of", "director of the Vascular Laboratory at".
func titleBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- { // (a title and its unit of seven words: "Head of the Department of Chemical Engineering at")
		if n, _ := TitleAt(toks, k); n > 0 && k+n <= i {
			return true
		}
		if t := &toks[k]; !(t.Kind == Word && (t.IsCap() || t.Is("for") || t.Is("of") || t.Is("and") || t.Is("the"))) {
			return false
		}
	}
	return false
}

// AcademicRank reports a title whose "of" names a field, not a body:
// "professor of Neurosurgery", "lecturer in Law".
func AcademicRank(w string) bool {
	var b [32]byte
	switch string(lowerKey(b[:0], w)) {
	case "professor", "prof", "prof.", "lecturer", "lector", "instructor", "teacher", "reader":
		return true
	}
	return false
}

// DisciplineRun reports capitalized words [i, end) up to the first that
// is not, that name a medical or academic discipline: "Cardiology",
// "Pediatric Cardiac Surgery", "Internal Medicine" (of "Head of Pediatric
// Cardiac Surgery": the post's field, no body), also joined by "and":
// "Child and Adolescent Psychiatry".
func DisciplineRun(toks []Token, i, end int) bool {
	k := i
	for k < end && k-i < 7 && (toks[k].Kind == Word && toks[k].IsCap() || k > i && (toks[k].Is("and") || toks[k].Is("&")) && k+1 < end && toks[k+1].IsCap()) {
		k++
	}
	if k == i || k < end && toks[k].Kind == Word && toks[k].IsCap() {
		return false
	}
	w := strings.ToLower(toks[k-1].Text)
	if _, unit := OrgHead(toks[k-1].Text); unit || strings.HasSuffix(w, "ology") || strings.HasSuffix(w, "iatry") {
		return !unit
	}
	switch w {
	case "surgery", "medicine", "nursing", "pediatrics", "paediatrics", "obstetrics", "orthopaedics", "orthopedics", "anaesthesia", "anesthesia",
		"pharmacy", "dentistry", "physiotherapy", "neurosurgery", "radiotherapy", "gynaecology", "gynecology", "neonatology":
		return true
	}
	return false
}

// personContext reports a title or an honorific before token i: a name
// there is a person's, and "which" after it is said of something else
// ("a concerto by the composer Jane Roe, which will be premiered").
func (a *Analysis) personContext(i int) bool {
	if i == 0 {
		return false
	}
	w := a.Tokens[i-1].Text
	_, hon := Honorific(w)
	return hon || IsTitleWord(w)
}

// whichAfter reports "which" and a lower-case verb at token k, after a
// comma or not: ", which will match".
func (a *Analysis) whichAfter(k int) bool {
	toks := a.Tokens
	if k < len(toks) && toks[k].Is(",") {
		k++
	}
	return k+1 < len(toks) && toks[k].Is("which") && toks[k+1].IsLower() && toks[k+1].Kind == Word
}

// townOfBody reports a single name set off by commas right after an
// organization's that completes a post, its town, which "which" then
// follows with the body: "Director of the Kelvo Institute of Public
// Health, Sarnagar, which will evaluate" (not the next partner of a list:
// "the Kelvo Institute of Public Health, Zentrava, which will make the
// kits, and …").
func (a *Analysis) townOfBody(e *Entity) bool {
	f := e.Tokens.First
	if e.Tokens.Len() != 1 || f < 2 || !a.Tokens[f-1].Is(",") {
		return false
	}
	b := a.EntityAt(f - 2)
	if b == nil || b.Kind != Organization || b.Tokens.End != f-1 {
		return false
	}
	o := b.Tokens.First - 1
	if o > 0 && a.Tokens[o].Is("the") {
		o--
	}
	return o > 0 && (a.Tokens[o].Is("of") || a.Tokens[o].Is("at")) && titleBefore(a.Tokens, o)
}

// bodyVerbs are the verbs a body announces its own work with.
var bodyVerbs = toSet(`announced announces published publishes released releases launched launches unveiled unveils opened opens reported reports completed completes confirmed confirms expanded expands posted posts`)

// itsAfter reports, at token k, a body's verb and "its", with at most one
// adverb or auxiliary before the verb: "today published its", "has
// announced its".
func (a *Analysis) itsAfter(k int) bool {
	toks := a.Tokens
	for n := 0; n < 2 && k+1 < len(toks) && toks[k].IsLower() && toks[k].Kind == Word; n, k = n+1, k+1 {
		if bodyVerbs[toks[k].Text] {
			return toks[k+1].Is("its")
		}
	}
	return false
}

// quantifiedModifier reports a name after "any", "every" or "each" and
// before a lower-case noun, as a body's name modifies one: "any Zentrix
// Grocers store"; or between "the" and "name", "brand" or "banner": "will
// operate under the Zentrix Prairie name".
func (a *Analysis) quantifiedModifier(e *Entity) bool {
	toks := a.Tokens
	f, end := e.Tokens.First, e.Tokens.End
	if f == 0 || end >= len(toks) {
		return false
	}
	if toks[f-1].Is("the") && (toks[end].Is("name") || toks[end].Is("brand") || toks[end].Is("banner")) {
		return true // "under the Zentrix Prairie name"
	}
	if !(toks[f-1].Is("any") || toks[f-1].Is("every") || toks[f-1].Is("each")) {
		return false
	}
	return toks[end].IsLower() && toks[end].Kind == Word && CommonWord(toks[end].Text)
}

// repeatOrgs takes for the organization every other place where the text
// repeats an organization's name of two to six words word for word, left
// untaken by the recognizer (its words are common: "Walk Kelvo", "Age
// Forward"), but only as a whole: not inside a longer run of capitals.
func (a *Analysis) repeatOrgs() {
	toks := a.Tokens
	byFirst := map[string][]Range{} // a name's first word -> the names' token ranges
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Organization || e.Tokens.Len() < 2 || e.Tokens.Len() > 6 || !toks[e.Tokens.First].IsCap() {
			continue
		}
		byFirst[toks[e.Tokens.First].Text] = append(byFirst[toks[e.Tokens.First].Text], e.Tokens)
	}
	if len(byFirst) == 0 {
		return
	}
	for k := 0; k < len(toks); k++ {
		names := byFirst[toks[k].Text]
		if len(names) == 0 {
			continue
		}
		if x := a.tokEnt[k]; x != 0 {
			// "National Union of Teachers | Lecturers" where the text names
			// "National Union of Teachers and Lecturers (NUTL)": a shorter
			// body and a person by shape, the repeated name's words
			if n := a.splitRepeat(k, names); n > 0 {
				k += n - 1
			}
			continue
		}
		si := a.SentenceOf(k)
		if si < 0 {
			continue
		}
		sr := a.Sentences[si].Tokens
		if k > sr.First && capWord(&toks[k-1]) {
			continue
		}
	names:
		for _, r := range names {
			n := r.Len()
			if k+n > sr.End || k+n < sr.End && capWord(&toks[k+n]) {
				continue
			}
			tail := -1 // a person the recognizer made of the name's last words
			for j := 0; j < n; j++ {
				if toks[k+j].Text != toks[r.First+j].Text {
					continue names
				}
				if x := a.tokEnt[k+j]; x != 0 {
					if e := &a.Entities[x-1]; j == 0 || e.Kind != Person || e.Tokens.End != k+n {
						continue names
					}
					tail = int(x - 1)
					break
				}
			}
			if tail >= 0 {
				// "Executive Director of Procurement | Watch Ukraine" where
				// the text names "Procurement Watch Ukraine (PWU)"
				e := &a.Entities[tail]
				for j := k; j < e.Tokens.First; j++ {
					a.tokEnt[j] = int32(tail + 1)
				}
				e.Kind, e.Rule, e.Confidence, e.Tokens = Organization, "org-repeat", 0.7, Range{k, k + n}
				e.Span = Span{Start: toks[k].Start, End: toks[k+n-1].End}
				e.Text = e.Span.In(a.Text)
			} else {
				a.add(Entity{Kind: Organization, Rule: "org-repeat", Confidence: 0.7, Tokens: Range{k, k + n}})
			}
			k += n - 1
			break
		}
	}
}

// splitRepeat joins, at token k, an organization that ends inside a
// longer name of names and the person by shape that ends it, into that
// name; it returns the name's length, 0 when none fits.
func (a *Analysis) splitRepeat(k int, names []Range) int {
	toks := a.Tokens
	o := &a.Entities[a.tokEnt[k]-1]
	if o.Kind != Organization || o.Tokens.First != k {
		return 0
	}
	for _, r := range names {
		n := r.Len()
		if r.First == k || k+n > len(toks) || o.Tokens.End >= k+n {
			continue
		}
		match := true
		for j := 0; j < n && match; j++ {
			match = toks[k+j].Text == toks[r.First+j].Text
		}
		x := a.tokEnt[k+n-1]
		if !match || x == 0 || a.Entities[x-1].Kind != Person || a.Entities[x-1].Rule != "name" || a.Entities[x-1].Tokens.End != k+n || a.Entities[x-1].Tokens.First < o.Tokens.End {
			continue
		}
		for j := o.Tokens.End; j < a.Entities[x-1].Tokens.First; j++ {
			if a.tokEnt[j] != 0 {
				match = false
			}
		}
		if !match {
			continue
		}
		ei := a.mergeInside(k, k+n)
		e := &a.Entities[ei-1]
		e.Tokens = Range{k, k + n}
		e.Span = Span{Start: toks[k].Start, End: toks[k+n-1].End}
		e.Text = e.Span.In(a.Text)
		e.Rule = "org-repeat"
		for j := k; j < k+n; j++ {
			a.tokEnt[j] = ei
		}
		return n
	}
	return 0
}

// repeatAcronyms takes for the organization every other place where the
// text writes an acronym it stated ("the Kelvo Nurses' Guild (NEST)"), left
// untaken by the recognizer because the acronym spells a common word
// ("NEST said that …", "the NEST executive") or is written in mixed case
// ("researcher at UoB" after "the University of the Burren (UoB)").
func (a *Analysis) repeatAcronyms() {
	toks := a.Tokens
	stated := map[string]string{} // acronym -> the name that states it
	for i := range a.Entities {
		e := &a.Entities[i]
		p := e.Tokens.End
		if e.Kind == Organization && e.Acronym != "" && p+2 < len(toks) && toks[p].Is("(") && toks[p+1].Text == e.Acronym && toks[p+2].Is(")") {
			stated[e.Acronym] = e.Text
		}
	}
	if len(stated) == 0 {
		return
	}
	for k := range toks {
		if x, ok := stated[toks[k].Text]; ok && a.tokEnt[k] == 0 && (toks[k].IsUpper() || mixedCaseAcronym(toks[k].Text)) && len(toks[k].Text) >= 2 {
			a.add(Entity{Kind: Organization, Rule: "acronym", Confidence: 0.8, Tokens: Range{k, k + 1}, Expansion: x})
		}
	}
}

// kindNamed takes for an organization the capitalized words right after
// a lower-case noun for a kind of body, which the recognizer left untaken
// because they are common words: "the lung health charity Kelvo Futures",
// "the housing association Open Doors". A name of one to five words, up
// to a lower-case word or punctuation, none of them taken already.
func (a *Analysis) kindNamed() {
	toks := a.Tokens
	for k := 1; k+1 < len(toks); k++ {
		if !toks[k].IsLower() || !bodyKinds[toks[k].Text] || !capWord(&toks[k+1]) || toks[k+1].IsUpper() && len(toks[k+1].Text) > 1 && k+2 < len(toks) && !capWord(&toks[k+2]) {
			continue // (an acronym alone is the recognizer's: "the charity KCF")
		}
		if toks[k+1].Newlines > 0 {
			continue // (a line's last word: "… in Kelvo network" over "Posted: …")
		}
		j := k + 1
		for j < len(toks) && j < k+7 && (capWord(&toks[j]) || connectors[toks[j].Text] && j+1 < len(toks) && capWord(&toks[j+1]) && !toks[j].Is("and")) && toks[j].Newlines == 0 {
			j++
		}
		if j-k-1 > 5 || !capWord(&toks[j-1]) || j < len(toks) && toks[j].Kind == Word && !toks[j].IsLower() {
			continue
		}
		if a.freeRun(k+1, j) {
			a.add(Entity{Kind: Organization, Rule: "kind-named", Confidence: 0.7, Tokens: Range{k + 1, j}})
		} else if e := a.wholeOrFree(k+1, j); e != nil && e.Kind == Person && j-k-1 >= 2 && a.theKindBefore(k) && !a.whoAfter(j) && !a.relativeAfter(j) && !a.familyAlone(toks[j-1].Text) {
			e.Kind, e.Rule, e.Confidence = Organization, "kind-named", 0.7 // a name the recognizer took for a person's after "the" and its kind: "The housing association Kelvo Wonen will …"
		}
		k = j
	}
}

// BodyOpenedBy returns an organization of the text whose name opens with
// the words of name and goes on, "Brenton Mining Ltd" for "Brenton", or
// the name of a company by its site, "Marston Mills" for "Marston" and
// "mill"; nil when there is none.
func (a *Analysis) BodyOpenedBy(name, site string) *Entity {
	for i := range a.Entities {
		e := &a.Entities[i]
		if len(e.Text) <= len(name)+1 || !strings.HasPrefix(e.Text, name) || e.Text[len(name)] != ' ' {
			continue
		}
		if rest := strings.ToLower(e.Text[len(name)+1:]); e.Kind == Organization || e.Kind == Person && (rest == site || rest == site+"s") {
			return e // (or the company named by its site, which the recognizer took for a person: "Marston Mills")
		}
	}
	return nil
}

// whoAfter reports "who" at token k or after a comma there: a person's
// relative clause.
func (a *Analysis) whoAfter(k int) bool {
	toks := a.Tokens
	if k < len(toks) && toks[k].Is(",") {
		k++
	}
	return k < len(toks) && toks[k].Is("who")
}

// familyNamed reports a person of the text whose name ends in name, in
// any case: "Anna van Doe" for "Van Doe".
func (a *Analysis) familyNamed(name string) bool {
	for i := range a.Entities {
		if e := &a.Entities[i]; e.Kind == Person && len(e.Text) > len(name) && strings.EqualFold(e.Text[len(e.Text)-len(name):], name) && e.Text[len(e.Text)-len(name)-1] == ' ' {
			return true
		}
	}
	return false
}

// tradeNamed takes for an organization the name the recognizer took for a
// person's after "the" and a company's trade in lower case, where the
// name ends in the plural of a common noun (its goods), opens with a word
// the lexicon does not know only capitalized, as a given name is, and no
// "who" follows: "the Melbourne-based importer Kelvo Seafoods" (not "the
// grain trader John Banks", "the brewer Hannah Malt", "the lender Mark
// Stone", nor "the designer Jane Roe", no trade's noun).
func (a *Analysis) tradeNamed() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind != Person || e.Tokens.Len() < 2 || f < 2 || !toks[f-1].IsLower() || !tradeNouns[toks[f-1].Text] {
			continue
		}
		the := false
		for k := f - 2; k >= 0 && k >= f-5 && !the; k-- {
			the = toks[k].IsFold("the")
			if !the && !(toks[k].Kind == Word && (toks[k].IsLower() || LowerAfterHyphen(toks[k].Text))) {
				break
			}
		}
		last := toks[e.Tokens.End-1].Text
		plural := len(last) > 4 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && CommonWord(last[:len(last)-1]) // (a trade's goods: "Seafoods", "Metals"; not "Stone", "Wood")
		chain := toks[f-1].Is("chain") && CommonWord(last)                                                                          // (or a chain's one common word: "the supermarket chain Koruna Market")
		if the && (plural || chain) && !ProperWord(last) && !ProperWord(strings.TrimSuffix(last, "s")) && !ProperWord(toks[f].Text) && !a.whoAfter(e.Tokens.End) {
			e.Kind, e.Rule, e.Confidence = Organization, "kind-named", 0.7
		}
	}
}

// tradeNouns are the trades of companies that stand before a company's
// name: "the importer Kelvo Seafoods".
var tradeNouns = toSet(`importer exporter processor wholesaler distributor retailer manufacturer producer supplier trader carrier operator insurer lender bank chain grocer brewer miner`)

// relativeAfter reports a verb of founding or leading in lower case at
// token j, the verb of a relative clause whose subject the name before is:
// "the charity Jane Roe founded in 2010", "the association Jane Roe chairs".
func (a *Analysis) relativeAfter(j int) bool {
	if j >= len(a.Tokens) || !a.Tokens[j].IsLower() {
		return false
	}
	w := a.Tokens[j].Text
	switch w {
	case "set", "built", "began", "leads", "heads", "runs", "chairs", "owns", "directs", "manages", "co-founded":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// familyAlone reports a person of the text named by w alone: the family
// name of a person, "Roe said" after "the charity Jane Roe …".
func (a *Analysis) familyAlone(w string) bool {
	for i := range a.Entities {
		if e := &a.Entities[i]; e.Kind == Person && e.Text == w {
			return true
		}
	}
	return false
}

// theKindBefore reports "the" before the kind's noun at token k, perhaps
// past two lower-case words of the kind: "the housing association".
func (a *Analysis) theKindBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if a.Tokens[x].IsFold("the") {
			return true
		}
		if !a.Tokens[x].IsLower() || a.Tokens[x].Kind != Word {
			return false
		}
	}
	return false
}

// kindAfterNamed takes for an organization the capitalized words between
// "the" and a lower-case noun for a kind of body, perhaps with the name's
// gloss in parentheses between them, which the recognizer took for a
// person's name or left untaken: "volunteers from the Aer Curat Ardeal
// (Clean Air Transylvania) association", "the Kelvo Verde foundation".
// The gloss is the body's too.
func (a *Analysis) kindAfterNamed() {
	toks := a.Tokens
	for k := 3; k < len(toks); k++ {
		if !toks[k].IsLower() || !namedKinds[toks[k].Text] || toks[k].Newlines > 0 {
			continue
		}
		modifier := k+1 < len(toks) && toks[k+1].Kind == Word && toks[k+1].IsLower() && !toks[k+1].Is("of") // (perhaps a noun's modifier: "the Boston Marathon charity program")
		end := k
		var gloss Range
		if toks[end-1].Is(")") {
			o := end - 2
			for o > 0 && o > end-8 && !toks[o].Is("(") {
				o--
			}
			if o <= 0 || !toks[o].Is("(") {
				continue
			}
			gloss, end = Range{o + 1, end - 1}, o
			for x := gloss.First; x < gloss.End; x++ {
				if !capWord(&toks[x]) {
					gloss = Range{} // no name's gloss: "(founded in 1990)"
					break
				}
			}
		}
		if modifier && gloss.End == 0 {
			continue // (without a gloss, the kind must head its phrase)
		}
		st := end
		for st > 0 && end-st < 5 && capWord(&toks[st-1]) {
			st--
		}
		if st == end || st == 0 || !toks[st-1].Is("the") || a.wholeOrFree(st, end) == nil {
			continue
		}
		for _, r := range []Range{{st, end}, gloss} {
			if r.End <= r.First {
				continue
			}
			if e := a.wholeOrFree(r.First, r.End); e != nil && e.Kind == Person {
				e.Kind, e.Rule, e.Confidence = Organization, "kind-named", 0.7
			} else if e != nil && e.Tokens.Len() == 0 {
				a.add(Entity{Kind: Organization, Rule: "kind-named", Confidence: 0.7, Tokens: r})
			}
		}
	}
}

// namedKinds are the kinds of body whose name may stand before them with
// "the" (not a person's campaign or network: "the Jane Roe campaign").
var namedKinds = toSet(`association foundation charity cooperative co-operative ngo nonprofit non-profit organisation organization`)

// wholeOrFree returns the person's entity that covers [i, end) exactly, a
// zero entity when the run is free (freeRun), or nil.
func (a *Analysis) wholeOrFree(i, end int) *Entity {
	if x := a.tokEnt[i]; x != 0 {
		if e := &a.Entities[x-1]; e.Kind == Person && e.Tokens.First == i && e.Tokens.End == end {
			return e
		}
		return nil
	}
	if !a.freeRun(i, end) {
		return nil
	}
	return &Entity{}
}

// freeRun reports tokens [i, end) that no entity holds and that are no
// place's name: words a later pass may take for a body.
func (a *Analysis) freeRun(i, end int) bool {
	for k := i; k < end; k++ {
		if a.tokEnt[k] != 0 || IsPlace(a.Tokens[k].Text) {
			return false
		}
	}
	return true
}

// bodyKinds are the lower-case nouns for a kind of body that a body's
// name may follow: "the charity Kelvo Futures".
var bodyKinds = toSet(`charity charities foundation nonprofit non-profit organisation organization ngo association union trust cooperative co-operative network alliance coalition campaign`)

// describedBodies takes for an organization the capitalized words after a
// preposition that an appositive describes as a kind of body, which the
// recognizer left untaken because they are common words: "vice president
// of supply chain at Kelvo Lane Markets, a 212-store grocery chain based
// in …". A name of two to five words, none of them taken already (or all
// taken for one person's name) or a place; the description opens with an
// article and names a business's or a body's kind within eight words,
// before its next comma.
func (a *Analysis) describedBodies() {
	toks := a.Tokens
	for k := 1; k+3 < len(toks); k++ {
		if !toks[k-1].IsLower() || !describedPreps[toks[k-1].Text] || !capWord(&toks[k]) {
			continue
		}
		var person *Entity // the recognizer's person over the whole name: "Orrin Lane Markets"
		if x := a.tokEnt[k]; x != 0 {
			if person = &a.Entities[x-1]; person.Kind != Person || person.Tokens.First != k {
				continue
			}
		}
		j := k
		for j < len(toks) && j < k+6 && capWord(&toks[j]) && (person == nil && a.tokEnt[j] == 0 || person != nil && j < person.Tokens.End) && !IsPlace(toks[j].Text) {
			j++
		}
		if person != nil && j != person.Tokens.End {
			continue
		}
		if j-k < 2 || j-k > 5 || j+2 >= len(toks) || !toks[j].Is(",") || !(toks[j+1].IsFold("a") || toks[j+1].IsFold("an") || toks[j+1].IsFold("the")) {
			k = j
			continue
		}
		for x := j + 2; x < len(toks) && x < j+10 && !toks[x].Is(",") && !toks[x].Is("."); x++ {
			if toks[x].IsLower() && (describedPreps[toks[x].Text] || toks[x].Is("in") || IsTitleWord(toks[x].Text) && !businessKinds[toks[x].Text]) || x+1 < len(toks) && toks[x+1].Kind == Possessive {
				// a person's role, or the kind of another body after a
				// preposition, or a body's post: "Mei-Ling Hsu, a
				// performance engineer at Taipei-based cloud company Nimbus
				// Harbor", "with Jane Roe, the company's Chief Technology
				// Officer"
				break
			}
			if toks[x].IsLower() && businessKinds[toks[x].Text] {
				if person != nil {
					person.Kind, person.Rule, person.Confidence = Organization, "described-body", 0.7
				} else {
					a.add(Entity{Kind: Organization, Rule: "described-body", Confidence: 0.7, Tokens: Range{k, j}})
				}
				break
			}
		}
		k = j
	}
}

// bodyOfThePost takes for an organization a name the recognizer guessed
// was a person's (two words or more, by no style, title or list) after a
// post, a parenthesis perhaps, and "of the": no person follows "of the"
// after a post; a body does ("Education Officer (Primary) of the Kelvo
// Zilla Parishad").
func (a *Analysis) bodyOfThePost() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind != Person || e.Rule != "name" || e.Tokens.Len() < 2 || f < 3 || !toks[f-1].Is("the") || !toks[f-2].Is("of") {
			continue
		}
		k := f - 3
		if toks[k].Is(")") {
			for k > 0 && k > f-8 && !toks[k].Is("(") {
				k--
			}
			k--
		}
		if k >= 0 && toks[k].IsCap() && IsTitleWord(toks[k].Text) {
			e.Kind, e.Rule, e.Confidence = Organization, "org-evidence", 0.7
		}
	}
}

// affiliationNamed takes for an organization the capitalized words after
// a person's name and "of the" (perhaps set off by a comma) that no entity
// holds, two to seven words joined perhaps by "of (the)", "for (the)",
// "and" or "on", opening or ending in a common word and ending in no
// place's or state's head: "Ann Lee of the Kelvo Puffin Research Station
// said", "Police Captain John Roe of the Police Presidium of the Kelvo
// Republic said" (not "of the Kelvo Valley", a place).
func (a *Analysis) affiliationNamed() {
	toks := a.Tokens
	n := len(a.Entities)
	for i := 0; i < n; i++ {
		e := &a.Entities[i]
		if e.Kind != Person || e.Tokens.Len() < 2 {
			continue
		}
		k := e.Tokens.End
		if k < len(toks) && toks[k].Is(",") {
			k++
		}
		if k+2 >= len(toks) || !toks[k].Is("of") || !toks[k+1].Is("the") || toks[k].Newlines > 0 {
			continue
		}
		f := k + 2
		j := f
		for j < len(toks) && j < f+7 && a.tokEnt[j] == 0 && toks[j].Newlines == 0 && (capWord(&toks[j]) && !toks[j].IsUpper() ||
			j > f && j+1 < len(toks) && (toks[j].Is("of") || toks[j].Is("for") || toks[j].Is("and") || toks[j].Is("on") || toks[j].Is("the") && (toks[j-1].Is("of") || toks[j-1].Is("for"))) && capWord(&toks[j+1]) && a.tokEnt[j+1] == 0) {
			j++
		}
		if j-f < 2 || !capWord(&toks[j-1]) || j < len(toks) && (capWord(&toks[j]) || toks[j].Kind == Possessive || (toks[j].Is("of") || toks[j].Is("for")) && !a.placeAfterOf(j)) { // (a name that goes on past what the pass can read: "National Institutes of Health"; but a country's after it: "Police Presidium of the Kelvo Republic")
			continue
		}
		last := toks[j-1].Text
		if ProperWord(last) || placeHeadWord(last) || islandHead(last) || groupOfPlaces(last) || geoNouns[last] || kinNouns[last] || stateHead(last) || IsPlace(a.Text[toks[f].Start:toks[j-1].End]) || !CommonOrPlural(toks[f].Text) && !CommonOrPlural(last) && !DerivedWord(last) {
			continue
		}
		a.add(Entity{Kind: Organization, Rule: "affiliation", Confidence: 0.7, Tokens: Range{f, j}})
	}
}

// placeAfterOf reports a place's name, perhaps after "the", right after
// the "of" at token j: a place of the lists, or capitalized words that a
// state's or a place's head ends.
func (a *Analysis) placeAfterOf(j int) bool {
	k := j + 1
	if k < len(a.Tokens) && a.Tokens[k].Is("the") {
		k++
	}
	if e := a.EntityAt(k); e != nil && e.Kind == Place && e.Tokens.First == k {
		return true
	}
	j = k
	for j < len(a.Tokens) && j < k+4 && capWord(&a.Tokens[j]) {
		j++
	}
	return j > k+1 && (stateHead(a.Tokens[j-1].Text) || placeHeadWord(a.Tokens[j-1].Text)) // (a state's or a region's name the lists lack: "the Kelvo Republic")
}

// PlaceShaped reports capitalized words shaped as a place's name: opened
// by a compass word or a place's kind ("North Orrin", "Fort Kelvale",
// "Lake Orrin"), or ended by the name of land or water or a place's head
// ("Orrin Valley", "Brant Hollow", "Kelvo County").
func PlaceShaped(toks []Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].Text {
	case "North", "South", "East", "West", "Upper", "Lower", "Fort", "Lake", "Port", "Mount", "New", "Old", "Great", "Little", "Saint", "St.", "Santa", "San", "Cape":
		if len(toks) > 1 {
			return true
		}
	}
	last := toks[len(toks)-1].Text
	return geoNouns[last] || placeHeadWord(last) || islandHead(last) || last == "Hollow" || last == "Ridge" || last == "Crossing" || last == "Junction"
}

// kinNouns end the names of kin and realms one is of, no body one speaks
// for: "Ann Lee of the Kelvo Clan", "the Lee Family".
var kinNouns = toSet(`Family Families Clan Tribe Household Generation Empire Dynasty`)

// geoNouns end the names of land and water: "the Kelvo Valley".
var geoNouns = toSet(`Valley Valleys River Lake Lakes Mountains Mountain Hills Hill Bay Sea Ocean Gulf Delta Plains Plain Desert Forest Highlands Lowlands Basin Coast Strait Peninsula Heights Park Reserve Point Harbour Harbor Creek Falls Springs Marshes Wetlands`)

// describedPreps are the prepositions before a body a title or a
// statement names: "director at …", "a spokesperson for …".
var describedPreps = toSet(`at of for with by from`)

// businessKinds are the nouns of an appositive that describe a body: "a
// 212-store grocery chain", "a family-owned manufacturer".
var businessKinds = toSet(`chain company firm retailer grocer manufacturer maker producer provider operator supplier distributor developer startup business cooperative co-operative charity nonprofit non-profit foundation association organisation organization group network union trust agency consultancy insurer lender bank`)

// mixedCaseAcronym reports a word of letters that opens with a capital and
// holds two capitals or more, as an acronym in mixed case does: "UoB"
// (University of the Burren), "NiMet" (the text must state it too).
func mixedCaseAcronym(w string) bool {
	caps := 0
	for i, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case i == 0 || !unicode.IsLetter(r):
			return false
		}
	}
	return caps >= 2
}

// quotedCompanies takes for one organization a company's name in
// quotation marks before its legal form, as Russian and Kazakh style
// writes it: "«Kelvo Dala Agro» JSC", "“Kelvo Stroy” LLP". The name
// inside the marks, which the recognizer may have read as a person's, and
// the form after them are one body, marks included.
func (a *Analysis) quotedCompanies() {
	toks := a.Tokens
	for i := 0; i < len(a.Entities); i++ {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Tokens.Len() != 1 || !quotedForm(toks[f].Text) || f < 3 || toks[f-1].Kind != QuoteMark || toks[f-1].End != toks[f].Start-1 && toks[f-1].End != toks[f].Start {
			continue
		}
		o := -1
		for k := f - 2; k >= 0 && k >= f-8; k-- {
			if toks[k].Kind == QuoteMark {
				o = k
				break
			}
			if toks[k].Kind != Word && toks[k].Kind != Punct || toks[k].Is(",") || toks[k].Is(".") {
				break
			}
		}
		if o < 0 || !capWord(&toks[o+1]) || toks[o].End != toks[o+1].Start {
			continue
		}
		ei := a.mergeInside(o, f+1)
		x := &a.Entities[ei-1]
		x.Tokens = Range{o, f + 1}
		x.Span = Span{Start: toks[o].Start, End: toks[f].End}
		x.Text = x.Span.In(a.Text)
		x.Kind, x.Rule, x.Confidence, x.Expansion, x.Acronym = Organization, "org-head", 0.8, "", ""
		for j := o; j <= f; j++ {
			a.tokEnt[j] = ei
		}
		i = int(ei) - 1
	}
}

// quotedForm reports a legal form that follows a company's name in
// quotation marks: "JSC", "LLP", "LLC", "OJSC", "CJSC", "PJSC", "TOO", "AO".
func quotedForm(w string) bool {
	switch w {
	case "JSC", "LLP", "LLC", "OJSC", "CJSC", "PJSC", "TOO", "AO", "OOO", "PAO", "JV", "Ltd", "Ltd.", "Inc.", "Inc", "Corp.":
		return true
	}
	return false
}

// SiteNoun reports a site a body runs, in lower case, that the town it
// stands in names: "the Kelvo plant", "the Bignona factory" (not a store
// or a hotel, which a brand names: "the Tesco store").
func SiteNoun(w string) bool { return siteNouns[w] }

var siteNouns = toSet(`plant factory mill depot warehouse mine refinery smelter shipyard plantation workshop quarry`)

// placesBeforeLocalPosts re-reads a person's name that ends in a local
// government's post, set off by a comma before its holder's name, as the
// place the post serves: "Springfield Mayor, Jane Roe, said", "East Kelvo
// Shire Mayor, Cr Jane Roe, said" (no person "Springfield Mayor").
func (a *Analysis) placesBeforeLocalPosts() {
	toks := a.Tokens
	changed := false
	for i := range a.Entities {
		e := &a.Entities[i]
		end := e.Tokens.End
		whole := end+1 < len(toks) && localPosts[toks[end].Text] && toks[end+1].Is(",") // the post after the name: "East Kelvo Shire Mayor, …"
		if whole {
			end++
		}
		if e.Kind != Person || e.Tokens.Len() < 2 && !whole || end+1 >= len(toks) || !toks[end].Is(",") || !localPosts[toks[end-1].Text] {
			continue
		}
		h := end + 1
		for h < len(toks) && h < end+3 && toks[h].Kind == Word {
			if _, ok := Honorific(toks[h].Text); !ok {
				break
			}
			h++ // "Cr", "Cllr", "Hon."
		}
		if x := a.EntityAt(h); x == nil || x.Kind != Person || x.Tokens.First != h {
			continue
		}
		pe := e.Tokens.End
		if !whole {
			pe--
		}
		named := false // a word no lexicon holds in lower case, as a place's name: not "Neighbouring", "Honorary", "First-term", "Tory"
		for k := e.Tokens.First; k < pe; k++ {
			w := toks[k].Text
			if LowerAfterHyphen(w) || strings.Contains(w, "-") && CommonWord(w[:strings.IndexByte(w, '-')]) || PartyTag(w) || politicalWords[w] {
				named = false
				break
			}
			named = named || !CommonWord(w) && !DerivedWord(w) && !(k == e.Tokens.First && AdjectiveShape(w))
		}
		if !named {
			continue
		}
		e.Kind, e.Rule, e.Confidence = Place, "before-local-post", 0.6
		if !whole {
			e.Tokens.End--
			e.Span.End = toks[e.Tokens.End-1].End
			e.Text = e.Span.In(a.Text)
		}
		changed = true
	}
	if changed {
		a.mapTokens()
	}
}

// politicalWords are parties' and factions' words before a post: "Tory
// Councillor", "Labour Councillor".
var politicalWords = toSet(`Tory Tories Labour Liberal Conservative Democratic Republican Green Independent Socialist`)

// localPosts are the posts of a town's or a district's government that
// its name opens: "Springfield Mayor".
var localPosts = toSet(`Mayor Councillor Councilor Reeve Alderman Alderwoman Burgomaster Provost Selectman Selectwoman`)
