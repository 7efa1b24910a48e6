// Package speakers knows the people (and organizations, groups and
// documents) of a document: their names, honorifics, titles, the
// organization they speak for, their affiliations, their gender where the
// text shows it, and every mention of them.
//
// A Tracker is built per document on an entities.Analysis. It reads titles
// in the shapes releases use: appositives ("Ana Hinojosa, Director of the
// Compliance and Facilitation Directorate at the World Customs
// Organization, said"), pre-nominal chains ("Chairperson of the FSC and
// Permanent Representative of Sweden to the OSCE Ambassador Ulrika
// Funered"), "former" roles, lists of roles, and parties in parentheses
// ("Ismail Ertug (S&D, DE)"). It resolves the phrases attributions rest on:
// names and surnames ("Ambassador Funered"), pronouns ("she", "He"),
// descriptions ("the Ambassador", "a spokeswoman for the campaign",
// "speakers at today’s meeting") and organizations ("the White House").
//
//	tr := speakers.NewTracker(analysis)
//	res := tr.Resolve(first, end) // a phrase, as token indexes
//	fmt.Println(res.Speaker.Name, res.Speaker.Titles, res.Rule)
//
// # Organization and gender
//
// A person's Organization is the body of their first current title (the
// outermost named organization of a title's chain: "Chair of the Governing
// Board of SIPRI" speaks for SIPRI), the country a representative
// represents ("Permanent Representative of Sweden to the OSCE" speaks for
// Sweden), or a party in parentheses after their name. "former" titles
// give affiliations only. Gender comes from honorifics ("Mrs."), gendered
// titles ("spokeswoman") and pronouns resolved to the person; it is never
// guessed from a name.
//
// # Identity across documents
//
// A speaker's ID ("s1") numbers the speakers of one document; its Key
// (KeyOf) names it across documents: a person's folded name without
// honorific or middle initials ("Mara J. Quist" and "MARA QUIST" are both
// "mara quist"), and for any other speaker its kind and folded name or
// acronym ("organization:hsb", "group:dock workers", "document:resolution
// 2290").
//
// # Concurrency
//
// A Tracker belongs to one document and one goroutine.
package speakers
