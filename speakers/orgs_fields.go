package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Runs of capitals in a title that name no body (titleOrgs): a minister's
// or commissioner's portfolio and the country after it ("Minister for
// Foreign Affairs and Trade of Kelvania"), a field of study or a
// collection ("Professor of Economics", "Curator of African Art"), a
// degree ("PhD candidate"), a branch the issuer runs ("the Cottonwood
// Falls branch").

// countryAfterField returns the index of "of" before a country's name
// that ends the run [i, re) of a portfolio: "Foreign Affairs and Trade of
// Kelvania"; 0 when the run ends in none.
func (t *Tracker) countryAfterField(i, re int) int {
	toks := t.a.Tokens
	e := t.a.EntityAt(re - 1)
	if e == nil || e.Kind != entities.Place || e.Tokens.End != re || e.Tokens.First-1 <= i || !toks[e.Tokens.First-1].Is("of") {
		return 0
	}
	if _, ok := entities.Country(e.Text); !ok {
		return 0
	}
	return e.Tokens.First - 1
}

// branchNoun are the common nouns of a body's branches, that a place's
// name before them names: "the Cottonwood Falls branch", "its Dayton
// campus".
var branchNoun = toSet(`branch branches campus site store office plant depot chapter outlet`)

// degreeWord reports a degree that can stand before a student's title:
// "PhD candidate", "MBA student".
func degreeWord(w string) bool {
	switch strings.ToLower(strings.ReplaceAll(w, ".", "")) {
	case "phd", "dphil", "mphil", "msc", "ma", "mba", "bsc", "ba", "md":
		return true
	}
	return false
}

// portfolioAt reports the run [k, re) after "for" (and "the") that a
// minister's or commissioner's title gives as its portfolio, not a body the
// recognizer knows: "Minister for the Circular Economy".
func (t *Tracker) portfolioAt(k, re int) bool {
	toks := t.a.Tokens
	p := k - 1
	if p > 0 && toks[p].Is("the") {
		p--
	}
	if p < 1 || !(toks[p].Is("for") || toks[p].Is("of")) {
		return false
	}
	a := k + btoi(toks[k].IsFold("the"))
	if e := t.a.EntityAt(a); e != nil && (e.Kind == entities.Organization || e.Kind == entities.Place && (toks[p].Is("of") || entities.LocalPostTerritory(toks, e.Tokens.First, e.Tokens.End))) {
		return false // (a state's: "Prime Minister of Dominica"; a district's: "District Commissioner for Kelvo")
	}
	switch strings.ToLower(toks[p-1].Text) {
	case "minister", "commissioner", "secretary", "under-secretary", "undersecretary", "vice-president", "vice-chair", "spokesperson":
		return true
	}
	return false
}

// fieldRun reports a run [i, end) of common nouns, singular or plural,
// joined by "and": a portfolio's field, not a body ("Energy and Grids").
func fieldRun(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		w := toks[k].Text
		if toks[k].IsLower() && (w == "and" || w == "of" || w == "the") || w == "&" || toks[k].Kind == entities.Possessive && k > i {
			continue // (a possessive inside the field: "Education and Children's Services")
		}
		if k+1 < end && entities.AdjectiveShape(w) && entities.CommonWord(toks[k+1].Text) {
			continue // an adjective the lexicon saw only capitalized: "Coastal Protection", "Pastoral Development"
		}
		if !(entities.CommonWord(w) || len(w) > 3 && strings.HasSuffix(w, "s") && entities.CommonWord(w[:len(w)-1]) || entities.FieldNoun(w)) || entities.ProperWord(w) {
			return false
		}
	}
	return true
}

// headField reports a run [k, re) after "head of" or "chief of" that
// names a department by its field, not a body: "Head of Paediatric
// Cardiac Surgery", "chief of Pediatric Intensive Care"; after "Director
// of", fields joined by "and", every word shaped as one
// (fieldsJoined): "Director of Pharmacovigilance and Post-Marketing
// Surveillance". Its words hold no
// body's head ("Head of Mission" is an office) and no name the lists know,
// and it ends in a common noun; the department's body is the one the text
// is about.
func (t *Tracker) headField(k, re int) bool {
	toks := t.a.Tokens
	if k < 2 || !toks[k-1].Is("of") || !(toks[k-2].IsFold("head") || toks[k-2].IsFold("chief") || toks[k-2].Is("Director") && !(k >= 3 && toks[k-3].IsFold("managing")) && fieldsJoined(toks, k, re)) || anyOrgHead(toks, k, re) {
		return false
	}
	if h := k + btoi(toks[k].IsFold("the")); h < re && entities.LeadingHead(toks[h].Text) {
		return false // a body named head first: "head of the Servicio Meteorológico Kelvo"
	}
	if e := t.a.EntityAt(k); e != nil && e.Kind != entities.Person && e.Rule != "org-evidence" {
		return false // (a name the recognizer took for a body only because a title's "of" came before it is no evidence here)
	}
	for j := k; j < re; j++ {
		w := toks[j].Text
		if toks[j].IsLower() && (w == "and" || w == "of") || w == "&" {
			continue
		}
		if entities.ProperWord(w) || entities.IsPlace(w) || toks[j].IsUpper() {
			return false
		}
	}
	last := toks[re-1].Text
	return entities.CommonWord(last) || entities.FieldNoun(last)
}

// fieldsJoined reports a run [k, re) of two fields or more joined by
// "and", every other word a field's by its shape: a common noun or one
// ending as an activity or a discipline does ("Pharmacovigilance",
// "Post-Marketing", "Surveillance"); not "Volta Savings and Loans" nor
// "Stormwater and Slopes".
func fieldsJoined(toks []entities.Token, k, re int) bool {
	and := false
	for j := k; j < re; j++ {
		w := toks[j].Text
		if toks[j].Is("and") && j > k && j < re-1 {
			and = true
			continue
		}
		if _, after, ok := strings.Cut(w, "-"); ok {
			w = after // "Post-Marketing"
		}
		if !entities.DerivedWord(w) {
			return false
		}
	}
	return and
}

// lowerNamePossessor returns the possessive token after a body's name at
// st that its own language writes with one capital, before a post:
// "Klaipėdos energija's CEO", "Vattenfall eldistribution's head of grid".
// The name opens with a capitalized word that is no English one, then
// words in lower case that are no English words either; 0 when there is
// none.
func lowerNamePossessor(toks []entities.Token, st, end int) int {
	j := lowerNameEnd(toks, st, end)
	if j == st || j+1 >= end || toks[j].Kind != entities.Possessive {
		return 0
	}
	if titleAtTok(toks, j+1) || j+2 < end && toks[j+1].IsLower() && titleAtTok(toks, j+2) {
		return j
	}
	return 0
}

// lowerNameEnd returns the end of a body's name at st that its own
// language writes with one capital: a capitalized word no English one,
// then one to three words in lower case no English ones ("Danubia
// banka", "Vltavská energie"); st when there is none.
func lowerNameEnd(toks []entities.Token, st, end int) int {
	if st >= end || !toks[st].IsCap() || entities.CommonWord(toks[st].Text) || toks[st].Kind != entities.Word {
		return st
	}
	j := st + 1
	for j < end && j < st+4 && toks[j].Kind == entities.Word && toks[j].IsLower() && !entities.CommonWord(toks[j].Text) && len(toks[j].Text) > 2 {
		j++
	}
	if j == st+1 {
		return st
	}
	return j
}

// anyOrgHead reports a body's head among tokens [i, end): "Mission" in
// "Head of Mission", an office, where "Head of Craft & Sourcing" names a
// field.
func anyOrgHead(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if h, _ := entities.OrgHead(toks[k].Text); h {
			return true
		}
	}
	return false
}

// subjectField reports a run [i, end) of common nouns and demonyms
// joined by "and": a subject of study or a collection, "African Art",
// "Modern and Contemporary Art".
func subjectField(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if w := toks[k].Text; (entities.IsDemonym(w) || adjectival(w)) && !toks[k].IsLower() {
			continue
		}
		if !fieldRun(toks, k, k+1) {
			return false
		}
	}
	return true
}
