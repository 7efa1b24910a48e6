package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// Shapes read in the thirty-seventh session from the held-out rounds,
// each with an invented input.

func TestMarriedNamesAndABantuParticle(t *testing.T) {
	// "née" and "épouse" join a woman's birth name to her married one,
	// and "wa" joins a Bantu name to the father's: one name each, not
	// the last word alone.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Kelvo Port Authority today opened its new berth.\n\nDr Jane Roe épouse Doe, harbour master of the Kelvo Port Authority, said the deeper berth would improve safety.\n\nAt the launch, the Director General of the Authority, Mrs Mary Ann Roe née Doe, said the agency wanted to change how families see the port.\n\nDr Jean-Pierre Kelvo wa Mulenga, Provincial Minister of Health, said deliveries had risen.")
	assert.Equal(t, "Jane Roe épouse Doe", saidBy(t, d, "the deeper berth would improve safety").Name)
	assert.Equal(t, "Mary Ann Roe née Doe", saidBy(t, d, "the agency wanted to change how families see the port").Name)
	assert.Equal(t, "Jean-Pierre Kelvo wa Mulenga", saidBy(t, d, "deliveries had risen").Name)
}

func TestAFrenchProfessorsStyle(t *testing.T) {
	// "Pr" is the French "Professeur" before a name, a title as "Prof."
	// is.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Kelvo Rights League today published its report.\n\nPr John Doe, a lecturer at the University of Kelvale, said the problem was not the law but its application.")
	sp := saidBy(t, d, "the problem was not the law but its application")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Contains(t, sp.Titles, "Pr")
}

func TestAPossessorsPostInAnotherLanguageAfterSaid(t *testing.T) {
	// "said Kelvo's Directeur général, Mr John Doe": a post of the lists
	// with a word in lower case, then the name set off with its
	// honorific; the quotation was lost with its attribution.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kelvo Terminal S.A. (KT) today opened its new quay.\n\n\"Every day a ship waits outside the port is a day that a family pays more,\" said KT's Directeur général, Mr John Doe. \"We built this quay for the hinterland.\"")
	sp := saidBy(t, d, "Every day a ship waits outside the port is a day that a family pays more")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Contains(t, sp.Organization.Name, "Kelvo Terminal")
	assert.Equal(t, "John Doe", saidBy(t, d, "We built this quay for the hinterland.").Name)
}

func TestACompanyOpenedByAFamilyNamesParticle(t *testing.T) {
	// "Van Doe Nut Trading B.V." makes "Van Doe" a name of the company,
	// as "Kelvo" is of "Kelvo Nut Trading B.V.", though "Van" is a
	// common word: "Van Doe's Head of Sourcing" is the company's.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kelvo Cashew S.A. today signed a supply contract with Van Doe Nut Trading B.V., a Rotterdam processor.\n\nVan Doe's Head of Sourcing, Mrs. Jane Roe, said the Rotterdam firm had chosen Kelvo Cashew because of its traceability system.")
	sp := saidBy(t, d, "the Rotterdam firm had chosen Kelvo Cashew because of its traceability system")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Organization.Name, "Van Doe")
	assert.Equal(t, []string{"Head of Sourcing"}, sp.Titles)
}

func TestTheTownOfASiteIsNoBody(t *testing.T) {
	// "a shift supervisor at the Kelvo plant": Kelvo is where the
	// issuer's plant stands; she speaks for the issuer.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kelvo Cashew S.A. today signed a supply contract.\n\nJane Roe, a shift supervisor at the Bignona plant, said the new line was ready.\n\nJohn Doe, a foreman at the Ziguin factory, said the expansion would help.")
	assert.Equal(t, "Kelvo Cashew S.A.", saidBy(t, d, "the new line was ready").Organization.Name)
	assert.Equal(t, "Kelvo Cashew S.A.", saidBy(t, d, "the expansion would help").Organization.Name)
}

func TestACoChairsCountryIsHerSide(t *testing.T) {
	// A joint commission's co-chairs are named by the side they sit for:
	// "Canadian Co-Chair", "U.S. Co-Chair" speak for the commission.
	d := extractLaidOut(t, "Kelvo River Commission\n\nFlood outlook published\n\nWINNIPEG, 3 March 2026 - The Kelvo River Commission today published its spring flood outlook.\n\n\"This is a shared river,\" said Canadian Co-Chair Dr. Jane Roe.\n\nU.S. Co-Chair John Doe said emergency managers had been briefed.")
	assert.Equal(t, "Kelvo River Commission", saidBy(t, d, "This is a shared river").Organization.Name)
	assert.Equal(t, "Kelvo River Commission", saidBy(t, d, "emergency managers had been briefed").Organization.Name)
}

func TestAnOfficeForItsRemit(t *testing.T) {
	// "the Office for Fair Markets and Competition (UKR)" is a body, as
	// "the Office of …" is, not a person named "Office for …": its
	// president speaks for it by its full name.
	d := extractLaidOut(t, "WARSAW, 3 March 2026 - The President of the Office for Fair Markets and Competition (UKR) has fined Kelvo Sp. z o.o. PLN 48 million.\n\n\"Farmers are not a bank for retail chains,\" said Jane Roe, President of UKR.")
	assert.Equal(t, "Office for Fair Markets and Competition", saidBy(t, d, "Farmers are not a bank for retail chains").Organization.Name)
}

func TestAnArchitectsStyle(t *testing.T) {
	// "Dr. Arch." are two styles before the name (an architect's, as the
	// Spanish "Arq."), not a person "Arch".
	d := extractLaidOut(t, "CAIRO, 3 March 2026 - The Kelvo Association of Architects today called for a moratorium on demolitions.\n\nThe Association's President, Dr. Arch. John Doe, said the losses were happening one building at a time.")
	sp := saidBy(t, d, "the losses were happening one building at a time")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Kelvo Association of Architects", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "President")
}

func TestAGivenNameWithATurkishStyle(t *testing.T) {
	// "Ayten Hanım" and "Hüseyin Bey" address by given name the people
	// named in full before.
	d := extractLaidOut(t, "IZMIR, 3 March 2026 - Kelvo Engineering today began strengthening 42 schools.\n\nAcross the road lives Hüseyin Doe, a retired builder whom the pupils know simply as Hüseyin Bey.\n\n'I know how we built in those years,' Hüseyin Bey said.\n\nAyten Roe, a widow, received the first keys. 'We finally have a door to close,' said Ayten Hanım.")
	assert.Equal(t, "Hüseyin Doe", saidBy(t, d, "I know how we built in those years").Name)
	assert.Equal(t, "Ayten Roe", saidBy(t, d, "We finally have a door to close").Name)
}

func TestABritishPluralInAPostsField(t *testing.T) {
	// "Vice-President for Country Programmes": "Programmes" is the common
	// "programs", so the field is no person for "she" to name.
	d := extractLaidOut(t, "ANTAKYA, 3 March 2026 - The Kelvo Development Bank (KDB) today handed over 400 homes.\n\nDr. Jane Roe, KDB Vice-President for Country Programmes, who handed over the first keys, said the programme had been designed around families.\n\n\"It can be both,\" she said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "It can be both").Name)
}

func TestAPostSetOffBeforeTheVeryRev(t *testing.T) {
	// "The Moderator of …, the Very Rev. John Doe, who is also …, said":
	// "Very Rev." is one style; the post before it and the name are his.
	d := extractLaidOut(t, "SUVA, 3 March 2026 - The Kelvo Churches Fellowship today called for family support for seasonal workers.\n\nThe Moderator of the Fellowship's Executive Committee, the Very Rev. John Doe, who is also President of the Orrin Council of Churches, said the churches were seeing the effect of long absences.")
	sp := saidBy(t, d, "the churches were seeing the effect of long absences")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Contains(t, sp.Titles, "Very Rev.")
	assert.Contains(t, sp.Titles, "The Moderator of the Fellowship's Executive Committee")
}

func TestACompanyAfterItsTrade(t *testing.T) {
	// "the Melbourne-based importer Kelvo Seafoods": a company after its
	// trade, its name ending in a common noun; "Kelvo's Head of
	// Responsible Sourcing" is then the company's.
	d := extractLaidOut(t, "WEWAK, 3 March 2026 - Bismarck Tuna Processors (BTP) today reopened its loining line, a requirement of its largest customer, the Melbourne-based importer Kelvo Seafoods.\n\nKelvo's Head of Responsible Sourcing, John Doe, said customers increasingly asked where their tuna was caught.")
	assert.Equal(t, "Kelvo Seafoods", saidBy(t, d, "customers increasingly asked where their tuna was caught").Organization.Name)
}

func TestAustrianFeminineStyles(t *testing.T) {
	// "Mag.a" (Magistra), "Dr.in" are one style each before the name, not
	// a person "Mag." and a stray "a".
	d := extractLaidOut(t, "VIENNA, 3 March 2026 - Food Bridge Kelvo today appealed for donations.\n\n\"We now see people who used to donate to us,\" said Mag.a Jane Roe, chair of Food Bridge Kelvo.\n\nDr.in Mary Doe, a researcher at the University of Kelvale, said rents were the main reason.")
	sp := saidBy(t, d, "We now see people who used to donate to us")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Mag.a")
	assert.Equal(t, "Mary Doe", saidBy(t, d, "rents were the main reason").Name)
}

func TestAHeadlinesDashSetsOffItsSpeaker(t *testing.T) {
	// "… checked 18,400 shelf labels in 212 stores - President Roe:
	// “…”": the phrase after "labels" stops at the spaced dash, so
	// "labels" is no verb whose quoted words follow; the colon's speaker
	// says them.
	d := extractLaidOut(t, "Federal Office for Consumer Protection (BKP)\n\nPRESS RELEASE\n\nBKP inspectors checked 18,400 shelf labels in 212 stores - President Roe: \"Customers must be able to compare at a glance\"\n\nVIENNA, 3 March 2026 - The Federal Office for Consumer Protection (BKP) today published its market check.\n\nBKP President Dr. Jane Roe said the labels were often too small.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "Customers must be able to compare at a glance").Name)
}

func TestWhoIsAPostInLowerCaseOfABody(t *testing.T) {
	// "who has lived on Loon Lake for 31 years and is president of the
	// Loon Lake Property Owners Association": a post of the lists in lower
	// case, then its body.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Kelvo County Department of Environment today issued an algae advisory.\n\nJane Roe, who has lived on Loon Lake for 31 years and is president of the Loon Lake Property Owners Association, said residents were ready to help.\n\nJohn Doe, who is the chair of Kelvo Anglers, said the lake was closed.")
	sp := saidBy(t, d, "residents were ready to help")
	assert.Equal(t, "Loon Lake Property Owners Association", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "president of the Loon Lake Property Owners Association")
	assert.Equal(t, "Kelvo Anglers", saidBy(t, d, "the lake was closed").Organization.Name)
}

func TestTheCompanyInAProgrammesRelease(t *testing.T) {
	// In a programme's release "the company's Director of Sustainability"
	// is the company the text names last, not the programme; a company by
	// its legal form before a regulator named after it.
	d := extractLaidOut(t, "TROMSØ, 3 March 2026 - The Kelvo Arctic Environment Programme today published a report on ship emissions.\n\nNordkapp Expedition Lines, which operates six ships in the region, welcomed it. \"We are ahead of the rules,\" said Jane Roe, the company's Director of Sustainability.\n\nThe pump was developed by Orrin Medical Technology Co., Ltd. and approved by the Kelvo Medical Products Administration in March. \"Every gram mattered,\" said John Doe, the company's chairman.")
	assert.Equal(t, "Nordkapp Expedition Lines", saidBy(t, d, "We are ahead of the rules").Organization.Name)
	assert.Contains(t, saidBy(t, d, "Every gram mattered").Organization.Name, "Orrin Medical Technology")
}

func TestABodyAfterANameAndOfThe(t *testing.T) {
	// "Ann Lee of the Kelvo Puffin Research Station, which …, said": the
	// capitalized words after a name and "of the", ending in no place's
	// head, are her body though no list knows "Station" or "Presidium";
	// "of the Kelvo University in Guayaquil" keeps its body before the
	// town.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Kelvo Development Bank today approved a loan for water.\n\nAnn Lee of the Westman Puffin Research Station, which runs parallel counts, said the colonies had not improved.\n\nPolice Captain Mary Doe of the Police Presidium of the Kelvo Republic said thefts had fallen.\n\nEconomist John Roe, of the Universidad Andina del Kelvo in Guayaquil, noted that this is the third loan.\n\nJohn Poe of the Kelvo Valley said the river was low.")
	assert.Equal(t, "Westman Puffin Research Station", saidBy(t, d, "the colonies had not improved").Organization.Name)
	assert.Contains(t, saidBy(t, d, "thefts had fallen").Organization.Name, "Police Presidium")
	assert.Equal(t, "Universidad Andina del Kelvo", saidBy(t, d, "this is the third loan").Organization.Name)
	assert.NotContains(t, saidBy(t, d, "the river was low").Organization.Name, "Kelvo Valley")
}

func TestAFieldThenABodyWithAParticle(t *testing.T) {
	// "Executive Vice President, Corporate Banking at Banco Agroindustrial
	// del Kelvo": a field of capitalized common words no entity holds, then
	// the body after "at", a particle inside its name; a harbourmaster's
	// post.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Kelvo Development Bank today approved a loan.\n\n\"The numbers work,\" said Luisa Roe, Executive Vice President, Corporate Banking at Banco Agroindustrial del Kelvo.\n\nJane Roe, Harbourmaster at Kelvo Harbour Trust, said the port was ready.")
	assert.Equal(t, "Banco Agroindustrial del Kelvo", saidBy(t, d, "The numbers work").Organization.Name)
	sp := saidBy(t, d, "the port was ready")
	assert.Equal(t, "Kelvo Harbour Trust", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "Harbourmaster at Kelvo Harbour Trust")
}

func TestASignaturesBodyBeforeItsTown(t *testing.T) {
	// "- Jane Roe, owner, Kelvo Holsteins, Lacombe, Alta.": the signature's
	// body before its town and region.
	d := extractLaidOut(t, "CALGARY, 3 March 2026 - Glacierline Robotics Inc. today launched a milking robot.\n\nCustomer voices:\n\n\"The robot milks the herd while we sleep.\"\n- Jane Roe, owner, Kelvo Holsteins, Lacombe, Alta.\n\n\"Every school has a dog now.\"\n— John Doe, Managing Director, BatiSud Construction, Yaoundé")
	assert.Equal(t, "Kelvo Holsteins", saidBy(t, d, "The robot milks the herd while we sleep.").Organization.Name)
	assert.Equal(t, "BatiSud Construction", saidBy(t, d, "Every school has a dog now.").Organization.Name)
}

func TestAPlaceBeforeItsMayorSetOff(t *testing.T) {
	// "Springfield Mayor, Jane Roe, said", "East Orrin Shire Mayor, Cr Jane
	// Roe, said": the place a local post serves, set off before its
	// holder, is no person "Springfield Mayor"; the holder speaks for the
	// place, not for the ministry that issued the release.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Kelvo Ministry of Transport today opened a new rail line.\n\nSpringfield Mayor, Jane Roe, said the town was ready.\n\nEast Orrin Shire Mayor, Cr John Doe, said the shire had asked for the line for years.")
	assert.Equal(t, "Springfield", saidBy(t, d, "the town was ready").Organization.Name)
	assert.Equal(t, "East Orrin Shire", saidBy(t, d, "the shire had asked for the line for years").Organization.Name)
}

func TestACommissionerOfAHeadedBody(t *testing.T) {
	// "The Commissioner of the National Disaster Risk Management
	// Authority": "the" and a body the recognizer named by its head fill
	// the post's "of"; no portfolio ("Minister of Disaster Management"),
	// and not the issuer's.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kestrel Grid Technologies today launched GridSense.\n\nThe Commissioner of the National Disaster Risk Management Authority, Mr. John Doe, said the alert was raised early.")
	assert.Equal(t, "National Disaster Risk Management Authority", saidBy(t, d, "the alert was raised early").Organization.Name)
}

func TestABareDirectorOfTheBodyBefore(t *testing.T) {
	// "The housing association Kelvo Wonen will de-pave four courtyards.
	// “…,” said director Jane Roe.": a bare post in lower case speaks for
	// the body the sentence before in its paragraph is about (named after
	// "the" and its kind, which makes it a body), not for the issuer.
	d := extractLaidOut(t, "ARNHEM, 3 March 2026 - The Municipality of Arnhem today launched a green courtyards programme.\n\nThe housing association Kelvo Wonen will de-pave four courtyards this summer. \"A green courtyard keeps the heat out,\" said director Jane Roe.")
	assert.Equal(t, "Kelvo Wonen", saidBy(t, d, "A green courtyard keeps the heat out").Organization.Name)
}

func TestACompanysNameBeforeAModifiedPost(t *testing.T) {
	// "said Amberfield Vice President Graham Doe": a single name before a
	// company's post with its modifier ("Vice", "Senior", "Executive") and
	// a person's name is a company, as before a bare "CEO".
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kestrel Grid Technologies today launched GridSense.\n\n\"Data flows,\" said Amberfield Vice President Jane Doe.")
	assert.Equal(t, "Amberfield", saidBy(t, d, "Data flows").Organization.Name)
}

func TestAChairlady(t *testing.T) {
	// "chairlady", as East African releases write it, is a post as
	// "chairwoman" is: its body follows.
	d := extractLaidOut(t, "NAKURU, 3 March 2026 - Savanna Mobile plc today launched a savings wallet.\n\nMama Jane Doe, chairlady of the Tumaini Women Group in Njoro, said the women would save for seed.")
	sp := saidBy(t, d, "the women would save for seed")
	assert.Equal(t, "Tumaini Women Group", sp.Organization.Name)
}

func TestASectionHeadingOverSignedQuotations(t *testing.T) {
	// "Voices:" alone on its line heads quotations each signed under it
	// ("- Jane Doe, 15, Year 9 pupil, Kelvo"): the heading is no speaker;
	// the signature names her.
	d := extractLaidOut(t, "KOLDA, 3 March 2026 - The Jappalante Network today opened a school.\n\nVoices:\n\n\"I want to be a doctor.\"\n- Jane Doe, 15, Year 9 pupil, Kelvo Foulah")
	assert.Equal(t, "Jane Doe", saidBy(t, d, "I want to be a doctor.").Name)
}

func TestTheNGODescribedBefore(t *testing.T) {
	// "Kelvo Reef Watch, a marine conservation NGO, welcomed it. The NGO
	// said …": "NGO" is a kind of body, no body's letters, and "the NGO"
	// is the body an appositive described as one.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Kelvo Civil Aviation Authority today fined Albion Air over a missed safety check.\n\nKelvo Reef Watch, a marine conservation NGO, welcomed the fine. The NGO said the airline had ignored warnings.")
	assert.Equal(t, "Kelvo Reef Watch", saidBy(t, d, "the airline had ignored warnings").Name)
}

func TestItsAfterASubjectOpenedByACompassWord(t *testing.T) {
	// "Northern Spine Transmission, which owns …, said … the Competition
	// Appeals Tribunal. Its chief executive …": the recognizer left
	// "Northern" out of the name; "Its" is still the sentence's subject's,
	// not the body named last.
	d := extractLaidOut(t, "LONDON, 3 March 2026 - The Energy Network Regulation Authority today published its final determination.\n\nNorthern Spine Transmission, which owns the high-voltage network in northern England, said it was disappointed and would study the determination before deciding whether to appeal to the Competition Appeals Tribunal.\n\nIts chief executive, Alastair Doe, warned that the lower return could make it harder to attract investors.")
	assert.Contains(t, saidBy(t, d, "the lower return could make it harder to attract investors").Organization.Name, "Spine Transmission")
}

func TestACountrysOfficeForItsRemit(t *testing.T) {
	// "the Kenya Office for Migrant Protection": an office named by its
	// country, then "for" and its remit, is one body (not "Kenya Office"
	// and a person "Migrant Protection").
	d := extractLaidOut(t, "NAIROBI, 3 March 2026 - The Kenya Office for Migrant Protection today briefed reporters on returns. It said returns were rising.")
	var names []string
	for _, e := range d.Entities {
		names = append(names, e.Text)
	}
	assert.Contains(t, names, "Kenya Office for Migrant Protection")
	assert.NotContains(t, names, "Migrant Protection")
}

func TestAnAsideBetweenDashesAfterAVerbOfSaying(t *testing.T) {
	// "who proclaimed in July - falsely - that …": the phrase after the
	// verb goes on past a pair of dashes around an aside; only a single
	// dash sets off another's words (a headline's "- President Roe:").
	d := extractLaidOut(t, "The test for refugees began, as such things often do, with Jane Roe, who proclaimed in July - falsely - that farmers fleeing Kelvo \"cannot come into this country\" but traders from Kelvo \"can come in so easily.\" Roe later said more.")
	var kinds []quotes.Kind
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "cannot come into this country") {
			kinds = append(kinds, q.Kind)
			require.NotNil(t, q.Speaker)
			assert.Equal(t, "Jane Roe", q.Speaker.Name)
		}
	}
	assert.Equal(t, []quotes.Kind{quotes.Mixed}, kinds)
}

func TestAHyphenedTownBeforeItsMayor(t *testing.T) {
	// "Esch-sur-Kelvo mayor Jane Roe": a town of hyphened words with a
	// particle in lower case before a mayor's post is the body she speaks
	// for, not the ministry that issued the release.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - The Ministry of Mobility today opened the line.\n\nEsch-sur-Kelvo mayor Jane Roe called the line a lifeline.\n\n\"It is the most important decision for the south,\" said Esch-sur-Kelvo mayor Jane Roe.")
	assert.Equal(t, "Esch-sur-Kelvo", saidBy(t, d, "It is the most important decision for the south").Organization.Name)
}
