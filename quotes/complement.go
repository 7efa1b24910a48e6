package quotes

import (
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// Where reported speech starts after its verb, and whether what follows
// the verb is something said at all.
//
//	"told reporters on Tuesday that …"    after the hearer and adverbials
//	"said: “…”"                           after a colon
//	"explained to the committee why …"    a wh-clause
//	"said on Tuesday during a visit."     nothing said (compNone)

type compKind uint8

const (
	compNone   compKind = iota // nothing follows but adverbials
	compThat                   // "that ..."
	compColon                  // ": ..."
	compQuote                  // a quotation opens
	compClause                 // a clause without "that", or "how", "whether"
	compComma                  // ", adding ...", ", according to ..."
	compWh                     // "how ...", "whether ..."
)

// timeWords make a time adverbial on their own: "said Tuesday".
var timeWords = wordList("time_words")

// timeNouns follow "last", "this", "next" or "early" in an adverbial: "last week".
var timeNouns = wordList("time_nouns")

// timeAt returns the length of a time adverbial at token j: "Tuesday",
// "last week", "early Friday", "this past week", "earlier this month"; 0
// when none starts there.
func (r *run) timeAt(j, end int) int {
	if j >= len(r.toks) {
		return 0 // (after a time at the text's end: "said by 0000A this week")
	}
	t := &r.toks[j]
	if t.Kind != entities.Word {
		return 0
	}
	lw := strings.ToLower(t.Text)
	if timeWords[lw] {
		return 1
	}
	switch lw {
	case "on":
		if j+1 < end && timeWords[strings.ToLower(r.toks[j+1].Text)] && r.toks[j+1].IsCap() {
			return 2 // "on Wednesday"
		}
	case "last", "this", "next", "early", "late", "earlier", "later":
		if j+1 < end && timeNouns[strings.ToLower(r.toks[j+1].Text)] {
			return 2
		}
	}
	// Three words: "this past week", "earlier this month", "late last year".
	if j+2 < end && timeNouns[strings.ToLower(r.toks[j+2].Text)] {
		next := strings.ToLower(r.toks[j+1].Text)
		switch lw {
		case "this":
			if next == "past" || next == "coming" {
				return 3
			}
		case "early", "late", "earlier", "later":
			if next == "this" || next == "last" || next == "next" {
				return 3
			}
		}
	}
	return 0
}

// asideAdverbs stand between commas after a verb of saying: "says,
// however, that".
var asideAdverbs = wordList("aside_adverbs")

// whWords open an indirect question or a relative clause: "asked whether
// …", "asked whom she supported", "who said …".
var whWords = toSet(`how why whether what when where who whom if which`)

// complement finds where what a verb of saying introduces begins: after
// its hearer ("told reporters"), adverbials ("on Tuesday", "in a
// statement") and "that".
func (r *run) complement(j, end int, f cueForm) (int, compKind) {
	toks := r.toks
	if r.demonstrativeThat(j, end) {
		return j, compThat // "insisted that was not part of the deal": "that" is the subject
	}
	if f.verb.lemma == "report" {
		a := j
		for a < end && isAdverb(&toks[a]) {
			a++
		}
		if a < end && toks[a].Is("to") && !r.thatWithin(a+1, end) {
			return j, compNone // "report directly to the Secretary": answer to a superior, no saying (but "reported to the committee in a closed session on Tuesday that …")
		}
	}
	if f.verb.hearer && j < end && !r.marker(j) && !whWords[strings.ToLower(toks[j].Text)] && !toks[j].Is("to") &&
		!(subjectPronouns[toks[j].Text] || contracted(strings.ToLower(toks[j].Text))) && // "warned they could …": no hearer
		!r.articleSubject(j, end) && // "warned the plant could close": no hearer
		!r.participleModifier(j) { // "Ministers Warn Ageing ‘Shadow Fleet’ Tankers …": no hearer
		obj := j
		for n := 0; j < end && n < 7 && !r.marker(j) && !toks[j].Is("to") && !whWords[strings.ToLower(toks[j].Text)] &&
			!toks[j].Is(".") && !prepositions[toks[j].Text] && r.timeAt(j, end) == 0 && !(n > 0 && subjectPronouns[strings.ToLower(toks[j].Text)] && !toks[j].IsUpper()) &&
			!(n > 0 && isArticleWord(toks[j].Text) && toks[j].IsLower() && r.clauseAhead(j, min(end, j+8))) &&
			!(n > 0 && r.subjectClauseAt(j, end)); n++ {
			j++ // the hearer, up to a new noun phrase that starts a clause: "told reporters the plan had failed"
		}
		if j < end && toks[j].Is("to") && j > obj {
			return obj, compClause // "asked the Supreme Court to intervene": the object is part of it
		}
	}
	for guard := 0; guard < 4 && j < end; guard++ {
		t := &toks[j]
		lw := strings.ToLower(t.Text)
		if t.Is(",") && j+2 < end && toks[j+2].Is(",") && asideAdverbs[strings.ToLower(toks[j+1].Text)] {
			j += 3 // "says, however, that …"
			continue
		}
		if c := r.asideBeforeThat(j, end); c > 0 {
			j = c // "told voters in Concord, on the final day, that …"
			continue
		}
		if c := r.asideBeforeQuote(j, end); c > 0 {
			j = c // "said on Monday, in reference to her son, “…”"
			continue
		}
		if (t.Is("—") || t.Is("–") || t.Is("--")) && t.Space {
			// "said — on Twitter, as it happens — that …": an aside in
			// dashes before "that".
			c := j + 1
			for c < end && c < j+20 && toks[c].Text != t.Text && r.qAt[c] == 0 && !toks[c].Is(".") {
				c++
			}
			if c+1 < end && c < j+20 && toks[c].Text == t.Text && r.isThat(c+1) {
				j = c + 1
				continue
			}
		}
		if n := r.timeAt(j, end); n > 0 {
			j += n
			continue
		}
		if m := r.pronounAfterPhrase(j, end); m > 0 {
			j = m // "said for weeks he’s the only candidate", "said in politics it takes time"
			break
		}
		toObject := lw == "to" && j+1 < end && (toks[j+1].IsCap() || determinerWords[toks[j+1].Text] || objectPronouns[toks[j+1].Text])
		// "said of the episode, “I don't like it”": what "say" is about,
		// before a quotation or a colon (not a relative "that").
		ofTopic := lw == "of" && f.verb.lemma == "say"
		if (prepositions[lw] || isAdverb(t) || ofTopic) && t.Kind == entities.Word && (lw != "to" || toObject) {
			// skip a prepositional phrase when a marker follows it
			m := j + 1
			for m < end && m < j+12 && !toks[m].Is(".") && !(r.spacedDash(m) && !r.dashPair(m, end) && !r.dashIn(j, m)) && !(r.marker(m) && (!r.opensQuote(m) || toks[m-1].Is(",") || toks[m-1].Is(":"))) && // (nor past a dash that sets off another's words: "checked 18,400 shelf labels in 212 stores - President Roe: “…”"; but past a pair of dashes around an aside: "proclaimed in July - falsely - that …")
				!(lw == "as" && subjectPronouns[toks[m].Text]) && // a clause, no phrase: "said as it presented its report “Kelvo 2030”"
				!(toObject && m > j+1 && whWords[toks[m].Text] && toks[m].Kind == entities.Word) {
				m++
			}
			if ofTopic && m < end && !r.opensQuote(m) && !toks[m].Is(":") && !(toks[m].Is(",") && m+1 < end && r.opensQuote(m+1)) {
				break
			}
			if m < end && (r.marker(m) || toObject && whWords[toks[m].Text]) && !(r.participleWithin(j+1, m) && (toks[m].Is(":") || r.opensQuote(m))) {
				j = m // "explained to CBS why …"; not "said before adding: “…”"
				continue
			}
		}
		break
	}
	if j >= end {
		return end, compNone
	}
	t := &toks[j]
	switch {
	case r.isThat(j):
		if j+3 < end && toks[j+1].Is(",") && toks[j+2].IsFold("according") && toks[j+3].Is("to") {
			// "said that, according to the audit, prices fell": the source
			// is no part of what is said.
			for c := j + 4; c < end && c < j+20; c++ {
				if toks[c].Is(",") {
					return c + 1, compThat
				}
			}
		}
		return j + 1, compThat
	case t.Is("about") && j+1 < end && !r.marker(j+1) && !r.approximateNumber(j, end):
		// "asked about his agenda", "said nothing about monetary policy"
		// (not "said about 180 jobs will be created": a number's "about");
		// but "said about its platform:" introduces what follows the colon
		for c := j + 1; c < end && c < j+20; c++ {
			if toks[c].Is(":") && r.qAt[c] == 0 {
				return c + 1, compColon
			}
		}
		return j + 1, compWh
	case t.Is(":"):
		if j+1 < end && r.opensQuote(j+1) {
			return j + 1, compQuote
		}
		return j + 1, compColon
	case t.Is(","):
		if j+1 < end && r.opensQuote(j+1) {
			return j + 1, compQuote
		}
		return j, compComma
	case r.opensQuote(j):
		return j, compQuote
	case t.Is(".") || t.Is("!") || t.Is("?") || t.Is(";") || t.Is(")") || t.Kind == entities.QuoteMark:
		return j, compNone
	case t.Is("—") || t.Is("–"):
		return j, compNone
	case t.IsLower() && (t.Is("and") || t.Is("or") || t.Is("nor")):
		return j, compNone // a coordinator says nothing: "Conference call and webcast", "when all is said and done"
	case whWords[strings.ToLower(t.Text)] && t.Kind == entities.Word:
		return j, compWh
	}
	return j, compClause
}

// demonstrativeThat reports a "that" right after a verb of saying,
// followed by a singular auxiliary, as the subject of what was said: "the
// administration insisted that was not part of the deal", "suggesting that
// might not be enough", not the complementizer of "said that prices …".
func (r *run) demonstrativeThat(j, end int) bool {
	if j+1 >= end || !r.toks[j].Is("that") || r.qAt[j] != 0 {
		return false
	}
	switch n := &r.toks[j+1]; strings.ToLower(strings.ReplaceAll(n.Text, "’", "'")) {
	case "is", "was", "has", "had", "will", "would", "can", "could", "should", "must", "may", "might", "did", "does",
		"isn't", "wasn't", "hasn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "doesn't", "didn't":
		return n.IsLower()
	}
	return false
}

// marker reports a token that ends the adverbials after a verb of saying.
func (r *run) marker(j int) bool {
	t := &r.toks[j]
	return r.isThat(j) || t.Is(":") || t.Is(",") || r.opensQuote(j)
}

// isThat reports the complementizer "that", capitalized in a headline
// after a capitalized verb ("Members Warn That Deadlock Threatens …").
func (r *run) isThat(j int) bool {
	t := &r.toks[j]
	return t.Is("that") || t.Is("That") && j > 0 && r.toks[j-1].IsCap() && r.toks[j-1].Kind == entities.Word && !r.toks[j-1].IsUpper()
}

// occasionAfter are the words that open the occasion of what "this" or
// "so" stands for after a verb of saying: "said this while chairing …",
// "said so at a news conference".
var occasionAfter = toSet(`while when during at in on as after before`)

// forwardOK reports whether what follows a verb of saying, from token
// start on, is something said: "that …", a quotation, a colon, "how …", an
// infinitive for verbs that take one, or a clause for verbs that take one
// without "that" (others need an auxiliary in it).
func (r *run) forwardOK(f cueForm, start, end int, comp compKind) bool {
	if f.verb.quoted && comp != compQuote && !r.quoteWithin(start, r.clauseEnd(start, end)) {
		return false
	}
	if f.verb.request && (f.participle || !r.requestAhead(start, end)) {
		// "responded to the crisis", "responds to “an emergency”": a
		// reaction, no words asked for; "Responding to a question from
		// Jane Roe, …": the occasion of what the subject says next.
		return false
	}
	if comp == compQuote && f.verb.noQuote {
		return false // "Floods Threaten ‘Our Way of Life’": its object
	}
	switch comp {
	case compThat, compColon, compQuote, compWh:
		return true
	case compClause:
	default:
		return false
	}
	t := &r.toks[start]
	lw := strings.ToLower(t.Text)
	if r.anonymity(start, end) || f.verb.lemma == "call" && r.phoneAhead(start, end) {
		return false // "who asked not to be named": a condition of the interview; "call Jane Roe at (555) 014-2280": a contact
	}
	if (lw == "this" || lw == "so") && start+1 < end && occasionAfter[strings.ToLower(r.toks[start+1].Text)] {
		return false // "He said this while chairing a meeting": what was said is before, this is its occasion
	}
	if lw == "to" {
		if start > 0 && passiveBeforeTo[strings.ToLower(r.toks[start-1].Text)] && (r.inHeadline(start) || r.unclosedSentence(start)) {
			return false // a headline's or a deck's "States urged to restore monitoring", "Residents warned to boil water": a passive, the subject is the one urged (not a body's "She urged to speed up the work", as some English writes it)
		}
		return f.verb.inf
	}
	if f.verb.inf && f.verb.hearer && r.hearerInfinitive(start, end) {
		return true // "asked Norton to republish the book": the request, hearer and all
	}
	if prepositions[lw] && !r.approximateNumber(start, end) || r.timeAt(start, end) > 0 {
		return false
	}
	if f.verb.np && !f.verb.quoted {
		if f.verb.lemma != "announce" && !(f.verb.lemma == "warn" && start > 0 && r.toks[start-1].Is("of")) && r.titleCaseAt(start) && !r.clauseAhead(start, min(end, start+10)) && !r.toAhead(start, min(end, start+8)) {
			return false // a headline's noun phrase names no words said ("…, as Members Urge Faster Aid"), but what it announces or warns of ("Acme Announces Dividend Increase", "Food Bank Warns of Winter Shortfall")
		}
		return !prepositions[lw] || lw == "to" || lw == "about"
	}
	if f.verb.quoted || f.verb.naming {
		// "accused Sanders of a “flip-flop”", "called him divisive"
		if f.verb.naming && r.coordinatedObject(start, end) {
			return false // "able to call lifts and pass through fire doors": an object and another verb, nothing named
		}
		if f.verb.naming && r.phoneNumberIn(start, r.clauseEnd(start, end)) {
			return false // "by calling the Authority's centre on 800 3862": a call on the telephone, nothing named
		}
		return f.verb.naming || r.quoteWithin(start, r.clauseEnd(start, end))
	}
	if f.verb.weak {
		return false
	}
	if f.verb.clause && (f.verb.lemma == "say" || f.verb.lemma == "tell") {
		return true
	}
	return r.clauseAhead(start, min(end, start+10))
}

// unclosedSentence reports token k in a sentence that ends with no stop, a
// question or an exclamation mark: a headline's or a deck's line.
func (r *run) unclosedSentence(k int) bool {
	si := r.a.SentenceOf(k)
	if si < 0 {
		return false
	}
	last := &r.toks[r.a.Sentences[si].Tokens.End-1]
	return !last.Is(".") && !last.Is("?") && !last.Is("!") && last.Kind != entities.QuoteMark
}

// passiveBeforeTo are the past forms of verbs that take their hearer as
// object before an infinitive ("urged States to …"): right before "to",
// with no hearer, they are passive.
var passiveBeforeTo = toSet(`urged told advised reminded warned encouraged ordered instructed`)

// participleModifier reports a common word in -ing at token j that a
// quotation follows: the modifier of what is said, no hearer ("warned
// ageing “shadow fleet” tankers pose a risk").
func (r *run) participleModifier(j int) bool {
	w := r.toks[j].Text
	e := r.a.EntityAt(j) // (none, or a headline's words the recognizer ran together with the verb: "Warn Ageing")
	return j+1 < len(r.toks) && r.opensQuote(j+1) && len(w) > 5 && strings.HasSuffix(strings.ToLower(w), "ing") && !entities.ProperWord(w) && (e == nil || e.Tokens.First < j)
}

// toAhead reports "to" among tokens [start, end), before any
// punctuation: a request's infinitive ("Urges Workers to Update Records").
// infinitiveAhead wants the verb after "to" in lower case, which a
// headline in title case never has.
func (r *run) toAhead(start, end int) bool {
	for k := start; k < end && r.toks[k].Kind == entities.Word; k++ {
		if r.toks[k].IsFold("to") {
			return true
		}
	}
	return false
}

// titleCaseAt reports token k in a sentence in title case: a headline.
func (r *run) titleCaseAt(k int) bool {
	si := r.a.SentenceOf(k)
	return si >= 0 && r.a.Sentences[si].TitleCase
}

// hearerInfinitive reports a short noun phrase from token start, then
// "to" and a verb: "Norton to republish", "the Justice Department to
// investigate".
func (r *run) hearerInfinitive(start, end int) bool {
	toks := r.toks
	for k := start; k < end && k < start+7; k++ {
		t := &toks[k]
		if t.Is("to") && k > start {
			return k+1 < end && toks[k+1].Kind == entities.Word && toks[k+1].IsLower() && !determinerWords[toks[k+1].Text]
		}
		if lw := strings.ToLower(t.Text); t.Kind != entities.Word && t.Kind != entities.Possessive || whWords[lw] || lw == "that" || prepositions[lw] && lw != "of" || isAux(lw) {
			return false
		}
	}
	return false
}

// participleWithin reports a participle of saying among tokens [i, end):
// the marker after it is its own ("said before adding: “…”").
func (r *run) participleWithin(i, end int) bool {
	for k := i; k < end; k++ {
		if f, ok := cueAt(r.toks, k); ok && f.participle {
			return true
		}
	}
	return false
}

// quoteWithin reports whether a quotation opens among tokens [i, end).
func (r *run) quoteWithin(i, end int) bool {
	for k := i; k < end; k++ {
		if r.opensQuote(k) {
			return true
		}
	}
	return false
}

// dashIn reports a dash set off by spaces among tokens [i, end): the
// opening one of an aside's pair.
func (r *run) dashIn(i, end int) bool {
	for k := i; k < end; k++ {
		if r.spacedDash(k) {
			return true
		}
	}
	return false
}

// spacedDash reports a dash at token j with space on both sides, that
// sets two clauses apart: "Inspectors check 18,400 labels - President
// Roe: “…”".
func (r *run) spacedDash(j int) bool {
	t := &r.toks[j]
	return (t.Is("-") || t.Is("–") || t.Is("—")) && t.Space && j+1 < len(r.toks) && r.toks[j+1].Space
}

// adverbialOnly reports whether tokens [j, end) after a verb of saying
// hold only adverbials ("on Thursday during a speech at …", "in an
// interview"), no object or clause.
func (r *run) adverbialOnly(j, end int) bool {
	if j >= end {
		return true
	}
	lw := strings.ToLower(r.toks[j].Text)
	if !prepositions[lw] && r.timeAt(j, end) == 0 && !isAdverb(&r.toks[j]) {
		return false
	}
	return !r.clauseAhead(j, end)
}

var reflexives = toSet(`himself herself themselves itself myself ourselves yourself`)

// approximateNumber reports "about" before a number at token j: a
// quantity's, not a topic's ("said about 180 jobs will be created", "said
// about a third of the children had been separated", "said about half
// the staff").
func (r *run) approximateNumber(j, end int) bool {
	if !r.toks[j].Is("about") || j+1 >= end {
		return false
	}
	n := &r.toks[j+1]
	switch {
	case n.Kind == entities.Number, n.IsLower() && countWords[n.Text]:
		return true
	case (n.Is("a") || n.Is("an") || n.Is("one")) && j+2 < end:
		return r.toks[j+2].IsLower() && countWords[r.toks[j+2].Text]
	}
	return false
}

// countWords are numbers and shares in words: "about two", "about half",
// "about a third".
var countWords = toSet(`two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
thousand thousands million billion dozen dozens half third thirds quarter quarters fifth fifths tenth tenths`)

// asideBeforeThat returns the "that" after an adverbial phrase set off by
// commas from token j, a comma followed by a preposition, when no verb
// stands in the phrase: "told voters in Concord, on the final campaign
// day, that …". Else 0.
func (r *run) asideBeforeThat(j, end int) int {
	if c := r.prepositionalAside(j, end); c > 0 && c+1 < end && r.isThat(c+1) {
		return c + 1
	}
	return 0
}

// asideBeforeQuote returns the comma that closes an adverbial phrase set
// off by commas from token j, as asideBeforeThat has it, when a quotation
// opens right after it: "said on Monday, in reference to her son, “Next
// summer …”". What was said is the quotation. Else 0.
func (r *run) asideBeforeQuote(j, end int) int {
	if c := r.prepositionalAside(j, end); c > 0 && c+1 < end && r.opensQuote(c+1) {
		return c
	}
	return 0
}

// prepositionalAside returns the comma that closes a phrase from the comma
// at token j, opened by a preposition, with no verb, quotation or other
// punctuation in it, within a dozen words. Else 0.
func (r *run) prepositionalAside(j, end int) int {
	toks := r.toks
	if !toks[j].Is(",") || j+2 >= end || !toks[j+1].IsLower() || !prepositions[toks[j+1].Text] || r.qAt[j+1] != 0 {
		return 0
	}
	for c := j + 2; c < end && c < j+14; c++ {
		t := &toks[c]
		if r.qAt[c] != 0 || t.Is(".") || t.Is(";") || t.Is(":") {
			return 0
		}
		if t.Is(",") {
			return c
		}
		if t.Kind == entities.Word && t.IsLower() && (isAux(t.Text) || finiteEd(t) || entities.IrregularPast(t.Text) || t.Is("that") || whWords[t.Text]) {
			return 0
		}
	}
	return 0
}

// coordinatedObject reports a lower-case noun at token start, then "and"
// or "or" and a lower-case word: the object of a verb that names,
// coordinated with another verb ("call lifts and pass through doors"),
// where "called him divisive and dangerous" names.
func (r *run) coordinatedObject(start, end int) bool {
	toks := r.toks
	return start+2 < end && toks[start].Kind == entities.Word && toks[start].IsLower() && !determinerWords[toks[start].Text] && !objectPronouns[toks[start].Text] &&
		(toks[start+1].Is("and") || toks[start+1].Is("or")) && toks[start+2].Kind == entities.Word && toks[start+2].IsLower() && !adjectiveShape(toks[start+2].Text)
}

// phoneNumberIn reports a number to call in [start, end): the object
// itself ("calling 911") or a number after "on" or "at" ("call the
// hotline on 0800 555 010", "call Jane Roe at 555-0101").
func (r *run) phoneNumberIn(start, end int) bool {
	toks := r.toks
	if phoneDigits(toks, start, end, false) {
		return true
	}
	for k := start + 1; k+1 < end; k++ {
		if (toks[k].Is("on") || toks[k].Is("at")) && phoneDigits(toks, k+1, end, true) {
			return true // (not a day or an hour: "call a meeting on 3 March", "at 10:00")
		}
	}
	return false
}

// phoneDigits reports a telephone's number at token i: three digits or
// more, or a group of digits and another after it ("911", "800 3862",
// "555-0101"); no clock's time nor a day of a month, no year ("calling
// 2025 “a lost year”") and, after a preposition, no measure ("at 180
// kilometres per hour").
func phoneDigits(toks []entities.Token, i, end int, afterPrep bool) bool {
	if i >= end || toks[i].Kind != entities.Number || strings.ContainsAny(toks[i].Text, ":.,") {
		return false
	}
	if i+1 < end && toks[i+1].Kind == entities.Number {
		return true
	}
	if afterPrep && i+1 < end && toks[i+1].Kind == entities.Word && toks[i+1].IsLower() && !toks[i+1].Is("or") && !toks[i+1].Is("and") {
		return false // a number and its unit: "at 180 kilometres per hour" (but "calling 110 yourself")
	}
	w := toks[i].Text
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false // a year
	}
	return len(w) >= 3
}

// adjectiveShape reports a lower-case word an adjective's ending marks:
// "preliminary", "annual", "economic", "positive", "various", "audited".
func adjectiveShape(w string) bool {
	if len(w) < 5 || !unicode.IsLower(rune(w[0])) {
		return false
	}
	for _, suf := range [...]string{"ary", "al", "ic", "ive", "ous", "ful", "able", "ible", "ed"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// thatWithin reports "that" or a colon among the tokens [i, end).
func (r *run) thatWithin(i, end int) bool {
	for k := i; k < end; k++ {
		if r.isThat(k) || r.toks[k].Is(":") {
			return true
		}
	}
	return false
}
