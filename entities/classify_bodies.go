package entities

import "strings"

// Bodies in a run of capitals: the kinds of body a common noun names
// ("the nonprofit air ambulance"), a body's appositive ("Kelvo Air, a
// regional carrier based in …"), the posts and bodies a government owns.

// portfolioHead reports a post or body whose "of" or "for" names a
// portfolio, a field that a party's or body's one-word name may spell:
// "Minister of Labour", "Ministry for Justice", "Secretary of State for
// Labour".
func portfolioHead(w string) bool {
	switch w {
	case "Minister", "Ministry", "Secretary", "Department", "Shadow", "MEC", "Spokesperson", "spokesperson":
		return true
	}
	return false
}

// governmentPost reports the word of a government's post or body that a
// state's name owns: "Kelvania's Minister of Health", "Kelvania's
// Government".
func governmentPost(w string) bool {
	switch w {
	case "Minister", "Ministry", "Premier", "Governor", "Government", "Cabinet", "Prime":
		return true
	}
	return false
}

// unitHead reports the head of a unit's name, which a gerund can modify:
// "Committee" of "Standing Committee on Housing", "Board" of "Governing
// Board of …" (but not a body's own head: "Opening Commission on …" opens
// with a verb).
func unitHead(w string) bool {
	h, u := OrgHead(w)
	return h && u
}

// bodyNouns are the common nouns an appositive gives a body as its kind:
// "a public agency", "a family-owned company".
var bodyNouns = toSet(`agency company firm charity organisation organization body nonprofit non-profit institute network coalition
union association cooperative co-operative foundation trust authority bank insurer manufacturer supplier retailer startup
start-up utility airline society federation alliance consortium institution enterprise subsidiary regulator watchdog studio`)

// BodyNoun reports a common noun that names a kind of body: "company",
// "charity", "studio".
func BodyNoun(w string) bool { return bodyNouns[w] }

// bodyNamedAfterKind reports a capitalized run [i, j) right after a
// body's kind in lower case and before punctuation or a verb of saying:
// "the coffee farmers' cooperative Kafe Moris Foun,", "the charity Kelvo
// Aid.", "the transport union BTB-Limburg said" (not "the firm Jane Roe
// founded"), in one paragraph (not a heading's "Civil society" over
// "Jane Roe, president of …").
func bodyNamedAfterKind(toks []Token, i, j int) bool {
	return i > 1 && toks[i].Newlines < 2 && toks[i-1].IsLower() && (bodyNouns[toks[i-1].Text] || toks[i-1].Is("ngo") || toks[i-1].Is("group")) &&
		(j == len(toks) || toks[j].Kind == Punct && !toks[j].Is("-") || sayingAfterBody[toks[j].Text] && !complementBefore(toks, i-1))
}

// sayingAfterBody are verbs of saying whose subject a body may be.
var sayingAfterBody = toSet(`said says stated announced warned added noted welcomed criticised criticized argued urged called`)

// agentNouns are the kinds an appositive gives a body or a person: "a
// garment maker", "a real estate developer".
var agentNouns = toSet(`maker developer producer operator carrier provider`)

// appositiveFollow are the words that may follow a body's kind in an
// appositive: "a public agency attached to …", "a charity based in …".
var appositiveFollow = toSet(`of for in at with that which whose based attached owned founded established created set run
responsible working representing serving specializing specialising from under within and funded backed led`)

// bodyAppositive reports an appositive after the capitalized run [i, j)
// that names the kind of body it is: "the Andean Soil Survey, a public
// agency attached to …", "Kelvo Ferries, a family-owned company,", "Radio
// Kelvo, a Spanish-language station in …", "Kelvo Lifeline, the nonprofit
// air ambulance that …"; not
// "Jane Roe, a company director" (the kind is a modifier there). A kind
// that fits a person too takes a run with a common word: "Knitwear
// Exports, a garment maker in …", not "Tim Roe, a real estate developer
// in …".
func bodyAppositive(toks []Token, i, j int) bool {
	if j+2 >= len(toks) || !toks[j].Is(",") || !(toks[j+1].Is("a") || toks[j+1].Is("an") || toks[j+1].Is("the")) {
		return false
	}
	nonprofit := false
	for k := j + 2; k < j+7 && k < len(toks); k++ {
		t := &toks[k]
		if h := strings.IndexByte(t.Text, '-'); t.Kind == Word && h > 0 && countryWord(t.Text[:h]) {
			continue // "a Spanish-language station"
		}
		if t.Kind != Word || !t.IsLower() || k > j+2 && appositiveFollow[t.Text] {
			return false // (the kind comes before any complement: not "Jane Roe, the editor of the newspaper,")
		}
		headEnd := k+1 == len(toks) || toks[k+1].Kind == Punct || toks[k+1].IsLower() && appositiveFollow[toks[k+1].Text]
		if bodyNouns[t.Text] && !nonprofitWords[t.Text] || mediaNouns[t.Text] || agentNouns[t.Text] && !allFieldWords(toks, i, j, func(x int) bool { return !CommonWord(toks[x].Text) || ProperWord(toks[x].Text) }) {
			return headEnd
		}
		if nonprofitWords[t.Text] {
			if headEnd {
				return true // "Kelvo Aid, a nonprofit based in …"
			}
			nonprofit = true
		} else if nonprofit && headEnd {
			return true // "Kelvo Lifeline, the nonprofit air ambulance that serves …"
		}
	}
	return false
}

// nonprofitWords make any noun after them a body's kind: "the nonprofit
// air ambulance".
var nonprofitWords = toSet(`nonprofit non-profit not-for-profit charitable`)

// mediaNouns are the kinds of a media body an appositive gives: "a
// Spanish-language station in …".
var mediaNouns = toSet(`station broadcaster newspaper publisher magazine`)

// companyLetters are legal forms in capitals that end a company's name
// written in mixed case: "Nerivance SA", "Kelvo AG", "Kelvo Holding NV",
// the Gulf's "Kelvo Aluminium SAOG", "Kelvo Gas QPSC" (not "JSC", which
// the text may spell out as the name: "Kelvo Harvest Joint Stock Company").
var companyLetters = toSet(`SA AG NV BV SAS SpA SE ASA SAOG SAOC QPSC QSC BSC KSC KSCP KPSC UAB SIA OÜ`)

// boardOwners gives a body's governing board back to the body: the
// board's words after a body's letters or name are the body's organ, not
// a body of their own ("the KHF Board of Trustees", "the Kelvo Heart Fund
// Board of Directors" are the KHF's and the fund's): the entity keeps the
// body alone.
func (a *Analysis) boardOwners() {
	toks := a.Tokens
	for i := range a.Entities {
		e := &a.Entities[i]
		f, end := e.Tokens.First, e.Tokens.End
		if e.Kind != Organization || end-f < 4 || !toks[end-3].Is("Board") || !toks[end-2].Is("of") || !governingBoards[toks[end-1].Text] {
			continue
		}
		owner := toks[end-4]
		if h, unit := OrgHead(owner.Text); !(owner.IsUpper() && end-4 == f && len(owner.Text) > 1) && !(h && !unit) {
			continue // (a board that is the body's name: "Kelvo State Board of Directors" has no owner before it)
		}
		for k := end - 3; k < end; k++ {
			a.tokEnt[k] = 0
		}
		e.Tokens.End = end - 3
		e.Span = Span{toks[f].Start, toks[end-4].End}
		e.Text = e.Span.In(a.Text)
	}
}

// governingBoards are the members a body's governing board is named for.
var governingBoards = toSet(`Trustees Directors Governors Regents`)
