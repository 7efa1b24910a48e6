package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read in the thirty-fifth session from the held-out rounds 35
// (invented255-257) and 36 (invented258-260), each with an invented
// input.

func TestAStatedAcronymAcrossAPluralsPossessive(t *testing.T) {
	// "Kenya Migrant Workers' Solidarity Network (KMWSN)": a country's
	// name, a plural's possessive and a body's head, one name whose
	// initials the letters after it are.
	d := extractLaidOut(t, "Deaths report\n\nKELVALE, 3 March 2026 - The Kenya Migrant Workers' Solidarity Network (KMWSN) published a report today.\n\n\"Nobody has looked,\" said Jane Roe, Chairperson of KMWSN.")
	sp := saidBy(t, d, "Nobody has looked")
	assert.Equal(t, "Kenya Migrant Workers' Solidarity Network", sp.Organization.Name)
}

func TestAnAcronymThatSpellsOutAWordInCapitals(t *testing.T) {
	// "UNKRO - UN Kelvo Relief Organization": the letters of "UN" are
	// two of the acronym's.
	d := extractLaidOut(t, "UNKRO - UN Kelvo Relief Organization\n\nRefugees race the rains\n\nGENEVA, 3 March 2026 - This is a summary of what was said by UNKRO spokesperson Jane Roe at today's briefing.\n\n\"We have perhaps three weeks,\" she said.")
	sp := saidBy(t, d, "We have perhaps three weeks")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "UN Kelvo Relief Organization", sp.Organization.Name)
}

func TestTheCompanyInAUnionsRelease(t *testing.T) {
	// "The company's Human Resources Director" in a workers' union's
	// release names the company the text names, not the union.
	d := extractLaidOut(t, "KELVO PLANTATION WORKERS' UNION (KPWU)\n\nPRESS RELEASE\n\nTAPPERS WIN PAY RISE\n\nKELVALE - The Kelvo Plantation Workers' Union (KPWU) and the management of the Du River Rubber Company (DRRC) on Wednesday signed a three-year agreement.\n\nIn a statement, DRRC said it was \"pleased to have reached a fair agreement\" with its workforce.\n\nThe company's Human Resources Director, Mr. John Doe, said the agreement \"reflects the reality of rubber prices\" and that management had made hard choices.")
	sp := saidBy(t, d, "the agreement \"reflects the reality of rubber prices\" and that management had made hard choices")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Du River Rubber Company", sp.Organization.Name)
}

func TestTheIssuersInitialsUnderItsLetterhead(t *testing.T) {
	// The letterhead names the issuer in capitals with no acronym; the
	// text uses its initials alone: "Chairperson of KMWN".
	d := extractLaidOut(t, "KELVO MIGRANT WELFARE NETWORK\nHome | Who We Are | Press | Contact\n\nFamilies demand answers\n\nKelvale, 18 December 2024\n\nMore than 1,100 workers died abroad last year, a report found.\n\n\"A healthy man does not simply stop breathing,\" said Jane Roe, Chairperson of KMWN.")
	sp := saidBy(t, d, "A healthy man does not simply stop breathing")
	assert.Equal(t, "Kelvo Migrant Welfare Network", sp.Organization.Name)
}

func TestHMBeforeAnInspectorsPost(t *testing.T) {
	// "HM Principal Inspector Jane Roe": "HM" belongs to the post, no
	// body of its own; the inspector speaks for the issuer.
	d := extractLaidOut(t, "Kelvo Hazards Inspectorate\n\nFirm fined after blast\n\nKELVALE, 3 March 2026 - A resin maker was fined today.\n\n\"Three men went to work that morning,\" said HM Principal Inspector Jane Roe.")
	sp := saidBy(t, d, "Three men went to work that morning")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Hazards Inspectorate", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "HM Principal Inspector")
}

func TestAWardOrDistrictBeforeALocalPost(t *testing.T) {
	// "Ward 4 Councillor Jane Roe", "13th District Alderman John Doe":
	// the numbered ward or district is the post's.
	d := extractLaidOut(t, "Kelvale City Council\n\nPlan approved\n\nKELVALE - The council approved a plan on Monday.\n\nWard 4 Councillor Jane Roe said the line would open in May.\n\n13th District Alderman John Doe said his constituents had waited for \"the better part of a decade\".")
	assert.Contains(t, saidBy(t, d, "the line would open in May").Titles, "Ward 4 Councillor")
	assert.Contains(t, saidBy(t, d, "his constituents had waited for \"the better part of a decade\"").Titles, "13th District Alderman")
}

func TestABareMayorInTheReleaseOfACitysService(t *testing.T) {
	// "Mayor Jane Roe" in the release of "Kelvale City Libraries", which
	// the text says is a service of "Kelvale City Council": the council's
	// head, not the service's.
	d := extractLaidOut(t, "Kelvale City Libraries\n\nNew library opens\n\nKELVALE, 9 March 2025 - Kelvale City Libraries opened its new hub on Saturday.\n\n\"It is a living room for the whole community,\" Mayor Jane Roe said.\n\n\"Come and borrow,\" said Head of Libraries John Doe.\n\nKelvale City Libraries is a service of Kelvale City Council.")
	assert.Equal(t, "Kelvale City Council", saidBy(t, d, "It is a living room for the whole community").Organization.Name)
	assert.Equal(t, "Kelvale City Libraries", saidBy(t, d, "Come and borrow").Organization.Name)
}

func TestAMinistrysLineUnderASkipBarOfToolsAndLanguages(t *testing.T) {
	// A government portal: a bar of a skip link, tools and a language,
	// the menu, the ministry's name alone, the headline and "Posted On:
	// 21 NOV 2024 4:32PM by …": the ministry issues; the minister speaks
	// for it.
	d := extractLaidOut(t, "Skip to main content | Screen Reader Access | A- A A+ | हिन्दी\nHome | Releases | Photos | Backgrounders | Archives | Contact Us\n\nMinistry of Kelvo Fisheries\n\nUnion Minister launches cold-chain mission at Kelvale\n\nPosted On: 21 NOV 2024 4:32PM by Press Desk Kelvale\n\nOn World Fisheries Day, the Union Minister for Kelvo Fisheries, Shri Jane Roe, launched the mission at Kelvale harbour. Senior officers of the Government of Kelvo State were present.\n\n\"No fisher should have to sell a morning's catch at an evening price,\" the Union Minister said.")
	assert.Equal(t, "2024-11-21", d.Date)
	sp := saidBy(t, d, "No fisher should have to sell a morning's catch at an evening price")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Ministry of Kelvo Fisheries", sp.Organization.Name)
}

func TestAPoliceChiefIsNoOfficersAssociations(t *testing.T) {
	// "Police Chief John Doe" where the only police body the text names
	// is the officers' association: not the association's.
	d := extractLaidOut(t, "CITY OF KELVALE\nOFFICE OF THE MAYOR\n\nFOR IMMEDIATE RELEASE\n\nSafe streets plan\n\nKELVALE -- Mayor Jane Roe and Police Chief John Doe today announced a plan to reduce traffic deaths.\n\nPolice Chief John Doe told reporters the department would assign a traffic unit.\n\nThe Kelvale Police Association, which represents the department's officers, said it supported the plan.")
	sp := saidBy(t, d, "the department would assign a traffic unit")
	assert.NotEqual(t, "Kelvale Police Association", sp.Organization.Name)
}

func TestAPostsPortfolioOrRegionInParentheses(t *testing.T) {
	// "Member (Gas) Mrs. Jane Roe": the portfolio in parentheses is the
	// post's, no post of its own; "Vice-President for Operations (South
	// and West) John Doe": a region of two in parentheses inside the post.
	d := extractLaidOut(t, "Kelvo Gas Regulatory Authority\n\nGas windows set\n\nKELVALE, 3 March 2026 - The authority set cooking windows.\n\nKGRA Member (Gas) Mrs. Jane Roe told reporters that the utility must set up a complaint cell.\n\n\"In the islands, climate change is in the tap,\" said KGRA Vice-President for Operations (South and West) John Doe.")
	assert.Contains(t, saidBy(t, d, "the utility must set up a complaint cell").Titles, "KGRA Member (Gas)")
	sp := saidBy(t, d, "In the islands, climate change is in the tap")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Contains(t, sp.Titles, "KGRA Vice-President for Operations (South and West)")
	assert.Equal(t, "Kelvo Gas Regulatory Authority", sp.Organization.Name)
}

func TestAPostsSecondFieldIsNoName(t *testing.T) {
	// "Head of Haematology and Bone Marrow Transplant": the words after
	// "and" are the post's second field, no person who could say the
	// quotation after the sentence.
	d := extractLaidOut(t, "Kelvo Trust Hospital\n\nNew unit opens\n\nKELVALE, 3 March 2026 - The hospital opened a unit.\n\nDr. Jane Roe, Head of Haematology and Bone Marrow Transplant at Kelvo Trust, trained in transplant medicine in Lahore and Milan. \"A transplant from a matched brother can cure a child,\" she said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "A transplant from a matched brother can cure a child").Name)
}

func TestWhoFoundedAGroupNamedAfterItsKindOfTwoWords(t *testing.T) {
	// "Roe, who founded the parent group Slow Down Kelvale after the
	// crash, said …": the group after its kind of two words, up to its
	// last capitalized word.
	d := extractLaidOut(t, "City of Kelvale\n\nSafe streets\n\nKELVALE -- The city announced a plan.\n\nJane Roe, whose son was struck by a driver, spoke at the news conference. Roe, who founded the parent group Slow Down Kelvale after the crash, said she had come \"for every mom on this street\".")
	assert.Equal(t, "Slow Down Kelvale", saidBy(t, d, "she had come \"for every mom on this street\"").Organization.Name)
}

func TestACouncillorInACompanysRelease(t *testing.T) {
	// "Ward 4 Councillor Jane Roe" in a transit company's release, where
	// the text names one local government: the city's, not the company's.
	d := extractLaidOut(t, "KELVO TRANSIT PARTNERS INC.\n\nLakeshore line opens\n\nMARCHMONT, Ont. -- Kelvo Transit Partners Inc. opened the line on Monday. The line was delivered by the City of Marchmont.\n\nWard 4 Councillor Jane Roe said the line would finally connect the east end to jobs downtown.\n\nAbout Kelvo Transit Partners Inc.\nKelvo Transit Partners Inc. operates light rail lines.")
	sp := saidBy(t, d, "the line would finally connect the east end to jobs downtown")
	assert.Equal(t, "City of Marchmont", sp.Organization.Name)
}

func TestASpanishPostBeforeAName(t *testing.T) {
	// "Comisionado Ricardo Roe" in an English release: the Spanish post is
	// a title, not a word of the name.
	d := extractLaidOut(t, "Kelvo Mobility Report\n\nCrossings rise\n\nKELVALE, 3 March 2026 - Crossings rose by a third, a report found.\n\nComisionado Ricardo Roe, Director General of the Directorate of Human Mobility, said the town had \"carried alone, for too long, a responsibility that belongs to the region\".")
	sp := saidBy(t, d, "the town had \"carried alone, for too long, a responsibility that belongs to the region\"")
	assert.Equal(t, "Ricardo Roe", sp.Name)
}

func TestWrittenBeforeItsNounIsNoCue(t *testing.T) {
	// "told delegates that 94 written comments had been received": "94
	// written" is no speaker and verb of saying.
	d := extractLaidOut(t, "Kelvo Food Standards Commission\n\nLabelling guideline adopted\n\nKELVALE, 3 March 2026 - The Commission adopted a guideline.\n\nThe Secretary of the Commission, Dr. John Doe, told delegates that 94 written comments had been received from 61 members since the last session.")
	assert.Equal(t, "John Doe", saidBy(t, d, "94 written comments had been received from 61 members since the last session").Name)
	for _, q := range d.Quotes {
		assert.NotEqual(t, "that 94 written comments had been received from 61 members since the last session", q.Text)
	}
}

func TestAnAgeBeforeTheCopulaAndAnIsland(t *testing.T) {
	// "Bakare, 29, is sous chef at the Marina Grill on Victoria Island.
	// “…,” he said.": the post after the age and the copula; the island
	// is no person "he" could be.
	d := extractLaidOut(t, "Kelvo Culinary Guild\n\nGrains challenge won\n\nLAGOS, 3 March 2026 - The guild named its winner.\n\nThe guild president, Dr. John Doe, said the standard was high.\n\nThe contest was won by Tunde Bakare, a young cook.\n\nBakare, 29, is sous chef at the Marina Grill on Victoria Island. \"My grandmother cooked fonio every Sunday,\" he said.")
	sp := saidBy(t, d, "My grandmother cooked fonio every Sunday")
	assert.Equal(t, "Tunde Bakare", sp.Name)
	assert.Equal(t, "Marina Grill", sp.Organization.Name)
}

func TestANicknameInsideTheSubjectsName(t *testing.T) {
	// "“…,” KSNC Executive Director Dr. Ramon “Monching” Roe said.": the
	// nickname's marks are inside the subject's name.
	d := extractLaidOut(t, "Kelvo School Nutrition Council\n\nHot lunches for all\n\nKELVALE, 3 March 2026 - The council launched a programme.\n\n“A child cannot learn to read on an empty stomach,” KSNC Executive Director Dr. Ramon “Monching” Roe said.\n\n\"It is overdue,\" Senator Maria \"Bing\" Cruz said.")
	assert.Equal(t, "Ramon “Monching” Roe", saidBy(t, d, "A child cannot learn to read on an empty stomach").Name)
	assert.Equal(t, "Maria \"Bing\" Cruz", saidBy(t, d, "It is overdue").Name)
}

func TestARelativeNamedBeforeTheSubjectAfterAQuotation(t *testing.T) {
	// "“…,” Roe's niece, Jane Doe, shouted to the crowd.": the relative is
	// the subject's appositive, not what was said.
	d := extractPlain(t, "\"This is a big year for our senator, John Roe!\" Roe's niece, state Del. Jane Doe (D-Kelvale), shouted to the crowd. \"The nation is watching.\"")
	assert.Equal(t, "Jane Doe", saidBy(t, d, "This is a big year for our senator, John Roe!").Name)
	for _, q := range d.Quotes {
		assert.NotEqual(t, "Roe's niece", q.Text)
	}
}

func TestAQuotationAfterASentenceWhosePostAndNameOpenIt(t *testing.T) {
	// "Kelvo Kitchens' executive chef, Jane Roe, led the reformulation."
	// then a paragraph that is a quotation with no cue: hers.
	d := extractLaidOut(t, "Kelvo Kitchens\n\nSalt cut\n\nKELVALE, 3 March 2026 - Kelvo Kitchens cut salt in its curries.\n\nKelvo Kitchens' executive chef, Jane Roe, led the reformulation of the chain's 140 recipes.\n\n\"Salt does three jobs in a curry. We had to replace each job separately.\"\n\nThe chain will sell the new bases from May.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "Salt does three jobs in a curry. We had to replace each job separately.").Name)
}

func TestAtABodyInAPlaceOpeningTheSentence(t *testing.T) {
	// "At San Isidro Elementary School in Tarlac, where …, principal Mrs.
	// Jane Roe said …": the school, with its place after it.
	d := extractLaidOut(t, "Kelvo School Nutrition Council\n\nHot lunches\n\nKELVALE, 3 March 2026 - The council launched a programme.\n\nAt San Isidro Elementary School in Tarlac, where 310 learners ate a hot lunch every school day during the pilot, principal Mrs. Jane Roe said teachers saw the change within weeks.")
	assert.Equal(t, "San Isidro Elementary School", saidBy(t, d, "teachers saw the change within weeks").Organization.Name)
}

func TestCapitalizedCommonWordsAfterAtAndAHyphenatedField(t *testing.T) {
	// "director of community investment at Maritime Fresh Markets": common
	// words, capitalized after "at", name where one works; "Director of
	// Nutrition-Sensitive Agriculture" names a field, no body.
	d := extractLaidOut(t, "Ministry of Kelvo Agriculture\n\nSchools get new crops\n\nKELVALE, 3 March 2026 - The Ministry of Kelvo Agriculture launched a programme.\n\n\"Fresh fruit is what families cut first,\" said John Doe, director of community investment at Maritime Fresh Markets.\n\nAccording to the Director of Nutrition-Sensitive Agriculture, Mrs. Jane Roe, 1,450 seed multipliers have been trained.")
	assert.Equal(t, "Maritime Fresh Markets", saidBy(t, d, "Fresh fruit is what families cut first").Organization.Name)
	assert.Equal(t, "Ministry of Kelvo Agriculture", saidBy(t, d, "1,450 seed multipliers have been trained").Organization.Name)
}

func TestAPostsPossessorBeforeTheSubjectOfTwoVerbs(t *testing.T) {
	// "Kelvo's Fisheries Minister Shri Jane Roe thanked the Centre and
	// said …": the minister said it, not the place that owns the post.
	d := extractLaidOut(t, "Ministry of Ruritania Fisheries\n\nMission launched\n\nKELVALE, 3 March 2026 - The ministry launched a mission.\n\nOdisha's Fisheries Minister Shri Jane Roe thanked the Centre for choosing the harbour and said the state would provide land.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "the state would provide land").Name)
}

func TestAFirmOfAProfession(t *testing.T) {
	// "designed by Kotuku Architects. Its principal, John Doe, says …": a
	// name ending in a profession's plural is a firm, which "its" names.
	d := extractLaidOut(t, "Kelvale City Libraries\n\nNew library opens\n\nKELVALE, 3 March 2026 - The library opened on Saturday.\n\nThe building was designed by Kotuku Architects. Its principal, John Doe, says the timber structure will store carbon.")
	assert.Equal(t, "Kotuku Architects", saidBy(t, d, "the timber structure will store carbon").Organization.Name)
}

func TestACountryOpeningABodysName(t *testing.T) {
	// "The Jamaica Volunteer Relief Corps said …", "The Bahamas Utility and
	// Allied Workers Union … Its president, Ms. Jane Roe, told reporters":
	// the country's name opens the body's.
	d := extractLaidOut(t, "Office of Disaster Preparedness\n\nHurricane season\n\nKELVALE, 3 March 2026 - The office launched its campaign.\n\nThe Jamaica Volunteer Relief Corps said in a statement that 600 volunteers had been trained.\n\nThe Bahamas Utility and Allied Workers Union said it would fight the bill. Its president, Ms. Jane Roe, told reporters that the union was \"not against solar\".")
	assert.Equal(t, "Jamaica Volunteer Relief Corps", saidBy(t, d, "600 volunteers had been trained").Name)
	assert.Equal(t, "Bahamas Utility and Allied Workers Union", saidBy(t, d, "the union was \"not against solar\"").Organization.Name)
}

func TestAVenueAfterSpeakingAtIsNoWorkplace(t *testing.T) {
	// "Speaking at the launch at the National Emergency Operations Centre
	// in Kingston, Director General Mr. John Doe urged …": the venue is no
	// body of his; the office issuing is.
	d := extractLaidOut(t, "Office of Disaster Preparedness and Risk Reduction\n\nHurricane season\n\nKELVALE, 3 March 2026 - The Office of Disaster Preparedness and Risk Reduction (ODPRR) launched its campaign.\n\nSpeaking at the launch at the National Emergency Operations Centre in Kingston, Director General Mr. John Doe said every household should prepare.")
	assert.Equal(t, "Office of Disaster Preparedness and Risk Reduction", saidBy(t, d, "every household should prepare").Organization.Name)
}

func TestAMinisterInAnAgencysRelease(t *testing.T) {
	// "The Hon. Jane Roe, Minister of Local Government and Rural
	// Development, announced …" in a disaster office's release: her
	// portfolio's ministry, not the office.
	d := extractLaidOut(t, "Office of Disaster Preparedness and Risk Reduction\n\nHurricane season\n\nKELVALE, 3 March 2026 - The Office of Disaster Preparedness and Risk Reduction (ODPRR) launched its campaign.\n\nThe Hon. Jane Roe, Minister of Local Government and Rural Development, announced that her ministry had allocated J$600 million.")
	assert.Equal(t, "Ministry of Local Government and Rural Development", saidBy(t, d, "her ministry had allocated J$600 million").Organization.Name)
}

func TestAPostAndPortfolioBeforeTheHon(t *testing.T) {
	// "Minister of Energy and Transport the Hon. Jane Roe told the House":
	// the post before "the Hon." is hers.
	d := extractLaidOut(t, "Kelvo Islands Energy Authority\n\nSolar for the islands\n\nKELVALE, 3 March 2026 - The authority announced three solar microgrids.\n\nMinister of Energy and Transport the Hon. Jane Roe told the House of Assembly that bills would fall.")
	sp := saidBy(t, d, "bills would fall")
	assert.Contains(t, sp.Titles, "Minister of Energy and Transport")
}

func TestANameAndItsLettersInParentheses(t *testing.T) {
	// "the Network for Digital Privacy (Red por la Privacidad Digital,
	// RPD)": the name in its own language and its letters, together.
	d := extractLaidOut(t, "Network for Digital Privacy\n\nFacial recognition report\n\nKELVALE, 3 March 2026 - Most alerts led to detentions, according to a report published today by the Network for Digital Privacy (Red por la Privacidad Digital, RPD).\n\n\"Nobody knows how it decides,\" said Jane Roe, executive director of RPD.")
	assert.Equal(t, "Red por la Privacidad Digital", saidBy(t, d, "Nobody knows how it decides").Organization.Name)
}

func TestAnOfficersUnitInTheForcesRelease(t *testing.T) {
	// "Detective Chief Inspector Jane Roe, head of the Regional Cyber Crime
	// Unit" in the police force's release: the force's, the unit an
	// affiliation.
	d := extractLaidOut(t, "South Kelvo Police\n\nPhishing site taken down\n\nKELVALE, 3 March 2026 - South Kelvo Police have taken down a phishing service.\n\n\"We took the shop away from them,\" said Detective Chief Inspector Jane Roe, head of the Regional Cyber Crime Unit.")
	assert.Equal(t, "South Kelvo Police", saidBy(t, d, "We took the shop away from them").Organization.Name)
}

func TestAStateBannerOverALetterheadAndANumberedRegion(t *testing.T) {
	// "GOVPH" / "Republic of the Philippines" over "CITY GOVERNMENT OF
	// KELVALE": the city's letterhead is the issuer; "NFMA Region III
	// Director": the body's letters, then the post's region.
	d := extractLaidOut(t, "GOVPH\nRepublic of the Philippines\nCITY GOVERNMENT OF KELVALE\nProvince of Bulacan\n\nPRESS RELEASE\nAugust 12, 2025\n\nFlood project starts\n\nKELVALE CITY -- The National Flood Management Authority (NFMA) approved the design.\n\nCity Mayor Hon. Jane Roe said the project would end years of wading to school.\n\nNFMA Region III Director Engr. John Doe said the agency approved the design after last year's floods.")
	assert.Equal(t, "CITY GOVERNMENT OF KELVALE", d.Source)
	assert.Equal(t, "National Flood Management Authority", saidBy(t, d, "the agency approved the design after last year's floods").Organization.Name)
}

func TestAPostAfterWhere(t *testing.T) {
	// "carried out with Tambunan Valley Hospital, where emergency
	// physician Dr. John Doe said …": the hospital, no "where" in the
	// post.
	d := extractLaidOut(t, "Universiti Kelvo Borneo\n\nRapid test cuts wait\n\nKELVALE, 3 March 2026 - The university released a rapid test.\n\nThe trial was carried out with Tambunan Valley Hospital, where emergency physician Dr. John Doe said doctors had started antibiotics on suspicion alone.")
	sp := saidBy(t, d, "doctors had started antibiotics on suspicion alone")
	assert.Equal(t, "Tambunan Valley Hospital", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "emergency physician")
}

func TestAPersonDescribedByHerRoleAtACompany(t *testing.T) {
	// "by Mei-Ling Roe, a performance engineer at Taipei-based cloud
	// company Nimbus Harbor": a person by her role, the company after
	// "at" (not a body named "Mei-Ling Roe").
	d := extractLaidOut(t, "Kelvo Open Source Foundation\n\nMaintainer fund launched\n\nKELVALE, 3 March 2026 - The foundation launched a fund.\n\nThe backdoor was discovered in October by Mei-Ling Roe, a performance engineer at Taipei-based cloud company Nimbus Harbor, who noticed that logins had become slower.\n\n\"I almost ignored it,\" Roe said.")
	sp := saidBy(t, d, "I almost ignored it")
	assert.Equal(t, "Mei-Ling Roe", sp.Name)
	assert.Equal(t, "Nimbus Harbor", sp.Organization.Name)
}

func TestAPortfolioBeforeMinisterAndAMinistryOfMorePortfolios(t *testing.T) {
	// "Youth Development Minister the Hon. Jane Roe pledged the support
	// of the Ministry of Youth Development and National Service": the
	// ministry the text names, its portfolio before the post.
	d := extractLaidOut(t, "KELVO INTERFAITH YOUTH NETWORK\n\nSummer peace programme\n\nKELVALE, 3 March 2026 - The Kelvo Interfaith Youth Network launched its programme.\n\nYouth Development Minister the Hon. Jane Roe pledged the support of the Ministry of Youth Development and National Service and said placements would count towards the national scheme.")
	assert.Equal(t, "Ministry of Youth Development and National Service", saidBy(t, d, "placements would count towards the national scheme").Organization.Name)
}

func TestAPersonOfABodyNamedAfterItsKind(t *testing.T) {
	// "Jane Roe of the advocacy group Forum Petani Lestari said …": she
	// said it, for the group.
	d := extractLaidOut(t, "Kelvo Palm Oil Berhad\n\nReplanting plan\n\nKELVALE, 3 March 2026 - The company announced a replanting plan.\n\nJane Roe of the advocacy group Forum Petani Lestari said replanting must stop.\n\nJohn Doe of the Jambi-based advocacy group Forum Tani Hijau said the maps must be published.")
	assert.Equal(t, "John Doe", saidBy(t, d, "the maps must be published").Name)
	sp := saidBy(t, d, "replanting must stop")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Forum Petani Lestari", sp.Organization.Name)
}

func TestKaumatua(t *testing.T) {
	// "Kaumātua Matiu Roe" (a Māori elder): the post is no word of the
	// name.
	d := extractLaidOut(t, "Kelvo City Libraries\n\nLibrary opens\n\nKELVALE, 3 March 2026 - The library opened.\n\nKaumātua Matiu Roe said the name reflects the building.")
	sp := saidBy(t, d, "the name reflects the building")
	assert.Equal(t, "Matiu Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Kaumātua")
}

func TestADelegateFromACountry(t *testing.T) {
	// "A delegate from Samoa said …": the country the delegate speaks for
	// (a teacher from a town is only where she is from).
	d := extractLaidOut(t, "Pacific Islands Ocean Council\n\nTuna declaration\n\nSUVA, 3 March 2026 - Ministers adopted a declaration.\n\nA delegate from Samoa said the declaration was overdue.")
	assert.Equal(t, "Samoa", saidBy(t, d, "the declaration was overdue").Organization.Name)
}

func TestQuotedLettersAfterACompanyAndAPossessiveInAName(t *testing.T) {
	// 'Kelvo Climate Exchange Pte. Ltd. ("KCX" or "the Exchange")': the
	// quoted letters stand for the company; "the United Nations
	// Children's Relief Office (UNCRO)": one body across "Children's".
	d := extractLaidOut(t, "KELVALE, March 11, 2025 /BusinessNewsWire/ -- Kelvo Climate Exchange Pte. Ltd. (\"KCX\" or \"the Exchange\"), the Kelvale-based marketplace for carbon credits, today announced a contract.\n\nKCX Chief Product Officer Jane Roe said the contract would settle on a T+1 basis.\n\nThe United Nations Children's Relief Office (UNCRO) works for children. \"Every child counts,\" said UNCRO Representative John Doe.")
	assert.Equal(t, "Kelvo Climate Exchange Pte. Ltd.", saidBy(t, d, "the contract would settle on a T+1 basis").Organization.Name)
	assert.Equal(t, "United Nations Children's Relief Office", saidBy(t, d, "Every child counts").Organization.Name)
}

func TestAFieldAfterTheBodysPossessivePost(t *testing.T) {
	// "John Doe, Kestrel's Vice President of Global Service": the field
	// after the post is no body; the possessor is.
	d := extractLaidOut(t, "Kestrel Instruments\n\nNew microscope\n\nKELVALE, 3 March 2026 - Kestrel Instruments launched a benchtop microscope.\n\n\"The price point matters,\" added John Doe, Kestrel's Vice President of Global Service.")
	assert.Equal(t, "Kestrel Instruments", saidBy(t, d, "The price point matters").Organization.Name)
}

func TestACountrysOfficeForAFieldAndATownsRegion(t *testing.T) {
	// "the Australian Office for Antarctic Science, whose director, Dr.
	// Jane Roe, said": one body, hers; "founder of Rimal Date Company in
	// Buraydah, Al-Qassim, which packs dates": the region after the town
	// is no body.
	d := extractLaidOut(t, "INTERNATIONAL POLAR DRILLING CONSORTIUM\nPress Release\n\nIce core recovered\n\nKELVALE, 3 March 2026 - The consortium recovered an ice core.\n\nAir support was provided by the Australian Office for Antarctic Science, whose director, Dr. Jane Roe, said the logistics had involved 61 flights.\n\nOne of them is John Doe, founder of Rimal Date Company in Buraydah, Al-Qassim, which packs dates. \"We export to eleven countries,\" Doe said.")
	assert.Equal(t, "Australian Office for Antarctic Science", saidBy(t, d, "the logistics had involved 61 flights").Organization.Name)
	assert.Equal(t, "Rimal Date Company", saidBy(t, d, "We export to eleven countries").Organization.Name)
}

func TestWhoLeadsTheBodysLocalChapter(t *testing.T) {
	// "John Doe, 22, who leads the movement's northern chapter in
	// Maiduguri, said": the movement's.
	d := extractLaidOut(t, "GREEN HARMATTAN YOUTH MOVEMENT\nPress Release\n\nYouth charter\n\nKELVALE, 3 March 2026 - The Green Harmattan Youth Movement adopted a charter.\n\nJohn Doe, 22, who leads the movement's northern chapter in Maiduguri, said many young people had migrated.")
	assert.Equal(t, "Green Harmattan Youth Movement", saidBy(t, d, "many young people had migrated").Organization.Name)
}

func TestADelegateNamedByHerCountryAlone(t *testing.T) {
	// "Jane Roe of Colombia said that …" in meeting coverage, with no
	// post: the country she speaks for.
	d := extractLaidOut(t, "CLIMATE CONVENTION SECRETARIAT\nPress Release\n\nLoss and damage dialogue\n\nKELVALE, 3 March 2026 - Parties met for a technical dialogue.\n\nJane Roe of Colombia said that any new levy must not fall on developing countries.")
	assert.Equal(t, "Colombia", saidBy(t, d, "any new levy must not fall on developing countries").Organization.Name)
}

func TestABodysSteeringGroupByItsLetters(t *testing.T) {
	// "Chair of the KULC Steering Group and Director of Library Services
	// at …": the steering group is the consortium's, whose letters open
	// it.
	d := extractLaidOut(t, "Kelvo Press AB\nPress Release\n\nOpen access deal\n\nKELVALE, 3 March 2026 - Kelvo Press signed an agreement with the Kelvo University Libraries Consortium (KULC), under which articles will be free.\n\nDr. Jane Roe, Chair of the KULC Steering Group and Director of Library Services at Norrland University of Technology, said the agreement took two years.")
	assert.Equal(t, "Kelvo University Libraries Consortium", saidBy(t, d, "the agreement took two years").Organization.Name)
}

func TestAnOfficerInChargesMarkBeforeAPost(t *testing.T) {
	// "Engr. John Doe, OIC-Assistant National Statistician for Social
	// Sector Statistics": "OIC-Assistant" opens the post, no body.
	d := extractLaidOut(t, "NATIONAL OFFICE OF HIGHER EDUCATION STATISTICS\nPress Release\n\nGraduate tracer study\n\nKELVALE, 3 March 2026 - The office released its tracer study.\n\nEngr. John Doe, OIC-Assistant National Statistician for Social Sector Statistics, said regional differences remained large.")
	assert.Equal(t, "National Office of Higher Education Statistics", saidBy(t, d, "regional differences remained large").Organization.Name)
}
