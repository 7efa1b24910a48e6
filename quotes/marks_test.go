package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestRightMarkOpensParagraph: a right double mark that opens a paragraph
// opens a quotation, even before a space ("” … they are not like him,”
// she said"): there is nothing before it to close.
func TestRightMarkOpensParagraph(t *testing.T) {
	text := "Jane Roe was critical of every candidate.\n\n” … they are not like him,” she said in December. “My father would be appalled at what is going on.”"
	q := ruleQuote(t, text, "… they are not like him", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}
