package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// The lines that name a page's source around its header: skip links over
// the site's name, the name with its acronym, an office's letterhead over
// its county, an "Issued by:" line in the footer.

// skipLinkBefore reports a page's "Skip to content" link on the line
// before line i (blank lines and a menu's line of bars aside), over the
// site's name.
func skipLinkBefore(lines []line, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := strings.TrimSpace(lines[k].text)
		if t != "" && strings.Count(t, " | ") >= 3 && skipLine(t) {
			return true // a skip link among the tools and languages of a bar: "Skip to main content | Screen Reader Access | A- A A+ | हिन्दी"
		}
		if t == "" || strings.Count(t, " | ") >= 3 || contactOrSocialLine(t) || consentButtons(lines, k) {
			continue // "Home | Statistics | Publications | About us", "Call us: +254 … | info@…", "Facebook  X  YouTube", a cookie banner's "OK, got it"
		}
		return skipLine(t)
	}
	return false
}

// skipLine reports a line of skip links alone, in any language, parts set
// off by bars: "Skip to content", "Ir al contenido | Skip to content"; of
// the page's languages: "Español | English", "PT | EN", "नेपाली | English"; of the
// page's tools: "Print | Share | A- A+"; of skip links, tools and
// languages together: "Skip to main content | Screen Reader Access | A-
// A A+ | हिन्दी"; or a cookie banner.
func skipLine(t string) bool {
	if cookieBanner(t) {
		return true
	}
	var parts []string
	for _, part := range strings.Split(t, "|") {
		parts = append(parts, wideSpaces.Split(strings.TrimSpace(part), -1)...) // (items set apart by runs of spaces too: "English          Version for the visually impaired")
	}
	links, langs, tools := true, len(parts) > 1, len(parts) > 1
	mixed, skips := len(parts) > 1, false // skip links, tools and languages together: "Skip to main content | Screen Reader Access | A- A A+ | हिन्दी"
	for _, part := range parts {
		p := strings.TrimSpace(part)
		links = links && skipLink(p)
		langs = langs && langPart(p)
		tools = tools && (pageTool(p) || strings.Contains(t, "|") && siteLink(p))
		mixed = mixed && (skipLink(p) || langPart(p) || pageTool(p))
		skips = skips || skipLink(p)
	}
	if mixed && skips {
		return true
	}
	if n := len(parts); n >= 5 && !links && !langs && !tools && langPart(parts[n-1]) && langPart(parts[n-2]) && (strings.Contains(t, "|") || !slices.ContainsFunc(strings.Fields(t), startsLower)) {
		return true // a menu set apart by spaces, ending in the page's languages: "Home   News   Contact   SR | EN", "Kelvo.gov   Press Releases   Search   Text Size  A A A   繁體版   简体版" (with no "|", every word capitalized: not a headline "Kelvo Guild honours   Jane Roe   …")
	}
	if len(parts) > 1 && !links && !langs && !tools {
		// languages, then an accessible version's link: "O'zbekcha |
		// Русский | English   Version for the visually impaired"; or
		// after the numbers to call: "Emergency: (+598) 2311 0911
		// Español | English"
		n := 0
		for _, part := range parts {
			if p := strings.TrimSpace(part); langPart(p) {
				n++
			} else if !accessibleVersion(p) && !numberToCall(p) {
				return false
			}
		}
		return n >= 2
	}
	return links || langs || tools
}

// numberToCall reports a part of a page's bar that gives a number to call
// after its label: "Appointments: (+598) 2311 0000", "Hotline 0800 555 719",
// "Emergency: 911".
func numberToCall(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	digits := 0
	for _, r := range p {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	return (digits >= 6 || digits >= 3 && strings.HasSuffix(f[0], ":")) && strings.Trim(f[len(f)-1], "0123456789()+-.") == "" // (a short one after its label: "Emergency: 911")
}

// langPart reports a part of a bar that names a language or is in
// another script: "EN", "Español", "नेपाली".
func langPart(p string) bool {
	p = strings.TrimSpace(p)
	return entities.LanguageName(p) || entities.NonLatinWord(p)
}

// wideSpaces is a run of three spaces or more, that a page's text keeps
// between the items of a bar.
var wideSpaces = regexp.MustCompile(`\s{3,}`)

// accessibleVersion reports a link to a page's version for readers with
// low vision: "Version for the visually impaired", "Accessible version".
func accessibleVersion(p string) bool {
	l := strings.ToLower(p)
	return len(l) < 48 && (strings.Contains(l, "visually impaired") || strings.Contains(l, "low vision") || strings.Contains(l, "accessible version"))
}

// siteLink reports a part of a bar set off by "|" that is a site's own
// link, among its tools: "Search | Contact | A- A A+" (set off by wide
// spaces, such a bar is left to the layout: the line under it is no site).
func siteLink(p string) bool {
	switch strings.ToLower(strings.TrimSpace(p)) {
	case "search", "contact", "contact us", "login", "log in", "logout", "sign in", "menu", "sitemap", "site map", "subscribe", "rss", "feedback":
		return true
	}
	return false
}

// pageTool reports a part of a page's tool bar: "Print", "Share", "Email",
// "A- A+" (the text's size), "Download PDF".
func pageTool(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 6 {
		return false // (the size's letters may be three: "Text size A A A")
	}
	for _, w := range f {
		switch strings.ToLower(strings.TrimSuffix(w, ":")) {
		case "print", "share", "email", "e-mail", "a-", "a+", "a", "aa", "download", "pdf", "listen", "save", "bookmark", "font", "size", "text", "copy", "link", "this", "page", "article",
			"color", "colour", "contrast", "standard", "large", "larger", "small", "smaller", "foreign", "language", "languages", "accessibility", "screen", "reader", "access":
		default:
			return false
		}
	}
	return true
}

// latinName returns t without the words in another script that end it, a
// body's name in its own language after the English one: "Harbour Policy
// Institute 海港政策研究所" gives "Harbour Policy Institute"; t when none
// do, or when nothing else is left.
func latinName(t string) string {
	f := strings.Fields(t)
	n := len(f)
	for n > 1 && entities.NonLatinWord(f[n-1]) {
		n--
	}
	if n == len(f) {
		return t
	}
	return strings.Join(f[:n], " ")
}

// cookieBanner reports a page's notice of its cookies: "This site uses
// cookies. Learn more | Got it", "We use cookies to improve your
// experience" (not a release of "Kelvo Cookie Company").
func cookieBanner(t string) bool {
	l := strings.ToLower(t)
	if !strings.Contains(l, "cookie") {
		return false
	}
	for _, w := range [...]string{"site", "experience", "accept", "privacy", "consent", "brows", "got it"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// consentButtons reports a line of choices set off by bars right under a
// cookie banner, in any language: "Alle akzeptieren | Nur notwendige |
// Einstellungen" under "Diese Website verwendet Cookies …"; or a short
// line of an English banner's buttons: "OK, got it".
func consentButtons(lines []line, i int) bool {
	if !strings.Contains(lines[i].text, "|") && !consentWords(lines[i].text) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := strings.TrimSpace(lines[k].text); t != "" {
			return cookieBanner(t)
		}
	}
	return false
}

// consentWords reports a short line of a cookie banner's buttons:
// "OK, got it", "Accept all", "I agree".
func consentWords(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		switch strings.Trim(w, ",.!") {
		case "ok", "okay", "got", "it", "accept", "all", "i", "agree", "allow", "close", "dismiss", "reject", "decline", "cookies", "continue", "understand":
		default:
			return false
		}
	}
	return true
}

// skipLink reports a page's link past its menus: "Skip to main content",
// "Ir al contenido", "Aller au contenu".
func skipLink(t string) bool {
	t = strings.ToLower(t)
	for _, p := range [...]string{"skip to ", "jump to ", "ir al contenido", "saltar al contenido", "aller au contenu", "zum inhalt", "vai al contenuto", "ir para o conteúdo", "pular para o conteúdo"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// searchBox reports a site's search box, a few words ending in an
// ellipsis: "Search ...", "Search this site…".
func searchBox(t string) bool {
	t = strings.TrimSpace(t)
	f := strings.Fields(t)
	return len(f) >= 1 && len(f) <= 4 && strings.EqualFold(strings.TrimRight(f[0], ".…"), "search") && (strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…"))
}

// acronymDropped returns a site's name without its acronym set off by a
// dash: "KWC - Kelby Water Commission" gives "Kelby Water Commission".
func acronymDropped(t string) string {
	for _, dash := range [...]string{" - ", " – ", " — "} {
		a, b, ok := strings.Cut(t, dash)
		if !ok {
			continue
		}
		switch {
		case acronymWord(a) && len(strings.Fields(b)) >= 2:
			return strings.TrimSpace(b)
		case acronymWord(b) && len(strings.Fields(a)) >= 2:
			return strings.TrimSpace(a)
		}
	}
	return t
}

// acronymWord reports one word of two to eight capitals: "KWC".
func acronymWord(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 2 || len(t) > 8 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// issuedBy returns the body a release's own line says issues it,
// wherever the line stands (often in the footer, over the enquiries):
// "Issued by: Office of the Premier, Kelby Province" gives "Office of the
// Premier, Kelby Province".
func issuedBy(lines []line) string {
	for _, l := range lines {
		label, value, ok := strings.Cut(strings.TrimSpace(l.text), ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(label), "issued by") {
			continue
		}
		if v := issuerOfLine(value); v != "" && l.words <= 16 {
			return v
		}
	}
	return ""
}

// issuerOfLine returns the body an "Issued by:" line's value names: up to
// a dash or a bar that sets off its contacts, and after a person's name and
// post set off by commas, the body last ("Jane Roe, Publicity Secretary,
// KWU – info@kwu.org" gives "KWU").
func issuerOfLine(v string) string {
	for _, sep := range [...]string{" – ", " — ", " | ", " - "} {
		v, _, _ = strings.Cut(v, sep)
	}
	v = strings.TrimSpace(v)
	parts := strings.Split(v, ",")
	if len(parts) >= 3 && personShaped(strings.TrimSpace(parts[0])) {
		return strings.TrimSpace(parts[len(parts)-1])
	}
	return v
}

// personShaped reports two to four capitalized words, no body's head
// among them and no digit: "Jane Roe", "Mwila Kasonde".
func personShaped(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 || strings.ContainsAny(s, "0123456789@") {
		return false
	}
	for _, w := range f {
		if h, _ := entities.OrgHead(w); h || w == strings.ToUpper(w) || !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// countyOffice names an office's letterhead by its county, as running
// text does, when the next line names the county in capitals: "OFFICE OF
// THE SHERIFF" over "KELBY COUNTY, OHIO" is "Kelby County Sheriff's
// Office"; "" otherwise.
func countyOffice(head string, next []line) string {
	f := strings.Fields(head)
	if len(f) < 4 || f[0] != "OFFICE" || f[1] != "OF" || f[2] != "THE" {
		return ""
	}
	for _, l := range next {
		if l.text == "" {
			continue
		}
		place, _, _ := strings.Cut(l.text, ",")
		p := strings.Fields(place)
		if len(p) < 2 || len(p) > 4 || strings.ToUpper(place) != place {
			return ""
		}
		switch p[len(p)-1] {
		case "COUNTY", "PARISH", "CITY", "TOWN", "TOWNSHIP", "BOROUGH":
			return capsWords(p) + " " + capsWords(f[3:]) + "'s Office"
		}
		return ""
	}
	return ""
}

// capsWords writes words in capitals with initial capitals: "KELBY
// COUNTY" is "Kelby County".
func capsWords(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = entities.CapsWord(w)
	}
	return strings.Join(out, " ")
}

// contactOrSocialLine reports a page's line of contact details or of
// social networks' names: "Call us: +254 (0) 54 21 455 | info@kelvo.go.ke",
// "Facebook  X  YouTube".
func contactOrSocialLine(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 14 {
		return false
	}
	if strings.HasPrefix(t, "Call us") || strings.HasPrefix(t, "Tel") || strings.Contains(t, "@") && strings.ContainsAny(t, "0123456789") || hotlines(t) {
		return true
	}
	for _, w := range f {
		switch strings.Trim(w, "|") {
		case "Facebook", "X", "YouTube", "Twitter", "Instagram", "LinkedIn", "TikTok", "WhatsApp", "Telegram", "Flickr", "":
		default:
			return false
		}
	}
	return true
}

// hotlines reports a line of numbers to call set off by bars, each part
// ending in its number: "Emergency 999 | Police Hotline 555 | Crime
// Stoppers 800-TIPS".
func hotlines(t string) bool {
	parts := strings.Split(t, "|")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) < 2 || !strings.ContainsAny(f[len(f)-1], "0123456789") {
			return false
		}
	}
	return true
}
