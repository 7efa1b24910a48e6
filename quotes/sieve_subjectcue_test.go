package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestQuotationClosedSentenceBeforeCue: "“A.” She added, “B.”": the
// quotation before the subject closed a sentence of its own, so the cue
// takes the quotation after it only, and "A" stays one quote, not joined
// to "B" as a split quotation.
func TestQuotationClosedSentenceBeforeCue(t *testing.T) {
	text := "Jane Roe said, “The zeal with which this case was brought is uncommon.” She added, “In this case things happened that are not ordinary.”"
	q := ruleQuote(t, text, "In this case", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Len(t, q.Parts, 1)
	assert.Equal(t, "In this case things happened that are not ordinary.", q.Text)
	assert.Nil(t, ruleQuote(t, text, "The zeal with which this case was brought is uncommon.” She", quotes.SubjectCue))
}

// TestObjectCueAfterContinuedQuotation: "“A,” she said. “B.” She noted
// a rally …": the cue after B has an object of its own, and B goes on
// from the quotation she said in the sentence before, so B is her
// continuation, not what she noted; a lone quotation before the same cue
// is still hers.
func TestObjectCueAfterContinuedQuotation(t *testing.T) {
	text := "Spokeswoman Jane Roe said the pledge was fine.\n\n“I disagree with that,” she said. “We feel good about the towns we are going to.” She noted a planned rally on Saturday in Sioux City."
	assert.Nil(t, ruleQuote(t, text, "We feel good", quotes.SubjectCue))
	q := ruleQuote(t, text, "We feel good", quotes.Continuation)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "she", q.Mention.In(text))
	lone := "Spokeswoman Jane Roe spoke in Ames.\n\n“We feel good about the towns we are going to.” She noted a planned rally on Saturday in Sioux City."
	assert.NotNil(t, ruleQuote(t, lone, "We feel good", quotes.SubjectCue))
}

// TestQuotedVerbAfterItsQuotation: a verb that reports words only with
// quoted words ("mocked", "scoffed at") is a cue right after a quotation
// that closes with a comma, its subject between them: "“…,” Jane Roe
// mocked."; not after a quoted label without the comma.
func TestQuotedVerbAfterItsQuotation(t *testing.T) {
	q := ruleQuote(t, "“The market has not failed the workers,” Jane Roe mocked. “The workers have failed the market.”", "The market has not", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
	assert.Nil(t, ruleQuote(t, "He denounced the “harbour politics” Jane Roe praised.", "harbour politics", quotes.SubjectCue))
}

// TestOneWordAnswer: a verb of saying followed by "yes" or "no" and then
// punctuation or a clause of its own reports the one word, even after a
// question in quotation marks; not "said no to the plan".
func TestOneWordAnswer(t *testing.T) {
	for _, c := range []struct{ text, want, family string }{
		{"Asked whether Jane Roe “can lead the party,” 61 percent of members said yes, but 30 percent say she cannot.", "yes", ""},
		{"Asked if she would run again, Jane Roe said no. But she said the party needs new faces.", "no", "Roe"},
		{"Asked about the tariff, Jane Roe said yes while her deputy objected.", "yes", "Roe"},
	} {
		q := ruleQuote(t, c.text, c.want, quotes.SubjectCue)
		require.NotNil(t, q, c.text)
		assert.Equal(t, c.want, q.Text, c.text)
		require.NotNil(t, q.Speaker, c.text)
		if c.family != "" {
			assert.Equal(t, c.family, q.Speaker.Family, c.text)
		}
	}
	if q := ruleQuote(t, "Jane Roe said no to the plan because it costs too much.", "no", quotes.SubjectCue); q != nil {
		assert.NotEqual(t, "no", q.Text)
	}
}

// TestPronounBeforeOpeningDoubleApostrophes: a bare pronoun whose line
// goes on with a quotation opened by two apostrophes (the mark that also
// closes one in that style) is not inside a quotation: the quotation
// after "In Europe, they write," is theirs.
func TestPronounBeforeOpeningDoubleApostrophes(t *testing.T) {
	text := "The authors compare two continents. In Europe, they write, ''to be religious is to be out of step with the mainstream.''"
	q := ruleQuote(t, text, "In Europe", quotes.SubjectCue)
	if q == nil {
		q = ruleQuote(t, text, "to be religious", quotes.SubjectCue)
	}
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "they", q.Mention.Text)
}

// TestSaidSo: "so" after a verb of saying stands for what was said, also
// before a prepositional phrase or an adverb: "55 percent said so in
// December", "Jane Roe said so publicly".
func TestSaidSo(t *testing.T) {
	for _, text := range []string{
		"Six in 10 members call Jane Roe competent, after 55 percent said so in December.",
		"The plan will pass, and Jane Roe said so publicly on Tuesday.",
	} {
		q := ruleQuote(t, text, "so", quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, "so", q.Text, text)
	}
}

// TestObjectGapRelativeIsNoAttribution: "Nothing the mayor said" is a
// relative clause whose object is "Nothing"; the quotation after it is
// the senator's, not the mayor's.
func TestObjectGapRelativeIsNoAttribution(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Nothing the mayor said “will calm people's fears,” the senator said."
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	require.NotNil(t, d.Quotes[0].Mention)
	assert.Equal(t, "the senator", d.Quotes[0].Mention.Text)
}

// TestConcessiveAdverbBeforeCue: "nevertheless" and "nonetheless" stand
// between a subject (or its auxiliary) and the verb of saying like other
// adverbs: "Jane Roe has nevertheless called the vote a mistake"; the
// mention is the name alone.
func TestConcessiveAdverbBeforeCue(t *testing.T) {
	for _, text := range []string{
		"Jane Roe has nevertheless called the vote a mistake.",
		"Jane Roe nonetheless said the vote was a mistake.",
	} {
		q := ruleQuote(t, text, "the vote", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Mention, text)
		assert.Equal(t, "Jane Roe", q.Mention.Text, text)
	}
}
