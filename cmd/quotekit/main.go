// Command quotekit extracts who said what from press releases and news
// articles.
//
// Usage:
//
//	quotekit [flags] FILE...        extract from files ("-" for stdin)
//	quotekit -jsonl [flags] FILE... read JSON Lines {"id": ..., "text": ...} (or "html")
//	quotekit eval -gold FILE.jsonl  score against annotated documents
//
// It writes one JSON object per document per line, in input order; with
// -per quote, one flat JSON object per quote (quotes.FlatQuote) instead, and
// with -o csv one row per quote under a header row (document, speaker,
// organization, titles, kind, cue, text, start, end), for spreadsheets,
// data frames and databases. An input that cannot be read or analyzed is
// reported on stderr with its name (and line number for JSON Lines); the
// others are still processed, and the exit status is 1 when any input
// failed.
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
	"syscall"

	"github.com/quotekit/quotekit/quotes"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type options struct {
	jsonl   bool
	format  string // "json", "text" or "csv"
	per     string // "document" or "quote": what a line of JSON output holds
	workers int
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("quotekit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.jsonl, "jsonl", false, `read JSON Lines documents {"id": ..., "text": ...} or {"id": ..., "html": ...}`)
	fs.StringVar(&o.format, "o", "json", "output format: json (one object per line), text (a listing for people) or csv (one row per quote, with a header row)")
	fs.StringVar(&o.per, "per", "document", "what a line of json output holds: document (the document with its speakers and quotes) or quote (one flat quote with its document id and speaker)")
	fs.IntVar(&o.workers, "workers", runtime.NumCPU(), "documents processed in parallel")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: quotekit [flags] FILE... (\"-\" for stdin)\n       quotekit eval -gold FILE.jsonl\n\nflags:\n")
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
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	x, err := quotes.New()
	if err != nil {
		fmt.Fprintf(stderr, "quotekit: %v\n", err)
		return 1
	}
	w := bufio.NewWriter(stdout)
	p := newPipeline(x, o, newWriter(w, o), stderr)
	for _, name := range files {
		if !p.readInput(name, stdin) {
			break
		}
	}
	p.close()
	if err := w.Flush(); err != nil && !isBrokenPipe(err) {
		fmt.Fprintf(stderr, "quotekit: %v\n", err)
		return 1
	}
	if p.brokenPipe {
		return 0
	}
	if p.failed > 0 {
		fmt.Fprintf(stderr, "quotekit: %d documents, %d failed\n", p.written+p.failed, p.failed)
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
type pipeline struct {
	x          *quotes.Extractor
	o          options
	w          writer
	stderr     io.Writer
	jobs       chan *job
	order      chan *job
	done       chan struct{}
	failed     int // documents that gave an error
	written    int // documents written
	brokenPipe bool
}

func newPipeline(x *quotes.Extractor, o options, w writer, stderr io.Writer) *pipeline {
	p := &pipeline{x: x, o: o, w: w, stderr: stderr,
		jobs: make(chan *job, o.workers*2), order: make(chan *job, o.workers*4), done: make(chan struct{})}
	for i := 0; i < o.workers; i++ {
		go func() {
			for j := range p.jobs {
				j.out <- p.process(j)
			}
		}()
	}
	go p.write()
	return p
}

func (p *pipeline) process(j *job) result {
	if j.err != nil {
		return result{err: j.err}
	}
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
	case p.order <- j:
	case <-p.done:
		return false
	}
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

func (p *pipeline) write() {
	defer close(p.done)
	for j := range p.order {
		r := <-j.out
		if p.brokenPipe {
			continue
		}
		if r.err != nil {
			p.failed++
			fmt.Fprintf(p.stderr, "quotekit: %s: %v\n", j.name, r.err)
			continue
		}
		if err := p.w(r.doc, j.html); err != nil {
			if isBrokenPipe(err) {
				p.brokenPipe = true
				continue
			}
			p.failed++
			fmt.Fprintf(p.stderr, "quotekit: %s: %v\n", j.name, err)
			continue
		}
		p.written++
	}
}

// close waits for every queued document to be written.
func (p *pipeline) close() {
	close(p.jobs)
	close(p.order)
	<-p.done
}
