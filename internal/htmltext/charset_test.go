package htmltext

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// A page is decoded by the charset it declares, else sniffed: UTF-8 when
// it holds UTF-8, windows-1252 when its high bytes are all single.
func TestCharset(t *testing.T) {
	const body = "<p>\x93Nous gagnerons \xe0 Gen\xe8ve,\x94 said Ren\xe9 Lee \x96 the minister.</p>"
	const want = "“Nous gagnerons à Genève,” said René Lee – the minister."
	for _, tt := range []struct {
		name, src, want, charset string
	}{
		{"meta charset windows-1252", `<html><head><meta charset="windows-1252"></head><body>` + body, want, "windows-1252"},
		{"http-equiv iso-8859-1 (read as windows-1252)", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">` + body, want, "windows-1252"},
		{"undeclared Latin-1 bytes", body, want, "windows-1252"},
		{"undeclared UTF-8", "<p>“Nous gagnerons à Genève,” said René Lee – the minister.</p>", want, "utf-8"},
		{"declared UTF-8", `<meta charset="utf-8"><p>“Nous gagnerons à Genève,” said René Lee – the minister.</p>`, want, "utf-8"},
		{"UTF-8 with a stray byte stays UTF-8", "<p>“We\xc0 win,” said René Lee.</p>", "“We\ufffd win,” said René Lee.", "utf-8"},
		{"UTF-8 BOM", "\xef\xbb\xbf<p>Genève</p>", "Genève", "utf-8"},
		{"UTF-16LE BOM", "\xff\xfe<\x00p\x00>\x00G\x00\xe8\x00v\x00e\x00", "Gève", "utf-16le"},
		{"Latin-2 declared", "<meta charset=\"iso-8859-2\"><p>\xa3\xf3d\xbc</p>", "Łódź", "iso-8859-2"},
		{"plain ASCII", "<p>Plain words.</p>", "Plain words.", "utf-8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, name := decode([]byte(tt.src))
			assert.Equal(t, tt.charset, name)
			p := extract(t, tt.src)
			assert.True(t, utf8.ValidString(p.Text), "%q", p.Text)
			assert.Equal(t, tt.want, p.Text)
		})
	}
}
