package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/quotes"
)

// Shapes read in the thirty-eighth session from the held-out rounds,
// each with an invented input.

func TestABusinessNamedByAFamilysPossessive(t *testing.T) {
	// "President and CEO of Doe's Family Markets": a business named by
	// its founder's possessive, the post's body; the founder's heir who
	// speaks shares the name, and the dateline's "Doe's Family Markets"
	// is the company, not a mention of him.
	d := extractLaidOut(t, "KELVALE, Mo. - Doe's Family Markets today opened a new distribution center.\n\n\"We bought eggs from the farm down the road,\" said Walter B. Doe III, President and Chief Executive Officer of Doe's Family Markets. \"This building is how we get back to that.\"\n\nJane Roe, the manager of Doe's Kelvale store, said hiring would start in May.")
	sp := saidBy(t, d, "We bought eggs from the farm down the road")
	assert.Equal(t, "Walter B. Doe III", sp.Name)
	assert.Equal(t, "Doe's Family Markets", sp.Organization.Name)
	assert.Equal(t, "Doe's Family Markets", saidBy(t, d, "hiring would start in May").Organization.Name)
}

func TestAShortNameDefinedInParenthesesWithoutQuotationMarks(t *testing.T) {
	// "Kelvo Rural Electric Membership Corporation (Kelvo EMC)" defines
	// "Kelvo EMC" as the cooperative's short name, unquoted; the
	// speaker introduced by the short name speaks for the body named in
	// full.
	d := extractLaidOut(t, "KELVALE, Ga. - Kelvo Rural Electric Membership Corporation (Kelvo EMC) on Tuesday switched on its first fiber customers.\n\n\"Electricity came to these farms because the people here built it,\" said Kelvo EMC President and CEO John Doe.")
	sp := saidBy(t, d, "Electricity came to these farms because the people here built it")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Kelvo Rural Electric Membership Corporation", sp.Organization.Name)
	assert.Equal(t, "Kelvo EMC", sp.Organization.Acronym)
}

func TestATownBasedKindOfTwoWordsAfterAt(t *testing.T) {
	// "Head of Supply Chain Resilience at the Kelvale-based food
	// distributor": the body the sentence before opens with, named by
	// its town and its kind of two words, not the town.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kelvo Linjer AS today ordered two feeder vessels.\n\nDoe Livsmedel AB, one of the line's largest customers, has already booked capacity. John Roe, Head of Supply Chain Resilience at the Kelvale-based food distributor, said the decision was about security of supply.")
	sp := saidBy(t, d, "the decision was about security of supply")
	assert.Equal(t, "John Roe", sp.Name)
	assert.Equal(t, "Doe Livsmedel AB", sp.Organization.Name)
}

func TestALocalGovernmentsOfficeAfterItsHoldersName(t *testing.T) {
	// "Chief District Officer John Doe of the District Administration
	// Office": an office of local government named by its level and its
	// business, common words all, is the body he speaks for, not a unit
	// of the company that issued the release.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kelvo Hydropower Limited today commissioned its plant.\n\nAt a ceremony at the powerhouse, Chief District Officer John Doe of the District Administration Office, Kelvale, urged the company to keep the access road open. \"A road built for a power plant must also become a road for the district,\" Doe said.")
	sp := saidBy(t, d, "A road built for a power plant must also become a road for the district")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "District Administration Office", sp.Organization.Name)
}

func TestALawyersStyleAfterAPostAndItsField(t *testing.T) {
	// "State Minister for Coastal Resilience Advocate Jane Roe": a
	// minister who is a lawyer bears "Advocate" before her name; the
	// post with its field is a title of its own, so that "the State
	// Minister" later is she.
	d := extractLaidOut(t, "Kelvale, 14 May 2025: The government will build 220 new cyclone shelters, State Minister for Disaster Preparedness and Coastal Resilience Advocate Jane Roe said today.\n\n\"No family should have to choose between saving their cattle and saving their own lives,\" the State Minister said.")
	sp := saidBy(t, d, "The government will build 220 new cyclone shelters")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "State Minister for Disaster Preparedness and Coastal Resilience")
	assert.Contains(t, sp.Titles, "Advocate")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "No family should have to choose between saving their cattle and saving their own lives").Name)
}

func TestALocalAuthorityNamedByItsLevelKindAndPlace(t *testing.T) {
	// "the Regional Water Board of Kelvale": a unit's head ("Board"),
	// but a local government's level opens the name and one place's name
	// ends it, so the place is the board's, not a body of its own.
	d := extractLaidOut(t, "KELVALE, 3 March 2026 - Kelvo Pipes Ltd today won a contract.\n\nJohn Doe, chair of the Regional Water Board of Kelvale, said the pipes were older than the town.")
	sp := saidBy(t, d, "the pipes were older than the town")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Regional Water Board of Kelvale", sp.Organization.Name)
}

func TestAnIssuersNameWithItsArticleAloneOnTheFirstLine(t *testing.T) {
	// "The County Administrative Board of Kelvfjäll" alone on the first
	// line, and again in the text: the page's owner, for whom its
	// governor speaks.
	d := extractLaidOut(t, "The County Administrative Board of Kelvfjäll\nLänsstyrelsen i Kelvfjäll\n\nFire ban from Friday\n\nThe County Administrative Board of Kelvfjäll is introducing a ban on open fires in the whole county.\n\n\"Last summer showed us how fast it can go,\" says County Governor Jane Roe.")
	sp := saidBy(t, d, "Last summer showed us how fast it can go")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "County Administrative Board of Kelvfjäll", sp.Organization.Name)
}

func TestAnAttributionSetOffAfterAnAdjunct(t *testing.T) {
	// "For many families, said Minister for Health Jane Roe, the ban came
	// too late.": the attribution is set off inside what it reports,
	// after an adjunct; what was said is the clause after it, and that
	// clause is no title of hers. "Under the program, called Lunch at the
	// Library, children …" names the program: no speech.
	d := extractLaidOut(t, "KELVALE - Ministers met today.\n\nFor many families, said Minister for Health Jane Roe, the ban came too late.\n\nUnder the program, called Lunch at the Library, children can pick up a free meal on weekdays.")
	sp := saidBy(t, d, "the ban came too late")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, []string{"Minister for Health"}, sp.Titles)
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "free meal")
	}
}

func TestAPostNoListKnowsBeforeItsPortfolio(t *testing.T) {
	// "said Naalakkersuisoq for Health Jane Roe": a Greenlandic minister's
	// post, a word no list knows, before "for" and the portfolio; the
	// post is no person and the portfolio no part of her name. "For
	// Greenland," before the attribution is who she speaks for.
	d := extractLaidOut(t, "KELVALE - Nordic ministers met today.\n\nFor Greenland, said Naalakkersuisoq for Health Jane Roe, the problem is also one of distance.\n\n\"A shortage in the capital is a crisis in the settlements,\" said Naalakkersuisoq for Health Jane Roe.")
	sp := saidBy(t, d, "the problem is also one of distance")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, []string{"Naalakkersuisoq for Health"}, sp.Titles)
	assert.Equal(t, "Greenland", sp.Organization.Name)
	assert.Equal(t, "Jane Roe", saidBy(t, d, "A shortage in the capital is a crisis in the settlements").Name)
}

func TestAPersonsTownAndItsRegionAfterFrom(t *testing.T) {
	// "John Doe from Kelvik, Kelvmark, who spoke …, said": the words set
	// off after the town are the larger place, not the speaker.
	d := extractLaidOut(t, "KELVALE - The Kelvo Secretariat today adopted a plan.\n\nJohn Doe from Kelvik, Kelvmark, who spoke on behalf of the Youth Council, said young people were the future of volunteer rescue.")
	assert.Equal(t, "John Doe", saidBy(t, d, "young people were the future of volunteer rescue").Name)
}

func TestAChiefMinisterOfAPlaceHasNoPortfolio(t *testing.T) {
	// "The Chief Minister of the Isle of Man": the place is whom she
	// governs, no portfolio of a "Ministry of the Isle of Man of the Isle
	// of Man".
	d := extractLaidOut(t, "KELVALE - Ministers met today.\n\nThe Chief Minister of the Isle of Man, Jane Roe MHK, welcomed delegates. \"For an island, the sea is not the edge of the map,\" she said.")
	sp := saidBy(t, d, "For an island, the sea is not the edge of the map")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Isle of Man", sp.Organization.Name)
}

func TestALabelRightAboveEachQuotation(t *testing.T) {
	// A "QUOTES" section whose label stands on the line right above its
	// quotation, a blank line after each: the line under a quotation is
	// the next one's label, not its signature.
	d := extractLaidOut(t, "KELVALE - Kelvo Hydro Limited today commissioned its plant.\n\nQUOTES\n\nENGR. JOHN DOE, Chairperson, Kelvo Hydro Limited\n\"Kelvo shows that a local company can build a difficult project.\"\n\nJANE ROE, Chief Executive Officer\n\"Our first priority is safety.\"\n\nMARY POE, Chief Executive Officer, Kelvo Infrastructure Bank Limited\n\"Financing a project of this size was a test.\"\n")
	assert.Equal(t, "John Doe", saidBy(t, d, "Kelvo shows that a local company can build a difficult project.").Name)
	assert.Equal(t, "Jane Roe", saidBy(t, d, "Our first priority is safety.").Name)
	assert.Equal(t, "Mary Poe", saidBy(t, d, "Financing a project of this size was a test.").Name)
}

func TestASheriffsDeputyAndAResidentOfARuralPlace(t *testing.T) {
	// "Chief Deputy Jane Roe" in a county board's release that names the
	// sheriff's office: a deputy of that office, not of the board. "Mary
	// Poe of rural Kelvale Falls said": where she lives, not a speaker.
	d := extractLaidOut(t, "KELVO COUNTY - The Kelvo County Board of Commissioners approved a radio upgrade.\n\nSheriff John Doe said the radios were old. The Kelvo County Sheriff's Office has 40 deputies.\n\nChief Deputy Jane Roe described a pursuit on Deer Creek Road.\n\nMary Poe of rural Kelvale Falls said she supported the upgrade.")
	assert.Equal(t, "Kelvo County Sheriff's Office", saidBy(t, d, "a pursuit on Deer Creek Road").Organization.Name)
	assert.Equal(t, "Mary Poe", saidBy(t, d, "she supported the upgrade").Name)
}

func TestAPostAndItsDepartmentAndABodyWhoseLettersStandBeforeWhose(t *testing.T) {
	// "Mr. John Doe, Secretary Health, Government of Kelvo, said": a
	// post and its department as South Asian releases write them, no
	// person named "Health". "the Kelvo Water Services Authority (KWSA),
	// whose General Manager, Engr. S. Roe, said": the body before its
	// letters is the one the clause hangs on.
	d := extractLaidOut(t, "KELVALE - The Kelvo Nutrition Fund today launched a screening drive.\n\nMr. John Doe, Secretary Health, Government of Kelvo, said the province would absorb the outreach teams.\n\nThe project will be implemented by the Kelvo Water Services Authority (KWSA), whose General Manager, Engr. S. Roe, said work on the plant would begin in 2026.")
	sp := saidBy(t, d, "the province would absorb the outreach teams")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Government of Kelvo", sp.Organization.Name)
	assert.Equal(t, "Kelvo Water Services Authority", saidBy(t, d, "work on the plant would begin in 2026").Organization.Name)
}

func TestAGenerationSuffixSetOffAndATownshipOfCommonWords(t *testing.T) {
	// "Salt Creek Township Trustee Harold J. Miller, Jr. said": the
	// suffix set off by a comma is his name's, not a speaker "Jr."; the
	// township, common words before its head, is a place whose trustee
	// he is.
	d := extractLaidOut(t, "KELVO - The Kelvo Volunteer Fire Department today took delivery of a new tanker.\n\nSalt Creek Township Trustee John J. Doe, Jr. said the trustees had been asked for years why the department needed a second tanker.\n\n\"This is the answer,\" Doe said.")
	sp := saidBy(t, d, "This is the answer")
	assert.Equal(t, "John J. Doe, Jr.", sp.Name)
	assert.Equal(t, "Salt Creek Township", sp.Organization.Name)
}

func TestAPulledQuotationTakesTheSpeakerWhoSaysItInFull(t *testing.T) {
	// "“The sea does not check passports”" alone on its line over the
	// section where the head of the secretariat says it in full: hers,
	// not the speaker's before it. The letterhead's name in capitals
	// keeps its plural's possessive ("HERDERS' ASSOCIATION").
	d := extractLaidOut(t, "KELVO HERDERS' ASSOCIATION (KHA)\n\nPRESS RELEASE\n\nThe Kelvo Herders' Association (KHA) today adopted a plan.\n\n\"In our countries, the person who answers a call for help at sea is very often a volunteer,\" said John Doe, Chair of the Committee.\n\n\"The sea does not check passports\"\n\nThe plan also establishes contact points for cross-border searches. Jane Roe, Head of the KHA Secretariat, said this was one of the most concrete results of the meeting.\n\n\"The sea does not check passports. When a boat goes missing, the nearest helicopter may belong to another country,\" Roe said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "The sea does not check passports").Name)
	found := false
	for _, e := range d.Entities {
		found = found || e.Kind == entities.Organization && e.Text == "KELVO HERDERS' ASSOCIATION"
	}
	assert.True(t, found, "the letterhead's name in capitals is one organization")
	assert.Equal(t, "John Doe", saidBy(t, d, "In our countries, the person who answers a call for help at sea is very often a volunteer").Name)
}

func TestAQuotationADashOpens(t *testing.T) {
	// Scandinavian releases set speech after a dash, its attribution
	// after the last comma: "– Small harbours are … It decides whether
	// young fishers stay, says State Secretary Jane Roe (Labour)." One
	// direct quotation over its sentences; a list's dashed item with no
	// attribution stays plain text.
	d := extractLaidOut(t, "KELVALE - The Government is setting up a new scheme.\n\n– Small harbours are the front doors of our coastal communities. When a breakwater is falling apart, it is not just a question of concrete. It decides whether young fishers choose to stay, says State Secretary Jane Roe (Labour).\n\nThe scheme in brief:\n\n– Revenue for the harbours rose by five percent last year.\n\n– We know that the municipalities have been left with a bill that is too large for them, says Roe.")
	q := quoteOf(t, d, "Small harbours are the front doors of our coastal communities. When a breakwater is falling apart, it is not just a question of concrete. It decides whether young fishers choose to stay")
	assert.Equal(t, quotes.Direct, q.Kind)
	assert.Equal(t, "Jane Roe", q.Speaker.Name)
	assert.Equal(t, "Jane Roe", saidBy(t, d, "We know that the municipalities have been left with a bill that is too large for them").Name)
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "Revenue for the harbours")
	}
}

func TestACompanyThatOpensItsSentenceAndTheOneWhoRunsItsBusiness(t *testing.T) {
	// "Copper Hollow Distilling Co., the family-run craft distillery,
	// will release …": the company's first word is a common one, but its
	// legal form makes the run its name, at the sentence's start too. "Her
	// son, John Doe Jr., who runs the distillery's day-to-day operations,
	// said": the issuer by its trade, whose business he runs.
	d := extractLaidOut(t, "KELVO, Tenn. (June 3, 2025) — Copper Hollow Distilling Co., the family-run craft distillery on the old Doe farm, will release a single-barrel bourbon.\n\nHer son, John E. Doe Jr., who runs the distillery's day-to-day operations, said the family had turned down two larger offers.")
	sp := saidBy(t, d, "the family had turned down two larger offers")
	assert.Equal(t, "John E. Doe Jr.", sp.Name)
	assert.Equal(t, "Copper Hollow Distilling Co.", sp.Organization.Name)
}

func TestPostsSetOffWithTheirFieldOrRegionAndATeamOfOnesOwnBody(t *testing.T) {
	// "John Doe, Executive Director, Retail and SME Banking, said": the
	// post's field set off after it, no person "SME Banking"; "President,
	// Asia Pacific, Kelvo Medical Systems": the post's region, then its
	// body. "who led the University of Kelvale team that analysed the
	// survey": one leads one's own body's team; the team's relative
	// clause is no part of the post.
	d := extractLaidOut(t, "KELVALE - Kelvo Composites Inc. today opened a plant.\n\nJohn Doe, Executive Director, Retail and SME Banking, said forty-one per cent of the money went north.\n\n\"We are proud,\" said Jonas Poe, President, Asia Pacific, Aurelis Medical Systems.\n\nProfessor Anil Roe, who led the University of Kelvale team that analysed the survey, said the proportion was high.")
	assert.Equal(t, "John Doe", saidBy(t, d, "forty-one per cent of the money went north").Name)
	assert.Equal(t, "Aurelis Medical Systems", saidBy(t, d, "We are proud").Organization.Name)
	sp := saidBy(t, d, "the proportion was high")
	assert.Equal(t, "University of Kelvale", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "led the University of Kelvale team")
}

func TestASourceNamedAfterItsDescriptionAndADateInParentheses(t *testing.T) {
	// "According to the spokesperson of the Kelvo police, sub-commissioner
	// Jane Roe, the number of road accidents … fell last year": the
	// holder after the description is the source, and the clause after
	// her name, a past verb in it, is what she said, no title of hers.
	// "According to the contractor, Kelvo Construct SRL, …": the body
	// named after its kind. "Environment Secretary John Doe today (3
	// February) announced": the date in parentheses is no affiliation
	// and no part of the subject.
	d := extractLaidOut(t, "KELVALE - The city launched a programme.\n\nAccording to the spokesperson of the Kelvo police, sub-commissioner Jane Roe, the number of road accidents involving children in the city fell last year, but their consequences were more severe.\n\nAccording to the contractor, Kelvo Construct SRL, 94 percent of the households have signed contracts.\n\nEnvironment Secretary John Doe today (3 February) announced that cities will receive a share of the fund.")
	q := quoteOf(t, d, "the number of road accidents involving children in the city fell last year, but their consequences were more severe")
	assert.Equal(t, "Jane Roe", q.Speaker.Name)
	assert.NotContains(t, strings.Join(q.Speaker.Titles, "|"), "accidents")
	assert.Equal(t, "Kelvo Construct SRL", saidBy(t, d, "94 percent of the households have signed contracts").Name)
	sp := saidBy(t, d, "cities will receive a share of the fund")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Empty(t, sp.Affiliations)
}

func TestStylesAndRanksThatEndWithAStopBeforeTheName(t *testing.T) {
	// "said Bi. Jane Roe" (Swahili's "Bibi", abbreviated), "Prim. Dr.
	// John Doe" (a senior physician), "Police Chief Irjen. Pol. Drs. I
	// Gede Roe" (an Indonesian rank, the force's word, a degree, a
	// Balinese name whose "I" is no pronoun): the stop after each is no
	// sentence's end, and the name is the speaker's.
	d := extractLaidOut(t, "KELVALE - Officials visited the village.\n\n\"When the power comes, I want to buy a fridge,\" said Bi. Jane Roe, a shopkeeper.\n\n\"We built a new timetable,\" says the hospital's director, Prim. Dr. John Doe.\n\n\"Kelvo welcomes tourists, but not criminals who steal from people overseas,\" said Kelvo Regional Police Chief Irjen. Pol. Drs. I Gede Roe, M.Si., at a press conference.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "When the power comes, I want to buy a fridge").Name)
	assert.Equal(t, "John Doe", saidBy(t, d, "We built a new timetable").Name)
	sp := saidBy(t, d, "Kelvo welcomes tourists, but not criminals who steal from people overseas")
	assert.Equal(t, "I Gede Roe", sp.Name)
	assert.Contains(t, strings.Join(sp.Titles, "|"), "Irjen. Pol.")
}

func TestABodySpokenForBeforeTheAttribution(t *testing.T) {
	// "Speaking for the Kelvo Expedition Cruise Operators, Executive
	// Director Jane Roe said": the body opening the sentence is the one
	// she speaks for, though the recognizer took no entity of its words;
	// not a branch of government in common words.
	d := extractLaidOut(t, "KELVALE - The Kelvo Maritime Forum today adopted a declaration.\n\nSpeaking for the Kelvo Expedition Cruise Operators, Executive Director Jane Roe said the members would join the scheme.\n\nSpeaking on behalf of the Executive Branch, the Minister of the Presidency, John Doe, said the Government had kept its word.")
	assert.Equal(t, "Kelvo Expedition Cruise Operators", saidBy(t, d, "the members would join the scheme").Organization.Name)
	assert.NotEqual(t, "Executive Branch", saidBy(t, d, "the Government had kept its word").Organization.Name)
}

func TestAForcesUnitAfterItsOfficersName(t *testing.T) {
	// "Inspector-Coordinator Jane Roe of the Judicial Police Cybercrime
	// Directorate": a unit in common words, but one whose name holds the
	// force it is part of, a body of its own (a partner's, in another
	// force's release); "John Poe of the Budget Committee" stays no body.
	d := extractLaidOut(t, "KELVALE - The Kelvo Constabulary today arrested two men.\n\n\"Criminal services are built to cross borders,\" said Inspector-Coordinator Jane Roe of the Judicial Police Cybercrime Directorate.\n\n\"We will act,\" said John Poe of the Budget Committee.")
	assert.Equal(t, "Judicial Police Cybercrime Directorate", saidBy(t, d, "Criminal services are built to cross borders").Organization.Name)
	assert.NotEqual(t, "Budget Committee", saidBy(t, d, "We will act").Organization.Name)
}

func TestAPostByItsInitialsAfterItsHolder(t *testing.T) {
	// "The PS warned" after "The Principal Secretary, Jane Roe, …": a
	// post by its initials, the person named before who holds it, and the
	// initials a title of hers.
	d := extractLaidOut(t, "KELVALE - The Ministry of Housing today handed over 400 houses.\n\nThe Principal Secretary, Jane Roe, inspected the houses. The PS warned that the Ministry would repossess any unit that was sublet.")
	var q *quotes.Quote
	for i := range d.Quotes {
		if strings.Contains(d.Quotes[i].Text, "would repossess any unit") {
			q = &d.Quotes[i]
		}
	}
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Jane Roe", q.Speaker.Name)
	assert.Contains(t, q.Speaker.Titles, "PS")
}

func TestANamesakesGenerationSuffixTheTextGoesOnAbout(t *testing.T) {
	// "his father, John Doe, Jr. was the ghost writer of …" under a son
	// "John Doe III": the father's suffix joins his name only before a
	// verb of saying or the sentence's end, so the son's quotes keep his
	// name and titles.
	d := extractLaidOut(t, "KELVALE - John Doe III, founder of the Kelvo Media Center, backs the senator.\n\nHis uncle was a columnist and his father, John Doe, Jr. was the ghost writer of a 1960 classic.\n\n\"Yes, I support the senator,\" Doe says.")
	sp := saidBy(t, d, "Yes, I support the senator")
	assert.Equal(t, "John Doe III", sp.Name)
	assert.NotContains(t, strings.Join(sp.Titles, "|"), "ghost writer")
}

func TestAPossessorsBranchPostBeforeItsHolder(t *testing.T) {
	// "Kai Kelvo's Porirua volunteer coordinator, Jane Roe, said": the
	// possessor of a branch's post, its town between, is a body, which the
	// recognizer could not tell from a person's name.
	d := extractLaidOut(t, "KELVALE - The Kelvo Food Trust today published its annual report.\n\nKai Kelvo's Porirua volunteer coordinator, Jane Roe, said volunteers were feeling the pressure.")
	sp := saidBy(t, d, "volunteers were feeling the pressure")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kai Kelvo", sp.Organization.Name)
}

func TestABalineseNameAfterSaid(t *testing.T) {
	// "said I Wayan Roe": the name's "I" is no pronoun after the verb
	// either, and the quotation is his, not lost.
	d := extractLaidOut(t, "KELVALE - Farmers harvested rice.\n\n\"The water came late this year,\" said I Wayan Roe, a farmer in Kelvo.\n\n\"We planted twice,\" said I Nyoman Doe.")
	assert.Equal(t, "I Wayan Roe", saidBy(t, d, "The water came late this year").Name)
	assert.Equal(t, "I Nyoman Doe", saidBy(t, d, "We planted twice").Name)
}

func TestADateInParenthesesWithAnOrdinalDay(t *testing.T) {
	// "(3rd February)": the day as an ordinal, a date all the same.
	d := extractLaidOut(t, "KELVALE - The fund opened.\n\nEnvironment Secretary John Doe today (3rd February) announced that cities will receive a share of the fund.")
	sp := saidBy(t, d, "cities will receive a share of the fund")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Empty(t, sp.Affiliations)
}

func TestASourcesKindThenItsOneWordName(t *testing.T) {
	// "According to the national statistics office, Kelvostat, …": the
	// body named after its kind of up to three words, though the
	// recognizer took its one word for a name by its shape.
	d := extractLaidOut(t, "KELVALE - Prices rose.\n\nAccording to the national statistics office, Kelvostat, fuel prices rose by 5 percent in March.")
	assert.Equal(t, "Kelvostat", saidBy(t, d, "fuel prices rose by 5 percent in March").Name)
}

func TestAMaoriElderByStyleAndGivenName(t *testing.T) {
	// "Matua Hone told those gathered" after "Hone Roe, a kaumatua of the
	// iwi": an elder's style before his given name, the person named in
	// full before.
	d := extractLaidOut(t, "KELVALE - The Kelvo Housing Trust launched a report.\n\nThe report was launched by Hone Roe, a kaumatua of the iwi. \"This report is about homes,\" Matua Hone told those gathered.")
	assert.Equal(t, "Hone Roe", saidBy(t, d, "This report is about homes").Name)
}

func TestAConditionOfBeingNamedOnlySoIsNoSpeech(t *testing.T) {
	// "who asked to be identified only as Jane": the condition a source
	// set, as "who asked not to be named" is, no request of her own.
	d := extractLaidOut(t, "KELVALE - The regulator fined three lenders.\n\n\"The messages did not stop for a month,\" said the borrower, from Kelvo East, who asked to be identified only as Jane.")
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "identified only as")
	}
}

func TestAPlaceSetOffAfterTheBodyAfterTheName(t *testing.T) {
	// "Chief District Officer John Doe of the District Administration
	// Office, Kelvjung, urged …": the word set off after the body is where
	// the office is, not the verb's subject.
	d := extractLaidOut(t, "KELVALE - Kelvo Hydropower Limited commissioned its plant.\n\nAt a ceremony at the powerhouse, Chief District Officer John Doe of the District Administration Office, Kelvjung, urged the company to keep the access road open.")
	sp := saidBy(t, d, "the company to keep the access road open")
	assert.Equal(t, "John Doe", sp.Name)
}

func TestANationalRedCrossSocietyAfterItsOffice(t *testing.T) {
	// "Nurse John Doe of the County Office of the Kelvo Red Cross": a
	// national society named by its country and "Red Cross", the body of
	// the office.
	d := extractLaidOut(t, "KELVO - A measles outbreak spread.\n\nNurse John Doe of the County Office of the Kelvo Red Cross said volunteers were helping.")
	assert.Equal(t, "Kelvo Red Cross", saidBy(t, d, "volunteers were helping").Organization.Name)
}

func TestAPostNoListKnowsBeforeAPortfolioOfItems(t *testing.T) {
	// "said Naalakkersuisoq for Health and Social Affairs Jane Roe": the
	// portfolio's items joined by "and", no persons, before her name.
	d := extractLaidOut(t, "KELVALE - Nordic ministers met.\n\n\"A shortage in the capital is a crisis in the settlements,\" said Naalakkersuisoq for Health and Social Affairs Jane Roe.")
	sp := saidBy(t, d, "A shortage in the capital is a crisis in the settlements")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, []string{"Naalakkersuisoq for Health and Social Affairs"}, sp.Titles)
}

func TestATownBasedKindAfterALeadParagraphsCompany(t *testing.T) {
	// "Nordhav Seafood AB reported …" opening the lead paragraph, then
	// "head of sales at the Bergen-based seafood exporter" in the next:
	// the company the lead is about; not a ministry the lead is about.
	d := extractLaidOut(t, "Kelvo Seafood AB reported record first-quarter sales on Thursday.\n\n\"Exports to Japan doubled compared with last year,\" said Jane Roe, head of sales at the Bergen-based seafood exporter.")
	assert.Equal(t, "Kelvo Seafood AB", saidBy(t, d, "Exports to Japan doubled compared with last year").Organization.Name)
	d = extractLaidOut(t, "The Kelvo Ministry of Rural Affairs announced new import rules on Monday.\n\n\"The paperwork will cost us weeks,\" said John Doe, head of purchasing at the Gothenburg-based food distributor.")
	assert.NotEqual(t, "Kelvo Ministry of Rural Affairs", saidBy(t, d, "The paperwork will cost us weeks").Organization.Name)
}
