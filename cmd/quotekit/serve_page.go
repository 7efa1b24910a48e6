package main

import (
	_ "embed"
	"net/http"
)

// page is the one self-contained page served at /: its styles and script
// are inline, it loads nothing from elsewhere and needs no build step.
//
//go:embed serve_page.html
var page []byte

// pageCSP lets the page run its own inline script and styles and talk to
// this server only.
const pageCSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; " +
	"img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func servePage(w http.ResponseWriter, _ *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(page)
}
