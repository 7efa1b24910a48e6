package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

const seedHTML = "../../testdata/osce_fsc_2018-10-17.html"

// testConfig returns the default limits, with room for the tests' bursts.
func testConfig() serveConfig {
	cfg := defaultServeConfig()
	cfg.addr = "127.0.0.1:0"
	cfg.maxInFlight, cfg.maxQueue = 4, 64
	return cfg
}

// newTestServer returns a server of cfg whose log is kept quiet.
func newTestServer(t testing.TB, cfg serveConfig) *server {
	t.Helper()
	s, err := newServer(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	require.NoError(t, err)
	return s
}

// do sends one request to the handler of s, in process.
func do(s *server, method, target, contentType, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	w := httptest.NewRecorder()
	s.handler.ServeHTTP(w, r)
	return w
}

// cliOutput returns what the CLI writes for one document.
func cliOutput(t testing.TB, d *quotes.Document, html bool, o options) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, newWriter(&b, o)(d, html))
	return b.String()
}

func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(b)
}

// assertJSONError checks an error answer: its code and a JSON body
// {"error": ...} that contains want.
func assertJSONError(t *testing.T, w *httptest.ResponseRecorder, code int, want string) {
	t.Helper()
	assert.Equal(t, code, w.Code, w.Body.String())
	assert.Equal(t, "application/json", w.Header().Get("Content-Type"))
	var e map[string]string
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e), w.Body.String())
	assert.Len(t, e, 1)
	assert.Contains(t, e["error"], want)
}

// Every content type answers the bytes the CLI writes for the same
// document.
func TestServeContentTypes(t *testing.T) {
	s := newTestServer(t, testConfig())
	x, err := quotes.New()
	require.NoError(t, err)
	text, page := readFile(t, seed), readFile(t, seedHTML)
	docJSON := x.Extract(text)
	docJSON.ID = "seed"
	htmlDoc, err := x.ReadHTML(t.Context(), strings.NewReader(page))
	require.NoError(t, err)
	htmlDoc.ID = "page"
	jsonOpts := options{format: "json", per: "document"}
	wantText, wantHTML := cliOutput(t, docJSON, false, jsonOpts), cliOutput(t, htmlDoc, true, jsonOpts)
	require.Contains(t, wantHTML, `"text":`, "HTML answers carry the text their offsets index")

	// The CLI's own run on the file gives the same bytes.
	status, out, errOut := runCLI(t, "", seed)
	require.Equal(t, 0, status, errOut)
	assert.Equal(t, strings.Replace(wantText, `"id":"seed"`, `"id":"`+seed+`"`, 1), out)

	textBody, _ := json.Marshal(map[string]string{"id": "seed", "text": text})
	htmlBody, _ := json.Marshal(map[string]string{"id": "page", "html": page})
	for _, tt := range []struct {
		name, target, contentType, body, want string
	}{
		{"text", "/v1/extract?id=seed", "text/plain", text, wantText},
		{"text with charset", "/v1/extract?id=seed", "text/plain; charset=utf-8", text, wantText},
		{"html", "/v1/extract?id=page", "text/html", page, wantHTML},
		{"json text", "/v1/extract", "application/json", string(textBody), wantText},
		{"json html", "/v1/extract", "application/json", string(htmlBody), wantHTML},
		{"ndjson", "/v1/extract", "application/x-ndjson", string(textBody) + "\n\n" + string(htmlBody), wantText + wantHTML},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := do(s, "POST", tt.target, tt.contentType, tt.body)
			require.Equal(t, http.StatusOK, w.Code, w.Body.String())
			assert.Equal(t, tt.want, w.Body.String())
			ct := "application/json"
			if tt.contentType == "application/x-ndjson" {
				ct = tt.contentType
			}
			assert.Equal(t, ct, w.Header().Get("Content-Type"))
		})
	}
}

// The query mirrors the CLI's -o and -per, checked as the CLI checks them.
func TestServeOptions(t *testing.T) {
	s := newTestServer(t, testConfig())
	text, d, flat := seedQuotes(t)
	d.ID = "r1"
	for _, tt := range []struct {
		query, contentType string
		o                  options
	}{
		{"per=quote", "application/x-ndjson", options{format: "json", per: "quote"}},
		{"per=document", "application/json", options{format: "json", per: "document"}},
		{"o=csv", "text/csv; charset=utf-8", options{format: "csv", per: "quote"}},
		{"o=csv&per=quote", "text/csv; charset=utf-8", options{format: "csv", per: "quote"}},
		{"o=text", "text/plain; charset=utf-8", options{format: "text", per: "document"}},
	} {
		t.Run(tt.query, func(t *testing.T) {
			w := do(s, "POST", "/v1/extract?id=r1&"+tt.query, "text/plain", text)
			require.Equal(t, http.StatusOK, w.Code, w.Body.String())
			assert.Equal(t, tt.contentType, w.Header().Get("Content-Type"))
			assert.Equal(t, cliOutput(t, d, false, tt.o), w.Body.String())
		})
	}
	t.Run("per=quote lines", func(t *testing.T) {
		w := do(s, "POST", "/v1/extract?id=r1&per=quote", "text/plain", text)
		ls := lines(w.Body.String())
		require.Len(t, ls, len(flat))
		var q quotes.FlatQuote
		require.NoError(t, json.Unmarshal([]byte(ls[0]), &q))
		assert.Equal(t, text[q.Start:q.End], q.Text)
	})
	t.Run("csv rows", func(t *testing.T) {
		w := do(s, "POST", "/v1/extract?o=csv", "text/plain", text)
		rows, err := csv.NewReader(w.Body).ReadAll()
		require.NoError(t, err)
		assert.Len(t, rows, 1+len(flat))
	})
	t.Run("ndjson per quote", func(t *testing.T) {
		body, _ := json.Marshal(map[string]string{"id": "r1", "text": text})
		w := do(s, "POST", "/v1/extract?per=quote", "application/x-ndjson", string(body)+"\n"+string(body)+"\n")
		require.Equal(t, http.StatusOK, w.Code)
		assert.Len(t, lines(w.Body.String()), 2*len(flat))
	})
	for _, tt := range []struct{ query, want string }{
		{"o=xml", "unknown output format"},
		{"per=sentence", "unknown -per"},
		{"o=text&per=quote", "-o text lists documents"},
		{"o=csv&per=document", "-o csv writes one row per quote"},
		{"format=json", `unknown query parameter "format"`},
	} {
		t.Run("bad "+tt.query, func(t *testing.T) {
			assertJSONError(t, do(s, "POST", "/v1/extract?"+tt.query, "text/plain", text), http.StatusBadRequest, tt.want)
		})
	}
	t.Run("ndjson wants json", func(t *testing.T) {
		assertJSONError(t, do(s, "POST", "/v1/extract?o=csv", "application/x-ndjson", "{}"), http.StatusBadRequest, "o=json")
	})
}

func TestServeErrors(t *testing.T) {
	cfg := testConfig()
	cfg.maxBody = 1000
	s := newTestServer(t, cfg)
	t.Run("415", func(t *testing.T) {
		for _, ct := range []string{"", "application/x-www-form-urlencoded", "text/csv", "text/plain; charset"} {
			assertJSONError(t, do(s, "POST", "/v1/extract", ct, "x"), http.StatusUnsupportedMediaType, "unsupported Content-Type")
		}
	})
	t.Run("400", func(t *testing.T) {
		for body, want := range map[string]string{
			`{"id": "a"}`:            `no "text" or "html" field`,
			`{"id": "a", "text": 3}`: `"text" is a JSON number, not a string`,
			`["text"]`:               "not a JSON object",
			`{"text": "a"`:           "not a JSON object",
			``:                       "not a JSON object",
		} {
			assertJSONError(t, do(s, "POST", "/v1/extract", "application/json", body), http.StatusBadRequest, want)
		}
	})
	t.Run("413", func(t *testing.T) {
		for _, ct := range []string{"text/plain", "text/html", "application/json"} {
			assertJSONError(t, do(s, "POST", "/v1/extract", ct, strings.Repeat("a", 1001)), http.StatusRequestEntityTooLarge, "over the limit of 1000 bytes")
		}
		w := do(s, "POST", "/v1/extract", "text/plain", strings.Repeat("a", 1000))
		assert.Equal(t, http.StatusOK, w.Code, "a body of the limit is fine")
	})
	t.Run("413 in a stream", func(t *testing.T) {
		small := `{"id": "a", "text": "“Yes,” she said."}`
		w := do(s, "POST", "/v1/extract", "application/x-ndjson", small+"\n"+`{"text": "`+strings.Repeat("a", 1000)+`"}`+"\n"+small+"\n")
		require.Equal(t, http.StatusOK, w.Code)
		ls := lines(w.Body.String())
		require.Len(t, ls, 3, "one line out per line in, in order")
		assert.Contains(t, ls[0], `"id":"a"`)
		assert.JSONEq(t, `{"line": 2, "error": "line of 1013 bytes is over the limit of 1000 bytes"}`, ls[1])
		assert.Contains(t, ls[2], `"id":"a"`)
	})
	t.Run("stream errors in place", func(t *testing.T) {
		w := do(s, "POST", "/v1/extract", "application/x-ndjson", "{\"text\": \"a\"}\nnot json\n{\"id\": 7}\n{\"html\": \"<p>b\"}")
		require.Equal(t, http.StatusOK, w.Code)
		ls := lines(w.Body.String())
		require.Len(t, ls, 4)
		assert.Contains(t, ls[0], `"id":"1"`, "a line without id is named by its number")
		assert.Contains(t, ls[1], `{"line":2,"error":"not a JSON object`)
		assert.JSONEq(t, `{"line": 3, "error": "no \"text\" or \"html\" field"}`, ls[2])
		assert.Contains(t, ls[3], `"id":"4"`, "the last line needs no newline")
	})
	t.Run("405 and 404", func(t *testing.T) {
		assert.Equal(t, http.StatusMethodNotAllowed, do(s, "GET", "/v1/extract", "", "").Code)
		assert.Equal(t, http.StatusNotFound, do(s, "GET", "/v2/extract", "", "").Code)
	})
}

// Invalid UTF-8 and broken HTML get the library's best-effort result.
func TestServeBadInput(t *testing.T) {
	s := newTestServer(t, testConfig())
	x, err := quotes.New()
	require.NoError(t, err)
	o := options{format: "json", per: "document"}
	bad := "Ana Hinojosa said: \xff\xfe“We \xc3 will act.” \x00 The end"
	w := do(s, "POST", "/v1/extract", "text/plain", bad)
	require.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, cliOutput(t, x.Extract(bad), false, o), w.Body.String())
	assert.True(t, json.Valid(w.Body.Bytes()))

	for _, page := range []string{"<p>“Yes,” <b>she <i>said</p></b>.", "<html><body><div><p>“We will,” said Ana Hinojosa.<table><tr><td>", "<", "<!-- never closed", "\xff<p>\xfe"} {
		w := do(s, "POST", "/v1/extract", "text/html", page)
		require.Equal(t, http.StatusOK, w.Code, page)
		d, err := x.ReadHTML(t.Context(), strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, cliOutput(t, d, true, o), w.Body.String(), page)
	}
}

// A document the extraction cannot finish within the deadline gets a 503
// with Retry-After; the extraction is cancelled through its context.
func TestServeDeadline(t *testing.T) {
	cfg := testConfig()
	cfg.timeout = 30 * time.Millisecond
	s := newTestServer(t, cfg)
	// A megabyte of quotes: some 200 ms of work, read from memory in about
	// one.
	long := synthetic(1 << 20)
	w := do(s, "POST", "/v1/extract", "text/plain", long)
	assertJSONError(t, w, http.StatusServiceUnavailable, "deadline of 30ms")
	assert.Equal(t, retryAfter, w.Header().Get("Retry-After"))

	line, _ := json.Marshal(map[string]string{"id": "long", "text": long})
	w = do(s, "POST", "/v1/extract", "application/x-ndjson", `{"id": "short", "text": "a"}`+"\n"+string(line)+"\n"+`{"id": "last", "text": "b"}`)
	require.Equal(t, http.StatusOK, w.Code)
	ls := lines(w.Body.String())
	require.Len(t, ls, 3, w.Body.String())
	assert.Contains(t, ls[0], `"id":"short"`)
	assert.JSONEq(t, `{"line": 2, "id": "long", "error": "extraction not done within the deadline of 30ms"}`, ls[1])
	assert.Contains(t, ls[2], `"id":"last"`, "the stream goes on past a document over its deadline")
}

// The limiter: beyond the in-flight requests a bounded queue, then 503.
func TestServeBusy(t *testing.T) {
	cfg := testConfig()
	cfg.maxInFlight, cfg.maxQueue = 1, 1
	cfg.timeout = time.Second
	s := newTestServer(t, cfg)
	ts := httptest.NewServer(s.handler)
	defer ts.Close()

	// An NDJSON stream that stays open holds the only slot.
	pr, pw := io.Pipe()
	defer pw.Close()
	held := make(chan *http.Response, 1)
	go func() {
		res, err := http.Post(ts.URL+"/v1/extract", "application/x-ndjson", pr)
		if err == nil {
			held <- res
		}
		close(held)
	}()
	_, err := io.WriteString(pw, `{"id": "first", "text": "“Yes,” she said."}`+"\n")
	require.NoError(t, err)
	res := <-held
	require.NotNil(t, res)
	defer res.Body.Close()
	first, err := bufio.NewReader(res.Body).ReadString('\n')
	require.NoError(t, err)
	assert.Contains(t, first, `"id":"first"`, "the first result comes while the stream is still open")

	// A line every 50 ms keeps the stream within its per-line deadline.
	stop := make(chan struct{})
	fed := make(chan struct{})
	go func() {
		defer close(fed)
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				if _, err := io.WriteString(pw, `{"text": "a"}`+"\n"); err != nil {
					return
				}
			}
		}
	}()

	// One waits in the queue past its deadline while another finds the
	// queue full.
	queued := make(chan *http.Response, 1)
	go func() {
		res, err := http.Post(ts.URL+"/v1/extract", "text/plain", strings.NewReader("a"))
		if err == nil {
			queued <- res
		}
		close(queued)
	}()
	require.Eventually(t, func() bool { return len(s.lim.queue) == 1 }, 5*time.Second, time.Millisecond)
	full, err := http.Post(ts.URL+"/v1/extract", "text/plain", strings.NewReader("a"))
	require.NoError(t, err)
	checkBusy(t, full, "too many requests")
	res2 := <-queued
	require.NotNil(t, res2)
	checkBusy(t, res2, "no slot free within the deadline of 1s")

	// The stream ends; its slot is free again.
	close(stop)
	<-fed
	require.NoError(t, pw.Close())
	rest, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	for _, l := range lines(string(rest)) {
		assert.Contains(t, l, `"body":`, "each line fed gave its document")
	}
	ok, err := http.Post(ts.URL+"/v1/extract", "text/plain", strings.NewReader("a"))
	require.NoError(t, err)
	ok.Body.Close()
	assert.Equal(t, http.StatusOK, ok.StatusCode)

	metrics := do(s, "GET", "/metrics", "", "").Body.String()
	assert.Contains(t, metrics, `quotekit_requests_rejected_total{reason="queue_full"} 1`)
	assert.Contains(t, metrics, `quotekit_requests_rejected_total{reason="deadline"} 1`)
	assert.Contains(t, metrics, `quotekit_http_requests_total{code="503",handler="extract"} 2`)
	assert.Contains(t, metrics, "quotekit_requests_in_flight 0")
	assert.Contains(t, metrics, "quotekit_requests_queued 0")
}

func checkBusy(t *testing.T, res *http.Response, want string) {
	t.Helper()
	defer res.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	assert.Equal(t, retryAfter, res.Header.Get("Retry-After"))
	var e map[string]string
	require.NoError(t, json.NewDecoder(res.Body).Decode(&e))
	assert.Contains(t, e["error"], want)
}

func TestServeHealthMetricsPage(t *testing.T) {
	s := newTestServer(t, testConfig())
	w := do(s, "GET", "/healthz", "", "")
	assert.Equal(t, http.StatusOK, w.Code)
	assert.JSONEq(t, `{"status": "ok"}`, w.Body.String())

	text := readFile(t, seed)
	for range 3 {
		require.Equal(t, http.StatusOK, do(s, "POST", "/v1/extract", "text/plain", text).Code)
	}
	do(s, "POST", "/v1/extract", "text/csv", text)
	w = do(s, "GET", "/metrics", "", "")
	require.Equal(t, http.StatusOK, w.Code)
	assert.Contains(t, w.Header().Get("Content-Type"), "text/plain")
	m := w.Body.String()
	for _, want := range []string{
		`quotekit_http_requests_total{code="200",handler="extract"} 3`,
		`quotekit_http_requests_total{code="415",handler="extract"} 1`,
		`quotekit_http_requests_total{code="200",handler="healthz"} 1`,
		`quotekit_http_request_duration_seconds_count{handler="extract"} 4`,
		`quotekit_documents_total{outcome="ok"} 3`,
		fmt.Sprintf("quotekit_request_body_bytes_total %d", 3*len(text)), // the 415's body is not read
		"quotekit_requests_in_flight 0",
		`quotekit_requests_rejected_total{reason="queue_full"} 0`,
		"go_goroutines",
	} {
		assert.Contains(t, m, want)
	}

	w = do(s, "GET", "/", "", "")
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, "text/html; charset=utf-8", w.Header().Get("Content-Type"))
	assert.Contains(t, w.Header().Get("Content-Security-Policy"), "default-src 'none'")
	body := w.Body.String()
	assert.Contains(t, body, "<title>quotekit")
	for _, external := range []string{"http://", "https://", "//cdn", "@import", "<link", "src=\""} {
		assert.NotContains(t, body, external, "the page loads nothing from elsewhere")
	}
}

// synthetic returns a text of about n bytes of attributed quotes, each
// paragraph different.
func synthetic(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "“The plan for region %d will work,” said Ana Hinojosa, Director of Compliance at the World Customs Organization. "+
			"She added that %d officers had been trained.\n\n", i, i*7)
	}
	return b.String()
}
