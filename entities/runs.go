package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Runs of capitals: where a run of capitalized words ends (runEnd); what
// kind of entity it is is classify.go's.

// PluralTitle reports the plural of a title word: "Senators",
// "co-founders", "Representatives".
func PluralTitle(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return IsTitleWord(w[:len(w)-1])
}

// membersAfter reports "of" at token j after a body's head and before
// the plural of a title, which names the body by its members: "Board of
// Supervisors", "Council of Ministers", "Board of Trustees".
func membersAfter(toks []Token, j, end int) bool {
	if j < 1 || j+1 >= end || !toks[j].Is("of") || !capWord(&toks[j+1]) || !PluralTitle(toks[j+1].Text) || j+2 < end && toks[j+2].Is("of") {
		return false // (not "Conference of Heads of Government")
	}
	h, _ := OrgHead(toks[j-1].Text)
	return h
}

// headsPlural reports a plural of a body's head in the capitalized run
// from token k, which names bodies, not a person: "Red Crescent
// Societies".
func headsPlural(toks []Token, k, end int) bool {
	for ; k < end && capWord(&toks[k]); k++ {
		w := toks[k].Text
		if strings.HasSuffix(w, "ies") {
			w = w[:len(w)-3] + "y"
		} else {
			w = strings.TrimSuffix(w, "s")
		}
		if h, _ := OrgHead(w); h {
			return true
		}
	}
	return false
}

// localBoardOf reports a unit's head at token j, in a run from token i
// that a local government's level opens, before "of" and one
// capitalized word that ends the run, no acronym and no common word: the
// authority of a place, named by its level, its kind and its place ("County
// Administrative Board of Norrfjäll", "Regional Water Board of
// Kelvale"), not a body's part ("Regional Office of UNICEF", "County
// Board of Kelvo Bank").
func localBoardOf(toks []Token, i, j, end int) bool {
	if j == i || j+2 >= end || !toks[j+1].Is("of") || !capWord(&toks[j+2]) || toks[j+2].IsUpper() || CommonWord(toks[j+2].Text) || j+3 < end && capWord(&toks[j+3]) {
		return false
	}
	switch toks[i].Text {
	case "County", "Regional", "District", "Provincial", "Municipal", "Prefectural", "Cantonal":
		return true
	}
	return false
}

// isUnitHead reports the head of a unit's name: "Board", "Office".
func isUnitHead(w string) bool {
	h, u := OrgHead(w)
	return h && u
}

// innerHead reports an organization's head in the run [i, j) before
// "of", "for", "on" or "in": "Kelvale Institute for Immunology",
// "Rivertown Center for the Arts", "Department for Rural Affairs"; or a
// unit's head before "on": "Kelvale Subcommittee on Health"; or an
// envoy's body before "to": "OSCE Mission to Kelvania".
func innerHead(toks []Token, i, j int) bool {
	for k := i; k < j-1; k++ {
		if h, u := OrgHead(toks[k].Text); h && !u {
			switch toks[k+1].Text {
			case "of", "for", "on", "in":
				return true
			}
		} else if h && remitAfter(toks, i, k) {
			return true // "Subcommittee on Health", "State Secretariat for Climate and Forests"
		}
		if toks[k+1].Is("to") && EnvoyBody(toks[k].Text) {
			return true // "OSCE Mission to Kelvania"
		}
	}
	return false
}

// remitAfter reports "on" or "for" after a unit's head at token k of a
// run from token i: the unit's remit ("Subcommittee on Health"), a
// government's office ("State Secretariat for Climate and Forests"), or
// a body's office after the body's name ("United Nations Office for
// Disaster Risk Reduction"); or "of" and a discipline after a faculty or
// school ("UNIGE Faculty of Medicine"), or a field after a place's office
// ("Kelvo Office of Tourism").
func remitAfter(toks []Token, i, k int) bool {
	return k+3 < len(toks) && (postOfOffice(toks, k+2) || toks[k+2].Is("the") && postOfOffice(toks, k+3)) || // (an office named by its post: "Office of the Chief Scientist")
		toks[k+1].Is("on") || toks[k+1].Is("for") && (k == i+1 && (governmentLevel(toks[i].Text) || IsDemonym(toks[i].Text) || toks[i].IsUpper() && len(toks[i].Text) >= 2 || IsPlace(toks[i].Text)) || k > i+1 || k == i && toks[k].Is("Committee")) || // (a committee named by its remit: "the Committee for Youth, Education and Sport"; a country's office: "the Australian Office for Antarctic Science", "the UN Office for Migrant Protection", "the Kenya Office for …")
		(toks[k].Is("Faculty") || toks[k].Is("School")) && toks[k+1].Is("of") && k+2 < len(toks) && CommonWord(toks[k+2].Text) && !IsPlace(toks[k+2].Text) || // a school's discipline: "Kelvo University Faculty of Medicine"
		toks[k].Is("Office") && k > i && toks[k+1].Is("of") && k+2 < len(toks) && capWord(&toks[k+2]) && !ProperWord(toks[k+2].Text) && !IsPlace(toks[k+2].Text) &&
			(CommonWord(toks[k+2].Text) || k+3 < len(toks) && capWord(&toks[k+3]) && CommonWord(toks[k+3].Text) && !ProperWord(toks[k+3].Text)) && officeField(toks, k+2) // a government's office of a field after its place: "Kelvo County Office of Emergency Management", "Kelvo Office of Broadband Development"
}

// officeField reports the capitalized words from token k as a field, not
// a body whose office it is: no body's head or trade among them, no body
// the lists know ("Kelvo Office of Amnesty International", "… of Kelvo
// Mining", "… of Roe Associates" are a body's branches).
func officeField(toks []Token, k int) bool {
	e := k
	for e < len(toks) && capWord(&toks[e]) {
		if h, _ := OrgHead(toks[e].Text); h || SectorWord(toks[e].Text) {
			return false
		}
		e++
	}
	_, known := LookupOrg(joinWords(toks, k, e))
	return !known
}

// surnameVerbs are headline verbs that are also family names ("Jane
// Marks"): they never end a run of capitals.
var surnameVerbs = toSet(`Marks Names Hosts Wins Awards`)

// titleAfterAnd reports "and" and a title at token k: "President and CEO
// Jane Roe" continues a title, where "Amy Pope and …" ends a name.
func titleAfterAnd(toks []Token, k, end int) bool {
	if k+1 >= end || !toks[k].Is("and") {
		return false
	}
	n, _ := TitleAt(toks, k+1)
	return n > 0
}

// namesAfterHead reports a run of two or more capitalized words from
// token k, none of them an organization's head, that ends the capitalized
// run: after "Kelvale University" in "Kelvale University Junior Jane Roe
// won", a person, not more of the organization's name ("Kelvale University
// Medical Center").
func namesAfterHead(toks []Token, k, end int) bool {
	n, next := nameRun(toks, k, end, func(t *Token) bool { return false })
	return n >= 2 && !(next < end && toks[next].Kind == Word && connectors[strings.ToLower(toks[next].Text)])
}

// nameRun counts the capitalized words from token k that could be a
// person's name: none a body's head, in capitals, or one that also says
// no (a place's head, a common word, as the caller asks); it returns
// their number, 0 when one says no, and the token after them.
func nameRun(toks []Token, k, end int, no func(*Token) bool) (n, next int) {
	for ; k < end && capWord(&toks[k]); k++ {
		familyFirst := n == 0 && toks[k].IsUpper() && len(toks[k].Text) > 2 && !strings.Contains(toks[k].Text, ".") && k+1 < end && capWord(&toks[k+1]) && !toks[k+1].IsUpper() // "YOSHIDA Tomoko": the family name first, in capitals
		if h, _ := OrgHead(toks[k].Text); h || toks[k].IsUpper() && !familyFirst || no(&toks[k]) {
			return 0, k
		}
		n++
	}
	return n, k
}

// nameAfterPlace reports a person's name of two or more capitalized words
// from token k that ends the capitalized run after a place's head: "Levon
// Avagyan" in "Governor of Syunik Region Levon Avagyan and residents of
// …" (but not "Kelvo County Water Authority", nor a name that a connector
// and a capitalized word go on: "Kelvo Region Parks and Wildlife").
func nameAfterPlace(toks []Token, k, end int) bool {
	n, next := nameRun(toks, k, end, func(t *Token) bool { return placeHeadWord(t.Text) || CommonWord(t.Text) })
	return n >= 2 && n <= 3 && !(next+1 < end && toks[next].Kind == Word && connectors[strings.ToLower(toks[next].Text)] && capWord(&toks[next+1]))
}

// runEnd returns the end of the capitalized run starting at token i of
// text.
func runEnd(text string, toks []Token, i, end int, headline bool) int {
	if localGovOf(toks, i, end) {
		k := i + 2
		if localGovStatus(toks, i, end) {
			k++ // past its status: "Statutory City of Kelvo"
		}
		for k < end && capWord(&toks[k]) {
			if n, _ := TitleAt(toks, k); k > i+2 && (n > 0 || isHonorificCap(&toks[k])) {
				break // a post after the place: "City of Walker | Mayor Gina Szymanski"
			}
			k++ // "City of Ashcombe", up to its place's last word (not "… on Monday")
		}
		return k
	}
	head, unit := OrgHead(toks[i].Text)
	leading := leadingHeadAt(toks, i, end) // a Romance head opens the name: "Fundación …", "Conseil départemental …"
	orgMode := head && !unit || stateHead(toks[i].Text) || leading || houseOf(toks, i, end) ||
		unit && (i == 0 || !capWord(&toks[i-1]) || toks[i-1].Is("The")) && i+2 < end && (toks[i+1].Is("for") || toks[i+1].Is("on") || toks[i+1].Is("of") && (officeOf(toks, i, i+3) || toks[i].Is("Faculty"))) && capWord(&toks[i+2]) // a unit's name that opens the run: "Directorate for Patient Safety", "Office of Legal Affairs", "Faculty of Biochemistry"
	if head && unit && i > 0 && (toks[i-1].Is("the") || toks[i-1].Kind == Possessive) && i+1 < end && capWord(&toks[i+1]) && namesAfterHead(toks, i+1, end) && !titleStartsAt(toks, i+1, end) {
		return i + 1 // "Chairman of the Board | Syed Roe said": the unit ends at its head, a name follows (also after its owner: "Vice Chairman of the Kelvo People's Committee | Jane Roe")
	}
	inPP := false
	j := i + 1
	if leading {
		j = romanceAdjectives(toks, j, end) // "Conseil départemental de la Drôme", "Agence régionale de Santé"
	}
	for j < end {
		t := &toks[j]
		if (t.Is("Pte.") || t.Is("Pte") || t.Is("PTE.") || t.Is("PTE")) && j > i && j+1 < end && (toks[j+1].Is("Ltd.") || toks[j+1].Is("Ltd") || toks[j+1].Is("LTD.") || toks[j+1].Is("LTD")) {
			j += 2 // Singapore's legal form, no soldier's rank: "Kelvo Technologies Pte. Ltd."
			continue
		}
		if !orgMode && !leading && j == i+1 && j+1 < end && elidedCap(t.Text) && capWord(&toks[i]) && !IsTitleWord(toks[i].Text) && capWord(&toks[j+1]) && !toks[j+1].IsUpper() && !(j+2 < end && capWord(&toks[j+2])) {
			j++ // an elided particle inside a person's name, a given name before it and a family name after: "Jeanne d’Arc Mukamana" (not "Chargé d’Affaires Jane Roe", "Val d’Isère Tom Doe")
			continue
		}
		if !orgMode && !leading && j > i+1 && t.Is("/") && !t.Space && j+1 < end && !toks[j+1].Space && capWord(&toks[j+1]) && !toks[j+1].IsUpper() && capWord(&toks[j-1]) && !toks[j-1].IsUpper() &&
			len(toks[j-1].Text) > 2 && len(toks[j+1].Text) > 2 && !isHonorificCap(&toks[j+1]) && !IsTitleWord(toks[j+1].Text) && // (not a rank's letters: "Adj A/Prof Jane Roe")
			(j+2 >= end || !capWord(&toks[j+2])) { // (one word after the slash: not a credit's or a ticket's second name, "Tom Doe/Kelvo Times", "the Jane Roe/Tom Doe ticket")
			j += 2 // a married name after a maiden name, as Burkina Faso writes them: "Jane Roe/Doe"
			continue
		}
		if capWord(t) && orgMode && inPP && !headline && capWord(&toks[j-1]) && CommonWord(toks[j-1].Text) && !CommonWord(t.Text) && !ProperWord(t.Text) && !IsPlace(t.Text) &&
			namesAfterHead(toks, j, end) && !headsPlural(toks, j, end) {
			break // a name after a body's field: "Ministry of Economy and Finance | Vannak Sereyroth"
		}
		if capWord(t) {
			if h, u := OrgHead(t.Text); headline && CommonWord(t.Text) && !ProperWord(t.Text) && !(orgMode && inPP) && !(h && !u && j == i+1) {
				break // (not inside an organization's complement: "Department for Coastal and Rural Affairs"; not a body's head: "Zentrix Logistics Reports …")
			}
			if j > i && (HeadlineVerb(t.Text) || t.IsUpper() && HeadlineVerb(CapsWord(t.Text))) && !surnameVerbs[t.Text] && !headedNoun(toks, j, end) {
				break // "Zentrix Robotics | Appoints Jane Roe as …"
			}
			if (orgMode || head) && inPP && OwnRole(t.Text) && j+1 < end && capWord(&toks[j+1]) && CommonWord(toks[j+1].Text) && !ProperWord(toks[j+1].Text) {
				j++ // a role held on one's own account is a body's field: "Directorate for Patient Safety"
				continue
			}
			if n, _ := TitleAt(toks, j); j > i && n == 1 && strings.HasSuffix(t.Text, ".") && j+1 < end && toks[j+1].Is("(") {
				break // a rank with its mark after a place: "City Police Officer Kelvo | Capt. (Retd) Jane Roe"
			}
			if k := officeOfPost(toks, j, end); j > i && k > j {
				j = k // a post's office after its place: "Kelvo County District Attorney's Office"
				break
			}
			if j > i && isHonorificCap(t) && !orgMode && (PatronymParticle(toks[j-1].Text) || t.Is("Haji") || t.Is("Hajah")) && j+1 < end && capWord(&toks[j+1]) {
				j++ // a father's style inside a patronym, or a pilgrim's inside a name: "Siti Rahmah binti Haji Osman", "Abdirahman Haji Warsame"
				continue
			}
			if j > i && (t.Is("Kumari") || t.Is("Begum") || (t.Is("Sheikh") || t.Is("Sheekh")) && nameOpensBefore(toks, j)) && !isHonorificCap(&toks[j-1]) && !CommonWord(toks[j-1].Text) && !IsTitleWord(toks[j-1].Text) && j+1 < end && capWord(&toks[j+1]) {
				j++ // a style that is also a name's part, inside a name after its given name: "Smt. Vasantha Kumari Nadar", "Shanti Kumari Adhikari", "Hodan Sheikh Abdirahman" (a Somali name's)
				continue
			}
			if j > i && !orgMode && hyphenatedSurname(t.Text) && !isHonorificCap(&toks[j-1]) && !IsTitleWord(toks[j-1].Text) {
				j++ // a double surname whose first part is a title's word: "Jane Cardinal-Bear", "John Judge-Roe"
				continue
			}
			if j > i && (isHonorificCap(t) || titleStartsAt(toks, j, end)) && !(j+1 < end && capWord(&toks[j+1]) && bodyAhead(toks, j+1, end) && !isHonorificCap(t)) && // (not "Lumen Justice League")
				!lastHead(toks, j+1, end) { // (not "Harlow General Hospital")
				// A title word that ends the run is a surname: "Amy Pope,",
				// "Martin Luther King"; before a name it is a title. So is a
				// style of address: "Josaia Ratu of Fiji".
				if isHonorificCap(t) && !IsTitleWord(t.Text) && !orgMode && !inPP && (j+1 >= end || toks[j+1].Is("of") || toks[j+1].Is(",")) && !strings.HasSuffix(t.Text, ".") && !t.Is("Hon") && capWord(&toks[j-1]) && !isHonorificCap(&toks[j-1]) {
					j++
					break
				}
				if n, _ := TitleAt(toks, j); n == 1 && orgMode && inPP && (j+1 >= end || !capWord(&toks[j+1]) && !toks[j+1].Is("of") && !toks[j+1].Is("for")) {
					j++ // the last word of a body's complement: "Centre for Energy Justice at …" (not "University of Kelvale Professor of Surgery")
					break
				}
				if orgMode && inPP && postOfOffice(toks, j) {
					n, _ := TitleAt(toks, j)
					j += max(n, titleRunAt(toks, j, end)) // an office named by its post: "Kelvo Department of Health Office of Inspector General"
					break
				}
				if k := membersNamed(toks, j, end); orgMode && inPP && k > j {
					j = k // the members a body's complement names: "Association of Junior Doctors"
					break
				}
				if n, _ := TitleAt(toks, j); n == 1 && (j+1 >= end || !capWord(&toks[j+1]) && !toks[j+1].Is("of") && !toks[j+1].Is("for") && !toks[j+1].Is("at") && !titleAfterAnd(toks, j+1, end)) &&
					!toks[j].IsUpper() && !orgMode && !inPP && !(j == i+1 && toks[i].IsUpper() && len(toks[i].Text) > 1) {
					j++ // (not after an organization: "University of Kelvale Professor of Surgery"; not after an acronym: "NHS Doctor"; not before its complement: "Country Director for Niger")
					break
				}
				// Common words right before the title are the title's:
				// "Harris County | District Attorney"; not a body's head
				// or the first word of its complement: "Kelvo Port
				// Authority | Director of Operations", "Portlow Chamber of
				// Commerce | President".
				for j-1 > i && !isHonorificCap(t) && CommonWord(toks[j-1].Text) && !ProperWord(toks[j-1].Text) && !placeHeadWord(toks[j-1].Text) && !namedState(toks, j-1) && !compassAfterName(toks, i, j-1) &&
					!(orgMode && (headBefore(toks, j) || inPP && !capWord(&toks[j-2]))) {
					j--
				}
				break
			}
			if j > i && placeHeadWord(t.Text) && !orgMode && j+1 < end && capWord(&toks[j+1]) && nameAfterPlace(toks, j+1, end) && !titleStartsAt(toks, j+1, end) && !isHonorificCap(&toks[j+1]) {
				j++
				break // "Governor of Syunik Region | Levon Avagyan": the place ends at its head
			}
			if j > i && givenAbbreviation(t.Text) && j+1 < end && capWord(&toks[j+1]) && !(t.Is("Ma.") && !CommonWord(toks[j-1].Text)) {
				break // a name that opens with a given name's abbreviation: "Minister for Water Affairs | Md. Jane Karim"
			}
			if k := stateNameEnd(text, toks, j, end); k > j && k < end && capWord(&toks[k]) && nameAfterPlace(toks, k, end) && !titleStartsAt(toks, k, end) {
				j = k
				break // "Minister of Water of the Republic of Kelvania | Jane Roe said": the state ends at its country
			}
			h, u := OrgHead(t.Text)
			if stateHead(t.Text) || houseOf(toks, j, end) {
				orgMode = true // "United Republic of …", "Kelvo State House of Assembly"
			}
			if h && j > i && j+1 < end && regionalHead(t.Text) && regionNumeral(toks[j+1].Text) && (j+2 >= end || !capWord(&toks[j+2])) {
				j += 2
				break // a numbered regional body's number ends its name: "Kelvo Labour Regional Office VII"
			}
			if h {
				orgMode = !u
				if u && j+2 < end && remitAfter(toks, i, j) && capWord(&toks[j+2]) {
					orgMode = true // "Subcommittee on Health", "United Nations Office for Disaster Risk Reduction"
				} else if u && localBoardOf(toks, i, j, end) {
					j += 3
					break // "County Administrative Board of Norrfjäll": a local authority named by its level, its kind and its place, which ends it (not "… of Norrfjäll and Kelvale Municipality")
				} else if u && membersAfter(toks, j+1, end) {
					j += 3
					break // a body named by its members: "Kelvale University Board of Trustees"
				} else if u {
					j++
					break // a sub-body: "Directorate of INTERPOL" is two entities
				}
				if j+1 < end && capWord(&toks[j+1]) && namesAfterHead(toks, j+1, end) && !legalFormAhead(toks, j+1, end) {
					j++
					break // "Kelvale University | Junior Jane Roe": the organization ends at its head (not before its legal form: "Borneo Capital Exchange Berhad")
				}
			}
			j++
			continue
		}
		if t.Is(",") && orgMode && inPP {
			if k := commaField(toks, j, end); k > j {
				j = k // "Ministry of Housing, Communities and Local Government"
				continue
			}
		}
		if n := nicknameLen(toks, j, end); t.Kind == QuoteMark && !orgMode && (j == i+1 || j == i+2 && capWord(&toks[i+1])) && (n == 3 || n == 4 && !headline && !toks[j+1].Is("The")) {
			j += n // a nickname in quotation marks: Walter "Buck" Roe, Mary Ann "Mimi" Roe, Jane "Ka Jo" Roe
			continue
		}
		if t.Kind == Possessive && j+1 < end && capWord(&toks[j+1]) && possessiveInName(toks, i, j, end, orgMode && inPP) {
			j++
			continue
		}
		if membersAfter(toks, j, end) {
			j += 2
			break // "Council of Ministers", "Board of Supervisors"
		}
		if t.Is("to") && orgMode && EnvoyBody(toks[j-1].Text) && j+1 < end {
			k := j + 1
			if toks[k].Is("the") && k+1 < end {
				k++
			}
			if capWord(&toks[k]) {
				j, inPP = k, true // a mission's country: "OSCE Mission to Kelvania", "Delegation of the European Union to the Kelvo Islands"
				continue
			}
		}
		if t.Is("sp.") && j > i && j+2 < end && toks[j+1].Is("z") && toks[j+2].Is("o.o.") {
			j += 3 // (in lower case: "Kelvo Fresh sp. z o.o.")
			continue
		}
		if t.Is("z") && j > i && j+1 < end && toks[j-1].IsFold("Sp.") && toks[j+1].Is("o.o.") {
			j += 2 // a Polish legal form: "Kelvo Fresh Sp. z o.o."
			continue
		}
		if t.Is("de") && j > i && j+1 < end && DottedLegalForm(toks[j-1].Text) && DottedLegalForm(toks[j+1].Text) {
			j += 2 // a Mexican legal form: "Kelvo Peninsular S.A. de C.V."
			continue
		}
		if t.Is("an") && !orgMode && j+1 < end && (toks[j-1].Is("Mac") || toks[j-1].Is("Nic")) && capWord(&toks[j+1]) {
			j++ // the Irish article inside a family name: "Hamza Mac an tSaoir"
			continue
		}
		if t.Is("do") && !orgMode && j+2 < end && capWord(&toks[j+1]) && capWord(&toks[j+2]) && !CommonWord(toks[j-1].Text) {
			j++ // a Portuguese particle before two names: "Maria do Carmo Ventura" (not "Trump do Russia deals")
			continue
		}
		if t.Is("do") && orgMode && inPP && j+1 < end && capWord(&toks[j+1]) && capWord(&toks[j-1]) {
			j++ // inside a place in a body's complement: "Rural Workers' Union of Morro do Chapéu"
			continue
		}
		if orgMode && leading && j > i+1 && elidedCap(t.Text) && capWord(&toks[j-1]) {
			j++ // an elided particle on a capitalized word: "Société Nationale d'Exploitation"
			continue
		}
		if j > i && t.Kind == Word && t.IsLower() && !isStopword(t.Text) && !connectors[t.Text] && capWord(&toks[j-1]) && j+1 < end && toks[j+1].IsLower() && LegalForm(toks[j+1].Text) {
			j++ // a common noun in lower case before a company's legal form in lower case, as Czech, Slovak and Polish names write it: "Vltavská energie a.s.", "Kelvo banka a.s."
			continue
		}
		if j > i && foreignAnd(t.Text) && capWord(&toks[j-1]) && legalFormAhead(toks, j+1, end) {
			j++ // "and" in another language inside a company's name before its legal form: "Kelvo Elektrik Sanayi ve Ticaret A.Ş."
			continue
		}
		if orgMode && leading && j > i+1 && (romanceAnd(t.Text) || t.Is("do")) && j+2 < end && (capWord(&toks[j-1]) || elidedCap(toks[j-1].Text)) && (capWord(&toks[j+1]) || nameParticle(toks[j+1].Text) && capWord(&toks[j+2])) {
			j++ // "and" (or the Portuguese "do") in a Romance body's complement: "Asociación de Productores de Chiloé y Aysén", "Instituto de Ciência e Tecnologia do Kelvo", "… d'Exploitation et de Distribution"
			continue
		}
		if !orgMode && j > i && t.IsLower() && (t.Is("i") || t.Is("y") || t.Is("e")) && capWord(&toks[j-1]) && j+1 < end && capWord(&toks[j+1]) && !toks[j+1].IsUpper() && !CommonWord(toks[j+1].Text) && !IsTitleWord(toks[j+1].Text) && !IsPlace(toks[j+1].Text) && (j+2 >= end || !capWord(&toks[j+2])) { // (the last family name ends the name: not "Marta i Joan Puig", two people)
			j++ // "and" between a Catalan, Spanish or Portuguese name's two family names: "Núria Soler i Pons", "José Ortega y Gasset", "Ana Costa e Silva", "Soler i Pons said"
			continue
		}
		if orgMode && inPP && t.Is("with") && j > i && peopleWithWords[toks[j-1].Text] && j+1 < end && capWord(&toks[j+1]) && !isStopword(toks[j+1].Text) && conditionAfterWith(toks, j+1, end) { // (a condition, no partner: not "Fund for Children with UNICEF Kelvania", "… with Jane Roe")
			j++ // the people a body serves, with what they live with: "Association of People with Diabetes", "Society for Children with Autism"
			continue
		}
		if (t.Kind == Word || t.Is("&")) && connectors[strings.ToLower(t.Text)] && j+1 < end {
			k := j + 1
			if toks[k].Is("the") && k+1 < end {
				k++
			}
			c := strings.ToLower(t.Text)
			if (!orgMode || leading) && nameParticle(c) && k+1 < end && toks[k].IsLower() && nameParticle(toks[k].Text) && capWord(&toks[k+1]) {
				k++ // two particles: "Pieter van der Berg", "Tariq bin Hamdan", "Conseil départemental de la Drôme"
			}
			if !capWord(&toks[k]) || Weekday(toks[k].Text) || months[toks[k].Text] || (c == "on" || c == "in") && timeName(toks[k].Text) {
				break // (a date is no complement: "the Kelvo Municipal Council on Wednesday approved", "Kelvo Baptist Church on Sundays")
			}
			allowed := false
			if c == "and" && toks[k].Is("The") {
				break // "Department for Transport and The Rt Hon Jane Roe": a second name
			}
			if c == "and" && LegalForm(toks[j-1].Text) {
				break // a legal form ends a company's name: "Kelvo Pianos GmbH and Orrin Acoustics AS"
			}
			if c == "and" && k > j+1 && !inPP {
				break // "and the" outside a body's complement starts a second name: "Kelvale Medical Association and the Rivertown Revenue Authority"
			}
			if c == "and" && k > j+1 {
				if n, e := gazetteerAt(text, toks, k, end); n > 0 && e.Kind == Organization {
					break // and inside it, before a known body: "the Government of Timor-Leste and the United Nations Soil Programme"
				}
				if capRunEndsInHead(toks, k, end) && k+1 < end && capWord(&toks[k+1]) {
					break // or before a body with its own head: "the Ministry of Health and the Ghana Health Service" (not "… and the Environment")
				}
			}
			switch c {
			case "of", "for", "on", "in":
				allowed = orgMode && !(c == "in" && placeEnds(toks, k, end) && !envoyIn(toks, i, j)) && // (an envoy's city is its name's: "Embassy of Japan in Tashkent")
					!(k+1 < end && timeName(toks[k+1].Text)) // (a time is no complement: "Kelvo Baptist Church on Sundays")
				inPP = inPP || allowed
			case "and", "&":
				if n, _ := TitleAt(toks, k); c == "&" && n > 0 && !inPP {
					break // two posts, not a name: "MD & CEO Jane Roe"
				}
				allowed = inPP || capRunEndsInHead(toks, k, end) || c == "&" && j > i && capWord(&toks[j-1]) || // "Al Qurm Ports & Terminals", "Kelvale Oil & Gas"
					j == i+1 && fieldCountryBody(toks, i, capRunEnd(toks, k, end)) // "Fisheries and Oceans Canada"
			case "the":
				allowed = false
			default: // name particles: "Ursula von der Leyen"
				if c == "ter" && (j == i || orgMode) {
					break // (only inside a person's name: "Jane ter Roe")
				}
				if c == "wa" && (orgMode || j < i+2 || k+1 < end && capWord(&toks[k+1])) {
					break // (only after a given name and a family name, before the last: "Jean-Pierre Kelvo wa Mulenga"; not Swahili's "of": "Mwenyekiti wa Kelvo Tea", "Chama cha Walimu wa Kelvo")
				}
				allowed = !orgMode || leading && (nameParticle(c) || c == "o") || // (a body's: "Fundación Semillas del Sur", "Te Rūnanga o Ngāti Kelvo")
					inPP && romancePlaceParticle(c) && capWord(&toks[j-1]) && k == j+1 // (a place's inside a body's complement: "Rural Workers' Union of Morro do Chapéu")
			}
			if !allowed {
				break
			}
			j = k
			continue
		}
		if !orgMode && t.Kind == Word && PatronymSuffix(t.Text) {
			j++ // a Kyrgyz or Uzbek patronym's word after the father's name: "Nurlan Asanbek uulu", "Aizada Toktogul kyzy"
			if j < end && capWord(&toks[j]) && toks[j].Newlines == 0 && !IsTitleWord(toks[j].Text) && !CommonWord(toks[j].Text) && !Weekday(toks[j].Text) && !months[toks[j].Text] && !IsPlace(toks[j].Text) && (j+1 >= end || !capWord(&toks[j+1])) {
				j++ // and the family name after it, as Azerbaijani names are written: "Rovshan Elchin oglu Mammadli", "Sevinj Rauf qizi Aliyeva" (not a day, a month or a place: "said Elnur Rasim oglu Monday")
			}
		}
		break
	}
	return j
}

// peopleWithWords are the capitalized plurals of people that "with" and
// a condition follow inside a body's name: "People" of "Association of
// People with Diabetes".
var peopleWithWords = toSet(`People Persons Children Women Men Families Patients Adults Youth Veterans`)

// conditionAfterWith reports the condition a body's people live with,
// from token k after "with": one word that no list knows as a name
// ("Diabetes", "Autism"), or up to three common or derived words
// ("Special Needs", "Learning Disabilities"); not a partner's name
// ("UNICEF Kelvania", "Kelvo City Council", "Jane Roe").
func conditionAfterWith(toks []Token, k, end int) bool {
	n := 0
	for k+n < end && capWord(&toks[k+n]) {
		n++
	}
	if n == 1 {
		return !ProperWord(toks[k].Text) && !toks[k].IsUpper()
	}
	if n > 3 {
		return false
	}
	for x := k; x < k+n; x++ {
		if !(CommonWord(toks[x].Text) || DerivedWord(toks[x].Text)) || ProperWord(toks[x].Text) {
			return false
		}
	}
	return true
}

// nameOpensBefore reports a single given name right before token j that
// opens a name, after an honorific, a comma or nothing: "Dr. Hodan" of
// "Dr. Hodan Sheikh Abdirahman"; not a place after a post and "of" or a
// preposition ("Ruler of Kelvo Sheikh Hamad", "In Kelvo Sheikh Hamad").
func nameOpensBefore(toks []Token, j int) bool {
	g := j - 1
	if IsPlace(toks[g].Text) {
		return false
	}
	if g == 0 {
		return true
	}
	p := &toks[g-1]
	if p.Kind == Punct || isHonorificCap(p) {
		return true
	}
	return p.IsLower() && !(p.Is("of") || p.Is("in") || p.Is("from") || p.Is("for") || p.Is("at"))
}

// timeName reports a day's or a month's name, or days' ("Sundays"), that
// follows "on" or "in" as a time, not as a body's complement (but "Friends
// of Sundays Park").
func timeName(w string) bool {
	return Weekday(w) || Weekday(strings.TrimSuffix(w, "s")) || Month(w)
}

// hyphenatedSurname reports a double surname whose first part is a
// title's word and whose second is none: "Cardinal-Bear" (not
// "Secretary-General", "President-Elect", "Vice-Chair").
func hyphenatedSurname(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || strings.Contains(b, "-") || !unicode.IsUpper([]rune(a)[0]) || !unicode.IsUpper([]rune(b)[0]) {
		return false
	}
	if !IsTitleWord(a) {
		return false // (a double name of no title's word is read as any name)
	}
	switch b {
	case "General", "Elect", "Designate", "Chair", "President", "Rapporteur", "Governor", "Admiral", "Marshal", "Colonel", "General's":
		return false
	}
	return !IsTitleWord(b) && !IsTitleModifier(b)
}

// headedNoun reports a headline's verb at token j that is a body's head
// noun here: "Partners" of "Kelvo Capital Partners said" or "Kelvo Solar
// Partners Managing Director", not "Kelvo Partners With …" nor "Kelvo
// Telecom Partners in Rural Broadband Push".
func headedNoun(toks []Token, j, end int) bool {
	if h, u := OrgHead(toks[j].Text); !h || u || j+1 >= end {
		return false
	}
	n := &toks[j+1]
	post, _ := TitleAt(toks, j+1)
	return n.Kind == Punct || n.IsLower() && n.Kind == Word && !n.Is("with") && !n.Is("to") && !n.Is("on") && !n.Is("for") && !n.Is("in") || n.IsCap() && post > 0
}

// PatronymSuffix reports the word in lower case that ends a Kyrgyz, Uzbek
// or Azerbaijani name after the father's name: "uulu" (son of), "kyzy"
// (daughter of), "qizi", "o‘g‘li", "oglu", "ogly", "gyzy".
func PatronymSuffix(w string) bool {
	switch w {
	case "uulu", "kyzy", "qizi", "o‘g‘li", "o'g'li", "ugli", "oglu", "ogly", "gyzy", "qızı", "oğlu":
		return true
	}
	return false
}

// officeOfPost returns the end of a post's office named by the post and a
// possessive at token j: "District Attorney's Office", "Public
// Prosecutor's Office", "Sheriff’s Office", with one word after it that
// names its district ("Public Prosecutor's Office Mittelrhein"); j when
// there is none.
func officeOfPost(toks []Token, j, end int) int {
	n := titleRunAt(toks, j, end)
	if n == 0 {
		n, _ = TitleAt(toks, j)
	}
	if n == 0 || j+n+1 >= end || toks[j+n].Kind != Possessive || !(toks[j+n+1].Is("Office") || toks[j+n+1].Is("Bureau")) {
		return j
	}
	e := j + n + 2
	if e < end && capWord(&toks[e]) && (e+1 == end || !capWord(&toks[e+1])) && !IsTitleWord(toks[e].Text) && !isHonorificCap(&toks[e]) {
		e++ // the office's district after it: "Public Prosecutor's Office Mittelrhein"
	}
	return e
}

// commaField returns the end of a body's field that a comma at token j
// continues as a list of common capitalized words closed by "and":
// ", Communities and Local Government" of "Ministry of Housing,
// Communities and Local Government"; j when there is none (", Fiji and
// Samoa": places; ", Jane Roe and …": names).
func commaField(toks []Token, j, end int) int {
	return fieldList(toks, j, end, false)
}

// FieldListEnd returns the end of a post's field that a comma at token j
// continues as a list of common capitalized words closed by "and", as
// commaField does, where a name or a title may follow the list's last
// word: ", Science and Innovation Professor Jane Roe" of "Commissioner for
// Education, Science and Innovation Professor Jane Roe"; j when there is
// none.
func FieldListEnd(toks []Token, j, end int) int {
	return fieldList(toks, j, end, true)
}

// listFieldWord reports a capitalized word that may stand in a field's
// list: a common noun, also one the lexicon lacks (FieldNoun, or a closed
// compound of two common words: "Livestock"), and no name, place or title
// ("Infrastructure", not "Fiji" or "Minister").
func listFieldWord(t *Token) bool {
	w := t.Text
	return capWord(t) && (CommonWord(w) || FieldNoun(w) || compoundWord(w) || len(w) > 4 && strings.HasSuffix(w, "s") && CommonWord(w[:len(w)-1])) && !ProperWord(w) && !IsPlace(w) && !IsTitleWord(w) // (a plural too: "Waters and Forests")
}

func fieldList(toks []Token, j, end int, nameAfter bool) int {
	k := j
	and := false
	for k < end {
		if toks[k].Is(",") && !and || toks[k].Is("and") && !and || toks[k].Is("&") && !and {
			and = !toks[k].Is(",")
			k++
			continue
		}
		if and && toks[k].Is("the") && toks[k-1].Is("and") && k+1 < end && capWord(&toks[k+1]) {
			k++ // the last item after its article: "Agriculture, Food and the Marine"
			continue
		}
		if !capWord(&toks[k]) {
			break
		}
		if !listFieldWord(&toks[k]) && !(k+1 < end && capWord(&toks[k+1]) && listFieldWord(&toks[k+1]) && !isHonorificCap(&toks[k]) && !CommonWord(strings.ToLower(toks[k].Text))) { // (a name that modifies a field: "River Development and Ganga Rejuvenation")
			if (nameAfter || isHonorificCap(&toks[k])) && and && k > j && capWord(&toks[k-1]) {
				break // the list's end, a title or a name after it (an honorific and a name: "… Planning and Economic Development Dr. Jane Roe")
			}
			return j // (a derived noun too: "Mobility, Infrastructure and Innovation")
		}
		k++
	}
	if !and || k == j || !capWord(&toks[k-1]) {
		return j
	}
	return k
}

// headlineBaseVerbs are the verbs a headline puts after "to": "Acme to
// Acquire Zentrix".
var headlineBaseVerbs = toSet(`Acquire Buy Merge Open Close Launch Expand Build Cut Hire Sell Sign Join Host Invest
Partner Release Unveil Introduce Name Appoint Award Offer Fund Raise Create Add Pay Debut Exit Enter Lead`)

// ofInside reports "of" or "for" or a body's head inside the run [i, j):
// a body's or a place's name, not a person's ("Republic of Solano",
// "Congressional Black Caucus PAC").
func ofInside(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		if h, _ := OrgHead(toks[k].Text); h || toks[k].Is("of") || toks[k].Is("for") {
			return true
		}
	}
	return false
}

// headBefore reports a body's head (not a unit's) at token k-1.
func headBefore(toks []Token, k int) bool {
	if k <= 0 {
		return false
	}
	h, u := OrgHead(toks[k-1].Text)
	return h && !u
}

// placeEnds reports a place in the capitalized words from token k that
// end the run: after "in", where a body is, not its name ("Kelvale
// Hospital in Nairobi", "Coopers Lane Partners in Sydney,": a known place,
// or a single word no common one, before punctuation). "Partners in
// Health" stays one name.
func placeEnds(toks []Token, k, end int) bool {
	j := k
	for j < end && capWord(&toks[j]) {
		j++
	}
	if j-k > 3 || j < end && toks[j].Kind == Word && connectors[strings.ToLower(toks[j].Text)] {
		return false
	}
	if j-k == 1 && !CommonWord(toks[k].Text) && (j == end || toks[j].Kind == Punct) {
		return true // a single name set off after the body: "Coopers Lane Partners in Sydney,"
	}
	if j-k >= 2 && CompassWord(toks[k].Text) && placeEnds(toks, k+1, j) {
		return true // a part of a place: "Kelvo Church in East Baltimore"
	}
	return IsPlace(joinWords(toks, k, j))
}

// titleEndsAt reports a title that ends right before token i:
// "Commissioner for".
func titleEndsAt(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if n, _ := TitleAt(toks, k); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// Gerund reports a capitalized word in -ing that no list knows as a
// name: "Policing", "Housing".
func Gerund(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !ProperWord(w)
}

// FieldGerund reports a word in -ing that can name a post's field before
// its head ("cupping" of "cupping specialist"), not a verb that takes the
// post's holder as its object in an aside ("representing President Jane
// Roe", "succeeding chief executive Jane Roe", "quoting founder Jane
// Roe") nor a modifier of the post's time ("outgoing", "acting").
func FieldGerund(w string) bool {
	return Gerund(w) && !asideGerunds[strings.ToLower(w)]
}

// asideGerunds are the words in -ing that open an aside or qualify a post's
// time, no field's.
var asideGerunds = toSet(`leading including following according regarding concerning during being having visiting outgoing incoming acting managing presiding reigning
representing succeeding replacing quoting citing echoing thanking welcoming praising joining accompanying introducing addressing congratulating
honouring honoring greeting meeting interviewing supporting opposing criticising criticizing advising assisting briefing serving standing deputising deputizing
speaking calling urging warning saying adding noting asking telling writing`)

// locative are the prepositions after which a single unknown name is a
// place: "in Lusaka", "near Kalemie".
var locative = toSet("in near across throughout outside")

// areaAdjectives describe the part of a place one lives in, between a
// preposition and the place's name: "of rural Kelvale Falls", "from
// nearby Kelvo".
var areaAdjectives = toSet("rural nearby suburban downtown uptown unincorporated neighboring neighbouring")

// bodyAhead reports capitalized words from token k to a body's head that
// a family name never is: "League" of "Justice League", "Mission" of
// "Baltic Observer Mission", not "Guardian" of "Mayor Don Guardian"; a
// members' plural and its apostrophe go on to the head ("Smallholder
// Farmers' Union"), and so does a field's "and" ("Search and Rescue
// Association").
func bodyAhead(toks []Token, k, end int) bool {
	last, ands := -1, 0
	for ; k < end && capWord(&toks[k]); k++ {
		last = k
		if k+2 < end && toks[k+1].Kind == Possessive && (toks[k+1].Text == "'" || toks[k+1].Text == "’") && peoplePlural(toks[k].Text) && capWord(&toks[k+2]) {
			k++ // over the members' apostrophe: "Smallholder Farmers' Union"
		}
		if k+2 < end && (toks[k+1].Is("and") || toks[k+1].Is("&")) && capWord(&toks[k+2]) && ands == 0 {
			k++ // over a field's one "and": "Volunteer Search and Rescue Association" (not "Mayor Jane Roe and Kelvo Parks and Wildlife Society")
			ands++
		}
	}
	if last < 0 {
		return false
	}
	switch toks[last].Text {
	case "League", "Union", "Council", "Commission", "Foundation", "Institute", "Association", "Society", "Alliance", "Coalition",
		"Mission", "Agency", "Programme", "Organization", "Organisation", "Federation", "Network", "Initiative", "Partnership":
		return true
	}
	return false
}

// lastHead reports a body's head at token k that ends the capitalized
// run: after a title word, "General Hospital" and "General Assembly" are
// a body's name ("Kelby General Hospital"), where "Secretary General Jane
// Roe" is a title before a name.
func lastHead(toks []Token, k, end int) bool {
	if k >= end || !capWord(&toks[k]) || k+1 < end && capWord(&toks[k+1]) {
		return false
	}
	h, unit := OrgHead(toks[k].Text)
	return h && !unit
}

// postNominalCaps reports letters of an honour, a fellowship or a degree
// after a name: "FRCS", "OBE", "KC" (two to five capitals, no Roman
// numeral; not a club's "FC").
func postNominalCaps(w string) bool {
	if h, _ := OrgHead(w); h || len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w || strings.Trim(w, "IVX") == "" {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	switch w[0] {
	case 'F', 'O', 'M', 'C', 'K', 'Q', 'D':
		return true // FRCS, FRS, OBE, MBE, CBE, KC, QC, DBE …
	}
	return false
}

// leadingHeadAt reports a body's head that opens the run at token i,
// perhaps after the Māori article or an adjective of the head's language
// that is no English word: "Fondation …", "Te Rūnanga o …", "Technische
// Universität …".
func leadingHeadAt(toks []Token, i, end int) bool {
	if toks[i].Is("Te") && i+1 < end {
		i++
	}
	if i+1 < end && capWord(&toks[i+1]) && !toks[i].IsUpper() && germanCompoundHead(toks[i].Text) {
		return true // a German compound whose last part is a body's head: "Kreissparkasse Lahnfeld", "Stadtwerke Kelvo"
	}
	if i+2 < end && capWord(&toks[i]) && !toks[i].IsUpper() && !CommonWord(toks[i].Text) && lex().leadingHeads[toks[i+1].Text] == "University" && capWord(&toks[i+2]) {
		return true // an adjective of the head's language before a university's: "Technische Universität Weserberg", "Katholieke Universiteit Leuven" (not a surname that is a head too: "Renata Cámara Peniche")
	}
	if toks[i].Is("Minera") && !(i+2 < end && capWord(&toks[i+1]) && (capWord(&toks[i+2]) || RomanceParticle(toks[i+2].Text))) {
		return false // a mining company's head only before a name of two words or more: "Minera Cerro Colorado del Norte" (not the village "Minera Baja")
	}
	if particleHeads[toks[i].Text] && !(i+1 < end && toks[i+1].IsLower() && (romancePlaceParticle(toks[i+1].Text) || toks[i+1].Is("d'") || romanceAdjective(toks[i+1].Text) && !CommonWord(toks[i+1].Text))) &&
		!(i+2 < end && toks[i+1].IsCap() && romanceAdjective(strings.ToLower(toks[i+1].Text)) && !CommonWord(toks[i+1].Text) && toks[i+2].IsLower() && romancePlaceParticle(toks[i+2].Text)) { // (an adjective no English word: not "Union official de Sousa", "Union Regional de Kelvo")
		return false // a head that is also a common word needs its particle or adjective: "Conseil départemental de la Drôme", "Union Nationale des Marchés", not "Conseil" or "Union Minister" alone
	}
	return LeadingHead(toks[i].Text)
}

// germanCompoundHead reports a German compound that ends in a body's head
// and opens its name: "Kreissparkasse" (the district's savings bank),
// "Stadtwerke", "Landesverband".
func germanCompoundHead(w string) bool {
	l := strings.ToLower(w)
	for _, h := range [...]string{"sparkasse", "bank", "werke", "verband", "verein", "stiftung", "genossenschaft", "krankenkasse", "ministerium", "klinikum", "kammer"} {
		if len(l) > len(h)+2 && strings.HasSuffix(l, h) && !CommonWord(w) {
			return true
		}
	}
	return false
}

// particleHeads are the Romance heads that open a body's name only before
// a particle or an adjective, being common words too: "Commune",
// "Conseil", "Région", "Agence".
var particleHeads = toSet(`Commune Conseil Région Agence Mairie Préfecture Coopérative Union`)

// nameParticle reports a particle inside a family name: "van", "der",
// "bin", the Swedish "af" ("Jonas Lindeberg af Klercker").
func nameParticle(w string) bool {
	switch w {
	case "de", "du", "des", "del", "della", "la", "le", "van", "von", "af", "der", "den", "al", "el", "ben", "ole", "da", "di", "dos", "das", "zu", "ter", "ten", "ap", "á", "við": // (Faroese: "Jógvan á Lakjuni", "Sjúrður við Nes")
		return true
	}
	return PatronymParticle(w) // (and a patronym's: "bin", "s/o", "anak")
}

// houseOf reports a legislature's chamber named "House of" its members
// at token j: "House of Assembly", "House of Representatives", "House of
// Chiefs".
func houseOf(toks []Token, j, end int) bool {
	if !toks[j].Is("House") || j+2 >= end || !toks[j+1].Is("of") {
		return false
	}
	switch toks[j+2].Text {
	case "Assembly", "Representatives", "Delegates", "Commons", "Lords", "Keys", "Councillors", "Chiefs", "Deputies", "Councils", "Elders":
		return true
	}
	return false
}

// romanceAdjectives returns the end of the lower-case adjectives from
// token j that follow a Romance body's head before its complement: the
// "départemental" of "Conseil départemental de la Drôme", the "laitière"
// of "Coopérative laitière du Haut-Forez"; j when none, or when no
// particle and capitalized word follow them.
func romanceAdjectives(toks []Token, j, end int) int {
	k := j
	for k < end && k < j+2 && toks[k].Kind == Word && toks[k].IsLower() && romanceAdjective(toks[k].Text) {
		k++
	}
	if k == j || k+1 >= end || !(romancePlaceParticle(toks[k].Text) || toks[k].Is("d'")) || !capWord(&toks[k+1]) && !(toks[k+1].Is("la") && k+2 < end && capWord(&toks[k+2])) {
		return j
	}
	return k
}

// romanceAdjective reports a French, Spanish, Italian or Portuguese
// adjective by its ending: "départemental", "régionale", "nacional",
// "laitière", "pública".
func romanceAdjective(w string) bool {
	if isStopword(w) || len(w) < 5 {
		return false
	}
	for _, suf := range [...]string{"al", "ale", "ales", "aux", "ique", "ière", "ier", "aire", "ienne", "ien", "ano", "ana", "ico", "ica", "ivo", "iva", "ense", "ário", "ária"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// elidedCap reports a French or Italian particle elided onto a
// capitalized word: "d'Exploitation", "l’Environnement", "dell'Ambiente".
func elidedCap(w string) bool {
	for _, p := range [...]string{"d'", "d’", "l'", "l’", "dell'", "dell’"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// foreignAnd reports "and" in lower case in Turkish, German, Dutch,
// Scandinavian and Hungarian company names: "ve", "und", "en", "og",
// "och", "és".
func foreignAnd(w string) bool {
	switch w {
	case "ve", "und", "en", "og", "och", "és":
		return true
	}
	return false
}

// legalFormAhead reports capitalized words from token k that a company's
// legal form ends within six words: "Ticaret A.Ş.", "Vertrieb GmbH".
func legalFormAhead(toks []Token, k, end int) bool {
	for n := 0; k+n < end && n < 6; n++ {
		t := &toks[k+n]
		if n > 0 && (LegalForm(t.Text) || DottedLegalForm(t.Text)) {
			return true
		}
		if !capWord(t) {
			return false
		}
	}
	return false
}

// romanceAnd reports the Spanish, Portuguese, Italian, French or Catalan
// "and" in lower case.
func romanceAnd(w string) bool { return w == "y" || w == "e" || w == "et" || w == "i" }

// RomanceParticle reports the lower-case particle that joins a Romance
// name's head to its complement: "del" in "Hospital Infantil del Kelvo",
// "de" in "Rio de Janeiro".
func RomanceParticle(w string) bool { return romancePlaceParticle(w) }

// romancePlaceParticle reports the particles that join the words of a
// Portuguese, Spanish, French or Italian place name: "Morro do Chapéu",
// "Rio de Janeiro", "Santa Maria da Feira", "Reggio di Calabria".
func romancePlaceParticle(w string) bool {
	switch w {
	case "de", "do", "da", "dos", "das", "del", "di", "du", "des", "della":
		return true
	}
	return false
}

// PatronymParticle reports the particle of a patronym, in lower case,
// that joins a given name to the father's: "bin", "binti" (in Singapore
// "binte"), "bint", "ibn", "anak", and the forms with a slash
// (patronymSlash: "s/o").
func PatronymParticle(w string) bool {
	switch w {
	case "bin", "binti", "binte", "bint", "ibn", "anak":
		return true
	}
	return patronymSlash(w)
}

// stateHead reports a word that names a state before "of": "Republic of
// Solano", "Kingdom of Kelvania".
func stateHead(w string) bool {
	switch w {
	case "Republic", "Kingdom", "Principality", "Sultanate", "Emirate", "Duchy":
		return true
	}
	return false
}

// RightStyle reports "Rt" or "Rt.", the first word of a style of two
// ("Rt Hon", "Rt. Rev.") that is no honorific alone.
func RightStyle(w string) bool { return w == "Rt" || w == "Rt." }

// PoliceRank reports a police rank written in capitals before a name, as
// Nigerian and Ghanaian commands write them: "CP Jane Roe" (Commissioner
// of Police), "SP", "DSP", "ACP", "IGP", "DCOP"; or as the Philippine National
// Police abbreviates them: "PBGen." (Police Brigadier General), "PLtCol.".
func PoliceRank(w string) bool {
	switch w {
	case "IGP", "DIG", "AIG", "CP", "DCP", "ACP", "CSP", "SP", "SSP", "DSP", "ASP", "DCOP", "ACOP", "SAC", "Supt.", "C/Supt.", "Insp.", // (Ghana's "DCOP Jane Roe", Malaysia's "SAC Jane Roe", "Supt. Jane Roe", "Insp. Jane Roe")
		"PGen.", "PLtGen.", "PMGen.", "PBGen.", "PCol.", "PLtCol.", "PMaj.", "PCapt.", "PLt.", "PEMS", "PSMS", "PMSg.", "PSSg.", "PCpl.", // (and the Philippine National Police's: "PBGen. Jane Roe")
		"Irjen.", "Irjen", "Brigjen.", "Brigjen", "Kombes.", "Kombes", "AKBP", "Kompol": // (and Indonesia's: "Irjen. Pol. Jane Roe", "Kombes Pol. Jane Roe"; not "AKP", Turkey's party too)
		return true
	}
	return false
}

// givenAbbreviation reports a given name written short, which opens a
// person's name: "Md." and "Mohd." for Mohammad, the Philippines' "Ma." for
// María (after a post's common word: "Secretary of Migrant Workers Ma.
// Teresa Roe"; not the family name that ends "Jack Ma." before a sentence).
func givenAbbreviation(w string) bool {
	switch w {
	case "Md.", "Mohd.", "Muhd.", "Ma.":
		return true
	}
	return false
}

// stateNameEnd returns the end of a state's country named at token j
// after its head and "of" ("Republic of | Kelvania", "Kingdom of the |
// Kelvo Islands"): the place the lists know there, or one word (two with
// a compass word: "Republic of South Kelvania"); j when no state's head
// comes before.
func stateNameEnd(text string, toks []Token, j, end int) int {
	o := j - 1
	if o > 0 && toks[o].Is("the") {
		o--
	}
	if o < 1 || !toks[o].Is("of") || !stateHead(toks[o-1].Text) {
		return j
	}
	if n, e := gazetteerAt(text, toks, j, end); n > 0 && e.Kind == Place {
		return j + n
	}
	if CompassWord(toks[j].Text) && j+1 < end && capWord(&toks[j+1]) {
		return j + 2
	}
	return j + 1
}

// localGovOf reports a local government named by its kind and its place
// from token i: "City of Ashcombe", "County of Kelvo", "Town of Orrin",
// "District of Fort Kelvo".
func localGovOf(toks []Token, i, end int) bool {
	if toks[i].Is("District") && i > 0 && (toks[i-1].Kind == Number || toks[i-1].Kind == Word && unicode.IsDigit(rune(toks[i-1].Text[0]))) {
		return false // an electoral district: "the 7th District of Cebu"
	}
	if localGovStatus(toks, i, end) {
		i++ // its status before its kind: "Statutory City of Kelvo", "Royal Borough of Kelvo"
	}
	if i+2 < end && romanceLocalGov(toks[i].Text) && !(i > 0 && (toks[i-1].Is("la") || toks[i-1].Is("de") || toks[i-1].Is("du") || toks[i-1].Is("della") || toks[i-1].Is("in") || toks[i-1].Is("from") || toks[i-1].Is("of") || toks[i-1].Is("at") || toks[i-1].Is("near"))) && (toks[i+1].Is("de") || toks[i+1].Is("di") || toks[i+1].Is("do") || toks[i+1].Is("da") || toks[i+1].Is("del")) && capWord(&toks[i+2]) {
		return true // in a Romance language: "Ville de Kelvo", "Comune di Kelvo", "Município do Kelvo" (not inside another's name, "Service de presse de la Ville de Kelvo", nor where one is or comes from: "a teacher from Ciudad de Kelvo")
	}
	return LocalGovKind(toks[i].Text) && i+2 < end && toks[i+1].Is("of") && capWord(&toks[i+2]) && !isStopword(toks[i+2].Text)
}

// romanceLocalGov reports the word for a kind of local government in a
// Romance language, which opens its name before "de" or "di": "Ville",
// "Municipalité", "Comune", "Ciudad", "Município".
func romanceLocalGov(w string) bool {
	switch w {
	case "Ville", "Municipalité", "Commune", "Comune", "Città", "Ciudad", "Municipio", "Municipalidad", "Cidade", "Município", "Prefeitura", "Câmara":
		return true
	}
	return false
}

// localGovStatus reports a local government's status, a capitalized
// adjective, at token i before its kind: "Statutory" of "Statutory City
// of Kelvo", "Royal" of "Royal Borough of Kelvo".
func localGovStatus(toks []Token, i, end int) bool {
	w := toks[i].Text
	return i+3 < end && toks[i].IsCap() && (AdjectiveShape(w) || w == "Statutory" || w == "Royal" || w == "Capital" || w == "Free") && !IsPlace(w) && LocalGovKind(toks[i+1].Text) && toks[i+2].Is("of")
}

// LocalGovKind reports the word for a kind of local government that opens
// its name before "of" and its place: "City" of "City of Ashcombe",
// "Wilaya" of "Wilaya of Kelvo" (an Algerian province's government),
// "Governorate" of "Governorate of Kelvo".
func LocalGovKind(w string) bool {
	switch w {
	case "City", "County", "Town", "Township", "Borough", "Village", "Municipality", "Shire", "District", "Wilaya", "Governorate", "Commune":
		return true
	}
	return false
}

// TitleEndsAt reports a title that ends right before token i: "General
// Manager" before the comma of "General Manager, Public Lighting".
func TitleEndsAt(toks []Token, i int) bool { return titleEndsAt(toks, i) }

// stateOf reports a state's head before "of" in the run [i, j).
func stateOf(toks []Token, i, j int) bool {
	for k := i; k < j-2; k++ {
		if stateHead(toks[k].Text) && toks[k+1].Is("of") {
			return true
		}
	}
	return false
}

// namePossessors are the possessors that start names of bodies:
// "Children’s Hospital", "King’s College"; a plural in -men is one too
// (menPlural: "Fishermen’s Cooperative Society").
var namePossessors = toSet(`Children Women Men People King Queen`)

// possessiveInName reports a possessive at token p, inside the run that
// starts at token i, that is part of a body's name, not a person's or a
// body's own post: "Boat Owners’ Association", "Department of Veterans’
// Affairs" (a plural's), "St. Brigid’s Regional Medical Center",
// "Children’s Hospital" (a saint's or a class of people's) before
// capitalized words that end in a body's head. Not "Acme’s Chief
// Executive", "Kelvale University’s Center for Imaging" (a body's unit),
// "Trump’s Justice Department".
func possessiveInName(toks []Token, i, p, end int, inPP bool) bool {
	plural := toks[p].Text == "'" || toks[p].Text == "’" // the apostrophe alone
	saint := toks[i].Is("St.") || toks[i].Is("Saint") || toks[i].Is("St")
	if !plural && !saint && !namePossessors[toks[p-1].Text] && !(menPlural(toks[p-1].Text) && commonAfter(toks, p+1, end)) {
		return false
	}
	last := -1
	for k := p + 1; k < end && capWord(&toks[k]); k++ {
		last = k
	}
	if h, _ := OrgHead(toks[p-1].Text); h {
		// A body's own possessive ("the Kelvo Players’ director"), unless
		// its members' plural names a body whose head ends the run:
		// "Nordic Handball Players’ Association".
		return plural && last == p+1 && memberBodyHead(toks[last].Text) && peoplePlural(toks[p-1].Text)
	}
	if plural && inPP {
		// "Department of Veterans’ Affairs"; but a body's unit after a
		// body named by its members is the body's: "the Chamber of
		// Deputies’ Mining and Energy Committee".
		u := p
		for k := p + 1; k < end && (capWord(&toks[k]) || (toks[k].Is("and") || toks[k].Is("&")) && k+1 < end && capWord(&toks[k+1])); k++ {
			u = k
		}
		_, unit := OrgHead(toks[u].Text)
		h, _ := OrgHead(toks[i].Text)
		return !(unit && h && u > p)
	}
	if last < 0 {
		return false
	}
	if plural && commonPlural(toks, i, p) && last-p <= 2 {
		return true // "Patients' Voice", "Growers' Alliance"
	}
	if plural && last == p+1 && toks[last].Is("Voice") && peoplePlural(toks[p-1].Text) {
		return true // the voice of the people a charity names: "Kelvo Patients' Voice"
	}
	for k := p + 1; k <= last; k++ {
		if h, u := OrgHead(toks[k].Text); h && !u && (k == last || titleRunAt(toks, k+1, last+1) > 0 || k+1 == last && (IsPlace(toks[last].Text) || !CommonWord(toks[last].Text) && !isHonorificCap(&toks[last]) && last+1 < end && (toks[last+1].Is(",") || toks[last+1].Is(".")))) {
			return true // its head before a title: "Kelvo Midwives’ Collective President Jane Roe"; or before its town: "Regional Children’s Hospital Cluj"
		}
	}
	return false
}

// membersNamed returns the end of the capitalized words from j, a title's
// and at most two more, that end in a common noun in the plural and end
// the run: "Junior Doctors" of "Association of Junior Doctors" (but not
// "Director Jane Ross"). j when there are none.
func membersNamed(toks []Token, j, end int) int {
	k := j
	for k < end && k < j+3 && capWord(&toks[k]) {
		k++
	}
	w := toks[k-1].Text
	if k < end && (capWord(&toks[k]) || toks[k].Is("of") || toks[k].Is("for")) || len(w) < 4 || !strings.HasSuffix(w, "s") || !CommonWord(w) || ProperWord(w) {
		return j
	}
	return k
}

// commonPlural reports a name's first word at i, a common noun in the
// plural before the apostrophe at p: "Patients" of "Patients' Voice". A
// family's name is not common: "the Roberts' house".
func commonPlural(toks []Token, i, p int) bool {
	w := toks[i].Text
	return p == i+1 && len(w) > 3 && strings.HasSuffix(w, "s") && CommonWord(w) && !ProperWord(w)
}

func isHonorificCap(t *Token) bool {
	_, ok := Honorific(t.Text)
	return ok && t.IsCap() && !strings.EqualFold(t.Text, "father") && !strings.EqualFold(t.Text, "lady")
}

// titleStartsAt reports whether a capitalized title stands at token j
// before a capitalized word: "Ambassador Ulrika", "Policy Analyst".
func titleStartsAt(toks []Token, j, end int) bool {
	n, _ := TitleAt(toks, j)
	if n == 0 {
		return false
	}
	if _, h := OrgHead(toks[j+n-1].Text); h {
		return false
	}
	return true
}

func capRunEndsInHead(toks []Token, k, end int) bool {
	last := -1
	for k < end && (capWord(&toks[k]) || last >= 0 && toks[k].Kind == Possessive && k+1 < end && capWord(&toks[k+1])) {
		last = k // (over a plural's possessive: "Port Workers' Union")
		k++
	}
	if last < 0 {
		return false
	}
	h, _ := OrgHead(toks[last].Text)
	return h
}

// capRunEnd returns the end of the run of capitalized words from token k.
func capRunEnd(toks []Token, k, end int) int {
	for k < end && capWord(&toks[k]) {
		k++
	}
	return k
}

// nicknameLen returns the tokens of a nickname of one or two words in
// quotation marks at token j, between a given name and a family name, its
// marks included: 3 for the "Buck" of Walter "Buck" Roe, 4 for the "Ka
// Jo" of Jane "Ka Jo" Roe; 0 for none.
func nicknameLen(toks []Token, j, end int) int {
	if j+3 >= end || toks[j].Kind != QuoteMark || !capWord(&toks[j+1]) || toks[j+1].Newlines > 0 || firstHead(toks[j+1].Text) {
		return 0
	}
	k := j + 2
	if k+2 < end && capWord(&toks[k]) && toks[k].Newlines == 0 && !firstHead(toks[k].Text) &&
		!(CommonWord(toks[j+1].Text) && !ProperWord(toks[j+1].Text) && CommonWord(toks[k].Text) && !ProperWord(toks[k].Text)) {
		k++ // a nickname of two words: "Ka Jo" (not two common words: told Roe "Thank You" Tuesday)
	}
	if toks[k].Kind != QuoteMark || !capWord(&toks[k+1]) || toks[k+1].Newlines > 0 || Weekday(toks[k+1].Text) || Month(toks[k+1].Text) {
		return 0
	}
	return k + 1 - j
}

// governmentLevel reports a word that names the level of a government
// before its office's head: "State Secretariat for …", "Federal Office
// for …" (not "Regional Office for Africa", a unit of a body).
func governmentLevel(w string) bool {
	switch w {
	case "State", "Federal":
		return true
	}
	return false
}

// compassAfterName reports a point of the compass at token k right after
// a proper name that opens the run at i: the place's own word
// ("Palmerston North Mayor Jane Roe", "Hamilton East"), not the title's.
func compassAfterName(toks []Token, i, k int) bool {
	return CompassWord(toks[k].Text) && k == i+1 && !CommonWord(toks[i].Text)
}

// Weekday reports a day of the week's name, as written: "Tuesday".
func Weekday(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// CompassWord reports a point of the compass that ends a place's name:
// the "North" of "Palmerston North".
func CompassWord(w string) bool {
	switch w {
	case "North", "South", "East", "West":
		return true
	}
	return false
}

// compassPoint reports a region named by two compass words joined by a
// hyphen: "North-West", "South-East".
func compassPoint(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && (a == "North" || a == "South") && (b == "East" || b == "West")
}

// envoyIn reports an embassy's or a consulate's head among tokens [i, j):
// the city after "in" names that post, not where a body is ("Embassy of
// Kelvo in Tashkent", "Consulate General of Kelvo in Lyon").
func envoyIn(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		switch toks[k].Text {
		case "Embassy", "Consulate", "Consulate-General", "EMBASSY", "CONSULATE":
			return true
		}
	}
	return false
}

// EnvoyBody reports a body that one state or organization keeps at
// another, named "to" its host: "Mission", "Delegation", "Embassy".
func EnvoyBody(w string) bool {
	switch w {
	case "Mission", "Delegation", "Embassy", "Representation", "MISSION", "DELEGATION", "EMBASSY":
		return true
	}
	return false
}

// postOfOffice reports a title at token j that names the office before it
// ("Office of" or "Office of the"): "Office of Inspector General", "Office
// of the Chief Scientist" are bodies.
func postOfOffice(toks []Token, j int) bool {
	k := j - 1
	if k > 0 && toks[k].Is("the") {
		k--
	}
	n, _ := TitleAt(toks, j)
	return n > 0 && k >= 1 && toks[k].Is("of") && toks[k-1].Is("Office")
}

// menPlural reports a capitalized plural in -men of seven bytes or more:
// "Fishermen", "Tradesmen", "Firemen" (not "Carmen"). A family name in
// -men ("Ackermen") owns no body's name of common words: commonAfter.
func menPlural(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "men")
}

// commonAfter reports capitalized common words from token k, as the
// name of a body named for its members goes on: "Cooperative Society" of
// "Fishermen's Cooperative Society" (not "Kelvo Foundation" of "Tom
// Ackermen's Kelvo Foundation").
func commonAfter(toks []Token, k, end int) bool {
	e := k
	for e < end && capWord(&toks[e]) {
		e++
	}
	return e > k && allCommon(toks[k:e])
}

// memberBodyHead reports a head that names a body after its members'
// plural: "Association" of "Kelvo Players’ Association", "Union" of
// "Dockers’ Union".
func memberBodyHead(w string) bool {
	switch w {
	case "Association", "Union", "Federation", "Guild", "Alliance", "Society", "League", "Collective", "Council":
		return true
	}
	return false
}

// regionalHead reports a head that a region's number may follow: "Office"
// of "Regional Office VII", "Jurisdiction II" (not "Board", "Branch").
func regionalHead(w string) bool {
	switch w {
	case "Office", "Region", "Division", "District", "Directorate", "Jurisdiction", "Command", "Area", "Zone", "Sector":
		return true
	}
	return false
}

// regionNumeral reports a Roman numeral from II to XX that numbers a
// region's office after its head: "Regional Office VII" (not "I", nor the
// platform "X").
func regionNumeral(w string) bool {
	switch w {
	case "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX":
		return true
	}
	return false
}

// peoplePlural reports a plural whose ending names people, no trade:
// "Players", "Doctors", "Journalists", "Musicians", "Residents" (not
// "Motors", "Networks", "Studios").
func peoplePlural(w string) bool {
	if SectorWord(w) || !CommonWord(strings.ToLower(w)) {
		return false // (nor a family name: "Jane Rogers' Housing Commission")
	}
	for _, suf := range [...]string{"ers", "ors", "ists", "ians", "ants", "ents"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
