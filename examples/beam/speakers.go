package main

import (
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/quotekit/quotekit/quotes"
)

// A SpeakerCount is the tally of one speaker over all documents: the
// record of the per-speaker output.
type SpeakerCount struct {
	// Key is the speaker's identity across documents, the quotes'
	// speaker_key (see SpeakerKey): "ana hinojosa", "organization:wco".
	Key string `json:"key"`
	// Name and Organization are the spelling of the speaker the most quotes
	// use (the first in byte order on a tie).
	Name         string `json:"name"`
	Organization string `json:"organization"`
	Quotes       int    `json:"quotes"`    // quotes attributed to the speaker
	Documents    int    `json:"documents"` // documents with at least one of them
}

// SpeakerKey returns the identity of the quote's speaker across documents:
// its speaker_key, which quotekit folds from the speaker's name
// (speakers.KeyOf: "Donald J. Trump" and "DONALD TRUMP" are both "donald
// trump"; an organization is "organization:" and its acronym or name). It
// returns "" for a quote without a speaker (or without a key), which no
// speaker counts.
func SpeakerKey(q quotes.FlatQuote) string { return q.SpeakerKey }

// speakerTally is the accumulator of CountSpeakers.
type speakerTally struct {
	Quotes    int
	Documents int
	// Spellings counts the quotes per spelling of the speaker,
	// name + "\x00" + organization.
	Spellings map[string]int
}

// merge returns the sum of a and b, leaving both unchanged.
func (a speakerTally) merge(b speakerTally) speakerTally {
	m := speakerTally{Quotes: a.Quotes + b.Quotes, Documents: a.Documents + b.Documents,
		Spellings: make(map[string]int, len(a.Spellings)+len(b.Spellings))}
	for k, n := range a.Spellings {
		m.Spellings[k] += n
	}
	for k, n := range b.Spellings {
		m.Spellings[k] += n
	}
	return m
}

// count returns the speaker's record: its most used spelling, and its
// counts.
func (a speakerTally) count(key string) SpeakerCount {
	best, bestN := "", -1
	for k, n := range a.Spellings {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	name, org, _ := strings.Cut(best, "\x00")
	return SpeakerCount{Key: key, Name: name, Organization: org, Quotes: a.Quotes, Documents: a.Documents}
}

func init() {
	register.Function2x1(mergeTallies)
	register.Emitter2[string, speakerTally]()
	register.Function2x0(quoteTally)
	register.Function3x0(documentTally)
	register.Function2x1(speakerCount)
}

// CountSpeakers counts the quotes and documents of each speaker of a
// PCollection<quotes.FlatQuote>, and returns a PCollection<SpeakerCount>
// with one record per SpeakerKey. Quotes without a speaker are not
// counted. A document counts once per speaker however many quotes it
// gives them, so the count takes two shuffles: quotes by (speaker,
// document), then documents by speaker.
func CountSpeakers(s beam.Scope, flat beam.PCollection) beam.PCollection {
	s = s.Scope("CountSpeakers")
	perDoc := beam.CombinePerKey(s, mergeTallies, beam.ParDo(s, quoteTally, flat))
	perSpeaker := beam.CombinePerKey(s, mergeTallies, beam.ParDo(s, documentTally, perDoc))
	return beam.ParDo(s, speakerCount, perSpeaker)
}

func mergeTallies(a, b speakerTally) speakerTally { return a.merge(b) }

// quoteTally keys a quote by speaker and document; it drops a quote
// without a speaker.
func quoteTally(q quotes.FlatQuote, emit func(string, speakerTally)) {
	if key, t, ok := tallyQuote(q); ok {
		emit(key, t)
	}
}

func tallyQuote(q quotes.FlatQuote) (key string, t speakerTally, ok bool) {
	speaker := SpeakerKey(q)
	if speaker == "" {
		return "", t, false
	}
	return speaker + "\x00" + q.Document,
		speakerTally{Quotes: 1, Spellings: map[string]int{q.SpeakerName + "\x00" + q.Organization: 1}}, true
}

// documentTally keys a (speaker, document) tally by speaker.
func documentTally(key string, t speakerTally, emit func(string, speakerTally)) {
	emit(tallyDocument(key, t))
}

func tallyDocument(key string, t speakerTally) (string, speakerTally) {
	speaker, _, _ := strings.Cut(key, "\x00")
	t.Documents = 1
	return speaker, t
}

func speakerCount(key string, t speakerTally) SpeakerCount { return t.count(key) }
