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

// placeAfterIn reports a phrase p that is a place the recognizer names,
// after "in" or "near" at token b: where a description's subject is, not
// the subject.
func (r *run) placeAfterIn(p phrase, b int) bool {
	e := r.a.EntityAt(p.end - 1)
	return (r.toks[b].Is("in") || r.toks[b].Is("near")) && e != nil && e.Kind == entities.Place && e.Tokens.End == p.end
}

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
	if j-3 >= lo && toks[j].Is(")") && toks[j-2].Is("(") && timeWords[strings.ToLower(toks[j-1].Text)] && r.timeAt(j-3, j-2) > 0 {
		j -= 3 // "Jane Roe TD today (Friday) announced": the day named again in parentheses
	} else if o := datedParen(toks, j, lo); o > 0 && r.timeAt(o-1, o) > 0 {
		j = o - 1 // or its date: "Environment Secretary Jane Roe today (3 February) announced"
	}
	if t := r.timeBefore(j, lo); t < j && !strings.HasSuffix(toks[k].Text, "ing") { // not "began a campaign this week praising"
		j = t // "Ann Lee on Tuesday said", "The campaign last week announced"
		for j >= lo && isAdverb(&toks[j]) {
			j--
		}
	}
	// A parenthesis after the name: "Rep. Earl Blumenauer (D-Ore.) said";
	// up to three in a row: "Kelvo Mines Plc (LuSE: KMP) (“Kelvo” or “the
	// Company”) announced".
	for n := 0; n < 3 && j >= lo && toks[j].Is(")"); n++ {
		o := j - 1
		for o >= lo && o > j-10 && !toks[o].Is("(") {
			o--
		}
		if o < lo || !toks[o].Is("(") {
			break
		}
		j = o - 1
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
	case (lw == "who" || lw == "which" || contractedWho(lw)) && !r.orgLetters(j): // (not "WHO warned that …", the World Health Organization)
		// "Smith, who said", "the committee, which said", "delegates who’ve said"
		a := j - 1
		if a >= lo && toks[a].Is(",") {
			a--
		}
		if a >= lo {
			if p, ok := r.leftPhrase(a+1, lo); ok {
				if n, ok := r.describedSpeaker(p, lo); ok {
					p = n // "“…,” said Jane Roe, chief executive of Acme, who added that …"
				} else if n, ok := r.nameBeforeDescription(p.first, lo); ok {
					p = n // "Halima, a 34-year-old mother of five from West Darfur, who said"
				} else if n, ok := r.personBeforePlace(p, lo); ok && lw == "who" {
					p = n // "Jane Roe, Coordinator of the Kelvo Network, a group working in Mali and Niger, who described …": "who" is no country
				}
				p.mFirst, p.mEnd = j, j+1
				return p, true
			}
			if c := r.shareBefore(j, lo); c < j {
				return phrase{first: c, end: j, start: c, mFirst: j, mEnd: j + 1}, true
			}
			if a == j-1 && toks[a].IsFold("those") {
				return phrase{first: a, end: j, start: a, mFirst: j, mEnd: j + 1}, true // "those who said …" (unnamedRelative)
			}
		}
		if a >= 0 && a < lo && toks[a+1].Is(",") && r.last >= 0 && r.out[r.last].Mention != nil && r.mentionReaches(r.out[r.last].Mention.End, a) {
			// The speaker just named is the antecedent: "“…,” said Beck,
			// who said there were …", "“…,” said a delegate familiar with
			// the talks, who added that …". The phrase starts at "who":
			// the name belongs to the attribution before.
			m := r.out[r.last].Mention
			return phrase{first: r.a.TokenAt(m.Start), end: r.a.TokenAt(m.End), start: j, mFirst: j, mEnd: j + 1}, true
		}
		return phrase{}, false
	case t.Is(","):
		return r.appositiveLeft(j, lo)
	case r.titleCommaInside(j, lo):
		// "John Roe, the author of “The Old Law,” said": the appositive's
		// comma stands inside the title's closing mark.
		return r.appositiveLeft(j+1, lo)
	case isAsideEnd(t) && !t.Is(","):
		if p, ok := r.dashRelativeLeft(j, lo); ok {
			return p, true
		}
	}
	if j-2 >= lo && r.numberOfHead(j) {
		// a description by the number of one's children: "A mother of
		// two said", "One father of five, who …, said"
		if c := r.clauseStartBefore(j, lo); c <= j-2 && j-2-c <= 3 && !r.hasVerbMarker(c, j) {
			return phrase{first: c, end: j + 1, start: c}, true
		}
	}
	if p := r.plainLeft(j+1, lo); p.end > p.first {
		if f := entities.LegalFormStart(toks, p.first, p.end); f < p.end && f-2 >= lo && toks[f-1].Is(",") {
			// "Zentrix Robotics, Inc. announced", "Kelvo Peninsular, S.A.
			// de C.V., which …, said": the company, not its legal form.
			if q := r.plainLeft(f-1, lo); q.end > q.first {
				p.first = q.first
			}
		}
		p.start = p.first
		if q, ok := r.personBeforeBodysUnit(p, lo); ok {
			return q, true
		}
		if q, ok := r.personOfKindedBody(p, lo); ok {
			return q, true
		}
		if q, ok := r.unclosedAppositive(p, lo); ok {
			return q, true
		}
		b := p.first - 1
		if b > lo && isArticleWord(toks[b].Text) {
			b--
		}
		if in := b - boolInt(b > lo && toks[b].IsLower() && !prepositions[toks[b].Text]); in >= lo && r.placeAfterIn(p, in) {
			// Where the one described is: "A respiratory therapist at a
			// regional hospital in northern Kelvo said".
			if q, ok := r.modifiedDescription(j, k, lo); ok {
				return q, true
			}
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

// personBeforeBodysUnit returns the person a phrase p of a body's unit
// belongs to, set off by a comma after her body with no comma before the
// verb: "Special Agent in Charge Jane Roe of the Kelvo Department of
// Health, Office of Inspector General (KDH-OIG) said" is Jane Roe's, not
// the office's.
func (r *run) personBeforeBodysUnit(p phrase, lo int) (phrase, bool) {
	c := p.first - 1
	if c <= lo || !r.toks[c].Is(",") {
		return phrase{}, false
	}
	if e := r.a.EntityAt(p.first); e == nil || e.Kind != entities.Organization || e.Tokens.First != p.first {
		return phrase{}, false
	}
	if !r.personOpens(c, lo) {
		return phrase{}, false
	}
	ps := max(r.prevComma(c-1, lo)+1, lo)
	for x := ps; x < c && x < ps+6; x++ {
		if e := r.a.EntityAt(x); e != nil && e.Kind == entities.Person && e.Tokens.First == x {
			if !r.ofBodyTo(e.Tokens.End, c) {
				return phrase{}, false
			}
			return phrase{first: x, end: e.Tokens.End, start: ps}, true
		}
	}
	return phrase{}, false
}

// personOfKindedBody returns the person a phrase p of a body belongs to
// when its kind in lower case stands between them: "Jane Roe of the
// advocacy group Forum Petani Lestari said" is Jane Roe's, not the
// group's.
func (r *run) personOfKindedBody(p phrase, lo int) (phrase, bool) {
	toks := r.toks
	b := r.a.EntityAt(p.end - 1)
	if b == nil || b.Tokens.End != p.end || b.Tokens.First < 1 || !speakers.KindNoun(toks[b.Tokens.First-1].Text) {
		return phrase{}, false // (a body's name after its kind, whatever the recognizer made of it: "the advocacy group Forum Petani Lestari")
	}
	k := b.Tokens.First - 1
	for n := 0; k > lo && n < 3 && toks[k].Kind == entities.Word && (toks[k].IsLower() || entities.BasedIn(toks[k].Text)) && !prepositions[toks[k].Text] && !isArticleWord(toks[k].Text); n++ { // (where it is based too: "the Jambi-based advocacy group")
		k--
	}
	if k <= lo || !toks[k].IsFold("the") || !toks[k-1].Is("of") && !toks[k-1].Is("at") {
		return phrase{}, false
	}
	e := r.a.EntityAt(k - 2)
	if e == nil || e.Kind != entities.Person || e.Tokens.End != k-1 || e.Tokens.First < lo {
		return phrase{}, false
	}
	return phrase{first: e.Tokens.First, end: e.Tokens.End, start: e.Tokens.First}, true
}

// ofBodyTo reports "of" or "at" and a body's name from token k up to the
// comma at c: "of the Kelvo Department of Health".
func (r *run) ofBodyTo(k, c int) bool {
	if k+1 >= c || !(r.toks[k].Is("of") || r.toks[k].Is("at")) {
		return false
	}
	e := r.a.EntityAt(r.skipThe(k+1, c))
	return e != nil && e.Kind == entities.Organization && e.Tokens.End == c
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

// nameBeforeDescription returns the person named right before a
// description that starts at token f (perhaps after its article) and is
// set off by a comma: in "Halima, a 34-year-old mother of five, who
// said" the relative clause is Halima's, and in "Jane Roe, a 29-year-old
// staff nurse at a clinic in Kelvo, who asked" Jane Roe's (the phrase
// found starts at its head, after the words that modify it).
func (r *run) nameBeforeDescription(f, lo int) (phrase, bool) {
	toks := r.toks
	for k := f - 1; k > lo && f-k <= 4 && (toks[k].Kind == entities.Word && toks[k].IsLower() || strings.HasSuffix(toks[k].Text, "-old")) && !isArticleWord(toks[k].Text) && !npConnectors[toks[k].Text] && !prepositions[toks[k].Text] && !subordinators[toks[k].Text] && !strings.HasSuffix(toks[k].Text, "ing"); k-- {
		if toks[k-1].IsFold("a") || toks[k-1].IsFold("an") {
			f = k
			break
		}
	}
	if f-1 >= lo && (toks[f-1].IsFold("a") || toks[f-1].IsFold("an")) {
		f--
	}
	if f-2 < lo || !toks[f-1].Is(",") {
		return phrase{}, false
	}
	e := r.a.EntityAt(f - 2)
	if e == nil || e.Kind != entities.Person || e.Tokens.End != f-1 || e.Tokens.First < lo {
		return phrase{}, false
	}
	return phrase{first: e.Tokens.First, end: e.Tokens.End, start: e.Tokens.First}, true
}

// personBeforePlace returns the person named last before a phrase p of
// places the recognizer names ("Mali and Niger"), in the sentence from lo: the
// antecedent of a "who" that a description ending in places keeps apart.
func (r *run) personBeforePlace(p phrase, lo int) (phrase, bool) {
	for k := p.first; k < p.end; k++ {
		if e := r.a.EntityAt(k); (e == nil || e.Kind != entities.Place) && !r.toks[k].Is("and") && !r.toks[k].Is(",") {
			return phrase{}, false // (places alone: not "residents of Kelvo, who said", the residents)
		}
	}
	for k := p.first - 1; k >= lo; k-- {
		if r.qAt[k] != 0 {
			break
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.Len() > 1 {
			return phrase{first: e.Tokens.First, end: e.Tokens.End, start: e.Tokens.First}, true
		}
	}
	return phrase{}, false
}

// contractedWho reports "who" with its auxiliary in one word, as the
// tokenizer leaves "who’ve", "who's" and "who’d": "the delegates who’ve
// already said they back her" (invented) has the delegates for subject.
func contractedWho(lw string) bool {
	switch strings.ReplaceAll(lw, "’", "'") {
	case "who's", "who've", "who'd":
		return true
	}
	return false
}

// relativePronoun reports "who" or "which" at token k, "who" with its
// auxiliary too ("who’s"): a relative clause's subject.
func (r *run) relativePronoun(k int) bool {
	t := &r.toks[k]
	return t.IsFold("who") || t.IsFold("which") || contractedWho(strings.ToLower(t.Text))
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
			if o > lo && toks[o-1].Kind == entities.Word {
				// "Neil Roe, director of the group Acme for America - which
				// has endorsed her - said": the dash closes the appositive.
				if p, ok := r.appositiveLeft(o, lo); ok && p.end < o-1 {
					return p, true
				}
			}
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
// follows the name or its parenthesis, or p itself when it opens with a
// capitalized title and the name opens the clause: "“…,” Jane Roe, Head
// of the Water Unit said."
func (r *run) unclosedAppositive(p phrase, lo int) (phrase, bool) {
	toks := r.toks
	if e := r.a.EntityAt(p.first); e != nil && e.Kind == entities.Person {
		return phrase{}, false
	}
	named := false // a person named after her description: "In Lodwar, village nurse Jane Ekai said" is Jane Ekai's (but "Jane Roe, and Secretary General John Doe said" is the first's, as the gold gives two subjects)
	if e := r.a.EntityAt(p.end - 1); e != nil && e.Kind == entities.Person && e.Tokens.End == p.end && e.Tokens.Len() > 1 {
		named = true
	}
	c := p.first - 1
	for c > lo && p.first-c < 10 && toks[c].Kind == entities.Word && toks[c].IsLower() {
		if toks[c].Is("and") {
			named = false
		}
		if lw := toks[c].Text; (whWords[lw] || subordinators[lw]) && lw != "who" && lw != "whom" && lw != "which" {
			// "…'s 1st District, where local party leaders say": the
			// words after the comma open a clause, and p is its subject
			// (not "Ana Berg, who drafted the resolution said").
			return phrase{}, false
		}
		c--
	}
	if c <= lo || !toks[c].Is(",") || named {
		return phrase{}, false
	}
	titled := c == p.first-1
	if titled && !(toks[p.first].IsCap() && entities.IsTitleWord(strings.ToLower(toks[p.first].Text))) {
		return phrase{}, false
	}
	q, ok := r.leftPhrase(c, lo)
	if !ok || q.end > c {
		return phrase{}, false
	}
	if titled && (q.first != q.start || q.first > lo && toks[q.first-1].Kind != entities.QuoteMark && r.a.SentenceOf(q.first-1) == r.a.SentenceOf(q.first)) {
		return phrase{}, false
	}
	if e := r.a.EntityAt(q.end - 1); e == nil || e.Kind != entities.Person {
		if !(toks[c-1].Is(")") && r.a.EntityAt(q.first) != nil && r.a.EntityAt(q.first).Kind == entities.Person) {
			return phrase{}, false
		}
	}
	return q, true
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
			t.IsLower() && (t.Is("though") || t.Is("although") || t.Is("because") || t.Is("whereas") || r.subordinatorAt(c-1)) ||
			t.IsFold("and") && (c-1 > lo && toks[c-2].Is(",") || c-1 == lo) {
			break // "…, and one in four said", and "and" where the attribution before ends: "Most said … and one in four said"
		}
		c--
	}
	return c
}

// clauseSubordinators open a clause whose subject follows them, and are
// prepositions too: "He stayed as advocates in the town said he should
// go", "after officials in the county said"; the subject is after them.
// Before "a" or "an" they are prepositions: "as a wake-up call for …"
// (subordinatorAt).
// ("when" is left out: on train it found no quote more, and proposed
// nested ones in releases.)
var clauseSubordinators = toSet(`as after before since once until unless if where`)

// subordinatorAt reports a clause subordinator at i that opens a clause:
// not a preposition before "a" or "an", nor the "as" of "as many as",
// "such as", "as well as".
func (r *run) subordinatorAt(i int) bool {
	toks := r.toks
	if !clauseSubordinators[toks[i].Text] || i+1 >= len(toks) || toks[i+1].IsFold("a") || toks[i+1].IsFold("an") {
		return false
	}
	if toks[i].Text == "as" && (i >= 1 && (toks[i-1].IsFold("such") || toks[i-1].IsFold("well")) || i >= 2 && toks[i-2].IsFold("as") || i+2 < len(toks) && toks[i+2].Is("as")) {
		return false
	}
	return true
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

// mentionReaches reports whether a mention ending at byte offset end
// reaches token a: it ends there, or only a prepositional phrase of
// words follows it up to a ("a delegate familiar with the talks", whose
// mention ends at "familiar"; "Jane Roe of Acme Robotics").
func (r *run) mentionReaches(end, a int) bool {
	toks := r.toks
	if end == toks[a].End {
		return true
	}
	e := r.a.TokenAt(end) // the first token after the mention
	if e > a || a-e >= 6 || toks[e].Start < end || !toks[e].IsLower() || !prepositions[toks[e].Text] && !toks[e].Is("of") {
		return false
	}
	for k := e; k <= a; k++ {
		if toks[k].Kind != entities.Word {
			return false
		}
		if _, ok := cueAt(toks, k); ok {
			return false
		}
	}
	return true
}

// describedSpeaker returns the mention of the speaker just named when p
// only describes her, set off by a comma right after her name: in "“…,”
// said Jane Roe, chief executive of Acme Robotics, who added that …" the
// one who added is Jane Roe, not a second person called "chief executive";
// so in "…, said Jane Roe, of Acme Robotics, who added".
func (r *run) describedSpeaker(p phrase, lo int) (phrase, bool) {
	toks := r.toks
	c := p.first - 1
	if c > 0 && (toks[c].Is("of") || toks[c].Is("at") || toks[c].Is("from")) {
		c-- // "…, said Jane Roe, of Acme Robotics, who added"
	}
	if c < 1 || c > lo || !toks[c].Is(",") || r.last < 0 {
		return phrase{}, false
	}
	m := r.out[r.last].Mention
	if m == nil || m.End != toks[c-1].End {
		return phrase{}, false
	}
	if e := r.a.EntityAt(p.first); e != nil && e.Kind == entities.Person && e.Tokens.First == p.first && e.Tokens.End >= p.end {
		return phrase{}, false // "…, said Jane Roe, John Doe, who …": another person
	}
	return phrase{first: r.a.TokenAt(m.Start), end: c, start: p.start}, true
}

// datedParen returns the opening parenthesis of a date in parentheses
// that closes at token j, a month's name and numbers ("(3 February)",
// "(February 3, 2025)"), or 0.
func datedParen(toks []entities.Token, j, lo int) int {
	if j < lo+2 || !toks[j].Is(")") {
		return 0
	}
	for o := j - 1; o > lo && o >= j-5; o-- {
		if toks[o].Is("(") {
			if entities.DateWords(toks, o+1, j) {
				return o
			}
			return 0
		}
	}
	return 0
}
