package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeThatGold writes documents annotated with the "that" of "said that"
// inside the content, a convention the rules do not follow.
func writeThatGold(t *testing.T, n int) string {
	t.Helper()
	people := []string{"Jane Roe", "Ann Lee", "Tom Diaz", "Mia Ford", "Raj Patel", "Eva Stone"}
	claims := []string{"prices will fall in May", "the plan had failed badly", "the vote was far too close", "wages would rise next year"}
	var b strings.Builder
	for i := range n {
		p, c := people[i%len(people)], claims[(i/2)%len(claims)]
		text := fmt.Sprintf("%s said that %s.", p, c)
		start := len(p) + len(" said ")
		fmt.Fprintf(&b, `{"id": "d%d", "text": %q, "quotes": [{"start": %d, "end": %d, "speaker": %q, "speaker_start": 0, "speaker_end": %d, "cue": "said", "kind": "indirect"}]}`+"\n",
			i, text, start, len(text)-1, p, len(p))
	}
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// TestRunTrain trains on a small gold file, checks the progress lines and
// the weights, then scores with them: the trained layer takes the
// annotated "that" the rules leave out.
func TestRunTrain(t *testing.T) {
	gold := writeThatGold(t, 40)
	out := filepath.Join(t.TempDir(), "w.bin")
	status, stdout, errOut := runCLI(t, "", "train", "-gold", gold, "-o", out, "-seed", "3", "-folds", "4")
	require.Equal(t, 0, status, errOut)
	for _, want := range []string{"decisions, ", "epoch 1:", "held out, rules", "held out, learned", "wrote " + out} {
		assert.Contains(t, stdout, want)
	}
	w1, err := os.ReadFile(out)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(w1, []byte("QKLW")))
	status, _, errOut = runCLI(t, "", "train", "-gold", gold, "-o", out, "-seed", "3", "-folds", "4")
	require.Equal(t, 0, status, errOut)
	w2, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(w1, w2), "the same seed gave other weights")

	status, rules, errOut := runCLI(t, "", "eval", "-gold", gold)
	require.Equal(t, 0, status, errOut)
	status, learned, errOut := runCLI(t, "", "eval", "-gold", gold, "-weights", out)
	require.Equal(t, 0, status, errOut)
	assert.Contains(t, rules, "exact  (th 1.0)  P 1.000  R 0.000")
	assert.Contains(t, learned, "exact  (th 1.0)  P 1.000  R 1.000")
}

func TestRunTrainErrors(t *testing.T) {
	status, _, errOut := runCLI(t, "", "train", "-gold", "x.jsonl")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "usage: quotekit train")
	status, _, errOut = runCLI(t, "", "train", "-gold", filepath.Join(t.TempDir(), "missing.jsonl"), "-o", "w.bin")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "missing.jsonl")
	bad := filepath.Join(t.TempDir(), "bad.bin")
	require.NoError(t, os.WriteFile(bad, []byte("nope"), 0o644))
	status, _, errOut = runCLI(t, "", "eval", "-gold", writeThatGold(t, 2), "-weights", bad)
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "weights")
}
