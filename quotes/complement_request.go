package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// requestNouns are the nouns of a request for words: what a source
// answers or leaves unanswered in reporting language.
var requestNouns = toSet(`request requests question questions inquiry inquiries query queries message messages
email emails e-mail e-mails questionnaire`)

// requestAhead reports a noun phrase from token start that names a request
// or a question, before any punctuation, clause or verb of saying: "did not
// respond to a request for comment", "did not immediately respond to
// emailed questions about the contract". Not "responded to the crisis" nor
// "responded to criticism by cutting fees": a reaction, no words asked for.
// (A cue verb flagged "request" in data/cues.tsv takes only such a phrase.)
func (r *run) requestAhead(start, end int) bool {
	toks := r.toks
	for k := start; k < end && k < start+8; k++ {
		t := &toks[k]
		if t.Kind != entities.Word && t.Kind != entities.Possessive {
			return false
		}
		lw := strings.ToLower(t.Text)
		if requestNouns[lw] {
			return true
		}
		if lw == "that" || whWords[lw] || isAux(lw) {
			return false
		}
		if _, ok := cueAt(toks, k); ok && k > start {
			return false
		}
	}
	return false
}
