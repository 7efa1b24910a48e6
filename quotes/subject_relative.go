package quotes

// unnamedRelative reports a subject that is a restrictive "who" after a
// share or a group that names no one: "Among those who said they cared
// most about honesty, …", "… including 18 percent who say they would be
// dissatisfied". The relative pronoun is the mention, as in "Jane Roe,
// who said …"; no speaker is named.
func (r *run) unnamedRelative(p phrase) bool {
	if p.mEnd != p.mFirst+1 || p.mFirst < 1 || !r.toks[p.mFirst].IsFold("who") {
		return false
	}
	before := &r.toks[p.mFirst-1]
	if before.Is(",") || before.IsFold("and") || before.IsFold("or") {
		return false // "Jane Roe, who said …": the tracker names her
	}
	return before.IsFold("those") || r.shareBefore(p.mFirst, max(0, p.mFirst-6)) < p.mFirst
}
