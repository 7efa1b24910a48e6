package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestQuantityOpensSpeech: a preposition before a number opens a
// quantity, not an adverbial, in what an attribution closes.
func TestQuantityOpensSpeech(t *testing.T) {
	text := "About 270 people have now been resettled in Kelvale, officials said."
	q := ruleQuote(t, text, "About 270 people", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "About 270 people have now been resettled in Kelvale", q.Text)
	// "In 2010, he warned …": the year is an adverbial, not speech.
	assert.Nil(t, ruleQuote(t, "In 2010, he warned the bank against buying bonds.", "In 2010", quotes.SubjectCue))
}

// TestAdverbsAreNoSpeech: adverbs and time words before a closing
// attribution are no speech ("Then, last week, Eric Roe called.").
func TestAdverbsAreNoSpeech(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"The gift had come in 2009. Then, last week, Dara Quill called.",
		"Most recently, Dara Quill called to ban imports from Ruritania.",
	} {
		d := x.Extract(text)
		checkSpans(t, text, d)
		for _, q := range d.Quotes {
			assert.NotContains(t, []string{"Then, last week", "Most recently"}, q.Text, text)
		}
	}
}

// TestQuotationGoesOnAfterParenthetical: a quotation after a
// parenthetical attribution that goes on with the sentence before it
// ("The streets were deserted, he added, “but …”", "But, she said, “I
// …”") is one mixed quote with the words before; an adverbial before the
// attribution ("Still, …", "Minutes later, …") is not part of it.
func TestQuotationGoesOnAfterParenthetical(t *testing.T) {
	for _, c := range []struct{ text, front, quoted string }{
		{"If the levy passes, Jane Roe said, “the schools will finally get the roofs they need.”", "If the levy passes", "the schools will finally get"},
		{"The streets were deserted, Jane Roe added, “and nobody would open a door.”", "The streets were deserted", "and nobody would open"},
		{"Jane Roe spoke for an hour. But, she added, “I think the plan will hold.”", "But", "I think the plan will hold"},
	} {
		q := ruleQuote(t, c.text, c.front, quotes.SubjectCue)
		require.NotNil(t, q, c.text)
		require.Len(t, q.Parts, 2, c.text)
		assert.Equal(t, quotes.Mixed, q.Kind, c.text)
		assert.Equal(t, c.front, q.Parts[0].In(c.text), c.text)
		assert.Contains(t, q.Parts[1].In(c.text), c.quoted, c.text)
		require.NotNil(t, q.Speaker, c.text)
	}
	for _, text := range []string{
		"Jane Roe spoke for an hour. Still, she added, “the plan will hold.”",
		"Jane Roe left the hall. Minutes later, she said, “we are done.”",
	} {
		q := ruleQuote(t, text, "the plan will hold", quotes.SubjectCue)
		if q == nil {
			q = ruleQuote(t, text, "we are done", quotes.SubjectCue)
		}
		require.NotNil(t, q, text)
		assert.Len(t, q.Parts, 1, text)
	}
}

// TestQuotationSetOffByDash: the words before a dash that sets off a
// quotation with its own attribution are the writer's, not part of the
// quote ("… brutal leaders - “He would have loved Stalin,” Roe said");
// without the dash they lead into it ("The bill's failure was
// “heartbreaking,” she said").
func TestQuotationSetOffByDash(t *testing.T) {
	for _, text := range []string{
		"John Doe had shown a fondness for brutal leaders - “He would have loved the old regime,” Jane Roe said twice - and reminded the crowd of the stakes.",
		"John Doe had shown a fondness for brutal leaders — “He would have loved the old regime,” Jane Roe said.",
	} {
		q := ruleQuote(t, text, "He would have loved", quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, "He would have loved the old regime", q.Text, text)
	}
	q := ruleQuote(t, "The bill's failure was “heartbreaking,” Jane Roe said.", "The bill's failure", quotes.SubjectCue)
	require.NotNil(t, q)
}

// TestOneWordLeadIntoQuotation: a single word before a quotation in its
// clause, the subject of the quoted predicate, belongs to the quote when
// an attribution follows: "Teachers “get why …,” Jane Roe said" is mixed.
func TestOneWordLeadIntoQuotation(t *testing.T) {
	for _, c := range []struct {
		text, want string
		rule       quotes.Rule
	}{
		{"Teachers “get why the union backed her,” Jane Roe said.", "Teachers “get why the union backed her,”", quotes.SubjectCue},
		{"They “actually had chemistry,” said John Doe, the mayor's deputy.", "They “actually had chemistry,”", quotes.CueSubject},
	} {
		q := ruleQuote(t, c.text, c.want[:4], c.rule)
		require.NotNil(t, q, c.text)
		assert.Equal(t, c.want, q.Text, c.text)
		assert.Equal(t, quotes.Mixed, q.Kind, c.text)
	}
}

// TestQuotedPhraseInLead: the words leading into a quotation before its
// attribution may hold a quoted phrase of their own ("Guns are “a crisis”
// and “stunt growth,” Jane Roe said"): one mixed quote from the clause's
// start; a quoted sentence before it stays apart.
func TestQuotedPhraseInLead(t *testing.T) {
	text := "Guns are “the ultimate public health crisis” and “stunt children's growth,” Jane Roe said."
	q := ruleQuote(t, text, "Guns are", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "Guns are “the ultimate public health crisis” and “stunt children's growth,”", q.Text)
	assert.Equal(t, quotes.Mixed, q.Kind)
	q = ruleQuote(t, "The council “failed us. It lied.” Its report “was late,” Jane Roe said.", "Its report", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "Its report “was late,”", q.Text)
}

// TestShowTitleAfterAttribution: a quotation of capitalized words right
// after an attribution, with no comma before it, names a show or an ad
// ("“…,” Jane Roe told “Morning Kelvo,” adding …"): it does not go on with
// the quote, and is no quote of its own; "“A,” she said, “B.”" still goes on.
func TestShowTitleAfterAttribution(t *testing.T) {
	for _, text := range []string{
		"“Of course he is fair game. He is a former mayor,” Jane Roe told “Morning Kelvo,” reminding the hosts of the rules.",
		"“Of course he is fair game. He is a former mayor,” Jane Roe said on the podcast “Here’s the Thing.”",
		"“Of course he is fair game. He is a former mayor,” Jane Roe says in the spot titled “Dangerous,” which aired twice.",
	} {
		x, err := quotes.New(quotes.WithLayout(false))
		require.NoError(t, err)
		d := x.Extract(text)
		require.Len(t, d.Quotes, 1, text)
		assert.Equal(t, "Of course he is fair game. He is a former mayor", d.Quotes[0].Text, text)
		assert.Len(t, d.Quotes[0].Parts, 1, text)
	}
	q := ruleQuote(t, "“We will win,” Jane Roe said, “Kelvo Needs Us.”", "We will win", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Len(t, q.Parts, 2)
}

// TestNounOfSayingInLead: a word of saying after an article or a
// possessive in the words leading into a quotation is a noun ("During
// their call Tuesday, …"): the lead still belongs to the mixed quote; a
// verb of saying there ("This says …") still keeps it out.
func TestNounOfSayingInLead(t *testing.T) {
	text := "During their call Tuesday, Roe and Doe “reaffirmed their shared commitment to the treaty,” the statement said."
	q := ruleQuote(t, text, "During their call", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "During their call Tuesday, Roe and Doe “reaffirmed their shared commitment to the treaty,”", q.Text)
	assert.Equal(t, quotes.Mixed, q.Kind)
	assert.Nil(t, ruleQuote(t, "The mayor says the “plan is dead,” Jane Roe said.", "The mayor says", quotes.SubjectCue))
}

// TestSubordinateAfterSpanOrEvenAs: an attribution in a subordinate clause
// that opens with a stretch of time and "after" or "before" ("A few weeks
// after …"), or with "Even as", says what its clause holds, up to the
// comma before the main clause; "Just as … predicted, …" still gives the
// main clause to its source.
func TestSubordinateAfterSpanOrEvenAs(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"A few weeks after Jane Roe announced that the war would not end on her watch, soldiers bombed a bridge in Kelvale.", "the war would not end on her watch"},
		{"Even as Jane Roe said the plan was sound, her aides doubted it.", "the plan was sound"},
	} {
		q := ruleQuote(t, c.text, "the", quotes.SubjectCue)
		require.NotNil(t, q, c.text)
		assert.Equal(t, c.want, q.Text, c.text)
	}
	q := ruleQuote(t, "Just as Jane Roe predicted, the market fell.", "the market", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "the market fell", q.Text)
}
