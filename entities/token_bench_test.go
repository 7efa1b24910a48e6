package entities

import (
	"strings"
	"testing"
)

// BenchmarkTokenize measures tokenizing ordinary release text against
// text shaped to make an address scanner rescan the same bytes from every
// token: each runs at about the same cost per byte.
func BenchmarkTokenize(b *testing.B) {
	for _, bb := range []struct{ name, text string }{
		{"ordinary", strings.Repeat("“We will open the plant in May,” said Jane Roe, chief executive of Acme Robotics (jane.roe@acme.example). ", 2000)},
		{"dashes", strings.Repeat("a-", 100_000)},
		{"dotted", strings.Repeat("a.", 100_000)},
		{"web addresses", strings.Repeat("!http://", 25_000)},
		{"quoted web addresses", strings.Repeat("'www.a.b", 25_000)},
		{"at signs", strings.Repeat("a@a.", 50_000)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(bb.text)))
			b.ReportAllocs()
			for b.Loop() {
				Tokenize(bb.text, 0, len(bb.text))
			}
		})
	}
}
