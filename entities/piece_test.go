package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A sentence over MaxSentenceTokens comes in pieces that cover its tokens
// in order, each at most MaxSentenceTokens long and flagged Piece but the
// last; a piece ends after a comma when one is near the limit.
func TestSegmentCutsLongSentences(t *testing.T) {
	for _, tt := range []struct {
		name, unit string
		commas     bool // the unit has a comma to cut after
	}{
		{"words", "the minister said that the plan would work ", false},
		{"commas", "the minister said, in Vienna, that the plan would work ", true},
		{"glued marks", "“we”said“they” ", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat(tt.unit, 2000) + "Then it ended. A short one."
			toks := Tokenize(text, 0, len(text))
			sents, paras := Segment(text, toks)
			require.Len(t, paras, 1)
			require.Greater(t, len(sents), 3)
			next := 0
			for i, s := range sents {
				assert.Equal(t, next, s.Tokens.First, "sentence %d starts where the last ended", i)
				assert.LessOrEqual(t, s.Tokens.Len(), MaxSentenceTokens)
				if s.Piece {
					assert.Greater(t, s.Tokens.Len(), MaxSentenceTokens/2, "no piece is cut short: sentence %d", i)
				}
				assert.Equal(t, i < len(sents)-2, s.Piece, "sentence %d", i)
				if s.Piece && tt.commas {
					assert.True(t, toks[s.Tokens.End-1].Is(","), "piece %d ends after a comma: %q", i, toks[s.Tokens.End-1].Text)
				}
				if s.Piece {
					assert.True(t, toks[s.Tokens.End].Space, "a piece ends between words")
				}
				next = s.Tokens.End
			}
			assert.Equal(t, len(toks), next)
			assert.Equal(t, "A short one.", sents[len(sents)-1].In(text))
		})
	}
}
