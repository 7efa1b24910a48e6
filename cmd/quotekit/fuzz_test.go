package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotekit/quotekit/internal/testutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzJSONL runs the command on any JSON Lines input: every non-blank line
// gives exactly one output line or one error line naming the input and
// the line number, the summary counts both, and nothing panics. Crashers
// are kept in testdata/fuzz/FuzzJSONL.
//
// Inputs stay small: the engine minimizes every input that finds new
// coverage before it fuzzes on, trying to remove every span of bytes
// (len² executions), for up to -fuzzminimizetime (1m). With the whole
// releases of ../../testdata as one 17 KB seed, nearly every mutation of
// it found new coverage and cost that minute: the fuzzer stalled at 0
// execs/s after its seeds (a 1 KB seed of two documents still cost 60 s
// a mutant). The seed is now the first 160 bytes of a quotation's
// paragraph of each release, and inputs are cut to fuzzMaxInput bytes (long lines are
// TestJSONLLongLine's). Cut, not skipped: a skip is coverage of its own
// that no shorter input keeps, so the minimizer could not shrink one.
//
//	go test -run XXX -fuzz FuzzJSONL -fuzztime 3m ./cmd/quotekit
func FuzzJSONL(f *testing.F) {
	files, err := filepath.Glob("../../testdata/*.*")
	require.NoError(f, err)
	var docs []string
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		field, open := "text", "“"
		if strings.HasSuffix(name, ".html") {
			field, open = "html", "<p>&ldquo;"
		}
		line, err := json.Marshal(map[string]string{"id": filepath.Base(name), field: excerpt(string(b), open, 160)})
		require.NoError(f, err)
		docs = append(docs, string(line))
	}
	joined := strings.Join(docs, "\n") + "\n"
	require.LessOrEqual(f, len(joined), fuzzMaxInput, "the seed is fuzzed whole")
	f.Add(joined)
	for _, s := range []string{
		"",
		"\n\n \r\n\t\n",
		`{"id": "a", "text": "“We agree,” said Ana Hinojosa."}` + "\n" + `{"id": "b", "text": `,
		`{"id": 4, "text": "Nothing quoted."}`,
		`{"id": {"x": [1]}, "html": "<p>“Hi,” he said.</p>"}` + "\r\n" + `{"id": null, "text": null, "html": null}`,
		`{"id": "c\nd", "text": "\u0000\ud800 x"}` + "\n" + `null` + "\n" + `[1]` + "\n" + `"s"` + "\n" + `{} {}`,
		"{\"text\": \"\xff\xfe\"}\n\xff\n{\"text\": \"a\"}\x00",
		`{"text": "a", "text": 1}`,
		`{"html": "<div><div><div><p>“Deep,” she said.</p>"}`,
	} {
		f.Add(s)
	}
	errLine := regexp.MustCompile(`^quotekit: <stdin>:(\d+)(?: \(id [^\n]*\))?: [^\n]+$`)
	summary := regexp.MustCompile(`^quotekit: (\d+) documents?, (\d+) failed$`)
	f.Fuzz(func(t *testing.T, in string) {
		in = in[:min(len(in), fuzzMaxInput)]
		var want []int // the numbers of the non-blank lines
		for i, l := range strings.Split(in, "\n") {
			if !blank([]byte(l)) {
				want = append(want, i+1)
			}
		}
		status, out, errOut := runEnv(t, env{}, strings.NewReader(in), "-jsonl", "-workers", "2", "-")
		outs := 0
		if out != "" {
			for _, l := range lines(out) {
				require.True(t, json.Valid([]byte(l)), "output line %q", l)
				outs++
			}
		}
		var failed []int
		if errOut != "" {
			errs := lines(errOut)
			last := errs[len(errs)-1]
			m := summary.FindStringSubmatch(last)
			require.NotNil(t, m, "summary line %q", last)
			assert.Equal(t, strconv.Itoa(len(want)), m[1], "documents in the summary")
			assert.Equal(t, strconv.Itoa(len(errs)-1), m[2], "failures in the summary")
			for _, l := range errs[:len(errs)-1] {
				m := errLine.FindStringSubmatch(l)
				require.NotNil(t, m, "error line %q", l)
				n, _ := strconv.Atoi(m[1])
				failed = append(failed, n)
			}
		}
		assert.Equal(t, len(want), outs+len(failed), "one output or error line a non-blank line")
		prev := 0
		for _, n := range failed {
			assert.Greater(t, n, prev, "error lines in input order")
			assert.Contains(t, want, n, "error line for line %d, which is blank or absent", n)
			prev = n
		}
		assert.Equal(t, len(failed) > 0, status == 1, "exit status %d", status)
		assert.Contains(t, []int{0, 1}, status)
	})
}

// fuzzMaxInput bounds the inputs of the fuzz targets of the command: the
// engine's minimization of an input that finds new coverage tries every
// span of its bytes, len² executions.
const fuzzMaxInput = 1 << 10

// excerpt returns at most n bytes of s from the start of the line holding
// its first open (from s's start when there is none), cut at a line's end
// or, failing that, at a rune's start.
func excerpt(s, open string, n int) string {
	i := max(strings.Index(s, open), 0)
	s = s[strings.LastIndexByte(s[:i], '\n')+1:]
	if len(s) <= n {
		return s
	}
	if k := strings.LastIndexByte(s[:n], '\n'); k > 0 {
		return s[:k+1]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// A 20 MB line costs the reader a bounded number of bytes allocated per
// byte (the benchmarks measure its time).
func TestJSONLLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("20 MB of input")
	}
	text := strings.Repeat("“We will win,” said Ann Lee, the minister. ", 20<<20/44)
	long, err := json.Marshal(map[string]string{"id": "long", "text": text})
	require.NoError(t, err)
	var short strings.Builder
	for short.Len() < len(long) {
		b, err := json.Marshal(map[string]string{"id": "short", "text": text[:10_000]})
		require.NoError(t, err)
		short.Write(b)
		short.WriteByte('\n')
	}
	// The reader alone, the documents not analyzed.
	read := func(in string) {
		status, _, errOut := runEnv(t, env{do: stubDo(0)}, strings.NewReader(in), "-jsonl", "-o", "csv", "-")
		require.Equal(t, 0, status, errOut)
	}
	var tl, ts uint64 // bytes allocated: the work, whatever the machine's load
	for range 3 {
		if d := allocatedBy(func() { read(string(long)) }); tl == 0 || d < tl {
			tl = d
		}
		if d := allocatedBy(func() { read(short.String()) }); ts == 0 || d < ts {
			ts = d
		}
	}
	// A long line is read into a buffer that grows by doubling and decoded
	// into a string: a few bytes allocated per byte, not more.
	perByte := float64(tl) / float64(len(long))
	t.Logf("a %d-byte line allocates %d bytes (%.1f a byte); %d bytes of 10 KB lines %d (%.1f a byte)",
		len(long), tl, perByte, short.Len(), ts, float64(ts)/float64(short.Len()))
	assert.Less(t, perByte, 10.0)

	// Through the whole command, a line of 2 MB analyzed (the analysis
	// allocates about 100 bytes a byte of so dense a text).
	text = text[:2<<20]
	line, err := json.Marshal(map[string]string{"id": "long", "text": text})
	require.NoError(t, err)
	status, out, errOut := runCLI(t, string(line), "-jsonl", "-per", "quote", "-")
	require.Equal(t, 0, status, errOut)
	assert.Equal(t, strings.Count(text, "“We will win,”"), strings.Count(out, `"text":"We will win"`), "every quote of the line")
}

// allocatedBy returns the bytes f allocates on the heap: the work it does,
// measured the same way on a loaded machine as on an idle one.
var allocatedBy = testutil.Allocated
