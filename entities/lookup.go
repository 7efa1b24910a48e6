package entities

import (
	"slices"
	"sync/atomic"
)

// The lexicon's lookups, made cheap: every word of a text asks several.

// loaded is the lexicon once loadLex has returned it.
var loaded atomic.Pointer[lexicon]

// lex returns the lexicon, loading it on first use. After that it is one
// atomic load, inlined, where loadLex is a call through a function value.
func lex() *lexicon {
	if l := loaded.Load(); l != nil {
		return l
	}
	return firstLex()
}

func firstLex() *lexicon {
	l := loadLex()
	loaded.Store(l)
	return l
}

// AppendLower appends s lower-cased to buf, exactly as strings.ToLower
// would write it, and returns the extended slice. With buf a stack array
// ("var b [32]byte; AppendLower(b[:0], w)") a short word costs no
// allocation, which strings.ToLower pays for every capitalized word; a
// lookup such as m[string(AppendLower(b[:0], "Deputy"))] or a switch on
// the same conversion allocates nothing either.
func AppendLower(buf []byte, s string) []byte { return appendLower(buf, s) }

// bytesSuffix reports whether b ends with s, without converting b.
func bytesSuffix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[len(b)-len(s):]) == s
}

// sortedKeys returns the keys of three maps, sorted, each once.
func sortedKeys[A, B, C any](a map[string]A, b map[string]B, c map[string]C) []string {
	keys := make([]string, 0, len(a)+len(b)+len(c))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		keys = append(keys, k)
	}
	for k := range c {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// A gazetteerIndex holds the gazetteer's keys sorted, and which first
// bytes and pairs of first bytes they start with (5 bits of each byte), so
// that most words are found to start no key without a search.
type gazetteerIndex struct {
	keys  []string
	first uint32
	pairs [32 * 32 / 64]uint64
}

func newGazetteerIndex(keys []string) gazetteerIndex {
	g := gazetteerIndex{keys: keys}
	for _, k := range keys {
		if k == "" {
			continue
		}
		g.first |= 1 << (k[0] & 31)
		if len(k) >= 2 {
			b := uint(k[0]&31)<<5 | uint(k[1]&31)
			g.pairs[b>>6] |= 1 << (b & 63)
		}
	}
	return g
}

// gazetteerPrefix reports whether a name of the gazetteer (an
// organization, country or city, lower-cased) starts with key: "united"
// starts "united nations", "deputy" starts none. gazetteerAt stops
// extending its key at the first that does not.
func (l *lexicon) gazetteerPrefix(key []byte) bool {
	g := &l.gazetteer
	switch {
	case len(key) == 1 && g.first&(1<<(key[0]&31)) == 0:
		return false
	case len(key) >= 2:
		if b := uint(key[0]&31)<<5 | uint(key[1]&31); g.pairs[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
	}
	keys := g.keys
	lo, hi := 0, len(keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if keys[m] < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(keys) && len(keys[lo]) >= len(key) && keys[lo][:len(key)] == string(key)
}

// A titleKey is what the lists say of a lower-case phrase: a title (of
// that gender), the start of a longer title, or both ("secretary").
type titleKey struct {
	gender        Gender
	title, prefix bool
}

// titleKeys merges the titles and their prefixes into one map, so that
// TitleAt asks one map per word instead of two.
func titleKeys(titles map[string]Gender, prefixes map[string]bool) map[string]titleKey {
	m := make(map[string]titleKey, len(titles)+len(prefixes))
	for k, g := range titles {
		m[k] = titleKey{gender: g, title: true}
	}
	for k, p := range prefixes {
		tk := m[k]
		tk.prefix = p
		m[k] = tk
	}
	return m
}

// A wordFilter answers "not in the list" for most words outside a small
// list of lower-case keys, cheaper than a map lookup: one bit per key's
// length, first and last byte. A set bit says nothing, so a word that
// passes is still looked up; the names of a text nearly never pass.
type wordFilter [16 * 32 * 32 / 64]uint64

func filterBit[S string | []byte](k S) uint {
	if len(k) == 0 {
		return 0
	}
	return uint(len(k)&15)<<10 | uint(k[0]&31)<<5 | uint(k[len(k)-1]&31)
}

// newWordFilter returns a filter of the keys of m.
func newWordFilter[V any](m map[string]V) *wordFilter {
	f := new(wordFilter)
	for k := range m {
		b := filterBit(k)
		f[b>>6] |= 1 << (b & 63)
	}
	return f
}

// mayHave reports whether key may be one of the filter's keys; false
// means it is not.
func (f *wordFilter) mayHave(key []byte) bool {
	b := filterBit(key)
	return f[b>>6]&(1<<(b&63)) != 0
}

var stopwordFilter = newWordFilter(stopwords)
