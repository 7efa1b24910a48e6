package quotes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// A meetings coverage's headline and deck, both reporting speech, over a
// body that names the briefer.
const briefingHeader = "Security Council\n10,027th Meeting (AM)\nSC/16999\n3 June 2026\n\n"

// extractLaidOut runs the extractor with the layout on, as the CLI does.
func extractLaidOut(t *testing.T, text string) *quotes.Document {
	t.Helper()
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	return d
}

// quoteOf returns the quote whose text is want, or fails listing the
// quotes found.
func quoteOf(t *testing.T, d *quotes.Document, want string) *quotes.Quote {
	t.Helper()
	q := quoteWithText(d, want)
	if q == nil {
		var got []string
		for _, g := range d.Quotes {
			got = append(got, g.Kind.String()+" "+g.Rule.String()+" "+g.Text)
		}
		require.Failf(t, "quote not found", "want %q, got:\n%s", want, strings.Join(got, "\n"))
	}
	return q
}

// speakerOf returns the name of the speaker of the quote whose text is
// want, "" when it has none, or fails when there is no such quote.
func speakerOf(t *testing.T, d *quotes.Document, want string) string {
	t.Helper()
	if q := quoteOf(t, d, want); q.Speaker != nil {
		return q.Speaker.Name
	}
	return ""
}

// saidBy returns the speaker of the quote whose text is want, or fails
// when there is no such quote or it has no speaker.
func saidBy(t *testing.T, d *quotes.Document, want string) *speakers.Speaker {
	t.Helper()
	q := quoteWithText(d, want)
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	return q.Speaker
}

func TestHeadlineOverDeckBothReportSpeech(t *testing.T) {
	text := briefingHeader + "‘The Window for Elections Is Closing’, Special Representative Tells Security Council\n\nMembers Warn Funding Gaps Threaten Humanitarian Lifeline\n\n" +
		"The top United Nations official in Kelvo briefed the Security Council today on the stalled transition.\n\n" +
		"JANE ROE, Special Representative of the Secretary-General for Kelvo, said that the commission had opened offices in all ten states.  “The window for elections is closing,” she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "The Window for Elections Is Closing"))
}

func TestHeadlineTitleAfterAModifierTheRecognizerNamed(t *testing.T) {
	// "Humanitarian Chief": the model reads "Humanitarian" as a name; the
	// head is the title, the official the lead and body name.
	text := briefingHeader + "Aid Convoys Turned Back at Checkpoints 17 Times in One Month, Humanitarian Chief Tells Security Council\n\n" +
		"Humanitarian access in eastern Kelvo is shrinking, a senior United Nations official told the Security Council today.\n\n" +
		"JANE ROE, Assistant Secretary-General for Humanitarian Affairs, said that aid convoys had been turned back."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Aid Convoys Turned Back at Checkpoints 17 Times in One Month"))
}

func TestHeadlineObjectOfThreatenIsNoQuote(t *testing.T) {
	// "Threatens ‘…’": the quotation is what is threatened; the speaker
	// is the one who tells the Council.
	text := briefingHeader + "Damage to Sea Cables Threatens ‘Arteries of Modern Life’, Assistant Secretary-General Tells Security Council\n\n" +
		"Members voiced concern today over damage to undersea cables.\n\n" +
		"Briefing the Council, Jane Roe, Assistant Secretary-General for Europe, said that seven cables had been damaged.  “They are the arteries of modern life,” she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Damage to Sea Cables Threatens ‘Arteries of Modern Life’"))
}

func TestHeadlineRequestsNameNoWordsSaid(t *testing.T) {
	text := briefingHeader + "Speakers Stress Regional Ownership, Call for Predictable Funding for Joint Task Force\n\n" +
		"Violence by armed groups has pushed the basin into its most fragile period, the senior United Nations official for the region told the Security Council today."
	d := extractLaidOut(t, text)
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "Regional Ownership", "a headline's request (%s %s)", q.Kind, q.Rule)
	}
	// A request with an infinitive says what is asked.
	text = "Election Commission, Kelvo\n\nElection Commission Urges Migrant Workers to Update Voter Records\n\nKELVO CITY, 3 March 2026 – The Election Commission today asked workers abroad to update their records."
	d = extractLaidOut(t, text)
	assert.Equal(t, "Election Commission", speakerOf(t, d, "Migrant Workers to Update Voter Records"))
}

func TestHeadlineParticipleBeforeQuotationIsNoHearer(t *testing.T) {
	// "Warn Ageing ‘Shadow Fleet’ Tankers …": "Ageing" modifies what is
	// said; it is no hearer the quotation follows.
	text := "Council of the Kelvo Sea States\n31st Ministerial Session\n\nMinisters Warn Ageing ‘Shadow Fleet’ Tankers Pose Growing Spill Risk\n\n" +
		"KELVO, 12 June 2025 – Foreign ministers voiced alarm today over the growing number of ageing tankers crossing the sea."
	d := extractLaidOut(t, text)
	for _, q := range d.Quotes {
		assert.False(t, strings.HasPrefix(q.Text, "‘Shadow"), "cut after a participle: %s %s %q", q.Kind, q.Rule, q.Text)
	}
}

func TestUnderSecretaryGeneralInAMainCommittee(t *testing.T) {
	// The General Assembly's Main Committees are organs of the United
	// Nations, whose Secretariat the Under-Secretary-General serves.
	text := "Seventy-ninth session,\n18th Meeting (AM)\nGA/EF/9999\n14 October 2025\n\nCountries Need Help, Under-Secretary-General Tells Second Committee\n\n" +
		"Least developed countries must not be pushed off a cliff edge, the Economic and Financial Committee (Second Committee) heard today.\n\n" +
		"Introducing the reports, JANE ROE, Under-Secretary-General and High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, said that seven countries would leave the category by 2027."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "seven countries would leave the category by 2027")
	assert.Equal(t, "United Nations", sp.Organization.Name)
	assert.Contains(t, sp.Titles, "High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States")
}

func TestHeadlineWarnsOf(t *testing.T) {
	// A headline's present "warns of" reports what the release says.
	text := "Kelvo Food Bank Warns of Winter Shortfall as Demand Hits Record\n\nKELVO, 3 March 2026 – The Kelvo Food Bank said today that demand had hit a record."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Food Bank", speakerOf(t, d, "Winter Shortfall as Demand Hits Record"))
}

func TestHeadlineCompanyAndPostIsItsHolder(t *testing.T) {
	// "says Kelvo Cimentos Chairman" names the company (written with its
	// legal form below) and a post: the chairman the body names.
	text := "“Kelvania will no longer import clinker,” says Kelvo Cimentos Chairman\n\n" +
		"LOBITO, 14 February 2025 – Kelvo Cimentos, S.A., a cement producer, today opened a clinker line.\n\n" +
		"Speaking at the ceremony, the Chairman of the Board of Kelvo Cimentos, Eng. John Doe, said that the investment would pay for itself.\n\n" +
		"“Kelvania will no longer import clinker,” he said."
	d := extractLaidOut(t, text)
	for _, q := range d.Quotes {
		require.NotNil(t, q.Speaker, q.Text)
		assert.Equal(t, "John Doe", q.Speaker.Name, q.Text)
	}
	assert.Len(t, d.Quotes, 3)
}

func TestHeadlineInCapitalsWithItsVerbOfSaying(t *testing.T) {
	// A headline in capitals: "COMMISSIONER SAYS" is the cue and its
	// subject, the commissioner the body names.
	text := "KELVO TO RECRUIT 3,500 TEACHERS, COMMISSIONER SAYS \"NO CLASSROOM WILL BE LEFT WITHOUT A TEACHER\"\n\n" +
		"Kelvo, Monday, 10th February, 2025.\n\n" +
		"The Kelvo State Government has approved the recruitment of 3,500 teachers, the Commissioner for Education, Hon. Jane Roe, has announced."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "NO CLASSROOM WILL BE LEFT WITHOUT A TEACHER"))
}

// TestHeadlineBodyHeadTitle: a headline's title after a body's head ("…,
// College President warns") is the one person holding the post whose
// body holds that head ("ACREM President Dr Jane Roe" of the "Kelvo
// College of Rural Medicine").
func TestHeadlineBodyHeadTitle(t *testing.T) {
	text := "Rural clinics 'one sick doctor from closing', College President warns\n\n" +
		"One in four rural clinics relied on locum doctors, according to a survey released today by the Kelvo College of Rural Medicine (KCRM).\n\n" +
		"KCRM President Dr Dara Quill said many small-town clinics were now \"one sick doctor from closing\"."
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract(text)
	assert.Equal(t, "Dara Quill", speakerOf(t, d, "Rural clinics 'one sick doctor from closing"))
}

// TestBarePostNamedAfter: a bare post with its complement ("says Director
// of Emergency Medicine"), under a page's banner sentence and menu lines
// that keep the line from reading as the headline, is the one person the
// text names with that post after it.
func TestBarePostNamedAfter(t *testing.T) {
	text := "Kelvo Plains Health acknowledges the Traditional Owners of the lands on which our hospitals and health services stand, and pays respect to their Elders past and present.\n\n" +
		"Our services\nLocations\nNews & media\nGet involved\n\nHome / News & media / Latest news\n\n" +
		"Virtual ED will 'bring the specialist to the bedside', says Director of Emergency Medicine\n\n" +
		"\"This isn't about replacing local staff. It's about backing them up.\"\n\n" +
		"Director of Emergency Medicine, Associate Professor Dara Quill, said: \"The Virtual ED will bring the specialist to the bedside.\""
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", speakerOf(t, d, "Virtual ED will 'bring the specialist to the bedside"))
}

// TestHeadlineShortNameOfIssuer: a headline's body by its first word and
// head ("Kelvo Trust Warns of …") is the issuer the body names in full
// ("the Kelvo Women's Livelihood Trust (KWLT)"), whose "the Trust" and
// "Our field coordinator" speak for the full name.
func TestHeadlineShortNameOfIssuer(t *testing.T) {
	text := "Kelvo Trust Warns of 'Second Disaster' as Flood-Hit Women Fall Into Debt\n\n" +
		"DHAKA, 20 October 2025 – Nearly two-thirds of households supported by the Kelvo Women's Livelihood Trust (KWLT) have taken loans, according to a survey released by the Trust today.\n\n" +
		"The Trust warned that the debt could become a second disaster.\n\n" +
		"Our field coordinator, Ms. Dara Quill, says the moneylenders arrive early."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Women's Livelihood Trust", speakerOf(t, d, "the debt could become a second disaster"))
	assert.Equal(t, "Kelvo Women's Livelihood Trust", saidBy(t, d, "the moneylenders arrive early").Organization.Name)
}

// TestLeadTitleInFull: the lead's title with its complement ("the Special
// Envoy of the Secretary-General on Sea-Level Rise told …") is the fuller
// form of the title the body gives with the name ("Special Envoy Jane
// Roe"), and replaces it.
func TestLeadTitleInFull(t *testing.T) {
	text := "Small nations cannot wait another decade for finance, the Special Envoy of the Secretary-General on Sea-Level Rise told the Committee today.\n\n" +
		"Special Envoy Dara Quill said that the average wait was four years."
	s := saidBy(t, extractPlain(t, text), "Small nations cannot wait another decade for finance")
	assert.Equal(t, "Dara Quill", s.Name)
	assert.Equal(t, []string{"Special Envoy of the Secretary-General on Sea-Level Rise"}, s.Titles)
}

// TestHeadlineTagsSignNothing: a tag or a news agency's credit after a
// headline's quotation is no signature (the label before the colon
// speaks), and a short headline over its deck makes no label of the deck.
func TestHeadlineTagsSignNothing(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, tt := range []struct{ text, quote, speaker string }{
		{"Minister Jane Roe: ‘We will not back down’ – VIDEO\n\nThe minister spoke in Kelvo on Monday.", "We will not back down", "Jane Roe"},
		{"Minister Jane Roe: ‘We will appeal the ruling’ – Reuters\n\nThe minister spoke in Kelvo on Monday.", "We will appeal the ruling", "Jane Roe"},
	} {
		d := x.Extract(tt.text)
		checkSpans(t, tt.text, d)
		var got *quotes.Quote
		for i := range d.Quotes {
			if strings.Contains(d.Quotes[i].Text, tt.quote) {
				got = &d.Quotes[i]
			}
		}
		if assert.NotNil(t, got, tt.text) && assert.NotNil(t, got.Speaker, tt.text) {
			assert.Equal(t, tt.speaker, got.Speaker.Name, tt.text)
		}
	}
	text := "Kelvo Bank posts record profit\n\nInvestors: shares rose 8% in early trading\n\nThe bank said profit rose."
	d := x.Extract(text)
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "shares rose", "a deck under a short headline is no label's speech")
	}
}

func TestHeadlineColonAfterAPlaceName(t *testing.T) {
	// A name after "in" in the headline's clause is where it happens: the
	// quotation after the colon is the body's speaker's, who says it again.
	text := "First stroke unit in East Kelvo takes to the road: ‘We bring the scanner to the patient’\n\n" +
		"KELVO, 2 June 2025 – Kelvo General Hospital is putting a mobile stroke unit into service.\n\n" +
		"“With this unit we bring the scanner to the patient,” says Dr. Jane Roe, head of neurology at Kelvo General Hospital."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "We bring the scanner to the patient"))
}

func TestSectionHeadingInCapitalsQuotesItsSection(t *testing.T) {
	// A quotation in capitals alone on its line heads a section that
	// quotes the same words with their speaker; it is no continuation of
	// the speaker before it.
	text := "Crossings rise, UN office says\n\nKELVO, 2 June 2025 – Arrivals rose again.\n\nAccording to the office's data, boats carried 71 people on average.\n\n" +
		"“A LIFEBOAT WITH A POST OFFICE”\n\n" +
		"The Mayor of Kelvo Island, Jane Roe, has described the island as “a lifeboat with a post office”, with one doctor."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "A LIFEBOAT WITH A POST OFFICE"))
}

func TestHeadlineTitleSpeakerGivesWayToTheBodysSpeaker(t *testing.T) {
	// "…, says MD" where the text has two managing directors: the
	// headline's words, quoted in the body with their speaker, are hers.
	text := "Kelvo Foods opens millet plant; 'Millets are no longer a poor man's grain,' says MD\n\n" +
		"KELVO, 3 June 2025 – Kelvo Foods Ltd today opened a millet plant.\n\n" +
		"\"Millets are no longer a poor man's grain. The market has caught up,\" said Jane Roe, Managing Director, Kelvo Foods Ltd.\n\n" +
		"The plant was opened in the presence of Dr. Tom Vale, Managing Director of the Kelvo State Millets Board."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Millets are no longer a poor man's grain"))
}

func TestHeadlineLabelBeforeAQuotationWithItsOwnCue(t *testing.T) {
	// "Drought summer: … - aid group says help “…”": the quotation's own
	// verb of saying, not the label before the colon, names its speaker.
	text := "Drought summer: 3,100 volunteers helped on mountain farms - aid group says help \"must not stop at the first snow\"\n\n" +
		"ZURICH, 28 October 2025 – Kelvo Mountain Farming Aid placed 3,100 volunteers on farms this summer.\n\n" +
		"Managing Director Jane Roe said the help \"must not stop at the first snow\"."
	d := extractLaidOut(t, text)
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			assert.NotEqual(t, "Drought", q.Speaker.Name, q.Text)
		}
	}
}
