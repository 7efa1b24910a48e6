package quotes

import (
	"fmt"
	"strings"
)

// The open-class word lists the attribution rules consult are lexicon, like
// data/cues.tsv: each is a file data/words/NAME.txt, one word a line,
// with "#" comments, so that a linguist can extend one without reading Go.
// Closed-class words (pronouns, prepositions, determiners) stay in code.

// wordListFiles holds the name of every list read, for the test that
// every file is read and parses.
var wordListFiles []string

// wordListErrs collects what is wrong with the lists: a missing file, a
// duplicate word, a word with upper case or spaces. New reports them.
var wordListErrs []string

// wordList returns the words of data/words/name.txt as a set. It runs
// while the package is initialized, before any goroutine could call it.
func wordList(name string) map[string]bool {
	wordListFiles = append(wordListFiles, name)
	path := "data/words/" + name + ".txt"
	b, err := dataFS.ReadFile(path)
	if err != nil {
		wordListErrs = append(wordListErrs, err.Error())
		return map[string]bool{}
	}
	m := map[string]bool{}
	for n, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		w := strings.TrimSpace(line)
		switch {
		case w == "":
		case strings.ContainsAny(w, " \t") || strings.ToLower(w) != w:
			wordListErrs = append(wordListErrs, fmt.Sprintf("%s:%d: want one lower-case word, got %q", path, n+1, w))
		case m[w]:
			wordListErrs = append(wordListErrs, fmt.Sprintf("%s:%d: duplicate word %q", path, n+1, w))
		default:
			m[w] = true
		}
	}
	return m
}

// wordListError reports the defects of the embedded word lists, or nil.
func wordListError() error {
	if len(wordListErrs) > 0 {
		return fmt.Errorf("quotes: embedded word lists: %s", strings.Join(wordListErrs, "; "))
	}
	return nil
}
