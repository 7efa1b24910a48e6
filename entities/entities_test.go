package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLexiconParses(t *testing.T) {
	require.NoError(t, LexiconError(), "embedded lists parse with no duplicates")
	assert.NotEmpty(t, lex().titles)
	assert.NotEmpty(t, lex().orgs)
	assert.NotEmpty(t, lex().ortho, "Punkt's orthographic context loads")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Ambassador Funered added", "Ambassador|Funered|added"},
		{"INTERPOL’s General Secretariat", "INTERPOL|’s|General|Secretariat"},
		{"the U.S. and U.N. said", "the|U.S.|and|U.N.|said"},
		{"Dara Quill, M.D., Ph.D, said", "Dara|Quill|,|M.D.|,|Ph.D|,|said"},
		{"Dara Quill, Ph.D., Ed.D. said", "Dara|Quill|,|Ph.D.|,|Ed.D.|said"},
		{"He sat in Ph. D rooms", "He|sat|in|Ph|.|D|rooms"},
		{"Quill Tankers S.p.A. of Genoa and Kelvo S.r.l. said", "Quill|Tankers|S.p.A.|of|Genoa|and|Kelvo|S.r.l.|said"},
		{"Orrin Vind A/S and Kelvo S/A, not N/A or and/or", "Orrin|Vind|A/S|and|Kelvo|S/A|,|not|N|/|A|or|and|/|or"},
		{"said Univ.-Prof. Dr. Roe", "said|Univ.-Prof.|Dr.|Roe"},
		{"Mr. Smith, 45, said:", "Mr.|Smith|,|45|,|said|:"},
		{"president of SEIU-PA. She said", "president|of|SEIU-PA|.|She|said"}, // a body's letters with a state's: the period ends the sentence
		{"then-Gov. Roe", "then-Gov.|Roe"},
		{"“We can,” she said.", "“|We|can|,|”|she|said|."},
		{"''Out, out!'' he yelled", "''|Out|,|out|!|''|he|yelled"},
		{"Co-operation in Côte d’Ivoire", "Co-operation|in|Côte|d’Ivoire"},
		{"$1,540.5 million", "$|1,540.5|million"},
		{"S&D and AT&T", "S&D|and|AT&T"},
		{"don't won't", "don't|won't"},
		{"He’s right and It's late", "He|’s|right|and|It|'s|late"}, // a capitalized pronoun is cut from its "’s": no name "He’s"
		{"he’s right, IT'S late", "he’s|right|,|IT'S|late"},
		{"states’ rights", "states|’|rights"},
		{"wait... what", "wait|...|what"},
		{"a\xffb", "a|\xff|b"}, // invalid UTF-8 is a one-byte symbol
		{"@realDonaldTrump #MAGA", "@realDonaldTrump|#MAGA"},
		{"Write to jane.roe@acme.example, see www.acme.example/news or https://acme.example/a?b=1.", "Write|to|jane.roe@acme.example|,|see|www.acme.example/news|or|https://acme.example/a?b=1|."}, // addresses are one token each
		{"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r", "a.b.c.d.e.f.g.h.i.j.k.l.m|.|n.o.p.q.r"},                                                                                                           // no abbreviation runs past maxDotted bytes
		{"the U.S.@ and a@b", "the|U.S.|@|and|a|@b"},                                                               // (no address without a domain)
		{"officials sanctionedAppalled by.It was.Not so.", "officials|sanctioned|Appalled|by|.|It|was|.|Not|so|."}, // a scraper's glued paragraphs
		{"by 2030The package.Then.Now", "by|2030|The|package|.|Then|.|Now"},
		{"right to disconnectMEPs urge.It was.Not so.", "right|to|disconnect|MEPs|urge|.|It|was|.|Not|so|."}, // a heading glued to an acronym
		{"QuotesCo-rapporteur Roe said.It was.Not so.", "Quotes|Co-rapporteur|Roe|said|.|It|was|.|Not|so|."}, // a heading glued to a title
		{"the NGOs said.It was.Not so.", "the|NGOs|said|.|It|was|.|Not|so|."},
		{"DoubleLine Capital portfolio manager", "DoubleLine|Capital|portfolio|manager"}, // a name, in ordinary text
		{"PlayStation YouTube McDonald Partner2Connect", "PlayStation|YouTube|McDonald|Partner2Connect"},
		{"a Care@Home patient, not @Home", "a|Care@Home|patient|,|not|@Home"}, // a brand's at sign between words
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in, 0, len(tt.in))
			var got []string
			for _, tk := range toks {
				assert.Equal(t, tk.In(tt.in), tk.Text, "span invariant")
				got = append(got, tk.Text)
			}
			assert.Equal(t, tt.want, strings.Join(got, "|"))
		})
	}
}

// TestPluralPossessive: an apostrophe after a capitalized plural and
// before a capitalized word is a possessive inside a name; before a word
// in lower case it may close a quotation.
func TestPluralPossessive(t *testing.T) {
	for in, want := range map[string]TokenKind{
		"the Boat Owners' Association":    Possessive,
		"the Boat Owners’ Association":    Possessive,
		"'We back the Greens' she said":   QuoteMark,
		"'We back farmers' Roe said":      QuoteMark,  // (a lower-case plural)
		"the coffee farmers' cooperative": Possessive, // (no single quotation mark open)
		"Ouisa Davis' commentary":         Possessive,
		"said Kelgrass’ Chief Executive":  Possessive, // (a name in "ss")
		"'We back the Kelgrass' she said": QuoteMark,
	} {
		toks := Tokenize(in, 0, len(in))
		var got TokenKind
		for i, tk := range toks {
			if i > 0 && (tk.Text == "'" || tk.Text == "’") {
				got = tk.Kind
			}
		}
		assert.Equal(t, want, got, in)
	}
}

func TestTokenizeCoversEveryByte(t *testing.T) {
	in := "VIENNA, 17 October 2018 – “Quote” isn’t\tlost\n\u00a0here."
	toks := Tokenize(in, 0, len(in))
	covered := make([]bool, len(in))
	for _, tk := range toks {
		for i := tk.Start; i < tk.End; i++ {
			require.False(t, covered[i], "tokens overlap at %d", i)
			covered[i] = true
		}
	}
	for i, r := range in {
		if !covered[i] {
			assert.Contains(t, " \t\n\u00a0", string(r), "byte %d (%q) is neither space nor in a token", i, r)
		}
	}
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "Mr. Smith met Sen. Jones in the U.S. Senate. He left.", []string{"Mr. Smith met Sen. Jones in the U.S. Senate.", "He left."}},
		{"an attribution alone on the next line", "“We will act,”\nSen. Roe said.\n“Soon.”", []string{"“We will act,”\nSen. Roe said.", "“Soon.”"}},
		{"an attribution broken over lines, its period on the next", "“We will act,”\nJane Roe, Head of the Water Unit\nsaid\n. “Soon.”\n\nNext.",
			[]string{"“We will act,”\nJane Roe, Head of the Water Unit\nsaid\n.", "“Soon.”", "Next."}},
		{"quote after period", "“It is a problem here at home.” He said so.", []string{"“It is a problem here at home.”", "He said so."}},
		{"question inside quote", "“Why?” she asked. Then she left.", []string{"“Why?” she asked.", "Then she left."}},
		{"sentence-final U.S.", "They live in the U.S. The rest do not.", []string{"They live in the U.S.", "The rest do not."}},
		{"initials", "George W. Bush spoke.", []string{"George W. Bush spoke."}},
		{"glued paragraphs", "Nagorno-Karabakh.They also call on the EU.", []string{"Nagorno-Karabakh.", "They also call on the EU."}},
		{"decimal", "It rose 3.5 percent.", []string{"It rose 3.5 percent."}},
		{"line breaks", "Press release\nTitle line\nBody sentence one.", []string{"Press release", "Title line", "Body sentence one."}},
		{"hard wrap", "He said the plan\nwould fail.", []string{"He said the plan\nwould fail."}},
		{"glued heading", "want sanctionsAppalled by it, MEPs said.They left.Then", []string{"want sanctions", "Appalled by it, MEPs said.", "They left.", "Then"}},
		{"glued colon", "remarks by Guterres:The Secretary-General spoke.", []string{"remarks by Guterres:", "The Secretary-General spoke."}},
		{"clock time", "at 10:30 The meeting", []string{"at 10:30 The meeting"}},
		{"a style's abbreviation, written as the list writes it", "The Rt. Hon. Speaker thanked them. He said so of RT. They left.", []string{"The Rt. Hon. Speaker thanked them.", "He said so of RT.", "They left."}},
		{"a barrister's and an engineer's styles", "Barr. Jane Roe and Engr. John Doe spoke.", []string{"Barr. Jane Roe and Engr. John Doe spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in, 0, len(tt.in))
			sents, _ := Segment(tt.in, toks)
			var got []string
			for _, s := range sents {
				got = append(got, s.In(tt.in))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "One. Two.\n\nThree.\nFour."
	toks := Tokenize(in, 0, len(in))
	sents, paras := Segment(in, toks)
	require.Len(t, sents, 4)
	require.Len(t, paras, 3)
	assert.Equal(t, "One. Two.", paras[0].In(in))
	assert.Equal(t, Range{First: 0, End: 2}, paras[0].Sentences)
	assert.Equal(t, 2, sents[3].Paragraph)
}

// TestHardWrappedParagraphs: in text wrapped at a fixed width, a full line
// that stops mid-sentence runs on into the next even when it starts with
// a capital; short lines and lines of quotations signed by a name do not.
func TestHardWrappedParagraphs(t *testing.T) {
	in := "RIVERTOWN – Assaults on drivers have more than doubled in four years,\n" +
		"according to a survey of 3,870 members of the Kelvale Bus and Transit\n" +
		"Workers' Union published today. Of the drivers surveyed, 27 per cent\n" +
		"said they had been assaulted, up from 12 per cent in the union's last\n" +
		"survey. Dr Dara Quill, a senior lecturer in occupational health at\n" +
		"Rivertown Metropolitan University, reviewed it.\n\nContact\nPress Office"
	toks := Tokenize(in, 0, len(in))
	_, paras := Segment(in, toks)
	require.Len(t, paras, 3)
	assert.Contains(t, paras[0].In(in), "Transit\nWorkers' Union")
	assert.Contains(t, paras[0].In(in), "at\nRivertown Metropolitan University")
	// a line that stops on a possessive runs on: "St Brigid's Children's" over "Hospital"
	in = "KELVO – Families in hotels have more than doubled in four years, according\n" +
		"to a report published today by the housing charity Home Kelvo. Dr Jane Roe,\n" +
		"a consultant paediatrician at St Brigid's Children's\n" +
		"Hospital in Dublin, contributed a chapter to the report on children's health.\n" +
		"\"We are seeing children with delayed speech,\" she said. She noted that the\n" +
		"hospital had treated more than 300 children living in hotels in the past year."
	toks = Tokenize(in, 0, len(in))
	_, paras = Segment(in, toks)
	require.Len(t, paras, 2) // (a full line that ends a sentence ends its paragraph)
	assert.Contains(t, paras[0].In(in), "Children's\nHospital in Dublin")
	// the same lines unwrapped by a list of signed quotations: each its own
	in = "“We need order, and we need it now in every town,” said one voter in Rivertown\n" +
		"“He is wrong about us and about what we want for the country” ― Dara Quill\n" +
		"“I am ashamed of what the campaign has become this year” ― Ann Lee\n" +
		"“Nobody asked us what we thought about any of it” ― Bob Roe"
	toks = Tokenize(in, 0, len(in))
	_, paras = Segment(in, toks)
	assert.Len(t, paras, 4)
}

func TestRecognize(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	tests := []struct {
		in   string
		want []string // "kind:text" in order
	}{
		{"Chairperson of the FSC and Permanent Representative of Sweden to the OSCE Ambassador Ulrika Funered said that",
			[]string{"organization:FSC", "place:Sweden", "organization:OSCE", "person:Ulrika Funered"}},
		{"Ali Rached, Policy Analyst at the Counter Terrorism Directorate of INTERPOL’s General Secretariat, spoke.",
			[]string{"person:Ali Rached", "organization:Counter Terrorism Directorate", "organization:INTERPOL"}},
		{"Opening the discussions, the delegates agreed.", nil},
		// A number word opens a body's name after a title's "for".
		{"said Dana Quill, a spokesperson for Three Rivers Health.", []string{"person:Dana Quill", "organization:Three Rivers Health"}},
		// A post's territory before its holder's name, the holder named
		// apart later; a known place opens the run on its own.
		{"said Deputy Mayor of Kelvograd Dara Quill. Ms. Quill added more.", []string{"place:Kelvograd", "person:Dara Quill", "person:Quill"}},
		{"said Mayor of Bogotá Juan Carlos Quill.", []string{"place:Bogotá", "person:Juan Carlos Quill"}},
		{"said Governor of Upper Ewaso County Peter Quill.", []string{"place:Ewaso County", "person:Peter Quill"}},
		{"Greater international co-operation can counter it, said speakers.", nil},
		{"The World Customs Organization said so.", []string{"organization:World Customs Organization"}},
		{"He met Mr. Smith in Vienna on Tuesday, October 17.", []string{"person:Smith", "place:Vienna"}},
		{"Resolution 1540 underlines the importance of the Resolution’s implementation.", nil},
		{"Department of Homeland Security officials said.", []string{"organization:Department of Homeland Security"}},
		{"Secretary of State John Kerry spoke.", []string{"person:John Kerry"}},
		{"Amy Pope, deputy homeland security advisor, said.", []string{"person:Amy Pope"}},
		{"The Washington Post reported it.", []string{"organization:The Washington Post"}},
		// A surname in capitals after an honorific is a person's; a
		// heading's plural common noun is no name.
		{"In her remarks, Ms. QUILL-ROE thanked delegations.", []string{"person:QUILL-ROE"}},
		{"Concluding Remarks\n\nThe delegates left.", nil},
		{"Van der Quill said the plan worked.", []string{"person:Van der Quill"}},
		{"Saint Lucia signed the loan.", []string{"place:Saint Lucia"}},
		{"Kelvale Ports & Terminals signed the deal.", []string{"organization:Kelvale Ports & Terminals"}},
		{"Importantly, the SDG Stimulus calls for more resources.", nil},
		// Capitalized common words before a title's head belong to the title.
		{"Road Safety Minister Dara Quill said so.", []string{"person:Dara Quill"}},
		// A minister's portfolio in words no list knows, its last item
		// before an honorific; a field listed after a title's "for"; a
		// body's post and its field; names in capitals by their head.
		{"Minister of Inland Waterways and Ports Dr. Dara Quill said so.", []string{"person:Dara Quill"}},
		{"The Commissioner for Trade, Customs and Free Movement, Mr. Bob Roe, said so.", []string{"person:Bob Roe"}},
		{"Kelvo Aid Trust's Director of Humanitarian Programmes, Ann Lee, said so.", []string{"organization:Kelvo Aid Trust", "person:Ann Lee"}},
		{"The chair, Kelvania's Minister of Health Ann Lee, said so.", []string{"place:Kelvania", "person:Ann Lee"}},
		// A field listed in a body's name or a post's, with words the
		// lexicon lacks ("Mobility", "Infrastructure", "Labour").
		{"The Federal Ministry for Mobility, Infrastructure and Innovation said so.", []string{"organization:Federal Ministry for Mobility, Infrastructure and Innovation"}},
		{"Federal Minister for Mobility, Infrastructure and Innovation Dr. Ann Lee said so.", []string{"person:Ann Lee"}},
		{"said Kelvania's Minister of State for Economic Affairs, Labour and Transport, Ann Lee.", []string{"place:Kelvania", "person:Ann Lee"}},
		{"said Alderman for Mobility Ann Lee.", []string{"person:Ann Lee"}},
		{"The prize went to two teachers in Berlin, Marie-Claire Lee and Jean-Luc Roe.", []string{"place:Berlin", "person:Marie-Claire Lee", "person:Jean-Luc Roe"}},                  // hyphenated given names in a list after a place are people
		{"The unit opened. Kelvo Hospital Nurses United said it welcomed the plan.", []string{"organization:Kelvo Hospital Nurses United"}},                                           // a union named "… United"
		{"Notices went to districts in Berlin, Kelvo-Anhalt and Orrin-Western Pomerania on Monday.", []string{"place:Berlin", "place:Kelvo-Anhalt", "place:Orrin-Western Pomerania"}}, // a list of places a known place opens after "in"
		{"The plant opened in Berlin, Ann Lee and Bob Roe said.", []string{"place:Berlin", "person:Ann Lee", "person:Bob Roe"}},
		{"The unit opened. Mr Ann Lee, Consultant Vascular Surgeon, said so.", []string{"person:Ann Lee"}},                                      // a post, its field and its head set off after a name
		{"Rafael Montenegro Iturbe spoke. Montenegro said the gap was wide.", []string{"person:Rafael Montenegro Iturbe", "person:Montenegro"}}, // a country that is a person's first family name, the subject of a verb
		{"Rafael Montenegro Iturbe spoke. Exports from Montenegro rose.", []string{"person:Rafael Montenegro Iturbe", "place:Montenegro"}},
		{"On Monday, Kelvo-gu Mayor Ann Lee said so.", []string{"place:Kelvo-gu", "person:Ann Lee"}}, // a Korean district by its suffix
		{"Minister of Labour Ann Lee said so.", []string{"person:Ann Lee"}},                          // a British spelling a party's name shares, before the name
		{"The Minister for Harbour Ann Lee said so.", []string{"person:Ann Lee"}},
		// A post's office named by its place, the post and a possessive.
		{"said Ann Lee, head of the Kelvo Public Prosecutor's Office.", []string{"person:Ann Lee", "organization:Kelvo Public Prosecutor's Office"}},
		// A legislator's title before a name in family-name-first order.
		{"said Legislator Tsai Mei-ling.", []string{"person:Tsai Mei-ling"}},
		// A place's first word is no field after a title's "of".
		{"said Inspector Ann Lee of New Zealand Police.", []string{"person:Ann Lee", "organization:New Zealand Police"}},
		// A guard is a body.
		{"The National Guard was called in.", []string{"organization:National Guard"}},
		// Malaysian and Indonesian styles before a name.
		{"said Datuk Ir. Azman Kassim, chairman of the board.", []string{"person:Azman Kassim"}},
		{"Datin Siti Rahman spoke.", []string{"person:Siti Rahman"}},
		{"said Chief Commissioner Tan Sri Dr. Siti Rahman.", []string{"person:Siti Rahman"}},
		{"Ms. Tan Hui Min said so.", []string{"person:Tan Hui Min"}},
		{"KELVALE STATE UNIVERSITY\n\nKelvo International said so.", []string{"organization:KELVALE STATE UNIVERSITY", "organization:Kelvo International"}},
		{"The Kelvale County Board of Supervisors and the Cedar Forks Fire Protection District said so.", []string{"organization:Kelvale County Board of Supervisors", "organization:Cedar Forks Fire Protection District"}},
		{"Kelvo Police District charged eleven people.", []string{"organization:Kelvo Police District"}},
		{"KELVO POLICE DISTRICT\nEleven people were charged.", []string{"organization:KELVO POLICE DISTRICT"}},
		// A regional authority named head first; a national legislature
		// by its own name; a name before a lower-case place noun.
		{"Region Kelvmark approved the base.", []string{"organization:Region Kelvmark"}},
		{"Coordinator for Kelvo Dr. Dara Quill said so.", []string{"place:Kelvo", "person:Dara Quill"}},
		{"The Co-ordinator for Combating Trafficking in Human Beings, Ambassador Dara Quill, spoke.", []string{"person:Dara Quill"}},
		{"Jane Roe, Minister of Labour, and the Labour Party agreed.", []string{"person:Jane Roe", "organization:Labour Party"}},
		// Philippine abbreviations of given names and saints' places; a
		// nickname after two given names.
		{"Ma. Corazon \"Cora\" Dizon-Quill said so.", []string{"person:Ma. Corazon \"Cora\" Dizon-Quill"}},
		{"Seed reached the town of Sta. Fe on Tuesday.", []string{"place:Sta. Fe"}},
		{"Dara Quill, Member of the Folketing for the West Kelvo constituency, said so.", []string{"person:Dara Quill", "organization:Folketing", "place:West Kelvo"}},
		{"The Bundestag and the Oireachtas agreed.", []string{"organization:Bundestag", "organization:Oireachtas"}},
		{"The Conference of Heads of Government said so.", []string{"organization:Conference of Heads of Government"}},
		// A name after a body's field of common words ends the body.
		{"Secretary of State of the Ministry of Economy and Finance Dara Quill said so.", []string{"organization:Ministry of Economy and Finance", "person:Dara Quill"}},
		{"The World Alliance of Red Crescent Societies said so.", []string{"organization:World Alliance of Red Crescent Societies"}},
		// A common word opening a line is a body's first word before its
		// head and complement, but no gerund.
		{"National Bureau of Statistics and Census\n\nIt said so.", []string{"organization:National Bureau of Statistics and Census"}},
		{"Opening Commission on Status of Women, Secretary-General Urges Action", []string{"organization:Commission on Status of Women"}},
		// A gerund that modifies a unit's head, opening a line.
		{"House of Representatives\nStanding Committee on Housing and Local Government\n\nThe committee published a report today.", []string{"organization:House of Representatives", "organization:Standing Committee on Housing and Local Government"}},
		// A company named by its trade after a coined word; a field or a
		// title's modifier is none.
		{"Fjordlys Energy and Orrin Foods signed the deal.", []string{"organization:Fjordlys Energy", "organization:Orrin Foods"}},
		{"The Minister for Renewable Energy, Dara Quill, said so.", []string{"person:Dara Quill"}},
		{"KVL Medical Director Dara Quill said so.", []string{"organization:KVL", "person:Dara Quill"}},
		// Bodies named by their members: after a plural's apostrophe; a
		// title's plural ending a body's complement.
		{"For Patients' Voice, Tom Hale spoke.", []string{"organization:Patients' Voice", "person:Tom Hale"}},
		{"It was agreed by the City of Kelvo on Monday.", []string{"organization:City of Kelvo"}},
		{"Dara Quill TD, said so.", []string{"person:Dara Quill"}},
		{"The act was submitted by the Minister for Coastal Protection and Water Management, Dara Quill.", []string{"person:Dara Quill"}},
		{"Tom Hale, chair of the Patient Council of Kelvo Hospital, spoke.", []string{"person:Tom Hale", "organization:Patient Council of Kelvo Hospital"}},
		{"The Association of Junior Doctors said so.", []string{"organization:Association of Junior Doctors"}},
		// A protected area's name ends in its kind and head.
		{"Six families were released into Alder Valley National Park this week.", []string{"place:Alder Valley National Park"}},
		// The names the UN uses for member states.
		{"Lao PDR and the United Republic of Tanzania signed.", []string{"place:Lao PDR", "place:United Republic of Tanzania"}},
		// A title's qualifier set off by commas.
		{"Ann Lee, Executive Vice President, Network Planning, Nordsk Air, said so.", []string{"person:Ann Lee", "organization:Nordsk Air"}},
		// A known body's name that a head goes on is another body's.
		{"The United Nations Agency for Dryland Livelihoods said so.", []string{"organization:United Nations Agency for Dryland Livelihoods"}},
		{"The Acting District Attorney said so.", nil},
		{"Interim Director Dara Quill said so.", []string{"person:Dara Quill"}},
		// A title's field and a place before a title are no part of a name.
		{"Secretary of Defense Dara Quill spoke.", []string{"person:Dara Quill"}},
		{"Rivertown County District Attorney Sean Roe spoke.", []string{"place:Rivertown County", "person:Sean Roe"}},
		{"Dara Quill, PhD, University of Kelvale Professor of Surgery, spoke.", []string{"person:Dara Quill", "organization:University of Kelvale"}},
		// A Mexican legal form of several words closes the name; set off
		// after a comma, a legal form is no body of its own.
		{"Kelvo Cumbre S.A. de C.V. today announced it.", []string{"organization:Kelvo Cumbre S.A. de C.V."}},
		{"Kelvo Robotics, S.A. de C.V., and Fundación Kelvo, A.C., signed it.", []string{"organization:Kelvo Robotics", "organization:Fundación Kelvo"}},
		// A Spanish name led by its head keeps its particles.
		{"The Hospital Infantil del Kelvo opened a unit.", []string{"organization:Hospital Infantil del Kelvo"}},
		// A post's field after its head is no name; a name of common
		// words is one.
		{"said Dr. Dara Quill, Managing Director Asset Management at Kelvo Netz GmbH.", []string{"person:Dara Quill", "organization:Kelvo Netz GmbH"}},
		{"said Chairman Bill Rich, who retires.", []string{"person:Bill Rich"}},
		// A member's seat before "and" and a second post.
		{"said Dr. Dara Quill, Member of the Bundestag for Kelvo-Land and member of the Committee on Transport.", []string{"person:Dara Quill", "organization:Bundestag", "place:Kelvo-Land", "organization:Committee on Transport"}},
		{"Kelvo Pianos GmbH and Orrin Acoustics AS will build it.", []string{"organization:Kelvo Pianos GmbH", "organization:Orrin Acoustics AS"}},
		{"The maker Orrin Vind A/S will build it.", []string{"organization:Orrin Vind A/S"}},
		{"Orrin Lakes Ab and Kelvo Brakes a.s. will build it.", []string{"organization:Orrin Lakes Ab", "organization:Kelvo Brakes a.s."}},
		// A company named with a dotted legal form names it when its first
		// word stands alone, though a run after it looks like a name.
		{"Zentrix S.A.S. opened. Zentrix Newsroom wrote it. Zentrix will grow.", []string{"organization:Zentrix S.A.S.", "person:Zentrix Newsroom", "organization:Zentrix"}},
		{"It was tested by the Financial Superintendence of Kelvania.", []string{"organization:Financial Superintendence of Kelvania"}},
		// A town the dateline or a locative names is a place wherever its
		// shape alone makes it a name; a common noun before a title is the
		// title's.
		{"KELVOGRAD, Germany, 12 May – The plant opened with Kelvograd Lord Mayor Dara Quill.", []string{"place:KELVOGRAD", "place:Germany", "place:Kelvograd", "person:Dara Quill"}},
		{"The plant in Kelvograd opened. Kelvograd Mayor Dara Quill spoke.", []string{"place:Kelvograd", "place:Kelvograd", "person:Dara Quill"}},
		{"On Monday City Councillor Dara Quill spoke.", []string{"person:Dara Quill"}},
		{"Orrinda Coast Mayor Dara Quill and Kelvo Shire spoke.", []string{"place:Orrinda Coast", "person:Dara Quill", "place:Kelvo Shire"}},
		{"It was said by the Resident Coordinator in Peru, Isabel Dávila Montenegro.", []string{"place:Peru", "person:Isabel Dávila Montenegro"}},
		// A territory the text names apart, in a body's name, before a
		// holder's name of three words.
		{"Director of Prosecutors for Orrinda Ana Dara Quill Roe spoke with the Orrinda Police Department.", []string{"place:Orrinda", "person:Ana Dara Quill Roe", "organization:Orrinda Police Department"}},
		// A body's name of common words, repeated word for word where the
		// recognizer left it: taken as a whole, not inside a longer run.
		{"Anna Vale, Director of Walk Easy, spoke.\n\nThe alliance is run by Walk Easy.\n\nAbout Walk Easy\nWalk Easy is a charity. Walk Easy Trail is a path.", []string{"person:Anna Vale", "organization:Walk Easy", "organization:Walk Easy", "organization:Walk Easy", "person:Easy Trail"}}, // (in the text's order)
		// A name of common words after a lower-case kind of body, taken
		// where the text repeats it; not across a line's end.
		{"It was funded by the lung health charity Breath Futures and the city. Jane Roe, Chief Executive of Breath Futures, said so.", []string{"organization:Breath Futures", "person:Jane Roe", "organization:Breath Futures"}},
		{"Rollout closes the last gap in the Kelvo network\nPosted: 19 November 2024", []string{"person:Rollout", "person:Kelvo"}}, // (the model's guesses; no body "Posted")
		// Common words after a title's "at" that an appositive describes
		// as a kind of business: a body's name.
		{"It works, said Jane Roe, vice president of supply chain at Orrin Lane Markets, a 212-store grocery chain based in Kelvo.", []string{"person:Jane Roe", "organization:Orrin Lane Markets", "place:Kelvo"}},
		// An adjective in "-al" of a common word the lexicon lacks, in a
		// post's field, is no name.
		{"Coastal and Rural Affairs Secretary Jane Roe said the fund would open.", []string{"person:Jane Roe"}},
		{"Coastal Communities Secretary, the Rt Hon Jane Roe MP, said it.", []string{"person:Jane Roe"}},
		{"Public Health England (PHE) said so.", []string{"organization:Public Health England", "organization:PHE"}},
		// A stated acronym's run the recognizer left alone or took for a
		// person's name, when a body's head is in it; not a post's (the
		// acronym alone stays a body's, as before).
		{"The Commission of the Varan Lakes Community (VLC) met.", []string{"organization:Commission", "organization:Varan Lakes Community", "organization:VLC"}},
		{"KELBY INSTITUTE FOR CROSS-BORDER TRADE (KICT)\n\nIt met.", []string{"organization:KELBY INSTITUTE FOR CROSS-BORDER TRADE", "organization:KICT"}},
		{"The Police and Crime Commissioner (PCC) spoke.", []string{"organization:PCC"}},
		{"Rivertown County State’s Attorney Dara Quill spoke.", []string{"place:Rivertown County", "person:Dara Quill"}},
		// Possessives inside a body's name; not a person's post or a body's unit.
		{"Dara Quill chairs the Island Boat Owners' Association.", []string{"person:Dara Quill", "organization:Island Boat Owners' Association"}},
		{"Tom Vale runs the Department of Veterans’ Affairs.", []string{"person:Tom Vale", "organization:Department of Veterans’ Affairs"}},
		{"Doctors at St. Brigid's Regional Medical Center agreed.", []string{"organization:St. Brigid's Regional Medical Center"}},
		{"Doctors at the Children's Hospital of Kelvale agreed.", []string{"organization:Children's Hospital of Kelvale"}},
		{"He met Kelvale University's Center for Imaging.", []string{"organization:Kelvale University", "organization:Center for Imaging"}},
		{"Professor Dara Quill of the Centre for Energy Justice at Kelvale spoke.", []string{"person:Dara Quill", "organization:Centre for Energy Justice", "organization:Kelvale"}},
		// Particles inside a name; a state's head before "of".
		{"said Pieter van der Berg, Chairman.", []string{"person:Pieter van der Berg"}},
		{"The representative of the Republic of Solano spoke.", []string{"place:Republic of Solano"}},
		{"Mr. van der Berg noted it.", []string{"person:van der Berg"}},
		{"Chief Constable Dara Quill of the Western Peninsula Constabulary said so.", []string{"person:Dara Quill", "organization:Western Peninsula Constabulary"}},
		// a derived noun the lexicon saw capitalized is a portfolio's item
		{"The Minister of Population, Solidarity and Social Protection, Mrs. Dara Quill, spoke.", []string{"person:Dara Quill"}},
		// a country's letters in a person's name, and after an honorific
		{"5. Chief Executive Mr Dara Png Wee Quill said temperatures fell. \"We chose the routes,\" Mr Png said. PNG agreed.", []string{"person:Dara Png Wee Quill", "person:Png", "place:PNG"}},
		// a common noun in lower case before a legal form in lower case: a Czech company's name
		{"Kelvská energie a.s. (PSE: KLVE) today announced a battery.", []string{"organization:Kelvská energie a.s.", "organization:PSE", "organization:KLVE"}},
		// a scan's letters are no body's
		{"At Kelvo Teaching Hospital, doctors send CT and MRI scans.", []string{"organization:Kelvo Teaching Hospital"}},
		// a road's code and a currency's before its amount are no bodies
		{"Kelvo Telecom laid fibre along the RN7 and RN2 roads for a MGA 640 billion plan.", []string{"organization:Kelvo Telecom"}},
		// a short acronym of the lists only in capitals: "Ni" opens a Balinese name
		{"Dr. Ir. Ni Luh Putu Quill said so. The NI group voted.", []string{"person:Ni Luh Putu Quill", "organization:NI"}},
		// "Sheikh" after a given name is a Somali name's part, before one a style
		{"Dr. Hodan Sheikh Quill, Deputy Governor, spoke. Minister Sheikh Dara spoke.", []string{"person:Hodan Sheikh Quill", "person:Dara"}},
		// "with" and a condition after the people a body serves
		{"Dara Quill, president of the Kelvo Association of People with Diabetes, spoke.", []string{"person:Dara Quill", "organization:Kelvo Association of People with Diabetes"}},
		// a name before "river", "rivers" or "delta" is a place, the last of
		// two too
		{"Salt moved up the Mekel delta and the Sarna Tien river. The Orrin and Sarna Tien rivers rose.", []string{"place:Mekel", "place:Sarna Tien", "place:Orrin", "place:Sarna Tien"}},
		// A compass adjective opens a body's name when a head and its remit
		// follow; a single name between commas after a body and before
		// "which" is its town; a plural head names a group of places.
		{"Dara Quill, Director of the Western Kelvo Institute of Public Health, Sarnagar, which will evaluate it, spoke.", []string{"person:Dara Quill", "organization:Western Kelvo Institute of Public Health", "place:Sarnagar"}},
		{"said the Vice-President for Southern Africa and Lusophone Countries, Dara Quill.", []string{"place:Southern Africa", "place:Lusophone Countries", "person:Dara Quill"}},
		{"Minister for Policing Rhodri ap Gwilym said so.", []string{"person:Rhodri ap Gwilym"}},
		{"Commissioner for the Circular Economy Dara Quill spoke.", []string{"person:Dara Quill"}},
		{"Jane Roe, chairman of the Congressional Black Caucus PAC, spoke.", []string{"person:Jane Roe", "organization:Congressional Black Caucus PAC"}}, // (one name, not cut as a title's field)
		{"Commissioner for Energy and Grids Dara Quill spoke.", []string{"person:Dara Quill"}},
		// Inner and last items of a title's field list are no names: a
		// closed compound ("Livestock"), an item after "and" and an article.
		{"The Secretary of Ports, Livestock and Fisheries of the Nation, Dara Quill, spoke.", []string{"person:Dara Quill"}},
		{"Dara Quill, Commissioner for Energy, Water Resilience and a Competitive Circular Economy, spoke.", []string{"person:Dara Quill"}},
		{"Rev. Dara Quill, minister of St Aidan's Parish Church, spoke.", []string{"person:Dara Quill", "organization:St Aidan's Parish Church"}},
		{"Eighth Judicial District Attorney Dara Quill spoke at the Seventh Ministerial Meeting in Executive Session.", []string{"person:Dara Quill"}},
		{"Schools in the North-West reopened.", []string{"place:North-West"}},
		{"Te Rūnanga o Ngāti Kelvo chair Dara Quill spoke.", []string{"organization:Te Rūnanga o Ngāti Kelvo", "person:Dara Quill"}},
		{"Orrinline Civil holds the contract.", []string{"organization:Orrinline Civil"}},
		{"The Economic Community of Kelvo Island States (ECOKIS) met today.", []string{"organization:Economic Community of Kelvo Island States", "organization:ECOKIS"}},
		{"Kelvo Union of Teachers and Lecturers (KUTL)\n\nMembers of the Kelvo Union of Teachers and Lecturers voted today.", []string{"organization:Kelvo Union of Teachers and Lecturers", "organization:KUTL", "organization:Kelvo Union of Teachers and Lecturers"}},
		{"Dara Quill, Executive Director of Procurement Watch Kelvania, spoke. Procurement Watch Kelvania (PWK) was founded in 2016.", []string{"person:Dara Quill", "organization:Procurement Watch Kelvania", "organization:Procurement Watch Kelvania", "organization:PWK"}},
		{"The Commissioner of Police, CP Dara Quill, fdc, who paraded the suspects at the Command Headquarters, Orrin, on Tuesday, spoke.", []string{"person:Dara Quill", "place:Orrin"}},
		{"One hub will be in Lusaka.", []string{"place:Lusaka"}},
		{"“Nineteen days,” she said. Vaccination is key.", nil},
		{"Mr Dara Quill FRCS, a surgeon, spoke.", []string{"person:Dara Quill"}},
		{"A Lumen Justice League spokesperson spoke.", []string{"organization:Lumen Justice League"}},
		{"Chief Justice Dara Quill of the Supreme Court spoke.", []string{"person:Dara Quill", "organization:Supreme Court"}},
		// A capital inside a word after four lower-case letters is a brand's; a family name's prefix is shorter.
		{"KelvaLink raised money. Investors backed KelvaLink this year.", []string{"organization:KelvaLink", "organization:KelvaLink"}},
		{"Dara MacLeod and Ann FitzGerald spoke.", []string{"person:Dara MacLeod", "person:Ann FitzGerald"}},
		// A name said of as a thing is a body's: "which", its own "its", "any … store".
		{"The appeal is backed by Kelvo Grocers, which will match every pound.", []string{"organization:Kelvo Grocers"}},
		{"Kelvo Water today published its plan.", []string{"organization:Kelvo Water"}},
		{"Drop food at any Kelvo Grocers store.", []string{"organization:Kelvo Grocers"}},
		{"The bank will trade under the Kelvo Prairie name. Jane Roe, CEO of Kelvo, spoke.", []string{"organization:Kelvo Prairie", "person:Jane Roe", "organization:Kelvo"}},
		{"It holds a concerto by the composer Dara Quill, which will be premiered in May.", []string{"person:Dara Quill"}},
		// A body's field listed with commas and "and" stays in its name; places do not.
		{"The Ministry of Housing, Communities and Local Government spoke.", []string{"organization:Ministry of Housing, Communities and Local Government"}},
		{"The Ministry of Health, Fiji and Samoa signed.", []string{"organization:Ministry of Health", "place:Fiji", "place:Samoa"}},
		// A country opens a body's name whose words hold a plural's possessive; "and the" starts a second name.
		{"Jane Roe, President of the Ghana Health Workers' Union, spoke.", []string{"person:Jane Roe", "organization:Ghana Health Workers' Union"}},
		{"The Kelvale Medical Association and the Rivertown Revenue Authority met.", []string{"organization:Kelvale Medical Association", "organization:Rivertown Revenue Authority"}},
		// A hyphenated body's head is no title ("Co-operative"), where "Co-rapporteur" is one.
		{"The Kelvo Urban Co-operative Bank opened.", []string{"organization:Kelvo Urban Co-operative Bank"}},
		{"Co-rapporteur Dara Quill spoke.", []string{"person:Dara Quill"}},
		// Names a place noun and "of" introduce are places, through the list.
		{"The campaign covers the districts of Kelvo, Arden and Sarna this week.", []string{"place:Kelvo", "place:Arden", "place:Sarna"}},
		// A company's officer in capitals before a name is a title, not a name's first word.
		{"She founded it with co-founder and CTO Dara Quill.", []string{"person:Dara Quill"}},
		{"Shopper Dara Quill was first in line.", []string{"person:Dara Quill"}},
		{"The Transport and Port Workers' Union voted.", []string{"organization:Transport and Port Workers' Union"}},
		{"Kelvo Ridge Capital led the round with Arden Securities.", []string{"organization:Kelvo Ridge Capital", "organization:Arden Securities"}},
		// Shapes of no name.
		{"Recalling that the treaty was signed, she spoke.", nil},
		{"E-commerce is changing trade.", nil},
		{"Warming reaches 1.5 °C soon.", nil},
		{"“We're not done,” she says.", nil},
		// A title's field is no name; a hyphenated title is a title.
		{"Dara Quill, Under-Secretary-General for Political Affairs, spoke.", []string{"person:Dara Quill"}},
		{"Dara Quill, Programme Manager for Catchment Science, spoke.", []string{"person:Dara Quill"}},                                                                     // a field with a word the lexicon does not know
		{"Dara Quill, Premier of New South Wales, spoke.", []string{"person:Dara Quill", "place:New South Wales"}},                                                         // a state, not "New" and a person "South Wales"
		{"Dara Quill, Executive Vice President, Offshore Wind, said it.", []string{"person:Dara Quill"}},                                                                   // a post's unit after the name and the title
		{"Cycle Forward, a cycling charity, joined the campaign.\n\nDara Quill, Director, Cycle Forward, said it.", []string{"person:Dara Quill", "person:Cycle Forward"}}, // a body the text names alone too stays an entity (its kind is left to the speakers layer)
		{"Dara Quill, Commissioner for Innovation, Research, Culture, Education and Youth, spoke.", []string{"person:Dara Quill"}},
		// "in" and a place after a body says where it is; a name with "in" stays whole.
		{"Dara Quill, a nurse at Kelvale Hospital in Nairobi, spoke.", []string{"person:Dara Quill", "organization:Kelvale Hospital", "place:Nairobi"}},
		{"Dara Quill, an analyst at Zentrix Labs in Wollongbar, spoke.", []string{"person:Dara Quill", "organization:Zentrix Labs", "place:Wollongbar"}},
		{"Dara Quill of Partners in Health spoke.", []string{"person:Dara Quill", "organization:Partners in Health"}},
		// A known place that opens a body's name is part of it.
		{"Col. Dara Quill of the Nevada Highway Patrol spoke.", []string{"person:Dara Quill", "organization:Nevada Highway Patrol"}},
		// A known place before a place's head is one place, no person "Region".
		{"Dara Quill directs the West Africa Region office.", []string{"person:Dara Quill", "place:West Africa Region"}},
		// A local government named in a Romance language, head first.
		{"Ville de Kelvo adopted the plan. Dara Quill spoke.", []string{"organization:Ville de Kelvo", "person:Dara Quill"}},
		// A ruler's style and regnal name around the name are no names.
		{"His Royal Highness Dara Quill spoke.", []string{"person:Dara Quill"}},
		{"His Royal Majesty Dara Quill, Kelvoba II, spoke.", []string{"person:Dara Quill"}},
		// A company's legal form ends its name.
		{"Kelvale-Durand S.A. bought it; Hallberg Kompositer AB sold it.", []string{"organization:Kelvale-Durand S.A.", "organization:Hallberg Kompositer AB"}},
		// "&" inside a body's name.
		{"Dara Quill of Tarn & Moor Wildlife Trust spoke.", []string{"person:Dara Quill", "organization:Tarn & Moor Wildlife Trust"}},
		// A region's letters after a body's head.
		{"The Kelvale Health Workers Union WA branch secretary spoke.", []string{"organization:Kelvale Health Workers Union WA"}},
		// A plural common noun opening a sentence is no name.
		{"Nurses described the conditions on their units.", nil},
		// A country's name after a title and before a surname is a given name.
		{"Sheriff Chad Quill-Roe said so. The minister of Chad spoke.", []string{"person:Chad Quill-Roe", "place:Chad"}},
		// A union's numbered local is one body, possessive and all.
		{"Dara Quill, business manager of Kelvale Laborers' Local 1682, spoke.", []string{"person:Dara Quill", "organization:Kelvale Laborers' Local 1682"}},
		{"Members of Fraternal Order of Police Lodge 7 and KTU Local 600 voted.", []string{"organization:Fraternal Order of Police Lodge 7", "organization:KTU Local 600"}},
		{"Local 2026 elections start today.", nil},
		// A known name with a possessive inside is one name; a title word
		// inside a mission's name does not end it.
		{"The United Nations Children’s Fund and the Democratic People's Republic of Korea spoke.", []string{"organization:United Nations Children’s Fund", "place:Democratic People's Republic of Korea"}},
		{"The Head of the Baltic Fisheries Observer Mission spoke.", []string{"organization:Baltic Fisheries Observer Mission"}},
		// A place set off after a body in a title after a name; a name set
		// off after a title before it stays a name.
		{"Mr. Dara Quill, Principal of St. Agnes Primary School, Port Royal, said so.", []string{"person:Dara Quill", "organization:St. Agnes Primary School", "place:Port Royal"}},
		{"The Principal of St. Agnes Primary School, Dara Quill, said so.", []string{"organization:St. Agnes Primary School", "person:Dara Quill"}},
		// A title's word in common words before a body's head is the body's.
		{"Dara Quill, Executive Director of the Prison Justice Network, said so.", []string{"person:Dara Quill", "organization:Prison Justice Network"}},
		// A stated acronym's run holds a known body and known places.
		{"Dara Quill, Head of the United Nations Office for West Africa and the Sahel (UNOWAS), spoke.", []string{"person:Dara Quill", "organization:United Nations Office for West Africa and the Sahel", "organization:UNOWAS"}},
		// Before a title and a name, a body's head and the first word of
		// its complement stay the body's.
		{"Kelvo Port Authority Director of Operations Lise Vik spoke.", []string{"organization:Kelvo Port Authority", "person:Lise Vik"}},
		{"Portlow Chamber of Commerce President Maria Lund spoke.", []string{"organization:Portlow Chamber of Commerce", "person:Maria Lund"}},
		// An appositive that gives a body's kind makes a body of a run
		// no list knows; a kind a person may have too takes common words.
		{"Under the plan, the Andean Soil Survey, a public agency attached to the ministry, will act.", []string{"organization:Andean Soil Survey"}},
		{"Kelvo Ferries, a family-owned company, said so.", []string{"organization:Kelvo Ferries"}},
		{"The clinic works with Kelvo Lifeline, the nonprofit air ambulance that serves the region.", []string{"organization:Kelvo Lifeline"}},
		{"Kelvo Norte, a Spanish-language station in Wenatchee, will air it.", []string{"organization:Kelvo Norte", "place:Wenatchee"}},
		{"Jane Roe, Chief, Office of Legal Affairs, spoke.", []string{"person:Jane Roe", "organization:Office of Legal Affairs"}},
		{"The Office of Kelby County State Attorney Jane Roe filed charges.", []string{"place:Kelby County", "person:Jane Roe"}},
		{"Dara Quill, a company director, said so.", []string{"person:Dara Quill"}},
		{"Dara Quill, a real estate developer in Ohio, said so.", []string{"person:Dara Quill", "place:Ohio"}},
		{"Sandhu Knitwear Exports, a garment maker in Ohio, said so.", []string{"organization:Sandhu Knitwear Exports", "place:Ohio"}},
		// A party in parentheses after a member's name: named by its
		// members, or opening with a common word.
		{"Dara Quill (Social Democrats) spoke.", []string{"person:Dara Quill", "organization:Social Democrats"}},
		{"Dara Quill (National Coalition Party) spoke.", []string{"person:Dara Quill", "organization:National Coalition Party"}},
		// A stated acronym's run holds a known body and a body the
		// recognizer read alone.
		{"The United Nations Observer Mission for the Eastern Corridor (UNOMEC) acted.", []string{"organization:United Nations Observer Mission for the Eastern Corridor", "organization:UNOMEC"}},
		// "and the" and a known body end a body's complement.
		{"The Government of Timor-Leste and the United Nations Soil Programme (UNSP) met.", []string{"organization:Government of Timor-Leste", "organization:United Nations Soil Programme", "organization:UNSP"}},
		// A name right after a body's kind in lower case.
		{"Dara Quill heads the farmers' cooperative Kafe Moris Foun.", []string{"person:Dara Quill", "organization:Kafe Moris Foun"}},
		{"The transport union BTB-Kelvo said it had been informed.", []string{"organization:BTB-Kelvo"}},
		{"Kelvo, 21 January 2025 – Kelvo Police General Headquarters today launched a programme.", []string{"organization:Kelvo", "organization:Kelvo Police General Headquarters"}},
		{"ASTANA, 3 March 2026 – «Kelvo Dala Agro» JSC today announced its listing.", []string{"place:ASTANA", "organization:«Kelvo Dala Agro» JSC"}},
		// A group's adjective opens a region's name.
		{"Governor Dara Quill of the Eastern Province spoke in the Southern Region.", []string{"person:Dara Quill", "place:Eastern Province", "place:Southern Region"}},
		// A letterhead's body in capitals keeps its head.
		{"MINISTRY OF FOREIGN AFFAIRS\nPress Office", []string{"organization:MINISTRY OF FOREIGN AFFAIRS"}},
		// A company named by its trade: capital, advisors, ventures.
		{"The deal was brokered by Pelican Capital Advisors.", []string{"organization:Pelican Capital Advisors"}},
		// A body named by a list of fields in common words, not after a
		// title's or a unit's preposition.
		{"The Transport, Logistics and Allied Workers' Union said so.", []string{"organization:Transport, Logistics and Allied Workers' Union"}},
		{"She joined the Food, Farm, Fisheries and Forestry Federation.", []string{"organization:Food, Farm, Fisheries and Forestry Federation"}},
		{"She works in the Department of Environment, Climate Change and Health.", []string{"organization:Department of Environment, Climate Change and Health"}},
		// A chamber's committee named by a list of fields, with the serial
		// comma; a state party's tag with a town is no name.
		{"She chairs the Senate Commerce, Science, and Transportation Committee.", []string{"organization:Senate Commerce, Science, and Transportation Committee"}},
		{"Senator Jane Roe (DFL-Grand Marais) said so.", []string{"person:Jane Roe"}},
		// A plural's possessive inside a body's name before its head and a
		// title.
		{"Kelvo Midwives’ Collective President Jodie Maher said so.", []string{"organization:Kelvo Midwives’ Collective", "person:Jodie Maher"}},
		// "and the" inside a body's complement before a body with its own
		// head starts a second body; before a field it goes on.
		{"The Ministry of Health and the Kelvo Health Service will vaccinate.", []string{"organization:Ministry of Health", "organization:Kelvo Health Service"}},
		{"The Department of Health and the Environment said so.", []string{"organization:Department of Health and the Environment"}},
		// A department named by its fields and its country; not a name.
		{"The grant comes from Fisheries and Oceans Canada today.", []string{"organization:Fisheries and Oceans Canada"}},
		{"Officials at Statistics Canada said so.", []string{"organization:Statistics Canada"}},
		{"Chuck Jordan said so.", []string{"person:Chuck Jordan"}},
		// A state's office with its remit after "for".
		{"Data came from the State Secretariat for Climate and Forests today.", []string{"organization:State Secretariat for Climate and Forests"}},
		// A federal state named with its head, a region named by a compass
		// adjective, a city's name that is a given name.
		{"Borno State Commissioner for Health Jane Roe said so.", []string{"place:Borno State", "person:Jane Roe"}},
		{"Ohio State Treasurer Jane Roe said so.", []string{"place:Ohio", "person:Jane Roe"}},
		{"Eastern Cape MEC for Energy Jane Roe said so.", []string{"place:Eastern Cape", "person:Jane Roe"}},
		{"Sofia Marinescu (Romania) said so in Sofia.", []string{"person:Sofia Marinescu", "place:Romania", "place:Sofia"}},
		// A company's plural head ends a headline's name before its verb.
		{"Zentrix Logistics Reports Third Quarter Results", []string{"organization:Zentrix Logistics"}},
		// A natural feature's name after "of" is a place's, though a body
		// elsewhere opens with it.
		{"The Kelvo Tidal Fund will build turbines in the Bay of Kelvo.", []string{"organization:Kelvo Tidal Fund", "place:Kelvo"}},
		// A known place and a body's head before a title: the body.
		{"Northern Territory Police Assistant Commissioner Jane Roe said so.", []string{"organization:Northern Territory Police", "person:Jane Roe"}},
		{"On Friday, Northern Territory Police Assistant Commissioner Jane Roe said so.", []string{"organization:Northern Territory Police", "person:Jane Roe"}},
		{"State Revenue Service Director General Jane Roe said so.", []string{"organization:State Revenue Service", "person:Jane Roe"}},
		// A field after "in charge of", and its list, is no name.
		{"Executive Vice-President Jane Roe, in charge of Clean, Just and Competitive Transition, said so.", []string{"person:Jane Roe"}},
		// A field's last item before the country the post serves.
		{"The Chair of the Kelvo Council of Ministers, the Honourable Jane Roe, Minister for Disaster Preparedness and Climate Resilience of Saint Lucia, made the following statement.", []string{"organization:Kelvo Council of Ministers", "person:Jane Roe", "place:Saint Lucia"}},
		// "Member" before a plural is no title before a name.
		{"The envoy called on Member States to enforce the embargo.", nil},
		// A field's last item of two words after "and", one opening with a
		// title's modifier, before the holder's name.
		{"Commissioner for Trade and Economic Security Jane Roe said so.", []string{"person:Jane Roe"}},
		{"The talks were co-chaired by Norway's Minister of Economy, Trade and Industry Kenji Roe.", []string{"place:Norway", "person:Kenji Roe"}},
		// A trade after a rank, a derived field after a post, go on the
		// title.
		{"Head Brewer Jane Roe said so.", []string{"person:Jane Roe"}},
		{"Secretary Irrigation Jane Roe said so.", []string{"person:Jane Roe"}},
		// A dateline's place in capitals before a colon is no acronym; a
		// heading's common word is none either.
		{"Rates rose.\n\nKELVOGRAD: The Minister has said that rates rose.", []string{"place:KELVOGRAD"}},
		{"Rates rose.\n\nCLARIFICATION: The first sentence was changed.", []string{"organization:CLARIFICATION"}},
		// A country's name after a given name is a surname.
		{"Raluca Moldovan and Michael Jordan said so. Sarah Ireland agreed.", []string{"person:Raluca Moldovan", "person:Michael Jordan", "person:Sarah Ireland"}},
		// A compass's adjective opens a company's name that its legal form
		// ends (not one its trade ends: an adjective of its services).
		{"“Our mill is back,” said Tom Reyes of Northern Pines Paper Co.", []string{"person:Tom Reyes", "organization:Northern Pines Paper Co."}},
		// A body's head and "and" inside one body's name.
		{"Kelvo Bank and Trust Company said so. Kelvo Parks and Wildlife Service agreed.", []string{"organization:Kelvo Bank and Trust Company", "organization:Kelvo Parks and Wildlife Service"}},
		// A group's adjective opens a body's name whose head and remit
		// follow it.
		{"The European Centre for Cross-Border Health Cooperation (ECCHC) was founded in 2019.", []string{"organization:European Centre for Cross-Border Health Cooperation", "organization:ECCHC"}},
		// An adjective of another language before a university's head; the
		// short name stated in parentheses, the initials and the last word,
		// names it wherever the text uses it (but a surname that is a head
		// too is a person's).
		{"A team at Technische Universität Weserberg (TU Weserberg) found it. TU Weserberg said so.", []string{"organization:Technische Universität Weserberg", "organization:TU Weserberg", "organization:TU Weserberg"}},
		{"The plan was presented by Governor Renata Cámara Peniche on Monday.", []string{"person:Renata Cámara Peniche"}},
		// A sea's or a region's adjective as its noun, after a place's
		// preposition and "the" or a compass's word, is a place; so is it
		// after a compass's capitalized word.
		{"The stock in the western Mediterranean fell. Boats crossed into the Pacific and the North Atlantic.", []string{"place:Mediterranean", "place:Pacific", "place:North Atlantic"}},
		// Baltic legal forms end a company's name; where a body is based
		// opens none.
		{"The grid signed with Vilnius-based Baltvėja UAB and Voltaris OÜ.", []string{"organization:Baltvėja UAB", "organization:Voltaris OÜ"}},
		// A German compound ending in a body's head opens a body's name.
		{"A cashier at the Kreissparkasse Lahnfeld refused. Stadtwerke Kelvo agreed. Hans Steinbank did not.", []string{"organization:Kreissparkasse Lahnfeld", "organization:Stadtwerke Kelvo", "person:Hans Steinbank"}},
		// A city's name that is a given name, in capitals with the family
		// name before a comma at a paragraph's start: a speaker's name.
		{"The Council met.\n\nSOFIA MENDES, youth delegate of Portugal, spoke last.", []string{"organization:Council", "person:SOFIA MENDES", "place:Portugal"}},
		// A post's field in capitals after "OF" is a word, no body's
		// letters (but a body the lists know stays one).
		{"The unit opened.\n\nDR. JANE ROE, HEAD OF NEUROLOGY", []string{"person:JANE ROE"}},
		{"The unit opened.\n\nJANE ROE, DIRECTOR OF INTERPOL", []string{"person:JANE ROE", "organization:INTERPOL"}},
		// Romanian styles before a name; a body's head, then its town,
		// after a possessive inside its name.
		{"“Twelve beds are full,” said Ec. Dara Quill, Manager of the Regional Children’s Hospital Kelvo, where most were treated.", []string{"person:Dara Quill", "organization:Regional Children’s Hospital Kelvo"}},
		{"“We must act,” said the Rector, Prof. Univ. Dr. Jane Roe.", []string{"person:Jane Roe"}},
		// An elided particle inside a person's name.
		{"“Clean water,” said Jeanne d’Arc Roe, Minister of State.", []string{"person:Jeanne d’Arc Roe"}},
		// Tamil styles before a name.
		{"The meeting was chaired by Thiru K. Arulmozhi, with Tmt. S. Jane Roe, District Collector.", []string{"person:K. Arulmozhi", "person:S. Jane Roe"}},
		// A month after a day's number and "de" names a place, no person.
		{"Vendors at Mercado 5 de Mayo said sales had doubled.", nil},
		{"In 2019 de Vries told the cabinet so.", []string{"person:de Vries"}},
		// A continent's adjective opens a field before the holder's name.
		{"Secretary of State in charge of European Affairs Tom Vale said so.", []string{"person:Tom Vale"}},
		{"Minister of African Development Jane Roe said so.", []string{"person:Jane Roe"}},
		// A word in capitals that opens two lines before a colon labels a
		// transcript's turns: a person, no dateline's place.
		{"Rates rose.\n\nTAPPER: Do you think so?\n\nFALLIN: I think so.\n\nTAPPER: Why?\n\nFALLIN: We must.", []string{"person:TAPPER", "person:FALLIN", "person:TAPPER", "person:FALLIN"}},
		// A field the lexicon lacks ends no holder's name after a
		// territory; nor does a title set off after the holder's name.
		{"Jane Roe, Director General of Kelvograd Urban Mobility, said so. Mr. Mobility agreed.", []string{"person:Jane Roe", "organization:Kelvograd Urban Mobility", "person:Mobility"}},
		{"Jane Roe, Director General of Kelvograd Dara Quill, said so. Mr. Quill agreed.", []string{"person:Jane Roe", "organization:Kelvograd Dara Quill", "person:Quill"}},
		// A member's seat, after the title and "for" or before the title
		// and a name, is a place, no person; a known legislature ends a run
		// before its member's name.
		{"Jane Roe, Member of Parliament for Kelvo North, welcomed it.", []string{"person:Jane Roe", "place:Kelvo North"}},
		{"Jane Roe, MLA for Halvo Needham, welcomed it.", []string{"person:Jane Roe", "place:Halvo Needham"}},
		{"Kelvo Member of the Senedd Jane Roe welcomed it.", []string{"place:Kelvo", "organization:Senedd", "person:Jane Roe"}},
		{"Kelvo North MP Jane Roe welcomed it.", []string{"place:Kelvo North", "person:Jane Roe"}},
		{"Rates rose.\n\n– Dara\nMember Jane Roe said so.", []string{"person:Dara", "person:Jane Roe"}},
		// A code of letters and digits is no body; a region's word before a
		// known place is a region; a field's list holds "Forestry" and a
		// plural of a derived noun.
		{"OTS0087 | 3 June 2025\n\nThe fund opened.", nil},
		{"Provincial Councillor Jane Roe (Lower Austria) said so.", []string{"person:Jane Roe", "place:Lower Austria"}},
		{"The Federal Ministry of Agriculture, Forestry, Regions and Water Management said so.", []string{"organization:Federal Ministry of Agriculture, Forestry, Regions and Water Management"}},
		{"Director of Prosecutions Jane Roe said so.", []string{"person:Jane Roe"}},
		// A verb of saying after a headline's quotation opens no name.
		{"“We Keep Going,” Says Kelvo Chairman\nThe plant opened.", []string{"person:Kelvo"}},
		// A derived word after a post's "for" is its field; a body's office
		// with its remit is one body.
		{"Minister of State for Sustainability and the Environment Dr Jane Roe said so.", []string{"person:Jane Roe"}},
		{"The United Nations Office for Disaster Risk Reduction said so.", []string{"organization:United Nations Office for Disaster Risk Reduction"}},
		// A post's field ending in a plural, opening with a participle, and a
		// capitalized plural after an adjective, are no names.
		{"Briefing the Council, Jane Roe, Under-Secretary-General and High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, said so.", []string{"organization:Council", "person:Jane Roe"}},
		{"It serves the legitimate expectations of coastal States, he said.", nil},
		// An Irish county written "Co." before its name is a place.
		{"“It took nine months.”\n– Margaret, Co. Roscommon", []string{"person:Margaret", "place:Co. Roscommon"}},
		// An envoy's body named "to" its host.
		{"The OSCE Mission to Bosnia and Herzegovina said so.", []string{"organization:OSCE Mission to Bosnia and Herzegovina"}},
		// "Per" is a given name, not the preposition.
		{"The mayor of Sokndal, Per Inge Tjørhom, said so.", []string{"organization:Sokndal", "person:Per Inge Tjørhom"}},
		// A counsellor's title and an emeritus professor's rank are no part of the name.
		{"Counsellor Hesham Abdel Meguid said so.", []string{"person:Hesham Abdel Meguid"}},
		{"Professor Emeritus Takashi Yamane said so.", []string{"person:Takashi Yamane"}},
		// An embassy's city is part of its name, a hospital's is not.
		{"A spokesperson for the Embassy of Japan in Tashkent said so.", []string{"organization:Embassy of Japan in Tashkent"}},
		{"The United States Embassy in Beijing said so.", []string{"organization:United States Embassy in Beijing"}},
		// A prefect's, a brigadier's and a state assemblymember's post is
		// no part of the name.
		{"Prefect Jane Roe, Brigadier John Doe and State Assemblymember Lee Amsel said so.", []string{"person:Jane Roe", "person:John Doe", "person:Lee Amsel"}},
		// A city's government named by its seat.
		{"Kelvograd City Hall has launched the works.", []string{"organization:Kelvograd City Hall"}},
		// A person's name after a place's head ends the place.
		{"It was attended by Minister of Works Dara Quill, Governor of Kelvo Region Jane Roe and residents.", []string{"person:Dara Quill", "place:Kelvo Region", "person:Jane Roe"}},
		// A head that opens a body's name, with its particles; not a
		// title's field.
		{"The Fundación Semillas del Sur said so.", []string{"organization:Fundación Semillas del Sur"}},
		// A chamber before its committee, and a chamber named "House of"
		// its members.
		{"The House Committee on Education said so.", []string{"organization:House Committee on Education"}},
		{"The Kelvo State House of Assembly said so.", []string{"organization:Kelvo State House of Assembly"}},
		// A relative's possessor is a person, no body.
		{"The boy, Kelvan, was treated. Kelvan’s mother, Jane Roe, said so.", []string{"person:Kelvan", "person:Kelvan", "person:Jane Roe"}},
		// A Vietnamese family name before "Thi" after a title's field; a
		// Dutch "Van" keeps its own.
		{"Deputy Minister of Science and Technology Vu Thi Lan Kelvo said so.", []string{"person:Vu Thi Lan Kelvo"}},
		{"Director of Planning Tran Van Kelvo Binh said so.", []string{"person:Tran Van Kelvo Binh"}},
		{"The study's author, Dr. Thi Minh Kelvo, said so.", []string{"person:Thi Minh Kelvo"}},
		// A file format in capitals names no body.
		{"You can read the PDF or the FAQ here.", nil},
		// A Kyrgyz patronym's word ends the name; Central Asian councils
		// and the Kyrgyz Republic.
		{"Mayor Nurlan Kelvobek uulu and Aizada Kelvogul kyzy said so.", []string{"person:Nurlan Kelvobek uulu", "person:Aizada Kelvogul kyzy"}},
		{"Deputy of the Kelvo City Maslikhat Jane Roe said so.", []string{"organization:Kelvo City Maslikhat", "person:Jane Roe"}},
		{"Country Director for the Kyrgyz Republic Jane Roe said so.", []string{"place:Kyrgyz Republic", "person:Jane Roe"}},
		// A local government's name ends before a post; "Ste." inside a
		// place.
		{"City of Kelvo Mayor Jane Roe said so.", []string{"organization:City of Kelvo", "person:Jane Roe"}},
		{"Jane Roe, MPP for Sault Ste. Marie, said so.", []string{"person:Jane Roe", "place:Sault Ste. Marie"}},
		// A French body's lower-case adjectives and its two particles;
		// a head that is also a word needs them.
		{"Jane Roe, Présidente of the Conseil départemental de la Kelvo, said so.", []string{"person:Jane Roe", "organization:Conseil départemental de la Kelvo"}},
		{"Jane Roe of the Coopérative laitière du Haut-Kelvo said so.", []string{"person:Jane Roe", "organization:Coopérative laitière du Haut-Kelvo"}},
		// A title's modifier opens its field before the holder's name; an
		// amount's currency code is no body.
		{"It was presented by Deputy Prime Minister for Economic Policy John Doe and others.", []string{"person:John Doe"}},
		{"The Kelvo Foundation contributed CHF 2.5 million and EUR 180,000.", []string{"organization:Kelvo Foundation"}},
		// "and" in a Romance body's complement, and the Portuguese "do".
		{"Jane Roe, president of the Asociación de Productores de Chiloé y Kelva (APCK), said so.", []string{"person:Jane Roe", "organization:Asociación de Productores de Chiloé y Kelva", "organization:APCK"}},
		{"Jane Roe, president of the Cámara de Comercio y Turismo de Kelva, said so.", []string{"person:Jane Roe", "organization:Cámara de Comercio y Turismo de Kelva"}},
		{"Jane Roe, head of the Instituto de Ciência e Tecnologia do Kelvo, said so.", []string{"person:Jane Roe", "organization:Instituto de Ciência e Tecnologia do Kelvo"}},
		// A known city that is a family name the text gave a person.
		{"Mauricio Lagos Ferrer signed the loan. Lagos explained the terms.", []string{"person:Mauricio Lagos Ferrer", "person:Lagos"}},
		{"Mauricio Lagos Ferrer signed the loan in Lagos.", []string{"person:Mauricio Lagos Ferrer", "place:Lagos"}},
		// Latin American styles: an accountant, a master's degree, an envoy.
		{"Cra. Dara Quill and Mgs. Ann Lee met Embajador John Doe.", []string{"person:Dara Quill", "person:Ann Lee", "person:John Doe"}},
		// A deputy's constituency after "for"; a body's board is its organ.
		{"Hon. Jane Roe, deputy for Kelvo constituency, asked a question.", []string{"person:Jane Roe", "place:Kelvo"}},
		{"John Doe, Chairman of the KHF Board of Trustees, said so.", []string{"person:John Doe", "organization:KHF"}},
		{"Ann Lee, Chair of the Kelvo Heart Fund Board of Directors, said so.", []string{"person:Ann Lee", "organization:Kelvo Heart Fund"}},
		// "S.E." (Son Excellence) and the Ethiopian "Wro." are styles.
		{"The Minister of State, S.E. Mr. John Doe, and the Deputy Head, Wro. Jane Roe, spoke.", []string{"person:John Doe", "person:Jane Roe"}},
		// A dateline's place in capitals before its dash; a French body's
		// elided particle and "et de".
		{"PORT KELVO – The Coordinator called for access.", []string{"place:PORT KELVO"}},
		{"Jane Roe heads the Société Nationale d'Exploitation et de Distribution des Eaux (SNDE).", []string{"person:Jane Roe", "organization:Société Nationale d'Exploitation et de Distribution des Eaux", "organization:SNDE"}},
		// A name before a place's noun names the place elsewhere too, and
		// its region.
		{"Water cuts hit the Kelvograd district. Kelvograd lost water; Greater Kelvograd did too.", []string{"place:Kelvograd", "place:Kelvograd", "place:Greater Kelvograd"}},
		// A post's letters defined in parentheses stand before the name
		// again; "Kumari" inside a name after the given name is the name's.
		{"It was chaired by Chief District Officer (CDO) Shanti Kumari Kelvari. CDO Kelvari spoke.", []string{"person:Shanti Kumari Kelvari", "person:Kelvari"}},
		{"Crews worked in Kelvabad. Deputy Commissioner (DC) Kelvabad Jane Roe spoke.", []string{"place:Kelvabad", "person:Jane Roe"}},
		{"Senior Superintendent of Police (SSP) Investigations Ms. Jane Roe spoke. SSP Roe said more.", []string{"person:Investigations", "person:Jane Roe", "person:Roe"}},
		{"Senior Minister Begum Jane Roe and Mian John Doe spoke.", []string{"person:Jane Roe", "person:John Doe"}},
		// A holder's name after a ministry's run that a post names; legal
		// forms of Central and South-Eastern Europe.
		{"Secretary of State in the Ministry of Transport and Infrastructure Dara Quillescu, who coordinates the projects, spoke.", []string{"organization:Ministry of Transport and Infrastructure", "person:Dara Quillescu"}},
		{"Kelvo Nyrt. and Jadran Kelva d.o.o. signed.", []string{"organization:Kelvo Nyrt.", "organization:Jadran Kelva d.o.o."}},
		// A region's adjective and a derived noun as a post's field before
		// a name; a menu of languages names no body.
		{"It was signed by Danish Minister for Nordic Cooperation Jane Roe today.", []string{"person:Jane Roe"}},
		{"EST | ENG | SWE\n\nKelvo Puit agreed to buy the firm.", []string{"person:Kelvo Puit"}},
		// A post's lower-case word inside it: "Special Agent in Charge".
		{"It was announced with FBI Kelvo Division Special Agent in Charge Dara Quill today.", []string{"organization:FBI", "organization:Kelvo Division", "person:Dara Quill"}},
		// A body's list of fields with plurals.
		{"It was led by the Secretary of State in the Ministry of Environment, Waters and Forests, Ms. Jane Roe, who spoke.", []string{"organization:Ministry of Environment, Waters and Forests", "person:Jane Roe"}},
		// A confederation is a body.
		{"The Confederation of Farmers of Kelvania said so.", []string{"organization:Confederation of Farmers of Kelvania"}},
		// A place's particles inside a body's complement.
		{"Jane Roe, President of the Rural Workers' Union of Morro do Kelvo, said so.", []string{"person:Jane Roe", "organization:Rural Workers' Union of Morro do Kelvo"}},
		{"John Doe of the Center for Arid Zone Hydrology of the Universidad Kelvo del Desierto said so.", []string{"person:John Doe", "organization:Center for Arid Zone Hydrology of the Universidad Kelvo del Desierto"}},
		{"Researchers at Hochschule Kelvberg and the Gemeente Sarnhem said so.", []string{"organization:Hochschule Kelvberg", "organization:Gemeente Sarnhem"}},
		{"Each member State would hold grain, W/ro Meseret Alemu said.", []string{"person:Meseret Alemu"}},
		{"Jane Roe, Director-General of the Fondation Abri Kelvo, said:", []string{"person:Jane Roe", "organization:Fondation Abri Kelvo"}},
		// A unit's head after "the", then a name: the unit ends at its head.
		{"Chairman of the Board Syed Kelvo Ali Shah said so.", []string{"person:Syed Kelvo Ali Shah"}},
		// An honorific ends a body's field list; the common word before it
		// is the list's.
		{"Secretary to the Ministry of Finance, Planning and Economic Development Dr. Jane Roe welcomed it.", []string{"organization:Ministry of Finance, Planning and Economic Development", "person:Jane Roe"}},
		// Two posts joined by "&" before a name: no body "MD &".
		{"It will grow, says MD & CEO Jane Roe.", []string{"person:Jane Roe"}},
		// A date after a body's name is no complement.
		{"The Kelvo Metropolitan Municipal Council on Wednesday approved the plan.", []string{"organization:Kelvo Metropolitan Municipal Council"}},
		{"The Kelvo Council on Foreign Relations said so.", []string{"organization:Kelvo Council on Foreign Relations"}},
		// A field of capitalized common words set off after a name, in a
		// British spelling too, is no person.
		{"Assistant Commissioner Dara Quill, Organised and Serious Crime, said so.", []string{"person:Dara Quill"}},
		// A plural the lexicon lacks in a commissioner's portfolio is no name.
		{"Commissioner for Oceans and Fisheries, Dara Quill, said so.", []string{"person:Dara Quill"}},
		// A Romance article opens a city's name before its head.
		{"La Kelvota City Mayor Dara Quill said so.", []string{"place:La Kelvota City", "person:Dara Quill"}},
		// Adjectives between a post's words are its field, no name.
		{"said Dr. Dara Quill, Consultant Paediatric Cardiothoracic Surgeon at Kelvo Hospital.", []string{"person:Dara Quill", "organization:Kelvo Hospital"}},
		// The town a body after "at the" stands in, set off: no person.
		{"Professor Dara Quill, a rheumatologist at the University of Kelvo, Orrinton, says so.", []string{"person:Dara Quill", "organization:University of Kelvo", "place:Orrinton"}},
		// A body's stated letters between a post and a name are the body's.
		{"The Kelvo Pricing Authority (KPA) met. Director General KPA Dara Tariq Quill briefed it.", []string{"organization:Kelvo Pricing Authority", "organization:KPA", "organization:KPA", "person:Dara Tariq Quill"}},
		// Dutch particles inside a name; a body two heads open; a board
		// named head first, then its region's one word.
		{"Dike-reeve Dara ter Quill of Water Board Kelvo-Orrin said so.", []string{"person:Dara ter Quill", "organization:Water Board Kelvo-Orrin"}},
		{"Kelvo AG signed with University Hospital Orrinberg today.", []string{"organization:Kelvo AG", "organization:University Hospital Orrinberg"}},
		// The number "ten" is no particle of a name; letters in parentheses
		// after no body's name are no body's.
		{"On Tuesday ten Kelvo University students protested.", []string{"organization:Kelvo University"}},
		// A local government's status before its kind and "of".
		{"said the Mayor of the Statutory City of Kelvo, Mgr. Dara Quill.", []string{"organization:Statutory City of Kelvo", "person:Dara Quill"}},
		{"The inquiry (KRX) opened. Director KRX Dara Tariq Quill spoke.", []string{"organization:KRX", "person:KRX Dara Tariq Quill"}},
		// The "of" after a post's holder names her body, whose first words
		// are common ones; "Responsible for" goes on with the post.
		{"It was signed by the Mayor of Kelvo, Jane Roe, and the State Secretary at the Ministry of Funds, Dara Quill.", []string{"organization:Kelvo", "person:Jane Roe", "organization:Ministry of Funds", "person:Dara Quill"}},
		{"ISTANBUL – Kelvo Elektrikli Ev Aletleri Sanayi ve Ticaret A.Ş. opened a plant.", []string{"place:ISTANBUL", "organization:Kelvo Elektrikli Ev Aletleri Sanayi ve Ticaret A.Ş."}},
		{"Volunteers came from the Aer Curat Kelvo association.", []string{"organization:Aer Curat Kelvo"}},
		{"said Prof. Doutor Dara Quill. The head nurse, Enf.ª Jane Roe, agreed.", []string{"person:Dara Quill", "person:Jane Roe"}},
		{"“My son counts the trees.”\n– Sofia, mother of a patient", []string{"person:Sofia"}},
		{"The berries were packed by Kelvo Fresh Sp. z o.o., a supplier.", []string{"organization:Kelvo Fresh Sp. z o.o."}},
		{"Kelvo Foods will open offices.\n“We will hire 300 people.”\n- Berlin, opening in May", []string{"organization:Kelvo Foods", "place:Berlin"}},
		{"The berries were packed by Kelvo Fresh sp. z o.o., a supplier.", []string{"organization:Kelvo Fresh sp. z o.o."}},
		{"The Kelvo Police Service (KPS) met. KPS Eastern Cape Provincial Commissioner, Mr. Dara Quill, said so.", []string{"organization:Kelvo Police Service", "organization:KPS", "organization:KPS", "place:Eastern Cape", "person:Dara Quill"}},
		{"Aides to the Jane Roe campaign said so.", []string{"person:Jane Roe"}},
		{"According to Orrin Capital Research, most traders refuse cards.", []string{"organization:Orrin Capital Research"}},
		{"said Director Dara Quill of Red Willow Trust.", []string{"person:Dara Quill", "organization:Red Willow Trust"}},
		{"Kelvo's Minister Responsible for Social Services, Dara Quill, spoke.", []string{"place:Kelvo", "person:Dara Quill"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a := r.Analyze(tt.in, Span{0, len(tt.in)})
			var got []string
			for _, e := range a.Entities {
				assert.Equal(t, e.In(tt.in), e.Text)
				got = append(got, e.Kind.String()+":"+e.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAcronyms(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	in := "Ambassador Jan Eliasson, Chair of the Stockholm International Peace Research Institute (SIPRI), spoke. " +
		"SIPRI agreed. The World Customs Organization and the WCO met."
	a := r.Analyze(in, Span{0, len(in)})
	byText := map[string]Entity{}
	for _, e := range a.Entities {
		byText[e.Text] = e
	}
	assert.Equal(t, "SIPRI", byText["Stockholm International Peace Research Institute"].Acronym, "stated acronym")
	assert.Equal(t, "Stockholm International Peace Research Institute", byText["SIPRI"].Expansion)
	assert.Equal(t, "WCO", byText["World Customs Organization"].Acronym, "derived acronym")
	assert.Equal(t, "World Customs Organization", byText["WCO"].Expansion, "an acronym the text states only in full")
	in = "The Kelvale Department of Transport broke ground. KDOT Director Jane Roe spoke."
	a = r.Analyze(in, Span{0, len(in)})
	for _, e := range a.Entities {
		if e.Text == "KDOT" {
			assert.Equal(t, "Kelvale Department of Transport", e.Expansion, "initials with the connector's")
		}
	}
	assert.True(t, initialsMatch("Forum for Security Co-operation", "FSC"))
	assert.False(t, initialsMatch("World Customs Organization", "OSCE"))
	assert.True(t, initialsMatch("Amalgamated\nBus and Tram Workers' Union", "ABTWU"), "a name the line wraps")
	// an acronym in capitals of the name's syllables; a body's letters
	// opening the name the acronym states
	assert.True(t, syllabicMatch("West Kelvo Electric Cooperative", "WEKELCO"))
	assert.False(t, syllabicMatch("West Kelvo Electric Cooperative", "WKEC"), "initials are initialsMatch's")
	in = "Support came from the UN Kelvo and Sarna Office (UNKSO). UNKSO said so."
	a = r.Analyze(in, Span{0, len(in)})
	expanded := 0
	for _, e := range a.Entities {
		if e.Text == "UNKSO" && e.Expansion == "UN Kelvo and Sarna Office" {
			expanded++ // the letters before the name are the acronym's
		}
	}
	assert.Equal(t, 2, expanded)
}

// TestAcronymOfTheNameInAnotherLanguage: an acronym in capitals stated
// after a body's whole name and used again is the body's, whatever its
// letters; after a name the recognizer cut ("Carers' Union" of "Kelvo
// Nurses' and Carers' Union") it is not.
func TestAcronymOfTheNameInAnotherLanguage(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	acronymOf := func(in, name string) string {
		a := r.Analyze(in, Span{0, len(in)})
		for _, e := range a.Entities {
			if e.Text == name {
				return e.Acronym
			}
		}
		return "(no entity)"
	}
	assert.Equal(t, "UTSK", acronymOf("A survey by the Union of Health Workers of Kelvo (UTSK) found gaps. UTSK called for talks.", "Union of Health Workers of Kelvo"))
	assert.Empty(t, acronymOf("A survey by the Union of Health Workers of Kelvo (UTSK) found gaps.", "Union of Health Workers of Kelvo"), "an acronym used once")
	assert.NotEqual(t, "KNCU", acronymOf("A survey by the Kelvo Nurses' and Carers' Union (KNCU) found gaps. KNCU called for talks.", "Carers' Union"))
}

func TestLookups(t *testing.T) {
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"country by demonym", must(Country("Swedish")), "Sweden"},
		{"country by other name", must(Country("Turkey")), "Türkiye"},
		{"honorific gender", must(Honorific("Mrs.")), Female},
		{"title word", IsTitleWord("Chairperson"), true},
		{"title word is not a name", IsTitleWord("Funered"), false},
		{"title modifier", IsTitleModifier("former"), true},
		{"org by acronym", mustOrg("INTERPOL").Name, "International Criminal Police Organization"},
		{"abbreviation", AbbreviationKind("Sen."), TitleAbbreviation},
		{"initialism", AbbreviationKind("U.S."), OtherAbbreviation},
		{"common word", CommonWord("Greater"), true},
		{"proper word", CommonWord("Funered"), false},
		{"two titles sharing a head", titleLen("the Resident and Humanitarian Coordinator in Kelvo", 1), 4},
		{"a word and a title that make none", titleLen("Kelvo and Humanitarian Coordinator", 0), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
}

func must[T any](v T, _ bool) T { return v }

func mustOrg(s string) Org {
	o, _ := LookupOrg(s)
	return o
}

func TestSpanAndKinds(t *testing.T) {
	s := Span{2, 5}
	assert.Equal(t, "llo", s.In("hello"))
	assert.True(t, s.Overlaps(Span{4, 9}))
	assert.False(t, s.Overlaps(Span{5, 9}))
	assert.True(t, Span{0, 9}.Contains(s))
	assert.False(t, Span{3, 2}.Valid(9))
	assert.Equal(t, "unknown", Kind(0).String())
	assert.Equal(t, "Kind(9)", Kind(9).String())
	assert.Equal(t, "TokenKind(9)", TokenKind(9).String())
	var k Kind
	require.NoError(t, k.UnmarshalText([]byte("organization")))
	assert.Equal(t, Organization, k)
	var g Gender
	assert.Error(t, g.UnmarshalText([]byte("other")))
}

func TestRefineWithModel(t *testing.T) {
	r, err := NewRecognizer()
	require.NoError(t, err)
	in := "Zorblax said the plan would fail."
	a := r.Analyze(in, Span{0, len(in)})
	require.Len(t, a.Entities, 1)
	require.Less(t, float64(a.Entities[0].Confidence), 0.5, "an unknown single name is uncertain")
	e := a.Refine(0)
	assert.Equal(t, e.In(in), e.Text)
	// Whatever the model says, the entity keeps its span and is marked.
	if e.Rule == "model" {
		assert.GreaterOrEqual(t, float64(e.Confidence), 0.5)
	}
}

// TestElidedYear: an apostrophe before two digits is a year with its
// century cut after a name or before "s", not a quotation mark; before a
// quotation's first number it stays one.
func TestElidedYear(t *testing.T) {
	for _, tt := range []struct {
		in, tok string
		kind    TokenKind
	}{
		{"Dara Quill ’27, a chemistry major, spoke.", "’27", Word},
		{"In the ’90s the town was poor.", "’90s", Word},
		{"He said: '90 days is enough.'", "'", QuoteMark},
	} {
		toks := Tokenize(tt.in, 0, len(tt.in))
		found := false
		for _, tk := range toks {
			assert.Equal(t, tk.In(tt.in), tk.Text, "span invariant")
			if tk.Text == tt.tok {
				found = true
				assert.Equal(t, tt.kind, tk.Kind, tt.in)
				break
			}
		}
		assert.True(t, found, tt.in)
	}
}

// titleLen returns TitleAt's length at token i of s.
func titleLen(s string, i int) int {
	n, _ := TitleAt(Tokenize(s, 0, len(s)), i)
	return n
}

// TestTokenizeSpacingMarks: a word in an Indic script keeps its vowel signs
// (spacing combining marks) inside one token.
func TestTokenizeSpacingMarks(t *testing.T) {
	in := "नेपाली | English"
	toks := Tokenize(in, 0, len(in))
	require.Len(t, toks, 3)
	assert.Equal(t, "नेपाली", toks[0].Text)
	assert.Equal(t, Word, toks[0].Kind)
}

func TestSignatureNameOfAnAbstractShape(t *testing.T) {
	// "– Clémence, volunteer" under a quotation: a signature's one-word name
	// that ends like an abstract noun ("-ence") is still a name.
	text := "“I come every day.”\n– Clémence, volunteer, Marseille"
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	e := a.EntityAt(a.TokenAt(strings.Index(text, "Clémence")))
	require.NotNil(t, e)
	assert.Equal(t, Person, e.Kind)
	assert.Equal(t, "Clémence", e.Text)
}

// TestSourceBody: a name the recognizer took for a person's that is the
// page's source, opening with letters in capitals, is an organization;
// a person's name that is the source stays a person.
func TestSourceBody(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := "AZ Kelvo brings chemotherapy home. Jane Roe said so."
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	require.Len(t, a.Entities, 2)
	require.Equal(t, Person, a.Entities[0].Kind)
	a.SourceBody("AZ Kelvo")
	a.SourceBody("Jane Roe")
	assert.Equal(t, Organization, a.Entities[0].Kind)
	assert.Equal(t, Person, a.Entities[1].Kind)
}

// TestSignedNameBeforeKin: a first name signed under a quotation before a
// kin's possessor ("– Oksana, Maksym’s mother") is a signature, sure
// enough that the model is not asked (it took the name for a place).
func TestSignedNameBeforeKin(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	in := "“He walked the whole corridor.”\n\n– Oksana, Maksym’s mother\n\nThe centre treats children."
	a := r.Analyze(in, Span{0, len(in)})
	e := a.EntityAt(a.TokenAt(strings.Index(in, "Oksana")))
	require.NotNil(t, e)
	assert.Equal(t, Person, e.Kind)
	assert.Equal(t, "signature", e.Rule)
}

// TestPluralTitleOpensBody: the plural of a title opening a run that ends
// in a body's head, or in one and a country's letters, is part of the
// body's name ("Chief Executive of Carers Network UK"); before a name it
// is the title of those it names ("Senators Jane Roe and John Doe").
func TestPluralTitleOpensBody(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := "Helen Marsh, Chief Executive of Carers Network UK, said the waiting lists are growing."
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	e := a.EntityAt(a.TokenAt(strings.Index(text, "Carers")))
	require.NotNil(t, e)
	assert.Equal(t, Organization, e.Kind)
	assert.Equal(t, "Carers Network UK", e.Text)
	text = "Senators Jane Roe and John Doe said the bill would pass."
	a = r.Analyze(text, Span{Start: 0, End: len(text)})
	e = a.EntityAt(a.TokenAt(strings.Index(text, "Jane")))
	require.NotNil(t, e)
	assert.Equal(t, Person, e.Kind)
	assert.Equal(t, "Jane Roe", e.Text)
}

// TestCountryLettersEndBody: a run after a title's "of" that ends in a
// country's letters is a body's name, not a field and a person's name
// ("Chief Executive of Carbon Concern UK" is no "Concern UK").
func TestCountryLettersEndBody(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := "Helen Marsh, Chief Executive of Carbon Concern UK, said the waiting lists are growing."
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	for _, e := range a.Entities {
		assert.False(t, e.Kind == Person && strings.Contains(e.Text, "UK"), e.Text)
	}
	e := a.EntityAt(a.TokenAt(strings.Index(text, "Helen")))
	require.NotNil(t, e)
	assert.Equal(t, "Helen Marsh", e.Text)
}

// TestMonthGivenName: "April", "May" or "June" before one family name
// where a speaker's name stands is a given name ("said June Pettibone,");
// after "In" it is the month ("In June Obama signed").
func TestMonthGivenName(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := "“We will not stop,” said June Pettibone, director of the Kelvo Trust."
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	e := a.EntityAt(a.TokenAt(strings.Index(text, "Pettibone")))
	require.NotNil(t, e)
	assert.Equal(t, "June Pettibone", e.Text)
	text = "In June Obama signed the bill."
	a = r.Analyze(text, Span{Start: 0, End: len(text)})
	e = a.EntityAt(a.TokenAt(strings.Index(text, "Obama")))
	require.NotNil(t, e)
	assert.Equal(t, "Obama", e.Text)
}

// wrappedRelease is a release hard-wrapped at 76 columns, as e-mailed.
const wrappedRelease = "KELVALE – U.S. Attorney Dara Quill announced today that the two owners\n" +
	"of a Kelvale home care agency were sentenced to a combined nine years in\n" +
	"federal prison for billing the state for visits that never took place.\n\n" +
	"\"Fraud takes resources away from the people the program was built to\n" +
	"protect,\" said Special Agent in Charge Jane Roe of the U.S.\n" +
	"Department of Health and Human Services Office of Inspector General\n" +
	"(HHS-OIG), Kelvale Region.\n\n" +
	"Jon Doe, an attorney for one of the owners with the Kelvale firm Doe\n" +
	"& Whitcombe, said after the hearing that his client had accepted\n" +
	"responsibility and would cooperate fully with the restitution order."

// TestWrappedLineBreaks: in hard-wrapped text a line that stops
// mid-sentence goes on in the next whatever it opens with ("… firm Doe\n&
// Whitcombe", "… General\n(HHS-OIG)"), and an abbreviation that ends a
// line ends no sentence before a word that starts none ("of the U.S.\n
// Department of Health"); an office named by its post is one body.
func TestWrappedLineBreaks(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := wrappedRelease
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	e := a.EntityAt(a.TokenAt(strings.Index(text, "Whitcombe")))
	require.NotNil(t, e)
	assert.Equal(t, "Doe\n& Whitcombe", e.Text)
	si := a.SentenceOf(a.TokenAt(strings.Index(text, "Department")))
	require.GreaterOrEqual(t, si, 0)
	s := &a.Sentences[si]
	assert.Contains(t, text[s.Start:s.End], "said Special Agent in Charge Jane Roe of the U.S.\nDepartment")
	e = a.EntityAt(a.TokenAt(strings.Index(text, "Department")))
	require.NotNil(t, e)
	assert.Equal(t, "U.S.\nDepartment of Health and Human Services Office of Inspector General", e.Text)
}

// TestSectionWithAmpersand: common words joined by "&" name a page's
// section, no body ("News & Events"); a name with "&" is a body ("Kelvale
// & Roe").
func TestSectionWithAmpersand(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := "You are here: Home » News & Events » Latest News\n\nThe firm Kelvale & Roe won the contract."
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	for _, e := range a.Entities {
		assert.NotEqual(t, "News & Events", e.Text)
	}
	e := a.EntityAt(a.TokenAt(strings.Index(text, "Kelvale")))
	require.NotNil(t, e)
	assert.Equal(t, Organization, e.Kind)
}

// TestWrappedLineAfterQuotation: in hard-wrapped text a full line that
// ends with a quotation's closing mark goes on in the next when that
// opens in lower case ("… should issue "after-smoke"\nadvisories in …").
func TestWrappedLineAfterQuotation(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := wrappedRelease + "\n\nSenior author Jon Doe, a professor of epidemiology at the Kelvale\n" +
		"institute, says he believes provinces should issue \"after-smoke\"\n" +
		"advisories in addition to the air-quality warnings they already send."
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	si := a.SentenceOf(a.TokenAt(strings.Index(text, "advisories")))
	require.GreaterOrEqual(t, si, 0)
	s := &a.Sentences[si]
	assert.Contains(t, text[s.Start:s.End], "Senior author Jon Doe")
}

// TestLongSentenceOfNamesIsNoHeadline: a long sentence dense with names
// and posts, with a style in capitals inside ("Her Worship"), is running
// text, not a headline in title case; a short headline still is.
func TestLongSentenceOfNamesIsNoHeadline(t *testing.T) {
	long := "Today, Darren MacIsaac, Member of Parliament for Cape Breton Highlands, on behalf of the Honourable Claire Boudreau-Whitman, Minister of Coastal and Rural Infrastructure and Minister responsible for the Atlantic Growth Strategy, together with the Honourable Colin Fitzgerald, Nova Scotia’s Minister of Municipal Affairs, and Her Worship Lorraine Fougère, Mayor of the Town of Port Hawkesbury, announced more than $38 million in joint funding."
	toks := Tokenize(long, 0, len(long))
	assert.False(t, titleCase(toks, true, false))
	head := "Kelvo Minister Says The Harbour Plan Will Go Ahead"
	toks = Tokenize(head, 0, len(head))
	assert.True(t, titleCase(toks, true, true))
}

// TestEntitiesInTextOrder: the passes that take a name or an acronym the
// text states again at its other places ("NEST said", "researcher at
// UoKB") leave the entities in the order of the text, as the readers
// that search them by position expect.
func TestEntitiesInTextOrder(t *testing.T) {
	r, err := NewRecognizer()
	require.NoError(t, err)
	in := "Members of the Northern Education Staff Trade Union (NEST) met the University of the Kelvo Burren (UoKB) today. NEST said that Jane Roe, a researcher at UoKB, would chair the panel."
	a := r.Analyze(in, Span{0, len(in)})
	var got []string
	for _, e := range a.Entities {
		got = append(got, e.Text)
	}
	require.True(t, slices.IsSortedFunc(a.Entities, func(x, y Entity) int { return x.Start - y.Start }), "%q", got)
	for i := range a.Entities {
		assert.Equal(t, &a.Entities[i], a.EntityAt(a.Entities[i].Tokens.First), a.Entities[i].Text)
	}
}

// TestMemberPostLettersNoBody: a member's post with its letters stated
// after it ("Member of County Assembly (MCA)") is no organization.
func TestMemberPostLettersNoBody(t *testing.T) {
	r, err := NewRecognizer()
	require.NoError(t, err)
	in := "The Member of County Assembly (MCA) for Kelvo Ward, Hon. Jane Roe, thanked the Governor."
	a := r.Analyze(in, Span{0, len(in)})
	for _, e := range a.Entities {
		assert.False(t, e.Kind == Organization && strings.Contains(e.Text, "Member"), e.Text)
	}
}

// TestKindAfterNameAndGloss: a body's name in its own language, its gloss
// in parentheses, then its kind: the name is the body's.
func TestKindAfterNameAndGloss(t *testing.T) {
	r, err := NewRecognizer(WithModel(false))
	require.NoError(t, err)
	text := "Volunteers from the Aer Curat Kelvo (Clean Air Kelvo) association built it."
	a := r.Analyze(text, Span{0, len(text)})
	require.NotEmpty(t, a.Entities)
	assert.Equal(t, "Aer Curat Kelvo", a.Entities[0].Text)
	assert.Equal(t, Organization, a.Entities[0].Kind)
}

func TestClickNameIsOneWord(t *testing.T) {
	// "!Kelvoseb" after a space is one word; "won!" and "!!" stay
	// punctuation.
	text := "Dr. Andreas !Kelvoseb said we won! Then !! and !a."
	toks := Tokenize(text, 0, len(text))
	var words []string
	for _, tk := range toks {
		if tk.Kind == Word {
			words = append(words, tk.Text)
		}
	}
	assert.Contains(t, words, "!Kelvoseb")
	assert.NotContains(t, words, "!Then")
	for _, tk := range toks {
		if tk.Text == "!Kelvoseb" {
			assert.True(t, tk.IsCap())
		}
	}
}

func TestPeopleByTheirPluralAreNoPerson(t *testing.T) {
	// "… the Protection of Children, Jane Roe": "Children" is no person.
	text := "The Minister for the Promotion of Women, the Family and the Protection of Children, Jane Roe, told the ceremony."
	r, err := NewRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	a := r.Analyze(text, Span{Start: 0, End: len(text)})
	for _, e := range a.Entities {
		assert.NotEqual(t, "Children", e.Text)
		assert.NotEqual(t, "Women", e.Text)
	}
}
