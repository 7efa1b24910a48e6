package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestQuotedTitleAfterAttribution: a quotation right after an attribution
// that is the object of a preposition, a determiner or a possessor is a
// title, not the rest of what was said ("“We will win,” Jane Roe said on
// “Morning Report.”").
func TestQuotedTitleAfterAttribution(t *testing.T) {
	for _, text := range []string{
		"“We will win the seat,” Jane Roe said on “Morning Report.” “And we will govern.”",
		"\"We will win the seat,\" Jane Roe said in her \"State of the City\" address.",
		"\"We will win the seat,\" Jane Roe told the \"Harbour Times\" on Monday.",
	} {
		q := ruleQuote(t, text, "We will win", quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, "We will win the seat", q.Text, text)
		assert.Len(t, q.Parts, 1, text)
	}
	// "“A,” she said, “B.”" and "“A,” she said “B.”" go on.
	q := ruleQuote(t, "\"We will win the seat,\" Jane Roe said \"and we will govern.\"", "We will win", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Len(t, q.Parts, 2)
}

// TestReasonAfterParenthetical: after a parenthetical attribution, a
// clause of reason or concession goes on with what was said ("She was not
// surprised, her advisers said Friday, because she understands the
// anger."), unless it holds an attribution of its own.
func TestReasonAfterParenthetical(t *testing.T) {
	text := "Jane Roe was not surprised that the vote was lost, her advisers said Friday, because she understands the anger."
	q := ruleQuote(t, text, "Jane Roe was not", quotes.SubjectCue)
	require.NotNil(t, q)
	require.Len(t, q.Parts, 2)
	assert.Equal(t, "because she understands the anger", q.Parts[1].In(text))
	q = ruleQuote(t, "A clean win is vital, Roe said after the meeting, because he said the leaders want to block the plan.", "A clean win", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "A clean win is vital", q.Text)
}

// TestInfinitiveAfterParenthetical: after a parenthetical attribution, an
// infinitive goes on with what was said before it ("It is time, she says,
// to rewrite the rules of trade."); a plural after "to" is the hearer, and
// without speech before the attribution nothing goes on.
func TestInfinitiveAfterParenthetical(t *testing.T) {
	text := "It is time for the harbour board, Jane Roe says, to rewrite the rules of trade."
	q := ruleQuote(t, text, "It is time", quotes.SubjectCue)
	require.NotNil(t, q)
	require.Len(t, q.Parts, 2)
	assert.Equal(t, "to rewrite the rules of trade", q.Parts[1].In(text))
	text = "The harbour board will meet on Friday, Jane Roe said, to reporters gathered at the quay."
	q = ruleQuote(t, text, "The harbour board", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Len(t, q.Parts, 1)
	d := extractPlain(t, "Colonel John Doe told reporters that patrols would continue to be deployed during the first month, to help drivers adjust.")
	for _, q := range d.Quotes {
		assert.NotEqual(t, "to help drivers adjust", q.Text, "an infinitive alone after a reading that holds no speech before it")
	}
}

// TestOneWordQuotedReply: a direct quotation of one word right after the
// comma or colon of its verb of saying is what was said: "Bob Doe said,
// “Probably.”".
func TestOneWordQuotedReply(t *testing.T) {
	for _, text := range []string{
		"Asked whether he would quit, Bob Doe said, “Probably.”",
		"Asked whether he would quit, Bob Doe said: “Probably.”",
	} {
		q := ruleQuote(t, text, "Probably", quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, quotes.Direct, q.Kind, text)
	}
}

// TestMannerParticipleAfterParenthetical: a participle after a
// parenthetical attribution's comma, with no verb of saying after it,
// describes the speaker: "Sales were great, he said, wiping sweat off his
// face." is "Sales were great".
func TestMannerParticipleAfterParenthetical(t *testing.T) {
	q := ruleQuote(t, "Bob Doe ran the stall all day. Sales were great, he said, wiping sweat off his face.", "Sales were great", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "Sales were great", q.Text)
}

// TestQuotationThenUnquotedRest: a quotation that begins a sentence,
// closes with a comma before its attribution, and goes on unquoted after
// the attribution's comma: "“Only you,” she said, would use …" is one
// mixed quote of both parts.
func TestQuotationThenUnquotedRest(t *testing.T) {
	text := "Jane Roe was incredulous. “Only you, Bob,” she said, would use the occasion to praise the harbour board."
	q := ruleQuote(t, text, "Only you", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, quotes.Mixed, q.Kind)
	require.Len(t, q.Parts, 2)
	assert.Equal(t, "would use the occasion to praise the harbour board", q.Parts[1].In(text))
	// A verb of saying after the comma is an attribution of its own.
	q = ruleQuote(t, "“We will win,” she said, adding that the vote was close.", "We will win", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Len(t, q.Parts, 1)
}

// TestParentheticalPronounNotFromItsSpeech: the pronoun of an attribution
// set off by commas inside reported speech does not take a name that
// stands only in that speech for antecedent ("Basins", which the
// recognizer reads as a name): the person named before the speech
// resolves it, whether or not that person spoke before.
func TestParentheticalPronounNotFromItsSpeech(t *testing.T) {
	q := ruleQuote(t, "John Doe, a hydrologist, studies basins. Basins without such bodies, he added, saw three times as many disputes.", "Basins without", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "he", q.Mention.Text)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "John Doe", q.Speaker.Name)
	q = ruleQuote(t, "Ms. Roe said the survey was small. Towns without a clinic, she noted, lost a third of their doctors within a decade.", "Towns without", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}
