package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
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
	quant := k > first && (r.quantifierSubject(k, f) || r.floatingQuantifier(k-1) || r.numberOfHead(k-1) && !(k+1 < end && toks[k+1].Is("to"))) // (not "A mother of two said to be in her thirties")
	if k > first && !quant && (toks[k-1].Kind == entities.Possessive && !r.contractedAux(k-1, first) || determinerWords[strings.ToLower(toks[k-1].Text)] && (toks[k-1].IsLower() || k-1 == first || isArticleWord(toks[k-1].Text)) && !toks[k-1].Is("that")) {
		return nil, false // a noun: "his claim", "the report", "some comment", "My report on …"
	}
	if k > first && !quant && toks[k-1].Kind == entities.Number && f.past {
		return nil, false // an adjective: "60 pledged delegates"
	}
	if f.verb.lemma == "add" && !toks[k].Is("adding") && k+1 < end && (toks[k+1].Kind == entities.Number || toks[k+1].Is("$") || toks[k+1].Is("€") || toks[k+1].Is("£")) && !r.personBeforeAdd(k, first) {
		return nil, false // an amount added, no speech: "the plant, which will add 9,000 square metres" (but "she said, adding 200 jobs would follow", "She added 300 people would be hired")
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
	if f.verb.hearer && ce > k+1 && (!f.past && !f.participle && !r.titleCaseAt(k) || f.verb.npInf && !r.infinitiveAhead(ce, end)) {
		// A verb with a hearer takes a noun phrase only after its
		// particle, and then no hearer: "warned of a shutdown", "asked for
		// volunteers to stay"; without the particle it is as it was:
		// "asked him to wait", "“Why?” she asked", never "asked the
		// question". Reported speech is past: the present ("Kelvale Port
		// warns of delays") is a headline's summary of what follows. And
		// a request quotes words only with what is asked for done:
		// "asked for a review" names no words. Refused, the particle is
		// no part of the cue. A headline in title case reports in the
		// present, though: "Food Bank Warns of Winter Shortfall".
		ce = k + 1
	}
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[ce-1].End}}
	cue.Text = cue.In(r.text)
	switch {
	case len(f.verb.particles) > 0 && f.verb.hearer:
		v := *f.verb
		if ce == k+1 {
			v.particles, v.np, v.npInf = nil, false, false
		} else {
			v.hearer = false
		}
		f.verb = &v
	case len(f.verb.particles) > 0 && ce == k+1:
		// "called" without "for" or "on": "called it “a disgrace”";
		// "responded" without "to" keeps its clause: "responded the plan
		// was sound".
		f.verb = &cueVerb{lemma: f.verb.lemma, weak: !f.verb.clause, naming: f.verb.naming, clause: f.verb.clause}
	}

	return &cueSite{s: s, k: k, ce: ce, lo: lo, f: f, cue: cue, prev: prev}, true
}

// personBeforeAdd reports a pronoun or a capitalized name right before
// the verb at k, past its auxiliaries: a speaker who adds what follows
// ("She added 300 people would be hired", "Roe adds 40 percent …"), not
// a thing that adds an amount ("which will add 9,000 square metres", "the
// line had added 30,000 tonnes").
func (r *run) personBeforeAdd(k, first int) bool {
	b := k - 1
	for b > first && isAux(strings.ToLower(r.toks[b].Text)) {
		b--
	}
	if b < first {
		return false
	}
	t := &r.toks[b]
	lw := strings.ToLower(t.Text)
	if subjectPronouns[lw] && lw != "it" {
		return true
	}
	e := r.a.EntityAt(b)
	return e != nil && e.Kind == entities.Person && t.IsCap()
}

// numberOfHead reports a number at j that ends an indefinite description
// by the number of one's children, someone new: "two" of "A mother of two
// said", "3" of "a father of 3 said" (not "the mother of three", who was
// named before).
func (r *run) numberOfHead(j int) bool {
	toks := r.toks
	if j < 3 || !(toks[j].Kind == entities.Number && len(toks[j].Text) <= 2 || entities.NumberWord(toks[j].Text) && toks[j].IsLower()) ||
		!toks[j-1].Is("of") || !kinNouns[strings.ToLower(toks[j-2].Text)] {
		return false
	}
	for k := j - 3; k >= 0 && k >= j-5; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "a", "an", "one", "another":
			return true // someone new: "A mother of two", "one 34-year-old father of three"
		case "the", "this", "that":
			return false // someone named before: "the 34-year-old mother of three replied"
		}
	}
	return false
}

// kinNouns are the parents a description counts the children of: "a
// mother of two".
var kinNouns = toSet(`mother father parent grandmother grandfather grandparent mum mom dad`)

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

// infinitiveAhead reports a "to" and a lower-case verb within the noun
// phrase that starts at j, before any comma, colon, quotation or "that":
// "asked for volunteers to stay behind".
func (r *run) infinitiveAhead(j, end int) bool {
	toks := r.toks
	for i := j; i < end && i < j+12; i++ {
		t := &toks[i]
		if t.Kind == entities.Punct || t.Kind == entities.QuoteMark || t.Is("that") {
			return false
		}
		if t.Is("to") && i > j && i+1 < end && toks[i+1].Kind == entities.Word && toks[i+1].IsLower() && !determinerWords[toks[i+1].Text] {
			return true
		}
	}
	return false
}
