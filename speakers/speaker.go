package speakers

import (
	"github.com/quotekit/quotekit/entities"

	"github.com/quotekit/quotekit/internal/enum"
)

// Kind says what a speaker is.
type Kind uint8

// Speaker kinds.
const (
	Person       Kind = iota + 1 // a person, named or described ("a campaign spokeswoman")
	Organization                 // an organization, government or publication ("the White House")
	Group                        // people the text names only as a group ("speakers at today’s meeting")
	Document                     // a document the text quotes: "the resolution", "the report", "Resolution 1540"
)

var kindNames = [...]string{"", "person", "organization", "group", "document"}

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

// MentionKind says how a mention refers to its speaker.
type MentionKind uint8

// Mention kinds.
const (
	NameMention       MentionKind = iota + 1 // "Ulrika Funered", "Ambassador Funered", "INTERPOL"
	PronounMention                           // "she", "He", "they"
	DescriptorMention                        // "the Ambassador", "a spokeswoman", "speakers at today’s meeting"
)

var mentionKindNames = [...]string{"", "name", "pronoun", "descriptor"}

// String returns the kind's lower-case name.
func (k MentionKind) String() string {
	if n, ok := enum.Name(mentionKindNames[:], int(k)); ok && n != "" {
		return n
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (k MentionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MentionKind) UnmarshalText(b []byte) error {
	*k = MentionKind(enum.Value(mentionKindNames[:], string(b)))
	return nil
}

// A Mention is a place in the text that refers to a speaker.
type Mention struct {
	entities.Span
	Text string      `json:"text"` // Span.In(text)
	Kind MentionKind `json:"kind"`
}

// An Org is an organization as the text names it.
type Org struct {
	Name    string `json:"name"`    // "World Customs Organization", "Sweden", "INTERPOL"
	Acronym string `json:"acronym"` // "WCO", or "" when the text and the gazetteer give none
}

// A Speaker is a person, organization, group or document that the text
// quotes.
type Speaker struct {
	ID string `json:"id"` // "s1", "s2", ... in the order of the document's speakers
	// Key is the speaker's identity across documents: "donald trump" for
	// "Donald J. Trump", "DONALD TRUMP" and "Mr. Donald Trump" alike,
	// "organization:wco", "group:meps" (see KeyOf for the rules). ID, by
	// contrast, only numbers the speakers of one document.
	Key  string `json:"key"`
	Kind Kind   `json:"kind"`
	// Name is the fullest name the text gives ("Ulrika Funered"), or for an
	// unnamed speaker the description ("speakers at today’s meeting").
	Name      string `json:"name"`
	Given     string `json:"given,omitempty"`  // given names: "Ulrika"
	Family    string `json:"family,omitempty"` // family name: "Funered"
	Honorific string `json:"honorific"`        // "Ambassador", "Mr.", or ""
	// Titles are the roles the text gives, as written (a line break
	// inside one made a space), in order:
	// "Chairperson of the FSC", "former Deputy Secretary-General of the UN".
	Titles []string `json:"titles"`
	// Organization is the body the speaker speaks for: from a current title
	// ("Director ... at the World Customs Organization"), or the country a
	// representative represents.
	Organization Org `json:"organization"`
	// Affiliations are the other organizations and places of the titles.
	Affiliations []Org           `json:"affiliations,omitempty"`
	Gender       entities.Gender `json:"gender"`
	Mentions     []Mention       `json:"mentions"`

	// key is the identity within the document (lower-case family name or
	// description) the Tracker merges mentions by; Key is the identity
	// across documents.
	key    string
	quotes int
	order  int // index in the tracker's speakers, in creation order
	seen   int // the tracker's latest walk of its recency index that saw it
}

// Quotes returns the number of quotes attributed to the speaker.
func (s *Speaker) Quotes() int { return s.quotes }

// String returns "Name (ACRONYM)", or the name alone.
func (o Org) String() string {
	if o.Acronym != "" && o.Acronym != o.Name {
		return o.Name + " (" + o.Acronym + ")"
	}
	return o.Name
}
