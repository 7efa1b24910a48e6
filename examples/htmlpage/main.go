// Command htmlpage reads a press release's HTML page and prints its
// metadata and quotes, with offsets into the text extracted from the page.
// Run it from the repository root:
//
//	go run ./examples/htmlpage testdata/osce_fsc_2018-10-17.html
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/quotekit/quotekit/quotes"
)

func main() {
	path := "testdata/osce_fsc_2018-10-17.html"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	x, err := quotes.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.ReadHTML(context.Background(), f)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("title: %s\ndate:  %s\nplace: %s\nsource: %s\nurl:   %s\n\n", doc.Title, doc.Date, doc.Place, doc.Source, doc.URL)
	for _, q := range doc.Quotes {
		who := "(unknown)"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		// The offsets index doc.Text, the text extracted from the page.
		fmt.Printf("[%d,%d) %s, %s: %.80s\n", q.Start, q.End, q.Kind, who, doc.Text[q.Start:q.End])
	}
}
