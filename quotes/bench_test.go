package quotes_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v2"

	"github.com/quotekit/quotekit/quotes"
)

// Benchmarks of the full extraction (entities, speakers, quotes) and, as
// the reference, prose.NewDocument with a model loaded once and reused, on
// the same inputs: the seed release, the PolNeAR dev articles (when
// ../shared is present) and the seed repeated 100 times. Compare ns/op
// or MB/s of the pairs within one run (see BENCHMARKS.md).

// seedText is the seed release as scraped: the site's menu, then the release.
func seedText(b *testing.B) string {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "osce_fsc_2018-10-17.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// releaseText is the seed release without the page around it (3.4 KB).
func releaseText(b *testing.B) string {
	s := seedText(b)
	return s[strings.Index(s, "VIENNA, 17 October"):]
}

func devTexts(b *testing.B) []string {
	dir := os.Getenv("QUOTEKIT_POLNEAR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data", "polnear")
	}
	f, err := os.Open(filepath.Join(dir, "dev.jsonl"))
	if err != nil {
		b.Skipf("PolNeAR not found at %s: %v", dir, err)
	}
	defer f.Close()
	gold, err := quotes.ReadGold(f)
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(gold))
	for i := range gold {
		texts[i] = gold[i].Text
	}
	return texts
}

var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("bench") })

func benchExtract(b *testing.B, texts []string, opts ...quotes.Option) {
	x, err := quotes.New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	x.Extract(texts[0]) // load the model outside the loop
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			x.Extract(t)
		}
	}
}

func benchProse(b *testing.B, texts []string) {
	m := proseModel()
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := prose.NewDocument(t, prose.UsingModel(m)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// The inputs: the scraped seed page (its menu is skipped by the layout);
// the release alone; the release 100 times in one document (no layout, so
// all of it is read: per byte it must cost what the release costs); the
// PolNeAR dev articles.
func BenchmarkExtract(b *testing.B) {
	noLayout := quotes.WithLayout(false)
	b.Run("seed-page", func(b *testing.B) { benchExtract(b, []string{seedText(b)}) })
	b.Run("release", func(b *testing.B) { benchExtract(b, []string{releaseText(b)}, noLayout) })
	b.Run("releasex100", func(b *testing.B) { benchExtract(b, []string{repeat(releaseText(b), 100)}, noLayout) })
	b.Run("polnear-dev", func(b *testing.B) { benchExtract(b, devTexts(b), noLayout) })
	b.Run("polnear-dev-learned", func(b *testing.B) { benchExtract(b, devTexts(b), noLayout, quotes.WithLearned(true)) })
}

func BenchmarkProse(b *testing.B) {
	b.Run("seed-page", func(b *testing.B) { benchProse(b, []string{seedText(b)}) })
	b.Run("release", func(b *testing.B) { benchProse(b, []string{releaseText(b)}) })
	b.Run("releasex100", func(b *testing.B) { benchProse(b, []string{repeat(releaseText(b), 100)}) })
	b.Run("polnear-dev", func(b *testing.B) { benchProse(b, devTexts(b)) })
}

func repeat(s string, n int) string { return strings.Repeat(s+"\n\n", n) }
