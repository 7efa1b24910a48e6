package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// docJSON is a document as the CLI writes it; for HTML input it carries
// the extracted text that the offsets index.
type docJSON struct {
	*quotes.Document
	Text *string `json:"text,omitempty"`
}

func writeJSON(w io.Writer, d *quotes.Document, html bool) error {
	v := docJSON{Document: d}
	if html {
		v.Text = &d.Text
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

func writeText(w io.Writer, d *quotes.Document) error {
	bw := &errWriter{w: w}
	fmt.Fprintf(bw, "== %s\n", d.ID)
	if d.Title != "" {
		fmt.Fprintf(bw, "title:  %s\n", d.Title)
	}
	if d.Date != "" || d.Place != "" {
		fmt.Fprintf(bw, "date:   %s  place: %s\n", d.Date, d.Place)
	}
	if d.Source != "" {
		fmt.Fprintf(bw, "source: %s\n", d.Source)
	}
	for _, s := range d.Speakers {
		fmt.Fprintf(bw, "%-3s %s", s.ID, s.Name)
		if s.Organization.Name != "" {
			fmt.Fprintf(bw, " (%s)", orgString(s.Organization))
		}
		fmt.Fprintf(bw, " [%s", s.Kind)
		if s.Gender.String() != "" {
			fmt.Fprintf(bw, ", %s", s.Gender)
		}
		fmt.Fprintf(bw, "]\n")
		for _, t := range s.Titles {
			fmt.Fprintf(bw, "      %s\n", t)
		}
	}
	for i, q := range d.Quotes {
		who := "(unknown)"
		if q.Speaker != nil {
			who = q.Speaker.Name
			if q.Speaker.Organization.Name != "" && q.Speaker.Kind.String() == "person" {
				who += ", " + orgString(q.Speaker.Organization)
			}
		}
		fmt.Fprintf(bw, "%2d. %-8s %s:\n    %s\n", i+1, q.Kind, who, q.Text)
	}
	fmt.Fprintln(bw)
	return bw.err
}

func orgString(o speakers.Org) string { return o.String() }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}
