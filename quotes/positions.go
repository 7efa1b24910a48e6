package quotes

import (
	"strings"

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
		if (t.Is("–") || t.Is("—") || t.Is("--") || t.Is("-")) && k > s.Tokens.First && (toks[s.Tokens.First].IsUpper() || r.datelineEnd(s.Tokens.First, k)) {
			return k + 1
		}
		if t.Is(":") && k > s.Tokens.First+2 && toks[s.Tokens.First].IsCap() && r.datelineEnd(s.Tokens.First, k) {
			return k + 1
		}
		if t.Kind == entities.Word && t.IsLower() {
			return s.Tokens.First
		}
	}
	return s.Tokens.First
}

// datelineEnd reports tokens [first, k) that end in a dateline's date or
// wire: a month and a year ("October 28, 2025", "18 August 2025"), or a wire's
// slashes ("/Kelvo Wire/"); not a name with a year ("Kelvale 2030 –"), nor
// a span of years ("(CEO 2015–2025)").
func (r *run) datelineEnd(first, k int) bool {
	p := &r.toks[k-1]
	if p.Is("/") {
		return true
	}
	if p.Kind != entities.Number || len(p.Text) != 4 {
		return false
	}
	for j := first; j < k-1; j++ {
		if w := strings.TrimSuffix(r.toks[j].Text, "."); entities.Month(w) || monthAbbrevs[w] {
			return true
		}
	}
	return false
}

// monthAbbrevs are the months' short names: "Oct" of "Oct. 28, 2025".
var monthAbbrevs = toSet(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// endsSentence reports whether quotation qi closes at the end of sentence s.
func (r *run) endsSentence(qi int, s *entities.Sentence) bool {
	e := r.quoteEndTok(qi) + 1
	return e >= s.Tokens.End || r.onlyPunct(e, s.Tokens.End)
}

// attributionAfterDash reports token k after such a dash opening an
// attribution: a verb of saying ("– said the Akim"), a name ("– J. Roe
// explained") or a pronoun ("– she said"), not an aside ("– the slogan
// written by volunteers –", "– the memorial inscription reads").
func (r *run) attributionAfterDash(k int) bool {
	t := &r.toks[k]
	switch {
	case t.IsLower():
		switch t.Text {
		case "he", "she", "they", "we", "said", "says", "added", "explained", "noted", "stressed", "told", "stated", "continued", "concluded", "informed", "emphasised", "emphasized", "underlined", "remarked":
			return true
		}
		return false
	case t.IsCap() && t.Kind == entities.Word:
		return !isArticleWord(t.Text) && !t.Is("This") && !t.Is("That")
	}
	return false
}

// closesQuote reports whether token i is the closing mark of a quotation,
// or a comma right after one ("”," in some styles), or a spaced dash
// after either, as writers translating from Russian set off the
// attribution: "«Buses are coming», – said the Akim."
func (r *run) closesQuote(i int) bool {
	if i < 0 {
		return false
	}
	if t := &r.toks[i]; i > 1 && i+1 < len(r.toks) && (t.Is("–") || t.Is("—")) && t.Space && (r.toks[i-1].Is(",") || r.qAt[i-1] != 0) && r.attributionAfterDash(i+1) {
		i--
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
