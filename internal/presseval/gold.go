// Package presseval scores quotekit on the annotated press releases of
// ../shared/data/press-releases/annotated with the definitions of that
// folder's reference scorer, score_press.py, ported to Go: the same text
// forms (Norm, Bare), the same matches and the same counts, so that the
// figures agree exactly with the scorer's on the CLI's output.
//
// One difference is left: score_press.py reads the CLI's JSON line with
// str.splitlines, which also breaks at U+0085 (NEL), a character
// encoding/json writes unescaped; a document whose output held one would
// lose its predictions there. None of the annotated releases holds one.
package presseval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// A Document is one line of a gold.jsonl: the file name of the release in
// raw/, its format ("text" or "html") and its records in document order.
type Document struct {
	ID     string   `json:"id"`
	Format string   `json:"format"`
	Quotes []Record `json:"quotes"`
}

// A Record is one annotated quote. Snippet is the first words of its
// content as written; a Borderline record is neither a miss nor a false
// positive.
type Record struct {
	Kind         string   `json:"kind"`
	Snippet      string   `json:"snippet"`
	Speaker      *string  `json:"speaker"`
	Organization *string  `json:"organization"`
	Affiliations []string `json:"affiliations"`
	Titles       []string `json:"titles"`
	Borderline   bool     `json:"borderline"`
	Occurrence   int      `json:"occurrence"`
	Note         string   `json:"note"`
	// SpeakerIsPerson is the raw JSON value: score_press.py treats an
	// absent one as true when it picks the speaker's key word, and as
	// false when it decides whether the organization is judged.
	SpeakerIsPerson json.RawMessage `json:"speaker_is_person"`
}

// personForKey is r.get('speaker_is_person', True): true when absent or true.
func (r *Record) personForKey() bool {
	v := strings.TrimSpace(string(r.SpeakerIsPerson))
	return v == "" || v == "true"
}

// personForOrg is r.get('speaker_is_person'): true only when true.
func (r *Record) personForOrg() bool {
	return strings.TrimSpace(string(r.SpeakerIsPerson)) == "true"
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ReadGold reads a gold.jsonl, one document per non-blank line.
func ReadGold(r io.Reader) ([]Document, error) {
	var docs []Document
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<26)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("presseval: gold line %d: %w", n, err)
		}
		if d.ID == "" {
			return nil, fmt.Errorf("presseval: gold line %d: no id", n)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("presseval: reading gold: %w", err)
	}
	return docs, nil
}
