package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// TestDescriptionWithModifierBeforeAppositive: a description whose head
// has a short modifier, then an appositive, opens the sentence as the
// subject.
func TestDescriptionWithModifierBeforeAppositive(t *testing.T) {
	text := "The employee of nearly four years, a registered Republican, said she became pregnant last year."
	q := ruleQuote(t, text, "she became pregnant", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "The employee", q.Mention.Text)
}

// TestDescriptionAfterComma: an attribution that closes its sentence
// with a description opening with an article ("…, a wide array of
// economists say") reports what comes before it.
func TestDescriptionAfterComma(t *testing.T) {
	for _, text := range []string{
		"The recovery was limited, a wide array of economists say.",
		"The pilot was kind and responsible, a Kelvale airport official told reporters.",
	} {
		want := "The recovery was limited"
		if strings.HasPrefix(text, "The pilot") {
			want = "The pilot was kind and responsible"
		}
		q := ruleQuote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
		require.NotNil(t, q.Speaker, text)
	}
}

// TestTitleInAppositive: a quoted title inside an appositive ("the
// co-author of “Going Viral,”", "wearing “Roe 2028” campaign pins") does
// not end the subject's phrase.
func TestTitleInAppositive(t *testing.T) {
	text := "Dara Quill, the co-author of “Going Viral,” about the spread of rumors, said the days of a shared story are gone."
	q := ruleQuote(t, text, "the days of a shared story", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
	text = "“We have had better conventions than this one,” delegate Bill Eastwick, wearing a cowboy hat and “Dara Quill” campaign pins, said as confetti fell."
	q = ruleQuote(t, text, "We have had better conventions", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Eastwick", q.Speaker.Family)
}

// TestHedgedShareWithAppositive: a share of people with its figure set
// off by commas ("Just over a quarter, 26 percent, say …") is the subject.
func TestHedgedShareWithAppositive(t *testing.T) {
	q := ruleQuote(t, "Among likely voters, most back Roe. Just over a quarter, 26 percent, say they will vote for someone else.", "they will vote for someone else", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "Just over a quarter", q.Mention.Text)
}

// TestDescriptionThroughCommaInName: a comma inside a body's name does not
// end the description that names the speaker.
func TestDescriptionThroughCommaInName(t *testing.T) {
	text := "A spokesperson for the Ministry of Housing, Communities and Local Government said the plan was working."
	q := ruleQuote(t, text, "the plan was working", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "spokesperson for the Ministry of Housing, Communities and Local Government", q.Speaker.Name)
	assert.Equal(t, "Ministry of Housing, Communities and Local Government", q.Speaker.Organization.Name)
}

// TestClassYearAfterName: a class year after a student's name ("’27")
// opens no quotation and does not cut the name from its appositive.
func TestClassYearAfterName(t *testing.T) {
	text := "Lead student author Dara Quill ’27, a chemistry major from Rivertown, says the team spent the winter in the creek."
	q := ruleQuote(t, text, "the team spent the winter in the creek", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Contains(t, q.Speaker.Titles, "chemistry major from Rivertown")
}

// TestNameTitleBodySubject: "Jane Roe, Chairman, Kelvo Bank, said" has
// the person for subject; the body after her title is hers.
func TestNameTitleBodySubject(t *testing.T) {
	text := "Dara Quill, Chairman, Kelvo Bank, said that the bank had waited for a partner."
	q := ruleQuote(t, text, "the bank had waited for a partner", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, "Kelvo Bank", q.Speaker.Organization.Name)
}

// TestClauseStartsAfterThough: "though", "although", "because" and
// "whereas" open a clause, so the subject of a verb of saying after them
// starts there: "…, though her financial disclosure suggests she gave the
// fees to charity."
func TestClauseStartsAfterThough(t *testing.T) {
	q := ruleQuote(t, "Jane Roe gave two paid speeches in October, though her financial disclosure suggests she gave the fees to charity.", "she gave", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "her financial disclosure", q.Mention.Text)
}

// TestNameAfterBodyKindInAppositive: "Jane Roe, founder of the
// Kelvale-based delivery start-up Runna, said": the subject is the
// person, not the body named after its kind.
func TestNameAfterBodyKindInAppositive(t *testing.T) {
	text := "The youngest panellist, 24-year-old Dara Quill, founder of the Kelvale-based delivery start-up Runna, said her first paid job had taught her a lot."
	q := ruleQuote(t, text, "her first paid job", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestDescriptionThenNameOfUnit: "The study's senior author, Professor
// Jane Roe of Kelvale University's College of Marine Science, cautioned
// that …": the name, before the body and its unit.
func TestDescriptionThenNameOfUnit(t *testing.T) {
	text := "The study’s senior author, Professor Dara Quill of Kelvale University’s College of Marine Science, cautioned that the work shows an association."
	q := ruleQuote(t, text, "the work shows an association", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestShareBeforeRestrictiveWho: a share of people named by numbers alone
// right before a restrictive "who" ("compared with four in 10 who said",
// "including some who warned") is the antecedent; the mention is "who".
func TestShareBeforeRestrictiveWho(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Almost half said they wanted an outsider, compared with four in 10 who said they preferred a veteran of the council.", "they preferred a veteran"},
		{"The plan drew criticism from both parties, including some who warned it could raise rents.", "it could raise rents"},
	} {
		q := ruleQuote(t, c.text, c.want, quotes.SubjectCue)
		require.NotNil(t, q, c.text)
		require.NotNil(t, q.Mention, c.text)
		assert.Equal(t, "who", q.Mention.Text, c.text)
	}
}

// TestTitleCommaInsideClosingMark: the comma that closes an appositive may
// stand inside the closing mark of a title that ends it, as American
// punctuation puts it; the subject is still the name before the
// appositive, with “…” and with doubled apostrophes.
func TestTitleCommaInsideClosingMark(t *testing.T) {
	for _, text := range []string{
		"John Roe, the author of “The Old Law,” said, “The court should wait.”",
		"As John Roe, professor of law at Yale and author of ''The Old Law,'' put it, ''The court should wait.''",
	} {
		q := ruleQuote(t, text, "The court should wait.", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Roe", q.Speaker.Family, text)
	}
}

// TestTitleWithFieldAsSubject: a title with its field after "of", the
// field a noun no list knows as a speaker's head ("state", "staff"), is
// the subject of the verb after it.
func TestTitleWithFieldAsSubject(t *testing.T) {
	for _, text := range []string{
		"Jane Roe spoke on Sunday. The head of state said the plan would work.",
		"Jane Roe spoke on Sunday. The former secretary of state said the plan would work.",
		"Jane Roe spoke on Sunday. The chief of staff said the plan would work.",
	} {
		q := ruleQuote(t, text, "the plan would work", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Mention, text)
		assert.Contains(t, q.Mention.Text, " of ", text)
	}
}

// TestClauseAfterCommaIsNoAppositive: lower-case words after a comma
// that open a clause with "where", "when" or "as" hold the verb's own
// subject; the name before the comma is not an appositive's head.
func TestClauseAfterCommaIsNoAppositive(t *testing.T) {
	for _, tc := range []struct{ text, prefix, mention string }{
		{"One bastion of support is in the county's 1st District, where local party leaders say the mayor has shown more strength than elsewhere.",
			"the mayor has shown", "local party leaders"},
		{"The furor extended to Kelvale Stadium, where a young boy shouted, “Go home!”", "Go home", "a young boy"},
	} {
		q := ruleQuote(t, tc.text, tc.prefix, quotes.SubjectCue)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Mention, tc.text)
		assert.Equal(t, tc.mention, q.Mention.Text, tc.text)
	}
}

// TestTimeBeforeAppositiveSubject: a day set off by a comma at the start
// of the sentence is a time, not the subject the appositives after it
// describe: "Friday, Texas, leading a coalition of 13 states, asked …".
func TestTimeBeforeAppositiveSubject(t *testing.T) {
	text := "Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules."
	q := ruleQuote(t, text, "a federal judge", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "Texas", q.Mention.Text)
}

// TestTitleOfBodyBeforeName: a postposed attribution whose subject is a
// title with the place or body it serves, set off before the name ("…,
// the Lord Mayor of Kelvo, Ms. Dara Quill, announced") starts at the
// title's article: the quote ends at the comma before it.
func TestTitleOfBodyBeforeName(t *testing.T) {
	for _, text := range []string{
		"Kelvo Transit Authority will launch night buses, the Lord Mayor of Kelvo, Ms. Dara Quill, announced today.",
		"Kelvo Transit Authority will launch night buses, the Minister for Transport, Dara Quill, told reporters.",
		"Kelvo Transit Authority will launch night buses, the Special Envoy for Kelvania, Dara Quill, said.",
		"Kelvo Transit Authority will launch night buses, the city's Lord Mayor, Dara Quill, said.",
	} {
		q := ruleQuote(t, text, "Kelvo Transit Authority", quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, "Kelvo Transit Authority will launch night buses", q.Text, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Quill", q.Speaker.Family, text)
	}
}

// TestNameWithTagThenBody: a name with a party's tag in parentheses and
// "of" a body is one subject; the speaker is the person, not the body.
func TestNameWithTagThenBody(t *testing.T) {
	text := "Councillor Dara Quill (Labour) of Kelby Municipality said she would ask the committee to follow the figures."
	q := ruleQuote(t, text, "she would ask the committee to follow the figures", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestTitledAppositiveWithoutClosingComma: a name set off from its
// capitalized title by a comma, the title running into the verb with no
// closing comma, is the speaker; the name is no quotation.
func TestTitledAppositiveWithoutClosingComma(t *testing.T) {
	text := "The Kelby Relief Agency opened boreholes.\n\n“We registered 400 arrivals,” Dara Quill, Head of the Water Unit said."
	q := ruleQuote(t, text, "We registered 400 arrivals", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Nil(t, ruleQuote(t, text, "Dara Quill", quotes.SubjectCue), "the name is no quotation")
}

// TestSubjectAfterSubordinator: a conjunction that is also a preposition
// ("as", "after", "since") opens a clause, and the subject of its verb
// of saying starts after it, modifier and all: "as officials in the
// county said"; "as a wake-up call for …" opens none.
func TestSubjectAfterSubordinator(t *testing.T) {
	for _, tc := range []struct{ text, want, speaker string }{
		{"The ferry kept running as officials in the county said it would.", "it would", "officials in the county"},
		{"The council met after residents of the harbor district said the tolls were unfair.", "the tolls were unfair", "residents of the harbor district"},
		{"Tolls rose, even as advocates for the island towns called for a freeze on fares.", "a freeze on fares", "advocates for the island towns"},
	} {
		q := ruleQuote(t, tc.text, tc.want, quotes.SubjectCue)
		if assert.NotNil(t, q, tc.text) {
			assert.Equal(t, tc.want, q.Text, tc.text)
			if assert.NotNil(t, q.Mention, tc.text) {
				assert.Equal(t, tc.speaker, q.Mention.Text, tc.text)
			}
		}
	}
}

// TestLegalFormOfSeveralWordsInAppositive: a company's legal form of
// several words, set off by commas after its name, is neither the
// subject nor a title: the person named before the description is.
func TestLegalFormOfSeveralWordsInAppositive(t *testing.T) {
	text := "Representing the sector, Lic. Dara Quill, Chief Executive Officer of Kelvo Peninsular, S.A. de C.V., which will build two plants, said: “Our engineers are from here.”"
	q := ruleQuote(t, text, "Our engineers are from here.", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, "Kelvo Peninsular", q.Speaker.Organization.Name)
	assert.Equal(t, []string{"Lic.", "Chief Executive Officer of Kelvo Peninsular"}, q.Speaker.Titles)
}

// TestSubjectPastWhoseClause: a relative clause opened by "whose" and set
// off by commas is no part of the subject, and a name inside it is no
// clause's subject.
func TestSubjectPastWhoseClause(t *testing.T) {
	text := "Division 4 Councillor Dara Quill, whose division includes Kelvo Creek, noted that many residents had been waiting for an offer."
	q := ruleQuote(t, text, "many residents had been waiting for an offer", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)

	doc := extractLaidOut(t, "City Councillor Dara Quill, whose ward covers Shalu and Kelvo Creek, welcomed the decision but urged the city to publish the plans before work begins.")
	for _, q := range doc.Quotes {
		require.NotNil(t, q.Speaker)
		assert.Equal(t, "Dara Quill", q.Speaker.Name)
	}
}

// TestCouncilAloneIsTheIssuer: "Council" alone, a word the lists know as
// a body's, stands for the issuer whose name ends in it.
func TestCouncilAloneIsTheIssuer(t *testing.T) {
	d := extractLaidOut(t, "KELVO COAST REGIONAL COUNCIL\n\nCouncil adopts flood plan\n\nKelvo Coast Regional Council has adopted a plan.\n\nCouncil has repeatedly warned residents that insurance premiums are likely to keep rising.\n")
	q := quoteOf(t, d, "insurance premiums are likely to keep rising")
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Kelvo Coast Regional Council", q.Speaker.Name)
}

// TestPoliceInThePolicesRelease: "police" and "Police said" in a police
// force's release are the force, even where its body text never names it.
func TestPoliceInThePolicesRelease(t *testing.T) {
	d := extractLaidOut(t, "KELVO POLICE\n\nSix charged over investment scam\n\nSix people have been charged after a long investigation.\n\nAccording to police, victims were first contacted through social media advertisements.\n\nPolice said the investigation was continuing.\n")
	for _, want := range []string{"victims were first contacted through social media advertisements", "the investigation was continuing"} {
		q := quoteOf(t, d, want)
		require.NotNil(t, q.Speaker, want)
		assert.Equal(t, "KELVO POLICE", q.Speaker.Name, want)
	}
}

// TestAppositiveClosedByDash: an appositive whose closing comma is the
// first of two dashes around an aside ("Jane Roe, director of …- which
// …- said") gives the name before the appositive, not the title.
func TestAppositiveClosedByDash(t *testing.T) {
	text := "Dara Quill, communications director of the group Democracy for Kelvania - which has endorsed the senator - said the senator has several options."
	q := ruleQuote(t, text, "the senator has several options", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestAppositivePostDash: a dash between a post and its field inside an
// appositive ("Jane Roe, Head – Sales, Kelvo Bank, said") is no aside's
// edge: the subject is the name, not the body.
func TestAppositivePostDash(t *testing.T) {
	text := "The centre opened. Dara Quill, Head – Sales, Kelvo Bank, said the centre would employ 450 people."
	q := ruleQuote(t, text, "the centre would employ 450 people", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestParentByChildren: an indefinite description by the number of
// one's children ("A mother of two said") is a new speaker; the number is
// no quantifier subject and no adjective.
func TestParentByChildren(t *testing.T) {
	for _, text := range []string{
		"The food bank is busy. A mother of two said the shelves were empty.",
		"The food bank is busy. A father of 3 said the shelves were empty.",
	} {
		q := ruleQuote(t, text, "the shelves were empty", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Contains(t, q.Speaker.Name, " of ", text)
	}
}

// TestLocalTitleForThePersonJustNamed: a bare title in another language
// than English ("the Bürgermeisterin said") stands for the person just
// named with an English title, who takes it as a title of hers.
func TestLocalTitleForThePersonJustNamed(t *testing.T) {
	q := soleSpeakerQuote(t, "Andrea Quill, mayor of Kelvstadt, stood on the dike. “Our residents can sleep again,” the Bürgermeisterin said.")
	assert.Equal(t, "Andrea Quill", q.Speaker.Name)
	assert.Contains(t, q.Speaker.Titles, "Bürgermeisterin")
}

// TestFamilyNameFirstInCapitals: a name written family name first in
// capitals ("NAKAMURA Aya") is the person a later "Nakamura added" names,
// not an organization the model guessed.
func TestFamilyNameFirstInCapitals(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract("NAKAMURA Aya, Managing Executive Officer at Kelvo Mart Holdings, said: “Our drivers are aging.” Nakamura added that no warehouse employees would be laid off.")
	require.Len(t, d.Quotes, 2)
	for _, q := range d.Quotes {
		require.NotNil(t, q.Speaker, q.Text)
		assert.Equal(t, "NAKAMURA Aya", q.Speaker.Name, q.Text)
	}
}

// TestNordicNames: a body's capitalized name after "of the" in an
// appositive is no subject ("President of the NUT Students’
// Representation (NUT SA)"), nor an antecedent ("chair of the IF Metall
// workplace club … he said"); an Icelander is called by the given name
// ("says Þórhildur"); "af" is a particle of a Swedish family name.
func TestNordicNames(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	for _, c := range []struct{ text, speaker string }{
		{"Ugnė Quillaitė, President of the NUT Students’ Representation (NUT SA), said that students had long asked for “a place where we can build devices.”", "Ugnė Quillaitė"},
		{"Emil Quillund, chair of the IF Metall workplace club at the plant, welcomed the news. “It secures work for our members,” he said.", "Emil Quillund"},
		{"Þórhildur: “No one should pay more”\n\nThe Minister of Environment, Þórhildur Quillsdóttir, has opened a fund.", "Þórhildur Quillsdóttir"},
		{"Speaking for the Centre Group, Jonas Quill af Klercker (Sweden) warned that a strategy without money would fail.", "Jonas Quill af Klercker"},
	} {
		d := x.Extract(c.text)
		require.NotEmpty(t, d.Quotes, c.text)
		q := d.Quotes[0]
		require.NotNil(t, q.Speaker, c.text)
		assert.Equal(t, c.speaker, q.Speaker.Name, c.text)
	}
}

// TestStyledFirstGivenName: a styled first given name alone, as
// Indonesian texts call people ("Prof. Bambang says …" in a headline over
// "Prof. Dr. Bambang Setiadi Wirawan" in the body), names the one person
// whose given names open with it, before and after the full name.
func TestStyledFirstGivenName(t *testing.T) {
	text := "Lead researcher Prof. Dara says film could replace sachets \"within five years\"\n\n" +
		"\"We wanted to connect those two facts,\" says Prof. Dr. Dara Setia Quillwan, professor of chemical engineering at the university.\n\n" +
		"Prof. Dara says the film can be produced with existing equipment."
	d := extractPlain(t, text)
	for _, q := range []string{"film could replace sachets \"within five years\"", "the film can be produced with existing equipment"} {
		assert.Equal(t, "Dara Setia Quillwan", speakerOf(t, d, q), q)
	}
}

// TestLabelEndsInStyledName: a quotation's label that ends in its
// speaker's styled name set off after the title ("Quotes attributable to
// Kelvo Transport Deputy Director-General, Dr Jane Roe:") gives that
// person, not the body before the post that the recognizer took for one.
func TestLabelEndsInStyledName(t *testing.T) {
	q := soleSpeakerQuote(t, "Quotes attributable to Transport Kelvo Deputy Director-General, Dr Kwame Quill:\n\n\"Electric buses are quieter and smoother.\"\n")
	assert.Equal(t, "Kwame Quill", q.Speaker.Name)
	assert.Equal(t, "Transport Kelvo", q.Speaker.Organization.Name)
}

// TestJointBodies: two bodies joined by "and" that open the clause speak
// through the first, as two people do.
func TestJointBodies(t *testing.T) {
	q := soleSpeakerQuote(t, "The Kelvo Children's Fund (KCF) and the Kelvo Food Programme (KFP) today warned that acute malnutrition has reached its highest level.")
	assert.Equal(t, "Kelvo Children's Fund", q.Speaker.Name)
}

// soleSpeakerQuote extracts text with the default extractor and returns
// its one quotation, which must have a speaker.
func soleSpeakerQuote(t *testing.T, text string) quotes.Quote {
	t.Helper()
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	require.NotNil(t, d.Quotes[0].Speaker)
	return d.Quotes[0]
}

// TestWhoAfterInvertedSpeaker: a relative clause with its own verb of
// saying after an inverted attribution is the speaker's, whatever comes
// between the name and "who": a prepositional phrase ("one delegate
// familiar with the talks", "Jane Roe of Kelvo Robotics") or a
// description set off by commas ("Jane Roe, chief executive of Kelvo
// Robotics"), which names no second person.
func TestWhoAfterInvertedSpeaker(t *testing.T) {
	for _, c := range []struct{ text, family string }{
		{"“It was not convincing,” said one delegate familiar with the talks, who added that the council seemed rattled.", ""},
		{"“We are proud,” said Jane Roe of Kelvo Robotics, who added that the plant would open in May.", "Roe"},
		{"“We are proud,” said Jane Roe, chief executive of Kelvo Robotics, who added that the plant would open in May.", "Roe"},
		{"“We are proud,” said Jane Roe, John Doe's deputy, who added that the plant would open in May.", "Roe"},
		{"“We are proud,” said Jane Roe, of Kelvo Robotics, who added that the plant would open in May.", "Roe"},
	} {
		x, err := quotes.New(quotes.WithLayout(false))
		require.NoError(t, err)
		d := x.Extract(c.text)
		checkSpans(t, c.text, d)
		require.Len(t, d.Quotes, 2, c.text)
		first, second := d.Quotes[0], d.Quotes[1]
		assert.True(t, strings.HasSuffix(c.text, " that "+strings.TrimPrefix(second.Text, "that ")+"."), c.text)
		require.NotNil(t, second.Speaker, c.text)
		assert.Same(t, first.Speaker, second.Speaker, c.text)
		if c.family != "" {
			assert.Equal(t, c.family, second.Speaker.Family, c.text)
		}
	}
}

// TestDayInParenthesesAfterToday: "today (Friday)" between the subject and
// its verb, as Irish government releases write it, is a time: the subject
// is the minister, not "(Friday)".
func TestDayInParenthesesAfterToday(t *testing.T) {
	text := "The Minister for the Marine, Dara Quill TD, today (Friday) announced funding of €48 million for the repair and upgrade of 37 fishery harbours and local authority piers in eleven coastal counties, and confirmed that works at twelve of the sites will begin before the summer."
	q := ruleQuote(t, text, "works at twelve of the sites", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestItalianHonourableAbbreviation: "On." (Onorevole, an Italian member's
// style) ends no sentence: "presented by Kelvo Deputy Secretary-General
// Jane Roe together with On. John Doe" keeps her title.
func TestItalianHonourableAbbreviation(t *testing.T) {
	text := "The Survey was presented in Rome by Kelvo Deputy Secretary-General Dara Quill together with On. Bob Poe, Vice Minister. “Kelvania has many world-class firms,” said Ms Quill."
	q := ruleQuote(t, text, "Kelvania has many world-class firms", quotes.CueSubject)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Contains(t, q.Speaker.Titles, "Kelvo Deputy Secretary-General")
}

// TestTimeOwningTheSubject: a sentence whose subject a time owns
// ("Sunday’s elections offered voters a choice, observers said") is what
// was said, not an adverbial opener with no clause after it.
func TestTimeOwningTheSubject(t *testing.T) {
	for _, text := range []string{
		"Sunday’s elections offered voters a genuine choice, observers said.",
		"Last Sunday’s elections offered voters a genuine choice, observers said.",
	} {
		want := strings.TrimSuffix(text, ", observers said.")
		q := ruleQuote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
	}
}

// TestArticleAndSaidNounSubject: a singular noun that is also a verb of
// saying, right after an article, is the subject's head ("The state
// admitted that …"); its plural stays out of it.
func TestArticleAndSaidNounSubject(t *testing.T) {
	text := "On Monday, the state admitted that it had erred when the Kelvale clinic reported high lead levels."
	q := ruleQuote(t, text, "it had erred", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "the state", q.Mention.Text)
	text = "The calls claimed that a doctor had already ordered the device."
	if q := ruleQuote(t, text, "a doctor had already ordered the device", quotes.SubjectCue); q != nil && q.Mention != nil {
		assert.NotEqual(t, "The calls", q.Mention.Text)
	}
}

// TestTitleThenNameThenBody: a speaker's phrase after the verb that opens
// with a title, then a name, then the body ("said Special Agent in Charge
// Dara Quill of the Kelvo Office of Inspector General") is the named
// person, not the one the text gave that title before.
func TestTitleThenNameThenBody(t *testing.T) {
	text := "Special Agent in Charge Jon Doe said the agents had worked for months.\n\n" +
		"“Fraud takes resources away from patients,” said Special Agent in Charge Dara Quill of the Kelvo Department of Health Office of Inspector General."
	q := ruleQuote(t, text, "Fraud takes resources away", quotes.CueSubject)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
	assert.Equal(t, "Kelvo Department of Health Office of Inspector General", q.Speaker.Organization.Name)
}

// TestPartyTagSegment: a US party's letters and a member's home set off by
// commas after the name, before another appositive, are hers, not the
// subject ("State Rep. Dara Quill, R-Kelby, who sponsored the law, said").
func TestPartyTagSegment(t *testing.T) {
	text := "State Rep. Dara Quill, R-Kelby, who sponsored the 2023 law, said the case \"is exactly why we wrote that bill.\""
	q := ruleQuote(t, text, "the case", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
}

// TestMessageOfAuthor: a message of a person's own words, read on her
// behalf, is hers: "«…», reads the message of Ambassador Dara Quill, …,
// delivered by her deputy".
func TestMessageOfAuthor(t *testing.T) {
	text := "«We stand by the health system», reads the message of Ambassador Dara Quill, Head of the EU Delegation to Kelvania, delivered at the ceremony by her deputy, Jon Doe."
	q := ruleQuote(t, text, "We stand by", quotes.CueSubject)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
	assert.Equal(t, speakers.Person, q.Speaker.Kind)
}

// TestTitleNamedAfter: a title in the body with no holder named before it
// stands for the one holder the next sentences name ("The Port
// Commissioner, who toured …, called …" over "Port Commissioner Dara
// Quill said:"); a portfolio's plural before "Minister" is no name
// ("The Floods Minister").
func TestTitleNamedAfter(t *testing.T) {
	for _, title := range []string{"Port Commissioner", "Floods Minister"} {
		text := "The port opened a new berth on Monday.\n\nThe " + title + ", who toured the berth on Monday, called the plan “a model for every port in the country”.\n\n" + title + " Dara Quill said:\n\n“Ships will dock sooner.”"
		q := ruleQuote(t, text, "the plan", quotes.SubjectCue)
		require.NotNil(t, q, title)
		require.NotNil(t, q.Speaker, title)
		assert.Equal(t, "Quill", q.Speaker.Family, title)
	}
}

// TestHolderOfTitledObject: a name with a style of office set off after a
// description that ends with a post after "for the" ("A spokesperson for
// the Minister for Health, the Hon. Dara Quill MP, said") is the post's
// holder, not the subject; a plain name there is the description's.
func TestHolderOfTitledObject(t *testing.T) {
	q := ruleQuote(t, "A spokesperson for the Assistant Minister for Rural Health, the Hon. Dara Quill MP, said: \"The Government has funded 80 places.\"", "The Government has funded", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.NotContains(t, q.Mention.Text, "Quill")
	q = ruleQuote(t, "The spokesman for the Minister, Jon Doe, said the clinic would open.", "the clinic would open", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Doe", q.Speaker.Family)
}

// TestMessageReadOnBehalf: "the message said" after a sentence that names a
// message read on someone's behalf is the author's, not the reader's (the
// one named after "by").
func TestMessageReadOnBehalf(t *testing.T) {
	text := "In a message read out on his behalf by Ms. Ann Lee, the Kelvo Representative in India, Dr. Jon Doe, said the partnership showed promise.\n\n" +
		"\"Farmers have lived through four cyclones in six years,\" the message said."
	q := ruleQuote(t, text, "Farmers have lived", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Doe", q.Speaker.Family)
}

// TestRetiredRankBeforeNameBodyWithAnd: "Major General (Retd) Jane Roe,
// Director Land Equipment at Defence Equipment and Support, said": the
// officer's mark is no name, and the common word after "and" is the
// body's second field, no person; the subject is the officer.
func TestRetiredRankBeforeNameBodyWithAnd(t *testing.T) {
	text := "Major General (Retd) Dara Quill, Director Land Equipment at Defence Equipment and Support (DE&S), said: \"The rebuilt vehicles will be lighter.\""
	sp := ruleSpeaker(t, text, "The rebuilt vehicles will be lighter.", quotes.SubjectCue)
	assert.Equal(t, "Dara Quill", sp.Name)
	assert.Equal(t, "Defence Equipment and Support", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "Major General (Retd)")
}

// TestPostByItsOwnWordAfterName: "Jane Roe, Sarpanch of Nunna Gram
// Panchayat, said": a post the lists do not know, one capitalized word
// before "of" and a body, set off after the name; the subject is the
// name, the word her post, and "she" after it is hers.
func TestPostByItsOwnWordAfterName(t *testing.T) {
	text := "Smt. Dara Quill, Sarpanch of Kelvo Gram Panchayat, said her village had lost a third of its wells. \"If we know the water is going down, we can stop it,\" she said."
	d := extractPlain(t, text)
	for _, want := range []string{"her village had lost a third of its wells", "If we know the water is going down, we can stop it"} {
		sp := speakerStarting(t, d, want)
		assert.Equal(t, "Dara Quill", sp.Name, want)
		assert.Equal(t, []string{"Sarpanch"}, sp.Titles, want)
		assert.Equal(t, "Kelvo Gram Panchayat", sp.Organization.Name, want)
	}
}

// TestBodyAfterTitleAfterLetters: "Jane Roe, IAS, Principal Secretary,
// Kelvo Water Department, said": letters between the name and her title
// do not make the body set off after the title the subject.
func TestBodyAfterTitleAfterLetters(t *testing.T) {
	text := "Dara Quill, IAS, Principal Secretary, Kelvo Water Department, said: \"The Department has good data.\""
	sp := ruleSpeaker(t, text, "The Department has good data.", quotes.SubjectCue)
	assert.Equal(t, "Dara Quill", sp.Name)
}

// TestCompanionWithPostBeforeVerb: "Jane Roe, Minister of Fisheries,
// Oceans and the Kelvo Coast Guard, together with John Doe, Member of
// Parliament for Kelvo North, announced that …": the companion's post,
// then the companion, then the items of the subject's portfolio (a
// plural and a people's adjective among them) are all set off before the
// verb; the subject is the minister, and the body her portfolio lists is
// none she speaks for.
func TestCompanionWithPostBeforeVerb(t *testing.T) {
	text := "From: Kelvo Department of Fisheries\n\nToday, the Honourable Dara Quill, Minister of Fisheries, Oceans and the Canadian Coast Guard, together with Kevin Doucette, Member of Parliament for South Shore—St. Margarets, announced that the government is investing more than $14.2 million in six harbours. The Canadian Coast Guard (CCG) will dredge two of them.\n\nQuotes\n\n“When a breakwater fails, a whole season can go with it.”\n\nThe Honourable Dara Quill, Minister of Fisheries, Oceans and the Canadian Coast Guard"
	d := extractLaidOut(t, text)
	sp := speakerStarting(t, d, "the government is investing")
	assert.Equal(t, "Dara Quill", sp.Name)
	assert.NotEqual(t, "Canadian Coast Guard", sp.Organization.Name)
	for i, ti := range sp.Titles {
		assert.NotContains(t, sp.Titles[:i], ti, "a title given twice")
	}
}

// TestPostByItsInitialsAfterItsHolder: "The PS urged …" after "The
// Principal Secretary for the State Department for Public Health, Mr.
// Jane Roe, said": the initials of the post's head words name its one
// holder, and are a title she is given.
func TestPostByItsInitialsAfterItsHolder(t *testing.T) {
	text := "The Principal Secretary for the State Department for Public Health, Mr. Dara Quill, said the Ministry will pay the stipends monthly. The PS urged county governments to release their share on time."
	sp := ruleSpeaker(t, text, "county governments to release", quotes.SubjectCue)
	assert.Equal(t, "Dara Quill", sp.Name)
	assert.Contains(t, sp.Titles, "PS")
}

// TestPostWithModifierThenBody: "Jane Roe, Permanent Secretary, Federal
// Ministry of Health, said": a title that opens with a modifier
// ("Permanent") is still a title after the name, so the body set off
// after it is hers, not the subject; and "Permanent Secretary of the
// Federal Ministry of Health" names that ministry as her body, not a
// portfolio.
func TestPostWithModifierThenBody(t *testing.T) {
	for _, text := range []string{
		"Dara Quill, Permanent Secretary, Federal Ministry of Health, said the Ministry would pay the stipends.",
		"Dara Quill, Permanent Secretary of the Federal Ministry of Health, said the Ministry would pay the stipends.",
	} {
		q := ruleQuote(t, text, "the Ministry would pay", quotes.SubjectCue)
		require.NotNil(t, q, text)
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Dara Quill", q.Speaker.Name, text)
		assert.Equal(t, "Federal Ministry of Health", q.Speaker.Organization.Name, text)
	}
}

// TestCountyGovernorServesTheCountyGovernment: "Kisumu County Governor
// Jane Roe" where the text names "the County Government of Kisumu": the
// place's government, named without the place's kind, speaks for her,
// whichever way the title names the county.
func TestCountyGovernorServesTheCountyGovernment(t *testing.T) {
	for _, text := range []string{
		"Kelvo County Governor H.E. Prof. Dara Quill thanked the Ministry. \"The County Government of Kelvo will match this investment,\" said the Governor.",
		"The County Government of Kelvo hosted the launch. Governor of Kelvo County Dara Quill said: \"We will match this investment.\"",
	} {
		d := extractPlain(t, text)
		require.NotEmpty(t, d.Quotes, text)
		q := d.Quotes[len(d.Quotes)-1]
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "Dara Quill", q.Speaker.Name, text)
		assert.Equal(t, "County Government of Kelvo", q.Speaker.Organization.Name, text)
	}
}

// TestGroupBeforeNameThenDescriptionAndPlace: "One of those farmers,
// Jane Roe, a suckler farmer from near Kelvo, Co Orrin, told researchers
// that …": the group she is one of, her name, her description and the
// county set off after it; the subject is the name, and the town she
// lives near is no body she speaks for.
func TestGroupBeforeNameThenDescriptionAndPlace(t *testing.T) {
	text := "One of those farmers, Pat Brennan, a 71-year-old suckler farmer from near Ballymahon, Co Longford, told researchers that he had lain in a shed for two hours."
	sp := ruleSpeaker(t, text, "he had lain in a shed", quotes.SubjectCue)
	assert.Equal(t, "Pat Brennan", sp.Name)
	assert.Empty(t, sp.Organization.Name)
}

// TestJuniorMinisterOfADepartmentWithAListedField: "Minister of State at
// the Department of Agriculture, Food and the Marine with responsibility
// for farm safety, Jane Roe TD, said": the department's last field after
// its article is in its name, and the portfolio in lower case after "with
// responsibility for" is in her title.
func TestJuniorMinisterOfADepartmentWithAListedField(t *testing.T) {
	text := "Minister of State at the Department of Agriculture, Food and the Marine with responsibility for farm safety, Dara Quill TD, said the Department would examine the study."
	sp := ruleSpeaker(t, text, "the Department would examine", quotes.SubjectCue)
	assert.Equal(t, "Dara Quill", sp.Name)
	assert.Equal(t, "Department of Agriculture, Food and the Marine", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "Minister of State at the Department of Agriculture, Food and the Marine with responsibility for farm safety")
}

// TestTwoWordPostOfABodyAfterName: "Jane Roe, Dike Reeve of Water Board
// Kelvo Delta, called …; ‘…,’ he said": a post of two capitalized words
// the lexicon does not know, then the body; neither the post's first word
// nor the body's name after its head is a person, so "he" is the reeve.
// "Jane Roe of Kelvo Baptist Church" stays a name, then where she is.
func TestTwoWordPostOfABodyAfterName(t *testing.T) {
	text := "Ir. Hendrik Jan Moerman, Dike Reeve of Water Board Zeeuwse Delta, called the agreement ‘a relief for everyone’. ‘We have been preparing these dike sections for years,’ he said."
	d := extractPlain(t, text)
	for _, want := range []string{"the agreement", "We have been preparing"} {
		assert.Equal(t, "Hendrik Jan Moerman", speakerStarting(t, d, want).Name, want)
	}
	text = "The event was at a church by Rafael Cruz. One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made more than 150 phone calls to other pastors."
	sp := ruleSpeaker(t, text, "he had made", quotes.SubjectCue)
	assert.Equal(t, "Darran Whiting", sp.Name)
}

// TestUSAttorneysReleaseShapes: a U.S. Attorney's release under the
// department's letterhead, its office and its district. The U.S.
// Attorney speaks for the office (the issuer, named with its district);
// "Special Agent in Charge Jane Roe of the Kelvo Department of Health,
// Office of Inspector General (KDH-OIG) said" is the agent's, not the
// office's; a unit a place or a name opens ("the Kelvo Medicaid Fraud
// Control Unit (MFCU)") is a body of its own; and what follows "According
// to U.S. Attorney Roe," is what she said, no title of hers.
func TestUSAttorneysReleaseShapes(t *testing.T) {
	text := "Department of Justice\nU.S. Attorney's Office\nNorthern District of Kelvo\n\nFOR IMMEDIATE RELEASE\nTuesday, September 23, 2025\n\nAgency owner indicted for Medicare fraud scheme\n\n" +
		"KELVO CITY - An agency owner has been indicted by a federal grand jury on charges of health care fraud.\n\n" +
		"\"Home health care exists so that elderly Kelvans can recover at home,\" said U.S. Attorney Dara Quill.\n\n" +
		"Special Agent in Charge Ingrid Solberg-Ames of the U.S. Department of Health and Human Services, Office of Inspector General (HHS-OIG) said, \"Kickbacks corrupt medical decision-making.\"\n\n" +
		"Director Paul Ekwueme of the Georgia Medicaid Fraud Control Unit (MFCU) said the unit had identified at least 212 members.\n\n" +
		"Captain Ann Lee of the Kelvo Cyber Crime Unit said her team had traced the payments.\n\n" +
		"According to U.S. Attorney Quill, the charges and other information presented in court: the owner billed for visits that never took place.\n"
	d := extractLaidOut(t, text)
	for _, c := range []struct{ quote, name, org string }{
		{"Home health care exists", "Dara Quill", "U.S. Attorney's Office, Northern District of Kelvo"},
		{"Kickbacks corrupt", "Ingrid Solberg-Ames", "U.S. Department of Health and Human Services"},
		{"the unit had identified", "Paul Ekwueme", "Georgia Medicaid Fraud Control Unit"},
		{"her team had traced", "Ann Lee", "Kelvo Cyber Crime Unit"},
	} {
		sp := speakerStarting(t, d, c.quote)
		assert.Equal(t, c.name, sp.Name, c.quote)
		assert.Equal(t, c.org, sp.Organization.Name, c.quote)
	}
	q := quoteStarting(d, "Home health care exists")
	assert.Equal(t, []string{"U.S. Attorney"}, q.Speaker.Titles)
}

// TestProjectStaffSpeakForTheBody: "Project task manager Jane Roe, a
// Principal Agricultural Economist at the Bank, explained that …": the
// project the text names is run by the bank; she speaks for the bank.
func TestProjectStaffSpeakForTheBody(t *testing.T) {
	text := "The Kelvo Development Bank approved a loan for the Kelvo Irrigation and Value Chains Project (KIVP).\n\nProject task manager Dara Quill, a Principal Agricultural Economist at the Bank, explained that 60 percent of the hubs' shares would be held by cooperatives."
	sp := ruleSpeaker(t, text, "60 percent", quotes.SubjectCue)
	assert.Equal(t, "Dara Quill", sp.Name)
	assert.Equal(t, "Kelvo Development Bank", sp.Organization.Name)
}

// TestHerDelegationIsTheDelegate: "JANE ROE (Kelvania) said that …. Her
// delegation welcomed the recommendations and urged …": in meetings
// coverage the delegate speaks with her delegation's voice.
func TestHerDelegationIsTheDelegate(t *testing.T) {
	text := "Also speaking as a country concerned, DARA QUILL (Mozambique) said that cyclones had displaced over 700,000 people. Her delegation urged development partners to turn pledges into “money that actually reaches the districts.”"
	d := extractPlain(t, text)
	assert.Equal(t, "Dara Quill", speakerStarting(t, d, "development partners").Name)
}

// TestDefinedBodyLettersAreNoDegree: "said Adjunct Associate Professor
// Jane Roe, Senior Consultant, KBH" after "Kelvo Bay Hospital (KBH)": the
// letters of a body the text names are her body, no degree after her
// name; "Adjunct" is part of her rank.
func TestDefinedBodyLettersAreNoDegree(t *testing.T) {
	text := "Kelvo Bay Hospital (KBH) ran the trial. “We stayed with it,” said Adjunct Associate Professor Dara Quill, Senior Consultant, KBH."
	sp := ruleSpeaker(t, text, "We stayed with it", quotes.CueSubject)
	assert.Equal(t, []string{"Adjunct Associate Professor", "Senior Consultant"}, sp.Titles)
	assert.Equal(t, "Kelvo Bay Hospital", sp.Organization.Name)
}

// TestMemberOnAMinistersBehalf: a Canada.ca release: "Today, Jane Roe,
// Member of Parliament for Kelvo North, on behalf of the Honourable John
// Doe, Minister of …, together with Her Worship …, announced …" (a long
// sentence of names and posts is no headline); the member speaks for the
// minister's department, the issuer; and a signature "– Her Worship Jane
// Roe, Mayor of …" under a quotation names the mayor.
func TestMemberOnAMinistersBehalf(t *testing.T) {
	text := "Government of Kelvania\n\nNews release\n\nGovernments invest in safe drinking water for the Strait area\n\nFrom: Kelvo Infrastructure Agency\n\nJuly 8, 2025 — Port Kelvo, Nova Scotia\n\n" +
		"Today, Darren MacIsaac, Member of Parliament for Cape Breton Highlands, on behalf of the Honourable Claire Boudreau-Whitman, Minister of Coastal and Rural Infrastructure and Minister responsible for the Atlantic Growth Strategy, together with the Honourable Colin Fitzgerald, Nova Scotia’s Minister of Municipal Affairs, and Her Worship Lorraine Fougère, Mayor of the Town of Port Hawkesbury, announced more than $38 million in joint funding for 11 water projects.\n\n" +
		"Speaking at the plant, Mr. MacIsaac said the upgrades would end the boil-water advisories.\n\nQuotes\n\n" +
		"“A town of our size could never have financed a new treatment plant alone.”\n\n– Her Worship Lorraine Fougère, Mayor of the Town of Port Hawkesbury\n"
	d := extractLaidOut(t, text)
	sp := speakerStarting(t, d, "the upgrades would end")
	assert.Equal(t, "Darren MacIsaac", sp.Name)
	assert.Equal(t, "Kelvo Infrastructure Agency", sp.Organization.Name)
	assert.Equal(t, "Lorraine Fougère", speakerStarting(t, d, "A town of our size").Name)
}

// TestHeadlinePostWhoseHolderTheBodyNames: a headline's speaker by a bare
// post ("“…” – Minister") or by a post's initials ("VC Says It Will “…”")
// is the one holder the body names after it.
func TestHeadlinePostWhoseHolderTheBodyNames(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"“No Community Will Be Left to the Sea” – Minister\n\nAccra, 12 May 2025 – The Minister for Coastal Resilience, Hon. Dara Quill, cut the sod today. “We will protect them,” she said.",
			"No Community Will Be Left", "Dara Quill"},
		{"KU Opens Simulation Centre; VC Says It Will “Train Midwives Who Do Not Panic”\n\nThe Vice-Chancellor, Prof. Dara Quill, opened the centre. “We will train them,” she said.",
			"Train Midwives", "Dara Quill"},
		{"Kelvo wins $14.2m Orrin Plains contract: ‘A template for the regions’, says MD\n\nSYDNEY, 3 March 2026 – Kelvo Water Limited today won the contract. Managing Director and Chief Executive Officer Dara Quill said the contract was a milestone.",
			"A template for the regions", "Dara Quill"},
		{"Drought: ‘We are running out of time to adapt’, warns KWA chief\n\nThe Kelvo Water Agency (KWA) published its outlook today. Executive Director Dr Dara Quill presented it.",
			"We are running out of time", "Dara Quill"},
		{"Kelvo children’s hospital completes 100th implant: “No child should grow up in silence because of cost,” says Director Dr. Dara Quill\n\nKELVO, 3 April 2025 — Kelvo Children’s Hospital completed its 100th implant on Monday.",
			"No child should grow up in silence", "Dara Quill"},
		{"‘Kelvo fishers will no longer lose half their catch’, says Minister Quill\n\nDate: 14 March 2025 | Source: GIS\n\nGIS – 14 March 2025: The Ministry of Ocean Economy signed a grant in the presence of the Minister of Ocean Economy, Hon. Dara Quill.",
			"Kelvo fishers will no longer lose half their catch", "Dara Quill"},
		{"Kelvo Marine ASA: Record ferry order is \"a turning point\", says CEO\n\nOslo, 3 March 2025 – Kelvo Marine ASA has signed its largest order. \"This is a turning point for us,\" said Chief Executive Officer Dara Quill.",
			"a turning point\"", "Dara Quill"},
	} {
		d := extractLaidOut(t, c.text)
		var q *quotes.Quote
		for i := range d.Quotes {
			if strings.Contains(d.Quotes[i].Text, c.quote) {
				q = &d.Quotes[i]
			}
		}
		require.NotNil(t, q, c.quote)
		require.NotNil(t, q.Speaker, c.quote)
		assert.Equal(t, c.name, q.Speaker.Name, c.quote)
	}
}

// TestNounBeforePronounIsNoSubject: "…, money he described as “…”" is a
// relative clause with no "that" whose object is the noun; "money he" is
// no speaker of the clause before the comma, and nothing is said when the
// verb takes nothing else.
func TestNounBeforePronounIsNoSubject(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"Kelvo's Director of Policy, Dara Quill, said that the cost had risen to £2.3 billion a year, money he described as \"spent on keeping families stuck\".",
		"Dara Quill said the council had spent £2 million on the scheme, a sum he described as \"a bargain\".",
	} {
		d := x.Extract(text)
		require.NotEmpty(t, d.Quotes, text)
		for _, q := range d.Quotes {
			require.NotNil(t, q.Speaker, q.Text)
			assert.Equal(t, "Dara Quill", q.Speaker.Name, q.Text)
		}
	}
}
