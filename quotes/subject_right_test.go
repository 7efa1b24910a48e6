package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestSubjectPhraseStopsAtVerb: a speaker phrase with a prepositional
// complement ends before the clause's auxiliary: "The attorney general of
// the state is suing …" names "The attorney general of the state".
func TestSubjectPhraseStopsAtVerb(t *testing.T) {
	text := "The attorney general of the state is suing Acme Corp. for $40 million, claiming the company misled its customers."
	q := ruleQuote(t, text, "the company misled", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "The attorney general of the state", q.Mention.Text)
	// An auxiliary before a noun is no verb of the subject: "had the word".
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text = "Most of the entities had the word “cancer” in the name, and many started with the words “Cancer Society”."
	d := x.Extract(text)
	checkSpans(t, text, d)
	assert.Empty(t, d.Quotes, "no speech")
}

// TestSpeakerAfterListedField: after the verb, a post whose field is a
// list set off by commas ("Minister of Agriculture, Land Reform and Rural
// Development, Jane Roe") is one phrase with the name after it, not a
// title whose holder is the minister named before.
func TestSpeakerAfterListedField(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "“We act,” said Kelvania's Minister of Trade, Mining and Transport, John Doe.\n\n“It is a sign,” said the Minister of Agriculture, Land Reform and Rural Development, Jane Roe."
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 2)
	for i, family := range []string{"Doe", "Roe"} {
		require.NotNil(t, d.Quotes[i].Speaker, d.Quotes[i].Text)
		assert.Equal(t, family, d.Quotes[i].Speaker.Family, d.Quotes[i].Text)
	}
}

// TestInvertedSubjectWithAmpersand: a body's name with an ampersand in an
// inverted subject ("said Harlow & Pryce Chairman and CEO Jane Roe") goes
// on past the ampersand to the person it describes; alone, the body
// speaks.
func TestInvertedSubjectWithAmpersand(t *testing.T) {
	q := ruleQuote(t, "“Demand has doubled,” said Harlow & Pryce Chairman and CEO Dara Quill.", "Demand has doubled", quotes.CueSubject)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	q = ruleQuote(t, "“Demand has doubled,” said Harlow & Pryce.", "Demand has doubled", quotes.CueSubject)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Harlow & Pryce", q.Speaker.Name)
}
