package quotes

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/quotekit/quotekit/entities"
)

// Training: the rules run over annotated documents with the learned layer
// off, and every boundary decision they take is recorded with the
// features of all its candidates. The annotation labels it: the candidate
// whose first (or last) letter is the annotated quote's. An averaged
// perceptron then learns to rank the right candidate first.

// decision is one recorded boundary decision.
type decision struct {
	kind   decisionKind
	anchor int        // a letter the speech holds for sure: its first (end decisions) or last (start decisions)
	feats  [][]uint32 // per candidate
	bytes  []int      // per candidate: the offset of the last (end) or first (start) letter of the speech
	rule   int        // the candidate the rules chose; -1 when none
	gold   int        // the candidate the annotation chose; -1 when none
	// For boundary decisions: what each candidate costs in matches the
	// evaluation scores (boundaryCosts); nil when unknown, every mistake
	// then costing one.
	costs []float32
	// For speaker decisions: the quote, and each candidate as a quote with
	// its speaker and mention (none first).
	quote Quote
	cands []Quote
}

// recorder collects the decisions of one run.
type recorder struct {
	bits uint8
	ds   []decision
}

func (rc *recorder) add(kind decisionKind, anchor int, cands []int) *decision {
	rc.ds = append(rc.ds, decision{kind: kind, anchor: anchor, rule: -1, gold: -1,
		feats: make([][]uint32, 0, len(cands)), bytes: make([]int, 0, len(cands))})
	return &rc.ds[len(rc.ds)-1]
}

// TrainConfig sets how Train fits weights.
type TrainConfig struct {
	Seed   uint64 // the shuffles of documents and examples; the same seed gives the same weights
	Epochs int    // passes over the examples; 0 for 10
	// Folds is the number of parts the documents are cut into to report
	// held-out figures and choose the decisions: each part is scored with
	// weights trained on the others. 0 for 5; 1 for none (every decision
	// is then learned, with no margin).
	Folds   int
	Bits    uint8 // log2 of the weight table size; 0 for 18
	Workers int   // documents analyzed in parallel; 0 for GOMAXPROCS
	// Progress, when set, receives a line per phase and epoch, and the
	// held-out figures.
	Progress io.Writer
}

// Train fits the weights of the learned layer to annotated documents (the
// format ReadGold reads). It cross-validates over cfg.Folds parts of the
// documents, reports there how the rules and the trained layer score, and
// chooses there which decisions the layer takes and with what margin over
// the rules' choice (see heldOut); then it trains on every document. It is
// deterministic for a seed.
func Train(gold []GoldDocument, cfg TrainConfig) (*Weights, error) {
	if len(gold) == 0 {
		return nil, errors.New("quotes: train: no documents")
	}
	if cfg.Epochs <= 0 {
		cfg.Epochs = 10
	}
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	if cfg.Folds < 1 || cfg.Folds > len(gold) {
		return nil, fmt.Errorf("quotes: train: %d folds for %d documents", cfg.Folds, len(gold))
	}
	if cfg.Bits == 0 {
		cfg.Bits = defaultBits
	}
	if cfg.Bits < 8 || cfg.Bits > 24 {
		return nil, fmt.Errorf("quotes: train: table of 2^%d entries out of range", cfg.Bits)
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	logf := func(format string, a ...any) {
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, format+"\n", a...)
		}
	}
	x, err := New(WithLayout(false), WithLearned(false))
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	perDoc := make([][]decision, len(gold))
	parallel(len(gold), cfg.Workers, func(i int) {
		perDoc[i] = x.record(&gold[i], cfg.Bits)
	})
	n, labelled, ruleRight := 0, 0, 0
	for _, ds := range perDoc {
		for _, d := range ds {
			n++
			if d.gold >= 0 {
				labelled++
				if d.rule == d.gold {
					ruleRight++
				}
			}
		}
	}
	logf("analyzed %d documents in %v: %d decisions, %d with an annotated answer among their candidates, the rules right on %d (%.3f)",
		len(gold), time.Since(t0).Round(time.Millisecond), n, labelled, ruleRight, ratio(ruleRight, labelled))

	rng := rand.New(rand.NewPCG(cfg.Seed, 0x9e3779b97f4a7c15))
	var off uint8                  // decisions left to the rules: none unless the held-out documents show one does no good
	var margin [nDecisions]float32 // per decision, how much the rules' choice is favoured
	if cfg.Folds > 1 {
		perm := rng.Perm(len(gold))
		folds := make([][]int, cfg.Folds)
		ws := make([]*Weights, cfg.Folds)
		for f := range folds {
			folds[f] = perm[f*len(gold)/cfg.Folds : (f+1)*len(gold)/cfg.Folds]
			held := map[int]bool{}
			for _, i := range folds[f] {
				held[i] = true
			}
			var train []decision
			for i, ds := range perDoc {
				if !held[i] {
					train = append(train, ds...)
				}
			}
			logf("fold %d of %d: %d documents held out, training on the other %d", f+1, cfg.Folds, len(folds[f]), len(gold)-len(folds[f]))
			ws[f] = fit(train, cfg, rand.New(rand.NewPCG(cfg.Seed, uint64(f+1))), logf)
		}
		off, margin = heldOut(x, gold, folds, perDoc, ws, cfg.Workers, logf)
	}
	var all []decision
	for _, ds := range perDoc {
		all = append(all, ds...)
	}
	logf("training on all %d documents", len(gold))
	w := fit(all, cfg, rng, logf)
	w.off = off
	for k := decideEnd; k < nDecisions; k++ {
		w.w[ruleFeature(k, w.bits)] += margin[k]
	}
	logf("done in %v", time.Since(t0).Round(time.Millisecond))
	return w, nil
}

// parallel runs f(0) … f(n-1) on workers goroutines.
func parallel(n, workers int, f func(int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// record runs the rules on a gold document and returns their boundary
// decisions, labelled by its annotation.
func (x *Extractor) record(g *GoldDocument, bits uint8) []decision {
	a, err := x.rec.AnalyzeContext(context.Background(), g.Text, entities.Span{Start: 0, End: len(g.Text)})
	if err != nil {
		return nil
	}
	r := newRun(a, scanQuotes(a, x.cfg.maxQuoteLen))
	rc := &recorder{bits: bits}
	r.lm = &learnState{rec: rc}
	r.attribute()
	var scored map[entities.Span]int
	var letters []int
	for i := range rc.ds {
		d := &rc.ds[i]
		if d.kind != decideAttrSpeaker {
			d.gold = label(g, d)
			if d.kind == decideEnd || d.kind == decideStart || d.kind == decideFwdStart || d.kind == decideClauseStart {
				if letters == nil {
					letters = contentBytes(g.Text, []entities.Span{{Start: 0, End: len(g.Text)}})
				}
				boundaryCosts(g, d, letters)
			}
			continue
		}
		if scored == nil {
			scored = scoredQuotes(g, r.out)
		}
		// only the quotes whose speaker the evaluation reads are labelled
		d.gold = -1
		if gi, ok := scored[d.quote.Span]; ok {
			d.gold = labelAttrSpeaker(g, &g.Quotes[gi], d)
		}
	}
	return rc.ds
}

// scoredQuotes returns the quotes of out whose speaker the evaluation
// reads at the loose level (Evaluate): for each annotated quote of speech
// with a source that out finds, the one that holds most of it, by span,
// with the index of the annotated quote.
func scoredQuotes(g *GoldDocument, out []Quote) map[entities.Span]int {
	m := map[entities.Span]int{}
	var bytes [][]int
	for gi := range g.Quotes {
		gq := &g.Quotes[gi]
		if !gq.speech() || gq.SpeakerStart == nil || gq.SpeakerEnd == nil {
			continue
		}
		if bytes == nil {
			bytes = make([][]int, len(out))
			for pi := range out {
				bytes[pi] = contentBytes(g.Text, out[pi].Parts)
			}
		}
		gc := gq.content()
		gb := contentBytes(g.Text, gc)
		covered := map[int]bool{}
		best, bestN := -1, 0
		for pi := range out {
			n := 0
			for _, off := range bytes[pi] {
				if inSpans(off, gc) {
					n++
				}
			}
			if len(bytes[pi]) == 0 || 2*n < len(bytes[pi]) {
				continue
			}
			for _, off := range bytes[pi] {
				if inSpans(off, gc) {
					covered[off] = true
				}
			}
			if n > bestN {
				best, bestN = pi, n
			}
		}
		if best >= 0 && len(gb) > 0 && 2*len(covered) >= len(gb) {
			m[out[best].Span] = gi
		}
	}
	return m
}

// label returns the candidate of a decision that the annotation makes: the
// one whose edge letter is the edge letter of the annotated quote holding
// the decision's anchor, or the candidate nearest to it when the quote runs
// past them all; -1 when no annotated quote holds the anchor or its edge
// falls between candidates.
func label(g *GoldDocument, d *decision) int {
	if d.kind == decideSpeaker {
		return labelSpeaker(g, d)
	}
	if d.anchor < 0 || len(d.bytes) == 0 {
		return -1
	}
	for gi := range g.Quotes {
		content := g.Quotes[gi].content()
		if !inSpans(d.anchor, content) {
			continue
		}
		b := contentBytes(g.Text, content)
		if len(b) == 0 {
			continue
		}
		edge := b[len(b)-1]
		if d.kind != decideEnd {
			edge = b[0]
		}
		for ci, cb := range d.bytes {
			if cb == edge {
				return ci
			}
		}
		switch {
		case d.kind == decideEnd && edge > d.bytes[len(d.bytes)-1]:
			return len(d.bytes) - 1
		case d.kind == decideStart && edge < d.bytes[0]:
			return 0
		}
		return -1
	}
	return -1
}

// labelSpeaker returns the candidate speaker of a quotation that the
// annotation names: the first candidate that names the source of the
// annotated quote holding half the quotation or more, no one (0) when
// none does; -1 when no annotated quote with a source holds it.
func labelSpeaker(g *GoldDocument, d *decision) int {
	b := contentBytes(g.Text, d.quote.Parts)
	if len(b) == 0 {
		return -1
	}
	for gi := range g.Quotes {
		gq := &g.Quotes[gi]
		n := 0
		for _, off := range b {
			if inSpans(off, gq.content()) {
				n++
			}
		}
		if 2*n < len(b) {
			continue
		}
		if gq.SpeakerStart == nil || gq.SpeakerEnd == nil {
			return -1
		}
		for ci := 1; ci < len(d.cands); ci++ {
			if speakerRight(g.Text, gq, &d.cands[ci]) {
				return ci
			}
		}
		return 0
	}
	return -1
}

// labelAttrSpeaker returns the candidate speaker of an attributed quote
// that the annotated quote gq names: the rule's (0) when it is right, else
// the first other candidate that names gq's source; -1 when none does.
func labelAttrSpeaker(g *GoldDocument, gq *GoldQuote, d *decision) int {
	for ci := range d.cands {
		if speakerRight(g.Text, gq, &d.cands[ci]) {
			return ci
		}
	}
	return -1
}

// step returns how far the perceptron moves when a decision picks the
// candidate best: one for a wrong pick, or, where the candidates' costs
// are known, half the matches it loses against the annotated candidate (an
// end that loses only the exact match moves it by one, one that loses the
// loose match too by three); nothing when best is as good as the label.
func (d *decision) step(best int) float64 {
	if best == d.gold {
		return 0
	}
	if d.costs == nil {
		return 1
	}
	return float64(d.costs[best]-d.costs[d.gold]) / 2
}

// lossAugment is how much of a candidate's cost fit adds to its score
// while training: the model must then rank the annotated candidate above
// each other one by a margin that grows with what that one would lose.
var lossAugment = 1.0

// fit trains an averaged perceptron that ranks the annotated candidate of
// each decision first, its updates weighed by the cost of the mistake
// (decision.step).
func fit(ds []decision, cfg TrainConfig, rng *rand.Rand, logf func(string, ...any)) *Weights {
	size := 1 << cfg.Bits
	w := make([]float64, size)
	u := make([]float64, size) // the updates weighted by when they happened
	var ex []int
	for i := range ds {
		if ds[i].gold >= 0 && len(ds[i].feats) > 1 {
			ex = append(ex, i)
		}
	}
	score := func(fs []uint32) float64 {
		s := 0.0
		for _, f := range fs {
			s += w[f]
		}
		return s
	}
	c := 1.0
	for ep := range cfg.Epochs {
		rng.Shuffle(len(ex), func(i, j int) { ex[i], ex[j] = ex[j], ex[i] })
		mistakes := 0
		for _, i := range ex {
			d := &ds[i]
			best, bs := -1, 0.0
			for ci, fs := range d.feats {
				s := score(fs)
				if d.costs != nil {
					s += lossAugment * float64(d.costs[ci]) / 2
				}
				if best < 0 || s > bs {
					best, bs = ci, s
				}
			}
			if step := d.step(best); step > 0 {
				mistakes++
				for _, f := range d.feats[d.gold] {
					w[f] += step
					u[f] += c * step
				}
				for _, f := range d.feats[best] {
					w[f] -= step
					u[f] -= c * step
				}
			}
			c++
		}
		logf("  epoch %d: %d examples, %d mistakes (%.3f right)", ep+1, len(ex), mistakes, 1-ratio(mistakes, len(ex)))
	}
	out := &Weights{bits: cfg.Bits, w: make([]float32, size)}
	for i := range w {
		out.w[i] = float32(w[i] - u[i]/c)
	}
	return out
}

// heldOut reports, on the held-out documents of each fold with the
// weights trained without them, how often the rules and the trained
// weights take the annotated answer, and the evaluation of the rules and
// of the learned layer. Then it chooses, decision by decision, whether the
// layer takes it and with what margin in favour of the rules' choice
// (added to the weight of the feature that marks it): the margin of a
// grid with the best sum of F1 and attributed recall, if it passes the
// bar of better; else the decision is left to the rules (a bit of the
// returned mask).
func heldOut(rules *Extractor, gold []GoldDocument, folds [][]int, perDoc [][]decision, ws []*Weights, workers int, logf func(string, ...any)) (uint8, [nDecisions]float32) {
	var n, ruleRight, modelRight [nDecisions]int
	var ruleCost, modelCost [nDecisions]float64
	for f, fold := range folds {
		for _, i := range fold {
			for _, d := range perDoc[i] {
				if d.gold < 0 || len(d.feats) < 2 {
					continue
				}
				n[d.kind]++
				if d.rule >= 0 && d.step(d.rule) == 0 {
					ruleRight[d.kind]++
				}
				if d.costs != nil && d.rule >= 0 {
					ruleCost[d.kind] += float64(d.costs[d.rule])
				}
				best, bs := -1, float32(0)
				for ci, fs := range d.feats {
					if s := ws[f].score(fs); best < 0 || s > bs {
						best, bs = ci, s
					}
				}
				if d.step(best) == 0 {
					modelRight[d.kind]++
				}
				if d.costs != nil {
					modelCost[d.kind] += float64(d.costs[best])
				}
			}
		}
	}
	for k := decideEnd; k < nDecisions; k++ {
		logf("held out: %-28s %4d decisions: rules right on %.3f, learned on %.3f", decisionNames[k], n[k], ratio(ruleRight[k], n[k]), ratio(modelRight[k], n[k]))
		if ruleCost[k]+modelCost[k] > 0 {
			logf("held out: %-28s matches lost against the annotation (2 a level): rules %.0f, learned %.0f", decisionNames[k], ruleCost[k], modelCost[k])
		}
	}
	var order []int
	for _, fold := range folds {
		order = append(order, fold...)
	}
	hg := make([]GoldDocument, len(order))
	for k, i := range order {
		hg[k] = gold[i]
	}
	// eval scores every document with the weights of its fold, the margins
	// added and the decisions of off left to the rules.
	eval := func(name string, margin [nDecisions]float32, off uint8) []Scores {
		xs := make([]*Extractor, len(folds))
		for f, w := range ws {
			wm := &Weights{bits: w.bits, w: append([]float32(nil), w.w...)}
			for k := decideEnd; k < nDecisions; k++ {
				wm.w[ruleFeature(k, w.bits)] += margin[k]
			}
			xs[f] = &Extractor{cfg: rules.cfg, rec: rules.rec, lm: &learnState{m: wm, off: off}}
		}
		foldOf := make([]int, len(order))
		for f, k := 0, 0; f < len(folds); f++ {
			for range folds[f] {
				foldOf[k] = f
				k++
			}
		}
		pred := make([]*Document, len(hg))
		parallel(len(hg), workers, func(k int) { pred[k] = xs[foldOf[k]].Extract(hg[k].Text) })
		sc := Evaluate(hg, pred)
		if name != "" {
			for _, s := range sc {
				logf("held out, %-24s %-6s F1 %.3f (P %.3f R %.3f) direct %.3f mixed %.3f indirect %.3f speaker %.3f attributed %.3f",
					name, LevelName(s.Threshold), s.F1, s.Precision, s.Recall, s.RecallByKind["direct"], s.RecallByKind["mixed"],
					s.RecallByKind["indirect"], s.SpeakerAccuracy, s.AttributedRecall)
			}
		}
		return sc
	}
	var margin [nDecisions]float32
	base := eval("rules", margin, 0xff)
	sum := func(sc []Scores) float64 {
		return sc[0].F1 + sc[1].F1 + sc[2].F1 + sc[0].AttributedRecall + sc[2].AttributedRecall
	}
	off, cur := uint8(0xff), base
	for _, k := range decisionOrder {
		found := false
		var bestSc []Scores
		var bestM float32
		for _, m := range margins(k) {
			mm := margin
			mm[k] = m
			sc := eval("", mm, off&^(1<<k))
			logf("held out: %s with a margin of %g: F1 loose %.4f strict %.4f exact %.4f, speaker %.4f, attributed %.4f (without it: %.4f %.4f %.4f, %.4f, %.4f)",
				decisionNames[k], m, sc[0].F1, sc[1].F1, sc[2].F1, sc[0].SpeakerAccuracy, sc[0].AttributedRecall,
				cur[0].F1, cur[1].F1, cur[2].F1, cur[0].SpeakerAccuracy, cur[0].AttributedRecall)
			if better(k, sc, cur, base) && (!found || sum(sc) > sum(bestSc)) {
				found, bestSc, bestM = true, sc, m
			}
		}
		if !found {
			logf("held out: %s is left to the rules", decisionNames[k])
			continue
		}
		logf("held out: %s is learned, with a margin of %g for the rules' choice: F1 loose %.3f strict %.3f exact %.3f, speaker %.3f, attributed %.3f",
			decisionNames[k], bestM, bestSc[0].F1, bestSc[1].F1, bestSc[2].F1, bestSc[0].SpeakerAccuracy, bestSc[0].AttributedRecall)
		off &^= 1 << k
		margin[k], cur = bestM, bestSc
	}
	eval("learned, as chosen", margin, off)
	return off, margin
}

// margins lists the margins tried for the rules' choice of a decision
// of kind k. The lone quotation's speaker is also tried with negative
// ones, against the rules' "no one": a quotation given to no one is
// scored as a wrong speaker when the annotation names one, as a quotation
// given to the wrong speaker is, so held out the best-scoring speaker may
// pay where no one does not. In "“Prices will fall,” Jane Roe said. …
// “We will act.”" (invented, the paragraphs between naming no one) the
// lone quotation goes to Jane Roe unless no one scores higher by more
// than the margin.
func margins(k decisionKind) []float32 {
	if k == decideSpeaker {
		return []float32{-32, -16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16, 32}
	}
	return []float32{0, 1, 2, 4, 8, 16, 32}
}

// better reports whether the scores sc, with a decision k learned, pass
// the bar against cur, the scores without it, and base, the rules': for a
// boundary, the strict and exact F1 up by 0.002 together, the loose F1
// down by 0.001 at most against the rules' and the loose attributed recall
// by 0.001 at most against cur's; for the speaker, the loose attributed recall up by 0.002 and the
// speaker accuracy not down.
func better(k decisionKind, sc, cur, base []Scores) bool {
	if k == decideSpeaker || k == decideAttrSpeaker {
		return sc[0].AttributedRecall-cur[0].AttributedRecall >= 0.002 && sc[0].SpeakerAccuracy >= cur[0].SpeakerAccuracy
	}
	return sc[1].F1+sc[2].F1-cur[1].F1-cur[2].F1 >= 0.002 && base[0].F1-sc[0].F1 <= 0.001 && cur[0].AttributedRecall-sc[0].AttributedRecall <= 0.001
}

// ruleFeature returns the index of the feature that marks the rules'
// choice in decisions of a kind.
func ruleFeature(k decisionKind, bits uint8) uint32 {
	f := fset{bits: bits}
	switch k {
	case decideEnd:
		f.add("r", "1")
	case decideStart:
		f.add("S:r", "1")
	case decideSpeaker:
		f.add("K:none")
	case decideAttrSpeaker:
		f.add("A:r", "1")
	case decideClauseStart:
		f.add("G:r", "1")
	default:
		f.add("F:r", "1")
	}
	return f.idx[0]
}

const nDecisions = decideClauseStart + 1

// decisionOrder is the order in which heldOut weighs the decisions: the
// start after the attribution first, so that an end is judged on quotes
// whose start the layer has already set (an end right on a quote whose
// start is wrong gains no exact match).
var decisionOrder = [...]decisionKind{decideFwdStart, decideEnd, decideStart, decideSpeaker, decideAttrSpeaker, decideClauseStart}

var decisionNames = [nDecisions]string{decideEnd: "end", decideStart: "start before attribution", decideFwdStart: "start after attribution",
	decideSpeaker: "speaker of a lone quotation", decideAttrSpeaker: "speaker of an attributed quote",
	decideClauseStart: "start of a clause-subject quote"}
