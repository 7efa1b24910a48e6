package entities

import (
	"strings"
	"testing"
)

// The fast lookups must answer as the maps they stand before.

func TestAppendLowerIsToLower(t *testing.T) {
	for _, s := range []string{"", "Deputy", "OSCE", "already lower", "Ⱥngström", "İstanbul", "MINISTER-ȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺ", "bad\xcaUTF-8\xff", "K\u212Aelvin"} {
		var small [4]byte
		big := make([]byte, 2, 128) // room for s: written in place after "x-"
		big[0], big[1] = 'x', '-'
		if got, want := string(AppendLower(small[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower(big, s)), "x-"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(x-, %q) = %q, want %q", s, got, want)
		}
	}
}

func TestFiltersKeepEveryKey(t *testing.T) {
	l := lex()
	for _, tc := range []struct {
		name string
		f    *wordFilter
		keys []string
	}{
		{"titles", l.titleFilter, keys(l.titleKeys)},
		{"honorifics", l.honorificFilter, keys(l.honorifics)},
		{"modifiers", l.modifierFilter, keys(l.modifiers)},
		{"stopwords", stopwordFilter, keys(stopwords)},
	} {
		if len(tc.keys) == 0 {
			t.Fatalf("%s: empty list", tc.name)
		}
		for _, k := range tc.keys {
			if !tc.f.mayHave([]byte(k)) {
				t.Errorf("%s filter rejects its key %q", tc.name, k)
			}
		}
	}
	// The filter is worth its lookup only if it rejects most names.
	rejected := 0
	names := []string{"ulrika", "funered", "hinojosa", "ertug", "jane", "roe", "smith", "guterres", "leyen", "kelvale"}
	for _, n := range names {
		if !l.titleFilter.mayHave([]byte(n)) {
			rejected++
		}
	}
	if rejected < len(names)/2 {
		t.Errorf("title filter rejects %d of %d names", rejected, len(names))
	}
}

func TestGazetteerPrefix(t *testing.T) {
	l := lex()
	for _, m := range [][]string{keys(l.orgs), keys(l.countries), keys(l.cities)} {
		for _, k := range m {
			for n := 1; n <= len(k); n++ {
				if !l.gazetteerPrefix([]byte(k[:n])) {
					t.Fatalf("gazetteerPrefix(%q) = false, a prefix of %q", k[:n], k)
				}
			}
		}
	}
	for _, k := range []string{"deputy", "ulrika funered", "zzz"} {
		if l.gazetteerPrefix([]byte(k)) {
			t.Errorf("gazetteerPrefix(%q) = true", k)
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestIsFoldIsEqualFold(t *testing.T) {
	words := []string{"", "former", "Former", "FORMER", "ex", "Ex", "k", "K", "\u212A", "s", "ſ", "@", "`", "late", "Late", "lATE", "é", "É"}
	for _, a := range words {
		for _, b := range words {
			tok := Token{Text: a}
			if got, want := tok.IsFold(b), strings.EqualFold(a, b); got != want {
				t.Errorf("Token{%q}.IsFold(%q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
