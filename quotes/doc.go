// Package quotes finds who said what in press releases and news articles:
// every quotation, direct, indirect or mixed, split or running over
// several paragraphs, attributed to a speaker with their titles and
// organization, with exact byte offsets.
//
// It is the front door of quotekit. A Document comes in as text (or HTML,
// see Extractor.ReadHTML) and goes out with its metadata, sentences,
// entities, speakers and quotes:
//
//	doc := quotes.Extract(text)
//	for _, q := range doc.Quotes {
//		if q.Speaker != nil {
//			fmt.Println(q.Speaker.Name, q.Speaker.Organization, q.Kind, q.Text)
//		}
//	}
//
// For many documents, build one Extractor with New and share it.
//
// # Attribution
//
// Quotes are attributed by sieves applied in a fixed order, most precise
// first, sentence by sentence (Quote.Rule names the sieve that made a
// quote; attribute.go is the driver):
//
//   - label (colon): a name and a colon open a paragraph: "Roe: We will act."
//   - according-to: "…, according to Jane Roe", "As the Gazette reported, …"
//   - question: "Asked whether she would run, …"
//   - possessor: "Roe's claim that …", "her calls for …"
//   - participle: "…, adding that …", "by saying …", "and added that …"
//   - subject-cue: "Jane Roe said that …", "“…,” she said", "She continued to say …"
//   - cue-subject: "“…,” said Jane Roe"
//   - statement (colon): "Following is the minister's message:" and the text after it
//   - quotations no cue claims: after a colon (colon), the same speaker's
//     next paragraph (continuation), a clause whose subject speaks
//     (clause-subject: "Roe issued a statement, “…”"), the speaker of the
//     same words quoted elsewhere (repeated: a headline's quotation), the
//     person a statement's heading names ("Statement by Jane Roe on …"
//     over the text: heading), or no one (unattributed)
//
// # Offsets
//
// Every span is a half-open byte range [Start, End) into the text the
// caller passed: q.Text == text[q.Start:q.End] for every quote, and the
// same holds for its parts, cue and mention, for entities, mentions and
// sentences. A quote's Span runs from its first part to its last; a split
// quote ("“A,” he said, “B.”") has two parts and its Text includes "he
// said". For HTML input, offsets index Document.Text, the extracted text.
// Invalid UTF-8 and NUL bytes are kept as they are: offsets still index
// the bytes given, and encoding/json writes each invalid byte as U+FFFD
// (and NUL as \u0000) in JSON strings, so that the JSON is valid but a
// quote's JSON text can differ from text[start:end] where the text is not
// UTF-8. The text ReadHTML extracts is valid UTF-8: the page's invalid
// bytes are decoded to U+FFFD, as a browser does.
//
// # Concurrency
//
// An Extractor is safe for concurrent use by any number of goroutines. Its
// word lists are parsed once per process; prose's model, used to settle
// the kind of a name the rules are unsure of, is loaded once on first use.
// A Document belongs to its caller.
//
// # Accuracy
//
// On the PolNeAR dev split (84 US political news articles, 1,320
// attributions that count for recall; see Evaluate for the metric), the
// extractor reaches a loose F1 of 0.870 (precision 0.928, recall 0.820),
// a strict F1 of 0.784 and an exact one of 0.706; recall is 0.974 for
// direct quotes, 0.811 for mixed and 0.727 for indirect ones, and 0.925
// of the quotes found name the right speaker. On 34 annotated press
// releases of four kinds (corporate, government, international
// organizations, civil society), it finds 0.91 to 0.99 of the quotes, with
// the right speaker for 0.90 to 1.00 of them, the right organization for
// 0.72 to 0.86 and the right titles for 0.87 to 1.00. It is strongest on
// quotations in quotation marks and on "X said (that) ..." reported
// speech; it misses reported speech after verbs it does not list and
// objects of verbs like "called for", and it takes the edges of long
// reported clauses less well than their speakers. Rules are written for
// English.
//
// # Security Considerations
//
// The package reads only what the caller passes it: it opens no file and
// makes no network access, and ReadHTML follows no link of the page. Time
// and memory grow linearly with the input, on pathological input too
// (ten thousand unbalanced quotation marks, a megabyte without a sentence
// break, HTML elements nested a hundred thousand deep), but memory is not
// small: an extraction allocates some 25 bytes per byte of text, up to 100
// on text dense with quotations. The time per byte has one known outlier:
// each distinct name the rules cannot place ("Zorblax said") costs one run
// of prose's model on a sentence (several milliseconds: prose's fixed cost
// per call), once per document; a text full of such names is slow, so
// bound the time per document with ExtractContext, or turn the model off
// with WithModel(false).
//
// The limits, and their defaults:
//
//   - ExtractContext and ReadHTML refuse a document over
//     DefaultMaxDocumentLen bytes (50 MiB; WithMaxDocumentLen) with an error
//     naming the limit; ReadHTML reads at most one byte past it from its
//     reader. Extract applies no size limit.
//   - ExtractContext and ReadHTML return ctx.Err() once their context is
//     done. The context is checked between phases and every 64 sentences,
//     so the wait is at most one phase: some tens of milliseconds per
//     megabyte of news text.
//   - An unclosed quotation mark never runs past its paragraph; past
//     DefaultMaxQuoteLen bytes (10,000; WithMaxQuoteLen) it ends with its
//     sentence, and at most with the word that reaches the limit.
//   - ReadHTML follows the structure of HTML elements to a nesting depth of
//     DefaultMaxHTMLDepth (512; WithMaxHTMLDepth); deeper elements give
//     their text without structure, and no page makes the walk recurse
//     deeper.
package quotes
