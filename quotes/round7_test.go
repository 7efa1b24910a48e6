package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// round7Quote extracts text and returns the last quote made by rule whose
// text starts with prefix, or nil.
func round7Quote(t *testing.T, text, prefix string, rule quotes.Rule) *quotes.Quote {
	t.Helper()
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	var found *quotes.Quote
	for i := range d.Quotes {
		if q := &d.Quotes[i]; q.Rule == rule && strings.HasPrefix(q.Text, prefix) {
			found = q
		}
	}
	return found
}

// TestRelativeTailContinuation: a quotation that opens its sentence with
// only the writer's relative clause after it goes on with the speaker of
// the quotation before it in the paragraph.
func TestRelativeTailContinuation(t *testing.T) {
	for _, text := range []string{
		"Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser to the campaign. “We can win Ruritania and Kelvale,” which vote in June.",
		"Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser to the campaign. “We can win Ruritania and Kelvale”, which vote in June.",
	} {
		q := round7Quote(t, text, "We can win", quotes.Continuation)
		require.NotNil(t, q, text)
		if assert.NotNil(t, q.Speaker, text) {
			assert.Equal(t, "Quill", q.Speaker.Family)
		}
	}
	// A relative clause that holds an attribution of its own is no tail.
	text := "Kelvale votes next week.\n\n“We are in good shape,” said Dara Quill, an adviser. “We can win Kelvale,” which Bob Roe, a rival, disputes."
	assert.Nil(t, round7Quote(t, text, "We can win", quotes.Continuation))
}

// TestAccordingToAfterLongQuotation: "according to" after the attribution
// of a quotation of several sentences reports the whole quotation, as it
// does a one-sentence one.
func TestAccordingToAfterLongQuotation(t *testing.T) {
	text := "The mayor spoke on Monday.\n\n“Taxes will fall. Wages will rise. We have a plan,” Dara Quill said at a rally, according to the Kelvale Gazette.\n\nShe left early."
	q := round7Quote(t, text, "Taxes will fall. Wages will rise.", quotes.AccordingTo)
	require.NotNil(t, q, "no according-to quote over the whole quotation")
	if assert.NotNil(t, q.Speaker) {
		assert.Equal(t, "Kelvale Gazette", q.Speaker.Name)
	}
}

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
		q := round7Quote(t, tc.text, tc.prefix, quotes.Participle)
		require.NotNil(t, q, tc.text)
		require.NotNil(t, q.Speaker, tc.text)
		if tc.family != "" {
			assert.Equal(t, tc.family, q.Speaker.Family, tc.text)
		} else {
			assert.Equal(t, tc.name, q.Speaker.Name, tc.text)
		}
	}
	// With no clause of its own in between, the earlier subject stays.
	q := round7Quote(t, "Jane Roe said the plan was late, saying it was overdue.", "it was overdue", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}

// TestClauseEndBeforeNamedBody: reported speech ends before ", and" and a
// body's name with an auxiliary: a new clause with a subject of its own.
func TestClauseEndBeforeNamedBody(t *testing.T) {
	text := "Protest groups say the rules are unfair, and the Kelvale Civil Liberties Union has already sued the city."
	q := round7Quote(t, text, "the rules are unfair", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the rules are unfair", q.Text)
}

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
		q := round7Quote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
	}
}

// TestQuantityOpensSpeech: a preposition before a number opens a
// quantity, not an adverbial, in what an attribution closes.
func TestQuantityOpensSpeech(t *testing.T) {
	text := "About 270 people have now been resettled in Kelvale, officials said."
	q := round7Quote(t, text, "About 270 people", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "About 270 people have now been resettled in Kelvale", q.Text)
	// "In 2010, he warned …": the year is an adverbial, not speech.
	assert.Nil(t, round7Quote(t, "In 2010, he warned the bank against buying bonds.", "In 2010", quotes.SubjectCue))
}

// TestParentheticalThenSubordinate: after a parenthetical attribution, a
// subordinate clause and the main clause after its comma are what was
// said.
func TestParentheticalThenSubordinate(t *testing.T) {
	text := "In the early 1990s, Ms. Dara Quill said, when she was earning $24,000 a year, a boss invited her to lunch."
	q := round7Quote(t, text, "In the early 1990s", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "a boss invited her to lunch")
	// A subordinate clause alone after the attribution is not joined.
	q = round7Quote(t, "The firm collapsed, the mayor said, when the bank called in its loans.", "The firm collapsed", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "The firm collapsed", q.Text)
}

// TestDescriptionWithModifierBeforeAppositive: a description whose head
// has a short modifier, then an appositive, opens the sentence as the
// subject.
func TestDescriptionWithModifierBeforeAppositive(t *testing.T) {
	text := "The employee of nearly four years, a registered Republican, said she became pregnant last year."
	q := round7Quote(t, text, "she became pregnant", quotes.SubjectCue)
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
		q := round7Quote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
		require.NotNil(t, q.Speaker, text)
	}
}

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
		q := round7Quote(t, tc.text, tc.want, quotes.Colon)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
	assert.Nil(t, round7Quote(t, "Breaking: Roe gets a major win in Kelvale."+body, "Roe gets", quotes.Colon))
	// In the body, a noun and a colon stay a section heading.
	assert.Nil(t, round7Quote(t, "Roe leads."+body+"\n\nPoll: Roe and Doe hold narrow leads in Kelvale and Ruritania this week.", "Roe and Doe hold", quotes.Colon))
}

// TestPlainTailContinuation: a quotation that opens the sentence after
// an attributed one, followed by a few words of the writer's, goes on
// with that speaker; not when the words after it hold a verb of their
// own ("…,” was another).
func TestPlainTailContinuation(t *testing.T) {
	text := "The campaign spoke on Monday.\n\n“Voters do not care about this,” Dara Quill told reporters. “What they care about is that she is raising incomes” and other pocketbook issues."
	q := round7Quote(t, text, "What they care about", quotes.Continuation)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
	text = "The skywriters were busy.\n\n“Kelvale is great,” read one sign over the bay. “Anybody but Roe,” was another."
	assert.Nil(t, round7Quote(t, text, "Anybody but Roe", quotes.Continuation))
}

// TestThanksToIsNoCue: "thanks (in part) to" is a preposition, not a verb
// of saying that ends what was said before it.
func TestThanksToIsNoCue(t *testing.T) {
	text := "Dara Quill said that since then, thanks in part to new revenue from the company's shows, she has been more secure financially."
	q := round7Quote(t, text, "since then", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "she has been more secure financially")
}

// TestTitleInAppositive: a quoted title inside an appositive ("the
// co-author of “Going Viral,”", "wearing “Roe 2028” campaign pins") does
// not end the subject's phrase.
func TestTitleInAppositive(t *testing.T) {
	text := "Dara Quill, the co-author of “Going Viral,” about the spread of rumors, said the days of a shared story are gone."
	q := round7Quote(t, text, "the days of a shared story", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
	text = "“We have had better conventions than this one,” delegate Bill Eastwick, wearing a cowboy hat and “Dara Quill” campaign pins, said as confetti fell."
	q = round7Quote(t, text, "We have had better conventions", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Eastwick", q.Speaker.Family)
}

// TestMadeClear: "made (it) clear" introduces what was said; "make" alone
// is no verb of saying and does not end reported speech.
func TestMadeClear(t *testing.T) {
	q := round7Quote(t, "The mayor made it clear on Monday that she has serious concerns about the plan.", "she has serious concerns", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "she has serious concerns about the plan", q.Text)
	q = round7Quote(t, "Dara Quill said she would build a wall and make Kelvale pay for it.", "she would build a wall", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "she would build a wall and make Kelvale pay for it", q.Text)
}

// TestClauseEndBeforeDeterminerSubject: reported speech ends before ",
// and" and a subject opening with a possessive or a quantifier and an
// auxiliary.
func TestClauseEndBeforeDeterminerSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Roe is suggesting delegates from states he won should flip to his column, and his campaign is approaching delegates one by one.", "delegates from states he won should flip to his column"},
		{"Economists have argued we need to reform the tax system, and both sides are not that far apart.", "we need to reform the tax system"},
	} {
		q := round7Quote(t, tc.text, tc.want, quotes.SubjectCue)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestClauseEndAtAsClauseAndAnonymity: reported speech ends before "as"
// and a pronoun subject (the writer's time clause), and before "on
// (the) condition of anonymity"; a comparison's "as" stays in.
func TestClauseEndAtAsClauseAndAnonymity(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Roe is highlighting his Kelvale win over Doe as he urges conservatives to unite behind him.", "his Kelvale win over Doe"},
		{"An aide confirmed the meeting on the condition of anonymity because he was not authorized to speak.", "the meeting"},
		{"Roe said the plan was as good as it gets for the county.", "the plan was as good as it gets for the county"},
	} {
		q := round7Quote(t, tc.text, tc.want, quotes.SubjectCue)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestClauseEndAtDashAndSubject: reported speech ends at a dash followed
// by "and" and a clause with a subject of its own; after a parenthetical
// attribution, "on condition of anonymity" is no more of what was said.
func TestClauseEndAtDashAndSubject(t *testing.T) {
	q := round7Quote(t, "Roe said Doe had been led astray by insiders running his campaign — and he singled out the campaign manager.", "Doe had been led astray", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "Doe had been led astray by insiders running his campaign", q.Text)
	q = round7Quote(t, "He was unable to find a single taker, he said, on condition of anonymity to speak freely.", "He was unable", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "He was unable to find a single taker", q.Text)
}

// TestHeadlineNamedLabel: a headline's label that opens with a name and
// goes on about the occasion ("Roe to Kelvale teachers: …") reports the
// rest of the line as the named person's; a label of two names is a
// topic, not a speaker.
func TestHeadlineNamedLabel(t *testing.T) {
	body := "\n\nKELVALE (AP) — The race tightened this week as both campaigns spent heavily on advertising."
	q := round7Quote(t, "Hillary Clinton to Planned Parenthood: Trump will reverse the ruling."+body, "Trump will reverse the ruling", quotes.Colon)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Clinton", q.Speaker.Family)
	assert.Nil(t, round7Quote(t, "Benjamin Netanyahu and Barack Obama: A tortured relationship."+body, "A tortured relationship", quotes.Colon))
}

// TestNounCueInSubject: what a noun of saying introduces ends before the
// main verb when its phrase is the sentence's subject.
func TestNounCueInSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Roe's proposal to make firms stay or pay is good policy that is also good politics.", "to make firms stay or pay"},
		{"Doe's claim that he still has a way to win the nomination would depend on the superdelegates.", "he still has a way to win the nomination"},
		{"Trade grew. Roe's repeated accusations, including his recent call to ban all imports from Ruritania, could galvanize the unions.", "to ban all imports from Ruritania"},
	} {
		q := round7Quote(t, tc.text, tc.want, quotes.Possessor)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestClauseEndAfterQuotedWordsAndPast: reported speech that ends with
// quoted words ends before "and" and a second past predicate.
func TestClauseEndAfterQuotedWordsAndPast(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The mayor pledged to be “the greatest jobs president” and questioned the official unemployment rate.", "to be “the greatest jobs president”"},
		{"The mayor said he was “not worried” and left the room.", "he was “not worried”"},
	} {
		q := round7Quote(t, tc.text, tc.want, quotes.SubjectCue)
		require.NotNil(t, q, tc.text)
		assert.Equal(t, tc.want, q.Text)
	}
}

// TestLabelNoSpeaker: "BYLINE: Jane Roe." names the writer, not a
// speaker; a line of names after a label is a list, in title case too.
func TestLabelNoSpeaker(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"BYLINE: Amber Quill.\n\nThe vote is on Tuesday, and the race is tight in Kelvale.",
		"The caucus members are listed below.\n\nKelvale: Ann Albrey, Bob Barrow, Cal Callen, Dee Dorsey, Eve Ellery, Fay Fenwick, Gus Garrow, Hal Hollis, Ivy Ingram, Jon Jessup, Kim Kettle, Lou Lowry, Max Marlow, Ned Norcott, Oda Orwin, Pat Pellow, Quin Quarry, Ray Rowan, Sue Selby, Tom Tarrant.\n\nThe vote is on Tuesday.",
	} {
		d := x.Extract(text)
		checkSpans(t, text, d)
		for _, q := range d.Quotes {
			assert.NotEqual(t, quotes.Colon, q.Rule, "%s: %q", text, q.Text)
		}
	}
}

// TestExclamationThenPhrase: an exclamation or question quoted right
// after the verb is whole; the phrase after it is the writer's.
func TestExclamationThenPhrase(t *testing.T) {
	q := round7Quote(t, "A congressman yelled “You lie!” at the president during the speech.", "You lie!", quotes.SubjectCue)
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
		q := round7Quote(t, text, want, quotes.SubjectCue)
		require.NotNil(t, q, text)
		assert.Equal(t, want, q.Text)
	}
	// A relative "that" after the topic is no complementizer.
	q := round7Quote(t, "“It is over,” Dara Quill said of a list that included five senators.", "It is over", quotes.SubjectCue)
	require.NotNil(t, q)
}

// TestAccordingToSourceWithRelative: a source with a restrictive
// relative clause in the middle of the sentence ("according to members
// who spoke with reporters afterward,") lets the clause go on after it.
func TestAccordingToSourceWithRelative(t *testing.T) {
	text := "Notably absent from the talks, according to members who spoke with reporters afterward, was any mention of the Kelvale inquiry."
	q := round7Quote(t, text, "Notably absent from the talks", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "was any mention of the Kelvale inquiry")
}

// TestDashEither: a dash followed by "either" opens an elaboration of
// what was said, not the end of it.
func TestDashEither(t *testing.T) {
	text := "According to the bank, about 12 percent of emissions are subject to a carbon price - either a tax or a levy under a regime of cap and trade."
	q := round7Quote(t, text, "about 12 percent of emissions", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Contains(t, q.Text, "either a tax or a levy")
}

// TestShortSpeechThenParticiple: a participle with its object after a
// comma ends short reported speech too ("pointed to the polls, cracking
// a smile").
func TestShortSpeechThenParticiple(t *testing.T) {
	q := round7Quote(t, "Dara Quill pointed to the polls, cracking a smile at the crowd.", "the polls", quotes.SubjectCue)
	require.NotNil(t, q)
	assert.Equal(t, "the polls", q.Text)
}

// TestPassiveReport: what was reported "by" a source, as the passive's
// subject or the clause before ", as reported by".
func TestPassiveReport(t *testing.T) {
	q := round7Quote(t, "The meeting was first reported by the Kelvale Gazette.", "The meeting", quotes.AccordingTo)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Kelvale Gazette", q.Speaker.Name)
	q = round7Quote(t, "The super PAC started reserving ad time in swing states this week, as first reported by the Kelvale Gazette on Tuesday.", "The super PAC started", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "The super PAC started reserving ad time in swing states this week", q.Text)
	// After an attribution of its own, the phrase is the attribution's source.
	assert.Nil(t, round7Quote(t, "“We will act,” Dara Quill noted in an interview with a podcast, as reported by the Kelvale Gazette.", "in an interview", quotes.AccordingTo))
}

// TestOpeningAccordingToWholeSentence: an opening "According to X,"
// vouches for the whole sentence, its coordinated clauses included.
func TestOpeningAccordingToWholeSentence(t *testing.T) {
	text := "According to the Kelvale Gazette poll, more than half of Roe's support comes from women, and almost half of it comes from voters under 30."
	q := round7Quote(t, text, "more than half", quotes.AccordingTo)
	require.NotNil(t, q)
	assert.Equal(t, "more than half of Roe's support comes from women, and almost half of it comes from voters under 30", q.Text)
}

// TestInfinitiveThenQuotation: an infinitive of saying followed by a
// quotation ("went on to say, “…”", "was prompted to say, “…”") takes the
// subject of its clause, a description included.
func TestInfinitiveThenQuotation(t *testing.T) {
	q := round7Quote(t, "The campaign sent an email on Monday. The email went on to say, “Today we have been successful in building a community.”", "Today we have been successful", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "The email", q.Mention.Text)
	q = round7Quote(t, "The debate was so subdued that Dara Quill was prompted to say, “So far, I cannot believe how civil it has been up here.”", "So far", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
}

// TestParticipleSubjectNotObject: the participle's subject is the name
// before an appositive, not the object of the predicate after it.
func TestParticipleSubjectNotObject(t *testing.T) {
	text := "76-year-old Dara Quill, founder of the Kelvale Institute, endorsed Bob Roe last week, saying he “has consistently demonstrated his deep commitment to conservative principles.”"
	q := round7Quote(t, text, "he “has consistently", quotes.Participle)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Quill", q.Speaker.Family)
}

// TestHedgedShareWithAppositive: a share of people with its figure set
// off by commas ("Just over a quarter, 26 percent, say …") is the subject.
func TestHedgedShareWithAppositive(t *testing.T) {
	q := round7Quote(t, "Among likely voters, most back Roe. Just over a quarter, 26 percent, say they will vote for someone else.", "they will vote for someone else", quotes.SubjectCue)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "Just over a quarter", q.Mention.Text)
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
	q := round7Quote(t, "Dara Quill and Bob Roe have defended their speeches and say they’re not worried about the rules.", "they’re not worried", quotes.Participle)
	require.NotNil(t, q)
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
