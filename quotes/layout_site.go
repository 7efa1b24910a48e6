package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/internal/htmltext"
)

// A page's title line and the site it names: "Title | Site", "Title –
// Site", a site's generic words ("Official Website", "Newsroom", "Gaceta
// …") around its body's name, a name in the site's own language over one
// in English.

// cutDash cuts t around its first dash set off by spaces: "Media release
// – Kelvo City Council" gives "Media release" and "Kelvo City Council".
func cutDash(t string) (before, after string, ok bool) {
	for _, dash := range [...]string{" - ", " – ", " — "} {
		if a, b, found := strings.Cut(t, dash); found {
			return strings.TrimSpace(a), strings.TrimSpace(b), true
		}
	}
	return t, "", false
}

// dashTitle splits a page's title line with the site's name after its
// last dash, when that names a body and a headline of four words or more
// stands before it: "Nine Charged in Fraud Scheme - Kelvo Revenue Agency",
// past a government's portal after it; else it returns the line and "".
func dashTitle(t string) (title, site string) {
	for _, dash := range [...]string{" - ", " – ", " — "} {
		if i := strings.LastIndex(t, dash); i > 0 {
			head, name := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(dash):])
			if _, country := entities.Country(name); htmltext.Portal(name) || country {
				if h, body := dashTitle(head); body != "" && htmltext.HeadFirstBody(body) {
					return h, body // the portal or the country that hosts the body's page names no issuer: "… - Ministry of Water - Republic of Kelvania Portal", "… - Ministry of Water - Kelvania" (not "… - Kelvo Broadcasting Corporation - Kenya")
				}
				return t, ""
			}
			if (bodyName(name) || officeName(name)) && len(strings.Fields(head)) >= 4 && !bodyName(head) { // (not "Government of Kelvo – English News")
				return head, name
			}
		}
	}
	return t, ""
}

// siteTitle splits a page title with the site's name after a bar:
// "Nagorno-Karabakh: MEPs demand ... | News | European Parliament" gives the
// headline and "European Parliament".
func siteTitle(t string) (title, site string) {
	i := strings.Index(t, " | ")
	if i <= 0 {
		return t, ""
	}
	parts := strings.Split(t, " | ")
	title, site = strings.TrimSpace(t[:i]), strings.TrimSpace(parts[len(parts)-1])
	if htmltext.Portal(site) {
		return title, "" // a government's portal, no issuer: "… | GOV.UK", whose "From:" line names the department
	}
	if len(parts) == 2 && len(strings.Fields(title)) <= 5 && nameLine(title) && !nameLine(site) && len(strings.Fields(site)) >= 4 && !strings.Contains(site, ",") {
		return site, title // the site first: "Kelvo Watch | Survey finds pellets on every beach" (not a label and an address or a date: "Press Office | Civic Centre, Market Street")
	}
	if len(parts) == 2 && commsDesk(site) && headedName(title) {
		return title, title // the body, then its press desk: "Kelvo University | Communications and Marketing"
	}
	if genericSite(site) && headedName(title) {
		return title, title // the body, then words that name no one: "Kelvo City Police | Official Website"
	}
	if n := stateDropped(title); genericSite(site) && localGovName(strings.Fields(n)) && !slices.ContainsFunc(strings.Fields(n), entities.HeadlineVerb) { // (not a headline: "Town of Kelvo Wins Grant | Official Website")
		return n, n // a town, perhaps with its state, then words that name no one: "City of Kelvo, MI | Official Website"
	}
	if len(parts) >= 3 && sectionWord(site) && headedName(title) {
		return title, title // the site, then its sections: "Kelvale University | News & Events | Research"
	}
	return title, site
}

// commsDesk reports a title line's part that names a body's press desk by
// common words: "Communications and Marketing", "Press Office", "Media
// Relations".
func commsDesk(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	switch f[0] {
	case "Press", "Media", "Communications", "Communication", "Corporate", "Public", "News":
	default:
		return false
	}
	for _, w := range f {
		if w != "and" && w != "&" && (!unicode.IsUpper([]rune(w)[0]) || !entities.CommonWord(w)) {
			return false
		}
	}
	return true
}

// genericSite reports a title line's part that names a website, not its
// owner: "Official Website", "Official Portal", "Home".
func genericSite(p string) bool {
	switch strings.ToLower(strings.TrimSpace(p)) {
	case "official website", "official web site", "official portal", "official site", "home", "homepage", "home page", "website":
		return true
	}
	return false
}

// sectionWord reports a part of a title line that is one common word, a
// site's section: "Research", "News".
func sectionWord(p string) bool {
	return !strings.Contains(p, " ") && entities.CommonWord(p) && !entities.IsPlace(p)
}

// headedName reports a short name whose last word is a body's head:
// "Kelvale University".
func headedName(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	h, unit := entities.OrgHead(f[len(f)-1])
	return h && !unit
}

// translatedName reports an English body's name, en, for the name in
// another language that opens with a head the lists translate, own:
// "Secretariat of Water" for "Secretaría de Aguas", "Kelvo University" for
// "Universidad de Kelvo".
func translatedName(own, en string) bool {
	if len(strings.Fields(own)) < 2 {
		return false
	}
	h := entities.TranslatedHead(own)
	return h != "" && strings.Contains(en, h) && !slices.ContainsFunc(strings.Fields(en), entities.HeadlineVerb) // (not a headline: "Secretariat Warns of Dengue Surge")
}

// stateDropped returns p without the state or country set off after its
// last comma, in one or two capitalized words: "City of Kelvo" for "City
// of Kelvo, MI"; p when there is none.
func stateDropped(p string) string {
	i := strings.LastIndex(p, ", ")
	if i <= 0 {
		return p
	}
	f := strings.Fields(p[i+2:])
	if len(f) == 0 || len(f) > 2 {
		return p
	}
	for _, w := range f {
		if !unicode.IsUpper([]rune(w)[0]) {
			return p
		}
	}
	return p[:i]
}

// address reports an address line: a street number before the bar, or
// in a part between bars, or a number and a comma after the last ("… |
// Harlan Falls, Ohio 45202", "Office of the Minister | Private Bag 14,
// Accra", "Press Office | 14 Rue des Ambassades | Port Sélène").
func address(line, title, site string) bool {
	if f := strings.Fields(title); len(f) > 0 && strings.Trim(f[0], "0123456789-") == "" {
		return true
	}
	parts := strings.Split(line, " | ")
	for _, p := range parts[1 : len(parts)-1] {
		if f := strings.Fields(p); len(f) > 1 && strings.Trim(f[0], "0123456789-") == "" {
			return true
		}
	}
	return strings.Contains(site, ",") && strings.ContainsAny(site, "0123456789") && parseDate(site) == ""
}

// siteName returns the site of a title line whose last part is a date:
// "News release | Kelvale University | May 14, 2025" is Kelvale
// University's; "Admin | July 30, 2024" names none (a byline of one word).
func siteName(site, line string) string {
	if parseDate(site) == "" {
		return site
	}
	parts := strings.Split(line, " | ")
	for k := len(parts) - 2; k > 0; k-- {
		if p := strings.TrimSpace(parts[k]); parseDate(p) == "" {
			if len(strings.Fields(p)) < 2 {
				return ""
			}
			return p
		}
	}
	return ""
}

// siteWords are what a site's name adds to its body's: "Kelvo City
// Official Website", "Official Portal of the Kelvo Government".
var siteWords = []string{" Official Website", " Official Web Site", " Official Site", " Official Portal", " Web Portal", " Website", " Electronic Information Portal", " Information Portal"}

// pressDeskWords end the name of a body's press desk as its site: "Kelvo
// Newsroom", "KCOR Press Office".
var pressDeskWords = []string{" Meetings Coverage and Press Releases", " News Portal", " News Centre", " News Center", " Press Releases", " Media Releases", " News Releases", " Press Office", " Press Room", " Press Centre", " Press Center", " Newsroom", " News Room", " Media Centre", " Media Center", " Press"}

// newsSiteWords end a news site's name as well as a body's desk: only a
// body's letters or name before them make it a desk ("UTPT News Portal",
// not the trade site "Mining News Portal").
var newsSiteWords = map[string]bool{" News Portal": true, " News Centre": true, " News Center": true}

// siteBody returns the body a site's name names: "Kelvo City" for "Kelvo
// City Official Website" or "Kelvo City – Official Website", "the Kelvo Government" for "Official Portal of
// the Kelvo Government", "KCOR" for "KCOR Press" or "Gaceta KCOR"; the name as it is when it
// says no more.
func siteBody(site string) string {
	for _, w := range siteWords {
		if n := len(site) - len(w); n > 0 && strings.EqualFold(site[n:], w) && len(strings.Fields(site[:n])) >= 2 {
			return strings.TrimRight(site[:n], " -–—:·") // (in capitals too: "KELVO PROVINCE ELECTRONIC INFORMATION PORTAL"; after a dash: "Kelvo Rovers FC – Official Website")
		}
	}
	for _, w := range pressDeskWords {
		if b, ok := strings.CutSuffix(site, w); ok && len(strings.Fields(b)) >= 1 && !strings.HasSuffix(b, " of") && !strings.HasSuffix(b, " the") && !strings.HasSuffix(b, " and") && (w != " Press" || !strings.Contains(b, " ") && strings.ToUpper(b) == b) && !entities.IsPlace(b) && (!newsSiteWords[w] || acronymWord(b) || bodyName(b)) {
			return b // a body's press desk: "Kelvo Newsroom", "KCOR Press" (a bare "Press" after letters only: not "Associated Press", "Oxford University Press"; not a region's news site: "East Africa News Portal")
		}
	}
	for _, w := range []string{"Gaceta ", "Gazeta ", "Boletín "} {
		if b, ok := strings.CutPrefix(site, w); ok && acronymWord(b) { // (not a paper's own name: "Gaceta Médica", "Boletín Oficial del Kelvo")
			return b // a body's gazette named in Spanish or Portuguese: "Gaceta UPCM"
		}
	}
	for _, w := range []string{" Gazette"} {
		if b, ok := strings.CutSuffix(site, w); ok && len(strings.Fields(b)) >= 1 && strings.ToUpper(b) == b {
			return b // its gazette in English after its letters: "KSU Gazette"
		}
	}
	for _, w := range []string{"Official Website of ", "Official Portal of ", "Official Site of ", "Website of "} {
		if b, ok := strings.CutPrefix(site, w); ok && len(strings.Fields(b)) >= 2 {
			return strings.TrimPrefix(b, "the ")
		}
	}
	return site
}
