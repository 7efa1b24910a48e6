package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// parseContext reads the titles and honorific around one name mention:
// a pre-nominal chain ("Chairperson of the FSC and Permanent Representative
// of Sweden to the OSCE Ambassador Ulrika Funered"), a parenthesis ("Ismail
// Ertug (S&D, DE)") and appositives ("Ana Hinojosa, Director of ..., said").
func (t *Tracker) parseContext(p *Speaker, e *entities.Entity) {
	toks := t.a.Tokens
	si := t.a.SentenceOf(e.Tokens.First)
	if si < 0 {
		return
	}
	s := &t.a.Sentences[si]
	// Honorific right before the name.
	first := e.Tokens.First
	rank, rankEnd := -1, -1
	mark := retiredMark(toks, first, s.Tokens.First) // "Admiral (ret.) Jane Roe"
	markEnd := first
	first = mark
	for n := 0; n < 4 && first > s.Tokens.First && (toks[first-1].Kind == entities.Word || elidedHonour(toks, first-1, s.Tokens.First) || parenHonour(toks, first-1, s.Tokens.First)); n++ {
		// Honorifics right before the name: "Dr.", "Professor Sir", "Rt
		// Hon Dame", "Dato' Seri".
		if elidedHonour(toks, first-1, s.Tokens.First) {
			first-- // "Dato'": the honour's elided letter, then the honour
		}
		if parenHonour(toks, first-1, s.Tokens.First) {
			if rankEnd < 0 && (doctor(toks[first-2].Text) || entities.IsTitleWord(toks[first-2].Text)) {
				rankEnd = first // the rank before it goes with it: "Lt. Col. (Dr.) Jane Roe"
			}
			first -= 3 // "Hon. (Dr.) Mrs. Jane Roe": a doctorate in parentheses between styles
			continue
		}
		if f := doctorateFields(toks, first, s.Tokens.First); f < first {
			// a German doctor's field: "Dr. med.", "Dr. sc. techn.", one
			// style with the "Dr." before it
			if rankEnd < 0 {
				rankEnd = first
			}
			first = f
		}
		if toks[first-1].Is("the") && first-2 >= s.Tokens.First {
			if _, ok := entities.Honorific(toks[first-2].Text); (ok || entities.IsTitleWord(toks[first-2].Text)) && toks[first-2].IsCap() { // (also "Senator the Hon.")
				if rank == first && !entities.IsTitleWord(toks[first-2].Text) {
					rank = first - 2 // "Dr. the Hon. Jane Roe": one honour, "Dr. the Hon." (a post before it is a title of its own: "Senator", "Local MP" of "Local MP the Rt Hon Sir Jane Roe")
				}
				first--
				continue
			}
			if _, hon := entities.Honorific(toks[first].Text); fieldOpensBefore(toks, first-1, s.Tokens.First) && (hon || RightHonourable(toks, first)) {
				first-- // a post and its portfolio before "the": "Minister of Energy and Transport the Hon. Jane Roe"
				continue
			}
			if pe := t.a.EntityAt(first - 2); pe != nil && pe.Tokens.End == first-1 && (pe.Kind == entities.Place || pe.Kind == entities.Organization) && pe.Tokens.First >= s.Tokens.First+2 &&
				(toks[pe.Tokens.First-1].Is("of") || toks[pe.Tokens.First-1].Is("for")) && entities.IsTitleWord(toks[pe.Tokens.First-2].Text) {
				first-- // a post of a place or body before "the": "Prime Minister of Barbados the Hon. Dr. Jane Roe"
				continue
			}
		}
		if (toks[first-1].Is("Assoc.") || toks[first-1].Is("Asst.")) && (toks[first].Is("Prof.") || toks[first].Is("Professor")) {
			first-- // an abbreviated rank of a professor: "Assoc. Prof. Dr. Jane Roe"
			if rank == first+1 {
				rank = first
			}
			continue
		}
		if n := malayStyleBefore(toks, first, s.Tokens.First); n > 0 {
			first -= n // a Malay style of address: "Yang Berhormat Tuan Jane Roe"
			continue
		}
		if toks[first-1].Is("Sri") && first-2 >= s.Tokens.First && (toks[first-2].Is("Tan") || toks[first-2].Is("Puan")) {
			rank, first = first-2, first-2 // a Malaysian honour of two words: "Tan Sri", "Puan Sri"
			if rankEnd < 0 {
				rankEnd = first + 2
			}
			continue
		}
		if n := PossessiveStyle(toks, first-2); n == 2 && first-2 >= s.Tokens.First {
			first -= 2 // "His Worship Mr. Jane Roe", "Her Excellency Dr. Jane Roe": a style of two words
			continue
		}
		if toks[first-1].Is("Pol.") && first-2 >= s.Tokens.First && entities.PoliceRank(toks[first-2].Text) {
			first-- // the force's word after an Indonesian rank, the rank's: "Kombes Pol. Jane Roe"
			continue
		}
		if first-2 > s.Tokens.First && lawyersStyle(toks[first-1].Text) && e.Tokens.Len() >= 2 && fieldOpensBefore(toks, first-1, s.Tokens.First) {
			// a lawyer's style after a post and its field: "State Minister
			// for Coastal Resilience Advocate Jane Roe" (not the field's
			// advocate: "Coastal Resilience Advocate")
			rank, first = first-1, first-1
			if rankEnd < 0 {
				rankEnd = first + 1
			}
			if f := fieldOpener(toks, first, s.Tokens.First); f > 0 {
				if c := t.chainStart(f, s.Tokens.First); c < f {
					t.addTitle(p, c, first) // the post with its field
					first = c               // (read once: no title chain ends at the style)
				}
			}
			continue
		}
		g, ok := entities.Honorific(toks[first-1].Text)
		if !ok && RightHonourable(toks, first-1) {
			ok = true // "Rt Hon"
		}
		police := entities.PoliceRank(toks[first-1].Text) // "CP Jane Roe": a rank, a title
		ok = ok || police
		if !ok || !toks[first-1].IsCap() && !(toks[first-1].IsUpper() && len(toks[first-1].Text) > 1) && !lowerStyles[toks[first-1].Text] {
			break
		}
		if p.Honorific == "" {
			p.Honorific = toks[first-1].Text
		}
		if entities.IsTitleWord(toks[first-1].Text) || honour(toks[first-1].Text) || police || doctor(toks[first-1].Text) || malaySri(toks, first-1) || !entities.RightStyle(toks[first-1].Text) && RightHonourable(toks, first-1) {
			// a rank that is also a post ("Professor", "Ambassador") or an
			// honour ("Sir", "Dame", "Rev.", "Very Rev."): a title, with those before it
			rank = first - 1
			if rankEnd < 0 {
				rankEnd = first
			}
			if police && rankEnd == first && toks[first].Is("Pol.") {
				rankEnd++ // the force's word with an Indonesian rank: "Irjen. Pol."
			}
		}
		if p.Gender == entities.UnknownGender {
			p.Gender = g
		}
		first--
	}
	for rank == first && !honour(toks[rank].Text) && !doctor(toks[rank].Text) && first > s.Tokens.First && toks[first-1].IsCap() && (entities.IsTitleModifier(toks[first-1].Text) || placeHead(toks[first-1].Text) && t.a.EntityAt(first-1) == nil) && !titleEndsBefore(toks, first, s.Tokens.First) {
		first-- // "Associate Professor Jane Roe": one rank (not "Chief Executive Sir Jane Roe": a post, then an honour); "City Councillor Jane Roe": the council's kind
		rank = first
	}
	if rank == first && first-2 >= s.Tokens.First && entities.ElectoralArea(toks, first-2) == 2 {
		first -= 2 // the post's ward or district before a rank that is also a style: "Ward 4 Councillor Jane Roe", "13th District Alderman Jane Roe"
		rank = first
	}
	if localPostInParens(toks, first, s.Tokens.First) {
		t.addTitle(p, first-2, first-1) // the post in its own language between the post and the name: "Mobility alderman (schepen) Jane Roe"
		first -= 3
	}
	tb := first // where a title set off by a comma would end
	if r := t.regionalTitle(p, first, s.Tokens.First); r < first {
		tb = r // "Regional Vice President, West Africa Jane Roe said:"
	} else if c := t.chainStart(first, s.Tokens.First); c < first && !s.TitleCase {
		c = t.ownChain(c, first)
		t.addTitles(p, c, first) // (not in a headline, where every word is capitalized)
		tb = c
		if w := t.bodyBeforeWhere(c); w != nil && t.apposOrg[p] == nil {
			t.apposOrg[p] = w // "carried out with Tambunan Valley Hospital, where emergency physician Dr. Jane Roe said": the body the clause is about
		}
		if ts := t.titleOf[p]; mark < markEnd && len(ts) > 0 && ts[len(ts)-1].end == mark {
			t.extendTitle(p, markEnd) // the rank with its mark: "Admiral (ret.)"
		}
	}
	tb = t.nameModifierStart(tb, s.Tokens.First)
	if p0, p1 := t.pluralTitle(first, s.Tokens.First); p1 > p0 {
		t.addTitle(p, p0, p1) // "brand co-founders Jane Roe and John Doe"
	}
	setOff := tb                                                                                                                    // where the title set off before the name starts, with its article
	if b0, b1 := t.titleBefore(tb, s.Tokens.First); b1 > b0 && !(t.personBeforeSetOff(b0) && t.postAfterHolder(e.Tokens.First-1)) { // (not another's post in a list that runs name, then post: "John Doe, the Principal Secretary, …, Smt. Jane Roe, the Commissioner, …")
		t.addTitles(p, b0, b1) // "The Special Representative of the OSCE, Ambassador Jane Roe, said"
		if setOff = b0; b0 > s.Tokens.First && isArticle(t.a.Tokens[b0-1].Text) {
			setOff = b0 - 1
		}
	}
	if rank >= 0 {
		t.addTitle(p, rank, rankEnd)
	}
	if c, ok := t.forBody(tb, s.Tokens.First); ok && t.apposOrg[p] == nil {
		t.apposOrg[p] = &c // "For the Islamic Development Bank, Regional Hub Manager Jane Roe said"
	} else if setOff < tb && t.apposOrg[p] == nil {
		if c, ok := t.forBody(setOff, s.Tokens.First); ok {
			t.apposOrg[p] = &c // before a title set off by commas: "For Kelvania, the Minister Delegate for Pastoral Development, Mr. Jane Roe, said"
		}
	}
	if chairedBy(toks, first, s.Tokens.First) || setOff < first && chairedBy(toks, setOff, s.Tokens.First) {
		giveTitle(p, "Chair") // "The Conference was chaired by H.E. Mr. Jane Roe, Minister of …", "chaired by Kelvania's Minister of Fisheries, Hon. Jane Roe": she is "the Chair"
	}
	k := e.Tokens.End
	roster := t.rosterDash(e, first, k, s.Tokens.End)
	if s.TitleCase && !roster {
		return // a headline's capitals: "Promise in Peril, Chief Warns Forum" gives "Peril" no title (a roster's line is none: "Mr. Tom Vale — Head of Lending, Kelvo Bank")
	}
	if k+2 < s.Tokens.End && toks[k].Is(",") && t.englishGivenAfter(e, k+1) {
		// "Mr Leung Wing-fai, Raymond, Chairman of …": the English given
		// name set off after a Cantonese one is the name's, not a title
		p.Name = displayName(t.text[e.Start:toks[k+1].End])
		k += 2
	}
	if k+1 < s.Tokens.End && toks[k].Is(",") && isNameSuffix(toks[k+1].Text) && (k+2 == s.Tokens.End || toks[k+2].Kind != entities.Word) && !strings.Contains(p.Name, ",") {
		p.Name = displayName(t.text[e.Start:toks[k+1].End]) // a generation set off: "Jane Roe, Jr., Ph.D." is "Jane Roe, Jr."
		k += 2
	}
	if k+1 < s.Tokens.End && entities.ElidedYear(toks[k].Text) {
		k++ // a class year: "Jane Roe ’27, a chemistry major"
	}
	for k+1 < s.Tokens.End && k < e.Tokens.End+3 && postLetters(toks[k].Text) {
		// letters after the name: "Jane Roe FRCS, consultant surgeon, said"
		t.addMarkedTitle(p, k, k+1, credentialMark)
		k++
	}
	if c, ok := t.parenAffiliation(e, s.Tokens.End); ok && t.apposOrg[p] == nil {
		t.apposOrg[p] = &c // "Q (Jane Roe, Kelvale Lachance Securities): Can you …"
	} else if a0, a1 := t.parenTitle(e, s.Tokens.End); a1 > a0 {
		t.addTitles(p, a0, a1) // "A (Jane Roe, Director of the Price Statistics Department): …"
	}
	ck := k
	if ck+3 < s.Tokens.End && toks[ck].Is(",") && toks[ck+1].Kind == entities.Number && toks[ck+2].Is(",") && (toks[ck+3].Is("is") || toks[ck+3].Is("was")) {
		ck += 3 // an age set off before the copula: "Jane Roe, 29, is sous chef at the Marina Grill"
	}
	if d0, d1 := t.copular(ck, s.Tokens.End); d1 > d0 {
		t.addTitles(p, d0, d1) // "Jane Roe is currently a professor at Kelvale University."
		return
	}
	as := k
	if k < s.Tokens.End && toks[k].Is("(") {
		if c := closeParen(toks, k, s.Tokens.End); c > 0 && c <= k+6 {
			as = c // "elected Ambassador Jane Roe (Kelvania) as Chair": past her country
		}
	}
	if as+1 < s.Tokens.End && toks[as].Is("as") {
		// "the appointment of Jane Roe as Chief Technology Officer"
		a := as + 1
		for a < s.Tokens.End && (isArticle(toks[a].Text) || postDeterminer(&toks[a])) {
			a++ // (and what says whose or which holder: "appointed Jane Roe as its ninth Music Director")
		}
		e := segmentEnd(toks, a, s.Tokens.End)
		if v := verbAfterAnd(toks, a, e); v > 0 {
			e = v // "appoints Jane Roe as CFO and opens a new plant": the post ends before the next verb
		}
		if e > a && e-a <= 8 && t.titleish(a, e) && !t.namesOther(a, e) {
			t.addTitles(p, a, e)
			if as == k {
				return
			}
		}
	}
	if k+2 < s.Tokens.End && toks[k].Is("(") && entities.NonLatinWord(toks[k+1].Text) && toks[k+2].Is(")") {
		k += 3 // the name in its own script: "Watan Tanah (林志明)"
	}
	if k < s.Tokens.End && toks[k].Is("(") {
		if end := closeParen(toks, k, s.Tokens.End); end > 0 {
			if !entities.RetiredWord(toks, k+1, end-1) {
				t.addAffiliations(p, k+1, end-1) // (not a retired officer's mark: "Jane Roe (Retd.)")
			}
			k = end
		}
	}
	if k+2 < s.Tokens.End && toks[k].Is(",") && entities.PartyTag(toks[k+1].Text) {
		c := k + 2
		for c < s.Tokens.End && c < k+5 && !toks[c].Is(",") {
			c++
		}
		if c < s.Tokens.End && toks[c].Is(",") {
			t.addAffiliations(p, k+1, c) // a party's tag set off by commas, as in parentheses: "Rep. Jane Roe, D-Kelby, said" (the segments after it are read as before)
		}
	}
	t.signatureLine(p, e) // "- Jane Roe" over "Mayor, Township of Kessing Falls"
	if c, ok := t.behalfBody(e, si); ok && t.behalfOrg[p] == nil {
		if t.behalfOrg == nil {
			t.behalfOrg = map[*Speaker]*orgCand{}
		}
		t.behalfOrg[p] = &c // "Jane Roe, MPP for Kelvo Centre, attended on behalf of the Province of Kelvo"
	}
	if c, ok := t.bodyAfterName(k, s.Tokens.End); ok && t.apposOrg[p] == nil {
		if b, ok := t.bodyAtAfter(c); ok {
			c = b // "Professor Jane Roe of the Department of Soil Science at Kelvo University, the study's lead author": the university
		}
		t.apposOrg[p] = &c // "Professor Jane Roe of the Kelvale Institute said"
		k = c.end
	} else if c, ok := t.envoysCountry(p, k, s.Tokens.End); ok && t.apposOrg[p] == nil {
		t.apposOrg[p] = &c // "Ambassador Jane Roe of Ireland said"
		k = c.end
	} else if h := t.homePlaceEnd(k, s.Tokens.End); h > k {
		k = h // "Jane Roe of Saint Lucia, Co-Chair of the Kelvo Youth Council, said": where she is from, then her post
	}
	sig := first > 0 && dashToken(&toks[first-1]) && (first-1 == 0 || toks[first-1].Newlines > 0) // a signature under a quotation: "– Jane Roe, …"
	// What follows "According to Mr. Roe," is what he said, no description
	// of him; so after "According to the Director, Mr. Roe,".
	according := first > 1 && toks[first-1].Is("to") && toks[first-2].IsFold("according") || t.accordingTitled(first, s.Tokens.First) ||
		tb > 1 && toks[tb-1].Is("to") && toks[tb-2].IsFold("according") // "According to U.S. Attorney Jane Roe, the charges …"
	for k < s.Tokens.End && (toks[k].Is(",") || roster && k == e.Tokens.End) {
		end := t.segmentEndAfter(k+1, s.Tokens.End)
		seg0 := k + 1
		if v := t.unclosedTitleEnd(seg0, end); v > 0 && t.titleish(seg0, v) {
			end = v // "“…,” Jane Roe, Head of the Water Unit said."
		}
		for seg0 < end && isArticle(toks[seg0].Text) {
			seg0++
		}
		if end-seg0 == 1 && toks[seg0].Kind == entities.Number { // an age: "Smith, 45, said"
			k = end
			continue
		}
		if ts := t.titleOf[p]; seg0+1 < end && len(ts) > 0 && ts[len(ts)-1].end == k && (toks[seg0].Is("at") || toks[seg0].Is("with")) && t.apposOrg[p] == nil {
			c, ok := t.bodyAfterName(seg0, end)
			if e := t.a.EntityAt(seg0 + 1); !ok && toks[seg0].Is("at") && e != nil && e.Kind == entities.Person && e.Rule == "name" && e.Tokens.First == seg0+1 && e.Tokens.End == end {
				c, ok = orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // a name the recognizer guessed was a person's, where only a body can stand
			}
			if ok && c.end == end {
				t.apposOrg[p] = &c // the body set off after the post and its field: "Director of Public Policy, Northern Europe, at Kinetic Social"
				k = end
				continue
			}
		}
		if seg0 == k+1 && k > 0 && toks[k-1].IsCap() && entities.LegalFormStart(toks, seg0, end) == seg0 {
			k = end // the legal form of the body before: "CEO of Kelvo Robotics, Inc., said", "of Kelvo Peninsular, S.A. de C.V."
			continue
		}
		if presenceOf(toks, seg0, end) || entities.PastVerbIn(toks, seg0, end) {
			break // (a clause, no description: "For many families, said Jane Roe, the ban came too late.")
		}
		if companion(toks, seg0, end) { // "Jane Roe, together with John Doe, announced"
			if x := t.a.EntityAt(end - 1); x != nil && x.Kind == entities.Person && x.Tokens.End == end {
				break // a title after a named companion is the companion's: "…, together with Commissioner John Doe, head of the Fraud Unit,"
			}
			if end < s.Tokens.End && toks[end].Is(",") && t.placeAt(end+1) {
				break // the companions' list goes on: "…, together with cardiologists from North America, Europe and Asia" (no place set off after her post)
			}
			k = end
			continue
		}
		if credential(toks, seg0, end) && !t.definedBody(seg0, end) { // "Jane Roe, MD, PhD, a surgeon at …"
			t.addMarkedTitle(p, seg0, end, credentialMark)
			k = end
			if c, ok := t.bodyAfterName(k+1, s.Tokens.End); ok && k < s.Tokens.End && toks[k].Is(",") && t.apposOrg[p] == nil {
				t.apposOrg[p] = &c // "Jane Roe, PhD., from the Kelvo Institute of Hydrology": the body after the letters, as right after the name
				k = c.end
			}
			continue
		}
		if ts := t.titleOf[p]; len(ts) > 0 && ts[len(ts)-1].end == k && seg0 == k+1 {
			if le := t.fieldList(ts[len(ts)-1], seg0, s.Tokens.End); le > 0 {
				t.extendTitle(p, le) // "Professor of Hand, Plastic and Reconstructive Surgery"
				k = le
				continue
			}
		}
		if seg0 == k+1 && t.onBehalfOfPerson(seg0, end) {
			if t.forOther == nil {
				t.forOther = map[*Speaker]bool{}
			}
			t.forOther[p] = true // "Jane Roe, Member of Parliament for Kelvo North, on behalf of the Honourable John Doe, Minister of …": she speaks for his department
			break
		}
		if t.namesOther(seg0, end) {
			break // "Jane Roe, Police Director John Doe and …": a list of people, not her title
		}
		if seg0 == k+2 && toks[k+1].Is("the") && t.holderPastBodies(end) && t.titleish(seg0, end) {
			break // "the Minister, Jane Roe, the Director General of Kelvo Police, Colonel John Doe, and …": the next holder's post
		}
		if seg0 == k+1 && seg0 < end && toks[seg0].Is("and") && t.holderNext(end) {
			break // "the Minister, Mr. Jane Roe, and the Regional Governor, Ms. Ann Lee": the next item of a list
		}
		if seg0 == k+1 && seg0 < end && predicateWords[toks[seg0].Text] {
			if a := continuesAs(toks, seg0, end); a > seg0 && t.titleish(a, end) && !t.namesOther(a, end) {
				t.addTitles(p, a, end) // the post the predicate says one keeps: "Her son, Jane Roe, will continue as Chief Executive Officer of Acme"
			}
			break // "Its founder, Jane Roe, will join Acme as Vice President, …": the sentence's predicate
		}
		if c, ok := t.bodyAfterName(seg0, end); ok && (c.end == end || t.lettersThenUnit(c.end, end) || t.townAfter(c.end, end)) && t.apposOrg[p] == nil {
			t.apposOrg[p] = &c // "Prof. Jane Roe, of the Department of Oceanography, who led …", "Jane Roe, of the Kelvo University in Guayaquil, noted"
			k = end
			continue
		}
		if c := t.apposOrg[p]; c != nil && c.end == k && seg0 > k+1 && t.bodyDescribed(seg0, end) {
			k = end // "Jane Roe of Kelby Pictures, the Accra studio behind …": the body's description
			continue
		}
		if x := t.a.EntityAt(seg0); seg0 == k+1 && k == e.Tokens.End && x != nil && x.Kind == entities.Organization && x.Tokens.First == seg0 && x.Tokens.End == end && !titleWordIn(toks, seg0, end) && t.apposOrg[p] == nil {
			t.apposOrg[p] = &orgCand{first: seg0, end: end, e: x} // "Jane Roe, Kelvo Robotics, said": her body, set off right after her name (not a post taken for a body: "President of Kelvo Workers Local 118")
			k = end
			continue
		}
		if c, ok := t.delegatesCountry(e, seg0, end); ok && t.apposOrg[p] == nil {
			t.apposOrg[p] = &c // "JANE ROE, of Kelvania, said": the country her delegation speaks for
			k = end
			continue
		}
		if c, ok := t.speakingFor(seg0, end); ok && t.apposOrg[p] == nil {
			t.apposOrg[p] = &c // "Rev. Jane Roe, speaking for the Pacific Conference of Churches, said"
			k = end
			continue
		}

		if a0, a1 := t.ledStudy(seg0, end); a1 > a0 {
			t.addTitle(p, a0, a1) // "Jane Roe, who led the study, said"
			k = end
			continue
		}
		titled := t.titledBody(p)    // (before the clause adds its own post)
		rc := t.laterRole(seg0, end) // "who was diagnosed in 2023 and chairs the panel of …"
		if a0, a1 := t.roleClause(rc, end); a1 > a0 {
			t.addTitle(p, a0, a1) // "Jane Roe, who chairs the Board of Health, said"; its body below
		}
		if a0, a1 := t.servesAs(seg0, end); a1 > a0 {
			t.addTitles(p, a0, a1) // "Jane Roe, who will remain with the company as a senior advisor, …"
			k = end
			continue
		}
		if a0, a1 := t.appointedAs(seg0, end); a1 > a0 {
			t.addTitles(p, a0, a1) // "Jane Roe, who … was appointed Chief Executive Officer in 2016, …"
			k = end
			continue
		}
		if a0, a1 := t.isARole(seg0, end); a1 > a0 {
			t.addTitles(p, a0, a1) // (posts joined by "and" apart: "who is now Minister of Finance and Deputy Prime Minister") "Jane Roe, who has picked grapes for 19 years and is a KFAWU shop steward, said"
			k = end
			continue
		}
		if c, ok := t.runsBody(rc, end); ok && t.apposOrg[p] == nil && !titled {
			t.apposOrg[p] = &c // "Jane Roe, who runs the Hill Street food bank in Swansea, said"
			for a := seg0 + 2; a+1 < end; a++ {
				if toks[a].Is("as") && t.titleish(a+1, end) {
					t.addTitles(p, a+1, end) // "who leads Acme as Executive Vice President"
					break
				}
			}
			k = end
			continue
		}
		if c, ok := t.onBehalfOf(rc, end); ok && t.apposOrg[p] == nil && !titled {
			t.apposOrg[p] = &c // "Deputy Mayor Jane Roe, who signed the contract on behalf of the Kelvo Municipality, said"
			k = end
			continue
		}
		rel, relEnd := 0, end
		for w := seg0 + 1; w < end; w++ {
			if toks[w].Is("who") || toks[w].Is("which") || toks[w].Is("whose") {
				rel, end = w, w // "a professor at Kelvale University who was not involved, called …"
				break
			}
		}
		if verbInside(toks, seg0, end) {
			break // "…, Professor Doe and the Roe family can be arranged through the press office"
		}
		if w := andNow(toks, seg0, end); w > 0 && w+3 < end && (t.titleish(w+2, end) || t.titleish(w+3, end)) {
			// "a graduate of a Kelby academy and now principal viola of the
			// Kelby Soloists": a past role, then the present post
			if seg0 > k+1 && t.description(seg0, w) || t.titleish(seg0, w) {
				t.addTitles(p, seg0, w)
				for i := range t.titleOf[p] {
					if t.titleOf[p][i].first >= seg0 && t.titleOf[p][i].end <= w {
						t.titleOf[p][i].former = true
					}
				}
			}
			a := w + 2
			if isArticle(toks[a].Text) {
				a++ // "and now a team leader at Acme"
			}
			t.addTitles(p, a, end)
			k = end
			continue
		}
		if sig && seg0 == k+1 && end > seg0 && end-seg0 <= 6 && signedDescription(toks, seg0, end) && !hasAnd(toks, seg0, end) && (end == s.Tokens.End || toks[end].Is(",") || toks[end].Newlines > 0) {
			t.addMarkedTitle(p, seg0, end, func(tl *title) { tl.signed = true }) // a testimonial's signature: "– Jane Roe, livestock keeper, Ol Kiboko"
			k = end
			continue
		}
		if o := t.ownWordPost(seg0, end); o > 0 && seg0 == k+1 && k == e.Tokens.End && !t.titleish(seg0, end) {
			t.addTitle(p, seg0, o)
			if t.postWords == nil {
				t.postWords = map[int]bool{}
			}
			for x := seg0; x < o; x++ {
				t.postWords[x] = true // (no one's name: pronouns after it are hers)
			}
			if t.apposOrg[p] == nil {
				a := o + 1 + btoi(toks[o+1].Is("the"))
				t.apposOrg[p] = &orgCand{first: a, end: end} // "Jane Roe, Sarpanch of Nunna Gram Panchayat, said": the post, then its body
			}
			k = end
			continue
		}
		if d := sinceAt(toks, seg0, end); rel <= 0 && d > seg0+1 && d < end && seg0 > k+1 && (t.titleish(seg0, d) || t.description(seg0, d)) && !according {
			t.addMarkedTitle(p, seg0, d, func(tl *title) { tl.signed = !t.titleish(seg0, d) && len(t.titleOrgs(seg0, d)) == 0 }) // the description before the time it has held: "Jane Roe, 74, a season-ticket holder since the stadium opened in 1998, said" (a description, no post: she speaks for no body)
			k = end
			continue
		}
		if t.titleish(seg0, end) || seg0 > k+1 && t.description(seg0, end) && !according || t.abbreviatedTitle(seg0, end) {
			t.addTitles(p, seg0, t.seatAffiliations(p, seg0, end))
			if rel > 0 {
				t.describedRole(p, seg0, rel, relEnd) // "a grain farmer near Kelby who chairs the Kelby Growers Council"
			}
			k = end
			continue
		}
		if rel > 0 {
			t.describedRole(p, seg0, rel, relEnd)
		}
		if ts := t.titleOf[p]; len(ts) > 0 && ts[len(ts)-1].end == k && seg0 == k+1 && (t.qualifier(seg0, end) || t.lowerField(seg0, end) || t.qualifierAt(seg0, end) || t.regionField(seg0, end) && t.regionEndsField(seg0, end, s.Tokens.End) || t.fieldBeforeBody(seg0, end, s.Tokens.End)) {
			// "Executive Vice President, Marketing & Strategy", "vice
			// president, market development engineering at Acme Robotics,
			// Inc.", "Managing Director, Asia-Pacific, at Acme", "Senior Vice
			// President, Europe, Kelvo Cells K.K.", "Executive Director,
			// Infrastructure Finance, Kelby Finance Corporation": the field of
			// the title before.
			if end+1 < s.Tokens.End && toks[end].Is(",") && isCorpSuffix(toks[end+1].Text) && !toks[seg0].IsCap() {
				end += 2
			}
			t.extendTitle(p, end)
			k = end
			continue
		}
		if ts := t.titleOf[p]; len(ts) > 0 && ts[len(ts)-1].end == k && seg0 == k+1 && end-seg0 <= 4 && end+2 < s.Tokens.End && toks[end].Is(",") && toks[end+1].Is("at") &&
			capWords(toks, seg0, end) && !t.namesPerson(seg0, end) && t.capRunOrg(end+2, s.Tokens.End) > end+2 {
			// "Vice President, Cockpit Electronics, at Kelvo Automotive":
			// the unit of the title before; the body comes after "at"
			t.extendTitle(p, end)
			k = end
			continue
		}
		if c, ts := t.apposOrg[p], t.titleOf[p]; c != nil && c.end == k && seg0 == k+1 && len(ts) > 0 && ts[len(ts)-1].end == c.first-1 && t.departmentAt(c.first) && !t.departmentAt(seg0) {
			if x := t.a.EntityAt(seg0); x != nil && x.Kind == entities.Organization && x.Tokens.First == seg0 && x.Tokens.End == end {
				// "Jane Roe, Minister-in-Charge, Department of Transport,
				// Government of Kelvo, said": the department is her post's,
				// the body after it the one she serves
				t.extendTitle(p, c.end)
				t.apposOrg[p] = &orgCand{first: seg0, end: end, e: x}
				k = end
				continue
			}
		}
		if len(t.titleOf[p]) > 0 && t.apposOrg[p] == nil && seg0 == k+1 {
			// "Vice President, Acme Robotics, Inc.": the body the titles
			// before belong to.
			oe := end
			if oe+1 < s.Tokens.End && toks[oe].Is(",") && isCorpSuffix(toks[oe+1].Text) {
				oe += 2
			}
			if e := t.a.EntityAt(seg0); e != nil && e.Kind == entities.Place && e.Tokens.First == seg0 && e.Tokens.End == end && (isCountry(e) || stateForm[toks[seg0].Text]) && t.untitledBody(p) {
				c := orgCand{first: seg0, end: end, e: e}
				t.apposOrg[p] = &c // "H.E. Ms. Jane Roe, Minister of the Sea, Republic of Kelvania:": the state she speaks for
				k = end
				continue
			}
			if x := t.a.EntityAt(seg0 + 2); end-seg0 >= 3 && governmentHeads[toks[seg0].Text] && toks[seg0+1].Is("of") && x != nil && x.Kind == entities.Place && x.Tokens.First == seg0+2 && x.Tokens.End == end && t.untitledBody(p) {
				c := orgCand{first: seg0, end: end}
				t.apposOrg[p] = &c // "Jane Roe, Minister of Agriculture, Province of Kelvo": the government she serves
				k = end
				continue
			}
			if e := t.a.EntityAt(seg0); e != nil && e.Kind == entities.Organization && e.Tokens.First == seg0 && (e.Tokens.End == oe || toks[e.Tokens.End].Is("(") && closeParen(toks, e.Tokens.End, oe) == oe && !numberIn(toks, e.Tokens.End, oe)) { // (or before its letters or its office: "Kelvo Development Corporation of Sarnia (KDCS)", "Kelvo Coffee Institute (regional office, Sarna)"; not the years one served it, "(2015-2019)")
				c := orgCand{first: seg0, end: oe, e: e}
				t.apposOrg[p] = &c // (a name the run of capitals cannot read: "Marine Workers' Union of Atlantic Canada")
				k = oe
				continue
			}
			if re := t.capRunOrg(seg0, oe); re == oe && !(oe-seg0 == 1 && entities.PastInCaps(toks[seg0].Text)) { // (not a verb in capitals: "JANE ROE, CHAIRMAN, COMMENTED:")
				if c, ok := t.runCand(seg0, oe); ok && (c.e == nil && t.orgShaped(seg0, oe) || c.e != nil && c.e.Kind == entities.Organization) {
					// (a place there is where the body before it is: "University of Kelvale, San Diego")
					t.apposOrg[p] = &c
					k = oe
					continue
				}
			}
			if ts := t.titleOf[p]; ts[len(ts)-1].end == k || k == e.Tokens.End && ts[len(ts)-1].end <= e.Tokens.First && ts[len(ts)-1].end >= first {
				if c, ok := t.signatureBody(seg0, oe, s.Tokens.End); ok {
					t.apposOrg[p] = &c // "– Captain Jane Roe, Head of Operations, Bluewake Ferries"
					k = oe
					continue
				}
			}
		}
		break
	}
}

// numberIn reports a number among tokens [i, end): "(2015-2019)".
func numberIn(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Kind == entities.Number || toks[k].Text != "" && toks[k].Text[0] >= '0' && toks[k].Text[0] <= '9' {
			return true
		}
	}
	return false
}

// andNow returns the "and" of "and now" inside [i, end) that sets a
// present post after a past role, or 0.
func andNow(toks []entities.Token, i, end int) int {
	for k := i + 1; k+2 < end; k++ {
		if toks[k].Is("and") && toks[k+1].Is("now") {
			return k
		}
	}
	return 0
}

// verbInside reports a finite verb in lower case inside [i, end): a
// clause, not a title.
func verbInside(toks []entities.Token, i, end int) bool {
	for k := i + 1; k < end; k++ {
		if toks[k].IsLower() && predicateWords[toks[k].Text] {
			return true
		}
	}
	return false
}

// signedDescription reports the words of a description in a testimonial's
// signature: in lower case, but for a place or body after a preposition
// ("volunteer driver", "cook at the Qobayat cooperative", "farmer in Kelvo
// Valley").
func signedDescription(toks []entities.Token, i, end int) bool {
	prep := false
	for k := i; k < end; k++ {
		switch {
		case toks[k].Kind != entities.Word:
			return false
		case toks[k].IsLower():
			prep = prep || k > i && signaturePrepositions[toks[k].Text]
		case !prep:
			return false
		}
	}
	return true
}

// signaturePrepositions may set a place or body after a description in a
// signature.
var signaturePrepositions = toSet(`at of in from with for`)

// malayStyleBefore returns the number of tokens of a Malay style of
// address (entities.MalayStyle) that ends right before token k, not
// before sentStart: "Yang Berhormat" of "Yang Berhormat Tuan Jane Roe"; 0
// when there is none.
func malayStyleBefore(toks []entities.Token, k, sentStart int) int {
	for n := 2; n <= 3; n++ {
		if k-n >= sentStart && entities.MalayStyle(toks, k-n, k) == n {
			return n
		}
	}
	return 0
}

// RightHonourable reports "Rt" before "Hon" or "Rev." at token k ("Most"
// or "Very" before "Rev."), a style that "RT" alone is not.
func RightHonourable(toks []entities.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if entities.RightStyle(toks[k].Text) {
		return toks[k+1].Is("Hon") || toks[k+1].Is("Hon.") || reverend(toks[k+1].Text)
	}
	return (toks[k].Is("Most") || toks[k].Is("Very")) && reverend(toks[k+1].Text) // "the Most Rev.", "the Very Rev."
}

// titleEndsBefore reports a title of two words or more that ends right
// before token k: "Secretary General" before "Ambassador Jane Roe", whose
// "General" is the post's, not a modifier of the rank after it.
func titleEndsBefore(toks []entities.Token, k, sentStart int) bool {
	for i := k - 2; i >= sentStart && i >= k-4; i-- {
		if n, _ := entities.TitleAt(toks, i); n >= 2 && i+n == k {
			return true
		}
	}
	return false
}

// continuesAs returns where the post starts that a predicate from token
// i says one keeps or takes: "will continue as", "will remain", "will stay
// on as", "will serve as medical director", "will become the chief
// executive"; i when it says no such thing.
func continuesAs(toks []entities.Token, i, end int) int {
	if i+2 >= end || !toks[i].Is("will") {
		return i
	}
	k := i + 1
	switch toks[k].Text {
	case "continue", "remain", "stay", "serve":
		k++
	case "become":
		k++
		if k < end && toks[k].Is("the") {
			k++ // "will become the chief executive"
		}
	default:
		return i
	}
	if k < end && toks[k].Is("on") {
		k++
	}
	if k < end && toks[k].Is("as") {
		k++
	}
	if k < end && isArticle(toks[k].Text) {
		k++
	}
	if k >= end || !toks[k].IsCap() && !entities.IsTitleWord(toks[k].Text) && !(k+1 < end && entities.IsTitleWord(toks[k+1].Text)) {
		return i // (a lower-case post of two words: "will serve as medical director")
	}
	return k
}

// PossessiveStyle returns the length of a style of address of two words
// that opens with a possessive at token k ("His Excellency", "Her
// Worship", "His Royal Highness" is not one), or 0.
func PossessiveStyle(toks []entities.Token, k int) int {
	if k < 0 || k+1 >= len(toks) || !(toks[k].Is("His") || toks[k].Is("Her")) {
		return 0
	}
	switch toks[k+1].Text {
	case "Excellency", "Worship", "Honour", "Honor", "Highness", "Eminence", "Grace", "Majesty", "Lordship", "Ladyship":
		return 2
	}
	return 0
}

// lowerStyles are the academic styles Dutch, Flemish, Swiss and Central
// European releases write in lower case before a name: "ir. Jane Roe",
// "drs. John Doe", "apr. Jane Roe" (a pharmacist), "lic. phil. John Doe",
// "mag. Jane Roe" (a master's degree), "mgr. John Doe", "prof. dr hab.
// inż. Jane Roe", "doc. MUDr. John Doe".
var lowerStyles = map[string]bool{"ir.": true, "drs.": true, "ing.": true, "dr.": true, "dr": true, "prof.": true, "apr.": true, "lic.": true, "mag.": true, "mgr.": true,
	"doc.": true, "hab.": true, "inż.": true}

// doctorateFields returns where the fields of a German or Swiss
// doctorate or licentiate that end at token k start, after their "Dr." or
// "lic." ("Dr. med.", "Dr. rer. nat.", "Dr. sc. techn.", "lic. phil."), or
// k when none end there.
func doctorateFields(toks []entities.Token, k, sentStart int) int {
	f := k
	for f-1 > sentStart && f > k-3 && doctorateField[toks[f-1].Text] {
		f--
	}
	if f < k && (doctor(toks[f-1].Text) || strings.EqualFold(toks[f-1].Text, "lic.")) {
		return f // (and a Swiss licentiate's: "lic. phil.")
	}
	return k
}

// doctorateField are the fields a German or Swiss doctorate names after
// "Dr.": "Dr. med.", "Dr. iur.", "Dr. rer. nat.".
var doctorateField = map[string]bool{"med.": true, "iur.": true, "jur.": true, "rer.": true, "nat.": true, "oec.": true, "techn.": true, "sc.": true,
	"theol.": true, "phil.": true, "pol.": true, "agr.": true, "paed.": true,
	"hab.": true, "inż.": true} // (and a Polish habilitation and engineer's: "dr hab. inż.")

// chairedBy reports "chaired by" right before token k, past an article
// or a country's possessive that opens the title there: "chaired by
// Jane Roe", "chaired by the Minister …", "chaired by Kelvania's Minister
// …".
func chairedBy(toks []entities.Token, k, lo int) bool {
	if k-1 > lo && (toks[k-1].Is("the") || toks[k-1].Kind == entities.Possessive && toks[k-2].IsCap()) {
		k--
		if toks[k].Kind == entities.Possessive {
			k--
		}
	}
	return k-2 >= lo && toks[k-1].Is("by") && (toks[k-2].Is("chaired") || toks[k-2].Is("co-chaired"))
}

// doctor reports "Dr" or "Dr.", a doctor's title before the name ("Dr.
// Jane Roe"), kept with the name's other styles ("Hon. Dr.") and apart from
// a post before it ("Chief Executive Dr Jane Roe": two titles).
// lawyersStyle reports the style South Asian lawyers and officials who
// are lawyers bear before their names: "Advocate", "Barrister".
func lawyersStyle(w string) bool { return w == "Advocate" || w == "Barrister" }

func doctor(w string) bool { return strings.EqualFold(strings.TrimSuffix(w, "."), "dr") }

// reverend reports a cleric's style: "Rev.", "Revd".
func reverend(w string) bool {
	switch w {
	case "Rev", "Rev.", "Revd", "Revd.", "Reverend":
		return true
	}
	return false
}

// honour reports an honour or style that is a title before a name: "Sir",
// "Dame", "Lord", "Rev.", "Hon.", "Prof.", an engineer's "Eng." or "Engr.",
// a barrister's "Barr.", a pharmacist's "Pharm.", a
// culture's styles of respect ("Aunty", "Ratu", "Alhaji", Setswana "Rra",
// "Mma" and "Kgosi", Amharic "Ato"), religious
// ones ("Sheikh", "Father", Spanish "Hna.", "Pbro.") and a degree's style (degreeStyle) (not a
// courtesy form: "Mr", "Dr.", nor an advocate's "Adv.").
func honour(w string) bool {
	if i := strings.LastIndex(w, ".-"); i > 0 {
		w = w[i+2:] // "Univ.-Prof." as "Prof."
	}
	if degreeStyle(w) {
		return true
	}
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "reverend", "hon", "honourable", "honorable", "prof", "pr", "rt", "amb", "h.e", "excellency",
		"eng", "engr", "barr", "pharm", "cllr", "aunty", "auntie", "uncle", "ratu", "alhaji", "kgosi", "rra", "mma", "ato", "w/ro", "alhaja", "hajia", "hajiya", "hajiyya", "sheikh", "rabbi", "imam", "father", "sister", "brother", "hna", "hno", "pbro", "adv", "comrade", "cde", "mzee", "mama", "inkosi",
		"datuk", "dato", "datin", "seri", "tun", "toh", "bro", "khunying", "thanpuying":
		return true
	}
	return false
}

// malaySri reports "Sri" at token k after a Malaysian honour, as the
// "Seri" it is spelt as too: "Dato' Sri", "Datuk Sri".
func malaySri(toks []entities.Token, k int) bool {
	if k == 0 || !toks[k].Is("Sri") {
		return false
	}
	p := &toks[k-1]
	return p.Is("'") || p.Is("’") || p.Is("Datuk") || p.Is("Dato")
}

// degreeStyle reports the style of a degree or profession, written with
// its period, that stands before a name as "Dr." does: an engineer's
// "Ing." and "Ir.", a graduate's "Lic.", "Mgr." or "Mag.", an architect's
// "Arq." or "Arch." ("Dr. Arch. Jane Roe"), Austrian feminine forms
// ("Mag.a", "Dr.in", "Prof.in"), a master's "Mtra." or "Mg." ("Mtra. Jane Roe", "Mag. Dr. Jane Roe"), a Filipino
// lawyer's "Atty." ("City Prosecutor Atty. Jane Roe").
func degreeStyle(w string) bool {
	switch w {
	case "Ing.", "Ir.", "Mgr.", "MUDr.", "JUDr.", "PhDr.", "RNDr.", "Lic.", "Licda.", "Licdo.", "Arq.", "Arch.", "Atty.", "Mtro.", "Mtra.", "Mag.", "Mag.a", "Dr.in", "Prof.in", "Dra.", "Blgo.", "Abog.", "Econ.", "Psic.", "Mg.", "Mgtr.", "Mgs.", "Biól.":
		return true
	}
	return false
}

// elidedHonour reports an apostrophe at token k that ends an honour
// written with it: "Dato'" (of "Dato' Seri Jane Roe").
func elidedHonour(toks []entities.Token, k, start int) bool {
	return k > start && (toks[k].Is("'") || toks[k].Is("’")) && !toks[k].Space && toks[k-1].IsCap() && honour(toks[k-1].Text)
}

// englishGivenAfter reports an English given name at token i, set off
// after a name written family name first with a hyphenated Cantonese
// given name, as Hong Kong releases write it: the "Raymond" of "Mr Leung
// Wing-fai, Raymond, said". One capitalized word, no title, style or
// common word, before a comma or the sentence's end.
func (t *Tracker) englishGivenAfter(e *entities.Entity, i int) bool {
	toks := t.a.Tokens
	if e.Tokens.Len() < 2 || !hyphenatedGiven(toks[e.Tokens.End-1].Text) || i+1 >= len(toks) {
		return false
	}
	w := &toks[i]
	if w.Kind != entities.Word || !w.IsCap() || w.IsUpper() || len(w.Text) < 3 || entities.CommonWord(w.Text) || entities.IsTitleWord(w.Text) || isHonorific(w.Text) {
		return false
	}
	if o := t.a.EntityAt(i); o != nil && (o.Kind != entities.Person || o.Tokens.Len() > 1) {
		return false
	}
	n := &toks[i+1]
	return n.Is(",") || n.Is(".") || n.Is(";") || n.Is(")")
}

// accordingTitled reports a name at token first set off after the post
// that "According to" opens the sentence with: "According to Kelvo
// Energie's Technical Director, Engr. Jane Roe, the plant uses …"; what
// follows the name is what was said, no description of her.
func (t *Tracker) accordingTitled(first, sentStart int) bool {
	toks := t.a.Tokens
	if first-3 <= sentStart || !toks[first-1].Is(",") || !toks[sentStart].IsFold("according") || !toks[sentStart+1].Is("to") {
		return false
	}
	for k := sentStart + 2; k < first-1; k++ {
		if toks[k].Is(",") || toks[k].Kind == entities.QuoteMark {
			return false
		}
	}
	return true
}

// localPostInParens reports a post's word in its own language in
// parentheses right before token k, after the post: "(schepen)" of
// "Mobility alderman (schepen) Jane Roe"; not letters ("Chief District
// Officer (CDO)"), a style ("Lt. Col. (Dr.)") nor a portfolio in capitals
// ("Member (Gas)").
func localPostInParens(toks []entities.Token, k, start int) bool {
	if k-4 < start || !toks[k-1].Is(")") || !toks[k-3].Is("(") {
		return false
	}
	w := &toks[k-2]
	return w.Kind == entities.Word && !w.IsUpper() && !isHonorific(w.Text) && !strings.Contains(w.Text, ".") && entities.TitleEndsAt(toks, k-3) &&
		(w.IsLower() || entities.IsTitleWord(w.Text) || !entities.CommonWord(strings.ToLower(w.Text))) // (a post in a language whose nouns are capitalized, "Health councillor (Gesundheitsstadträtin)"; not an English portfolio: "Member (Gas) Jane Roe")
}

// parenHonour reports a closing parenthesis at token k after an honorific
// alone in parentheses, which Nigerian releases put between styles: the
// "(Dr.)" of "Hon. (Dr.) Mrs. Jane Roe", after another honorific.
func parenHonour(toks []entities.Token, k, start int) bool {
	if k-2 <= start || !toks[k].Is(")") || !toks[k-2].Is("(") {
		return false
	}
	_, ok := entities.Honorific(toks[k-1].Text)
	_, before := entities.Honorific(toks[k-3].Text)
	return ok && before && toks[k-1].IsCap() // (a rank before it keeps it in its title: "Lt. Col. (Dr.)")
}

// postLetters reports the letters of an honour, a fellowship, a degree
// or a seat after a name: "FRCS", "OBE", "MP", "PhD".
func postLetters(w string) bool {
	return len(w) >= 2 && strings.Trim(w, "IVX") != "" && entities.IsPostNominal(w)
}

// predicateWords open a sentence's predicate after a subject set off by
// commas, never an appositive.
var predicateWords = toSet("will would shall should can could may might must has have had is was are were does did")

// verbAfterAnd returns the token "and" in [a, e) that a lower-case verb
// follows, where a headline's or a clause's second predicate starts after
// a post ("as CFO and opens new plant"), or 0.
func verbAfterAnd(toks []entities.Token, a, e int) int {
	for x := a + 1; x+1 < e; x++ {
		if toks[x].Is("and") && toks[x+1].IsLower() && toks[x+1].Kind == entities.Word && verbForm(toks[x+1].Text) {
			return x
		}
	}
	return 0
}

// verbForm reports a word in a verb's present third person or past form
// that no title is: "opens", "named", "announces".
func verbForm(w string) bool {
	if entities.IsTitleWord(w) || entities.IsTitleModifier(w) || entities.OwnRole(w) {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "ics")
}

func isArticle(w string) bool {
	return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The"
}

// laterRole returns where a relative clause at i states a post: at "who"
// when its verb does ("who chairs the Board"), else at an "and" that
// joins a second verb that does ("who was diagnosed in 2023 and chairs
// the panel of Kelvale Advocates"); i when none.
func (t *Tracker) laterRole(i, end int) int {
	toks := t.a.Tokens
	postVerb := func(w string) bool { return roleVerbs[w] || runsVerbs[w] || worksVerbs[w] }
	if i+1 >= end || !toks[i].Is("who") || postVerb(toks[i+1].Text) {
		return i
	}
	for x := i + 2; x+1 < end && x < i+14; x++ {
		if toks[x].Is("and") && postVerb(toks[x+1].Text) {
			return x
		}
	}
	return i
}

// isARole returns the role a relative clause after a name states with "is
// a", first or after "and": "who is a nurse at Kelvo Hospital",
// "who has picked grapes near Kelvo for 19 years and is a KFAWU shop
// steward"; or with "is now its": "who founded the Kelvo Court Trust and
// is now its chief executive"; [0, 0) when it states none.
func (t *Tracker) isARole(i, end int) (int, int) {
	toks := t.a.Tokens
	if end-i < 4 || !toks[i].Is("who") {
		return 0, 0
	}
	for x := i + 1; x+2 < end && x < i+20; x++ {
		if !toks[x].Is("is") || !(x == i+1 || toks[x-1].Is("and")) {
			continue
		}
		d := x + 1
		also := toks[d].Is("also")
		if toks[d].Is("now") || toks[d].Is("currently") || also {
			d++ // "who founded the Kelvo Court Trust in 2016 and is now its chief executive"
		}
		if d+1 < end && toks[d].Is("the") && toks[d+1].IsCap() {
			if n, _ := entities.TitleAt(toks, d+1); n > 0 {
				d++ // "who is also the Minister of Finance"
			}
		}
		if n, _ := entities.TitleAt(toks, d); n > 0 && toks[d].IsCap() && !possessiveIn(toks, d, min(end, d+3)) && !t.otherSubjectIn(i+1, x) { // (not another's: "who is also President Doe's daughter")
			return d, end // a post in capitals with no article: "who is also Minister of Indigenous Economic Partnerships"
		}
		if also {
			continue // ("who is also a member of the board": only a post in capitals after "also")
		}
		if a := d + btoi(toks[d].Is("the")); a < end && toks[a].IsLower() && !t.otherSubjectIn(i+1, x) {
			if b := t.lowerPostOfBody(a, end); b > a {
				return a, b // a post of the lists in lower case before its body, up to the body's end: "who is president of the Kelvo Owners Association", "who is the chair of Kelvo Aid" (not "… and a father of two", "… and Tom Hale, who is treasurer")
			}
		}
		if d+1 >= end || !(toks[d].Is("a") || toks[d].Is("an") || toks[d].Is("its")) { // (not a past post: "who was a top adviser to …")
			continue
		}
		if toks[d].Is("its") && !plainPostAfterIts(toks, d+1, end) {
			return 0, 0 // (not "its biggest donor", "its owner's adviser", "its most senior judge")
		}
		if t.titleish(d+1, end) && titleWordIn(toks, d+1, min(end, d+4)) && !t.otherSubjectIn(i+1, x) {
			return d + 1, end // (its head among the first three words: not "a friend of the Mayor")
		}
		return 0, 0
	}
	return 0, 0
}

// townAfter reports "in" and a town or country that end tokens [k, end):
// where a body is, after its name ("the Kelvo University in Guayaquil").
func (t *Tracker) townAfter(k, end int) bool {
	toks := t.a.Tokens
	if k+1 >= end || !toks[k].Is("in") {
		return false
	}
	e := t.a.EntityAt(k + 1)
	return e != nil && e.Kind == entities.Place && e.Tokens.First == k+1 && e.Tokens.End == end
}

// lowerPostOfBody returns the end of a post of the title lists in lower
// case at token a that "of" or "at" and a capitalized name follow,
// perhaps after "the", at the name's end: "president of the Kelvo Owners
// Association", "chair of Kelvo Aid"; a when there is none, or the name
// runs into a person's ("… Arts Festival and Tom Hale").
func (t *Tracker) lowerPostOfBody(a, end int) int {
	toks := t.a.Tokens
	n, _ := entities.TitleAt(toks, a)
	k := a + n
	if n == 0 || k+1 >= end || !(toks[k].Is("of") || toks[k].Is("at")) {
		return a
	}
	k++
	if toks[k].Is("the") && k+1 < end {
		k++
	}
	if !toks[k].IsCap() || entities.Weekday(toks[k].Text) {
		return a // (not a day: "chair of Tuesday's meeting")
	}
	b := t.capRunOrg(k, end)
	if b <= k || t.namesPerson(k, b) {
		return a
	}
	for b+1 < end && (toks[b].Is("at") || toks[b].Is("of")) {
		c := b + 1
		if toks[c].Is("the") && c+1 < end {
			c++
		}
		e := t.capRunOrg(c, end)
		if e <= c || t.namesPerson(c, e) {
			break
		}
		b = e // a field, then the body: "professor of History at Kelvale University"
	}
	x := b
	for x < end && (toks[x].Kind == entities.Possessive || toks[x].Kind == entities.Word && toks[x].IsLower() && !fieldStop[toks[x].Text] && !orgPrepositions[toks[x].Text] && !toks[x].Is("in") && !toks[x].Is("since") && !toks[x].Is("and")) {
		x++
	}
	if x == end {
		b = end // the body's unit after it: "chair of the Kelvo Arts Festival board", "president of Kelvo Aid's youth wing"
	}
	return b
}

// sinceAt returns the "since" inside [i, end) that says from when a
// description has held ("a season-ticket holder since the stadium opened"),
// end when there is none.
func sinceAt(toks []entities.Token, i, end int) int {
	for k := i + 1; k+1 < end; k++ {
		if toks[k].Is("since") {
			if toks[k-1].Is("ever") && k-1 > i {
				return k - 1 // "a season-ticket holder ever since"
			}
			return k
		}
	}
	return end
}

// plainPostAfterIts reports a post [k, end) after "its" that opens with the
// post itself, no degree or owner: "chief executive", not "most senior
// judge", "biggest donor" or "owner's adviser".
func plainPostAfterIts(toks []entities.Token, k, end int) bool {
	n, _ := entities.TitleAt(toks, k)
	if n == 0 {
		return false
	}
	for j := k; j < end; j++ {
		w := toks[j].Text
		if toks[j].Kind == entities.Possessive || w == "most" || w == "best" || len(w) > 5 && strings.HasSuffix(w, "est") {
			return false
		}
	}
	return true
}

// titledBody reports a title of p that names a body: the workplace of a
// relative clause after it does not speak for her ("Jane Roe, a shop
// steward at the Kelvo Union, who has worked at the Mall store for
// years").
func (t *Tracker) titledBody(p *Speaker) bool {
	for _, tl := range t.titleOf[p] {
		if len(t.titleOrgs(tl.first, tl.end)) > 0 {
			return true
		}
	}
	return false
}

// forWhom returns the token after "for" or "on behalf of" at token k, where
// the one spoken for is named ("speaking for the Group", "speaking on
// behalf of the Council"), or k when neither opens there.
func forWhom(toks []entities.Token, k, end int) int {
	switch {
	case k < end && toks[k].Is("for"):
		return k + 1
	case k+2 < end && toks[k].Is("on") && toks[k+1].Is("behalf") && toks[k+2].Is("of"):
		return k + 3
	}
	return k
}

// speakingFor returns the body a participle aside after a name says the
// person speaks for: "speaking for the Kelvale Conference of Churches",
// "speaking on behalf of the Group of Friends", or a briefing's bare "for
// the Kelvo Refugee Agency (KRA)".
func (t *Tracker) speakingFor(i, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if i+1 < end && toks[i].Is("for") {
		i-- // a briefing's "Jane Roe, for the Kelvo Refugee Agency (KRA), said": "speaking" understood
	} else if i+2 >= end || !toks[i].IsFold("speaking") {
		return orgCand{}, false
	}
	k := forWhom(toks, i+1, end)
	if k == i+1 {
		return orgCand{}, false
	}
	if k < end && toks[k].IsFold("the") {
		k++
	}
	if end-k > 3 && toks[end-1].Is(")") && toks[end-3].Is("(") {
		end -= 3 // the body's letters after it: "for the Kelvo Refugee Agency (KRA)"
	}
	if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Organization && e.Tokens.First == k && e.Tokens.End == end {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
	}
	if end-k >= 2 && end-k <= 6 && toks[end-1].IsLower() && caucusNouns[toks[end-1].Text] {
		for x := k; x < end-1; x++ {
			if !toks[x].IsCap() && toks[x].Kind != entities.Possessive {
				return orgCand{}, false
			}
		}
		return orgCand{first: k, end: end}, true // a group named in capitals before its kind in lower case: "speaking for the Indigenous Peoples' caucus"
	}
	return orgCand{}, false
}

// caucusNouns are the kinds of a group one speaks for, in lower case after
// its capitalized name: "the Indigenous Peoples' caucus".
var caucusNouns = toSet(`caucus coalition constituency group network alliance delegation movement`)

// envoyPosts are the heads of posts whose holder speaks for the country
// named after their name.
var envoyPosts = map[string]bool{"ambassador": true, "envoy": true, "consul": true, "representative": true, "delegate": true, "minister": true, "commissioner": true}

// placeHeads are the posts that head a place's government, whose holder
// the place speaks for when named after the name: "Governor Jane Roe of
// Kelvo Prefecture".
var placeHeads = map[string]bool{"governor": true, "mayor": true, "prefect": true, "premier": true}

// envoysCountry returns the country named after "of" at token k, right
// after the name of a person whose post speaks for a country: "Ambassador
// Jane Roe of Ireland said" (a senator "of Ohio" is the Senate's); or the
// place whose government the post heads: "Governor Jane Roe of Kelvo
// Prefecture said".
func (t *Tracker) envoysCountry(p *Speaker, k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if k+1 >= end || !toks[k].Is("of") {
		return orgCand{}, false
	}
	a := k + 1 + btoi(toks[k+1].Is("the"))
	e := t.a.EntityAt(a)
	if e == nil || e.Tokens.First != a || e.Kind != entities.Place {
		return orgCand{}, false
	}
	country := isCountry(e)
	posts := 0
	for _, tl := range t.titleOf[p] {
		if w := strings.ToLower(toks[tl.end-1].Text); !tl.former && (country && envoyPosts[w] || placeHeads[w]) {
			return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
		}
		if !tl.former && !tl.credential && !styleOnly(toks, tl) {
			posts++
		}
	}
	if country && posts == 0 && e.Tokens.End < end && toks[e.Tokens.End].IsLower() && toks[e.Tokens.End].Kind == entities.Word {
		return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true // a delegate named by her country alone, as meeting coverage does: "Jane Roe of Colombia said" (not where a post set off follows: "Jane Roe of Saint Lucia, Co-Chair of …")
	}
	return orgCand{}, false
}

// homePlaceEnd returns the end of a place after "of" or "from" right
// after a name, before a comma: "of Saint Lucia" in "Jane Roe of Saint
// Lucia, Co-Chair of the Kelvo Youth Council, said", where she is from
// and no body she speaks for; k when there is none.
func (t *Tracker) homePlaceEnd(k, end int) int {
	toks := t.a.Tokens
	if k+2 >= end || !(toks[k].Is("of") || toks[k].Is("from")) {
		return k
	}
	e := t.a.EntityAt(k + 1)
	if e == nil || e.Kind != entities.Place || e.Tokens.First != k+1 || e.Tokens.End >= end || !toks[e.Tokens.End].Is(",") {
		return k
	}
	return e.Tokens.End
}

// delegatesCountry returns the country in the segment [k, end) after a
// name in capitals, as meetings coverage sets off a delegate's state:
// "JANE ROE, of Kelvania, said".
func (t *Tracker) delegatesCountry(name *entities.Entity, k, end int) (orgCand, bool) {
	toks := t.a.Tokens
	if k+1 >= end || !toks[k].Is("of") {
		return orgCand{}, false
	}
	for i := name.Tokens.First; i < name.Tokens.End; i++ {
		if toks[i].Kind == entities.Word && !toks[i].IsUpper() {
			return orgCand{}, false
		}
	}
	a := k + 1 + btoi(toks[k+1].Is("the"))
	e := t.a.EntityAt(a)
	if e == nil || e.Tokens.First != a || e.Tokens.End != end || !isCountry(e) {
		return orgCand{}, false
	}
	return orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}, true
}

// rosterDash reports the dash after a name that opens its line and
// before a title and a comma: a roster's line, "Mr. Tom Vale — President, Kelvo
// Surveyors", whose segments read as an appositive's. first is where the
// name's honorifics start, k the token after the name.
func (t *Tracker) rosterDash(e *entities.Entity, first, k, sentEnd int) bool {
	toks := t.a.Tokens
	if k+1 >= sentEnd || k != e.Tokens.End || !(toks[k].Is("—") || toks[k].Is("–")) || first != t.a.Sentences[t.a.SentenceOf(k)].Tokens.First {
		return false
	}
	se := segmentEnd(toks, k+1, sentEnd)
	return se < sentEnd && toks[se].Is(",") && t.titleish(k+1, se) // (not a parenthesis in dashes: "Jane Roe — a surgeon and TV star — has been …")
}

// signatureBody returns the body a signature's last segment names right
// after the titles before it, or right after the name the titles precede:
// "– Captain Jane Roe, Head of Operations, Bluewake Ferries", "– Lord Mayor
// Jane Roe, City of Portlow" at the end of its sentence. The place of the
// last segment makes a body of any run of two capitalized words or more
// that the recognizer took for a person by its shape alone or left
// untaken, but not of a place ("…, Head of Operations, Port Lowell") or a
// person with a title or honorific of their own.
func (t *Tracker) signatureBody(i, end, sentEnd int) (orgCand, bool) {
	toks := t.a.Tokens
	closes := end == sentEnd || end+1 == sentEnd && (toks[end].Is(".") || toks[end].Is(":")) || end+1 < sentEnd && toks[end].Is(":") && toks[end+1].Kind == entities.QuoteMark || // (or a colon before the quotation: "- Sergeant Jane Roe, Kelvo Police District: “…”", or a label line's: "Jane Roe, Head Technician, Elbe Konzerthaus:")
		t.townsClose(end, sentEnd) && !entities.PlaceShaped(toks[i:end]) // (or its town after it: "- Jane Roe, owner, Kelvo Holsteins, Lacombe, Alta."; not a town of two words before its region: "- Tom Brisk, teacher, North Orrin, Sask.")
	if !closes || end-i < 2 || t.capRunOrg(i, end) != end {
		return orgCand{}, false
	}
	if toks[i].Is("the") || toks[i].Is("The") {
		return orgCand{}, false // (a body with an article is read by runCand)
	}
	for k := i; k < end; {
		if toks[k].Is("and") {
			return orgCand{}, false // the rest of a list: "Division of Minimally Invasive, Foregut and Bariatric Surgery"
		}
		e := t.a.EntityAt(k)
		switch {
		case e == nil:
			k++
			continue
		case e.Kind == entities.Place || e.Kind == entities.Person && e.Rule != "name":
			return orgCand{}, false
		}
		k = e.Tokens.End
	}
	if entities.IsPlace(t.text[toks[i].Start:toks[end-1].End]) {
		return orgCand{}, false
	}
	return orgCand{first: i, end: end}, true
}

// townsClose reports a signature's town and region after the body, from
// the comma at token end to the sentence's end: one to four capitalized
// words set off by commas, a place among them or three at most, perhaps a period
// last (", Lacombe, Alta.", ", Yaoundé").
func (t *Tracker) townsClose(end, sentEnd int) bool {
	toks := t.a.Tokens
	if end+1 >= sentEnd || !toks[end].Is(",") {
		return false
	}
	words, place := 0, false
	for k := end + 1; k < sentEnd; k++ {
		switch {
		case toks[k].Is(","):
		case toks[k].Is(".") && k == sentEnd-1:
		case toks[k].Kind == entities.Word && toks[k].IsCap():
			words++
			if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Place || entities.IsPlace(toks[k].Text) {
				place = true
			}
		default:
			return false
		}
	}
	return words > 0 && words <= 4 && (place || words <= 3)
}

// retiredMark returns where a retired officer's mark in parentheses
// before the name at token k opens: "Admiral (ret.) Jane Roe", "Colonel
// (Retd) Jane Roe"; k when there is none. The rank before it is a title
// with the mark.
func retiredMark(toks []entities.Token, k, sentStart int) int {
	if k-3 < sentStart || !toks[k-1].Is(")") {
		return k
	}
	o := k - 2
	if toks[o].Is(".") {
		o--
	}
	if o-1 < sentStart || !toks[o-1].Is("(") {
		return k
	}
	w := strings.ToLower(strings.TrimSuffix(toks[o].Text, "."))
	if toks[o].Is("r") {
		w = "retired" // "General (r)", in lower case only: "(R)" is a party's tag
	}
	switch w {
	case "ret", "retd", "retired":
		if _, ok := entities.Honorific(toks[o-2].Text); o-2 >= sentStart && (ok || entities.IsTitleWord(toks[o-2].Text)) {
			return o - 1
		}
	}
	return k
}

// hasAnd reports "and" among tokens [i, end): "farmer and mother of five"
// is two titles.
func hasAnd(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Is("and") {
			return true
		}
	}
	return false
}

// seatAffiliations records the parenthesis after a member's seat in the
// title [i, end) as the member's own, as if it followed the name, and
// returns where the title ends, before it: "Jane Roe, MLA for Kelvo North
// (NDP), said" holds the post "MLA for Kelvo North" and the party "NDP".
func (t *Tracker) seatAffiliations(p *Speaker, i, end int) int {
	toks := t.a.Tokens
	for w := i + 1; w < end; w++ {
		if !toks[w].Is("(") {
			continue
		}
		if e := t.a.EntityAt(w - 1); e != nil && e.Tokens.End == w && t.seatAt(e.Tokens.First) {
			if c := closeParen(toks, w, end); c > 0 {
				t.addAffiliations(p, w+1, c-1)
				return w
			}
		}
		break
	}
	return end
}

// governmentHeads open the formal name of a place's government before
// "of": "Province of Kelvo", "State of Kelvo", "Government of Kelvo".
var governmentHeads = toSet(`Province State Government Canton County Region Municipality City Commonwealth`)

// otherSubjectIn reports words in [i, end) of a relative clause that make
// what follows another's: a verb of saying or a possessive pronoun ("who
// says her son moved to Kelvo and is a nurse").
func (t *Tracker) otherSubjectIn(i, end int) bool {
	for k := i; k < end; k++ {
		switch t.a.Tokens[k].Text {
		case "says", "said", "told", "her", "his", "their":
			return true
		}
	}
	return false
}

// nameModifierStart returns where the words that describe a person right
// before the name start, after a comma, when a post set off before them
// may be the person's: a country's possessive ("The chair of the Kelvo
// Commission, Hungary’s Jane Roe, said") or a nationality and a
// lower-case calling ("Speaking for the commission, its chair, Kenyan
// marathon runner Jane Roe,"). The post must open the sentence after
// "The" or a possessive, or follow an opener's comma after "its" or
// "their" (not another's: "In a letter to the chair of X, Hungary’s Jane
// Roe said", "Unlike the federation’s chair, …"). k when there are none.
func (t *Tracker) nameModifierStart(k, sentStart int) int {
	toks := t.a.Tokens
	m := k
	if k-3 >= sentStart && toks[k-1].Kind == entities.Possessive {
		if e := t.a.EntityAt(k - 2); e != nil && e.Kind == entities.Place && e.Tokens.End == k-1 && e.Tokens.First-1 > sentStart && toks[e.Tokens.First-1].Is(",") {
			m = e.Tokens.First
		}
	} else {
		for j := k - 1; j > sentStart && j >= k-4; j-- {
			if entities.IsDemonym(toks[j].Text) && toks[j].IsCap() && toks[j-1].Is(",") {
				m = j
				break
			}
			if !toks[j].IsLower() || toks[j].Kind != entities.Word {
				break
			}
		}
	}
	if m == k || !t.postSetOffBefore(m-1, sentStart) {
		return k
	}
	return m
}

// postSetOffBefore reports a post set off by the comma at c that opens
// its sentence after "The" or a possessive ("The chair of the Kelvo
// Commission,"), or that "its" or "their" opens after an opener's comma
// ("Speaking for the commission, its chair,").
func (t *Tracker) postSetOffBefore(c, sentStart int) bool {
	toks := t.a.Tokens
	g := c - 1
	for g > sentStart && !toks[g-1].Is(",") {
		g--
	}
	if g+1 >= c {
		return false
	}
	w := toks[g].Text
	if n, _ := entities.TitleAt(toks, g+1); n == 0 {
		return false
	}
	if g == sentStart {
		return w == "The" || w == "Its" || w == "Their" || w == "His" || w == "Her"
	}
	return (w == "its" || w == "their") && (toks[sentStart].Is("Speaking") || toks[sentStart].Is("Representing") || toks[sentStart].Is("On"))
}

// bodyBeforeWhere returns the body named right before ", where" that
// opens a clause at token c (a post and a name after it): "with
// Tambunan Valley Hospital, where emergency physician Dr. Jane Roe
// said"; nil otherwise.
func (t *Tracker) bodyBeforeWhere(c int) *orgCand {
	toks := t.a.Tokens
	if c < 3 || !toks[c-1].Is("where") || !toks[c-2].Is(",") {
		return nil
	}
	e := t.a.EntityAt(c - 3)
	if e == nil || e.Kind != entities.Organization || e.Tokens.End != c-2 {
		return nil
	}
	return &orgCand{first: e.Tokens.First, end: e.Tokens.End, e: e}
}

// postDeterminer reports a word in lower case before a post that says whose
// it is or which holder of it one is, no part of the title: "its",
// "their", "ninth", "12th", "next", "new", "first-ever", "female" of "as
// its first female Chief Executive Officer".
func postDeterminer(t *entities.Token) bool {
	if !t.IsLower() {
		return false // ("First Deputy Minister")
	}
	switch t.Text {
	case "its", "their", "his", "her", "next", "new", "female", "male", "woman", "first-ever", "inaugural", "youngest", "oldest":
		return true
	}
	if w := t.Text; len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) {
		return true // "its 12th Head Coach"
	}
	return entities.Ordinal(strings.ToUpper(t.Text[:1]) + t.Text[1:])
}

// addMarkedTitle adds the title [i, j) to p and marks it; a title p
// already holds adds nothing, and no other title is marked ("Jane Roe KC
// and John Doe KC are available" after "Jane Roe KC, Chair of the KAB":
// her chair is no credential).
func (t *Tracker) addMarkedTitle(p *Speaker, i, j int, mark func(*title)) {
	n := len(t.titleOf[p])
	t.addTitle(p, i, j)
	if len(t.titleOf[p]) > n {
		mark(&t.titleOf[p][len(t.titleOf[p])-1])
	}
}

// credentialMark marks a title as a degree or post-nominal: "MD", "KC".
func credentialMark(tl *title) { tl.credential = true }
