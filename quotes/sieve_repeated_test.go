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
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.NotEmpty(t, d.Quotes)
	q := d.Quotes[0]
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, quotes.Repeated, q.Rule)
}
