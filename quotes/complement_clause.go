package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Whether the words after a verb of saying open a clause of their own,
// what was said without "that", rather than a hearer, an object or
// adverbials.
//
//	"warned the plant could close"        an article's subject, no hearer
//	"told the AP his firm worked …"       a clause after the hearer
//	"said in politics it takes time"      a pronoun after a short phrase
//	"said on Thursday during a speech"    adverbials only: no clause

// articleSubject reports an article and at most three lower-case words,
// then an auxiliary, from token j: the subject of a clause, not a hearer
// ("warned the plant could close", "told the court would …" is no clause).
func (r *run) articleSubject(j, end int) bool {
	toks := r.toks
	if !isArticleWord(toks[j].Text) || !toks[j].IsLower() {
		return false
	}
	for k := j + 1; k < end && k <= j+4; k++ {
		w := &toks[k]
		if w.Kind != entities.Word || !w.IsLower() {
			return false
		}
		if isAux(w.Text) && w.Text != "be" && w.Text != "been" && w.Text != "being" {
			return k > j+1
		}
		if prepositions[w.Text] || determinerWords[w.Text] || w.Is("that") || whWords[w.Text] || subjectPronouns[w.Text] || contracted(w.Text) {
			return false // "told a news conference they are …": a hearer, then a clause
		}
	}
	return false
}

// subjectClauseAt reports a clause that starts at token j after a hearer
// without "that": a contracted pronoun ("told me he’s had …"), or a
// possessive and up to three words, then a finite verb ("told the AP his
// firm worked closely with …").
func (r *run) subjectClauseAt(j, end int) bool {
	toks := r.toks
	t := &toks[j]
	lw := strings.ToLower(t.Text)
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	if contracted(lw) && !strings.HasSuffix(strings.ReplaceAll(lw, "’", "'"), "'t") {
		return true // "he’s", "they'd", "we’ll"
	}
	if possessivePronouns[lw] == "" {
		return false
	}
	for k := j + 1; k < end && k <= j+4; k++ {
		w := &toks[k]
		if w.Kind != entities.Word {
			return false
		}
		kw := strings.ToLower(w.Text)
		if k > j+1 && w.IsLower() && (isAux(kw) || len(kw) > 3 && strings.HasSuffix(kw, "ed")) {
			return true
		}
		if prepositions[kw] || determinerWords[kw] || kw == "that" || whWords[kw] {
			return false
		}
	}
	return false
}

// clauseAhead reports whether tokens [j, end) hold a clause that a verb of
// saying could introduce, rather than adverbials ("on Thursday during a
// speech at ..."): a finite-looking verb or a subject pronoun.
func (r *run) clauseAhead(j, end int) bool {
	toks := r.toks
	if j < end && (prepositions[strings.ToLower(toks[j].Text)] || timeWords[strings.ToLower(toks[j].Text)]) {
		return false
	}
	for k := j; k < end; k++ {
		switch w := strings.ToLower(toks[k].Text); w {
		case "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must", "may", "might", "did", "does", "do":
			return true
		default:
			if contracted(w) {
				return true
			}
			// "claims Gülen runs a network", "insisted he wants …": a name or
			// pronoun, then a verb in -s or -ed.
			if k > j && k < j+4 && toks[k].IsLower() && len(w) > 3 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")) &&
				(toks[k-1].IsCap() && toks[k-1].Kind == entities.Word || subjectPronouns[strings.ToLower(toks[k-1].Text)]) {
				return true
			}
			// "argue the system gives too much power", "reported six
			// planes filled the skies": a determiner, a noun, then the verb.
			// A past form needs a plural noun before it: "a book called …"
			// is a reduced relative clause.
			if k > j+1 && k < j+5 && toks[k].IsLower() && len(w) > 3 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") ||
				strings.HasSuffix(w, "ed") && strings.HasSuffix(toks[k-1].Text, "s") && !strings.HasSuffix(toks[k-1].Text, "ss")) &&
				(determinerWords[strings.ToLower(toks[j].Text)] || toks[j].Kind == entities.Number) && !toks[j].Is("that") && r.nounRun(j+1, k) &&
				!(strings.HasSuffix(w, "s") && r.nounEnds(k, end)) {
				return true // (not a plural noun a preposition or the clause's end follows: "its preliminary results for the year", "its annual results.")
			}
		}
	}
	return false
}

// nounRun reports lower-case words in [i, end) that can be a noun phrase
// after its determiner, the last a noun: "skywriting planes", "system".
func (r *run) nounRun(i, end int) bool {
	if i >= end {
		return false
	}
	for k := i; k < end; k++ {
		t := &r.toks[k]
		lw := t.Text
		if t.Kind != entities.Word || !t.IsLower() || prepositions[lw] || determinerWords[lw] || isAux(lw) || subjectPronouns[lw] || whWords[lw] ||
			lw == "and" || lw == "or" || lw == "not" || isAdverb(t) {
			return false
		}
		if k == end-1 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) {
			return false // "the increased costs": the participle is an adjective
		}
	}
	return true
}

// pronounAfterPhrase returns the index of a subject pronoun that follows
// a short prepositional phrase at token j ("for weeks he’s", "in
// politics it"), or 0.
func (r *run) pronounAfterPhrase(j, end int) int {
	toks := r.toks
	if lw := toks[j].Text; !prepositions[lw] || lw == "to" || lw == "as" || toks[j].Kind != entities.Word {
		return 0
	}
	if m := r.pronounAfterTime(j, end); m > 0 {
		return m
	}
	for m := j + 1; m < end && m <= j+3; m++ {
		t := &toks[m]
		lw := t.Text
		if m > j+1 && t.IsLower() && (subjectPronouns[lw] || contracted(lw) && !strings.HasSuffix(strings.ReplaceAll(lw, "’", "'"), "'t")) {
			return m
		}
		// The phrase is bare lower-case nouns ("for weeks", "in politics"):
		// after "the message" or a name, a pronoun may open a relative
		// clause ("elaborated on the message he felt …").
		if t.Kind != entities.Word || !t.IsLower() || determinerWords[lw] || isAux(lw) || whWords[lw] || lw == "that" {
			return 0
		}
	}
	return 0
}

// pronounAfterTime returns the index of a subject pronoun after a short
// prepositional phrase at token j and a time adverbial ("said in a
// statement Thursday night they pulled …", "told reporters on the plane
// Monday he would …"), or 0. After the time, the pronoun opens what was
// said, not a relative clause on the phrase's noun.
func (r *run) pronounAfterTime(j, end int) int {
	toks := r.toks
	for m := j + 1; m < end && m <= j+5; m++ {
		if n := r.timeAt(m, end); n > 0 && m > j+1 {
			for n > 0 && m < end {
				m += n
				n = r.timeAt(m, end)
			}
			if m < end && toks[m].IsLower() && toks[m].Kind == entities.Word && subjectPronouns[toks[m].Text] {
				return m
			}
			return 0
		}
		t := &toks[m]
		if t.Kind != entities.Word || isAux(t.Text) || whWords[t.Text] || t.Is("that") || r.qAt[m] != 0 {
			return 0
		}
	}
	return 0
}

// contracted reports a pronoun or negation contracted with an auxiliary:
// "he’s", "they're", "we'll", "don’t".
func contracted(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	i := strings.LastIndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch w[i:] {
	case "'re", "'ll", "'ve", "'d", "'m":
		return true
	case "'s":
		return subjectPronouns[w[:i]] || w[:i] == "that" || w[:i] == "there" || w[:i] == "what" || w[:i] == "who"
	case "'t":
		return strings.HasSuffix(w[:i], "n")
	}
	return false
}

// nounEnds reports a word at token k that a preposition of place, time or
// topic, punctuation or the end follows: a noun phrase's plural head
// ("results" of "its preliminary results for the year"), not a verb that
// takes an object ("the hospital needs 200 more nurses"). "to" may follow
// a verb ("intends to retire").
func (r *run) nounEnds(k, end int) bool {
	if k+1 >= end {
		return true
	}
	t := &r.toks[k+1]
	if t.Kind == entities.Punct {
		return true
	}
	switch strings.ToLower(t.Text) {
	case "for", "of", "on", "in", "at", "from", "with", "during", "since":
		return true
	}
	return false
}
