package entities

import "strings"

// commaSuffixes joins to a person's full name the generation suffix a
// comma sets off after it, as American names are written: "Harold J.
// Miller, Jr. said", "John Doe, III, who …". Not a numbered list's item
// ("Phase II"), only after a name of two words or more.
func (a *Analysis) commaSuffixes() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		n := e.Tokens.End
		if e.Kind != Person || e.Tokens.Len() < 2 || n+1 >= len(toks) || !toks[n].Is(",") || !generationSuffix(toks[n+1].Text) || a.tokEnt[n+1] != 0 {
			continue
		}
		if n+2 < len(toks) && capWord(&toks[n+2]) && toks[n+2].Newlines == 0 {
			continue // (a list's next name: "Roe, II Corps")
		}
		e.Tokens.End = n + 2
		e.Span.End = toks[n+1].End
		e.Text = e.Span.In(a.Text)
		a.tokEnt[n], a.tokEnt[n+1] = int32(i+1), int32(i+1)
	}
}

// generationSuffix reports a generation's suffix after a family name:
// "Jr.", "Sr", "III".
func generationSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}
