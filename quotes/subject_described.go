package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Subjects that are a description with a modifier after its head, at the
// start of the sentence:
//
//	"The Kelvale nominee for the Nov. 8 election later said …"
//	"People with direct knowledge of the talks said …"
//	"A statement posted on the website Zentrix.com said …"
//	"Farm activists clamoring to block the merger say …"
//	"The last man to mount a third-party race says …"

// postModifiers open, after a head noun, a modifier that belongs to the
// subject: a preposition, an infinitive, or an adjective that takes one
// ("familiar with", "close to").
var postModifiers = toSet(`with of for from in at on to about near like without among familiar close involved`)

// modifiedDescription finds, when the clause of the verb at k opens the
// sentence, a subject whose head noun a speaker can have ("nominee",
// "people", "statement") and whose modifier after the head runs up to the
// verb without a finite verb, a comma or a relative pronoun. The phrase
// is the description up to its head; j is the last token before the verb.
func (r *run) modifiedDescription(j, k, lo int) (phrase, bool) {
	toks := r.toks
	if toks[k].Kind != entities.Word {
		return phrase{}, false // the antecedent of a relative pronoun: "the report, which notes"
	}
	c := r.a.Sentences[r.a.SentenceOf(k)].Tokens.First
	if lo > c {
		return phrase{}, false // the clause does not open the sentence
	}
	if c < j && (toks[c].Is("But") || toks[c].Is("And") || toks[c].Is("Yet") || toks[c].Is("So")) {
		c++
	}
	if j-c < 2 || j-c > 18 {
		return phrase{}, false
	}
	// The head: the first noun a speaker can have, after articles,
	// adjectives and names.
	h := -1
	for x := c; x < j && x < c+6; x++ {
		t := &toks[x]
		lw := strings.ToLower(t.Text)
		if t.Kind == entities.Possessive || t.Kind == entities.Number || t.Is("-") {
			continue
		}
		if t.Kind != entities.Word || prepositions[lw] || isAux(lw) || subjectPronouns[lw] || whWords[lw] || lw == "that" ||
			x > c && determinerWords[lw] {
			return phrase{}, false
		}
		if _, ok := cueAt(toks, x); ok {
			return phrase{}, false
		}
		if headNoun(lw) && x+1 <= j && postModifiers[strings.ToLower(toks[x+1].Text)] || headNoun(lw) && x+1 <= j && r.participleAt(x+1) {
			h = x
			break
		}
	}
	if h < 0 {
		return phrase{}, false
	}
	if f, ok := cueAt(toks, k); ok && !toks[j].IsLower() && (nounForms[strings.ToLower(toks[k].Text)] || strings.ToLower(toks[k].Text) == f.verb.lemma) {
		return phrase{}, false // a noun after a name: "linked to the Associated Press report"
	}
	if toks[j].Is("to") {
		return phrase{}, false // "The release of the emails led her to announce"
	}
	// The modifier: no finite verb, no clause.
	for x := h + 1; x <= j; x++ {
		t := &toks[x]
		lw := strings.ToLower(t.Text)
		if x > h+1 && t.Kind == entities.Word && t.IsLower() && strings.HasSuffix(lw, "ed") && !prepositions[toks[x-1].Text] && !isArticleWord(toks[x-1].Text) {
			return phrase{}, false // a finite verb: "The administration struggled on Tuesday to explain"
		}
		if t.Kind == entities.Punct && !t.Is("-") && !t.Is(".") || t.Kind == entities.QuoteMark || t.Is(".") && !(x > 0 && toks[x-1].End == t.Start) {
			return phrase{}, false
		}
		if isAux(lw) || whWords[lw] || lw == "that" || subjectPronouns[lw] || lw == "and" || lw == "but" {
			return phrase{}, false
		}
		if f, ok := cueAt(toks, x); ok && !f.participle && !(f.past && r.participleAt(x)) {
			return phrase{}, false
		}
	}
	return phrase{first: c, end: h + 1, start: c}, true
}

// headNoun reports a noun a speaker's description can end with.
func headNoun(lw string) bool {
	return speakers.IsHeadNoun(lw)
}

// participleAt reports a lower-case participle at x that modifies the
// noun before it: "activists clamoring to …", "a statement posted on …".
func (r *run) participleAt(x int) bool {
	t := &r.toks[x]
	if t.Kind != entities.Word || !t.IsLower() || len(t.Text) < 5 {
		return false
	}
	return (strings.HasSuffix(t.Text, "ing") || strings.HasSuffix(t.Text, "ed")) && x+1 < len(r.toks) &&
		(prepositions[strings.ToLower(r.toks[x+1].Text)] || r.toks[x+1].Is("to") || r.toks[x+1].Is("by"))
}
