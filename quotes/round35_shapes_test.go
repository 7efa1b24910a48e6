package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read from the held-out round 35 (invented255-257) after it was
// measured, each with an invented input.

func TestMilitaryRankAbbreviationsEndNoSentence(t *testing.T) {
	// "Brig. Gen. Roe said": "Brig.", "Cpl.", "Cdr." and "Cdre." are
	// ranks, whose stop ends no sentence.
	for _, rank := range []string{"Brig. Gen.", "Cpl.", "Cdr.", "Cdre."} {
		d := extractLaidOut(t, "Winter rescues\n\nKELVALE, 3 March 2026 – Border guards rescued 200 people this winter.\n\nThe Commander of the Kelvo Border Service, Jane Roe, spoke of the most dangerous winter.\n\n\"Our officers found people lying in the snow,\" "+rank+" Roe said.")
		assert.Equal(t, "Jane Roe", saidBy(t, d, "Our officers found people lying in the snow").Name, rank)
	}
}

func TestAPostWithinABody(t *testing.T) {
	// "The Permanent Secretary within the Ministry, Ms Jane Roe": the
	// ministry the release is from.
	d := extractLaidOut(t, "Asylum centre\n\nKELVALE, 3 March 2026 – The Ministry for Home Affairs opened a reception centre.\n\nThe Permanent Secretary within the Ministry, Ms Jane Roe, explained that 64 case officers had been recruited.")
	assert.Equal(t, "Ministry for Home Affairs", saidBy(t, d, "64 case officers had been recruited").Organization.Name)
}

func TestAMakerAfterItsCountrysAdjective(t *testing.T) {
	// "at Brazilian steelmaker Siderúrgica Vale do Aço": the company, not
	// Brazil; "-maker" says what kind of company follows, and "do" stays
	// inside its name.
	d := extractLaidOut(t, "Standard adopted\n\nGENEVA, 3 March 2026 – The federation adopted a steel standard.\n\n\"You cannot make your steel look clean,\" said John Doe, senior sustainability engineer at Brazilian steelmaker Siderúrgica Vale do Aço.")
	assert.Equal(t, "Siderúrgica Vale do Aço", saidBy(t, d, "You cannot make your steel look clean").Organization.Name)
}
