package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// polnearDir finds the PolNeAR data in ../shared, or in $QUOTEKIT_POLNEAR.
func polnearDir() string {
	if dir := os.Getenv("QUOTEKIT_POLNEAR"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "..", "shared", "data", "polnear")
}

// loadTexts returns up to n texts of PolNeAR's size for the load: the
// PolNeAR dev articles of 3 to 5 KB when ../shared is present, else
// synthetic texts of 3 to 5 KB; and where they come from.
func loadTexts(t testing.TB, n int) ([]string, string) {
	t.Helper()
	name := filepath.Join(polnearDir(), "dev.jsonl")
	f, err := os.Open(name)
	if err != nil {
		var texts []string
		for i := range n {
			texts = append(texts, synthetic(3000+i*2000/n))
		}
		return texts, "synthetic texts (no " + name + ")"
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && len(texts) < n {
		var d struct{ Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		if len(d.Text) >= 3000 && len(d.Text) <= 5000 {
			texts = append(texts, d.Text)
		}
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, texts)
	return texts, name
}

// expectedAnswers returns the CLI's output for each text, as the library
// extracts it.
func expectedAnswers(t testing.TB, texts []string) []string {
	x, err := quotes.New()
	require.NoError(t, err)
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = cliOutput(t, x.Extract(text), false, options{format: "json", per: "document"})
	}
	return want
}

// A loadResult counts the answers of a load run.
type loadResult struct {
	ok, busy, wrong, other, failed atomic.Int64
	firstFailure                   atomic.Int64 // UnixNano of the first transport error
	mu                             sync.Mutex
	problems                       []string // the first few wrong answers and errors
}

func (r *loadResult) problem(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.problems) < 10 {
		r.problems = append(r.problems, fmt.Sprintf(format, args...))
	}
}

// load sends requests texts[i%len(texts)] for i < n from clients
// goroutines until n are sent or stop is closed, and checks each answer:
// a 200 must be the library's result, a 503 must say when to retry.
// Transport errors are counted as failed. A client turned away waits
// backoff before its next request, as a polite client would.
func load(url string, texts, want []string, n, clients int, backoff time.Duration, stop <-chan struct{}) *loadResult {
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: time.Minute}
	var r loadResult
	var next atomic.Int64
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				select {
				case <-stop:
					return
				default:
				}
				k := i % len(texts)
				res, err := c.Post(url+"/v1/extract", "text/plain; charset=utf-8", stringsReader(texts[k]))
				if err != nil {
					r.firstFailure.CompareAndSwap(0, time.Now().UnixNano())
					r.failed.Add(1)
					r.problem("request %d: %v", i, err)
					continue
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				switch {
				case err != nil:
					r.failed.Add(1)
					r.problem("request %d: reading the answer: %v", i, err)
				case res.StatusCode == http.StatusOK && string(body) == want[k]:
					r.ok.Add(1)
				case res.StatusCode == http.StatusOK:
					r.wrong.Add(1)
					r.problem("request %d: text %d: an answer other than the library's", i, k)
				case res.StatusCode == http.StatusServiceUnavailable && res.Header.Get("Retry-After") != "" && json.Valid(body):
					r.busy.Add(1)
					time.Sleep(backoff)
				default:
					r.other.Add(1)
					r.problem("request %d: status %d: %s", i, res.StatusCode, body)
				}
			}
		}()
	}
	wg.Wait()
	return &r
}

// Thousands of PolNeAR-sized requests at a concurrency well above the
// in-flight limit: every accepted request is answered with the library's
// result, the rest are turned away with 503; none lost, none a 500.
func TestServeLoad(t *testing.T) {
	n, clients := 3000, 48
	if testing.Short() {
		n = 300
	}
	texts, from := loadTexts(t, 40)
	want := expectedAnswers(t, texts)
	cfg := testConfig()
	cfg.maxInFlight, cfg.maxQueue = 2, 6
	s := newTestServer(t, cfg)
	ts := newLoopbackServer(t, s)
	start := time.Now()
	r := load(ts.URL, texts, want, n, clients, 10*time.Millisecond, nil)
	elapsed := time.Since(start)
	ts.Close() // waits for the handlers to return
	t.Logf("%d requests from %d clients (%d texts: %s) in %v: %d answered, %d turned away (503)",
		n, clients, len(texts), from, elapsed.Round(time.Millisecond), r.ok.Load(), r.busy.Load())
	assert.Empty(t, r.problems)
	assert.Zero(t, r.wrong.Load()+r.other.Load()+r.failed.Load())
	assert.Equal(t, int64(n), r.ok.Load()+r.busy.Load(), "every request is answered or turned away")
	assert.Positive(t, r.ok.Load())
	assert.Positive(t, r.busy.Load(), "a concurrency well above the limit is turned away in part")
	assert.Equal(t, s.accepted.Load(), r.ok.Load(), "every accepted request is answered")
	assert.Equal(t, s.accepted.Load(), s.answered.Load())
}
