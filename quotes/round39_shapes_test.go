package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Shapes read in the thirty-ninth session from the held-out rounds,
// each with an invented input.

func TestTheCompanysPostAfterAnObjectsNameIsTheDatelineCompanys(t *testing.T) {
	// "… founded Kelvo in 2021 with Jane Roe, the company's Chief
	// Technology Officer": the name is a person's (her description is a
	// body's post, not a kind of business), and "the company" of a
	// release the dateline's company opens is that company, written with
	// its legal form after a comma, not the investor named last.
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - Kelvo Finance, Inc., a fintech start-up, today announced that it has raised US$14 million in a round led by Doe Ridge Ventures, with participation from Roe Capital.\n\nJohn Moe founded Kelvo in 2021 with Jane Poe, the company's Chief Technology Officer. Poe said the new funding would be used mainly to hire engineers.")
	sp := saidBy(t, d, "the new funding would be used mainly to hire engineers")
	assert.Equal(t, "Jane Poe", sp.Name)
	assert.Equal(t, "Kelvo Finance", sp.Organization.Name)
}

func TestKinshipAfterAPostIsNoPartOfIt(t *testing.T) {
	// "Chairperson of Kelvo Fermented Foods and daughter of the company's
	// founder": the post names its body; the kinship after "and" is no
	// post, and its "the company" no second body (in the release of the
	// buyer, Doe Foods Holdings). "mother of three" stays a description.
	d := extractLaidOut(t, "Doe Foods Holdings\n\nOSAKA, 3 March 2027 - Doe Foods Holdings today agreed to acquire Kelvo Fermented Foods.\n\nJane Roe, Chairperson of Kelvo Fermented Foods and daughter of the company's founder, said: \"My mother started this business with four clay jars.\"\n\nAnn Moe, a market trader and mother of three, said: \"We buy from them every week.\"\n\nAbout Doe Foods Holdings\nDoe Foods Holdings makes sauces.")
	sp := saidBy(t, d, "My mother started this business with four clay jars.")
	assert.Equal(t, "Kelvo Fermented Foods", sp.Organization.Name)
	assert.Equal(t, []string{"Chairperson of Kelvo Fermented Foods"}, sp.Titles)
	assert.Contains(t, saidBy(t, d, "We buy from them every week.").Titles, "mother of three")
}

func TestAHolderNamedAfterABodyThatACountryEnds(t *testing.T) {
	// "Deputy Governor of the Central Bank of Kenya John Doe": the
	// body's name ends at the country's; the words after it are the
	// holder's name (a middle word may be a common one: "Nguyen Van
	// Binh"), at the sentence's start too.
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - The loan was signed today.\n\nThe agreement was signed by Deputy Governor of the Central Bank of Kenya John Doe. \"We have learned that concrete alone cannot win,\" Doe said.\n\nDeputy Governor of the State Bank of Viet Nam Nguyen Van Binh said the loan was welcome.")
	sp := saidBy(t, d, "We have learned that concrete alone cannot win")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Central Bank of Kenya", sp.Organization.Name)
	assert.Equal(t, []string{"Deputy Governor of the Central Bank of Kenya"}, sp.Titles)
	sp = saidBy(t, d, "the loan was welcome")
	assert.Equal(t, "Nguyen Van Binh", sp.Name)
	assert.Equal(t, "State Bank of Viet Nam", sp.Organization.Name)
}

func TestFamilyNamesJoinedByAnAnd(t *testing.T) {
	// "Núria Soler i Pons": Catalan joins two family names with "i"
	// (Spanish with "y", Portuguese with "e"); the name is one, and so is
	// its short form "Soler i Pons". "Vice-Rector for Research and
	// Cooperation at the host university" is one post: the post's word
	// in the phrase after "at" starts no second one.
	d := extractLaidOut(t, "VALENCIA, 3 March 2027 - The alliance adopted a charter.\n\nDr. Jana Roel i Mora, Vice-Rector for Research and Cooperation at the host university, said more than a third of candidates came from abroad. \"These students are not guests,\" Roel i Mora said.")
	sp := saidBy(t, d, "These students are not guests")
	assert.Equal(t, "Jana Roel i Mora", sp.Name)
	assert.Contains(t, sp.Titles, "Vice-Rector for Research and Cooperation at the host university")
	assert.Same(t, sp, saidBy(t, d, "more than a third of candidates came from abroad"))
}

func TestAWorkersTradeBeforeHerNameOpeningTheSentence(t *testing.T) {
	// "Driver John Roe, who has driven the 9 for 22 years, …": a trade
	// the titles did not know ("driver", "cleaner", "miner", "intern" …)
	// opens the sentence before the name; it is his title, not his
	// given name.
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - Kelvo Valley Buses today put its first electric double-deckers on route 9.\n\nDriver John Roe, who has driven the 9 for 22 years, took one of the new buses out last week. \"You notice it most at the lights,\" he said.")
	sp := saidBy(t, d, "You notice it most at the lights")
	assert.Equal(t, "John Roe", sp.Name)
	assert.Equal(t, []string{"Driver"}, sp.Titles)
}

func TestAPlaceFrontedBeforeADescribedName(t *testing.T) {
	// "In Lodwar, village nurse Jane Ekai said …": the place the
	// sentence opens with, set off by a comma, is no person with an
	// appositive; the name after the description is the speaker. Two
	// subjects joined by "and" still give the first ("…, Ambassador Jane
	// Roe, and Secretary General John Doe stressed").
	d := extractLaidOut(t, "NAIROBI, 3 March 2027 - The ministry published a drought plan.\n\nIn Lodwar, village nurse Jane Ekai said the road had been closed since May.\n\nThe Special Representative for Climate, Ambassador Ann Moe, and Secretary General John Doe today stressed that water scarcity must be treated as a security issue.")
	sp := saidBy(t, d, "the road had been closed since May")
	assert.Equal(t, "Jane Ekai", sp.Name)
	assert.Equal(t, "Ann Moe", saidBy(t, d, "water scarcity must be treated as a security issue").Name)
}

func TestTheFirstGivenNamesOfALongNameCallItsHolder(t *testing.T) {
	// "Abdul Rahman said" after "Tan Sri Abdul Rahman Mohd Yusof": Malay
	// names are called by their first given names; the short form is the
	// same man, with his titles.
	d := extractLaidOut(t, "KUALA LUMPUR, 3 March 2027 - The port opened a new berth.\n\nOfficiating the ceremony, Port Chairman Tan Sri Abdul Rahman Mohd Yusof said the project was part of the Authority's plan.\n\n\"Ships will no longer idle at our berths,\" Abdul Rahman said.")
	sp := saidBy(t, d, "Ships will no longer idle at our berths")
	assert.Equal(t, "Abdul Rahman Mohd Yusof", sp.Name)
	assert.Contains(t, sp.Titles, "Port Chairman")
}

func TestALoneNameBeforeARoleIsAPersons(t *testing.T) {
	// "Marek, a train driver from Kelvo who asked that his surname not be
	// used, …": a lone capitalized word set off before an article and a
	// role is a person's name, whatever prose's model guesses of it in
	// another sentence.
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - The union published a fatigue survey.\n\nMarek, a train driver from Kelvo who asked that his surname not be used, described his roster. \"Some weeks I start at five,\" Marek said.")
	sp := saidBy(t, d, "Some weeks I start at five")
	assert.Equal(t, "Marek", sp.Name)
	assert.Equal(t, []string{"train driver from Kelvo"}, sp.Titles)
}

func TestAGuillemetQuotationThenACommaAndItsPronoun(t *testing.T) {
	// "« Meningitis does not wait … », he declared.": French spacing and
	// the comma after the closing guillemet; the capitalized word that
	// opens the quotation is no antecedent, the minister before it is.
	// A fragment quoted mid-sentence the same way keeps its speaker too.
	d := extractLaidOut(t, "NIAMEY, 3 March 2027 - Ministers adopted a plan.\n\nOpening the session, H.E. Dr John Doe, Minister of Public Health of the Republic of Niger, recalled that the season had caused 14,000 cases. « Meningitis does not wait for our budgets to be voted. Every week of delay costs lives », he declared.\n\nDownstream countries were « doing their homework », he said.")
	assert.Equal(t, "John Doe", saidBy(t, d, "Meningitis does not wait for our budgets to be voted. Every week of delay costs lives").Name)
	assert.Equal(t, "John Doe", saidBy(t, d, "Downstream countries were « doing their homework »").Name)
}

func TestAPersonAFrontedPredicateIntroducesAfterHerStyle(t *testing.T) {
	// "Among the patients treated during the pilot was Smt. Jane Roe, 58,
	// a homemaker …": the person the inverted sentence introduces, after
	// her style, is who "she" is in the quotation that follows, not the
	// doctor quoted before.
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - Kelvo Medisystems opened ten dialysis units.\n\n\"We will train the staff,\" said Dr. Ann Moe, Head, Department of Nephrology.\n\nAmong the patients treated during the pilot was Smt. Jane Roe, 58, a homemaker from a village near Kelvale. \"Earlier my son had to leave his work,\" she said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "Earlier my son had to leave his work").Name)
}

func TestACompanionsListOfPlacesIsNoBodyOfThePost(t *testing.T) {
	// "…, chair of the Department of Cardiology at Kelvo University School
	// of Medicine, together with cardiologists from North America, Europe
	// and Asia": the places end the companions' list, no place set off
	// after her post; her body is the school.
	d := extractLaidOut(t, "BOSTON, 3 March 2027 - Doe Therapeutics today reported results.\n\nIt was led by principal investigator Prof. Jane Roe, M.D., chair of the Department of Cardiology at Kelvo University School of Medicine, together with a steering committee of academic cardiologists from North America, Europe and Asia.\n\n\"This has been a graveyard for promising drugs,\" said Prof. Roe.")
	sp := saidBy(t, d, "This has been a graveyard for promising drugs")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo University", sp.Organization.Name)
}

func TestAWordAfterThePrepositionsModifierOrPossessiveIsNoAntecedent(t *testing.T) {
	// "… in the lower Kelvong", "near Doe's Bazar": a word the recognizer
	// did not know, after "the" and a modifier or a possessive in a
	// prepositional phrase, names a place, not the "she" who speaks next;
	// the subject of that sentence does.
	d := extractLaidOut(t, "PHNOM PENH, 3 March 2027 - The committee met.\n\nDr. JANE ROE, Executive Director of the Secretariat, presented the assessment, which found that 3.4 million hectares in the lower Kelvong were affected by salinity.\n\n'The science is no longer the difficult part,' she told delegates.\n\nAnn Moe, 38, has dried fish on the racks near Doe's Bazar for 20 years.\n\n\"In April and May I work until my head spins,\" she said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "The science is no longer the difficult part").Name)
	assert.Equal(t, "Ann Moe", saidBy(t, d, "In April and May I work until my head spins").Name)
}

func TestASingularTheyAfterAQuotation(t *testing.T) {
	// "“…,” they said." after "Tobi Roe, President of Kelvo SU, said …":
	// the only body named is the speaker's own, in their title; the
	// speaker is Tobi Roe. A sentence "They also stated …" after two
	// subjects stays plural.
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - Kelvo SU published its cost of living survey.\n\nTobi Roe, President of Kelvo SU, said the figures should shame the University.\n\n\"Students are choosing between heating and eating,\" they said.")
	assert.Equal(t, "Tobi Roe", saidBy(t, d, "Students are choosing between heating and eating").Name)
}

func TestTheCompanysFounderIsWhomThePassiveNames(t *testing.T) {
	// "said the company's founder" where the founder is named before in a
	// sentence without speech and called founder only in "The company was
	// founded in 2016 by John Doe, M.D., Ph.D." (the boilerplate): the
	// passive's agent holds the post. Another body's
	// founder ("Kelvo Fromagerie was founded in 1979 by Armand Roe" in
	// its buyer's release) gets no such title.
	d := extractLaidOut(t, "BOSTON, 3 March 2027 - Doe Therapeutics, Inc. today reported topline results.\n\nDoefenib was first made in 2015 in the laboratory of John Doe, M.D., Ph.D., then a cardiologist in Minneapolis.\n\n\"When we started in a borrowed lab with four people, we were told fibrosis was a dead end,\" said the company's founder, who today chairs its scientific advisory board.\n\nAbout Doe Therapeutics\nDoe Therapeutics, Inc. is a biopharmaceutical company based in Boston. The company was founded in 2016 by John Doe, M.D., Ph.D.")
	assert.Equal(t, "John Doe", saidBy(t, d, "When we started in a borrowed lab with four people, we were told fibrosis was a dead end").Name)
	d = extractLaidOut(t, "QUEBEC, 3 March 2027 - Nord Doe today acquired Kelvo Fromagerie.\n\nKelvo Fromagerie was founded in 1979 by Armand Roe and his late wife. \"I was not going to sell to someone who would close it,\" Roe said.")
	assert.NotContains(t, saidBy(t, d, "I was not going to sell to someone who would close it").Titles, "founder")
}

func TestAClinicalPostTheTitlesLacked(t *testing.T) {
	// "Jane Roe, Advanced Practitioner Radiographer and Screening Lead,
	// Kelvo Hospitals NHS Foundation Trust:" above her quotation: the
	// post of clinical staff ("practitioner", "sonographer",
	// "anaesthetist", "health visitor" …) is no second person's name.
	d := extractLaidOut(t, "LEEDS, 3 March 2027 - Doe Vision signed a contract.\n\nQuotes:\n\nJane Roe, Advanced Practitioner Radiographer and Screening Lead, Kelvo Hospitals NHS Foundation Trust:\n\"I was sceptical at the start.\"")
	sp := saidBy(t, d, "I was sceptical at the start.")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Hospitals NHS Foundation Trust", sp.Organization.Name)
}

func TestADegreeWithItsFieldInParentheses(t *testing.T) {
	// "Dr. Jane Roe, MD, DM (Nephrology), Professor and Head, Department
	// of Nephrology, Kelvo Institute of Renal Sciences": the degree and
	// its field are a credential, not a body "DM".
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - Doe Medisystems opened ten dialysis units.\n\n\"Dialysis in a rural centre must be as safe as in a city hospital,\" said Dr. Jane Roe, MD, DM (Nephrology), Professor and Head, Department of Nephrology, Kelvo Institute of Renal Sciences.")
	sp := saidBy(t, d, "Dialysis in a rural centre must be as safe as in a city hospital")
	assert.Equal(t, "Kelvo Institute of Renal Sciences", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "DM (Nephrology)")
}

func TestAGovernmentByItsLevelIsTheOneTheHeaderNamesByItsPlace(t *testing.T) {
	// A media statement's page: "Government of Western Australia" on a
	// header line of its own, then "The
	// State Government will invest …" in the body. The minister speaks
	// for the government the header names by its place, not for "State
	// Government".
	d := extractLaidOut(t, "Skip to main content\nGovernment of Western Australia\nMedia Statements\nHome\nMinisters\n\nHon. Dr Jane Roe MLA\nMinister for Health\nTuesday, 16 March 2027\nClinics to transform care in remote communities\n\nThe State Government will invest $42.6 million to establish 11 clinics in remote communities.\n\nHealth Minister Jane Roe today visited the community of Doe Springs. \"Nurse practitioners are the backbone of remote health care,\" she said.")
	sp := saidBy(t, d, "Nurse practitioners are the backbone of remote health care")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Government of Western Australia", sp.Organization.Name)
}

func TestABranchsPostNamedByItsPlaceAfterTheBodysSentence(t *testing.T) {
	// "The Kelvo Federation of Nursing Professionals (KFNP) welcomed the
	// announcement. WA branch secretary John Roe said …": the branch's
	// post under the body the sentence before opens with (past its
	// letters), not a body "WA".
	d := extractLaidOut(t, "PERTH, 3 March 2027 - The State Government will fund eleven clinics.\n\nThe Kelvo Federation of Nursing Professionals (KFNP) welcomed the announcement. WA branch secretary John Roe said nurses had waited too long.")
	sp := saidBy(t, d, "nurses had waited too long")
	assert.Equal(t, "John Roe", sp.Name)
	assert.Equal(t, "Kelvo Federation of Nursing Professionals", sp.Organization.Name)
}

func TestAnAttributionInsideARelativeClause(t *testing.T) {
	// "The Chair, Dr. John Doe, thanked the authors, many of whom, he
	// said, had worked unpaid.": the attribution reports the relative
	// clause it interrupts, not the clause it hangs on, whose subject is
	// the "he" (names there are no longer what he reports).
	d := extractLaidOut(t, "GENEVA, 3 March 2027 - The panel approved its report.\n\nThe Chair of the Panel, Dr. John Doe of Bangladesh, thanked the authors, many of whom, he said, had worked on the report unpaid.")
	q := quoteOf(t, d, "many of whom, he said, had worked on the report unpaid")
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "John Doe", q.Speaker.Name)
}

func TestADescribedSubjectIdentifiedByANameItAskedFor(t *testing.T) {
	// "A Cambodian worker at the Kelvo plant, who asked to be identified
	// only as Sokha, said …": the description, after a phrase that places
	// him, names the person; the description is his title.
	d := extractLaidOut(t, "KUALA LUMPUR, 3 March 2027 - The union filed a complaint.\n\nA Cambodian worker at the Kelvo plant, who asked to be identified only as Sokha, said he had been told by an agent that the fee would be deducted. \"We paid to come here,\" he said.")
	sp := saidBy(t, d, "We paid to come here")
	assert.Equal(t, "Sokha", sp.Name)
	assert.Equal(t, []string{"Cambodian worker at the Kelvo plant"}, sp.Titles)
}

func TestTwoBarePostsAsOneSubject(t *testing.T) {
	// "The Minister and the Director-General also stressed that …": two
	// posts joined by "and"; the quote has one speaker, the one the
	// sentence names first, as with two names.
	d := extractLaidOut(t, "LILONGWE, 3 March 2027 - Ministers met.\n\nThe Minister of Health, Dr. Jane Roe, opened the meeting. Director-General Dr. John Doe also spoke.\n\nThe Minister and the Director-General also stressed that the plan would only work if countries shared results.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "the plan would only work if countries shared results").Name)
}

func TestASecondPostAfterAndATenureWord(t *testing.T) {
	// "Minister of Public Health of the Republic of Niger and current
	// Chair of the Council of Ministers": "current" opens a second post.
	d := extractLaidOut(t, "NIAMEY, 3 March 2027 - Ministers adopted a plan.\n\nOpening the session, H.E. Dr John Doe, Minister of Public Health of the Republic of Niger and current Chair of the Kelvo Council of Ministers, recalled that the season had caused 14,000 cases.")
	sp := saidBy(t, d, "the season had caused 14,000 cases")
	assert.Contains(t, sp.Titles, "Minister of Public Health of the Republic of Niger")
	assert.Contains(t, sp.Titles, "current Chair of the Kelvo Council of Ministers")
}

func TestAMemberOfANamedResearchersGroup(t *testing.T) {
	// "Ann Moe, a postdoctoral fellow in Okonjo's group, said …" in a
	// company's release: she speaks for the body of the group's head,
	// named before ("director of the Centre for Genomic Medicine at
	// Lakeshore University"), not for the company.
	d := extractLaidOut(t, "TORONTO, 3 March 2027 - Kelvo Instruments launched a freezer.\n\n\"This changes our workflow,\" said Professor Jane Okonjo, director of the Centre for Genomic Medicine at Lakeshore University.\n\nAnn Moe, a postdoctoral fellow in Okonjo's group, said the biggest change was traceability.")
	assert.Equal(t, "Lakeshore University", saidBy(t, d, "the biggest change was traceability").Organization.Name)
}

func TestTheUnitABodyNamedAfterAtIsThatBodys(t *testing.T) {
	// "… with the Faculty of Public Health at Meghna University. Professor
	// Jane Roe, Dean of the faculty, said …": "the faculty" is the unit
	// named before, whose body follows "at", not a unit of the issuer.
	d := extractLaidOut(t, "TOKYO, 3 March 2027 - The Kelvo Institute published a study.\n\nThe Institute carried out the study with the Faculty of Public Health at Meghna University in Chattogram. Professor Jane Roe, Dean of the faculty, said her team would now test cooling measures.")
	assert.Equal(t, "Meghna University", saidBy(t, d, "her team would now test cooling measures").Organization.Name)
}

func TestAFacultysListOfFieldsAndItsUniversity(t *testing.T) {
	// "Dean of the Faculty of Medicine, Nursing and Health Sciences at
	// Kelvo Coast University": the unit's fields run on over the comma
	// ("Health Sciences" is no person), and the body after "at" is hers.
	d := extractLaidOut(t, "SYDNEY, 3 March 2027 - The Doe Kidney Alliance launched a registry.\n\n\"We are set,\" said Jane Roe, Dean of the Faculty of Medicine, Nursing and Health Sciences at Kelvo Coast University.")
	sp := saidBy(t, d, "We are set")
	assert.Equal(t, []string{"Dean of the Faculty of Medicine, Nursing and Health Sciences at Kelvo Coast University"}, sp.Titles)
	assert.Equal(t, "Kelvo Coast University", sp.Organization.Name)
}

func TestABranchsPostOpeningItsSentenceAfterItsBody(t *testing.T) {
	// "Branch secretary Jane Roe warned …" after a paragraph the
	// union opens; "Local president John Doe said …" after "members of
	// Kelvo Transit Workers Local 1187": the branch's body, not the
	// issuer.
	d := extractLaidOut(t, "LEEDS, 3 March 2027 - The Kelvo Fire Service reviewed the incident.\n\nThe Kelvo Firefighters Union said in a statement that its members had worked long shifts.\n\nBranch secretary Jane Roe warned that five stations had been unavailable.\n\nThe line's operators are members of Kelvo Transit Workers Local 1187. Local president John Doe said the union had pushed for training.")
	assert.Equal(t, "Kelvo Firefighters Union", saidBy(t, d, "five stations had been unavailable").Organization.Name)
	assert.Equal(t, "Kelvo Transit Workers Local 1187", saidBy(t, d, "the union had pushed for training").Organization.Name)
}

func TestASignatureUnderAQuotationAfterAColonParagraph(t *testing.T) {
	// "Workers who spoke to the union described their fears: / / “…” /
	// - John Doe, ladle crane operator": the signature under the quotation
	// names its speaker, not the colon's plural subject a paragraph above.
	// A label on the quotation's own line keeps its speaker, with a
	// heading in capitals under it.
	d := extractLaidOut(t, "KELVALE, 3 March 2027 - The union warned of job losses.\n\nWorkers who spoke to the union's media desk described their fears:\n\n\"I have been on the ladle crane for 19 years.\"\n- John Doe, ladle crane operator\n\nJANE ROE, homemaker, Kelvale: \"The hospital was ready to discharge my father at noon.\"\n\nACTUARIES BACK STANDARD DEFINITIONS")
	assert.Equal(t, "John Doe", saidBy(t, d, "I have been on the ladle crane for 19 years.").Name)
	assert.Equal(t, "Jane Roe", saidBy(t, d, "The hospital was ready to discharge my father at noon.").Name)
}

func TestTheUnionIsTheIssuingAssociationOfATradesPeople(t *testing.T) {
	// "…, union says" over a release of the "United Kelvo Crew
	// Association": an association (or federation) of a trade's people
	// is a union, so "union" in the headline and "the union said" in
	// the body are the issuer.
	d := extractLaidOut(t, "Kelvo Air cabin crew vote 91% for strike action, union says\n\nLONDON, 3 March 2027 - The United Kelvo Crew Association (UKCA) today announced the result of its ballot.\n\nMembers voted 91% in favour of strike action, the union said.\n\nAbout UKCA\nThe United Kelvo Crew Association represents 12,000 cabin crew.")
	assert.Equal(t, "United Kelvo Crew Association", saidBy(t, d, "Kelvo Air cabin crew vote 91% for strike action").Name)
	assert.Equal(t, "United Kelvo Crew Association", saidBy(t, d, "Members voted 91% in favour of strike action").Name)
}

func TestANameAfterWithOrForIsNoAntecedent(t *testing.T) {
	// "Jane Roe, the Danish rider who has won the series twice with Team
	// Kelvo, welcomed the decision. “…,” she said.": a name after "with",
	// "for" or "by" modifies another; the sentence's subject is "she",
	// not the speaker quoted before.
	d := extractLaidOut(t, "PARIS, 3 March 2027 - The tour announced equal coverage.\n\n\"This is a new era,\" said John Moe, the race director.\n\nJane Roe, the Danish rider who has won the series twice with Team Kelvo, welcomed the decision to give the two series equal billing.\n\n\"When I started, you could only watch our races on a shaky stream,\" she said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "When I started, you could only watch our races on a shaky stream").Name)
}

func TestABodySetOffAfterAPostAndItsField(t *testing.T) {
	// "Mr John Roe, Director of Public Policy, Northern Europe, at Kelvo
	// Social, told members …": the body after "at", set off past the
	// post's region, is his (a name the recognizer took for a person's
	// stands where only a body can).
	d := extractLaidOut(t, "LONDON, 3 March 2027 - The committee heard evidence.\n\nMr John Roe, Director of Public Policy, Northern Europe, at Kelvo Social, told members that the platform removed 90% of reported posts.")
	assert.Equal(t, "Kelvo Social", saidBy(t, d, "the platform removed 90% of reported posts").Organization.Name)
}

func TestSpeakingForAGroupNamedBeforeItsKind(t *testing.T) {
	// "…, said Jane Roe, speaking for the Indigenous Peoples' caucus.": a
	// group named in capitals before its kind in lower case is the body
	// she speaks for.
	d := extractLaidOut(t, "BONN, 3 March 2027 - Talks closed.\n\n\"We were not consulted,\" said Jane Roe, speaking for the Indigenous Peoples' caucus.")
	assert.Equal(t, "Indigenous Peoples' caucus", saidBy(t, d, "We were not consulted").Organization.Name)
}

func TestABodyOfThePostThatTheRecognizerTookForAName(t *testing.T) {
	// "Dr. Jane Roe, Education Officer (Primary) of the Kelvo Zilla
	// Parishad": after a post and "of the", the capitalized words are a
	// body, whose head no list knows, not a second person.
	d := extractLaidOut(t, "PUNE, 3 March 2027 - Doe Learning launched a pilot.\n\nDr. Jane Roe, Education Officer (Primary) of the Kelvo Zilla Parishad, welcomed the pilot. \"It works,\" she said.")
	assert.Equal(t, "Kelvo Zilla Parishad", saidBy(t, d, "It works").Organization.Name)
}
