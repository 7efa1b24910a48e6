package quotes

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLearnedEndDeepCut: weights that end reported speech before any
// comma they may end it at give "She said that prices will fall, if …"
// the end at "fall", before half the rules' speech (a deep cut), but do
// not cut "that Mr. Lee, …, is right" at "Lee": that would leave out its
// verb. Invented sentences.
func TestLearnedEndDeepCut(t *testing.T) {
	w := &Weights{bits: defaultBits, off: 0xff &^ (1 << decideEnd), w: make([]float32, 1<<defaultBits)}
	f := fset{bits: defaultBits}
	f.add("C1", ",")
	w.w[f.idx[0]] = 100
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	x, err := New(WithWeights(&b))
	require.NoError(t, err)
	texts := func(text string) []string {
		var out []string
		for _, q := range x.Extract(text).Quotes {
			out = append(out, q.Text)
		}
		return out
	}
	assert.Equal(t, []string{"prices will fall"},
		texts("Jane Roe said that prices will fall, if the harvest in the north and the south of the county is as good as last year."))
	got := texts("Jane Roe said that Mr. Lee, whose farm failed after the long drought of last year, is right.")
	require.Len(t, got, 1)
	assert.NotEqual(t, "Mr. Lee", got[0])
}

// TestLearnedClauseStart: weights that start a clause-subject quote's
// speech after "for", or at "remained", move it where the rules put it
// elsewhere: the clause after "faulted" starts at "rival" for the rules,
// at the quotation for the weights (the rules also give the quotation
// alone, a quote of its own that then overlaps); the quotation after "remained" (a
// copula: no clause of the subject's verb) starts at the mark for the
// rules, at "remained" for the weights. Invented sentences.
func TestLearnedClauseStart(t *testing.T) {
	w := &Weights{bits: defaultBits, off: 0xff &^ (1 << decideClauseStart), w: make([]float32, 1<<defaultBits)}
	f := fset{bits: defaultBits}
	f.add("G:P", "for")
	f.add("G:F", "remained")
	w.w[f.idx[0]], w.w[f.idx[1]] = 100, 100
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	x, err := New(WithWeights(&b))
	require.NoError(t, err)
	rules, err := New(WithLearned(false))
	require.NoError(t, err)
	texts := func(x *Extractor, text string) []string {
		var out []string
		for _, q := range x.Extract(text).Quotes {
			if q.Rule == ClauseSubject {
				out = append(out, q.Text)
			}
		}
		return out
	}
	faulted := "Jane Roe faulted her rival for “playing games with the budget”."
	assert.Equal(t, []string{"rival for “playing games with the budget”", "playing games with the budget"}, texts(rules, faulted))
	assert.Equal(t, []string{"playing games with the budget"}, texts(x, faulted))
	remained := "Jane Roe remained “very angry about the vote” on Monday."
	assert.Equal(t, []string{"very angry about the vote"}, texts(rules, remained))
	assert.Equal(t, []string{"remained “very angry about the vote”"}, texts(x, remained))
}
