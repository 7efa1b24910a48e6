package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestQuantityOpensSpeech: a preposition before a number opens a
// quantity, not an adverbial, in what an attribution closes.
func TestQuantityOpensSpeech(t *testing.T) {
	text := "About 270 people have now been resettled in Kelvale, officials said."
	q := ruleQuote(t, text, "About 270 people", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "About 270 people have now been resettled in Kelvale", q.Text)
	// "In 2010, he warned …": the year is an adverbial, not speech.
	assert.Nil(t, ruleQuote(t, "In 2010, he warned the bank against buying bonds.", "In 2010", quotes.SubjectCue))
}

// TestAdverbsAreNoSpeech: adverbs and time words before a closing
// attribution are no speech ("Then, last week, Eric Roe called.").
func TestAdverbsAreNoSpeech(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"The gift had come in 2009. Then, last week, Dara Quill called.",
		"Most recently, Dara Quill called to ban imports from Ruritania.",
	} {
		d := x.Extract(text)
		checkSpans(t, text, d)
		for _, q := range d.Quotes {
			assert.NotContains(t, []string{"Then, last week", "Most recently"}, q.Text, text)
		}
	}
}
