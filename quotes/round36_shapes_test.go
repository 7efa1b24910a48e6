package quotes_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestAnAzerbaijaniPatronymBeforeTheFamilyName(t *testing.T) {
	// "Rovshan Elchin oglu Mammadli": the father's name and "oglu" ("son
	// of") stand between the given name and the family name, which "Mr
	// Mammadli" repeats.
	d := extractLaidOut(t, "Ministers agree transit plan\n\nBAKU, 3 March 2026 - Ministers met today.\n\n\"We must stop stamping paper at every border,\" said Ambassador Rovshan Elchin oglu Mammadli, Secretary General of the Kelvo Transit Council.\n\nMr Mammadli said the next meeting would be held in Kelvograd.")
	sp := saidBy(t, d, "We must stop stamping paper at every border")
	assert.Equal(t, "Rovshan Elchin oglu Mammadli", sp.Name)
	assert.Equal(t, "Kelvo Transit Council", sp.Organization.Name)
	assert.Equal(t, "Rovshan Elchin oglu Mammadli", saidBy(t, d, "the next meeting would be held in Kelvograd").Name)
}

func TestADashBetweenAQuoteAndItsAttribution(t *testing.T) {
	// Releases translated from Russian set the attribution off after the
	// closing mark and its comma with a dash: "«…», – said the Akim." and
	// "«…», – J. Roe explained."
	d := extractLaidOut(t, "Buses arrive\n\nKELVOGRAD, 3 March 2026 - The city received new buses today.\n\n«For many years residents have been waiting at stops», – said the Akim of Kelvograd.\n\n«We have analysed the data from the validators», – J. Roe explained.")
	assert.Contains(t, saidBy(t, d, "For many years residents have been waiting at stops").Name, "Akim")
	assert.Equal(t, "J. Roe", saidBy(t, d, "We have analysed the data from the validators").Name)
}

func TestARegionBeforeALocalPost(t *testing.T) {
	// "Kelvo region khokim Jane Roe": the region the post governs, not a
	// body whose name opens with "Kelvo" ("Kelvo State University").
	d := extractLaidOut(t, "Water programme launched\n\nKELVOGRAD, 3 March 2026 - The Ministry of Water, together with the Kelvo State University of Veterinary Medicine, today launched a programme.\n\n\"Kelvo region alone accounts for a tenth of exports,\" said Kelvo region khokim Jane Roe.")
	sp := saidBy(t, d, "Kelvo region alone accounts for a tenth of exports")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo region", sp.Organization.Name)
}

func TestAnOrdinalAndItsBeforeAnAppointedPost(t *testing.T) {
	// "appointed Jane Roe as its ninth Music Director": "its ninth" says
	// which holder she is, no part of the title.
	d := extractLaidOut(t, "Orchestra names music director\n\nKELVALE, 10 February 2025 - The Kelvo Philharmonic Orchestra has appointed Jane Roe as its ninth Music Director.\n\n\"An orchestra that listens to its city,\" Roe said.")
	sp := saidBy(t, d, "An orchestra that listens to its city")
	assert.Equal(t, []string{"Music Director"}, sp.Titles)
}

func TestIsNowItsPostInARelativeClause(t *testing.T) {
	// "who founded the Kelvo Court Trust in 2016 and is now its chief
	// executive": the post is the clause's.
	d := extractLaidOut(t, "Courts reopen\n\nKELVALE, 10 February 2025 - Floodlit courts reopened today.\n\n\"When these courts closed, the kids just disappeared,\" said John Doe, who founded the Kelvo Court Trust in 2016 and is now its chief executive.")
	sp := saidBy(t, d, "When these courts closed, the kids just disappeared")
	assert.Contains(t, sp.Titles, "chief executive")
	assert.Equal(t, "Kelvo Court Trust", sp.Organization.Name)
}

func TestAnArtOpeningTheSentenceBeforeTheName(t *testing.T) {
	// "Muralist Jane Roe", "Cellist and composer John Doe": an art held on
	// one's own account, capitalized at the sentence's start, is a title,
	// not the name's first word.
	d := extractLaidOut(t, "Walls speak festival\n\nKELVALE, 10 February 2025 - The festival opens today.\n\nMuralist Jane Roe, who grew up three blocks away, said her design was shaped by afternoons spent with the neighbors.\n\nCellist and composer John Doe will receive $96,500. He said the grant would allow him to \"stop being a visitor\".")
	sp := saidBy(t, d, "her design was shaped by afternoons spent with the neighbors")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Muralist")
	assert.Contains(t, saidBy(t, d, "the grant would allow him to \"stop being a visitor\"").Titles, "Cellist")
}

func TestTheCompanyBeforeATownInItsName(t *testing.T) {
	// The recognizer took "in Broken Hill" into "Saltbush Theatre
	// Company in Broken Hill"; "the company's Artistic Director" in an
	// arts council's release is that company's, named without its town.
	d := extractLaidOut(t, "Touring grants announced\n\nKELVALE, 3 March 2026 - The Kelvo Council for the Arts (KCA) today announced 40 grants.\n\nAmong the recipients is Saltbush Theatre Company in Broken Hill, which will receive $412,000 to tour its new production.\n\n“People assume that regional audiences want something light,” said Jane Roe, the company’s Artistic Director.")
	sp := saidBy(t, d, "People assume that regional audiences want something light")
	assert.Equal(t, "Saltbush Theatre Company", sp.Organization.Name)
}

func TestALegalFormInLowerCaseMakesABody(t *testing.T) {
	// "Kelvo Sportswear plc": a name of words no list knows before a legal
	// form in lower case is a company's, no person's.
	d := extractLaidOut(t, "Deal signed\n\nLONDON, 3 March 2026 - Kelvo Sportswear plc today signed a kit deal with a club.\n\n\"We are proud,\" said Jane Roe, chief executive.")
	sp := saidBy(t, d, "We are proud")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Organization.Name, "Kelvo Sportswear")
}

func TestAWordOfABodysNameBeforeAPost(t *testing.T) {
	// "Rovers Head Coach John Doe" after "Thornbury Rovers Women FC": the
	// one body whose name holds the word, in a sponsor's release.
	d := extractLaidOut(t, "Kit deal signed\n\nLONDON, 3 March 2026 - Kelvo Sportswear plc today signed a kit deal with Thornbury Rovers Women FC.\n\nRovers Head Coach John Doe added that the club had also secured a commitment for its academy.")
	sp := saidBy(t, d, "the club had also secured a commitment for its academy")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Thornbury Rovers Women FC", sp.Organization.Name)
}

func TestFieldsJoinedAfterDirectorOf(t *testing.T) {
	// "Director of Pharmacovigilance and Post-Marketing Surveillance":
	// fields joined by "and", every word shaped as one, name the
	// director's department, no body; the regulator speaks for him.
	d := extractLaidOut(t, "Falsified tablets alert\n\nKELVALE, 3 March 2026 - The Kelvo Medicines Regulatory Authority (KMRA) has warned the public about falsified antimalarial tablets.\n\n\"That single report from an alert pharmacist set everything in motion,\" said Pharm. John Doe, Director of Pharmacovigilance and Post-Marketing Surveillance.")
	sp := saidBy(t, d, "That single report from an alert pharmacist set everything in motion")
	assert.Equal(t, "Kelvo Medicines Regulatory Authority", sp.Organization.Name)
}

func TestAPlacesPublicBodyOpensTheLead(t *testing.T) {
	// "Kelvoland’s Provincial Public Health Protection Office (PPHPO) has
	// issued …": the lead's subject after its place's possessive is the
	// issuer, over a partner named more often.
	d := extractLaidOut(t, "Drug alert issued\n\nKelvoland’s Provincial Public Health Protection Office (PPHPO) has issued a province-wide toxic drug alert after testing confirmed nitazenes.\n\n“Please assume that any pill could contain nitazenes,” said Dr. Jane Roe, provincial chief medical officer of health.\n\nThe nitazene was confirmed by the Kelvo Drug Checking Service (KDCS), a program run with the province. “These are the most dangerous samples we have seen,” said John Doe, lead chemist with the KDCS. The KDCS said more results would follow.")
	sp := saidBy(t, d, "Please assume that any pill could contain nitazenes")
	assert.Equal(t, "Provincial Public Health Protection Office", sp.Organization.Name)
}

func TestACharitysVoice(t *testing.T) {
	// "Kelvo Patients' Voice": "Voice" heads a charity's name, as
	// "Network" or "Forum" do; its chief executive speaks for it.
	d := extractLaidOut(t, "Kelvo Patients' Voice\nHome\nNews\n\nDialysis patients losing hours to transport delays, survey finds\n\nThousands of people on dialysis are waiting more than an hour for transport, a survey found.\n\nKelvo Patients' Voice chief executive Jane Roe said: 'Dialysis is not optional.'")
	sp := saidBy(t, d, "Dialysis is not optional.")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Patients' Voice", sp.Organization.Name)
}

func TestAFieldsAndInAColonLabel(t *testing.T) {
	// "DR JANE ROE, Director, Market Shaping and Procurement, KMPF:" over
	// a quotation: the field's "and" is no verb of a later clause, so
	// "Market Shaping" is no subject; the name that opens the label speaks.
	d := extractLaidOut(t, "Insulin tender awarded\n\nLONDON, 3 March 2026 - The Kelvo Medicines Purchasing Facility (KMPF) awarded a tender today.\n\nQuotes:\n\nDR JANE ROE, Director, Market Shaping and Procurement, KMPF:\n\n\"A lower price is only half the story.\"")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "A lower price is only half the story.").Name)
}

func TestAFieldListSetOffAfterAPost(t *testing.T) {
	// "Executive General Manager, Generation and Energy Transition, Jane
	// Roe, said": the fields the commas set off after the post are no
	// people; the name after them speaks.
	d := extractLaidOut(t, "Coal plant to close\n\nSYDNEY, 3 March 2026 - Kelvo Coast Energy Limited (ASX: KCE) today announced the closure of its coal plant.\n\nThe company’s Executive General Manager, Generation and Energy Transition, Jane Roe, said construction could begin in mid-2026.")
	sp := saidBy(t, d, "construction could begin in mid-2026")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Organization.Name, "Kelvo Coast Energy")
}

func TestPartnersHeadsACompanysName(t *testing.T) {
	// "Partners" is a headline's verb ("Kelvo Partners With …") and a
	// company's head: before "said" or a post it ends the name, "Kelvo
	// Solar Partners Managing Director John Doe".
	d := extractLaidOut(t, "Solar partnership signed\n\nKELVALE, 3 March 2026 - The Kelvo Regional Land Council today signed a solar partnership.\n\nKelvo Solar Partners Managing Director John Doe said the company had spent eighteen months on country with Traditional Owners.")
	sp := saidBy(t, d, "the company had spent eighteen months on country with Traditional Owners")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Kelvo Solar Partners", sp.Organization.Name)
}

func TestLettersRepeatedAfterTheNameMarkNoOtherTitle(t *testing.T) {
	// "Jane Roe KC, Chair of the KAB, said …" and later "Jane Roe KC and
	// John Doe KC are available": the repeated "KC" adds no title, and
	// her chair, the title before it, stays a post, not a credential.
	d := extractLaidOut(t, "Barristers vote\n\nLONDON, 3 March 2026 - Members of the Kelvo Association of Barristers (KAB) voted today.\n\nJane Roe KC, Chair of the KAB, said: \"The system is running on goodwill.\"\n\n4. Jane Roe KC and John Doe KC are available for interview.")
	sp := saidBy(t, d, "The system is running on goodwill.")
	assert.Equal(t, "Kelvo Association of Barristers", sp.Organization.Name)
}

func TestTheJudgeIsMrJustice(t *testing.T) {
	// "Mr Justice Roe ordered …" then "the judge said": a higher court's
	// judge is styled "Mr Justice", and "the judge" is he.
	d := extractLaidOut(t, "Two men jailed\n\nKELVALE, 27 February 2026 - Two men were jailed for life at Kelvale Crown Court today.\n\nSentencing the pair at the same court today, Mr Justice Roe ordered Doe to serve a minimum of 24 years.\n\nDescribing the attack as ‘cowardly and senseless’, the judge said the defendants had shown ‘not a flicker of remorse’ at any stage.")
	sp := saidBy(t, d, "the defendants had shown ‘not a flicker of remorse’ at any stage")
	assert.Equal(t, "Roe", sp.Name)
	assert.Equal(t, "Kelvale Crown Court", sp.Organization.Name)
}

func TestASpecialRapporteursCountryIsANationality(t *testing.T) {
	// "Ms. Jane Roe (Norway) was appointed Special Rapporteur on …": an
	// expert serving in a personal capacity speaks for no country.
	d := extractLaidOut(t, "Detention has become the default, warns UN expert\n\nGENEVA, 9 March 2026 - Pretrial detention has become the default, not the exception, a UN expert said today.\n\n“Around one in three people behind bars has not been tried,” said the Special Rapporteur on access to justice, Jane Roe, presenting her report to the Human Rights Council.\n\nBackground\n\nMs. Jane Roe (Norway) was appointed Special Rapporteur on access to justice by the Human Rights Council in 2023.")
	sp := saidBy(t, d, "Around one in three people behind bars has not been tried")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.NotEqual(t, "Norway", sp.Organization.Name)
}

func TestTheUNExpertIsTheSpecialRapporteur(t *testing.T) {
	// "…, warns UN expert" over a lead that names "The Special
	// Rapporteur on access to justice, Jane Roe": the expert is she.
	d := extractLaidOut(t, "Pretrial detention has become the default, warns UN expert\n\nGENEVA, 9 March 2026 - The Special Rapporteur on access to justice, Jane Roe, presented her report to the Human Rights Council today.\n\n“Around one in three people behind bars has not been tried,” Ms. Roe said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "Pretrial detention has become the default").Name)
}

func TestAJudgesCountryIsANationality(t *testing.T) {
	// "Judge Jane Roe (Guyana)" in a regional court's release: the judge
	// sits for the court, not for her country.
	d := extractLaidOut(t, "Court rules on detention\n\nPORT OF SPAIN, 3 March 2026 - The Kelvo Regional Court of Human Rights today delivered its judgment in Doe v. Kelvania.\n\nIn a separate opinion, Judge Jane Roe (Guyana) called the delays \"a structural failure, not an isolated lapse\".")
	sp := saidBy(t, d, "the delays \"a structural failure, not an isolated lapse\"")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Regional Court of Human Rights", sp.Organization.Name)
}

func TestADoubleSurnameOpenedByATitlesWord(t *testing.T) {
	// "Chief Jane Cardinal-Bear of Kelvo Lake Cree Nation": "Cardinal" is
	// a church's rank, but "Cardinal-Bear" after a given name is her
	// surname, not a title that ends the name.
	d := extractLaidOut(t, "Lithium fund announced\n\nREGINA, 3 March 2026 - The Ministry of Energy announced a fund today.\n\n“For too long our Nation watched resource projects go by on the highway,” said Chief Jane Cardinal-Bear of Kelvo Lake Cree Nation, which will hold a 30 per cent stake.")
	sp := saidBy(t, d, "For too long our Nation watched resource projects go by on the highway")
	assert.Equal(t, "Jane Cardinal-Bear", sp.Name)
	assert.Equal(t, "Kelvo Lake Cree Nation", sp.Organization.Name)
}

func TestATownBasedKindInATitle(t *testing.T) {
	// "Head of Aftersales at the Gdansk-based manufacturer" after
	// "According to Baltica Bus Works, …": the description stands for the
	// body the paragraph named, not for a body called "Gdansk-based".
	d := extractLaidOut(t, "Last diesel bus retired\n\nKELVOGRAD, 3 March 2026 - The Kelvograd Public Transport Authority retired its last diesel bus today.\n\nAccording to Baltica Bus Works, which supplied 260 of the electric buses, average winter range was 231 kilometres. John Doe, Head of Aftersales at the Gdansk-based manufacturer, said Kelvograd had given the company its hardest duty cycle in Europe.")
	sp := saidBy(t, d, "Kelvograd had given the company its hardest duty cycle in Europe")
	assert.Equal(t, "Baltica Bus Works", sp.Organization.Name)
}

func TestASpecialRapporteurSpeaksForTheUN(t *testing.T) {
	// A Special Rapporteur the Human Rights Council appointed speaks for
	// the United Nations, not for the office whose page publishes her
	// statement.
	page := `<html><head><title>Expert presents report on detention | UN Human Rights Office</title></head><body>
<header><div class="site-branding"><a href="/">UN Human Rights Office</a></div></header>
<main><h1>Detention has become the default, warns UN expert</h1>
<p>GENEVA, 9 March 2026 - The Special Rapporteur on access to justice, Jane Roe, presented her report to the Human Rights Council today.</p>
<p>“Around one in three people behind bars has not been tried,” Ms. Roe said.</p>
<h2>Background</h2>
<p>Ms. Jane Roe (Norway) was appointed Special Rapporteur on access to justice by the Human Rights Council in 2023.</p></main></body></html>`
	d, err := newExtractor(t).ReadHTML(context.Background(), strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "United Nations", saidBy(t, d, "Around one in three people behind bars has not been tried").Organization.Name)
}

func TestADescriptionHeldSinceATime(t *testing.T) {
	// "Jane Roe, 74, a season-ticket holder since the stadium opened in
	// 1998, said": the description ends before the time it has held.
	d := extractLaidOut(t, "Tickets go digital\n\nKELVALE, 3 March 2026 - The Kelvo Stadium Company today launched digital tickets.\n\nJane Roe, 74, a season-ticket holder since the stadium opened in 1998, said she was nervous.")
	assert.Contains(t, saidBy(t, d, "she was nervous").Titles, "season-ticket holder")
}

func TestTheCopyrightHolderIsTheIssuer(t *testing.T) {
	// A page whose publisher only its menu line and its "© 2026 Kelvo
	// Victim Support. All rights reserved." name (as a person's, the
	// recognizer reads it): the chief executive with no body of her own
	// speaks for it (a news agency's or a photographer's copyright names no
	// issuer).
	d := extractLaidOut(t, "Kelvo Victim Support | Get help | News\n\nNew volunteer scheme\n\nVictims attending Kelvale Crown Court will be offered a volunteer companion.\n\n‘Giving evidence is often the worst day of the whole process,’ said Dr Jane Roe, chief executive.\n\n© 2026 Kelvo Victim Support. All rights reserved.")
	assert.Equal(t, "Kelvo Victim Support", saidBy(t, d, "Giving evidence is often the worst day of the whole process").Organization.Name)
}

func TestNoBodyIsItsOwnPressOffice(t *testing.T) {
	// "Posted by Kelvo Press Office" on Kelvo Victim Support's page:
	// "chief executive of Kelvo" heads the charity, not its press office.
	d := extractLaidOut(t, "Skip to main content\nKelvo Victim Support\nHome\nNews\n\nNew volunteer scheme to support victims at court\n\nPosted on 20 January 2026 by Kelvo Press Office\n\nVictims attending Kelvale Crown Court will be offered a volunteer companion.\n\n‘Giving evidence is often the worst day of the whole process,’ said Dr Jane Roe, chief executive of Kelvo.\n\n© 2026 Kelvo Victim Support")
	assert.NotEqual(t, "Kelvo Press Office", saidBy(t, d, "Giving evidence is often the worst day of the whole process").Organization.Name)
}

func TestAndSaidAfterAThatClauseGoesWithTheMainClause(t *testing.T) {
	// "Jane Roe said that some files described …, and said …": after a
	// comma, the second "said" shares the main clause's subject, not the
	// subject of the clause after "that".
	d := extractLaidOut(t, "Committee inscribes games\n\nNAIROBI, 4 December - The Committee met today.\n\nJane Roe said that some files described the role of women only in passing, and said the Committee should act.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "the Committee should act").Name)
}

func TestAPostInParenthesesIsNoBody(t *testing.T) {
	// "Jane Roe (Deputy Governor for Monetary Policy)" in a list of a
	// committee's members: the parentheses hold her post, not a body she
	// speaks for.
	d := extractLaidOut(t, "BANK OF KELVANIA\nMonetary Policy Committee\n\nBank Rate reduced to 3.75%\n\nThe Bank of Kelvania's Monetary Policy Committee voted today to cut Bank Rate.\n\nDeputy Governor for Monetary Policy Dr Jane Roe told reporters that pay growth had slowed to 4.1%.\n\nNotes to editors\n\n1. The MPC's members are: John Doe (Governor); Jane Roe (Deputy Governor for Monetary Policy); and Ann Lee (Chief Economist).")
	sp := saidBy(t, d, "pay growth had slowed to 4.1%")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.NotEqual(t, "Deputy Governor for Monetary Policy", sp.Organization.Name)
}

func TestAChileanRegionalGovernorAndABrazilianDona(t *testing.T) {
	// "Gobernador Regional John Doe": a Chilean region's post of two
	// words; "Dona Jane Roe": a Portuguese courtesy, no part of the name.
	d := extractLaidOut(t, "Plant approved\n\nLA SERENA, 3 March 2026 - The Ministry of Water approved a desalination plant today.\n\nGobernador Regional John Doe said the region had asked for a plant for ten years.\n\n\"I paid it back in four months,\" said Dona Jane Maria dos Santos.")
	sp := saidBy(t, d, "the region had asked for a plant for ten years")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Contains(t, sp.Titles, "Gobernador Regional")
	assert.Equal(t, "Jane Maria dos Santos", saidBy(t, d, "I paid it back in four months").Name)
}

func TestAPercentSignEndsReportedSpeech(t *testing.T) {
	// "Jane Roe said pay growth had slowed to 4.1%.": the sign is the
	// figure's, not punctuation the quotation leaves out.
	d := extractLaidOut(t, "Rates\n\nKELVALE, 3 March 2026 - The bank cut rates.\n\nJane Roe said pay growth had slowed to 4.1%.")
	require.NotNil(t, quoteWithText(d, "pay growth had slowed to 4.1%"))
}

func TestADatelineInTitleCaseWithItsStatesLetters(t *testing.T) {
	// "Kelvale (KV), 2 September 2025 – The Prefeitura Municipal de
	// Kelvale has completed …": a dateline in title case, its state's
	// letters after the town; the body after it issues the release, and
	// the Prefeito speaks for it.
	d := extractLaidOut(t, "PREFEITURA MUNICIPAL DE KELVALE\n\nKelvale installs 32 river sensors\n\nKelvale (KV), 2 September 2025 – The Prefeitura Municipal de Kelvale has completed the installation of 32 river sensors.\n\n\"The river will rise again,\" said Prefeito John Doe.")
	assert.Equal(t, "2025-09-02", d.Date)
	sp := saidBy(t, d, "The river will rise again")
	assert.Equal(t, "Prefeitura Municipal de Kelvale", sp.Organization.Name)
}

func TestWhoseRightsAMandateCovers(t *testing.T) {
	// "Commissioner Jane Roe, Rapporteur for the Rights of Migrants": the
	// people whose rights her mandate covers are no body; the commission
	// speaks for her.
	d := extractLaidOut(t, "Commission visits the Darien\n\nPANAMA CITY, 3 March 2026 - The Inter-American Commission on Human Mobility (CIMH) visited the Darien today.\n\n\"What we saw stays with you,\" said Commissioner Jane Roe, Rapporteur for the Rights of Migrants.")
	assert.Equal(t, "Inter-American Commission on Human Mobility", saidBy(t, d, "What we saw stays with you").Organization.Name)
}

func TestTheGovernmentOfTheTitlesPlace(t *testing.T) {
	// "Departmental Secretary of Agriculture and Environment of Kelvo"
	// where the text names "the Government of Kelvo": that government,
	// not the UN agency that issued the release.
	d := extractLaidOut(t, "Coffee programme launched\n\nPASTO, 3 March 2026 - The United Nations Agency for Smallholder Development (UNASD) and the Government of Kelvo launched a coffee programme today.\n\nJohn Doe, Departmental Secretary of Agriculture and Environment of Kelvo, said the department would contribute US$6 million.")
	assert.Equal(t, "Government of Kelvo", saidBy(t, d, "the department would contribute US$6 million").Organization.Name)
}

func TestWhoIsAlsoAPostInCapitals(t *testing.T) {
	// "said Roe, who is also Minister of Indigenous Economic
	// Partnerships": the clause's post has no article.
	d := extractLaidOut(t, "Fund announced\n\nREGINA, 3 March 2026 - The Ministry of Energy announced a fund today.\n\n\"Nobody here needs a lecture,\" said Jane Roe, who is also Minister of Indigenous Economic Partnerships.")
	assert.Contains(t, saidBy(t, d, "Nobody here needs a lecture").Titles, "Minister of Indigenous Economic Partnerships")
	// (not another's: "who is also President Doe's daughter")
	d = extractLaidOut(t, "Gala held\n\nKELVALE, 3 March 2026 - The Kelvo Trust held its gala today.\n\n\"It was wonderful,\" said Jane Roe, who is also President Doe's daughter.")
	assert.Empty(t, saidBy(t, d, "It was wonderful").Titles)
}

func TestAClauseThatGoesOnAfterAParentheticalAttribution(t *testing.T) {
	// "It was, he said, one of the bitterest failures of his presidency":
	// a copula before the attribution wants its complement after it, even
	// where a quantifier ("one") or a preposition ("by") opens it.
	d := extractLaidOut(t, "Obama reflects\n\nWASHINGTON - The president spoke on Tuesday.\n\nIt was, he said, one of the bitterest failures of his presidency.\n\nThe argument would be aided, John Doe said, by the upcoming primary calendar.")
	var texts []string
	for _, q := range d.Quotes {
		var parts []string
		for _, p := range q.Parts {
			parts = append(parts, d.Text[p.Start:p.End])
		}
		texts = append(texts, strings.Join(parts, " | "))
	}
	assert.Contains(t, texts, "It was | one of the bitterest failures of his presidency")
	assert.Contains(t, texts, "The argument would be aided | by the upcoming primary calendar")
}

func TestWhoIsAlsoTheMinister(t *testing.T) {
	// "who is also the Minister of Finance": the article before the post
	// in capitals (not "who is also the Minister's wife").
	lead := "News\n\nKELVALE, 3 March 2026 - The Kelvo Trust met today.\n\n"
	assert.Contains(t, saidBy(t, extractLaidOut(t, lead+"\"We have done our best,\" said Jane Roe, who is also the Minister of Finance."), "We have done our best").Titles, "Minister of Finance")
	assert.Empty(t, saidBy(t, extractLaidOut(t, lead+"\"We have done our best,\" said Jane Roe, who is also the Minister's wife."), "We have done our best").Titles)
}
