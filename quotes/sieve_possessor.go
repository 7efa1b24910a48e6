package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The possessor sieve: a noun of saying and its possessor speak, or the
// subject of "make" when the noun is its object.
//
//	"Jane Roe's claim that prices will fall …"
//	"her calls for lower taxes"
//	"his promise to cut fees"
//	"Jane Roe made no mention of the levy"

// nounCues are nouns for what someone said: "his claim that …", "Trump's
// calls for …".
var nounCues = wordList("noun_cues")

// occasionNouns are nouns of saying whose "for" names an occasion or an
// audience, not what was said: "the Secretary-General's message for the
// International Day", where "calls for" and "plans for" give content.
var occasionNouns = map[string]bool{"message": true, "messages": true, "statement": true, "speech": true, "address": true, "remarks": true, "greetings": true}

// possessivePronouns stand for the subject pronoun of their possessor.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// nounCue attributes what a noun of saying introduces, to its possessor:
// "Trump's claim that Obama wants …", "his calls for increased
// surveillance", "her promise to …".
func (r *run) nounCue(s *entities.Sentence, k, lo int) (int, bool) {
	toks := r.toks
	end := s.Tokens.End
	if k-1 < lo || k+2 >= end {
		return 0, false
	}
	j := k + 1
	for n := r.timeAt(j, end); j < end && n > 0; n = r.timeAt(j, end) {
		j += n // "his claim last week that …"
	}
	if j >= end {
		return 0, false
	}
	start, topic := -1, false
	noun := strings.ToLower(toks[k].Text)
	if t := r.thatAfterPhrase(j, end); t > 0 {
		j = t // "his claim in November that …": the occasion, then what was said
	}
	switch strings.ToLower(toks[j].Text) {
	case "about":
		start, topic = j+1, true // "his remarks about abortion"
	case "of":
		if noun == "mention" {
			start, topic = j+1, true // "made no mention of the budget"
		}
	case "that":
		start = j + 1
	case "for", "to", "on":
		if toks[j].Is("for") && occasionNouns[noun] {
			return 0, false // "her message for the International Day of Peace": an occasion, not what was said
		}
		if toks[j].Is("for") && noun == "proposal" && j+1 < end && isArticleWord(toks[j+1].Text) && !r.toAhead(j+1, min(end, j+10)) {
			return 0, false // "the council's proposal for a grants window": the thing proposed, not what was said (but "for the city to borrow …" is)
		}
		start = j + 1
		topic = toks[j].Is("on") && topicNouns[noun] // "his comments on Muslims"
		if toks[j].Is("to") {
			start = j // "her promise to cut taxes"
			if j+1 >= end || !toks[j+1].IsLower() || determinerWords[toks[j+1].Text] || toks[j+1].Kind != entities.Word {
				return 0, false // "her message to the conference": a hearer, not what was said
			}
		}
	}
	if start < 0 || start >= end {
		return 0, false
	}
	var subj phrase
	// Adjectives between the possessor and the noun: "his controversial
	// remarks", "Trump's by-now-familiar claims".
	pk := k - 1
	for pk > lo && k-pk <= 2 && toks[pk].Kind == entities.Word && toks[pk].IsLower() && possessivePronouns[toks[pk].Text] == "" &&
		!determinerWords[toks[pk].Text] && !prepositions[toks[pk].Text] && !isAux(toks[pk].Text) && !cueVerbAt(toks, pk) {
		pk--
	}
	if pk < k-1 && toks[pk].Kind != entities.Possessive && possessivePronouns[strings.ToLower(toks[pk].Text)] == "" {
		pk = k - 1
	}
	p := &toks[pk]
	switch {
	case p.Kind == entities.Possessive:
		n := r.plainLeft(pk, lo)
		if n.end <= n.first {
			return 0, false
		}
		subj = phrase{first: n.first, end: n.end, start: n.first}
	case possessivePronouns[strings.ToLower(p.Text)] != "":
		subj = phrase{first: pk, end: pk + 1, start: pk}
	default:
		v := r.lightVerb(k, lo)
		if v < 0 {
			return 0, false
		}
		n, ok := r.leftPhrase(v, lo)
		if !ok || n.mEnd > n.mFirst {
			return 0, false
		}
		subj = n
	}
	cue := &Cue{Span: toks[k].Span, Text: toks[k].Text}
	if topic {
		// What the remarks were about is a noun phrase: it ends at
		// punctuation or a verb, within a few words.
		e := r.topicEnd(start, end)
		if e <= start {
			return 0, false
		}
		c := r.region(start, e)
		if c.parts == nil || !r.emit(c, cue, subj, Possessor, 0.5) {
			return 0, false
		}
		return e, true
	}
	if e := r.nominalSubjectEnd(s, subj.start, start); e > start {
		// "Clinton's proposal to make firms stay or pay is good policy":
		// the noun phrase is the sentence's subject; what was said ends
		// before its verb.
		bounded := *s
		bounded.Tokens.End = e
		return r.forward(&bounded, start, cue, subj, Possessor, 0.6)
	}
	return r.forward(s, start, cue, subj, Possessor, 0.6)
}

// lightVerb returns the form of "make" whose object is the noun of saying
// at k, with at most three determiners and adjectives between them, or
// -1: "Jane Roe made no mention of the levy", "made an impassioned call
// for calm", "has made favorable comments about the plan". The subject
// of "make" is the speaker.
func (r *run) lightVerb(k, lo int) int {
	toks := r.toks
	for j := k - 1; j >= lo && j >= k-4; j-- {
		t := &toks[j]
		lw := t.Text
		if t.Kind != entities.Word || !t.IsLower() {
			return -1
		}
		if makeForms[lw] {
			return j
		}
		if prepositions[lw] || isAux(lw) || possessivePronouns[lw] != "" || lw == "the" || cueVerbAt(toks, j) {
			return -1
		}
	}
	return -1
}

// makeForms are the forms of "make", the light verb of "made a call for",
// "made no mention of".
var makeForms = toSet(`make makes made making`)

// phraseBeforeThat are the prepositions that open an occasion between a
// noun of saying and its "that": "his claim in a Fox News interview that
// …", "her assertion during the debate that …".
var phraseBeforeThat = toSet(`in during at on from before after earlier last this`)

// thatAfterPhrase returns the "that" after a short phrase of occasion or
// time from token j ("in November that Obama wants …", "during the
// debate that the country is safe"), when a subject follows it rather
// than a verb (not "at a rally that drew 5,000 people"), or -1.
func (r *run) thatAfterPhrase(j, end int) int {
	toks := r.toks
	if j >= end || !toks[j].IsLower() || !phraseBeforeThat[toks[j].Text] {
		return -1
	}
	for x := j + 1; x < end && x <= j+8; x++ {
		t := &toks[x]
		if r.qAt[x] != 0 || t.Kind == entities.Punct || t.Kind == entities.QuoteMark {
			return -1
		}
		lw := strings.ToLower(t.Text)
		if t.IsLower() && (isAux(lw) || finiteEd(t) || whWords[lw]) {
			return -1
		}
		if lw != "that" {
			continue
		}
		if x == j+1 || x+1 >= end {
			return -1
		}
		n := &toks[x+1]
		nw := strings.ToLower(n.Text)
		if n.Kind == entities.Number || n.IsCap() || n.IsLower() && (subjectPronouns[nw] || isArticleWord(nw) || clauseDeterminer(nw) || possessivePronouns[nw] != "") {
			return x // a subject: "that Obama wants …", "that the country is safe"
		}
		return -1
	}
	return -1
}

// nominalSubjectEnd returns where what a noun of saying introduces at
// start ends when the noun's phrase, from ps, is the subject of its
// sentence (no verb stands before it) or inside an opening prepositional
// phrase: before the main verb ("Sanders's claim that he still has a way
// … would depend on …", "Trump's appeal to working-class whites is only
// half the story"), or at the comma that closes the opener ("In response
// to Trump's proposal to bar Muslims …, Clinton's aide rallied …"). It
// returns -1 when it finds none.
func (r *run) nominalSubjectEnd(s *entities.Sentence, ps, start int) int {
	toks := r.toks
	first, end := r.skipDateline(s), s.Tokens.End
	if ps < first || r.hasClause(first, ps) || r.finiteAhead(first, ps) || r.qAt[start] != 0 {
		return -1
	}
	opener := prepositions[strings.ToLower(toks[first].Text)] && first < ps
	for x := first; x < ps; x++ {
		if toks[x].Is(",") {
			opener = false // the opener closed before the noun: "In May, Roe's claim that …"
		}
	}
	need := 0
	if start > 0 && toks[start-1].Is("that") {
		need = 1 // the that-clause's own verb
	}
	skip := false
	for x := start + 1; x < end; x++ {
		t := &toks[x]
		if r.qAt[x] != 0 {
			continue
		}
		lw := strings.ToLower(t.Text)
		if t.Is(",") {
			if opener {
				return x
			}
			if x+1 < end && toks[x+1].IsLower() && isAux(toks[x+1].Text) && need == 0 {
				return x // "his recent call to ban all Muslim immigrants …, could galvanize …"
			}
			return -1
		}
		if t.Kind == entities.Punct && !t.Is("-") || t.Kind == entities.QuoteMark {
			return -1
		}
		switch lw {
		case "if", "when", "because", "who", "which", "that", "while", "although", "though", "as", "since", "until", "whether":
			skip = true
			continue
		case "and", "or", "but":
			if x+1 < end && (isAux(toks[x+1].Text) || finiteEd(&toks[x+1])) {
				skip = true
			}
			continue
		}
		finite := t.IsLower() && (isAux(lw) && lw != "be" && lw != "been" && lw != "being" && !toks[x-1].Is("to") || finiteEd(t) && !isAux(strings.ToLower(toks[x-1].Text)) && !toks[x-1].Is("to"))
		if !finite {
			continue
		}
		switch {
		case skip:
			skip = false
		case need > 0:
			need--
		case opener:
		default:
			return x
		}
	}
	return -1
}

// finiteEd reports a lower-case past form in -ed of at least five letters.
func finiteEd(t *entities.Token) bool {
	return t.Kind == entities.Word && t.IsLower() && len(t.Text) >= 5 && strings.HasSuffix(t.Text, "ed")
}

// topicNouns take what they were about after "on": "his comments on
// Muslims".
var topicNouns = toSet(`comment comments remark remarks statement statements`)

// topicEnd returns where the noun phrase from token start ends: before
// punctuation, a relative or complementizer, an auxiliary, a verb of
// saying or a past form, within eight words; start when it runs on
// further.
func (r *run) topicEnd(start, end int) int {
	toks := r.toks
	for k := start; k < end && k <= start+8; k++ {
		t := &toks[k]
		lw := strings.ToLower(t.Text)
		if t.Kind == entities.Punct && !t.Is("-") || t.Kind == entities.QuoteMark && r.qAt[k] == 0 || lw == "that" || lw == "which" || lw == "who" ||
			isAux(lw) || cueVerbAt(toks, k) && k > start {
			return k
		}
		if k > start && t.IsLower() && len(lw) > 4 && strings.HasSuffix(lw, "ed") && !determinerWords[strings.ToLower(toks[k-1].Text)] && !isAdverb(&toks[k-1]) {
			return k // "his remarks about abortion angered voters"
		}
	}
	if start+8 >= end {
		return end
	}
	return start
}
