package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// What goes on, or does not, around an attribution (backward, forward):
//
//	"“Only you,” she said, would use …"        the sentence goes on unquoted
//	"Prices rose, he said, because wages did"  a reason goes on
//	"Sales were great, he said, wiping …"      a participle of manner does not
//	"“A,” she said on “Morning Report.”"       a quoted title is no second part
//	"He said, “Probably.”"                      a one-word reply is speech

// unquotedRest returns where the sentence a quotation began goes on
// after its attribution, unquoted, or 0: the quotation closing at token
// qe ends with a comma, the attribution's comma at after is followed by a
// lower-case verb, "that" or "to" ("“Only you,” she said, would use …",
// "“…,” he added, to pursue …").
func (r *run) unquotedRest(qe, after, end int) int {
	toks := r.toks
	if !r.quoteEndsWithComma(qe) || after+2 >= end || !toks[after].Is(",") || r.qAt[after+1] != 0 {
		return 0
	}
	n := &toks[after+1]
	if n.Kind != entities.Word || !n.IsLower() {
		return 0
	}
	if !(isAux(n.Text) || n.Is("that") || n.Is("to") && r.verbLike(after+2)) {
		return 0
	}
	if _, ok := cueAt(toks, after+1); ok {
		return 0
	}
	return r.clauseEnd(after+1, end)
}

// adjunctPhrase reports a prepositional phrase from token i to the end
// of the sentence with no verb in it: an adjunct of the attribution
// before it ("after a three-year reintroduction supported by volunteers"),
// not what was said going on.
func (r *run) adjunctPhrase(i, end int) bool {
	toks := r.toks
	if !toks[i].IsLower() || !prepositions[toks[i].Text] || clauseLink[toks[i].Text] || toks[i].Is("with") { // ("with" opens what goes on: "…, she noted, with 108 countries now reporting …")
		return false
	}
	for k := i + 1; k < end; k++ {
		if t := &toks[k]; t.Kind == entities.Word && (isAux(t.Text) && t.IsLower() || t.Is("that")) {
			return false
		}
	}
	return true
}

// infinitiveGoesOn reports an infinitive at token i after a parenthetical
// attribution, which goes on with the words before it when they are
// speech: "It is time, she says, to rewrite the rules of trade" (not
// "to reporters", "to voters": a plural there is the hearer; nor a noun
// of the hearers' response, "to applause", "to laughter from members",
// nor "to date").
func (r *run) infinitiveGoesOn(i, end int) bool {
	toks := r.toks
	if !toks[i].Is("to") || i+2 >= end || !r.verbLike(i+1) || strings.HasSuffix(toks[i+1].Text, "s") || toks[i+1].Is("date") {
		return false
	}
	n := &toks[i+2]
	return n.Kind == entities.Word && !(n.IsLower() && prepositions[n.Text]) // a verb with its object or complement (not a noun alone or before its preposition: "to applause.", "to applause from members"; nor "to date")
}

// objectQuote reports a quotation opening at token k that is the object of
// the word before it, a preposition, a determiner or a possessor, not the
// rest of what was said: "“We will win,” Jane Roe said on “Morning
// Report.”", "… he said in his “State of the City” address".
func (r *run) objectQuote(k int) bool {
	if k == 0 {
		return false
	}
	p := &r.toks[k-1]
	if p.Kind == entities.Possessive {
		return true
	}
	w := strings.ToLower(p.Text)
	return p.IsLower() && (prepositions[w] || determinerWords[w])
}

// reasonLinks open a clause of reason or concession that goes on with what
// was said after a parenthetical attribution: "She was not surprised, her
// advisers said, because she understands the anger."
var reasonLinks = toSet(`because although though since unless`)

// reasonGoesOn reports a clause of reason or concession at i that goes on
// with what was said, not one with an attribution of its own ("…, he
// said, because he said the leaders …").
func (r *run) reasonGoesOn(i, end int) bool {
	if i+2 >= end || !reasonLinks[strings.ToLower(r.toks[i].Text)] {
		return false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		if _, ok := cueAt(r.toks, k); ok {
			return false
		}
	}
	return true
}

// mannerParticiple reports a participle at i after a parenthetical
// attribution's comma, with no verb of saying or quotation after it
// before end: the writer's description of the speaker, not more of what
// was said ("Sales were great, he said, wiping sweat off his face.").
func (r *run) mannerParticiple(i, end int) bool {
	t := &r.toks[i]
	if t.Kind != entities.Word || !t.IsLower() || len(t.Text) <= 5 || !strings.HasSuffix(t.Text, "ing") || t.Is("including") || r.qAt[i] != 0 {
		return false
	}
	for k := i; k < end; k++ {
		if _, ok := cueAt(r.toks, k); ok || r.qAt[k] != 0 {
			return false // "…, she said, breaking with the chair to argue that …"
		}
	}
	return true
}

// quotedReply reports a direct quotation of one word that opens right
// after the comma or colon of its verb of saying: "Asked whether he would
// quit, Bob Doe said, “Probably.”", "She said: “No.”"
func (r *run) quotedReply(c content, start int) bool {
	return c.kind == Direct && len(c.parts) == 1 && start > 0 && r.opensQuote(start) && (r.toks[start-1].Is(",") || r.toks[start-1].Is(":")) && r.words(c.parts) == 1
}
