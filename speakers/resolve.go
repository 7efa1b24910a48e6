package speakers

import (
	"sort"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// A Resolution is what a phrase of the text refers to.
type Resolution struct {
	Speaker    *Speaker // nil when the phrase could not be resolved
	Mention    Mention  // the phrase, or its name when it holds one
	Confidence entities.Confidence
	// Rule names how the speaker was found: "name", "pronoun", "title",
	// "organization", "group", "descriptor".
	Rule string
}

// pronouns that can be the subject of a verb of saying.
var subjectPronouns = map[string]entities.Gender{"he": entities.Male, "she": entities.Female, "they": 0, "it": 0, "we": 0, "i": 0}

// possessives stand for the subject pronoun of their possessor.
var possessives = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// group nouns: plural people named only as a group.
var groupNouns = toSet(`officials sources aides advisers advisors experts analysts critics supporters
opponents voters residents people lawmakers legislators democrats republicans members speakers participants
delegates leaders authorities investigators prosecutors police officers observers economists scientists
researchers activists organizers organisers witnesses staffers spokespeople representatives ministers diplomats
officers insiders strategists donors commentators protesters demonstrators students teachers doctors workers
employees executives negotiators parents citizens americans europeans candidates senators governors mayors
politicians conservatives liberals progressives republicans pollsters reporters journalists editors users
campaigners allies rivals friends neighbors neighbours colleagues aides families groups others many some both
several few all most organizers organisers respondents superdelegates attendees audience crowd viewers readers
percent half third quarter majority minority plurality everyone everybody nobody someone somebody women men
children advocates proponents backers fans associates lawyers attorneys historians scholars operatives consultants
defenders detractors skeptics independents immigrants soldiers veterans troops relatives findings documents
records emails reports statements surveys polls data traders companies firms businesses owners farmers
media organizations organisations agencies governments countries nations states unions banks
markets investors forecasters teenagers millennials locals meps mps lawmakers parliamentarians deputies`)

// organization nouns: a body that can be said to say something.
var orgNouns = toSet(`campaign company committee agency department administration government ministry
police group organization organisation court newspaper paper network magazine
website site firm team party office council
commission board union association institute foundation center centre bank fund military army embassy
station channel outlet publication journal network chamber senate house congress parliament cabinet
regime presidency kremlin white`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// prepositions that end a noun phrase's head and start its complement.
var headEnders = toSet(`of at for with from in on to close near who which that whose ,`)

// Resolve finds the speaker that tokens [first, end) of the analysis refer
// to: a name, a pronoun, a description ("the Ambassador", "a spokeswoman
// for the campaign", "speakers at today’s meeting") or an organization.
func (t *Tracker) Resolve(first, end int) Resolution {
	toks := t.a.Tokens
	for first < end && (toks[first].Kind == entities.QuoteMark || toks[first].Is(",") || toks[first].IsFold("and") || toks[first].IsFold("but")) {
		first++
	}
	for end > first && (toks[end-1].Is(",") || toks[end-1].Kind == entities.QuoteMark) {
		end--
	}
	if first >= end {
		return Resolution{}
	}
	at := toks[first].Start
	phrase := Mention{Span: entities.Span{Start: toks[first].Start, End: toks[end-1].End}, Kind: DescriptorMention}
	phrase.Text = phrase.In(t.text)
	if end-first == 1 {
		w := strings.ToLower(toks[first].Text)
		if subj, ok := possessives[w]; ok {
			w = subj // "his claim" is his: he
		}
		if g, ok := subjectPronouns[w]; ok {
			phrase.Kind = PronounMention
			return t.resolvePronoun(w, g, at, phrase)
		}
	}
	// A group the lists know, whatever its capitals and whatever a model
	// makes of it: "MEPs", "MEPS".
	if lw := strings.ToLower(toks[end-1].Text); groupNouns[lw] && !toks[end-1].IsLower() && end-first <= 2 {
		m := Mention{Span: toks[end-1].Span, Text: toks[end-1].Text, Kind: DescriptorMention}
		return Resolution{Speaker: t.described(Group, end-1, end, m), Mention: m, Confidence: 0.6, Rule: "group"}
	}
	// A document by its capitalized name: "The 2030 Growth for All Report
	// reveals", "the Kelvale Review finds".
	if lw := strings.ToLower(toks[end-1].Text); docNouns[lw] && toks[end-1].IsCap() && end-first >= 2 && t.a.EntityAt(end-1) == nil {
		return Resolution{Speaker: t.docNamed(first, end), Mention: phrase, Confidence: 0.6, Rule: "document"}
	}
	// A name the rules were unsure of, at the end of the phrase, is
	// settled by the model first: "Facebook said".
	if ei := t.a.EntityIndex(end - 1); ei >= 0 {
		t.a.Refine(ei)
	}
	// A name that ends the phrase after its titles ("… Representative of
	// Sweden to the OSCE Ambassador Ulrika Funered"), unless it is the
	// object of a preposition ("an aide to Hillary Clinton").
	described := isArticle(toks[first].Text) && end-first > 2 && (entities.IsTitleWord(toks[first+1].Text) || personNouns[strings.ToLower(toks[first+1].Text)]) &&
		first+2 < end && prepositionBefore(toks, first+3) // "the Spokesman for UN Secretary-General António Guterres"
	for k := end - 1; k >= first && !described; k-- {
		e := t.a.EntityAt(k)
		if e == nil {
			if toks[k].Kind == entities.Word && toks[k].IsLower() {
				break // a noun ends the phrase: "several Clinton supporters"
			}
			continue
		}
		if e.Kind == entities.Person && e.Tokens.First > first && !prepositionBefore(toks, e.Tokens.First) &&
			!(e.Tokens.End < end && toks[e.Tokens.End].Kind == entities.Possessive) {
			if p := t.personOf(e); p != nil {
				return Resolution{Speaker: p, Mention: Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, Confidence: 0.9, Rule: "name"}
			}
		}
		break
	}
	// The head: the last word before the phrase's first complement.
	h := first
	for h < end && !(h > first && (headEnders[strings.ToLower(toks[h].Text)] && !t.insideEntity(h) || reducedRelative(toks, h))) {
		h++
	}
	head := h - 1
	// A person named in the head, not as a possessor ("Clinton’s campaign").
	for k := head; k >= first; k-- {
		e := t.a.EntityAt(k)
		if e == nil || e.Kind != entities.Person {
			continue
		}
		if e.Tokens.End < end && toks[e.Tokens.End].Kind == entities.Possessive {
			break // a possessor inside the phrase: "Clinton’s campaign"
		}
		if e.Tokens.End <= head && toks[head].IsLower() {
			break // a name that modifies the head: "Clinton supporters"
		}
		if p := t.personOf(e); p != nil {
			return Resolution{Speaker: p, Mention: Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, Confidence: 0.9, Rule: "name"}
		}
	}
	// An organization or place as the head: "the White House", "INTERPOL".
	// A name the rules were unsure of is settled by the model first.
	if ei := t.a.EntityIndex(head); ei >= 0 {
		t.a.Refine(ei)
	}
	if e := t.a.EntityAt(head); e != nil && e.Kind != entities.Person && !(e.Tokens.End < len(toks) && toks[e.Tokens.End].Kind == entities.Possessive) {
		o := t.orgSpeaker(e)
		return Resolution{Speaker: o, Mention: Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, Confidence: 0.85, Rule: "organization"}
	}
	hw := strings.ToLower(toks[head].Text)
	// "the 43-year-old" stands for the person the text is about: the
	// latest one named.
	if strings.HasSuffix(hw, "-year-old") && end-first == 2 && toks[first].IsFold("the") {
		if p := t.latestPerson(at); p != nil {
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.6, Rule: "descriptor"}
		}
	}
	// A title: "the Ambassador", "the senator", "a spokeswoman for X".
	if entities.IsTitleWord(hw) || titleHeadAt(toks, first, head) || personNouns[hw] {
		definite := toks[first].IsFold("the") || toks[first].IsFold("this") || capitalizedTitle(toks, first, head+1) // "Secretary-General at Leaders’ Summit"
		if definite || end-first <= 2 {
			rank := ""
			if head > first && officeRanks[strings.ToLower(toks[head-1].Text)] {
				rank = strings.ToLower(toks[head-1].Text) // "the Deputy Secretary-General"
			}
			if p := t.byTitle(hw, rank, at); p != nil {
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.75, Rule: "title"}
			}
		}
		s := t.described(Person, first, end, phrase)
		return Resolution{Speaker: s, Mention: phrase, Confidence: 0.6, Rule: "descriptor"}
	}
	if groupNouns[hw] {
		return Resolution{Speaker: t.described(Group, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "group"}
	}
	if docNouns[hw] && !orgNouns[hw] {
		// "the report says", "The resolution underlines": a document.
		return Resolution{Speaker: t.described(Document, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "document"}
	}
	if orgNouns[hw] {
		// "Parliament demands …", "The House …": the body of the document
		// whose name ends in that word ("European Parliament").
		if toks[head].IsCap() && (end-first == 1 || end-first == 2 && toks[first].IsFold("the")) {
			if o, ok := t.fullerOrg(toks[head].Text); ok {
				return Resolution{Speaker: o, Mention: phrase, Confidence: 0.7, Rule: "organization"}
			}
		}
		if (toks[first].IsFold("the") || toks[first].IsFold("it")) && end-first == 2 || end-first == 1 && first > 0 && toks[first-1].IsFold("the") {
			if o := t.latestOrg(at, hw); o != nil {
				return Resolution{Speaker: o, Mention: phrase, Confidence: 0.6, Rule: "organization"}
			}
			if genericOrg(hw) {
				// "the organization said", "the company said": the body the
				// text named last, else the release's issuer.
				if o := t.latestOrg(at, ""); o != nil {
					return Resolution{Speaker: o, Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
				if t.issuer.Name != "" {
					return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
			}
		}
		return Resolution{Speaker: t.described(Organization, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "organization"}
	}
	// A known head noun further in: "Almost half of respondents", "People
	// briefed on the move".
	for k := first; k < end; k++ {
		w := strings.ToLower(toks[k].Text)
		if groupNouns[w] && toks[k].Kind == entities.Word {
			return Resolution{Speaker: t.described(Group, first, end, phrase), Mention: phrase, Confidence: 0.5, Rule: "group"}
		}
		if personNouns[w] || entities.IsTitleWord(w) {
			return Resolution{Speaker: t.described(Person, first, end, phrase), Mention: phrase, Confidence: 0.5, Rule: "descriptor"}
		}
	}
	if toks[first].IsCap() && toks[first].Kind == entities.Word && (docNouns[strings.ToLower(toks[first].Text)] || entities.NotName(toks[first].Text) && entities.CommonWord(toks[first].Text)) &&
		end-first <= 3 && (end-first == 1 || toks[first+1].Kind == entities.Number || toks[end-1].Kind == entities.Number) {
		// A named document: "Resolution 1540", "Report 7".
		return Resolution{Speaker: t.described(Document, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "document"}
	}
	if toks[head].IsCap() && toks[head].Kind == entities.Word && (entities.CommonWord(toks[head].Text) && !entities.ProperWord(toks[head].Text) || entities.NotName(toks[head].Text)) {
		// A capitalized common word ("Ask", "COULD") names no person.
		s := t.described(Group, first, end, phrase)
		return Resolution{Speaker: s, Mention: phrase, Confidence: 0.3, Rule: "descriptor"}
	}
	if toks[head].IsCap() && toks[head].Kind == entities.Word {
		// A capitalized word the entity layer did not classify.
		s := t.described(Person, head, head+1, Mention{Span: toks[head].Span, Text: toks[head].Text, Kind: NameMention})
		return Resolution{Speaker: s, Mention: Mention{Span: toks[head].Span, Text: toks[head].Text, Kind: NameMention}, Confidence: 0.4, Rule: "name"}
	}
	if end-first > 1 || toks[first].Kind == entities.Number {
		// A description the lists don't know: "his son", "Sixty-six percent".
		return Resolution{Speaker: t.described(Group, first, end, phrase), Mention: phrase, Confidence: 0.35, Rule: "descriptor"}
	}
	return Resolution{}
}

func prepositionBefore(toks []entities.Token, i int) bool {
	if i > 1 {
		if _, ok := entities.Honorific(toks[i-1].Text); ok {
			i-- // "Advisers to Mr. Rubio"
		}
	}
	if i == 0 {
		return false
	}
	switch strings.ToLower(toks[i-1].Text) {
	case "of", "for", "at", "to", "with", "from", "by", "in", "on", "about", "against", "and":
		return true
	}
	return false
}

func (t *Tracker) insideEntity(k int) bool {
	e := t.a.EntityAt(k)
	return e != nil && e.Tokens.First < k
}

// titleHeadAt reports whether a multi-word title ends at token head
// ("press secretary").
// capitalizedTitle reports a phrase that is a title in capitals and
// nothing else, used as a name: "Acting District Attorney said".
func capitalizedTitle(toks []entities.Token, first, end int) bool {
	for k := first; k < end; k++ {
		if toks[k].Kind != entities.Word || !toks[k].IsCap() && !toks[k].IsUpper() {
			return false
		}
	}
	n, _ := entities.TitleAt(toks, end-1)
	return n == 1 || titleHeadAt(toks, first, end-1)
}

func titleHeadAt(toks []entities.Token, first, head int) bool {
	for k := max(first, head-3); k <= head; k++ {
		if n, _ := entities.TitleAt(toks, k); n > 0 && k+n-1 == head {
			return true
		}
	}
	return false
}

func (t *Tracker) personOf(e *entities.Entity) *Speaker {
	return t.byEntity[t.a.EntityIndex(e.Tokens.First)]
}

// resolvePronoun finds the antecedent of a subject pronoun: the latest
// compatible person (or, for "it" and "they", organization or group),
// preferring the current speaker over a person only mentioned in passing.
func (t *Tracker) resolvePronoun(w string, g entities.Gender, at int, m Mention) Resolution {
	switch w {
	case "he", "she":
		best, bestPos := t.latest(at, 0, func(p *Speaker, _ int) bool {
			return p.Kind == Person && (p.Gender == entities.UnknownGender || p.Gender == g)
		})
		if l := t.last; l != nil && best != nil && l != best && l.Kind == Person && (l.Gender == entities.UnknownGender || l.Gender == g) {
			if lp := t.lastPos(l, at); lp >= 0 && at-lp < 1500 && !t.subjectAt(bestPos) {
				best = l
			}
		}
		if best == nil {
			return Resolution{}
		}
		if best.Gender == entities.UnknownGender {
			best.Gender = g
		}
		return Resolution{Speaker: best, Mention: m, Confidence: 0.7, Rule: "pronoun"}
	case "they", "it", "we":
		if w == "they" {
			// "MEPs denounce the attack. They call for …": the plural
			// subject of a sentence just before, whether or not it spoke.
			if gs, pos := t.groupSubjectBefore(at); gs != nil {
				if l := t.last; l == nil || l.Kind == Person || t.lastPos(l, at) < pos {
					return Resolution{Speaker: gs, Mention: m, Confidence: 0.5, Rule: "pronoun"}
				}
			}
		}
		if l := t.last; l != nil && l.Kind != Person && t.lastPos(l, at) >= 0 && at-t.lastPos(l, at) < 1500 {
			return Resolution{Speaker: l, Mention: m, Confidence: 0.5, Rule: "pronoun"}
		}
		if o := t.latestOrg(at, ""); o != nil {
			return Resolution{Speaker: o, Mention: m, Confidence: 0.4, Rule: "pronoun"}
		}
	}
	return Resolution{}
}

// groupSubjectBefore returns the group that opens one of the two
// sentences before byte offset at, or the one holding it, as its subject
// ("MEPs", "The ministers", "Many delegates"), and where it stands; nil
// when there is none.
func (t *Tracker) groupSubjectBefore(at int) (*Speaker, int) {
	toks := t.a.Tokens
	k := t.a.TokenAt(at)
	si := t.a.SentenceOf(k)
	for s := si; s >= 0 && s >= si-2; s-- {
		sent := &t.a.Sentences[s]
		f := sent.Tokens.First
		if s == si && f >= k {
			continue
		}
		i := f
		for i < sent.Tokens.End && i-f < 3 && toks[i].Kind == entities.Word && !groupNouns[strings.ToLower(toks[i].Text)] &&
			(isArticle(toks[i].Text) || entities.CommonWord(toks[i].Text) && !toks[i].IsLower() || toks[i].IsLower() && i > f) {
			i++ // "The", "Many", "Some senior"
		}
		if i < sent.Tokens.End && (s < si || i < k) && toks[i].Kind == entities.Word && groupNouns[strings.ToLower(toks[i].Text)] &&
			!(i+1 < sent.Tokens.End && toks[i+1].Kind == entities.Possessive) {
			m := Mention{Span: toks[i].Span, Text: toks[i].Text, Kind: DescriptorMention}
			return t.described(Group, i, i+1, m), toks[f].Start
		}
	}
	return nil, -1
}

// subjectAt reports whether the mention at byte offset off starts its
// sentence, where subjects stand.
func (t *Tracker) subjectAt(off int) bool {
	if off < 0 {
		return false
	}
	k := t.a.TokenAt(off)
	si := t.a.SentenceOf(k)
	if si < 0 {
		return false
	}
	first := t.a.Sentences[si].Tokens.First
	for first < k && (t.a.Tokens[first].Kind != entities.Word || entities.IsTitleWord(t.a.Tokens[first].Text) ||
		entities.IsTitleModifier(t.a.Tokens[first].Text) || t.a.Tokens[first].IsCap()) {
		if e := t.a.EntityAt(first); e != nil && e.Start == off {
			return true
		}
		first++
	}
	return first == k
}

// lastPos returns the byte offset of s's latest mention before at, or -1.
func (t *Tracker) lastPos(s *Speaker, at int) int {
	pos := t.positions[s]
	lo, hi := 0, len(pos)
	for lo < hi {
		m := (lo + hi) / 2
		if pos[m] < at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return -1
	}
	return pos[lo-1]
}

// latestPerson returns the named person last mentioned as a sentence's
// subject before at, if that mention is near.
func (t *Tracker) latestPerson(at int) *Speaker {
	best, bestPos := t.latest(at, at-1500, func(p *Speaker, pos int) bool {
		return p.Kind == Person && p.Family != "" && t.subjectAt(pos)
	})
	if best == nil || at-bestPos > 1500 {
		return nil
	}
	return best
}

// byTitle finds the latest person before at whose title or honorific has
// the word w ("the Ambassador" is Ambassador Funered); in a headline,
// with none before, the one person of the document who has that title
// ("Secretary-General Says …" above "Secretary-General Jane Roe told …").
func (t *Tracker) byTitle(w, rank string, at int) *Speaker {
	if p := t.byTitleBefore(w, rank, at); p != nil {
		return p
	}
	if !t.inHeadline(at) && !t.inLead(at) {
		return nil
	}
	var only *Speaker
	for _, p := range t.all {
		if p.Kind != Person || p.Family == "" || !hasWord(p, w, rank) {
			continue
		}
		if only != nil {
			return nil
		}
		only = p
	}
	return only
}

// inHeadline reports whether byte offset at lies in a headline: a
// sentence in title case, or a first paragraph with no final punctuation.
func (t *Tracker) inHeadline(at int) bool {
	si := t.a.SentenceOf(t.a.TokenAt(at))
	if si < 0 {
		return false
	}
	s := &t.a.Sentences[si]
	last := &t.a.Tokens[s.Tokens.End-1]
	return s.TitleCase || s.Paragraph == 0 && last.Kind != entities.Punct
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
	best, _ := t.latest(at, 0, func(p *Speaker, _ int) bool {
		return p.Kind == Person && hasWord(p, w, rank)
	})
	return best
}

// officeRanks make another office of the title after them: the Deputy
// Secretary-General is not the Secretary-General.
var officeRanks = toSet(`deputy vice assistant associate under`)

// hasWord reports whether a title or the honorific of p holds the title
// word w, with the rank before it that the mention has ("the Deputy
// Secretary-General" is not "the Secretary-General").
func hasWord(p *Speaker, w, rank string) bool {
	if rank == "" && titleWordIs(p.Honorific, w) {
		return true
	}
	for _, ti := range p.Titles {
		if rank == "" {
			for _, f := range strings.FieldsFunc(ti, func(r rune) bool { return r == ' ' || r == '-' }) {
				if titleWordIs(f, w) {
					return true
				}
			}
		}
		fs := strings.Fields(ti)
		for i, f := range fs {
			if strings.Contains(f, "-") && titleWordIs(f, w) {
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

// titleAbbreviations spell out abbreviated titles: "the senator" is Sen. Cruz.
var titleAbbreviations = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor",
	"gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
	"prof": "professor", "dr": "doctor", "amb": "ambassador", "pres": "president", "adm": "admiral", "cmdr": "commander"}

// titleWordIs reports whether title word f (perhaps abbreviated) is w.
func titleWordIs(f, w string) bool {
	f = strings.ToLower(strings.TrimSuffix(f, "."))
	if long, ok := titleAbbreviations[f]; ok {
		f = long
	}
	return f == strings.ToLower(w)
}

// described returns the unnamed speaker a description stands for,
// creating it on first use. Its name is the description without its
// article, up to its second complement ("speakers at today’s meeting").
func (t *Tracker) described(k Kind, first, end int, m Mention) *Speaker {
	toks := t.a.Tokens
	f := first
	if f < end-1 && (isArticle(toks[f].Text) || toks[f].IsFold("another")) {
		f++
	}
	e := end
	preps := 0
	for j := f + 1; j < end; j++ {
		if reducedRelative(toks, j) {
			e = j // "study published today in …": the study
			break
		}
		w := strings.ToLower(toks[j].Text)
		if w == "of" || w == "at" || w == "for" || w == "with" || w == "from" || w == "in" || w == "on" || w == "close" || w == "," || w == "(" || w == "who" {
			preps++
			if preps == 2 || w == "," || w == "(" || w == "who" {
				e = j
				break
			}
		}
	}
	name := t.text[toks[f].Start:toks[e-1].End]
	var org Org
	if k == Group && e-f == 1 && toks[f].IsFold("members") && t.organText != "" && !(e < len(toks) && toks[e].Is("of")) {
		// "Members warned that …" in the coverage of a Security Council
		// meeting: the members of the Council.
		name = "members of the " + t.organText
		org = Org{Name: t.organ.Name, Acronym: t.organ.Acronym}
	}
	key := strings.ToLower(name)
	if s, ok := t.groups[key]; ok {
		if s.Name == strings.ToUpper(s.Name) && name != strings.ToUpper(name) {
			s.Name = name // a headline's capitals give way to the text's spelling: "MEPS", then "MEPs"
		}
		return s
	}
	s := &Speaker{Kind: k, Name: name, key: key, Organization: org}
	if k == Person {
		s.Titles = []string{name}
		for j := f; j < e; j++ {
			if _, g := entities.TitleAt(toks, j); g != entities.UnknownGender {
				s.Gender = g
			}
		}
	}
	for j := f; j < e; j++ {
		if en := t.a.EntityAt(j); en != nil && en.Kind != entities.Person {
			s.Organization = t.fullOrg(en)
			break
		}
	}
	t.groups[key] = s
	t.addSpeaker(s)
	return s
}

// orgSpeaker returns the speaker for an organization or place entity.
func (t *Tracker) orgSpeaker(e *entities.Entity) *Speaker {
	o := t.fullOrg(e)
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
// the issuer. Several candidates with different names give none.
func (t *Tracker) fullerOrg(w string) (*Speaker, bool) {
	found, ambiguous := t.orgEndingIn(w)
	if ambiguous {
		return nil, false
	}
	if found != nil {
		return t.orgSpeaker(found), true
	}
	if n := t.issuer.Name; strings.Contains(n, " ") && strings.EqualFold(n[strings.LastIndexByte(n, ' ')+1:], w) {
		return t.issuerSpeaker(), true
	}
	return nil, false
}

// orgEndingIn returns the one organization of two words or more the text
// names that ends in the word w ("Valley Hunger Alliance" for "the
// Alliance"); ambiguous when it names several.
func (t *Tracker) orgEndingIn(w string) (found *entities.Entity, ambiguous bool) {
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

// genericOrg reports a noun for any organization: "the company", "the
// organization".
func genericOrg(w string) bool {
	switch w {
	case "company", "firm", "organization", "organisation", "charity", "nonprofit":
		return true
	}
	return false
}

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
		if at-e.Start > 3000 {
			return nil
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
pilot farmer businessman businesswoman entrepreneur investor banker child boy girl kid teen teenager`)

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
headline statement report poll survey release affidavit subpoena testimony brief motion warrant text`)

// IsHeadNoun reports whether w (lower case) can head a phrase that names a
// speaker without a name: a title, a group, an organization, a document.
func IsHeadNoun(w string) bool {
	return groupNouns[w] || strings.HasSuffix(w, "-year-old") || orgNouns[w] || personNouns[w] || docNouns[w] || entities.IsTitleWord(w)
}
