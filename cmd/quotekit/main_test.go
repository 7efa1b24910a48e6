package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

const seed = "../../testdata/osce_fsc_2018-10-17.txt"

// runCLI runs the command with args and returns its exit status, stdout
// and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

// seedQuotes returns the text of the seed release and its quotes as the
// library flattens them, with the document id the CLI gives it.
func seedQuotes(t *testing.T) (string, *quotes.Document, []quotes.FlatQuote) {
	t.Helper()
	b, err := os.ReadFile(seed)
	require.NoError(t, err)
	x, err := quotes.New()
	require.NoError(t, err)
	d := x.Extract(string(b))
	d.ID = seed
	f := quotes.Flatten(d)
	require.NotEmpty(t, f, "the seed release has quotes")
	return string(b), d, f
}

func lines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func TestRunFormats(t *testing.T) {
	text, doc, flat := seedQuotes(t)
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, out string)
	}{
		{"json", []string{seed}, func(t *testing.T, out string) {
			ls := lines(out)
			require.Len(t, ls, 1, "one line per document")
			var got struct {
				ID     string            `json:"id"`
				Quotes []json.RawMessage `json:"quotes"`
			}
			require.NoError(t, json.Unmarshal([]byte(ls[0]), &got))
			assert.Equal(t, seed, got.ID)
			assert.Len(t, got.Quotes, len(doc.Quotes))
		}},
		{"text", []string{"-o", "text", seed}, func(t *testing.T, out string) {
			assert.True(t, strings.HasPrefix(out, "== "+seed+"\n"), out)
			for i, q := range doc.Quotes {
				assert.Contains(t, out, q.Text)
				if q.Within > 0 {
					// Indented under its holder, and saying so.
					assert.Regexp(t, fmt.Sprintf(`(?m)^     %d\. .*\(inside quote %d\):\n        \Q%s\E$`, i+1, q.Within, q.Text), out)
				}
			}
		}},
		{"json per quote", []string{"-per", "quote", seed}, func(t *testing.T, out string) {
			ls := lines(out)
			require.Len(t, ls, len(flat), "one line per quote")
			for i, l := range ls {
				var q quotes.FlatQuote
				require.NoError(t, json.Unmarshal([]byte(l), &q))
				assert.Equal(t, flat[i], q)
				assert.Equal(t, text[q.Start:q.End], q.Text)
			}
		}},
		{"csv", []string{"-o", "csv", seed}, func(t *testing.T, out string) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			require.NoError(t, err)
			require.Len(t, rows, 1+len(flat), "a header and one row per quote")
			assert.Equal(t, []string{"document", "speaker", "organization", "titles", "kind", "cue", "text", "start", "end",
				"speaker_key", "speaker_kind", "within"}, rows[0])
			nested := 0
			for i, r := range rows[1:] {
				q := flat[i]
				org := speakers.Org{Name: q.Organization, Acronym: q.OrganizationAcronym}.String()
				assert.Equal(t, []string{seed, q.SpeakerName, org, strings.Join(q.Titles, "; "), q.Kind.String(), q.Cue, q.Text,
					strconv.Itoa(q.Start), strconv.Itoa(q.End), q.SpeakerKey, q.SpeakerKind, strconv.Itoa(q.Within)}, r)
				if q.SpeakerName != "" {
					assert.NotEmpty(t, r[9], "row %d: a speaker has a key", i+1)
				}
				if q.Within > 0 {
					nested++
				}
				start, err := strconv.Atoi(r[7])
				require.NoError(t, err)
				end, err := strconv.Atoi(r[8])
				require.NoError(t, err)
				assert.Equal(t, text[start:end], r[6], "row %d: the text survives CSV quoting", i+1)
			}
			assert.Positive(t, nested, "the seed release has a quote inside another")
		}},
		// csv is per quote by nature; saying so is allowed.
		{"csv per quote", []string{"-o", "csv", "-per", "quote", seed}, func(t *testing.T, out string) {
			assert.Len(t, lines(out), 1+len(flat))
		}},
		// A header row even when there is nothing to write.
		{"csv without quotes", []string{"-o", "csv", "-"}, func(t *testing.T, out string) {
			assert.Equal(t, "document,speaker,organization,titles,kind,cue,text,start,end,speaker_key,speaker_kind,within\n", out)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runCLI(t, "No quotation here.", tt.args...)
			require.Equal(t, 0, status, errOut)
			assert.Empty(t, errOut)
			tt.check(t, out)
		})
	}
}

// A CSV field with commas, quotation marks and line breaks is quoted, and
// reads back as it was.
func TestWriteCSVQuoting(t *testing.T) {
	text := "x\n“A \"b\", c,\nd”"
	d := &quotes.Document{ID: `doc "1", x`, Text: text, Quotes: []quotes.Quote{{Kind: quotes.Direct, Text: text[5:], Rule: quotes.Unattributed}}}
	d.Quotes[0].Start, d.Quotes[0].End = 5, len(text)
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	require.NoError(t, writeCSV(cw, d, true))
	assert.Equal(t, "\"doc \"\"1\"\", x\",,,,direct,,\"A \"\"b\"\", c,\nd”\",5,"+strconv.Itoa(len(text))+",,,0\n", b.String())
	rows, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, text[5:], rows[0][6])
}

func TestRunMissingFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	status, out, errOut := runCLI(t, "", missing, seed)
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "quotekit: "+missing+": ")
	assert.Contains(t, errOut, "2 documents, 1 failed")
	ls := lines(out)
	require.Len(t, ls, 1, "the other file is still processed")
	assert.Contains(t, ls[0], `"id":"`+seed+`"`)
}

func TestRunJSONLBadLine(t *testing.T) {
	in := filepath.Join(t.TempDir(), "docs.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(strings.Join([]string{
		`{"id": "a", "text": "“We agree,” said Ana Hinojosa."}`,
		`{"id": "b", "text": `, // cut short
		``,
		`{"id": "c"}`, // neither text nor html
		`{"id": 4, "text": "Nothing quoted."}`,
	}, "\n")+"\n"), 0o644))
	tests := []struct {
		name string
		args []string
	}{
		{"json", []string{"-jsonl", in}},
		{"json per quote", []string{"-jsonl", "-per", "quote", in}},
		{"csv", []string{"-jsonl", "-o", "csv", in}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runCLI(t, "", tt.args...)
			assert.Equal(t, 1, status)
			assert.Contains(t, errOut, in+":2: not a JSON object")
			assert.Contains(t, errOut, in+":4 (id c): no \"text\" or \"html\" field")
			assert.Contains(t, errOut, "4 documents, 2 failed")
			assert.NotContains(t, out, `"b"`)
			if tt.name == "json" {
				ls := lines(out)
				require.Len(t, ls, 2, "documents a and 4 are still written")
				assert.Contains(t, ls[0], `"id":"a"`)
				assert.Contains(t, ls[1], `"id":"4"`)
			}
		})
	}
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown format", []string{"-o", "xml", seed}, `unknown output format "xml"`},
		{"unknown unit", []string{"-per", "line", seed}, `unknown -per "line"`},
		{"text per quote", []string{"-o", "text", "-per", "quote", seed}, "-o text lists documents"},
		{"csv per document", []string{"-o", "csv", "-per", "document", seed}, "-o csv writes one row per quote"},
		{"csv-raw without csv", []string{"-csv-raw", seed}, "-csv-raw goes with -o csv"},
		{"no file, stdin a terminal", []string{"-o", "csv"}, "usage: quotekit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, stdinTerminal: true}.run(tt.args)
			assert.Equal(t, 2, status)
			assert.Empty(t, out.String())
			assert.Contains(t, errOut.String(), tt.want)
		})
	}
}

// With no file and stdin not a terminal, the command reads stdin: text, or
// JSON Lines with -jsonl.
func TestRunNoFileReadsStdin(t *testing.T) {
	text, _, _ := seedQuotes(t)
	status, out, errOut := runCLI(t, text, "-o", "text")
	require.Equal(t, 0, status, errOut)
	assert.Contains(t, out, "Ulrika Funered")
	line, err := json.Marshal(map[string]string{"id": "a", "text": text})
	require.NoError(t, err)
	status, out, errOut = runCLI(t, string(line)+"\n"+strings.Replace(string(line), `"a"`, `"b"`, 1)+"\n", "-jsonl")
	require.Equal(t, 0, status, errOut)
	ls := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, ls, 2)
	assert.Contains(t, ls[0], `"id":"a"`)
	assert.Contains(t, ls[1], `"id":"b"`)
}
