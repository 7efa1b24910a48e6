package entities

import (
	"slices"
	"strings"
)

// Posts the text names by their letters or before their holder: "Chief
// District Officer (CDO) Jane Roe … CDO Roe", "Secretary of State in the
// Ministry of Transport Jane Roe".

// titleAcronymsOff takes off a person's name the letters of a post the
// text defines in parentheses ("Chief District Officer (CDO) Jane Roe"),
// where they stand before the name again ("CDO Roe"), and the place a
// post's letters name after them ("Deputy Commissioner (DC) Kelvabad
// Jane Roe"): the name is the person's alone.
func (a *Analysis) titleAcronymsOff() {
	toks := a.Tokens
	var defined map[string]bool
	for k := 1; k+2 < len(toks); k++ {
		if !toks[k].Is("(") || !toks[k+2].Is(")") || !toks[k+1].IsUpper() || len(toks[k+1].Text) < 2 || len(toks[k+1].Text) > 5 {
			continue
		}
		x := k
		for x > 0 && k-x < 8 && toks[x-1].Kind == Word && (toks[x-1].IsCap() || toks[x-1].Is("of") || toks[x-1].Is("and") || toks[x-1].Is("for")) {
			x--
		}
		if x == k {
			continue
		}
		if h, unit := OrgHead(toks[k-1].Text); h && !unit && k-2 >= x && !toks[k-2].Is("of") && !toks[k-2].Is("for") {
			continue // a body's name that a post's word opens: "Justice Harbour Initiative (JHI)" (not "Superintendent of Police (SP)")
		}
		for ; x < k; x++ { // the post's words whose initials the letters are, from the first that fits
			if toks[x].IsCap() && postInitialsEnd(a.Text, toks, x, k, toks[k+1].Text) && (postIn(toks, x, min(x+2, k)) || postHeaded(toks, x, k)) { // (the post opens them: not "Office of the Director of Public Prosecutions (ODPP)")
				if defined == nil {
					defined = map[string]bool{}
				}
				defined[toks[k+1].Text] = true
				break
			}
		}
	}
	if defined == nil {
		return
	}
	a.postLetters = defined
	var drop map[int32]bool
	for i := range a.Entities {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind == Organization && e.Tokens.Len() == 1 && defined[e.Text] {
			if drop == nil {
				drop = map[int32]bool{}
			}
			drop[int32(i+1)] = true // a post's letters are no body's: "(CDO)"
			continue
		}
		if e.Kind != Person || e.Tokens.Len() < 2 {
			continue
		}
		cut := f
		if defined[toks[f].Text] {
			cut++ // "CDO Roe"
		} else if f >= 3 && toks[f-1].Is(")") && defined[toks[f-2].Text] && e.Tokens.Len() >= 3 && (IsPlace(toks[f].Text) || a.placeNamed(toks[f].Text)) {
			cut++ // "Deputy Commissioner (DC) Kelvabad Jane Roe": the district, then the name
		}
		if cut == f {
			continue
		}
		for k := f; k < cut; k++ {
			a.tokEnt[k] = 0
		}
		e.Tokens.First = cut
		e.Span = Span{toks[cut].Start, toks[e.Tokens.End-1].End}
		e.Text = e.Span.In(a.Text)
		e.Rule = "title"
	}
	if drop != nil {
		a.dropEntities(drop)
	}
}

// holderAfterBody gives back to a person the name a body's run took after
// its complement, where a post names the body before its holder:
// "Secretary of State in the Ministry of Transport and Infrastructure
// Jane Roe" is the ministry and Jane Roe. The name is two or three words
// that are no common words, after a common or derived word that ends the
// body.
func (a *Analysis) holderAfterBody() {
	toks := a.Tokens
	var cut []int // entities to split, by index
	for i := range a.Entities {
		e := &a.Entities[i]
		f, end := e.Tokens.First, e.Tokens.End
		if e.Kind != Organization || end-f < 5 || f < 2 || !postBefore(toks, f) {
			continue
		}
		if h, unit := OrgHead(toks[f].Text); !h || unit || !toks[f+1].Is("of") && !toks[f+1].Is("for") {
			continue // a body named head first: "Ministry of …"
		}
		n := 0
		for n < 3 && end-n-1 > f+2 && nameWord(&toks[end-n-1]) {
			n++
		}
		if w := toks[end-n-1].Text; n < 2 || !(CommonWord(w) || DerivedWord(w)) || !toks[end-n-1].IsCap() || end < len(toks) && capWord(&toks[end]) {
			continue
		}
		cut = append(cut, i, n)
	}
	for c := len(cut) - 2; c >= 0; c -= 2 { // from the last, so the indexes hold
		i, n := cut[c], cut[c+1]
		e := &a.Entities[i]
		p := Entity{Kind: Person, Rule: "title", Confidence: 0.8, Tokens: Range{First: e.Tokens.End - n, End: e.Tokens.End}}
		p.Span = Span{toks[p.Tokens.First].Start, toks[p.Tokens.End-1].End}
		p.Text = p.Span.In(a.Text)
		e.Tokens.End -= n
		e.Span.End = toks[e.Tokens.End-1].End
		e.Text = e.Span.In(a.Text)
		a.Entities = slices.Insert(a.Entities, i+1, p)
	}
	if len(cut) > 0 {
		a.mapTokens()
	}
}

// postBefore reports a title within a few words before token f, joined to
// it by capitalized words and "of", "in", "at", "the": "Secretary of
// State in the" before "Ministry of …".
func postBefore(toks []Token, f int) bool {
	for k := f - 1; k >= 0 && k >= f-8; k-- {
		if n, _ := TitleAt(toks, k); n > 0 && k+n <= f {
			return true
		}
		if t := &toks[k]; t.Kind != Word || !(t.IsCap() || t.Is("of") || t.Is("in") || t.Is("at") || t.Is("the")) {
			return false
		}
	}
	return false
}

// nameWord reports a capitalized word that may be a person's name's: no
// common or derived word ("Infrastructure"), body's head, title or known
// place.
func nameWord(t *Token) bool {
	if t.Kind != Word || !t.IsCap() || t.IsUpper() || CommonWord(t.Text) || DerivedWord(t.Text) || IsTitleWord(t.Text) || IsPlace(t.Text) {
		return false
	}
	h, _ := OrgHead(t.Text)
	return !h
}

// postIn reports a title starting among tokens [x, k): "Superintendent"
// of "Senior Superintendent of Police".
func postIn(toks []Token, x, k int) bool {
	for y := x; y < k; y++ {
		if n, _ := TitleAt(toks, y); n > 0 {
			return true
		}
	}
	return false
}

// postHeaded reports a post's words from x to k that a title's word ends
// and no body's name is among: "County Criminal Investigations Officer",
// "Police Public Relations Officer" (a body's head that modifies the post,
// not one that names a body with "of" or "for": "Office of the Chief
// Medical Officer").
func postHeaded(toks []Token, x, k int) bool {
	if !IsTitleWord(toks[k-1].Text) {
		return false
	}
	for y := x; y < k; y++ {
		if h, _ := OrgHead(toks[y].Text); h && (y+1 == k || toks[y+1].Is("of") || toks[y+1].Is("for") || !toks[y+1].IsCap() || y > x) {
			return false
		}
	}
	return true
}

// postInitialsEnd reports letters that are the initials of the post's
// words from token x to the parenthesis at k (with its connectors' too:
// "HOD" of "Head of Department"), or to its complement after "of": "SAIG"
// of "Senior Assistant Inspector-General of Police (SAIG)".
func postInitialsEnd(text string, toks []Token, x, k int, letters string) bool {
	if name := text[toks[x].Start:toks[k-1].End]; Initials(name) == letters || allInitials(name) == letters && strings.Contains(name, " ") {
		return true // (the connectors' letters too: "Head of Department (HOD)")
	}
	for y := x + 1; y < k; y++ {
		if toks[y].Is("of") {
			return Initials(text[toks[x].Start:toks[y-1].End]) == letters
		}
	}
	return false
}

// PostLetters reports the letters of a post the text defines in
// parentheses after it: "CDO" where the text writes "Chief District
// Officer (CDO) Jane Roe".
func (a *Analysis) PostLetters(w string) bool { return a.postLetters[w] }

// placeNamed reports a place entity of the text written w.
func (a *Analysis) placeNamed(w string) bool {
	for i := range a.Entities {
		if e := &a.Entities[i]; e.Kind == Place && e.Text == w {
			return true
		}
	}
	return false
}

// bodyLettersOff takes off a person's name the letters the text states in
// parentheses for a body, where they stand between a post and the name
// ("Director General KPA Jane Roe" after "the Kelvo Pricing Authority
// (KPA)"): the letters are the body's, the name the person's.
func (a *Analysis) bodyLettersOff() {
	toks := a.Tokens
	var stated map[string]bool
	for k := 1; k+1 < len(toks); k++ {
		if b := a.EntityAt(k - 2); toks[k-1].Is("(") && toks[k+1].Is(")") && toks[k].IsUpper() && len(toks[k].Text) >= 3 && !a.postLetters[toks[k].Text] && b != nil && b.Kind == Organization && b.Tokens.End == k-1 {
			if stated == nil {
				stated = map[string]bool{}
			}
			stated[toks[k].Text] = true
		}
	}
	if stated == nil {
		return
	}
	n := len(a.Entities)
	for i := 0; i < n; i++ {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind != Person || e.Tokens.Len() < 3 || !stated[toks[f].Text] || f == 0 || !IsTitleWord(toks[f-1].Text) {
			continue
		}
		e.Tokens.First = f + 1
		e.Span = Span{toks[f+1].Start, toks[e.Tokens.End-1].End}
		e.Text = e.Span.In(a.Text)
		e.Rule = "title"
		a.add(Entity{Kind: Organization, Rule: "acronym", Confidence: 0.7, Tokens: Range{First: f, End: f + 1}})
	}
}

// SecondPost reports a post set off after another from token i, up to the
// next comma before end: a capitalized word first (not "The"), a post's
// word in it and no lower-case word but a name's connectors, "Kelvo's
// Minister for Foreign Affairs" of "the Chair of the Forum, Kelvo's
// Minister for Foreign Affairs, Jane Roe" (not "the Minister of Finance,
// Alan Doe" in a list of holders, nor "through her Special Adviser").
func SecondPost(toks []Token, i, end int) bool {
	if i >= end || !toks[i].IsCap() || toks[i].IsFold("the") {
		return false
	}
	post := false
	for k := i; k < end && !toks[k].Is(","); k++ {
		switch {
		case toks[k].Kind == Possessive:
		case toks[k].Is("and") && k+1 < end && toks[k+1].IsFold("the"):
			return false // a second holder's post: "Hope Mills and the Minister of Finance"
		case toks[k].IsLower() && !(toks[k].Is("of") || toks[k].Is("for") || toks[k].Is("and") || toks[k].Is("the") || toks[k].Is("on")):
			return false
		case toks[k].IsCap() && IsTitleWord(toks[k].Text):
			post = true
		}
	}
	return post
}

// UnlistedPost reports one to three lower-case words [i, end) that can name
// a post no list knows, after a body's "its" and before its holder's
// name: "cònsol major", "bourgmestre", "síndic general", a word of them
// no English one; not English words alone, which say what one is to the
// body ("its biggest customer", "Kelvo's richest man"), even those the
// lexicon lacks (englishAgent: "its landlord", "Kelvo's biographer",
// "Kelvo's great-grandson"), nor a plural
// ("its members"), a superlative ("its fiercest critic"), a verb's form
// ("its growing", "its founded") or a joining word.
func UnlistedPost(toks []Token, i, end int) bool {
	if end-i > 3 {
		return false
	}
	foreign := false
	for k := i; k < end; k++ {
		w := toks[k].Text
		if !CommonWord(w) && !englishAgent(w) && !strings.Contains(w, "-") {
			foreign = true
		}
		if toks[k].Kind != Word || !toks[k].IsLower() || isStopword(w) ||
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "est") {
			return false
		}
	}
	return foreign
}

// englishAgent reports an English noun of a person by its ending, one
// the lexicon may lack: "benefactor", "biographer", "landlord",
// "godson", "trustee", "novelist".
func englishAgent(w string) bool {
	for _, suf := range [...]string{"er", "or", "lord", "son", "ee", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
