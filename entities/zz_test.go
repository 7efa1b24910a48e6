package entities

import (
	"fmt"
	"testing"
)

func TestZZ(t *testing.T) {
	r, _ := NewRecognizer(WithModel(false))
	for _, text := range []string{"Secretary of the Ministry of Disaster Management and Relief, Mr. Kamrul Hasan Majumder, said it.", "AIIB Director General for Infrastructure Investment, Region 2, Mr. Dietrich Vollmer-Haas, said it."} {
		a := r.Analyze(text, Span{Start: 0, End: len(text)})
		for _, e := range a.Entities {
			fmt.Printf("%q %v %s\n", e.Text, e.Kind, e.Rule)
		}
	}
}
