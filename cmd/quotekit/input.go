package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readInput queues the documents of one input: a file, or stdin for "-".
// It reports false once the output has stopped (a closed pipe).
func (p *pipeline) readInput(name string, stdin io.Reader) bool {
	var r io.Reader
	if name == "-" {
		r = stdin
		name = "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return p.submit(&job{name: name, id: name, err: err})
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && !p.o.jsonl && fi.Size() > int64(p.maxDocLen) {
			return p.submit(&job{name: name, id: name,
				err: fmt.Errorf("document of %d bytes is over the limit of %d bytes", fi.Size(), p.maxDocLen)})
		}
		r = f
	}
	if !p.o.jsonl {
		b, err := io.ReadAll(io.LimitReader(r, int64(p.maxDocLen)+1))
		switch {
		case err != nil:
			return p.submit(&job{name: name, id: name, err: fmt.Errorf("reading: %w", err)})
		case len(b) > p.maxDocLen:
			return p.submit(&job{name: name, id: name, err: fmt.Errorf("document over the limit of %d bytes", p.maxDocLen)})
		}
		return p.submit(&job{name: name, id: name, text: string(b), html: isHTML(name, b)})
	}
	return p.readJSONL(name, r)
}

// isHTML reports whether an input is an HTML page: by its file name
// (.html, .htm, .xhtml) or, whatever its name, by its content, the way
// browsers sniff it: after a byte order mark and white space, a doctype,
// a comment, or one of the tags that start pages (<html>, <head>,
// <body>, <p>, <div>, ...).
func isHTML(name string, b []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n\f")
	if len(b) > 512 {
		b = b[:512]
	}
	head := strings.ToLower(string(b))
	if strings.HasPrefix(head, "<?xml") {
		return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html")
	}
	for _, sig := range htmlSignatures {
		if !strings.HasPrefix(head, sig) {
			continue
		}
		if sig == "<!--" || sig == "<!doctype html" {
			return true
		}
		// The tag must end: "<p>" or "<p class=...", not "<pre-release notes".
		if len(head) == len(sig) {
			return true
		}
		if c := head[len(sig)]; c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '/' {
			return true
		}
	}
	return false
}

// htmlSignatures are the starts of HTML documents that net/http's
// DetectContentType also recognizes.
var htmlSignatures = []string{"<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div",
	"<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--", "<article",
	"<main", "<section", "<meta", "<link", "<header", "<nav"}

// jsonlDoc is one line of JSON Lines input.
type jsonlDoc struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	HTML *string         `json:"html"`
}

// jsonlLineFactor bounds a line of JSON Lines input to this many times the
// document size limit: room for a text whose every character is escaped
// ("\u00e9" for é).
const jsonlLineFactor = 3

// readJSONL queues one document per non-blank line. A line may be of any
// length up to jsonlLineFactor times the document size limit; a longer one
// is skipped with an error. One line at a time is held.
func (p *pipeline) readJSONL(name string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	maxLine := jsonlLineFactor*p.maxDocLen + 1<<16
	var buf []byte
	for n := 1; ; n++ {
		line, size, err := readLine(br, buf[:0], maxLine)
		where := name + ":" + strconv.Itoa(n)
		switch {
		case size > maxLine:
			j := &job{name: where, id: where,
				err: fmt.Errorf("line of %d bytes is over the limit of %d bytes (%d times the document size limit)", size, maxLine, jsonlLineFactor)}
			if !p.submit(j) {
				return false
			}
		case len(line) > 0 && !blank(line):
			if !p.submit(parseLine(where, line)) {
				return false
			}
		}
		if cap(line) <= 1<<20 {
			buf = line // reuse the buffer, unless a long line made it large
		} else {
			buf = nil
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return p.submit(&job{name: where, id: where, err: fmt.Errorf("reading: %w", err)})
		}
	}
}

// readLine reads a line into buf and returns it with its newline, and its
// size. A line longer than max bytes is read to its end but not kept: line
// is then nil.
func readLine(br *bufio.Reader, buf []byte, max int) (line []byte, size int, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		size += len(frag)
		if size <= max {
			buf = append(buf, frag...)
		}
		if err != bufio.ErrBufferFull {
			if size > max {
				return nil, size, err
			}
			return buf, size, err
		}
	}
}

// parseLine returns the job of one line of JSON Lines, named where.
func parseLine(where string, line []byte) *job {
	j := &job{name: where, id: where}
	var d jsonlDoc
	if err := json.Unmarshal(line, &d); err != nil {
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te) && te.Field != "":
			j.err = fmt.Errorf("%q is a JSON %s, not a string", te.Field, te.Value)
		case errors.As(err, &te):
			j.err = fmt.Errorf("not a JSON object but a JSON %s", te.Value)
		default:
			j.err = fmt.Errorf("not a JSON object: %v", err)
		}
		return j
	}
	if id := idString(d.ID); id != "" {
		j.id = id
		j.name = where + " (id " + printable(id) + ")"
	}
	switch {
	case d.Text != nil:
		j.text = *d.Text
	case d.HTML != nil:
		j.text, j.html = *d.HTML, true
	default:
		j.err = fmt.Errorf(`no "text" or "html" field`)
	}
	return j
}

// printable returns an id as it can stand in an error line: at most 100
// bytes, and quoted when it holds a control character or invalid UTF-8.
func printable(id string) string {
	cut := false
	if len(id) > 100 {
		k := 100
		for k > 0 && !utf8.RuneStart(id[k]) {
			k--
		}
		id, cut = id[:k], true
	}
	for _, r := range id {
		if r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			id = strconv.Quote(id)
			break
		}
	}
	if cut {
		id += "…"
	}
	return id
}

func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// idString accepts a string or number id.
func idString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}
