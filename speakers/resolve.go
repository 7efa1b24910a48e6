package speakers

import (
	"slices"
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
campaigners allies rivals friends outlets neighbors neighbours colleagues aides families groups others many some both
several few all most organizers organisers respondents superdelegates attendees audience crowd viewers readers
percent half third quarter majority minority plurality everyone everybody nobody someone somebody women men
children advocates proponents backers fans associates lawyers attorneys historians scholars operatives consultants
defenders detractors skeptics independents immigrants soldiers veterans troops relatives findings documents
records emails reports statements surveys polls data traders companies firms businesses owners farmers
media organizations organisations agencies governments countries nations states unions banks
judges justices jurors hecklers callers
markets investors forecasters teenagers millennials locals meps mps lawmakers parliamentarians deputies`)

// organization nouns: a body that can be said to say something.
var orgNouns = toSet(`campaign company committee agency department administration government ministry
police group organization organisation court newspaper paper network magazine
website site firm team party office council
commission board union association institute foundation center centre bank fund military army embassy
station channel outlet publication journal network chamber senate house congress parliament cabinet
regime presidency kremlin white charity nonprofit trust alliance coalition network hospital university
college school museum library society federation council collaborative camp side`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// prepositions that end a noun phrase's head and start its complement.
var headEnders = toSet(`of at for with from in on to close near who which that whose ,`)

// neverSpeaker are words that open a sentence and name no one: an
// imperative's verb, a preposition or a conjunction ("Let me close by
// thanking …": the speaker of the text says it).
var neverSpeaker = toSet(`let please imagine without with despite if when while because although as`)

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
		if a := strings.IndexAny(w, "'’"); a > 0 {
			if _, ok := subjectPronouns[w[:a]]; ok {
				// "she’s predicted", "they’ve said": a contraction the
				// tokenizer keeps whole; the mention is the pronoun's bytes
				w = w[:a]
				phrase.End = phrase.Start + a
				phrase.Text = phrase.In(t.text)
			}
		}
		if g, ok := subjectPronouns[w]; ok {
			phrase.Kind = PronounMention
			return t.resolvePronoun(w, g, at, phrase)
		}
		if neverSpeaker[w] {
			return Resolution{} // "Let me close by thanking …", "Without action, …"
		}
		if toks[first].IsCap() && toks[first].Kind == entities.Word && t.a.EntityAt(first) == nil {
			// A name that is also a common word, alone: "Park said" after
			// "Park Ji-won", "Young added" after "Dara Young".
			if p := t.latestBefore(t.families[w], at); p != nil && p.Given != "" {
				return Resolution{Speaker: p, Mention: Mention{Span: phrase.Span, Text: phrase.Text, Kind: NameMention}, Confidence: 0.8, Rule: "name"}
			}
			if p := t.latestBefore(t.given[w], at); p != nil && p.Family != "" && len(strings.Fields(p.Given)) == 1 && t.familyFirst(p) {
				return Resolution{Speaker: p, Mention: Mention{Span: phrase.Span, Text: phrase.Text, Kind: NameMention}, Confidence: 0.8, Rule: "name"}
			}
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
		first+2 < end && prepositionBefore(toks, first+3) && // "the Spokesman for UN Secretary-General António Guterres"
		!t.nameSetOff(first, end) // but "the Chair of the Committee, Dame Jane Roe"
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
		if e.Tokens.End <= head && (toks[head].IsLower() || entities.CompanyPost(toks[head].Text) && toks[head].IsUpper()) {
			break // a name that modifies the head: "Clinton supporters", "Quillon CEO"
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
			body := ""
			if head == first+1 && toks[first].IsCap() && !entities.IsTitleWord(toks[first].Text) && !entities.IsTitleModifier(toks[first].Text) {
				body = strings.ToLower(toks[first].Text) // "Quillon CEO"
			}
			if p, m := t.nameSetOffAfter(end); p != nil && hasWord(p, hw, rank) {
				return Resolution{Speaker: p, Mention: m, Confidence: 0.85, Rule: "title"} // "Chair of the Committee, the Rt Hon Dame Jane Roe MP, said:"
			}
			if p := t.prizeWinner(hw); p != nil && head == end-1 && !toks[first].IsFold("a") && !toks[first].IsFold("an") {
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"} // "the laureate": who won the prize
			}
			if p := t.byTitleOf(hw, rank, body, at); p != nil && t.sameComplement(p, head+1, end) && sameModifiers(p, toks, first, head) {
				if !hasWord(p, hw, rank) && !slices.Contains(p.Titles, toks[head].Text) {
					p.Titles = append(p.Titles, toks[head].Text) // "the envoy" for Ambassador Roe: a title the text gives her
				}
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.75, Rule: "title"}
			}
		}
		if p := t.headOf(first, head, end); p != nil {
			if ti := t.text[toks[first+btoi(isArticle(toks[first].Text))].Start:toks[end-1].End]; !slices.Contains(p.Titles, ti) {
				p.Titles = append(p.Titles, ti) // "the Head of Mission" for the one the text says headed it
			}
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"}
		}
		s := t.described(Person, first, end, phrase)
		return Resolution{Speaker: s, Mention: phrase, Confidence: 0.6, Rule: "descriptor"}
	}
	if hw == "police" && head == first+btoi(toks[first].IsFold("the")) && end == head+1 {
		// "police said", "according to police": the police body the text
		// names ("the Brennan Falls Police Department").
		if o := t.latestOrg(at, "police"); o != nil {
			return Resolution{Speaker: o, Mention: phrase, Confidence: 0.6, Rule: "organization"}
		}
	}
	if groupNouns[hw] {
		return Resolution{Speaker: t.described(Group, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "group"}
	}
	if docNouns[hw] && !orgNouns[hw] {
		// "the report says", "The resolution underlines": a document.
		return Resolution{Speaker: t.described(Document, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "document"}
	}
	if o := t.aliasOf(first, end); o != nil {
		return Resolution{Speaker: t.orgSpeaker(o), Mention: phrase, Confidence: 0.75, Rule: "organization"} // "the Group" the text defined
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
				// "the organization said", "the company said": the release's
				// issuer when its structure shows one, else the body the
				// text named last.
				if t.issuer.Name != "" && !t.issuerByCount {
					return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
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

// headOf returns, for a description "the Head of (the) Mission" [first,
// end) whose head word at head is "head", "chief" or "leader", the person
// the text says leads that body: "The Mission, headed by former Minister
// Jane Roe, …", "a delegation led by Jane Roe". Nil when none or several.
func (t *Tracker) headOf(first, head, end int) *Speaker {
	toks := t.a.Tokens
	switch strings.ToLower(toks[head].Text) {
	case "head", "chief", "leader":
	default:
		return nil
	}
	n := head + 1
	if n >= end || !toks[n].Is("of") {
		return nil
	}
	n++
	if n < end && toks[n].IsFold("the") {
		n++
	}
	if n != end-1 {
		return nil
	}
	return remember(t, "headOf "+strings.ToLower(toks[n].Text), func() *Speaker { return t.ledBy(toks[n].Text) })
}

// ledBy returns the one person the text says heads or leads a body
// named by noun: "The Mission, headed by Jane Roe", "a delegation led by
// Jane Roe"; nil when none or several.
func (t *Tracker) ledBy(noun string) *Speaker {
	toks := t.a.Tokens
	var found *Speaker
	for k := 0; k+3 < len(toks); k++ {
		if !strings.EqualFold(toks[k].Text, noun) {
			continue
		}
		j := k + 1
		if toks[j].Is(",") {
			j++
		}
		if j+1 >= len(toks) || !(toks[j].Is("headed") || toks[j].Is("led")) || !toks[j+1].Is("by") {
			continue
		}
		for m := j + 2; m < len(toks) && m < j+14 && !toks[m].Is(",") && !toks[m].Is("."); m++ {
			if e := t.a.EntityAt(m); e != nil && e.Kind == entities.Person && e.Tokens.Len() > 1 {
				if p := t.personOf(e); p != nil {
					if found != nil && found != p {
						return nil
					}
					found = p
				}
				break
			}
		}
	}
	return found
}

// sameComplement reports whether the body or place a title's complement
// names in [k, end) ("of Senegal" in "the representative of Senegal") is
// in one of p's titles: the representative of Norway is not the
// representative of Senegal. True when there is no such complement.
func (t *Tracker) sameComplement(p *Speaker, k, end int) bool {
	toks := t.a.Tokens
	if k+1 >= end || !(toks[k].Is("of") || toks[k].Is("for")) {
		return true
	}
	a := k + 1
	if isArticle(toks[a].Text) && a+1 < end {
		a++
	}
	e := t.a.EntityAt(a)
	if e == nil || e.Kind == entities.Person {
		return true
	}
	for _, ti := range p.Titles {
		if strings.Contains(ti, e.Text) {
			return true
		}
	}
	return strings.Contains(p.Name, e.Text) || strings.EqualFold(p.Organization.Name, e.Text)
}

// aliasOf returns the organization the text defines the phrase [first,
// end) as a short name of, in quotation marks within parentheses right
// after its name: "Kelvale Home Stores Limited (“Kelvale Home” or “the
// Group”) today announced …" makes "the Group" and "Kelvale Home" that
// company; nil when none.
func (t *Tracker) aliasOf(first, end int) *entities.Entity {
	if t.aliases == nil {
		t.aliases = map[string]*entities.Entity{}
		toks := t.a.Tokens
		for i := range t.a.Entities {
			e := &t.a.Entities[i]
			k := e.Tokens.End
			if e.Kind != entities.Organization || k+2 >= len(toks) || !toks[k].Is("(") || toks[k+1].Kind != entities.QuoteMark {
				continue
			}
			for k < len(toks) && k < e.Tokens.End+16 && !toks[k].Is(")") {
				if toks[k].Kind == entities.QuoteMark && k+1 < len(toks) && toks[k+1].Kind != entities.QuoteMark && (toks[k-1].Is("(") || toks[k-1].Is("or") || toks[k-1].Is(",")) {
					j := k + 1
					for j < len(toks) && j < k+6 && toks[j].Kind == entities.Word {
						j++
					}
					if j < len(toks) && toks[j].Kind == entities.QuoteMark && j > k+1 {
						t.aliases[strings.ToLower(t.text[toks[k+1].Start:toks[j-1].End])] = e
					}
					k = j
				}
				k++
			}
		}
	}
	if len(t.aliases) == 0 || first >= end {
		return nil
	}
	key := strings.ToLower(t.text[t.a.Tokens[first].Start:t.a.Tokens[end-1].End])
	if o := t.aliases[key]; o != nil {
		return o
	}
	if first > 0 && t.a.Tokens[first-1].IsFold("the") {
		return t.aliases["the "+key] // (the phrase without its article: "The Group said")
	}
	return nil
}

// winnerWords name the person who won a prize by the prize.
var winnerWords = toSet(`laureate winner recipient awardee honoree`)

// prizeWinner returns, for a winner's word w ("laureate", "winner"), the
// one person the text says wins or is awarded a prize, award or medal:
// "Prof. Jane Roe wins the 2027 Kelvale Prize", "Jane Roe of the
// Department of Physics has been awarded the Kelvale Medal"; nil when none
// or several.
func (t *Tracker) prizeWinner(w string) *Speaker {
	if !winnerWords[w] {
		return nil
	}
	toks := t.a.Tokens
	var found *Speaker
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Kind != entities.Person {
			continue
		}
		p := t.byEntity[i]
		if p == nil {
			continue
		}
		k := e.Tokens.End
		if k < len(toks) && (toks[k].Is("of") || toks[k].Is("at") || toks[k].Is("from")) {
			// past the body after the name: "Professor Jane Roe of the
			// Department of Physics has been awarded …"
			for j := k; j < len(toks) && j < k+10 && toks[j].Kind != entities.Punct; j++ {
				if perfectAux(toks[j].Text) && !toks[j].Is("have") && !toks[j].Is("been") || prizeVerb(toks[j].Text) {
					k = j
					break
				}
			}
		}
		for n := 0; n < 3 && k < len(toks) && perfectAux(toks[k].Text); n++ {
			k++
		}
		if k >= len(toks) || !prizeVerb(toks[k].Text) {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+10 && toks[j].Kind != entities.Punct; j++ {
			if f := strings.ToLower(toks[j].Text); f == "prize" || f == "award" || f == "medal" {
				if found != nil && found != p {
					return nil
				}
				found = p
				break
			}
		}
	}
	return found
}

// perfectAux reports an auxiliary before a passive or perfect verb:
// "has been awarded", "was awarded".
func perfectAux(w string) bool {
	switch w {
	case "has", "have", "been", "was", "is":
		return true
	}
	return false
}

// prizeVerb reports a verb that gives a person a prize: "wins", "won",
// "awarded", "receives".
func prizeVerb(w string) bool {
	switch w {
	case "wins", "won", "awarded", "receives", "received", "receive", "win":
		return true
	}
	return false
}

// sameModifiers reports whether the words of a title mention between its
// determiner (or its owner's possessive) and its head stand in a title of
// p: "the chief operating officer" is not the chief executive officer;
// "the foreign minister" is the Minister of Foreign Affairs. A title in
// initials ("COO") and the words of office ("former", "acting") pass.
func sameModifiers(p *Speaker, toks []entities.Token, first, head int) bool {
	from := first
	for k := first; k < head; k++ {
		if toks[k].Kind == entities.Possessive || isArticle(toks[k].Text) || toks[k].IsFold("this") {
			from = k + 1 // "the company's chief operating officer"
		}
	}
	for _, ti := range p.Titles {
		if f := strings.Fields(ti); len(f) == 1 && len(ti) <= 5 && strings.ToUpper(ti) == ti {
			return true // "COO": its words are not written out
		}
	}
	for k := from; k < head; k++ {
		w := strings.ToLower(toks[k].Text)
		if toks[k].Kind != entities.Word || entities.IsTitleModifier(w) || officeRanks[w] || !entities.CommonWord(w) {
			continue
		}
		if !slices.ContainsFunc(p.Titles, func(ti string) bool {
			return slices.Contains(strings.FieldsFunc(strings.ToLower(ti), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }), w)
		}) {
			return false
		}
	}
	return true
}

// nameSetOff reports a person's name that ends the phrase [first, end)
// after a comma and any honorifics or a title of style: the description's
// appositive, "the Chair of the Committee, Rt Hon Dame Jane Roe", "the
// President of the Tribunal, Judge Jane Roe".
func (t *Tracker) nameSetOff(first, end int) bool {
	toks := t.a.Tokens
	e := t.a.EntityAt(end - 1)
	if e == nil && end-2 > first && toks[end-1].IsUpper() {
		e = t.a.EntityAt(end - 2) // "… Jane Roe MP"
	}
	if e == nil || e.Kind != entities.Person || e.Tokens.First <= first {
		return false
	}
	k := e.Tokens.First - 1
	for k > first && (isHonorific(toks[k].Text) || toks[k].Is("Rt") || styleTitle(toks, k)) {
		k--
	}
	return toks[k].Is(",")
}

// styleTitle reports a one-word title in capitals at token k, used before
// a name as an honorific is: "Judge", "Ambassador" of "the President of the
// Tribunal, Judge Jane Roe".
func styleTitle(toks []entities.Token, k int) bool {
	if !toks[k].IsCap() {
		return false
	}
	n, _ := entities.TitleAt(toks, k)
	return n == 1
}

// nameSetOffAfter returns the person whose name a comma sets off right
// after a title phrase ending at token end, with the name's mention:
// "Chair of the Committee, the Rt Hon Dame Jane Roe MP, said:" (the
// title before the comma names her). Nil when no name follows so.
func (t *Tracker) nameSetOffAfter(end int) (*Speaker, Mention) {
	toks := t.a.Tokens
	if end+1 >= len(toks) || !toks[end].Is(",") {
		return nil, Mention{}
	}
	k := end + 1
	if toks[k].Is("the") {
		k++
	}
	for k < len(toks) && k < end+6 && (isHonorific(toks[k].Text) || toks[k].Is("Rt") || styleTitle(toks, k)) {
		k++
	}
	e := t.a.EntityAt(k)
	if e == nil || e.Kind != entities.Person || e.Tokens.First != k {
		return nil, Mention{}
	}
	return t.personOf(e), Mention{Span: e.Span, Text: e.Text, Kind: NameMention}
}

// familyFirst reports a person whose name puts the family name first, as
// Korean and Chinese names do: a given part of one word before a
// hyphenated or one-syllable family part ("Park Ji-won", "Lee
// Seung-hoon"), which the text then uses alone ("Park said").
func (t *Tracker) familyFirst(p *Speaker) bool {
	return strings.Contains(p.Family, "-") && !strings.Contains(p.Given, "-") && len(p.Given) <= 5
}
