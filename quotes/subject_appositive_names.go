package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Helpers of appositiveLeftOf (subject_appositive.go) that look at what
// stands around a name in an appositive: a title after it, an opener before
// it, the first name before a comma, a place after a preposition, a
// description before a place, a comma inside a title's closing mark.

// titleAfterName reports a segment before the comma at c that is a title
// and follows a person's name and a comma: "Jane Roe, Chairman," of "Jane
// Roe, Chairman, Kelvo Bank, said" (also after letters set off after the
// name: "Jane Roe, IAS, Principal Secretary, Kelvo Water Department").
func (r *run) titleAfterName(c, lo int) bool {
	toks := r.toks
	pc := r.prevComma(c-1, lo)
	if pc < lo || pc+1 >= c {
		return false
	}
	t0 := pc + 1
	if isArticleWord(toks[t0].Text) {
		t0++
	}
	for n := 0; n < 3 && t0+1 < c && entities.IsTitleModifier(toks[t0].Text); n++ {
		if n, _ := entities.TitleAt(toks, t0); n > 0 {
			break // (a modifier that is a title too: "chief of the District Police Office")
		}
		t0++ // "Permanent Secretary", "Senior Deputy Director"
	}
	if n, _ := entities.TitleAt(toks, t0); n == 0 || t0+n > c {
		return false
	}
	for n := 0; n < 3; n++ {
		pp := r.prevComma(pc-1, lo)
		if pp < lo || !r.degree(pp+1, pc) {
			break
		}
		pc = pp // letters between the name and the title: "Jane Roe, IAS, Principal Secretary, Kelvo Water Department, said"
	}
	e := r.a.EntityAt(pc - 1)
	return e != nil && e.Kind == entities.Person && e.Tokens.End == pc
}

// unitAfterTitle reports a segment before the comma at c that names a
// unit, capitalized words ending in a body's head, after a title that
// follows a person's name: "Water Resources Department," of "Jane Roe,
// Principal Secretary, Water Resources Department, Government of Kelvo,
// said".
func (r *run) unitAfterTitle(c, lo int) bool {
	pc := r.prevComma(c-1, lo)
	if pc < lo || pc+2 > c || !r.capitalsTo(pc+1, c) {
		return false
	}
	if h, _ := entities.OrgHead(r.toks[c-1].Text); !h && !r.headFirstUnit(pc+1, c) {
		return false
	}
	return r.titleAfterName(pc, lo) && r.personOpens(r.prevComma(pc-1, lo), lo) // (the name opens the clause: not "After talks with Tom Doe, Chief Engineer, Roads Department, Kelvo Cement … said")
}

// headFirstUnit reports a unit named head first in [i, c): "Department
// of Transport", "Directorate for Roads".
func (r *run) headFirstUnit(i, c int) bool {
	h, _ := entities.OrgHead(r.toks[i].Text)
	return h && i+2 < c && (r.toks[i+1].Is("of") || r.toks[i+1].Is("for"))
}

// openerOnly reports that the tokens [lo, c) before the comma at c are a
// sentence's opening adverbial and nothing else: "In the ensuing debate",
// "Later", "At the meeting on Tuesday".
func (r *run) openerOnly(lo, c int) bool {
	toks := r.toks
	if c-lo < 1 || c-lo > 8 || lo >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[lo].Text) {
	case "in", "at", "during", "on", "after", "later", "earlier", "meanwhile", "separately", "subsequently", "afterwards", "also":
	default:
		return false
	}
	for k := lo + 1; k < c; k++ {
		if toks[k].Is(",") || toks[k].Kind == entities.QuoteMark {
			return false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return false
		}
	}
	return true
}

// firstNamedBefore finds, for a name after the comma at c, a person named
// alone in the clause's first segment and followed by a description that
// opens with an article: "Jane Roe, the editor of the city's paper, The
// Kelvale Star, said" is Jane Roe's, also after a group in lower case she
// is one of ("One of those farmers, Jane Roe, a grazier from Kelvo, Co
// Orrin, said"). It returns the person's phrase.
func (r *run) firstNamedBefore(c, lo int) (phrase, bool) {
	toks := r.toks
	first := lo
	for n := 0; n < 2; n++ {
		comma := -1
		for k := first; k < c; k++ {
			if toks[k].Is(",") {
				comma = k
				break
			}
			if r.qAt[k] != 0 {
				return phrase{}, false
			}
		}
		if comma <= first || comma+2 >= c {
			return phrase{}, false
		}
		if p, ok := r.namedThenDescribed(first, comma, c); ok {
			return p, true
		}
		if n > 0 || r.a.EntityAt(comma-1) != nil || !r.plainGroup(first, comma) {
			return phrase{}, false
		}
		first = comma + 1 // a group the person is one of, set off before her name: "One of those farmers, Jane Roe, a grazier from …, said"
	}
	return phrase{}, false
}

// namedThenDescribed returns the person named in [first, comma), after at
// most a title, when what follows the comma up to c is one description
// that opens with an article: "Jane Roe, a grazier from Kelvo,".
func (r *run) namedThenDescribed(first, comma, c int) (phrase, bool) {
	toks := r.toks
	if !isArticleWord(toks[comma+1].Text) {
		return phrase{}, false
	}
	e := r.a.EntityAt(comma - 1)
	if e == nil || e.Kind != entities.Person || e.Tokens.End != comma || e.Tokens.First < first {
		return phrase{}, false
	}
	for k := first; k < e.Tokens.First; k++ {
		if !toks[k].IsCap() && !(k > first && toks[k].IsLower() && entities.IsTitleWord(toks[k].Text)) {
			return phrase{}, false // only a title may stand before the name
		}
	}
	for k := comma + 1; k < c; k++ {
		if toks[k].Is(",") || r.qAt[k] != 0 || isAux(toks[k].Text) || toks[k].Is("who") || toks[k].Is("and") {
			return phrase{}, false // one description, no clause, no list
		}
	}
	return phrase{first: e.Tokens.First, end: comma, start: first}, true
}

// plainGroup reports tokens [i, end) that name a group of people in lower
// case, with no verb: "One of those farmers", "Another resident".
func (r *run) plainGroup(i, end int) bool {
	if end-i > 6 {
		return false
	}
	for k := i; k < end; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word || k > i && !t.IsLower() || isAux(t.Text) {
			return false
		}
	}
	return true
}

// afterPreposition reports a name at token k, inside a segment that starts
// at first, that comes after "of", "for", "at" or "in" (and "the"): a
// place or body the recognizer took for a person, inside an appositive
// ("leader of the Council of the Isles of Scilly").
func afterPreposition(toks []entities.Token, k, first int) bool {
	// a body's common nouns before its name: "founder of the Soweto-based
	// delivery start-up Runna"
	for n := 0; n < 4 && k-2 >= first && toks[k-1].Kind == entities.Word && (toks[k-1].IsLower() && !toks[k-1].Is("the") && !prepositionWord(toks[k-1].Text) && !objectPronouns[toks[k-1].Text] && !determinerWords[toks[k-1].Text] && !whWords[toks[k-1].Text] && !subjectPronouns[toks[k-1].Text] && !isAux(toks[k-1].Text) && !toks[k-1].Is("that") || entities.LowerAfterHyphen(toks[k-1].Text)); n++ {
		k-- // (not "many of them conservative Catholics": a pronoun's group)
	}
	// capitalized words of the body's name before it, after "the": "of the
	// NUT Students’ Representation", "of the IF Metall workplace club"
	c := k
	for n := 0; n < 3 && c-2 >= first && (toks[c-1].Kind == entities.Word && (toks[c-1].IsCap() || toks[c-1].IsUpper()) || toks[c-1].Kind == entities.Possessive); n++ {
		c--
	}
	if c < k && toks[c-1].Is("the") {
		k = c
	}
	if k-1 >= first && toks[k-1].Is("the") {
		k--
	}
	if k-1 < first {
		return false
	}
	if k-2 >= first && (toks[k-1].Is("near") || toks[k-1].Is("outside")) && toks[k-2].Is("from") {
		return true // "One farmer from near Shipston-on-Stour"
	}
	p := &toks[k-1]
	return p.Is("of") || p.Is("for") || p.Is("at") || p.Is("in") || p.Is("from") || p.Is("near")
}

// prepositionWord reports the prepositions afterPreposition stops at.
func prepositionWord(w string) bool {
	switch w {
	case "of", "for", "at", "in", "from", "near", "outside":
		return true
	}
	return false
}

// descriptionBefore returns the description that a place or body at
// token place, after "from" or "near", follows at the start of a segment: "One farmer from
// near Kelvale, who asked not to be named, said" is the farmer's.
func (r *run) descriptionBefore(place, segStart int) (phrase, bool) {
	toks := r.toks
	pp := place - 1
	for pp > segStart && (toks[pp].Is("the") || toks[pp].Is("near") || toks[pp].Is("outside")) {
		pp--
	}
	if pp <= segStart || !(toks[pp].Is("from") || toks[pp].Is("near")) {
		return phrase{}, false
	}
	p := r.plainLeft(pp, segStart)
	if p.end <= p.first || p.first != segStart || !r.descriptive(p) {
		return phrase{}, false
	}
	p.start = p.first
	return p, true
}

// titleCommaInside reports a quotation closing at token j that is a title
// in an appositive and holds, before its closing mark, the comma that ends
// the appositive, as American punctuation puts it: "John Roe, the author
// of “The Old Law,” said".
func (r *run) titleCommaInside(j, lo int) bool {
	if j <= lo || !r.closesQuote(j) || r.toks[j].Is(",") || !r.quoteEndsWithComma(j) {
		return false
	}
	qi := int(r.qAt[j] - 1)
	return r.titleInAside(qi, lo) && r.prevComma(r.qs[qi].open-1, lo) >= lo
}

// titleOfBodyBefore returns the first token of a title set off before a
// name that ends at the comma at c, with the place or body it serves:
// "the Lord Mayor of Kelvo," of "…, the Lord Mayor of Kelvo, Ms. Dara
// Quill, announced", "the Minister for Health," or "the Secretary of
// State,". It returns -1 when the segment is not such a title.
func (r *run) titleOfBodyBefore(c, lo int) int {
	toks := r.toks
	s := max(r.prevComma(c-1, lo)+1, lo)
	if s+1 >= c || !isArticleWord(toks[s].Text) {
		return -1
	}
	if n, _ := entities.TitleAt(toks, s+1); n > 0 && s+1+n == c {
		return s // "the Secretary of State,"
	}
	k := s + 2
	for k < c && !(toks[k].Is("of") || toks[k].Is("for") || toks[k].Is("at")) {
		k++
	}
	// The place after "of" may be taken for a person ("the Envoy for
	// Kelvania"); before it, a person's name means the segment names her.
	if k >= c || c-k > 7 || !r.capitalsTo(r.skipThe(k+1, c), c) {
		return -1
	}
	for x := s; x < k; x++ {
		if e := r.a.EntityAt(x); e != nil && e.Kind == entities.Person {
			return -1
		}
	}
	if d := r.plainLeft(k, s); d.first <= s+1 && d.end > d.first && r.descriptive(d) {
		return s // "the Lord Mayor of Kelvo,"
	}
	return -1
}
