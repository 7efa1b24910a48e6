package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// A person's affiliations: the items of a parenthesis after a name, a
// party or group, a country, a US party's letter and its state ("(S&D,
// DE)", "(R-Texas)"), and the list of bodies a person is affiliated with,
// each named once.

// addAffiliations records the organizations and places of a parenthesis
// after a name: "(S&D, DE)", "(R-Texas)".
func (t *Tracker) addAffiliations(p *Speaker, i, end int) {
	toks := t.a.Tokens
	if entities.DateWords(toks, i, end) {
		return // a date in parentheses, no affiliation: "Jane Roe (3 February) announced"
	}
	// The parenthesis lists its items between commas; an item is an
	// entity, or its words as written ("17th District – Springfield").
	for j := i; j < end; {
		for j < end && (toks[j].Is(",") || toks[j].Is("-")) {
			j++
		}
		c := j
		for c < end && !toks[c].Is(",") {
			c++
		}
		if c == j {
			break
		}
		if e := t.a.EntityAt(j); e != nil && e.Kind != entities.Person && e.Tokens.First == j && e.Tokens.End >= c {
			if e.Kind == entities.Organization && t.party[p] == nil && !partyTag(e.Text) {
				t.party[p] = e // the first organization of the parenthesis: a party or group
			}
			if partyTag(e.Text) {
				t.markParty(p, e.Text)
			}
			if e.Kind == entities.Place && i == j && c == end && t.country[p] == nil {
				if _, ok := entities.Country(e.Text); ok {
					t.country[p] = e // "JANE ROE (Ruritania) said": the country she speaks for
				} else {
					t.parenPlace[p] = e // "Councillor Jane Roe (Lower Kelvo)": her region
				}
			}
			p.Affiliations = appendOrg(p.Affiliations, t.fullOrg(e))
			j = max(c, e.Tokens.End)
			continue
		}
		if c-j == 1 || c-j == 3 && toks[j+1].Is("-") {
			// "(R-Texas)" as one token or three: a party and a place.
			for k := j; k < c; k++ {
				if toks[k].Is("-") {
					continue
				}
				o := Org{Name: toks[k].Text}
				if e := t.a.EntityAt(k); e != nil && e.Kind != entities.Person {
					o = t.fullOrg(e)
					if e.Kind == entities.Organization && t.party[p] == nil && !partyTag(e.Text) {
						t.party[p] = e
					}
				}
				if partyTag(toks[k].Text) {
					t.markParty(p, toks[k].Text)
				}
				p.Affiliations = appendOrg(p.Affiliations, o)
			}
			j = c
			continue
		}
		item := t.text[toks[j].Start:toks[c-1].End]
		if partyTag(item) && strings.Count(item, "-") == 1 && len(item) <= 30 {
			t.markParty(p, item) // "(D-N.M.)", which the recognizer cuts in two; "(DFL-Grand Marais)"
		}
		if i == j && c == end && titleAtTok(toks, j) && t.titleish(j, c) && !possessiveIn(toks, j, c) {
			t.addTitle(p, j, c) // a post in parentheses, as a list of members gives it: "Jane Roe (Deputy Governor for Monetary Policy)"
			j = c
			continue
		}
		if i == j && c == end && t.bodyWords(j, c) {
			t.parenBody[p] = Org{Name: item} // "Alasdair Roe (Friends of Kelby Junction) said"
		}
		p.Affiliations = appendOrg(p.Affiliations, Org{Name: item})
		j = c
	}
}

// bodyWords reports capitalized words [i, end) joined by "of" or "for"
// that name a body: "Friends of Kelby Junction", "Kelby Trust for
// Rivers"; not a place or a person's name.
func (t *Tracker) bodyWords(i, end int) bool {
	toks := t.a.Tokens
	if end-i < 3 || !toks[i].IsCap() || !toks[end-1].IsCap() {
		return false
	}
	joined := false
	for k := i; k < end; k++ {
		switch {
		case toks[k].Is("of") || toks[k].Is("for"):
			joined = k > i && k+1 < end
		case toks[k].Is("the"):
		case toks[k].Kind != entities.Word || !toks[k].IsCap():
			return false
		}
	}
	return joined && !entities.IsPlace(t.text[toks[i].Start:toks[end-1].End])
}

// partyTag reports a US party's letters with or without the member's
// state or home: "D", "R-Texas", "D-N.M.", "DFL-Grand Marais": an
// affiliation, not the body a member speaks for.
func partyTag(s string) bool {
	return entities.PartyLetters(s) || entities.PartyTag(s)
}

// markParty records a US party's tag after a person's name: with a state
// ("R-Texas", "D-N.M.") a member of Congress's, with a town ("D-Las
// Cruces", "DFL-Grand Marais") a state legislator's too.
func (t *Tracker) markParty(p *Speaker, tag string) {
	t.usParty[p] = true
	if h := strings.IndexByte(tag, '-'); h > 0 {
		if !entities.USStateShort(tag[h+1:]) {
			t.stateParty[p] = true // (unless a federal title says otherwise: "U.S. Senator Jane Roe (D-Northland)")
		}
	}
}

func appendOrg(list []Org, o Org) []Org {
	for i, x := range list {
		if strings.EqualFold(x.Name, o.Name) || o.Acronym != "" && strings.EqualFold(x.Acronym, o.Acronym) ||
			x.Acronym != "" && strings.EqualFold(x.Acronym, o.Name) || o.Acronym != "" && strings.EqualFold(x.Name, o.Acronym) {
			if o.Acronym != "" && x.Acronym == "" {
				list[i] = o
			}
			return list
		}
	}
	return append(list, o)
}
