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
