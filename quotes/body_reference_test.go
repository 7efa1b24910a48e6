package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMinistryImpliedByAMinistersPost(t *testing.T) {
	// No ministry is named; the minister's post implies hers.
	text := "Kelvo Phosphates and Sahel Hydrogen form a joint venture\n\nKELVO CITY, 12 March 2025 – Kelvo Phosphates S.A. today announced a joint venture.\n\n" +
		"The joint venture was presented to Mrs. Jane Roe, Minister of Energy Transition and Sustainable Development, who welcomed the agreement.\n\n" +
		"According to the Ministry, the project is expected to create 2,300 jobs during construction."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Ministry of Energy Transition and Sustainable Development", speakerOf(t, d, "the project is expected to create 2,300 jobs during construction"))
}

func TestTheMinistryInAMinistrysRelease(t *testing.T) {
	// "the Prime Ministry" is named last, but the release is the
	// Ministry of Water's: its "the Ministry" is the issuer.
	text := "Desalination deal signed | Ministry of Water and Irrigation\n\n" +
		"KELVO CITY, 3 May 2025 – The Minister of Water and Irrigation, Eng. John Doe, signed the desalination agreement today.\n\n" +
		"Speaking at the signing ceremony at the Prime Ministry, Doe said the project was the most important investment in the country's history.\n\n" +
		"According to the Ministry, the first water is expected to reach the capital in 2029."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Ministry of Water and Irrigation", speakerOf(t, d, "the first water is expected to reach the capital in 2029"))
}

func TestHeadlineGroupIsTheIssuer(t *testing.T) {
	// A headline's "rights group" with no article, in the group's own
	// release.
	text := "KELVO CENTRE FOR MIGRANT WORKERS' RIGHTS\n\nMEDIA RELEASE\n10 June 2025\n\n" +
		"Midday work bans “not enough to keep workers alive”, rights group warns as summer heat arrives\n\n" +
		"The Kelvo Centre for Migrant Workers' Rights today published a report on heat stress among outdoor workers."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Centre for Migrant Workers' Rights", speakerOf(t, d, "Midday work bans “not enough to keep workers alive”"))
}

func TestOneOfAGroupHasItsMembersTitle(t *testing.T) {
	text := "One of the school directors, who asked not to be named, said she raised concerns about the ventilation in 2023."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "she raised concerns about the ventilation in 2023")
	assert.Equal(t, "One of the school directors", sp.Name)
	assert.Contains(t, sp.Titles, "school director")
}

func TestGivenNamesAloneAreTheFullName(t *testing.T) {
	// Icelanders and Malaysians are named again by their given names.
	text := "“This is a real step forward,” says Guðrún Ásta Hermannsdóttir, chair of the union.\n\n" +
		"Guðrún Ásta said that 32 percent of members voted against the agreement."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Guðrún Ásta Hermannsdóttir", speakerOf(t, d, "32 percent of members voted against the agreement"))
	// Not where the text names a family name alone.
	text = "Elizabeth Warren Hammers Kelvo Bank Chief\n\nSen. Elizabeth Warren said the bank had failed its customers. Warren said the chief should resign."
	d = extractLaidOut(t, text)
	assert.Equal(t, "Elizabeth Warren", speakerOf(t, d, "the bank had failed its customers"))
}

func TestMalaysianHonourOfTwoWords(t *testing.T) {
	text := "Kelvo’s Minister of Natural Resources, Tan Sri Mohd Rafiq Osman, said that cooperation had improved."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "cooperation had improved")
	assert.Equal(t, "Mohd Rafiq Osman", sp.Name)
	assert.Contains(t, sp.Titles, "Tan Sri")
	assert.Contains(t, sp.Titles, "Minister of Natural Resources")
}

func TestMinisterOfStateWithAFieldList(t *testing.T) {
	// A junior minister's rank before a portfolio of several fields, one
	// a word the lexicon lacks ("Husbandry").
	text := "“Inland fisheries are growing,” said Harinder Singh Bains, Minister of State for Fisheries, Animal Husbandry and Dairying."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "Inland fisheries are growing")
	assert.Contains(t, sp.Titles, "Minister of State for Fisheries, Animal Husbandry and Dairying")
}

func TestLetterheadInAnotherLanguageAndTheIssuersLocalUnits(t *testing.T) {
	// A letterhead in capitals over "Press Office" and "PRESS RELEASE"
	// names the issuer whatever its language; the headline under it is
	// the title, the dateline in title case gives the place and date; a
	// unit named after its post with "of" and a city is the issuer's.
	text := "KELVO FINANCE GUARD\nPress Office\n\nPRESS RELEASE\n\nFarm subsidy fraud: 23 suspects in Geneva\n\n" +
		"Geneva, 18 February 2025 – Officers of the Economic and Financial Police Unit of the Kelvo Finance Guard in Geneva today seized assets worth €14.3 million.\n\n" +
		"“This was an office that produced paperwork,” said Colonel Dara Quill, Commander of the Economic and Financial Police Unit of Geneva.\n\n" +
		"The Commander of the Provincial Command of Geneva, General John Roe, warned that “the season of easy money is over.”"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Farm subsidy fraud: 23 suspects in Geneva", d.Title)
	assert.Equal(t, "KELVO FINANCE GUARD", d.Source)
	assert.Equal(t, "2025-02-18", d.Date)
	assert.Equal(t, "Geneva", d.Place)
	assert.Equal(t, "Kelvo Finance Guard", saidBy(t, d, "This was an office that produced paperwork").Organization.Name)
	assert.Equal(t, "Kelvo Finance Guard", saidBy(t, d, "the season of easy money is over.").Organization.Name)
}

func TestSpokespersonForTheDefinedCompanyOrTheAgencyInItsSeat(t *testing.T) {
	// "the Company" a release defines is the issuer; "in Addis Ababa"
	// after "the agency" is where the agency speaks from, not a body.
	text := "Umoya Renewables Reaches Financial Close\n\nGABORONE, 3 March 2025 – Umoya Renewables Limited (“Umoya” or “the Company”) today announced financial close on its solar plant.\n\n" +
		"A spokesperson for the Company said the tariff was indexed partly to the US dollar."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Umoya Renewables Limited", saidBy(t, d, "the tariff was indexed partly to the US dollar").Organization.Name)
	text = "Kelvo Food Agency Warns of Pipeline Break\n\nADDIS ABABA, 3 March 2025 – The Kelvo Food Agency (KFA) warned today that its food pipeline would break in May.\n\n" +
		"A spokesperson for the agency in Addis Ababa said rising fuel prices had increased costs."
	d = extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Food Agency", saidBy(t, d, "rising fuel prices had increased costs").Organization.Name)
}

// TestFederalPostInItsOfficesRelease: "U.S. Attorney Jane Roe" in the
// release of the "U.S. Attorney’s Office" works for the office, not for
// the United States her title names.
func TestFederalPostInItsOfficesRelease(t *testing.T) {
	text := "U.S. Attorney’s Office\nDistrict of Kelvo\n\nFOR IMMEDIATE RELEASE\nThursday, May 15, 2025\n\nEight Charged in Billing Scheme\n\n" +
		"PHOENIX – U.S. Attorney Dara Quill announced today that a federal grand jury has returned an indictment charging eight people.\n\n" +
		"“They treated people in crisis as billing codes,” U.S. Attorney Quill said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "U.S. Attorney’s Office", saidBy(t, d, "They treated people in crisis as billing codes").Organization.Name)
	// A rank of the post, its name spelled out: "Acting United States
	// Attorney Jane Roe", "Assistant U.S. Attorney John Doe".
	for _, post := range []string{"Acting United States Attorney", "Assistant U.S. Attorney"} {
		text = "U.S. Attorney’s Office\nDistrict of Kelvo\n\nFOR IMMEDIATE RELEASE\nThursday, May 15, 2025\n\nEight Charged in Billing Scheme\n\n" +
			"PHOENIX – " + post + " Dara Quill announced today that a federal grand jury has returned an indictment charging eight people.\n\n" +
			"“They treated people in crisis as billing codes,” Quill said.\n"
		d = extractLaidOut(t, text)
		assert.Equal(t, "U.S. Attorney’s Office", saidBy(t, d, "They treated people in crisis as billing codes").Organization.Name, post)
	}
}

// TestBodySetOffAfterTheSubjectsName: a body set off by commas between a
// name and its verb is hers ("Jane Roe, Kelvo Robotics, said"), also after
// other bodies set off ("Special Agent in Charge Jane Roe of the Kelvo
// Department of Health, Office of Audits (KDH-OA), Kelvale Regional
// Office, said"): she speaks, not the last body.
func TestBodySetOffAfterTheSubjectsName(t *testing.T) {
	text := "The plant opened on Monday. Dara Quill, Kelvo Robotics, said the line would hire 40 people."
	d := extractLaidOut(t, text)
	s := saidBy(t, d, "the line would hire 40 people")
	assert.Equal(t, "Dara Quill", s.Name)
	assert.Equal(t, "Kelvo Robotics", s.Organization.Name)
	text = "The audit closed. Special Agent in Charge Dara Quill of the Kelvo Department of Health, Office of Audits (KDH-OA), Kelvale Regional Office, said, “We are committed to protecting the program.”"
	d = extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "We are committed to protecting the program.").Name)
}

// TestIssuerInTheFootersMediaContact: with no letterhead, the body named
// under the media contact's name in the footer is the issuer, and the
// district attorney's.
func TestIssuerInTheFootersMediaContact(t *testing.T) {
	text := "DA Quill: “Twenty-seven years is a long time to wait”\n\nJune 11, 2025\n\n" +
		"PORTLAND, Ore. – A jury on Tuesday found a man guilty of murder for a killing in 1998.\n\n" +
		"“Twenty-seven years is a long time to wait, but it is not too long,” District Attorney Dara Quill said.\n\n" +
		"Media contact:\nJohn Doe, Communications Director\nKelvo County District Attorney’s Office\n503-555-0157 | media@kelvo.example.gov\n\n###\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo County District Attorney’s Office", saidBy(t, d, "Twenty-seven years is a long time to wait, but it is not too long").Organization.Name)
}

// TestPostThenAsideAfterTheSubjectsName: a post set off after the name and
// then a participle's aside ("Dr. Jane Roe, Kelvo Health (KH) Incident
// Manager for the west, speaking from Kelvale, said") leave her the
// subject, not the place her post ends with.
func TestPostThenAsideAfterTheSubjectsName(t *testing.T) {
	text := "The briefing opened. Dr. Dara Quill, Kelvo Health Agency (KHA) Incident Manager for the cholera response in western Kelvania, speaking from Kelvale, said that 1,140 suspected cases had been reported."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "1,140 suspected cases had been reported").Name)
}

func TestBodyNamedByItsStatedShortNames(t *testing.T) {
	// A speaker's body given by its acronym or its short name speaks for
	// the name the text states in full.
	text := "Ambulances may cross borders\n\nMAASTRICHT, 4 September 2025 – A new agreement lets crews cross the border.\n\n" +
		"“Minutes decide,” said Dr. Jane Roe, Executive Director of the ECCHC, at the signing.\n\n" +
		"A team at Technische Universität Weserberg (TU Weserberg) will study the results. “We will measure every call,” said Prof. Tom Vale, head of the Institute of Emergency Care at TU Weserberg.\n\n" +
		"The European Centre for Cross-Border Health Cooperation (ECCHC) was established in 2019."
	d := extractLaidOut(t, text)
	assert.Equal(t, "European Centre for Cross-Border Health Cooperation", saidBy(t, d, "Minutes decide").Organization.Name)
	assert.Equal(t, "Technische Universität Weserberg", saidBy(t, d, "We will measure every call").Organization.Name)
}

func TestASeaIsNoAntecedent(t *testing.T) {
	// "he" after a sentence whose subject is a person and whose last name
	// is a sea's: the person.
	text := "The chair of the Scientific Committee, Prof. Dara Quill, presented the assessment, according to which sardine in the western Mediterranean is at a third of its level.\n\n" +
		"“The stocks can come back,” he said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", speakerOf(t, d, "The stocks can come back"))
}

func TestPronounAfterAnOpenerWithTwoPlaces(t *testing.T) {
	// "In the community of X, in Y, goat farmer Mary Poe received …":
	// the second place set off after the opener is the opener's, and the
	// farmer is what the sentence is about, whom "she says" names (not the
	// mayor quoted before).
	text := "RECIFE, 3 June 2025 – The agency delivered cisterns.\n\nThe mayor of Lagoa, Jane Roe, told reporters that 40% of families depend on trucked water.\n\n" +
		"In the rural community of Sitio Caroa, in Serra Talhada, goat farmer Mary Poe, 54, received one of the cisterns in 2023. \"Before, I spent the morning waiting for the truck,\" she says."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Mary Poe", speakerOf(t, d, "Before, I spent the morning waiting for the truck"))
}
