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

// TestHeadlineLabelWithItsOwnCue: a headline's label and colon ("Council
// in Kelvo:") do not claim what follows when a verb of saying there
// introduces its own quotation.
func TestHeadlineLabelWithItsOwnCue(t *testing.T) {
	text := "Ministerial Council in Kelvo: Parties commit to 2030 targets; Director Quill urges \"no more delays\"\n\nThe Ministerial Council met today.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Quill", saidBy(t, d, "no more delays").Name)
}

// TestBodyNameQuotedInsideAnAppositive: a body's name in quotation marks
// after its head ("Hospital Centre “Mother Teresa”") is part of the
// appositive, no break before the verb.
func TestBodyNameQuotedInsideAnAppositive(t *testing.T) {
	text := "The union signed.\n\nDara Quill, a surgical nurse at the University Hospital Centre \"Mother Teresa\" in Kelvo, said he had considered leaving for Germany last year.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "he had considered leaving for Germany last year").Name)
}
