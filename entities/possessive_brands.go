package entities

// possessiveBrands takes for an organization a business named by a
// family's possessive and the capitalized words after it, when a title's
// "of" or "at" gives it as a post's body: "President of Harlan's Family
// Markets", "head baker at Dunmore's Country Kitchen". The recognizer took
// the possessor for a person ("Harlan") and left the rest untaken; every
// other place where the text writes the same words, whole and outside a
// longer run of capitals, is taken too ("Harlan's Family Markets today
// opened …"). Not a place's possessive ("of Kenya's National Museums"),
// nor a possessor's post or unit ("at Kelvale's Department of Biology",
// the run going on with "of"), nor a possessor the recognizer took for an
// organization by a list or a head.
func (a *Analysis) possessiveBrands() {
	toks := a.Tokens
	var names [][]string // each brand's token texts
	for i := 1; i+3 < len(toks); i++ {
		if !(toks[i].Is("of") && !AcademicRank(toks[i-1].Text) || toks[i].Is("at")) || !titleBefore(toks, i) {
			continue
		}
		b := i + 1
		if !toks[b].IsCap() || toks[b+1].Kind != Possessive || IsPlace(toks[b].Text) || CommonWord(toks[b].Text) {
			continue
		}
		if e := a.EntityAt(b); e != nil && !(guessedBrandWord(e) && e.Tokens.Len() == 1) {
			continue
		}
		end := a.brandEnd(b + 2)
		if end < 0 || end < len(toks) && toks[end].Kind == Word && !brandFollower(toks[end].Text) || a.bodyOpenedBy(toks[b].Text) {
			continue // (a unit or a site of a body the text names: "manager of Ostara's Briggate store" beside "Ostara Denim")
		}
		name := make([]string, 0, end-b)
		for k := b; k < end; k++ {
			name = append(name, toks[k].Text)
		}
		names = append(names, name)
	}
	for _, name := range names {
		for k := 0; k+len(name) <= len(toks); k++ {
			if !a.brandAt(k, name) {
				continue
			}
			x := a.mergeInside(k, k+len(name))
			if x == 0 {
				a.add(Entity{Kind: Organization, Rule: "possessive-brand", Confidence: 0.7, Tokens: Range{k, k + len(name)}})
			} else {
				e := &a.Entities[x-1]
				e.Kind, e.Rule, e.Confidence, e.Tokens = Organization, "possessive-brand", 0.7, Range{k, k + len(name)}
				e.Span = Span{Start: toks[k].Start, End: toks[k+len(name)-1].End}
				e.Text = e.Span.In(a.Text)
			}
			k += len(name) - 1
		}
	}
}

// brandFollower reports a word that may follow a brand's name in a
// title's body: a preposition or a conjunction ("President of Harlan's
// Family Markets in Mountain Grove and …"), not a noun the capitals
// modify ("Ostara's Briggate store").
func brandFollower(w string) bool {
	switch w {
	case "in", "and", "since", "from", "who", "which", "said", "says", "told", "added":
		return true
	}
	return false
}

// bodyOpenedBy reports an organization of the text, other than a brand,
// whose name opens with the word w and goes on: "Ostara Denim" for
// "Ostara".
func (a *Analysis) bodyOpenedBy(w string) bool {
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind == Organization && e.Tokens.Len() > 1 && a.Tokens[e.Tokens.First].Text == w && a.Tokens[e.Tokens.First+1].Kind != Possessive {
			return true
		}
	}
	return false
}

// guessedBrandWord reports an entity a brand's words may swallow: a
// person's name by shape, or the possessor the title's body made an
// organization of alone ("Harlan" of "CEO of Harlan's Family Markets").
func guessedBrandWord(e *Entity) bool {
	return e.Kind == Person || e.Rule == "org-evidence"
}

// brandEnd returns the end of one to four capitalized words from token j,
// on one line, that no entity but a person's holds and that are no post
// nor a unit's head, ending the name: no capital, "of" or "for" after
// them. It returns -1 when there is none.
func (a *Analysis) brandEnd(j int) int {
	toks := a.Tokens
	k := j
	for k < len(toks) && k < j+5 && capWord(&toks[k]) && toks[k].Newlines == 0 {
		if n, _ := TitleAt(toks, k); n > 0 || a.unitAt(k) {
			return -1
		}
		if e := a.EntityAt(k); e != nil && e.Kind != Person {
			return -1
		}
		k++
	}
	if k == j || k-j > 4 || k < len(toks) && (capWord(&toks[k]) || toks[k].Is("of") || toks[k].Is("for")) {
		return -1
	}
	if e := a.EntityAt(k - 1); e != nil && e.Tokens.End > k {
		return -1
	}
	return k
}

// brandAt reports the brand's words at token k, whole: not after a
// capitalized word of the same sentence nor before one, held by no entity
// but people's inside the words.
func (a *Analysis) brandAt(k int, name []string) bool {
	toks := a.Tokens
	n := len(name)
	for j, w := range name {
		if toks[k+j].Text != w {
			return false
		}
		if e := a.EntityAt(k + j); e != nil && (!guessedBrandWord(e) && e.Rule != "possessive-brand" || e.Tokens.First < k || e.Tokens.End > k+n) {
			return false
		}
	}
	if k > 0 && capWord(&toks[k-1]) && toks[k].Newlines == 0 && a.SentenceOf(k-1) == a.SentenceOf(k) {
		return false
	}
	return !(k+n < len(toks) && capWord(&toks[k+n]) && toks[k+n].Newlines == 0)
}
