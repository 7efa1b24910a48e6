package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
)

func TestMalayNamesAndStyles(t *testing.T) {
	// Malay and Bruneian names: a father's style inside a patronym, a
	// pilgrim's "Haji" inside a name, "s/o" (son of), a given name after
	// styles that is also a stopword ("Nor"), a style of address that opens
	// with "Yang" (also a family name), and a body named head first ("Bank
	// Kelvo Darussalam") after a post's "of".
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	for _, tt := range []struct{ text, want string }{
		{"Dayang Hajah Siti Rahmah binti Haji Quill, Managing Director, said so.", "Siti Rahmah binti Haji Quill"},
		{"Abdirahman Haji Quill, Executive Secretary, said so.", "Abdirahman Haji Quill"},
		{"Haresh Kumar s/o Quill, Chairman of the food bank, said so.", "Haresh Kumar s/o Quill"},
		{"Dayang Hajah Nor Hasliza binti Haji Quill, Permanent Secretary, said so.", "Nor Hasliza binti Haji Quill"},
		{"Yang Berhormat Tuan Dara Quill announced a helpline.", "Dara Quill"},
	} {
		a := r.Analyze(tt.text, entities.Span{Start: 0, End: len(tt.text)})
		var persons []string
		for _, e := range a.Entities {
			if e.Kind == entities.Person {
				persons = append(persons, e.Text)
			}
		}
		assert.Equal(t, []string{tt.want}, persons, tt.text)
	}
	text := "Dara Quill, Managing Director of Bank Kelvo Darussalam, said so."
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	var orgs []string
	for _, e := range a.Entities {
		if e.Kind == entities.Organization {
			orgs = append(orgs, e.Text)
		}
	}
	assert.Equal(t, []string{"Bank Kelvo Darussalam"}, orgs)
}
