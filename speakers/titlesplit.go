package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// A run of titles split into titles and recorded: at commas, and at
// "and" or "&" before a new title ("President and CEO", "President & CEO"
// give two; "Police and Crime Commissioner", "Chief Legal and Risk
// Officer" one).

// addTitles splits tokens [i, end) into titles at commas and at "and"
// or "&" before a new title, and records them.
func (t *Tracker) addTitles(p *Speaker, i, end int) {
	toks := t.a.Tokens
	end = kinTail(toks, i, end)
	if s := styleLead(toks, i, end); s > i {
		t.addTitle(p, i, s) // "Rt. Hon." of "the Rt. Hon. Speaker of Parliament"
		i = s
		if toks[i].Is("the") {
			i++ // "H.E. the Governor of Kelvo County"
		}
	}
	start := i
	depth := 0
	flush := func(e int) {
		for start < e && (toks[start].Is(",") || toks[start].Is("and") || toks[start].Is("&")) {
			start++
		}
		for e > start && (toks[e-1].Is(",") || toks[e-1].Is("and") || toks[e-1].Is("&")) {
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
		case toks[j].Is(",") && t.capitalItems(j+1, end) && fieldBefore(toks, start, j):
			// the rest of a field's list: "Vice-President for Agriculture,
			// Human and Social Development"
		case toks[j].Is(",") && (entities.TitleEndsAt(toks, j) || regionNumber(toks, j+1, end)) && t.fieldNext(j+1, end):
			// a title's field: "General Manager, Public Lighting", "Director
			// General for Investment, Region 2"
		case toks[j].Is(",") && j > start && fieldListBeforeTitle(toks, j-1, end):
			// an item of the portfolio before the post's head: "Police,
			// Fire and Crime Commissioner"
		case toks[j].Is(",") && j > start && entities.TitleEndsAt(toks, j) && (t.orgSpans(j+1, end) && isOrgHead(toks[j+1].Text) || t.orgWithLetters(j+1, end)):
			// the body set off after a bare post, to the run's end, named head
			// first or with its letters: "Secretary, Ministry of Women and
			// Children Affairs (MoWCA)" (not "Police Public Relations Officer,
			// Lagos State Command", whose letters "PPRO" stand for the post)
		case toks[j].Is(",") && j > start && titleWordIn(toks, start, j) && t.placeItem(j+1, end):
			// the place of the post before, set off: "Commissioner for
			// Energy and Mineral Resources, Kelvo State"
		case toks[j].Is(",") && legalFormNext(toks, j+1, end):
			// a company's legal form closes its name: "CEO of Kelvo
			// Robotics, Inc.", "of Kelvo Peninsular, S.A. de C.V."
		case toks[j].Is(",") && t.insideOrg(j):
			// a comma inside a body's name: "Secretary to the Ministry of
			// Finance, Planning and Economic Development"
		case toks[j].Is(",") && t.apposOrg[p] == nil && t.unitThenBody(start, j, end) >= j:
			// a post, its unit, then the body: "Principal Secretary, Water
			// Resources Department, Government of Kelvo"; the unit is the
			// post's, the body the one the holder serves
			c := t.unitThenBody(start, j, end)
			flush(c)
			t.apposOrg[p] = &orgCand{first: c + 1, end: end, e: t.a.EntityAt(c + 1)}
			start, j = end, end
		case toks[j].Is(","):
			flush(j)
		case j > start && styleAbbrev(toks, j):
			flush(j) // "Housing Committee chair Sen. Tom Reyes": the post, then the style
		case j > start && j+1 == end && (seatStyle(toks, j) || ministerThenSenator(toks, start, end)):
			flush(j) // "General Secretary Senator Jane Roe": the post, then the seat
		case (toks[j].Is("and") || toks[j].Is("&")) && j+1 < end && startsTitle(toks, j+1, end) && !ministerThenSenator(toks, start, end) && !untitledCaps(toks, start, j, end) && !headlessBefore(toks, start, j) && !sharedComplement(toks, start, j, end) && !fieldListBeforeTitle(toks, start, end):
			flush(j) // (not after capitalized words that hold no title: "Police and Crime Commissioner" is one post)
		}
	}
	flush(end)
}

// kinTail returns where a person's kinship joined to a post by "and"
// starts, no title and no body's post: "Chairperson of Kelvo Foods and
// daughter of the company's founder" ends before "and" (not "farmer and
// mother of three", a description of her own); end when there is none.
func kinTail(toks []entities.Token, i, end int) int {
	for k := i + 1; k+2 < end; k++ {
		if toks[k].Is("and") && entities.Kinship(toks[k+1].Text) && toks[k+1].IsLower() && toks[k+2].Is("of") && k+3 < end && (toks[k+3].Is("the") || toks[k+3].IsCap()) {
			return k
		}
	}
	return end
}

// legalFormNext reports a company's legal form from token i to the next
// comma or end: "Inc." or "S.A. de C.V." after "Kelvo Robotics,".
func legalFormNext(toks []entities.Token, i, end int) bool {
	e := i
	for e < end && !toks[e].Is(",") {
		e++
	}
	return e > i && entities.LegalFormStart(toks, i, e) == i
}

// sharedComplement reports a post of two or more capitalized words with
// no complement of its own at [start, j), "and", and a post whose
// complement after "for" names its remit at (j, end): the remit is both
// posts', one title ("Special Representative and Co-ordinator for
// Combating Trafficking", not "President and CEO", nor "Managing
// Director and Chief Executive Officer of Acme").
func sharedComplement(toks []entities.Token, start, j, end int) bool {
	if j-start < 2 {
		return false
	}
	if !capWords(toks, start, j) {
		return false // (also no "of" or "for" of its own)
	}
	for k := j + 2; k+1 < end && !toks[k].Is(","); k++ {
		if toks[k].Is("of") {
			return false // the second post's own complement: "National Councillor and Chairman of the Committee for Youth" gives two
		}
		if toks[k].Is("for") && toks[k+1].IsCap() {
			return true // (a body after "of" is the second post's: "Managing Director and Chief Executive Officer of Acme" gives two)
		}
	}
	return false
}

// fieldNext reports a field of one to four common capitalized words
// from token i to the next comma or end: "Public Lighting" in "General
// Manager, Public Lighting".
func (t *Tracker) fieldNext(i, end int) bool {
	c := i
	for c < end && !t.a.Tokens[c].Is(",") {
		c++
	}
	return c-i <= 4 && t.qualifier(i, c)
}

// styleLead returns the end of the abbreviated styles of address that
// open the title run [i, end) before a post, a title of their own: "Rt.
// Hon." of "the Rt. Hon. Speaker of Parliament", "H.E." of "H.E. the
// Governor of Kelvo County"; i when none does.
func styleLead(toks []entities.Token, i, end int) int {
	j := i
	for j < end && j-i < 3 && addressStyle(toks[j].Text) {
		j++
	}
	if j == i || j >= end {
		return i
	}
	k := j
	if toks[k].Is("the") && k+1 < end {
		k++
	}
	if n, _ := entities.TitleAt(toks, k); n == 0 && !entities.IsTitleModifier(toks[k].Text) {
		return i
	}
	return j
}

// addressStyle reports an abbreviated style of address: "Hon.", "Rt",
// "H.E.", "Hon’ble".
func addressStyle(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Hon", "Rt", "H.E", "Hon’ble", "Hon'ble":
		return true
	}
	return false
}

// seatStyle reports a legislator's style at token j, the last before the
// name, after a post's head: "Senator" of "General Secretary Senator"
// (not "State Senator" nor "Junior Senator", which are one title).
func seatStyle(toks []entities.Token, j int) bool {
	if !toks[j].Is("Senator") && !toks[j].Is("Councillor") {
		return false
	}
	prev := toks[j-1].Text
	return toks[j-1].IsCap() && entities.IsTitleWord(prev) && !entities.IsTitleModifier(prev)
}

// ministerThenSenator reports a minister's post with its portfolio, then
// the seat's rank, in tokens [start, end): "Minister for Health and Aged
// Care Senator" is "Minister for Health and Aged Care" and "Senator".
func ministerThenSenator(toks []entities.Token, start, end int) bool {
	return end-start >= 4 && toks[end-1].Is("Senator") && ministerWord(toks[start].Text) && (toks[start+1].Is("for") || toks[start+1].Is("of"))
}

// styleAbbrev reports an abbreviated style at token j ("Sen.", "Rep.",
// "Dr.") after a title's head that is no abbreviation: a second
// title ("chair Sen."), not the end of one ("Lt. Gov.", "U.S. Sen.",
// "State Sen.").
func styleAbbrev(toks []entities.Token, j int) bool {
	w, prev := toks[j].Text, toks[j-1].Text
	if !strings.HasSuffix(w, ".") || strings.HasSuffix(prev, ".") || toks[j-1].Kind != entities.Word || entities.IsTitleModifier(prev) || !entities.IsTitleWord(prev) {
		return false
	}
	if n, _ := entities.TitleAt(toks, j-1); n >= 2 {
		return false // "State Sen.": one title
	}
	n, _ := entities.TitleAt(toks, j)
	return n == 1 && (isHonorific(w) || entities.IsTitleWord(w))
}

// headlessBefore reports words [i, j) before "and" that end in no title
// and hold no preposition: "Chief Legal" of "Chief Legal and Risk
// Officer", "United Nations Resident" of "… Resident and Humanitarian
// Coordinator", one post that shares its head (not "Minister of Health" of
// "Minister of Health and Minister of Finance", two).
func headlessBefore(toks []entities.Token, i, j int) bool {
	for i < j && (toks[i].Is(",") || toks[i].Is("and") || isArticle(toks[i].Text) && toks[i].IsLower()) {
		i++
	}
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].IsLower() || toks[k].Kind != entities.Word {
			return false
		}
	}
	if n, _ := entities.TitleAt(toks, j-1); n > 2 {
		return true // a post whose two kinds share the head: "Resident and Humanitarian Coordinator"
	}
	w := toks[j-1].Text
	return !entities.IsTitleWord(w) && !isHonorific(w) // (a modifier needs the head after "and": "Chief Legal and Risk Officer")
}

// untitledCaps reports capitalized words in [i, j) none of which is a
// title word, a pronoun or a day, and capitalized words from j+1 to end:
// "Police" and "Crime Commissioner" of "Police and Crime Commissioner",
// one post.
func untitledCaps(toks []entities.Token, i, j, end int) bool {
	for k := i; k < j; k++ {
		if toks[k].Kind == entities.Possessive && !(k >= 2 && toks[k-2].IsFold("the")) {
			i = k + 1 // the owner's name is no part of the post: "Kelvo's Police and Crime Commissioner" (not "the Alliance's Rivers and Sediment Programme Coordinator")
		}
	}
	for k := i; k < j; k++ {
		w := toks[k].Text
		if !toks[k].IsCap() || entities.IsTitleWord(w) || entities.IsTitleModifier(w) || personalPronouns[strings.ToLower(w)] || entities.Weekday(w) {
			return false
		}
	}
	for k := j + 1; k < end; k++ {
		if !toks[k].IsCap() {
			return false
		}
	}
	return i < j && j+1 < end && !entities.IsTitleWord(toks[j+1].Text) && !entities.IsTitleModifier(toks[j+1].Text) && !isHonorific(toks[j+1].Text)
}

// personalPronouns are the subject pronouns.
var personalPronouns = toSet(`i he she we they it you`)

// fieldBefore reports "for" or "of" after a title word in [i, j): the
// field of a title.
func fieldBefore(toks []entities.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if (toks[k].Is("for") || toks[k].Is("of")) && entities.IsTitleWord(toks[postBefore(toks, k, i)].Text) { // (past the title's acronym: "Committee Member (CECM) for Agriculture")
			return true
		}
	}
	return false
}

// tenureWords say when a post is held, in lower case before it: "and
// current Chair of the Council".
var tenureWords = toSet(`current incoming outgoing acting interim`)

// startsTitle reports whether a title begins at token j: "former Foreign
// Minister", "Permanent Representative", "a spokeswoman", "the study's
// senior author".
func startsTitle(toks []entities.Token, j, end int) bool {
	if j+3 < end && isArticle(toks[j].Text) && toks[j+2].Kind == entities.Possessive {
		j += 3 // "the study's senior author"
	}
	for k := j; k < end && k < j+4; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return true
		}
		w := toks[k].Text
		if k > j && (toks[k].Is("and") || toks[k].Is("or")) {
			return false // a title after a further "and" starts there: "for West Africa and the Sahel and Head of …"
		}
		if k > j && toks[k].IsLower() && orgPrepositions[toks[k].Text] {
			return false // a post's word in a phrase after the field: "Vice-Rector for Internationalisation and Cooperation at the host university"
		}
		if !(entities.IsTitleModifier(w) || isArticle(w) || toks[k].IsCap() || k > j && toks[k].IsLower() && toks[k].Kind == entities.Word || k == j && tenureWords[w]) {
			return false // (lower-case words after the first: "a final-year nursing student")
		}
	}
	return false
}

func (t *Tracker) addTitle(p *Speaker, i, end int) {
	toks := t.a.Tokens
	if i >= end || end > len(toks) {
		return // no words: "— A0," ends the text after the name
	}
	if toks[i].IsFold("the") && i+1 < end && toks[i+1].IsCap() && !possessiveIn(toks, i, end) {
		i++ // "the President of the Tribunal" is the title "President of the Tribunal" (but "the Kelvale Bank's Director")
	}
	end = participleTail(toks, i, timeTail(toks, i, end))
	for end-1 > i && (toks[end-1].Is("-") || toks[end-1].Is("–") || toks[end-1].Is("—")) {
		end-- // a label's dash over its quotation: "Minister of Emergency Management -"
	}
	// "Acme Robotics' chief executive" reads "chief executive"; the body
	// stays in the tokens the organization is read from
	sp := entities.Span{Start: toks[t.possessorLead(i, end)].Start, End: toks[end-1].End}
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
	t.appendTitle(p, title{Span: sp, first: i, end: end, former: former})
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

// possessorLead returns where a title [i, end) goes on after a body that
// opens it as a possessor: "Rift Valley Hydro Engineering's Managing
// Director" and "the Ministry's spokesperson" give "Managing Director" and
// "spokesperson" (the body is the speaker's organization, read apart); i
// when no body opens it: a lower-case possessor ("the study's lead
// author"), a person's ("Jane Roe's mother"), one whose possessive is the
// title's own ("State's Attorney"), the people a post serves ("Women's
// Officer"), one inside a body's name ("Kelvo
// Midwives’ Collective President"), or a role one holds on one's own
// account ("Kelvo's farmer").
func (t *Tracker) possessorLead(i, end int) int {
	toks := t.a.Tokens
	j := i
	if isArticle(toks[j].Text) {
		j++
	}
	k := j
	for k < end && (toks[k].IsCap() || k > j && (toks[k].Is("of") || toks[k].Is("and") || toks[k].Is("&") || toks[k].Is("for"))) {
		k++
	}
	if k == j || k+1 >= end || toks[k].Kind != entities.Possessive || !toks[k-1].IsCap() {
		return i
	}
	if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Person {
		return i
	}
	if t.insideOrg(k) || t.insideOrg(k-1) {
		return i // a plural possessive inside a body's name: "Kelvo Midwives’ Collective President"
	}
	if j == i && commonPlurals(toks, j, k) {
		return i // the people a post serves: "International Students' Officer", "Children's Commissioner"
	}
	if n, _ := entities.TitleAt(toks, k-1); n > 0 && k-1+n > k {
		return i // "State's Attorney"
	}
	if n, _ := entities.TitleAt(toks, k+1); n == 0 && !startsTitle(toks, k+1, end) {
		return i
	}
	for q := k + 1; q < end; q++ {
		if toks[q].Kind == entities.Word && (entities.OwnRole(toks[q].Text) || entities.Kinship(toks[q].Text)) {
			return i
		}
	}
	return k + 1
}

// commonPlurals reports capitalized common words [j, k) that end in a
// plural: "International Students", "Women".
func commonPlurals(toks []entities.Token, j, k int) bool {
	for q := j; q < k; q++ {
		if !entities.CommonWord(strings.ToLower(toks[q].Text)) {
			return false
		}
	}
	w := strings.ToLower(toks[k-1].Text)
	return strings.HasSuffix(w, "s") || w == "women" || w == "children" || w == "people" || w == "men"
}

// possessiveIn reports a possessive among the tokens [i, end).
func possessiveIn(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Kind == entities.Possessive {
			return true
		}
	}
	return false
}

// timeTail returns where the title [i, end) ends before a time that closes
// it: "chief executive in March", "director on 1 March 2026", "chair from
// January", "minister in 2019" give "chief executive", "director", "chair",
// "minister"; end when no time closes it.
func timeTail(toks []entities.Token, i, end int) int {
	k := end - 1
	if k > i && toks[k].Kind == entities.Number && len(toks[k].Text) == 4 {
		k-- // a year: "in 2019", "in March 2026"
	}
	if k > i && entities.Month(toks[k].Text) {
		k--
		if k > i && toks[k].Kind == entities.Number {
			k-- // a day first: "on 1 March"
		}
	} else if k == end-1 {
		return end
	}
	if k > i+1 && (toks[k].Is("in") || toks[k].Is("on") || toks[k].Is("from") || toks[k].Is("since") || toks[k].Is("until")) {
		return k
	}
	return end
}

// participleTail returns where the title [i, end) ends before a
// participle's phrase after its head that tells what the holder does:
// "European Delegated Prosecutor" of "European Delegated Prosecutor
// leading the case"; end when none follows the head.
func participleTail(toks []entities.Token, i, end int) int {
	for k := i + 1; k+1 < end; k++ {
		w := toks[k].Text
		if toks[k].IsLower() && len(w) > 5 && strings.HasSuffix(w, "ing") && entities.IsTitleWord(toks[k-1].Text) && toks[k-1].IsCap() {
			return k
		}
	}
	return end
}

// insideOrg reports a token inside an organization's name, neither its
// first nor its last: the comma of "Ministry of Finance, Planning and
// Economic Development".
func (t *Tracker) insideOrg(j int) bool {
	e := t.a.EntityAt(j)
	return e != nil && e.Kind == entities.Organization && e.Tokens.First < j && j < e.Tokens.End-1
}

// regionNumber reports a word and a numeral from token i to the next comma
// or end: "Region 2", "Division 3".
func regionNumber(toks []entities.Token, i, end int) bool {
	return i+2 <= end && toks[i].IsCap() && isNumeral(toks[i+1].Text) && (i+2 == end || toks[i+2].Is(","))
}

// placeItem reports a place that spans tokens from i to the next comma or
// end: "Kelvo State" of "Commissioner for Energy, Kelvo State, Engr.".
func (t *Tracker) placeItem(i, end int) bool {
	c := i
	for c < end && !t.a.Tokens[c].Is(",") {
		c++
	}
	return t.placeSpans(i, c)
}

// unitThenBody returns, for a comma j inside a title's run [start, end)
// after a post or after its unit, the comma after the unit set off there
// when a body follows it to the run's end: "Principal Secretary, Water
// Resources Department, Government of Kelvo"; -1 when there is none.
func (t *Tracker) unitThenBody(start, j, end int) int {
	toks := t.a.Tokens
	bodyAfter := func(c int) bool {
		e := t.a.EntityAt(c + 1)
		return e != nil && e.Kind == entities.Organization && e.Tokens.First == c+1 && e.Tokens.End == end
	}
	c := j + 1
	for c < end && !toks[c].Is(",") {
		c++
	}
	if c < end && titleWordIn(toks, start, j) && t.orgSpans(j+1, c) && bodyAfter(c) {
		return c // at the comma after the post
	}
	pc := j - 1
	for pc > start && !toks[pc].Is(",") {
		pc--
	}
	if c >= end && pc > start && titleWordIn(toks, start, pc) && t.orgSpans(pc+1, j) && bodyAfter(j) {
		return j // at the comma after the unit, the post's field already
	}
	return -1
}
