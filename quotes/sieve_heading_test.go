package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// TestHeadingStatement: a statement's heading names the speaker of the
// quotations below it that nobody else is given, up to the first that
// the text gives to someone; the dateline under the heading is no title.
func TestHeadingStatement(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "Kelvale Agency | Press centre | Press releases\n\n" +
		"Statement by Dr Dara Quill, Agency Representative in Kelvania, on the outbreak in the south\n\n" +
		"KELVALE, 3 March 2026 -- \n\n" +
		"“Over the past three weeks, more than 1,900 cases have been recorded in the south.\n\n" +
		"“We call on all partners to close the remaining funding gap.”\n\n" +
		"Speaking alongside the Representative, the Minister of Education, Bob Roe, said schools would reopen. " +
		"“Our children have lost too much learning,” he said.\n\n" +
		"“Vaccination buys us time.”\n"
	d := x.Extract(text)
	checkSpans(t, text, d)
	assert.Equal(t, "Statement by Dr Dara Quill, Agency Representative in Kelvania, on the outbreak in the south", d.Title)
	assert.Equal(t, "Kelvale", d.Place)
	assert.Equal(t, "2026-03-03", d.Date)
	q := quoteStarting(d, "Over the past three weeks")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, quotes.Heading, q.Rule)
	last := quoteStarting(d, "Vaccination buys us time")
	require.NotNil(t, last)
	assert.NotEqual(t, quotes.Heading, last.Rule, "the statement ends where the text quotes someone else")
}

// quoteStarting returns the first quote of d whose text starts with
// prefix, or nil.
func quoteStarting(d *quotes.Document, prefix string) *quotes.Quote {
	for i := range d.Quotes {
		if strings.HasPrefix(d.Quotes[i].Text, prefix) {
			return &d.Quotes[i]
		}
	}
	return nil
}

// speakerStarting is the speaker of quoteStarting's quote; it fails when
// there is no such quote or it has no speaker.
func speakerStarting(t *testing.T, d *quotes.Document, prefix string) *speakers.Speaker {
	t.Helper()
	q := quoteStarting(d, prefix)
	require.NotNil(t, q, prefix)
	require.NotNil(t, q.Speaker, prefix)
	return q.Speaker
}
