package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The issuer of a release is the organization that publishes it. A
// person quoted with a title that names no organization speaks for it
// ("“…,” said Jane Roe, CFO."). The text says who the issuer is:
//
//	"About Acme Robotics" (the boilerplate heading near the end; the first
//	one when the release has several)
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
		if o, ok := rule(t); ok {
			t.issuerByCount = i >= 10
			return o
		}
	}
	return Org{}
}

// allCaps reports words in capitals only (with their punctuation): a
// dateline's place, "WASHINGTON", "NEW YORK,".
func allCaps(toks []entities.Token) bool {
	words := 0
	for i := range toks {
		if toks[i].Kind == entities.Word {
			if !toks[i].IsUpper() {
				return false
			}
			words++
		}
	}
	return words > 0
}

// fromLine finds a line "From: X" in the first paragraphs, the publisher
// line of government pages, and returns its first body: "From: Department
// for Rural Affairs and The Rt Hon Jane Roe MP".
func (t *Tracker) fromLine() (Org, bool) {
	toks := t.a.Tokens
	for si := 0; si < len(t.a.Sentences) && si < 12; si++ {
		s := &t.a.Sentences[si]
		for k := s.Tokens.First; k+2 < s.Tokens.End && k < s.Tokens.First+40; k++ {
			if !toks[k].Is("From") || !toks[k+1].Is(":") || !(k == s.Tokens.First || toks[k].Newlines > 0) {
				continue
			}
			st := k + 2
			if x := t.a.EntityAt(st); x != nil && x.Kind == entities.Organization && x.Tokens.First == st {
				return t.fullOrg(x), true
			}
			e := st
			for e < s.Tokens.End && toks[e].Newlines == 0 && !toks[e].Is("and") && !toks[e].Is(",") && !toks[e].Is(";") {
				e++
			}
			if e > st {
				if c, ok := t.runCand(st, e); ok && (c.e == nil || c.e.Kind == entities.Organization) {
					return t.candOrg(c), true
				}
			}
			return Org{}, false
		}
	}
	return Org{}, false
}

// barLine finds a line of parts set off by bars in the first paragraphs
// and returns the first part that names a body: "News release | Kelvale
// University | May 14, 2025".
func (t *Tracker) barLine() (Org, bool) {
	toks := t.a.Tokens
	for si := 0; si < len(t.a.Sentences) && si < 6; si++ {
		s := &t.a.Sentences[si]
		bars := 0
		for k := s.Tokens.First; k < s.Tokens.End; k++ {
			if toks[k].Is("|") {
				bars++
			}
		}
		if bars == 0 {
			continue
		}
		st := s.Tokens.First
		for k := s.Tokens.First; k <= s.Tokens.End; k++ {
			if k < s.Tokens.End && !toks[k].Is("|") {
				continue
			}
			if k == st+1 && isOrgHead(toks[st].Text) {
				st = k + 1 // "News | Faculty of …": a desk's word alone names no body
				continue
			}
			if k > st && !labelled(toks[st:k]) {
				if x := t.a.EntityAt(st); x != nil && x.Kind == entities.Organization && x.Tokens.First == st && x.Tokens.End == k {
					return t.fullOrg(x), true
				}
				if o, ok := t.headRun(st, k, false); ok && !strings.ContainsAny(o.Name, "0123456789") {
					if h, _ := entities.OrgHead(toks[k-1].Text); h || t.a.EntityAt(st) != nil && t.a.EntityAt(st).Kind == entities.Organization {
						return o, true
					}
				}
			}
			st = k + 1
		}
	}
	return Org{}, false
}

// labelled reports a part of a bar line that is a label and its value,
// "JSE share code: KMH", or a list of tags, "Conservation, Mammals", not a
// body's name ("Acme Robotics, Inc." is one).
func labelled(toks []entities.Token) bool {
	for i := range toks {
		if toks[i].Is(":") || toks[i].Is(",") && !(i+1 < len(toks) && isCorpSuffix(toks[i+1].Text)) {
			return true
		}
	}
	return false
}

// letterhead returns the body a text's first line names in capitals, as a
// letterhead does: "CITY OF RIVERTOWN", "KELVALE HEALTH TRUST". The line
// must hold an organization's head or a place's head ("City of …").
func (t *Tracker) letterhead() (Org, bool) {
	toks := t.a.Tokens
	if len(toks) == 0 {
		return Org{}, false
	}
	end := 1
	for end < len(toks) && end < 12 && toks[end].Newlines == 0 {
		end++
	}
	if o, ok := t.officeLetterhead(end); ok {
		return o, true
	}
	words, headed := 0, false
	titled := t.letterheadLine(end) // "City of Rivertown" over "Office of the Mayor"
	for k := 0; k < end; k++ {
		tk := &toks[k]
		if k > 0 && !tk.Space && (tk.Kind == entities.Possessive || tk.Kind == entities.QuoteMark && strings.HasSuffix(toks[k-1].Text, "S")) {
			continue // a plural's apostrophe: "TRANSIT WORKERS' UNION"
		}
		if tk.Kind != entities.Word {
			return Org{}, false
		}
		if w := strings.ToLower(tk.Text); w == "of" || w == "the" || w == "and" || w == "for" {
			continue
		}
		if !tk.IsUpper() && !(titled && tk.IsCap()) || releaseLabel(tk.Text) || strings.ContainsAny(tk.Text, "0123456789") {
			return Org{}, false // (not "NEWS RELEASE 7-JUL-2025": a label and a date)
		}
		words++
		tc := tk.Text[:1] + strings.ToLower(tk.Text[1:])
		if h, unit := entities.OrgHead(tc); h && (!unit || k == 0 && tc == "Office") || placeHead(tc) || k == end-1 && entities.EndHead(tc) {
			headed = true // (also "OFFICE OF THE DISTRICT ATTORNEY")
		}
	}
	if words >= 2 && stateLetterhead(toks[:end]) {
		if o, ok := t.bodyUnderState(end); ok {
			return o, true // "REPUBLIC OF KELVANIA / One People – One Goal / MINISTRY OF HEALTH"
		}
	}
	if words < 2 || !headed {
		return Org{}, false
	}
	if last := toks[end-1].Text; end >= 2 && (last == "NEWS" || last == "NEWSROOM") {
		// a news page's masthead: "TPWU NEWS" is the union's, named as
		// the text names it ("the Transport and Port Workers' Union (TPWU)")
		name := t.text[toks[0].Start:toks[end-2].End]
		for i := range t.a.Entities {
			if e := &t.a.Entities[i]; e.Kind == entities.Organization && e.Tokens.First >= end && (e.Text == name || strings.EqualFold(e.Text, name)) {
				return t.fullOrg(e), true
			}
		}
	}
	return Org{Name: displayCaps(t.text[toks[0].Start:toks[end-1].End])}, true
}

// stateLetterhead reports a first line that names a state in capitals:
// "REPUBLIC OF KELVANIA", "KINGDOM OF RURITANIA".
func stateLetterhead(line []entities.Token) bool {
	for _, tk := range line {
		switch tk.Text {
		case "REPUBLIC", "KINGDOM", "PRINCIPALITY", "SULTANATE", "EMIRATE", "COMMONWEALTH":
			return true
		}
	}
	return false
}

// bodyUnderState returns the body a state's letterhead names on a line of
// capitals in the next four lines after token k, when a line names one
// by its head (not a unit's): the ministry that issues the release.
func (t *Tracker) bodyUnderState(k int) (Org, bool) {
	toks := t.a.Tokens
	for line := 0; line < 4 && k < len(toks); line++ {
		end := k + 1
		for end < len(toks) && toks[end].Newlines == 0 {
			end++
		}
		caps, headed := true, false
		for j := k; j < end; j++ {
			tk := &toks[j]
			if w := strings.ToLower(tk.Text); w == "of" || w == "the" || w == "and" || w == "for" {
				continue
			}
			if tk.Kind != entities.Word || !tk.IsUpper() {
				caps = false
				break
			}
			if h, unit := entities.OrgHead(tk.Text[:1] + strings.ToLower(tk.Text[1:])); h && !unit {
				headed = true
			}
		}
		if caps && headed && end-k >= 2 {
			return Org{Name: displayCaps(t.text[toks[k].Start:toks[end-1].End])}, true
		}
		k = end
	}
	return Org{}, false
}

// labelledName finds the issuer named on the line under a label that
// opens the text and names its kind: "NEWS RELEASE" over "Kelvale Water"
// (two to six capitalized words, alone on their line).
func (t *Tracker) labelledName() (Org, bool) {
	toks := t.a.Tokens
	k := 0
	for k < len(toks) && k < 4 && toks[k].Newlines == 0 || k == 0 {
		k++
	}
	if k < 2 || k >= len(toks) || !toks[k-1].IsUpper() || !releaseLabel(toks[k-1].Text) {
		return Org{}, false
	}
	end := k + 1
	for end < len(toks) && toks[end].Newlines == 0 {
		end++
	}
	for n := 0; n < 3 && end < len(toks) && t.labelOrDateLine(k, end); n++ {
		k, end = end, end+1 // "For Immediate Release", "2025HOUS0087-000614", "April 24, 2025" under the label
		for end < len(toks) && toks[end].Newlines == 0 {
			end++
		}
	}
	if end-k < 2 || end-k > 6 || end >= len(toks) {
		return Org{}, false
	}
	for j := k; j < end; j++ {
		if toks[j].Kind != entities.Word || !toks[j].IsCap() && !toks[j].Is("of") && !toks[j].Is("and") && !toks[j].Is("&") {
			return Org{}, false
		}
	}
	if n, _ := entities.TitleAt(toks, k); n > 0 {
		return Org{}, false // "NEWS RELEASE" over "Office of …" is the letterhead's; a person's title is no name
	}
	return Org{Name: t.text[toks[k].Start:toks[end-1].End]}, true
}

// labelOrDateLine reports a line [k, end) under a release's label that
// says when or how it is released, not who: "For Immediate Release", a
// line with a number in it (a date, a release's number).
func (t *Tracker) labelOrDateLine(k, end int) bool {
	toks := t.a.Tokens
	if releaseLabel(toks[end-1].Text) || toks[k].IsFold("embargoed") {
		return true
	}
	for j := k; j < end; j++ {
		if strings.ContainsAny(toks[j].Text, "0123456789") {
			return true
		}
	}
	return false
}

// releaseLabel reports the last word of a label that names the kind of
// text, not who issues it: "NEWS RELEASE", "Media Advisory", "Press
// Statement".
func releaseLabel(w string) bool {
	switch strings.ToLower(w) {
	case "release", "advisory", "statement", "alert", "notice", "bulletin", "update":
		return true
	}
	return false
}

// officeLetterhead reads a first line [0, end) in title case that names
// an office, "Office of the Governor": the government it is the office of
// when the next line names one ("State of Ruritania", "City of
// Rivertown"), else the office.
func (t *Tracker) officeLetterhead(end int) (Org, bool) {
	toks := t.a.Tokens
	if end < 3 || end > 12 || !toks[0].Is("Office") || !toks[1].Is("of") {
		return Org{}, false
	}
	for k := 2; k < end; k++ {
		if toks[k].Kind != entities.Word || !toks[k].IsCap() && !toks[k].Is("the") && !toks[k].Is("of") && !toks[k].Is("and") && !toks[k].Is("for") {
			return Org{}, false
		}
	}
	if n := end; n+2 < len(toks) && toks[n].Newlines == 1 && placeHead(toks[n].Text) && toks[n].IsCap() && toks[n+1].Is("of") && toks[n+2].IsCap() {
		e := n + 3
		for e < len(toks) && toks[e].Newlines == 0 && toks[e].Kind == entities.Word && toks[e].IsCap() {
			e++
		}
		if e == len(toks) || toks[e].Newlines > 0 {
			return Org{Name: t.text[toks[n].Start:toks[e-1].End]}, true
		}
	}
	return Org{Name: t.text[toks[0].Start:toks[end-1].End]}, true
}

// letterheadLine reports a line at token k that a letterhead's second
// line starts with: "Office of the Mayor", "News Release", "For
// Immediate Release".
func (t *Tracker) letterheadLine(k int) bool {
	toks := t.a.Tokens
	if k+1 >= len(toks) || toks[k].Newlines == 0 {
		return false
	}
	w, n := toks[k].Text, toks[k+1].Text
	return w == "Office" && n == "of" || strings.EqualFold(w, "news") && strings.EqualFold(n, "release") ||
		strings.EqualFold(w, "press") && strings.EqualFold(n, "release") || strings.EqualFold(w, "for") && strings.EqualFold(n, "immediate")
}

// displayCaps writes a name in capitals the way it is written in running
// text: "CITY OF RIVERTOWN" is "City of Rivertown".
func displayCaps(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if i == 0 || !(w == "of" || w == "the" || w == "and" || w == "for") {
			ws[i] = titleWord(w)
		}
	}
	return strings.Join(ws, " ")
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
// next year." A headline (no final stop) or a short line is no lead.
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
		}
		e := t.a.EntityAt(k)
		if e == nil || e.Kind != entities.Organization || e.Tokens.First != k || e.Tokens.End >= s.Tokens.End {
			return Org{}, false
		}
		nx := toks[e.Tokens.End].Text
		if nx != "will" && nx != "today" && nx != "has" && !announceVerbs[nx] {
			return Org{}, false
		}
		return t.fullOrg(e), true
	}
	return Org{}, false
}

// headlineSubject finds the organization before the verb of the text's
// first sentence when it is a headline: "Acme Robotics Announces …".
func (t *Tracker) headlineSubject() (Org, bool) {
	if len(t.a.Sentences) == 0 {
		return Org{}, false
	}
	toks := t.a.Tokens
	s := &t.a.Sentences[0]
	first := s.Tokens.First
	for first < s.Tokens.End && toks[first].Kind == entities.Punct {
		first++ // "# Acme Robotics Announces …"
	}
	for k := first + 1; k < s.Tokens.End && k < first+12; k++ {
		if entities.HeadlineVerb(toks[k].Text) {
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
// capitalized words: the heading of a release's boilerplate. When the
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
		for end > first && (toks[end-1].Is(".") || toks[end-1].Is(":")) {
			end--
		}
		if end-first < 2 || end-first > 10 || !toks[first].Is("About") || end-first == 2 && entities.CommonWord(toks[first+1].Text) {
			continue // not a menu's "About Us"
		}
		if re := t.capRunOrg(first+1, end); re == end {
			if c, ok := t.runCand(first+1, end); ok {
				heads = append(heads, t.candOrg(c))
			}
		}
	}
	return heads
}

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
		verb := -1
		for k := s.Tokens.First; k < s.Tokens.End && k < s.Tokens.First+80; k++ {
			if announceVerbs[toks[k].Text] {
				verb = k
				break
			}
		}
		if verb < 0 {
			if o, ok := t.datelineBody(s); ok {
				return o, "", true
			}
			continue
		}
		// The subject starts after the dateline's last dash.
		start := -1
		for k := s.Tokens.First; k < verb && k < s.Tokens.First+30; k++ {
			if tk := &toks[k]; tk.Is("-") || tk.Is("–") || tk.Is("—") || tk.Is("--") {
				start = k + 1
			}
		}
		if start < 0 || start >= verb {
			continue
		}
		re := t.capRunOrg(start, verb)
		if re <= start {
			continue
		}
		if n, _ := entities.TitleAt(toks, start); n > 0 || isHonorific(toks[start].Text) {
			continue // "Rivertown – Mayor Jane Roe today signed …": a person, not the issuer
		}
		// The subject ends at the verb, a comma, a parenthesis or "today":
		// not "European Commission - Daily News 01/07/2021 …".
		if nx := &toks[re]; re != verb && !nx.Is(",") && !nx.Is("(") && !nx.Is("today") && !nx.Is("has") && !nx.Is("have") {
			continue
		}
		if c, ok := t.runCand(start, re); ok && (c.e == nil || c.e.Kind == entities.Organization) {
			return t.candOrg(c), t.text[toks[start].Start:toks[verb-1].End], true
		}
	}
	return Org{}, "", false
}

// siteLine returns the body a page's header names on a line of its own
// in the first lines, under "Skip to content" or over its menu, when the
// text names it again: "Skip to content\nTarn & Moor Wildlife Trust\nAbout
// us\nNews".
func (t *Tracker) siteLine() (Org, bool) {
	toks := t.a.Tokens
	line := 0
	for k := 0; k < len(toks) && line < 6; k++ {
		if k > 0 && toks[k].Newlines > 0 {
			line++
		}
		if k > 0 && toks[k].Newlines == 0 {
			continue
		}
		e := t.a.EntityAt(k)
		if e == nil || e.Kind != entities.Organization || e.Tokens.First != k || e.Tokens.Len() < 2 || e.Unit {
			continue
		}
		if end := e.Tokens.End; end < len(toks) && toks[end].Newlines == 0 {
			continue // more on the line: a headline, not the site's name
		}
		for i := range t.a.Entities {
			if x := &t.a.Entities[i]; x.Tokens.First > e.Tokens.End && x.Text == e.Text {
				return t.fullOrg(e), true
			} else if x.Tokens.First > e.Tokens.End && x.Kind == entities.Organization && strings.EqualFold(x.Text, e.Text) {
				return t.fullOrg(x), true // "KELVALE STATE UNIVERSITY" over "Kelvale State University researchers"
			}
		}
	}
	return Org{}, false
}

// datelineBody returns the organization that opens a sentence after a
// dateline in capitals and its dash, as the subject of any verb: "ELKO,
// Nev. – The Nevada Department of Transportation broke ground Wednesday
// on …"; or the body of its subject: "BRENNAN FALLS — Detectives with the
// Brennan Falls Police Department have arrested …".
func (t *Tracker) datelineBody(s *entities.Sentence) (Org, bool) {
	toks := t.a.Tokens
	first := s.Tokens.First
	if first >= s.Tokens.End || !toks[first].IsUpper() || len(toks[first].Text) < 3 {
		return Org{}, false
	}
	for k := first + 1; k < s.Tokens.End && k < first+10; k++ {
		tk := &toks[k]
		if !(tk.Is("-") || tk.Is("–") || tk.Is("—") || tk.Is("--")) {
			continue
		}
		a := k + 1
		if a+2 < s.Tokens.End && toks[a+1].Is(",") && (toks[a].Is("Today") || toks[a].Is("Yesterday") || weekday(toks[a].Text)) {
			a += 2 // "WASHINGTON – Today, the Kelvale Subcommittee on Health, led by …, held a hearing"
			if toks[a].Is("the") {
				a++
			}
		}
		if a < s.Tokens.End && toks[a].Is("The") {
			a++
		}
		for x := a; x < a+4 && x+2 < s.Tokens.End; x++ {
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
		if nx := &toks[e.Tokens.End]; nx.Kind == entities.Word && nx.IsLower() || nx.Is(",") && t.appositiveThenVerb(e.Tokens.End, s.Tokens.End) {
			return t.fullOrg(e), true
		}
		return Org{}, false
	}
	return Org{}, false
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

// pageHeader finds the owner of the site in a page's first line: the
// organization or place before a dash, bar or ">" ("Acme Robotics -
// Newsroom", "Rivertown County | District Attorney").
func (t *Tracker) pageHeader() (Org, bool) {
	if len(t.a.Sentences) == 0 {
		return Org{}, false
	}
	toks := t.a.Tokens
	s := &t.a.Sentences[0]
	first := s.Tokens.First
	for k := first + 1; k < s.Tokens.End && k < first+8; k++ {
		tk := &toks[k]
		if !(tk.Is("-") || tk.Is("–") || tk.Is("—") || tk.Is("|") || tk.Is(">")) {
			continue
		}
		if toks[k-1].Newlines > 0 || tk.Newlines > 0 {
			return Org{}, false
		}
		if allCaps(toks[first:k]) {
			return Org{}, false // "WASHINGTON - Senators …": a dateline, not a page's owner
		}
		return t.headRun(first, k, true)
	}
	// A masthead: the body's name and a word for its news desk alone on the
	// first line, "Kelvale University News", "Acme Robotics Newsroom".
	end := s.Tokens.End
	for k := first + 1; k < end; k++ {
		if toks[k].Newlines > 0 {
			end = k
		}
	}
	if end-first >= 3 && end-first <= 8 && newsDesk[toks[end-1].Text] {
		if e := t.a.EntityAt(first); e != nil && e.Kind == entities.Organization && e.Tokens.First == first && e.Tokens.End >= end-1 {
			if e.Tokens.End == end-1 {
				return t.fullOrg(e), true
			}
			return Org{Name: t.text[toks[first].Start:toks[end-2].End]}, true // (the recognizer took the desk for part of the name)
		}
	}
	return Org{}, false
}

// newsDesk are the words after a body's name on a masthead.
var newsDesk = toSet("News Newsroom Newswire Media Press")

// headRun reads the capitalized run [first, end) of a header or headline
// as an organization (or, with places, a place: "Rivertown County -
// Newsroom"). Names the recognizer took for a person count too ("Zentrix
// Awards …"), unless a person of the text bears the last of them
// elsewhere ("Dara Quill Announces …" above "Dara Quill said").
func (t *Tracker) headRun(first, end int, places bool) (Org, bool) {
	toks := t.a.Tokens
	if re := t.capRunOrg(first, end); re != end {
		return Org{}, false
	}
	if n, _ := entities.TitleAt(toks, first); n > 0 {
		return Org{}, false // "Mayor Roe Unveils Plan": a person, not the issuer
	}
	if c, ok := t.runCand(first, end); ok && (places || c.e == nil || c.e.Kind == entities.Organization) {
		return t.candOrg(c), true
	}
	if e := t.a.EntityAt(first); e != nil && e.Kind == entities.Person && !t.fullNameElsewhere(toks[end-1].Text, e.Span) {
		return Org{Name: t.text[toks[first].Start:toks[end-1].End]}, true
	}
	return Org{}, false
}

// isOrgHead reports a body's head word: "News", "Office".
func isOrgHead(w string) bool {
	h, _ := entities.OrgHead(w)
	return h
}
