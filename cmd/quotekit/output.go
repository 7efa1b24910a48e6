package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// A writer writes one document's results; html says whether the document
// came from HTML, whose extracted text the offsets index.
type writer func(d *quotes.Document, html bool) error

// newWriter returns the writer of the format and unit of o. For csv it
// writes the header row at once, so that an output without quotes still
// has one.
func newWriter(w io.Writer, o options) writer {
	switch {
	case o.format == "text":
		return func(d *quotes.Document, _ bool) error { return writeText(w, d) }
	case o.format == "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(csvHeader) // an error shows at the first document's Flush
		escape := !o.csvRaw
		return func(d *quotes.Document, _ bool) error { return writeCSV(cw, d, escape) }
	case o.per == "quote":
		return func(d *quotes.Document, _ bool) error { return writeQuotesJSON(w, d) }
	}
	return func(d *quotes.Document, html bool) error { return writeJSON(w, d, html) }
}

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

// writeQuotesJSON writes one flat quote per line.
func writeQuotesJSON(w io.Writer, d *quotes.Document) error {
	var b []byte
	for _, q := range quotes.Flatten(d) {
		j, err := json.Marshal(q)
		if err != nil {
			return err
		}
		b = append(append(b, j...), '\n')
	}
	_, err := w.Write(b)
	return err
}

// csvHeader names the columns of writeCSV. New columns go at the end, so
// that readers that count columns keep working.
var csvHeader = []string{"document", "speaker", "organization", "titles", "kind", "cue", "text", "start", "end",
	"speaker_key", "speaker_kind", "within"}

// writeCSV writes one row per quote, quoted as RFC 4180 says. The
// organization is "Name (ACRONYM)", the titles are joined with "; ",
// start and end are byte offsets into the document's text, speaker_key is
// the speaker's identity across documents (speakers.KeyOf), speaker_kind
// "person", "organization", "group" or "document", and within the
// 1-based row, among the document's rows, of the quote that holds this
// one (0 at top level). With escape, a cell that a spreadsheet would run
// as a formula gets a leading "'" (escapeFormula).
func writeCSV(cw *csv.Writer, d *quotes.Document, escape bool) error {
	for _, q := range quotes.Flatten(d) {
		org := speakers.Org{Name: q.Organization, Acronym: q.OrganizationAcronym}
		row := []string{q.Document, q.SpeakerName, org.String(), strings.Join(q.Titles, "; "), q.Kind.String(), q.Cue, q.Text,
			strconv.Itoa(q.Start), strconv.Itoa(q.End), q.SpeakerKey, q.SpeakerKind, strconv.Itoa(q.Within)}
		if escape {
			for i, c := range row {
				row[i] = escapeFormula(c)
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// formulaStart holds the first bytes that make a spreadsheet read a cell
// as a formula (OWASP, "CSV Injection"): "=1+2", "+1", "-1", "@SUM(…)", and
// a tab or carriage return before any of them.
const formulaStart = "=+-@\t\r"

// escapeFormula puts a "'" before a cell that starts with a byte of
// formulaStart, which spreadsheets then show as text: "=HYPERLINK(…)" →
// "'=HYPERLINK(…)", "-- we agree" → "'-- we agree".
func escapeFormula(c string) string {
	if c != "" && strings.IndexByte(formulaStart, c[0]) >= 0 {
		return "'" + c
	}
	return c
}

// writeText lists the document's metadata, speakers and quotes. A quote
// inside another (Quote.Within) is indented under its holder, one step
// a level, and says so: "6. indirect Sweden (inside quote 5):".
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
		if s.Organization.Name != "" && !(s.Kind != speakers.Person && strings.EqualFold(s.Organization.Name, s.Name)) {
			// (an organization is not shown as its own organization)
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
		indent := strings.Repeat("    ", depth(d.Quotes, i))
		if q.Within > 0 && q.Within <= len(d.Quotes) {
			who += fmt.Sprintf(" (inside quote %d)", q.Within)
		}
		fmt.Fprintf(bw, "%s%2d. %-8s %s:\n%s    %s\n", indent, i+1, q.Kind, who, indent, q.Text)
	}
	fmt.Fprintln(bw)
	return bw.err
}

func orgString(o speakers.Org) string { return o.String() }

// depth returns how many quotes hold qs[i], following Within; a Within out
// of range ends the chain, and a loop stops after len(qs) steps.
func depth(qs []quotes.Quote, i int) int {
	n := 0
	for w := qs[i].Within; w > 0 && w <= len(qs) && n < len(qs); w = qs[w-1].Within {
		n++
	}
	return n
}

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
