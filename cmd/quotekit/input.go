package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
		r = f
	}
	if !p.o.jsonl {
		b, err := io.ReadAll(r)
		if err != nil {
			return p.submit(&job{name: name, id: name, err: fmt.Errorf("reading: %w", err)})
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

// readJSONL queues one document per non-blank line. Lines may be of any
// length.
func (p *pipeline) readJSONL(name string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && !blank(line) {
			where := name + ":" + strconv.Itoa(n)
			j := &job{name: where, id: where}
			var d jsonlDoc
			if uerr := json.Unmarshal(line, &d); uerr != nil {
				j.err = fmt.Errorf("not a JSON object: %v", uerr)
			} else {
				if id := idString(d.ID); id != "" {
					j.id = id
					j.name = where + " (id " + id + ")"
				}
				switch {
				case d.Text != nil:
					j.text = *d.Text
				case d.HTML != nil:
					j.text, j.html = *d.HTML, true
				default:
					j.err = fmt.Errorf(`no "text" or "html" field`)
				}
			}
			if !p.submit(j) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return p.submit(&job{name: name + ":" + strconv.Itoa(n), err: fmt.Errorf("reading: %w", err)})
		}
	}
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
