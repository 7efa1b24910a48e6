package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// parseContext reads the titles and honorific around one name mention:
// a pre-nominal chain ("Chairperson of the FSC and Permanent Representative
// of Sweden to the OSCE Ambassador Ulrika Funered"), a parenthesis ("Ismail
// Ertug (S&D, DE)") and appositives ("Ana Hinojosa, Director of ..., said").
func (t *Tracker) parseContext(p *Speaker, e *entities.Entity) {
	toks := t.a.Tokens
	si := t.a.SentenceOf(e.Tokens.First)
	if si < 0 {
		return
	}
	s := &t.a.Sentences[si]
	// Honorific right before the name.
	first := e.Tokens.First
	rank, rankEnd := -1, -1
	for n := 0; n < 3 && first > s.Tokens.First && toks[first-1].Kind == entities.Word; n++ {
		// Honorifics right before the name: "Dr.", "Professor Sir", "Rt
		// Hon Dame".
		if toks[first-1].Is("the") && first-2 >= s.Tokens.First {
			if _, ok := entities.Honorific(toks[first-2].Text); (ok || entities.IsTitleWord(toks[first-2].Text)) && toks[first-2].IsCap() { // (also "Senator the Hon.")
				if rank == first {
					rank = first - 2 // "Dr. the Hon. Jane Roe": one honour, "Dr. the Hon."
				}
				first--
				continue
			}
		}
		g, ok := entities.Honorific(toks[first-1].Text)
		if !ok && rightHonourable(toks, first-1) {
			ok = true // "Rt Hon"
		}
		if !ok || !toks[first-1].IsCap() && !(toks[first-1].IsUpper() && len(toks[first-1].Text) > 1) {
			break
		}
		if p.Honorific == "" {
			p.Honorific = toks[first-1].Text
		}
		if entities.IsTitleWord(toks[first-1].Text) && strings.ToLower(toks[first-1].Text) != "dr" || honour(toks[first-1].Text) {
			// a rank that is also a post ("Professor", "Ambassador") or an
			// honour ("Sir", "Dame", "Rev."): a title, with those before it
			rank = first - 1
			if rankEnd < 0 {
				rankEnd = first
			}
		}
		if p.Gender == entities.UnknownGender {
			p.Gender = g
		}
		first--
	}
	for rank == first && first > s.Tokens.First && toks[first-1].IsCap() && entities.IsTitleModifier(toks[first-1].Text) {
		first-- // "Associate Professor Jane Roe": one rank
		rank = first
	}
	tb := first // where a title set off by a comma would end
	if c := t.chainStart(first, s.Tokens.First); c < first && !s.TitleCase {
		c = t.ownChain(c, first)
		t.addTitles(p, c, first) // (not in a headline, where every word is capitalized)
		tb = c
	}
	if p0, p1 := t.pluralTitle(first, s.Tokens.First); p1 > p0 {
		t.addTitle(p, p0, p1) // "brand co-founders Jane Roe and John Doe"
	}
	if b0, b1 := t.titleBefore(tb, s.Tokens.First); b1 > b0 {
		t.addTitles(p, b0, b1) // "The Special Representative of the OSCE, Ambassador Jane Roe, said"
	}
	if rank >= 0 {
		t.addTitle(p, rank, rankEnd)
	}
	if c, ok := t.forBody(tb, s.Tokens.First); ok && t.apposOrg[p] == nil {
		t.apposOrg[p] = &c // "For the Islamic Development Bank, Regional Hub Manager Jane Roe said"
	}
	if s.TitleCase {
		return // a headline's capitals: "Promise in Peril, Chief Warns Forum" gives "Peril" no title
	}
	k := e.Tokens.End
	if k+1 < s.Tokens.End && entities.ElidedYear(toks[k].Text) {
		k++ // a class year: "Jane Roe ’27, a chemistry major"
	}
	for k+1 < s.Tokens.End && k < e.Tokens.End+3 && postLetters(toks[k].Text) {
		// letters after the name: "Jane Roe FRCS, consultant surgeon, said"
		t.addTitle(p, k, k+1)
		t.titleOf[p][len(t.titleOf[p])-1].credential = true
		k++
	}
	if c, ok := t.parenAffiliation(e, s.Tokens.End); ok && t.apposOrg[p] == nil {
		t.apposOrg[p] = &c // "Q (Jane Roe, Kelvale Lachance Securities): Can you …"
	}
	if d0, d1 := t.copular(k, s.Tokens.End); d1 > d0 {
		t.addTitles(p, d0, d1) // "Jane Roe is currently a professor at Kelvale University."
		return
	}
	if k+1 < s.Tokens.End && toks[k].Is("as") {
		// "the appointment of Jane Roe as Chief Technology Officer"
		a := k + 1
		for a < s.Tokens.End && isArticle(toks[a].Text) {
			a++
		}
		if e := segmentEnd(toks, a, s.Tokens.End); e > a && e-a <= 8 && t.titleish(a, e) && !t.namesOther(a, e) {
			t.addTitles(p, a, e)
			return
		}
	}
	if k < s.Tokens.End && toks[k].Is("(") {
		if end := closeParen(toks, k, s.Tokens.End); end > 0 {
			t.addAffiliations(p, k+1, end-1)
			k = end
		}
	}
	if c, ok := t.bodyAfterName(k, s.Tokens.End); ok && t.apposOrg[p] == nil {
		t.apposOrg[p] = &c // "Professor Jane Roe of the Kelvale Institute said"
		k = c.end
	}
	for k < s.Tokens.End && toks[k].Is(",") {
		end := segmentEnd(toks, k+1, s.Tokens.End)
		seg0 := k + 1
		for seg0 < end && isArticle(toks[seg0].Text) {
			seg0++
		}
		if end-seg0 == 1 && toks[seg0].Kind == entities.Number { // an age: "Smith, 45, said"
			k = end
			continue
		}
		if companion(toks, seg0, end) { // "Jane Roe, together with John Doe, announced"
			k = end
			continue
		}
		if credential(toks, seg0, end) { // "Jane Roe, MD, PhD, a surgeon at …"
			t.addTitle(p, seg0, end)
			t.titleOf[p][len(t.titleOf[p])-1].credential = true
			k = end
			continue
		}
		if ts := t.titleOf[p]; len(ts) > 0 && ts[len(ts)-1].end == k && seg0 == k+1 {
			if le := t.fieldList(ts[len(ts)-1], seg0, s.Tokens.End); le > 0 {
				t.extendTitle(p, le) // "Professor of Hand, Plastic and Reconstructive Surgery"
				k = le
				continue
			}
		}
		if t.namesOther(seg0, end) {
			break // "Jane Roe, Police Director John Doe and …": a list of people, not her title
		}
		if seg0 == k+1 && seg0 < end && toks[seg0].Is("and") && t.holderNext(end) {
			break // "the Minister, Mr. Jane Roe, and the Regional Governor, Ms. Ann Lee": the next item of a list
		}
		if seg0 == k+1 && seg0 < end && predicateWords[toks[seg0].Text] {
			break // "Its founder, Jane Roe, will join Acme as Vice President, …": the sentence's predicate
		}
		if c, ok := t.bodyAfterName(seg0, end); ok && c.end == end && t.apposOrg[p] == nil {
			t.apposOrg[p] = &c // "Prof. Jane Roe, of the Department of Oceanography, who led …"
			k = end
			continue
		}
		if c, ok := t.speakingFor(seg0, end); ok && t.apposOrg[p] == nil {
			t.apposOrg[p] = &c // "Rev. Jane Roe, speaking for the Pacific Conference of Churches, said"
			k = end
			continue
		}

		if a0, a1 := t.ledStudy(seg0, end); a1 > a0 {
			t.addTitle(p, a0, a1) // "Jane Roe, who led the study, said"
			k = end
			continue
		}
		rc := t.laterRole(seg0, end) // "who was diagnosed in 2023 and chairs the panel of …"
		if a0, a1 := t.roleClause(rc, end); a1 > a0 {
			t.addTitle(p, a0, a1) // "Jane Roe, who chairs the Board of Health, said"; its body below
		}
		if a0, a1 := t.servesAs(seg0, end); a1 > a0 {
			t.addTitles(p, a0, a1) // "Jane Roe, who will remain with the company as a senior advisor, …"
			k = end
			continue
		}
		if c, ok := t.runsBody(rc, end); ok && t.apposOrg[p] == nil {
			t.apposOrg[p] = &c // "Jane Roe, who runs the Hill Street food bank in Swansea, said"
			for a := seg0 + 2; a+1 < end; a++ {
				if toks[a].Is("as") && t.titleish(a+1, end) {
					t.addTitles(p, a+1, end) // "who leads Acme as Executive Vice President"
					break
				}
			}
			k = end
			continue
		}
		for w := seg0 + 2; w < end; w++ {
			if toks[w].Is("who") || toks[w].Is("which") || toks[w].Is("whose") {
				end = w // "a professor at Kelvale University who was not involved, called …"
				break
			}
		}
		if verbInside(toks, seg0, end) {
			break // "…, Professor Doe and the Roe family can be arranged through the press office"
		}
		if t.titleish(seg0, end) || seg0 > k+1 && t.description(seg0, end) || t.abbreviatedTitle(seg0, end) {
			t.addTitles(p, seg0, end)
			k = end
			continue
		}
		if ts := t.titleOf[p]; len(ts) > 0 && ts[len(ts)-1].end == k && seg0 == k+1 && (t.qualifier(seg0, end) || t.lowerField(seg0, end)) {
			// "Executive Vice President, Marketing & Strategy", "vice
			// president, market development engineering at Acme Robotics,
			// Inc.": the field of the title before.
			if end+1 < s.Tokens.End && toks[end].Is(",") && isCorpSuffix(toks[end+1].Text) && !toks[seg0].IsCap() {
				end += 2
			}
			t.extendTitle(p, end)
			k = end
			continue
		}
		if len(t.titleOf[p]) > 0 && t.apposOrg[p] == nil && seg0 == k+1 {
			// "Vice President, Acme Robotics, Inc.": the body the titles
			// before belong to.
			oe := end
			if oe+1 < s.Tokens.End && toks[oe].Is(",") && isCorpSuffix(toks[oe+1].Text) {
				oe += 2
			}
			if e := t.a.EntityAt(seg0); e != nil && e.Kind == entities.Organization && e.Tokens.First == seg0 && e.Tokens.End == oe {
				c := orgCand{first: seg0, end: oe, e: e}
				t.apposOrg[p] = &c // (a name the run of capitals cannot read: "Marine Workers' Union of Atlantic Canada")
				k = oe
				continue
			}
			if re := t.capRunOrg(seg0, oe); re == oe {
				if c, ok := t.runCand(seg0, oe); ok && (c.e == nil && t.orgShaped(seg0, oe) || c.e != nil && c.e.Kind == entities.Organization) {
					// (a place there is where the body before it is: "University of Kelvale, San Diego")
					t.apposOrg[p] = &c
					k = oe
					continue
				}
			}
		}
		break
	}
}

// verbInside reports a finite verb in lower case inside [i, end): a
// clause, not a title.
func verbInside(toks []entities.Token, i, end int) bool {
	for k := i + 1; k < end; k++ {
		if toks[k].IsLower() && predicateWords[toks[k].Text] {
			return true
		}
	}
	return false
}

// rightHonourable reports "Rt" before "Hon" at token k, a style that "RT"
// alone is not.
func rightHonourable(toks []entities.Token, k int) bool {
	return k+1 < len(toks) && (toks[k].Is("Rt") || toks[k].Is("Rt.")) && (toks[k+1].Is("Hon") || toks[k+1].Is("Hon."))
}

// honour reports an honour or style that is a title before a name: "Sir",
// "Dame", "Lord", "Rev.", "Hon.", "Prof.", an engineer's "Eng.", a
// culture's styles of respect ("Aunty", "Ratu", "Alhaji") and religious
// ones ("Sheikh", "Father") (not a courtesy form: "Mr", "Dr.", nor an
// advocate's "Adv.").
func honour(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "reverend", "hon", "honourable", "honorable", "prof", "rt", "amb", "h.e", "excellency",
		"eng", "cllr", "aunty", "auntie", "uncle", "ratu", "alhaji", "alhaja", "hajia", "sheikh", "rabbi", "imam", "father", "sister", "brother":
		return true
	}
	return false
}

// postLetters reports the letters of an honour, a fellowship, a degree
// or a seat after a name: "FRCS", "OBE", "MP", "PhD".
func postLetters(w string) bool {
	return len(w) >= 2 && strings.Trim(w, "IVX") != "" && entities.IsPostNominal(w)
}

// predicateWords open a sentence's predicate after a subject set off by
// commas, never an appositive.
var predicateWords = toSet("will would shall should can could may might must has have had is was are were does did")

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
		if c == i || !entities.IsTitleWord(toks[c-1].Text) || entities.IsTitleWord(toks[e.Tokens.End-1].Text) {
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

func isArticle(w string) bool {
	return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The"
}

// closeParen returns the index after the ")" matching the "(" at k, or 0.
func closeParen(toks []entities.Token, k, end int) int {
	for j := k + 1; j < end && j < k+12; j++ {
		if toks[j].Is(")") {
			return j + 1
		}
		if toks[j].Is("(") {
			return 0
		}
	}
	return 0
}

// segmentEnd returns the end of an appositive segment starting at k: the
// next comma, semicolon, colon, dash or quotation mark outside
// parentheses, or the sentence end.
func segmentEnd(toks []entities.Token, k, end int) int {
	depth := 0
	for j := k; j < end; j++ {
		t := &toks[j]
		switch {
		case t.Is("("):
			depth++
		case t.Is(")"):
			depth--
		case depth > 0:
		case t.Is(",") || t.Is(";") || t.Is(":") || t.Is("—") || t.Is("–") || t.Kind == entities.QuoteMark:
			return j
		case t.Is(".") || t.Is("!") || t.Is("?"):
			return j
		}
	}
	return end
}

// titleish reports whether tokens [i, end) read as a role: a title word
// among their first words, and no relative pronoun or verb of saying.
func (t *Tracker) titleish(i, end int) bool {
	if end <= i || end-i > 40 {
		return false
	}
	toks := t.a.Tokens
	found := false
	for j := i; j < end && j < i+6; j++ {
		if w := toks[j].Text; j > i && j+1 < end && toks[j].IsLower() && strings.HasSuffix(w, "ed") && !entities.IsTitleModifier(w) && (isArticle(toks[j+1].Text) || toks[j+1].Is("over")) {
			return false // a predicate before any title: "…, this Wednesday presided over the official launch"
		}
		if n, _ := entities.TitleAt(toks, j); n > 0 {
			found = true
			break
		}
		if toks[j].Kind != entities.Word && toks[j].Kind != entities.Possessive {
			break
		}
	}
	if !found {
		return false
	}
	if w := toks[i].Text; i+1 < end && toks[i].IsLower() && strings.HasSuffix(w, "ed") && !entities.IsTitleModifier(w) && isArticle(toks[i+1].Text) {
		return false // a predicate: "…, presented the Secretary-General's report"
	}
	var lb [32]byte
	for j := i; j < end; j++ {
		if toks[j].IsUpper() && len(toks[j].Text) > 1 {
			continue // an acronym: "WHO Regional Director"
		}
		switch string(entities.AppendLower(lb[:0], toks[j].Text)) {
		case "who", "which", "whose", "said", "says", "told", "is", "was", "has", "had":
			return false
		}
	}
	return true
}

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
			case t.isPersonToken(j - 1):
				// "Clinton’s campaign manager", "Clinton aide": a person as
				// a modifier, never a person listed before ("Kerry and ...").
				ok = j < k && (toks[j].Kind == entities.Possessive || entities.IsTitleWord(toks[j].Text) || entities.IsTitleModifier(toks[j].Text))
				if e := t.a.EntityAt(j - 1); ok && e.Tokens.First < j-1 && e.Tokens.First >= sentStart {
					j = e.Tokens.First + 1 // the whole name: "Palmerston North Mayor", not "North Mayor"
				}
			case tk.IsCap() || tk.IsUpper():
				ok = !stopCap(tk.Text, j-1 == sentStart) || t.a.EntityAt(j-1) != nil ||
					j-1 == sentStart && j < k && (toks[j].IsCap() || toks[j].Kind == entities.Number) && !openerWords[lw] || // "Road Safety Minister Jane Roe said", "Transport Secretary Jane Roe said", "District 3 engineer Jane Roe said"
					j-1 == sentStart && j+1 < k && toks[j].Is("and") && toks[j+1].IsCap() && !openerWords[lw] && !personalPronouns[lw] && !weekday(tk.Text) || // "Police and Crime Commissioner Jane Roe said"
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
			case j < k && tk.IsLower() && (entities.CommonWord(tk.Text) || adjectiveShape(lw) && entities.IsTitleWord(toks[j].Text)) && !chainStop(lw) && lowerToTitle(toks, j, k):
				ok = true // nouns before a title's head: "study leader", "community college student"
			case tk.IsLower() && entities.CommonWord(tk.Text) && !chainStop(lw) && t.fieldOfTitle(j-1, sentStart):
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
			if tk.Is(",") && j < k && toks[j].IsCap() && j-2 > sentStart && toks[j-2].IsCap() && !t.isPersonToken(j-2) && andBefore(toks, j, k) {
				ok = true // the items of a title's field: "Minister of Trade, Industry and Fisheries Jane Roe"
			}
			if tk.Is(")") {
				// a body's acronym or a title's region in parentheses:
				// "Country Hospitals Authority (CHA) chief executive Jane
				// Roe", "Vice-President for Operations (South Asia) Ms. Jane Roe"
				o := j - 2
				for o > sentStart && o > j-5 && !toks[o].Is("(") && (toks[o].IsCap() || toks[o].IsUpper()) {
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
	hasTitle := false
	for x := j; x < k; x++ {
		if n, _ := entities.TitleAt(toks, x); n > 0 {
			hasTitle = true
			break
		}
	}
	if !hasTitle {
		return k
	}
	return j
}

// parenAffiliation returns the body named after a name and a comma inside
// parentheses, as a call's transcript names who asks: "Q (Jane Roe,
// Kelvale Lachance Securities):" gives "Kelvale Lachance Securities".
func (t *Tracker) parenAffiliation(e *entities.Entity, end int) (orgCand, bool) {
	toks := t.a.Tokens
	f, k := e.Tokens.First, e.Tokens.End
	if f == 0 || !toks[f-1].Is("(") || k+2 >= end || !toks[k].Is(",") {
		return orgCand{}, false
	}
	c := k + 1
	for c < end && c < k+9 && toks[c].Kind == entities.Word && (toks[c].IsCap() || toks[c].IsUpper() || chainConnector[toks[c].Text]) {
		c++
	}
	if c == k+1 || c >= end || !toks[c].Is(")") {
		return orgCand{}, false
	}
	if o := t.a.EntityAt(k + 1); o != nil && o.Kind == entities.Organization && o.Tokens.First == k+1 && o.Tokens.End == c {
		return orgCand{first: k + 1, end: c, e: o}, true
	}
	if t.namesPerson(k+1, c) && c-k-1 < 3 {
		return orgCand{}, false // "(Jane Roe, John Doe)": two people
	}
	return orgCand{first: k + 1, end: c}, true
}

// laterRole returns where a relative clause at i states a post: at "who"
// when its verb does ("who chairs the Board"), else at an "and" that
// joins a second verb that does ("who was diagnosed in 2023 and chairs
// the panel of Kelvale Advocates"); i when none.
func (t *Tracker) laterRole(i, end int) int {
	toks := t.a.Tokens
	postVerb := func(w string) bool { return roleVerbs[w] || runsVerbs[w] || worksVerbs[w] }
	if i+1 >= end || !toks[i].Is("who") || postVerb(toks[i+1].Text) {
		return i
	}
	for x := i + 2; x+1 < end && x < i+14; x++ {
		if toks[x].Is("and") && postVerb(toks[x+1].Text) {
			return x
		}
	}
	return i
}

// andBefore reports "and" among the capitalized words from j up to k:
// the last item of a list that a comma at j-1 continues.
func andBefore(toks []entities.Token, j, k int) bool {
	for x := j; x < k; x++ {
		switch {
		case toks[x].Is("and"):
			return true
		case !toks[x].IsCap():
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
		"be", "been", "who", "that", "which", "when", "while", "if", "not", "also", "then", "now", "new", "our", "their",
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
// Ambassador Jane Roe" is all hers.
func (t *Tracker) ownChain(c, first int) int {
	toks := t.a.Tokens
	for x := first - 2; x > c; x-- {
		if !(toks[x].Is("to") || toks[x].Is("for")) || isArticle(toks[x+1].Text) {
			continue
		}
		for y := x + 1; y < first; y++ {
			if n, _ := entities.TitleAt(toks, y); n > 0 {
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
		if (w.Is("on") || w.Is("for") || w.Is("of")) && entities.IsTitleWord(toks[j-1].Text) {
			return true
		}
		if w.Kind != entities.Word || !w.IsLower() || chainStop(strings.ToLower(w.Text)) {
			return false
		}
	}
	return false
}

var chainConnector = map[string]bool{"of": true, "the": true, "and": true, "to": true, "at": true, "for": true, "in": true, "on": true, "&": true}

// stopCap reports capitalized words that never belong to a title chain:
// function words and sentence-initial common words ("Opening", "But").
// openerWords open a sentence before a title without being part of it:
// "Today Health Minister Jane Roe said".
var openerWords = toSet(`today yesterday tonight now earlier later recently separately finally additionally similarly currently previously
there here thus still yet so instead`)

func stopCap(w string, sentenceStart bool) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "but", "and", "in", "on", "at", "as", "when", "while", "after", "before", "if", "then", "meanwhile", "however", "also", "said", "says":
		return true
	}
	return sentenceStart && entities.CommonWord(w) && !entities.IsTitleWord(w) && !entities.IsTitleModifier(w) && !entities.ProperWord(w)
}

func (t *Tracker) isPersonToken(i int) bool {
	e := t.a.EntityAt(i)
	return e != nil && e.Kind == entities.Person
}

// addTitles splits tokens [i, end) into titles at commas and at "and"
// before a new title, and records them.
func (t *Tracker) addTitles(p *Speaker, i, end int) {
	toks := t.a.Tokens
	start := i
	depth := 0
	flush := func(e int) {
		for start < e && (toks[start].Is(",") || toks[start].Is("and")) {
			start++
		}
		for e > start && (toks[e-1].Is(",") || toks[e-1].Is("and")) {
			e--
		}
		if e > start {
			t.addTitle(p, start, e)
		}
		start = e
	}
	for j := i; j < end; j++ {
		switch {
		case toks[j].Is("("):
			depth++
		case toks[j].Is(")"):
			depth--
		case depth > 0:
		case toks[j].Is(",") && t.capitalItems(j+1, end) && fieldBefore(toks, start, j):
			// the rest of a field's list: "Vice-President for Agriculture,
			// Human and Social Development"
		case toks[j].Is(","):
			flush(j)
		case toks[j].Is("and") && j+1 < end && startsTitle(toks, j+1, end) && !untitledCaps(toks, start, j, end) && !headlessBefore(toks, start, j):
			flush(j) // (not after capitalized words that hold no title: "Police and Crime Commissioner" is one post)
		}
	}
	flush(end)
}

// headlessBefore reports words [i, j) before "and" that end in no title
// and hold no preposition: "Chief Legal" of "Chief Legal and Risk
// Officer", one post that shares its head (not "Minister of Health" of
// "Minister of Health and Minister of Finance", two).
func headlessBefore(toks []entities.Token, i, j int) bool {
	for i < j && (toks[i].Is(",") || toks[i].Is("and")) {
		i++
	}
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].IsLower() || toks[k].Kind != entities.Word {
			return false
		}
	}
	w := toks[j-1].Text
	return !entities.IsTitleWord(w) && !isHonorific(w) // (a modifier needs the head after "and": "Chief Legal and Risk Officer")
}

// untitledCaps reports capitalized words in [i, j) none of which is a
// title word, a pronoun or a day, and capitalized words from j+1 to end:
// "Police" and "Crime Commissioner" of "Police and Crime Commissioner",
// one post.
func untitledCaps(toks []entities.Token, i, j, end int) bool {
	for k := i; k < j; k++ {
		w := toks[k].Text
		if !toks[k].IsCap() || entities.IsTitleWord(w) || entities.IsTitleModifier(w) || personalPronouns[strings.ToLower(w)] || weekday(w) {
			return false
		}
	}
	for k := j + 1; k < end; k++ {
		if !toks[k].IsCap() {
			return false
		}
	}
	return i < j && j+1 < end && !entities.IsTitleWord(toks[j+1].Text) && !entities.IsTitleModifier(toks[j+1].Text) && !isHonorific(toks[j+1].Text)
}

// personalPronouns are the subject pronouns.
var personalPronouns = toSet(`i he she we they it you`)

// weekday reports a day's name.
func weekday(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// fieldBefore reports "for" or "of" after a title word in [i, j): the
// field of a title.
func fieldBefore(toks []entities.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if (toks[k].Is("for") || toks[k].Is("of")) && entities.IsTitleWord(toks[k-1].Text) {
			return true
		}
	}
	return false
}

// startsTitle reports whether a title begins at token j: "former Foreign
// Minister", "Permanent Representative", "a spokeswoman", "the study's
// senior author".
func startsTitle(toks []entities.Token, j, end int) bool {
	if j+3 < end && isArticle(toks[j].Text) && toks[j+2].Kind == entities.Possessive {
		j += 3 // "the study's senior author"
	}
	for k := j; k < end && k < j+4; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return true
		}
		w := toks[k].Text
		if !(entities.IsTitleModifier(w) || isArticle(w) || toks[k].IsCap() || k > j && toks[k].IsLower() && toks[k].Kind == entities.Word) {
			return false // (lower-case words after the first: "a final-year nursing student")
		}
	}
	return false
}

func (t *Tracker) addTitle(p *Speaker, i, end int) {
	toks := t.a.Tokens
	sp := entities.Span{Start: toks[i].Start, End: toks[end-1].End}
	for _, x := range t.titleOf[p] {
		if strings.EqualFold(x.In(t.text), sp.In(t.text)) {
			return
		}
	}
	former := false
	for k := i; k < end && k < i+3; k++ {
		for _, w := range [...]string{"former", "ex", "then", "erstwhile", "onetime", "one-time", "late"} {
			if toks[k].IsFold(w) {
				former = true
			}
		}
	}
	t.appendTitle(p, title{Span: sp, first: i, end: end, former: former})
	if p.Gender == entities.UnknownGender {
		for k := i; k < end; k++ {
			if toks[k].Kind != entities.Word || t.a.EntityAt(k) != nil {
				continue // a name, place or body says no gender
			}
			if _, g := entities.TitleAt(toks, k); g != entities.UnknownGender {
				p.Gender = g
			}
		}
	}
}

// speakingFor returns the body a participle aside after a name says the
// person speaks for: "speaking for the Kelvale Conference of Churches",
// "speaking on behalf of the Group of Friends".
func (t *Tracker) speakingFor(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if i+2 >= end || !toks[i].IsFold("speaking") {
		return orgCand{}, false
	}
	k := i + 1
	switch {
	case toks[k].Is("for"):
		k++
	case toks[k].Is("on") && k+2 < end && toks[k+1].Is("behalf") && toks[k+2].Is("of"):
		k += 3
	default:
		return orgCand{}, false
	}
	if k < end && toks[k].IsFold("the") {
		k++
	}
	if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Organization && e.Tokens.First == k && e.Tokens.End == end {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
	}
	return orgCand{}, false
}
