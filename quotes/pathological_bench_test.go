package quotes_test

import (
	"context"
	"fmt"
	"runtime"
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
		{"acronyms-8000", func(*testing.B) string { return manyAcronyms(8_000) }},
		{"dotted-run-1MB", func(*testing.B) string { return strings.Repeat("a.", mb/2) }},
		{"set-off-field-1MB", func(*testing.B) string {
			return "Jane Roe, " + strings.Repeat("Paper and Water and ", mb/20) + "Paper, said so."
		}},
		{"addresses-1MB", func(*testing.B) string {
			return strings.Repeat("Write to a.b@c.de, www.c.de or (http://c.de/x) ", mb/48)
		}},
	} {
		b.Run(in.name, func(b *testing.B) { benchOne(b, in.text(b), noLayout) })
	}
}

// BenchmarkLargeDocument compares 20 MB of news as one document with the
// same articles extracted one by one.
func BenchmarkLargeDocument(b *testing.B) {
	noLayout := quotes.WithLayout(false)
	articles := newsArticles(b, 20<<20)
	b.Run("articles-20MB", func(b *testing.B) { benchMany(b, articles, noLayout) })
	b.Run("one-document-20MB", func(b *testing.B) { benchOne(b, strings.Join(articles, "\n\n"), noLayout) })
}

func benchOne(b *testing.B, text string, opts ...quotes.Option) {
	benchMany(b, []string{text}, opts...)
}

// benchMany extracts texts one by one. Besides ns/op (wall time) it
// reports the process's CPU time per input byte (cpu-ns/byte, GC
// included), which a machine shared with other work disturbs less, the
// bytes allocated per input byte, and the quotes found.
func benchMany(b *testing.B, texts []string, opts ...quotes.Option) {
	x, err := quotes.New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	x.Extract("“We will win,” said Ann Lee.") // load the model outside the loop
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	cpu0 := cpuTime()
	b.ResetTimer()
	quotesFound, qb := 0, 0
	for i := 0; i < b.N; i++ {
		quotesFound, qb = 0, 0
		for _, t := range texts {
			d := x.Extract(t)
			quotesFound += len(d.Quotes)
			qb += quoteBytes(d)
		}
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&ms1)
	per := float64(n) * float64(b.N)
	b.ReportMetric(float64(cpu.Nanoseconds())/per, "cpu-ns/byte")
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/per, "alloc-B/byte")
	b.ReportMetric(float64(quotesFound), "quotes")
	b.ReportMetric(float64(qb)/float64(n), "quote-bytes/byte")
}

// BenchmarkBlockquotes reads pages of many blockquotes with no quotation
// marks, each under an attributed one (sieve_blockquote.go): the cost per
// byte stays flat from 16,000 to 32,000 blocks.
func BenchmarkBlockquotes(b *testing.B) {
	for _, n := range []int{16_000, 32_000} {
		page := "<article><p>Jane Roe, the Minister, said: “We act now for the towns.”</p>" +
			strings.Repeat("<blockquote><p>Every town will get water this year.</p></blockquote>", n) + "</article>"
		b.Run(fmt.Sprintf("blocks-%d", n), func(b *testing.B) {
			x, err := quotes.New()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := x.ReadHTML(context.Background(), strings.NewReader(page)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
