package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// End-to-end tests through the built binary: what a shell user does.

// e2eDoc is the part of an output line these tests read.
type e2eDoc struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		Kind        string `json:"kind"`
		Text        string `json:"text"`
		Start       int    `json:"start"`
		End         int    `json:"end"`
		SpeakerName string `json:"speaker_name"`
	} `json:"quotes"`
}

func runBinary(t *testing.T, bin string, stdin []byte, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin) // exec passes it through a pipe
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return out.String(), errOut.String(), ee.ExitCode()
	}
	require.NoError(t, err)
	return out.String(), errOut.String(), 0
}

func decodeLines(t *testing.T, out string) []e2eDoc {
	t.Helper()
	var docs []e2eDoc
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d e2eDoc
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d), "%.200s", sc.Text())
		docs = append(docs, d)
	}
	return docs
}

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildCLI(t) // output_test.go
	seedText, err := os.ReadFile(seed)
	require.NoError(t, err)

	// cat docs.jsonl | quotekit -jsonl
	t.Run("JSON Lines on a stdin pipe, no file", func(t *testing.T) {
		var in bytes.Buffer
		for _, id := range []string{"first", "second"} {
			line, err := json.Marshal(map[string]string{"id": id, "text": string(seedText)})
			require.NoError(t, err)
			in.Write(line)
			in.WriteByte('\n')
		}
		out, errOut, status := runBinary(t, bin, in.Bytes(), "-jsonl")
		require.Equal(t, 0, status, errOut)
		docs := decodeLines(t, out)
		require.Len(t, docs, 2)
		assert.Equal(t, "first", docs[0].ID)
		assert.Equal(t, "second", docs[1].ID)
		require.NotEmpty(t, docs[0].Quotes)
		assert.Equal(t, docs[0].Quotes, docs[1].Quotes)
		found := false
		for _, q := range docs[0].Quotes {
			found = found || q.SpeakerName == "Ulrika Funered"
			assert.Equal(t, q.Text, string(seedText[q.Start:q.End]), "offsets index the input")
		}
		assert.True(t, found, "a quote of Ulrika Funered")
	})

	t.Run("text on a stdin pipe, no file", func(t *testing.T) {
		out, errOut, status := runBinary(t, bin, seedText, "-o", "text")
		require.Equal(t, 0, status, errOut)
		assert.Contains(t, out, "Ulrika Funered")
	})

	// A Windows-1252 page: 0x93 and 0x94 are curly marks, 0xE9 is é.
	t.Run("Windows-1252 HTML page", func(t *testing.T) {
		page := filepath.Join(t.TempDir(), "page.html")
		require.NoError(t, os.WriteFile(page, []byte("<html><head><meta charset=\"windows-1252\"></head><body>"+
			"<p>\x93We will win the vote in Gen\xe8ve,\x94 said Ren\xe9e Lee, the minister.</p></body></html>"), 0o644))
		out, errOut, status := runBinary(t, bin, nil, page)
		require.Equal(t, 0, status, errOut)
		docs := decodeLines(t, out)
		require.Len(t, docs, 1)
		d := docs[0]
		assert.Equal(t, "“We will win the vote in Genève,” said Renée Lee, the minister.", d.Text)
		require.Len(t, d.Quotes, 1)
		q := d.Quotes[0]
		assert.Equal(t, "We will win the vote in Genève", q.Text)
		assert.Equal(t, q.Text, d.Text[q.Start:q.End], "offsets index the decoded text")
		assert.Equal(t, "Renée Lee", q.SpeakerName)
	})

	// The cue soup of issue 13: 1 MB without a sentence end, every few words
	// a "said". It took minutes and gigabytes; its output is now a small
	// multiple of its input.
	t.Run("1 MB cue soup", func(t *testing.T) {
		words := strings.Fields("the minister said that Funered OSCE co-operation")
		rng := rand.New(rand.NewPCG(3, 4))
		var b strings.Builder
		for b.Len() < 1<<20 {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		out, errOut, status := runBinary(t, bin, []byte(b.String()))
		require.Equal(t, 0, status, errOut)
		docs := decodeLines(t, out)
		require.Len(t, docs, 1)
		assert.NotEmpty(t, docs[0].Quotes)
		t.Logf("%d bytes in, %d quotes, %d bytes out", b.Len(), len(docs[0].Quotes), len(out))
		assert.Less(t, len(out), 20*b.Len(), "output bytes against input bytes")
	})
}
