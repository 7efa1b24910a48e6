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
	rank := -1
	if first > s.Tokens.First && toks[first-1].Kind == entities.Word {
		if g, ok := entities.Honorific(toks[first-1].Text); ok && toks[first-1].IsCap() {
			if p.Honorific == "" {
				p.Honorific = toks[first-1].Text
			}
			if entities.IsTitleWord(toks[first-1].Text) && strings.ToLower(toks[first-1].Text) != "dr" {
				rank = first - 1 // a rank that is also a post: "Professor", "Ambassador"
			}
			if p.Gender == entities.UnknownGender {
				p.Gender = g
			}
			first--
		}
	}
	if c := t.chainStart(first, s.Tokens.First); c < first && !s.TitleCase {
		t.addTitles(p, c, first) // (not in a headline, where every word is capitalized)
	}
	if b0, b1 := t.titleBefore(first, s.Tokens.First); b1 > b0 {
		t.addTitles(p, b0, b1) // "The Special Representative of the OSCE, Ambassador Jane Roe, said"
	}
	if rank >= 0 {
		t.addTitle(p, rank, rank+1)
	}
	k := e.Tokens.End
	if d0, d1 := t.copular(k, s.Tokens.End); d1 > d0 {
		t.addTitles(p, d0, d1) // "Jane Roe is currently a professor at Kelvale University."
		return
	}
	if k < s.Tokens.End && toks[k].Is("(") {
		if end := closeParen(toks, k, s.Tokens.End); end > 0 {
			t.addAffiliations(p, k+1, end-1)
			k = end
		}
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
	var lb [32]byte
	for j := i; j < end; j++ {
		switch string(entities.AppendLower(lb[:0], toks[j].Text)) {
		case "who", "which", "whose", "said", "says", "told", "is", "was", "has", "had":
			return false
		}
	}
	return true
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
			case tk.IsCap() || tk.IsUpper():
				ok = !stopCap(tk.Text, j-1 == sentStart) || t.a.EntityAt(j-1) != nil ||
					j-1 == sentStart && j < k && toks[j].IsCap() && !entities.IsTitleWord(toks[j].Text) && !openerWords[lw] || // "Road Safety Minister Jane Roe said"
					j < k && placeHead(toks[j].Text) && toks[j].IsCap() // "Cook County State’s Attorney"
			case entities.IsTitleWord(tk.Text) || entities.IsTitleModifier(tk.Text):
				ok = true
			case chainConnector[lw]:
				ok = j < k
			case j < k && tk.IsLower() && entities.IsTitleWord(toks[j].Text) && entities.CommonWord(tk.Text) && !chainStop(lw):
				ok = true // a noun before a title's head: "study leader", "staff scientist"
			}
			if !ok {
				if n, _ := entities.TitleAt(toks, j-1); n > 0 {
					ok = true
				}
			}
		case entities.Possessive, entities.Number:
			ok = j < k
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
		case toks[j].Is(","):
			flush(j)
		case toks[j].Is("and") && j+1 < end && startsTitle(toks, j+1, end):
			flush(j)
		}
	}
	flush(end)
}

// startsTitle reports whether a title begins at token j: "former Foreign
// Minister", "Permanent Representative", "a spokeswoman".
func startsTitle(toks []entities.Token, j, end int) bool {
	for k := j; k < end && k < j+4; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return true
		}
		w := toks[k].Text
		if !(entities.IsTitleModifier(w) || isArticle(w) || toks[k].IsCap()) {
			return false
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
