package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// What a segment between commas before a verb of saying is: an
// appositive ("a professor at Kelvale University"), a description, an
// aside (companions, a participle, where one is from), a degree, a legal
// suffix, a field's items. appositiveLeftOf asks these as it walks back.

// appositive reports whether tokens [i, end) are set off by commas after a
// name: a role ("Director of …", "a spokesman for …"), an age, a
// relative clause ("who …").
func (r *run) appositive(i, end int) bool {
	toks := r.toks
	if i >= end || end-i > 40 {
		return false
	}
	if end-i == 1 && toks[i].Kind == entities.Number || end-i == 2 && toks[i].Kind == entities.Number && (toks[i+1].Is("%") || toks[i+1].IsFold("percent")) {
		return true // "Roxana M. Leon, 63,", "Just over a quarter, 26 percent,"
	}
	w := strings.ToLower(toks[i].Text)
	if w == "who" || w == "which" || strings.HasPrefix(w, "who’") || strings.HasPrefix(w, "who'") {
		return true // "Williams, who’s running to be an alternate, added"
	}
	if a := i + boolInt(w == "now" || w == "aged" || w == "age"); a < end && a+1 < end && end-i <= 12 && toks[a].Kind == entities.Number && len(toks[a].Text) <= 3 &&
		(toks[a+1].IsFold("and") || toks[a+1].IsFold("who")) && !r.hasVerbMarker(i, end) {
		return true // "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": an age and what goes with it
	}
	if end-i <= 4 && (prepositions[w] || isAdverb(&toks[i])) && !r.hasVerbMarker(i, end) {
		return true // "Rush Limbaugh, for one, called …", "Smith, however, said"
	}
	if r.companionAside(i, end) {
		return true // "Jane Roe, together with Mayor John Doe, announced"
	}
	if r.degree(i, end) {
		return true // "Jane Roe, Ph.D., M.P.H., said"
	}
	if e := r.a.EntityAt(i); e != nil && e.Kind == entities.Place && e.Tokens.First == i && e.Tokens.End == end && i > 0 && r.toks[i-1].Is(",") {
		return true // "… at the University of Kelvale, San Diego, said": the place of what comes before
	}
	article := isArticleWord(toks[i].Text) || determinerWords[w] && w != "that"
	if i+2 < end && toks[i].IsCap() && toks[i+1].Kind == entities.Possessive && toks[i+2].IsLower() && toks[i+2].Kind == entities.Word {
		article, i = true, i+2 // a possessor for an article: "Kelvo Rail A.S. (BIST: KRAIL), Kelvo's largest maker of trams, announced"
	}
	for i < end && (isArticleWord(toks[i].Text) || toks[i].IsFold("former")) {
		i++
	}
	if i >= end {
		return false
	}
	found := article
	for k := i; k < end && k < i+6 && !found; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 {
			found = true
		}
	}
	if !found {
		return false
	}
	for k := i; k < end; k++ {
		if _, ok := cueAt(toks, k); ok && toks[k].IsLower() && !toks[k].Is("state") {
			return false
		}
		switch toks[k].Text {
		case "is", "was", "are", "were", "has", "have", "had", "will", "would", "said":
			return false
		}
	}
	return true
}

// descriptionStarts open a description of a speaker.
var descriptionStarts = toSet(`the a an one another this these his her their its`)

// plainDescription reports whether tokens [c, end) are an article and up
// to three lower-case words: a description of a person or thing whose
// head the lists don't know ("the business mogul"). No word may be a verb
// of saying but a singular head right after an article, a noun there:
// "The state admitted that it erred" (not "the calls claimed").
func (r *run) plainDescription(c, end int) bool {
	toks := r.toks
	if end-c < 2 || end-c > 6 || !descriptionStarts[strings.ToLower(toks[c].Text)] {
		return false
	}
	of := false
	for k := c + 1; k < end; k++ {
		t := &toks[k]
		lw := t.Text
		if k < end-1 && (t.IsCap() || t.IsUpper() || t.Is("&")) && !capStop(strings.ToLower(lw)) {
			continue // "the Gawker employee", "one P&G Amiens employee"
		}
		if lw == "of" && !of && k > c+1 && k < end-1 {
			of = true // "a large body of work suggests", "the stream of new money"
			continue
		}
		if t.Kind != entities.Word || !t.IsLower() || isAux(lw) || prepositions[lw] || npConnectors[lw] || subjectPronouns[lw] ||
			determinerWords[lw] || isAdverb(t) || whWords[lw] || lw == "that" {
			return false
		}
		if f, ok := cueAt(toks, k); ok && !(k == c+1 && k == end-1 && isArticleWord(toks[c].Text) && strings.EqualFold(t.Text, f.verb.lemma)) {
			return false
		}
	}
	last := toks[end-1].Text
	// "the same polling suggests": a noun in -ing before a verb in -s.
	ingNoun := strings.HasSuffix(last, "ing") && end < len(toks) && strings.HasSuffix(toks[end].Text, "s") && toks[end].IsLower()
	return (!strings.HasSuffix(last, "ing") || ingNoun) && !strings.HasSuffix(last, "ed") && (end-c <= 5 || of)
}

// companionAside reports a segment that names others beside the subject:
// "together with Mayor John Doe", "along with two colleagues", "joined by
// the minister", "as well as her deputy", "including Jane Roe and John
// Doe". The subject is before it; the verb after it is not theirs.
func (r *run) companionAside(i, end int) bool {
	toks := r.toks
	if end-i < 2 || end-i > 20 || r.hasVerbMarker(i, end) {
		return false
	}
	w, w2 := strings.ToLower(toks[i].Text), strings.ToLower(toks[i+1].Text)
	switch {
	case (w == "together" || w == "along") && w2 == "with", w == "joined" && w2 == "by", w == "accompanied" && w2 == "by":
		return true
	case w == "alongside" || w == "including":
		return true
	case w == "as" && w2 == "well" && end-i > 2 && toks[i+2].IsFold("as"):
		return true
	}
	return false
}

// participialAside reports a segment that opens with a participle:
// "speaking for the Group of Friends", "citing a new report", "asked
// about the vote". The subject is before it.
func (r *run) participialAside(i, end int) bool {
	t := &r.toks[i]
	switch t.Text {
	case "including", "regarding", "concerning", "according", "following", "excluding", "notwithstanding":
		return false // prepositions in -ing
	}
	rel := i + 1 // a relative clause may end the aside: "… with lights that formed the name Trump"
	for rel < end && !r.toks[rel].Is("that") && !r.toks[rel].Is("which") && !r.toks[rel].Is("who") {
		rel++
	}
	if end-i >= 3 && end-i <= 20 && t.Kind == entities.Word && t.IsLower() && (strings.HasSuffix(t.Text, "ed") && len(t.Text) > 4 || pastParticiples[t.Text]) &&
		prepositions[r.toks[i+1].Text] && !r.hasVerbMarker(i, rel) {
		return true // "Mary Susan, clad in a red cape …, said", "Roe, flanked by aides, said"
	}
	return end-i >= 2 && end-i <= 20 && t.Kind == entities.Word && t.IsLower() && len(t.Text) > 4 && (strings.HasSuffix(t.Text, "ing") || t.Text == "asked" || t.Text == "pressed") &&
		!r.hasVerbMarker(i, end) && !r.gerundBeforePost(i)
}

// gerundBeforePost reports a word in -ing at token i that a post's word
// follows, the post's field, no participle: "cupping specialist Ms Jane
// Roe", "managing director Jane Roe".
func (r *run) gerundBeforePost(i int) bool {
	if n, _ := entities.TitleAt(r.toks, i); n > 0 {
		return true
	}
	if !entities.FieldGerund(r.toks[i].Text) {
		return false // a verb's aside before a post and its holder: "representing President Jane Roe"
	}
	n, _ := entities.TitleAt(r.toks, i+1)
	return n > 0
}

// asideBeforeTail returns the comma before a participial aside ("while
// parading the suspects at the Kelvo Depot") that one or two short
// segments after it go on, its object's place or its time: "Jane Roe,
// while parading the suspects at the Kelvo Depot, Eleweran, on Saturday,
// said" (the subject is not "Kelvo Depot"). c is the comma before the
// last segment [c+1, end); lo - 1 when there is no such aside.
func (r *run) asideBeforeTail(c, end, lo int) int {
	toks := r.toks
	for n := 0; n < 2 && c > lo; n++ {
		if end-c-1 > 4 || !r.tailSegment(c+1, end) {
			return lo - 1
		}
		end, c = c, r.prevComma(c-1, lo)
		st := c + 1
		if c < lo || end-st < 3 {
			return lo - 1
		}
		if (toks[st].Is("while") || toks[st].Is("when") || toks[st].Is("after") || toks[st].Is("before")) && r.participialAside(st+1, end) || r.participialAside(st, end) {
			return c
		}
	}
	return lo - 1
}

// tailSegment reports a short segment of capitalized words (a place:
// "Eleweran", "Kelvo State") or a preposition of time with a capitalized
// word or a number ("on Saturday", "on 12 May").
func (r *run) tailSegment(i, end int) bool {
	toks := r.toks
	if i >= end {
		return false
	}
	if toks[i].Is("on") || toks[i].Is("in") || toks[i].Is("last") {
		i++
	}
	for k := i; k < end; k++ {
		if t := &toks[k]; !(t.Kind == entities.Word && (t.IsCap() || t.IsUpper()) || t.Kind == entities.Number) {
			return false
		}
	}
	return i < end
}

// pastParticiples are participles not in -ed that open an aside after a
// name: "clad in", "born in".
var pastParticiples = toSet(`clad born known seen shown worn driven chosen elected`)

// placeSegment reports a segment that says where the speaker before it
// is from: "of" or "from" and capitalized words ("of Flint", "from
// Liberty Baptist Church"), or a state's abbreviation ("Mich.", "N.H.").
func (r *run) placeSegment(i, end int) bool {
	toks := r.toks
	if i >= end || end-i > 6 {
		return false
	}
	if end-i <= 4 && toks[end-1].Is(".") || end-i == 1 && strings.HasSuffix(toks[i].Text, ".") {
		// "Mich.", "N.H.", "Fla."
		n := 0
		for k := i; k < end; k++ {
			if t := &toks[k]; t.Kind == entities.Word {
				if !t.IsCap() && !t.IsUpper() || len(strings.TrimSuffix(t.Text, ".")) > 5 || strings.Contains(t.Text, "-") { // not "R-Pa."
					return false
				}
				n++
			} else if !t.Is(".") {
				return false
			}
		}
		return n > 0
	}
	if !(toks[i].Is("of") || toks[i].Is("from")) || i+1 >= end {
		return false
	}
	for k := i + 1; k < end; k++ {
		if t := &toks[k]; t.Kind != entities.Word || !t.IsCap() && !t.IsUpper() || capStop(strings.ToLower(t.Text)) {
			return false
		}
	}
	return true
}

// degree reports a segment that is a degree or post-nominal: "Ph.D.",
// "MD", "M.P.H.".
func (r *run) degree(i, end int) bool {
	if end-i != 1 {
		return false
	}
	t := &r.toks[i]
	if t.Kind == entities.Word && t.IsLower() && entities.IsPostNominal(t.Text) {
		return true // "CP Jane Roe, fsi, said"
	}
	if t.Kind != entities.Word || len(t.Text) > 7 || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return false
	}
	upper := 0
	for _, c := range t.Text {
		if 'A' <= c && c <= 'Z' {
			upper++
		}
	}
	return upper >= 2 && (entities.IsPostNominal(t.Text) || t.IsUpper() && len(t.Text) <= 4)
}

// legalSuffix reports a segment that is a company's legal suffix, with
// its ticker perhaps: "Inc.", "Corp. (NYSE: ZRB)". The name is before it.
func (r *run) legalSuffix(i, end int) bool {
	k := i
	for k < end && !r.toks[k].Is("(") {
		k++
	}
	if k < end && !r.toks[end-1].Is(")") {
		return false
	}
	if k > i+1 && r.toks[k-1].Is(".") {
		k--
	}
	return k > i && entities.LegalFormStart(r.toks, i, k) == i
}

// fieldItems reports a segment between commas that is only capitalized
// words, perhaps joined by "and" and ending in a body ("Rural Development",
// "Blue Economy and Sustainable Environment of the African Union
// Commission"): an item of a title's field, not a subject. Names and places
// are not. The last item may end with the country or body the post serves
// ("Fisheries and Water Resources of Kelvania").
func (r *run) fieldItems(i, end int) bool {
	if end-i < 1 || end-i > 12 {
		return false
	}
	and := false
	for k := i; k < end; k++ {
		t := &r.toks[k]
		and = and || t.Is("and")
		if and && t.Is("of") && k > i+2 && r.countryTail(r.skipThe(k+1, end), end) {
			break // "… Water Resources of the Republic of Kelvania"
		}
		if e := r.a.EntityAt(k); e != nil && (e.Kind != entities.Organization || k == i) {
			return false // a name or a place: "Graham", "South Carolina"
		}
		if t.IsCap() && !entities.CommonOrPlural(t.Text) && !entities.DerivedWord(t.Text) && !strings.HasSuffix(t.Text, "ed") && !(k > i && entities.IsDemonym(t.Text)) && r.a.EntityAt(k) == nil {
			return false // an item is common words: "Rural Development", "Landlocked Developing Countries" (also a people's adjective inside it: "the Canadian Coast Guard")
		}
		if !(t.Kind == entities.Word && (t.IsCap() || t.IsUpper() || k > i && (t.Is("and") || t.Is("of") || t.Is("the") || t.Is("at"))) || t.Is("&")) {
			return false
		}
	}
	return true
}

// countryTail reports capitalized words [i, end) that hold no person's
// name, unless one name covers them all (the recognizer's guess for an
// unknown country): "Kelvania", "the Republic of Kelvania", not "the
// Republic of Kelvania Jane Roe".
func (r *run) countryTail(i, end int) bool {
	if !r.capitalsTo(i, end) {
		return false
	}
	if e := r.a.EntityAt(i); e != nil && e.Tokens.First == i && e.Tokens.End == end {
		return true
	}
	for k := i; k < end; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return false
		}
	}
	return true
}

// placeItems reports tokens [i, end) that are places joined by "and": the
// rest of a post's list of territories ("…, Central Asia and Americas").
func (r *run) placeItems(i, end int) bool {
	if end-i < 3 || end-i > 12 {
		return false
	}
	and := false
	for k := i + 1; k < end-1; k++ {
		and = and || r.toks[k].Is("and")
	}
	if !and {
		return false
	}
	for k := i; k < end; k++ {
		if ei := r.a.EntityIndex(k); ei >= 0 {
			r.a.Refine(ei) // (a place the lists lack: "Americas")
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Place {
			k = e.Tokens.End - 1
			continue
		}
		if !(k > i && (r.toks[k].Is("and") || r.toks[k].Is("the"))) {
			return false
		}
	}
	return true
}

// placeEndsAt reports a place that ends right before the comma at c.
func (r *run) placeEndsAt(c int) bool {
	e := r.a.EntityAt(c - 1)
	return e != nil && e.Kind == entities.Place && e.Tokens.End == c
}

// postBefore reports a title in the segment that ends at the comma at c:
// the post whose territories a list names ("Assistant Secretary-General
// for Europe, …"), not a body's ("a coalition of groups in Kelvo, …").
func (r *run) postBefore(c, lo int) bool {
	for k := c - 1; k >= lo && !r.toks[k].Is(","); k-- {
		if r.toks[k].IsCap() && entities.IsTitleWord(r.toks[k].Text) {
			return true
		}
	}
	return false
}

// skipThe returns i, or the token after it when i is "the" and more follow.
func (r *run) skipThe(i, end int) int {
	if i+1 < end && r.toks[i].Is("the") {
		return i + 1
	}
	return i
}

// hedgedShare reports a share of people after hedging words, the whole
// of [i, end): "Just over a quarter", "Just shy of half", "About
// two-thirds".
func (r *run) hedgedShare(i, end int) bool {
	for i < end {
		switch strings.ToLower(r.toks[i].Text) {
		case "just", "about", "nearly", "almost", "roughly", "over", "under", "shy", "of", "some", "only":
			i++
			continue
		}
		break
	}
	return i < end && r.proportion(i, end)
}

// leadConjunction reports a capitalized conjunction that opens a
// sentence before its subject: "But", "And", "Yet", "So".
func leadConjunction(t *entities.Token) bool {
	return t.Is("But") || t.Is("And") || t.Is("Yet") || t.Is("So")
}

// headWithModifier returns the description from segStart (an article or
// determiner, adjectives) up to a head noun a speaker can have, when a
// short modifier in "of", "for", "from", "at" or "with" without a verb
// runs from the head to end: "The employee of nearly four years, a
// registered Republican, said" is the employee's; "A therapist at a
// regional hospital in northern Kelvo, who asked not to be named, said"
// the therapist's.
func (r *run) headWithModifier(segStart, end int) (phrase, bool) {
	toks := r.toks
	h := -1
	for x := segStart; x < end && x < segStart+4; x++ {
		lw := strings.ToLower(toks[x].Text)
		if toks[x].Kind != entities.Word || prepositions[lw] || isAux(lw) || x > segStart && determinerWords[lw] {
			return phrase{}, false
		}
		if (toks[x].IsLower() || x == segStart && toks[x].IsCap() && r.a.EntityAt(x) == nil) && headNoun(lw) && x+1 < end {
			h = x // (also a sentence's first word: "One of the displaced farmers, who …, said")
			break
		}
	}
	if h < 0 || end-h > 12 {
		return phrase{}, false
	}
	switch toks[h+1].Text {
	case "of", "for", "from", "at", "with":
	default:
		return phrase{}, false
	}
	for x := h + 2; x < end; x++ {
		t := &toks[x]
		if t.Kind == entities.Punct || t.Kind == entities.QuoteMark || isAux(strings.ToLower(t.Text)) || whWords[t.Text] || t.Is("that") || subjectPronouns[t.Text] {
			return phrase{}, false
		}
		if _, ok := cueAt(toks, x); ok {
			return phrase{}, false
		}
	}
	if toks[h].IsFold("one") && toks[h+1].Is("of") {
		return phrase{first: segStart, end: end, start: segStart}, true // the partitive whole: "One of the displaced farmers"
	}
	return phrase{first: segStart, end: h + 1, start: segStart}, true
}

// lowerWords reports whether tokens [i, end) are at most three words,
// all in lower case and none a preposition, a determiner or an auxiliary:
// "economist", "former senator"; not "contrast with".
func (r *run) lowerWords(i, end int) bool {
	if i >= end || end-i > 3 {
		return false
	}
	for k := i; k < end; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word || !t.IsLower() || prepositions[t.Text] || determinerWords[t.Text] || isAux(t.Text) || t.Is("of") {
			return false
		}
	}
	return true
}
