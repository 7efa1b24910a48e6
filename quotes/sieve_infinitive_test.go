package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestInfinitiveThenQuotation: an infinitive of saying followed by a
// quotation ("went on to say, “…”", "was prompted to say, “…”") takes the
// subject of its clause, a description included.
func TestInfinitiveThenQuotation(t *testing.T) {
	q := ruleQuote(t, "The campaign sent an email on Monday. The email went on to say, “Today we have been successful in building a community.”", "Today we have been successful", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "The email", q.Mention.Text)
	q = ruleQuote(t, "The debate was so subdued that Dara Quill was prompted to say, “So far, I cannot believe how civil it has been up here.”", "So far", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
}

// TestVerbBeforeInfinitiveOfSaying: "continued to say …", "is continuing
// to insist …": the infinitive is the cue, not the verb before "to", so an
// opening adverbial clause is not taken for what was said, and the
// progressive is no "it is pertinent to note".
func TestVerbBeforeInfinitiveOfSaying(t *testing.T) {
	text := "Even after the complaint was filed, Jane Roe continued to say she had never seen the files."
	q := ruleQuote(t, text, "she had never", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "she had never seen the files", q.Text)
	assert.Nil(t, ruleQuote(t, text, "Even after", quotes.SubjectCue))
	q = ruleQuote(t, "Jane Roe is continuing to insist she will release the transcripts only when others do.", "she will release", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
	// "said to laughs": "laughs" is no infinitive.
	q = ruleQuote(t, "“There it is,” Jane Roe said to laughs.", "There it is", quotes.SubjectCue)
	require.NotNil(t, q)
}

// TestPurposeInfinitiveThenPronounClause: an infinitive of purpose that is
// speech takes a clause without "that" when a subject pronoun and its verb
// open it: "stood at a council event to say he was leaning toward …".
func TestPurposeInfinitiveThenPronounClause(t *testing.T) {
	q := ruleQuote(t, "Recently, Tom Doe of Laconia stood at a council event to say he was leaning toward the mayor.", "he was leaning", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "he was leaning toward the mayor", q.Text)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Doe", q.Speaker.Family)
	q = ruleQuote(t, "Several firms are taking pains to say they are not endorsing any candidate.", "they are not", quotes.SubjectCue)
	require.NotNil(t, q)
}
