package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// TestClauseAfterSubjectAside: an aside set off by commas between the
// subject and its verb ("Jane Roe, during an interview on Thursday,
// referred to …") does not keep the clause with the quotation from being
// what the subject said.
func TestClauseAfterSubjectAside(t *testing.T) {
	text := "The council met again. Jane Roe, during two interviews on Thursday, referred to the budget as “a bridge to nowhere” for the county."
	q := ruleQuote(t, text, "to the budget", quotes.ClauseSubject)
	require.NotNil(t, q)
	assert.Equal(t, quotes.Mixed, q.Kind)
	assert.Contains(t, q.Text, "a bridge to nowhere")
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}

// TestClauseOfCoordinatedVerb: when the clause of the subject's first verb
// ends before the quotation ("… has made his wealth a centerpiece and has
// boasted of …"), the verb coordinated with it takes the clause with the
// quotation.
func TestClauseOfCoordinatedVerb(t *testing.T) {
	text := "The race tightened. Jane Roe has made her record the centerpiece of her campaign and has boasted of her plan to spend “whatever it takes” on the county roads."
	q := ruleQuote(t, text, "of her plan", quotes.ClauseSubject)
	require.NotNil(t, q)
	assert.Equal(t, quotes.Mixed, q.Kind)
	assert.Contains(t, q.Text, "whatever it takes")
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Roe", q.Speaker.Family)
}
