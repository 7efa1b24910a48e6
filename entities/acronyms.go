package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Acronyms and their expansions: stated in the text ("World Customs
// Organization (WCO)", also where the recognizer took part of the name for
// a person: "Public Health England (PHE)"), known to the gazetteer, or
// derived from a name's initials.

func isAcronymText(s string) bool {
	t := Token{Text: s}
	return !strings.ContainsRune(s, ' ') && t.IsUpper()
}

// linkAcronyms ties acronyms to expansions: stated ones ("Stockholm
// International Peace Research Institute (SIPRI)"), then known or derived
// ones ("World Customs Organization" is the WCO).
func (a *Analysis) linkAcronyms() {
	toks := a.Tokens
	a.statedRuns()
	inParens := a.parenNameAndLetters()
	a.romanceStated()
	a.shortForms()
	a.definedShortNames()
	stated := map[string]string{} // acronym -> expansion
	for acr, name := range inParens {
		stated[acr] = name
	}
	for k := range a.Entities {
		e := &a.Entities[k]
		if e.Kind != Organization && e.Kind != Place {
			continue
		}
		p := e.Tokens.End
		if e.Kind == Organization && p+3 < len(toks) && toks[p].Is("(") && toks[p+1].Kind == QuoteMark && toks[p+3].Kind == QuoteMark && isAcronymText(toks[p+2].Text) && len(toks[p+2].Text) >= 2 && (toks[p+4].Is(")") || toks[p+4].Is("or")) && initialsMatch(e.Text, toks[p+2].Text) {
			stated[toks[p+2].Text] = e.Text // its letters quoted as its short name: "Tarrow Climate Exchange Pte. Ltd. (“TCX” or “the Exchange”)"
			e.Acronym = toks[p+2].Text
			continue
		}
		declared := p+3 < len(toks) && toks[p].Is("(") && toks[p+1].Kind == Word && toks[p+2].Is(",") && initialsNote(toks, p+3)
		if p+2 < len(toks) && toks[p].Is("(") && (toks[p+2].Is(")") || declared) && toks[p+1].Kind == Word {
			acr := toks[p+1].Text
			if b := a.lettersBefore(e); b != nil && e.Kind == Organization && isAcronymText(acr) && len(acr) > len(b.Text)+1 && strings.HasPrefix(acr, b.Text) && initialsMatch(e.Text, acr[len(b.Text):]) {
				// a body's letters opening the name, a body of their own for
				// the recognizer: "UN Peatlands and Landscapes Office (UNPLO)"
				x := a.Text[b.Start:e.End]
				e.Acronym, e.Canonical, stated[acr] = acr, "", x
				if in := a.EntityAt(p + 1); in != nil {
					in.Expansion, in.Canonical, in.Kind = x, "", Organization
				}
				continue
			}
			if !declared && (initialsMatch(e.Text, acr) || e.Kind == Organization && hyphenedAcronym(e.Text, acr) || e.Kind == Organization && isAcronymText(acr) && initialsAnyOrder(e.Text, acr) || e.Kind == Organization && syllabicMatch(e.Text, acr) ||
				e.Kind == Organization && a.otherLanguageAcronym(e, acr)) || e.Kind == Organization && declared && isAcronymText(acr) && initialsShare(e.Text, acr) {
				e.Acronym = acr
				e.Canonical = ""
				stated[acr] = e.Text
				if in := a.EntityAt(p + 1); in != nil {
					in.Expansion, in.Canonical = e.Text, ""
					in.Kind = e.Kind
					if !isAcronymText(acr) {
						in.Confidence = max(in.Confidence, 0.8) // a stated acronym in mixed case is no name for the model to settle: "(NiMet)"
					}
				}
			}
		}
	}
	a.trailingAcronyms()
	a.lettersAndPlace()
	// Acronyms seen in the document, for derived expansions.
	acronyms := map[string]bool{}
	derived := map[string]string{} // acronym -> the one name whose initials it is
	for k := range a.Entities {
		if e := &a.Entities[k]; e.Kind == Organization && isAcronymText(e.Text) {
			acronyms[e.Text] = true
		}
	}
	for k := range a.Entities {
		e := &a.Entities[k]
		if x, ok := stated[e.Text]; ok && e.Kind == Person && e.Tokens.Len() == 1 && !isAcronymText(e.Text) {
			e.Kind, e.Expansion, e.Canonical = Organization, x, "" // a stated acronym in mixed case, named again: "NiMet said"
			e.Confidence = max(e.Confidence, 0.8)
			continue
		}
		if e.Kind != Organization {
			continue
		}
		if e.Expansion == "" && strings.Count(e.Text, "/") == 1 {
			// Two bodies' letters joined by a slash before a post
			// ("PAHO/WHO Representative", slashedBodies) name the first,
			// whose name the text states: "the Pan American Health
			// Organization (PAHO)".
			if first, _, _ := strings.Cut(e.Text, "/"); isAcronymText(first) {
				if x, ok := stated[first]; ok {
					e.Expansion = x
				}
			}
		}
		if isAcronymText(e.Text) {
			if x, ok := stated[e.Text]; ok {
				e.Expansion = x
			}
			continue
		}
		if e.Acronym == "" {
			if o, ok := LookupOrg(e.Text); ok && o.Acronym != "" {
				e.Acronym = o.Acronym
			} else if d := Initials(e.Text); len(d) >= 2 && acronyms[d] {
				e.Acronym = d
			} else if d := allInitials(e.Text); len(d) >= 3 && acronyms[d] {
				e.Acronym = d // "NDOT": "Nevada Department of Transportation"
			} else if d := Initials(spelledCaps(e.Text)); len(d) >= 3 && acronyms[d] {
				e.Acronym = d // "UNRRO": "UN Refugee Relief Organization"
			}
			if e.Acronym != "" && acronyms[e.Acronym] {
				if x, ok := derived[e.Acronym]; !ok {
					derived[e.Acronym] = e.Text
				} else if x != e.Text {
					derived[e.Acronym] = "" // two names with the same initials: neither
				}
			}
		}
	}
	// An acronym whose name the text states only in full somewhere ("the
	// Nevada Department of Transportation … NDOT Director") is named by it.
	a.expandAcronyms(derived)
	a.prefixAcronyms(acronyms)
}

// hyphenedAcronym reports letters joined by hyphens whose every part is
// the initials of the name's words or one of its words in capitals:
// "UN-KELVO" of the "United Nations Kelvo and Settlements Agency".
func hyphenedAcronym(name, acr string) bool {
	parts := strings.Split(acr, "-")
	if len(parts) < 2 || !isAcronymText(strings.ReplaceAll(acr, "-", "")) {
		return false
	}
	words := nameParts(name)
	if strings.EqualFold(parts[0], Initials(name)) {
		return false // the body's own letters and a branch's place: "Kelvo Medical Association (KMA-KELVO)" keeps "KMA"
	}
	for _, p := range parts {
		ok := len(p) >= 2 && initialsMatch(name, p)
		for _, w := range words {
			ok = ok || len(p) >= 3 && strings.EqualFold(w, p)
		}
		if !ok {
			return false
		}
	}
	return true
}

// definedShortNames names a body by the short name the text defines for
// it in quotation marks and parentheses after its full name, a name that
// opens with the full name's first word: "Kelvo New Energy Automobile
// Co., Ltd. ("Kelvo NEV")" makes every later "Kelvo NEV" that body (no
// place); unquoted too where the short name has letters in capitals
// (bareShortName). A short name of one word, as often a city's or a founder's,
// only where the text gives it no place or person (oneWordElsewhere).
func (a *Analysis) definedShortNames() {
	toks := a.Tokens
	defined := map[string]string{}
	for k := range a.Entities {
		e := &a.Entities[k]
		if e.Kind != Organization || e.Tokens.Len() < 3 {
			continue
		}
		p := e.Tokens.End
		for p+1 < len(toks) && toks[p].Is(",") && LegalForm(toks[p+1].Text) {
			p += 2 // past a legal form set off: "…, Ltd."
		}
		if p+4 >= len(toks) || !toks[p].Is("(") {
			continue
		}
		if toks[p+1].Kind != QuoteMark {
			if q := a.bareShortName(e, p+1); q > 0 {
				defined[a.Text[toks[p+1].Start:toks[q-1].End]] = e.Text
			}
			continue
		}
		q := p + 2
		for q < len(toks) && q < p+7 && toks[q].Kind != QuoteMark {
			q++
		}
		if q+1 >= len(toks) || toks[q].Kind != QuoteMark || !toks[q+1].Is(")") || q == p+2 || !toks[p+2].Is(toks[e.Tokens.First].Text) {
			continue
		}
		if q == p+3 && a.oneWordElsewhere(toks[p+2].Text) {
			continue // a one-word short name the text also gives a city or a person: "Mayor of Kelvo", "Tom Kelvo"
		}
		defined[a.Text[toks[p+2].Start:toks[q-1].End]] = e.Text
	}
	if len(defined) == 0 {
		return
	}
	for k := range a.Entities {
		e := &a.Entities[k]
		if x, ok := defined[e.Text]; ok && e.Expansion == "" && e.Kind != Place {
			e.Kind, e.Expansion, e.Canonical = Organization, x, ""
			e.Confidence = max(e.Confidence, 0.8)
		}
	}
}

// bareShortName returns the end of a short name of two to four
// capitalized words at token i, unquoted, before the parenthesis that
// closes it, that opens with the full name e's first word and goes on
// with other words than e's next ones, one of them in capitals: "Kelvo
// Rural Electric Membership Corporation (Kelvo EMC)". Not a place, nor
// the full name's own opening ("Kelvo Rural (Kelvo Rural)"); 0 when there
// is none.
func (a *Analysis) bareShortName(e *Entity, i int) int {
	toks := a.Tokens
	if !toks[i].Is(toks[e.Tokens.First].Text) || i+1 >= len(toks) || toks[i+1].Is(toks[e.Tokens.First+1].Text) {
		return 0
	}
	q, letters := i, false
	for q < len(toks) && q < i+4 && capWord(&toks[q]) {
		letters = letters || q > i && toks[q].IsUpper() && len(toks[q].Text) >= 2
		q++
	}
	if q == i+1 || q >= len(toks) || !toks[q].Is(")") || !letters || IsPlace(a.Text[toks[i].Start:toks[q-1].End]) {
		return 0
	}
	return q
}

// oneWordElsewhere reports a word the text gives a place or a person too:
// a place the lists know ("Kelvania's Minister of Mines"), a word after
// "in" or a place's "of" ("Mayor of Kelvo", "the city of Kelvo"; not
// "Chief Executive Officer of Kelvo"), or the last word of a person's name
// ("Tom Kelvo").
func (a *Analysis) oneWordElsewhere(w string) bool {
	if IsPlace(w) {
		return true
	}
	toks := a.Tokens
	for k := range toks {
		if !toks[k].Is(w) {
			continue
		}
		if k > 0 && toks[k-1].Is("in") || k > 1 && toks[k-1].Is("of") && placeOfWord(toks[k-2].Text) {
			return true
		}
		if e := a.EntityAt(k); e != nil && e.Kind == Person && e.Tokens.Len() > 1 && e.Tokens.End == k+1 {
			return true
		}
	}
	return false
}

// initialsShare reports letters of which three in five or more open a
// word of name, in any order: the body's in another language ("OPAD" of
// the "Office of Disaster Preparedness", Oficina … Preparación ante
// Desastres), not another body's that stands after it ("FA" after the
// "Kelvo Socialist Party", for the coalition the party leads).
func initialsShare(name, acr string) bool {
	opens := map[rune]bool{}
	for _, w := range nameParts(name) {
		r, _ := utf8.DecodeRuneInString(w)
		opens[unicode.ToUpper(r)] = true
	}
	n, hit := 0, 0
	for _, r := range acr {
		if unicode.IsLetter(r) {
			n++
			if opens[unicode.ToUpper(r)] {
				hit++
			}
		}
	}
	return n > 0 && hit*5 >= n*3
}

// initialsNote reports the note after an acronym's comma, from token k,
// that says whose initials they are: "(KOPD, for its Spanish initials)",
// "(KOPD, by its French acronym)", "(KOPD, its initials in Portuguese)".
func initialsNote(toks []Token, k int) bool {
	for j := k; j < len(toks) && j < k+7; j++ {
		switch {
		case toks[j].Is(")"):
			return false
		case toks[j].Is("initials") || toks[j].Is("acronym") || toks[j].Is("abbreviation"):
			return j+1 < len(toks) && (toks[j+1].Is(")") || j+3 < len(toks) && toks[j+1].Is("in") && toks[j+3].Is(")"))
		}
	}
	return false
}

// lettersAndPlace names a body by the short name the text states for it
// in parentheses, the initials of its first words and its last word, and
// wherever the text uses it: "Technische Universität Weserberg (TU
// Weserberg)" makes "TU Weserberg" a name of the university, not a
// person.
func (a *Analysis) lettersAndPlace() {
	toks := a.Tokens
	stated := map[string]string{} // short name -> the full name
	for k := range a.Entities {
		e := &a.Entities[k]
		p := e.Tokens.End
		if e.Kind != Organization || e.Tokens.Len() < 3 || p+3 >= len(toks) || !toks[p].Is("(") || !toks[p+3].Is(")") {
			continue
		}
		letters, last := toks[p+1].Text, toks[e.Tokens.End-1].Text
		if !isAcronymText(letters) || toks[p+2].Text != last || !initialsMatch(a.Text[e.Span.Start:toks[e.Tokens.End-2].End], letters) {
			continue
		}
		stated[letters+" "+last] = e.Text
		if e.Acronym == "" {
			e.Acronym = letters + " " + last
		}
	}
	if len(stated) == 0 {
		return
	}
	for k := range a.Entities {
		e := &a.Entities[k]
		if x, ok := stated[e.Text]; ok && e.Tokens.Len() == 2 {
			e.Kind, e.Rule, e.Expansion, e.Canonical = Organization, "short-form", x, ""
			e.Confidence = max(e.Confidence, 0.8)
		}
	}
}

// trailingAcronyms takes an acronym off the end of a name that carries it
// without parentheses, as a letterhead or a contact line writes it, where
// the text gives it in parentheses after that name: "Kelvale Workers'
// Union KWU" and "Kelvale Workers' Union (KWU)" (initials or not: a name
// in English may keep its acronym in another language's, "Industrie &
// Dienste Schweiz (GIDS)").
func (a *Analysis) trailingAcronyms() {
	toks := a.Tokens
	stated := map[string]string{} // acronym -> the name before it in parentheses
	for k := range a.Entities {
		e := &a.Entities[k]
		if p := e.Tokens.End; e.Kind == Organization && p+2 < len(toks) && toks[p].Is("(") && toks[p+2].Is(")") && isAcronymText(toks[p+1].Text) {
			stated[toks[p+1].Text] = e.Text
		}
	}
	if len(stated) == 0 {
		return
	}
	for k := range a.Entities {
		e := &a.Entities[k]
		n := e.Tokens.End - 1
		if e.Kind != Organization || n <= e.Tokens.First || !isAcronymText(toks[n].Text) {
			continue
		}
		if x, ok := stated[toks[n].Text]; !ok || x != a.Text[e.Span.Start:toks[n-1].End] {
			continue
		}
		e.Tokens.End = n
		e.Span.End = toks[n-1].End
		e.Text = e.Span.In(a.Text)
		e.Acronym, e.Canonical = toks[n].Text, ""
		a.tokEnt[n] = 0
	}
}

// expandAcronyms names each acronym the text leaves unexpanded and the
// lists do not know by its name in names (acronym -> name; "" for none).
func (a *Analysis) expandAcronyms(names map[string]string) {
	for k := range a.Entities {
		e := &a.Entities[k]
		if e.Kind != Organization || !isAcronymText(e.Text) || e.Expansion != "" {
			continue
		}
		if _, known := LookupOrg(e.Text); known {
			continue
		}
		if x := names[e.Text]; x != "" {
			e.Expansion, e.Canonical = x, ""
		}
	}
}

// allInitials returns the first letters of all the words of name, the
// connectors' in capitals too: "Nevada Department of Transportation" ->
// "NDOT".
func allInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// prefixAcronyms expands an acronym that is the initials of the first
// words of an organization the text names, before a unit of it: "UM" is
// the "University of Mapleton" of "the University of Mapleton School of
// Medicine". Acronyms already expanded or known are left alone.
func (a *Analysis) prefixAcronyms(acronyms map[string]bool) {
	if len(acronyms) == 0 {
		return
	}
	toks := a.Tokens
	prefix := map[string]string{} // initials -> the words they stand for
	for k := range a.Entities {
		e := &a.Entities[k]
		if e.Kind != Organization || e.Tokens.Len() < 3 {
			continue
		}
		for x := e.Tokens.First + 2; x < e.Tokens.End; x++ {
			if !toks[x].IsCap() || toks[x-1].Kind != Word || !toks[x-1].IsCap() {
				continue // a prefix ends before a capitalized word, after one
			}
			text := a.Text[e.Start:toks[x-1].End]
			if d := Initials(text); len(d) >= 2 && acronyms[d] {
				if _, ok := prefix[d]; !ok {
					prefix[d] = text
				}
			}
		}
	}
	a.expandAcronyms(prefix)
}

// statedRuns makes an organization of the capitalized words before a
// stated acronym whose initials they are, whatever the recognizer made of
// them: "Public Health England (PHE)", where "Public" opened the sentence
// and "Health England" looked like a person. The entity that ends right
// before the parenthesis is extended over the run; a run that another
// entity cuts is left alone.
func (a *Analysis) statedRuns() {
	toks := a.Tokens
	for p := 1; p+2 < len(toks); p++ {
		if !toks[p].Is("(") || !toks[p+2].Is(")") || !isAcronymText(toks[p+1].Text) {
			continue
		}
		acr := toks[p+1].Text
		if a.postLetters[acr] {
			continue // a post's letters, no body's: "Senior Superintendent of Police (SSP)"
		}
		if memberOfRun(toks, max(p-1-2*len(acr), 0), p) {
			continue // a member's post: "Member of County Assembly (MCA)", "Member of the Legislative Assembly (MLA)"
		}
		if e := a.EntityAt(p - 1); e != nil && e.Tokens.End == p && e.Kind == Organization && initialsMatch(e.Text, acr) {
			continue
		}
		if e := a.EntityAt(p - 1); e != nil && e.Tokens.End == p && e.Kind == Person && e.Tokens.Len() >= 3 && len(acr) >= 3 && initialsMatch(e.Text, acr) {
			// "KELBY INSTITUTE FOR CROSS-BORDER TRADE (KICT)": a name in
			// capitals the recognizer took for a person's, whose initials the
			// acronym after it gives.
			e.Kind, e.Rule, e.Confidence = Organization, "acronym-stated", 0.9
			continue
		}
		// Walk left over capitalized words and connectors to a run whose
		// initials are the acronym; the one entity inside it, if any, is
		// stretched over it.
		for st := p - 1; st >= 0 && st >= p-1-2*len(acr); st-- {
			t := &toks[st]
			if t.Kind == Possessive && (t.Text == "'" || t.Text == "’" || st > 0 && namePossessors[toks[st-1].Text]) {
				continue // a plural's possessive inside the name: "Kelvo Migrant Workers' Solidarity Network (KMWSN)", "United Nations Children's Relief Office (UNCRO)"
			}
			if t.Kind != Word || !(t.IsCap() || t.IsUpper() || connectors[strings.ToLower(t.Text)]) {
				break
			}
			if !t.IsCap() && !t.IsUpper() {
				continue
			}
			text := a.Text[toks[st].Start:toks[p-1].End]
			if Initials(text) != acr && (allInitials(text) != acr || !toks[st].IsCap()) {
				continue // (the connectors' letters too: "Economic Community of West African States (ECOWAS)")
			}
			var e *Entity
			ei := int32(0)
			one := true
			for k := st; k < p; k++ {
				if x := a.tokEnt[k]; x != 0 {
					if ei != 0 && x != ei {
						one = false
					}
					ei = x
				}
			}
			if ei != 0 && !one && a.knownInside(st, p) {
				ei = a.mergeInside(st, p) // "United Nations Office for West Africa and the Sahel (UNOWAS)": a known body and places inside
				one = true
			}
			if ei != 0 && one {
				e = &a.Entities[ei-1]
			}
			if ei == 0 && st+1 < p && headIn(toks[st:p]) && !IsTitleWord(toks[p-1].Text) {
				// "the Commission of the Varan Lakes Community (VLC)": a
				// run of two words or more the recognizer left alone, with
				// a body's head word ("Gender-Based Violence (GBV)" is
				// none) and not a post's name ("Police and Crime
				// Commissioner (PCC)").
				a.add(Entity{Kind: Organization, Rule: "acronym-stated", Confidence: 0.9, Tokens: Range{st, p}})
				break
			}
			if e != nil && e.Tokens.First >= st && e.Tokens.End <= p {
				e.Tokens = Range{st, p}
				e.Span = Span{toks[st].Start, toks[p-1].End}
				e.Text = text
				e.Kind, e.Rule, e.Confidence = Organization, "acronym-stated", 0.9
				for k := st; k < p; k++ {
					a.tokEnt[k] = ei
				}
			}
			break
		}
	}
}

// parenNameAndLetters makes an organization of a name and its letters
// stated together in parentheses after another name of the body, often
// its own language's: "the Network for Digital Privacy (Red por la
// Privacidad Digital, RPD)". The name is stretched over the entity inside
// it (or made one), and the letters are its acronym; it returns the
// acronyms so stated and their names.
func (a *Analysis) parenNameAndLetters() map[string]string {
	toks := a.Tokens
	var out map[string]string
	for o := 1; o+4 < len(toks); o++ {
		if !toks[o].Is("(") {
			continue
		}
		c := o + 1
		for c < len(toks) && c < o+10 && toks[c].Kind == Word && (toks[c].IsCap() || toks[c].IsLower() && len(toks[c].Text) <= 4) {
			c++
		}
		if c-o < 3 || c+2 >= len(toks) || !toks[c].Is(",") || !toks[c+2].Is(")") || !isAcronymText(toks[c+1].Text) || !toks[o+1].IsCap() || !toks[c-1].IsCap() {
			continue
		}
		acr := toks[c+1].Text
		name := a.Text[toks[o+1].Start:toks[c-1].End]
		if len(acr) < 2 || Initials(name) != acr {
			continue
		}
		bodyLike := false // a particle or a body's head: no person's name and initials, "(John Doe, JD)"
		for k := o + 1; k < c; k++ {
			h, _ := OrgHead(toks[k].Text)
			bodyLike = bodyLike || toks[k].IsLower() || h
		}
		if !bodyLike {
			continue
		}
		ei := int32(0)
		one := true
		for k := o + 1; k < c; k++ {
			if x := a.tokEnt[k]; x != 0 {
				if ei != 0 && x != ei || a.Entities[x-1].Tokens.First < o+1 || a.Entities[x-1].Tokens.End > c {
					one = false
				}
				ei = x
			}
		}
		if !one {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[acr] = name
		if ei == 0 {
			a.add(Entity{Kind: Organization, Rule: "acronym-stated", Confidence: 0.9, Tokens: Range{o + 1, c}, Acronym: acr})
			continue
		}
		e := &a.Entities[ei-1]
		e.Tokens = Range{o + 1, c}
		e.Span = Span{toks[o+1].Start, toks[c-1].End}
		e.Text = name
		e.Kind, e.Rule, e.Confidence, e.Acronym, e.Canonical = Organization, "acronym-stated", 0.9, acr, ""
		for k := o + 1; k < c; k++ {
			a.tokEnt[k] = ei
		}
	}
	return out
}

// romanceStated makes an organization of a name in a Romance language that
// a head opens and whose words, in lower case too, give the acronym stated
// after it, its joining words left out: "Association des pêcheurs côtiers
// de la Péninsule kelvienne (APCPK)", "Coopérative financière
// Baie-des-Kelvo (CFBK)", "Ministère de la Vitalité rurale et des
// Territoires (MVRT)". The recognizer, which reads capitalized runs, had
// cut such a name at its first word in lower case.
func (a *Analysis) romanceStated() {
	toks := a.Tokens
	for p := 2; p+2 < len(toks); p++ {
		if !toks[p].Is("(") || !toks[p+2].Is(")") {
			continue
		}
		acr := strings.ReplaceAll(toks[p+1].Text, "-", "")
		if !isAcronymText(acr) {
			continue
		}
		if e := a.EntityAt(p - 1); e != nil && e.Kind == Organization && e.Tokens.End == p && initialsMatch(e.Text, acr) {
			continue
		}
		for st := p - 2; st >= 0 && st >= p-16; st-- {
			if toks[st].Kind != Word || toks[st].Newlines > 0 && toks[st+1].Newlines > 1 {
				break
			}
			if !LeadingHead(toks[st].Text) || romanceInitials(a.Text[toks[st].Start:toks[p-1].End]) != acr {
				continue
			}
			if e := a.EntityAt(st); e != nil && e.Tokens.First < st {
				break // inside a name that opens before the head
			}
			drop := map[int32]bool{}
			for k := st; k < p; k++ {
				if x := a.tokEnt[k]; x != 0 {
					drop[x] = true
				}
			}
			if len(drop) > 0 {
				a.dropEntities(drop)
			}
			a.insert(Entity{Kind: Organization, Rule: "acronym-stated", Confidence: 0.9, Tokens: Range{st, p}})
			break
		}
	}
}

// romanceJoiners are the joining words of a name in French, Spanish,
// Portuguese, Catalan or Italian, which give no letter to its acronym.
var romanceJoiners = toSet(`de des du la le les l d et en pour sur au aux à y del do da dos das e di della dei degli per`)

// romanceInitials returns the initials of a name's words and word parts
// (at hyphens), capitalized, its joining words and elided articles left
// out: "MVRT" of "Ministère de la Vitalité rurale et des Territoires".
func romanceInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '–' }) {
		if i := strings.IndexAny(w, "'’"); i > 0 && i <= 2 {
			_, n := utf8.DecodeRuneInString(w[i:])
			w = w[i+n:] // "l'Acadie", "d’Ontario"
		}
		if w == "" || romanceJoiners[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// memberOfRun reports "Member of" inside the run of capitalized words and
// connectors that ends before token p, looking back to st: a member's
// post, whose letters are no body's acronym.
func memberOfRun(toks []Token, st, p int) bool {
	for k := p - 2; k >= st; k-- {
		if toks[k].Is("Member") && toks[k+1].Is("of") {
			return true
		}
		if toks[k].Kind != Word || !(toks[k].IsCap() || connectors[strings.ToLower(toks[k].Text)]) {
			return false
		}
	}
	return false
}

// headIn reports a body's head word ("Institute") among toks, or a last
// word "Community" ("East Varan Community"), which heads a body only
// where an acronym is stated for it ("the Roma Community" is none).
func headIn(toks []Token) bool {
	for k := range toks {
		if h, _ := OrgHead(toks[k].Text); h {
			return true
		}
	}
	return len(toks) > 0 && toks[len(toks)-1].Is("Community")
}

// Initials returns the capitals that start the words of name, skipping
// connectors: "World Customs Organization" -> "WCO".
func Initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameParts splits a name into the words and word parts its acronym's
// letters come from: at white space (also a line the name wraps:
// "Amalgamated\nBus …"), hyphens and slashes.
func nameParts(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '/' })
}

// initialsMatch reports whether acr's letters appear, in order, as
// initials of name's words or word parts: "SIPRI", "FSC" (Forum for
// Security Co-operation), "S&D".
func initialsMatch(name, acr string) bool {
	if initialsMatchWords(name, acr) {
		return true
	}
	sp := spelledCaps(name)
	return sp != name && initialsMatchWords(sp, acr)
}

// spelledCaps returns a name in mixed case with each word in capitals of
// two to four letters spelled out, one letter a word, for the letters an acronym
// takes from it: "UN Refugee Relief Organization" reads "U N Refugee
// Relief Organization", whose initials are "UNRRO".
func spelledCaps(name string) string {
	if !strings.ContainsFunc(name, unicode.IsLower) {
		return name // a name in capitals: "KELVO AND DISTRICT UNION" spells out no word
	}
	f := strings.Fields(name)
	changed := false
	for i, w := range f {
		if n := utf8.RuneCountInString(w); n >= 2 && n <= 4 && isAcronymText(w) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			f[i] = strings.Join(strings.Split(w, ""), " ")
			changed = true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(f, " ")
}

// initialsMatchWords is initialsMatch for name's words as written.
func initialsMatchWords(name, acr string) bool {
	var letters []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToUpper(r))
		}
	}
	if len(letters) < 2 {
		return false
	}
	words := nameParts(name)
	k := 0
	for _, w := range words {
		if k == len(letters) {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.ToUpper(r) == letters[k] || letters[k] == 'X' && len(w) > 2 && (strings.HasPrefix(w, "Ex") || strings.HasPrefix(w, "EX")) {
			k++ // (an "Ex…" word's "X": "BCX" of "Borneo Capital Exchange")
			if second, ok := compassCompounds[w]; ok && k < len(letters) && letters[k] == second {
				k++ // a compound compass word gives two: "SEA" of "Southeast Asian …"
			}
		}
	}
	return k == len(letters)
}

// compassCompounds are the compass words of two points, each with its
// second point's letter.
var compassCompounds = map[string]rune{"Southeast": 'E', "Southwest": 'W', "Northeast": 'E', "Northwest": 'W', "Southeastern": 'E', "Southwestern": 'W', "Northeastern": 'E', "Northwestern": 'W'}

// otherLanguageAcronym reports an acronym in capitals, stated in
// parentheses right after a body's name, whose letters are those of the
// name in another language ("Union of Health Workers of Kelvo (UTSK)", for
// Unión de Trabajadores de la Salud de Kelvo): of three to eight letters,
// no place, no body the lists know by another name, and used again in the
// text, where it stands for that body.
func (a *Analysis) otherLanguageAcronym(e *Entity, acr string) bool {
	if len(acr) < 3 || len(acr) > 8 || !isAcronymText(acr) || IsPlace(acr) || e.Tokens.Len() < 3 {
		return false
	}
	for _, r := range acr {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	if o, ok := LookupOrg(acr); ok && !strings.EqualFold(o.Name, e.Text) {
		return false
	}
	if f := e.Tokens.First; f > 0 {
		// the whole name, not its end: "Kelvo Nurses' and Carers' Union
		// (KNCU)" where the recognizer took "Carers' Union" alone
		if p := &a.Tokens[f-1]; p.Kind == Word && !p.IsFold("the") && (!p.IsLower() || connectors[strings.ToLower(p.Text)]) || p.Kind == Possessive || p.Is("&") { // (an article, also opening the sentence, is no part of it)
			return false
		}
	}
	return strings.Count(a.Text, acr) >= 2
}

// lettersBefore returns the organization named by capital letters right
// before e, with no word between ("UN" of "UN Peatlands and Landscapes
// Office"), or nil.
func (a *Analysis) lettersBefore(e *Entity) *Entity {
	f := e.Tokens.First
	if f == 0 {
		return nil
	}
	b := a.EntityAt(f - 1)
	if b == nil || b.Kind != Organization || b.Tokens.End != f || b.Tokens.Len() != 1 || !isAcronymText(b.Text) {
		return nil
	}
	return b
}

// syllabicMatch reports an acronym in mixed case made of the first
// letters or syllables of some of name's words, in order, and of at least
// two of them, with a lower-case letter in it: "Ghana Grid Company
// (GRIDCo)", "Nigerian Meteorological Agency (NiMet)", "Kelvo Cocoa Board
// (KeCoBo)"; in capitals, of five letters or more with a syllable of
// two letters or more in it: "West Kelvo Electric Cooperative
// (WEKELCO)" (shorter all-capital acronyms are initials: initialsMatch).
func syllabicMatch(name, acr string) bool {
	if len(acr) < 3 || len(acr) > 12 || strings.ToLower(acr) == acr || strings.ToUpper(acr) == acr && len(acr) < 5 {
		return false
	}
	for _, r := range acr {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	words := nameParts(strings.ToLower(name))
	if len(words) < 2 || len(words) > 10 {
		return false
	}
	letters := strings.ToLower(acr)
	// from word w and letter k: the rest of the acronym is prefixes of
	// some of the words from w, in order; used counts the words taken.
	var match func(w, k, used int) bool
	match = func(w, k, used int) bool {
		if k == len(letters) {
			return used >= 2
		}
		if w == len(words) {
			return false
		}
		for n := 1; n <= len(words[w]) && k+n <= len(letters); n++ {
			if words[w][:n] != letters[k:k+n] {
				break
			}
			if match(w+1, k+n, used+1) {
				return true
			}
		}
		return match(w+1, k, used)
	}
	return match(0, 0, 0)
}

// initialsAnyOrder reports whether acr's letters are all initials of
// name's words or word parts, in any order, each used once: an acronym
// from the name in its own language, whose words come in another order
// ("Central Anti-Corruption Bureau (CBA)", for Centralne Biuro
// Antykorupcyjne).
func initialsAnyOrder(name, acr string) bool {
	var have [26]int
	for _, w := range nameParts(name) {
		if r, _ := utf8.DecodeRuneInString(w); 'A' <= r && r <= 'Z' {
			have[r-'A']++
		}
	}
	n := 0
	for _, r := range acr {
		if r < 'A' || r > 'Z' || have[r-'A'] == 0 {
			return false
		}
		have[r-'A']--
		n++
	}
	return n >= 2
}

// shortForms ties the short form of a campus or branch to the
// organization the text names in full: "UW-Madison" is the "University of
// Wisconsin-Madison" the text names elsewhere, because the capitals before
// the hyphen are the initials of the words before "Madison". The
// recognizer, knowing neither, took the short form for a person. A short
// form with no full name in the text is left as it is.
func (a *Analysis) shortForms() {
	var full map[string]int // last word part of a multiword organization -> its index
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != Organization || e.Tokens.Len() < 2 {
			continue
		}
		if k := strings.LastIndexAny(e.Text, " -–"); k > 0 {
			_, w := utf8.DecodeRuneInString(e.Text[k:])
			if full == nil {
				full = map[string]int{}
			}
			if _, ok := full[e.Text[k+w:]]; !ok {
				full[e.Text[k+w:]] = i
			}
		}
	}
	if full == nil {
		return
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Tokens.Len() != 1 || e.Kind == Organization && e.Expansion != "" {
			continue
		}
		k := strings.IndexAny(e.Text, "-–")
		if k < 2 || !isAcronymText(e.Text[:k]) {
			continue
		}
		_, w := utf8.DecodeRuneInString(e.Text[k:])
		suffix := e.Text[k+w:]
		if r, _ := utf8.DecodeRuneInString(suffix); !unicode.IsUpper(r) {
			continue
		}
		xi, ok := full[suffix]
		if !ok {
			continue
		}
		x := &a.Entities[xi]
		if !initialsMatch(x.Text[:len(x.Text)-len(suffix)], e.Text[:k]) {
			continue
		}
		e.Kind, e.Rule, e.Confidence, e.Expansion, e.Canonical = Organization, "short-form", 0.8, x.Text, ""
		if x.Acronym == "" {
			x.Acronym = e.Text
		}
	}
}

// knownInside reports entities inside tokens [st, p) that are all known to
// the lists (a body, places) or bodies, and lie wholly inside: a stated
// acronym's run may hold them ("United Nations Office for West Africa and
// the Sahel (UNOWAS)", "United Nations Observer Mission for the Eastern
// Corridor (UNOMEC)", where the recognizer read "Mission for the Eastern
// Corridor"), or names by shape alone ("Economic Community of West African
// States (ECOWAS)", read as two persons' names).
func (a *Analysis) knownInside(st, p int) bool {
	for k := st; k < p; k++ {
		if x := a.tokEnt[k]; x != 0 {
			e := &a.Entities[x-1]
			if e.Rule != "gazetteer" && e.Kind != Organization && !(e.Kind == Person && e.Rule == "name") || e.Tokens.First < st || e.Tokens.End > p {
				return false
			}
		}
	}
	return true
}

// mergeInside drops every entity inside tokens [st, p) but the first,
// which it returns (index + 1) for the caller to stretch over the run.
func (a *Analysis) mergeInside(st, p int) int32 {
	keep := a.tokEnt[st]
	for k := st; k < p && keep == 0; k++ {
		keep = a.tokEnt[k]
	}
	drop := map[int32]bool{}
	for k := st; k < p; k++ {
		if x := a.tokEnt[k]; x != 0 && x != keep {
			drop[x] = true
		}
	}
	var kept int32 // the kept entity's index + 1 once the others are gone
	for i := int32(1); i <= keep; i++ {
		if !drop[i] {
			kept++
		}
	}
	if keep == 0 {
		kept = 0
	}
	a.dropEntities(drop)
	for k := st; k < p; k++ {
		a.tokEnt[k] = kept
	}
	return kept
}

// placeOfWord reports a word whose "of" names a place: "the city of
// Kelvo", "Mayor of Kelvo", "Governor of Kelvo".
func placeOfWord(w string) bool {
	switch strings.ToLower(w) {
	case "city", "town", "village", "municipality", "county", "province", "state", "region", "mayor", "governor", "premier", "people", "outskirts":
		return true
	}
	return false
}
