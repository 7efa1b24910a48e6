package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Noun phrases that can name a speaker: capitalized runs, determiners,
// adjectives, head nouns and the connectors inside them.
//
//	"the Acme Robotics spokeswoman", "a senior official", "Director of
//	Compliance at the Customs Office", "Jane Roe’s associates"

// npAdjectives may stand inside a phrase naming a speaker: "a senior
// official", "the former minister".
var npAdjectives = wordList("np_adjectives")

var npConnectors = toSet(`of for at to and from in with close near on &`)

// npWord reports a lower-case word that can stand inside a noun phrase
// naming a speaker.
func npWord(lw string) bool {
	return determinerWords[lw] || npAdjectives[lw] || speakers.IsHeadNoun(lw) ||
		entities.IsTitleModifier(lw) || entities.IsTitleWord(lw)
}

// shortParenEnds reports a parenthesis of one to three tokens that
// closes at token j after a capitalized word: a party's tag after a name,
// "Jane Roe (Labour)", "Jane Roe (D-Ore.)".
func (r *run) shortParenEnds(j, lo int) bool {
	toks := r.toks
	if j <= lo || !toks[j].Is(")") {
		return false
	}
	for o := j - 2; o >= lo && o >= j-4; o-- {
		if toks[o].Is("(") {
			return o > lo && toks[o-1].IsCap()
		}
	}
	return false
}

// plainLeft returns the noun phrase that ends at token end (exclusive),
// walking left no further than lo.
func (r *run) plainLeft(end, lo int) phrase {
	toks := r.toks
	i := end
	field := end-1 > lo && r.titleFieldEnd(end-1)
	for i > lo {
		t := &toks[i-1]
		ok := i == end && field
		switch t.Kind {
		case entities.Possessive:
			ok = i < end
		case entities.Number:
			ok = i < end
		case entities.Word:
			lw := strings.ToLower(t.Text)
			switch {
			case i < end && t.IsLower() && r.insideName(i-1), r.nameEndsWithLower(i - 1):
				ok = true // a particle inside a name: "Pieter van der Berg"; a patronym's word that ends one: "Aizada Kelvogul kyzy"
			case t.IsCap() || t.IsUpper():
				ok = !r.capStopAt(i - 1)
			case npWord(lw):
				ok = true
			case i == end && i-2 >= lo && toks[i-2].Kind == entities.Possessive && t.IsLower() && !isAux(lw):
				ok = true // "Ted Cruz’s associates"
			case npConnectors[lw]:
				ok = i < end && i-1 > lo && (r.npAt(i-2) || lw == "of" && r.shortParenEnds(i-2, lo)) // "Jane Roe (Labour) of Kelby Municipality"
			case strings.Contains(lw, "-") && i < end:
				ok = true
			}
		case entities.QuoteMark:
			ok = i < end && r.nicknameMark(i-1) // a nickname inside a name: "Senator Maria “Bing” Roe said"
		case entities.Punct:
			// "(SIPRI)" inside a name
			ok = i < end && (t.Is(")") && i-3 >= lo && toks[i-3].Is("(") || t.Is("(") && i+1 < end && toks[i+1].Is(")") ||
				t.Is(",") && r.insideEntityAt(i-1) || // a comma inside a body's name: "Ministry of Housing, Communities and Local Government"
				t.Is("&") && i < end && i-2 >= lo && toks[i-2].IsCap() && toks[i].IsCap()) // "a Marlow & Finch spokesperson"
		}
		if !ok && !(i == end && field) {
			break
		}
		i--
	}
	// Adjectives the lists don't know between a determiner (or "the
	// company's") and the head: "the central bank", "a senior White House
	// official", "the company's chief financial officer".
	if i < end && i > lo && toks[i-1].Kind == entities.Word && toks[i-1].IsLower() && !npConnectors[toks[i-1].Text] &&
		!isArticleWord(toks[i].Text) { // not over a verb to a second article: "the minister met the author"
		for d := i - 1; d >= lo && d >= i-3; d-- {
			w := strings.ToLower(toks[d].Text)
			if determinerWords[w] && toks[d].Kind == entities.Word {
				i = d
				break
			}
			if toks[d].Kind == entities.Possessive && d-2 >= lo && toks[d-1].IsLower() && toks[d-1].Kind == entities.Word && determinerWords[strings.ToLower(toks[d-2].Text)] {
				i = d - 2 // a body's common noun owns the post: "the company's chief financial officer"
				break
			}
			if toks[d].Kind != entities.Word || !toks[d].IsLower() || isAux(w) || subjectPronouns[w] || subordinators[w] || prepositions[w] {
				break // (not over a conjunction to an object: "… apprentices a year as chief executive warns")
			}
		}
	}
	// Trim connectors at the start.
	for i < end && toks[i].Kind == entities.Word && npConnectors[strings.ToLower(toks[i].Text)] {
		i++
	}
	if i >= end || !r.headAt(end-1) && !(field && i < end-2) {
		return phrase{first: end, end: end}
	}
	return phrase{first: i, end: end}
}

// titleFieldEnd reports a lower-case noun at token k that is the field of
// a title before "of", ending the phrase of a speaker the lists do not
// know by it: "The secretary of state said", "the head of state told",
// "the chief of staff said". The field is no head noun of its own.
func (r *run) titleFieldEnd(k int) bool {
	toks := r.toks
	if k < 2 || !toks[k].IsLower() || toks[k].Kind != entities.Word || !toks[k-1].Is("of") {
		return false
	}
	lw := toks[k].Text
	if determinerWords[lw] || isAux(lw) || subjectPronouns[lw] || prepositions[lw] || len(lw) < 4 {
		return false
	}
	t := &toks[k-2]
	return t.Kind == entities.Word && entities.IsTitleWord(strings.ToLower(t.Text))
}

// insideName reports a token inside a person's name before its last word:
// the particles of "Pieter van der Berg", "Tariq bin Hamdan", "Minister de
// la Fuente", "Sindicato Nacional de Marinos".
func (r *run) insideName(i int) bool {
	e := r.a.EntityAt(i)
	return e != nil && (e.Kind == entities.Person || e.Kind == entities.Organization && (entities.LeadingHead(r.toks[e.Tokens.First].Text) || e.Tokens.First < i && len(r.toks[i].Text) <= 2)) && e.Tokens.First <= i && i < e.Tokens.End-1 // (a body's particle of another language: "Te Rūnanga Tautoko o Kelvo")
}

// nameEndsWithLower reports the lower-case last word of a person's name
// of three words or more at token i: a patronym's word, "kyzy" of "Aizada
// Kelvogul kyzy", "uulu".
func (r *run) nameEndsWithLower(i int) bool {
	e := r.a.EntityAt(i)
	return e != nil && e.Kind == entities.Person && e.Tokens.End == i+1 && e.Tokens.Len() >= 3 && r.toks[i].IsLower()
}

// insideEntityAt reports a token inside an entity, neither its first
// nor its last.
func (r *run) insideEntityAt(i int) bool {
	e := r.a.EntityAt(i)
	return e != nil && e.Tokens.First < i && i < e.Tokens.End-1
}

// npAt reports whether token i can end a noun phrase inside a larger one
// ("spokeswoman for the campaign").
func (r *run) npAt(i int) bool {
	if i < 0 {
		return false
	}
	t := &r.toks[i]
	if t.Kind == entities.Possessive {
		return true
	}
	if t.Kind != entities.Word {
		return false
	}
	lw := strings.ToLower(t.Text)
	return (t.IsCap() || t.IsUpper()) && !r.capStopAt(i) || npWord(lw)
}

// headAt reports whether token i can head a phrase naming a speaker.
func (r *run) headAt(i int) bool {
	t := &r.toks[i]
	if t.Kind != entities.Word {
		return false
	}
	lw := strings.ToLower(t.Text)
	if determinerWords[lw] || npAdjectives[lw] && !t.IsCap() {
		return false
	}
	if t.IsCap() || t.IsUpper() {
		return !r.capStopAt(i)
	}
	if i > 0 && r.toks[i-1].Kind == entities.Possessive && t.IsLower() && !isAux(lw) && !isAdverb(t) {
		return true // "Ted Cruz’s associates"
	}
	if r.nameEndsWithLower(i) {
		return true // "Aizada Kelvogul kyzy"
	}
	return speakers.IsHeadNoun(lw)
}

// capStopAt reports a capitalized word at token k that never belongs to a
// speaker's phrase (capStop), unless it is a body's letters the
// recognizer named: "WHO warned that …" is the World Health Organization;
// or the first word of a person's name of three words or more.
func (r *run) capStopAt(k int) bool {
	if !capStop(strings.ToLower(r.toks[k].Text)) {
		return false
	}
	if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k && e.Tokens.Len() >= 3 {
		return false // a name that opens with a pronoun's letter: "I Wayan Sudarta", a Balinese name
	}
	return !r.orgLetters(k)
}

// orgLetters reports a word in capitals at token k that the recognizer
// named an organization: "WHO", not the relative pronoun.
func (r *run) orgLetters(k int) bool {
	t := &r.toks[k]
	e := r.a.EntityAt(k)
	return e != nil && e.Kind == entities.Organization && t.IsUpper() && len(t.Text) > 1
}

// capStop lists capitalized words that never belong to a speaker's phrase.
func capStop(lw string) bool {
	switch lw {
	case "the", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "when", "while", "after", "before",
		"if", "then", "meanwhile", "however", "also", "still", "now", "later", "earlier", "asked", "speaking",
		"said", "says", "told", "according", "that", "this", "there", "here", "because", "although", "though",
		"since", "for", "with", "by", "from", "to", "of", "instead", "indeed", "yes", "no", "well", "why", "what",
		"how", "who", "where", "which", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our":
		return true
	}
	return false
}

// nicknameMark reports a quotation mark at token k inside a person's
// name, around a nickname: the marks of "Senator Maria “Bing” Roe", who
// is the subject of "… said".
func (r *run) nicknameMark(k int) bool {
	e := r.a.EntityAt(k)
	return r.toks[k].Kind == entities.QuoteMark && e != nil && e.Kind == entities.Person && e.Tokens.First < k && k < e.Tokens.End-1
}
