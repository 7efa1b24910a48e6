package speakers

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// The issuer of a release is the organization that publishes it. A
// person quoted with a title that names no organization speaks for it
// ("“…,” said Jane Roe, CFO."). The text says who the issuer is:
//
//	"About Acme Robotics" (the boilerplate heading near the end; the first
//	one when the release has several; also below the media contacts, in
//	the footer a page's layout cut from the text: WithFooterFunc)
//	"SPRINGFIELD, May 3, 2024 /Newswire/ -- Acme Robotics, Inc. (NASDAQ:
//	ACMR), a maker of …, today announced …" (the subject of the dateline
//	sentence)
//	"Acme Robotics - Newsroom", "Kelvale University News" (a page's header:
//	the site's owner before a dash or bar on the first line, or before a
//	word for its news desk alone on it)
//	"From: Department for Rural Affairs and …" (a government page's
//	publisher line: its first body)
//	"CITY OF RIVERTOWN" (a letterhead: the first line, in capitals, naming a
//	body; or capitalized over "Office of …", "News Release"; "Office of the
//	Governor" over "State of Ruritania")
//	"Skip to content / Tarn & Moor Wildlife Trust / About us" (a page's
//	header: a line that is a body's name alone, named again in the text)
//	"ELKO, Nev. – The Kelvale Department of Transportation broke ground …"
//	(the body that opens a dateline sentence, whatever its verb)
//	"News release | Kelvale University | May 14, 2025" (a line of parts set
//	off by bars: the part that names a body)
//	"Acme Robotics Announces Record Results", "Hollin Trust warns of
//	winter hunger" (the subject of a headline that opens the text)
//	the organization the text names most often, at least three times and
//	more often than any other ("Kelvale Health" in a hospital's release)
//	the body of the organ the text names most often, at least twice: the
//	lists place the Security Council in the United Nations, so coverage
//	of "the Security Council's 9000th meeting" is the United Nations'

// findIssuer returns the issuer the text shows, or a zero Org.
func (t *Tracker) findIssuer() Org {
	for i, rule := range [...]func(*Tracker) (Org, bool){
		(*Tracker).aboutHeading, (*Tracker).pageHeader, (*Tracker).fromLine, (*Tracker).barLine,
		(*Tracker).labelledName, (*Tracker).letterhead, (*Tracker).siteLine, (*Tracker).datelineSubject, (*Tracker).headlineSubject,
		(*Tracker).leadSubject, (*Tracker).mostNamedOrg, (*Tracker).organsBody,
	} {
		if o, ok := rule(t); ok && (!newsAgency(o.Name) || t.agencyIsSubject(o)) {
			t.issuerByCount = i >= 10
			return o
		}
	}
	return Org{}
}

// agencyIsSubject reports a news agency that its own release is about,
// the subject of the sentence that opens the body ("The Kelvo News Agency
// (KNA) today launched …"), not a wire that covers another body.
func (t *Tracker) agencyIsSubject(o Org) bool {
	for _, f := range [...]func(*Tracker) (Org, bool){(*Tracker).datelineSubject, (*Tracker).leadSubject} {
		if s, ok := f(t); ok && (sameBody(s, o) || sameBody(o, s)) {
			return true
		}
	}
	return false
}

// newsAgency reports the name of a news agency or wire service, which
// publishes stories that quote others and speaks for none of them:
// "KELVO NEWS WIRE (KNW)", "Kelvo Press Agency", "Kelvo News Agency",
// "KELVO PRESS SERVICE (KPS)". The body a wire's story is about issues it
// instead.
func newsAgency(name string) bool {
	l := strings.ToLower(name)
	for _, w := range [...]string{"news wire", "newswire", "news agency", "press agency", "telegraph agency", "news service", "press service"} {
		if strings.Contains(l, w) && !strings.Contains(l, w+" of ") {
			return true // (not a body's own desk: "Press Service of the Ministry of Defence")
		}
	}
	return false
}

// organsBody returns the body that the text's organ belongs to by the
// lists ("United Nations" for the "Security Council").
func (t *Tracker) organsBody() (Org, bool) {
	if t.organ.PartOf == "" {
		return Org{}, false
	}
	p, _ := entities.LookupOrg(t.organ.PartOf)
	return Org{Name: p.Name, Acronym: p.Acronym}, true
}

// findOrgan returns the organ of a larger body (by the lists) that the
// text names most often, at least twice, and the words it first names it
// with: a Security Council meeting's coverage names "the Security Council",
// then "the Council". Zero when there is none.
func (t *Tracker) findOrgan() (entities.Org, string) {
	count := map[string]int{}
	first := map[string]string{}
	best := ""
	var last entities.Org // the organ named last
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization {
			continue
		}
		o, ok := entities.LookupOrg(e.Text)
		if !ok || o.PartOf == "" {
			if last.PartOf == "" || !strings.HasSuffix(last.Name, " "+e.Text) {
				continue
			}
			o = last
		}
		last = o
		count[o.Name]++
		if first[o.Name] == "" {
			first[o.Name] = e.Text
		}
		if c := count[o.Name]; c >= 2 && (best == "" || c > count[best]) {
			best = o.Name
		}
	}
	if best == "" {
		return entities.Org{}, ""
	}
	o, _ := entities.LookupOrg(best)
	return o, first[best]
}

// leadSubject finds the body that opens the text's first sentence of
// prose as its subject, before "will", "today", "has" or a verb of
// announcing: "The Kelvale Government will begin building the rail link
// next year.", "Kelvo City announced on March 27 …" (a city by its name and
// kind). A headline (no final stop) or a short line is no lead.
func (t *Tracker) leadSubject() (Org, bool) {
	toks := t.a.Tokens
	for si := range t.a.Sentences {
		if si >= 6 {
			break
		}
		s := &t.a.Sentences[si]
		if s.Tokens.Len() < 8 || !toks[s.Tokens.End-1].Is(".") {
			continue
		}
		k := s.Tokens.First
		if toks[k].Is("The") {
			k++
		} else if p := t.a.EntityAt(k); p != nil && p.Tokens.First == k && p.Tokens.End+1 < s.Tokens.End && toks[p.Tokens.End].Kind == entities.Possessive {
			if b := t.a.EntityAt(p.Tokens.End + 1); (p.Kind == entities.Place || p.Tokens.Len() == 1 && p.Kind == entities.Organization && b != nil && publicBody(b.Text)) && b != nil && b.Kind == entities.Organization && t.issuesAfter(b.Tokens.End, s.Tokens.End) {
				k = p.Tokens.End + 1 // past the place whose public body it is: "Kelvoland’s Provincial Public Health Protection Office (PPHPO) has issued …" (not "Kelvoland's Department of Education has offered teachers …, an offer the union rejected")
			}
		}
		e := t.a.EntityAt(k)
		if e == nil || !(e.Kind == entities.Organization || localGovPlace(toks, e)) || e.Tokens.First != k || e.Tokens.End >= s.Tokens.End || newThing(toks, e) {
			return Org{}, false
		}
		n := e.Tokens.End
		if n < s.Tokens.End && isCorpSuffix(toks[n].Text) {
			n++ // a legal form the name left out: "Kelvo Health Technologies plc"
		}
		if n+2 < s.Tokens.End && toks[n].Is("(") && toks[n+1].IsUpper() && toks[n+2].Is(")") {
			n += 3 // its acronym: "The Kelvo Safety Office (KSO) has renewed …"
		} else if n+4 < s.Tokens.End && toks[n].Is("(") && toks[n+2].Is(":") && toks[n+4].Is(")") {
			n += 5 // its ticker: "Kelvo Health plc (AIM: KLPH)"
		}
		if n+1 < s.Tokens.End && toks[n].Is(",") && (toks[n+1].IsFold("the") || toks[n+1].IsFold("a") || toks[n+1].IsFold("an")) {
			for c := n + 2; c < s.Tokens.End && c < n+30; c++ {
				if toks[c].Is(",") {
					n = c + 1 // its description: "Kelvo Health plc, the Dundee-based provider of …, is pleased to announce"
					break
				}
			}
		}
		nx := toks[n].Text
		pleased := nx == "is" && n+1 < s.Tokens.End && (toks[n+1].Is("pleased") || toks[n+1].Is("delighted") || toks[n+1].Is("proud"))
		if nx != "will" && nx != "today" && nx != "has" && !announceVerbs[nx] && !pleased {
			return Org{}, false
		}
		if e.Kind == entities.Place && !announceVerbs[nx] {
			return Org{}, false // a city by its name and kind only as the one that announces: not "Kelvo City will host the conference, Acme said"
		}
		return t.withoutTown(e), true
	}
	return Org{}, false
}

// copyrightRest returns what a copyright line names after its mark and
// its years ("Kelvo Trust. All rights reserved." of "© 2024–2026 Kelvo
// Trust. All rights reserved."), and whether line is one.
func copyrightRest(line string) (string, bool) {
	line = strings.TrimSpace(line)
	rest, ok := strings.CutPrefix(line, "©")
	if !ok {
		rest, ok = strings.CutPrefix(line, "Copyright")
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "©"))
	}
	return strings.TrimLeft(strings.TrimSpace(rest), "0123456789–- "), ok
}

// copyrightHolder returns the body a page's copyright line names ("© 2026
// Kelvo Victim Support. All rights reserved."): its capitalized words after
// the year, two or more, that the page names elsewhere too, or "" when no
// such line holds them.
func (t *Tracker) copyrightHolder() string {
	for line := range strings.Lines(t.text) {
		rest, ok := copyrightRest(line)
		if !ok {
			continue
		}
		var words []string
		for _, w := range strings.Fields(rest) {
			end := strings.TrimRight(w, ".,|")
			if end == "" || !(unicode.IsUpper([]rune(end)[0]) || len(words) > 0 && (end == "of" || end == "and" || end == "for" || end == "the")) || end == "All" {
				break
			}
			words = append(words, end)
			if end != w {
				break // the name ends at its stop or comma
			}
		}
		for len(words) > 0 && (words[len(words)-1] == "of" || words[len(words)-1] == "and" || words[len(words)-1] == "for" || words[len(words)-1] == "the") {
			words = words[:len(words)-1]
		}
		if h := strings.Join(words, " "); len(words) >= 2 && !publisherOfNews(words) && strings.Count(t.text, h) >= 2 {
			return h // (a holder the page names elsewhere too, as its banner does: not a photographer's "© 2026 Jane Roe Photography")
		}
	}
	return ""
}

// publisherOfNews reports the name of a news agency or a newspaper, whose
// copyright over a story names no issuer: "Kelvo Press Service", "Kelvo
// News Agency", "The Kelvo Times".
func publisherOfNews(words []string) bool {
	for _, w := range words {
		switch w {
		case "Press", "News", "Media", "Wire", "Times", "Post", "Herald", "Journal", "Gazette", "Tribune", "Newspapers":
			return true
		}
	}
	return false
}

// pressOfficeStem returns the words of a press office's name before its
// kind ("Kelvo" of "Kelvo Press Office"), "" for any other name.
func pressOfficeStem(name string) string {
	for _, suf := range [...]string{" Press Office", " Media Office", " Press Team", " Media Team", " Communications Team", " Newsroom"} {
		if s, ok := strings.CutSuffix(name, suf); ok && s != "" {
			return s
		}
	}
	return ""
}

// pressOffice reports a body's press office: "Kelvo Press Office".
func pressOffice(name string) bool { return pressOfficeStem(name) != "" }

// cueIn reports "said" or "says" in sentence s.
func (t *Tracker) cueIn(s *entities.Sentence) bool {
	for k := s.Tokens.First; k < s.Tokens.End; k++ {
		if t.a.Tokens[k].Is("said") || t.a.Tokens[k].Is("says") {
			return true
		}
	}
	return false
}

// withoutTown returns the body e names, without the town the recognizer
// took into its name after its head: "Saltbush Theatre Company" of
// "Saltbush Theatre Company in Broken Hill".
func (t *Tracker) withoutTown(e *entities.Entity) Org {
	toks := t.a.Tokens
	for k := e.Tokens.First + 1; k+1 < e.Tokens.End; k++ {
		if toks[k].Is("in") && !toks[k+1].Is("the") {
			if h, u := entities.OrgHead(toks[k-1].Text); h && !u && entities.IsPlace(t.text[toks[k+1].Start:toks[e.Tokens.End-1].End]) || h && !u && e.Tokens.End-k <= 3 && !anyOrgHead(toks, k+1, e.Tokens.End) {
				return Org{Name: t.text[toks[e.Tokens.First].Start:toks[k-1].End]}
			}
		}
	}
	return t.fullOrg(e)
}

// issuesAfter reports a body's name ending at n (past its acronym) before
// the verb of a release's own news: "has issued", "announced", "today
// launched".
func (t *Tracker) issuesAfter(n, end int) bool {
	toks := t.a.Tokens
	if n+2 < end && toks[n].Is("(") && toks[n+2].Is(")") {
		n += 3
	}
	if n < end && (toks[n].Is("has") || toks[n].Is("today")) {
		n++
	}
	return n < end && (announceVerbs[toks[n].Text] || toks[n].Is("issued") || toks[n].Is("launched") || toks[n].Is("published") || toks[n].Is("released"))
}

// localGovPlace reports a place the recognizer named by its local
// government's kind after its name, which acts as that government when it
// opens a lead: "Kelvo City announced on March 27 …".
func localGovPlace(toks []entities.Token, e *entities.Entity) bool {
	return e.Kind == entities.Place && e.Tokens.Len() >= 2 && entities.LocalGovKind(toks[e.Tokens.End-1].Text)
}

// newThing reports a name that "New" and a word of no place open: a thing
// the lead introduces, no issuer ("New Coastal Transition Fund will
// support …"; not "New Zealand Police").
func newThing(toks []entities.Token, e *entities.Entity) bool {
	k := e.Tokens.First
	if e.Tokens.Len() < 3 || !toks[k].Is("New") || !toks[k+1].IsCap() || entities.IsPlace("New "+toks[k+1].Text) {
		return false
	}
	return !entities.IsPlace("New " + toks[k+1].Text + " " + toks[k+2].Text) // (not "New South Wales Police Force")
}

// headlineSubject finds the organization before the verb of the text's
// first sentence when it is a headline: "Acme Robotics Announces …".
func (t *Tracker) headlineSubject() (Org, bool) {
	if len(t.a.Sentences) == 0 {
		return Org{}, false
	}
	toks := t.a.Tokens
	s := &t.a.Sentences[0]
	if s.Tokens.Len() == 2 && entities.HeadlineVerb(toks[s.Tokens.First+1].Text) && len(t.a.Sentences) > 1 {
		s = &t.a.Sentences[1] // past a section's label, a verb with no object: "Press Releases", "Media Reports"
	}
	first := s.Tokens.First
	for first < s.Tokens.End && toks[first].Kind == entities.Punct {
		first++ // "# Acme Robotics Announces …"
	}
	for k := first + 1; k < s.Tokens.End && k < first+12; k++ {
		if strings.Contains(t.text[toks[k-1].End:toks[k].Start], "   ") && t.wideGaps(s) >= 3 {
			break // a bar of links set apart by wide spaces: "Kelvo.gov   Press Releases   News Archive   Search" (not one wide gap of a text's extraction: "Kelvo Robotics   Announces Record Quarter")
		}
		if entities.HeadlineVerb(toks[k].Text) {
			if k+1 >= s.Tokens.End {
				break // a verb with no object
			}
			return t.headRun(first, k, false)
		}
		if w := toks[k].Text; toks[k].IsLower() {
			// A headline in sentence case: "Hollin Trust warns of …". The
			// run before the verb must be a body the recognizer knows.
			if entities.HeadlineVerb(strings.ToUpper(w[:1])+w[1:]) && t.capRunOrg(first, k) == k {
				if c, ok := t.runCand(first, k); ok && c.e != nil && c.e.Kind == entities.Organization {
					return t.candOrg(c), true
				}
			}
			break
		}
	}
	return Org{}, false
}

// wideGaps counts the runs of three spaces or more between the words of
// sentence s's first line.
func (t *Tracker) wideGaps(s *entities.Sentence) int {
	toks, n := t.a.Tokens, 0
	for k := s.Tokens.First + 1; k < s.Tokens.End && toks[k].Newlines == 0; k++ {
		if strings.Contains(t.text[toks[k-1].End:toks[k].Start], "   ") {
			n++
		}
	}
	return n
}

// mostNamedOrg returns the organization the text names most often, when it
// is named at least three times and more often than any other.
func (t *Tracker) mostNamedOrg() (Org, bool) {
	count := map[string]int{}
	byName := map[string]*entities.Entity{}
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || e.Unit || e.Rule == "acronym" && e.Expansion == "" {
			continue // an acronym the text does not expand ("CT", "EDAS") is too often a thing
		}
		o := t.fullOrg(e)
		if t.organ.Name != "" && strings.HasSuffix(t.organ.Name, " "+e.Text) {
			o = Org{Name: t.organ.Name} // "the Council" after "the Security Council"
		}
		count[o.Name]++
		if byName[o.Name] == nil {
			byName[o.Name] = e
		}
	}
	best, second := "", 0
	for n, c := range count {
		switch {
		case best == "" || c > count[best] || c == count[best] && n < best:
			if best != "" {
				second = max(second, count[best])
			}
			best = n
		default:
			second = max(second, c)
		}
	}
	if best == "" || count[best] < 3 || count[best] == second {
		return Org{}, false
	}
	if best == t.organ.Name && t.organ.PartOf != "" {
		return t.organsBody() // coverage of an organ's meeting is its body's
	}
	return t.fullOrg(byName[best]), true
}

// aboutHeading finds a paragraph "About X" where X is a run of
// capitalized words: the heading of a release's boilerplate (of common
// words only when the text names X again: "About Safe Care Now", but not
// "About This Study"). When the
// release has several, the first, unless the dateline's subject is a
// later one and does not name the first ("… -- Acme Robotics Ltd. today
// announced its ZX-2 trial …" over "About ZX-2" and "About Acme Robotics
// Ltd."); a joint release's subject names both ("Acme, Inc. and Kelvale
// Ltd. today announced": the first).
func (t *Tracker) aboutHeading() (Org, bool) {
	heads := t.aboutHeadings()
	if len(heads) == 0 {
		return Org{}, false
	}
	if o, ok := t.subjectOverAbout(heads, t.copyrightNames); ok {
		return o, true
	}
	if len(heads) > 1 {
		if o, subj, ok := t.datelineSubjectRun(); ok && !strings.Contains(strings.ToLower(subj), strings.ToLower(heads[0].Name)) {
			for _, h := range heads[1:] {
				if sameBody(h, o) {
					return h, true
				}
			}
		}
	}
	return heads[0], true
}

// subjectOverAbout returns the dateline's subject where the release's one
// "About" heading names another body, a partner, and witness says the
// subject publishes the page (its copyright line, the page's source): "JACMEL
// – Kelvo Hospital (KH) today opened a unit with Sarna Aid." / "About
// Sarna Aid" / "© 2025 KH".
func (t *Tracker) subjectOverAbout(heads []Org, witness func(Org) bool) (Org, bool) {
	if len(heads) != 1 {
		return Org{}, false
	}
	o, subj, ok := t.datelineSubjectRun()
	if !ok || sameBody(heads[0], o) || strings.Contains(strings.ToLower(subj), strings.ToLower(heads[0].Name)) || !witness(o) {
		return Org{}, false
	}
	return o, true
}

// copyrightNames reports a copyright line that names o first, by its
// name or its acronym, the mark opening the line: "© 2025 KH. All rights
// reserved.", "Copyright 2025 Kelvo Hospital" (not a photo's credit, "Photo:
// © KH", a cited article's, nor "© 2025 Friends of Kelvo Hospital").
func (t *Tracker) copyrightNames(o Org) bool {
	for line := range strings.Lines(t.text) {
		rest, ok := copyrightRest(line)
		if !ok {
			continue
		}
		if strings.HasPrefix(rest, o.Name) || o.Acronym != "" && strings.HasPrefix(rest, o.Acronym) && (len(rest) == len(o.Acronym) || !unicode.IsLetter(rune(rest[len(o.Acronym)]))) {
			return true
		}
	}
	return false
}

// footerContact returns the body a media contact block in the footer a
// layout cut names on one of the three lines under its label ("Media
// contact:", "Press contact:", "Contact:"): a line of capitalized words
// that ends in a body's head or an office ("Kelvo County District
// Attorney’s Office"); "" when there is none.
func (t *Tracker) footerContact(o options) string {
	if !o.footerSpan.Valid(len(t.text)) || o.footerSpan.Len() == 0 {
		return ""
	}
	before := strings.TrimRight(t.text[:o.footerSpan.Start], " \t\n")
	lines := strings.Split(t.text[o.footerSpan.Start:o.footerSpan.End], "\n")
	for i := -1; i < len(lines); i++ {
		l := before[strings.LastIndexByte(before, '\n')+1:] // (the label may close the text the layout kept)
		if i >= 0 {
			l = lines[i]
		}
		if !contactLabel(l) {
			continue
		}
		for _, c := range lines[i+1 : min(i+4, len(lines))] {
			if c = strings.TrimSpace(c); bodyLine(c) {
				return c
			}
		}
		return ""
	}
	return ""
}

// contactLabel reports a line that labels a media contact: "Media
// contact:", "Press contact:", "Contact:".
func contactLabel(l string) bool {
	switch strings.ToLower(strings.TrimSpace(l)) {
	case "media contact:", "media contacts:", "press contact:", "press contacts:", "contact:":
		return true
	}
	return false
}

// bodyLine reports a line of two to eight capitalized words, with "of",
// "the", "and", "for" between them, that ends in a body's head or
// "Office": a body's name alone on its line.
func bodyLine(l string) bool {
	f := strings.Fields(l)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "of" && w != "the" && w != "and" && w != "for" {
			return false
		}
		if strings.ContainsAny(w, "@|:,0123456789") {
			return false
		}
	}
	h, unit := entities.OrgHead(f[len(f)-1])
	return h && !unit || f[len(f)-1] == "Office"
}

// footerAbout returns the body of the first "About" heading of the footer
// a layout cut below the text (WithFooterFunc), as the text names it,
// when the text has no such heading of its own: "About Acme Robotics"
// under the media contacts. The footer is analyzed only when one of its
// lines starts with "About ".
func (t *Tracker) footerAbout(o options) (Org, bool) {
	if o.footerFunc == nil || !o.footerSpan.Valid(len(t.text)) || len(t.aboutHeadings()) > 0 {
		return Org{}, false
	}
	ft := t.text[o.footerSpan.Start:o.footerSpan.End]
	if !strings.HasPrefix(ft, "About ") && !strings.Contains(ft, "\nAbout ") {
		return Org{}, false
	}
	fa := o.footerFunc()
	if fa == nil {
		return Org{}, false
	}
	heads := NewTracker(fa).aboutHeadings()
	if len(heads) == 0 {
		return Org{}, false
	}
	h := heads[0]
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.EqualFold(e.Text, h.Name) {
			h = t.fullOrg(e) // with the acronym the text gives it
			break
		}
	}
	for rest := t.text; ; {
		// its legal form, where the page gives one: "Nordvik Marine Oyj"
		// over "About Nordvik Marine"
		i := strings.Index(rest, h.Name+" ")
		if i < 0 {
			break
		}
		rest = rest[i+len(h.Name)+1:]
		w, _, _ := strings.Cut(rest, " ")
		if j := strings.IndexAny(w, "\n\t,;:()"); j >= 0 {
			w = w[:j]
		}
		if isCorpSuffix(w) {
			h.Name += " " + w
			break
		}
	}
	return h, true
}

// sameBody reports two names of one body: equal, or one the other's
// first words ("Acme" and "Acme Robotics Ltd.").
func sameBody(a, b Org) bool {
	x, y := strings.ToLower(a.Name), strings.ToLower(b.Name)
	if len(x) > len(y) {
		x, y = y, x
	}
	return x != "" && (x == y || strings.HasPrefix(y, x+" ") || strings.HasPrefix(y, x+","))
}

// aboutHeadings returns the bodies of the text's "About X" paragraphs, in
// order.
func (t *Tracker) aboutHeadings() []Org {
	var heads []Org
	toks := t.a.Tokens
	for pi := range t.a.Paragraphs {
		p := &t.a.Paragraphs[pi]
		if p.Sentences.Len() == 0 {
			continue
		}
		first := t.a.Sentences[p.Sentences.First].Tokens.First
		end := t.a.Sentences[p.Sentences.End-1].Tokens.End
		for first < end && toks[first].Kind == entities.Punct {
			first++ // "## About …", "* About …"
		}
		for k := first + 1; k < end; k++ {
			if toks[k].Newlines > 0 {
				end = k // the heading's line, over its text with no blank line between
				break
			}
		}
		for end > first && (toks[end-1].Is(".") || toks[end-1].Is(":")) {
			end--
		}
		if end-first < 2 || end-first > 10 || !toks[first].Is("About") || end-first == 2 && entities.CommonWord(toks[first+1].Text) || toks[first+1].Is("Us") || strings.Contains(t.text[toks[first].Start:toks[end-1].End], "   ") {
			continue // not a menu's "About Us", nor a menu's line of items set apart by runs of spaces: "About Us   Our Kitchens   Investors" (a stray double space is no menu: "About  Kelvo Foods")
		}
		if t.aboutNoBody(t.text[toks[first+1].Start:toks[end-1].End], toks[end-1].End) {
			continue // a programme's boilerplate: "About Canais Vivos" over "Canais Vivos is the largest drainage programme …"
		}
		if end-first > 2 && toks[end-1].IsLower() && entities.LegalForm(toks[end-1].Text) && t.capRunOrg(first+1, end-1) == end-1 {
			heads = append(heads, Org{Name: t.text[toks[first+1].Start:toks[end-1].End]}) // a legal form in lower case: "About Brackenridge Homes plc"
			continue
		}
		if name := t.text[toks[first+1].Start:toks[end-1].End]; end-first > 2 && lowerNameEnd(toks, first+1, end) == end && t.legalFormAfter(name) {
			heads = append(heads, Org{Name: name}) // a name its own language writes with one capital, that the text gives a company's legal form: "About Kelvo banka" over "Kelvo banka, a.s. is …" (not a disease's: "About Roe neuropathy")
			continue
		}
		if re := t.capRunOrg(first+1, end); re == end {
			if c, ok := t.runCand(first+1, end); ok {
				heads = append(heads, t.candOrg(c))
			} else if name := t.text[toks[first+1].Start:toks[end-1].End]; end-first > 2 && !isArticle(toks[first+1].Text) && !thisWords[toks[first+1].Text] && strings.Count(t.text, name) > 1 {
				heads = append(heads, Org{Name: name}) // common words the text names again: "About Safe Care Now"
			} else if end-first == 2 && toks[first+1].IsCap() && !entities.CommonWord(name) && strings.Count(t.text, name) > 2 {
				heads = append(heads, Org{Name: name}) // one word no list knows, that the text names again: "About Nerivance"
			}
		} else if name := t.text[toks[first+1].Start:toks[end-1].End]; innerPrepositionRun(toks, first+1, end) && strings.Count(t.text, name) > 1 {
			heads = append(heads, Org{Name: name}) // "About Reporters at Risk International", named again
		}
	}
	return heads
}

// legalFormAfter reports a name the text writes before a company's legal
// form, perhaps after a comma: "Kelvo banka, a.s.", "Kelvo energie a.s.".
func (t *Tracker) legalFormAfter(name string) bool {
	toks := t.a.Tokens
	for k := range toks {
		if toks[k].Start < len(t.text) && strings.HasPrefix(t.text[toks[k].Start:], name) {
			j := k
			for j < len(toks) && toks[j].End <= toks[k].Start+len(name) {
				j++
			}
			if j < len(toks) && toks[j].Is(",") {
				j++
			}
			if j < len(toks) && entities.LegalForm(toks[j].Text) {
				return true
			}
		}
	}
	return false
}

// aboutNoBody reports that the text after an "About" heading, from byte
// from, says the name is a programme, a project or an event, not a body:
// "Canais Vivos is the largest urban drainage programme in …".
func (t *Tracker) aboutNoBody(name string, from int) bool {
	rest := t.text[from:min(len(t.text), from+400)]
	i := strings.Index(rest, name+" is ")
	if i < 0 {
		return false
	}
	for n, w := range strings.Fields(rest[i+len(name)+4:]) {
		w = strings.ToLower(strings.TrimRight(w, ".,;:"))
		if n >= 8 || aboutStops[w] {
			return false
		}
		if nonBodyNouns[w] {
			return true
		}
	}
	return false
}

// aboutStops end the noun phrase after "X is": its complement or clause.
var aboutStops = toSet(`of in for with at on by to from that which who and`)

// nonBodyNouns name what an "About" paragraph may describe that speaks
// for no one: a programme, a project, an event.
var nonBodyNouns = toSet(`programme program project initiative campaign plan scheme strategy festival event prize award conference summit exhibition fair`)

// innerPrepositions join the capitalized words of a body's name in lower
// case: "Reporters at Risk", "Doctors without Borders".
var innerPrepositions = toSet(`at without against on in to for of and the`)

// innerPrepositionRun reports capitalized words from i to end with
// innerPrepositions between them, and at least one "at", "without",
// "against", "on", "in" or "to" (the run capRunOrg does not read):
// "Reporters at Risk International".
func innerPrepositionRun(toks []entities.Token, i, end int) bool {
	if end-i < 3 || !toks[i].IsCap() || !toks[end-1].IsCap() {
		return false
	}
	inner := false
	for k := i + 1; k < end-1; k++ {
		switch w := toks[k].Text; {
		case toks[k].Kind != entities.Word:
			return false
		case toks[k].IsCap():
		case innerPrepositions[w] && !toks[k-1].IsLower():
			inner = inner || w != "for" && w != "of" && w != "and" && w != "the"
		default:
			return false
		}
	}
	return inner
}

// thisWords open a heading about the release itself: "About This Study",
// "About Our Research".
var thisWords = toSet("This These Our Your")

// announceVerbs are the verbs of a release's opening sentence.
var announceVerbs = map[string]bool{"announced": true, "announces": true, "reported": true, "reports": true,
	"launched": true, "launches": true, "unveiled": true, "unveils": true, "introduced": true, "introduces": true,
	"released": true, "releases": true, "issued": true, "issues": true, "named": true, "names": true,
	"appointed": true, "appoints": true, "signed": true, "signs": true, "completed": true, "completes": true}

// datelineSubject finds the organization that opens the first sentence
// with a dateline and an announcing verb: "CITY, Date (Wire) - Acme
// Robotics, Inc. (NASDAQ: ACMR), …, today announced".
func (t *Tracker) datelineSubject() (Org, bool) {
	o, _, ok := t.datelineSubjectRun()
	return o, ok
}

// datelineSubjectRun is datelineSubject that also returns the words from
// the dateline's dash to the verb: "Acme, Inc. and Kelvale Ltd. today".
func (t *Tracker) datelineSubjectRun() (Org, string, bool) {
	toks := t.a.Tokens
	for si := range t.a.Sentences {
		if si >= 12 {
			break
		}
		s := &t.a.Sentences[si]
		for k := s.Tokens.First; k < s.Tokens.End && k < s.Tokens.First+80; k++ {
			if announceVerbs[toks[k].Text] || toks[k].Is("today") && k+1 < s.Tokens.End && toks[k+1].Kind == entities.Word && toks[k+1].IsLower() {
				// (or "today" before any verb: "-- Acme Robotics today opened …")
				if o, run, ok := t.subjectBefore(s, k); ok {
					return o, run, true
				}
				break
			}
		}
		if o, ok := t.datelineBody(s); ok {
			return o, "", true
		}
	}
	return Org{}, "", false
}

// subjectBefore returns the organization between the dateline's last dash
// and the verb at verb in s, and the words from the dash to the verb.
func (t *Tracker) subjectBefore(s *entities.Sentence, verb int) (Org, string, bool) {
	toks := t.a.Tokens
	start := -1
	for k := s.Tokens.First; k < verb && k < s.Tokens.First+30; k++ {
		if tk := &toks[k]; tk.Is("-") || tk.Is("–") || tk.Is("—") || tk.Is("--") {
			start = k + 1
		}
	}
	if start < 0 || start >= verb {
		return Org{}, "", false
	}
	re := t.capRunOrg(start, verb)
	if re <= start {
		return Org{}, "", false
	}
	h := start
	if h+1 < verb && (toks[h].Is("The") || toks[h].Is("the")) {
		h++ // "Accra -- The Minister of Education, Hon. Jane Roe, has announced …"
	}
	if n, _ := entities.TitleAt(toks, h); n > 0 || isHonorific(toks[h].Text) {
		return Org{}, "", false // "Rivertown – Mayor Jane Roe today signed …": a person, not the issuer
	}
	// The subject ends at the verb, a comma, a parenthesis or "today":
	// not "European Commission - Daily News 01/07/2021 …".
	if nx := &toks[re]; re != verb && !nx.Is(",") && !nx.Is("(") && !nx.Is("today") && !nx.Is("has") && !nx.Is("have") {
		return Org{}, "", false
	}
	if c, ok := t.runCand(start, re); ok && (c.e == nil || c.e.Kind == entities.Organization) {
		return t.candOrg(c), t.text[toks[start].Start:toks[verb-1].End], true
	}
	return Org{}, "", false
}

// datelineBody returns the organization that opens a sentence after a
// dateline in capitals and its dash, as the subject of any verb: "ELKO,
// Nev. – The Nevada Department of Transportation broke ground Wednesday
// on …"; or the body of its subject: "BRENNAN FALLS — Detectives with the
// Brennan Falls Police Department have arrested …".
func (t *Tracker) datelineBody(s *entities.Sentence) (Org, bool) {
	toks := t.a.Tokens
	first := s.Tokens.First
	if first >= s.Tokens.End || !toks[first].IsUpper() && !toks[first].IsCap() || len(toks[first].Text) < 3 {
		return Org{}, false
	}
	year := false // a dateline in title case holds its date: "Blumenau (SC), 2 September 2025 –"
	for k := first + 1; k < s.Tokens.End && k < first+10; k++ {
		tk := &toks[k]
		year = year || tk.Kind == entities.Number && len(tk.Text) == 4 && strings.HasPrefix(tk.Text, "20")
		if !(tk.Is("-") || tk.Is("–") || tk.Is("—") || tk.Is("--")) {
			continue
		}
		if !toks[first].IsUpper() && (!year || t.cueIn(s)) {
			return Org{}, false // (not a lead another speaks: "Paris, 3 March 2026 – Kelvo Bank has agreed to fund …, the charity said.")
		}
		a := k + 1
		if a+2 < s.Tokens.End && toks[a+1].Is(",") && (toks[a].Is("Today") || toks[a].Is("Yesterday") || entities.Weekday(toks[a].Text)) {
			a += 2 // "WASHINGTON – Today, the Kelvale Subcommittee on Health, led by …, held a hearing"
			if toks[a].Is("the") {
				a++
			}
		}
		if a < s.Tokens.End && toks[a].Is("The") {
			a++
		} else if p := t.a.EntityAt(a); p != nil && p.Kind == entities.Place && p.Tokens.First == a && p.Tokens.End+1 < s.Tokens.End && toks[p.Tokens.End].Kind == entities.Possessive {
			if b := t.a.EntityAt(p.Tokens.End + 1); b != nil && b.Kind == entities.Organization && t.issuesAfter(b.Tokens.End, s.Tokens.End) {
				a = p.Tokens.End + 1 // "KELVALE – Kelvoland's Ministry of Health has issued …": past its place
			}
		}
		for x := a; x < a+4 && x+2 < s.Tokens.End && !t.orgOpensAt(a); x++ {
			// "BRENNAN FALLS — Detectives with the Brennan Falls Police
			// Department have arrested …": the body the subject works for.
			if toks[x].Kind != entities.Word || x > a && !toks[x].IsLower() {
				break
			}
			if x > a && (toks[x].Is("with") || toks[x].Is("from") || toks[x].Is("of")) {
				b := x + 1
				if toks[b].Is("the") {
					b++
				}
				a = b
				break
			}
		}
		e := t.a.EntityAt(a)
		if e == nil || e.Kind != entities.Organization || e.Tokens.First != a || e.Tokens.Len() < 2 || e.Tokens.End >= s.Tokens.End {
			return Org{}, false
		}
		n := skipParens(toks, e.Tokens.End, s.Tokens.End)
		if n > e.Tokens.End && (toks[n].Is("of") || toks[n].Is("for") || toks[n].Is("in") || toks[n].Is("at")) {
			return Org{}, false // the name goes on after its acronym: "The Kelvo Roads Office (KRO) of Lanark Province has closed …"
		}
		if t.saidByAnother(s, e) {
			return Org{}, false // "The Wilaya of Kelvo has refused …, the Kelvo Nurses Union said": the union speaks
		}
		if nx := &toks[n]; nx.Kind == entities.Word && nx.IsLower() || nx.Is(",") && t.appositiveThenVerb(n, s.Tokens.End) {
			t.weakDateline = !toks[first].IsUpper() // (a page's named publisher goes before it)
			return t.withoutTown(e), true
		}
		return Org{}, false
	}
	return Org{}, false
}

// saidByAnother reports a sentence that another body than e says at its
// end: "…, the Kelvo Nurses Union said on Tuesday."
func (t *Tracker) saidByAnother(s *entities.Sentence, e *entities.Entity) bool {
	toks := t.a.Tokens
	for k := e.Tokens.End; k+1 < s.Tokens.End; k++ {
		if !toks[k].Is(",") {
			continue
		}
		a := k + 1
		if toks[a].IsFold("the") {
			a++
		}
		if o := t.a.EntityAt(a); o != nil && o != e && o.Kind == entities.Organization && o.Tokens.First == a && o.Tokens.End < s.Tokens.End {
			if v := toks[o.Tokens.End].Text; v == "said" || v == "says" || v == "stated" || v == "announced" || v == "reported" {
				return true
			}
		}
	}
	return false
}

// orgOpensAt reports an organization's name that its head or its local
// government's kind opens at token a: "Wilaya of Kelvo" is the subject,
// not a word of people before "of" ("Detectives with the …").
func (t *Tracker) orgOpensAt(a int) bool {
	e := t.a.EntityAt(a)
	h, _ := entities.OrgHead(t.a.Tokens[a].Text)
	return e != nil && e.Kind == entities.Organization && e.Tokens.First == a && (h || entities.LocalGovKind(t.a.Tokens[a].Text)) // (not "Members of Kelvo Workers Local 8", the recognizer's run)
}

// skipParens returns the index after up to two short parentheticals that
// open at token k, before end, or k: a body's ticker and the short name it
// goes by after its name ("Kelvo Lithium Ltd (ASX: KLR) (“Kelvo” or “the
// Company”) is pleased to …").
func skipParens(toks []entities.Token, k, end int) int {
	for n := 0; n < 2 && k < end && toks[k].Is("("); n++ {
		c := k + 1
		for c < end && c < k+16 && !toks[c].Is(")") && !toks[c].Is("(") {
			c++
		}
		if c+1 >= end || !toks[c].Is(")") {
			break
		}
		k = c + 1
	}
	return k
}

// appositiveThenVerb reports a comma at k that opens an appositive or a
// participle closed by a second comma and followed by a lower-case word,
// the subject's verb: "…, led by Chair Jane Roe (R-Minn.), held a
// hearing", "…, a Kelvale nonprofit, opened …".
func (t *Tracker) appositiveThenVerb(k, end int) bool {
	toks := t.a.Tokens
	for j := k + 1; j < end && j < k+25; j++ {
		if toks[j].Is(",") {
			return j+1 < end && toks[j+1].Kind == entities.Word && toks[j+1].IsLower() && !toks[j+1].Is("and") && !toks[j+1].Is("or")
		}
	}
	return false
}

// Issuer returns the organization that issued the release as the text
// shows it ("About Acme Robotics", a dateline sentence's subject), or a
// zero Org.
func (t *Tracker) Issuer() Org { return t.issuer }

// fullNameElsewhere reports whether a person with a given name bears the
// family name w in a mention outside span sp.
func (t *Tracker) fullNameElsewhere(w string, sp entities.Span) bool {
	for _, p := range t.families[strings.ToLower(w)] {
		if p.Given == "" {
			continue
		}
		for _, m := range p.Mentions {
			if (m.End <= sp.Start || m.Start >= sp.End) && strings.Contains(strings.ToLower(m.Text), strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

// otherFullName reports a person named elsewhere by a full name that ends
// in family but is not name itself: "Ana Alto" beside "Monte Alto", where
// "Monte Alto" written twice is one town's name.
func (t *Tracker) otherFullName(name, family string) bool {
	for _, p := range t.families[strings.ToLower(family)] {
		if p.Given != "" && !strings.EqualFold(p.Name, name) {
			return true
		}
	}
	return false
}

// isOrgHead reports a body's head word: "News", "Office".
func isOrgHead(w string) bool {
	h, _ := entities.OrgHead(w)
	return h
}

// legalFormsSpelled are the spelled-out forms of abbreviated legal forms.
var legalFormsSpelled = map[string]string{
	"JSC": "Joint Stock Company", "PLC": "Public Limited Company", "LLC": "Limited Liability Company",
	"Ltd": "Limited", "Ltd.": "Limited", "Co.": "Company", "Corp.": "Corporation", "Corp": "Corporation", "Inc.": "Incorporated",
}

// fullerIssuer returns the issuer by the fuller name the text or the page
// gives it where it was found by a short one of its first word and head:
// "Kelvo Trust" of a headline ("Kelvo Trust Warns of …") is the "Kelvo
// Women's Livelihood Trust" the body names, with its acronym; or by its
// head alone: "Forum" is the one "… Forum …" the text names.
func (t *Tracker) fullerIssuer(o Org, source string) Org {
	if !strings.Contains(o.Name, " ") && isOrgHead(o.Name) {
		// a head alone ("Forum Warns of …"): the one body the text names
		// that holds it, "Kelvo Workers' Rights Forum Nepal"
		if e := t.oneOrg("holds:"+o.Name, func(e *entities.Entity) bool {
			_, known := entities.LookupOrg(e.Text)
			return e.Tokens.Len() > 1 && slices.Contains(strings.Fields(e.Text), o.Name) && !known && e.Rule != "gazetteer" && strings.Count(t.text, e.Text[:strings.Index(e.Text, o.Name)+len(o.Name)]) > 1 // (not a body the lists know or the text names once, in passing: "World Bank" for "Bank Warns of …", "the World Economic Forum next month")
		}); e != nil {
			return t.fullOrg(e)
		}
		return o
	}
	if strings.Count(o.Name, " ") != 1 {
		return o
	}
	var found *entities.Entity
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && nameAndHead(o.Name, e.Text) {
			if found != nil && found.Text != e.Text {
				return o // two fuller names: neither
			}
			if found == nil || found.Acronym == "" {
				found = e // (the mention that states its acronym, where one does)
			}
		}
	}
	switch {
	case found != nil && (source == "" || strings.EqualFold(found.Text, source)):
		return orgOf(found)
	case nameAndHead(o.Name, source):
		return Org{Name: source}
	}
	return o
}

// fullestLegalForm returns the issuer by the fullest name the text gives
// it: "Kelvo Harvest JSC" is "Kelvo Harvest Joint Stock Company" where the
// text spells the form out once.
func (t *Tracker) fullestLegalForm(o Org) Org {
	i := strings.LastIndexByte(o.Name, ' ')
	if i <= 0 {
		return o
	}
	long, ok := legalFormsSpelled[o.Name[i+1:]]
	if !ok {
		return o
	}
	if full := o.Name[:i+1] + long; strings.Contains(t.text, full) {
		o.Name = full
	}
	return o
}

// issuerOuter returns, for an issuer that the text names as a unit of
// another body ("The Monetary Policy Committee (MPC) of the Reserve Bank
// of Kelvo decided …"), that body, whose posts ("Governor") speak for
// it; the issuer otherwise. Asked once: the issuer is settled before any
// person's organization is.
func (t *Tracker) issuerOuter() Org {
	return remember(t, "issuer's outer body", func() Org { return t.outerOfUnit(t.issuer) })
}

// outerOfUnit is issuerOuter for an organization o.
func (t *Tracker) outerOfUnit(o Org) Org {
	if o.Name == "" || t.issuerByCount {
		return o
	}
	toks := t.a.Tokens
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || !e.Unit || e.Text != o.Name {
			continue
		}
		k := e.Tokens.End
		if k+2 < len(toks) && toks[k].Is("(") && toks[k+2].Is(")") {
			k += 3 // its letters: "(MPC)"
		}
		if k+1 >= len(toks) || !toks[k].Is("of") {
			return o
		}
		k++
		if toks[k].IsFold("the") {
			k++
		}
		if b := t.a.EntityAt(k); b != nil && b.Kind == entities.Organization && b.Tokens.First == k && !b.Unit {
			return t.fullOrg(b)
		}
		return o
	}
	return o
}

// unitPost reports a person whose post is a committee's own: a chair, a
// member, a secretary or a rapporteur ("Chairperson Jane Roe" of the
// Public Accounts Committee speaks for it, not its assembly).
func (t *Tracker) unitPost(p *Speaker) bool {
	for _, ti := range p.Titles {
		for _, w := range strings.Fields(strings.ToLower(ti)) {
			switch w {
			case "chair", "chairperson", "chairman", "chairwoman", "member", "secretary", "rapporteur", "vice-chair", "co-chair":
				return true
			}
		}
	}
	return false
}

// governmentByPlace returns, for an issuer that is a government named by
// its level alone ("The State Government will invest …"), the government
// a line of the page's header names by its place ("Government of Western
// Australia" over the media statement); o otherwise.
func governmentByPlace(o Org, header string) Org {
	f := strings.Fields(o.Name)
	if len(f) != 2 || f[1] != "Government" || !entities.CommonWord(f[0]) {
		return o
	}
	for line := range strings.Lines(header) {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, "Government of "); ok && entities.IsPlace(strings.TrimPrefix(rest, "the ")) {
			return Org{Name: line}
		}
	}
	return o
}
