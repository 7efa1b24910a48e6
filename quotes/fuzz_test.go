package quotes_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// The fuzz targets check the invariants of every result on any byte
// string: no panic; every span in bounds, ordered and giving the reported
// text; every part, cue and mention inside the text; every speaker a quote
// names is one of the document's speakers; the JSON form valid. Their
// seeds are the releases of ../testdata, the pattern table and a few
// hostile shapes; crashers found by `go test -fuzz` are kept in
// testdata/fuzz/<target> and run as regression cases by `go test`.
//
//	go test -run XXX -fuzz FuzzExtract -fuzztime 3m ./quotes
//	go test -run XXX -fuzz FuzzReadHTML -fuzztime 3m ./quotes

// hostileSeeds are shapes that once broke, or could break, a scanner.
var hostileSeeds = []string{
	"",
	"“",
	"”",
	"\"",
	"“Unclosed, she said.\n\nNext paragraph, said Ann Lee.",
	"“a” “b” “c” ” ” ” “ “ “",
	"Prices rose according to and", // (an empty source after "according to" once indexed past the text)
	strings.Repeat("“x ", 200),
	strings.Repeat("\"", 101),
	"Ann Lee said\x00 “it\x00 works,” he\xff said\xfe.",
	"\xef\xbb\xbf“We will win,” said Ann Lee.",
	"\xe2\x80“Cut mark,” said Ann Lee\xe2\x80.",
	"“We need a border,” Trump said, “and we need a wall.”",
	"Gingrich:\n\n“",
	"Mr. said: “",
	"«Ça va», dit Anne. „Gut“, sagte Ben. ‘Single,’ said Cy.",
	"''Out!'' ``In'' ' '' ''' \"\"\"",
}

// seedTexts returns the seed texts of the fuzz targets: the releases of
// ../testdata (with suffix ext) and what extra gives.
func seedTexts(f *testing.F, ext string, extra ...string) []string {
	f.Helper()
	files, err := filepath.Glob("../testdata/*" + ext)
	require.NoError(f, err)
	require.NotEmpty(f, files, "seed files in ../testdata")
	var out []string
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		out = append(out, string(b))
	}
	return append(out, extra...)
}

func FuzzExtract(f *testing.F) {
	seeds := seedTexts(f, ".txt", hostileSeeds...)
	for _, tt := range patternTests {
		seeds = append(seeds, tt.text)
	}
	seeds = append(seeds, cueSoup(2000), "Following is the statement by Ann Lee:\n\n"+strings.Repeat("We will win. ", 20))
	for _, s := range seeds {
		f.Add(s)
	}
	x := newExtractor(f)
	// A tiny quote limit makes the bounds of bounds.go reachable by small
	// inputs.
	small := newExtractor(f, quotes.WithMaxQuoteLen(16))
	f.Fuzz(func(t *testing.T, text string) {
		d := x.Extract(text)
		require.Equal(t, text, d.Text, "a text is its own Text")
		checkDocSpans(t, d)
		want := checkJSON(t, d)
		dc, err := x.ExtractContext(context.Background(), text)
		require.NoError(t, err)
		checkDocSpans(t, dc)
		assert.Equal(t, want, checkJSON(t, dc), "ExtractContext gives what Extract gives")
		ds := small.Extract(text)
		checkDocSpans(t, ds)
		assert.LessOrEqual(t, quoteBytes(ds), 4*len(text)+quoteBytes(d), "bytes of quote text")
	})
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range seedTexts(f, ".html", hostileSeeds...) {
		f.Add(s)
	}
	for _, s := range []string{
		"<p>“Unclosed, she said.</p><p>“Next,” said Ann Lee.</p>",
		"<html><body><p>a<b>b<i>c</p>d</b>e<table><td>f</html>",
		"<p>\x00\xff\xfe “x,” he said</p>",
		"<pre>“a\r\nb,” he\tsaid</pre>",
		strings.Repeat("<div>", 600) + "<p>“Deep,” she said.</p>",
		"<script>“not text,” he said",
		"<h1>Title</h1><p>Title</p>",
		"<title>T | S</title><time datetime=\"2021-02-30\"></time><p>x</p>",
		"<meta property=\"og:url\" content=\"%zz\"><link rel=canonical href=\"::\">",
		"<meta charset=\"windows-1252\"><p>\x93Yes,\x94 said Ren\xe9 Lee.</p>",
		"<p>\x93Undeclared,\x94 said Ren\xe9 Lee.</p>",
		"\xff\xfe<\x00p\x00>\x00",
	} {
		f.Add(s)
	}
	// A small depth limit makes deep pages cheap to find.
	x := newExtractor(f, quotes.WithMaxHTMLDepth(32))
	f.Fuzz(func(t *testing.T, src string) {
		d, err := x.ReadHTML(context.Background(), strings.NewReader(src))
		require.NoError(t, err, "broken HTML is not an error")
		checkDocSpans(t, d)
		checkJSON(t, d)
	})
}

// checkJSON checks that a document marshals to valid JSON and returns it.
func checkJSON(t testing.TB, d *quotes.Document) string {
	t.Helper()
	b, err := json.Marshal(d)
	require.NoError(t, err)
	require.True(t, json.Valid(b), "valid JSON")
	return string(b)
}

// checkDocSpans checks that every span of a document is in bounds, in
// order where it should be, and gives the reported text; that every part,
// cue and mention lies in the text; and that the speaker of every quote is
// one of the document's speakers.
func checkDocSpans(t testing.TB, d *quotes.Document) {
	t.Helper()
	text, n := d.Text, len(d.Text)
	require.True(t, d.Body.Valid(n), "body %v", d.Body)
	for _, e := range d.Entities {
		require.True(t, e.Span.Valid(n), "entity %v", e.Span)
		assert.Equal(t, e.Span.In(text), e.Text)
		assert.True(t, d.Body.Contains(e.Span), "entity %q outside the body", e.Text)
	}
	prev := 0
	for _, s := range d.Sentences {
		require.True(t, s.Span.Valid(n), "sentence %v", s.Span)
		assert.GreaterOrEqual(t, s.Start, prev, "sentences in order")
		prev = s.End
	}
	prev = 0
	for _, p := range d.Paragraphs {
		require.True(t, p.Span.Valid(n), "paragraph %v", p.Span)
		assert.GreaterOrEqual(t, p.Start, prev, "paragraphs in order")
		prev = p.End
	}
	byID := map[string]string{}
	for _, s := range d.Speakers {
		require.NotNil(t, s)
		_, dup := byID[s.ID]
		assert.False(t, dup, "speaker id %s used twice", s.ID)
		byID[s.ID] = s.Name
		for _, m := range s.Mentions {
			require.True(t, m.Span.Valid(n), "mention %v", m.Span)
			assert.Equal(t, m.Span.In(text), m.Text)
		}
	}
	for _, q := range d.Quotes {
		require.True(t, q.Span.Valid(n), "quote %v", q.Span)
		assert.Equal(t, q.Span.In(text), q.Text)
		assert.True(t, d.Body.Contains(q.Span), "quote %q outside the body", q.Text)
		prev := q.Start
		for _, p := range q.Parts {
			require.True(t, p.Valid(n), "part %v", p)
			assert.True(t, q.Span.Contains(p), "part %v outside quote %v", p, q.Span)
			assert.GreaterOrEqual(t, p.Start, prev, "parts in order")
			prev = p.End
		}
		if q.Cue != nil {
			require.True(t, q.Cue.Span.Valid(n), "cue %v", q.Cue.Span)
			assert.Equal(t, q.Cue.Span.In(text), q.Cue.Text)
		}
		if q.Mention != nil {
			require.True(t, q.Mention.Span.Valid(n), "mention %v", q.Mention.Span)
			assert.Equal(t, q.Mention.Span.In(text), q.Mention.Text)
		}
		if q.Speaker != nil {
			name, ok := byID[q.Speaker.ID]
			assert.True(t, ok, "speaker %s of quote %q is one of the document's", q.Speaker.ID, q.Text)
			assert.Equal(t, name, q.Speaker.Name, "speaker %s of quote %q", q.Speaker.ID, q.Text)
		}
	}
}
