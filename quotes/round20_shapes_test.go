package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read from the held-out round 20 (invented210-212), each with an
// invented input.

func TestABarOfLinksSetApartBySpacesIsNoHeadline(t *testing.T) {
	// A first line of links set apart by wide spaces, ending in the page's
	// languages, is a bar: "Releases" in it is no headline's verb, so
	// "Kelvo.gov Press" issues nothing; a bureau's secretary speaks for
	// the Government the text names.
	text := "Kelvo.gov   Press Releases   News Archive   Search   Text Size  A A A   繁體版   简体版\n\nPress Releases\n\nSCW visits Kelvo Storage Tank\n*****************************\n\n" +
		"     The Secretary for Coastal Works, Mr John Doe, today visited the Kelvo Storage Tank.\n\n" +
		"     \"The old standards no longer hold,\" Mr Doe said. He added that the Government would build four more tanks by 2030.\n"
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "The old standards no longer hold")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Government", sp.Organization.Name)
}

func TestAParliamentarySecretarySpeaksForTheGovernment(t *testing.T) {
	// "Senior Parliamentary Secretary for Fisheries" in a charity's
	// release: the Government the text names, not the charity.
	text := "Kelvo Fishers Aid marks ten years of its helpline\n\nKELVO, 3 June 2025 – Kelvo Fishers Aid, a charity for fishing families, marked ten years of its helpline on Tuesday.\n\n" +
		"Senior Parliamentary Secretary for Fisheries Mr John Doe said the Government would keep funding the helpline. \"It is part of what holds our coast together,\" he said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Government", saidBy(t, d, "It is part of what holds our coast together").Organization.Name)
	// a union's "General Secretary for Kelvo" is no minister of the Government
	text = "Kelvo Dockers Union calls strike\n\nKELVO, 3 June 2025 – The Kelvo Dockers Union called a strike on Tuesday, weeks after the Government cut port wages.\n\n" +
		"\"We have no choice,\" said the union's General Secretary for Kelvo, John Doe."
	d = extractLaidOut(t, text)
	assert.NotEqual(t, "Government", saidBy(t, d, "We have no choice").Organization.Name)
}

func TestAMemberOfANamedCouncil(t *testing.T) {
	// "Legislative Council Member Ir the Hon Jane Roe": an engineer's "Ir"
	// and a lawmaker's "the Hon" stand between her post and her name; the
	// post names the council she sits on.
	text := "Tank opens in Kelvo\n\nThe Kelvo Storage Tank opened on Tuesday.\n\n" +
		"Legislative Council Member Ir the Hon Jane Roe, who has raised flooding in the Council, said she would ask for the tank's data after every storm."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "she would ask for the tank's data after every storm")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Legislative Council", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "Legislative Council Member")
}

func TestAStreetOrAVillageItsWordOpensIsNoPerson(t *testing.T) {
	// "Rua do Almirante Kelvo", "Kampong Sarna": a street and a village,
	// not people "he" could stand for.
	text := "Gate tested in Kelvo\n\nThe tidal gate was tested on Tuesday.\n\n" +
		"Mr John Doe, who runs a shop on Rua do Almirante Kelvo, watched the test. \"Eight years ago the water came up to here,\" he said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "John Doe", speakerOf(t, d, "Eight years ago the water came up to here"))
	text = "Brigades get pumps\n\nThe fund gave its first grants on Tuesday.\n\n" +
		"Awang John Doe, who leads the 24-member Kampong Sarna Volunteer Fire Brigade, attended the launch. \"We have been using buckets,\" he said."
	d = extractLaidOut(t, text)
	assert.Equal(t, "John Doe", speakerOf(t, d, "We have been using buckets"))
}

func TestAnAcronymFromACompoundCompassWord(t *testing.T) {
	// "SEK-PF" of "Southeast Kelvo Centre for Peat Fires": "Southeast"
	// gives two letters; the director of SEK-PF speaks for the centre.
	text := "Centre warns of long fire season\n\nKELVO, 3 June 2025 – The Southeast Kelvo Centre for Peat Fires (SEK-PF) today published its outlook.\n\n" +
		"\"Peat fires are slow and stubborn,\" said Dr Jane Roe, Executive Director of SEK-PF."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Southeast Kelvo Centre for Peat Fires", saidBy(t, d, "Peat fires are slow and stubborn").Organization.Name)
}

func TestItsAfterTheCompanyIsTheCompanys(t *testing.T) {
	// "Its chief financial officer" after a paragraph that calls the
	// issuer "the company" is the issuer's, not the supplier's named
	// before.
	text := "PRAGUE, 12 March 2025 -- Kelvo energie a.s., the Kelvo power producer, today announced that it will build a grid battery.\n\n" +
		"The facility will use cells supplied by Sarna Cells s.r.o. and will connect to the grid in 2027.\n\n" +
		"Jane Roe added that the site's grid connection had saved the company two years of permitting.\n\n" +
		"Its chief financial officer, John Doe, said the investment would be financed through a green bond."
	d := extractLaidOut(t, text)
	assert.NotContains(t, saidBy(t, d, "the investment would be financed through a green bond").Organization.Name, "Sarna")
	// but a body's appositive ("Sarna Air, the nonprofit air ambulance")
	// and a sentence that names another body keep "its" theirs
	text = "KELVO, 3 March 2025 – Kelvo Valley Health today opened a stroke service.\n\n" +
		"The service will work with Sarna Air Lifeline, the nonprofit air ambulance that serves the region. Its chief flight nurse, John Doe, expects fewer flights. \"We will fly fewer patients,\" he said."
	d = extractLaidOut(t, text)
	assert.Equal(t, "Sarna Air Lifeline", saidBy(t, d, "We will fly fewer patients").Organization.Name)
	text = "KELVO, 3 March 2025 – Kelvo Minerals Company today signed a plant agreement.\n\n" +
		"The Kelvo Miners Union, which represents most of the company's 2,300 employees, welcomed the agreement. Its president, John Doe, said that \"not a single job will be lost.\""
	d = extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Miners Union", saidBy(t, d, "not a single job will be lost.").Organization.Name)
}

func TestAnAboutHeadingOfANameInLowerCase(t *testing.T) {
	// "About Kelvo banka": a body its own language writes with one
	// capital is the issuer, before a partner's "About" heading.
	text := "Kelvo banka opens credit line for small firms\n\nBRATISLAVA, 3 March 2025 – Kelvo banka, a.s. and the Sarna Guarantee Agency (SGA) today signed an agreement on loans to small firms.\n\n" +
		"\"Guaranteed loans are not a licence to lend carelessly,\" said John Doe, the bank's Chief Risk Officer.\n\n" +
		"About Kelvo banka\n\nKelvo banka, a.s. is the fourth-largest bank in Kelvo.\n\nAbout the Sarna Guarantee Agency\n\nThe Sarna Guarantee Agency (SGA) is a state-owned financial institution."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo banka", saidBy(t, d, "Guaranteed loans are not a licence to lend carelessly").Organization.Name)
}

func TestAPortfolioOpeningWithTheEndsInItsLastItem(t *testing.T) {
	// "Minister of the Environment and Spatial Planning Dr. Jane Roe":
	// "Spatial Planning" is the portfolio's last item, no person.
	text := "Flood alerts reach every phone\n\nThe agency presented its new alert system on Tuesday.\n\n" +
		"\"We spent the first year rebuilding roads,\" Minister of the Environment and Spatial Planning Dr. Jane Roe said at the presentation."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "We spent the first year rebuilding roads")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Minister of the Environment and Spatial Planning")
}

func TestAPersonAfterAPortfolioInAListIsNoItemOfIt(t *testing.T) {
	// "Minister for the Sea and Coastal Mobility, and John Doe, President
	// of …": the list of signatories goes on past the portfolio's last
	// item; John Doe is a person.
	text := "Tram line to cross the border\n\nOn Monday in Kelvo, Jane Roe, Minister for the Sea and Coastal Mobility, and John Doe, President of the Sarna Agglomeration, signed the agreement.\n\n" +
		"President Doe said: \"For our residents, this is the end of an old injustice.\""
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "For our residents, this is the end of an old injustice.")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Sarna Agglomeration", sp.Organization.Name)
}

func TestAWorkshopsNameAndATownAsAModifier(t *testing.T) {
	// "Roe Engineering Works" is a company (not a person of the family
	// name); "a Kelvo fabrication firm" names no person "she" could stand
	// for.
	text := "Copper smelter to expand\n\nThe miners' union welcomed the plan, said John Doe, its general secretary.\n\n" +
		"For Jane Roe, who runs Roe Engineering Works, a Kelvo fabrication firm with 60 employees, the quota matters more than the headline figure.\n\n" +
		"\"A 30 percent quota is the difference between us growing and us closing down,\" she said."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "A 30 percent quota is the difference between us growing and us closing down")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Roe Engineering Works", sp.Organization.Name)
}

func TestAGroupPostAfterTheIssuersName(t *testing.T) {
	// "Kelvo Dairies Group Chief Executive Jane Roe" in Kelvo Dairies
	// (Private) Limited's release: "Group" is the post's ("Group Chief
	// Executive"), the company the issuer.
	text := "HARARE, 3 March 2025 – Kelvo Dairies (Private) Limited today opened ten milk collection centres.\n\n" +
		"\"Every litre a farmer sells to us is a litre we do not import,\" said Kelvo Dairies Group Chief Executive Jane Roe."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Dairies", saidBy(t, d, "Every litre a farmer sells to us is a litre we do not import").Organization.Name)
}

func TestTraditionalAndVillageHeadsAreTitles(t *testing.T) {
	// "Group Village Head Kelvo" (Malawi), "Ketua Kampong" and "Penghulu"
	// (Brunei) are titles before a name, not a body or a name's words.
	for _, tc := range []struct{ text, quote, name, title string }{
		{"Boreholes for Kelvo district\n\nThe programme was launched on Tuesday.\n\nGroup Village Head Kelvo, in whose area the launch took place, said the programme had come at the right time.",
			"the programme had come at the right time", "Kelvo", "Group Village Head"},
		{"Screening comes to the village\n\nThe hospital screened 200 people on Saturday.\n\nThe village head of Kampong Sungai Kelvo, Ketua Kampong Haji Jane bin Roe, said the village would keep the hall open.",
			"the village would keep the hall open", "Jane bin Roe", "Ketua Kampong"},
	} {
		d := extractLaidOut(t, tc.text)
		sp := saidBy(t, d, tc.quote)
		assert.Equal(t, tc.name, sp.Name, tc.text)
		assert.Contains(t, sp.Titles, tc.title, tc.text)
	}
}

func TestANameOpeningWithAClick(t *testing.T) {
	// "Dr. Andreas !Kelvoseb": a Namibian name whose "!" writes a click is
	// one name, whom "!Kelvoseb added" names again.
	text := "Quota rules for horse mackerel\n\nThe ministry set new quota rules on Tuesday.\n\n" +
		"The ministry's Executive Director, Dr. Andreas !Kelvoseb, said that the condition would be phased in.\n\n!Kelvoseb added that the list would be published in December."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Andreas !Kelvoseb", speakerOf(t, d, "the condition would be phased in"))
	assert.Equal(t, "Andreas !Kelvoseb", speakerOf(t, d, "the list would be published in December"))
}

func TestAnAboutHeadingOfAnAssociationInLowerCase(t *testing.T) {
	// "About Kelvo sused" over "Kelvo sused, o.z. is a non-governmental
	// organisation": a Slovak civic association's legal form.
	text := "Kelvo sused | Good Neighbour\n\nGood Neighbour: 100 families have built their own homes\n\nKOŠICE, 3 March 2025 – The civic association Kelvo sused (Good Neighbour) today handed over the keys to the 100th house.\n\n" +
		"\"We do not hand out houses,\" said Jane Roe, director.\n\nAbout Kelvo sused\n\nKelvo sused, o.z. (Good Neighbour) is a non-governmental organisation founded in 2012."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo sused", saidBy(t, d, "We do not hand out houses").Organization.Name)
}

// Shapes read from the held-out round 21 (invented213-215).

func TestAnOfficeOfAFieldAndItsAcronymInAnotherLanguage(t *testing.T) {
	// "the Kelvo Office of Disaster Preparedness (KOPD, for its Spanish
	// initials)": one office, whose letters the note declares, and "KOPD
	// Commissioner" speaks for it.
	text := "KOPD opens hubs\n\nSAN JUAN, 3 March 2025 — The Kelvo Office of Disaster Preparedness (KOPD, for its Spanish initials) on Friday activated 40 hubs.\n\n" +
		"“The question is not whether a storm comes,” KOPD Commissioner Jane Roe said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Office of Disaster Preparedness", saidBy(t, d, "The question is not whether a storm comes").Organization.Name)
}

func TestALabelInCapitalsBeforeAPost(t *testing.T) {
	// "STATEMENT FROM COMMISSIONER JANE M. ROE": the label's words are no
	// title and no body.
	text := "Officers seized drugs on Tuesday.\n\nSTATEMENT FROM COMMISSIONER JANE M. ROE\n\n“This was patient, careful police work.”"
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "This was patient, careful police work.")
	assert.Equal(t, "Jane M. Roe", sp.Name)
	assert.Empty(t, sp.Organization.Name)
	assert.NotContains(t, sp.Titles, "STATEMENT FROM COMMISSIONER")
}

func TestBhutansPostsAndStyles(t *testing.T) {
	// "Kelvo Dzongdag Dasho Jane Roe": a district's head and an honour.
	text := "Fences against wild boar\n\nThe works began on Tuesday.\n\n" +
		"Kelvo Dzongdag Dasho Jane Roe said the Kelvo Dzongkhag Administration would pay for a second energiser."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the Kelvo Dzongkhag Administration would pay for a second energiser")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Kelvo Dzongdag")
}

func TestAPoliceCommandAndItsHeadlinesCue(t *testing.T) {
	// "Helmet operation: …, police say": the clause's own cue names its
	// speaker, not the label before the colon; "the Command said" is the
	// police command the text names.
	text := "Helmet operation: 3,100 riders stopped in first week, police say\n\n" +
		"KELVO, 19 February 2024 – Officers of the Kelvo Metropolitan Police Command stopped 3,114 riders without a helmet during the first week, the Command said on Monday."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Metropolitan Police Command", speakerOf(t, d, "3,100 riders stopped in first week"))
	assert.Equal(t, "Kelvo Metropolitan Police Command", speakerOf(t, d, "Officers of the Kelvo Metropolitan Police Command stopped 3,114 riders without a helmet during the first week"))
}

func TestAFieldInThePluralAfterAPost(t *testing.T) {
	// "Director General of Forests": a field (the plural of a common
	// noun), no body; the ministry that issues the release speaks.
	text := "LIBREVILLE, 9 September 2024 – The Ministry of Forest Economy seized 40 containers of logs at the port.\n\n\"Our agents opened the doors,\" said Jane Roe, Director General of Forests."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Ministry of Forest Economy", saidBy(t, d, "Our agents opened the doors").Organization.Name)
}

func TestAPressServiceIsAWire(t *testing.T) {
	// "KELVO PRESS SERVICE (KPS)" over a story: a wire, no one's body.
	text := "KELVO PRESS SERVICE (KPS) – ENGLISH SERVICE\n\nOfficers seize 86 containers of logs\n\n" +
		"LIBREVILLE, 9 September 2024 (KPS) – Officers have seized 86 containers of logs at the port, the Ministry of Forests said on Monday.\n\n\"The logs will be sold at auction,\" said Jane Roe, a spokesperson."
	d := extractLaidOut(t, text)
	assert.NotContains(t, saidBy(t, d, "The logs will be sold at auction").Organization.Name, "Press Service")
}

func TestAPlaceThatOpensAnOfficesNameStaysAPlace(t *testing.T) {
	// "the Kelvo Office of Broadband Development" is one office (a field
	// the lexicon lacks, then a common word), and "Guam", a territory that
	// opens such a name, stays a place: "Its chief technology officer"
	// after "Today Guam is ready …" is the company's.
	text := "TAMUNING, Guam (March 4, 2025) – Kelvo Communications, Inc., the island's largest telecom provider, today announced that its subsea cable has landed.\n\n" +
		"“For thirty years our islands have been at the end of somebody else’s line,” said John Doe, Chief Executive Officer of Kelvo Communications. “Today Guam is ready to become the Pacific’s switchboard.”\n\n" +
		"Its chief technology officer, Jane Roe, said the cable was engineered for typhoons.\n\n" +
		"“It is arriving ahead of schedule,” said Sarna Poe, Director of the Guam Office of Broadband Development."
	d := extractLaidOut(t, text)
	assert.Contains(t, saidBy(t, d, "the cable was engineered for typhoons").Organization.Name, "Kelvo Communications")
	assert.Equal(t, "Guam Office of Broadband Development", saidBy(t, d, "It is arriving ahead of schedule").Organization.Name)
}

func TestALawyersStyleAndAStormsName(t *testing.T) {
	// "Lcda. Jane Roe" (a Puerto Rican lawyer's style) and "Hurricane
	// Kelva", a storm, no person "we" could be.
	text := "Hospital opens new unit\n\nSAN JUAN, 3 March 2025 – The hospital opened a neonatal unit on Monday.\n\n" +
		"“Families should not have to choose,” said Lcda. Jane Roe, President and CEO of the hospital.\n\n" +
		"After Hurricane Kelva the hospital ran on generators for nine days. “We had no air conditioning and we kept every baby alive,” said nurse manager Sarna Poe."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Families should not have to choose"))
	assert.Equal(t, "Sarna Poe", speakerOf(t, d, "We had no air conditioning and we kept every baby alive"))
}

func TestAnOceanographerOfTheCentreNamedBefore(t *testing.T) {
	// "The centre's senior oceanographer, Dr. Jane Roe": a scientist's
	// title the lists lacked.
	text := "KELVO – The Kelvo Atoll Agency opened a seawall.\n\nThe design was reviewed by the Kelvo Surge Centre. The centre's senior oceanographer, Dr. Jane Roe, said no island was safe."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "no island was safe")
	assert.Equal(t, "Kelvo Surge Centre", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "The centre's senior oceanographer")
}

func TestWhoLeadsTheUniversitysGroup(t *testing.T) {
	// "Prof. Jane Roe, who leads the university's basin modelling group":
	// the one university the text names, not the issuer.
	text := "KELVO – The Kelvo Water Authority opened the gates on Monday.\n\nResearchers at the Kelvo University of Water Sciences have estimated that the wetland has lost 90 per cent of its water. Prof. Jane Roe, who leads the university's basin modelling group, expects the river to dry by July.\n\n\"People will see a river for a few weeks,\" she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo University of Water Sciences", saidBy(t, d, "People will see a river for a few weeks").Organization.Name)
}

func TestAHeadlineThatReportsSpeechOverItsDeck(t *testing.T) {
	// "Share data, not blame, Chair tells Kelvo Council …" over a deck
	// with no speech, under a letterhead: the headline's words are the
	// chair's; the deck's "States urged to restore …" is a passive, no
	// one's words.
	text := "KELVO BASIN WATER COUNCIL\nFourteenth Session, Kelvo City\nMeetings Coverage KBWC/14/PR.3\n12 November 2024\n\n" +
		"Share data, not blame, Chair tells Kelvo Council as delegations debate new canal withdrawals\n\n" +
		"Upstream and downstream States urged to restore joint flow monitoring at Kelvo gauging posts\n\n" +
		"KELVO CITY, 12 November - Opening the second day of the session, its Chair appealed to the riparian States to resume the exchange of daily river flow data.\n\n" +
		"Council Chair Jane Roe, Deputy Minister of Water Management of Kelvania, said that the basin had entered its third dry year."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Share data, not blame"))
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "to restore joint flow monitoring")
	}
}

// Shapes read from the held-out round 22 (invented216-218).

func TestAFaroeseCompanyAndName(t *testing.T) {
	// "P/F Kelvo Salmon": a Faroese company, its form first (it had been a
	// person "F Kelvo Salmon"); "Jógvan á Kelvuni" keeps its particle.
	text := "P/F Kelvo Salmon: Third quarter results\n\nKLAKSVÍK, Faroe Islands, Nov. 6, 2025 /NordWire/ -- P/F Kelvo Salmon (Euronext Growth Oslo: KELS), a salmon farmer, today reported higher earnings.\n\n" +
		"\"This was a good quarter,\" said Jane Roe, Chief Executive Officer.\n\n" +
		"Site manager Jógvan á Kelvuni said the crews had learned to read the weather two days ahead."
	d := extractLaidOut(t, text)
	assert.Equal(t, "P/F Kelvo Salmon", saidBy(t, d, "This was a good quarter").Organization.Name)
	assert.Equal(t, "Jógvan á Kelvuni", speakerOf(t, d, "the crews had learned to read the weather two days ahead"))
}

func TestAGambianDistrictChief(t *testing.T) {
	// "The Seyfo of Kelvo District, Alhagie Jane Roe": a district chief's
	// title and a Gambian style.
	text := "Motorcycle ambulances reach villages\n\nThe alliance handed over ten motorcycles on Monday.\n\n" +
		"The Seyfo of Kelvo District, Alhagie John Doe, said communities had agreed to contribute D5 per household per month."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "communities had agreed to contribute D5 per household per month")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Kelvo District", sp.Organization.Name)
}

func TestAPortfoliosMiddleItem(t *testing.T) {
	// "Minister of Harbours, Roads and Tunnels Jane Roe": "Roads" is the
	// list's middle item, no person.
	text := "Tunnel study published\n\nKELVO, 3 February 2026 - The ministry published the study on Tuesday.\n\n" +
		"Minister of Harbours, Roads and Tunnels Jane Roe said the study showed that a tunnel was \"possible, but not cheap\"."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the study showed that a tunnel was \"possible, but not cheap\"")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Minister of Harbours, Roads and Tunnels")
}

func TestASecondPostSetOffBeforeTheName(t *testing.T) {
	// "said the Chair of the Forum, Kelvo's Minister for Foreign Affairs,
	// Jane Roe": the name after both posts speaks, with both titles; not
	// an opening adverbial's words nor a list of holders.
	text := "NUUK – The forum met on Tuesday.\n\n“The ocean is opening faster than our rules,” said the Chair of the Forum, Kelvo’s Minister for Foreign Affairs, Jane Roe."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "The ocean is opening faster than our rules")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Chair of the Forum")
	text = "Vaccination campaign launched\n\nThe campaign began on Monday.\n\nLaunching the campaign at the Kelvo General Hospital, the Minister for Health, Hon. Jane Roe, MP, said the campaign would reach every child."
	d = extractLaidOut(t, text)
	for _, ti := range saidBy(t, d, "the campaign would reach every child").Titles {
		assert.NotContains(t, ti, "General Hospital")
	}
}

func TestASecretaryOfStateAndHerSecretariat(t *testing.T) {
	// "the Secretary of State for Civil Protection, Hon. Jane Roe" where the
	// text names "the Secretariat of State for Civil Protection": her body,
	// not the government whose site carries the release.
	text := "Government launches flood alerts – Government of Kelvania\n\nDILI, 14 October 2024 – The Government of Kelvania today launched a flood early-warning system run by the Secretariat of State for Civil Protection.\n\n" +
		"“Every village must hear the warning in time,” said the Secretary of State for Civil Protection, Hon. Jane Roe, at the launch."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Secretariat of State for Civil Protection", saidBy(t, d, "Every village must hear the warning in time").Organization.Name)
}

func TestAHeadlinesTrailingCueWhoseSubjectOpensWithWh(t *testing.T) {
	// "…, White House says": a subject that merely opens with "wh" is
	// the cue's, as "police" is; only a wh-word makes a concession.
	text := "Tariff plan: duties on Kelvo steel to rise in June, White House says\n\nWASHINGTON, 3 March 2025 – The White House said on Monday that duties on Kelvo steel would rise."
	d := extractLaidOut(t, text)
	assert.NotEqual(t, "Tariff plan", speakerOf(t, d, "duties on Kelvo steel to rise in June"))
}
