package quotes

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// run is the state of one extraction: the analysis, the quotation marks
// found in it, and the quotes attributed so far, in document order.
type run struct {
	a     *entities.Analysis
	text  string
	toks  []entities.Token
	tr    *speakers.Tracker
	qs    []quoted
	qAt   []int32 // token -> 1 + index in qs of the quotation it is part of (marks included)
	qUsed []bool
	out   []Quote
	last  int             // index in out of the latest quote with a speaker, -1 when none
	ctx   context.Context // checked every few sentences; nil for none
	bnd   *bounds         // bounds on quotes; nil for none (bounds.go)
}

// a phrase is a noun phrase of the text, as token indexes.
type phrase struct {
	first, end int // the phrase itself
	start      int // where the attribution starts: before appositives and the phrase
	// mention, when set, is the token range the attribution rests on when
	// it differs from the phrase: the "who" of "Smith, who said".
	mFirst, mEnd int
}

func newRun(a *entities.Analysis, qs []quoted) *run {
	r := &run{a: a, text: a.Text, toks: a.Tokens, tr: speakers.NewTracker(a), qs: qs, last: -1}
	r.qAt = make([]int32, len(a.Tokens))
	r.qUsed = make([]bool, len(qs))
	for qi := range qs {
		q := &qs[qi]
		end := q.close
		if end < 0 {
			end = a.TokenAt(q.parts[len(q.parts)-1].End) - 1
		}
		for k := q.open; k <= end && k < len(r.qAt); k++ {
			r.qAt[k] = int32(qi + 1)
		}
	}
	return r
}

// attribute runs the rules over every sentence, in order, so that
// pronouns and continuations see the speakers before them.
func (r *run) attribute() {
	// Quotations waiting for the sentence where they end.
	next := 0
	order := make([]int, len(r.qs))
	for i := range order {
		order[i] = i
	}
	endTok := func(qi int) int {
		q := &r.qs[qi]
		if q.close >= 0 {
			return q.close
		}
		return r.a.TokenAt(q.parts[len(q.parts)-1].End) - 1
	}
	sort.SliceStable(order, func(i, j int) bool { return endTok(order[i]) < endTok(order[j]) })
	for si := range r.a.Sentences {
		if r.ctx != nil && si%64 == 0 && r.ctx.Err() != nil {
			return // the caller sees ctx.Err()
		}
		s := &r.a.Sentences[si]
		r.sentence(s)
		for next < len(order) && endTok(order[next]) < s.Tokens.End {
			qi := order[next]
			if !r.qUsed[qi] && r.endsSentence(qi, s) && si+1 < len(r.a.Sentences) &&
				r.a.Sentences[si+1].Paragraph == s.Paragraph {
				// “Am I wrong?” Trump asked. — the attribution may be the
				// next sentence: wait for it.
				break
			}
			if !r.qUsed[qi] {
				r.orphan(qi)
			}
			next++
		}
		// Quotations that waited for this sentence.
		for next < len(order) && si > 0 && endTok(order[next]) < r.a.Sentences[si-1].Tokens.End {
			if qi := order[next]; !r.qUsed[qi] {
				r.orphan(qi)
			}
			next++
		}
	}
	for ; next < len(order); next++ {
		if qi := order[next]; !r.qUsed[qi] {
			r.orphan(qi)
		}
	}
	sort.SliceStable(r.out, func(i, j int) bool { return r.out[i].Start < r.out[j].Start })
	nest(r.out)
}

// nest sets each quote's Within to the innermost quote whose span holds
// it, in one pass over the quotes by start (and longest first).
func nest(qs []Quote) {
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		qa, qb := &qs[order[a]], &qs[order[b]]
		return qa.Start < qb.Start || qa.Start == qb.Start && qa.End > qb.End
	})
	var stack []int
	for _, i := range order {
		q := &qs[i]
		q.Within = 0
		for len(stack) > 0 && qs[stack[len(stack)-1]].End < q.End {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			q.Within = stack[len(stack)-1] + 1
		}
		stack = append(stack, i)
	}
}

// sentence finds the attributions whose verb of saying stands in s,
// outside quotation marks.
func (r *run) sentence(s *entities.Sentence) {
	toks := r.toks
	lo := r.skipDateline(s)
	if after, ok := r.label(s, lo); ok {
		lo = after
	}
	var prev *phrase
	for k := lo; k < s.Tokens.End; k++ {
		if r.qAt[k] != 0 || r.saturated(k) {
			continue
		}
		if toks[k].IsFold("according") && k+1 < s.Tokens.End && toks[k+1].Is("to") {
			if after, ok := r.according(s, k, lo); ok {
				lo, k = after, after-1
			}
			continue
		}
		if k == lo && toks[k].Is("As") {
			// "As reported by Western Journalism, …", "As the Post reported, …"
			if after, ok := r.asReported(s, k); ok {
				lo, k = after, after-1
				continue
			}
		}
		if k == s.Tokens.First && toks[k].Is("Asked") {
			// "Asked whether she would run again, Ann Lee smiled."
			if after, ok := r.asked(s, k); ok {
				lo, k = after, after-1
				continue
			}
		}
		if nounCues[strings.ToLower(toks[k].Text)] && toks[k].IsLower() {
			if after, ok := r.nounCue(s, k, lo); ok {
				lo, k = after, after-1
				continue
			}
		}
		f, ok := cueAtCase(toks, k, s.TitleCase)
		if !ok {
			continue
		}
		if f.verb.lemma == "ask" && f.past {
			if after, ok := r.asked(s, k); ok {
				lo, k = after, after-1
				continue
			}
		}
		if after, subj, ok := r.tryCue(s, k, f, lo, prev); ok {
			prev = &subj
			if subj.start < k && after > k+1 {
				// Reported speech may hold attributions of its own: "may
				// ask whether Trump, who suggested …, is …".
				lo = k + 1
				continue
			}
			lo, k = after, after-1
		}
	}
	r.statement(s)
}

// nextParagraph attributes what follows a verb of saying and a colon that
// end a sentence: the quotation that opens next, or the next paragraph.
func (r *run) nextParagraph(s *entities.Sentence, cue *Cue, subj phrase) bool {
	k := s.Tokens.End
	if k >= len(r.toks) {
		return false
	}
	if _, _, ok := r.statementIntro(s); ok {
		return false // "Following is …’ message …, observed on 17 October:"
	}
	if r.opensQuote(k) {
		qi := int(r.qAt[k] - 1)
		r.qUsed[qi] = true
		return r.emit(content{parts: append([]entities.Span(nil), r.qs[qi].parts...), kind: Direct}, cue, subj, SubjectCue, 0.85)
	}
	si := r.a.SentenceOf(k)
	if si < 0 || r.a.Sentences[si].Paragraph == s.Paragraph {
		return false
	}
	p := &r.a.Paragraphs[r.a.Sentences[si].Paragraph]
	c := r.region(k, r.a.Sentences[p.Sentences.End-1].Tokens.End)
	if c.parts == nil || r.words(c.parts) < 3 {
		return false
	}
	return r.emit(c, cue, subj, SubjectCue, 0.7)
}

// statementIntro reports whether sentence s introduces a statement that
// follows it ("Following is …’ message …:"), with the token of its
// statement noun and of "by" (-1 when absent).
func (r *run) statementIntro(s *entities.Sentence) (noun, by int, ok bool) {
	toks := r.toks
	end := s.Tokens.End
	if end-s.Tokens.First < 4 || !toks[end-1].Is(":") || end >= len(toks) {
		return -1, -1, false
	}
	following := false
	noun, by = -1, -1
	for k := s.Tokens.First; k < end-1; k++ {
		w := strings.ToLower(toks[k].Text)
		switch {
		case w == "following" || w == "follows" || w == "below":
			following = true
		case statementNouns[w] && noun < 0 && toks[k].Kind == entities.Word:
			noun = k
		case w == "by" && by < 0:
			by = k
		}
	}
	return noun, by, following && noun >= 0
}

// statementNouns name a text delivered verbatim.
var statementNouns = toSet(`statement statements message messages remarks address speech text transcript letter
declaration keynote toast eulogy op-ed note video`)

// statement attributes the text after an introduction like "Following
// is UN Secretary-General António Guterres’ message …:" or "The following
// statement was issued today by the Spokesman for …:": every paragraph
// after it, to the end of the body, is the statement, one direct quote.
func (r *run) statement(s *entities.Sentence) {
	toks := r.toks
	end := s.Tokens.End
	noun, by, ok := r.statementIntro(s)
	if !ok {
		return
	}
	// The speaker: "… issued by the Spokesman for X", "X’s message", or
	// the first person named.
	var subj phrase
	switch {
	case by > noun && by+1 < end-1:
		subj = phrase{first: by + 1, end: end - 1}
		if p, ok := r.rightPhrase(by+1, end-1); ok {
			subj = p
		}
	default:
		for k := s.Tokens.First; k < end-1; k++ {
			if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
				subj = phrase{first: e.Tokens.First, end: e.Tokens.End}
				break
			}
		}
		if subj.end == 0 {
			for k := s.Tokens.First; k < end-1; k++ {
				if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Organization {
					subj = phrase{first: e.Tokens.First, end: e.Tokens.End}
					break
				}
			}
		}
	}
	if subj.end == 0 {
		return
	}
	parts := r.statementParts(s.Paragraph + 1) // bounds.go
	if len(parts) == 0 {
		return
	}
	cue := &Cue{Span: toks[noun].Span, Text: toks[noun].Text}
	r.emit(content{parts: parts, kind: Direct}, cue, subj, Colon, 0.8)
}

// skipDateline returns the first token of s after a dateline ("VIENNA, 17
// October 2018 –", "NEW YORK, Nov. 19 (UPI) —").
func (r *run) skipDateline(s *entities.Sentence) int {
	toks := r.toks
	for k := s.Tokens.First; k < s.Tokens.End && k < s.Tokens.First+14; k++ {
		t := &toks[k]
		if (t.Is("–") || t.Is("—") || t.Is("--") || t.Is("-")) && k > s.Tokens.First && toks[s.Tokens.First].IsUpper() {
			return k + 1
		}
		if t.Kind == entities.Word && t.IsLower() {
			return s.Tokens.First
		}
	}
	return s.Tokens.First
}

// cueSpan extends the verb at k with its particle ("called for", "pointed
// out") and returns the index after the cue.
func (r *run) cueEnd(k, end int, f cueForm) int {
	if k+1 < end {
		for _, p := range f.verb.particles {
			if r.toks[k+1].Is(p) {
				return k + 2
			}
		}
	}
	return k + 1
}

// tryCue attributes what the verb of saying at k introduces. It returns
// the index after the attribution and its subject.
func (r *run) tryCue(s *entities.Sentence, k int, f cueForm, lo int, prev *phrase) (int, phrase, bool) {
	toks := r.toks
	first, end := s.Tokens.First, s.Tokens.End
	if k > first && (toks[k-1].Kind == entities.Possessive || determinerWords[strings.ToLower(toks[k-1].Text)] && toks[k-1].IsLower() && !toks[k-1].Is("that")) {
		return 0, phrase{}, false // a noun: "his claim", "the report", "some comment"
	}
	if k > first && toks[k-1].Kind == entities.Number && f.past {
		return 0, phrase{}, false // an adjective: "60 pledged delegates"
	}
	if k > first && r.nounOrPassive(k, f) {
		return 0, phrase{}, false
	}
	ce := r.cueEnd(k, end, f)
	if f.verb.after && !r.closesQuote(k-1) {
		if p, ok := r.leftPhrase(k, lo); !ok || p.start == 0 || !r.closesQuote(p.start-1) {
			return 0, phrase{}, false // "read" is a cue only next to a quotation
		}
	}
	if f.verb.particle && ce == k+1 {
		return 0, phrase{}, false // "as Marc Trévidic put it", not "put the money"
	}
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[ce-1].End}}
	cue.Text = cue.In(r.text)
	if len(f.verb.particles) > 0 && ce == k+1 {
		// "called" without "for" or "on": "called it “a disgrace”".
		f.verb = &cueVerb{lemma: f.verb.lemma, weak: true, naming: f.verb.naming}
	}

	// A verb that shares the subject of the verb before it: "…, saying",
	// "by saying", "and added that".
	if k > first && k > lo-1 && (sharesSubject(&toks[k-1], f) || f.participle && r.closesQuote(k-1) && r.quoteEndsWithComma(k-1)) {
		subj, ok := phrase{}, false
		if prev != nil {
			subj, ok = *prev, true
		} else if subj, ok = r.clauseSubjectBefore(s, k); !ok {
			subj, ok = r.sentenceSubjectOf(s, k, true)
		}
		if ok {
			start, comp := r.complement(ce, end, f)
			if r.forwardOK(f, start, end, comp) {
				after, ok := r.forward(s, start, cue, subj, Participle, 0.75)
				return after, subj, ok
			}
		}
		if f.participle {
			return 0, phrase{}, false
		}
	}
	if f.participle && k > first && !toks[k-1].IsLower() {
		// An absolute construction: "– Ryan saying he was “very
		// encouraged” and Trump calling it a “great meeting.”"
		if e := r.a.EntityAt(k - 1); e != nil && e.Kind == entities.Person && e.Tokens.End == k && e.Tokens.First > first {
			if b := &toks[e.Tokens.First-1]; b.IsFold("and") || b.IsFold("with") || b.Is("–") || b.Is("—") || b.Is("--") || b.Is(";") {
				subj := phrase{first: e.Tokens.First, end: k, start: e.Tokens.First}
				start, comp := r.complement(ce, end, f)
				if r.forwardOK(f, start, end, comp) {
					after, ok := r.forward(s, start, cue, subj, Participle, 0.75)
					return after, subj, ok
				}
			}
		}
	}
	if f.participle && (k == first || !toks[k-1].IsLower() && !toks[k-1].Is(",")) {
		return 0, phrase{}, false
	}
	// An infinitive: "continued to say", "stood at a Bush event here to
	// say" — the subject of the verb before "to".
	if k-2 >= lo && toks[k-1].Is("to") && toks[k-2].IsLower() && !infinitiveVerbs[strings.ToLower(toks[k-2].Text)] && !toks[k-2].Is("on") {
		return 0, phrase{}, false // "a term Rubio has used to describe Trump": a purpose, not speech
	}
	if k-2 >= lo && toks[k-1].Is("to") && toks[k-2].IsLower() {
		if k-3 >= first && isAux(toks[k-3].Text) && !strings.HasSuffix(toks[k-2].Text, "ed") && !infinitiveAdjectives[toks[k-2].Text] {
			return 0, phrase{}, false // "it is pertinent to note that …"
		}
		subj, ok := r.leftPhrase(k-2, lo)
		if !ok {
			subj, ok = r.sentenceSubject(s, k)
		}
		start, comp := r.complement(ce, end, f)
		if ok && r.forwardOK(f, start, end, comp) {
			after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.8)
			return after, subj, ok
		}
		return 0, phrase{}, false
	}

	if subj, ok := r.leftPhrase(k, lo); ok {
		start, comp := r.complement(ce, end, f)
		post := r.postposed(subj.start, max(lo, first))
		if subj.start == lo && lo > first {
			post = postComma
		}
		if post == postComma && subj.start > lo && !toks[subj.start-1].Is(",") {
			// "…, law enforcement officials say": the words after the comma
			// belong to the subject.
			c := subj.start - 1
			for c > lo && !toks[c].Is(",") {
				c--
			}
			if toks[c].Is(",") && c+1 < subj.start {
				subj.first, subj.start = c+1, c+1
			}
		}
		if f.verb.lemma == "put" && subj.start > first && toks[subj.start-1].IsFold("as") && subj.start-1 > lo && post == postNone {
			// "…,'' as she put it": what she said comes before
			post = postComma
			if r.closesQuote(subj.start - 2) {
				post = postQuote
			}
		}
		adverbial := comp == compNone || comp == compComma || comp == compClause && r.adverbialOnly(start, end) && !(f.verb.inf && toks[start].Is("to")) &&
			!((f.verb.naming || f.verb.np) && reflexives[strings.ToLower(toks[start].Text)]) // "called himself pro-choice"
		if adverbial && subj.mEnd > subj.mFirst && (toks[subj.mFirst].IsFold("who") || toks[subj.mFirst].IsFold("which")) {
			return 0, phrase{}, false // "… compared to only 24 percent who said otherwise": a relative clause says nothing here
		}
		if post == postQuote && comp == compClause && !adverbial && subj.start > 0 && r.a.SentenceOf(subj.start-1) != r.a.SentenceOf(subj.start) &&
			r.clauseAhead(start, end) {
			// “… in my opinion.” Reid said both Rubio and Cruz are …: the
			// quotation closed the sentence before; this one says its own.
			post = postNone
		}
		colon := start > 0 && toks[start-1].Is(":")
		farThat := comp == compThat && start-1 > ce+3 // "told a crowd at Hamburger Mary's that spilled out"
		if (post == postQuote && (comp != compThat || farThat) && comp != compColon && !colon || post == postComma && adverbial) && !f.verb.quoted {
			after, ok := r.backward(s, lo, subj.start, ce, cue, subj, SubjectCue, 0.9)
			return after, subj, ok
		}
		if comp == compComma && post == postNone && start+1 < end && !r.opensQuote(start+1) {
			// "She said, if elected, she would …"; but not "After Patrick
			// asked about it, the Graysons became …": the main clause.
			if r.subordinate(s, subj.start) {
				return 0, phrase{}, false
			}
			if f2, ok := cueAt(toks, start+1); !(ok && f2.participle) && !toks[start+1].IsFold("according") {
				start, comp = start+1, compClause
				if !r.clauseAhead(start, end) {
					return 0, phrase{}, false
				}
			}
		}
		if comp == compNone && post == postNone && r.onlyPunct(start, end) && toks[end-1].Is(".") && end < len(toks) &&
			r.opensQuote(end) && toks[end].Newlines == 0 && !r.qUsed[r.qAt[end]-1] {
			// "Iowa State University's Dianne Bystrom agreed. “Mainstream
			// Republicans are running out of time …”"
			qi := int(r.qAt[end] - 1)
			r.qUsed[qi] = true
			if r.emit(content{parts: append([]entities.Span(nil), r.qs[qi].parts...), kind: Direct}, cue, subj, SubjectCue, 0.8) {
				return end, subj, true
			}
			return 0, phrase{}, false
		}
		if comp == compColon && start >= end {
			// "Ann Lee said:" ends the paragraph: what follows is what she said.
			if ok := r.nextParagraph(s, cue, subj); ok {
				return end, subj, true
			}
			return 0, phrase{}, false
		}
		if !r.forwardOK(f, start, end, comp) {
			return 0, phrase{}, false
		}
		after, ok := r.forward(s, start, cue, subj, SubjectCue, 0.9)
		return after, subj, ok
	}

	// The main verb after a participial phrase of its subject's: "Mr.
	// Manafort, citing ''the unique magic of Trump,'' said …".
	if prev != nil && k > first && toks[k-1].Is(",") && k-1 <= lo {
		start, comp := r.complement(ce, end, f)
		if r.forwardOK(f, start, end, comp) {
			after, ok := r.forward(s, start, cue, *prev, SubjectCue, 0.8)
			return after, *prev, ok
		}
	}

	// Inversion: "…,” said Smith." or "…, said speakers at …".
	if k > first && k > lo && (toks[k-1].Is(",") || r.closesQuote(k-1)) {
		subj, ok := r.rightPhrase(ce, end)
		if !ok || !r.inversionEnds(subj.end, end) {
			return 0, phrase{}, false
		}
		subj.start = k
		after, ok := r.backward(s, lo, k, subj.end, cue, subj, CueSubject, 0.85)
		return after, subj, ok
	}
	return 0, phrase{}, false
}

// endsSentence reports whether quotation qi closes at the end of sentence s.
func (r *run) endsSentence(qi int, s *entities.Sentence) bool {
	e := r.quoteEndTok(qi) + 1
	return e >= s.Tokens.End || r.onlyPunct(e, s.Tokens.End)
}

// closesQuote reports whether token i is the closing mark of a quotation,
// or a comma right after one ("”," in some styles).
func (r *run) closesQuote(i int) bool {
	if i < 0 {
		return false
	}
	if r.toks[i].Is(",") && i > 0 {
		i--
	}
	qi := r.qAt[i]
	return qi != 0 && r.qs[qi-1].close == i
}

// sentenceSubject returns the subject of the sentence's main clause, which
// a participle ("saying") or a coordinated verb shares: the noun phrase
// after any opening adverbials ("On Thursday, after remaining neutral,
// Warren endorsed Clinton, saying …").
func (r *run) sentenceSubject(s *entities.Sentence, k int) (phrase, bool) {
	return r.sentenceSubjectOf(s, k, false)
}

// sentenceSubjectOf is sentenceSubject that, with people set, also takes
// a description ("The Florida senator … saying", "the affidavit cited
// interviews and said"): the subject of a participle or of a second verb.
func (r *run) sentenceSubjectOf(s *entities.Sentence, k int, people bool) (phrase, bool) {
	toks := r.toks
	i := r.skipDateline(s)
	if i+1 < k && leadWords[strings.ToLower(toks[i].Text)] && !toks[i+1].Is(",") {
		i++ // "Yet he is facing skepticism after saying …"
	}
	for guard := 0; guard < 4 && i < k; guard++ {
		t := &toks[i]
		lw := strings.ToLower(t.Text)
		if !(prepositions[lw] || subordinators[lw] || r.timeAt(i, k) > 0 || isAdverb(t) || capAdverb(t) ||
			t.IsCap() && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) && entities.CommonWord(t.Text)) {
			break
		}
		c := i + 1
		for c < k && !toks[c].Is(",") {
			c++
		}
		if c >= k {
			return phrase{}, false
		}
		i = c + 1
	}
	for guard := 0; guard < 3 && i < k; guard++ {
		if _, ok := subjectPronouns[strings.ToLower(toks[i].Text)]; ok && toks[i].Kind == entities.Word {
			return phrase{first: i, end: i + 1, start: i}, true
		}
		p, ok := r.rightPhrase(i, k)
		if !ok && people && isArticleWord(toks[i].Text) && i+1 < k {
			if p, ok = r.rightPhrase(i+1, k); ok {
				p.first = i // "The Florida senator"
			}
		}
		if ok && p.end < k && !toks[p.end].Is(",") {
			if res := r.tr.Resolve(p.first, p.end); res.Speaker != nil && (res.Rule != "descriptor" || people) {
				p.start = p.first
				return p, true
			}
			return phrase{}, false
		}
		// "Eight years ago, he supported …": a leading segment that is not a
		// subject; try after its comma.
		c := i
		for c < k && !toks[c].Is(",") {
			c++
		}
		if c >= k {
			return phrase{}, false
		}
		i = c + 1
	}
	return phrase{}, false
}

type compKind uint8

const (
	compNone   compKind = iota // nothing follows but adverbials
	compThat                   // "that ..."
	compColon                  // ": ..."
	compQuote                  // a quotation opens
	compClause                 // a clause without "that", or "how", "whether"
	compComma                  // ", adding ...", ", according to ..."
	compWh                     // "how ...", "whether ..."
)

var timeWords = toSet(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
tomorrow earlier later again also recently publicly privately repeatedly previously afterward afterwards
morning afternoon evening night weekend`)

// timeNouns follow "last", "this", "next" or "early" in an adverbial: "last week".
var timeNouns = toSet(`week month year night morning afternoon evening weekend time summer winter spring fall
autumn monday tuesday wednesday thursday friday saturday sunday`)

// timeAt returns the length of a time adverbial at token j: "Tuesday",
// "last week", "early Friday"; 0 when none starts there.
func (r *run) timeAt(j, end int) int {
	t := &r.toks[j]
	if t.Kind != entities.Word {
		return 0
	}
	lw := strings.ToLower(t.Text)
	if timeWords[lw] {
		return 1
	}
	switch lw {
	case "on":
		if j+1 < end && timeWords[strings.ToLower(r.toks[j+1].Text)] && r.toks[j+1].IsCap() {
			return 2 // "on Wednesday"
		}
	case "last", "this", "next", "early", "late", "earlier", "later":
		if j+1 < end && timeNouns[strings.ToLower(r.toks[j+1].Text)] {
			return 2
		}
	}
	return 0
}

var prepositions = toSet(`on in at during to via through after before with from outside inside while as
under over for by into about ahead following throughout amid`)

// asideAdverbs stand between commas after a verb of saying: "says,
// however, that".
var asideAdverbs = toSet(`however though too also instead meanwhile nonetheless nevertheless moreover
furthermore indeed still again yet`)

var whWords = toSet(`how why whether what when where who if which`)

// complement finds where what a verb of saying introduces begins: after
// its hearer ("told reporters"), adverbials ("on Tuesday", "in a
// statement") and "that".
func (r *run) complement(j, end int, f cueForm) (int, compKind) {
	toks := r.toks
	if f.verb.hearer && j < end && !r.marker(j) && !whWords[strings.ToLower(toks[j].Text)] && !toks[j].Is("to") {
		obj := j
		for n := 0; j < end && n < 7 && !r.marker(j) && !toks[j].Is("to") && !whWords[strings.ToLower(toks[j].Text)] &&
			!toks[j].Is(".") && !prepositions[toks[j].Text] && r.timeAt(j, end) == 0 && !(n > 0 && subjectPronouns[toks[j].Text]) &&
			!(n > 0 && isArticleWord(toks[j].Text) && toks[j].IsLower() && r.clauseAhead(j, min(end, j+8))); n++ {
			j++ // the hearer, up to a new noun phrase that starts a clause: "told reporters the plan had failed"
		}
		if j < end && toks[j].Is("to") && j > obj {
			return obj, compClause // "asked the Supreme Court to intervene": the object is part of it
		}
	}
	for guard := 0; guard < 4 && j < end; guard++ {
		t := &toks[j]
		lw := strings.ToLower(t.Text)
		if t.Is(",") && j+2 < end && toks[j+2].Is(",") && asideAdverbs[strings.ToLower(toks[j+1].Text)] {
			j += 3 // "says, however, that …"
			continue
		}
		if n := r.timeAt(j, end); n > 0 {
			j += n
			continue
		}
		toObject := lw == "to" && j+1 < end && (toks[j+1].IsCap() || determinerWords[toks[j+1].Text] || objectPronouns[toks[j+1].Text])
		if (prepositions[lw] || isAdverb(t)) && t.Kind == entities.Word && (lw != "to" || toObject) {
			// skip a prepositional phrase when a marker follows it
			m := j + 1
			for m < end && m < j+12 && !toks[m].Is(".") && !(r.marker(m) && (!r.opensQuote(m) || toks[m-1].Is(",") || toks[m-1].Is(":"))) &&
				!(toObject && m > j+1 && whWords[toks[m].Text] && toks[m].Kind == entities.Word) {
				m++
			}
			if m < end && (r.marker(m) || toObject && whWords[toks[m].Text]) {
				j = m // "explained to CBS why …"
				continue
			}
		}
		break
	}
	if j >= end {
		return end, compNone
	}
	t := &toks[j]
	switch {
	case t.Is("that"):
		return j + 1, compThat
	case t.Is("about") && j+1 < end && !r.marker(j+1):
		// "asked about his agenda", "said nothing about monetary policy";
		// but "said about its platform:" introduces what follows the colon
		for c := j + 1; c < end && c < j+20; c++ {
			if toks[c].Is(":") && r.qAt[c] == 0 {
				return c + 1, compColon
			}
		}
		return j + 1, compWh
	case t.Is(":"):
		if j+1 < end && r.opensQuote(j+1) {
			return j + 1, compQuote
		}
		return j + 1, compColon
	case t.Is(","):
		if j+1 < end && r.opensQuote(j+1) {
			return j + 1, compQuote
		}
		return j, compComma
	case r.opensQuote(j):
		return j, compQuote
	case t.Is(".") || t.Is("!") || t.Is("?") || t.Is(";") || t.Is(")") || t.Kind == entities.QuoteMark:
		return j, compNone
	case t.Is("—") || t.Is("–"):
		return j, compNone
	case whWords[strings.ToLower(t.Text)] && t.Kind == entities.Word:
		return j, compWh
	}
	return j, compClause
}

// marker reports a token that ends the adverbials after a verb of saying.
func (r *run) marker(j int) bool {
	t := &r.toks[j]
	return t.Is("that") || t.Is(":") || t.Is(",") || r.opensQuote(j)
}

func (r *run) opensQuote(j int) bool {
	qi := r.qAt[j]
	return qi != 0 && r.qs[qi-1].open == j
}

// clauseAhead reports whether tokens [j, end) hold a clause that a verb of
// saying could introduce, rather than adverbials ("on Thursday during a
// speech at ..."): a finite-looking verb or a subject pronoun.
func (r *run) clauseAhead(j, end int) bool {
	toks := r.toks
	if j < end && (prepositions[strings.ToLower(toks[j].Text)] || timeWords[strings.ToLower(toks[j].Text)]) {
		return false
	}
	for k := j; k < end; k++ {
		switch w := strings.ToLower(toks[k].Text); w {
		case "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must", "may", "might", "did", "does", "do":
			return true
		default:
			if contracted(w) {
				return true
			}
			// "claims Gülen runs a network", "insisted he wants …": a name or
			// pronoun, then a verb in -s or -ed.
			if k > j && k < j+4 && toks[k].IsLower() && len(w) > 3 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")) &&
				(toks[k-1].IsCap() && toks[k-1].Kind == entities.Word || subjectPronouns[strings.ToLower(toks[k-1].Text)]) {
				return true
			}
		}
	}
	return false
}

// contracted reports a pronoun or negation contracted with an auxiliary:
// "he’s", "they're", "we'll", "don’t".
func contracted(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	i := strings.LastIndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch w[i:] {
	case "'re", "'ll", "'ve", "'d", "'m":
		return true
	case "'s":
		return subjectPronouns[w[:i]] || w[:i] == "that" || w[:i] == "there" || w[:i] == "what" || w[:i] == "who"
	case "'t":
		return strings.HasSuffix(w[:i], "n")
	}
	return false
}

// leftPhrase finds the subject before the verb at k: a pronoun, a noun
// phrase with any appositives after it ("Ana Hinojosa, Director of …,"),
// or the antecedent of a relative pronoun ("Smith, who said").
func (r *run) leftPhrase(k, lo int) (phrase, bool) {
	toks := r.toks
	j := k - 1
	for j >= lo && isAdverb(&toks[j]) {
		j--
	}
	// A parenthesis after the name: "Rep. Earl Blumenauer (D-Ore.) said".
	if j >= lo && toks[j].Is(")") {
		o := j - 1
		for o >= lo && o > j-10 && !toks[o].Is("(") {
			o--
		}
		if o >= lo && toks[o].Is("(") {
			j = o - 1
		}
	}
	if j < lo {
		return phrase{}, false
	}
	t := &toks[j]
	lw := strings.ToLower(t.Text)
	switch {
	case subjectPronouns[lw] && t.Kind == entities.Word:
		return phrase{first: j, end: j + 1, start: j}, true
	case lw == "who" || lw == "which":
		// "Smith, who said", "the committee, which said"
		a := j - 1
		if a >= lo && toks[a].Is(",") {
			a--
		}
		if a >= lo {
			if p, ok := r.leftPhrase(a+1, lo); ok {
				p.mFirst, p.mEnd = j, j+1
				return p, true
			}
		}
		return phrase{}, false
	case t.Is(","):
		return r.appositiveLeft(j, lo)
	}
	if p := r.plainLeft(j+1, lo); p.end > p.first {
		p.start = p.first
		b := p.first - 1
		if b > lo && isArticleWord(toks[b].Text) {
			b--
		}
		if b >= lo && toks[b].IsLower() && prepositions[toks[b].Text] {
			// The object of a preposition in a relative clause: "officials
			// who spoke with The Huffington Post said".
			if q, ok := r.relativeSubject(b, lo); ok {
				return q, true
			}
		}
		return p, true
	}
	// A subject the lists don't know, from the clause start: "People
	// briefed on the move said", "Almost half of respondents said".
	if c := r.clauseStartBefore(j, lo); c <= j && j-c < 12 && r.nameLike(c, j+1) && r.headAt(c) || c <= j && r.quantifierAt(c) && r.nameLike(c, j+1) {
		return phrase{first: c, end: j + 1, start: c}, true
	}
	// A short definite description with a head the lists don't know: "the
	// business mogul announced", "The lawmaker said".
	if c := r.clauseStartBefore(j, lo); c <= j && r.plainDescription(c, j+1) {
		return phrase{first: c, end: j + 1, start: c}, true
	}
	// A plural noun that agrees with a plural verb: "ordinary Chinese
	// traders say", "the women say".
	if w := toks[j].Text; k == j+1 && toks[j].IsLower() && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		pluralVerb(toks[k].Text) {
		if c := r.clauseStartBefore(j, lo); c <= j && j-c < 10 && !r.hasVerbMarker(c, j) {
			return phrase{first: c, end: j + 1, start: c}, true
		}
	}
	// A restrictive relative clause between subject and verb: "a White
	// House official who spoke anonymously … said".
	return r.relativeSubject(j, lo)
}

// relativeSubject finds the subject before a restrictive relative clause
// that ends at token j: "a White House official who spoke anonymously".
func (r *run) relativeSubject(j, lo int) (phrase, bool) {
	toks := r.toks
	for w := j; w >= lo && w > j-16; w-- {
		if toks[w].Kind == entities.Punct || toks[w].Kind == entities.QuoteMark {
			break
		}
		if (toks[w].Is("who") || toks[w].Is("whose") || toks[w].Is("that") && w > lo && toks[w-1].IsLower() && !isAux(toks[w-1].Text)) && w > lo {
			if p := r.plainLeft(w, lo); p.end > p.first {
				p.start = p.first
				return p, true
			}
			break
		}
	}
	return phrase{}, false
}

// prevComma returns the index of the comma before token i at parenthesis
// depth 0, or lo-1.
func (r *run) prevComma(i, lo int) int {
	depth := 0
	for ; i >= lo; i-- {
		t := &r.toks[i]
		switch {
		case t.Is(")"):
			depth++
		case t.Is("("):
			depth--
		case depth == 0 && (t.Is(",") || t.Is(";") || t.Is("—") || t.Is("–") || r.qAt[i] != 0):
			return i
		}
	}
	return lo - 1
}

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
	if end-i <= 4 && (prepositions[w] || isAdverb(&toks[i])) && !r.hasVerbMarker(i, end) {
		return true // "Rush Limbaugh, for one, called …", "Smith, however, said"
	}
	article := isArticleWord(toks[i].Text) || determinerWords[w] && w != "that"
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

func isArticleWord(w string) bool {
	switch w {
	case "a", "an", "the", "A", "An", "The":
		return true
	}
	return false
}

var adverbs = toSet(`also has have had would will did does do could may might should must can cannot is was were are
be been later then previously recently repeatedly reportedly quickly simply just never often once publicly
privately frequently again explicitly initially originally subsequently separately flatly firmly bluntly
not n't ever already since long further clearly specifically earlier today yesterday still even only
first openly angrily loudly quietly proudly succinctly himself herself themselves itself reportedly
now tuesday monday wednesday thursday friday saturday sunday`)

var notAdverbs = toSet(`family supply rally ally assembly reply italy bully daily weekly monthly early only
july fly belly jelly holly lily sally billy molly kelly emily`)

// capAdverb reports a capitalized adverb that opens a sentence:
// "Immediately after the attacks, …".
func capAdverb(t *entities.Token) bool {
	return t.Kind == entities.Word && t.IsCap() && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ly") &&
		entities.CommonWord(t.Text) && !entities.ProperWord(t.Text)
}

func isAdverb(t *entities.Token) bool {
	if t.Kind != entities.Word {
		return false
	}
	lw := strings.ToLower(t.Text)
	if adverbs[lw] {
		return true
	}
	return t.IsLower() && len(lw) > 4 && strings.HasSuffix(lw, "ly") && !notAdverbs[lw]
}

var determinerWords = toSet(`the a an his her their its our this that these those another some many several
two three four five one no every each both all most other such`)

var npAdjectives = toSet(`former top senior new local federal state national chief longtime veteran
leading prominent unnamed anonymous unidentified independent outside foreign american british white black
young old elderly retired current incoming outgoing republican democratic conservative liberal
progressive political military legal economic private public key close`)

var npConnectors = toSet(`of for at to and from in with close near on &`)

// npWord reports a lower-case word that can stand inside a noun phrase
// naming a speaker.
func npWord(lw string) bool {
	return determinerWords[lw] || npAdjectives[lw] || speakers.IsHeadNoun(lw) ||
		entities.IsTitleModifier(lw) || entities.IsTitleWord(lw)
}

// plainLeft returns the noun phrase that ends at token end (exclusive),
// walking left no further than lo.
func (r *run) plainLeft(end, lo int) phrase {
	toks := r.toks
	i := end
	for i > lo {
		t := &toks[i-1]
		ok := false
		switch t.Kind {
		case entities.Possessive:
			ok = i < end
		case entities.Number:
			ok = i < end
		case entities.Word:
			lw := strings.ToLower(t.Text)
			switch {
			case t.IsCap() || t.IsUpper():
				ok = !capStop(lw)
			case npWord(lw):
				ok = true
			case i == end && i-2 >= lo && toks[i-2].Kind == entities.Possessive && t.IsLower() && !isAux(lw):
				ok = true // "Ted Cruz’s associates"
			case npConnectors[lw]:
				ok = i < end && i-1 > lo && r.npAt(i-2)
			case strings.Contains(lw, "-") && i < end:
				ok = true
			}
		case entities.Punct:
			// "(SIPRI)" inside a name
			ok = i < end && (t.Is(")") && i-3 >= lo && toks[i-3].Is("(") || t.Is("(") && i+1 < end && toks[i+1].Is(")"))
		}
		if !ok {
			break
		}
		i--
	}
	// Adjectives the lists don't know between a determiner and the head:
	// "the central bank", "a senior White House official".
	if i < end && i > lo && toks[i-1].Kind == entities.Word && toks[i-1].IsLower() && !npConnectors[toks[i-1].Text] {
		for d := i - 1; d >= lo && d >= i-3; d-- {
			w := strings.ToLower(toks[d].Text)
			if determinerWords[w] && toks[d].Kind == entities.Word {
				i = d
				break
			}
			if toks[d].Kind != entities.Word || !toks[d].IsLower() || isAux(w) || subjectPronouns[w] {
				break
			}
		}
	}
	// Trim connectors at the start.
	for i < end && toks[i].Kind == entities.Word && npConnectors[strings.ToLower(toks[i].Text)] {
		i++
	}
	if i >= end || !r.headAt(end-1) {
		return phrase{first: end, end: end}
	}
	return phrase{first: i, end: end}
}

// npAt reports whether token i can end a noun phrase inside a larger one
// ("spokeswoman for the campaign").
func (r *run) npAt(i int) bool {
	if i < 0 {
		return false
	}
	t := &r.toks[i]
	if t.Kind == entities.Possessive {
		return true
	}
	if t.Kind != entities.Word {
		return false
	}
	lw := strings.ToLower(t.Text)
	return (t.IsCap() || t.IsUpper()) && !capStop(lw) || npWord(lw)
}

// headAt reports whether token i can head a phrase naming a speaker.
func (r *run) headAt(i int) bool {
	t := &r.toks[i]
	if t.Kind != entities.Word {
		return false
	}
	lw := strings.ToLower(t.Text)
	if determinerWords[lw] || npAdjectives[lw] && !t.IsCap() {
		return false
	}
	if t.IsCap() || t.IsUpper() {
		return !capStop(lw)
	}
	if i > 0 && r.toks[i-1].Kind == entities.Possessive && t.IsLower() && !isAux(lw) && !isAdverb(t) {
		return true // "Ted Cruz’s associates"
	}
	return speakers.IsHeadNoun(lw)
}

// capStop lists capitalized words that never belong to a speaker's phrase.
func capStop(lw string) bool {
	switch lw {
	case "the", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "when", "while", "after", "before",
		"if", "then", "meanwhile", "however", "also", "still", "now", "later", "earlier", "asked", "speaking",
		"said", "says", "told", "according", "that", "this", "there", "here", "because", "although", "though",
		"since", "for", "with", "by", "from", "to", "of", "instead", "indeed", "yes", "no", "well", "why", "what",
		"how", "who", "where", "which", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our":
		return true
	}
	return false
}

// rightPhrase finds the speaker after an inverted verb ("said Smith",
// "said the spokeswoman, Jane Doe", "said speakers at today’s meeting").
func (r *run) rightPhrase(j, end int) (phrase, bool) {
	toks := r.toks
	for j < end && r.timeAt(j, end) > 0 && toks[j].IsLower() {
		j += r.timeAt(j, end)
	}
	i := j
	afterPrep := 0
	for i < end {
		t := &toks[i]
		lw := strings.ToLower(t.Text)
		ok := false
		switch t.Kind {
		case entities.Possessive:
			ok = i > j
		case entities.Number:
			ok = i > j && afterPrep > 0
		case entities.Word:
			switch {
			case lw == "and" && i > j && i+1 < end && (toks[i+1].IsCap() || entities.IsTitleModifier(toks[i+1].Text)) && afterPrep == 0:
				ok = true // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
			case lw == "who" || lw == "which" || lw == "that" || lw == "and" && afterPrep == 0:
			case t.IsCap() || t.IsUpper():
				ok = !capStop(lw) || i > j && lw == "the"
			case npWord(lw):
				ok = true
			case i > j && isOrdinal(lw) && i+1 < end && toks[i+1].IsCap():
				ok = true // "Air Force 1st Lt. Tyler Livingston"
			case i > j && t.IsLower() && toks[i-1].IsCap() && roleWord(lw) && r.headAhead(i, end):
				ok = true // "Blaze co-host Stu Burguiere"
			case npConnectors[lw] && i > j:
				ok = i+1 < end && toks[i+1].Kind == entities.Word
				afterPrep = 4
			case afterPrep > 0:
				if _, cue := cueAt(toks, i); !cue {
					ok = true
					afterPrep--
				}
			case i > j && !t.IsCap() && determinerWords[strings.ToLower(toks[i-1].Text)] && (r.headAhead(i, end) || strings.Contains(lw, "-")):
				ok = true // "the base chief": a modifier the lists don't know, before a head
			}
		case entities.Punct:
			ok = t.Is("(") && i+2 < end && toks[i+2].Is(")") || t.Is(")") && i >= 2 && toks[i-2].Is("(")
		}
		if !ok {
			break
		}
		i++
	}
	for i > j && toks[i-1].Kind == entities.Word && npConnectors[strings.ToLower(toks[i-1].Text)] {
		i--
	}
	if i <= j {
		return phrase{}, false
	}
	p := phrase{first: j, end: i}
	// "the spokeswoman, Jane Doe": the name after a description.
	if i+1 < end && toks[i].Is(",") {
		if e := r.a.EntityAt(i + 1); e != nil && e.Kind == entities.Person && e.Tokens.First == i+1 {
			if e.Tokens.End == end || toks[e.Tokens.End].Is(",") || toks[e.Tokens.End].Is(".") {
				p.end = e.Tokens.End
			}
		}
	}
	return p, true
}

// headAhead reports whether a speaker's head noun follows token i within
// three lower-case words.
func (r *run) headAhead(i, end int) bool {
	for k := i + 1; k < end && k <= i+3; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word {
			return false
		}
		if lw := strings.ToLower(t.Text); speakers.IsHeadNoun(lw) || t.IsCap() {
			return true
		}
		if !t.IsLower() {
			return false
		}
	}
	return false
}

// content is a stretch of quoted or reported speech.
type content struct {
	parts []entities.Span
	kind  Kind
}

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
		} else if after < len(toks) && r.opensQuote(after) && r.sameSentence(after, s) {
			qj := int(r.qAt[after] - 1)
			c.parts = append(c.parts, r.qs[qj].parts...)
			r.qUsed[qj] = true
			after = r.quoteEndTok(qj) + 1
		}
	} else {
		// "The editorial, sources said, nailed …", "But, he said, it is …":
		// the sentence goes on after a parenthetical attribution.
		var more content
		rest := after
		if rule == SubjectCue && after+1 < end && toks[after].Is(",") && !r.opensQuote(after+1) && !clauseLink[strings.ToLower(toks[after+1].Text)] &&
			!r.quantifierAt(after+1) && r.timeAt(after+1, end) == 0 {
			if f, ok := cueAt(toks, after+1); !(ok && f.participle) && !toks[after+1].IsFold("according") {
				rest = r.clauseEnd(after+1, end)
				if more = r.region(after+1, rest); more.parts != nil && r.words(more.parts) < 2 {
					more = content{}
				}
			}
		}
		if more.parts == nil && (b-lo < 1 || !r.speechLike(lo, b)) {
			return 0, false
		}
		if b > lo {
			c = r.region(r.lastClause(lo, b), b)
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
	if after <= attStart {
		after = attEnd
	}
	return after, true
}

func (r *run) sameSentence(k int, s *entities.Sentence) bool {
	return k >= s.Tokens.First && k < s.Tokens.End
}

func (r *run) quoteEndTok(qi int) int {
	q := &r.qs[qi]
	if q.close >= 0 {
		return q.close
	}
	return r.a.TokenAt(q.parts[len(q.parts)-1].End) - 1
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
		if _, ok := cueAt(toks, k); ok && k > j {
			return k
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
	relative := subj.mEnd > subj.mFirst && (r.toks[subj.mFirst].IsFold("who") || r.toks[subj.mFirst].IsFold("which")) &&
		subj.mFirst > 0 && r.toks[subj.mFirst-1].Is(",")
	if r.subordinate(s, subj.start) || relative {
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
		} else {
			c = r.region(start, end)
		}
	} else {
		c = r.region(start, end)
	}
	if c.parts == nil || r.words(c.parts) < 2 {
		return 0, false
	}
	if !r.emit(c, cue, subj, rule, conf) {
		return 0, false
	}
	if after > s.Tokens.End {
		return s.Tokens.End, true
	}
	return after, true
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
	case "and", "but", "before", "after", "as", "while", "when", "because", "then":
		return true
	}
	return false
}

// subordinate reports whether the attribution starting at token i stands
// in a subordinate clause that opens the sentence: "While Ramos said …",
// "In addition to stating that …", "Having announced that …".
func (r *run) subordinate(s *entities.Sentence, i int) bool {
	toks := r.toks
	first := r.skipDateline(s)
	if first+2 < i && asideAdverbs[strings.ToLower(toks[first].Text)] && toks[first+1].Is(",") {
		first += 2 // "However, while the RNC says …"
	} else if first+1 < i && (toks[first].IsFold("but") || toks[first].IsFold("and")) {
		first++
	}
	if first+1 < i && (toks[first].IsFold("ever") || toks[first].IsFold("even") || toks[first].IsFold("just") || toks[first].IsFold("long") || toks[first].IsFold("only")) &&
		subordinators[strings.ToLower(toks[first+1].Text)] {
		first++ // "Ever since Bernie Sanders announced …"
	}
	if i < first || i-first > 12 {
		return false
	}
	for k := first; k < i; k++ {
		if toks[k].Is(",") {
			return false
		}
	}
	w := strings.ToLower(toks[first].Text)
	return subordinators[w] && w != "as" || w == "having" || w == "in" && first+2 < len(toks) && toks[first+1].IsFold("addition")
}

func (r *run) onlyPunct(i, end int) bool {
	for ; i < end; i++ {
		if t := &r.toks[i]; t.Kind == entities.Word || t.Kind == entities.Number {
			return false
		}
	}
	return true
}

// clauseEnd returns where reported speech starting at token start ends:
// the sentence end, or a following attribution (", adding that", ",
// according to", ", he said"), or a dash.
func (r *run) clauseEnd(start, end int) int {
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
			continue
		}
		t := &toks[k]
		if (t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-")) && t.Space {
			switch {
			case openDash:
				openDash = false // the dash that closes a parenthesis
				continue
			case r.dashPair(k, end):
				openDash = true
				continue
			case k > start+3 && k+1 < end && !toks[k+1].IsFold("and") && !toks[k+1].IsFold("or") && !toks[k+1].IsFold("that"):
				return k
			}
		}
		if k == start {
			continue
		}
		if t.Is(";") {
			return k
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
		if k > start+3 && r.commaBefore(k) && (t.IsFold("and") || t.IsFold("but")) && k+2 < end && isArticleWord(toks[k+1].Text) && r.finiteSoon(k+2, end) {
			return k - boolInt(toks[k-1].Is(",")) // "…, and a fifth superdelegate has not been named"
		}
		if k > start+3 && r.commaBefore(k) && (t.IsFold("and") || t.IsFold("but")) && k+1 < end && subjectPronouns[strings.ToLower(toks[k+1].Text)] {
			return k - 1 // "…, and he foreshadowed …": a new clause
		}
		if k > start+3 && t.IsLower() && (t.Is("before") || t.Is("after") || t.Is("while") || t.Is("by")) && k+1 < end &&
			strings.HasSuffix(toks[k+1].Text, "ing") && toks[k+1].IsLower() {
			return k // "… has “kept us safe” on Twitter before claiming …"
		}
		if t.IsFold("and") && k > start+3 && k+1 < end {
			if e := r.a.EntityAt(k + 1); e != nil && e.Kind == entities.Person && e.Tokens.First == k+1 && e.Tokens.End < end {
				if f, ok := cueAt(toks, e.Tokens.End); ok && f.participle {
					return k - boolInt(toks[k-1].Is(",")) // "… and Trump calling it …"
				}
			}
			if f, ok := cueAt(toks, k+1); ok && !f.participle {
				return k - boolInt(toks[k-1].Is(","))
			}
			if r.commaBefore(k) && r.verbLike(k+1) && !strings.HasSuffix(toks[k+1].Text, "ing") {
				return k - boolInt(toks[k-1].Is(",")) // "…, and called him …", "…,” and contrasted …"
			}
		}
		if k > start+5 && t.IsLower() && (t.Is("after") || t.Is("before") || t.Is("when")) && k+1 < end &&
			(toks[k+1].IsCap() || determinerWords[toks[k+1].Text]) && r.qAt[k+1] == 0 && r.finiteAhead(k+1, min(end, k+9)) {
			return k // "… about state election laws after former President Bill Clinton greeted voters"
		}
		if t.IsFold("but") && k > start+2 && k+1 < end && r.verbLike(k+1) {
			// "… vote for Trump but has withheld her endorsement"
			return k - boolInt(toks[k-1].Is(","))
		}
		if r.commaBefore(k) && k > start+3 && (t.IsFold("a") || t.IsFold("an")) && k+1 < end && summaryNouns[strings.ToLower(toks[k+1].Text)] {
			return k - 1 // "…, a recommendation Lynch adopted": the writer's gloss on what was said
		}
		if toks[k-1].Is(",") && k > start+2 {
			if lw := strings.ToLower(t.Text); contentBreak[lw] && (!r.commaAfter(k, end) || (lw == "while" || lw == "whereas") && !r.shortAside(k+1, end)) {
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
		if toks[k-1].Is(",") && r.attributionAhead(m, end) && !(introComma == k-1) {
			return k - 1
		}
	}
	return end
}

// region returns the content of tokens [i, end), extended to whole
// quotations that overlap it, with its kind.
func (r *run) region(i, end int) content {
	toks := r.toks
	for end > i && (toks[end-1].Kind == entities.Punct && !toks[end-1].Is(")") || toks[end-1].Kind == entities.QuoteMark && r.qAt[end-1] == 0) {
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

// emit resolves the speaker of a subject phrase and records the quote.
// Reported speech whose speaker cannot be resolved is not a quote.
func (r *run) emit(c content, cue *Cue, subj phrase, rule Rule, conf entities.Confidence) bool {
	c = r.boundContent(c)
	res := r.tr.Resolve(subj.first, subj.end)
	if res.Speaker == nil && c.kind != Direct {
		return false
	}
	if subj.mEnd > subj.mFirst {
		sp := entities.Span{Start: r.toks[subj.mFirst].Start, End: r.toks[subj.mEnd-1].End}
		res.Mention = speakers.Mention{Span: sp, Text: sp.In(r.text), Kind: speakers.PronounMention}
	}
	q := Quote{Kind: c.kind, Parts: c.parts, Cue: cue, Rule: rule, Confidence: conf}
	if res.Speaker != nil {
		m := res.Mention
		q.Speaker, q.Mention = res.Speaker, &m
		q.Confidence = min(conf, conf*0.5+res.Confidence*0.5)
	} else {
		q.Confidence = conf * 0.4
	}
	r.add(q)
	return true
}

// add records a quote and its attribution, unless the same words were
// attributed already ("said … saying" over one clause).
func (r *run) add(q Quote) {
	q.Span = entities.Span{Start: q.Parts[0].Start, End: q.Parts[len(q.Parts)-1].End}
	q.Text = q.In(r.text)
	for i := len(r.out) - 1; i >= 0 && i >= len(r.out)-4; i-- {
		if r.out[i].Span == q.Span {
			return
		}
	}
	if !r.admit(q.Parts) {
		return
	}
	r.out = append(r.out, q)
	if q.Speaker != nil {
		r.last = len(r.out) - 1
		r.tr.Attribute(q.Speaker, *q.Mention)
	}
}

// according attributes "according to X": the speech before it, after it
// when it opens the sentence, or around it.
func (r *run) according(s *entities.Sentence, k, lo int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	subj, ok := r.accordingPhrase(k+2, end)
	if !ok {
		return 0, false
	}
	subj.start = k
	cue := &Cue{Span: entities.Span{Start: toks[k].Start, End: toks[k+1].End}}
	cue.Text = cue.In(r.text)
	opening := k == lo || k > lo && (toks[k-1].Kind == entities.QuoteMark && !r.closesQuote(k-1) || toks[k-1].Is("—")) ||
		k > lo && toks[k-1].Is(",") && !r.speechLike(lo, k-1)
	if opening {
		if subj.end < end && toks[subj.end].Is(",") {
			return r.forward(s, subj.end+1, cue, subj, AccordingTo, 0.85)
		}
		return 0, false
	}
	b := k
	for b > lo && toks[b-1].Is(",") {
		b--
	}
	c := r.region(r.lastClause(lo, b), b)
	midway := subj.end+1 < end && toks[subj.end].Is(",") && r.words([]entities.Span{{Start: toks[subj.end].End, End: toks[end-1].End}}) >= 2
	if c.parts == nil || r.words(c.parts) < 3 && !(midway && r.words(c.parts) >= 1) {
		return 0, false
	}
	after := subj.end
	if after < end && toks[after].Is(",") && after+1 < end {
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

// orphan attributes a quotation that no verb of saying introduced: after a
// speaker and a colon, as the continuation of the previous speaker's
// quote, or to no one when it is long enough to be speech.
func (r *run) orphan(qi int) {
	q := &r.qs[qi]
	toks := r.toks
	r.qUsed[qi] = true
	c := content{parts: append([]entities.Span(nil), q.parts...), kind: Direct}
	if q.open > 0 && toks[q.open-1].Is("=") || len(c.parts) == 1 && webAddress(c.parts[0].In(r.text)) {
		return // markup or an address in quotation marks: href="http://…"
	}
	// A colon before the quotation: "Guterres:" or "… Guterres’ message …:".
	if k := q.open - 1; k >= 0 && toks[k].Is(":") {
		if r.colon(k, c) {
			return
		}
	}
	if k := q.open - 1; k >= 0 && (namingWords[strings.ToLower(toks[k].Text)] || toks[k].Is("or") && r.words(q.parts) <= 2) {
		return // a name or a term, not speech: "titled “…”", "work intensity or “technostress”"
	}
	// “A,” Thiel wrote in a statement …, “B.” — the quotation goes on after
	// a comma in the sentence of an attributed one: one quote, two parts.
	if k := q.open - 1; k > 0 && toks[k].Is(",") {
		if i := r.lastQuoteInSentence(q.open); i >= 0 {
			prev := &r.out[i]
			prev.Parts = append(prev.Parts, c.parts...)
			prev.Span = entities.Span{Start: prev.Parts[0].Start, End: prev.Parts[len(prev.Parts)-1].End}
			prev.Text = prev.In(r.text)
			return
		}
	}
	sentStart, alone := false, r.standalone(qi)
	if si := r.a.SentenceOf(q.open); si >= 0 {
		first := r.a.Sentences[si].Tokens.First
		sentStart = q.open == first || q.open == first+1 && (toks[first].Is("—") || toks[first].Is("-"))
		// The sentence before ends with a colon: "He put it this way:"
		if sentStart && si > 0 {
			ps := &r.a.Sentences[si-1]
			if toks[ps.Tokens.End-1].Is(":") && r.colon(ps.Tokens.End-1, c) {
				return
			}
		}
	}
	if prev := r.lastBefore(q.parts[0].Start); prev != nil && sentStart && alone {
		pp := r.paragraphOf(prev.End)
		if qp := r.paragraphOf(q.parts[0].Start); qp >= pp && qp <= pp+1 && prev.End <= q.parts[0].Start {
			m := *prev.Mention
			quote := Quote{Kind: Direct, Parts: c.parts, Speaker: prev.Speaker, Mention: &m,
				Rule: Continuation, Confidence: 0.6}
			r.add(quote)
			return
		}
	}
	// A quotation inside a sentence whose subject speaks: "Trump issued a
	// statement, “…”", "he took credit for “being right …”".
	if si := r.a.SentenceOf(q.open); si >= 0 && !sentStart {
		s := &r.a.Sentences[si]
		if p, ok := r.sentenceSubject(s, q.open); ok && !r.insideQuote(p.first) {
			// The clause after the subject's verb, quotation and all:
			// "Carl Icahn has assured me he's going to keep it ''classy''".
			if cl, ok := r.verbClause(p.end, q, s); ok && !r.titleLike(qi) {
				r.emit(cl, nil, p, ClauseSubject, 0.5)
			}
			if r.words(c.parts) >= 2 && !r.titleLike(qi) {
				// (a title inside a sentence, "''Hawaii Five-0''", is no quote)
				r.emit(c, nil, p, ClauseSubject, 0.5)
			}
			return
		}
	}
	if n := r.words(c.parts); alone && n >= 4 || n >= 8 {
		r.add(Quote{Kind: Direct, Parts: c.parts, Rule: Unattributed, Confidence: 0.3})
	}
}

func (r *run) paragraphOf(off int) int {
	k := r.a.TokenAt(off)
	if k >= len(r.toks) {
		k = len(r.toks) - 1
	}
	if si := r.a.SentenceOf(k); si >= 0 {
		return r.a.Sentences[si].Paragraph
	}
	return -1
}

// colon attributes a quotation introduced by the colon at token k to the
// person (or organization) named in the clause before the colon.
func (r *run) colon(k int, c content) bool {
	si := r.a.SentenceOf(k)
	if si < 0 {
		return false
	}
	s := &r.a.Sentences[si]
	cue := &Cue{Span: r.toks[k].Span, Text: r.toks[k].Text}
	for _, want := range []entities.Kind{entities.Person, entities.Organization} {
		for j := s.Tokens.First; j < k; j++ {
			e := r.a.EntityAt(j)
			if e == nil || e.Kind != want || r.qAt[j] != 0 {
				continue
			}
			return r.emit(c, cue, phrase{first: e.Tokens.First, end: e.Tokens.End, start: e.Tokens.First}, Colon, 0.7)
		}
	}
	// "She went on: “…”": the subject of the clause before the colon.
	if p, ok := r.sentenceSubject(s, k); ok {
		return r.emit(c, cue, p, Colon, 0.65)
	}
	return false
}

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nounForms are forms of verbs of saying that are more often plural
// nouns: "campaign points", "cited reports".
var nounForms = toSet(`points calls claims reports notes states charges counters comments remarks answers replies
promises demands posts tweets quips jokes cries chants pledges vows statements`)

// nounOrPassive reports a verb form at k that is a noun or a passive
// here: "campaign points", "his campaign promise", "the company is
// informed".
func (r *run) nounOrPassive(k int, f cueForm) bool {
	toks := r.toks
	j := k - 1
	for j > 0 && isAdverb(&toks[j]) && !isAux(toks[j].Text) {
		j--
	}
	p := &toks[j]
	pw := strings.ToLower(p.Text)
	w := strings.ToLower(toks[k].Text)
	if k+1 < len(toks) && f.verb.particles != nil && slices.Contains(f.verb.particles, strings.ToLower(toks[k+1].Text)) &&
		(p.Kind == entities.Word && !determinerWords[pw] || p.Kind == entities.Possessive) && !(f.past && isAux(pw)) {
		return false // a verb with its particle: "his plan calls for"
	}
	if f.past && j < k-0 {
		switch pw {
		case "is", "was", "were", "are", "be", "been", "being":
			return true // passive: "is informed", "was declared"
		}
	}
	if nounForms[w] && p.Kind == entities.Word && p.IsCap() && !subjectPronouns[pw] && !isAux(pw) {
		head, _ := entities.OrgHead(p.Text)
		if e := r.a.EntityAt(j); (e == nil || e.Kind == entities.Place) && !head && (entities.IsTitleWord(p.Text) || entities.CommonWord(p.Text)) {
			return true // "Member states will have to …", not "Parliament calls on"
		}
	}
	if p.Kind != entities.Word || !p.IsLower() || subjectPronouns[pw] || isAux(pw) || pw == "to" || isAdverb(p) ||
		pw == "who" || pw == "which" || pw == "that" || pw == "and" || pw == "but" || pw == "or" {
		return false
	}
	if nounForms[w] {
		// "campaign points", "cited reports"; but a clause after it makes it
		// a verb: "The Turkish government claims Gülen runs a network"
		if k+2 < len(toks) && (toks[k+1].Is("that") || toks[k+1].IsCap() && r.clauseAhead(k+1, min(len(toks), k+5))) {
			return false
		}
		return true
	}
	// A bare form after a singular noun: "campaign promise"; not after the
	// end of a relative clause: "officials whose laws have been
	// invalidated say", "organizations that have endorsed him say".
	return w == f.verb.lemma && !strings.HasSuffix(pw, "s") && !speakers.IsHeadNoun(pw) &&
		!strings.HasSuffix(pw, "ed") && !objectPronouns[pw]
}

func isAux(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
		"should", "must", "may", "might", "did", "does", "do", "not", "n't":
		return true
	}
	return false
}

// infinitiveVerbs take a verb of saying in the infinitive with their own
// subject: "continued to say", "went on to say", "declined to say".
var infinitiveVerbs = toSet(`continue continues continued continuing refuse refuses refused refusing decline declines
declined declining rose stood stands stand begin begins began start starts started try tries tried want wants wanted
hesitate hesitated proceed proceeded return returned went goes go seemed seems appeared appears plans planned
intends intended expected expects used quick eager careful able willing happy ready glad first last`)

// infinitiveAdjectives stand between a copula and a verb of saying in the
// infinitive: "are quick to point out that".
var infinitiveAdjectives = toSet(`quick eager careful able willing happy ready glad first last`)

// clauseSubjectBefore finds the subject of the clause that a participle at
// k hangs on: the nearest pronoun or name before it that opens a clause
// ("… as Mrs. Clinton echoed the criticism, saying …", "… when he
// formally announced his running mate, calling …").
func (r *run) clauseSubjectBefore(s *entities.Sentence, k int) (phrase, bool) {
	toks := r.toks
	first := r.skipDateline(s)
	for i := k - 2; i >= first && i > k-30; i-- {
		if r.qAt[i] != 0 {
			continue
		}
		opens := i == first
		if !opens {
			p := strings.ToLower(toks[i-1].Text)
			opens = toks[i-1].Is(",") || subordinators[p] || p == "and" || p == "but" || p == "that" || p == "which" || p == "who"
		}
		if !opens {
			continue
		}
		lw := strings.ToLower(toks[i].Text)
		if subjectPronouns[lw] && toks[i].Kind == entities.Word && lw != "it" && lw != "i" && lw != "we" {
			return phrase{first: i, end: i + 1, start: i}, true
		}
		if e := r.a.EntityAt(i); e != nil && e.Tokens.First == i && e.Kind == entities.Person {
			p := r.plainLeft(e.Tokens.End, i)
			if p.end > p.first {
				p.start = p.first
				return p, true
			}
		}
	}
	return phrase{}, false
}

// sharesSubject reports whether a verb of saying after token p has the
// subject of the clause before it: a participle after a comma or "by",
// "while", "before", "after"; any form after "and".
func sharesSubject(p *entities.Token, f cueForm) bool {
	if p.IsFold("and") || p.IsFold("but") || p.IsFold("or") {
		return true
	}
	if !f.participle {
		return false
	}
	switch strings.ToLower(p.Text) {
	case ",", "by", "while", "before", "after", "when", "in", "upon", "—", "–", "of", "without":
		return true // "stopped short of calling for"
	}
	return false
}

// forwardOK reports whether what follows a verb of saying, from token
// start on, is something said: "that …", a quotation, a colon, "how …", an
// infinitive for verbs that take one, or a clause for verbs that take one
// without "that" (others need an auxiliary in it).
func (r *run) forwardOK(f cueForm, start, end int, comp compKind) bool {
	if f.verb.quoted && comp != compQuote && !r.quoteWithin(start, r.clauseEnd(start, end)) {
		return false
	}
	switch comp {
	case compThat, compColon, compQuote, compWh:
		return true
	case compClause:
	default:
		return false
	}
	t := &r.toks[start]
	lw := strings.ToLower(t.Text)
	if lw == "to" {
		return f.verb.inf
	}
	if prepositions[lw] || r.timeAt(start, end) > 0 {
		return false
	}
	if f.verb.np && !f.verb.quoted {
		return !prepositions[lw] || lw == "to" || lw == "about"
	}
	if f.verb.quoted || f.verb.naming {
		// "accused Sanders of a “flip-flop”", "called him divisive"
		return f.verb.naming || r.quoteWithin(start, r.clauseEnd(start, end))
	}
	if f.verb.weak {
		return false
	}
	if f.verb.clause && (f.verb.lemma == "say" || f.verb.lemma == "tell") {
		return true
	}
	return r.clauseAhead(start, min(end, start+10))
}

type postKind uint8

const (
	postNone  postKind = iota
	postComma          // the subject follows a comma: "…, Smith said"
	postQuote          // the subject follows a quotation: "“…,” Smith said"
)

// quoteWithin reports whether a quotation opens among tokens [i, end).
func (r *run) quoteWithin(i, end int) bool {
	for k := i; k < end; k++ {
		if r.opensQuote(k) {
			return true
		}
	}
	return false
}

// postposed tells what stands before the subject that starts at token i:
// a closing quotation mark or a comma within a few words, or neither.
func (r *run) postposed(i, lo int) postKind {
	if i == lo && i > 0 && r.closesQuote(i-1) && r.a.SentenceOf(i-1) != r.a.SentenceOf(i) && r.toks[i].Newlines == 0 {
		// “Am I wrong?” Trump asked. — the question mark ended a sentence.
		return postQuote
	}
	if i > lo {
		switch strings.ToLower(r.toks[i-1].Text) {
		case "which", "that", "who", "whom", "what", "as", "than", "and", "but":
			return postNone // "…, which her campaign refers to as", "as Sanders proposes", "…, and the delegates pledged"
		}
	}
	between := false
	for k := i - 1; k >= lo && k >= i-8; k-- {
		t := &r.toks[k]
		switch {
		case r.closesQuote(k) && r.titleQuote(k):
			return postComma
		case r.closesQuote(k):
			return postQuote // the words between belong to the subject: "…,” nuclear experts … said"
		case t.Is(","):
			if between {
				// Words between the comma and the subject make it part of
				// another clause: "…, a word Trump then repeated", "…, as
				// rival Bernie Sanders continues", "…, could blunt
				// Republican claims".
				return postNone
			}
			return postComma
		case t.Kind == entities.Punct || t.Kind == entities.QuoteMark:
			return postNone
		case t.Kind == entities.Word && !isAdverb(t) && r.qAt[k] == 0 && t.IsLower() && clauseWord(t.Text):
			between = true
		}
	}
	return postNone
}

// titleQuote reports whether the quotation that closes at token k (or at
// the comma k) names a show, book or film rather than quoting speech: it
// follows a possessive or preposition ("on Fox News channel’s “Sunday
// Morning Futures,”") and is a few capitalized words.
func (r *run) titleQuote(k int) bool {
	if r.toks[k].Is(",") {
		k--
	}
	qi := r.qAt[k]
	if qi == 0 {
		return false
	}
	q := &r.qs[qi-1]
	if q.open == 0 || r.words(q.parts) > 6 {
		return false
	}
	p := &r.toks[q.open-1]
	if !(p.Kind == entities.Possessive || prepositions[strings.ToLower(p.Text)] && p.IsLower()) {
		return false
	}
	for i := q.open + 1; i < k; i++ {
		if t := &r.toks[i]; t.Kind == entities.Word && t.IsLower() && !npConnectors[t.Text] && t.Text != "the" && t.Text != "a" {
			return false
		}
	}
	return true
}

// adverbialOnly reports whether tokens [j, end) after a verb of saying
// hold only adverbials ("on Thursday during a speech at …", "in an
// interview"), no object or clause.
func (r *run) adverbialOnly(j, end int) bool {
	if j >= end {
		return true
	}
	lw := strings.ToLower(r.toks[j].Text)
	if !prepositions[lw] && r.timeAt(j, end) == 0 && !isAdverb(&r.toks[j]) {
		return false
	}
	return !r.clauseAhead(j, end)
}

// inversionEnds reports whether an inverted subject ending at token i
// ends its clause: "said Smith." or "said Smith, a …" or "said Smith on
// Tuesday", not "said Trump could file".
func (r *run) inversionEnds(i, end int) bool {
	if i >= end {
		return true
	}
	t := &r.toks[i]
	if t.Kind == entities.Punct || t.Kind == entities.QuoteMark {
		return true
	}
	lw := strings.ToLower(t.Text)
	// "said the base chief known as Bob", "said Smith, speaking publicly"
	participle := t.IsLower() && len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "wn"))
	return prepositions[lw] || r.timeAt(i, end) > 0 || isAdverb(t) || participle || lw == "as" || lw == "who" || lw == "that" || lw == "which" || lw == "whose"
}

// subordinators open an adverbial clause before a sentence's subject.
var subordinators = toSet(`after while when as although though because if since before once unless until
despite following amid`)

var objectPronouns = toSet(`him her them me us you reporters`)

var subjectPronouns = toSet(`he she they it we i`)

// plainLead reports whether tokens [st, open) are words that lead into a
// quotation within its clause, with no attribution or quotation of their
// own: "The bill's failure was" before “heartbreaking”.
func (r *run) plainLead(st, open int) bool {
	toks := r.toks
	if toks[open-1].Is(":") || toks[open-1].Is("(") {
		return false
	}
	words := 0
	for k := st; k < open; k++ {
		t := &toks[k]
		if r.qAt[k] != 0 || t.Kind == entities.QuoteMark || t.Is(":") || t.Is(";") || t.Is(".") {
			return false
		}
		if t.Kind == entities.Word {
			words++
			if f, ok := cueAt(toks, k); ok && !f.verb.quoted && t.IsLower() {
				return false
			}
			if t.IsFold("according") {
				return false
			}
		}
	}
	return words >= 2
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

// isOrdinal reports "1st", "2nd", "23rd", "4th".
func isOrdinal(w string) bool {
	n := 0
	for n < len(w) && '0' <= w[n] && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// roleWord reports a lower-case word shaped like a role the lists don't
// know: hyphenated ("co-host") or with an agent suffix ("organizer").
func roleWord(w string) bool {
	if strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

var reflexives = toSet(`himself herself themselves itself myself ourselves yourself`)

// leadWords open a sentence before its subject, with no comma: "Yet he …".
var leadWords = toSet(`yet but and so still now then also`)

// descriptionStarts open a description of a speaker.
var descriptionStarts = toSet(`the a an one another this these his her their its`)

// plainDescription reports whether tokens [c, end) are an article and up
// to three lower-case words: a description of a person or thing whose
// head the lists don't know ("the business mogul").
func (r *run) plainDescription(c, end int) bool {
	toks := r.toks
	if end-c < 2 || end-c > 5 || !descriptionStarts[strings.ToLower(toks[c].Text)] {
		return false
	}
	for k := c + 1; k < end; k++ {
		t := &toks[k]
		lw := t.Text
		if k < end-1 && (t.IsCap() || t.IsUpper() || t.Is("&")) && !capStop(strings.ToLower(lw)) {
			continue // "the Gawker employee", "one P&G Amiens employee"
		}
		if t.Kind != entities.Word || !t.IsLower() || isAux(lw) || prepositions[lw] || npConnectors[lw] || subjectPronouns[lw] ||
			determinerWords[lw] || isAdverb(t) || whWords[lw] || lw == "that" {
			return false
		}
		if _, ok := cueAt(toks, k); ok {
			return false
		}
	}
	last := toks[end-1].Text
	return !strings.HasSuffix(last, "ing") && !strings.HasSuffix(last, "ed")
}

// clauseStartBefore returns the first token of the clause that holds
// token j: after the previous comma, semicolon, quotation mark or
// conjunction, or lo.
func (r *run) clauseStartBefore(j, lo int) int {
	toks := r.toks
	c := j
	for c > lo && j-c < 14 {
		t := &toks[c-1]
		if t.Kind == entities.Punct && !t.Is("-") || t.Kind == entities.QuoteMark || t.IsFold("but") || t.IsFold("that") || t.IsFold("while") ||
			t.IsFold("and") && c-1 > lo && toks[c-2].Is(",") {
			break
		}
		c--
	}
	return c
}

// pluralVerb reports a present-tense verb of saying that agrees with a
// plural subject: "say", "argue".
func pluralVerb(w string) bool {
	switch w {
	case "say", "argue", "insist", "contend", "warn", "note", "predict", "claim", "believe", "tell", "suggest", "complain", "acknowledge", "point", "agree":
		return true
	}
	return false
}

// hasVerbMarker reports an auxiliary or relative word among tokens [i, end).
func (r *run) hasVerbMarker(i, end int) bool {
	for k := i; k < end; k++ {
		switch strings.ToLower(r.toks[k].Text) {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "did", "does", "do", "not", "who", "which", "that":
			return true
		}
	}
	return false
}

// quantifiers open phrases that name part of a group: "Almost half of
// respondents", "Some 22 percent", "a third".
var quantifiers = toSet(`almost nearly about some most many half all both several few a majority
minority third quarter one two three four five six seven eight nine ten dozen hundreds thousands millions`)

func (r *run) quantifierAt(i int) bool {
	t := &r.toks[i]
	return t.Kind == entities.Number || quantifiers[strings.ToLower(t.Text)]
}

// appositiveLeft finds the subject before a comma that stands right before
// the verb: a name that closes an appositive ("The French interior
// minister, Bernard Cazeneuve, said"), or a name followed by appositives
// ("Ana Hinojosa, Director of …, said").
func (r *run) appositiveLeft(j, lo int) (phrase, bool) {
	toks := r.toks
	end := j
	for guard := 0; guard < 6; guard++ {
		c := r.prevComma(end-1, lo)
		segStart := max(c+1, lo)
		if segStart >= end {
			return phrase{}, false
		}
		nameEnd := end
		if toks[end-1].Is(")") {
			// "Rep. Elijah Cummings (D-Md.), chair of …, said"
			for o := end - 2; o > segStart && o > end-10; o-- {
				if toks[o].Is("(") {
					nameEnd = o
					break
				}
			}
		}
		e := r.a.EntityAt(nameEnd - 1)
		named := e != nil && e.Tokens.First >= segStart &&
			(e.Kind == entities.Person || e.Kind == entities.Organization && e.Tokens.First <= segStart+1)
		if named && !isArticleWord(toks[segStart].Text) {
			if p := r.plainLeft(nameEnd, segStart); p.end > p.first {
				p.start = p.first
				// "the minister, Bernard Cazeneuve,": the description before
				// the name belongs to the attribution.
				if c >= lo && toks[c].Is(",") && end == j {
					if d := r.plainLeft(c, max(lo, c-8)); d.end > d.first && r.descriptive(d) {
						p.start = d.first
					}
				}
				return p, true
			}
		}
		if r.appositive(segStart, end) {
			if c < lo {
				// The description is the subject: "The lawmaker, who
				// represents a district in Albay, said".
				if end < j {
					if p := r.plainLeft(end, segStart); p.end > p.first && p.first == segStart {
						p.start = p.first
						return p, true
					}
					if r.plainDescription(segStart, end) {
						return phrase{first: segStart, end: end, start: segStart}, true
					}
				}
				return phrase{}, false
			}
			end = c
			continue
		}
		if end == j {
			return r.clauseSubject(j, lo)
		}
		if p := r.plainLeft(end, segStart); p.end > p.first {
			p.start = p.first
			return p, true
		}
		return r.clauseSubject(j, lo)
	}
	return r.clauseSubject(j, lo)
}

// clauseSubject finds the subject of a verb whose subject is separated
// from it by long appositives of any shape: "Sandy Phillips, who lost her
// daughter …, said", "The Obama administration, in a far-reaching effort
// …, has said". The subject is the first segment of the clause that holds
// a name or a speaker noun; j is the comma right before the verb.
func (r *run) clauseSubject(j, lo int) (phrase, bool) {
	toks := r.toks
	start := j
	for start > lo && j-start < 60 && toks[start-1].Kind != entities.QuoteMark && !toks[start-1].Is(";") &&
		!toks[start-1].Is(":") {
		start--
	}
	i := start
	for guard := 0; guard < 4 && i < j; guard++ {
		e := i
		for e < j && !toks[e].Is(",") {
			if toks[e].Is("(") {
				for e < j && !toks[e].Is(")") {
					e++
				}
			}
			e++
		}
		lw := strings.ToLower(toks[i].Text)
		if prepositions[lw] || subordinators[lw] || r.timeAt(i, e) > 0 || isAdverb(&toks[i]) || lw == "but" || lw == "and" {
			i = e + 1 // an opening adverbial: "In Ohio, …"
			continue
		}
		if e >= j || e-i > 12 {
			return phrase{}, false
		}
		p := r.plainLeft(e, i)
		if p.end <= p.first {
			// A phrase the lists don't know ("People briefed on the move"):
			// the whole segment, when it names someone.
			if !r.nameLike(i, e) {
				return phrase{}, false
			}
			p = phrase{first: i, end: e}
		}
		p.start = p.first
		return p, true
	}
	return phrase{}, false
}

// nameLike reports whether tokens [i, end) can be a phrase that names
// speakers: it holds a name or a speaker noun, and no verb marker.
func (r *run) nameLike(i, end int) bool {
	toks := r.toks
	named := false
	for k := i; k < end; k++ {
		t := &toks[k]
		if t.Kind == entities.Punct && !t.Is("(") && !t.Is(")") && !t.Is("-") && !t.Is("%") || t.Kind == entities.QuoteMark {
			return false
		}
		lw := strings.ToLower(t.Text)
		switch lw {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "did", "does", "do", "not":
			return false
		}
		if e := r.a.EntityAt(k); e != nil && e.Kind != entities.Place || speakers.IsHeadNoun(lw) || t.Kind == entities.Number {
			named = true
		}
	}
	return named
}

// descriptive reports whether a phrase is a description without a name:
// "The French interior minister", "A Twitter spokesman".
func (r *run) descriptive(p phrase) bool {
	for k := p.first; k < p.end; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return false
		}
	}
	return speakers.IsHeadNoun(strings.ToLower(r.toks[p.end-1].Text))
}

// webAddress reports a quoted text that is a web address.
func webAddress(s string) bool {
	return !strings.ContainsAny(s, " \n\t") && (strings.Contains(s, "://") || strings.HasPrefix(s, "www."))
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

// clauseWord reports a lower-case function word that puts what follows it
// in a clause of its own: an article, a preposition or subordinator, an
// auxiliary, a wh-word ("…, a word Trump then repeated", "…, as rival
// Bernie Sanders continues", "…, could blunt Republican claims"). Nouns
// do not ("…, law enforcement officials say").
func clauseWord(w string) bool {
	return isArticleWord(w) || prepositions[w] || subordinators[w] || isAux(w) || whWords[w] || w == "that" || w == "where"
}

// commaBefore reports whether a comma precedes token k, also inside the
// closing mark of a quotation ("…,” but he …", "…,” and he …").
func (r *run) commaBefore(k int) bool {
	return k > 0 && (r.toks[k-1].Is(",") || r.closesQuote(k-1) && r.quoteEndsWithComma(k-1))
}

// quoteEndsWithComma reports whether the quotation closing at token k
// ends with a comma inside its marks ("…,”").
func (r *run) quoteEndsWithComma(k int) bool {
	qi := r.qAt[k]
	if qi == 0 || k == 0 {
		return false
	}
	return r.toks[k-1].Is(",")
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
			return !f.participle // not "…, a recount of Monday’s vote …"
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

// contentBreak words open, after a comma, a clause that reported speech
// does not run into: "…, while about 4 in 10 want …", "…, which is spread …".
// summaryNouns name what was said, in an appositive that glosses it: "…,
// a claim the campaign denies".
var summaryNouns = toSet(`claim assertion statement move decision recommendation charge accusation view
position argument comment remark sentiment suggestion notion prediction promise pledge reference nod
signal warning message allegation conclusion finding contention assessment proposal threat reversal
shift departure rebuke swipe jab dig criticism complaint admission concession characterization
description allusion theme refrain line point`)

var contentBreak = toSet(`while whereas which who whom although though meaning as compared however even followed`)

// clauseLink words open a clause that is not what was said: "…, which
// focused on …", "…, but …".
var clauseLink = toSet(`which who whose whom where when while as because although though`)

// lastClause returns where the last clause of tokens [lo, b) starts: after
// a colon, or after ", and" / ", but" before a new subject ("Sullivan both
// initiated …, and he sometimes added …, according to the sources").
func (r *run) lastClause(lo, b int) int {
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
			if subjectPronouns[strings.ToLower(n.Text)] || r.a.EntityAt(k+1) != nil || determinerWords[strings.ToLower(n.Text)] && n.IsLower() {
				return k + 1
			}
		}
	}
	return lo
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
	lw := strings.ToLower(toks[i].Text)
	opener := prepositions[lw] || subordinators[lw] || r.timeAt(i, end) > 0 ||
		toks[i].IsCap() && strings.HasSuffix(lw, "ing") && entities.CommonWord(lw)
	if !opener {
		return true
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

// lastQuoteInSentence returns the index in out of the latest direct quote
// with a speaker whose last part ends in the sentence of token k, before
// it, or -1.
func (r *run) lastQuoteInSentence(k int) int {
	si := r.a.SentenceOf(k)
	if si < 0 {
		return -1
	}
	s := &r.a.Sentences[si]
	for i := len(r.out) - 1; i >= 0 && i >= len(r.out)-4; i-- {
		q := &r.out[i]
		if q.Speaker != nil && q.Kind == Direct && q.End <= r.toks[k].Start && q.End >= s.Start && q.Cue != nil {
			return i
		}
	}
	return -1
}

// lastBefore returns the latest quote with a speaker that ends before
// byte offset off, or nil.
func (r *run) lastBefore(off int) *Quote {
	var best *Quote
	for i := len(r.out) - 1; i >= 0 && i >= len(r.out)-6; i-- {
		q := &r.out[i]
		if q.Speaker != nil && q.End <= off && (best == nil || q.End > best.End) {
			best = q
		}
	}
	return best
}

func (r *run) insideQuote(k int) bool { return r.qAt[k] != 0 }

// copulas link a subject to what it is, not to what it says.
var copulas = toSet(`is are was were be been being become became becomes remain remained remains seem seemed seems`)

// verbClause returns what follows the verb after a subject that ends at
// token i, when the quotation q lies in it: the object or clause of a
// verb the lists don't know ("renowned for", "pronounced", "assured me").
func (r *run) verbClause(i int, q *quoted, s *entities.Sentence) (content, bool) {
	toks := r.toks
	end := s.Tokens.End
	for i < end && (isAdverb(&toks[i]) || isAux(toks[i].Text)) {
		i++
	}
	if i >= end || toks[i].Kind != entities.Word || !toks[i].IsLower() || r.qAt[i] != 0 || copulas[toks[i].Text] {
		return content{}, false
	}
	v := i + 1
	for v < end && (toks[v].Is("that") || toks[v].Is("me") || toks[v].Is("us") || toks[v].Is("him") || toks[v].Is("her") || toks[v].Is("them")) {
		v++
	}
	if v >= end || v > q.open {
		return content{}, false
	}
	if p := &toks[q.open-1]; p.Is(",") || p.Is(":") {
		return content{}, false // "issued a statement, “…”": the quotation is what was said
	}
	e := r.clauseEnd(v, end)
	if e <= q.open {
		return content{}, false
	}
	c := r.region(v, e)
	if c.parts == nil || c.kind != Mixed {
		return content{}, false
	}
	return c, true
}

// namingWords stand before quotation marks that name something: a title,
// a term, a slogan.
var namingWords = toSet(`titled entitled dubbed named term terms phrase slogan motto hashtag
so-called headlined nicknamed label labeled labelled`)

// titleLike reports a short quotation whose words are all capitalized: the
// name of a film, show, book, slogan or event, not speech.
func (r *run) titleLike(qi int) bool {
	q := &r.qs[qi]
	words := 0
	for k := q.open + 1; k < len(r.toks) && r.qAt[k] == int32(qi+1) && k != q.close; k++ {
		t := &r.toks[k]
		if t.Kind != entities.Word {
			continue
		}
		words++
		if !t.IsCap() && !t.IsUpper() && !npConnectors[t.Text] && t.Text != "the" && t.Text != "a" && t.Text != "an" {
			return false
		}
	}
	return words > 0 && words <= 5
}

// standalone reports whether a quotation is a sentence of its own: nothing
// but punctuation follows its closing mark before the sentence or
// paragraph ends ("“Daily Show” host Trevor Noah" is not).
func (r *run) standalone(qi int) bool {
	e := r.quoteEndTok(qi) + 1
	if e >= len(r.toks) {
		return true
	}
	t := &r.toks[e]
	if t.Newlines > 0 || r.qs[qi].close < 0 {
		return true
	}
	if t.Kind == entities.Punct && !t.Is(",") && !t.Is("(") {
		return true
	}
	si := r.a.SentenceOf(e - 1)
	return si >= 0 && r.a.Sentences[si].Tokens.End == e
}

// nounCues are nouns for what someone said: "his claim that …", "Trump's
// calls for …".
var nounCues = toSet(`claim claims call calls assertion assertions statement promise promises pledge pledges
vow vows warning warnings argument suggestion insistence demand demands remark remarks comment comments
allegation allegations accusation accusations charge charges denial admission prediction proposal contention
declaration announcement message plea appeal`)

// possessivePronouns stand for the subject pronoun of their possessor.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// nounCue attributes what a noun of saying introduces, to its possessor:
// "Trump's claim that Obama wants …", "his calls for increased
// surveillance", "her promise to …".
func (r *run) nounCue(s *entities.Sentence, k, lo int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if k-1 < lo || k+2 >= end {
		return 0, false
	}
	j := k + 1
	for j < end && r.timeAt(j, end) > 0 {
		j++
	}
	if j >= end {
		return 0, false
	}
	start := -1
	switch strings.ToLower(toks[j].Text) {
	case "that":
		start = j + 1
	case "for", "to", "on":
		start = j + 1
		if toks[j].Is("to") {
			start = j // "her promise to cut taxes"
		}
	}
	if start < 0 || start >= end {
		return 0, false
	}
	var subj phrase
	p := &toks[k-1]
	switch {
	case p.Kind == entities.Possessive:
		n := r.plainLeft(k-1, lo)
		if n.end <= n.first {
			return 0, false
		}
		subj = phrase{first: n.first, end: n.end, start: n.first}
	case possessivePronouns[strings.ToLower(p.Text)] != "":
		subj = phrase{first: k - 1, end: k, start: k - 1}
	default:
		return 0, false
	}
	cue := &Cue{Span: toks[k].Span, Text: toks[k].Text}
	return r.forward(s, start, cue, subj, Possessor, 0.6)
}

// labels that open a line but name no speaker.
var notLabels = toSet(`latest update note photo photos video source sources related correction disclaimer also
watch listen read more why what how who where when breaking editor exclusive analysis opinion live
full text transcript warning`)

// label attributes a paragraph that opens with a speaker's name and a
// colon, as headlines and transcripts do: "Gingrich: Trump Must Decide",
// "Matthews: Well, speculation is bad." The speech runs to the end of the
// paragraph.
func (r *run) label(s *entities.Sentence, lo int) (int, bool) {
	toks := r.toks
	p := &r.a.Paragraphs[s.Paragraph]
	if r.a.Sentences[p.Sentences.First].Tokens.First != s.Tokens.First {
		return 0, false
	}
	c := lo
	for c < s.Tokens.End && c < lo+6 && (toks[c].Kind == entities.Word && (toks[c].IsCap() || toks[c].IsUpper()) || toks[c].Kind == entities.Possessive || c > lo && toks[c].Is("of")) {
		c++
	}
	if c == lo || c+1 >= s.Tokens.End || !toks[c].Is(":") || r.qAt[c] != 0 {
		return 0, false
	}
	if isArticleWord(toks[lo].Text) {
		return 0, false
	}
	if c-lo == 1 {
		w := toks[lo].Text
		if notLabels[strings.ToLower(w)] || entities.CommonWord(w) && !entities.ProperWord(w) && r.a.EntityAt(lo) == nil {
			return 0, false
		}
	}
	last := r.a.Sentences[p.Sentences.End-1].Tokens.End
	c2 := r.region(c+1, last)
	if c2.parts == nil || r.words(c2.parts) < 2 {
		return 0, false
	}
	// In the body, a short line after a name is a section heading ("Bush:
	// Survive to S.C."), and a line of names is a list.
	if s.Paragraph > 0 && !s.TitleCase && (r.words(c2.parts) < 6 || r.nameList(c+1, last)) {
		return 0, false
	}
	cue := &Cue{Span: toks[c].Span, Text: toks[c].Text}
	if !r.emit(c2, cue, phrase{first: lo, end: c, start: lo}, Colon, 0.7) {
		return 0, false
	}
	if last > s.Tokens.End {
		return s.Tokens.End, true
	}
	return last, true
}

// nameList reports tokens [i, end) that list names: capitalized words
// and commas, nothing else to speak of.
func (r *run) nameList(i, end int) bool {
	words, caps, commas := 0, 0, 0
	for k := i; k < end; k++ {
		t := &r.toks[k]
		switch {
		case t.Is(","):
			commas++
		case t.Kind == entities.Word:
			words++
			if t.IsCap() {
				caps++
			}
		}
	}
	return commas >= 2 && caps*10 >= words*7
}

// asked attributes a question put to someone: "Asked whether …, she
// said", "When asked about …". The asker goes unnamed.
func (r *run) asked(s *entities.Sentence, k int) (int, bool) {
	toks := r.toks
	first, end := s.Tokens.First, s.Tokens.End
	p := ""
	if k > first {
		p = strings.ToLower(toks[k-1].Text)
	}
	passive := p == "was" || p == "were" || p == "is" || p == "are" || p == "been" || p == "being" || p == "be" || p == "when"
	opens := k == first || k == first+1 && (toks[first].IsFold("when") || toks[first].IsFold("if")) ||
		k > first && toks[k-1].Is(",") && toks[k].IsLower() || passive
	if !opens {
		return 0, false
	}
	j := k + 1
	// "Asked by Matt Lauer whether …", "Asked on Monday whether …"
	for n := 0; j < end && n < 10 && !whWords[strings.ToLower(toks[j].Text)] && !toks[j].IsFold("about") && !toks[j].Is("to") &&
		!toks[j].IsFold("for") && !toks[j].Is(",") && !toks[j].Is("."); n++ {
		j++
	}
	if j >= end || toks[j].Is(",") || toks[j].Is(".") {
		return 0, false
	}
	if toks[j].IsFold("about") || toks[j].IsFold("for") {
		j++
	}
	e := j + 1
	for e < end && !toks[e].Is(",") && !toks[e].IsFold("during") && !(toks[e].Is(".") && e+1 >= end) {
		e++
	}
	// "Asked why the administration didn’t follow Congress’s demand, in the
	// same bill, that …, Earnest responded": the question runs to the comma
	// before the main clause's subject and verb.
	if k == first && e < end && toks[e].Is(",") {
		for c := e + 1; c < end && c < e+40; c++ {
			if toks[c].Is(".") || toks[c].Is(";") || toks[c].Kind == entities.QuoteMark {
				break
			}
			if toks[c].Is(",") && r.qAt[c] == 0 && c+1 < end && r.attributionAhead(c+1, end) {
				e = c
				break
			}
		}
	}
	c := r.region(j, e)
	if c.parts == nil || r.words(c.parts) < 2 {
		return 0, false
	}
	cue := &Cue{Span: toks[k].Span, Text: toks[k].Text}
	r.add(Quote{Kind: c.kind, Parts: c.parts, Cue: cue, Rule: Question, Confidence: 0.5})
	return e, true
}

// asReported attributes the rest of a sentence that opens with "As
// reported by X," or "As X reported (in …)," to X.
func (r *run) asReported(s *entities.Sentence, k int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if k+3 >= end {
		return 0, false
	}
	var subj phrase
	var cueTok int
	if f, ok := cueAt(toks, k+1); ok && f.past && toks[k+2].IsFold("by") {
		p, ok := r.accordingPhrase(k+3, end)
		if !ok {
			return 0, false
		}
		subj, cueTok = p, k+1
	} else {
		p, ok := r.rightPhrase(k+1, end)
		if !ok || p.end >= end {
			return 0, false
		}
		f, ok := cueAt(toks, p.end)
		if !ok || !f.past {
			return 0, false
		}
		subj, cueTok = p, p.end
	}
	c := cueTok + 1
	for c < end && c < cueTok+16 && !toks[c].Is(",") {
		if toks[c].Kind == entities.QuoteMark || toks[c].Is(".") {
			return 0, false
		}
		c++
	}
	if c >= end || c < subj.end {
		return 0, false
	}
	subj.start = k
	cue := &Cue{Span: toks[cueTok].Span, Text: toks[cueTok].Text}
	return r.forward(s, c+1, cue, subj, AccordingTo, 0.8)
}

// accordingPhrase returns the source after "according to": everything up
// to the next comma or the sentence end ("a recent Washington Post-ABC
// News poll", "exit polls reported by CNN and other networks").
func (r *run) accordingPhrase(j, end int) (phrase, bool) {
	toks := r.toks
	i := j
	for i < end && i < j+20 {
		t := &toks[i]
		if t.Is(",") || t.Is(";") || t.Is(".") || t.Is(":") || t.Is("—") || t.Is("–") || t.Kind == entities.QuoteMark ||
			t.IsFold("that") || t.IsFold("which") || t.IsFold("who") {
			break
		}
		i++
	}
	if i == j {
		return phrase{}, false
	}
	return phrase{first: j, end: i}, true
}
