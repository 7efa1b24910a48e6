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
	learned := fs.Bool("learned", false, "turn the learned boundary layer on, with the embedded weights (trained on PolNeAR train)")
	weights := fs.String("weights", "", "turn the learned boundary layer on with these weights (written by quotekit train)")
	byRule := fs.Bool("by-rule", false, "also print, for each attribution rule, its quotes, precision and speaker errors at the loose level")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *gold == "" {
		fmt.Fprintln(stderr, "usage: quotekit eval -gold FILE.jsonl [-by-rule] [-learned] [-weights FILE]")
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
	opts := []quotes.Option{quotes.WithLayout(false), quotes.WithLearned(*learned)}
	if *weights != "" {
		wf, err := os.Open(*weights)
		if err != nil {
			fmt.Fprintf(stderr, "quotekit eval: %v\n", err)
			return 1
		}
		opts = append(opts, quotes.WithWeights(wf))
		wf.Close()
	}
	x, err := quotes.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "quotekit eval: %v\n", err)
		return 1
	}
	pred := extractAll(x, docs, *workers)
	fmt.Fprintf(stdout, "%s: %d documents\n", *gold, len(docs))
	scores := quotes.Evaluate(docs, pred, quotes.Levels...)
	for _, s := range scores {
		fmt.Fprintf(stdout, "%-6s (th %.1f)  P %.3f  R %.3f  F1 %.3f  | recall direct %.3f  mixed %.3f  indirect %.3f | speaker accuracy %.3f  attributed recall %.3f\n",
			quotes.LevelName(s.Threshold), s.Threshold, s.Precision, s.Recall, s.F1, s.RecallByKind["direct"], s.RecallByKind["mixed"], s.RecallByKind["indirect"],
			s.SpeakerAccuracy, s.AttributedRecall)
	}
	if *byRule {
		writeByRule(stdout, scores[0])
	}
	return 0
}

// writeByRule prints the per-rule table of one level: the quotes each rule
// made and their precision, the found gold quotes with a source whose best
// prediction it made, how many of those name the wrong speaker, that
// error rate, and the rule's share of all speaker errors.
func writeByRule(w io.Writer, s quotes.Scores) {
	fmt.Fprintf(w, "\nby rule (%s, th %.1f):\n", quotes.LevelName(s.Threshold), s.Threshold)
	fmt.Fprintf(w, "%-15s %7s %10s %11s %14s %11s %16s\n", "rule", "quotes", "precision", "attributed", "speaker wrong", "error rate", "share of errors")
	for _, r := range s.ByRule {
		name := r.Rule.String()
		if r.Rule == quotes.NoRule {
			name = "(none)"
		}
		fmt.Fprintf(w, "%-15s %7d %10.3f %11d %14d %11.3f %16.3f\n", name, r.Quotes, r.Precision, r.Attributed, r.SpeakerWrong, r.ErrorRate, r.ErrorShare)
	}
	wrong, share := s.Seen-s.SpeakerRight, 0.0
	if wrong > 0 {
		share = 1
	}
	fmt.Fprintf(w, "%-15s %7d %10.3f %11d %14d %11.3f %16.3f\n", "all", s.Predicted, s.Precision, s.Seen, wrong,
		float64(wrong)/float64(max(1, s.Seen)), share)
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
