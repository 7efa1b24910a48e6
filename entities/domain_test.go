package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quotekit/quotekit/entities"
)

func TestDomainAfterAbbreviation(t *testing.T) {
	// "gov" is an abbreviation the lists know ("Gov."), but "gov.gr" is a
	// domain's name: one word, and no sentence ends inside it. A domain
	// of more parts is read as before.
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"a smartphone, gov.gr already works.", []string{"a", "smartphone", ",", "gov.gr", "already", "works", "."}},
		{"see gov.uk.", []string{"see", "gov.uk", "."}},
		{"at fernleigh.co.nz/recall", []string{"at", "fernleigh", ".", "co.", "nz", "/", "recall"}},
	} {
		var got []string
		for _, tok := range entities.Tokenize(tt.text, 0, len(tt.text)) {
			got = append(got, tok.Text)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

func TestCompanyLettersAfterAName(t *testing.T) {
	// "SA", "AG", "NV" after a name in mixed case close a company's name:
	// "Zentrivo SA" was a person "Zentrivo Sa".
	r, err := entities.NewRecognizer(entities.WithModel(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Zentrivo SA", "Kelvo Holding AG", "Sarna Logistics NV"} {
		text := name + ", a maker of pumps, today announced results."
		a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
		e := a.EntityAt(0)
		if assert.NotNil(t, e, name) {
			assert.Equal(t, entities.Organization, e.Kind, name)
			assert.Equal(t, name, e.Text)
		}
	}
}

func TestDottedDegreeKeepsItsPeriod(t *testing.T) {
	// A degree written with periods keeps its last one before a comma or
	// a sentence's end: "M.Sc." and "P.Geo." were a word and a sentence's
	// end, which cut the appositive after them.
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Dr. Dara Quill, M.Sc., a lecturer", []string{"Dr.", "Dara", "Quill", ",", "M.Sc.", ",", "a", "lecturer"}},
		{"Omar Nasser, P.Geo., approved it", []string{"Omar", "Nasser", ",", "P.Geo.", ",", "approved", "it"}},
	} {
		var got []string
		for _, tok := range entities.Tokenize(tt.text, 0, len(tt.text)) {
			got = append(got, tok.Text)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}
