package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Runs of capitalized words in a title read as a body's name (titleOrgs):
// where a run ends ("Acme Robotics, Inc.", "Municipality of the District
// of Barrington"), whether it reads as a name rather than common words
// ("Program Services"), the entity or run it makes a candidate of, a
// name after the words that say what kind of body it is ("the
// Kelvale-based charity Hearth"), and the body that opens a unit's name
// ("ILO Regional Office").

// commonRun reports tokens [i, end) that are all common English words,
// lower-cased: "Program Services", "Customer Service".
func commonRun(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		w := toks[k].Text
		if toks[k].Kind == entities.Word && (entities.ProperWord(w) || !entities.CommonWord(w) && !entities.CommonWord(entities.AmericanSpelling(w)) && !entities.IsTitleModifier(w) && !entities.FieldNoun(w) || toks[k].IsUpper() && len(w) > 1) {
			return false
		}
	}
	return true
}

// namedAfterKind returns the name that ends the title [k, end) after
// "the" and lower-case words that say what kind of body it is, opening
// with a place's adjective in "-based" or the like, or ending in a body's
// kind: "the Soweto-based delivery start-up Runna", "the Kelvale-based
// charity Hearth", "the advocacy group Citizens for Clean Air"; after
// "at", without the article: "at video platform Streamly".
func (t *Tracker) namedAfterKind(k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	j := k
	if j < end && toks[j].IsFold("the") {
		j++
	}
	if j >= end {
		return orgCand{}, false
	}
	based := entities.LowerAfterHyphen(toks[j].Text) && toks[j].IsCap()
	placeLed := false
	demonym := false
	if !based && (j > k || k > 0 && toks[k-1].Is("at")) && j+1 < end && entities.IsDemonym(toks[j].Text) && toks[j+1].IsLower() {
		j, placeLed, demonym = j+1, true, true // a country's adjective before the kind: "at Brazilian steelmaker Siderúrgica Vale do Aço"
	} else if e := t.a.EntityAt(j); !based && (j > k || k > 0 && toks[k-1].Is("at")) && e != nil && (e.Kind == entities.Place || e.Tokens.Len() == 1) && e.Tokens.First == j && e.Tokens.End < end && toks[e.Tokens.End].IsLower() {
		j, placeLed = e.Tokens.End, true // the kind after its place: "managing director of the Lagos auction house Irin Art Auctions", "analyst at the Rosario consultancy Observatorio Lácteo", "head of investment at Kelvale media agency Arvex Partners" (a place the recognizer took for a name of one word too)
	}
	if based {
		j++
	} else if j == k && !(k > 0 && toks[k-1].Is("at")) {
		return orgCand{}, false // the kind alone needs its article: not "director of programs Jane Roe" (but where one works: "at video platform Streamly")
	}
	n := 0
	for j < end && toks[j].IsLower() && toks[j].Kind == entities.Word && n < 4 {
		j++
		n++
	}
	if n == 0 || j >= end || !based && !(entities.BodyNoun(toks[j-1].Text) || toks[j-1].Is("group") || toks[j-1].Is("house") && n >= 2 || makerNouns[toks[j-1].Text] || placeLed && kindWords(toks, j-n, j) && tradeKinds[toks[j-1].Text] && t.a.EntityAt(j) != nil && t.a.EntityAt(j).Kind != entities.Place) { // (a trade's "house": "auction house", "publishing house"; after a place, any kind before a body's name)
		return orgCand{}, false
	}
	re := j
	for re < end && toks[re].Kind == entities.Word && (toks[re].IsCap() || re > j && re+1 < end && (connectorWord(toks[re].Text) || nameParticle(toks[re].Text)) && toks[re].IsLower() && toks[re+1].IsCap()) {
		re++ // (a connector inside the name: "the Dhaka-based network Young Voices for Rights")
	}
	if p := t.placeAfterIn(j, re); p > j {
		re = p // where the body is, after it: "the dairy equipment maker Melkrijk Machinebouw in Zwolle and …"
	} else if re < end && !based && (toks[re].Is("and") || toks[re].Is(",")) && re > j {
		// the title goes on: "…, a manager at the charity Kelvo Aid and a
		// volunteer"
	} else if re != end {
		return orgCand{}, false
	}
	if re-j > 6 {
		return orgCand{}, false
	}
	e := t.a.EntityAt(j)
	if demonym && e != nil && e.Kind == entities.Person && !strings.HasSuffix(toks[j-1].Text, "maker") {
		return orgCand{}, false // a person after her country's adjective and trade: "the British property developer Jane Roe" (a "-maker" of the list is a company's kind, whatever the recognizer took its name for)
	}
	if e != nil && e.Kind == entities.Organization && e.Tokens.First == j && e.Tokens.End < re && commonRun(toks, e.Tokens.End, re) {
		return orgCand{first: j, end: e.Tokens.End, e: e}, true // the body before its unit's common words: "Arvex Bank" of "at Kelvale lender Arvex Bank Global Research"
	}
	if e != nil && e.Tokens.First == j && e.Tokens.End == re && e.Kind != entities.Place {
		if !based && e.Kind == entities.Person {
			return orgCand{first: j, end: re}, true // a company's name the recognizer took for a person's, after its kind and a preposition: "head of engineering at the dairy equipment maker Melkrijk Machinebouw"
		}
		return orgCand{first: j, end: re, e: e}, true
	}
	return orgCand{first: j, end: re}, true
}

// nameParticle reports a lower-case word of another language inside a
// body's name: "do" of "Siderúrgica Vale do Aço", "de" of "Banco de
// Kelvo".
func nameParticle(w string) bool {
	switch w {
	case "la", "van", "von", "der":
		return true
	}
	return entities.RomanceParticle(w)
}

// makerNouns say what kind of company a name that follows is: "the dairy
// equipment maker Melkrijk Machinebouw", "steelmaker" (not "peacemaker",
// "coffeemaker").
var makerNouns = map[string]bool{"steelmaker": true, "carmaker": true, "automaker": true, "drugmaker": true, "chipmaker": true, "planemaker": true, "maker": true, "producer": true, "operator": true, "provider": true, "distributor": true, "exporter": true, "importer": true, "platform": true, "startup": true, "start-up": true}

// placeAfterIn returns where a name in [j, re) ends before "in" and a
// place that ends it ("Melkrijk Machinebouw in Zwolle"), or j when it
// does not.
func (t *Tracker) placeAfterIn(j, re int) int {
	for k := j + 1; k+1 < re; k++ {
		if t.a.Tokens[k].Is("in") {
			if t.placeAfter(k, re) == re {
				return k
			}
			return j
		}
	}
	return j
}

// runCand makes a candidate of the run [i, end): the entity when one
// covers the run exactly, else the run itself when it reads as a name.
// An entity that is only part of the run ("US" in "US Widgets") gives way
// to the run. An empty run ("Dara Quill, CEO," ends in one) is none.
func (t *Tracker) runCand(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	first := i
	if first < end && isArticle(toks[first].Text) {
		first++
	}
	if first+1 < end && entities.BasedIn(toks[first].Text) {
		first++ // where the body is based: "the Nairobi-based Kelvo Water Institute"
	}
	if first >= end {
		return orgCand{}, false
	}
	if _, unit := entities.OrgHead(toks[first].Text); end-first == 1 && unit {
		return orgCand{}, false // "Dean of the Faculty": a unit's head alone names no body
	}
	at := i > 0 && atWith(toks[i-1]) || first > i && toks[i].Is("The") // no person after "at" or "with" ("a research scientist with Zentrix Labs") or a capitalized "The"
	if e := t.a.EntityAt(first); e != nil && e.Tokens.First == first && e.Tokens.End >= end && !(at && e.Kind == entities.Person) {
		if e.Kind == entities.Person {
			return orgCand{}, false
		}
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e, unit: e.Unit}, true
	}
	core := end // the run without a legal suffix: "Zentrix Robotics" of "Zentrix Robotics, Inc."
	if core-first > 2 && isCorpSuffix(toks[core-1].Text) && toks[core-2].Is(",") {
		core -= 2
	}
	if e := t.a.EntityAt(first); e != nil && e.Tokens.First == first && e.Tokens.End == core && e.Kind == entities.Organization && core < end {
		return orgCand{first: first, end: end}, true
	}
	if e := t.a.EntityAt(first); e != nil && e.Tokens.First == first && e.Kind == entities.Organization && e.Tokens.End < end && fieldAfterBody(toks, e.Tokens.End, end) {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // "Co-ordinator of OSCE Economic and Environmental Activities": the body, then the post's field
	}
	for k := first; k < end; k++ {
		// A person inside is no organization, but a single name taken for
		// one ("Widgetry") is part of the run, and so is any name after
		// "at" ("researcher at Kelvale Health") or a capitalized "The" ("President
		// of The Great Kelvale Grill"). An organization inside
		// ("Counter Terrorism Directorate of INTERPOL") is taken as the
		// recognizer has it, the run around it as a sub-body; one that ends
		// the run is its head ("US Widgetry Corp").
		e := t.a.EntityAt(k)
		if e == nil {
			continue
		}
		if e.Kind == entities.Person && e.Tokens.Len() > 1 && !at && e.Tokens.First <= first && e.Tokens.End >= end || e.Kind == entities.Organization && e.Tokens.First > first && connectorWord(toks[e.Tokens.First-1].Text) {
			return orgCand{}, false
		}
		k = e.Tokens.End - 1
	}
	if w := toks[first].Text; end-first == 1 && len(w) > 5 && strings.HasSuffix(w, "ing") && !entities.ProperWord(w) {
		return orgCand{}, false // a field: "Minister for Policing"
	}
	if end-first >= 2 && entities.CorpsOfPeople(toks[end-2].Text, toks[end-1].Text) {
		return orgCand{}, false // "Dean of the Diplomatic Corps"
	}
	proper, unit := false, false
	for k := first; k < end; k++ {
		w := toks[k].Text
		if toks[k].Kind != entities.Word || connectorWord(w) {
			continue
		}
		if head, u := entities.OrgHead(w); head {
			proper = true
			unit = unit || u
		}
		if entities.ProperWord(w) || !entities.CommonWord(w) && !commonCompound(w) && !(end-first == 1 && (entities.FieldNoun(w) || entities.CommonOrPlural(w) && !companysPostBefore(toks, first))) && !entities.IsTitleWord(w) || toks[k].IsUpper() && len(w) > 1 {
			proper = true // (not one derived noun the lexicon lacks, nor one plural of a common noun: "Director of Infrastructure", "Director General of Forests")
		}
	}
	if !proper && end-first >= 2 && placeHead(toks[end-1].Text) {
		proper = true // "Salt Lake City", "Rivertown County": common words and a place's head
	}
	if last := toks[end-1].Text; !proper && at && i > 0 && toks[i-1].Is("at") && end-first >= 2 && capWords(toks, first, end) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !unitPlurals[last] {
		proper = true // capitalized common words after "at", ending in a plural, where one works: "director of community investment at Maritime Fresh Markets" (not a department's "at Human Resources", nor "at New Year")
	}
	if !proper {
		return orgCand{}, false
	}
	return orgCand{first: first, end: end, unit: unit}, true
}

// numberedRegionAt returns where a region named by its number starts
// inside the capitalized run [st, head), right before the post's head:
// "Region III" of "NFMA Region III Director"; st when there is none.
func (t *Tracker) numberedRegionAt(st, head int) int {
	toks := t.a.Tokens
	if r := head - 2; r > st && head < len(toks) && titleAtTok(toks, head) && (toks[r].Is("Region") || toks[r].Is("District") || toks[r].Is("Zone")) && numeralWord(toks[r+1].Text) {
		return r
	}
	return st
}

// numeralWord reports a number in digits or in Roman numerals: "3", "III",
// "IV-A".
func numeralWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "-A"), "-B")
	if w == "" || len(w) > 6 {
		return false
	}
	if strings.Trim(w, "0123456789") == "" {
		return true
	}
	return strings.Trim(w, "IVXL") == ""
}

// unitPlurals end the name of a department or a field, no firm's: "Human
// Resources", "Corporate Affairs", "Public Works".
var unitPlurals = toSet(`Resources Affairs Works Relations Services Operations Communications Sales Studies Sciences Programs Programmes Events Holidays`)

// commonCompound reports a word of common words joined by hyphens,
// capitalized in a field's name: "Nutrition-Sensitive" of "Director of
// Nutrition-Sensitive Agriculture".
func commonCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || entities.ProperWord(p) || !entities.CommonWord(p) {
			return false
		}
	}
	return true
}

// companysPostBefore reports a company's post and "of" right before token
// k: "chief executive of Lions" names a club by its plural, where
// "Director General of Forests" names a field.
func companysPostBefore(toks []entities.Token, k int) bool {
	return k >= 2 && toks[k-1].Is("of") && (entities.CompanyPost(toks[k-2].Text) || toks[k-2].IsFold("executive") || toks[k-2].IsFold("officer"))
}

// fieldAfterBody reports words [k, end) after a body's name that are a
// post's field, not a longer name: an adjective, then common words or
// adjectives joined by "and", no body's head or trade among them: "Economic and
// Environmental Activities" after "OSCE" (not "Mission to Skopje" nor
// "Consulting").
func fieldAfterBody(toks []entities.Token, k, end int) bool {
	if end-k < 3 || !entities.AdjectiveShape(toks[k].Text) {
		return false // (a company's words after its brand are its name: "Kelvo Home Appliances")
	}
	and := false
	for j := k; j < end; j++ {
		w := toks[j].Text
		if toks[j].Is("and") {
			and = true
			continue
		}
		if h, _ := entities.OrgHead(w); h || entities.SectorWord(w) || !toks[j].IsCap() || entities.ProperWord(w) || !entities.CommonWord(w) && !entities.AdjectiveShape(w) {
			return false
		}
	}
	return and
}

// seatAt reports a member's seat that opens at token k: "Kelvo North" in
// "Member of the Senedd for Kelvo North".
func (t *Tracker) seatAt(k int) bool {
	e := t.a.EntityAt(k)
	return e != nil && e.Tokens.First == k && e.Kind == entities.Place && e.Rule == "seat"
}

// capRunOrg returns the end of a run of capitalized words from token i
// (after an optional "the"), within [i, end); i when none starts there.
func (t *Tracker) capRunOrg(i, end int) int {
	toks := t.a.Tokens
	k := i
	if k < end && (toks[k].Is("the") || toks[k].Is("The")) {
		k++
	}
	start := k
	for k < end {
		tk := &toks[k]
		switch {
		case k > start && titleAtTok(toks, k):
			if connectorWord(toks[k-1].Text) {
				return i // two posts sharing a head: "Resident and Humanitarian Coordinator" names no body
			}
			return k // "UN Secretary-General": the title is not the body's
		case k > start && isHonorific(tk.Text) && k+1 < end && titleAtTok(toks, k+1):
			return k // "Kelvo Lord Mayor": an honour opens the title
		case tk.Kind == entities.Word && (tk.IsCap() || tk.IsUpper() || startsUpper(tk.Text)):
			k++
		case k > start && tk.Is("for") && (toks[k-1].Is("Parliament") || toks[k-1].Is("Assembly") || t.seatAt(k+1)):
			return k // a member's seat, not the body's name: "Member of Parliament for Ho Central", "Member of the Senedd for Kelvo"
		case k > start && tk.Is("for") && k+1 < end && t.placeAt(k+1) && t.a.EntityAt(k-1) != nil && t.a.EntityAt(k-1).Kind == entities.Organization && t.a.EntityAt(k-1).Tokens.End == k:
			return k // the territory a body's post covers: "Regional Director of UN-WASP for Latin America and the Caribbean"
		case k > start && (tk.Is("of") || tk.Is("and") || tk.Is("&") || tk.Is("for") || entities.RomanceParticle(tk.Text) && t.a.EntityAt(k) != nil && t.a.EntityAt(k).Kind == entities.Organization) && k+1 < end && (toks[k+1].IsCap() || toks[k+1].IsUpper()): // (a particle inside a name the recognizer holds: "Banco Agroindustrial del Kelvo")
			k++
		case k > start && tk.Is("of") && k+2 < end && toks[k+1].Is("the") && toks[k+2].IsCap() && firstHeadWord(toks[k-1].Text):
			k += 2 // "Municipality of the District of Barrington"
		case k > start && tk.Is(",") && k+1 < end && isCorpSuffix(toks[k+1].Text):
			k++ // "Acme Robotics, Inc."
		case k > start && tk.Kind == entities.Possessive:
			return k // "Acme’s board": the possessor
		default:
			if k == start {
				return i
			}
			return k
		}
	}
	if k == start {
		return i
	}
	return k
}

// startsUpper reports a word that starts with an upper-case letter:
// "McAllister", "eBay" does not.
func startsUpper(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// isCorpSuffix reports a company's legal suffix: "Inc.", "Corp", "LLC",
// "GmbH", "AS".
func isCorpSuffix(w string) bool { return entities.LegalForm(w) }

// connectorWord reports a word that joins the capitalized words of a
// body's name: "Voices for Rights", "Friends of the Earth".
func connectorWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "and", "&", "for", "the", "in", "on", "at":
		return true
	}
	return false
}

// firstHeadWord reports a body's head that takes "of the" inside its name:
// "Municipality of the District of Barrington".
func firstHeadWord(w string) bool {
	h, u := entities.OrgHead(w)
	return h && !u
}

// placeHead reports the head of a place's name: "Salt Lake City",
// "Rivertown County".
func placeHead(w string) bool {
	switch strings.ToLower(w) {
	case "city", "county", "town", "township", "borough", "village", "province", "parish", "state", "municipality":
		return true
	}
	return false
}

// unitOf returns the organization that opens a unit's name: "ILO" of "ILO
// Regional Office", "Kelvale Health" of "Kelvale Health Research Unit",
// "PENRO" of "PENRO Quarry Enforcement Section".
func (t *Tracker) unitOf(c orgCand) (orgCand, bool) {
	toks := t.a.Tokens
	if c.e != nil && !c.e.Unit || c.end-c.first < 2 {
		return orgCand{}, false
	}
	first := c.first
	if toks[first].IsFold("the") {
		first++
	}
	e := t.a.EntityAt(first)
	if e != nil && e.Tokens.First == first && e.Tokens.End >= c.end && toks[first].IsUpper() {
		e = t.orgNamed(toks[first].Text) // the unit is one entity: its parent's acronym as the text names it elsewhere
		if e != nil && e.Tokens.Len() == 1 {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
	}
	if e == nil || e.Kind != entities.Organization || e.Tokens.First != first || e.Tokens.End >= c.end || e.Unit {
		return orgCand{}, false
	}
	if h, _ := entities.OrgHead(e.Text); h && e.Tokens.Len() == 1 {
		return orgCand{}, false // a bare head names no parent: "Commission Secretariat"
	}
	for k := e.Tokens.End; k < c.end; k++ {
		if _, unit := entities.OrgHead(toks[k].Text); unit {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // "ILO Regional Office for Asia"
		}
	}
	return orgCand{}, false
}

// placeAt reports a place the recognizer named that starts at token k,
// after any article.
func (t *Tracker) placeAt(k int) bool {
	if k < len(t.a.Tokens) && t.a.Tokens[k].IsFold("the") {
		k++
	}
	e := t.a.EntityAt(k)
	return e != nil && e.Kind == entities.Place && e.Tokens.First == k
}

// placeEndsAt reports a place the recognizer named that ends right
// before token k.
func (t *Tracker) placeEndsAt(k int) bool {
	e := t.a.EntityAt(k - 1)
	return k > 0 && e != nil && e.Kind == entities.Place && e.Tokens.End == k
}

// tradeKinds are the nouns of a trade's body that a place may stand
// before, with the body's name after: "the Rosario consultancy Kelvo
// Lácteo" (not an exhibition's or a product's: "the Kelvopolis exhibition
// Kelvo Light", "the Kelvotech flagship phone Zephyr X2").
var tradeKinds = toSet(`consultancy consultancies lender broker brokerage operator publisher developer producer chain label laboratory lab`)

// kindWords reports lower-case words [i, j) that name a body's kind, no
// preposition or article among them: "auction house", "consultancy" (not
// "to" of "the Republic of Kelvo to UNESCO").
func kindWords(toks []entities.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if connectorWord(toks[k].Text) || orgPrepositions[toks[k].Text] || toks[k].Is("to") || toks[k].Is("by") {
			return false
		}
	}
	return i < j
}
