package quotes

import (
	"github.com/quotekit/quotekit/entities"
)

// scanDashes finds the quotations that a dash opens instead of a
// quotation mark, as Scandinavian and some European releases set speech:
// a paragraph that opens with "–" or "—" and a space, holds no quotation
// mark, and ends with its attribution after a comma, "…, says State
// Secretary Jane Roe." The quotation runs from the dash to that comma,
// over as many sentences as the paragraph has:
//
//	"– Small harbours are the front doors of our coastal communities. It
//	decides whether young fishers stay, says State Secretary Jane Roe."
//
// Its close is the word before the comma, as a closing mark would be. A
// paragraph whose attribution is missing is no quotation here: a list's
// item ("– Revenue rose 5 percent.") stays plain text.
func scanDashes(a *entities.Analysis, maxLen int) []quoted {
	toks := a.Tokens
	var out []quoted
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		if p.Sentences.Len() == 0 {
			continue
		}
		first := a.Sentences[p.Sentences.First].Tokens.First
		end := a.Sentences[p.Sentences.End-1].Tokens.End
		if end-first < 6 || !(toks[first].Is("–") || toks[first].Is("—")) || toks[first+1].Kind != entities.Word || !toks[first+1].Space {
			continue
		}
		if p.End-p.Start > maxLen || marksIn(toks, first, end) || first > 0 && toks[first-1].Is(":") {
			continue // (a list's item under its lead-in: "Key figures:" / "– Revenue rose 12 percent, says the report.")
		}
		c := dashAttribution(toks, a.Sentences[p.Sentences.End-1].Tokens.First, end)
		if c <= first+2 {
			continue
		}
		sp := trimSpan(a.Text, entities.Span{Start: toks[first].End, End: toks[c].Start})
		if sp.Len() == 0 {
			continue
		}
		out = append(out, quoted{open: first, close: c - 1, parts: []entities.Span{sp}})
	}
	return out
}

// marksIn reports a quotation mark among the tokens [i, end).
func marksIn(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Kind == entities.QuoteMark {
			return true
		}
	}
	return false
}

// dashAttribution returns the comma of the last sentence [first, end)
// that a verb of saying and its subject follow up to the sentence's end
// ("…, says Jane Roe.", "…, she says."), or 0.
func dashAttribution(toks []entities.Token, first, end int) int {
	for c := end - 3; c > first; c-- {
		if !toks[c].Is(",") {
			continue
		}
		if _, ok := cueAt(toks, c+1); ok {
			if attributionTail(toks, c+2, end) {
				return c
			}
		} else if _, ok := cueAt(toks, c+2); ok && toks[c+1].IsLower() && subjectPronouns[toks[c+1].Text] && attributionTail(toks, c+3, end) {
			return c // "…, she says."
		}
		return 0 // (the last comma only)
	}
	return 0
}

// attributionTail reports the words [i, end) after a verb of saying as its
// subject, up to the sentence's closing punctuation: capitalized words,
// a title's lower-case ones, a party in parentheses ("State Secretary Jane
// Roe (Labour).").
func attributionTail(toks []entities.Token, i, end int) bool {
	for end > i && toks[end-1].Kind == entities.Punct && !toks[end-1].Is(")") {
		end--
	}
	if i >= end || end-i > 14 {
		return i >= end
	}
	caps := 0
	for k := i; k < end; k++ {
		t := &toks[k]
		switch {
		case t.Kind == entities.Word && (t.IsCap() || t.IsUpper()):
			caps++
		case t.Kind == entities.Word && t.IsLower(), t.Is("("), t.Is(")"), t.Is(","), t.Is("."), t.Kind == entities.Possessive:
		default:
			return false
		}
	}
	return caps > 0
}
