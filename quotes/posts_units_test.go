package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Posts set off by commas with their units and bodies, as state
// governments and public corporations write them.

func TestDepartmentBeforeItsGovernment(t *testing.T) {
	// "Minister, Department of Transport, Government of Kelvo": the
	// department is the post's, the government the body; the subject is
	// the name before the chain, not the government.
	d := extractLaidOut(t, "KELVO, 4 March 2025 – Two river ports will open next year.\n\nShri John Doe, Minister-in-Charge, Department of Transport, Government of Kelvo, said that the State would build two new river ports.")
	p := saidBy(t, d, "the State would build two new river ports")
	assert.Equal(t, "John Doe", p.Name)
	assert.Equal(t, "Government of Kelvo", p.Organization.Name)
	assert.Contains(t, p.Titles, "Minister-in-Charge, Department of Transport")

	// a list of holders: the post after "the" and its bodies are the
	// next holder's, not the name's before them
	d = extractLaidOut(t, "KELVO, 4 March 2025 – The first cargo convoy left Sarnagar today.\n\nThe Minister of State for Water Transport, Smt. Jane Roe, the Minister-in-Charge, Department of Transport, Government of Kelvo, Shri John Doe, and senior officers were present.\n\nMinister of State for Water Transport Smt. Jane Roe said that the terminal had created 1,100 jobs.")
	p = saidBy(t, d, "the terminal had created 1,100 jobs")
	assert.Equal(t, "Jane Roe", p.Name)
	assert.NotContains(t, p.Titles, "Minister-in-Charge, Department of Transport")
	assert.NotContains(t, p.Titles, "Minister-in-Charge")
}

func TestBodyBeforeItsLettersAfterPost(t *testing.T) {
	// "Chairperson, Kelvo Development Corporation of Sarnia (KDCS)": the
	// body set off after the post, its letters after it.
	d := extractLaidOut(t, "KELVO, 4 March 2025 – Night navigation starts on the river.\n\n\"Shippers will come,\" said Dr. Jane Roe, Chairperson, Kelvo Development Corporation of Sarnia (KDCS).")
	assert.Equal(t, "Kelvo Development Corporation of Sarnia", saidBy(t, d, "Shippers will come").Organization.Name)
}

func TestLocalPostSpeaksForItsDistrict(t *testing.T) {
	// "Resident District Commissioner for Kelvo": a local government's
	// post; the district it covers is the body, not the issuer (an agency
	// of the United Nations here) nor "Resident District".
	text := "UNADP News\n\nKELVO, 3 June 2025 – Arrivals tripled, the United Nations Agency for Displaced Persons (UNADP) said.\n\nThe Resident District Commissioner for Kelvo, Jane Roe, said the border remained calm."
	p := saidBy(t, extractLaidOut(t, text), "the border remained calm")
	assert.Equal(t, "Jane Roe", p.Name)
	assert.Equal(t, "Kelvo", p.Organization.Name)
	assert.Contains(t, p.Titles, "Resident District Commissioner for Kelvo")

	// a field after "Commissioner for" stays the post's, no body
	text = "UNADP News\n\nKELVO, 3 June 2025 – Arrivals tripled, the United Nations Agency for Displaced Persons (UNADP) said.\n\nThe Commissioner for Refugees, Jane Roe, said the border remained calm."
	assert.NotEqual(t, "Refugees", saidBy(t, extractLaidOut(t, text), "the border remained calm").Organization.Name)
}

func TestOfficeNamedByItsHoldersPost(t *testing.T) {
	// "Commissioner for Refugees in the Office of the Prime Minister": the
	// office the post sits in is the body; the Prime Minister is no
	// speaker of her words.
	text := "UNADP News\n\nKELVO, 3 June 2025 – Arrivals tripled, the United Nations Agency for Displaced Persons (UNADP) said.\n\nJane Roe, Commissioner for Refugees in the Office of the Prime Minister, said Kelvania would keep its border open.\n\n“We cannot turn people away,” Roe said."
	d := extractLaidOut(t, text)
	p := saidBy(t, d, "We cannot turn people away")
	assert.Equal(t, "Jane Roe", p.Name)
	assert.Equal(t, "Office of the Prime Minister", p.Organization.Name)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Kelvania would keep its border open"))
}

func TestPostUnitAndBodyBeforeAndAfterTheName(t *testing.T) {
	// "The Principal Secretary, Water Resources Department, Government of
	// Kelvo, Shri John Doe, IAS, said": the post and its unit are his
	// title, the government his body (set off before the name).
	d := extractLaidOut(t, "KELVO, 4 March 2025 – The embankments will be rebuilt.\n\nThe Principal Secretary, Water Resources Department, Government of Kelvo, Shri John Doe, IAS, said that the State would complete all land acquisition.")
	p := saidBy(t, d, "the State would complete all land acquisition")
	assert.Equal(t, "John Doe", p.Name)
	assert.Equal(t, "Government of Kelvo", p.Organization.Name)
	assert.Contains(t, p.Titles, "Principal Secretary, Water Resources Department")

	// "Joint" opens a post as "Deputy" does: the subject is the name
	// before "Joint Secretary, Department of …, Ministry of …"
	d = extractLaidOut(t, "KELVO, 4 March 2025 – The loan was signed today.\n\nShri John Doe, Joint Secretary, Department of Economic Affairs, Ministry of Finance, said the project was aligned with the national priority.")
	assert.Equal(t, "John Doe", speakerOf(t, d, "the project was aligned with the national priority"))
}

func TestGerundOpensAPostsField(t *testing.T) {
	// "cupping specialist Ms Jane Roe": a word in -ing before a post's
	// head is its field, no participle setting off an aside; the subject
	// is the name after it, and the field stays in her title.
	d := extractLaidOut(t, "KELVO, 4 March 2025 – The coffee mill opened today.\n\nKelvo Gold’s head of quality, cupping specialist Ms Jane Roe, noted that the new sorters would reduce defects sharply.")
	p := saidBy(t, d, "the new sorters would reduce defects sharply")
	assert.Equal(t, "Jane Roe", p.Name)
	assert.Contains(t, p.Titles, "cupping specialist")
	// a participle after the name still sets off an aside
	d = extractLaidOut(t, "KELVO, 4 March 2025 – The coffee mill opened today.\n\nJane Roe, speaking for the growers, said the price was fair.")
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "the price was fair"))
}

func TestWireStoryIssuedByTheBodyItCovers(t *testing.T) {
	// A wire's story: the agency on the masthead speaks for none of the
	// people it quotes; the body that opens the dateline sentence ("The
	// Wilaya of Kelvo has mobilised …", a local government by its kind
	// and place) is the one a bare post serves.
	text := "KELVO NEWS WIRE (KNW) - REGIONS\n\nKelvo braces for fire season\n\nKELVO, June 3 (KNW) - The Wilaya of Kelvo has mobilised 1,850 firefighters ahead of the summer.\n\n\"No village will face the flames alone,\" Wali Jane Roe told a coordination meeting."
	p := saidBy(t, extractLaidOut(t, text), "No village will face the flames alone")
	assert.Equal(t, "Jane Roe", p.Name)
	assert.Equal(t, "Wilaya of Kelvo", p.Organization.Name)
}

func TestPostsJoinedByAHyphen(t *testing.T) {
	// "says Chairman-CEO" in a headline is the one person who holds both
	// posts.
	d := extractLaidOut(t, "Plant will cover 40% of demand for insulin pens, says Chairman-CEO\n\nKELVO, June 3, 2025 – Kelvo Pharmaceuticals opened a plant.\n\n“Patients have waited too long,” said Jane Roe, Chairman and Chief Executive Officer of Kelvo Pharmaceuticals.")
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Plant will cover 40% of demand for insulin pens"))
}

func TestBarePostAtTheBodyThatOpensItsParagraph(t *testing.T) {
	// "At Kelvo Primary School, …": the principal quoted in the paragraph
	// it opens is that school's, not the ministry's that issues the
	// release; a meeting named after "At" is no body of hers.
	text := "Ministry of Education\n\nKELVO, 3 June 2025 – The Ministry of Education today handed over 40 new classrooms.\n\nAt Kelvo Primary School, the 320 pupils spent ten months learning in tents. “The tents were so hot by ten o’clock that the little ones fell asleep,” said the principal, Mrs Jane Roe."
	assert.Equal(t, "Kelvo Primary School", saidBy(t, extractLaidOut(t, text), "The tents were so hot by ten o’clock that the little ones fell asleep").Organization.Name)
	text = "Ministry of Education\n\nKELVO, 3 June 2025 – The Ministry of Education today handed over 40 new classrooms.\n\nAt the Kelvo Education Summit, delegates discussed the budget. “We need more teachers,” said the director, Mrs Jane Roe."
	assert.NotEqual(t, "Kelvo Education Summit", saidBy(t, extractLaidOut(t, text), "We need more teachers").Organization.Name)
}

func TestChairmanOfTheBoardSpeaksForTheCompany(t *testing.T) {
	// "Chairman of the Board" after "The Board of Directors has decided
	// …", in a paragraph that names the company: the board every company
	// has is its organ; the company speaks.
	text := "KELVO MEDICAL\nProducts   Solutions   About us   Investors   Careers   News   Contact\n\nInvestors > Company announcements > 2025\n\nKelvo Medical reports 18% growth\n\nKELVO, 5 November 2025 – Kelvo Medical today reported 18% organic growth. Kelvo Medical raised its outlook. Kelvo Medical will publish its annual report in February.\n\nThe Board of Directors has decided to launch a share buyback programme. Chairman of the Board Jane Roe said the board considered the capital structure “too conservative” for a company with Kelvo Medical’s cash."
	p := saidBy(t, extractLaidOut(t, text), "the board considered the capital structure “too conservative” for a company with Kelvo Medical’s cash")
	assert.Equal(t, "Jane Roe", p.Name)
	assert.NotEqual(t, "Board of Directors", p.Organization.Name)
}

func TestCharitysPostAfterTheCharityNamed(t *testing.T) {
	// "the charity's director" in a hospital trust's release, after the
	// one body named by that noun: that charity, not the issuer.
	text := "Kelvo Hospitals NHS Foundation Trust\nNews\n\nNew ward opens\n\nKELVO, 3 June 2025 – Kelvo Hospitals NHS Foundation Trust today opened a new ward for older patients.\n\nThe ward's garden was paid for by Kelvo Hospitals Charity, which raised £186,000 through a public appeal. The charity's director, Jane Roe, said more than 1,400 people had donated."
	assert.Equal(t, "Kelvo Hospitals Charity", saidBy(t, extractLaidOut(t, text), "more than 1,400 people had donated").Organization.Name)
}

func TestLineInCapitals(t *testing.T) {
	// "JANE ROE, CHAIRMAN OF THE BOARD, COMMENTED:": a verb in capitals is
	// no body nor a title's field, and "THE BOARD" an anaphor; the
	// company speaks.
	text := "KELVO AGRO LTD\nAudited results for the year ended 30 June 2025\n\nKELVO, 3 September 2025 – Kelvo Agro Ltd today reported record profits.\n\nJANE ROE, CHAIRMAN OF THE BOARD, COMMENTED: \"The board is proud of what the team has achieved.\""
	p := saidBy(t, extractLaidOut(t, text), "The board is proud of what the team has achieved.")
	assert.Equal(t, "Kelvo Agro Ltd", p.Organization.Name)
	assert.Contains(t, p.Titles, "CHAIRMAN OF THE BOARD")
}

func TestOfficeNamedPlaceFirst(t *testing.T) {
	// "Governor of Kelvo" where the text names "Kelvo Governorate" and
	// "the Governorate Council": the office as the text names it.
	text := "KELVO GOVERNORATE\n\nKELVO, 3 June 2025 – Kelvo Governorate on Thursday opened the city's first electric bus line, part of a plan adopted by the Governorate Council in 2024.\n\n“Kelvo deserves clean air,” said the Governor of Kelvo, Jane Roe."
	assert.Equal(t, "Kelvo Governorate", saidBy(t, extractLaidOut(t, text), "Kelvo deserves clean air").Organization.Name)
}

func TestLeadResearcherIsTheOneWhoLedTheStudy(t *testing.T) {
	// "…,” says lead researcher" under a headline, then "Prof. Jane Roe,
	// head of the laboratory, who led the study": she is the researcher.
	text := "Desert wheat yields more on half the water\n\n“We bred it in the desert for a Mediterranean that is becoming a desert,” says lead researcher\n\nKELVO, 3 June 2025 – Researchers at Kelvo University have developed a new durum wheat line.\n\n“Most drought research asks how a plant survives,” said Prof. Jane Roe, head of the Laboratory for Arid Crop Genetics, who led the study."
	assert.Equal(t, "Jane Roe", speakerOf(t, extractLaidOut(t, text), "We bred it in the desert for a Mediterranean that is becoming a desert"))
}

func TestGovernorSpeaksForTheGovernmentTheTextNames(t *testing.T) {
	// "Governor of Sarna" where the text names "the Island Government of
	// Sarna": that government.
	text := "The 6-megawatt plant, nicknamed \"Jua la Sarna\" (the Sun of Sarna) by the workers who built it, was financed by the Kelvo Development Bank and by the Government of the Union of Kelvania.\n\nThe Governor of Sarna, Dr Jane Roe, thanked the partners and called the plant \"a promise kept to the people of the island\". She said the Island Government of Sarna would exempt the plant's spare parts from the island's port charges for ten years."
	assert.Equal(t, "Island Government of Sarna", saidBy(t, extractLaidOut(t, text), "the Island Government of Sarna would exempt the plant's spare parts from the island's port charges for ten years").Organization.Name)
}

func TestVillageHeadSpeaksForTheVillageHerParagraphOpensWith(t *testing.T) {
	// "In Kelvo, one of the first villages connected, village head Jane
	// Roe said": the village, not the ministry that issues the release.
	text := "Ministry of Villages\n\nKUPANG, 3 June 2025 – The Ministry of Villages today connected 200 villages to the internet.\n\nIn Kelvo, one of the first villages to be connected, village head Jane Roe said the village had used its connection to sell seaweed directly to a buyer."
	assert.Equal(t, "Kelvo", saidBy(t, extractLaidOut(t, text), "the village had used its connection to sell seaweed directly to a buyer").Organization.Name)
}

func TestBodyWrittenWithOneCapitalEndsTheTitle(t *testing.T) {
	// "CEO of Kelvo banka": a body's name its own language writes with one
	// capital, ending the title.
	text := "BRATISLAVA, 3 March 2025 – The new credit line opens on Monday.\n\n“Small firms have been paying for money,” said Jane Roe, CEO of Kelvo banka."
	assert.Equal(t, "Kelvo banka", saidBy(t, extractLaidOut(t, text), "Small firms have been paying for money").Organization.Name)
}
