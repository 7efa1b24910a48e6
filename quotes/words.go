package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Closed-class word sets and word-shape predicates shared by the rules.
// Open-class lists are in data/words (wordlists.go).

var prepositions = toSet(`on in at during to via through after before with from outside inside while as
under over for by into about ahead following throughout amid`)

func isArticleWord(w string) bool {
	switch w {
	case "a", "an", "the", "A", "An", "The":
		return true
	}
	return false
}

// adverbs may stand between a subject and its verb of saying: adverbs,
// auxiliaries, days ("Jane Roe also said"; data/words/adverbs.txt).
var adverbs = wordList("adverbs")

// notAdverbs are lower-case words in -ly that are no adverbs ("family").
var notAdverbs = wordList("not_adverbs")

// capAdverb reports a capitalized adverb that opens a sentence:
// "Immediately after the attacks, …".
func capAdverb(t *entities.Token) bool {
	return t.Kind == entities.Word && t.IsCap() && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ly") &&
		entities.CommonWord(t.Text) && !entities.ProperWord(t.Text)
}

func isAdverb(t *entities.Token) bool {
	if t.Kind != entities.Word {
		return false
	}
	lw := strings.ToLower(t.Text)
	if adverbs[lw] {
		return true
	}
	return t.IsLower() && len(lw) > 4 && strings.HasSuffix(lw, "ly") && !notAdverbs[lw]
}

var determinerWords = toSet(`the a an his her their its our this that these those another some many several
two three four five one no every each both all most other such my your`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isAux(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
		"should", "must", "may", "might", "did", "does", "do", "not", "n't":
		return true
	}
	return negatedAux(w)
}

// negatedAux reports an auxiliary contracted with "not": "doesn’t",
// "wouldn't", "can't", "won’t" ("doesn’t mention", "wouldn't say when").
func negatedAux(w string) bool {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	b, ok := strings.CutSuffix(w, "n't")
	if !ok {
		return false
	}
	switch b {
	case "is", "are", "was", "were", "has", "have", "had", "would", "could", "should", "must", "did", "does", "do", "ca", "wo", "need":
		return true
	}
	return false
}

// subordinators open an adverbial clause before a sentence's subject.
var subordinators = toSet(`after while when as although though because if since before once unless until
despite following amid`)

var objectPronouns = toSet(`him her them me us you reporters`)

var subjectPronouns = toSet(`he she they it we i`)

// clauseWord reports a lower-case function word that puts what follows it
// in a clause of its own: an article, a preposition or subordinator, an
// auxiliary, a wh-word ("…, a word Trump then repeated", "…, as rival
// Bernie Sanders continues", "…, could blunt Republican claims"). Nouns
// do not ("…, law enforcement officials say").
func clauseWord(w string) bool {
	return isArticleWord(w) || prepositions[w] || subordinators[w] || isAux(w) || whWords[w] || w == "that" || w == "where"
}
