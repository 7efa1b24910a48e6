package quotes

import (
	"encoding/json"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"

	"github.com/quotekit/quotekit/internal/enum"
)

// Kind is the form of a quotation.
type Kind uint8

// Quote kinds.
const (
	Direct   Kind = iota + 1 // every word inside quotation marks
	Indirect                 // reported speech, no quotation marks: "said that ..."
	Mixed                    // reported speech with quoted words in it
)

var kindNames = [...]string{"", "direct", "indirect", "mixed"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if n, ok := enum.Name(kindNames[:], int(k)); ok && n != "" {
		return n
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	*k = Kind(enum.Value(kindNames[:], string(b)))
	return nil
}

// Rule names the pattern that attributed a quote.
type Rule uint8

// Attribution rules.
const (
	NoRule        Rule = iota
	SubjectCue         // the speaker before the verb: "she said", "Smith noted that"
	CueSubject         // the speaker after the verb: "said Smith", "said speakers at ..."
	AccordingTo        // "according to Smith"
	Participle         // a second verb of the same speaker: "..., adding that"
	Colon              // a speaker and a colon before the quotation: "Smith:"
	Continuation       // a quotation with no attribution of its own, after the same speaker's
	Unattributed       // a quotation whose speaker the text does not give
	Question           // a question put to someone unnamed: "Asked whether …"
	ClauseSubject      // a quotation inside a clause whose subject speaks: "Trump issued a statement, “…”"
	Possessor          // a noun of saying and its possessor: "Trump's claim that …", "his calls for …"
	Repeated           // a quotation the text gives again with its speaker: a headline's, "“We act”: Acme Launches …"
	Heading            // a statement's heading names the speaker: "Statement by Jane Roe on …" over the text
)

var ruleNames = [...]string{"", "subject-cue", "cue-subject", "according-to", "participle", "colon", "continuation", "unattributed", "question", "clause-subject", "possessor", "repeated", "heading"}

// String returns the rule's name.
func (r Rule) String() string {
	if n, ok := enum.Name(ruleNames[:], int(r)); ok {
		return n
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Rule) UnmarshalText(b []byte) error {
	*r = Rule(enum.Value(ruleNames[:], string(b)))
	return nil
}

// A Cue is the word or mark that introduces a quotation: a verb of saying
// ("said", "according to") or a colon.
type Cue struct {
	entities.Span
	Text string `json:"text"` // Span.In(text)
}

// A Quote is one attributed quotation.
type Quote struct {
	Kind Kind
	// Span runs from the first part's start to the last part's end; it
	// includes what stands between parts ("he said").
	entities.Span
	Text string // Span.In(text)
	// Parts are the quoted content, quotation marks excluded: one part, or
	// several when the quotation is split ("“A,” he said, “B.”") or runs
	// over several paragraphs.
	Parts []entities.Span
	Cue   *Cue // nil for continuations and unattributed quotations
	// Speaker is the person, organization or group quoted, or nil; Mention
	// is the phrase of the text the attribution rests on ("she", "Ana
	// Hinojosa", "the Ambassador").
	Speaker    *speakers.Speaker
	Mention    *speakers.Mention
	Confidence entities.Confidence
	Rule       Rule
	// Within is 1 + the index in Document.Quotes of the quote whose span
	// holds this one: an attribution inside reported speech ("Funered said
	// that Sweden has underlined the importance of …" holds "Sweden: the
	// importance of …"). It is 0 for a top-level quote.
	Within int
}

type quoteJSON struct {
	Kind        Kind                `json:"kind"`
	Text        string              `json:"text"`
	Start       int                 `json:"start"`
	End         int                 `json:"end"`
	Parts       []entities.Span     `json:"parts"`
	Cue         *Cue                `json:"cue"`
	Speaker     *string             `json:"speaker"`
	SpeakerName *string             `json:"speaker_name"`
	Mention     *speakers.Mention   `json:"mention"`
	Confidence  entities.Confidence `json:"confidence"`
	Rule        Rule                `json:"rule"`
	Within      int                 `json:"within,omitempty"`
}

// MarshalJSON writes the quote with its speaker as an id ("s1") and a
// name, null when no speaker is known.
func (q Quote) MarshalJSON() ([]byte, error) {
	j := quoteJSON{Kind: q.Kind, Text: q.Text, Start: q.Start, End: q.End, Parts: q.Parts, Cue: q.Cue,
		Mention: q.Mention, Confidence: q.Confidence, Rule: q.Rule, Within: q.Within}
	if q.Speaker != nil {
		j.Speaker, j.SpeakerName = &q.Speaker.ID, &q.Speaker.Name
	}
	return json.Marshal(j)
}

// A Document is the result of an extraction: the text, its metadata, and
// the quotations with their speakers. Every span indexes Text.
type Document struct {
	ID   string `json:"id"`
	Text string `json:"-"`
	// Metadata found in the text or page.
	Title  string `json:"title"`
	Date   string `json:"date"` // ISO 8601 (YYYY-MM-DD) when the text gives a full date
	Place  string `json:"place"`
	Source string `json:"source"` // the issuing body, when the page states it
	// URL and Language are read from HTML pages: the canonical URL and
	// the page's language tag ("en").
	URL      string `json:"url,omitempty"`
	Language string `json:"language,omitempty"`
	// Body is the part of Text analyzed: the release without the page's
	// menus and metadata lines. A headline that quotes someone ("‘We Will
	// Act’, Minister Tells Summit") is part of it; another is not.
	Body       entities.Span        `json:"body"`
	Sentences  []entities.Sentence  `json:"-"`
	Paragraphs []entities.Paragraph `json:"-"`
	Entities   []entities.Entity    `json:"entities"`
	Speakers   []*speakers.Speaker  `json:"speakers"`
	Quotes     []Quote              `json:"quotes"`
}
