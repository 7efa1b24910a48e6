package speakers

import (
	"slices"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// A title as Resolve reads it in a description ("the Ambassador", "the
// representative of Senegal", "the Chair of the Committee, Dame Jane
// Roe"): where a title's head is, a name set off by a comma beside it, and
// whether a person's titles fit the description's complement and
// modifiers.

// capitalizedTitle reports a phrase that is a title in capitals and
// nothing else, used as a name: "Acting District Attorney said".
func capitalizedTitle(toks []entities.Token, first, end int) bool {
	for k := first; k < end; k++ {
		if toks[k].Kind != entities.Word || !toks[k].IsCap() && !toks[k].IsUpper() {
			return false
		}
	}
	n, _ := entities.TitleAt(toks, end-1)
	return n == 1 || titleHeadAt(toks, first, end-1)
}

// titleHeadAt reports whether a multi-word title ends at token head
// ("press secretary").
func titleHeadAt(toks []entities.Token, first, head int) bool {
	for k := max(first, head-3); k <= head; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 && k+n-1 == head {
			return true
		}
	}
	return false
}

// sameComplement reports whether the body or place a title's complement
// names in [k, end) ("of Senegal" in "the representative of Senegal") is
// in one of p's titles: the representative of Norway is not the
// representative of Senegal. True when there is no such complement.
func (t *Tracker) sameComplement(p *Speaker, k, end int) bool {
	toks := t.a.Tokens
	if k+1 >= end || !(toks[k].Is("of") || toks[k].Is("for")) {
		return true
	}
	a := k + 1
	if isArticle(toks[a].Text) && a+1 < end {
		a++
	}
	if toks[k+1].IsFold("a") || toks[k+1].IsFold("an") {
		// a body no name gives: "the director of a construction company
		// in Kelvo" is someone the text leaves unnamed, unless a title of
		// p says it so
		c := strings.ToLower(t.text[toks[a].Start:toks[end-1].End])
		return slices.ContainsFunc(p.Titles, func(ti string) bool { return strings.Contains(strings.ToLower(ti), c) })
	}
	e := t.a.EntityAt(a)
	if e == nil || e.Kind == entities.Person {
		return true
	}
	for _, ti := range p.Titles {
		if strings.Contains(ti, e.Text) {
			return true
		}
	}
	if strings.Contains(p.Name, e.Text) || strings.EqualFold(p.Organization.Name, e.Text) {
		return true
	}
	// the issuer's post, held by one the text titles without the
	// complement: "the Executive Secretary of the Kelvo Commission told
	// the Council" in the Commission's release, over "Executive Secretary
	// Jane Roe said"
	name := strings.Join(strings.Fields(e.Text), " ") // (a hard-wrapped name: "the Lake\nVictoria Basin Fisheries Commission")
	return t.issuer.Name != "" && strings.EqualFold(t.issuer.Name, name) && (p.Organization.Name == "" || strings.EqualFold(p.Organization.Name, t.issuer.Name))
}

// sameModifiers reports whether the words of a title mention between its
// determiner (or its owner's possessive) and its head stand in a title of
// p: "the chief operating officer" is not the chief executive officer;
// "the foreign minister" is the Minister of Foreign Affairs. A title in
// initials ("COO") and the words of office ("former", "acting") pass.
func sameModifiers(p *Speaker, toks []entities.Token, first, head int) bool {
	from := first
	for k := first; k < head; k++ {
		if toks[k].Kind == entities.Possessive || isArticle(toks[k].Text) || toks[k].IsFold("this") {
			from = k + 1 // "the company's chief operating officer"
		}
	}
	for _, ti := range p.Titles {
		if f := strings.Fields(ti); len(f) == 1 && len(ti) <= 5 && strings.ToUpper(ti) == ti {
			return true // "COO": its words are not written out
		}
	}
	for k := from; k < head; k++ {
		w := strings.ToLower(toks[k].Text)
		if toks[k].Kind != entities.Word || entities.IsTitleModifier(w) || officeRanks[w] || !entities.CommonWord(w) {
			continue
		}
		if !slices.ContainsFunc(p.Titles, func(ti string) bool {
			return slices.Contains(strings.FieldsFunc(strings.ToLower(ti), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }), w)
		}) {
			return false
		}
	}
	return true
}

// titleAsWritten returns the title a descriptor [first, head] gives the
// person p it resolves to: its head ("CEO" of "the CEO"), with the
// capitalized words before it that p's own titles hold before their
// complement ("Group CEO" of "says Group CEO" for the "Group Chief
// Executive Officer of Kelvo Telecom"); a body's name before the head is
// no part of it ("Quillon CEO" for the "Quillon chief executive officer":
// "CEO").
func (t *Tracker) titleAsWritten(p *Speaker, first, head int) string {
	toks := t.a.Tokens
	from := first
	for k := first; k < head; k++ {
		if toks[k].Kind == entities.Possessive || isArticle(toks[k].Text) || toks[k].IsFold("this") {
			from = k + 1
		}
	}
	for k := from; k < head; k++ {
		w := strings.ToLower(toks[k].Text)
		if toks[k].Kind != entities.Word || !toks[k].IsCap() || t.a.EntityAt(k) != nil || !slices.ContainsFunc(p.Titles, func(ti string) bool {
			if n := namePart(ti); n != "" {
				ti = n // "Group Chief Executive Officer" of "… of Kelvo Telecom"
			}
			return slices.Contains(strings.Fields(strings.ToLower(ti)), w)
		}) {
			return toks[head].Text
		}
	}
	return t.text[toks[from].Start:toks[head].End]
}

// nameSetOff reports a person's name that ends the phrase [first, end)
// after a comma and any honorifics or a title of style: the description's
// appositive, "the Chair of the Committee, Rt Hon Dame Jane Roe", "the
// President of the Tribunal, Judge Jane Roe".
func (t *Tracker) nameSetOff(first, end int) bool {
	toks := t.a.Tokens
	e := t.a.EntityAt(end - 1)
	if e == nil && end-2 > first && toks[end-1].IsUpper() {
		e = t.a.EntityAt(end - 2) // "… Jane Roe MP"
	}
	if e == nil || e.Kind != entities.Person || e.Tokens.First <= first {
		return false
	}
	k := e.Tokens.First - 1
	for k > first && (isHonorific(toks[k].Text) || entities.RightStyle(toks[k].Text) || styleTitle(toks, k)) {
		k--
	}
	return toks[k].Is(",")
}

// styleTitle reports a one-word title in capitals at token k, used before
// a name as an honorific is: "Judge", "Ambassador" of "the President of the
// Tribunal, Judge Jane Roe".
func styleTitle(toks []entities.Token, k int) bool {
	if !toks[k].IsCap() {
		return false
	}
	n, _ := entities.TitleAt(toks, k)
	return n == 1
}

// nameSetOffAfter returns the person whose name a comma sets off right
// after a title phrase ending at token end, with the name's mention:
// "Chair of the Committee, the Rt Hon Dame Jane Roe MP, said:" (the
// title before the comma names her). Nil when no name follows so.
func (t *Tracker) nameSetOffAfter(end int) (*Speaker, Mention) {
	toks := t.a.Tokens
	if end+1 >= len(toks) || !toks[end].Is(",") {
		return nil, Mention{}
	}
	k := end + 1
	if b := t.a.EntityAt(k); b != nil && (b.Kind == entities.Organization || b.Kind == entities.Place) && b.Tokens.First == k && b.Tokens.End+1 < len(toks) && toks[b.Tokens.End].Is(",") {
		k = b.Tokens.End + 1 // the title's body set off before the holder: "The Commissioner of Police, Kelvo State Command, CP Jane Roe, said"
	}
	if toks[k].Is("the") {
		k++
	}
	for k < len(toks) && k < end+6 && (isHonorific(toks[k].Text) || entities.RightStyle(toks[k].Text) || styleTitle(toks, k)) {
		k++
	}
	e := t.a.EntityAt(k)
	if e == nil || e.Kind != entities.Person || e.Tokens.First != k {
		return nil, Mention{}
	}
	return t.personOf(e), Mention{Span: e.Span, Text: e.Text, Kind: NameMention}
}

// byFullTitle returns the person last named before at who holds the
// title of the phrase [first, end) as written, complement included, where
// the head at head has one: "The Minister of Digital Governance noted" is
// who the text called "the Minister of Digital Governance, Mr. Jane Roe",
// not the "Deputy Minister to the Prime Minister" named after. Nil when the
// phrase has no complement or no one holds it. A bare post, without its
// article, may name a holder named after it.
func (t *Tracker) byFullTitle(first, head, end, at int) *Speaker {
	toks := t.a.Tokens
	if head+2 >= end || !(toks[head+1].Is("of") || toks[head+1].Is("for")) || !toks[end-1].IsCap() {
		return nil
	}
	bare := !isArticle(toks[first].Text)
	if !bare {
		first++
	}
	ti := strings.ToLower(t.text[toks[first].Start:toks[end-1].End])
	holds := func(p *Speaker, _ int) bool {
		return p.Kind == Person && slices.ContainsFunc(p.Titles, func(x string) bool { return strings.ToLower(x) == ti })
	}
	p, _ := t.latest(at, 0, holds)
	if p == nil && bare {
		// a bare post, as a headline writes it, whose holder the text
		// names after: "…, says Director of Emergency Medicine" over
		// "Director of Emergency Medicine, Associate Professor Jane Roe,
		// said"
		p, _ = t.latest(len(t.text), 0, holds)
	}
	return p
}

// fullerTitle puts the title the phrase [first, end) writes in full, with
// its complement, in place of the same title p holds without it: "the
// Special Envoy of the Secretary-General on Sea-Level Rise told the
// Committee" for "Special Envoy Jane Roe".
func (t *Tracker) fullerTitle(p *Speaker, first, end int) {
	toks := t.a.Tokens
	if isArticle(toks[first].Text) {
		first++
	}
	if end-first < 3 || !toks[first].IsCap() {
		return
	}
	full := t.text[toks[first].Start:toks[end-1].End]
	for i, ti := range p.Titles {
		if rest, ok := strings.CutPrefix(full, ti+" "); ok && (strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "on ")) {
			p.Titles[i] = full
			return
		}
	}
}

// localTitleHolder returns the person just named, with a title, that a
// bare title in another language than English stands for: "the
// Bürgermeisterin said" after "Jane Roe, mayor of Kelvo, recalled …"; nil
// when the title's gender is not hers.
func (t *Tracker) localTitleHolder(first, head, end, at int) *Speaker {
	toks := t.a.Tokens
	if end-first != 2 || head != first+1 || !toks[first].IsFold("the") {
		return nil
	}
	w := toks[head].Text
	if !entities.LocalTitle(w) {
		return nil
	}
	p := t.latestPerson(at)
	if p == nil || len(p.Titles) == 0 {
		return nil
	}
	if _, g := entities.TitleAt(toks, head); g != entities.UnknownGender && p.Gender != entities.UnknownGender && g != p.Gender {
		return nil
	}
	giveTitle(p, w) // a title the text gives her
	return p
}

// giveTitle adds the title ti the text gives p, unless p holds it as
// written already.
func giveTitle(p *Speaker, ti string) {
	if !slices.Contains(p.Titles, ti) {
		p.Titles = append(p.Titles, ti)
	}
}

// holderNamedNext returns the one person who holds the title of the
// mention [first, end) with its modifiers and complement, when the next
// two sentences name her: "the Executive Secretary of the Kelvo
// Commission told the Council" over "Executive Secretary Dr. Jane Roe
// said …", though the text also names a "Cabinet Secretary".
func (t *Tracker) holderNamedNext(first, head, end int, w, rank string, at int) *Speaker {
	var only *Speaker
	for _, p := range t.all {
		if p.Kind != Person || p.Family == "" || !hasWord(p, w, rank) || !sameModifiers(p, t.a.Tokens, first, head) || !t.sameComplement(p, head+1, end) {
			continue
		}
		if only != nil {
			return nil
		}
		only = p
	}
	if only == nil || !t.inLeadAfter(t.firstPos(only), at) {
		return nil
	}
	return only
}
