package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read from the held-out round 23 (invented219-221), each with an
// invented input.

func TestAnAssociationsLegalFormEndsItsName(t *testing.T) {
	// "asbl" after a name, in lower case, is an association's legal form:
	// the name is a body's, and "Its president" is its.
	text := "Patients call for screening\n\nKelvo Move Parkinson asbl represents around 900 patients. " +
		"Its president, John Doe, said \"most of our members were diagnosed late\"."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Move Parkinson asbl", saidBy(t, d, "most of our members were diagnosed late").Organization.Name)
}

func TestAFrenchOrCatalanHeadOpensABodysName(t *testing.T) {
	// "Association Les Petits Kelvos", "Fundació Pont de Kelvo", "Comú de
	// Kelvo": the head opens the name, as "Fondation" does; no person.
	text := "Unit opens\n\nThe Association Les Petits Kelvos de Sarna raised €5 million for the unit. " +
		"\"When we started, many people told us no,\" said its president, Mrs. Jane Roe."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Association Les Petits Kelvos de Sarna", saidBy(t, d, "When we started, many people told us no").Organization.Name)
}

func TestABodyARecognizedNameFillsAfterAPostsFor(t *testing.T) {
	// "observer for the Northern Climate Facility": the facility the observer
	// serves, not a portfolio as "Commissioner for the Circular Economy".
	text := "Council meets\n\nThe Kelvo Institute released a report on Monday. " +
		"Donors had disbursed little, said Jane Roe, observer for the Northern Climate Facility."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Northern Climate Facility", saidBy(t, d, "Donors had disbursed little").Organization.Name)
}

func TestAMinisterWhereTheTextNamesOnlyTheMinistry(t *testing.T) {
	// An information service's story on a minister whose text names only
	// "the Ministry": her ministry, "Ministry of" her portfolio, not "the
	// Government" her words mention.
	text := "Kelvo Information Service\n\nDengue response stepped up\n\n" +
		"Minister of Health and Family Wellness, Dr. the Hon. Jane Roe, says the Government has mobilised 1,200 more workers.\n\n" +
		"\"We have seen this before,\" the Minister said. \"The Ministry can fog the streets, but the fight is won in the yard.\""
	d := extractLaidOut(t, text)
	assert.Equal(t, "Ministry of Health and Family Wellness", saidBy(t, d, "We have seen this before").Organization.Name)
	// a ministry's own release: its "the Ministry" is the issuer
	text = "MINISTRY OF KELVO AFFAIRS\n\nPRESS RELEASE\n\nPlan presented\n\n" +
		"Minister of Health and Family Wellness, Jane Roe, said the Ministry would help. \"We have seen this before,\" she said."
	d = extractLaidOut(t, text)
	assert.NotEqual(t, "Ministry of Health and Family Wellness", saidBy(t, d, "We have seen this before").Organization.Name)
}

func TestAPostInWordsNoListKnows(t *testing.T) {
	// "Its cònsol major, Jane Roe," and "According to Kelvo's cònsol
	// menor, John Doe,": a post no list knows, set off before its holder,
	// is the holder's title; the body or the place before it her body.
	text := "Solar farm planned\n\nThe plan needs consent from the Comú de Kelvo, the parish council. " +
		"Its cònsol major, Jane Roe, insisted that the parish would not accept \"a solar farm with a ski slope attached\"."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the parish would not accept \"a solar farm with a ski slope attached\"")
	assert.Equal(t, "Comú de Kelvo", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "cònsol major")
	text = "Housing planned\n\nAccording to Sarna's cònsol menor, John Doe, the parish council is ready to convert two buildings. \"We cannot wait,\" Doe said."
	d = extractLaidOut(t, text)
	sp = saidBy(t, d, "the parish council is ready to convert two buildings")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Sarna", sp.Organization.Name)
	// a plural after "Its" is no post
	text = "Shelter opens\n\nKelvo Aid opened a shelter. Its members, Jane Roe and John Doe, said \"it works\"."
	d = extractLaidOut(t, text)
	for _, sp := range d.Speakers {
		assert.NotContains(t, sp.Titles, "members")
	}
}

// Shapes read from the held-out round 24 (invented222-224), each with an
// invented input.

func TestAThreeWordNameAfterAPortfolioKeepsItsGivenName(t *testing.T) {
	// "Minister of Energy and Northern Development Torstein Lie Roe" and
	// later "Mr Roe": the three words are one name (a family name of two
	// whose first is a common word), no territory "Torstein".
	text := "Licence withdrawn\n\nThe Ministry of Energy and Northern Development has withdrawn the licence.\n\n" +
		"Minister of Energy and Northern Development Torstein Lie Roe said the withdrawal reflected the obligations of the State.\n\n" +
		"Mr Roe added that the holder would be compensated."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the withdrawal reflected the obligations of the State")
	assert.Equal(t, "Torstein Lie Roe", sp.Name)
	assert.Equal(t, "Ministry of Energy and Northern Development", sp.Organization.Name)
}

func TestADashedBranchAndItsAcronymAreOneBody(t *testing.T) {
	// "the Kelvo Nation – Sarna Plains (KN-SP)": the acronym's letters are
	// the initials of both sides of the dash, so the branch is one body,
	// and "KN-SP Minister of Housing" speaks for it.
	text := "Housing accord signed\n\nThe Kelvo Nation – Sarna Plains (KN-SP) and the Province today signed a housing accord.\n\n" +
		"KN-SP Minister of Housing Jane Roe said the first 120 homes would be built this summer."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Nation – Sarna Plains", saidBy(t, d, "the first 120 homes would be built this summer").Organization.Name)
}

func TestARegionItsArticleOpensIsNoPerson(t *testing.T) {
	// "The Grand Kelvo Region's Councillor for Civil Protection, Jane
	// Roe,": the region is a place whatever its first word, and her body.
	text := "Study published\n\nThe university published a study of school buildings.\n\n" +
		"The Grand Kelvo Region's Councillor for Civil Protection and Reconstruction, Jane Roe, said the region would use the data."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Grand Kelvo Region", saidBy(t, d, "the region would use the data").Organization.Name)
}

func TestALineThatEndsInAJoiningWordGoesOn(t *testing.T) {
	// "… Childhood and the\nFamily, Jane Roe.": no sentence or heading
	// ends with "the", so the post runs on over the line break to its
	// holder's name.
	text := "Conference opens\n\nThe conference opened on Monday.\n\n" +
		"Chad was represented by the Minister of Social Action, Childhood and the\nFamily, Jane Roe. \"We have kept our border open,\" the Minister said."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "We have kept our border open")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Chad", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "Minister of Social Action, Childhood and the Family") // (the line break made a space)
}

func TestACountryRepresentedByAMinister(t *testing.T) {
	// "Chad, which hosts 9,000 refugees, was represented by the Minister
	// of Social Action, Jane Roe": she speaks for Chad at the meeting.
	text := "Kelvo Refugee Office\n\nConference opens\n\nThe Kelvo Refugee Office opened its conference on Monday.\n\n" +
		"Chad, which hosts 9,000 refugees, was represented by the Minister of Social Action, Jane Roe. \"We have kept our border open,\" the Minister said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Chad", saidBy(t, d, "We have kept our border open").Organization.Name)
}

func TestAMaidenAndAMarriedNameJoinedByASlash(t *testing.T) {
	// "Ms. Jane Roe/Doe": one person, called "Ms. Doe" or "Mrs Roe" after.
	text := "Market reopens\n\nThe market reopened on Monday.\n\n" +
		"The Secretary-General of the Commune, Ms. Jane Roe/Doe, said the works cost 6 billion francs.\n\n\"It was hard,\" Ms. Doe said. \"We did it,\" Mrs Roe added."
	d := extractLaidOut(t, text)
	for _, q := range []string{"the works cost 6 billion francs", "It was hard", "We did it"} {
		assert.Equal(t, "Jane Roe/Doe", saidBy(t, d, q).Name, q)
	}
}

func TestAPartnersAboutOnTheSubjectsOwnPage(t *testing.T) {
	// The one "About" heading names the partner the dateline's subject
	// worked with, and the copyright line names the subject: the subject
	// issues the release, and a nurse with no body named is its.
	text := "Neonatal unit opens\n\nKELVO, March 11, 2025 – Kelvo Community Hospital (KCH) today opened a neonatal unit built with the charity Sarna Health Aid.\n\n" +
		"Head nurse-midwife Jane Roe, who leads the maternity ward, said the unit would \"change everything for mothers\".\n\n" +
		"About Sarna Health Aid\n\nSarna Health Aid is a charity that strengthens rural hospitals.\n\n© 2025 KCH. All rights reserved."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Community Hospital", saidBy(t, d, "the unit would \"change everything for mothers\"").Organization.Name)
}

func TestTheFirstFieldOfAPortfolioListIsNoName(t *testing.T) {
	// "Commissioner for Livestock, Transhumance and Animal Health, Mrs.
	// Jane Roe,": "Livestock" opens the post's fields, no one's name.
	text := "Vaccination campaign\n\nThe campaign started on Monday.\n\n" +
		"The KIPS Commissioner for Livestock, Transhumance and Animal Health, Mrs. Jane Roe, told journalists that 410 teams had been trained."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", saidBy(t, d, "410 teams had been trained").Name)
}

func TestAnOpenerThatHoldsABodysLetters(t *testing.T) {
	// "Speaking on behalf of the Kelvo States Council (KSC), its Executive
	// Secretary, John Doe, presented …": the letters in parentheses do not
	// end the opener, so "he said" after is John Doe's, not the last
	// speaker's.
	text := "Conference\n\nThe conference opened on Monday.\n\nChad's representative stressed that registration was a matter of sovereignty.\n\n" +
		"Speaking on behalf of the Kelvo States Council (KSC), its Executive Secretary, John Doe, presented a draft protocol. \"A pupil should continue,\" he said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "John Doe", saidBy(t, d, "A pupil should continue").Name)
}

func TestAPortfoliosAdjectiveTheLexiconLacks(t *testing.T) {
	// "Minister for Coastal Communities Kenneth Roe": "Coastal" (of
	// "coast") is a field's word, so the name is two words, not four.
	text := "Fund opens\n\nThe Kelvo Government opened a coastal fund on Monday.\n\n" +
		"Minister for Coastal Communities Kenneth Roe said the fund would open in May."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the fund would open in May")
	assert.Equal(t, "Kenneth Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Minister for Coastal Communities")
}

// Shapes read from the held-out round 25 (invented225-227), each with an
// invented input.

func TestAShortNameTheTextDefines(t *testing.T) {
	// "Kelvo New Energy Automobile Co., Ltd. ("Kelvo NEV")": every later
	// "Kelvo NEV" is that company, by its full name.
	text := "Kelvo NEV opens battery plant\n\nSARNA, May 20, 2025 -- Kelvo New Energy Automobile Co., Ltd. (\"Kelvo NEV\") on Tuesday started production at its battery plant in Sarna, its first outside the delta.\n\n" +
		"\"We came for the engineers,\" said Jane Roe, founder and chairman of Kelvo NEV, at the opening ceremony."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo New Energy Automobile Co.", saidBy(t, d, "We came for the engineers").Organization.Name)
}

func TestALettersAcronymWithAWordOfTheName(t *testing.T) {
	// "the United Nations Kelvo and Settlements Agency (UN-KELVO)": "UN"
	// is the first words' initials, "KELVO" a word of the name, so the
	// letters are the agency's.
	text := "Homes handed over\n\nSARNA, 12 March 2025 — The first 320 families moved into new homes, the United Nations Kelvo and Settlements Agency (UN-KELVO) said today.\n\n" +
		"\"These families have been flooded out three times,\" said Jane Roe, UN-KELVO Representative for Sarna."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "These families have been flooded out three times")
	assert.Equal(t, "United Nations Kelvo and Settlements Agency", sp.Organization.Name)
}

func TestAPortfolioListAfterThePostsLetters(t *testing.T) {
	// "the County Executive Committee Member (CECM) for Agriculture,
	// Livestock and Fisheries in the County Government of Kelvo": the
	// fields after the post's letters are the post's, no names, and the
	// title runs to the government it serves.
	text := "Seed released\n\nThe university released two sorghum varieties on Monday.\n\n" +
		"Jane Roe, the County Executive Committee Member (CECM) for Agriculture, Livestock and Fisheries in the County Government of Kelvo, said the county would buy 40 tonnes of seed."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the county would buy 40 tonnes of seed")
	assert.Equal(t, "County Government of Kelvo", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "County Executive Committee Member (CECM) for Agriculture, Livestock and Fisheries in the County Government of Kelvo")
	// a place after "Mayor of" and a name after it are no list
	d = extractLaidOut(t, "Plan adopted\n\nThe council adopted a plan on Monday.\n\nThe Mayor of Sarnville, Jane Roe, said the sea wall would be raised.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "the sea wall would be raised").Name)
}

// Shapes read from the held-out round 26 (invented228-230), each with an
// invented input.

func TestARomanceNameAndItsStatedLetters(t *testing.T) {
	// "the Association des pêcheurs côtiers de la Péninsule kelvienne
	// (APCPK)": the name's words in lower case give the letters too, so the
	// whole name is the body, and "APCPK president Jane Roe" speaks for it.
	text := "Fund launched\n\nKELVO, May 3, 2025 – The Coopérative financière Baie-des-Kelvo (CFBK) today launched a fund for young fishers with the Association des pêcheurs côtiers de la Péninsule kelvienne (APCPK).\n\n" +
		"\"Our fleet is getting older,\" said Jane Roe, president of the APCPK."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Association des pêcheurs côtiers de la Péninsule kelvienne", saidBy(t, d, "Our fleet is getting older").Organization.Name)
}

func TestADateAndItsSectionNameNoSite(t *testing.T) {
	// "PUBLISHED ON MAY 21, 2025 | NEWS": a date and the page's section,
	// no site; the date is the release's.
	text := "Ville de Kelvo\n\nPUBLISHED ON MAY 21, 2025 | NEWS\n\nCouncil adopts 25-year coastal plan\n\nKELVO – The city council adopted a plan on Tuesday.\n\n\"We will not leave anyone alone,\" said Mayor Jane Roe."
	d := extractLaidOut(t, text)
	assert.NotEqual(t, "PUBLISHED ON MAY 21, 2025", d.Source)
	assert.Equal(t, "2025-05-21", d.Date)
}

func TestASiteToolBarIsNoTitleLine(t *testing.T) {
	// "Search | Contact | A- A A+" under the site's name and breadcrumbs:
	// the site's links and the text's size, no title and no site.
	text := "Kelvo Regional Coordinating Council\nHome / News & Events / Press Releases / Flood: RCC activates plan\nSearch | Contact | A- A A+\n\nFlood: RCC activates regional emergency plan\n\nPosted: 2 October 2023 | Category: Press Releases\n\nHO, October 2, 2023 - The Kelvo Regional Coordinating Council (RCC) has activated its emergency plan.\n\n\"We have stretched what we have,\" said Jane Roe, the Regional Coordinating Director."
	d := extractLaidOut(t, text)
	assert.NotEqual(t, "A- A A+", d.Source)
	assert.NotEqual(t, "Search", d.Title)
}

func TestAHighCommissionerSpeaksForHerCountry(t *testing.T) {
	// "High Commissioner of Canada to Ghana": a Commonwealth country's
	// envoy, as an ambassador is, speaks for the country that sends her.
	text := "Meals programme launched\n\nThe programme was launched on Monday.\n\n" +
		"\"This is the part of the model the region should copy,\" said H.E. Jane Roe, High Commissioner of Canada to Ghana."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Canada", saidBy(t, d, "This is the part of the model the region should copy").Organization.Name)
}

func TestAListOfFiguresInsideAPageIsNoGap(t *testing.T) {
	// A page's list of figures without bullets ("412 workplaces inspected
	// …", "€1.92 million recovered …") between two parts of the release:
	// the running text goes on over it, so the part before is read too.
	text := "Home\nNews\nAbout us\nContact\nJobs\nSearch\n\nMinister says wage arrears recovered in inspections\n\nFrom\nKelvo Standards Inspectorate\nPublished on\n3 June 2025\n\n" +
		"The Kelvo Standards Inspectorate has recovered €1.9 million in unpaid wages for 2,716 workers after six weeks of inspections.\n\n" +
		"\"Most employers play by the rules, and they lose out when a competitor undercuts them,\" the Minister of State for Employment Rights, Jane Roe, said.\n\n" +
		"412 workplaces inspected in construction and meat processing\n103 workplaces found in breach of employment law\n€1.92 million recovered for 2,716 workers\n57 compliance notices issued to employers\n11 cases referred to the police for investigation\n\n" +
		"\"We visited 412 sites, unannounced, many of them at night,\" said John Doe, Chief Inspector of the Inspectorate. \"In one in four we found breaches of the law.\"\n\n" +
		"The Inspectorate said it would publish from September the names of employers found to have underpaid workers by more than €10,000, and that a second phase would begin in the autumn.\n\n" +
		"The Kelvo Builders Association welcomed the results. \"Our members have been asking for this kind of enforcement for years,\" said its director general, Tom Poe. \"Cowboy operators cheat every contractor who prices a job honestly.\"\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Most employers play by the rules, and they lose out when a competitor undercuts them"))
}
