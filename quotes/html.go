package quotes

import (
	"context"
	"errors"
	"io"
)

// ReadHTML extracts the main content of an HTML page and its quotations.
func (x *Extractor) ReadHTML(ctx context.Context, r io.Reader) (*Document, error) {
	return nil, errors.New("quotes: HTML input is not supported yet")
}
