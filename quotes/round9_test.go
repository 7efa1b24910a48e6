package quotes_test

import (
	"context"
	"strings"
	"testing"

	"github.com/quotekit/quotekit/quotes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestTheAuthorityIsTheBodyNamedWithThatHead(t *testing.T) {
	text := "The Kelvo Regional Water Authority on Monday opened a new reservoir near Ardmore.\n\n" +
		"\"Every tap will be metered,\" the Authority said in a statement.\n\n" +
		"The Kelvo Integration Community Secretariat hosted the meeting. The Secretariat said it would publish targets within ninety days."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Regional Water Authority", speakerOf(t, d, "Every tap will be metered"))
	assert.Equal(t, "Kelvo Integration Community Secretariat", speakerOf(t, d, "it would publish targets within ninety days"))
}

func TestAProposalForAThingIsNoSpeech(t *testing.T) {
	text := "Several delegates welcomed the company's proposal for a small-grants window, while others asked for clearer criteria."
	d := extractLaidOut(t, text)
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "small-grants window")
	}
}

func TestDescribedAsPastAnAside(t *testing.T) {
	// The object of "described", an aside after it, then "as" and the
	// quotation: one mixed quote, the describer's.
	text := "The Mayor of Kelvo, Jane Roe, described the water cuts of 2023, when some districts went dry, as “a humiliation we will never repeat”."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "the water cuts of 2023, when some districts went dry, as “a humiliation we will never repeat”"))
}

func TestNicknameInsideASignature(t *testing.T) {
	text := "“I sell peppers to three hotels in Kelvo. The orders come in at five in the morning.”\n- Devon “Bigga” Roe, farmer, Ballards Valley"
	d := extractLaidOut(t, text)
	assert.Contains(t, speakerOf(t, d, "I sell peppers to three hotels in Kelvo. The orders come in at five in the morning."), "Roe")
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

func TestHeadsOfGovernmentOfABody(t *testing.T) {
	// "Heads of Government of the Kelvo Community": a title and the
	// body it heads, not a body "Government of the Kelvo Community".
	text := "Heads of Government of the Kelvo Integration Community (KIC) have adopted the plan.\n\n" +
		"“For every hundred dollars a family spends on food, sixty leave the region,” said KIC Secretary-General Jane Roe."
	d := extractLaidOut(t, text)
	assert.NotContains(t, saidBy(t, d, "For every hundred dollars a family spends on food, sixty leave the region").Organization.Name, "Government")
}

func TestPostOfAPlaceBeforeTheHonourable(t *testing.T) {
	text := "Prime Minister of Kelvania the Hon. Dr. Jane Roe said: “We have talked about food security for years.”"
	d := extractLaidOut(t, text)
	assert.Contains(t, saidBy(t, d, "We have talked about food security for years.").Titles, "Prime Minister of Kelvania")
}

func TestPrincipalOfTheLyceum(t *testing.T) {
	// A lyceum is a school: "the lyceum" is the one the text named, and
	// the town's name alone is no short name of it.
	text := "The office reopened Stari Kelvo Lyceum on Monday. “The first thing the children asked was whether the gym was open,” said Jane Roe, principal of the lyceum."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Stari Kelvo Lyceum", saidBy(t, d, "The first thing the children asked was whether the gym was open").Organization.Name)
}

func TestReviewedMisfiresOfRoundNine(t *testing.T) {
	// The reviewer's inputs: each rule of this round left as it was
	// where its condition was too loose.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a name after "the <post>" set off is no post's place
		{"The son of Jane Roe, the chief executive, Tom, said the family had not been consulted.", "the family had not been consulted", "Tom"},
		// "the port authority" is the body whose name holds "port"
		{"The Kelvo Port Authority said cargo volumes rose. The Ardmore Transit Authority, which runs the buses, was not consulted.\n\"We were told nothing,\" the port authority said.", "We were told nothing", "Kelvo Port Authority"},
		{"The Kelvo Housing Authority sold 40 flats last year. Kelvo Borough Council has approved a new estate.\n\"We need homes for key workers,\" the local authority said.", "We need homes for key workers", "local authority"},
		// an authority with "one" is an expert
		{"\"Migratory birds are arriving two weeks earlier,\" said one authority on the subject.", "Migratory birds are arriving two weeks earlier", "one authority on the subject"},
		// "proposal for the city to borrow" states what was proposed
		{"The mayor's proposal for the city to borrow $20 million was rejected by the council on Tuesday.", "the city to borrow $20 million", "mayor"},
		// a reporting aside is no part of the described object
		{"Jane Roe described the flood, her aide said, as “the worst in living memory”.", "the worst in living memory", "Jane Roe"},
		// "a day after meeting …" is no description of the name before
		{"Jane Roe, a day after meeting angry parents who said their children had been turned away, said the school would review its policy.", "their children had been turned away", "parents"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	d := extractLaidOut(t, "\"The rules are being ignored,\" said a former bank regulator who asked not to be named.")
	assert.Equal(t, "person", saidBy(t, d, "The rules are being ignored").Kind.String())
}

func TestGuillemetBreadcrumbsAreNoSource(t *testing.T) {
	text := "Kelvo Teaching Hospital, Zaria\nExcellence in Service, Training and Research\n\nHome\nAbout\nClinical Services\nDepartments\nNews\nContact Us\n\nMenu\n\n" +
		"This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies.  OK\n\n" +
		"Home » News » Hospital News\n\nHospital performs first kidney transplant\n\nPosted by: Admin | 26 May 2025 | Hospital News | 0 Comments\n\n" +
		"The Kelvo Teaching Hospital has performed its first living-donor kidney transplant, the hospital's management has announced.\n\n" +
		"The Chief Medical Director, Prof. Jane Roe, described the procedure as \"a milestone for every patient in the region\"."
	d := extractLaidOut(t, text)
	assert.NotContains(t, d.Source, "»")
	assert.NotContains(t, saidBy(t, d, "the procedure as \"a milestone for every patient in the region\"").Organization.Name, "»")
}

func TestAnAdjectivesPluralIsNoVerb(t *testing.T) {
	// "its preliminary results" is a noun phrase, what a body announces,
	// not a clause whose verb is "results".
	text := "Kelvo Group plc (LSE: KWG), the engineering group, today announced its audited preliminary results for the year ended 31 March 2025.\n\n" +
		"Kelvo Bank Plc today announced its results for the half year, reporting profit before tax of N188.7 billion, up 31 per cent from a year earlier."
	d := extractLaidOut(t, text)
	assert.Empty(t, d.Quotes)
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

func TestACountrysBodyByItsFieldOpensASentence(t *testing.T) {
	// Common words before a country's name at a sentence's start are a
	// body's name, not a capitalized word to drop before "Start Ireland".
	for _, name := range []string{"Clean Rivers Kenya", "Fresh Start Ireland", "Open Doors Kenya"} {
		text := name + " said in a statement that the figures showed the need for a ban on dumping."
		d := extractLaidOut(t, text)
		assert.Equal(t, name, speakerOf(t, d, "the figures showed the need for a ban on dumping"))
	}
}

func TestAProvincesInformationPortalIsTheProvince(t *testing.T) {
	text := "KELVO PROVINCE ELECTRONIC INFORMATION PORTAL\nHome | Introduction | News | Government Information | Public Services | Contact\n\n" +
		"Kelvo breaks ground on flood-control system\n\n22/03/2025 10:15\n\n" +
		"On March 21, the People's Committee of Kelvo Province held a ground-breaking ceremony for the flood project.\n\n" +
		"Chairman of the Provincial People's Committee Jane Roe said the project was the most important investment the province had made in a decade."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Province", saidBy(t, d, "the project was the most important investment the province had made in a decade").Organization.Name)
}

func TestWhoLeadsTheInstitutesNamedUnit(t *testing.T) {
	// "the institute's Resource Circulation Laboratory": the institute the
	// text named; a unit in lower case after a possessive ("the centre's
	// medical team") says nothing of whose centre it is.
	text := "Kelvo Chemical built the plant with the Gyeongnam Institute of Materials Science (GIMS). Professor Jane Roe, who leads the institute's Resource Circulation Laboratory, said the process uses roughly 40 percent less energy."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Gyeongnam Institute of Materials Science", saidBy(t, d, "the process uses roughly 40 percent less energy").Organization.Name)
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

func TestCallAnObjectAndAnotherVerbNamesNothing(t *testing.T) {
	text := "Jane Roe, the company's chief technology officer, said the next robot would be able to call lifts and pass through fire doors \"without anyone rebuilding the building around it.\"\n\n" +
		"\"Lifts were our hardest problem.\""
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Lifts were our hardest problem."))
	for _, q := range d.Quotes {
		assert.NotEqual(t, "lifts and pass through fire doors \"without anyone rebuilding the building around it.\"", q.Text)
	}
}

func TestAQuotationSetApartSignsOnlyItself(t *testing.T) {
	// A signature in a page's <blockquote> is the blockquote's speaker,
	// not the speaker of the quotation paragraph above it.
	page := `<html><body><article><h1>Kelvo Society launches Rent Record</h1>
<p>The Kelvo Building Society today launched Rent Record, a mortgage that counts rent paid as a deposit.</p>
<p>The Society's Chief Customer Officer, Jane Roe, said: "We tested Rent Record with 400 members who rent before we launched it."</p>
<p>"We also heard from parents who had been asked to act as guarantors and simply could not afford to."</p>
<blockquote class="testimonial"><p>"We had been renting for nine years and never missed a payment."</p><footer>&mdash; Dara Quill, nurse and first-time buyer, Aylesbury</footer></blockquote>
<p>The product is open to members from Monday.</p>
</article></body></html>`
	x, err := quotes.New()
	require.NoError(t, err)
	d, err := x.ReadHTML(context.Background(), strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "We also heard from parents who had been asked to act as guarantors and simply could not afford to."))
	assert.Equal(t, "Dara Quill", speakerOf(t, d, "We had been renting for nine years and never missed a payment."))
}

func TestReviewedMisfiresOfRoundTen(t *testing.T) {
	// The second reviewer's inputs: each rule of round 10 left as it was
	// where its condition was too loose.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a plural noun is one only before a preposition or the end
		{"Health minister Jane Roe told reporters the hospital needs 200 more nurses.", "the hospital needs 200 more nurses", "Jane Roe"},
		{"Opposition leader Jane Roe insisted his rival claims too much credit for the new bridge.", "his rival claims too much credit for the new bridge", "Jane Roe"},
		{"Kelvo Energy wrote to shareholders on Friday, announcing its chief executive intends to retire.", "its chief executive intends to retire", "Kelvo Energy"},
		// two common words in quotation marks, then a weekday, are no nickname
		{"Fans told Smith \"Well Played\" Sunday night after the final, the club said.", "Well Played", "Fans"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	menu := "Home\nAbout us\nPersonal Banking\nBusiness Banking\nInvestor Relations\nNewsroom\nContact\n\n"
	// a list of the site's other news is no table of figures
	d := extractLaidOut(t, menu+"Kelvo Bank posts record profit\n29 Jul 2025\n\n"+
		"Kelvo Bank Plc said on Tuesday that its profit before tax rose 29 percent in the first half of the year, helped by higher interest income.\n\n"+
		"\"We delivered a strong performance,\" said Jane Roe, Chief Executive Officer of Kelvo Bank.\n\nMore news\n"+
		"21 Jul 2025    Kelvo Bank opens branch in Abuja    Read more\n14 Jul 2025    Kelvo Bank names new finance chief    Read more\n"+
		"02 Jul 2025    Kelvo Foundation funds 40 schools    Read more\n08 Jun 2025    Kelvo Bank wins award    Read more\n\n"+
		"\"Education is the foundation of everything we do,\" said Mary Major, executive director of the Kelvo Foundation, when the school grants were announced.")
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "Education is the foundation")
	}
	// a kicker over a headline is no breadcrumb, a news portal no body's site
	d = extractLaidOut(t, "Sport » Kelvo Rovers Win Cup\nOrrin Evening Post\n\nKelvo Rovers won the county cup on Saturday, beating Orrin Town 3-1. \"The lads were magnificent,\" manager John Doe said after the final.")
	assert.Empty(t, saidBy(t, d, "The lads were magnificent").Organization.Name)
	d = extractLaidOut(t, "Farmers welcome new subsidy | East Africa News Portal\n12 May 2025\n\nThe Kelvo Farmers Union on Monday welcomed the new dairy subsidy announced by the agriculture ministry.\n\n"+
		"\"This is good news for small farms,\" said Jane Roe, the union's president.\n\n\"We expect more applicants this year,\" said John Doe, a spokesman.")
	assert.NotEqual(t, "East Africa", saidBy(t, d, "We expect more applicants this year").Organization.Name)
	// "the university's" where the text names two universities
	d = extractLaidOut(t, "Kelvo University has built a cheaper battery with engineers from Orrin University.\n\n\"Our partners made this possible,\" said Dr John Doe, who heads the university's Battery Research Centre.")
	assert.NotEqual(t, "Orrin University", saidBy(t, d, "Our partners made this possible").Organization.Name)
}

func TestCodesAndAmountsAreNoPersons(t *testing.T) {
	// "the N3", "R900 million": a road and an amount, no person for a
	// pronoun to stand for.
	text := "Among those at the launch was Mrs Jane Roe of Imbali, whose son Sipho was killed by a drunk driver on the N3 in December 2023.\n\n" +
		"\"He was doing everything right,\" she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "He was doing everything right"))
}

func TestAMeetingsCoverageSiteNamesItsBody(t *testing.T) {
	page := `<html><head><title>Council Hears Warnings on Thawing Permafrost | KONAS Meetings Coverage and Press Releases</title></head><body><article>
<h1>Council Hears Warnings on Thawing Permafrost</h1>
<p>The Council of the Kelvo Organization for Northern Aviation Safety (KONAS) opened its session today.</p>
<p>"An airstrip in the North is not infrastructure in the southern sense," said Secretary-General Jane Roe.</p>
</article></body></html>`
	x, err := quotes.New()
	require.NoError(t, err)
	d, err := x.ReadHTML(context.Background(), strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "KONAS", d.Source)
}

func TestARegionsAdjectiveOpensACountrysBody(t *testing.T) {
	// (a region's adjective, two words of its field, a country)
	text := "Northern Food Access Canada said in a statement that the centre is \"exactly the kind of solution our program was created to support.\""
	d := extractLaidOut(t, text)
	assert.Equal(t, "Northern Food Access Canada", speakerOf(t, d, "the centre is \"exactly the kind of solution our program was created to support.\""))
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

func TestBodiesNamedBySyndicatesAndCountriesPossessives(t *testing.T) {
	for _, tc := range []struct{ text, quote, org string }{
		// a syndicate is a body
		{"\"Most of these farmers have no insurance,\" said Jane Roe, Secretary of the Akkar Farmers' Syndicate.", "Most of these farmers have no insurance", "Akkar Farmers' Syndicate"},
		// a country's possessive before a body: the body
		{"The President of Mozambique's National Institute for Disaster Resilience (INRD), Mr. Jane Roe, said the Government had evacuated 96,000 people.", "the Government had evacuated 96,000 people", "National Institute for Disaster Resilience"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	// a plural in -men owns a body's name: "Fishermen's Cooperative Society"
	d := extractLaidOut(t, "The Kelvo Fishermen's Cooperative Society, which represents 640 licensed fishermen, said in a statement that it had been consulted on every breakwater.")
	assert.Equal(t, "Kelvo Fishermen's Cooperative Society", speakerOf(t, d, "it had been consulted on every breakwater"))
}

func TestAnAcronymInAnotherLanguageAfterASentencesArticle(t *testing.T) {
	// "The Urban Resilience and Reconstruction Agency (KEDA)": its letters
	// in another language, stated right after the name that opens the
	// sentence with "The"; "KEDA President" is its president.
	text := "The Urban Resilience and Reconstruction Agency (KEDA) announced today that 60 schools reopened.\n\n" +
		"Speaking at the reopening, KEDA President Prof. Dr. Jane Roe said the Agency had completed the works in 14 months."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Urban Resilience and Reconstruction Agency", saidBy(t, d, "the Agency had completed the works in 14 months").Organization.Name)
}

func TestAGovernmentsNameOverItsMinistrys(t *testing.T) {
	// A government named by its place and level in title case over a
	// ministry's letterhead in capitals: the ministry issues the release.
	text := "Kelvo State Government\nMINISTRY OF WATER RESOURCES\n\nPRESS RELEASE\n\nWater project launched\n\n\"The dams will be ready by June,\" said Permanent Secretary Jane Roe."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Ministry of Water Resources", saidBy(t, d, "The dams will be ready by June").Organization.Name)
}

func TestReviewedMisfiresOfRoundEleven(t *testing.T) {
	// The third reviewer's inputs: each rule of round 11 left as it was
	// where its condition was too loose.
	d := extractLaidOut(t, "\"The figures are alarming,\" said Jane Roe, Sales and Marketing Director, in a statement.")
	assert.Equal(t, []string{"Sales and Marketing Director"}, saidBy(t, d, "The figures are alarming").Titles)
	for _, text := range []string{
		"\"He never came home,\" said Jane Roe, who is a friend of the Mayor.",
		"\"He never came home,\" said Jane Roe, who says her son moved to Kelvo last year and is a nurse at the hospital.",
	} {
		d = extractLaidOut(t, text)
		assert.Empty(t, saidBy(t, d, "He never came home").Titles, text)
	}
	for _, tc := range []struct{ text, quote, org string }{
		// a headline ending "Government" is no letterhead
		{"Strikers Defy Government\nNEW KELVO HOSPITAL OPENS DESPITE STRIKE\n\nNurses picketed the new hospital on Monday. \"We have had enough,\" said Jane Roe, a spokesperson.", "We have had enough", ""},
		// a brand with digits is no code
		{"Kelvo4Kids, a children's charity, said: \"Every child deserves a meal.\"", "Every child deserves a meal.", ""},
		// an event is no body
		{"At the Northern Food Security Summit Canada, Jane Roe said: \"We must act now.\"", "We must act now.", ""},
	} {
		d = extractLaidOut(t, tc.text)
		if q := quoteWithText(d, tc.quote); assert.NotNil(t, q, tc.text) && q.Speaker != nil && q.Speaker.Kind.String() == "person" {
			assert.Equal(t, tc.org, q.Speaker.Organization.Name, tc.text)
		}
	}
	d = extractLaidOut(t, "Kelvo4Kids, a children's charity, said: \"Every child deserves a meal.\"")
	assert.Equal(t, "Kelvo4Kids", speakerOf(t, d, "Every child deserves a meal."))
	// a family name in -men owns no body's name
	d = extractLaidOut(t, "Tom Ackermen's Kelvo Foundation said: \"We will rebuild the school.\"")
	assert.Equal(t, "Kelvo Foundation", speakerOf(t, d, "We will rebuild the school."))
	// a headline opening "Department of" under a government's name is no department
	d = extractLaidOut(t, "Kelvo Provincial Government\nDepartment of Health warns of flu surge\n\n12 March 2026\n\nHealth officials warned on Monday of a surge in flu cases. \"Get vaccinated now,\" said Jane Roe, a spokesperson.")
	assert.NotContains(t, d.Source, "warns")
}
