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
// server"), a verb follows it, or it opens a list ("through a video, phone
// records and a receipt").
func TestMediumAdjunctEndsSpeech(t *testing.T) {
	for text, want := range map[string]string{
		"Jane Roe said the deal was good in an interview with the Harbour Gazette.":           "the deal was good",
		"Jane Roe denied the accusations through a spokeswoman.":                              "the accusations",
		"Jane Roe said the port would reopen in a Sunday statement.":                          "the port would reopen",
		"Jane Roe said the files passed through the email server of the council.":             "the files passed through the email server of the council",
		"Jane Roe said officers traced the van through a video, phone records and a receipt.": "officers traced the van through a video, phone records and a receipt", // a list's first item
	} {
		q := ruleQuote(t, text, want[:5], quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text, text)
	}
}

// TestGlossAppositiveEndsSpeech: an appositive after what was said that
// glosses its last noun with a relative clause ends it: "… repeal the
// Harbour Act, a longstanding provision that bars …". A person's
// description goes on with what was said: "… her late father, a
// cardiologist who trained …".
func TestGlossAppositiveEndsSpeech(t *testing.T) {
	q := ruleQuote(t, "Jane Roe has vowed to work to repeal the Harbour Act, a longstanding federal provision that bars funding for most piers.", "to work", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "to work to repeal the Harbour Act", q.Text)
	q = ruleQuote(t, "Jane Roe said the gift honoured her late father, a cardiologist who trained at the hospital.", "the gift", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the gift honoured her late father, a cardiologist who trained at the hospital", q.Text)
}
