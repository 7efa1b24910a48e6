package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The passive-report sieve: what was reported "by" a source.
//
//	"The meeting was first reported by the Kelvale Gazette."
//	"The firm cut 200 jobs, as first reported by the Gazette on Tuesday."
//
// What was reported is the subject of the passive (the noun phrase, or
// the clause before "as"); the source is the phrase after "by".

// passiveVerbs are the past participles of reporting that take their
// source after "by" in these shapes.
var passiveVerbs = toSet(`reported disclosed revealed`)

// passiveReport attributes what the participle at k, followed by "by",
// reports. It returns where the scan goes on.
func (r *run) passiveReport(s *entities.Sentence, k, lo int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if !passiveVerbs[toks[k].Text] || k+2 >= end || !toks[k+1].Is("by") {
		return 0, false
	}
	src, ok := r.accordingPhrase(k+2, end)
	if !ok {
		return 0, false
	}
	// Before the participle: adverbs ("first"), then what introduces it.
	b := k - 1
	for b > lo && toks[b].IsLower() && !isAux(toks[b].Text) && (isAdverb(&toks[b]) || toks[b].Is("first") || toks[b].Is("initially") || toks[b].Is("originally")) {
		b--
	}
	if b < lo {
		return 0, false
	}
	var c content
	switch {
	case toks[b].Is("as") && b-1 > lo && toks[b-1].Is(","):
		// "…, as first reported by the Gazette on Tuesday."; not after an
		// attribution of the same sentence ("…,” Roe noted in an
		// interview, as reported by …").
		if !r.adverbialsToEnd(src.end, end) || lo > r.skipDateline(s) || r.quoteWithin(lo, b) {
			return 0, false
		}
		c = r.region(r.lastClause(lo, b-1), b-1)
	case toks[b].Is("was") || toks[b].Is("were") || toks[b].Is("been") && b-1 > lo && (toks[b-1].Is("has") || toks[b-1].Is("had") || toks[b-1].Is("have")):
		// "The meeting was first reported by Politico."
		a := b
		if toks[b].Is("been") {
			a--
		}
		if !r.adverbialsToEnd(src.end, end) || r.hasClause(lo, a) || r.finiteAhead(lo, a) {
			return 0, false
		}
		c = r.region(lo, a)
	default:
		return 0, false
	}
	if c.parts == nil || r.words(c.parts) < 2 {
		return 0, false
	}
	src.start = b
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[k+1].End}}
	cue.Text = cue.In(r.text)
	if !r.emit(c, cue, src, AccordingTo, 0.7) {
		return 0, false
	}
	return end, true
}

// adverbialsToEnd reports that only a few words with no verb, clause or
// quotation stand from i to the sentence's end: "on Tuesday", "last week".
func (r *run) adverbialsToEnd(i, end int) bool {
	toks := r.toks
	for k := i; k < end; k++ {
		t := &toks[k]
		if t.Is(".") || t.Is("!") || t.Is("?") {
			return true
		}
		if t.Kind == entities.QuoteMark || t.Is(",") || t.Is(";") || t.Is("that") || isAux(strings.ToLower(t.Text)) || whWords[t.Text] || k > i+8 {
			return false
		}
	}
	return true
}
