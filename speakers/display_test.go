package speakers

import "testing"

func TestDisplayName(t *testing.T) {
	for in, want := range map[string]string{
		"JANE ROE":             "Jane Roe",
		"Richard Alvarez ROE":  "Richard Alvarez Roe",
		"JEAN-CLAUDE O'NEILL":  "Jean-Claude O'Neill",
		"J. K. ROWLING":        "J. K. Rowling",
		"Jane Roe":             "Jane Roe",
		"ÉMILE ZOLA":           "Émile Zola",
		"Ursula von der Leyen": "Ursula von der Leyen",
		"A":                    "A",
		"Jane\nRoe":            "Jane Roe",
		"JANE\n  ROE":          "Jane Roe",
		"":                     "",
	} {
		if got := displayName(in); got != want {
			t.Errorf("displayName(%q) = %q, want %q", in, got, want)
		}
	}
}
