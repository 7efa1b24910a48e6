package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"reflect"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/quotekit/quotekit/quotes"
)

// Input formats.
const (
	FormatAuto  = "auto"  // JSON Lines for *.jsonl and *.ndjson (optionally .gz), text otherwise
	FormatJSONL = "jsonl" // one document per line: {"id": ..., "text": ...} or {"id": ..., "html": ...}
	FormatText  = "text"  // one document per file, its id the file's path
)

// Options configure the pipeline.
type Options struct {
	Input  string // globs of input files, comma-separated: local paths or gs:// URLs
	Format string // FormatAuto, FormatJSONL or FormatText
	// Output is the prefix of the output files: Output+"quotes.jsonl",
	// Output+"speakers.jsonl" and Output+"failures.jsonl" (or
	// "quotes-00000-of-00004.jsonl" and so on with Shards > 1).
	Output string
	Shards int // files per output, at least 1
}

// A Doc is one input document.
type Doc struct {
	ID   string // the JSON Lines "id", or the input's name
	Name string // where it comes from: the file, and ":N" for line N of JSON Lines
	Text string // the text, or the page for HTML
	HTML bool
}

// A Failure is a document, or a line of input, that gave no result: the
// dead-letter record.
type Failure struct {
	Input string `json:"input"` // Doc.Name: "docs.jsonl:12", "release.txt"
	ID    string `json:"id"`    // the document's id, when known
	Error string `json:"error"`
}

func init() {
	beam.RegisterType(reflect.TypeFor[Doc]())
	beam.RegisterType(reflect.TypeFor[Failure]())
	// A quote crosses stages as its JSON, the form it is written in.
	beam.RegisterCoder(reflect.TypeFor[quotes.FlatQuote](), encodeFlatQuote, decodeFlatQuote)
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Doc), func(Failure), error](&readFn{})
	register.DoFn4x0[context.Context, Doc, func(quotes.FlatQuote), func(Failure)](&extractFn{})
	register.Function1x2(encodeFlatQuote)
	register.Function1x2(decodeFlatQuote)
	register.Function1x2(formatQuote)
	register.Function1x2(formatSpeaker)
	register.Function1x2(formatFailure)
	register.Emitter1[Doc]()
	register.Emitter1[Failure]()
	register.Emitter1[quotes.FlatQuote]()
}

func encodeFlatQuote(q quotes.FlatQuote) ([]byte, error) { return json.Marshal(q) }

func decodeFlatQuote(b []byte) (quotes.FlatQuote, error) {
	var q quotes.FlatQuote
	err := json.Unmarshal(b, &q)
	return q, err
}

// The format functions format a record as a line of JSON Lines. They are
// not one generic function: Beam names a function by its symbol, which
// its instances share.
func formatQuote(q quotes.FlatQuote) (string, error) { return formatJSON(q) }
func formatSpeaker(c SpeakerCount) (string, error)   { return formatJSON(c) }
func formatFailure(f Failure) (string, error)        { return formatJSON(f) }
func formatJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// Build adds the pipeline to s: it reads the documents of o.Input, finds
// their quotes, and writes the quotes, the quotes and documents per
// speaker, and the failures.
func Build(s beam.Scope, o Options) error {
	switch o.Format {
	case FormatAuto, FormatJSONL, FormatText:
	default:
		return fmt.Errorf("unknown input format %q (want %s, %s or %s)", o.Format, FormatAuto, FormatJSONL, FormatText)
	}
	if strings.Trim(o.Input, ", ") == "" || o.Output == "" {
		return fmt.Errorf("an input glob and an output prefix are needed")
	}
	if o.Shards < 1 {
		return fmt.Errorf("shards must be at least 1, not %d", o.Shards)
	}
	docs, readFailures := ReadDocs(s, o.Input, o.Format)
	flat, failures := ExtractQuotes(s, docs)
	writeLines(s.Scope("WriteQuotes"), o.Output+"quotes.jsonl", o.Shards,
		beam.ParDo(s, formatQuote, flat))
	writeLines(s.Scope("WriteSpeakers"), o.Output+"speakers.jsonl", o.Shards,
		beam.ParDo(s, formatSpeaker, CountSpeakers(s, flat)))
	writeLines(s.Scope("WriteFailures"), o.Output+"failures.jsonl", o.Shards,
		beam.ParDo(s, formatFailure, beam.Flatten(s, readFailures, failures)))
	return nil
}

// ReadDocs reads the documents of the files that globs (comma-separated)
// match, in format (FormatAuto, FormatJSONL or FormatText), and returns
// them as a PCollection<Doc>, redistributed across workers, with the lines
// of JSON Lines that hold no document as a PCollection<Failure>. A glob
// without a wildcard must match its file. A file that cannot be read fails
// its bundle, which the runner retries.
func ReadDocs(s beam.Scope, globs, format string) (docs, failures beam.PCollection) {
	s = s.Scope("ReadDocs")
	var matches []beam.PCollection
	for _, g := range strings.Split(globs, ",") {
		if g = strings.TrimSpace(g); g != "" {
			matches = append(matches, fileio.MatchFiles(s, g))
		}
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matches...))
	docs, failures = beam.ParDo2(s, &readFn{Format: format}, files)
	// A file holds many documents: spread them over the workers rather
	// than analyze them all where the file was read.
	return beam.Reshuffle(s, docs), failures
}

// readFn reads the documents of a file.
type readFn struct {
	Format string `json:"format"`
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Doc), fail func(Failure)) error {
	name := file.Metadata.Path
	if !isJSONL(name, f.Format) {
		b, err := file.Read(ctx)
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		emit(Doc{ID: name, Name: name, Text: string(b)})
		return nil
	}
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	defer rc.Close()
	if err := readJSONL(ctx, name, rc, emit, fail); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return rc.Close()
}

func isJSONL(name, format string) bool {
	if format != FormatAuto {
		return format == FormatJSONL
	}
	name = strings.TrimSuffix(name, ".gz")
	return path.Ext(name) == ".jsonl" || path.Ext(name) == ".ndjson"
}

// jsonlDoc is one line of JSON Lines input.
type jsonlDoc struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	HTML *string         `json:"html"`
}

// readJSONL emits a document for each line of r that holds one, and a
// failure for each other non-blank line. Lines may be of any length. Like
// the CLI, it names line N of file f "f:N" and uses that as the id of a
// document without one.
func readJSONL(ctx context.Context, name string, r io.Reader, emit func(Doc), fail func(Failure)) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			where := name + ":" + strconv.Itoa(n)
			var d jsonlDoc
			switch uerr := json.Unmarshal(line, &d); {
			case uerr != nil:
				badLinesCounter.Inc(ctx, 1)
				fail(Failure{Input: where, Error: "not a JSON object: " + uerr.Error()})
			case d.Text != nil:
				emit(Doc{ID: idOr(d.ID, where), Name: where, Text: *d.Text})
			case d.HTML != nil:
				emit(Doc{ID: idOr(d.ID, where), Name: where, Text: *d.HTML, HTML: true})
			default:
				badLinesCounter.Inc(ctx, 1)
				fail(Failure{Input: where, ID: idOr(d.ID, ""), Error: `no "text" or "html" field`})
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// idOr returns a string or number id as a string, or def when there is
// none.
func idOr(raw json.RawMessage, def string) string {
	if len(raw) == 0 || string(raw) == "null" {
		return def
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// Counters, in the namespace "quotekit".
var (
	badLinesCounter     = beam.NewCounter("quotekit", "bad_lines") // lines of JSON Lines without a document
	documentsCounter    = beam.NewCounter("quotekit", "documents")
	failedCounter       = beam.NewCounter("quotekit", "failed_documents")
	quotesCounter       = beam.NewCounter("quotekit", "quotes")
	unattributedCounter = beam.NewCounter("quotekit", "unattributed_quotes")
)

// counterNames are the names of the counters, in the order to report them.
var counterNames = []string{"documents", "failed_documents", "bad_lines", "quotes", "unattributed_quotes"}

// ExtractQuotes finds the quotes of a PCollection<Doc> and returns them as
// a PCollection<quotes.FlatQuote>, with the documents that gave an error
// as a PCollection<Failure>.
func ExtractQuotes(s beam.Scope, docs beam.PCollection) (flat, failures beam.PCollection) {
	s = s.Scope("ExtractQuotes")
	return beam.ParDo2(s, &extractFn{}, docs)
}

// extractFn runs the extractor. Each instance builds its Extractor once, in
// Setup; the word lists behind it are loaded once per worker process.
type extractFn struct {
	x *quotes.Extractor
}

func (f *extractFn) Setup() error {
	x, err := quotes.New()
	f.x = x
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, d Doc, emit func(quotes.FlatQuote), fail func(Failure)) {
	documentsCounter.Inc(ctx, 1)
	doc, err := f.extract(ctx, d)
	if err != nil {
		failedCounter.Inc(ctx, 1)
		fail(Failure{Input: d.Name, ID: d.ID, Error: err.Error()})
		return
	}
	doc.ID = d.ID
	for _, q := range quotes.Flatten(doc) {
		quotesCounter.Inc(ctx, 1)
		if q.SpeakerName == "" {
			unattributedCounter.Inc(ctx, 1)
		}
		emit(q)
	}
}

// extract analyzes one document. A panic of the extractor is the
// document's error: one bad document does not stop the pipeline.
func (f *extractFn) extract(ctx context.Context, d Doc) (doc *quotes.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("quotekit panicked: %v", r)
		}
	}()
	if d.HTML {
		return f.x.ReadHTML(ctx, strings.NewReader(d.Text))
	}
	return f.x.ExtractContext(ctx, d.Text)
}
