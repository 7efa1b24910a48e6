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

func TestTheCompanyIsTheIssuerWithoutItsLegalForm(t *testing.T) {
	// The issuer is "Kelvo Remit Holdings plc"; the text names it without
	// "plc" too. "The company's Chief Financial Officer" is the issuer's,
	// not the last body named before (a research institute).
	d := extractLaidOut(t, "KELVALE, March 11, 2025 /GlobeWire/ -- Kelvo Remit Holdings plc (LSE: KRMT), the payments company, today cut its transfer fees.\n\nKelvo Remit Holdings said the cut applies at once.\n\n\"Fees are the most regressive tax a migrant pays,\" said Prof. John Doe, director of research at the Kelvo Institute for Social Research.\n\nThe company's Chief Financial Officer, Jane Roe, told analysts that the fee cut would reduce revenue by about GBP 9 million this year.\n\nAbout Kelvo Remit Holdings plc\n\nKelvo Remit Holdings plc is a payments company.")
	sp := saidBy(t, d, "the fee cut would reduce revenue by about GBP 9 million this year")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Organization.Name, "Kelvo Remit Holdings")
}

func TestTheCooperativeBeforeItsLegalShape(t *testing.T) {
	// "the Kelvo Dairy Farmers' Cooperative Society" is "the
	// cooperative": its head stands before "Society".
	d := extractLaidOut(t, "Ruritel launches rural network\n\nKELVALE, 3 March 2026 - Ruritel Mobile today switched on its rural network.\n\nAmong the first business customers is the Kelvo Dairy Farmers' Cooperative Society, whose members now record deliveries on an app. The cooperative's chairperson, Jane Roe, said members had been \"suspicious of anything that promised to be faster\" until the first payments arrived.")
	sp := saidBy(t, d, "members had been \"suspicious of anything that promised to be faster\" until the first payments arrived")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Dairy Farmers' Cooperative Society", sp.Organization.Name)
}

func TestAPeruvianClosedCompany(t *testing.T) {
	// "S.A.C." is a legal form (a Peruvian closed company): "Kelvo Carbon
	// S.A.C." is a body, which "Kelvo" and "the company" name later.
	d := extractLaidOut(t, "Council rejects forest carbon deal\n\nKELVALE, 3 March 2026 - The Kelvo Basin Indigenous Council (KBIC) today rejected a carbon contract signed by Kelvo Carbon S.A.C. with one village association.\n\nIn a written response to the council, Kelvo said the agreement had been signed lawfully. The company's general manager, John Doe, said the project would share \"at least half of net revenues\" with the communities.")
	sp := saidBy(t, d, "the project would share \"at least half of net revenues\" with the communities")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Kelvo Carbon S.A.C.", sp.Organization.Name)
}
