// Package enum gives the typed enums of quotekit their names, from one
// table per type: the name of a value, and the value of a name.
package enum

// Name returns names[v] and true, or "" and false for a value outside
// the table.
func Name(names []string, v int) (string, bool) {
	if v < 0 || v >= len(names) {
		return "", false
	}
	return names[v], true
}

// Value returns the index of name in names, or 0 (every enum's zero,
// "unknown") for a name the table does not hold.
func Value(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return 0
}
