package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The gap sieve: a verb of saying inside a relative clause, whose relative
// pronoun stands for what was said.
//
//	"The vote, which she has repeatedly said was a mistake, cost her."
//	"…, displaying what many analysts said was a sign of détente."
//	"The changes, which officials said will take effect in May, …"
//	"…, what economists call “stimulus”."
//	"…, a wall which he said the city should pay for." (object gap)
//
// What was said is the pronoun and the clause after the verb, whose
// subject is the pronoun: "which … was a mistake". A clause after the
// verb with a subject of its own leaves the gap in its object: what was
// said is the pronoun and that clause, "which … the city should pay
// for"; not after a preposition, where the pronoun is no object of what
// was said ("an interview in which he said he would run").

// gapRelative attributes the clause after a verb of saying whose subject
// follows a relative pronoun, when the clause lacks a subject of its own.
// subj is the subject found before the verb at k, start the token after
// the verb (and its particle). It reports whether it decided.
func (r *run) gapRelative(s *entities.Sentence, k, start int, subj phrase, cue *Cue, f cueForm) (int, bool, bool) {
	toks := r.toks
	w := subj.first - 1
	end := s.Tokens.End
	if w < s.Tokens.First || subj.mEnd > subj.mFirst || start >= end || r.qAt[w] != 0 {
		return 0, false, false
	}
	pw := toks[w].Text
	if !gapPronouns[pw] {
		return 0, false, false
	}
	if pw == "that" && (w == 0 || toks[w-1].Kind != entities.Word || !toks[w-1].IsLower() || isAux(toks[w-1].Text) || cueVerbAt(toks, w-1)) {
		return 0, false, false // "said that officials said …": a complementizer, not a relative
	}
	if !r.gapStart(start, f) && (w == s.Tokens.First || prepositions[strings.ToLower(toks[w-1].Text)] || !r.objectGapClause(pw, start, end, f)) {
		return 0, false, false
	}
	e := r.clauseEnd(start, end)
	naming := f.verb.naming || toks[start].Is("as")
	for c := start; c < e; c++ {
		// A non-restrictive clause ends at its comma: "…, which she said
		// was a mistake, was …"; a name ends with its quotation, its comma
		// or before "and": "what he called the “Washington cartel” and cast
		// himself …".
		if c > start && r.closesQuote(c) && r.quoteEndsWithComma(c) && (naming || pw == "which" || pw == "whom" || pw == "who") {
			e = c + 1 // "what he acknowledged as a “rant,” Obama …"
			break
		}
		if naming && r.opensQuote(c) && c < start+4 {
			e = min(e, r.quoteEndTok(int(r.qAt[c]-1))+1)
			break
		}
		if c > start && r.qAt[c] == 0 && ((toks[c].Is(",") || isAsideEnd(&toks[c])) && (pw == "which" || pw == "whom" || pw == "who" || naming) ||
			naming && (toks[c].Is("and") || toks[c].Is("but"))) {
			e = c
			break
		}
	}
	more := r.region(start, e)
	if more.parts == nil {
		return 0, false, true
	}
	c := content{parts: append([]entities.Span{toks[w].Span}, more.parts...), kind: more.kind}
	if c.kind == Direct {
		c.kind = Mixed
	}
	subj.start = w
	if !r.emit(c, cue, subj, SubjectCue, 0.7) {
		return 0, false, true
	}
	return e, true, true
}

// gapPronouns open a relative clause that may hold what was said.
var gapPronouns = toSet(`which what that whom who`)

// gapStart reports whether the complement at token start lacks a subject:
// it opens with a finite verb ("was a mistake", "will take effect",
// "defied expectations", "left a vacuum"), or
// with "as" after a verb that describes ("described as “peaceful”"), or
// anything after a verb that names ("call “stimulus”").
func (r *run) gapStart(start int, f cueForm) bool {
	t := &r.toks[start]
	lw := strings.ToLower(t.Text)
	if f.verb.naming || lw == "as" && (f.verb.np || f.verb.naming || f.verb.weak) {
		return true
	}
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	if isAux(lw) && lw != "be" && lw != "been" && lw != "being" && lw != "not" {
		return true
	}
	if (finiteEd(t) || entities.IrregularPast(lw)) && start+1 < len(r.toks) && r.toks[start+1].Kind == entities.Word {
		return true // "which she said represented her emails", "that they say left a vacuum"
	}
	return len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "ous") && !determinerWords[lw] &&
		start+1 < len(r.toks) && r.toks[start+1].Kind == entities.Word && !prepositions[lw]
}

// cueVerbAt reports a verb of saying at k.
func cueVerbAt(toks []entities.Token, k int) bool {
	_, ok := cueAt(toks, k)
	return ok
}

// objectGapClause reports "which", "who" or "whom" whose verb of saying
// takes a clause with a subject of its own: the pronoun is the object
// inside it, "which he said the city should pay for". "That" after a
// noun is as often a complementizer ("told reporters that he said …"),
// and "what" as often a free relative around the clause ("half of what
// researchers say they need"): both are left out.
func (r *run) objectGapClause(pw string, start, end int, f cueForm) bool {
	if pw == "that" || pw == "what" || f.verb.naming || start >= end {
		return false
	}
	_, comp := r.complement(start, end, f)
	return comp == compClause && r.clauseAhead(start, end)
}
