package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
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
		return p.submit(&job{name: name, id: name, text: string(b)})
	}
	return p.readJSONL(name, r)
}

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
