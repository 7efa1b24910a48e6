package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// The name of the body that issues a release, as a page's header shows it:
// a body's or office's name on its own line, a letterhead in capitals, a
// masthead, a line that gives a registration.

// nameLine reports a line whose every word is capitalized but for the
// small words of a body's name: "Ministry of Forests and Emergency
// Management".
func nameLine(t string) bool {
	for _, w := range strings.Fields(t) {
		switch w {
		case "of", "for", "and", "the", "&", "on", "in":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// namedAbove returns the first line, when it comes before line i and is a
// body's name alone ("Kelvale University of Agricultural Sciences",
// "Tarn & Moor Wildlife Trust"), or "".
func namedAbove(lines []line, i int) string {
	for k := 0; k < i; k++ {
		t := strings.TrimSpace(lines[k].text)
		if t == "" {
			continue
		}
		if endsSentence(t) || !bodyName(t) {
			return ""
		}
		return t
	}
	return ""
}

// bodyName reports a text of two to ten words that names a body, not a
// unit of one, by its head: last ("Tarn & Moor Wildlife Trust") or before
// its complement ("University of the Prairie North").
func bodyName(t string) bool {
	f := strings.Fields(parenAcronymDropped(t)) // (its acronym after it: "Kelvo Labour Organization (KLO)")
	if len(f) < 2 || len(f) > 10 {
		return false
	}
	for j, w := range f {
		if bodyHead(w) && (j == len(f)-1 || f[j+1] == "of" || f[j+1] == "for") {
			return true
		}
		if bodyHead(w) && j+2 < len(f) && f[j+1] == "in" && nameWords(f) {
			return true // where it serves, the line a name alone: "United Nations Mission in the Selna Corridor" (not "Arvex Bank in Kelvale reports record profit", "… Society in Selna Launches Appeal")
		}
		if j == 0 && bodyHead(w) && romanceComplement(f[1:]) {
			return true // a Romance head first: "Hospital Infantil del Kelvo", "Fundação de Amparo à Pesquisa"
		}
	}
	return false
}

// nameWords reports words that are all capitalized or a name's
// connectors, with no headline's verb: "United Nations Mission in the
// Selna Corridor", "Office of Strategic Communication and Public
// Information".
func nameWords(f []string) bool {
	for _, w := range f {
		switch w {
		case "of", "the", "for", "and", "in", "&":
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) || entities.HeadlineVerb(w) {
			return false
		}
	}
	return true
}

// parenAcronymDropped returns t without the acronym in brackets that ends
// it: "Kelvo Labour Organization" for "Kelvo Labour Organization (KLO)";
// t when there is none.
func parenAcronymDropped(t string) string {
	i := strings.LastIndex(t, " (")
	if i <= 0 || !strings.HasSuffix(t, ")") || !acronymWord(t[i+2:len(t)-1]) {
		return t
	}
	return t[:i]
}

// romanceComplement reports the words after a Romance body's head that
// join its complement by a particle within two words: "Infantil del
// Kelvo", "de Amparo à Pesquisa".
func romanceComplement(f []string) bool {
	for k := 0; k+1 < len(f) && k < 3; k++ {
		if entities.HeadlineVerb(f[k]) {
			return false // a headline's verb before a name's particle: "Bank Appoints Maria da Silva as CEO"
		}
		if entities.RomanceParticle(f[k]) {
			return unicode.IsUpper([]rune(f[k+1])[0])
		}
	}
	return false
}

// localGovName reports the words of a local government's name, its kind
// and its place: "City of Ashcombe", "County of Kelvo", or its place and
// its kind: "Kelvo City".
func localGovName(f []string) bool {
	if len(f) >= 2 && len(f) <= 3 && entities.LocalGovKind(f[len(f)-1]) && unicode.IsUpper([]rune(f[0])[0]) && !entities.CommonWord(strings.ToLower(f[0])) {
		return true // its place, then its kind: "Kelvo City", "Kelvo Prefecture"
	}
	if len(f) < 3 || len(f) > 5 || f[1] != "of" || !entities.LocalGovKind(f[0]) {
		return false
	}
	for _, w := range f[2:] {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// bodyHead reports a word that ends a body's name: "University",
// "Council" (entities' list of heads, units excepted).
func bodyHead(w string) bool {
	h, unit := entities.OrgHead(w)
	return h && !unit
}

// letterheadCaps reports a first line in capitals that ends in a
// company's legal word or names an office: "ACME MUTUAL HOLDINGS
// LIMITED", "ZENTRIX PLC", "OFFICE OF THE ATTORNEY GENERAL", or names a
// local government: "MARROW COUNTY", "CITY OF RIVERTOWN".
func letterheadCaps(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ToUpper(t) != t || len(strings.Fields(t)) < 2 {
		return false
	}
	f := strings.Fields(t)
	if len(f) >= 3 && f[0] == "OFFICE" && f[1] == "OF" {
		return true // "OFFICE OF THE ATTORNEY GENERAL"
	}
	if len(f) >= 3 && len(f) <= 8 {
		for i := 0; i+2 < len(f) && i < 3; i++ {
			if (f[i+1] == "OF" || f[i+1] == "FOR") && bodyHead(entities.CapsWord(f[i])) {
				return true // "MINISTRY OF HEALTH", "DEPARTMENT FOR TRANSPORT", "KELVALE DEPARTMENT OF ROADS"
			}
		}
	}
	if len(f) >= 4 && initialsInParens(f) {
		return true // a body's name and its letters: "KELVO CONVENTION ON MIGRATORY BATS (KCMB)"
	}
	switch f[len(f)-1] {
	case "LIMITED", "LTD", "LTD.", "PLC", "INC.", "INC", "CORPORATION", "HOLDINGS", "GROUP", "AG", "SA", "NV", "N.V.", "S.A.":
		return true
	}
	last := f[len(f)-1]
	switch {
	case len(f) <= 4 && (last == "COUNTY" || last == "TOWNSHIP" || last == "BOROUGH" || last == "PARISH"):
		return true // a local government's: "MARROW COUNTY"
	case len(f) <= 5 && (f[0] == "CITY" || f[0] == "COUNTY" || f[0] == "TOWN" || f[0] == "STATE" || f[0] == "VILLAGE") && f[1] == "OF":
		return true // "CITY OF RIVERTOWN"
	case len(f) <= 5 && foreignTownKind[f[0]] && foreignOf[f[1]]:
		return true // another language's: "VILLE DE KELVE", "COMUNE DI KELVO", "MUNICIPIO DE KELVA"
	case len(f) <= 3 && (f[0] == "GEMEENTE" || f[0] == "GEMEINDE" || f[0] == "STADT"):
		return true // "GEMEENTE KELVEN"
	}
	tc := entities.CapsWord(last)
	return len(f) <= 6 && len(last) > 2 && (bodyHead(tc) || entities.EndHead(tc)) // "THE CIVITAS FORUM", "KELVALE WILDLIFE TRUST", "KELVO INTERNATIONAL"
}

// foreignTownKind are the words other languages open a town's or
// city's government with, before their "of" (foreignOf) and its place:
// "Ville de …", "Comune di …", "Municipio de …".
var foreignTownKind = map[string]bool{"VILLE": true, "COMMUNE": true, "COMUNE": true, "CITTÀ": true, "CIUDAD": true, "CIDADE": true,
	"MUNICIPIO": true, "MUNICÍPIO": true, "MUNICIPALIDAD": true, "ALCALDÍA": true, "PREFEITURA": true, "MAIRIE": true}

// foreignOf are the words for "of" after foreignTownKind.
var foreignOf = map[string]bool{"DE": true, "DI": true, "DEL": true, "DU": true, "DA": true, "DO": true}

// registeredName returns the name before a dash or bar on a line that
// gives its registration, "KELVALE ANIMAL RESCUE -- Registered Charity No.
// SC041772", "Kelvale Trust | Company number 0123", or after an acronym,
// "KUNT -- Kelvale University of Northern Tromsø"; or "".
func registeredName(t string) string {
	for _, sep := range [...]string{" -- ", " — ", " – ", " | ", " - "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		if acr, name := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):]); len(strings.Fields(acr)) == 1 && len(acr) <= 8 && bodyName(name) && !strings.Contains(name, sep) {
			return name // "KUNT -- Kelvale University of Northern Tromsø": an acronym and the body's name
		}
		rest := strings.ToLower(t[i+len(sep):])
		if !strings.Contains(rest, "registered") && !strings.Contains(rest, "charity no") && !strings.Contains(rest, "charity number") && !strings.Contains(rest, "company no") && !strings.Contains(rest, "company number") {
			continue
		}
		if name := strings.TrimSpace(t[:i]); len(strings.Fields(name)) >= 2 && len(strings.Fields(name)) <= 8 {
			return name
		}
	}
	return ""
}

// mastheadRE matches a site's masthead: a name of two to six capitalized
// words and a word for its news desk, "Kelvale University News", "Acme
// Robotics Newsroom".
var mastheadRE = regexp.MustCompile(`^((?:[A-Z][\p{L}’'.&-]*\s){1,5}[A-Z][\p{L}’'.&-]*)\s+(?:News|Newsroom|Press Office|Media Centre|Media Center)$`)

// masthead returns the site's name of a masthead line, or "".
func masthead(t string) string {
	if m := mastheadRE.FindStringSubmatch(strings.TrimSpace(t)); m != nil {
		return m[1]
	}
	return ""
}

// officeName reports the name of an office that is a body: "Kelvale
// County Sheriff's Office", "Special Prosecutor's Office for Fraud",
// "Kelvo District Prosecutors' Office".
func officeName(t string) bool {
	for _, sep := range [...]string{" for ", " of "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	for _, end := range [...]string{"'s Office", "’s Office", "s' Office", "s’ Office"} {
		if strings.HasSuffix(t, end) {
			return true // (also a plural's: "District Prosecutors’ Office")
		}
	}
	return false
}

// initialsInParens reports words whose last is an acronym in
// parentheses made of the initials of words before it, in any order, one
// for nearly every word but "of", "the" and the like: "KELVO CONVENTION
// ON MIGRATORY BATS (KCMB)", "AGREEMENT ON THE BATS OF THE KELVO COAST
// (BKCA)".
func initialsInParens(f []string) bool {
	last := f[len(f)-1]
	if len(last) < 4 || last[0] != '(' || last[len(last)-1] != ')' {
		return false
	}
	letters := strings.ReplaceAll(last[1:len(last)-1], "-", "")
	if len(letters) < 2 || strings.Trim(letters, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	initials := map[byte]int{}
	content := 0
	for _, w := range f[:len(f)-1] {
		switch w {
		case "OF", "THE", "ON", "FOR", "AND", "IN", "TO", "AT", "&":
			continue
		}
		if entities.HeadlineVerb(entities.CapsWord(w)) {
			return false // a headline that names a body: "KELVANIA JOINS THE WORLD HEALTH ORGANIZATION (WHO)"
		}
		content++
		initials[w[0]]++
	}
	if len(letters) < content-1 {
		return false // the letters stand for nearly every word of the name: not "PRESIDENT OPENS NEW KELVALE INTERNATIONAL AIRPORT (KIA)"
	}
	for i := 0; i < len(letters); i++ {
		if initials[letters[i]]--; initials[letters[i]] < 0 {
			return false
		}
	}
	return true
}
