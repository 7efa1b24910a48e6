package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsHTML(t *testing.T) {
	for _, tt := range []struct {
		name, content string
		want          bool
	}{
		{"page.html", "plain words", true}, // by name
		{"page.HTM", "", true},
		{"-", "<!DOCTYPE html><html>", true},
		{"-", "\ufeff\n  <html lang=\"en\">", true},
		{"page.txt", "<!doctype html>", true},
		{"x", "<p>One paragraph.</p>", true},
		{"x", "<div class=\"a\">", true},
		{"x", "<!-- saved page -->\n<html>", true},
		{"x", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"x", "<?xml version=\"1.0\"?>\n<feed>", false},
		{"x", "<pre-release notes> are text", false},
		{"x", "<b", true},
		{"x", "VIENNA, 17 October 2018 – <b>not a page</b>", false},
		{"x", "", false},
	} {
		t.Run(tt.name+" "+tt.content, func(t *testing.T) {
			assert.Equal(t, tt.want, isHTML(tt.name, []byte(tt.content)))
		})
	}
}

// An HTML file without an HTML name is read as HTML, and its JSON carries
// the extracted text.
func TestRunHTMLByContent(t *testing.T) {
	src, err := os.ReadFile("../../testdata/osce_fsc_2018-10-17.html")
	require.NoError(t, err)
	name := filepath.Join(t.TempDir(), "page.txt")
	require.NoError(t, os.WriteFile(name, src, 0o644))
	for _, args := range [][]string{{name}, {"-"}} {
		var out, errOut bytes.Buffer
		code := run(args, bytes.NewReader(src), &out, &errOut)
		require.Equal(t, 0, code, errOut.String())
		got := out.String()
		for _, want := range []string{`"text":"Press release\n\nMore international co-operation`,
			`"url":"https://www.osce.org/forum-for-security-cooperation/400304"`, `"speaker_name":"Ana Hinojosa"`} {
			assert.True(t, strings.Contains(got, want), "output has %s", want)
		}
		assert.False(t, strings.Contains(got, "cookies"), "no cookie banner")
	}
}
