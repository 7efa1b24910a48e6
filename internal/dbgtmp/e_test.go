package dbg

import (
	"fmt"
	"os"
	"testing"

	"github.com/quotekit/quotekit/entities"
)

func TestEnt(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	text := string(b)
	r, _ := entities.NewRecognizer(entities.WithModel(false))
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	for _, e := range a.Entities {
		fmt.Printf("%v %q %s %.2f\n", e.Kind, e.Text, e.Rule, e.Confidence)
	}
}
