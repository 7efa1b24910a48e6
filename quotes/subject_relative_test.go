package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestUnnamedRelativeSubject: a restrictive "who" after "those" or a
// share that names no one says the clause after its verb, up to the comma
// where the main clause resumes; the mention is "who", no speaker is
// named. Not the main clause after the comma.
func TestUnnamedRelativeSubject(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Among those who said they wanted lower fares, most backed the mayor.", "they wanted lower fares"},
		{"In the valley, of those who said the tunnel was too costly, two thirds backed Jane Roe.", "the tunnel was too costly"},
	} {
		q := ruleQuote(t, c.text, c.want[:8], quotes.SubjectCue)
		require.NotNil(t, q, c.text)
		assert.Equal(t, c.want, q.Text, c.text)
		require.NotNil(t, q.Mention, c.text)
		assert.Equal(t, "who", q.Mention.Text, c.text)
	}
	assert.Nil(t, ruleQuote(t, "Among those who said they wanted lower fares, most backed the mayor.", "most backed", quotes.SubjectCue))
}
