package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// round7Quote extracts text and returns the last quote made by rule whose
// text starts with prefix, or nil.
func round7Quote(t *testing.T, text, prefix string, rule quotes.Rule) *quotes.Quote {
	t.Helper()
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	var found *quotes.Quote
	for i := range d.Quotes {
		if q := &d.Quotes[i]; q.Rule == rule && strings.HasPrefix(q.Text, prefix) {
			found = q
		}
	}
	return found
}

// TestRelativeTailContinuation: a quotation that opens its sentence with
// only the writer's relative clause after it goes on with the speaker of
// the quotation before it in the paragraph.
func TestRelativeTailContinuation(t *testing.T) {
	for _, text := range []string{
		"Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser to the campaign. “We can win Ruritania and Kelvale,” which vote in June.",
		"Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser to the campaign. “We can win Ruritania and Kelvale”, which vote in June.",
	} {
		q := round7Quote(t, text, "We can win", quotes.Continuation)
		require.NotNil(t, q, text)
		if assert.NotNil(t, q.Speaker, text) {
			assert.Equal(t, "Quill", q.Speaker.Family)
		}
	}
	// A relative clause that holds an attribution of its own is no tail.
	text := "Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser. “We can win Kelvale,” which Bob Roe, a rival, disputes."
	assert.Nil(t, round7Quote(t, text, "We can win", quotes.Continuation))
}

// TestAccordingToAfterLongQuotation: "according to" after the attribution
// of a quotation of several sentences reports the whole quotation, as it
// does a one-sentence one.
func TestAccordingToAfterLongQuotation(t *testing.T) {
	text := "The mayor spoke on Monday.\n\n“Taxes will fall. Wages will rise. We have a plan,” Dara Quill said at a rally, according to the Kelvale Gazette.\n\nShe left early."
	q := round7Quote(t, text, "Taxes will fall. Wages will rise.", quotes.AccordingTo)
	require.NotNil(t, q, "no according-to quote over the whole quotation")
	if assert.NotNil(t, q.Speaker) {
		assert.Equal(t, "Kelvale Gazette", q.Speaker.Name)
	}
}
