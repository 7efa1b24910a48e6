package quotes_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// polnearDir finds the PolNeAR data in ../shared, or in $QUOTEKIT_POLNEAR.
func polnearDir(t *testing.T) string {
	dir := os.Getenv("QUOTEKIT_POLNEAR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data", "polnear")
	}
	if _, err := os.Stat(filepath.Join(dir, "dev.jsonl")); err != nil {
		t.Skipf("PolNeAR not found at %s (set QUOTEKIT_POLNEAR): %v", dir, err)
	}
	return dir
}

// figures are the scores the dev split must keep: F1 at the loose (0.5),
// strict (0.9) and exact (1.0) thresholds, and the loose recall by kind,
// speaker accuracy and attributed recall.
type figures struct {
	loose, strict, exact, direct, mixed, indirect, speaker, attributed float64
}

// targets are issue 3's goals; floor is what the extractor measured when
// this test was last raised (December 2026, after issue 12's twenty-second
// round of rules: loose F1 0.887, strict 0.809, exact 0.731, direct 0.977,
// mixed 0.827, indirect 0.774, speaker 0.942, attributed 0.810), minus 0.005 for
// the noise of rule changes, never lowered: a regression below it fails,
// a figure below its target is reported. The exact level has no
// target: its floor is its only gate.
var (
	targets = figures{loose: 0.85, strict: 0.75, direct: 0.97, mixed: 0.80, indirect: 0.70, speaker: 0.92, attributed: 0.75}
	floor   = figures{loose: 0.883, strict: 0.805, exact: 0.727, direct: 0.972, mixed: 0.822, indirect: 0.769, speaker: 0.937, attributed: 0.805}
	// learnedFloor gates the extractor with the learned layer on and the
	// embedded weights (trained on PolNeAR's train split only), as measured
	// in December 2026 (the branch's weights after issue 12's twenty-second
	// round: loose 0.889, strict 0.817, exact 0.797, direct 0.977, mixed
	// 0.834, indirect 0.772, speaker 0.950, attributed 0.817; retrained,
	// seed 1, on the merged rules of 2026-12-03: 0.887, 0.819, 0.797,
	// 0.974, 0.834, 0.767, 0.951, 0.815; retrained, seed 1, on the rules of
	// 2026-12-04's fourth session: 0.889, 0.822, 0.800, 0.974, 0.831, 0.774,
	// 0.951, 0.817) minus 0.005, never lowered. The cross-validation on
	// train leaves the start before an attribution and the speaker of an
	// attributed quote to the rules.
	learnedFloor = figures{loose: 0.884, strict: 0.817, exact: 0.795, direct: 0.972, mixed: 0.829, indirect: 0.769, speaker: 0.946, attributed: 0.812}
)

// TestPolNeARDev runs the evaluation on PolNeAR's dev split (84 news
// articles, 1,320 attributions that count for recall).
func TestPolNeARDev(t *testing.T) {
	t.Run("rules", func(t *testing.T) { polnearDev(t, floor, quotes.WithLearned(false)) })
	t.Run("learned", func(t *testing.T) { polnearDev(t, learnedFloor, quotes.WithLearned(true)) })
}

func polnearDev(t *testing.T, floor figures, opt quotes.Option) {
	if testing.Short() {
		t.Skip("slow: runs 84 documents")
	}
	f, err := os.Open(filepath.Join(polnearDir(t), "dev.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	gold, err := quotes.ReadGold(f)
	require.NoError(t, err)
	require.Len(t, gold, 84)
	x, err := quotes.New(quotes.WithLayout(false), opt)
	require.NoError(t, err)
	pred := make([]*quotes.Document, len(gold))
	for i := range gold {
		pred[i] = x.Extract(gold[i].Text)
		checkSpans(t, gold[i].Text, pred[i])
	}
	s := quotes.Evaluate(gold, pred, quotes.Loose, quotes.Strict, quotes.Exact)
	loose, strict, exact := s[0], s[1], s[2]
	t.Logf("loose:  %v", loose)
	t.Logf("strict: %v", strict)
	t.Logf("exact:  %v", exact)
	got := figures{loose: loose.F1, strict: strict.F1, exact: exact.F1, direct: loose.RecallByKind["direct"], mixed: loose.RecallByKind["mixed"],
		indirect: loose.RecallByKind["indirect"], speaker: loose.SpeakerAccuracy, attributed: loose.AttributedRecall}
	for _, c := range []struct {
		name               string
		got, floor, target float64
	}{
		{"loose F1", got.loose, floor.loose, targets.loose},
		{"strict F1", got.strict, floor.strict, targets.strict},
		{"exact F1", got.exact, floor.exact, targets.exact},
		{"direct recall", got.direct, floor.direct, targets.direct},
		{"mixed recall", got.mixed, floor.mixed, targets.mixed},
		{"indirect recall", got.indirect, floor.indirect, targets.indirect},
		{"speaker accuracy", got.speaker, floor.speaker, targets.speaker},
		{"attributed recall", got.attributed, floor.attributed, targets.attributed},
	} {
		assert.GreaterOrEqual(t, c.got, c.floor, "%s fell below its floor", c.name)
		if c.got < c.target {
			t.Logf("%s %.3f is below the target %.2f", c.name, c.got, c.target)
		}
	}
}
