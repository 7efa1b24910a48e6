package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// TestAccordingToAfterLongQuotation: "according to" after the attribution
// of a quotation of several sentences reports the whole quotation, as it
// does a one-sentence one.
func TestAccordingToAfterLongQuotation(t *testing.T) {
	text := "The mayor spoke on Monday.\n\n“Taxes will fall. Wages will rise. We have a plan,” Dara Quill said at a rally, according to the Kelvale Gazette.\n\nShe left early."
	q := ruleQuote(t, text, "Taxes will fall. Wages will rise.", quotes.AccordingTo)
	require.NotNil(t, q, "no according-to quote over the whole quotation")
	if assert.NotNil(t, q.Speaker) {
		assert.Equal(t, "Kelvale Gazette", q.Speaker.Name)
	}
}

// TestAccordingToSourceWithRelative: a source with a restrictive
// relative clause in the middle of the sentence ("according to members
// who spoke with reporters afterward,") lets the clause go on after it.
func TestAccordingToSourceWithRelative(t *testing.T) {
	text := "Notably absent from the talks, according to members who spoke with reporters afterward, was any mention of the Kelvale inquiry."
	q := ruleQuote(t, text, "Notably absent from the talks", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "was any mention of the Kelvale inquiry")
}

// TestDashEither: a dash followed by "either" opens an elaboration of
// what was said, not the end of it.
func TestDashEither(t *testing.T) {
	text := "According to the bank, about 12 percent of emissions are subject to a carbon price - either a tax or a levy under a regime of cap and trade."
	q := ruleQuote(t, text, "about 12 percent of emissions", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "either a tax or a levy")
}

// TestOpeningAccordingToWholeSentence: an opening "According to X,"
// vouches for the whole sentence, its coordinated clauses included.
func TestOpeningAccordingToWholeSentence(t *testing.T) {
	text := "According to the Kelvale Gazette poll, more than half of Roe's support comes from women, and almost half of it comes from voters under 30."
	q := ruleQuote(t, text, "more than half", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "more than half of Roe's support comes from women, and almost half of it comes from voters under 30", q.Text)
}

// TestAccordingToTitleThenRankedName: "According to <title>, <rank>
// <name>," gives the named holder, after a rank as after an honorific.
func TestAccordingToTitleThenRankedName(t *testing.T) {
	text := "According to the Director-General of the KDMA, General Dara Quill, early warning committees have been trained."
	q := ruleQuote(t, text, "early warning committees have been trained", quotes.AccordingTo)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestAccordingToSourceWithTime: "that" before a time noun in the source
// of "according to" is a demonstrative, not a clause: "According to the
// officer in charge of the base that night, the scene …".
func TestAccordingToSourceWithTime(t *testing.T) {
	q := ruleQuote(t, "According to the officer in charge of the agency's harbour base that night, the scene in the film is entirely untrue.", "the scene", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "the scene in the film is entirely untrue", q.Text)
}

// TestAsWithObjectTellsTime: "As X VERBed Y," with an object after the
// verb is a clause of time, not "As the Gazette reported,": the rest of
// the sentence is not X's.
func TestAsWithObjectTellsTime(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract("As Jane Roe attacked Bob Doe, the crowd in the hall chanted and waved its signs.")
	for _, q := range d.Quotes {
		assert.NotEqual(t, quotes.AccordingTo, q.Rule, q.Text)
	}
	q := ruleQuote(t, "As the Kelvale Gazette reported on Monday, the mayor met the developers twice.", "the mayor met", quotes.AccordingTo)
	require.NotNil(t, q)
}

// TestAsReportedByCapitalizedArticle: "as" and a source that opens with a
// capitalized article ("The Kelvale Gazette") attributes the clause, at
// the end of the sentence and at its start.
func TestAsReportedByCapitalizedArticle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The mayor met the developers twice in May, as The Kelvale Gazette reported on Tuesday.", "The mayor met the developers twice in May"},
		{"As The Kelvale Gazette reported on Monday, the mayor met the developers twice in May.", "the mayor met the developers twice in May"},
	} {
		q := ruleQuote(t, tc.text, tc.want, quotes.AccordingTo)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
		if assert.NotNil(t, q.Speaker) {
			assert.Contains(t, q.Speaker.Name, "Kelvale Gazette")
		}
	}
}

// TestAsReportedBeforeWritersClause: "…, as X reported, and …": the clause
// before the attribution is what X reported; the clause after ", and" is
// the writer's, not X's.
func TestAsReportedBeforeWritersClause(t *testing.T) {
	text := "The mayor met the developers twice in May, as the Kelvale Gazette reported on Tuesday, and the council will vote on the plan next week."
	q := ruleQuote(t, text, "The mayor met the developers", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "The mayor met the developers twice in May", q.Text)
	assert.Nil(t, ruleQuote(t, text, "and the council", quotes.AccordingTo))
}

// TestAccordingToBeforeWritersAddition: after "…, according to X," a
// clause opened by "but" or a participle's phrase is the writer's, when
// what X reported before is a clause of its own; a clause with no verb
// before still goes on after the source.
func TestAccordingToBeforeWritersAddition(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Roe gained 40 delegates on Tuesday, according to a Gazette tally, but her path to an outright victory is narrowing.", "Roe gained 40 delegates on Tuesday"},
		{"The two sides reached a tentative deal, according to the Labor Department, taking a step toward ending the strike.", "The two sides reached a tentative deal"},
	} {
		q := ruleQuote(t, tc.text, tc.want, quotes.AccordingTo)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestAsDescribedSourceReported: "As" and a description the lists don't
// know, up to a verb of reporting, name the source of the rest of the
// sentence; "as the old ferry docked" tells the time.
func TestAsDescribedSourceReported(t *testing.T) {
	for _, tc := range []struct{ text, prefix, mention string }{
		{"But as the local Kelvale tabloid noted in an op-ed Thursday, the mayor “has surprisingly earned herself a few fans downtown.”",
			"the mayor", "the local Kelvale tabloid"},
		{"As the Gazette’s investigative unit reported, the inspector issued subpoenas to the foundation.",
			"the inspector issued", "the Gazette’s investigative unit"},
	} {
		q := ruleQuote(t, tc.text, tc.prefix, quotes.AccordingTo)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Mention, tc.text)
		assert.Equal(t, tc.mention, q.Mention.Text, tc.text)
	}
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "As the old ferry docked, the mayor walked to the stage and waved."
	d := x.Extract(text)
	checkSpans(t, text, d)
	assert.Empty(t, d.Quotes, text)
}

// TestAccordingToWithAbsolute: a trailing "according to" after a clause
// that ends with an absolute phrase after ", with" attributes that phrase,
// the figures the source vouches for; "with" inside the clause does not
// split it.
func TestAccordingToWithAbsolute(t *testing.T) {
	text := "The station is still a major cash generator for its owner, with $1.6 billion in operating profit last year, according to an analyst at Pivotal Research."
	q := ruleQuote(t, text, "$1.6 billion", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "$1.6 billion in operating profit last year", q.Text)
	text = "The mayor leads the field with 40 percent, according to the poll."
	q = ruleQuote(t, text, "The mayor leads", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "The mayor leads the field with 40 percent", q.Text)
}

// TestAccordingToEndsSentenceAfterOpener: a sentence that opens with a
// quantity ("About 58 percent of …") and ends with "according to X."
// reports what came before the source: nothing follows it.
func TestAccordingToEndsSentenceAfterOpener(t *testing.T) {
	text := "About 58 percent of Kelvale bakeries pay for parental leave, according to a 2024 Labor Department study. The rest do not."
	q := ruleQuote(t, text, "About 58 percent of Kelvale bakeries pay for parental leave", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "About 58 percent of Kelvale bakeries pay for parental leave", q.Text)
}

// TestAccordingToAfterDashAside: a dash that closes an aside before
// "according to" does not make the source an opening one.
func TestAccordingToAfterDashAside(t *testing.T) {
	text := "In 2024, Kelvale had 115 burglaries — including 12 of shops — according to the most recent data from the county police."
	q := ruleQuote(t, text, "In 2024, Kelvale had 115 burglaries", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "including 12 of shops")
}

// TestOpeningAccordingToRelativeSource: an opening source with a
// restrictive relative clause ("According to officials who spoke on
// condition of anonymity,") reports what follows the clause's comma.
func TestOpeningAccordingToRelativeSource(t *testing.T) {
	text := "According to Kelvale officials who spoke on condition of anonymity, the harbour talks collapsed on Monday."
	q := ruleQuote(t, text, "the harbour talks collapsed on Monday", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "the harbour talks collapsed on Monday", q.Text)
}

// TestAccordingToBodyWithItsAcronym: a body that defines its acronym in
// the according-to phrase is an organization, named without the acronym
// ("the Kelvo Water Office (KWO)"); a body whose name ends in a group's
// noun that opens a sentence is the body ("The United Nations said").
func TestAccordingToBodyWithItsAcronym(t *testing.T) {
	text := "Storm Hits Kelvo\n\nAccording to the Kelvo Water Office (KWO), more than 160,000 people need food assistance. The United Nations said aid was late."
	q := ruleQuote(t, text, "more than 160,000 people need food assistance", quotes.AccordingTo)
	require.NotNil(t, q)
	if assert.NotNil(t, q.Speaker) {
		assert.Equal(t, "Kelvo Water Office", q.Speaker.Name)
		assert.Equal(t, speakers.Organization, q.Speaker.Kind)
	}
	q = ruleQuote(t, text, "aid was late", quotes.SubjectCue)
	require.NotNil(t, q)
	if assert.NotNil(t, q.Speaker) {
		assert.Equal(t, "United Nations", q.Speaker.Name)
		assert.Equal(t, speakers.Organization, q.Speaker.Kind)
	}
}

// TestAsReportedByADescribedSourceWithItsYear: "As another Kelvo study from
// 2011 noted, …" attributes the rest of the sentence to the study: the
// description may open with "another" and carry its year.
func TestAsReportedByADescribedSourceWithItsYear(t *testing.T) {
	text := "As another Kelvo study from 2011 noted, the average age of farmers in the valley was 58."
	q := ruleQuote(t, text, "the average age of farmers", quotes.AccordingTo)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Contains(t, q.Speaker.Name, "study")
}

// TestAccordingToInAccordance: "according to" after a verb's phrase with
// an object no one can be ("select products according to local
// conditions", "ranked according to size") is no source; a document or a
// body there is ("prices rose according to the survey").
func TestAccordingToInAccordance(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Country offices would select the pumps according to local conditions."
	d := x.Extract(text)
	for _, q := range d.Quotes {
		assert.NotEqual(t, quotes.AccordingTo, q.Rule, q.Text)
	}
	q := ruleQuote(t, "Prices rose by four percent in May according to the survey.", "Prices rose", quotes.AccordingTo)
	require.NotNil(t, q)
}

// TestAccordingToClauseAfterName: after "According to" and a name, a part
// set off by commas that opens with an article and goes on with a verb is
// what the source says, not an appositive ("According to … Jon Doe, the
// project also covers the training of 420 paramedics, to be …").
func TestAccordingToClauseAfterName(t *testing.T) {
	text := "According to State Secretary of the Ministry of Health Jon Doe, the project also covers the training of 420 paramedics, to be completed by the end of the year."
	q := ruleQuote(t, text, "the project also covers", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "to be completed")
}
