package quotes

import (
	"sort"
)

// Nesting: which quote holds which ("“She told me: ‘We will act,’” Roe
// said" gives an inner quote within the outer one).

// nest sets each quote's Within to the innermost quote whose span holds
// it, in one pass over the quotes by start (and longest first).
func nest(qs []Quote) {
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		qa, qb := &qs[order[a]], &qs[order[b]]
		return qa.Start < qb.Start || qa.Start == qb.Start && qa.End > qb.End
	})
	var stack []int
	for _, i := range order {
		q := &qs[i]
		q.Within = 0
		for len(stack) > 0 && qs[stack[len(stack)-1]].End < q.End {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			q.Within = stack[len(stack)-1] + 1
		}
		stack = append(stack, i)
	}
}
