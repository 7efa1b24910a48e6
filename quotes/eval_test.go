package quotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

// TestEvaluateByRule checks the per-rule figures on hand-made predictions:
// two rules, one wrong speaker, one prediction outside every gold quote.
func TestEvaluateByRule(t *testing.T) {
	//       0         1         2         3         4         5         6         7
	//       0123456789012345678901234567890123456789012345678901234567890123456789012
	text := `Ann Lee said the vote was close. Bob Roe said taxes rise. Zed sang loudly.`
	src := func(s, e int) (*int, *int) { return &s, &e }
	annS, annE := src(0, 7)
	bobS, bobE := src(33, 40)
	gold := []quotes.GoldDocument{{Text: text, Quotes: []quotes.GoldQuote{
		{Start: 13, End: 31, Cue: "said", Kind: "indirect", SpeakerStart: annS, SpeakerEnd: annE},
		{Start: 46, End: 57, Cue: "said", Kind: "indirect", SpeakerStart: bobS, SpeakerEnd: bobE},
	}}}
	mention := func(s, e int) *speakers.Mention {
		return &speakers.Mention{Span: entities.Span{Start: s, End: e}, Text: text[s:e]}
	}
	q := func(s, e int, r quotes.Rule, m *speakers.Mention) quotes.Quote {
		return quotes.Quote{Kind: quotes.Indirect, Span: entities.Span{Start: s, End: e}, Text: text[s:e],
			Parts: []entities.Span{{Start: s, End: e}}, Rule: r, Mention: m}
	}
	pred := []*quotes.Document{{Text: text, Quotes: []quotes.Quote{
		q(13, 31, quotes.SubjectCue, mention(0, 7)),   // right speaker
		q(46, 57, quotes.SubjectCue, mention(0, 3)),   // found, wrong speaker
		q(58, 73, quotes.CueSubject, mention(58, 61)), // outside every gold quote
	}}}
	s := quotes.Evaluate(gold, pred, quotes.Loose)[0]
	require.Len(t, s.ByRule, 2)
	sc, cs := s.ByRule[0], s.ByRule[1]
	assert.Equal(t, quotes.RuleScores{Rule: quotes.SubjectCue, Quotes: 2, Correct: 2, Precision: 1, Attributed: 2, SpeakerWrong: 1,
		ErrorRate: 0.5, ErrorShare: 1}, sc)
	assert.Equal(t, quotes.RuleScores{Rule: quotes.CueSubject, Quotes: 1}, cs)
	assert.Equal(t, 1, s.Seen-s.SpeakerRight)
}

// TestEvaluateLevels checks that Evaluate scores the three levels when
// given no threshold, and that a prediction one word short is found at
// loose and strict but not at exact.
func TestEvaluateLevels(t *testing.T) {
	text := `Ann Lee said that the vote in the city council was very close too.`
	gold := []quotes.GoldDocument{{Text: text, Quotes: []quotes.GoldQuote{{Start: 18, End: 65, Cue: "said", Kind: "indirect"}}}}
	pred := []*quotes.Document{{Text: text, Quotes: []quotes.Quote{{Kind: quotes.Indirect, Span: entities.Span{Start: 18, End: 61},
		Text: text[18:61], Parts: []entities.Span{{Start: 18, End: 61}}}}}}
	s := quotes.Evaluate(gold, pred)
	require.Len(t, s, 3)
	for i, want := range []struct {
		level  string
		recall float64
	}{{"loose", 1}, {"strict", 1}, {"exact", 0}} {
		assert.Equal(t, want.level, quotes.LevelName(s[i].Threshold))
		assert.Equal(t, want.recall, s[i].Recall, want.level)
		assert.Equal(t, 1.0, s[i].Precision, want.level)
	}
}
