package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestColonStatementSource: a quotation after a colon is the words of
// the person a statement comes from, not of whoever shares it.
func TestColonStatementSource(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Senator Bob Roe called for a hearing. Roe's office shared a statement from Kelvale resident Dara Quill, who gave birth in a pickup truck:\n\n" +
		"“I kept telling myself we'd make it. We didn't.”"
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteStarting(d, "I kept telling myself")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, quotes.Colon, q.Rule)
}
