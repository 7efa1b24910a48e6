// Command beam is an Apache Beam pipeline that finds who said what in many
// documents, with quotekit: it runs locally on the in-process prism runner,
// and on Dataflow, Flink or Spark.
//
// It reads JSON Lines documents ({"id": ..., "text": ...} or {"id": ...,
// "html": ...}, one per line) or text files (one document per file) from a
// glob, extracts their quotes, and writes three outputs of JSON Lines:
//
//	PREFIXquotes.jsonl    one quote per line, quotes.FlatQuote: the same records as quotekit -per quote
//	PREFIXspeakers.jsonl  per speaker (SpeakerKey: the quotes' speaker_key) the quotes and documents
//	PREFIXfailures.jsonl  the dead letters: each document or input line that gave no result, with its error
//
// Usage:
//
//	go run . --input='docs/*.jsonl' --output=out/ [--format=auto|jsonl|text] [--shards=N] [--runner=prism]
//
// See README.md for Dataflow and Flink.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input  = flag.String("input", "", "glob of input files: local paths or gs:// URLs (required)")
	format = flag.String("format", FormatAuto, "input format: auto (jsonl for *.jsonl and *.ndjson, text otherwise), jsonl or text")
	output = flag.String("output", "", `prefix of the output files, e.g. "out/" or "gs://bucket/run1-" (required)`)
	shards = flag.Int("shards", 1, "files per output")
)

func main() {
	flag.Parse()
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, Options{Input: *input, Format: *format, Output: *output, Shards: *shards}); err != nil {
		// Not flag.Usage: it would list the hundred flags of Beam's runners.
		fmt.Fprintf(os.Stderr, "beam: %v\nusage: go run . --input=GLOB[,GLOB...] --output=PREFIX [--format=auto|jsonl|text] [--shards=N] [--runner=prism|dataflow|flink|spark]\n", err)
		os.Exit(2)
	}
	start := time.Now()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
	log.Printf("pipeline done in %v", time.Since(start).Round(time.Millisecond))
	if res == nil {
		return // a runner that reports no metrics
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "quotekit" {
			counts[c.Name()] += c.Result()
		}
	}
	var b strings.Builder
	for _, name := range counterNames {
		fmt.Fprintf(&b, " %s=%d", name, counts[name])
	}
	log.Printf("counters:%s", b.String())
}
