package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"

	"github.com/quotekit/quotekit/quotes"
)

// bodyKind is what an extraction request's Content-Type says its body is.
type bodyKind int

const (
	bodyText   bodyKind = iota // text/plain: the document's text
	bodyHTML                   // text/html: a page
	bodyJSON                   // application/json: {"id": ..., "text": ...} or {"id": ..., "html": ...}
	bodyNDJSON                 // application/x-ndjson: one such object per line
)

var bodyKinds = map[string]bodyKind{
	"text/plain":           bodyText,
	"text/html":            bodyHTML,
	"application/json":     bodyJSON,
	"application/x-ndjson": bodyNDJSON,
}

// extract answers POST /v1/extract: one document in, the CLI's output for
// it out; or, for NDJSON, a stream of documents in and of results out,
// in order, each flushed when ready.
//
// The query mirrors the CLI's flags: o=json|text|csv and per=document|
// quote (?per=quote answers one flat quote per line); id names a text or
// HTML body's document.
func (s *server) extract(w http.ResponseWriter, r *http.Request) {
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	kind, ok := bodyKinds[mt]
	if err != nil || !ok {
		writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf(
			"unsupported Content-Type %q: want text/plain, text/html, application/json or application/x-ndjson", ct))
		return
	}
	o, id, err := queryOptions(r.URL.Query())
	if err == nil && kind == bodyNDJSON && o.format != "json" {
		err = errors.New("an NDJSON stream answers JSON lines: o=json (per=document or per=quote)")
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	// The request's deadline bounds the wait for a slot, then (for one
	// document) reading the body and the extraction.
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.timeout)
	defer cancel()
	if _, err := s.lim.acquire(ctx); err != nil {
		switch {
		case r.Context().Err() != nil:
			// The client left.
		case errors.Is(err, errQueueFull):
			s.m.rejected.WithLabelValues("queue_full").Inc()
			writeError(w, http.StatusServiceUnavailable, err.Error())
		default:
			s.m.rejected.WithLabelValues("deadline").Inc()
			writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("server busy: no slot free within the deadline of %s, retry later", s.cfg.timeout))
		}
		return
	}
	s.accepted.Add(1)
	s.m.inflight.Inc()
	defer func() {
		s.m.inflight.Dec()
		s.lim.release()
	}()
	var done bool
	if kind == bodyNDJSON {
		done = s.stream(w, r, o)
	} else {
		done = s.single(ctx, w, r, kind, o, id)
	}
	if done {
		s.answered.Add(1)
	}
}

// queryOptions reads the query of an extraction request: the CLI's
// output flags o and per (checked as the CLI checks them) and id.
func queryOptions(q url.Values) (options, string, error) {
	o := options{format: "json", per: "document"}
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.format, "o", o.format, "")
	fs.StringVar(&o.per, "per", o.per, "")
	var args []string
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch k {
		case "id":
		case "o", "per":
			for _, v := range q[k] {
				args = append(args, "-"+k+"="+v)
			}
		default:
			return o, "", fmt.Errorf("unknown query parameter %q (want o, per or id)", k)
		}
	}
	if err := fs.Parse(args); err != nil {
		return o, "", err
	}
	if err := o.check(fs); err != nil {
		return o, "", err
	}
	return o, q.Get("id"), nil
}

// contentType is the Content-Type of the answers of o.
func contentType(o options) string {
	switch {
	case o.format == "csv":
		return "text/csv; charset=utf-8"
	case o.format == "text":
		return "text/plain; charset=utf-8"
	case o.per == "quote":
		return "application/x-ndjson"
	}
	return "application/json"
}

// single answers a request of one document within ctx, the request's
// deadline. It reports whether the answer was written.
func (s *server) single(ctx context.Context, w http.ResponseWriter, r *http.Request, kind bodyKind, o options, id string) bool {
	if dl, ok := ctx.Deadline(); ok {
		_ = http.NewResponseController(w).SetReadDeadline(dl)
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	s.m.bytes.Add(float64(len(b)))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over the limit of %d bytes", tooLarge.Limit))
		return true
	case r.Context().Err() != nil:
		return false // the client left
	case err != nil:
		writeError(w, http.StatusBadRequest, "reading the body: "+err.Error())
		return true
	}
	j := &job{id: id, text: string(b), html: kind == bodyHTML}
	if kind == bodyJSON {
		j = parseLine("", b)
		if j.err != nil {
			writeError(w, http.StatusBadRequest, j.err.Error())
			return true
		}
	}
	d, err := s.process(ctx, j)
	if err != nil {
		if r.Context().Err() != nil {
			return false
		}
		code, msg := s.failure(err)
		writeError(w, code, msg)
		return true
	}
	var out bytes.Buffer
	if err := newWriter(&out, o)(d, j.html); err != nil {
		writeError(w, http.StatusBadRequest, "encoding the result: "+err.Error())
		return true
	}
	w.Header().Set("Content-Type", contentType(o))
	w.Header().Set("Content-Length", strconv.Itoa(out.Len()))
	_, err = w.Write(out.Bytes())
	return err == nil
}

// process extracts one document within ctx and counts it.
func (s *server) process(ctx context.Context, j *job) (*quotes.Document, error) {
	var d *quotes.Document
	var err error
	if j.html {
		d, err = s.x.ReadHTML(ctx, bytes.NewReader([]byte(j.text)))
	} else {
		d, err = s.x.ExtractContext(ctx, j.text)
	}
	if err != nil {
		s.m.documents.WithLabelValues("error").Inc()
		return nil, err
	}
	s.m.documents.WithLabelValues("ok").Inc()
	d.ID = j.id
	return d, nil
}

// failure returns the status and message of an extraction's error: the
// deadline is a 503 (the server was too slow for it), anything else (a
// document over the size limit) a 413.
func (s *server) failure(err error) (int, string) {
	if errors.Is(err, context.DeadlineExceeded) {
		s.m.rejected.WithLabelValues("deadline").Inc()
		return http.StatusServiceUnavailable, fmt.Sprintf("extraction not done within the deadline of %s", s.cfg.timeout)
	}
	return http.StatusRequestEntityTooLarge, err.Error()
}

// streamError is the line of an NDJSON answer for a line of input that
// gave no result: its line number, its id when it has one, and why.
type streamError struct {
	Line  int    `json:"line"`
	ID    string `json:"id,omitempty"`
	Error string `json:"error"`
}

// stream answers an NDJSON request: it reads one line at a time and
// writes its result (or a streamError line) before reading the next, so
// memory stays flat on a stream of any length. The deadline applies to
// reading each line and to extracting each document. It reports whether
// the stream was read and answered to its end.
func (s *server) stream(w http.ResponseWriter, r *http.Request, o options) bool {
	rc := http.NewResponseController(w)
	_ = rc.EnableFullDuplex() // read lines after the first results are written
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	out := bufio.NewWriter(w)
	write := newWriter(out, o)
	br := bufio.NewReaderSize(r.Body, 64<<10)
	max := int(min(s.cfg.maxBody, 1<<40))
	fail := func(n int, id, msg string) error {
		b, _ := json.Marshal(streamError{Line: n, ID: id, Error: msg})
		_, err := out.Write(append(b, '\n'))
		return err
	}
	var buf []byte
	for n := 1; ; n++ {
		_ = rc.SetReadDeadline(time.Now().Add(s.cfg.timeout))
		line, size, rerr := readLine(br, buf[:0], max)
		s.m.bytes.Add(float64(size))
		var werr error
		// An answer larger than out's buffer goes straight through it and
		// leaves nothing buffered: flush the response after every answer.
		answered := size > max || len(line) > 0 && !blank(line)
		switch {
		case size > max:
			s.m.documents.WithLabelValues("error").Inc()
			werr = fail(n, "", fmt.Sprintf("line of %d bytes is over the limit of %d bytes", size, max))
		case len(line) > 0 && !blank(line):
			j := parseLine(strconv.Itoa(n), line)
			if j.err != nil {
				s.m.documents.WithLabelValues("error").Inc()
				werr = fail(n, "", j.err.Error())
				break
			}
			ctx, cancel := context.WithTimeout(r.Context(), s.cfg.timeout)
			d, err := s.process(ctx, j)
			cancel()
			switch {
			case r.Context().Err() != nil:
				return false
			case err != nil:
				_, msg := s.failure(err)
				werr = fail(n, j.id, msg)
			default:
				werr = write(d, j.html)
			}
		}
		if werr == nil && (answered || out.Buffered() > 0) {
			if werr = out.Flush(); werr == nil {
				werr = rc.Flush()
			}
		}
		if werr != nil {
			return false // the client left
		}
		if cap(line) <= 1<<20 {
			buf = line
		} else {
			buf = nil
		}
		switch {
		case rerr == io.EOF:
			return true
		case rerr != nil && r.Context().Err() == nil:
			// A broken or stalled body: say so at the end of what was answered.
			if fail(n, "", "reading the body: "+rerr.Error()) == nil && out.Flush() == nil {
				_ = rc.Flush()
			}
			return false
		case rerr != nil:
			return false
		}
	}
}
