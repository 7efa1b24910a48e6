package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// runEnv runs the command in e with args, stdin and buffers for stdout and
// stderr unless e sets them, and returns its exit status, stdout and
// stderr.
func runEnv(t *testing.T, e env, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e.stdin = stdin
	if e.stdout == nil {
		e.stdout = &out
	}
	e.stderr = &errOut
	status := e.run(args)
	return status, out.String(), errOut.String()
}

// lineGen is a reader of JSON Lines that makes its lines as they are
// read: n lines, line(i) the ith (from 1).
type lineGen struct {
	n       int
	line    func(i int) string
	made    atomic.Int64
	pending []byte
}

func (g *lineGen) Read(p []byte) (int, error) {
	if len(g.pending) == 0 {
		i := int(g.made.Load())
		if i == g.n {
			return 0, io.EOF
		}
		g.pending = []byte(g.line(i + 1))
		g.made.Add(1)
	}
	k := copy(p, g.pending)
	g.pending = g.pending[k:]
	return k, nil
}

func docLine(i int) string {
	return fmt.Sprintf(`{"id": "d%d", "text": "“Item %d is done,” said Ann Lee."}`+"\n", i, i)
}

// lineNumber returns the number of the JSON Lines line a job came from.
func lineNumber(j *job) int {
	i := strings.LastIndexByte(j.name, ':')
	n, _ := strconv.Atoi(strings.Fields(j.name[i+1:])[0])
	return n
}

// stubDo returns a small document for a job, after a pause of up to
// jitter, so that workers finish out of order.
func stubDo(jitter time.Duration) func(*job) result {
	return func(j *job) result {
		if jitter > 0 {
			time.Sleep(time.Duration(rand.Int64N(int64(jitter))))
		}
		return result{doc: &quotes.Document{ID: j.id, Text: j.text, Quotes: []quotes.Quote{}}}
	}
}

// Many small documents on several workers come out in input order.
func TestRunOrder(t *testing.T) {
	const n = 300
	var in strings.Builder
	for i := 1; i <= n; i++ {
		in.WriteString(docLine(i))
	}
	for _, tt := range []struct {
		name string
		do   func(*job) result
	}{
		{"extraction", nil},
		{"workers finishing out of order", stubDo(2 * time.Millisecond)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runEnv(t, env{do: tt.do}, strings.NewReader(in.String()), "-jsonl", "-workers", "8", "-")
			require.Equal(t, 0, status, errOut)
			assert.Empty(t, errOut)
			ls := lines(out)
			require.Len(t, ls, n)
			for i, l := range ls {
				var d struct {
					ID string `json:"id"`
				}
				require.NoError(t, json.Unmarshal([]byte(l), &d))
				assert.Equal(t, "d"+strconv.Itoa(i+1), d.ID)
			}
		})
	}
}

// A long JSON Lines input streams: the reader keeps at most a few lines
// ahead of the writer, whatever the input's length.
func TestRunStreams(t *testing.T) {
	const n, workers = 20_000, 4
	g := &lineGen{n: n, line: docLine}
	var ahead atomic.Int64 // the most lines read past the one being processed
	do := func(j *job) result {
		if a := g.made.Load() - int64(lineNumber(j)); a > ahead.Load() {
			ahead.Store(a)
		}
		return stubDo(0)(j)
	}
	var p *pipeline
	status, out, errOut := runEnv(t, env{do: do, pipeline: func(q *pipeline) { p = q }}, g, "-jsonl", "-workers", strconv.Itoa(workers), "-")
	require.Equal(t, 0, status, errOut)
	assert.Equal(t, n, strings.Count(out, "\n"))
	bound := int64(cap(p.order) + 1)
	t.Logf("at most %d documents in flight (bound %d), the reader at most %d lines ahead", p.maxInflight, bound, ahead.Load())
	assert.LessOrEqual(t, p.maxInflight, bound, "documents in flight")
	assert.Positive(t, p.maxInflight)
	assert.LessOrEqual(t, ahead.Load(), bound+int64(workers), "lines read ahead of the workers")
	assert.Zero(t, p.inflight.Load())
}

// errWriterOf is an output that fails every write with err, as a closed
// pipe or a full disk does.
type errWriterOf struct {
	err    error
	writes atomic.Int64
}

func (w *errWriterOf) Write([]byte) (int, error) {
	w.writes.Add(1)
	return 0, w.err
}

// Writing to a closed pipe ends quietly, and soon; another failed write
// is reported and fails the run.
func TestRunOutputFails(t *testing.T) {
	const n = 50_000
	for _, tt := range []struct {
		name   string
		err    error
		status int
		stderr string
	}{
		{"closed pipe", &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}, 0, ""},
		{"closed file", os.ErrClosed, 0, ""},
		{"full disk", &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}, 1,
			"quotekit: writing output: write /dev/stdout: no space left on device\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := &lineGen{n: n, line: docLine}
			w := &errWriterOf{err: tt.err}
			status, _, errOut := runEnv(t, env{stdout: w, do: stubDo(0)}, g, "-jsonl", "-workers", "2", "-")
			assert.Equal(t, tt.status, status)
			if tt.stderr == "" {
				assert.Empty(t, errOut)
			} else {
				assert.Equal(t, tt.stderr, errOut)
			}
			assert.Less(t, g.made.Load(), int64(n/10), "reading stops soon after the output")
			assert.Equal(t, int64(1), w.writes.Load(), "no write after the first failed one")
		})
	}
	// Through the whole command, with real documents.
	t.Run("extraction", func(t *testing.T) {
		w := &errWriterOf{err: &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}}
		status, _, errOut := runEnv(t, env{stdout: w}, nil, seed, seed, seed)
		assert.Equal(t, 0, status)
		assert.Empty(t, errOut)
	})
}

// Every input gives an output line or an error line naming it, and the
// summary counts both.
func TestRunNothingLost(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	rng := rand.New(rand.NewPCG(3, 4))
	binary := make([]byte, 64<<10)
	for i := range binary {
		binary[i] = byte(rng.UintN(256))
	}
	const limit = 100_000
	big := write("big.txt", bytes.Repeat([]byte("W"), limit+1))
	files := []string{
		write("binary.html", binary),
		write("binary.txt", binary),
		write("nul.html", []byte("<p>\x00\x00“We will win,” said Ann Lee.\x00</p>")),
		write("utf16.html", []byte("\xff\xfe<\x00p\x00>\x00h\x00i\x00")),
		big,
		filepath.Join(dir, "missing.txt"),
		write("empty.txt", nil),
		"-",
	}
	jsonl := write("docs.jsonl", []byte(strings.Join([]string{
		`{"id": "a", "text": "“We agree,” said Ana Hinojosa."}`,
		`{"id": "b", "text": "` + strings.Repeat("x", limit+1) + `"}`,       // over the document limit
		`{"id": "c\nd\u0000", "html": 5}`,                                   // not a string
		strings.Repeat(" ", 1<<17),                                          // blank
		`{"id": "e", "html": "` + strings.Repeat("<b>", limit+1<<16) + `"}`, // over the line limit
		`{"id": "f", "html": "<p>“Fine,” said Ann Lee.</p>"}`,
		`["g"]`,
	}, "\n")))

	e := env{maxDocLen: limit}
	status, out, errOut := runEnv(t, e, strings.NewReader("\x00\xff stdin words"), files...)
	assert.Equal(t, 1, status)
	ls := lines(out)
	errs := lines(errOut)
	assert.Len(t, ls, len(files)-2, "one line a readable file")
	require.Len(t, errs, 3, "%q", errOut)
	assert.Equal(t, "quotekit: "+big+": document of 100001 bytes is over the limit of 100000 bytes", errs[0])
	assert.True(t, strings.HasPrefix(errs[1], "quotekit: "+filepath.Join(dir, "missing.txt")+": open "), errs[1])
	assert.Equal(t, fmt.Sprintf("quotekit: %d documents, 2 failed", len(files)), errs[2])
	for _, l := range ls {
		assert.True(t, json.Valid([]byte(l)), l)
	}

	status, out, errOut = runEnv(t, e, nil, "-jsonl", jsonl)
	assert.Equal(t, 1, status)
	assert.Len(t, lines(out), 2, "documents a and f")
	assert.Equal(t, []string{
		"quotekit: " + jsonl + ":2 (id b): quotes: document of 100001 bytes is over the limit of 100000 bytes (WithMaxDocumentLen)",
		"quotekit: " + jsonl + ":3: \"html\" is a JSON number, not a string",
		"quotekit: " + jsonl + ":5: line of 496632 bytes is over the limit of 365536 bytes (3 times the document size limit)",
		"quotekit: " + jsonl + ":7: not a JSON object but a JSON array",
		"quotekit: 6 documents, 4 failed",
	}, lines(errOut))
}

func TestPrintable(t *testing.T) {
	for _, tt := range []struct{ id, want string }{
		{"a-1 b", "a-1 b"},
		{"Café", "Café"},
		{"a\nb", `"a\nb"`},
		{"\x00", `"\x00"`},
		{"\xff", `"\xff"`},
		{strings.Repeat("é", 60), strings.Repeat("é", 50) + "…"},
		{strings.Repeat("a", 99) + "é", strings.Repeat("a", 99) + "…"},
	} {
		t.Run(tt.id, func(t *testing.T) { assert.Equal(t, tt.want, printable(tt.id)) })
	}
}

// fakeClock returns a clock that moves by step at every reading.
func fakeClock(step time.Duration) func() time.Time {
	t := time.Date(2024, 5, 3, 12, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(step)
		return t
	}
}

// Progress shows on a terminal: documents done, rate, and time left when
// the total is known.
func TestRunProgress(t *testing.T) {
	t.Run("files", func(t *testing.T) {
		e := env{progress: true, now: fakeClock(time.Second)}
		dir := t.TempDir()
		status, out, errOut := runEnv(t, e, strings.NewReader("Nothing quoted."), seed, "-", filepath.Join(dir, "missing"), seed)
		assert.Equal(t, 1, status)
		assert.Len(t, lines(out), 3)
		for _, want := range []string{
			"\r\x1b[Kquotekit: 1/4 documents, 1.0/s, 3s left",
			"\r\x1b[Kquotekit: 2/4 documents, 1.0/s, 2s left",
			"\r\x1b[Kquotekit: 3/4 documents, 1 failed, 1.0/s, 1s left",
			"\r\x1b[Kquotekit: 4/4 documents, 1 failed, 1.0/s",
			"\r\x1b[Kquotekit: 4 documents, 1 failed, in 5s (0.8/s)\n",
		} {
			assert.Contains(t, errOut, want)
		}
		assert.Contains(t, errOut, "2s left\r\x1b[Kquotekit: "+filepath.Join(dir, "missing")+": open ", "the report is erased before an error line")
	})
	t.Run("JSON Lines", func(t *testing.T) {
		e := env{progress: true, now: fakeClock(time.Second)}
		status, _, errOut := runEnv(t, e, strings.NewReader(docLine(1)+docLine(2)), "-jsonl", "-")
		assert.Equal(t, 0, status)
		assert.Equal(t, "\r\x1b[Kquotekit: 1 document, 1.0/s\r\x1b[Kquotekit: 2 documents, 1.0/s"+
			"\r\x1b[Kquotekit: 2 documents, 0 failed, in 3s (0.7/s)\n", errOut, "no time left without a total")
	})
	t.Run("throttled", func(t *testing.T) {
		e := env{progress: true, now: fakeClock(time.Millisecond), do: stubDo(0)}
		g := &lineGen{n: 1000, line: docLine}
		status, _, errOut := runEnv(t, e, g, "-jsonl", "-")
		assert.Equal(t, 0, status)
		assert.Less(t, strings.Count(errOut, "\r\x1b[K"), 20, "a report every 250ms of a 1s run")
	})
	t.Run("not a terminal", func(t *testing.T) {
		f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
		require.NoError(t, err)
		defer f.Close()
		assert.False(t, isTerminal(f))
		assert.False(t, isTerminal(&bytes.Buffer{}))
		status, _, errOut := runCLI(t, "", seed)
		assert.Equal(t, 0, status)
		assert.Empty(t, errOut, "silent when stderr is no terminal")
	})
}
