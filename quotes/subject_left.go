package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Speaker phrases before the verb: pronouns, names with their
// appositives, relative and clause subjects, descriptions.
//
//	"She said"
//	"Jane Roe, Director of Acme Robotics, said"
//	"The minister, Jane Roe, said"
//	"Roe, who chairs the board, said"
//	"A company official who asked not to be named said"
//	"People familiar with the plan said"
//	"Almost half of respondents said"

// leftPhrase finds the subject before the verb at k: a pronoun, a noun
// phrase with any appositives after it ("Ana Hinojosa, Director of …,"),
// or the antecedent of a relative pronoun ("Smith, who said").
func (r *run) leftPhrase(k, lo int) (phrase, bool) {
	toks := r.toks
	j := k - 1
	for j >= lo && (isAdverb(&toks[j]) || negatedAux(toks[j].Text) || j > lo && r.floatingQuantifier(j) || r.contractedAux(j, lo)) {
		j-- // "Ann Lee also said", "Lee and Roe both said", "Lee wouldn’t say", "He’s said"
	}
	if j-3 >= lo && toks[j].IsFold("past") && toks[j-1].IsFold("the") && toks[j-2].IsFold("in") && isAux(toks[j-3].Text) && toks[j-3].IsLower() {
		j -= 4 // "… have in the past said"
		for j >= lo && (isAdverb(&toks[j]) || negatedAux(toks[j].Text)) {
			j--
		}
	}
	if t := r.timeBefore(j, lo); t < j && !strings.HasSuffix(toks[k].Text, "ing") { // not "began a campaign this week praising"
		j = t // "Ann Lee on Tuesday said", "The campaign last week announced"
		for j >= lo && isAdverb(&toks[j]) {
			j--
		}
	}
	// A parenthesis after the name: "Rep. Earl Blumenauer (D-Ore.) said".
	if j >= lo && toks[j].Is(")") {
		o := j - 1
		for o >= lo && o > j-10 && !toks[o].Is("(") {
			o--
		}
		if o >= lo && toks[o].Is("(") {
			j = o - 1
		}
	}
	if j < lo {
		return phrase{}, false
	}
	t := &toks[j]
	lw := strings.ToLower(t.Text)
	if pollParticiples[lw] && j-1 >= lo && toks[j-1].IsFold("those") {
		return phrase{first: j - 1, end: j + 1, start: j - 1}, true // "those surveyed said"
	}
	switch {
	case subjectPronouns[lw] && t.Kind == entities.Word:
		return phrase{first: j, end: j + 1, start: j}, true
	case t.Kind == entities.Word && contractedPronoun(lw) != "":
		return phrase{first: j, end: j + 1, start: j}, true // "she’s predicted", "I’ve written"
	case t.Is("that"):
		return phrase{}, false // a relative "that": "a task that should continue"
	case quantifierPronouns[lw] && j+1 == k && t.Kind == entities.Word && (j == lo || toks[j-1].Kind == entities.Punct || isAdverb(&toks[j-1]) ||
		toks[j-1].IsFold("and") || toks[j-1].IsFold("but") || toks[j-1].IsFold("yet")) && r.quantifierCue(k):
		return phrase{first: j, end: j + 1, start: j}, true // "Yet another said, “…”"
	case lw == "who" || lw == "which":
		// "Smith, who said", "the committee, which said"
		a := j - 1
		if a >= lo && toks[a].Is(",") {
			a--
		}
		if a >= lo {
			if p, ok := r.leftPhrase(a+1, lo); ok {
				p.mFirst, p.mEnd = j, j+1
				return p, true
			}
		}
		if a >= 0 && a < lo && toks[a+1].Is(",") && r.last >= 0 && r.out[r.last].Mention != nil && r.out[r.last].Mention.End == toks[a].End {
			// The speaker just named is the antecedent: "“…,” said Beck,
			// who said there were …". The phrase starts at "who": the
			// name belongs to the attribution before.
			m := r.out[r.last].Mention
			return phrase{first: r.a.TokenAt(m.Start), end: a + 1, start: j, mFirst: j, mEnd: j + 1}, true
		}
		return phrase{}, false
	case t.Is(","):
		return r.appositiveLeft(j, lo)
	case isAsideEnd(t) && !t.Is(","):
		if p, ok := r.dashRelativeLeft(j, lo); ok {
			return p, true
		}
	}
	if p := r.plainLeft(j+1, lo); p.end > p.first {
		if p.end-p.first == 1 && entities.CorpSuffix(toks[p.first].Text) && p.first-2 >= lo && toks[p.first-1].Is(",") {
			// "Zentrix Robotics, Inc. announced": the company, not its suffix.
			if q := r.plainLeft(p.first-1, lo); q.end > q.first {
				p.first = q.first
			}
		}
		p.start = p.first
		if q, ok := r.unclosedAppositive(p, lo); ok {
			return q, true
		}
		b := p.first - 1
		if b > lo && isArticleWord(toks[b].Text) {
			b--
		}
		if b >= lo && toks[b].IsLower() && prepositions[toks[b].Text] {
			// The object of a preposition in a relative clause: "officials
			// who spoke with The Huffington Post said".
			if q, ok := r.relativeSubject(b, lo); ok {
				return q, true
			}
			// "A statement posted on the Zentrix website said": the
			// description the participle's phrase modifies; not "A
			// spokesperson for the firm Acme Living said", Acme's words.
			if q, ok := r.modifiedDescription(j, k, lo); ok && r.participleAt(q.end) {
				return q, true
			}
		}
		if p.first > lo && k == j+1 && toks[k].Kind == entities.Word && r.endsRelative(k) {
			// The object ends a relative clause: "supporters who came to
			// protest the convention say", not "the convention".
			if q, ok := r.relativeSubject(p.first-1, lo); ok {
				return q, true
			}
		}
		return p, true
	}
	// A subject the lists don't know, from the clause start: "People
	// briefed on the move said", "Almost half of respondents said".
	if c := r.clauseStartBefore(j, lo); c <= j && j-c < 12 && r.nameLike(c, j+1) && r.headAt(c) || c <= j && (r.quantifierAt(c) && r.nameLike(c, j+1) || r.proportion(c, j+1)) {
		return phrase{first: c, end: j + 1, start: c}, true
	}
	// A short definite description with a head the lists don't know: "the
	// business mogul announced", "The lawmaker said".
	if c := r.clauseStartBefore(j, lo); c <= j && r.plainDescription(c, j+1) {
		return phrase{first: c, end: j + 1, start: c}, true
	}
	// A plural noun that agrees with a plural verb: "ordinary Chinese
	// traders say", "the women say".
	if w := toks[j].Text; k == j+1 && toks[j].IsLower() && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		pluralVerb(toks[k].Text) {
		if c := r.clauseStartBefore(j, lo); c <= j && j-c < 10 && !r.hasVerbMarker(c, j) {
			return phrase{first: c, end: j + 1, start: c}, true
		}
	}
	// A restrictive relative clause between subject and verb: "a White
	// House official who spoke anonymously … said".
	if p, ok := r.relativeSubject(j, lo); ok {
		return p, true
	}
	// A description with a modifier after its head: "People with direct
	// knowledge of the talks said".
	return r.modifiedDescription(j, k, lo)
}

// contractedPronoun returns the subject pronoun of a lower-case word
// that holds it with its auxiliary, as the tokenizer leaves "she’s",
// "they’ve", "i’d" (not "He’s", which it cuts in two); "" for any other
// word.
func contractedPronoun(lw string) string {
	w := strings.ReplaceAll(lw, "’", "'")
	i := strings.IndexByte(w, '\'')
	if i <= 0 || !subjectPronouns[w[:i]] || w[:i] == "it" {
		return ""
	}
	switch w[i:] {
	case "'s", "'ve", "'d", "'re", "'m", "'ll":
		return w[:i]
	}
	return ""
}

// pollParticiples name the people a poll asked, after "those": "those
// surveyed say", "those polled said".
var pollParticiples = toSet(`surveyed polled questioned interviewed sampled`)

// contractedAux reports a "’s" at token j that is "has" or "is" after a
// capitalized pronoun, not a possessive: "He’s said", "She’s predicting"
// (the tokenizer cuts "He’s" in two so "He" is no name).
func (r *run) contractedAux(j, lo int) bool {
	if j <= lo || r.toks[j].Kind != entities.Possessive || r.toks[j].Space {
		return false
	}
	return subjectPronouns[strings.ToLower(r.toks[j-1].Text)]
}

// timeBefore returns the index before a time adverbial that ends at token
// j and follows a name or noun ("Clinton on Tuesday said", "The campaign
// last week announced", "Roe this past week announced") or the comma that
// closes an appositive ("Jane Roe, the chairman, on Tuesday announced"),
// or j when none does.
func (r *run) timeBefore(j, lo int) int {
	toks := r.toks
	if j >= lo && j >= 0 && j+1 < len(toks) && toks[j].Is("on") && r.timeAt(j, j+2) == 2 {
		j++ // "on Friday": the adverb loop before took "Friday" alone
	}
	for _, n := range [...]int{3, 2, 1} {
		s := j - n + 1
		if s-1 < lo || s < 0 || r.timeAt(s, j+1) != n {
			continue
		}
		if p := &toks[s-1]; p.Kind == entities.Word && (p.IsCap() || p.IsLower() && !prepositions[p.Text] && !determinerWords[p.Text] && !isAux(p.Text) && !strings.HasSuffix(p.Text, "ing")) {
			return s - 1
		}
		if s-2 > lo && toks[s-1].Is(",") {
			if _, ok := r.appositiveLeft(s-1, lo); ok {
				return s - 1
			}
		}
	}
	return j
}

// dashRelativeLeft finds the subject before an aside set off by dashes
// that ends at token j: "The justice -- who has clashed with the nominee
// -- said", "Democrats — and some Republicans — say".
func (r *run) dashRelativeLeft(j, lo int) (phrase, bool) {
	toks := r.toks
	for o := j - 1; o > lo && o > j-40; o-- {
		t := &toks[o]
		if t.Kind == entities.QuoteMark || t.Is(".") || t.Is(";") || t.Is(":") || t.Is("?") || t.Is("!") {
			break
		}
		if !isAsideEnd(t) || t.Is(",") {
			continue
		}
		if o+1 < j && t.Text == toks[j].Text {
			// "The justice -- who has clashed with the nominee -- said",
			// "Democrats — and some Republicans — say", "Many speakers —
			// including Muslims and Jews — said"
			if p, ok := r.leftPhrase(o, lo); ok && p.end == o {
				return p, true
			}
		}
		break
	}
	return phrase{}, false
}

// relativeSubject finds the subject before a restrictive relative clause
// that ends at token j: "a White House official who spoke anonymously".
func (r *run) relativeSubject(j, lo int) (phrase, bool) {
	toks := r.toks
	for w := j; w >= lo && w > j-16; w-- {
		if toks[w].Kind == entities.Punct || toks[w].Kind == entities.QuoteMark {
			break
		}
		if (toks[w].Is("who") || toks[w].Is("whose") || toks[w].Is("that") && w > lo && toks[w-1].IsLower() && !isAux(toks[w-1].Text)) && w > lo {
			if p := r.plainLeft(w, lo); p.end > p.first {
				p.start = p.first
				return p, true
			}
			break
		}
	}
	return phrase{}, false
}

// unclosedAppositive returns the person whose appositive ends, with no
// closing comma, in the phrase p before a verb of saying: "Jane Roe (EPP,
// IE), responsible for the report said:", "Jane Roe, who drafted the
// resolution said:". The appositive is lower-case words after a comma that
// follows the name or its parenthesis.
func (r *run) unclosedAppositive(p phrase, lo int) (phrase, bool) {
	toks := r.toks
	if e := r.a.EntityAt(p.first); e != nil && e.Kind == entities.Person {
		return phrase{}, false
	}
	c := p.first - 1
	for c > lo && p.first-c < 10 && toks[c].Kind == entities.Word && toks[c].IsLower() {
		c--
	}
	if c <= lo || !toks[c].Is(",") || c == p.first-1 {
		return phrase{}, false
	}
	q, ok := r.leftPhrase(c, lo)
	if !ok || q.end > c {
		return phrase{}, false
	}
	if e := r.a.EntityAt(q.end - 1); e == nil || e.Kind != entities.Person {
		if !(toks[c-1].Is(")") && r.a.EntityAt(q.first) != nil && r.a.EntityAt(q.first).Kind == entities.Person) {
			return phrase{}, false
		}
	}
	return q, true
}

// capitalsTo reports capitalized words in [i, end), with the connectors
// of a name inside ("Hollins Institute at Lakemont University").
func (r *run) capitalsTo(i, end int) bool {
	for k := i; k < end; k++ {
		if r.toks[k].Kind == entities.Possessive && k > i && k+1 < end && r.toks[k-1].IsCap() && r.toks[k+1].IsCap() {
			continue // "Kelvale University's College of Marine Science"
		}
		if r.toks[k].Kind != entities.Word || !r.toks[k].IsCap() && !(k > i && nameConnector(r.toks[k].Text)) {
			return false
		}
	}
	return i < end && r.toks[end-1].IsCap()
}

// nameConnector reports the lower-case words inside a body's name and the
// place after it: "the Hollins Institute at Lakemont University".
func nameConnector(w string) bool {
	return w == "of" || w == "the" || w == "at" || w == "for" || w == "and" || w == "in"
}

// prevComma returns the index of the comma before token i at parenthesis
// depth 0, or lo-1. A quotation ends the search unless it is a title
// inside an appositive (titleInAside).
func (r *run) prevComma(i, lo int) int {
	depth := 0
	for ; i >= lo; i-- {
		t := &r.toks[i]
		switch {
		case t.Is(")"):
			depth++
		case t.Is("("):
			depth--
		case depth == 0 && r.qAt[i] != 0 && r.titleInAside(int(r.qAt[i]-1), lo):
			i = r.qs[r.qAt[i]-1].open // "Jane Roe, the co-author of “Going Viral,” said": a title, not a break
		case depth == 0 && (t.Is(",") || t.Is(";") || t.Is("—") || t.Is("–") || r.qAt[i] != 0):
			return i
		}
	}
	return lo - 1
}

// titleInAside reports a quotation qi that names a work inside an
// appositive: a few capitalized words after "of", "on", "in" or a
// possessive ("the co-author of “Going Viral,”", "host of MSNBC’s
// “Morning Joe,”").
func (r *run) titleInAside(qi, lo int) bool {
	q := &r.qs[qi]
	if q.open-1 < lo || q.close < 0 || !r.titleLike(qi) {
		return false
	}
	p := &r.toks[q.open-1]
	if p.Kind == entities.Possessive || p.Is("of") || p.Is("on") || p.Is("in") {
		return true
	}
	// "wearing a cowboy hat and “Ted Cruz” campaign pins": a name quoted
	// as a modifier of the noun after it.
	n := q.close + 1
	return n+1 < len(r.toks) && r.toks[n].Kind == entities.Word && r.toks[n].IsLower() && !isAux(r.toks[n].Text) && !prepositions[r.toks[n].Text] &&
		!subjectPronouns[r.toks[n].Text] && (r.toks[n+1].Is(",") || r.toks[n+1].IsLower())
}

// appositive reports whether tokens [i, end) are set off by commas after a
// name: a role ("Director of …", "a spokesman for …"), an age, a
// relative clause ("who …").
func (r *run) appositive(i, end int) bool {
	toks := r.toks
	if i >= end || end-i > 40 {
		return false
	}
	if end-i == 1 && toks[i].Kind == entities.Number || end-i == 2 && toks[i].Kind == entities.Number && (toks[i+1].Is("%") || toks[i+1].IsFold("percent")) {
		return true // "Roxana M. Leon, 63,", "Just over a quarter, 26 percent,"
	}
	w := strings.ToLower(toks[i].Text)
	if w == "who" || w == "which" || strings.HasPrefix(w, "who’") || strings.HasPrefix(w, "who'") {
		return true // "Williams, who’s running to be an alternate, added"
	}
	if a := i + boolInt(w == "now" || w == "aged" || w == "age"); a < end && a+1 < end && end-i <= 12 && toks[a].Kind == entities.Number && len(toks[a].Text) <= 3 &&
		(toks[a+1].IsFold("and") || toks[a+1].IsFold("who")) && !r.hasVerbMarker(i, end) {
		return true // "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": an age and what goes with it
	}
	if end-i <= 4 && (prepositions[w] || isAdverb(&toks[i])) && !r.hasVerbMarker(i, end) {
		return true // "Rush Limbaugh, for one, called …", "Smith, however, said"
	}
	if r.companionAside(i, end) {
		return true // "Jane Roe, together with Mayor John Doe, announced"
	}
	if r.degree(i, end) {
		return true // "Jane Roe, Ph.D., M.P.H., said"
	}
	if e := r.a.EntityAt(i); e != nil && e.Kind == entities.Place && e.Tokens.First == i && e.Tokens.End == end && i > 0 && r.toks[i-1].Is(",") {
		return true // "… at the University of Kelvale, San Diego, said": the place of what comes before
	}
	article := isArticleWord(toks[i].Text) || determinerWords[w] && w != "that"
	for i < end && (isArticleWord(toks[i].Text) || toks[i].IsFold("former")) {
		i++
	}
	if i >= end {
		return false
	}
	found := article
	for k := i; k < end && k < i+6 && !found; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			found = true
		}
	}
	if !found {
		return false
	}
	for k := i; k < end; k++ {
		if _, ok := cueAt(toks, k); ok && toks[k].IsLower() && !toks[k].Is("state") {
			return false
		}
		switch toks[k].Text {
		case "is", "was", "are", "were", "has", "have", "had", "will", "would", "said":
			return false
		}
	}
	return true
}

// descriptionStarts open a description of a speaker.
var descriptionStarts = toSet(`the a an one another this these his her their its`)

// plainDescription reports whether tokens [c, end) are an article and up
// to three lower-case words: a description of a person or thing whose
// head the lists don't know ("the business mogul").
func (r *run) plainDescription(c, end int) bool {
	toks := r.toks
	if end-c < 2 || end-c > 6 || !descriptionStarts[strings.ToLower(toks[c].Text)] {
		return false
	}
	of := false
	for k := c + 1; k < end; k++ {
		t := &toks[k]
		lw := t.Text
		if k < end-1 && (t.IsCap() || t.IsUpper() || t.Is("&")) && !capStop(strings.ToLower(lw)) {
			continue // "the Gawker employee", "one P&G Amiens employee"
		}
		if lw == "of" && !of && k > c+1 && k < end-1 {
			of = true // "a large body of work suggests", "the stream of new money"
			continue
		}
		if t.Kind != entities.Word || !t.IsLower() || isAux(lw) || prepositions[lw] || npConnectors[lw] || subjectPronouns[lw] ||
			determinerWords[lw] || isAdverb(t) || whWords[lw] || lw == "that" {
			return false
		}
		if _, ok := cueAt(toks, k); ok {
			return false
		}
	}
	last := toks[end-1].Text
	// "the same polling suggests": a noun in -ing before a verb in -s.
	ingNoun := strings.HasSuffix(last, "ing") && end < len(toks) && strings.HasSuffix(toks[end].Text, "s") && toks[end].IsLower()
	return (!strings.HasSuffix(last, "ing") || ingNoun) && !strings.HasSuffix(last, "ed") && (end-c <= 5 || of)
}

// clauseStartBefore returns the first token of the clause that holds
// token j: after the previous comma, semicolon, quotation mark or
// conjunction, or lo.
func (r *run) clauseStartBefore(j, lo int) int {
	toks := r.toks
	c := j
	for c > lo && j-c < 14 {
		t := &toks[c-1]
		if t.Kind == entities.Punct && !t.Is("-") || t.Kind == entities.QuoteMark || t.IsFold("but") || t.IsFold("that") || t.IsFold("while") ||
			t.IsLower() && (t.Is("though") || t.Is("although") || t.Is("because") || t.Is("whereas")) ||
			t.IsFold("and") && (c-1 > lo && toks[c-2].Is(",") || c-1 == lo) {
			break // "…, and one in four said", and "and" where the attribution before ends: "Most said … and one in four said"
		}
		c--
	}
	return c
}

// pluralVerb reports a present-tense verb of saying that agrees with a
// plural subject: "say", "argue".
func pluralVerb(w string) bool {
	switch w {
	case "say", "argue", "insist", "contend", "warn", "note", "predict", "claim", "believe", "tell", "suggest", "complain", "acknowledge", "point", "agree":
		return true
	}
	return false
}

// hasVerbMarker reports an auxiliary or relative word among tokens [i, end).
func (r *run) hasVerbMarker(i, end int) bool {
	for k := i; k < end; k++ {
		switch strings.ToLower(r.toks[k].Text) {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "did", "does", "do", "not", "who", "which", "that":
			return true
		}
	}
	return false
}

// quantifiers open phrases that name part of a group: "Almost half of
// respondents", "Some 22 percent", "a third".
var quantifiers = wordList("quantifiers")

func (r *run) quantifierAt(i int) bool {
	t := &r.toks[i]
	return t.Kind == entities.Number || quantifiers[strings.ToLower(t.Text)] || t.Kind == entities.Word && hyphenedQuantifier(strings.ToLower(t.Text))
}

// hyphenedQuantifier reports a share written as one hyphened word whose
// parts are all quantifiers: "three-quarters", "two-thirds".
func hyphenedQuantifier(lw string) bool {
	parts := strings.Split(lw, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !quantifiers[p] {
			return false
		}
	}
	return true
}

// appositiveLeft finds the subject before a comma that stands right before
// the verb: a name that closes an appositive ("The French interior
// minister, Bernard Cazeneuve, said"), or a name followed by appositives
// ("Ana Hinojosa, Director of …, said").
func (r *run) appositiveLeft(j, lo int) (phrase, bool) {
	// "Jane Roe, together with John Doe, said": the subject is before the
	// companions; when nothing before them can speak ("As many experts,
	// including John Doe, have said"), the named companion does.
	if p, ok := r.appositiveLeftOf(j, lo, true); ok {
		return p, true
	}
	return r.appositiveLeftOf(j, lo, false)
}

// appositiveLeftOf is appositiveLeft, skipping companion asides or not.
func (r *run) appositiveLeftOf(j, lo int, skipAsides bool) (phrase, bool) {
	toks := r.toks
	end := j
	for guard := 0; guard < 6; guard++ {
		c := r.prevComma(end-1, lo)
		segStart := max(c+1, lo)
		if segStart >= end {
			return phrase{}, false
		}
		if c >= lo && r.legalSuffix(segStart, end) {
			end = c // "Zentrix Robotics, Inc. (NASDAQ: ZRB), a leader in …, announced"
			continue
		}
		if c >= lo && r.degree(segStart, end) {
			end = c // "Jane Roe, Ph.D., M.P.H., said"
			continue
		}
		if c >= lo && r.fieldItems(segStart, end) {
			end = c // "Jane Roe, Commissioner for Agriculture, Rural Development, Blue Economy and …, said"
			continue
		}
		if c >= lo && r.participialAside(segStart, end) {
			end = c // "JANE ROE, speaking for the Group of Friends, said"
			continue
		}
		if c >= lo && r.placeSegment(segStart, end) {
			end = c // "Cory James, 22, of Flint, Mich., said": where he is from
			continue
		}
		if skipAsides && c >= lo && r.companionAside(segStart, end) {
			end = c // "Jane Roe, together with John Doe, said": skip the companions
			continue
		}
		if c >= lo && (toks[segStart].IsFold("who") || toks[segStart].IsFold("which")) && segStart > lo {
			end = c // "Jane Roe, who runs the food bank in Swansea, said": not Swansea
			continue
		}
		if c >= lo && segStart > lo && (toks[segStart].Is("of") || toks[segStart].Is("from")) && segStart+1 < end && r.capitalsTo(r.skipThe(segStart+1, end), end) {
			end = c // "Chief Constable Jane Roe, of Kelvale Police, said": her body, not the subject
			continue
		}
		nameEnd := end
		for nameEnd-1 > segStart && (len(toks[nameEnd-1].Text) > 2 && postNominal(toks[nameEnd-1].Text) || entities.ElidedYear(toks[nameEnd-1].Text)) {
			nameEnd-- // "Dame Jane Roe MP", "Jane Roe ’27"
		}
		for n := 0; n < 3 && nameEnd > segStart && toks[nameEnd-1].Is(")"); n++ {
			// "Rep. Elijah Cummings (D-Md.), chair of …, said", "Acme
			// Limited (NSE: ACME) (BSE: 544118), a maker of …, announced"
			o := nameEnd - 2
			for o > segStart && o > nameEnd-10 && !toks[o].Is("(") {
				o--
			}
			if o <= segStart || !toks[o].Is("(") {
				break
			}
			nameEnd = o
		}
		// "… Jane Roe of the same department, said": a short phrase in
		// lower case after the name is where she is, not the subject.
		if x := nameEnd - 1; x-3 > segStart {
			for x > segStart && nameEnd-x <= 3 && toks[x].Kind == entities.Word && toks[x].IsLower() && !toks[x].Is("of") && !toks[x].Is("from") {
				x--
			}
			if x < nameEnd-1 && (toks[x].Is("of") || toks[x].Is("from")) && r.a.EntityAt(x-1) != nil && r.a.EntityAt(x-1).Kind == entities.Person {
				nameEnd = x
			}
		}
		// "… Jane Roe of Kettle Cove, said": the name before the place she
		// is from.
		for x := nameEnd - 2; x > segStart; x-- {
			at := x + 1
			if toks[at].Is("the") && at+1 < nameEnd {
				at++ // "Dr. Rafael Roe of the Hollins Institute"
			}
			if (toks[x].Is("of") || toks[x].Is("from")) && r.a.EntityAt(x-1) != nil && r.a.EntityAt(x-1).Kind == entities.Person && r.capitalsTo(at, nameEnd) {
				nameEnd = x
				break
			}
			if toks[x].IsLower() && !nameConnector(toks[x].Text) {
				break
			}
		}
		e := r.a.EntityAt(nameEnd - 1)
		for e != nil && e.Kind == entities.Person && e.Tokens.First > segStart && afterPreposition(toks, e.Tokens.First, segStart) {
			// A place or body taken for a person after a preposition: the
			// person before it ("Jane Roe of Liberty Church in Marion"), if
			// any, else none ("leader of the Council of the Isles of Scilly").
			var before *entities.Entity
			for x := e.Tokens.First - 1; x >= segStart; x-- {
				if b := r.a.EntityAt(x); b != nil && b.Kind == entities.Person {
					before = b
					break
				}
			}
			if before == nil || before.Tokens.First < segStart {
				if p, ok := r.descriptionBefore(e.Tokens.First, segStart); ok && c < lo {
					return p, true
				}
				e = nil
				break
			}
			e, nameEnd = before, before.Tokens.End
		}
		if e != nil && e.Kind != entities.Person && c < lo && e.Tokens.First > segStart+1 {
			if p, ok := r.descriptionBefore(e.Tokens.First, segStart); ok {
				return p, true
			}
		}
		if e == nil && c < lo && end < j {
			// a place no entity covers: "One farmer from near Shipston-on-Stour, who …, said"
			for x := segStart + 2; x < end; x++ {
				if (toks[x].Is("from") || toks[x].Is("near")) && toks[x-1].IsLower() {
					at := x + 1
					for at < end && (toks[at].Is("near") || toks[at].Is("the")) {
						at++
					}
					if at < end && toks[at].IsCap() {
						if p, ok := r.descriptionBefore(at, segStart); ok {
							return p, true
						}
					}
					break
				}
			}
		}
		if e != nil && c >= lo && end == j {
			// "Giovanni Maria Vian, the editor in chief of the Vatican's
			// newspaper, L'Osservatore Romano, said": the name of what the
			// description ends with, after the person who opens the clause.
			if p, ok := r.firstNamedBefore(c, lo); ok {
				return p, true
			}
		}
		if e != nil && e.Kind == entities.Organization && c >= lo && r.titleAfterName(c, lo) {
			end = c // "Jane Roe, Chairman, Kelvo Bank, said": her body, after her title
			continue
		}
		named := e != nil && e.Tokens.First >= segStart &&
			(e.Kind == entities.Person || e.Kind == entities.Organization && e.Tokens.First <= segStart+1)
		theHon := e != nil && segStart+1 < e.Tokens.First && toks[segStart].IsFold("the") && (honorific(toks[segStart+1].Text) || toks[segStart+1].Is("Rt")) // "…, the Hon. Jane Roe, said", "…, the Rt Hon. Jane Roe, said"
		// "…,” the economist Jane Roe, a former adviser, wrote": an article and
		// a lower-case description before the name.
		described := named && e.Kind == entities.Person && isArticleWord(toks[segStart].Text) && r.lowerWords(segStart+1, e.Tokens.First)
		if named && (!isArticleWord(toks[segStart].Text) || e.Kind == entities.Organization || theHon || described) {
			if p := r.plainLeft(nameEnd, segStart); p.end > p.first {
				p.start = p.first
				// "the minister, Bernard Cazeneuve,": the description before
				// the name belongs to the attribution.
				if c >= lo && toks[c].Is(",") && end == j {
					if d := r.plainLeft(c, max(lo, c-8)); d.end > d.first && r.descriptive(d) {
						p.start = d.first
					}
				}
				return p, true
			}
		}
		if c >= lo && end < j && r.openerOnly(lo, c) && !named {
			// "In the ensuing debate, the representative of Kelvania,
			// speaking for the Group, said": an opening adverbial before
			// the description that is the subject
			if p := r.plainLeft(end, segStart); p.end > p.first && (p.first == segStart || p.first == segStart+1 && isArticleWord(toks[segStart].Text)) {
				p.start = p.first
				return p, true
			}
			if r.plainDescription(segStart, end) {
				return phrase{first: segStart, end: end, start: segStart}, true
			}
		}
		if r.appositive(segStart, end) {
			if c < lo {
				// The description is the subject: "The lawmaker, who
				// represents a district in Albay, said".
				if end < j {
					if segStart+1 < end && leadConjunction(&toks[segStart]) {
						segStart++ // "But the man, a Republican who …, said"
					}
					if p := r.plainLeft(end, segStart); p.end > p.first && (p.first == segStart || p.first == segStart+1 && isArticleWord(toks[segStart].Text)) {
						p.start = p.first
						return p, true
					}
					if r.plainDescription(segStart, end) {
						return phrase{first: segStart, end: end, start: segStart}, true
					}
					if p, ok := r.headWithModifier(segStart, end); ok {
						return p, true
					}
					if r.hedgedShare(segStart, end) {
						return phrase{first: segStart, end: end, start: segStart}, true // "Just over a quarter, 26 percent, say …"
					}
				}
				return phrase{}, false
			}
			end = c
			continue
		}
		if end == j {
			return r.clauseSubject(j, lo)
		}
		if p := r.plainLeft(end, segStart); p.end > p.first {
			p.start = p.first
			return p, true
		}
		return r.clauseSubject(j, lo)
	}
	return r.clauseSubject(j, lo)
}

// titleAfterName reports a segment before the comma at c that is a title
// and follows a person's name and a comma: "Jane Roe, Chairman," of "Jane
// Roe, Chairman, Kelvo Bank, said".
func (r *run) titleAfterName(c, lo int) bool {
	toks := r.toks
	pc := r.prevComma(c-1, lo)
	if pc < lo || pc+1 >= c {
		return false
	}
	t0 := pc + 1
	if isArticleWord(toks[t0].Text) {
		t0++
	}
	if n, _ := entities.TitleAt(toks, t0); n == 0 || t0+n > c {
		return false
	}
	e := r.a.EntityAt(pc - 1)
	return e != nil && e.Kind == entities.Person && e.Tokens.End == pc
}

// openerOnly reports that the tokens [lo, c) before the comma at c are a
// sentence's opening adverbial and nothing else: "In the ensuing debate",
// "Later", "At the meeting on Tuesday".
func (r *run) openerOnly(lo, c int) bool {
	toks := r.toks
	if c-lo < 1 || c-lo > 8 || lo >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[lo].Text) {
	case "in", "at", "during", "on", "after", "later", "earlier", "meanwhile", "separately", "subsequently", "afterwards", "also":
	default:
		return false
	}
	for k := lo + 1; k < c; k++ {
		if toks[k].Is(",") || toks[k].Kind == entities.QuoteMark {
			return false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return false
		}
	}
	return true
}

// firstNamedBefore finds, for a name after the comma at c, a person named
// alone in the clause's first segment and followed by a description that
// opens with an article: "Jane Roe, the editor of the city's paper, The
// Kelvale Star, said" is Jane Roe's. It returns the person's phrase.
func (r *run) firstNamedBefore(c, lo int) (phrase, bool) {
	toks := r.toks
	first := lo
	comma := -1
	for k := first; k < c; k++ {
		if toks[k].Is(",") {
			comma = k
			break
		}
		if r.qAt[k] != 0 {
			return phrase{}, false
		}
	}
	if comma <= first || comma+2 >= c || !isArticleWord(toks[comma+1].Text) {
		return phrase{}, false
	}
	e := r.a.EntityAt(comma - 1)
	if e == nil || e.Kind != entities.Person || e.Tokens.End != comma || e.Tokens.First < first {
		return phrase{}, false
	}
	for k := first; k < e.Tokens.First; k++ {
		if !toks[k].IsCap() && !(k > first && toks[k].IsLower() && entities.IsTitleWord(toks[k].Text)) {
			return phrase{}, false // only a title may stand before the name
		}
	}
	for k := comma + 1; k < c; k++ {
		if toks[k].Is(",") || r.qAt[k] != 0 || isAux(toks[k].Text) || toks[k].Is("who") || toks[k].Is("and") {
			return phrase{}, false // one description, no clause, no list
		}
	}
	return phrase{first: e.Tokens.First, end: comma, start: first}, true
}

// clauseSubject finds the subject of a verb whose subject is separated
// from it by long appositives of any shape: "Sandy Phillips, who lost her
// daughter …, said", "The Obama administration, in a far-reaching effort
// …, has said". The subject is the first segment of the clause that holds
// a name or a speaker noun; j is the comma right before the verb.
func (r *run) clauseSubject(j, lo int) (phrase, bool) {
	toks := r.toks
	start := j
	for start > lo && j-start < 60 && toks[start-1].Kind != entities.QuoteMark && !toks[start-1].Is(";") &&
		!toks[start-1].Is(":") {
		start--
	}
	i := start
	for guard := 0; guard < 4 && i < j; guard++ {
		e := i
		for e < j && !toks[e].Is(",") {
			if toks[e].Is("(") {
				for e < j && !toks[e].Is(")") {
					e++
				}
			}
			e++
		}
		lw := strings.ToLower(toks[i].Text)
		if prepositions[lw] || subordinators[lw] || r.timeAt(i, e) > 0 || isAdverb(&toks[i]) || lw == "but" || lw == "and" {
			i = e + 1 // an opening adverbial: "In Ohio, …"
			continue
		}
		if e >= j || e-i > 12 {
			return phrase{}, false
		}
		if w := r.relativeAt(i, e); w > i {
			// "Yet some voters who have listened to his speeches, on
			// television …, said": the phrase before "who".
			for i < w && leadWords[strings.ToLower(toks[i].Text)] {
				i++
			}
			if p := r.plainLeft(w, i); p.end > p.first && p.first == i {
				p.start = p.first
				return p, true
			}
		}
		p := r.plainLeft(e, i)
		if p.end <= p.first {
			// A phrase the lists don't know ("People briefed on the move"):
			// the whole segment, when it names someone.
			if !r.nameLike(i, e) {
				return phrase{}, false
			}
			p = phrase{first: i, end: e}
		}
		p.start = p.first
		return p, true
	}
	return phrase{}, false
}

// relativeAt returns the index of the first "who" in [i, end) after a
// word, or -1.
func (r *run) relativeAt(i, end int) int {
	for k := i + 1; k < end; k++ {
		if r.toks[k].Is("who") {
			return k
		}
	}
	return -1
}

// nameLike reports whether tokens [i, end) can be a phrase that names
// speakers: it holds a name or a speaker noun, and no verb marker.
func (r *run) nameLike(i, end int) bool {
	toks := r.toks
	named := false
	for k := i; k < end; k++ {
		t := &toks[k]
		if t.Kind == entities.Punct && !t.Is("(") && !t.Is(")") && !t.Is("-") && !t.Is("%") || t.Kind == entities.QuoteMark {
			return false
		}
		lw := strings.ToLower(t.Text)
		switch lw {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "did", "does", "do", "not":
			return false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind != entities.Place || speakers.IsHeadNoun(lw) || t.Kind == entities.Number {
			named = true
		}
	}
	return named
}

// proportion reports whether tokens [i, end) name a share of people by
// numbers alone, as polls report answers: "Two in three", "nearly three in
// five", "half", "More than 4 in 10", "as many as three-fourths of them",
// "majorities in all five", "all but two", "at least 21,000".
func (r *run) proportion(i, end int) bool {
	toks := r.toks
	for k := i; k < end; k++ {
		t := &toks[k]
		switch {
		case r.quantifierAt(k), t.Is("in") && k > i && k+1 < end:
		case (t.IsFold("more") || t.IsFold("fewer")) && k+2 < end && toks[k+1].Is("than"), t.Is("than") && k > i && (toks[k-1].IsFold("more") || toks[k-1].IsFold("fewer")):
		case t.IsFold("as") && k+2 < end && toks[k+1].Is("many") && toks[k+2].Is("as"), t.Is("as") && k > i && toks[k-1].Is("many") && k+1 < end:
		case t.Is("but") && k > i && toks[k-1].IsFold("all") && k+1 < end: // "all but two"
		case (t.IsFold("at") && k+2 < end && (toks[k+1].Is("least") || toks[k+1].Is("most"))), (t.Is("least") || t.Is("most")) && k > i && toks[k-1].IsFold("at") && k+1 < end: // "at least 21,000"
		case t.Is("of") && k > i && k+2 == end && (objectPronouns[toks[k+1].Text] && !toks[k+1].Is("reporters") || toks[k+1].Is("those")):
			return true // "three-fourths of them"
		default:
			return false
		}
	}
	return i < end
}

// descriptive reports whether a phrase is a description without a name:
// "The French interior minister", "A Twitter spokesman".
func (r *run) descriptive(p phrase) bool {
	for k := p.first; k < p.end; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return false
		}
	}
	return speakers.IsHeadNoun(strings.ToLower(r.toks[p.end-1].Text))
}

// companionAside reports a segment that names others beside the subject:
// "together with Mayor John Doe", "along with two colleagues", "joined by
// the minister", "as well as her deputy", "including Jane Roe and John
// Doe". The subject is before it; the verb after it is not theirs.
func (r *run) companionAside(i, end int) bool {
	toks := r.toks
	if end-i < 2 || end-i > 20 || r.hasVerbMarker(i, end) {
		return false
	}
	w, w2 := strings.ToLower(toks[i].Text), strings.ToLower(toks[i+1].Text)
	switch {
	case (w == "together" || w == "along") && w2 == "with", w == "joined" && w2 == "by", w == "accompanied" && w2 == "by":
		return true
	case w == "alongside" || w == "including":
		return true
	case w == "as" && w2 == "well" && end-i > 2 && toks[i+2].IsFold("as"):
		return true
	}
	return false
}

// participialAside reports a segment that opens with a participle:
// "speaking for the Group of Friends", "citing a new report", "asked
// about the vote". The subject is before it.
func (r *run) participialAside(i, end int) bool {
	t := &r.toks[i]
	switch t.Text {
	case "including", "regarding", "concerning", "according", "following", "excluding", "notwithstanding":
		return false // prepositions in -ing
	}
	rel := i + 1 // a relative clause may end the aside: "… with lights that formed the name Trump"
	for rel < end && !r.toks[rel].Is("that") && !r.toks[rel].Is("which") && !r.toks[rel].Is("who") {
		rel++
	}
	if end-i >= 3 && end-i <= 20 && t.Kind == entities.Word && t.IsLower() && (strings.HasSuffix(t.Text, "ed") && len(t.Text) > 4 || pastParticiples[t.Text]) &&
		prepositions[r.toks[i+1].Text] && !r.hasVerbMarker(i, rel) {
		return true // "Mary Susan, clad in a red cape …, said", "Roe, flanked by aides, said"
	}
	return end-i >= 2 && end-i <= 20 && t.Kind == entities.Word && t.IsLower() && len(t.Text) > 4 && (strings.HasSuffix(t.Text, "ing") || t.Text == "asked" || t.Text == "pressed") &&
		!r.hasVerbMarker(i, end)
}

// pastParticiples are participles not in -ed that open an aside after a
// name: "clad in", "born in".
var pastParticiples = toSet(`clad born known seen shown worn driven chosen elected`)

// placeSegment reports a segment that says where the speaker before it
// is from: "of" or "from" and capitalized words ("of Flint", "from
// Liberty Baptist Church"), or a state's abbreviation ("Mich.", "N.H.").
func (r *run) placeSegment(i, end int) bool {
	toks := r.toks
	if i >= end || end-i > 6 {
		return false
	}
	if end-i <= 4 && toks[end-1].Is(".") || end-i == 1 && strings.HasSuffix(toks[i].Text, ".") {
		// "Mich.", "N.H.", "Fla."
		n := 0
		for k := i; k < end; k++ {
			if t := &toks[k]; t.Kind == entities.Word {
				if !t.IsCap() && !t.IsUpper() || len(strings.TrimSuffix(t.Text, ".")) > 5 || strings.Contains(t.Text, "-") { // not "R-Pa."
					return false
				}
				n++
			} else if !t.Is(".") {
				return false
			}
		}
		return n > 0
	}
	if !(toks[i].Is("of") || toks[i].Is("from")) || i+1 >= end {
		return false
	}
	for k := i + 1; k < end; k++ {
		if t := &toks[k]; t.Kind != entities.Word || !t.IsCap() && !t.IsUpper() || capStop(strings.ToLower(t.Text)) {
			return false
		}
	}
	return true
}

// degree reports a segment that is a degree or post-nominal: "Ph.D.",
// "MD", "M.P.H.".
func (r *run) degree(i, end int) bool {
	if end-i != 1 {
		return false
	}
	t := &r.toks[i]
	if t.Kind != entities.Word || len(t.Text) > 7 || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return false
	}
	upper := 0
	for _, c := range t.Text {
		if 'A' <= c && c <= 'Z' {
			upper++
		}
	}
	return upper >= 2 && (entities.IsPostNominal(t.Text) || t.IsUpper() && len(t.Text) <= 4)
}

// legalSuffix reports a segment that is a company's legal suffix, with
// its ticker perhaps: "Inc.", "Corp. (NYSE: ZRB)". The name is before it.
func (r *run) legalSuffix(i, end int) bool {
	t := &r.toks[i]
	switch strings.ToLower(strings.TrimSuffix(t.Text, ".")) {
	case "inc", "corp", "ltd", "llc", "plc", "gmbh", "llp", "co":
	default:
		return false
	}
	k := i + 1
	if k < end && r.toks[k].Is(".") {
		k++
	}
	return k == end || r.toks[k].Is("(") && r.toks[end-1].Is(")")
}

// afterPreposition reports a name at token k, inside a segment that starts
// at first, that comes after "of", "for", "at" or "in" (and "the"): a
// place or body the recognizer took for a person, inside an appositive
// ("leader of the Council of the Isles of Scilly").
func afterPreposition(toks []entities.Token, k, first int) bool {
	// a body's common nouns before its name: "founder of the Soweto-based
	// delivery start-up Runna"
	for n := 0; n < 4 && k-2 >= first && toks[k-1].Kind == entities.Word && (toks[k-1].IsLower() && !toks[k-1].Is("the") && !prepositionWord(toks[k-1].Text) && !objectPronouns[toks[k-1].Text] && !determinerWords[toks[k-1].Text] && !whWords[toks[k-1].Text] && !subjectPronouns[toks[k-1].Text] && !isAux(toks[k-1].Text) && !toks[k-1].Is("that") || entities.LowerAfterHyphen(toks[k-1].Text)); n++ {
		k-- // (not "many of them conservative Catholics": a pronoun's group)
	}
	if k-1 >= first && toks[k-1].Is("the") {
		k--
	}
	if k-1 < first {
		return false
	}
	if k-2 >= first && (toks[k-1].Is("near") || toks[k-1].Is("outside")) && toks[k-2].Is("from") {
		return true // "One farmer from near Shipston-on-Stour"
	}
	p := &toks[k-1]
	return p.Is("of") || p.Is("for") || p.Is("at") || p.Is("in") || p.Is("from") || p.Is("near")
}

// prepositionWord reports the prepositions afterPreposition stops at.
func prepositionWord(w string) bool {
	switch w {
	case "of", "for", "at", "in", "from", "near", "outside":
		return true
	}
	return false
}

// fieldItems reports a segment between commas that is only capitalized
// words, perhaps joined by "and" and ending in a body ("Rural Development",
// "Blue Economy and Sustainable Environment of the African Union
// Commission"): an item of a title's field, not a subject. Names and places
// are not.
func (r *run) fieldItems(i, end int) bool {
	if end-i < 1 || end-i > 12 {
		return false
	}
	for k := i; k < end; k++ {
		t := &r.toks[k]
		if e := r.a.EntityAt(k); e != nil && (e.Kind != entities.Organization || k == i) {
			return false // a name or a place: "Graham", "South Carolina"
		}
		if t.IsCap() && !entities.CommonWord(t.Text) && r.a.EntityAt(k) == nil {
			return false // an item is common words: "Rural Development"
		}
		if !(t.Kind == entities.Word && (t.IsCap() || t.IsUpper() || k > i && (t.Is("and") || t.Is("of") || t.Is("the") || t.Is("at"))) || t.Is("&")) {
			return false
		}
	}
	return true
}

// skipThe returns i, or the token after it when i is "the" and more follow.
func (r *run) skipThe(i, end int) int {
	if i+1 < end && r.toks[i].Is("the") {
		return i + 1
	}
	return i
}

// hedgedShare reports a share of people after hedging words, the whole
// of [i, end): "Just over a quarter", "Just shy of half", "About
// two-thirds".
func (r *run) hedgedShare(i, end int) bool {
	for i < end {
		switch strings.ToLower(r.toks[i].Text) {
		case "just", "about", "nearly", "almost", "roughly", "over", "under", "shy", "of", "some", "only":
			i++
			continue
		}
		break
	}
	return i < end && r.proportion(i, end)
}

// leadConjunction reports a capitalized conjunction that opens a
// sentence before its subject: "But", "And", "Yet", "So".
func leadConjunction(t *entities.Token) bool {
	return t.Is("But") || t.Is("And") || t.Is("Yet") || t.Is("So")
}

// headWithModifier returns the description from segStart (an article or
// determiner, adjectives) up to a head noun a speaker can have, when a
// short modifier in "of", "for", "from", "at" or "with" without a verb
// runs from the head to end: "The employee of nearly four years, a
// registered Republican, said" is the employee's.
func (r *run) headWithModifier(segStart, end int) (phrase, bool) {
	toks := r.toks
	h := -1
	for x := segStart; x < end && x < segStart+4; x++ {
		lw := strings.ToLower(toks[x].Text)
		if toks[x].Kind != entities.Word || prepositions[lw] || isAux(lw) || x > segStart && determinerWords[lw] {
			return phrase{}, false
		}
		if toks[x].IsLower() && headNoun(lw) && x+1 < end {
			h = x
			break
		}
	}
	if h < 0 || end-h > 8 {
		return phrase{}, false
	}
	switch toks[h+1].Text {
	case "of", "for", "from", "at", "with":
	default:
		return phrase{}, false
	}
	for x := h + 2; x < end; x++ {
		t := &toks[x]
		if t.Kind == entities.Punct || t.Kind == entities.QuoteMark || isAux(strings.ToLower(t.Text)) || whWords[t.Text] || t.Is("that") || subjectPronouns[t.Text] {
			return phrase{}, false
		}
		if _, ok := cueAt(toks, x); ok {
			return phrase{}, false
		}
	}
	return phrase{first: segStart, end: h + 1, start: segStart}, true
}

// descriptionBefore returns the description that a place or body at
// token place, after "from" or "near", follows at the start of a segment: "One farmer from
// near Kelvale, who asked not to be named, said" is the farmer's.
func (r *run) descriptionBefore(place, segStart int) (phrase, bool) {
	toks := r.toks
	pp := place - 1
	for pp > segStart && (toks[pp].Is("the") || toks[pp].Is("near") || toks[pp].Is("outside")) {
		pp--
	}
	if pp <= segStart || !(toks[pp].Is("from") || toks[pp].Is("near")) {
		return phrase{}, false
	}
	p := r.plainLeft(pp, segStart)
	if p.end <= p.first || p.first != segStart || !r.descriptive(p) {
		return phrase{}, false
	}
	p.start = p.first
	return p, true
}

// lowerWords reports whether tokens [i, end) are at most three words,
// all in lower case and none a preposition, a determiner or an auxiliary:
// "economist", "former senator"; not "contrast with".
func (r *run) lowerWords(i, end int) bool {
	if i >= end || end-i > 3 {
		return false
	}
	for k := i; k < end; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word || !t.IsLower() || prepositions[t.Text] || determinerWords[t.Text] || isAux(t.Text) || t.Is("of") {
			return false
		}
	}
	return true
}
