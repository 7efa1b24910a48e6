package quotes

import "sort"

// RuleScores are the figures of one attribution rule (Quote.Rule) at the
// threshold of the Scores that hold them.
//
// For example, if "cue-subject" made 200 quotes of which 190 lie (at
// least the threshold of their content) inside a gold quote, its
// Precision is 0.95; if it made the best prediction of 150 found gold
// quotes with a source and 6 of those name someone else, its ErrorRate
// is 6/150 = 0.04, and if all rules together got 60 found quotes' speakers
// wrong, its ErrorShare is 6/60 = 0.1.
type RuleScores struct {
	Rule Rule `json:"rule"`
	// Quotes is how many quotes the rule made; Correct how many of them are
	// correct (as Scores.Precision counts them); Precision is their ratio.
	Quotes    int     `json:"quotes"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	// Attributed counts the found gold speech quotes with a source whose
	// best prediction the rule made (the prediction lying inside the gold
	// quote that covers most of its content, the first one on a tie: the
	// one Scores.SpeakerAccuracy judges). SpeakerWrong counts those of them
	// whose best prediction does not name the source.
	Attributed   int `json:"attributed"`
	SpeakerWrong int `json:"speaker_wrong"`
	// ErrorRate is SpeakerWrong / Attributed: how often the rule's speaker
	// is wrong. ErrorShare is SpeakerWrong over the speaker errors of all
	// rules (Scores.Seen - Scores.SpeakerRight): the rule's part of them.
	ErrorRate  float64 `json:"error_rate"`
	ErrorShare float64 `json:"error_share"`
}

// rule returns the running figures of a rule, adding them when new.
func (s *Scores) rule(r Rule) *RuleScores {
	if s.rules == nil {
		s.rules = map[Rule]*RuleScores{}
	}
	rs := s.rules[r]
	if rs == nil {
		rs = &RuleScores{Rule: r}
		s.rules[r] = rs
	}
	return rs
}

// countPrediction counts a quote the rule made, correct or not.
func (s *Scores) countPrediction(r Rule, correct bool) {
	rs := s.rule(r)
	rs.Quotes++
	if correct {
		rs.Correct++
	}
}

// countSpeaker counts a found gold quote with a source whose best
// prediction the rule made, with its speaker right or not.
func (s *Scores) countSpeaker(r Rule, right bool) {
	rs := s.rule(r)
	rs.Attributed++
	if !right {
		rs.SpeakerWrong++
	}
}

// finishRules computes the ratios and lists the rules in their order.
func (s *Scores) finishRules() {
	wrong := s.Seen - s.SpeakerRight
	s.ByRule = s.ByRule[:0]
	for _, rs := range s.rules {
		rs.Precision = ratio(rs.Correct, rs.Quotes)
		rs.ErrorRate = ratio(rs.SpeakerWrong, rs.Attributed)
		rs.ErrorShare = ratio(rs.SpeakerWrong, wrong)
		s.ByRule = append(s.ByRule, *rs)
	}
	sort.Slice(s.ByRule, func(i, j int) bool { return s.ByRule[i].Rule < s.ByRule[j].Rule })
}
