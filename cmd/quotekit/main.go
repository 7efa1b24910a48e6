// Command quotekit extracts who said what from press releases and news
// articles.
//
// Usage:
//
//	quotekit [flags] [FILE...]        extract from files ("-" for stdin)
//	quotekit -jsonl [flags] [FILE...] read JSON Lines {"id": ..., "text": ...} (or "html")
//	quotekit eval -gold FILE.jsonl    score against annotated documents
//	quotekit train -gold FILE.jsonl -o weights.bin
//	                                  retrain the learned boundary layer
//	quotekit serve [-addr HOST:PORT]  an HTTP service and a page
//
// With no file and standard input not a terminal (a pipe or a file), it
// reads standard input, as jq and grep do: cat docs.jsonl | quotekit
// -jsonl. With no file at a terminal, it prints its usage.
//
// It writes one JSON object per document per line, in input order; with
// -per quote, one flat JSON object per quote (quotes.FlatQuote) instead, and
// with -o csv one row per quote under a header row (document, speaker,
// organization, titles, kind, cue, text, start, end, speaker_key,
// speaker_kind, within), for spreadsheets, data frames and databases; a CSV
// cell that starts with =, +, -, @, a tab or a carriage return gets a
// leading ' so that a spreadsheet does not run it as a formula, unless
// -csv-raw is given. With -o text, a listing for people, a quote inside
// another is indented under it and marked "(inside quote N)". An input that cannot be read or analyzed is
// reported on stderr with its name (and line number for JSON Lines); the
// others are still processed, and the exit status is 1 when any input
// failed, after a summary line that counts documents and failures. A
// document over quotes.DefaultMaxDocumentLen bytes (a JSON Lines line over
// three times that) is such a failure. When the output's reader goes away
// (a closed pipe), the command stops quietly.
//
// Documents are processed on -workers goroutines (default: the number of
// CPUs) and written in input order; a few documents per worker are in
// flight at a time, so memory stays flat on a JSON Lines input of any
// length. When stderr is a terminal, a line there shows the documents
// done, the rate and, for a list of files, the time left.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/quotekit/quotekit/quotes"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command with its arguments and streams, and returns its exit
// status. It reports progress when stderr is a terminal.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return env{stdin: stdin, stdout: stdout, stderr: stderr, progress: isTerminal(stderr), stdinTerminal: isTerminalReader(stdin)}.run(args)
}

// env is what a run of the command sees of its process; tests set its
// fields to force progress reports, fix the clock or lower the limits.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	progress       bool             // report progress on stderr
	stdinTerminal  bool             // stdin is a terminal: no file means no input, so print the usage
	now            func() time.Time // the clock of progress reports; nil for time.Now
	maxDocLen      int              // bytes of a document; 0 for quotes.DefaultMaxDocumentLen
	// do, when set, replaces the extraction of a job (tests of the
	// pipeline alone).
	do func(*job) result
	// pipeline, when set, is given the pipeline of the run before it
	// starts reading.
	pipeline func(*pipeline)
}

// isTerminalReader reports whether r is a terminal (a character device).
func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

type options struct {
	jsonl   bool
	format  string // "json", "text" or "csv"
	per     string // "document" or "quote": what a line of JSON output holds
	workers int
	csvRaw  bool // -o csv: write cells as they are, without the "'" before a formula
}

func (e env) run(args []string) int {
	stdin, stdout, stderr := e.stdin, e.stdout, e.stderr
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "train" {
		return runTrain(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "serve" {
		return runServe(args[1:], stderr)
	}
	fs := flag.NewFlagSet("quotekit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.jsonl, "jsonl", false, `read JSON Lines documents {"id": ..., "text": ...} or {"id": ..., "html": ...}`)
	fs.StringVar(&o.format, "o", "json", "output format: json (one object per line), text (a listing for people) or csv (one row per quote, with a header row)")
	fs.StringVar(&o.per, "per", "document", "what a line of json output holds: document (the document with its speakers and quotes) or quote (one flat quote with its document id and speaker)")
	fs.IntVar(&o.workers, "workers", runtime.NumCPU(), "documents processed in parallel")
	fs.BoolVar(&o.csvRaw, "csv-raw", false, "with -o csv, write every cell as it is: without it, a cell that starts with =, +, -, @, a tab or a carriage return gets a leading ' so that spreadsheets do not run it as a formula")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: quotekit [flags] [FILE...] (\"-\" or no file for stdin)\n       quotekit eval -gold FILE.jsonl\n       quotekit train -gold FILE.jsonl -o weights.bin\n       quotekit serve [-addr HOST:PORT]\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := o.check(fs); err != nil {
		fmt.Fprintf(stderr, "quotekit: %v\n", err)
		return 2
	}
	if o.workers < 1 {
		o.workers = 1
	}
	files := fs.Args()
	if len(files) == 0 && e.stdinTerminal {
		fs.Usage()
		return 2
	}
	if len(files) == 0 {
		files = []string{"-"} // a pipe or a file: read it, as jq and grep do
	}
	if e.maxDocLen <= 0 {
		e.maxDocLen = quotes.DefaultMaxDocumentLen
	}
	x, err := quotes.New(quotes.WithMaxDocumentLen(e.maxDocLen))
	if err != nil {
		fmt.Fprintf(stderr, "quotekit: %v\n", err)
		return 1
	}
	var prog *progress
	if e.progress {
		total := len(files) // one document a file; unknown for JSON Lines
		if o.jsonl {
			total = 0
		}
		prog = newProgress(stderr, e.now, total)
	}
	w := bufio.NewWriter(stdout)
	p := newPipeline(x, o, newWriter(w, o), prog, e)
	if e.pipeline != nil {
		e.pipeline(p)
	}
	for _, name := range files {
		if !p.readInput(name, stdin) {
			break
		}
	}
	p.close()
	if err := w.Flush(); err != nil && p.outErr == nil {
		p.outErr = err
	}
	p.prog.clear()
	if p.outErr != nil && isBrokenPipe(p.outErr) {
		// The reader of the output went away: end quietly.
		return exitStatus(p.failed)
	}
	if p.outErr != nil {
		fmt.Fprintf(stderr, "quotekit: writing output: %v\n", p.outErr)
		return 1
	}
	if p.failed > 0 || p.prog != nil {
		fmt.Fprintf(stderr, "quotekit: %s, %d failed%s\n", documents(p.written+p.failed), p.failed, p.prog.summary(p.written+p.failed))
	}
	return exitStatus(p.failed)
}

func exitStatus(failed int) int {
	if failed > 0 {
		return 1
	}
	return 0
}

// check reports an unknown format or unit, or a pair of them that does
// not go together: text is a listing per document, csv a row per quote.
func (o *options) check(fs *flag.FlagSet) error {
	perSet := false
	fs.Visit(func(f *flag.Flag) { perSet = perSet || f.Name == "per" })
	switch {
	case o.format != "json" && o.format != "text" && o.format != "csv":
		return fmt.Errorf("unknown output format %q (want json, text or csv)", o.format)
	case o.per != "document" && o.per != "quote":
		return fmt.Errorf("unknown -per %q (want document or quote)", o.per)
	case o.format == "text" && o.per == "quote":
		return fmt.Errorf("-o text lists documents; use -o json or -o csv with -per quote")
	case o.format == "csv" && perSet && o.per == "document":
		return fmt.Errorf("-o csv writes one row per quote; use -o json for -per document")
	case o.csvRaw && o.format != "csv":
		return fmt.Errorf("-csv-raw goes with -o csv")
	}
	if o.format == "csv" {
		o.per = "quote"
	}
	return nil
}

func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed)
}

// A job is one input document.
type job struct {
	name string // file name, with ":N" for a JSON Lines line
	id   string
	text string
	html bool
	err  error // set when the input could not be read
	out  chan result
}

type result struct {
	doc *quotes.Document
	err error
}

// pipeline runs documents on workers and writes results in input order.
// At most cap(order)+1 documents are in flight (read, not yet written), so
// memory stays flat on an input of any length.
type pipeline struct {
	x         *quotes.Extractor
	o         options
	w         writer
	stderr    io.Writer
	do        func(*job) result // process, unless a test replaces it
	maxDocLen int               // bytes of a document
	prog      *progress         // nil when progress is not shown
	jobs      chan *job         // to the workers
	order     chan *job         // to the writer, in input order
	done      chan struct{}     // closed when the writer is done
	workers   sync.WaitGroup
	failed    int   // documents that gave an error
	written   int   // documents written
	outErr    error // the error that stopped the output
	// inflight counts the documents read and not yet written; maxInflight
	// is its peak.
	inflight    atomic.Int64
	maxInflight int64
}

func newPipeline(x *quotes.Extractor, o options, w writer, prog *progress, e env) *pipeline {
	p := &pipeline{x: x, o: o, w: w, stderr: e.stderr, do: e.do, maxDocLen: e.maxDocLen, prog: prog,
		jobs: make(chan *job, o.workers*2), order: make(chan *job, o.workers*4), done: make(chan struct{})}
	if p.do == nil {
		p.do = p.process
	}
	for i := 0; i < o.workers; i++ {
		p.workers.Add(1)
		go func() {
			defer p.workers.Done()
			for j := range p.jobs {
				select {
				case <-p.done:
					j.out <- result{err: errStopped} // output has stopped
				default:
					j.out <- p.do(j)
				}
			}
		}()
	}
	go p.write()
	return p
}

var errStopped = errors.New("output stopped")

func (p *pipeline) process(j *job) result {
	var d *quotes.Document
	var err error
	if j.html {
		d, err = p.x.ReadHTML(context.Background(), strings.NewReader(j.text))
	} else {
		d, err = p.x.ExtractContext(context.Background(), j.text)
	}
	if d != nil {
		d.ID = j.id
	}
	return result{doc: d, err: err}
}

// submit queues a job; it reports false once output has stopped.
func (p *pipeline) submit(j *job) bool {
	j.out = make(chan result, 1)
	select {
	case <-p.done:
		return false
	default:
	}
	select {
	case p.order <- j:
	case <-p.done:
		return false
	}
	// Without a branch: how far the writer lags is the scheduler's, and
	// a branch on it would give the fuzzer coverage that changes from run
	// to run of the same input.
	p.maxInflight = max(p.maxInflight, p.inflight.Add(1))
	if j.err != nil {
		j.out <- result{err: j.err}
		return true
	}
	select {
	case p.jobs <- j:
	case <-p.done:
		return false
	}
	return true
}

// write writes results in input order and reports errors with the name
// of their input. It stops at the first failed write of the output.
func (p *pipeline) write() {
	defer close(p.done)
	for j := range p.order {
		r := <-j.out
		p.inflight.Add(-1)
		if r.err != nil {
			p.failed++
			p.prog.clear()
			fmt.Fprintf(p.stderr, "quotekit: %s: %v\n", j.name, r.err)
		} else if err := p.w(r.doc, j.html); err != nil {
			p.outErr = err
			return
		} else {
			p.written++
		}
		p.prog.update(p.written+p.failed, p.failed)
	}
}

// close waits for every queued document to be written, or dropped once
// the output has stopped.
func (p *pipeline) close() {
	close(p.jobs)
	close(p.order)
	<-p.done
	p.workers.Wait()
}
