package quotes_test

import (
	"strings"
	"testing"

	"github.com/quotekit/quotekit/quotes"
)

// BenchmarkPathological measures each pathological input against ordinary
// text (the seed release repeated, about 1 MB, in one document): compare
// MB/s and B/byte (bytes allocated per input byte) within one run. Sizes
// are about 1 MB except where the shape fixes a count.
func BenchmarkPathological(b *testing.B) {
	const mb = 1 << 20
	noLayout := quotes.WithLayout(false)
	for _, in := range []struct {
		name string
		text func(b *testing.B) string
	}{
		{"ordinary-1MB", func(b *testing.B) string { return longText(b, mb) }},
		{"cue-soup-1MB", func(*testing.B) string { return cueSoup(mb) }},
		{"quotes-10000-one-paragraph", func(*testing.B) string { return manyQuotes(10_000) }},
		{"sentence-200000-words", func(b *testing.B) string { return oneSentence(b, 1_250_000) }},
		{"speakers-5000", func(*testing.B) string { return manySpeakers(5_000) }},
		{"name-runs-2000", func(*testing.B) string { return nameRuns(mb, 2_000) }},
		{"nested-marks-20000", func(*testing.B) string { return nestedMarks(20_000) }},
	} {
		b.Run(in.name, func(b *testing.B) { benchOne(b, in.text(b), noLayout) })
	}
}

// BenchmarkLargeDocument compares 20 MB of news as one document with the
// same articles extracted one by one.
func BenchmarkLargeDocument(b *testing.B) {
	noLayout := quotes.WithLayout(false)
	articles := newsArticles(b, 20<<20)
	b.Run("articles-20MB", func(b *testing.B) { benchExtract(b, articles, noLayout) })
	b.Run("one-document-20MB", func(b *testing.B) { benchOne(b, strings.Join(articles, "\n\n"), noLayout) })
}

func benchOne(b *testing.B, text string, opts ...quotes.Option) {
	x, err := quotes.New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	x.Extract("“We will win,” said Ann Lee.") // load the model outside the loop
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	var d *quotes.Document
	for i := 0; i < b.N; i++ {
		d = x.Extract(text)
	}
	b.StopTimer()
	b.ReportMetric(float64(len(d.Quotes)), "quotes")
	b.ReportMetric(float64(quoteBytes(d))/float64(len(text)), "quote-bytes/byte")
}
