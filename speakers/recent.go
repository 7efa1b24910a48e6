package speakers

import (
	"cmp"
	"slices"
	"sort"
)

// The recency index: which speaker was mentioned last before a point of
// the text. The rules that look for "the latest person who …" (a pronoun's
// antecedent, "the Ambassador", the subject of a recent sentence) walk it
// backward from that point and stop at the first speaker that fits, or
// after maxRecentScan mentions, instead of asking every speaker of the
// document for its latest mention: in a document of thousands of people
// that was a scan of all of them per pronoun, and time grew with the
// square of the document.

// maxRecentScan bounds the mentions walked back per question. An article
// has a few hundred mentions; a pronoun whose antecedent lies more than
// this many mentions back in a long document has none.
const maxRecentScan = 4096

// A posEntry is one mention position of a speaker.
type posEntry struct {
	pos int
	s   *Speaker
}

// recent holds every mention position, in two slices sorted by position:
// those of the names NewTracker indexes, then those added by attributions,
// which come in text order (so that keeping them sorted is an append).
type recent struct {
	built bool
	early []posEntry
	late  []posEntry
	stamp int // the current walk, for Speaker.seen
}

// addSpeaker records a new speaker of the document.
func (t *Tracker) addSpeaker(s *Speaker) {
	s.order = len(t.all)
	t.all = append(t.all, s)
}

// buildRecent indexes the positions NewTracker has found.
func (t *Tracker) buildRecent() {
	n := 0
	for _, s := range t.all {
		n += len(t.positions[s])
	}
	e := make([]posEntry, 0, n)
	for _, s := range t.all {
		for _, p := range t.positions[s] {
			e = append(e, posEntry{p, s})
		}
	}
	slices.SortStableFunc(e, func(a, b posEntry) int { return cmp.Compare(a.pos, b.pos) })
	t.rec = recent{built: true, early: e}
}

// notePosition adds a position of s, new for s, once the index is built.
func (t *Tracker) notePosition(s *Speaker, pos int) {
	if !t.rec.built {
		return
	}
	l := append(t.rec.late, posEntry{})
	k := len(l) - 1
	for k > 0 && l[k-1].pos > pos {
		k--
	}
	copy(l[k+1:], l[k:])
	l[k] = posEntry{pos, s}
	t.rec.late = l
}

// latest returns, among the speakers that ok accepts at their latest
// mention before at, the one whose mention is the latest, and its position;
// on a tie, the speaker created first. It walks no further back than
// position minPos and maxRecentScan mentions; nil and -1 when it finds none.
func (t *Tracker) latest(at, minPos int, ok func(s *Speaker, pos int) bool) (*Speaker, int) {
	r := &t.rec
	r.stamp++
	i := sort.Search(len(r.early), func(k int) bool { return r.early[k].pos >= at }) - 1
	j := sort.Search(len(r.late), func(k int) bool { return r.late[k].pos >= at }) - 1
	var best *Speaker
	bestPos := -1
	for steps := 0; (i >= 0 || j >= 0) && steps < maxRecentScan; steps++ {
		var e posEntry
		if j < 0 || i >= 0 && r.early[i].pos >= r.late[j].pos {
			e = r.early[i]
			i--
		} else {
			e = r.late[j]
			j--
		}
		if best != nil && e.pos < bestPos || e.pos < minPos {
			break
		}
		if e.s.seen == r.stamp {
			continue // only a speaker's latest mention counts
		}
		e.s.seen = r.stamp
		if ok(e.s, e.pos) && (best == nil || e.s.order < best.order) {
			best, bestPos = e.s, e.pos
		}
	}
	return best, bestPos
}
