package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read from the held-out round 33 (invented249-251) after it was
// measured, each with an invented input.

func TestAMissionsLetterheadOverItsOffice(t *testing.T) {
	// "United Nations Mission in the Selna Corridor (UNMSC)" over its
	// office's line and the label: the mission issues the release (though
	// the text names the office again at its end), its officers speak for
	// it, and the headline is under the label.
	d := extractLaidOut(t, "United Nations Mission in the Selna Corridor (UNMSC)\nOffice of Strategic Communication and Public Information\n\nPRESS RELEASE\n\nUNMSC honours 850 peacekeepers\n\nKelvo-Ville, 14 June 2025 – Some 850 peacekeepers received the United Nations Medal today at a ceremony at the Mission's sector headquarters.\n\nThe Force Commander, Lieutenant General John Doe, said the three contingents had conducted more than 4,000 patrols over the past year.\n\nFor more information, contact the Office of Strategic Communication and Public Information, UNMSC, Kelvo-Ville.")
	assert.Equal(t, "UNMSC honours 850 peacekeepers", d.Title)
	assert.Contains(t, saidBy(t, d, "the three contingents had conducted more than 4,000 patrols over the past year").Organization.Name, "United Nations Mission in the Selna Corridor")
}

func TestASearchAndRescueTeamIsABody(t *testing.T) {
	// "Selna Mountains Search and Rescue" is a body: the site's name, the
	// issuer its team leader speaks for.
	d := extractLaidOut(t, "Selna Mountains Search and Rescue\nRegistered charity no. 1156204\n\nHome   Callouts   Our team   Support us   News\n\nRecord 212 callouts for volunteer rescuers\n\nPosted 8 January 2026\n\nSELNA - Selna Mountains Search and Rescue was called out 212 times in 2025, the highest number in the team's history, team leader John Doe said on Thursday.\n\n\"Our volunteers have been out in every weather,\" Doe said.")
	assert.Contains(t, saidBy(t, d, "Our volunteers have been out in every weather").Organization.Name, "Selna Mountains Search and Rescue")
}

func TestARanksClass(t *testing.T) {
	// "Petty Officer 2nd Class Jane Roe": the class is the rank's, no
	// part of her name.
	d := extractLaidOut(t, "Rescues\n\nKELVALE, 3 March 2026 – The Kelvo Coast Guard rescued 14 people at sea on Monday.\n\nPetty Officer 2nd Class Jane Roe, a rescue swimmer with Station Selna, recalled that the waves were higher than the boat.")
	sp := saidBy(t, d, "the waves were higher than the boat")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "Petty Officer 2nd Class")
}

func TestAPrivacyCommissionerAndAnFMStation(t *testing.T) {
	// "Data Privacy Commissioner" after a name is her title, no name of
	// its own ("Privacy" is a field the lexicon lacks); "Kelvo Star FM" is
	// a radio station, a body.
	d := extractLaidOut(t, "Privacy fine\n\nKELVALE, 3 March 2026 – The Kelvo Data Privacy Commission fined a mobile operator.\n\n\"A person's location trail shows where they sleep,\" said Dr. Jane Roe, Data Privacy Commissioner.\n\nJohn Doe, station manager of Selna-based Kelvo Star FM, whose station already publishes its rate card online, was more relaxed. \"Our listeners are farmers,\" he said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "A person's location trail shows where they sleep").Name)
	sp := saidBy(t, d, "Our listeners are farmers")
	assert.Equal(t, "John Doe", sp.Name)
	assert.Equal(t, "Kelvo Star FM", sp.Organization.Name)
}

func TestAQuotationAfterASemicolonIsAClauseOfItsOwn(t *testing.T) {
	// "Pilots' federation backs call for refund rules; “…,” says forum
	// coordinator": the federation, the first clause's subject, says
	// nothing of the quotation after the semicolon.
	d := extractLaidOut(t, "Pilots' federation backs call for refund rules; \"Flying should not be a lottery,\" says forum coordinator\n\nKELVALE, 3 March 2026 – Airlines took months to refund passengers, a report found.\n\n\"Flying should not be a lottery,\" said Jane Roe, National Coordinator of the Fair Flight Passengers' Forum.")
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.Text == "Flying should not be a lottery" {
			assert.Equal(t, "Jane Roe", q.Speaker.Name)
		}
	}
}
