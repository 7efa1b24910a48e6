package quotes_test

import (
	"fmt"

	"github.com/quotekit/quotekit/quotes"
)

func Example() {
	text := "VIENNA, 17 October 2018 – Ana Hinojosa, Director at the World Customs Organization, said: " +
		"“Supply chains are only as strong as their weakest link.” " +
		"Ali Rached, Policy Analyst at INTERPOL, added that co-operation was essential."
	doc := quotes.Extract(text)
	for _, q := range doc.Quotes {
		fmt.Printf("%s [%d,%d) %s (%s): %s\n", q.Kind, q.Start, q.End, q.Speaker.Name, q.Speaker.Organization, q.Text)
	}
	// Output:
	// direct [95,150) Ana Hinojosa (World Customs Organization (WCO)): Supply chains are only as strong as their weakest link.
	// indirect [205,231) Ali Rached (INTERPOL): co-operation was essential
}

func ExampleExtractor_Extract() {
	x, err := quotes.New()
	if err != nil {
		panic(err)
	}
	text := "“We will win,” said Ulrika Funered. “Nobody can stop us.”"
	doc := x.Extract(text)
	for _, q := range doc.Quotes {
		cue := "-"
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		fmt.Printf("%s %q by %s via %q, cue %s, rule %s\n", q.Kind, q.Text, q.Speaker.Name, q.Mention.Text, cue, q.Rule)
	}
	// Output:
	// direct "We will win" by Ulrika Funered via "Ulrika Funered", cue said, rule cue-subject
	// direct "Nobody can stop us." by Ulrika Funered via "Ulrika Funered", cue -, rule continuation
}

func ExampleEvaluate() {
	text := "Ann Lee said that the vote was close."
	gold := []quotes.GoldDocument{{Text: text, Quotes: []quotes.GoldQuote{{Start: 13, End: 36, Cue: "said", Kind: "indirect"}}}}
	pred := []*quotes.Document{quotes.Extract(text)}
	s := quotes.Evaluate(gold, pred, 0.5)[0]
	fmt.Printf("precision %.2f recall %.2f\n", s.Precision, s.Recall)
	// Output:
	// precision 1.00 recall 1.00
}
