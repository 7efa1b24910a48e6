package quotes_test

// What is said and what is not: a proposal's thing, a described object,
// a body's announcement, a verb that names.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

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

func TestAnAdjectivesPluralIsNoVerb(t *testing.T) {
	// "its preliminary results" is a noun phrase, what a body announces,
	// not a clause whose verb is "results".
	text := "Kelvo Group plc (LSE: KWG), the engineering group, today announced its audited preliminary results for the year ended 31 March 2025.\n\n" +
		"Kelvo Bank Plc today announced its results for the half year, reporting profit before tax of N188.7 billion, up 31 per cent from a year earlier."
	d := extractLaidOut(t, text)
	assert.Empty(t, d.Quotes)
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

func TestNicknameInsideASignature(t *testing.T) {
	text := "“I sell peppers to three hotels in Kelvo. The orders come in at five in the morning.”\n- Devon “Bigga” Roe, farmer, Ballards Valley"
	d := extractLaidOut(t, text)
	assert.Contains(t, speakerOf(t, d, "I sell peppers to three hotels in Kelvo. The orders come in at five in the morning."), "Roe")
}

func TestTheCompanysOfficerAfterWhatWasSaid(t *testing.T) {
	// What was said first, then "the company's chief financial officer,
	// Jane Roe, told analysts": a post with a field word the lists do not
	// know, owned by "the company's".
	text := "Kelvo Grid will open a battery plant in Ohio.\n\n" +
		"Kelvo Grid expects to fund the project through cash on hand, the company's chief financial officer, Jane Roe, told analysts on Tuesday."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "Kelvo Grid expects to fund the project through cash on hand"))
}

func TestAPostSetOffBeforeANameIsNoClauseSaid(t *testing.T) {
	// "The Incident Manager for the outbreak, Dr. Jane Roe, told the
	// Committee on …": the post set off before the name is no clause of
	// what was said; a clause with its own verb before a subject is ("The
	// President signed the order on Friday, …, said").
	for _, v := range []string{"told", "briefed", "informed"} {
		d := extractLaidOut(t, "The Incident Manager for the outbreak, Dr. Jane Roe, "+v+" the Committee on the supply of oral vaccine.")
		assert.Nil(t, quoteWithText(d, "The Incident Manager for the outbreak"), v)
	}
	d := extractLaidOut(t, "The President signed the order on Friday, White House spokeswoman Jane Roe said.")
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "The President signed the order on Friday"))
}

func TestAQuotationOverParagraphsInStraightSingleMarks(t *testing.T) {
	// British style with straight marks: a paragraph that opens a
	// quotation with ' and does not close it goes on in the next one that
	// opens with ' too, after "explained how …:".
	text := "Basin countries sign protocol\n\nThe Kelvo Basin Commission's Secretary-General, Dr. Jane Roe, explained how the system will work:\n\n" +
		"'Every one of the 146 gauging stations will report to a shared platform every fifteen minutes. When a station crosses a warning level, all centres are alerted.\n\n" +
		"'No phone calls, no letters, no waiting for someone in a capital to sign. The data belongs to the basin.'"
	d := extractLaidOut(t, text)
	q := quoteWithText(d, "Every one of the 146 gauging stations will report to a shared platform every fifteen minutes. When a station crosses a warning level, all centres are alerted.\n\n'No phone calls, no letters, no waiting for someone in a capital to sign. The data belongs to the basin.")
	if assert.NotNil(t, q) && assert.NotNil(t, q.Speaker) {
		assert.Equal(t, "Jane Roe", q.Speaker.Name)
	}
}

func TestABodysRelativeClauseThenTwoVerbs(t *testing.T) {
	// "The Kelvo Traders Union, which represents traders, welcomed the
	// launch but said that “…”": the subject before its relative clause
	// with "which" too; "report directly to the Secretary" answers to a
	// superior and says nothing, "reported to the committee that …" says.
	d := extractLaidOut(t, "A new service launched today.\n\nThe Kelvo Traders Union, which represents traders, welcomed the launch but said that \"no trader should lose her stall.\"")
	assert.Equal(t, "Kelvo Traders Union", speakerOf(t, d, "no trader should lose her stall."))
	d = extractLaidOut(t, "A bill was introduced.\n\nThe organization, which is charged with analysis, would be given a budget and report directly to the Secretary of Defense.")
	assert.Nil(t, quoteWithText(d, "directly to the Secretary of Defense"))
	d = extractLaidOut(t, "A bill was introduced.\n\nJane Roe reported to the committee that the budget was short.")
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "the budget was short"))
}
