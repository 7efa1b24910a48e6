package entities_test

import (
	"fmt"

	"github.com/quotekit/quotekit/entities"
)

func Example() {
	text := "Ambassador Jan Eliasson, Chair of the Stockholm International Peace Research Institute (SIPRI), met INTERPOL in Vienna."
	r, err := entities.NewRecognizer()
	if err != nil {
		panic(err)
	}
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	for _, e := range a.Entities {
		fmt.Printf("%-12s %v %q acronym=%q expansion=%q\n", e.Kind, e.Span, e.Text, e.Acronym, e.Expansion)
	}
	// Output:
	// person       [11,23) "Jan Eliasson" acronym="" expansion=""
	// organization [38,86) "Stockholm International Peace Research Institute" acronym="SIPRI" expansion=""
	// organization [88,93) "SIPRI" acronym="" expansion="Stockholm International Peace Research Institute"
	// organization [100,108) "INTERPOL" acronym="" expansion="International Criminal Police Organization"
	// place        [112,118) "Vienna" acronym="" expansion=""
}

func ExampleTokenize() {
	text := "“it’s INTERPOL’s,” she said."
	for _, t := range entities.Tokenize(text, 0, len(text)) {
		fmt.Printf("%v %s %q\n", t.Span, t.Kind, t.Text)
	}
	// Output:
	// [0,3) quote "“"
	// [3,9) word "it’s"
	// [10,18) word "INTERPOL"
	// [18,22) possessive "’s"
	// [22,23) punct ","
	// [23,26) quote "”"
	// [27,30) word "she"
	// [31,35) word "said"
	// [35,36) punct "."
}
