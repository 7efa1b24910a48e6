package quotes

import (
	"context"
	"fmt"
	"regexp"
	"sync"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// Default limits.
const (
	DefaultMaxQuoteLen    = 10_000   // bytes an unclosed quotation mark may run over
	DefaultMaxDocumentLen = 50 << 20 // bytes of text per document
	DefaultMaxHTMLDepth   = 512      // nesting depth of HTML elements
)

type config struct {
	maxQuoteLen int
	maxDocLen   int
	maxDepth    int
	layout      bool
	noModel     bool
	learned     bool     // WithLearned(true) or WithWeights
	weights     *Weights // WithWeights; nil for the embedded ones
	weightsErr  error
}

// An Option configures an Extractor.
type Option func(*config)

// WithMaxQuoteLen bounds how far an unclosed quotation mark may run, in
// bytes: past it, the quotation ends with its sentence. Reported speech
// (an indirect or mixed quote) ends at the latest with the word that
// reaches it, and a statement introduced by "Following is …:" with the
// word that reaches ten times it (see bounds.go).
func WithMaxQuoteLen(n int) Option { return func(c *config) { c.maxQuoteLen = n } }

// WithMaxDocumentLen bounds the size of a document, in bytes.
// ExtractContext and ReadHTML return an error for a larger one.
func WithMaxDocumentLen(n int) Option { return func(c *config) { c.maxDocLen = n } }

// WithMaxHTMLDepth bounds the nesting depth of HTML elements that ReadHTML
// follows; deeper elements still give their text.
func WithMaxHTMLDepth(n int) Option { return func(c *config) { c.maxDepth = n } }

// WithLayout turns the detection of scraped-page layouts (menus, metadata
// lines, footers around the release) on or off; it is on by default. With
// it off, the whole text is the body.
func WithLayout(on bool) Option { return func(c *config) { c.layout = on } }

// WithModel turns prose's named-entity model on (the default) or off. On,
// it settles the kind of single names the rules and lists are unsure of,
// one sentence at a time; off, those names keep the rules' guess, which is
// faster on text full of names the lists don't know (see BENCHMARKS.md).
func WithModel(on bool) Option { return func(c *config) { c.noModel = !on } }

// An Extractor finds the quotations of documents and their speakers. Build
// one with New and share it: it is safe for concurrent use by any number
// of goroutines, and its word lists are loaded once per process.
type Extractor struct {
	cfg config
	rec *entities.Recognizer
	lm  *learnState // the learned layer; nil for the rules alone
}

// New returns an Extractor. The error reports a defect in the embedded
// word lists.
func New(opts ...Option) (*Extractor, error) {
	cfg := config{maxQuoteLen: DefaultMaxQuoteLen, maxDocLen: DefaultMaxDocumentLen, maxDepth: DefaultMaxHTMLDepth, layout: true}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.maxQuoteLen <= 0 || cfg.maxDocLen <= 0 || cfg.maxDepth <= 0 {
		return nil, fmt.Errorf("quotes: limits must be positive")
	}
	rec, err := entities.NewRecognizer(entities.WithModel(!cfg.noModel))
	if err != nil {
		return nil, err
	}
	if err := cues().err; err != nil {
		return nil, err
	}
	if err := wordListError(); err != nil {
		return nil, err
	}
	lm, err := cfg.learnFor()
	if err != nil {
		return nil, err
	}
	return &Extractor{cfg: cfg, rec: rec, lm: lm}, nil
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New() })

// Extract finds the quotations of text with a default Extractor.
func Extract(text string) *Document {
	x, err := defaultExtractor()
	if err != nil {
		panic(err) // the embedded lists are broken: a defect of the build
	}
	return x.Extract(text)
}

// Extract finds the quotations of text and their speakers. It cannot fail:
// what it is unsure of carries a lower confidence. It applies no size
// limit; see ExtractContext.
func (x *Extractor) Extract(text string) *Document {
	d, _ := x.extract(context.Background(), text, false)
	return d
}

// ExtractContext is Extract with the document size limit and cancellation:
// it returns ctx.Err() promptly once ctx is done, and an error for a text
// over the limit.
func (x *Extractor) ExtractContext(ctx context.Context, text string) (*Document, error) {
	return x.extract(ctx, text, true)
}

func (x *Extractor) extract(ctx context.Context, text string, limits bool) (*Document, error) {
	if limits && len(text) > x.cfg.maxDocLen {
		return nil, fmt.Errorf("quotes: document of %d bytes is over the limit of %d bytes (WithMaxDocumentLen)", len(text), x.cfg.maxDocLen)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	lay := layout{body: entities.Span{Start: 0, End: len(text)}}
	if x.cfg.layout {
		lay = detectLayout(text)
	}
	return x.analyze(ctx, text, lay)
}

// analyze finds the quotations of the body of text that lay gives; it is
// the part of Extract and ReadHTML past reading the input.
func (x *Extractor) analyze(ctx context.Context, text string, lay layout) (*Document, error) {
	a, err := x.rec.AnalyzeContext(ctx, text, lay.body)
	if err != nil {
		return nil, err
	}
	a.SourceBody(siteBody(lay.source))
	opts := []speakers.Option{speakers.WithSource(siteBody(lay.source))} // (the body, not its "Official Website")
	if lay.body.Start > 0 {
		// the header the layout cut from the body: its letterhead or
		// site line names the issuer the body may not, its lines the
		// titles of a person the body names; analyzed only when it can
		// matter (a site's menu costs as much as the body)
		span := entities.Span{Start: 0, End: lay.body.Start}
		opts = append(opts, speakers.WithHeaderFunc(span, func() *entities.Analysis {
			h, err := x.rec.AnalyzeContext(ctx, text, span)
			if err != nil {
				return nil // (the context is done: Extract reports it below)
			}
			return h
		}))
	}
	if lay.body.End < len(text) {
		// the footer the layout cut: its "About" heading names the issuer
		// (analyzed only when the body has none and the footer does)
		span := entities.Span{Start: lay.body.End, End: len(text)}
		opts = append(opts, speakers.WithFooterFunc(span, func() *entities.Analysis {
			f, err := x.rec.AnalyzeContext(ctx, text, span)
			if err != nil {
				return nil
			}
			return f
		}))
	}
	r := newRun(a, scanQuotes(a, x.cfg.maxQuoteLen), opts...)
	r.ctx = ctx
	r.bnd = newBounds(a, x.cfg.maxQuoteLen)
	r.lm = x.lm
	r.blocks = lay.blockquotes
	r.attribute()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := &Document{
		Text: text, Title: lay.title, Date: lay.date, Place: lay.place, Source: hardWrapRE.ReplaceAllString(lay.source, " "),
		Body: lay.body, Sentences: a.Sentences, Paragraphs: a.Paragraphs, Entities: a.Entities,
		Speakers: r.tr.Speakers(), Quotes: r.out,
	}
	if d.Entities == nil {
		d.Entities = []entities.Entity{}
	}
	if d.Quotes == nil {
		d.Quotes = []Quote{}
	}
	return d, nil
}

// hardWrapRE matches a line break and the spaces around it: a source the
// text hard-wraps reads with one space there (tabs and runs of spaces,
// which set columns apart, stay).
var hardWrapRE = regexp.MustCompile(`[ \t]*\r?\n[ \t]*`)
