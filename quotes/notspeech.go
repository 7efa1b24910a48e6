package quotes

import (
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
)

// What follows a verb of saying and is still no speech: a body announcing
// a thing, a source asking not to be named, a number to call.

// bodyNouns head a subject that is an organization named by a common
// noun: "the company announced".
var bodyNouns = toSet(`company firm corporation group bank business maker manufacturer retailer insurer lender operator provider developer`)

// bodyAnnounces reports a body that announces or reports a thing, not
// something said: "Acme Robotics today reported financial results for the
// third quarter", "the company announced the opening of its first store".
// What an organization announces as a noun phrase is news it makes, a
// release's subject, where a person announcing a noun phrase ("announced
// his candidacy") says it. A clause after the verb ("reported that sales
// rose", "announced it would close") is speech from anyone.
func (r *run) bodyAnnounces(f cueForm, subj phrase, start, end int, comp compKind) bool {
	if comp != compClause || !(f.verb.lemma == "announce" || f.verb.lemma == "report") || r.clauseAhead(start, min(end, start+10)) {
		return false
	}
	first, h := subj.first, subj.end-1
	if subj.mEnd > subj.mFirst {
		first, h = subj.mFirst, subj.mEnd-1
	}
	if first < 0 || h < first || h >= len(r.toks) {
		return false
	}
	for k := first; k <= h; k++ {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person {
			return false // a person among the subject: "Acme’s President Jane Roe"
		}
	}
	for _, k := range [2]int{first, h} {
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Organization {
			return true // "Zentrix Logistics, Inc. (NASDAQ: ZLOG)"
		}
	}
	return r.toks[h].IsLower() && bodyNouns[strings.ToLower(r.toks[h].Text)]
}

// anonymity reports "not to be named" (identified, quoted) at token i, or
// "to be identified only as", "to be named by": the condition a source
// set, "who asked not to be named", "who asked to be identified only as
// Rehema".
func (r *run) anonymity(i, end int) bool {
	toks := r.toks
	if i+3 < end && toks[i].Is("to") && toks[i+1].Is("be") && (toks[i+2].Is("identified") || toks[i+2].Is("named")) && (toks[i+3].Is("only") || toks[i+3].Is("as") || toks[i+3].Is("by")) {
		return true // or named so only: "who asked to be identified only as Rehema"
	}
	if i+3 >= end || !toks[i].Is("not") || !toks[i+1].Is("to") || !toks[i+2].Is("be") {
		return false
	}
	switch toks[i+3].Text {
	case "named", "identified", "quoted", "cited":
		return true
	}
	return false
}

// phoneAhead reports a telephone number within the next few tokens from
// i: "call Jane Roe at (555) 014-2280", "call 1-800-555-0199".
func (r *run) phoneAhead(i, end int) bool {
	for k := i; k < end && k < i+8; k++ {
		if phoneLike(r.toks[k].Text) {
			return true
		}
	}
	return false
}

// phoneLike reports a token shaped like part of a telephone number: three
// or more digits with dashes or parentheses ("014-2280", "(555)",
// "1-800-AHA-USA1").
func phoneLike(w string) bool {
	digits, marks := 0, 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '(' || c == ')':
			marks++
		}
	}
	return digits >= 3 && marks > 0
}

// contactDetails reports a text that gives a way to reach someone, not
// what was said: a telephone number in its international form ("+47 55
// 00 12 34") or with dashes ("014-2280"), or an e-mail address.
func contactDetails(text string) bool {
	for _, w := range strings.Fields(text) {
		if contactWord(w) {
			return true
		}
	}
	return false
}

// contactWord reports a word that is a telephone number or part of one,
// or an e-mail address: "+47", "014-2280", "press@acme.example".
func contactWord(w string) bool {
	w = strings.TrimRight(w, ",;.")
	if phoneLike(w) || len(w) >= 3 && w[0] == '+' && w[1] >= '0' && w[1] <= '9' {
		return true
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.Contains(w[at:], ".")
}

// onlyContactDetails reports a text that is contact details and at most
// two other words: "press@acme.example", "+47 55 00 12 34 or
// press@acme.example" (what "Media queries: …" gives, no report of speech).
func onlyContactDetails(text string) bool {
	contact, other := 0, 0
	for _, w := range strings.Fields(text) {
		if contactWord(w) {
			contact++
		} else if strings.ContainsFunc(w, unicode.IsLetter) {
			other++
		}
	}
	return contact > 0 && other <= 2
}
