package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Speaker phrases after the verb, and what stands before a postposed
// subject.
//
//	"said Jane Roe"
//	"said the spokeswoman, Jane Roe"
//	"said speakers at today’s meeting"
//	"“…,” Jane Roe said" (a postposed subject: the quotation before it)

// rightPhrase finds the speaker after an inverted verb ("said Smith",
// "said the spokeswoman, Jane Doe", "said speakers at today’s meeting").
func (r *run) rightPhrase(j, end int) (phrase, bool) {
	toks := r.toks
	for j < end && r.timeAt(j, end) > 0 && toks[j].IsLower() {
		j += r.timeAt(j, end)
	}
	i := j
	afterPrep := 0
	for i < end {
		t := &toks[i]
		lw := strings.ToLower(t.Text)
		ok := false
		if (t.Is("’") || t.Is("'")) && !t.Space && i > j && i+1 < end && honorific(toks[i-1].Text) && toks[i+1].IsCap() {
			i++ // an honour written with an apostrophe: "said Dato’ Dr. Jane Roe"
			continue
		}
		if e := r.a.EntityAt(i); t.Kind == entities.QuoteMark && i > j && e != nil && e.Kind == entities.Person && e.Tokens.First >= j && e.Tokens.First < i {
			i = e.Tokens.End // a nickname in quotation marks inside a name: "– Devon “Bigga” Roe, farmer"
			continue
		}
		switch t.Kind {
		case entities.Possessive:
			ok = i > j
		case entities.Number:
			ok = i > j && afterPrep > 0
		case entities.Word:
			switch {
			case t.IsLower() && r.insideName(i) && (i > j || r.a.EntityAt(i).Kind == entities.Person && r.a.EntityAt(i).Tokens.First == i):
				ok = true // a particle inside a name: "Pieter van der Berg"; or opening it: "said van der Berg"
			case lw == "and" && i > j && afterPrep == 0 && r.titleThenName(i+1, end) > 0:
				i = r.titleThenName(i+1, end) // "said Kelvo’s co-founder and chief technology officer, Jane Roe": up to the name's comma
				continue
			case lw == "and" && i > j && i+1 < end && (toks[i+1].IsCap() || entities.IsTitleModifier(toks[i+1].Text)) && afterPrep == 0:
				ok = true // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
			case lw == "and" && i > j && i+1 < end && toks[i+1].IsLower() && entities.IsTitleWord(toks[i+1].Text) && r.personAhead(i+1, end) && afterPrep == 0:
				ok = true // "Hollow Pine Games CEO and co-founder Marta Roe"
			case i > j && t.IsLower() && toks[i-1].IsFold("and") && entities.IsTitleWord(lw) && r.personAhead(i, end):
				ok = true // (its second title, in lower case)
			case (lw == "who" && !(i > j && toks[i-1].Is("/")) && !r.orgLetters(i)) || lw == "which" || lw == "that" || lw == "and" && afterPrep == 0: // (not "WHO", the World Health Organization)
			case i > j && toks[i-1].Kind == entities.Possessive && r.postBeforeName(i, end) > i:
				i = r.postBeforeName(i, end) // "said Kelvo's Directeur général, Jane Roe": a post of the lists in any case, then the name
				continue
			case t.IsCap() || t.IsUpper():
				ok = !r.capStopAt(i) || i > j && lw == "the"
			case npWord(lw):
				ok = true
			case i > j && t.IsLower() && determinerWords[strings.ToLower(toks[i-1].Text)] && r.nameSetOff(i+1, end):
				ok = true // "said her son, Kofi Roe, an architect": a relation the lists don't know, then the name
			case t.IsLower() && r.lowerRun(j, i) && r.personAhead(i, end):
				// "retired neurosurgeon Ben Carson", "election lawyer Joe
				// Roe"; not the verb after a subject: "Cruz chided Trump".
				ok = true
			case i > j && isOrdinal(lw) && i+1 < end && toks[i+1].IsCap():
				ok = true // "Air Force 1st Lt. Tyler Livingston"
			case i > j && t.IsLower() && toks[i-1].IsCap() && roleWord(lw) && r.headAhead(i, end):
				ok = true // "Blaze co-host Stu Burguiere"
			case i == j && t.IsLower() && !determinerWords[lw] && r.headAhead(i, end) && r.nameAfterHead(i, end):
				ok = true // "says facilities director Jane Roe": a role in lower case before the name
			case t.IsLower() && i > 0 && isArticleWord(toks[i-1].Text) && i+2 < end && toks[i+1].Kind == entities.Possessive && (toks[i+2].IsCap() || r.headAhead(i+1, end)):
				ok = true // "said the home's Administrator, Jane Roe": a possessor the lists don't know
			case i > j && t.IsLower() && (toks[i-1].Kind == entities.Possessive || toks[i-1].IsLower() && i-2 >= j && toks[i-2].Kind == entities.Possessive) && r.headAhead(i, end):
				ok = true // "the Alliance's program director"
			case npConnectors[lw] && i > j && r.adjunctAfterName(i, end):
				// "said the Mayor of Kelvo Jane Roe at the opening
				// ceremony": where she spoke, not her body
			case npConnectors[lw] && i > j:
				ok = i+1 < end && toks[i+1].Kind == entities.Word
				afterPrep = 4
			case afterPrep > 0:
				// Not the verb of the clause the phrase is the subject of:
				// "The attorney general of the state is suing Acme, claiming …".
				if _, cue := cueAt(toks, i); !cue && !r.pastAfterNoun(i) && !r.auxVerbAt(i, end) {
					ok = true
					afterPrep--
				}
			case (i > j || i > 0 && isArticleWord(toks[i-1].Text)) && !t.IsCap() && determinerWords[strings.ToLower(toks[i-1].Text)] && (r.headAhead(i, end) || strings.Contains(lw, "-")):
				// "the base chief": a modifier the lists don't know, before
				// a head; also right after an article the caller skipped
				// ("The billionaire businessman began …, saying").
				ok = true
			}
		case entities.Punct:
			if t.Is(",") && i > j && toks[i-1].IsCap() && afterPrep > 0 {
				if k := entities.FieldListEnd(toks, i, end); k > i {
					i = k // a post's field listed: "said the Minister of Agriculture, Land Reform and Rural Development, Jane Roe"
					continue
				}
			}
			ok = t.Is("(") && r.shortParen(i, end) || t.Is(")") && r.closesShortParen(i, j) ||
				t.Is("/") && i > j && r.joinedAcronyms(i, end) || // "said PAHO/WHO Representative in Honduras Dr. Jane Roe"
				t.Is("&") && i > j && toks[i-1].IsCap() && i+1 < end && toks[i+1].IsCap() // "said Harlan & Pryce CEO Jane Roe"
		}
		if !ok {
			break
		}
		i++
	}
	for i > j && toks[i-1].Kind == entities.Word && npConnectors[strings.ToLower(toks[i-1].Text)] {
		i--
	}
	if i <= j {
		return phrase{}, false
	}
	return r.setOffName(phrase{first: j, end: i}, end), true
}

// adjunctAfterName reports "at", "during" or "on" at token i right after a
// person's name that a phrase of lower-case words with an article follows:
// where or when the person spoke ("Jane Roe at the opening ceremony"), no
// part of the phrase that names her (unlike "Jane Roe of Kelvo Bank").
func (r *run) adjunctAfterName(i, end int) bool {
	toks := r.toks
	if !(toks[i].Is("at") || toks[i].Is("during") || toks[i].Is("on")) || !r.personEndsAt(i) || i+2 >= end || !isArticleWord(toks[i+1].Text) {
		return false
	}
	return toks[i+2].Kind == entities.Word && toks[i+2].IsLower()
}

// joinedAcronyms reports a slash at i that joins two acronyms with no
// space: the bodies of a joint post, "PAHO/WHO Representative".
func (r *run) joinedAcronyms(i, end int) bool {
	toks := r.toks
	return i > 0 && i+1 < end && !toks[i].Space && !toks[i+1].Space && toks[i-1].IsUpper() && toks[i+1].IsUpper() &&
		toks[i-1].Kind == entities.Word && toks[i+1].Kind == entities.Word
}

// setOffName extends a description after a verb of saying to the name set
// off after it: "said the spokeswoman, Jane Doe", "said her co-founder,
// chief technology officer Jane Roe"; p itself when no name follows.
func (r *run) setOffName(p phrase, end int) phrase {
	toks := r.toks
	j, i := p.first, p.end
	// "the spokeswoman, Jane Doe": the name after a description.
	if i+1 < end && toks[i].Is(",") {
		n := i + 1
		if f := r.fieldSetOff(n, end); f > n && !r.personIn(j, i) {
			n = f // "said Kelvo Networks' General Manager, Public Lighting, Jane Roe": the post's field, then the name
		}
		if c := r.secondPostSetOff(n, end); c > n && !r.personIn(j, i) {
			n = c // "said the Chair of the Forum, Kelvo's Minister for Foreign Affairs, Jane Roe": a second post, then the name
		}
		for n+1 < end && n < i+6 && (honorific(toks[n].Text) || entities.RightStyle(toks[n].Text) && (toks[n+1].Is("Hon") || toks[n+1].Is("Hon.")) ||
			n > i+1 && toks[n].IsLower() && strings.HasSuffix(toks[n].Text, ".") && len(toks[n].Text) <= 5 && honorific(toks[n-1].Text)) {
			n++ // "said the company's chief medical officer, Dr. Jane Roe", "…, Rt Hon Dame Jane Roe MP", "…, Prof. Dr. med. Jane Roe"
		}
		if t := r.lowerTitleBefore(n, end); t > n && !r.personIn(j, i) {
			n = t // "said her co-founder, chief technology officer Jane Roe": a post in lower case before the name
		}
		if e := r.a.EntityAt(n); e != nil && e.Kind == entities.Person && e.Tokens.First == n {
			after := e.Tokens.End
			if after+1 < end && postNominal(toks[after].Text) {
				after++ // "…, Dame Jane Roe MP."
			}
			if after == end || toks[after].Is(",") || toks[after].Is(".") {
				p.end = after
			}
		}
	}
	return p
}

// secondPostSetOff returns the token after a second post set off by commas
// from token i, up to twelve words with a post's word and no person's
// name, when a person's name follows it: "Kelvo's Minister for Foreign
// Affairs, Jane Roe"; i when there is none.
func (r *run) secondPostSetOff(i, end int) int {
	if !entities.SecondPost(r.toks, i, end) {
		return i
	}
	for k := i; k < end && k < i+12; k++ {
		if r.toks[k].Is(",") {
			if e := r.a.EntityAt(k + 1); r.nameSetOff(k, end) && !(e.Tokens.End+1 < end && r.toks[e.Tokens.End].Is(",") && r.toks[e.Tokens.End+1].Is("and")) {
				return k + 1 // (not a list of holders: "…, Alan Doe, and the Governor …")
			}
			return i
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return i
		}
	}
	return i
}

// lowerTitleBefore returns where a person's name starts after a title in
// lower case at token i, up to five words that end in a title's head
// ("chief technology officer Jane Roe" gives the index of "Jane"); i
// itself when no such title and name are there.
func (r *run) lowerTitleBefore(i, end int) int {
	toks := r.toks
	k := i
	for k < end && k < i+5 && toks[k].Kind == entities.Word && toks[k].IsLower() && !prepositions[toks[k].Text] && !npConnectors[toks[k].Text] {
		k++
	}
	if e := r.a.EntityAt(k); k > i && entities.IsTitleWord(toks[k-1].Text) && e != nil && e.Kind == entities.Person && e.Tokens.First == k {
		return k
	}
	return i
}

// fieldSetOff returns the token after a title's field of one to three
// capitalized words that no entity starts and a comma closes, where a
// person's name follows: ", Public Lighting, Jane Roe" gives the index
// of "Jane"; i itself when there is none.
func (r *run) fieldSetOff(i, end int) int {
	toks := r.toks
	k := i
	for k < end && k < i+3 && toks[k].Kind == entities.Word && toks[k].IsCap() && (k == i || r.a.EntityAt(k) == nil) {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return i
		}
		k++
	}
	if k == i || !r.nameSetOff(k, end) {
		return i
	}
	return k + 1
}

// personIn reports a person's name among the tokens [i, end).
func (r *run) personIn(i, end int) bool {
	for k := i; k < end; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return true
		}
	}
	return false
}

// titleThenName returns where up to four lower-case words from token i
// end, when they end in a title and a person's name set off by a comma
// follows: "chief technology officer, Jane Roe" (as fieldSetOff reads a
// capitalized field); 0 when they do not.
func (r *run) titleThenName(i, end int) int {
	k := i
	for k < end && k < i+4 && r.toks[k].Kind == entities.Word && r.toks[k].IsLower() {
		k++
	}
	if k > i && entities.IsTitleWord(r.toks[k-1].Text) && r.nameSetOff(k, end) {
		return k
	}
	return 0
}

// postBeforeName returns the token after a post of the title lists at
// token i that a person's name follows, set off by a comma or not, with
// its honorifics: "Directeur général, Mr Jane Roe", "chief executive Jane
// Roe" give the index of the comma or of "Jane"; i itself when there is
// none.
func (r *run) postBeforeName(i, end int) int {
	n, _ := entities.TitleAt(r.toks, i)
	if n == 0 || i+n >= end {
		return i
	}
	k := i + n
	if r.toks[k].Is(",") {
		k++
	}
	for k < end && k < i+n+3 && honorific(r.toks[k].Text) {
		k++ // "…, Mr Jane Roe", "…, Dr. Jane Roe"
	}
	if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k {
		return i + n
	}
	return i
}

// nameSetOff reports a comma at token i and a person's name after it:
// ", Kofi Roe".
func (r *run) nameSetOff(i, end int) bool {
	if i+1 >= end || !r.toks[i].Is(",") {
		return false
	}
	e := r.a.EntityAt(i + 1)
	return e != nil && e.Kind == entities.Person && e.Tokens.First == i+1
}

// shortParen reports a parenthesis at token i of one to three words
// inside a speaker's phrase: "(R-Texas)", "(South Asia)".
func (r *run) shortParen(i, end int) bool {
	for k := i + 1; k < end && k <= i+4; k++ {
		if r.toks[k].Is(")") {
			return k > i+1
		}
		if r.toks[k].Kind != entities.Word {
			return false
		}
	}
	return false
}

// closesShortParen reports the ")" at token i of a short parenthesis that
// opened after token j.
func (r *run) closesShortParen(i, j int) bool {
	for k := i - 1; k >= j && k >= i-4; k-- {
		if r.toks[k].Is("(") {
			return r.shortParen(k, i+1)
		}
	}
	return false
}

// postNominal reports letters after a name: a member's ("MP", "MEP",
// "MSP"), an honour's ("OBE") or a degree ("PhD").
func postNominal(w string) bool { return entities.IsPostNominal(w) }

// headAhead reports whether a speaker's head noun follows token i within
// three lower-case words.
func (r *run) headAhead(i, end int) bool {
	for k := i + 1; k < end && k <= i+3; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word {
			return false
		}
		if lw := strings.ToLower(t.Text); speakers.IsHeadNoun(lw) || t.IsCap() {
			return true
		}
		if !t.IsLower() {
			return false
		}
	}
	return false
}

// personAhead reports a person's name within four words after the
// lower-case word i, with only descriptive words between: the role or
// trade written before a name without an article ("retired neurosurgeon
// Ben Carson", "former tech executive Carly Fiorina").
func (r *run) personAhead(i, end int) bool {
	toks := r.toks
	for k := i; k < end && k <= i+4; k++ {
		t := &toks[k]
		if t.Kind != entities.Word {
			return false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k {
			// The word before the name is a noun, not a verb taking the
			// name as its object: "chided Trump", "backs Trump".
			if k == i {
				return false
			}
			b := strings.ToLower(toks[k-1].Text)
			return !strings.HasSuffix(b, "ed") && !(strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss"))
		}
		lw := strings.ToLower(t.Text)
		if determinerWords[lw] || prepositions[lw] || npConnectors[lw] || subordinators[lw] || lw == "but" || lw == "or" || isAux(lw) || subjectPronouns[lw] || objectPronouns[lw] || whWords[lw] ||
			lw == "that" || lw == "not" || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") {
			return false
		}
		if _, cue := cueAt(toks, k); cue {
			return false
		}
	}
	return false
}

// lowerRun reports lower-case words only in [i, end).
func (r *run) lowerRun(i, end int) bool {
	for k := i; k < end; k++ {
		if r.toks[k].Kind != entities.Word || !r.toks[k].IsLower() {
			return false
		}
	}
	return true
}

type postKind uint8

const (
	postNone  postKind = iota
	postComma          // the subject follows a comma: "…, Smith said"
	postQuote          // the subject follows a quotation: "“…,” Smith said"
)

// postposed tells what stands before the subject that starts at token i:
// a closing quotation mark or a comma within a few words, or neither.
func (r *run) postposed(i, lo int) postKind {
	if i == lo && i > 0 && r.closesQuote(i-1) && r.a.SentenceOf(i-1) != r.a.SentenceOf(i) && r.toks[i].Newlines == 0 {
		// “Am I wrong?” Trump asked. — the question mark ended a sentence.
		return postQuote
	}
	if i > lo {
		switch strings.ToLower(r.toks[i-1].Text) {
		case "which", "that", "who", "whom", "what", "as", "than", "and", "but":
			return postNone // "…, which her campaign refers to as", "as Sanders proposes", "…, and the delegates pledged"
		}
	}
	between := false
	for k := i - 1; k >= lo && k >= i-8; k-- {
		t := &r.toks[k]
		switch {
		case r.closesQuote(k) && r.titleQuote(k):
			return postComma
		case r.closesQuote(k):
			return postQuote // the words between belong to the subject: "…,” nuclear experts … said"
		case t.Is(","):
			if between {
				// Words between the comma and the subject make it part of
				// another clause: "…, a word Trump then repeated", "…, as
				// rival Bernie Sanders continues", "…, could blunt
				// Republican claims".
				return postNone
			}
			return postComma
		case t.Kind == entities.Punct || t.Kind == entities.QuoteMark:
			return postNone
		case t.Kind == entities.Word && !isAdverb(t) && r.qAt[k] == 0 && t.IsLower() && clauseWord(t.Text):
			between = true
		}
	}
	return postNone
}

// titleQuote reports whether the quotation that closes at token k (or at
// the comma k) names a show, book or film rather than quoting speech: it
// follows a possessive or preposition ("on Fox News channel’s “Sunday
// Morning Futures,”") and is a few capitalized words.
func (r *run) titleQuote(k int) bool {
	if r.toks[k].Is(",") {
		k--
	}
	qi := r.qAt[k]
	if qi == 0 {
		return false
	}
	q := &r.qs[qi-1]
	if q.open == 0 || r.words(q.parts) > 6 {
		return false
	}
	p := &r.toks[q.open-1]
	if !(p.Kind == entities.Possessive || prepositions[strings.ToLower(p.Text)] && p.IsLower()) {
		return false
	}
	for i := q.open + 1; i < k; i++ {
		if t := &r.toks[i]; t.Kind == entities.Word && t.IsLower() && !npConnectors[t.Text] && t.Text != "the" && t.Text != "a" {
			return false
		}
	}
	return true
}

// inversionEnds reports whether an inverted subject ending at token i
// ends its clause: "said Smith." or "said Smith, a …" or "said Smith on
// Tuesday", not "said Trump could file".
func (r *run) inversionEnds(i, end int) bool {
	if i >= end {
		return true
	}
	t := &r.toks[i]
	if t.Kind == entities.Punct || t.Kind == entities.QuoteMark {
		return true
	}
	lw := strings.ToLower(t.Text)
	// "said the base chief known as Bob", "said Smith, speaking publicly"
	participle := t.IsLower() && len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "wn"))
	// "said Smith when asked about …", "said Smith because …"
	return prepositions[lw] || subordinators[lw] || r.timeAt(i, end) > 0 || isAdverb(t) || participle || lw == "who" || lw == "that" || lw == "which" || lw == "whose"
}

// isOrdinal reports "1st", "2nd", "23rd", "4th".
func isOrdinal(w string) bool {
	n := 0
	for n < len(w) && '0' <= w[n] && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// roleWord reports a lower-case word shaped like a role the lists don't
// know: hyphenated ("co-host") or with an agent suffix ("organizer").
func roleWord(w string) bool {
	if strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nameAfterHead reports a capitalized name right after the lower-case
// words of a role that starts at token i: "facilities director Jane Roe".
func (r *run) nameAfterHead(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		if r.toks[k].IsCap() {
			e := r.a.EntityAt(k)
			return e != nil && e.Kind == entities.Person && e.Tokens.First == k
		}
		if !r.toks[k].IsLower() {
			return false
		}
	}
	return false
}

// pastAfterNoun reports a past form at i after a noun, which ends a
// prepositional phrase as the verb of the subject it belongs to: "A
// spokeswoman for the committee emailed reporters" (not "for the
// embattled governor", "for the state's elected officials").
func (r *run) pastAfterNoun(i int) bool {
	p := &r.toks[i-1]
	return finiteEd(&r.toks[i]) && p.Kind == entities.Word && p.IsLower() && !determinerWords[p.Text] && !npAdjectives[p.Text] && !isAdverb(p)
}

// auxVerbAt reports an auxiliary at i before a participle in lower case,
// the verb of the clause a phrase is the subject of: "is suing", "has
// said", "was asked".
func (r *run) auxVerbAt(i, end int) bool {
	toks := r.toks
	if !toks[i].IsLower() || !isAux(toks[i].Text) || i+1 >= end || toks[i+1].Kind != entities.Word || !toks[i+1].IsLower() {
		return false
	}
	v := toks[i+1].Text
	return strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed")
}
