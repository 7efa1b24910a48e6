package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Where reported speech ends before its sentence does.
//
//	"She said prices will fall, adding that …"         a second attribution
//	"She said prices will fall, according to …"        an according-to
//	"She said prices will fall; wages will not."       a semicolon
//	"She said prices will fall, while wages …"         a clause it does not run into
//	"She said prices will fall, a claim others deny"   a gloss
//	"She said prices will fall and called for calm"    a second verb of hers
//	"She said prices will fall, raising the question …" a participle and its object

// clauseEnd returns where reported speech starting at token start ends:
// the sentence end, or a following attribution (", adding that", ",
// according to", ", he said"), or a dash.
func (r *run) clauseEnd(start, end int) int {
	if start >= end {
		return end // nothing follows the cue: "0 attack" (a fuzz find)
	}
	toks := r.toks
	openDash := false
	// "that during Obama's visit to Turkey, President Erdogan reiterated …":
	// the comma after an opening adverbial is not the speech's end.
	introComma := -1
	if lw := strings.ToLower(toks[start].Text); prepositions[lw] && lw != "to" || subordinators[lw] {
		for c := start + 1; c < end && c < start+16; c++ {
			if toks[c].Is(",") && r.qAt[c] == 0 {
				introComma = c
				break
			}
		}
	}
	for k := start; k < end; k++ {
		if r.qAt[k] != 0 {
			if k > start+1 && r.opensQuote(k) && r.ownAttribution(k, end) {
				return k - 1 // "… the need for resolve: “Change it,” she said."
			}
			continue
		}
		t := &toks[k]
		if (t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-")) && t.Space {
			switch {
			case openDash:
				openDash = false // the dash that closes a parenthesis
				continue
			case r.dashPair(k, end):
				if k > start+3 && r.clauseAfterDashPair(k, end) {
					return k // "… the recommendation of the prosecutors – the ones Doe advised not to proceed – Republicans are still …"
				}
				openDash = true
				continue
			case k > start+3 && k+1 < end && !toks[k+1].IsFold("and") && !toks[k+1].IsFold("or") && !toks[k+1].IsFold("that") && !toks[k+1].IsFold("either"):
				return k
			case k > start+3 && k+2 < end && toks[k+1].IsFold("and") && r.newSubjectAt(k+2, end):
				return k // "… had been led astray by “insiders” — and he singled out …"
			}
		}
		if k == start {
			continue
		}
		if k > start+1 && r.closesQuote(k-1) && r.quoteEndsWithComma(k-1) && r.afterQuotedPhrase(k) {
			return k // "… called him a “moderate,” a subtle dig at …"
		}
		if t.Is(";") {
			return k
		}
		if k > start+1 && r.mediumAdjunct(k, end) {
			return k - boolInt(toks[k-1].Is(",")) // "… the deal was good in an interview with the Gazette"
		}
		if k > start+1 && r.closesQuote(k-1) && (t.IsFold("and") || t.IsFold("but")) && k+1 < end && r.pastPredicate(k+1, end) {
			return k // "… pledged to be “the greatest jobs president” and cast doubt on …": the quoted words end what was said
		}
		if t.Is("on") && r.anonymityNote(k, end) {
			return k - boolInt(toks[k-1].Is(",")) // "… confirmed the meeting on the condition of anonymity"
		}
		if t.Is("as") && k > start+2 && k+2 < end && subjectPronouns[toks[k+1].Text] && !r.comparativeAs(k, start) && r.verbLike(k+2) {
			return k - boolInt(toks[k-1].Is(",")) // "… his Iowa win as he urges conservatives to unite"
		}
		// "…,” adding, “…”": a participle after a quotation's closing comma.
		if k > start+2 && r.closesQuote(k-1) && r.quoteEndsWithComma(k-1) {
			if f, ok := cueAt(toks, k); ok && f.participle {
				return k
			}
		}
		if k > start+3 && toks[k-1].Is(",") && t.IsLower() && strings.HasSuffix(t.Text, "ing") && t.Kind == entities.Word && len(t.Text) > 5 &&
			k+1 < end && (prepositions[toks[k+1].Text] || toks[k+1].Is("to")) {
			return k - 1 // "…, linking to a story …": a participial afterthought
		}
		if k > start+2 && r.commaBefore(k) && t.IsLower() && strings.HasSuffix(t.Text, "ing") && t.Kind == entities.Word && len(t.Text) > 5 &&
			k+1 < end && (determinerWords[strings.ToLower(toks[k+1].Text)] || objectPronouns[toks[k+1].Text]) && !t.Is("including") && !t.Is("considering") {
			// "…, raising the question …", "…,” referencing the …": a
			// participial afterthought of the writer; not "…, including
			// the three largest", a list that belongs to what was said.
			return k - boolInt(toks[k-1].Is(","))
		}
		if k > start+3 && r.commaBefore(k) && (t.IsFold("and") || t.IsFold("but")) && k+2 < end && (isArticleWord(toks[k+1].Text) || clauseDeterminer(toks[k+1].Text)) && (r.finiteSoon(k+2, end) || r.namedBodyThenAux(k+2, end)) {
			return k - boolInt(toks[k-1].Is(",")) // "…, and a fifth superdelegate has not been named"
		}
		if k > start+3 && r.commaBefore(k) && (t.IsFold("and") || t.IsFold("but")) && k+1 < end && subjectPronouns[strings.ToLower(toks[k+1].Text)] {
			return k - 1 // "…, and he foreshadowed …": a new clause
		}
		if k > start+3 && toks[k-1].Is(",") && (t.IsFold("and") || t.IsFold("but")) && k+2 < end && toks[k+1].IsCap() && !toks[k+1].Is("I") &&
			r.qAt[k+1] == 0 && r.finiteAhead(k+1, min(end, k+8)) {
			return k - 1 // "…, and Ms. Lee is among …": a new clause with a subject of its own
		}
		if k > start+3 && (t.IsFold("and") || t.IsFold("but")) && r.quantifierClause(k+1, end) {
			return k - boolInt(toks[k-1].Is(",")) // "… and one in four said …": the next answer of a poll
		}
		if k > start+3 && t.IsLower() && (t.Is("before") || t.Is("after") || t.Is("while") || t.Is("by")) && k+1 < end &&
			strings.HasSuffix(toks[k+1].Text, "ing") && toks[k+1].IsLower() && r.speechAhead(k+1, end) {
			return k // "… has “kept us safe” on Twitter before claiming …", not "… bag the nomination by persuading …"
		}
		if t.IsFold("and") && k > start+3 && k+1 < end {
			if e := r.a.EntityAt(k + 1); e != nil && e.Kind == entities.Person && e.Tokens.First == k+1 && e.Tokens.End < end {
				if f, ok := cueAt(toks, e.Tokens.End); ok && f.participle {
					return k - boolInt(toks[k-1].Is(",")) // "… and Trump calling it …"
				}
			}
			if r.absoluteNamed(k+1, end) {
				return k - boolInt(toks[k-1].Is(",")) // "… and AFT President Randi Weingarten hugging her"
			}
			if f, ok := cueAt(toks, k+1); ok && !f.participle {
				return k - boolInt(toks[k-1].Is(","))
			}
			if r.commaBefore(k) && r.verbLike(k+1) && !strings.HasSuffix(toks[k+1].Text, "ing") {
				return k - boolInt(toks[k-1].Is(",")) // "…, and called him …", "…,” and contrasted …"
			}
			if !r.commaBefore(k) && r.coordinatedPredicate(k+1, end) && !r.hasClause(start-1, k) {
				return k // "… called the vote “a farce” and urged her to …"
			}
		}
		if t.IsFold("and") && k > start && k <= start+3 && k+2 < end && !r.commaBefore(k) && r.coordinatedPredicate(k+1, end) && !r.hasClause(start-1, k) {
			return k // a short object, then the subject's next act: "… denied the charges and accused her of lying"
		}
		if k > start+5 && t.IsLower() && (t.Is("after") || t.Is("before") || t.Is("when")) && k+1 < end &&
			(toks[k+1].IsCap() || determinerWords[toks[k+1].Text]) && r.qAt[k+1] == 0 && r.finiteAhead(k+1, min(end, k+9)) {
			return k // "… about state election laws after former President Bill Clinton greeted voters"
		}
		if t.IsFold("but") && k > start+2 && k+1 < end && r.verbLike(k+1) && r.speechAhead(k+1, end) {
			// "… vote for Trump but said she would not campaign"; not "…
			// was rooting for Denver but would now root for Carolina"
			return k - boolInt(toks[k-1].Is(","))
		}
		if r.commaBefore(k) && k > start+3 && (t.IsFold("a") || t.IsFold("an")) && k+1 < end && summaryNouns[strings.ToLower(toks[k+1].Text)] {
			return k - 1 // "…, a recommendation Lynch adopted": the writer's gloss on what was said
		}
		if toks[k-1].Is(",") && k > start+3 && r.glossAppositive(k, end) {
			return k - 1 // "… repeal the Hyde Amendment, a longstanding federal provision that …"
		}
		if toks[k-1].Is(",") && k > start+2 {
			if lw := strings.ToLower(t.Text); contentBreak[lw] && (!r.commaAfter(k, end) || (lw == "while" || lw == "whereas") && !r.shortAside(k+1, end)) &&
				!(concessives[lw] && r.concessionGoesOn(k+1, end)) {
				return k - 1
			}
			if t.IsFold("with") && k+2 < end && r.absoluteAhead(k+1, end) {
				return k - 1 // "…, with the state's interior minister leveling criticism"
			}
			if f, ok := cueAt(toks, k); ok && !f.participle {
				return k - 1 // "Barkley, who said he votes, said …"
			}
		}
		if t.IsFold("according") && k+1 < end && toks[k+1].Is("to") && k > start+2 && r.closesQuote(k-1) && r.quoteEndsWithComma(k-1) {
			return k // "…,” according to a letter"
		}
		if !toks[k-1].Is(",") && !(t.IsFold("and") || t.IsFold("but")) {
			continue
		}
		m := k
		if t.IsFold("and") || t.IsFold("but") {
			m++
		}
		if m >= end {
			break
		}
		if f, ok := cueAt(toks, m); ok && (f.participle || m > k) {
			if _, comp := r.complement(r.cueEnd(m, end, f), end, f); comp != compNone && comp != compClause || f.participle {
				return k - boolInt(toks[k-1].Is(","))
			}
		}
		if toks[m].IsFold("according") && m+1 < end && toks[m+1].Is("to") {
			return k - boolInt(toks[k-1].Is(","))
		}
		if toks[k-1].Is(",") && r.attributionAhead(m, end) && (introComma != k-1 || r.attributionCloses(m, end)) {
			return k - 1
		}
	}
	return end
}

// ownAttribution reports a quotation opening at token k after a colon or
// a dash, whose closing mark is followed by an attribution of its own:
// "… praised his faith - ”faith that shows,” he said - and …", "…
// declared the need for resolve: “Change it,” she said." What was said
// before ends at the colon or dash; the quotation is the attribution's.
func (r *run) ownAttribution(k, end int) bool {
	toks := r.toks
	if p := &toks[k-1]; !(p.Is(":") || (p.Is("—") || p.Is("–") || p.Is("--") || p.Is("-")) && p.Space) {
		return false
	}
	c := r.qs[r.qAt[k]-1].close
	if c < 0 || c+2 >= end {
		return false
	}
	a := c + 1
	if toks[a].Is(",") {
		a++
	}
	if f, ok := cueAt(toks, a); ok && !f.participle && a+1 < end && (toks[a+1].IsCap() || isArticleWord(toks[a+1].Text)) {
		return true // "“…,” said Jane Roe"
	}
	if !subjectPronouns[strings.ToLower(toks[a].Text)] && r.a.EntityAt(a) == nil {
		return false
	}
	return r.attributionAhead(a, end)
}

// quantifierClause reports a quantifier subject and its verb of saying
// from token i: "one in four said", "most say".
func (r *run) quantifierClause(i, end int) bool {
	for k := i + 1; k < end && k < i+5; k++ {
		if r.toks[k].Kind != entities.Word && r.toks[k].Kind != entities.Number {
			return false
		}
		if f, ok := cueAt(r.toks, k); ok {
			return r.quantifierSubject(k, f)
		}
	}
	return false
}

// absoluteNamed reports a noun phrase with a name, then a participle,
// from token i: "powerful AFT President Randi Weingarten hugging her".
func (r *run) absoluteNamed(i, end int) bool {
	toks := r.toks
	named := false
	for k := i; k < end && k < i+7; k++ {
		t := &toks[k]
		if t.Kind != entities.Word {
			return false
		}
		lw := t.Text
		if k > i && named && t.IsLower() && len(lw) > 4 && strings.HasSuffix(lw, "ing") {
			return true
		}
		if t.IsLower() && (determinerWords[lw] && k > i || prepositions[lw] || isAux(lw) || subjectPronouns[lw]) {
			return false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			named = true
		}
	}
	return false
}

// finiteAhead reports whether a finite verb stands in [j, end) before any
// punctuation: an auxiliary, or a past form after a word that is not a
// determiner ("after former President Bill Clinton greeted voters", not
// "after his controversial proposal").
func (r *run) finiteAhead(j, end int) bool {
	toks := r.toks
	for k := j; k < end; k++ {
		t := &toks[k]
		if t.Kind != entities.Word {
			return false
		}
		lw := t.Text
		if isAux(lw) && lw != "be" && lw != "been" {
			return true
		}
		if k > j && t.IsLower() && strings.HasSuffix(lw, "ed") && !determinerWords[strings.ToLower(toks[k-1].Text)] {
			return true
		}
		if f, ok := cueAt(toks, k); ok && k > j && t.IsLower() && !f.participle {
			return true
		}
	}
	return false
}

// anonymityNote reports "on (the) condition of anonymity" or "on
// condition that …" at token k: the writer's note on the source, not
// what was said.
func (r *run) anonymityNote(k, end int) bool {
	toks := r.toks
	j := k + 1
	if j < end && toks[j].Is("the") {
		j++
	}
	return j+1 < end && toks[j].Is("condition") && (toks[j+1].Is("of") || toks[j+1].Is("that"))
}

// comparativeAs reports an "as" at k that closes a comparison ("as good
// as it gets", "the same as they were"): another "as", "same" or "such"
// stands within the four words before it.
func (r *run) comparativeAs(k, start int) bool {
	for j := k - 1; j >= start && j >= k-4; j-- {
		if w := strings.ToLower(r.toks[j].Text); w == "as" || w == "same" || w == "such" || w == "so" {
			return true
		}
	}
	return false
}

// newSubjectAt reports a subject of a clause of its own from token i: a
// pronoun, or a determiner and a noun with an auxiliary within four
// words ("he singled out", "the Senate is holding").
func (r *run) newSubjectAt(i, end int) bool {
	toks := r.toks
	if subjectPronouns[toks[i].Text] && i+1 < end && r.verbLike(i+1) {
		return true
	}
	return (isArticleWord(toks[i].Text) || clauseDeterminer(toks[i].Text)) && i+1 < end && (r.finiteSoon(i+1, end) || r.namedBodyThenAux(i+1, end))
}

// irregularPasts are past forms without -ed that open a second predicate.
var irregularPasts = toSet(`made took gave went came saw got put ran kept left brought thought found felt held stood began sent spent won lost met paid heard drew threw`)

// pastPredicate reports a second predicate of the subject from token i: a
// past form ("cast doubt", "showed flashes", "made no mention") or an
// auxiliary and a participle ("has invited").
func (r *run) pastPredicate(i, end int) bool {
	t := &r.toks[i]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	if finiteEd(t) || irregularPasts[t.Text] {
		return true
	}
	return (t.Is("has") || t.Is("have") || t.Is("had")) && i+1 < end && finiteEd(&r.toks[i+1])
}

// clauseDeterminer reports a determiner that opens a noun phrase subject
// after ", and": "…, and his campaign is approaching delegates", "…, and
// both sides are not that far apart".
func clauseDeterminer(w string) bool {
	switch w {
	case "his", "her", "their", "its", "both", "another", "many", "most", "some", "several", "other", "no":
		return true
	}
	return false
}

// namedBodyThenAux reports a name of capitalized words (with "of",
// "for", "and" inside) from i, then an auxiliary: "the Kelvale Civil
// Liberties Union has", "the Department of Labor will".
func (r *run) namedBodyThenAux(i, end int) bool {
	toks := r.toks
	if i >= end || !toks[i].IsCap() {
		return false
	}
	for k := i + 1; k < end && k < i+9; k++ {
		t := &toks[k]
		switch {
		case t.Kind == entities.Word && t.IsLower() && isAux(t.Text):
			return true
		case t.IsCap() || t.Is("of") || t.Is("for") || t.Kind == entities.Possessive:
		default:
			return false
		}
	}
	return false
}

// finiteSoon reports an auxiliary within four words from i, after
// words of a noun phrase only: "a fifth superdelegate has".
func (r *run) finiteSoon(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word {
			return false
		}
		if isAux(t.Text) && t.IsLower() {
			return k > i
		}
		if prepositions[t.Text] || whWords[t.Text] || t.Is("that") {
			return false
		}
	}
	return false
}

// shortAside reports whether tokens from i to the next comma are a short
// verbless aside: "the email scandal, while troublesome, was …".
func (r *run) shortAside(i, end int) bool {
	for k := i; k < end && k < i+5; k++ {
		t := &r.toks[k]
		if t.Is(",") {
			return k > i
		}
		if t.Kind != entities.Word || isAux(t.Text) || strings.HasSuffix(t.Text, "ed") {
			return false
		}
	}
	return false
}

// absoluteAhead reports a noun phrase followed by a participle from token
// i: "the state's interior minister leveling …".
func (r *run) absoluteAhead(i, end int) bool {
	toks := r.toks
	for k := i; k < end && k < i+8; k++ {
		t := &toks[k]
		if t.Kind == entities.Punct && !t.Is(",") {
			return false
		}
		if k > i && t.IsLower() && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ing") {
			return true
		}
	}
	return false
}

// commaBefore reports whether a comma precedes token k, also inside the
// closing mark of a quotation ("…,” but he …", "…,” and he …").
func (r *run) commaBefore(k int) bool {
	return k > 0 && (r.toks[k-1].Is(",") || r.closesQuote(k-1) && r.quoteEndsWithComma(k-1))
}

// dashPair reports whether the dash at k opens a parenthesis closed by
// another dash before end: "closed primaries -- those open only to
// registered Democrats -- deny …".
func (r *run) dashPair(k, end int) bool {
	for j := k + 1; j < end && j < k+30; j++ {
		t := &r.toks[j]
		if t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-") && t.Space {
			return true
		}
	}
	return false
}

// verbLike reports a lower-case word that is not a pronoun, determiner or
// quotation: after "but", it starts a verb phrase of the same subject.
func (r *run) verbLike(k int) bool {
	t := &r.toks[k]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	lw := t.Text
	return !subjectPronouns[lw] && !determinerWords[lw] && !prepositions[lw] && lw != "that" && lw != "not" && lw != "also" && lw != "then"
}

// speechAhead reports a verb of saying at token i, perhaps after a
// participle of motion or turn ("before claiming", "after going on to
// say"): the speaker's next act, not more of what was said.
func (r *run) speechAhead(i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		if _, ok := cueAt(r.toks, k); ok {
			return true
		}
		if r.toks[k].Kind != entities.Word {
			return false
		}
	}
	return false
}

// afterQuotedPhrase reports a relative pronoun or an article after a
// quotation that closes with a comma inside what was said ("… the
// “Charleston loophole,” which allows …", "… called him a “moderate,” a
// subtle dig …", "… an “inversion,” in which …"): the writer's gloss,
// not more of what was said. Other words may go on with it ("…
// “peanuts,” compared to …", "… “futile,” because …").
func (r *run) afterQuotedPhrase(k int) bool {
	t := &r.toks[k]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	switch t.Text {
	case "which", "who", "part":
		return true
	case "a", "an", "another":
		return k+1 < len(r.toks) && r.qAt[k+1] == 0 // not a list: "a “loser,” a “liar” and …"
	case "in":
		return k+1 < len(r.toks) && r.toks[k+1].Is("which")
	}
	return false
}

// coordinatedPredicate reports a second predicate of the speaker after
// "and" at token i: a singular auxiliary before a verb ("… and has
// invited two guests", "… and would not say"), or a verb in the past or
// in -s before an object pronoun, a determiner or "to" ("… and accused
// him of …", "… and calls her …", "… and tried to …").
func (r *run) coordinatedPredicate(i, end int) bool {
	toks := r.toks
	if i+1 >= end || r.qAt[i] != 0 || r.qAt[i+1] != 0 {
		return false
	}
	t := &toks[i]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	lw := t.Text
	switch lw {
	case "has", "was", "would", "did":
		n := i + 1
		for n < end && (isAdverb(&toks[n]) || toks[n].Is("not")) {
			n++
		}
		return n < end && toks[n].Kind == entities.Word && toks[n].IsLower() && !determinerWords[toks[n].Text] && !prepositions[toks[n].Text]
	}
	past := len(lw) > 4 && strings.HasSuffix(lw, "ed")
	third := len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us")
	if !past && !third {
		return false
	}
	n := &toks[i+1]
	nw := n.Text
	return n.Kind == entities.Word && n.IsLower() && (objectPronouns[nw] && nw != "reporters" && nw != "you" || nw == "it" || nw == "to" && past ||
		determinerWords[nw] && nw != "that" && past)
}

// hasClause reports a subject pronoun, a wh-word, "that" or an auxiliary
// among tokens [i, end) (i is the token before what was said, perhaps
// its "that"): what was said has a clause of its own, and an
// "and" with a verb after it may go on inside it ("said she was tired
// and wanted a change").
func (r *run) hasClause(i, end int) bool {
	for k := max(i, 0); k < end; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word {
			continue
		}
		lw := strings.ToLower(t.Text)
		if subjectPronouns[lw] || contracted(lw) || isAux(lw) || whWords[lw] || lw == "that" {
			return true
		}
	}
	return false
}

// commaAfter reports whether a comma follows token k in [k, end).
func (r *run) commaAfter(k, end int) bool {
	for ; k < end; k++ {
		if r.toks[k].Is(",") && r.qAt[k] == 0 {
			return true
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// attributionAhead reports whether an attribution starts at token m: a
// pronoun or a short noun phrase, then a verb of saying ("he said", "the
// senator added").
func (r *run) attributionAhead(m, end int) bool {
	toks := r.toks
	k := m
	np := false
	for n := 0; k < end && n < 6; n++ {
		t := &toks[k]
		if t.Kind == entities.Number || t.Is("%") {
			np = true // "…, 32% call themselves conservative"
			k++
			continue
		}
		if t.Kind != entities.Word && t.Kind != entities.Possessive {
			break
		}
		if f, ok := cueAt(toks, k); ok && np && !(k > m && determinerWords[strings.ToLower(toks[k-1].Text)]) {
			return !f.participle && !unsaidVerbGroup(toks, m, k) // not "…, a recount of Monday’s vote …"
		}
		lw := strings.ToLower(t.Text)
		switch {
		case isAdverb(t):
		case subjectPronouns[lw] || t.IsCap() || npWord(lw) || t.Kind == entities.Possessive:
			np = true
		default:
			return false
		}
		k++
	}
	return false
}

// unsaidVerbGroup reports auxiliaries in [m, k) before the verb of saying
// at k that make the clause no attribution: a passive ("…, he is often
// asked about her views": he is the hearer) or a modal perfect ("…, he
// should have insisted on a better deal": what did not happen). What was
// said goes on: "Jane Roe said that if the board had voted, it would have
// objected to the plan."
func unsaidVerbGroup(toks []entities.Token, m, k int) bool {
	modal := false
	for j := m; j < k; j++ {
		switch strings.ToLower(toks[j].Text) {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		case "would", "should", "could", "might", "must", "may":
			modal = modalAux(toks[j].Text)
		case "have":
			if modal {
				return true
			}
		}
	}
	return false
}

// modalAux reports a modal that, with "have", puts a verb in a modal
// perfect: "should have insisted", "would have said".
func modalAux(w string) bool {
	switch strings.ToLower(w) {
	case "would", "should", "could", "might", "must", "may":
		return true
	}
	return false
}

// attributionCloses reports an attribution from token m whose verb of
// saying ends the sentence, or is followed only by a time and a comma:
// "… when prices rose, a Chinese official said." — after an opening
// adverbial, the comma then ends what was said, not the adverbial.
func (r *run) attributionCloses(m, end int) bool {
	toks := r.toks
	for k := m; k < end && k < m+7; k++ {
		if f, ok := cueAt(toks, k); ok && !f.participle && k > m {
			x := k + 1
			for x < end {
				if n := r.timeAt(x, end); n > 0 {
					x += n
					continue
				}
				if isAdverb(&toks[x]) {
					x++
					continue
				}
				break
			}
			return x >= end || toks[x].Is(".") || toks[x].Is(",")
		}
		if toks[k].Kind != entities.Word && toks[k].Kind != entities.Possessive {
			return false
		}
	}
	return false
}

// summaryNouns name what was said, in an appositive that glosses it: "…,
// a claim the company denies" (data/words/summary_nouns.txt).
var summaryNouns = wordList("summary_nouns")

// contentBreak words open, after a comma, a clause that reported speech
// does not run into: "…, while about 4 in 10 want …", "…, which is spread …".
var contentBreak = toSet(`while whereas which who whom although though meaning as compared however even followed`)

// clauseLink words open a clause that is not what was said: "…, which
// focused on …", "…, but …".
var clauseLink = toSet(`which who whose whom where when while as because although though`)

// clauseAfterDashPair reports a clause with a subject of its own after the
// dash that closes the pair opened at k: what was said ended before the
// aside ("… the recommendation of the prosecutors – the ones Doe advised
// not to proceed – Republicans are still crying foul").
func (r *run) clauseAfterDashPair(k, end int) bool {
	toks := r.toks
	for j := k + 1; j < end && j < k+30; j++ {
		t := &toks[j]
		if t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-") && t.Space {
			n := j + 1
			if n >= end || r.qAt[n] != 0 {
				return false
			}
			if toks[n].IsCap() && !toks[n].Is("I") {
				return r.finiteAhead(n, min(end, n+6))
			}
			return false
		}
	}
	return false
}
