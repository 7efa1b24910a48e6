package quotes_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// The seed release's meaning, as a table written by reading it: a golden
// dump can be regenerated wrong, these expectations cannot.
func TestSeedRelease(t *testing.T) {
	b, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.txt")
	require.NoError(t, err)
	text := string(b)
	d := quotes.Extract(text)
	checkSpans(t, text, d)

	assert.Equal(t, "More international co-operation needed to counter proliferation of weapons of mass destruction, say speakers at OSCE Forum for Security Co-operation", d.Title)
	assert.Equal(t, "2018-10-17", d.Date)
	assert.Equal(t, "Vienna", d.Place)
	assert.Equal(t, "Forum for Security Co-operation", d.Source)
	assert.True(t, strings.HasPrefix(d.Body.In(text), "VIENNA, 17 October 2018"), "body starts at the dateline")

	people := []struct {
		name, honorific string
		titles          []string
		org             speakers.Org
		gender          string
	}{
		{"Ulrika Funered", "Ambassador", []string{"Chairperson of the FSC", "Permanent Representative of Sweden to the OSCE", "Ambassador"},
			speakers.Org{Name: "Sweden"}, "female"},
		{"Jan Eliasson", "Ambassador", []string{
			"Ambassador", "Chair of the Governing Board of the Stockholm International Peace Research Institute (SIPRI)",
			"former Deputy Secretary-General of the UN", "former Foreign Minister of Sweden"},
			speakers.Org{Name: "Stockholm International Peace Research Institute", Acronym: "SIPRI"}, "male"},
		{"Ana Hinojosa", "", []string{"Director of the Compliance and Facilitation Directorate at the World Customs Organization"},
			speakers.Org{Name: "World Customs Organization", Acronym: "WCO"}, ""},
		{"Ali Rached", "", []string{"Policy Analyst at the Counter Terrorism Directorate of INTERPOL’s General Secretariat"},
			speakers.Org{Name: "INTERPOL"}, "male"},
	}
	var persons []*speakers.Speaker
	for _, s := range d.Speakers {
		if s.Kind == speakers.Person {
			persons = append(persons, s)
		}
	}
	require.Len(t, persons, len(people), "exactly four people are quoted")
	for i, want := range people {
		t.Run(want.name, func(t *testing.T) {
			got := persons[i]
			assert.Equal(t, want.name, got.Name)
			assert.Equal(t, want.honorific, got.Honorific)
			assert.Equal(t, want.titles, got.Titles)
			assert.Equal(t, want.org, got.Organization)
			assert.Equal(t, want.gender, got.Gender.String())
			assert.Equal(t, "s"+string(rune('1'+i)), got.ID)
		})
	}

	type wantQuote struct {
		kind    quotes.Kind
		prefix  string
		speaker string // "" for a group
		cue     string // "" for none
	}
	wantQuotes := []wantQuote{
		{quotes.Indirect, "Greater international co-operation can counter", "", "said"},
		{quotes.Indirect, "2019 will mark 15 years since the adoption", "Ulrika Funered", "said"},
		{quotes.Direct, "We can probably all agree", "Ulrika Funered", "said"},
		{quotes.Direct, "It is my hope that", "Ulrika Funered", ""},
		{quotes.Indirect, "Sweden, in its current role as Vice-Chair of the 1540 Committee,", "Ulrika Funered", "added"},
		{quotes.Indirect, "Resolution 1540 underlines the importance", "Jan Eliasson", "noted"},
		{quotes.Direct, "It is evident that proliferation", "Jan Eliasson", "said"},
		{quotes.Direct, "Regional organizations are indispensable", "Jan Eliasson", ""},
		{quotes.Direct, "International terrorism organizations use", "Ana Hinojosa", "said"},
		{quotes.Indirect, "how INTERPOL’s facilitation of information-sharing", "Ali Rached", "described"},
	}
	// Attributions nested inside these may attribute more, but never to a
	// named person.
	var top []quotes.Quote
	for _, q := range d.Quotes {
		nested := false
		for _, o := range top {
			if o.Span.Contains(q.Span) {
				nested = true
			}
		}
		assert.Equal(t, nested, q.Within != 0, "Within of %q", q.Text)
		if q.Within != 0 {
			assert.True(t, d.Quotes[q.Within-1].Span.Contains(q.Span), "%q is within %q", q.Text, d.Quotes[q.Within-1].Text)
		}
		if nested {
			if q.Speaker != nil {
				assert.NotEqual(t, speakers.Person, q.Speaker.Kind, "nested quote %q", q.Text)
			}
			continue
		}
		top = append(top, q)
	}
	require.Len(t, top, len(wantQuotes))
	for i, w := range wantQuotes {
		q := top[i]
		t.Run(w.prefix, func(t *testing.T) {
			assert.Equal(t, w.kind, q.Kind)
			assert.True(t, strings.HasPrefix(q.Text, w.prefix), "quote %d is %q", i+1, q.Text)
			require.NotNil(t, q.Speaker)
			if w.speaker == "" {
				assert.Equal(t, speakers.Group, q.Speaker.Kind)
				assert.Equal(t, "speakers at today’s meeting", q.Speaker.Name)
			} else {
				assert.Equal(t, w.speaker, q.Speaker.Name)
			}
			if w.cue == "" {
				assert.Nil(t, q.Cue)
			} else if assert.NotNil(t, q.Cue) {
				assert.Equal(t, w.cue, q.Cue.Text)
			}
		})
	}
	// "Vice-Chair of the 1540 Committee" is Sweden's role, not a title of hers.
	for _, ti := range persons[0].Titles {
		assert.NotContains(t, ti, "Vice-Chair")
	}
	// The menu gives no entity: every entity lies in the body.
	for _, e := range d.Entities {
		assert.True(t, d.Body.Contains(e.Span), "entity %q outside the body", e.Text)
	}
}

// checkSpans checks the span invariants (checkDocSpans) of the document
// of text.
func checkSpans(t *testing.T, text string, d *quotes.Document) {
	t.Helper()
	require.Equal(t, text, d.Text, "a text is its own Text")
	checkDocSpans(t, d)
}
