package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestFooterAboutNamesIssuer: the "About" heading below the media
// contacts, which the layout cuts from a page's body as footer, names the
// issuer a bare title speaks for, with the legal form the page gives it.
func TestFooterAboutNamesIssuer(t *testing.T) {
	text := "Home\nAbout us\nInvestors\nNews\nCareers\nContact\n\nASX ANNOUNCEMENT\n14 May 2026\n\nKELVO LITHIUM SIGNS OFFTAKE\n\n" +
		"Kelvo Lithium has signed a five-year offtake agreement for battery-grade lithium hydroxide with a Korean cathode maker.\n\n" +
		"The agreement covers about 60% of planned second-stage output and supports a final investment decision later this year.\n\n" +
		"\"With a creditworthy offtaker in place, we can now move the debt process into credit approvals,\" said the CFO.\n\n" +
		"The company expects to decide on the second stage in the December quarter, subject to financing and board approval.\n\n" +
		"This announcement has been authorised for release by the Board.\n\n" +
		"For further information:\nInvestors: Dara Quill, Investor Relations Manager, +61 8 6210 4400\nMedia: Tom Vale, Harbour Communications, +61 400 123 456\n\n" +
		"About Kelvo Lithium\nKelvo Lithium Ltd (ASX: KLR) is a refiner of battery-grade lithium chemicals in Western Australia.\n"
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Less(t, d.Body.End, len(text)-40, "the layout cuts the contacts and the boilerplate")
	var q *quotes.Quote
	for i := range d.Quotes {
		if d.Quotes[i].Speaker != nil && d.Quotes[i].Speaker.Name == "CFO" {
			q = &d.Quotes[i]
		}
	}
	require.NotNil(t, q, "the CFO's quote")
	assert.Equal(t, "Kelvo Lithium Ltd", q.Speaker.Organization.Name)
}

// TestBarredMetaLineIsNoSpeech: a page's line of parts set off by bars
// ("Posted by … | date | tags | 0 Comments") holds no speech, though
// "Comments" reads as a verb after a subject.
func TestBarredMetaLineIsNoSpeech(t *testing.T) {
	text := "The ward opened.\n\nPosted by Kelvo Media Desk | 14 August 2025 | Gauteng, Media Statements | 0 Comments\n\nThe union gave the department seven days to fill the posts."
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "Posted by", "a quote from the meta line: %+v", q)
	}
}

// TestAddedAmountIsNoSpeech: "add" before an amount ("which will add
// 9,000 square metres") adds floor space, it reports nothing; "adding"
// after a quotation's verb still opens speech.
func TestAddedAmountIsNoSpeech(t *testing.T) {
	q := soleSpeakerQuote(t, "The plant grew. Expansion of the Group’s Kelvo assembly plant, which will add 9,000 square metres of floor space, is on schedule for completion in the fourth quarter of 2025, according to Chief Operating Officer Dara Quill.")
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Contains(t, q.Text, "Expansion of the Group’s")
	x, err := quotes.New()
	require.NoError(t, err)
	text := "“We grew,” Dara Quill said, adding 200 jobs would follow."
	d := x.Extract(text)
	checkSpans(t, text, d)
	assert.Len(t, d.Quotes, 2)
}

// TestPilgrimStyle: Egypt's "Hagga" (a woman who made the pilgrimage) is
// a courtesy before a given name, which names the woman the text named
// in full.
func TestPilgrimStyle(t *testing.T) {
	q := soleSpeakerQuote(t, "The class ended. Dara Mahmoud Quill, 52, learned to read. “For the first time, I signed my name,” said Hagga Dara.")
	assert.Equal(t, "Dara Mahmoud Quill", q.Speaker.Name)
}
