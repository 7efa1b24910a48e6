package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestNounCueInSubject: what a noun of saying introduces ends before the
// main verb when its phrase is the sentence's subject.
func TestNounCueInSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Roe's proposal to make firms stay or pay is good policy that is also good politics.", "to make firms stay or pay"},
		{"Doe's claim that he still has a way to win the nomination would depend on the superdelegates.", "he still has a way to win the nomination"},
		{"Trade grew. Roe's repeated accusations, including his recent call to ban all imports from Ruritania, could galvanize the unions.", "to ban all imports from Ruritania"},
	} {
		q := ruleQuote(t, tc.text, tc.want, quotes.Possessor)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestMessageForAnOccasion: "message for" names an occasion, not what
// was said; "calls for" gives what was said.
func TestMessageForAnOccasion(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract("The Secretary-General's message for the International Day of Forests was read out. Roe repeated her calls for lower taxes.")
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.Text)
	}
	assert.Equal(t, []string{"lower taxes"}, got)
}
