package quotes

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/quotekit/quotekit/entities"
)

//go:embed data/*.tsv data/words/*.txt
var dataFS embed.FS

// A cueVerb is a verb of saying from data/cues.tsv.
type cueVerb struct {
	lemma     string
	hearer    bool     // takes the hearer as object: "told reporters"
	clause    bool     // takes a clause without "that"
	inf       bool     // takes an infinitive: "vowed to"
	particles []string // "for", "on" after "call"
	weak      bool     // needs a complement
	quoted    bool     // a cue only with quoted words after it: "criticized the “identity politics”"
	naming    bool     // names its object: "called him divisive"
	np        bool     // what is said can be a noun phrase: "announced his candidacy"
	after     bool     // a cue only right after a quotation: "“…,” read the email"
	request   bool     // its noun phrase must name a request or question: "did not respond to a request for comment"
	npInf     bool     // its noun phrase after the particle must take an infinitive: "asked for volunteers to stay"
	particle  bool     // a cue only with its particle: "put it", never "put"
	noQuote   bool     // a quotation right after it is its object: "threatens ‘our way of life’"
}

type cueForm struct {
	verb       *cueVerb
	participle bool // the -ing form: "saying", "adding"
	past       bool
}

type cueLexicon struct {
	forms map[string]cueForm
	err   error
}

var cues = sync.OnceValue(loadCues)

func loadCues() *cueLexicon {
	l := &cueLexicon{forms: map[string]cueForm{}}
	b, err := dataFS.ReadFile("data/cues.tsv")
	if err != nil {
		l.err = fmt.Errorf("quotes: cues: %w", err)
		return l
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	n := 0
	var errs []string
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			errs = append(errs, fmt.Sprintf("cues.tsv:%d: want lemma<TAB>forms", n))
			continue
		}
		v := &cueVerb{lemma: f[0]}
		if len(f) > 2 {
			for _, flag := range strings.Fields(f[2]) {
				switch {
				case flag == "hearer":
					v.hearer = true
				case flag == "clause":
					v.clause = true
				case flag == "inf":
					v.inf = true
				case flag == "weak":
					v.weak = true
				case flag == "quoted":
					v.quoted, v.weak = true, true
				case flag == "naming":
					v.naming = true
				case flag == "np":
					v.np = true
				case flag == "request":
					v.np, v.request = true, true
				case flag == "npinf":
					v.np, v.npInf = true, true
				case flag == "after":
					v.after = true
				case flag == "particle":
					v.particle = true
				case flag == "noquote":
					v.noQuote = true
				case strings.HasPrefix(flag, "prep="):
					v.particles = strings.Split(strings.TrimPrefix(flag, "prep="), ",")
				default:
					errs = append(errs, fmt.Sprintf("cues.tsv:%d: unknown flag %q", n, flag))
				}
			}
		}
		for _, form := range strings.Fields(f[1]) {
			if _, dup := l.forms[form]; dup {
				errs = append(errs, fmt.Sprintf("cues.tsv:%d: duplicate form %q", n, form))
				continue
			}
			l.forms[form] = cueForm{verb: v, participle: strings.HasSuffix(form, "ing") && form != v.lemma,
				past: strings.HasSuffix(form, "ed") || form == "said" || form == "told" || form == "wrote" || form == "swore"}
		}
	}
	if len(errs) > 0 {
		l.err = fmt.Errorf("quotes: embedded lists: %s", strings.Join(errs, "; "))
	}
	return l
}

// cueAt returns the verb of saying at token i, if any. Capitalized forms
// count only as participles opening a sentence ("Asked about ...").
func cueAt(toks []entities.Token, i int) (cueForm, bool) {
	return cueAtCase(toks, i, false)
}

// cueAtCase is cueAt that, in a title-case sentence, takes capitalized
// forms too ("Clinton Says Russians Hacked DNC").
func cueAtCase(toks []entities.Token, i int, titleCase bool) (cueForm, bool) {
	t := &toks[i]
	if t.Kind != entities.Word {
		return cueForm{}, false
	}
	var b [24]byte
	if len(t.Text) > len(b) {
		return cueForm{}, false
	}
	key := b[:0]
	upper := titleCase && len(t.Text) > 2 && t.IsUpper() // a headline in capitals: "…, COMMISSIONER SAYS “…”"
	for k := 0; k < len(t.Text); k++ {
		c := t.Text[k]
		if 'A' <= c && c <= 'Z' {
			if k > 0 && !upper {
				return cueForm{}, false
			}
			c += 'a' - 'A'
		}
		key = append(key, c)
	}
	f, ok := cues().forms[string(key)]
	if !ok {
		return f, false
	}
	if t.IsCap() && !f.participle && !titleCase {
		return f, false
	}
	if f.verb.quoted && t.IsCap() {
		return f, false
	}
	if f.verb.particle && !particleAfter(toks, i, f.verb.particles) {
		return f, false // "make" alone is no cue, "made it clear" is
	}
	if string(key) == "thanks" && thanksTo(toks, i) {
		return f, false // "thanks in part to new revenue": a preposition
	}
	if f.verb.lemma == "continue" && i+1 < len(toks) && (toks[i+1].Is("as") || toks[i+1].Is("on") && i+2 < len(toks) && toks[i+2].Is("as")) {
		return f, false // "will continue as Chief Executive Officer": a post kept, no speech
	}
	if string(key) == "written" && attributiveAt(toks, i) {
		return f, false // "94 written comments", "a written reply": an adjective before its noun
	}
	return f, true
}

// particleAfter reports one of particles right after token i, or after
// "it": "put it", "made clear", "made it clear".
func particleAfter(toks []entities.Token, i int, particles []string) bool {
	for _, p := range particles {
		if i+1 < len(toks) && toks[i+1].Is(p) || p != "it" && i+2 < len(toks) && toks[i+1].Is("it") && toks[i+2].Is(p) {
			return true
		}
	}
	return false
}

// thanksTo reports "thanks" at i used as a preposition: "thanks to",
// "thanks in part to", "thanks largely to".
func thanksTo(toks []entities.Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		switch toks[j].Text {
		case "to":
			return true
		case "in", "part", "large", "largely", "partly", "mostly", "mainly", "only", "again", "also":
		default:
			return false
		}
	}
	return false
}

// attributiveAt reports a participle at token i that stands between a
// number or a determiner and a noun it describes: "94 written comments",
// "a written reply", "their written evidence".
func attributiveAt(toks []entities.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	p, n := &toks[i-1], &toks[i+1]
	before := p.Kind == entities.Number || p.Kind == entities.Word && p.IsLower() && determinerWords[p.Text]
	return before && n.Kind == entities.Word && n.IsLower() && !prepositions[n.Text] && !n.Is("that") && !n.Is("by")
}
