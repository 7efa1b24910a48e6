package speakers

import (
	"regexp"
	"sort"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The Tracker: its state, how NewTracker builds it for a document, and
// what it reports (Speakers, People, Attribute, Last). Its other work is
// spread over files by concern, as go/types spreads one *Checker: the page's
// options and source in tracker_options.go, what a header gives the text in
// tracker_header.go, people by name in tracker_names.go, the mentions and
// titles it records in tracker_mentions.go, and phrases resolved to
// speakers in resolve.go.

// A Tracker follows the speakers of one document: it knows every named
// person with their titles, and resolves the mentions attributions rest on
// (names, pronouns, descriptions) to speakers. Make one per document with
// NewTracker; it is not safe for concurrent use.
type Tracker struct {
	a          *entities.Analysis
	text       string
	all        []*Speaker            // every speaker, in creation order
	families   map[string][]*Speaker // lower-case family name -> people
	given      map[string][]*Speaker // lower-case given name -> people
	middle     map[string][]*Speaker // lower-case inner name of three words or more -> people ("Quilodrán" of "Luz Marina Quilodrán Ñanco")
	patronymic map[string][]*Speaker // lower-case given names before a patronym -> people ("khairul anuar" of "Khairul Anuar bin Mohd Rashid")
	orgs       map[string]*Speaker   // lower-case name -> organization speaker
	groups     map[string]*Speaker   // lower-case description -> group or unnamed speaker
	byEntity   map[int]*Speaker      // entity index -> person
	// mention positions, for recency: byte offsets of name mentions, sorted
	positions     map[*Speaker][]int
	titleOf       map[*Speaker][]title
	inLab         bool                          // reading the body of a research group's head (labHeadsBody), not again
	party         map[*Speaker]*entities.Entity // first organization in a parenthesis after the name
	country       map[*Speaker]*entities.Entity // a country alone in a parenthesis after the name
	usParty       map[*Speaker]bool             // a US party's tag in a parenthesis after the name ("(R-Texas)")
	stateParty    map[*Speaker]bool             // a state legislator's party tag with a town ("(D-Las Cruces)")
	parenBody     map[*Speaker]Org              // a body no list knows, alone in a parenthesis after the name ("(Friends of Kelby Junction)")
	parenPlace    map[*Speaker]*entities.Entity // a place no country, alone in a parenthesis after the name ("(Lower Austria)")
	expanded      map[[2]string]bool            // acronym and expansion pairs the text states, built on first use (fullOrg)
	endingIn      map[string]endingIn           // orgEndingIn's answers by lower-case word
	oneOrgs       map[string]*entities.Entity   // oneOrg's answers: orgOpeningWith's by lower-case word, orgHeadedBy's by "of " and the word
	fullNames     map[string]fullName           // bodyNamedInFull's index, built on first use
	aliasNamed    map[string]bool               // namesBodyOf's answers by the body's name
	startingWith  map[string]*entities.Entity   // orgStartingWith's answers by word
	innerWord     map[string]*entities.Entity   // orgWithInnerWord's answers by word
	officeOf      map[string]Org                // the offices the text names after a title ("Sheriff’s Office"), built on first use
	memo          map[string]any                // answers about the whole text that do not depend on the person asking (memoized)
	last          *Speaker                      // the speaker of the latest attribution
	issuer        Org                           // the organization that issued the release, or none
	aliases       map[string]*entities.Entity   // short names the text defines for a body: "the Group" (aliasOf); nil until read
	issuerByCount bool                          // the issuer is only the body the text names most (news names its sources so)
	weakDateline  bool                          // the issuer is the subject after a dateline in title case, which the page's named publisher overrides
	header        *entities.Analysis            // the page's header above the text (WithHeader), once analyzed, or nil
	headerFunc    func() *entities.Analysis     // analyzes the header on first use (WithHeaderFunc), or nil
	headerText    string                        // the header's text, read before any analysis
	organ         entities.Org                  // the organ of a larger body the text is about (findOrgan), or none
	organText     string                        // the words the text first names the organ with
	apposOrg      map[*Speaker]*orgCand         // an organization set off after the titles: "…, CFO, Acme Inc."
	behalfOrg     map[*Speaker]*orgCand         // the body a sentence says one acted on behalf of: "attended on behalf of the Province of Kelvo"
	forOther      map[*Speaker]bool             // people who speak on behalf of another person: "on behalf of the Honourable Jane Roe, Minister of …"
	titleOver     []int32                       // per token, the farthest end of a title over it after its first token (noteTitleSpan)
	titleFrom     []int32                       // per token, the farthest end of a title that opens there
	postWords     map[int]bool                  // tokens of posts called by their own word, no one's name: "Sarpanch" of "Jane Roe, Sarpanch of Nunna Gram Panchayat"
	rec           recent                        // mention positions by recency (recent.go)
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
	signed     bool // a testimonial's description under its quotation: "– Jane Roe, pilot program participant"
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
		families: map[string][]*Speaker{}, given: map[string][]*Speaker{}, middle: map[string][]*Speaker{}, patronymic: map[string][]*Speaker{},
		orgs: map[string]*Speaker{}, groups: map[string]*Speaker{},
		byEntity: map[int]*Speaker{}, positions: map[*Speaker][]int{},
		titleOf: map[*Speaker][]title{}, party: map[*Speaker]*entities.Entity{}, country: map[*Speaker]*entities.Entity{}, usParty: map[*Speaker]bool{}, stateParty: map[*Speaker]bool{}, parenBody: map[*Speaker]Org{}, parenPlace: map[*Speaker]*entities.Entity{}, apposOrg: map[*Speaker]*orgCand{},
	}
	// The issuer as the text shows it before any person is read, for the
	// titles that name it by reference ("Jane Roe, the company's Chief
	// Technology Officer" after a dateline's "Acme Robotics, Inc. …"); it
	// is settled again below, with the persons known.
	t.organ, t.organText = t.findOrgan()
	t.issuer = t.findIssuer()
	// Full names first, so that "Funered" joins "Ulrika Funered" wherever
	// it stands.
	for pass := 0; pass < 2; pass++ {
		for i := range a.Entities {
			e := &a.Entities[i]
			if e.Kind != entities.Person || (e.Tokens.Len() > 1) != (pass == 0) ||
				e.Tokens.Len() == 1 && (entities.NotName(e.Text) || entities.IsDemonym(e.Text) || t.postWords[e.Tokens.First] || t.insideTitle(e.Tokens.First)) || t.bodyNameInTitle(e) {
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
	if t.postInitials(t.issuer.Name) {
		t.issuer = Org{} // a post's initials, as Hong Kong releases head them: "SHWA launches …" for the Secretary for Harbour and Waterfront Affairs
	}
	if o, ok := t.footerAbout(o); ok {
		t.issuer, t.issuerByCount = o, false
	}
	if strings.HasPrefix(strings.ToLower(o.source), "office of ") || governmentLetterhead(o.source) {
		t.issuer = t.sourceOrg(o.source) // an office's or a local government's letterhead above the text: "OFFICE OF THE ATTORNEY GENERAL", "MARROW COUNTY"
	}
	if o.source != "" {
		if src := t.sourceOrg(o.source); !sameBody(t.issuer, src) {
			heads := t.aboutHeadings()
			if d, ok := t.subjectOverAbout(heads, func(d Org) bool { return sameBody(d, src) }); ok && sameBody(t.issuer, heads[0]) {
				t.issuer = d // the page's publisher is the dateline's subject, the "About" heading a partner's
			}
		}
	}
	if (t.issuer.Name == "" || t.issuerByCount || t.weakDateline) && o.source != "" {
		t.issuer, t.issuerByCount = t.sourceOrg(o.source), false // the page's publisher is structure; a count is not
	}
	if t.issuer.Name == "" || t.issuerByCount {
		if name := t.footerContact(o); name != "" {
			t.issuer, t.issuerByCount = Org{Name: name}, false // the body under the media contact's name in the footer: "Media contact: / Jane Roe, Communications Director / Kelvo County District Attorney’s Office"
		}
	}
	t.issuer = t.fullerIssuer(t.fullestLegalForm(t.issuer), o.source)
	t.foundersByVerb()
	t.header, t.headerFunc = o.header, o.headerFunc
	switch {
	case o.header != nil:
		t.headerText = o.header.Text[o.header.Region.Start:o.header.Region.End]
	case o.headerFunc != nil && o.headerSpan.Valid(len(t.text)):
		t.headerText = t.text[o.headerSpan.Start:o.headerSpan.End]
	}
	t.issuer = governmentByPlace(t.issuer, t.headerText)
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
	if t.issuer.Name == "" {
		if h := t.copyrightHolder(); h != "" {
			t.issuer = Org{Name: h} // "© 2026 Kelvo Victim Support": the page's publisher, where nothing else named one
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
		s.Organization.Name = plainSpaces(s.Organization.Name)
		for k := range s.Affiliations {
			s.Affiliations[k].Name = plainSpaces(s.Affiliations[k].Name)
		}
		s.Key = KeyOf(s)
	}
	return out
}

// plainSpaces returns a name a hard wrap breaks with one space
// between its words: "Department of Labor and\nWorkforce Protection" gives
// "Department of Labor and Workforce Protection". A name is a string, not
// a span of the text; the mentions keep the text as written.
func plainSpaces(name string) string {
	if !strings.ContainsAny(name, "\n\r") && !strings.Contains(name, "  ") {
		return name
	}
	if strings.Contains(name, "   ") || strings.Contains(name, "\t") {
		return hardWrapRE.ReplaceAllString(name, " ") // (tabs and runs of three spaces or more set columns apart: "Kelvo Ministry of Health\t\tKelvo Ministry of Education" stays)
	}
	return strings.Join(strings.Fields(name), " ") // a hard wrap or a stray double space: "Kelvo Foods  Limited"
}

// hardWrapRE matches a line break and the spaces around it.
var hardWrapRE = regexp.MustCompile(`[ \t]*\r?\n[ \t]*`)

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

// bodyNameInTitle reports a name the recognizer took for a person's that
// stands right after a body's head inside a title already read for someone
// named before, or one word that opens such a title: "Zeeuwse Delta" and
// "Dike" of "Jane Roe, Dike Reeve of Water Board Zeeuwse Delta, said" are
// the board's name and the post's word, no one who speaks.
func (t *Tracker) bodyNameInTitle(e *entities.Entity) bool {
	f := e.Tokens.First
	if f == 0 {
		return false
	}
	if h, _ := entities.OrgHead(t.a.Tokens[f-1].Text); !h || !t.a.Tokens[f-1].IsCap() {
		// one word a title opens with, no name the text gives anyone:
		// "Dike" of "Dike Reeve of Water Board Kelvo Delta"
		w := strings.ToLower(e.Text)
		if e.Tokens.Len() != 1 || t.families[w] != nil || t.given[w] != nil {
			return false
		}
		return f < len(t.titleFrom) && t.titleFrom[f] > int32(f+2)
	}
	return f < len(t.titleOver) && t.titleOver[f] >= int32(e.Tokens.End)
}

// noteTitleSpan records a title read over tokens [first, end) in the
// indexes bodyNameInTitle asks: the farthest end of a title from each
// token it opens (titleFrom) and of a title over each token inside it
// after its first (titleOver). Read once per title, so asking is
// constant time whatever the number of people.
func (t *Tracker) noteTitleSpan(first, end int) {
	if t.titleOver == nil {
		t.titleOver = make([]int32, len(t.a.Tokens))
		t.titleFrom = make([]int32, len(t.a.Tokens))
	}
	e := int32(end)
	t.titleFrom[first] = max(t.titleFrom[first], e)
	for k := first + 1; k < end; k++ {
		t.titleOver[k] = max(t.titleOver[k], e)
	}
}

// insideTitle reports token k inside a title the text gives a person
// named in full: "Bicol" of "Commodore Jane Roe, District Commander for
// Bicol of the Kelvo Coast Command, said" is no one's name, and "he said"
// after it is hers. A person the post serves is still one: "Vell" of
// "Jane Roe, senior adviser to Vell," and of "deputy to Admiral Vell".
func (t *Tracker) insideTitle(k int) bool {
	for j := k; j > 0 && t.a.Tokens[j].IsCap(); j-- {
		if t.a.Tokens[j-1].Is("to") {
			return false
		}
	}
	return k < len(t.titleOver) && t.titleOver[k] > int32(k)
}
