package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestRelativeTailContinuation: a quotation that opens its sentence with
// only the writer's relative clause after it goes on with the speaker of
// the quotation before it in the paragraph.
func TestRelativeTailContinuation(t *testing.T) {
	for _, text := range []string{
		"Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser to the campaign. “We can win Ruritania and Kelvale,” which vote in June.",
		"Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser to the campaign. “We can win Ruritania and Kelvale”, which vote in June.",
	} {
		q := ruleQuote(t, text, "We can win", quotes.Continuation)
		require.NotNil(t, q, text)
		if assert.NotNil(t, q.Speaker, text) {
			assert.Equal(t, "Quill", q.Speaker.Family)
		}
	}
	// A relative clause that holds an attribution of its own is no tail.
	text := "Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser. “We can win Kelvale,” which Bob Roe, a rival, disputes."
	assert.Nil(t, ruleQuote(t, text, "We can win", quotes.Continuation))
}

// TestPlainTailContinuation: a quotation that opens the sentence after
// an attributed one, followed by a few words of the writer's, goes on
// with that speaker; not when the words after it hold a verb of their
// own ("…,” was another).
func TestPlainTailContinuation(t *testing.T) {
	text := "The campaign spoke on Monday.\n\n“Voters do not care about this,” Dara Quill told reporters. “What they care about is that she is raising incomes” and other pocketbook issues."
	q := ruleQuote(t, text, "What they care about", quotes.Continuation)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
	text = "The skywriters were busy.\n\n“Kelvale is great,” read one sign over the bay. “Anybody but Roe,” was another."
	assert.Nil(t, ruleQuote(t, text, "Anybody but Roe", quotes.Continuation))
}

// TestSubheadAndOneWordAnswer: a short quotation in single marks alone
// on its line is a section heading, and a one-word shout is no
// continuation of the speaker before.
func TestSubheadAndOneWordAnswer(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, tc := range []struct{ text, quoted string }{
		{"“If I were younger, I would go back to school,” Dara Quill said.\n\n'A really tough decision.'\n\nAs her co-workers talked over beers, the plant closed.", "A really tough decision."},
		{"“Do we roll up our sleeves and get to work?” Dara Quill asked.\n\n“Yesssss!”\n\nThe workers roared.", "Yesssss!"},
	} {
		d := x.Extract(tc.text)
		checkSpans(t, tc.text, d)
		for _, q := range d.Quotes {
			if q.Text == tc.quoted {
				assert.NotEqual(t, quotes.Continuation, q.Rule, tc.text)
			}
		}
	}
}

// TestTitlesAreNoQuotes: a quotation followed by ", by" and a name, or
// after "book", is a work's title.
func TestTitlesAreNoQuotes(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, tc := range []struct{ text, quoted string }{
		{"FAREWELL—“The Living Room to close at the end of December,” by Times' Ben Sisario: the club will shut.", "The Living Room to close at the end of December"},
		{"The fight was recalled in Dara Quill's book “Backfire: A Battle for the Soul of Kelvale Industries.” It sold well.", "Backfire: A Battle for the Soul of Kelvale Industries."},
	} {
		d := x.Extract(tc.text)
		checkSpans(t, tc.text, d)
		for _, q := range d.Quotes {
			assert.NotEqual(t, tc.quoted, q.Text, tc.text)
		}
	}
}

// TestHorizontalBarSource: a quotation followed by a horizontal bar
// (U+2015) and a name is that person's, as with an em dash.
func TestHorizontalBarSource(t *testing.T) {
	for _, dash := range []string{"—", "―"} {
		text := "Readers wrote to us.\n\n“I learned to cook in my grandmother’s kitchen, and I still do.” " + dash + " Dara Quill, 34, Kelby\n\n“We stayed because the school was good.” " + dash + " Bob Roe, 51, Rivertown"
		assert.Equal(t, []string{"Quill", "Roe"}, speakerFamilies(t, text), "dash %q", dash)
	}
}

// TestListHeadingAndSignedItems: "What partners said:" heads a list of
// quotations each signed after a dash, a party's tag after a name too;
// the heading reports nothing.
func TestListHeadingAndSignedItems(t *testing.T) {
	text := "The county opened the program.\n\nWhat partners and participants said:\n\n• \"The first thirty days after release are the most dangerous days.\" — Dr. Dara Quill, Medical Director, Kelby Community Health\n\n• \"The Board funded this because it saves lives.\" — Commissioner Bob Roe (D-District 3), chair of the Kelby County Board of Commissioners\n"
	assert.Equal(t, []string{"Quill", "Roe"}, speakerFamilies(t, text))
}

// speakerFamilies extracts text with the rules and returns each quote's
// speaker's family name, "" for a quote with none.
func speakerFamilies(t *testing.T, text string) []string {
	t.Helper()
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	var got []string
	for _, q := range d.Quotes {
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Family
		}
		got = append(got, name)
	}
	return got
}
