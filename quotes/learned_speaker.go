package quotes

import (
	"strconv"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// The speaker decision of the learned layer: a quotation no rule
// attributes ("“We will not back down.”" alone in its paragraph, three
// paragraphs after Jane Roe last spoke) may still be the words of one of
// the last speakers. The candidates are the last five distinct speakers of
// quotes before it, and no one; the model picks one. A speaker picked is
// given as a continuation of that speaker's quote.

// maxSpeakerCands bounds the earlier speakers a quotation may be given to.
const maxSpeakerCands = 5

// unattributed records a quotation whose speaker the rules cannot tell,
// with a speaker when the learned layer picks one.
func (r *run) unattributed(qi int, c content) {
	q := Quote{Kind: Direct, Parts: c.parts, Rule: Unattributed, Confidence: 0.3}
	if !r.lm.decides(decideSpeaker) {
		r.add(q)
		return
	}
	start := c.parts[0].Start
	var cands []*Quote
	seen := map[*speakers.Speaker]bool{}
	for i := len(r.out) - 1; i >= 0 && len(cands) < maxSpeakerCands; i-- {
		p := &r.out[i]
		if p.Speaker == nil || p.Mention == nil || p.End > start || seen[p.Speaker] {
			continue
		}
		seen[p.Speaker] = true
		cands = append(cands, p)
	}
	if len(cands) == 0 {
		r.add(q)
		return
	}
	var f fset
	f.bits = r.lm.bits()
	var rec *decision
	if r.lm.rec != nil {
		rec = r.lm.rec.add(decideSpeaker, start, nil)
		rec.quote = q
		rec.rule = 0 // the rules give it to no one
	}
	best, bestScore := -1, float32(0)
	for ci := 0; ci <= len(cands); ci++ {
		f.idx = f.idx[:0]
		var p *Quote
		if ci > 0 {
			p = cands[ci-1]
		}
		r.speakerFeatures(&f, qi, ci, p)
		if rec != nil {
			rec.feats = append(rec.feats, append([]uint32(nil), f.idx...))
			rec.bytes = append(rec.bytes, ci)
			if p != nil {
				rec.cands = append(rec.cands, *p)
			} else {
				rec.cands = append(rec.cands, Quote{})
			}
		}
		if r.lm.m != nil {
			if sc := r.lm.m.score(f.idx); best < 0 || sc > bestScore {
				best, bestScore = ci, sc
			}
		}
	}
	if best > 0 {
		p := cands[best-1]
		m := *p.Mention
		q.Speaker, q.Mention, q.Rule, q.Confidence = p.Speaker, &m, Continuation, 0.4
	}
	r.add(q)
}

// speakerFeatures are the features of giving quotation qi to the speaker
// of the earlier quote p, the rank-th distinct speaker back (rank 0, p nil:
// to no one).
func (r *run) speakerFeatures(f *fset, qi, rank int, p *Quote) {
	q := &r.qs[qi]
	toks := r.toks
	alone := bstr(r.standalone(qi))
	words := bucket(r.words(q.parts))
	before := "<s>"
	if q.open > 0 {
		before = r.class(q.open - 1)
	}
	after := "</s>"
	if e := r.quoteEndTok(qi) + 1; e < len(toks) {
		after = r.class(e)
	}
	if p == nil {
		f.add("K:none")
		f.add("K:none|alone", alone)
		f.add("K:none|words", words)
		f.add("K:none|ctx", before, after)
		f.add("K:none|alone|words", alone, words)
		return
	}
	qpara := r.paragraphOf(q.parts[0].Start)
	ppara := r.paragraphOf(p.End - 1)
	pd := bucket(qpara - ppara)
	// quotes between: any quote of another speaker, or none, since p
	between := 0
	for i := len(r.out) - 1; i >= 0 && &r.out[i] != p; i-- {
		between++
	}
	rk := bucket(rank)
	f.add("K:rank", rk)
	f.add("K:rank|pd", rk, pd)
	f.add("K:rank|alone", rk, alone)
	f.add("K:rank|words", rk, words)
	f.add("K:rank|between", rk, bucket(between))
	f.add("K:rank|ctx", rk, before, after)
	f.add("K:pd|alone", pd, alone)
	f.add("K:rule", rk, p.Rule.String())
	f.add("K:pkind", rk, p.Kind.String())
	f.add("K:mention", rk, strconv.Itoa(int(p.Mention.Kind)))
	f.add("K:spk", rk, p.Speaker.Kind.String())
}

// class names the word class of token i coarsely: its text for
// punctuation, "q" for a quotation mark, else "cap", "num" or "w".
func (r *run) class(i int) string {
	t := &r.toks[i]
	switch t.Kind {
	case entities.Punct, entities.Symbol:
		return t.Text
	case entities.QuoteMark:
		return "q"
	case entities.Number:
		return "num"
	}
	if t.IsCap() {
		return "cap"
	}
	return strings.ToLower(t.Text)
}
