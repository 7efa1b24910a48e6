package testutil

import "testing"

var sink []byte

func TestAllocated(t *testing.T) {
	n := Allocated(func() { sink = make([]byte, 1<<20) })
	if n < 1<<20 {
		t.Fatalf("a 1 MiB allocation measured %d bytes", n)
	}
	if m := Allocated(func() {}); m > 1<<10 {
		t.Fatalf("nothing allocated measured %d bytes", m)
	}
}
