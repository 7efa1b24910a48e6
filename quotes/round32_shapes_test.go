package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read from the held-out round 32 (invented246-248), each with an
// invented input.

func TestAnExecutiveProducerAndAnAgencyAfterItsPlace(t *testing.T) {
	// "co-founder and executive producer Jane Roe": both her titles, the
	// first after the studio's name; "at Kelvale media agency Arvex
	// Partners": the agency, not its city.
	d := extractLaidOut(t, "Studio sold\n\nKELVALE, 3 March 2026 – Orrin Media has bought the podcast studio Selna Audio.\n\nSelna Audio co-founder and executive producer Jane Roe said all of the studio's staff had been offered roles.\n\n\"Brands wanted this,\" said Tom Hale, head of investment at Auckland media agency Arvex Partners.")
	sp := saidBy(t, d, "all of the studio's staff had been offered roles")
	assert.Contains(t, sp.Titles, "executive producer")
	assert.Equal(t, "Selna Audio", sp.Organization.Name)
	assert.Equal(t, "Arvex Partners", saidBy(t, d, "Brands wanted this").Organization.Name)
}

func TestHighlightsOfLabelledFiguresStayInTheRelease(t *testing.T) {
	// A release's "Highlights" as "Label: amount" lines between its
	// paragraphs, under a headline and its bullets, leave the release's
	// opening in its body.
	text := "Kelvo Mining Reports Record Output; CEO Says Expansion \"On Budget\"\n\n" +
		"- Copper output of 61,400 tonnes, up 18% year on year, as the new line ramps up\n" +
		"- Cash costs fall to US$1.71/lb; net debt reduced by US$212 million\n" +
		"- Water-sharing accord signed with the communities of the upper Selna valley\n\n" +
		"NEWS PROVIDED BY\nKelvo Mining Corporation\n28 Oct, 2024, 06:00 ET\n\n" +
		"KELVALE, Oct. 28, 2024 /Kelvo Wire/ - Kelvo Mining Corporation today reported record quarterly copper production from its Selna mine.\n\n" +
		"\"This was the quarter in which Selna stopped being a promise,\" said Jane Roe, President of Kelvo Mining.\n\n" +
		"Third-Quarter 2024 Highlights\n\n" +
		"Copper production: 61,400 tonnes (Q3 2023: 52,000 tonnes)\nCopper sales: 59,800 tonnes\nMolybdenum production: 1,120 tonnes\nCash cost: US$1.71/lb\nAdjusted EBITDA: US$498 million\nNet debt: US$1.37 billion (June 30, 2024: US$1.58 billion)\n\n" +
		"The company's chief financial officer, John Doe, said lower unit costs reflected higher throughput and a fall in the price of diesel since the start of the year.\n\n" +
		"The company expects full-year copper production at the upper end of its guidance range of 215,000 to 230,000 tonnes, and it reaffirmed its guidance for next year.\n\n" +
		"On October 17 Kelvo Mining signed a 20-year water-sharing agreement with the Selna Valley Council, which represents nine communities in the upper valley, and will fund an independent monitoring network.\n\n" +
		"Ana Dale, president of the Council, described the accord as \"the first time a mining company has sat at our table as a neighbour and not as a landlord.\"\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Mining Reports Record Output; CEO Says Expansion \"On Budget\"", d.Title)
	assert.Equal(t, "Jane Roe", saidBy(t, d, "This was the quarter in which Selna stopped being a promise").Name)
}

func TestADatelineEndingInItsYearOrWire(t *testing.T) {
	// "Kelvale, October 28, 2025:" and "Kelvale, October 28, 2025 /Kelvo
	// Wire/ --" open the sentence as "KELVALE, … –" does: the company
	// after them, with a ticker of digits, announces, no "543817)".
	for _, lead := range []string{"Kelvale, October 28, 2025: ", "Kelvale, October 28, 2025 /Kelvo Wire/ -- "} {
		d := extractLaidOut(t, "Kelvo Agritech results\n\n"+lead+"Kelvo Agritech Limited (NSE: KELVO | BSE: 543817), one of Kelvania's leading fertiliser companies, today announced its unaudited results for the quarter.\n\n\"Demand has turned,\" said Jane Roe, Managing Director.")
		for _, q := range d.Quotes {
			if q.Speaker != nil {
				assert.NotContains(t, q.Speaker.Name, "543817", lead)
			}
		}
	}
}

func TestACallOnTheTelephoneAndAWordToSearchForSayNothing(t *testing.T) {
	// "by calling the Authority's centre on 800 3862" names no words, nor
	// does "by searching “climate shelter” in the app"; "calling the plan
	// “a disgrace”" does.
	d := extractLaidOut(t, "Bus service launched\n\nKELVALE, 3 March 2025 – The Kelvo Mobility Authority (KMA) today launched an on-demand bus service, allowing residents to book a ride by calling the Authority's 24-hour centre on 800 3862.\n\nResidents can find the nearest stop by calling 120 or by searching “bus stop” in the Kelvo Go app.")
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "800 3862")
		assert.NotContains(t, q.Text, "bus stop")
	}
	d = extractLaidOut(t, "Plan opposed\n\nKELVALE, 3 March 2025 – The Kelvo Drivers' Union on Tuesday rejected the fare plan, calling it “a disgrace”.")
	assert.NotNil(t, quoteWithText(d, "it “a disgrace”"))
}

func TestAMinistersMinistryTheTextNames(t *testing.T) {
	// A minister whose ministry the text names speaks for it, though a
	// department under it issues the release; an MP with no ministry, for
	// Parliament.
	checkSaid(t, []saidCase{
		{"Rhino count\n\nKELVALE - The rhino population has reached 812, according to the count released by the Honourable Minister for Forests, Soil and Wildlife, Mr. John Doe, at a function on Monday.\n\nMinister Doe also said the government would raise the share of park revenue returned to buffer-zone communities.\n\nAbout the Department of Wildlife Reserves\nThe Department of Wildlife Reserves is part of the Ministry of Forests, Soil and Wildlife.",
			"the government would raise the share of park revenue returned to buffer-zone communities", "John Doe", "Ministry of Forests, Soil and Wildlife"},
		{"Road opened\n\nKELVALE, 3 March 2026 – A new road to Selna opened today.\n\nKelby MP Jane Roe said the road was overdue.",
			"the road was overdue", "Jane Roe", "Parliament"},
	})
}

func TestASafariParkIsABody(t *testing.T) {
	// "Kelvo Moor Safari Park", a park run as a business, is a body and,
	// as the site's name, the issuer (not "Kelvo National Park").
	d := extractLaidOut(t, "Skip to main content\nKelvo Moor Safari Park\nMenu\nPlan Your Visit  Animals  Conservation  News  Book Tickets\n\nHome > News > Conservation\n\nTwo tiger cubs born at Kelvo Moor\n\n14 May 2025\n\nTwo Sumatran tiger cubs have been born at Kelvo Moor Safari Park, the park said on Wednesday, the first births of the species there in ten years.\n\nManaging director John Doe said the company had sent GBP 1.3 million to conservation projects abroad since 2019.\n\nKelvo Moor Safari Park | Opening times | Getting here | Careers | Privacy")
	assert.Equal(t, "Kelvo Moor Safari Park", saidBy(t, d, "the company had sent GBP 1.3 million to conservation projects abroad since 2019").Organization.Name)
}

func TestACapitalLetterheadWithItsInitials(t *testing.T) {
	// "AGREEMENT ON THE CONSERVATION OF KELVO BATS (BKCA)": a body's name
	// in capitals and its letters in any order, the release's issuer,
	// for whom "the Agreement's Executive Secretary" speaks.
	d := extractLaidOut(t, "AGREEMENT ON THE CONSERVATION OF KELVO BATS (BKCA)\nSecretariat, Bonn\nMeetings Coverage and Press Releases\n\nParties adopt declaration on bats\n\nBONN, 7 November - The meeting of the Parties closed today with a declaration on roosts.\n\nOpening the plenary, the Agreement's Executive Secretary, Dr. Jane Roe, said that populations had declined.")
	assert.Equal(t, "AGREEMENT ON THE CONSERVATION OF KELVO BATS (BKCA)", d.Source)
	assert.Contains(t, saidBy(t, d, "populations had declined").Organization.Name, "AGREEMENT ON THE CONSERVATION OF KELVO BATS")
	d = extractLaidOut(t, "MINISTERS MEET UNION LEADERS (AUDIO)\n\nKELVO, 7 November - Ministers met union leaders today.\n\n\"We made progress,\" said Jane Roe, the union's president.")
	assert.Empty(t, d.Source)
}

func TestTheCouncilOfABodyNamedWithItsHeadFirst(t *testing.T) {
	// "Council" alone, in "The Council's Secretary-General" and in a
	// headline's "…, Council says", is the "Intergovernmental Council for
	// Kelvo Bats" the release is from.
	d := extractLaidOut(t, "Intergovernmental Council for Kelvo Bats\n\nBat numbers pass 2 million, but fences 'still cut the colonies in half', Council says\n\n22 October 2025\n\nGENEVA - The number of bats has passed two million, the Intergovernmental Council for Kelvo Bats (ICKB) said on Wednesday.\n\nThe Council's Secretary-General, Dr. Jane Roe, said the survey counted 2.1 million bats.")
	assert.Equal(t, "Intergovernmental Council for Kelvo Bats", saidBy(t, d, "the survey counted 2.1 million bats").Organization.Name)
	headline := 0
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "still cut the colonies in half") && q.Speaker != nil {
			headline++
			assert.Equal(t, "Intergovernmental Council for Kelvo Bats", q.Speaker.Name)
		}
	}
	assert.Equal(t, 1, headline)
}
