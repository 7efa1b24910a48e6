package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The shapes of the segments around a name that parseContext reads: degrees
// ("Jane Roe, MD, PhD,"), companions ("…, together with John Doe,"),
// descriptions ("…, an emergency physician at Kelvale Health,"), abbreviated
// roles ("GM at Zentrix"), a title's field after a comma ("Executive Vice
// President, Marketing & Strategy"), a definite title before the name ("The
// Special Representative …, Ambassador Jane Roe,") and what a person is said
// to be ("Roe is currently a professor at Kelvo University").

// abbreviatedTitle reports an appositive that opens with an abbreviated
// role in capitals before the body it serves: "GM at Zentrix", "SVP of
// Sales".
func (t *Tracker) abbreviatedTitle(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 3 || end-i > 10 || !toks[i].IsUpper() || len(toks[i].Text) < 2 || len(toks[i].Text) > 4 {
		return false
	}
	return toks[i+1].Is("at") || toks[i+1].Is("of") || toks[i+1].Is("for")
}

// qualifier reports a short run of capitalized common words with "&" or
// "and": the field of the title before it ("Marketing & Strategy",
// "Research and Development").
func (t *Tracker) qualifier(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 1 || end-i > 6 {
		return false
	}
	for k := i; k < end; k++ {
		tk := &toks[k]
		switch {
		case tk.Is("&") || tk.Is("and"):
		case k == end-1 && k > i && isNumeral(tk.Text): // a region's or a division's number: "Region 2"
		case k < end-1 && tk.IsUpper() && len(tk.Text) <= 4 && entities.Gerund(toks[end-1].Text) && !entities.SectorWord(toks[end-1].Text): // a sector's letters before its gerund: "SME Banking" (not a company's before its trade: "KPMG Consulting")
		case tk.Kind == entities.Word && tk.IsCap() && (entities.CommonWord(tk.Text) || entities.DerivedWord(tk.Text) || k < end-1 && entities.AdjectiveShape(tk.Text) && !entities.SectorWord(toks[end-1].Text)) && !entities.ProperWord(tk.Text) && !entities.PastInCaps(tk.Text) && !(t.isPersonToken(k) && t.a.EntityAt(k).Tokens.Len() > 1): // (an adjective's shape the lexicon lacks before a noun: "Indigenous Partnerships"; not a verb in capitals: "COMMENTED")
			if n, _ := entities.TitleAt(toks, k); n > 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// regionField reports a title's field before "at" that the recognizer
// read as a name: a region ("Managing Director, Asia-Pacific at Acme",
// "President, Europe at Acme") or common words it took for a person's
// name ("Executive Vice President, International Markets at Acme") or
// left untaken ("…, Corporate Banking at Acme").
func (t *Tracker) regionField(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 1 || end-i > 4 {
		return false
	}
	if e := t.a.EntityAt(i); e != nil && e.Tokens.First == i && e.Tokens.End == end {
		switch e.Kind {
		case entities.Place:
			return true
		case entities.Person:
			for k := i; k < end; k++ {
				if !entities.CommonWord(toks[k].Text) || entities.ProperWord(toks[k].Text) {
					return false
				}
			}
			return true
		}
	}
	for k := i; k < end; k++ {
		if !toks[k].IsCap() || t.a.EntityAt(k) != nil || !(entities.CommonWord(toks[k].Text) || entities.DerivedWord(toks[k].Text)) || entities.ProperWord(toks[k].Text) {
			return false
		}
	}
	return true // capitalized common words no entity holds: "Executive Vice President, Corporate Banking at Acme"
}

// regionEndsField reports a region [i, end) after a title's comma that is
// the title's territory by what follows it: ", at" and the body ("Managing
// Director, Asia-Pacific, at Acme"), or, a region no country, another
// capitalized segment ("Senior Vice President, Europe, Kelvo Cells K.K."),
// the end of the appositive ("…, Vice President, South America.",
// "…, Executive Vice-President, Personal Banking.") or the verb after it
// ("…, South America, said").
func (t *Tracker) regionEndsField(i, end, sentEnd int) bool {
	toks := t.a.Tokens
	if end+1 < sentEnd && toks[end].Is(",") && toks[end+1].Is("at") {
		return true
	}
	if !t.regionNotCountry(i, end) && !t.commonWordsName(i, end) {
		return false
	}
	return end == sentEnd || toks[end].Kind == entities.Punct && !toks[end].Is(",") ||
		toks[end].Is(",") && end+1 < sentEnd && (toks[end+1].IsCap() || toks[end+1].IsLower())
}

// fieldBeforeBody reports a title's field [i, end) set off by commas
// before the body the title serves: "Managing Executive Officer, Asia
// Business, Kelvo Thermal Systems" and "Executive Director, Infrastructure
// Finance, Kelby Finance Corporation" name the post's unit, then its body.
// The field is one to four capitalized words, common nouns (which the
// recognizer may have read as a name) or a region, that hold no title or
// body's head; the next segment is a body: a
// name the recognizer read as an organization, whole, or a run of
// capitals shaped like one.
func (t *Tracker) fieldBeforeBody(i, end, sentEnd int) bool {
	toks := t.a.Tokens
	if end-i < 1 || end-i > 4 || end+1 >= sentEnd || !toks[end].Is(",") {
		return false
	}
	for k := i; k < end; k++ {
		tk := &toks[k]
		if tk.Is("&") || tk.Is("and") && k > i {
			continue
		}
		if tk.Kind != entities.Word || !tk.IsCap() {
			return false
		}
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return false
		}
		if head, _ := entities.OrgHead(tk.Text); head || isCorpSuffix(tk.Text) {
			return false
		}
		e := t.a.EntityAt(k)
		switch {
		case e != nil && e.Kind == entities.Place && !isCountry(e) && !stateForm[toks[e.Tokens.First].Text]:
		case (entities.CommonWord(tk.Text) && !entities.ProperWord(tk.Text) || entities.FieldNoun(tk.Text)) && (e == nil || e.Kind == entities.Person):
		default:
			return false
		}
	}
	b := end + 1
	be := segmentEnd(toks, b, sentEnd)
	if be+1 < sentEnd && toks[be].Is(",") && isCorpSuffix(toks[be+1].Text) {
		be += 2 // "Kelvo Thermal Systems, Inc."
	}
	if be <= b {
		return false
	}
	if e := t.a.EntityAt(b); e != nil && e.Kind == entities.Organization && e.Tokens.First == b && e.Tokens.End == be {
		return true
	}
	return t.capRunOrg(b, be) == be && t.orgShaped(b, be)
}

// commonWordsName reports a name [i, end) the recognizer read as a
// person's that is all common words and that the text gives nowhere else:
// a title's field set off after it ("Executive Vice-President, Personal
// Banking"), not a body named in common words that a list of members names
// too ("Director, Cycle Forward").
func (t *Tracker) commonWordsName(i, end int) bool {
	e := t.a.EntityAt(i)
	return e != nil && e.Kind == entities.Person && e.Tokens.First == i && e.Tokens.End == end && t.regionField(i, end) &&
		strings.Count(t.a.Text, e.Text) == 1
}

// regionNotCountry reports a place [i, end) that is no country: a
// region a post covers ("Europe", "Asia-Pacific"), where a country after a
// title may be the state the person speaks for.
func (t *Tracker) regionNotCountry(i, end int) bool {
	e := t.a.EntityAt(i)
	return e != nil && e.Tokens.First == i && e.Tokens.End == end && e.Kind == entities.Place && !isCountry(e) && !stateForm[t.a.Tokens[i].Text] // (nor "Republic of Cabo Verde")
}

// fieldList returns where the rest of a field's list ends, after a title
// that ends in its first item: an academic rank's field ("Professor of
// Hand, Plastic and Reconstructive Surgery"), a post's ("Minister of
// Transport, Communications and Works of Cyprus", "Regional Chief of Water,
// Sanitation and Hygiene for Eastern and Southern Africa") or a portfolio ("Commissioner
// for Agriculture, Rural Development, Blue Economy and Sustainable
// Environment of the African Union Commission", "Vice-President for
// Agriculture, Human and Social Development at the Bank", "Assistant
// Secretary-General for Europe, Central Asia and the Americas in the
// Department of Peace Operations"). The items from token i are capitalized
// words between commas, up to the one with "and" (and perhaps an article
// after it), which may end in the body or region the title serves ("of
// …", "at …", "for …", "in the …"); never a list of people. 0 when there
// is no such list.
func (t *Tracker) fieldList(tl title, i, end int) int {
	toks := t.a.Tokens
	field := -1
	for k := tl.first; k+1 < tl.end; k++ {
		if (toks[k+1].Is("of") || toks[k+1].Is("for")) && (entities.IsTitleWord(toks[k].Text) || toks[k].Is(")") && k-3 >= tl.first && toks[k-2].Is("(") && entities.IsTitleWord(toks[k-3].Text)) {
			field = k + 2 // (also after the post's letters: "Member (CECM) for Agriculture, Livestock and Fisheries")
		}
	}
	if field >= 0 {
		field = afterStateRank(toks, field, tl.end) // "Minister of State for Fisheries, Animal Husbandry and Dairying"
	}
	if field >= 0 && field < tl.end-1 && toks[field].Is("the") {
		field++ // "High Representative for the Least Developed Countries, Landlocked …"
	}
	if field < 0 || tl.end-field < 1 || tl.end-field > 3 {
		return 0 // (the field is the title's last words: "Professor of Hand")
	}
	unitField := false // a unit's fields: "Dean of the Faculty of Medicine, Nursing and Health Sciences"
	for k := field; k < tl.end; k++ {
		if k == field+1 && toks[k].Is("of") && unitHeadWord(toks[field].Text) {
			unitField = true
			continue
		}
		if !toks[k].IsCap() {
			return 0
		}
	}
	items := 0
	for k := i; k < end && items < 6; {
		// one item: capitalized words, perhaps "and" and more of them
		and, st := false, k
		for ; k < end; k++ {
			tk := &toks[k]
			if tk.Is("and") || tk.Is("&") {
				and = true
				continue
			}
			if and && k > st && (toks[k-1].Is("and") || toks[k-1].Is("&")) && (tk.Is("a") || tk.Is("an") || tk.Is("the")) && k+1 < end && toks[k+1].IsCap() {
				continue // "… and a Competitive Circular Economy", "… and the Americas"
			}
			if tk.Kind != entities.Word || !tk.IsCap() {
				break
			}
			if n, _ := entities.TitleAt(toks, k); n > 0 {
				return 0
			}
		}
		if k == st {
			return 0
		}
		if unitField && isOrgHead(toks[k-1].Text) {
			return 0 // bodies, no fields: "Dean of the Faculty of Medicine, Marrow Hospital and Kelvo University"
		}
		items++
		if and {
			if t.namesPerson(st, k) {
				return 0 // a list of people, not of fields
			}
			if k < end && (toks[k].Is("of") || toks[k].Is("at") || toks[k].Is("for") || toks[k].Is("in") && k+1 < end && toks[k+1].Is("the")) {
				// the body after the list's last item
				for k++; k < end && (toks[k].Kind == entities.Word && (toks[k].IsCap() || toks[k].IsUpper() || toks[k].Is("the") || toks[k].Is("of") || toks[k].Is("and"))); k++ {
				}
				if k+2 < end && toks[k].Is("(") && toks[k+1].IsUpper() && toks[k+2].Is(")") {
					k += 3 // its acronym: "… of the Kelvo Community (KC)"
				}
			}
			if k < end && !toks[k].Is(",") && !(k == end-1 && toks[k].Kind == entities.Punct) {
				return 0 // (the list may end the sentence: "Country Director for Bolivia, Chile, Ecuador and Peru.")
			}
			return k
		}
		if k >= end || !toks[k].Is(",") {
			return 0
		}
		k++ // past the comma to the next item
	}
	return 0
}

// lowerField reports a field in lower case after a title, with the body
// the title serves at its end or none: "market development engineering at
// Acme Robotics" in "Jane Roe, vice president, market development
// engineering at Acme Robotics, said". Its words are common nouns: no
// article, pronoun, verb of saying or participle in -ed.
func (t *Tracker) lowerField(i, end int) bool {
	toks := t.a.Tokens
	n := 0
	for k := i; k < end; k++ {
		tk := &toks[k]
		w := strings.ToLower(tk.Text)
		if n > 0 && (w == "at" || w == "of" || w == "for") && tk.IsLower() {
			return k+1 < end && toks[k+1].IsCap() && (t.capRunOrg(k+1, end) == end || isArticle(toks[k+1].Text) && t.capRunOrg(k+2, end) == end)
		}
		if tk.Is("&") || w == "and" && n > 0 {
			continue
		}
		if tk.Kind != entities.Word || !tk.IsLower() || !entities.CommonWord(w) || fieldStop[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
			return false
		}
		if n++; n > 5 {
			return false
		}
	}
	return n > 0
}

// qualifierAt reports a qualifier in capitals after a title, with the
// body the title serves after "at": "Procurement at Hanseo Cell Materials"
// in "Jane Roe, Senior Vice President, Procurement at Hanseo Cell
// Materials, said".
func (t *Tracker) qualifierAt(i, end int) bool {
	toks := t.a.Tokens
	for k := i + 1; k+1 < end; k++ {
		if toks[k].Is("at") {
			return (t.qualifier(i, k) || t.regionField(i, k)) && (t.capRunOrg(k+1, end) == end || isArticle(toks[k+1].Text) && t.capRunOrg(k+2, end) == end)
		}
	}
	return false
}

// fieldStop are the words that never make a title's field.
var fieldStop = toSet("a an the this that these those who which whose what when where said says told added noted " +
	"is was are were be been has had have will would could should can may might must did does do he she it they we i " +
	"you his her its their our my your him them us me not no also today yesterday here there")

// extendTitle makes the person's last title, which ends where the
// qualifier's comma is, run to token end.
func (t *Tracker) extendTitle(p *Speaker, end int) {
	toks := t.a.Tokens
	ts := t.titleOf[p]
	last := &ts[len(ts)-1]
	old := t.heldTitle(*last)
	last.end = end
	last.Span.End = toks[end-1].End
	t.noteTitleSpan(last.first, end)
	for i := len(p.Titles) - 1; i >= 0; i-- {
		if p.Titles[i] == old {
			p.Titles[i] = t.heldTitle(*last)
			return
		}
	}
}

// saidThePost reports a verb of saying, "the" and a capitalized post's word
// among tokens [i, end), with no comma between: "said the Chair of the
// Forum" before a second post set off (not a list of holders nor an
// opening adverbial: "Launching it at the Kelvo General Hospital, the
// Minister …").
func saidThePost(toks []entities.Token, i, end int) bool {
	for x := i; x+2 < end; x++ {
		if !(toks[x].Is("said") || toks[x].Is("says") || toks[x].Is("added")) || !toks[x+1].IsFold("the") {
			continue
		}
		for k := x + 2; k < end; k++ {
			if toks[k].Is(",") {
				return false
			}
			if toks[k].IsCap() && entities.IsTitleWord(toks[k].Text) {
				return true
			}
		}
	}
	return false
}

// titleBefore returns a title set off before a name by a comma, when
// it is a definite description: "The Special Representative of the
// Chairperson-in-Office in Ukraine (TCG), Ambassador Jane Roe, made the
// following statement", a body's ("Acme’s founder and managing director,
// Jane Roe, will join …"), or follows a verb of saying after a quotation:
// "“…,” said Acme founder and Chairman, Jane Roe.". k is the name (or its honorific); [0, 0) when
// there is none.
func (t *Tracker) titleBefore(k, sentStart int) (int, int) {
	toks := t.a.Tokens
	if k-4 >= sentStart && toks[k-1].Is("the") && toks[k-2].Is(",") && (isHonorific(toks[k].Text) || entities.RightStyle(toks[k].Text) || RightHonourable(toks, k)) {
		k-- // "Kelvania's Minister for Finance, the Hon. Jane Roe, said", "The Moderator of the Synod, the Very Rev. Jane Roe, said"
	}
	if k-3 < sentStart || !toks[k-1].Is(",") {
		return 0, 0
	}
	j, depth := k-2, 0
	segEnd := k - 1 // the comma that ends the segment after j: "Principal Secretary, Water Resources Department, Government of Kelvo, Jane Roe" sets off two bodies
	for ; j >= sentStart && k-j < 40; j-- {
		tk := &toks[j]
		if depth == 0 && j+1 < segEnd && toks[j+1].Is(",") {
			segEnd = j + 1
		}
		switch {
		case tk.Is(")"):
			depth++
		case tk.Is("("):
			depth--
		case depth == 0 && (tk.Is(",") || tk.Is(";")) && t.capitalItems(j+1, k-1) && j > sentStart:
			// an item of a field's list: "The Bank’s Vice-President for
			// Agriculture, Human and Social Development, Jane Roe"; go on
			// to the list's start (also portfolios set off by semicolons:
			// "Kelvo's Minister for Ports and Harbours; Energy; Industry
			// and Trade, the Hon. Jane Roe")
		case depth == 0 && tk.Is(",") && j > sentStart && k-1-j <= 4 && t.qualifier(j+1, k-1) && (entities.TitleEndsAt(toks, j) || isNumeral(toks[k-2].Text)):
			// the field of the title before, set off: "Kelvo Networks'
			// General Manager, Public Lighting, Jane Roe", "Director General
			// for Investment, Region 2, Jane Roe"; go on to the title
		case depth == 0 && tk.Is(",") && j > sentStart && (t.orgSpans(j+1, segEnd) || t.orgWithLetters(j+1, segEnd)) && (toks[j-1].Kind == entities.Word || toks[j-1].Is(")")):
			// the body of the title before, set off: "the Director of the
			// Financing Office, Department of Economic and Social Affairs,
			// JANE ROE", "the Chairman of the Kelvo Union of Teachers
			// (KUT), Kelvo State Wing, Comrade Jane Roe"; go on to the title
		case depth == 0 && tk.Is(",") && j > sentStart && t.placeSpans(j+1, k-1) && k-1-j <= 4 && toks[j-1].Kind == entities.Word && titleWordIn(toks, max(sentStart, j-8), j):
			// the place of the title before, set off: "the Commissioner
			// for Energy and Mineral Resources, Kelvo State, Engr. Jane
			// Roe"; go on to the title
		case depth == 0 && tk.Is(",") && j > sentStart && segEnd == k-1 && t.titleish(j+1, segEnd) && !t.namesPerson(j+1, segEnd) && saidThePost(toks, max(sentStart, j-8), j) && entities.SecondPost(toks, j+1, segEnd+1):
			// a second post set off after the first: "the Chair of the
			// Forum, Kelvo's Minister for Foreign Affairs, Jane Roe"; go on
			// to the first
		case depth == 0 && tk.Is(",") && j > sentStart && fieldListBeforeTitle(toks, j-1, k-1):
			// an item of the portfolio before a post's head: "Police, Fire
			// and Crime Commissioner for Kelvale, Jane Roe"
		case depth == 0 && (tk.Is("–") || tk.Is("—")) && j > sentStart && entities.TitleEndsAt(toks, j) && k-1-j <= 6 && (t.capitalItems(j+1, k-1) || k-1-j <= 4 && t.capsTo(j+1, k-1)):
			// a post's field or region after a dash: "Director – Human
			// Resources and Sustainability, Ms. Jane Roe", "Kelvo's
			// President – Europe, Jane Roe"; go on to the post
		case depth == 0 && (tk.Is(",") || tk.Is(";") || tk.Is(":") || tk.Is("–") || tk.Is("—") || tk.Is("-") || tk.Is("--") || tk.Kind == entities.QuoteMark):
			goto found // (also a dateline's dash: "Accra, 12 October 2026 -- The Minister of Health, Hon. Jane Roe, said")
		}
	}
found:
	st := j + 1
	if w := descriptionWhose(toks, st, k-1); w > st && j > sentStart && toks[j].Is(",") && !t.namesPerson(w+1, k-1) && t.titleish(w+1, k-1) {
		return w + 1, k - 1 // "Kelvo Heart Trust, a heart health foundation whose Chairman, Dr Jane Roe, said": the post after "whose" in the body's appositive
	}
	if st < k-2 && toks[st].Is("whose") && j > sentStart && toks[j].Is(",") && !t.namesPerson(st+1, k-1) && t.titleish(st+1, k-1) {
		return st + 1, k - 1 // "the Kelvale Police Federation, whose national rural lead, Inspector Jane Roe, warned …"
	}
	if st < k-2 && postposedCue[toks[st].Text] && !t.namesPerson(st+1, k-1) && t.titleish(st+1, k-1) {
		return st + 1, k - 1 // "…,” said Acme founder and Chairman, Jane Roe."
	}
	if st+2 < k-1 && toks[st].Is("and") && toks[st+1].Is("the") && t.titleish(st+2, k-1) && !t.namesPerson(st+2, k-1) {
		return st + 2, k - 1 // "…, and the Regional Governor of Kelvale, Ms. Jane Roe": a list's next title and holder
	}
	for x := k - 2; x > st+1; x-- {
		if toks[x-1].Is("to") && toks[x-2].IsFold("attributable") && t.titleish(x, k-1) && (!t.namesPerson(x, k-1) || t.onlyBodiesBeforePosts(x, k-1)) {
			return x, k - 1 // "Quotes attributable to Kelvo Nurses’ Union President, Jane Roe:"
		}
	}
	for x := k - 3; x > st; x-- {
		according := toks[x-1].Is("to") && x-2 >= st && toks[x-2].IsFold("according") ||
			toks[x-1].Is("For") && x-1 == sentStart || // "For the Superintendent of Irrigation, Ing. Jane Roe, the priority is …": whose view follows
			toks[x-1].Is("of") && x-2 >= st && toks[x-2].Is("presence") || // "in the presence of the Minister of Health, Mrs. Jane Roe,"
			toks[x-1].Is("from") && x-2 >= st && !entities.IsTitleWord(toks[x-2].Text) && !personNouns[strings.ToLower(toks[x-2].Text)] // "heard from the Chair of the Kelvo Network, Jane Roe," (not "a prosecutor from the Office of …, Jane Roe,")
		if toks[x-1].Is("to") && x-2 >= st && entities.IsTitleWord(toks[x-2].Text) {
			continue // a post's "to" is its own: "Deputy Minister to the Prime Minister", "Special Adviser to the President"
		}
		if toks[x].Is("the") && (titleLeaders[toks[x-1].Text] || according) && t.titleish(x+1, k-1) && !t.namesPerson(x+1, k-1) {
			return x + 1, k - 1 // "launched on Tuesday by the Minister for Health, Hon. Jane Roe,", "According to the Bank's Director, Jane Roe,"
		}
		if toks[x].Is("the") && toks[x-1].Is("and") && x-2 > st && t.isPersonToken(x-2) && t.titleish(x+1, k-1) && !t.namesPerson(x+1, k-1) {
			return x + 1, k - 1 // a list's next title and holder after a name: "signed by Jane Doe and the Minister of Finance of Kelvania, Jane Roe"
		}
		if toks[x].Is("its") && titleLeaders[toks[x-1].Text] && t.titleish(x+1, k-1) && !t.namesPerson(x+1, k-1) {
			return x + 1, k - 1 // "represented by its Chair, Ms. Jane Roe,": the body's (titleOrgs reads "its")
		}
		if n, _ := entities.TitleAt(toks, x); toks[x-1].Is("by") && (toks[x].IsUpper() && len(toks[x].Text) > 1 || n > 0 && toks[x].IsCap()) && x+1 < k-1 && t.titleish(x, k-1) && !t.namesPerson(x, k-1) {
			return x, k - 1 // "was closed by UNODD Regional Director for the Arab States, Mr. Jane Roe,", "signed by Minister of Water, H.E. Jane Roe,": the post after "by"
		}
	}
	for x := k - 4; x > st; x-- {
		if !(toks[x].Is("and") || titleLeaders[toks[x].Text]) || !toks[x+1].IsCap() {
			continue
		}
		pe := x + 2 // the possessive after the possessor
		if e := t.a.EntityAt(x + 1); e != nil && e.Tokens.First == x+1 && e.Kind != entities.Person && e.Tokens.End < k-2 {
			pe = e.Tokens.End // a possessor of several words: "Upper Austria’s"
		}
		if toks[pe].Kind == entities.Possessive && !t.namesPerson(x+1, pe) && (t.titleish(pe+1, k-1) || t.isPersonToken(k) && entities.UnlistedPost(toks, pe+1, k-1)) {
			return x + 1, k - 1 // "launched by Jane Doe and Kelvania's Minister of Education, Jane Roe,": a country's or body's post (or one no list knows: "According to Kelvo's cònsol menor, Jane Roe,")
		}
	}
	for x := st + 1; x < k-2 && x < st+8; x++ { // (a body of several words: "The Rail and Port Workers Union’s")
		if e := t.a.EntityAt(x); e != nil && e.Tokens.End > x+1 {
			continue // a possessive inside a name: "The United Nations Children’s Fund Representative"
		}
		if toks[x].Kind == entities.Possessive && toks[st].IsCap() && !t.namesPerson(st, x) && t.titleish(x+1, k-1) {
			return st, k - 1 // "Kestrel’s founder and managing director, Jane Roe, will join …"
		}
	}
	ts := st
	if e := t.a.EntityAt(st); e != nil && (e.Kind == entities.Organization || e.Kind == entities.Place) && e.Tokens.First == st && e.Tokens.End < k-1 {
		ts = e.Tokens.End // "IDB Country Representative for Kelvania, Jane Roe, said", "Borno State Commissioner for Health, Dr. Jane Roe, said": the body's or the place's title
	} else if n, _ := entities.TitleAt(toks, st+1); isHonorific(toks[st].Text) && !entities.IsTitleWord(toks[st].Text) && st+1 < k-1 && n > 0 {
		ts = st + 1 // a style before the post: "Hon’ble Minister of Energy, Government of Kelvo, Shri Jane Roe, said"
	} else if entities.IsDemonym(toks[st].Text) && st+1 < k-1 && (n > 0 || entities.IsTitleModifier(toks[st+1].Text)) {
		ts = st + 1 // a country's adjective before the post: "Kelvan State Secretary for Economic Affairs, Mr. Jane Roe, said"
	} else if st+2 < k-1 && toks[st].IsCap() && placeKindNoun(toks[st+1].Text) && !entities.CommonWord(toks[st].Text) && (e == nil || e.Tokens.End == st+1) {
		ts = st + 2 // a place the lists do not know and its kind before the post: "Kilifi County Executive Committee Member for …, Hon. Jane Roe,"
	}
	if n, _ := entities.TitleAt(toks, ts); n == 0 && toks[st].IsCap() && anyOrgHead(toks, st, st+1) && st+2 < k-1 && entities.TitleEndsAt(toks, k-1) {
		if h := t.capRunOrg(st, k-1); h > ts && h < k-1 {
			ts = h // a body the lists do not know, named head first, before the post: "Office of Energy Fair Trading Executive Director, Mr Jane Roe, said"
		}
	}
	if n, _ := entities.TitleAt(toks, ts); t.mainClauseAt(st, sentStart) && ts < k-1 && (n > 0 || entities.IsTitleModifier(toks[ts].Text) || commonBeforeTitle(toks, ts) || fieldListBeforeTitle(toks, ts, k-1)) && !t.namesPersonOutsideField(st, k-1) && t.titleish(ts, k-1) {
		return st, k - 1 // "Executive Vice-President for Clean Industry, Jane Roe, said" opening the sentence (or its main clause)
	}
	if n, _ := entities.TitleAt(toks, st); n > 0 && st < k-1 && !t.namesPerson(st, k-1) && t.titleish(st, k-1) {
		if f := t.titleSetOffBefore(st, sentStart); f >= 0 {
			return f, k - 1 // "the Chair of the meeting, Minister of Environment of Kelvania, Dr. Jane Roe": two posts set off
		}
	}
	if st+2 < k-1 && isHonorific(toks[st].Text) && toks[st+1].Is("the") && t.titleish(st+2, k-1) && !t.namesPerson(st+2, k-1) {
		return st, k - 1 // "H.E. the Governor of Kelvo County, Prof. Jane Roe, said": the style with the post
	}
	if n := PossessiveStyle(toks, st); n > 0 && st+n+1 < k-1 && toks[st+n].Is("the") && t.titleish(st+n+1, k-1) && !t.namesPerson(st+n+1, k-1) {
		return st, k - 1 // "His Excellency the Governor of Kelvo County, Dr. Jane Roe, opened …"
	}
	if st+2 < k-1 && (toks[st].Is("but") || toks[st].Is("and") || toks[st].Is("while")) && (toks[st+1].Is("its") || toks[st+1].Is("the")) {
		st++ // "Kelvo Union welcomed it, but its General Secretary, Jane Roe, warned …"
	}
	if st+1 < k-1 && toks[st].IsFold("its") && t.isPersonToken(k) && entities.UnlistedPost(toks, st+1, k-1) {
		return st + 1, k - 1 // "Its cònsol major, Jane Roe, said": a body's post in words no list knows, set off before its holder
	}
	if st >= k-1 || !(toks[st].IsFold("the") || toks[st].IsFold("its") || toks[st].IsFold("our") || toks[st].IsFold("a") || toks[st].IsFold("an")) || !t.titleish(st+1, k-1) {
		return 0, 0 // (also "Its head of programmes, Jane Roe, said"; "Our Chief Executive, Jane Roe, said": the issuer's; "a spokesperson for Acme, Jane Roe, said")
	}
	return st + 1, k - 1
}

// mainClauseAt reports whether token st opens the main clause of the
// sentence that starts at sentStart: the sentence's first token, or the
// first after an opening adverbial set off by a comma ("Speaking at the
// launch, …", "For his part, …", "Meanwhile, …") or after a dateline's
// dash ("Kelvo, 23 June 2025 – Minister of Water, Eng. Jane Roe,
// launched …").
func (t *Tracker) mainClauseAt(st, sentStart int) bool {
	toks := t.a.Tokens
	switch {
	case st == sentStart:
		return true
	case st-1 <= sentStart:
		return false
	case t.afterOpener(sentStart, st) == st:
		return true
	case st-sentStart == 2 && toks[st-1].Is(",") && sentenceAdverbs[toks[sentStart].Text]:
		return true
	case st-sentStart == 4 && toks[st-1].Is(",") && toks[sentStart].Is("For") && possessives[toks[sentStart+1].Text] != "" && toks[sentStart+2].Is("part"):
		return true
	case dashToken(&toks[st-1]) && st-sentStart <= 12:
		for j := sentStart; j < st-1; j++ {
			if toks[j].Kind == entities.Number {
				return true // (a dateline holds its date)
			}
		}
		if toks[sentStart].IsUpper() && len(toks[sentStart].Text) > 2 && toks[sentStart].Kind == entities.Word {
			return true // or opens with its place in capitals: "SANTA CRUZ, St. Elizabeth —"
		}
	}
	return false
}

// sentenceAdverbs open a sentence, set off by a comma, before its subject.
var sentenceAdverbs = toSet(`Meanwhile Separately Similarly Likewise Additionally Moreover Furthermore Also Earlier Later Today Yesterday`)

// titleSetOffBefore returns where a post set off by commas before the
// post at token st starts, after "the" that opens the sentence or a
// clause ("In his remarks, the Chair of the meeting, Minister of …"), or
// -1: the first of two posts before one name.
func (t *Tracker) titleSetOffBefore(st, sentStart int) int {
	toks := t.a.Tokens
	if st-3 < sentStart || !toks[st-1].Is(",") {
		return -1
	}
	for j := st - 2; j >= sentStart && j > st-14; j-- {
		switch {
		case toks[j].IsFold("the") && (j == sentStart || toks[j-1].Is(",") || dashToken(&toks[j-1])): // (also after a dateline's dash)
			if j+1 < st-1 && !t.namesPerson(j+1, st-1) && t.titleish(j+1, st-1) {
				return j + 1
			}
			return -1
		case toks[j].Kind != entities.Word:
			return -1
		}
	}
	return -1
}

// titleLeaders are the words after which a title and its holder's name
// stand inside a clause, an agent's prepositions and copulas: "by the
// Minister for Health, Hon. Jane Roe", "We spoke to Kelby's treasurer,
// Jane Roe", "Also present was the chair of the Kelby Dealers
// Association, Ms. Jane Roe".
var titleLeaders = toSet(`by with to was were`)

// capitalItems reports tokens [i, end) that are capitalized words joined
// by commas and "and", ending the list a title's field makes ("Agriculture,
// Human and Social Development"), perhaps with the body the post serves
// after it ("… and Innovation of the Kelvo Union Commission"), with no
// person's name.
func (t *Tracker) capitalItems(i, end int) bool {
	toks := t.a.Tokens
	and := false
	for k := i; k < end; k++ {
		switch tk := &toks[k]; {
		case tk.Is("and") || tk.Is("&"):
			and = true
		case tk.Is(",") || tk.Is(";"):
		case tk.Is("the") && k > i && (toks[k-1].Is("and") || toks[k-1].Is(",")): // "… and the Youth Economy"
		case tk.Is("(") && k > i && k+2 < end && (toks[k+1].IsUpper() || t.statedAfter(k-1, k+1)) && toks[k+2].Is(")"):
			k += 2 // the portfolio's acronym: "… and Sustainable Environment (ARBE)", in lower case too: "Department of Trade, Industry and Competition (dtic)"
		case tk.Kind == entities.Word && tk.IsCap() && !t.namesPerson(k, k+1):
		case and && (tk.Is("of") || tk.Is("at") || tk.Is("for") || responsibilityFor(toks, k, end) > k) && k > i && toks[k-1].IsCap() && toks[i].IsCap() && !titleWordIn(toks, i, k):
			// the body the post serves after the last item: "…, Technology
			// and Innovation of the Kelvo Union Commission"; or the
			// portfolio a junior post holds in it: "…, Local Government
			// and Heritage with special responsibility for Planning"
			if r := responsibilityFor(toks, k, end); r > k {
				return lowerPortfolio(toks, r, end) || t.capsTo(r, end) // "… with responsibility for farm safety", "… for Planning"
			}
			return k+1 >= end || t.capsTo(k+1, end)
		default:
			return false
		}
	}
	return and && end > i
}

// statedAfter reports the word at token k, in parentheses after token
// last, as the acronym the text states for the organization that ends at
// last, whatever its case: "(dtic)" of "Department of Trade, Industry and
// Competition (dtic)".
func (t *Tracker) statedAfter(last, k int) bool {
	e := t.a.EntityAt(last)
	return e != nil && e.Kind == entities.Organization && e.Tokens.End == last+1 && e.Acronym == t.a.Tokens[k].Text
}

// capsTo reports tokens [i, end) that are capitalized words, "the",
// "of" and "and", and no person's name: "Local Government and Planning".
func (t *Tracker) capsTo(i, end int) bool {
	toks := t.a.Tokens
	for k := i; k < end; k++ {
		if tk := &toks[k]; !(tk.Kind == entities.Word && (tk.IsCap() || tk.IsUpper() || tk.Is("the") || tk.Is("of") || tk.Is("and"))) || t.namesPerson(k, k+1) {
			return false
		}
	}
	return i < end
}

// lowerPortfolio reports a junior minister's portfolio in lower case after
// "with responsibility for", tokens [i, end): "farm safety", "the
// circular economy and waste".
func lowerPortfolio(toks []entities.Token, i, end int) bool {
	return i < end && end-i <= 8 && lowerWords(toks, i, end)
}

// responsibilityFor returns the token after "with (special)
// responsibility for" at k ("Minister of State at the Department of
// Health with special responsibility for Mental Health"), or -1.
func responsibilityFor(toks []entities.Token, k, end int) int {
	if !toks[k].Is("with") {
		return -1
	}
	k++
	if k < end && (toks[k].Is("special") || toks[k].Is("particular")) {
		k++
	}
	if k+2 < end && toks[k].Is("responsibility") && toks[k+1].Is("for") {
		return k + 2
	}
	return -1
}

// descriptionWhose returns the "whose" inside [i, end) that follows a
// short description opening with an article ("a Kuala Lumpur-based heart
// health foundation whose"), or i when there is none.
func descriptionWhose(toks []entities.Token, i, end int) int {
	if i >= end || !isArticle(toks[i].Text) || !toks[i].IsLower() {
		return i
	}
	for w := i + 1; w < end && w < i+10; w++ {
		if toks[w].Is("whose") {
			if w > i+1 && toks[w-1].IsLower() {
				return w
			}
			return i
		}
		if toks[w].Kind == entities.Punct && !toks[w].Is("-") {
			return i
		}
	}
	return i
}

// placeKindNoun reports the noun of a place's kind after its name:
// "County" of "Kilifi County".
func placeKindNoun(w string) bool {
	switch w {
	case "County", "State", "District", "Province", "Municipality", "Prefecture":
		return true
	}
	return false
}

// titleWordIn reports a title's word among tokens [i, end): "and the
// Ambassador of Kelvania" is a second post, no field's last item.
func titleWordIn(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return true
		}
	}
	return false
}

// namesPerson reports a person's name of two words or more in [i, end).
func (t *Tracker) namesPerson(i, end int) bool {
	for k := i; k < end; k++ {
		if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.Len() > 1 && !t.commonWordsOnly(e) {
			return true
		}
	}
	return false
}

// commonWordsOnly reports an entity whose words are all common nouns or
// their plurals, a field the recognizer took for a name: "Health
// Sciences".
func (t *Tracker) commonWordsOnly(e *entities.Entity) bool {
	for k := e.Tokens.First; k < e.Tokens.End; k++ {
		if !entities.CommonOrPlural(t.a.Tokens[k].Text) {
			return false
		}
	}
	return true
}

func fieldPreposition(t entities.Token) bool { return t.Is("for") || t.Is("of") || t.Is("in") }

// commonBeforeTitle reports a capitalized common word at token i before a
// title's word: "Country Representative", "Programme Director".
func commonBeforeTitle(toks []entities.Token, i int) bool {
	if i+1 >= len(toks) || !toks[i].IsCap() || !entities.CommonWord(toks[i].Text) || entities.ProperWord(toks[i].Text) || determinerCap[toks[i].Text] {
		return false
	}
	n, _ := entities.TitleAt(toks, i+1)
	return n > 0
}

// fieldListBeforeTitle reports capitalized common words joined by commas
// and "and" from token i up to a title's word before end, the portfolio a
// post's head follows: "Police, Fire and Crime Commissioner", "Health and
// Social Care Minister".
func fieldListBeforeTitle(toks []entities.Token, i, end int) bool {
	and := false
	for k := i; k < end && k < i+8; k++ {
		tk := &toks[k]
		switch {
		case tk.Is("and") || tk.Is("&"):
			if k == i || !toks[k-1].IsCap() {
				return false
			}
			and = true
		case tk.Is(","):
			if k == i || !toks[k-1].IsCap() || and {
				return false
			}
		case k > i && toks[k-1].Kind == entities.Word && toks[k-1].IsCap():
			if n, _ := entities.TitleAt(toks, k); n > 0 {
				return and
			}
			fallthrough
		default:
			if !tk.IsCap() || !entities.CommonWord(tk.Text) || entities.ProperWord(tk.Text) || determinerCap[tk.Text] ||
				entities.IsTitleWord(tk.Text) || entities.IsTitleModifier(tk.Text) {
				return false // (a post of its own: "Chairman and Chief Executive Officer" are two)
			}
		}
	}
	return false
}

// determinerCap are determiners capitalized at a sentence's start.
var determinerCap = toSet(`The Its Our His Her Their This That These Those A An My Your`)

// orgWithLetters reports an organization from token i and its letters in
// parentheses up to end: "Economic Affairs Division (EAD)".
func (t *Tracker) orgWithLetters(i, end int) bool {
	toks := t.a.Tokens
	return end-i >= 4 && toks[end-1].Is(")") && toks[end-3].Is("(") && toks[end-2].Kind == entities.Word && t.orgSpans(i, end-3)
}

// placeSpans reports a place that spans tokens [i, end) exactly.
func (t *Tracker) placeSpans(i, end int) bool { return t.kindSpans(entities.Place, i, end) }

// orgSpans reports an organization that spans tokens [i, end) exactly.
func (t *Tracker) orgSpans(i, end int) bool { return t.kindSpans(entities.Organization, i, end) }

// kindSpans reports an entity of kind k that spans tokens [i, end) exactly.
func (t *Tracker) kindSpans(k entities.Kind, i, end int) bool {
	e := t.a.EntityAt(i)
	return e != nil && e.Kind == k && e.Tokens.First == i && e.Tokens.End == end
}

// namesPersonOutsideField is namesPerson, but a name right after "for",
// "of" or "in" is a title's field or place the recognizer took for a
// person: "Country Representative for Saint Lucia".
func (t *Tracker) namesPersonOutsideField(i, end int) bool {
	toks := t.a.Tokens
	for k := i; k < end; k++ {
		if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.Len() > 1 && !(e.Tokens.First > i && fieldPreposition(toks[e.Tokens.First-1])) {
			return true
		}
	}
	return false
}

// postposedCue are the verbs of saying that come before a speaker set off
// after a quotation: "“…,” said Acme founder and Chairman, Jane Roe."
var postposedCue = toSet("said says added adds explained explains noted notes stated states commented comments declared declares stressed stresses warned warns recalled recalls insisted insists continued continues concluded concludes emphasised emphasises emphasized emphasizes observed observes remarked remarks announced announces affirmed affirms underlined underlines argued argues acknowledged acknowledges replied replies wrote writes")

// copular returns the description a person is said to be right after the
// name: "Jane Roe is currently a professor at Kelvale University", "Roe
// was the lead author of the study", "Roe is currently Kelvo's chief
// underwriting officer". The description runs to the next
// comma or the sentence's end; [0, 0) when there is none.
func (t *Tracker) copular(k, end int) (int, int) {
	toks := t.a.Tokens
	if k+3 < end && toks[k].Is("has") && toks[k+1].Is("been") {
		k++ // "Jane Roe has been the senior ranger at Kelvale since 2014"
	} else if k+3 < end && toks[k].Is("will") && toks[k+1].Is("become") {
		k++ // "Jane Roe will become its chief executive on 1 March": the post she is named to
		if toks[k+1].Is("its") {
			k++
		}
	} else if k+2 >= end || !(toks[k].Is("is") || toks[k].Is("was")) {
		return 0, 0
	}
	k++
	for k < end && (toks[k].Is("now") || toks[k].Is("currently") || toks[k].Is("also")) {
		k++
	}
	if k > 0 && toks[k-1].Is("its") && k < end && toks[k].IsLower() {
		k-- // (after "its" the post follows at once)
	} else if k+1 < end && toks[k].IsCap() && toks[k+1].Kind == entities.Possessive && k+2 < end && toks[k+2].IsLower() {
		k-- // a body's post: "Jane Roe is currently Kelvo's chief underwriting officer"
	} else if k < end && !isArticle(toks[k].Text) && bareTitleAt(toks, k, end) {
		k-- // a post without an article: "Jane Roe is chairman of the Kelvo Fishermen's Association", "… is category director for fresh products at Kelvo Market"
	} else if k >= end || !(toks[k].Is("a") || toks[k].Is("an") || toks[k].Is("the")) {
		return 0, 0
	}
	k++
	e := segmentEnd(toks, k, end)
	for x := k + 1; x < e; x++ {
		if toks[x].Is("since") || toks[x].Is("until") || toks[x].Is("on") && x+1 < e && toks[x+1].Kind == entities.Number {
			e = x // "… at Kelvale since 2014", "… on 1 March": the post ends there
			break
		}
	}
	if e-k < 1 || e-k > 16 || !t.titleish(k, e) {
		return 0, 0
	}
	return k, e
}

// bareTitleAt reports a title's word in the first three words from k, in
// lower case up to it, then "of", "for" or "at" before the segment's end:
// the post a copula gives without an article ("is chairman of …", "is
// category director for fresh products at …"; not "is director-elect",
// nor "is chairing the meeting").
func bareTitleAt(toks []entities.Token, k, end int) bool {
	e := segmentEnd(toks, k, end)
	for x := k; x < e && x < k+3; x++ {
		if toks[x].Kind != entities.Word || !toks[x].IsLower() && !(x == k && entities.IsTitleWord(toks[x].Text)) {
			return false
		}
		if n, _ := entities.TitleAt(toks, x); n > 0 {
			for y := x + n; y < e; y++ {
				if toks[y].Is("of") || toks[y].Is("for") || toks[y].Is("at") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// companion reports a segment that names others beside the person:
// "together with John Doe", "along with", "joined by", "accompanied by",
// "alongside", "as well as".
func companion(toks []entities.Token, i, end int) bool {
	if end-i < 2 {
		return false
	}
	a, b := &toks[i], &toks[i+1]
	return (a.IsFold("together") || a.IsFold("along")) && b.IsFold("with") || (a.IsFold("joined") || a.IsFold("accompanied")) && b.IsFold("by") ||
		a.IsFold("alongside") || a.IsFold("as") && b.IsFold("well")
}

// presenceOf reports a segment that opens "in the presence of": the
// others at an event, not the person's title ("…, Jane Roe, in the
// presence of Commissioner John Doe" or "of chiefs, queen mothers, …").
func presenceOf(toks []entities.Token, i, end int) bool {
	return end-i >= 3 && toks[i].IsFold("in") && (toks[i+1].IsFold("presence") || toks[i+1].IsFold("the") && toks[i+2].IsFold("presence"))
}

// credential reports a degree or post-nominal set off by commas after a
// name: "MD", "M.D.", "Ph.D", "PhD", "MSc", "FRCP", "M.P.H.", or one word
// with its field in parentheses ("DM (Nephrology)").
func credential(toks []entities.Token, i, end int) bool {
	if end-i >= 4 && end-i <= 6 && toks[end-1].Is(")") && toks[i+1].Is("(") {
		for k := i + 2; k < end-1; k++ {
			if toks[k].Kind != entities.Word || !startsUpper(toks[k].Text) {
				return false
			}
		}
		end = i + 1 // the degree's field in parentheses: "DM (Nephrology)", "MS (Orthopaedics)"
	}
	if end-i < 1 || end-i > 4 {
		return false
	}
	letters := 0
	for k := i; k < end; k++ {
		tk := &toks[k]
		switch {
		case tk.Is("."):
			continue
		case tk.Kind != entities.Word || !startsUpper(tk.Text):
			return false
		}
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			return false // "CEO", "CFO": a role, not a degree
		}
		upper := 0
		for _, c := range tk.Text {
			switch {
			case 'A' <= c && c <= 'Z':
				upper++
				letters++
			case 'a' <= c && c <= 'z':
				letters++
			case c == '.':
			default:
				return false
			}
		}
		if upper < 2 && !strings.Contains(tk.Text, ".") {
			return false // "Jr", "Inc": not a degree
		}
	}
	return letters >= 2 && letters <= 6
}

// description reports whether tokens [i, end), after an article that
// follows a name and its comma, describe the person: a noun phrase with no
// verb, whose role the lists need not know ("Jane Roe, an emergency
// medicine physician at Kelvale Health, said").
func (t *Tracker) description(i, end int) bool {
	if end-i < 1 || end-i > 25 {
		return false
	}
	toks := t.a.Tokens
	for j := i; j < end; j++ {
		tk := &toks[j]
		if tk.Kind == entities.QuoteMark {
			return false
		}
		switch strings.ToLower(tk.Text) {
		case "who", "which", "whose", "that", "said", "says", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would",
			"could", "should", "can", "may", "might", "must", "did", "does", "do", "cannot":
			return false
		}
	}
	for j := i + 1; j < end; j++ {
		// An article after a word that is no preposition or "and" starts a
		// verb's object: "the move signals a shift", not a description.
		if isArticle(toks[j].Text) && toks[j-1].Kind == entities.Word && !orgPrepositions[strings.ToLower(toks[j-1].Text)] &&
			!descriptionJoiners[strings.ToLower(toks[j-1].Text)] {
			return false
		}
	}
	for j := i + 1; j+1 < end; j++ {
		// A past tense with its object: "the district recorded 61 cases",
		// not "a nurse trained in London".
		if tk := &toks[j]; tk.IsLower() && strings.HasSuffix(tk.Text, "ed") && (toks[j+1].Kind == entities.Number || isArticle(toks[j+1].Text)) {
			return false
		}
	}
	last := strings.ToLower(toks[end-1].Text)
	return toks[i].Kind == entities.Word && !strings.HasSuffix(last, "ing") && !strings.HasSuffix(last, "ed")
}

// descriptionJoiners may stand before an article inside a description:
// "a professor of law and the dean of the school", "a lawyer in the city".
var descriptionJoiners = toSet(`and or in on to by as into within near across`)

// isNumeral reports a word of one to three digits: the "2" of "Region 2".
func isNumeral(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// onlyBodiesBeforePosts reports that every person the recognizer named in
// [i, end) stands right before a post, as a body's name does: "Transport
// Canberra Deputy Director-General", which it took for a person's.
func (t *Tracker) onlyBodiesBeforePosts(i, end int) bool {
	toks := t.a.Tokens
	for k := i; k < end; k++ {
		e := t.a.EntityAt(k)
		if e == nil || e.Kind != entities.Person {
			continue
		}
		if e.Tokens.End >= end || !titleAtTok(toks, e.Tokens.End) {
			return false
		}
		k = e.Tokens.End - 1
	}
	return true
}
