package quotes_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

func TestFlatten(t *testing.T) {
	const text = "“We agree,” said Ana Hinojosa. Talks went on, it said."
	ana := &speakers.Speaker{ID: "s1", Key: "ana hinojosa", Kind: speakers.Person, Name: "Ana Hinojosa",
		Titles:       []string{"Director of Compliance", "Chair"},
		Organization: speakers.Org{Name: "World Customs Organization", Acronym: "WCO"}}
	said := &quotes.Cue{Span: entities.Span{Start: 16, End: 20}, Text: "said"}
	anaMention := &speakers.Mention{Span: entities.Span{Start: 21, End: 33}, Text: "Ana Hinojosa", Kind: speakers.NameMention}
	direct := quotes.Quote{Kind: quotes.Direct, Span: entities.Span{Start: 3, End: 11}, Text: "We agree",
		Cue: said, Speaker: ana, Mention: anaMention, Confidence: 0.9, Rule: quotes.CueSubject}
	orphan := quotes.Quote{Kind: quotes.Indirect, Span: entities.Span{Start: 35, End: 49}, Text: "Talks went on,",
		Confidence: 0.3, Rule: quotes.Unattributed}

	nested := orphan
	nested.Within = 2
	board := &speakers.Speaker{ID: "s2", Key: "document:resolution 1540", Kind: speakers.Document, Name: "Resolution 1540"}
	byDocument := orphan
	byDocument.Speaker, byDocument.Rule = board, quotes.SubjectCue

	tests := []struct {
		name string
		doc  *quotes.Document
		want []quotes.FlatQuote
	}{
		{"nil document", nil, nil},
		{"no quotes", &quotes.Document{ID: "d0", Text: text, Quotes: []quotes.Quote{}}, nil},
		{"attributed", &quotes.Document{ID: "d1", Text: text, Quotes: []quotes.Quote{direct}}, []quotes.FlatQuote{{
			Document: "d1", Kind: quotes.Direct, Text: "We agree", Start: 3, End: 11, Cue: "said",
			SpeakerID: "s1", SpeakerKey: "ana hinojosa", SpeakerName: "Ana Hinojosa", SpeakerKind: "person",
			Titles:       []string{"Director of Compliance", "Chair"},
			Organization: "World Customs Organization", OrganizationAcronym: "WCO",
			Mention: "Ana Hinojosa", Confidence: 0.9, Rule: quotes.CueSubject}}},
		// No speaker, cue or mention: empty strings, and titles [] not nil.
		{"unattributed", &quotes.Document{ID: "d2", Text: text, Quotes: []quotes.Quote{orphan}}, []quotes.FlatQuote{{
			Document: "d2", Kind: quotes.Indirect, Text: "Talks went on,", Start: 35, End: 49,
			Titles: []string{}, Confidence: 0.3, Rule: quotes.Unattributed}}},
		{"order kept", &quotes.Document{ID: "d3", Text: text, Quotes: []quotes.Quote{orphan, direct}}, []quotes.FlatQuote{
			{Document: "d3", Kind: quotes.Indirect, Text: "Talks went on,", Start: 35, End: 49,
				Titles: []string{}, Confidence: 0.3, Rule: quotes.Unattributed},
			{Document: "d3", Kind: quotes.Direct, Text: "We agree", Start: 3, End: 11, Cue: "said",
				SpeakerID: "s1", SpeakerKey: "ana hinojosa", SpeakerName: "Ana Hinojosa", SpeakerKind: "person",
				Titles:       []string{"Director of Compliance", "Chair"},
				Organization: "World Customs Organization", OrganizationAcronym: "WCO",
				Mention: "Ana Hinojosa", Confidence: 0.9, Rule: quotes.CueSubject}}},
		// Within is copied: the second record is inside the first.
		{"nested", &quotes.Document{ID: "d4", Text: text, Quotes: []quotes.Quote{direct, nested}}, []quotes.FlatQuote{
			{Document: "d4", Kind: quotes.Direct, Text: "We agree", Start: 3, End: 11, Cue: "said",
				SpeakerID: "s1", SpeakerKey: "ana hinojosa", SpeakerName: "Ana Hinojosa", SpeakerKind: "person",
				Titles:       []string{"Director of Compliance", "Chair"},
				Organization: "World Customs Organization", OrganizationAcronym: "WCO",
				Mention: "Ana Hinojosa", Confidence: 0.9, Rule: quotes.CueSubject},
			{Document: "d4", Kind: quotes.Indirect, Text: "Talks went on,", Start: 35, End: 49,
				Titles: []string{}, Confidence: 0.3, Rule: quotes.Unattributed, Within: 2}}},
		{"document speaker", &quotes.Document{ID: "d5", Text: text, Quotes: []quotes.Quote{byDocument}}, []quotes.FlatQuote{{
			Document: "d5", Kind: quotes.Indirect, Text: "Talks went on,", Start: 35, End: 49,
			SpeakerID: "s2", SpeakerKey: "document:resolution 1540", SpeakerName: "Resolution 1540", SpeakerKind: "document",
			Titles: []string{}, Confidence: 0.3, Rule: quotes.SubjectCue}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotes.Flatten(tt.doc)
			assert.Equal(t, tt.want, got)
			for _, q := range got {
				assert.Equal(t, text[q.Start:q.End], q.Text)
			}
		})
	}
}

// The titles are a copy: changing a record leaves the speaker alone.
func TestFlattenCopiesTitles(t *testing.T) {
	s := &speakers.Speaker{ID: "s1", Kind: speakers.Person, Name: "A", Titles: []string{"Chair"}}
	d := &quotes.Document{ID: "d", Quotes: []quotes.Quote{{Kind: quotes.Direct, Speaker: s}}}
	f := quotes.Flatten(d)
	require.Len(t, f, 1)
	f[0].Titles[0] = "changed"
	assert.Equal(t, []string{"Chair"}, s.Titles)
}

func TestFlatQuoteJSON(t *testing.T) {
	tests := []struct {
		name string
		in   quotes.FlatQuote
		want string
	}{
		{"unattributed", quotes.FlatQuote{Document: "d", Kind: quotes.Indirect, Text: "x", Start: 1, End: 2,
			Titles: []string{}, Confidence: 0.25, Rule: quotes.Unattributed},
			`{"document":"d","kind":"indirect","text":"x","start":1,"end":2,"cue":"","speaker_id":"","speaker_key":"","speaker_name":"",` +
				`"speaker_kind":"","titles":[],"organization":"","organization_acronym":"","mention":"","confidence":0.25,"rule":"unattributed","within":0}`},
		{"attributed", quotes.FlatQuote{Document: "d", Kind: quotes.Direct, Text: "y", Start: 3, End: 4, Cue: "said",
			SpeakerID: "s2", SpeakerKey: "jan eliasson", SpeakerName: "Jan Eliasson", SpeakerKind: "person", Titles: []string{"Chair"},
			Organization: "Stockholm International Peace Research Institute", OrganizationAcronym: "SIPRI",
			Mention: "he", Confidence: 0.5, Rule: quotes.SubjectCue, Within: 1},
			`{"document":"d","kind":"direct","text":"y","start":3,"end":4,"cue":"said","speaker_id":"s2","speaker_key":"jan eliasson","speaker_name":"Jan Eliasson",` +
				`"speaker_kind":"person","titles":["Chair"],"organization":"Stockholm International Peace Research Institute",` +
				`"organization_acronym":"SIPRI","mention":"he","confidence":0.5,"rule":"subject-cue","within":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(b))
			var back quotes.FlatQuote
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.in, back, "round trip")
		})
	}
}

// On a real release the records mirror the document's quotes, and their
// offsets index the text.
func TestFlattenRelease(t *testing.T) {
	b, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.txt")
	require.NoError(t, err)
	text := string(b)
	d := quotes.Extract(text)
	d.ID = "osce"
	f := quotes.Flatten(d)
	require.Len(t, f, len(d.Quotes))
	require.NotEmpty(t, f)
	for i, q := range f {
		assert.Equal(t, "osce", q.Document)
		assert.Equal(t, text[q.Start:q.End], q.Text, "quote %d", i)
		assert.Equal(t, d.Quotes[i].Kind, q.Kind)
		assert.Equal(t, d.Quotes[i].Within, q.Within)
		if s := d.Quotes[i].Speaker; s != nil {
			assert.Equal(t, s.Name, q.SpeakerName)
			assert.Equal(t, s.Key, q.SpeakerKey)
			assert.NotEmpty(t, q.SpeakerKey)
			assert.Equal(t, s.Organization.Name, q.Organization)
		} else {
			assert.Empty(t, q.SpeakerName)
		}
	}
}
