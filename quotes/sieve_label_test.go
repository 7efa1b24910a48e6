package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestHeadlineNounLabel: a headline that opens with a noun a speaker can
// have and a colon ("Poll: …", "Kelvale Post editorial: …") reports the rest of
// the line; a label that names no one ("Breaking: …") does not.
func TestHeadlineNounLabel(t *testing.T) {
	body := "\n\nKELVALE (AP) — The race tightened this week as both campaigns spent heavily on advertising."
	for _, tc := range []struct{ text, want string }{
		{"Poll: Roe and Doe hold narrow leads in Kelvale." + body, "Roe and Doe hold narrow leads in Kelvale"},
		{"Historians: Roe, Doe linked no matter what." + body, "Roe, Doe linked no matter what"},
		{"Kelvale Post editorial: Roe should resign before the vote." + body, "Roe should resign before the vote"},
	} {
		q := ruleQuote(t, tc.text, tc.want, quotes.Colon)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
	assert.Nil(t, ruleQuote(t, "Breaking: Roe gets a major win in Kelvale."+body, "Roe gets", quotes.Colon))
	// In the body, a noun and a colon stay a section heading.
	assert.Nil(t, ruleQuote(t, "Roe leads."+body+"\n\nPoll: Roe and Doe hold narrow leads in Kelvale and Ruritania this week.", "Roe and Doe hold", quotes.Colon))
}

// TestHeadlineNamedLabel: a headline's label that opens with a name and
// goes on about the occasion ("Roe to Kelvale teachers: …") reports the
// rest of the line as the named person's; a label of two names is a
// topic, not a speaker.
func TestHeadlineNamedLabel(t *testing.T) {
	body := "\n\nKELVALE (AP) — The race tightened this week as both campaigns spent heavily on advertising."
	q := ruleQuote(t, "Hillary Clinton to Planned Parenthood: Trump will reverse the ruling."+body, "Trump will reverse the ruling", quotes.Colon)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Clinton", q.Speaker.Family)
	assert.Nil(t, ruleQuote(t, "Benjamin Netanyahu and Barack Obama: A tortured relationship."+body, "A tortured relationship", quotes.Colon))
}

// TestLabelNoSpeaker: "BYLINE: Jane Roe." names the writer, not a
// speaker; a line of names after a label is a list, in title case too.
func TestLabelNoSpeaker(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"BYLINE: Amber Quill.\n\nThe vote is on Tuesday, and the race is tight in Kelvale.",
		"Share: Facebook Twitter\nISLAMABAD: The Kelvo Capital Police, in a joint operation with the Kelvo Investigation Agency, have arrested seven members of a gang.\n\nThe gang collected money from job seekers.",
		"The caucus members are listed below.\n\nKelvale: Ann Albrey, Bob Barrow, Cal Callen, Dee Dorsey, Eve Ellery, Fay Fenwick, Gus Garrow, Hal Hollis, Ivy Ingram, Jon Jessup, Kim Kettle, Lou Lowry, Max Marlow, Ned Norcott, Oda Orwin, Pat Pellow, Quin Quarry, Ray Rowan, Sue Selby, Tom Tarrant.\n\nThe vote is on Tuesday.",
	} {
		d := x.Extract(text)
		checkSpans(t, text, d)
		for _, q := range d.Quotes {
			assert.NotEqual(t, quotes.Colon, q.Rule, "%s: %q", text, q.Text)
		}
	}
}

// TestReleaseLabelIsNoSpeaker: "FOR IMMEDIATE RELEASE" on the line above
// a headline that opens with a quotation names no speaker; the headline's
// words are those of the person the body quotes saying them.
func TestReleaseLabelIsNoSpeaker(t *testing.T) {
	text := "FOR IMMEDIATE RELEASE\n\n'We are running on empty': Kelvale nurses vote to strike\n\nPORTLAND — Nurses voted on Monday.\n\n\"Nurses did not take this vote lightly,\" said Dara Quill, president of the Kelvale Nurses Association. \"We are running on empty.\"\n"
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.NotEmpty(t, d.Quotes)
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			assert.NotContains(t, q.Speaker.Name, "Release", q.Text)
		}
	}
	first := d.Quotes[0]
	assert.Equal(t, "We are running on empty", first.Text)
	require.NotNil(t, first.Speaker)
	assert.Equal(t, "Dara Quill", first.Speaker.Name)
}
