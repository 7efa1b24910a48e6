package quotes

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestWordLists checks that every embedded word list parses with no
// duplicates, that each file is read by a list of the code, and that the
// cue lexicon parses too.
func TestWordLists(t *testing.T) {
	require.NoError(t, wordListError())
	require.NoError(t, cues().err)
	files, err := fs.Glob(dataFS, "data/words/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "data/words/"), ".txt")
		require.True(t, slices.Contains(wordListFiles, name), "%s is read by no list", f)
	}
	require.Len(t, wordListFiles, len(files), "each list reads its own file once")
	require.True(t, nounCues["claim"] && adverbs["reportedly"] && !adverbs["#"], "lists hold their words, not their comments")
}

// TestWordListDefects feeds wordList a file it cannot read: the defect is
// reported, not a panic.
func TestWordListDefects(t *testing.T) {
	saveFiles, saveErrs := wordListFiles, wordListErrs
	defer func() { wordListFiles, wordListErrs = saveFiles, saveErrs }()
	wordListErrs = nil
	require.Empty(t, wordList("no_such_list"))
	require.Error(t, wordListError())
}
