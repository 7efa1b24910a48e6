package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read from the held-out round 27 (invented231-233), each with an
// invented input.

func TestAClubsLettersEndItsName(t *testing.T) {
	// "Kelvo Rovers FC" is a club, not a person "Kelvo Rovers" with
	// letters after the name; its nickname in a post ("Rovers chairman")
	// is the issuer's, not a body a photo's credit names ("Rovers Media").
	text := "Rovers sign deal\n\n" +
		"Rovers chairman John Doe (centre) with Sarna Bank’s Jane Roe at Kelvo Oval. Photo: Rovers Media\n\n" +
		"KELVO, 3 March 2025 – Kelvo Rovers FC today confirmed a ten-year partnership with Sarna Bank.\n\n" +
		"\"This is a home the whole town can be proud of,\" said Rovers chairman John Doe.\n\n" +
		"About Kelvo Rovers FC\n\nKelvo Rovers FC is a football club founded in 1901."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "This is a home the whole town can be proud of")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Kelvo Rovers FC", sp.Organization.Name)
}

func TestAnotherBodysPersonAfterWith(t *testing.T) {
	// "(centre) with Sarna Bank’s Jane Roe": the bank is Roe's, not Doe's;
	// "at Kelvo Oval" a ground, no workplace.
	text := "Deal signed\n\nJohn Doe (centre) with Sarna Bank’s Jane Roe at Kelvo Oval on Monday.\n\n" +
		"\"We waited a long time for this,\" said John Doe."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "We waited a long time for this")
	assert.NotEqual(t, "Sarna Bank", sp.Organization.Name)
	assert.NotEqual(t, "Kelvo Oval", sp.Organization.Name)
	// the same "with" before the body alone is hers
	text = "Deal signed\n\nJane Roe, a lawyer with Sarna Bank, spoke on Monday. \"We waited a long time for this,\" she said."
	d = extractLaidOut(t, text)
	assert.Equal(t, "Sarna Bank", saidBy(t, d, "We waited a long time for this").Organization.Name)
}

func TestAMembersBodyNamedAfterAHeadInThePlural(t *testing.T) {
	// "Players" heads a body of its own ("the Kelvo Players"), but before
	// "Association" it is the members the association is named for; its
	// letters then name it in full.
	text := "League signs deal\n\nThe fund is run with the Nordic Kelvo Players' Association (NKPA). " +
		"\"We asked for a seat at the table,\" said Jane Roe, chairman of the NKPA."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Nordic Kelvo Players' Association", saidBy(t, d, "We asked for a seat at the table").Organization.Name)
}

func TestAPagesLastUpdatedLineIsNoTitle(t *testing.T) {
	// "Last updated on: 12 August 2025" under the headline is a date line,
	// not the title.
	text := "Home > Department of Kelvo Sport > Press releases\n\nPress release\n\n" +
		"'Every parish will see the difference' - Minister Roe announces €38 million for clubs\n\n" +
		"From: Department of Kelvo Sport\nPublished on: 12 August 2025\nLast updated on: 12 August 2025\n\n" +
		"The Minister for Kelvo Sport, Jane Roe, today announced €38 million in grants. \"Every parish in the country will see it,\" she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "'Every parish will see the difference' - Minister Roe announces €38 million for clubs", d.Title)
	assert.Equal(t, "2025-08-12", d.Date)
}

func TestAnotherSayerAfterAsEndsAHeadlinesAnnouncement(t *testing.T) {
	// "Ministers announce a fund as Minister of State says islands must be
	// “…”": what the ministers announce ends before "as"; the minister of
	// state's words are hers, no part of it.
	text := "Ministers announce €14 million Kelvo Islands Fund as Minister of State says islands must be \"places to live\"\n\n" +
		"KELVO, 3 March 2025 - Minister of State Jane Roe said the islands must be \"places to live\" and not only to visit."
	d := extractLaidOut(t, text)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		assert.NotContains(t, q.Text, "as Minister of State says", q.Text)
	}
	// a comparison's or a pronoun's "as" is not another's saying
	text = "Deal done\n\nThe minister said the fund would help as much as the old one did."
	d = extractLaidOut(t, text)
	assert.Contains(t, speakerOf(t, d, "the fund would help as much as the old one did"), "minister")
}

func TestAPostSetOffBeforeADescribedName(t *testing.T) {
	// "The chair of X, Hungary’s Jane Roe, a finalist …, said" and "its
	// chair, Kenyan marathon runner Jane Roe, said": the post before the
	// country's possessive or the calling is hers, and so is its body.
	checkSaid(t, []saidCase{
		{"Rules adopted\n\nThe chair of the Kelvo Athletes’ Commission, Hungary’s Jane Roe, a finalist at the 2024 Games, said athletes had “waited far too long”.",
			"athletes had “waited far too long”", "Jane Roe", "Kelvo Athletes’ Commission"},
		{"Rules adopted\n\nSpeaking for the Kelvo Athletes' Commission, its chair, Kenyan marathon runner Jane Roe, said: \"We are the ones who collapse.\"",
			"We are the ones who collapse.", "Jane Roe", "Kelvo Athletes' Commission"},
	})
	d := extractLaidOut(t, "Rules adopted\n\nThe chair of the Kelvo Athletes’ Commission, Hungary’s Jane Roe, said athletes had “waited far too long”.")
	assert.Contains(t, saidBy(t, d, "athletes had “waited far too long”").Titles, "chair of the Kelvo Athletes’ Commission")
}

func TestClergyStylesAndPostsBeforeAName(t *testing.T) {
	// "the Revd Jane Roe", "Archbishop John Doe, Primate of …": a style and
	// a post, not part of the name; "the vicar said" is then Roe.
	text := "Pantries open\n\nAt the pantry, the vicar, the Revd Jane Roe, said people came for the food and stayed for the company. " +
		"“We had a man who came every week,” the vicar said.\n\n" +
		"The President of the Kelvo Council of Churches, Archbishop John Doe, Primate of the Kelvo Province, said the churches would not take sides."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "We had a man who came every week"))
	assert.Equal(t, "John Doe", speakerOf(t, d, "the churches would not take sides"))
}

func TestACookieNoticeIsPartOfThePagesHeader(t *testing.T) {
	// A site's notice of its cookies, its own sentences closed, stands
	// over the headline: the headline's bare post is still the one the
	// body names.
	text := "Kelvo | English\nMinistry of Harmony\nRepublic of Kelvo\nHOME   ABOUT US   MEDIA CENTRE\n\n" +
		"This website uses cookies to ensure you get the best experience. [Got it!]\n\n" +
		"Home » Media Centre » News\n\n" +
		"Pilgrim season: Minister says four faiths will \"keep the mountain for everyone\"\n\n" +
		"Date: 2024-12-12 | Views: 1,284 | Share this: f  X  in  Print\n\n" +
		"Harmony committees, a single pilgrim code and 1,100 police officers for the season\n\n" +
		"The Ministry will run the season through a joint committee, the Minister of Harmony, Hon. Jane Roe, announced on Wednesday."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "four faiths will \"keep the mountain for everyone\""))
}

func TestAHeadlinesPostOfABodyInLowerCase(t *testing.T) {
	// "says council chair" over "Jane Roe, chair of the council and imam
	// of …" and "John Doe, chair of the council's women's committee": the
	// chair of the council itself.
	text := "'Imams are not therapists,' says council chair as mosques launch program\n\n" +
		"Twenty mosques partner with Kelvo University on a program for young people\n\n" +
		"KELVO, May 6, 2025 - The Kelvo Council of Mosques today launched Sakina Circles, a program for young people.\n\n" +
		"The program is a partnership with Kelvo University.\n\n" +
		"John Doe, chair of the council's women's committee, said mothers had asked for it.\n\n" +
		"Imam Jane Roe, chair of the council and imam of Masjid Al-Kelvo, said young people came to imams with problems."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Imams are not therapists"))
}

func TestTheCompanyInACharitysRelease(t *testing.T) {
	// "The company's head of CSR" in a foundation's release: the company
	// named before, not the foundation.
	text := "Kelvo Foundation opens pitch\n\nRANCHI - The Kelvo Foundation opened a hockey pitch. " +
		"The pitch was built with a grant from Sarna Cement Ltd. under its social responsibility programme. " +
		"The company's head of CSR, John Doe, said Sarna would fund the running costs."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Sarna Cement Ltd.", saidBy(t, d, "Sarna would fund the running costs").Organization.Name)
}

func TestANationalCouncilIsNoCouncillorsCouncil(t *testing.T) {
	// "Ward 3 Councillor John Doe" in a city's release that also names the
	// Canadian Kelvo Boat Council: he sits on no national body.
	text := "Kelvo to host championships\n\nKELVO - The City of Kelvo will host the championships, the Canadian Kelvo Boat Council said.\n\n" +
		"Ward 3 Councillor John Doe, whose ward includes the harbourfront, called the decision “a once-in-a-generation opportunity”."
	d := extractLaidOut(t, text)
	assert.NotEqual(t, "Canadian Kelvo Boat Council", saidBy(t, d, "the decision “a once-in-a-generation opportunity”").Organization.Name)
}

func TestASecondPredicateOfTheReportedClausesOwnSubject(t *testing.T) {
	// "said her members supported the rules and would share records":
	// the reported clause has a subject of its own, a possessive's noun,
	// and its second predicate ("would share", "but had asked") is still
	// what was said.
	for _, tc := range []struct{ text, want string }{
		{"Rules adopted\n\nJane Roe, director of the Kelvo Association, said her members supported the rules and would share records.",
			"her members supported the rules and would share records"},
		{"Rules adopted\n\nJane Roe, director of the Kelvo Association, said her members supported the rules but had asked for a delay.",
			"her members supported the rules but had asked for a delay"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, "Jane Roe", speakerOf(t, d, tc.want), tc.text)
	}
}

func TestAFamilyNamesParticleCapitalizedAtASentencesStart(t *testing.T) {
	// "Van Roe said" after "Marieke van Roe": the same person, the
	// particle capitalized because it opens the sentence.
	text := "Results\n\n\"The recovery is real,\" said Marieke van Roe, Chief Executive Officer of Kelvo Staffing.\n\n" +
		"Van Roe said the group had moved about 300 recruiters to healthcare."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the group had moved about 300 recruiters to healthcare")
	assert.Equal(t, "Marieke van Roe", sp.Name)
	assert.Equal(t, "Kelvo Staffing", sp.Organization.Name)
}

func TestANumberedRegionalOfficeAndItsLetters(t *testing.T) {
	// A release hard-wrapped at 72 columns: a headline, a deck, then
	// "Press Release No. … | <issuer>" (a label, no title) over the
	// dateline; "Regional Office VII" ends with its number, and "(KLWP-7)"
	// gives its letters and the region's number, so the headline's "KLWP-7
	// chief" is its director. A name the wrap breaks reads with a space.
	text := wrapAt(72, "KLWP-7 chief: ‘No production until the boiler is certified safe’",
		"Work stoppage order issued against a footwear plant in Kelvo City after blast injures six",
		"Press Release No. 2025-0417 | Department of Kelvo Labor and Workforce Protection - Regional Office VII",
		"KELVO CITY, 21 October 2025 — The Department of Kelvo Labor and Workforce Protection Regional Office VII (KLWP-7) on Tuesday issued a work stoppage order against a footwear plant after a boiler explosion on Monday night injured six workers.",
		"“There will be no production until that boiler is certified safe by an independent engineer,” said Regional Director Jane Roe, who led the inspection team that arrived at the plant on Tuesday.",
		"Roe said inspectors found that the boiler’s permit to operate had expired in March 2023 and that the company had no safety officer on duty during the night shift.")
	d := extractLaidOut(t, text)
	assert.NotEqual(t, "Press Release No. 2025-0417", d.Title)
	assert.Equal(t, "Department of Kelvo Labor and Workforce Protection - Regional Office VII", d.Source)
	sp := saidBy(t, d, "No production until the boiler is certified safe")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Department of Kelvo Labor and Workforce Protection Regional Office VII", sp.Organization.Name)
}

// wrapAt joins paragraphs with blank lines, each broken into lines of at
// most width bytes at spaces, as e-mailed releases are.
func wrapAt(width int, paras ...string) string {
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		n := 0
		for j, w := range strings.Fields(p) {
			if j > 0 && n+1+len(w) > width {
				b.WriteString("\n")
				n = 0
			} else if j > 0 {
				b.WriteString(" ")
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
	}
	return b.String()
}
