package quotes

import (
	"strings"
)

// The infinitive sieve: a verb of saying in the infinitive, said by the
// subject of the verb before "to" (part of the subject-cue sieves).
//
//	"She continued to say that prices would fall."
//	"Tom Roe stood at a council event to say he was leaning toward …"
//	"Roe took to Twitter to call the plan “a disgrace”."

// infinitiveCue attributes a verb of saying in the infinitive to the
// subject of the verb before "to".
func (r *run) infinitiveCue(cs *cueSite) (int, phrase, bool, bool) {
	toks, s, k, lo, ce, f, cue := r.toks, cs.s, cs.k, cs.lo, cs.ce, cs.f, cs.cue
	first, end := s.Tokens.First, s.Tokens.End
	// An infinitive: "continued to say", "stood at a Bush event here to
	// say" — the subject of the verb before "to".
	if k-2 >= lo && toks[k-1].Is("to") && toks[k-2].IsLower() && !infinitiveVerbs[strings.ToLower(toks[k-2].Text)] && !toks[k-2].Is("on") {
		if start, comp := r.complement(ce, end, f); (comp == compThat || comp == compColon || comp == compQuote || r.commaQuote(start, end, comp) || comp == compClause && r.pronounClause(start, end)) && purposeSpeech[f.verb.lemma] {
			// "Tom Roe stood at a Bush event here to say that he was
			// leaning …": a purpose that is speech, said by the sentence's
			// subject.
			subj, ok := r.sentenceSubject(s, k)
			if cp, cok := r.clauseSubjectBefore(s, k); cok && comp != compThat && (!ok || cp.first > subj.end) {
				subj, ok = cp, true // "The debate was so subdued that Mr. Trump was prompted to say, “…”"
			}
			if w := strings.ToLower(toks[k-2].Text); objectPronouns[w] && w != "reporters" && w != "you" {
				// "… that led her to declare that …": the object speaks.
				subj, ok = phrase{first: k - 2, end: k - 1, start: k - 2}, true
			}
			if ok && r.forwardOK(f, start, end, comp) {
				after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.7)
				return after, subj, ok, true
			}
		}
		return 0, phrase{}, false, true // "a term Rubio has used to describe Trump": a purpose, not speech
	}
	if k-4 >= lo && toks[k-1].Is("to") && takeForms[strings.ToLower(toks[k-4].Text)] && toks[k-3].Is("to") && toks[k-2].IsCap() {
		// "Roe took to Twitter to call the plan “a disgrace”": the
		// sentence's subject speaks there.
		if start, comp := r.complement(ce, end, f); comp != compNone && start < end && !issueParticles[toks[start].Text] { // not "to call out protesters"
			if subj, ok := r.leftPhrase(k-4, lo); ok && r.forwardOK(f, start, end, comp) {
				after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.7)
				return after, subj, ok, true
			}
		}
		return 0, phrase{}, false, true
	}
	if k-2 >= lo && toks[k-1].Is("to") && toks[k-2].IsLower() {
		if k-3 >= first && isAux(toks[k-3].Text) && !strings.HasSuffix(toks[k-2].Text, "ed") && !infinitiveAdjectives[toks[k-2].Text] && !infinitiveVerbs[toks[k-2].Text] {
			return 0, phrase{}, false, true // "it is pertinent to note that …"
		}
		// "are slightly more likely to say": the subject is before the
		// copula and its degree words.
		v := k - 2
		if infinitiveAdjectives[toks[v].Text] {
			for v-1 > lo && (degreeWords[strings.ToLower(toks[v-1].Text)] || isAdverb(&toks[v-1]) || isAux(toks[v-1].Text)) {
				v--
			}
		}
		subj, ok := r.leftPhrase(v, lo)
		if !ok {
			subj, ok = r.sentenceSubject(s, k)
		}
		start, comp := r.complement(ce, end, f)
		if !ok && (comp == compColon || comp == compQuote || r.commaQuote(start, end, comp)) {
			// "The email goes on to say: “…”": a description (a document, a
			// group) speaks when a quotation follows the infinitive.
			subj, ok = r.sentenceSubjectOf(s, k, true)
		}
		if ok && r.forwardOK(f, start, end, comp) {
			after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.8)
			return after, subj, ok, true
		}
		return 0, phrase{}, false, true
	}
	return 0, phrase{}, false, false
}

// pronounClause reports a clause without "that" that opens with a subject
// pronoun and its verb: "stood at a council event to say he was leaning
// toward …".
func (r *run) pronounClause(start, end int) bool {
	return start+1 < end && subjectPronouns[strings.ToLower(r.toks[start].Text)] && r.verbLike(start+1)
}

// commaQuote reports a complement that is a comma and a quotation:
// "was prompted to say, “…”".
func (r *run) commaQuote(start, end int, comp compKind) bool {
	return comp == compComma && start+1 < end && r.opensQuote(start+1) || start < end && r.opensQuote(start) && start > 0 && r.toks[start-1].Is(",")
}

// takeForms are the forms of "take" in "took to Twitter to say".
var takeForms = toSet(`take takes took taken taking`)

// purposeSpeech are the verbs of saying that, in an infinitive of
// purpose before "that", a colon or a quotation, report speech: "went on
// television to say that …", "took the stage to declare: …".
var purposeSpeech = toSet(`say tell declare announce insist argue warn acknowledge explain`)
