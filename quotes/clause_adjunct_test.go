package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestMediumAdjunctEndsSpeech: a phrase of the medium of an utterance
// after what was said belongs to the verb of saying: "said the deal was
// good in an interview with the Gazette", "denied the claims through a
// spokeswoman". Not where the medium noun is no head ("through the email
// server") or a verb follows it.
func TestMediumAdjunctEndsSpeech(t *testing.T) {
	for text, want := range map[string]string{
		"Jane Roe said the deal was good in an interview with the Harbour Gazette.": "the deal was good",
		"Jane Roe denied the accusations through a spokeswoman.":                    "the accusations",
		"Jane Roe said the port would reopen in a Sunday statement.":                "the port would reopen",
		"Jane Roe said the files passed through the email server of the council.":   "the files passed through the email server of the council",
	} {
		q := ruleQuote(t, text, want[:5], quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text, text)
	}
}
