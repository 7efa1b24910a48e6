package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunEvalByRule scores a one-document gold file and checks the three
// level rows and the per-rule table.
func TestRunEvalByRule(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	// "Ann Lee said that the vote was close.": the content is bytes 18..36,
	// the source 0..7.
	line := `{"id": "d1", "text": "Ann Lee said that the vote was close.", "quotes": [{"start": 18, "end": 36, "speaker": "Ann Lee", ` +
		`"speaker_start": 0, "speaker_end": 7, "cue": "said", "kind": "indirect"}]}` + "\n"
	require.NoError(t, os.WriteFile(gold, []byte(line), 0o644))
	status, out, errOut := runCLI(t, "", "eval", "-gold", gold, "-by-rule")
	require.Equal(t, 0, status, errOut)
	for _, want := range []string{"loose  (th 0.5)  P 1.000  R 1.000", "strict (th 0.9)", "exact  (th 1.0)", "by rule (loose, th 0.5):"} {
		assert.Contains(t, out, want)
	}
	var rows []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) == 7 && f[0] != "rule" {
			rows = append(rows, strings.Join(f, " "))
		}
	}
	assert.Equal(t, []string{"subject-cue 1 1.000 1 0 0.000 0.000", "all 1 1.000 1 0 0.000 0.000"}, rows)
}
