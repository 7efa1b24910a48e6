package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestColonStatementSource: a quotation after a colon is the words of
// the person a statement comes from, not of whoever shares it.
func TestColonStatementSource(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Senator Bob Roe called for a hearing. Roe's office shared a statement from Kelvale resident Dara Quill, who gave birth in a pickup truck:\n\n" +
		"“I kept telling myself we'd make it. We didn't.”"
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteStarting(d, "I kept telling myself")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, quotes.Colon, q.Rule)
}

// TestLabelDefinitionList: a list of entries, each a name, a colon and a
// definition opening with "A" or "An", is no speech.
func TestLabelDefinitionList(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "The winning applications are:\n\n" +
		"MapQuill: A map-based video search that links results to specific locations on the globe.\n\n" +
		"VideoRoe: An engaging interactive wall screensaver that plays the videos people search for.\n\n" +
		"“We are thrilled,” said Dara Quill, the contest's director."
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	assert.NotNil(t, quoteStarting(d, "We are thrilled"))
}

// TestColonTitleSetOffName: "Title, the Rt Hon Dame Jane Roe MP, said:"
// introduces the words of the person the comma sets off, not of a person
// named by the title alone.
func TestColonTitleSetOffName(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "The Committee published its report today.\n\nChair of the Committee, the Rt Hon Dame Dara Quill MP, said:\n\n" +
		"“We heard from a nurse who missed her shift twice.”"
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteStarting(d, "We heard from a nurse")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}

// TestColonClauseSubject: a quotation after a colon speaks for the subject
// of the clause that ends with the colon, when it stands after the name
// the sentence opens with: "Jane Roe said …, but she gave her rival a
// back-handed compliment: “…”".
func TestColonClauseSubject(t *testing.T) {
	q := ruleQuote(t, "Jane Roe said the vote was lost, but she gave her rival a back-handed compliment: “You never have to guess where he is.”", "You never", quotes.Colon)
	require.NotNil(t, q)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "she", q.Mention.Text)
	q = ruleQuote(t, "When Bob Doe died in 1998, Jane Roe released the following statement: “We offer our condolences to his family.”", "We offer", quotes.Colon)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}

// TestStatementEndsWhereTheReleaseReports: a statement introduced by
// "The following joint statement was issued today by …:" runs over the
// paragraphs after it, but ends before the release reports its speakers
// again ("“…,” said Ms. Roe."), and before the heading over that report.
func TestStatementEndsWhereTheReleaseReports(t *testing.T) {
	text := "KELVO, 17 December 2024 – The following joint statement was issued today by Ms. Jane Roe, Resident Coordinator in Kelvania, and Dr. John Doe, Executive Secretary of the Kelvo Disaster Authority:\n\n" +
		"We are deeply saddened by the loss of lives since the cyclone made landfall.\n\n" +
		"Our organizations are working together to deliver food and shelter.\n\n" +
		"Press conference in Orrin\n\n" +
		"Speaking to journalists in Orrin on Tuesday, the two leaders described the damage they had seen.\n\n" +
		"“Entire neighbourhoods have been flattened,” said Ms. Roe.\n\n" +
		"“Early warning saved lives,” Dr. Doe said."
	d := extractPlain(t, text)
	q := ruleQuote(t, text, "We are deeply saddened", quotes.Colon)
	require.NotNil(t, q)
	assert.NotContains(t, q.Text, "Press conference")
	assert.Contains(t, q.Text, "working together")
	assert.Equal(t, "John Doe", speakerOf(t, d, "Early warning saved lives"))
}
