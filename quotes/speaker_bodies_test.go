package quotes_test

// The body a speaker speaks for: a body's head noun, heads of government,
// schools, countries' bodies, units, syndicates, stated acronyms.

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTheAuthorityIsTheBodyNamedWithThatHead(t *testing.T) {
	text := "The Kelvo Regional Water Authority on Monday opened a new reservoir near Ardmore.\n\n" +
		"\"Every tap will be metered,\" the Authority said in a statement.\n\n" +
		"The Kelvo Integration Community Secretariat hosted the meeting. The Secretariat said it would publish targets within ninety days."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo Regional Water Authority", speakerOf(t, d, "Every tap will be metered"))
	assert.Equal(t, "Kelvo Integration Community Secretariat", speakerOf(t, d, "it would publish targets within ninety days"))
}

func TestHeadsOfGovernmentOfABody(t *testing.T) {
	// "Heads of Government of the Kelvo Community": a title and the
	// body it heads, not a body "Government of the Kelvo Community".
	text := "Heads of Government of the Kelvo Integration Community (KIC) have adopted the plan.\n\n" +
		"“For every hundred dollars a family spends on food, sixty leave the region,” said KIC Secretary-General Jane Roe."
	d := extractLaidOut(t, text)
	assert.NotContains(t, saidBy(t, d, "For every hundred dollars a family spends on food, sixty leave the region").Organization.Name, "Government")
}

func TestPrincipalOfTheLyceum(t *testing.T) {
	// A lyceum is a school: "the lyceum" is the one the text named, and
	// the town's name alone is no short name of it.
	text := "The office reopened Stari Kelvo Lyceum on Monday. “The first thing the children asked was whether the gym was open,” said Jane Roe, principal of the lyceum."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Stari Kelvo Lyceum", saidBy(t, d, "The first thing the children asked was whether the gym was open").Organization.Name)
}

func TestACountrysBodyByItsFieldOpensASentence(t *testing.T) {
	// Common words before a country's name at a sentence's start are a
	// body's name, not a capitalized word to drop before "Start Ireland".
	for _, name := range []string{"Clean Rivers Kenya", "Fresh Start Ireland", "Open Doors Kenya"} {
		text := name + " said in a statement that the figures showed the need for a ban on dumping."
		d := extractLaidOut(t, text)
		assert.Equal(t, name, speakerOf(t, d, "the figures showed the need for a ban on dumping"))
	}
}

func TestWhoLeadsTheInstitutesNamedUnit(t *testing.T) {
	// "the institute's Resource Circulation Laboratory": the institute the
	// text named; a unit in lower case after a possessive ("the centre's
	// medical team") says nothing of whose centre it is.
	text := "Kelvo Chemical built the plant with the Gyeongnam Institute of Materials Science (GIMS). Professor Jane Roe, who leads the institute's Resource Circulation Laboratory, said the process uses roughly 40 percent less energy."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Gyeongnam Institute of Materials Science", saidBy(t, d, "the process uses roughly 40 percent less energy").Organization.Name)
}

func TestARegionsAdjectiveOpensACountrysBody(t *testing.T) {
	// (a region's adjective, two words of its field, a country)
	text := "Northern Food Access Canada said in a statement that the centre is \"exactly the kind of solution our program was created to support.\""
	d := extractLaidOut(t, text)
	assert.Equal(t, "Northern Food Access Canada", speakerOf(t, d, "the centre is \"exactly the kind of solution our program was created to support.\""))
}

func TestBodiesNamedBySyndicatesAndCountriesPossessives(t *testing.T) {
	for _, tc := range []struct{ text, quote, org string }{
		// a syndicate is a body
		{"\"Most of these farmers have no insurance,\" said Jane Roe, Secretary of the Akkar Farmers' Syndicate.", "Most of these farmers have no insurance", "Akkar Farmers' Syndicate"},
		// a country's possessive before a body: the body
		{"The President of Mozambique's National Institute for Disaster Resilience (INRD), Mr. Jane Roe, said the Government had evacuated 96,000 people.", "the Government had evacuated 96,000 people", "National Institute for Disaster Resilience"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.org, saidBy(t, d, tc.quote).Organization.Name, tc.text)
	}
	// a plural in -men owns a body's name: "Fishermen's Cooperative Society"
	d := extractLaidOut(t, "The Kelvo Fishermen's Cooperative Society, which represents 640 licensed fishermen, said in a statement that it had been consulted on every breakwater.")
	assert.Equal(t, "Kelvo Fishermen's Cooperative Society", speakerOf(t, d, "it had been consulted on every breakwater"))
}

func TestAnAcronymInAnotherLanguageAfterASentencesArticle(t *testing.T) {
	// "The Urban Resilience and Reconstruction Agency (KEDA)": its letters
	// in another language, stated right after the name that opens the
	// sentence with "The"; "KEDA President" is its president.
	text := "The Urban Resilience and Reconstruction Agency (KEDA) announced today that 60 schools reopened.\n\n" +
		"Speaking at the reopening, KEDA President Prof. Dr. Jane Roe said the Agency had completed the works in 14 months."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Urban Resilience and Reconstruction Agency", saidBy(t, d, "the Agency had completed the works in 14 months").Organization.Name)
}

func TestItsIsTheBodyNotItsAcronym(t *testing.T) {
	// "Its" after a body named with its acronym in brackets stands for the
	// body by its name.
	text := "According to the National Hydrometeorological Service (SENAKEL), rainfall in the upper basin was 45 percent below normal. Its head forecaster, Jane Roe, said the river would keep falling until November."
	d := extractLaidOut(t, text)
	assert.Equal(t, "National Hydrometeorological Service", saidBy(t, d, "the river would keep falling until November").Organization.Name)
}

func TestAChurchsNameEndsBeforeATimeOrAPlace(t *testing.T) {
	// "on Sundays" is a time, "in East Kelvo" a part of a place: neither
	// is a church's complement.
	for _, tc := range []struct{ text, want string }{
		{"Jane Roe, senior pastor of Grace Kelvo Church on Sundays and a nurse on weekdays, said the pantry had run out of rice.", "Grace Kelvo Church"},
		{"Jane Roe, senior pastor of Mount Kelvo AME Church in East London, said the pantry had run out of rice.", "Mount Kelvo AME Church"},
	} {
		d := extractLaidOut(t, tc.text)
		assert.Equal(t, tc.want, saidBy(t, d, "the pantry had run out of rice").Organization.Name, tc.text)
	}
}

func TestAHeadingsLastWordIsNoBodysKind(t *testing.T) {
	// A heading that ends in a body's kind ("Civil society") does not make
	// the name under it a body's.
	text := "Ministers adopted the strategy on Friday.\n\nIndustry and civil society\n\n" +
		"Jane Roe, president of the Kelvo Longline Fishers’ Association, said small fleets had been “squeezed out by distant-water fleets”.\n\n" +
		"“What our members want is simple,” she said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Jane Roe", speakerOf(t, d, "What our members want is simple"))
	assert.Equal(t, "Kelvo Longline Fishers’ Association", saidBy(t, d, "small fleets had been “squeezed out by distant-water fleets”").Organization.Name)
}

func TestATownsPoliceChief(t *testing.T) {
	// A town's name before "Police Chief" names the town's police, not
	// the county that issues the release; where the text names the
	// department in full, that name.
	text := "Kelvo County Sheriff's Office\n\nNine charged after raids\n\n" +
		"\"Our officers responded to 11 overdose calls,\" Port Kelvon Police Chief Jane Roe said."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Port Kelvon Police", saidBy(t, d, "Our officers responded to 11 overdose calls").Organization.Name)
}

func TestHeadOfABodyNamedHeadFirst(t *testing.T) {
	// "head of the Servicio Hidrológico Federal": a body named head first
	// in Spanish, not a department's field.
	text := "According to the head of the Servicio Hidrológico Federal, Mtro. Jane Roe, the rainy season could begin up to four weeks late."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Servicio Hidrológico Federal", saidBy(t, d, "the rainy season could begin up to four weeks late").Organization.Name)
}

func TestASpanishAllianceIsTheAlliance(t *testing.T) {
	// "Alianza …" is named head first in Spanish: "the Alliance" the text
	// speaks of later is that body.
	text := "The Alianza Selva Kelvo, a coalition of 38 organisations, published its fire-season report on Monday.\n\n" +
		"The Alliance called on the governments of the basin to suspend new clearing permits."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Alianza Selva Kelvo", speakerOf(t, d, "the governments of the basin to suspend new clearing permits"))
}

func TestTheUnionsSecretaryGeneralAfterASpanishUnion(t *testing.T) {
	text := "The Unión Campesina del Valle del Kelvo, which groups some 9,000 farmers, said in a statement that the support would not cover costs.\n\n" +
		"\"We welcome the plan, but the countryside needs water rights respected,\" said Jane Roe, the union's secretary general."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Unión Campesina del Valle del Kelvo", saidBy(t, d, "We welcome the plan, but the countryside needs water rights respected").Organization.Name)
}

func TestABodysHeadThenItsRegion(t *testing.T) {
	// A body's head, then the region it serves, is one name: "Kelvo
	// Parents Society Punjab"; "patron of …" is a post.
	text := "Begum Jane Roe, patron of the Kelvo Parents Society Punjab, told the gathering that more than 5,000 children were registered."
	d := extractLaidOut(t, text)
	s := saidBy(t, d, "more than 5,000 children were registered")
	assert.Equal(t, "Kelvo Parents Society Punjab", s.Organization.Name)
	assert.Contains(t, s.Titles, "patron of the Kelvo Parents Society Punjab")
}

func TestAMinistryKeepsItsPortfoliosArticle(t *testing.T) {
	// "Minister of the Digital Economy and Posts" speaks for the "Ministry
	// of the Digital Economy and Posts", the article kept.
	text := "Kelvo Telecom Launches Nano-Credit\n\nKelvo Telecom today launched a nano-credit service for market traders.\n\n\"Innovation cannot become a new way of over-indebting households,\" said Jane Roe, Minister of the Digital Economy and Posts."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Ministry of the Digital Economy and Posts", saidBy(t, d, "Innovation cannot become a new way of over-indebting households").Organization.Name)
}

func TestACityByItsNameAndKindOpensTheLead(t *testing.T) {
	// "Kelvo City announced …" opening the lead: the city's government
	// issues the release, and its Mayor speaks for it (not for a river
	// office the text names more often).
	text := "City Adopts 10-Year Flood Plan\n\n" +
		"Kelvo City announced on March 27 that it has adopted a 10-year programme of embankment works and relocation support.\n\n" +
		"“We cannot stop typhoons,” the Mayor, TAKAHASHI Reiko, said. The works will be carried out by the Kelvo River Office. The Kelvo River Office has flagged three weak points. The Kelvo River Office will start in May."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Kelvo City", saidBy(t, d, "We cannot stop typhoons").Organization.Name)
}

func TestAFrenchUnionNamedHeadFirst(t *testing.T) {
	// "Union Nationale des …": a French name its head opens, before a
	// capitalized adjective and a particle; "Union Minister" stays a post.
	text := "The Union Nationale des Commerçants du Kelvo said in a statement that no trader should lose her stall because of a phone loan."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Union Nationale des Commerçants du Kelvo", speakerOf(t, d, "no trader should lose her stall because of a phone loan"))
}

func TestAKnownBodysNameOpeningALongerOne(t *testing.T) {
	// "United Nations Kelvo Relief and Livelihoods Agency (UNKRA)": the
	// known body's name opens a longer one whose words, joined by "and",
	// end in a head; its acronym stands for the whole.
	text := "UNKRA forced to cut food assistance\n\nThe United Nations Kelvo Relief and Livelihoods Agency (UNKRA) will reduce the monthly assistance it provides to refugees.\n\n\"This is a decision no humanitarian wants to take,\" said Jane Roe, UNKRA Representative."
	d := extractLaidOut(t, text)
	assert.Equal(t, "United Nations Kelvo Relief and Livelihoods Agency", saidBy(t, d, "This is a decision no humanitarian wants to take").Organization.Name)
}

func TestACommissionOfTheTextsOwnIsNoEuropeanCommission(t *testing.T) {
	// "The Commission of the Kelvo Pelagic Fisheries Organization" is one
	// name, and "Commission Chair Jane Roe" is its chair, not the European
	// Commission's (which the lists also call "Commission").
	text := "Members agree to cut the catch\n\nThe Commission of the Kelvo Pelagic Fisheries Organization adopted a new catch limit on Friday.\n\n" +
		"Opening the final plenary, Commission Chair Dr. Jane Roe said the agreement had not been easy to reach."
	d := extractLaidOut(t, text)
	assert.NotContains(t, saidBy(t, d, "the agreement had not been easy to reach").Organization.Name, "European")
	assert.NotEqual(t, "Commission", saidBy(t, d, "the agreement had not been easy to reach").Organization.Name)
}

func TestTheCollectiveIsTheCollectifNamedBefore(t *testing.T) {
	// "The collective said": the French "Collectif …" the text named.
	text := "Fishers met the minister.\n\n\"We have been saying this for ten years,\" said Jane Roe, President of the Collectif National des Pecheurs Artisanaux du Kelvo (CNPAK).\n\nThe collective said in a statement issued after the meeting that it would suspend the march."
	d := extractLaidOut(t, text)
	assert.Equal(t, "Collectif National des Pecheurs Artisanaux du Kelvo", speakerOf(t, d, "it would suspend the march"))
}
