package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Quotations no cue claims, in this order:
//
//	markup or an address: href="https://example.org"           no quote
//	after a colon: "Jane Roe: “We will act.”"                   colon
//	a name or a term: titled “Blue Skies”                        no quote
//	a signature under it: “We will act.” / – Jane Roe             cue-subject
//	a name line under it: “We will act.” / Jane Roe, Commissioner  colon
//	under a line that names its speaker: Jane Roe, CEO / “…”     colon
//	an answer under a question in a Q&A with Jane Roe             colon
//	“A,” she wrote in a letter …, “B.”                           B joins A
//	a paragraph that is a quotation, after the same speaker's    continuation
//	inside a clause whose subject speaks: "Roe issued a
//	statement, “We will act.”"                                   clause-subject
//	long enough to be speech (four words alone, eight inside)    unattributed

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
	// "Said Comey, “…”", "Stated Stone: “…”": the verb opens the lead.
	if p, cue, ok := r.invertedLead(qi); ok && r.emit(c, cue, p, CueSubject, 0.7) {
		return
	}
	// A colon before the quotation: "Guterres:" or "… Guterres’ message …:".
	if k := q.open - 1; k >= 0 && toks[k].Is(":") {
		if si := r.a.SentenceOf(k); !(si >= 0 && toks[q.open].Newlines > 0 && r.signedBelowHeading(qi, &r.a.Sentences[si])) && r.colon(k, c) {
			return
		}
	}
	if p, dash, ok := r.dashSignature(qi); ok {
		// “…” / — Bernie Sanders: a signature line under the quotation.
		cue := &Cue{Span: r.toks[dash].Span, Text: r.toks[dash].Text}
		if r.emit(c, cue, p, CueSubject, 0.7) {
			return
		}
	}
	if p, ok := r.nameLineBelow(qi); ok && r.emit(c, nil, p, Colon, 0.65) {
		return // “…” / Jane Roe, Commissioner for Health: a signature line under the quotations
	}
	if k := q.open - 1; k >= 0 && (namingWords[strings.ToLower(toks[k].Text)] || toks[k].Is("or") && r.words(q.parts) <= 2) {
		return // a name or a term, not speech: "titled “…”", "work intensity or “technostress”"
	}
	if r.bylineAfter(qi) {
		return // "“The Living Room to close,” by Times' Ben Sisario": a work's title and its author
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
		sentStart = q.open == first || q.open == first+1 && (toks[first].Is("—") || toks[first].Is("-") || r.bulletAt(first) && !toks[first].Is("–"))
		// The sentence before ends with a colon: "He put it this way:"
		if sentStart && si > 0 {
			ps := &r.a.Sentences[si-1]
			if (toks[ps.Tokens.End-1].Is(":") || r.dashLabel(ps)) && !r.signedBelowHeading(qi, ps) && r.colon(ps.Tokens.End-1, c) {
				return
			}
		}
	}
	if p, ok := r.nameLine(qi); ok && alone {
		if r.emit(c, nil, p, Colon, 0.6) {
			return // a speaker's line over the quotation: "Jane Roe, Director, Acme" / "“…”"
		}
	}
	if p, ok := r.interviewee(qi); ok && sentStart && alone {
		if r.emit(c, nil, p, Colon, 0.6) {
			return // an answer under a question, in a Q&A with the person the heading names (sieve_interview.go)
		}
	}
	if prev := r.prevAnswer(qi); prev != nil && sentStart && alone {
		m := *prev.Mention
		r.add(Quote{Kind: Direct, Parts: c.parts, Speaker: prev.Speaker, Mention: &m, Rule: Continuation, Confidence: 0.5})
		return // the next answer of an interview: the speaker of the answer above the question
	}
	if alone && sentStart && r.subhead(qi) {
		return // "'A really tough decision.'" alone on its line: a section's heading
	}
	if alone && sentStart && r.capsHeading(qi) && r.quotedAgainAfter(qi) {
		r.unattributed(qi, c) // "“A LIFEBOAT WITH A POST OFFICE”" alone on its line: a section's heading, whose words the section quotes with their speaker (repeated)
		return
	}
	if p, ok := r.leadSubject(qi, r.lastSaidBefore(q.parts[0].Start)); ok && sentStart && alone && r.words(c.parts) >= 2 && r.emit(c, nil, p, Continuation, 0.55) {
		return // "Mary Doe touted her record. “We need …”": the person the sentence before is about (sieve_leadsubject.go)
	}
	if prev := r.lastSaidBefore(q.parts[0].Start); prev != nil && sentStart && alone && r.words(c.parts) >= 2 {
		pp := r.paragraphOf(prev.End)
		if qp := r.paragraphOf(q.parts[0].Start); qp >= pp && qp <= pp+1 && prev.End <= q.parts[0].Start {
			m := *prev.Mention
			quote := Quote{Kind: Direct, Parts: c.parts, Speaker: prev.Speaker, Mention: &m,
				Rule: Continuation, Confidence: 0.6}
			r.add(quote)
			return
		}
	}
	if prev := r.lastSaidBefore(q.parts[0].Start); prev != nil && sentStart && !alone && (r.relativeTail(qi, prev) || r.plainTail(qi, prev)) {
		// "“…,” said Tad Devine. “We could win California,” which votes
		// June 7.": a quotation that opens its sentence, with only a
		// relative clause of the writer's after it, goes on with the
		// speaker of the quotation before it in its paragraph.
		m := *prev.Mention
		r.add(Quote{Kind: Direct, Parts: c.parts, Speaker: prev.Speaker, Mention: &m, Rule: Continuation, Confidence: 0.5})
		return
	}
	if prev := r.lastSaidBefore(q.parts[0].Start); prev != nil && !sentStart && alone && r.leadInContinuation(qi, prev) {
		// "“It's an enormous moment,” said Steve Schmidt. Unless rivals
		// quit, “it's very difficult to see how he is stopped.”": a
		// quotation after a plain lead-in goes on with the speaker of the
		// sentence before.
		m := *prev.Mention
		r.add(Quote{Kind: Direct, Parts: c.parts, Speaker: prev.Speaker, Mention: &m, Rule: Continuation, Confidence: 0.5})
		return
	}
	if prev := r.lastSaidBefore(q.parts[0].Start); prev != nil && !sentStart && r.appositiveAfterSaid(qi, prev) {
		m := *prev.Mention
		r.add(Quote{Kind: Direct, Parts: c.parts, Speaker: prev.Speaker, Mention: &m, Rule: Continuation, Confidence: 0.5})
		return // "Roe said her government had set a water price, a measure that had been “politically very difficult”."
	}
	// A quotation inside a sentence whose subject speaks: "Trump issued a
	// statement, “…”", "he took credit for “being right …”".
	if si := r.a.SentenceOf(q.open); si >= 0 && !sentStart {
		s := &r.a.Sentences[si]
		p, ok := r.sentenceSubject(s, q.open)
		// "Her critique is a moral one, as she fights a “throwaway
		// culture” …", "…, when he monitored the “road map” …": the subject
		// of the clause that holds the quotation, when it is closer. (With
		// no subject of the sentence, taking the clause's alone found more
		// on PolNeAR but cost the corporate press releases precision.)
		if cp, cok := r.clauseSubjectBefore(s, q.open); cok && ok && cp.first > p.end && !r.insideQuote(cp.first) {
			p = cp
		}
		if ok && !r.insideQuote(p.first) {
			if r.enteredWords(q) || r.semicolonBetween(p.end, q.open) && !r.continuesAfterSemicolon(s, q) {
				return // (nor a quotation after a semicolon, in a clause of its own: "Pilots' federation backs refund rules; “…,” says forum coordinator", "Kelvo means “moon”; the Trust's motto is “Every mother”", "…, watchdog warns; cooperative miners ask for help “…”")
			}
			// The clause after the subject's verb, quotation and all:
			// "Carl Icahn has assured me he's going to keep it ''classy''".
			if cl, ok := r.verbClause(p.end, q, s); ok && !r.titleLike(qi) {
				r.emit(r.clauseStart(s, p, qi, cl), nil, p, ClauseSubject, 0.5)
			}
			if r.words(c.parts) >= 2 && !r.titleLike(qi) {
				// (a title inside a sentence, "''Hawaii Five-0''", is no quote)
				r.emit(r.clauseStart(s, p, qi, c), nil, p, ClauseSubject, 0.5)
			}
			return
		}
	}
	if prev := r.lastSaidBefore(q.parts[0].Start); prev != nil && !sentStart && alone && r.predicateContinuation(qi, prev) {
		m := *prev.Mention
		r.add(Quote{Kind: Direct, Parts: c.parts, Speaker: prev.Speaker, Mention: &m, Rule: Continuation, Confidence: 0.45})
		return // "Roe said that …. Drought was “a threat multiplier the Council ignores.”"
	}
	if n := r.words(c.parts); alone && n >= 4 || n >= 8 {
		r.unattributed(qi, c) // learned_speaker.go
	}
}

// appositiveAfterSaid reports a quotation qi in an appositive that a
// comma and an article open right after what prev reports, in prev's
// sentence, with no verb of saying or judging between and no clause of
// another subject, the quotation ending the sentence: "Roe said her
// government had set a water price, a measure that had been “politically
// very difficult”" (what she said is described in her words).
func (r *run) appositiveAfterSaid(qi int, prev *Quote) bool {
	toks := r.toks
	q := &r.qs[qi]
	if prev.Kind != Indirect || prev.Speaker == nil || prev.Mention == nil {
		return false
	}
	k := r.a.TokenAt(prev.Parts[len(prev.Parts)-1].End)
	if k < 0 || k+2 >= q.open || q.open-k > 14 || r.a.SentenceOf(k) != r.a.SentenceOf(q.open) || !toks[k].Is(",") || !(toks[k+1].IsFold("a") || toks[k+1].IsFold("an")) {
		return false
	}
	for c := k + 1; c < q.open; c++ {
		if _, ok := cueAt(toks, c); ok || toks[c].Is(",") || r.qAt[c] != 0 || stanceVerbs[toks[c].Text] {
			return false // (nor another's view of it: "a product that lawmakers had opposed as “rushed”")
		}
		if (toks[c].Is("that") || toks[c].Is("which")) && c+1 < q.open && !isAux(toks[c+1].Text) && !isAdverb(&toks[c+1]) {
			return false // a relative clause with a subject of its own: "a product that lawmakers had …"
		}
	}
	e := r.quoteEndTok(qi) + 1
	for e < len(toks) && toks[e].Kind == entities.Punct && !toks[e].Is(".") {
		e++
	}
	return e >= len(toks) || toks[e].Is(".") || toks[e].Newlines > 0 // the quotation ends the sentence (not "… “a tax on thirst” by farmers' unions")
}

// stanceVerbs are verbs of judging that a writer reports of others: in an
// appositive they quote those others, not the speaker before.
var stanceVerbs = toSet(`opposed called branded dubbed described labelled labeled criticised criticized denounced condemned derided hailed praised`)

// bylineAfter reports a quotation followed, past its comma, by "by" and
// a capitalized name: the title of a work and its author.
func (r *run) bylineAfter(qi int) bool {
	e := r.quoteEndTok(qi) + 1
	if e < len(r.toks) && r.toks[e].Is(",") {
		e++
	} else if !r.quoteEndsWithComma(e - 1) {
		return false
	}
	return e+1 < len(r.toks) && r.toks[e].Is("by") && (r.toks[e+1].IsCap() || r.toks[e+1].Is("the"))
}

// subhead reports a quotation in single marks that is its paragraph
// alone and short: a newspaper's section heading quoting the section
// ("'Pretty cool working there.'"), not the speech of the quotation
// before it.
func (r *run) subhead(qi int) bool {
	q := &r.qs[qi]
	open := &r.toks[q.open]
	if !(open.Is("'") || open.Is("‘")) || r.words(q.parts) > 8 {
		return false
	}
	return r.lineOfItsOwn(qi)
}

// lineOfItsOwn reports a quotation qi that opens its line and ends it,
// but for punctuation after its closing mark.
func (r *run) lineOfItsOwn(qi int) bool {
	q := &r.qs[qi]
	e := r.quoteEndTok(qi) + 1
	for e < len(r.toks) && r.toks[e].Newlines == 0 && r.toks[e].Kind == entities.Punct {
		e++
	}
	starts := q.open == 0 || r.toks[q.open].Newlines > 0
	return starts && (e >= len(r.toks) || r.toks[e].Newlines > 0)
}

// capsHeading reports a quotation of two to twelve words alone on its
// line, its letters all in capitals: a section's heading that quotes its
// section ("“A LIFEBOAT WITH A POST OFFICE”"), no continuation of the
// speaker before, where the section quotes its words again
// (quotedAgainAfter).
func (r *run) capsHeading(qi int) bool {
	q := &r.qs[qi]
	if n := r.words(q.parts); n < 2 || n > 12 || !r.lineOfItsOwn(qi) {
		return false
	}
	letters := 0
	for _, p := range q.parts {
		for _, c := range r.text[p.Start:p.End] {
			if unicode.IsLower(c) {
				return false
			}
			if unicode.IsUpper(c) {
				letters++
			}
		}
	}
	return letters >= 6
}

// quotedAgainAfter reports that one of the next eight quotations after qi
// holds its words, in any case: a heading's quotation the section quotes
// again ("“A LIFEBOAT WITH A POST OFFICE”" and, below, "described the
// island as “a lifeboat with a post office”"), not a shout of its own
// ("“WE DID IT!”").
func (r *run) quotedAgainAfter(qi int) bool {
	key := wordKey(r.text[r.qs[qi].parts[0].Start:r.qs[qi].parts[len(r.qs[qi].parts)-1].End])
	for j := qi + 1; j < len(r.qs) && j <= qi+8; j++ {
		q := &r.qs[j]
		if strings.Contains(wordKey(r.text[q.parts[0].Start:q.parts[len(q.parts)-1].End]), key) {
			return true
		}
	}
	return false
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

// webAddress reports a quoted text that is a web address.
func webAddress(s string) bool {
	return !strings.ContainsAny(s, " \n\t") && (strings.Contains(s, "://") || strings.HasPrefix(s, "www."))
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

// namingWords stand before quotation marks that name something: a title,
// a term, a slogan.
var namingWords = wordList("naming_words")

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

// dashSignature reports a line that signs a quotation which ends its
// paragraph: a dash and a name, alone or with a title after a comma, as
// fact checks print them ("“… the top 1 percent.” / - Bernie Sanders."),
// under several quotation paragraphs in a row (a press page's quotes
// section), or after it on the line of a list's item ("- “We welcome it.” – Jane
// Roe, Director, Kelvale Port Authority").
// It returns the name and the dash.
func (r *run) dashSignature(qi int) (phrase, int, bool) {
	toks := r.toks
	if o := r.qs[qi].open; o > 0 && toks[o-1].Is(":") && !r.sectionLabelAbove(o) && !r.signedHeadline(o) && toks[o].Newlines < 2 {
		return phrase{}, 0, false // "One user described it: “…” / — Maryam": the colon's speaker (but not over a paragraph's break: "Workers described their fears: / / “…” / – Jane Roe, crane operator")
	}
	e := r.quoteEndTok(qi) + 1
	for guard := 0; ; guard++ {
		for e < len(toks) && toks[e].Newlines == 0 && (toks[e].Is(".") || toks[e].Is(")")) {
			e++
		}
		n := 0
		if e < len(toks) {
			n = int(r.qAt[e])
		}
		if guard == 5 || n == 0 || r.qs[n-1].open != e || toks[e].Newlines == 0 || !r.opensLine(r.qs[qi].open) || r.blockAt(toks[e].Start) != r.blockAt(toks[r.qs[qi].open].Start) {
			break // (not into a page's quotation set apart: its signature is its own)
		}
		e = r.quoteEndTok(n-1) + 1 // quotation paragraphs in a row: the signature is under the last
	}
	if e+1 >= len(toks) || !(isAsideEnd(&toks[e]) && !toks[e].Is(",") || toks[e].Is("-")) {
		return phrase{}, 0, false
	}
	if toks[e].Newlines == 0 && !(r.opensLine(r.qs[qi].open) && toks[e].Space) && !r.signedHeadline(r.qs[qi].open) {
		return phrase{}, 0, false // (on the quotation's line only when it opens the line: a list's item)
	}
	end := e + 1
	for end < len(toks) && toks[end].Newlines == 0 && end < e+40 {
		end++
	}
	a := e + 1
	if toks[a].Is("The") && a+1 < end {
		a++ // "– The Honourable Jane Roe, Minister of …"
	}
	if n := speakers.PossessiveStyle(toks, a); n == 2 && a+2 < end {
		a += 2 // a style of two words: "– Her Worship Jane Roe, Mayor of …"
	}
	p, ok := r.rightPhrase(a, end)
	if !ok || p.first != a || toks[p.first].Newlines > 0 {
		return phrase{}, 0, false
	}
	verbAfter := p.end < end && !toks[p.end].Is(",") && !toks[p.end].Is(".") && !toks[p.end].Is("(")
	if verbAfter && !r.headlineVerbAfter(p.end, end) { // (a party's tag: "– Jane Roe (D-District 3), chair of …")
		return phrase{}, 0, false
	}
	named := false
	for k := p.first; k < p.end; k++ {
		if en := r.a.EntityAt(k); en != nil && (en.Kind == entities.Person || en.Kind == entities.Organization && !verbAfter) {
			named = true // (a body before a headline's verb is its news, not its speaker: "“…” – Kelvo Grid switches on plant")
		}
	}
	if !named && !r.headlinePost(p) {
		return phrase{}, 0, false
	}
	p.start = e
	return p, e, true
}

// headlineVerbAfter reports the rest of a headline's line [k, end) after
// the name that signs its quotation: a verb in the present's third person
// and lower-case words, "“…” – Minister Roe launches coffee system".
func (r *run) headlineVerbAfter(k, end int) bool {
	toks := r.toks
	if !r.inHeadline(k) || k+1 >= end || toks[k].Kind != entities.Word || !toks[k].IsLower() || len(toks[k].Text) < 4 || !strings.HasSuffix(toks[k].Text, "s") || strings.HasSuffix(toks[k].Text, "ss") {
		return false
	}
	for j := k + 1; j < end; j++ {
		if toks[j].Kind == entities.QuoteMark {
			return false
		}
	}
	return true
}

// signedHeadline reports a headline's quotation after a colon at token o-1
// that a dash's signature ends: "Kelvo Hospital performs transplant: ‘A new
// dawn’ – CMD" (the signature names the speaker, not the colon's clause).
func (r *run) signedHeadline(o int) bool {
	si := r.a.SentenceOf(o)
	return si >= 0 && r.headlineParagraph(r.a.Sentences[si].Paragraph) && r.quotedThenSigned(o, r.a.Sentences[si].Tokens.End)
}

// inHeadline reports token k in the text's headline (headlineParagraph).
func (r *run) inHeadline(k int) bool {
	si := r.a.SentenceOf(k)
	return si >= 0 && r.headlineParagraph(r.a.Sentences[si].Paragraph)
}

// headlineParagraph reports the text's first paragraph, or its second or
// third after a page's furniture: lines of a few words with no full stop
// that hold a number, a breadcrumb's separator or no lower-case word, "24-
// Apr-2026" over "Kelvo: … “…” says Vice-President" (not a short headline
// over its deck: "Kelvo Bank posts record profit").
func (r *run) headlineParagraph(pi int) bool {
	if pi > 2 {
		return false
	}
	for j := 0; j < pi; j++ {
		p := &r.a.Paragraphs[j]
		first, end := r.a.Sentences[p.Sentences.First].Tokens.First, r.a.Sentences[p.Sentences.End-1].Tokens.End
		if end-first > 6 || r.toks[end-1].Is(".") {
			return false
		}
		marked, lower := false, false
		for k := first; k < end; k++ {
			t := &r.toks[k]
			marked = marked || t.Kind == entities.Number || t.Is(">") || t.Is("|") || t.Is("/") || t.Is("·") || t.Is("»")
			lower = lower || t.Kind == entities.Word && t.IsLower()
		}
		if lower && !marked {
			return false
		}
	}
	return true
}

// headlinePost reports a phrase p that is a capitalized post in the text's
// first paragraph, its headline, whose holder the body names: one post's
// word ("“…” – Minister") or capitalized words that one ends ("“…” - Roads
// Committee Chair"), or a post's letters ("“…” – CMD" for the Chief
// Medical Director).
func (r *run) headlinePost(p phrase) bool {
	toks := r.toks
	letters := p.end == p.first+1 && toks[p.first].IsUpper() && r.tr.PostLetters(toks[p.first].Text) // (not a body's, "– UNICEF launches …", nor a tag's, "– VIDEO")
	if p.end-p.first > 4 || !entities.IsTitleWord(toks[p.end-1].Text) && !letters {
		return false
	}
	for k := p.first; k < p.end; k++ {
		if !toks[k].IsCap() {
			return false
		}
	}
	return r.inHeadline(p.first)
}

// sectionLabelAbove reports a line of its own ending in a colon, with no
// verb of saying, above the quotation that opens its line at token o: a
// section's label over signed quotations ("Quotes:", "Reactions:").
func (r *run) sectionLabelAbove(o int) bool {
	toks := r.toks
	if toks[o].Newlines == 0 {
		return false
	}
	si := r.a.SentenceOf(o - 1)
	if si < 0 {
		return false
	}
	s := &r.a.Sentences[si]
	if s.Tokens.Len() > 6 || toks[s.Tokens.First].Newlines == 0 && s.Tokens.First > 0 {
		return false
	}
	for k := s.Tokens.First; k < s.Tokens.End; k++ {
		if _, ok := cueAt(toks, k); ok {
			return false
		}
	}
	return true
}

// opensLine reports a quotation mark at token k that opens its line, or
// opens it after a list's bullet: "- “We welcome it.” – Jane Roe, Director".
func (r *run) opensLine(k int) bool {
	toks := r.toks
	if toks[k].Newlines > 0 || k == 0 {
		return true
	}
	return r.bulletAt(k - 1)
}

// bulletAt reports a list's bullet at token k that opens its line: "-",
// "•", "*", "·", "▪", a dash.
func (r *run) bulletAt(k int) bool {
	b := &r.toks[k]
	return (b.Newlines > 0 || k == 0) && (b.Is("-") || b.Is("•") || b.Is("*") || b.Is("·") || b.Is("▪") || b.Is("–") || b.Is("—"))
}

// nameLine returns the person a line of its own names right above the
// quotation qi, which opens its line: a release's speaker over each quote
// ("Jane Roe, Chief Executive, Acme Robotics" / "“We will act.”"). The
// line opens with a full name (after at most three capitalized words:
// "Mayor Jane Roe"), holds no verb and no digit, and ends in no stop,
// colon or dash (those lines other rules read).
func (r *run) nameLine(qi int) (phrase, bool) {
	toks := r.toks
	o := r.qs[qi].open
	if o < 2 || toks[o].Newlines == 0 {
		return phrase{}, false
	}
	st := o - 1
	for st > 0 && toks[st].Newlines == 0 && o-st < 26 {
		st--
	}
	if toks[st].Newlines == 0 && st > 0 || o-st > 25 {
		return phrase{}, false
	}
	if last := &toks[o-1]; (last.Kind == entities.Punct || last.Kind == entities.QuoteMark) && !(last.Is(")") && o-st >= 4) {
		return phrase{}, false // (but a party after the name: "Jane Roe (Greens)")
	}
	if releaseLabelLine(r.text[toks[st].Start:toks[o-1].End]) {
		return phrase{}, false // "FOR IMMEDIATE RELEASE" over a headline's quotation
	}
	if o-st > 3 && commentLabel[toks[st].Text] && (toks[st+1].Is("from") || toks[st+1].Is("by")) {
		st += 2 // a heading that labels the quotation: "Comment from Jane Roe, President and CEO, Kelvo Corporation"
	}
	return r.namingLine(st, o)
}

// commentLabel are the words of a heading that labels the quotation under
// it by its speaker: "Comment from Jane Roe", "Quote by John Doe".
var commentLabel = toSet(`Comment Comments Quote Quotes Statement Remarks`)

// namingLine returns the person's name that opens the line [st, end) of
// capitalized words with no number, auxiliary or verb of saying: "Jane
// Roe, CEO", "Commissioner Jane Roe".
func (r *run) namingLine(st, end int) (phrase, bool) {
	toks := r.toks
	var p phrase
	for k := st; k < end; k++ {
		if toks[k].Kind == entities.Number || strings.ContainsAny(toks[k].Text, "0123456789") {
			return phrase{}, false // a date line: "Embargoed until 00:01, 2 December"
		}
		if e := r.a.EntityAt(k); p.end == 0 && e != nil && e.Tokens.First == k && e.Kind == entities.Person && e.Tokens.Len() > 1 && k < st+4 {
			p = phrase{first: k, end: e.Tokens.End, start: k}
			k = e.Tokens.End - 1
			continue
		}
		if p.end == 0 && (toks[k].Kind != entities.Word || !toks[k].IsCap()) {
			return phrase{}, false
		}
		if lw := strings.ToLower(toks[k].Text); toks[k].IsLower() && isAux(lw) || r.qAt[k] != 0 {
			return phrase{}, false
		}
		if _, ok := cueAtCase(toks, k, false); ok && toks[k].IsLower() {
			return phrase{}, false
		}
	}
	return p, p.end > 0
}

// nameLineBelow returns the person a line right under a quotation names
// as its signature, without a dash: a quotation paragraph, or several in a
// row, then "Jane Roe, Commissioner for Health" on a line of its own (a
// press page's quotes section). The name opens the line, after at most
// three capitalized words of style or office ("The Honourable Jane Roe,
// Minister of Housing", "Chief Jane Roe, Kelvo First Nation"), a comma
// follows it, and the line ends without punctuation.
func (r *run) nameLineBelow(qi int) (phrase, bool) {
	toks := r.toks
	if !r.opensLine(r.qs[qi].open) {
		return phrase{}, false
	}
	j := qi
	for guard := 0; guard < 6; guard++ {
		e := r.quoteEndTok(j) + 1
		for e < len(toks) && toks[e].Newlines == 0 && toks[e].Kind == entities.Punct {
			e++
		}
		if e >= len(toks) || toks[e].Newlines == 0 {
			return phrase{}, false
		}
		if n := r.qAt[e]; n != 0 && r.qs[n-1].open == e {
			j = int(n - 1) // another quotation paragraph: the signature is under the last
			continue
		}
		end := e + 1
		for end < len(toks) && toks[end].Newlines == 0 && end < e+30 {
			end++
		}
		if end < len(toks) && toks[end].Newlines == 0 || toks[end-1].Kind == entities.Punct && !toks[end-1].Is(")") || toks[end-1].Kind == entities.QuoteMark {
			return phrase{}, false // (a body's letters in parentheses may end it: "…, President, Kelvo Riverside Association (KRA)")
		}
		p, ok := r.namingLine(e, end)
		if !ok || p.first > e+3 || p.end >= end || !toks[p.end].Is(",") {
			return phrase{}, false
		}
		if n := r.qAt[min(end, len(toks)-1)]; end < len(toks) && n != 0 && r.qs[n-1].open == end && toks[end].Newlines == 1 && toks[e].Newlines > 1 && toks[r.qs[qi].open].Newlines == 1 {
			if _, above := r.nameLine(qi); above { // (each label on the line right above its quotation, a blank line after it)
				return phrase{}, false // a label over each quotation: "JANE ROE, CEO" / "“…”" / "JOHN DOE, Chair" / "“…”" (the line below is the next one's)
			}
		}
		return p, true
	}
	return phrase{}, false
}

// dashLabel reports a line of its own that names a speaker and ends with a
// dash, as a release's "Quotes:" section puts one above each quotation:
// "Jane Roe, Minister of Coastal Infrastructure –".
func (r *run) dashLabel(s *entities.Sentence) bool {
	toks := r.toks
	last := &toks[s.Tokens.End-1]
	if !(last.Is("–") || last.Is("—") || last.Is("-")) || s.Tokens.End-s.Tokens.First > 25 {
		return false
	}
	if p := &r.a.Paragraphs[s.Paragraph]; p.Sentences.Len() != 1 {
		return false
	}
	for k := s.Tokens.First; k < s.Tokens.End && k < s.Tokens.First+4; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k {
			return true
		}
		if toks[k].Kind != entities.Word || !toks[k].IsCap() {
			return false
		}
	}
	return false
}

// invertedLead finds a lead that opens with a capitalized verb of saying
// in the past and its subject, then a comma or a colon right before the
// quotation qi: "Said Comey, “…”", "Continued Stone: “…”", "Said Dorothy
// Poynter, who grew up with Ali, “…”", or "Stated Stone:" ending the
// paragraph before.
func (r *run) invertedLead(qi int) (phrase, *Cue, bool) {
	q := &r.qs[qi]
	toks := r.toks
	k := q.open - 1
	if k < 1 || !(toks[k].Is(",") || toks[k].Is(":")) {
		return phrase{}, nil, false
	}
	si := r.a.SentenceOf(k)
	if si < 0 {
		return phrase{}, nil, false
	}
	first := r.a.Sentences[si].Tokens.First
	if toks[k].Is(",") && r.a.SentenceOf(q.open) != si || k-first < 2 || !toks[first].IsCap() {
		return phrase{}, nil, false
	}
	f, ok := cueAtCase(toks, first, true) // capitalized: it opens the sentence
	if !ok || !f.past || !(inversionVerbs[f.verb.lemma] || f.verb.lemma == "state") {
		return phrase{}, nil, false
	}
	p, ok := r.rightPhrase(first+1, k)
	if !ok || p.first != first+1 || p.end > k {
		return phrase{}, nil, false
	}
	if p.end < k && !(toks[p.end].Is(",") && p.end+1 < k && r.appositive(p.end+1, k)) {
		return phrase{}, nil, false
	}
	p.start = first
	cue := &Cue{Span: toks[first].Span, Text: toks[first].Text}
	return p, cue, true
}

// clauseStartWindow is how many tokens before its quotation the speech of
// a clause-subject quote may start.
const clauseStartWindow = 12

// clauseStartSpan is how many tokens before its quotation the clause of a
// clause-subject quote may start for the learned layer to move its start.
const clauseStartSpan = 40

// clauseStart lets the learned layer move the start of the speech c of a
// quotation qi inside a clause whose subject p speaks. When the rules give
// the quotation alone, the speech may start earlier: after the subject, no
// more than clauseStartWindow tokens before the quotation, and after any
// quotation before it; PolNeAR annotates such speech from the verb's
// complement, not from the mark. In the invented "Jane Roe accused her
// rival of “playing games with the budget”." it may start at "playing"
// (the rules), "of" or "her". When the rules give the clause after the
// subject's verb, it may start later, up to the quotation: in the invented
// "Jane Roe said on Monday in a speech that the plan was “a mess”." at
// "on" (the rules) or at "that", when the clause starts no more than
// clauseStartSpan tokens before the quotation.
func (r *run) clauseStart(s *entities.Sentence, p phrase, qi int, c content) content {
	if !r.lm.decides(decideClauseStart) || len(c.parts) == 0 {
		return c
	}
	q := &r.qs[qi]
	first := r.a.TokenAt(c.parts[0].Start)
	end := max(r.a.TokenAt(c.parts[len(c.parts)-1].End-1)+1, r.quoteEndTok(qi)+1) // the closing mark too
	if first < 0 || end <= first {
		return c
	}
	if q.open-first > clauseStartSpan {
		return c // a cost linear in the quotations, whatever the sentence's length
	}
	ruleS, lo := first, first
	if first > q.open {
		ruleS = q.open
		lo = max(s.Tokens.First, p.end, q.open-clauseStartWindow)
		for k := q.open - 1; k >= lo; k-- {
			if r.qAt[k] != 0 {
				lo = k + 1
				break
			}
		}
	}
	st := r.chooseStart(s, decideClauseStart, lo, q.open+1, ruleS, end, ClauseSubject)
	if st == ruleS {
		return c
	}
	if cl := r.region(st, end); cl.parts != nil {
		return cl
	}
	return c
}

// blockAt returns the index of the page's quotation set apart
// (<blockquote>, in the order of the page) that holds byte offset at, or
// -1: the last that opens at or before it, found by halving.
func (r *run) blockAt(at int) int {
	i := sort.Search(len(r.blocks), func(k int) bool { return r.blocks[k].Start > at }) - 1
	if i >= 0 && at < r.blocks[i].End {
		return i
	}
	return -1
}

// signedBelowHeading reports a quotation qi with a dash's signature under
// it whose sentence before, ending in a colon, is a paragraph of its own:
// a section's heading ("Voices:"), no speaker, over quotations each signed
// ("“…” / - Jane Roe, 15, pupil").
func (r *run) signedBelowHeading(qi int, ps *entities.Sentence) bool {
	par := &r.a.Paragraphs[ps.Paragraph]
	if par.Sentences.Len() != 1 || ps.Tokens.Len() > 4 {
		return false
	}
	_, _, ok := r.dashSignature(qi)
	return ok
}
