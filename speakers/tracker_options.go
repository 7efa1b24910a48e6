package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// What the page around a text says of it (NewTracker's options): the body
// a page names as its source, and the lines a layout reads as its header;
// a source's name as the text names it, and a local government's
// letterhead.

// An Option sets what a Tracker knows of a text from outside it.
type Option func(*options)

type options struct {
	source     string
	header     *entities.Analysis
	headerSpan entities.Span
	headerFunc func() *entities.Analysis
	footerSpan entities.Span
	footerFunc func() *entities.Analysis
}

// WithSource names the body a page says published the text ("Kelvale
// University" from "News release | Kelvale University | May 14, 2025", a
// page's site name): the issuer when the text itself shows none.
func WithSource(name string) Option {
	return func(o *options) { o.source = strings.TrimSpace(name) }
}

// WithHeader gives the lines a layout reads as the page's header, above
// the analyzed text ("Kelvale.gov.example" over "Ministry of Climate and
// Environment" over a headline): when the text itself shows no issuer and
// no source was named, the issuer rules read the header as they would
// read a text's first lines; a person the header names with titles ("Hon
// Jane Roe" over "Minister of Health") keeps them in the text.
func WithHeader(header *entities.Analysis) Option {
	return func(o *options) { o.header = header }
}

// WithHeaderFunc is WithHeader for a header that is analyzed only when it
// can matter: the text [span] of the analyzed text is the header, and
// analyze is called at most once, when the text itself shows no issuer,
// when a person of the text is named in the header, or when a bare
// mayor's or governor's government is looked for there.
func WithHeaderFunc(span entities.Span, analyze func() *entities.Analysis) Option {
	return func(o *options) { o.headerSpan, o.headerFunc = span, analyze }
}

// WithFooterFunc gives the lines a layout reads as the page's footer, below
// the analyzed text (contacts, "About Acme Robotics" and its boilerplate):
// the text [span] of the analyzed text is the footer, and analyze is
// called at most once, when the text itself has no "About" heading and
// one of the footer's lines starts with "About ". The footer's "About"
// heading names the issuer as it would in the text.
func WithFooterFunc(span entities.Span, analyze func() *entities.Analysis) Option {
	return func(o *options) { o.footerSpan, o.footerFunc = span, analyze }
}

// sourceOrg names the published source as the text names it: the
// organization entity of that name (with its acronym), else the name.
func (t *Tracker) sourceOrg(name string) Org {
	if body, ok := bodyBeforeState(name); ok {
		name = body // "Ministry of Internal Affairs – Republic of Kelvo": the ministry is the source
	}
	if f := strings.Fields(name); len(f) >= 2 && strings.ToUpper(f[len(f)-1]) == f[len(f)-1] && len(f[len(f)-1]) > 2 {
		if o, ok := entities.LookupOrg(f[len(f)-1]); ok && o.Acronym == f[len(f)-1] {
			return Org{Name: o.Name, Acronym: o.Acronym} // a known body's letters after its parent's name: "United Nations ESCAP"
		}
	}
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.EqualFold(e.Text, name) {
			return t.fullOrg(e)
		}
	}
	if e := t.namedInEnglish(name); e != nil {
		return t.fullOrg(e) // the page's name for it in its own language, the text's in English: "Gobierno Municipal de Kelvo" for "the Municipal Government of Kelvo"
	}
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		if acr := name[i+2 : len(name)-1]; len(acr) >= 2 && strings.ToUpper(acr) == acr && !strings.Contains(acr, " ") && !entities.IsPlace(acr) { // (not a country's: "Kelvo Shipping Council (UK)")
			return Org{Name: name[:i], Acronym: acr} // its acronym after it: "Kelvo Labour Organization (KLO)"
		}
	}
	if strings.ToUpper(name) == name && strings.ToLower(name) != name {
		name = displayCaps(name) // a letterhead's capitals: "Acme Holdings Limited"
	}
	return Org{Name: name}
}

// namedInEnglish returns the body the text names in English whose name in
// another language name is: its first word a head the lists translate
// ("Gobierno" to "Government"), the English name holding that head and
// ending with name's last two words ("Municipal Government of Kelvo de
// Juárez" for "Gobierno Municipal de Kelvo de Juárez"); nil otherwise.
func (t *Tracker) namedInEnglish(name string) *entities.Entity {
	f := strings.Fields(name)
	if len(f) < 3 {
		return nil
	}
	h := entities.TranslatedHead(name)
	if h == "" {
		return nil
	}
	tail := " " + strings.Join(f[len(f)-2:], " ")
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.HasSuffix(e.Text, tail) && strings.Contains(e.Text, h) && !strings.HasPrefix(e.Text, f[0]+" ") {
			return e
		}
	}
	return nil
}

// bodyBeforeState returns the body a site's name gives before its state's
// after a dash: "Ministry of Internal Affairs" of "Ministry of Internal
// Affairs – Republic of Kelvo" (or "– Kelvania", a country).
func bodyBeforeState(name string) (string, bool) {
	for _, sep := range [...]string{" – ", " — ", " - "} {
		body, state, ok := strings.Cut(name, sep)
		if !ok || strings.Contains(state, sep) {
			continue
		}
		f := strings.Fields(body)
		if len(f) < 2 {
			return "", false
		}
		h0, u0 := entities.OrgHead(f[0])
		h1, u1 := entities.OrgHead(f[len(f)-1])
		if !(h0 && !u0) && !(h1 && !u1) {
			return "", false // (a body's head opens or ends it: "Ministry of …", "Kelvo Water Authority")
		}
		if _, country := entities.Country(state); country || stateName(state) {
			return body, true
		}
	}
	return "", false
}

// stateName reports a state's formal name: "Republic of Kelvo",
// "Government of Kelvania", "Kingdom of Ruritania".
func stateName(s string) bool {
	for _, p := range [...]string{"Republic of ", "Government of ", "Kingdom of ", "State of ", "Principality of ", "Sultanate of "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// governmentLetterhead reports a local government's name in capitals, as
// its letterhead sets it above a release that its boards and offices
// make: "MARROW COUNTY", "CITY OF RIVERTOWN".
func governmentLetterhead(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return false
	}
	return len(f) <= 4 && placeHead(f[len(f)-1]) && f[len(f)-1] != "STATE" || placeHead(f[0]) && f[1] == "OF"
}
