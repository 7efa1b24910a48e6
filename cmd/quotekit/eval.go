package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/quotekit/quotekit/quotes"
)

// runEval scores the extractor against annotated documents.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quotekit eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "annotated documents, JSON Lines (PolNeAR format)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *gold == "" {
		fmt.Fprintln(stderr, "usage: quotekit eval -gold FILE.jsonl")
		return 2
	}
	f, err := os.Open(*gold)
	if err != nil {
		fmt.Fprintf(stderr, "quotekit eval: %v\n", err)
		return 1
	}
	defer f.Close()
	docs, err := quotes.ReadGold(f)
	if err != nil {
		fmt.Fprintf(stderr, "quotekit eval: %s: %v\n", *gold, err)
		return 1
	}
	x, err := quotes.New(quotes.WithLayout(false))
	if err != nil {
		fmt.Fprintf(stderr, "quotekit eval: %v\n", err)
		return 1
	}
	pred := extractAll(x, docs, *workers)
	fmt.Fprintf(stdout, "%s: %d documents\n", *gold, len(docs))
	for _, s := range quotes.Evaluate(docs, pred, quotes.Levels...) {
		fmt.Fprintf(stdout, "%-6s (th %.1f)  P %.3f  R %.3f  F1 %.3f  | recall direct %.3f  mixed %.3f  indirect %.3f | speaker accuracy %.3f  attributed recall %.3f\n",
			quotes.LevelName(s.Threshold), s.Threshold, s.Precision, s.Recall, s.F1, s.RecallByKind["direct"], s.RecallByKind["mixed"], s.RecallByKind["indirect"],
			s.SpeakerAccuracy, s.AttributedRecall)
	}
	return 0
}

func extractAll(x *quotes.Extractor, docs []quotes.GoldDocument, workers int) []*quotes.Document {
	pred := make([]*quotes.Document, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(1, workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				pred[i] = x.Extract(docs[i].Text)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return pred
}
