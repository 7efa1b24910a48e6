package speakers

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// The issuer from the lines above a release's text: letterheads, labels
// over a body's name, lines of parts set off by bars, a page's header.

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
				if x.Tokens.End < len(toks) && entities.IsPostNominal(toks[x.Tokens.End].Text) {
					// the body and its minister run together: "From: Department
					// for Flood and Coastal Resilience and Jane Roe MP"
					for a := x.Tokens.End - 1; a > st+1; a-- {
						if toks[a].Is("and") {
							if h, _ := entities.OrgHead(toks[st].Text); h && toks[a-1].IsCap() {
								return t.candOrg(orgCand{first: st, end: a}), true
							}
							break
						}
					}
				}
				return t.fullOrg(x), true
			}
			e := st
			for e < s.Tokens.End && toks[e].Newlines == 0 && !toks[e].Is("and") && !toks[e].Is(",") && !toks[e].Is(";") && !toks[e].Is("<") {
				e++ // (not its address: "Kelvo Council <press@kelvo.example>")
			}
			if pressDesk(toks, st, e) {
				return Org{}, false // "From: Biuro Prasowe UMWD": the body's press office; its letterhead names the body
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
			if toks[k].IsFold("cookies") || toks[k].IsFold("cookie") {
				bars = -len(toks) // a cookie banner: "This site uses cookies. Learn more | Got it"
			}
			if k == s.Tokens.First && (toks[k].IsFold("share") || toks[k].IsFold("follow")) {
				bars = -len(toks) // share links: "Share: Facebook | X | WhatsApp | Print"
			}
			if toks[k].Is("Home") && (k == s.Tokens.First || toks[k].Newlines > 0) && k+1 < s.Tokens.End && toks[k+1].Is("|") {
				bars = -len(toks) // a site's menu: "Home | About Parliament | Members | Contact"
			}
			if toks[k].Is("|") && k+1 < s.Tokens.End && (entities.LanguageName(toks[k+1].Text) || entities.NonLatinWord(toks[k+1].Text)) && (k+2 == s.Tokens.End || toks[k+2].Newlines > 0) {
				bars = -len(toks) // a language switch: "नेपाली | English"
			}
		}
		if bars <= 0 {
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
			if k > st && pressUnit(toks[st:k]) {
				st = k + 1 // "Press Office | 14 Rue des Ambassades": the issuer's press unit, not the issuer
				continue
			}
			if k == st+1 && (entities.LanguageName(toks[st].Text) || entities.NonLatinWord(toks[st].Text)) {
				st = k + 1 // "PT | EN": the page's languages
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

// pressUnit reports the name of a body's press unit: "Press Office",
// "Media and Communications Unit", which speaks for its body.
func pressUnit(part []entities.Token) bool {
	if len(part) < 2 || len(part) > 4 {
		return false
	}
	switch part[0].Text {
	case "Press", "Media", "Communications", "Information", "PRESS", "MEDIA", "COMMUNICATIONS", "INFORMATION":
		h, _ := entities.OrgHead(entities.CapsWord(part[len(part)-1].Text))
		return h
	}
	if part[1].Is("Press") || part[1].Is("PRESS") {
		h, _ := entities.OrgHead(entities.CapsWord(part[len(part)-1].Text))
		return h // the press after an adjective: "Parliamentary Press Corps" (not "Presidential Communications Office", an issuer)
	}
	return false
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
	st := 0 // the line's first token, past a rule drawn above it ("=========")
	for st < len(toks) && st < 200 && toks[st].Kind != entities.Word && toks[st].Kind != entities.Number && (st == 0 || toks[st].Newlines == 0) {
		st++
	}
	if st == 0 || st >= len(toks) || toks[st].Newlines == 0 || toks[st-1].End-toks[0].Start < 5 {
		st = 0 // (no rule: punctuation that opens the line)
	}
	end := st + 1
	for end < len(toks) && end < st+12 && toks[end].Newlines == 0 {
		end++
	}
	if o, ok := t.officeLetterhead(end); ok && st == 0 {
		return o, true
	}
	if titleCaseState(toks[st:end]) {
		if o, ok := t.bodyUnderState(end); ok {
			return o, true // "Republic of the Philippines / PROVINCIAL GOVERNMENT OF KELVO"
		}
	}
	if end-st >= 3 && (strings.EqualFold(toks[end-1].Text, "PORTAL") || strings.EqualFold(toks[end-1].Text, "WEBSITE")) {
		// a site's name after its owner: "KELVO PROVINCE ELECTRONIC
		// INFORMATION PORTAL" is the province's
		end--
		for end-st > 2 && sitePortalWord(toks[end-1].Text) {
			end--
		}
	}
	acronym, lineEnd := "", end
	if end-st >= 5 && acronymEnds(toks, end) {
		acronym, end = toks[end-2].Text, end-3 // "KELBY OBSERVER MISSION (KOM)"
	}
	words, headed := 0, false
	titled := t.letterheadLine(lineEnd) // "City of Rivertown" over "Office of the Mayor" (and "Kelvo Mission in Selna (KMS)" over it)
	for k := st; k < end; k++ {
		tk := &toks[k]
		if k > st && !tk.Space && (tk.Kind == entities.Possessive || tk.Kind == entities.QuoteMark && strings.HasSuffix(toks[k-1].Text, "S")) {
			continue // a plural's apostrophe: "TRANSIT WORKERS' UNION"
		}
		if tk.Kind != entities.Word {
			return Org{}, false
		}
		if w := strings.ToLower(tk.Text); w == "of" || w == "the" || w == "and" || w == "for" || titled && tk.Is("in") && k > st+1 {
			continue // (where a mission serves, over its office: "United Nations Mission in the Selna Corridor")
		}
		if titled && tk.IsCap() && entities.HeadlineVerb(tk.Text) {
			return Org{}, false // a headline in title case over the label: "Kelvo Red Cross Society in Selna Launches Flood Appeal"
		}
		if !tk.IsUpper() && !(titled && tk.IsCap()) || releaseLabel(tk.Text) || strings.ContainsAny(tk.Text, "0123456789") {
			return Org{}, false // (not "NEWS RELEASE 7-JUL-2025": a label and a date)
		}
		words++
		tc := entities.CapsWord(tk.Text)
		if h, unit := entities.OrgHead(tc); h && (!unit || k == st && tc == "Office") || placeHead(tc) || k == end-1 && entities.EndHead(tc) {
			headed = true // (also "OFFICE OF THE DISTRICT ATTORNEY")
		}
	}
	if words >= 2 && stateLetterhead(toks[st:end]) {
		if o, ok := t.bodyUnderState(end); ok {
			return o, true // "REPUBLIC OF KELVANIA / One People – One Goal / MINISTRY OF HEALTH"
		}
	}
	if words < 2 || !headed {
		return Org{}, false
	}
	if last := toks[end-1].Text; end >= st+2 && (last == "NEWS" || last == "NEWSROOM") {
		// a news page's masthead: "TPWU NEWS" is the union's, named as
		// the text names it ("the Transport and Port Workers' Union (TPWU)")
		name := t.text[toks[st].Start:toks[end-2].End]
		for i := range t.a.Entities {
			if e := &t.a.Entities[i]; e.Kind == entities.Organization && e.Tokens.First >= end && (e.Text == name || strings.EqualFold(e.Text, name)) {
				return t.fullOrg(e), true
			}
		}
	}
	if b := t.branchLine(st, end); b != "" {
		return Org{Name: displayCaps(b)}, true // "NIGERIA POLICE FORCE" over "KELVO STATE POLICE COMMAND"
	}
	if u := t.unitLine(end); u != "" && placeHead(toks[st].Text) {
		return Org{Name: displayCaps(t.text[toks[st].Start:toks[end-1].End] + " " + u)}, true // "CITY OF PORT ARDLEY" over "POLICE DEPARTMENT"
	}
	return Org{Name: displayCaps(t.text[toks[st].Start:toks[end-1].End]), Acronym: acronym}, true
}

// branchLine returns the line right under the letterhead [st, end) when it
// names a branch of the letterhead's body (BranchOf), or "".
func (t *Tracker) branchLine(st, end int) string {
	toks := t.a.Tokens
	if end >= len(toks) || toks[end].Newlines != 1 {
		return ""
	}
	e := lineEnd(toks, end)
	if e-end > 9 {
		return "" // (a line of more than nine tokens is no body's name)
	}
	line := t.text[toks[end].Start:toks[e-1].End]
	if !BranchOf(t.text[toks[st].Start:toks[end-1].End], line) {
		return ""
	}
	return line
}

// BranchOf reports a line in capitals under a letterhead that names a
// body of its own by its head and shares a word of the letterhead's field
// with it: a branch that issues the release, "KELVO STATE POLICE COMMAND"
// under "NATIONAL POLICE FORCE" (not a longer name that opens like the
// letterhead, nor a unit: "PUBLIC RELATIONS DEPARTMENT").
func BranchOf(letterhead, line string) bool {
	lh, f := strings.Fields(letterhead), strings.Fields(line)
	if len(f) < 3 || len(f) > 7 || len(lh) < 2 || f[0] == lh[0] {
		return false
	}
	last := f[len(f)-1]
	if h, unit := entities.OrgHead(entities.CapsWord(last)); !h || unit || releaseLabel(last) {
		return false
	}
	shared := false
	for j, w := range f {
		if strings.ToUpper(w) != w || strings.IndexFunc(w, unicode.IsLetter) < 0 {
			return false
		}
		if cw := entities.CapsWord(w); entities.IsTitleWord(cw) || entities.HeadlineVerb(cw) || w == "NEW" || w == "TO" {
			return false // a headline in capitals, no body's name: "MINISTER OPENS NEW HEALTH CENTRE"
		}
		if j < len(f)-1 && len(w) >= 4 && slices.Contains(lh[:len(lh)-1], w) {
			shared = true // (not the letterhead's last word, the head of "NATIONAL POLICE FORCE")
		}
	}
	return shared
}

// unitLine returns the line in capitals at token k that names a local
// government's department under its letterhead ("POLICE DEPARTMENT",
// "SHERIFF'S OFFICE"), or "".
func (t *Tracker) unitLine(k int) string {
	toks := t.a.Tokens
	if k >= len(toks) || toks[k].Newlines != 1 {
		return ""
	}
	e := lineEnd(toks, k)
	if e-k < 2 || e-k > 5 || !toks[e-1].Is("DEPARTMENT") && !toks[e-1].Is("OFFICE") {
		return ""
	}
	for j := k; j < e; j++ {
		if toks[j].Kind == entities.Word && !toks[j].IsUpper() {
			return ""
		}
	}
	return t.text[toks[k].Start:toks[e-1].End]
}

// stateLetterhead reports a first line that names a state in capitals:
// "REPUBLIC OF KELVANIA", "KINGDOM OF RURITANIA", a US state's "STATE OF
// CALDER".
func stateLetterhead(line []entities.Token) bool {
	if len(line) > 2 && (line[0].Text == "STATE" || line[0].Text == "GOVERNMENT") && line[1].Text == "OF" {
		return true // "STATE OF CALDER" over "OFFICE OF THE ATTORNEY GENERAL", "GOVERNMENT OF KELVANIA" over "Ministry of Tourism"
	}
	for _, tk := range line {
		switch tk.Text {
		case "REPUBLIC", "KINGDOM", "PRINCIPALITY", "SULTANATE", "EMIRATE", "COMMONWEALTH":
			return true
		}
	}
	return false
}

// titleCaseState reports a state's line in title case: "Republic of the
// Philippines", "Kingdom of Kelvania".
func titleCaseState(line []entities.Token) bool {
	if n := len(line); n >= 2 && n <= 5 && line[n-1].Is("Government") && GovernmentLevel(line[n-2].Text) {
		for _, tk := range line[:n-1] {
			if !tk.IsCap() || tk.Kind != entities.Word {
				return false
			}
		}
		return true // a government named by its place and level: "KwaZulu-Natal Provincial Government", "Kelvo State Government"
	}
	if len(line) < 3 || !line[1].Is("of") {
		return false
	}
	switch line[0].Text {
	case "Republic", "Kingdom", "Principality", "Sultanate", "Emirate", "Commonwealth", "State":
		return true
	}
	return false
}

// bodyUnderState returns the body a state's letterhead names on a line of
// capitals in the next four lines after token k, when a line names one
// by its head (not a unit's), or in title case on the line right under
// it: the ministry that issues the release.
func (t *Tracker) bodyUnderState(k int) (Org, bool) {
	toks := t.a.Tokens
	var titled Org // a body's name in title case right under the state's, when no line in capitals names one
	for line := 0; line < 4 && k < len(toks); line++ {
		end := lineEnd(toks, k)
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
			if h, unit := entities.OrgHead(entities.CapsWord(tk.Text)); h && (!unit || j == k && tk.Text == "OFFICE") {
				headed = true // (also "OFFICE OF THE ATTORNEY GENERAL")
			}
		}
		if caps && headed && end-k >= 2 && !releaseLabel(toks[end-1].Text) {
			return Org{Name: displayCaps(t.text[toks[k].Start:toks[end-1].End])}, true
		}
		if line == 0 && titleCaseBody(toks[k:end]) {
			titled = Org{Name: t.text[toks[k].Start:toks[end-1].End]} // "Ministry of Tourism, Ecology and Sustainable Development" (not over "Department of Justice / OFFICE OF THE PROVINCIAL PROSECUTOR")
		}
		k = end
	}
	return titled, titled.Name != ""
}

// titleCaseBody reports a line in title case that opens with a body's
// head and holds capitalized words alone, joined by "of", "and", "the",
// "for" and commas: "Ministry of Tourism, Ecology and Sustainable
// Development".
func titleCaseBody(line []entities.Token) bool {
	if len(line) < 3 || !line[0].IsCap() || line[0].IsUpper() || !line[1].Is("of") && !line[1].Is("for") {
		return false
	}
	if h, unit := entities.OrgHead(line[0].Text); !h || unit {
		return false
	}
	for i := range line {
		tk := &line[i]
		if !(tk.Kind == entities.Word && tk.IsCap() || tk.Is("of") || tk.Is("and") || tk.Is("the") || tk.Is("for") || tk.Is(",")) {
			return false
		}
	}
	return !line[len(line)-1].Is(",")
}

// labelledName finds the issuer named on the line under a label that
// opens the text and names its kind: "NEWS RELEASE" over "Kelvale Water"
// (two to six capitalized words, alone on their line).
func (t *Tracker) labelledName() (Org, bool) {
	toks := t.a.Tokens
	if o, ok := t.labelDashName(); ok {
		return o, true
	}
	k := 0
	for k < len(toks) && k < 4 && toks[k].Newlines == 0 || k == 0 {
		k++
	}
	if k < 2 || k >= len(toks) || !toks[k-1].IsUpper() || !releaseLabel(toks[k-1].Text) {
		return Org{}, false
	}
	end := lineEnd(toks, k)
	for n := 0; n < 3 && end < len(toks) && t.labelOrDateLine(k, end); n++ {
		k, end = end, lineEnd(toks, end) // "For Immediate Release", "2025HOUS0087-000614", "April 24, 2025" under the label
	}
	if end-k < 2 || end-k > 6 || end >= len(toks) {
		return Org{}, false
	}
	for j := k; j < end; j++ {
		if toks[j].Kind != entities.Word || !toks[j].IsCap() && !toks[j].Is("of") && !toks[j].Is("and") && !toks[j].Is("&") && !(toks[j].Is("the") && (toks[j-1].Is("of") || toks[j-1].Is("for"))) { // (also "Office of the Premier")
			return Org{}, false
		}
		if _, hon := entities.Honorific(toks[j].Text); hon || t.isPersonToken(j) {
			return Org{}, false // a minister's letterhead: "MEDIA RELEASE" over "The Hon. Jane Roe MP"
		}
	}
	if n, _ := entities.TitleAt(toks, k); n > 0 {
		return Org{}, false // "NEWS RELEASE" over "Office of …" is the letterhead's; a person's title is no name
	}
	return Org{Name: t.text[toks[k].Start:toks[end-1].End]}, true
}

// labelDashName finds the issuer named after a dash on the label's own
// line: "NEWS RELEASE – Kelvale University" (two to six capitalized words
// to the line's end).
func (t *Tracker) labelDashName() (Org, bool) {
	toks := t.a.Tokens
	j := 0
	for j+1 < len(toks) && j < 3 && toks[j+1].Newlines == 0 && toks[j+1].IsUpper() && toks[j+1].Kind == entities.Word {
		j++
	}
	if len(toks) < 4 || !toks[0].IsUpper() || !releaseLabel(toks[j].Text) || j+2 >= len(toks) || toks[j+1].Newlines > 0 || !dashToken(&toks[j+1]) {
		return Org{}, false
	}
	k := j + 2
	end := lineEnd(toks, k)
	if end-k < 2 || end-k > 6 || toks[k].Newlines > 0 {
		return Org{}, false
	}
	for x := k; x < end; x++ {
		if toks[x].Kind != entities.Word || !toks[x].IsCap() && !toks[x].Is("of") && !toks[x].Is("and") && !toks[x].Is("for") && !toks[x].Is("the") || t.isPersonToken(x) {
			return Org{}, false
		}
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
// line starts with: "Office of the Mayor", "News Release", "Media
// Release", "Press Statement", "For Immediate Release".
func (t *Tracker) letterheadLine(k int) bool {
	toks := t.a.Tokens
	if k+1 >= len(toks) || toks[k].Newlines == 0 {
		return false
	}
	w, n := toks[k].Text, toks[k+1].Text
	switch strings.ToLower(w) {
	case "news", "press", "media":
		return releaseLabel(n)
	case "for":
		return strings.EqualFold(n, "immediate")
	}
	return w == "Office" && n == "of"
}

// displayCaps writes a name in capitals the way it is written in running
// text: "CITY OF RIVERTOWN" is "City of Rivertown".
func displayCaps(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if i == 0 || !(w == "of" || w == "the" || w == "and" || w == "for" || w == "in" || w == "on" || w == "to") {
			ws[i] = titleWord(w)
		}
	}
	return strings.Join(ws, " ")
}

// siteLine returns the body a page's header names on a line of its own
// in the first lines, under "Skip to content" or over its menu, when the
// text names it again, or in English: "Skip to content\nTarn & Moor
// Wildlife Trust\nAbout us\nNews", "Gemeente Kelvo" and "the Municipality
// of Kelvo".
func (t *Tracker) siteLine() (Org, bool) {
	toks := t.a.Tokens
	line := 0
	for k := 0; k < len(toks) && line < 6; k++ {
		if k > 0 && toks[k].Newlines > 0 {
			line++
		}
		e := t.lineOrg(k)
		if e == nil {
			continue
		}
		english := ""
		if h := entities.TranslatedHead(e.Text); territorialHeads[h] {
			if _, rest, ok := strings.Cut(e.Text, " "); ok {
				english = h + " of " + rest // "Gemeente Kelvo": "Municipality of Kelvo"
			}
		}
		for i := range t.a.Entities {
			if x := &t.a.Entities[i]; x.Tokens.First > e.Tokens.End && x.Text == e.Text {
				return t.fullOrg(e), true
			} else if x.Tokens.First > e.Tokens.End && x.Kind == entities.Organization && (strings.EqualFold(x.Text, e.Text) || english != "" && x.Text == english) {
				return t.fullOrg(x), true // "KELVALE STATE UNIVERSITY" over "Kelvale State University researchers", "Gemeente Kelvo" over "the Municipality of Kelvo"
			}
		}
	}
	return Org{}, false
}

// territorialHeads are the heads of a place's own government, whose name
// in another language and in English, with the place, name one body
// ("Gemeente Kelvo", "the Municipality of Kelvo"); a bank's or a
// university's may name two ("Banco Kelvo" is no "Bank of Kelvo").
var territorialHeads = toSet(`Municipality City Town Commune Region Province County District Prefecture`)

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
		if countLower(toks, k+1, s.Tokens.End) >= 6 {
			return Org{}, false // "Mthatha – The MEC for Health today handed over …": a dateline before running text
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
	if o, ok := t.ownerAfterTitle(first, end); ok {
		return o, true
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

// ownerAfterTitle reads a page's title on the first line [first, end), the
// site's owner after its last dash or bar: "Nine charged in fraud scheme –
// Kelvo Regional Prosecutor's Office". The owner is an organization the
// recognizer names, ending the line.
func (t *Tracker) ownerAfterTitle(first, end int) (Org, bool) {
	toks := t.a.Tokens
	for k := end - 2; k > first+2; k-- {
		if !(toks[k].Is("-") || toks[k].Is("–") || toks[k].Is("—") || toks[k].Is("|")) {
			continue
		}
		if e := t.a.EntityAt(k + 1); e != nil && e.Kind == entities.Organization && e.Tokens.First == k+1 && e.Tokens.End == end {
			return t.fullOrg(e), true
		}
		break
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

// lineOrg returns the organization of two words or more, no unit's, whose
// name stands alone on the line that starts at token k, perhaps after
// "The", or nil: a site's or a header's body ("Tarn & Moor Wildlife
// Trust", "The Kelvo Water Board"), not a headline that
// opens with one ("Kelvale Trust opens a reserve").
func (t *Tracker) lineOrg(k int) *entities.Entity {
	toks := t.a.Tokens
	if k > 0 && toks[k].Newlines == 0 {
		return nil
	}
	if k+2 < len(toks) && toks[k].Is("The") && toks[k+1].Newlines == 0 {
		k++ // its article before it: "The County Administrative Board of Norrfjäll"
	}
	e := t.a.EntityAt(k)
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != k || e.Tokens.Len() < 2 || e.Unit {
		return nil
	}
	end := e.Tokens.End
	if e.Acronym != "" && end < len(toks) && toks[end].Newlines == 0 && toks[end].Text == e.Acronym {
		end++ // its acronym after it: "Kelvale Workers' Union KWU"
	}
	if end < len(toks) && toks[end].Newlines == 0 {
		return nil
	}
	return e
}

// countLower counts the words in lower case in [i, end).
func countLower(toks []entities.Token, i, end int) int {
	n := 0
	for k := i; k < end; k++ {
		if toks[k].Kind == entities.Word && toks[k].IsLower() {
			n++
		}
	}
	return n
}

// pressDesk reports a sender's name in [i, end) that is a press office,
// in English or the sender's language: "Press Office", "Media
// Relations", "Biuro Prasowe", "Servicio de Prensa".
func pressDesk(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "press", "media", "communications", "newsroom", "prasowe", "prensa", "presse", "stampa", "imprensa", "tiskové", "tlačové":
			return true
		}
	}
	return false
}

// lineEnd returns the token after the last of the line token k is on,
// looking from k+1: where the next line starts, or the text's end.
func lineEnd(toks []entities.Token, k int) int {
	e := k + 1
	for e < len(toks) && toks[e].Newlines == 0 {
		e++
	}
	return e
}

// sitePortalWord reports a word of a site's kind before "Portal" or
// "Website": "Electronic Information Portal", "Official Website".
func sitePortalWord(w string) bool {
	switch strings.ToLower(w) {
	case "electronic", "information", "official", "web", "news", "government":
		return true
	}
	return false
}

// GovernmentLevel reports the word of a government's level before
// "Government" in its name: "KwaZulu-Natal Provincial Government", "Kelvo
// State Government" (not a headline's "Strikers Defy Government").
func GovernmentLevel(w string) bool {
	switch w {
	case "Provincial", "State", "County", "City", "Regional", "Municipal", "National", "Federal", "District", "Territory", "Local":
		return true
	}
	return false
}
