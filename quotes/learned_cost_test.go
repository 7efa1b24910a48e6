package quotes

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
)

// TestBoundaryCosts: an end that keeps the loose match but loses the
// strict and exact ones costs 4, one that finds the quote at no level 3,
// one that loses everything 6, the annotated one nothing; an annotated end
// between candidates labels the cheapest candidate nearest to it.
func TestBoundaryCosts(t *testing.T) {
	text := "She said prices will fall, a view others share."
	start := strings.Index(text, "prices")
	end := strings.Index(text, ",")
	g := &GoldDocument{Text: text, Quotes: []GoldQuote{{Start: start, End: end, Kind: "indirect", Cue: "said"}}}
	letters := contentBytes(text, []entities.Span{{Start: 0, End: len(text)}})
	last := func(w string) int { return strings.Index(text, w) + len(w) - 1 }
	d := &decision{kind: decideEnd, anchor: start, rule: 2}
	d.bytes = []int{last("prices"), last("fall"), last("view"), last("share")}
	d.gold = label(g, d)
	require.Equal(t, 1, d.gold)
	boundaryCosts(g, d, letters)
	assert.Equal(t, []float32{3, 0, 4, 6}, d.costs)
	assert.Equal(t, 1, d.gold)
	assert.Equal(t, 0.0, d.step(1))
	assert.Equal(t, 2.0, d.step(2))
	assert.Equal(t, 3.0, d.step(3))

	// annotated as ending at "wil", between candidates: "will" is as good
	g.Quotes[0].End = strings.Index(text, "will") + 3
	d = &decision{kind: decideEnd, anchor: start, rule: 2, bytes: []int{last("prices"), last("will"), last("fall")}}
	d.gold = label(g, d)
	require.Equal(t, -1, d.gold)
	boundaryCosts(g, d, letters)
	assert.Equal(t, 1, d.gold)
	assert.Equal(t, float32(0), d.costs[1])
}

// endWeights returns weights that take the end decision alone, favour the
// rules' end, and the candidate with the feature ns|vals by far.
func endWeights(t *testing.T, ns string, vals ...string) *Extractor {
	t.Helper()
	w := &Weights{bits: defaultBits, off: 0xff &^ (1 << decideEnd), w: make([]float32, 1<<defaultBits)}
	f := fset{bits: defaultBits}
	f.add(ns, vals...)
	w.w[f.idx[0]] = 100
	w.w[ruleFeature(decideEnd, defaultBits)] = 10
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	x, err := New(WithWeights(&b))
	require.NoError(t, err)
	return x
}

func quoteTexts(x *Extractor, text string) []string {
	var out []string
	for _, q := range x.Extract(text).Quotes {
		out = append(out, q.Text)
	}
	return out
}

// TestLearnedEndWindow: weights that favour the end before the sentence's
// full stop cannot run the speech past the next attribution, ten tokens
// after the rules' end.
func TestLearnedEndWindow(t *testing.T) {
	x := endWeights(t, "N", ".")
	text := "Officials met on Friday.\n\nKim Hale said that the river will flood the town, and the mayor said the dam will hold for now.\n"
	got := quoteTexts(x, text)
	assert.Contains(t, got, "the dam will hold for now")
	assert.Contains(t, got, "the river will flood the town")
}

// TestLearnedEndClauseFeatures: weights that end speech before a
// preposition and a determiner end it there, whatever the words: "at a
// meeting on Monday" is the writer's.
func TestLearnedEndClauseFeatures(t *testing.T) {
	x := endWeights(t, "C12", "PREP", "DET")
	text := "Officials met on Friday.\n\nKim Hale said the river will flood the town at a meeting on Monday.\n"
	assert.Equal(t, []string{"the river will flood the town"}, quoteTexts(x, text))
}

// TestLearnedEndKeepsHalf: weights that favour an end after two words
// cannot cut the rules' speech by half or more.
func TestLearnedEndKeepsHalf(t *testing.T) {
	x := endWeights(t, "n", "2")
	text := "Officials met on Friday.\n\nKim Hale said the river will flood the town at a meeting on Monday.\n"
	assert.Equal(t, []string{"the river will flood the town at a meeting on Monday"}, quoteTexts(x, text))
}

// TestLearnedEndKeepsQuotation: weights that favour an end before a
// quotation mark cannot leave out a quotation the rules' speech holds.
func TestLearnedEndKeepsQuotation(t *testing.T) {
	x := endWeights(t, "C1", "Q")
	text := "Officials met on Friday.\n\nKim Hale said the river that runs past the old mill will flood “the whole town” this spring.\n"
	assert.Equal(t, []string{"the river that runs past the old mill will flood “the whole town” this spring"}, quoteTexts(x, text))
}
