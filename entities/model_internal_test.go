package entities

import (
	"fmt"
	"strings"
	"testing"
)

// prose's tokenizer finds suffixes in the lower-cased token and cuts the
// original at that index; when lower-casing changes the byte length
// (invalid UTF-8, or "Ⱥ" whose lower case is one byte longer) it slices
// out of range and panics. proseDocument must turn that into an error.
func TestProseDocumentNeverPanics(t *testing.T) {
	for _, s := range []string{
		"H describe ho\xca\xca\xca\xca\xca\xca\xca\xcaOL’s fa^ilring \x00\x00\x00\x01s.",
		"Smith said ȺȺȺȺȺȺȺȺ's plan failed.",
		"Smith said ȺȺȺȺȺȺȺȺn't so.",
	} {
		t.Run(s, func(t *testing.T) {
			doc, err := proseDocument(s)
			t.Logf("err=%v", err)
			if err == nil && doc == nil {
				t.Fatal("no document and no error")
			}
		})
	}
}

// Refine runs prose's model once per name and document, not once per
// mention: 5,000 mentions of 7 names the rules are unsure of cost 7 runs.
func TestRefineOncePerName(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 200_000; i++ {
		fmt.Fprintf(&b, "“We need a plan,” Zorb%s said. ", strings.Repeat("a", i%7))
	}
	r, err := NewRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	text := b.String()
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	if len(a.Entities) < 5000 {
		t.Fatalf("%d entities, want one per mention", len(a.Entities))
	}
	for i := range a.Entities {
		if e := a.Refine(i); e.Kind != Person {
			t.Fatalf("%q is %v after Refine", e.Text, e.Kind)
		}
	}
	if len(a.prose) != 7 || len(a.proseNames) != 7 {
		t.Errorf("prose ran on %d sentences for %d names; want 7 and 7", len(a.prose), len(a.proseNames))
	}
}
