package quotes

import (
	"slices"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// The verbs of saying: cueSiteAt tells a verb from a noun ("his claim",
// "campaign points"), an adjective ("60 pledged delegates") or a passive
// ("was informed"); the cue sieves then decide, in the order of cueSieves,
// who said what:
//
//	participleCue     "The minister left, saying the talks had failed."
//	infinitiveCue     "She continued to say that prices would fall."
//	subjectCue        "Jane Roe said that prices would fall."
//	sharedSubjectCue  "Mr. Roe, citing the report, said prices would fall."
//	cueSubject        "“Prices will fall,” said Jane Roe."

// cueSpan extends the verb at k with its particle ("called for", "pointed
// out") and returns the index after the cue.
func (r *run) cueEnd(k, end int, f cueForm) int {
	if k+1 < end {
		for _, p := range f.verb.particles {
			if r.toks[k+1].Is(p) {
				return k + 2
			}
			if k+2 < end && r.toks[k+1].Is("it") && p != "it" && r.toks[k+2].Is(p) {
				return k + 3 // "made it clear"
			}
		}
	}
	return k + 1
}

// A cueSite is a verb of saying in a sentence, with what every cue sieve
// needs to know of it.
type cueSite struct {
	s    *entities.Sentence
	k    int     // the verb
	ce   int     // the index after the cue: the verb and its particle ("called for")
	lo   int     // where the attribution may start: after the previous one
	f    cueForm // the verb's form; a particle verb without its particle is weak
	cue  *Cue
	prev *phrase // the subject of the sentence's previous attribution, or nil
}

// cueSieves are the sieves that take a verb of saying, most precise first;
// the first that decides (done) ends the search.
var cueSieves = [...]func(*run, *cueSite) (after int, subj phrase, ok, done bool){
	(*run).participleCue,    // "…, adding that …", "by saying", "and added that"
	(*run).infinitiveCue,    // "continued to say that …"
	(*run).subjectCue,       // "Jane Roe said that …", "“…,” she said."
	(*run).sharedSubjectCue, // "Mr. Roe, citing a report, said …"
	(*run).cueSubject,       // "“…,” said Jane Roe."
}

// tryCue attributes what the verb of saying at k introduces. It returns
// the index after the attribution and its subject.
func (r *run) tryCue(s *entities.Sentence, k int, f cueForm, lo int, prev *phrase) (int, phrase, bool) {
	cs, ok := r.cueSiteAt(s, k, f, lo, prev)
	if !ok {
		return 0, phrase{}, false
	}
	for _, sieve := range cueSieves {
		if after, subj, ok, done := sieve(r, cs); done {
			return after, subj, ok
		}
	}
	return 0, phrase{}, false
}

// cueSiteAt reports whether the form at k is a verb of saying here, not a
// noun ("his claim"), an adjective ("60 pledged delegates") or a passive,
// and returns its site.
func (r *run) cueSiteAt(s *entities.Sentence, k int, f cueForm, lo int, prev *phrase) (*cueSite, bool) {
	toks := r.toks
	first, end := s.Tokens.First, s.Tokens.End
	quant := k > first && (r.quantifierSubject(k, f) || r.floatingQuantifier(k-1))
	if k > first && !quant && (toks[k-1].Kind == entities.Possessive && !r.contractedAux(k-1, first) || determinerWords[strings.ToLower(toks[k-1].Text)] && (toks[k-1].IsLower() || k-1 == first || isArticleWord(toks[k-1].Text)) && !toks[k-1].Is("that")) {
		return nil, false // a noun: "his claim", "the report", "some comment", "My report on …"
	}
	if k > first && !quant && toks[k-1].Kind == entities.Number && f.past {
		return nil, false // an adjective: "60 pledged delegates"
	}
	if k > first && f.past && toks[k-1].IsLower() && prepositions[toks[k-1].Text] && toks[k-1].Text != "as" && k+1 < len(toks) && toks[k+1].Kind == entities.Word && toks[k+1].IsLower() && !determinerWords[toks[k+1].Text] {
		return nil, false // an adjective after a preposition: "a mandate for proposed changes"
	}
	if k > first && !quant && r.nounOrPassive(k, f) {
		return nil, false // not after a quantifier subject: "One in five say they …"
	}
	if k > first && !quant && r.nounBeforeVerb(k, end, f) {
		return nil, false // the head of the subject: "The October report exceeded expectations"
	}
	if k > first && r.reducedPassive(k, f) {
		return nil, false // a participle after its noun: "the divide highlighted by the shootings"
	}
	if k > first && f.participle && degreeWords[strings.ToLower(toks[k-1].Text)] {
		return nil, false // an adjective: "a more demanding one"
	}
	if k > first && !quant && r.nounCompound(k, f) {
		return nil, false
	}
	if r.stateNoun(k, f) || r.namedByParticiple(k, f) {
		return nil, false
	}
	if !f.verb.inf && k+2 < end && toks[k+1].Is("to") {
		if f2, ok := cueAt(toks, k+2); ok && f2.verb.lemma == toks[k+2].Text {
			return nil, false // "continued to say …": the infinitive is the cue (infinitiveCue)
		}
	}
	ce := r.cueEnd(k, end, f)
	if f.verb.after && !r.closesQuote(k-1) {
		if p, ok := r.leftPhrase(k, lo); !ok || p.start == 0 || !r.closesQuote(p.start-1) {
			return nil, false // "read" is a cue only next to a quotation
		}
	}
	if f.verb.particle && ce == k+1 {
		return nil, false // "as Marc Trévidic put it", not "put the money"
	}
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[ce-1].End}}
	cue.Text = cue.In(r.text)
	if len(f.verb.particles) > 0 && ce == k+1 {
		// "called" without "for" or "on": "called it “a disgrace”".
		f.verb = &cueVerb{lemma: f.verb.lemma, weak: true, naming: f.verb.naming}
	}

	return &cueSite{s: s, k: k, ce: ce, lo: lo, f: f, cue: cue, prev: prev}, true
}

// quantifierSubject reports a verb of saying whose subject is a bare
// number or quantifier, as polls report answers: "Most said they were
// worried", "One in three said the party does not care", "43 said the
// same", "Some argue that …". The verb must be past, or the base form
// before a clause ("that", a pronoun, a determiner), and what follows it
// must open what was said: not a noun, as in "60 pledged delegates", "two
// reported cases", "some claim forms". A year ("In 2015 reported") is
// not a subject.
func (r *run) quantifierSubject(k int, f cueForm) bool {
	toks := r.toks
	p := &toks[k-1]
	pw := strings.ToLower(p.Text)
	switch {
	case p.Kind == entities.Number:
		if len(pw) == 4 && (strings.HasPrefix(pw, "19") || strings.HasPrefix(pw, "20")) {
			return false
		}
	case p.Kind == entities.Word && quantifierPronouns[pw] && (p.IsLower() || k-1 == r.a.Sentences[r.a.SentenceOf(k)].Tokens.First):
	default:
		return false
	}
	if p.Kind == entities.Word && k-2 >= 0 && toks[k-2].Is(",") && k+1 < len(toks) && toks[k+1].Is(",") && (f.past || toks[k].Text == f.verb.lemma) {
		return true // "That attitude, many argue, could …": a parenthetical
	}
	if first := r.a.Sentences[r.a.SentenceOf(k)].Tokens.First; k-2 >= first {
		if c := r.clauseStartBefore(k-1, first); k-c >= 3 && r.proportion(c, k) && (f.past || toks[k].Text == f.verb.lemma) && k+1 < len(toks) {
			// A share of several words is the whole subject: "More than 4
			// in 10 said billionaire Jo Doe would …", "majorities in all
			// five say they …".
			n := &toks[k+1]
			return n.Kind == entities.Word || n.Kind == entities.QuoteMark || n.Is(":") || n.Is(",") && k+2 < len(toks) && r.opensQuote(k+2)
		}
		// The quantifier opens its clause: "…, and one in four said", not
		// "the 60 pledged", "figures — … — both suggested", "in 2015 reported".
		bw := strings.ToLower(toks[k-2].Text)
		if !(quantifierOpeners[bw] || bw == "in" && k-3 >= first && r.quantifierAt(k-3)) {
			return false
		}
	}
	if !f.past && toks[k].Text != f.verb.lemma && !singularQuantifiers[pw] {
		return false // "one says", "another notes"; "most say"
	}
	if k+1 >= len(toks) {
		return f.past
	}
	n := &toks[k+1]
	nw := strings.ToLower(n.Text)
	if !f.past {
		// "One says China has the most": after a singular quantifier the
		// -s form is a verb, and a name may open what it says.
		return nw == "that" || subjectPronouns[nw] || contracted(nw) || determinerWords[nw] && nw != "that" ||
			singularQuantifiers[pw] && toks[k].Text != f.verb.lemma && n.Kind == entities.Word && n.IsCap()
	}
	switch n.Kind {
	case entities.Punct:
		// "Another tweeted, “…”"; not "All told, the group raised …"
		return n.Is(":") || n.Is(",") && k+2 < len(toks) && r.opensQuote(k+2)
	case entities.QuoteMark:
		return true
	case entities.Word:
		return nw == "that" || subjectPronouns[nw] || contracted(nw) || objectPronouns[nw] || determinerWords[nw] || prepositions[nw] || n.IsCap() ||
			isAdverb(n) || nw == "yes" || nw == "no"
	}
	return false
}

// floatingQuantifier reports "both", "all" or "each" at j after the
// subject it quantifies, or its auxiliary: "Richards and Menendez both
// stressed", "have both argued", "ministers all urged".
func (r *run) floatingQuantifier(j int) bool {
	toks := r.toks
	if j < 1 || !(toks[j].Is("both") || toks[j].Is("all") || toks[j].Is("each")) {
		return false
	}
	p := &toks[j-1]
	pw := p.Text
	return p.Kind == entities.Word && (isAux(pw) && pw != "not" || p.IsCap() && !determinerWords[strings.ToLower(pw)] && !prepositions[strings.ToLower(pw)] ||
		p.IsLower() && len(pw) > 3 && strings.HasSuffix(pw, "s") && !strings.HasSuffix(pw, "ss") && !determinerWords[pw]) ||
		p.Is(")") || isAsideEnd(p) && !p.Is(",")
}

// quantifierCue reports a verb of saying at k whose subject is the
// quantifier before it.
func (r *run) quantifierCue(k int) bool {
	f, ok := cueAt(r.toks, k)
	return ok && k > 0 && r.quantifierSubject(k, f)
}

// quantifierPronouns stand alone as the subject of a verb of saying: "Most
// said", "Some argue", "Two said".
var quantifierPronouns = toSet(`some many most several few both all half none one two three four five six seven eight nine ten another`)

// singularQuantifiers take the -s form of a verb: "one says", "another
// notes".
var singularQuantifiers = toSet(`one another each`)

// quantifierOpeners may stand before a quantifier that opens a clause.
var quantifierOpeners = toSet(`, ; and but while whereas yet about nearly almost roughly only just some`)

// stateNoun reports "state" or "states" as a noun: a verb of saying only
// before "that" and a clause's subject ("the report states that it …"),
// a colon or a quotation; not "state lawmakers", "Rust Belt states that
// have suffered", "Republican states like Arizona".
func (r *run) stateNoun(k int, f cueForm) bool {
	toks := r.toks
	if f.verb.lemma != "state" || f.past || f.participle || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	switch {
	case n.Is(":") || r.opensQuote(k+1):
		return false
	case n.Is("that") && k+2 < len(toks):
		w := strings.ToLower(toks[k+2].Text)
		return isAux(w) || toks[k+2].Kind != entities.Word || strings.HasSuffix(w, "ed")
	}
	return true
}

// namedByParticiple reports a naming participle after an indefinite noun
// phrase, which it names rather than quotes: "a group called Black Votes
// Matter", "a 2002 class called “Perception”", "the so called
// initiative".
func (r *run) namedByParticiple(k int, f cueForm) bool {
	toks := r.toks
	if !f.past || !f.verb.naming || k < 2 || r.cueEnd(k, len(toks), f) > k+1 {
		return false // not "a newspaper called on Clinton to act"
	}
	if toks[k-1].IsFold("so") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &toks[j]
		if t.Kind != entities.Word && t.Kind != entities.Number || j == k-1 && !t.IsLower() {
			return false
		}
		if t.IsFold("a") || t.IsFold("an") {
			return true
		}
		if determinerWords[strings.ToLower(t.Text)] || prepositions[t.Text] || isAux(t.Text) {
			return false
		}
	}
	return false
}

// degreeWords make an -ing form after them an adjective: "a more
// demanding task", "very pressing needs".
var degreeWords = toSet(`more most less least very so too increasingly equally quite rather highly`)

// nounCompound reports a base form after a singular common noun, which
// cannot be its verb: "any member state that would …", "a campaign
// claim". Plural subjects ("members state that"), pronouns ("we say"),
// auxiliaries ("will state") and nouns plural without -s ("people say")
// leave it a verb, and so do verbs whose past is their base form ("as a
// memo put it").
func (r *run) nounCompound(k int, f cueForm) bool {
	toks := r.toks
	w, p := &toks[k], &toks[k-1]
	if f.past || f.participle || f.verb.particle || f.verb.after || !w.IsLower() || w.Text != f.verb.lemma || p.Kind != entities.Word || !p.IsLower() {
		return false
	}
	pw := p.Text
	if strings.HasSuffix(pw, "s") || strings.HasSuffix(pw, "ed") || strings.HasSuffix(pw, "en") || strings.HasSuffix(pw, "ing") || irregularPlurals[pw] || subjectPronouns[pw] || isAux(pw) || isAdverb(p) || functionWords[pw] || !entities.CommonWord(pw) ||
		shareWords[pw] || quantifierPronouns[pw] || objectPronouns[pw] { // "people who know him say"
		return false
	}
	// The noun ends a prepositional phrase ("voters in the state say"):
	// the verb's subject is before it.
	j := k - 2
	for j > 0 && k-j < 6 && toks[j].Kind == entities.Word && toks[j].IsLower() && !determinerWords[toks[j].Text] && !prepositions[toks[j].Text] {
		j--
	}
	if j >= 0 && determinerWords[toks[j].Text] {
		j--
	}
	return !(j >= 0 && toks[j].IsLower() && prepositions[toks[j].Text]) && !r.endsRelative(k)
}

// endsRelative reports a verb at k after a restrictive relative clause on
// a plural or quantified subject, so that the noun before k ends the
// clause, not a compound: "some who advocate free speech argue that …",
// "supporters who came to protest the convention say they …".
func (r *run) endsRelative(k int) bool {
	toks := r.toks
	first := r.a.Sentences[r.a.SentenceOf(k)].Tokens.First
	for j := k - 2; j > first && k-j <= 16; j-- {
		t := &toks[j]
		if t.Kind == entities.Punct && !t.Is("-") {
			return false
		}
		if t.Is("who") {
			pw := strings.ToLower(toks[j-1].Text)
			return toks[j-1].Kind == entities.Word && (pluralLike(pw) || irregularPlurals[pw] || quantifierPronouns[pw] && !singularQuantifiers[pw] || pw == "those")
		}
	}
	return false
}

// shareWords name a share of people and take a plural verb: "9 percent
// say", "nearly a third say", "one in five say".
var shareWords = toSet(`percent third quarter fifth tenth half majority dozen`)

// irregularPlurals are plural nouns without -s that take a base form.
var irregularPlurals = toSet(`people children men women police staff media data public majority minority clergy folk youth`)

// functionWords may stand before a verb's base form.
var functionWords = toSet(`to who that which and or but not never also then i you we they what where when why how whom whoever let ` +
	`please only just even still often always usually rarely`)

// adjectiveOnly are adjectives that are never a subject, so that a plural
// form of a verb of saying after them is a noun: "Democratic calls for",
// "repeated claims", "growing calls".
var adjectiveOnly = toSet(`democratic political public international national federal local foreign economic military legal private bipartisan widespread repeated renewed growing fresh new recent earlier previous similar false unfounded baseless angry loud`)

// nounForms are forms of verbs of saying that are more often plural
// nouns: "campaign points", "cited reports".
var nounForms = wordList("noun_forms")

// nounOrPassive reports a verb form at k that is a noun or a passive
// here: "campaign points", "his campaign promise", "the company is
// informed".
func (r *run) nounOrPassive(k int, f cueForm) bool {
	toks := r.toks
	j := k - 1
	for j > 0 && isAdverb(&toks[j]) && !isAux(toks[j].Text) {
		j--
	}
	p := &toks[j]
	pw := strings.ToLower(p.Text)
	w := strings.ToLower(toks[k].Text)
	if nounForms[w] && adjectiveOnly[pw] && p.Kind == entities.Word {
		return true // "despite Democratic calls for her to bow out", "growing calls for reform"
	}
	if k+1 < len(toks) && f.verb.particles != nil && slices.Contains(f.verb.particles, strings.ToLower(toks[k+1].Text)) &&
		(p.Kind == entities.Word && !determinerWords[pw] || p.Kind == entities.Possessive) && !(f.past && isAux(pw)) {
		return false // a verb with its particle: "his plan calls for"
	}
	if f.past && j < k-0 {
		switch pw {
		case "is", "was", "were", "are", "be", "been", "being":
			return true // passive: "is informed", "was declared"
		}
	}
	if nounForms[w] && p.Kind == entities.Word && p.IsCap() && !subjectPronouns[pw] && !isAux(pw) {
		head, _ := entities.OrgHead(p.Text)
		if e := r.a.EntityAt(j); (e == nil || e.Kind == entities.Place) && !head && (entities.IsTitleWord(p.Text) || entities.CommonWord(p.Text)) {
			return true // "Member states will have to …", not "Parliament calls on"
		}
	}
	if p.Kind != entities.Word || !p.IsLower() || subjectPronouns[pw] || isAux(pw) || pw == "to" || isAdverb(p) ||
		pw == "who" || pw == "which" || pw == "that" || pw == "and" || pw == "but" || pw == "or" {
		return false
	}
	if nounForms[w] {
		// "campaign points", "cited reports"; but a clause after it makes it
		// a verb: "The Turkish government claims Gülen runs a network"
		if k+2 < len(toks) && (toks[k+1].Is("that") || toks[k+1].IsCap() && r.clauseAhead(k+1, min(len(toks), k+5))) {
			return false
		}
		return true
	}
	// A bare form after a singular noun: "campaign promise"; not after the
	// end of a relative clause: "officials whose laws have been
	// invalidated say", "organizations that have endorsed him say".
	return w == f.verb.lemma && !pluralLike(pw) && !speakers.IsHeadNoun(pw) &&
		!strings.HasSuffix(pw, "ed") && !objectPronouns[pw] && !r.endsRelative(k)
}

// reducedPassive reports a past form of a verb of saying right after a
// noun and followed by "by" and its agent: a participle that modifies the
// noun, not a verb with the noun for its subject. "… the racial divide
// highlighted by the recent shootings, Jane Roe said …", "a plan
// criticized by Kelvale officials". "By" before a medium, a time or a
// manner ("said by phone", "announced by the end of the year", "said by
// contrast") leaves the verb active.
func (r *run) reducedPassive(k int, f cueForm) bool {
	toks := r.toks
	if !f.past || k+2 >= len(toks) || !toks[k+1].IsFold("by") || strings.HasSuffix(toks[k].Text, "ing") {
		return false
	}
	p := &toks[k-1]
	pw := strings.ToLower(p.Text)
	if p.Kind != entities.Word || subjectPronouns[pw] || objectPronouns[pw] || isAux(pw) || isAdverb(p) || prepositions[pw] ||
		determinerWords[pw] || pw == "as" || pw == "who" || pw == "which" || pw == "that" || pw == "and" || pw == "but" || pw == "or" ||
		r.a.SentenceOf(k-1) != r.a.SentenceOf(k) {
		return false
	}
	a := k + 2
	if isArticleWord(toks[a].Text) || determinerWords[strings.ToLower(toks[a].Text)] {
		a++
	}
	if a >= len(toks) || toks[a].Kind != entities.Word || byAdverbials[strings.ToLower(toks[a].Text)] || strings.HasSuffix(toks[a].Text, "ing") {
		return false // "said by phone", "by the end of", "by saying"
	}
	return true
}

// byAdverbials are the words after "by" (and a determiner) that make a
// medium, a time or a manner, not an agent.
var byAdverbials = toSet(`phone telephone email e-mail text mail letter video fax end time way contrast far then now
default mistake hand chance design comparison accounts late early midday noon morning evening night tomorrow today`)

// infinitiveVerbs take a verb of saying in the infinitive with their own
// subject: "continued to say", "went on to say", "declined to say".
var infinitiveVerbs = wordList("infinitive_verbs")

// infinitiveAdjectives stand between a copula and a verb of saying in the
// infinitive: "are quick to point out that".
var infinitiveAdjectives = wordList("infinitive_adjectives")

// sharesSubject reports whether a verb of saying after token p has the
// subject of the clause before it: a participle after a comma or "by",
// "while", "before", "after"; any form after "and".
func sharesSubject(p *entities.Token, f cueForm) bool {
	if p.IsFold("and") || p.IsFold("but") || p.IsFold("or") {
		return true
	}
	if !f.participle {
		return false
	}
	switch strings.ToLower(p.Text) {
	case ",", "by", "while", "before", "after", "when", "in", "upon", "—", "–", "of", "without":
		return true // "stopped short of calling for"
	}
	return false
}

// pluralLike reports a word that may be a plural noun, the subject of a
// bare verb form ("officials note"): it ends in -s, but not in -ss, -us
// or -is, which end adjectives and singular nouns ("a cautious note", "a
// serious call", "the crisis point").
func pluralLike(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// nounBeforeVerb reports the singular form of a verb of saying that is
// also a noun ("report", "claim", "promise"), right before a finite verb
// of which it is the subject's head: "The October report exceeded
// expectations", "Jobs report gives Democrats a lift", "the IG report
// could not corroborate", not "officials report that …" nor "they report
// increased sales".
func (r *run) nounBeforeVerb(k, end int, f cueForm) bool {
	toks := r.toks
	w := strings.ToLower(toks[k].Text)
	if f.past || f.participle || !nounForms[w+"s"] || k+1 >= end || subjectPronouns[strings.ToLower(toks[k-1].Text)] {
		return false
	}
	n := &toks[k+1]
	lw := strings.ToLower(n.Text)
	if n.Kind != entities.Word || !n.IsLower() || r.qAt[k+1] != 0 {
		return false
	}
	if isAux(lw) && lw != "not" && lw != "be" && lw != "been" && lw != "being" {
		return true // "the IG report could not corroborate"
	}
	if _, cue := cueAt(toks, k+1); cue {
		return false
	}
	if strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && len(lw) > 3 && k+2 < end {
		m := &toks[k+2]
		return determinerWords[strings.ToLower(m.Text)] || m.IsCap() && m.Kind == entities.Word || objectPronouns[m.Text] // "report gives Democrats a lift"
	}
	return false
}
