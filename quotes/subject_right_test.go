package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestSubjectPhraseStopsAtVerb: a speaker phrase with a prepositional
// complement ends before the clause's auxiliary: "The attorney general of
// the state is suing …" names "The attorney general of the state".
func TestSubjectPhraseStopsAtVerb(t *testing.T) {
	text := "The attorney general of the state is suing Acme Corp. for $40 million, claiming the company misled its customers."
	q := ruleQuote(t, text, "the company misled", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "The attorney general of the state", q.Mention.Text)
	// An auxiliary before a noun is no verb of the subject: "had the word".
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text = "Most of the entities had the word “cancer” in the name, and many started with the words “Cancer Society”."
	d := x.Extract(text)
	checkSpans(t, text, d)
	assert.Empty(t, d.Quotes, "no speech")
}
