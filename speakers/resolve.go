package speakers

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// Resolve: what a phrase of the text refers to, a name, a pronoun, a
// description or an organization, read from the phrase's head. The word
// lists it reads by are in resolve_words.go, how it reads a title in
// resolve_titles.go, and the descriptions the text defines elsewhere
// ("the laureate", "the Group") in resolve_defined.go.

// A Resolution is what a phrase of the text refers to.
type Resolution struct {
	Speaker    *Speaker // nil when the phrase could not be resolved
	Mention    Mention  // the phrase, or its name when it holds one
	Confidence entities.Confidence
	// Rule names how the speaker was found: "name", "pronoun", "title",
	// "organization", "group", "descriptor".
	Rule string
}

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
	first = styleBeforeThe(toks, first, end)
	if end-first > 3 && acronymEnds(toks, end) {
		end -= 3 // the acronym the phrase defines: "the Kelvo Water Office (KWO)" of "According to the Kelvo Water Office (KWO), …"
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
	if (end-first == 2 && toks[first].IsFold("the") || end-first == 1 && first > 0 && toks[first-1].IsFold("the")) && toks[end-1].IsUpper() && len(toks[end-1].Text) >= 2 && len(toks[end-1].Text) <= 4 && t.a.EntityAt(end-1) == nil {
		// "The PS warned" after "The Principal Secretary, Jane Roe, …": a
		// post by its initials, the one named before who holds it
		if p, _ := t.latest(at, at-3000, func(p *Speaker, _ int) bool {
			return p.Kind == Person && p.Family != "" && postSpelledBy(p, toks[end-1].Text)
		}); p != nil {
			giveTitle(p, toks[end-1].Text) // the initials, a title the text gives her
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.65, Rule: "title"}
		}
	}
	// "Her delegation welcomed …" after "JANE ROE (Kelvania) said": the
	// delegate speaks with her delegation's voice.
	if w := possessives[strings.ToLower(toks[first].Text)]; end-first == 2 && toks[end-1].IsFold("delegation") && (w == "he" || w == "she") {
		pm := Mention{Span: toks[first].Span, Text: toks[first].Text, Kind: PronounMention}
		if r := t.resolvePronoun(w, subjectPronouns[w], at, pm); r.Speaker != nil {
			r.Mention = phrase
			return r
		}
	}
	// A group the lists know, whatever its capitals and whatever a model
	// makes of it: "MEPs", "MEPS".
	if lw := strings.ToLower(toks[end-1].Text); groupNouns[lw] && !toks[end-1].IsLower() && end-first <= 2 && !t.orgEndsWithGroupNoun(end-1) &&
		!(lw == "police" && (t.latestOrg(at, "police") != nil || strings.Contains(t.issuer.Name, "Police") && !t.issuerByCount)) { // ("Police said" after "New Zealand Police" or in its release: that body, below)
		m := Mention{Span: toks[end-1].Span, Text: toks[end-1].Text, Kind: DescriptorMention}
		return Resolution{Speaker: t.described(Group, end-1, end, m), Mention: m, Confidence: 0.6, Rule: "group"}
	}
	// A document by its capitalized name: "The 2030 Growth for All Report
	// reveals", "the Kelvale Review finds".
	if lw := strings.ToLower(toks[end-1].Text); docNouns[lw] && toks[end-1].IsCap() && end-first >= 2 && t.a.EntityAt(end-1) == nil {
		return Resolution{Speaker: t.docNamed(first, end), Mention: phrase, Confidence: 0.6, Rule: "document"}
	}
	// "The PS urged" after "the Principal Secretary for the State
	// Department …, Mr. Jane Roe, said": a post by its initials, whatever
	// the recognizer made of them, is the one holder they spell.
	if x := end - 1; (end-first == 2 && toks[first].IsFold("the") || end-first == 1 && first > 0 && toks[first-1].IsFold("the")) && toks[x].IsUpper() && toks[x].Kind == entities.Word && len(toks[x].Text) <= 5 {
		if e := t.a.EntityAt(x); e == nil || e.Expansion == "" && e.Acronym == "" {
			if p := t.initialsHolder(toks[x].Text, at); p != nil {
				giveTitle(p, toks[x].Text) // the post's letters, a title the text gives her: "CFO"
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"}
			}
		}
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
		!t.nameSetOff(first, end) && // but "the Chair of the Committee, Dame Jane Roe"
		!t.untitledHolderEnds(first+3, end) // nor "the Mayor of Bogotá Jane Roe": a field's or a place's words, then the holder
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
	// A title, then a name, then a complement: "Special Agent in Charge
	// Jane Roe of the Kelvo Office of Inspector General" is Jane Roe (the
	// title's "in" is no complement).
	if n, _ := entities.TitleAt(toks, first); n > 0 && first+n < end {
		if e := t.a.EntityAt(first + n); e != nil && e.Kind == entities.Person && e.Tokens.First == first+n && e.Tokens.End < end && headEnders[strings.ToLower(toks[e.Tokens.End].Text)] {
			if p := t.personOf(e); p != nil {
				return Resolution{Speaker: p, Mention: Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, Confidence: 0.9, Rule: "name"}
			}
		}
	}
	// The head: the last word before the phrase's first complement.
	h := first
	for h < end && !(h > first && (headEnders[strings.ToLower(toks[h].Text)] && !t.insideEntity(h) || reducedRelative(toks, h))) {
		h++
	}
	head := h - 1
	// A person named in the head, not as a possessor ("Clinton’s campaign").
	// An organization that ends the phrase after a body's noun in lower
	// case ("Coastal charity Tidewrack Alliance") is the head itself.
	if e := t.a.EntityAt(head); e != nil && e.Kind == entities.Organization && e.Tokens.End == head+1 && e.Tokens.First > first && toks[e.Tokens.First-1].IsLower() && orgNouns[toks[e.Tokens.First-1].Text] {
		first = e.Tokens.First
	}
	for k := head; k >= first; k-- {
		e := t.a.EntityAt(k)
		if e == nil || e.Kind != entities.Person {
			continue
		}
		if e.Tokens.End < end && toks[e.Tokens.End].Kind == entities.Possessive {
			break // a possessor inside the phrase: "Clinton’s campaign"
		}
		if e.Tokens.End <= head && (toks[head].IsLower() || entities.CompanyPost(toks[head].Text) && toks[head].IsUpper() || head == end-1 && toks[head].IsCap() && t.inHeadline(at) && (entities.IsTitleWord(toks[head].Text) || toks[head].IsFold("chief"))) {
			break // a name that modifies the head: "Clinton supporters", "Quillon CEO", a headline's "Kelvo Envoy Tells Council"
		}
		if p := t.personOf(e); p != nil {
			return Resolution{Speaker: p, Mention: Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, Confidence: 0.9, Rule: "name"}
		}
	}
	if (strings.EqualFold(toks[head].Text, "city") || strings.EqualFold(toks[head].Text, "town") || strings.EqualFold(toks[head].Text, "municipality")) && head == end-1 && definite(toks, first, end, 1) && localGovIssuer(t.issuer.Name) && !t.issuerByCount {
		// "The city said", "the municipality said" in the release of "Kelvo
		// Metropolitan Government", "City of Kelvo", "Kelvo City Council",
		// "Kelvo City Hall": the issuer
		return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.6, Rule: "organization"}
	}
	// A body's last two words after "the": "the Land Council said", "the
	// City Hall said" stand for the one body the text names in full ending
	// in them ("Kelvo Local Aboriginal Land Council", "Kelvo City Hall").
	if st := first + btoi(toks[first].IsFold("the")); head == end-1 && definite(toks, first, end, 2) {
		if c, ok := t.namedEndingWith(st, end); ok && c.e != nil {
			return Resolution{Speaker: t.orgSpeaker(c.e), Mention: phrase, Confidence: 0.7, Rule: "organization"}
		}
		if n := strings.ToLower(t.issuer.Name); capWords(toks, st, end) && !entities.IsTitleWord(toks[head].Text) && strings.HasSuffix(n, " "+strings.ToLower(t.text[toks[st].Start:toks[end-1].End])) && !t.issuerByCount {
			return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.6, Rule: "organization"} // (the issuer's: "Kelvo City Hall" in its page's title)
		}
	}
	// A post by its initials, which the recognizer took for a body's:
	// "The PPRO said" after "the Police Public Relations Officer, SP Jane
	// Roe".
	if e := t.a.EntityAt(head); e != nil && e.Kind == entities.Organization && e.Tokens.Len() == 1 && toks[head].IsUpper() && e.Expansion == "" && e.Acronym == "" {
		before := at
		if t.inHeadline(at) {
			before = len(t.text) // a headline's post by its initials, whose holder the body names: "VC Says …" over "the Vice-Chancellor, Prof. Jane Roe"
		}
		if p := t.initialsHolder(toks[head].Text, before); p != nil {
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"}
		}
	}
	// An organization or place as the head: "the White House", "INTERPOL".
	// A name the rules were unsure of is settled by the model first.
	if ei := t.a.EntityIndex(head); ei >= 0 {
		t.a.Refine(ei)
	}
	if e := t.a.EntityAt(head); e != nil && e.Kind != entities.Person && !(e.Tokens.End < len(toks) && toks[e.Tokens.End].Kind == entities.Possessive) {
		if o, ok := t.ownBodyForAlias(e); ok {
			return Resolution{Speaker: o, Mention: Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, Confidence: 0.7, Rule: "organization"}
		}
		if e.Tokens.Len() == 1 && e.Kind == entities.Organization && e.Rule == "gazetteer" && isOrgHead(e.Text) && (t.issuerEndsIn(e.Text) || t.issuerHeadBeforeOf(e.Text)) && !t.otherNamed(e) {
			// "Council has warned residents" in the Coral Coast Regional
			// Council's release (or "…, Council says" in the Intergovernmental
			// Council for Kelvo Bats'): the issuer, not a body the lists know
			// by that word
			return Resolution{Speaker: t.issuerSpeaker(), Mention: Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, Confidence: 0.7, Rule: "organization"}
		}
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
	// A body's head by the word "chief" or "head" in a headline or a lead,
	// before the text names her by her post: "Regional Commission Chief
	// Tells Council" and "the head of the Kelvo Commission told the Council
	// today" over "Jane Roe, Executive Secretary of the Commission, said";
	// a headline's "Senior Official" or "Arab League Official" likewise,
	// the league's where the headline names it.
	if (hw == "chief" || hw == "head" || hw == "official" && head == end-1 && (toks[head].IsCap() || t.underHeadline(at))) && (t.inHeadline(at) || t.underHeadline(at)) && (end == head+1 || t.ofBodyName(head+1, end)) {
		var body *entities.Entity // "Arab League Official Tells Council": the league's
		if e := t.a.EntityAt(first); e != nil && e.Kind == entities.Organization && e.Tokens.End == head {
			body = e
		}
		if p := t.topPostNamedAfter(at, body); p != nil {
			giveTitle(p, t.text[toks[first+btoi(isArticle(toks[first].Text))].Start:toks[end-1].End]) // a title the text gives her
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"}
		}
	}
	// "The senior United Nations official" after the text named the head
	// of a body: that head.
	if p := t.officialEpithet(first, head, end, at); p != nil {
		return Resolution{Speaker: p, Mention: phrase, Confidence: 0.6, Rule: "title"}
	}
	// A headline's post by its two or three initials: "…, CS SAYS" over
	// "The Cabinet Secretary for Kelvo Affairs, Jane Roe, …".
	if w := toks[head].Text; end == head+1 && head == first && len(w) >= 2 && len(w) <= 3 && toks[head].IsUpper() && t.inHeadline(at) {
		if p := t.holderByInitials(w); p != nil {
			giveTitle(p, w) // (the letters are a title the text gives her: "CEO")
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.6, Rule: "title"}
		}
	}
	// A title: "the Ambassador", "the senator", "a spokeswoman for X".
	if entities.IsTitleWord(hw) || titleHeadAt(toks, first, head) || personNouns[hw] || t.a.PostLetters(toks[head].Text) { // (also a post's letters the text defines: "the CDO said")
		definite := toks[first].IsFold("the") || toks[first].IsFold("this") || capitalizedTitle(toks, first, head+1) || // "Secretary-General at Leaders’ Summit"
			first > 0 && toks[first-1].IsFold("the") && toks[first].IsCap() // (the article left out of the phrase: "The Head of Mission also said")
		named := head > first && head-first <= 3 && head == end-1 && bodyWordsBefore(toks, first, head) // "Orchid Ledger CEO"
		if definite || end-first <= 2 || named {
			rank := ""
			if head > first && officeRanks[strings.ToLower(toks[head-1].Text)] {
				rank = strings.ToLower(toks[head-1].Text) // "the Deputy Secretary-General"
			}
			body := ""
			if named {
				body = strings.ToLower(t.text[toks[first].Start:toks[head-1].End]) // "Quillon CEO", "Orchid Ledger CEO"
			}
			if p, m := t.nameSetOffAfter(end); p != nil && hasWord(p, hw, rank) {
				return Resolution{Speaker: p, Mention: m, Confidence: 0.85, Rule: "title"} // "Chair of the Committee, the Rt Hon Dame Jane Roe MP, said:"
			}
			if p := t.prizeWinner(hw); p != nil && head == end-1 && !toks[first].IsFold("a") && !toks[first].IsFold("an") {
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"} // "the laureate": who won the prize
			}
			if p := t.byFullTitle(first, head, end, at); p != nil {
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.8, Rule: "title"} // "The Minister of Digital Governance noted" after "the Minister of Digital Governance, Mr. Jane Roe,"
			}
			if p := t.byTitleOf(hw, rank, body, at); p != nil && t.sameComplement(p, head+1, end) && (named && (head-first > 1 || isOrgHead(toks[first].Text)) && namesBody(p, body, true) || sameModifiers(p, toks, first, head)) {
				if !hasWord(p, hw, rank) || rank == "" && toks[head].IsUpper() && abbreviates(p, hw) {
					giveTitle(p, t.titleAsWritten(p, first, head)) // "the envoy" for Ambassador Roe, "CEO" for the Chief Executive Officer: a title the text gives her
				}
				t.fullerTitle(p, first, end)
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.75, Rule: "title"}
			}
			if p := t.postOfNamedIn(first, head, end, at); p != nil {
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"} // a headline's "council chair": the one "chair of the council"
			}
			if p := t.holderNamedNext(first, head, end, hw, rank, at); p != nil && head > first+btoi(isArticle(toks[first].Text)) {
				t.fullerTitle(p, first, end)
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"}
			}
		}
		if p := t.headOf(first, head, end); p != nil {
			giveTitle(p, t.text[toks[first+btoi(isArticle(toks[first].Text))].Start:toks[end-1].End]) // "the Head of Mission" for the one the text says headed it
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "title"}
		}
		if p := t.localTitleHolder(first, head, end, at); p != nil {
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.6, Rule: "title"}
		}
		if end == head+1 && head == first && toks[head].IsCap() && t.inHeadline(at) {
			// a headline's bare post whose one holder the body names after
			// it: "“No Community Will Be Left to the Sea” – Minister" over
			// "The Minister for Coastal Resilience, Hon. Jane Roe, …"
			if p := t.byTitleOf(hw, "", "", len(t.text)); p != nil && p.Kind == Person && p.Family != "" {
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.6, Rule: "title"}
			}
		}
		if p := t.identifiedAfter(first, end); p != nil {
			return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "descriptor"}
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
		if strings.Contains(t.issuer.Name, "Police") && !t.issuerByCount {
			return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.6, Rule: "organization"} // in the police's own release
		}
		if e := t.policeNamed(); e != nil && t.inHeadline(at) {
			return Resolution{Speaker: t.orgSpeaker(e), Mention: phrase, Confidence: 0.55, Rule: "organization"} // a headline's "…, police say" over the one police body the text names
		}
	}
	if head == end-1 && toks[head].IsCap() && headFirstAuthority(toks[head].Text) &&
		definite(toks, first, end, 1) {
		// "The Region said" after "Region Kelvmark", "the City" after "City
		// of Kelvo": the authority named head first
		if e := t.orgOpeningWith(toks[head].Text); e != nil {
			return Resolution{Speaker: t.orgSpeaker(e), Mention: phrase, Confidence: 0.6, Rule: "organization"}
		}
		if f := strings.Fields(t.issuer.Name); len(f) > 2 && strings.EqualFold(f[0], toks[head].Text) && strings.EqualFold(f[1], "of") && !t.issuerByCount {
			return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.6, Rule: "organization"} // the issuer's letterhead: "CITY OF KELVO"
		}
	}
	if groupNouns[hw] {
		return Resolution{Speaker: t.described(Group, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "group"}
	}
	if p, m, ok := t.authorOf(head, end); ok {
		// "reads the message of Ambassador Jane Roe": her words
		return Resolution{Speaker: p, Mention: m, Confidence: 0.8, Rule: "name"}
	}
	if p := t.messageAuthorBefore(first, head, end); p != nil {
		// "“…,” the message said." after "In a message read on his behalf, …, Dr. Jane Roe, said …"
		return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "descriptor"}
	}
	if docNouns[hw] && !orgNouns[hw] {
		// "the report says", "The resolution underlines": a document.
		return Resolution{Speaker: t.described(Document, first, end, phrase), Mention: phrase, Confidence: 0.6, Rule: "document"}
	}
	if o := t.aliasOf(first, end); o != nil {
		return Resolution{Speaker: t.orgSpeaker(o), Mention: phrase, Confidence: 0.75, Rule: "organization"} // "the Group" the text defined
	}
	if namedBodyNouns[hw] && (toks[first].IsFold("a") || toks[first].IsFold("an") || toks[first].IsFold("one")) {
		return Resolution{Speaker: t.described(Person, first, end, phrase), Mention: phrase, Confidence: 0.5, Rule: "descriptor"} // "one authority on the subject", "a former bank regulator": an expert
	}
	if namedBodyNouns[hw] && head == end-1 && toks[first].IsFold("the") && head > first+1 && lowerWords(toks, first+1, head) {
		// "the port authority said": the body whose name holds the
		// words, else the description itself ("the local authority")
		if o := t.latestOrg(at, strings.ToLower(t.text[toks[first+1].Start:toks[head].End])); o != nil {
			return Resolution{Speaker: o, Mention: phrase, Confidence: 0.6, Rule: "organization"}
		}
		return Resolution{Speaker: t.described(Organization, first, end, phrase), Mention: phrase, Confidence: 0.5, Rule: "organization"}
	}
	if end-first == 2 && toks[first].IsFold("the") && toks[head].IsCap() && !orgNouns[hw] && isOrgHead(toks[head].Text) && t.issuer.Name != "" && !t.issuerByCount && strings.HasSuffix(t.issuer.Name, " "+toks[head].Text) {
		return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"} // the issuer by the head that ends its name: "the Command said" in the Kelvo Police Command's release (not a command it names in passing)
	}
	if end-first == 1 && toks[head].IsCap() && isOrgHead(toks[head].Text) && t.inHeadline(at) && t.issuer.Name != "" && !t.issuerByCount && t.issuerHead(hw) {
		return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"} // a headline's body by its head, the issuer's: "Forum Warns of …" in the Kelvo Rights Forum's release
	}
	if orgNouns[hw] {
		// "Parliament demands …", "The House …": the body of the document
		// whose name ends in that word ("European Parliament").
		if toks[head].IsCap() && (end-first == 1 || end-first == 2 && toks[first].IsFold("the")) || end-first == 1 && toks[head].IsLower() && (first == 0 || !toks[first-1].IsFold("the")) {
			// (a headline's bare noun too: "…, says union")
			if o, ok := t.fullerOrg(toks[head].Text); ok {
				if t.issuerOpensWithOther(o, hw) {
					// "According to the Ministry" in the Ministry of Water's
					// release, after "the signing at the Prime Ministry"
					return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
				return Resolution{Speaker: o, Mention: phrase, Confidence: 0.7, Rule: "organization"}
			}
			if end-first == 1 && (toks[head].IsLower() || t.inHeadline(at)) && (genericOrg(hw) || hw == "group" && t.inHeadline(at) || hw == "union" && unionName(t.issuer.Name)) && t.issuer.Name != "" && !t.issuerByCount {
				return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"} // "…, company urges owners", "Charity warns of …", "…, rights group warns"
			}
		}
		if (toks[first].IsFold("the") || toks[first].IsFold("it")) && (end-first == 2 || end-first <= 4 && head == end-1 && lowerWords(toks, first+1, head)) || end-first <= 3 && head == end-1 && first > 0 && toks[first-1].IsFold("the") && lowerWords(toks, first, head) {
			// (also with adjectives before the head: "the environmental group")
			if e := t.describedAsBefore(hw, at); e != nil {
				return Resolution{Speaker: t.orgSpeaker(e), Mention: phrase, Confidence: 0.6, Rule: "organization"} // "the NGO said" after "Kelvo Coastal Guardians, a marine conservation NGO, …"
			}
			if o := t.latestOrg(at, hw); o != nil {
				if toks[head].IsCap() && t.issuerOpensWithOther(o, hw) {
					return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
				return Resolution{Speaker: o, Mention: phrase, Confidence: 0.6, Rule: "organization"}
			}
			if c, ok := t.lastHeadedBy(first, hw); ok && c.e != nil && !genericOrg(hw) && at-c.e.Start < 3000 {
				// "according to the hospital" after "Kelvale Regional Medical
				// Center", "the federation" after "Kelvo Federation of Unions"
				return Resolution{Speaker: t.orgSpeaker(c.e), Mention: phrase, Confidence: 0.6, Rule: "organization"}
			}
			if (t.issuerHead(hw) || hw == "union" && unionName(t.issuer.Name)) && !t.issuerByCount {
				// "the council said" in "Castlebrook Borough Council"'s
				// release that names it only in its header; "the Ministry
				// said" in the Ministry of Rural Water's
				return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"}
			}
			if o, ok := t.fullerOrg(hw); ok && !genericOrg(hw) && end-first == 2 {
				// "the department said" before the text names the one
				// "Department of Forests and Rural Energy" further on
				return Resolution{Speaker: o, Mention: phrase, Confidence: 0.55, Rule: "organization"}
			}
			if p, _ := t.latest(at, at-2000, func(p *Speaker, _ int) bool { return p.Kind == Person && opensWith(p.Organization.Name, hw) }); p != nil && !genericOrg(hw) && end-first == 2 {
				// "According to the Ministry" after "Jane Roe, Minister of
				// Energy Transition," whose post gave her the Ministry of
				// Energy Transition: that ministry
				return Resolution{Speaker: t.orgSpeakerOf(p.Organization), Mention: phrase, Confidence: 0.55, Rule: "organization"}
			}
			if genericOrg(hw) || hw == "group" && t.issuer.Name != "" && !t.issuerByCount {
				// "the organization said", "the company said", "the
				// environmental group said" in a group's release: the release's
				// issuer when its structure shows one, else the body the
				// text named last.
				if t.issuer.Name != "" && !t.issuerByCount && !(firmNoun(hw) && publicBody(t.issuer.Name)) {
					return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
				if o := t.latestOrg(at, ""); o != nil {
					// (an attorney general's or a ministry's "the company"
					// is the company it named last)
					return Resolution{Speaker: o, Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
				if t.issuer.Name != "" {
					return Resolution{Speaker: t.issuerSpeaker(), Mention: phrase, Confidence: 0.55, Rule: "organization"}
				}
			}
		}
		if end-first >= 3 && end-first <= 4 && toks[first].IsFold("the") && head == end-1 && capWords(toks, first+1, end) {
			if o, ok := t.orgNamedByHead(first+1, end); ok {
				// "the Task Force said" where no entity covers the words: the
				// body whose name before its complement ends in them
				return Resolution{Speaker: t.orgSpeakerOf(o), Mention: phrase, Confidence: 0.6, Rule: "organization"}
			}
		}
		if s := t.possessedUnit(first, head, end); s != nil {
			return Resolution{Speaker: s, Mention: phrase, Confidence: 0.6, Rule: "organization"}
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
			if p := t.identifiedAfter(first, end); p != nil {
				return Resolution{Speaker: p, Mention: phrase, Confidence: 0.7, Rule: "descriptor"}
			}
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
	if entities.DottedLegalForm(toks[head].Text) {
		return Resolution{} // a company's legal form names no one: "C.V." of "Kelvo Peninsular, S.A. de C.V., which …, said"
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

// ownBodyForAlias returns the text's own body for a known body's
// one-word alias that is a body's head ("the Commission", which the lists
// give the European Commission) in a text that names neither that body
// nor its acronym, when the text names one organization ending in the
// word: an electoral commission's release says "the Commission" for
// itself.
func (t *Tracker) ownBodyForAlias(e *entities.Entity) (*Speaker, bool) {
	if e.Kind != entities.Organization || e.Tokens.Len() != 1 || e.Canonical == "" {
		return nil, false
	}
	w := t.a.Tokens[e.Tokens.First].Text
	if h, _ := entities.OrgHead(w); !h || t.namesBodyOf(e) {
		return nil, false
	}
	if found, ambiguous := t.orgEndingIn(w); found != nil && !ambiguous {
		return t.orgSpeaker(found), true
	}
	return nil, false
}

// namesBodyOf reports whether the text names the body an alias entity
// stands for, by its name or its acronym as a word; answers are kept per
// body, each scanning the text once.
func (t *Tracker) namesBodyOf(e *entities.Entity) bool {
	if named, ok := t.aliasNamed[e.Canonical]; ok {
		return named
	}
	named := strings.Contains(t.text, e.Canonical) || e.Acronym != "" && wordIn(t.text, e.Acronym)
	if t.aliasNamed == nil {
		t.aliasNamed = map[string]bool{}
	}
	t.aliasNamed[e.Canonical] = named
	return named
}

// wordIn reports w in text as a word of its own, not inside another
// ("EC" is not in "MIEBC").
func wordIn(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:a])
		after, _ := utf8.DecodeRuneInString(text[b:])
		if (a == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (b == len(text) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		i = a + 1
	}
}

// ofBodyName reports "of" and a body's capitalized name at [i, end):
// the "of the Kelvo Commission" of "the head of the Kelvo Commission", not
// a unit's field in common words ("head of display products").
func (t *Tracker) ofBodyName(i, end int) bool {
	toks := t.a.Tokens
	if i >= end || !toks[i].Is("of") {
		return false
	}
	i++
	if i < end && toks[i].IsFold("the") {
		i++
	}
	return i < end && toks[i].IsCap()
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

func (t *Tracker) personOf(e *entities.Entity) *Speaker {
	return t.byEntity[t.a.EntityIndex(e.Tokens.First)]
}

// capWords reports tokens [i, end) that are all capitalized words:
// "Student Union" of "Student Union President".
func capWords(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Kind != entities.Word || !toks[k].IsCap() {
			return false
		}
	}
	return true
}

// lowerWords reports tokens [i, end) that are all words in lower case:
// the adjectives of "the environmental group".
func lowerWords(toks []entities.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Kind != entities.Word || !toks[k].IsLower() {
			return false
		}
	}
	return true
}

// issuerHead reports a body's noun that stands for the release's issuer:
// a word of the issuer's name ("the council" for "Kelvo Borough
// Council", "the Ministry" for "Ministry of Rural Water"), or
// "department" for a department named by its field and its country
// ("Harbours and Coastal Communities Canada").
// opensWith reports a name whose first word is the head noun hw, in any
// case: "Ministry of Water and Irrigation" for "ministry".
func opensWith(name, hw string) bool {
	f, _, ok := strings.Cut(name, " ")
	return ok && strings.EqualFold(f, hw)
}

// issuerOpensWithOther reports an issuer whose name opens with the head
// noun hw ("Ministry of Water and Irrigation") when o, the body the text
// named last with that head, does not ("Prime Ministry"): the release's
// capitalized "the Ministry" is its issuer.
func (t *Tracker) issuerOpensWithOther(o *Speaker, hw string) bool {
	return opensWith(t.issuer.Name, hw) && !opensWith(o.Name, hw) && !t.issuerByCount
}

func (t *Tracker) issuerHead(hw string) bool {
	f := strings.Fields(t.issuer.Name)
	if len(f) < 2 {
		return false
	}
	if t.issuerNames(hw) {
		return true
	}
	_, country := entities.Country(f[len(f)-1])
	return country && hw == "department"
}

// issuerNames reports a word of the issuer's name, in any case: "council"
// of "Kelvo Borough Council"; or the English head its opening head stands
// for: "foundation" of "Fondation Abri Solidaire".
func (t *Tracker) issuerNames(w string) bool {
	f := strings.Fields(t.issuer.Name)
	for _, x := range f {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return len(f) > 1 && strings.EqualFold(entities.LeadingHeadIn(f[0]), w) // "the Foundation" of the "Fondation Abri Solidaire"
}

// localGovIssuer reports an issuer's name that is a city's or a town's
// government: "Kelvo Metropolitan Government", "City of Kelvo", "Kelvo
// Town Council".
func localGovIssuer(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "City", "Town", "Metropolitan", "Municipal", "Municipality", "CITY", "TOWN":
			return true
		}
	}
	return false
}

// definite reports a phrase [first, end) of n words after "the", the
// article inside it or right before it: "the City", "City" after "The".
func definite(toks []entities.Token, first, end, n int) bool {
	return end-first == n+1 && toks[first].IsFold("the") || end-first == n && first > 0 && toks[first-1].IsFold("the")
}

// bodyWordsBefore reports capitalized words [first, head) before a title
// word, none a title's or its modifier's: a body's name ("Orchid Ledger"
// of "Orchid Ledger CEO").
func bodyWordsBefore(toks []entities.Token, first, head int) bool {
	for k := first; k < head; k++ {
		if !toks[k].IsCap() || toks[k].Kind != entities.Word || isArticle(toks[k].Text) || entities.IsTitleWord(toks[k].Text) || entities.IsTitleModifier(toks[k].Text) {
			return false
		}
	}
	return true
}

// orgEndsWithGroupNoun reports an organization's name of several words
// that ends at token k in a group's noun: "United Nations", "Kelvo
// Farmers" of "The United Nations said" (not "MEPs").
func (t *Tracker) orgEndsWithGroupNoun(k int) bool {
	e := t.a.EntityAt(k)
	return e != nil && e.Kind == entities.Organization && e.Tokens.First < k && e.Tokens.End == k+1
}

// acronymEnds reports an acronym in parentheses that ends the tokens
// before end: "(KWO)" of "the Kelvo Water Office (KWO)".
func acronymEnds(toks []entities.Token, end int) bool {
	return end >= 3 && toks[end-1].Is(")") && toks[end-3].Is("(") && toks[end-2].IsUpper()
}

// styleBeforeThe returns where a definite title starts after a style of
// address that opens the phrase, or first where none does: "H.E. the
// Minister said", "His Excellency the Ambassador added" and "Yang
// Berhormat Minister said" are the minister and the ambassador the text
// named before.
func styleBeforeThe(toks []entities.Token, first, end int) int {
	if first >= end {
		return first
	}
	if n := entities.MalayStyle(toks, first, end); n > 0 && first+n < end && toks[first+n].IsCap() {
		return first + n // "Yang Berhormat Minister said": the minister
	}
	k := first
	if k+1 < end && (toks[k].Is("His") || toks[k].Is("Her")) && toks[k+1].Is("Excellency") {
		k += 2
	} else if _, ok := entities.Honorific(toks[k].Text); ok && toks[k].IsCap() {
		k++
	}
	if k > first && k+1 < end && toks[k].IsFold("the") && toks[k+1].IsCap() {
		return k
	}
	return first
}

// authoredNouns are the documents that carry their author's own words.
var authoredNouns = toSet(`message statement letter note tweet post email e-mail testimony`)

// authorOf returns the person a document of her own words at head names
// as its author after "of", "from" or "by", past her titles: "the message
// of Ambassador Jane Roe, Head of the Kelvo Delegation" is Jane Roe's, as
// a statement read on her behalf.
func (t *Tracker) authorOf(head, end int) (*Speaker, Mention, bool) {
	toks := t.a.Tokens
	if !authoredNouns[strings.ToLower(toks[head].Text)] || head+2 >= end || !(toks[head+1].Is("of") || toks[head+1].Is("from") || toks[head+1].Is("by")) {
		return nil, Mention{}, false
	}
	for k := head + 2; k < end && k < head+8; k++ {
		if e := t.a.EntityAt(k); e != nil && e.Kind == entities.Person && e.Tokens.First == k {
			if p := t.personOf(e); p != nil {
				return p, Mention{Span: e.Span, Text: e.Text, Kind: NameMention}, true
			}
			return nil, Mention{}, false
		}
		if !toks[k].IsCap() {
			return nil, Mention{}, false // only titles before the name: "of Ambassador"
		}
	}
	return nil, Mention{}, false
}

// messageAuthorBefore returns, for "the message" (a document of its
// author's own words, after "the" and alone), the one person named, not
// after "by", in the latest of the three sentences before that names such
// a message read on someone's behalf: "In a message read out on his
// behalf by Ms. Ann Lee, the FAO Representative, Dr. Jane Roe, said …"
// then "“…,” the message said." is Jane Roe.
func (t *Tracker) messageAuthorBefore(first, head, end int) *Speaker {
	toks := t.a.Tokens
	w := strings.ToLower(toks[head].Text)
	if !authoredNouns[w] || head != end-1 || head != first+1 || !toks[first].IsFold("the") {
		return nil
	}
	si := t.a.SentenceOf(head)
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		sent := &t.a.Sentences[s]
		has, behalf := false, false
		for k := sent.Tokens.First; k < sent.Tokens.End; k++ {
			if strings.EqualFold(toks[k].Text, w) {
				has = true
			}
			behalf = behalf || toks[k].Is("behalf")
		}
		if !has {
			continue
		}
		if !behalf {
			return nil // a message read on someone's behalf only: not "a letter calling Jane Roe a quack"
		}
		var found *Speaker
		for i := range t.a.Entities {
			e := &t.a.Entities[i]
			if e.Kind != entities.Person || e.Tokens.First < sent.Tokens.First || e.Tokens.End > sent.Tokens.End {
				continue
			}
			b := e.Tokens.First - 1
			for b > sent.Tokens.First && isHonorific(toks[b].Text) {
				b--
			}
			if b >= sent.Tokens.First && toks[b].Is("by") {
				continue // who read it out: "read out on his behalf by Ms. Ann Lee"
			}
			if p := t.personOf(e); p != nil {
				if found != nil && found != p {
					return nil // several people: whose message is not told
				}
				found = p
			}
		}
		return found
	}
	return nil
}

// unionName reports a body's name that a trade union has though it lacks
// the word "union": "Federation of Kelvo Social Care Workers", "ASTW Local
// 604", "Kelvo Teachers' Guild", an association or federation of a
// trade's people ("United Cabin Crew Association") (not "Kelvo Local
// Government Association").
func unionName(name string) bool {
	f := strings.Fields(name)
	for i, w := range f {
		switch strings.Trim(w, "'’()") {
		case "Union", "Workers", "Brotherhood", "Guild", "Syndicate":
			return true
		case "Association", "Federation":
			if slices.ContainsFunc(f[:i], func(x string) bool { // a trade's people before it: "United Cabin Crew Association", "Kelvo Nurses Federation"
				x = strings.Trim(x, "'’")
				return x == "Crew" || x == "Staff" || x == "Employees" || entities.PluralTitle(x)
			}) {
				return true
			}
		case "Local":
			if i+1 < len(f) && f[i+1][0] >= '0' && f[i+1][0] <= '9' {
				return true // "Local 604"
			}
		}
	}
	return false
}

// untitledHolderEnds reports a person's name that ends the phrase [k, end)
// of a capitalized post's complement (k-2 is the post) after capitalized words of its field or place
// with no title or honorific right before the name: "Health Jane Roe" of
// "the Minister of Health Jane Roe" names the minister, where "UN
// Secretary-General António Guterres" of "the Spokesman for …" names
// another.
func (t *Tracker) untitledHolderEnds(k, end int) bool {
	toks := t.a.Tokens
	e := t.a.EntityAt(end - 1)
	if e == nil || e.Kind != entities.Person || e.Tokens.End != end || e.Tokens.First <= k || e.Tokens.First-k > 4 || e.Tokens.Len() < 2 || !toks[k-2].IsCap() {
		return false // (a post in capitals, as before its holder's name: not "a spokesperson for Kelvo Gateway Terminal Orrin")
	}
	if w := toks[e.Tokens.First].Text; entities.CommonWord(w) && !entities.ProperWord(w) {
		return false // a body's words read as a name: "the representative of Internal Displacement Watch"
	}
	for j := k; j < e.Tokens.First; j++ {
		if tk := &toks[j]; tk.Kind != entities.Word || !tk.IsCap() || tk.IsUpper() || entities.IsTitleWord(tk.Text) || isHonorific(tk.Text) {
			return false
		}
	}
	return true
}

// describedAsBefore returns the last organization named before offset at
// that an appositive describes by the noun hw: "Kelvo Coastal Guardians,
// a marine conservation NGO," for "the NGO"; nil when there is none.
func (t *Tracker) describedAsBefore(hw string, at int) *entities.Entity {
	toks := t.a.Tokens
	var found *entities.Entity
	for i := range t.a.Entities {
		e := &t.a.Entities[i]
		if e.Start >= at {
			break
		}
		k := e.Tokens.End
		if e.Kind != entities.Organization || k+2 >= len(toks) || !toks[k].Is(",") || !(toks[k+1].IsFold("a") || toks[k+1].IsFold("an")) {
			continue
		}
		for x := k + 2; x < len(toks) && x < k+8 && toks[x].Kind == entities.Word; x++ {
			if strings.EqualFold(toks[x].Text, hw) && (x+1 >= len(toks) || toks[x+1].Kind != entities.Word) {
				found = e
				break
			}
			if toks[x].IsCap() && !toks[x].IsUpper() {
				break
			}
		}
	}
	return found
}

// postSpelledBy reports a title of p whose capitalized words' initials,
// past "of", "the", "and" and "for", spell w: "PS" for "Principal
// Secretary", "CS" for "Cabinet Secretary for Health".
func postSpelledBy(p *Speaker, w string) bool {
	for _, ti := range p.Titles {
		var b strings.Builder
		for _, f := range strings.Fields(ti) {
			if f == "of" || f == "the" || f == "and" || f == "for" {
				continue
			}
			if r := f[0]; r >= 'A' && r <= 'Z' {
				b.WriteByte(r)
			} else {
				break // (the post's head ends before its field in lower case)
			}
			if b.Len() == len(w) {
				break
			}
		}
		if b.String() == w {
			return true
		}
	}
	return false
}
