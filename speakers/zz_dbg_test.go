package speakers

import (
	"fmt"
	"os"
	"testing"

	"github.com/quotekit/quotekit/entities"
)

func TestZZDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ_FILE"))
	text := string(b)
	r, _ := entities.NewRecognizer()
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	tr := NewTracker(a)
	for i, tk := range a.Tokens {
		if tk.Text == "NiMet" {
			res := tr.Resolve(i, i+1)
			fmt.Println(i, res.Rule, res.Speaker.Name, res.Speaker.Kind, res.Speaker.Titles)
		}
	}
}
