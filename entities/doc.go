// Package entities reads the text layer of quotekit: tokens and sentences
// with byte offsets, and named entities (people, organizations, places)
// with acronyms tied to their expansions.
//
// It is the only package of quotekit that talks to prose
// (github.com/jdkato/prose/v2). Entities come from embedded lists
// (titles and honorifics, countries and demonyms, cities, international
// organizations and their acronyms) and rules; prose's named-entity model
// settles only what the rules leave uncertain, on demand (Analysis.Refine),
// one sentence at a time. Its tokenizer and sentence splitter are not
// used: they carry no offsets, rewrite curly quotation marks, and reload
// their data on every call.
//
//	r, _ := entities.NewRecognizer()
//	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
//	for _, e := range a.Entities {
//		fmt.Println(e.Kind, e.Text, e.Acronym)
//	}
//
// # Offsets
//
// A Span is a half-open byte range into the caller's text; every Token,
// Sentence, Paragraph and Entity has one, and its Text is exactly
// text[Start:End]. Analyze can read a region of a larger text (the body of
// a scraped page): offsets still index the whole text.
//
// # Concurrency
//
// A Recognizer is safe for concurrent use; the embedded lists and prose's
// model are loaded once per process. An Analysis belongs to one goroutine.
//
// # Accuracy
//
// The rules know titles ("Chairperson", "Policy Analyst", "Permanent
// Representative" are never people), honorifics, about 160 countries with
// their demonyms, 250 cities, regions and US states, and 130 organizations
// with acronyms; a capitalized name ending in an organization head word
// ("... Directorate", "... Institute") is an organization. They do not know
// first names: a capitalized name with no other evidence is taken for a
// person with a low confidence, which prose's model may revise.
//
// # Security Considerations
//
// Analysis is linear in the size of the text, reads no file and opens no
// network connection. Invalid UTF-8 bytes become one-byte Symbol tokens.
package entities
