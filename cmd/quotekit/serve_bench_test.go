package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchInputs are the documents of BenchmarkServe: the seed release
// without its page (3.4 KB) and a 30 KB article, the PolNeAR train
// article closest to 30 KB when ../shared is present, else the release
// repeated to 30 KB.
func benchInputs(b *testing.B) []struct{ name, text string } {
	seedText := readFile(b, seed)
	release := seedText[strings.Index(seedText, "VIENNA, 17 October"):]
	article, from := "", "release×9"
	if f, err := os.Open(filepath.Join(polnearDir(), "train.jsonl")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		best := 0
		for sc.Scan() {
			var d struct{ ID, Text string }
			if json.Unmarshal(sc.Bytes(), &d) == nil && (article == "" || abs(len(d.Text)-30_000) < best) {
				article, from, best = d.Text, d.ID, abs(len(d.Text)-30_000)
			}
		}
	}
	if article == "" {
		article = strings.Repeat(release+"\n\n", 9)
	}
	b.Logf("30 KB article: %s (%d bytes)", from, len(article))
	return []struct{ name, text string }{{"release-3KB", release}, {"article-30KB", article}}
}

func abs(n int) int { return max(n, -n) }

// BenchmarkServe measures POST /v1/extract over loopback HTTP: requests
// per second and the 50th and 99th percentiles of latency, for a release
// and an article at several client concurrencies. The server has the
// default in-flight limit (one per CPU) and a queue long enough that no
// request is turned away; allocations count the client's too. The
// in-process runs do the same extraction and encoding without HTTP.
//
//	go test -run '^$' -bench Serve -benchtime 3s ./cmd/quotekit
func BenchmarkServe(b *testing.B) {
	for _, in := range benchInputs(b) {
		// The same work in process, without HTTP: extract and encode.
		b.Run(in.name+"/in-process", func(b *testing.B) {
			s := newTestServer(b, defaultServeConfig())
			o := options{format: "json", per: "document"}
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := newWriter(io.Discard, o)(s.x.Extract(in.text), false); err != nil {
					b.Fatal(err)
				}
			}
		})
		for _, c := range []int{1, 4, 16} {
			b.Run(fmt.Sprintf("%s/c%d", in.name, c), func(b *testing.B) { benchServe(b, in.text, c) })
		}
	}
}

func benchServe(b *testing.B, text string, clients int) {
	cfg := defaultServeConfig()
	cfg.maxQueue = 64
	s := newTestServer(b, cfg)
	ts := newLoopbackServer(b, s)
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr}
	post := func() error {
		res, err := c.Post(ts.URL+"/v1/extract", "text/plain; charset=utf-8", strings.NewReader(text))
		if err != nil {
			return err
		}
		defer res.Body.Close()
		if _, err := io.Copy(io.Discard, res.Body); err != nil {
			return err
		}
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("status %d", res.StatusCode)
		}
		return nil
	}
	for range clients { // warm the connections and the extractor
		if err := post(); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	var wg sync.WaitGroup
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < b.N; i = int(next.Add(1)) - 1 {
				t0 := time.Now()
				if err := post(); err != nil {
					b.Error(err)
					return
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(ms(lat[len(lat)*50/100]), "p50-ms")
	b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
}
