package main

import (
	"bytes"
	"encoding/json"
	"net/http"
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
//	go test -run XXX -fuzz FuzzServeBody -fuzztime 3m ./cmd/quotekit
func FuzzServeBody(f *testing.F) {
	text, page := readFile(f, seed), readFile(f, seedHTML)
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
	s := newTestServer(f, cfg)
	f.Fuzz(func(t *testing.T, ct uint8, body string) {
		typ := fuzzTypes[int(ct)%len(fuzzTypes)]
		w := do(s, "POST", "/v1/extract", typ, body)
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
