package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestInfinitiveThenQuotation: an infinitive of saying followed by a
// quotation ("went on to say, “…”", "was prompted to say, “…”") takes the
// subject of its clause, a description included.
func TestInfinitiveThenQuotation(t *testing.T) {
	q := ruleQuote(t, "The campaign sent an email on Monday. The email went on to say, “Today we have been successful in building a community.”", "Today we have been successful", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "The email", q.Mention.Text)
	q = ruleQuote(t, "The debate was so subdued that Dara Quill was prompted to say, “So far, I cannot believe how civil it has been up here.”", "So far", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
}
