package quotes

import (
	"strings"
	"unicode"
)

// The repeated sieve: a quotation no other sieve attributes, whose words
// the text quotes again with a speaker.
//
//	"“We have never seen queues like this”: charity launches appeal" above
//	"“We have never seen queues like this,” said Jane Roe."

// repeated gives a quotation no rule attributes the speaker of a quotation
// of the same words that has one: a release's headline repeats a quotation
// of its body ("“We have never seen queues like this”: charity launches
// appeal" above "“We have never seen queues like this,” said Jane Roe").
// The words must be four or more; the other quotation holds them all.
func (r *run) repeated() {
	var keys []string
	for i := range r.out {
		q := &r.out[i]
		if q.Rule != Unattributed || q.Speaker != nil {
			continue
		}
		if keys == nil {
			keys = make([]string, len(r.out))
			for j := range r.out {
				keys[j] = wordKey(r.out[j].Text)
			}
		}
		k := keys[i]
		if strings.Count(k, " ") < 3 {
			continue
		}
		for j := range r.out {
			o := &r.out[j]
			if j == i || o.Speaker == nil || o.Rule == Unattributed || !strings.Contains(keys[j], k) {
				continue
			}
			q.Speaker, q.Mention, q.Rule, q.Confidence = o.Speaker, o.Mention, Repeated, o.Confidence*0.9
			r.tr.Attribute(q.Speaker, *q.Mention)
			break
		}
	}
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
