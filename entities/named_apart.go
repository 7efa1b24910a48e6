package entities

import "strings"

// Names the text itself tells apart after classification: a post's local
// government, then its holder's name, read as one body by the run that
// takes every capitalized word after "City of" (the text uses the holder's
// family name alone); a bare head the lists give a known body as another
// name, where the text never names that body.

// nameAfterLocalGov splits a local government's name of three words or
// more after its "of" whose last word the text uses apart as a person's
// name, the last two words being that person's: "Mayor of the City of
// Kelvo Jane Roe said …" over "“…,” Roe said" gives "City of Kelvo" and
// "Jane Roe" (not "City of Palm Beach Gardens", whose last word names no
// one).
func (a *Analysis) nameAfterLocalGov() {
	toks := a.Tokens
	n := len(a.Entities)
	for i := 0; i < n; i++ {
		e := &a.Entities[i]
		f, end := e.Tokens.First, e.Tokens.End
		if e.Kind != Organization || !localGovOf(toks, f, end) {
			continue
		}
		of := f + 1
		for of < end && !toks[of].Is("of") {
			of++
		}
		if end-(of+1) != 3 || !capWord(&toks[end-1]) || !capWord(&toks[end-2]) || f == 0 || !(toks[f-1].Is("the") || toks[f-1].Is("of")) {
			continue // (a place of one word, then a name of two: not "Kelvo Mary Jane Roe")
		}
		if !a.familyNameAlone(toks[end-1].Text, f, end) {
			continue
		}
		a.tokEnt[end-2], a.tokEnt[end-1] = 0, 0
		e.Tokens.End = end - 2
		e.Span.End = toks[end-3].End
		e.Text = e.Span.In(a.Text)
		a.add(Entity{Kind: Person, Rule: "name", Confidence: 0.7, Tokens: Range{First: end - 2, End: end}})
	}
}

// familyNameAlone reports the word w as a person's name of one word
// outside the tokens [f, end), and no other person's full name ending in
// it there: the family name the text uses alone ("Roe said"), not the
// name of someone else ("Town Engineer Ellen Ford" after the "Town of
// West Kelvo Ford").
func (a *Analysis) familyNameAlone(w string, f, end int) bool {
	alone := false
	for i := range a.Entities {
		p := &a.Entities[i]
		if p.Kind != Person || !(p.Tokens.End <= f || p.Tokens.First >= end) || a.Tokens[p.Tokens.End-1].Text != w {
			continue
		}
		if p.Tokens.Len() > 1 {
			return false
		}
		alone = true
	}
	return alone
}

// bareHeadsOfOthers drops a known body that the text names only by a bare
// head the lists give it as another name ("Commission" for the European
// Commission) when the text never names that body in full nor by its
// acronym, and names a body of its own with that head: the text's
// "Commission" is its own ("The Commission of the Kelvo Fisheries
// Organization … Commission Chair Jane Roe"), found by its head.
func (a *Analysis) bareHeadsOfOthers() {
	var drop []int
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Organization || e.Rule != "gazetteer" || e.Tokens.Len() != 1 || e.Canonical == "" {
			continue
		}
		if h, _ := OrgHead(e.Text); !h || a.namedInFull(e) || !a.ownBodyWithHead(e) {
			continue
		}
		drop = append(drop, i)
	}
	if len(drop) == 0 {
		return
	}
	kept := a.Entities[:0]
	for i, e := range a.Entities {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		kept = append(kept, e)
	}
	a.Entities = kept
	a.mapTokens()
}

// namedInFull reports the known body e stands for named in the text by its
// full name or its acronym.
func (a *Analysis) namedInFull(e *Entity) bool {
	for i := range a.Entities {
		o := &a.Entities[i]
		if o.Kind == Organization && (strings.EqualFold(o.Text, e.Canonical) || e.Acronym != "" && o.Text == e.Acronym || o.Canonical == e.Canonical && o.Tokens.Len() > 1) {
			return true
		}
	}
	return false
}

// ownBodyWithHead reports another body the text names with the word of e
// as its head: "Kelvo Fisheries Commission", "Commission of the Kelvo
// Fisheries Organization".
func (a *Analysis) ownBodyWithHead(e *Entity) bool {
	for i := range a.Entities {
		o := &a.Entities[i]
		if o.Kind != Organization || o.Tokens.Len() < 2 || strings.EqualFold(o.Text, e.Canonical) {
			continue
		}
		f, l := o.Tokens.First, o.Tokens.End-1
		if a.Tokens[l].Text == e.Text || a.Tokens[f].Text == e.Text && (a.Tokens[f+1].Is("of") || a.Tokens[f+1].Is("for") || a.Tokens[f+1].Is("on")) {
			return true
		}
	}
	return false
}
