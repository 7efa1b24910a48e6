package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Descriptions the text defines elsewhere: "the Head of Mission" by the
// person it says heads the mission, "the laureate" by the person it says
// won a prize, and "the Group" by the company it names so in parentheses.

// headOf returns, for a description "the Head of (the) Mission" [first,
// end) whose head word at head is "head", "chief" or "leader", the person
// the text says leads that body: "The Mission, headed by former Minister
// Jane Roe, …", "a delegation led by Jane Roe". Nil when none or several.
func (t *Tracker) headOf(first, head, end int) *Speaker {
	toks := t.a.Tokens
	switch strings.ToLower(toks[head].Text) {
	case "head", "chief", "leader":
	default:
		return nil
	}
	n := head + 1
	if n >= end || !toks[n].Is("of") {
		return nil
	}
	n++
	if n < end && toks[n].IsFold("the") {
		n++
	}
	if n != end-1 {
		return nil
	}
	return remember(t, "headOf "+strings.ToLower(toks[n].Text), func() *Speaker { return t.ledBy(toks[n].Text) })
}

// ledBy returns the one person the text says heads or leads a body
// named by noun: "The Mission, headed by Jane Roe", "a delegation led by
// Jane Roe"; nil when none or several.
func (t *Tracker) ledBy(noun string) *Speaker {
	toks := t.a.Tokens
	var found *Speaker
	for k := 0; k+3 < len(toks); k++ {
		if !strings.EqualFold(toks[k].Text, noun) {
			continue
		}
		j := k + 1
		if toks[j].Is(",") {
			j++
		}
		if j+1 >= len(toks) || !(toks[j].Is("headed") || toks[j].Is("led")) || !toks[j+1].Is("by") {
			continue
		}
		for m := j + 2; m < len(toks) && m < j+14 && !toks[m].Is(",") && !toks[m].Is("."); m++ {
			if e := t.a.EntityAt(m); e != nil && e.Kind == entities.Person && e.Tokens.Len() > 1 {
				if p := t.personOf(e); p != nil {
					if found != nil && found != p {
						return nil
					}
					found = p
				}
				break
			}
		}
	}
	return found
}

// aliasOf returns the organization the text defines the phrase [first,
// end) as a short name of, in quotation marks within parentheses right
// after its name (or its legal form after a comma, or its ticker):
// "Kelvale Home Stores Limited (“Kelvale Home” or “the Group”) today
// announced …" makes "the Group" and "Kelvale Home" that company; nil when
// none.
func (t *Tracker) aliasOf(first, end int) *entities.Entity {
	if t.aliases == nil {
		t.aliases = map[string]*entities.Entity{}
		toks := t.a.Tokens
		for i := range t.a.Entities {
			e := &t.a.Entities[i]
			k := e.Tokens.End
			if k+1 < len(toks) && toks[k].Is(",") && entities.LegalForm(toks[k+1].Text) {
				k += 2 // past its legal form: "Kelvo Hotels, S.A."
			}
			if k+4 < len(toks) && toks[k].Is("(") && toks[k+2].Is(":") && toks[k+4].Is(")") {
				k += 5 // past a ticker: "Kelvo Hotels, S.A. (BME: KHT) (“Kelvo” or “the Group”)"
			}
			if e.Kind != entities.Organization || k+2 >= len(toks) || !toks[k].Is("(") || toks[k+1].Kind != entities.QuoteMark {
				continue
			}
			for k < len(toks) && k < e.Tokens.End+16 && !toks[k].Is(")") {
				if toks[k].Kind == entities.QuoteMark && k+1 < len(toks) && toks[k+1].Kind != entities.QuoteMark && (toks[k-1].Is("(") || toks[k-1].Is("or") || toks[k-1].Is(",")) {
					j := k + 1
					for j < len(toks) && j < k+6 && toks[j].Kind == entities.Word {
						j++
					}
					if j < len(toks) && toks[j].Kind == entities.QuoteMark && j > k+1 {
						t.aliases[strings.ToLower(t.text[toks[k+1].Start:toks[j-1].End])] = e
					}
					k = j
				}
				k++
			}
		}
	}
	if len(t.aliases) == 0 || first >= end {
		return nil
	}
	key := strings.ToLower(t.text[t.a.Tokens[first].Start:t.a.Tokens[end-1].End])
	if o := t.aliases[key]; o != nil {
		return o
	}
	if first > 0 && t.a.Tokens[first-1].IsFold("the") {
		return t.aliases["the "+key] // (the phrase without its article: "The Group said")
	}
	return nil
}

// aliasWord returns the organization the text defines a capitalized word
// at token k as the short name of, with or without its article: "a
// Company spokesperson" after "Kelvo Rail A.S. (“the Company”)"; nil when
// none.
func (t *Tracker) aliasWord(k int) *entities.Entity {
	if !t.a.Tokens[k].IsCap() {
		return nil
	}
	if o := t.aliasOf(k, k+1); o != nil {
		return o
	}
	return t.aliases["the "+strings.ToLower(t.a.Tokens[k].Text)]
}

// winnerWords name the person who won a prize by the prize.
var winnerWords = toSet(`laureate winner recipient awardee honoree`)

// prizeWinner returns, for a winner's word w ("laureate", "winner"), the
// one person the text says wins or is awarded a prize, award or medal:
// "Prof. Jane Roe wins the 2027 Kelvale Prize", "Jane Roe of the
// Department of Physics has been awarded the Kelvale Medal"; nil when none
// or several.
func (t *Tracker) prizeWinner(w string) *Speaker {
	if !winnerWords[w] {
		return nil
	}
	toks := t.a.Tokens
	var found *Speaker
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Person {
			continue
		}
		p := t.byEntity[i]
		if p == nil {
			continue
		}
		k := e.Tokens.End
		if k < len(toks) && (toks[k].Is("of") || toks[k].Is("at") || toks[k].Is("from")) {
			// past the body after the name: "Professor Jane Roe of the
			// Department of Physics has been awarded …"
			for j := k; j < len(toks) && j < k+10 && toks[j].Kind != entities.Punct; j++ {
				if perfectAux(toks[j].Text) && !toks[j].Is("have") && !toks[j].Is("been") || prizeVerb(toks[j].Text) {
					k = j
					break
				}
			}
		}
		for n := 0; n < 3 && k < len(toks) && perfectAux(toks[k].Text); n++ {
			k++
		}
		if k >= len(toks) || !prizeVerb(toks[k].Text) {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+10 && toks[j].Kind != entities.Punct; j++ {
			if f := strings.ToLower(toks[j].Text); f == "prize" || f == "award" || f == "medal" {
				if found != nil && found != p {
					return nil
				}
				found = p
				break
			}
		}
	}
	return found
}

// perfectAux reports an auxiliary before a passive or perfect verb:
// "has been awarded", "was awarded".
func perfectAux(w string) bool {
	switch w {
	case "has", "have", "been", "was", "is":
		return true
	}
	return false
}

// prizeVerb reports a verb that gives a person a prize: "wins", "won",
// "awarded", "receives".
func prizeVerb(w string) bool {
	switch w {
	case "wins", "won", "awarded", "receives", "received", "receive", "win":
		return true
	}
	return false
}
