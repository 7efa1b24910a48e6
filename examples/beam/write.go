package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn2x0[[]byte, func(int, int)](&shardsFn{})
	register.DoFn4x1[context.Context, int, func(*int) bool, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Emitter2[int, int]()
	register.Iter1[int]()
	register.Iter1[string]()
}

// writeLines writes a PCollection<string> as lines to name, or with
// shards > 1 to the files name-00000-of-NNNNN (before the extension), each
// written by one worker. Every file is written, empty when no line falls
// in it, so that an empty output shows as an empty file rather than as
// none. Lines are in no particular order.
func writeLines(s beam.Scope, name string, shards int, lines beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	every := beam.ParDo(s, &shardsFn{Shards: shards}, beam.Impulse(s))
	beam.ParDo0(s, &writeShardFn{Name: name, Shards: shards}, beam.CoGroupByKey(s, every, keyed))
}

// shardFn keys a line by its shard, a hash of the line, so that a retry
// puts it in the same file.
type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.Shards)), line)
}

// shardsFn emits every shard number once, so that every file gets written.
type shardsFn struct {
	Shards int `json:"shards"`
}

func (f *shardsFn) ProcessElement(_ []byte, emit func(int, int)) {
	for i := range f.Shards {
		emit(i, i)
	}
}

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	Name   string `json:"name"`
	Shards int    `json:"shards"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, _ func(*int) bool, lines func(*string) bool) error {
	name := shardName(f.Name, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// shardName returns the name of file shard of n: name itself when n is 1,
// "quotes-00001-of-00004.jsonl" for name "quotes.jsonl", shard 1 of 4.
func shardName(name string, shard, n int) string {
	if n == 1 {
		return name
	}
	ext := path.Ext(name)
	return fmt.Sprintf("%s-%05d-of-%05d%s", strings.TrimSuffix(name, ext), shard, n, ext)
}
