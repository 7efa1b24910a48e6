package entities

// foreignPosts reads a post in another language that no list knows,
// before "for" and its portfolio, then its holder's name: "said
// Naalakkersuisoq for Health Jane Roe". The recognizer took the post for a
// person's one-word name and glued the portfolio's common words to the
// holder's ("Health Jane Roe"): the post is no person, the portfolio no
// part of the name. Only where the post's word is alone (one word, taken by
// its shape only) and the portfolio's words are common ones before a name
// of two words or more, the portfolio's items perhaps joined by "and"
// ("Naalakkersuisoq for Health and Social Affairs Jane Roe").
func (a *Analysis) foreignPosts() {
	toks := a.Tokens
	drop := map[int32]bool{}
	for i := range a.Entities {
		x := &a.Entities[i]
		f := x.Tokens.End
		if x.Kind != Person || x.Rule != "name" || x.Tokens.Len() != 1 || f+1 >= len(toks) || !toks[f].Is("for") || CommonWord(x.Text) || IsTitleWord(x.Text) {
			continue
		}
		g := f + 1 // past a portfolio's items joined by "and": "for Health and | Social Affairs Jane Roe"
		for g+2 < len(toks) && g < f+6 && capWord(&toks[g]) && CommonWord(toks[g].Text) && !ProperWord(toks[g].Text) && toks[g+1].Is("and") && capWord(&toks[g+2]) {
			g += 2
		}
		p := a.EntityAt(g)
		if p == nil || p.Kind != Person || p.Tokens.First != g {
			continue
		}
		for k := f + 1; k < g; k++ {
			if x := a.EntityAt(k); x != nil && x.Kind == Person && x.Tokens.Len() == 1 {
				drop[int32(a.tokEnt[k])] = true // the items before, no persons: "Health" of "Health and Social Affairs"
			}
		}
		k := p.Tokens.First
		for k < p.Tokens.End-2 && CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) {
			k++
		}
		if k == p.Tokens.First {
			continue
		}
		for j := p.Tokens.First; j < k; j++ {
			a.tokEnt[j] = 0
		}
		p.Tokens.First = k
		p.Span.Start = toks[k].Start
		p.Text = p.Span.In(a.Text)
		drop[int32(i+1)] = true
	}
	if len(drop) > 0 {
		a.dropEntities(drop)
	}
}
