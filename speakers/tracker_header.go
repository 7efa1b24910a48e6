package speakers

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// What a page's header gives the text below it (WithHeader,
// WithHeaderFunc): the issuer the header shows, and the titles it gives a
// person the text names, with the header analyzed only when it can matter.

// headerAnalysis returns the header's analysis, analyzing it on first use
// when WithHeaderFunc gave it; nil when there is no header.
func (t *Tracker) headerAnalysis() *entities.Analysis {
	if t.header == nil && t.headerFunc != nil {
		t.header, t.headerFunc = t.headerFunc(), nil
	}
	return t.header
}

// headerNamesFamily reports a family name of a person of the text among
// the header's words, folded as keys fold them: only then can the header
// give that person titles (headerTitles), so only then is it analyzed.
func (t *Tracker) headerNamesFamily() bool {
	if t.headerText == "" {
		return false
	}
	var words map[string]bool
	for _, p := range t.all {
		if p.Kind != Person || p.Family == "" {
			continue
		}
		if words == nil {
			words = map[string]bool{}
			for _, w := range strings.FieldsFunc(t.headerText, func(r rune) bool {
				return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '(' || r == ')'
			}) {
				words[foldWord(w)] = true
			}
		}
		all := true
		for _, w := range strings.Fields(p.Family) {
			all = all && words[foldWord(w)]
		}
		if all {
			return true
		}
	}
	return false
}

// headerIssuer takes the issuer a header shows by the rules that read a
// page's first lines (a letterhead, a page's owner before a bar, a
// "From:" line, the name under a release's label, a body's name alone on
// a line and named again below it), as the text names it when it does.
// The rules that read prose or count names do not apply to a header: its
// headline's subject is news, not its publisher.
func (t *Tracker) headerIssuer(h *Tracker) {
	for _, rule := range [...]func(*Tracker) (Org, bool){
		(*Tracker).pageHeader, (*Tracker).fromLine, (*Tracker).barLine, (*Tracker).labelledName, (*Tracker).letterhead, (*Tracker).headerLine,
	} {
		if o, ok := rule(h); ok {
			if lo, ok := entities.LookupOrg(o.Name); ok && lo.PartOf != "" {
				p, _ := entities.LookupOrg(lo.PartOf) // an organ's header ("Security Council") is its body's
				o = Org{Name: p.Name, Acronym: p.Acronym}
			}
			t.issuer, t.issuerByCount = o, false
			for i := range t.a.Entities {
				if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.EqualFold(e.Text, o.Name) {
					t.issuer = t.fullOrg(e)
					break
				}
			}
			return
		}
	}
}

// headerTitles gives a person of the text the titles a header gives the
// same person: "Hon Jane Roe" over "Minister of Health" above a release
// that says only "Health Minister Jane Roe says".
func (t *Tracker) headerTitles(h *Tracker) {
	for _, hp := range h.all {
		if hp.Kind != Person || hp.Family == "" {
			continue
		}
		titles := append(slices.Clip(hp.Titles), h.lineTitles(hp)...)
		for _, p := range t.families[hp.key] {
			if p.Given != "" && hp.Given != "" && !sameGiven(p.Given, hp.Given) {
				continue
			}
			for _, ti := range titles {
				if h, _ := entities.OrgHead(firstField(ti)); h {
					continue // a body's name the header puts before the holder: "Office of Kelvale Attorney General Jane Roe"
				}
				short := strings.ToLower(strings.TrimSuffix(ti, "."))
				if !slices.ContainsFunc(p.Titles, func(x string) bool {
					return strings.EqualFold(x, ti) || strings.HasPrefix(strings.ToLower(x), short) // ("Prof." of "Professor")
				}) {
					p.Titles = append(p.Titles, ti)
				}
			}
		}
	}
}

// lineTitles returns the titles on the lines right under a line that
// holds only p's name, as a minister's page heads a release: "Hon Jane
// Roe" over "Minister of Health" (and "Minister for Sport" under it).
func (t *Tracker) lineTitles(p *Speaker) []string {
	toks := t.a.Tokens
	for _, m := range p.Mentions {
		k := t.a.TokenAt(m.End)
		for k < len(toks) && toks[k].Newlines == 0 && postLetters(toks[k].Text) {
			k++ // "Hon. Jane Roe MLA" over her titles
		}
		if m.Kind != NameMention || k >= len(toks) || toks[k].Newlines == 0 {
			continue
		}
		end := lineEnd(toks, k)
		if end-k <= 12 && t.titleish(k, end) && toks[k].IsCap() && !t.namesPerson(k, end) {
			// one title a part set off by a semicolon that opens with a
			// title: "Premier; Minister for State Development"; a
			// portfolio's second field stays: "Minister for Health; Mental
			// Health"
			var out []string
			a := k
			for b := k; b <= end; b++ {
				if b == end || toks[b].Is(";") && b+1 < end && startsTitle(toks, b+1, end) {
					if b > a {
						out = append(out, t.text[toks[a].Start:toks[b-1].End])
					}
					a = b + 1
				}
			}
			for k = end; k < len(toks) && toks[k].Newlines == 1; k = end {
				// the next line right under it, another post: "Minister
				// for Regional Health" over "Minister for the Central Coast"
				for end = k + 1; end < len(toks) && toks[end].Newlines == 0; end++ {
				}
				if end-k > 12 || !toks[k].IsCap() || !startsTitle(toks, k, end) || !t.titleish(k, end) || t.namesPerson(k, end) {
					break
				}
				out = append(out, t.text[toks[k].Start:toks[end-1].End])
			}
			return out
		}
	}
	return nil
}

// headerLine returns the first body whose name stands alone on a line of
// a header, when the text below the header names it again: "Kelvale.gov"
// over "Ministry of Climate and Environment" over the headline, and
// "… from the Ministry of Climate and Environment" at the page's foot.
func (t *Tracker) headerLine() (Org, bool) {
	toks := t.a.Tokens
	for k := range toks {
		e := t.lineOrg(k)
		if e == nil {
			continue
		}
		if strings.Contains(t.text[t.a.Region.End:], e.Text) {
			return t.fullOrg(e), true
		}
	}
	return Org{}, false
}
