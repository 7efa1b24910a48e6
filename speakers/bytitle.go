package speakers

import (
	"sort"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// Titles as mentions: "the Ambassador", "the Deputy Secretary-General",
// "Flood Resilience Minister announces" stand for the person who holds the
// title.

// byTitle finds the latest person before at whose title or honorific has
// the word w ("the Ambassador" is Ambassador Funered); in a headline,
// with none before, the one person of the document who has that title
// ("Secretary-General Says …" above "Secretary-General Jane Roe told …"),
// or of several, the one the lead under it names first; elsewhere, the
// one holder the next two sentences name first ("The Floods Minister,
// who visited …", a label's "Prosecutor: “…”" over "Senior Prosecutor
// Jane Roe said").
func (t *Tracker) byTitle(w, rank string, at int) *Speaker {
	if p := t.byTitleBefore(w, rank, at); p != nil {
		if strings.EqualFold(w, "judge") && styledJudgeOnly(p) && !t.textHas("Court") {
			return nil // a show's judge is no "Mr Justice" who opened it: a court's judge only where the text names a court
		}
		return p
	}
	lead := t.inHeadline(at) || t.inLead(at)
	var only *Speaker
	n := 0
	for _, p := range t.all {
		if p.Kind != Person || p.Family == "" || !hasWord(p, w, rank) || strings.EqualFold(w, "judge") && styledJudgeOnly(p) {
			continue // (a judge by style only where the text named him before: not "Lord Justice Bean chaired …" after the quotation)
		}
		n++
		if only == nil || t.firstPos(p) < t.firstPos(only) {
			only = p
		}
	}
	if !lead && (n != 1 || !t.inLeadAfter(t.firstPos(only), at)) {
		return nil // in the body, the one holder named right after: "The Floods Minister, who visited …, described …" over "Floods Minister Jane Roe said:"
	}
	if n > 1 && !t.inLeadAfter(t.firstPos(only), at) {
		return nil // several hold it, none named in the lead under the headline
	}
	return only
}

// topPosts are the words of the post that heads a body: "Executive
// Secretary", "Director-General", "President".
var topPosts = toSet(`secretary-general under-secretary-general director-general president chair chairperson chairman chairwoman administrator
executive commissioner director head`)

// officialEpithet returns the person a definite "official" with no
// complement stands for after the text has named one who heads a body:
// "The senior United Nations official stressed …" after "ECLAC's
// Executive Secretary, Jane Roe, said …" is Jane Roe; nil when the latest
// person mentioned is unnamed or holds no such post.
func (t *Tracker) officialEpithet(first, head, end, at int) *Speaker {
	toks := t.a.Tokens
	if head != end-1 || !toks[head].IsFold("official") || !toks[first].IsFold("the") && !(first > 0 && toks[first-1].IsFold("the")) {
		return nil
	}
	p, _ := t.latest(at, at-1500, func(p *Speaker, pos int) bool { return p.Kind == Person })
	if p == nil || p.Family == "" {
		return nil // (an official the text described before: "A senior official of the Secretariat said …, the official said")
	}
	for _, ti := range p.Titles {
		for _, w := range strings.Fields(strings.ToLower(ti)) {
			if topPosts[w] {
				return p
			}
		}
	}
	return nil
}

// topPostNamedAfter returns the first person the text names in the four
// sentences after the one at byte offset at with a body's top post
// ("Jane Roe, Executive Secretary of the Commission"), or nil; with a
// body, the first in ten sentences who speaks for it.
func (t *Tracker) topPostNamedAfter(at int, body *entities.Entity) *Speaker {
	sa := t.a.SentenceOf(t.a.TokenAt(at))
	if sa < 0 {
		return nil
	}
	var org Org
	window := 4
	if body != nil {
		org, window = t.fullOrg(body), 10
	}
	ents := t.a.Entities
	for i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= at }); i < len(ents); i++ {
		e := &ents[i]
		if e.Kind != entities.Person {
			continue
		}
		if sp := t.a.SentenceOf(e.Tokens.First); sp <= sa || sp > sa+window {
			if sp > sa+window {
				return nil
			}
			continue
		}
		if p := t.personOf(e); p != nil && p.Family != "" && t.topPostAround(e.Start) && (body == nil || sameBody(p.Organization, org) || t.namedAlike(p.Organization, body)) {
			return p
		}
	}
	return nil
}

// namedAlike reports an organization o that the text names by another
// of the gazetteer's names of the body e: "League of Arab States" for
// "Arab League".
func (t *Tracker) namedAlike(o Org, e *entities.Entity) bool {
	canon := e.Canonical
	if canon == "" {
		canon = e.Text
	}
	for i := range t.a.Entities {
		x := &t.a.Entities[i]
		if x.Kind == entities.Organization && (strings.EqualFold(x.Canonical, canon) || strings.EqualFold(x.Text, canon)) && strings.EqualFold(x.Text, o.Name) {
			return true
		}
	}
	return false
}

// firstPos returns where the text first names s, or the text's length.
func (t *Tracker) firstPos(s *Speaker) int {
	if pos := t.positions[s]; len(pos) > 0 {
		return pos[0]
	}
	return len(t.text)
}

// inLeadAfter reports a byte offset pos in the first two sentences after
// the one holding at: the lead under a headline, whose subject the
// headline's title stands for ("…; Minister Says “…”" over "The Minister
// for Rural Water, Hon. Jane Roe, has commissioned …").
func (t *Tracker) inLeadAfter(pos, at int) bool {
	if pos < at || pos >= len(t.text) {
		return false
	}
	sa, sp := t.a.SentenceOf(t.a.TokenAt(at)), t.a.SentenceOf(t.a.TokenAt(pos))
	return sa >= 0 && sp > sa && sp <= sa+2
}

// byTitleOf is byTitle for a title with a body's name before it ("Quillon
// CEO"): among the people holding the title, the one whose titles or
// organization name that body, when the title alone names several.
func (t *Tracker) byTitleOf(w, rank, body string, at int) *Speaker {
	if p := t.byTitle(w, rank, at); p != nil || body == "" || !t.inHeadline(at) && !t.inLead(at) {
		return p
	}
	for _, withOrg := range [2]bool{false, true} {
		var only *Speaker
		n := 0
		for _, p := range t.all {
			if p.Kind == Person && p.Family != "" && hasWord(p, w, rank) && namesBody(p, body, withOrg) {
				only = p
				n++
			}
		}
		if n == 1 {
			return only
		}
		if n > 1 {
			return nil
		}
	}
	return nil
}

// postOfNamedIn returns, for a headline's post after lower-case words
// that name its body ("says council chair"), the one person whose title
// is that post of that body ("Jane Roe, chair of the council and …"), not
// of a unit of it ("chair of the council's women's committee").
func (t *Tracker) postOfNamedIn(first, head, end, at int) *Speaker {
	toks := t.a.Tokens
	if head != end-1 || head == first || !t.inHeadline(at) {
		return nil
	}
	for k := first; k < head; k++ {
		if !toks[k].IsLower() || toks[k].Kind != entities.Word {
			return nil
		}
	}
	mods := strings.ToLower(t.text[toks[first].Start:toks[head-1].End])
	post := strings.ToLower(toks[head].Text)
	return t.oneHolder(func(ti string) (bool, bool) {
		l := strings.ToLower(ti)
		if l == mods+" "+post || strings.HasSuffix(l, " "+mods+" "+post) {
			return false, true // one styled as the headline styles the post ("Council chair Jane Roe"): the rules that read titles as written decide
		}
		return l == post+" of the "+mods || l == post+" of "+mods, false
	})
}

// namesBody reports a person whose titles (or, withOrg, organization)
// hold the word body: "Quillon chief executive officer" for "Quillon".
func namesBody(p *Speaker, body string, withOrg bool) bool {
	if withOrg {
		return strings.Contains(strings.ToLower(p.Organization.Name), body)
	}
	for _, ti := range p.Titles {
		for _, f := range strings.Fields(strings.ToLower(ti)) {
			if strings.TrimSuffix(strings.TrimSuffix(f, "’s"), "'s") == body {
				return true
			}
		}
	}
	return false
}

// inHeadline reports whether byte offset at lies in a headline: a
// sentence in title case, or one with no final punctuation in the first
// paragraphs (under a letterhead and a contact line), before or inside a
// closing quotation mark.
func (t *Tracker) inHeadline(at int) bool {
	si := t.a.SentenceOf(t.a.TokenAt(at))
	if si < 0 {
		return false
	}
	s := &t.a.Sentences[si]
	if f := s.Tokens.First; f+1 < s.Tokens.End && t.a.Tokens[f+1].Is(":") && tickerLabel(t.a.Tokens[f].Text) {
		return false // a ticker's or a sidebar's line of another story: "Latest: Minister says fares will rise"
	}
	e := s.Tokens.End - 1
	if e > s.Tokens.First && t.a.Tokens[e].Kind == entities.QuoteMark {
		e-- // a headline that ends in a quotation: "… as President calls for “a border that works”"
	}
	last := &t.a.Tokens[e]
	open := last.Kind != entities.Punct && last.Kind != entities.QuoteMark
	return s.TitleCase || open && (s.Paragraph <= 5 || si <= t.firstClosedSentence())
}

// tickerLabel reports the label of a line that announces another story:
// "Latest", "Breaking", "Related".
func tickerLabel(w string) bool {
	switch strings.ToLower(w) {
	case "latest", "breaking", "related", "trending", "popular":
		return true
	}
	return false
}

// firstClosedSentence returns the index of the text's first sentence that
// ends in a stop, a question or an exclamation mark: the lines before it
// (a meeting's number, a document symbol, a date, a headline and its
// deck) are the text's header, however many, and so is a site's notice
// of its cookies ("This website uses cookies to …. [Got it!]"); -1 when
// none ends so.
func (t *Tracker) firstClosedSentence() int {
	return remember(t, "first closed sentence", func() int {
		notice := -1 // the paragraph of a notice of cookies
		for i := range t.a.Sentences {
			s := &t.a.Sentences[i]
			if s.Paragraph == notice || t.cookieNotice(s) {
				notice = s.Paragraph // (and its other sentences: "By continuing to browse you agree to our Privacy Policy.")
				continue
			}
			if e := s.Tokens.End - 1; e >= s.Tokens.First {
				switch t.a.Tokens[e].Text {
				case ".", "?", "!":
					return i
				}
			}
		}
		return -1
	})
}

// cookieNotice reports a sentence of a site's notice of its cookies: it
// says the site uses them or asks to accept them ("This website uses
// cookies to …", "We use cookies", "Accept all cookies"); not a bakery's
// "cookies it can sell through its website", nor a regulator's "the site
// set 42 cookies".
func (t *Tracker) cookieNotice(s *entities.Sentence) bool {
	toks := t.a.Tokens
	for k := s.Tokens.First + 1; k < s.Tokens.End; k++ {
		if !toks[k].IsFold("cookies") {
			continue
		}
		b := k - 1
		if toks[b].IsFold("all") || toks[b].IsFold("essential") || toks[b].IsFold("analytics") {
			b-- // "Accept all cookies", "uses essential cookies"
		}
		if b >= s.Tokens.First {
			switch strings.ToLower(toks[b].Text) {
			case "use", "uses", "using", "accept", "allow":
				return true
			}
		}
	}
	return false
}

// topPostAround reports a body's top post right before the name at byte
// offset pos or set off right after it, the title the tracker may not
// have read yet: "Executive Secretary Jane Roe", "Jane Roe, Executive
// Secretary of the Commission," "Jane Roe, Special Representative of the
// Secretary-General and Head of the Mission," (not "Jane Roe, Director of
// the Kelvo Executive": the post is read before its body).
func (t *Tracker) topPostAround(pos int) bool {
	toks := t.a.Tokens
	k := t.a.TokenAt(pos)
	e := t.a.EntityAt(k)
	if e == nil {
		return false
	}
	for j := e.Tokens.First - 1; j >= 0 && j >= e.Tokens.First-4 && toks[j].IsCap(); j-- {
		if topPosts[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	if j := e.Tokens.End; j < len(toks) && toks[j].Is(",") {
		for j++; j < len(toks) && j <= e.Tokens.End+6 && toks[j].Kind == entities.Word && !toks[j].Is("of") && !toks[j].Is("for") && !toks[j].Is("at"); j++ {
			if topPosts[strings.ToLower(toks[j].Text)] {
				return true
			}
		}
		for ; j+1 < len(toks) && j <= e.Tokens.End+16 && !toks[j].Is(",") && toks[j].Newlines == 0; j++ {
			if toks[j].Is("and") && toks[j+1].IsCap() && topPosts[strings.ToLower(toks[j+1].Text)] {
				return true // a second post in the set-off titles: "Special Representative of the Secretary-General and Head of the Mission"
			}
		}
	}
	return false
}

// underHeadline reports whether byte offset at lies in one of the two
// sentences right after a headline: the lead.
func (t *Tracker) underHeadline(at int) bool {
	si := t.a.SentenceOf(t.a.TokenAt(at))
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		if t.inHeadline(t.a.Sentences[k].Start) {
			return true
		}
	}
	return false
}

// inLead reports whether byte offset at lies in the first three
// sentences of the text and at a capitalized title with no article, which
// a release's lead uses before it names the holder: "Flood Resilience
// Minister announces …" before "Minister Jane Roe said".
func (t *Tracker) inLead(at int) bool {
	k := t.a.TokenAt(at)
	si := t.a.SentenceOf(k)
	if si < 0 || si > 2 || k >= len(t.a.Tokens) || !t.a.Tokens[k].IsCap() {
		return false
	}
	return k == 0 || !isArticle(t.a.Tokens[k-1].Text)
}

// byTitleBefore is byTitle for the people mentioned before at.
func (t *Tracker) byTitleBefore(w, rank string, at int) *Speaker {
	if p := t.issuingMinister(w, rank, at); p != nil {
		return p
	}
	best, _ := t.latest(at, 0, func(p *Speaker, _ int) bool {
		return p.Kind == Person && hasWord(p, w, rank)
	})
	if best != nil && rank == "" && !bareTitle(best, w) {
		// "Director Jane Roe, together with Commissioner John Doe,
		// Director of the Unit, announced …; Commissioner Doe said …;
		// the Director said": of several holders, the one the text calls
		// by the bare title
		if bare, _ := t.latest(at, 0, func(p *Speaker, _ int) bool { return p.Kind == Person && p.Family != "" && bareTitle(p, w) }); bare != nil { // (a named one: not a headline's "Minister:" the text did not tie to a name)
			best = bare
		}
	}
	if best != nil || rank != "" {
		return best
	}
	if syns := diplomaticTitles[strings.ToLower(w)]; syns != nil {
		// "The representative of Kelvania said …, the ambassador said",
		// "JANE ROE (Kelvania) said …, the ambassador added": a diplomat's
		// other name, or a delegate a country's name follows, near
		best, _ = t.latest(at, at-1500, func(p *Speaker, _ int) bool {
			if p.Kind != Person {
				return false
			}
			for _, syn := range syns {
				if hasWord(p, syn, "") {
					return true
				}
			}
			return t.country[p] != nil
		})
	}
	return best
}

// bareTitle reports a title of p that is the word w alone: "Director".
func bareTitle(p *Speaker, w string) bool {
	for _, ti := range p.Titles {
		if strings.EqualFold(ti, w) {
			return true
		}
	}
	return false
}

// diplomaticTitles are the other words a text uses for a diplomat it has
// named by one: "the envoy" for Ambassador Roe, "the ambassador" for the
// representative of Kelvania.
var diplomaticTitles = map[string][]string{
	"ambassador": {"representative", "envoy"},
	"envoy":      {"ambassador", "representative"},
	"diplomat":   {"ambassador", "envoy", "representative"},
}

// officeRanks make another office of the title after them: the Deputy
// Secretary-General is not the Secretary-General.
var officeRanks = toSet(`deputy vice assistant associate under`)

// officeRank reports a rank word before a title that makes another
// office of it: "Deputy", "Lt.".
func officeRank(f string) bool {
	f = strings.ToLower(strings.TrimSuffix(f, "."))
	return officeRanks[f] || f == "lt" || f == "lieutenant"
}

// abbreviates reports initials w of one of p's titles: "ceo" of "Chief
// Executive Officer of Acme".
func abbreviates(p *Speaker, w string) bool {
	for _, ti := range p.Titles {
		if postInitials(ti, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether a title or the honorific of p holds the title
// word w, with the rank before it that the mention has ("the Deputy
// Secretary-General" is not "the Secretary-General").
func hasWord(p *Speaker, w, rank string) bool {
	if hasOneWord(p, w, rank) {
		return true
	}
	// two posts joined by a hyphen, each of them hers: "Chairman-CEO"
	// for the "Chairman and Chief Executive Officer"
	a, b, ok := strings.Cut(w, "-")
	return ok && rank == "" && companyPostWord(a) && companyPostWord(b) && hasOneWord(p, a, "") && hasOneWord(p, b, "")
}

// studyLead reports the words for the one who led a study: "researcher",
// "author", "investigator".
func studyLead(w string) bool {
	switch strings.ToLower(w) {
	case "researcher", "author", "investigator":
		return true
	}
	return false
}

// styledJudgeOnly reports a person who is a judge by style alone ("Mr
// Justice Roe"), with no title "Judge".
func styledJudgeOnly(p *Speaker) bool {
	for _, ti := range p.Titles {
		if titleWordIs(ti, "judge") || strings.HasSuffix(strings.ToLower(ti), " judge") {
			return false
		}
	}
	return true
}

// judgeStyle reports the style of a judge of a higher court: "Mr
// Justice", "Mrs Justice", "Lord Justice", "Justice".
func judgeStyle(ti string) bool {
	switch strings.ToLower(ti) {
	case "justice", "mr justice", "mrs justice", "ms justice", "lord justice", "lady justice", "mr. justice", "mrs. justice":
		return true
	}
	return false
}

// companyPostWord reports a company's post that a hyphen joins to
// another: "Chairman", "CEO", "President".
func companyPostWord(w string) bool {
	switch strings.ToLower(w) {
	case "chairman", "chairwoman", "chair", "chairperson", "president", "ceo", "md", "founder", "cfo", "coo":
		return true
	}
	return false
}

// hasOneWord is hasWord for one title word.
func hasOneWord(p *Speaker, w, rank string) bool {
	if studyLead(w) {
		for _, ti := range p.Titles {
			if f := strings.Fields(ti); len(f) == 3 && f[0] == "led" && f[1] == "the" && studyNouns[strings.ToLower(f[2])] {
				return true // "says lead researcher" for the one "who led the study" (not "who led the government delegation")
			}
		}
	}
	if rank == "" && titleWordIs(p.Honorific, w) {
		return true
	}
	for _, ti := range p.Titles {
		if rank == "" && postInitials(ti, w) {
			return true // "the CEO" is the chief executive officer
		}
		if rank == "" && strings.EqualFold(w, "mayor") && mayorPost(ti) {
			return true // "the Mayor" is the town's head by another name: "Municipal President", "Intendente"
		}
		if rank == "" && strings.EqualFold(w, "judge") && judgeStyle(ti) {
			return true // "the judge" is the one a British court styles "Mr Justice Roe"
		}
		if rank == "" && strings.EqualFold(w, "expert") && strings.Contains(strings.ToLower(ti), "special rapporteur") {
			return true // "warns UN expert" is the Special Rapporteur
		}
		if rank == "" {
			fs := strings.FieldsFunc(ti, func(r rune) bool { return r == ' ' || r == '-' })
			for i, f := range fs {
				if titleWordIs(f, w) && !(i > 0 && strings.EqualFold(fs[i-1], "non")) && (strings.HasPrefix(f, "(") || !(i > 0 && officeRank(fs[i-1])) && !(i > 1 && officeRank(fs[i-2]))) { // (a "Non-Executive Chair" is no executive) // "the governor" is not Lt. Gov. Roe; "the District Attorney" is not a Deputy District Attorney (but "the DC" is the "Deputy Commissioner (DC)")
					return true
				}
			}
		}
		fs := strings.Fields(ti)
		for i, f := range fs {
			if (rank != "" || strings.Contains(f, "-")) && titleWordIs(f, w) { // (also "the Deputy Minister" for a First Deputy Minister)
				before := ""
				if i > 0 {
					before = strings.ToLower(fs[i-1])
				}
				if !officeRanks[before] {
					before = ""
				}
				if before == rank {
					return true // "the Under-Secretary-General"; "the Deputy Secretary-General"
				}
			}
		}
	}
	return false
}

// mayorPost reports a town's head named by another word than "mayor", in
// English or in the town's language: "Municipal President" (Mexico),
// "Presidenta Municipal", "Alcalde", "Intendente", "Prefeito",
// "Burgomaster".
func mayorPost(ti string) bool {
	l := strings.ToLower(ti)
	if strings.Contains(l, "municipal president") || strings.Contains(l, "presidente municipal") || strings.Contains(l, "presidenta municipal") {
		return !strings.Contains(l, "vice") && !strings.Contains(l, "deputy")
	}
	for _, f := range strings.Fields(l) {
		switch f {
		case "alcalde", "alcaldesa", "intendente", "intendenta", "prefeito", "prefeita", "burgomaster", "bürgermeister", "maire", "sindaco":
			return true
		}
	}
	return false
}

// postInitials reports a company post's letters w ("ceo", "cfo") or a
// legislator's ("mp") that the title ti spells out: "Quillon chief
// executive officer", "Chief Financial Officer", "chief executive",
// "Member of Parliament for Wexcombe"; "md", the managing director's.
func postInitials(ti, w string) bool {
	if !(len(w) == 3 && (entities.CompanyPost(w) || w == "cio" || w == "cmo") || memberPosts[w] || w == "md") {
		return false
	}
	if w == "md" {
		l := strings.ToLower(ti)
		return strings.Contains(l, "managing director") && !strings.Contains(l, "deputy managing director") // (not a "Medical Director" nor a deputy's)
	}
	if head, _, ok := strings.Cut(strings.ToLower(ti), " of "); ok && w == "ceo" && strings.HasSuffix(head, "chief executive") {
		return true // "Chief Executive of Northwave"
	}
	if f := officerFields[w]; f != "" && fieldPost(ti, f) {
		return true // "the CFO" is the "Vice-President of the Management Board for Finance"
	}
	var b strings.Builder
	for _, f := range strings.Fields(ti) {
		if f != "of" && f != "and" && f != "the" {
			b.WriteByte(byte(unicode.ToLower(rune(f[0]))))
		}
	}
	ini := b.String()
	return strings.Contains(ini, w) || w == "ceo" && strings.HasSuffix(ini, "ce")
}

// officerFields are the fields of the officers a company calls by their
// initials, in the words other posts for them use: the CFO is the Finance
// Director, the CTO the Vice-President for Technology.
var officerFields = map[string]string{"cfo": "financ", "cto": "technolog", "coo": "operations"}

// fieldPost reports a company post in ti whose field starts with f:
// "Finance Director", "Member of the Board for Finance" (not "Finance
// Manager", nor "Head of Finance Research").
func fieldPost(ti, f string) bool {
	fs := strings.FieldsFunc(strings.ToLower(ti), func(r rune) bool { return r == ' ' || r == '-' })
	post, field := false, false
	for i, w := range fs {
		switch {
		case strings.HasPrefix(w, f):
			if field || i+1 < len(fs) && !fieldPostWords[fs[i+1]] {
				return false
			}
			field = true
		case fieldPostWords[w]:
			post = true
		}
	}
	return post && field
}

// fieldPostWords are the posts of a company's officers and board members.
var fieldPostWords = toSet(`director vice president officer board chief`)

// initialsHolder returns the one person named before byte offset at whose
// title its initials spell acr ("PPRO" for the "Police Public Relations
// Officer"; of two letters too), or the words of whose title before its
// first complement do ("PS" for the "Principal Secretary for the State
// Department for Public Health"), or the parts of a hyphenated title's
// word ("VC" for "Vice-Chancellor"), or who holds the letters themselves
// as a rank before her name ("CP" of "CP Jane Roe"); nil for none or
// several.
func (t *Tracker) initialsHolder(acr string, at int) *Speaker {
	if len(acr) < 2 {
		return nil
	}
	var found *Speaker
	for _, p := range t.all {
		if p.Kind != Person || t.firstPos(p) >= at {
			continue
		}
		for _, ti := range p.Titles {
			if ti == acr || strings.TrimSuffix(ti, ".") == acr {
				if found != nil && found != p {
					return nil
				}
				found = p // the letters as her own rank: "the CP" after "CP Jane Roe"
				continue
			}
			var whole, head strings.Builder
			inHead := true
			for _, f := range strings.FieldsFunc(ti, func(r rune) bool { return r == ' ' || r == '-' }) { // (each part of a hyphenated word: "VC" of "Vice-Chancellor")
				switch f {
				case "for", "of", "at", "in", "to":
					inHead = false
				}
				if f != "of" && f != "and" && f != "the" && f != "for" {
					r := unicode.ToUpper([]rune(f)[0])
					whole.WriteRune(r)
					if inHead {
						head.WriteRune(r)
					}
				}
			}
			compound := whole.Len() == 2 && !strings.Contains(ti, " ") // one hyphenated post: "VC" of "Vice-Chancellor"
			if (whole.Len() >= 3 || compound) && whole.String() == acr || head.Len() >= 2 && head.Len() < whole.Len() && head.String() == acr {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// memberPosts are a legislature's members by their initials: "the MP" is
// the Member of Parliament for Wexcombe, "the MEP" the Member of the
// European Parliament.
var memberPosts = toSet(`mp mep msp mla mpp`)

// titleAbbreviations spell out abbreviated titles: "the senator" is Sen. Cruz.
var titleAbbreviations = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor",
	"gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
	"prof": "professor", "dr": "doctor", "amb": "ambassador", "pres": "president", "adm": "admiral", "cmdr": "commander"}

// titleWordIs reports whether title word f (perhaps abbreviated) is w.
func titleWordIs(f, w string) bool {
	if len(f) > 2 && f[0] == '(' && f[len(f)-1] == ')' {
		f = f[1 : len(f)-1] // a post's letters after it: "(CDO)" of "Chief District Officer (CDO)"
	}
	f = strings.ToLower(strings.TrimSuffix(f, "."))
	if long, ok := titleAbbreviations[f]; ok {
		f = long
	}
	if w == "chair" || w == "Chair" {
		switch f {
		case "chairperson", "chairman", "chairwoman":
			return true // "the Chair" of a meeting is its chairperson
		}
	}
	return f == strings.ToLower(w)
}

// issuingMinister returns, for "the minister" in a ministry's release
// that quotes several ministers, the one minister named before at whose
// portfolio is the issuing ministry's (issuesPortfolio): after the Minister of Climate, the
// Minister of Trade and the Minister of Agriculture, the Ministry of
// Climate's release means its own minister. Nil otherwise.
func (t *Tracker) issuingMinister(w, rank string, at int) *Speaker {
	if !strings.EqualFold(w, "minister") || rank != "" || t.issuer.Name == "" || t.issuerByCount || !strings.Contains(strings.ToLower(t.issuer.Name), "ministry") {
		return nil
	}
	var own *Speaker
	holders := 0
	for _, p := range t.all {
		if p.Kind != Person || !hasWord(p, w, "") || !(len(t.positions[p]) > 0 && t.positions[p][0] < at) {
			continue
		}
		holders++
		if t.issuesPortfolio(p) {
			if own != nil {
				return nil
			}
			own = p
		}
	}
	if holders < 2 {
		return nil
	}
	return own
}

// holderByInitials returns the one person whose title opens with
// capitalized words whose initials are w, a headline's short form of
// the post: "CS" for "Cabinet Secretary for Kelvo Affairs", "PS" for
// "Principal Secretary"; nil when none or several hold such a post.
func (t *Tracker) holderByInitials(w string) *Speaker {
	if t.postsWithInitials(w) > 1 {
		return nil // the letters fit two posts the text names: "PM" for "the Prime Minister" and "Project Manager John Doe"
	}
	return t.oneHolder(func(ti string) (bool, bool) {
		f := strings.Fields(ti)
		if len(f) < len(w) {
			return false, false
		}
		for i := 0; i < len(w); i++ {
			if f[i][0] != w[i] {
				return false, false
			}
		}
		return entities.IsTitleWord(f[len(w)-1]), false
	})
}

// postsWithInitials counts the distinct posts of len(w) words (in any
// case, the last a title's word) whose initials are w that the text
// names: "Cabinet Secretary" and "Chief Superintendent" for "CS".
func (t *Tracker) postsWithInitials(w string) int {
	toks := t.a.Tokens
	seen := map[string]bool{}
	for k := 0; k+len(w) <= len(toks); k++ {
		match := true
		for i := 0; i < len(w) && match; i++ {
			x := &toks[k+i]
			match = x.Kind == entities.Word && len(x.Text) > 1 && unicode.ToUpper(rune(x.Text[0])) == rune(w[i]) && !x.IsUpper()
		}
		if match && entities.IsTitleWord(toks[k+len(w)-1].Text) {
			seen[strings.ToLower(t.text[toks[k].Start:toks[k+len(w)-1].End])] = true
		}
	}
	return len(seen)
}

// oneHolder returns the one named person with a title that match reports
// (its first result); nil when none or several hold one, or when match
// vetoes a title (its second result).
func (t *Tracker) oneHolder(match func(title string) (ok, veto bool)) *Speaker {
	var only *Speaker
	for _, p := range t.all {
		if p.Kind != Person || p.Family == "" {
			continue
		}
		for _, ti := range p.Titles {
			ok, veto := match(ti)
			if veto {
				return nil
			}
			if ok {
				if only != nil && only != p {
					return nil
				}
				only = p
			}
		}
	}
	return only
}

// describedSpeakerAt reports the description [the, end) of a post and
// its body as the subject of a verb of saying, before p is first named,
// with no other person named beside it: "…, the Secretary-General of the
// Kelvo Navigation Organization (KNAO) told the Council today" above
// "Secretary-General Jane Roe said …" (not "invited the Secretary-General
// of the Selna Federation to talks", "John Doe, the Secretary-General of
// the Selna Red Crescent,", "The Secretary-General of the Selna Red
// Crescent, Mr. John Doe,").
func (t *Tracker) describedSpeakerAt(the, end int, p *Speaker) bool {
	toks := t.a.Tokens
	if toks[the].Start >= t.firstPos(p) {
		return false
	}
	if the > 0 && toks[the-1].Is(",") && the > 1 && t.isPersonToken(the-2) {
		return false
	}
	k := end
	if k+2 < len(toks) && toks[k].Is("(") && toks[k+2].Is(")") {
		k += 3 // its letters: "(KNAO)"
	}
	if k < len(toks) && toks[k].Is(",") {
		return false // a name or an aside after it: "…, Mr. John Doe,"
	}
	return k < len(toks) && describedSays[strings.ToLower(toks[k].Text)]
}

// describedSays are the verbs of saying right after a described speaker.
var describedSays = toSet(`said says told tells stressed stresses warned warns noted notes added urged urges emphasized emphasised underlined`)

// onePerBody are the posts a body has one holder of: its
// Secretary-General, its Director-General.
var onePerBody = toSet(`secretary-general director-general`)

// tiedBody returns the one body the text names after p's bare top post
// and "of": "Kelvo Navigation Organization" for "Secretary-General Jane
// Roe" where the text says "the Secretary-General of the Kelvo Navigation
// Organization (KNAO) told the Council"; a zero Org when p holds no bare
// top post or the text ties it to no body, or to several.
func (t *Tracker) tiedBody(p *Speaker) Org {
	toks := t.a.Tokens
	var found *entities.Entity
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.credential || tl.end-tl.first != 1 || !onePerBody[strings.ToLower(toks[tl.first].Text)] || !toks[tl.first].IsCap() {
			continue
		}
		w := toks[tl.first].Text
		for k := 1; k+2 < len(toks); k++ {
			if !toks[k].Is(w) || !toks[k+1].Is("of") || !toks[k-1].IsFold("the") {
				continue // (the post as a description, not another's "Deputy Secretary-General of …")
			}
			b := k + 2
			if toks[b].IsFold("the") && b+1 < len(toks) {
				b++
			}
			e := t.a.EntityAt(b)
			if e == nil || e.Kind != entities.Organization || e.Tokens.First != b {
				continue
			}
			if !t.describedSpeakerAt(k-1, e.Tokens.End, p) {
				continue
			}
			if found != nil && found.Text != e.Text {
				return Org{}
			}
			found = e
		}
	}
	if found == nil {
		return Org{}
	}
	return t.fullOrg(found)
}
