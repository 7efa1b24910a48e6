package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPronounAfterDescribedHost(t *testing.T) {
	// "The host of the session, the Deputy Minister …, Mr. Jane Roe,
	// welcomed …": the name is the subject of its sentence, so "He said"
	// after it is the minister, not the last speaker quoted before.
	text := "Opening the plenary, the Executive Secretary of the Council, Dr. Omar Nasser, said that most stocks were overfished. \"Our stocks are running out of time,\" he said.\n\n" +
		"The host of the session, the Deputy Minister of Fisheries of Kelvania, Mr. Dara Quill, welcomed delegates. He said that small-scale fishers \"pay the price of overfishing first.\"\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, `small-scale fishers "pay the price of overfishing first."`).Name)
}

func TestPronounAfterTitleWithBodyLetters(t *testing.T) {
	// "The UN Coordinator appealed …" is the United Nations Resident
	// Coordinator the text named: "she concluded" after it is hers, not
	// the professor's named between.
	text := "The plan was presented by the United Nations Resident Coordinator for Kelvo, Ms. Dara Quill.\n\n" +
		"\"The rain will come,\" Ms. Quill said.\n\n" +
		"Professor Ann Lee of Kelvo University said floods had risen by a third.\n\n" +
		"The UN Coordinator appealed to donors. \"Preparedness is the cheapest aid there is,\" she concluded.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "Preparedness is the cheapest aid there is").Name)
}

func TestColonLabelAfterASemicolon(t *testing.T) {
	// "… Reaches Remote Kelvo Townships; Superintendent Quill: “…”": the
	// label after the semicolon speaks, not the headline's first name.
	text := "Stroke Network Reaches Remote Kelvo Townships; Superintendent Quill: \"Distance should not decide who walks again\"\n\n" +
		"KELVO, 3 March 2025 - The hospital opened a network of eight clinics.\n\n" +
		"\"Every minute counts,\" said Dr. Dara Quill, Superintendent of KVCH.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "Distance should not decide who walks again").Name)
}

func TestHearerOfToldIsNoInvertedSpeaker(t *testing.T) {
	// "…, told reporters that …": the reporters heard it; they did not
	// say the words before the verb.
	text := "Police arrested six people.\n\nA 68-year-old retired teacher surnamed Quill, who lost HK$1.2 million in the scam, told reporters that she had believed the app was genuine.\n"
	d := extractLaidOut(t, text)
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			assert.NotEqual(t, "reporters", q.Speaker.Name, q.Text)
		}
	}
}

func TestHeadlineSubjectAfterAConjunction(t *testing.T) {
	// "… a year as chief executive warns of “a cliff edge”": the subject
	// of "warns" starts after "as"; it is the chief executive the body
	// names, not "year as chief executive".
	text := "Kelvo to train 1,000 apprentices a year as chief executive warns of \"a cliff edge\" in site skills\n\n" +
		"LEEDS, 22 May 2025 - Kelvo Homes plc, a housebuilder, today opened an academy.\n\n" +
		"Kelvo Chief Executive Dara Quill said the industry faced \"a cliff edge\" as tradespeople retire.\n"
	d := extractLaidOut(t, text)
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			assert.NotContains(t, q.Speaker.Name, "year", q.Text)
		}
	}
}

func TestPronounAfterLowerDescriptionBeforeName(t *testing.T) {
	// "In Kelvale, where …, community first responder Dara Quill now runs
	// …": the name after an opening adverbial (with its relative clause)
	// and a description in lower case is the subject; "he said" after it
	// is his, not the professor's quoted before.
	text := "\"Boxes save lives,\" said Professor Ann Lee, a researcher at Kelvo University.\n\n" +
		"In Kelvale, where volunteers restarted the heart of a fisherman in 2022, community first responder Dara Quill now helps run a refresher session every three months.\n\n" +
		"\"You never think it will be you,\" he said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "You never think it will be you").Name)
}

func TestPronounAfterAPresidencyIsNoPerson(t *testing.T) {
	// "under the Kelvan Presidency" names an office, no person whom "he
	// said" could stand for.
	text := "The Council met today under the Kelvan Presidency.\n\n" +
		"Closing the meeting, Minister Dara Quill handed over the Presidency for 2026 to Montenegro. \"A small country can lead,\" he said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "A small country can lead").Name)
}

func TestPronounAfterADescriptionInsideTheQuotation(t *testing.T) {
	// "A nurse from Kelvo should …" inside the quotation that "he said"
	// closes is what was said, no antecedent.
	text := "The Secretary General of the Kelvo Community, Ambassador Dara Quill, said that half of them lack status. \"The card must open doors. A nurse from Kelvo should be able to work in Ruritania,\" he said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "The card must open doors. A nurse from Kelvo should be able to work in Ruritania").Name)
}

func TestWhoAfterADescriptionEndingInPlaces(t *testing.T) {
	// "Also briefing was Jane Roe, Coordinator of …, a group working in
	// Mali and Niger, who described …": "who" is the coordinator, not the
	// countries the description ends in.
	text := "The Council met today.\n\nAlso briefing was Dara Quill-Fernandes, Coordinator of the Kelvo Women Water Network, a civil society organization working in Burkina Faso, Mali and Niger, who described women walking \"four hours a day, through areas controlled by armed groups.\"\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill-Fernandes", saidBy(t, d, "women walking \"four hours a day, through areas controlled by armed groups.\"").Name)
}

func TestChairmanIsNoMan(t *testing.T) {
	// "Chairman" is a post women hold too: "she said" after "Chairman Dara
	// Quill told …" is hers.
	text := "The Chief Medical Director, Prof. Jane Roe, opened the unit.\n\n" +
		"Chairman Dara Quill told journalists that the fee would be capped. \"No patient will be turned away,\" she said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "No patient will be turned away").Name)
}

func TestPronounAfterPersonACopulaIntroduces(t *testing.T) {
	// "Among the traders using the app is Dara Quill, a grocer …": the
	// person a fronted predicate introduces is what the sentence is about,
	// so "she said" after it is hers, not the last speaker's.
	text := "\"The app brings us customers we could never reach,\" said Bob Poe, Managing Director at Kelvo Bank.\n\n" +
		"Among the traders using the app is Dara Quill, a grocer at Kelvale Market. \"I used to close the stall for two days every month,\" she said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "I used to close the stall for two days every month").Name)
}

func TestPronounAfterForWhoseViewFollows(t *testing.T) {
	// "For Dara Quill from Kelvale, whose six-year-old son Lwazi …, the
	// wait had been long": the son named in her "whose" phrase, after
	// words in lower case, is no subject, so "she said" after it is hers.
	text := "\"We operated on 40 children,\" said Ms. Ann Lee, the MEC for Health. \"Each one had waited,\" she said.\n\n" +
		"For Dara Quill from Kelvale, whose six-year-old son Lwazi had a hole in the heart repaired, the wait had been long. \"I have been told 'next month' for three years,\" she said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "I have been told 'next month' for three years").Name)
}

func TestSeatOfTwoPlaces(t *testing.T) {
	// "Jane Roe, MP for Boston and Sarnby, welcomed …": the second place of
	// the seat is no person, so neither the participle after the verb nor
	// "she said" goes to "Sarnby".
	text := "Dara Quill, MP for Boston and Sarnby, welcomed the package, saying it was fair. \"It is overdue,\" she said.\n"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "it was fair").Name)
	assert.Equal(t, "Dara Quill", saidBy(t, d, "It is overdue").Name)
}
