package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestOpenerBeforeDescribedSubject: an opening adverbial, then a
// description set off by a participial aside, then the verb: the
// description is the subject.
func TestOpenerBeforeDescribedSubject(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"In the ensuing debate, the representative of Kelvania, speaking on behalf of the Group of 77 and China, said that developing countries were \"running to stand still.\"",
		"Later, the representative of Kelvania, speaking for the African Group, said that developing countries were running to stand still.",
	} {
		d := x.Extract(text)
		checkSpans(t, text, d)
		require.Len(t, d.Quotes, 1, text)
		q := d.Quotes[0]
		require.NotNil(t, q.Speaker, text)
		assert.Equal(t, "representative of Kelvania", q.Speaker.Name, text)
		assert.Equal(t, quotes.SubjectCue, q.Rule, text)
	}
}

// TestNameBeforeLowerPlace: a description set off before a name and a
// short lower-case phrase of where the person is: the name is the
// subject.
func TestNameBeforeLowerPlace(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Her supervisor, Professor Dara Quill of the same department, said the earlier bloom was driven mainly by thinner ice."
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	require.NotNil(t, d.Quotes[0].Speaker)
	assert.Equal(t, "Dara Quill", d.Quotes[0].Speaker.Name)
}

// TestInHisView: "In his view, …" attributes what follows to the
// pronoun's antecedent.
func TestInHisView(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Dara Quill, a retail analyst at Kelvale Capital, said the closures were overdue. In his view, \"the Group carried too many small stores for too long.\""
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteStarting(d, "the Group carried")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, quotes.AccordingTo, q.Rule)
}
