package enum

import "testing"

func TestNameValue(t *testing.T) {
	names := []string{"", "direct", "indirect"}
	for v, want := range names {
		if got, ok := Name(names, v); !ok || got != want {
			t.Errorf("Name(%d) = %q, %v", v, got, ok)
		}
		if want != "" && Value(names, want) != v {
			t.Errorf("Value(%q) = %d, want %d", want, Value(names, want), v)
		}
	}
	for _, v := range []int{-1, 3, 100} {
		if got, ok := Name(names, v); ok || got != "" {
			t.Errorf("Name(%d) = %q, %v; want \"\", false", v, got, ok)
		}
	}
	if v := Value(names, "mixed"); v != 0 {
		t.Errorf("Value of an unknown name = %d, want 0", v)
	}
}
