package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The statement sieve: an introduction ending in a colon, and the text
// delivered verbatim after it.
//
//	"Following is the text of Minister Jane Roe’s message:" and the
//	paragraphs after it, to the end of the body.
//	"The following statement was issued today by the Spokesperson for
//	the Ministry:"
//
// nextParagraph also serves a subject-cue attribution that ends its
// sentence with a colon: "Jane Roe said:" and the paragraph after it.

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
var statementNouns = wordList("statement_nouns")

// statement attributes the text after an introduction like "Following
// is UN Secretary-General António Guterres’ message …:" or "The following
// statement was issued today by the Spokesman for …:": every paragraph
// after it, to the end of the body, is the statement, one direct quote;
// when a quotation opens right after the colon, that quotation is.
func (r *run) statement(s *entities.Sentence) {
	toks := r.toks
	end := s.Tokens.End
	noun, by, ok := r.statementIntro(s)
	if !ok {
		return
	}
	// The speaker: "… issued by the Spokesman for X", "X’s message", or
	// the first person named outside quotation marks (not a name in an
	// event's: "the conference “Governance of Kelvo Rivers”, the Head of
	// Mission, Jane Roe, made the following statement:").
	var subj phrase
	switch {
	case by > noun && by+1 < end-1:
		subj = phrase{first: by + 1, end: end - 1}
		if p, ok := r.rightPhrase(by+1, end-1); ok {
			subj = p
		}
	default:
		for k := s.Tokens.First; k < end-1; k++ {
			if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && !r.insideQuote(k) {
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
	cue := &Cue{Span: toks[noun].Span, Text: toks[noun].Text}
	if end < len(toks) && r.opensQuote(end) {
		// “…” after the colon: the statement is that quotation, and the
		// paragraphs after it are the release's again.
		qi := int(r.qAt[end] - 1)
		r.qUsed[qi] = true
		r.emit(content{parts: r.closedLater(qi), kind: Direct}, cue, subj, Colon, 0.8)
		return
	}
	parts := r.statementParts(s.Paragraph + 1) // bounds.go
	if len(parts) == 0 {
		return
	}
	r.emit(content{parts: parts, kind: Direct}, cue, subj, Colon, 0.8)
}

// closedLater returns the parts of quotation qi, and when it was left
// open at its paragraph's end, the paragraphs after it up to the one that
// ends with a closing mark: a statement of several paragraphs with one
// opening and one closing mark. Without such a paragraph, or with another
// mark before it, the quotation's own parts.
func (r *run) closedLater(qi int) []entities.Span {
	q := &r.qs[qi]
	parts := append([]entities.Span(nil), q.parts...)
	if !q.unclosed {
		return parts
	}
	si := r.a.SentenceOf(q.open)
	if si < 0 {
		return parts
	}
	n := 0
	for pi := r.a.Sentences[si].Paragraph + 1; pi < len(r.a.Paragraphs); pi++ {
		p := &r.a.Paragraphs[pi]
		if p.Sentences.Len() == 0 {
			continue
		}
		first, last := r.a.Sentences[p.Sentences.First].Tokens.First, r.a.Sentences[p.Sentences.End-1].Tokens.End-1
		for k := first; k < last; k++ {
			if r.toks[k].IsDouble() {
				return append([]entities.Span(nil), q.parts...) // another quotation: not this one's
			}
		}
		if n += p.Len(); r.bnd != nil && n > statementLen*r.bnd.maxLen {
			return append([]entities.Span(nil), q.parts...)
		}
		if r.toks[last].IsDouble() {
			if sp := trimSpan(r.text, entities.Span{Start: p.Start, End: r.toks[last].Start}); sp.Len() > 0 {
				parts = append(parts, sp)
			}
			return parts
		}
		parts = append(parts, p.Span)
	}
	return append([]entities.Span(nil), q.parts...)
}
