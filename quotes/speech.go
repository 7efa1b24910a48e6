package quotes

import (
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// Speech boundaries: what an attribution takes, before or after it.
//
//	backward: "“Prices will fall,” she said." and "Prices will fall, she
//	said, in May." (the rest of the sentence after a parenthetical)
//	forward: "She said that prices will fall." and "She said: “…”"
//	region: the content between two token indexes, extended to whole
//	quotations, with its kind (direct, mixed, indirect).

// backward attributes the speech before the attribution: a quotation that
// closes right before it, or the clause from lo to it (and, for a
// parenthetical attribution, the rest of the sentence after it). attStart
// is the first token of the attribution, attEnd the index after its cue
// or subject.
func (r *run) backward(s *entities.Sentence, lo, attStart, attEnd int, cue *Cue, subj phrase, rule Rule, conf entities.Confidence) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	b := attStart
	for b > lo && (toks[b-1].Is(",") || toks[b-1].Is("—") || toks[b-1].Is("–")) {
		b--
	}
	after := r.attributionEnd(attEnd, end)
	// “…,” DoubleLine Capital portfolio manager Bonnie Baha said: the words
	// between the quotation and the name belong to the subject.
	if rule == SubjectCue && b == attStart {
		for k := b - 1; k > lo && k >= b-8; k-- {
			if r.closesQuote(k) {
				b = k + 1
				if toks[k].Is(",") {
					b = k
				}
				break
			}
			if t := &toks[k]; t.Kind != entities.Word && t.Kind != entities.Possessive {
				break
			}
		}
	}
	var c content
	goesOn, goesOnEnd := -1, 0 // a quotation that goes on with the sentence: "If the levy passes, she said, “the schools will …”"
	if b > 0 && r.qAt[b-1] != 0 && r.qs[r.qAt[b-1]-1].close == b-1 {
		qi := int(r.qAt[b-1] - 1)
		q := &r.qs[qi]
		c = content{parts: append([]entities.Span(nil), q.parts...), kind: Direct}
		r.qUsed[qi] = true
		// "The bill's failure was “heartbreaking,” she said.": the words
		// before the quotation in its clause are what she said too.
		if st := r.lastClause(lo, q.open); q.open > st && r.sameSentence(q.open, s) && r.plainLead(st, q.open) {
			if m := r.region(st, b); m.parts != nil {
				c = m
			}
		}
		// "“A,” he said, “B.”": the quotation goes on after the attribution.
		if after < end && toks[after].Is(",") && after+1 < len(toks) && r.opensQuote(after+1) {
			qj := int(r.qAt[after+1] - 1)
			c.parts = append(c.parts, r.qs[qj].parts...)
			r.qUsed[qj] = true
			after = r.quoteEndTok(qj) + 1
		} else if after < len(toks) && r.opensQuote(after) && r.sameSentence(after, s) && !r.objectQuote(after) && r.titleAfterAttribution(after) {
			r.qUsed[r.qAt[after]-1] = true // a show's name, not speech of its own
		} else if after < len(toks) && r.opensQuote(after) && r.sameSentence(after, s) && !r.objectQuote(after) {
			qj := int(r.qAt[after] - 1)
			c.parts = append(c.parts, r.qs[qj].parts...)
			r.qUsed[qj] = true
			after = r.quoteEndTok(qj) + 1
		} else if rest := r.unquotedRest(b-1, after, end); rest > after {
			// "“Only you,” she said, would use the occasion to …": the
			// sentence the quotation began goes on, unquoted.
			if m := r.region(after+1, rest); m.parts != nil && r.words(m.parts) >= 2 {
				c.parts = append(c.parts, m.parts...)
				c.kind = Mixed
				after = rest
			}
		}
	} else {
		// "The editorial, sources said, nailed …", "But, he said, it is …":
		// the sentence goes on after a parenthetical attribution.
		var more content
		rest := after
		if fs := r.frontSegment(lo, b); rule == SubjectCue && after+1 < end && toks[after].Is(",") && r.opensQuote(after+1) && r.quoteGoesOn(fs, b, after+1) {
			lo = fs
			goesOn = int(r.qAt[after+1] - 1)
			more = content{parts: append([]entities.Span(nil), r.qs[goesOn].parts...), kind: Direct}
			rest = r.quoteEndTok(goesOn) + 1
			goesOnEnd = rest
		}
		copula, agent := false, false // "It was, he said, one of the bitterest failures": the clause before wants its complement; "would be aided, Jane Roe said, by …": its agent
		if b > lo && rule == SubjectCue && after+1 < end {
			copula, agent = unfinishedBefore(toks, b)
			agent = agent && toks[after+1].Is("by")
		}
		if rule == SubjectCue && goesOn < 0 && after+1 < end && toks[after].Is(",") && !r.opensQuote(after+1) && (!clauseLink[strings.ToLower(toks[after+1].Text)] || r.subordinateThenMain(after+1, end) || r.reasonGoesOn(after+1, end)) &&
			(agent || (copula || !(r.quantifierAt(after+1) && !r.articleNoun(after+1, end) && !r.quantifiedSubject(after+1, end))) && r.timeAt(after+1, end) == 0 &&
				(!r.adjunctPhrase(after+1, end) || b > lo && r.infinitiveGoesOn(after+1, end) && r.speechLike(lo, b))) { // (not the attribution's adjunct: "…, the Trust announced today, after a three-year reintroduction.", "The report was, she said, at a press conference."; but an infinitive after speech goes on)
			if f, ok := cueAt(toks, after+1); !(ok && f.participle) && !toks[after+1].IsFold("according") && !r.speakerAdjunct(after+1, end) && !r.mannerParticiple(after+1, end) {
				rest = r.clauseEnd(after+1, end)
				if more = r.region(after+1, r.learnedEnd(s, after+1, rest, rule, false)); more.parts != nil && r.words(more.parts) < 2 {
					more = content{}
				}
			}
		}
		if more.parts == nil && (b-lo < 1 || !r.speechLike(lo, b)) {
			return 0, false
		}
		if fs := r.frontSegment(lo, b); fs > lo && more.parts != nil && entities.RelativeLead(toks, fs, b) {
			lo = fs // a relative clause the attribution interrupts reports; the clause it hangs on is the speaker's own: "… thanked the authors, many of whom, he said, had worked unpaid"
		}
		if b > lo {
			c = r.region(r.learnedStart(s, lo, r.sentenceAdverbEnd(r.lastClause(lo, b), b), b, rule), b)
		}
		switch {
		case more.parts != nil && c.parts != nil:
			c.parts = append(c.parts, more.parts...)
			if more.kind != c.kind {
				c.kind = Mixed
			}
			after = rest
		case more.parts != nil:
			c, after = more, rest
		}
		if c.parts == nil || r.words(c.parts) < 1 || more.parts == nil && r.words(c.parts) < 2 {
			return 0, false
		}
	}
	if !r.emit(c, cue, subj, rule, conf) {
		return 0, false
	}
	if goesOn >= 0 && after == goesOnEnd {
		r.qUsed[goesOn] = true
	}
	if after <= attStart {
		after = attEnd
	}
	return after, true
}

// unfinishedBefore reports a clause ending at token b (a parenthetical
// attribution's comma) that cannot end there: after a copula ("It was, he
// said, one of …"), whose complement may open with a quantifier but not
// with a phrase of the attribution's setting ("at a press conference"); or
// a passive, which goes on only with its agent's "by" ("would be aided,
// Jane Roe said, by the calendar").
func unfinishedBefore(toks []entities.Token, b int) (copula, passive bool) {
	w := strings.ToLower(toks[b-1].Text)
	switch w {
	case "is", "was", "are", "were", "be", "been", "being":
		return true, false
	case "'s", "’s":
		return toks[b-1].Kind != entities.Possessive, false // (not the possessive: "The plan was the mayor's, he said, at a meeting")
	}
	return false, b > 2 && strings.HasSuffix(w, "ed") && (toks[b-2].IsFold("be") || toks[b-2].IsFold("been") || toks[b-2].IsFold("being"))
}

// attributionEnd skips the adverbials after an attribution ("on Thursday
// during a speech at ...") up to a comma followed by a quotation, a new
// cue, or the sentence end.
func (r *run) attributionEnd(j, end int) int {
	toks := r.toks
	for k := j; k < end; k++ {
		if toks[k].Is(",") || toks[k].Is(";") || r.qAt[k] != 0 {
			return k
		}
		if _, ok := cueAt(toks, k); ok && k > j && !(toks[k-1].Is("a") || toks[k-1].Is("an")) {
			return k // not the noun of "suggested in a tweet"
		}
	}
	return end
}

// forward attributes the speech from token start on: a quotation that
// opens there, or the clause to the end of the sentence (or of a
// quotation that runs past it).
func (r *run) forward(s *entities.Sentence, start int, cue *Cue, subj phrase, rule Rule, conf entities.Confidence) (int, bool) {
	if start >= s.Tokens.End {
		return 0, false
	}
	end := r.clauseEnd(start, r.capEnd(start, s.Tokens.End))
	relative := subj.mEnd > subj.mFirst && r.relativePronoun(subj.mFirst) &&
		(subj.mFirst > 0 && r.toks[subj.mFirst-1].Is(",") || r.unnamedRelative(subj))
	sub := r.subordinate(s, subj.start) || relative
	if sub {
		// "While Ramos said that journalists cannot …, he appears uneasy",
		// "Trump, who suggested the battle … could be left to Russia, is …":
		// the speech ends with the subordinate or relative clause.
		for k := start + 1; k < end; k++ {
			if r.toks[k].Is(",") && r.qAt[k] == 0 {
				end = k
				break
			}
			if k > start+1 && r.closesQuote(k) && r.quoteEndsWithComma(k) {
				end = k + 1 // "Roffman, who estimates that his costs were “in the seven figures,” described …"
				break
			}
		}
	}
	var c content
	after := end
	if r.opensQuote(start) {
		qi := int(r.qAt[start] - 1)
		qe := r.quoteEndTok(qi)
		if qe+1 >= end || r.onlyPunct(qe+1, end) || r.quoteEnds(qe+1) {
			c = content{parts: append([]entities.Span(nil), r.qs[qi].parts...), kind: Direct}
			r.qUsed[qi] = true
			after = max(qe+1, end)
			if st := r.learnedFwdStart(s, start, qe+1, cue, rule); st < start {
				c = r.region(st, qe+1) // "said that “…”", where "that" belongs to the speech
			}
		} else {
			c, after = r.learnedForward(s, start, end, cue, rule, sub)
		}
	} else {
		c, after = r.learnedForward(s, start, end, cue, rule, sub)
	}
	if c.parts == nil || r.words(c.parts) < 2 && !r.answer(c, start) && !r.quotedReply(c, start) {
		return 0, false
	}
	if e := r.describedAsAfterAside(cue, after, s.Tokens.End); e > after {
		c, after = r.region(start, e), e
	}
	if !r.emit(c, cue, subj, rule, conf) {
		return 0, false
	}
	if after > s.Tokens.End {
		return s.Tokens.End, true
	}
	return after, true
}

// answer reports a one-word answer at token start that is the whole
// speech: "75 percent of Democrats said yes", "the candidate said no".
func (r *run) answer(c content, start int) bool {
	t := &r.toks[start]
	return len(c.parts) == 1 && c.parts[0].Start == t.Start && c.parts[0].End == t.End && (t.IsFold("yes") || t.IsFold("no"))
}

// quoteEnds reports whether the words after a quotation that opens
// reported speech are not part of it: a comma or a conjunction follows
// ("cautioned “let’s not get ahead of ourselves,” before predicting …").
func (r *run) quoteEnds(i int) bool {
	if i >= len(r.toks) {
		return true
	}
	t := &r.toks[i]
	if t.Is(",") || t.Is(";") || t.Is("—") || t.Is("–") {
		return true
	}
	switch strings.ToLower(t.Text) {
	case "and":
		// "added that “…” and “…”": a second quotation goes on with the first.
		return !(i+1 < len(r.toks) && r.opensQuote(i+1))
	case "but", "before", "after", "as", "while", "when", "because", "then":
		return true
	}
	// "yelled “You lie!” at the president": an exclamation or question
	// is whole; the phrase after it is the writer's.
	if i >= 2 && prepositions[t.Text] && (r.toks[i-2].Is("!") || r.toks[i-2].Is("?")) && r.closesQuote(i-1) {
		return true
	}
	return false
}

// subordinate reports whether the attribution starting at token i stands
// in a subordinate clause that opens the sentence: "While Ramos said …",
// "In addition to stating that …", "Having announced that …", "A few
// weeks after Roe announced …", "Even as Roe said …" (but not "As Roe
// said, …", whose main clause is what was said).
func (r *run) subordinate(s *entities.Sentence, i int) bool {
	toks := r.toks
	first := r.skipDateline(s)
	if first+2 < i && asideAdverbs[strings.ToLower(toks[first].Text)] && toks[first+1].Is(",") {
		first += 2 // "However, while the RNC says …"
	} else if first+1 < i && (toks[first].IsFold("but") || toks[first].IsFold("and")) {
		first++
	}
	evenAs := false
	if first+1 < i && (toks[first].IsFold("ever") || toks[first].IsFold("even") || toks[first].IsFold("just") || toks[first].IsFold("long") || toks[first].IsFold("only")) &&
		subordinators[strings.ToLower(toks[first+1].Text)] {
		evenAs = toks[first].IsFold("even") && toks[first+1].IsFold("as")
		first++ // "Ever since Bernie Sanders announced …"
	} else if n := r.spanBefore(first, i); n > 0 {
		first += n // "A few weeks after Obama announced …"
	}
	if i < first || i-first > 12 && !r.afterIntro(first, i) {
		return false
	}
	for k := first; k < i; k++ {
		if toks[k].Is(",") {
			if c := r.introComma(first, i); c < 0 {
				return false
			} else {
				first = c + 1 // "In June 2001, after the company asked workers to …, employees volunteered"
				break
			}
		}
	}
	w := strings.ToLower(toks[first].Text)
	return subordinators[w] && (w != "as" || evenAs) || w == "having" || w == "in" && first+2 < len(toks) && toks[first+1].IsFold("addition")
}

// spanWords measure a stretch of time before "after" or "before".
var spanWords = toSet(`a an one two three four five six several few some many just shortly soon right moments
minutes hours days weeks months years minute hour day week month year not long only`)

// spanBefore returns the length of a stretch of time at token first that
// "after" or "before" follows, before token i: "A few weeks after Obama
// announced …", "Two days before she said …" (invented) open a
// subordinate clause as "After Obama announced …" does; 0 when none.
func (r *run) spanBefore(first, i int) int {
	toks := r.toks
	for n := 0; n < 4 && first+n+1 < i; n++ {
		t := &toks[first+n]
		if t.Kind != entities.Number && !(t.Kind == entities.Word && spanWords[strings.ToLower(t.Text)]) {
			return 0
		}
		if next := &toks[first+n+1]; n > 0 || t.Kind == entities.Number || !t.IsFold("a") {
			if next.IsFold("after") || next.IsFold("before") {
				return n + 1
			}
		}
	}
	return 0
}

// introComma returns the comma that ends a short opening adverbial of the
// sentence starting at first, when only one comma stands before token i
// and the clause after it opens with a subordinator: "In June 2001, after
// …", "Since June 16, when he asked …". It returns -1 otherwise.
func (r *run) introComma(first, i int) int {
	toks := r.toks
	c := -1
	for k := first; k < i; k++ {
		if toks[k].Is(",") {
			if c >= 0 {
				return -1
			}
			c = k
		}
	}
	if c < 0 || c-first > 6 || c+1 >= i || i-(c+1) > 12 {
		return -1
	}
	lw := strings.ToLower(toks[first].Text)
	if !(prepositions[lw] || subordinators[lw] || timeWords[lw]) || lw == "as" {
		return -1
	}
	for k := first + 1; k < c; k++ {
		if t := &toks[k]; t.Kind != entities.Word && t.Kind != entities.Number || isAux(t.Text) {
			return -1
		}
		if _, ok := cueAt(toks, k); ok {
			return -1
		}
	}
	if w := strings.ToLower(toks[c+1].Text); !subordinators[w] || w == "as" {
		return -1
	}
	return c
}

// afterIntro reports whether token i stands within twelve tokens of a
// subordinator after an opening adverbial (introComma).
func (r *run) afterIntro(first, i int) bool {
	return r.introComma(first, i) >= 0
}

// region returns the content of tokens [i, end), extended to whole
// quotations that overlap it, with its kind.
func (r *run) region(i, end int) content {
	toks := r.toks
	for end > i && (toks[end-1].Kind == entities.Punct && !toks[end-1].Is(")") && !toks[end-1].Is("%") || toks[end-1].Kind == entities.QuoteMark && r.qAt[end-1] == 0) {
		end--
	}
	for i < end && (toks[i].Is(",") || toks[i].Is(":") || toks[i].Kind == entities.QuoteMark && r.qAt[i] == 0) {
		i++
	}
	if i >= end {
		return content{}
	}
	sp := entities.Span{Start: toks[i].Start, End: toks[end-1].End}
	quoted, outside := 0, 0
	for k := i; k < end; k++ {
		t := &toks[k]
		if t.Kind != entities.Word && t.Kind != entities.Number {
			continue
		}
		if qi := r.qAt[k]; qi != 0 {
			quoted++
		} else {
			outside++
		}
	}
	// Whole quotations: one that starts inside and ends beyond, or the reverse.
	seen := map[int32]bool{}
	for k := i; k < end; k++ {
		qi := r.qAt[k]
		if qi == 0 || seen[qi] {
			continue
		}
		seen[qi] = true
		q := &r.qs[qi-1]
		qs := q.span()
		sp.Start = min(sp.Start, qs.Start)
		sp.End = max(sp.End, qs.End)
		r.qUsed[qi-1] = true
	}
	if r.toks[end-1].Kind == entities.QuoteMark && r.qAt[end-1] != 0 && sp.End < toks[end-1].End {
		sp.End = toks[end-1].End
	}
	if r.toks[i].Kind == entities.QuoteMark && r.qAt[i] != 0 && r.qs[r.qAt[i]-1].open == i {
		sp.Start = toks[i].Start
	}
	kind := Indirect
	switch {
	case quoted > 0 && outside == 0:
		kind = Direct
		if qi := r.qAt[i]; qi != 0 {
			sp = r.qs[qi-1].span()
			return content{parts: append([]entities.Span(nil), r.qs[qi-1].parts...), kind: Direct}
		}
	case quoted > 0:
		kind = Mixed
	}
	return content{parts: []entities.Span{sp}, kind: kind}
}

// words counts the words of spans.
func (r *run) words(parts []entities.Span) int {
	n := 0
	for _, p := range parts {
		in := false
		for _, c := range p.In(r.text) {
			l := unicode.IsLetter(c) || unicode.IsDigit(c)
			if l && !in {
				n++
			}
			in = l
		}
	}
	return n
}

// plainLead reports whether tokens [st, open) are words that lead into a
// quotation within its clause, with no attribution or quotation of their
// own: "The bill's failure was" before “heartbreaking”. One word is
// enough: the subject of the quoted predicate ("Teachers “get why the
// union backed her,” Jane Roe said", "They “had chemistry,” said John
// Doe") is part of what was said.
func (r *run) plainLead(st, open int) bool {
	toks := r.toks
	if d := &toks[open-1]; d.Is(":") || d.Is("(") || d.Is("—") || d.Is("–") || d.Is("--") || d.Is("-") && d.Space {
		return false // "… a fondness for brutal leaders - “He would have loved Stalin,” Roe said": a quotation set off by a dash
	}
	words := 0
	for k := st; k < open; k++ {
		t := &toks[k]
		if qi := r.qAt[k]; qi != 0 && r.leadPhrase(int(qi-1), open) {
			k = r.qs[qi-1].close // "Guns are “a crisis” and “stunt growth,” she said": a quoted phrase of the same clause
			words++
			continue
		}
		if r.qAt[k] != 0 || t.Kind == entities.QuoteMark || t.Is(":") || t.Is(";") || t.Is(".") {
			return false
		}
		if t.Kind == entities.Word {
			words++
			if f, ok := cueAt(toks, k); ok && !f.verb.quoted && t.IsLower() && !r.nounAfterDeterminer(k, st) {
				return false
			}
			if t.IsFold("according") {
				return false
			}
		}
	}
	return words >= 1
}

// titleAfterAttribution reports a quotation opening at token k, right
// after an attribution with no comma before it, that names a show, a
// podcast or an ad rather than going on with what was said: "“…,” Jane
// Roe told “Morning Kelvo,” adding …", "“…,” she said on the podcast
// “Here's the Thing.”", "… says in the spot titled “Dangerous.”". Its
// words are capitalized, two or more, or one after a naming word.
func (r *run) titleAfterAttribution(k int) bool {
	qi := int(r.qAt[k] - 1)
	if qi < 0 || !r.titleLike(qi) {
		return false
	}
	words := 0
	for x := r.qs[qi].open + 1; x < len(r.toks) && r.qAt[x] == int32(qi+1) && x != r.qs[qi].close; x++ {
		if r.toks[x].Kind == entities.Word {
			words++
		}
	}
	return words >= 2 || k > 0 && namingWords[strings.ToLower(r.toks[k-1].Text)]
}

// nounAfterDeterminer reports a word at k, not before st, that an article
// or a possessive makes a noun: "During their call Tuesday,
// Roe and Doe “reaffirmed …”" has no verb of saying in its lead.
func (r *run) nounAfterDeterminer(k, st int) bool {
	if k-1 < st {
		return false
	}
	p := &r.toks[k-1]
	lw := strings.ToLower(p.Text)
	return p.Kind == entities.Possessive || isArticleWord(lw) || possessivePronouns[lw] != "" // not "this says"
}

// leadPhrase reports a quotation qi that is a phrase inside the words
// leading into a later quotation at token open: it closes before open,
// with no sentence end inside its marks and no words right after its
// opening mark that attribute it ("Guns are “the ultimate crisis” and …").
func (r *run) leadPhrase(qi, open int) bool {
	q := &r.qs[qi]
	if q.close < 0 || q.close >= open-1 || q.close-q.open > 12 {
		return false
	}
	for k := q.open + 1; k < q.close; k++ {
		if t := &r.toks[k]; t.Is(".") || t.Is("?") || t.Is("!") || t.Is(":") || t.Is(";") {
			return false
		}
	}
	return true
}

// lastClause returns where the last clause of tokens [lo, b) starts: after
// a colon, or after ", and" / ", but" before a new subject ("Sullivan both
// initiated …, and he sometimes added …, according to the sources").
func (r *run) lastClause(lo, b int) int {
	return r.lastClauseOf(lo, b, false)
}

// lastClauseOf is lastClause; with pronounOnly, only a subject pronoun
// after ", and" / ", but" opens a new clause. What "according to" sources
// runs over a second clause with a subject of its own ("Kelvale Mills paid
// fines last year, and the firm's chief left in March, according to court
// records"), but not over one that goes on about the subject ("…, and he
// sometimes added content, according to the sources").
func (r *run) lastClauseOf(lo, b int, pronounOnly bool) int {
	toks := r.toks
	for k := b - 1; k > lo; k-- {
		if r.qAt[k] != 0 {
			continue
		}
		t := &toks[k]
		if t.Is(":") || t.Is(";") {
			if b-k > 3 {
				return k + 1
			}
			return lo
		}
		if (t.IsFold("and") || t.IsFold("but")) && toks[k-1].Is(",") && k+1 < b && b-k > 4 {
			n := &toks[k+1]
			if subjectPronouns[strings.ToLower(n.Text)] || !pronounOnly && (r.a.EntityAt(k+1) != nil || determinerWords[strings.ToLower(n.Text)] && n.IsLower()) {
				return k + 1
			}
		}
	}
	return lo
}

// adverbsOnly reports that the words of [i, end) are adverbs, time words
// and conjunctions only: no speech.
func (r *run) adverbsOnly(i, end int) bool {
	words := 0
	for k := i; k < end; k++ {
		t := &r.toks[k]
		if t.Kind == entities.Punct {
			continue
		}
		if t.Kind != entities.Word {
			return false
		}
		lw := strings.ToLower(t.Text)
		if n := r.timeAt(k, end); n > 0 {
			k += n - 1
			words += n
			continue
		}
		if !isAdverb(t) && !capAdverb(t) && lw != "then" && lw != "nor" && lw != "and" && lw != "but" && lw != "most" && lw != "so" && lw != "yet" {
			return false
		}
		words++
	}
	return words > 0
}

// speechLike reports whether tokens [i, end) before an attribution can be
// what was said, not an adverbial that opens the sentence ("Speaking at a
// rally in Florida, Trump called …", "In the short term, …").
func (r *run) speechLike(i, end int) bool {
	toks := r.toks
	for i < end && (toks[i].Kind == entities.QuoteMark && r.qAt[i] == 0 || toks[i].Is("—")) {
		i++
	}
	if i >= end {
		return false
	}
	if r.qAt[i] != 0 {
		return true
	}
	if r.adverbsOnly(i, end) {
		return false // "Then, last week, Eric Trump called.", "Most recently, Trump called …"
	}
	if n := r.timeAt(i, end); n > 0 && i+n < end && toks[i+n].Kind == entities.Possessive {
		return true // a time that owns the subject: "Sunday’s elections offered voters a choice, observers said"
	}
	lw := strings.ToLower(toks[i].Text)
	opener := prepositions[lw] || subordinators[lw] || r.timeAt(i, end) > 0 ||
		toks[i].IsCap() && strings.HasSuffix(lw, "ing") && entities.CommonWord(lw)
	if !opener {
		return true
	}
	if i+1 < end && prepositions[lw] && toks[i+1].Kind == entities.Number && !r.commaAfter(i+2, end) && r.finiteAhead(i+2, end) {
		return true // "About 270 people were resettled, officials said": a quantity, not an adverbial
	}
	// An adverbial opener: speech only if a clause follows it.
	for k := i; k < end; k++ {
		if toks[k].Is(",") {
			return r.clauseAhead(k, end) || end-k > 4
		}
	}
	// No comma: a gerund is the clause's subject ("Seeing his brother
	// suffering led him to avoid alcohol, he said").
	return toks[i].IsCap() && strings.HasSuffix(lw, "ing") && end-i > 4
}

// describedAsAfterAside returns the end of a quotation that a verb that
// describes takes after "as", past an aside set off by commas after its
// object, or -1: "Jane Roe described the cuts of 2023, when some
// districts went dry, as “a humiliation”" (the object, the aside and the
// quotation are one mixed quote).
func (r *run) describedAsAfterAside(cue *Cue, after, end int) int {
	toks := r.toks
	if after > 0 && after < end && toks[after-1].Is(",") {
		after-- // (the clause's end took the comma)
	}
	if after >= end || !toks[after].Is(",") || r.qAt[after] != 0 {
		return -1
	}
	f, ok := cueAt(toks, r.a.TokenAt(cue.Span.Start))
	if !ok || f.verb.lemma != "describe" {
		return -1
	}
	seg := after + 1 // the aside's segment, from the last comma
	for k := after + 1; k+2 < end && k < after+30; k++ {
		if r.qAt[k] != 0 || toks[k].Is(";") || toks[k].Is(":") || toks[k].IsFold("according") {
			return -1
		}
		if !toks[k].Is(",") {
			continue
		}
		if cueVerbAt(toks, seg) || cueVerbAt(toks, k-1) || r.reportingIn(seg, k) {
			return -1 // a reporting aside, no part of the object: "described the flood, her aide said, as “…”", "…, said Jane Roe, as …", "…, she told reporters, as …"
		}
		seg = k + 1
		if toks[k+1].IsFold("as") && r.opensQuote(k+2) {
			qe := r.quoteEndTok(int(r.qAt[k+2] - 1))
			if qe < 0 || qe >= end {
				return -1
			}
			return qe + 1
		}
	}
	return -1
}

// reportingIn reports "say" or a verb of saying that takes its hearer
// ("told") among tokens [i, end): an aside that reports, "she told the
// Kelvo Courier".
func (r *run) reportingIn(i, end int) bool {
	for k := i; k < end; k++ {
		if f, ok := cueAt(r.toks, k); ok && (f.verb.hearer || f.verb.lemma == "say") {
			return true
		}
	}
	return false
}
