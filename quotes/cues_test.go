package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestThanksToIsNoCue: "thanks (in part) to" is a preposition, not a verb
// of saying that ends what was said before it.
func TestThanksToIsNoCue(t *testing.T) {
	text := "Dara Quill said that since then, thanks in part to new revenue from the company's shows, she has been more secure financially."
	q := ruleQuote(t, text, "since then", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "she has been more secure financially")
}

// TestMadeClear: "made (it) clear" introduces what was said; "make" alone
// is no verb of saying and does not end reported speech.
func TestMadeClear(t *testing.T) {
	q := ruleQuote(t, "The mayor made it clear on Monday that she has serious concerns about the plan.", "she has serious concerns", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "she has serious concerns about the plan", q.Text)
	q = ruleQuote(t, "Dara Quill said she would build a wall and make Kelvale pay for it.", "she would build a wall", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "she would build a wall and make Kelvale pay for it", q.Text)
}

// TestQuotedVerbsOfPortrayal: "portrayed", "derided", "ridiculed" and
// "invoked" are verbs of saying when quoted words follow in their clause
// (a mixed quote), and no cue without them.
func TestQuotedVerbsOfPortrayal(t *testing.T) {
	for _, text := range []string{
		"His sister portrayed him as a generous executive who would be “the people's champion.”",
		"Jane Roe derided the plan as “a tax on the harbour.”",
		"Jane Roe ridiculed the plan as “a tax on the harbour.”",
		"Jane Roe invoked the “spirit of the harbour” in her closing remarks.",
	} {
		x, err := quotes.New(quotes.WithLayout(false))
		require.NoError(t, err)
		d := x.Extract(text)
		require.Len(t, d.Quotes, 1, text)
		assert.Equal(t, quotes.Mixed, d.Quotes[0].Kind, text)
		assert.Equal(t, quotes.SubjectCue, d.Quotes[0].Rule, text)
	}
	assert.Nil(t, ruleQuote(t, "Jane Roe portrayed the queen in the school play.", "the queen", quotes.SubjectCue))
}

// TestExplainTakesNounPhrase: "explained" reports a noun phrase as what
// was said ("explained the reason for her support"), but not in a
// participle that opens a sentence whose main clause says something of
// its own ("Explaining her vote, the delegate said …").
func TestExplainTakesNounPhrase(t *testing.T) {
	q := ruleQuote(t, "Jane Roe explained the reason for her late support for the mayor.", "the reason", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the reason for her late support for the mayor", q.Text)
	text := "Explaining her delegation's vote against, the representative of Ruritania said the resolution prejudged talks under way elsewhere."
	assert.Nil(t, ruleQuote(t, text, "her delegation", quotes.Participle))
	q = ruleQuote(t, text, "the resolution", quotes.SubjectCue)
	require.NotNil(t, q)
}

// TestSpecifiedThat: "specified that" reports speech, as "clarified that"
// does; "specified" alone does not.
func TestSpecifiedThat(t *testing.T) {
	q := ruleQuote(t, "The Director of Prevention, Dr. Dara Quill, specified that the campaign will be followed by a second dose.", "the campaign will be followed", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the campaign will be followed by a second dose", q.Text)
	assert.Nil(t, ruleQuote(t, "The contract specified the dates of delivery.", "the dates", quotes.SubjectCue))
}

// TestArgueForAgainst: "argued for" and "argued against" take what is
// argued as a noun phrase, as "called for" does.
func TestArgueForAgainst(t *testing.T) {
	for _, text := range []string{
		"Former Attorney General Bob Roe publicly argued for the closing of the prison.",
		"Bob Roe argued against the closing of the prison.",
	} {
		q := ruleQuote(t, text, "the closing", quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, "the closing of the prison", q.Text, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Roe", q.Speaker.Family, text)
	}
}
