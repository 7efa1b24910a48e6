package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The clause-subject sieve: a quotation inside a clause whose subject
// speaks, with a verb the lists don't know.
//
//	"Jane Roe has assured me she will keep it “civil”."

// copulas link a subject to what it is, not to what it says.
var copulas = toSet(`is are was were be been being become became becomes remain remained remains seem seemed seems`)

// inputVerbs take the words one types or picks on a device or a form,
// quoted: "searching “climate shelter”", "texting “JOIN”", "select
// “Apply now”" (not "choose" nor "enter", said of ideas as often: "choose
// “hope over fear”", "enter “a golden decade”").
var inputVerbs = toSet(`search searching searches type typing text texting select selecting click clicking tap tapping`)

// enteredWords reports a quotation q right after a verb of entering words
// ("searching “climate shelter” in the app", "search for “STOP”"): words
// one types, no speech.
func (r *run) enteredWords(q *quoted) bool {
	w := q.open - 1
	return w > 0 && (inputVerbs[r.toks[w].Text] || r.toks[w].Is("for") && inputVerbs[r.toks[w-1].Text])
}

// semicolonBetween reports a semicolon outside quotation marks in
// tokens [i, end): the clauses on its two sides are apart.
func (r *run) semicolonBetween(i, end int) bool {
	for k := i; k < end; k++ {
		if r.toks[k].Is(";") && r.qAt[k] == 0 {
			return true
		}
	}
	return false
}

// ownCueAfter reports a verb of saying right after quotation q's
// closing mark, or its comma: "“…,” says forum coordinator".
func (r *run) ownCueAfter(q *quoted) bool {
	if q.close < 0 {
		return false
	}
	k := q.close + 1
	for k < len(r.toks) && r.toks[k].Is(",") {
		k++
	}
	if k >= len(r.toks) {
		return false
	}
	_, ok := cueAt(r.toks, k)
	return ok
}

// continuesAfterSemicolon reports a quotation q after a semicolon that
// goes on with the clause before it: right after the semicolon ("Minister
// Jane Roe backs harbour plan; “a game changer”"), or in a clause a
// pronoun opens after a clause that reports speech ("Roe told members the
// offer was too low; it would leave nurses “worse off”"); not with a cue
// of its own after it.
func (r *run) continuesAfterSemicolon(s *entities.Sentence, q *quoted) bool {
	if r.ownCueAfter(q) {
		return false
	}
	sc := q.open - 1
	for sc > s.Tokens.First && !(r.toks[sc].Is(";") && r.qAt[sc] == 0) {
		sc--
	}
	if sc == q.open-1 {
		return true
	}
	if !subjectPronouns[strings.ToLower(r.toks[sc+1].Text)] {
		return false
	}
	lo, hi := r.toks[s.Tokens.First].Start, r.toks[sc].Start
	for i := len(r.out) - 1; i >= 0; i-- {
		if c := r.out[i].Cue; c != nil && c.Start >= lo && c.End <= hi {
			return true
		}
	}
	return false
}

// verbClause returns what follows the verb after a subject that ends at
// token i, when the quotation q lies in it: the object or clause of a
// verb the lists don't know ("renowned for", "pronounced", "assured me").
func (r *run) verbClause(i int, q *quoted, s *entities.Sentence) (content, bool) {
	toks := r.toks
	end := s.Tokens.End
	if c := r.asideAfterSubject(i, q.open); c > i {
		i = c // "Jane Roe, during an interview on Thursday, referred to the plan as “…”"
	}
	for i < end && (isAdverb(&toks[i]) || isAux(toks[i].Text)) {
		i++
	}
	if i >= end || toks[i].Kind != entities.Word || !toks[i].IsLower() || r.qAt[i] != 0 || copulas[toks[i].Text] {
		return content{}, false
	}
	v := i + 1
	for v < end && (toks[v].Is("that") || toks[v].Is("me") || toks[v].Is("us") || toks[v].Is("him") || toks[v].Is("her") || toks[v].Is("them")) {
		v++
	}
	if v >= end || v > q.open {
		return content{}, false
	}
	if p := &toks[q.open-1]; p.Is(",") || p.Is(":") {
		return content{}, false // "issued a statement, “…”": the quotation is what was said
	}
	e := r.clauseEnd(v, end)
	if e <= q.open {
		k := e
		if k < q.open && toks[k].Is(",") {
			k++
		}
		if k+1 < q.open && (toks[k].IsFold("and") || toks[k].IsFold("but")) {
			// "Trump has made his wealth a centerpiece and has boasted of
			// his willingness to spend “whatever it takes”": the verb
			// coordinated with the first has the subject and the quotation.
			return r.verbClause(k+1, q, s)
		}
		return content{}, false
	}
	c := r.region(v, e)
	if c.parts == nil || c.kind != Mixed {
		return content{}, false
	}
	return c, true
}

// asideAfterSubject returns the index after an aside set off by commas
// that opens at token i, right after a subject, and closes before the
// quotation opening at open: "Jane Roe, during an interview on Thursday,
// referred to …". It returns i when none does, or when the aside holds a
// quotation or a verb of saying.
func (r *run) asideAfterSubject(i, open int) int {
	toks := r.toks
	if i >= open || !toks[i].Is(",") {
		return i
	}
	for c := i + 1; c < open && c <= i+12; c++ {
		if r.qAt[c] != 0 {
			return i
		}
		if _, ok := cueAt(toks, c); ok {
			return i
		}
		if toks[c].Is(",") {
			if c == i+1 || c+1 >= open {
				return i
			}
			return c + 1
		}
	}
	return i
}
