// Package htmltext turns an HTML page into the plain text of its main
// content and the page's metadata.
//
// It finds the main content the way a reader sees it: the article or main
// element (or role="main", itemprop="articleBody") when the page has one,
// otherwise the block with the most paragraph text and the fewest links,
// in the manner of readability-style extractors. Navigation, scripts,
// styles, forms, footers, cookie banners, share widgets, language menus and
// blocks made mostly of links are dropped.
//
// # Text
//
// Block structure is kept: a heading, paragraph or other block element
// starts a paragraph ("\n\n" before it), a list item, table row or <br> a
// line ("\n"); inline elements flow. Character references are decoded; runs
// of white space (including no-break spaces) become one space, and a line
// never starts or ends with a space. Two elements never merge their words
// unless the page itself sets them side by side with no space, as a
// browser would show them.
//
// # Metadata
//
// Title is the first h1 of the main content, else og:title, else <title>
// without its site suffix (" | News | European Parliament"). Date is an
// ISO 8601 day (YYYY-MM-DD) from a time element, the page's meta tags or
// its JSON-LD. URL is the canonical link (or og:url), Language the lang
// attribute (or meta tags), Source the issuing body where the page states
// it: a "Source:" entry, JSON-LD publisher, og:site_name or the site suffix
// of the title.
//
// # Security Considerations
//
// Extract reads the whole input into memory; bound it with io.LimitReader.
// Elements nested deeper than Options.MaxDepth still give their text, but
// their structure is ignored, so no input makes the walk recurse deeper
// than that. Extract never panics and runs in time linear in the size of
// the parsed tree.
package htmltext
