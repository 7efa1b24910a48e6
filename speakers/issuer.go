package speakers

import "github.com/quotekit/quotekit/entities"

// The issuer of a release is the organization that publishes it. A
// person quoted with a title that names no organization speaks for it
// ("“…,” said Jane Roe, CFO."). The text says who the issuer is:
//
//	"About Acme Robotics" (the boilerplate heading near the end; the first
//	one when the release has several)
//	"SPRINGFIELD, May 3, 2024 /Newswire/ -- Acme Robotics, Inc. (NASDAQ:
//	ACMR), a maker of …, today announced …" (the subject of the dateline
//	sentence)

// findIssuer returns the issuer the text shows, or a zero Org.
func (t *Tracker) findIssuer() Org {
	if o, ok := t.aboutHeading(); ok {
		return o
	}
	if o, ok := t.datelineSubject(); ok {
		return o
	}
	return Org{}
}

// aboutHeading finds a paragraph "About X" where X is a run of
// capitalized words: the heading of a release's boilerplate.
func (t *Tracker) aboutHeading() (Org, bool) {
	toks := t.a.Tokens
	for pi := range t.a.Paragraphs {
		p := &t.a.Paragraphs[pi]
		if p.Sentences.Len() == 0 {
			continue
		}
		first := t.a.Sentences[p.Sentences.First].Tokens.First
		end := t.a.Sentences[p.Sentences.End-1].Tokens.End
		for first < end && toks[first].Kind == entities.Punct {
			first++ // "## About …", "* About …"
		}
		for end > first && (toks[end-1].Is(".") || toks[end-1].Is(":")) {
			end--
		}
		if end-first < 2 || end-first > 10 || !toks[first].Is("About") {
			continue
		}
		if re := t.capRunOrg(first+1, end); re == end {
			if c, ok := t.runCand(first+1, end); ok {
				return t.candOrg(c), true
			}
		}
	}
	return Org{}, false
}

// announceVerbs are the verbs of a release's opening sentence.
var announceVerbs = map[string]bool{"announced": true, "announces": true, "reported": true, "reports": true,
	"launched": true, "launches": true, "unveiled": true, "unveils": true, "introduced": true, "introduces": true,
	"released": true, "releases": true, "issued": true, "issues": true, "named": true, "names": true,
	"appointed": true, "appoints": true, "signed": true, "signs": true, "completed": true, "completes": true}

// datelineSubject finds the organization that opens the first sentence
// with a dateline and an announcing verb: "CITY, Date (Wire) - Acme
// Robotics, Inc. (NASDAQ: ACMR), …, today announced".
func (t *Tracker) datelineSubject() (Org, bool) {
	toks := t.a.Tokens
	for si := range t.a.Sentences {
		if si >= 12 {
			break
		}
		s := &t.a.Sentences[si]
		verb := -1
		for k := s.Tokens.First; k < s.Tokens.End && k < s.Tokens.First+80; k++ {
			if announceVerbs[toks[k].Text] {
				verb = k
				break
			}
		}
		if verb < 0 {
			continue
		}
		// The subject starts after the dateline's last dash.
		start := -1
		for k := s.Tokens.First; k < verb && k < s.Tokens.First+30; k++ {
			if tk := &toks[k]; tk.Is("-") || tk.Is("–") || tk.Is("—") || tk.Is("--") {
				start = k + 1
			}
		}
		if start < 0 || start >= verb {
			continue
		}
		re := t.capRunOrg(start, verb)
		if re <= start {
			continue
		}
		if c, ok := t.runCand(start, re); ok && (c.e == nil || c.e.Kind == entities.Organization) {
			return t.candOrg(c), true
		}
	}
	return Org{}, false
}

// Issuer returns the organization that issued the release as the text
// shows it ("About Acme Robotics", a dateline sentence's subject), or a
// zero Org.
func (t *Tracker) Issuer() Org { return t.issuer }
