package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The according-to sieve.
//
//	"Prices will fall, according to Jane Roe."
//	"According to Jane Roe, prices will fall."
//	"Prices, according to the minister, will fall in May."
//	"As reported by the Gazette, prices will fall."
//	"As the Gazette reported on Monday, prices will fall."
//	"Prices fell in May, as the Gazette reported on Tuesday."
//
// Not "She said that, according to the audit, prices fell": the phrase is
// her source, and the speech is hers.

// according attributes "according to X": the speech before it, after it
// when it opens the sentence, or around it.
func (r *run) according(s *entities.Sentence, k, lo int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	subj, ok := r.accordingPhrase(k+2, end)
	if !ok {
		return 0, false
	}
	if k-3 >= s.Tokens.First && toks[k-1].Is(",") && r.isThat(k-2) {
		if _, isCue := cueAt(toks, k-3); isCue {
			// "The prosecutor said that, according to the investigation, the
			// defendant …": the source of what the subject of "said" says.
			return 0, false
		}
	}
	if k > s.Tokens.First && toks[k-1].Kind == entities.Word && toks[k-1].IsLower() {
		if res := r.tr.Resolve(subj.first, subj.end); res.Speaker == nil || res.Rule == "descriptor" && res.Confidence < 0.4 {
			return 0, false // "in accordance with", not a source: "select products according to local conditions"
		}
	}
	subj.start = k
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[k+1].End}}
	cue.Text = cue.In(r.text)
	b2 := k
	for b2 > s.Tokens.First && toks[b2-1].Is(",") {
		b2--
	}
	reported := r.reportedBefore(s, b2)
	opening := reported < 0 && (k == lo || k > lo && (toks[k-1].Kind == entities.QuoteMark && !r.closesQuote(k-1) || toks[k-1].Is("—") && !r.dashAside(lo, k-1)) ||
		k > lo && toks[k-1].Is(",") && !r.speechLike(lo, k-1) && !r.openedClause(lo, k-1))
	if opening && k > lo && r.onlyPunct(subj.end, end) {
		// "About 58 percent of firms pay for leave, according to a Labor
		// Department study.": nothing follows the source, so what it
		// reports is what came before.
		opening = false
	}
	if opening {
		if c := r.restrictiveEnd(subj.end, end); c > subj.end && k == lo {
			// "According to officials who spoke on condition of anonymity,
			// the talks collapsed": the relative clause is the source's.
			return r.forward(s, c+1, cue, subj, AccordingTo, 0.85)
		}
		if subj.end < end && toks[subj.end].Is(",") {
			// "According to Dr. Jane Roe, head of research at Acme, the
			// market …": the appositive is hers, not what was said.
			start := subj.end + 1
			body := false // the title's body set off before the holder: "the Police Public Relations Officer, Kelvo State Command, SP Jane Roe,"
			for guard := 0; guard < 3; guard++ {
				c := start
				for c < end && !toks[c].Is(",") && r.qAt[c] == 0 {
					c++
				}
				if c >= end || !toks[c].Is(",") {
					break
				}
				if e := r.a.EntityAt(start); guard == 0 && e != nil && (e.Kind == entities.Organization || e.Kind == entities.Place) && e.Tokens.First == start && e.Tokens.End == c && !r.namedIn(subj) && r.titledIn(subj) {
					body = true
					start = c + 1
					continue
				}
				if n, ok := r.nameSegment(start, c); ok && (guard == 0 || guard == 1 && body) && !r.namedIn(subj) && r.titledIn(subj) && !r.appositiveAfter(c+1, end) {
					// "According to the Bank's Director for Agriculture,
					// Jane Roe, the programme …": the description's holder.
					subj = phrase{first: n, end: c, start: subj.start}
					start = c + 1
					continue
				}
				if !r.appositive(start, c) || guard > 0 && !toks[start].IsCap() || r.subjectAndVerb(start, c) || isArticleWord(toks[start].Text) && entities.PastVerbIn(toks, start+1, c) {
					break // (a second set-off part is the title's body, in capitals: "…, Directrice générale of the CHU, the two units cost …" goes on with what was said)
				}
				start = c + 1
			}
			if c := r.wholeRest(start, end); c.parts != nil && r.emit(c, cue, subj, AccordingTo, 0.85) {
				return end, true // "According to the poll, A leads with 40 percent; B has 30 percent."
			}
			return r.forward(s, start, cue, subj, AccordingTo, 0.85)
		}
		return 0, false
	}
	b := k
	for b > lo && toks[b-1].Is(",") {
		b--
	}
	c := r.region(r.sentenceAdverbEnd(r.accordingStart(lo, b), b), b) // the whole sentence, but after a colon and a sentence adverb
	if w := r.withAbsolute(lo, b); w > 0 && reported < 0 {
		// "Fox News is a cash generator, with $1.6 billion in operating
		// profit, according to an analyst": the absolute phrase after
		// "with" is what the source reports (sieve_according_with.go).
		c = r.region(w, b)
	}
	if reported >= 0 {
		// "Roe said prices would fall, according to the Gazette": the
		// Gazette reported that Roe said so. Roe's words stay a quote of
		// their own, inside this one.
		c, b = r.region(r.lastClause(reported, b2), b2), b2
	}
	// "That's according to Ann Lee, who studies it": the relative clause
	// is the source's; "That" stands for what was said before.
	sourceAside := subj.end+1 < end && toks[subj.end].Is(",") && (toks[subj.end+1].Is("who") || toks[subj.end+1].Is("which") || toks[subj.end+1].Is("whose"))
	midway := subj.end+1 < end && toks[subj.end].Is(",") && !sourceAside && r.words([]entities.Span{{Start: toks[subj.end].End, End: toks[end-1].End}}) >= 2
	demonstrative := b-lo == 1 && demonstrativeCopula(toks[lo].Text) || b-lo == 2 && (toks[lo].IsFold("that") || toks[lo].IsFold("this")) && (toks[lo+1].IsFold("is") || toks[lo+1].Kind == entities.Possessive)
	if c.parts == nil || r.words(c.parts) < 3 && !(midway && r.words(c.parts) >= 1) && !demonstrative {
		return 0, false
	}
	after := subj.end
	if c := r.restrictiveEnd(after, end); c > after && midwayCandidate(toks, lo, b) {
		after = c // "…, according to members who spoke with reporters afterward, was …"
	}
	// Not the source's appositive or adverbials: "…, according to
	// Crowdpac, a political crowdfunding website."
	if after < end && toks[after].Is(",") && after+1 < end && !sourceAside && (r.clauseAhead(after+1, end) || !r.hasClause(lo, b)) &&
		!((r.hasClause(lo, b) || r.finiteAhead(lo, b)) && r.writersAddition(after+1)) {
		rest := r.region(after+1, r.clauseEnd(after+1, end))
		if rest.parts != nil && r.words(rest.parts) >= 2 {
			c.parts = append(c.parts, rest.parts...)
			if rest.kind != c.kind {
				c.kind = Mixed
			}
			after = r.clauseEnd(after+1, end)
		}
	}
	if !r.emit(c, cue, subj, AccordingTo, 0.85) {
		return 0, false
	}
	return after, true
}

// writersAddition reports a word at i, after ", according to X,", that
// opens a clause or phrase of the writer's when what was said before is
// a clause of its own (with an auxiliary, a pronoun or a past form): "Roe
// gained 40 delegates, according to a CNN tally, but her path to victory
// is narrowing", "…, even as …", "…, taking a step toward …". After "and"
// or "although" the source's report goes on.
func (r *run) writersAddition(i int) bool {
	t := &r.toks[i]
	if t.Kind != entities.Word || !t.IsLower() {
		return false
	}
	switch t.Text {
	case "but", "while", "whereas", "even", "where", "so", "yet":
		return true
	}
	return len(t.Text) > 5 && strings.HasSuffix(t.Text, "ing")
}

// wholeRest returns the rest of the sentence from start as what an
// opening "According to X," reports, when it holds no quotation and no
// other verb of saying: the source vouches for the whole sentence, its
// coordinated clauses and lists included.
func (r *run) wholeRest(start, end int) content {
	toks := r.toks
	for k := start; k < end; k++ {
		if r.qAt[k] != 0 || toks[k].Kind == entities.QuoteMark || toks[k].IsFold("according") {
			return content{}
		}
		if _, ok := cueAt(toks, k); ok {
			return content{}
		}
	}
	return r.region(start, end)
}

// restrictiveEnd returns the comma that closes a restrictive relative
// clause on the source at token i ("members who spoke with reporters
// afterward,"), or -1.
func (r *run) restrictiveEnd(i, end int) int {
	toks := r.toks
	if i >= end || !(toks[i].Is("who") || toks[i].Is("that")) {
		return -1
	}
	for c := i + 1; c < end && c < i+20; c++ {
		if r.qAt[c] != 0 || toks[c].Is(";") || toks[c].Is(":") {
			return -1
		}
		if toks[c].Is(",") {
			return c
		}
	}
	return -1
}

// midwayCandidate reports a stretch [lo, b) before "according to" that
// opens the sentence's clause and has no verb of its own, so the clause
// goes on after the source: "Notably absent from the conversation,
// according to …, was …".
func midwayCandidate(toks []entities.Token, lo, b int) bool {
	for k := lo; k < b; k++ {
		if isAux(strings.ToLower(toks[k].Text)) {
			return false
		}
	}
	return b > lo
}

// accordingStart returns where the speech before a trailing "according to"
// starts: the sentence from lo, but after a colon ("Superdelegates: Lee is
// backed by 520, according to …"). Coordinated clauses and a semicolon's
// list stay in: "The foundation fed 31,000 schools, and it has helped
// 105,000 farmers, according to the foundation's tally."
func (r *run) accordingStart(lo, b int) int {
	for k := b - 1; k > lo; k-- {
		if r.qAt[k] == 0 && r.toks[k].Is(":") {
			if b-k > 3 {
				return k + 1
			}
			return lo
		}
	}
	return lo
}

// openedClause reports a clause that opens with a preposition or a time
// and runs, with no comma, to the comma before "according to": "On
// Tuesday she lost the primary, according to …", "About 58 percent of
// firms have paid leave, according to …". It is what the source says, not
// an adverbial before the speech ("In the end, according to …, …").
func (r *run) openedClause(i, end int) bool {
	toks := r.toks
	if end-i <= 4 {
		return false
	}
	lw := strings.ToLower(toks[i].Text)
	if !(prepositions[lw] && !subordinators[lw] || r.timeAt(i, end) > 0) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if toks[k].Is(",") || r.qAt[k] != 0 {
			return false
		}
	}
	return r.hasClause(i+1, end)
}

// reportedBefore returns where the sentence s starts (after its dateline)
// when the latest quote is an attribution by a verb of saying in s that
// ends right before token b ("Roe said prices would fall|, according to
// …", "“Prices will fall,” Roe said|, according to …"), or -1.
func (r *run) reportedBefore(s *entities.Sentence, b int) int {
	if len(r.out) == 0 || b <= s.Tokens.First {
		return -1
	}
	q := &r.out[len(r.out)-1]
	if q.Rule != SubjectCue && q.Rule != CueSubject || q.Cue == nil || q.Speaker == nil {
		return -1
	}
	first := r.skipDateline(s)
	last := &r.toks[b-1]
	// "“Prices will fall. Wages will not,” Roe said, according to …": a
	// quotation of several sentences that this one closes with its
	// attribution is reported whole (region takes in the quotation).
	multi := q.Kind == Direct && q.Cue.Start >= q.End && r.paragraphOf(q.Start) == s.Paragraph
	if first >= b || q.Cue.Start < r.toks[first].Start || q.Start < r.toks[first].Start && !multi || q.End > last.End {
		return -1
	}
	// What was said ends at b, or was said before the verb that ends the
	// stretch: "“We will win,” Ann Lee said at a rally, according to …".
	if q.End < last.Start && !(q.Cue.Start >= q.End && q.Cue.End <= last.End) {
		return -1
	}
	return first
}

// accordingPhrase returns the source after "according to": everything up
// to the next comma or the sentence end ("a recent Washington Post-ABC
// News poll", "exit polls reported by CNN and other networks"), or the
// name set off after a title ("the company's chief operating officer,
// Jane Roe").
func (r *run) accordingPhrase(j, end int) (phrase, bool) {
	toks := r.toks
	i := j
	for i < end && i < j+20 {
		t := &toks[i]
		if t.IsFold("that") && i > j && i+1 < end && timeNouns[strings.ToLower(toks[i+1].Text)] {
			i += 2 // "according to the officer in charge that night": a time, not a clause
			continue
		}
		if t.Is(",") || t.Is(";") || t.Is(".") || t.Is(":") || t.Is("—") || t.Is("–") || t.Kind == entities.QuoteMark ||
			t.IsFold("that") || t.IsFold("which") || t.IsFold("who") {
			break
		}
		i++
	}
	if i == j {
		return phrase{}, false
	}
	if i+1 < end && toks[i].Is(",") && !r.namedIn(phrase{first: j, end: i}) && (r.titledIn(phrase{first: j, end: i}) || r.possessedPost(j, i)) {
		// a title, then its holder set off: "according to the company's
		// chief operating officer, Jane Roe."
		n := i + 1
		for n < end && n < i+4 && toks[n].IsLower() && toks[n].Kind == entities.Word && (entities.IsTitleWord(toks[n].Text) || entities.IsTitleModifier(toks[n].Text) || strings.Contains(toks[n].Text, "-")) {
			n++ // a rank in lower case before the name: "the spokesperson of the Kelvo police, sub-commissioner Jane Roe,"
		}
		if e := r.a.EntityAt(n); e != nil && e.Kind == entities.Person && e.Tokens.First == n && (e.Tokens.End == end || toks[e.Tokens.End].Is(",") || toks[e.Tokens.End].Is(".")) {
			return phrase{first: n, end: e.Tokens.End}, true
		}
	}
	if i+1 < end && toks[i].Is(",") && i-j <= 4 && toks[j].IsFold("the") && r.lowerWords(j+1, i) {
		// a kind of body, then its name set off: "according to the
		// contractor, Kelvo Construct SRL,"
		if e := r.a.EntityAt(i + 1); e != nil && (e.Kind == entities.Organization || e.Kind == entities.Person && e.Tokens.Len() == 1) && e.Tokens.First == i+1 && e.Tokens.End < end && toks[e.Tokens.End].Is(",") {
			return phrase{first: i + 1, end: e.Tokens.End}, true // (or one word the recognizer took for a name by its shape: "the statistics office, Eurostat,")
		}
	}
	return phrase{first: j, end: i}, true
}

// possessedPost reports a body's or a place's possessive, then a post in
// words no list knows, as [j, end): "Kelvo's cònsol menor" (the holder's
// name follows, set off).
func (r *run) possessedPost(j, end int) bool {
	for k := j + 1; k < end && k <= j+4; k++ {
		if r.toks[k].Kind == entities.Possessive {
			return r.toks[j].IsCap() && entities.UnlistedPost(r.toks, k+1, end)
		}
	}
	return false
}

// demonstrativeCopula reports "that's" or "this’s" as one word: a sentence
// that points back at what was said ("that’s according to the latest
// poll"). A capitalized "That’s" comes as "That" and "’s".
func demonstrativeCopula(w string) bool {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	return w == "that's" || w == "this's"
}

// nameSegment reports a person's name, after honorifics, that is all of
// the tokens [i, end), and where the name starts: "Dr. Jane Roe".
func (r *run) nameSegment(i, end int) (int, bool) {
	for i < end && r.toks[i].Kind == entities.Word && (honorific(r.toks[i].Text) || r.toks[i].IsCap() && entities.IsTitleWord(r.toks[i].Text) && r.a.EntityAt(i) == nil) {
		i++ // (a rank too: "General Jane Roe")
	}
	e := r.a.EntityAt(i)
	if e == nil || e.Kind != entities.Person || e.Tokens.First != i || e.Tokens.End != end || e.Tokens.Len() < 2 {
		return 0, false
	}
	return i, true
}

// namedIn reports a person's full name inside the phrase p.
func (r *run) namedIn(p phrase) bool {
	for k := p.first; k < p.end; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.Len() > 1 {
			return true
		}
	}
	return false
}

// titledIn reports a title word inside the phrase p: a description of a
// person ("the Bank's Director for Agriculture"), not a document ("the FBI
// summary").
func (r *run) titledIn(p phrase) bool {
	for k := p.first; k < p.end; k++ {
		if entities.IsTitleWord(r.toks[k].Text) {
			return true
		}
	}
	return false
}

// appositiveAfter reports an appositive set off by commas from token i:
// "…, Jane Roe, a top aide, sent …" makes the name the clause's subject.
func (r *run) appositiveAfter(i, end int) bool {
	c := i
	for c < end && !r.toks[c].Is(",") {
		c++
	}
	return c < end && c > i && r.appositive(i, c)
}

// dashAside reports that the dash at token d closes an aside opened by
// another dash after lo: "Ferguson had 115 violent crimes — including
// murder and robbery — according to the FBI" reports what came before
// the aside, not what follows the source.
func (r *run) dashAside(lo, d int) bool {
	for k := d - 1; k >= lo; k-- {
		if r.toks[k].Is("—") && r.qAt[k] == 0 {
			return d-k > 1
		}
	}
	return false
}

// subjectAndVerb reports a clause in [i, end): an article, a few words and
// a verb in the present's third person or the past, as what a source says
// opens ("the project also covers the training of …"), not an appositive
// ("the head of research at Acme").
func (r *run) subjectAndVerb(i, end int) bool {
	toks := r.toks
	if i >= end || !isArticleWord(toks[i].Text) {
		return false
	}
	for k := i + 1; k < end && k < i+6; k++ {
		t := &toks[k]
		if t.Kind != entities.Word || prepositions[strings.ToLower(t.Text)] {
			return false
		}
		if isAdverb(t) && k+1 < end {
			continue // "also"
		}
		if k > i+1 && t.IsLower() && toks[k-1].IsLower() && (r.singularVerbAt(k) || isAux(strings.ToLower(t.Text))) {
			return true
		}
	}
	return false
}

// singularVerbAt reports a verb in the third person singular at k: a word
// in -s (not -ss) before an article, a determiner or a number that opens
// its object ("covers the training", "includes 420 paramedics"), not a
// plural noun.
func (r *run) singularVerbAt(k int) bool {
	t := &r.toks[k]
	w := t.Text
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || len(w) < 4 || k+1 >= len(r.toks) {
		return false
	}
	n := strings.ToLower(r.toks[k+1].Text)
	return isArticleWord(n) || determinerWords[n] || r.toks[k+1].Kind == entities.Number
}
