package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The subject of a sentence's main clause, which a participle or a second
// verb shares.
//
//	"On Monday, after a long debate, Jane Roe welcomed the plan, saying …"
//	"… as the minister echoed the criticism, calling it …"

// sentenceSubject returns the subject of the sentence's main clause, which
// a participle ("saying") or a coordinated verb shares: the noun phrase
// after any opening adverbials ("On Thursday, after remaining neutral,
// Warren endorsed Clinton, saying …").
func (r *run) sentenceSubject(s *entities.Sentence, k int) (phrase, bool) {
	return r.sentenceSubjectOf(s, k, false)
}

// sentenceSubjectOf is sentenceSubject that, with people set, also takes
// a description ("The Florida senator … saying", "the affidavit cited
// interviews and said"): the subject of a participle or of a second verb.
func (r *run) sentenceSubjectOf(s *entities.Sentence, k int, people bool) (phrase, bool) {
	toks := r.toks
	i := r.skipDateline(s)
	for n := 0; n < 3 && i+1 < k && leadWords[strings.ToLower(toks[i].Text)] && !toks[i+1].Is(","); n++ {
		i++ // "Yet he is facing skepticism after saying …", "And then Trump went on the attack, saying …"
	}
	for guard := 0; guard < 4 && i < k; guard++ {
		t := &toks[i]
		lw := strings.ToLower(t.Text)
		if !(prepositions[lw] || subordinators[lw] || r.timeAt(i, k) > 0 || isAdverb(t) || capAdverb(t) ||
			t.IsCap() && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) && entities.CommonWord(t.Text)) {
			break
		}
		c := i + 1
		for c < k && !toks[c].Is(",") {
			c++
		}
		if c >= k {
			return phrase{}, false
		}
		i = c + 1
	}
	var lead *phrase // a name set off by a comma: "Cruz, with unconcealed delight, chided …"
	for guard := 0; guard < 3 && i < k; guard++ {
		if _, ok := subjectPronouns[strings.ToLower(toks[i].Text)]; ok && toks[i].Kind == entities.Word {
			return phrase{first: i, end: i + 1, start: i}, true
		}
		p, ok := r.rightPhrase(i, k)
		if ok && lead == nil && guard == 0 && p.first == i && p.end < k && toks[p.end].Is(",") {
			if res := r.tr.Resolve(p.first, p.end); res.Speaker != nil && (res.Rule != "descriptor" || people) {
				lp := p
				lp.start = lp.first
				lead = &lp
			}
		}
		if !ok && people && isArticleWord(toks[i].Text) && i+1 < k {
			if p, ok = r.rightPhrase(i+1, k); ok {
				p.first = i // "The Florida senator"
			}
		}
		if ok && p.end+1 < k && toks[p.end].Is(",") && r.inListAside(p.end+2, i) {
			// "Six former ministers, including Jane Roe and John Doe, sent
			// …": the subject before its list of members.
			if res := r.tr.Resolve(p.first, p.end); res.Speaker != nil && (res.Rule != "descriptor" || people) {
				p.start = p.first
				return p, true
			}
		}
		if ok && p.end+2 < k && toks[p.end].Is(",") && (toks[p.end+1].Is("a") || toks[p.end+1].Is("an")) && r.appositiveEnds(p.end+1, k) {
			// "The Open Roads Coalition, an alliance of 64 groups, today
			// condemned …, calling …": the subject before its appositive.
			if res := r.tr.Resolve(p.first, p.end); res.Speaker != nil && res.Rule != "descriptor" {
				p.start = p.first
				return p, true
			}
		}
		if ok && p.end+2 < k && toks[p.end].Is(",") && (toks[p.end+1].Is("who") || toks[p.end+1].Is("which") && r.bodyEndsAt(p.end)) && r.appositiveEnds(p.end+1, k) {
			// "Republicans, who hold a majority, have blocked the bills,
			// saying …": the subject before its relative clause (a body's
			// too: "The Kelvo Traders Union, which represents traders,
			// welcomed the launch but said …").
			if res := r.tr.Resolve(p.first, p.end); res.Speaker != nil && res.Rule != "descriptor" {
				p.start = p.first
				return p, true
			}
		}
		if ok && p.end+1 < k && toks[p.end].Is(",") && entities.LegalForm(toks[p.end+1].Text) {
			// "Zentrix Robotics, Inc. Reports Results and Announces Call":
			// the legal form after the comma closes the name.
			p.end += 2
			if p.end < k && toks[p.end].Is(".") {
				p.end++
			}
		}
		if ok && p.end < k && !toks[p.end].Is(",") {
			if res := r.tr.Resolve(p.first, p.end); res.Speaker != nil && (res.Rule != "descriptor" || people) {
				p.start = p.first
				return p, true
			}
			return phrase{}, false
		}
		// "Eight years ago, he supported …": a leading segment that is not a
		// subject; try after its comma.
		c := i
		for c < k && !toks[c].Is(",") {
			c++
		}
		if c >= k {
			return phrase{}, false
		}
		i = c + 1
		if i < k && r.verbLike(i) && !isAdverb(&toks[i]) && (finiteEd(&toks[i]) || isAux(toks[i].Text) || strings.HasSuffix(toks[i].Text, "s")) {
			// "Morton Blackwell, founder of the Institute, endorsed Cruz,
			// saying …": the segment after the appositive is the
			// predicate; its object is no subject, the name before the
			// aside is.
			if lead != nil {
				return *lead, true
			}
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// clauseSubjectBefore finds the subject of the clause that a participle at
// k hangs on: the nearest pronoun or name before it that opens a clause
// ("… as Mrs. Clinton echoed the criticism, saying …", "… when he
// formally announced his running mate, calling …").
// closedRelativeAt reports a token i inside a relative clause set off by
// commas that closes before k: "Wuqi" of "Jane Roe, whose constituency
// covers Shalu and Wuqi, welcomed …, saying" is no clause's subject.
func closedRelativeAt(toks []entities.Token, i, k, first int) bool {
	closed := false
	for c := i; c < k; c++ {
		if toks[c].Is(",") {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for o := i - 1; o > first; o-- {
		if toks[o].Is(",") {
			return false
		}
		if (toks[o].Is("whose") || toks[o].Is("who") || toks[o].Is("which")) && toks[o-1].Is(",") {
			return true
		}
	}
	return false
}

func (r *run) clauseSubjectBefore(s *entities.Sentence, k int) (phrase, bool) {
	toks := r.toks
	first := r.skipDateline(s)
	for i := k - 2; i >= first && i > k-30; i-- {
		if r.qAt[i] != 0 {
			continue
		}
		opens := i == first
		if !opens {
			p := strings.ToLower(toks[i-1].Text)
			opens = toks[i-1].Is(",") || subordinators[p] || p == "and" || p == "but" || p == "that" || p == "which" || p == "who"
		}
		lo := i // where the subject's phrase may start
		if e := r.a.EntityAt(i); !opens && e != nil && e.Tokens.First == i && r.setOffAfter(e.Tokens.End, k) {
			o := i
			for o > first && o > i-3 && toks[o-1].IsCap() && (entities.IsTitleWord(toks[o-1].Text) || honorific(toks[o-1].Text)) {
				o--
			}
			if o > first+1 && o < i && honorific(toks[o].Text) && toks[o-1].IsFold("the") {
				o-- // "…, the Hon. Jane Roe MLA, welcomed"
			}
			if o == first || o < i && toks[o-1].Is(",") {
				// "Captain Jane Roe, Chair of the Forum, welcomed …, saying":
				// a title before a name set off by its appositive; "The
				// minister, Dr. Jane Roe, welcomed …": an honorific before
				// a name set off after its title
				opens, lo = true, o
			}
		}
		if e := r.a.EntityAt(i); !opens && e != nil && e.Kind == entities.Person && e.Tokens.First == i && i > first && toks[i-1].IsCap() &&
			e.Tokens.End < k && toks[e.Tokens.End].Kind == entities.Word && toks[e.Tokens.End].IsLower() {
			// "… when House Speaker Paul Ryan lamented … and criticized
			// …": a title, perhaps after its body, before the name, after a
			// subordinator or a conjunction.
			o, titled := i, false
			for o > first && o > i-4 && toks[o-1].IsCap() && toks[o-1].Kind == entities.Word && (entities.IsTitleWord(toks[o-1].Text) || honorific(toks[o-1].Text) || r.a.EntityAt(o-1) != nil) {
				titled = titled || entities.IsTitleWord(toks[o-1].Text) || honorific(toks[o-1].Text)
				o--
			}
			if titled {
				f := o // a post's field before it, then its possessor: "Kelvo's Fisheries Minister Shri Jane Roe thanked …, saying"
				for f > first && f > o-3 && toks[f-1].IsCap() && toks[f-1].Kind == entities.Word && r.a.EntityAt(f-1) == nil {
					f--
				}
				if pe := r.a.EntityAt(f - 2); f-2 >= first && toks[f-1].Kind == entities.Possessive && pe != nil && pe.Tokens.End == f-1 && pe.Tokens.First >= first {
					o = pe.Tokens.First
				}
			}
			if titled && o == first {
				opens, lo = true, o // "Senator Jane Roe of Kelvale endorsed him, saying …"
			} else if titled && o > first && !honorific(toks[o].Text) {
				p := strings.ToLower(toks[o-1].Text)
				if subordinators[p] || p == "and" || p == "but" || p == "that" || p == "," {
					opens, lo = true, o
				}
			}
		}
		if !opens || r.inListAside(i, first) || closedRelativeAt(toks, i, k, first) {
			continue
		}
		lw := strings.ToLower(toks[i].Text)
		if subjectPronouns[lw] && toks[i].Kind == entities.Word && lw != "it" && lw != "i" && lw != "we" {
			return phrase{first: i, end: i + 1, start: i}, true
		}
		if e := r.a.EntityAt(i); e != nil && e.Tokens.First == i && e.Kind == entities.Person {
			if i > first && prepositions[toks[i-1].Text] && !r.finiteAhead(e.Tokens.End-1, k) {
				// The object of a preposition, not a clause's subject:
				// "Trump went after Bush, calling him …", against "after
				// Bush spoke, calling …".
				continue
			}
			p := r.plainLeft(e.Tokens.End, lo)
			if p.first > first && r.verblessBefore(e.Tokens.End, k) {
				continue
			}
			if p.end > p.first {
				p.start = p.first
				return p, true
			}
		}
	}
	return phrase{}, false
}

// setOffAfter reports a comma at token e, or after the post-nominal letters
// that follow a name there ("Jane Roe MLA,", "Jane Roe KC,"), before k.
func (r *run) setOffAfter(e, k int) bool {
	for n := 0; n < 3 && e < k && postNominal(r.toks[e].Text); n++ {
		e++
	}
	return e < k && r.toks[e].Is(",")
}

// appositiveEnds reports an appositive from token i ("an alliance of 64
// groups") whose closing comma comes before k and is followed by the
// clause's verb or an adverb in lower case.
func (r *run) appositiveEnds(i, k int) bool {
	for c := i + 1; c < k-1 && c < i+25; c++ {
		if r.toks[c].Is(",") {
			return r.toks[c+1].IsLower() && r.toks[c+1].Kind == entities.Word
		}
	}
	return false
}

// inListAside reports a token inside an aside that lists examples after a
// comma: "Six former ministers, including Jane Roe and John Doe, sent a
// letter …, saying …": Doe is one of the subject's members, not the
// subject.
func (r *run) inListAside(i, first int) bool {
	toks := r.toks
	c := i - 1
	for c > first && !toks[c].Is(",") {
		c--
	}
	if c <= first || c+1 >= i {
		return false
	}
	w := &toks[c+1]
	n := c + 2 // the word after the list's opener
	if w.IsFold("such") {
		n++
	}
	if n < i && subordinators[strings.ToLower(toks[n].Text)] {
		return false // a clause, not a list: "…, such as when Cruz knocked Rubio and called him …"
	}
	return w.IsFold("including") || w.IsFold("among") || w.IsFold("like") || w.IsFold("such") && c+2 < i && toks[c+2].IsFold("as")
}

// leadWords open a sentence before its subject, with no comma: "Yet he …",
// "Back in 1999, he …" (the phrase after "back" ends at its comma).
var leadWords = toSet(`yet but and so still now then also back`)

// honorific reports a courtesy title ("Dr.", "Ms", "Sir") or a rank
// written before the name as one ("CP Jane Roe").
func honorific(w string) bool {
	_, ok := entities.Honorific(w)
	return ok || entities.PoliceRank(w)
}

// verblessBefore reports a name ending at token e that only a comma, or an
// appositive set off by commas, separates from the participle at k: no
// verb of its own follows it, so it names an object, not the clause's
// subject ("Roe wrote to the school's president, Jane Doe, calling …",
// "Roe called Ann Lee and John Doe, two aides, asking …").
func (r *run) verblessBefore(e, k int) bool {
	toks := r.toks
	if e >= k || !toks[e].Is(",") || !toks[k-1].Is(",") {
		return false
	}
	return e == k-1 || r.appositive(e+1, k-1)
}

// bodyEndsAt reports a body's name, with a head the lists know, that ends
// right before token k: "The Kelvo Traders Union" (not "The Kelvo River",
// which "which" may follow too).
func (r *run) bodyEndsAt(k int) bool {
	if k >= 3 && r.toks[k-1].Is(")") && r.toks[k-3].Is("(") {
		k -= 3 // its acronym after it: "The Kelvo Traders Union (KTU), which …"
	}
	e := r.a.EntityAt(k - 1)
	if e == nil || e.Kind != entities.Organization || e.Tokens.End != k {
		return false
	}
	h, _ := entities.OrgHead(r.toks[k-1].Text)
	return h || e.Rule != "org-evidence" || entities.LeadingHead(r.toks[e.Tokens.First].Text) // (named head first: "Union Nationale des …")
}
