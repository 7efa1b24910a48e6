package entities

import "strings"

// commaSuffixes joins to a person's full name the generation suffix a
// comma sets off after it, as American names are written: "Harold J.
// Miller, Jr. said". Only after a name of two words or more, and before a
// verb of saying or the sentence's end ("Phase II" and a namesake the text
// goes on about stay as they were).
func (a *Analysis) commaSuffixes() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		n := e.Tokens.End
		if e.Kind != Person || e.Tokens.Len() < 2 || n+1 >= len(toks) || !toks[n].Is(",") || !GenerationSuffix(toks[n+1].Text) || a.tokEnt[n+1] != 0 {
			continue
		}
		if n+2 < len(toks) && !lowerSays[toks[n+2].Text] && !(toks[n+2].Kind == Punct && !toks[n+2].Is(",")) {
			continue // (only before a verb of saying or the sentence's end: not a list's next name, "Roe, II Corps", nor a namesake's name the text goes on about, "his father, Brent Bozell, Jr. was the ghost writer of …", whom a son "Brent Bozell III" would take for himself)
		}
		e.Tokens.End = n + 2
		e.Span.End = toks[n+1].End
		e.Text = e.Span.In(a.Text)
		a.tokEnt[n], a.tokEnt[n+1] = int32(i+1), int32(i+1)
	}
}

// GenerationSuffix reports a generation's suffix after a family name:
// "Jr.", "Sr", "III".
func GenerationSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// balinesePrefixes joins to a person's name the "I" (a man's) or "Ni" (a
// woman's) that opens a Balinese name before its birth-order name: "I
// Gede Wirasana", "Ni Luh Putu Ariani". Left out, "I" read as the
// pronoun and took the speech from its speaker: "said Police Chief I Gede
// Wirasana".
func (a *Analysis) balinesePrefixes() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		f := e.Tokens.First
		if e.Kind != Person || f < 1 || !balineseOrder[toks[f].Text] || e.Tokens.Len() < 2 || a.tokEnt[f-1] != 0 || !(toks[f-1].Is("I") || toks[f-1].Is("Ni")) || toks[f-1].Newlines > 0 {
			continue
		}
		if allCommon(toks[f+1 : e.Tokens.End]) {
			continue // (a title's words: "I Made It Through")
		}
		e.Tokens.First = f - 1
		e.Span.Start = toks[f-1].Start
		e.Text = e.Span.In(a.Text)
		a.tokEnt[f-1] = int32(i + 1)
	}
}

// balineseOrder are the Balinese names of birth order and caste that
// follow "I" or "Ni": "I Gede", "I Made", "Ni Luh", "I Gusti".
var balineseOrder = toSet(`Gede Made Wayan Ketut Nyoman Putu Kadek Komang Nengah Gusti Luh Kade`)
