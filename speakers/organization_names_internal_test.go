package speakers

import (
	"testing"

	"github.com/quotekit/quotekit/entities"
)

// TestOrgNameWrappedLine: a body's name the line wraps is named with plain
// spaces; its entity keeps the text as written.
func TestOrgNameWrappedLine(t *testing.T) {
	e := &entities.Entity{Kind: entities.Organization, Text: "Amalgamated\nBus and Transit Workers' Union", Acronym: "ABTWU"}
	if got := orgOf(e); got.Name != "Amalgamated Bus and Transit Workers' Union" || got.Acronym != "ABTWU" {
		t.Errorf("orgOf = %+v", got)
	}
	if e.Text != "Amalgamated\nBus and Transit Workers' Union" {
		t.Errorf("the entity's text changed: %q", e.Text)
	}
}
