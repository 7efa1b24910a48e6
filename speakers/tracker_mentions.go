package speakers

import (
	"sort"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// What the tracker records of each speaker as the text mentions them: the
// mentions, sorted, with their positions for recency, and the titles the
// text gives, each as one person holds it.

func (t *Tracker) latestBefore(ps []*Speaker, off int) *Speaker {
	var best *Speaker
	bestPos := -1
	for _, p := range ps {
		pos := t.positions[p]
		k := sort.SearchInts(pos, off)
		if k > 0 && pos[k-1] > bestPos {
			best, bestPos = p, pos[k-1]
		}
	}
	return best
}

func (t *Tracker) addMention(s *Speaker, m Mention) {
	// Mentions stay sorted by start: insert in place (they mostly arrive
	// in order, so this is an append).
	k := sort.Search(len(s.Mentions), func(i int) bool { return s.Mentions[i].Start >= m.Start })
	for j := k; j < len(s.Mentions) && s.Mentions[j].Start == m.Start; j++ {
		if s.Mentions[j].Span == m.Span {
			return
		}
	}
	s.Mentions = append(s.Mentions, Mention{})
	copy(s.Mentions[k+1:], s.Mentions[k:])
	s.Mentions[k] = m
	pos := t.positions[s]
	k = sort.SearchInts(pos, m.Start)
	if k == len(pos) || pos[k] != m.Start {
		pos = append(pos, 0)
		copy(pos[k+1:], pos[k:])
		pos[k] = m.Start
		t.positions[s] = pos
		t.notePosition(s, m.Start)
	}
}

// appendTitle records a title of p, in the tracker's list and p's. Most
// people have one title; one with a second mostly has more ("Jane Roe,
// Deputy Minister of …, Ambassador …, Permanent Representative of …"), so
// the second makes room for manyTitles at once instead of growing both
// lists one title at a time.
func (t *Tracker) appendTitle(p *Speaker, tl title) {
	ts := t.titleOf[p]
	if len(ts) == 1 && cap(ts) == 1 {
		ts = append(make([]title, 0, manyTitles), ts[0])
	}
	t.titleOf[p] = append(ts, tl)
	t.noteTitleSpan(tl.first, tl.end)
	if len(p.Titles) == 1 && cap(p.Titles) == 1 {
		p.Titles = append(make([]string, 0, manyTitles), p.Titles[0])
	}
	h := t.heldTitle(tl)
	for _, x := range p.Titles {
		if strings.EqualFold(x, h) {
			return // "Senators Roe and Doe", then "Senator Roe"
		}
	}
	p.Titles = append(p.Titles, h)
}

// heldTitle is the title as one person holds it: a plural title before a
// list of names is each one's in the singular ("U.S. Senators Jane Roe
// and John Doe": "U.S. Senator"; "brand co-founders": "brand co-founder").
// A title whose plural is a body's name keeps it ("member of the House of
// Representatives").
func (t *Tracker) heldTitle(tl title) string {
	s := tl.In(t.text)
	toks := t.a.Tokens
	if tl.end-tl.first > 3 || !entities.PluralTitle(toks[tl.end-1].Text) {
		return s
	}
	for k := tl.first; k < tl.end; k++ {
		if toks[k].Is("of") || toks[k].Is("for") {
			return s
		}
	}
	return s[:len(s)-1]
}

const manyTitles = 4
