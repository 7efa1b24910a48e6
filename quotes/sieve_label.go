package quotes

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The label sieve: a name and a colon open a paragraph, as in headlines
// and transcripts; the speech runs to the end of the paragraph.
//
//	"Roe: Prices Will Fall"
//	"DOE: Well, we will see."

// labels that open a line but name no speaker.
var notLabels = wordList("not_labels")

// label attributes a paragraph that opens with a speaker's name and a
// colon, as headlines and transcripts do: "Gingrich: Trump Must Decide",
// "Matthews: Well, speculation is bad." The speech runs to the end of the
// paragraph.
func (r *run) label(s *entities.Sentence, lo int) (int, bool) {
	toks := r.toks
	p := &r.a.Paragraphs[s.Paragraph]
	if r.a.Sentences[p.Sentences.First].Tokens.First != s.Tokens.First {
		return 0, false
	}
	if lo+2 < s.Tokens.End && r.bulletAt(lo) && r.quotedAfterColon(lo+1, s.Tokens.End) {
		lo++ // a list's item whose label speaks: "- Premier: “No family will be left behind”" (not "- Revenue: $4 million")
	}
	c := lo
	for c < s.Tokens.End && c < lo+6 && (toks[c].Kind == entities.Word && (toks[c].IsCap() || toks[c].IsUpper()) || toks[c].Kind == entities.Possessive || c > lo && toks[c].Is("of")) {
		c++
	}
	headline := r.headlineParagraph(s.Paragraph) && r.a.Paragraphs[s.Paragraph].Sentences.Len() <= 2
	// "Clinton camp: Trump's Islamophobia threatens security": in the
	// headline, a name and a lower-case noun a speaker can have.
	lowerHead := headline && c > lo && c+1 < s.Tokens.End && toks[c].IsLower() && toks[c+1].Is(":") && headNoun(toks[c].Text) && !notLabels[toks[c].Text]
	if lowerHead {
		c++
	}
	if headline && c > lo && c < s.Tokens.End && !toks[c].Is(":") {
		// "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade",
		// "Former AG Mukasey at RNC: …": a headline's label that names
		// someone, then words about the occasion (not before a quotation
		// that a cue of its own attributes: "…: “…,” says Director Jane Roe", nor
		// before a clause that ends in its own cue: "…: 3,100 riders
		// stopped, police say").
		if e, colon, ok := r.namedLabel(lo, s.Tokens.End); ok && !r.cuedQuotationAfter(colon+1, s.Tokens.End) && !r.quotationsOwnCue(colon+1, s.Tokens.End) && !r.cueThenQuotation(colon+1, s.Tokens.End) && !r.trailingCue(colon+1, s.Tokens.End) {
			return r.emitLabel(s, p, colon, phrase{first: e.Tokens.First, end: e.Tokens.End, start: lo})
		}
	}
	if c == lo || c+1 >= s.Tokens.End || !toks[c].Is(":") || r.qAt[c] != 0 {
		return 0, false
	}
	if headline && (r.quotationsOwnCue(c+1, s.Tokens.End) || r.trailingCue(c+1, s.Tokens.End)) || r.cueThenQuotation(c+1, s.Tokens.End) {
		return 0, false // "Drought: ‘We are running out of time’, warns Kelvo chief", "Drought summer: … - aid group says help “must not stop”": the quotation's own cue names its speaker
	}
	if isArticleWord(toks[lo].Text) {
		return 0, false
	}
	if e := r.a.EntityAt(lo); e != nil && (e.Rule == "dateline" || e.Kind == entities.Place && e.Tokens.End == c && toks[lo].IsUpper() && !countryName(e.Text)) {
		return 0, false // a dateline's place: "KELVOGRAD: The Minister has said that …", a city the lists know: "ISLAMABAD: …" (a country in capitals may be a delegation's label)
	}
	if r.definitionEntry(s.Paragraph) && (r.definitionEntry(s.Paragraph-2) || r.definitionEntry(s.Paragraph-1) || r.definitionEntry(s.Paragraph+1) || r.definitionEntry(s.Paragraph+2)) {
		return 0, false // a list of entries and their definitions: "VideoWall: An interactive screensaver …"
	}
	if c-lo == 1 {
		w := toks[lo].Text
		// "Poll: Trump leads in Kelvale", "Insiders: …": in the headline, a
		// noun a speaker can have.
		headNounLabel := headline && headNoun(strings.ToLower(w))
		// "Premier: “No family will be left behind”": a title before a
		// quotation, its holder's.
		titleLabel := entities.IsTitleWord(w) && c+2 < s.Tokens.End && r.opensQuote(c+1)
		if notLabels[strings.ToLower(w)] || entities.CommonWord(w) && !entities.ProperWord(w) && r.a.EntityAt(lo) == nil && !headNounLabel && !titleLabel {
			return 0, false
		}
	} else if r.commonLabel(lo, c) && !lowerHead {
		return 0, false // "MEDIA ADVISORY: …", "For Public Inquiries: …": a heading, no speaker
	}
	last := r.a.Sentences[p.Sentences.End-1].Tokens.End
	// In the body, a short line after a name is a section heading ("Bush:
	// Survive to S.C."), and a line of names is a list, in title case or
	// not ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …").
	if c2 := r.region(c+1, last); s.Paragraph > 0 && c2.parts != nil && (!s.TitleCase && r.words(c2.parts) < 6 && !r.turns(lo, c) || r.nameList(c+1, last)) {
		return 0, false
	}
	return r.emitLabel(s, p, c, phrase{first: lo, end: c, start: lo})
}

// turns reports a label, tokens [lo, c), that opens another paragraph
// too, one of its turns reading as speech (or another label's, in a
// transcript: entities.IsTranscript): a transcript's speaker, whose
// short turns are speech as much as long ones ("Matthews: Well, speculation
// is bad." and, later, "Matthews: Do you see the irony?"), where a label
// given once over a short line is a section's heading ("Bush: Survive to
// S.C."), and labels over news items are places ("Orrinton: Two schools
// were closed.") or venues ("Kelvo Hall: Poetry slam").
func (r *run) turns(lo, c int) bool {
	if r.labels == nil {
		r.labels = map[string]int{}
		for pi := range r.a.Paragraphs {
			p := &r.a.Paragraphs[pi]
			if p.Sentences.Len() == 0 {
				continue
			}
			f := r.a.Sentences[p.Sentences.First].Tokens.First
			k := f
			for k < len(r.toks) && k < f+6 && r.toks[k].Kind == entities.Word && (r.toks[k].IsCap() || r.toks[k].IsUpper()) {
				k++
			}
			if k > f && k < len(r.toks) && r.toks[k].Is(":") {
				key := r.text[r.toks[f].Start:r.toks[k-1].End]
				r.labels[key]++
				if entities.SpokenTurn(r.toks, k+1) {
					r.labels[key] |= spokenLabel
				}
			}
		}
	}
	n := r.labels[r.text[r.toks[lo].Start:r.toks[c-1].End]]
	return n&^spokenLabel >= 2 && (n&spokenLabel != 0 || r.a.IsTranscript())
}

// spokenLabel marks, in run.labels, a label one of whose turns reads as
// speech (entities.SpokenTurn).
const spokenLabel = 1 << 30

// quotedAfterColon reports a colon within six capitalized words from k,
// then a quotation mark that opens: "Premier: “…”".
func (r *run) quotedAfterColon(k, end int) bool {
	for c := k; c < end && c < k+6; c++ {
		t := &r.toks[c]
		if t.Is(":") {
			return c > k && c+1 < end && r.opensQuote(c+1)
		}
		if t.Kind != entities.Word || !(t.IsCap() || t.IsUpper()) {
			return false
		}
	}
	return false
}

// namedLabel finds, from lo, a headline's label of at most ten words up to
// a colon that opens with a person or organization the recognizer names
// (after at most two words: "Former AG Mukasey at RNC"), with no verb of
// saying, auxiliary or punctuation in it. It returns the entity and the
// colon.
func (r *run) namedLabel(lo, end int) (*entities.Entity, int, bool) {
	toks := r.toks
	var named *entities.Entity
	for c := lo; c < end && c < lo+10; c++ {
		t := &toks[c]
		if t.Is(":") {
			return named, c, named != nil && c > named.Tokens.First && r.qAt[c] == 0
		}
		if t.Kind != entities.Word && t.Kind != entities.Possessive || r.qAt[c] != 0 || isAux(strings.ToLower(t.Text)) || t.IsFold("and") {
			return nil, 0, false // not "Netanyahu and Obama: A tortured relationship"
		}
		if _, ok := cueAtCase(toks, c, true); ok {
			return nil, 0, false
		}
		if e := r.a.EntityAt(c); named == nil && e != nil && e.Tokens.First == c && c <= lo+2 && (e.Kind == entities.Person || e.Kind == entities.Organization) {
			named = e
		}
	}
	return nil, 0, false
}

// cuedQuotationAfter reports a verb of saying right before a quotation
// that opens in tokens [k, end): the headline after a label's colon
// attributes its own speech ("Ministerial Council in Kelvo: Parties
// commit to targets; Director Roe urges “no more delays”").
func (r *run) cuedQuotationAfter(k, end int) bool {
	for c := k; c+1 < end; c++ {
		if _, ok := cueAtCase(r.toks, c, true); ok && r.opensQuote(c+1) {
			return true
		}
	}
	return false
}

// cueThenQuotation reports a label's words from token k where a verb
// of saying in lower case comes before a quotation that opens later in
// them, its subject the words before it: "… - aid group says help “must
// not stop at the first snow”".
func (r *run) cueThenQuotation(k, end int) bool {
	for c := k + 1; c+1 < end; c++ {
		if r.qAt[c] != 0 {
			return false
		}
		if _, ok := cueAtCase(r.toks, c, false); ok && r.toks[c].IsLower() {
			for o := c + 1; o < end && o <= c+6; o++ {
				if r.opensQuote(o) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// cueAfterQuotation reports a quotation that opens at token k and, after
// it (and a comma, if any), a verb of saying in a headline's capitals or
// not, with words after it: "‘We are out of time’, warns Kelvo chief",
// "“No delays,” Says Minister".
func (r *run) cueAfterQuotation(k, end int) bool {
	if k >= end || !r.opensQuote(k) {
		return false
	}
	q := &r.qs[r.qAt[k]-1]
	return q.close >= 0 && q.close+1 < end && r.cueAfterMark(q.close+1, end)
}

// cueAfterMark reports, from token c right after a closing mark, an
// optional comma, then a verb of saying with words after it before end.
func (r *run) cueAfterMark(c, end int) bool {
	if r.toks[c].Is(",") {
		c++
	}
	if c+1 >= end {
		return false
	}
	_, ok := cueAtCase(r.toks, c, true)
	return ok
}

// quotationsOwnCue reports a headline's words from token k whose
// quotation a cue of its own attributes (cueAfterQuotation,
// quotedThenCue): no label before them speaks.
func (r *run) quotationsOwnCue(k, end int) bool {
	return r.cueAfterQuotation(k, end) || r.quotedThenCue(k, end) || r.quotedThenSigned(k, end)
}

// quotedThenSigned reports a headline's words from token k that end in a
// quotation, a dash and a post that signs it: a few capitalized words that
// a title's word ends, or a post's letters ("KUTH performs first
// transplant: ‘A new dawn’ – CMD"); not a tag or a credit ("– VIDEO",
// "– Reuters").
func (r *run) quotedThenSigned(k, end int) bool {
	for c := end - 2; c > k && c >= end-5; c-- {
		if (r.toks[c].Is("–") || r.toks[c].Is("—") || r.toks[c].Is("-")) && r.closesQuote(c-1) {
			for j := c + 1; j < end; j++ {
				if t := &r.toks[j]; t.Kind != entities.Word || !t.IsCap() && !t.IsUpper() {
					return false
				}
			}
			last := r.toks[end-1].Text
			return entities.IsTitleWord(last) || end == c+2 && r.toks[c+1].IsUpper() && r.tr.PostLetters(last)
		}
	}
	return false
}

// quotedThenCue reports a headline's words from token k that close a
// quotation, then a comma, a verb of saying and a short subject that ends
// the headline: "Record order is “a turning point”, says CEO" (or no
// comma: "… approves loan, “a turning point” says Vice-President"). The
// quotation's cue names its speaker; the label before the colon does not.
func (r *run) quotedThenCue(k, end int) bool {
	for c := end - 3; c > k && c >= end-7; c-- {
		if r.toks[c].Is(",") && r.closesQuote(c-1) {
			return r.cueAfterMark(c, end)
		}
		if r.closesQuote(c) && !r.toks[c+1].Is(",") {
			return r.cueAfterMark(c+1, end) && c+2 < end && (r.toks[c+2].IsCap() || r.toks[c+2].IsUpper()) // (a capitalized subject after the cue: not "“Clean Air” reports show gains")
		}
	}
	return false
}

// trailingCue reports a headline's clause from token k to end that ends
// in a comma, a subject of one or two words and a verb of saying: "…,
// police say", "…, union warns".
func (r *run) trailingCue(k, end int) bool {
	for c := end - 3; c > k && c >= end-4; c-- {
		if r.toks[c].Is(",") && r.qAt[c] == 0 {
			for j := c + 1; j < end-1; j++ {
				if w := strings.ToLower(r.toks[j].Text); subjectPronouns[w] || whWords[w] || whWords[strings.TrimSuffix(w, "ever")] {
					return false // the label's own ("…, she says") or a concession ("…, whatever critics say"; not "…, White House says")
				}
			}
			return cueVerbAt(r.toks, end-1)
		}
	}
	return false
}

// emitLabel attributes the rest of the paragraph after the label's colon
// at c to subj.
func (r *run) emitLabel(s *entities.Sentence, p *entities.Paragraph, c int, subj phrase) (int, bool) {
	toks := r.toks
	last := r.a.Sentences[p.Sentences.End-1].Tokens.End
	c2 := r.region(c+1, last)
	if c2.parts == nil || r.words(c2.parts) < 2 || contactDetails(r.text[toks[c].End:toks[last-1].End]) {
		return 0, false // (not a media contact: "Acme Robotics: Jane Roe, Head of Communications, +47 55 00 12 34")
	}
	cue := &Cue{Span: toks[c].Span, Text: toks[c].Text}
	if !r.emit(c2, cue, subj, Colon, 0.7) {
		return 0, false
	}
	if last > s.Tokens.End {
		return s.Tokens.End, true
	}
	return last, true
}

// nameList reports tokens [i, end) that list names: capitalized words
// and commas, nothing else to speak of.
func (r *run) nameList(i, end int) bool {
	words, caps, commas := 0, 0, 0
	for k := i; k < end; k++ {
		t := &r.toks[k]
		switch {
		case t.Is(","):
			commas++
		case t.Kind == entities.Word:
			words++
			if t.IsCap() {
				caps++
			}
		}
	}
	return commas >= 2 && caps*10 >= words*7
}

// definitionEntry reports a paragraph pi that opens with up to five
// capitalized words, a colon and an indefinite article: an entry of a
// list that defines it ("Kelvale Search: A map-based search that …").
func (r *run) definitionEntry(pi int) bool {
	if pi < 0 || pi >= len(r.a.Paragraphs) {
		return false
	}
	toks := r.toks
	k := r.a.Sentences[r.a.Paragraphs[pi].Sentences.First].Tokens.First
	end := r.a.Sentences[r.a.Paragraphs[pi].Sentences.End-1].Tokens.End
	c := k
	for c < end && c < k+5 && toks[c].Kind == entities.Word && (toks[c].IsCap() || toks[c].IsUpper()) {
		c++
	}
	return c > k && c+1 < end && toks[c].Is(":") && (toks[c+1].Is("A") || toks[c+1].Is("An"))
}

// commonLabel reports a label of several words [lo, c) that names no one:
// its last word is no label of a speaker ("Advisory", "Inquiries") or all
// its words are common ones and no person's name is among them.
func (r *run) commonLabel(lo, c int) bool {
	if notLabels[strings.ToLower(r.toks[c-1].Text)] {
		return true
	}
	for k := lo; k < c; k++ {
		w := r.toks[k].Text
		if e := r.a.EntityAt(k); e != nil && e.Kind == entities.Person || r.toks[k].Kind == entities.Word && (entities.ProperWord(w) || !entities.CommonWord(w)) {
			return false
		}
	}
	return true
}

// countryName reports a country's name, in any case: "FRANCE".
func countryName(w string) bool {
	_, ok := entities.Country(w)
	return ok
}
