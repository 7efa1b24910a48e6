package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Which clause's subject a participle of saying shares (sieve_participle.go):
// the sentence's, a later clause's of its own, a clause of time or place
// ending at its comma, or a relative clause's.
//
//	"Roe argued …, while her rival, Bob Doe, has soared by saying …"   a later clause
//	"While most rivals called for more, Doe held firm, noting …"      the main clause
//	"… as a janitor walks in, saying …"                               a clause of time
//	"… Paul Roe, who a week ago surprised him by declaring …"          a relative clause

// laterClauseSubject returns the subject of a clause of its own that
// stands between the sentence's previous attribution, whose subject is
// prev, and the participle at k, after ", and", ", but" or a
// subordinator of contrast or time: "Protest groups say the rules are
// unfair, and the Kelvale Civil Liberties Union has sued the city,
// saying …", "Roe argued that …, while her rival, Bob Doe, has soared by
// saying …". That clause's subject, not prev, shares the participle.
func (r *run) laterClauseSubject(s *entities.Sentence, k int, prev *phrase) (phrase, bool) {
	toks := r.toks
	cp, ok := r.clauseSubjectBefore(s, k)
	if !ok || cp.first <= prev.end || cp.first < 2 {
		// A body or a description after ", and": "…, and the Kelvale
		// Civil Liberties Union has sued the city, saying …".
		for j := k - 3; j > prev.end+1; j-- {
			if !(toks[j].IsFold("and") || toks[j].IsFold("but")) || !toks[j-1].Is(",") || r.qAt[j] != 0 {
				continue
			}
			a := j + 1
			for a < k && a < j+9 && toks[a].Kind == entities.Word && !isAux(toks[a].Text) {
				a++
			}
			if a >= k || a == j+1 || !isAux(toks[a].Text) {
				return phrase{}, false
			}
			p, ok := r.leftPhrase(a, j+1)
			if !ok || p.first != j+1 && p.start != j+1 {
				return phrase{}, false
			}
			return p, true
		}
		return phrase{}, false
	}
	// A main clause after a fronted subordinate clause that holds the
	// earlier attribution: "While most of his rivals called for more
	// spending, John Doe held to the plan, noting …".
	if r.frontedSubordinateHolds(s, prev, cp) && cp.end < k && r.verbLike(cp.end) {
		return cp, true
	}
	// The opener, right before the subject or before a description set
	// off by a comma ("while her main rival, Bob Doe, has …").
	for j := min(cp.start, cp.first) - 1; j > prev.end && j >= cp.first-8; j-- {
		t := &toks[j]
		if r.qAt[j] != 0 || isAux(t.Text) {
			return phrase{}, false
		}
		b := strings.ToLower(t.Text)
		if (b == "and" || b == "but") && toks[j-1].Is(",") || b == "while" || b == "as" || b == "though" || b == "although" || b == "whereas" {
			return cp, r.finiteAhead(cp.end, k) || r.hasClause(cp.first, k)
		}
		if _, ok := cueAt(toks, j); ok {
			return phrase{}, false
		}
	}
	return phrase{}, false
}

// mainOverSubordinate returns the subject of the sentence's main clause
// when the clause subject found for the participle at k opens a clause
// subordinate to it, after "that" or a subordinator, and the participle
// follows a comma: "Roe repeated claims that Doe recites the same lines,
// calling him …", "Roe apologized for the columns after they came out,
// saying …": the participle goes with the main clause.
func (r *run) mainOverSubordinate(s *entities.Sentence, k int, subj phrase) (phrase, bool) {
	toks := r.toks
	if k < 1 || !(toks[k-1].Is(",") || k > 1 && toks[k-1].IsFold("and") && toks[k-2].Is(",")) || subj.first < 1 {
		return phrase{}, false // (also after a comma and "and": "Roe expressed concern that some files described it in passing, and said …")
	}
	o := strings.ToLower(toks[subj.first-1].Text)
	if o != "that" && !subordinators[o] || o == "when" || o == "while" || o == "as" {
		return phrase{}, false // "…, when protesters interrupted her, shouting …": at the same time, the clause's own
	}
	main, ok := r.sentenceSubjectOf(s, k, true)
	if first := r.skipDateline(s); !ok {
		// "Jane Roe, the county's mayor, repeated …": a name opening the
		// sentence, before its appositive.
		if e := r.a.EntityAt(first); e != nil && e.Kind == entities.Person && e.Tokens.First == first && e.Tokens.End < k && toks[e.Tokens.End].Is(",") {
			main, ok = phrase{first: first, end: e.Tokens.End, start: first}, true
		}
	}
	if !ok || main.end >= subj.first-1 || main.first == subj.first || toks[main.first].IsFold("it") {
		return phrase{}, false // not "It was at the conference that Roe …, pointing to …"
	}
	if r.tr.Resolve(main.first, main.end).Speaker == nil {
		return phrase{}, false // "The first incident came when protesters interrupted her, shouting …"
	}
	return main, true
}

// simultaneousSubject returns the subject of a clause of time or place
// that ends at the participle's comma (k-1), when it names someone: "Jane
// Roe asks the clerk a question as a janitor walks in, saying he is
// there to fix the lights", "Roe spoke near the plant, where about 50
// workers had gathered, chanting “no contract, no work”". The participle
// goes with the nearest clause, whose act it accompanies, not with the
// sentence's subject.
func (r *run) simultaneousSubject(s *entities.Sentence, k int) (phrase, bool) {
	toks := r.toks
	if k < 3 || !toks[k-1].Is(",") || r.qAt[k-1] != 0 {
		return phrase{}, false
	}
	first := r.skipDateline(s)
	for j := k - 2; j > first && j > k-20; j-- {
		t := &toks[j]
		if r.qAt[j] != 0 || t.Kind == entities.Punct {
			return phrase{}, false
		}
		if !(t.Is("as") || t.Is("where") || t.Is("while") || t.Is("when")) {
			continue
		}
		// The subject: words up to the clause's finite verb.
		v := j + 1
		for v < k-1 && (toks[v].Kind == entities.Word || toks[v].Kind == entities.Number || toks[v].Kind == entities.Possessive) &&
			!isAux(toks[v].Text) && !(v > j+1 && r.verbLike(v) && !determinerWords[strings.ToLower(toks[v-1].Text)] &&
			(strings.HasSuffix(toks[v].Text, "ed") || strings.HasSuffix(toks[v].Text, "s") && isArticleWord(toks[j+1].Text) && v+1 < k-1 && toks[v+1].IsLower() &&
				!npWord(toks[v].Text) && !speakers.IsHeadNoun(toks[v].Text))) {
			if (prepositions[toks[v].Text] && !(v == j+1 && v+1 < k && toks[v+1].Kind == entities.Number)) || toks[v].Is("that") || toks[v].Is("who") || toks[v].Is("which") ||
				toks[v].Is("and") || toks[v].Is("or") {
				return phrase{}, false
			}
			v++
		}
		if v == j+1 || v >= k-1 || v > j+6 || toks[v].Kind != entities.Word || !toks[v].IsLower() {
			return phrase{}, false
		}
		head := strings.ToLower(toks[v-1].Text)
		e := r.a.EntityAt(v - 1)
		if !(speakers.IsHeadNoun(head) || e != nil && (e.Kind == entities.Person || e.Kind == entities.Organization) && e.Tokens.End == v ||
			r.tr.Resolve(j+1, v).Speaker != nil) {
			return phrase{}, false
		}
		return phrase{first: j + 1, end: v, start: j + 1}, true
	}
	return phrase{}, false
}

// frontedSubordinateHolds reports that the earlier attribution, whose
// subject is prev, lies in a subordinate clause opening the sentence
// (perhaps after a fronted phrase set off by a comma), and that cp, the
// subject of a clause after it, follows a comma:
// "While most of his rivals called for more spending, John Doe …".
func (r *run) frontedSubordinateHolds(s *entities.Sentence, prev *phrase, cp phrase) bool {
	toks := r.toks
	if cp.first < 1 || !toks[cp.first-1].Is(",") || r.qAt[cp.first-1] != 0 {
		return false
	}
	first := r.skipDateline(s)
	for j := prev.first - 1; j >= first; j-- {
		if r.qAt[j] != 0 {
			return false
		}
		lw := strings.ToLower(toks[j].Text)
		if lw == "while" || lw == "although" || lw == "though" || lw == "whereas" {
			return j == first || toks[j-1].Is(",")
		}
		if toks[j].Is(",") && j > first && !r.fronted(first, j) {
			return false
		}
	}
	return false
}

// fronted reports a short phrase of time or place opening the sentence
// before the comma at c: "During a September debate", "In Iowa".
func (r *run) fronted(first, c int) bool {
	return c-first <= 6 && (prepositions[strings.ToLower(r.toks[first].Text)] || r.timeAt(first, c) > 0)
}

// relativeClauseSubject returns the antecedent of a relative "who" whose
// clause holds the participle or coordinated verb at k, with "who" as the
// mention: "Ryan, who a week ago surprised Trump by declaring he could not
// support him", "Roe told Ann Lee, who answered her door and said she
// planned to vote". The relative clause, not the sentence, says it.
func (r *run) relativeClauseSubject(k, lo int) (phrase, bool) {
	toks := r.toks
	for j := k - 2; j > lo && j >= k-16; j-- {
		t := &toks[j]
		if r.qAt[j] != 0 || t.Is(",") && j < k-1 || t.Is(";") || t.Is(":") || t.Is("that") || t.Is("which") {
			return phrase{}, false
		}
		if !t.Is("who") {
			continue
		}
		if toks[k-1].Is(",") && j > 0 && toks[j-1].Is(",") {
			return phrase{}, false // "FIFA, who is under investigation, saying …": the comma closed the relative clause
		}
		if v := &toks[j+1]; !(v.Kind == entities.Word && v.IsLower() && (isAux(v.Text) || strings.HasSuffix(v.Text, "ed") || strings.HasSuffix(v.Text, "s")) ||
			r.finiteAhead(j+1, k-1)) {
			return phrase{}, false // a verb after "who": not "those who in the end …"
		}
		p, ok := r.leftPhrase(j+1, lo)
		if !ok || p.mFirst != j || p.mEnd != j+1 {
			return phrase{}, false
		}
		return p, true
	}
	return phrase{}, false
}
