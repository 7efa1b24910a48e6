package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestReducedPassiveIsNoCue: a past form of a verb of saying after a noun
// and before "by" and an agent modifies the noun ("the divide highlighted
// by the shootings"); "by" before a medium keeps the verb active.
func TestReducedPassiveIsNoCue(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Sunday, on KTV’s “State of the Union,” while commenting on the racial divide in Kelvale highlighted by the recent shootings, Governor Dara Quill (R-OK) said the nominee is “trying to heal it.”"
	d := x.Extract(text)
	checkSpans(t, text, d)
	for _, q := range d.Quotes {
		if assert.NotNil(t, q.Cue, q.Text) {
			assert.NotEqual(t, "highlighted", q.Cue.Text, q.Text)
		}
	}
	q := ruleQuote(t, text, "the nominee is “trying", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
	q = ruleQuote(t, "Dara Quill said by phone that the plant would close.", "the plant would close", quotes.SubjectCue)
	require.NotNil(t, q, "a medium after \"by\" leaves the verb active")
}

// TestQuantifierParenthetical: a bare quantifier between commas is the
// subject of a parenthetical attribution: "That attitude, many argue,
// could …".
func TestQuantifierParenthetical(t *testing.T) {
	for _, text := range []string{
		"That attitude, many argue, could carry real costs for the port.",
		"That attitude, some said, could carry real costs for the port.",
	} {
		q := ruleQuote(t, text, "That attitude", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.Len(t, q.Parts, 2, text)
	}
}

// TestNounBeforeVerb: the singular form of a verb of saying that is also
// a noun, right before a finite verb, is the head of its subject ("The
// county report could not confirm …", "Jobs report gives the council a
// lift"); "Officials report that …" stays a verb of saying.
func TestNounBeforeVerb(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"The county audit report could not confirm the mayor's account of the contract.",
		"Jobs report gives the council a lift before the budget vote.",
		"A new Kelvale Institute report compares a variety of rental markets across the state.",
	} {
		d := x.Extract(text)
		for _, q := range d.Quotes {
			if q.Cue != nil {
				assert.NotEqual(t, "report", strings.ToLower(q.Cue.Text), "%s: %q", text, q.Text)
			}
		}
	}
	q := ruleQuote(t, "Kelvale officials report that the river road is closed.", "the river road is closed", quotes.SubjectCue)
	require.NotNil(t, q)
}

// TestNamingParticipleAfterIndefinite: "called" after an indefinite noun
// phrase names it ("A newly formed super PAC called Kelvale First ran …",
// "one PAC called Stop Roe", "a group of disaffected hill farmers called
// Dawn 7"); "one lawmaker called Roe “…”" is still a lawmaker's words.
func TestNamingParticipleAfterIndefinite(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"A newly formed super PAC called Kelvale First ran its first round of ads in the county.",
		"Jane Roe was the target of attacks by outside groups, including one PAC called Stop Roe.",
		"The troops fought a group of disaffected hill farmers called Dawn 7 along the border.",
	} {
		d := x.Extract(text)
		assert.Empty(t, d.Quotes, text)
	}
	q := ruleQuote(t, "In January one lawmaker called Jane Roe “the queen of the county.”", "Jane Roe", quotes.SubjectCue)
	require.NotNil(t, q)
}

// TestStateAfterQuotation: "state" after a quotation's closing comma and
// a short subject is the verb of saying ("“…,” the officials state in the
// paper"); "state" as a modifier there is still no verb ("“…,” state
// lawmakers said").
func TestStateAfterQuotation(t *testing.T) {
	q := ruleQuote(t, "“The kingdom is one of the leading nations in the fight,” the officials state in the paper.", "The kingdom", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Cue)
	assert.Equal(t, "state", q.Cue.Text)
	q = ruleQuote(t, "“We will fight this ruling,” state lawmakers said on Monday.", "We will fight", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Cue)
	assert.Equal(t, "said", q.Cue.Text)
}

// TestPluralSubjectWithParticiplePhrase: a plural subject with a
// participle's phrase after it ("activists clamoring to block the
// merger") makes the base form after the phrase's last noun its verb,
// not a compound ("the merger say").
func TestPluralSubjectWithParticiplePhrase(t *testing.T) {
	q := ruleQuote(t, "Farm activists clamoring to block the merger say they are running out of time.", "they are running", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "they are running out of time", q.Text)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "Farm activists clamoring to block the merger", q.Mention.Text)
}

// TestNounFormBeforeQuotation: a form of a verb of saying that is more
// often a plural noun ("claims", "notes", "states") is a verb when a
// quotation follows it: "The ad claims “…”".
func TestNounFormBeforeQuotation(t *testing.T) {
	for _, tc := range []struct{ text, prefix, mention string }{
		{"The mayor claims “the budget is balanced.”", "the budget", "mayor"},
		{"The new ad claims “Jane Roe is the candidate you can trust.”", "Jane Roe is", "new ad"},
		{"The report notes, “the budget is balanced.”", "the budget", "report"},
	} {
		q := ruleQuote(t, tc.text, tc.prefix, quotes.SubjectCue)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Mention, tc.text)
		assert.Equal(t, tc.mention, q.Mention.Text, tc.text)
	}
}

// TestQuotedVerbHasNoInversion: a verb that takes only the quoted words
// after it ("thanked the mayor for “…”") is no inverted attribution of a
// quoted title before it.
func TestQuotedVerbHasNoInversion(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Mary Poe, star of television's “Harbor,” thanked the mayor for “taking these steps to make us all safer.”"
	d := x.Extract(text)
	checkSpans(t, text, d)
	for _, q := range d.Quotes {
		assert.NotEqual(t, quotes.CueSubject, q.Rule, q.Text)
		if q.Speaker != nil {
			assert.Equal(t, "Poe", q.Speaker.Family, q.Text)
		}
	}
}

// TestHearerVerbParticle: a verb with a hearer ("ask", "warn") takes a
// noun phrase after its particle, and that noun phrase is no hearer:
// "warned of a shutdown", "asked for volunteers to stay". A request
// quotes words only with an infinitive ("asked for a review" does not),
// and the present ("warns of") is a headline's, which quotes nothing.
// Without the particle the verb is as before: "asked him to wait", and
// "asked the question" quotes nothing.
func TestHearerVerbParticle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Health experts warned of a shutdown of the northern locks.", "a shutdown of the northern locks"},
		{"Dara Quill warned against the tolls once again proposed by the council.", "the tolls once again proposed by the council"},
		{"The harbor master asked for volunteers to stay behind after the storm.", "volunteers to stay behind after the storm"},
	} {
		q := ruleQuote(t, c.text, c.want, quotes.SubjectCue)
		if assert.NotNil(t, q, c.text) {
			assert.Equal(t, c.want, q.Text, c.text)
		}
	}
	q := ruleQuote(t, "Dara Quill asked him to wait for the ferry.", "him to wait", quotes.SubjectCue)
	assert.NotNil(t, q, "the hearer and the infinitive without a particle")
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"Dara Quill asked the question twice before the vote.",
		"The county had asked for the fare cap and was satisfied with it.",
		"Kelvale Port warns of delays for ferries as the storm season begins",
	} {
		assert.Empty(t, x.Extract(text).Quotes, text)
	}
}
