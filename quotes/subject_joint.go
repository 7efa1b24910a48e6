package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Joint subjects: two people named as one subject of a verb of saying,
// each possibly with a title before the name or a description set off by
// commas.
//
//	"Mayor Jane Roe and Governor John Doe said that …"
//	"Jane Roe, the mayor, and John Doe, the governor, said that …"
//	"The Head of the Mission, Ambassador Jane Roe, and the Special
//	 Representative, Ambassador John Doe, today jointly stressed that …"
//
// The phrase finder stops at the name nearest the verb (John Doe); a quote
// has one speaker, and the one the sentence puts first leads: Jane Roe.

// jointSubject returns, for a subject that is the second person of a
// coordination of two people that opens the clause, the first person;
// other subjects are returned as they are.
func (r *run) jointSubject(subj phrase, lo int) phrase {
	toks := r.toks
	if subj.mEnd > subj.mFirst || subj.end <= subj.first {
		return subj
	}
	second := r.a.EntityAt(subj.end - 1)
	if second != nil && second.Kind == entities.Organization && second.Tokens.First >= subj.first {
		return r.jointBodies(subj, second, lo)
	}
	if second == nil {
		if p, ok := r.jointPosts(subj, lo); ok {
			return p
		}
	}
	if second == nil || second.Kind != entities.Person || second.Tokens.First < subj.first {
		return subj
	}
	si := r.a.SentenceOf(subj.first)
	if si < 0 {
		return subj
	}
	floor := max(lo, r.a.Sentences[si].Tokens.First)
	b := r.titlesBefore(second.Tokens.First, floor)
	// "and" right before the second person, or before a description of
	// them set off by a comma: "and the Special Representative, John Doe".
	and := b - 1
	if and > floor && toks[and].Is(",") {
		d := and - 1
		for d > floor && d >= and-8 && r.descriptionToken(d) {
			d--
		}
		if !r.descriptionStart(d+1, and) {
			return subj
		}
		and = d
	}
	if and <= floor || !toks[and].Is("and") || r.qAt[and] != 0 {
		return subj
	}
	// The first person ends right before the "and" (after a comma or not),
	// or before an appositive that does: "Jane Roe, the mayor, and".
	e := and - 1
	if toks[e].Is(",") {
		e--
	}
	first := r.a.EntityAt(e)
	if first == nil || first.Kind != entities.Person || first.Tokens.End != e+1 {
		c := e
		for c > floor && c >= e-8 && r.descriptionToken(c) {
			c--
		}
		if c <= floor || !toks[c].Is(",") || !r.descriptionStart(c+1, e+1) {
			return subj
		}
		first = r.a.EntityAt(c - 1)
		if first == nil || first.Kind != entities.Person || first.Tokens.End != c {
			return subj
		}
	}
	// The coordination opens the clause: only titles before the first
	// person, or a description set off by a comma ("The Head of the
	// Mission, Ambassador Jane Roe, and …").
	a := r.titlesBefore(first.Tokens.First, floor)
	if a > floor && toks[a-1].Is(",") && r.openerOnly(floor, a-1) {
		floor = a // after an opening adverbial: "At the ceremony, Dr. Jane Roe and H.E. John Doe said"
	}
	if a > floor {
		if !toks[a-1].Is(",") {
			return subj
		}
		d := a - 2
		for d >= floor && r.descriptionToken(d) {
			d--
		}
		if d > floor && toks[d].Is(",") && r.openerOnly(floor, d) {
			floor = d + 1 // "In a joint statement, the Representative, Dr. Jane Roe, and …"
		}
		if d >= floor || !r.descriptionStart(floor, a-1) {
			return subj
		}
		a = floor
	}
	if r.tr.Resolve(first.Tokens.First, first.Tokens.End).Speaker == nil {
		return subj
	}
	return phrase{first: first.Tokens.First, end: first.Tokens.End, start: min(a, subj.start)}
}

// titlesBefore returns where the capitalized words right before a name at
// token k start ("Ambassador", "Governor"), with the "of" or "for" of a
// post's territory or field among them ("Deputy Mayor of Kelvograd",
// "Chief of Mission"), not before floor.
func (r *run) titlesBefore(k, floor int) int {
	toks := r.toks
	for k > floor && toks[k-1].Kind == entities.Word && r.qAt[k-1] == 0 {
		if !toks[k-1].IsCap() {
			if k-2 >= floor && (toks[k-1].Is("of") || toks[k-1].Is("for")) && toks[k-2].IsCap() && (entities.IsTitleWord(toks[k-2].Text) || entities.IsTitleModifier(toks[k-2].Text)) {
				k--
				continue
			}
			break
		}
		if e := r.a.EntityAt(k - 1); e != nil && e.Kind == entities.Person {
			break
		}
		k--
	}
	return k
}

// descriptionToken reports a token that may stand in a description of a
// person set off by commas: a word that is no auxiliary, conjunction,
// relative pronoun or verb of saying, or a possessive, outside quotation
// marks.
func (r *run) descriptionToken(k int) bool {
	t := &r.toks[k]
	if r.qAt[k] != 0 {
		return false
	}
	if t.Kind == entities.Possessive {
		return true
	}
	if t.Kind != entities.Word {
		return false
	}
	lw := strings.ToLower(t.Text)
	if isAux(lw) || lw == "and" || lw == "or" || lw == "but" || lw == "who" || lw == "which" || lw == "that" {
		return false
	}
	_, cue := cueAt(r.toks, k)
	return !cue
}

// descriptionStart reports whether tokens [i, end) are a description that
// opens with an article or a capitalized word that is no preposition: "the
// mayor", "Special Representative", not "After meeting" or "met the
// workers".
func (r *run) descriptionStart(i, end int) bool {
	if i >= end {
		return false
	}
	for k := i; k < end; k++ {
		if !r.descriptionToken(k) {
			return false
		}
	}
	t := &r.toks[i]
	lw := strings.ToLower(t.Text)
	return isArticleWord(t.Text) || t.IsCap() && !prepositions[lw] && !subordinators[lw]
}

// jointBodies returns, for a subject that is the second of two bodies
// joined by "and" that open the clause, the first body, as a joint
// subject of people gives the first person: "The Kelvo Children's Fund
// (KCF) and the Kelvo Food Programme (KFP) today warned that …" is the
// Children's Fund's; other subjects are returned as they are.
func (r *run) jointBodies(subj phrase, second *entities.Entity, lo int) phrase {
	toks := r.toks
	si := r.a.SentenceOf(second.Tokens.First)
	if si < 0 {
		return subj
	}
	floor := max(lo, r.a.Sentences[si].Tokens.First)
	and := second.Tokens.First - 1
	if and > floor && isArticleWord(toks[and].Text) {
		and--
	}
	if and <= floor || !toks[and].Is("and") || r.qAt[and] != 0 {
		return subj
	}
	e := and - 1
	if e-2 > floor && toks[e].Is(")") && toks[e-2].Is("(") && toks[e-1].IsUpper() {
		e -= 3 // its acronym: "The Kelvo Children's Fund (KCF) and"
	}
	first := r.a.EntityAt(e)
	if first == nil || first.Kind != entities.Organization || first.Tokens.End != e+1 {
		return subj
	}
	a := first.Tokens.First
	if a > floor && isArticleWord(toks[a-1].Text) {
		a--
	}
	if a != floor {
		return subj // the coordination opens the clause
	}
	return phrase{first: first.Tokens.First, end: first.Tokens.End, start: a}
}

// jointPosts returns, for a subject of two bare posts joined by "and"
// ("The Minister and the Director-General also stressed that …"), the
// first: a quote has one speaker, and the one the sentence puts first
// leads.
func (r *run) jointPosts(subj phrase, lo int) (phrase, bool) {
	toks := r.toks
	f := subj.first
	if f > lo && toks[f-1].IsFold("the") {
		f--
	}
	if si := r.a.SentenceOf(f); !toks[f].IsFold("the") || si < 0 || r.a.Sentences[si].Tokens.First != f {
		return phrase{}, false // (the posts open the sentence: not "Charities that met the Minister and the Director-General stressed")
	}
	n, _ := entities.TitleAt(toks, f+1)
	and := f + 1 + n
	if n == 0 || and+2 >= subj.end || !toks[and].Is("and") || !toks[and+1].IsFold("the") {
		return phrase{}, false
	}
	if m, _ := entities.TitleAt(toks, and+2); m == 0 || and+2+m != subj.end {
		return phrase{}, false
	}
	return phrase{first: f, end: and, start: f}, true
}
