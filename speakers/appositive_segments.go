package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The segments after a name, set off by commas or parentheses, that
// parseContext reads: where one ends, whether it reads as a title, and
// the items of a parenthesis ("Jane Roe (Kelby Bank), Director, said").

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
			if depth == 0 {
				return j // the parenthesis the segment is in closes: "(Jane Roe, Director of Prices)"
			}
			depth--
		case depth > 0:
		case t.Is(":") && titleColonField(toks, j, end):
			// a post's field after a colon: "Managing Executive: Retail
			// and Business Banking at Kelvo Bank"
		case (t.Is("—") || t.Is("–")) && j > k && entities.TitleEndsAt(toks, j) && DashField(toks, j, end):
			// a post's field after a dash: "Head – Corporate
			// Communications"
		case (t.Is("—") || t.Is("–")) && closedDash(toks, j, end):
			// a dash inside a name, no space either side: "Member of
			// Parliament for South Shore–St. Margarets"
		case t.Is(",") || t.Is(";") || t.Is(":") || t.Is("—") || t.Is("–") || t.Kind == entities.QuoteMark:
			return j
		case t.Is(".") || t.Is("!") || t.Is("?"):
			return j
		}
	}
	return end
}

// titleColonField reports a colon at token j between a post's word and
// its field of capitalized words, which "at" and a body, or a comma, end
// before any quotation: "Managing Executive: Retail and Business Banking
// at Kelvo Bank, said" (not "Jane Roe, Director: “We act”").
func titleColonField(toks []entities.Token, j, end int) bool {
	if j == 0 || j+2 >= end || !entities.IsTitleWord(toks[j-1].Text) || toks[j+1].Kind != entities.Word || !toks[j+1].IsCap() || toks[j+1].Newlines > 0 {
		return false
	}
	for k := j + 2; k < end && k < j+10; k++ {
		switch {
		case toks[k].Is("at") || toks[k].Is(","):
			return k+1 < end && toks[k+1].Kind == entities.Word
		case toks[k].Kind != entities.Word || !toks[k].IsCap() && !toks[k].Is("and") && !toks[k].Is("&") && !toks[k].Is("of"):
			return false
		}
	}
	return false
}

// DashField reports one to four capitalized words after the dash at
// token j that end the segment: the field or region of the post before
// the dash ("Head – Corporate Communications,", "President – Europe.").
func DashField(toks []entities.Token, j, end int) bool {
	n := 0
	for k := j + 1; k < end; k++ {
		t := &toks[k]
		if t.Is(",") || t.Is(".") || t.Is(";") {
			return n > 0
		}
		if t.Kind != entities.Word || !(t.IsCap() || t.IsUpper() || t.Is("and") && n > 0) || n == 4 {
			return false
		}
		n++
	}
	return n > 0
}

// closedDash reports a dash at token j with no space on either side,
// between capitalized words: "South Shore–St. Margarets".
func closedDash(toks []entities.Token, j, end int) bool {
	return j > 0 && j+1 < end && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start && toks[j-1].IsCap() && toks[j+1].IsCap()
}

// segmentEndAfter is segmentEnd past the commas inside one entity's name:
// ", general secretary of the Food, Farm and Allied Workers Union, said"
// is one segment; so is a title with a list of fields before its head.
func (t *Tracker) segmentEndAfter(k, end int) int {
	toks := t.a.Tokens
	e := segmentEnd(toks, k, end)
	if e > k && e+1 < end && toks[e].Is(",") && !titleWordIn(toks, k, e) && fieldListBeforeTitle(toks, k, end) {
		// a title's fields before its head: ", Health, Safety and
		// Environment Manager at Kelvo Contracting, said" is one segment
		for e+1 < end && toks[e].Is(",") && e < k+8 {
			a := e + 1
			e = segmentEnd(toks, a, end)
			if titleWordIn(toks, a, e) {
				break // (up to the segment with the head: not the body set off after it)
			}
		}
		return e
	}
	for e > k && e+1 < end && toks[e].Is(",") {
		x := t.a.EntityIndex(e - 1)
		if x < 0 || x != t.a.EntityIndex(e+1) || t.a.Entities[x].Rule != "org-fields" {
			break // (a unit's fields are a title's: "officer in the Department of Environment, Climate Change and Health")
		}
		e = segmentEnd(toks, e+1, end)
	}
	return e
}

// untitledBody reports titles of p that name no body or place, one of
// them a state's post: "Minister of the Sea" (whose state a label line
// names next); not "head of the department at the Kelby Institute in
// Gdansk", nor "Deputy Country Director" (whose country is a field).
func (t *Tracker) untitledBody(p *Speaker) bool {
	state := false
	for _, tl := range t.titleOf[p] {
		if len(t.titleOrgs(tl.first, tl.end)) > 0 {
			return false
		}
		for k := tl.first; k < tl.end; k++ {
			switch strings.ToLower(t.a.Tokens[k].Text) {
			case "minister", "ambassador", "president", "envoy", "delegate", "representative":
				state = true
			}
		}
	}
	return state
}

// unclosedTitleEnd returns the index of a verb of saying in the segment
// [i, end) right after a capitalized word, where a capitalized title set
// off by a comma runs into the verb with no closing comma: "said" of
// "Jane Roe, Head of the Water Unit said." or "…, Head of the Health Unit
// said the clinic had …"; 0 when there is none, or when a name comes
// before the verb ("Mr. Schultz, who …, Mr. King said, has …").
func (t *Tracker) unclosedTitleEnd(i, end int) int {
	toks := t.a.Tokens
	if i >= end || !toks[i].IsCap() || !entities.IsTitleWord(strings.ToLower(toks[i].Text)) {
		return 0
	}
	for v := i + 1; v < end; v++ {
		if e := t.a.EntityAt(v); e != nil && e.Kind == entities.Person {
			return 0
		}
		switch toks[v].Text {
		case "said", "says", "added", "stated", "explained", "noted":
			if toks[v-1].IsCap() {
				return v
			}
			return 0
		}
	}
	return 0
}

// titleish reports whether tokens [i, end) read as a role: a title word
// among their first words, and no relative pronoun or verb of saying.
func (t *Tracker) titleish(i, end int) bool {
	if end <= i || end-i > 40 {
		return false
	}
	toks := t.a.Tokens
	found := fieldListBeforeTitle(toks, i, end) // "Police, Fire and Crime Commissioner"
	for j, lim := i, i+6; j < end && j < lim && !found; j++ {
		if j > i && j+2 < end && toks[j].Is("(") && toks[j+1].IsUpper() && toks[j+2].Is(")") {
			j, lim = j+2, lim+3 // a body's acronym: "The World Food Programme (WFP) Country Director"
			continue
		}
		if w := toks[j].Text; j > i && j+1 < end && toks[j].IsLower() && strings.HasSuffix(w, "ed") && !entities.IsTitleModifier(w) && (isArticle(toks[j+1].Text) || toks[j+1].Is("over")) {
			return false // a predicate before any title: "…, this Wednesday presided over the official launch"
		}
		if n, _ := entities.TitleAt(toks, j); n > 0 {
			found = true
			break
		}
		if toks[j].Kind != entities.Word && toks[j].Kind != entities.Possessive && t.a.EntityAt(j) == nil {
			break // (but inside a body's name: the slash of "PAHO/WHO Representative")
		}
	}
	if !found {
		return false
	}
	if w := toks[i].Text; i+1 < end && toks[i].IsLower() && strings.HasSuffix(w, "ed") && !entities.IsTitleModifier(w) && isArticle(toks[i+1].Text) {
		return false // a predicate: "…, presented the Secretary-General's report"
	}
	var lb [32]byte
	for j := i; j < end; j++ {
		if toks[j].IsUpper() && len(toks[j].Text) > 1 {
			continue // an acronym: "WHO Regional Director"
		}
		switch string(entities.AppendLower(lb[:0], toks[j].Text)) {
		case "who", "which", "whose", "said", "says", "told", "is", "was", "has", "had":
			return false
		}
		if w := toks[j].Text; j+1 < end && toks[j].IsLower() && strings.HasSuffix(w, "ed") && toks[j+1].Is("that") {
			return false // a verb and its clause: "The Prosecutor noted that under Indiana law, …"
		}
	}
	return true
}

// parenItem returns the item [i, c) after a name and a comma inside
// parentheses, up to the closing one: "Kelvale Lachance Securities" of
// "(Jane Roe, Kelvale Lachance Securities)"; c is 0 when there is none.
func (t *Tracker) parenItem(e *entities.Entity, end int) (i, c int) {
	toks := t.a.Tokens
	f, k := e.Tokens.First, e.Tokens.End
	if f == 0 || !toks[f-1].Is("(") || k+2 >= end || !toks[k].Is(",") {
		return 0, 0
	}
	c = k + 1
	for c < end && c < k+9 && toks[c].Kind == entities.Word && (toks[c].IsCap() || toks[c].IsUpper() || chainConnector[toks[c].Text]) {
		c++
	}
	if c == k+1 || c >= end || !toks[c].Is(")") {
		return 0, 0
	}
	return k + 1, c
}

// parenAffiliation returns the body named after a name and a comma inside
// parentheses, as a call's transcript names who asks: "Q (Jane Roe,
// Kelvale Lachance Securities):" gives "Kelvale Lachance Securities"; not
// a title there ("A (Jane Roe, Director of the Price Statistics
// Department):", which parenTitle reads).
func (t *Tracker) parenAffiliation(e *entities.Entity, end int) (orgCand, bool) {
	i, c := t.parenItem(e, end)
	if c == 0 {
		return orgCand{}, false
	}
	if o := t.a.EntityAt(i); o != nil && o.Kind == entities.Organization && o.Tokens.First == i && o.Tokens.End == c {
		return orgCand{first: i, end: c, e: o}, true
	}
	if t.namesPerson(i, c) && c-i < 3 || t.titleish(i, c) {
		return orgCand{}, false // "(Jane Roe, John Doe)": two people
	}
	return orgCand{first: i, end: c}, true
}

// parenTitle returns the title named after a name and a comma inside
// parentheses: "A (Jane Roe, Director of the Price Statistics
// Department):"; end 0 when there is none.
func (t *Tracker) parenTitle(e *entities.Entity, end int) (int, int) {
	i, c := t.parenItem(e, end)
	if c == 0 || !t.titleish(i, c) {
		return 0, 0
	}
	return i, c
}

// lettersThenUnit reports a body's letters in parentheses from token i,
// then perhaps its unit's capitalized name, up to end: "(CPS)" and
// "(CPS) West Midlands Complex Casework Unit" after "the Crown
// Prosecution Service".
func (t *Tracker) lettersThenUnit(i, end int) bool {
	toks := t.a.Tokens
	if i+2 >= end || !toks[i].Is("(") || !acronymEnds(toks, i+3) {
		return false
	}
	for k := i + 3; k < end; k++ {
		if toks[k].Kind != entities.Word || !toks[k].IsCap() && !toks[k].IsUpper() {
			return false
		}
	}
	return true
}

// ownWordPost returns the "of" or "for" of a segment [i, end) right after
// a name that is a post called by its own word, one or two capitalized
// words the last of which the lexicon does not know, then "of" or "for"
// and a body's capitals: "Sarpanch of Nunna Gram Panchayat", "Dike Reeve
// of Water Board Kelvo Delta"; 0 for none. A post whatever the recognizer
// made of it; a common word opens a body ("Friends of the Earth"), a
// place a home ("Kelvo of …" is none).
func (t *Tracker) ownWordPost(i, end int) int {
	toks := t.a.Tokens
	o := t.a.PostOfWords(i, end)
	if o == 0 {
		return 0
	}
	w := toks[o-1].Text
	if entities.CommonWord(w) || entities.ProperWord(w) || entities.IsPlace(w) || t.families[strings.ToLower(w)] != nil || t.given[strings.ToLower(w)] != nil {
		return 0
	}
	a := o + 1 + btoi(toks[o+1].Is("the"))
	if a < end && capWords(toks, a, end) {
		return o
	}
	return 0
}

// definedBody reports one token [i, end) that is the letters of a body
// the text names in full: "KBH" after "Kallang Bay Hospital (KBH)", no
// degree ("Jane Roe, Senior Consultant, KBH").
func (t *Tracker) definedBody(i, end int) bool {
	if end-i != 1 {
		return false
	}
	e := t.a.EntityAt(i)
	return e != nil && e.Kind == entities.Organization && e.Tokens.First == i && e.Tokens.End == end && e.Expansion != ""
}

// onBehalfOfPerson reports a segment [i, end) that opens with "on behalf
// of" and a person's name (after "the" and a style): "on behalf of the
// Honourable Jane Roe".
func (t *Tracker) onBehalfOfPerson(i, end int) bool {
	toks := t.a.Tokens
	if i+3 >= end || !toks[i].IsFold("on") || !toks[i+1].Is("behalf") || !toks[i+2].Is("of") {
		return false
	}
	for k := i + 3; k < end && k < i+8; k++ {
		if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k {
			return true
		}
		if !toks[k].IsCap() && !toks[k].Is("the") && !toks[k].Is(".") {
			return false
		}
	}
	return false
}

// behalfBody returns the body a sentence says its one named person acted
// on behalf of: "Jane Roe, MPP for Kelvo Centre, attended on behalf of the
// Province of Kelvo", "The plant was commissioned on behalf of the Kelvo
// State Government by the Commissioner for Agriculture, Hon. Jane Roe".
// A sentence that names another person gives none. The sentence is read
// once, whoever of its names asks (sentenceBehalf).
func (t *Tracker) behalfBody(e *entities.Entity, si int) (orgCand, bool) {
	b := t.sentenceBehalf(si)
	if !b.ok || len(b.people) > 1 || len(b.people) == 1 && b.people[0] != e {
		return orgCand{}, false // another person: whose behalf is unclear
	}
	return b.body, true
}

// behalf is what a sentence says about acting on someone's behalf: the one
// body after "on behalf of", or the place whose head an official
// represents ("the Governor of Kelvo State, represented by …") (ok), and
// the names of two words or more it holds.
type behalf struct {
	body   orgCand
	ok     bool
	people []*entities.Entity
}

// sentenceBehalf reads sentence si for behalfBody, once.
func (t *Tracker) sentenceBehalf(si int) behalf {
	return remember(t, "behalf "+itoa(si), func() behalf {
		toks := t.a.Tokens
		s := &t.a.Sentences[si]
		var b behalf
		n := 0
		for k := s.Tokens.First; k+3 < s.Tokens.End; k++ {
			if x := t.a.EntityAt(k); x != nil && x.Kind == entities.Person && x.Tokens.First == k && x.Tokens.Len() > 1 {
				b.people = append(b.people, x)
			}
			if toks[k].Is("represented") && toks[k+1].Is("by") && k > 4 && toks[k-1].Is(",") {
				// a place's head represented by an official: "commissioned by
				// the Executive Governor of Kelvo State, represented by the
				// Commissioner for Industry, Hon. Jane Roe"
				if pl := t.a.EntityAt(k - 2); pl != nil && pl.Kind == entities.Place && pl.Tokens.End == k-1 && pl.Tokens.First > 1 && toks[pl.Tokens.First-1].Is("of") && entities.IsTitleWord(toks[pl.Tokens.First-2].Text) {
					b.body, n = orgCand{first: pl.Tokens.First, end: pl.Tokens.End, e: pl}, n+1
				}
				continue
			}
			if !toks[k].Is("on") || !toks[k+1].Is("behalf") || !toks[k+2].Is("of") {
				continue
			}
			a := k + 3
			if toks[a].Is("the") {
				a++
			}
			if a+2 < s.Tokens.End && toks[a+1].Is("of") && polityHead(toks[a].Text) {
				if pl := t.a.EntityAt(a + 2); pl != nil && pl.Kind == entities.Place && pl.Tokens.First == a+2 {
					b.body, n = orgCand{first: a, end: pl.Tokens.End}, n+1 // a polity by its formal name: "the Province of Kelvo"
					continue
				}
			}
			o := t.a.EntityAt(a)
			if h, _ := entities.OrgHead(toks[a].Text); (o == nil || o.Tokens.Len() == 1 && o.Kind == entities.Organization) && h && a > k+3 && toks[a].IsCap() && (a+1 >= s.Tokens.End || !toks[a+1].IsCap()) {
				if e, amb := t.orgEndingIn(toks[a].Text); e != nil && !amb {
					b.body, n = orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, n+1 // "the Forum": the one body the text names with that head ("speaking on behalf of the Forum" after "the Kelvo Pastoralist Forum")
					continue
				}
			}
			if o == nil || o.Tokens.First != a || o.Kind != entities.Organization {
				n = -1 << 30 // a behalf that is no body's: none
				continue
			}
			b.body, n = orgCand{first: o.Tokens.First, end: o.Tokens.End, e: o}, n+1
		}
		b.ok = n == 1
		return b
	})
}

// polityHead reports the head of a polity's formal name before "of" and
// the place: "Province of Kelvo", "State of …", "Government of …", "City
// of …", "Republic of …".
func polityHead(w string) bool {
	switch w {
	case "Province", "State", "Government", "City", "County", "Republic", "Kingdom", "Commonwealth", "Municipality", "Town":
		return true
	}
	return false
}
