package entities

// A post's local government, then its holder's name, read as one body by
// the run that takes every capitalized word after "City of": the text
// tells them apart where it uses the holder's family name alone.

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
		if end-(of+1) < 3 || !capWord(&toks[end-1]) || !capWord(&toks[end-2]) || f == 0 || !(toks[f-1].Is("the") || toks[f-1].Is("of")) {
			continue
		}
		if !a.personWordApart(toks[end-1].Text, f, end) {
			continue
		}
		a.tokEnt[end-2], a.tokEnt[end-1] = 0, 0
		e.Tokens.End = end - 2
		e.Span.End = toks[end-3].End
		e.Text = e.Span.In(a.Text)
		a.add(Entity{Kind: Person, Rule: "name", Confidence: 0.7, Tokens: Range{First: end - 2, End: end}})
	}
}

// personWordApart reports the word w as a person's name, or its last
// word, outside the tokens [f, end): the family name the text uses alone.
func (a *Analysis) personWordApart(w string, f, end int) bool {
	for i := range a.Entities {
		p := &a.Entities[i]
		if p.Kind == Person && (p.Tokens.End <= f || p.Tokens.First >= end) && a.Tokens[p.Tokens.End-1].Text == w {
			return true
		}
	}
	return false
}
