package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

func TestEscapeFormula(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+2", "'=1+2"},
		{"+1", "'+1"},
		{"-1 is what we got", "'-1 is what we got"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"", ""},
		{"We agree", "We agree"},
		{"a=1", "a=1"},           // only the first byte counts
		{" =1", " =1"},           // a space is not in OWASP's list
		{"'=1", "'=1"},           // already text
		{"–1", "–1"},             // an en dash is no minus for a spreadsheet
		{"“=1”", "“=1”"},         // nor is a quotation mark
		{"\n=1", "\n=1"},         // a line feed neither
		{"3968", "3968"},         // offsets stay numbers
		{"=", "'="},              // one byte
		{"-", "'-"},              // one byte
		{"@", "'@"},              // one byte
		{"+", "'+"},              // one byte
		{"\t", "'\t"},            // one byte
		{"\r", "'\r"},            // one byte
		{"=\xff", "'=\xff"},      // invalid UTF-8 is kept
		{"éé=1", "éé=1"},         // a letter first
		{"\u00a0=1", "\u00a0=1"}, // a no-break space first
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, escapeFormula(tt.in), "%q", tt.in)
	}
}

// nestedDoc has a quote held by another, a quote held by that one, a
// document as a speaker, and a Within out of range.
func nestedDoc() *quotes.Document {
	text := "Vale said the resolution stresses that =1 matters. x"
	vale := &speakers.Speaker{ID: "s1", Key: "mara vale", Kind: speakers.Person, Name: "Mara Vale", Family: "Vale",
		Organization: speakers.Org{Name: "Harbour Trust"}}
	res := &speakers.Speaker{ID: "s2", Key: "document:resolution", Kind: speakers.Document, Name: "the resolution"}
	q := func(start, end int, s *speakers.Speaker, within int) quotes.Quote {
		return quotes.Quote{Kind: quotes.Indirect, Span: entities.Span{Start: start, End: end}, Text: text[start:end],
			Speaker: s, Rule: quotes.SubjectCue, Within: within}
	}
	return &quotes.Document{ID: "-d", Text: text, Speakers: []*speakers.Speaker{vale, res}, Quotes: []quotes.Quote{
		q(10, 49, res, 0),  // "the resolution stresses that =1 matters"
		q(10, 49, vale, 1), // held by 1
		q(39, 49, res, 2),  // "=1 matters", held by 2, itself held by 1
		q(51, 52, nil, 9),  // a Within out of range: top level
	}}
}

func TestWriteTextNested(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, writeText(&b, nestedDoc()))
	assert.Equal(t, `== -d
s1  Mara Vale (Harbour Trust) [person]
s2  the resolution [document]
 1. indirect the resolution:
    the resolution stresses that =1 matters
     2. indirect Mara Vale, Harbour Trust (inside quote 1):
        the resolution stresses that =1 matters
         3. indirect the resolution (inside quote 2):
            =1 matters
 4. indirect (unknown):
    x

`, b.String())
}

// A Within loop (bad input, not something Extract gives) ends.
func TestDepthLoop(t *testing.T) {
	qs := []quotes.Quote{{Within: 2}, {Within: 1}}
	assert.Equal(t, 2, depth(qs, 0))
	assert.Equal(t, 0, depth([]quotes.Quote{{Within: -1}}, 0))
}

func TestWriteCSVEscape(t *testing.T) {
	d := nestedDoc()
	for _, escape := range []bool{true, false} {
		var b bytes.Buffer
		cw := csv.NewWriter(&b)
		require.NoError(t, writeCSV(cw, d, escape))
		rows, err := csv.NewReader(&b).ReadAll()
		require.NoError(t, err)
		require.Len(t, rows, 4)
		want := []string{"-d", "the resolution", "", "", "indirect", "", "=1 matters", "39", "49", "document:resolution", "document", "2"}
		if escape {
			want[0], want[6] = "'-d", "'=1 matters"
		}
		assert.Equal(t, want, rows[2], "escape %v", escape)
		assert.Equal(t, []string{"0", "1", "2", "9"}, []string{rows[0][11], rows[1][11], rows[2][11], rows[3][11]}, "within")
		assert.Equal(t, "mara vale", rows[1][9])
	}
}

// The document kind reaches every output: JSON, flat JSON, CSV, text.
func TestDocumentKindOutputs(t *testing.T) {
	d := nestedDoc()
	var b bytes.Buffer
	require.NoError(t, writeJSON(&b, d, false))
	assert.Contains(t, b.String(), `{"id":"s2","key":"document:resolution","kind":"document","name":"the resolution"`)
	b.Reset()
	require.NoError(t, writeQuotesJSON(&b, d))
	var q quotes.FlatQuote
	require.NoError(t, json.Unmarshal([]byte(lines(b.String())[0]), &q))
	assert.Equal(t, "document", q.SpeakerKind)
	assert.Equal(t, "document:resolution", q.SpeakerKey)
}

// buildCLI builds the command into a temporary directory and returns the
// binary's path.
func buildCLI(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build the command with")
	}
	bin := filepath.Join(t.TempDir(), "quotekit")
	out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// End to end through the built binary: a quote and a document id that
// start with "=" or "-" come out of -o csv as text a spreadsheet will not
// run, and as they are with -csv-raw.
func TestBinaryCSVFormulas(t *testing.T) {
	bin := buildCLI(t)
	in := filepath.Join(t.TempDir(), "docs.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(
		`{"id": "=cmd|' /C calc'!A0", "text": "“=SUM(A1:A9) is the answer,” said Ana Hinojosa. “-1 is what we got,” she added."}`+"\n"), 0o644))
	csvRows := func(args ...string) [][]string {
		t.Helper()
		cmd := exec.Command(bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		require.NoError(t, err, stderr.String())
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		require.NoError(t, err)
		return rows
	}
	rows := csvRows("-jsonl", "-o", "csv", in)
	require.Len(t, rows, 3, "a header and two quotes")
	assert.Equal(t, "speaker_key", rows[0][9])
	for _, r := range rows[1:] {
		assert.Equal(t, "'=cmd|' /C calc'!A0", r[0])
		assert.Equal(t, "ana hinojosa", r[9])
	}
	assert.True(t, strings.HasPrefix(rows[1][6], "'=SUM(A1:A9) is the answer"), rows[1][6])
	assert.Equal(t, "'-1 is what we got", rows[2][6])

	raw := csvRows("-jsonl", "-o", "csv", "-csv-raw", in)
	require.Len(t, raw, 3)
	text := "“=SUM(A1:A9) is the answer,” said Ana Hinojosa. “-1 is what we got,” she added."
	for i, r := range raw[1:] {
		assert.Equal(t, "=cmd|' /C calc'!A0", r[0])
		assert.Equal(t, strings.TrimPrefix(rows[i+1][6], "'"), r[6])
		start, end := atoi(t, r[7]), atoi(t, r[8])
		assert.Equal(t, text[start:end], r[6], "raw cells are the text")
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	var n int
	for _, c := range s {
		require.True(t, c >= '0' && c <= '9', "%q is no offset", s)
		n = n*10 + int(c-'0')
	}
	return n
}
