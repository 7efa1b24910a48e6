package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The possessor sieve: a noun of saying and its possessor speak.
//
//	"Jane Roe's claim that prices will fall …"
//	"her calls for lower taxes"
//	"his promise to cut fees"

// nounCues are nouns for what someone said: "his claim that …", "Trump's
// calls for …".
var nounCues = wordList("noun_cues")

// possessivePronouns stand for the subject pronoun of their possessor.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// nounCue attributes what a noun of saying introduces, to its possessor:
// "Trump's claim that Obama wants …", "his calls for increased
// surveillance", "her promise to …".
func (r *run) nounCue(s *entities.Sentence, k, lo int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if k-1 < lo || k+2 >= end {
		return 0, false
	}
	j := k + 1
	for j < end && r.timeAt(j, end) > 0 {
		j++
	}
	if j >= end {
		return 0, false
	}
	start := -1
	switch strings.ToLower(toks[j].Text) {
	case "that":
		start = j + 1
	case "for", "to", "on":
		start = j + 1
		if toks[j].Is("to") {
			start = j // "her promise to cut taxes"
		}
	}
	if start < 0 || start >= end {
		return 0, false
	}
	var subj phrase
	p := &toks[k-1]
	switch {
	case p.Kind == entities.Possessive:
		n := r.plainLeft(k-1, lo)
		if n.end <= n.first {
			return 0, false
		}
		subj = phrase{first: n.first, end: n.end, start: n.first}
	case possessivePronouns[strings.ToLower(p.Text)] != "":
		subj = phrase{first: k - 1, end: k, start: k - 1}
	default:
		return 0, false
	}
	cue := &Cue{Span: toks[k].Span, Text: toks[k].Text}
	return r.forward(s, start, cue, subj, Possessor, 0.6)
}
