package speakers_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

func analyze(t *testing.T, text string) (*entities.Analysis, *speakers.Tracker) {
	t.Helper()
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	return a, speakers.NewTracker(a)
}

func person(t *testing.T, tr *speakers.Tracker, name string) *speakers.Speaker {
	t.Helper()
	for _, p := range tr.People() {
		if p.Name == name {
			return p
		}
	}
	require.Failf(t, "no such person", "%q", name)
	return nil
}

// affiliationNames lists the names of a speaker's affiliations in order.
func affiliationNames(p *speakers.Speaker) []string {
	var names []string
	for _, o := range p.Affiliations {
		names = append(names, o.Name)
	}
	return names
}

func TestTitles(t *testing.T) {
	tests := []struct {
		text, name, honorific string
		titles                []string
		org                   speakers.Org
	}{
		{"Chairperson of the FSC and Permanent Representative of Sweden to the OSCE Ambassador Ulrika Funered said so.",
			"Ulrika Funered", "Ambassador", []string{"Chairperson of the FSC", "Permanent Representative of Sweden to the OSCE", "Ambassador"}, speakers.Org{Name: "Sweden"}},
		{"Ann Lee said so. Dara Quill is currently Kelvo's chief underwriting officer.", "Dara Quill", "", []string{"Kelvo's chief underwriting officer"}, speakers.Org{Name: "Kelvo"}},
		{"“We act,” said Chief Public Prosecutor Mag. Dr. Dara Quill, head of the economic crimes department.", "Dara Quill", "Dr.", []string{"Chief Public Prosecutor", "Mag. Dr.", "head of the economic crimes department"}, speakers.Org{}},
		{"“We serve,” said Lic. Dara Quill, president of the Kelvo Foundation.", "Dara Quill", "Lic.", []string{"Lic.", "president of the Kelvo Foundation"}, speakers.Org{Name: "Kelvo Foundation"}},
		{"“We will build,” said Dara Quill, Chief Executive Officer of Kelvo Peninsular, S.A. de C.V., the builder.", "Dara Quill", "", []string{"Chief Executive Officer of Kelvo Peninsular", "builder"}, speakers.Org{Name: "Kelvo Peninsular"}},
		{"The plan is funded by Kelvo Robotics, Inc., whose president, Dara Quill, said it would grow.", "Dara Quill", "", []string{"president"}, speakers.Org{Name: "Kelvo Robotics"}},
		{"KELVO WORKERS UNION\n\nGeneral Secretary Senator Dr. Dara Quill said the union had done its work.", "Dara Quill", "Dr.", []string{"General Secretary", "Senator", "Dr."}, speakers.Org{Name: "Kelvo Workers Union"}},
		{"KELVO CHILDREN'S HOSPITAL\n\n“We heal,” said Dr. Dara Quill, Director of Pediatric Cardiology.", "Dara Quill", "Dr.", []string{"Dr.", "Director of Pediatric Cardiology"}, speakers.Org{Name: "Kelvo Children's Hospital"}},
		{"Press Releases\n\nKelvo Heart Institute Announces 100th Heart Surgery\n\n“We heal,” said Dr. Dara Quill, head of surgery.", "Dara Quill", "Dr.", []string{"Dr.", "head of surgery"}, speakers.Org{Name: "Kelvo Heart Institute"}},
		{"KELVO LOGISTICS N.V.\n\nThe Flemish Minister for Ports, Dara Quill, said the Flemish government welcomed the deal.", "Dara Quill", "", []string{"Flemish Minister for Ports"}, speakers.Org{Name: "Flemish government"}},
		{"KELVO LOGISTICS N.V.\n\nThe Hessian Minister of Economics, Dara Quill, said the deal was good.", "Dara Quill", "", []string{"Hessian Minister of Economics"}, speakers.Org{}},
		{"KELVO PARTY\n\nHer colleague on the Budget Committee, Dara Quill MdB, rapporteur for the rail budget, said so.", "Dara Quill", "", []string{"MdB", "rapporteur for the rail budget"}, speakers.Org{Name: "Bundestag"}},
		{"KELVO REGIONAL COUNCIL\n\nCoralline Subsea Managing Director Dara Quill said the company would hire trainees.", "Dara Quill", "", []string{"Coralline Subsea Managing Director"}, speakers.Org{Name: "Coralline Subsea"}},
		{"The loan was signed by Kelvo's Alderman for Climate, Dara Quill, in the presence of European Commissioner for Cohesion, Regional Policy and Urban Affairs John Doe.", "Dara Quill", "", []string{"Alderman for Climate"}, speakers.Org{Name: "Kelvo"}},
		{"Prof. Dr. med. Dara Quill, head of the centre, said the centre would open.", "Dara Quill", "Dr.", []string{"Prof. Dr. med.", "head of the centre"}, speakers.Org{}},
		{"KELVO UNIVERSITY\n\nA study led by Kelvo University with the National University of Sarna found heat harms kidneys.\n\nProfessor Dara Quill, Director of the Centre for Health Equity at the university, said the study mattered.", "Dara Quill", "Professor", []string{"Professor", "Director of the Centre for Health Equity at the university"}, speakers.Org{Name: "KELVO UNIVERSITY"}},
		{"KELVO CHILDREN'S HOSPITAL FOUNDATION\n\nKelvo Children's Hospital Foundation has received a gift from the Sarna Family Foundation.\n\nFoundation Chief Executive Dara Quill said the gift would help.", "Dara Quill", "", []string{"Foundation Chief Executive"}, speakers.Org{Name: "Kelvo Children's Hospital Foundation"}},
		{"“We will build,” said Dara Quill, Kelvo Robotics' chief executive.", "Dara Quill", "", []string{"chief executive"}, speakers.Org{Name: "Kelvo Robotics"}},
		{"“We will build,” said Dara Quill, the Ministry's spokesperson.", "Dara Quill", "", []string{"spokesperson"}, speakers.Org{}},
		{"“We will build,” said Dara Quill, Kelvo County State's Attorney.", "Dara Quill", "", []string{"Kelvo County State's Attorney"}, speakers.Org{Name: "Kelvo County"}},
		{"“We will wait,” said Dara Quill, International Students' Officer at Kelvo University.", "Dara Quill", "", []string{"International Students' Officer at Kelvo University"}, speakers.Org{Name: "Kelvo University"}},
		{"Kelvo Insurance Ltd announced that Dara Quill will become its chief executive on 1 March.", "Dara Quill", "", []string{"chief executive"}, speakers.Org{Name: "Kelvo Insurance Ltd"}},
		{"Kelvo Group Chief Executive Sir Dara Quill said so.", "Dara Quill", "Sir", []string{"Kelvo Group Chief Executive", "Sir"}, speakers.Org{Name: "Kelvo Group"}},
		{"“Farmers will get seed,” said Engr. Dara Quill, Provincial Agriculturist.", "Dara Quill", "Engr.", []string{"Engr.", "Provincial Agriculturist"}, speakers.Org{}},
		{"KAHO/WKO Representative in Kelvania Dr. Dara Quill said so.", "Dara Quill", "Dr.", []string{"KAHO/WKO Representative in Kelvania", "Dr."}, speakers.Org{Name: "KAHO/WKO"}},
		{"KAO Coordinator for the Kelvo Islands Dr. Dara Quill said so.", "Dara Quill", "Dr.", []string{"KAO Coordinator for the Kelvo Islands", "Dr."}, speakers.Org{Name: "KAO"}},
		{"FAO Subregional Coordinator for the Kelvo Islands Dr. Dara Quill said so.", "Dara Quill", "Dr.", []string{"FAO Subregional Coordinator for the Kelvo Islands", "Dr."}, speakers.Org{Name: "Food and Agriculture Organization", Acronym: "FAO"}},
		{"The OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings, Ambassador Dara Quill, said so.", "Dara Quill", "Ambassador", []string{"OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings", "Ambassador"}, speakers.Org{Name: "Organization for Security and Co-operation in Europe", Acronym: "OSCE"}},
		{"Department of Agriculture (DA)–Northern Kelvo Regional Executive Director Dr. Dara Quill said so.", "Dara Quill", "Dr.", []string{"Department of Agriculture (DA)–Northern Kelvo Regional Executive Director", "Dr."}, speakers.Org{Name: "Department of Agriculture", Acronym: "DA"}},
		{"Ana Hinojosa, Director of the Compliance and Facilitation Directorate at the World Customs Organization, said:",
			"Ana Hinojosa", "", []string{"Director of the Compliance and Facilitation Directorate at the World Customs Organization"},
			speakers.Org{Name: "World Customs Organization", Acronym: "WCO"}},
		{"Ambassador Jan Eliasson, Chair of the Governing Board of the Stockholm International Peace Research Institute (SIPRI), former Deputy Secretary-General of the UN and former Foreign Minister of Sweden, noted that.",
			"Jan Eliasson", "Ambassador", []string{"Ambassador", "Chair of the Governing Board of the Stockholm International Peace Research Institute (SIPRI)",
				"former Deputy Secretary-General of the UN", "former Foreign Minister of Sweden"},
			speakers.Org{Name: "Stockholm International Peace Research Institute", Acronym: "SIPRI"}},
		{"Q: Why are prices up?\nA (Dara Quill, Director of Prices at the Kelvo Statistics Office): “Meat came late.”", "Dara Quill", "", []string{"Director of Prices at the Kelvo Statistics Office"}, speakers.Org{Name: "Kelvo Statistics Office"}},
		{"Minister of Trade, Industry and Fisheries Dara Quill-Roe said so.", "Dara Quill-Roe", "", []string{"Minister of Trade, Industry and Fisheries"}, speakers.Org{Name: "Ministry of Trade, Industry and Fisheries"}},
		{"The Commissioner for Education, Science, Technology and Innovation of the Kelvo Union Commission, Professor Dara Quill, said that it would.", "Dara Quill", "Professor",
			[]string{"Commissioner for Education, Science, Technology and Innovation of the Kelvo Union Commission", "Professor"}, speakers.Org{Name: "Kelvo Union Commission"}},
		{"The ministers met in Kelvo.\n\nIn his remarks, the Chair of the meeting, Minister of Environment of Indonesia, Dr. Dara Quill, said: “Haze does not stop.”", "Dara Quill", "Dr.",
			[]string{"Chair of the meeting", "Minister of Environment of Indonesia", "Dr."}, speakers.Org{Name: "Indonesia"}},
		{"The Minister of Fisheries and Blue Economy, Hon. Ann Lee, and the Ambassador of Norway, Dara Quill, today signed it.", "Dara Quill", "", []string{"Ambassador of Norway"}, speakers.Org{Name: "Norway"}},
		{"The study was published today.\n\n“Most young people have friends,” said Dara Quill, lector in Youth and Social Work at Kelvo University.", "Dara Quill", "",
			[]string{"lector in Youth and Social Work at Kelvo University"}, speakers.Org{Name: "Kelvo University"}},
		{"Commissioner for Education, Science, Technology and Innovation Professor Dara Quill said so.", "Dara Quill", "Professor", []string{"Commissioner for Education, Science, Technology and Innovation", "Professor"}, speakers.Org{}},
		{"United Nations Announces Aid for Kelvo\n\nThe United Nations sent aid on Monday. Turning to Kelvo, our Resident Coordinator, Dara Quill, briefed reporters.", "Dara Quill", "", []string{"Resident Coordinator"}, speakers.Org{Name: "United Nations", Acronym: "UN"}},
		{"The European Delegated Prosecutor leading the case, Dr. Dara Quill, said so.", "Dara Quill", "Dr.", []string{"European Delegated Prosecutor", "Dr."}, speakers.Org{}},
		{"“The elephants came at night,” said Rra Dara Quill, a farmer.", "Dara Quill", "Rra", []string{"Rra", "farmer"}, speakers.Org{}},
		{"Local MP the Rt Hon Sir Dara Quill MP welcomed the plan.", "Dara Quill", "Sir", []string{"Local MP", "Rt Hon Sir", "MP"}, speakers.Org{Name: "Parliament"}},
		{"In his remarks, the Rt. Hon. Speaker of Parliament, Hon. Dara Quill, thanked Members.", "Dara Quill", "Hon.", []string{"Rt. Hon.", "Speaker of Parliament", "Hon."}, speakers.Org{Name: "Parliament"}},
		{"“Courts must act,” said Barr. Dara Quill, Chairman of the Kelvo Bar Association.", "Dara Quill", "Barr.", []string{"Barr.", "Chairman of the Kelvo Bar Association"}, speakers.Org{Name: "Kelvo Bar Association"}},
		{"Speaking at the site, H.E. the Governor of Kelvo County, Prof. Dara Quill, said so.", "Dara Quill", "Prof.", []string{"H.E.", "Governor of Kelvo County", "Prof."}, speakers.Org{Name: "Kelvo County"}},
		{"“Shops matter,” said Univ.-Prof. Dr. Dara Quill, Chair of the Board.", "Dara Quill", "Dr.", []string{"Univ.-Prof. Dr.", "Chair of the Board"}, speakers.Org{}},
		{"For his part, Secretary-General of the Kelvo Water Authority, Eng. Dara Quill, said the works were done.", "Dara Quill", "Eng.", []string{"Secretary-General of the Kelvo Water Authority", "Eng."}, speakers.Org{Name: "Kelvo Water Authority"}},
		{"Kelvo, 23 June 2025 – Minister of Water and Irrigation, H.E. Eng. Dara Quill, on Monday launched the works.", "Dara Quill", "Eng.", []string{"Minister of Water and Irrigation", "H.E. Eng."}, speakers.Org{Name: "Ministry of Water and Irrigation"}},
		{"The plan was shown in the presence of the Minister of Agriculture, Rural Development and Environment, Mrs. Dara Quill, and members of parliament.", "Dara Quill", "Mrs.", []string{"Minister of Agriculture, Rural Development and Environment"}, speakers.Org{Name: "Ministry of Agriculture, Rural Development and Environment"}},
		{"The Deputy Minister to the Prime Minister, Mr. Dara Quill, presented the plan.", "Dara Quill", "Mr.", []string{"Deputy Minister to the Prime Minister"}, speakers.Org{}},
		{"EN | ΕΛ\n\nThe Secretary General for Digital Services, Ms. Dara Quill, presented the results.", "Dara Quill", "Ms.", []string{"Secretary General for Digital Services"}, speakers.Org{}},
		{"The summit also heard from the Chair of the Kelvo Traders Network, Ms. Dara Quill, who said trade grew.", "Dara Quill", "Ms.", []string{"Chair of the Kelvo Traders Network"}, speakers.Org{Name: "Kelvo Traders Network"}},
		{"A prosecutor from the Office of Kelvo Prosecutions, Mtre Dara Quill, said the Crown would appeal.", "Dara Quill", "Mtre", []string{"prosecutor from the Office of Kelvo Prosecutions"}, speakers.Org{Name: "Office of Kelvo Prosecutions"}},
		{"The loan was signed by H.E. Dr. Dara Quill, Minister of Planning, and KDB President Dr. John Doe, in the presence of guests.", "Dara Quill", "Dr.", []string{"H.E. Dr.", "Minister of Planning"}, speakers.Org{Name: "Ministry of Planning"}},
		{"“I have cooked all my life.”\n– Dara Quill, cook at the Kelvo Farmers Cooperative\n\nThe appeal goes on.", "Dara Quill", "", []string{"cook at the Kelvo Farmers Cooperative"}, speakers.Org{Name: "Kelvo Farmers Cooperative"}},
		{"“We chose well,” said Dara Quill, Vice-President, Operations and Decarbonization, Aluminerie Kelvo-Nord.", "Dara Quill", "", []string{"Vice-President, Operations and Decarbonization"}, speakers.Org{Name: "Aluminerie Kelvo-Nord"}},
		{"The Syndic of Kelvo-les-Bains, Mr. Dara Quill, said the town would help.", "Dara Quill", "Mr.", []string{"Syndic of Kelvo-les-Bains"}, speakers.Org{Name: "Kelvo-les-Bains"}},
		{"The Minister of Labour, Employment and the Social and Solidarity Economy of Kelvania, Mr. Dara Quill, said so.", "Dara Quill", "Mr.", []string{"Minister of Labour, Employment and the Social and Solidarity Economy of Kelvania"}, speakers.Org{Name: "Ministry of Labour, Employment and the Social and Solidarity Economy of Kelvania"}},
		{"The network is led by Dr. Dara Quill (林志明), Director of the Kelvo Stroke Center.", "Dara Quill", "Dr.", []string{"Dr.", "Director of the Kelvo Stroke Center"}, speakers.Org{Name: "Kelvo Stroke Center"}},
		{"The lead researcher, Prof. Dr. Dara binti Quill of the Faculty of Medicine at KSU, said the survey was sound.", "Dara binti Quill", "Dr.", []string{"lead researcher", "Prof. Dr."}, speakers.Org{Name: "KSU"}},
		{"Minister of State for Manpower Ms Dara Quill announced the new rules.", "Dara Quill", "Ms", []string{"Minister of State for Manpower"}, speakers.Org{Name: "Ministry of Manpower"}},
		{"Dr Dara Quill, Executive Director of the non-profit group Friends of Kelvo Workers, welcomed the rules.", "Dara Quill", "Dr", []string{"Dr", "Executive Director of the non-profit group Friends of Kelvo Workers"}, speakers.Org{Name: "Friends of Kelvo Workers"}},
		{"“We did not set out to defend phones,” says Dr. Dara Quill, a senior research associate in the Department of Psychiatry at the KVU Faculty of Medicine.", "Dara Quill", "Dr.", []string{"Dr.", "senior research associate in the Department of Psychiatry at the KVU Faculty of Medicine"}, speakers.Org{Name: "KVU Faculty of Medicine"}},
		{"Superintendent Omar Nasser spoke first. According to Mr. Dara Quill, the syndicate hired young people to open accounts.", "Dara Quill", "Mr.", nil, speakers.Org{}},
		{"Mr. Dara Quill, National Councillor and Chairman of the Committee for Youth, Education and Sport, described the Order as balanced.", "Dara Quill", "Mr.", []string{"National Councillor", "Chairman of the Committee for Youth, Education and Sport"}, speakers.Org{Name: "Committee for Youth, Education and Sport"}},
		{"Chief Constable Dara Quill QPM said the force would act.", "Dara Quill", "", []string{"Chief Constable", "QPM"}, speakers.Org{}},
		{"“Lines are businesses,” said Det Supt Dara Quill.", "Dara Quill", "", []string{"Det Supt"}, speakers.Org{}},
		{"“Resilience matters,” said Baroness Dara Quill, Minister for Development.", "Dara Quill", "Baroness", []string{"Baroness", "Minister for Development"}, speakers.Org{Name: "Ministry of Development"}},
		{"Minister of State Dara Ó hAodha TD said it mattered.", "Dara Ó hAodha", "", []string{"Minister of State", "TD"}, speakers.Org{}},
		{"Councillor Hamza Mac an tSaoir, the city's convener for housing, said so.", "Hamza Mac an tSaoir", "Councillor", []string{"Councillor", "city's convener for housing"}, speakers.Org{}},
		{"“We protect the forest,” said Blgo. Dara Quill Valderrama, Executive Director of Kelvo Viva.", "Dara Quill Valderrama", "Blgo.", []string{"Blgo.", "Executive Director of Kelvo Viva"}, speakers.Org{Name: "Kelvo Viva"}},
		{"Director of Kelvo Children's Hospital, Assoc. Prof. Dr. Dara Quill, said the theatres were ready.", "Dara Quill", "Dr.", []string{"Director of Kelvo Children's Hospital", "Assoc. Prof. Dr."}, speakers.Org{Name: "Kelvo Children's Hospital"}},
		{"“No child should wait,” said Khunying Dara Quill, Chair of the Kelvo Foundation.", "Dara Quill", "Khunying", []string{"Khunying", "Chair of the Kelvo Foundation"}, speakers.Org{Name: "Kelvo Foundation"}},
		{"Vice Chairman of the Kelvo People's Committee Dara Quill welcomed the support.", "Dara Quill", "", []string{"Vice Chairman of the Kelvo People's Committee"}, speakers.Org{Name: "Kelvo People"}},
		{"Major General (r) Dara Quill said so.", "Dara Quill", "", []string{"Major General (r)"}, speakers.Org{}},
		{"The hospital’s Superintendent, Sister Ana do Carmo Quill, said so.", "Ana do Carmo Quill", "Sister", []string{"The hospital’s Superintendent", "Sister"}, speakers.Org{}},
		{"“It is a signal,” said Kelvania's Minister of State for Economic Affairs, Labour and Transport, Dara Quill.", "Dara Quill", "", []string{"Minister of State for Economic Affairs, Labour and Transport"}, speakers.Org{Name: "Kelvania"}},
		{"Dr. Ana Ruiz, a research scientist with Zentrix Labs who was not involved, said so.", "Ana Ruiz", "Dr.", []string{"Dr.", "research scientist with Zentrix Labs"}, speakers.Org{Name: "Zentrix Labs"}},
		{"Dr. Ana Ruiz, a research scientist with Natural Resources Kelvale, said so.", "Ana Ruiz", "Dr.", []string{"Dr.", "research scientist with Natural Resources Kelvale"}, speakers.Org{Name: "Natural Resources Kelvale"}},
		{"White House press secretary Josh Earnest told reporters.", "Josh Earnest", "", []string{"White House press secretary"}, speakers.Org{Name: "White House"}},
		{"Former Secretary of State and Democratic presidential frontrunner Hillary Clinton spoke.", "Hillary Clinton", "",
			[]string{"Former Secretary of State", "Democratic presidential frontrunner"}, speakers.Org{}},
		{"Mr. Smith, 45, a spokesman for the campaign, said.", "Smith", "Mr.", []string{"spokesman for the campaign"}, speakers.Org{}},
		{"EP rapporteur Ismail Ertug (S&D, DE) said it.", "Ismail Ertug", "", []string{"EP rapporteur"}, speakers.Org{Name: "S&D"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, tr := analyze(t, tt.text)
			p := person(t, tr, tt.name)
			assert.Equal(t, tt.honorific, p.Honorific)
			assert.Equal(t, tt.titles, p.Titles)
			assert.Equal(t, tt.org, p.Organization)
		})
	}
}

func TestAffiliationsInParentheses(t *testing.T) {
	_, tr := analyze(t, "EP rapporteur Ismail Ertug (S&D, DE) said it.")
	p := person(t, tr, "Ismail Ertug")
	names := affiliationNames(p)
	assert.Equal(t, speakers.Org{Name: "S&D"}, p.Organization, "the party speaks for them")
	assert.Contains(t, names, "European Parliament")
	assert.Contains(t, names, "DE")
}

func TestMergeMentions(t *testing.T) {
	text := "Ambassador Ulrika Funered opened. Ambassador Funered added more. Later Funered left."
	_, tr := analyze(t, text)
	require.Len(t, tr.People(), 1, "one person, three mentions")
	p := tr.People()[0]
	assert.Len(t, p.Mentions, 3)
	assert.Equal(t, "Ulrika", p.Given)
	assert.Equal(t, "Funered", p.Family)
	for _, m := range p.Mentions {
		assert.Equal(t, m.In(text), m.Text)
	}
}

func TestSameFamilyName(t *testing.T) {
	text := "Hillary Clinton spoke. Bill Clinton listened. Clinton said more."
	a, tr := analyze(t, text)
	assert.Len(t, tr.People(), 2, "two people share a family name")
	// "Clinton" is the latest Clinton before it.
	k := a.TokenAt(strings.LastIndex(text, "Clinton"))
	res := tr.Resolve(k, k+1)
	require.NotNil(t, res.Speaker)
	assert.Equal(t, "Bill Clinton", res.Speaker.Name)
}

// A family name with particles opening a sentence is the person named
// before with it.
func TestParticlesOpeningSentence(t *testing.T) {
	text := "“We paid,” said Cornelius van der Quill, President of Kelvale Mutual. Van der Quill said the program worked."
	_, tr := analyze(t, text)
	require.Len(t, tr.People(), 1)
	assert.Equal(t, "Cornelius van der Quill", tr.People()[0].Name)
}

// A name given again without its first given name is the same person:
// "Mac Giolla Phádraig" of "Órla Mac Giolla Phádraig".
func TestNameWithoutFirstGiven(t *testing.T) {
	text := "Dr Órla Mac Giolla Quill, Director of Evidence, said it. Dr Mac Giolla Quill added more. Mac Giolla Quill left."
	_, tr := analyze(t, text)
	require.Len(t, tr.People(), 1)
	assert.Equal(t, "Órla Mac Giolla Quill", tr.People()[0].Name)
}

// A family name with a capitalized particle, given again alone, is the
// person named before with it: "Van Quill" of "Gregory Van Quill", "St.
// Quill-Roe" of "Ryan St. Quill-Roe".
func TestParticleFamilyAlone(t *testing.T) {
	text := "Superintendent Dr. Gregory Van Quill said it. Later Van Quill added more. Minister Ryan St. Quill-Roe agreed. St. Quill-Roe left."
	_, tr := analyze(t, text)
	require.Len(t, tr.People(), 2)
	assert.Equal(t, "Gregory Van Quill", tr.People()[0].Name)
	assert.Equal(t, "Ryan St. Quill-Roe", tr.People()[1].Name)
}

// A title's field set off by commas is no person: "Catchment Science" of
// "Programme Manager for Catchment Science,".
func TestFieldIsNoPerson(t *testing.T) {
	text := "Dara Quill, Programme Manager for Water Science, said the rivers were worse."
	_, tr := analyze(t, text)
	require.Len(t, tr.People(), 1)
	assert.Equal(t, "Dara Quill", tr.People()[0].Name)
}

// resolved resolves the first occurrence of phrase in text and returns
// its speaker, failing the test when it has none.
func resolved(t *testing.T, a *entities.Analysis, tr *speakers.Tracker, text, phrase string) *speakers.Speaker {
	t.Helper()
	f, e := tokens(a, text, phrase)
	res := tr.Resolve(f, e)
	require.NotNil(t, res.Speaker, phrase)
	return res.Speaker
}

// resolvedLast returns the speaker the last occurrence of phrase resolves
// to, or fails.
func resolvedLast(t *testing.T, a *entities.Analysis, tr *speakers.Tracker, text, phrase string) *speakers.Speaker {
	t.Helper()
	i := strings.LastIndex(text, phrase)
	res := tr.Resolve(a.TokenAt(i), a.TokenAt(i+len(phrase)))
	require.NotNil(t, res.Speaker, phrase)
	return res.Speaker
}

// tokens returns the token range of the first occurrence of phrase.
func tokens(a *entities.Analysis, text, phrase string) (int, int) {
	i := strings.Index(text, phrase)
	first := a.TokenAt(i)
	end := a.TokenAt(i + len(phrase))
	return first, end
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, text, phrase string
		wantName           string
		wantKind           speakers.Kind
		wantRule           string
	}{
		{"pronoun she", "Ambassador Ulrika Funered spoke. Later she said more.", "she", "Ulrika Funered", speakers.Person, "pronoun"},
		{"the minister of a ministry's release is its own minister", "KELVANIA MINISTRY OF CLIMATE\n\nMinister of Climate Dara Quill presented the plan. Minister of Trade Bob Roe said it was fair. The Minister of Agriculture, Ann Lee, said farms would cope. The minister said prices would rise.", "The minister", "Dara Quill", speakers.Person, "title"},
		{"pronoun he skips a woman", "Mrs. Ann Lee met Mr. Bob Ray. He said more.", "He", "Bob Ray", speakers.Person, "pronoun"},
		{"pronoun skips a name after a preposition", "Volunteer diver Liam Roe, a retired electrician from Townsville, has logged 400 dives. Later he said more.", "he", "Liam Roe", speakers.Person, "pronoun"},
		{"pronoun skips a name in a whose phrase", "Among the first families was Ann Bulls of Kelvale, whose daughter Winona had surgery. Later she said more.", "she", "Ann Bulls", speakers.Person, "pronoun"},
		{"pronoun takes the source after according to", "Helicopters flew to 14 communes, according to Jean Nkuru, a logistics boss. Later he said more.", "he", "Jean Nkuru", speakers.Person, "pronoun"},
		{"pronoun skips a name inside the quotation it closes", "Dara Quill wrote a concerto for Ilse Roe. Quill said it was hard. “I wrote it at Ilse's table,” he said.", "he", "Dara Quill", speakers.Person, "pronoun"},
		{"the ambassador is the delegate a country follows", "The representative of Kelvania spoke first. DARA QUILL-ROE (Denmark) said the seas were unsafe. Later the ambassador added more.", "the ambassador", "Dara Quill-Roe", speakers.Person, "title"},
		{"the title's modifiers must be the holder's", "Chief Executive Officer Jane Roe spoke. Later the chief operating officer said more.", "the chief operating officer", "chief operating officer", speakers.Person, "descriptor"},
		{"the foreign minister", "Minister of Foreign Affairs Ann Lee spoke. Later the foreign minister said more.", "the foreign minister", "Ann Lee", speakers.Person, "title"},
		{"a pronoun contracted with its verb", "Ambassador Ulrika Funered spoke. Later she’s said more.", "she’s", "Ulrika Funered", speakers.Person, "pronoun"},
		{"the laureate is who won the prize", "Professor Dara Quill of the Department of Physics has been awarded the 2027 Kelvale Prize. Later the laureate said more.", "the laureate", "Dara Quill", speakers.Person, "title"},
		{"a short name the text defines", "Kelvale Home Stores Limited (\"Kelvale Home\" or \"the Group\") today announced closures. The Group said it had begun talks.", "The Group", "Kelvale Home Stores Limited", speakers.Organization, "organization"},
		{"the envoy is the ambassador", "Ambassador Ulrika Funered spoke. Later the envoy said more.", "the envoy", "Ulrika Funered", speakers.Person, "title"},
		{"the Ambassador", "Ambassador Ulrika Funered spoke. The Ambassador said more.", "The Ambassador", "Ulrika Funered", speakers.Person, "title"},
		{"the ranked title is the holder's with that rank", "Minister Ann Lee spoke. Dara Quill, First Deputy Minister of Rural Roads, welcomed it. Later the Deputy Minister said more.", "the Deputy Minister", "Dara Quill", speakers.Person, "title"},
		{"a style before the title", "The ceremony was attended by H.E. Eng. Dara Quill, Minister of Transport. H.E. the Minister said the port would open.", "H.E. the Minister", "Dara Quill", speakers.Person, "title"},
		{"a title with its field is its holder's, not a ranked one's", "The Deputy Minister to the Prime Minister, Mr. Dara Quill, and the Minister of Digital Services, Mr. Omar Nasser, presented the plan. Speaking to reporters, Mr. Quill said it would work. The Minister of Digital Services noted that it was cheap.", "The Minister of Digital Services", "Omar Nasser", speakers.Person, "title"},
		{"she after a title with a body's letters", "The plan was presented by the United Nations Resident Coordinator for Kelvo, Ms. Dara Quill. Professor Ann Lee of Kelvo University said floods had risen. The UN Coordinator appealed to donors. “Act now,” she concluded.", "she", "Dara Quill", speakers.Person, "pronoun"},
		{"an excellency before the title", "Ambassador Ulrika Funered spoke. Later Her Excellency the Ambassador said more.", "Her Excellency the Ambassador", "Ulrika Funered", speakers.Person, "title"},
		{"the senator", "Sen. Ted Cruz spoke. Later the senator said more.", "the senator", "Ted Cruz", speakers.Person, "title"},
		{"organization", "The White House said so.", "The White House", "White House", speakers.Organization, "organization"},
		{"the department before the text names it in full", "The department said applications would open in May. The Department of Forests and Rural Energy runs the fund.", "The department", "Department of Forests and Rural Energy", speakers.Organization, "organization"},
		{"a body's last two words", "Kelvo Local Aboriginal Land Council signed the deal. The Land Council has called on the state to match it.", "The Land Council", "Kelvo Local Aboriginal Land Council", speakers.Organization, "organization"},
		{"the City of a city's letterhead", "CITY OF KELVO\n\nThe Kelvo City Council approved the tram. The City said in a statement that works would begin in spring.", "The City", "City of Kelvo", speakers.Organization, "organization"},
		{"a Korean name is written family name first", "Mayor Jeon spoke first. Later, Kelvo Mayor Jeon Hye-rin said more.", "Mayor Jeon", "Jeon Hye-rin", speakers.Person, "name"},
		{"the city in a city government's release", "KELVO METROPOLITAN GOVERNMENT\n\nThe city said that ridership had risen.", "The city", "Kelvo Metropolitan Government", speakers.Organization, "organization"},
		{"the City in a metropolitan municipality's release", "KELVO BAY METROPOLITAN MUNICIPALITY\n\nWork starts in October. The City said that residents may see interruptions.", "City", "Kelvo Bay Metropolitan Municipality", speakers.Organization, "organization"},
		{"the issuer's last two words", "Kelvo City Hall | News\n\nThe first buses run today. The rest will come in October, the City Hall said.", "the City Hall", "Kelvo City Hall", speakers.Organization, "organization"},
		{"group", "Officials at the State Department said so.", "Officials at the State Department", "Officials at the State Department", speakers.Group, "group"},
		{"unnamed person", "A campaign spokeswoman said so.", "A campaign spokeswoman", "campaign spokeswoman", speakers.Person, "descriptor"},
		{"name after titles", "Policy Analyst Ali Rached said so.", "Policy Analyst Ali Rached", "Ali Rached", speakers.Person, "name"},
		{"name in a complement is not the head", "An aide to Hillary Clinton said so.", "An aide to Hillary Clinton", "aide to Hillary Clinton", speakers.Person, "descriptor"},
		{"possessor is not the head", "Hillary Clinton’s campaign said so.", "Hillary Clinton’s campaign", "Hillary Clinton’s campaign", speakers.Organization, "organization"},
		{"group of speakers", "Greater co-operation is needed, said speakers at today’s meeting of the Forum.", "speakers at today’s meeting of the Forum", "speakers at today’s meeting", speakers.Group, "group"},
	}
	for _, text := range []string{"Let me close by thanking everyone.", "Without action, we fail."} {
		a, tr := analyze(t, text)
		f, e := tokens(a, text, strings.Fields(text)[0])
		assert.Nil(t, tr.Resolve(f, e).Speaker, "an opening word names no one: %q", text)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, tr := analyze(t, tt.text)
			f, e := tokens(a, tt.text, tt.phrase)
			res := tr.Resolve(f, e)
			require.NotNil(t, res.Speaker, "no speaker for %q", tt.phrase)
			assert.Equal(t, tt.wantName, res.Speaker.Name)
			assert.Equal(t, tt.wantKind, res.Speaker.Kind)
			assert.Equal(t, tt.wantRule, res.Rule)
			assert.Equal(t, res.Mention.In(tt.text), res.Mention.Text)
		})
	}
}

func TestGender(t *testing.T) {
	text := "Ali Rached spoke. He described the plan. Ms. Dana Cole and spokeswoman Eva Ruiz agreed with Kim Park."
	a, tr := analyze(t, text)
	f, e := tokens(a, text, "He")
	res := tr.Resolve(f, e)
	require.NotNil(t, res.Speaker)
	assert.Equal(t, entities.Male, res.Speaker.Gender, "from the pronoun")
	assert.Equal(t, entities.Female, person(t, tr, "Dana Cole").Gender, "from the honorific")
	assert.Equal(t, entities.Female, person(t, tr, "Eva Ruiz").Gender, "from the title")
	assert.Equal(t, "Ali Rached", res.Speaker.Name)
	assert.Equal(t, entities.UnknownGender, person(t, tr, "Kim Park").Gender, "nothing shows it: never guessed from a name")
}

func TestSpeakersNumbering(t *testing.T) {
	text := "The White House said so. Ann Lee said so."
	a, tr := analyze(t, text)
	for _, ph := range []string{"The White House", "Ann Lee"} {
		f, e := tokens(a, text, ph)
		res := tr.Resolve(f, e)
		require.NotNil(t, res.Speaker)
		tr.Attribute(res.Speaker, res.Mention)
	}
	out := tr.Speakers()
	require.Len(t, out, 2)
	assert.Equal(t, "s1", out[0].ID)
	assert.Equal(t, "Ann Lee", out[0].Name, "people come first")
	assert.Equal(t, "s2", out[1].ID)
	assert.Equal(t, 1, out[0].Quotes())
}

func TestKindText(t *testing.T) {
	for k, name := range map[speakers.Kind]string{speakers.Person: "person", speakers.Organization: "organization",
		speakers.Group: "group", speakers.Document: "document"} {
		assert.Equal(t, name, k.String())
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, name, string(b))
		var back speakers.Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	assert.Equal(t, "unknown", speakers.Kind(0).String())
	assert.Equal(t, "unknown", speakers.Kind(99).String())
	var k speakers.Kind
	require.NoError(t, k.UnmarshalText([]byte("documents")))
	assert.Equal(t, speakers.Kind(0), k, "an unknown name is the zero kind")
	assert.Equal(t, "Sweden", speakers.Org{Name: "Sweden"}.String())
	assert.Equal(t, "World Customs Organization (WCO)", speakers.Org{Name: "World Customs Organization", Acronym: "WCO"}.String())
}

// TestDoubleFamilyName: "Haddad Quill" after "Dara Haddad Quill" is her
// double family name, unless the text names "Quill" alone, which makes
// the first word a given name ("Appoints Dara Quill" in a headline).
func TestDoubleFamilyName(t *testing.T) {
	_, tr := analyze(t, "The plan was criticised. Kelvale Action's head of policy, Dara Haddad Quill, said it relied on luck. “This plan has no road signs,” Haddad Quill said.")
	var names []string
	for _, p := range tr.People() {
		names = append(names, p.Name)
	}
	assert.Equal(t, []string{"Dara Haddad Quill"}, names)

	_, tr = analyze(t, "Zentrix Robotics Appoints Dara Quill as Chief Medical Officer\n\nThe company named Dara Quill to the post. Dr. Quill joins from Kelvale Labs.")
	names = names[:0]
	for _, p := range tr.People() {
		names = append(names, p.Name)
	}
	assert.Contains(t, names, "Dara Quill", "not merged into the headline's \"Appoints Dara Quill\"")
}

// TestStyleTitles: an honour or a style of address that belongs to a
// culture or a profession ("Aunty", "Ratu", "Alhaji", "Eng.") is a title,
// as "Sir" and "Rev." are; a courtesy form ("Mr.", "Dr.") is not.
func TestStyleTitles(t *testing.T) {
	for _, tt := range []struct{ text, person, title string }{
		{"Aunty Dara Quill, chair of the Kelvale Land Council, opened the day.", "Dara Quill", "Aunty"},
		{"The chief of Naviti village, Ratu Dara Quill, welcomed the team.", "Dara Quill", "Ratu"},
		{"Kelvania's Minister of Agriculture, Alhaji Dara Quill, welcomed the loan.", "Dara Quill", "Alhaji"},
		{"The Minister of Public Works, Eng. Dara Quill, opened the bridge.", "Dara Quill", "Eng."},
	} {
		_, tr := analyze(t, tt.text)
		p := person(t, tr, tt.person)
		assert.Contains(t, p.Titles, tt.title, tt.text)
	}
	_, tr := analyze(t, "Mr. Dara Quill, chair of the Kelvale Land Council, opened the day.")
	assert.NotContains(t, person(t, tr, "Dara Quill").Titles, "Mr.")
}

// TestClauseAfterNameNoTitle: the clause after "According to Jane Roe,"
// is what she said, no description of her.
func TestClauseAfterNameNoTitle(t *testing.T) {
	_, tr := analyze(t, "According to Mrs. Dara Quill, the district recorded 61 suspected cases between August and October.")
	assert.Empty(t, person(t, tr, "Dara Quill").Titles)
}

func TestStyleAfterAPost(t *testing.T) {
	// "Housing Committee chair Sen. Tom Reyes": a post, then an
	// abbreviated style, are two titles; "State Sen." and "U.S. Sen." one.
	text := "Housing Committee chair Sen. Tom Reyes said he would act. State Sen. Ann Lee said she agreed. U.S. Sen. Bo Park said so."
	_, tr := analyze(t, text)
	assert.Equal(t, []string{"Housing Committee chair", "Sen."}, person(t, tr, "Tom Reyes").Titles)
	assert.Equal(t, []string{"State Sen."}, person(t, tr, "Ann Lee").Titles)
	assert.Equal(t, []string{"U.S. Sen."}, person(t, tr, "Bo Park").Titles)
}

// TestCapitalParticleAfterGivenName: "Van" before a lower-case particle
// belongs to the family name after a given name, so that "Van den Broeck
// said" is "Luc Van den Broeck".
func TestCapitalParticleAfterGivenName(t *testing.T) {
	text := `Founder Luc Van den Broeck will remain. "My father built it," Van den Broeck said.`
	_, tr := analyze(t, text)
	var names []string
	for _, p := range tr.People() {
		names = append(names, p.Name)
	}
	assert.Equal(t, []string{"Luc Van den Broeck"}, names)
}

func TestMalayNamesCalledByTheGivenName(t *testing.T) {
	// A name given first, then the father's ("Kamal bin Quill"), is called
	// by the given name: the headline's "Datuk Kamal:" above it and "Datuk
	// Kamal said" after it are the same person. "Yang Berhormat Minister
	// said" is the minister the text named.
	text := "Datuk Kamal: \"Borders should feel near\"\n\n" +
		"\"Borders should feel near,\" said Datuk Kamal bin Quill, Group Chief Executive Officer of Kelvo Digital.\n\n" +
		"Datuk Kamal said payments would settle directly.\n\n" +
		"The ceremony was officiated by Yang Berhormat Dato Seri Setia Awang Haji Omar bin Haji Nasser, Minister of Primary Resources.\n\n" +
		"In his address, Yang Berhormat Minister said that rice output was low."
	a, tr := analyze(t, text)
	p := person(t, tr, "Kamal bin Quill")
	for _, phrase := range []string{"Datuk Kamal:", "Datuk Kamal said"} {
		f, _ := tokens(a, text, phrase)
		assert.Equal(t, p, tr.Resolve(f, f+2).Speaker, phrase)
	}
	assert.Equal(t, "Omar bin Haji Nasser", resolved(t, a, tr, text, "Yang Berhormat Minister").Name)
	// "Tan Sri Ismail" over "Ismail bin Abu Quill": the patronym inside
	// what reads as given names.
	text = "President Tan Sri Ismail: \"It is the backbone\"\n\n\"It is the backbone,\" said Bank President Tan Sri Dr. Ismail bin Abu Quill."
	a, tr = analyze(t, text)
	assert.Equal(t, "Ismail bin Abu Quill", resolved(t, a, tr, text, "Tan Sri Ismail").Name)
}

func TestBareTitleOfANamedHolder(t *testing.T) {
	// A bare title the text did not tie to a name before ("Minister" of a
	// page's "Minister: “…”" line) stands for the one holder the next two
	// sentences name; far from any, it names no one. "the Minister" after
	// the text names the minister is that named holder.
	text := "Home. About us. Media. Contact us. Search.\n\nMinister: “Every tonne counts.”\n\n" +
		"The ceremony was officiated by Dato Omar bin Nasser, Minister of Farms and Tourism.\n\n" +
		"“We need better seed,” said the Minister."
	a, tr := analyze(t, text)
	first := strings.Index(text, "Minister:")
	f := a.TokenAt(first)
	res := tr.Resolve(f, f+1)
	require.NotNil(t, res.Speaker)
	assert.Equal(t, "Omar bin Nasser", res.Speaker.Name, "the holder named right after")
	tr.Attribute(res.Speaker, res.Mention) // (as the extractor records the quote's speaker)
	assert.Equal(t, "Omar bin Nasser", resolved(t, a, tr, text, "the Minister").Name)
	text = "Home. About us. Media. Contact us. Search.\n\nMinister: “Every tonne counts.”\n\n" +
		"The harvest was poor this year. Rain came late. Prices rose in every market.\n\n" +
		"The ceremony was officiated by Dato Omar bin Nasser, Minister of Farms and Tourism."
	a, tr = analyze(t, text)
	f = a.TokenAt(strings.Index(text, "Minister:"))
	res = tr.Resolve(f, f+1)
	require.NotNil(t, res.Speaker)
	assert.Equal(t, "", res.Speaker.Family, "the bare title far from its holder names no one")
}

func TestGivenNameAfterAStyleOrTitle(t *testing.T) {
	// Thai and Indonesian texts call people by the given name after a
	// style or a title: "Khun Dara:" over "Dara Quillsiri", "Governor
	// Omar" after "Omar Nasserwan" are those people. A Philippine police
	// rank and an undersecretary's "Usec." are titles.
	text := "Khun Dara: \"Merchants asked for this\"\n\n" +
		"\"Merchants asked for this,\" said Dara Quillsiri, Executive Vice President of Kelvo Bank.\n\n" +
		"Governor Omar Nasserwan opened the centre. Governor Omar said the basin was ready.\n\n" +
		"PBGen. Ann Leesa, Regional Director of PRO-7, said the raid worked. Usec. Ben Roeyes, Executive Director of the Kelvo Cyber Center, agreed."
	a, tr := analyze(t, text)
	assert.Equal(t, "Dara Quillsiri", resolved(t, a, tr, text, "Khun Dara").Name)
	at := strings.Index(text, "Governor Omar said")
	res := tr.Resolve(a.TokenAt(at), a.TokenAt(at+len("Governor Omar")))
	require.NotNil(t, res.Speaker)
	assert.Equal(t, "Omar Nasserwan", res.Speaker.Name)
	assert.Equal(t, []string{"PBGen.", "Regional Director of PRO-7"}, person(t, tr, "Ann Leesa").Titles)
	assert.Equal(t, []string{"Usec.", "Executive Director of the Kelvo Cyber Center"}, person(t, tr, "Ben Roeyes").Titles)
}

func TestDoubleFamilyNameInTheHeadline(t *testing.T) {
	// A headline names the chief executive by his two family names; the
	// body gives his given name too: one person. "Doña Marta" is the one
	// Marta the text names in full.
	text := "Kelvo Energia Announces Hybrid Complex; CEO Dara Quillão Calls It \"the Backbone of Our Plan\"\n\n" +
		"\"It is the backbone of our plan,\" said Ricardo Dara Quillão, Chief Executive Officer of Kelvo Energia.\n\n" +
		"Marta Gómez Ruiz, a street vendor, took a loan. \"I can buy a grill,\" said Doña Marta."
	a, tr := analyze(t, text)
	assert.Equal(t, "Ricardo Dara Quillão", resolved(t, a, tr, text, "Dara Quillão").Name)
	assert.Equal(t, "Marta Gómez Ruiz", resolved(t, a, tr, text, "Doña Marta").Name)

	// Two given names before the two family names.
	text = "Kelvo Energia Signs Loan; CEO Quillão Neto Calls It \"a Turning Point\"\n\n" +
		"\"It is a turning point,\" said Ricardo Almeida Quillão Neto, Chief Executive Officer of Kelvo Energia.\n\n" +
		"\"It is also our largest loan,\" Quillão Neto added."
	a, tr = analyze(t, text)
	assert.Equal(t, "Ricardo Almeida Quillão Neto", resolved(t, a, tr, text, "Quillão Neto").Name)
	assert.Equal(t, "Ricardo Almeida Quillão Neto", resolvedLast(t, a, tr, text, "Quillão Neto").Name)
}

func TestIndonesianStyleAndGivenName(t *testing.T) {
	// "Pak Hendra" is the one Hendra the text names in full.
	text := "“The route opens in March,” said Hendra Wijaya Santoso, President Director of Kelvo Logistik.\n\n" +
		"Pak Hendra said the service was aimed at exporters."
	a, tr := analyze(t, text)
	assert.Equal(t, "Hendra Wijaya Santoso", resolved(t, a, tr, text, "Pak Hendra").Name)
}

func TestMalayGivenNamesBeforeThePatronym(t *testing.T) {
	// Two given names before "bin …" are the person's name alone, in a
	// headline before the full name or in the body after it; "Dato' Sri"
	// is one honour.
	text := "Group Managing Director Dato' Sri Kamal Arif Says Deal \"Doubles Our Portfolio\"\n\n" +
		"\"It doubles our portfolio,\" said Dato' Sri Kamal Arif bin Mohd Rashid, Group Managing Director of Kelvo Berhad.\n\n" +
		"Datuk Mohd Faizal bin Abdul Rahim, the state police chief, spoke next. Datuk Mohd Faizal said 19 people were arrested."
	a, tr := analyze(t, text)
	p := resolved(t, a, tr, text, "Kamal Arif Says")
	assert.Equal(t, "Kamal Arif bin Mohd Rashid", p.Name)
	assert.Contains(t, p.Titles, "Dato' Sri")
	assert.Equal(t, "Mohd Faizal bin Abdul Rahim", resolvedLast(t, a, tr, text, "Mohd Faizal").Name)
}

func TestBritishPoliceRankShort(t *testing.T) {
	// "DI Quill" is Detective Inspector Dara Quill: a rank written short
	// before the family name is a title, no part of the name.
	text := "Detective Inspector Dara Quill, who led the inquiry, said: \"They will not come back.\"\n\n" +
		"DI Quill said officers had recovered 19 of the stolen vehicles."
	a, tr := analyze(t, text)
	p := resolvedLast(t, a, tr, text, "DI Quill")
	assert.Equal(t, "Dara Quill", p.Name)
	assert.Contains(t, p.Titles, "Detective Inspector")

	// A tenant named with her role before the name.
	text = "Tenant Jane Roe, who lives in one of the homes, said the change had been \"night and day\"."
	a, tr = analyze(t, text)
	p = resolved(t, a, tr, text, "Jane Roe")
	assert.Equal(t, "Jane Roe", p.Name)
	assert.Equal(t, []string{"Tenant"}, p.Titles)
}

func TestStyledMiddleNameIsTheNameCalled(t *testing.T) {
	// "Mrs. Ewane" is Mrs. Comfort Ewane Ngole: a styled name of three
	// words indexes its middle word, even when the first is a common word.
	text := "Her mother, Mrs. Comfort Kelvane Ngole, said the girl could not walk to school. \"Now she runs ahead of me,\" Mrs. Kelvane said."
	a, tr := analyze(t, text)
	assert.Equal(t, "Comfort Kelvane Ngole", resolvedLast(t, a, tr, text, "Mrs. Kelvane").Name)
}

func TestFirstOfHyphenatedFamilyNameIsTheNameCalled(t *testing.T) {
	// "Kurtović" in a headline is Lejla Kurtović-Hasanbegović: the first of
	// a hyphenated family name, called alone.
	text := "Young people leave, warns Secretary General Quillović at the launch\n\n\"They vote with their feet,\" said Secretary General Dr. Dara Quillović-Hasanbegović."
	a, tr := analyze(t, text)
	assert.Equal(t, "Dara Quillović-Hasanbegović", resolved(t, a, tr, text, "Quillović").Name)
}

func TestPostLettersTheTextDefines(t *testing.T) {
	// "the DC" is the Deputy Commissioner (DC) the text named: letters the
	// text defines for a post stand for its holder.
	text := "Deputy Commissioner (DC) Dara Quill told the meeting that the squads were formed. \"We will register cases against violators,\" the DC said."
	a, tr := analyze(t, text)
	assert.Equal(t, "Dara Quill", resolvedLast(t, a, tr, text, "the DC").Name)
}

func TestKyrgyzPatronymIsTheNameCalled(t *testing.T) {
	// "Kelvobek uulu said" is Nurlan Kelvobek uulu: the father's name with
	// its word is the name the text calls him by.
	text := "Mayor of Bishkek Nurlan Kelvobek uulu said the schools were financed.\n\n\"Building walls is the easy part,\" Kelvobek uulu said."
	a, tr := analyze(t, text)
	assert.Equal(t, "Nurlan Kelvobek uulu", resolvedLast(t, a, tr, text, "Kelvobek uulu").Name)
}

func TestFirstFamilyNameWhenTheLastIsAWord(t *testing.T) {
	// "Mourão said" after "Dr. Ricardo Mourão Sales": his first family
	// name, though the last ("Sales") is also a common word.
	text := "Dr. Ricardo Mourão Sales, Director of Surveillance, said the pilot began.\n\n“Brigades arrive late,” Mourão said."
	a, tr := analyze(t, text)
	assert.Equal(t, "Ricardo Mourão Sales", resolvedLast(t, a, tr, text, "Mourão").Name)
}
