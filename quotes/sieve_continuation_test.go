package quotes_test

import (
	"strings"
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

// TestDashSignatureUnderQuotations: a dash signature under several
// quotation paragraphs in a row signs them all, as a government page's
// "Quotes" section prints a minister's two paragraphs over one line.
func TestDashSignatureUnderQuotations(t *testing.T) {
	text := "Quotes\n\n“No family should have to choose between rent and food.”\n\n“Our government will keep working with farmers.”\n\n– The Honourable Dara Quill, Minister of Agriculture\n\n“This freezer changes what we can offer.”\n\n– Jon Doe, Executive Director, Kelvo Food Hub"
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	want := map[string]string{"No family": "Quill", "Our government": "Quill", "This freezer": "Doe"}
	for _, q := range d.Quotes {
		for p, fam := range want {
			if strings.HasPrefix(q.Text, p) {
				require.NotNil(t, q.Speaker, q.Text)
				assert.Equal(t, fam, q.Speaker.Family, q.Text)
				delete(want, p)
			}
		}
	}
	assert.Empty(t, want)
}
