package speakers_test

import (
	"fmt"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

func Example() {
	text := "Chairperson of the FSC and Permanent Representative of Sweden to the OSCE Ambassador Ulrika Funered opened the meeting. " +
		"The Ambassador said the Forum would meet again."
	r, err := entities.NewRecognizer()
	if err != nil {
		panic(err)
	}
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	tr := speakers.NewTracker(a)
	p := tr.People()[0]
	fmt.Println(p.Name, "|", p.Honorific, "|", strings.Join(p.Titles, "; "), "|", p.Organization)

	// "The Ambassador" is Ambassador Funered.
	i := strings.Index(text, "The Ambassador")
	res := tr.Resolve(a.TokenAt(i), a.TokenAt(i+len("The Ambassador")))
	fmt.Println(res.Speaker.Name, "via", res.Mention.Text, res.Mention.Span, "by rule", res.Rule)
	// Output:
	// Ulrika Funered | Ambassador | Chairperson of the FSC; Permanent Representative of Sweden to the OSCE; Ambassador | Sweden
	// Ulrika Funered via The Ambassador [120,134) by rule title
}
