package quotes_test

// Who the subject is: a post's place, a relative after a description,
// nicknames, codes, titles resolved to holders.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlaceOfAPostAfterTheTitle(t *testing.T) {
	// "Name, Title, Place, said": the place is where she holds the post,
	// not the subject.
	for _, text := range []string{
		"Jane Roe, District Magistrate, Kelvo, said the old warning system had been too slow.",
		"Ms. Jane Roe, Collector and District Magistrate, Kelvo, said the old warning system had been too slow.",
	} {
		d := extractLaidOut(t, text)
		sp := saidBy(t, d, "the old warning system had been too slow")
		assert.Equal(t, "Jane Roe", sp.Name, text)
		assert.Contains(t, sp.Titles, "District Magistrate", text)
	}
}

func TestRelativeAfterADescriptionWithModifiers(t *testing.T) {
	// "who" after a description whose head has modifiers before it
	// belongs to the name the description sets off.
	text := "Among those who spoke was Rowena, a 29-year-old staff nurse at a regional hospital in Kelvo, who asked that her family name not be used.\n\n" +
		"\"I love my patients, but I am tired,\" she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Rowena", speakerOf(t, d, "I love my patients, but I am tired"))
	// (a preposition ends the modifiers: the description stays with the
	// name, and its titles with it)
	text = "Marek, a train driver from Kelvo who asked that his surname not be used, described his roster. \"Some weeks I start at five,\" Marek said."
	d = extractLaidOut(t, text)
	sp := saidBy(t, d, "Some weeks I start at five")
	assert.Equal(t, "Marek", sp.Name)
	assert.Equal(t, []string{"train driver from Kelvo"}, sp.Titles)
}

func TestNicknameOfTwoWordsInRunningText(t *testing.T) {
	// "Ka Jo" in quotation marks between a given and a family name is a
	// nickname, no quotation.
	text := "Rogelio \"Ka Jo\" Roe, national chairperson of the Kelvo Fishers Federation, said the group supported the closed season."
	d := extractLaidOut(t, text)
	assert.Contains(t, speakerOf(t, d, "the group supported the closed season"), "Roe")
	for _, q := range d.Quotes {
		assert.NotEqual(t, "Ka Jo", q.Text)
	}
}

func TestCodesAndAmountsAreNoPersons(t *testing.T) {
	// "the N3", "R900 million": a road and an amount, no person for a
	// pronoun to stand for.
	text := "Among those at the launch was Mrs Jane Roe of Imbali, whose son Sipho was killed by a drunk driver on the N3 in December 2023.\n\n" +
		"\"He was doing everything right,\" she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "He was doing everything right"))
}

func TestTitleWithItsBodyNamedInTheNextParagraph(t *testing.T) {
	// "the Executive Secretary of the Commission told the Council" over
	// "Executive Secretary Dr. Jane Roe said": hers, though the text names
	// a Cabinet Secretary too (the Chair, below).
	text := "KELVO BASIN FISHERIES COMMISSION\nCouncil of Ministers\nFourteenth Session\nKisumu, 26 August 2025\n\nMEETINGS COVERAGE\n\n" +
		"PERCH STOCKS NEAR COLLAPSE, COMMISSION HEAD WARNS\n\nCouncil Adopts Resolution on Regional Task Force\n\n" +
		"The perch stock in Lake Kelvo has fallen to its lowest level since surveys began in 1999, the Executive Secretary of the Kelvo Basin Fisheries Commission told the Council of Ministers today as it opened its session.\n\n" +
		"Presenting the Commission's annual stock assessment, Executive Secretary Dr. Jane Roe said the biomass of mature perch had fallen by 37 per cent in three years.\n\n" +
		"The Chair of the Council, Hon. Mary Doe, Cabinet Secretary for Fisheries of Kelvania, opened the session by calling for a joint patrol."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "The perch stock in Lake Kelvo has fallen to its lowest level since surveys began in 1999"))
}

func TestWhoBecameAPost(t *testing.T) {
	// "who became <Post>" states her post; a "Non-Executive Chair" is no
	// "Chief Executive" of a headline.
	text := "Kelvo Group plc\n\nRecord order book; Chief Executive says Group is \"built for the long haul\"\n\n" +
		"Kelvo Group plc today announced its results for the year.\n\n" +
		"Elizabeth Doe, who became Non-Executive Chair in September 2024, said: \"I have been struck by the pride of our people.\"\n\n" +
		"Mr Roe said the Group would \"stay disciplined\" in bidding.\n\n" +
		"Enquiries\n\nKelvo Group plc                                  +44 (0)113 496 0200\nGareth Roe, Chief Executive\nJane Poe, Chief Financial Officer\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, []string{"Non-Executive Chair"}, saidBy(t, d, "I have been struck by the pride of our people.").Titles)
	assert.Equal(t, "Gareth Roe", speakerOf(t, d, "Group is \"built for the long haul\""))
}

func TestPostOfAPlaceBeforeTheHonourable(t *testing.T) {
	text := "Prime Minister of Kelvania the Hon. Dr. Jane Roe said: “We have talked about food security for years.”"
	d := extractLaidOut(t, text)
	assert.Contains(t, saidBy(t, d, "We have talked about food security for years.").Titles, "Prime Minister of Kelvania")
}

func TestCopularPostWithoutAnArticle(t *testing.T) {
	// "Name is <post> of/for/at …" with no article gives her title.
	text := "Jane Roe is chairman of the Kelvo Fishermen's Association, whose members pull shells out of their nets. “My father brought one home in 1974,” Roe said."
	d := extractLaidOut(t, text)
	assert.Equal(t, []string{"chairman of the Kelvo Fishermen's Association"}, saidBy(t, d, "My father brought one home in 1974").Titles)
	// (no post: "is chairing")
	text = "Jane Roe is chairing the meeting of the Kelvo Fishermen's Association. “My father brought one home in 1974,” Roe said."
	d = extractLaidOut(t, text)
	assert.Empty(t, saidBy(t, d, "My father brought one home in 1974").Titles)
}

func TestATitlesFieldsBeforeItsHead(t *testing.T) {
	text := "Jane Roe, Health, Safety and Environment Manager at Kelvo Contracting, which allowed the researchers onto three of its sites, said the company had since issued sensors to 1,200 of its workers."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the company had since issued sensors to 1,200 of its workers")
	assert.Equal(t, []string{"Health, Safety and Environment Manager at Kelvo Contracting"}, sp.Titles)
	assert.Equal(t, "Kelvo Contracting", sp.Organization.Name)
}

func TestWhoIsARole(t *testing.T) {
	// "who … and is a <role>": her role now (not "who was a …", a past one)
	text := "The Kelvo Farm Workers Union (KFWU) released the survey.\n\nJane Roe, who has picked grapes near Robertson for 19 years and is a KFWU shop steward, said workers were allowed a ten-minute break."
	d := extractLaidOut(t, text)
	assert.Equal(t, []string{"KFWU shop steward"}, saidBy(t, d, "workers were allowed a ten-minute break").Titles)
}

func TestAPostsFieldSetOffBeforeAStyledName(t *testing.T) {
	// "Executive Director, Retail and SME Banking, Mr. Jane Roe": the
	// post's field, set off between the post and the styled name, is no
	// person; "party leader, Marine Roe, voiced" is.
	text := "Executive Director, Retail and SME Banking, Mr. Tunde Roe, said the fund would open on September 1."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the fund would open on September 1")
	assert.Equal(t, "Tunde Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Executive Director, Retail and SME Banking")
	text = "Kelvo's far-right party leader, Marine Roe, said the vote was \"a victory for the people.\""
	d = extractLaidOut(t, text)
	assert.Equal(t, "Marine Roe", speakerOf(t, d, "the vote was \"a victory for the people.\""))
}

func TestAMastersAndABiologistsStyles(t *testing.T) {
	// "Mg." (a master's) and "Biól." before a name are styles, after the
	// post set off before them.
	for _, style := range []string{"Mg.", "Biól.", "Mgtr."} {
		text := "The departmental Secretary of Education, " + style + " Jane Roe Villamizar, said 174 of the schools will receive fibre-optic connections."
		d := extractLaidOut(t, text)
		s := saidBy(t, d, "174 of the schools will receive fibre-optic connections")
		assert.Equal(t, "Jane Roe Villamizar", s.Name, style)
		assert.Contains(t, s.Titles, "departmental Secretary of Education", style)
	}
}

func TestAPlacesCompanyWithAndInItsName(t *testing.T) {
	// A place, then a company's words joined by "and" up to its head:
	// one name.
	text := "Caribbean Gas and Electric Company said in a statement that rates would rise by 4 percent."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Caribbean Gas and Electric Company", speakerOf(t, d, "rates would rise by 4 percent"))
}

func TestADegreesLettersEndTheSentence(t *testing.T) {
	// "Jane Roe, P.E." or "Jane Roe, Ph.D." at a sentence's end: the next
	// sentence's name is not "P.E. Roe".
	for _, deg := range []string{"P.E.", "Ph.D.", "M.D."} {
		text := "“Our crews are averaging 19 lines a week,” said Public Works Director Jane Roe, " + deg + " Roe said the department had added a third crew."
		d := extractLaidOut(t, text)
		assert.Equal(t, "Jane Roe", speakerOf(t, d, "the department had added a third crew"), deg)
	}
}

func TestTheChairIsWhoChairedTheMeeting(t *testing.T) {
	// "chaired by Kelvania's Minister of Fisheries, Hon. Jane Roe": she is
	// "the Chair" the text quotes later.
	text := "Ministers met in Apia this week.\n\n" +
		"The meeting was chaired by Kelvania’s Minister of Agriculture and Fisheries, Hon. Jane Roe Mataia.\n\n" +
		"“Kelvania is honoured to have hosted the meeting,” the Chair said in her closing remarks."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe Mataia", speakerOf(t, d, "Kelvania is honoured to have hosted the meeting"))
}

func TestAStateDelegatesStyle(t *testing.T) {
	// "Del." before a name is a state delegate's title.
	text := "Del. Jane Roe (D-Kelvo), vice chair of the House Appropriations Committee, said she would introduce legislation this session."
	d := extractLaidOut(t, text)
	assert.Contains(t, saidBy(t, d, "she would introduce legislation this session").Titles, "Del.")
}

func TestAHealthJurisdictionIsNoName(t *testing.T) {
	// "head of Health Jurisdiction II of …": a unit with its number, not a
	// person "Jurisdiction II" who speaks.
	text := "Speaking through an interpreter, Co-Chair Dr. Jane Roe Varela, head of Health Jurisdiction II of the Kelvo State Health Secretariat, said that 131 of the cases had been confirmed."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe Varela", speakerOf(t, d, "131 of the cases had been confirmed"))
}

func TestASpanishSistersStyle(t *testing.T) {
	// "Hna." (a religious sister) before a name is a style, no name of its
	// own.
	text := "\"We did not build a shelter for this many people, but we will not close the door,\" said Hna. Jane Roe Gálvez, the shelter's director, presenting the report."
	d := extractLaidOut(t, text)
	s := saidBy(t, d, "We did not build a shelter for this many people, but we will not close the door")
	assert.Equal(t, "Jane Roe Gálvez", s.Name)
	assert.Contains(t, s.Titles, "Hna.")
}

func TestAMayorOfACityIsNoCityCouncils(t *testing.T) {
	// "Mayor of the City of Kelvo, Jane Roe": "City of Kelvo" is no "City
	// Council of Kelvo" (nor "City Commission of Kelvo") the text names too.
	for _, chamber := range []string{"City Council", "City Commission"} {
		text := "The " + chamber + " of Kelvo today adopted a decision to keep heating prices unchanged.\n\n" +
			"The Mayor of the City of Kelvo, Jane Roe, said after the session that the freeze would cost the city RSD 410 million."
		d := extractLaidOut(t, text)
		assert.Equal(t, "City of Kelvo", saidBy(t, d, "the freeze would cost the city RSD 410 million").Organization.Name, chamber)
	}
}

func TestAPostInChargeOfAFieldList(t *testing.T) {
	// "Member of the City Council in charge of Energy and Utilities Jane
	// Roe": the list's last item is the field's, not the name's, and the
	// post runs over "in charge of".
	text := "Member of the City Council in charge of Energy and Utilities Jane Roe explained that households would be eligible for a subsidy."
	d := extractLaidOut(t, text)
	s := saidBy(t, d, "households would be eligible for a subsidy")
	assert.Equal(t, "Jane Roe", s.Name)
	assert.Contains(t, s.Titles, "Member of the City Council in charge of Energy and Utilities")
}

func TestAChaudhrysStyleAndACountryOpeningWithSri(t *testing.T) {
	// "Ch." (Chaudhry) before a name is a style; "Sri Lanka's Minister"
	// is the country's, not "Lanka"'s after a style "Sri".
	d := extractLaidOut(t, "Dengue larvae have been found in one in five houses, Provincial Minister for Community Health Ch. Jane Roe Warraich said on Friday.")
	assert.Equal(t, "Jane Roe Warraich", speakerOf(t, d, "Dengue larvae have been found in one in five houses"))
	d = extractLaidOut(t, "The host, Sri Lanka's Minister of Labour Migration, Hon. Jane Roe, said that remittances had brought in $6.5 billion.")
	assert.Equal(t, "Sri Lanka", saidBy(t, d, "remittances had brought in $6.5 billion").Organization.Name)
}

func TestTheMayorIsTheMunicipalPresident(t *testing.T) {
	// "the Mayor" stands for the town's head the text named by another
	// word: "Municipal President", "Intendente".
	for _, post := range []string{"Municipal President", "Intendente"} {
		text := "The town of Kelvo de Juárez today reopened its market.\n\n\"This market is the heart of Kelvo, and we rebuilt it,\" said " + post + " Jane Roe Hinojosa.\n\nThe Mayor said the reconstruction cost 38.6 million pesos."
		d := extractLaidOut(t, text)
		assert.Equal(t, "Jane Roe Hinojosa", speakerOf(t, d, "the reconstruction cost 38.6 million pesos"), post)
	}
}

func TestAMayorOfACityThenTheNameTheTextUsesAlone(t *testing.T) {
	// "Mayor of the City of Kelvo Jane Roe said": the run after "City of"
	// took the name too; the text's "Roe said" tells the name apart. A
	// place of three words whose last names no one stays whole.
	text := "Mayor of the City of Kelvo Jane Roe said after the session that the freeze would cost the city RSD 410 million.\n\n\"Nobody should have to choose between a warm flat and medicine,\" Roe said."
	d := extractLaidOut(t, text)
	s := saidBy(t, d, "the freeze would cost the city RSD 410 million")
	assert.Equal(t, "Jane Roe", s.Name)
	assert.Equal(t, "City of Kelvo", s.Organization.Name)
	d = extractLaidOut(t, "The Mayor of the City of Palm Beach Gardens said the rates would rise.")
	assert.Equal(t, "City of Palm Beach Gardens", saidBy(t, d, "the rates would rise").Organization.Name)
}

func TestAFamilyNameWithTheArabicArticle(t *testing.T) {
	// "al-Kelvani", "el-Roe": the article in lower case before the family
	// name's capital is the name's.
	text := "\"This is the largest single investment in water our company has made,\" said Omar al-Kelvani, Chairman of the Board.\n\n" +
		"\"Every cubic metre counts,\" al-Kelvani said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Omar al-Kelvani", speakerOf(t, d, "This is the largest single investment in water our company has made"))
	assert.Equal(t, "Omar al-Kelvani", speakerOf(t, d, "Every cubic metre counts"))
	d = extractLaidOut(t, "Minister of Irrigation Samia el-Roe said the canals had been lined.")
	assert.Equal(t, "Samia el-Roe", speakerOf(t, d, "the canals had been lined"))
}

func TestAFrenchLawyersStyle(t *testing.T) {
	// "Me." (Maître) before a name is a style; the title set off before it
	// and the body the possessive names are read.
	text := "The Kelvo Forum for Rural Rights published a report.\n\nThe Forum's board member in charge of legal affairs, lawyer Me. Jane Roe, noted that a 2019 law already created a special transport category."
	d := extractLaidOut(t, text)
	s := saidBy(t, d, "a 2019 law already created a special transport category")
	assert.Equal(t, "Kelvo Forum for Rural Rights", s.Organization.Name)
	assert.Contains(t, s.Titles, "lawyer")
}

func TestADescriptionThatGivesOnlyAName(t *testing.T) {
	// "A 15-year-old digger, identified in the report only as Kelvo,
	// described …. “…,” he told researchers": he is Kelvo, the digger,
	// not the researcher quoted before.
	text := "A report was published.\n\nPatient Jane Roe, the field researcher who led the team, said many of the children \"work nights\".\n\n" +
		"A 15-year-old digger, identified in the report only as Kelvo, described washing ore after midnight. \"I wash the stones at night,\" he told researchers."
	d := extractLaidOut(t, text)
	s := saidBy(t, d, "I wash the stones at night")
	assert.Equal(t, "Kelvo", s.Name)
	assert.Contains(t, s.Titles, "15-year-old digger") // (the whole description since 2026-12-08, its age too, as the annotated rounds give it: "29-year-old nurse from Ipoh")
}
