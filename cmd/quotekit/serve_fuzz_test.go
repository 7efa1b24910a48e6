package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fuzzTypes are the Content-Types FuzzServeBody sends, by its first
// argument.
var fuzzTypes = []string{"text/plain", "text/html", "application/json", "application/x-ndjson", "text/plain; charset=iso-8859-1"}

// FuzzServeBody sends any body as each content type: the answer is a 200
// with valid JSON (one value per line for NDJSON, one per non-blank line
// in), or a 400 or 413 with a JSON error; never a 500, a panic or a hang.
// A text's answer is the CLI's output for it.
//
// The bodies go to the extraction handler itself, without the log and
// metrics around it: they time each request (a log line's duration, a
// latency histogram's bucket search), so the same input gave different
// coverage from run to run, and the engine spent its minimization minute
// (-fuzzminimizetime) on input after input and stalled at 0 execs/s.
// Inputs stay small for the same reason as FuzzJSONL's: the seeds are the
// first 160 bytes of a quotation's paragraph of the seed release (not the
// whole 7 KB release), inputs are cut to fuzzMaxInput bytes.
//
//	go test -run XXX -fuzz FuzzServeBody -fuzztime 3m ./cmd/quotekit
func FuzzServeBody(f *testing.F) {
	text, page := excerpt(readFile(f, seed), "“", 160), excerpt(readFile(f, seedHTML), "<p>&ldquo;", 160)
	line, err := json.Marshal(map[string]string{"id": "a", "text": text})
	require.NoError(f, err)
	f.Add(uint8(0), text)
	f.Add(uint8(1), page)
	f.Add(uint8(2), string(line))
	f.Add(uint8(3), string(line)+"\n{\"html\": \"<p>“Yes,” she said.\"}\n\nbad\n{\"id\": 1}\n")
	f.Add(uint8(0), "“Unclosed, she said. \xff\xfe")
	f.Add(uint8(1), "<p>“Yes,” <b>she <i>said</p></b><!--")
	f.Add(uint8(2), `{"id": "a", "text": "\ud800 said"}`)
	f.Add(uint8(3), "\n\n\r\n")
	cfg := testConfig()
	cfg.maxBody = 1 << 16
	s, err := newServer(cfg, slog.New(slog.DiscardHandler))
	require.NoError(f, err)
	extract := http.HandlerFunc(s.extract)
	f.Fuzz(func(t *testing.T, ct uint8, body string) {
		body = body[:min(len(body), fuzzMaxInput)]
		typ := fuzzTypes[int(ct)%len(fuzzTypes)]
		r := httptest.NewRequest("POST", "/v1/extract", strings.NewReader(body))
		r.Header.Set("Content-Type", typ)
		w := httptest.NewRecorder()
		extract.ServeHTTP(w, r)
		switch w.Code {
		case http.StatusOK:
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			var e map[string]string
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e))
			require.NotEmpty(t, e["error"])
			assert.NotEqual(t, bodyText, bodyKinds[typ], "a text is never refused: %s", e["error"])
			return
		default:
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		out := bytes.TrimSuffix(w.Body.Bytes(), []byte("\n"))
		if typ != "application/x-ndjson" {
			require.True(t, json.Valid(out), "%s", out)
			if typ == "text/plain" {
				assert.Equal(t, cliOutput(t, s.x.Extract(body), false, options{format: "json", per: "document"}), w.Body.String())
			}
			return
		}
		in := 0
		for l := range bytes.SplitSeq([]byte(body), []byte("\n")) {
			if !blank(l) {
				in++
			}
		}
		n := 0
		if len(out) > 0 {
			for l := range bytes.SplitSeq(out, []byte("\n")) {
				require.True(t, json.Valid(l), "%s", l)
				n++
			}
		}
		assert.Equal(t, in, n, "one line out per non-blank line in")
	})
}
