package quotes

import "strings"

// One-word speech after a verb of saying: an answer or a stand-in for
// what was said before (sieve_subjectcue.go).
//
//	"Asked if she would run again, Jane Roe said no."
//	"72 percent said yes while 48 percent …"
//	"55 percent said so in December"

// answerAt returns the length in bytes of a one-word answer, "yes" or
// "no", at token i right after a verb of saying, when punctuation or a
// clause of its own follows it: "Jane Roe said no.", "72 percent said yes
// while 48 percent …", "… said yes, but …"; or of "so", which stands for
// what was said, also before a prepositional phrase or an adverb ("55
// percent said so in December", "would not say so publicly"). It returns
// 0 for any other word and for "said no to the plan". The tokenizer may keep the period
// of "no." as of an abbreviation; the answer is then the word without it.
func (r *run) answerAt(i, end int) int {
	if i >= end {
		return 0
	}
	t := &r.toks[i]
	lw := strings.ToLower(t.Text)
	n := len(lw)
	switch lw {
	case "yes", "no":
	case "no.":
		return 2 // "said no." as one token: the sentence ends with it
	case "so":
		// "55 percent said so in December", "would not say so publicly":
		// "so" stands for what was said before
		if i+1 < end && (prepositions[r.toks[i+1].Text] || isAdverb(&r.toks[i+1])) && r.qAt[i] == 0 {
			return n
		}
	default:
		return 0
	}
	if r.qAt[i] != 0 || i+1 < end && !(r.toks[i+1].Is(",") || r.toks[i+1].Is(".") || r.toks[i+1].Is(";") ||
		r.toks[i+1].IsFold("but") || r.toks[i+1].IsFold("while") || r.toks[i+1].IsFold("whereas")) {
		return 0
	}
	return n
}
