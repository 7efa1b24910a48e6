package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quotekit/entities"
)

// Features of a candidate boundary, hashed into the weight table. A
// feature is a namespace and one or more values ("L|N" "fall" ","); its
// index is the top bits of the FNV-1a hash of them, so that the weights
// keep no text.

// fset collects the hashed features of one candidate.
type fset struct {
	bits uint8
	idx  []uint32
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0x1f
	h *= fnvPrime
	return h
}

func (f *fset) add(ns string, vals ...string) {
	h := fnvAdd(fnvOffset, ns)
	for _, v := range vals {
		h = fnvAdd(h, v)
	}
	f.idx = append(f.idx, uint32(h>>(64-f.bits)))
}

// bucket names a count coarsely: 0 … 4, then 5-7, 8-11, 12-19, 20+
// (negative counts alike, with a minus), without allocating.
func bucket(n int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	b := 8
	switch {
	case n <= 4:
		b = n
	case n <= 7:
		b = 5
	case n <= 11:
		b = 6
	case n <= 19:
		b = 7
	}
	if neg {
		return negBuckets[b]
	}
	return buckets[b]
}

var (
	buckets    = [...]string{"0", "1", "2", "3", "4", "5", "8", "12", "20"}
	negBuckets = [...]string{"-0", "-1", "-2", "-3", "-4", "-5", "-8", "-12", "-20"}
)

// shape maps a word to its letter classes, repeats collapsed: "Roe" Xx,
// "U.S." X.X., "2016" d.
func shape(s string) string {
	var b [8]byte
	n := 0
	var last byte
	for _, c := range s {
		var k byte
		switch {
		case unicode.IsUpper(c):
			k = 'X'
		case unicode.IsLower(c):
			k = 'x'
		case unicode.IsDigit(c):
			k = 'd'
		case c < utf8.RuneSelf:
			k = byte(c)
		default:
			k = '*'
		}
		if k != last && n < len(b) {
			b[n] = k
			n++
		}
		last = k
	}
	return string(b[:n])
}

func bstr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// suffix returns the last three bytes of a lower-cased word.
func suffix(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// word returns token i lower-cased, or edge when i is outside [lo, hi).
func (r *run) word(i, lo, hi int, edge string) string {
	if i < lo || i >= hi {
		return edge
	}
	return strings.ToLower(r.toks[i].Text)
}

// cueKind names the verb of saying at token i: "p" a participle, "v"
// another form, "" none.
func (r *run) cueKind(i, end int) string {
	if i < 0 || i >= end {
		return ""
	}
	f, ok := cueAt(r.toks, i)
	switch {
	case !ok:
		return ""
	case f.participle:
		return "p"
	}
	return "v"
}

func (r *run) entKind(i, end int) string {
	if i < 0 || i >= end {
		return ""
	}
	if e := r.a.EntityAt(i); e != nil {
		return e.Kind.String()
	}
	return ""
}

func (r *run) commasIn(i, end int) int {
	n := 0
	for k := i; k < end; k++ {
		if r.toks[k].Is(",") && r.qAt[k] == 0 {
			n++
		}
	}
	return n
}

func (r *run) wordsIn(i, end int) int {
	n := 0
	for k := i; k < end; k++ {
		if r.toks[k].Kind == entities.Word || r.toks[k].Kind == entities.Number {
			n++
		}
	}
	return n
}

// endFeatures are the features of ending reported speech that starts at
// token start before token e (the content is [start, e)), in a sentence
// ending at token send, where the rules end it at ruleE.
func (r *run) endFeatures(f *fset, start, e, ruleE, send int, rule Rule, sub bool) {
	isR := bstr(e == ruleE)
	rn := rule.String()
	last := r.word(e-1, start, send, "<c>")
	prev := r.word(e-2, start, send, "<c>")
	next := r.word(e, start, send, "</s>")
	next2 := r.word(e+1, start, send, "</s>")
	f.add("r", isR)
	f.add("r|rule", isR, rn)
	f.add("r|sub", isR, bstr(sub))
	f.add("r|N", isR, next)
	f.add("d", bucket(e-ruleE))
	f.add("d|rule", bucket(e-ruleE), rn)
	f.add("n", bucket(r.wordsIn(start, e)))
	f.add("rem", bucket(r.wordsIn(e, send)))
	f.add("L", last)
	f.add("P", prev)
	f.add("N", next)
	f.add("N2", next2)
	f.add("L|N", last, next)
	f.add("N|N2", next, next2)
	f.add("P|L", prev, last)
	f.add("Ls", suffix(last))
	f.add("Ns", suffix(next))
	f.add("N2s", suffix(next2))
	f.add("Ns|N2s", suffix(next), suffix(next2))
	lk, nk := shape(r.toks[e-1].Text), "</s>"
	if e < send {
		nk = shape(r.toks[e].Text)
	}
	f.add("Lk", lk)
	f.add("Nk", nk)
	f.add("Lk|Nk", lk, nk)
	f.add("cm", bucket(r.commasIn(start, e)))
	f.add("ca", bucket(r.commasIn(e, send)))
	f.add("Nc", r.cueKind(e, send), r.cueKind(e+1, send), r.cueKind(e+2, send))
	f.add("Ne", r.entKind(e, send), r.entKind(e+1, send))
	f.add("Lq", bstr(r.closesQuote(e-1)), bstr(e < send && r.opensQuote(e)), bstr(e+1 < send && r.opensQuote(e+1)))
	if e < send {
		m := e
		if r.toks[m].Is(",") || r.toks[m].IsFold("and") || r.toks[m].IsFold("but") {
			m++
		}
		f.add("att", bstr(m < send && r.attributionAhead(m, send)))
	}
	f.add("rule|N", rn, next)
	r.endClauseFeatures(f, start, e, ruleE, send, rn)
}

// startFeatures are the features of starting reported speech at token st
// when it ends before token b, in a sentence starting at token sfirst,
// where the rules start it at ruleS; ns tells speech before its
// attribution ("S:") from speech after it ("F:").
func (r *run) startFeatures(f *fset, ns string, st, ruleS, b, sfirst int, rule Rule) {
	isR := bstr(st == ruleS)
	rn := rule.String()
	first := r.word(st, sfirst, b, "<c>")
	first2 := r.word(st+1, sfirst, b, "<c>")
	prev := r.word(st-1, sfirst, b, "<s>")
	prev2 := r.word(st-2, sfirst, b, "<s>")
	f.add(ns+"r", isR)
	f.add(ns+"r|rule", isR, rn)
	f.add(ns+"r|P", isR, prev)
	f.add(ns+"d", bucket(st-ruleS))
	f.add(ns+"n", bucket(r.wordsIn(st, b)))
	f.add(ns+"off", bucket(r.wordsIn(sfirst, st)))
	f.add(ns+"F", first)
	f.add(ns+"F2", first2)
	f.add(ns+"P", prev)
	f.add(ns+"P2", prev2)
	f.add(ns+"P|F", prev, first)
	f.add(ns+"P2|P", prev2, prev)
	f.add(ns+"Fs", suffix(first))
	f.add(ns+"Ps", suffix(prev))
	pk := "<s>"
	if st > sfirst {
		pk = shape(r.toks[st-1].Text)
	}
	fk := shape(r.toks[st].Text)
	f.add(ns+"Fk", fk)
	f.add(ns+"Pk", pk)
	f.add(ns+"Pk|Fk", pk, fk)
	f.add(ns+"cm", bucket(r.commasIn(st, b)))
	f.add(ns+"cb", bucket(r.commasIn(sfirst, st)))
	f.add(ns+"Pc", r.cueKind(st-1, b), r.cueKind(st-2, b))
	f.add(ns+"Fe", r.entKind(st, b), r.entKind(st-1, b))
	f.add(ns+"q", bstr(r.opensQuote(st)), bstr(st > 0 && r.closesQuote(st-1)))
}

// wordClass names token i by what it tells of the clause structure around
// a boundary: its punctuation, a quotation mark, a verb of saying, a
// subject pronoun, a conjunction, a subordinator, a determiner, a
// preposition, a capitalized word, a number, or the suffix class of
// another word ("ing", "ed", "ly", "s"); edge when i is outside [lo, hi).
// For example, after "She said prices will fall" the boundary before ",
// and he added" reads "," "and" "PRON", before ", according to" ","
// "according" "PREP", and before ", citing" "," "ING".
func (r *run) wordClass(i, lo, hi int, edge string) string {
	if i < lo || i >= hi {
		return edge
	}
	t := &r.toks[i]
	switch t.Kind {
	case entities.Punct:
		return t.Text
	case entities.QuoteMark:
		return "Q"
	case entities.Number:
		return "NUM"
	}
	lw := strings.ToLower(t.Text)
	switch lw {
	case "and", "but", "or", "according", "that", "to", "who", "which":
		return lw
	}
	if _, ok := cueAt(r.toks, i); ok {
		return "CUE"
	}
	switch {
	case subjectPronouns[lw]:
		return "PRON"
	case subordinators[lw]:
		return "SUB"
	case determinerWords[lw]:
		return "DET"
	case prepositions[lw]:
		return "PREP"
	case t.IsCap():
		return "CAP"
	case strings.HasSuffix(lw, "ing"):
		return "ING"
	case strings.HasSuffix(lw, "ed"):
		return "ED"
	case strings.HasSuffix(lw, "ly"):
		return "LY"
	case strings.HasSuffix(lw, "s"):
		return "S"
	}
	return "W"
}

// endClauseFeatures are the features of the clause structure at the end
// candidate e of speech [start, e) in a sentence ending at token send: the
// classes of the word before and the three words after the boundary
// (wordClass), alone and together, with the rule that asks and whether
// the rules end there, and whether the speech holds quotation marks.
// "She said prices will fall, and raised rates." reads ", and ED" after
// "fall": a second predicate of the subject, not of the speech.
func (r *run) endClauseFeatures(f *fset, start, e, ruleE, send int, rn string) {
	lc := r.wordClass(e-1, start, send, "<c>")
	c1 := r.wordClass(e, start, send, "</s>")
	c2 := r.wordClass(e+1, start, send, "</s>")
	c3 := r.wordClass(e+2, start, send, "</s>")
	isR := bstr(e == ruleE)
	f.add("C1", c1)
	f.add("C12", c1, c2)
	f.add("C123", c1, c2, c3)
	f.add("LC|C1", lc, c1)
	f.add("LC|C12", lc, c1, c2)
	f.add("C12|rule", c1, c2, rn)
	f.add("C12|r", c1, c2, isR)
	quoted := false
	for k := start; k < e; k++ {
		if r.toks[k].Kind == entities.QuoteMark {
			quoted = true
			break
		}
	}
	f.add("Q|C1", bstr(quoted), c1)
	f.add("d|C12", bucket(e-ruleE), c1, c2)
}
