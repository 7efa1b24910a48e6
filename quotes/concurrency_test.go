package quotes_test

import (
	"encoding/json"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// One Extractor shared by many goroutines gives each the result it gives
// alone (run with -race).
func TestConcurrentExtract(t *testing.T) {
	b, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.txt")
	require.NoError(t, err)
	texts := []string{
		string(b),
		"Zorblax said the plan would fail. “It will,” he said.",
		"The White House said the talks would resume, according to officials.",
	}
	x, err := quotes.New()
	require.NoError(t, err)
	want := make([]string, len(texts))
	for i, s := range texts {
		j, err := json.Marshal(x.Extract(s))
		require.NoError(t, err)
		want[i] = string(j)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				for i, s := range texts {
					j, err := json.Marshal(x.Extract(s))
					if assert.NoError(t, err) {
						assert.Equal(t, want[i], string(j))
					}
				}
			}
		}()
	}
	wg.Wait()
}
