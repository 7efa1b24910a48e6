package quotes

import (
	"strings"
	"unicode"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// The repeated sieve: a quotation no other sieve attributes, or a
// headline's that a body speaks for, whose words the text quotes again
// with a speaker.
//
//	"“We have never seen queues like this”: charity launches appeal" above
//	"“We have never seen queues like this,” said Jane Roe."
//	"Government presents plan: “Every sector must act”" above
//	"“Every sector must act,” said Minister Jane Roe." (the person, not the
//	headline's body)

// repeated gives a quotation no rule attributes the speaker of a quotation
// of the same words that has one: a release's headline repeats a quotation
// of its body ("“We have never seen queues like this”: charity launches
// appeal" above "“We have never seen queues like this,” said Jane Roe").
// The words must be four or more; the other quotation holds them all, the
// earliest such quotation wins. The work is linear in the quotations'
// words: the unattributed ones are found by their first four words.
func (r *run) repeated() {
	const lead = 4
	waiting := map[string][]int{} // the first words of an unattributed quotation -> its indexes
	keys := make([][]string, len(r.out))
	for i := range r.out {
		q := &r.out[i]
		if (q.Rule != Unattributed || q.Speaker != nil) && !r.headlineNotPerson(q) && !postOnly(q) && !r.pullQuote(q) {
			continue
		}
		keys[i] = strings.Fields(wordKey(q.Text))
		if len(keys[i]) >= lead {
			h := strings.Join(keys[i][:lead], " ")
			waiting[h] = append(waiting[h], i)
		}
	}
	if len(waiting) == 0 {
		return
	}
	for j := range r.out {
		o := &r.out[j]
		if o.Speaker == nil || o.Rule == Unattributed || o.Rule == Repeated {
			continue
		}
		words := strings.Fields(wordKey(o.Text))
		for at := 0; at+lead <= len(words); at++ {
			for _, i := range waiting[strings.Join(words[at:at+lead], " ")] {
				q := &r.out[i]
				if i == j || q.Rule == Repeated || !hasWordsAt(words, at, keys[i]) {
					continue
				}
				if q.Speaker != nil && (o.Speaker.Kind != speakers.Person || r.headlineNotPerson(o) || q.Speaker == o.Speaker) {
					continue // a headline's body gives way to a person the body quotes (and a post resolved to that person keeps its own mention)
				}
				if postOnly(q) && !r.headlineNotPerson(q) && (o.Start < q.End || !holdsPostOf(o.Speaker, q.Speaker) && (at > 0 || firstSentenceAsks(o.Text))) {
					continue // a post's words are the words of its named holder who says them after ("Minister says …" then "Minister of Rural Affairs Jane Roe … said …"), or of one whose quotation opens with them; not of a longer quotation that holds them ("As the Secretary-General has said, we must act together" in another's message) nor of a critic who quotes them back ("We are told …", "This budget protects every household? Tell that …")
				}
				if q.Rule == Continuation && (at > 0 || o.Start < q.End || o.Speaker.Kind != speakers.Person) {
					continue // a pulled quotation's words open a later quotation of a person's
				}
				if q.Speaker != nil && q.Speaker.Kind != speakers.Person && q.Rule != Colon && at > 0 {
					continue // a headline's body with a verb of its own ("Union warns government: “…”") gives way only to a quotation that opens with its words, not to one that quotes them back ("They tell us ‘…’")
				}
				q.Speaker, q.Mention, q.Rule, q.Confidence = o.Speaker, o.Mention, Repeated, o.Confidence*0.9
				r.tr.Attribute(q.Speaker, *q.Mention)
			}
		}
	}
}

// pullQuote reports a quotation that no cue claimed, given to the
// speaker before it, alone in its paragraph: a cross-head or a headline's
// line that pulls out words a later quotation says in full ("“The sea
// does not check passports”" over the section whose speaker says them).
func (r *run) pullQuote(q *Quote) bool {
	if q.Rule != Continuation || len(q.Parts) != 1 {
		return false
	}
	pi := r.paragraphOf(q.Start)
	if pi < 0 || r.a.Paragraphs[pi].Sentences.Len() != 1 {
		return false
	}
	s := &r.a.Sentences[r.a.Paragraphs[pi].Sentences.First]
	words := 0
	for k := s.Tokens.First; k < s.Tokens.End; k++ {
		if t := &r.toks[k]; t.Kind == entities.Word && (t.Start < q.Start || t.End > q.End) {
			return false // words outside the quotation
		}
		words++
	}
	return words > 0
}

// headlineNotPerson reports a quotation of a headline (or the subheading
// under it: a line of one sentence with no final stop), set after a colon and
// given to a speaker that is no person ("Government presents plan:
// “Every sector must act”"), or given to a person the headline only
// describes ("“We built it for them,” says Acme's head of products", "…,
// says MD" resolved to one of the text's managing directors). A
// verb of saying keeps a body for its subject: "Council warns venues are
// “one bad winter from closing”"; a quotation after the headline's colon
// is the body's whatever read its words before ("Record demand for food
// aid: “…”", "New unit opens in Kelvo: “…”").
func (r *run) headlineNotPerson(q *Quote) bool {
	if q.Speaker == nil || len(r.a.Paragraphs) < 2 {
		return false
	}
	described := q.Speaker.Kind == speakers.Person && (q.Speaker.Family == "" && q.Speaker.Given == "" || q.Mention != nil && q.Mention.Kind == speakers.DescriptorMention)
	if !described && q.Speaker.Kind == speakers.Person {
		return false
	}
	for pi := 0; pi < 5 && pi < len(r.a.Paragraphs)-1; pi++ {
		// a headline or the subheading under it, lines of one sentence
		// with no final stop, under a letterhead's lines ("Kelvo Union",
		// "Press release", "Kelby, 27 April 2026") before the body
		p := &r.a.Paragraphs[pi]
		t := strings.TrimRight(r.text[p.Start:p.End], " \t\n”\"’'")
		if t == "" || strings.HasSuffix(t, ".") {
			return false
		}
		if p.Sentences.Len() == 1 && q.Start >= p.Start && q.End <= p.End {
			// (any rule after a colon: "Record demand for food aid: “…”"
			// read "demand" as a cue)
			return described || q.Rule == Colon || strings.HasSuffix(strings.TrimRight(r.text[p.Start:q.Start], " “\"‘'"), ":")
		}
	}
	return false
}

// postOnly reports a quotation given to a person named by a post alone,
// one the text names nowhere before ("Minister says the plant “keeps the
// value in the countryside”" in a lead, before "Minister of Rural Affairs
// Jane Roe … said the plant “keeps the value in the countryside”"): the
// named speaker of the same words is hers.
func postOnly(q *Quote) bool {
	return q.Speaker != nil && q.Speaker.Kind == speakers.Person && q.Speaker.Family == "" && q.Speaker.Given == ""
}

// firstSentenceAsks reports a quotation whose first sentence ends in a
// question mark: words quoted back to doubt them.
func firstSentenceAsks(t string) bool {
	i := strings.IndexAny(t, ".?!")
	return i >= 0 && t[i] == '?'
}

// holdsPostOf reports a named speaker o who holds the post that names the
// speaker post, by the post's head word in one of o's titles: "Minister
// of Rural Affairs" for "Minister", not "economist" nor "Opposition
// leader" for "Prime Minister".
func holdsPostOf(o, post *speakers.Speaker) bool {
	for _, pt := range append([]string{post.Name}, post.Titles...) {
		f := strings.Fields(pt)
		if len(f) == 0 {
			continue
		}
		head := strings.ToLower(f[len(f)-1])
		for _, ot := range o.Titles {
			for _, w := range strings.Fields(strings.ToLower(ot)) {
				if w == head {
					return true
				}
			}
		}
	}
	return false
}

// hasWordsAt reports whether words holds want from position at.
func hasWordsAt(words []string, at int, want []string) bool {
	if at+len(want) > len(words) {
		return false
	}
	for k, w := range want {
		if words[at+k] != w {
			return false
		}
	}
	return true
}

// wordKey is a text's words in lower case, one space between them: the
// same quotation with other marks and spacing has the same key.
func wordKey(s string) string {
	var b strings.Builder
	space := false
	for _, c := range s {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(c))
		case c == '\'' || c == '’':
		default:
			space = true
		}
	}
	return b.String()
}
