package entities

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// prose's tagger and entity model, loaded once per process on first use
// (about 200 ms; prose.NewDocument would reload it on every call).
var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("quotekit") })

// proseMu serializes calls into prose, whose thread safety is not
// documented; they are rare (see Refine).
var proseMu sync.Mutex

// An Option configures a Recognizer.
type Option func(*Recognizer)

// WithModel turns the statistical model on or off. On (the default), the
// entity kinds that the lists and rules leave uncertain are settled by
// prose's named-entity model when someone asks for them (Refine); off,
// they keep the rules' guess.
func WithModel(on bool) Option { return func(r *Recognizer) { r.model = on } }

// proseEntity is an entity prose found, located in the sentence text.
type proseEntity struct {
	start, end int // byte offsets into the text
	label      string
}

// Refine settles the kind of an entity the rules were unsure of (a single
// capitalized word with no title, list or context to go by) with prose's
// model, run on the entity's sentence only. It returns the entity, which
// it may update in place. It is cheap when the entity is certain or was
// refined before, and a no-op when the Recognizer was built without the
// model. An Analysis is not safe for concurrent use.
func (a *Analysis) Refine(i int) *Entity {
	e := &a.Entities[i]
	if a.rec == nil || !a.rec.model || e.Confidence >= 0.5 || e.Rule == "model" {
		return e
	}
	si := a.SentenceOf(e.Tokens.First)
	if si < 0 {
		return e
	}
	// A name refined once in the document keeps its label: the model runs
	// once per name and sentence, not once per mention.
	if label, ok := a.proseNames[e.Text]; ok {
		return labelEntity(e, label)
	}
	if a.prose == nil {
		a.prose = map[int][]proseEntity{}
		a.proseNames = map[string]string{}
	}
	ents, ok := a.prose[si]
	if !ok {
		ents = runProse(a.Text, a.Sentences[si].Span)
		a.prose[si] = ents
	}
	label := ""
	for _, pe := range ents {
		if pe.start <= e.Start && pe.end >= e.End {
			label = pe.label
			break
		}
	}
	a.proseNames[e.Text] = label
	return labelEntity(e, label)
}

// labelEntity gives e the kind of prose's label, if the label names one.
func labelEntity(e *Entity, label string) *Entity {
	switch label {
	case "PERSON":
		e.Kind, e.Confidence = Person, 0.6
	case "GPE":
		e.Kind, e.Confidence = Place, 0.6
	case "ORGANIZATION":
		e.Kind, e.Confidence = Organization, 0.6
	default:
		return e
	}
	e.Rule = "model"
	return e
}

// runProse runs prose's tagger and entity model on text[sp] and locates
// its entities in the text: prose reports entity text only, with its
// tokenizer's rewriting (curly quotes made straight), so each is found
// again by its words, in order.
func runProse(text string, sp Span) []proseEntity {
	doc, err := proseDocument(sp.In(text))
	if err != nil || doc == nil {
		return nil
	}
	var out []proseEntity
	from := sp.Start
	for _, pe := range doc.Entities() {
		words := strings.Fields(pe.Text)
		if len(words) == 0 {
			continue
		}
		start := strings.Index(text[from:sp.End], words[0])
		if start < 0 {
			continue
		}
		start += from
		end := start + len(words[0])
		last := words[len(words)-1]
		if len(words) > 1 {
			k := strings.Index(text[end:sp.End], last)
			if k < 0 || k > 3*len(pe.Text) {
				continue
			}
			end += k + len(last)
		}
		out = append(out, proseEntity{start: start, end: end, label: pe.Label})
		from = end
	}
	return out
}

// proseDocument runs prose on one sentence. prose's tokenizer panics on
// some invalid UTF-8 (a slice out of range in doSplit), so it gets valid
// UTF-8 only, and a panic inside prose is recovered as an error: the
// sentence then keeps the rules' guesses.
func proseDocument(sentence string) (doc *prose.Document, err error) {
	if !utf8.ValidString(sentence) {
		sentence = strings.ToValidUTF8(sentence, "\uFFFD")
	}
	proseMu.Lock()
	defer proseMu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("prose: %v", p)
		}
	}()
	return prose.NewDocument(sentence, prose.UsingModel(proseModel()), prose.WithSegmentation(false))
}
