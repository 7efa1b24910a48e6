package quotes

import (
	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// A subject set off by commas before a verb of saying: "Jane Roe, a
// professor at Kelvale University, said", "The minister, Jane Roe, said",
// "Jane Roe, Chairman, Kelvo Bank, said". appositiveLeftOf walks the
// segments between commas back from the verb to the name or description
// they describe.

// capitalsTo reports capitalized words in [i, end), with the connectors
// of a name inside ("Hollins Institute at Lakemont University").
func (r *run) capitalsTo(i, end int) bool {
	for k := i; k < end; k++ {
		if r.toks[k].Kind == entities.Possessive && k > i && k+1 < end && r.toks[k-1].IsCap() && r.toks[k+1].IsCap() {
			continue // "Kelvale University's College of Marine Science"
		}
		if r.toks[k].Kind != entities.Word || !r.toks[k].IsCap() && !(k > i && nameConnector(r.toks[k].Text)) {
			return false
		}
	}
	return i < end && r.toks[end-1].IsCap()
}

// nameConnector reports the lower-case words inside a body's name and the
// place after it: "the Hollins Institute at Lakemont University".
func nameConnector(w string) bool {
	return w == "of" || w == "the" || w == "at" || w == "for" || w == "and" || w == "in"
}

// prevComma returns the index of the comma before token i at parenthesis
// depth 0, or lo-1. A quotation ends the search unless it is a title
// inside an appositive (titleInAside).
func (r *run) prevComma(i, lo int) int {
	depth := 0
	for ; i >= lo; i-- {
		t := &r.toks[i]
		switch {
		case t.Is(")"):
			depth++
		case t.Is("("):
			depth--
		case depth == 0 && r.qAt[i] != 0 && r.titleInAside(int(r.qAt[i]-1), lo):
			i = r.qs[r.qAt[i]-1].open // "Jane Roe, the co-author of “Going Viral,” said": a title, not a break
		case depth == 0 && (t.Is(",") || t.Is(";") || (t.Is("—") || t.Is("–")) && !r.gluedDash(i) && !r.postDash(i) || r.qAt[i] != 0):
			return i
		}
	}
	return lo - 1
}

// postDash reports a dash at i between a post and its field or region:
// "Head – Corporate Communications", no aside's edge.
func (r *run) postDash(i int) bool {
	return i > 0 && entities.TitleEndsAt(r.toks, i) && speakers.DashField(r.toks, i, len(r.toks))
}

// gluedDash reports a dash at i with no space on either side, inside a
// name: "Department of Agriculture–Northern Kelvo", not an aside's edge.
func (r *run) gluedDash(i int) bool {
	return !r.toks[i].Space && i+1 < len(r.toks) && !r.toks[i+1].Space
}

// titleInAside reports a quotation qi that names a work inside an
// appositive: a few capitalized words after "of", "on", "in" or a
// possessive ("the co-author of “Going Viral,”", "host of MSNBC’s
// “Morning Joe,”"), or a body's name after its head ("Hospital Centre
// “Mother Teresa”").
func (r *run) titleInAside(qi, lo int) bool {
	q := &r.qs[qi]
	if q.open-1 < lo || q.close < 0 || !r.titleLike(qi) {
		return false
	}
	p := &r.toks[q.open-1]
	if p.Kind == entities.Possessive || p.Is("of") || p.Is("on") || p.Is("in") {
		return true
	}
	if h, _ := entities.OrgHead(p.Text); h && p.IsCap() {
		return true // a body's name quoted after its head: "a nurse at the University Hospital Centre “Mother Teresa” in Kelvo"
	}
	// "wearing a cowboy hat and “Ted Cruz” campaign pins": a name quoted
	// as a modifier of the noun after it.
	n := q.close + 1
	return n+1 < len(r.toks) && r.toks[n].Kind == entities.Word && r.toks[n].IsLower() && !isAux(r.toks[n].Text) && !prepositions[r.toks[n].Text] &&
		!subjectPronouns[r.toks[n].Text] && (r.toks[n+1].Is(",") || r.toks[n+1].IsLower())
}

// appositiveLeft finds the subject before a comma that stands right before
// the verb: a name that closes an appositive ("The French interior
// minister, Bernard Cazeneuve, said"), or a name followed by appositives
// ("Ana Hinojosa, Director of …, said").
func (r *run) appositiveLeft(j, lo int) (phrase, bool) {
	// "Jane Roe, together with John Doe, said": the subject is before the
	// companions; when nothing before them can speak ("As many experts,
	// including John Doe, have said"), the named companion does.
	p, ok := r.appositiveLeftOf(j, lo, true)
	if !ok {
		p, ok = r.appositiveLeftOf(j, lo, false)
	}
	if ok && p.end < j && r.toks[p.end].Is(",") && r.timeAt(p.first, p.end) == p.end-p.first {
		// "Friday, Texas, leading a coalition of 13 states, asked …": a
		// time set off before the subject, not the subject.
		c := p.end + 1
		for c < j && !r.toks[c].Is(",") {
			c++
		}
		if q := r.plainLeft(c, p.end+1); q.first == p.end+1 && q.end == c {
			q.start = q.first
			return q, true
		}
	}
	if ok {
		if q, ok := r.relativeAntecedent(p, j, lo); ok {
			return q, true
		}
		if s := r.kinBefore(p.start, lo); s < p.start {
			p.start = s // "“…,” Roe's niece, state Del. Jane Doe, shouted": the relative named first is the subject's appositive, no speech
		}
	}
	return p, ok
}

// kinBefore returns where a relative of someone set off by a comma before
// token k starts, right after a quotation or at lo ("Roe's niece" of
// "“…,” Roe's niece, Jane Doe, said"): a possessor and a word of kinship;
// k when there is none.
func (r *run) kinBefore(k, lo int) int {
	toks := r.toks
	if k-4 < lo || !toks[k-1].Is(",") || !entities.Kinship(toks[k-2].Text) || !toks[k-2].IsLower() || toks[k-3].Kind != entities.Possessive {
		return k
	}
	s := k - 3
	for s > lo && s > k-7 && toks[s-1].Kind == entities.Word && (toks[s-1].IsCap() || toks[s-1].IsUpper()) {
		s--
	}
	if s == k-3 || s > lo && toks[s-1].Kind != entities.QuoteMark {
		return k
	}
	return s
}

// relativeAntecedent returns the antecedent of a relative clause set off
// by commas that holds p, the phrase found before the verb: in "Jane Roe,
// who serves on the Committee on Commerce, Science, and Transportation,
// said", the clause's commas make "Transportation" look like an
// appositive; the subject is "Jane Roe".
func (r *run) relativeAntecedent(p phrase, j, lo int) (phrase, bool) {
	toks := r.toks
	for w := p.first - 1; w > lo && j-w < 40; w-- {
		t := &toks[w]
		if t.Kind == entities.QuoteMark || t.Is(";") || t.Is(":") || t.Is(".") {
			return phrase{}, false
		}
		if !t.Is("who") {
			continue
		}
		if !toks[w-1].Is(",") || !toks[w+1].IsLower() || toks[w+1].Kind != entities.Word {
			return phrase{}, false
		}
		for k := w + 1; k < j; k++ {
			if toks[k].Is("who") {
				return phrase{}, false // two subjects, each with its clause: "Roe, who …, and Lee, who …, agree"
			}
		}
		q, ok := r.appositiveLeft(w-1, lo)
		if !ok || q.end != w-1 || q.first > lo && toks[q.first-1].Is("and") {
			return phrase{}, false // (not one of two subjects: "Roe, who …, and Lee, who …, agree")
		}
		return q, true
	}
	return phrase{}, false
}

// appositiveLeftOf is appositiveLeft, skipping companion asides or not.
func (r *run) appositiveLeftOf(j, lo int, skipAsides bool) (phrase, bool) {
	toks := r.toks
	end := j
	for guard := 0; guard < 6; guard++ {
		c := r.prevComma(end-1, lo)
		segStart := max(c+1, lo)
		if segStart >= end {
			return phrase{}, false
		}
		if c >= lo && r.legalSuffix(segStart, end) {
			end = c // "Zentrix Robotics, Inc. (NASDAQ: ZRB), a leader in …, announced"
			continue
		}
		if c >= lo && r.degree(segStart, end) {
			end = c // "Jane Roe, Ph.D., M.P.H., said"
			continue
		}
		if c >= lo && r.fieldItems(segStart, end) {
			end = c // "Jane Roe, Commissioner for Agriculture, Rural Development, Blue Economy and …, said"
			continue
		}
		if c > lo && r.placeItems(segStart, end) && r.placeEndsAt(c) && r.postBefore(c, lo) {
			end = c // "Jane Roe, Assistant Secretary-General for Europe, Central Asia and Americas, said"
			continue
		}
		if c >= lo && r.participialAside(segStart, end) {
			end = c // "JANE ROE, speaking for the Group of Friends, said"
			continue
		}
		if a := r.asideBeforeTail(c, end, lo); a >= lo {
			end = a // "Jane Roe, while visiting the Kelvo Depot, Eleweran, on Saturday, said"
			continue
		}
		if c > lo && r.partySegment(segStart, end) {
			end = c // "State Rep. Jane Roe, R-Kelby, who sponsored the law, said": her party and home
			continue
		}
		if c >= lo && r.placeSegment(segStart, end) {
			end = c // "Cory James, 22, of Flint, Mich., said": where he is from
			continue
		}
		if skipAsides && c >= lo && r.companionAside(segStart, end) {
			end = c // "Jane Roe, together with John Doe, said": skip the companions
			continue
		}
		if skipAsides && c > lo && r.companionAside(max(r.prevComma(c-1, lo)+1, lo), c) && r.personEndsAt(c) {
			end = c // "Jane Roe, together with John Doe, Member of Parliament for Kelvo North, announced": the companion's post, then the companion
			continue
		}
		if c >= lo && (toks[segStart].IsFold("who") || toks[segStart].IsFold("which") || toks[segStart].IsFold("whose")) && segStart > lo {
			end = c // "Jane Roe, who runs the food bank in Swansea, said": not Swansea; "Jane Roe, whose division includes Kelvo Creek, noted"
			continue
		}
		if c >= lo && segStart > lo && (toks[segStart].Is("of") || toks[segStart].Is("from")) && segStart+1 < end && r.capitalsTo(r.skipThe(segStart+1, end), end) {
			end = c // "Chief Constable Jane Roe, of Kelvale Police, said": her body, not the subject
			continue
		}
		if c > lo && r.personEndsAt(c) && r.postOfBody(segStart, end) {
			end = c // "Jane Roe, Mukhtar of Kelvo Village Council, said": a post the lists do not know, after her name
			continue
		}
		nameEnd := end
		for nameEnd-1 > segStart && ((len(toks[nameEnd-1].Text) > 2 || r.personEndsAt(nameEnd-1)) && postNominal(toks[nameEnd-1].Text) || entities.ElidedYear(toks[nameEnd-1].Text)) {
			nameEnd-- // "Dame Jane Roe MP", "Jane Roe TD", "Jane Roe ’27"
		}
		for n := 0; n < 3 && nameEnd > segStart && toks[nameEnd-1].Is(")"); n++ {
			// "Rep. Elijah Cummings (D-Md.), chair of …, said", "Acme
			// Limited (NSE: ACME) (BSE: 544118), a maker of …, announced"
			o := nameEnd - 2
			for o > segStart && o > nameEnd-16 && !toks[o].Is("(") {
				o--
			}
			if o <= segStart || !toks[o].Is("(") {
				break
			}
			nameEnd = o
		}
		// "… Jane Roe of the same department, said": a short phrase in
		// lower case after the name is where she is, not the subject.
		if x := nameEnd - 1; x-3 > segStart {
			for x > segStart && nameEnd-x <= 3 && toks[x].Kind == entities.Word && toks[x].IsLower() && !toks[x].Is("of") && !toks[x].Is("from") {
				x--
			}
			if x < nameEnd-1 && (toks[x].Is("of") || toks[x].Is("from")) && r.a.EntityAt(x-1) != nil && r.a.EntityAt(x-1).Kind == entities.Person {
				nameEnd = x
			}
		}
		// "… Jane Roe of Kettle Cove, said": the name before the place she
		// is from.
		for x := nameEnd - 2; x > segStart; x-- {
			at := x + 1
			if toks[at].Is("the") && at+1 < nameEnd {
				at++ // "Dr. Rafael Roe of the Hollins Institute"
			}
			if (toks[x].Is("of") || toks[x].Is("from")) && r.a.EntityAt(x-1) != nil && r.a.EntityAt(x-1).Kind == entities.Person && r.capitalsTo(at, nameEnd) {
				nameEnd = x
				break
			}
			if toks[x].IsLower() && !nameConnector(toks[x].Text) {
				break
			}
		}
		e := r.a.EntityAt(nameEnd - 1)
		for e != nil && e.Kind == entities.Person && e.Tokens.First > segStart && afterPreposition(toks, e.Tokens.First, segStart) {
			// A place or body taken for a person after a preposition: the
			// person before it ("Jane Roe of Liberty Church in Marion"), if
			// any, else none ("leader of the Council of the Isles of Scilly").
			var before *entities.Entity
			for x := e.Tokens.First - 1; x >= segStart; x-- {
				if b := r.a.EntityAt(x); b != nil && b.Kind == entities.Person {
					before = b
					break
				}
			}
			if before == nil || before.Tokens.First < segStart {
				if p, ok := r.descriptionBefore(e.Tokens.First, segStart); ok && c < lo {
					return p, true
				}
				e = nil
				break
			}
			e, nameEnd = before, before.Tokens.End
		}
		if e != nil && e.Kind != entities.Person && c < lo && e.Tokens.First > segStart+1 {
			if p, ok := r.descriptionBefore(e.Tokens.First, segStart); ok {
				return p, true
			}
		}
		if e == nil && c < lo && end < j {
			// a place no entity covers: "One farmer from near Shipston-on-Stour, who …, said"
			for x := segStart + 2; x < end; x++ {
				if (toks[x].Is("from") || toks[x].Is("near")) && toks[x-1].IsLower() {
					at := x + 1
					for at < end && (toks[at].Is("near") || toks[at].Is("the")) {
						at++
					}
					if at < end && toks[at].IsCap() {
						if p, ok := r.descriptionBefore(at, segStart); ok {
							return p, true
						}
					}
					break
				}
			}
		}
		if e != nil && c >= lo && end == j {
			// "Giovanni Maria Vian, the editor in chief of the Vatican's
			// newspaper, L'Osservatore Romano, said": the name of what the
			// description ends with, after the person who opens the clause.
			if p, ok := r.firstNamedBefore(c, lo); ok {
				return p, true
			}
		}
		if e != nil && e.Kind == entities.Organization && c >= lo && (r.titleAfterName(c, lo) || r.unitAfterTitle(c, lo)) {
			end = c // "Jane Roe, Chairman, Kelvo Bank, said": her body, after her title (or after her title's unit: "Jane Roe, Principal Secretary, Water Resources Department, Government of Kelvo, said")
			continue
		}
		if (e == nil || e.Kind == entities.Place || end-segStart == 1 && e.Kind != entities.Organization) && c > lo && end-segStart <= 3 && r.capitalsTo(segStart, end) && r.titleAfterName(c, lo) && !r.articleOpens(c, lo) {
			end = c // "Jane Roe, District Magistrate, Kelvo, said": the place of her post, after her title
			continue
		}
		if e != nil && e.Kind == entities.Organization && c > lo && e.Tokens.First <= segStart+1 && e.Tokens.End >= nameEnd && e.Tokens.End <= end && r.personOpens(c, lo) {
			end = c // "Jane Roe, Kelvo Robotics, said", "Jane Roe of Kelvo Health, Kelvale Regional Office, said": her body, set off after her name
			continue
		}
		named := e != nil && e.Tokens.First >= segStart &&
			(e.Kind == entities.Person || e.Kind == entities.Organization && e.Tokens.First <= segStart+1)
		theHon := e != nil && segStart+1 < e.Tokens.First && toks[segStart].IsFold("the") && (honorific(toks[segStart+1].Text) || entities.RightStyle(toks[segStart+1].Text) || speakers.RightHonourable(toks, segStart+1)) // "…, the Hon. Jane Roe, said", "…, the Rt Hon. Jane Roe, said", "…, the Very Rev. Jane Roe, said"
		// "…,” the economist Jane Roe, a former adviser, wrote": an article and
		// a lower-case description before the name.
		described := named && e.Kind == entities.Person && isArticleWord(toks[segStart].Text) && r.lowerWords(segStart+1, e.Tokens.First)
		if named && e.Kind == entities.Person && c > lo && end == j && (theHon || nameEnd < end && postNominal(toks[nameEnd].Text)) && r.titledObjectBefore(c, lo) {
			end = c // "A spokesperson for the Assistant Minister for Health, the Hon. Jane Roe MP, said": the minister's name, not the subject
			continue
		}
		if named && (!isArticleWord(toks[segStart].Text) || e.Kind == entities.Organization || theHon || described) {
			if p := r.plainLeft(nameEnd, segStart); p.end > p.first {
				p.start = p.first
				// "the minister, Bernard Cazeneuve,": the description before
				// the name belongs to the attribution.
				if c >= lo && toks[c].Is(",") && end == j {
					if d := r.plainLeft(c, max(lo, c-8)); d.end > d.first && r.descriptive(d) {
						p.start = d.first
					} else if s := r.titleOfBodyBefore(c, lo); s >= 0 {
						p.start = s // "the Lord Mayor of Kelvo, Ms. Dara Quill,"
					}
				}
				return p, true
			}
		}
		if c >= lo && end < j && r.openerOnly(lo, c) && !named {
			// "In the ensuing debate, the representative of Kelvania,
			// speaking for the Group, said": an opening adverbial before
			// the description that is the subject
			if p := r.plainLeft(end, segStart); p.end > p.first && (p.first == segStart || p.first == segStart+1 && isArticleWord(toks[segStart].Text)) {
				p.start = p.first
				return p, true
			}
			if r.plainDescription(segStart, end) {
				return phrase{first: segStart, end: end, start: segStart}, true
			}
		}
		if r.appositive(segStart, end) {
			if c < lo {
				// The description is the subject: "The lawmaker, who
				// represents a district in Albay, said".
				if end < j {
					if segStart+1 < end && leadConjunction(&toks[segStart]) {
						segStart++ // "But the man, a Republican who …, said"
					}
					if p := r.plainLeft(end, segStart); p.end > p.first && (p.first == segStart || p.first == segStart+1 && isArticleWord(toks[segStart].Text)) {
						p.start = p.first
						return p, true
					}
					if r.plainDescription(segStart, end) {
						return phrase{first: segStart, end: end, start: segStart}, true
					}
					if p, ok := r.headWithModifier(segStart, end); ok {
						return p, true
					}
					if r.hedgedShare(segStart, end) {
						return phrase{first: segStart, end: end, start: segStart}, true // "Just over a quarter, 26 percent, say …"
					}
				}
				return phrase{}, false
			}
			end = c
			continue
		}
		if c > lo && end < j && r.postIn(segStart, end) && r.personOpens(c, lo) {
			end = c // "Dr. Jane Roe, Kelvo Health (KH) Incident Manager for the west, speaking from Kelvale, said": her post, then an aside
			continue
		}
		if end == j {
			return r.clauseSubject(j, lo)
		}
		if p := r.plainLeft(end, segStart); p.end > p.first {
			p.start = p.first
			return p, true
		}
		return r.clauseSubject(j, lo)
	}
	return r.clauseSubject(j, lo)
}

// articleOpens reports the segment that ends at the comma c opening with
// an article: "Jane Roe, the chief executive, Tom, said" sets off Jane
// Roe's post, and Tom is a name, not her post's place.
func (r *run) articleOpens(c, lo int) bool {
	pc := r.prevComma(c-1, lo)
	return pc >= lo && pc+1 < c && isArticleWord(r.toks[pc+1].Text)
}

// personEndsAt reports a person's name that ends right before token k.
func (r *run) personEndsAt(k int) bool {
	if k == 0 {
		return false
	}
	e := r.a.EntityAt(k - 1)
	return e != nil && e.Kind == entities.Person && e.Tokens.End == k
}

// personOpens reports a segment that ends at the comma c and opens with a
// person's name, after at most a title's words, perhaps before other
// segments that name bodies: "Jane Roe" or "Special Agent in Charge Jane
// Roe of Kelvo Health, Office of Audits (KH-OA)" before ", Kelvo
// Robotics,".
func (r *run) personOpens(c, lo int) bool {
	toks := r.toks
	for n := 0; n < 3 && c > lo; n++ {
		ps := max(r.prevComma(c-1, lo)+1, lo)
		for x := ps; x < c && x < ps+6; x++ {
			if e := r.a.EntityAt(x); e != nil && e.Kind == entities.Person && e.Tokens.First == x && e.Tokens.Len() > 1 {
				return true
			}
			if !toks[x].IsCap() && !(x > ps && (toks[x].Is("in") || toks[x].Is("of") || toks[x].Is("for"))) {
				break
			}
		}
		e := r.a.EntityAt(ps)
		head, _ := entities.OrgHead(toks[ps].Text)
		if ps == lo || !(e != nil && e.Kind == entities.Organization && e.Tokens.First == ps || head && toks[ps].IsCap()) {
			return false // (a body the lists do not know opens with its head: "Office of Audits")
		}
		c = ps - 1 // a body before: "…, Office of Audits (KH-OA), Kelvale Regional Office"
	}
	return false
}

// postOfBody reports a segment [i, end) that is one or two capitalized words, then
// "of" or "for" and a body's capitals: "Mukhtar of Kelvo Village Council",
// "Sarpanch of Nunna Gram Panchayat", a post by its own word, which the
// lists need not know.
func (r *run) postOfBody(i, end int) bool {
	o := r.a.PostOfWords(i, end) // (two words too: "Dike Reeve of Water Board Kelvo Delta")
	return o > 0 && r.capitalsTo(r.skipThe(o+1, end), end)
}

// postIn reports a post's word in tokens [i, end): "Incident Manager".
func (r *run) postIn(i, end int) bool {
	for x := i; x < end; x++ {
		if n, _ := entities.TitleAt(r.toks, x); n > 0 {
			return true
		}
	}
	return false
}

// partySegment reports a US party's letters and a member's home set off
// by commas after her name: "R-Kelby", "D-Las Cruces".
func (r *run) partySegment(i, end int) bool {
	toks := r.toks
	if end-i > 3 || !entities.PartyTag(toks[i].Text) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if !toks[k].IsCap() {
			return false
		}
	}
	return true
}

// titledObjectBefore reports a segment ending at the comma c that opens
// with a lower-case word (after an article) and ends with a post after
// "for the", "of the" or "to the": "A spokesperson for the Assistant
// Minister for Health", "speaking on behalf of the Minister of Health".
// A name set off after it with a style of office ("the Hon. Jane Roe",
// "Jane Roe MP") is the post's holder, not the subject; a plain name is
// the description's ("The spokesman for the Minister, Jon Doe, said").
func (r *run) titledObjectBefore(c, lo int) bool {
	toks := r.toks
	c2 := r.prevComma(c-1, lo)
	s := max(c2+1, lo)
	if s < c && isArticleWord(toks[s].Text) {
		s++
	}
	if s+3 >= c || !toks[s].IsLower() || toks[s].Kind != entities.Word {
		return false
	}
	for k := s + 1; k+2 < c; k++ {
		if (toks[k].Is("for") || toks[k].Is("of") || toks[k].Is("to")) && toks[k+1].IsFold("the") {
			n, _ := entities.TitleAt(toks, k+2)
			return n > 0
		}
	}
	return false
}
