package speakers

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// People by name: how a person entity splits into given and family names
// (particles and suffixes included), and which person a name refers to,
// merging "Ulrika Funered", "Funered" and "Ambassador Funered" into one.

// nameParts splits a person entity into given and family names.
func (t *Tracker) nameParts(e *entities.Entity) (given, family string) {
	toks := t.a.Tokens[e.Tokens.First:e.Tokens.End]
	last := len(toks) - 1
	for last > 0 && isNameSuffix(toks[last].Text) {
		last--
		if last > 0 && toks[last].Is(",") {
			last-- // "Miller, Jr."
		}
	}
	family = toks[last].Text
	if last > 2 && toks[last-1].Is("/") {
		// a maiden name and a married name: "Jane Roe/Doe", called "Ms.
		// Roe" or "Ms. Doe"
		return t.text[toks[0].Start:toks[last-3].End], t.text[toks[last-2].Start:toks[last].End]
	}
	if last > 0 && entities.PatronymSuffix(toks[last].Text) {
		// the father's name with its word: "Asanbek uulu" of "Nurlan
		// Asanbek uulu", the name the text calls the person by
		if last == 1 {
			return "", t.text[toks[0].Start:toks[1].End]
		}
		return t.text[toks[0].Start:toks[last-2].End], t.text[toks[last-1].Start:toks[last].End]
	}
	if last > 2 && entities.PatronymSuffix(toks[last-1].Text) {
		// a family name after the patronym, as Azerbaijani names are
		// written: "Mammadli" of "Rovshan Elchin oglu Mammadli"
		return t.text[toks[0].Start:toks[last-3].End], toks[last].Text
	}
	if last == 1 && hyphenatedGiven(toks[1].Text) {
		return toks[1].Text, toks[0].Text // the family name first: "Jeon Hye-rin", "Lee Da-eun" ("Mayor Jeon")
	}
	if last == 1 && toks[0].IsUpper() && len([]rune(toks[0].Text)) > 2 && !strings.Contains(toks[0].Text, ".") && !toks[1].IsUpper() {
		return toks[1].Text, toks[0].Text // the family name first, in capitals: "NAKAMURA Aya" ("Nakamura added")
	}
	if last > 0 && (capParticles[toks[0].Text] || toks[0].IsLower() || last > 1 && openingParticles[toks[0].Text] && toks[1].IsLower()) {
		return "", t.text[toks[0].Start:toks[last].End] // "Ms. Ní Bhriain", "Mr. van der Berg", "Van der Merwe said": a family name alone
	}
	if last > 0 {
		given = t.text[toks[0].Start:toks[last-1].End]
		// name particles belong to the family name: "Ursula von der Leyen",
		// "Siobhán Ní Bhriain"
		k := last - 1
		for k > 0 && (toks[k].IsLower() || capParticles[toks[k].Text] || openingParticles[toks[k].Text] && toks[k+1].IsLower()) {
			k-- // (and "Van" before "den": "Luc Van den Broeck")
		}
		if k < last-1 {
			family = t.text[toks[k+1].Start:toks[last].End]
			given = t.text[toks[0].Start:toks[k].End]
		}
	}
	return given, family
}

// hyphenatedGiven reports a Korean given name of two syllables joined by
// a hyphen, the second in lower case: "Hye-rin", "Da-eun". A name ending in
// one is written family name first.
func hyphenatedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || strings.Contains(b, "-") {
		return false
	}
	return unicode.IsUpper([]rune(a)[0]) && strings.ToLower(b) == b && strings.ToLower(a[1:]) == a[1:]
}

// capParticles are capitalized particles of a family name: "Ní Bhriain",
// "Ó Súilleabháin", "De Niro" (not "Mac", "Van" or "Del", which are also
// given names).
var capParticles = toSet(`Ní Nic Ó Uí Ua Von Vander De Della Du Dos Das St. St Ste. Ste`)

// openingParticles are particles capitalized at a sentence's start that
// are a family name's when a second, lower-case particle follows: "Van
// der Merwe", "De la Cruz" (where "Van Morrison" is a given name's).
var openingParticles = toSet(`Van Von De Del Della Da Di Du Le La Ter Ten Dos Das`)

func isNameSuffix(s string) bool { return entities.GenerationSuffix(s) }

// givenWithStyle returns the person named in full before whose given
// name a Turkish style follows: "Hüseyin Bey", "Ayten Hanım" after "Hüseyin
// Çelik", "Ayten Koç" (the way one is addressed by given name); nil when
// the text names no one so before (a family name "Bey": "Yasiin Bey"), or
// two, or describes the styled name as someone new ("Hüseyin Bey, a
// neighbour").
func (t *Tracker) givenWithStyle(e *entities.Entity) *Speaker {
	if e.Tokens.Len() != 2 {
		return nil
	}
	switch t.a.Tokens[e.Tokens.End-1].Text {
	case "Bey", "Hanım", "Hanim", "Efendi":
	default:
		return nil
	}
	if k := e.Tokens.End; k+1 < len(t.a.Tokens) && t.a.Tokens[k].Is(",") && (t.a.Tokens[k+1].IsFold("a") || t.a.Tokens[k+1].IsFold("an")) {
		return nil // someone new, described: "Hüseyin Bey, a neighbour, said"
	}
	var b [32]byte
	p := t.onlyGiven(string(entities.AppendLower(b[:0], t.a.Tokens[e.Tokens.First].Text)))
	if p == nil || t.latestBefore([]*Speaker{p}, e.Start) == nil {
		return nil
	}
	return p
}

// person returns the person a name entity refers to, creating it if new.
func (t *Tracker) person(e *entities.Entity) *Speaker {
	if p := t.givenWithStyle(e); p != nil {
		return p
	}
	given, family := t.nameParts(e)
	var fb [32]byte
	fkb := entities.AppendLower(fb[:0], family) // the key, lower-cased without allocating for lookups
	if given == "" {
		// A single name: the latest person mentioned before it with that
		// family name, else with that given name.
		if p := t.familyByChamber(t.families[string(fkb)], e); p != nil {
			return p // "Congresswoman Roe" of two named Roe, a representative and a senator
		}
		if p := t.latestBefore(t.families[string(fkb)], e.Start); p != nil {
			return p
		}
		if p := t.latestBefore(t.given[string(fkb)], e.Start); p != nil {
			return p
		}
		if p := t.patronymicGiven(string(fkb)); p != nil {
			return p // a name given first, then the father's, called by the given name: "Datuk Azlan:" over "Datuk Azlan bin Hamzah"
		}
		if p := t.onlyGiven(string(fkb)); p != nil && (t.styledOrTitled(e) || icelandicPatronym(p.Family)) {
			return p // the one person with that given name, named in full after: "Khun Chanida:" over "Chanida Rattanakorn", "Governor Hermawan:" over "Hermawan Sastradiredja"
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
		if ps := t.middle[string(fkb)]; len(ps) == 1 {
			return ps[0] // a first family name alone before the full name: "Governor Treviño:" over "Adriana Treviño Garza"
		}
	} else {
		if openingParticles[given] && t.particleOpensSentence(e) && !t.otherFamily(string(fkb)) {
			// "Van Doorn said" at a sentence's start after "Marieke van
			// Doorn": the particle is her family name's, capitalized (not
			// after a "Kevin Van Doorn", nor a new "Van Doorn, an analyst
			// at …" the text introduces)
			if p := t.latestBefore(t.families[strings.ToLower(given+" "+family)], e.Start); p != nil {
				return p
			}
		}
		for _, p := range t.families[string(fkb)] {
			if first := firstField(given); p.Given != "" && !strings.Contains(p.Given, " ") && strings.HasSuffix(strings.ToLower(given), " "+strings.ToLower(p.Given)) && strings.Count(given, " ") <= 2 &&
				!entities.CommonWord(first) && !entities.IsTitleWord(first) && !isHonorific(first) && t.a.Tokens[e.Tokens.First].IsCap() && !t.a.Tokens[e.Tokens.First].IsUpper() && t.inHeadline(t.firstPos(p)) {
				// the full name after its double family name alone in the
				// headline: "CEO Albuquerque Menezes Calls It …" over
				// "Ricardo Albuquerque Menezes"
				p.Name, p.Given = displayName(e.Text), displayName(given)
				return p
			}
			if p.Given == "" || sameGiven(p.Given, given) || strings.HasSuffix(strings.ToLower(p.Given), " "+strings.ToLower(given)) && (strings.Contains(given, " ") || openingParticles[given] || t.doubleFamily(p, family, e.Start)) { // (and "Mac Giolla Phádraig" of "Órla Mac Giolla Phádraig"; "Haddad Nilsen" after "Amira Haddad Nilsen": a double family name)
				if len(e.Text) > len(p.Name) {
					p.Name, p.Given = displayName(e.Text), displayName(given)
				}
				return p
			}
		}
		// The full name after its given names alone, named first (in a
		// headline): "Khairul Anuar bin Mohd Rashid" after "Dato' Sri
		// Khairul Anuar says …".
		if pre := t.beforePatronym(e); pre != "" {
			for n, p := range t.given[strings.ToLower(firstField(pre))] {
				if n == 8 {
					break // (a bounded look: a text naming many alike pays no more)
				}
				if strings.EqualFold(p.Name, pre) && t.firstPos(p) < e.Start {
					p.Name, p.Given, p.Family = displayName(e.Text), displayName(given), displayName(family)
					t.families[string(fkb)] = append(t.families[string(fkb)], p)
					t.indexPatronymic(p, pre)
					return p
				}
			}
		}
		// A second family name after a name given with the first alone:
		// "Pilar Roig Ferrer" after "Regional Minister Pilar Roig".
		if i := strings.LastIndexByte(given, ' '); i > 0 && !strings.Contains(given[:i], " ") {
			for _, p := range t.families[strings.ToLower(given[i+1:])] {
				if sameGiven(p.Given, given[:i]) && t.firstPos(p) < e.Start {
					p.Name, p.Given, p.Family = displayName(e.Text), displayName(given[:i]), displayName(given[i+1:]+" "+family)
					t.families[string(fkb)] = append(t.families[string(fkb)], p)
					return p
				}
			}
		}
		if p := t.patronymicGivenNames(e); p != nil {
			return p // given names before the father's, called by them alone: "Khairul Anuar said" of "Khairul Anuar bin Mohd Rashid"
		}
		// Given names alone, as Icelanders are named: "Guðrún Ásta said"
		// after "Guðrún Ásta Hermannsdóttir".
		for _, p := range t.given[strings.ToLower(firstField(given))] {
			if strings.Contains(p.Given, " ") && strings.EqualFold(p.Given, displayName(e.Text)) && t.firstPos(p) < e.Start && !t.namedAlone(family) && !t.namedAlone(p.Family) { // (not where the text names either family name alone: "Elizabeth Warren" after a headline's "Elizabeth Warren Hammers …")
				return p
			}
			if n := displayName(e.Text); strings.Count(p.Name, " ") >= 3 && len(p.Given) > len(n) && strings.EqualFold(p.Given[:len(n)+1], n+" ") && t.firstPos(p) < e.Start && !t.namedAlone(family) && !t.namedAlone(p.Family) && !t.introducedApart(e, p) {
				return p // the first given names of a name of four words or more, as Malay names are called: "Abdul Rahman said" after "Abdul Rahman Mohd Yusof"
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
	if pre := t.beforePatronym(e); pre != "" {
		t.indexPatronymic(p, pre)
	}
	if given != "" {
		gk := strings.ToLower(firstField(given))
		t.given[gk] = append(t.given[gk], p)
	}
	if a, b, ok := strings.Cut(family, "/"); ok && given != "" {
		for _, w := range [...]string{a, b} {
			t.middle[strings.ToLower(w)] = append(t.middle[strings.ToLower(w)], p) // either name alone: "Roe" or "Doe" of "Jane Roe/Doe"
		}
	}
	if i := strings.IndexByte(family, '-'); i > 0 && given != "" && !strings.Contains(family, " ") {
		mk := strings.ToLower(family[:i]) // the first of a hyphenated family name, called alone: "Kurtović" of "Lejla Kurtović-Hasanbegović"
		t.middle[mk] = append(t.middle[mk], p)
	}
	styled := e.Rule == "honorific" || e.Rule == "title"
	if ws := strings.Fields(e.Text); len(ws) >= 3 && (!entities.CommonWord(ws[0]) || styled) && (!entities.CommonWord(ws[len(ws)-1]) || styled) { // (not "Rachel Maddow Show", "Hold Melania Trump"; but "Dr. Ricardo Mourão Sales", "Mrs. Comfort Ewane Ngole")
		for _, w := range ws[1 : len(ws)-1] {
			if mk := strings.ToLower(w); mk != "" && w[0] >= 'A' && (w[0] <= 'Z' || w[0] >= 0x80) {
				t.middle[mk] = append(t.middle[mk], p)
			}
		}
	}
	return p
}

// namedAlone reports a person's name the text writes alone, as one word:
// a family name ("Warren said"), which no one's given names end in.
func (t *Tracker) namedAlone(w string) bool {
	for i := range t.a.Entities {
		if e := &t.a.Entities[i]; e.Kind == entities.Person && e.Tokens.Len() == 1 && strings.EqualFold(e.Text, w) {
			return true
		}
	}
	return false
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

// familyFirst reports a person whose name puts the family name first, as
// Korean and Chinese names do: a given part of one word before a
// hyphenated or one-syllable family part ("Park Ji-won", "Lee
// Seung-hoon"), which the text then uses alone ("Park said").
func (t *Tracker) familyFirst(p *Speaker) bool {
	return strings.Contains(p.Family, "-") && !strings.Contains(p.Given, "-") && len(p.Given) <= 5
}

// patronymicGiven returns the one person whose given name is the word w
// (lower case) and whose name goes on with a patronym ("bin Hamzah",
// "binti Osman", "s/o Raman", "anak Jerry"), wherever the text names them:
// such a person is called by the given name alone; nil when none or
// several.
func (t *Tracker) patronymicGiven(w string) *Speaker {
	var found *Speaker
	for _, p := range t.given[w] {
		if !patronym(p.Family) && !patronymInside(p.Given) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// patronymicGivenNames returns the one person whose given names, before
// a patronym's particle, are the words of the name e: "Khairul Anuar" of
// "Khairul Anuar bin Mohd Rashid", wherever the text names them; nil when
// none or several.
func (t *Tracker) patronymicGivenNames(e *entities.Entity) *Speaker {
	var b [64]byte
	ps := t.patronymic[string(entities.AppendLower(b[:0], e.Text))]
	if len(ps) == 0 || len(ps) > 1 && slices.ContainsFunc(ps[1:], func(p *Speaker) bool { return p != ps[0] }) {
		return nil
	}
	return ps[0]
}

// indexPatronymic records p under the given names before its patronym,
// pre ("Khairul Anuar"), for patronymicGivenNames.
func (t *Tracker) indexPatronymic(p *Speaker, pre string) {
	k := strings.ToLower(pre)
	t.patronymic[k] = append(t.patronymic[k], p)
}

// beforePatronym returns the words of a person's name before its
// patronym's particle, "Khairul Anuar" of "Khairul Anuar bin Mohd Rashid";
// "" when it has none.
func (t *Tracker) beforePatronym(e *entities.Entity) string {
	toks := t.a.Tokens
	for k := e.Tokens.First + 1; k < e.Tokens.End; k++ {
		if toks[k].IsLower() && entities.PatronymParticle(toks[k].Text) {
			return t.text[e.Start:toks[k-1].End]
		}
	}
	return ""
}

// onlyGiven returns the one person whose given name is, or opens with,
// the single word w (lower case), wherever the text names them in full;
// nil when none or several. Thai and Indonesian texts call people by the
// (first) given name ("Khun Chanida", "Pak Hermawan", "Prof. Bambang" of
// "Bambang Setiadi Wirawan").
func (t *Tracker) onlyGiven(w string) *Speaker {
	var found *Speaker
	for _, p := range t.given[w] {
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// icelandicPatronym reports a family name that is a father's (or
// mother's) name with "-dóttir" or "-sson": Icelanders are called by the
// given name ("says Þórhildur" of "Þórhildur Sveinbjörnsdóttir").
func icelandicPatronym(family string) bool {
	return strings.HasSuffix(family, "dóttir") || strings.HasSuffix(family, "sson") && strings.ContainsAny(family, "ÁÉÍÓÚÝÞÆÖáéíóúýþæöð")
}

// styledOrTitled reports a name right after a capitalized honorific or
// title: "Khun Chanida", "Governor Hermawan".
func (t *Tracker) styledOrTitled(e *entities.Entity) bool {
	f := e.Tokens.First
	if f == 0 || !t.a.Tokens[f-1].IsCap() {
		return false
	}
	w := t.a.Tokens[f-1].Text
	return isHonorific(w) || entities.IsTitleWord(w)
}

// patronymInside reports given names that hold a patronym's particle
// before the last name: "Ismail bin Abu" of "Ismail bin Abu Bakar".
func patronymInside(given string) bool {
	for _, f := range strings.Fields(given)[1:] {
		if patronym(f) {
			return true
		}
	}
	return false
}

// patronym reports a family part that opens with a patronym's particle:
// "bin Hamzah", "binti Haji Osman", "s/o Raman", "anak Jerry".
func patronym(family string) bool {
	first, _, _ := strings.Cut(strings.ToLower(family), " ")
	return entities.PatronymParticle(first)
}

// familyByChamber returns, of several people named before e with its
// family name, the one who sits in the chamber that the style before e
// names: "Congresswoman Roe" after "U.S. Representatives John Doe and Jane
// Roe" and "U.S. Senators Ann Lee and Bob Roe" is Jane Roe; nil when the
// style names no chamber or not one of them alone.
func (t *Tracker) familyByChamber(ps []*Speaker, e *entities.Entity) *Speaker {
	if len(ps) < 2 || e.Tokens.First == 0 {
		return nil
	}
	c := chamberOf(t.a.Tokens[e.Tokens.First-1].Text)
	if c == "" {
		return nil
	}
	var found *Speaker
	for _, p := range ps {
		if t.firstPos(p) >= e.Start {
			continue
		}
		for _, ti := range p.Titles {
			if f := strings.Fields(ti); len(f) > 0 && chamberOf(f[len(f)-1]) == c {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// chamberOf returns the chamber of the US Congress a member's style names,
// in the singular or the plural: "house" for "Congresswoman",
// "Representatives", "Rep.", "senate" for "Senator", "Sen."; "" for
// others.
func chamberOf(w string) string {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "congressman", "congresswoman", "congressmember", "congressmen", "congresswomen", "representative", "representatives", "rep", "reps":
		return "house"
	case "senator", "senators", "sen":
		return "senate"
	}
	return ""
}

// particleOpensSentence reports a name whose capitalized particle opens
// its sentence and a verb in lower case right after it: "Van Roe said …".
func (t *Tracker) particleOpensSentence(e *entities.Entity) bool {
	si := t.a.SentenceOf(e.Tokens.First)
	toks := t.a.Tokens
	return si >= 0 && t.a.Sentences[si].Tokens.First == e.Tokens.First && e.Tokens.End < len(toks) && toks[e.Tokens.End].Kind == entities.Word && toks[e.Tokens.End].IsLower()
}

// otherFamily reports a person with the family name fam (lower case) and
// a given name of their own, no bare capitalized particle: "Kevin Van Roe"
// for "roe" (not the "Van Roe" a headline names).
func (t *Tracker) otherFamily(fam string) bool {
	for _, p := range t.families[fam] {
		if p.Given != "" && !openingParticles[p.Given] {
			return true
		}
	}
	return false
}

// introducedApart reports a name with a title or a description right
// before it that the longer name's holder p was not given: a person
// introduced on her own, no short form of p's name ("welcomed Trade
// Minister Datuk Abdul Rahman" beside "Tan Sri Abdul Rahman Mohd Yusof";
// "the economist John Paul"). A style is no introduction: "Tan Sri Abdul
// Rahman said", "Sister María del Carmen".
func (t *Tracker) introducedApart(e *entities.Entity, p *Speaker) bool {
	toks := t.a.Tokens
	for k := e.Tokens.First - 1; k >= 0 && k >= e.Tokens.First-4; k-- {
		w := toks[k].Text
		switch {
		case toks[k].IsLower() && (isArticle(w) || personNouns[w] || entities.IsTitleWord(w)):
			return true
		case toks[k].IsCap() && isHonorific(w):
			continue // a style, his or another's: "Tan Sri", "Sister", "Hna."
		case !toks[k].IsCap() || !entities.IsTitleWord(w):
			return false
		case !slices.ContainsFunc(p.Titles, func(ti string) bool { return strings.Contains(strings.ToLower(ti), strings.ToLower(w)) }):
			return true
		}
	}
	return false
}
