package quotes

import (
	"slices"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The participle sieve: a verb of saying that shares the subject of the
// clause before it.
//
//	"The minister welcomed the plan, saying it was overdue."
//	"She opened the meeting by stressing that time was short."
//	"Roe thanked the donors and added that more was needed."
//	"– Roe saying the plan was “a start” and Doe calling it late."
//	"Conceding that the talks had failed, Roe called for calm."

// participleCue attributes a verb of saying that shares the subject of
// the clause before it.
func (r *run) participleCue(cs *cueSite) (int, phrase, bool, bool) {
	toks, s, k, lo, ce, f, cue, prev := r.toks, cs.s, cs.k, cs.lo, cs.ce, cs.f, cs.cue, cs.prev
	first, end := s.Tokens.First, s.Tokens.End
	if f.participle {
		if after, subj, ok := r.frontedParticiple(cs); ok {
			return after, subj, true, true
		}
	}
	// A verb that shares the subject of the verb before it: "…, saying",
	// "by saying", "and added that".
	if k > first && (toks[k-1].IsFold("and") || toks[k-1].IsFold("or")) && !f.past && !f.participle && r.nounCompoundAfter(k, f) {
		return 0, phrase{}, false, true // "her personal calendar and call sheets", "Questions and answers have been edited"
	}
	if k > first && (toks[k-1].IsFold("and") || toks[k-1].IsFold("or")) && !f.past && !f.participle && infinitiveBefore(toks, k-1, first) {
		return 0, phrase{}, false, true // "urged callers to hang up and report it": the infinitive's second verb, no subject of its own
	}
	if k > first && k > lo-1 && (sharesSubject(&toks[k-1], f) || r.sharesAfterAdverb(k, first, f) || f.participle && r.closesQuote(k-1) && r.quoteEndsWithComma(k-1) || r.coordinatedAux(k, first)) {
		subj, ok := phrase{}, false
		if prev != nil {
			subj, ok = *prev, true
			if cp, cok := r.laterClauseSubject(s, k, prev); cok {
				subj = cp
			} else if main, mok := r.mainOverSubordinate(s, k, subj); mok && toks[k-1].IsFold("and") {
				subj = main // the previous attribution's subject opens a clause after "that": ", and said" goes with the main clause
			}
		} else if subj, ok = r.clauseSubjectBefore(s, k); !ok {
			subj, ok = r.sentenceSubjectOf(s, k, true)
		} else if main, mok := r.mainOverSubordinate(s, k, subj); mok {
			subj = main
		}
		if sim, sok := r.simultaneousSubject(s, k); sok && (!ok || sim.first > subj.end) {
			subj, ok = sim, true
		}
		if rel, rok := r.relativeClauseSubject(k, max(lo, first)); rok && (!ok || rel.mFirst >= subj.end) {
			subj, ok = rel, true
		}
		if ok {
			start, comp := r.complement(ce, end, f)
			if r.forwardOK(f, start, end, comp) && !(f.participle && r.bodyAnnounces(f, subj, start, end, comp)) { // (a body "reporting profit of N188.7 billion" makes news)
				after, ok := r.forward(s, start, cue, subj, Participle, 0.75)
				return after, subj, ok, true
			}
		}
		if f.participle {
			return 0, phrase{}, false, true
		}
	}
	if f.participle && k > first && !toks[k-1].IsLower() {
		// An absolute construction: "– Ryan saying he was “very
		// encouraged” and Trump calling it a “great meeting.”"
		if e := r.a.EntityAt(k - 1); e != nil && e.Kind == entities.Person && e.Tokens.End == k && e.Tokens.First > first {
			if b := &toks[e.Tokens.First-1]; b.IsFold("and") || b.IsFold("with") || b.Is("–") || b.Is("—") || b.Is("--") || b.Is(";") {
				subj := phrase{first: e.Tokens.First, end: k, start: e.Tokens.First}
				start, comp := r.complement(ce, end, f)
				if r.forwardOK(f, start, end, comp) {
					after, ok := r.forward(s, start, cue, subj, Participle, 0.75)
					return after, subj, ok, true
				}
			}
		}
	}
	if f.participle && k > first+1 {
		// "…, with 47 percent of Cuban Americans saying they will …",
		// "with Republican Senator John McCain telling reporters …": an
		// absolute construction after "with" whose subject the lists know.
		if subj, ok := r.withSubject(k, max(lo, first)); ok {
			start, comp := r.complement(ce, end, f)
			if r.forwardOK(f, start, end, comp) {
				after, ok := r.forward(s, start, cue, subj, Participle, 0.7)
				return after, subj, ok, true
			}
		}
	}
	if f.participle && (k == first || !toks[k-1].IsLower() && !toks[k-1].Is(",") && !r.contractedAux(k-1, first)) { // "He’s saying" goes on
		return 0, phrase{}, false, true
	}
	return 0, phrase{}, false, false
}

// nounCompoundAfter reports a base or -s form of a verb of saying at k
// that is a noun in a coordination: a lower-case word that no complement
// opens follows it ("call sheets", "call centers", "notes written in the
// margins", "answers have been edited").
func (r *run) nounCompoundAfter(k int, f cueForm) bool {
	if k+1 >= len(r.toks) {
		return false
	}
	n := &r.toks[k+1]
	lw := n.Text
	if contracted(lw) || contractedPronoun(lw) != "" || slices.Contains(f.verb.particles, lw) {
		return false // "and say they’re …", "and points out that …"
	}
	return n.Kind == entities.Word && n.IsLower() && !determinerWords[lw] && !subjectPronouns[lw] && !objectPronouns[lw] && !prepositions[lw] &&
		lw != "that" && lw != "to" && !whWords[lw] && !isAdverb(n) && possessivePronouns[lw] == ""
}

// sharesAfterAdverb reports a participle of saying whose link to the
// clause before stands before adverbs: "responded by first saying",
// "…, again claiming that …".
func (r *run) sharesAfterAdverb(k, first int, f cueForm) bool {
	p := k - 1
	for p > first && r.toks[p].IsLower() && isAdverb(&r.toks[p]) {
		p--
	}
	return f.participle && p < k-1 && p > first && sharesSubject(&r.toks[p], f)
}

// coordinatedAux reports a verb of saying at k after "and" or "but" and
// auxiliaries: a second predicate of the clause's subject, "Lee has
// voiced concerns but has said that …", "… and would later say that …".
func (r *run) coordinatedAux(k, first int) bool {
	toks := r.toks
	p := k - 1
	for p > first && toks[p].IsLower() && (isAux(toks[p].Text) || isAdverb(&toks[p])) {
		p--
	}
	return p < k-1 && p > first && (toks[p].IsFold("and") || toks[p].IsFold("but"))
}

// withSubject returns the subject of a participle at k in an absolute
// construction after "with": a name, a noun phrase the lists know, or a
// share ("three in 10"), filling the words between "with" and k; or a
// description the tracker resolves to speakers before a quotation ("with
// many marchers and spectators chanting “…”", "with one of her ads
// asking, “…”").
func (r *run) withSubject(k, lo int) (phrase, bool) {
	toks := r.toks
	w := -1
	for j := k - 1; j >= lo && j >= k-9; j-- {
		if toks[j].IsFold("with") {
			w = j
			break
		}
		if t := &toks[j]; t.Kind != entities.Word && t.Kind != entities.Number && t.Kind != entities.Possessive && !t.Is("%") ||
			prepositions[t.Text] && !t.Is("in") || r.timeAt(j, k) > 0 {
			return phrase{}, false // not "a campaign with CREDO Action on Wednesday asking …"
		}
	}
	if w < 0 || w+1 >= k {
		return phrase{}, false
	}
	// Someone who speaks: a person or an organization the text names, or a
	// share of people ("three in 10", "47 percent of Cuban Americans"); not
	// "with all three segments reporting increases".
	speaks := r.proportion(w+1, k)
	for j := w + 1; j < k && !speaks; j++ {
		if e := r.a.EntityAt(j); e != nil && (e.Kind == entities.Person || e.Kind == entities.Organization) {
			speaks = true
		}
		if (toks[j].IsFold("percent") || toks[j].Is("%")) && j+1 < k && toks[j+1].Is("of") {
			speaks = true
		}
	}
	if !speaks && (!r.quoteWithin(k+1, min(k+4, len(toks))) || r.tr.Resolve(w+1, k).Speaker == nil) {
		return phrase{}, false
	}
	if p := r.plainLeft(k, w+1); p.first == w+1 && p.end == k {
		return phrase{first: p.first, end: k, start: w + 1}, true
	}
	if r.quantifierAt(w + 1) {
		return phrase{first: w + 1, end: k, start: w + 1}, true
	}
	return phrase{}, false
}

// frontedParticiple attributes a participle of saying that opens its
// sentence, alone or after a preposition or subordinator, to the subject
// of the main clause after its comma: "Conceding that a deal would come
// “down the line,” he warned …", "After suggesting on Wednesday that he
// regretted the insults, Mr. Rubio …", "While saying that he respects
// her, he …". What was said ends at that comma; the scan goes on after
// it, where the main clause may say something of its own.
func (r *run) frontedParticiple(cs *cueSite) (int, phrase, bool) {
	toks, s, k, ce, f, cue := r.toks, cs.s, cs.k, cs.ce, cs.f, cs.cue
	end := s.Tokens.End
	j := r.skipDateline(s)
	for j < k && (toks[j].IsFold("and") || toks[j].IsFold("but") || toks[j].IsFold("yet") || toks[j].IsFold("so")) {
		j++
	}
	for n := 0; j < k && n < 3; n++ {
		lw := strings.ToLower(toks[j].Text)
		if !(prepositions[lw] || subordinators[lw] || lw == "addition" || lw == "instead" || lw == "of") || lw == "to" && n == 0 {
			break
		}
		j++
	}
	if j != k || cs.lo > k {
		return 0, phrase{}, false
	}
	// The comma that closes the phrase, then the main clause's subject.
	c := -1
	for m := ce; m < end && m < k+40; m++ {
		if r.qAt[m] == 0 && toks[m].Is(",") || r.closesQuote(m) && r.quoteEndsWithComma(m) {
			c = m
			break
		}
		if toks[m].Is(";") || toks[m].Is(":") {
			return 0, phrase{}, false
		}
	}
	if c < 0 || c+2 >= end {
		return 0, phrase{}, false
	}
	sj := c + 1
	if r.closesQuote(c) {
		sj = c + 1
	}
	var subj phrase
	if t := &toks[sj]; subjectPronouns[strings.ToLower(t.Text)] && t.Kind == entities.Word {
		subj = phrase{first: sj, end: sj + 1, start: sj}
	} else if p, ok := r.rightPhrase(sj, end); ok && p.end < end && (toks[p.end].Kind == entities.Word && toks[p.end].IsLower() && !prepositions[toks[p.end].Text]) {
		subj = p
		subj.start = sj
	} else {
		return 0, phrase{}, false
	}
	ce2 := c
	if r.closesQuote(c) {
		ce2 = c + 1
	}
	start, comp := r.complement(ce, ce2, f)
	if !r.forwardOK(f, start, ce2, comp) {
		return 0, phrase{}, false
	}
	if _, said := cueAt(toks, subj.end); said && comp == compClause && !r.finiteAhead(start, ce2) {
		// "Explaining his delegation's vote, the delegate said …": a noun
		// phrase before a main clause that says something of its own is
		// what the speech is about, not what was said.
		return 0, phrase{}, false
	}
	content := r.region(start, ce2)
	if content.parts == nil || !r.emit(content, cue, subj, Participle, 0.7) {
		return 0, phrase{}, false
	}
	return sj, subj, true
}

// infinitiveBefore reports an infinitive, "to" and a verb in lower case,
// within the five tokens before token k (the conjunction), that completes
// a verb of saying within the twelve before it, with no punctuation
// between: "to hang up" of "urged callers who get a call to hang up and
// report it" (not "refuses to release his records or explain how …",
// whose "explain" says something of its own).
func infinitiveBefore(toks []entities.Token, k, first int) bool {
	for j := k - 1; j > first && j >= k-5; j-- {
		if toks[j].Kind != entities.Word {
			return false
		}
		if !toks[j-1].Is("to") || !toks[j].IsLower() {
			continue
		}
		for c := j - 2; c >= first && c >= j-14; c-- {
			if toks[c].Kind != entities.Word {
				return false
			}
			if _, ok := cueAt(toks, c); ok {
				return true
			}
		}
		return false
	}
	return false
}
