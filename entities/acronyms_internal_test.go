package entities

import "testing"

// TestSyllabicMatch: a mixed-case acronym of some of a name's words'
// first letters or syllables, in order, matches; initials in capitals and
// acronyms of letters the name lacks do not.
func TestSyllabicMatch(t *testing.T) {
	for _, tt := range []struct {
		name, acr string
		want      bool
	}{
		{"Kelvo Grid Company", "KelGRIDCo", true},
		{"Ghana Grid Company", "GRIDCo", true},
		{"Kelvan Meteorological Agency", "KeMet", true},
		{"Kelvo Cocoa Board", "KeCoBo", true},
		{"Kelvo Grid Company", "KGC", false},    // initials in capitals: initialsMatch's
		{"Kelvo Grid Company", "GridX", false},  // an X the name lacks
		{"Kelvo Grid Company", "Kelvo", false},  // one word
		{"Kelvo Grid Company", "CoGrid", false}, // out of order
		{"Kelvo Grid Company", "Gr1dCo", false}, // not letters
	} {
		if got := syllabicMatch(tt.name, tt.acr); got != tt.want {
			t.Errorf("syllabicMatch(%q, %q) = %v, want %v", tt.name, tt.acr, got, tt.want)
		}
	}
}
