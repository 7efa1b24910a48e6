package quotes

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// The learned layer. The rules propose where reported speech may start or
// end (every word boundary of its sentence that does not cut a quotation)
// and where they would put it; a linear model over hashed features of each
// candidate (the words and suffixes around it, their shapes, the commas,
// cues and quotation marks near it, its distance to the rules' choice and
// the rule that asks) picks one. For example, in "She said prices will
// fall, a view others share." the rules may end the speech at the
// sentence end; the model, having seen glosses after a comma, can end it
// at "fall". The same model picks who said a quotation no rule
// attributes, among the last speakers, the mentions before it in its
// sentence and no one (learned_speaker.go), and who said a quote a rule
// attributes, among the rule's speaker and the mentions around it
// (learned_attributed.go), and where the speech of a quotation inside a
// clause whose subject speaks starts (sieve_orphan.go, clauseStart).
// Training leaves to the rules the decisions it does not improve on
// held-out documents; the weights record which (Weights.off).
//
// The weights are a table of float32 indexed by the FNV-1a hash of a
// feature's name: they hold numbers, not text. Train (learned_train.go)
// fits them to annotated documents; the module embeds weights trained on
// PolNeAR's train split (data/learned.bin).

//go:embed data/learned.bin
var embeddedWeights []byte

// weightsMagic opens a weights file; the format is documented on
// (*Weights).WriteTo.
const weightsMagic = "QKLW"

// weightsVersion changes with the features: weights of another version are
// refused.
const weightsVersion = 6

// defaultBits is the log2 of the size of the weight table.
const defaultBits = 18

// Weights are the trained numbers of the learned layer.
type Weights struct {
	bits uint8
	off  uint8 // the decisions left to the rules (bit 1<<decisionKind)
	w    []float32
}

// learnState is what a run knows of the learned layer: the weights that
// decide, and, when training, where the decisions are recorded.
type learnState struct {
	m   *Weights
	rec *recorder
	// off lists decisions left to the rules (bit 1<<kind): the held-out
	// report measures each decision alone with it.
	off uint8
}

// decides reports whether the learned layer takes decisions of a kind.
func (l *learnState) decides(k decisionKind) bool {
	return l != nil && l.off&(1<<k) == 0
}

var defaultWeights = sync.OnceValues(func() (*Weights, error) {
	if len(embeddedWeights) == 0 {
		return nil, nil
	}
	return ReadWeights(bytes.NewReader(embeddedWeights))
})

// WithLearned turns the learned layer on or off (the default). On, with
// the embedded weights, speech boundaries follow PolNeAR's annotation,
// which counts the "that" of "said that …" as part of what was said;
// off, the rules alone decide, and leave it out.
func WithLearned(on bool) Option { return func(c *config) { c.learned = on } }

// WithWeights turns the learned layer on with weights read from r
// (written by `quotekit train` or (*Weights).WriteTo) instead of the
// embedded ones. New reports an error if they cannot be read.
func WithWeights(r io.Reader) Option {
	w, err := ReadWeights(r)
	return func(c *config) {
		c.weights, c.weightsErr, c.learned = w, err, true
	}
}

// learnFor returns the learned state of an extractor's configuration, nil
// for the rules alone.
func (c *config) learnFor() (*learnState, error) {
	if c.weightsErr != nil {
		return nil, c.weightsErr
	}
	if !c.learned {
		return nil, nil
	}
	w := c.weights
	if w == nil {
		var err error
		if w, err = defaultWeights(); err != nil {
			return nil, fmt.Errorf("quotes: embedded weights: %w", err)
		}
	}
	if w == nil {
		return nil, nil
	}
	return &learnState{m: w, off: w.off}, nil
}

// ReadWeights reads weights in the format (*Weights).WriteTo writes.
func ReadWeights(r io.Reader) (*Weights, error) {
	var hdr [12]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("quotes: weights: reading the header: %w", err)
	}
	if string(hdr[:4]) != weightsMagic {
		return nil, errors.New("quotes: weights: not a quotekit weights file")
	}
	if v := binary.LittleEndian.Uint16(hdr[4:]); v != weightsVersion {
		return nil, fmt.Errorf("quotes: weights: version %d, this build reads version %d", v, weightsVersion)
	}
	bits := hdr[6]
	if bits < 8 || bits > 24 {
		return nil, fmt.Errorf("quotes: weights: table of 2^%d entries out of range", bits)
	}
	n := binary.LittleEndian.Uint32(hdr[8:])
	if n > 1<<bits {
		return nil, fmt.Errorf("quotes: weights: %d entries for a table of %d", n, 1<<bits)
	}
	w := &Weights{bits: bits, off: hdr[7], w: make([]float32, 1<<bits)}
	var e [8]byte
	prev := -1
	for i := uint32(0); i < n; i++ {
		if _, err := io.ReadFull(r, e[:]); err != nil {
			return nil, fmt.Errorf("quotes: weights: entry %d: %w", i, err)
		}
		idx := int(binary.LittleEndian.Uint32(e[:]))
		v := math.Float32frombits(binary.LittleEndian.Uint32(e[4:]))
		if idx <= prev || idx >= len(w.w) || math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return nil, fmt.Errorf("quotes: weights: entry %d is malformed", i)
		}
		w.w[idx], prev = v, idx
	}
	return w, nil
}

// WriteTo writes the weights: "QKLW", the format version (uint16), the
// log2 of the table size (uint8), the decisions left to the rules (uint8:
// bit 1 the end of speech, bit 2 its start before the attribution, bit 3
// its start after it, bit 4 the speaker of a lone quotation, bit 5 (from
// version 2) the speaker of an attributed quote; version 4 adds features
// of the clause after an end, version 5 where a lone quotation's earlier
// speakers are named; version 6 adds bit 6, the start of the speech of a
// quotation inside a clause whose subject speaks), the number of non-zero
// entries (uint32), then each entry as its index (uint32) and its value
// (float32), by increasing index; all little-endian.
func (w *Weights) WriteTo(out io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(weightsMagic)
	var b [8]byte
	binary.LittleEndian.PutUint16(b[:], weightsVersion)
	buf.Write(b[:2])
	buf.WriteByte(w.bits)
	buf.WriteByte(w.off)
	n := 0
	for _, v := range w.w {
		if v != 0 {
			n++
		}
	}
	binary.LittleEndian.PutUint32(b[:], uint32(n))
	buf.Write(b[:4])
	for i, v := range w.w {
		if v == 0 {
			continue
		}
		binary.LittleEndian.PutUint32(b[:], uint32(i))
		binary.LittleEndian.PutUint32(b[4:], math.Float32bits(v))
		buf.Write(b[:8])
	}
	return buf.WriteTo(out)
}

// score sums the weights of features.
func (w *Weights) score(fs []uint32) float32 {
	var s float32
	for _, f := range fs {
		s += w.w[f]
	}
	return s
}
