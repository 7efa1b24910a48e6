package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Names of bodies the recognizer reads as something else, after a
// person's name or title: a firm's name it took for a person's ("Sasa
// Equity Research", "Kelby Phosphates"), a body's head alone standing for
// the body the text names in full ("of the Directorate"), an appositive
// that describes the body, not the person.

// firmName reports a name the recognizer took for a person's that reads
// as a firm's: three words or more ending in a common noun ("Sasa Equity
// Research", "Dalmia Shroff Securities"), never a possessor, never a
// person the text names with an honorific or a title.
func (t *Tracker) firmName(e *entities.Entity) bool {
	toks := t.a.Tokens
	if e.Tokens.Len() < 3 || e.Tokens.End < len(toks) && toks[e.Tokens.End].Kind == entities.Possessive {
		return false
	}
	last := toks[e.Tokens.End-1].Text
	if !entities.CommonWord(last) || entities.ProperWord(last) || placeNoun[last] {
		return false // (a place: "Ponte Vedra Beach")
	}
	return !t.titledName(e)
}

// firmPair reports a name of two words the recognizer took for a
// person's that ends in a plural common noun, as firms' names do: "Kelby
// Phosphates", "Adinkra Pictures"; not a place's ("Kelby Heights"), not
// one the text gives a title or an honorific.
func (t *Tracker) firmPair(e *entities.Entity) bool {
	toks := t.a.Tokens
	if e.Tokens.Len() != 2 {
		return false
	}
	last := toks[e.Tokens.End-1].Text
	if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || entities.ProperWord(last) || placeNoun[last] || !entities.CommonWord(last) && !pluralNounEnd(last) {
		return false
	}
	return !t.titledName(e)
}

// titledName reports a name right after an honorific or a title word:
// "Dr. Kelby Phosphates" is a person's name, however it ends.
func (t *Tracker) titledName(e *entities.Entity) bool {
	toks := t.a.Tokens
	f := e.Tokens.First
	return f > 0 && toks[f-1].Kind == entities.Word && (isHonorific(toks[f-1].Text) || entities.IsTitleWord(toks[f-1].Text))
}

// pluralNounEnd reports a word the lexicon does not know that ends as a
// plural noun of trade does: "Phosphates", "Ceramics", "Holdings".
func pluralNounEnd(w string) bool {
	for _, suf := range [...]string{"ates", "ides", "ics", "ings", "ions", "ents", "als"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// headNamed returns the body the text names in full that a body's head
// alone after "of the" at token a stands for: "senior adviser Tor Roe of
// the Directorate" after "the Directorate for Patient Safety"; nil when
// there is none, or several.
func (t *Tracker) headNamed(k, a, end int) *entities.Entity {
	toks := t.a.Tokens
	if !toks[k].Is("of") || a == k+1 || segmentEnd(toks, a, end) != a+1 || !toks[a].IsCap() {
		return nil
	}
	if h, _ := entities.OrgHead(toks[a].Text); !h {
		return nil
	}
	if o, amb := t.orgEndingIn(toks[a].Text); o != nil && !amb {
		return o
	}
	if o := t.orgStartingWith(toks[a].Text); o != nil {
		return o
	}
	return nil
}

// bodyDescribed reports an appositive [i, end) after an article that
// names a kind of body among its first words: "the Accra studio behind
// two series", "a family-owned company".
func (t *Tracker) bodyDescribed(i, end int) bool {
	toks := t.a.Tokens
	for k := i; k < end && k < i+4; k++ {
		if toks[k].IsLower() && entities.BodyNoun(toks[k].Text) {
			return true
		}
	}
	return false
}
