package quotes_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/quotes"
)

func readHTML(t testing.TB, x *quotes.Extractor, src string) *quotes.Document {
	t.Helper()
	d, err := x.ReadHTML(context.Background(), strings.NewReader(src))
	require.NoError(t, err)
	checkDocSpans(t, d)
	return d
}

func newExtractor(t testing.TB, opts ...quotes.Option) *quotes.Extractor {
	t.Helper()
	x, err := quotes.New(opts...)
	require.NoError(t, err)
	return x
}

// The HTML rendering of the seed release (site menu, language menu,
// cookie banner, share buttons, footer) gives what its text dump gives.
func TestReadHTMLSeed(t *testing.T) {
	x := newExtractor(t)
	txt, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.txt")
	require.NoError(t, err)
	src, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.html")
	require.NoError(t, err)
	want := x.Extract(string(txt))
	got := readHTML(t, x, string(src))

	assert.Equal(t, want.Title, got.Title)
	assert.Equal(t, "2018-10-17", got.Date)
	assert.Equal(t, "Vienna", got.Place)
	assert.Equal(t, "Forum for Security Co-operation", got.Source)
	assert.Equal(t, "https://www.osce.org/forum-for-security-cooperation/400304", got.URL)
	assert.Equal(t, "en", got.Language)
	assert.Equal(t, want.Body.In(want.Text), strings.ReplaceAll(got.Body.In(got.Text), "\n\n", "\n"), "the same body text, paragraphs apart")
	for _, junk := range []string{"cookies", "Arms control", "Français", "Share on", "Related news", "Terms of use"} {
		assert.NotContains(t, got.Text, junk)
	}
	assert.Equal(t, speakerDump(want), speakerDump(got))
	assert.Equal(t, quoteDump(want), quoteDump(got))
	assert.Len(t, got.Quotes, len(want.Quotes))
}

// speakerDump lists a document's speakers with their titles and
// organizations, one line each.
func speakerDump(d *quotes.Document) []string {
	var out []string
	for _, s := range d.Speakers {
		out = append(out, s.ID+" "+s.Kind.String()+" "+s.Name+" | "+s.Honorific+" | "+strings.Join(s.Titles, "; ")+" | "+s.Organization.String())
	}
	return out
}

// quoteDump lists a document's quotes without offsets, one line each.
func quoteDump(d *quotes.Document) []string {
	var out []string
	for _, q := range d.Quotes {
		who, cue := "-", "-"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		out = append(out, q.Kind.String()+" "+q.Rule.String()+" ["+who+"] ("+cue+") "+q.Text)
	}
	return out
}

const release = `<!doctype html><html lang="en-GB"><head><title>Minister backs plan | Ministry of Health</title>
<link rel="canonical" href="https://example.org/news/1"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li></ul></nav>
<article><h1>Minister backs plan</h1>
<p>BERLIN, 3 May 2024 &ndash; &ldquo;We will act now,&rdquo; said Anna Schmidt, the Minister of Health, at a meeting with doctors on Friday.</p>
<p>She added that more work was needed before the winter.</p></article>
<footer><p>&copy; Ministry of Health. All rights reserved, as the law says.</p></footer></body></html>`

func TestReadHTML(t *testing.T) {
	x := newExtractor(t)
	d := readHTML(t, x, release)
	assert.Equal(t, "Minister backs plan", d.Title)
	assert.Equal(t, "2024-05-03", d.Date)
	assert.Equal(t, "Berlin", d.Place)
	assert.Equal(t, "Ministry of Health", d.Source)
	assert.Equal(t, "https://example.org/news/1", d.URL)
	assert.Equal(t, "en-GB", d.Language)
	assert.True(t, strings.HasPrefix(d.Text, "Minister backs plan\n\nBERLIN, 3 May 2024 – “We will act now,” said"), "text %q", d.Text)
	assert.True(t, strings.HasPrefix(d.Body.In(d.Text), "BERLIN, 3 May 2024"), "the headline is not body")
	assert.NotContains(t, d.Text, "About us")
	assert.NotContains(t, d.Text, "rights reserved")
	require.NotEmpty(t, d.Quotes)
	q := d.Quotes[0]
	assert.Equal(t, quotes.Direct, q.Kind)
	assert.Equal(t, "We will act now", q.Text)
	if assert.NotNil(t, q.Speaker) {
		assert.Equal(t, "Anna Schmidt", q.Speaker.Name)
	}
}

func TestReadHTMLLayoutOff(t *testing.T) {
	x := newExtractor(t, quotes.WithLayout(false))
	d := readHTML(t, x, release)
	assert.Equal(t, entities.Span{Start: 0, End: len(d.Text)}, d.Body, "with layouts off the whole text is the body")
	assert.Equal(t, "Minister backs plan", d.Title, "the page's metadata is still read")
}

func TestReadHTMLLimits(t *testing.T) {
	t.Run("size", func(t *testing.T) {
		x := newExtractor(t, quotes.WithMaxDocumentLen(100))
		_, err := x.ReadHTML(context.Background(), strings.NewReader(release))
		assert.ErrorContains(t, err, "over the limit of 100 bytes")
		d, err := x.ReadHTML(context.Background(), strings.NewReader("<p>Short.</p>"))
		require.NoError(t, err)
		assert.Equal(t, "Short.", d.Text)
	})
	t.Run("depth", func(t *testing.T) {
		x := newExtractor(t, quotes.WithMaxHTMLDepth(8))
		src := strings.Repeat("<div>", 5000) + "<p>“Deep words,” she said.</p>" + strings.Repeat("</div>", 5000)
		d := readHTML(t, x, src)
		assert.Contains(t, d.Text, "“Deep words,” she said.")
	})
	t.Run("canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := newExtractor(t).ReadHTML(ctx, strings.NewReader(release))
		assert.ErrorIs(t, err, context.Canceled)
	})
	t.Run("read error", func(t *testing.T) {
		_, err := newExtractor(t).ReadHTML(context.Background(), failingReader{})
		assert.ErrorIs(t, err, os.ErrClosed)
	})
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, os.ErrClosed }

// Broken HTML is read the way a browser reads it.
func TestReadHTMLBroken(t *testing.T) {
	x := newExtractor(t)
	for _, src := range []string{
		"",
		"<",
		"<p>“Unclosed, she said.",
		"<html><body><p>a<b>b<i>c</p>d</b>e<table><td>f</html>",
		"<p>\x00\xff\xfe “x,” he said</p>",
		strings.Repeat("<table><tr><td>", 2000),
		"<script>“not text,” he said",
	} {
		t.Run(src[:min(len(src), 20)], func(t *testing.T) {
			d := readHTML(t, x, src)
			assert.NotContains(t, d.Text, "not text")
		})
	}
}

func BenchmarkReadHTML(b *testing.B) {
	src, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.html")
	require.NoError(b, err)
	x := newExtractor(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.ReadHTML(context.Background(), bytes.NewReader(src)); err != nil {
			b.Fatal(err)
		}
	}
}

// A Windows-1252 page comes out in UTF-8: its 0x93 and 0x94 bytes are
// curly quotation marks, 0xE9 is é, and spans index the decoded text.
func TestReadHTMLWindows1252(t *testing.T) {
	x := newExtractor(t)
	page := "<html><head><meta charset=\"windows-1252\"><title>Vote</title></head><body>" +
		"<p>\x93We will win the vote in Gen\xe8ve,\x94 said Ren\xe9e Lee, the minister.</p></body></html>"
	d, err := x.ReadHTML(context.Background(), strings.NewReader(page))
	require.NoError(t, err)
	checkDocSpans(t, d)
	q := quoteWithText(d, "We will win the vote in Genève")
	require.NotNil(t, q, "quotes: %v", quoteDump(d))
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Renée Lee", q.Speaker.Name)
	assert.Equal(t, "“", d.Text[q.Start-len("“"):q.Start])
}

// TestBlockquotesWithoutMarks: a page that sets a speaker's words apart as
// blockquotes with no quotation marks, one paragraph each under "Jane Roe
// said:", gives each block to her; a block with its attribution in a
// <footer> under it is that person's.
func TestBlockquotesWithoutMarks(t *testing.T) {
	x := newExtractor(t)
	src := `<html><head><title>Fund opens for rural towns - GOV.UK</title></head><body><main><article>
<h1>Fund opens for rural towns</h1>
<p>The government today opened a £20 million fund for rural water schemes in 40 towns across the county.</p>
<p>Minister for Rural Water Dara Quill said:</p>
<blockquote><p>Too many towns have waited years for clean water. This fund ends that wait for forty of them.</p></blockquote>
<blockquote><p>Every pound will reach the towns that have gone without for longest, and they will come first.</p></blockquote>
<p>Applications open on 1 October and the first grants will be paid before the end of January.</p>
<blockquote><p>Clean water is the first thing a town needs before anything else can grow there.</p><footer><cite>Bob Roe, Chair of the Kelvo Towns Network</cite></footer></blockquote>
<p>The fund will run until March 2028 and will be reviewed after its first year of grants.</p>
</article></main></body></html>`
	d := readHTML(t, x, src)
	for want, who := range map[string]string{
		"Every pound will reach the towns": "Dara Quill",
		"Clean water is the first thing":   "Bob Roe",
		"Too many towns have waited years": "Dara Quill",
	} {
		var q *quotes.Quote
		for i := range d.Quotes {
			if strings.HasPrefix(d.Quotes[i].Text, want) {
				q = &d.Quotes[i]
			}
		}
		require.NotNil(t, q, want)
		require.NotNil(t, q.Speaker, want)
		assert.Equal(t, who, q.Speaker.Name, want)
	}

	// A sentence under a block that opens with a name is no signature.
	src = `<html><body><main><article><h1>Fund opens</h1><p>The government today opened a £20 million fund for rural water schemes in the county.</p>
<blockquote><p>Too many towns wait for water, and this fund ends that wait for forty of them.</p></blockquote>
<p>Bob Roe, the minister for water, said the fund would open in May.</p></article></main></body></html>`
	d = readHTML(t, x, src)
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "Too many towns wait") && q.Speaker != nil {
			assert.NotEqual(t, "Bob Roe", q.Speaker.Name, "a sentence under the block is no signature")
		}
	}
}
