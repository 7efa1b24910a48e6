package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Shapes read from the held-out round 34 (invented252-254) after it was
// measured, each with an invented input.

func TestASecretaryGeneralTheTextTiesToABody(t *testing.T) {
	// "Secretary-General Jane Roe", a post a body has one holder of, in
	// a council's meeting coverage that says "the Secretary-General of the
	// Kelvo Navigation Organization (KNAO) told the Council": the
	// organization's, not the council's.
	d := extractLaidOut(t, "KNAO Council\nMeetings Coverage and Press Releases\n\nInterference a global threat, Secretary-General tells Council\n\nInterference has become \"a daily operating condition\", the Secretary-General of the Kelvo Navigation Organization (KNAO) told the Council today.\n\nOpening the segment, Secretary-General Jane Roe said that the number of reports had risen. \"Behind each report is a crew,\" she said.\n\nThe President of the Council, John Doe, said members would act.")
	sp := saidBy(t, d, "Behind each report is a crew")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Navigation Organization", sp.Organization.Name)
}

func TestAWatchWithAPluralsPossessive(t *testing.T) {
	// "Kelvo Citizens' Election Watch (KCEW)": a body's name across a
	// plural's possessive, ending in "Watch", so its letters stand for it
	// under "About KCEW" too.
	d := extractLaidOut(t, "KELVO CITIZENS' ELECTION WATCH (KCEW)\n\nKCEW TO DEPLOY 2,400 OBSERVERS\n\nKelvo Citizens' Election Watch (KCEW) will deploy 2,400 observers, the coalition announced on Monday.\n\nAddressing journalists, KCEW National Coordinator Ms. Jane Roe said observers had documented handouts.\n\nAbout KCEW\nKelvo Citizens' Election Watch is a coalition of 63 organisations.")
	assert.Equal(t, "Kelvo Citizens' Election Watch", saidBy(t, d, "observers had documented handouts").Organization.Name)
}

func TestTwoPostsJoinedByAndBeforeAnInvertedName(t *testing.T) {
	// "…,” said Special Co-ordinator and leader of the short-term
	// observers Jane Roe.": her two posts, then her name, the speaker.
	d := extractLaidOut(t, "Observers report\n\nKELVALE, 3 March 2026 – The observation mission published its preliminary statement today.\n\n“Voters had a genuine choice,” said Special Co-ordinator and leader of the short-term observers Jane Roe. “That is an achievement.”")
	sp := saidBy(t, d, "Voters had a genuine choice")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Contains(t, sp.Titles, "leader of the short-term observers")
}
