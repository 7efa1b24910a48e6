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
//
// clauseEnd walks what was said and tests each word; the tests are in
// clause_end_attribution.go, clause_end_coordination.go,
// clause_end_writer.go, clause_end_punct.go, clause_adjunct.go and
// clause_concession.go.

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
		if k > start+1 && r.closesQuote(k-1) && r.dayAt(k) {
			return k // "… called the plan “a giveaway” on Tuesday in Kelvale": the day is the saying's
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
		if t.Is("as") && k > start+2 && !r.comparativeAs(k, start) && r.namedSayerAt(k+1, end) {
			return k - boolInt(toks[k-1].Is(",")) // a headline's "Ministers announce €2 million fund as Minister of State says …": another's saying
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
			if f, ok := cueAt(toks, k+1); ok && !f.participle && !(!f.past && !r.commaBefore(k) && infinitiveBefore(toks, k, start)) { // (not the infinitive's second verb: "to hang up and report it")
				return k - boolInt(toks[k-1].Is(","))
			}
			if r.commaBefore(k) && r.verbLike(k+1) && !strings.HasSuffix(toks[k+1].Text, "ing") && !r.reportedModal(k+1, start, end) {
				return k - boolInt(toks[k-1].Is(",")) // "…, and called him …", "…,” and contrasted …"
			}
			if !r.commaBefore(k) && r.coordinatedPredicate(k+1, end) && !r.hasClause(start-1, k) &&
				!(r.ownSubjectClause(start, k) && (isArticleWord(toks[start].Text) || backshifted[toks[k+1].Text] && !refusalAfter(toks, k+2))) { // (not "said the bloc remained committed … and would support …", "said her members supported the rules and would share …": a clause of its own; but "said her members backed it and handed the minister a petition" is her act)
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
		if t.IsFold("but") && k > start+2 && k+1 < end && r.verbLike(k+1) && r.speechAhead(k+1, end) && !(backshifted[toks[k+1].Text] && k+2 < end && !refusalAfter(toks, k+2) && r.ownSubjectClause(start, k)) { // (not "said her members supported the rules but had asked for …": the reported clause's subject goes on)
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
				!(concessives[lw] && r.concessionGoesOn(k+1, end)) && !asWellAs(toks, k, end) {
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
		if toks[k-1].Is(",") && r.attributionAhead(m, end) && (introComma != k-1 || r.attributionCloses(m, end)) &&
			!(k > start && entities.LegalForm(t.Text) && toks[k-2].IsCap()) { // (not "that Zentrix Robotics, Inc. has agreed to pay": the name's legal form)
			return k - 1
		}
		if t.IsFold("and") && k > start+3 && r.clauseBefore(start, k) && !toks[m].IsFold("that") && r.attributionAhead(m, end) {
			// (not "said that A and that her office would continue …": a
			// second clause of what was said)
			return k // "… said it is $4.5 billion and Wealth-X says it is $3 billion": the next source's
		}
	}
	return end
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dayAt reports a day of the week at k, alone or after "on": "Tuesday",
// "on Tuesday"; the day a report dates a saying to, not a time of what was
// said ("last winter", "early next year").
func (r *run) dayAt(k int) bool {
	if k < len(r.toks) && r.toks[k].Is("on") {
		k++
	}
	return k < len(r.toks) && entities.Weekday(r.toks[k].Text) && r.qAt[k] == 0
}
