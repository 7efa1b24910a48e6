package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestContinuationOfPronounMention: a quotation that opens the next
// sentence goes on with the pronoun of the attribution before it even when
// the text names no one for the pronoun: "“Okay,” I said, attempting to
// regroup. “I was seventeen …”".
func TestContinuationOfPronounMention(t *testing.T) {
	text := "I was not off to a good start. “Okay,” I said, attempting to regroup. “I was seventeen years old when I came to this country.”"
	q := ruleQuote(t, text, "I was seventeen", quotes.Continuation)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "I", q.Mention.Text)
}
