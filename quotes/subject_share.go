package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Shares of people as the subject of a verb of saying: polls report
// answers by numbers alone.
//
//	"Almost half of respondents said"
//	"Two in three said"
//	"compared with four in 10 who said"
//	"including 18% who say"

// quantifiers open phrases that name part of a group: "Almost half of
// respondents", "Some 22 percent", "a third".
var quantifiers = wordList("quantifiers")

func (r *run) quantifierAt(i int) bool {
	t := &r.toks[i]
	return t.Kind == entities.Number || quantifiers[strings.ToLower(t.Text)] || t.Kind == entities.Word && hyphenedQuantifier(strings.ToLower(t.Text))
}

// hyphenedQuantifier reports a share written as one hyphened word whose
// parts are all quantifiers: "three-quarters", "two-thirds".
func hyphenedQuantifier(lw string) bool {
	parts := strings.Split(lw, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !quantifiers[p] {
			return false
		}
	}
	return true
}

// proportion reports whether tokens [i, end) name a share of people by
// numbers alone, as polls report answers: "Two in three", "nearly three in
// five", "half", "More than 4 in 10", "as many as three-fourths of them",
// "majorities in all five", "all but two", "at least 21,000".
func (r *run) proportion(i, end int) bool {
	toks := r.toks
	for k := i; k < end; k++ {
		t := &toks[k]
		switch {
		case r.quantifierAt(k), t.Is("in") && k > i && k+1 < end:
		case t.Is("%") && k > i && toks[k-1].Kind == entities.Number: // "18% who say"
		case (t.IsFold("more") || t.IsFold("fewer")) && k+2 < end && toks[k+1].Is("than"), t.Is("than") && k > i && (toks[k-1].IsFold("more") || toks[k-1].IsFold("fewer")):
		case t.IsFold("as") && k+2 < end && toks[k+1].Is("many") && toks[k+2].Is("as"), t.Is("as") && k > i && toks[k-1].Is("many") && k+1 < end:
		case t.Is("but") && k > i && toks[k-1].IsFold("all") && k+1 < end: // "all but two"
		case (t.IsFold("at") && k+2 < end && (toks[k+1].Is("least") || toks[k+1].Is("most"))), (t.Is("least") || t.Is("most")) && k > i && toks[k-1].IsFold("at") && k+1 < end: // "at least 21,000"
		case t.Is("of") && k > i && k+2 == end && (objectPronouns[toks[k+1].Text] && !toks[k+1].Is("reporters") || toks[k+1].Is("those")):
			return true // "three-fourths of them"
		default:
			return false
		}
	}
	return i < end
}

// shareBefore returns where a share of people named by numbers alone
// starts, when one ends right before the restrictive relative pronoun at
// token w: "compared with four in 10 who said …", "including some who
// warned …". It returns w when none does (nor after a comma: "Roe, who").
func (r *run) shareBefore(w, lo int) int {
	c := w
	for i := w - 1; i >= lo && w-i <= 6 && (r.toks[i].Kind != entities.Punct || r.toks[i].Is("%")); i-- {
		if r.proportion(i, w) {
			c = i // the longest: "four in 10", not "10"
		}
	}
	return c
}
