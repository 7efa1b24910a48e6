package entities

import "fmt"

// A Span is the half-open byte range [Start, End) of a document's text.
//
// Offsets are UTF-8 byte offsets into the text the caller can see: for plain
// text that is the caller's own string, untouched; for HTML it is the
// extracted text that the result carries. For any span s reported by this
// module, s.In(text) returns exactly the reported text.
type Span struct {
	Start int `json:"start"` // first byte, inclusive
	End   int `json:"end"`   // last byte, exclusive
}

// In returns the text the span covers. It panics if the span is out of the
// bounds of text, like a slice expression.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Valid reports whether the span is ordered and within a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// String formats the span as "[start,end)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Confidence is a score in [0, 1] attached to every guess: an entity's kind,
// a speaker's attribution. Higher is surer; it is not a calibrated
// probability.
type Confidence float64
