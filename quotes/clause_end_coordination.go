package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// A clause or predicate of its own after "and", "but", a dash or a
// subordinator, where reported speech ends (clauseEnd): a new subject
// ("…, and he foreshadowed"), the speaker's next act ("… and accused her
// of lying", "… but said she would not"), a finite verb ahead ("after
// former President Bill Clinton greeted voters").

// finiteAhead reports whether a finite verb stands in [j, end) before any
// punctuation: an auxiliary, or a past form after a word that is not a
// determiner ("after former President Bill Clinton greeted voters", not
// "after his controversial proposal").
func (r *run) finiteAhead(j, end int) bool {
	toks := r.toks
	for k := j; k < end; k++ {
		t := &toks[k]
		if t.Kind != entities.Word {
			return false
		}
		lw := t.Text
		if isAux(lw) && lw != "be" && lw != "been" {
			return true
		}
		if k > j && t.IsLower() && strings.HasSuffix(lw, "ed") && !determinerWords[strings.ToLower(toks[k-1].Text)] {
			return true
		}
		if f, ok := cueAt(toks, k); ok && k > j && t.IsLower() && !f.participle {
			return true
		}
	}
	return false
}

// newSubjectAt reports a subject of a clause of its own from token i: a
// pronoun, or a determiner and a noun with an auxiliary within four
// words ("he singled out", "the Senate is holding").
func (r *run) newSubjectAt(i, end int) bool {
	toks := r.toks
	if subjectPronouns[toks[i].Text] && i+1 < end && r.verbLike(i+1) {
		return true
	}
	return (isArticleWord(toks[i].Text) || clauseDeterminer(toks[i].Text)) && i+1 < end && (r.finiteSoon(i+1, end) || r.namedBodyThenAux(i+1, end))
}

// pastPredicate reports a second predicate of the subject from token i: a
// past form ("cast doubt", "showed flashes", "made no mention") or an
// auxiliary and a participle ("has invited").
func (r *run) pastPredicate(i, end int) bool {
	t := &r.toks[i]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	if finiteEd(t) || entities.IrregularPast(t.Text) {
		return true
	}
	return (t.Is("has") || t.Is("have") || t.Is("had")) && i+1 < end && finiteEd(&r.toks[i+1])
}

// clauseDeterminer reports a determiner that opens a noun phrase subject
// after ", and": "…, and his campaign is approaching delegates", "…, and
// both sides are not that far apart".
func clauseDeterminer(w string) bool {
	switch w {
	case "his", "her", "their", "its", "both", "another", "many", "most", "some", "several", "other", "no":
		return true
	}
	return false
}

// namedBodyThenAux reports a name of capitalized words (with "of",
// "for", "and" inside) from i, then an auxiliary: "the Kelvale Civil
// Liberties Union has", "the Department of Labor will".
func (r *run) namedBodyThenAux(i, end int) bool {
	toks := r.toks
	if i >= end || !toks[i].IsCap() {
		return false
	}
	for k := i + 1; k < end && k < i+9; k++ {
		t := &toks[k]
		switch {
		case t.Kind == entities.Word && t.IsLower() && isAux(t.Text):
			return true
		case t.IsCap() || t.Is("of") || t.Is("for") || t.Kind == entities.Possessive:
		default:
			return false
		}
	}
	return false
}

// finiteSoon reports an auxiliary within four words from i, after
// words of a noun phrase only: "a fifth superdelegate has".
func (r *run) finiteSoon(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word {
			return false
		}
		if isAux(t.Text) && t.IsLower() {
			return k > i
		}
		if prepositions[t.Text] || whWords[t.Text] || t.Is("that") {
			return false
		}
	}
	return false
}

// verbLike reports a lower-case word that is not a pronoun, determiner or
// quotation: after "but", it starts a verb phrase of the same subject.
func (r *run) verbLike(k int) bool {
	t := &r.toks[k]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	lw := t.Text
	return !subjectPronouns[lw] && !determinerWords[lw] && !prepositions[lw] && lw != "that" && lw != "not" && lw != "also" && lw != "then"
}

// speechAhead reports a verb of saying at token i, perhaps after a
// participle of motion or turn ("before claiming", "after going on to
// say"): the speaker's next act, not more of what was said.
func (r *run) speechAhead(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		if _, ok := cueAt(r.toks, k); ok {
			return true
		}
		if r.toks[k].Kind != entities.Word {
			return false
		}
	}
	return false
}

// coordinatedPredicate reports a second predicate of the speaker after
// "and" at token i: a singular auxiliary before a verb ("… and has
// invited two guests", "… and would not say"), or a verb in the past or
// in -s before an object pronoun, a determiner or "to" ("… and accused
// him of …", "… and calls her …", "… and tried to …").
func (r *run) coordinatedPredicate(i, end int) bool {
	toks := r.toks
	if i+1 >= end || r.qAt[i] != 0 || r.qAt[i+1] != 0 {
		return false
	}
	t := &toks[i]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	lw := t.Text
	switch lw {
	case "has", "was", "would", "did":
		n := i + 1
		for n < end && (isAdverb(&toks[n]) || toks[n].Is("not")) {
			n++
		}
		return n < end && toks[n].Kind == entities.Word && toks[n].IsLower() && !determinerWords[toks[n].Text] && !prepositions[toks[n].Text]
	}
	past := len(lw) > 4 && strings.HasSuffix(lw, "ed")
	third := len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us")
	if !past && !third {
		return false
	}
	n := &toks[i+1]
	nw := n.Text
	return n.Kind == entities.Word && n.IsLower() && (objectPronouns[nw] && nw != "reporters" && nw != "you" || nw == "it" || nw == "to" && past ||
		determinerWords[nw] && nw != "that" && past)
}

// hasClause reports a subject pronoun, a wh-word, "that" or an auxiliary
// among tokens [i, end) (i is the token before what was said, perhaps
// its "that"): what was said has a clause of its own, and an
// "and" with a verb after it may go on inside it ("said she was tired
// and wanted a change").
func (r *run) hasClause(i, end int) bool {
	for k := max(i, 0); k < end; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word {
			continue
		}
		lw := strings.ToLower(t.Text)
		if subjectPronouns[lw] || contracted(lw) || isAux(lw) || whWords[lw] || lw == "that" {
			return true
		}
	}
	return false
}

// reportedModal reports a modal of reported speech at token i after ",
// and", where the clause holds one of them before it (within forty
// tokens) and no verb of saying follows it within three: the reported clause's second predicate
// ("that applications would open on Monday, June 16, and could be made
// online"), not the writer's ("…, and would not say whether …").
func (r *run) reportedModal(i, start, end int) bool {
	toks := r.toks
	if !reportedModals[toks[i].Text] {
		return false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		if _, ok := cueAt(toks, k); ok {
			return false
		}
	}
	for k := max(start, i-40); k < i; k++ { // (a bounded look back: a clause of many ", and could" pays no more)
		if reportedModals[toks[k].Text] {
			return true
		}
	}
	return false
}

// reportedModals are the modals a reported clause takes: "would", "could".
var reportedModals = toSet(`would could might should`)

// ownSubjectClause reports what was said from start opening with a
// subject of its own, an article or a possessive and a finite verb within
// five words, before k: "said the bloc remained committed …", "said her
// members supported …"; a second predicate after it is the subject's.
func (r *run) ownSubjectClause(start, k int) bool {
	w := r.toks[start].Text
	return (isArticleWord(w) || possessiveDeterminers[strings.ToLower(w)]) && r.finiteAhead(start, min(k, start+5))
}

// possessiveDeterminers open a noun phrase that a possessor's pronoun
// determines: "her members".
var possessiveDeterminers = toSet(`his her their its our`)

// backshifted are the auxiliaries a reported clause's second predicate
// takes in the past: "… but had asked", "… but would wait".
var backshifted = toSet(`had would could`)

// refusalAfter reports a negation or a refusal at token k after a
// backshifted auxiliary, the speaker's own act: "but would not say", "but
// had declined to comment", "but could not confirm".
func refusalAfter(toks []entities.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k].Text) {
	case "not", "never", "n't", "declined", "refused", "say", "comment", "confirm", "elaborate", "disclose", "specify", "reveal", "told":
		return true
	}
	return false
}
