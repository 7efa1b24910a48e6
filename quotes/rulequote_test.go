package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
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
