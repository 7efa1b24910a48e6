package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/quotekit/quotekit/quotes"
)

// runTrain fits the weights of the learned layer to annotated documents
// and writes them to a file: quotekit train -gold train.jsonl -o weights.bin.
func runTrain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quotekit train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "annotated documents, JSON Lines (the format eval reads)")
	out := fs.String("o", "", "the weights file to write")
	seed := fs.Uint64("seed", 1, "the seed of the shuffles: the same seed and documents give the same weights")
	epochs := fs.Int("epochs", 10, "passes over the training examples")
	folds := fs.Int("folds", 5, "cross-validation folds: each part of the documents is scored with weights trained on the others, to report held-out figures and choose the decisions the layer takes, before training on all (1 for none: every decision learned)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents analyzed in parallel")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *gold == "" || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: quotekit train -gold FILE.jsonl -o weights.bin [-seed N] [-epochs N] [-folds 5]")
		return 2
	}
	f, err := os.Open(*gold)
	if err != nil {
		fmt.Fprintf(stderr, "quotekit train: %v\n", err)
		return 1
	}
	docs, err := quotes.ReadGold(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "quotekit train: %s: %v\n", *gold, err)
		return 1
	}
	w, err := quotes.Train(docs, quotes.TrainConfig{Seed: *seed, Epochs: *epochs, Folds: *folds, Workers: *workers, Progress: stdout})
	if err != nil {
		fmt.Fprintf(stderr, "quotekit train: %v\n", err)
		return 1
	}
	o, err := os.Create(*out)
	if err != nil {
		fmt.Fprintf(stderr, "quotekit train: %v\n", err)
		return 1
	}
	n, err := w.WriteTo(o)
	if cerr := o.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "quotekit train: %s: %v\n", *out, err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, n)
	return 0
}
