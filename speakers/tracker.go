package speakers

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// A Tracker follows the speakers of one document: it knows every named
// person with their titles, and resolves the mentions attributions rest on
// (names, pronouns, descriptions) to speakers. Make one per document with
// NewTracker; it is not safe for concurrent use.
type Tracker struct {
	a        *entities.Analysis
	text     string
	all      []*Speaker            // every speaker, in creation order
	families map[string][]*Speaker // lower-case family name -> people
	given    map[string][]*Speaker // lower-case given name -> people
	middle   map[string][]*Speaker // lower-case inner name of three words or more -> people ("Quilodrán" of "Luz Marina Quilodrán Ñanco")
	orgs     map[string]*Speaker   // lower-case name -> organization speaker
	groups   map[string]*Speaker   // lower-case description -> group or unnamed speaker
	byEntity map[int]*Speaker      // entity index -> person
	// mention positions, for recency: byte offsets of name mentions, sorted
	positions    map[*Speaker][]int
	titleOf      map[*Speaker][]title
	party        map[*Speaker]*entities.Entity // first organization in a parenthesis after the name
	country      map[*Speaker]*entities.Entity // a country alone in a parenthesis after the name
	usParty      map[*Speaker]bool             // a US party's tag in a parenthesis after the name ("(R-Texas)")
	expanded     map[[2]string]bool            // acronym and expansion pairs the text states, built on first use (fullOrg)
	endingIn     map[string]endingIn           // orgEndingIn's answers by lower-case word
	startingWith map[string]*entities.Entity   // orgStartingWith's answers by word
	officeOf     map[string]Org                // the offices the text names after a title ("Sheriff’s Office"), built on first use
	memo         map[string]any                // answers about the whole text that do not depend on the person asking (memoized)
	// legislature's answer, found once
	legislatureSeen bool
	legislatureOrg  Org
	last            *Speaker                    // the speaker of the latest attribution
	issuer          Org                         // the organization that issued the release, or none
	aliases         map[string]*entities.Entity // short names the text defines for a body: "the Group" (aliasOf); nil until read
	issuerByCount   bool                        // the issuer is only the body the text names most (news names its sources so)
	header          *entities.Analysis          // the page's header above the text (WithHeader), once analyzed, or nil
	headerFunc      func() *entities.Analysis   // analyzes the header on first use (WithHeaderFunc), or nil
	headerText      string                      // the header's text, read before any analysis
	organ           entities.Org                // the organ of a larger body the text is about (findOrgan), or none
	organText       string                      // the words the text first names the organ with
	apposOrg        map[*Speaker]*orgCand       // an organization set off after the titles: "…, CFO, Acme Inc."
	rec             recent                      // mention positions by recency (recent.go)
	// congressSeen: 0 not read yet, 1 the text does not speak of the US
	// Congress, 2 it does.
	congressSeen int8
}

// A title is a role parsed from the text, with the tokens it covers.
type title struct {
	entities.Span
	first, end int
	former     bool
	credential bool // a degree or post-nominal: "MD", "Ph.D."
}

// NewTracker indexes the people of an analyzed document: every person
// entity, merged by name ("Ulrika Funered", "Ambassador Funered"), with the
// titles, honorific and organization the text gives around each mention.
//
// Options give what the page around the text says: WithSource.
func NewTracker(a *entities.Analysis, opts ...Option) *Tracker {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	t := &Tracker{
		a: a, text: a.Text,
		families: map[string][]*Speaker{}, given: map[string][]*Speaker{}, middle: map[string][]*Speaker{},
		orgs: map[string]*Speaker{}, groups: map[string]*Speaker{},
		byEntity: map[int]*Speaker{}, positions: map[*Speaker][]int{},
		titleOf: map[*Speaker][]title{}, party: map[*Speaker]*entities.Entity{}, country: map[*Speaker]*entities.Entity{}, usParty: map[*Speaker]bool{}, apposOrg: map[*Speaker]*orgCand{},
	}
	// Full names first, so that "Funered" joins "Ulrika Funered" wherever
	// it stands.
	for pass := 0; pass < 2; pass++ {
		for i := range a.Entities {
			e := &a.Entities[i]
			if e.Kind != entities.Person || (e.Tokens.Len() > 1) != (pass == 0) ||
				e.Tokens.Len() == 1 && (entities.NotName(e.Text) || entities.IsDemonym(e.Text)) {
				continue
			}
			p := t.person(e)
			t.byEntity[i] = p
			t.addMention(p, Mention{Span: e.Span, Text: e.Text, Kind: NameMention})
			t.parseContext(p, e)
		}
	}
	t.organ, t.organText = t.findOrgan()
	t.issuer = t.findIssuer()
	if strings.HasPrefix(strings.ToLower(o.source), "office of ") || governmentLetterhead(o.source) {
		t.issuer = t.sourceOrg(o.source) // an office's or a local government's letterhead above the text: "OFFICE OF THE ATTORNEY GENERAL", "MARROW COUNTY"
	}
	if (t.issuer.Name == "" || t.issuerByCount) && o.source != "" {
		t.issuer, t.issuerByCount = t.sourceOrg(o.source), false // the page's publisher is structure; a count is not
	}
	t.header, t.headerFunc = o.header, o.headerFunc
	switch {
	case o.header != nil:
		t.headerText = o.header.Text[o.header.Region.Start:o.header.Region.End]
	case o.headerFunc != nil && o.headerSpan.Valid(len(t.text)):
		t.headerText = t.text[o.headerSpan.Start:o.headerSpan.End]
	}
	var h *Tracker // the header's own tracker, when a layout gave one and it can matter
	headerTracker := func() *Tracker {
		if h == nil {
			if ha := t.headerAnalysis(); ha != nil {
				h = NewTracker(ha)
			}
		}
		return h
	}
	if (t.issuer.Name == "" || t.issuerByCount) && o.source == "" && (t.header != nil || t.headerFunc != nil) {
		if h := headerTracker(); h != nil {
			t.headerIssuer(h)
		}
	}
	for _, p := range t.all {
		t.finishPerson(p)
	}
	if (t.header != nil || t.headerFunc != nil) && t.headerNamesFamily() {
		if h := headerTracker(); h != nil {
			t.headerTitles(h)
		}
	}
	t.buildRecent()
	return t
}

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

// An Option sets what a Tracker knows of a text from outside it.
type Option func(*options)

type options struct {
	source     string
	header     *entities.Analysis
	headerSpan entities.Span
	headerFunc func() *entities.Analysis
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

// lineTitles returns the title on the line under a line that holds only
// p's name, as a minister's page heads a release: "Hon Jane Roe" over
// "Minister of Health".
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
		end := k + 1
		for end < len(toks) && toks[end].Newlines == 0 {
			end++
		}
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

// sourceOrg names the published source as the text names it: the
// organization entity of that name (with its acronym), else the name.
func (t *Tracker) sourceOrg(name string) Org {
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Organization && strings.EqualFold(e.Text, name) {
			return t.fullOrg(e)
		}
	}
	if strings.ToUpper(name) == name && strings.ToLower(name) != name {
		name = displayCaps(name) // a letterhead's capitals: "Acme Holdings Limited"
	}
	return Org{Name: name}
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

// nameParts splits a person entity into given and family names.
func (t *Tracker) nameParts(e *entities.Entity) (given, family string) {
	toks := t.a.Tokens[e.Tokens.First:e.Tokens.End]
	last := len(toks) - 1
	for last > 0 && isNameSuffix(toks[last].Text) {
		last--
	}
	family = toks[last].Text
	if last > 0 && (capParticles[toks[0].Text] || toks[0].IsLower() || last > 1 && openingParticles[toks[0].Text] && toks[1].IsLower()) {
		return "", t.text[toks[0].Start:toks[last].End] // "Ms. Ní Bhriain", "Mr. van der Berg", "Van der Merwe said": a family name alone
	}
	if last > 0 {
		given = t.text[toks[0].Start:toks[last-1].End]
		// name particles belong to the family name: "Ursula von der Leyen",
		// "Siobhán Ní Bhriain"
		k := last - 1
		for k > 0 && (toks[k].IsLower() || capParticles[toks[k].Text]) {
			k--
		}
		if k < last-1 {
			family = t.text[toks[k+1].Start:toks[last].End]
			given = t.text[toks[0].Start:toks[k].End]
		}
	}
	return given, family
}

// capParticles are capitalized particles of a family name: "Ní Bhriain",
// "Ó Súilleabháin", "De Niro" (not "Mac", "Van" or "Del", which are also
// given names).
var capParticles = toSet(`Ní Nic Ó Uí Ua Von Vander De Della Du Dos Das St. St Ste. Ste`)

// openingParticles are particles capitalized at a sentence's start that
// are a family name's when a second, lower-case particle follows: "Van
// der Merwe", "De la Cruz" (where "Van Morrison" is a given name's).
var openingParticles = toSet(`Van Von De Del Della Da Di Du Le La Ter Ten Dos Das`)

func isNameSuffix(s string) bool {
	switch strings.TrimSuffix(s, ".") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// person returns the person a name entity refers to, creating it if new.
func (t *Tracker) person(e *entities.Entity) *Speaker {
	given, family := t.nameParts(e)
	var fb [32]byte
	fkb := entities.AppendLower(fb[:0], family) // the key, lower-cased without allocating for lookups
	if given == "" {
		// A single name: the latest person mentioned before it with that
		// family name, else with that given name.
		if p := t.latestBefore(t.families[string(fkb)], e.Start); p != nil {
			return p
		}
		if p := t.latestBefore(t.given[string(fkb)], e.Start); p != nil {
			return p
		}
		if p := t.latestBefore(t.middle[string(fkb)], e.Start); p != nil {
			return p // a first family name alone: "Quilodrán" of "Luz Marina Quilodrán Ñanco"
		}
		if i := strings.LastIndexByte(family, ' '); i > 0 {
			if p := t.latestBefore(t.middle[strings.ToLower(family[i+1:])], e.Start); p != nil {
				return p // with its particles: "de la Fuente" of "María José de la Fuente Irarrázaval"
			}
		}
		if ps := t.families[string(fkb)]; len(ps) > 0 {
			return ps[0]
		}
	} else {
		for _, p := range t.families[string(fkb)] {
			if p.Given == "" || sameGiven(p.Given, given) || strings.HasSuffix(strings.ToLower(p.Given), " "+strings.ToLower(given)) && (strings.Contains(given, " ") || openingParticles[given] || t.doubleFamily(p, family, e.Start)) { // (and "Mac Giolla Phádraig" of "Órla Mac Giolla Phádraig"; "Haddad Nilsen" after "Amira Haddad Nilsen": a double family name)
				if len(e.Text) > len(p.Name) {
					p.Name, p.Given = displayName(e.Text), displayName(given)
				}
				return p
			}
		}
	}
	fk := family // already lower case: no copy, as strings.ToLower
	if string(fkb) != family {
		fk = string(fkb)
	}
	p := &Speaker{Kind: Person, Name: displayName(e.Text), Given: displayName(given), Family: displayName(family), key: fk}
	t.addSpeaker(p)
	t.families[fk] = append(t.families[fk], p)
	if given != "" {
		gk := strings.ToLower(firstField(given))
		t.given[gk] = append(t.given[gk], p)
	}
	if ws := strings.Fields(e.Text); len(ws) >= 3 && !entities.CommonWord(ws[0]) && !entities.CommonWord(ws[len(ws)-1]) { // (not "Rachel Maddow Show", "Hold Melania Trump")
		for _, w := range ws[1 : len(ws)-1] {
			if mk := strings.ToLower(w); mk != "" && w[0] >= 'A' && (w[0] <= 'Z' || w[0] >= 0x80) {
				t.middle[mk] = append(t.middle[mk], p)
			}
		}
	}
	return p
}

// sameGiven reports whether two given names can be one person's: equal,
// or one the initial or first word of the other ("Jan", "J.").
func sameGiven(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	fa, fb := firstWord(a), firstWord(b)
	if strings.EqualFold(fa, fb) {
		return true
	}
	ia, ib := strings.TrimSuffix(fa, "."), strings.TrimSuffix(fb, ".")
	return len(ia) == 1 && len(ib) > 0 && strings.EqualFold(ib[:1], ia) || len(ib) == 1 && len(ia) > 0 && strings.EqualFold(ia[:1], ib)
}

// firstField returns the first of s's fields as strings.Fields splits
// them, without building the list; "" when s is blank.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// firstWord returns s up to its first space.
func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func (t *Tracker) latestBefore(ps []*Speaker, off int) *Speaker {
	var best *Speaker
	bestPos := -1
	for _, p := range ps {
		pos := t.positions[p]
		k := sort.SearchInts(pos, off)
		if k > 0 && pos[k-1] > bestPos {
			best, bestPos = p, pos[k-1]
		}
	}
	return best
}

func (t *Tracker) addMention(s *Speaker, m Mention) {
	// Mentions stay sorted by start: insert in place (they mostly arrive
	// in order, so this is an append).
	k := sort.Search(len(s.Mentions), func(i int) bool { return s.Mentions[i].Start >= m.Start })
	for j := k; j < len(s.Mentions) && s.Mentions[j].Start == m.Start; j++ {
		if s.Mentions[j].Span == m.Span {
			return
		}
	}
	s.Mentions = append(s.Mentions, Mention{})
	copy(s.Mentions[k+1:], s.Mentions[k:])
	s.Mentions[k] = m
	pos := t.positions[s]
	k = sort.SearchInts(pos, m.Start)
	if k == len(pos) || pos[k] != m.Start {
		pos = append(pos, 0)
		copy(pos[k+1:], pos[k:])
		pos[k] = m.Start
		t.positions[s] = pos
		t.notePosition(s, m.Start)
	}
}

// appendTitle records a title of p, in the tracker's list and p's. Most
// people have one title; one with a second mostly has more ("Jane Roe,
// Deputy Minister of …, Ambassador …, Permanent Representative of …"), so
// the second makes room for manyTitles at once instead of growing both
// lists one title at a time.
func (t *Tracker) appendTitle(p *Speaker, tl title) {
	ts := t.titleOf[p]
	if len(ts) == 1 && cap(ts) == 1 {
		ts = append(make([]title, 0, manyTitles), ts[0])
	}
	t.titleOf[p] = append(ts, tl)
	if len(p.Titles) == 1 && cap(p.Titles) == 1 {
		p.Titles = append(make([]string, 0, manyTitles), p.Titles[0])
	}
	h := t.heldTitle(tl)
	for _, x := range p.Titles {
		if strings.EqualFold(x, h) {
			return // "Senators Roe and Doe", then "Senator Roe"
		}
	}
	p.Titles = append(p.Titles, h)
}

// heldTitle is the title as one person holds it: a plural title before a
// list of names is each one's in the singular ("U.S. Senators Jane Roe
// and John Doe": "U.S. Senator"; "brand co-founders": "brand co-founder").
// A title whose plural is a body's name keeps it ("member of the House of
// Representatives").
func (t *Tracker) heldTitle(tl title) string {
	s := tl.In(t.text)
	toks := t.a.Tokens
	if tl.end-tl.first > 3 || !entities.PluralTitle(toks[tl.end-1].Text) {
		return s
	}
	for k := tl.first; k < tl.end; k++ {
		if toks[k].Is("of") || toks[k].Is("for") {
			return s
		}
	}
	return s[:len(s)-1]
}

const manyTitles = 4

// Speakers returns every speaker that has at least one quote, people
// first, each group in order of first mention, numbers them s1, s2, ...
// and sets their Key (KeyOf) from their final names.
func (t *Tracker) Speakers() []*Speaker {
	var out []*Speaker
	for _, s := range t.all {
		if s.quotes > 0 {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ki, kj := out[i].Kind == Person && out[i].Family != "", out[j].Kind == Person && out[j].Family != ""
		if ki != kj {
			return ki
		}
		return firstPos(out[i]) < firstPos(out[j])
	})
	for i, s := range out {
		s.ID = "s" + itoa(i+1)
		s.Key = KeyOf(s)
	}
	return out
}

func firstPos(s *Speaker) int {
	if len(s.Mentions) == 0 {
		return 1 << 62
	}
	return s.Mentions[0].Start
}

// People returns every named person of the document, quoted or not.
func (t *Tracker) People() []*Speaker {
	var out []*Speaker
	for _, s := range t.all {
		if s.Kind == Person && s.Family != "" {
			out = append(out, s)
		}
	}
	return out
}

// Attribute records that a quote is attributed to s through mention m, so
// that later pronouns and continuations can find s.
func (t *Tracker) Attribute(s *Speaker, m Mention) {
	if s == nil {
		return
	}
	s.quotes++
	t.addMention(s, m)
	t.last = s
}

// Last returns the speaker of the latest attribution, or nil.
func (t *Tracker) Last() *Speaker { return t.last }

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// doubleFamily reports that the two words of a later mention, "Haddad
// Nilsen" after "Amira Haddad Nilsen", are p's family name: p was named
// before at, by three words or more whose first is no common word, and
// the text never names the last word alone ("Dr. Okonkwo-Hale" makes
// "Chiamaka Okonkwo-Hale" a given and a family name).
func (t *Tracker) doubleFamily(p *Speaker, family string, at int) bool {
	pos := t.positions[p]
	ws := strings.Fields(p.Name)
	if len(pos) == 0 || pos[0] >= at || len(ws) < 3 || entities.CommonWord(ws[0]) {
		return false
	}
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Person && e.Tokens.Len() == 1 && strings.EqualFold(e.Text, family) {
			return false
		}
	}
	return true
}

// remember returns the answer stored under key, computing it with f on
// first use: a question about the whole text ("the US state of the
// release") asked for many people costs one scan.
func remember[T any](t *Tracker, key string, f func() T) T {
	if v, ok := t.memo[key]; ok {
		return v.(T)
	}
	if t.memo == nil {
		t.memo = map[string]any{}
	}
	v := f()
	t.memo[key] = v
	return v
}
