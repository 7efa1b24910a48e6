package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestContinuationOfPronounMention: a quotation that opens the next
// sentence goes on with the pronoun of the attribution before it even when
// the text names no one for the pronoun: "“Okay,” I said, attempting to
// regroup. “I was seventeen …”".
func TestContinuationOfPronounMention(t *testing.T) {
	text := "I was not off to a good start. “Okay,” I said, attempting to regroup. “I was seventeen years old when I came to this country.”"
	q := ruleQuote(t, text, "I was seventeen", quotes.Continuation)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "I", q.Mention.Text)
}

// TestPredicateContinuation: a quotation that ends the sentence right
// after an attributed one, after a few words of the writer's with no
// speaker of their own, goes on with the speaker before; a person or a
// verb of saying in the lead-in, a short quotation or a sentence in
// another paragraph keeps it from the speaker.
func TestPredicateContinuation(t *testing.T) {
	text := "DARA QUILL (Ruritania) said that the evidence was no longer in doubt. The drought was “a threat multiplier that this Council ignores at its peril.”"
	q := ruleQuote(t, text, "a threat multiplier", quotes.Continuation)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	for _, text := range []string{
		"DARA QUILL (Ruritania) said that the evidence was no longer in doubt. Bob Roe was “a threat multiplier that this Council ignores at its peril.”",
		"DARA QUILL (Ruritania) said that the evidence was no longer in doubt. The board warned it was “a threat multiplier that this Council ignores at its peril.”",
		"DARA QUILL (Ruritania) said that the evidence was no longer in doubt. The drought was “a threat multiplier.”",
		"DARA QUILL (Ruritania) said that the evidence was no longer in doubt.\n\nDrought was “a threat multiplier that this Council ignores at its peril.”",
	} {
		assert.Nil(t, ruleQuote(t, text, "a threat multiplier", quotes.Continuation), text)
	}
}
