package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestAskedWhom: "Asked whom …" and "When asked whom …" open a question
// put to the subject of the main clause, as "Asked whether …" does.
func TestAskedWhom(t *testing.T) {
	for _, text := range []string{
		"Asked whom she supported, Jane Roe smiled and said she was still waiting.",
		"When asked whom she supported, Jane Roe smiled and said she was still waiting.",
	} {
		q := ruleQuote(t, text, "whom she supported", quotes.Question)
		require.NotNil(t, q, text)
		assert.Equal(t, "whom she supported", q.Text)
	}
}

// TestAskedWhyAlone: "When asked why," puts a one-word question; the
// word is what was asked.
func TestAskedWhyAlone(t *testing.T) {
	text := "Jane Roe has agreed to chair the fund. When asked why, Roe replied in a text message that the county needed it."
	q := ruleQuote(t, text, "why", quotes.Question)
	require.NotNil(t, q)
	assert.Equal(t, "why", q.Text)
}

// TestAskedAfterAnAppositive: "Hon. Jane Roe, deputy for Kelvo, asked
// whether …." to the sentence's end is the deputy's question, "asked" the
// main verb after the subject and its appositive; "Roe, asked whether she
// would run, said no" stays a question put to her.
func TestAskedAfterAnAppositive(t *testing.T) {
	text := "Several deputies raised concerns. Hon. Dara Quill, deputy for the north, asked whether the price would be binding on private buyers."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "whether the price would be binding on private buyers").Name)
}
