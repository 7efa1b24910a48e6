package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// What a parenthetical attribution takes after its closing comma, besides
// the words before it (speech.go, backward): the rest of the sentence,
// or a quotation that goes on with it.
//
//	"The editorial, sources said, nailed the mood."     the rest, unquoted
//	"But, he said, most state laws were thought safe."  a quantified subject
//	"If the levy passes, she said, “the schools …”"     a quotation going on
//	"…, he said, on condition of anonymity"             no speech: a note on the source

// clauseConjunctions, alone before a parenthetical attribution, belong to
// the quotation after it: "But, she added, “I think …”".
var clauseConjunctions = toSet(`but and yet so or`)

// frontSegment returns where the words before a parenthetical
// attribution (its first comma at b) start: after the comma before them,
// or at lo. "…, which is an outcome, he said, “…”" starts at "which".
func (r *run) frontSegment(lo, b int) int {
	for k := b - 1; k >= lo; k-- {
		if r.toks[k].Is(",") && r.qAt[k] == 0 {
			return k + 1
		}
	}
	return lo
}

// quoteGoesOn reports whether the quotation opening at token q, right
// after a parenthetical attribution that ends at b-1 (its subject's comma
// at b), goes on with the sentence the words from lo began: it opens with
// a lower-case word ("The streets were deserted, he added, “but nobody
// would open a door.”"), or only a conjunction comes before ("But, she
// added, “I think …”"). The words before are unquoted.
func (r *run) quoteGoesOn(lo, b, q int) bool {
	if b <= lo || q+1 >= len(r.toks) {
		return false
	}
	for k := lo; k < b; k++ {
		if r.qAt[k] != 0 {
			return false
		}
	}
	lw, last := strings.ToLower(r.toks[lo].Text), strings.ToLower(r.toks[b-1].Text)
	if b == lo+1 && (isAdverb(&r.toks[lo]) || leadWords[lw]) && !clauseConjunctions[lw] || lw == "including" || r.timeAt(lo, b) == b-lo ||
		last == "later" || last == "earlier" || last == "ago" {
		return false // "Still, he said, “…”", "including, he said, “…”", "Minutes later, …": an adverbial, not what was said
	}
	t := &r.toks[q+1]
	return t.Kind == entities.Word && t.IsLower() || r.leadOnly(lo, b)
}

// quantifiedSubject reports a quantifier at i that opens the subject of a
// clause, not a share that answers: "…, Lee said, most state laws were
// thought safe", not "…, he said, 43 percent said …".
func (r *run) quantifiedSubject(i, end int) bool {
	toks := r.toks
	if i+2 >= end || !quantifiedDeterminers[toks[i].Text] {
		return false
	}
	n := &toks[i+1]
	if n.Kind != entities.Word || !n.IsLower() || n.Is("of") || determinerWords[n.Text] {
		return false
	}
	if f, ok := cueAt(toks, i+1); ok && (f.verb.lemma == "say" || f.verb.lemma == "tell") {
		return false
	}
	for k := i + 2; k < end && k < i+8; k++ {
		if isAux(toks[k].Text) && toks[k].IsLower() {
			return true
		}
		if toks[k].Kind != entities.Word {
			return false
		}
	}
	return false
}

// quantifiedDeterminers open a subject that is part of a group: "most
// state laws", "many voters".
var quantifiedDeterminers = toSet(`most many some several few all`)

// articleNoun reports an article at i that opens a plain noun phrase,
// not a share: "a number of voters", not "a third of voters".
func (r *run) articleNoun(i, end int) bool {
	return isArticleWord(r.toks[i].Text) && i+1 < end && r.toks[i+1].Kind == entities.Word && !r.quantifierAt(i+1) && !determinerWords[strings.ToLower(r.toks[i+1].Text)]
}

// speakerAdjunct reports what follows a parenthetical attribution's comma
// at i as the writer's note on the source, not more of what was said: "He
// was unable to find a single taker, he said, on condition of anonymity".
func (r *run) speakerAdjunct(i, end int) bool {
	return r.toks[i].Is("on") && r.anonymityNote(i, end)
}

// subordinateThenMain reports a subordinate clause of time, cause or
// contrast from token i that ends at a comma followed by a main clause:
// "In the early 1990s, Ms. Roe said, when she was earning $24,000 a
// year, a boss invited her to lunch." After a parenthetical attribution,
// both are what was said.
func (r *run) subordinateThenMain(i, end int) bool {
	toks := r.toks
	switch strings.ToLower(toks[i].Text) {
	case "when", "while", "because", "although", "though", "as":
	default:
		return false
	}
	for k := i + 2; k < end && k < i+25; k++ {
		if r.qAt[k] != 0 || toks[k].Is(";") || toks[k].Is(":") {
			return false
		}
		if toks[k].Is(",") {
			return k+1 < end && !toks[k+1].IsFold("and") && !toks[k+1].IsFold("but") && (r.clauseAhead(k+1, end) || r.finiteAhead(k+1, end)) && r.hasClause(i+1, k)
		}
	}
	return false
}

// antecedentInContent reports a subject pronoun whose antecedent the
// tracker found only inside the words the pronoun's clause reports, before
// the pronoun: "Basins without such bodies, he added, saw three times as
// many disputes." The latest name before such a pronoun is one the speech
// is about ("If China can build a Great Wall, he observed, …") or no
// person at all; the speaker was named before the speech, or the pronoun
// stands alone, its mention without a speaker.
func (r *run) antecedentInContent(c content, subj phrase, sp *speakers.Speaker) bool {
	if subj.end != subj.first+1 || subj.mEnd > subj.mFirst || len(c.parts) == 0 || len(sp.Mentions) == 0 {
		return false
	}
	t := &r.toks[subj.first]
	if t.Kind != entities.Word || !subjectPronouns[strings.ToLower(t.Text)] {
		return false
	}
	from := c.parts[0].Start
	if from >= t.Start || sp.Mentions[0].Start < from {
		return false // named before the speech
	}
	for _, m := range sp.Mentions {
		if m.Start >= t.Start {
			break
		}
		for _, p := range c.parts {
			if p.Contains(m.Span) {
				return true
			}
		}
	}
	return false
}
