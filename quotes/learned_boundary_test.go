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
