package speakers_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/speakers"
)

// named returns a named person: the Tracker gives named people a family
// name, and KeyOf keys them by their name alone.
func named(name string) *speakers.Speaker {
	f := strings.Fields(name)
	return &speakers.Speaker{Kind: speakers.Person, Name: name, Family: f[len(f)-1]}
}

func TestKeyOf(t *testing.T) {
	tests := []struct {
		name string
		s    *speakers.Speaker
		want string
	}{
		// One person, many spellings.
		{"full", named("Donald Trump"), "donald trump"},
		{"middle initial", named("Donald J. Trump"), "donald trump"},
		{"middle initial without period", named("Donald J Trump"), "donald trump"},
		{"capitals", named("DONALD TRUMP"), "donald trump"},
		{"capitals and initial", named("DONALD J. TRUMP"), "donald trump"},
		{"honorific", named("Mr. Donald Trump"), "donald trump"},
		{"honorific without period", named("Dr Ben Carson"), "ben carson"},
		{"two honorifics", named("Ambassador Dr. Ulrika Funered"), "ulrika funered"},
		{"title", named("President Donald J. Trump"), "donald trump"},
		{"abbreviated title", named("Sen. Bernie Sanders"), "bernie sanders"},
		{"title and family name", named("Judge Quist"), "judge quist"}, // two words stay
		{"honorific and family name", named("Mr. Trump"), "trump"},
		{"no-break space", named("Donald Trump"), "donald trump"},
		{"extra spaces", named("  Donald \t Trump "), "donald trump"},
		{"two middle initials", named("George H. W. Bush"), "george bush"},
		{"joined middle initials", named("George H.W. Bush"), "george bush"},
		// Suffixes stay: father and son are two people.
		{"suffix", named("Donald Trump Jr."), "donald trump jr"},
		{"suffix with comma", named("Donald Trump, Jr."), "donald trump jr"},
		{"suffix in capitals", named("DONALD J. TRUMP JR"), "donald trump jr"},
		{"roman suffix", named("John Smith III"), "john smith iii"},
		{"senior", named("Robert Vale Sr."), "robert vale sr"},
		// Initials that open a name stay, however written.
		{"initials", named("J. K. Rowling"), "j k rowling"},
		{"joined initials", named("J.K. Rowling"), "j k rowling"},
		{"capital initials", named("JK Rowling"), "j k rowling"},
		{"initial then name", named("F. Scott Fitzgerald"), "f scott fitzgerald"},
		// Hyphens, particles, apostrophes, full middle names.
		{"hyphenated", named("Jean-Claude Juncker"), "jean-claude juncker"},
		{"en dash", named("Jean–Claude Juncker"), "jean-claude juncker"},
		{"particles", named("Ursula von der Leyen"), "ursula von der leyen"},
		{"particles in capitals", named("URSULA VON DER LEYEN"), "ursula von der leyen"},
		{"apostrophe", named("Beto O’Rourke"), "beto orourke"},
		{"straight apostrophe", named("Beto O'Rourke"), "beto orourke"},
		{"middle name", named("Hillary Rodham Clinton"), "hillary rodham clinton"},
		// Accents and letters of other scripts.
		{"accents", named("José Manuel Barroso"), "jose manuel barroso"},
		{"decomposed accents", named("Jose\u0301 Barroso"), "jose barroso"},
		{"spelled-out letters", named("Łukasz Søndergaard-Weiß"), "lukasz sondergaard-weiss"},
		{"Turkish", named("Recep Tayyip Erdoğan"), "recep tayyip erdogan"},
		{"dotted capital I", named("İLHAN OMAR"), "ilhan omar"},
		{"Cyrillic", named("Владимир Путин"), "владимир путин"},
		{"Cyrillic capitals", named("ВЛАДИМИР ПУТИН"), "владимир путин"},
		{"Greek final sigma", named("Αλέξης Τσίπρας"), "αλεξησ τσιπρασ"},
		{"Greek capitals", named("ΑΛΈΞΗΣ ΤΣΊΠΡΑΣ"), "αλεξησ τσιπρασ"},
		{"Han, no initials", named("习 近平"), "习 近平"},
		// Other scripts keep their marks and their syllables.
		{"Devanagari", named("नरेंद्र मोदी"), "नरेंद्र मोदी"},
		{"Hangul", named("문재인 대통령"), "문재인 대통령"},
		{"Arabic", named("محمد بن سلمان"), "محمد بن سلمان"},
		{"Greek breathing marks", named("Ἀλέξης Τσίπρας"), "αλεξησ τσιπρασ"},
		{"full-width letters", named("Ｄｏｎａｌｄ Ｔｒｕｍｐ"), "donald trump"},
		{"one name", named("Trump"), "trump"},
		{"one letter name", named("Malcolm X"), "malcolm x"},

		// Organizations: acronym when known, else name without article.
		{"acronym", &speakers.Speaker{Kind: speakers.Organization, Name: "World Health Organization",
			Organization: speakers.Org{Name: "World Health Organization", Acronym: "WHO"}}, "organization:who"},
		{"acronym alone", &speakers.Speaker{Kind: speakers.Organization, Name: "WHO",
			Organization: speakers.Org{Name: "WHO"}}, "organization:who"},
		{"dotted acronym", &speakers.Speaker{Kind: speakers.Organization, Name: "United Nations",
			Organization: speakers.Org{Name: "United Nations", Acronym: "U.N."}}, "organization:un"},
		{"name", &speakers.Speaker{Kind: speakers.Organization, Name: "The White House",
			Organization: speakers.Org{Name: "The White House"}}, "organization:white house"},
		{"ampersand", &speakers.Speaker{Kind: speakers.Organization, Name: "Procter & Gamble"}, "organization:procter and gamble"},
		{"Nato", &speakers.Speaker{Kind: speakers.Organization, Name: "Nato"}, "organization:nato"},
		// Groups, documents and described people: kind, colon, words.
		{"group", &speakers.Speaker{Kind: speakers.Group, Name: "speakers at today’s meeting"}, "group:speakers at todays meeting"},
		{"group capitals", &speakers.Speaker{Kind: speakers.Group, Name: "MEPs"}, "group:meps"},
		{"document", &speakers.Speaker{Kind: speakers.Document, Name: "the resolution"}, "document:resolution"},
		{"named document", &speakers.Speaker{Kind: speakers.Document, Name: "Resolution 1540"}, "document:resolution 1540"},
		{"described person", &speakers.Speaker{Kind: speakers.Person, Name: "a campaign spokeswoman"}, "person:campaign spokeswoman"},
		{"article alone", &speakers.Speaker{Kind: speakers.Group, Name: "The"}, "group:the"},
		{"marks alone", &speakers.Speaker{Kind: speakers.Group, Name: "— —"}, "— —"},
		{"nil", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers.KeyOf(tt.s)
			assert.Equal(t, tt.want, got)
			if tt.s != nil && tt.s.Kind == speakers.Person && tt.s.Family != "" {
				assert.NotContains(t, got, ":", "a named person's key has no prefix")
			}
		})
	}
}

// The spellings of one name share one key; other people keep theirs.
func TestKeyOfMerges(t *testing.T) {
	key := func(names ...string) map[string]bool {
		out := map[string]bool{}
		for _, n := range names {
			out[speakers.KeyOf(named(n))] = true
		}
		return out
	}
	assert.Len(t, key("Donald J. Trump", "Donald Trump", "DONALD TRUMP", "Mr. Donald Trump", "donald  trump"), 1)
	assert.Len(t, key("Donald Trump", "Donald Trump Jr.", "Melania Trump", "Trump"), 4)
	assert.Len(t, key("Ursula von der Leyen", "Ursula Von Der Leyen", "URSULA VON DER LEYEN"), 1)
}

// The key of a tracked document's speakers is set, and written as "key".
func TestTrackerSetsKey(t *testing.T) {
	_, tr := analyze(t, "Ambassador Ulrika Funered opened. Ambassador Funered added more. Later Funered left.")
	for _, p := range tr.People() {
		tr.Attribute(p, p.Mentions[0])
	}
	ss := tr.Speakers()
	require.Len(t, ss, 1)
	assert.Equal(t, "ulrika funered", ss[0].Key)
	b, err := json.Marshal(ss[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"id":"s1","key":"ulrika funered","kind":"person"`)
}

// A document speaker is written and read as "document".
func TestDocumentKindJSON(t *testing.T) {
	b, err := json.Marshal(&speakers.Speaker{Kind: speakers.Document, Name: "the report"})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"document"`)
	var s speakers.Speaker
	require.NoError(t, json.Unmarshal(b, &s))
	assert.Equal(t, speakers.Document, s.Kind)
}

// KeyOf never panics, gives valid UTF-8 for valid input and its kind's
// prefix, and a named person's key is a fixed point: the key of the key is
// itself. (A description's is not always: "A A Team" → "a team" → "team".)
func FuzzKeyOf(f *testing.F) {
	for _, s := range []string{"Donald J. Trump", "J.K. Rowling", "Mr. Trump", "Jean-Claude Juncker", "Ursula von der Leyen",
		"Donald Trump, Jr.", "U.N.", "Procter & Gamble", "Αλέξης Τσίπρας", "नरेंद्र मोदी", "— —", "", ".", "-", "O’", "A.B.C.D.E.F.G"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, k := range []speakers.Kind{speakers.Person, speakers.Organization, speakers.Group, speakers.Document} {
			s := &speakers.Speaker{Kind: k, Name: name, Family: "x"}
			got := speakers.KeyOf(s)
			if utf8.ValidString(name) && !utf8.ValidString(got) {
				t.Fatalf("KeyOf(%v, %q) = %q: invalid UTF-8", k, name, got)
			}
			prefix := ""
			if k != speakers.Person {
				prefix = k.String() + ":"
			}
			rest, ok := strings.CutPrefix(got, prefix)
			if !ok {
				// Only the fallback of a name without a word has no prefix.
				if want := strings.ToLower(strings.Join(strings.Fields(name), " ")); got != want {
					t.Fatalf("KeyOf(%v, %q) = %q: no prefix %q", k, name, got, prefix)
				}
				continue
			}
			if k != speakers.Person {
				continue
			}
			again := speakers.KeyOf(&speakers.Speaker{Kind: k, Name: rest, Family: "x"})
			if again != got {
				t.Fatalf("KeyOf(%v, %q) = %q, but its key is %q", k, name, got, again)
			}
		}
	})
}
