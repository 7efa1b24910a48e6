// Package testutil holds helpers the tests of several packages share.
package testutil

import "runtime"

// Allocated returns the bytes f allocates on the heap: a measure of the
// work f does that, unlike its time, does not change with the load of the
// machine, so tests can bound it without flaking.
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
