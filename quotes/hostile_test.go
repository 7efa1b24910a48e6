package quotes_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/internal/testutil"
	"github.com/quotekit/quotekit/quotes"
)

// Hostile input: invalid UTF-8 and NUL bytes, documents over the limits,
// done contexts, and pathological shapes whose cost is measured against
// the same document without the pathology.

// jsonString returns s as encoding/json writes it in a JSON string: each
// byte of invalid UTF-8 becomes U+FFFD.
func jsonString(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r) // utf8.RuneError for an invalid byte
		i += size
	}
	return b.String()
}

// Offsets index the bytes given, invalid or not; JSON strings carry each
// invalid byte as U+FFFD and NUL as \u0000, and stay valid JSON.
func TestInvalidUTF8AndNUL(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct {
		name, text, quote string
		known             string // why the row fails today; "" when it passes
	}{
		{"invalid bytes before", "\xff\xfe\xfd “We will win,” said Ann Lee.", "We will win", ""},
		{"invalid bytes inside", "“We \xffwill\xc0 win,” said Ann Lee.", "We \xffwill\xc0 win", ""},
		{"cut rune", "“We will win\xe2\x80,” said Ann Lee.", "We will win\xe2\x80", ""},
		{"NUL bytes", "\x00Ann Lee spoke. “We\x00 will win,” she said.\x00", "We\x00 will win", ""},
		{"surrogate", "“We \xed\xa0\x80 win,” said Ann Lee.", "We \xed\xa0\x80 win", ""},
		{"Latin-1", "“Nous gagnerons,\xa0dit-il, \xe0 Gen\xe8ve,” said Ann Lee.", "Nous gagnerons,\xa0dit-il, \xe0 Gen\xe8ve", ""},
		{"Latin-1 name", "“We will win,” said Ren\xe9 Lee.", "We will win",
			"a name with an invalid byte (or a symbol: Ren© Lee) is no speaker, and a short unattributed quotation is dropped"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.text)
			checkSpans(t, tt.text, d)
			q := quoteWithText(d, tt.quote)
			if q == nil && tt.known != "" {
				t.Skipf("known: %s; quotes: %q", tt.known, quoteDump(d))
			}
			if tt.known != "" {
				t.Logf("known failure now passes, remove its reason: %s", tt.known)
			}
			require.NotNil(t, q, "quote %q among %v", tt.quote, quoteDump(d))
			assert.Equal(t, strings.Index(tt.text, tt.quote), q.Start, "the offset counts the bytes given")

			b, err := json.Marshal(d)
			require.NoError(t, err)
			require.True(t, json.Valid(b))
			var got struct {
				Quotes []struct {
					Text       string `json:"text"`
					Start, End int
				} `json:"quotes"`
			}
			require.NoError(t, json.Unmarshal(b, &got))
			require.Len(t, got.Quotes, len(d.Quotes))
			for i, g := range got.Quotes {
				assert.Equal(t, jsonString(d.Quotes[i].Text), g.Text, "each invalid byte is one U+FFFD")
				assert.Equal(t, d.Quotes[i].Start, g.Start, "offsets still index the bytes given")
			}
			if strings.Contains(tt.text, "\x00") {
				assert.Contains(t, string(b), `\u0000`)
			}
		})
	}
	// A page's text is valid UTF-8: the reader decodes it as a browser does.
	d, err := x.ReadHTML(context.Background(), strings.NewReader("<p>\xff\x00 “We\xc0 win,” said Ann Lee.</p>"))
	require.NoError(t, err)
	checkDocSpans(t, d)
	assert.True(t, utf8.ValidString(d.Text), "%q", d.Text)
	assert.Contains(t, d.Text, "“We\ufffd win,” said Ann Lee.")
}

func TestMaxDocumentLen(t *testing.T) {
	const limit = 1000
	x := newExtractor(t, quotes.WithMaxDocumentLen(limit))
	text := strings.Repeat("a", limit-1) + "."
	for _, tt := range []struct {
		name string
		run  func(s string) (*quotes.Document, error)
	}{
		{"ExtractContext", func(s string) (*quotes.Document, error) { return x.ExtractContext(context.Background(), s) }},
		{"ReadHTML", func(s string) (*quotes.Document, error) {
			return x.ReadHTML(context.Background(), strings.NewReader(s))
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tt.run(text)
			require.NoError(t, err, "a document of exactly the limit is read")
			assert.NotNil(t, d)
			d, err = tt.run(text + "b")
			assert.Nil(t, d)
			require.Error(t, err)
			assert.Regexp(t, `^quotes: .*over the limit of 1000 bytes \(WithMaxDocumentLen\)$`, err.Error())
		})
	}
	t.Run("Extract has no limit", func(t *testing.T) {
		assert.Equal(t, text+"b", x.Extract(text+"b").Text)
	})
	// An endless page is refused once past the limit, not read to the end
	// of memory.
	t.Run("endless HTML", func(t *testing.T) {
		x := newExtractor(t, quotes.WithMaxDocumentLen(1<<20))
		r := &endless{chunk: []byte("<p>“Words,” she said. ")}
		_, err := x.ReadHTML(context.Background(), r)
		assert.ErrorContains(t, err, "over the limit of 1048576 bytes (WithMaxDocumentLen)")
		assert.LessOrEqual(t, r.n.Load(), int64(2<<20), "bytes read")
	})
	t.Run("defaults", func(t *testing.T) {
		assert.Equal(t, 50<<20, quotes.DefaultMaxDocumentLen)
		assert.Equal(t, 10_000, quotes.DefaultMaxQuoteLen)
		assert.Equal(t, 512, quotes.DefaultMaxHTMLDepth)
	})
	t.Run("bad limits", func(t *testing.T) {
		for _, o := range []quotes.Option{quotes.WithMaxDocumentLen(0), quotes.WithMaxQuoteLen(-1), quotes.WithMaxHTMLDepth(0)} {
			_, err := quotes.New(o)
			assert.ErrorContains(t, err, "quotes: limits must be positive")
		}
	})
}

// endless is a reader that never ends.
type endless struct {
	chunk []byte
	n     atomic.Int64
}

func (e *endless) Read(p []byte) (int, error) {
	k := 0
	for k < len(p) {
		k += copy(p[k:], e.chunk)
	}
	e.n.Add(int64(k))
	return k, nil
}

// An unclosed quotation mark covers at most its sentence once past
// WithMaxQuoteLen, and what follows it is still analyzed.
func TestMaxQuoteLen(t *testing.T) {
	const limit = 500
	sentence := "The committee met on Tuesday and adopted the report by a large majority. "
	long := strings.Repeat(sentence, 40) // 3,000 bytes, one paragraph
	for _, tt := range []struct {
		name, text string
		after      string // a quote the text gives after the unclosed mark
		known      string // why the row fails today; "" when it passes
	}{
		{"to the end of the paragraph", "“Unclosed, she said. " + long + "\n\n“We will win,” said Ann Lee.", "We will win", ""},
		{"to the end of the text", "“Unclosed, she said. " + long, "", ""},
		{"a later quote in the paragraph", "“Unclosed, she said. " + long + "“We will win,” said Ann Lee. " + long, "We will win", ""},
		{"straight mark", `"Unclosed, she said. ` + long + "\n\n\"We will win,\" said Ann Lee.", "We will win", ""},
		{"many paragraphs", strings.Repeat("“Unclosed, she said. "+long+"\n\n", 5) + "“We will win,” said Ann Lee.", "We will win", ""},
		{"one long sentence", "“Unclosed, she said, " + strings.ReplaceAll(long, ".", ",") + "\n\n“We will win,” said Ann Lee.", "We will win", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := newExtractor(t, quotes.WithMaxQuoteLen(limit), quotes.WithLayout(false))
			d := x.Extract(tt.text)
			checkSpans(t, tt.text, d)
			for _, q := range d.Quotes {
				for _, p := range q.Parts {
					if p.Len() > limit+len(sentence) && tt.known != "" {
						t.Skipf("known: %s; part %v of %d bytes", tt.known, p, p.Len())
					}
					assert.LessOrEqual(t, p.Len(), limit+len(sentence), "part %v of %q", p, q.Text[:min(len(q.Text), 40)])
				}
			}
			if tt.known != "" {
				t.Logf("known failure now passes, remove its reason: %s", tt.known)
			}
			if tt.after != "" {
				found := false
				for _, q := range d.Quotes {
					if q.Text == tt.after && q.Speaker != nil && q.Speaker.Name == "Ann Lee" {
						found = true
					}
				}
				assert.True(t, found, "the quote after the unclosed mark, in %v", quoteDump(d))
			}
		})
	}
}

// A context that is done stops the work with ctx.Err() and no document.
func TestDoneContext(t *testing.T) {
	x := newExtractor(t)
	b, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.txt")
	require.NoError(t, err)
	page, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.html")
	require.NoError(t, err)
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	for _, tt := range []struct {
		name string
		ctx  context.Context
		want error
	}{
		{"canceled", canceled, context.Canceled},
		{"deadline", expired, context.DeadlineExceeded},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := x.ExtractContext(tt.ctx, string(b))
			assert.Nil(t, d)
			assert.ErrorIs(t, err, tt.want)
			d, err = x.ReadHTML(tt.ctx, strings.NewReader(string(page)))
			assert.Nil(t, d)
			assert.ErrorIs(t, err, tt.want)
		})
	}
	// A context done at any of its checks gives its error, never a
	// partial document.
	for _, html := range []bool{false, true} {
		calls := countChecks(t, func(ctx context.Context) error {
			_, err := extractOrRead(x, ctx, html, b, page)
			return err
		})
		require.Greater(t, calls, 2, "the context is checked between phases")
		for k := range calls {
			ctx := &doneAfter{Context: context.Background(), left: int64(k)}
			d, err := extractOrRead(x, ctx, html, b, page)
			assert.Nil(t, d, "html %v, done at check %d", html, k)
			assert.ErrorIs(t, err, context.Canceled, "html %v, done at check %d", html, k)
		}
	}
}

func extractOrRead(x *quotes.Extractor, ctx context.Context, html bool, text, page []byte) (*quotes.Document, error) {
	if html {
		return x.ReadHTML(ctx, strings.NewReader(string(page)))
	}
	return x.ExtractContext(ctx, string(text))
}

// countChecks returns how many times f checks its context.
func countChecks(t *testing.T, f func(ctx context.Context) error) int {
	t.Helper()
	ctx := &doneAfter{Context: context.Background(), left: 1 << 40}
	require.NoError(t, f(ctx))
	return int(1<<40 - ctx.left)
}

// doneAfter is a context that is done from its left+1st check on.
type doneAfter struct {
	context.Context
	left int64
}

func (c *doneAfter) Err() error {
	if atomic.AddInt64(&c.left, -1) < 0 {
		return context.Canceled
	}
	return nil
}

func (c *doneAfter) Done() <-chan struct{} {
	if atomic.LoadInt64(&c.left) <= 0 {
		ch := make(chan struct{})
		close(ch)
		return ch
	}
	return nil
}

// countdownCtx is a context whose Err turns to context.Canceled after it
// has been asked n times: a cancel in the middle of an extraction, at the
// same point on every machine, however loaded.
type countdownCtx struct {
	context.Context
	n    int
	done chan struct{}
}

func newCountdown(n int) *countdownCtx {
	return &countdownCtx{Context: context.Background(), n: n, done: make(chan struct{})}
}

func (c *countdownCtx) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	if c.n--; c.n == 0 {
		close(c.done)
	}
	return nil
}

func (c *countdownCtx) Done() <-chan struct{} { return c.done }

// Cancelling a long extraction returns before the extraction would have
// ended. The context is checked between phases and every 64 sentences:
// cancelled at half its checks, an extraction of a megabyte returns
// context.Canceled having done (allocated) less than the whole work.
func TestCancelPrompt(t *testing.T) {
	if testing.Short() {
		t.Skip("a megabyte of input")
	}
	x := newExtractor(t)
	text := longText(t, 1<<20)
	counter := newCountdown(1 << 30)
	var d *quotes.Document
	var err error
	full := allocated(func() { d, err = x.ExtractContext(counter, text) })
	require.NoError(t, err)
	require.NotNil(t, d)
	checks := 1<<30 - counter.n
	require.Greater(t, checks, 10, "the context is checked as the extraction goes")
	part := allocated(func() { d, err = x.ExtractContext(newCountdown(checks/2), text) })
	require.ErrorIs(t, err, context.Canceled)
	require.Nil(t, d)
	t.Logf("a full extraction checks its context %d times and allocates %d bytes; cancelled at check %d, %d (%.2f)",
		checks, full, checks/2, part, float64(part)/float64(full))
	assert.Less(t, float64(part), 0.95*float64(full), "a cancelled extraction stops before its end")
}

// longText returns about n bytes of the seed release's body, repeated.
func longText(t testing.TB, n int) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.txt")
	require.NoError(t, err)
	s := string(b)
	s = s[strings.Index(s, "VIENNA, 17 October"):]
	var out strings.Builder
	for out.Len() < n {
		out.WriteString(s)
		out.WriteString("\n\n")
	}
	return out.String()
}

// allocated returns the bytes f allocates on the heap.
var allocated = testutil.Allocated

// ratio returns how many more bytes per input byte patho allocates than
// base, each measured by its smallest of runs runs. Allocation stands for
// work here: unlike time, it does not change with the machine's load, so
// the test cannot fail because other jobs share the machine (the
// benchmarks measure the time).
func ratio(t *testing.T, runs int, base, patho string, f func(string)) float64 {
	t.Helper()
	var ab, ap uint64
	for range runs {
		b, p := allocated(func() { f(base) }), allocated(func() { f(patho) })
		if ab == 0 || b < ab {
			ab = b
		}
		if ap == 0 || p < ap {
			ap = p
		}
	}
	r := (float64(ap) / float64(len(patho))) / (float64(ab) / float64(len(base)))
	t.Logf("base %d bytes allocating %d, pathological %d bytes allocating %d: %.2f times the allocation per byte", len(base), ab, len(patho), ap, r)
	return r
}

// maxRatio bounds the allocation per byte of a pathological input against
// the same input without the pathology.
const maxRatio = 5

func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("megabytes of input")
	}
	x := newExtractor(t)
	extract := func(s string) {
		d, err := x.ExtractContext(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, s, d)
	}
	readHTML := func(s string) {
		d, err := x.ReadHTML(context.Background(), strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		checkDocSpans(t, d)
	}
	t.Run("10,000 unbalanced quote marks", func(t *testing.T) {
		base := longText(t, 1<<20)
		assert.Less(t, ratio(t, 3, base, withMarks(base, 10_000), extract), float64(maxRatio))
	})
	t.Run("twice the marks on twice the text", func(t *testing.T) {
		// Linear: the cost per byte stays when marks and text double.
		base := longText(t, 1<<20)
		long := longText(t, 2<<20)
		assert.Less(t, ratio(t, 3, withMarks(base, 10_000), withMarks(long, 20_000), extract), 1.5)
	})
	t.Run("1 MB without a sentence break", func(t *testing.T) {
		base := longText(t, 1<<20)
		patho := regexp.MustCompile(`[.!?;:\n]+`).ReplaceAllString(base, " ")
		assert.Less(t, ratio(t, 2, base, patho, extract), float64(maxRatio))
	})
	t.Run("an unclosed mark before 1 MB without a sentence break", func(t *testing.T) {
		text := longText(t, 1<<20)
		text = regexp.MustCompile(`[.!?;:\n“”"]+`).ReplaceAllString(text, " ")
		text = "“" + text
		d := x.Extract(text)
		checkSpans(t, text, d)
		require.NotEmpty(t, d.Quotes)
		for _, q := range d.Quotes {
			assert.LessOrEqual(t, q.Len(), 2*quotes.DefaultMaxQuoteLen, "quote %v", q.Span)
		}
	})
	t.Run("unknown one-word speakers", func(t *testing.T) {
		// The rules cannot tell whether "Zorblax" is a person: prose's model
		// settles it, once per name in a document, not once per mention.
		// Against the same text without the model, the model adds a cost per
		// name, not per mention.
		var b strings.Builder
		for i := 0; b.Len() < 200_000; i++ {
			fmt.Fprintf(&b, "“We need a plan,” Zorb%s said. ", strings.Repeat("a", i%7))
		}
		text := b.String()
		noModel := newExtractor(t, quotes.WithModel(false))
		var without, with uint64
		for range 2 {
			w := allocated(func() { noModel.Extract(text) })
			m := allocated(func() { extract(text) })
			if without == 0 || w < without {
				without = w
			}
			if with == 0 || m < with {
				with = m
			}
		}
		// Each of the 7 names costs one run of prose on a sentence;
		// entities' TestRefineOncePerName counts the runs. Once per
		// mention, it was over 100 times the work.
		t.Logf("%d bytes: %d bytes allocated without the model, %d with it", len(text), without, with)
		assert.Less(t, float64(with)/float64(without), 10.0)
	})
	t.Run("100,000 nested HTML elements", func(t *testing.T) {
		const n = 100_000
		body := "<p>“We will win,” said Ann Lee, the minister, on Tuesday.</p>"
		base := strings.Repeat("<div></div>", n) + body
		patho := strings.Repeat("<div>", n) + body + strings.Repeat("</div>", n)
		assert.Less(t, ratio(t, 3, base, patho, readHTML), float64(maxRatio))
		d, err := x.ReadHTML(context.Background(), strings.NewReader(patho))
		require.NoError(t, err)
		assert.Contains(t, d.Text, "“We will win,” said Ann Lee")
	})
}

// withMarks returns s with n quotation marks put before words, after
// words and alone, at places drawn from a fixed seed: none of them closed
// where it opens.
func withMarks(s string, n int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	marks := []string{"“", "”", "\"", "„", "«", "''", "``"}
	words := strings.SplitAfter(s, " ")
	for range n {
		i := rng.IntN(len(words))
		m := marks[rng.IntN(len(marks))]
		switch rng.IntN(3) {
		case 0:
			words[i] = m + words[i]
		case 1:
			words[i] = strings.TrimSuffix(words[i], " ") + m + " "
		default:
			words[i] += m + " "
		}
	}
	return strings.Join(words, "")
}
