package quotes

import (
	"slices"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Whether a form of a verb of saying is a verb where it stands, for
// cueSiteAt (sieve_cue.go): not a noun, an adjective or a passive.
//
//	"campaign points", "his claims"             a noun
//	"The October report exceeded …"             a noun, the subject's head
//	"60 pledged delegates", "a more demanding"  an adjective
//	"was informed", "the divide highlighted by" a passive

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
	case n.Is(":") || r.opensQuote(k+1) || r.afterQuotation(k):
		return false
	case n.Is("that") && k+2 < len(toks):
		w := strings.ToLower(toks[k+2].Text)
		return isAux(w) || toks[k+2].Kind != entities.Word || strings.HasSuffix(w, "ed")
	}
	return true
}

// afterQuotation reports a verb at k that follows a quotation's closing
// comma, right after it or after a short subject of words: "“…,” the
// officials state in the paper", "“…,” states the report".
func (r *run) afterQuotation(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if r.closesQuote(j) {
			return r.quoteEndsWithComma(j)
		}
		if r.toks[j].Kind != entities.Word && r.toks[j].Kind != entities.Possessive {
			return false
		}
	}
	return false
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
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := &toks[j]
		if t.Kind != entities.Word && t.Kind != entities.Number || j == k-1 && !t.IsLower() && r.namedWord(j) {
			return false
		}
		if t.IsFold("a") || t.IsFold("an") {
			return true
		}
		if (t.IsFold("one") || t.IsFold("another")) && !speakers.IsHeadNoun(strings.ToLower(toks[k-1].Text)) {
			return true // "one PAC called Stop Hillary", not "one lawmaker called Trump “…”"
		}
		if determinerWords[strings.ToLower(t.Text)] || prepositions[t.Text] || isAux(t.Text) {
			return false
		}
	}
	return false
}

// namedWord reports a capitalized word at j that ends a person's name or
// an organization's name of several words ("an aide to Obama", "a
// spokesman for Acme Corp"), not a lone acronym or a plural ("a super
// PAC", "disaffected Ethiopians").
func (r *run) namedWord(j int) bool {
	e := r.a.EntityAt(j)
	return e != nil && (e.Kind == entities.Person || e.Kind == entities.Organization && e.Tokens.End-e.Tokens.First > 1)
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
	return !(j >= 0 && toks[j].IsLower() && prepositions[toks[j].Text]) && !r.endsRelative(k) && !r.endsReducedRelative(k)
}

// endsReducedRelative reports a verb at k after a participle's phrase on
// a plural subject, so that the noun before k ends that phrase, not a
// compound: "Farm activists clamoring to block the merger say …",
// "Residents living near the plant argue …".
func (r *run) endsReducedRelative(k int) bool {
	toks := r.toks
	first := r.a.Sentences[r.a.SentenceOf(k)].Tokens.First
	for j := k - 2; j > first && k-j <= 12; j-- {
		t := &toks[j]
		if t.Kind != entities.Word && t.Kind != entities.Possessive && !t.Is("-") {
			return false
		}
		if t.IsLower() && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ing") {
			pw := strings.ToLower(toks[j-1].Text)
			return toks[j-1].Kind == entities.Word && (pluralLike(pw) || irregularPlurals[pw])
		}
	}
	return false
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
		if k+2 < len(toks) && !f.verb.naming && (r.opensQuote(k+1) || toks[k+1].Is(",") && r.opensQuote(k+2)) {
			return false // a quotation right after it: "The ad claims “Jeb is the conservative …”"; not "what the agency calls ‘…’"
		}
		return true
	}
	// A bare form after a singular noun: "campaign promise"; not after the
	// end of a relative clause: "officials whose laws have been
	// invalidated say", "organizations that have endorsed him say".
	return w == f.verb.lemma && !pluralLike(pw) && !speakers.IsHeadNoun(pw) &&
		!strings.HasSuffix(pw, "ed") && !objectPronouns[pw] && !r.endsRelative(k) && !r.endsReducedRelative(k)
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
