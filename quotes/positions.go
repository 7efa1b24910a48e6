package quotes

import (
	"github.com/quotekit/quotekit/entities"
)

// Where tokens stand: quotation marks that open or close, sentence ends,
// datelines ("VIENNA, 3 May 2024 –").

// skipDateline returns the first token of s after a dateline ("VIENNA, 17
// October 2018 –", "NEW YORK, Nov. 19 (UPI) —"), its place in capitals or
// its date or wire last: "Kelvale, October 28, 2025:", "Kelvale, Oct. 28,
// 2025 /Kelvo Wire/ --".
func (r *run) skipDateline(s *entities.Sentence) int {
	toks := r.toks
	for k := s.Tokens.First; k < s.Tokens.End && k < s.Tokens.First+14; k++ {
		t := &toks[k]
		if (t.Is("–") || t.Is("—") || t.Is("--") || t.Is("-")) && k > s.Tokens.First && (toks[s.Tokens.First].IsUpper() || yearOrWire(&toks[k-1])) {
			return k + 1
		}
		if t.Is(":") && k > s.Tokens.First+2 && toks[s.Tokens.First].IsCap() && yearOrWire(&toks[k-1]) {
			return k + 1
		}
		if t.Kind == entities.Word && t.IsLower() {
			return s.Tokens.First
		}
	}
	return s.Tokens.First
}

// yearOrWire reports a token that ends a dateline's date or wire: "2025"
// of "October 28, 2025:", the slash of "/Kelvo Wire/".
func yearOrWire(t *entities.Token) bool {
	return t.Kind == entities.Number && len(t.Text) == 4 || t.Is("/")
}

// endsSentence reports whether quotation qi closes at the end of sentence s.
func (r *run) endsSentence(qi int, s *entities.Sentence) bool {
	e := r.quoteEndTok(qi) + 1
	return e >= s.Tokens.End || r.onlyPunct(e, s.Tokens.End)
}

// closesQuote reports whether token i is the closing mark of a quotation,
// or a comma right after one ("”," in some styles).
func (r *run) closesQuote(i int) bool {
	if i < 0 {
		return false
	}
	if r.toks[i].Is(",") && i > 0 {
		i--
	}
	qi := r.qAt[i]
	return qi != 0 && r.qs[qi-1].close == i
}

func (r *run) opensQuote(j int) bool {
	qi := r.qAt[j]
	return qi != 0 && r.qs[qi-1].open == j
}

func (r *run) sameSentence(k int, s *entities.Sentence) bool {
	return k >= s.Tokens.First && k < s.Tokens.End
}

func (r *run) quoteEndTok(qi int) int {
	q := &r.qs[qi]
	if q.close >= 0 {
		return q.close
	}
	return r.a.TokenAt(q.parts[len(q.parts)-1].End) - 1
}

// onlyPunct reports that the tokens [i, end) are punctuation only: what
// is left of the sentence after i holds no word.
func (r *run) onlyPunct(i, end int) bool {
	for ; i < end; i++ {
		if t := &r.toks[i]; t.Kind == entities.Word || t.Kind == entities.Number {
			return false
		}
	}
	return true
}

// quoteEndsWithComma reports whether the quotation closing at token k
// ends with a comma inside its marks ("…,”").
func (r *run) quoteEndsWithComma(k int) bool {
	qi := r.qAt[k]
	if qi == 0 || k == 0 {
		return false
	}
	return r.toks[k-1].Is(",")
}

func (r *run) insideQuote(k int) bool { return r.qAt[k] != 0 }
