package quotes

import (
	"strconv"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// The speaker of an attributed quote, a decision of the learned layer: a
// rule that attributes a quote names one mention its speaker, and the
// model may give the quote to another mention nearby. For example, in the
// invented "Supporters cheered as Jane Roe, the senator, said taxes would
// fall." a rule may take "Supporters" for the subject of "said"; the model,
// having seen names right before the cue win over plural descriptions
// clauses away, can give it to "Jane Roe". The candidates are the rule's
// speaker, the people and organizations named in the sentence of its
// mention and the subject pronouns there (the nearest maxSentenceCands to
// the cue), and the last maxEarlierCands distinct speakers of earlier
// quotes; each is resolved by the speaker tracker, and a candidate whose
// speaker is the rule's is dropped.

const (
	maxSentenceCands = 3  // mentions of the sentence, nearest the cue first
	maxEarlierCands  = 2  // speakers of earlier quotes, latest first
	attrWindow       = 30 // tokens searched on each side of the cue: a cost linear in the quotes, whatever the sentence's length
)

// attrCand is one candidate speaker of an attributed quote.
type attrCand struct {
	sp         *speakers.Speaker
	m          speakers.Mention
	first, end int    // its tokens; first < 0 for an earlier speaker
	src        string // "r" the rule's, "e" an entity, "p" a pronoun, "q" an earlier quote's speaker
}

// attributedSpeaker lets the learned layer pick the speaker of a quote a
// rule attributes (q.Speaker and q.Mention set); it returns q with the
// speaker picked.
func (r *run) attributedSpeaker(q Quote) Quote {
	if !r.lm.decides(decideAttrSpeaker) || q.Speaker == nil || q.Mention == nil || len(q.Parts) == 0 {
		return q
	}
	switch q.Rule {
	case Continuation, Unattributed, Repeated, Heading:
		return q
	}
	mt := r.a.TokenAt(q.Mention.Start)
	if mt < 0 || mt >= len(r.toks) {
		return q
	}
	anchor := mt
	if q.Cue != nil {
		if c := r.a.TokenAt(q.Cue.Start); c >= 0 && c < len(r.toks) {
			anchor = c
		}
	}
	si := r.a.SentenceOf(mt)
	if si < 0 {
		return q
	}
	s := &r.a.Sentences[si]
	var buf [1 + maxSentenceCands + maxEarlierCands]attrCand
	cands := buf[:1]
	cands[0] = attrCand{sp: q.Speaker, m: *q.Mention, first: mt, end: r.a.TokenAt(q.Mention.End-1) + 1, src: "r"}
	has := func(sp *speakers.Speaker) bool {
		for i := range cands {
			if cands[i].sp == sp {
				return true
			}
		}
		return false
	}
	// the sentence's mentions, nearest the anchor first: walk outwards
	var near [maxSentenceCands]attrCand
	nn := 0
	lo, hi := anchor-1, anchor+1
	for nn < maxSentenceCands && hi-anchor <= attrWindow && (lo >= s.Tokens.First || hi < s.Tokens.End) {
		for _, k := range [2]int{lo, hi} {
			if nn >= maxSentenceCands || k < s.Tokens.First || k >= s.Tokens.End || r.qAt[k] != 0 {
				continue
			}
			first, end, src := r.mentionAt(k)
			if end <= first || first < cands[0].end && end > cands[0].first {
				continue
			}
			res := r.tr.Resolve(first, end)
			if res.Speaker == nil || has(res.Speaker) {
				continue
			}
			dup := false
			for i := range nn {
				dup = dup || near[i].sp == res.Speaker
			}
			if dup {
				continue
			}
			near[nn] = attrCand{sp: res.Speaker, m: res.Mention, first: first, end: end, src: src}
			nn++
		}
		lo, hi = lo-1, hi+1
	}
	cands = append(cands, near[:nn]...)
	for i, ne := len(r.out)-1, 0; i >= 0 && ne < maxEarlierCands && i >= len(r.out)-12; i-- {
		p := &r.out[i]
		if p.Speaker == nil || p.Mention == nil || has(p.Speaker) {
			continue
		}
		cands = append(cands, attrCand{sp: p.Speaker, m: *p.Mention, first: -1, src: "q"})
		ne++
	}
	if len(cands) < 2 {
		return q
	}
	var rec *decision
	if r.lm.rec != nil {
		rec = r.lm.rec.add(decideAttrSpeaker, q.Parts[0].Start, nil)
		rec.quote = q
		rec.rule = 0
	}
	var f fset
	f.bits = r.lm.bits()
	best, bestScore := -1, float32(0)
	for ci := range cands {
		f.idx = f.idx[:0]
		r.attrFeatures(&f, &q, &cands[ci], &cands[0], ci, anchor, s)
		if rec != nil {
			rec.feats = append(rec.feats, append([]uint32(nil), f.idx...))
			rec.bytes = append(rec.bytes, ci)
			c := q
			m := cands[ci].m
			c.Speaker, c.Mention = cands[ci].sp, &m
			rec.cands = append(rec.cands, c)
		}
		if r.lm.m != nil {
			if sc := r.lm.m.score(f.idx); best < 0 || sc > bestScore {
				best, bestScore = ci, sc
			}
		}
	}
	if best > 0 {
		m := cands[best].m
		q.Speaker, q.Mention = cands[best].sp, &m
		q.Confidence *= 0.8
	}
	return q
}

// mentionAt returns the tokens of a candidate mention that ends at token
// k: a person or organization the entities name, or a subject pronoun;
// end <= first when there is none.
func (r *run) mentionAt(k int) (first, end int, src string) {
	if e := r.a.EntityAt(k); e != nil && (e.Kind == entities.Person || e.Kind == entities.Organization) {
		if e.Tokens.End-1 != k {
			return 0, 0, ""
		}
		return e.Tokens.First, e.Tokens.End, "e"
	}
	t := &r.toks[k]
	if t.Kind == entities.Word && unresolvedPronouns[strings.ToLower(t.Text)] {
		return k, k + 1, "p"
	}
	return 0, 0, ""
}

// attrFeatures are the features of giving the attributed quote q to
// candidate c (the ci-th; 0 the rule's, rc), the cue (or the rule's
// mention) being token anchor of sentence s.
func (r *run) attrFeatures(f *fset, q *Quote, c, rc *attrCand, ci, anchor int, s *entities.Sentence) {
	isR := bstr(ci == 0)
	rn := q.Rule.String()
	mk := c.m.Kind.String()
	sk := c.sp.Kind.String()
	lemma := "<none>"
	if q.Cue != nil {
		if cf, ok := cueAt(r.toks, anchor); ok {
			lemma = cf.verb.lemma
		} else {
			lemma = strings.ToLower(q.Cue.Text)
		}
	}
	f.add("A:r", isR)
	f.add("A:src", c.src)
	f.add("A:src|rule", c.src, rn)
	f.add("A:mk", mk)
	f.add("A:mk|sk", mk, sk)
	f.add("A:mk|rule", mk, rn)
	f.add("A:r|mk|rule", isR, mk, rn)
	f.add("A:r|lemma", isR, lemma)
	f.add("A:r|kind", isR, q.Kind.String())
	f.add("A:sk|lemma", sk, lemma)
	f.add("A:last", bstr(c.sp == r.tr.Last()))
	// the mention's own words: "Having", "who", "his recent" are no speakers
	mw := strings.Fields(strings.ToLower(c.m.Text))
	w0, wl := "<none>", "<none>"
	if len(mw) > 0 {
		w0, wl = mw[0], mw[len(mw)-1]
	}
	f.add("A:w0", w0)
	f.add("A:wl", wl)
	f.add("A:w0|mk", w0, mk)
	f.add("A:wl|lemma", wl, lemma)
	f.add("A:mlen", bucket(len(mw)), mk)
	f.add("A:shape0", shape(c.m.Text[:min(len(c.m.Text), len(w0))]), mk)
	f.add("A:r|w0", isR, w0)
	f.add("A:r|wl", isR, wl)
	f.add("A:r|mk|sk", isR, mk, sk)
	f.add("A:r|mlen", isR, bucket(len(mw)))
	// against the rule's choice
	rmk := rc.m.Kind.String()
	f.add("A:vs", rmk, mk, c.src)
	f.add("A:vs|rule", rmk, mk, rn)
	if ci > 0 && c.first >= 0 {
		rel := "b"
		if c.first > rc.first {
			rel = "a"
		}
		f.add("A:vs|rel", rmk, mk, rel, bucket(c.first-rc.first))
		f.add("A:vs|rinq", bstr(inSpans(rc.m.Start, q.Parts)), mk)
	}
	qs := r.a.TokenAt(q.Parts[0].Start)
	if c.first < 0 {
		// an earlier quote's speaker
		pd := bucket(r.paragraphOf(q.Parts[0].Start) - r.paragraphOf(c.m.Start))
		f.add("A:q|pd", pd)
		f.add("A:q|pd|rmk", pd, q.Mention.Kind.String())
		f.add("A:q|rmk|rule", q.Mention.Kind.String(), rn)
		return
	}
	side := "b"
	if c.first > anchor {
		side = "a"
	}
	d := c.first - anchor
	if c.first < anchor {
		d = anchor - c.end
	}
	db := bucket(d)
	f.add("A:side|d", side, db)
	f.add("A:side|d|mk", side, db, mk)
	f.add("A:side|d|rule", side, db, rn)
	qside := "b"
	switch {
	case inSpans(c.m.Start, q.Parts):
		qside = "in"
	case c.m.Start > q.Parts[0].Start:
		qside = "a"
	}
	f.add("A:qside", qside)
	f.add("A:qside|side|rule", qside, side, rn)
	// the clause between the candidate and the cue
	lo, hi := c.end, anchor
	if c.first > anchor {
		lo, hi = anchor+1, c.first
	}
	commas := r.commasIn(max(lo, s.Tokens.First), min(hi, s.Tokens.End))
	f.add("A:cm", side, bucket(commas))
	f.add("A:cm|mk", side, bucket(commas), mk)
	adj := bstr(d == 0 || d == 1 && r.toks[min(c.end, len(r.toks)-1)].Is(","))
	f.add("A:adj", side, adj)
	prev := r.word(c.first-1, s.Tokens.First, s.Tokens.End, "<s>")
	next := r.word(c.end, s.Tokens.First, s.Tokens.End, "</s>")
	f.add("A:P", prev)
	f.add("A:N", next)
	f.add("A:P|mk", prev, mk)
	f.add("A:N|mk", next, mk)
	f.add("A:N|side", next, side)
	f.add("A:sstart", bstr(c.first == s.Tokens.First || c.first == s.Tokens.First+1))
	f.add("A:qdist", bucket(qs-c.first))
	f.add("A:rank", strconv.Itoa(ci))
}
