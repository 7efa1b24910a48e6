package quotes

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/internal/htmltext"
)

// ReadHTML extracts the main content of an HTML page and its quotations.
// The returned Document's Text is the text of the page's main content
// (menus, scripts, share widgets and footers dropped; see package
// internal/htmltext for the rules), and every span indexes it. Its
// metadata comes from the page (h1 or og:title, time elements and meta
// tags, canonical link, lang attribute), then from the text as for a
// scraped page (the dateline's place and date).
//
// The page is decoded by the charset it declares (a byte order mark, <meta
// charset>, or the http-equiv Content-Type), else by the one its bytes show:
// UTF-8, or windows-1252 for an undeclared page whose high bytes are all
// single (Latin-1). Text is UTF-8 and spans index it, not the page's bytes.
//
// The error reports a failed read, a page over the document size limit
// (WithMaxDocumentLen, in bytes of HTML), or ctx.Err(). Broken HTML is not
// an error: it is read the way a browser reads it.
func (x *Extractor) ReadHTML(ctx context.Context, r io.Reader) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(x.cfg.maxDocLen)+1))
	if err != nil {
		return nil, fmt.Errorf("quotes: reading HTML: %w", err)
	}
	if len(b) > x.cfg.maxDocLen {
		return nil, fmt.Errorf("quotes: HTML document over the limit of %d bytes (WithMaxDocumentLen)", x.cfg.maxDocLen)
	}
	page, err := htmltext.Extract(ctx, bytes.NewReader(b), htmltext.Options{MaxDepth: x.cfg.maxDepth})
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	text := page.Text
	lay := layout{body: entities.Span{Start: 0, End: len(text)}}
	if x.cfg.layout {
		lay = detectLayout(text)
		lay.body, lay.headline = skipHeadline(text, lay.body, lay.headline, page.Title)
		if lay.place == "" || lay.date == "" {
			p, d := dateline(lay.body.In(text))
			lay.place, lay.date = first(lay.place, p), first(lay.date, d)
		}
		lay.withHeadline()
	}
	// The page's own metadata wins over what the text's shape suggests.
	lay.title = first(page.Title, lay.title)
	lay.date = first(page.Date, lay.date)
	if page.Place != "" {
		lay.place = placeName(page.Place)
	}
	lay.source = first(siteBody(withoutLabel(page.Source)), lay.source) // (a site's kind dropped as from a text's header: "Kelvo Meetings Coverage and Press Releases")
	for _, q := range page.Blockquotes {
		lay.blockquotes = append(lay.blockquotes, entities.Span{Start: q[0], End: q[1]})
	}
	d, err := x.analyze(ctx, text, lay)
	if err != nil {
		return nil, err
	}
	d.URL, d.Language = page.URL, page.Language
	return d, nil
}

// skipHeadline moves the start of body past its first line when that line
// is the page's headline, which a page sets apart in an h1; the line is
// the headline to analyze when it quotes someone (quotedHeadline).
func skipHeadline(text string, body, headline entities.Span, title string) (entities.Span, entities.Span) {
	if title == "" {
		return body, headline
	}
	b := body.In(text)
	nl := strings.IndexByte(b, '\n')
	if nl < 0 || strings.TrimSpace(b[:nl]) != title {
		return body, headline
	}
	rest := trimSpan(text, entities.Span{Start: body.Start + nl, End: body.End})
	if rest.Empty() {
		return body, headline
	}
	if hasQuoteMark(title) || headlineSpeech(title) {
		headline = trimSpan(text, entities.Span{Start: body.Start, End: body.Start + nl})
	}
	return rest, headline
}

func first(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
