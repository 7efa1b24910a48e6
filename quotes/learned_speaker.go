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
// quotes before it, the people, organizations and subject pronouns named
// before it in its sentence (the two nearest: "Jane Roe's verdict on the
// plan: it is “a disgrace.”", invented), and no one; the model picks one.
// An earlier speaker picked is given as a continuation of that speaker's
// quote, a mention of the sentence as the subject of the quote's clause.

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
	var sbuf [maxLoneSentenceCands + 2]attrCand
	sents := r.sentenceCands(qi, sbuf[:0])
	if len(cands) == 0 && len(sents) == 0 {
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
	for ci := 0; ci <= len(cands)+len(sents); ci++ {
		f.idx = f.idx[:0]
		var p *Quote
		if ci > 0 && ci <= len(cands) {
			p = cands[ci-1]
		}
		var sc *attrCand
		if ci > len(cands) {
			sc = &sents[ci-len(cands)-1]
			r.sentenceSpeakerFeatures(&f, qi, ci-len(cands)-1, sc)
		} else {
			r.speakerFeatures(&f, qi, ci, p)
		}
		if rec != nil {
			rec.feats = append(rec.feats, append([]uint32(nil), f.idx...))
			rec.bytes = append(rec.bytes, ci)
			switch {
			case p != nil:
				rec.cands = append(rec.cands, *p)
			case sc != nil:
				m := sc.m
				rec.cands = append(rec.cands, Quote{Speaker: sc.sp, Mention: &m})
			default:
				rec.cands = append(rec.cands, Quote{})
			}
		}
		if r.lm.m != nil {
			if sc := r.lm.m.score(f.idx); best < 0 || sc > bestScore {
				best, bestScore = ci, sc
			}
		}
	}
	switch {
	case best > len(cands):
		sc := &sents[best-len(cands)-1]
		m := sc.m
		q.Speaker, q.Mention, q.Rule, q.Confidence = sc.sp, &m, ClauseSubject, 0.4
	case best > 0:
		p := cands[best-1]
		m := *p.Mention
		q.Speaker, q.Mention, q.Rule, q.Confidence = p.Speaker, &m, Continuation, 0.4
	}
	r.add(q)
}

// maxLoneSentenceCands bounds the mentions before a lone quotation in its
// sentence that it may be given to (besides the subjects of its sentence
// and the one before), loneLookback the tokens before it that are
// searched for them (a cost linear in the quotations, whatever the
// sentence's length).
const (
	maxLoneSentenceCands = 2
	loneLookback         = 40
)

// sentenceCands appends to out the people, organizations and subject
// pronouns named before quotation qi in its sentence, outside quotation
// marks, the nearest first, then the subject of its sentence and of the
// sentence before: "Jane Roe's verdict on the plan: it is “a disgrace.”"
// (invented) may be Jane Roe's words though no verb of saying tells it.
func (r *run) sentenceCands(qi int, out []attrCand) []attrCand {
	q := &r.qs[qi]
	si := r.a.SentenceOf(q.open)
	if si < 0 {
		return out
	}
	s := &r.a.Sentences[si]
	lo := max(s.Tokens.First, q.open-loneLookback)
	n := len(out)
	for k := q.open - 1; k >= lo && len(out)-n < maxLoneSentenceCands; k-- {
		if r.qAt[k] != 0 {
			continue
		}
		first, end, src := r.mentionAt(k)
		if end <= first {
			continue
		}
		res := r.tr.Resolve(first, end)
		if res.Speaker == nil {
			continue
		}
		dup := false
		for i := n; i < len(out); i++ {
			dup = dup || out[i].sp == res.Speaker
		}
		if !dup {
			out = append(out, attrCand{sp: res.Speaker, m: res.Mention, first: first, end: end, src: src})
		}
		k = first
	}
	// the subjects of its sentence's main clause and of the sentence before
	// in its paragraph: "The town released a statement saying Roe's plan
	// “…”", "The ad targets Roe. It calls her plan “…”" (invented)
	subj := func(s *entities.Sentence, k int, src string) {
		if k-s.Tokens.First > 2*loneLookback {
			return
		}
		p, ok := r.sentenceSubjectOf(s, k, true)
		if !ok || p.end <= p.first {
			return
		}
		for i := n; i < len(out); i++ {
			if p.first < out[i].end && out[i].first < p.end {
				return
			}
		}
		res := r.tr.Resolve(p.first, p.end)
		if res.Speaker == nil {
			return
		}
		for i := n; i < len(out); i++ {
			if out[i].sp == res.Speaker {
				return
			}
		}
		out = append(out, attrCand{sp: res.Speaker, m: res.Mention, first: p.first, end: p.end, src: src})
	}
	subj(s, q.open, "s")
	if si > 0 && r.a.Sentences[si-1].Paragraph == s.Paragraph {
		ps := &r.a.Sentences[si-1]
		subj(ps, ps.Tokens.End, "s1")
	}
	return out
}

// sentenceSpeakerFeatures are the features of giving quotation qi to the
// rank-th mention c before it in its sentence.
func (r *run) sentenceSpeakerFeatures(f *fset, qi, rank int, c *attrCand) {
	q := &r.qs[qi]
	s := &r.a.Sentences[r.a.SentenceOf(q.open)]
	rk := strconv.Itoa(rank)
	mk, sk := c.m.Kind.String(), c.sp.Kind.String()
	d := bucket(r.wordsIn(c.end, q.open))
	before := "<s>"
	if q.open > 0 {
		before = r.class(q.open - 1)
	}
	next := r.word(c.end, s.Tokens.First, s.Tokens.End, "</s>")
	f.add("K:s")
	f.add("K:s|rank", rk)
	f.add("K:s|mk", mk, sk, c.src)
	f.add("K:s|src", c.src)
	f.add("K:s|src|before", c.src, before)
	f.add("K:s|d", d)
	f.add("K:s|d|mk", d, mk)
	f.add("K:s|before", before)
	f.add("K:s|before|d", before, d)
	f.add("K:s|next", next)
	f.add("K:s|next|mk", next, mk)
	f.add("K:s|cm", bucket(r.commasIn(c.end, q.open)))
	f.add("K:s|first", bstr(c.first == s.Tokens.First || c.first == s.Tokens.First+1))
	f.add("K:s|alone", bstr(r.standalone(qi)))
	f.add("K:s|cue", r.cueKind(c.end, q.open), r.cueKind(c.end+1, q.open))
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
	nm := r.namedBefore(qi, p.Speaker)
	f.add("K:named", rk, nm)
	f.add("K:named|pd", nm, pd)
}

// namedBefore tells where the name of speaker sp (a person's family name,
// an organization's name) occurs before quotation qi: "s" in its
// sentence, "p" in the sentence before, "-" in neither. In "Traders
// cheered the talk by Roe. “We will not cut schools.”" (invented) Roe is
// named in the sentence before the lone quotation: likely its speaker.
func (r *run) namedBefore(qi int, sp *speakers.Speaker) string {
	name := sp.Family
	if name == "" && sp.Kind == speakers.Organization {
		name = sp.Name
	}
	q := &r.qs[qi]
	si := r.a.SentenceOf(q.open)
	if name == "" || si < 0 {
		return "-"
	}
	from := r.toks[r.a.Sentences[si].Tokens.First].Start
	end := r.toks[q.open].Start
	if strings.Contains(r.text[from:end], name) {
		return "s"
	}
	if si > 0 {
		if ps := &r.a.Sentences[si-1]; ps.Tokens.First < ps.Tokens.End {
			if strings.Contains(r.text[r.toks[ps.Tokens.First].Start:from], name) {
				return "p"
			}
		}
	}
	return "-"
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
