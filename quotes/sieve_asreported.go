package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The frames of the according-to sieve (sieve_according.go) that open or
// close a sentence with "as", or open it with "In his view,": the source
// reported what the rest of the sentence says.
//
//	"As reported by the Gazette, prices will fall."
//	"As the Gazette reported on Monday, prices will fall."
//	"Prices fell in May, as the Gazette reported on Tuesday."
//	"In his view, “prices will fall.”"

// asReported attributes the rest of a sentence that opens with "As
// reported by X," or "As X reported (in …)," to X.
func (r *run) asReported(s *entities.Sentence, k int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if k+3 >= end {
		return 0, false
	}
	var subj phrase
	var cueTok int
	if f, ok := cueAt(toks, k+1); ok && f.past && toks[k+2].IsFold("by") {
		p, ok := r.accordingPhrase(k+3, end)
		if !ok {
			return 0, false
		}
		subj, cueTok = p, k+1
	} else {
		p, ok := r.sourceAfterAs(k+1, end)
		if !ok || p.end >= end {
			return 0, false
		}
		f, ok := cueAt(toks, p.end)
		if !ok || !f.past {
			return 0, false
		}
		subj, cueTok = p, p.end
	}
	c := cueTok + 1
	for c < end && c < cueTok+16 && !toks[c].Is(",") {
		if toks[c].Kind == entities.QuoteMark || toks[c].Is(".") {
			return 0, false
		}
		c++
	}
	if c >= end || c < subj.end {
		return 0, false
	}
	if n := cueTok + 1; n < c && toks[cueTok+1].Kind == entities.Word && !prepositions[strings.ToLower(toks[n].Text)] && !isAdverb(&toks[n]) &&
		r.timeAt(n, c) == 0 && !toks[n].IsFold("last") && !toks[n].IsFold("this") && !toks[n].IsFold("earlier") && !toks[n].IsFold("previously") && !toks[n].IsFold("first") {
		return 0, false // "As Trump attacked Clinton, the crowd chanted …": the verb has an object; "as" tells the time
	}
	subj.start = k
	cue := &Cue{Span: toks[cueTok].Span, Text: toks[cueTok].Text}
	return r.forward(s, c+1, cue, subj, AccordingTo, 0.8)
}

// asTrailing attributes "…, as X reported." at the end of a sentence: the
// clause before the comma at k-1 is what X said. The verb of saying is
// past or perfect ("as The Times reported on Tuesday", "as Sanders has
// sometimes acknowledged"), and only adverbials follow it to the end of
// the sentence. It returns the index after the attribution.
func (r *run) asTrailing(s *entities.Sentence, k, lo int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if k-1 <= lo || !toks[k-1].Is(",") || k+2 >= end {
		return 0, false
	}
	p, ok := r.sourceAfterAs(k+1, end)
	if !ok || p.end >= end {
		return 0, false
	}
	v := p.end
	for v < end && (toks[v].Is("has") || toks[v].Is("have") || toks[v].Is("had") || isAdverb(&toks[v]) && !isAux(toks[v].Text)) {
		v++ // not a passive: "as the bill is called"
	}
	if v >= end {
		return 0, false
	}
	f, ok := cueAt(toks, v)
	if !ok || !(f.past || f.participle) || f.verb.quoted || f.verb.after {
		return 0, false
	}
	// Only adverbials to the end of the sentence: "Just weeks ago, as the
	// Gazette reported, Thor met Beck" says what follows.
	after := v + 1
	for after < end && !toks[after].Is(".") && !toks[after].Is("!") && !toks[after].Is("?") {
		t := &toks[after]
		if t.Is(",") && after+1 < end && (toks[after+1].IsFold("and") || toks[after+1].IsFold("but")) {
			break // "…, as the Gazette reported, and the council …": a clause of the writer's follows
		}
		if t.Kind == entities.QuoteMark || t.Is("that") || t.Is(",") || t.Is(";") || isAux(t.Text) || whWords[t.Text] || after > v+8 {
			return 0, false
		}
		after++
	}
	c := r.region(r.lastClause(lo, k-1), k-1)
	if c.parts == nil || r.words(c.parts) < 3 {
		return 0, false
	}
	p.start = k
	cue := &Cue{Span: toks[v].Span, Text: toks[v].Text}
	if !r.emit(c, cue, p, AccordingTo, 0.75) {
		return 0, false
	}
	return after, true
}

// sourceAfterAs returns the source after "as" at token j: a speaker's
// phrase, or a name after a capitalized article, which the phrase does
// not take at its start ("as The Kelvale Gazette reported on Tuesday").
func (r *run) sourceAfterAs(j, end int) (phrase, bool) {
	p, ok := r.rightPhrase(j, end)
	if ok && p.end < end {
		if _, cue := cueAt(r.toks, p.end); cue || isAux(r.toks[p.end].Text) || isAdverb(&r.toks[p.end]) {
			return p, true
		}
	}
	if j+1 < end && r.toks[j].Is("The") && r.toks[j+1].IsCap() {
		if p, ok := r.rightPhrase(j+1, end); ok {
			p.first = j
			return p, true
		}
	}
	if d, dok := r.describedSource(j, end); dok {
		return d, true // a phrase the lists cut short: "the nationalist Global Times tabloid noted"
	}
	return p, ok
}

// reportVerbs are the verbs after which "as" and a description the lists
// don't know name a source, not a time: "as the nationalist tabloid
// noted", not "as the crowd chanted".
var reportVerbs = toSet(`noted reported wrote said explained observed stated declared remarked acknowledged argued suggested put`)

// describedSource returns a description after "as" at token j that opens
// with an article or a possessive and runs, in words (and perhaps its
// year: "from 2011"), to a verb of reporting: "As the nationalist Global
// Times tabloid noted in an op-ed, …", "as her longtime campaign adviser
// put it", "As another Kelvo study from 2011 noted, …".
func (r *run) describedSource(j, end int) (phrase, bool) {
	toks := r.toks
	lw := strings.ToLower(toks[j].Text)
	if !isArticleWord(lw) && possessivePronouns[lw] == "" && lw != "another" {
		return phrase{}, false
	}
	for v := j + 1; v < end && v <= j+8; v++ {
		t := &toks[v]
		if t.Kind == entities.Number && v > j+1 && (toks[v-1].Is("from") || toks[v-1].Is("in")) {
			continue // its year: "as another Kelvo study from 2011 noted"
		}
		if t.Kind != entities.Word && t.Kind != entities.Possessive {
			return phrase{}, false
		}
		if (t.Is("from") || t.Is("in")) && v+1 < end && toks[v+1].Kind == entities.Number {
			continue
		}
		if reportVerbs[t.Text] {
			if v < j+2 {
				return phrase{}, false
			}
			return phrase{first: j, end: v}, true
		}
		if isAux(t.Text) || prepositions[strings.ToLower(t.Text)] || t.Is("that") || t.Is("who") || t.Is("which") || t.Is("and") {
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// viewNouns make "In his view," an attribution of what follows.
var viewNouns = toSet(`view words opinion estimation assessment judgment judgement`)

// inView attributes a sentence that opens with "In his view," (or "In
// her words,", "In their assessment,") to the pronoun's antecedent: "In
// his view, “the Group carried too many stores.”" after "Jane Roe, an
// analyst, said …".
func (r *run) inView(s *entities.Sentence, k int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if k+4 >= end || !(toks[k+1].Is("his") || toks[k+1].Is("her") || toks[k+1].Is("their")) || !viewNouns[toks[k+2].Text] || !toks[k+3].Is(",") {
		return 0, false
	}
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[k+2].End}}
	cue.Text = cue.In(r.text)
	return r.forward(s, k+4, cue, phrase{first: k + 1, end: k + 2, start: k}, AccordingTo, 0.75)
}
