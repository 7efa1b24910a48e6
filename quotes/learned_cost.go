package quotes

import (
	"slices"
	"sort"
)

// The cost of a boundary decision's candidates, in what the evaluation
// scores. The annotated candidate costs nothing; another costs the matches
// it loses: at each level (loose, strict, exact) the prediction being
// correct and the annotated quote being found, two points a level. For
// example, for "She said prices will fall, a view others share." annotated
// as ending at "fall", ending at "view" keeps the loose match but loses
// the strict and exact ones (4 points), ending at "prices" finds the quote
// at no level (3 points: the prediction is still correct), and ending at
// "share" loses everything (6 points). Training weighs its updates by
// these costs (fit), so that the model learns most from the mistakes that
// break a loose match.

// costLevels are the thresholds of Evaluate's levels.
var costLevels = [...]float64{Loose, Strict, Exact}

// boundaryCosts sets d.costs, and d.gold when the annotated edge falls
// between candidates, from the annotated quote of g holding the decision's
// anchor; letters are the offsets of the letters and digits of g's text.
// The candidate's speech is taken to be the annotated quote on the side of
// the anchor the decision does not choose: for an end, its letters before
// the anchor; for a start, its letters after it.
func boundaryCosts(g *GoldDocument, d *decision, letters []int) {
	if d.anchor < 0 || len(d.bytes) < 2 {
		return
	}
	var gb []int
	for gi := range g.Quotes {
		if c := g.Quotes[gi].content(); inSpans(d.anchor, c) {
			gb = contentBytes(g.Text, c)
			break
		}
	}
	if len(gb) == 0 {
		return
	}
	slices.Sort(gb)
	count := func(xs []int, lo, hi int) int { // the xs in [lo, hi]
		return sort.SearchInts(xs, hi+1) - sort.SearchInts(xs, lo)
	}
	end := d.kind == decideEnd
	outside := sort.SearchInts(gb, d.anchor) // gold letters before the anchor
	if !end {
		outside = len(gb) - sort.SearchInts(gb, d.anchor+1)
	}
	d.costs = make([]float32, len(d.bytes))
	best := float32(-1)
	for ci, edge := range d.bytes {
		lo, hi := d.anchor, edge
		if !end {
			lo, hi = edge, d.anchor
		}
		n, in := 0, 0
		if edge >= 0 && lo <= hi {
			n, in = count(letters, lo, hi), count(gb, lo, hi)
		}
		pred, right := float64(outside+n), float64(outside+in)
		u := float32(0)
		for _, th := range costLevels {
			if pred > 0 && right >= th*pred {
				u++
				if right >= th*float64(len(gb)) {
					u++
				}
			}
		}
		d.costs[ci] = -u
		best = max(best, u)
	}
	for ci := range d.costs {
		d.costs[ci] += best
	}
	if d.gold >= 0 && d.costs[d.gold] == 0 {
		return
	}
	// the annotated edge falls between candidates, or past them all: the
	// cheapest candidate nearest to it is the label
	edge := gb[len(gb)-1]
	if !end {
		edge = gb[0]
	}
	d.gold = -1
	for ci, c := range d.costs {
		if c == 0 && (d.gold < 0 || abs(d.bytes[ci]-edge) < abs(d.bytes[d.gold]-edge)) {
			d.gold = ci
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
