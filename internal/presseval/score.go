package presseval

import (
	"strings"
	"unicode/utf8"

	"github.com/quotekit/quotekit/quotes"
)

// A Prediction is what the scorer reads of one predicted quote, in the
// text forms it compares: the Bare quote text, and the Norm speaker name,
// organization ("name | acronym") and titles of its speaker.
type Prediction struct {
	Text, Speaker, Organization string
	Titles                      []string
}

// Predictions returns a document's quotes as the scorer reads them from
// the CLI's JSON: the quote's text (Quote.Text, between its parts
// included), its speaker's name, organization name and acronym, and
// titles. A quote without a speaker has an empty name and titles and the
// organization "|".
func Predictions(d *quotes.Document) []Prediction {
	out := make([]Prediction, len(d.Quotes))
	for i, q := range d.Quotes {
		p := Prediction{Text: Bare(q.Text), Organization: Norm(" | ")}
		if s := q.Speaker; s != nil {
			p.Speaker = Norm(s.Name)
			p.Organization = Norm(s.Organization.Name + " | " + s.Organization.Acronym)
			for _, t := range s.Titles {
				p.Titles = append(p.Titles, Norm(t))
			}
		}
		out[i] = p
	}
	return out
}

// Scores are the counts of one set of documents.
type Scores struct {
	// Firm counts the records that are not borderline; Found those of them
	// whose Bare snippet is in the Bare text of a predicted quote.
	Firm, Found int
	// SpeakerRight of SpeakerJudged: found firm records with a gold
	// speaker whose key word (the surname of a person: the last word of the
	// name, "of", "the", "mr", "ms" dropped; the longest word of a body) is
	// in the name of the first predicted quote containing the snippet.
	SpeakerRight, SpeakerJudged int
	// OrgRight of OrgJudged: records with the speaker right, a person, and
	// a gold organization; right when the gold organization or one of its
	// affiliations contains, or is contained in, the predicted
	// organization's name or acronym.
	OrgRight, OrgJudged int
	// TitlesRight of TitlesJudged: records with the speaker right and gold
	// titles; right when at least two thirds (and at least one) of the
	// gold titles, credentials such as "MD" or "PhD" left out, have 80% of
	// their words (stop words dropped) in one predicted title.
	TitlesRight, TitlesJudged int
	// PredictedHit of Predicted: predicted quotes that contain some
	// record's snippet, borderline records included.
	PredictedHit, Predicted int
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Recall is Found / Firm.
func (s Scores) Recall() float64 { return ratio(s.Found, s.Firm) }

// Speaker is SpeakerRight / SpeakerJudged.
func (s Scores) Speaker() float64 { return ratio(s.SpeakerRight, s.SpeakerJudged) }

// Organization is OrgRight / OrgJudged.
func (s Scores) Organization() float64 { return ratio(s.OrgRight, s.OrgJudged) }

// Titles is TitlesRight / TitlesJudged.
func (s Scores) Titles() float64 { return ratio(s.TitlesRight, s.TitlesJudged) }

// PrecisionLowerBound is PredictedHit / Predicted: a floor, since
// unannotated speech counts against it.
func (s Scores) PrecisionLowerBound() float64 { return ratio(s.PredictedHit, s.Predicted) }

// Add adds the counts of t.
func (s *Scores) Add(t Scores) {
	s.Firm += t.Firm
	s.Found += t.Found
	s.SpeakerRight += t.SpeakerRight
	s.SpeakerJudged += t.SpeakerJudged
	s.OrgRight += t.OrgRight
	s.OrgJudged += t.OrgJudged
	s.TitlesRight += t.TitlesRight
	s.TitlesJudged += t.TitlesJudged
	s.PredictedHit += t.PredictedHit
	s.Predicted += t.Predicted
}

// An Outcome is how one firm record fared.
type Outcome struct {
	Doc    string
	Record *Record
	// Pred is the first predicted quote containing the snippet; nil when
	// the record was not found.
	Pred *Prediction
	// Judged and Right, for the speaker, organization and titles.
	SpeakerJudged, SpeakerRight bool
	OrgJudged, OrgRight         bool
	TitlesJudged, TitlesRight   bool
}

// Failed reports whether the record was missed or got a judged speaker,
// organization or titles wrong.
func (o *Outcome) Failed() bool {
	return o.Pred == nil || o.SpeakerJudged && !o.SpeakerRight || o.OrgJudged && !o.OrgRight ||
		o.TitlesJudged && !o.TitlesRight
}

// Score scores one document's predictions against its records, and
// returns the outcome of each firm record.
func Score(g *Document, preds []Prediction) (Scores, []Outcome) {
	var s Scores
	var outs []Outcome
	used := make([]bool, len(preds))
	for ri := range g.Quotes {
		r := &g.Quotes[ri]
		snip := Bare(r.Snippet)
		first := -1
		for i := range preds {
			if snip != "" && strings.Contains(preds[i].Text, snip) {
				used[i] = true
				if first < 0 {
					first = i
				}
			}
		}
		if r.Borderline {
			continue
		}
		s.Firm++
		o := Outcome{Doc: g.ID, Record: r}
		if first >= 0 {
			s.Found++
			o.Pred = &preds[first]
			judge(r, o.Pred, &o)
		}
		s.count(&o)
		outs = append(outs, o)
	}
	s.Predicted = len(preds)
	for _, u := range used {
		if u {
			s.PredictedHit++
		}
	}
	return s, outs
}

func (s *Scores) count(o *Outcome) {
	add := func(judged, right bool, n, ok *int) {
		if judged {
			*n++
			if right {
				*ok++
			}
		}
	}
	add(o.SpeakerJudged, o.SpeakerRight, &s.SpeakerJudged, &s.SpeakerRight)
	add(o.OrgJudged, o.OrgRight, &s.OrgJudged, &s.OrgRight)
	add(o.TitlesJudged, o.TitlesRight, &s.TitlesJudged, &s.TitlesRight)
}

// judge sets the speaker, organization and titles of a found record.
func judge(r *Record, p *Prediction, o *Outcome) {
	if str(r.Speaker) == "" {
		return
	}
	o.SpeakerJudged = true
	k := keyOf(str(r.Speaker), r.personForKey())
	o.SpeakerRight = k != "" && strings.Contains(p.Speaker, k)
	if !o.SpeakerRight {
		return
	}
	var gtitles []string
	for _, t := range r.Titles {
		if t != "" {
			gtitles = append(gtitles, t)
		}
	}
	if len(gtitles) > 0 {
		o.TitlesJudged = true
		o.TitlesRight = titlesOK(gtitles, p.Titles)
	}
	if r.personForOrg() && str(r.Organization) != "" {
		o.OrgJudged = true
		o.OrgRight = orgOK(append([]string{str(r.Organization)}, r.Affiliations...), p.Organization)
	}
}

// keyOf is the word a predicted name must contain: of the words of the
// Norm name (letters, digits, '_', apostrophes, hyphens; "of", "the",
// "mr", "ms" dropped), the last for a person ("Dr. Ana María O'Neil" gives
// "o'neil"), the longest (the first of equals) for a body ("the Ministry
// of Health" gives "ministry"); "" when none is left.
func keyOf(name string, person bool) string {
	var toks []string
	for _, t := range wordRuns(Norm(name), func(r rune) bool { return r == '\'' || r == '-' }) {
		if t != "of" && t != "the" && t != "mr" && t != "ms" {
			toks = append(toks, t)
		}
	}
	if len(toks) == 0 {
		return ""
	}
	if person {
		return toks[len(toks)-1]
	}
	best := toks[0]
	for _, t := range toks[1:] {
		if utf8.RuneCountInString(t) > utf8.RuneCountInString(best) {
			best = t
		}
	}
	return best
}

// orgOK reports whether one gold candidate (the organization, then the
// affiliations, Norm'ed) is in the predicted organization "name | acronym",
// or a non-empty side of it is in the candidate: gold "Sun Microsystems,
// Inc." matches the predicted "Sun Microsystems | ".
func orgOK(cands []string, pred string) bool {
	for _, c := range cands {
		c = Norm(c)
		if c == "" {
			continue
		}
		if strings.Contains(pred, c) {
			return true
		}
		if pred == "" {
			continue
		}
		for _, x := range strings.Split(pred, "|") {
			if x = strings.TrimFunc(x, pySpace); x != "" && strings.Contains(c, x) {
				return true
			}
		}
	}
	return false
}

// stop are the words a title match ignores.
var stop = set("the", "of", "a", "an", "and", "for", "to", "at", "in", "on")

// credentials are degrees and post-nominals: a gold title made only of
// them ("MD", "PhD") is not counted.
var credentials = set("md", "phd", "msc", "ms", "ma", "mph", "mba", "rn", "jd", "dds", "bsc", "ba", "facc", "frcp", "obe", "cbe", "mbe", "dr", "prof")

func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleWords returns the words (runs of letters, digits, '_') of a Norm
// title, stop words dropped.
func titleWords(t string) []string {
	var out []string
	for _, w := range wordRuns(t, nil) {
		if !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// titlesOK reports whether the predicted (Norm) titles match the gold ones:
// a gold title is matched when at least 80% of its words are in one
// predicted title; at least two thirds of the gold titles, rounded up, and
// at least one, must be. Gold titles of credentials only are left out; when
// none is left the titles are right. Gold "Vice President", "Sun Fellow"
// against predicted "vice president" gives one of two: wrong.
func titlesOK(gold, pred []string) bool {
	var gws [][]string
	for _, gt := range gold {
		w := titleWords(Norm(gt))
		if len(w) == 0 {
			continue
		}
		allCred := true
		for _, x := range w {
			allCred = allCred && credentials[x]
		}
		if !allCred {
			gws = append(gws, w)
		}
	}
	if len(gws) == 0 {
		return true
	}
	predWords := make([]map[string]bool, len(pred))
	for i, pt := range pred {
		predWords[i] = set(titleWords(pt)...)
	}
	hit := 0
	for _, gw := range gws {
		for _, pw := range predWords {
			n := 0
			for _, w := range gw {
				if pw[w] {
					n++
				}
			}
			if float64(n) >= 0.8*float64(len(gw)) {
				hit++
				break
			}
		}
	}
	need := max(1, (2*len(gws)+2)/3)
	return hit >= need
}
