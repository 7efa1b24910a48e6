package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Pronouns: the antecedent of "he", "she", "they" and "it" among the
// speakers before them.

// resolvePronoun finds the antecedent of a subject pronoun: the latest
// compatible person (or, for "it" and "they", organization or group),
// preferring the current speaker over a person only mentioned in passing.
func (t *Tracker) resolvePronoun(w string, g entities.Gender, at int, m Mention) Resolution {
	switch w {
	case "he", "she":
		qOpen, qClose := t.quotationBefore(at)
		asideFrom := t.asideContent(at)
		best, bestPos := t.latest(at, 0, func(p *Speaker, pos int) bool {
			if k := t.a.TokenAt(pos); qOpen < k && k < qClose {
				return false // named inside the quotation the pronoun closes
			}
			if pos >= asideFrom {
				return false // named in what the aside reports: "Basins without such bodies, she added, saw …"
			}
			return p.Kind == Person && (p.Gender == entities.UnknownGender || p.Gender == g) && !t.opensQuotation(pos, at)
		})
		if best != nil && t.oblique(bestPos) {
			// "Liam Roe, a retired electrician from Townsville, … he said",
			// "Ann Roe of Green Bay, whose daughter Winona …, she said": a
			// name after a preposition or "whose" is not what the sentence
			// is about; the person before it in the sentence is.
			si := t.a.SentenceOf(t.a.TokenAt(bestPos))
			if si >= 0 {
				lo := t.a.Tokens[t.a.Sentences[si].Tokens.First].Start
				if p, pos := t.latest(bestPos, lo, func(p *Speaker, pos int) bool {
					return p != best && p.Kind == Person && (strings.Contains(p.Name, " ") && !t.afterArticle(pos) || t.subjectAt(pos)) && (p.Gender == entities.UnknownGender || p.Gender == g) && !t.oblique(pos) && !t.opensQuotation(pos, at)
				}); p != nil {
					best, bestPos = p, pos
				}
			}
		}
		if l := t.last; l != nil && best != nil && l != best && l.Kind == Person && (l.Gender == entities.UnknownGender || l.Gender == g) {
			if lp := t.lastPos(l, at); lp >= 0 && at-lp < 1500 && (!t.subjectAt(bestPos) || t.quoted(bestPos)) {
				best = l
			}
		}
		if ds, pos := t.personSubjectBefore(at); ds != nil && (best == nil || pos > bestPos || pos == bestPos && ds != best) { // (also the name a description gives, where the latest person stood before the last speaker replaced it)
			best = ds // "One paramedic based in Soweto, who asked not to be named, described …: “…,” he said"
		}
		if ts, pos := t.titleSubjectBefore(at); ts != nil && (best == nil || pos > bestPos) && (ts.Gender == entities.UnknownGender || ts.Gender == g) {
			best = ts // "Closing the ceremony, the Governor thanked …" over "“…,” she said"
		}
		if best == nil {
			return Resolution{}
		}
		if best.Gender == entities.UnknownGender {
			best.Gender = g
		}
		return Resolution{Speaker: best, Mention: m, Confidence: 0.7, Rule: "pronoun"}
	case "they", "it", "we":
		if w == "they" {
			// "MEPs denounce the attack. They call for …": the plural
			// subject of a sentence just before, whether or not it spoke.
			if gs, pos := t.groupSubjectBefore(at); gs != nil {
				if l := t.last; l == nil || l.Kind == Person || t.lastPos(l, at) < pos {
					return Resolution{Speaker: gs, Mention: m, Confidence: 0.5, Rule: "pronoun"}
				}
			}
		}
		if l := t.last; l != nil && l.Kind != Person && t.lastPos(l, at) >= 0 && at-t.lastPos(l, at) < 1500 {
			return Resolution{Speaker: l, Mention: m, Confidence: 0.5, Rule: "pronoun"}
		}
		if o := t.latestOrg(at, ""); o != nil {
			if k, l := t.a.TokenAt(at), t.last; w == "they" && k > 0 && t.a.Tokens[k-1].Kind == entities.QuoteMark && l != nil && l.Kind == Person && l.Organization.Name != "" && sameBody(l.Organization, Org{Name: o.Name}) {
				if lp := t.lastPos(l, at); lp >= 0 && at-lp < 600 && t.soleSubjectJustBefore(lp, k-1) {
					return Resolution{Speaker: l, Mention: m, Confidence: 0.5, Rule: "pronoun"} // a singular "they" after a quotation: the body is only the speaker's own, named in her title ("Tobi Roe, President of Kelvo SU, said …. “…,” they said."; not "The Chair and the Director … They also stated")
				}
			}
			return Resolution{Speaker: o, Mention: m, Confidence: 0.4, Rule: "pronoun"}
		}
	}
	return Resolution{}
}

// asideContent returns the byte offset where the sentence of a pronoun
// set off by a comma starts ("The plan, he said, would fail"): what the
// aside reports, whose names the pronoun cannot stand for ("Smith, he
// said, was wrong" is not Smith's word). With no such comma, it returns
// at itself.
func (t *Tracker) asideContent(at int) int {
	k := t.a.TokenAt(at)
	if k <= 0 || !t.a.Tokens[k-1].Is(",") {
		return at
	}
	if q, _ := t.quotationBefore(at); q >= 0 {
		return at // a comma after the closing guillemet of a quotation ends it, no aside: "« Prices will fall », he said"
	}
	si := t.a.SentenceOf(k)
	if si < 0 {
		return at
	}
	first := t.a.Sentences[si].Tokens.First
	for c := k - 2; c > first && c >= k-6; c-- {
		if t.a.Tokens[c].Is(",") {
			if entities.RelativeLead(t.a.Tokens, c+1, k-1) {
				return t.a.Tokens[c+1].Start // a relative clause only: "Jane Roe thanked the authors, many of whom, she said, …" (Jane Roe may be "she")
			}
			break
		}
	}
	return t.a.Tokens[first].Start
}

// obliquePrepositions put a name in a phrase that modifies another.
var obliquePrepositions = toSet(`from of in at near against with for by`)

// oblique reports a mention at byte offset pos after a preposition ("a
// retired electrician from Townsville") or in a "whose" phrase ("whose
// daughter Winona", "whose six-year-old son Lwazi", "whose son, Eli,"):
// no subject.
func (t *Tracker) oblique(pos int) bool {
	k := t.a.TokenAt(pos)
	toks := t.a.Tokens
	if k <= 0 || k >= len(toks) {
		return false
	}
	if obliquePrepositions[toks[k-1].Text] || k >= 2 && toks[k-1].Is("the") && obliquePrepositions[toks[k-2].Text] {
		return true // (also "arrived at the Adré border point")
	}
	if k >= 3 && toks[k-1].IsLower() && toks[k-1].Kind == entities.Word && toks[k-2].Is("the") && obliquePrepositions[toks[k-3].Text] {
		return true // a place a word the recognizer did not know names after "the" and a modifier: "in the lower Mekong"
	}
	if k >= 3 && toks[k-1].Kind == entities.Possessive && obliquePrepositions[toks[k-3].Text] {
		return true // a place named by a possessive: "near Cox's Bazar"
	}
	if k >= 3 && toks[k-2].Is("the") && obliquePrepositions[toks[k-3].Text] && toks[k-1].Kind == entities.Word && (toks[k-1].IsUpper() || toks[k-1].IsCap()) {
		return true // a body's name the recognizer cut: "chair of the IF Metall workplace club"
	}
	if toks[k-1].Is(",") {
		// "Ann Roe, whose 19-year-old son, Eli, was killed": a name set
		// off after a "whose" phrase
		for j := k - 2; j >= 0 && j >= k-5 && (toks[j].Kind == entities.Word || toks[j].Kind == entities.Number) && !toks[j].IsCap() && !toks[j].IsUpper(); j-- {
			if toks[j].Is("whose") {
				return true
			}
		}
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].Is("whose") {
			return true // "whose son Lwazi", "whose six-year-old son Lwazi"
		}
		if !toks[j].IsLower() && toks[j].Kind != entities.Number && !toks[j].Is("-") {
			break
		}
	}
	return false
}

// afterArticle reports a mention at byte offset pos after "the" and at
// most one word in lower case: "the 212-kilometre Saint Aurel Route" names
// a thing, whatever the entity layer made of it.
func (t *Tracker) afterArticle(pos int) bool {
	k := t.a.TokenAt(pos)
	toks := t.a.Tokens
	return k >= 1 && toks[k-1].IsFold("the") || k >= 2 && toks[k-2].IsFold("the") && !toks[k-1].IsCap() && toks[k-1].Kind != entities.Punct
}

// opensQuotation reports a mention at byte offset pos that opens a
// quotation in the paragraph of the pronoun at offset at: in "‘Fishers
// should not have to sleep on their boats,’ he added" the speaker is not
// the one the quotation opens with.
func (t *Tracker) opensQuotation(pos, at int) bool {
	k := t.a.TokenAt(pos)
	toks := t.a.Tokens
	if k <= 0 || toks[k-1].Kind != entities.QuoteMark || toks[k].Space || !(toks[k-1].Space || toks[k-1].Newlines > 0 || k == 1) {
		return false // (a closing mark: "“…,” Jane Roe said")
	}
	si, sj := t.a.SentenceOf(k), t.a.SentenceOf(t.a.TokenAt(at))
	return si >= 0 && sj >= 0 && t.a.Sentences[si].Paragraph == t.a.Sentences[sj].Paragraph
}

// quoted reports a mention at byte offset pos inside a quotation opened
// before it on its line: in "“If Strider can pick there, it can pick
// anywhere,” Ann Roe said. “We learned a lot,” he added." the robot is
// spoken of, and the one who speaks on is the speaker before.
func (t *Tracker) quoted(pos int) bool {
	k := t.a.TokenAt(pos)
	toks := t.a.Tokens
	for j := k - 1; j >= 0 && j >= k-400 && toks[j+1].Newlines == 0; j-- {
		if toks[j].Kind == entities.QuoteMark {
			return !toks[j+1].Space && (j == 0 || toks[j].Space || toks[j].Newlines > 0)
		}
	}
	return false
}

// quotationBefore returns the tokens (open, close) of the quotation that
// closes right before the pronoun at byte offset at, or (-1, -1): in "“I
// wrote it at Ann's kitchen table,” he said" the speaker speaks of Ann,
// so a name inside it is not who "he" is.
func (t *Tracker) quotationBefore(at int) (open, close int) {
	toks := t.a.Tokens
	k := t.a.TokenAt(at) - 1
	comma := false
	if k > 1 && toks[k].Is(",") && toks[k-1].Is("»") {
		k, comma = k-1, true // the comma after the closing guillemet: "« Prices will fall », he said"
	}
	if k <= 0 || toks[k].Kind != entities.QuoteMark || toks[k].Space && !toks[k].Is("»") { // (a guillemet set off by a space, as French writes it)
		return -1, -1
	}
	for j := k - 1; j >= 0 && j >= k-400; j-- {
		if toks[j].Kind == entities.QuoteMark {
			if si := t.a.SentenceOf(j); comma && (si < 0 || t.a.Sentences[si].Tokens.First != j) {
				break // (a fragment the sentence quotes: "Countries were « doing their homework », he said")
			}
			return j, k
		}
		if toks[j].Newlines > 1 {
			break // (a quotation opens in its paragraph)
		}
	}
	return -1, -1
}

// groupSubjectBefore returns the group that opens one of the two
// sentences before byte offset at, or the one holding it, as its subject
// ("MEPs", "The ministers", "Many delegates"), and where it stands; nil
// when there is none.
func (t *Tracker) groupSubjectBefore(at int) (*Speaker, int) {
	toks := t.a.Tokens
	k := t.a.TokenAt(at)
	si := t.a.SentenceOf(k)
	for s := si; s >= 0 && s >= si-2; s-- {
		sent := &t.a.Sentences[s]
		f := sent.Tokens.First
		if s == si && f >= k {
			continue
		}
		i := f
		for i < sent.Tokens.End && i-f < 3 && toks[i].Kind == entities.Word && !groupNouns[strings.ToLower(toks[i].Text)] &&
			(isArticle(toks[i].Text) || entities.CommonWord(toks[i].Text) && !toks[i].IsLower() || toks[i].IsLower() && i > f) {
			i++ // "The", "Many", "Some senior"
		}
		if i < sent.Tokens.End && (s < si || i < k) && toks[i].Kind == entities.Word && groupNouns[strings.ToLower(toks[i].Text)] &&
			!(i+1 < sent.Tokens.End && toks[i+1].Kind == entities.Possessive) {
			m := Mention{Span: toks[i].Span, Text: toks[i].Text, Kind: DescriptorMention}
			return t.described(Group, i, i+1, m), toks[f].Start
		}
	}
	return nil, -1
}

// personSubjectBefore returns the person a description names as the
// subject that opens the sentence holding byte offset at, or one of the
// two before it in the same paragraph: "One paramedic based in Soweto",
// "A volunteer driver"; a number or an article, up to three words in
// lower case, and a noun for a person or a title in lower case. Nil when
// there is none.
func (t *Tracker) personSubjectBefore(at int) (*Speaker, int) {
	toks := t.a.Tokens
	k := t.a.TokenAt(at)
	si := t.a.SentenceOf(k)
	qOpen, qClose := t.quotationBefore(at)
	for s := si; s >= 0 && s >= si-2; s-- {
		sent := &t.a.Sentences[s]
		if sent.Paragraph != t.a.Sentences[si].Paragraph {
			break
		}
		f := sent.Tokens.First
		if qOpen < f && f < qClose {
			continue // a sentence of the quotation the pronoun closes: "“… A nurse from Kelvo should …,” he said"
		}
		if !(toks[f].Is("One") || toks[f].Is("A") || toks[f].Is("An")) {
			continue
		}
		for h := f + 1; h < sent.Tokens.End && h <= f+4 && (s < si || h < k); h++ {
			tk := &toks[h]
			if strings.HasSuffix(tk.Text, "-year-old") {
				continue // an age: "A 15-year-old digger"
			}
			if tk.Kind != entities.Word || !tk.IsLower() {
				break
			}
			if w := tk.Text; personNouns[w] && w != "one" || entities.IsTitleWord(w) {
				if p, pos := t.identifiedAs(h+1, sent.Tokens.End); p != nil {
					if len(p.Titles) == 0 {
						giveTitle(p, w) // the description's noun: "digger"
					}
					return p, pos // "A 15-year-old digger, identified in the report only as Kelvo, described …": Kelvo
				}
				m := Mention{Span: entities.Span{Start: toks[f].Start, End: tk.End}, Kind: DescriptorMention}
				m.Text = m.In(t.text)
				return t.described(Person, f, h+1, m), toks[f].Start
			}
		}
	}
	return nil, -1
}

// titleSubjectBefore returns the person a bare title stands for ("the
// Governor") where it is the subject of the sentence right before the one
// that holds byte offset at, after any opening phrase ("Closing the
// ceremony, the Governor thanked …"), with the title's offset; nil when
// that sentence's subject is no such title.
func (t *Tracker) titleSubjectBefore(at int) (*Speaker, int) {
	toks := t.a.Tokens
	k := t.a.TokenAt(at)
	if qOpen, _ := t.quotationBefore(at); qOpen >= 0 && qOpen < k {
		k = qOpen // the sentence before the quotation the pronoun closes
	}
	si := t.a.SentenceOf(k)
	if si < 1 {
		return nil, -1
	}
	sent := &t.a.Sentences[si-1]
	f := t.afterOpener(sent.Tokens.First, sent.Tokens.End)
	h := f + 1
	if h+2 < sent.Tokens.End && toks[h].IsUpper() && len(toks[h].Text) >= 2 && toks[h+1].IsCap() && toks[h+2].IsLower() {
		h++ // a body's letters before the title: "The UN Coordinator appealed …"
	}
	if h+1 >= sent.Tokens.End || !toks[f].IsFold("the") || !toks[h].IsCap() || !toks[h+1].IsLower() || toks[h+1].Kind != entities.Word {
		return nil, -1
	}
	if n, _ := entities.TitleAt(toks, h); n != 1 || t.a.EntityAt(h) != nil {
		return nil, -1
	}
	if p := t.byTitle(toks[h].Text, "", toks[h].Start); p != nil && (h == f+1 || titleHolds(p, toks[f+1].Text)) {
		return p, toks[h].Start
	}
	return nil, -1
}

// titleHolds reports a title of p that holds the body's letters w or the
// words they stand for: "UN" in "United Nations Resident Coordinator" or
// "UN Resident Coordinator".
func titleHolds(p *Speaker, w string) bool {
	for _, ti := range p.Titles {
		if strings.Contains(ti, w) || strings.Contains(entities.Initials(ti), w) {
			return true
		}
	}
	return false
}

// subjectAt reports whether the mention at byte offset off starts its
// sentence, where subjects stand.
func (t *Tracker) subjectAt(off int) bool {
	if off < 0 {
		return false
	}
	k := t.a.TokenAt(off)
	si := t.a.SentenceOf(k)
	if si < 0 {
		return false
	}
	first := t.a.Sentences[si].Tokens.First
	first = t.afterOpener(first, k)
	if e := t.a.EntityAt(first); e != nil && e.Kind == entities.Person && e.Tokens.First == first && e.Start != off && e.Tokens.End < k && t.a.Tokens[e.Tokens.End].Is(",") {
		return false // another person opens the sentence, set off: "Jane Roe, Secretary for Humanitarian Affairs, said"
	}
	first, ok := t.titledRunTo(first, k, off)
	if ok || lowerDescription(t.a.Tokens, first, k) {
		return true
	}
	if c := descriptionEnd(t.a.Tokens, first, k); c > 0 && isArticle(t.a.Tokens[t.a.Sentences[si].Tokens.First].Text) && (t.a.Tokens[k-1].Is(",") || isHonorific(t.a.Tokens[k-1].Text)) {
		// A description set off before a title and the name: "The host
		// of the session, the Deputy Minister of Fisheries, Mr. Jane Roe,
		// welcomed delegates."
		if c+1 < k && t.a.Tokens[c+1].IsFold("the") {
			c++
		}
		if x, ok := t.titledRunTo(c+1, k, off); ok || x == k {
			return true
		}
	}
	if first < k && k-first <= 6 && t.a.Tokens[k-1].Is(",") {
		// A description set off before the name: "The victim's daughter,
		// Jane Roe, spoke briefly."
		for x := first; x < k-1; x++ {
			if tk := &t.a.Tokens[x]; tk.Kind != entities.Word && tk.Kind != entities.Possessive {
				return false
			}
		}
		return true
	}
	v := k - 1
	if v > first && isHonorific(t.a.Tokens[v].Text) && t.a.Tokens[t.a.Sentences[si].Tokens.First].Is("Among") {
		v-- // (after her style, in a sentence "Among" opens: "Among the patients was Smt. Jane Roe, 58, …"; not "Her predecessor was Dr. John Rao")
	}
	if toks := t.a.Tokens; v > first && (toks[v].Is("is") || toks[v].Is("was")) {
		// A person a fronted predicate introduces is what the sentence is
		// about: "Among the traders using the app is Jane Roe, a grocer in
		// Kelvo."
		if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k && e.Tokens.End < len(toks) && (toks[e.Tokens.End].Is(",") || toks[e.Tokens.End].Is(".")) {
			return true
		}
	}
	return first == k
}

// inCapitalRun reports whether token i, before token k, is a lower-case
// connector inside a capitalized name, between two capitalized words:
// "on" of "the Kelvo Network on Water Justice", "and" of "Ministry of
// Water and Sanitation".
func (t *Tracker) inCapitalRun(i, k int) bool {
	toks := t.a.Tokens
	if i == 0 || i+1 >= k || !toks[i-1].IsCap() || !toks[i+1].IsCap() {
		return false
	}
	switch toks[i].Text {
	case "on", "of", "for", "and", "the", "in", "de", "&":
		return true
	}
	return false
}

// openerLeads are the first words of a sentence's opening adverbial,
// capitalized, before the comma that ends it.
var openerLeads = toSet(`In On At After Before During Following Addressing Responding Speaking Opening Closing Introducing Turning Welcoming`)

// afterOpener returns the token after the comma that closes an opening
// adverbial at first, before token k ("Speaking in her national capacity,
// the Council President, Jane Roe (Ruritania), turned to …"), or first
// when there is none.
func (t *Tracker) afterOpener(first, k int) int {
	toks := t.a.Tokens
	if first >= k || toks[first].Kind != entities.Word || !openerLeads[toks[first].Text] && !participleOpener(toks, first, k) {
		return first
	}
	for c := first + 1; c < k && c < first+12; c++ {
		if toks[c].Is(",") {
			return t.locativeAfter(relativeAfter(toks, c+1, k), k)
		}
		if toks[c].Is("(") && c+3 < k && toks[c+2].Is(")") && toks[c+3].Is(",") && toks[c+1].IsUpper() && len(toks[c+1].Text) > 1 {
			if e := t.a.EntityAt(c - 1); e != nil && e.Kind == entities.Organization && e.Tokens.End == c {
				c += 2 // a body's letters that end the opener: "Speaking for the Kelvo States Council (KSC), …" (not "(pictured)", nor "In March the Council (KSC) named …")
				continue
			}
		}
		if toks[c].Kind != entities.Word && toks[c].Kind != entities.Possessive && toks[c].Kind != entities.Number {
			break
		}
	}
	return first
}

// locativeAfter returns the token after a second place set off after an
// opening adverbial at token i, before token k ("in Serra Talhada," of "In
// the community of Sítio Caroá, in Serra Talhada, goat farmer Jane Roe
// received …"), or i when there is none.
func (t *Tracker) locativeAfter(i, k int) int {
	toks := t.a.Tokens
	if i >= k || !(toks[i].Is("in") || toks[i].Is("near") || toks[i].Is("at")) {
		return i
	}
	for c := i + 1; c < k && c < i+8; c++ {
		switch {
		case toks[c].Is(","):
			return c + 1
		case toks[c].Kind != entities.Word:
			return i
		}
	}
	return i
}

// participleOpener reports a participle that opens the sentence at first
// with a lower-case word after it, an adverbial the lists lack:
// "Delivering the feature address, the Minister said" (not "According to
// Jane Roe, …", whose comma ends no opener but the source's name).
func participleOpener(toks []entities.Token, first, k int) bool {
	return first+1 < k && toks[first].IsCap() && entities.Gerund(toks[first].Text) && toks[first+1].Kind == entities.Word && toks[first+1].IsLower() && !toks[first+1].Is("to")
}

// relativeAfter returns the token after a relative clause set off at
// token i, before token k, that describes the place or time of an opening
// adverbial ("where volunteers restarted a heart in 2022," of "In
// Kelvale, where volunteers restarted a heart in 2022, Jane Roe now
// runs …"), or i when there is none.
func relativeAfter(toks []entities.Token, i, k int) int {
	if i >= k || !(toks[i].Is("where") || toks[i].Is("when")) {
		return i
	}
	for c := i + 1; c < k && c < i+30; c++ {
		switch {
		case toks[c].Is(","):
			return c + 1
		case toks[c].Kind == entities.QuoteMark || toks[c].Is(";") || toks[c].Is(":"):
			return i
		}
	}
	return i
}

// titledRunTo walks from first over the capitalized words, titles and
// their fields that may stand before the name at byte offset off (at
// token k) as its subject; it reports whether it reached the name, and
// where it stopped.
func (t *Tracker) titledRunTo(first, k, off int) (int, bool) {
	titled := false // a title opened the run: its field's words go on it ("The Member of Parliament for Binduri, Hon. Jane Roe, commended")
	for first < k && (t.a.Tokens[first].Kind != entities.Word || entities.IsTitleWord(t.a.Tokens[first].Text) ||
		entities.IsTitleModifier(t.a.Tokens[first].Text) || t.a.Tokens[first].IsCap() ||
		first > 0 && (t.a.Tokens[first].Is("of") || t.a.Tokens[first].Is("for")) && (entities.IsTitleWord(t.a.Tokens[first-1].Text) || titled && t.a.Tokens[first-1].IsCap()) || // (a title's field: "Zambia's Minister of Health, Hon. Jane Roe, welcomed")
		first > 1 && t.a.Tokens[first].Is("the") && (t.a.Tokens[first-1].Is("of") || t.a.Tokens[first-1].Is("for")) && entities.IsTitleWord(t.a.Tokens[first-2].Text) || // ("The Coordinator for the Sahel, Mr. Jane Roe, joined")
		titled && t.inCapitalRun(first, k)) { // ("The Director of the Kelvo Network on Water Justice, Mr. Jane Roe, welcomed")
		if e := t.a.EntityAt(first); e != nil && e.Start == off {
			return first, true
		}
		titled = titled || entities.IsTitleWord(t.a.Tokens[first].Text)
		first++
	}
	return first, false
}

// lowerDescription reports tokens [first, k) that are a few lower-case
// words ending in a title's word or a person's noun, what the name at k
// is: "community first responder" of "community first responder Jane Roe
// now runs the sessions".
func lowerDescription(toks []entities.Token, first, k int) bool {
	if first >= k || k-first > 4 {
		return false
	}
	for x := first; x < k; x++ {
		if toks[x].Kind != entities.Word || !toks[x].IsLower() || isArticle(toks[x].Text) {
			return false
		}
	}
	for x := first; x < k; x++ {
		if n, _ := entities.TitleAt(toks, x); x+n == k {
			return true
		}
	}
	return personNouns[toks[k-1].Text]
}

// descriptionEnd returns the comma that closes a short description of
// words alone from first, before token k ("host of the session," of "The
// host of the session, the Deputy Minister …"), or 0.
func descriptionEnd(toks []entities.Token, first, k int) int {
	for c := first; c < k && c < first+7; c++ {
		switch {
		case toks[c].Is(","):
			if c > first {
				return c
			}
			return 0
		case toks[c].Kind != entities.Word && toks[c].Kind != entities.Possessive:
			return 0
		}
	}
	return 0
}

// lastPos returns the byte offset of s's latest mention before at, or -1.
func (t *Tracker) lastPos(s *Speaker, at int) int {
	pos := t.positions[s]
	lo, hi := 0, len(pos)
	for lo < hi {
		m := (lo + hi) / 2
		if pos[m] < at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return -1
	}
	return pos[lo-1]
}

// latestPerson returns the named person last mentioned as a sentence's
// subject before at, if that mention is near.
func (t *Tracker) latestPerson(at int) *Speaker {
	best, bestPos := t.latest(at, at-1500, func(p *Speaker, pos int) bool {
		return p.Kind == Person && p.Family != "" && t.subjectAt(pos)
	})
	if best == nil || at-bestPos > 1500 {
		return nil
	}
	return best
}

// identifiedAfter returns the person a description [first, end) is
// identified as, in a clause set off after it and perhaps after a phrase
// that places her: "A Cambodian worker at the Klang plant, who asked to be
// identified only as Sokha, said …" is Sokha, and the description, without
// its article, her title where she has none ("29-year-old nurse from
// Ipoh", as the gold of earlier rounds writes it).
func (t *Tracker) identifiedAfter(first, end int) *Speaker {
	toks := t.a.Tokens
	si := t.a.SentenceOf(end - 1)
	if si < 0 {
		return nil
	}
	se := t.a.Sentences[si].Tokens.End
	for k := end; k < se && k < end+8; k++ {
		if toks[k].Is(",") {
			p, _ := t.identifiedAs(k, se)
			if p != nil && len(p.Titles) == 0 {
				giveTitle(p, t.text[toks[first+btoi(isArticle(toks[first].Text))].Start:toks[k-1].End])
			}
			return p
		}
		if toks[k].Kind != entities.Word && toks[k].Kind != entities.Possessive {
			return nil
		}
	}
	return nil
}

// identifiedAs returns the person a description set off from token k
// names by the name it gives: ", identified (in the report) only as Kelvo,",
// ", who asked to be identified only as Kelvo,", ", known only as Kelvo,";
// nil when the description names none. pos is where the name stands.
func (t *Tracker) identifiedAs(k, end int) (p *Speaker, pos int) {
	toks := t.a.Tokens
	if k >= end || !toks[k].Is(",") {
		return nil, -1
	}
	for j := k + 1; j+1 < end && j < k+12; j++ {
		if toks[j].Is(",") {
			return nil, -1
		}
		if !toks[j].Is("as") || !(toks[j-1].Is("only") || toks[j-1].Is("identified") || toks[j-1].Is("known") || toks[j-1].Is("named")) {
			continue
		}
		i := t.a.EntityIndex(j + 1)
		if i < 0 || t.a.Entities[i].Kind != entities.Person || t.a.Entities[i].Tokens.First != j+1 {
			return nil, -1
		}
		if t.byEntity[i] == nil {
			e := &t.a.Entities[i]
			p := t.person(e)
			t.byEntity[i] = p
			t.addMention(p, Mention{Span: e.Span, Text: e.Text, Kind: NameMention})
		}
		return t.byEntity[i], toks[j+1].Start
	}
	return nil, -1
}

// soleSubjectJustBefore reports a person's mention at byte offset pos in
// the sentence right before the quotation that closes at token c, with no
// other person joined to it by "and" ("Tobi Roe, President of Kelvo SU,
// and Vice President Sam Ode said"): a singular "they" after the
// quotation can be hers. Not where another sentence stands between
// ("Landlords disagreed. “…,” they said").
func (t *Tracker) soleSubjectJustBefore(pos, c int) bool {
	toks := t.a.Tokens
	o := c - 1
	for o > 0 && toks[o].Kind != entities.QuoteMark {
		o--
	}
	ps, qs := t.a.SentenceOf(t.a.TokenAt(pos)), t.a.SentenceOf(o)
	if ps < 0 || qs < 0 || qs-ps > 1 && !(qs-ps == 2 && toks[t.a.Sentences[qs-1].Tokens.First].Kind == entities.QuoteMark) {
		return false
	}
	sent := &t.a.Sentences[ps]
	for j := t.a.TokenAt(pos); j+1 < sent.Tokens.End; j++ {
		if !toks[j].Is("and") {
			continue
		}
		for x := j + 1; x < sent.Tokens.End && x <= j+4 && toks[x].IsCap(); x++ {
			if t.isPersonToken(x) {
				return false // "… and Vice President Sam Ode said"
			}
		}
	}
	return true
}
