package entities

import "strings"

// A place set off after a body in a person's title: the town or city a
// body stands in, which the recognizer's shapes take for a person's name.

// setOffPlaces makes a place of a one-word body the recognizer read from
// its relative clause after a town after "in" ("in Buraydah, Al-Qassim,
// which packs dates"), and of a person's name by shape alone (no
// honorific, no title) that a comma sets off right after a body named
// after "of", "at" or "for" in a title set off after another person's
// name, and that a comma or the sentence's end closes: "Jane Roe,
// Principal of St. Agnes Primary School, Port Royal, said" (Port Royal is
// where the school is, not a second speaker; but "The Mayor of Kelvo, John
// Doe, said" names the mayor). One word set off so after a site named
// after "at" is where it stands, too: "at the Command Headquarters, Ikeja,".
func (a *Analysis) setOffPlaces() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		f, end := e.Tokens.First, e.Tokens.End
		if pl := a.EntityAt(f - 2); e.Tokens.Len() == 1 && e.Rule == "org-evidence" && f >= 3 && toks[f-1].Is(",") && pl != nil && pl.Kind == Place && pl.Tokens.End == f-1 && pl.Tokens.First > 1 && toks[pl.Tokens.First-1].Is("in") &&
			a.EntityAt(pl.Tokens.First-2) != nil && a.EntityAt(pl.Tokens.First-2).Kind == Organization { // (after a body's town only: "an engineer in Nairobi, Safaricom, which …" names the employer)
			e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // the larger place after a town: "in Buraydah, Al-Qassim, which …" (no body for the "which")
			continue
		}
		if e.Kind != Person || e.Rule != "name" || f < 3 || !toks[f-1].Is(",") || end >= len(toks) || !(toks[end].Is(",") || toks[end].Is(".")) {
			continue
		}
		if end == f+1 && a.townFromBefore(f) {
			e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // the larger place after a person's town: "Jane Roe from Sisimiut, Greenland, who …"
			continue
		}
		if end == f+1 && siteAtBefore(toks, f-1) {
			e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // where a site named after "at" is: "at the Command Headquarters, Ikeja, on Tuesday"
			continue
		}
		b := a.EntityAt(f - 2)
		if b == nil || b.Kind != Organization || b.Tokens.End != f-1 || b.Tokens.First < 1 {
			continue
		}
		pk := b.Tokens.First - 1
		if toks[pk].Is("the") && pk > 0 {
			pk-- // "a rheumatologist at the University of Kelvo, Wellington,"
		}
		if p := &toks[pk]; (p.Is("of") || p.Is("at") || p.Is("for")) && (a.titleAfterName(pk) || e.Tokens.Len() == 1 && pk > 0 && a.personEndsAt(pk-1) && a.EntityAt(pk-1).Tokens.Len() >= 2) {
			e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5 // (or right after the name: "Chief District Officer Jane Roe of the District Administration Office, Taplejung, urged")
		}
	}
}

// siteAtBefore reports capitalized words before the comma at token c that
// "at" or "at the" opens: a site ("at the Command Headquarters,").
func siteAtBefore(toks []Token, c int) bool {
	k := c - 1
	for k > 0 && k > c-6 && capWord(&toks[k]) {
		k--
	}
	if k == c-1 {
		return false
	}
	return toks[k].Is("at") || toks[k].Is("the") && k > 0 && toks[k-1].Is("at")
}

// signedGivenNames makes a person of a place's one-word name that signs a
// quotation on the line under its closing mark after a dash, a comma and a description
// in lower case after it: "– Sofia, mother of an eight-year-old patient"
// (a given name alone, as testimonials sign them).
func (a *Analysis) signedGivenNames() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind != Place || e.Tokens.Len() != 1 || f < 1 || f+2 >= len(toks) || !toks[f+1].Is(",") || toks[f+2].Kind != Word || !toks[f+2].IsLower() || toks[f].Newlines > 0 {
			continue
		}
		if w := toks[f+2].Text; isStopword(w) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			continue // a description of a person is a noun: not "- Berlin, opening in May", "- Kelvo, the capital"
		}
		if d := &toks[f-1]; (d.Is("–") || d.Is("—") || d.Is("-")) && d.Newlines > 0 && f >= 2 && toks[f-2].Kind == QuoteMark { // (under a quotation, not a list's item: "- Berlin, opening in May")
			e.Kind, e.Rule, e.Confidence, e.Canonical = Person, "name", 0.5, ""
		}
	}
}

// titleAfterName reports a title set off after a person's name that runs
// up to token k: "Jane Roe, Principal" before "of" at k (not the next
// holder's title after "and": "the Mayor of Kelvo, Jane Roe, and the State
// Secretary at the Ministry of Funds, John Doe").
func (a *Analysis) titleAfterName(k int) bool {
	toks := a.Tokens
	for j := k - 1; j > 0 && j >= k-8; j-- {
		if toks[j].Is(",") {
			p := a.EntityAt(j - 1)
			return j < k-1 && p != nil && p.Kind == Person && p.Tokens.End == j && !toks[j+1].Is("and")
		}
		if toks[j].Kind != Word {
			return false
		}
	}
	return false
}

// namedPlaces makes a place of a one-word person's name by shape alone
// that the text elsewhere names as a place by its position: a dateline's
// place in capitals, a place after "in", "at" or "from" (the locative
// rule), or before a place's noun ("the Kelvograd governorate"); and of
// a region of it ("Greater Kelvograd"). After "KELVOGRAD, Ruritania, 12 May –" or "opens a plant in
// Kelvograd", "Kelvograd Lord Mayor Jane Roe" names the town, not a
// person called Kelvograd. A word that ends a person's full name in the
// text stays a name ("Roe" after "Jane Roe", though "at Roe" once reads
// as a place).
func (a *Analysis) namedPlaces() {
	family := a.familyNames()
	places := map[string]bool{}
	for i := range a.Entities {
		if e := &a.Entities[i]; e.Kind == Place && e.Tokens.Len() == 1 && (e.Rule == "dateline" || e.Rule == "locative" || e.Rule == "place-noun") && !family[strings.ToLower(e.Text)] {
			places[strings.ToLower(e.Text)] = true
		}
	}
	if len(places) == 0 {
		return
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Person || e.Rule != "name" {
			continue
		}
		if e.Tokens.Len() == 1 && places[strings.ToLower(e.Text)] ||
			e.Tokens.Len() == 2 && regionWords[a.Tokens[e.Tokens.First].Text] && places[strings.ToLower(a.Tokens[e.Tokens.First+1].Text)] { // (a region of it: "Greater Kelvograd")
			e.Kind, e.Rule, e.Confidence = Place, "locative", 0.5
		}
	}
}

// familyNames returns, lower-cased, the words that end a person's name
// of two words or more in the text whose first word is no common word
// (not "South Tyrol", "Land Tyrol").
func (a *Analysis) familyNames() map[string]bool {
	out := map[string]bool{}
	for i := range a.Entities {
		if e := &a.Entities[i]; e.Kind == Person && e.Tokens.Len() >= 2 && !CommonWord(a.Tokens[e.Tokens.First].Text) {
			out[strings.ToLower(a.Tokens[e.Tokens.End-1].Text)] = true
		}
	}
	return out
}

// placeWordIn reports a point of the compass or a place's head among the
// tokens r, which a person's name holds none of: "Borough Brooklyn North".
func (a *Analysis) placeWordIn(r Range) bool {
	for k := r.First; k < r.End; k++ {
		if w := a.Tokens[k].Text; CompassWord(w) || placeHeadWord(w) {
			return true
		}
	}
	return false
}

// placeAsFamilyName reports whether the known place's one word at token k
// may be a person's name: no country, not after a preposition of place,
// and no place's own word after it.
func (a *Analysis) placeAsFamilyName(k int) bool {
	toks := a.Tokens
	if _, country := Country(toks[k].Text); country {
		return false
	}
	if _, us := LookupUSState(toks[k].Text); us {
		return false
	}
	if k > 0 && placePreps[toks[k-1].Text] {
		return false
	}
	return !(k+1 < len(toks) && toks[k+1].Is(","))
}

// countryAsFamilyName reports whether a country's one word at token k,
// the first family name of a person the text names with two ("Rafael
// Montenegro Iturbe"), is that person: the subject of a verb right after
// it, no preposition of place before it ("Montenegro said the shortage
// was global"; not "in Montenegro", nor "Montenegro's delegate", nor
// where the text names the country with another: "Serbia and Montenegro").
func (a *Analysis) countryAsFamilyName(k int, named map[string]bool) bool {
	toks := a.Tokens
	if k > 0 && placePreps[toks[k-1].Text] || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	if !(n.Kind == Word && n.IsLower() && (strings.HasSuffix(n.Text, "ed") || reportingPresent[n.Text] || n.Is("said") || n.Is("told"))) {
		return false
	}
	w := toks[k].Text
	listed, seen := named[w]
	if !seen {
		for j := 1; j < len(toks); j++ {
			if toks[j].Text == w && (placePreps[toks[j-1].Text] || toks[j-1].Is("and") || toks[j-1].Is(",") || j+1 < len(toks) && toks[j+1].Is("and")) {
				listed = true // the country the text names as one: "Serbia and Montenegro voted against"
				break
			}
		}
		named[w] = listed // (each country's word is looked for once)
	}
	return !listed
}

// usedAlone returns the words the text uses as one-word names of their
// own: "Miller" of "Miller said" after "Sarah Jordan Miller", who goes by
// her last family name, so "Jordan" is no short name of hers.
func (a *Analysis) usedAlone() map[string]bool {
	alone := map[string]bool{}
	for i := range a.Entities {
		if e := &a.Entities[i]; e.Tokens.Len() == 1 {
			alone[e.Text] = true
		}
	}
	return alone
}

// reportingPresent are verbs of saying in the present after a subject:
// "says", "adds".
var reportingPresent = toSet(`says adds notes tells explains warns argues stresses insists`)

// headFirstBodies gives a body named head first the one word after it
// that the recognizer took for a person's name: "Water Board Veluwe-Kelvo"
// ("Dike-reeve Jane Roe of Water Board Veluwe-Kelvo said"), a board of a
// field named by its region. Only a lone word right after a body of a
// common word and its head, with no title or style before it, is one.
func (a *Analysis) headFirstBodies() {
	toks := a.Tokens
	var drop map[int32]bool
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Person || e.Rule != "name" || e.Tokens.Len() != 1 || e.Tokens.First == 0 {
			continue
		}
		b := a.EntityAt(e.Tokens.First - 1)
		if b == nil || b.Kind != Organization || b.Tokens.End != e.Tokens.First || b.Tokens.Len() != 2 {
			continue
		}
		if h, _ := OrgHead(toks[b.Tokens.End-1].Text); !h || !CommonWord(toks[b.Tokens.First].Text) || ProperWord(toks[b.Tokens.First].Text) {
			continue
		}
		b.Tokens.End = e.Tokens.End
		b.Unit = false // a board with its own name is a body of its own
		b.Span = Span{toks[b.Tokens.First].Start, toks[b.Tokens.End-1].End}
		b.Text = b.Span.In(a.Text)
		if drop == nil {
			drop = map[int32]bool{}
		}
		drop[int32(i+1)] = true
	}
	if drop != nil {
		a.dropEntities(drop)
	}
}

// listedPlaces makes places of the names by shape alone in a list that a
// preposition of place opens with a known place: "in Brandenburg,
// Saxony-Anhalt and Mecklenburg-Western Pomerania" (no people there).
func (a *Analysis) listedPlaces() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Person || e.Rule != "name" || e.Tokens.First < 3 {
			continue
		}
		f := e.Tokens.First
		if !(toks[f-1].Is(",") || toks[f-1].Is("and")) {
			continue
		}
		// back over the list's items to its first: places all, after "in"
		k := f - 1
		for n := 0; k >= 2 && (toks[k].Is(",") || toks[k].Is("and")); n++ {
			if n == maxListItems {
				k = -1 // (a list this long is no sentence's: each item's walk stays short)
				break
			}
			p := a.EntityAt(k - 1)
			if p == nil || p.Tokens.End != k || p.Kind != Place && !(p.Kind == Person && p.Rule == "name") {
				k = -1
				break
			}
			k = p.Tokens.First - 1
		}
		if k < 0 || !placePreps[toks[k].Text] || toks[k].Is("of") || toks[k].Is("to") {
			continue
		}
		if first := a.EntityAt(k + 1); first == nil || first.Kind != Place {
			continue // the list's first item is a known place
		}
		if !a.placeListEnds(e) {
			continue // (not the names a verb's subject lists: "… in Kelvo, Jane Roe and John Doe said")
		}
		if w := toks[f].Text; e.Tokens.Len() > 1 && !compassHyphen(w) && !placePrefix[w] {
			continue // a person's given and family names ("reporting by Ben Roe in Kelvo, Jane Roe and Jean-Luc Doe in Orrin"), not a place's: "San Bernardino", "Mecklenburg-Western Pomerania"
		}
		e.Kind, e.Rule, e.Confidence = Place, "listed", 0.5
	}
}

// maxListItems bounds the items listedPlaces walks over either side of
// one, so that a text of endless lists costs what others do.
const maxListItems = 12

// placeListEnds reports a list that goes on from entity e to a last item
// after "and", followed by no verb: "Saxony-Anhalt and Mecklenburg-Western
// Pomerania in the village".
func (a *Analysis) placeListEnds(e *Entity) bool {
	toks := a.Tokens
	k, and := e.Tokens.End, false
	for n := 0; k+1 < len(toks) && (toks[k].Is(",") || toks[k].Is("and")); n++ {
		if n == maxListItems {
			return false
		}
		and = and || toks[k].Is("and")
		n := a.EntityAt(k + 1)
		if n == nil || n.Tokens.First != k+1 {
			return false
		}
		k = n.Tokens.End
	}
	if !and && !toks[e.Tokens.First-1].Is("and") {
		return false
	}
	return k >= len(toks) || toks[k].Kind != Word || !toks[k].IsLower() || placePreps[toks[k].Text] || toks[k].Is("on")
}

// compassHyphen reports a word joined by a hyphen to a point of the
// compass, which opens a region's name: "Mecklenburg-Western" of
// "Mecklenburg-Western Pomerania" (not a given name's: "Marie-Claire").
func compassHyphen(w string) bool {
	_, b, ok := strings.Cut(w, "-")
	return ok && (CompassWord(b) || CompassWord(strings.TrimSuffix(b, "ern")))
}

// placePrefix are the words that open a place's name of several words:
// "San Bernardino", "Port Kelvo", "New Orrin".
var placePrefix = toSet(`San Santa Santo São Saint St. Sainte Port Fort Mount New North South East West Upper Lower Greater`)

// townFromBefore reports, before the comma at token f-1, a town of one
// word after "from" after a person's full name: "Jane Roe from Kelvik, |
// Greenland, who …". The town, if the recognizer took it for a person,
// is made a place too.
func (a *Analysis) townFromBefore(f int) bool {
	toks := a.Tokens
	if f < 4 || !toks[f-3].Is("from") || !capWord(&toks[f-2]) {
		return false
	}
	p := a.EntityAt(f - 4)
	if p == nil || p.Kind != Person || p.Tokens.Len() < 2 || p.Tokens.End != f-3 {
		return false
	}
	x := a.EntityAt(f - 2)
	if x != nil && (x.Tokens.Len() != 1 || x.Kind == Organization) {
		return false
	}
	if x != nil && x.Kind == Person {
		x.Kind, x.Rule, x.Confidence = Place, "locative", 0.5
	}
	return true
}
