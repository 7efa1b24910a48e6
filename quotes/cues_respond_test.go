package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestRespondToRequest: "respond to" takes what it answers as a noun
// phrase when the phrase names a request or a question, the way reporting
// language states a source's silence or reply: "Jane Roe did not respond
// to a request for comment" reports the request with Roe as the source.
// Not "responded to the flooding" (a reaction), nor the participle that
// sets the occasion of what follows ("Responding to a question from …,
// Roe said …"). A clause after "respond" stays what is said.
func TestRespondToRequest(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Jane Roe, a spokeswoman for the mayor, did not respond to a request for comment.", "a request for comment"},
		{"The port authority chief, Jane Roe, did not immediately respond to emailed questions about the contract.", "emailed questions about the contract"},
	} {
		q := ruleQuote(t, c.text, c.want[:6], quotes.SubjectCue)
		require.NotNil(t, q, c.text)
		assert.Equal(t, c.want, q.Text, c.text)
		require.NotNil(t, q.Speaker, c.text)
		assert.Equal(t, "Roe", q.Speaker.Family, c.text)
	}
	q := ruleQuote(t, "Jane Roe responded that the contract was sound.", "the contract", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the contract was sound", q.Text)
	assert.Nil(t, ruleQuote(t, "Jane Roe responded to the flooding with new levees along the river.", "the flooding", quotes.SubjectCue))
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, q := range x.Extract("Responding to a question from an analyst at Kestrel Bank, Jane Roe said the company had no plans to expand abroad.").Quotes {
		assert.NotContains(t, q.Text, "a question from", q.Text)
	}
}
