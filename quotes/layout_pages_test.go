package quotes_test

// Pages' furniture and sources: breadcrumbs, a site's kind, a government
// over its department, quotations set apart.

import (
	"context"
	"strings"
	"testing"

	"github.com/quotekit/quotekit/quotes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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

func TestAProvincesInformationPortalIsTheProvince(t *testing.T) {
	text := "KELVO PROVINCE ELECTRONIC INFORMATION PORTAL\nHome | Introduction | News | Government Information | Public Services | Contact\n\n" +
		"Kelvo breaks ground on flood-control system\n\n22/03/2025 10:15\n\n" +
		"On March 21, the People's Committee of Kelvo Province held a ground-breaking ceremony for the flood project.\n\n" +
		"Chairman of the Provincial People's Committee Jane Roe said the project was the most important investment the province had made in a decade."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Province", saidBy(t, d, "the project was the most important investment the province had made in a decade").Organization.Name)
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

func TestAGovernmentsNameOverItsMinistrys(t *testing.T) {
	// A government named by its place and level in title case over a
	// ministry's letterhead in capitals: the ministry issues the release.
	text := "Kelvo State Government\nMINISTRY OF WATER RESOURCES\n\nPRESS RELEASE\n\nWater project launched\n\n\"The dams will be ready by June,\" said Permanent Secretary Jane Roe."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Ministry of Water Resources", saidBy(t, d, "The dams will be ready by June").Organization.Name)
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

func TestNumbersToCallAndLanguagesAreNoTitle(t *testing.T) {
	// A header's line of numbers to call and the page's languages is no
	// headline and names no site ("English"); the site's Romance name
	// under the skip link is the source.
	text := "Skip to main content\nHospital Pediátrico del Kelvo\nEmergency 24/7: (+598) 2311 0911    Appointments: (+598) 2311 0000    Español | English\nSearch this site\n\n" +
		"Cardiac unit opens eight new beds\n\nMontevideo, 27 February 2025\n\n" +
		"The hospital’s director, Dr. Jane Roe, said that the new unit will allow the hospital to operate on 40 more children a year."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Cardiac unit opens eight new beds", d.Title)
	assert.Equal(t, "Hospital Pediátrico del Kelvo", d.Source)
	assert.NotEqual(t, "English", saidBy(t, d, "the new unit will allow the hospital to operate on 40 more children a year").Organization.Name)
}

func TestATownsOfficialWebsiteWithItsState(t *testing.T) {
	// "City of Kelvo, MI | Official Website": the city is the source, its
	// state aside; the line is no headline.
	text := "City of Port Kelvon, MI | Official Website\nSkip to Main Content\nCreate a Website Account - Manage notification subscriptions, save form progress and more.\nResidents   Business   Government   Departments\n\n" +
		"Port Kelvon passes halfway mark in lead line replacement\n\n" +
		"“Our crews are averaging 19 lines a week,” said Public Works Director Jane Roe."
	d := extractLaidOut(t, text)
	assert.Equal(t, "City of Port Kelvon", d.Source)
	assert.NotEqual(t, "City of Port Kelvon, MI", d.Title)
	assert.Equal(t, "City of Port Kelvon", saidBy(t, d, "Our crews are averaging 19 lines a week").Organization.Name)
}

func TestASitesNameInItsLanguageThenInEnglish(t *testing.T) {
	// "Secretaría de Aguas del Kelvo | Prensa" (a section in Spanish, no
	// site) over "Secretariat of Water of Kelvo | May 12, 2025": the
	// release's body by its English name, which the text uses.
	text := "gob.kv   Trámites   Gobierno   Búsqueda\nSecretaría de Aguas del Kelvo | Prensa\n\nInicio > SAK > Prensa > Comunicados de prensa\n\nPress Release 087/2025\nSecretariat of Water of Kelvo | May 12, 2025\n\n" +
		"\"No family will be left without water this summer\": Secretary Roe\n\n" +
		"Kelvo City, May 12, 2025. The Secretariat of Water of Kelvo (SAK) today activated an emergency plan.\n\n" +
		"Speaking at the morning press conference, the Secretary of Water, Dr. Jane Roe, said: \"No family will be left without water this summer.\""
	d := extractLaidOut(t, text)
	assert.Equal(t, "Secretariat of Water of Kelvo", d.Source)
}

func TestAShelterNamedHeadFirstAndAUniversitysGazette(t *testing.T) {
	// "Albergue Kelvo Peregrino – Fundación …": the shelter named head
	// first in Spanish is the source; "Gaceta KUP" is the gazette of KUP.
	text := "Albergue Kelvo Peregrino – Fundación Frontera Kelvo, A.C.\nHome   Who we are   What we do   News   Volunteer   Contact   DONATE\nEnglish | Español\n\nNews / Shelter news / 2025\n\n" +
		"Kelvo Peregrino shelter reports record year\n\nTapachula, Chiapas, January 22, 2025\n\n" +
		"Dr. Jane Roe, a family physician who coordinates the clinic's volunteers, said the most common conditions were respiratory infections."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Albergue Kelvo Peregrino", saidBy(t, d, "the most common conditions were respiratory infections").Organization.Name)
	page := `<html><head><title>KUP researchers forecast a record season | Gaceta KUP</title></head><body>
<p>Gaceta KUP</p><h1>KUP researchers forecast a record season</h1>
<p>A model developed at the Universidad Peninsular de Kelvo (KUP) predicts the largest season on record.</p>
<p>"This is part of the climate of this coast now," said Dr. Jane Roe, a physical oceanographer.</p></body></html>`
	x, err := quotes.New()
	require.NoError(t, err)
	h, err := x.ReadHTML(context.Background(), strings.NewReader(page))
	require.NoError(t, err)
	assert.NotContains(t, saidBy(t, h, "This is part of the climate of this coast now").Organization.Name, "Gaceta")
}

func TestAMenuEndingInTheLanguagesIsNoTitle(t *testing.T) {
	// A menu set apart by spaces that ends in the page's languages
	// ("… Contact   SR | EN") is no "Title | Site" line.
	text := "City of Kelvo - Official Portal\nHome   City Administration   Mayor   City Council   News   Contact   SR | EN\n\n" +
		"Heating prices frozen for the season\n\nKelvo, 9 October 2025 - The City Council of Kelvo today adopted a decision to keep prices unchanged.\n\n" +
		"\"Nobody should have to choose this winter between a warm flat and medicine,\" said Mayor Jane Roe."
	d := extractLaidOut(t, text)
	assert.NotEqual(t, "EN", d.Source)
	assert.NotContains(t, d.Title, "Home")
}

func TestAnIssuerNamedWithItsAcronymOverItsCoverage(t *testing.T) {
	// "Kelvo Labour Mobility Organization (KLMO)" over "Meetings Coverage
	// and Press Releases": the issuer, whose acronym the text uses alone.
	text := "Kelvo Labour Mobility Organization (KLMO)\nMeetings Coverage and Press Releases\n\nKLMO/PR/2025/031\n5 March 2025\n\n" +
		"Countries agree to share blacklists of fraudulent recruitment agents\n\n" +
		"Opening the meeting, KLMO Director-General Jane Roe said: \"Recruitment fees must be paid by employers, not workers.\""
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Labour Mobility Organization", saidBy(t, d, "Recruitment fees must be paid by employers, not workers.").Organization.Name)
}

func TestALanguageBarWithoutAccents(t *testing.T) {
	// "Francais | English": a menu's languages written without their
	// accents are a skip line, no title and no site "English".
	text := "REPUBLIC OF KELVANIA\nMINISTRY OF FISHERIES AND THE BLUE ECONOMY\n\nHome | The Ministry | News | Services | Contact\nFrancais | English\n\n" +
		"PRESS RELEASE\n\nFisheries minister orders audit of industrial licences\n\nKayar, 18 January 2025 - The Minister of Fisheries, Jane Roe, ordered an audit.\n\n" +
		"\"We found licences signed on a Sunday,\" said John Doe, Director of Maritime Fisheries."
	d := extractLaidOut(t, text)
	assert.NotEqual(t, "English", d.Source)
	assert.NotEqual(t, "Francais", d.Title)
	assert.NotEqual(t, "English", saidBy(t, d, "We found licences signed on a Sunday").Organization.Name)
}

func TestABodysHeadquartersOverABriefingAndABylineInCapitals(t *testing.T) {
	// "UN HEADQUARTERS, NEW YORK": a venue, the place and no title (whose
	// statement it is the line does not say: "AU HEADQUARTERS, ADDIS
	// ABABA" over a member's statement); "BY JANE ROE, SPOKESPERSON …" in
	// capitals is a byline, no title either.
	text := "HIGHLIGHTS OF THE NOON BRIEFING\nBY JANE ROE, SPOKESPERSON FOR SECRETARY-GENERAL\n\nUN HEADQUARTERS, NEW YORK\nMONDAY, 3 FEBRUARY 2025\n\n" +
		"HAITI\n\nThe Humanitarian Coordinator in Haiti, John Doe, said today that violence had displaced 12,000 people in a week.\n\n" +
		"\"Families told me they left with nothing,\" Mr. Doe said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "HIGHLIGHTS OF THE NOON BRIEFING", d.Title)
	d = extractLaidOut(t, "Kelvo Government Statement at Summit\n\nAU HEADQUARTERS, ADDIS ABABA\n3 February 2025\n\nPresident Tom Lee said today that Kelvo would back the peace plan.")
	assert.NotEqual(t, "African Union", saidBy(t, d, "Kelvo would back the peace plan").Organization.Name)
}
