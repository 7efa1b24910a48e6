package entities

import "testing"

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
