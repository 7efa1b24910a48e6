package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/internal/htmltext"
	"github.com/quotekit/quotekit/speakers"
)

// The metadata in the lines above a release's body (readMeta): its title,
// site, date and source, read from title lines with bars, "Key:" lines,
// bylines, menus and breadcrumbs.

// readMeta reads the metadata of the lines before the body: a title line
// with the site's name, "- Key:" lines and their values, a date alone on
// its line, and otherwise the last headline-like line as the title.
func (lay *layout) readMeta(lines []line) {
	key := ""
	siteNamed := false
	skipSite := false // the site is named under a skip link: bars after it are menus ("Search | Quick Links | Directory")
	// A masthead names a site; a body's name on its own line below it
	// names the body that issues the release ("Kelvale Gov News" over
	// "Ministry of Forests").
	// A body's name alone on the first line names the issuer too ("Kelvale
	// Ministry of Transport"), unless it is the headline.
	fromMasthead, issuing, firstName := false, "", ""
	lettered := false // the first line is a letterhead in capitals
	defer func() {
		if issuing != "" && issuing != lay.title {
			lay.source = issuing
		}
		if lay.source == "" && firstName != "" && firstName != lay.title {
			lay.source = firstName
		}
	}()
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		if skipLine(l.text) || consentButtons(lines, i) {
			continue // "Ir al contenido | Skip to content": a link, no title or site
		}
		if strings.Contains(l.text, "|") && contactOrSocialLine(strings.TrimSpace(l.text)) {
			continue // "Toll Free: 0800 555 719 | Email: info@kelvo.example | Complaints & Feedback": the page's contacts, no title or site
		}
		if n := crumbBody(l.text); n != "" {
			if lay.source == "" {
				lay.source = n // "Home / Ministries / Ministry of Kelvo Roads / News": the body whose news the page is
			}
			continue
		}
		head, site := siteTitle(l.text) // "Title | Site", or "" for site when the line has no bar
		if h, name := dashTitle(l.text); name != "" && firstLine(lines, i) && site == "" && !siteNamed {
			lay.title, lay.source, siteNamed = h, name, true // "Nine Charged in Fraud Scheme - Kelvo Revenue Agency"
			continue
		}
		if site != "" && byline(head) {
			if d := barDate(l.text); d != "" && lay.date == "" {
				lay.date = d // "By Staff Writer | October 6, 2026", "Posted by Press Unit | 24 July 2025 | News": no title
			}
			continue
		}
		if site != "" && byline(site) {
			if d := parseDate(head); d != "" && lay.date == "" {
				lay.date = d // "November 23, 2026 | By Communications and Marketing"
			}
			continue
		}
		if d := parseDate(site); d != "" && lay.source != "" && nameLine(head) && translatedName(lay.source, head) {
			lay.source = head // the site's name in its own language, then the release's line in English: "Secretaría de Aguas del Kelvo | Prensa" over "Secretariat of Water of Kelvo | May 12, 2025"
			if lay.date == "" {
				lay.date = d
			}
			continue
		}
		if d := parseDate(site); d != "" && releaseLabelLine(head) {
			// "Media release | Wednesday 2 December 2026": no title; a site
			// only between the label and the date ("News release | Kelvale
			// University | May 14, 2025")
			if lay.date == "" {
				lay.date = d
			}
			if n := siteName(site, l.text); n != "" && lay.source == "" && bodyName(n) {
				lay.source = n // (not the place of "NEWS RELEASE | KELVO HILLS | 5 May 2026")
			}
			continue
		}
		if d := parseDate(head); d != "" && releaseLabelLine(site) {
			if lay.date == "" {
				lay.date = d // "May 6, 2025 | Press Release": no title, no site
			}
			continue
		}
		if label, name, ok := cutDash(l.text); ok && releaseLabelLine(label) && bodyName(name) {
			if lay.source == "" {
				lay.source = name // "Media release – Kelvo City Council": no title
			}
			continue
		}
		if site != "" && (strings.Contains(site, ":") || shortLabel(head)) {
			continue // "JSE share code: KMH | A2X share code: KMH", "Share: Facebook | Email": no site
		}
		if site != "" && address(l.text, head, site) {
			continue // "1400 Courthouse Square, Suite 200 | Harlan Falls, Ohio 45xxx": an address
		}
		if _, d := placeDate(head); site != "" && d != "" {
			if lay.date == "" {
				lay.date = d // "Split, 3 March 2025 | Maritime transport": a place, a date and a tag, no site
			}
			continue
		}
		if site != "" && postedDate(head) != "" {
			if lay.date == "" {
				lay.date = postedDate(head) // "Posted 20 November 2026 | Conservation, Mammals": a date and tags, no site
			}
			continue
		}
		if lay.source == "" && skipLinkBefore(lines, i) && !crumbs(l.text) {
			if f := strings.Fields(siteBody(strings.TrimSpace(l.text))); len(f) >= 2 && len(f) <= 8 && (bodyHead(f[len(f)-1]) || localGovName(f) || bodyName(strings.Join(f, " ")) || placePost(f) || letterheadCaps(l.text)) {
				lay.source = acronymDropped(siteBody(strings.TrimSpace(l.text))) // "Skip to content" over "Tarn & Moor Wildlife Trust", "Parliament of Kelvo", "Kelvo City Official Website"
				skipSite = true
				continue
			}
		}
		if parts := strings.Split(l.text, " | "); len(parts) >= 4 && !siteNamed {
			// a site's menu: "Kelvale University | Study | Research | News |
			// Give"; the site is its first part, if that names a body
			if f := strings.Fields(parts[0]); len(f) >= 2 && lay.source == "" && bodyHead(f[len(f)-1]) {
				lay.source = strings.TrimSpace(parts[0])
			}
			continue
		}
		if site != "" && !unicode.IsUpper([]rune(site)[0]) {
			if d := parseDate(strings.TrimPrefix(head, "Published ")); d != "" && lay.date == "" {
				lay.date = d // "Published 3 November 2026 | 5 minute read"
			}
			if d := parseDate(site); d != "" && lay.date == "" {
				lay.date = d // "NEWS | 1 December 2026"
			}
			continue
		}
		if site != "" && skipSite {
			continue
		}
		if d := parseDate(publishedDropped(head)); site != "" && (htmltext.SectionName(site) || commsDesk(site)) && !eventsSection(site) && d != "" {
			if lay.date == "" {
				lay.date = d // "PUBLISHED ON MAY 21, 2025 | NEWS": a date and its section, no site; "June 3, 2025 | Magallanes Region | Press Office": a date, a section and the desk (not "… | Kelvo Mining Corp", the issuer last, nor an event's "… | Kelvo Energy Forum | Selna Centre")
			}
			continue
		}
		if site != "" && htmltext.SectionName(site) && !htmltext.SectionName(head) && !siteNamed {
			// "Acme Robotics | Newsroom": the site's name before its
			// section, no title
			if lay.source == "" {
				lay.source, skipSite = strings.TrimSpace(head), true
			}
			continue
		}
		if site != "" && htmltext.SectionName(head) {
			// "News | University of the Prairie North", "News | Faculty of
			// Veterinary Medicine": a section's breadcrumb, no title; the
			// site is the body it names, unless that is a unit of the body
			// named alone on the first line above it.
			if lay.source == "" {
				lay.source = namedAbove(lines, i)
			}
			if lay.source == "" && bodyName(site) {
				lay.source = site
			}
			if d := parseDate(site); d != "" && lay.date == "" {
				lay.date = d // "NEWS | 1 December 2026"
			}
			continue
		}
		if site != "" && lettered && i <= 2 {
			continue // a letterhead's units under it: "MARROW COUNTY" over "Board of Supervisors | Office of Emergency Services"
		}
		if site != "" && fromMasthead && !strings.Contains(site, lay.source) {
			continue // a section's breadcrumb under a masthead: "Kelvale University News" over "Research | Agriculture & Environment"
		}
		if site != "" && !siteNamed && head == site && lay.source == "" {
			lay.source = site // the site's name alone before words that name no one: "Kelvo City Police | Official Website", no title
			continue
		}
		if site != "" && numberedReleaseLabel(head) {
			if lay.source == "" {
				lay.source = site // "Press Release No. 2025-0417 | Department of Kelvo Labour": the issuer, no title
			}
			continue
		}
		if site != "" && !siteNamed && !strings.HasPrefix(l.text, "- ") {
			lay.title, lay.source, siteNamed = head, siteName(site, l.text), true
			continue
		}
		if m := masthead(l.text); m != "" && lay.source == "" && firstLine(lines, i) {
			lay.source, fromMasthead = m, true // "Kelvale University News"
			continue
		}
		if lay.source == "" && (firstLine(lines, i) || firstLineOrCrumbs(lines, i) && headFirstCaps(l.text)) && (letterheadCaps(l.text) || capsOverLabel(lines, i)) {
			lay.source = l.text // "KAROO MUTUAL HOLDINGS LIMITED" above the header's lines
			lettered = true
			if o := countyOffice(l.text, lines[i+1:]); o != "" {
				lay.source = o // "OFFICE OF THE SHERIFF" over "KELBY COUNTY, OHIO"
			} else if i+1 < len(lines) && speakers.BranchOf(l.text, lines[i+1].text) {
				lay.source = lines[i+1].text // "NATIONAL POLICE FORCE" over "KELVO STATE POLICE COMMAND": the branch's
			}
		}
		if name := registeredName(l.text); lay.source == "" && firstLine(lines, i) && name != "" {
			lay.source = name // "KELVALE ANIMAL RESCUE -- Registered Charity No. SC041772"
			continue
		}
		t := strings.TrimSpace(strings.TrimLeft(l.text, "-*• "))
		if t == "" {
			continue
		}
		if from := publisherLine(t); from != "" || strings.HasPrefix(t, "From: ") {
			if lay.source == "" {
				lay.source = from // a government page's publisher line: "From: Department of Housing and Communities"
			}
			continue // (no title)
		}
		if isMetaKey(l.text) {
			key = strings.ToLower(strings.TrimSuffix(t, ":"))
			continue
		}
		if key != "" {
			switch key {
			case "date", "published", "published on":
				if lay.date == "" {
					lay.date = parseDate(t)
				}
			case "place", "location":
				if lay.place == "" {
					lay.place = placeName(t)
				}
			case "source", "issued by", "author":
				if siteNamed || lay.source == "" {
					lay.source, siteNamed = t, false
				}
			}
			if strings.HasPrefix(l.text, "- ") || strings.HasPrefix(l.text, "* ") || l.words <= 6 {
				key = ""
				continue
			}
		}
		key = ""
		if d := postedDate(t); d != "" {
			if lay.date == "" {
				lay.date = d // "Published 16 November 2026"
			}
			continue
		}
		if label, value, ok := strings.Cut(t, ": "); ok && (metaLabel(label) || datedLabel(label, value)) {
			if d := parseDate(value); d != "" && lay.date == "" {
				lay.date = d // "Published: 12 November 2026, 09:30"
			}
			switch strings.ToLower(strings.TrimSpace(label)) {
			case "source", "issued by":
				if lay.source == "" {
					lay.source = strings.TrimSpace(value) // "Source: Forum for Security Co-operation"
				}
			}
			continue // "Statistician group: Labour Market Statistics": no title
		}
		if i := strings.Index(t, " · "); i > 0 {
			if d := parseDate(t[:i]); d != "" {
				if lay.date == "" {
					lay.date = d // "November 26, 2026 · 5 min read"
				}
				continue
			}
		}
		if d := parseDate(t); d != "" {
			if lay.date == "" {
				lay.date = d
			}
			continue
		}
		if p, d := placeDate(t); d != "" && unicode.IsUpper([]rune(t)[0]) {
			if lay.date == "" {
				lay.date = d // "Accra, 26th November, 2026": a place and a date
			}
			if lay.place == "" {
				lay.place = p
			}
			continue
		}
		if fromMasthead && issuing == "" && l.words <= 8 && nameLine(t) && bodyName(t) {
			issuing = t
		}
		if n := latinName(t); firstName == "" && firstLineOrCrumbs(lines, i) && l.words <= 8 && nameLine(parenAcronymDropped(n)) && (bodyName(n) || officeName(n)) { // (with its acronym: "Kelvo Labour Organization (KLO)")
			firstName = n // (without its name in another script: "Harbour Policy Institute 海港政策研究所")
			if o := officeUnder(lines, i); o != "" {
				firstName = o // "Department of Justice" over "U.S. Attorney's Office" over "Northern District of Georgia": the office of its district
			}
		}
		if datelineLine(t) {
			// "KELVALE, 3 March 2026 --": a dateline over its text, no title
			if p, d := dateline(t); lay.place == "" && lay.date == "" {
				lay.place, lay.date = p, d
			}
			continue
		}
		if body, p := seatLine(t); p != "" {
			if lay.place == "" {
				lay.place = p // "United Nations, New York": a body's seat, no title
			}
			if lay.source == "" && body != "" {
				lay.source = body
			}
			continue
		}
		if companyLine(t) {
			if lay.source == "" {
				lay.source = t // "Kelvo Lithium Limited" over an exchange announcement's notes
			}
			continue
		}
		if postsOfficeLine(t) && underLabel(lines, i) {
			if lay.source == "" {
				lay.source = t // "U.S. Attorney's Office, Western District of Kelvo" under "For Immediate Release": the issuer, no title
			}
			continue
		}
		// The title: the last headline-like line before the body, e.g.
		// after "Press release", unless a title line named the site.
		if l.words >= 4 && !strings.HasPrefix(l.text, "- ") && !siteNamed && !endsSentence(t) && !strings.HasPrefix(t, "By ") && !strings.HasPrefix(t, "BY ") && !shortLabel(t) && !shareLine(t) && !parenthesized(t) && !numberedReleaseLabel(t) {
			lay.title = t
		}
	}
}

// departmentUnder returns the body named on the line right under a
// government's name that is the source: "KwaZulu-Natal Provincial
// Government" over "Department of Transport and Community Safety" is the
// department's page. Else source.
func departmentUnder(lines []line, source string) string {
	f := strings.Fields(source)
	if n := len(f); n < 2 || n > 5 || f[n-1] != "Government" || !speakers.GovernmentLevel(f[n-2]) {
		return source
	}
	for i := 0; i+1 < len(lines) && i < 4; i++ {
		if strings.TrimSpace(lines[i].text) != source {
			continue
		}
		next := strings.TrimSpace(lines[i+1].text)
		if g := strings.Fields(next); len(g) >= 3 && len(g) <= 10 && (g[0] == "Department" || g[0] == "Ministry" || g[0] == "Office") && (g[1] == "of" || g[1] == "for") && bodyNameWords(g[2:]) {
			return next
		}
		break
	}
	return source
}

// parenthesized reports a line wholly in parentheses, a note under a
// company's name in an exchange's announcement, no title: "(Incorporated
// in the Republic of Kelvania)", "(“Kelvo” or “the Company”)".
func parenthesized(t string) bool {
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && !strings.Contains(t[1:len(t)-1], ")")
}

// companyLine reports a line that is a company's name with its legal
// form, as an exchange's announcement heads its notes, no title: "Kelvo
// Green Lithium Limited", "Kelvo Holdings Bhd".
func companyLine(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	last := f[len(f)-1]
	return nameLine(t) && (entities.LegalForm(last) || last == "Limited" || last == "Berhad" || last == "Incorporated")
}

// seatLine reads a line that names a body or a place and then, after a
// comma, a place the lists know: "United Nations, New York" gives the
// body and its seat, "Kingston, Jamaica" no body and the line; any other
// line gives no place ("Floods Hit Kingston, Jamaica" is a headline).
func seatLine(t string) (body, place string) {
	a, b, ok := strings.Cut(t, ", ")
	if !ok || strings.Contains(b, ",") || len(strings.Fields(t)) > 6 || !entities.IsPlace(b) {
		return "", ""
	}
	if _, org := entities.LookupOrg(a); org || bodyName(a) {
		return a, b
	}
	if f := strings.Fields(a); len(f) >= 2 && strings.EqualFold(f[len(f)-1], "headquarters") {
		if _, org := entities.LookupOrg(strings.Join(f[:len(f)-1], " ")); org {
			return "", b // a body's headquarters as the venue: "AU HEADQUARTERS, ADDIS ABABA" is where, not who (a member's statement there is the member's)
		}
	}
	if entities.IsPlace(a) {
		return "", t
	}
	return "", ""
}

// shortLabel reports a text that opens with a page's label for sharing or
// filing and a colon: "Share: Facebook", "Tags: climate" (not a headline's
// "Nagorno-Karabakh: MEPs demand …").
func shortLabel(t string) bool {
	c := strings.IndexByte(t, ':')
	if c <= 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(t[:c])) {
	case "share", "share this", "share this page", "tags", "topics", "follow", "follow us", "categories", "filed under":
		return true
	}
	return false
}

// metaLabel reports a label of a page's metadata line before its colon:
// "Published", "Statistician group", "Release date", "Media contact".
func metaLabel(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	switch l {
	case "published", "updated", "last updated", "last modified", "modified", "posted", "date", "release date", "for immediate release", "embargo", "embargoed until", "reference", "ref", "category", "categories", "topic", "topics", "tags", "media contact", "contact", "press contact", "location", "source", "author", "issued by", "issued",
		"isin", "ticker", "lei": // (an exchange announcement's codes: "ISIN: ZAE000123456")
		return true
	}
	return len(strings.Fields(l)) <= 3 && (strings.HasSuffix(l, " group") || strings.HasSuffix(l, " date") || strings.HasSuffix(l, " contact") || strings.HasSuffix(l, " code")) // ("JSE share code: KGL")
}

// datedLabel reports a metadata label that ends in "on" before a date:
// "Last updated on: 12 August 2025" (not a heading's "Updated on: flood
// guidance").
func datedLabel(label, value string) bool {
	l, ok := strings.CutSuffix(strings.TrimSpace(label), " on")
	return ok && metaLabel(l) && parseDate(value) != ""
}

// byline reports a writer's credit: "By Staff Writer", "By Jane Roe",
// "Posted by Press Unit".
func byline(t string) bool {
	for _, p := range [...]string{"Posted by ", "Written by ", "Published by "} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			t = "By " + rest
		}
	}
	return strings.HasPrefix(t, "By ") && len(strings.Fields(t)) <= 5
}

// barDate returns the date of the first part of a line set off by bars
// that is one: "24 July 2025" of "Posted by Press Unit | 24 July 2025 |
// Press Releases"; "" when none is.
func barDate(t string) string {
	for _, part := range strings.Split(t, " | ") {
		if d := parseDate(strings.TrimSpace(part)); d != "" {
			return d
		}
	}
	return ""
}

// firstLineOrCrumbs reports whether line i is the first non-empty line
// or comes right after a page's breadcrumbs ("Home > News > Press
// Releases").
func firstLineOrCrumbs(lines []line, i int) bool {
	for k := 0; k < i; k++ {
		if t := lines[k].text; t != "" && !crumbs(t) {
			return false
		}
	}
	return true
}

// officeUnder returns the office a letterhead names on the line right
// under a body's name at line i, with the district on the line under it
// if any: "Department of Justice" / "U.S. Attorney's Office" / "Northern
// District of Kelvo" gives "U.S. Attorney's Office, Northern District of
// Kelvo"; "" when the next line is no office.
func officeUnder(lines []line, i int) string { return officeAt(lines, i+1) }

// officeAt returns the office line j names, with the district on the
// line under it if any ("U.S. Attorney's Office, Northern District of
// Kelvo"); "" when line j names no office.
func officeAt(lines []line, j int) string {
	if j >= len(lines) {
		return ""
	}
	o := strings.TrimSpace(lines[j].text)
	if !officeName(o) || !nameLine(o) || len(strings.Fields(o)) > 6 {
		return ""
	}
	if j+1 < len(lines) {
		d := strings.TrimSpace(lines[j+1].text)
		if f := strings.Fields(d); len(f) >= 2 && len(f) <= 6 && nameLine(d) && districtName(d) {
			return o + ", " + d
		}
	}
	return o
}

// crumbs reports a page's breadcrumbs: "Home > News > Press Releases",
// "Home » News » Hospital News", or two short parts: "Press Service >
// News".
func crumbs(t string) bool {
	if strings.HasPrefix(strings.TrimSpace(t), "Home / ") && strings.Count(t, " / ") >= 2 {
		return true // slashes after "Home": "Home / Media Centre / Press Releases / …"
	}
	for _, sep := range [...]string{" > ", " » ", " › "} {
		switch strings.Count(t, sep) {
		case 0:
			continue
		case 1:
			a, b, _ := strings.Cut(strings.TrimSpace(t), sep)
			na, nb := len(strings.Fields(a)), len(strings.Fields(b))
			return na >= 1 && na <= 3 && nb >= 1 && nb <= 3 && !strings.ContainsAny(t, ".,;:!?") // (not a kicker over a headline: "Sport » Kelvo Rovers Win Cup")
		}
		return true
	}
	return false
}

// crumbBody returns the body a page's breadcrumbs of three parts or
// more name before the section of its news, after a section that lists
// issuing bodies or the site's own pages: "Ministry of Kelvo Roads" of
// "Home / Ministries / Ministry of Kelvo Roads / News and press releases"
// (or "Home > About > Kelvo Water Authority > Media"); "" when they name
// none.
func crumbBody(t string) string {
	for _, sep := range [...]string{" / ", " > ", " » ", " › "} {
		parts := strings.Split(strings.TrimSpace(t), sep)
		if len(parts) < 3 || len(parts) > 8 {
			continue
		}
		for i := len(parts) - 2; i >= 1; i-- {
			p := strings.TrimSpace(parts[i])
			if bodyName(p) && !newsSection(p) && newsSection(parts[i+1]) && issuingSection(parts[i-1]) {
				return p
			}
		}
	}
	return ""
}

// issuingSection reports the breadcrumb before a body that issues the
// page's news: the portal's list of its bodies ("Ministries",
// "Agencies") or the site's own pages ("Home", "About us"); not a list of
// others or of its units ("Our partners", "Topics", "Companies",
// "Departments").
func issuingSection(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "home", "about", "about us", "ministries", "agencies", "government", "authorities", "offices", "institutions", "state bodies":
		return true
	}
	return false
}

// newsSection reports a page's section of news: "News and press
// releases", "Press Releases", "Media centre", "Newsroom".
func newsSection(t string) bool {
	l := strings.ToLower(strings.TrimSpace(t))
	return len(strings.Fields(l)) <= 5 && (strings.HasPrefix(l, "news") || strings.HasPrefix(l, "press") || strings.HasPrefix(l, "media"))
}

// capsOverLabel reports a line of two to six words in capitals over a
// release's label or a press office within the next three lines, a
// letterhead whatever its language: "GUARDIA DI FINANZA" over "Press
// Office" and "PRESS RELEASE".
func capsOverLabel(lines []line, i int) bool {
	t := strings.TrimSpace(lines[i].text)
	if releaseLabelLine(t) {
		return false // "MEDIA STATEMENT" over "FOR IMMEDIATE RELEASE"
	}
	if f := strings.Fields(t); len(f) < 2 || len(f) > 6 || strings.ToUpper(t) != t || strings.ToLower(t) == t {
		return false
	}
	for k, n := i+1, 0; k < len(lines) && n < 3; k++ {
		if lines[k].text == "" {
			continue
		}
		n++
		if l := strings.ToLower(strings.TrimSpace(lines[k].text)); releaseLabelLine(lines[k].text) || l == "press office" || l == "media office" {
			return true
		}
		if n == 1 && strings.ToUpper(lines[k].text) == lines[k].text {
			return false // a second line in capitals: a state over its office ("KINGDOM OF KELVO" over "NATIONAL PROSECUTION SERVICE"), which the speakers' letterhead reads
		}
	}
	return false
}

// nameOverLabel reports a letterhead in title case over the release's
// label, perhaps past a line of its district: "U.S. Attorney’s Office" over
// "Western District of Kelvo" and "FOR IMMEDIATE RELEASE", "Kelvo Wildlife
// Trust" over "Media release" (a body's name, or a post's office).
func nameOverLabel(lines []line, i int) bool {
	t := strings.TrimSpace(lines[i].text)
	f := strings.Fields(parenAcronymDropped(t)) // (its acronym after it: "Kelvo Mission in the Selna Corridor (KMSC)")
	if len(f) < 2 || len(f) > 8 || strings.ToUpper(t) == t || releaseLabelLine(t) {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "of" && w != "for" && w != "and" && w != "the" && w != "&" && w != "in" {
			return false
		}
	}
	if !bodyName(t) && !officeName(t) {
		return false
	}
	for _, w := range f[1:] {
		if entities.HeadlineVerb(w) || w == "Statement" || w == "Board" {
			return false // a headline in title case: "Kelvo University Launches Climate Institute", "Joint Statement of …", "New Board for …"
		}
	}
	for k, n := i+1, 0; k < len(lines) && n < 3; k++ {
		if lines[k].text == "" {
			continue
		}
		n++
		if releaseLabelLine(lines[k].text) {
			return headlineUnder(lines, k+1) // the headline comes under the label; where running text does, the line over it was the headline
		}
	}
	return false
}

// headlineUnder reports a headline as the first line from line k that is
// no label or date: a short line that ends no sentence and is no
// running text.
func headlineUnder(lines []line, k int) bool {
	for ; k < len(lines); k++ {
		t := lines[k].text
		if t == "" || releaseLabelLine(t) || dateLine(t) || undertitleMeta(t) {
			continue
		}
		return !lines[k].prose() && !endsSentence(t) && lines[k].words <= 30
	}
	return false
}

// postsOfficeLine reports a line that names a post's office, perhaps
// with its district after a comma, every word capitalized: "U.S.
// Attorney's Office, Western District of Kelvo", "Kelvo County Sheriff's
// Office".
func postsOfficeLine(t string) bool {
	office, district, cut := strings.Cut(t, ", ")
	if cut && !districtName(district) {
		return false // (a headline after the office's name: "Mayor's Office, Kelvo Library Open Cooling Centers")
	}
	return len(strings.Fields(t)) <= 10 && nameLine(t) && officeName(office)
}

// districtName reports the name of an office's district: "Western
// District of Kelvo", "Kelvo District", "Eastern Region", "Ninth Circuit"
// (not a topic: "District Heating Update").
func districtName(d string) bool {
	return strings.Contains(d, "District of ") || strings.HasSuffix(d, " District") || strings.HasSuffix(d, " Region") || strings.HasSuffix(d, " Circuit")
}

// underLabel reports a release's label on the last non-empty line before
// line i: "For Immediate Release" over the office that issues it (not a
// menu's item, "Mayor's Office" between "About Us" and "Wards").
func underLabel(lines []line, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if lines[k].text != "" {
			return releaseLabelLine(lines[k].text)
		}
	}
	return false
}

// firstLine reports whether line i is the first non-empty line.
func firstLine(lines []line, i int) bool {
	for k := 0; k < i; k++ {
		if lines[k].text != "" && !stateBanner(lines[k].text) {
			return false
		}
	}
	return true
}

// stateBanner reports a line over a government office's letterhead that
// names the state's portal or the state itself: "GOVPH", "Republic of the
// Philippines", "Kingdom of Kelvo".
func stateBanner(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) >= 3 && len(t) <= 6 && strings.ToUpper(t) == t && !strings.ContainsAny(t, " .,:;|-") && strings.HasPrefix(t, "GOV") {
		return true // a portal's banner: "GOVPH"
	}
	for _, p := range [...]string{"Republic of ", "Kingdom of ", "Commonwealth of ", "Federal Republic of ", "Democratic Republic of ", "People's Republic of ", "REPUBLIC OF ", "KINGDOM OF "} {
		if rest, ok := strings.CutPrefix(t, p); ok && len(strings.Fields(rest)) <= 4 && !strings.ContainsAny(rest, ",.:;|") {
			return true
		}
	}
	return false
}

// headFirstCaps reports a line in capitals that opens with a body's head
// and holds no headline's verb: "MINISTRY OF KELVO EDUCATION", a
// letterhead under a page's breadcrumbs (not the page's headline in
// capitals: "MINISTRY OF HEALTH WARNS OF HEATWAVE", "FUNDING BOOST FOR
// KELVO UNIVERSITY").
func headFirstCaps(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	if h, _ := entities.OrgHead(entities.CapsWord(f[0])); !h {
		return false
	}
	for _, w := range f {
		if entities.HeadlineVerb(entities.CapsWord(strings.Trim(w, ",:;"))) {
			return false
		}
	}
	return true
}

// publisherLine returns the first body a government page's publisher line
// names, "From: Department of Housing and Communities and Ministry of
// Finance" giving the department, or "".
func publisherLine(t string) string {
	from, ok := strings.CutPrefix(strings.TrimSpace(t), "From: ")
	if !ok {
		return ""
	}
	if i := strings.Index(from, " and "); i > 0 {
		if rest := from[i+5:]; bodyName(from[:i]) && bodyName(rest) {
			return from[:i] // the first of two bodies: "… and Ministry of Finance"
		}
	}
	if bodyName(from) || countrysDepartment(from) {
		return from
	}
	return ""
}

// countrysDepartment reports a department named by its fields and its
// country, as Canada names its own: "Housing, Infrastructure and
// Communities Canada", "Fisheries and Oceans Canada" (not "Prime
// Minister of Canada", whose country is a complement).
func countrysDepartment(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 8 || !countryName(f[len(f)-1]) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		w = strings.TrimSuffix(w, ",")
		switch {
		case w == "and" || w == "&":
		case w == "" || !unicode.IsUpper([]rune(w)[0]) || entities.IsTitleWord(w):
			return false // (a post: "Minister Canada")
		}
	}
	return true
}

// pageDateLine reports a page's line of dates: "Published on 28 January
// 2026", "Last updated on 3 March 2026", "Published: 14 August 2025",
// "Last updated on: 3 March 2026".
func pageDateLine(t string) bool {
	t = strings.TrimSpace(t)
	rest := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "Last updated"), "Published"), "Updated")
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, ": "), "on"), ": ") // ("Published on: 12 August 2025")
	rest, _, _ = strings.Cut(rest, " by ")                                                // ("Posted on 22 April 2025 by Corporate Affairs")
	return len(rest) < len(t) && parseDate(rest) != ""
}

// placePost reports a place's name and a post, which name the office of
// the post's holder as a site: "Kelvo Attorney General", "Ohio Secretary
// of State" under a skip link.
func placePost(f []string) bool {
	if len(f) < 3 {
		return false
	}
	_, country := entities.Country(f[0])
	_, state := entities.LookupUSState(f[0])
	if !country && !state {
		return false
	}
	post := strings.Join(f[1:], " ")
	toks := entities.Tokenize(post, 0, len(post))
	n, _ := entities.TitleAt(toks, 0)
	return n == len(toks)
}

// bodyNameWords reports the words of a body's name after its head and
// "of": capitalized words and the connectors between them ("Transport and
// Community Safety"), no headline's verb ("Health warns of flu surge").
func bodyNameWords(f []string) bool {
	for _, w := range f {
		switch w {
		case "and", "of", "the", "for", "&":
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// publishedDropped returns a date line in capitals without the word that
// labels it: "PUBLISHED ON MAY 21, 2025" gives "MAY 21, 2025" (the label
// in mixed case is postedDate's, read before).
func publishedDropped(s string) string {
	for _, p := range [...]string{"PUBLISHED ON ", "PUBLISHED ", "POSTED ON ", "POSTED "} {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r
		}
	}
	return s
}

// eventsSection reports a section of events, whose dates are the events'
// ("June 30, 2025 | Events"), not the release's.
func eventsSection(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Contains(s, "event") || strings.Contains(s, "calendar")
}
