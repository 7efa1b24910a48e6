package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestJointSubjectFirstNamed: two people as one subject of a verb of
// saying, each with a title or a description set off by commas, give the
// quote to the first one named; a person named in a clause before the
// subject does not.
func TestJointSubjectFirstNamed(t *testing.T) {
	for _, text := range []string{
		"The Head of the Mission, Ambassador Jane Roe, and the Special Representative, Ambassador John Doe, today jointly stressed that the talks must continue.",
		"Mayor Jane Roe and Governor John Doe said that the talks must continue.",
		"Jane Roe, the mayor, and John Doe, the governor, said that the talks must continue.",
		"The mayor, Jane Roe, and the governor, John Doe, said in a joint statement that the talks must continue.",
		"Ambassador Jane Roe and Deputy Mayor of Kelvograd John Doe today stressed that the talks must continue. Mr. Doe left.",
		"Chief of Mission Jane Roe and Deputy Mayor of Kelvograd John Doe today stressed that the talks must continue. Mr. Doe left.",
		"Mayor of Kelvograd Jane Roe and the Public Prosecutor of Kelvograd, John Doe, today announced that the talks must continue. Ms. Roe left.",
	} {
		q := ruleQuote(t, text, "the talks must continue", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Roe", q.Speaker.Family, text)
	}
	for _, text := range []string{
		"After meeting Jane Roe and the staff, John Doe said that the talks must continue.",
		"Jane Roe met the workers, and John Doe said that the talks must continue.",
	} {
		q := ruleQuote(t, text, "the talks must continue", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Doe", q.Speaker.Family, text)
	}
}

// TestJointSubjectAfterOpener: a coordination of two named people after an
// opening adverbial ("In a joint statement, the Representative, Dr. Dara
// Quill, and the Ambassador, H.E. Jon Doe, said:") is spoken for by the
// first, as without the opener.
func TestJointSubjectAfterOpener(t *testing.T) {
	for _, text := range []string{
		"At the ceremony, Dr. Dara Quill and H.E. Jon Doe said: \"Fish feed millions.\"",
		"In a joint statement, the Kelvo Representative to Ghana, Dr. Dara Quill, and the Ambassador of the Union to Ghana, H.E. Jon Doe, said: \"Fish feed millions.\"",
	} {
		x, err := quotes.New(quotes.WithLayout(false))
		require.NoError(t, err)
		d := x.Extract(text)
		require.NotEmpty(t, d.Quotes, text)
		require.NotNil(t, d.Quotes[0].Speaker, text)
		assert.Equal(t, "Quill", d.Quotes[0].Speaker.Family, text)
	}
}
