package speakers

import (
	"sort"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Organizations as speakers: the body an entity, a head noun ("the
// Alliance") or the release's issuer names.

// orgSpeaker returns the speaker for an organization or place entity.
func (t *Tracker) orgSpeaker(e *entities.Entity) *Speaker {
	return t.orgSpeakerOf(t.fullOrg(e))
}

// policeNamed returns the one police body the text names ("Kelvo Police
// District", "the Kelvo Police Department"), nil for none or several.
func (t *Tracker) policeNamed() *entities.Entity {
	return t.oneOrg("police named", func(e *entities.Entity) bool {
		return e.Tokens.Len() >= 2 && strings.Contains(strings.ToLower(e.Text), "police")
	})
}

// orgSpeakerOf returns the speaker for an organization, by its name or
// its acronym.
func (t *Tracker) orgSpeakerOf(o Org) *Speaker {
	key := strings.ToLower(o.Name)
	if s, ok := t.orgs[key]; ok {
		return s
	}
	if o.Acronym != "" {
		if s, ok := t.orgs[strings.ToLower(o.Acronym)]; ok {
			return s
		}
	}
	s := &Speaker{Kind: Organization, Name: o.Name, Organization: o, key: key}
	t.orgs[key] = s
	if o.Acronym != "" {
		t.orgs[strings.ToLower(o.Acronym)] = s
	}
	t.addSpeaker(s)
	return s
}

// fullerOrg returns the organization speaker whose fuller name ends in
// the word w: an organization the text names ("European Parliament") or
// the issuer. Several candidates with different names give the issuer
// when it is one of them ("Agency warns" in the Kelvo Monitoring Agency's
// release that also names the European Environment Agency), else none.
func (t *Tracker) fullerOrg(w string) (*Speaker, bool) {
	found, ambiguous := t.orgEndingIn(w)
	if found != nil && !ambiguous {
		return t.orgSpeaker(found), true
	}
	if n := t.issuer.Name; strings.Contains(n, " ") && (t.issuerEndsIn(w) || strings.EqualFold(headBeforeOf(n), w)) {
		return t.issuerSpeaker(), true // (also the head before "of": "the Bureau" of "Sindh Bureau of Health Statistics")
	}
	if e := t.orgHeadedBy(w); e != nil {
		return t.orgSpeaker(e), true // "the Bureau" after "Sindh Bureau of Health Statistics" in the health department's release
	}
	return nil, false
}

// issuerEndsIn reports an issuer of several words whose last is w:
// "Council" of "Coral Coast Regional Council".
func (t *Tracker) issuerEndsIn(w string) bool {
	n := t.issuer.Name
	i := strings.LastIndexByte(n, ' ')
	return i > 0 && strings.EqualFold(n[i+1:], w)
}

// issuerHeadBeforeOf reports the head w of the issuer's name before "of",
// "for" or "on": "Council" of "Intergovernmental Council for Kelvo Bats".
func (t *Tracker) issuerHeadBeforeOf(w string) bool {
	f := strings.Fields(t.issuer.Name)
	for i := 0; i+1 < len(f); i++ {
		if strings.EqualFold(f[i], w) && (f[i+1] == "of" || f[i+1] == "for" || f[i+1] == "on") {
			return true
		}
	}
	return false
}

// otherNamed reports another body than the issuer with the head e names,
// named in e's sentence or the one before: "Kelvale City Council, which
// owns the hall, said …. Council said …" in a national council's release.
func (t *Tracker) otherNamed(e *entities.Entity) bool {
	_, ok := t.otherHeadedJustBefore(e.Tokens.First, e.Text)
	return ok
}

// orgHeadedBy returns the one organization the text names whose head
// before "of" or "for" is the word w ("Sindh Bureau of Health Statistics"
// for "Bureau"); nil when it names none or several.
func (t *Tracker) orgHeadedBy(w string) *entities.Entity {
	return t.oneOrg("of "+strings.ToLower(w), func(e *entities.Entity) bool {
		return strings.EqualFold(headBeforeOf(e.Text), w)
	})
}

// headBeforeOf returns the word before the first " of ", " for ", " on "
// or " to " of a body's name ("Bureau" of "Sindh Bureau of Health
// Statistics", "Mission" of "OSCE Mission to Kelvania"), or "".
func headBeforeOf(name string) string {
	head := namePart(name)
	if head == "" {
		return ""
	}
	return head[strings.LastIndexByte(head, ' ')+1:]
}

// namePart returns a body's name before its complement, the first " of ",
// " for ", " on " or " to ": "Presidential Task Force" of "Presidential
// Task Force on Digital Fraud"; "" when it has none.
func namePart(name string) string {
	i := -1
	for _, prep := range [...]string{" of ", " for ", " on ", " to "} {
		if j := strings.Index(name, prep); j > 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i <= 0 {
		return ""
	}
	return name[:i]
}

// orgNamedByHead returns the one organization the text names, or the
// issuer, whose name before its complement ends in the words [i, k) of a
// definite phrase: "the Federal Ministry" for "Federal Ministry of
// Agriculture, Forestry and Water", "the Task Force" for "Presidential
// Task Force on Digital Fraud".
func (t *Tracker) orgNamedByHead(i, k int) (Org, bool) {
	toks := t.a.Tokens
	words := strings.ToLower(t.text[toks[i].Start:toks[k-1].End])
	endsIn := func(name string) bool {
		h := strings.ToLower(namePart(name))
		return h == words || strings.HasSuffix(h, " "+words)
	}
	if t.issuer.Name != "" && !t.issuerByCount && endsIn(t.issuer.Name) {
		return t.issuer, true
	}
	if e := t.oneOrg("head "+words, func(e *entities.Entity) bool { return endsIn(e.Text) }); e != nil {
		return orgOf(e), true
	}
	return Org{}, false
}

// orgEndingIn returns the one organization of two words or more the text
// names that ends in the word w ("Valley Hunger Alliance" for "the
// Alliance"); ambiguous when it names several.
func (t *Tracker) orgEndingIn(w string) (found *entities.Entity, ambiguous bool) {
	key := strings.ToLower(w)
	if r, ok := t.endingIn[key]; ok {
		return r.e, r.ambiguous
	}
	defer func() {
		if t.endingIn == nil {
			t.endingIn = map[string]endingIn{}
		}
		t.endingIn[key] = endingIn{found, ambiguous} // each word scans the entities once
	}()
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || e.Tokens.Len() < 2 || !strings.EqualFold(t.a.Tokens[e.Tokens.End-1].Text, w) {
			continue
		}
		if found != nil && !strings.EqualFold(found.Text, e.Text) {
			return nil, true
		}
		found = e
	}
	return found, false
}

// headFirstAuthority reports the word that opens the name of a local or
// regional authority: "Region Kelvmark", "City of Kelvo", "Province of
// Kelvo".
func headFirstAuthority(w string) bool {
	return w == "Region" || w == "Province" || entities.LocalGovKind(w)
}

// orgOpeningWith returns the one organization of two words or more the
// text names that opens with the word w ("Region Kelvmark" for "the
// Region"); nil when it names none or several.
func (t *Tracker) orgOpeningWith(w string) *entities.Entity {
	return t.oneOrg(strings.ToLower(w), func(e *entities.Entity) bool {
		return e.Tokens.Len() >= 2 && strings.EqualFold(t.a.Tokens[e.Tokens.First].Text, w)
	})
}

// oneOrg returns the one organization the text names (by its text) that
// match accepts, nil for none or several; the answer is kept under key,
// so that each lookup scans the entities once.
func (t *Tracker) oneOrg(key string, match func(e *entities.Entity) bool) *entities.Entity {
	if e, ok := t.oneOrgs[key]; ok {
		return e
	}
	var found *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Organization || !match(e) {
			continue
		}
		if found != nil && !strings.EqualFold(found.Text, e.Text) {
			found = nil
			break
		}
		found = e
	}
	if t.oneOrgs == nil {
		t.oneOrgs = map[string]*entities.Entity{}
	}
	t.oneOrgs[key] = found
	return found
}

// endingIn is a remembered answer of orgEndingIn.
type endingIn struct {
	e         *entities.Entity
	ambiguous bool
}

// genericOrg reports a noun for any organization: "the company", "the
// organization".
func genericOrg(w string) bool {
	switch w {
	case "company", "firm", "organization", "organisation", "charity", "nonprofit", "agency", "watchdog", "ngo":
		return true
	}
	return false
}

// firmNoun reports a noun for a business: "the company", "the firm". A
// public body's release ("Office of the Attorney General") that says "the
// company said" means another body than its issuer.
func firmNoun(w string) bool { return w == "company" || w == "firm" }

// issuerSpeaker returns the organization speaker of the release's issuer,
// creating it on first use.
func (t *Tracker) issuerSpeaker() *Speaker {
	key := strings.ToLower(t.issuer.Name)
	if s, ok := t.orgs[key]; ok {
		return s
	}
	s := &Speaker{Kind: Organization, Name: t.issuer.Name, Organization: t.issuer, key: key}
	t.orgs[key] = s
	t.addSpeaker(s)
	return s
}

// latestOrg returns the organization speaker for the latest organization
// entity before at, whose name has the word w if w is set ("the
// committee").
func (t *Tracker) latestOrg(at int, w string) *Speaker {
	ents := t.a.Entities // sorted by start
	for i := sort.Search(len(ents), func(k int) bool { return ents[k].Start >= at }) - 1; i >= 0; i-- {
		e := &ents[i]
		if at-e.Start > 3000 {
			return nil // as far back as an organization may be
		}
		if e.Kind != entities.Organization || e.Unit && w == "" {
			continue
		}
		if w != "" && !strings.Contains(strings.ToLower(e.Text), w) {
			continue
		}
		if w != "" && e.Tokens.Len() == 1 && strings.EqualFold(e.Text, w) {
			if o, ok := t.fullerOrg(w); ok {
				return o // the head alone ("Leader of the Council") stands for the body the text names in full: "Castlebridge City Council"
			}
		}
		return t.orgSpeaker(e)
	}
	return nil
}

// personNouns are singular nouns for people a text names only by role or
// relation ("a source", "one person").
var personNouns = toSet(`source person man woman someone somebody spokesperson spokesman spokeswoman
official aide insider one friend relative neighbor neighbour witness voter resident supporter critic
observer employee worker member user staffer volunteer activist organizer protester attendee donor
student teacher parent mother father owner customer participant expert economist strategist consultant
lawyer attorney lobbyist operative pollster commentator columnist blogger reporter journalist
correspondent writer author historian scholar researcher scientist doctor nurse officer agent soldier
pilot farmer businessman businesswoman entrepreneur investor banker child boy girl kid teen teenager
heckler narrator judge juror caller paramedic patient survivor victim widow widower caregiver carer
firefighter miner fisherman tenant pensioner pupil digger vendor trader fisher herder labourer laborer`)

// reducedRelative reports a past participle at h that opens a reduced
// relative clause after a document's or group's noun: "a study published
// today in …", "officials briefed on the talks".
func reducedRelative(toks []entities.Token, h int) bool {
	w, p := &toks[h], strings.ToLower(toks[h-1].Text)
	return w.Kind == entities.Word && w.IsLower() && strings.HasSuffix(w.Text, "ed") && (docNouns[p] || groupNouns[p])
}

// docNamed returns the document speaker that the capitalized phrase
// [first, end) names, without its article.
func (t *Tracker) docNamed(first, end int) *Speaker {
	toks := t.a.Tokens
	if isArticle(toks[first].Text) && first+1 < end {
		first++
	}
	m := Mention{Span: entities.Span{Start: toks[first].Start, End: toks[end-1].End}, Kind: DescriptorMention}
	m.Text = m.In(t.text)
	return t.described(Document, first, end, m)
}

// docNouns are documents and media that a text can quote ("the report said").
var docNouns = toSet(`ad bill article memo letter document email e-mail filing lawsuit complaint indictment
ruling decision order website page post tweet video book transcript analysis data figures records study
research review audit assessment estimate projection forecast guidance resolution rule plan proposal
platform message note notice announcement commercial petition editorial column op-ed piece story
headline statement report poll survey release affidavit subpoena testimony brief motion warrant text
voice-over voiceover mailer flyer brochure caption`)

// IsHeadNoun reports whether w (lower case) can head a phrase that names a
// speaker without a name: a title, a group, an organization, a document.
func IsHeadNoun(w string) bool {
	return groupNouns[w] || strings.HasSuffix(w, "-year-old") || orgNouns[w] || personNouns[w] || docNouns[w] || entities.IsTitleWord(w)
}
