package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestNounCueInSubject: what a noun of saying introduces ends before the
// main verb when its phrase is the sentence's subject.
func TestNounCueInSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Roe's proposal to make firms stay or pay is good policy that is also good politics.", "to make firms stay or pay"},
		{"Doe's claim that he still has a way to win the nomination would depend on the superdelegates.", "he still has a way to win the nomination"},
		{"Trade grew. Roe's repeated accusations, including his recent call to ban all imports from Ruritania, could galvanize the unions.", "to ban all imports from Ruritania"},
	} {
		q := ruleQuote(t, tc.text, tc.want, quotes.Possessor)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestMessageForAnOccasion: "message for" names an occasion, not what
// was said; "calls for" gives what was said.
func TestMessageForAnOccasion(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract("The Secretary-General's message for the International Day of Forests was read out. Roe repeated her calls for lower taxes.")
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.Text)
	}
	assert.Equal(t, []string{"lower taxes"}, got)
}

// TestNounCueOccasionBeforeThat: a phrase of occasion or time between a
// noun of saying and its "that" ("his claim in a radio interview that
// …", "her statement last week that …") leaves what was said to the
// that-clause; a relative clause on the occasion ("at a rally that drew
// …") is no speech.
func TestNounCueOccasionBeforeThat(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Dara Quill never cited a source for his claim in a radio interview that the Kelvale mill would close.", "the Kelvale mill would close"},
		{"Dara Quill came under fire over her assertion during the debate that the harbour is safe.", "the harbour is safe"},
		{"The tweet mocked Dara Quill's statement earlier this year that ferries should be free.", "ferries should be free"},
	} {
		x, err := quotes.New(quotes.WithLayout(false))
		require.NoError(t, err)
		d := x.Extract(tc.text)
		var got *quotes.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Rule == quotes.Possessor {
				got = &d.Quotes[i]
			}
		}
		require.NotNil(t, got, tc.text)
		assert.Contains(t, got.Text, tc.want)
	}
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract("Dara Quill repeated her remarks at a rally that drew 5,000 people.")
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "drew 5,000", "a relative clause on the occasion is no speech")
	}
}

// TestLightVerbNounCue: a noun of saying as the object of "make" is the
// subject's: "made no mention of the levy", "made comments about the
// plan", "made a plea for calm". Another verb ("made the decision to
// leave") quotes nothing.
func TestLightVerbNounCue(t *testing.T) {
	for _, tc := range []struct{ text, want, speaker string }{
		{"Dara Quill notably made no mention of the harbor levy, and the crowd cheered.", "the harbor levy", "Quill"},
		{"Dara Quill has recently made comments about the cost of the ferry contract.", "the cost of the ferry contract", "Quill"},
		{"Dara Quill made a plea for the council to keep the ferry running.", "the council to keep the ferry running", "Quill"},
	} {
		q := ruleQuote(t, tc.text, tc.want, quotes.Possessor)
		if assert.NotNil(t, q, tc.text) {
			assert.Equal(t, tc.want, q.Text, tc.text)
			if assert.NotNil(t, q.Speaker, tc.text) {
				assert.Equal(t, tc.speaker, q.Speaker.Family, tc.text)
			}
		}
	}
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	assert.Empty(t, x.Extract("Dara Quill made the decision to leave the council in May.").Quotes)
}
