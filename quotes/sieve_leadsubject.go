package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The lead-subject sieve: a quotation that opens its sentence with no cue,
// right after a sentence about a named person (in its paragraph, or
// closing the one before when the quotation opens its own), is that
// person's, before the continuation of an earlier speaker.
//
//	"“We need more money,” Jane Roe said.
//
//	Mary Doe touted her record as a co-sponsor of the bill. “We need to
//	find ways to support workers.”"                     Mary Doe, not Roe

// leadSubject returns the subject of the sentence before quotation qi
// when that sentence, in the quotation's paragraph (or last in the one
// before, when qi opens its paragraph) and after the end of prev (the
// last attributed quote, or nil), has no quotation of its own
// and opens with a person's name, or with "he" or "she", as the subject of
// its verb: "Mary Doe touted her record …", "He then had a question for
// the crowd."
func (r *run) leadSubject(qi int, prev *Quote) (phrase, bool) {
	q := &r.qs[qi]
	toks := r.toks
	si := r.a.SentenceOf(q.open)
	if si <= 0 {
		return phrase{}, false
	}
	s, ps := &r.a.Sentences[si], &r.a.Sentences[si-1]
	if ps.Paragraph != s.Paragraph && !(ps.Paragraph+1 == s.Paragraph && q.open == s.Tokens.First) || prev != nil && prev.End > toks[ps.Tokens.First].Start {
		return phrase{}, false
	}
	first := r.skipDateline(ps)
	if first+2 >= ps.Tokens.End {
		return phrase{}, false
	}
	for k := first; k < ps.Tokens.End; k++ {
		if r.qAt[k] != 0 || toks[k].Kind == entities.QuoteMark || toks[k].Is(":") {
			return phrase{}, false
		}
	}
	var p phrase
	v := -1 // the verb, after the subject
	if lw := strings.ToLower(toks[first].Text); (lw == "he" || lw == "she") && toks[first].Kind == entities.Word {
		p = phrase{first: first, end: first + 1, start: first}
	} else if e := r.a.EntityAt(first); e != nil && e.Kind == entities.Person && e.Tokens.First == first {
		p = phrase{first: first, end: e.Tokens.End, start: first}
	} else if e := r.postThenName(first, ps.Tokens.End); e != nil {
		p = phrase{first: e.Tokens.First, end: e.Tokens.End, start: first} // "Kelvo's executive chef, Jane Roe, led the reformulation."
		v = e.Tokens.End + 1
	} else {
		return phrase{}, false
	}
	// The verb follows the subject (perhaps after adverbs): "Doe touted",
	// "He then had"; not "Doe's plan …" or "Doe, a lawyer, …".
	if v < 0 {
		v = p.end
	}
	for v < ps.Tokens.End && toks[v].IsLower() && isAdverb(&toks[v]) {
		v++
	}
	if v >= ps.Tokens.End || toks[v].Kind != entities.Word || !toks[v].IsLower() || prepositions[toks[v].Text] || toks[v].Is("and") {
		return phrase{}, false
	}
	if r.tr.Resolve(p.first, p.end).Speaker == nil {
		return phrase{}, false
	}
	return p, true
}

// postThenName returns the person a sentence from token first names
// after a post set off by commas, as its subject, the verb right after the
// name's comma: "Kelvo's executive chef, Jane Roe, led the reformulation";
// nil when it opens otherwise.
func (r *run) postThenName(first, end int) *entities.Entity {
	toks := r.toks
	c := first
	for c < end && c < first+8 && (toks[c].Kind == entities.Word && !isAux(strings.ToLower(toks[c].Text)) || toks[c].Kind == entities.Possessive) {
		c++
	}
	if c == first || c+3 >= end || !toks[c].Is(",") {
		return nil
	}
	post := false
	for k := first; k < c && !post; k++ {
		n, _ := entities.TitleAt(toks, k)
		post = n > 0
	}
	if !post {
		return nil
	}
	e := r.a.EntityAt(c + 1)
	if e == nil || e.Kind != entities.Person || e.Tokens.First != c+1 || e.Tokens.End+1 >= end || !toks[e.Tokens.End].Is(",") {
		return nil
	}
	return e
}
