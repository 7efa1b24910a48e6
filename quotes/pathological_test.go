package quotes_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// The pathological suite: inputs shaped to make a naive extractor scan to
// a sentence's or paragraph's end once per token, each built to about the
// size of an ordinary text it is compared with. The tests bound what is
// deterministic (quotes and bytes of quote text against the input); the
// benchmarks measure time and memory per byte (see BENCHMARKS.md).

// cueSoup returns about n bytes of words like "the minister said that
// Funered OSCE co-operation" in a random order, with no sentence end: each
// "said" may open reported speech that runs to the end of the text.
func cueSoup(n int) string {
	words := strings.Fields("the minister said that Funered OSCE co-operation")
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[rng.IntN(len(words))])
	}
	return b.String()
}

// manyQuotes returns n short attributed quotations in one paragraph.
func manyQuotes(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "“We will win the vote number %d,” said Ann Lee, the minister. ", i)
	}
	return b.String()
}

// oneSentence returns ordinary text of about n bytes with every sentence
// end and line break removed: one sentence of n/6 words.
func oneSentence(t testing.TB, n int) string {
	return regexp.MustCompile(`[.!?;:\n]+`).ReplaceAllString(longText(t, n), " ")
}

var (
	firstNames = strings.Fields("Ann Bo Carla Dmitri Elena Farid Greta Hans Ines Jonas Kira Lars Maria Nils Olga Pavel Rosa Sven Tomas Vera")
	syllables  = strings.Fields("ber ka lo vin dre sto mar pel quin ra tes ul wen zor ga fi")
)

// surname returns a distinct made-up surname for each i ("Berkalo").
func surname(i int) string {
	var b strings.Builder
	for k := 0; k < 3; k++ {
		b.WriteString(syllables[i%len(syllables)])
		i /= len(syllables)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// manySpeakers returns one document in which n distinct people speak.
func manySpeakers(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "“We will win the vote,” said %s %s, the minister of %s affairs. %s added that the plan would work.\n\n",
			firstNames[i%len(firstNames)], surname(i), strings.ToLower(surname(i+1)), surname(i))
	}
	return b.String()
}

// nameRuns returns runs of k names, titles and organizations without a
// sentence end, about n bytes in all.
func nameRuns(n, k int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		for j := 0; j < k && b.Len() < n; j++ {
			m := i*k + j
			switch m % 3 {
			case 0:
				fmt.Fprintf(&b, "%s %s, ", firstNames[m%len(firstNames)], surname(m))
			case 1:
				fmt.Fprintf(&b, "Deputy Minister %s %s of the %s Foundation, ", firstNames[m%len(firstNames)], surname(m), surname(m+7))
			default:
				fmt.Fprintf(&b, "Ambassador %s, Permanent Representative of %s to the OSCE, ", surname(m), surname(m+3))
			}
		}
		b.WriteString("said the statement.\n\n")
	}
	return b.String()
}

// bodiesInFull returns one document in which n distinct bodies are named
// in full and then by their first words before a post, with an authority
// named head first, a known body's alias and a headline's chief: the
// shapes whose organization is looked up across the text
// (bodyNamedInFull, orgOpeningWith, namesBodyOf, topPostNamedAfter).
func bodiesInFull(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s Union Chief Says Plan Works\n\nMembers of the %s Union of the %s Academy met. %s Union President %s %s said: “We will act.” The Region said costs were covered. The Commission said so.\n\n",
			surname(i), surname(i), surname(i+1), surname(i), firstNames[i%len(firstNames)], surname(i+2))
	}
	return b.String()
}

// manyAcronyms returns one document in which n organizations are named
// with a stated acronym and then by it, as a long report does.
func manyAcronyms(n int) string {
	var b strings.Builder
	for i := range n {
		name := surname(i) + " " + surname(i+5) + " Agency"
		acr := initialsOf(name)
		fmt.Fprintf(&b, "The %s (%s) published a report. %s said that the report was late. %s officials agreed.\n\n", name, acr, acr, acr)
	}
	return b.String()
}

// initialsOf returns the capitals that start the words of name.
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		b.WriteByte(w[0])
	}
	return b.String()
}

// nestedMarks returns depth quotation marks opened, alternating double and
// single, each after a word, then closed in reverse order.
func nestedMarks(depth int) string {
	open, closing := []string{"“", "‘"}, []string{"”", "’"}
	var b strings.Builder
	b.WriteString("Ann Lee said: ")
	for i := range depth {
		b.WriteString(open[i%2])
		b.WriteString("we said ")
	}
	b.WriteString("nothing")
	for i := depth - 1; i >= 0; i-- {
		b.WriteString(closing[i%2])
		b.WriteString(" she said ")
	}
	b.WriteString(".")
	return b.String()
}

// newsArticles returns ordinary news articles of about n bytes in all: the
// PolNeAR train and dev texts when ../shared is present (repeated as
// needed), else the seed release.
func newsArticles(t testing.TB, n int) []string {
	var texts []string
	dir := os.Getenv("QUOTEKIT_POLNEAR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data", "polnear")
	}
	for _, name := range []string{"train.jsonl", "dev.jsonl"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		gold, err := quotes.ReadGold(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gold {
			texts = append(texts, g.Text)
		}
	}
	if len(texts) == 0 {
		texts = []string{longText(t, 3000)}
	}
	var out []string
	for size := 0; size < n; {
		for _, s := range texts {
			if size >= n {
				break
			}
			out = append(out, s)
			size += len(s) + 2
		}
	}
	return out
}

// quoteBytes is the total length of the quotes' parts.
func quoteBytes(d *quotes.Document) int {
	n := 0
	for _, q := range d.Quotes {
		for _, p := range q.Parts {
			n += p.Len()
		}
	}
	return n
}

// Each pathological input gives a result within fixed bounds of its size:
// the bytes of quote text at most maxQuoteBytes times the input's (the
// cover bound of bounds.go), every part of reported speech within
// WithMaxQuoteLen (plus the word that reaches it), and the quotes that an
// ordinary reading finds are still found.
func TestPathologicalBounds(t *testing.T) {
	if testing.Short() {
		t.Skip("megabytes of input")
	}
	const maxQuoteBytes = 4 // maxCover in bounds.go
	x := newExtractor(t, quotes.WithLayout(false))
	for _, tt := range []struct {
		name      string
		text      string
		minQuotes int // quotes expected at least
		speakers  int // distinct speakers expected at least
	}{
		{"cue soup", cueSoup(1 << 20), 1, 1},
		{"10,000 quotes in one paragraph", manyQuotes(10_000), 10_000, 1},
		{"a sentence of 200,000 words", oneSentence(t, 1_250_000), 1, 1},
		{"5,000 speakers", manySpeakers(5_000), 10_000, 5_000},
		{"runs of 2,000 names", nameRuns(1<<20, 2_000), 1, 1},
		{"20,000 nested marks", nestedMarks(20_000), 1, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.text)
			checkSpans(t, tt.text, d)
			n := quoteBytes(d)
			t.Logf("%d bytes: %d quotes, %d bytes of quote text (%.2f per byte), %d speakers",
				len(tt.text), len(d.Quotes), n, float64(n)/float64(len(tt.text)), len(d.Speakers))
			assert.LessOrEqual(t, n, maxQuoteBytes*len(tt.text))
			assert.GreaterOrEqual(t, len(d.Quotes), tt.minQuotes)
			assert.GreaterOrEqual(t, len(d.Speakers), tt.speakers)
			for _, q := range d.Quotes {
				if q.Kind == quotes.Direct {
					continue
				}
				for _, p := range q.Parts {
					assert.LessOrEqual(t, p.Len(), quotes.DefaultMaxQuoteLen+64, "%s quote %v", q.Kind, p)
				}
			}
		})
	}
	// Without the bounds, every "said" of the soup opened reported speech
	// to the end of the text: 10,000 words gave 1,668 quotes and bytes of
	// quote text growing with the square of the input.
	t.Run("cue soup grows linearly", func(t *testing.T) {
		small, large := x.Extract(cueSoup(100_000)), x.Extract(cueSoup(400_000))
		rs, rl := float64(quoteBytes(small))/100_000, float64(quoteBytes(large))/400_000
		t.Logf("quote bytes per byte: %.2f at 100 KB, %.2f at 400 KB", rs, rl)
		assert.LessOrEqual(t, rl, rs*1.25+0.1)
		assert.LessOrEqual(t, len(large.Quotes), 5*len(small.Quotes))
	})
}

// Reported speech runs at most WithMaxQuoteLen bytes, like an unclosed
// quotation mark: to the word that reaches the limit.
func TestReportedSpeechBounded(t *testing.T) {
	const limit = 300
	x := newExtractor(t, quotes.WithLayout(false), quotes.WithMaxQuoteLen(limit))
	text := "Ann Lee, the minister, said that " + strings.Repeat("the committee would adopt the report, ", 40) + "and then it did."
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.NotEmpty(t, d.Quotes, "the reported speech is still found")
	q := d.Quotes[0]
	assert.Equal(t, quotes.Indirect, q.Kind)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Ann Lee", q.Speaker.Name)
	assert.True(t, strings.HasPrefix(q.Text, "the committee would adopt"), q.Text)
	assert.LessOrEqual(t, q.Len(), limit+len("committee,"))
	assert.Greater(t, q.Len(), limit-len("committee,"))
	// The same sentence under the default limit is reported whole.
	d = newExtractor(t, quotes.WithLayout(false)).Extract(text)
	require.NotEmpty(t, d.Quotes)
	assert.True(t, strings.HasSuffix(d.Quotes[0].Text, "and then it did"), d.Quotes[0].Text)
}

// Each shape allocates as many times per byte at twice the size: a count
// that the machine's load does not disturb, unlike time (which
// BenchmarkPathological measures). It catches a rule that allocates per
// token per sentence or paragraph; a scan that allocates nothing shows in
// the benchmarks and in TestPathologicalBounds' output bounds instead.
func TestPathologicalLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("megabytes of input")
	}
	x := newExtractor(t, quotes.WithLayout(false))
	for _, tt := range []struct {
		name string
		text func(n int) string // about n bytes
	}{
		{"ordinary", func(n int) string { return longText(t, n) }},
		{"cue soup", cueSoup},
		{"quotes in one paragraph", func(n int) string { return manyQuotes(n / 68) }},
		{"one sentence", func(n int) string { return oneSentence(t, n) }},
		{"distinct speakers", func(n int) string { return manySpeakers(n / 124) }},
		{"runs of names", func(n int) string { return nameRuns(n, 2_000) }},
		{"nested marks", func(n int) string { return nestedMarks(n / 24) }},
		{"bodies named in full", func(n int) string { return bodiesInFull(n / 215) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			small, large := tt.text(200_000), tt.text(400_000)
			x.Extract(small) // the model's first runs
			as := testing.AllocsPerRun(1, func() { x.Extract(small) }) / float64(len(small))
			al := testing.AllocsPerRun(1, func() { x.Extract(large) }) / float64(len(large))
			t.Logf("allocations per byte: %.4f at %d bytes, %.4f at %d bytes", as, len(small), al, len(large))
			assert.LessOrEqual(t, al, 1.2*as, "allocations per byte at twice the size")
		})
	}
}

// A verb that takes a quotation ("attack") at the very end of the text has
// nothing after it: no quote, no panic (a fuzz find; the corpus keeps it).
func TestCueAtTextEnd(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{"0 attack", "They attack", "Ann Lee said", "Ann Lee said:", "Drought: ‘We are running out of time’,", "Drought: ‘We are running out of time’, says"} {
		d := x.Extract(text)
		checkSpans(t, text, d)
	}
}
