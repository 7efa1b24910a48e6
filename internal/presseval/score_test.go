package presseval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected values of these tests are what score_press.py's key_of,
// title_ok and organization test give on the same (invented) inputs.

func TestKeyOf(t *testing.T) {
	for _, c := range []struct {
		name   string
		person bool
		want   string
	}{
		{"Dr. Ana María O'Neil-Díaz", true, "o'neil-diaz"},
		{"the Ministry of Health", false, "ministry"},
		{"Ministry of Labour and Welfare", false, "ministry"},
		{"Mr. Lee", true, "lee"},
		{"The Of", true, ""},
		{"Ms.", true, ""},
	} {
		assert.Equal(t, c.want, keyOf(c.name, c.person), c.name)
	}
}

func TestTitlesOK(t *testing.T) {
	for _, c := range []struct {
		gold, pred []string
		want       bool
	}{
		{[]string{"Vice President", "Sun Fellow"}, []string{"Vice President"}, false},
		{[]string{"Vice President", "Sun Fellow", "CTO"}, []string{"Vice President", "CTO"}, true},
		{[]string{"MD", "PhD"}, nil, true},
		{[]string{"Chief Executive Officer of the Board"}, []string{"Chief Executive Officer"}, false},
		{[]string{"Director", "M.D."}, []string{"Director"}, false},
	} {
		var pred []string
		for _, p := range c.pred {
			pred = append(pred, Norm(p))
		}
		assert.Equal(t, c.want, titlesOK(c.gold, pred), "%q vs %q", c.gold, c.pred)
	}
}

func TestOrgOK(t *testing.T) {
	for _, c := range []struct {
		cands []string
		pred  string // "name | acronym"
		want  bool
	}{
		{[]string{"Sun Microsystems, Inc."}, "Sun Microsystems | ", true},
		{[]string{"World Health Organization"}, "WHO | WHO", false},
		{[]string{"Salt Lake City", "Utah"}, " | ", false},
		{[]string{"Telvantis Voice Services Inc.", "Telvantis"}, "Telvantis | ", true},
		{[]string{"UN"}, "United Nations | UN", true},
	} {
		assert.Equal(t, c.want, orgOK(c.cands, Norm(c.pred)), "%q vs %q", c.cands, c.pred)
	}
}

// TestScore scores an invented document: a found record with its speaker,
// organization and titles right, one with the wrong speaker, a missed one,
// and a borderline one that only counts for precision.
func TestScore(t *testing.T) {
	sp := func(s string) *string { return &s }
	person := []byte("true")
	g := Document{ID: "d.txt", Quotes: []Record{
		{Snippet: "We are “delighted” to", Speaker: sp("Ana Díaz"), SpeakerIsPerson: person, Organization: sp("Acme Corp."),
			Titles: []string{"Chief Executive Officer"}},
		{Snippet: "Sales grew", Speaker: sp("Bo Lund"), SpeakerIsPerson: person},
		{Snippet: "Nothing like this", Speaker: sp("Bo Lund"), SpeakerIsPerson: person},
		{Snippet: "Markets may turn", Borderline: true},
	}}
	preds := []Prediction{
		{Text: Bare("We are delighted to join, said Ana Diaz."), Speaker: Norm("Ana Diaz"), Organization: Norm("Acme | "),
			Titles: []string{Norm("chief executive officer")}},
		{Text: Bare("Sales grew by half"), Speaker: Norm("Acme"), Organization: Norm(" | ")},
		{Text: Bare("Markets may turn"), Organization: Norm(" | ")},
		{Text: Bare("Unannotated words"), Organization: Norm(" | ")},
	}
	s, outs := Score(&g, preds)
	assert.Equal(t, Scores{Firm: 3, Found: 2, SpeakerRight: 1, SpeakerJudged: 2, OrgRight: 1, OrgJudged: 1, TitlesRight: 1, TitlesJudged: 1,
		PredictedHit: 3, Predicted: 4}, s)
	var failed []string
	for i := range outs {
		if outs[i].Failed() {
			failed = append(failed, outs[i].Record.Snippet)
		}
	}
	assert.Equal(t, "Sales grew|Nothing like this", strings.Join(failed, "|"))
	assert.InDelta(t, 2.0/3, s.Recall(), 1e-9)
	assert.InDelta(t, 0.75, s.PrecisionLowerBound(), 1e-9)
}
