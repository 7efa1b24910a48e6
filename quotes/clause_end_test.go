package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestClauseEndBeforeNamedBody: reported speech ends before ", and" and a
// body's name with an auxiliary: a new clause with a subject of its own.
func TestClauseEndBeforeNamedBody(t *testing.T) {
	text := "Protest groups say the rules are unfair, and the Kelvale Civil Liberties Union has already sued the city."
	q := ruleQuote(t, text, "the rules are unfair", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the rules are unfair", q.Text)
}

// TestClauseEndBeforeDeterminerSubject: reported speech ends before ",
// and" and a subject opening with a possessive or a quantifier and an
// auxiliary.
func TestClauseEndBeforeDeterminerSubject(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"Roe is suggesting delegates from states he won should flip to his column, and his campaign is approaching delegates one by one.", "delegates from states he won should flip to his column"},
		{"Economists have argued we need to reform the tax system, and both sides are not that far apart.", "we need to reform the tax system"},
	})
}

// TestClauseEndAtAsClauseAndAnonymity: reported speech ends before "as"
// and a pronoun subject (the writer's time clause), and before "on
// (the) condition of anonymity"; a comparison's "as" stays in.
func TestClauseEndAtAsClauseAndAnonymity(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"Roe is highlighting his Kelvale win over Doe as he urges conservatives to unite behind him.", "his Kelvale win over Doe"},
		{"An aide confirmed the meeting on the condition of anonymity because he was not authorized to speak.", "the meeting"},
		{"Roe said the plan was as good as it gets for the county.", "the plan was as good as it gets for the county"},
	})
}

// TestClauseEndAtDashAndSubject: reported speech ends at a dash followed
// by "and" and a clause with a subject of its own; after a parenthetical
// attribution, "on condition of anonymity" is no more of what was said.
func TestClauseEndAtDashAndSubject(t *testing.T) {
	q := ruleQuote(t, "Roe said Doe had been led astray by insiders running his campaign — and he singled out the campaign manager.", "Doe had been led astray", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "Doe had been led astray by insiders running his campaign", q.Text)
	q = ruleQuote(t, "He was unable to find a single taker, he said, on condition of anonymity to speak freely.", "He was unable", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "He was unable to find a single taker", q.Text)
}

// TestClauseEndAfterQuotedWordsAndPast: reported speech that ends with
// quoted words ends before "and" and a second past predicate.
func TestClauseEndAfterQuotedWordsAndPast(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"The mayor pledged to be “the greatest jobs president” and questioned the official unemployment rate.", "to be “the greatest jobs president”"},
		{"The mayor said he was “not worried” and left the room.", "he was “not worried”"},
	})
}

// TestShortSpeechThenParticiple: a participle with its object after a
// comma ends short reported speech too ("pointed to the polls, cracking
// a smile").
func TestShortSpeechThenParticiple(t *testing.T) {
	q := ruleQuote(t, "Dara Quill pointed to the polls, cracking a smile at the crowd.", "the polls", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the polls", q.Text)
}

// TestParentheticalThenSubordinate: after a parenthetical attribution, a
// subordinate clause and the main clause after its comma are what was
// said.
func TestParentheticalThenSubordinate(t *testing.T) {
	text := "In the early 1990s, Ms. Dara Quill said, when she was earning $24,000 a year, a boss invited her to lunch."
	q := ruleQuote(t, text, "In the early 1990s", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "a boss invited her to lunch")
	// A subordinate clause alone after the attribution is not joined.
	q = ruleQuote(t, "The firm collapsed, the mayor said, when the bank called in its loans.", "The firm collapsed", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "The firm collapsed", q.Text)
}

// TestClauseAfterDashPair: a dash pair after what was said, followed by a
// clause with a subject of its own, ends what was said at the first dash:
// "… the recommendation of the prosecutors – the ones Doe advised not to
// proceed – Republicans are still crying foul."
func TestClauseAfterDashPair(t *testing.T) {
	q := ruleQuote(t, "Jane Roe has said she will accept the recommendation of the career prosecutors – the ones Bob Doe just advised not to proceed – Republicans are still crying foul.", "she will accept", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "she will accept the recommendation of the career prosecutors", q.Text)
	// An aside in dashes inside what was said goes on: "closed primaries
	// – those open only to members – deny …".
	q = ruleQuote(t, "Jane Roe said closed primaries – those open only to party members – deny independents a vote.", "closed primaries", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "deny independents a vote")
}

// TestConcessionGoesOn: a concessive clause after a comma ("…, although
// eligibility is still too narrow") is part of what was said; not when it
// reports another act of saying or what the speaker did not do.
func TestConcessionGoesOn(t *testing.T) {
	q := ruleQuote(t, "Jane Roe said the new rules were an improvement, although eligibility is still too narrow.", "the new rules", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the new rules were an improvement, although eligibility is still too narrow", q.Text)
	for _, c := range []struct{ text, want string }{
		{"Jane Roe said the mayor had apologized, though she did not say who made the apology.", "the mayor had apologized"},
		{"Jane Roe said the plan would pass, though John Doe said he doubted it.", "the plan would pass"},
	} {
		q := ruleQuote(t, c.text, c.want, quotes.SubjectCue)
		require.NotNil(t, q, c.text)
		assert.Equal(t, c.want, q.Text, c.text)
	}
}

// TestClauseEndNotAtPassiveOrModalPerfect: after a comma, a subject and a
// verb of saying in the passive ("he is often asked") or a modal perfect
// ("she should have insisted") are no attribution: what was said goes on.
func TestClauseEndNotAtPassiveOrModalPerfect(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Jane Roe said the mood is good when she tours the county, she is often asked about the budget.", "the mood is good when she tours the county, she is often asked about the budget"},
		{"Jane Roe said the deal was costly and if the mayor signed it, he should have insisted on a review first.", "the deal was costly and if the mayor signed it, he should have insisted on a review first"},
	} {
		q := ruleQuote(t, tc.text, "the", quotes.SubjectCue)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestClauseEndAtShortObjectAndPredicate: after a short object of the
// verb, "and" and a second predicate of the subject end what was said.
func TestClauseEndAtShortObjectAndPredicate(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"Jane Roe denied the charges and accused her rival of lying.", "the charges"},
		{"The mayor called him reckless and urged the council to reject the plan.", "him reckless"},
	})
}

// TestClauseGoesOnAsWellAs: ", as well as" and a noun phrase adds to a
// list inside what was said; before an act ("…, as well as ruling …") it
// does not.
func TestClauseGoesOnAsWellAs(t *testing.T) {
	q := ruleQuote(t, "Jane Roe said the town would build a new clubhouse, as well as a new swimming pool.", "the town", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the town would build a new clubhouse, as well as a new swimming pool", q.Text)
	q = ruleQuote(t, "The court reversed a decision that the town lacked standing, as well as ruling that it could not accept the delay.", "the town", quotes.SubjectCue)
	if q != nil {
		assert.Equal(t, "the town lacked standing", q.Text)
	}
}

// TestClauseEndBeforeAndNextSource: reported speech with a clause of its
// own ends before "and" without a comma when a subject and its verb of
// saying follow: the next source's report. A subject joined by "and"
// inside what was said ("said that Roe and Doe say …") stays.
func TestClauseEndBeforeAndNextSource(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"Dara Quill said the fortune is worth $4.5 billion and the Kelvale Gazette says it is worth $3 billion.", "the fortune is worth $4.5 billion"},
		{"Dara Quill said the harbour would reopen in May and Jane Roe said it would not.", "the harbour would reopen in May"},
	})
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract("Dara Quill said that Roe and Doe say the harbour is safe.")
	found := false
	for _, q := range d.Quotes {
		if q.Mention != nil && q.Mention.Text == "Dara Quill" {
			found = true
			assert.Contains(t, q.Text, "Roe and Doe say the harbour is safe")
		}
	}
	assert.True(t, found, "no quote of Dara Quill")
}

// TestClauseGoesOnAfterLegalFormAndSecondThat: what was said goes on past
// a company's legal form after a comma ("Zentrix Robotics, LLC has
// agreed") and through a second "that" clause of the same verb, even when
// its verb is one of saying ("and that her office would continue").
func TestClauseGoesOnAfterLegalFormAndSecondThat(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"The Attorney General announced that Zentrix Auto Lending, LLC has agreed to pay $2 million to borrowers.", "Zentrix Auto Lending, LLC has agreed to pay $2 million to borrowers"},
		{"Jane Roe stressed that the settlement does not release employees from liability and that her office would continue to review complaints.", "the settlement does not release employees from liability and that her office would continue to review complaints"},
	})
}

// TestClauseGoesOnAfterSubjectAndPastVerb: what was said with a subject
// and a past verb of its own ("the bloc remained committed …") goes on
// through "and" and the subject's second predicate; an object before
// "and" still ends it ("called the vote “a farce” and urged …").
func TestClauseGoesOnAfterSubjectAndPastVerb(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"The representative said the bloc remained committed to the plan and would support efforts to make it faster.", "the bloc remained committed to the plan and would support efforts to make it faster"},
	})
}

// textWant is a text and the quote a rule must find in it, whole.
type textWant struct{ text, want string }

// subjectCueQuotes checks that the subject-cue rule finds each case's
// quote, exactly its want.
func subjectCueQuotes(t *testing.T, cases []textWant) {
	t.Helper()
	for _, tc := range cases {
		q := ruleQuote(t, tc.text, tc.want, quotes.SubjectCue)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestClauseEndAtTimeAfterQuotedWords: reported speech that ends in quoted
// words ends there when a day of the week follows: the day is the
// saying's; another time is what was said's.
func TestClauseEndAtTimeAfterQuotedWords(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"Roe blasted Doe as a “disgrace” Wednesday on a morning radio show.", "Doe as a “disgrace”"},
		{"Roe called the plan “a giveaway” on Tuesday in Kelvale.", "the plan “a giveaway”"},
		{"Roe said residents had felt “forgotten” last winter.", "residents had felt “forgotten” last winter"},
		{"Roe said the plan was “a giveaway” for developers.", "the plan was “a giveaway” for developers"},
	})
}

// TestClauseGoesOnAfterReportedModal: ", and" and a modal of reported
// speech that the clause's own predicate holds before it is the reported
// clause's second predicate; a modal before a verb of saying is the
// writer's.
func TestClauseGoesOnAfterReportedModal(t *testing.T) {
	subjectCueQuotes(t, []textWant{
		{"Jane Roe told the gathering that applications would open on Monday, June 16, and could be made online or at any district office.", "applications would open on Monday, June 16, and could be made online or at any district office"},
		{"Jane Roe said the plan would cost more, and would not say by how much.", "the plan would cost more"},
	})
}
