package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// TestNarrowedRules holds the misfires a review of the rules of
// 2026-12-07 found, each a shape near a rule's own that the rule must
// leave alone.
func TestNarrowedRules(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	speakerOf := func(t *testing.T, text, content string) *speakers.Speaker {
		t.Helper()
		d := x.Extract(text)
		checkSpans(t, text, d)
		for i := range d.Quotes {
			if strings.Contains(d.Quotes[i].Text, content) {
				require.NotNil(t, d.Quotes[i].Speaker, content)
				return d.Quotes[i].Speaker
			}
		}
		t.Fatalf("no quote holds %q", content)
		return nil
	}
	t.Run("a Korean given name's two syllables are no district", func(t *testing.T) {
		s := speakerOf(t, "Kelvo Electronics appointed Lee Min-gu as chief financial officer. Min-gu told reporters that margins would improve.", "margins would improve")
		assert.Equal(t, speakers.Person, s.Kind)
	})
	t.Run("letters after 'of' may be the body", func(t *testing.T) {
		s := speakerOf(t, "“Human rights must come first,” said Dara Quill, secretary general of AI, the rights group.", "Human rights must come first")
		assert.Equal(t, "AI", s.Organization.Name)
	})
	t.Run("'Ma.' after a given name ends the sentence", func(t *testing.T) {
		d := x.Extract("“Our sales doubled this year,” said Kelvo founder Jack Ma. Kelvo Group also said it would hire 500 staff.")
		for _, s := range d.Speakers {
			assert.NotContains(t, s.Titles, "Ma.", s.Name)
		}
	})
	for _, tt := range []struct{ name, text, content, speaker string }{
		{"a middle name that is a country the text uses alone", "Kelvo Airlines named Sarah Jordan Miller chief executive on Monday. “We will fly to 40 cities,” Miller said. Jordan welcomed the new route and said it would cut landing fees.", "cut landing fees", "Jordan"},
		{"a given name with an adjective's ending and a family name that is a title", "“Every child should learn to swim,” said Headteacher Hilary Farmer.", "Every child should learn to swim", "Hilary Farmer"},
		{"'a mother of two said to be' is a passive", "KELVO -- A mother of two said to be in her thirties was arrested on Friday, police said.", "A mother of two said to be", "police"},
		{"a person adds what follows an amount", "Kelvo Foods opened a plant. “We are proud,” said chief executive Dara Quill. She added 300 people would be hired from the town.", "300 people would be hired", "Dara Quill"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.speaker, speakerOf(t, tt.text, tt.content).Name)
		})
	}
}

// TestNarrowedRulesAgain holds the misfires a third review found in the
// rules of 2026-12-07's later commits.
func TestNarrowedRulesAgain(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	for _, tt := range []struct{ name, text, speaker, org string }{
		{"a minister for a territory has no ministry of it", "CARDIFF, May 4 (PA) -- Minister for Wales Dara Quill said on Tuesday that the steelworks would stay open.", "Dara Quill", ""},
		{"a Scandinavian middle name in capitals keeps its capital", "KELVO, March 3 -- JAN OLE ROE, chief executive of Kelvo Foods, said sales rose.", "Jan Ole Roe", "Kelvo Foods"},
		{"a governorate's name before a governor is no courtesy", "SANAA, March 3 -- “Our hospitals are full,” Hajja Governor Dara Quill told reporters on Monday.", "Dara Quill", "Hajja"},
		{"an inspection unit's short word is no rank", "KELVO, March 3 -- The Vehicle Insp. Unit will close on Friday, manager Dara Quill said.", "Dara Quill", "Vehicle Insp. Unit"},
		{"an inspector's rank written short before the name is no part of it", "KELVO, March 3 -- The road was closed. “Slow down,” said Insp. Dara Quill.", "Dara Quill", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.text)
			checkSpans(t, tt.text, d)
			require.NotEmpty(t, d.Quotes)
			require.NotNil(t, d.Quotes[0].Speaker)
			assert.Equal(t, tt.speaker, d.Quotes[0].Speaker.Name)
			assert.Equal(t, tt.org, d.Quotes[0].Speaker.Organization.Name)
		})
	}
}
