package htmltext

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// decode returns the page src as UTF-8, decoded by its charset, and the
// charset's name:
//
//   - the charset a byte order mark or the page declares (<meta
//     charset="windows-1252">, <meta http-equiv="Content-Type"
//     content="text/html; charset=iso-8859-1">) in its first 1,024 bytes,
//     as a browser finds it (the WHATWG algorithm of
//     golang.org/x/net/html/charset: "iso-8859-1" is read as windows-1252);
//   - else UTF-8 when the page is valid UTF-8 or holds any multi-byte UTF-8
//     sequence (a UTF-8 page with a stray invalid byte stays UTF-8: the
//     parser makes that byte U+FFFD);
//   - else windows-1252, the web's default for undeclared pages: a page
//     whose bytes above 0x7F are all single ("caf\xe9", "\x93Yes\x94") is
//     one of the Latin-1 family.
//
// UTF-8 input is returned as is.
func decode(src []byte) ([]byte, string) {
	prefix := src[:min(len(src), 1024)]
	declared := bytes.Contains(bytes.ToLower(prefix), []byte("charset")) ||
		bytes.HasPrefix(prefix, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(prefix, []byte("\xfe\xff")) || bytes.HasPrefix(prefix, []byte("\xff\xfe"))
	if declared {
		e, name, _ := charset.DetermineEncoding(src, "")
		if name == "utf-8" || e == nil {
			return src, "utf-8"
		}
		if out, err := e.NewDecoder().Bytes(src); err == nil {
			return out, name
		}
		return src, "utf-8"
	}
	if utf8.Valid(src) || hasMultibyte(src) {
		return src, "utf-8"
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(src)
	if err != nil {
		return src, "utf-8"
	}
	return out, "windows-1252"
}

// hasMultibyte reports whether src holds a valid UTF-8 sequence of two or
// more bytes.
func hasMultibyte(src []byte) bool {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r != utf8.RuneError || size > 1 {
			return true
		}
		i++
	}
	return false
}
