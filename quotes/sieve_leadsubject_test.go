package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestLeadSubjectBeforeQuotation: a quotation with no cue after a
// sentence about a named person (or "he", "she") is that person's, not
// the earlier speaker's; a sentence about something of theirs is not.
func TestLeadSubjectBeforeQuotation(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, tc := range []struct{ text, prefix, family string }{
		{"The debate opened with the economy. “We need more money for schools,” Jane Roe said.\n\nMary Doe touted her record as a co-sponsor of the bill. “We need to find ways to support workers who want a union.”",
			"We need to find", "Doe"},
		{"“We need more money for schools,” Jane Roe said.\n\nBob Lee also spoke about the court case, which challenges the new rules.\n\n“It is a fight for every clinic in the state.”",
			"It is a fight", "Lee"},
		{"“We need more money for schools,” Jane Roe said.\n\nMary Doe's plan was approved on Monday. “We will not stop here.”",
			"We will not stop", "Roe"},
	} {
		d := x.Extract(tc.text)
		checkSpans(t, tc.text, d)
		var found bool
		for _, q := range d.Quotes {
			if len(q.Text) >= len(tc.prefix) && q.Text[:len(tc.prefix)] == tc.prefix {
				found = true
				require.NotNil(t, q.Speaker, tc.text)
				assert.Equal(t, tc.family, q.Speaker.Family, tc.text)
			}
		}
		assert.True(t, found, tc.text)
	}
}
