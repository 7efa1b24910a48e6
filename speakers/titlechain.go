package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The chain of titles before a name: "Chairperson of the FSC and Permanent
// Representative of Sweden to the OSCE Ambassador Jane Roe", "community
// college student Jane Roe", "brand co-founders Jane Roe and John Doe".
// parseContext asks chainStart where it starts and ownChain which part is
// the name's own.

// pluralTitle returns a plural title before a list of names that holds
// the name at token first, which each of them holds: "brand co-founders
// Jane Roe and John Doe", "Acme co-chairs Jane Roe, John Doe and Ann Lee".
// Capitalized words before the title are its own ("Acme co-chairs"); [0, 0)
// when there is none.
func (t *Tracker) pluralTitle(first, sentStart int) (int, int) {
	toks := t.a.Tokens
	l := first
	for n := 0; n < 6 && l-2 > sentStart; n++ {
		// Back over "and", commas and a parenthesis after the name before:
		// "Senators Jane Roe (D-Va.), John Doe (R-Tex.), and Ann Lee".
		b := l - 1
		for b > sentStart && (toks[b].Is("and") || toks[b].Is(",")) {
			b--
		}
		if b == l-1 {
			break
		}
		if toks[b].Is(")") {
			for b > sentStart && !toks[b].Is("(") && l-b < 12 {
				b--
			}
			b--
		}
		e := t.a.EntityAt(b)
		if b <= sentStart || e == nil || e.Kind != entities.Person || e.Tokens.End != b+1 {
			break
		}
		l = e.Tokens.First
	}
	if l == first && !(first+1 < len(toks) && t.listAfter(first)) {
		return 0, 0 // a single name: the chain before it is read elsewhere
	}
	h := l - 1
	if h < sentStart || toks[h].Kind != entities.Word || !entities.PluralTitle(toks[h].Text) {
		return 0, 0
	}
	st := h
	for st > sentStart && toks[st].IsLower() && toks[st-1].Kind == entities.Word && toks[st-1].IsCap() && !stopCap(toks[st-1].Text, st-1 == sentStart) && !t.isPersonToken(st-1) {
		st-- // "Acme co-chairs"
	}
	for st == h && st-1 > sentStart && toks[st-1].Kind == entities.Word && (toks[st-1].IsCap() || toks[st-1].IsUpper()) && !stopCap(toks[st-1].Text, false) && !t.isPersonToken(st-1) &&
		(entities.IsTitleModifier(toks[st-1].Text) || entities.IsDemonym(toks[st-1].Text) || strings.Contains(toks[st-1].Text, ".")) {
		st-- // "U.S. Representatives Jane Roe and John Doe"
	}
	return st, h + 1
}

// listAfter reports a person's name at token i that the next names follow
// in a list: "Jane Roe and John Doe", "Jane Roe, John Doe".
func (t *Tracker) listAfter(i int) bool {
	e := t.a.EntityAt(i)
	if e == nil || e.Kind != entities.Person {
		return false
	}
	k := e.Tokens.End
	if k < len(t.a.Tokens) && t.a.Tokens[k].Is("(") {
		if c := closeParen(t.a.Tokens, k, len(t.a.Tokens)); c > 0 {
			k = c // "Jane Roe (D-N.M.) and John Doe"
		}
	}
	for k < len(t.a.Tokens) && t.a.Tokens[k].Is(",") && k+1 < len(t.a.Tokens) && t.a.Tokens[k+1].Is("and") {
		k++
	}
	if k+1 >= len(t.a.Tokens) || !(t.a.Tokens[k].Is("and") || t.a.Tokens[k].Is(",")) {
		return false
	}
	n := t.a.EntityAt(k + 1)
	return n != nil && n.Kind == entities.Person && n.Tokens.First == k+1
}

// chainStart walks left from token k over a pre-nominal title chain and
// returns where it starts (k when there is none).
func (t *Tracker) chainStart(k, sentStart int) int {
	toks := t.a.Tokens
	j := k
	for j > sentStart {
		tk := &toks[j-1]
		ok := false
		switch tk.Kind {
		case entities.Word:
			lw := strings.ToLower(tk.Text)
			switch {
			case tk.Is("Class") && j-2 >= sentStart && entities.RankOrdinal(toks[j-2].Text), entities.RankOrdinal(tk.Text) && j < k && toks[j].Is("Class"):
				ok = true // a rank's class: "Petty Officer 2nd Class Jane Roe", "Airman First Class Jane Roe"
			case lw == "charge" && j-2 > sentStart && toks[j-2].Is("in") && j < k && toks[j].Is("of"), lw == "in" && j < k && toks[j].Is("charge"):
				ok = true // a post's portfolio: "Member of the City Council in charge of Energy Jane Roe"
			case t.isPersonToken(j - 1):
				// "Clinton’s campaign manager", "Clinton aide": a person as
				// a modifier, never a person listed before ("Kerry and ...").
				ok = j < k && (toks[j].Kind == entities.Possessive || entities.IsTitleWord(toks[j].Text) || entities.IsTitleModifier(toks[j].Text) || titleStarts(toks, j))
				if e := t.a.EntityAt(j - 1); ok && e.Tokens.First < j-1 && e.Tokens.First >= sentStart {
					j = e.Tokens.First + 1 // the whole name: "Palmerston North Mayor", not "North Mayor"
				}
			case tk.IsCap() || tk.IsUpper():
				ok = !stopCap(tk.Text, j-1 == sentStart) || t.a.EntityAt(j-1) != nil ||
					j-1 == sentStart && j < k && (toks[j].IsCap() || toks[j].Kind == entities.Number) && !openerWords[lw] || // "Road Safety Minister Jane Roe said", "Transport Secretary Jane Roe said", "District 3 engineer Jane Roe said"
					j-1 == sentStart && j+1 < k && toks[j].Is("and") && toks[j+1].IsCap() && !openerWords[lw] && !personalPronouns[lw] && !entities.Weekday(tk.Text) || // "Police and Crime Commissioner Jane Roe said"
					j-1 == sentStart && j < k && toks[j].IsLower() && entities.IsTitleWord(toks[j].Text) && !openerWords[lw] || // "Field coordinator Jane Roe said"
					j-1 == sentStart && j+1 < k && (toks[j].Is("of") || toks[j].Is("for")) && toks[j+1].IsCap() && isOrgHead(tk.Text) || // "Board of Health Chair Jane Roe said"
					j-1 == sentStart && j < k && toks[j].IsLower() && entities.CommonWord(toks[j].Text) && !chainStop(strings.ToLower(toks[j].Text)) && lowerToTitle(toks, j+1, k) && entities.CommonWord(tk.Text) && !openerWords[lw] && !personalPronouns[lw] || // "Youth climate advocate Jane Roe said"
					j < k && placeHead(toks[j].Text) && toks[j].IsCap() // "Cook County State’s Attorney"
			case entities.IsTitleWord(tk.Text) || entities.IsTitleModifier(tk.Text):
				ok = true
			case chainConnector[lw]:
				ok = j < k
			case j+1 < k && toks[j].Is("and") && toks[j+1].IsLower() && tk.IsLower() && entities.CommonWord(tk.Text) && !chainStop(lw) &&
				(j-2 < sentStart || (toks[j-2].IsCap() || toks[j-2].IsUpper()) && !t.isPersonToken(j-2) || toks[j-2].Kind == entities.Possessive):
				ok = true // a field of two nouns after a body: "SCDB water and sanitation lead specialist Jane Roe"
			case j < k && tk.IsLower() && (entities.CommonWord(tk.Text) && !chainStop(lw) || (adjectiveShape(lw) && !chainStop(lw) || entities.FieldGerund(lw)) && entities.IsTitleWord(toks[j].Text)) && lowerToTitle(toks, j, k):
				ok = true // nouns before a title's head: "study leader", "community college student", "cupping specialist"
			case tk.IsLower() && !chainStop(lw) && t.fieldOfTitle(j-1, sentStart): // (a word the lexicon lacks too: "paediatric")
				ok = true // the field of a title: "rapporteur on clean fuels Jane Roe"
			}
			if !ok {
				if n, _ := entities.TitleAt(toks, j-1); n > 0 {
					ok = true
				}
			}
			if !ok && j-2 >= sentStart {
				if n, _ := entities.TitleAt(toks, j-2); n == 2 {
					ok = true // the head of a two-word title: "Outreach worker Jane Roe"
				}
			}
		case entities.Possessive, entities.Number:
			ok = j < k
		case entities.Punct:
			if tk.Is("&") && j < k && j-2 >= sentStart && toks[j].IsCap() && (toks[j-2].IsCap() || toks[j-2].IsUpper()) {
				ok = true // two posts joined by an ampersand: "Kelby Bank President & CEO Jane Roe"
			}
			if tk.Is("/") && j < k && j-2 >= sentStart && !tk.Space && !toks[j].Space && toks[j].IsUpper() && toks[j-2].IsUpper() && toks[j-2].Kind == entities.Word {
				ok = true // two bodies' acronyms of a joint post: "PAHO/WHO Representative Jane Roe"
			}
			if (tk.Is("–") || tk.Is("—") || tk.Is("-")) && j < k && j-2 >= sentStart && !tk.Space && !toks[j].Space && toks[j].IsCap() && (toks[j-2].IsCap() || toks[j-2].Is(")")) {
				ok = true // a body's branch glued by a dash: "Department of Agriculture (DA)–Northern Kelvo Regional Director Jane Roe"
			}
			if tk.Is(",") && j < k && toks[j].IsCap() && j-2 > sentStart && toks[j-2].IsCap() && !t.isPersonToken(j-2) && andBefore(toks, j, k) && fieldOpensBefore(toks, j-1, sentStart) {
				ok = true // the items of a title's field: "Minister of Trade, Industry and Fisheries Jane Roe"
			}
			if e := t.a.EntityAt(j - 1); tk.Is(",") && j < k && e != nil && e.Kind == entities.Organization && e.Tokens.First < j-1 && e.Tokens.End > j && e.Tokens.First >= sentStart {
				ok = true // a comma inside a body's name: "Secretary to the Ministry of Finance, Planning and Economic Development Dr. Jane Roe"
			}
			if tk.Is(")") {
				// a body's acronym or a title's region in parentheses:
				// "Country Hospitals Authority (CHA) chief executive Jane
				// Roe", "Vice-President for Operations (South Asia) Ms. Jane Roe"
				o := j - 2
				for o > sentStart && o > j-8 && !toks[o].Is("(") && (toks[o].IsCap() || toks[o].IsUpper() || o < j-2 && (toks[o].Is("and") || toks[o].Is("&") || toks[o].Is("the") || toks[o].Is("of"))) { // (a region of two: "(South and West)", "(Southeast Asia and the Pacific)")
					o--
				}
				if o > sentStart && o < j-1 && toks[o].Is("(") && (toks[o-1].IsCap() || toks[o-1].IsUpper()) && !t.isPersonToken(o-1) { // (not a party's tag after another name: "Sen. Jane Roe (D-Mass.)")
					j = o + 1
					ok = true
				}
			}
		}
		if !ok {
			break
		}
		j--
	}
	// Trim connectors and articles at the start; require a title word.
	for j < k && (chainConnector[strings.ToLower(toks[j].Text)] || toks[j].Kind == entities.Possessive) {
		j++
	}
	if !titleWordIn(toks, j, k) && !t.unknownPost(j, k, sentStart) {
		return k
	}
	return j
}

// unknownPost reports a post in another language that no list knows, the
// chain [j, k): one capitalized word that no entity holds, "for", and its
// portfolio's common words ("Naalakkersuisoq for Health"), after a verb,
// a comma or the sentence's start.
func (t *Tracker) unknownPost(j, k, sentStart int) bool {
	toks := t.a.Tokens
	if k-j < 3 || !toks[j].IsCap() || entities.CommonWord(toks[j].Text) || t.a.EntityAt(j) != nil || !toks[j+1].Is("for") {
		return false
	}
	if j > sentStart && !toks[j-1].IsLower() && !toks[j-1].Is(",") {
		return false
	}
	for x := j + 2; x < k; x++ {
		if toks[x].Is("and") && x > j+2 && x+1 < k {
			continue // a portfolio's items: "for Health and Social Affairs"
		}
		if !toks[x].IsCap() || !entities.CommonWord(toks[x].Text) || t.a.EntityAt(x) != nil {
			return false
		}
	}
	return true
}

// fieldOpensBefore reports a title's field that the comma at c continues:
// the capitalized words before it follow "of", "for" or "on" after a
// title's word ("Minister of Trade, …"), not a place or body ("at the
// State Emergency Operation Centre, …").
func fieldOpensBefore(toks []entities.Token, c, sentStart int) bool {
	return fieldOpener(toks, c, sentStart) > 0
}

// fieldOpener returns the "of", "for" or "on" that opens the
// capitalized field before token c, after a title's word, as
// fieldOpensBefore reads it ("Minister for | Coastal Resilience"); 0 when
// there is none.
func fieldOpener(toks []entities.Token, c, sentStart int) int {
	k := c - 1
	for k > sentStart && (toks[k].IsCap() || toks[k].Is("and") || toks[k].Is(",")) {
		k--
	}
	if k > sentStart && (toks[k].Is("of") || toks[k].Is("for") || toks[k].Is("on")) && entities.IsTitleWord(toks[k-1].Text) {
		return k
	}
	return 0
}

// andBefore reports "and" among the capitalized words and commas from j
// up to k: the last item of a list that a comma at j-1 continues
// ("Science, Technology and Innovation").
func andBefore(toks []entities.Token, j, k int) bool {
	for x := j; x < k; x++ {
		switch {
		case toks[x].Is("and"):
			return true
		case !toks[x].IsCap() && !toks[x].Is(","):
			return false
		}
	}
	return false
}

// chainStop reports lower-case words that never modify a title's head:
// verbs and function words ("said", "by", "with", "new").
func chainStop(w string) bool {
	switch w {
	case "said", "says", "told", "added", "by", "with", "from", "as", "is", "was", "are", "were", "has", "had", "have",
		"be", "been", "who", "whose", "that", "which", "when", "where", "while", "if", "not", "also", "then", "now", "new", "our", "their",
		"his", "her", "its", "my", "your", "a", "an", "this", "these", "those", "every", "each", "some", "any":
		return true
	}
	return strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// ownChain returns where the name's own titles start in the chain [c,
// first): after "to" or "for" when a title follows it with no article,
// since the titles before serve the name ("Chief of Staff to Senator Jane
// Roe", "Spokesman for UN Secretary-General Jane Roe": she is the senator,
// the Secretary-General); "Representative of Ruritania to the OSCE
// Ambassador Jane Roe" is all hers, and so is a minister's portfolio of
// one word that is also a judge's title ("Minister for Justice Jane Roe").
func (t *Tracker) ownChain(c, first int) int {
	toks := t.a.Tokens
	for x := first - 2; x > c; x-- {
		if !(toks[x].Is("to") || toks[x].Is("for")) || isArticle(toks[x+1].Text) {
			continue
		}
		if x+2 == first && toks[x].Is("for") && (toks[x-1].Is("Minister") || toks[x-1].Is("MEC")) {
			continue // the portfolio's one word before the name
		}
		for y := x + 1; y < first; y++ {
			if n, _ := entities.TitleAt(toks, y); n > 0 {
				if y > x+1 && toks[y].Is("Senator") && ministerWord(toks[c].Text) {
					return c // a minister's portfolio, then her seat's rank: "Minister for Health and Aged Care Senator Jane Roe"
				}
				return x + 1
			}
		}
	}
	return c
}

// lowerToTitle reports lower-case common words from token j up to a
// title word right before k: "college student" of "community college
// student Jane Roe".
func lowerToTitle(toks []entities.Token, j, k int) bool {
	if k-j > 3 || !entities.IsTitleWord(toks[k-1].Text) && !twoWordTitleEndsAt(toks, j, k) {
		return false
	}
	for x := j; x < k; x++ {
		if toks[x].IsCap() && x < k-1 && (entities.NotName(toks[x].Text) || entities.IsDemonym(toks[x].Text)) {
			continue // an adjective in capitals: "double Olympic medallist", "senior Swedish diplomat"
		}
		if toks[x].Kind != entities.Word || !toks[x].IsLower() || !entities.CommonWord(toks[x].Text) && x < k-1 && !(x == k-2 && adjectiveShape(toks[x].Text)) {
			return false
		}
	}
	return true
}

// twoWordTitleEndsAt reports a title of two words that ends at token k
// and starts at j or after: "health worker" of "community health worker".
func twoWordTitleEndsAt(toks []entities.Token, j, k int) bool {
	if k-2 < j {
		return false
	}
	n, _ := entities.TitleAt(toks, k-2)
	return n == 2
}

// adjectiveShape reports a lower-case word shaped as an adjective:
// "cardiac", "thoracic", "clinical", "veterinary".
func adjectiveShape(w string) bool {
	for _, suf := range [...]string{"ic", "ac", "al", "ary", "ive", "ous", "ian"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// fieldOfTitle reports a lower-case word at i in the field of a title
// before it: a title word, "on", "for" or "of", then at most three
// lower-case words up to i ("rapporteur on clean fuels", "commissioner
// for energy").
func (t *Tracker) fieldOfTitle(i, sentStart int) bool {
	toks := t.a.Tokens
	for j := i - 1; j > sentStart && i-j <= 4; j-- {
		w := &toks[j]
		if (w.Is("on") || w.Is("for") || w.Is("of")) && (entities.IsTitleWord(toks[j-1].Text) || toks[j-1].Is("Head") || toks[j-1].Is("head")) {
			return true // (also "Head of paediatric cardiac surgery Dr. Jane Roe")
		}
		if w.Kind != entities.Word || !w.IsLower() || chainStop(strings.ToLower(w.Text)) {
			return false
		}
	}
	return false
}

// chainConnector are the lower-case words inside a title chain: "Minister
// of the Environment and Climate", "Chief of Staff to Senator".
var chainConnector = map[string]bool{"of": true, "the": true, "and": true, "to": true, "at": true, "for": true, "in": true, "on": true, "&": true}

// openerWords open a sentence before a title without being part of it:
// "Today Health Minister Jane Roe said".
var openerWords = toSet(`today yesterday tonight now earlier later recently separately finally additionally similarly currently previously
there here thus still yet so instead`)

// stopCap reports capitalized words that never belong to a title chain:
// function words and sentence-initial common words ("Opening", "But"),
// also a label's in capitals ("STATEMENT FROM COMMISSIONER JANE ROE").
func stopCap(w string, sentenceStart bool) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "but", "and", "in", "on", "at", "as", "when", "while", "after", "before", "if", "then", "meanwhile", "however", "also", "said", "says":
		return true
	case "from", "by":
		return w == "FROM" || w == "BY" // (a post's own in title case: "Special Envoy for Children Affected By War")
	}
	return sentenceStart && entities.CommonWord(w) && !entities.IsTitleWord(w) && !entities.IsTitleModifier(w) && !entities.ProperWord(w)
}

// isPersonToken reports a token inside a person's name.
func (t *Tracker) isPersonToken(i int) bool {
	e := t.a.EntityAt(i)
	return e != nil && e.Kind == entities.Person
}

// titleStarts reports a title phrase of two words or more at token j:
// "Police Chief" of "Ashby Police Chief Jane Roe", whose first word alone
// is no title.
func titleStarts(toks []entities.Token, j int) bool {
	n, _ := entities.TitleAt(toks, j)
	return n >= 2
}

// regionalTitle reads a title before the name whose territory follows
// it after a comma: "Regional Vice President, West Africa Jane Roe said:"
// gives the title "Regional Vice President, West Africa". It returns where
// the title starts, or first when there is none.
func (t *Tracker) regionalTitle(p *Speaker, first, sentStart int) int {
	toks := t.a.Tokens
	r := t.a.EntityAt(first - 1)
	if first-1 < sentStart || r == nil || r.Kind != entities.Place || r.Tokens.End != first || !t.regionNotCountry(r.Tokens.First, r.Tokens.End) {
		return first
	}
	c := r.Tokens.First - 1
	if c <= sentStart || !toks[c].Is(",") {
		return first
	}
	ts := t.chainStart(c, sentStart)
	if ts >= c || !entities.TitleEndsAt(toks, c) {
		return first
	}
	t.addTitles(p, ts, c)
	t.extendTitle(p, first)
	return ts
}
