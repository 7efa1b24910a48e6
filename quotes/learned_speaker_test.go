package quotes

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoneSpeakerNamedBefore: weights that give a lone quotation to the
// second speaker back when the sentence before names it give it to her,
// and to no one when that sentence names no one.
func TestLoneSpeakerNamedBefore(t *testing.T) {
	w := &Weights{bits: defaultBits, off: 0xff &^ (1 << decideSpeaker), w: make([]float32, 1<<defaultBits)}
	f := fset{bits: defaultBits}
	f.add("K:named", "2", "p")
	w.w[f.idx[0]] = 100
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	x, err := New(WithWeights(&b))
	require.NoError(t, err)
	speaker := func(text string) string {
		qs := x.Extract(text).Quotes
		require.Len(t, qs, 3)
		if qs[2].Speaker == nil {
			return ""
		}
		return qs[2].Speaker.Name
	}
	lead := "“Rents will rise soon,” Kim Hale said on Friday.\n\n“Taxes will fall,” Ann Lee said.\n\nMarkets opened lower.\n\n"
	assert.Equal(t, "Kim Hale", speaker(lead+"Traders cheered the talk by Hale.\n\n“We have a plan for every street.”\n"))
	assert.Equal(t, "", speaker(lead+"Traders stayed calm all day.\n\n“We have a plan for every street.”\n"))
}
