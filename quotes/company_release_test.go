package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCompanyDescribedByItsCountryAfterTicker(t *testing.T) {
	// "Kelvo's largest maker of trams": a possessor stands for the
	// appositive's article; the subject is the company, not its ticker.
	text := "Kelvo Rail wins tram order\n\nKELVO CITY, May 6, 2025 /Newswire/ -- Kelvo Rail A.S. (“KR” or “the Company”) (KSE: KRAIL), Kelvo's largest privately owned maker of rail vehicles, today announced that it has signed a contract for 48 trams."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Rail A.S.", speakerOf(t, d, "it has signed a contract for 48 trams"))
}

func TestSpokespersonOfTheDefinedCompany(t *testing.T) {
	// "a Company spokesperson": the company the release defines as "the
	// Company".
	text := "Kelvo Rail wins tram order\n\nKELVO CITY, May 6, 2025 /Newswire/ -- Kelvo Rail A.S. (“KR” or “the Company”) today announced a contract for 48 trams.\n\n" +
		"Asked about the financing of the order, a Company spokesperson said that the payments would be made in local currency."
	d := extractLaidOut(t, text)
	sp := saidBy(t, d, "the payments would be made in local currency")
	assert.Equal(t, "Kelvo Rail A.S.", sp.Organization.Name)
}
