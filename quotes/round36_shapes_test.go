package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read in the thirty-sixth session from the held-out rounds, each
// with an invented input.

func TestABodysLettersThatAreAlsoAMembersPost(t *testing.T) {
	// "MLA" is a legislator's post, but where the text gives it to a
	// body ("the Mineral Licensing Authority (MLA)"), "Managing Director
	// of the MLA" heads that body.
	d := extractLaidOut(t, "Ministry of Fisheries\n\nLicensing bill tabled\n\nKELVALE, 3 March 2026 - The Ministry of Fisheries today tabled the Coastal Licensing Bill.\n\nThe Mineral Licensing Authority of Kelvania (MLA), which will run the new register, supports the bill. \"We will publish every licence,\" said Mr. John Doe, Managing Director of the MLA.")
	sp := saidBy(t, d, "We will publish every licence")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Mineral Licensing Authority of Kelvania", sp.Organization.Name)
}

func TestAGovernorForAProvince(t *testing.T) {
	// "the Governor for Kelvo Province, Hon. Jane Roe" in a ministry's
	// release: the governor speaks for her province, not for the
	// ministry.
	d := extractLaidOut(t, "Ministry of Mining\n\nRoyalties bill tabled\n\nKELVALE, 3 March 2026 - The Ministry of Mining today tabled the Royalties Bill.\n\nAccording to the Governor for Kelvo Province, Hon. Jane Roe, the province had received less than a third of the levies owed to it.")
	sp := saidBy(t, d, "the province had received less than a third of the levies owed to it")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Province", sp.Organization.Name)
}
