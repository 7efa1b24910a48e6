package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// The headline over a release: the title of a text of several lines, and a
// headline that quotes or reports speech, read as part of the body.

// headline returns the first line of a text of several lines when it
// reads as a headline: two to thirty words, no sentence punctuation at the
// end.
func headline(lines []line) string {
	for len(lines) > 2 && (releaseLabelLine(lines[0].text) || lines[0].text == "" || strings.HasPrefix(lines[0].text, "From: ") || pageDateLine(lines[0].text) || skipLine(lines[0].text)) {
		lines = lines[1:] // "MEDIA STATEMENT" over "PROVINCE DECLARES WATER EMERGENCY"; "From: …" and "Published on …" over the title; "Skip to content"
	}
	lines = afterLetterhead(lines)
	if len(lines) > 2 && issuerNameLine(lines[0].text) {
		// "Kelvo Workers Union" over "Union warns of strike": the issuer's
		// name, then the headline
		if h := headline(lines[1:]); h != "" && headlineLike(h) {
			return h
		}
	}
	if len(lines) < 2 || lines[0].words < 2 || lines[0].words > 30 {
		return ""
	}
	t, site := siteTitle(lines[0].text)
	if site == "" && endsSentence(t) {
		return ""
	}
	return t
}

// issuerNameLine reports a line that is a body's name alone, every word
// capitalized and the last its head, perhaps with its acronym after a bar:
// "Kelvo Workers Union", "KELVO WORKERS' UNION", "Kelvo Workers Union |
// KWU".
func issuerNameLine(t string) bool {
	t, _, _ = strings.Cut(strings.TrimSpace(t), " | ")
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	for _, w := range f {
		if !unicode.IsUpper([]rune(w)[0]) && w != "of" && w != "for" && w != "and" && w != "&" {
			return false
		}
	}
	last := f[len(f)-1]
	return bodyHead(last) || bodyHead(entities.CapsWord(last))
}

// headlineLike reports a line under an issuer's name that reads as a
// headline: three words or more, a verb in its headline form or a
// lower-case word of content ("Union warns of strike", "Kelvo Foundation
// awards $4.6 million to radio stations"); not a label ("Press release
// No. 214/2026", "Embargoed until …"), a path ("News › 2026"), a date
// line, a motto ("Defending rights since 1989") or another name.
func headlineLike(t string) bool {
	f := strings.Fields(t)
	if len(f) < 3 || strings.ContainsAny(t, "›>·|/()") || dateLine(t) || datelineLine(t) || issuerNameLine(t) || mottoRE.MatchString(t) {
		return false
	}
	l := strings.ToLower(t)
	for _, p := range [...]string{"press release", "media release", "news release", "joint media", "joint press", "embargo", "registered", "for immediate"} {
		if strings.HasPrefix(l, p) {
			return false
		}
	}
	for i, w := range f {
		w = strings.Trim(w, ",:;.!?\"'“”‘’")
		if i > 0 && (entities.HeadlineVerb(w) || len(w) > 3 && unicode.IsLower([]rune(w)[0]) && !headlineFunction[w]) {
			return true
		}
	}
	return false
}

// headlineFunction are the lower-case words of a name or a title-case
// headline that carry no content.
var headlineFunction = toSet(`with from into over after since than that this their about under between across`)

// mottoRE matches an issuer's motto under its name: "Defending rights
// since 1989", "Protecting the health of every resident since 1919".
var mottoRE = regexp.MustCompile(`^\p{Lu}\p{Ll}+ing .* since \d{4}$`)

// afterLetterhead returns the lines after a letterhead's short lines and
// the release's labels under them ("GUARDIA DI FINANZA", "Press Office",
// "PRESS RELEASE" over the headline), or lines when no label follows a
// few short lines.
func afterLetterhead(lines []line) []line {
	for i, n := 0, 0; i < len(lines) && n < 6; i++ {
		if lines[i].text == "" {
			continue
		}
		if releaseLabelLine(lines[i].text) || labelAndDate(lines[i].text) {
			if n == 0 {
				return lines // the label opens the text: the loop in headline skips it
			}
			for i < len(lines) && (lines[i].text == "" || releaseLabelLine(lines[i].text) || undertitleMeta(lines[i].text)) {
				i++
			}
			if i < len(lines) {
				return lines[i:]
			}
			return lines
		}
		if lines[i].words > 6 && !(nameWords(strings.Fields(parenAcronymDropped(lines[i].text))) && (bodyName(lines[i].text) || strings.HasPrefix(lines[i].text, "Office of "))) {
			return lines // (not a body's long name or its office's: "United Nations Mission in the Selna Corridor (UNMSC)", "Office of Strategic Communication and Public Information")
		}
		n++
	}
	return lines
}

// labelAndDate reports a release's label and its date: "For Immediate
// Release: April 22, 2025".
func labelAndDate(t string) bool {
	label, d, ok := strings.Cut(t, ": ")
	return ok && releaseLabelLine(label) && parseDate(strings.TrimSpace(d)) != ""
}

// undertitleMeta reports a line of metadata between a release's label
// and its headline: a label with its date, a date, a dateline alone,
// a place and a date ("Brussels, 24 June 2026").
func undertitleMeta(t string) bool {
	if labelAndDate(t) || dateLine(t) || datelineLine(t) || docSymbol.MatchString(t) {
		return true
	}
	for _, sep := range [...]string{": ", " – ", " - ", " — "} {
		if key, _, ok := strings.Cut(t, sep); ok && (releaseLabelLine(key) || metaKeys[strings.ToLower(strings.TrimSpace(key))]) {
			return true // "CONTACT: Press Office, …", "For immediate release – 21 April 2026"
		}
	}
	if strings.HasPrefix(t, "No. ") && len(strings.Fields(t)) == 2 {
		return true // a release's number: "No. 2025-047"
	}
	_, d := placeDate(t)
	return d != ""
}

// placeDate reads a line that is a place of up to three words and a
// date ("Brussels, 24 June 2026" gives "Brussels" and 2026-06-24), a town
// and its region before the date (five words at most: "Port Kelvo, Nova
// Scotia, July 8, 2025"), or a date, a dash and the place ("July 8, 2025 —
// Port Kelvo, Nova Scotia"); "", "" for any other line.
func placeDate(t string) (place, date string) {
	if i := strings.Index(t, ", "); i > 0 && len(strings.Fields(t[:i])) <= 3 {
		if d := parseDate(t[i+2:]); d != "" {
			return t[:i], d
		}
		// a place with its region: "Port Kelvo, Nova Scotia, July 8, 2025"
		if j := strings.Index(t[i+2:], ", "); j > 0 && len(strings.Fields(t[:i+2+j])) <= 5 {
			if d := parseDate(t[i+2+j+2:]); d != "" && placeWords(t[:i+2+j]) {
				return t[:i+2+j], d
			}
		}
	}
	// a date, a dash, then the place: "July 8, 2025 — Port Kelvo, Nova Scotia"
	for _, dash := range [...]string{" — ", " – ", " - "} {
		if a, b, ok := strings.Cut(t, dash); ok && len(strings.Fields(b)) <= 5 && placeWords(b) {
			if d := parseDate(a); d != "" {
				return b, d
			}
		}
	}
	return "", ""
}

// placeWords reports a place's name written as lines give it: capitalized
// words, commas between a town and its region ("Port Kelvo, Nova
// Scotia"), and no sentence.
func placeWords(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || endsSentence(t) {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "of" && w != "de" {
			return false
		}
	}
	return true
}

// metaKeys are the labels of a release's metadata lines under its label:
// "Contact: …", "Date: …", "Embargoed until: …".
var metaKeys = map[string]bool{"contact": true, "contacts": true, "media contact": true, "press contact": true, "date": true, "ref": true,
	"reference": true, "for release": true, "embargo": true, "embargoed until": true, "release date": true}

// releaseLabelLine reports a line that names the kind of release alone:
// "MEDIA STATEMENT", "Press release", "For immediate release".
func releaseLabelLine(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "press release", "news release", "media release", "media statement", "press statement", "for immediate release", "immediate release", "joint statement", "joint press release",
		"joint media release", "joint news release", "joint media statement":
		return true
	}
	return false
}

// tickerLine reports a line that announces another story: "Trending:
// …", "Related: …", "Read also: …", "Latest: …".
func tickerLine(t string) bool {
	label, _, ok := strings.Cut(strings.TrimSpace(t), ":")
	if !ok {
		return false
	}
	switch strings.ToLower(label) {
	case "trending", "related", "read also", "also read", "see also", "read more", "latest", "breaking", "popular", "more news":
		return true
	}
	return false
}

// datedBar reports a bar that opens with a date: "June 3, 2025 |
// Magallanes Region | Press Office", "11 June 2025 | News" (not "May 6,
// 2025 | Press Release", a release's label, which stands under its title).
func datedBar(t string) bool {
	head, rest, ok := strings.Cut(t, " | ")
	return ok && !releaseLabelLine(rest) && parseDate(strings.TrimSpace(head)) != ""
}

// numberedReleaseLabel reports a release's numbered label, perhaps with
// its issuer after a bar: "Press Release No. 2025-0417 | Department of
// Kelvo Labour", "News Release No. 14/2026".
func numberedReleaseLabel(t string) bool {
	l, _, _ := strings.Cut(strings.TrimSpace(t), " | ")
	return releaseNumberRE.MatchString(l)
}

// releaseNumberRE matches a release's numbered label: "Press Release No.
// 2025-0417", "Release No 14/2026", "Press Release No. KDB/PR/2024-25/041"
// (not a headline that opens "Release
// Nobel laureate …" or "Release nominees …").
var releaseNumberRE = regexp.MustCompile(`(?i)^(?:(?:press|news|media) )?release (?:no\.?|nr\.?|#) ?[\pL/-]*\d`)

// quotedHeadline returns the line before line first, the body's first
// (or the two, a headline and its deck), when it is a headline that holds
// a quotation ("‘We Will Stay the Course’, Minister Tells Summit",
// "Members Warn of Council’s ‘Lost Credibility’") or a verb of saying
// ("Prices Must Fall, Minister Tells Summit"): speech the release
// reports, read as part of the body.
// An empty span when there is none.
func quotedHeadline(lines []line, first int) entities.Span {
	h := first - 1
	for h >= 0 && (lines[h].text == "" || (dateLine(lines[h].text) || datelineLine(lines[h].text)) && h < first-1 && h > first-4 ||
		h > first-10 && (pageDateLine(lines[h].text) || postedDate(lines[h].text) != "" || datedBar(lines[h].text) || lines[h].words <= 3 && lines[h].menuish() || shareLine(lines[h].text) || exchangeNote(lines[h].text) || keyValueLine(lines[h].text) || numberedReleaseLabel(lines[h].text))) {
		h-- // (past a date under the headline: "Posted on 18 November 2026", "KELVALE, 3 March 2026 --"; past a page's share links: "Share this page", "Facebook"; past an exchange announcement's notes on the company; past a line of dated entries: "Date: 14 March 2025 | Source: GIS")
	}
	if h >= 0 && tickerLine(lines[h].text) {
		return entities.Span{} // another story's teaser over the bar: "Trending: …", "Related: …", "Read also: …"
	}
	if h >= 0 && statementHeading(lines[h].text) {
		return lines[h].Span // "Statement by Dr Jane Roe, Representative in Kelvania, on …": the speaker of what follows
	}
	if h < 0 || lines[h].words < 4 || endsSentence(lines[h].text) {
		return entities.Span{}
	}
	if !hasQuoteMark(lines[h].text) && !headlineSpeech(lines[h].text) {
		// A deck under the headline: "“We let our customers down,” says
		// Acme CEO" over "Full service restored after 14-hour outage",
		// "Talks Cannot Carry ‘Every Issue’, Envoy Tells Council" over
		// "Speakers Divided over Frequency of Briefings", "Share data, not
		// blame, Chair tells Kelvo Council" over "States urged to restore
		// joint monitoring".
		d := h - 1 // (right above it, or one blank line above a deck of no site's or label's line)
		if d > 0 && lines[d].text == "" && !strings.Contains(lines[h].text, " – ") && !strings.Contains(lines[h].text, " | ") {
			d--
		}
		if d < 0 || lines[d].words < 4 || endsSentence(lines[d].text) || !hasQuoteMark(lines[d].text) && !postTells(lines[d].text) && !saysPost(lines[d].text) {
			return entities.Span{}
		}
		if !hasQuoteMark(lines[d].text) {
			return lines[d].Span // the headline alone: its deck reports no speech ("States agree to share data" is what they did)
		}
		return entities.Span{Start: lines[d].Start, End: lines[h].End}
	}
	// A deck that reports speech under a headline that does too: "‘Talks
	// Must Resume’, Envoy Tells Council" over "Members Warn of Cuts".
	if d := h - 1; d > 0 {
		if lines[d].text == "" {
			d--
		}
		if d >= 0 && lines[d].words >= 4 && !endsSentence(lines[d].text) && headlineSpeech(lines[d].text) {
			return entities.Span{Start: lines[d].Start, End: lines[h].End}
		}
	}
	return lines[h].Span
}

// exchangeNote reports a line of the notes an exchange's announcement
// puts between its headline and its text: the company's name with its
// legal form, a note in parentheses, a code ("Kelvo Lithium Limited",
// "(Incorporated in the Republic of Kelvania)", "JSE share code: KLV",
// "ISIN: ZAE000000001").
func exchangeNote(t string) bool {
	t = strings.TrimSpace(t)
	if label, _, ok := strings.Cut(t, ": "); ok && len(strings.Fields(t)) <= 5 && metaLabel(label) {
		return true
	}
	return parenthesized(t) || companyLine(t)
}

// shareLine reports a page's line of share links: "Share: Facebook |
// LinkedIn | X | Email".
func shareLine(t string) bool {
	t = strings.TrimSpace(t)
	return (strings.HasPrefix(t, "Share") || strings.HasPrefix(t, "SHARE")) && len(strings.Fields(t)) <= 16 && !endsSentence(t)
}

// statementHeadingRE matches a heading that names who delivers the text
// below it: "Statement by Dr Jane Roe, Representative in Kelvania, on the
// outbreak", "Remarks by the Minister at …", "Joint statement from …".
var statementHeadingRE = regexp.MustCompile(`^(?:Joint )?(?:[Ss]tatement|[Rr]emarks|[Mm]essage|[Ss]peech|[Aa]ddress|[Oo]pening remarks|[Kk]eynote)s? (?:by|from) \S`)

// statementHeading reports a statement's heading: no sentence, at most
// forty words.
func statementHeading(t string) bool {
	t = strings.TrimSpace(t)
	return statementHeadingRE.MatchString(t) && !endsSentence(t) && len(strings.Fields(t)) <= 40
}

// headlineSpeechVerbs report speech in a headline: "Prices Must Fall,
// Minister Tells Summit", "Rules Needed Now, Say Lawmakers".
var headlineSpeechVerbs = toSet(`Says Say Tells Tell Warns Warn Urges Urge Stresses Stress Insists Underlines Calls Call says say tells warns urges`)

// headlineSpeech reports a headline that reports speech with a verb of
// saying: its words are in title case or it names the speaker after a
// comma.
func headlineSpeech(t string) bool {
	for _, w := range strings.Fields(t) {
		if headlineSpeechVerb(strings.Trim(w, ",;:")) {
			return true
		}
	}
	return false
}

// headlineSpeechVerb reports a headline's verb of saying, in capitals too:
// "Says", "says", "SAYS" of "… DELIVERED AHEAD OF TERM ONE, CS SAYS".
func headlineSpeechVerb(w string) bool {
	switch w {
	case "SAYS", "SAY", "TELLS", "TELL", "WARNS", "URGES":
		return true // (not "CALLS", as often a noun in capitals: "… HEARS CALLS FOR FASTER ACTION")
	}
	return headlineSpeechVerbs[w]
}

// postTells reports a headline whose words end, after a comma, in a post,
// a verb of saying and at most its audience: "Share data, not blame,
// Chair tells Kelvo Council", "Prices must fall, Minister says" (not "…,
// Says Farmers Will Earn More", nor words said after the verb: "A year
// after the floods, Governor tells Assembly relief must reach …").
func postTells(t string) bool {
	f := strings.Fields(t)
	for i := 2; i < len(f); i++ {
		if !headlineSpeechVerb(strings.Trim(f[i], ",;:")) {
			continue
		}
		for j := i - 1; j >= 1 && j >= i-3; j-- {
			if strings.HasSuffix(f[j-1], ",") {
				return entities.IsTitleWord(strings.Trim(f[i-1], ",")) && !strings.HasSuffix(f[i-1], ",") && audienceOnly(f[i+1:])
			}
		}
	}
	return false
}

// saysPost reports a headline whose words end, after a comma, in "says"
// and a post of at most three words: "Mill will end rice smuggling, says
// Kelvo governor", "…, says CEO".
func saysPost(t string) bool {
	_, rest, ok := strings.Cut(t, ", says ")
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	return len(f) >= 1 && len(f) <= 3 && entities.IsTitleWord(f[len(f)-1])
}

// audienceOnly reports the words after a headline's verb of saying that
// name its audience alone, three words at most, perhaps before an "as"
// clause: "Kelvo Council", "health ministers", "Kelvo Council as
// delegations debate …" (not "Assembly relief must reach every family").
func audienceOnly(f []string) bool {
	for i, w := range f {
		if w == "as" {
			return i > 0
		}
		if i == 3 || w == "of" || w == "that" {
			return false
		}
	}
	return true
}

// hasQuoteMark reports a quotation mark in s: curly double or single
// marks, or straight double ones.
func hasQuoteMark(s string) bool {
	return strings.ContainsAny(s, "“”‘\"«»„")
}
