package entities

import "github.com/quotekit/quotekit/internal/enum"

// Kind is the class of a named entity.
type Kind uint8

// Entity kinds.
const (
	UnknownKind  Kind = iota
	Person            // a named person: "Ulrika Funered"
	Organization      // an organization or a body of one: "World Customs Organization", "INTERPOL"
	Place             // a country, city or region: "Sweden", "Vienna"
)

var kindNames = [...]string{"unknown", "person", "organization", "place"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if n, ok := enum.Name(kindNames[:], int(k)); ok {
		return n
	}
	return "Kind(" + itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	*k = Kind(enum.Value(kindNames[:], string(b)))
	return nil
}

// An Entity is a named person, organization or place in the text.
type Entity struct {
	Kind Kind `json:"kind"`
	Span
	Text string `json:"text"` // Span.In(text)
	// Acronym is the acronym of an expansion, stated in the text
	// ("... Institute (SIPRI)") or known from the gazetteer ("World Customs
	// Organization" is the WCO). Expansion is the full name of an acronym.
	Acronym   string `json:"acronym,omitempty"`
	Expansion string `json:"expansion,omitempty"`
	// Canonical is the gazetteer's name for a place or organization, when
	// the text uses another ("Turkey" for Türkiye).
	Canonical string `json:"canonical,omitempty"`
	// Unit reports a sub-body of a larger organization ("Governing Board",
	// "Counter Terrorism Directorate").
	Unit       bool       `json:"unit,omitempty"`
	Confidence Confidence `json:"confidence"`
	// Rule names the evidence for the kind: "gazetteer", "acronym",
	// "org-head", "org-fields" (a body named by a list of fields: "Transport,
	// Logistics and Allied Workers' Union"), "title", "honorific", "name",
	// "model".
	Rule string `json:"rule"`
	// Tokens are the entity's tokens.
	Tokens Range `json:"-"`
}

// Name returns the entity's best full name: the expansion of an acronym,
// the canonical name of a gazetteer entry, or its text.
func (e *Entity) Name() string {
	switch {
	case e.Expansion != "":
		return e.Expansion
	case e.Canonical != "":
		return e.Canonical
	}
	return e.Text
}
