package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Holders in a list: a post set off after a name that the next person
// named holds, not the one before it ("Jane Roe, the Director General of
// Kelvo Police, Colonel John Doe, and …").

// namesOther reports a segment after a name that names another person
// with a title of their own, as a list does ("Police Director John Doe
// and …"), not as the object of a title ("chief of staff to Senator John
// Doe").
func (t *Tracker) namesOther(i, end int) bool {
	toks := t.a.Tokens
	for k := i; k < end; k++ {
		e := t.a.EntityAt(k)
		if e == nil || e.Kind != entities.Person || e.Tokens.Len() < 2 || e.Tokens.First < i {
			continue
		}
		c := e.Tokens.First
		if pl := t.a.EntityAt(c - 1); c > i && pl != nil && pl.Kind == entities.Place && pl.Tokens.End == c && pl.Tokens.Len() >= 2 && (toks[pl.Tokens.First-1].Is("of") || toks[pl.Tokens.First-1].Is("for")) {
			if n, _ := entities.TitleAt(toks, i); n > 0 && i+n == pl.Tokens.First-1 {
				return true // a title of a place, then its holder: "Governor of Syunik Region Levon Avagyan"
			}
		}
		styled := false
		for c > i+1 && isHonorific(toks[c-1].Text) && toks[c-1].IsCap() {
			c, styled = c-1, true // "…, and EMDB President Dr. John Doe": the title before the style
		}
		if c > i+2 && !styled && e.Tokens.End == end && listGoesOn(toks, end) && toks[c-1].IsCap() && !commonWordIn(toks, c, end) && titleFieldBefore(toks, i, c) {
			return true // a post with its field, then its holder, in a list: "Jane Roe, Deputy Prime Minister for Economic Policy John Doe, and …" (not "Representative for the Nordic and Baltic Countries": a name has no common word)
		}
		if c == i || !entities.IsTitleWord(toks[c-1].Text) && !styled || entities.IsTitleWord(toks[e.Tokens.End-1].Text) {
			k = e.Tokens.End - 1
			continue // a name with no title of its own before it ("Vice President and Sun Fellow")
		}
		for c > i && toks[c-1].Kind == entities.Word && (toks[c-1].IsCap() || toks[c-1].IsUpper() || isArticle(toks[c-1].Text)) {
			c-- // "at the Johns Hopkins School": the object of a preposition
		}
		if c == i || !orgPrepositions[strings.ToLower(toks[c-1].Text)] && !toks[c-1].Is("to") && !toks[c-1].Is("by") {
			return true
		}
		k = e.Tokens.End - 1
	}
	return false
}

// rankedHolderNext is holderNext, also past a rank or title of one or two
// capitalized words before the name: ", Colonel John Doe".
func (t *Tracker) rankedHolderNext(k int) bool {
	if t.holderNext(k) {
		return true
	}
	toks := t.a.Tokens
	for x := k + 1; x < len(toks) && x <= k+2 && toks[x].IsCap() && entities.IsTitleWord(toks[x].Text); x++ {
		if e := t.a.EntityAt(x + 1); e != nil && e.Kind == entities.Person && e.Tokens.First == x+1 && e.Tokens.Len() > 1 {
			return true
		}
	}
	return false
}

// holderPastBodies is rankedHolderNext at the comma k, or past one or two
// bodies set off by commas after a post: ", Department of Transport,
// Government of Kelvo, Shri John Doe".
func (t *Tracker) holderPastBodies(k int) bool {
	toks := t.a.Tokens
	for n := 0; n < 3; n++ {
		if t.rankedHolderNext(k) {
			return n == 0 || !t.postAfterHolder(k) // (not where the holder's own post follows the name: "Jane Roe, the Chairperson, Kelvo Trust, John Doe, the Mayor of Kelvo": the list runs name, then post)
		}
		e := t.a.EntityAt(k + 1)
		if !(k < len(toks) && toks[k].Is(",")) || e == nil || e.Kind != entities.Organization || e.Tokens.First != k+1 || e.Tokens.End >= len(toks) || !toks[e.Tokens.End].Is(",") {
			return false
		}
		k = e.Tokens.End
	}
	return false
}

// postAfterHolder reports a post set off right after the name of the
// holder that follows the comma k: ", John Doe, the Mayor of Kelvo",
// ", Jane Roe, Vice-Chancellor of Kelvo University".
func (t *Tracker) postAfterHolder(k int) bool {
	toks := t.a.Tokens
	for x := k + 1; x < len(toks) && x <= k+3; x++ {
		e := t.a.EntityAt(x)
		if e == nil || e.Kind != entities.Person || e.Tokens.First != x {
			continue
		}
		c := e.Tokens.End
		if c+1 >= len(toks) || !toks[c].Is(",") {
			return false
		}
		if toks[c+1].IsFold("the") {
			c++
		}
		return c+1 < len(toks) && titleAtTok(toks, c+1)
	}
	return false
}

// personBeforeSetOff reports a person's name right before the comma that
// opens a title set off at b0 (past its article): "John Doe, the
// Principal Secretary, …".
func (t *Tracker) personBeforeSetOff(b0 int) bool {
	toks := t.a.Tokens
	x := b0 - 1
	if x > 0 && toks[x].IsFold("the") {
		x--
	}
	if x < 1 || !toks[x].Is(",") {
		return false
	}
	e := t.a.EntityAt(x - 1)
	return e != nil && e.Kind == entities.Person && e.Tokens.End == x
}

// listGoesOn reports ", and" or "and" at token k: a list's next item.
func listGoesOn(toks []entities.Token, k int) bool {
	if k < len(toks) && toks[k].Is(",") {
		k++
	}
	return k < len(toks) && toks[k].Is("and")
}

// commonWordIn reports a common word among tokens [i, end) that is no
// proper one: "Countries" of "Baltic Countries".
func commonWordIn(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if entities.CommonWord(toks[k].Text) && !entities.ProperWord(toks[k].Text) {
			return true
		}
	}
	return false
}

// titleFieldBefore reports a title and its field after "for" or "of",
// capitalized words alone, in tokens [i, c) right before a name at c:
// "Minister for Economic Policy" before "John Doe".
func titleFieldBefore(toks []entities.Token, i, c int) bool {
	for x := c - 1; x >= i && c-x <= 8; x-- {
		if n, _ := entities.TitleAt(toks, x); n > 0 && x+n < c-1 && fieldPreposition(toks[x+n]) {
			return true
		}
		if t := &toks[x]; t.Kind != entities.Word || !(t.IsCap() || t.Is("for") || t.Is("of") || t.Is("and") || t.Is("the")) {
			return false
		}
	}
	return false
}

// holderNext reports, at a comma at token k, the holder of a title
// named next: an honorific or a person's name of two words or more.
func (t *Tracker) holderNext(k int) bool {
	toks := t.a.Tokens
	if k+1 >= len(toks) || !toks[k].Is(",") {
		return false
	}
	if isHonorific(toks[k+1].Text) {
		return true
	}
	e := t.a.EntityAt(k + 1)
	return e != nil && e.Kind == entities.Person && e.Tokens.First == k+1 && e.Tokens.Len() > 1
}

// passiveBe reports a form of "be" that makes a passive: "was founded".
func passiveBe(w string) bool {
	switch w {
	case "was", "were", "is", "been", "be":
		return true
	}
	return false
}

// issuerSubject reports the issuer as the subject that ends right before
// token a: "The company", or the issuer's name.
func (t *Tracker) issuerSubject(a int) bool {
	toks := t.a.Tokens
	if a >= 2 && toks[a-2].IsFold("the") && (toks[a-1].Is("company") || toks[a-1].Is("firm") || toks[a-1].Is("business")) {
		// "The company" in the issuer's boilerplate, under its "About"
		// heading (not "… has acquired Marrow Data. The company was
		// founded …", Marrow Data's)
		from := max(0, toks[a-2].Start-600)
		return t.issuer.Name != "" && !publicBody(t.issuer.Name) && strings.Contains(t.text[from:toks[a-2].Start], "\nAbout ")
	}
	o := t.a.EntityAt(a - 1)
	return o != nil && o.Kind == entities.Organization && o.Tokens.End == a && sameBody(Org{Name: o.Text}, t.issuer)
}

// foundersByVerb gives the title "founder" (or "co-founder") to the one
// person a passive "founded" names as its agent, within six words: "The
// company was founded in 2016 by Jane Roe, M.D." So "said the company's
// founder" finds her, as it would "founder Jane Roe". The issuer only:
// "The company was founded …" under an "About" heading, or its name
// ("Kelvo Fromagerie was founded in 1979 by John Doe" in its buyer's
// release is no founder of the issuer's); one founder only ("by Jane Roe
// and Tom Hill": neither), whose body is the issuer.
func (t *Tracker) foundersByVerb() {
	toks := t.a.Tokens
	for k := 1; k+2 < len(toks); k++ {
		w := toks[k].Text
		if w != "founded" && w != "co-founded" || !passiveBe(toks[k-1].Text) && !(k >= 2 && passiveBe(toks[k-2].Text)) {
			continue // (a passive only: "was founded", "was later founded")
		}
		for j := k + 1; j+1 < len(toks) && j <= k+6 && toks[j].Kind != entities.Punct; j++ {
			if !toks[j].Is("by") {
				continue
			}
			if ei := t.a.EntityIndex(j + 1); ei >= 0 && t.a.Entities[ei].Tokens.First == j+1 && t.byEntity[ei] != nil {
				a := k - 1
				if !passiveBe(toks[a].Text) {
					a-- // "was later founded"
				}
				if e := &t.a.Entities[ei]; t.issuerSubject(a) && !(e.Tokens.End+1 < len(toks) && toks[e.Tokens.End].Is("and") && t.isPersonToken(e.Tokens.End+1)) {
					p := t.byEntity[ei]
					giveTitle(p, strings.TrimSuffix(w, "ed")+"er")
					if c, ok := t.issuerCand(); ok && t.apposOrg[p] == nil {
						t.apposOrg[p] = &c // the issuer he founded is his body
					}
				}
			}
			break
		}
	}
}
