package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The subject-cue sieves: the speaker stands before the verb of saying.
//
//	"Jane Roe said that prices would fall."            (forward)
//	"“Prices will fall,” Jane Roe said."               (backward)
//	"“Prices will fall,” she stressed that wages …"    (backward and forward)
//	"Prices, she said, will fall."                     (parenthetical)
//	"Jane Roe, Director of Acme Robotics, said: …"     (a colon ending the paragraph)
//	"She continued to say that prices would fall."     (infinitive, sieve_infinitive.go)
//	"Mr. Roe, citing a new report, said prices fell."  (shared subject)

// describedAfterComma reports a subject of lower-case nouns ending in a
// head a speaker can have, after a comma and a description that opens
// with an article: "…, a wide array of economists say", "…, a Kelvale
// airport official told reporters". Not "…, a word Trump then repeated",
// where a name is the subject of a relative clause.
func (r *run) describedAfterComma(subj phrase, lo int) bool {
	toks := r.toks
	if subj.start != subj.first || subj.end-subj.first > 3 || !headNoun(strings.ToLower(toks[subj.end-1].Text)) {
		return false
	}
	for x := subj.first; x < subj.end; x++ {
		if !toks[x].IsLower() {
			return false
		}
	}
	c := subj.first - 1
	for c > lo && c >= subj.first-6 && !toks[c].Is(",") {
		t := &toks[c]
		lw := strings.ToLower(t.Text)
		if t.Kind != entities.Word || r.qAt[c] != 0 || isAux(lw) || whWords[lw] || lw == "that" || prepositions[lw] && lw != "of" || subjectPronouns[lw] {
			return false
		}
		if _, ok := cueAt(toks, c); ok {
			return false
		}
		c--
	}
	return c >= lo && toks[c].Is(",") && c+1 < subj.first && isArticleWord(toks[c+1].Text) && toks[c+1].IsLower()
}

// subjectCue attributes a verb of saying to the subject before it.
func (r *run) subjectCue(cs *cueSite) (int, phrase, bool, bool) {
	toks, s, k, lo, ce, f, cue := r.toks, cs.s, cs.k, cs.lo, cs.ce, cs.f, cs.cue
	first, end := s.Tokens.First, s.Tokens.End
	if k > first && (toks[k-1].Is(",") || r.closesQuote(k-1)) && f.past && inversionVerbs[f.verb.lemma] && r.namedInversion(ce, end) {
		return 0, phrase{}, false, false // "…, said David Axelrod, a strategist": the subject follows
	}
	if r.afterRelative(cs) {
		return 0, phrase{}, false, false // "O'Donnell, who said … with Trump, recalled": not Trump (sharedSubjectCue)
	}
	if subj, ok := r.leftPhrase(k, lo); ok {
		if r.objectGap(subj) {
			return 0, phrase{}, false, true // "Nothing the mayor said “will calm …,” the senator said": what she said is the subject
		}
		if toks[first].IsFold("what") && subj.start > first && end-ce <= 6 && toks[end-1].Is(":") && r.qAt[end-1] == 0 {
			return 0, phrase{}, false, true // "What partners said:", "What they said at the opening:" heading a list of quotations, each signed by its speaker
		}
		subj = r.issuer(subj, k, lo, f)
		subj = r.jointSubject(subj, lo)
		start, comp := r.complement(ce, end, f)
		if r.nounGap(subj) && comp == compNone {
			return 0, phrase{}, false, true // "…, a plan she backed.": the noun is what the verb takes, no speech
		}
		if after, ok, done := r.gapRelative(s, k, ce, subj, cue, f); done {
			return after, subj, ok, true
		}
		post := r.postposed(subj.start, max(lo, first))
		if subj.start == lo && lo > first {
			post = postComma
		}
		if post == postNone && r.describedAfterComma(subj, max(lo, first)) {
			post = postComma // "…, a wide array of economists say", "…, a Kelvale airport official told reporters"
		}
		if post != postNone && r.nounGap(subj) {
			post = postNone // "…, money he described as “wasted”": he names the noun with what follows; the words before are no speech of his
		}
		if post == postComma && subj.start > lo && !toks[subj.start-1].Is(",") {
			// "…, law enforcement officials say": the words after the comma
			// belong to the subject.
			c := subj.start - 1
			for c > lo && !toks[c].Is(",") {
				c--
			}
			if toks[c].Is(",") && c+1 < subj.start {
				head := subj.first
				subj.first, subj.start = c+1, c+1
				if r.tr.Resolve(c+1, subj.end).Speaker == nil && r.tr.Resolve(head, subj.end).Speaker != nil {
					subj.first = head // the whole phrase resolves to no speaker; its head does
				}
			}
		}
		if f.verb.lemma == "put" && subj.start > first && toks[subj.start-1].IsFold("as") && subj.start-1 > lo && post == postNone {
			// "…,'' as she put it": what she said comes before
			post = postComma
			if r.closesQuote(subj.start - 2) {
				post = postQuote
			}
		}
		adverbial := comp == compNone || comp == compComma || comp == compClause && r.adverbialOnly(start, end) && !(f.verb.inf && toks[start].Is("to")) &&
			!((f.verb.naming || f.verb.np) && reflexives[strings.ToLower(toks[start].Text)]) // "called himself pro-choice"
		if adverbial && subj.mEnd > subj.mFirst && r.relativePronoun(subj.mFirst) {
			return 0, phrase{}, false, true // "… compared to only 24 percent who said otherwise": a relative clause says nothing here
		}
		if post == postQuote && comp == compClause && !adverbial && subj.start > 0 && r.a.SentenceOf(subj.start-1) != r.a.SentenceOf(subj.start) &&
			(r.clauseAhead(start, end) || r.objectAfterContinued(subj.start, start, end)) {
			// “… in my opinion.” Reid said both Rubio and Cruz are …: the
			// quotation closed the sentence before; this one says its own.
			post = postNone
		}
		if post == postQuote && r.quoteAfterCue(comp, start, end) && subj.start > 0 && r.a.SentenceOf(subj.start-1) != r.a.SentenceOf(subj.start) {
			// "“… is uncommon.” She added, “In this case …”": the
			// quotation before closed a sentence of its own; she says the
			// one after.
			post = postNone
		}
		if n := r.answerAt(start, end); n > 0 {
			// "Asked whether she would run, “…,” Jane Roe said no." "72
			// percent said yes while 48 percent …": the one word is what
			// was said, not the quotation before nor the clause after.
			a := entities.Span{Start: toks[start].Start, End: toks[start].Start + n}
			if r.emit(content{parts: []entities.Span{a}, kind: Indirect}, cue, subj, SubjectCue, 0.9) {
				return start + 1, subj, true, true
			}
			return 0, phrase{}, false, true
		}
		colon := start > 0 && toks[start-1].Is(":")
		farThat := comp == compThat && start-1 > ce+3 // "told a crowd at Hamburger Mary's that spilled out"
		// "“…,” Roe said as a heckler yelled: “…”": the colon ends a clause
		// of its own; the quotation before is what Roe said.
		farColon := colon && ce < start-1 && subordinators[strings.ToLower(toks[ce].Text)]
		if negated := k > 0 && negatedAux(toks[k-1].Text); negated && (post != postNone || comp == compNone || comp == compComma) {
			return 0, phrase{}, false, true // "…, something they aren't proposing": a denial says nothing before it
		}
		if k >= 2 && toks[k-1].IsFold("have") && modalAux(toks[k-2].Text) && f.past {
			return 0, phrase{}, false, true // "If the board signed it, the mayor should have insisted on a review": nothing was said
		}
		// "The streets were deserted, he added, “but nobody would open a
		// door.”": the quotation after a parenthetical attribution goes on
		// with the sentence before it (backward takes both).
		goesOn := post == postComma && comp == compQuote && start > 0 && toks[start-1].Is(",") && subj.start > max(lo, first) &&
			r.quoteGoesOn(r.frontSegment(max(lo, first), subj.start-1), subj.start-1, start)
		// (not a title set off before the name: "The Incident Manager for
		// the outbreak, Dr. Jane Roe, briefed the Committee on …")
		titleBefore := post == postComma && !goesOn && !subjectPronouns[strings.ToLower(toks[subj.start].Text)] && r.titleSetOffBefore(max(lo, first), subj.start-1) // (a pronoun's aside is no name's: "The Secretary-General, she said, had urged …")
		if (post == postQuote && ((comp != compThat || farThat) && comp != compColon && !colon || farColon) || post == postComma && (adverbial || goesOn) && !titleBefore) && (!f.verb.quoted || r.quotedAfterItsQuote(subj, comp)) {
			if post == postComma && r.heldBefore(s, lo, subj.start, ce) {
				lo = first // "The council agreed to host 200 people, officials said Tuesday."
			}
			after, ok := r.backward(s, lo, subj.start, ce, cue, subj, SubjectCue, 0.9)
			return after, subj, ok, true
		}
		if post == postQuote && comp == compThat && !farThat && !f.verb.quoted && subj.start >= 2 && toks[subj.start-2].Is(",") {
			// "“Prices will fall,” the minister stressed that wages …": the
			// quotation before is hers as well as the clause after.
			r.backward(s, lo, subj.start, ce, cue, subj, SubjectCue, 0.8)
		}
		if comp == compComma && post == postNone && start+1 < end && !r.opensQuote(start+1) {
			// "She said, if elected, she would …"; but not "After Patrick
			// asked about it, the Graysons became …": the main clause.
			if r.subordinate(s, subj.start) {
				return 0, phrase{}, false, true
			}
			if f2, ok := cueAt(toks, start+1); !(ok && f2.participle) && !toks[start+1].IsFold("according") {
				start, comp = start+1, compClause
				if !r.clauseAhead(start, end) {
					return 0, phrase{}, false, true
				}
			}
		}
		if comp == compNone && post == postNone && r.onlyPunct(start, end) && toks[end-1].Is(".") && end < len(toks) &&
			r.opensQuote(end) && toks[end].Newlines == 0 && !r.qUsed[r.qAt[end]-1] {
			// "Iowa State University's Dianne Bystrom agreed. “Mainstream
			// Republicans are running out of time …”"
			qi := int(r.qAt[end] - 1)
			r.qUsed[qi] = true
			if r.emit(content{parts: append([]entities.Span(nil), r.qs[qi].parts...), kind: Direct}, cue, subj, SubjectCue, 0.8) {
				return end, subj, true, true
			}
			return 0, phrase{}, false, true
		}
		if comp == compColon && start >= end {
			// "Ann Lee said:" ends the paragraph: what follows is what she said.
			if ok := r.nextParagraph(s, cue, subj); ok {
				return end, subj, true, true
			}
			return 0, phrase{}, false, true
		}
		if !r.forwardOK(f, start, end, comp) || r.bodyAnnounces(f, subj, start, end, comp) {
			return 0, phrase{}, false, true
		}
		after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.9)
		return after, subj, ok, true
	}
	return 0, phrase{}, false, false
}

// inversionVerbs take no hearer as their object, so that a name right
// after them is their subject: "…, said David Axelrod", not "…, told CNN".
var inversionVerbs = toSet(`say add write note explain continue argue insist recall reply respond quip declare acknowledge admit observe remark conclude concede`)

// namedInversion reports a person or organization named right after a
// verb of saying at token i, before punctuation: "…, said David Axelrod,
// a former strategist", "…,” said Clinton ally James Carville.", not "…,
// said Obama failed to …".
// titleSetOffBefore reports a post with its article and complement in
// [i, c), c the comma before a subject's name: "The Incident Manager for
// the outbreak" of "The Incident Manager for the outbreak, Dr. Jane Roe,
// told …", no clause of what was said.
func (r *run) titleSetOffBefore(i, c int) bool {
	toks := r.toks
	if c-i < 2 || c-i > 12 || c >= len(toks) || !toks[c].Is(",") || !toks[i].IsFold("the") {
		return false
	}
	post, k := false, i+1 // a post among the capitalized words after the article: "The Incident Manager", "The Chief Medical Director"
	for ; k < c && toks[k].IsCap(); k++ {
		n, _ := entities.TitleAt(toks, k)
		post = post || n > 0 || entities.IsTitleWord(toks[k].Text)
	}
	if !post || k < c && !prepositions[toks[k].Text] {
		return false // (a verb after the post: "The President signed the order on Friday, …")
	}
	for k := i + 1; k < c; k++ {
		if w := strings.ToLower(toks[k].Text); isAux(w) || toks[k].Kind == entities.QuoteMark || toks[k].Kind == entities.Punct {
			return false
		}
	}
	return true
}

func (r *run) namedInversion(i, end int) bool {
	if i >= end {
		return false
	}
	punctAfter := func(j int) bool {
		return j >= end || r.toks[j].Kind == entities.Punct
	}
	if determinerWords[strings.ToLower(r.toks[i].Text)] {
		return false // "…, said the Trump “train …”"
	}
	if e := r.a.EntityAt(i); e != nil && e.Tokens.First == i && (e.Kind == entities.Person || e.Kind == entities.Organization) {
		return punctAfter(e.Tokens.End)
	}
	p, ok := r.describedName(i, end)
	return ok && punctAfter(p.end)
}

// afterRelative reports a verb of saying right after a relative clause
// that said something itself, whose antecedent is the subject: "Cruz, who
// says Trump is attacking him, said voters should …" (v is the verb
// before its adverbs: "Quill, who said …, now says …").
func (r *run) afterRelative(cs *cueSite) bool {
	toks, k, lo, prev := r.toks, cs.k, cs.lo, cs.prev
	v := k
	for v-1 > lo && isAdverb(&toks[v-1]) && !isAux(toks[v-1].Text) {
		v--
	}
	return prev != nil && r.relAfter > lo-1 && r.relativeMention(*prev) && (v == r.relAfter || v == r.relAfter+1 && isAsideEnd(&toks[v-1]))
}

// sharedSubjectCue attributes a main verb of saying after a participial
// phrase of its subject's.
func (r *run) sharedSubjectCue(cs *cueSite) (int, phrase, bool, bool) {
	toks, s, k, lo, ce, f, cue, prev := r.toks, cs.s, cs.k, cs.lo, cs.ce, cs.f, cs.cue, cs.prev
	first, end := s.Tokens.First, s.Tokens.End
	// The main verb after a participial phrase of its subject's: "Mr.
	// Manafort, citing ''the unique magic of Trump,'' said …".
	if r.afterRelative(cs) {
		// The main verb after a relative clause that said something itself:
		// "Cruz, who says Trump is attacking him, said voters should …".
		subj := *prev
		subj.mFirst, subj.mEnd = 0, 0
		start, comp := r.complement(ce, end, f)
		if r.forwardOK(f, start, end, comp) {
			after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.8)
			return after, subj, ok, true
		}
	}
	if prev != nil && k > first && toks[k-1].Is(",") && k-1 <= lo {
		start, comp := r.complement(ce, end, f)
		if r.forwardOK(f, start, end, comp) {
			after, ok := r.forward(s, start, cue, *prev, SubjectCue, 0.8)
			return after, *prev, ok, true
		}
	}
	return 0, phrase{}, false, false
}

// relativeMention reports a subject phrase whose mention is a relative
// pronoun after a comma or dash: "Cruz, who says", "the court — which ruled".
func (r *run) relativeMention(p phrase) bool {
	return p.mEnd > p.mFirst && r.relativePronoun(p.mFirst) &&
		p.mFirst > 0 && isAsideEnd(&r.toks[p.mFirst-1])
}

// isAsideEnd reports a comma or dash, which open and close asides.
func isAsideEnd(t *entities.Token) bool {
	return t.Is(",") || t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-") && t.Space
}

// issuer returns, for a participle whose subject is a text that was
// issued ("the campaign issued a statement saying that …"), the subject
// of the verb that issued it: the campaign said so. Other subjects are
// returned as they are.
func (r *run) issuer(subj phrase, k, lo int, f cueForm) phrase {
	toks := r.toks
	if !f.participle || subj.mEnd > subj.mFirst || subj.end != k || !(statementNouns[strings.ToLower(toks[subj.end-1].Text)] || issuedNouns[strings.ToLower(toks[subj.end-1].Text)]) {
		return subj
	}
	v := subj.first - 1
	if v > lo && toks[v].IsLower() && (toks[v].Is("in") || toks[v].Is("on")) {
		v-- // "Forbes shot back in an article stating …"
	}
	if v > lo && toks[v].IsLower() && issueParticles[toks[v].Text] {
		v-- // "put out a statement saying", "shot back in an article"
	}
	if v <= lo || toks[v].Kind != entities.Word || !toks[v].IsLower() || prepositions[toks[v].Text] || determinerWords[toks[v].Text] || isAux(toks[v].Text) ||
		!(strings.HasSuffix(toks[v].Text, "ed") || issueVerbs[toks[v].Text]) {
		return subj
	}
	if p, ok := r.leftPhrase(v, lo); ok {
		return p
	}
	return subj
}

// issueVerbs put out a text, with the regular past forms: "issued a
// statement saying", "sent a letter saying".
var issueVerbs = toSet(`sent put wrote read gave issues releases sends posts publishes writes shot`)

// issuedNouns, with statementNouns, name texts that someone issues or
// sends: "sent a tweet saying", "emailed a news article reporting".
var issuedNouns = toSet(`tweet tweets article email e-mail emails post memo release ad editorial column`)

// issueParticles follow a verb of issuing: "put out", "shot back".
var issueParticles = toSet(`out back up`)

// heldBefore reports an attribution that closes its sentence ("…,
// officials said Tuesday.") after a clause that held an attribution of
// its own before what it says, which moved lo past its verb: "The council
// agreed to host 200 people, officials said Tuesday." The whole clause from the sentence
// start is what the closing attribution reports; the inner quote stays,
// nested in it. The inner attribution has its subject before its verb
// (not "Asked what she would do, she laughed.").
func (r *run) heldBefore(s *entities.Sentence, lo, subjStart, ce int) bool {
	first, end := s.Tokens.First, s.Tokens.End
	if lo <= first || len(r.out) == 0 {
		return false
	}
	x := ce
	for x < end {
		if n := r.timeAt(x, end); n > 0 {
			x += n
		} else if isAdverb(&r.toks[x]) {
			x++
		} else {
			break
		}
	}
	if x < end && !r.toks[x].Is(".") {
		// The sentence goes on, but for a participle of the same speaker
		// ("…, a Chinese official said, adding that …"); not "attacks that,
		// Sweet noted, Trump said …".
		if !r.toks[x].Is(",") || x+1 >= end {
			return false
		}
		if f, ok := cueAt(r.toks, x+1); !ok || !f.participle {
			return false
		}
	}
	q := &r.out[len(r.out)-1]
	from, to := r.toks[first].Start, r.toks[subjStart].Start
	if q.Start < from || q.End > to || q.Cue == nil || q.Cue.Start <= from || q.Cue.Start > q.Start {
		return false
	}
	for k := first; k < lo; k++ {
		if r.toks[k].Is(";") || r.toks[k].Is(":") || r.qAt[k] != 0 {
			return false
		}
	}
	return true
}

// quoteAfterCue reports a quotation that opens right after a cue, or
// after its comma or colon: "She added, “…”".
func (r *run) quoteAfterCue(comp compKind, start, end int) bool {
	if start >= end {
		return false
	}
	switch comp {
	case compQuote:
		return true
	case compComma, compColon:
		return r.opensQuote(start) || start+1 < end && (r.toks[start].Is(",") || r.toks[start].Is(":")) && r.opensQuote(start+1)
	}
	return false
}

// quotedAfterItsQuote reports a verb that reports words only with quoted
// words ("mocked", "scoffed") right after a quotation that closes with a
// comma, its subject between them, and nothing said after it: "“The
// workers have failed the market,” he mocks."
func (r *run) quotedAfterItsQuote(subj phrase, comp compKind) bool {
	return comp == compNone && subj.start >= 2 && r.closesQuote(subj.start-1) && r.quoteEndsWithComma(subj.start-1)
}

// gapHeads are pronouns that a verb of saying in a relative clause with no
// "that" can take as its object: "Nothing the mayor said", "everything
// she says".
var gapHeads = toSet(`nothing everything anything something little much`)

// objectGap reports a subject phrase that opens with such a pronoun
// before the clause's own subject: "Nothing the mayor said “will calm
// people's fears,” the senator said". The verb is inside a relative
// clause whose object is the pronoun; it attributes nothing.
func (r *run) objectGap(p phrase) bool {
	toks := r.toks
	if p.end-p.first < 2 || !gapHeads[strings.ToLower(toks[p.first].Text)] {
		return false
	}
	n := &toks[p.first+1]
	return isArticleWord(n.Text) || possessivePronouns[strings.ToLower(n.Text)] != "" || subjectPronouns[strings.ToLower(n.Text)] || n.IsCap()
}

// objectAfterContinued reports a cue at the head of its sentence whose
// object follows it (a noun phrase from start, no clause) right after a
// quotation that goes on from an attributed one in the sentence before:
// "“Prices will fall,” she said. “Wages will not.” She noted a rally on
// Saturday in Sioux City." (invented): she noted the rally; the quotation
// before is the continuation of what she said, not what she noted.
func (r *run) objectAfterContinued(subjStart, start, end int) bool {
	toks := r.toks
	if start >= end || toks[start].Kind != entities.Word || subjStart < 2 || !r.closesQuote(subjStart-1) && !(toks[subjStart-1].Kind == entities.Punct && r.closesQuote(subjStart-2)) {
		return false
	}
	qe := subjStart - 1
	if !r.closesQuote(qe) {
		qe--
	}
	qi := int(r.qAt[qe]) - 1
	if qi < 0 {
		return false
	}
	open := r.qs[qi].open
	if open < 2 || toks[open].Newlines > 0 {
		return false // the quotation opens its paragraph
	}
	// the sentence before the quotation ends with an attribution after a
	// quotation: "“…,” she said."
	k := open - 1
	if toks[k].Is(".") {
		k--
	}
	for n := 0; k > 0 && n < 6 && r.qAt[k] == 0; n++ {
		k--
	}
	return k >= 0 && r.closesQuote(k) && k < open-2
}

// nounGap reports a subject pronoun alone right after a common noun
// that a comma or a determiner opens: "…, money he described as …", "the
// word she used". The noun is the object of a relative clause with no
// "that": the verb names it, or takes nothing else and says nothing.
func (r *run) nounGap(p phrase) bool {
	toks := r.toks
	if p.end-p.first != 1 || p.first < 2 || !nounBeforePronoun(toks, p.first-1) || !(toks[p.first-2].Is(",") || determinerWords[strings.ToLower(toks[p.first-2].Text)]) {
		return false
	}
	_, cue := cueAt(toks, p.first-1)
	w := toks[p.first-1].Text
	return !cue && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") // (not a verb: "…, said he called Roe", "…, meaning he had")
}

// nounBeforePronoun reports a common noun in lower case at token i and a
// subject pronoun after it ("money he"), not a word of time, an adverb
// or a function word ("today he", "then she", "and they").
func nounBeforePronoun(toks []entities.Token, i int) bool {
	w := strings.ToLower(toks[i].Text)
	return toks[i].Kind == entities.Word && toks[i].IsLower() && subjectPronouns[strings.ToLower(toks[i+1].Text)] && w != "i" &&
		entities.CommonWord(w) && !timeWords[w] && !adverbs[w] && !strings.HasSuffix(w, "ly") && !prepositions[w] && w != "of" && !subordinators[w] && !determinerWords[w] && !isAux(w) && !whWords[w] && w != "and" && w != "but" && w != "or" && w != "so" && w != "that"
}
