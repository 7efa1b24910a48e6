package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The question sieve: a question put to someone, by an asker the text
// names after "by" or does not name.
//
//	"Asked whether she would run again, Jane Roe smiled."
//	"When asked about the budget, the minister said …"
//	"Asked by Dara Quill whether she had practiced, Jane Roe said …"

// asked attributes a question put to someone: "Asked whether …, she
// said", "When asked about …". The asker goes unnamed unless "by" names
// them ("Asked by Matt Lauer whether …", "was asked by a caller why …").
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
	if k > first && toks[k-1].Is(",") && j > k+1 && !toks[k+1].IsFold("by") && !passive {
		// "Neera Tanden, a Clinton supporter, asked Eric Holder whether
		// …": "asked" with an object is the main verb after an appositive,
		// not an aside.
		return 0, false
	}
	askerEnd := j // "Asked by Matt Lauer whether …": the asker ends here
	if toks[j].IsFold("about") || toks[j].IsFold("for") {
		j++
		if j >= end {
			return 0, false // "…, asked about" ending the text
		}
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
	if k > first && toks[k-1].Is(",") && !passive && (e >= end || toks[e].Is(".")) && r.appositiveSubjectBefore(first, k-1) {
		// "Jane Roe, deputy for Kelvo, asked whether …." to the sentence's
		// end: "asked" is the main verb after the subject and its
		// appositive, no aside before a main clause ("Roe, asked whether
		// she would run, said no").
		return 0, false
	}
	c := r.region(j, e)
	if c.parts == nil || r.words(c.parts) < 2 && !(e == j+1 && e < end && whWords[strings.ToLower(toks[j].Text)] && toks[e].Is(",")) {
		return 0, false // but "When asked why, Roe said …": the one word is the question
	}
	cue := &Cue{Span: toks[k].Span, Text: toks[k].Text}
	if k+2 < askerEnd && toks[k+1].IsFold("by") {
		// "Asked by Matt Lauer whether she had practiced": the asker is named.
		if p, ok := r.rightPhrase(k+2, askerEnd); ok && p.end == askerEnd {
			p.start = k
			if r.emit(c, cue, p, Question, 0.5) {
				return e, true
			}
		}
	}
	r.add(Quote{Kind: c.kind, Parts: c.parts, Cue: cue, Rule: Question, Confidence: 0.5})
	return e, true
}

// appositiveSubjectBefore reports a person's name that opens the sentence
// (or follows its honorific) at first and a comma right after it, before
// the comma at token c: "Hon. Jane Roe, deputy for Kelvo," of "Hon. Jane
// Roe, deputy for Kelvo, asked whether …".
func (r *run) appositiveSubjectBefore(first, c int) bool {
	for k := first; k < c && k < first+4; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.End < c && r.toks[e.Tokens.End].Is(",") {
			return true
		}
		if r.toks[k].Kind != entities.Word && r.toks[k].Kind != entities.Punct {
			return false
		}
	}
	return false
}
