package quotes_test

// Misfires four reviewers found in the rules read from held-out rounds
// 9 to 13, each left as it was where the rule's condition was too loose.

import (
	"strings"
	"testing"

	"github.com/quotekit/quotekit/quotes"
	"github.com/quotekit/quotekit/speakers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReviewedMisfiresOfRoundNine(t *testing.T) {
	// The reviewer's inputs: each rule of this round left as it was
	// where its condition was too loose.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a name after "the <post>" set off is no post's place
		{"The son of Jane Roe, the chief executive, Tom, said the family had not been consulted.", "the family had not been consulted", "Tom"},
		// "the port authority" is the body whose name holds "port"
		{"The Kelvo Port Authority said cargo volumes rose. The Ardmore Transit Authority, which runs the buses, was not consulted.\n\"We were told nothing,\" the port authority said.", "We were told nothing", "Kelvo Port Authority"},
		{"The Kelvo Housing Authority sold 40 flats last year. Kelvo Borough Council has approved a new estate.\n\"We need homes for key workers,\" the local authority said.", "We need homes for key workers", "local authority"},
		// an authority with "one" is an expert
		{"\"Migratory birds are arriving two weeks earlier,\" said one authority on the subject.", "Migratory birds are arriving two weeks earlier", "one authority on the subject"},
		// "proposal for the city to borrow" states what was proposed
		{"The mayor's proposal for the city to borrow $20 million was rejected by the council on Tuesday.", "the city to borrow $20 million", "mayor"},
		// a reporting aside is no part of the described object
		{"Jane Roe described the flood, her aide said, as “the worst in living memory”.", "the worst in living memory", "Jane Roe"},
		// "a day after meeting …" is no description of the name before
		{"Jane Roe, a day after meeting angry parents who said their children had been turned away, said the school would review its policy.", "their children had been turned away", "parents"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	d := extractLaidOut(t, "\"The rules are being ignored,\" said a former bank regulator who asked not to be named.")
	assert.Equal(t, "person", saidBy(t, d, "The rules are being ignored").Kind.String())
}

func TestReviewedMisfiresOfRoundTen(t *testing.T) {
	// The second reviewer's inputs: each rule of round 10 left as it was
	// where its condition was too loose.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a plural noun is one only before a preposition or the end
		{"Health minister Jane Roe told reporters the hospital needs 200 more nurses.", "the hospital needs 200 more nurses", "Jane Roe"},
		{"Opposition leader Jane Roe insisted his rival claims too much credit for the new bridge.", "his rival claims too much credit for the new bridge", "Jane Roe"},
		{"Kelvo Energy wrote to shareholders on Friday, announcing its chief executive intends to retire.", "its chief executive intends to retire", "Kelvo Energy"},
		// two common words in quotation marks, then a weekday, are no nickname
		{"Fans told Smith \"Well Played\" Sunday night after the final, the club said.", "Well Played", "Fans"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	menu := "Home\nAbout us\nPersonal Banking\nBusiness Banking\nInvestor Relations\nNewsroom\nContact\n\n"
	// a list of the site's other news is no table of figures
	d := extractLaidOut(t, menu+"Kelvo Bank posts record profit\n29 Jul 2025\n\n"+
		"Kelvo Bank Plc said on Tuesday that its profit before tax rose 29 percent in the first half of the year, helped by higher interest income.\n\n"+
		"\"We delivered a strong performance,\" said Jane Roe, Chief Executive Officer of Kelvo Bank.\n\nMore news\n"+
		"21 Jul 2025    Kelvo Bank opens branch in Abuja    Read more\n14 Jul 2025    Kelvo Bank names new finance chief    Read more\n"+
		"02 Jul 2025    Kelvo Foundation funds 40 schools    Read more\n08 Jun 2025    Kelvo Bank wins award    Read more\n\n"+
		"\"Education is the foundation of everything we do,\" said Mary Major, executive director of the Kelvo Foundation, when the school grants were announced.")
	for _, q := range d.Quotes {
		assert.NotContains(t, q.Text, "Education is the foundation")
	}
	// a kicker over a headline is no breadcrumb, a news portal no body's site
	d = extractLaidOut(t, "Sport » Kelvo Rovers Win Cup\nOrrin Evening Post\n\nKelvo Rovers won the county cup on Saturday, beating Orrin Town 3-1. \"The lads were magnificent,\" manager John Doe said after the final.")
	assert.Empty(t, saidBy(t, d, "The lads were magnificent").Organization.Name)
	d = extractLaidOut(t, "Farmers welcome new subsidy | East Africa News Portal\n12 May 2025\n\nThe Kelvo Farmers Union on Monday welcomed the new dairy subsidy announced by the agriculture ministry.\n\n"+
		"\"This is good news for small farms,\" said Jane Roe, the union's president.\n\n\"We expect more applicants this year,\" said John Doe, a spokesman.")
	assert.NotEqual(t, "East Africa", saidBy(t, d, "We expect more applicants this year").Organization.Name)
	// "the university's" where the text names two universities
	d = extractLaidOut(t, "Kelvo University has built a cheaper battery with engineers from Orrin University.\n\n\"Our partners made this possible,\" said Dr John Doe, who heads the university's Battery Research Centre.")
	assert.NotEqual(t, "Orrin University", saidBy(t, d, "Our partners made this possible").Organization.Name)
}

func TestReviewedMisfiresOfRoundEleven(t *testing.T) {
	// The third reviewer's inputs: each rule of round 11 left as it was
	// where its condition was too loose.
	d := extractLaidOut(t, "\"The figures are alarming,\" said Jane Roe, Sales and Marketing Director, in a statement.")
	assert.Equal(t, []string{"Sales and Marketing Director"}, saidBy(t, d, "The figures are alarming").Titles)
	for _, text := range []string{
		"\"He never came home,\" said Jane Roe, who is a friend of the Mayor.",
		"\"He never came home,\" said Jane Roe, who says her son moved to Kelvo last year and is a nurse at the hospital.",
	} {
		d = extractLaidOut(t, text)
		assert.Empty(t, saidBy(t, d, "He never came home").Titles, text)
	}
	for _, tc := range []struct{ text, quote, org string }{
		// a headline ending "Government" is no letterhead
		{"Strikers Defy Government\nNEW KELVO HOSPITAL OPENS DESPITE STRIKE\n\nNurses picketed the new hospital on Monday. \"We have had enough,\" said Jane Roe, a spokesperson.", "We have had enough", ""},
		// a brand with digits is no code
		{"Kelvo4Kids, a children's charity, said: \"Every child deserves a meal.\"", "Every child deserves a meal.", ""},
		// an event is no body
		{"At the Northern Food Security Summit Canada, Jane Roe said: \"We must act now.\"", "We must act now.", ""},
	} {
		d = extractLaidOut(t, tc.text)
		if q := quoteWithText(d, tc.quote); assert.NotNil(t, q, tc.text) && q.Speaker != nil && q.Speaker.Kind.String() == "person" {
			assert.Equal(t, tc.org, q.Speaker.Organization.Name, tc.text)
		}
	}
	d = extractLaidOut(t, "Kelvo4Kids, a children's charity, said: \"Every child deserves a meal.\"")
	assert.Equal(t, "Kelvo4Kids", speakerOf(t, d, "Every child deserves a meal."))
	// a family name in -men owns no body's name
	d = extractLaidOut(t, "Tom Ackermen's Kelvo Foundation said: \"We will rebuild the school.\"")
	assert.Equal(t, "Kelvo Foundation", speakerOf(t, d, "We will rebuild the school."))
	// a headline opening "Department of" under a government's name is no department
	d = extractLaidOut(t, "Kelvo Provincial Government\nDepartment of Health warns of flu surge\n\n12 March 2026\n\nHealth officials warned on Monday of a surge in flu cases. \"Get vaccinated now,\" said Jane Roe, a spokesperson.")
	assert.NotContains(t, d.Source, "warns")
}

func TestReviewedMisfiresOfRoundsTwelveAndThirteen(t *testing.T) {
	// The fourth reviewer's inputs: each rule read from rounds 12 and 13
	// left as it was where its condition was too loose.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a degree's letters end a sentence only before the name's own word
		{"Average transaction prices fell 2 percent in May, said Omar Roe, J.D. Power senior director, who added that \"incentives are back.\"", "incentives are back.", "Omar Roe"},
		{"Jane Roe, Ph.D. Candidate at Kelvo State University, said the findings \"surprised everyone.\"", "the findings \"surprised everyone.\"", "Jane Roe"},
		// a place before a body's words: the first body ends at its head
		{"Kenya Wildlife Service and Marrow Conservation Trust said the rhino count \"rose for a fifth year.\"", "the rhino count \"rose for a fifth year.\"", "Kenya Wildlife Service and Marrow Conservation Trust"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	// "Its" after a long name's tail and its acronym is the long name's
	d := extractLaidOut(t, "Funding came from the Food and Agriculture Organization of the United Nations (FAO). Its regional representative, Jane Roe, said the program \"will reach 40,000 farmers.\"")
	assert.Contains(t, saidBy(t, d, "the program \"will reach 40,000 farmers.\"").Organization.Name, "Food and Agriculture")
	// a headline's verb before a name's particle is no Romance site name
	d = extractLaidOut(t, "Skip to main content\nBank Appoints Maria da Silva as CEO\nPortuguês | English\n\nKelvo Commercial Bank has appointed Maria da Silva as chief executive. \"I am honoured,\" da Silva said.")
	assert.NotContains(t, d.Source, "Appoints")
	// a short number after its label
	d = extractLaidOut(t, "Skip to main content\nMarrow Valley Health\nEmergency: 911    Appointments: (555) 201 4432    Español | English\n\nClinic adds night shifts\n\n\"Patients no longer wait until morning,\" said director Jane Roe.")
	assert.Equal(t, "Clinic adds night shifts", d.Title)
	// a party and a state, a town and its state: no delegate
	d = extractLaidOut(t, "Sen. Tom Roe, D-Del., said the vote \"was long overdue.\"")
	assert.NotContains(t, saidBy(t, d, "the vote \"was long overdue.\"").Titles, "D-Del.")
	// a headline under "| Official Website" is the title
	d = extractLaidOut(t, "Town of Grell Wins Grant | Official Website\n\n\"This grant changes everything,\" said Town Manager Jane Roe.")
	assert.Equal(t, "Town of Grell Wins Grant", d.Title)
	// days after "of" belong to a name
	d = extractLaidOut(t, "Omar Roe, president of the Friends of Sundays Park, said the trees \"must be saved.\"")
	assert.Equal(t, "Friends of Sundays Park", saidBy(t, d, "the trees \"must be saved.\"").Organization.Name)
	// "Mg." after "and" or a number is an element or a unit
	for _, text := range []string{
		"The soil samples were high in Ca and Mg. Jane Roe, the lead agronomist, said yields \"could double.\"",
		"Each tablet contains 250 Mg. Pharmacist Jane Roe said yields \"could double.\"",
	} {
		d = extractLaidOut(t, text)
		assert.NotContains(t, strings.Join(saidBy(t, d, "yields \"could double.\"").Titles, "; "), "Mg.", text)
	}
	// a town of one word the lists do not know before "Police Chief"
	d = extractLaidOut(t, "\"No one was hurt,\" said Grell Police Chief Jane Roe.")
	assert.Equal(t, "Grell Police", saidBy(t, d, "No one was hurt").Organization.Name)
}

func TestReviewedMisfiresOfRoundThirteenSecondReview(t *testing.T) {
	// The fifth reviewer's inputs, on the rules read from round 13: each
	// left as it was where its condition was too loose, or withdrawn.
	for _, text := range []string{
		// "briefs", "briefed" are no verbs of saying
		"The weekly policy briefs that the ministry publishes are read by thousands.",
		"Tom Vale, briefed that the bridge was unsafe, closed it on Friday.",
	} {
		d := extractLaidOut(t, text)
		assert.Empty(t, d.Quotes, text)
	}
	for _, tc := range []struct{ text, quote, org string }{
		// a local government's place of three words is whole
		{"The Mayor of the City of Palm Beach Gardens said the rates would rise.", "the rates would rise", "City of Palm Beach Gardens"},
		{"A spokesman for the City of Kelvo Fire Department said crews were ready.", "crews were ready", "City of Kelvo Fire Department"},
		// "Fray" opens a town's name
		{"Fray Bentos Mayor Jane Roe Pereyra said the port would expand.", "the port would expand", "Fray Bentos"},
		// a body with the English head before one with a head the lists translate
		{"Kelvo Teachers Union\nPress release\n\n5 March 2025\n\nTeachers join farmers in national strike\n\nThe Kelvo Teachers Union today joined the Unión Campesina del Valle in a national strike.\n\nThe union's general secretary, Jane Roe, said schools would close on Friday.", "schools would close on Friday", "Kelvo Teachers Union"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	// "Mons." is a town at a sentence's end, no style
	d := extractLaidOut(t, "The summit of regional ministers was held in Mons. Jane Roe, the host city's mayor, said the talks were productive.")
	assert.NotContains(t, saidBy(t, d, "the talks were productive").Titles, "Mons.")
	// "Ch." after a citation's year ends its sentence
	d = extractLaidOut(t, "The judge relied on Re Kelvo Holdings [1998] Ch. Tom Vale, counsel for the liquidators, said the ruling would be appealed.")
	assert.Equal(t, "Tom Vale", speakerOf(t, d, "the ruling would be appealed"))
	// a country's letters in brackets are no issuer's acronym
	d = extractLaidOut(t, "Kelvo Shipping Council (UK)\nNews release\n\n5 March 2025\n\nPort fees to rise\n\nThe UK Transport Secretary, Tom Vale, said on Monday that port fees would rise.")
	assert.NotEqual(t, "Kelvo Shipping Council", saidBy(t, d, "port fees would rise").Organization.Name)
	// a headline over a date is no site's name in English
	d = extractLaidOut(t, "Secretaría de Salud del Kelvo | Prensa\n\nInicio > Prensa > Comunicados\n\nSecretariat Warns of Dengue Surge | May 12, 2025\n\nHealth officials urged residents to remove standing water.\n\n\"Every container is a nursery for mosquitoes,\" said Dr. Jane Roe, the undersecretary.")
	assert.NotContains(t, d.Source, "Warns")
	// a title quoted at a paragraph's start goes on no quotation
	d = extractLaidOut(t, "'We have never had so many visitors, said Jane Roe, the festival director.\n\n'Harvest Moon' by the Kelvo Choir closed the night, Tom Vale, the organiser, said.")
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "We have never had so many visitors"))
}

func TestReviewedMisfiresOfRoundFourteen(t *testing.T) {
	// The sixth reviewer's inputs, on the rules read from round 14: each
	// left as it was where its condition was too loose.
	for _, tc := range []struct{ text, quote, org string }{
		// a city opening the lead issues the release only when it announces
		{"Acme to Host Conference\n\nKelvo City will host the 2026 Acme Developer Conference, Acme Corp. said on Monday.\n\n\"Kelvo has the talent we need,\" said Jane Roe, chief executive.", "Kelvo has the talent we need", ""},
		// a ministry as the text names it, with or without the article
		{"Economy Minister Speaks\n\nDAKAR -- The Ministry of Digital Economy said on Monday that 4G coverage reached 90 percent.\n\n\"We are connecting the country,\" said Awa Roe, Minister of the Digital Economy.", "We are connecting the country", "Ministry of Digital Economy"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	for _, tc := range []struct{ text, quote, speaker string }{
		// a river before "which" is no speaker
		{"Floods\n\nThe Kelvo River, which burst its banks on Monday, flooded 300 homes, forcing Governor Tom Lee to declare an emergency and warn that \"more rain is coming.\"", "more rain is coming.", ""},
		// "reported to … that" far from "to"
		{"Floods\n\nThe envoy, Jane Roe, reported to the United Nations Security Council in a closed session on Tuesday that fighting had displaced 40,000 people.", "fighting had displaced 40,000 people", "Jane Roe"},
		// "Union official" is no French name's start; "at-" no Arabic article
		{"Strike Ends\n\nLISBON -- \"We got what we wanted,\" said Union official de Sousa.", "We got what we wanted", "de Sousa"},
		{"Council Vote\n\n\"I am honored,\" said Councilmember at-Large Jane Roe.", "I am honored", "Jane Roe"},
		// a town's last word that names someone else is no family name alone
		{"Bridge Reopens\n\nThe bridge reopened Monday, the Town of West Kelvo Ford said in a statement.\n\n\"Traffic will flow again,\" said Town Engineer Ellen Ford.", "The bridge reopened Monday", "Town of West Kelvo Ford"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
}

func TestReviewedMisfiresOfRoundFifteen(t *testing.T) {
	// Two reviewers' inputs on the rules read from round 15: each rule
	// narrowed where its condition was too loose, or withdrawn (a body's
	// branch by a country's name, two bodies split at "and").
	for _, tc := range []struct{ text, quote string }{
		// repeated labels over news items or a programme are places and
		// venues, no transcript's speakers
		{"Storms hit the region\n\nMARLOW, June 3 (Kelvo News) -- Storms caused damage across the region overnight.\n\nORRINTON: Two schools were closed.\n\nBRAXHOLM: Power was cut to 3,000 homes.\n\nORRINTON: The council opened a shelter.", "Two schools were closed"},
		// an appositive whose quotation has a subject of its own, or an agent after it
		{"Vaccine\n\nKELVO CITY, June 3 (Kelvo News) -- JANE ROE, Director of the Kelvo Medicines Agency, said the agency had approved a vaccine from Zentrix Pharma, a product that opposition lawmakers had opposed as “rushed and dangerous”.", "rushed and dangerous"},
		{"The Committee on Water Resources opened its session on Monday.\n\nTOM VALE, Deputy Minister for Water of Kelvania, said his Government had introduced a water price for large farms, a measure that had been opposed as “a tax on thirst” by farmers’ unions.", "a tax on thirst"},
		{"Festival programme\n\nMARLOW, June 3, 2025 -- The Kelvo Arts Festival today announced its August programme.\n\nKelvo Hall: Orchestra night, free entry.\n\nKelvo Hall: Poetry slam, tickets 5 kelvs.", "Orchestra night, free entry"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Nil(t, quoteWithText(d, tc.quote), tc.text)
	}
	for _, tc := range []struct{ text, quote, speaker string }{
		// a year before a particle, and a surname that is a country's name
		{"Inquiry\n\nKELVO CITY, June 3 (Kelvo News) -- A former minister told an inquiry that she had warned colleagues.\n\nIn 2019 de Vries told the cabinet that the contract was “a disaster waiting to happen”, the inquiry heard.", "the contract was “a disaster waiting to happen”, the inquiry heard", "de Vries"},
		// a compass's adjective of a company's services
		{"Storm\n\nKelvo Rail cancelled trains across the south after the storm.\n\nSouthern Kelvo Rail services will resume on Monday, the company said.", "Southern Kelvo Rail services will resume on Monday", "Kelvo Rail"},
		// the employer the union is named for
		{"Union calls strike at Kelvo Steel\n\nKELVO CITY, June 3, 2025 -- The Kelvo Steel Workers Union today called a 48-hour strike.\n\nKelvo Steel said its pay offer was the best in the industry.", "its pay offer was the best in the industry", "Kelvo Steel"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	for _, tc := range []struct{ text, quote, org string }{
		{"Cycle lanes\n\nMARLOW, June 3 (Kelvo News) -- The council approved 12 kilometres of cycle lanes.\n\n\"Nobody asked us,\" said Sarah Ireland, who lives on Mill Road.", "Nobody asked us", ""},
		{"Trust opens centre\n\nKelvo Hospital and Sarna Clinic NHS Foundation Trust opened a new cancer centre on Monday.\n\n\"Patients will no longer have to travel,\" said Jane Roe, the trust's chief executive.", "Patients will no longer have to travel", "Kelvo Hospital and Sarna Clinic NHS Foundation Trust"},
		// a communications office is an issuer, not a press desk
		{"Posted: 12 March 2025 | Presidential Communications Office\n\nThe office announced on Wednesday that the President will visit three provinces.\n\n\"The President wants to hear from farmers,\" said Jane Roe, the office's secretary.", "The President wants to hear from farmers", "Presidential Communications Office"},
		// a bank's name in its language is no central bank's in English
		{"Banco Kelvo\nNewsroom\n\nMortgage rates to rise\n\nVariable mortgage rates rise on July 1 after the Bank of Kelvo raised its policy rate.\n\n\"We will pass on only part of the increase,\" said Jane Roe, head of retail lending.", "We will pass on only part of the increase", ""},
		// an envoy's remit after "to"; a body of what it does; a supervisory board for a field
		{"Kelvania names new envoy\n\nKELVO CITY, June 3, 2025 -- The Ministry of Foreign Affairs today appointed a special envoy for island states.\n\n\"Rising seas are not a distant threat,\" said Jane Roe, the new Special Envoy to the Pacific.", "Rising seas are not a distant threat", "Ministry of Foreign Affairs"},
		{"Meat-free sales rise\n\nKELVO CITY, June 3, 2025 -- Sales of meat-free foods rose 12 percent, the Plant-based Foods Association said on Tuesday.\n\n\"Shoppers buy them every week,\" said Jane Roe, executive director of the Plant-based Foods Association.", "Shoppers buy them every week", "Plant-based Foods Association"},
		{"Pension fund cuts fees\n\nKELVO CITY, June 3 (Kelvo News) -- The state pension fund will cut its fees by a third.\n\n\"Savers have paid too much,\" said Jane Roe, Chair of the Supervisory Board for Pension Funds, the fund's regulator.", "Savers have paid too much", "Supervisory Board for Pension Funds"},
		// a site where a builder builds; a union's branch for a bank's branch manager
		{"Kelvo Homes starts work\n\nKELVO CITY, June 3, 2025 -- Kelvo Homes Ltd today began building 300 homes on the site of the Orrin Brewery.\n\n\"We kept a listed wall,\" said Site manager Jane Roe.", "We kept a listed wall", "Kelvo Homes Ltd"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	d := extractLaidOut(t, "Kelvo Savings Bank statement\n\nMARLOW, June 3, 2025 -- Members of the Marlow branch of the Kelvo Nurses Union protested today outside our Market Street office.\n\n\"Our doors stayed open all day,\" said Branch manager John Doe.")
	assert.NotEqual(t, "Kelvo Nurses Union", saidBy(t, d, "Our doors stayed open all day").Organization.Name)
}

func TestReviewedMisfiresOfRoundSixteen(t *testing.T) {
	// A third reviewer's inputs on the rules read from rounds 15 and 16,
	// each rule narrowed where its condition was too loose.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a name after "in" before a colon speaks outside a headline
		{"KELVO, 4 March 2025 – The newly elected mayor of Kelvo met factory workers on Monday.\n\nThere was a note of defiance in Jane Roe's voice: “We will not let this plant close.”\n\nThe meeting lasted two hours.", "We will not let this plant close.", "Jane Roe"},
		// a shout in capitals is its speaker's, no heading
		{"KELVO, 4 March 2025 – Kelvo United won the national cup on Saturday.\n\n“I have waited twenty years for this,” said coach Jane Roe, her voice breaking.\n\n“WE DID IT! WE ACTUALLY DID IT!”\n\nThe club last won the cup in 1987.", "WE DID IT! WE ACTUALLY DID IT!", "Jane Roe"},
		// "Selvi" is a given name too; "the EC." ends its sentence
		{"KELVO, 4 March 2025 – Nurses at Kelvo General Hospital will strike next week.\n\n“The ward has been short of staff for a year,” said Selvi Arumugam, a nurse on the children's ward.", "The ward has been short of staff for a year", "Selvi Arumugam"},
		{"KELVO, 4 March 2025 – The Kelvo People's Party filed a complaint with the EC. Jane Roe, the party's spokesperson, said the ruling party had broken the rules.", "the ruling party had broken the rules", "Jane Roe"},
		// an elided particle in a title or a place is no name's
		{"ORRIN, 4 March 2025 – Kelvania reopened its embassy in Orrin on Tuesday.\n\n“This is a new chapter in our relations,” said Chargé d’Affaires Jane Roe.", "This is a new chapter in our relations", "Jane Roe"},
		// a body that is the subject after a fronted phrase naming a person's post and unit
		{"KELVO, 4 March 2025 – The road will reopen in May.\n\nAfter talks with Tom Doe, Chief Engineer, Roads Department, Kelvo Cement, the main supplier, said deliveries would resume on Monday.", "deliveries would resume on Monday", "Kelvo Cement"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	for _, tc := range []struct{ text, quote, org string }{
		// a company in capitals after a post's "OF"
		{"KELVO, 4 March 2025 – Kelvo airline Aerovia will add six routes this summer.\n\n“This is our biggest expansion in a decade,” said JANE ROE, PRESIDENT OF AEROVIA.\n\nThe routes start in June.", "This is our biggest expansion in a decade", "AEROVIA"},
		// a state official's department in a hospital's release
		{"Kelvo General Hospital\n\nKELVO, 4 March 2025 – Kelvo General Hospital opened a new cancer wing on Monday, built with state funds.\n\n“The state will fund two more wings by 2027,” said Jane Roe, Principal Secretary, Department of Health and Family Welfare.\n\nThe wing has 60 beds.", "The state will fund two more wings by 2027", "Department of Health and Family Welfare"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
}

func TestColonAfterAPronounAndAPlace(t *testing.T) {
	// "He described the journey from Kelvo:" before a quotation: the
	// pronoun's person, not the place the recognizer took for a name
	// (but a letter's sender after "from" speaks).
	text := "KISORO, 3 June 2025 – Arrivals tripled.\n\nTom Vale, chairperson of the refugee welfare council, arrived with his family. He described the journey from Rutshuru:\n\n“We left at night when the shelling came close.”"
	d := extractLaidOut(t, text)
	assert.Equal(t, "Tom Vale", speakerOf(t, d, "We left at night when the shelling came close."))
	d = extractLaidOut(t, "KELVO, 3 June 2025 – The council met.\n\nHe read a letter from Jane Roe:\n\n“I cannot attend, but I support the plan.”")
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "I cannot attend, but I support the plan."))
}

func TestReviewedMisfiresOfSessionThirty(t *testing.T) {
	// A reviewer's inputs on the rules read from round 16 (invented198-200),
	// each rule narrowed where its condition was too loose.
	for _, tc := range []struct{ text, quote, org string }{
		// a party's adjective qualifies the members, not the body
		{"KELVO CITY, 3 March 2025 - The pension bill cleared its first vote on Monday.\n\nThe vote split along party lines. \"This bill robs pensioners,\" Conservative Kelvo Chamber of Deputies members said in a joint statement.", "This bill robs pensioners", "Kelvo Chamber of Deputies"},
		// the next holder's own post after the name: the list runs name, then post
		{"KELVO CITY, 3 March 2025 - A new cancer hospital opened on Monday.\n\nThe hospital was inaugurated by Jane Roe, the Chairperson, Kelvo Cancer Foundation, John Doe, the Mayor of Kelvo City, and other guests.\n\n\"The hospital will have 300 beds,\" Ms. Roe said.", "The hospital will have 300 beds", "Kelvo Cancer Foundation"},
		{"KELVO CITY, 3 March 2025 - A new cancer hospital opened on Monday.\n\nAmong those present were Dr. Ravi Dane, the Director, Kelvo Institute of Public Health, Smt. Jane Roe, the Commissioner, Kelvo Municipal Corporation, and many doctors.\n\n\"The hospital will have 300 beds,\" Dr. Dane said.", "The hospital will have 300 beds", "Kelvo Institute of Public Health"},
		// the years one served a body are no letters of it
		{"KELVO CITY, 3 March 2025 - Sarna Bank today announced a new housing loan scheme.\n\n\"We will finance 10,000 homes,\" said Jane Roe, formerly Chairperson, Kelvo Development Corporation (2015-2019), now chief executive of Sarna Bank.", "We will finance 10,000 homes", "Sarna Bank"},
		// a body's staff post for a region speaks for the body
		{"NAIROBI, 3 March 2025 - Kelvo Bank today announced a USD 200 million fund for small businesses in Africa.\n\n\"Small firms are the backbone of these economies,\" said Jane Roe, Regional Executive for Africa.", "Small firms are the backbone of these economies", "Kelvo Bank"},
		{"GENEVA, 3 March 2025 - The Kelvo Scout Movement today launched a refugee education project in Greece.\n\n\"Every child deserves a place to learn,\" said Jane Roe, Regional Commissioner for Europe.", "Every child deserves a place to learn", "Kelvo Scout Movement"},
		{"NEW DELHI, 3 March 2025 - Kelvo Motors Ltd. today opened its 500th dealership in India.\n\n\"Demand in the north has doubled,\" said John Doe, Zonal Executive for Punjab.", "Demand in the north has doubled", "Kelvo Motors Ltd."},
		// an office of a company's, a university's or a charity's head is part of the issuer
		{"KELVO CITY, 3 March 2025 - Kelvo Motors Ltd. today announced a new five-year strategy.\n\n\"We will be carbon neutral by 2030,\" said Jane Roe, Head of Strategy in the Office of the Chief Executive.", "We will be carbon neutral by 2030", "Kelvo Motors Ltd."},
		{"KELVO CITY, 3 March 2025 - Kelvo University today announced a new scholarship fund.\n\n\"No student should be turned away for lack of money,\" said Jane Roe, Senior Adviser in the Office of the President.", "No student should be turned away for lack of money", "Kelvo University"},
		// the party's letters after "spokesperson for the" stay a body ("CMD" is no post)
		{"KELVO CITY, 3 March 2025 - Opposition parties rallied on Monday.\n\n\"We are ready to govern,\" said John Doe, a spokesperson for the CMD, the main opposition party.", "We are ready to govern", "CMD"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	// a single name after a body in a list of partners is the next
	// partner, not the body's town
	d := extractLaidOut(t, "KELVO CITY, 3 March 2025 - A new testing partnership was announced on Monday.\n\nThe project brings together the Kelvo Institute of Public Health, Zentrava, which will manufacture the test kits, and the Sarna Foundation.\n\n\"We are ready to deliver the first kits in May,\" Zentrava said in a statement.")
	q := quoteWithText(d, "We are ready to deliver the first kits in May")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, speakers.Organization, q.Speaker.Kind)
	// the first holder of a list keeps the post after her name
	d = extractLaidOut(t, "KELVO CITY, 3 March 2025 - The state road safety council met on Monday.\n\nThe meeting was attended by Shri John Doe, the Principal Secretary, Department of Transport, Government of Kelvo, Smt. Jane Roe, the Commissioner, Kelvo Municipal Corporation, and others.\n\n\"Road deaths fell by ten per cent,\" Shri Doe said. \"We need more buses,\" Smt. Roe said.")
	assert.NotContains(t, saidBy(t, d, "We need more buses").Titles, "Principal Secretary, Department of Transport")
	assert.Contains(t, saidBy(t, d, "Road deaths fell by ten per cent").Titles, "Principal Secretary, Department of Transport")
}

func TestReviewedMisfiresOfSessionThirtySecondReview(t *testing.T) {
	// A second reviewer's inputs on the rules of b354857..ea5fa12: words
	// quoted back by a critic stay their first speaker's.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a headline's body with a verb of its own keeps its words
		{"Farmers union warns government: “We will not pay the new levy”\n\nKELVO CITY, 4 March 2026 - The Kelvo Farmers Union said on Monday its 40,000 members would refuse to pay the fuel levy.\n\nFinance Minister John Doe dismissed the threat. “They tell us ‘we will not pay the new levy’. The law applies to everyone,” he told reporters.", "We will not pay the new levy", "Farmers union"},
		{"Water board tells residents: “Boil your water until Friday”\n\nSARNAGAR, 5 March 2026 - The Sarnagar Water Board on Wednesday issued a boil-water notice.\n\nResidents were frustrated. “Every year they tell us to boil your water until Friday, and every year Friday never comes,” said Jane Roe, a shopkeeper in Eastgate.", "Boil your water until Friday", "Water board"},
		// a post's words stay the post's when a critic or an echo quotes them
		{"KELVO CITY, 10 March 2026 - The Minister of Agriculture on Tuesday defended the new grain subsidy. “This subsidy keeps the value in the countryside,” the minister said.\n\nThe subsidy pays farmers 40 kelvars a tonne.\n\nEconomist Jane Roe of Kelvo University was sceptical. “We are told this subsidy keeps the value in the countryside, but the mills are owned in the capital,” she said.", "This subsidy keeps the value in the countryside", "minister"},
		{"KELVO CITY, 11 March 2026 - The Prime Minister told parliament on Wednesday: “This budget protects every household in Kelvania.”\n\nThe budget raises fuel duty by 3 per cent.\n\nOpposition leader John Doe mocked the claim. “This budget protects every household in Kelvania? Tell that to the bus driver paying more for diesel,” he said.", "This budget protects every household in Kelvania.", "Prime Minister"},
		{"SARNAGAR, 12 March 2026 - The Minister of Education on Thursday opened the rebuilt Eastgate Primary School. “Every child deserves a safe and dry classroom,” the Minister said.\n\nThe school was flooded in 2024.\n\nHeadteacher Jane Roe thanked the ministry. “As the Minister said, every child deserves a safe and dry classroom, and now ours have one,” she said.", "Every child deserves a safe and dry classroom", "Minister"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	// "engineers Jane Roe and John Doe villages": no river's name
	d := extractLaidOut(t, "SARNA, 5 March 2026 - Twelve villages now have piped water.\n\nThanks to engineers Jane Roe and John Doe villages no longer depend on the Tarrow for drinking water. “It took us three years to convince the council,” Doe said.")
	assert.Equal(t, "John Doe", speakerOf(t, d, "It took us three years to convince the council"))
	// a partner's or a topic's page named in the breadcrumbs is no source
	d = extractLaidOut(t, "Skip to content\nSearch\nEnglish | Français\n\nHome / Our partners / Kelvo Red Cross Society / News\n\nFlood appeal reaches 2 million kelvars\n\nSARNAGAR, 6 March 2026 - The Sarna Relief Foundation's flood appeal has raised 2 million kelvars in its first week, the foundation said on Friday.\n\n“We are distributing tents and water filters in twelve villages,” a spokesperson said.")
	assert.NotEqual(t, "Kelvo Red Cross Society", d.Source)
}

func TestReviewedMisfiresOfSessionThirtyThirdReview(t *testing.T) {
	// A third reviewer's inputs on the rules of 7ae41ae..c536289, each rule
	// narrowed where it misfired.
	for _, tc := range []struct{ text, quote, speaker string }{
		// a verb's aside before a post and its holder is no field
		{"KELVO CITY, 3 March 2026 – The new Kelvo maternity ward was opened on Monday.\n\nThe deputy minister, representing President John Doe, said the ward “will serve 20,000 mothers a year.”", "the ward “will serve 20,000 mothers a year.”", "deputy minister"},
		{"KELVO CITY, 3 March 2026 – Kelvo Bank named a new chief executive on Monday.\n\nJane Roe, succeeding chief executive John Doe, said she would “keep the bank on its course.”", "she would “keep the bank on its course.”", "Jane Roe"},
		// "Sheikh" after a place and a post's "of" is a style
		{"KELVO CITY, 3 March 2026 – Kelvo Ports opened a new container terminal on Tuesday.\n\nThe Crown Prince of Kelvo Sheikh Hamad bin Khalid opened the terminal. “This terminal opens Kelvo to the world,” Sheikh Hamad said.", "This terminal opens Kelvo to the world", "Hamad bin Khalid"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.speaker, speakerOf(t, d, tc.quote), tc.text)
	}
	for _, tc := range []struct{ text, quote, org string }{
		// a news agency's own release is its own
		{"KELVO CITY, 3 March 2026 – The Kelvo News Agency (KNA) today launched a free English-language service for schools.\n\n“Every pupil should be able to read reliable news,” said editor-in-chief Jane Roe.", "Every pupil should be able to read reliable news", "Kelvo News Agency"},
		// a partner after "with" is no part of a body's name
		{"KELVO CITY, 3 March 2026 – The Kelvo Fund for Children with UNICEF Kelvania will vaccinate 40,000 infants this year.\n\n“Every child deserves protection,” said the fund’s director, Jane Roe.", "Every child deserves protection", "Kelvo Fund for Children"},
		// a charity the text calls its issuer, or another body before the post, is not the funder
		{"KELVO CITY, 3 March 2026 – Kelvo Dogs Trust has received a grant of £50,000 from the Sarna Lottery Charity to build a new shelter.\n\nKelvo Dogs Trust takes in 2,000 dogs a year. “This grant means no dog will be turned away,” said the charity’s chief executive, Jane Roe.", "This grant means no dog will be turned away", "Kelvo Dogs Trust"},
		{"KELVO CITY, 3 March 2026 – Kelvo Hope Foundation, a charity for homeless youth, has opened a shelter with a grant from the Kelvo Hospitals Charity.\n\nThe shelter has 40 beds. “No young person should sleep on the street,” said the charity’s founder, Jane Roe.", "No young person should sleep on the street", "Kelvo Hope Foundation"},
		// a short acronym the lists spell in mixed case
		{"WASHINGTON, 3 March 2026 – The Fed held its benchmark rate steady on Wednesday.\n\n“Inflation is still too high,” Fed Chair Jane Roe told reporters after the meeting.", "Inflation is still too high", "Fed"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	for _, tc := range []struct{ text, quote, notOrg string }{
		// a body that another body quotes is no issuer
		{"KELVO CITY – The Wilaya of Kelvo has refused to meet striking nurses for a third week, the Kelvo Nurses Union said on Tuesday.\n\n“Patients are paying the price,” said general secretary Jane Roe.", "Patients are paying the price", "Wilaya of Kelvo"},
		// an inspected body or a venue after "At" is not the speaker's
		{"KELVO CITY, 3 March 2026 – The Kelvo Securities Commission fined two brokers on Tuesday.\n\nAt Kelvo Bank, the commission found 300 trades without records. “Records are not optional,” said the chairperson, Jane Roe.", "Records are not optional", "Kelvo Bank"},
		{"KELVO CITY, 3 March 2026 – The Kelvo Teachers Union held its annual conference on Friday.\n\nAt Kelvo University, more than 500 delegates debated pay. “Our members deserve a fair raise,” the general secretary, Jane Roe, told them.", "Our members deserve a fair raise", "Kelvo University"},
		// a board the paragraph names with no company is not the bidder's
		{"Sarna Capital bids for Kelvo Mining\n\nSarna Capital has made a 2 billion dollar offer for Kelvo Mining, the third bid from Sarna Capital this year. Sarna Capital already owns 12% of the miner.\n\nThe Board of Directors has decided to reject the offer. “It undervalues the company,” said Chairman of the Board Jane Roe.", "It undervalues the company", "Sarna Capital"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.NotEqual(t, tc.notOrg, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
}

func TestReviewedMisfiresOfSessionThirtyFourthReview(t *testing.T) {
	// A fourth reviewer's inputs on the rules of 97aaf61..efe8d2f.
	for _, tc := range []struct{ text, quote, org string }{
		// letters before a year or in a road's shape may be a company's
		{"Kelvo telecom results beat forecasts.\n\nKTL 2024 revenue rose 12 percent to 1.2 billion kelvars. Its chief executive, Jane Roe, said: \"Our mobile money business carried the year.\"", "Our mobile money business carried the year.", "KTL"},
		{"Kelvo chipmaker wins a major order.\n\nShares of KX5 jumped 8 percent after the announcement. Its chief executive, John Doe, said: \"This order fills our plant for two years.\"", "This order fills our plant for two years.", "KX5"},
		// "ATM, which runs buses and trams": letters a body goes by
		{"Kelvo's transit operator will buy new trams.\n\nATM, which runs buses and trams in Kelvo, ordered 40 trams. Its chief executive, Jane Roe, said: \"Riders will see the first trams in 2027.\"", "Riders will see the first trams in 2027.", "ATM"},
		// a governor's place and "Government" anywhere in another body's name
		{"Kelvo teachers end strike\n\nTeachers in Kelvo State returned to work on Monday after the Kelvo Government Workers Union called off its strike.\n\n“Our schools will reopen tomorrow,” said the Governor of Kelvo State, Jane Roe.", "Our schools will reopen tomorrow", "Kelvo State"},
		{"Kelvo State pays salaries\n\nThe Kelvo State Local Government Service Commission paid arrears to 4,000 council staff.\n\n“No worker will be owed a naira,” said the Governor of Kelvo State, Jane Roe.", "No worker will be owed a naira", "Kelvo State"},
		// an office's name place first only as the text gives it whole
		{"Kelvo opens electric bus line\n\nKELVO, 3 June 2025 – The Governorate of Kelvo on Thursday opened the city's first electric bus line to North Kelvo Governorate, part of a plan adopted by the Governorate Council in 2024.\n\n“Kelvo deserves clean air,” said the Governor of Kelvo, Jane Roe.", "Kelvo deserves clean air", "Governorate of Kelvo"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	// "who led the government delegation" is no lead researcher
	d := extractLaidOut(t, "Kelvo University study links heat to kidney disease\n\nA study by Kelvo University found that farm workers exposed to extreme heat are twice as likely to develop kidney disease. The findings come a month after Health Minister John Doe, who led the government delegation to the Kelvo climate summit, promised new heat rules.\n\n“We did not expect the effect to be so large,” says the lead researcher.")
	assert.NotEqual(t, "John Doe", speakerOf(t, d, "We did not expect the effect to be so large"))
}

func TestReviewedMisfiresOfSessionThirtyOne(t *testing.T) {
	// A reviewer's inputs on the rules of 1e783f6..7de9a88, each a misfire
	// the rule had before it was narrowed.
	for _, tc := range []struct{ text, quote, org string }{
		// one wide gap of a text's extraction is no bar of links
		{"Kelvo Robotics   Announces Record Quarter\n\nKELVO CITY, 3 March 2025 – Record revenue was reported on Tuesday for the first quarter.\n\n\"This was our best quarter ever,\" said Jane Roe, chief executive.", "This was our best quarter ever", "Kelvo Robotics"},
		// "About" a disease in lower case is no issuer
		{"Kelvo Therapeutics reports phase 3 results\n\nBOSTON, 3 March 2025 – Results from the phase 3 SARNA trial of kelvomab in patients with Roe neuropathy were presented today.\n\n\"These results could change how Roe neuropathy is treated,\" said Dr. Jane Roe, chief medical officer.\n\nAbout Roe neuropathy\n\nRoe neuropathy is a rare inherited disorder of the peripheral nerves.\n\nAbout Kelvo Therapeutics\n\nKelvo Therapeutics is a biotechnology company based in Boston.", "These results could change how Roe neuropathy is treated", "Kelvo Therapeutics"},
		// a church's or a party's "Secretary for …" is no minister
		{"Church appeals for flood relief\n\nKELVO, 3 March 2025 – The Kelvo Methodist Church launched an appeal on Tuesday for families hit by the floods, and urged the Government to extend its grants.\n\n\"Our congregations are already sheltering 300 people,\" said the Secretary for Mission, the Rev. Jane Roe.", "Our congregations are already sheltering 300 people", "Kelvo Methodist Church"},
		{"Party sets out foreign policy\n\nKELVO, 3 March 2025 – The Kelvo Green Party published its foreign policy platform on Tuesday, criticising the Government's arms exports.\n\nThe Secretary for International Affairs, Jane Roe, said: \"We would end every arms sale to the region.\"", "We would end every arms sale to the region.", "Kelvo Green Party"},
		// a council's fuller name wins over its title's words
		{"Harbour dredging delayed\n\nKELVO, 3 March 2025 – The Kelvo Harbour Advisory Council asked the port on Tuesday to delay dredging until autumn.\n\n\"The seagrass beds need one more season,\" said Advisory Council Member Jane Roe, a marine biologist.", "The seagrass beds need one more season", "Kelvo Harbour Advisory Council"},
		// a painter's "Early Works" is no company
		{"Gallery opens retrospective\n\nKELVO, 3 March 2025 – The Kelvo Museum of Art opened a retrospective of the painter Sarna Doe on Tuesday.\n\n\"Her Early Works show a painter already sure of her eye,\" said Jane Roe, the Early Works curator.", "Her Early Works show a painter already sure of her eye", "Kelvo Museum of Art"},
		// a person after "the Minister of the Interior and" is no portfolio's item
		{"Border agreement signed\n\nKELVO, 3 March 2025 – The agreement was signed on Monday by the Minister of the Interior and John Doe, President of the Sarna Region.\n\nPresident Doe said: \"For our residents, this is the end of an old injustice.\"", "For our residents, this is the end of an old injustice.", "Sarna Region"},
		// "The company" opening a sentence goes on about the body named last
		{"KELVO, 3 March 2025 – Kelvo Minerals Company today signed a supply agreement with Sarna Steel AG.\n\nSarna Steel AG will buy 2 million tonnes of ore a year. The company runs three blast furnaces in Sarna. Its chief executive, John Doe, said: \"Secure ore is the basis of everything we do.\"", "Secure ore is the basis of everything we do.", "Sarna Steel AG"},
		{"PRAGUE, 12 March 2025 -- Kelvo energie a.s., the Kelvo power producer, today announced that it will build a grid battery.\n\nThe facility will use cells supplied by Sarna Cells s.r.o., which opened its factory in 2019.\n\nThe company now employs 900 people in Brno.\n\nIts chief executive, John Doe, said the factory would double its output.", "the factory would double its output", "Sarna Cells s.r.o."},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	for _, tc := range []struct{ text, quote, name string }{
		// "Calle" and "Rue" are given names too
		{"Kelvo Cup final set\n\nKELVO, 3 March 2025 – Kelvo IF reached the cup final on Tuesday.\n\n\"We never stopped believing,\" said Calle Lindqvist, the team's captain.", "We never stopped believing", "Calle Lindqvist"},
		{"Actress honoured\n\nKELVO, 3 March 2025 – The Kelvo Film Academy gave its lifetime award to actress Rue Ellison on Tuesday.\n\nRue Ellison thanked her family. \"I have been lucky for fifty years,\" she said.", "I have been lucky for fifty years", "Rue Ellison"},
		// infrared's "IR" is no engineer's "Ir"
		{"Camera spots wildfires early\n\nKELVO, 3 March 2025 – A new camera spots wildfires from 20 kilometres, according to IR Vision Systems, which makes it.\n\n\"It saw every fire before the lookouts did,\" said Jane Roe, the company's founder.", "A new camera spots wildfires from 20 kilometres", "IR Vision Systems"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.name, speakerOf(t, d, tc.quote), tc.text)
	}
	// a deck's bare post is no one's but the headline's (withdrawn: a former
	// or acting holder, or another body's, took the words)
	d := extractLaidOut(t, "Kelvo Bank to close rural branches\n\n“Every customer will still have a branch within 10 km” – Chief Executive\n\nGABORONE, 22 April 2025 – Kelvo Bank said on Tuesday it would close 40 branches by December.\n\n“This is a betrayal of rural customers,” said Mr John Doe, Chief Executive of the Kelvo Consumers Association.")
	assert.NotEqual(t, "John Doe", speakerOf(t, d, "Every customer will still have a branch within 10 km"))
}

func TestReviewedMisfiresOfSessionThirtyOneSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of 7de9a88..779a366, each a misfire
	// the rule had before it was narrowed.
	for _, tc := range []struct{ text, quote, org string }{
		// a parent group the text names as a body of its own
		{"HARARE, 3 March 2025 – Kelvo Bank Limited, a subsidiary of Kelvo Group plc, today opened ten branches in rural districts.\n\n\"Every branch brings savings closer to farmers,\" said Kelvo Group Chief Executive John Doe.", "Every branch brings savings closer to farmers", "Kelvo Group"},
		// a named body's branch office is the body's
		{"KELVO CITY, May 2 – Rights groups criticized the new press law on Friday.\n\n\"This law silences reporters,\" said Jane Roe, director of the Kelvania Office of Amnesty International.", "This law silences reporters", "Amnesty International"},
		{"KELVO CITY, May 2 – Kelvo Mining opened a new office on Friday.\n\n\"We are here to stay,\" said Jane Roe, head of the Kelvo City Office of Kelvo Mining.", "We are here to stay", "Kelvo Mining"},
		// letters a note declares that are not the body's before them
		{"KELVO CITY, May 2 – The opposition coalition chose its candidate on Sunday.\n\nThe Broad Front, a coalition led by the Kelvo Socialist Party (FA, for its Spanish initials), will field Jane Roe for president. \"We are ready to govern,\" said FA chair John Doe.", "We are ready to govern", "FA"},
		// a club named by its plural after a company's post
		{"JOHANNESBURG, May 2 – The Lions rugby franchise confirmed the signing of Kelvo lock John Doe on Friday.\n\n\"He is exactly the player we needed,\" said Jane Roe, chief executive of Lions.", "He is exactly the player we needed", "Lions"},
		// a ministry's own press service is no wire
		{"PRESS SERVICE OF THE MINISTRY OF DEFENCE OF KELVANIA\n\nMinister inspects new barracks\n\nKELVO CITY, 2 May 2025 – The Minister of Defence inspected the new barracks in Kelvo on Friday.\n\n\"Our soldiers deserve decent housing,\" said Jane Roe, the ministry's spokeswoman.", "Our soldiers deserve decent housing", "Press Service of the Ministry of Defence of Kelvania"},
		// a company's short name that is a place's
		{"Kelvo Steel to buy Gibraltar Steelworks\n\nKelvo Steel Corp. agreed on Monday to buy Gibraltar Steelworks Inc. for $2 billion in cash, the companies said.\n\n\"Together we will serve builders across the country,\" said Jane Roe, Gibraltar's chief executive. Kelvo Steel chief executive John Doe said the deal would close by December.", "Together we will serve builders across the country", "Gibraltar Steelworks"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	for _, tc := range []struct{ text, quote, name string }{
		// "Aum" and "Storm" are given names too
		{"Students win robotics prize\n\nA team from Kelvo High School won the national robotics prize on Saturday.\n\n\"We built the robot in our garage,\" said Aum Kelvadia, 17, the team captain. He said the team would spend the prize on new parts.", "We built the robot in our garage", "Aum Kelvadia"},
		{"KELVO CITY, 2 May 2025 – The club won the national title on Saturday.\n\n\"We never stopped believing,\" said Storm Lindqvist, the club's captain. Lindqvist scored twice in the final.", "We never stopped believing", "Storm Lindqvist"},
		// a missing space after "!" opens no name
		{"Flood relief reaches Kelvo\n\nAid reached Kelvo on Monday.\n\nRelief is on its way !Volunteers from the Kelvo Red Cross said they had delivered 400 tents. \"We will stay as long as we are needed,\" said Jane Roe, the society's director.", "they had delivered 400 tents", "Volunteers from the Kelvo Red Cross"},
		// a post's own "By" in title case
		{"KELVO CITY, May 2 – The camps closed on Friday.\n\n\"Every child deserves a school,\" said Special Envoy for Children Affected By War Jane Roe.", "Every child deserves a school", "Jane Roe"},
		// a pronoun or a concession after the clause is no other speaker
		{"Jane Roe: Kelvo will not raise taxes this year, she says\n\nKELVO CITY, May 2 – The finance minister presented the budget on Friday.", "Kelvo will not raise taxes this year, she says", "Jane Roe"},
		{"Finance Minister Jane Roe: the budget is fair, whatever critics say\n\nKELVO CITY, May 2 – The finance minister presented the budget on Friday.", "the budget is fair, whatever critics say", "Jane Roe"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.name, speakerOf(t, d, tc.quote), tc.text)
	}
	// "the Command" is no foreign command the text names in passing
	d := extractLaidOut(t, "KELVO CITY, May 2 – The Kelvo State Police Command arrested 12 kidnapping suspects on Friday.\n\nThe arrests were made by a unit trained last year by instructors from U.S. Africa Command. \"The suspects will be charged in court on Monday,\" the Command said.")
	assert.NotEqual(t, "U.S. Africa Command", speakerOf(t, d, "The suspects will be charged in court on Monday"))
}

func TestReviewedMisfiresOfSessionThirtyOneThirdReview(t *testing.T) {
	// A reviewer's inputs on the rules of 779a366..53e7836, each a misfire
	// the rule had before it was narrowed.
	// a headline's opening time phrase is no one's words
	d := extractLaidOut(t, "KELVO STATE GOVERNMENT\nOffice of the Governor\nPress Release No. 14/2025\n4 March 2025\n\nA year after the floods, Governor tells Assembly relief must reach every family\n\nSpecial session called for 12 March\n\nKELVOPOLIS, 4 March 2025 – Kelvo State Governor Jane Roe on Tuesday summoned the State Assembly to a special session on 12 March to consider a supplementary budget for flood relief.\n\nThe session follows weeks of disagreement between the Governor's office and the Assembly over the size of the relief package.")
	assert.Empty(t, d.Quotes)
	// "She urged to …" in a body is active
	d = extractLaidOut(t, "Chief Minister reviews flood works\n\nKELVOPUR, 4 March 2025 – Chief Minister Jane Roe on Tuesday reviewed progress on the Kelvo river embankment. She urged to speed up the work and warned to take strict action against contractors who miss deadlines.")
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "to speed up the work"))
	for _, tc := range []struct{ text, quote, org string }{
		// "Forecaster" in a paper's name is no post
		{"Kelvo Forecaster wins award\n\nKELVOPOLIS, 4 March 2025 – The Kelvo Forecaster, the farming weekly, won the regional press award on Monday.\n\n\"Our readers are farmers first,\" said Jane Roe, editor of The Kelvo Forecaster.", "Our readers are farmers first", "Kelvo Forecaster"},
		// a university's project led for another body is that body's
		{"Ministry funds river study\n\nKELVOPOLIS, 4 March 2025 – The Ministry of Water has awarded a grant of K2 million to researchers at Kelvo University to model the Kelvo river basin.\n\n\"We need better forecasts before we build more dams,\" said Jane Roe, who oversees the university's basin modelling project for the ministry.", "We need better forecasts before we build more dams", "Ministry of Water"},
		{"Kelvo Steel to train welders\n\nKELVOPOLIS, 4 March 2025 – Kelvo Steel Ltd has signed a three-year agreement with Kelvo Technical College to train 300 welders a year.\n\n\"We cannot find enough skilled welders,\" said Jane Roe, who chairs the college's industry advisory group on behalf of Kelvo Steel.", "We cannot find enough skilled welders", "Kelvo Steel"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	// a body named once in passing is no headline's "Forum"
	d = extractLaidOut(t, "Forum Warns of Rising Child Labour\n\nKELVOPOLIS, 4 March 2025 – A coalition of Kelvanian children's rights groups warned on Tuesday that child labour on cocoa farms had doubled since 2020.\n\n\"Children as young as eight are carrying machetes,\" said Jane Roe, who chairs the coalition. The report will be presented at the World Economic Forum next month.")
	assert.NotEqual(t, "World Economic Forum", speakerOf(t, d, "Rising Child Labour"))
	// a list of holders, an adviser and a reader are not the first post's holder
	for _, tc := range []struct{ text, quote string }{
		{"Trade deal signed\n\nKELVOPOLIS, 4 March 2025 – Kelvania and Orrin signed a trade agreement on Tuesday.\n\n\"Tariffs on rice will fall to zero by 2027,\" said the Minister of Trade, the Minister of Finance, Alan Doe, and the Governor of the Central Bank, Jane Roe, in a joint statement.", "Tariffs on rice will fall to zero by 2027"},
		{"Bridge reopens\n\nKELVOPOLIS, 4 March 2025 – The Kelvo river bridge reopened on Tuesday after six months of repairs.\n\n\"The bridge is safe for another fifty years,\" said the Minister of Works, through her Special Adviser on Media, Alan Doe.", "The bridge is safe for another fifty years"},
		{"Summit closes\n\nKELVOPOLIS, 4 March 2025 – The Kelvo Basin summit closed on Tuesday.\n\n\"We leave with a plan,\" said the Chair of the Summit, in remarks delivered by the Deputy Chair, Alan Doe.", "We leave with a plan"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.NotEqual(t, "Alan Doe", speakerOf(t, d, tc.quote), tc.text)
	}
}

func TestReviewedMisfiresOfSessionThirtyTwo(t *testing.T) {
	// A reviewer's inputs on the rules of bd032d5..f30c283, each a misfire
	// the rule had before it was narrowed.
	for _, tc := range []struct{ text, quote, org string }{
		// "its" after a quotation: the body bought, fined or partnered with
		// may speak; only one urged to act, or a subject that spoke, moves it
		{"Bank buys cooperative\n\nKelvo Savings Bank acquired the Ostby Fishers Cooperative on Monday for an undisclosed sum. \"We are proud to join a larger family,\" said its chair, Jane Roe.", "We are proud to join a larger family", "Ostby Fishers Cooperative"},
		{"Regulator fines airline\n\nThe Kelvania Aviation Authority fined Sarna Air Ltd. $2 million for repeated delays. \"We accept the decision and will appeal parts of it,\" said its spokesperson, Jane Roe.", "We accept the decision and will appeal parts of it", "Sarna Air Ltd."},
		// a body after a post's "for" in a title its body's possessive opens is a portfolio
		{"Gas storage rules agreed\n\nEU governments agreed on new gas storage rules on Friday. \"Europe is better prepared than a year ago,\" said Jane Roe, the Kelvo Parliament's rapporteur for the Banking Union.", "Europe is better prepared than a year ago", "Kelvo Parliament"},
		// "Minister of State" is a rank, no "Ministry of State"
		{"Kelvo Information Service\n\nNew clinics announced\n\nMinister of State, Dr. Jane Roe, says the Government will open 12 new clinics this year.\n\n\"We have listened to the people,\" the Minister said. \"The Ministry will staff them from January.\"", "We have listened to the people", "Government"},
		// "Minister for …" is often a junior portfolio, no ministry of it
		{"Kelvo Government Information Service\n\nDisability grants raised\n\nMinister for Disabled People, Jane Roe, says the Government will raise disability grants by 6 percent.\n\n\"We have listened,\" the Minister said. \"The Ministry will write to every recipient.\"", "We have listened", "Government"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	// English words after "its" or a possessor say what one is to the
	// body, no post: a customer, a guest, a critic, the richest man
	for _, text := range []string{
		"Acme faces lawsuit\n\nAcme Chemicals Ltd. faces a class action over the Kelvo river spill. Its biggest customer, John Doe, said he would stop buying from the company.",
		"Shelter opens\n\nThe Kelvo Aid Foundation opened a night shelter in Sarna on Monday. Its first guest, John Doe, said he had slept outside for three winters.",
		"Acme faces lawsuit\n\nAcme Chemicals Ltd. faces a class action over the Kelvo river spill. The suit was filed by Jane Roe and Acme's fiercest critic, John Doe, who said the company knew about the leak for two years.",
	} {
		d := extractLaidOut(t, text)
		for _, sp := range d.Speakers {
			if sp.Name == "John Doe" {
				assert.Empty(t, sp.Organization.Name, text)
			}
		}
	}
	// news copy's "E.V." is an electric vehicle, no legal form
	d := extractLaidOut(t, "Carmaker cuts prices\n\nSarna Motors cut prices on Monday. \"Demand is weak,\" said Jane Roe, a Kelvanian E.V. analyst.")
	assert.Empty(t, saidBy(t, d, "Demand is weak").Organization.Name)
}

func TestReviewedMisfiresOfSessionThirtyTwoSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of f34ea08..a4a2702, each a misfire
	// the rule had before it was narrowed or withdrawn.
	checkSaid(t, []saidCase{
		// a one-word territory right after "of" stays one (no given name)
		{"Bridge reopens in Sarnville\n\nThe old bridge in Sarnville reopened to traffic on Monday after two years of repairs.\n\nMayor of Sarnville Grace Roe said the town had waited long enough.\n\nMs Roe thanked the contractors.", "the town had waited long enough", "Grace Roe", "Sarnville"},
		// two bodies a dash joins under a pair's letters stay two
		{"Border crossing reopens\n\nThe Kelvo Customs Service – Sarna Border Police (KCS-SBP) joint checkpoint at Ostby reopened on Friday.\n\nKCS Director John Doe said waiting times would fall.", "waiting times would fall", "John Doe", "Kelvo Customs Service"},
		// "its" after a relative clause: the post may be the clause subject's
		{"Housing company to build 500 homes\n\nThe money will go to Kelvo Homes Ltd., which the Sarna City Council set up in 2019. Its mayor, Jane Roe, said the council would keep full ownership.", "the council would keep full ownership", "Jane Roe", "Sarna City Council"},
		// "its" after a quotation: the body ordered to act may be the one replying
		{"Maternity ward to close\n\nThe Kelvo Health Ministry ordered the Ostby General Hospital to close its maternity ward by June. \"We will appeal this order in court,\" said its director, Jane Roe.", "We will appeal this order in court", "Jane Roe", "Ostby General Hospital"},
		// "Minister of State for …" is a junior post: no "Ministry of Disabled People"
		{"Kelvo Government Information Service\n\nDisability grants raised\n\nMinister of State for Disabled People, Jane Roe, says the Government will raise disability grants by 6 percent.\n\n\"We have listened,\" the Minister said. \"The Ministry will write to every recipient.\"", "We have listened", "Jane Roe", "Government"},
	})
	// English nouns of a relation the lexicon lacks are no posts
	for _, text := range []string{
		"Acme faces eviction\n\nAcme Chemicals Ltd. has been ordered to leave its warehouse in Ostby. Its landlord, John Doe, said the company owed eight months of rent.",
		"Shelter opens\n\nThe Kelvo Aid Foundation opened a night shelter in Sarna on Monday. Its benefactor, John Doe, said he had slept outside for three winters as a young man.",
	} {
		d := extractLaidOut(t, text)
		for _, sp := range d.Speakers {
			if sp.Name == "John Doe" {
				assert.Empty(t, sp.Organization.Name, text)
			}
		}
	}
}

func TestReviewedMisfiresOfSessionThirtyTwoThirdReview(t *testing.T) {
	// A reviewer's inputs on the rules of a4a2702..839099e, each a misfire
	// the rule had before it was narrowed.
	// a short line that ends in "on" or "in" is a menu's or a label's
	d := extractLaidOut(t, "Kelvo Hospital opened a new maternity unit on Monday.\n\nHome | News | Health\nSign in\nJane Roe, Minister of Health, said the ward had been planned for a decade.\n\n\"We waited too long,\" Ms. Roe said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "the ward had been planned for a decade").Name)
	// a turn cut off after "the", then the next speaker's label in capitals
	d = extractLaidOut(t, "The Kelvo Health Committee questioned the minister on Tuesday. A transcript follows.\n\nJANE ROE: Minister, the waiting list has doubled since you took office. What is your answer to the\nTOM DOE: I will not accept that figure.\nJANE ROE: It is your own ministry's figure.\nTOM DOE: The figure counts patients twice.")
	assert.Equal(t, "Tom Doe", speakerOf(t, d, "I will not accept that figure"))
	checkSaid(t, []saidCase{
		// "represented by" in another clause, or of another delegation, is not the country's
		{"Ministers from the Sahel met in Kelvo on Tuesday to discuss refugee funding.\n\nChad was represented by the Minister of Social Action, Jane Roe, and Niger by the Foreign Minister, Tom Doe.\n\n\"Our borders are open, but our budgets are not,\" Mr. Doe said.", "Our borders are open, but our budgets are not", "Tom Doe", ""},
		{"The Supreme Court of Chad on Monday heard the case of 40 families evicted from the Sarna Valley.\n\nChad argued that the families, who were represented by the lawyer Jane Roe, had no standing to sue.\n\n\"The state took their homes without a hearing,\" Ms. Roe told reporters outside the court.", "The state took their homes without a hearing", "Jane Roe", ""},
		{"Mining companies met regulators in Kelvo on Monday to discuss a new royalty law.\n\nMali's largest gold miner was represented by its chief executive, Tom Doe.\n\n\"A higher royalty will close three mines,\" Mr. Doe said.", "A higher royalty will close three mines", "Tom Doe", ""},
		// a copyright line that names a partner, or a photo's credit, names no publisher
		{"KELVO, March 11 – Kelvo Hospital today opened a new children's ward paid for by the Friends of Kelvo Hospital.\n\n\"Our volunteers raised every penny of this,\" said Jane Roe, chair.\n\nAbout the Friends of Kelvo Hospital\n\nThe Friends of Kelvo Hospital is a registered charity founded in 1962.\n\n© 2025 Friends of Kelvo Hospital. Registered charity no. 104523.", "Our volunteers raised every penny of this", "Jane Roe", "Friends of Kelvo Hospital"},
		{"KELVO, March 11 – Kelvo Hospital (KH) today opened a new maternity unit funded by Sarna Aid.\n\nPhoto: © KH / Tom Doe\n\n\"We are proud to have funded this unit,\" said Jane Roe, chief executive officer.\n\nAbout Sarna Aid\n\nSarna Aid is a charity working in Kelvania since 1990.", "We are proud to have funded this unit", "Jane Roe", "Sarna Aid"},
	})
	// a slash before two capitalized words is a credit's or a ticket's, no married name
	d = extractLaidOut(t, "The two candidates named their running mates on Monday.\n\nSupporters of the Jane Roe/Tom Doe ticket gathered outside the Kelvo convention centre.\n\n\"We will campaign in every town,\" Ms. Roe said.\n\n\"I am honoured,\" Mr. Doe said.")
	assert.Equal(t, "Jane Roe", saidBy(t, d, "We will campaign in every town").Name)
	assert.Equal(t, "Tom Doe", saidBy(t, d, "I am honoured").Name)
}

func TestReviewedMisfiresOfSessionThirtyTwoFourthReview(t *testing.T) {
	// A reviewer's inputs on the rules of 839099e..a1b83c4, each a misfire
	// the rule had before it was narrowed.
	checkSaid(t, []saidCase{
		// a list of countries after a post's "for" is no portfolio's fields
		{"KELVO, May 3 -- The UN agency appealed for funds on Monday.\n\nJane Roe, the agency's Representative for Kelvania, Sarnia and Dorvo, said 2 million people needed help. \"The situation is dire,\" she said.", "The situation is dire", "Jane Roe", ""},
		// "(pictured)" or letters that do not end an opener leave it as it was
		{"KELVO, May 3 -- The new bridge over the Kelvo river opened on Monday.\n\n\"This bridge will change lives,\" said Mayor Sam Poe.\n\nAt the ceremony Poe (pictured) thanked John Doe, the Governor of Kelvo, for the funding. \"Doe kept his word,\" he said.", "Doe kept his word", "Sam Poe", ""},
		{"KELVO, May 3 -- Kelvo Mining reported higher profits on Monday after a year of acquisitions.\n\nIn 2024 Kelvo Mining (KM) bought Sarna Copper, Dorvo Bank and two smelters. The company's chief executive, Jane Roe, said the deals had paid off. \"We bought at the right time,\" she said.", "We bought at the right time", "Jane Roe", "Kelvo Mining"},
		// a one-word short name that is also the city, or the founder's name
		{"SARNA, May 20, 2025 -- Kelvo Energy Corporation (\"Kelvo\") on Tuesday opened a 200-megawatt solar farm outside the city of Kelvo.\n\n\"Our city will now export power,\" said Tom Doe, the Mayor of Kelvo, at the opening ceremony.", "Our city will now export power", "Tom Doe", "Kelvo"},
		{"KELVO, May 3, 2025 -- Doe Brothers Construction Corporation (\"Doe\") on Monday won a contract to build the Kelvo ring road.\n\n\"We have waited ten years for this road,\" said Tom Doe, the company's chairman. Doe said work would start in June.", "work would start in June", "Tom Doe", "Doe Brothers Construction Corporation"},
		// a body's own letters and a branch's place keep the letters
		{"KELVO, 12 March 2025 -- Doctors in Kelvo went on strike on Monday.\n\nThe Kelvo Medical Association (KMA-KELVO) said talks had failed. \"We have not been paid since January,\" said Tom Doe, the KMA chairman.", "We have not been paid since January", "Tom Doe", "Kelvo Medical Association"},
	})
	// a company's name that an "-al" word opens is no portfolio's field
	d := extractLaidOut(t, "KELVO, May 3 -- A Kelvanian steelmaker announced a new plant on Monday.\n\nTom Doe, Chief Executive of Bansal Kelvo Steel, cut the ribbon. Bansal Kelvo Steel said the plant would employ 900 people.")
	assert.Equal(t, speakers.Organization, saidBy(t, d, "the plant would employ 900 people").Kind)
}

func TestReviewedMisfiresOfSessionThirtyTwoFifthReview(t *testing.T) {
	// A reviewer's inputs on the rules of a1b83c4..83fd859, each a misfire
	// the rule had before it was narrowed.
	checkSaid(t, []saidCase{
		// a district's, a ward's or a precinct's number is no regnal name
		{"The provincial government on Monday released new figures on rural employment.\n\n\"The roads will be ready by June,\" said Jane Roe, District IV councilor.", "The roads will be ready by June", "Jane Roe", ""},
		{"The city council on Monday approved the new road budget.\n\nJane Roe, Precinct II constable, said the roads would be ready by June. \"We will enforce the new limits,\" she said.", "We will enforce the new limits", "Jane Roe", ""},
		// "Oba" is as often a family name written first
		{"Kelvo Motors on Tuesday unveiled its new electric van at its plant in Nagoya.\n\n\"The van will reach dealers in the spring,\" said Oba Kenta, chief engineer at Kelvo Motors.", "The van will reach dealers in the spring", "Oba Kenta", "Kelvo Motors"},
		// a body and a second post or holder after ", and" make no list of fields
		{"Kelvotech Inc. and Sarnacorp Ltd. on Monday announced a joint venture to build data centres in Kelvo.\n\n\"This partnership brings our strengths together,\" said Jane Roe, Vice President of Engineering, Kelvotech, and Chair of the Kelvo Data Centre Alliance.", "This partnership brings our strengths together", "Jane Roe", "Kelvotech"},
		{"Kelvotech Inc. and Sarnacorp Ltd. on Monday announced a joint venture to build data centres in Kelvo.\n\nThe agreement was signed by Jane Roe, Vice President of Engineering, Kelvotech, and Tom Doe, Head of Sales, Sarnacorp. \"This partnership brings our strengths together,\" Roe said.", "This partnership brings our strengths together", "Jane Roe", "Kelvotech"},
		// a city one comes from is no local government
		{"Heavy rain flooded parts of northern Kelvania on Sunday, forcing thousands from their homes.\n\n\"The water came up to our windows,\" said Jane Roe, a teacher from Ciudad de Kelvo.", "The water came up to our windows", "Jane Roe", ""},
	})
	// an event's date in the events section is no release's date
	d := extractLaidOut(t, "Kelvo Corp Newsroom\nJune 30, 2025 | Events\n\nKelvo Corp to hold investor day\n\nKELVO CITY, May 2, 2025 -- Kelvo Corp will hold its first investor day on June 30 at its headquarters in Kelvo City.\n\n\"We want to show investors our plans,\" said Jane Roe, Chief Executive Officer of Kelvo Corp.")
	assert.Equal(t, "2025-05-02", d.Date)
}

// saidCase is an input, a quotation in it, and the name and organization
// of its speaker.
type saidCase struct{ text, quote, name, org string }

// checkSaid checks the speaker of each case's quotation.
func checkSaid(t *testing.T, cases []saidCase) {
	t.Helper()
	for _, tc := range cases {
		d := extractLaidOut(t, tc.text)
		sp := saidBy(t, d, tc.quote)
		assert.Equal(t, tc.name, sp.Name, tc.text)
		assert.Equal(t, tc.org, sp.Organization.Name, tc.text)
	}
}

func TestReviewedMisfiresOfSessionThirtyTwoSixthReview(t *testing.T) {
	// A reviewer's inputs on the rules of 445cdd5..14c4b0f, each a misfire
	// the rule had before it was narrowed.
	checkSaid(t, []saidCase{
		// the High Commissioner a speaker welcomes is not the speaker's post
		{"ACCRA, 3 May 2026 – The Kelvo Chamber of Commerce held its annual dinner on Tuesday.\n\n\"Trade has doubled in five years,\" said John Doe, President of the Kelvo Chamber of Commerce, in a speech welcoming the High Commissioner of Canada to Ghana.", "Trade has doubled in five years", "John Doe", "Kelvo Chamber of Commerce"},
	})
	// a bar of a site's links set off by wide spaces leaves the headline under it a headline
	d := extractLaidOut(t, "Search      Sign in      Menu\nLibrary hours extended by Kelvo City Council\n14 May 2026\n\nKelvo City libraries will open until 9 p.m. on weekdays from June, the city council decided on Tuesday night.\n\n\"Our libraries are where students study after work,\" said Jane Roe, the chair of the library committee.\n\nThe extension will cost about $240,000 a year, paid from the city's culture budget.\n")
	assert.NotEqual(t, "Library hours extended by Kelvo City Council", d.Source)
	// a statistics box under the site's tagline is no part of the release
	d = extractLaidOut(t, "Kelvo Water Trust\nHome\nAbout us\nOur work\nNews\nDonate\nKelvo Water Trust works to bring clean, safe water to every village in the district.\n12,400 people served this year\n310 boreholes drilled since 1998\n46 villages with safe water\nTen new boreholes for northern villages\n14 May 2026\n\nThe Kelvo Water Trust has opened ten new boreholes in the north of the district, bringing clean water to more than 4,000 people.\n\n\"Clean water changes everything for a village,\" said John Doe, the programme manager.\n\nThe boreholes were funded by local donors and will be maintained by village committees.\n")
	assert.Equal(t, "Ten new boreholes for northern villages", d.Title)
	// a list of headlines after the release is no part of it
	d = extractLaidOut(t, "Kelvo Herald\nHome\nNews\nSport\nBusiness\nOpinion\nCouncil backs river clean-up plan\n14 May 2026\n\nKelvo City Council on Tuesday approved a five-year plan to clean up the Kelvo river.\n\n\"We can give this river back to our children,\" said Mayor Jane Roe after the vote.\n\nMost read\n3 arrested after break-in at Kelvo bus depot\n5 things to know about the new water rates\n10 ways to cut your energy bill this winter\nNext story: Opposition attacks budget\n\"This budget is a fraud on every taxpayer,\" said opposition leader Richard Miles on Monday.\n")
	assert.Nil(t, quoteWithText(d, "This budget is a fraud on every taxpayer"))
}

func TestReviewedMisfiresOfSessionThirtyThree(t *testing.T) {
	// Two reviewers' inputs on the rules of a67a740..3ae6f4d, each a
	// misfire the rule had before it was narrowed.
	checkSaid(t, []saidCase{
		// "AFC" after a name is the Air Force Cross, no club's letters
		{"Air show returns to Kelvo\n\nThe Kelvo Air Show will return in June after a two-year break, organisers said on Monday.\n\n\"The crowds have been asking for it every summer,\" said Group Captain John Doe AFC, the show's flying display director.",
			"The crowds have been asking for it every summer", "John Doe Afc", ""},
		// a nickname inside a supporters' trust's name is the club's
		{"Trust responds to sale\n\nKELVO, 3 March 2025 – Kelvo Rovers Supporters Trust today responded to the proposed sale of the club by its owner, Rovers Holdings Ltd.\n\n\"We have no plans to leave Kelvo,\" said Rovers chairman John Doe in a statement on Friday.\n\nAbout Kelvo Rovers Supporters Trust\n\nKelvo Rovers Supporters Trust represents more than 4,000 members.",
			"We have no plans to leave Kelvo", "John Doe", "Rovers Holdings Ltd."},
		// a company's own plural possessive is no members' body
		{"Kelvo Motors posts record quarter\n\nKelvo Motors on Tuesday reported record quarterly sales, helped by strong demand for its electric models.\n\n\"Our engineers share platforms across the group,\" said Jane Roe, head of Kelvo Motors' Alliance programme, adding that costs fell by 8 per cent.",
			"Our engineers share platforms across the group", "Jane Roe", "Kelvo Motors"},
		// a lab named for its head is the researcher's own
		{"Study finds new enzyme\n\nResearchers have found an enzyme that breaks down plastic in sea water.\n\n\"We did not expect it to work at such low temperatures,\" said Jane Roe with Kelvo University's John Doe lab, who led the experiments.",
			"We did not expect it to work at such low temperatures", "Jane Roe", "Kelvo University"},
		// a ground outside a photo's caption may be a workplace
		{"Velodrome reopens\n\nThe Kelvo National Velodrome reopened on Friday after repairs to its roof.\n\n\"The track is faster than ever,\" said track manager John Doe at the Kelvo National Velodrome.",
			"The track is faster than ever", "John Doe", "Kelvo National Velodrome"},
		// a post before "Hungary's Jane Roe" in another's phrase is not hers
		{"Ministers clash over quotas\n\nIn a letter to the chair of the Kelvo Fisheries Commission, Hungary's Jane Roe said the quotas were \"unworkable for inland states\".",
			"the quotas were \"unworkable for inland states\"", "Jane Roe", ""},
		{"Athletes meet minister\n\nIn a letter to the Minister of Sport, Kenyan marathon runner Jane Roe said athletes \"need a real voice\".",
			"athletes \"need a real voice\"", "Jane Roe", ""},
		// "Pandit" is as often a family name as a style
		{"Bank appoints new chief\n\nSarna Bank has appointed Priya Pandit as chief executive.\n\nMs Pandit, who joins from Kelvo Capital, said: \"The bank has the strongest balance sheet in the region.\"",
			"The bank has the strongest balance sheet in the region.", "Priya Pandit", "Sarna Bank"},
		// a body's "cookies" and "website" in its text are no site's notice
		{"Authority fines Sarna Media over tracking cookies\n\n12 March 2025\n\nThe Kelvania Data Protection Authority has fined Sarna Media Ltd. 2 million euros for placing advertising cookies on visitors to its news website without their consent.\n\n" +
			"The inquiry found that the site set 42 cookies before a visitor could refuse them.\n\nMost of the cookies were set by advertising partners and followed visitors from site to site.\n\n" +
			"In one browser in three, the button to refuse the cookies did not work, inspectors found.\n\nWhat happens next\n\nAn official said the company had ignored three warnings.\n\nCommissioner Jane Roe said the fine should be a warning to every publisher.",
			"the company had ignored three warnings", "official", "Kelvania Data Protection Authority"},
		// a headline's "council chair" where one is styled so: not the
		// chair "of the council" of another council
		{"'Young people need somewhere to go,' says council chair as youth centre opens\n\nKelvo County Council opens youth centre in Easthill\n\n" +
			"KELVO, May 6, 2025 - Kelvo County Council today opened a youth centre in Easthill, the county's first in a decade.\n\n" +
			"The centre was designed with the Easthill Youth Council. John Doe, chair of the council, said members had chosen the furniture and the name.\n\n" +
			"Council chair Jane Roe, who opened the centre, said young people needed somewhere to go after school.",
			"Young people need somewhere to go", "council chair", "Kelvo County Council"},
		// a broadcaster's "Network" and a troupe's "Society" are companies
		{"Kelvo Broadcasting Network signs deal with Sarna Telecom\n\nKELVO, March 4, 2025 - Kelvo Broadcasting Network today agreed with Sarna Telecom Ltd. to carry its channels on Sarna's fibre service. The company's chief executive, Jane Roe, said the deal would bring live sport to two million more homes.",
			"the deal would bring live sport to two million more homes", "Jane Roe", "Kelvo Broadcasting Network"},
		{"Kelvo Opera Society announces new season\n\nKELVO, August 20, 2025 - The Kelvo Opera Society today announced its new season, sponsored by Sarna Energy Ltd. The company's artistic director, Jane Roe, said the season would open with Carmen.",
			"the season would open with Carmen", "Jane Roe", "Kelvo Opera Society"},
		// a town's council whose name opens with a demonym
		{"Trust welcomes library vote\n\nKELVO, April 8, 2025 - The Kelvo Library Trust today welcomed the decision of Indian Creek Town Council to build a new library.\n\nCouncillor Jane Roe, who proposed the plan, said the library would open in 2027.",
			"the library would open in 2027", "Jane Roe", "Indian Creek Town Council"},
	})
	// what was said goes on past "as" in a comparison, a manner or a
	// ticker's line: no cut, no second speaker
	for _, tc := range []struct{ text, want string }{
		{"Bank defends deal\n\nSarna Bank on Monday defended its takeover of Kelvo Savings.\n\nJane Roe, the bank's chief executive, said the deal was not as risky as Kelvo Union says it is.",
			"the deal was not as risky as Kelvo Union says it is"},
		{"Deal done\n\nThe minister said the new fund would be run exactly as Parliament tells it to be run, with no exceptions.",
			"the new fund would be run exactly as Parliament tells it to be run, with no exceptions"},
		{"Council to vote on budget\n\nKelvo Council will vote on its budget on Thursday.\n\nCouncil leader Jane Roe said the council would spend the money as Kelvo Residents Association urges, on roads and libraries first.",
			"the council would spend the money as Kelvo Residents Association urges, on roads and libraries first"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.NotNil(t, quoteWithText(d, tc.want), tc.text)
	}
	// "Updated on:" before no date is a heading, no label
	d := extractLaidOut(t, "Home > News\n\nUpdated on: flood guidance for Kelvo residents\n\nThe Minister for Kelvo Sport, Jane Roe, today published new guidance. \"Every household should read it,\" she said.")
	assert.Equal(t, "Updated on: flood guidance for Kelvo residents", d.Title)
	// a ticker's line under a cookie notice is another story's
	text := "Kelvo | English\nMinistry of Culture\nRepublic of Kelvo\nHOME   ABOUT US   MEDIA CENTRE\n\nThis website uses cookies to ensure you get the best experience. [Got it!]\n\n" +
		"Home » Media Centre » News\n\nLatest: Minister says rail fares will rise in May\n\nHarbour museum opens its doors\n\nDate: 2025-04-14\n\n" +
		"The Kelvo Harbour Museum opened on Monday in the old customs house, the Minister of Culture, Hon. Jane Roe, announced."
	d = extractLaidOut(t, text)
	assert.NotEqual(t, "Jane Roe", speakerOf(t, d, "rail fares will rise in May"))
}

func TestReviewedMisfiresOfSessionThirtyThreeSecondReview(t *testing.T) {
	// Two reviewers' inputs on the rules of ec895b1..c411d93 and
	// ba73c44..c415a83, each a misfire the rule had before it was
	// narrowed.
	checkSaid(t, []saidCase{
		{"SARNA, Iowa, 3 March 2026 - A family farm in Sarna County will close after 90 years, its owners said.\n\n\"We held on as long as we could,\" said Marieke van Roe, 71, who moved to Iowa from the Netherlands in 1978.\n\nHer nephew Kevin Van Roe, who farms the neighbouring land, said he would buy part of the herd.\n\nVan Roe said prices for milk had fallen by a third since 2022.",
			"prices for milk had fallen by a third since 2022", "Kevin Van Roe", ""},
		{"KELVO, 3 March 2026 - Kelvo Staffing reported higher revenue on Tuesday.\n\n\"The recovery is real,\" said Marieke van Roe, Chief Executive Officer of Kelvo Staffing.\n\nVan Roe, an analyst at Sarna Securities who is not related to the chief executive, said the results beat expectations.",
			"the results beat expectations", "Van Roe", "Sarna Securities"},
		{"KELVO, 3 March 2026 - Polling stations in Kelvo will open an hour early on Sunday.\n\n\"Voters should check their station online,\" said Jane Roe of the Kelvo Election Board X team.",
			"Voters should check their station online", "Jane Roe", "Kelvo Election Board"},
		{"KELVOPOLIS, March 3, 2026 – Kelvo Bank reported record profits on Tuesday.\n\n\"This was an exceptional year,\" Thatcher said. \"We will raise the dividend.\"\n\nSarah Thatcher, the bank's chief financial officer, spoke to analysts.",
			"This was an exceptional year", "Sarah Thatcher", "Kelvo Bank"},
		{"KELVOPOLIS, March 3, 2026 – Kelvo Bank reported record profits on Tuesday.\n\n\"This was an exceptional year,\" said Painter & Drummer analyst Jane Roe.",
			"This was an exceptional year", "Jane Roe", "Painter & Drummer"},
		{"RIGA, March 3, 2026 – The Latvian Ministry of Health launched a vaccination campaign.\n\n\"Every child should be protected,\" said Latvia's Deputy Minister of Health Jane Roe.",
			"Every child should be protected", "Jane Roe", "Latvian Ministry of Health"},
		{"KELVOPOLIS, March 3, 2026 – The Kelvopolis Museum of Art opened a new wing on Tuesday.\n\n\"It is a dream come true,\" said Jane Roe, curator of the Kelvopolis exhibition Kelvo Light.",
			"It is a dream come true", "Jane Roe", "Kelvopolis Museum of Art"},
		{"KELVOPOLIS, March 3, 2026 – Kelvotech unveiled three new phones on Tuesday.\n\n\"Our customers asked for longer battery life,\" said Jane Roe, product lead of the Kelvotech flagship phone Zephyr X2.",
			"Our customers asked for longer battery life", "Jane Roe", "Kelvotech"},
		{"KELVOPOLIS, March 3, 2026 – Maestro Foods reported higher sales on Tuesday.\n\n\"Demand for frozen meals keeps growing,\" said Maestro Foods chief executive Jane Roe.",
			"Demand for frozen meals keeps growing", "Jane Roe", "Maestro Foods"},
		{"KELVOPOLIS, March 3, 2026 – Veterans gathered for a health fair.\n\n\"Every veteran should get a check-up,\" said Jane Roe of the Department of Veterans Affairs at Kelvo Medical Center.",
			"Every veteran should get a check-up", "Jane Roe", "Department of Veterans Affairs"},
		{"KELVOPOLIS, March 3, 2026 – Kelvo Bank said it would cut 500 jobs.\n\nThe bank Jane Young ran for a decade has lost customers to online rivals. Its new chief executive, Tom Hale, said branches would close.",
			"branches would close", "Tom Hale", "Kelvo Bank"},
		{"KELVOPOLIS, March 3, 2026 – The Kelvo National Union of Miners (KNUM) signed a wage deal with Kelvo Platinum after three weeks of talks.\n\nKNUM Mpumalanga adviser Jane Roe, a partner at Kelvo Legal, said both sides had compromised.",
			"both sides had compromised", "Jane Roe", "Kelvo Legal"},
		{"KELVOPOLIS, March 3, 2026 – Kelvo Holdings (KH) said its subsidiary Rivermark Insurance returned to profit.\n\n\"Claims fell sharply,\" said KH's Chief Executive of Rivermark Insurance, Jane Roe.",
			"Claims fell sharply", "Jane Roe", "Rivermark Insurance"},
	})
	// what was said ends before the speaker's own refusal or act after
	// "but" or "and"; a numbered label needs its number; columns in a
	// letterhead stay apart
	for _, tc := range []struct{ text, want string }{
		{"KELVO, 3 March 2026 - Police are investigating a break-in at the Kelvo Museum.\n\nMuseum director Jane Roe said her staff had found the door forced open on Monday morning but would not say what had been taken.",
			"her staff had found the door forced open on Monday morning"},
		{"KELVO, 3 March 2026 - Sarna Bank reported its annual results on Tuesday.\n\nChief Executive John Doe said the bank had met its lending targets but could not confirm whether the dividend would be raised.",
			"the bank had met its lending targets"},
		{"KELVO, 3 March 2026 - The Kelvo Farmers Federation met the agriculture minister on Monday.\n\nFederation chair Jane Roe said her members backed the drought plan and handed the minister a petition signed by 4,000 growers.",
			"her members backed the drought plan"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.NotNil(t, quoteWithText(d, tc.want), tc.text)
	}
	d := extractLaidOut(t, "Release Nobel laureate Jane Roe now, UN experts urge Kelvania | Kelvo Human Rights Office\n\nGENEVA, 3 March 2026 - UN human rights experts today called on Kelvania to release Nobel Peace Prize laureate Jane Roe, who has been detained since January.\n\n\"Her detention is arbitrary and must end immediately,\" the experts said.")
	assert.Equal(t, "Release Nobel laureate Jane Roe now, UN experts urge Kelvania", d.Title)
	d = extractLaidOut(t, "Kelvo Ministry of Health\t\t\tKelvo Ministry of Education\n\nJOINT PRESS RELEASE\n\nSchools to offer free vaccinations from April\n\nKELVO, 3 March 2026 - Schools across Kelvo will offer free vaccinations from April.\n\n\"No child should miss a dose,\" said Health Minister Jane Roe.")
	assert.Contains(t, d.Source, "\t")
}

func TestReviewedMisfiresOfSessionThirtyThreeThirdReview(t *testing.T) {
	// A reviewer's inputs on the rules of 6fddfb4..346b8a0, each a misfire
	// the rule had before it was narrowed.
	checkSaid(t, []saidCase{
		{"Kelvale, 3 March 2026 - A new line of plant-based meals will reach supermarkets across Kelvania next month.\n\n\"Our customers asked for this,\" said Jane Roe, chief executive. \"We listened.\"\n\nAbout  Kelvo Foods\nKelvo Foods is a family-owned food company based in Kelvale.",
			"Our customers asked for this", "Jane Roe", "Kelvo Foods"},
		{"Kelvale, 3 March 2026 - A new line of plant-based meals will reach supermarkets across Kelvania next month.\n\n\"Our customers asked for this,\" said Jane Roe, chief executive. \"We listened.\"\n\nAbout Kelvo Foods  Limited\n\nKelvo Foods Limited is a family-owned food company based in Kelvale.",
			"Our customers asked for this", "Jane Roe", "Kelvo Foods Limited"},
		{"Kelvale, 3 March 2026 - Kelvania and Norland signed a fisheries treaty on Monday.\n\n\"Both sides gave ground,\" said Jane Roe, who led the talks as chief negotiator at the Kelvo Ocean Summit.",
			"Both sides gave ground", "Jane Roe", ""},
		{"Kelvale, 3 March 2026 - The national team won the Kelvo Cup on Sunday.\n\n\"I am so proud of these players,\" said Jane Roe, who led the team as captain at the Kelvo Games in 2018.",
			"I am so proud of these players", "Jane Roe", ""},
		{"NEW ROAD WILL BE FINISHED BY JUNE, PM SAYS\n\nKelvale, 3 March 2026 - The Prime Minister on Monday promised that the Kelvale ring road would open by June.\n\n\"The contractor is on schedule,\" said Project Manager John Doe of Kelvo Construction, who showed reporters the site.",
			"NEW ROAD WILL BE FINISHED BY JUNE", "PM", ""},
		{"POLICE WILL NOT TOLERATE RIOTS, CS SAYS\n\nKelvale, 3 March 2026 - The Cabinet Secretary for Interior warned protesters on Monday that the police would act firmly.\n\n\"My officers are ready,\" said Chief Superintendent Jane Roe, the Kelvale police commander.",
			"POLICE WILL NOT TOLERATE RIOTS", "CS", ""},
		{"Kelvale, 3 March 2026 - Kelvo Water launched its ‘Save\nWater’ Campaign on Monday with Mayor Jane Roe.\n\n\"Every drop counts,\" said Roe.",
			"Every drop counts", "Jane Roe", "Kelvo Water"},
		{"The Kelvanian navy opened a new base in Port Kelvale on Friday.\n\n\"This base will change everything for the coast,\" said Vice-Adm. John Doe, the fleet commander.",
			"This base will change everything for the coast", "John Doe", ""},
		{"Audit finds gaps\n\nKelvale, 3 March 2026 - The Public Accounts Committee (PAC) of the Kelvo National Assembly found today that the health ministry could not account for 40 million kelvars.\n\nSpeaking at a press conference, Chairperson Jane Roe said taxpayers \"deserve answers\".",
			"taxpayers \"deserve answers\"", "Jane Roe", "Public Accounts Committee"},
	})
	d := extractLaidOut(t, "Home / Media Centre / Statements\nMINISTRY OF HEALTH WARNS OF HEATWAVE\n\nKelvale, 3 March 2026 - Temperatures will pass 40 degrees this week, the Kelvanian Ministry of Health said on Monday.\n\n\"Stay indoors in the afternoon,\" said Jane Roe, the chief medical officer.")
	assert.Empty(t, d.Source) // the page's headline in capitals under the crumbs, no letterhead
	d = extractLaidOut(t, "Singapore, 3 March 2026 - Kelvo Bank said on Monday it had sold its payments unit to Kelvowise Pte. The price was not disclosed.\n\n\"This sharpens our focus,\" said Jane Roe, chief executive of Kelvo Bank.")
	assert.NotNil(t, quoteWithText(d, "it had sold its payments unit to Kelvowise Pte."))
}

func TestReviewedMisfiresOfSessionThirtyThreeFourthReview(t *testing.T) {
	// A reviewer's inputs on the rules of d9e3985..b956eed, each a misfire
	// the rule had before it was narrowed.
	checkSaid(t, []saidCase{
		{"KELVO, Kelvania, May 4, 2026 — A new coastal trail opened on Monday north of Kelvo.\n\nThe trail was opened by Kelvo Mayor Jane Roe and Kelvo Parks and Wildlife Society volunteers.\n\n\"This trail belongs to everyone,\" said Roe.",
			"This trail belongs to everyone", "Jane Roe", "Kelvo"},
		{"KELVO, Kelvania, June 2, 2026 — Orrin Foods will buy all its barley from Kelvo growers from next year.\n\nThe deal was announced by Orrin Foods Chief Executive Jane Roe and Kelvo Grain and Pulse Growers Association chair Tom Doe at the Kelvo show.\n\n\"Local barley makes better bread,\" Roe said.",
			"Local barley makes better bread", "Jane Roe", "Orrin Foods"},
		{"KELVO, Kelvania, April 2, 2026 — Patent fees for small firms will be cut by half from July.\n\n\"Small firms invent most of what we examine,\" said Jane Roe, a spokesperson for the IPO.",
			"Small firms invent most of what we examine", "Jane Roe", "IPO"},
		{"OSLO, April 2, 2026 — Kelvania's welfare agency will pay benefits weekly from June.\n\n\"People should not wait a month for their money,\" said Jane Roe of NAV.\n\nNAV said the change would cost 40 million crowns a year.",
			"People should not wait a month for their money", "Jane Roe", "NAV"},
		{"KELVO, Kelvania, April 2, 2026 — Kelvo City Council will stream all its meetings live from May.\n\n\"Residents should see every decision we take,\" said Jane Roe, the council's Head of Digital Media & Communications.",
			"Residents should see every decision we take", "Jane Roe", "Kelvo City Council"},
		{"KELVO, Kelvania, April 2, 2026 — Grid spending in Kelvania will double by 2030, Orrin Consulting said in a report on Tuesday.\n\n\"Utilities cannot wait any longer,\" said Jane Roe, who leads the firm's Global Energy & Resources practice.",
			"Utilities cannot wait any longer", "Jane Roe", "Orrin Consulting"},
		{"KELVO, Kelvania, March 3, 2026 — Orrin Foods will buy 8,000 tonnes of kelp a year from Kelvo Seaweed Group under a ten-year deal announced on Tuesday.\n\n\"Demand for Kelvo kelp has never been stronger,\" said Group Chief Executive Jane Roe.",
			"Demand for Kelvo kelp has never been stronger", "Jane Roe", "Kelvo Seaweed Group"},
		{"KELVO, Kelvania, March 3, 2026 — Kelvo Bay Hotels, a subsidiary of Orrin Leisure Group, will open a 200-room resort on the Kelvo coast in 2027.\n\n\"Kelvo is the heart of our growth plan,\" said Group Chairman Tom Doe.",
			"Kelvo is the heart of our growth plan", "Tom Doe", "Orrin Leisure Group"},
	})
}

func TestReviewedMisfiresOfSessionThirtyThreeFifthReview(t *testing.T) {
	// A reviewer's inputs on the rules of d421dcb..001a5bc, each a misfire
	// the rule had before it was narrowed or withdrawn.
	// a person the post serves ("adviser to Vell", "deputy to Admiral
	// Vell") is a person, and "he" can be him
	checkSaid(t, []saidCase{
		{"Finance Minister Tomas Vell on Monday sent the 2026 budget to parliament, and opposition leader Marek Stan called it a failure.\n\n\"We will vote against it,\" Stan said.\n\nJane Roe, senior adviser to Vell, said the minister would meet party leaders on Friday. He will \"listen to every proposal,\" she said.\n\n\"My door is open,\" he said later.",
			"My door is open", "Tomas Vell", ""},
		{"KELVO CITY, June 3 (Kelvo Daily) - Kelvo Mining Corp chief executive Tomas Vell will step down at the end of the year, the company said on Tuesday. Analyst Marek Stan of Selna Capital called the move overdue.\n\nJane Roe, a longtime deputy to Vell, will take over as interim chief executive, the company said.\n\n\"It has been the privilege of my life,\" he said in a letter to staff.",
			"It has been the privilege of my life", "Tomas Vell", "Kelvo Mining Corp"},
	})
	assert.NotEqual(t, "Jane Roe", saidBy(t, extractLaidOut(t, "The Kelvo Coast Guard on Monday rescued 14 fishermen whose trawler sank off Selna Point.\n\nCommodore Jane Roe, deputy to Admiral Vell of the Kelvo Coast Command, read out a message from the admiral to the crews. \"Every one of them came home because of you,\" he said in the message."), "Every one of them came home because of you").Name)
	// "the guild said" and its kind after another body of that kind, or
	// after a place with "Guild" inside a word, is not the body named first
	assert.NotEqual(t, "Kelvo Federation of Trade Unions", saidBy(t, extractLaidOut(t, "Kelvo Federation of Trade Unions on Monday rejected a proposal to freeze the minimum wage for two years.\n\n\"Workers cannot carry this alone,\" said Jane Roe, the federation's president.\n\nThe employers' federation said a freeze was the only way to protect jobs."), "a freeze was the only way to protect jobs").Name)
	assert.NotEqual(t, "Kelvo Bankers Association", saidBy(t, extractLaidOut(t, "The Kelvo Bankers Association on Tuesday published its annual report on household lending in Selna.\n\nIn a separate statement, the residents' association said rising rents were pushing families out of the old town."), "rising rents were pushing families out of the old town").Name)
	assert.NotEqual(t, "Kelvo Writers Guild", saidBy(t, extractLaidOut(t, "The Kelvo Writers Guild on Tuesday signed a new contract with the country's three largest publishers.\n\n\"This contract sets a floor for every author,\" said Jane Roe, the guild's president.\n\nThe actors' guild said it would seek similar terms when its own contract expires in March."), "it would seek similar terms when its own contract expires in March").Name)
	assert.NotEqual(t, "Guildmoor District Council", saidBy(t, extractLaidOut(t, "Guildmoor District Council on Tuesday approved plans to turn the old wool market into a crafts centre.\n\nA local weavers' guild, which has used the building since 1962, had opposed the plans.\n\nThe guild said it would ask the council to guarantee its members a workshop in the new centre."), "it would ask the council to guarantee its members a workshop in the new centre").Name)
	assert.NotEqual(t, "Guildmoor District Council", saidBy(t, extractLaidOut(t, "The Kelvo Craft Guild has won a grant to restore the old wool market in Guildmoor.\n\n\"This building is our history,\" said Jane Roe, the guild's chair.\n\nThe grant was approved by Guildmoor District Council on Tuesday. The guild said work would start in September."), "work would start in September").Name)
	// a teaser for another story by the headline is no quotation of this
	// release
	for _, q := range extractLaidOut(t, "New Timetable for Selna Line Starts in July | Kelvo Rail Authority\n\nTrending: ‘We Will Not Strike,’ Union Tells Riders\n\nJune 3, 2025 | Timetables | Press Office\n\nThe Kelvo Rail Authority on Tuesday published a new timetable for the Selna line that will take effect on July 1.\n\n\"Trains will run every ten minutes at peak hours,\" said Jane Roe, the authority's operations director.").Quotes {
		assert.NotContains(t, q.Text, "Not Strike")
	}
	for _, q := range extractLaidOut(t, "Kelvo Rail Authority\n\nNew timetable for Selna line starts in July\n\nRelated: Fares must rise, union says\n\n3 June 2025 | News\n\nThe Kelvo Rail Authority on Tuesday published a new timetable for the Selna line that will take effect on July 1.\n\n\"Trains will run every ten minutes at peak hours,\" said Jane Roe, the authority's operations director.").Quotes {
		assert.NotContains(t, q.Text, "Fares must rise")
	}
	// a dated bar names a section and a desk; an event's date and venue,
	// or the issuer itself, last in the bar, are read as such
	assert.Equal(t, "2025-06-03", extractLaidOut(t, "Solar Tender Opens for 400 Megawatts | Kelvo Ministry of Energy\n\nUpcoming event\n\nJune 10, 2025 | Kelvo Energy Forum | Selna Convention Centre\n\nSELNA, June 3, 2025 — The Kelvo Ministry of Energy on Tuesday announced a tender for 400 megawatts of solar power.\n\n\"This tender will double our solar capacity,\" said Energy Minister Jane Roe.").Date)
	assert.Equal(t, "Kelvo Mining Corp", extractLaidOut(t, "June 3, 2025 | Press Release | Kelvo Mining Corp\n\nKelvo Mining Corp said on Tuesday that output at its Selna copper mine rose 12 percent in the second quarter, helped by a new mill supplied by Arvex Engineering.\n\nArvex Engineering, which built the mill, said the plant ran at full capacity in May.\n\n\"We expect the rest of the year to be just as strong,\" the company said in a statement.\n\n\"Our teams delivered,\" said Jane Roe, chief executive.").Source)
}

func TestReviewedMisfiresOfSessionThirtyFourFirstReview(t *testing.T) {
	// A reviewer's inputs on the rules of bc46f9d..92e1cda, each a misfire
	// the rule had before it was narrowed or withdrawn.
	checkSaid(t, []saidCase{
		// "Presenter" opening the next sentence took her title away
		{"Kelvo TV unveiled its autumn schedule on Monday.\n\n\"It is our boldest season yet,\" said Jane Roe, the channel's executive producer for drama. Presenter John Doe will host the new quiz show.",
			"It is our boldest season yet", "Jane Roe", "Kelvo TV"},
		// a bank's unit after its name is no part of it
		{"Kelvania's central bank held rates on Tuesday.\n\n\"We expect a cut in March,\" said John Doe, chief economist at Kelvale lender Arvex Bank Global Research.",
			"We expect a cut in March", "John Doe", "Arvex Bank"},
		{"Kelvania's central bank held rates on Tuesday.\n\n\"We expect a cut in March,\" said John Doe, a strategist at Kelvale investment bank Arvex Capital Fixed Income Strategy.",
			"We expect a cut in March", "John Doe", "Arvex Capital"},
		// a ward named "Water Park" is a place
		{"Kelvale council approves new stadium.\n\nKELVALE, 4 May 2025 – The Kelvale City Council approved plans for a 20,000-seat stadium on Monday.\n\n\"The traffic will be a nightmare,\" said John Doe, a councillor for Selna Water Park ward.",
			"The traffic will be a nightmare", "John Doe", "Kelvale City Council"},
		{"Flood hits Kelvale suburbs.\n\nKELVALE, 4 May 2025 – Heavy rain flooded 300 homes overnight, the Kelvale City Council said.\n\n\"The water came up to my knees,\" said Jane Roe, a resident of Kelvo Water Park.",
			"The water came up to my knees", "Jane Roe", ""},
		// "The Council's" after another council named in full in the sentence before
		{"Heritage body objects to market hall demolition.\n\nNational Council for Kelvo Heritage\n\n22 October 2025\n\nKELVALE - The National Council for Kelvo Heritage (NCKH) on Wednesday objected to plans by Kelvale City Council to demolish the old market hall.\n\nKelvale City Council approved the demolition last week. The Council's planning director, Jane Roe, defended the decision, saying the hall was unsafe.\n\nNCKH chair John Doe said the city had ignored two independent surveys.",
			"the hall was unsafe", "Jane Roe", "Kelvale City Council"},
	})
	// a title a known word opens inside a longer one keeps the body's possessive
	assert.Contains(t, saidBy(t, extractLaidOut(t, "Kelvo Radio announced its new breakfast show on Monday.\n\n\"We wanted a fresh voice,\" said Jane Roe, Kelvo Radio's presenter development manager."), "We wanted a fresh voice").Titles, "Kelvo Radio's presenter development manager")
	// a span of years, a name with a year, a season before a dash are no dateline
	assert.Equal(t, "Jane Roe", saidBy(t, extractLaidOut(t, "Kelvo Ltd named a new chair on Monday.\n\nJane Roe (CEO 2015–2025) said the board had made \"an excellent choice\" and that the company was \"in safe hands\"."), "the board had made \"an excellent choice\" and that the company was \"in safe hands\"").Name)
	assert.Equal(t, "Kelvale 2030", saidBy(t, extractLaidOut(t, "Kelvania won the bid to host the Games.\n\nKelvale 2030 – the committee that led the bid – said it was \"overjoyed\" and thanked the public."), "it was \"overjoyed\"").Name)
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "The Kelvo Cup final was played on Sunday.\n\nKelvo United 2025 – 2026 Cup winners – said in a statement that the victory was \"for the fans\"."), "the victory was \"for the fans\""))
	// a year or a measure is no telephone's number; "choose" and "enter" take ideas too
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "Kelvania's finance minister presented the budget on Tuesday.\n\nOpposition leader Jane Roe attacked the plan, calling 2025 \"a lost year for working families\"."), "2025 \"a lost year for working families\""))
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "Police in Kelvale charged a driver after a crash on the ring road.\n\nChief Inspector Jane Roe called the driver's speed, at 180 kilometres per hour, \"utterly reckless\"."), "the driver's speed, at 180 kilometres per hour, \"utterly reckless\""))
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "Kelvania goes to the polls on Sunday.\n\nOpposition leader Jane Roe wants voters to choose \"hope over fear\" this weekend."), "voters to choose \"hope over fear\" this weekend"))
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "Kelvo Ltd opened its new headquarters on Monday.\n\nChief executive Jane Roe believes the firm will now enter \"a golden decade of growth\"."), "the firm will now enter \"a golden decade of growth\""))
	// a shadow minister speaks for no ministry
	assert.Empty(t, saidBy(t, extractLaidOut(t, "Rhino count\n\nKELVALE - The rhino population has reached 812, the Department of Wildlife Reserves said on Monday.\n\nThe Opposition's Shadow Minister for Forests, Soil and Wildlife, Mr. John Doe, said in Parliament that the government had cut ranger numbers.\n\nAbout the Office of the Leader of the Opposition\nThe Office of the Leader of the Opposition supports the Opposition in Parliament. It has criticised the Ministry of Forests, Soil and Wildlife."), "the government had cut ranger numbers").Organization.Name)
	// a headline in capitals that ends with a body's letters is no letterhead
	assert.Empty(t, extractLaidOut(t, "KELVANIA JOINS THE WORLD HEALTH ORGANIZATION (WHO)\n\nKELVALE, 4 May 2025 – Kelvania today became the newest member of the World Health Organization, the Kelvania Ministry of Health said.\n\n\"This is a proud day for our doctors and nurses,\" said Minister of Health Jane Roe.").Source)
	assert.Empty(t, extractLaidOut(t, "KELVO BANK SIGNS LOAN WITH ASIAN DEVELOPMENT BANK (ADB)\n\nKELVALE, 4 May 2025 – Kelvo Bank has signed a $200 million loan agreement with the Asian Development Bank to fund small businesses.\n\n\"Small firms are the backbone of our economy,\" said Kelvo Bank chief executive Jane Roe.").Source)
	assert.Empty(t, extractLaidOut(t, "PRESIDENT OPENS NEW KELVALE INTERNATIONAL AIRPORT (KIA)\n\nKELVALE, 4 May 2025 – President John Doe on Monday opened the new Kelvale International Airport, built by the Kelvania Airports Authority.\n\n\"This airport connects Kelvania to the world,\" said the authority's chief executive, Jane Roe.").Source)
	// "Council said" after another council named in full is not the issuer
	assert.NotEqual(t, "Intergovernmental Council for Kelvo Bats", saidBy(t, extractLaidOut(t, "Kelvale City Council responds to heritage report.\n\nIntergovernmental Council for Kelvo Bats\n\n22 October 2025\n\nGENEVA - The Intergovernmental Council for Kelvo Bats (ICKB) said on Wednesday that bat roosts in the old Kelvale market hall must be protected before any demolition.\n\nKelvale City Council, which owns the hall, said it would commission a survey. Council said the hall was unsafe and would close in December."), "the hall was unsafe and would close in December").Name)
	// lines of a telephone's number, a page's counts and dates are no figures inside the release
	for _, q := range extractLaidOut(t, "Home\nNews\nAbout us\nServices\nContact\nCareers\nSearch\n\nKelvo Water opens new treatment plant\n\nKELVALE, 12 March 2025 – Kelvo Water today opened a new water treatment plant in Kelvale, which will serve 40,000 households in the north of the region.\n\n\"This plant secures clean water for a generation,\" said Jane Roe, chief executive of Kelvo Water. \"It was finished on time and on budget.\"\n\nThe plant cost 48 million kelvs and was built by Arvex Construction over two years.\n\nMedia contact\nTel: 0800 555 010\nFax: 0800 555 011\nMobile: 0712 555 012\nEmail: press@kelvowater.example\nRelated news\n\nSelna Council warns of drought risk as reservoir levels fall below half across the southern catchment this summer.\n\n\"We are asking every household to cut use by a fifth,\" said John Doe, mayor of Selna. \"Hosepipes should stay in the shed until autumn.\"\n\nPrivacy\nTerms\nAccessibility\nFollow us").Quotes {
		assert.NotContains(t, q.Text, "We are asking every household")
	}
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "Home\nNews\nAbout us\nServices\nContact\nCareers\nSearch\n\nKelvo Water opens new treatment plant\n\nKELVALE, 12 March 2025 – Kelvo Water today opened a new water treatment plant in Kelvale, which will serve 40,000 homes in the north of the region.\n\n\"This plant secures clean water for a generation,\" said Jane Roe, chief executive of Kelvo Water. \"It was finished on time.\"\n\nShare this\nFacebook\nTwitter\nLinkedIn\nEmail\n\nSelna Council warns of drought risk as reservoir levels fall below half this summer.\n\n\"We are asking every household to cut use by a fifth,\" said John Doe, mayor of Selna.\n\nDrought hotlines\nTel: 0800 555 010\nFax: 0800 555 011\nHelpline: 0800 555 012\nEmergency: 999\n\nKelvo Rail strike called off after late-night talks between the union and management.\n\n\"We have a deal our members can accept,\" said union leader Mary Major.\n\nPrivacy\nTerms\nAccessibility\nFollow us"), "This plant secures clean water for a generation"))
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "Home\nNews\nAbout us\nServices\nContact\nCareers\nSearch\n\nKelvo Water opens new treatment plant\n\nKELVALE, 12 March 2025 – Kelvo Water today opened a new water treatment plant in Kelvale, which will serve 40,000 homes in the north of the region.\n\n\"This plant secures clean water for a generation,\" said Jane Roe, chief executive of Kelvo Water. \"It was finished on time.\"\n\nShare this\nFacebook\nTwitter\nLinkedIn\nEmail\n\nSelna Council warns of drought risk as reservoir levels fall below half this summer.\n\n\"We are asking every household to cut use by a fifth,\" said John Doe, mayor of Selna.\n\nPosted: 10 March 2025\nComments: 12\nViews: 1204\nRead time: 3 min\n\nKelvo Rail strike called off after late-night talks between the union and management.\n\n\"We have a deal our members can accept,\" said union leader Mary Major.\n\nPosted: 8 March 2025\nComments: 4\nViews: 877\nRead time: 2 min\n\nPrivacy\nTerms\nAccessibility\nFollow us"), "This plant secures clean water for a generation"))
}

func TestReviewedMisfiresOfSessionThirtyFourSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of 6439917..cc613e1, each a misfire
	// the rule had before it was narrowed or withdrawn.
	// a headline over the label is no body's long name, nor its office
	for _, tc := range []struct{ text, title string }{
		{"Arvex Bank in Kelvale reports record first-quarter profit\n\nPress release\n\nKELVALE, 12 May 2025 – Arvex Bank today reported a record first-quarter profit of $120 million.\n\n“Lending held up well,” said chief executive Jane Roe.", "Arvex Bank in Kelvale reports record first-quarter profit"},
		{"Office of the Kelvo Ombudsman finds serious failures in prison health care\n\nMedia release\n\nKELVALE, 12 May 2025 – The Office of the Kelvo Ombudsman today published its report on health care in Kelvale prison.\n\n“Prisoners waited weeks for basic treatment,” said Ombudsman Jane Roe.", "Office of the Kelvo Ombudsman finds serious failures in prison health care"},
	} {
		assert.Equal(t, tc.title, extractLaidOut(t, tc.text).Title)
	}
	// a headline in title case over the label is no letterhead; a named
	// rescue, an "FM" contract, a generic unit before "at", a given name
	// in "-ory"/"-ence"/"-ity", a company in "-acy" and another body's
	// Secretary-General leave the speaker's body as it was
	checkSaid(t, []saidCase{
		{"Kelvo Red Cross Society in Selna Launches Flood Appeal\n\nPRESS RELEASE\n\nSELNA, 12 May 2025 – The Kelvo Red Cross Society today launched an appeal for families hit by floods in Selna.\n\n“The need is enormous,” said Secretary-General Jane Roe.",
			"The need is enormous", "Jane Roe", "Kelvo Red Cross Society"},
		{"Kelvo Chamber of Commerce in Selna Welcomes New Port Investment\n\nMedia Release\n\nSELNA, 12 May 2025 – The Kelvo Chamber of Commerce today welcomed the government's decision to expand Selna port.\n\n“This will create thousands of jobs,” said chamber president Jane Roe.",
			"This will create thousands of jobs", "Jane Roe", "Kelvo Chamber of Commerce"},
		{"KELVALE, 12 May 2025 – Kelvo Fire Service today praised the crews who freed a horse trapped in mud.\n\nThe Great Kelvo Horse Rescue was filmed by onlookers. “Our crews were superb,” said Chief Fire Officer Jane Roe.",
			"Our crews were superb", "Jane Roe", "Kelvo Fire Service"},
		{"KELVALE, 12 May 2025 – The Kelvo Mountaineering Club today opened a new training hut below Selna Peak.\n\nThe Selna Peak Rescue last winter involved 30 club volunteers. “We train for days like that,” said club president Jane Roe.",
			"We train for days like that", "Jane Roe", "Kelvo Mountaineering Club"},
		{"KELVALE, 12 May 2025 – Arvex Mining today completed its rescue drill at the Selna mine.\n\nThe Selna Mine Rescue exercise tested 60 staff. “Safety is our first value,” said chief executive Jane Roe.",
			"Safety is our first value", "Jane Roe", "Arvex Mining"},
		{"KELVALE, 12 May 2025 – Arvex Services today said it has won a five-year cleaning and maintenance contract.\n\nThe Kelvale General Hospital FM contract is worth $40 million. “It is our largest win this year,” said chief executive Jane Roe.",
			"It is our largest win this year", "Jane Roe", "Arvex Services"},
		{"KELVALE, 12 May 2025 – Surgeons in Kelvale today performed the country's first robotic liver transplant.\n\n“This opens a new chapter for our patients,” said Dr Jane Roe, director of the Transplant Centre at Kelvomed.",
			"This opens a new chapter for our patients", "Jane Roe", "Kelvomed"},
		{"KELVALE, 12 May 2025 – A new study on coastal erosion was published on Monday.\n\n“The coastline is retreating faster than we thought,” said Jane Roe, dean of the Business School at Kelvara.",
			"The coastline is retreating faster than we thought", "Jane Roe", "Kelvara"},
		{"KELVALE, 12 May 2025 – A new study on coastal erosion was published on Monday.\n\n“The coastline is retreating faster than we thought,” said Jane Roe, head of the Marine Science Institute at Zentrix.",
			"The coastline is retreating faster than we thought", "Jane Roe", "Zentrix"},
		{"KELVALE, 12 May 2025 – Kelvo Rowing Club today opened its new boathouse on the Selna river.\n\n“This is a great day for the club,” said Gregory Bishop, the club treasurer.",
			"This is a great day for the club", "Gregory Bishop", "Kelvo Rowing Club"},
		{"KELVALE, 12 May 2025 – Kelvo Rowing Club today opened its new boathouse on the Selna river.\n\n“This is a great day for the club,” said Florence Judge, the club treasurer.",
			"This is a great day for the club", "Florence Judge", "Kelvo Rowing Club"},
		{"KELVALE, 12 May 2025 – Kelvo Rowing Club today opened its new boathouse on the Selna river.\n\n“This is a great day for the club,” said Lawrence Dean, the club treasurer.",
			"This is a great day for the club", "Lawrence Dean", "Kelvo Rowing Club"},
		{"KELVALE, 12 May 2025 – Kelvo Rowing Club today opened its new boathouse on the Selna river.\n\n“This is a great day for the club,” said Mallory Chancellor, the club treasurer.",
			"This is a great day for the club", "Mallory Chancellor", "Kelvo Rowing Club"},
		{"KELVALE, 12 May 2025 – Kelvacy, a Selna-based maker of generic medicines, today opened a new plant in Kelvale.\n\n“We are proud to invest here,” said Jane Roe, chief executive of Kelvacy.",
			"We are proud to invest here", "Jane Roe", "Kelvacy"},
		{"KELVALE, 12 May 2025 – Kelvo Rowing Club today opened its new boathouse on the Selna river.\n\n“This is a great day for the club,” said club treasurer Felicity Provost.",
			"This is a great day for the club", "Felicity Provost", "Kelvo Rowing Club"},
		{"KELVALE, 12 May 2025 – The Kelvo Trade Union Congress (KTUC) today called for a national minimum wage review.\n\n“Workers cannot wait another year,” said Secretary-General Jane Roe.\n\nThe congress has invited the Secretary-General of the Selna Employers Federation to talks next week.",
			"Workers cannot wait another year", "Jane Roe", "Kelvo Trade Union Congress"},
		{"KELVALE, 12 May 2025 – The Kelvo Public Health Agency today launched a measles vaccination drive.\n\n“Every child deserves protection,” said Director-General Jane Roe. She will meet the Director-General of the Selna Health Institute in June to compare results.",
			"Every child deserves protection", "Jane Roe", "Kelvo Public Health Agency"},
		{"KELVALE, 12 May 2025 – The Kelvo Red Cross Society today opened a flood relief appeal.\n\n“The need is enormous,” said Secretary-General Jane Roe.\n\nJohn Doe, the Secretary-General of the Selna Red Crescent, pledged support.",
			"The need is enormous", "Jane Roe", "Kelvo Red Cross Society"},
		{"KELVALE, 12 May 2025 – The Kelvo Red Cross Society today opened a flood relief appeal.\n\n“The need is enormous,” said Secretary-General Jane Roe.\n\nThe Secretary-General of the Selna Red Crescent, Mr. John Doe, pledged support.",
			"The need is enormous", "Jane Roe", "Kelvo Red Cross Society"},
	})
	// a quotation after a semicolon that goes on with the clause before
	assert.Equal(t, "Jane Roe", saidBy(t, extractLaidOut(t, "KELVALE, 12 May 2025 – The Kelvo Nurses Union rejected the government pay offer on Monday.\n\nUnion president Jane Roe told members the offer was too low; it would leave nurses “worse off than in 2019.”"), "worse off than in 2019.").Name)
	assert.Equal(t, "Jane Roe", saidBy(t, extractLaidOut(t, "Kelvo Ports Minister Jane Roe backs Selna harbour plan; “a game changer for the north”\n\nKELVALE, 12 May 2025 – Kelvo Ports Minister Jane Roe on Monday backed plans for a deep-water harbour at Selna."), "a game changer for the north").Name)
}

func TestReviewedMisfiresOfSessionThirtyFourThirdReview(t *testing.T) {
	// A reviewer's inputs on the rules of 2020784..6c67827, each a misfire
	// the rule had before it was narrowed or withdrawn.
	// "the airline" (withdrawn) is no body whose name holds or ends in
	// "Airline", "Air" or "Aviation"
	assert.NotEqual(t, "Kelvania Airline Pilots Association", saidBy(t, extractLaidOut(t, "KELVOPOLIS, March 3, 2025 — Pilots at Selna Airways will strike on Friday, the Kelvania Airline Pilots Association said on Monday.\n\nTalks broke down over pay. “We remain open to talks with the union at any time,” the airline said in a statement.\n\n“Our members are exhausted,” said Jane Roe, president of the Kelvania Airline Pilots Association."), "We remain open to talks with the union at any time").Name)
	assert.NotEqual(t, "Kelvania Clean Air", saidBy(t, extractLaidOut(t, "KELVOPOLIS, March 3, 2025 — Campaigners from Kelvania Clean Air protested on Monday outside the headquarters of budget carrier SkyKel over its plans for new night flights.\n\nAbout 200 people took part. “Night flights are essential to our business model,” the airline said in a statement.\n\n“Residents deserve to sleep,” said Jane Roe, director of Kelvania Clean Air."), "Night flights are essential to our business model").Name)
	assert.NotEqual(t, "Kelvo Aviation", saidBy(t, extractLaidOut(t, "KELVOPOLIS, March 3, 2025 — Budget carrier SkyKel has grounded six jets after a dispute with its lessor, Kelvo Aviation, over unpaid rent.\n\nThe grounding hit about 4,000 passengers. “We are working to restore a full schedule by the weekend,” the airline said in a statement.\n\n“We regret that it came to this,” said John Doe, a spokesman for Kelvo Aviation."), "We are working to restore a full schedule by the weekend").Name)
	assert.NotEqual(t, "Ministry of Transport and Civil Aviation", saidBy(t, extractLaidOut(t, "KELVOPOLIS, March 3, 2025 — The Ministry of Transport and Civil Aviation has ordered budget carrier SkyKel to refund passengers whose flights were cancelled last week.\n\nMore than 300 flights were cancelled. “We will comply with the order,” the airline said in a statement.\n\n“Passengers come first,” said Jane Roe, the Minister of Transport and Civil Aviation."), "We will comply with the order").Name)
	assert.NotEqual(t, "Arvex Aviation", saidBy(t, extractLaidOut(t, "KELVOPOLIS, March 3, 2025 — SkyKel has ordered 20 turboprops from Kelvanian planemaker Arvex Aviation, the carrier said on Monday.\n\nThe first aircraft will arrive next year. “These planes will let us open ten new routes,” the airline said in a statement.\n\n“SkyKel is a great partner,” said John Doe, chief executive of Arvex Aviation."), "These planes will let us open ten new routes").Name)
	// "brig.", "CDR.", "CPL." end a sentence: the quotation after keeps its bounds
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "KELVOPOLIS, March 3, 2025 — Kelvo Carbon has raised 40 million kelvars to build its first plant.\n\nThe start-up, led by chief executive John Doe, plans to sell credits from CDR. “Buyers want permanence, and we can offer it,” said Jane Roe, a partner at Arvex Ventures, which led the round."), "Buyers want permanence, and we can offer it"))
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "KELVOPOLIS, March 3, 2025 — A museum in Kelvo Harbour has restored an 1840s sailing ship.\n\nVisitors can now tour the captain's cabin aboard the brig. “It took us six years,” said Jane Roe, the museum's curator."), "It took us six years"))
	assert.NotNil(t, quoteWithText(extractLaidOut(t, "KINGSTON, March 3, 2025 — Kelvo Telecom has signed a three-year deal to sponsor the CPL.\n\nThe company will put its logo on every team shirt in the CPL. “Cricket is the heartbeat of the region,” said Jane Roe, marketing director of Kelvo Telecom."), "Cricket is the heartbeat of the region"))
	// "within" a document, an event or a settlement names no body; a
	// person after her trade and country is no body, nor a peacemaker, nor
	// a coffeemaker
	checkSaid(t, []saidCase{
		{"KELVOPOLIS, March 3, 2025 — Kelvania and Arvexia agreed on Monday to extend their ceasefire by six months.\n\nThe truce has largely held since May. “This gives the talks room to breathe,” said Jane Roe, the senior gender adviser within the Kelvo Peace Agreement.",
			"This gives the talks room to breathe", "Jane Roe", ""},
		{"KELVOPOLIS, March 3, 2025 — Kelvania's top court on Monday struck down a law limiting public protests.\n\nThe ruling was unanimous. “The right to assemble is protected, full stop,” said Jane Roe, a professor of rights within the Kelvanian Constitution.",
			"The right to assemble is protected, full stop", "Jane Roe", ""},
		{"KELVOPOLIS, March 3, 2025 — Young people from 40 countries called on Monday for a tax on private jets.\n\nThe call came on the second day of talks. “We are the ones who will live with the heat,” said Jane Roe, a youth delegate within the Kelvopolis Climate Summit.",
			"We are the ones who will live with the heat", "Jane Roe", ""},
		{"KELVOPOLIS, March 3, 2025 — Food rations for refugees in the north will be cut by a third next month, aid agencies warned.\n\nThe cuts follow a drop in donor funding. “Children are already going to bed hungry,” said Jane Roe, a teacher within the Kelvo Hills Refugee Settlement.",
			"Food rations for refugees in the north will be cut by a third next month", "aid agencies", ""},
		{"LONDON, March 3, 2025 — Plans for 400 homes on the edge of Kelvo Green were approved on Monday.\n\nLocal residents had opposed the scheme. “These are homes that young families badly need,” said John Doe, a spokesman for the British property developer Jane Roe.",
			"These are homes that young families badly need", "John Doe", "United Kingdom"},
		{"KELVOPOLIS, March 3, 2025 — A court in Kelvopolis on Monday cleared the documentary “Dry Rivers” for release after a two-year legal fight.\n\nThe film follows three farming families. “This is a victory for free expression,” said John Doe, a spokesman for the Brazilian producer Jane Roe.",
			"This is a victory for free expression", "John Doe", "Brazil"},
		{"OSLO, March 3, 2025 — Talks between the government of Kelvania and rebel groups will resume next week in Oslo.\n\nBoth sides have agreed to a ceasefire. “There is real goodwill in the room,” said John Doe, a spokesman for the Norwegian peacemaker Jane Roe.",
			"to a ceasefire", "Both sides", ""},
		{"KELVOPOLIS, March 3, 2025 — Kelvo Home Appliances on Monday launched a coffee machine that grinds beans to order.\n\nThe machine will sell for 299 kelvars. “We spent three years getting the grind right,” said Jane Roe, lead designer of the coffeemaker Brewster X2.",
			"We spent three years getting the grind right", "Jane Roe", ""},
	})
}

func TestReviewedMisfiresOfSessionThirtyFiveFirstReview(t *testing.T) {
	// A reviewer's inputs on the rules of 89e32b3..48c7cd6, each a misfire
	// the rule had before it was narrowed.
	// An infinitive after a parenthetical attribution goes on, not a noun
	// of the hearers' response nor "to date"
	for _, text := range []string{
		"KELVO HARBOUR WORKERS UNION\n\nKELVALE, 4 March 2024 - The union called for reform on Monday.\n\nThe strike will go ahead, Jane Roe said, to applause.",
		"KELVO HARBOUR WORKERS UNION\n\nKELVALE, 4 March 2024 - The union called for reform on Monday.\n\nThe strike will go ahead, Jane Roe said, to applause from members.",
		"KELVO HARBOUR WORKERS UNION\n\nKELVALE, 4 March 2024 - The union called for reform on Monday.\n\nThe strike will go ahead, Jane Roe said, to date the largest in the port.",
	} {
		assert.NotNil(t, quoteWithText(extractLaidOut(t, text), "The strike will go ahead"), text)
	}
	// a credit union's "the company" is itself: no trade union's release
	sp := saidBy(t, extractLaidOut(t, "KELVO TEACHERS CREDIT UNION\n\nKELVALE, 3 March 2024 - Kelvo Teachers Credit Union partnered with Kelvo Insurance Ltd.\n\n\"Our members' savings are safe,\" said the company's Human Resources Director, John Doe."), "Our members' savings are safe")
	assert.Equal(t, "Kelvo Teachers Credit Union", sp.Organization.Name)
}

func TestReviewedMisfiresOfSessionThirtyFiveSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of 60cbc6e..3e9e81c, each a misfire
	// the rule had before it was narrowed.
	// an island's word ends a place only after a preposition of place: a
	// family name stays a person's
	sp := saidBy(t, extractLaidOut(t, "Kelvale Tourism\n\nResort opens\n\nKELVALE, 3 March 2026 - The organization announced a new program today.\n\n\"We are proud,\" said Ada Island, the resort manager."), "We are proud")
	assert.Equal(t, "Ada Island", sp.Name)
	assert.Contains(t, sp.Titles, "resort manager")
	// a councillor in a company's release: not where the text names a
	// nation beside the city, nor a former councillor, nor a regional one
	for _, text := range []string{
		"Kelvale Transit Corp\n\nTransit expands\n\nKELVALE, 3 March 2026 - Kelvale Transit Corp announced a new route in the City of Marchmont.\n\nThe route also reaches the Bigstone Cree Nation.\n\n\"This helps our members,\" Councillor Jane Roe said.",
		"Kelvale Transit Corp\n\nTransit expands\n\nKELVALE, 3 March 2026 - Kelvale Transit Corp announced a new route in the City of Marchmont.\n\n\"This helps our members,\" said Kelvale Transit Corp board member and former Councillor Jane Roe.",
		"Kelvale Transit Corp\n\nTransit expands\n\nKELVALE, 3 March 2026 - Kelvale Transit Corp announced a new route in the City of Marchmont.\n\nThe route ends at Marchmont Regional District.\n\n\"This helps our members,\" said Regional Councillor Jane Roe.",
	} {
		assert.NotEqual(t, "City of Marchmont", saidBy(t, extractLaidOut(t, text), "This helps our members").Organization.Name, text)
	}
	// capitalized words after "at": a department's or a holiday's name is
	// no workplace
	for _, text := range []string{
		"Kelvale Tourism\n\nResort opens\n\nKELVALE, 3 March 2026 - The organization announced a new program today.\n\n\"Come by,\" said Jane Roe, head of outreach at Human Resources.",
		"Kelvale Tourism\n\nResort opens\n\nKELVALE, 3 March 2026 - The organization announced a new program today.\n\n\"Come by,\" said Jane Roe, manager at New Year.",
	} {
		o := saidBy(t, extractLaidOut(t, text), "Come by").Organization.Name
		assert.NotEqual(t, "Human Resources", o, text)
		assert.NotEqual(t, "New Year", o, text)
	}
}

func TestReviewedMisfiresOfSessionThirtyFiveThirdReview(t *testing.T) {
	// A reviewer's inputs on the rules of 87dabbb..9ca84da, each a misfire
	// the rule had before it was narrowed.
	// "At the X in Y," right after the dateline opens the sentence's main
	// clause: the workplace
	sp := saidBy(t, extractLaidOut(t, "Ministry of Health\nPress Release\nHospital upgrade\nKELVALE, 3 March 2026 - At the University Hospital in Kingston, Dr. Jane Roe, chief of surgery, said \"The new theatre will save lives.\""), "The new theatre will save lives.")
	assert.Equal(t, "University Hospital", sp.Organization.Name)
	// an officer heading another force's unit is no officer of the force
	// issuing
	sp = saidBy(t, extractLaidOut(t, "Greater Kelvale Police\nPress Release\nFraud warning\nKELVALE, 3 March 2026 - Detective Chief Inspector Jane Roe, head of the Metropolitan Police Cyber Crime Unit, said \"We shared intelligence.\""), "We shared intelligence.")
	assert.NotEqual(t, "Greater Kelvale Police", sp.Organization.Name)
	// a person's name and initials in parentheses are no body's
	sp = saidBy(t, extractLaidOut(t, "Ministry of Justice\nPress Release\nParty leader speaks\nKELVALE, 3 March 2026 - The party leader (John Doe, JD) said \"We will win.\" \"JD is ready,\" said Ms. Jane Roe, JD spokesperson."), "JD is ready")
	assert.NotEqual(t, "John Doe", sp.Organization.Name)
}

func TestReviewedMisfiresOfSessionThirtyFiveFourthReview(t *testing.T) {
	// A reviewer's inputs on the rules of 1c76be6..9dfb823, each a misfire
	// the rule had before it was narrowed or withdrawn.
	// "Gogo" as a style (withdrawn): a given name stays in the name
	assert.Equal(t, "Gogo Yamada", saidBy(t, extractLaidOut(t, "ORBIT NEWS\nPress Release\n\n\"Our ratings rose,\" said Gogo Yamada, head of Gogo Studios in Tokyo."), "Our ratings rose").Name)
	// a delegate from a country's party is the party's, not the country's
	assert.NotEqual(t, "Samoa", saidBy(t, extractLaidOut(t, "ORBIT NEWS\nPress Release\n\n\"Our coast is eroding,\" said a delegate from Samoa's opposition party, the Samoa First Movement."), "Our coast is eroding").Organization.Name)
	// the ministry the text names in full, not its portfolio's first words
	assert.Equal(t, "Ministry of Youth Affairs and Sports", saidBy(t, extractLaidOut(t, "ORBIT NEWS\nPress Release\n\nYouth Minister John Doe said, \"Sport matters.\" The Ministry of Youth Affairs and Sports agreed."), "Sport matters.").Organization.Name)
}

func TestReviewedMisfiresOfSessionThirtyFiveFifthReview(t *testing.T) {
	// A reviewer's inputs on the rules of bd596af..a7d9937, each a misfire
	// the rule had before it was narrowed.
	// a one-word body after a town after "in" is the larger place only
	// after a body's town, not after a person's: the employer
	sp := saidBy(t, extractLaidOut(t, "KELVO BANK\nPress Release\nHeadline here\n\nKELVALE, 3 March 2026 - John Doe, an engineer in Nairobi, Safaricom, which sells airtime, said \"Prices are up.\""), "Prices are up.")
	assert.Equal(t, "Safaricom", sp.Organization.Name)
	// a governing unit with letters of its own is a body of its own
	sp = saidBy(t, extractLaidOut(t, "KELVO BANK\nPress Release\nHeadline here\n\nKELVALE, 3 March 2026 - The Kelvale Urban Land Consortium (KULC) met. Jane Roe, Chair of the KULC Steering Group (KSG), an independent body, said \"We agreed.\""), "We agreed.")
	assert.NotEqual(t, "Kelvale Urban Land Consortium", sp.Organization.Name)
}

func TestReviewedMisfiresOfSessionThirtySixFirstReview(t *testing.T) {
	// A reviewer's inputs on the rules of a0cb4ca..490badd, each a misfire
	// the rule had before it was narrowed.
	// a region before a post only for the post of the region's head: no
	// surname before "district manager", no engineer's district
	sp := saidBy(t, extractLaidOut(t, "Shop Reopens\n\nYORK, England, 9 February 2024 -- Kelvo Foods reopened its Fossgate store on Friday.\n\n\"Our staff worked tirelessly,\" said Smith district manager John Doe."), "Our staff worked tirelessly")
	assert.Equal(t, "Kelvo Foods", sp.Organization.Name)
	sp = saidBy(t, extractLaidOut(t, "\"We are ready,\" said Mwangi district engineer Peter Kamau."), "We are ready")
	assert.NotEqual(t, "Mwangi district", sp.Organization.Name)
	// "the bank" is no "Food Bank Society", and no earlier "Bank Limited"
	sp = saidBy(t, extractLaidOut(t, "Kelvo Food Bank Society, a charity that runs 14 food banks, received a grant from Barclays Bank PLC.\n\n\"Supporting communities is part of who we are,\" said Tom Burke, a regional director at the bank."), "Supporting communities is part of who we are")
	assert.NotEqual(t, "Kelvo Food Bank Society", sp.Organization.Name)
	sp = saidBy(t, extractLaidOut(t, "\"This sale lets us focus on our core lending business,\" said James Otieno, Chief Executive Officer of Kelvo Bank Limited.\n\nEquity Bank said the purchase would make it the third-largest insurer in the country. \"Insurance is a natural extension of our banking relationships,\" said Mary Wambui, Group Director at the bank."), "Insurance is a natural extension of our banking relationships")
	assert.NotEqual(t, "Kelvo Bank Limited", sp.Organization.Name)
	// a dash after a quotation opens an attribution only before a verb of
	// saying, a name or a pronoun: no slogan, banner or inscription speaks
	for _, text := range []string{
		"“Give an hour, change a day,” – the slogan written by volunteers at the Kelvo Trust in 2019 – now appears on buses across the country.",
		"«Equal pay for equal work», – reads the banner held by protesters.",
		"“Never again,” – the memorial inscription reads.",
	} {
		for _, q := range extractLaidOut(t, text).Quotes {
			if q.Speaker != nil {
				assert.NotContains(t, []string{"slogan", "banner held", "memorial inscription"}, q.Speaker.Name, text)
			}
		}
	}
	// a day after "oglu" is no family name
	for _, q := range extractLaidOut(t, "\"Trade should move at the speed of business,\" said Elnur Rasim oglu Monday after the signing.").Quotes {
		if q.Speaker != nil {
			assert.NotContains(t, q.Speaker.Name, "Monday")
		}
	}
}

func TestReviewedMisfiresOfSessionThirtySixSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of 5a6b752..9a7b645, each a misfire
	// a rule had, or a case it missed, before it was narrowed or widened.
	org := func(text, quote string) string { return saidBy(t, extractLaidOut(t, text), quote).Organization.Name }
	titles := func(text, quote string) []string { return saidBy(t, extractLaidOut(t, text), quote).Titles }
	// "is now its …" only before a plain post: no donor, no one else's
	// adviser, no "most senior judge"
	assert.Empty(t, titles("Kelvo Trust Marks Anniversary\n\nACCRA, 3 March 2024 – The Kelvo Trust marked its 50th anniversary on Monday.\n\n\"The Trust changed my life,\" said Jane Roe, who received a Kelvo Trust scholarship in 1990 and is now its biggest donor.", "The Trust changed my life"))
	assert.Empty(t, titles("Kelvo Museum Acquires Painting\n\nPARIS, 3 March 2024 – The Kelvo Museum has acquired a painting by Berthe Morisot.\n\n\"It is a masterpiece,\" said Jane Roe, who curated the painting's first exhibition in 1995 and is now its owner's adviser.", "It is a masterpiece"))
	assert.NotContains(t, titles("Kelvo Court of Appeal Marks 150 Years\n\nDUBLIN, 2 May 2024 – The Kelvo Court of Appeal today marked its 150th anniversary.\n\nJustice Mary Byrne, who was appointed to the court in 2004 and is now its most senior judge, said: \"Its core duty has not changed.\"", "Its core duty has not changed."), "most senior judge")
	// "Guitarist" before "magazine" names the magazine, not an art
	assert.Equal(t, "Guitarist", org("Kelvo Design Launches Drawing App\n\nSAN FRANCISCO, 20 May 2024 – Kelvo Design Inc. today launched Kelvo Sketch, a drawing app.\n\n\"It is genuinely useful,\" said Tom Reyes, editor of Guitarist magazine.", "It is genuinely useful"))
	// the speaker's own surname is no word of a body's name
	assert.NotEqual(t, "Kelvo Smith Holdings", org("Club Extends Sponsorship\n\nHARLOW, 10 August 2024 – Harlow Town FC has extended its sponsorship with Kelvo Smith Holdings, the building firm.\n\n\"They have backed us for years,\" said club chairman Alan West.\n\nSmith Head Coach Ben Smith, whose under-21 side is sponsored separately, said: \"The players are delighted.\"", "The players are delighted."))
	// a place's body opens the lead as issuer only before the verb of its news
	assert.NotEqual(t, "Department of Education", org("Teachers Reject Pay Offer\n\nKelvoland's Department of Education has offered teachers a 3 per cent pay rise, an offer the Kelvo Teachers' Union today rejected as an insult.\n\n\"Our members deserve better,\" said Union General Secretary Aroha Ngata.\n\n\"Three per cent is a real-terms cut,\" said Mere Tane, a primary teacher in Rotorua.", "Three per cent is a real-terms cut"))
	// "Voice" heads a name only after a plural's possessive
	assert.NotEqual(t, "Voice Winner", org("The Voice Winner Signs Record Deal\n\nLONDON, 5 March 2024 – Kelvo Records has signed The Voice UK winner Jane Roe to a three-album deal.\n\n\"I still cannot believe it,\" said Roe.\n\n\"Jane has a remarkable voice,\" said Kelvo Records Chief Executive Tom Hale.", "Jane has a remarkable voice"))
	// "Responding for Procurement" opens a clause: the label's name speaks
	assert.Equal(t, "Tom Hale", saidBy(t, extractLaidOut(t, "Licence Signed\n\nGENEVA, 23 July 2024 – The Kelvo Medicines Pooling Facility (KMPF) has signed a new licence.\n\nResponding for Procurement, MR TOM HALE, Head of Legal, KMPF:\n\"This agreement will save lives.\""), "This agreement will save lives.").Name)
	// "Partners in Rural Broadband" in a headline is a verb's
	assert.NotContains(t, org("Kelvo Telecom Partners in Rural Broadband Push\n\nNAIROBI, 18 April 2024 – The company today announced a new partnership to expand rural broadband.\n\n\"This partnership will connect 2,000 villages,\" said Managing Director Esther Njoroge.", "This partnership will connect 2,000 villages"), "Rural")
	// cases the rules missed: "its first female", a lead's company with its
	// town, a dateline before a country's ministry, a name that ends like a
	// field
	assert.Equal(t, []string{"Chief Executive Officer"}, titles("Kelvo Rail Names Chief Executive\n\nNAIROBI, 12 February 2024 – Kelvo Rail has appointed Amina Wanjiru as its first female Chief Executive Officer.\n\n\"Rail must become the backbone of freight,\" said Ms Wanjiru.", "Rail must become the backbone of freight"))
	assert.Equal(t, "Saltbush Theatre Company", org("Grant for Outback Theatre\n\nSYDNEY, 8 March 2024 – Saltbush Theatre Company in Broken Hill has received a national touring grant.\n\nThe company's Artistic Director, Megan O'Neill, said: \"For the first time we can plan three years ahead.\"", "For the first time we can plan three years ahead."))
	assert.Equal(t, "Ministry of Health", org("Measles Advisory Issued\n\nNAIROBI, 5 March 2024 – Kenya's Ministry of Health has issued a health advisory after 23 cases of measles were confirmed.\n\n\"Vaccination is safe, free and the best protection,\" said Chief Medical Officer Dr Farah Haddad.", "Vaccination is safe, free and the best protection"))
	assert.Equal(t, "Florence Manning", saidBy(t, extractLaidOut(t, "Kelvo Energy Closes Coal Unit\n\nKelvo Energy has brought forward the closure of its last coal unit to 2027.\n\nExecutive General Manager, Generation and Energy Transition, Florence Manning, said the plan was overdue."), "the plan was overdue").Name)
}

func TestReviewedMisfiresOfSessionThirtySixThirdReview(t *testing.T) {
	// A reviewer's inputs on the rules of dff681c..4c3ffa9, each a misfire
	// a rule had before it was narrowed.
	speaker := func(text string) *speakers.Speaker {
		d := extractLaidOut(t, text)
		require.NotEmpty(t, d.Quotes)
		return d.Quotes[0].Speaker
	}
	// "the judge" is a judge by style ("Mr Justice") only where the text
	// names a court, and only one named before the quotation
	for _, text := range []string{"Hartwell grower wins marrow prize\n\nHARTWELL, 30 August 2026 – The Hartwell Village Show was opened by Mr Justice Ormerod. Local grower Peggy Simms took the prize for the heaviest marrow.\n\nThe vegetable classes were judged by Derek Foyle of the Royal Horticultural Society.\n\n\"It's the best marrow I've seen in twenty years of judging,\" the judge said.", "Court annexe opens in Manchester\n\nMANCHESTER, 8 September 2026 – The Lord Chief Justice, Baroness Carr, opened ten new courtrooms today.\n\n\"These courtrooms will cut waiting times,\" the judge said.\n\nLord Justice Bean chaired the planning committee."} {
		if sp := speaker(text); sp != nil {
			assert.NotContains(t, []string{"Ormerod", "Bean"}, sp.Name)
		}
	}
	// "the <Town>-based <kind>" only for the body that opens a sentence
	// of its paragraph: no arranger, no target, no regulator
	for _, c := range []struct{ text, not string }{{"Lagos lender backs Kano solar mini-grids\n\nLAGOS, 7 April 2026 – Sterling Crest Bank has agreed a ₦12 billion facility with Kano Solar Power Limited to build 40 solar mini-grids.\n\nThe deal was arranged by Afreximbank Advisory Services.\n\n\"Off-grid solar is now bankable at scale,\" said Chidi Okafor, head of energy finance at the Lagos-based lender.", "Afreximbank Advisory Services"}, {"Harbour Freight Logistics buys Rotterdam forwarder\n\nROTTERDAM, 6 May 2026 – Harbour Freight Logistics, the Antwerp-listed shipping group, has agreed to buy Dutch freight forwarder Van Dijk Cargo Services for €210 million.\n\n\"Van Dijk's customs expertise is exactly what our customers have been asking for,\" said Elise Maes, chief executive of the Antwerp-based group.", "Van Dijk Cargo Services"}, {"Nordvik Ferries fined over late sailings\n\nBERGEN, 3 September 2026 – Nordvik Ferries AS has been fined NOK 4 million by the Norwegian Public Roads Administration for repeated cancellations.\n\n\"We accept the decision and apologise to every passenger we let down,\" said Kari Haugen, chief operating officer at the Bergen-based operator.", "Norwegian Public Roads Administration"}} {
		for _, q := range extractLaidOut(t, c.text).Quotes {
			if q.Speaker != nil {
				assert.NotEqual(t, c.not, q.Speaker.Organization.Name)
			}
		}
	}
	// a description held since a time is no post: the fan speaks for no
	// club; "ever" is no part of it
	for _, text := range []string{"News\n\nKELVO CITY, 9 March 2026 – Kelvo United confirmed the sale of its stadium today.\n\n\"It hurts,\" said Margaret Doyle, 74, a season-ticket holder since the stadium opened in 1998.", "News\n\nKELVO CITY, 9 March 2026 – Kelvo United confirmed the sale of its stadium today.\n\n\"It hurts,\" said Margaret Doyle, 74, a season-ticket holder ever since the stadium opened."} {
		d := extractLaidOut(t, text)
		for _, sp := range d.Speakers {
			if sp.Name == "Margaret Doyle" {
				assert.Equal(t, "", sp.Organization.Name)
				assert.Equal(t, []string{"season-ticket holder"}, sp.Titles)
			}
		}
	}
	// a copyright line names the issuer only if the page names its holder
	// elsewhere: no photographer, no person
	for _, text := range []string{"Kelvo Arts Festival announces 2026 line-up\n\nKELVO CITY, 15 March 2026 – The Kelvo Arts Festival will return to the riverside from 10 to 19 July.\n\n\"We wanted this year's festival to feel like a celebration of the whole city,\" the organisation said.\n\n© 2026 Jane Roe Photography. All rights reserved.", "Free swimming lessons for Dunmore children\n\nDUNMORE, 6 June 2026 – Every child in Dunmore aged five to eleven will be offered ten free swimming lessons this summer.\n\n\"No child should leave primary school unable to swim,\" the charity said in a statement.\n\n© 2026 Jane Roe Photography. All rights reserved.", "New helpline opens\n\nKELVO CITY, 3 February 2026 – A free helpline for victims of online fraud opens today.\n\n\"Fraud victims often feel ashamed,\" the organisation said in a statement.\n\n© Jane Roe 2026"} {
		for _, q := range extractLaidOut(t, text).Quotes {
			if q.Speaker != nil {
				assert.NotContains(t, q.Speaker.Name, "Jane Roe", text)
				assert.NotContains(t, q.Speaker.Organization.Name, "Jane Roe", text)
			}
		}
	}
}

func TestReviewedMisfiresOfSessionThirtySixFourthReview(t *testing.T) {
	// A reviewer's inputs on the rules of a55790d..a29030d, each a misfire
	// a rule had before it was narrowed.
	// a lead after a dateline in title case that another speaks issues
	// nothing: "the charity" is the foundation
	d := extractLaidOut(t, "Paris, 3 March 2026 – Kelvo Bank has agreed to fund a literacy programme run by the Kelvo Foundation, the charity said.\n\n\"We are grateful,\" said Jane Roe, president of the Kelvo Foundation.")
	require.NotEmpty(t, d.Quotes)
	require.NotNil(t, d.Quotes[0].Speaker)
	assert.Equal(t, "Kelvo Foundation", d.Quotes[0].Speaker.Name)
	// a possessive in parentheses names a body, no post
	sp := saidBy(t, extractLaidOut(t, "Los Angeles, 5 March 2026 – Writers and directors reached a new agreement with studios.\n\nMark Blum (Director's Guild) said that talks had been difficult but fair."), "talks had been difficult but fair")
	assert.NotContains(t, sp.Titles, "Director's Guild")
}

func TestReviewedMisfiresOfSessionThirtySixFifthReview(t *testing.T) {
	// A reviewer's inputs on the rules of 360c738 and 979037f, each a
	// misfire a rule had before it was narrowed.
	lead := "News\n\nKELVALE, 3 March 2026 - The Kelvo Trust met today.\n\n"
	// posts joined by "and" after "who is now" are two, and the ministry
	// is the first one's
	sp := saidBy(t, extractLaidOut(t, lead+"\"We have done our best,\" said Jane Roe, who is now Minister of Finance and Deputy Prime Minister."), "We have done our best")
	assert.Equal(t, "Ministry of Finance", sp.Organization.Name)
	// after "also", only a post in capitals
	sp = saidBy(t, extractLaidOut(t, lead+"\"We have done our best,\" said Jane Roe, who is also a member of the board."), "We have done our best")
	assert.NotContains(t, sp.Titles, "member of the board")
	// a possessive is no copula; a setting phrase after a copula is the
	// attribution's
	parts := func(text string) [][]string {
		d := extractLaidOut(t, text)
		var out [][]string
		for _, q := range d.Quotes {
			var ps []string
			for _, p := range q.Parts {
				ps = append(ps, d.Text[p.Start:p.End])
			}
			out = append(out, ps)
		}
		return out
	}
	assert.Equal(t, [][]string{{"The plan was the mayor's"}}, parts(lead+"The plan was the mayor's, he said, at a meeting on Friday."))
	assert.Equal(t, [][]string{{"The report was"}}, parts(lead+"The report was, she said, at a press conference."))
}

func TestReviewedMisfiresOfSessionThirtySevenFirstReview(t *testing.T) {
	// A reviewer's inputs on the rules of 62c2ef3 … d672181, each a
	// misfire a rule had before it was narrowed.
	speaker := func(text, quote string) (name, org string, titles []string) {
		sp := saidBy(t, extractLaidOut(t, text), quote)
		if sp == nil {
			return "", "", nil
		}
		return sp.Name, sp.Organization.Name, sp.Titles
	}
	// "wa" is Swahili's "of" in a post or a body's name: only a Bantu name
	// of a given name and a family name before it and one word after
	name, _, _ := speaker("NAIROBI, 11 June 2026 - Kelvo Tea today opened a factory. \"This is for our farmers,\" said Peter Otieno, Mwenyekiti wa Kelvo Tea. Otieno said 500 farmers would benefit.", "This is for our farmers")
	assert.Equal(t, "Peter Otieno", name)
	// a company's first words are no name of it where a person of the
	// text bears them as a family name
	name, _, _ = speaker("AMSTERDAM, 7 March 2026 - Van Doe Nut Trading B.V. today signed a supply deal with Kelvo Foods. \"This is good news for farmers,\" said Anna van Doe, a farmer in Ghana who is not related to the company. Van Doe said she would sell 50 tonnes.", "she would sell 50 tonnes")
	assert.Equal(t, "Anna van Doe", name)
	// a site's town only in a company's release, and a company the text
	// names with those words is the body; a store or a hotel a brand names
	_, org, _ := speaker("KELVALE, 2 May 2026 - The Kelvale Workers Union today criticised Brenton Mining Ltd. \"Conditions are unsafe,\" said Peter Mole, a driller at the Brenton mine. Mole said two workers had been injured.", "Conditions are unsafe")
	assert.Contains(t, org, "Brenton")
	_, org, _ = speaker("KELVALE, 3 May 2026 - Kelvo Foods today bought wheat from Marston Mills. \"The flour is excellent,\" said Ann Lee, a miller at the Marston mill. Lee said production had doubled.", "The flour is excellent")
	assert.Equal(t, "Marston Mills", org)
	_, org, _ = speaker("KELVALE, 31 March 2026 - The Kelvale Hospitality Union today called a strike. \"We are underpaid,\" said Rosa Diaz, a receptionist at the Marriott hotel. Diaz said 300 staff would walk out.", "We are underpaid")
	assert.Equal(t, "Marriott", org)
	// a co-chair's joint body is the one the text names with the side
	_, org, _ = speaker("KELVALE, 4 April 2026 - Kelvo Foods today joined the Canada-Kelvale Business Council. \"We welcome Kelvo Foods,\" said Canadian Co-Chair Jane Roe of the council. Roe said the council had 40 members.", "We welcome Kelvo Foods")
	assert.Equal(t, "Canada-Kelvale Business Council", org)
	// "Arch." ends a sentence unless a style stands before it
	_, _, titles := speaker("LONDON, 5 March 2026 - Kelvo Events today opened a market near the Arch. John Doe, director of Kelvo Events, said it would run until May. \"It is our biggest market yet,\" Doe said.", "It is our biggest market yet")
	assert.NotContains(t, titles, "Arch.")
	// "Pr." may end a sentence too (Puerto Rico)
	name, _, _ = speaker("SAN JUAN, 7 March 2026 - Kelvo Energy today opened a solar farm in San Juan, Pr. \"Puerto Rico needs clean power,\" said Luis Rivera, president of Kelvo Energy. Rivera said the farm would power 5,000 homes.", "Puerto Rico needs clean power")
	assert.Equal(t, "Luis Rivera", name)
	// a Turkish style names the one person of that given name, not
	// someone the text describes anew
	_, _, titles = speaker("ISTANBUL, 23 May 2026 - Kelvo Tekstil today opened a factory. \"We will hire 300 people,\" said Hüseyin Yılmaz, chairman of Kelvo Tekstil. Yılmaz said the factory would export. Hüseyin Bey, a neighbour, said he was worried about traffic.", "We will hire 300 people")
	assert.NotContains(t, titles, "neighbour")
	// a name after a trade is a company's only when it ends in its goods
	name, org, _ = speaker("LONDON, 10 March 2026 - Kelvo Brewing today won an award. \"Our beer is brewed with local hops,\" said the brewer Hannah Malt, who founded Kelvo Brewing. Malt said sales rose by 20 per cent.", "Our beer is brewed with local hops")
	assert.Equal(t, "Hannah Malt", name)
	assert.Equal(t, "Kelvo Brewing", org)
	name, _, _ = speaker("LONDON, 7 March 2026 - Kelvo Foods today agreed a deal with the lender Kelvo Bank. The lender Mark Stone said the loan was secured. \"We trust Kelvo Foods,\" Stone said.", "We trust Kelvo Foods")
	assert.Equal(t, "Mark Stone", name)
}

func TestReviewedMisfiresOfSessionThirtySevenSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of 4192ac8 … d188b52, each a
	// misfire a rule had before it was narrowed.
	speaker := func(text, quote string) (org string, titles []string) {
		sp := saidBy(t, extractLaidOut(t, text), quote)
		if sp == nil {
			return "", nil
		}
		return sp.Organization.Name, sp.Titles
	}
	// "who is <post> of <body>": the post ends with the body, not with
	// what follows it
	_, titles := speaker("KELVALE, 3 March 2026 - The festival opened today. \"We sold out,\" said Tom Hale, who is chair of Kelvo Aid and a father of two.", "We sold out")
	assert.Equal(t, []string{"chair of Kelvo Aid"}, titles)
	org, _ := speaker("KELVALE, 3 March 2026 - The summit opened today. \"Come and enjoy,\" said Jane Roe, who is president of the Kelvale Arts Festival and Tom Hale, who is treasurer.", "Come and enjoy")
	assert.NotContains(t, org, "Tom Hale")
	// a release's "the company" is the issuer where the issuer is a
	// company whose name holds "Programme" or "Forum" before its own head
	org, _ = speaker("KELVALE, 3 March 2026 - Tarvo Programme Studios today announced a deal with Brenna Media S.A. \"This secures our growth,\" said Jane Roe, the company's Chief Executive.", "This secures our growth")
	assert.Equal(t, "Tarvo Programme Studios", org)
	// kin and realms after "of the" are no bodies
	org, _ = speaker("KELVALE, 3 March 2026 - The festival opened. \"Our songs are old,\" said Ann Lee of the Kelvo Clan.", "Our songs are old")
	assert.Empty(t, org)
	org, _ = speaker("KELVALE, 3 March 2026 - The awards were handed out. \"It was fun,\" said Tom Hale of the Kelvo Generation.", "It was fun")
	assert.Empty(t, org)
	// a particle goes on a body's run only inside a body the recognizer
	// holds: a city after "at" is no body
	org, _ = speaker("KELVALE, 3 March 2026 - Lending rose. \"Rates are falling,\" said Joao Pereira, Director, Retail Operations at Santa Cruz de Tenerife.", "Rates are falling")
	assert.NotEqual(t, "Santa Cruz de Tenerife", org)
}

func TestReviewedMisfiresOfSessionThirtySevenThirdReview(t *testing.T) {
	// A reviewer's inputs on the rules of de843f1 … 8d31c27, each a
	// misfire a rule had before it was narrowed.
	speaker := func(text, quote string) (name, org string) {
		sp := saidBy(t, extractLaidOut(t, text), quote)
		if sp == nil {
			return "", ""
		}
		return sp.Name, sp.Organization.Name
	}
	// a signature's town of two words before its region is no body
	_, org := speaker("KELVALE, 9 March 2026 - Residents reacted to the school closure.\n\n\"Our kids will ride the bus for ninety minutes.\"\n- Tom Brisk, retired teacher, North Orrin, Sask.", "Our kids will ride the bus for ninety minutes.")
	assert.NotEqual(t, "North Orrin", org)
	// an adjective before a mayor's post is no place
	_, org = speaker("KELVALE, 3 March 2026 - The council voted on the rezoning. Ceremonial Mayor, Jane Roe, said the plan was sound.", "the plan was sound")
	assert.NotEqual(t, "Ceremonial", org)
	// a portfolio named as a body after a minister's "of the" stays the
	// ministry's
	_, org = speaker("KELVALE, 3 March 2026 - Fees rose. The Minister of the Public Service, Jane Roe, said salaries would rise.", "salaries would rise")
	assert.NotEqual(t, "Public Service", org)
	// "the charity Jane Roe founded": a person, the subject of a relative
	// clause, is no body
	name, _ := speaker("KELVALE, 13 March 2026 - Volunteers today opened a shelter. The charity Jane Roe founded in 2010 will run it. “We are grateful,” said Roe.", "We are grateful")
	assert.Equal(t, "Jane Roe", name)
	name, _ = speaker("KELVALE, 3 March 2026 - A new shelter opened. The charity Sarah Kessel started with her late husband paid for it. “He would be proud,” Kessel said.", "He would be proud")
	assert.Equal(t, "Sarah Kessel", name)
	// "Minera" opens a company's name of two words or more only: a
	// village "Minera Baja" is no body
	_, org = speaker("LIMA, 12 March 2026 - Villagers blocked the road. “We want clean water,” said Rosa Quispe, a resident of Minera Baja.", "We want clean water")
	assert.NotEqual(t, "Minera Baja", org)
}

func TestReviewedMisfiresOfSessionThirtyEightFirstReview(t *testing.T) {
	// A reviewer's inputs on the rules of 777c34a … 1df0fbe, each a
	// misfire a rule had before it was narrowed.
	only := func(d *quotes.Document, words string) {
		t.Helper()
		for _, q := range d.Quotes {
			assert.NotContains(t, q.Text, words)
		}
	}
	// "noted" before a noun is an adjective, no inserted attribution
	d := extractLaidOut(t, "KELVALE — The old church burned down on Sunday night.\n\nIn 2010, noted architect Jane Roe, who restored the roof, called it a treasure.")
	only(d, "who restored the roof")
	d = extractLaidOut(t, "KELVO — A new restaurant opened in the old harbour on Friday.\n\nIn the old cannery, noted chef John Doe, a former fisherman, serves musk ox and halibut.")
	only(d, "serves musk ox")
	// a local board's place ends its name: two bodies joined by "and"
	d = extractLaidOut(t, "KELVALE — Work to restore the river delta will begin in May.\n\nThe County Administrative Board of Kelvfjäll and Kelvale Municipality said on Monday that the project would cost 40 million kronor.")
	for _, e := range d.Entities {
		assert.NotEqual(t, "County Administrative Board of Kelvfjäll and Kelvale Municipality", e.Text)
	}
	// a local office of a body named after it is no local government's
	sp := saidBy(t, extractLaidOut(t, "KELVO — A measles outbreak has spread to six towns.\n\nNurse John Doe of the County Office of the Kelvo Red Cross said volunteers were helping."), "volunteers were helping")
	assert.NotEqual(t, "County Office", sp.Organization.Name)
	// a descriptor before a company the text names without it
	d = extractLaidOut(t, "Bourbon maker Copper Hollow Distilling Co. said on Monday it would double production.\n\nRival Iron Gate Spirits Co. said it had no plans to expand. \"The market is crowded,\" said Iron Gate Spirits Co. owner John Doe.")
	for _, e := range d.Entities {
		assert.NotEqual(t, "Rival Iron Gate Spirits Co.", e.Text)
	}
	// a dashed list's item under its lead-in is no quotation
	d = extractLaidOut(t, "Key figures for the quarter:\n\n– Revenue rose 12 percent, says the report from Kelvo ASA.\n– Kelvo ASA expects growth of 5 percent next year.\n\nThe full report is available online.")
	for _, q := range d.Quotes {
		assert.NotEqual(t, quotes.Direct, q.Kind, q.Text)
	}
	// a lawyer's style after a post: the post once, no leftover field
	sp = saidBy(t, extractLaidOut(t, "KELVO — The government will set up special courts, officials said on Wednesday.\n\n\"Cases drag on for twenty years; that must end,\" said Minister for Law and Justice Barrister John Doe."), "Cases drag on for twenty years; that must end")
	assert.Equal(t, []string{"Minister for Law and Justice", "Barrister"}, sp.Titles)
}

func TestReviewedMisfiresOfSessionThirtyEightSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of 6714a31 … e3fd84b, each a
	// misfire a rule had before it was narrowed.
	// a past form after "the" is a modifier in a title, no clause
	sp := saidBy(t, extractLaidOut(t, "Two walkers were rescued overnight. \"They were cold but unhurt,\" said John Doe, leader of the fell rescue team in Kelvick. The pair had been lost for six hours."), "They were cold but unhurt")
	assert.Equal(t, []string{"leader of the fell rescue team in Kelvick"}, sp.Titles)
	sp = saidBy(t, extractLaidOut(t, "The gardens reopened. \"The roses are early this year,\" said Jane Roe, curator of the rose garden at Kelvo Park."), "The roses are early this year")
	assert.Equal(t, "Kelvo Park", sp.Organization.Name)
	// a style that is also a word's end ends its sentence after "and" or a
	// capitalized word
	d := extractLaidOut(t, "The survey split respondents into groups A and Bi. John Doe, the lead author, said the groups behaved very differently. \"We were surprised,\" he said.")
	assert.Equal(t, "John Doe", saidBy(t, d, "the groups behaved very differently").Name)
	// "AKP" is Turkey's party too, no rank
	sp = saidBy(t, extractLaidOut(t, "The AKP won most seats in the east. \"We thank every voter,\" said AKP Deputy Chairman John Doe."), "We thank every voter")
	assert.Equal(t, "AKP", sp.Organization.Name)
	// "I Made" opening a work's title is no Balinese name
	d = extractLaidOut(t, "The singer released her third album on Friday. I Made It Through, the title track, is about her illness. \"Writing it was hard,\" said Jane Roe.")
	for _, e := range d.Entities {
		assert.NotEqual(t, "I Made It Through", e.Text)
	}
}

func TestReviewedMisfiresOfSessionThirtyNine(t *testing.T) {
	// A reviewer's inputs on the rules of 015638e … b4539e4, each a
	// misfire a rule had before it was narrowed.
	// a newspaper's, a charity's and an archipelago's names hold words
	// of trades: no titles ("courier", "cleaner", "cook" are not in the
	// list; "cook" only in lower case)
	sp := saidBy(t, extractLaidOut(t, "LONDON - The Kelvale Courier today published an investigation.\n\n\"The public deserves answers,\" said Courier editor Jane Holt."), "The public deserves answers")
	assert.Equal(t, "Kelvale Courier", sp.Organization.Name)
	sp = saidBy(t, extractLaidOut(t, "BRIGHTON - A charity called for action.\n\n\"Our beaches are drowning in plastic,\" said Ruth Hale, director of the Cleaner Seas Trust."), "Our beaches are drowning in plastic")
	assert.Equal(t, "Cleaner Seas Trust", sp.Organization.Name)
	sp = saidBy(t, extractLaidOut(t, "SUVA - Ministers met.\n\n\"Our oceans are our future,\" said Mark Tangaroa, Minister of Marine Resources of the Cook Islands."), "Our oceans are our future")
	assert.Equal(t, "Ministry of Marine Resources of the Cook Islands", sp.Organization.Name)
	// a one-word company set off before a trade a company has is no
	// person
	sp = saidBy(t, extractLaidOut(t, "ELDORET - Maize prices rose.\n\nKelvo, a maize trader from Eldoret, said: \"Supply is tight.\" The company buys from 5,000 farmers."), "Supply is tight.")
	assert.Equal(t, speakers.Organization, sp.Kind)
	// a person introduced on her own under the short form of a longer
	// name is another person
	d := extractLaidOut(t, "KUALA LUMPUR - Kelvo Berhad opened a plant.\n\nTan Sri Abdul Rahman Mohd Yusof, chairman of Kelvo Berhad, welcomed Trade Minister Datuk Abdul Rahman to the event.\n\n\"Exports matter,\" Abdul Rahman said.")
	assert.Contains(t, saidBy(t, d, "Exports matter").Titles, "Trade Minister")
	// "was" after a subject of her own introduces no new topic
	d = extractLaidOut(t, "KELVALE - The camp reopened.\n\nDr. Ann Moe, the camp director, said demand was high. Her predecessor was Dr. Sunil Rao.\n\n\"We could not turn anyone away,\" she said.")
	assert.Equal(t, "Ann Moe", saidBy(t, d, "We could not turn anyone away").Name)
	// a given name before "i" and a full name are two people
	d = extractLaidOut(t, "GIRONA - The cooperative turned 25.\n\n\"We started with nothing,\" said Marta i Joan Puig, who founded the cooperative in 1998.")
	for _, e := range d.Entities {
		assert.NotEqual(t, "Marta i Joan Puig", e.Text)
	}
}

func TestReviewedMisfiresOfSessionThirtyNineSecondReview(t *testing.T) {
	// A reviewer's inputs on the rules of a3b2df7 … e3219a1, each a
	// misfire a rule had before it was narrowed.
	// "The company was founded … by" only in the issuer's "About"
	// section gives a founder, with the issuer for his body; not the
	// company just acquired, nor one of two founders
	d := extractLaidOut(t, "AUSTIN, 4 May - Kelvo Labs, Inc. today announced it has acquired Marrow Data, a Denver analytics startup.\n\nThe company was founded in 2016 by Jane Roe. Marrow Data has 40 staff. \"Joining Kelvo lets us grow faster,\" said the company's founder.")
	assert.NotEqual(t, "Jane Roe", saidBy(t, d, "Joining Kelvo lets us grow faster").Name)
	d = extractLaidOut(t, "AUSTIN, 4 May - Kelvo Labs, Inc. today announced a new product. \"We built this for teachers,\" said the company's founder.\n\nAbout Kelvo Labs\nKelvo Labs, Inc. makes software for schools. The company was founded in 2016 by Jane Roe and Tom Hill.")
	assert.NotEqual(t, "Jane Roe", saidBy(t, d, "We built this for teachers").Name)
	d = extractLaidOut(t, "AUSTIN, 4 May - Kelvo Labs, Inc. today announced a new product.\n\nJane Roe said the product took two years. \"We built this for teachers,\" said the company's founder.\n\nAbout Kelvo Labs\nKelvo Labs, Inc. makes software for schools. The company was founded in 2016 by Jane Roe.")
	sp := saidBy(t, d, "We built this for teachers")
	assert.Equal(t, "Jane Roe", sp.Name)
	assert.Equal(t, "Kelvo Labs", sp.Organization.Name)
	// a branch's post after the employer's sentence is no employer's
	d = extractLaidOut(t, "PERTH, 4 May - Nurses will strike.\n\nThe Marrow Health Service (MHS) rejected the union's pay claim. WA branch secretary Jane Roe said the strike would go ahead.")
	assert.NotEqual(t, "Marrow Health Service", saidBy(t, d, "the strike would go ahead").Organization.Name)
	// "they" after two subjects, or after another group, is plural
	d = extractLaidOut(t, "KELVALE, 4 May - Kelvo Students' Union launched a housing campaign.\n\nTobi Roe, President of Kelvo SU, and Vice President Sam Ode said the campaign would run all term. \"Rents are simply too high,\" they said.")
	assert.NotEqual(t, "Tobi Roe", saidBy(t, d, "Rents are simply too high").Name)
	d = extractLaidOut(t, "KELVALE, 4 May - Kelvo SU held a protest.\n\nTobi Roe, President of Kelvo SU, said the protest was peaceful. Landlords disagreed. \"Rents reflect costs,\" they said.")
	assert.NotEqual(t, "Tobi Roe", saidBy(t, d, "Rents reflect costs").Name)
	// two posts that are objects are no joint subject
	d = extractLaidOut(t, "KELVALE, 4 May - The Minister of Health, Dr. Ann Moe, met charities. Director-General Tom Berg attended.\n\nCharities that met the Minister and the Director-General also stressed that funding must be sustained.")
	assert.NotEqual(t, "Ann Moe", saidBy(t, d, "funding must be sustained").Name)
	// bodies after a unit are no list of its fields
	sp = saidBy(t, extractLaidOut(t, "KELVALE, 4 May - A centre opened.\n\nProfessor Jane Roe, Dean of the Faculty of Medicine, Marrow Hospital and Kelvo University, said the centre was unique."), "the centre was unique")
	assert.Contains(t, sp.Titles, "Dean of the Faculty of Medicine")
}
