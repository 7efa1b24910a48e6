package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// ruleQuote extracts text and returns the last quote made by rule whose
// text starts with prefix, or nil.
func ruleQuote(t *testing.T, text, prefix string, rule quotes.Rule) *quotes.Quote {
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

// extractPlain runs the extractor with the layout off, on text read as
// running text, and checks every span.
func extractPlain(t *testing.T, text string) *quotes.Document {
	t.Helper()
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	return d
}

// ruleSpeaker is ruleQuote's quote's speaker; it fails when there is no
// such quote or it has no speaker.
func ruleSpeaker(t *testing.T, text, prefix string, rule quotes.Rule) *speakers.Speaker {
	t.Helper()
	q := ruleQuote(t, text, prefix, rule)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	return q.Speaker
}
