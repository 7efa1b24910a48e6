package quotes

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// A GoldDocument is an annotated document, in the JSON Lines format of the
// converted PolNeAR corpus: {"id", "text", "quotes": [...]}.
type GoldDocument struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// A GoldQuote is an annotated attribution. Offsets are UTF-8 byte offsets
// into the document text, end exclusive.
type GoldQuote struct {
	Start     int             `json:"start"`
	End       int             `json:"end"`
	Fragments []entities.Span `json:"fragments"` // the content; Start..End when empty
	Speaker   *string         `json:"speaker"`   // the source as written, or null
	// SpeakerStart and SpeakerEnd locate the source; both null without one.
	SpeakerStart *int   `json:"speaker_start"`
	SpeakerEnd   *int   `json:"speaker_end"`
	Cue          string `json:"cue"`
	Kind         string `json:"kind"` // "direct", "mixed" or "indirect"
}

// ReadGold reads annotated documents, one JSON object per line.
func ReadGold(r io.Reader) ([]GoldDocument, error) {
	var docs []GoldDocument
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var d GoldDocument
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return nil, fmt.Errorf("quotes: gold line %d: %w", n, jerr)
			}
			if err := d.check(); err != nil {
				return nil, fmt.Errorf("quotes: gold line %d: %w", n, err)
			}
			docs = append(docs, d)
		}
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("quotes: reading gold: %w", err)
		}
	}
}

func (d *GoldDocument) check() error {
	n := len(d.Text)
	for i, q := range d.Quotes {
		if !(entities.Span{Start: q.Start, End: q.End}).Valid(n) {
			return fmt.Errorf("quote %d: span [%d,%d) outside a text of %d bytes", i, q.Start, q.End, n)
		}
		for _, f := range q.Fragments {
			if !f.Valid(n) {
				return fmt.Errorf("quote %d: fragment %v outside a text of %d bytes", i, f, n)
			}
		}
		if q.SpeakerStart != nil && q.SpeakerEnd != nil && !(entities.Span{Start: *q.SpeakerStart, End: *q.SpeakerEnd}).Valid(n) {
			return fmt.Errorf("quote %d: speaker span outside the text", i)
		}
	}
	return nil
}

// The levels of an evaluation: the share of a quote's content that must
// match. Loose forgives a quote cut short or run on by a clause, strict a
// word or two, exact nothing.
const (
	Loose  = 0.5
	Strict = 0.9
	Exact  = 1.0
)

// Levels are the thresholds Evaluate scores when given none: loose, strict
// and exact.
var Levels = []float64{Loose, Strict, Exact}

// LevelName names a threshold: "loose", "strict" or "exact", or "th=0.75"
// for another.
func LevelName(th float64) string {
	switch th {
	case Loose:
		return "loose"
	case Strict:
		return "strict"
	case Exact:
		return "exact"
	}
	return fmt.Sprintf("th=%g", th)
}

// Scores are the figures of an evaluation at one threshold.
type Scores struct {
	Threshold float64 `json:"threshold"`
	// Precision is the share of predicted quotes of which at least
	// Threshold of the content lies inside one gold quote (any gold
	// attribution counts).
	Precision float64 `json:"precision"`
	// Recall is the share of gold speech quotes found: the predictions
	// lying inside one cover at least Threshold of its content.
	Recall float64 `json:"recall"`
	F1     float64 `json:"f1"`
	// RecallByKind is the recall of direct, mixed and indirect gold quotes.
	RecallByKind map[string]float64 `json:"recall_by_kind"`
	// SpeakerAccuracy is the share of found gold quotes with a source whose
	// best prediction names it: the prediction's mention overlaps the gold
	// source, or the speaker's surname occurs in it.
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	// AttributedRecall is the share of gold speech quotes with a source
	// that are found with the right speaker.
	AttributedRecall float64 `json:"attributed_recall"`

	// ByRule breaks the figures down by the rule that made each
	// prediction, in the order of the rules (NoRule first, for quotes no
	// rule attributed); a rule that made no quote is left out.
	ByRule []RuleScores `json:"by_rule"`

	Predicted, Correct             int            `json:"-"`
	Gold, Found                    int            `json:"-"`
	GoldByKind, FoundByKind        map[string]int `json:"-"`
	WithSource, SpeakerRight, Seen int            `json:"-"`

	rules map[Rule]*RuleScores
}

// String formats the scores on one line.
func (s Scores) String() string {
	return fmt.Sprintf("th=%.1f P=%.3f R=%.3f F1=%.3f direct=%.3f mixed=%.3f indirect=%.3f speaker=%.3f attributed=%.3f (pred %d, gold %d)",
		s.Threshold, s.Precision, s.Recall, s.F1, s.RecallByKind["direct"], s.RecallByKind["mixed"], s.RecallByKind["indirect"],
		s.SpeakerAccuracy, s.AttributedRecall, s.Predicted, s.Gold)
}

// speechStems are the verbs whose attributions recall counts (with their
// inflections), besides direct and mixed quotes and a bare colon.
var speechStems = strings.Fields(`say tell add note according explain stress state announce argue ask
claim declare insist warn write tweet reply respond comment acknowledge admit urge emphasize underline
highlight describe suggest report confirm deny recall mention point observe remark continue predict vow
promise assert contend concede conclude testify quip call`)

var speechForms = func() map[string]bool {
	m := map[string]bool{"said": true, "told": true, "wrote": true, "written": true, "quipped": true, "quipping": true,
		"admitted": true, "admitting": true}
	for _, s := range speechStems {
		m[s] = true
		base := s
		switch {
		case strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ay"):
			stem := s[:len(s)-1]
			m[stem+"ies"], m[stem+"ied"], m[s+"ing"] = true, true, true
		case strings.HasSuffix(s, "e"):
			m[s+"s"], m[s+"d"], m[s[:len(s)-1]+"ing"] = true, true, true
		case strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch"):
			m[s+"es"], m[s+"ed"], m[s+"ing"] = true, true, true
		default:
			m[base+"s"], m[base+"ed"], m[base+"ing"] = true, true, true
		}
	}
	return m
}()

// speech reports whether a gold attribution counts for recall.
func (q *GoldQuote) speech() bool {
	if q.Kind == "direct" || q.Kind == "mixed" {
		return true
	}
	cue := strings.TrimSpace(q.Cue)
	if cue == ":" {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if speechForms[w] {
			return true
		}
	}
	return false
}

// contentBytes returns the offsets of the letters and digits of spans.
func contentBytes(text string, spans []entities.Span) []int {
	var out []int
	for _, s := range spans {
		for i := s.Start; i < s.End; {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = append(out, i)
			}
			i += size
		}
	}
	return out
}

func inSpans(off int, spans []entities.Span) bool {
	for _, s := range spans {
		if s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}

func (q *GoldQuote) content() []entities.Span {
	if len(q.Fragments) > 0 {
		return q.Fragments
	}
	return []entities.Span{{Start: q.Start, End: q.End}}
}

// Evaluate scores predicted documents against gold ones, pairwise, at each
// threshold: Loose (0.5), Strict (0.9), Exact (1.0), or all three when none
// is given. At Exact, a prediction is correct only when every letter and
// digit of it lies inside one gold quote, and a gold quote is found only
// when the predictions inside it cover every letter and digit of it.
func Evaluate(gold []GoldDocument, pred []*Document, thresholds ...float64) []Scores {
	if len(thresholds) == 0 {
		thresholds = Levels
	}
	out := make([]Scores, len(thresholds))
	for ti, th := range thresholds {
		s := Scores{Threshold: th, GoldByKind: map[string]int{}, FoundByKind: map[string]int{}, RecallByKind: map[string]float64{}}
		for di := range gold {
			if di < len(pred) && pred[di] != nil {
				s.add(&gold[di], pred[di])
			}
		}
		s.finish()
		out[ti] = s
	}
	return out
}

func (s *Scores) add(g *GoldDocument, d *Document) {
	text := g.Text
	goldContent := make([][]entities.Span, len(g.Quotes))
	for i := range g.Quotes {
		goldContent[i] = g.Quotes[i].content()
	}
	type predInfo struct {
		bytes []int
		// inside[i] reports that at least th of the prediction lies in gold i
		inside []bool
	}
	preds := make([]predInfo, len(d.Quotes))
	for pi, q := range d.Quotes {
		b := contentBytes(text, q.Parts)
		p := predInfo{bytes: b, inside: make([]bool, len(g.Quotes))}
		correct := false
		for gi := range g.Quotes {
			n := 0
			for _, off := range b {
				if inSpans(off, goldContent[gi]) {
					n++
				}
			}
			if len(b) > 0 && float64(n) >= s.Threshold*float64(len(b)) {
				p.inside[gi] = true
				correct = true
			}
		}
		preds[pi] = p
		s.Predicted++
		if correct {
			s.Correct++
		}
		s.countPrediction(q.Rule, correct)
	}
	for gi := range g.Quotes {
		gq := &g.Quotes[gi]
		if !gq.speech() {
			continue
		}
		s.Gold++
		s.GoldByKind[gq.Kind]++
		hasSource := gq.SpeakerStart != nil && gq.SpeakerEnd != nil
		if hasSource {
			s.WithSource++
		}
		gb := contentBytes(text, goldContent[gi])
		covered := map[int]bool{}
		best, bestN := -1, 0
		for pi := range preds {
			if !preds[pi].inside[gi] {
				continue
			}
			n := 0
			for _, off := range preds[pi].bytes {
				if inSpans(off, goldContent[gi]) {
					covered[off] = true
					n++
				}
			}
			if n > bestN {
				best, bestN = pi, n
			}
		}
		if len(gb) == 0 || float64(len(covered)) < s.Threshold*float64(len(gb)) {
			continue
		}
		s.Found++
		s.FoundByKind[gq.Kind]++
		if !hasSource {
			continue
		}
		s.Seen++
		right := speakerRight(text, gq, &d.Quotes[best])
		if right {
			s.SpeakerRight++
		}
		s.countSpeaker(d.Quotes[best].Rule, right)
	}
}

// speakerRight reports whether a predicted quote names the gold source: its
// mention overlaps the source span, or its speaker's surname (an
// organization's name) occurs in the source.
func speakerRight(text string, g *GoldQuote, q *Quote) bool {
	if q.Mention == nil {
		return false
	}
	src := entities.Span{Start: *g.SpeakerStart, End: *g.SpeakerEnd}
	if q.Mention.Overlaps(src) {
		return true
	}
	if q.Speaker == nil {
		return false
	}
	name := q.Speaker.Family
	if name == "" && q.Speaker.Kind.String() == "organization" {
		name = q.Speaker.Name
	}
	return name != "" && strings.Contains(strings.ToLower(src.In(text)), strings.ToLower(name))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *Scores) finish() {
	s.Precision = ratio(s.Correct, s.Predicted)
	s.Recall = ratio(s.Found, s.Gold)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	for _, k := range []string{"direct", "mixed", "indirect"} {
		s.RecallByKind[k] = ratio(s.FoundByKind[k], s.GoldByKind[k])
	}
	s.SpeakerAccuracy = ratio(s.SpeakerRight, s.Seen)
	s.AttributedRecall = ratio(s.SpeakerRight, s.WithSource)
	s.finishRules()
}
