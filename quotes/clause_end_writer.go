package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// What the writer adds after what was said, where reported speech ends
// before it (clauseEnd): a gloss on quoted words or on the claim ("…, a
// claim others deny"), an absolute construction ("…, with the minister
// leveling criticism"), a note on the source ("on condition of
// anonymity"), a clause reported speech does not run into ("…, while …");
// and the "as" of a comparison, which is none.

// absoluteNamed reports a noun phrase with a name, then a participle,
// from token i: "powerful AFT President Randi Weingarten hugging her".
func (r *run) absoluteNamed(i, end int) bool {
	toks := r.toks
	named := false
	for k := i; k < end && k < i+7; k++ {
		t := &toks[k]
		if t.Kind != entities.Word {
			return false
		}
		lw := t.Text
		if k > i && named && t.IsLower() && len(lw) > 4 && strings.HasSuffix(lw, "ing") {
			return true
		}
		if t.IsLower() && (determinerWords[lw] && k > i || prepositions[lw] || isAux(lw) || subjectPronouns[lw]) {
			return false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			named = true
		}
	}
	return false
}

// anonymityNote reports "on (the) condition of anonymity" or "on
// condition that …" at token k: the writer's note on the source, not
// what was said.
func (r *run) anonymityNote(k, end int) bool {
	toks := r.toks
	j := k + 1
	if j < end && toks[j].Is("the") {
		j++
	}
	return j+1 < end && toks[j].Is("condition") && (toks[j+1].Is("of") || toks[j+1].Is("that"))
}

// comparativeAs reports an "as" at k that closes a comparison ("as good
// as it gets", "the same as they were"): another "as", "same" or "such"
// stands within the four words before it.
func (r *run) comparativeAs(k, start int) bool {
	for j := k - 1; j >= start && j >= k-4; j-- {
		if w := strings.ToLower(r.toks[j].Text); w == "as" || w == "same" || w == "such" || w == "so" {
			return true
		}
	}
	return false
}

// absoluteAhead reports a noun phrase followed by a participle from token
// i: "the state's interior minister leveling …".
func (r *run) absoluteAhead(i, end int) bool {
	toks := r.toks
	for k := i; k < end && k < i+8; k++ {
		t := &toks[k]
		if t.Kind == entities.Punct && !t.Is(",") {
			return false
		}
		if k > i && t.IsLower() && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ing") {
			return true
		}
	}
	return false
}

// afterQuotedPhrase reports a relative pronoun or an article after a
// quotation that closes with a comma inside what was said ("… the
// “Charleston loophole,” which allows …", "… called him a “moderate,” a
// subtle dig …", "… an “inversion,” in which …"): the writer's gloss,
// not more of what was said. Other words may go on with it ("…
// “peanuts,” compared to …", "… “futile,” because …").
func (r *run) afterQuotedPhrase(k int) bool {
	t := &r.toks[k]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	switch t.Text {
	case "which", "who", "part":
		return true
	case "a", "an", "another":
		return k+1 < len(r.toks) && r.qAt[k+1] == 0 // not a list: "a “loser,” a “liar” and …"
	case "in":
		return k+1 < len(r.toks) && r.toks[k+1].Is("which")
	}
	return false
}

// summaryNouns name what was said, in an appositive that glosses it: "…,
// a claim the company denies" (data/words/summary_nouns.txt).
var summaryNouns = wordList("summary_nouns")

// contentBreak words open, after a comma, a clause that reported speech
// does not run into: "…, while about 4 in 10 want …", "…, which is spread …".
var contentBreak = toSet(`while whereas which who whom although though meaning as compared however even followed`)

// asWellAs reports "as well as" and a noun phrase at token k: after a
// comma it adds to a list inside what was said ("She said the bill funds
// clinics, as well as two new hospitals"), it opens no clause of the
// writer's; before an act ("…, as well as ruling that …", "…, as well as
// to respond …") it does.
func asWellAs(toks []entities.Token, k, end int) bool {
	if k+3 >= end || !toks[k].IsFold("as") || !toks[k+1].Is("well") || !toks[k+2].Is("as") {
		return false
	}
	n := &toks[k+3]
	return !n.Is("to") && !(n.IsLower() && strings.HasSuffix(n.Text, "ing"))
}

// clauseLink words open a clause that is not what was said: "…, which
// focused on …", "…, but …".
var clauseLink = toSet(`which who whose whom where when while as because although though`)

// namedSayerAt reports a capitalized subject of at most six words from k
// ("Minister of State", "Kelvo Union chief"), then "says" or "warns" and
// words of its own: "… as Minister of State says islands must …"
// (not a manner's "as Parliament tells it", "as the union urges, on
// roads first").
func (r *run) namedSayerAt(k, end int) bool {
	toks := r.toks
	if k >= end || !toks[k].IsCap() || toks[k].Is("I") {
		return false
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if f, ok := cueAt(toks, j); ok && !f.participle && (f.verb.lemma == "say" || f.verb.lemma == "warn") {
			return j+2 < end && toks[j+1].Kind == entities.Word && toks[j+2].Kind == entities.Word || j+1 < end && toks[j+1].Kind == entities.QuoteMark
		}
		if w := &toks[j]; !(w.IsCap() || w.Is("of") || w.Is("for") || w.Is("the")) || w.Kind != entities.Word {
			return false
		}
	}
	return false
}
