package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestPassiveReport: what was reported "by" a source, as the passive's
// subject or the clause before ", as reported by".
func TestPassiveReport(t *testing.T) {
	q := ruleQuote(t, "The meeting was first reported by the Kelvale Gazette.", "The meeting", quotes.AccordingTo)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Kelvale Gazette", q.Speaker.Name)
	q = ruleQuote(t, "The super PAC started reserving ad time in swing states this week, as first reported by the Kelvale Gazette on Tuesday.", "The super PAC started", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "The super PAC started reserving ad time in swing states this week", q.Text)
	// After an attribution of its own, the phrase is the attribution's source.
	assert.Nil(t, ruleQuote(t, "“We will act,” Dara Quill noted in an interview with a podcast, as reported by the Kelvale Gazette.", "in an interview", quotes.AccordingTo))
}
