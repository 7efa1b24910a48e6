package presseval

import "testing"

// TestNorm checks Norm and Bare against what score_press.py's norm and
// bare give (Python 3.11) on strings that exercise each step: final sigma,
// marks, compatibility forms, ł, curly quotes, Python's white space.
// Every code point Python 3.11 knows, between two letters, was also
// compared once against Python and agreed.
func TestNorm(t *testing.T) {
	for _, c := range []struct{ in, norm, bare string }{
		{"ΟΔΟΣ ΣΑΣ.", "οδος σας.", "οδος σας"},
		{"Σ", "σ", "σ"},
		{"AΣ'B", "aσ'b", "aσ b"},
		{"AΣ'", "aς'", "aς"},
		{"ΑΣ\u0301 x", "ας x", "ας x"},
		{"  Łukasz\u00a0 Nowak’s ", "lukasz nowak's", "lukasz nowak s"},
		{"“Hello, World!”", `"hello, world!"`, "hello world"},
		{"İstanbul ﬁne ½ x²", "istanbul fine 1⁄2 x2", "istanbul fine 1 2 x2"},
		{"Bad\x1cSep\u2028x", "bad sep x", "bad sep x"},
		{"São Paulo's_top-10", "sao paulo's_top-10", "sao paulo s_top 10"},
		{"a\xffb", "a\ufffdb", "a b"},
		{"", "", ""},
	} {
		if got := Norm(c.in); got != c.norm {
			t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.norm)
		}
		if got := Bare(c.in); got != c.bare {
			t.Errorf("Bare(%q) = %q, want %q", c.in, got, c.bare)
		}
	}
}
