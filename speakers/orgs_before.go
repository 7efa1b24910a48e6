package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// A body named before a title's head (titleOrgs): a town the lists do not
// know before its local post ("Hamilton Mayor"), a place's service the
// text names in full ("Duluth Police Chief" and "the Duluth Police
// Department"), a body the recognizer took for a name ("Kelvale Water
// chief executive"), a body in common words before a post only a whole
// body has ("Night Shelter Chief Executive").

// localPost reports the post of a town's or county's government that
// follows the town's name: "Hamilton Mayor".
func localPost(w string) bool {
	switch strings.ToLower(w) {
	case "mayor", "sheriff", "councillor", "councilman", "councilwoman", "alderman", "selectman":
		return true
	}
	return false
}

// localPostAt reports a town's post at token i: a single word
// (localPost) or a service's head and its rank, or the town's manager:
// "Police Chief", "Fire Chief", "City Manager".
func localPostAt(toks []entities.Token, i, end int) bool {
	if localPost(toks[i].Text) {
		return true
	}
	if i+1 >= end {
		return false
	}
	rank := toks[i+1].Text
	switch toks[i].Text {
	case "Police", "Fire":
		return rank == "Chief" || rank == "Commissioner"
	case "City", "Town":
		return rank == "Manager" || rank == "Administrator" || rank == "Clerk"
	}
	return false
}

// placeServiceOrg returns the body the text names whose name opens with a
// title's place and the first word of the title after it, "the Duluth
// Police Department" for "Duluth Police Chief Jane Roe" (the place at st,
// the title's head "Police Chief" at head): the chief is the
// department's, not the town's. Nil when the text names no such body, or
// the place is followed by more of a name ("Marisol Foods Chief Impact
// Officer" is no officer of "the Marisol Foods Foundation").
func (t *Tracker) placeServiceOrg(st, head, end int) *entities.Entity {
	toks := t.a.Tokens
	pe := t.a.EntityAt(st)
	if pe == nil || pe.Kind == entities.Person || pe.Tokens.First != st || pe.Tokens.End >= end || pe.Tokens.End != head || !toks[pe.Tokens.End].IsCap() {
		return nil
	}
	prefix := t.text[toks[st].Start:toks[pe.Tokens.End].End] + " "
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.HasPrefix(e.Text, prefix) {
			return e
		}
	}
	return nil
}

// placePolice reports a place's name of one to three capitalized words
// [st, head) right before a police post's "Police" at head: "Kelvo
// Springs Police Chief Jane Roe" is the chief of "Kelvo Springs Police",
// not of the town nor of the county that issues the release (a town the
// recognizer does not know may be taken for a person's name).
func (t *Tracker) placePolice(st, head, end int) bool {
	toks := t.a.Tokens
	if head-st < 1 || head-st > 3 || head+1 >= end || !toks[head].Is("Police") || !toks[head+1].IsCap() || !entities.IsTitleWord(toks[head+1].Text) {
		return false
	}
	for k := st; k < head; k++ {
		if e := t.a.EntityAt(k); !toks[k].IsCap() || entities.IsTitleWord(toks[k].Text) || e != nil && e.Kind == entities.Organization {
			return false
		}
	}
	return true
}

// commonLast reports a capitalized word that is a common noun, never a
// name: "Water" of "Kelvale Water", "Homes" of "Acme Homes".
func commonLast(w string) bool {
	return entities.CommonWord(w) && !entities.ProperWord(w) && !entities.IsTitleWord(w)
}

// topPost reports, at token k, a post only a whole body has: "Chief
// Executive", "CEO", "President", "Chair", "Founder". Common words before
// it name the body ("Night Shelter Chief Executive Jane Roe"), where
// before a post a department also has they name the department
// ("Customer Service Manager", "Public Affairs Chief").
func topPost(toks []entities.Token, k, end int) bool {
	w := strings.ToLower(toks[k].Text)
	switch w {
	case "chief":
		return k+1 < end && toks[k+1].IsFold("executive")
	case "chairperson":
		return true
	case "cfo", "coo", "cto":
		return false // a company's officers below its head
	}
	return entities.CompanyPost(w)
}

// nameBeforeTopPost returns the end of one to three capitalized words at
// st, no title's and not all common, that the recognizer took for a
// person or did not read, before a post only a whole body has that runs
// to end ("Coralline Subsea Managing Director", "Zentrix Chief
// Executive"): a company's name; st when there is none, or when a person
// of the text bears the last word ("Jane Roe Chief Executive" is no body).
func (t *Tracker) nameBeforeTopPost(st, end int) int {
	toks := t.a.Tokens
	h := st
	for h < end && h-st < 4 && toks[h].Kind == entities.Word && toks[h].IsCap() && !entities.IsTitleModifier(toks[h].Text) {
		if n, _ := entities.TitleAt(toks, h); n > 0 {
			break
		}
		h++
	}
	if h == st || h-st > 3 || h >= end || commonRun(toks, st, h) {
		return st
	}
	if !(topPost(toks, h, end) || toks[h].IsFold("managing") && h+1 < end && toks[h+1].IsFold("director")) {
		return st
	}
	if n, _ := entities.TitleAt(toks, h); h+n != end {
		return st // the post runs to the name
	}
	if e := t.a.EntityAt(st); e != nil && (e.Kind != entities.Person || e.Tokens.First != st || e.Tokens.End != h) {
		return st
	}
	if t.fullNameElsewhere(toks[h-1].Text, entities.Span{Start: toks[st].Start, End: toks[h-1].End}) || t.orgStartingWith(toks[st].Text) != nil {
		return st // (a body the text names in full is read by the rules after: "Palisade CEO Jane Roe" and "Palisade Cinemas")
	}
	return h
}

// headedRun reports a body's head or a connector among the words [i, end):
// "Port Authority", "Board of Health" are read as bodies by their heads.
func headedRun(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if h, _ := entities.OrgHead(toks[k].Text); h || connectorWord(toks[k].Text) {
			return true
		}
	}
	return false
}

// servedTerritory reports a single name at token k, one the recognizer
// holds a body's only by evidence of shape (the first word of a body named
// elsewhere), that completes the last body found in a title (out) as the
// territory it serves (bodyComplement).
func (t *Tracker) servedTerritory(out []orgCand, e *entities.Entity, k int) bool {
	n := len(out)
	return n > 0 && e != nil && e.Rule == "org-evidence" && e.Tokens.Len() == 1 && t.bodyComplement(out[n-1], k)
}

// bodyComplement reports a name at token k that completes the body c
// before it after "to", "for" or "in" (and "the"): the territory the body
// serves, "the EU Delegation to Kelvo", "Mission for the Pacific"; or a
// name after one of them and "the" anywhere after a body the title names
// first: "Its Regional Secretary for the Midlands" (the union's).
func (t *Tracker) bodyComplement(c orgCand, k int) bool {
	toks := t.a.Tokens
	p := k - 1
	if p > 0 && toks[p].Is("the") {
		p--
	}
	if !(toks[p].Is("to") || toks[p].Is("for") || toks[p].Is("in")) {
		return false
	}
	return p == c.end || p+1 < k // (or with "the" after a body named before: "Its Regional Secretary for the Midlands")
}
