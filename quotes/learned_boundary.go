package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// The boundary decisions of the learned layer: where reported speech ends
// (forward attributions "She said that …", and the rest of a sentence
// after a parenthetical "…, she said, …") and where it starts (backward
// attributions "…, she said."). The rules' choice is one candidate among
// all word boundaries of the sentence that cut no quotation.

// decisionKind tells end decisions from start decisions.
type decisionKind uint8

const (
	decideEnd decisionKind = iota + 1
	decideStart
	decideFwdStart
	decideSpeaker     // learned_speaker.go
	decideAttrSpeaker // learned_attributed.go
	decideClauseStart // sieve_orphan.go: a quotation inside a clause whose subject speaks
)

// endsContent reports whether reported speech may end after token k: a
// word, number, possessive or symbol, a closing parenthesis, or the
// closing mark of a quotation.
func (r *run) endsContent(k int) bool {
	t := &r.toks[k]
	switch t.Kind {
	case entities.Punct:
		return t.Is(")")
	case entities.QuoteMark:
		return r.qAt[k] != 0
	}
	return true
}

// startsContent reports whether reported speech may start at token k.
func (r *run) startsContent(k int) bool {
	t := &r.toks[k]
	switch t.Kind {
	case entities.Punct:
		return t.Is("(")
	case entities.QuoteMark:
		return r.opensQuote(k)
	}
	return true
}

// cuts reports whether a boundary before token k falls inside a quotation.
func (r *run) cuts(k int) bool {
	return k > 0 && k < len(r.qAt) && r.qAt[k] != 0 && r.qAt[k] == r.qAt[k-1]
}

// endCandidates lists the boundaries e in (start, send] where speech
// starting at start may end.
func (r *run) endCandidates(start, send int, buf []int) []int {
	buf = buf[:0]
	for e := start + 1; e <= send; e++ {
		if r.endsContent(e-1) && (e == send || !r.cuts(e)) {
			buf = append(buf, e)
		}
	}
	return buf
}

// startCandidates lists the tokens st in [lo, b) where speech ending
// before b may start.
func (r *run) startCandidates(lo, b int, buf []int) []int {
	buf = buf[:0]
	for st := lo; st < b; st++ {
		if r.startsContent(st) && !r.cuts(st) {
			buf = append(buf, st)
		}
	}
	return buf
}

// normEnd moves a boundary back over what region trims: punctuation and
// stray quotation marks.
func (r *run) normEnd(start, e int) int {
	for e > start+1 && !r.endsContent(e-1) {
		e--
	}
	return e
}

func (r *run) normStart(st, b int) int {
	for st < b-1 && !r.startsContent(st) {
		st++
	}
	return st
}

// endWindow is how many tokens the learned end may lie after the rules'
// end. Farther, a wrong pick costs the next quote (an end run past another
// attribution: "She said taxes will rise, and he said wages will fall."
// ended at "fall"), and held out such picks lost more loose matches and
// attributed quotes than they won.
const endWindow = 8

// learnedEndCands keeps, of the candidate ends cands of speech starting at
// token start that the rules end at nr, those the learned end may take:
// at most endWindow tokens after nr; before it, none that leaves out a
// quotation the rules' speech holds (left out, it would become a quote of
// its own, given to whoever a rule finds: "She said the plan would cost
// “far too much” this year." ended at "cost"), and none that leaves out
// half the rules' speech or more (the loose match it would lose) unless
// it is a deep cut: an end before a comma, dash, semicolon, parenthesis,
// "and" or "but" (deepCut) that keeps two tokens or more and, when the
// rules' speech holds a verb, the first (firstVerb). In "She said that
// prices will fall, if the harvest in the north and the south of the
// county is as good as last year." the speech may end at "fall"; in "She
// said that Mr. Lee, whose farm failed after the long drought of last
// year, is right." it does not end at "Lee", which leaves out the verb.
// All invented. Held out on PolNeAR's train split, the deep cuts fixed
// more over-long speech than they cut short.
func (r *run) learnedEndCands(start, nr int, cands []int) []int {
	keep := start + (nr-start)/2 - 1 // the last token a shorter end must keep
	lastOpen := -1                   // the last quotation the rules' speech opens
	for k := nr - 1; k >= start; k-- {
		if r.opensQuote(k) {
			lastOpen = k
			break
		}
	}
	keep = max(keep, lastOpen)
	verb := r.firstVerb(start, nr) // a deep cut keeps it, if any
	n := 0
	for _, c := range cands {
		if c > keep && c <= nr+endWindow || c <= keep && c >= start+2 && c > lastOpen && r.deepCut(c) && verb < c {
			cands[n] = c
			n++
		}
	}
	return cands[:n]
}

// deepCut reports whether token k may follow speech cut deep, before half
// of what the rules give it: a comma, dash, semicolon or parenthesis, or
// "and" or "but". Speech run on past such a token is the commonest
// over-long prediction on PolNeAR ("She said wages would rise, something
// her rival has long doubted.", invented).
func (r *run) deepCut(k int) bool {
	t := &r.toks[k]
	switch t.Kind {
	case entities.Punct, entities.Symbol:
		switch t.Text {
		case ",", "-", "--", "—", "–", ";", "(":
			return true
		}
		return false
	case entities.Word:
		return t.Text == "and" || t.Text == "but"
	}
	return false
}

// firstVerb returns the first finite verb among tokens [i, end), -1 when
// none: an auxiliary, a past form (not after a determiner) or a verb of
// saying in the past. A deep cut of speech that holds one keeps it: "that
// Mr. Lee, whose farm failed, is right" (invented) is not cut at "Lee".
func (r *run) firstVerb(i, end int) int {
	toks := r.toks
	for k := i; k < end; k++ {
		t := &toks[k]
		if t.Kind != entities.Word || !t.IsLower() {
			continue
		}
		lw := t.Text
		if isAux(lw) || entities.IrregularPast(lw) {
			return k
		}
		if k > i && strings.HasSuffix(lw, "ed") && !determinerWords[strings.ToLower(toks[k-1].Text)] {
			return k
		}
		if f, ok := cueAt(toks, k); ok && f.past && !f.participle {
			return k
		}
	}
	return -1
}

// learnedEnd returns where reported speech starting at token start ends,
// the rules having chosen ruleE, in the sentence s (sub: the rules cut it
// short at a subordinate clause).
func (r *run) learnedEnd(s *entities.Sentence, start, ruleE int, rule Rule, sub bool) int {
	if !r.lm.decides(decideEnd) || start >= s.Tokens.End {
		return ruleE
	}
	send := s.Tokens.End
	ruleE = min(ruleE, send)
	nr := r.normEnd(start, ruleE)
	cands := r.learnedEndCands(start, nr, r.endCandidates(start, send, r.lcands))
	r.lcands = cands
	if len(cands) < 2 {
		return ruleE
	}
	var rec *decision
	if r.lm.rec != nil {
		rec = r.lm.rec.add(decideEnd, r.firstContent(start, send), cands)
	}
	best := r.pick(rec, cands, nr,
		func(f *fset, e int) { r.endFeatures(f, start, e, nr, send, rule, sub) },
		func(e int) int { return r.lastContent(start, e) })
	if r.lm.m == nil || cands[best] == nr {
		return ruleE
	}
	return cands[best]
}

// learnedForward returns the content of speech after its attribution, from
// token start to end as the rules see it, with the edges the learned layer
// picks, and where the scan goes on: after the rules' end or the content,
// whichever is later.
func (r *run) learnedForward(s *entities.Sentence, start, end int, cue *Cue, rule Rule, sub bool) (content, int) {
	e := r.learnedEnd(s, start, end, rule, sub)
	return r.region(r.learnedFwdStart(s, start, e, cue, rule), e), max(e, end)
}

// learnedStart returns where reported speech ending before token b
// starts, the rules having chosen ruleS, no earlier than lo.
func (r *run) learnedStart(s *entities.Sentence, lo, ruleS, b int, rule Rule) int {
	return r.chooseStart(s, decideStart, lo, b, ruleS, b, rule)
}

// learnedFwdStart returns where reported speech after its attribution
// starts ("said that …", "said on Tuesday that …"), the rules having
// chosen ruleS and ended it before end; cue is the verb of saying.
func (r *run) learnedFwdStart(s *entities.Sentence, ruleS, end int, cue *Cue, rule Rule) int {
	if r.lm == nil || cue == nil {
		return ruleS
	}
	lo := max(s.Tokens.First, ruleS-6)
	if c := r.a.TokenAt(cue.End); c > lo && c <= ruleS {
		lo = c
	}
	hi := min(end, ruleS+4)
	return r.chooseStart(s, decideFwdStart, lo, hi, ruleS, end, rule)
}

// chooseStart picks where speech ending before b starts, among the tokens
// of [lo, hi).
func (r *run) chooseStart(s *entities.Sentence, kind decisionKind, lo, hi, ruleS, b int, rule Rule) int {
	if !r.lm.decides(kind) || lo >= hi || ruleS >= b {
		return ruleS
	}
	ns := "S:"
	switch kind {
	case decideFwdStart:
		ns = "F:"
	case decideClauseStart:
		ns = "G:"
	}
	nr := r.normStart(ruleS, b)
	cands := r.startCandidates(lo, hi, r.lcands)
	r.lcands = cands
	if len(cands) < 2 {
		return ruleS
	}
	var rec *decision
	if r.lm.rec != nil {
		rec = r.lm.rec.add(kind, r.lastContent(lo, b), cands)
	}
	best := r.pick(rec, cands, nr,
		func(f *fset, st int) { r.startFeatures(f, ns, st, nr, b, s.Tokens.First, rule) },
		func(st int) int { return r.firstContent(st, b) })
	if r.lm.m == nil || cands[best] == nr {
		return ruleS
	}
	return cands[best]
}

// pick scores the candidate boundaries cands with the features feat writes,
// records them for training when rec is set (content gives the bytes of
// speech each candidate leaves), and returns the index of the best one, or
// -1 without a model. nr is the rules' own choice.
func (r *run) pick(rec *decision, cands []int, nr int, feat func(f *fset, c int), content func(c int) int) int {
	f := fset{bits: r.lm.bits(), idx: r.lfeats[:0]}
	defer func() { r.lfeats = f.idx }()
	best, bestScore := -1, float32(0)
	for ci, c := range cands {
		f.idx = f.idx[:0]
		feat(&f, c)
		if rec != nil {
			rec.feats = append(rec.feats, append([]uint32(nil), f.idx...))
			rec.bytes = append(rec.bytes, content(c))
			if c == nr {
				rec.rule = ci
			}
		}
		if r.lm.m != nil {
			if sc := r.lm.m.score(f.idx); best < 0 || sc > bestScore {
				best, bestScore = ci, sc
			}
		}
	}
	return best
}

func (l *learnState) bits() uint8 {
	if l.m != nil {
		return l.m.bits
	}
	return l.rec.bits
}

// firstContent returns the offset of the first letter or digit of tokens
// [i, end), -1 when none.
func (r *run) firstContent(i, end int) int {
	if i >= end {
		return -1
	}
	from, to := r.toks[i].Start, r.toks[end-1].End
	for k := from; k < to; {
		c, size := utf8.DecodeRuneInString(r.text[k:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return k
		}
		k += size
	}
	return -1
}

// lastContent returns the offset of the last letter or digit of tokens
// [i, end), -1 when none.
func (r *run) lastContent(i, end int) int {
	if i >= end {
		return -1
	}
	from, to := r.toks[i].Start, r.toks[end-1].End
	for k := to; k > from; {
		c, size := utf8.DecodeLastRuneInString(r.text[from:k])
		k -= size
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return k
		}
	}
	return -1
}
