package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

func TestMain(m *testing.M) { ptest.Main(m) } // runs pipelines on prism

const (
	docsJSONL = "testdata/docs.jsonl"
	release   = "../../testdata/osce_fsc_2018-10-17.txt"
)

// runPipeline runs the pipeline on prism and returns its output prefix and
// its counters.
func runPipeline(t *testing.T, input string, shards int) (string, map[string]int64) {
	t.Helper()
	out := t.TempDir() + "/"
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, Build(s, Options{Input: input, Format: FormatAuto, Output: out, Shards: shards}))
	start := time.Now()
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)
	t.Logf("pipeline over %s: %v", input, time.Since(start).Round(time.Millisecond))
	counters := map[string]int64{}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			counters[c.Name()] += c.Result()
		}
	}
	return out, counters
}

// readOutput reads the records of one output, whatever its shards.
func readOutput[T any](t *testing.T, prefix, name string, shards int) []T {
	t.Helper()
	var out []T
	for i := range shards {
		b, err := os.ReadFile(shardName(prefix+name, i, shards))
		require.NoError(t, err, "every shard is written, even when empty")
		out = append(out, decodeLines[T](t, b)...)
	}
	return out
}

func decodeLines[T any](t *testing.T, b []byte) []T {
	t.Helper()
	var out []T
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var v T
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v), "%s", sc.Bytes())
		out = append(out, v)
	}
	require.NoError(t, sc.Err())
	return out
}

// sortQuotes puts quotes in a fixed order: by document and span, and, for
// two quotes of one span, by their JSON.
func sortQuotes(qs []quotes.FlatQuote) {
	asJSON := func(q quotes.FlatQuote) string {
		b, _ := json.Marshal(q)
		return string(b)
	}
	slices.SortFunc(qs, func(a, b quotes.FlatQuote) int {
		return cmp.Or(strings.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			strings.Compare(asJSON(a), asJSON(b)))
	})
}

// expected runs the library on the test inputs, as the pipeline should:
// the quotes, and the ids of the documents that give an error.
func expected(t *testing.T) ([]quotes.FlatQuote, []string) {
	t.Helper()
	x, err := quotes.New()
	require.NoError(t, err)
	var docs []Doc
	b, err := os.ReadFile(docsJSONL)
	require.NoError(t, err)
	require.NoError(t, readJSONL(context.Background(), docsJSONL, bytes.NewReader(b), func(d Doc) { docs = append(docs, d) }, func(Failure) {}))
	b, err = os.ReadFile(release)
	require.NoError(t, err)
	docs = append(docs, Doc{ID: release, Name: release, Text: string(b)})
	var flat []quotes.FlatQuote
	var failed []string
	for _, d := range docs {
		var doc *quotes.Document
		if d.HTML {
			doc, err = x.ReadHTML(context.Background(), strings.NewReader(d.Text))
		} else {
			doc, err = x.ExtractContext(context.Background(), d.Text)
		}
		if err != nil {
			failed = append(failed, d.ID)
			continue
		}
		doc.ID = d.ID
		flat = append(flat, quotes.Flatten(doc)...)
	}
	return flat, failed
}

func TestPipeline(t *testing.T) {
	wantQuotes, wantFailed := expected(t)
	sortQuotes(wantQuotes)
	require.NotEmpty(t, wantQuotes)
	for _, shards := range []int{1, 3} {
		t.Run(map[int]string{1: "one file per output", 3: "three shards"}[shards], func(t *testing.T) {
			out, counters := runPipeline(t, docsJSONL+","+release, shards)

			got := readOutput[quotes.FlatQuote](t, out, "quotes.jsonl", shards)
			sortQuotes(got)
			assert.Equal(t, wantQuotes, got, "one line per quote, as Flatten gives it")
			fromRelease := 0
			for _, q := range got {
				if q.Document == release {
					fromRelease++
				}
			}
			assert.NotZero(t, fromRelease, "quotes of the text file")

			speakers := readOutput[SpeakerCount](t, out, "speakers.jsonl", shards)
			bySpeaker := map[string]SpeakerCount{}
			for _, c := range speakers {
				assert.NotContains(t, bySpeaker, c.Key, "one record per speaker")
				bySpeaker[c.Key] = c
			}
			assert.Equal(t, countSpeakers(wantQuotes), bySpeaker)
			// The same person in two JSON Lines documents and in the
			// release, named in full or by family name: one speaker.
			ana := bySpeaker["ana hinojosa"]
			assert.Equal(t, "Ana Hinojosa", ana.Name)
			assert.Equal(t, "World Customs Organization", ana.Organization)
			assert.Equal(t, 3, ana.Documents)
			assert.GreaterOrEqual(t, ana.Quotes, 4)

			failures := readOutput[Failure](t, out, "failures.jsonl", shards)
			slices.SortFunc(failures, func(a, b Failure) int { return strings.Compare(a.Input, b.Input) })
			require.Len(t, failures, 2+len(wantFailed), "%v", failures)
			assert.Equal(t, Failure{Input: docsJSONL + ":5", Error: "not a JSON object: unexpected end of JSON input"}, failures[0])
			assert.Equal(t, Failure{Input: docsJSONL + ":6", ID: "no-text", Error: `no "text" or "html" field`}, failures[1])

			// Every document is counted: 4 of the JSON Lines and the
			// release; the two bad lines are no documents.
			assert.Equal(t, int64(5), counters["documents"])
			assert.Equal(t, int64(2), counters["bad_lines"])
			assert.Equal(t, int64(len(wantFailed)), counters["failed_documents"])
			assert.Equal(t, int64(len(wantQuotes)), counters["quotes"])
		})
	}
}

// TestAgreesWithCLI runs the pipeline and quotekit -jsonl -per quote over
// the same input, and checks they give the same quotes and, counted the
// same way, the same speakers. QUOTEKIT_AGREE_INPUT names another JSON
// Lines input than testdata/docs.jsonl.
func TestAgreesWithCLI(t *testing.T) {
	input := cmp.Or(os.Getenv("QUOTEKIT_AGREE_INPUT"), docsJSONL)
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to run the CLI")
	}
	out, counters := runPipeline(t, input, 1)

	bin := filepath.Join(t.TempDir(), "quotekit")
	// Built in the root module, with its own go.mod and go.sum (the CLI's
	// dependencies are not this module's).
	gobuild := exec.Command("go", "build", "-o", bin, ".")
	gobuild.Dir = filepath.Join("..", "..", "cmd", "quotekit")
	build, err := gobuild.CombinedOutput()
	require.NoError(t, err, "%s", build)
	start := time.Now()
	cmd := exec.Command(bin, "-jsonl", "-per", "quote", input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 {
		err = nil // some documents failed; the CLI said which on stderr
	}
	require.NoError(t, err, stderr.String())
	t.Logf("CLI over %s: %v", input, time.Since(start).Round(time.Millisecond))
	cli := decodeLines[quotes.FlatQuote](t, stdout.Bytes())

	got := readOutput[quotes.FlatQuote](t, out, "quotes.jsonl", 1)
	sortQuotes(got)
	sortQuotes(cli)
	assert.Equal(t, cli, got, "quotes")

	want := countSpeakers(cli)
	speakers := readOutput[SpeakerCount](t, out, "speakers.jsonl", 1)
	bySpeaker := map[string]SpeakerCount{}
	for _, c := range speakers {
		bySpeaker[c.Key] = c
	}
	assert.Equal(t, want, bySpeaker, "speakers")

	failures := readOutput[Failure](t, out, "failures.jsonl", 1)
	cliFailures := strings.Count(stderr.String(), "\n")
	if cliFailures > 0 {
		cliFailures-- // the summary line: "quotekit: N documents, M failed"
	}
	assert.Equal(t, cliFailures, len(failures), "failures: %s", stderr.String())

	docs := map[string]bool{}
	for _, q := range got {
		docs[q.Document] = true
	}
	var top []SpeakerCount
	for _, c := range bySpeaker {
		top = append(top, c)
	}
	slices.SortFunc(top, func(a, b SpeakerCount) int { return cmp.Or(b.Quotes-a.Quotes, strings.Compare(a.Key, b.Key)) })
	t.Logf("%d documents (%d with quotes), %d failed; %d quotes; %d speakers; counters %v",
		counters["documents"], len(docs), len(failures), len(got), len(bySpeaker), counters)
	for _, c := range top[:min(5, len(top))] {
		t.Logf("  %4d quotes %3d documents  %s", c.Quotes, c.Documents, c.Key)
	}
}

// countSpeakers is CountSpeakers in memory, with the same keys and tallies.
func countSpeakers(flat []quotes.FlatQuote) map[string]SpeakerCount {
	perDoc := map[string]speakerTally{}
	for _, q := range flat {
		if key, t, ok := tallyQuote(q); ok {
			perDoc[key] = perDoc[key].merge(t)
		}
	}
	perSpeaker := map[string]speakerTally{}
	for k, t := range perDoc {
		speaker, t := tallyDocument(k, t)
		perSpeaker[speaker] = perSpeaker[speaker].merge(t)
	}
	out := make(map[string]SpeakerCount, len(perSpeaker))
	for k, t := range perSpeaker {
		out[k] = t.count(k)
	}
	return out
}

// A speaker's key is the quotes' speaker_key: one person written four
// ways in four documents is one key; the son is another.
func TestSpeakerKey(t *testing.T) {
	texts := map[string]string{
		"a": "“We agree,” said Donald J. Trump.",
		"b": "“We agree,” Donald Trump said.",
		"c": "DONALD TRUMP said on Monday that the talks had failed.",
		"d": "“No,” said Mr. Donald Trump Jr., the son.",
	}
	var flat []quotes.FlatQuote
	for id, text := range texts {
		d := quotes.Extract(text)
		d.ID = id
		f := quotes.Flatten(d)
		require.Len(t, f, 1, text)
		assert.Equal(t, f[0].SpeakerKey, SpeakerKey(f[0]))
		flat = append(flat, f...)
	}
	got := countSpeakers(flat)
	require.Len(t, got, 2, "%v", got)
	assert.Equal(t, 3, got["donald trump"].Quotes)
	assert.Equal(t, 3, got["donald trump"].Documents)
	assert.Equal(t, 1, got["donald trump jr"].Quotes)
	assert.Empty(t, SpeakerKey(quotes.FlatQuote{SpeakerName: "", SpeakerKey: ""}), "no speaker")
}

func TestSpeakerTally(t *testing.T) {
	q := func(doc, key, name, org string) quotes.FlatQuote {
		return quotes.FlatQuote{Document: doc, SpeakerKey: key, SpeakerName: name, Organization: org}
	}
	got := countSpeakers([]quotes.FlatQuote{
		q("d1", "ana hinojosa", "Ana Hinojosa", "WCO"), q("d1", "ana hinojosa", "Ana Hinojosa", "WCO"),
		q("d2", "ana hinojosa", "ANA HINOJOSA", "WCO"),
		q("d3", "jan eliasson", "Jan Eliasson", "SIPRI"), q("d3", "jan eliasson", "Jan Eliasson", "SIPRI"),
		q("d6", "jan eliasson", "Jan Eliasson", ""),        // another organization, the same person
		q("d4", "bo", "Bo", "X"), q("d5", "bo", "BO", "x"), // a tie of spellings: the first in byte order
		q("d1", "", "", ""), // unattributed: not counted
	})
	assert.Equal(t, map[string]SpeakerCount{
		"ana hinojosa": {Key: "ana hinojosa", Name: "Ana Hinojosa", Organization: "WCO", Quotes: 3, Documents: 2},
		"jan eliasson": {Key: "jan eliasson", Name: "Jan Eliasson", Organization: "SIPRI", Quotes: 3, Documents: 2},
		"bo":           {Key: "bo", Name: "BO", Organization: "x", Quotes: 2, Documents: 2},
	}, got)
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "A."}`,
		`{"id": 7, "html": "<p>B.</p>"}`,
		`   `,
		`{"text": "C."}`, // no id: the line names it
		`{"id": "d", "text": `,
		`[1, 2]`,
		`{"id": "f", "title": "F"}`,
		`{"id": null, "text": "G."}`, // no final newline
	}, "\n")
	var docs []Doc
	var failures []Failure
	require.NoError(t, readJSONL(context.Background(), "in.jsonl", strings.NewReader(in),
		func(d Doc) { docs = append(docs, d) }, func(f Failure) { failures = append(failures, f) }))
	assert.Equal(t, []Doc{
		{ID: "a", Name: "in.jsonl:1", Text: "A."},
		{ID: "7", Name: "in.jsonl:2", Text: "<p>B.</p>", HTML: true},
		{ID: "in.jsonl:4", Name: "in.jsonl:4", Text: "C."},
		{ID: "in.jsonl:8", Name: "in.jsonl:8", Text: "G."},
	}, docs)
	assert.Equal(t, []Failure{
		{Input: "in.jsonl:5", Error: "not a JSON object: unexpected end of JSON input"},
		{Input: "in.jsonl:6", Error: "not a JSON object: json: cannot unmarshal array into Go value of type main.jsonlDoc"},
		{Input: "in.jsonl:7", ID: "f", Error: `no "text" or "html" field`},
	}, failures)
}

func TestIsJSONL(t *testing.T) {
	tests := []struct {
		name, format string
		want         bool
	}{
		{"docs.jsonl", FormatAuto, true},
		{"gs://b/docs.ndjson", FormatAuto, true},
		{"docs.jsonl.gz", FormatAuto, true},
		{"release.txt", FormatAuto, false},
		{"docs.json", FormatAuto, false},
		{"docs.json", FormatJSONL, true},
		{"docs.jsonl", FormatText, false},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.format, func(t *testing.T) {
			assert.Equal(t, tt.want, isJSONL(tt.name, tt.format))
		})
	}
}

func TestShardName(t *testing.T) {
	tests := []struct {
		name     string
		shard, n int
		want     string
	}{
		{"out/quotes.jsonl", 0, 1, "out/quotes.jsonl"},
		{"out/quotes.jsonl", 1, 4, "out/quotes-00001-of-00004.jsonl"},
		{"gs://b/run-quotes.jsonl", 11, 12, "gs://b/run-quotes-00011-of-00012.jsonl"},
		{"quotes", 0, 2, "quotes-00000-of-00002"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, shardName(tt.name, tt.shard, tt.n))
		})
	}
}

func TestBuildOptions(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"format", Options{Input: "a", Format: "xml", Output: "o/", Shards: 1}, `unknown input format "xml"`},
		{"no input", Options{Input: " , ", Format: FormatAuto, Output: "o/", Shards: 1}, "an input glob and an output prefix"},
		{"no output", Options{Input: "a", Format: FormatAuto, Shards: 1}, "an input glob and an output prefix"},
		{"shards", Options{Input: "a", Format: FormatAuto, Output: "o/"}, "shards must be at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, s := beam.NewPipelineWithRoot()
			err := Build(s, tt.o)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	// The inputs need not exist to build.
	_, s := beam.NewPipelineWithRoot()
	assert.NoError(t, Build(s, Options{Input: filepath.Join(t.TempDir(), "*.jsonl"), Format: FormatAuto, Output: "o/", Shards: 2}))
}
