package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Phrases after what was said that belong to the verb of saying, where
// reported speech ends (clauseEnd):
//
//	"She said prices will fall in an interview with the Gazette."
//	"She denied the claims through a spokeswoman."

// mediumNouns name the medium or occasion of an utterance.
var mediumNouns = wordList("medium_nouns")

// mediumPrepositions open a phrase of the medium of an utterance.
var mediumPrepositions = toSet(`in on through during via`)

// mediumAdjunct reports a phrase at k of the medium through which
// something was said, which belongs to the verb of saying: "in an
// interview", "in a Sunday statement", "through a spokeswoman", "on
// Twitter".
func (r *run) mediumAdjunct(k, end int) bool {
	toks := r.toks
	if !toks[k].IsLower() || !mediumPrepositions[toks[k].Text] || r.qAt[k] != 0 {
		return false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		t := &toks[j]
		if t.Kind != entities.Word && t.Kind != entities.Possessive || r.qAt[j] != 0 {
			return false
		}
		lw := strings.ToLower(t.Text)
		if mediumNouns[lw] {
			// the head of its phrase, at the end of what was said or before
			// its hearer, its channel or a time: "in an interview with the
			// Gazette", not "through the email server", "in a closed-door
			// interview were truthful"
			if j+1 >= end || toks[j+1].Kind == entities.Punct {
				return j+1 >= end || !toks[j+1].Is(",") || !r.listGoesOn(j+2, end) // (not a list's first item: "through surveillance video, phone records and …")
			}
			n := strings.ToLower(toks[j+1].Text)
			return n == "with" || n == "to" || n == "on" || n == "from" || n == "last" || n == "this" || r.timeAt(j+1, end) > 0
		}
		if isAux(lw) || prepositions[lw] || lw == "that" || subjectPronouns[lw] {
			return false
		}
	}
	return false
}

// glossAppositive reports an appositive at k after a comma that ends what
// was said: an article and at most four lower-case words, then a relative
// clause ("…, a longstanding federal provision that prohibits …", "…, a
// requirement that tilts …"). The writer glosses the last noun of what
// was said. A person's description ("a cardiologist who …") is no gloss.
func (r *run) glossAppositive(k, end int) bool {
	toks := r.toks
	if !toks[k].IsLower() || !isArticleWord(toks[k].Text) || r.qAt[k] != 0 {
		return false
	}
	for j := k + 1; j < end && j <= k+5; j++ {
		t := &toks[j]
		if r.qAt[j] != 0 || t.Kind != entities.Word || !t.IsLower() {
			return false
		}
		if t.Is("that") || t.Is("which") {
			// not a person's description: "… honoured her late father, a
			// cardiologist who …" goes on with what was said
			return j > k+1 && !headNoun(strings.ToLower(toks[j-1].Text))
		}
		if isAux(t.Text) || finiteEd(t) || prepositions[t.Text] || subjectPronouns[t.Text] {
			return false
		}
	}
	return false
}

// listGoesOn reports a list's next items at k: lower-case nouns up to
// "and" or "or" within six words, no verb among them ("phone records and
// a saw blade").
func (r *run) listGoesOn(k, end int) bool {
	toks := r.toks
	for j := k; j < end && j < k+6; j++ {
		t := &toks[j]
		if t.Is("and") || t.Is("or") {
			return j > k
		}
		if t.Kind != entities.Word || !t.IsLower() || isAux(t.Text) || finiteEd(t) || strings.HasSuffix(t.Text, "ing") || prepositions[t.Text] || subjectPronouns[t.Text] {
			return false
		}
	}
	return false
}
