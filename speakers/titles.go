package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// parseContext reads the titles and honorific around one name mention:
// a pre-nominal chain ("Chairperson of the FSC and Permanent Representative
// of Sweden to the OSCE Ambassador Ulrika Funered"), a parenthesis ("Ismail
// Ertug (S&D, DE)") and appositives ("Ana Hinojosa, Director of ..., said").
func (t *Tracker) parseContext(p *Speaker, e *entities.Entity) {
	toks := t.a.Tokens
	si := t.a.SentenceOf(e.Tokens.First)
	if si < 0 {
		return
	}
	s := &t.a.Sentences[si]
	// Honorific right before the name.
	first := e.Tokens.First
	rank := -1
	if first > s.Tokens.First && toks[first-1].Kind == entities.Word {
		if g, ok := entities.Honorific(toks[first-1].Text); ok && toks[first-1].IsCap() {
			if p.Honorific == "" {
				p.Honorific = toks[first-1].Text
			}
			if entities.IsTitleWord(toks[first-1].Text) && strings.ToLower(toks[first-1].Text) != "dr" {
				rank = first - 1 // a rank that is also a post: "Professor", "Ambassador"
			}
			if p.Gender == entities.UnknownGender {
				p.Gender = g
			}
			first--
		}
	}
	if c := t.chainStart(first, s.Tokens.First); c < first {
		t.addTitles(p, c, first)
	}
	if b0, b1 := t.titleBefore(first, s.Tokens.First); b1 > b0 {
		t.addTitles(p, b0, b1) // "The Special Representative of the OSCE, Ambassador Jane Roe, said"
	}
	if rank >= 0 {
		t.addTitle(p, rank, rank+1)
	}
	k := e.Tokens.End
	if d0, d1 := t.copular(k, s.Tokens.End); d1 > d0 {
		t.addTitles(p, d0, d1) // "Jane Roe is currently a professor at Kelvale University."
		return
	}
	if k < s.Tokens.End && toks[k].Is("(") {
		if end := closeParen(toks, k, s.Tokens.End); end > 0 {
			t.addAffiliations(p, k+1, end-1)
			k = end
		}
	}
	for k < s.Tokens.End && toks[k].Is(",") {
		end := segmentEnd(toks, k+1, s.Tokens.End)
		seg0 := k + 1
		for seg0 < end && isArticle(toks[seg0].Text) {
			seg0++
		}
		if end-seg0 == 1 && toks[seg0].Kind == entities.Number { // an age: "Smith, 45, said"
			k = end
			continue
		}
		if companion(toks, seg0, end) { // "Jane Roe, together with John Doe, announced"
			k = end
			continue
		}
		if credential(toks, seg0, end) { // "Jane Roe, MD, PhD, a surgeon at …"
			t.addTitle(p, seg0, end)
			t.titleOf[p][len(t.titleOf[p])-1].credential = true
			k = end
			continue
		}
		if t.titleish(seg0, end) || seg0 > k+1 && t.description(seg0, end) || t.abbreviatedTitle(seg0, end) {
			t.addTitles(p, seg0, end)
			k = end
			continue
		}
		if ts := t.titleOf[p]; len(ts) > 0 && ts[len(ts)-1].end == k && seg0 == k+1 && t.qualifier(seg0, end) {
			// "Executive Vice President, Marketing & Strategy": the field of
			// the title before.
			t.extendTitle(p, end)
			k = end
			continue
		}
		if len(t.titleOf[p]) > 0 && t.apposOrg[p] == nil && seg0 == k+1 {
			// "Vice President, Acme Robotics, Inc.": the body the titles
			// before belong to.
			oe := end
			if oe+1 < s.Tokens.End && toks[oe].Is(",") && isCorpSuffix(toks[oe+1].Text) {
				oe += 2
			}
			if re := t.capRunOrg(seg0, oe); re == oe {
				if c, ok := t.runCand(seg0, oe); ok && (c.e == nil && t.orgShaped(seg0, oe) || c.e != nil && c.e.Kind == entities.Organization) {
					// (a place there is where the body before it is: "University of Kelvale, San Diego")
					t.apposOrg[p] = &c
					k = oe
					continue
				}
			}
		}
		break
	}
}

// orgShaped reports a run that reads as an organization's name on its
// own: it has a legal suffix or an organization's head ("Zentrix Robotics,
// Inc.", "Kelvale Institute"), or a word in capitals or one the lists
// know only as a name; not a field in common words ("Plastic and
// Reconstructive Surgery").
func (t *Tracker) orgShaped(i, end int) bool {
	toks := t.a.Tokens
	for k := i; k < end; k++ {
		w := toks[k].Text
		if isCorpSuffix(w) || toks[k].IsUpper() && len(w) > 1 || entities.ProperWord(w) {
			return true
		}
		if head, _ := entities.OrgHead(w); head && k == end-1 {
			return true
		}
	}
	return false
}

// abbreviatedTitle reports an appositive that opens with an abbreviated
// role in capitals before the body it serves: "GM at Zentrix", "SVP of
// Sales".
func (t *Tracker) abbreviatedTitle(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 3 || end-i > 10 || !toks[i].IsUpper() || len(toks[i].Text) < 2 || len(toks[i].Text) > 4 {
		return false
	}
	return toks[i+1].Is("at") || toks[i+1].Is("of") || toks[i+1].Is("for")
}

// qualifier reports a short run of capitalized common words with "&" or
// "and": the field of the title before it ("Marketing & Strategy",
// "Research and Development").
func (t *Tracker) qualifier(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 1 || end-i > 6 {
		return false
	}
	for k := i; k < end; k++ {
		tk := &toks[k]
		switch {
		case tk.Is("&") || tk.Is("and"):
		case tk.Kind == entities.Word && tk.IsCap() && entities.CommonWord(tk.Text) && !entities.ProperWord(tk.Text) && !(t.isPersonToken(k) && t.a.EntityAt(k).Tokens.Len() > 1):
			if n, _ := entities.TitleAt(toks, k); n > 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// extendTitle makes the person's last title, which ends where the
// qualifier's comma is, run to token end.
func (t *Tracker) extendTitle(p *Speaker, end int) {
	toks := t.a.Tokens
	ts := t.titleOf[p]
	last := &ts[len(ts)-1]
	old := last.In(t.text)
	last.end = end
	last.Span.End = toks[end-1].End
	for i := len(p.Titles) - 1; i >= 0; i-- {
		if p.Titles[i] == old {
			p.Titles[i] = last.In(t.text)
			return
		}
	}
}

// titleBefore returns a title set off before a name by a comma, when
// it is a definite description: "The Special Representative of the
// Chairperson-in-Office in Ukraine (TCG), Ambassador Jane Roe, made the
// following statement". k is the name (or its honorific); [0, 0) when
// there is none.
func (t *Tracker) titleBefore(k, sentStart int) (int, int) {
	toks := t.a.Tokens
	if k-3 < sentStart || !toks[k-1].Is(",") {
		return 0, 0
	}
	j, depth := k-2, 0
	for ; j >= sentStart && k-j < 40; j-- {
		tk := &toks[j]
		switch {
		case tk.Is(")"):
			depth++
		case tk.Is("("):
			depth--
		case depth == 0 && (tk.Is(",") || tk.Is(";") || tk.Is(":") || tk.Is("–") || tk.Is("—") || tk.Kind == entities.QuoteMark):
			goto found
		}
	}
found:
	st := j + 1
	if st >= k-1 || !(toks[st].Is("The") || toks[st].Is("the")) || !t.titleish(st+1, k-1) {
		return 0, 0
	}
	return st + 1, k - 1
}

// copular returns the description a person is said to be right after the
// name: "Jane Roe is currently a professor at Kelvale University", "Roe
// was the lead author of the study". The description runs to the next
// comma or the sentence's end; [0, 0) when there is none.
func (t *Tracker) copular(k, end int) (int, int) {
	toks := t.a.Tokens
	if k+2 >= end || !(toks[k].Is("is") || toks[k].Is("was")) {
		return 0, 0
	}
	k++
	for k < end && (toks[k].Is("now") || toks[k].Is("currently") || toks[k].Is("also")) {
		k++
	}
	if k >= end || !(toks[k].Is("a") || toks[k].Is("an") || toks[k].Is("the")) {
		return 0, 0
	}
	k++
	e := segmentEnd(toks, k, end)
	if e-k < 1 || e-k > 16 || !t.titleish(k, e) {
		return 0, 0
	}
	return k, e
}

// companion reports a segment that names others beside the person:
// "together with John Doe", "along with", "joined by", "accompanied by",
// "alongside", "as well as".
func companion(toks []entities.Token, i, end int) bool {
	if end-i < 2 {
		return false
	}
	a, b := &toks[i], &toks[i+1]
	return (a.IsFold("together") || a.IsFold("along")) && b.IsFold("with") || (a.IsFold("joined") || a.IsFold("accompanied")) && b.IsFold("by") ||
		a.IsFold("alongside") || a.IsFold("as") && b.IsFold("well")
}

// credential reports a degree or post-nominal set off by commas after a
// name: "MD", "M.D.", "Ph.D", "PhD", "MSc", "FRCP", "M.P.H.".
func credential(toks []entities.Token, i, end int) bool {
	if end-i < 1 || end-i > 4 {
		return false
	}
	letters := 0
	for k := i; k < end; k++ {
		tk := &toks[k]
		switch {
		case tk.Is("."):
			continue
		case tk.Kind != entities.Word || !startsUpper(tk.Text):
			return false
		}
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return false // "CEO", "CFO": a role, not a degree
		}
		upper := 0
		for _, c := range tk.Text {
			switch {
			case 'A' <= c && c <= 'Z':
				upper++
				letters++
			case 'a' <= c && c <= 'z':
				letters++
			case c == '.':
			default:
				return false
			}
		}
		if upper < 2 && !strings.Contains(tk.Text, ".") {
			return false // "Jr", "Inc": not a degree
		}
	}
	return letters >= 2 && letters <= 6
}

func isArticle(w string) bool {
	return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The"
}

// closeParen returns the index after the ")" matching the "(" at k, or 0.
func closeParen(toks []entities.Token, k, end int) int {
	for j := k + 1; j < end && j < k+12; j++ {
		if toks[j].Is(")") {
			return j + 1
		}
		if toks[j].Is("(") {
			return 0
		}
	}
	return 0
}

// segmentEnd returns the end of an appositive segment starting at k: the
// next comma, semicolon, colon, dash or quotation mark outside
// parentheses, or the sentence end.
func segmentEnd(toks []entities.Token, k, end int) int {
	depth := 0
	for j := k; j < end; j++ {
		t := &toks[j]
		switch {
		case t.Is("("):
			depth++
		case t.Is(")"):
			depth--
		case depth > 0:
		case t.Is(",") || t.Is(";") || t.Is(":") || t.Is("—") || t.Is("–") || t.Kind == entities.QuoteMark:
			return j
		case t.Is(".") || t.Is("!") || t.Is("?"):
			return j
		}
	}
	return end
}

// titleish reports whether tokens [i, end) read as a role: a title word
// among their first words, and no relative pronoun or verb of saying.
func (t *Tracker) titleish(i, end int) bool {
	if end <= i || end-i > 40 {
		return false
	}
	toks := t.a.Tokens
	found := false
	for j := i; j < end && j < i+6; j++ {
		if n, _ := entities.TitleAt(toks, j); n > 0 {
			found = true
			break
		}
		if toks[j].Kind != entities.Word && toks[j].Kind != entities.Possessive {
			break
		}
	}
	if !found {
		return false
	}
	for j := i; j < end; j++ {
		switch strings.ToLower(toks[j].Text) {
		case "who", "which", "whose", "said", "says", "told", "is", "was", "has", "had":
			return false
		}
	}
	return true
}

// description reports whether tokens [i, end), after an article that
// follows a name and its comma, describe the person: a noun phrase with no
// verb, whose role the lists need not know ("Jane Roe, an emergency
// medicine physician at Kelvale Health, said").
func (t *Tracker) description(i, end int) bool {
	if end-i < 1 || end-i > 25 {
		return false
	}
	toks := t.a.Tokens
	for j := i; j < end; j++ {
		tk := &toks[j]
		if tk.Kind == entities.QuoteMark {
			return false
		}
		switch strings.ToLower(tk.Text) {
		case "who", "which", "whose", "that", "said", "says", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would":
			return false
		}
	}
	last := strings.ToLower(toks[end-1].Text)
	return toks[i].Kind == entities.Word && !strings.HasSuffix(last, "ing") && !strings.HasSuffix(last, "ed")
}

// chainStart walks left from token k over a pre-nominal title chain and
// returns where it starts (k when there is none).
func (t *Tracker) chainStart(k, sentStart int) int {
	toks := t.a.Tokens
	j := k
	for j > sentStart {
		tk := &toks[j-1]
		ok := false
		switch tk.Kind {
		case entities.Word:
			lw := strings.ToLower(tk.Text)
			switch {
			case t.isPersonToken(j - 1):
				// "Clinton’s campaign manager", "Clinton aide": a person as
				// a modifier, never a person listed before ("Kerry and ...").
				ok = j < k && (toks[j].Kind == entities.Possessive || entities.IsTitleWord(toks[j].Text) || entities.IsTitleModifier(toks[j].Text))
			case tk.IsCap() || tk.IsUpper():
				ok = !stopCap(tk.Text, j-1 == sentStart) || t.a.EntityAt(j-1) != nil ||
					j < k && placeHead(toks[j].Text) && toks[j].IsCap() // "Cook County State’s Attorney"
			case entities.IsTitleWord(tk.Text) || entities.IsTitleModifier(tk.Text):
				ok = true
			case chainConnector[lw]:
				ok = j < k
			case j < k && tk.IsLower() && entities.IsTitleWord(toks[j].Text) && entities.CommonWord(tk.Text) && !chainStop(lw):
				ok = true // a noun before a title's head: "study leader", "staff scientist"
			}
			if !ok {
				if n, _ := entities.TitleAt(toks, j-1); n > 0 {
					ok = true
				}
			}
		case entities.Possessive, entities.Number:
			ok = j < k
		}
		if !ok {
			break
		}
		j--
	}
	// Trim connectors and articles at the start; require a title word.
	for j < k && (chainConnector[strings.ToLower(toks[j].Text)] || toks[j].Kind == entities.Possessive) {
		j++
	}
	hasTitle := false
	for x := j; x < k; x++ {
		if n, _ := entities.TitleAt(toks, x); n > 0 {
			hasTitle = true
			break
		}
	}
	if !hasTitle {
		return k
	}
	return j
}

// chainStop reports lower-case words that never modify a title's head:
// verbs and function words ("said", "by", "with", "new").
func chainStop(w string) bool {
	switch w {
	case "said", "says", "told", "added", "by", "with", "from", "as", "is", "was", "are", "were", "has", "had", "have",
		"be", "been", "who", "that", "which", "when", "while", "if", "not", "also", "then", "now", "new", "our", "their",
		"his", "her", "its", "my", "your", "a", "an", "this", "these", "those", "every", "each", "some", "any":
		return true
	}
	return strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

var chainConnector = map[string]bool{"of": true, "the": true, "and": true, "to": true, "at": true, "for": true, "in": true, "on": true, "&": true}

// stopCap reports capitalized words that never belong to a title chain:
// function words and sentence-initial common words ("Opening", "But").
func stopCap(w string, sentenceStart bool) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "but", "and", "in", "on", "at", "as", "when", "while", "after", "before", "if", "then", "meanwhile", "however", "also", "said", "says":
		return true
	}
	return sentenceStart && entities.CommonWord(w) && !entities.IsTitleWord(w) && !entities.IsTitleModifier(w) && !entities.ProperWord(w)
}

func (t *Tracker) isPersonToken(i int) bool {
	e := t.a.EntityAt(i)
	return e != nil && e.Kind == entities.Person
}

// addTitles splits tokens [i, end) into titles at commas and at "and"
// before a new title, and records them.
func (t *Tracker) addTitles(p *Speaker, i, end int) {
	toks := t.a.Tokens
	start := i
	depth := 0
	flush := func(e int) {
		for start < e && (toks[start].Is(",") || toks[start].Is("and")) {
			start++
		}
		for e > start && (toks[e-1].Is(",") || toks[e-1].Is("and")) {
			e--
		}
		if e > start {
			t.addTitle(p, start, e)
		}
		start = e
	}
	for j := i; j < end; j++ {
		switch {
		case toks[j].Is("("):
			depth++
		case toks[j].Is(")"):
			depth--
		case depth > 0:
		case toks[j].Is(","):
			flush(j)
		case toks[j].Is("and") && j+1 < end && startsTitle(toks, j+1, end):
			flush(j)
		}
	}
	flush(end)
}

// startsTitle reports whether a title begins at token j: "former Foreign
// Minister", "Permanent Representative", "a spokeswoman".
func startsTitle(toks []entities.Token, j, end int) bool {
	for k := j; k < end && k < j+4; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return true
		}
		w := toks[k].Text
		if !(entities.IsTitleModifier(w) || isArticle(w) || toks[k].IsCap()) {
			return false
		}
	}
	return false
}

func (t *Tracker) addTitle(p *Speaker, i, end int) {
	toks := t.a.Tokens
	sp := entities.Span{Start: toks[i].Start, End: toks[end-1].End}
	for _, x := range t.titleOf[p] {
		if strings.EqualFold(x.In(t.text), sp.In(t.text)) {
			return
		}
	}
	former := false
	for k := i; k < end && k < i+3; k++ {
		for _, w := range [...]string{"former", "ex", "then", "erstwhile", "onetime", "one-time", "late"} {
			if toks[k].IsFold(w) {
				former = true
			}
		}
	}
	t.titleOf[p] = append(t.titleOf[p], title{Span: sp, first: i, end: end, former: former})
	p.Titles = append(p.Titles, sp.In(t.text))
	if p.Gender == entities.UnknownGender {
		for k := i; k < end; k++ {
			if toks[k].Kind != entities.Word || t.a.EntityAt(k) != nil {
				continue // a name, place or body says no gender
			}
			if _, g := entities.TitleAt(toks, k); g != entities.UnknownGender {
				p.Gender = g
			}
		}
	}
}

// addAffiliations records the organizations and places of a parenthesis
// after a name: "(S&D, DE)", "(R-Texas)".
func (t *Tracker) addAffiliations(p *Speaker, i, end int) {
	toks := t.a.Tokens
	// The parenthesis lists its items between commas; an item is an
	// entity, or its words as written ("17th District – Springfield").
	for j := i; j < end; {
		for j < end && (toks[j].Is(",") || toks[j].Is("-")) {
			j++
		}
		c := j
		for c < end && !toks[c].Is(",") {
			c++
		}
		if c == j {
			break
		}
		if e := t.a.EntityAt(j); e != nil && e.Kind != entities.Person && e.Tokens.First == j && e.Tokens.End >= c {
			if e.Kind == entities.Organization && t.party[p] == nil {
				t.party[p] = e // the first organization of the parenthesis: a party or group
			}
			p.Affiliations = appendOrg(p.Affiliations, t.fullOrg(e))
			j = max(c, e.Tokens.End)
			continue
		}
		if c-j == 1 || c-j == 3 && toks[j+1].Is("-") {
			// "(R-Texas)" as one token or three: a party and a place.
			for k := j; k < c; k++ {
				if toks[k].Is("-") {
					continue
				}
				o := Org{Name: toks[k].Text}
				if e := t.a.EntityAt(k); e != nil && e.Kind != entities.Person {
					o = t.fullOrg(e)
					if e.Kind == entities.Organization && t.party[p] == nil {
						t.party[p] = e
					}
				}
				p.Affiliations = appendOrg(p.Affiliations, o)
			}
			j = c
			continue
		}
		p.Affiliations = appendOrg(p.Affiliations, Org{Name: t.text[toks[j].Start:toks[c-1].End]})
		j = c
	}
}

// orgOf names the organization or place an entity stands for. An acronym
// is named by its expansion ("EP" is the European Parliament), unless the
// organization goes by its acronym ("INTERPOL").
func orgOf(e *entities.Entity) Org {
	switch {
	case e.Expansion != "" && e.Kind == entities.Organization && !strings.EqualFold(e.Expansion, e.Text):
		if o, ok := entities.LookupOrg(e.Text); ok && o.ByAcronym {
			return Org{Name: e.Text}
		}
		return Org{Name: e.Expansion, Acronym: e.Text}
	case e.Acronym != "":
		return Org{Name: e.Text, Acronym: e.Acronym}
	case e.Kind == entities.Place && e.Canonical != "":
		return Org{Name: e.Canonical}
	}
	return Org{Name: e.Text}
}

func appendOrg(list []Org, o Org) []Org {
	for i, x := range list {
		if strings.EqualFold(x.Name, o.Name) || o.Acronym != "" && strings.EqualFold(x.Acronym, o.Acronym) ||
			x.Acronym != "" && strings.EqualFold(x.Acronym, o.Name) || o.Acronym != "" && strings.EqualFold(x.Name, o.Acronym) {
			if o.Acronym != "" && x.Acronym == "" {
				list[i] = o
			}
			return list
		}
	}
	return append(list, o)
}

// representative heads name the country or body a person represents:
// "Permanent Representative of Sweden to the OSCE" speaks for Sweden.
var representative = map[string]bool{"representative": true, "ambassador": true, "envoy": true, "delegate": true, "consul": true, "emissary": true}

// finishPerson chooses the organization a person speaks for and their
// affiliations, from the titles gathered over all mentions: the
// country a representative represents, else the last body a current title
// names, else the issuer of the release when the person has a current
// title that names none ("said Jane Roe, CFO").
func (t *Tracker) finishPerson(p *Speaker) {
	toks := t.a.Tokens
	var chosen *orgCand
	repFound, current := false, false
	var orgs []orgCand
	best, bestTitle := 0, -1 // the strength of chosen, and the title it is in
	for ti, tl := range t.titleOf[p] {
		if tl.credential {
			continue // "MD" is a degree, not Maryland
		}
		cands := t.titleOrgs(tl.first, tl.end)
		for i := range cands {
			c := &cands[i]
			orgs = append(orgs, *c)
			if tl.former || repFound {
				continue
			}
			if c.e != nil && c.e.Kind == entities.Place && c.first >= 2 && toks[c.first-1].Is("of") && representative[strings.ToLower(toks[c.first-2].Text)] {
				chosen, repFound = c, true
				continue
			}
			// The strongest body of the first title that names one; within
			// a title, the last: "Director of the Unit at the Agency".
			if s := t.strength(*c); s > best || s == best && ti == bestTitle {
				chosen, best, bestTitle = c, s, ti
			}
		}
		if !tl.former {
			current = true
		}
	}
	if party := t.party[p]; party != nil && !repFound {
		// "Ismail Ertug (S&D, DE)": the party or group speaks for them.
		if chosen != nil {
			p.Affiliations = appendOrg(p.Affiliations, t.candOrg(*chosen))
		}
		chosen = &orgCand{first: party.Tokens.First, end: party.Tokens.End, e: party}
		var rest []Org
		po := t.fullOrg(party)
		for _, o := range p.Affiliations {
			if !strings.EqualFold(o.Name, po.Name) {
				rest = append(rest, o)
			}
		}
		p.Affiliations = rest
	}
	if ao := t.apposOrg[p]; ao != nil && !repFound && t.party[p] == nil {
		chosen = ao // "…, Vice President, Acme Robotics, Inc."
		orgs = append(orgs, *ao)
	}
	var chamber Org
	if chosen == nil {
		chamber = t.chamber(p)
	}
	switch {
	case chosen != nil:
		p.Organization = t.candOrg(*chosen)
	case chamber.Name != "":
		p.Organization = chamber
	case current && t.issuer.Name != "":
		p.Organization = t.issuer
	}
	for _, c := range orgs {
		if chosen != nil && c.first == chosen.first || c.unit {
			continue
		}
		o := t.candOrg(c)
		if strings.EqualFold(o.Name, p.Organization.Name) {
			continue
		}
		p.Affiliations = appendOrg(p.Affiliations, o)
	}
}

// strength ranks a title's body as the organization a person speaks for:
// 3 for an organization ("Acme Robotics Inc.", "the Kelvale Institute",
// anything after "at"), 2 for a place or a name the lists don't know
// ("professor of Neurosurgery"), 1 for a sub-body ("the Governing Board").
func (t *Tracker) strength(c orgCand) int {
	toks := t.a.Tokens
	in := c.first > 0 && toks[c.first-1].Is("in") || c.first > 1 && toks[c.first-1].Is("the") && toks[c.first-2].Is("in")
	switch {
	case c.unit:
		return 1
	case in:
		return 2 // where the post is: "… of the OSCE in the Contact Group"
	case c.e != nil && c.e.Kind == entities.Organization:
		return 3
	case c.first > 0 && toks[c.first-1].Is("at") || c.first > 1 && toks[c.first-1].Is("the") && toks[c.first-2].Is("at"):
		return 3
	}
	if head, _ := entities.OrgHead(toks[c.end-1].Text); head {
		return 3
	}
	return 2
}

// fullOrg names an organization by its fullest form in the text: an
// acronym stated elsewhere ("FSC") is named by its expansion.
func (t *Tracker) fullOrg(e *entities.Entity) Org {
	o := orgOf(e)
	if o.Acronym == "" && e.Expansion != "" {
		// An acronym whose expansion the text states somewhere.
		for i := range t.a.Entities {
			x := &t.a.Entities[i]
			if x.Acronym == e.Text && x.Text == e.Expansion {
				return Org{Name: x.Text, Acronym: e.Text}
			}
		}
	}
	return o
}

// chamber returns the chamber a member of the US Congress sits in, when
// the text speaks of Congress and a current title is a bare member's:
// "Congresswoman Roe" sits in the U.S. House of Representatives, "Senator
// Doe" in the U.S. Senate; not "State Senator Doe" or "Representative of
// Ruritania to the UN".
func (t *Tracker) chamber(p *Speaker) Org {
	if !t.congress() {
		return Org{}
	}
	toks := t.a.Tokens
	for _, ti := range t.titleOf[p] {
		if ti.former || ti.credential || ti.end-ti.first > 2 {
			continue
		}
		if ti.end-ti.first == 2 && !toks[ti.first].IsFold("U.S.") {
			continue
		}
		switch strings.ToLower(strings.TrimSuffix(toks[ti.end-1].Text, ".")) {
		case "congressman", "congresswoman", "congressmember", "representative", "rep":
			return Org{Name: "U.S. House of Representatives"}
		case "senator", "sen":
			return Org{Name: "U.S. Senate"}
		}
	}
	return Org{}
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
