package quotes

// The cue-subject sieve: the speaker stands after the verb of saying.
//
//	"“Prices will fall,” said Jane Roe, Director of Acme Robotics."
//	"Prices will fall, said speakers at today’s meeting."

// cueSubject attributes a verb of saying to the subject after it.
func (r *run) cueSubject(cs *cueSite) (int, phrase, bool, bool) {
	toks, s, k, lo, ce, cue := r.toks, cs.s, cs.k, cs.lo, cs.ce, cs.cue
	first, end := s.Tokens.First, s.Tokens.End
	// Inversion: "…,” said Smith." or "…, said speakers at …".
	if k > first && k > lo && (toks[k-1].Is(",") || r.closesQuote(k-1)) {
		subj, ok := r.rightPhrase(ce, end)
		if !ok || !r.inversionEnds(subj.end, end) {
			return 0, phrase{}, false, true
		}
		subj.start = k
		after, ok := r.backward(s, lo, k, subj.end, cue, subj, CueSubject, 0.85)
		return after, subj, ok, true
	}
	return 0, phrase{}, false, true
}
