package quotes

import (
	"context"
	"sort"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// The attribution driver. Sentences are read in document order, so that
// pronouns and continuations see the speakers before them. In each
// sentence, after a dateline ("VIENNA, 3 May 2024 –"), the sieves are
// tried in this order, most precise first; the first that attributes a
// stretch of the sentence claims it, and the scan goes on after it (or
// inside it, for attributions within reported speech):
//
//  1. label (sieve_label.go): "Roe: We will act." opens a paragraph.
//  2. according-to (sieve_according.go): "according to Jane Roe", "As
//     reported by the Gazette, …", "As the Gazette reported, …", "…, as
//     the Gazette reported.".
//  3. question (sieve_question.go): "Asked whether she would run, …".
//  4. possessor (sieve_possessor.go): "Roe's claim that …", "her call for …".
//  5. the verbs of saying (sieve_cue.go), each form a sieve of its own:
//     participle (sieve_participle.go) "…, adding that …"; infinitive and
//     subject-cue (sieve_subjectcue.go) "continued to say", "Jane Roe said
//     that …", "“…,” she said"; shared subject "Mr. Roe, citing …, said";
//     cue-subject (sieve_cuesubject.go) "“…,” said Jane Roe".
//  6. statement (sieve_statement.go): "Following is the minister's
//     message:" and the paragraphs after it.
//
// Quotation marks no sieve claimed are attributed when the sentence where
// they end has been read (sieve_orphan.go): after a colon (sieve_colon.go),
// as the previous speaker's continuation, to the subject of their clause
// (sieve_clausesubject.go), or to no one. Last, nest.go sets which quote
// holds which. Where a speaker phrase is found: subject_*.go and
// nounphrase.go; where reported speech starts and ends: complement.go,
// speech.go, clause_end.go.

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
	lm    *learnState     // the learned layer (learned.go); nil for the rules alone
	// blocks are the page's quotations set apart, from ReadHTML
	// (sieve_blockquote.go); nil for plain text.
	blocks []entities.Span
	// relAfter is the index after the sentence's latest attribution made
	// in a relative clause ("Cruz, who says …,"), or -1: the main verb
	// after it has the relative pronoun's antecedent for subject.
	relAfter int
	// lcands and lfeats are the learned layer's buffers, reused from one
	// boundary decision to the next: its candidates and one candidate's
	// features.
	lcands []int
	lfeats []uint32
	// labels counts the paragraphs that open with each label and a colon
	// ("Matthews:"), built on first use, with spokenLabel set where one of
	// them reads as speech (turns).
	labels map[string]int
}

// a phrase is a noun phrase of the text, as token indexes.
type phrase struct {
	first, end int // the phrase itself
	start      int // where the attribution starts: before appositives and the phrase
	// mention, when set, is the token range the attribution rests on when
	// it differs from the phrase: the "who" of "Smith, who said".
	mFirst, mEnd int
}

func newRun(a *entities.Analysis, qs []quoted, opts ...speakers.Option) *run {
	r := &run{a: a, text: a.Text, toks: a.Tokens, tr: speakers.NewTracker(a, opts...), qs: qs, last: -1}
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
	r.blockquotes()
	sort.SliceStable(r.out, func(i, j int) bool { return r.out[i].Start < r.out[j].Start })
	r.repeated()
	r.heading()
	nest(r.out)
	r.dropInnerPronouns()
}

// dropInnerPronouns removes the quotes that rest on a pronoun no speaker
// resolves when they lie inside another quote: the "I" of "“… I call on
// both sides to act.”" is the quoted speaker, who has the whole quote.
func (r *run) dropInnerPronouns() {
	keep := r.out[:0]
	dropped := false
	for _, q := range r.out {
		if q.Within != 0 && q.Speaker == nil && q.Mention != nil {
			dropped = true
			continue
		}
		keep = append(keep, q)
	}
	if dropped {
		r.out = keep
		nest(r.out)
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
	r.relAfter = -1
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
		if k == lo && toks[k].Is("In") {
			// "In his view, the Group carried too many stores."
			if after, ok := r.inView(s, k); ok {
				lo, k = after, after-1
				continue
			}
		}
		if toks[k].Is("as") && k > lo && toks[k-1].Is(",") {
			// "…, as The Times reported on Tuesday."
			if after, ok := r.asTrailing(s, k, lo); ok {
				lo, k = after, after-1
				continue
			}
		}
		if k == lo && toks[k].Is("As") || toks[k].IsFold("as") && k > lo && r.leadOnly(lo, k) {
			// "As reported by Western Journalism, …", "As the Post reported, …",
			// "But as the Post reported, …"
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
		if passiveVerbs[toks[k].Text] {
			// "The meeting was first reported by Politico."
			if after, ok := r.passiveReport(s, k, lo); ok {
				lo, k = after, after-1
				continue
			}
		}
		if toks[k].IsLower() && nounCues[strings.ToLower(toks[k].Text)] {
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
				if !(k > lo && toks[k-1].Is(",") && after < s.Tokens.End && toks[after].Is(",")) {
					lo = after
				} // "Ann Lee, asked about the vote, said …": the subject before the aside still speaks
				k = after - 1
				continue
			}
		}
		if after, subj, ok := r.tryCue(s, k, f, lo, prev); ok {
			prev = &subj
			r.relAfter = -1
			if r.relativeMention(subj) {
				r.relAfter = after
			}
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

// barIn reports a bar among tokens [i, end): a subject no sentence has,
// from a page's line whose parts bars set off.
func (r *run) barIn(i, end int) bool {
	for k := i; k < end && k < len(r.toks); k++ {
		if r.toks[k].Is("|") {
			return true
		}
	}
	return false
}

// content is a stretch of quoted or reported speech.
type content struct {
	parts []entities.Span
	kind  Kind
}

// emit resolves the speaker of a subject phrase and records the quote.
// Reported speech whose speaker cannot be resolved is not a quote.
func (r *run) emit(c content, cue *Cue, subj phrase, rule Rule, conf entities.Confidence) bool {
	c = r.boundContent(c)
	if c.kind != Direct && len(c.parts) > 0 && onlyContactDetails(r.text[c.parts[0].Start:c.parts[len(c.parts)-1].End]) {
		return false // "Media queries: press@acme.example"
	}
	if r.barIn(subj.first, subj.end) {
		return false // a page's line of parts set off by bars: "Posted by Kelvo Media Desk | 14 August 2025 | Media Statements | 0 Comments"
	}
	res := r.tr.Resolve(subj.first, subj.end)
	if res.Speaker != nil && r.antecedentInContent(c, subj, res.Speaker) {
		res.Speaker = nil // "Basins without such bodies, he added, saw …": not "Basins"
	}
	pron := res.Speaker == nil && (rule == SubjectCue || rule == CueSubject) && (r.barePronoun(subj) || r.unnamedRelative(subj))
	if res.Speaker == nil && c.kind != Direct && !pron {
		return false
	}
	if pron {
		// "I told them that …" in a first-person column, "He said …" whose
		// antecedent the tracker does not know, "all but two said …": the
		// pronoun or share is the mention, no speaker is named.
		sp := entities.Span{Start: r.toks[subj.first].Start, End: r.toks[subj.end-1].End}
		kind := speakers.DescriptorMention
		if subj.end == subj.first+1 && subjectPronouns[strings.ToLower(r.toks[subj.first].Text)] {
			kind = speakers.PronounMention
		} else if p := contractedPronoun(strings.ToLower(r.toks[subj.first].Text)); subj.end == subj.first+1 && p != "" {
			kind, sp.End = speakers.PronounMention, sp.Start+len(p) // "she" of "she’s"
		}
		res.Mention = speakers.Mention{Span: sp, Text: sp.In(r.text), Kind: kind}
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
	} else if pron {
		m := res.Mention
		q.Mention = &m
		q.Confidence = conf * 0.4
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
	q = r.attributedSpeaker(q)
	r.out = append(r.out, q)
	if q.Speaker != nil {
		r.last = len(r.out) - 1
		r.tr.Attribute(q.Speaker, *q.Mention)
	}
}

// unresolvedPronouns are the subjects whose quote stands without a
// resolved speaker, the pronoun being its mention.
var unresolvedPronouns = toSet(`i he she they`)

// barePronoun reports a subject phrase that is one personal pronoun,
// "She said" (not "it", which names no speaker on its own), or a share of
// people that names no group: "All but two said", "three-quarters said".
// A pronoun inside a quotation is the quoted speaker's ("“… I call on
// both sides to …”"), not an unknown one.
func (r *run) barePronoun(p phrase) bool {
	t := &r.toks[p.first]
	if p.mEnd != p.mFirst || p.end <= p.first {
		return false
	}
	pron := p.end == p.first+1 && t.Kind == entities.Word && (unresolvedPronouns[strings.ToLower(t.Text)] || unresolvedPronouns[contractedPronoun(strings.ToLower(t.Text))])
	if !pron {
		last := &r.toks[p.end-1]
		lw := strings.ToLower(last.Text)
		share := last.Kind == entities.Number || hyphenedQuantifier(lw) || shareWords[lw] || quantifierPronouns[lw] && !singularQuantifiers[lw]
		if !share || !r.proportion(p.first, p.end) {
			return false // not "almost suggested"
		}
	}
	for qi := range r.qs {
		if r.qs[qi].span().Contains(t.Span) {
			return false
		}
	}
	// A quotation that closes later on the pronoun's line holds it, though
	// it opened lines before: "“We welcome … / I call on both sides …,”
	// said …".
	for k := p.first + 1; k < len(r.toks) && r.toks[k].Newlines == 0; k++ {
		if m := &r.toks[k]; m.Kind == entities.QuoteMark {
			if r.opensQuote(k) {
				return true // "In Europe, they write, ''to be …''": the mark opens the quotation after the pronoun
			}
			return !(m.Text == "”" || m.Text == "''" || m.Text == "\"" && !m.Space)
		}
	}
	return true
}
