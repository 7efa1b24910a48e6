package entities

// MaxSentenceTokens bounds the tokens of a sentence. A longer run without a
// sentence end (a transcript, a table dump, OCR text without full stops)
// is cut into pieces of at most this many tokens, each a Sentence with
// Piece set, so that the rules that scan to a sentence's end cost at most
// a piece per token. No sentence of PolNeAR or the shared press releases
// comes near it (the longest has 609 tokens).
const MaxSentenceTokens = 1000

// cutLong returns where to cut the overlong sentence that starts at token
// first, at or before token limit: after the last semicolon, dash or comma
// in the second half of the window ("…, said Ann Lee, | and the minister
// …"), else at limit. A cut never separates a quotation mark from the
// word it is glued to.
func cutLong(toks []Token, first, limit int) int {
	half := first + (limit-first)/2
	for _, weak := range []bool{false, true} {
		for k := limit - 1; k > half; k-- {
			t := &toks[k]
			if t.Is(";") || (t.Is("—") || t.Is("–")) && t.Space || weak && t.Is(",") {
				return k + 1
			}
		}
	}
	for k := limit; k > half; k-- {
		if toks[k].Space || toks[k].Newlines > 0 {
			return k
		}
	}
	return limit
}
