package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestParticipleOfLaterClause: a participle of saying after a clause of
// its own (after ", and" or "while") shares that clause's subject, not the
// subject of the sentence's earlier attribution.
func TestParticipleOfLaterClause(t *testing.T) {
	for _, tc := range []struct{ text, prefix, family, name string }{
		{"Jane Roe argued that the system is rigged, while her main rival, Bob Doe, has soared in the polls by saying that the banks must be broken up.",
			"the banks must be broken up", "Doe", ""},
		{"Protest groups say the rules are unfair, and the Kelvale Civil Liberties Union has already sued the city over the rule, saying it violates free speech.",
			"it violates free speech", "", "Kelvale Civil Liberties Union"},
	} {
		q := ruleQuote(t, tc.text, tc.prefix, quotes.Participle)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Speaker, tc.text)
		if tc.family != "" {
			assert.Equal(t, tc.family, q.Speaker.Family, tc.text)
		} else {
			assert.Equal(t, tc.name, q.Speaker.Name, tc.text)
		}
	}
	// With no clause of its own in between, the earlier subject stays.
	q := ruleQuote(t, "Jane Roe said the plan was late, saying it was overdue.", "it was overdue", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}

// TestParticipleSubjectNotObject: the participle's subject is the name
// before an appositive, not the object of the predicate after it.
func TestParticipleSubjectNotObject(t *testing.T) {
	text := "76-year-old Dara Quill, founder of the Kelvale Institute, endorsed Bob Roe last week, saying he “has consistently demonstrated his deep commitment to conservative principles.”"
	q := ruleQuote(t, text, "he “has consistently", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
}

// TestNounCoordinationIsNoCue: a base or -s form of a verb of saying
// after "and" that a noun follows is a noun ("call sheets", "answers
// have been edited"); "and say they’re …" stays a verb.
func TestNounCoordinationIsNoCue(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "The report was based on her calendar and call sheets maintained by her closest aides."
	d := x.Extract(text)
	checkSpans(t, text, d)
	assert.Empty(t, d.Quotes, "a noun compound is no quote")
	q := ruleQuote(t, "Dara Quill and Bob Roe have defended their speeches and say they’re not worried about the rules.", "they’re not worried", quotes.Participle)
	require.NotNil(t, q)
}

// TestParticipleSharesMainSubject: a participle after a comma shares the
// subject of the main clause, not of a clause subordinate to it after
// "that" or "after": "Jane Roe repeated claims that Bob Doe recites the
// same lines, calling him …". After "when", the clause's own subject:
// "…, when the protesters interrupted her, shouting …".
func TestParticipleSharesMainSubject(t *testing.T) {
	for text, want := range map[string]string{
		"Jane Roe, the county's sitting mayor, repeated claims that Bob Doe recites the same lines, calling him a “talented guy.”": "Roe",
		"Jane Roe apologized for the columns after they came out, saying they were old and had “nothing to do with” her work.":     "Roe",
	} {
		q := ruleQuote(t, text, "", quotes.Participle)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, want, q.Speaker.Family, text)
	}
	q := ruleQuote(t, "The first incident came during a speech by Jane Roe, when Bob Doe's supporters interrupted her, shouting “she wins, we lose!”", "", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.NotEqual(t, "Roe", q.Speaker.Family)
}

// TestParticipleAfterDescriptionWithComplement: the subject of the
// sentence is a description with a prepositional complement ("A
// spokeswoman for the committee"); the past form after it is its verb,
// not part of the complement, and the participle is the description's.
func TestParticipleAfterDescriptionWithComplement(t *testing.T) {
	text := "A spokeswoman for the committee emailed reporters, arguing, “As you can see, the law says nothing of the kind.”"
	q := ruleQuote(t, text, "As you can see", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "A spokeswoman for the committee", q.Mention.Text)
}

// TestParticipleAfterWithDescription: in an absolute construction after
// "with", a description that names speakers without a name ("many
// marchers and spectators", "one of her ads") is the participle's subject.
func TestParticipleAfterWithDescription(t *testing.T) {
	for _, tc := range []struct{ text, prefix, mention string }{
		{"The parade moved slowly down Kelvale Avenue, with many marchers and spectators chanting “We are one city.”", "We are one city", "many marchers and spectators"},
		{"Jane Roe tied her rival to the governor, with one of her ads asking, “Is John Doe independent enough to serve?”", "Is John Doe independent", "one of her ads"},
	} {
		q := ruleQuote(t, tc.text, tc.prefix, quotes.Participle)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Mention, tc.text)
		assert.Equal(t, tc.mention, q.Mention.Text)
	}
	// No quotation after the participle: no speech ("with all three
	// segments reporting increases").
	assert.Nil(t, ruleQuote(t, "Revenue rose in the fourth quarter, with all three segments reporting increases in sales.", "increases", quotes.Participle))
}

// TestParticipleOfSimultaneousClause: a participle of saying right after
// a clause of time or place ("as …", "where …") that names someone goes
// with that clause's subject, not with the sentence's.
func TestParticipleOfSimultaneousClause(t *testing.T) {
	for _, tc := range []struct{ text, prefix, mention string }{
		{"Jane Roe asks the clerk a question as a janitor walks in front of her, saying he is “here to fix the lights.”",
			"he is", "a janitor"},
		{"Roe spoke near the plant, where about 50 workers had gathered on Wednesday morning, chanting “no contract, no work” after the talks failed.",
			"no contract", "about 50 workers"},
	} {
		q := ruleQuote(t, tc.text, tc.prefix, quotes.Participle)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Mention, tc.text)
		assert.Equal(t, tc.mention, q.Mention.Text, tc.text)
	}
	// "as" before a noun, or a clause of no one, leaves the sentence's subject.
	for _, text := range []string{
		"Jane Roe denounced the levy as a waste and a fraud, saying it would ruin the town.",
		"Jane Roe spoke as the sun set, saying the town would recover.",
	} {
		q := ruleQuote(t, text, "it would ruin", quotes.Participle)
		if q == nil {
			q = ruleQuote(t, text, "the town would", quotes.Participle)
		}
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Roe", q.Speaker.Family, text)
	}
}

// TestParticipleAfterFrontedSubordinate: when the sentence's earlier
// attribution lies in a subordinate clause that opens it ("While …"), a
// participle after the main clause shares the main clause's subject.
func TestParticipleAfterFrontedSubordinate(t *testing.T) {
	for _, text := range []string{
		"While most of his rivals called for more spending, John Doe held to the governor's approach, noting that the budget was already stretched.",
		"In a September debate, while most of his rivals called for a bigger effort, also known as a surge, John Doe held to the governor's approach, noting that the budget was already stretched.",
	} {
		q := ruleQuote(t, text, "the budget was", quotes.Participle)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Doe", q.Speaker.Family, text)
	}
}

// TestParticipleInRelativeClause: a participle or coordinated verb of
// saying inside a relative clause opened by "who" has "who" as its
// mention and the antecedent as its speaker; a comma that closed the
// clause before the participle leaves it to the main clause.
func TestParticipleInRelativeClause(t *testing.T) {
	for _, tc := range []struct{ text, prefix, family string }{
		{"For an hour, the nominee sat with House Speaker Paul Roe, who just a week ago surprised the nominee by declaring he couldn't yet support his candidacy.",
			"he couldn't", "Roe"},
		{"“This is one of Jane's friends,” Tom Lee told Annette Poe, who answered her door Sunday afternoon and said she planned to caucus for Kim.",
			"she planned", "Poe"},
	} {
		q := ruleQuote(t, tc.text, tc.prefix, quotes.Participle)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Mention, tc.text)
		assert.Equal(t, "who", q.Mention.Text, tc.text)
		require.NotNil(t, q.Speaker, tc.text)
		assert.Equal(t, tc.family, q.Speaker.Family, tc.text)
	}
	text := "This year, Jane Roe rose to the defense of Bob Doe, the embattled president of the league, who is under investigation, saying Doe should be awarded a prize."
	q := ruleQuote(t, text, "Doe should be", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}

// TestParticipleSubjectStyledAfterTitle: a name set off after its title
// with a style before it and letters after it ("the Hon. Jane Roe MLA")
// is the subject a participle shares, not the title before it.
func TestParticipleSubjectStyledAfterTitle(t *testing.T) {
	for _, text := range []string{
		"Kelvo's Minister for Ports, the Hon. Dara Quill MLA, welcomed the plan, saying it showed “Kelvo can build ships again.”",
		"Kelvo's Minister for Ports and Harbours; Energy; Industry and Trade, the Hon. Dara Quill MLA, welcomed the plan, saying it showed “Kelvo can build ships again.”",
	} {
		q := ruleQuote(t, text, "it showed", quotes.Participle)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Quill", q.Speaker.Family, text)
	}
}
