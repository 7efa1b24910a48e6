package quotes

import (
	"github.com/quotekit/quotekit/entities"
)

// A FlatQuote is a quote as one flat record, with its document's id and its
// speaker's name, titles and organization copied in: a row for a
// spreadsheet, a data frame or a database table, and the unit that
// pipelines (the CLI's -per quote, examples/beam) write one per line.
//
// The speaker fields are empty when the quote has no speaker, Cue when it
// has no cue, and Mention when it has no mention. Start and End index the
// document's text, as Quote's span does.
type FlatQuote struct {
	Document string `json:"document"` // Document.ID
	Kind     Kind   `json:"kind"`
	Text     string `json:"text"`  // the quote's text, Text[Start:End] of the document
	Start    int    `json:"start"` // first byte, inclusive
	End      int    `json:"end"`   // last byte, exclusive
	Cue      string `json:"cue"`   // "said", "according to", ":"
	// SpeakerID is the speaker's id within its document ("s1"): it does not
	// identify a speaker across documents; SpeakerKey does ("donald trump",
	// "organization:who"; see speakers.KeyOf).
	SpeakerID   string `json:"speaker_id"`
	SpeakerKey  string `json:"speaker_key"`
	SpeakerName string `json:"speaker_name"`
	// SpeakerKind is "person", "organization", "group" or "document".
	SpeakerKind string `json:"speaker_kind"`
	// Titles are the speaker's titles as written, in order; never nil, so
	// that JSON gives [] rather than null.
	Titles              []string            `json:"titles"`
	Organization        string              `json:"organization"`         // the speaker's organization: "World Customs Organization"
	OrganizationAcronym string              `json:"organization_acronym"` // "WCO"
	Mention             string              `json:"mention"`              // the phrase the attribution rests on: "she", "the Ambassador"
	Confidence          entities.Confidence `json:"confidence"`
	Rule                Rule                `json:"rule"`
	// Within is Quote.Within: the 1-based index, among the document's
	// records, of the quote that holds this one; 0 at top level.
	Within int `json:"within"`
}

// Flatten returns the quotes of d as flat records, in the order of
// d.Quotes. It returns nil for a nil document or one without quotes.
func Flatten(d *Document) []FlatQuote {
	if d == nil || len(d.Quotes) == 0 {
		return nil
	}
	out := make([]FlatQuote, len(d.Quotes))
	for i, q := range d.Quotes {
		f := FlatQuote{
			Document: d.ID, Kind: q.Kind, Text: q.Text, Start: q.Start, End: q.End,
			Titles: []string{}, Confidence: q.Confidence, Rule: q.Rule, Within: q.Within,
		}
		if q.Cue != nil {
			f.Cue = q.Cue.Text
		}
		if q.Mention != nil {
			f.Mention = q.Mention.Text
		}
		if s := q.Speaker; s != nil {
			f.SpeakerID, f.SpeakerKey, f.SpeakerName, f.SpeakerKind = s.ID, s.Key, s.Name, s.Kind.String()
			f.Titles = append(f.Titles, s.Titles...)
			f.Organization, f.OrganizationAcronym = s.Organization.Name, s.Organization.Acronym
		}
		out[i] = f
	}
	return out
}
