// Command whosaidwhat prints the speakers of a press release and what each
// of them said. Run it from the repository root:
//
//	go run ./examples/whosaidwhat testdata/osce_fsc_2018-10-17.txt
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
)

func main() {
	path := "testdata/osce_fsc_2018-10-17.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	doc := quotes.Extract(string(b))
	fmt.Printf("%s (%s, %s)\n\n", doc.Title, doc.Place, doc.Date)
	for _, s := range doc.Speakers {
		if s.Kind != speakers.Person {
			continue
		}
		fmt.Printf("%s", s.Name)
		if s.Organization.Name != "" {
			fmt.Printf(", %s", s.Organization)
		}
		fmt.Println()
		if len(s.Titles) > 0 {
			fmt.Printf("  %s\n", strings.Join(s.Titles, "; "))
		}
		for _, q := range doc.Quotes {
			if q.Speaker == s {
				fmt.Printf("  - %s: %s\n", q.Kind, q.Text)
			}
		}
	}
}
