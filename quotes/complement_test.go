package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestPronounAfterPhraseAndTime: what was said opens with a pronoun after
// a prepositional phrase and a time adverbial, with no "that".
func TestPronounAfterPhraseAndTime(t *testing.T) {
	for _, text := range []string{
		"Kelvale Arms said in a statement Thursday night they pulled the listing from the site.",
		"The minister told reporters on the plane Monday she would resign.",
	} {
		var want string
		if strings.Contains(text, "they pulled") {
			want = "they pulled the listing from the site"
		} else {
			want = "she would resign"
		}
		q := ruleQuote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
	}
}

// TestExclamationThenPhrase: an exclamation or question quoted right
// after the verb is whole; the phrase after it is the writer's.
func TestExclamationThenPhrase(t *testing.T) {
	q := ruleQuote(t, "A congressman yelled “You lie!” at the president during the speech.", "You lie!", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "You lie!", q.Text)
	assert.Equal(t, quotes.Direct, q.Kind)
}

// TestSaidOfTopic: "said of X," before a quotation or a colon names what
// was talked about; the quotation is what was said.
func TestSaidOfTopic(t *testing.T) {
	for _, text := range []string{
		"Ms. Roe said of the episode, “I don't like it,” and left.",
		"Jane Roe, 42, said of her neighbor: “She was always kind.”",
	} {
		var want string
		if strings.Contains(text, "episode") {
			want = "I don't like it"
		} else {
			want = "She was always kind."
		}
		q := ruleQuote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
	}
	// A relative "that" after the topic is no complementizer.
	q := ruleQuote(t, "“It is over,” Dara Quill said of a list that included five senators.", "It is over", quotes.SubjectCue)
	require.NotNil(t, q)
}

// TestAboutANumber: "about" before a number opens what was said; before
// other words it names a topic.
func TestAboutANumber(t *testing.T) {
	text := "A department spokesperson said about 180 construction jobs will be supported."
	q := ruleQuote(t, text, "about 180 construction jobs will be supported", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "about 180 construction jobs will be supported", q.Text)
	assert.Nil(t, ruleQuote(t, "The mayor spoke about the plan on Monday.", "the plan on Monday", quotes.SubjectCue))
	// A share or a number in words too.
	for _, want := range []string{"about a third of the children had been separated", "about half the staff had left"} {
		text := "Sister Dara Quill said " + want + "."
		q := ruleQuote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
	}
}

// TestAsideBeforeThat: an adverbial phrase set off by commas between a
// verb of saying (and its hearer) and "that" is skipped: "Jane Roe told
// voters in Concord, on the final campaign day, that she …".
func TestAsideBeforeThat(t *testing.T) {
	q := ruleQuote(t, "Jane Roe told voters in Concord, on the final campaign day, that she has few memories of her first bid.", "she has", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "she has few memories of her first bid", q.Text)
	// A verb in the phrase makes it a clause: no aside.
	assert.Nil(t, ruleQuote(t, "Jane Roe told voters in Concord, on a day that was cold, that she has few memories.", "she has", quotes.SubjectCue))
}

// TestHearerThenCapitalizedPronoun: in a title-case headline, a subject
// pronoun after the hearer of "tells" opens what was said: "Jane Roe
// Tells Harbour Voters She Will Not Quit".
func TestHearerThenCapitalizedPronoun(t *testing.T) {
	q := ruleQuote(t, "Jane Roe Tells Harbour Voters She Will Not Quit.\n\nThe mayor spoke on Monday.", "She Will", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "She Will Not Quit", q.Text)
}

// TestDemonstrativeThat: "that" right after a verb of saying and before a
// singular auxiliary is the subject of what was said ("insisted that was
// not part of the deal"), so the speech starts with it; the
// complementizer of "said that prices will fall" is not part of it.
func TestDemonstrativeThat(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Jane Roe insisted that was not part of the deal.", "that was not part of the deal"},
		{"Jane Roe praised the budget but suggested that might not be enough.", "that might not be enough"},
		{"Jane Roe said that prices will fall next year.", "prices will fall next year"},
	} {
		x, err := quotes.New(quotes.WithLayout(false))
		require.NoError(t, err)
		d := x.Extract(c.text)
		var texts []string
		for _, q := range d.Quotes {
			texts = append(texts, q.Text)
		}
		assert.Contains(t, texts, c.want, c.text)
	}
}

// TestPrepositionalAsideBeforeQuotation: a phrase opened by a preposition
// and set off by commas between a verb of saying (and its adverbials) and
// a quotation does not part them: the quotation is what was said, whatever
// stands before the verb.
func TestPrepositionalAsideBeforeQuotation(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Jane Roe, the daughter of a former senator, said on Monday, in reference to her son, “Next summer he is going to school!”", "Next summer he is going to school!"},
		{"Recently she announced on her website, in all capital letters, “We are leaving the party!”", "We are leaving the party!"},
	} {
		text := c.text
		q := ruleQuote(t, text, c.want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Mention, text)
		assert.Equal(t, quotes.Direct, q.Kind, text)
		assert.Equal(t, c.want, q.Text, text)
	}
}

// TestCoordinatorSaysNothing: a verb of saying followed by "and" or "or"
// introduces nothing: a noun ("Conference call and webcast") or an idiom
// ("when all is said and done").
func TestCoordinatorSaysNothing(t *testing.T) {
	for _, text := range []string{
		"Conference call and webcast\n\nThe company will host a call at 9 a.m.",
		"When all is said and done, the plan worked.",
	} {
		x, err := quotes.New()
		require.NoError(t, err)
		for _, q := range x.Extract(text).Quotes {
			assert.NotContains(t, []string{"and webcast", "and done"}, q.Text, text)
		}
	}
}
