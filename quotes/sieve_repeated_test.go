package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestRepeatedSubheadingDescribed: a subheading's quotation given to a
// person it only describes is the words of the person the body names
// saying them.
func TestRepeatedSubheadingDescribed(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Kelvale Electronics Launches Lumen Monitor Line\n\n" +
		"\"We built the Lumen for the people who stare at colour all day,\" says Kelvale's head of display products\n\n" +
		"SEOUL, March 9, 2027 -- Kelvale Electronics today announced its monitors.\n\n" +
		"\"We built the Lumen for the people who stare at colour all day,\" said Dara Quill, head of display products at Kelvale Electronics."
	q := firstQuote(t, x, text)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, quotes.Repeated, q.Rule)
}

// firstQuote extracts text with x, checks its spans and returns its first
// quotation, which must have a speaker.
func firstQuote(t *testing.T, x *quotes.Extractor, text string) quotes.Quote {
	t.Helper()
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.NotEmpty(t, d.Quotes)
	q := d.Quotes[0]
	require.NotNil(t, q.Speaker, text)
	return q
}

// TestRepeatedAfterHeadlineColon: a headline's quotation after its colon
// is the words of the person the body names saying them, whatever read
// the words before the colon as its speaker ("Record demand": a noun read
// as a cue; a clause of news).
func TestRepeatedAfterHeadlineColon(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	for _, text := range []string{
		"Record demand for food aid: \"We have never seen so many working families in our queues\"\n\nKELVO, 3 June 2025 – Demand rose again.\n\n\"We have never seen so many working families in our queues. These are cleaners,\" said Dara Quill, Managing Director of Kelvo Aid.",
		"New children's unit opens in Kelvo: \"Parents will never again have to sleep on a chair\"\n\nKELVO, 3 June 2025 – The unit opened.\n\n\"Parents will never again have to sleep on a chair next to the incubator,\" Dara Quill said.",
	} {
		assert.Equal(t, "Dara Quill", firstQuote(t, x, text).Speaker.Name, text)
	}
}

// TestRepeatedPostOnly: a quotation given to a post the text names no one
// by yet ("Minister says …" in a lead) is the words of the named holder
// who says them after.
func TestRepeatedPostOnly(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "Kelvo Foods opens oat plant\n\nKELVO, 3 June 2025 – Kelvo Foods opened a plant. Minister says the investment “keeps the value in the countryside”.\n\nMinister of Rural Affairs Dara Quill, who opened the plant, said the investment “keeps the value in the countryside” instead of exporting raw grain."
	assert.Equal(t, "Dara Quill", firstQuote(t, x, text).Speaker.Name)
}
