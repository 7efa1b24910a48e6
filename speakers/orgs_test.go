package speakers_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/entities"
	"github.com/quotekit/quotekit/speakers"
)

// TestOrganizationsFromStructure: organizations no list knows, read from
// the shape of the text. Every name and company here is invented.
func TestOrganizationsFromStructure(t *testing.T) {
	tests := []struct {
		name, text, person string
		titles             []string
		org                string
	}{
		{"title's body", "“We grew,” said Dara Quill, Chief Financial Officer of Zentrix. “Next year too.”",
			"Dara Quill", []string{"Chief Financial Officer of Zentrix"}, "Zentrix"},
		{"a place inside a run", "“We grew,” said Dara Quill, President of US Widgetry.",
			"Dara Quill", []string{"President of US Widgetry"}, "US Widgetry"},
		{"common words name a department", "“We grew,” said Dara Quill, Director of Operations.",
			"Dara Quill", []string{"Director of Operations"}, ""},
		{"a field the lexicon lacks, no body", "“We will act,” said Alderman for Mobility Dara Quill. “Head of Craft & Sourcing Ann Lee agrees,” she said.",
			"Dara Quill", []string{"Alderman for Mobility"}, ""},
		{"a field after Head, no body", "“We will act,” said Dara Quill, Head of Craft & Sourcing.",
			"Dara Quill", []string{"Head of Craft & Sourcing"}, ""},
		{"a body whose field is a list", "The Federal Ministry for Mobility, Infrastructure and Innovation pays. “We will act,” said Federal Minister for Mobility, Infrastructure and Innovation Dr. Dara Quill.",
			"Dara Quill", []string{"Federal Minister for Mobility, Infrastructure and Innovation", "Dr."}, "Federal Ministry for Mobility, Infrastructure and Innovation"},
		{"credentials then a title", "“We found it,” said Orla Brennick, MD, PhD, a professor of surgery at Kelvale Health.",
			"Orla Brennick", []string{"MD", "PhD", "professor of surgery at Kelvale Health"}, "Kelvale Health"},
		{"a bare title takes the issuer (About)", "“We grew,” said Dara Quill, CFO.\n\nAbout Zentrix Robotics\n\nZentrix Robotics makes robots.",
			"Dara Quill", []string{"CFO"}, "Zentrix Robotics"},
		{"a bare title takes the issuer (dateline)", "SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Robotics, Inc. (NASDAQ: ZRB), a maker of robots, today announced results.\n\n“We grew,” said Dara Quill, CEO.",
			"Dara Quill", []string{"CEO"}, "Zentrix Robotics, Inc."},
		{"a bare title takes the issuer (headline)", "Zentrix Awards Grant to Local School\n\nZentrix gave a grant. “We care,” said Dara Quill, Director.",
			"Dara Quill", []string{"Director"}, "Zentrix"},
		{"a bare title takes the issuer (most named)", "The Kelvale Institute studied sleep. The Kelvale Institute found a gene. “We found it,” said Orla Brennick, professor. The Kelvale Institute will go on.",
			"Orla Brennick", []string{"professor"}, "Kelvale Institute"},
		{"a bare title takes the issuer (page header)", "Zentrix Robotics - Newsroom\n\nZentrix builds robots. “We care,” said Dara Quill, Director.",
			"Dara Quill", []string{"Director"}, "Zentrix Robotics"},
		{"a unit set off after the title, the body after \"at\"", "The plant opened.\n\n“It works,” said Dr. Dara Quill, Vice President, Cockpit Electronics, at Kelvo Automotive Systems.",
			"Dara Quill", []string{"Dr.", "Vice President, Cockpit Electronics"}, "Kelvo Automotive Systems"},
		{"an organization after the titles", "“We care,” said Dara Quill, Executive Vice President, Marketing & Strategy, Chief Strategy Officer, Zentrix Robotics, Inc.",
			"Dara Quill", []string{"Executive Vice President, Marketing & Strategy", "Chief Strategy Officer"}, "Zentrix Robotics, Inc."},
		{"an abbreviated role", "“We care,” said Dara Quill, GM at Zentrix. Zentrix makes robots.",
			"Dara Quill", []string{"GM at Zentrix"}, "Zentrix"},
		{"a member of Congress", "The state's Congressional delegation met. “We will act,” said Congresswoman Dara Quill.",
			"Dara Quill", []string{"Congresswoman"}, "U.S. House of Representatives"},
		{"a district and a city in parentheses", "“We will act,” said State Senator Dara Quill (17th District – Springfield).",
			"Dara Quill", []string{"State Senator"}, ""},
		{"a title said of the person", "“We found it,” said Dara Quill, a former researcher at the Foundry. Quill is currently a professor at Kelvo University.",
			"Dara Quill", []string{"former researcher at the Foundry", "professor at Kelvo University"}, "Kelvo University"},
		{"a name the recognizer took for a person, inside a longer body", "“We are proud,” said Bob Quill, President of The Great Zentrix Kitchen Grill.",
			"Bob Quill", []string{"President of The Great Zentrix Kitchen Grill"}, "Great Zentrix Kitchen Grill"},
		{"a definite title before the name", "VIENNA, 3 May 2024 – The Special Representative of the OSCE Chairperson-in-Office in the Trilateral Contact Group (TCG), Ambassador Dara Quill, made the following statement:",
			"Dara Quill", []string{"Special Representative of the OSCE Chairperson-in-Office in the Trilateral Contact Group (TCG)", "Ambassador"}, "Organization for Security and Co-operation in Europe"},
		{"a company's shorter name before a title", "Rivertown Power Company fixed its bills. Rivertown Power spokesperson Carl Mendes said so.",
			"Carl Mendes", []string{"Rivertown Power spokesperson"}, "Rivertown Power"},
		{"the body a title names by its head alone", "The Helping Hands Foundation funded the work. “We are proud,” said Maria Quill, president of the foundation.",
			"Maria Quill", []string{"president of the foundation"}, "Helping Hands Foundation"},
		{"a campus's short form, named in full elsewhere", "Engineers at the University of Rivertown-Northfield built it. “It works,” says Dara Quill, a UR-Northfield professor of physics.",
			"Dara Quill", []string{"UR-Northfield professor of physics"}, "University of Rivertown-Northfield"},
		{"a short form the text never expands stays a name", "“It works,” says Dara Quill, a UR-Northfield professor of physics.",
			"Dara Quill", []string{"UR-Northfield professor of physics"}, ""},
		{"an organ's coverage is its body's", "The Security Council met today on Ruritania. “We are alarmed,” said Dara Quill, Under-Secretary-General for Peace Operations. The Council adjourned.",
			"Dara Quill", []string{"Under-Secretary-General for Peace Operations"}, "United Nations"},
		{"an organ named once gives no issuer", "“We are alarmed,” said Dara Quill, Director of Peace Operations, before the Security Council.",
			"Dara Quill", []string{"Director of Peace Operations"}, ""},
		{"a title's field in lower case, then the body", "“We care,” said Dara Quill, vice president, market development engineering at Zentrix Robotics, Inc. “We will go on.”",
			"Dara Quill", []string{"vice president, market development engineering at Zentrix Robotics, Inc."}, "Zentrix Robotics, Inc."},
		{"a lower-case clause after a title is no field", "“We care,” said Dara Quill, president, adding that the plan was sound.",
			"Dara Quill", []string{"president"}, ""},
		{"titles set off before the name after the verb", "Zentrix, Inc. won. “We care,” said Zentrix founder and Chairman, Dara Quill.",
			"Dara Quill", []string{"Zentrix founder", "Chairman"}, "Zentrix"},
		{"a state legislator sits in the legislature the text names", "The bill passed both chambers of the General Assembly. It was sponsored by State Senator Dara Quill (17th District – Springfield). “It is fair,” Sen. Quill said.",
			"Dara Quill", []string{"State Senator", "Sen."}, "General Assembly"},
		{"an acronym before a title is the body", "Dr Dara Quill, RHS Doctor and media medic, said: we must sleep more.",
			"Dara Quill", []string{"Dr", "RHS Doctor and media medic"}, "RHS"},
		{"common words before a title at the sentence's start", "Road Safety Minister Dara Quill said: the limits will save lives.",
			"Dara Quill", []string{"Road Safety Minister"}, ""},
		{"a time word before a title is not the title's", "Today Health Minister Dara Quill said the limits will save lives.",
			"Dara Quill", []string{"Health Minister"}, ""},
		{"a line with many capitals that reports speech is no headline", "Professor Sir Dara Gray, Clinical Adviser for the One You campaign, said:",
			"Dara Gray", []string{"Professor Sir", "Clinical Adviser for the One You campaign"}, ""},
		{"a plural title before a list of names is each one's, in the singular", "The shop is run by brand co-founders Dara Quill and Bob Roe. “We are proud,” said Dara Quill.\n\nAbout Zentrix Grill\n\nZentrix Grill serves food.",
			"Dara Quill", []string{"co-founder"}, "Zentrix Grill"},
		{"the second name of the list holds it too", "The shop is run by brand co-founders Bob Roe and Dara Quill. “We are proud,” said Dara Quill.\n\nAbout Zentrix Grill\n\nZentrix Grill serves food.",
			"Dara Quill", []string{"co-founder"}, "Zentrix Grill"},
		{"a university before a student's year and name", "Zentrix, Inc. announced that Kelvale University Junior Dara Quill won the challenge. “It feels great,” said Quill.",
			"Dara Quill", []string{"Kelvale University Junior"}, "Kelvale University"},
		{"common words before a title name a department, not a body", "“We care,” said Dara Quill, Program Services Director.\n\nAbout Zentrix Robotics\n\nZentrix Robotics makes robots.",
			"Dara Quill", []string{"Program Services Director"}, "Zentrix Robotics"},
		{"an academic department alone belongs to the issuer", "“We found it,” said Dara Quill, MD, professor and chair of the Department of Surgery.\n\nAbout Kelvale Health\n\nKelvale Health runs hospitals.",
			"Dara Quill", []string{"MD", "professor", "chair of the Department of Surgery"}, "Kelvale Health"},
		{"an academic department at a named institution", "“We found it,” said Dara Quill, associate professor in the Department of Surgery at Rivertown University.\n\nAbout Kelvale Health\n\nKelvale Health runs hospitals.",
			"Dara Quill", []string{"associate professor in the Department of Surgery at Rivertown University"}, "Rivertown University"},
		{"a title's field in lower case before the name", "Rapporteur on clean fuels Dara Quill said the rules would help.",
			"Dara Quill", []string{"Rapporteur on clean fuels"}, ""},
		{"a list of people after a name is not her title", "State Attorney Dara Quill, Police Director Bob Roe and Mayor Ann Lee announce the arrest. “It is sad,” said State Attorney Dara Quill.",
			"Dara Quill", []string{"State Attorney"}, ""},
		{"a second title joined by 'and' is a second title of hers", "“We compete,” said Dara Quill, Vice President and Zentrix Fellow, Zentrix Robotics, Inc.",
			"Dara Quill", []string{"Vice President", "Zentrix Fellow"}, "Zentrix Robotics, Inc."}, // one entry per distinct title, as the annotations give them
		{"the titles before 'to' serve the name", "Chief of Staff to Senator Dara Quill, Bob Roe, said the bill is fair. “It is fair,” Quill said.",
			"Dara Quill", []string{"Senator"}, ""},
		{"a title after 'as'", "Zentrix Robotics Appoints Dara Quill as Chief Technology Officer\n\nZentrix Robotics, Inc. today announced the appointment of Dara Quill as Chief Technology Officer. “I look forward to it,” Quill said.\n\nAbout Zentrix Robotics\n\nZentrix Robotics makes robots.",
			"Dara Quill", []string{"Chief Technology Officer"}, "Zentrix Robotics"},
		{"a clause after the appositive is no description", "According to Dara Quill, an analyst at Halden Research, the move signals a shift toward automation.",
			"Dara Quill", []string{"analyst at Halden Research"}, "Halden Research"},
		{"the body a possessive title names by its head", "The Wexford Foundation funded the study. “We are proud,” said Dara Quill, the foundation's program director.",
			"Dara Quill", []string{"foundation's program director"}, "Wexford Foundation"},
		{"an organization's head before 'for' inside its name", "“We plan a trial,” said Dara Quill, director of the Kelvale Institute for Immunology.",
			"Dara Quill", []string{"director of the Kelvale Institute for Immunology"}, "Kelvale Institute for Immunology"},
		{"a title at the sentence's start before the name", "Transport Secretary Dara Quill said: the funding will connect villages.",
			"Dara Quill", []string{"Transport Secretary"}, ""},
		{"an acronym of the first words of a named organization", "Researchers at the University of Rivertown School of Medicine built it. “It works,” said Dara Quill, an assistant professor of medicine at UR.",
			"Dara Quill", []string{"assistant professor of medicine at UR"}, "University of Rivertown"},
		{"a country alone in parentheses after a name in capitals", "DARA QUILL (Ruritania) said that access must never become a bargaining chip.",
			"Dara Quill", nil, "Ruritania"},
		{"a US party's tag makes a member of Congress", "Senators Bob Roe (D-VA), John Doe (R-TX), and Dara Quill (D-VA) introduced a bill. “It is fair,” said Senator Quill.",
			"Dara Quill", []string{"Senator"}, "U.S. Senate"},
		{"a committee member sits in the chamber", "“It is fair,” said Senator Dara Quill (D-VA), a member of the Senate Armed Services Committee.",
			"Dara Quill", []string{"Senator", "member of the Senate Armed Services Committee"}, "U.S. Senate"},
		{"a committee's chairman speaks for it", "“It is fair,” said Senator Dara Quill (D-NJ), Chairman of the Senate Foreign Relations Committee.",
			"Dara Quill", []string{"Senator", "Chairman of the Senate Foreign Relations Committee"}, "Senate Foreign Relations Committee"},
		{"a dateline sentence's body as the subject of any verb", "Skip to main content\nKelvale Department of Transportation\n\nKELVALE, Nev. – The Kelvale Department of Transportation broke ground Wednesday on a bridge.\n\n“It is safer,” said District engineer Dara Quill.",
			"Dara Quill", []string{"District engineer"}, "Kelvale Department of Transportation"},
		{"a body and its acronym before a lower-case title", "Country Hospitals Authority (CHA) chief executive Dara Quill said: “We turned applicants away.”",
			"Dara Quill", []string{"Country Hospitals Authority (CHA) chief executive"}, "Country Hospitals Authority"},
		{"one post with 'and' inside; an office's long letterhead", "Office of the Police and Crime Commissioner for Kelvale\n\nNews\n\nPolice and Crime Commissioner Dara Quill said:\n\n‘Rural communities have been left alone.’",
			"Dara Quill", []string{"Police and Crime Commissioner"}, "Office of the Police and Crime Commissioner for Kelvale"},
		{"a page header's line naming the body alone; tags after a bar are no body", "Skip to content\nKelvale Wildlife Trust\nAbout us\nNews\nSquirrels return\nPosted 20 November 2026 | Conservation, Mammals\nKelvale Wildlife Trust announced today that squirrels bred. “We walked far,” said volunteer coordinator Dara Quill.",
			"Dara Quill", []string{"volunteer coordinator"}, "Kelvale Wildlife Trust"},
		{"a title after 'by the', before an honorific and the name", "The programme was launched in Ho, Kelvale Region, on Tuesday by the Minister for Health, Hon. Dr. Dara Quill, in the presence of chiefs. The Ministry of Health funds it.",
			"Dara Quill", []string{"Minister for Health", "Hon. Dr."}, "Ministry of Health"},
		{"a portfolio after 'in charge of' is no body; the letterhead's is", "MINISTRY OF HEALTH\n\nThe Ministry of Health funds it. The Minister of State in charge of Public Health Services, Hon. Dara Quill, said the money was there.",
			"Dara Quill", []string{"Minister of State in charge of Public Health Services", "Hon."}, "Ministry of Health"},
		{"a member's seat is no body; the first post's body", "The Chairman of the Select Committee on Health and Member of Parliament for Ho Central, Hon. Dara Quill, pledged support.",
			"Dara Quill", []string{"Chairman of the Select Committee on Health", "Member of Parliament for Ho Central", "Hon."}, "Select Committee on Health"},
		{"an abbreviated honorific ends no sentence; H.E. is no body", "The Executive Secretary of IGAD, Eng. Dara Quill, said: “We act.” H.E. Ambassador Bob Roe, Commissioner for Trade of the African Union Commission, agreed.",
			"Dara Quill", []string{"Executive Secretary of IGAD", "Eng."}, "IGAD"},
		{"a member's letters after the name, then the body's post", "Dara Quill MS, the Kelvale Government's Deputy Minister for Culture, Sport and Tourism, said the scheme would come.",
			"Dara Quill", []string{"MS", "Deputy Minister for Culture, Sport and Tourism"}, "Kelvale Government"},
		{"an occupation before the name", "Poet Dara Quill, who will lead the residency, said she wanted pupils to write.",
			"Dara Quill", []string{"Poet"}, ""},
		{"the body a possessive title names by its head before a complement", "The Ratepayer Coalition of Kelvale opposed the rate rise. “It is too much,” said Dara Quill, the coalition's executive director.",
			"Dara Quill", []string{"coalition's executive director"}, "Ratepayer Coalition of Kelvale"},
		{"a mayor serves the city the text names formally", "The City of Rivertown opened the bridge. “It is ours,” said Mayor Dara Quill.",
			"Dara Quill", []string{"Mayor"}, "City of Rivertown"},
		{"the body of a dateline sentence's subject", "RIVERTOWN — Detectives with the Rivertown Police Department have arrested four people. “They sold the parts,” said Detective Sergeant Dara Quill.",
			"Dara Quill", []string{"Detective Sergeant"}, "Rivertown Police Department"},
		{"a body a sentence opens with 'For'; a Malay name's particle", "The Kelvale Development Bank approved the loan. For the Islamic Development Bank, Regional Hub Manager Dr. Farhana binti Abdullah said the co-financing was ready.",
			"Farhana binti Abdullah", []string{"Regional Hub Manager", "Dr."}, "Islamic Development Bank"},
		{"an office of a body named by its acronym", "“Hours are where abuse hides,” said Dara Quill, senior labour economist at the ILO Regional Office for Asia.",
			"Dara Quill", []string{"senior labour economist at the ILO Regional Office for Asia"}, "International Labour Organization"},
		{"a country's name as written", "“We will act,” said DARA QUILL (Republic of Korea).",
			"Dara Quill", nil, "Republic of Korea"},
		{"'the company' of a release is its issuer, not the company it buys", "Zentrix to Acquire Maes Optics\n\nPARIS -- Zentrix S.A. today announced it will acquire Maes Optics, a Belgian lens maker. Maes Optics has 300 staff. “We finance it from cash,” said Dara Quill, the company's chief financial officer.",
			"Dara Quill", []string{"company's chief financial officer"}, "Zentrix S.A."},
		{"'the hospital' is the medical center named before", "At St. Brendan's Regional Medical Center, doctors set up a separate entrance. Dr. Dara Quill, the hospital's chief medical officer, urged residents to call ahead.",
			"Dara Quill", []string{"Dr.", "hospital's chief medical officer"}, "St. Brendan's Regional Medical Center"},
		{"a title's region in parentheses, then an honorific", "“The embankments were built for another climate,” said KCDB Vice-President for Operations (South Asia) Ms. Dara Quill.",
			"Dara Quill", []string{"KCDB Vice-President for Operations (South Asia)"}, "KCDB"},
		{"'the Bank' ending a title is the issuer bank", "WASHINGTON – The World Bank today approved a loan. “Water decides,” said Dara Quill, senior water specialist at the Bank.",
			"Dara Quill", []string{"senior water specialist at the Bank"}, "World Bank"},
		{"a group the speaker speaks on behalf of", "Speaking on behalf of the Group of the European People's Party, DARA QUILL (Kelvania, EPP/CD) said his group supported the text.",
			"Dara Quill", nil, "Group of the European People's Party"},
		{"a territory list that ends the sentence", "“Water decides,” said Dara Quill, World Bank Country Director for Bolivia, Chile, Ecuador and Peru.",
			"Dara Quill", []string{"World Bank Country Director for Bolivia, Chile, Ecuador and Peru"}, "World Bank"},
		{"an office's letterhead over its government's name", "Office of the Governor\nState of Ruritania\n\nFOR IMMEDIATE RELEASE\n\nGovernor signs the budget\n\nKELVALE -- Gov. Dara Quill on Friday signed the budget. “It is balanced,” Gov. Quill said.",
			"Dara Quill", []string{"Gov."}, "State of Ruritania"},
		{"an abbreviated rank is no body; a clause names the body one chairs", "Office of the Governor\nState of Ruritania\n\nLt. Gov. Dara Quill, who chaired the governor's Workforce Task Force, said it was done.",
			"Dara Quill", []string{"Lt. Gov.", "chaired the governor's Workforce Task Force"}, "State of Ruritania"},
		{"the body a relative clause says one chairs", "County Commissioner Dara Quill, who chairs the Board of Health, said the board would meet.",
			"Dara Quill", []string{"County Commissioner", "chairs the Board of Health"}, "Board of Health"},
		{"a bare title takes the issuer (letterhead)", "CITY OF RIVERTOWN\nOFFICE OF THE MAYOR\n\nMayor Quill Unveils Bus Plan\n\nRIVERTOWN – Mayor Dara Quill today unveiled a plan. “Buses will come every ten minutes,” Mayor Quill said.",
			"Dara Quill", []string{"Mayor"}, "City of Rivertown"},
		{"a bare title takes the issuer (a government page's publisher line)", "Press release\n\nFunding for coastal homes\n\nFrom: Department for Coastal and Rural Affairs\nPublished 14 February 2025\n\nFlood Minister Dara Quill said: “Homes will be safer.”",
			"Dara Quill", []string{"Flood Minister"}, "Department for Coastal and Rural Affairs"},
		{"a territory after 'for' is no body", "“Mechanics come from the villages,” said Dara Quill, WRWP Country Director for Niger. The World Rural Water Programme (WRWP) funds pumps.",
			"Dara Quill", []string{"WRWP Country Director for Niger"}, "World Rural Water Programme"},
		{"a city's council before a title", "“Buses must come,” said Dara Quill, City Council President Pro Tem.",
			"Dara Quill", []string{"City Council President Pro Tem"}, "City Council"},
		{"an organ's short name counts for its body", "The Security Council met on Ruritania. Dara Quill, Assistant Secretary-General for Humanitarian Affairs, told the Council that aid was blocked. The Council heard her. “We ask this Council for access,” she said. The Council adjourned.",
			"Dara Quill", []string{"Assistant Secretary-General for Humanitarian Affairs"}, "United Nations"},
		{"a company's post before the name", "Zentrix’s founder and managing director, Dara Quill, will join Acme. “My father started this company,” said Ms. Quill.",
			"Dara Quill", []string{"founder", "managing director"}, "Zentrix"},
		{"a relative clause after a title is not the title's", "Dara Quill, a professor of entomology at Brightwater State University who was not involved in the research, called the study elegant.",
			"Dara Quill", []string{"professor of entomology at Brightwater State University"}, "Brightwater State University"},
		{"nouns before a title's head at the start", "Field coordinator Dara Quill, who manages the clinic, said the team treats children.",
			"Dara Quill", []string{"Field coordinator"}, ""},
		{"two nouns before a title's head", "“I learned to cook here,” said community college student Dara Quill.",
			"Dara Quill", []string{"community college student"}, ""},
		{"a title set off before a chain", "Separately, the ORSC Chairperson-in-Office, Foreign Minister Dara Quill, underlined that talks must go on.",
			"Dara Quill", []string{"Foreign Minister", "ORSC Chairperson-in-Office"}, "ORSC"},
		{"a body's head with a possessive names the body", "The Valley Hunger Alliance runs the grants. “Forty kitchens asked,” said the Alliance's program director, Dara Quill.",
			"Dara Quill", []string{"the Alliance's program director"}, "Valley Hunger Alliance"},
		{"the office a title names elsewhere", "Prosecutor Bob Roe, together with Sheriff Dara Quill, announced charges. “Our detectives rebuilt the trail,” Sheriff Quill said. The Rivertown County Sheriff’s Office led the investigation.",
			"Dara Quill", []string{"Sheriff"}, "Rivertown County Sheriff’s Office"},
		{"a place before the title and the office it names", "HARLOW – Kelvo County Prosecutor Dara Quill announced a sentence. “This was senseless,” Prosecutor Quill said. The Kelvo County Prosecutor's Office represents the state.",
			"Dara Quill", []string{"Kelvo County Prosecutor", "Prosecutor"}, "Kelvo County Prosecutor's Office"},
		{"a title's initials in capitals", "DA Quill: “Justice was done”\n\nKelvo County District Attorney Dara Quill announced a sentence. The Kelvo County District Attorney's Office prosecutes all cases.",
			"Dara Quill", []string{"Kelvo County District Attorney", "DA"}, "Kelvo County District Attorney's Office"},
		{"a body named by a list of fields in an appositive", "“We will not back down,” said Dara Quill, general secretary of the Food, Farm and Allied Workers Union.",
			"Dara Quill", []string{"general secretary of the Food, Farm and Allied Workers Union"}, "Food, Farm and Allied Workers Union"},
		{"a state's post set off before the name", "Borno State Commissioner for Health, Dr. Dara Quill, said the state had opened 46 sites.",
			"Dara Quill", []string{"Borno State Commissioner for Health", "Dr."}, "Borno State"},
		{"a region's post set off before the name", "Eastern Cape MEC for Economic Development and Energy, Dara Quill, who switched on the plant, said: “We are ready.”",
			"Dara Quill", []string{"Eastern Cape MEC for Economic Development and Energy"}, "Eastern Cape"},
		{"an abbreviated Indian honorific after a title set off", "The Minister of State for Rural Water Security, Smt. Dara Quill, highlighted that women would lead.",
			"Dara Quill", []string{"Minister of State for Rural Water Security"}, "Ministry of Rural Water Security"},
		{"a congresswoman where the text names no Congress", "ST. PAUL, Minn. – The grants were announced.\n\nCongresswoman Dara Quill said: “Partners pulled together.”",
			"Dara Quill", []string{"Congresswoman"}, "U.S. House of Representatives"},
		{"a state representative's party tag with her town set off by commas", "Office of the Governor\nState of New Mexico\n\nSANTA FE, N.M. – The New Mexico Legislature passed the act.\n\nHouse sponsor Rep. Dara Quill, D-Gallup, said: “Broadband matters.”",
			"Dara Quill", []string{"Rep."}, "New Mexico Legislature"},
		{"a state senator's party tag with her town", "ST. PAUL, Minn. – The grants were announced.\n\n“Broadband matters,” said Senator Dara Quill (DFL-Grand Marais).",
			"Dara Quill", []string{"Senator"}, "Minnesota Senate"},
		{"a federal title over a party tag with a place no state", "CEDAR FALLS – The grant was announced by U.S. Senator Dara Quill (D-Northland). “It is done,” said Senator Quill.",
			"Dara Quill", []string{"U.S. Senator", "Senator"}, "U.S. Senate"},
		{"a relative clause naming a body with 'and' in its name", "The council met. “We cut waste,” said Dara Quill, who chairs the Council's Budget and Finance Committee.",
			"Dara Quill", []string{"chairs the Council's Budget and Finance Committee"}, "Council"},
		{"a constituency's MP in a minister's release", "Health Minister Bob Roe opened the ward. Kelby MP Dara Quill said the opening was overdue.",
			"Dara Quill", []string{"Kelby MP"}, "Parliament"},
		{"a taskforce's chair", "“The bottleneck was never demand,” said Professor Dara Quill, Chair of the Heat Pump Skills Taskforce.",
			"Dara Quill", []string{"Professor", "Chair of the Heat Pump Skills Taskforce"}, "Heat Pump Skills Taskforce"},
		{"a secretary's secretariat named by its field", "Fires fell, according to the State Secretariat for Climate and Forests (SECLIF). The Secretary for Climate and Forests, Dara Quill, explained that fines had been issued.",
			"Dara Quill", []string{"Secretary for Climate and Forests"}, "State Secretariat for Climate and Forests"},
		{"an RNS lead's company with its legal form, ticker and description", "Kelvo Health Technologies plc (AIM: KLPH), the Dundee-based provider of monitoring software, is pleased to announce a contract.\n\nChief Financial Officer Dara Quill added: “The contract is expected to be earnings-enhancing.”",
			"Dara Quill", []string{"Chief Financial Officer"}, "Kelvo Health Technologies"},
		{"quotes attributable to a title set off before the name", "The unit opens today.\n\nQuotes attributable to Kelvo Midwives’ Collective President, Dara Quill:\n\n“Continuity of care is not a luxury.”",
			"Dara Quill", []string{"Kelvo Midwives’ Collective President"}, "Kelvo Midwives’ Collective"},
		{"a testimonial's signature with a description and no post speaks for no body", "Kelvo Raptor Trust counts vultures.\n\n“When the vultures go, the carcasses stay.”\n– Dara Quill, livestock keeper\n\nAbout Kelvo Raptor Trust\n\nKelvo Raptor Trust protects birds.",
			"Dara Quill", []string{"livestock keeper"}, ""},
		{"a dash inside a name with no space either side", "“Harvesters lost weeks,” said Dara Quill, Member of Parliament for South Shore–St. Margarets.",
			"Dara Quill", []string{"Member of Parliament for South Shore–St. Margarets"}, "Parliament"},
		{"the body a relative clause says the person runs", "Rev. Dara Quill, who coordinates the Hill Street food bank in Swansea, said demand had doubled.",
			"Dara Quill", []string{"Rev."}, "Hill Street food bank"},
		{"a later title's body named in full beats a one-word place taken for a body", "The Elmina kilns opened. Elmina traders welcomed them.\n\nNana Dara Quill III, Chief Fisherman of Elmina and Vice President of the Kelvo National Canoe Fishermen Council (KNCFC), called the kilns a gift.",
			"Nana Dara Quill III", []string{"Chief Fisherman of Elmina", "Vice President of the Kelvo National Canoe Fishermen Council (KNCFC)"}, "Kelvo National Canoe Fishermen Council"},
		{"a body's sub-office is a unit of the body", "The water system opened today. Dara Quill, Head of the UNHCR Sub-Office in Kakuma, said the water would flow.",
			"Dara Quill", []string{"Head of the UNHCR Sub-Office in Kakuma"}, "UNHCR"},
		{"two bodies' letters joined by a slash before a post", "The clinics opened today. Dr. Dara Quill, PAHO/WHO Representative in Kelvania, said the units would help.",
			"Dara Quill", []string{"Dr.", "PAHO/WHO Representative in Kelvania"}, "PAHO/WHO"},
		{"a minister's government set off after her post by its formal name", "The funds were announced today.\n\nThe Honourable Dara Quill, Minister of Agriculture, Province of Nova Scotia, said the funding would help.",
			"Dara Quill", []string{"Honourable", "Minister of Agriculture"}, "Province of Nova Scotia"},
		{"a publisher line naming the department and its minister with no comma", "Press release\n\nFunding for river towns\n\nFrom: Department for Flood and Coastal Resilience and Dara Quill MP\nPublished 3 March 2026\n\nThe Kelvo Water Board will add £3 million.\n\nFloods Minister Dara Quill said: “Homes will be safer.”",
			"Dara Quill", []string{"Floods Minister"}, "Department for Flood and Coastal Resilience"},
		{"a portfolio's minister in a UK department's release, with a devolved government named", "Press release\n\nFunding for river towns\n\nFrom: Department for Flood and Coastal Resilience\nPublished 3 March 2026\n\nThe Welsh Government will add £3 million.\n\nFloods Minister Dara Quill said: “Homes will be safer.”",
			"Dara Quill", []string{"Floods Minister"}, "Department for Flood and Coastal Resilience"},
		{"a county's name before 'Governor' is its government the text names, not a body opening with the name", "The County Government of Kelvara and the Kelvara Traders Welfare Association signed the deal.\n\nKelvara Governor H.E. Dr. Dara Quill said the county would spend Sh1.2 billion.",
			"Dara Quill", []string{"Kelvara Governor", "H.E. Dr."}, "County Government of Kelvara"},
		{"a province's name the lists do not know before 'Governor'", "The department delivered 46 dryers.\n\nNueva Kelvara Governor Dara Quill thanked the department for the units.",
			"Dara Quill", []string{"Nueva Kelvara Governor"}, "Nueva Kelvara"},
		{"a county's name before 'Governor' with no government named is the place", "The Kelvara Traders Welfare Association signed the deal.\n\nKelvara Governor H.E. Dr. Dara Quill said the county would spend Sh1.2 billion.",
			"Dara Quill", []string{"Kelvara Governor", "H.E. Dr."}, "Kelvara"},
		{"'its' after a sentence whose subject, past an opening adverbial, is a body", "Kelvo Payments Regulator\n\nThe Kelvo Payments Regulator (KPR) fined Harlow Pay Ltd £8 million.\n\nIn a statement, Harlow Pay said it accepts the KPR's findings in full. Its chief executive, Dara Quill, said the firm had doubled its fraud team.",
			"Dara Quill", []string{"chief executive"}, "Harlow Pay"},
		{"a judge speaks for the court the sentence names", "Kelvale Police\n\nTwo men were jailed.\n\nSentencing the men at Kelvale Crown Court on Thursday, His Honour Judge Dara Quill said they had shown contempt for the children.",
			"Dara Quill", []string{"His Honour Judge"}, "Kelvale Crown Court"},
		{"a bare mayor in a sentence that opens with her town", "Kelvo Development Bank\n\nThe bank approved the loan for Tarija and Sucre.\n\nIn Tarija, Mayor Lic. Dara Quill said residents receive water by truck.",
			"Dara Quill", []string{"Mayor", "Lic."}, "Tarija"},
		{"a bare mayor in a bank's release speaks for the one town it names", "North Kelvo Investment Bank\n\nKELVOGRAD – The bank signed a loan to Kelvograd for district heating. Kelvograd will replace its coal boilers. “Residents will notice cleaner air first,” Mayor Dara Quill said.",
			"Dara Quill", []string{"Mayor"}, "Kelvograd"},
		{"a body after 'at' and its kind without an article", "The conference closed on Friday. Dara Quill, head of trust and safety policy for Europe at video platform Streamly, said that the company would open a channel.",
			"Dara Quill", []string{"head of trust and safety policy for Europe at video platform Streamly"}, "Streamly"},
		{"a post after 'as' past the country in parentheses", "At the start of the meeting, the Parties elected Ambassador Dara Quill (Poland) as Chair of the ninth session. Ambassador Quill said she would aim to close by Thursday.",
			"Dara Quill", []string{"Ambassador", "Chair of the ninth session"}, "Poland"},
		{"the body named before that a relative clause says the person chairs", "The clinic was funded by the Kelvo Family Foundation.\n\nDara Quill, who chairs the foundation, said: “We have lived through this.”",
			"Dara Quill", []string{"chairs the foundation"}, "Kelvo Family Foundation"},
		{"a body's team a relative clause says the person leads", "The Kelvo Health Agency (KHA) sent doctors. Dr. Dara Quill, who leads the KHA outbreak response team in Lusembe, said wells were the source.",
			"Dara Quill", []string{"Dr.", "leads the KHA outbreak response team in Lusembe"}, "Kelvo Health Agency"},
		{"a family name with a capitalized particle", "Zentrix’s founder and managing director, Dara Ní Bhriain, will join Acme. “My father started this company,” said Ms. Ní Bhriain.",
			"Dara Ní Bhriain", []string{"founder", "managing director"}, "Zentrix"},
		{"a role after 'as' in a relative clause", "Dr. Bob Roe succeeds Dara Quill, M.D., who will remain with the company as a senior clinical advisor through June. “It has been a privilege,” Dr. Quill said.\n\nAbout Zentrix Bio\n\nZentrix Bio makes medicines.",
			"Dara Quill", []string{"M.D.", "senior clinical advisor", "Dr."}, "Zentrix Bio"},
		{"'its' before a title is the body named before", "The project is co-financed by a grant from the Nordic Climate Facility. Its head of programmes, Dara Quill, said: “The delta is at risk.”",
			"Dara Quill", []string{"head of programmes"}, "Nordic Climate Facility"},
		{"a dateline in capitals is no page header", "WASHINGTON - U.S. Senator Dara Quill (D-Vt.) today introduced a bill. “It is fair,” Quill said.",
			"Dara Quill", []string{"U.S. Senator"}, "U.S. Senate"},
		{"a single name before a company's posts and a person", "The plant opened today. Zentrix President and CEO Dara Quill-Ross cut the ribbon. “We looked at nine sites,” she said.",
			"Dara Quill-Ross", []string{"Zentrix President", "CEO"}, "Zentrix"},
		{"a department named by its field after 'chief of' is the issuer's", "Kelvo Children's Hospital performs first transplant\n\nKELVO – Kelvo Children's Hospital today announced its first transplant. “The surgery is the part people see,” said Dr. Dara Quill, chief of Pediatric Intensive Care.",
			"Dara Quill", []string{"Dr.", "chief of Pediatric Intensive Care"}, "Kelvo Children's Hospital"},
		{"a department named by its field after 'Head of', a word the lexicon lacks in it", "Kelvo Children's Hospital performs first transplant\n\nKELVO – Kelvo Children's Hospital today announced its first transplant. Dr. Dara Quill, Head of Paediatric Cardiac Surgery, said that the hospital would add a theatre.",
			"Dara Quill", []string{"Dr.", "Head of Paediatric Cardiac Surgery"}, "Kelvo Children's Hospital"},
		{"a title's field in common words ends the appositive", "Kelby Financial Group Inc. today launched a loan.\n\n“Decisions are made in days,” said Dara Quill, Executive Vice-President, Personal Banking. She added more.",
			"Dara Quill", []string{"Executive Vice-President, Personal Banking"}, "Kelby Financial Group Inc."},
		{"a body in common words that a list names too is no field", "The statement is signed by Parents for Clean Streets; Cycle Forward; Kelvo Asthma Voices.\n\n“Children breathe this air,” said Dara Quill, Director, Cycle Forward.",
			"Dara Quill", []string{"Director"}, "Cycle Forward"},
		{"'the cooperative' for a body named head first in its own language", "The yarn is certified by the Cooperativa Lanifici Kelvesi, which groups eleven mills. “We recycled wool first,” said Dara Quill, president of the cooperative.",
			"Dara Quill", []string{"president of the cooperative"}, "Cooperativa Lanifici Kelvesi"},
		{"a body's head before a post, for a body named after its kind that says something", "Kelvo Logistics NV today announced it will acquire Frigolux NV. The transport union BTB-Kelvo said it had been informed on Monday. Union secretary Dara Quill called the announcement \"good news on paper\".",
			"Dara Quill", []string{"Union secretary"}, "BTB-Kelvo"},
		{"a body's name in lower case after its first word, before a post", "Kelvo Green Bank lends EUR 40 million\n\nKlaipedos energija's CEO, Dara Quill, said the loan made the numbers work.",
			"Dara Quill", []string{"Klaipedos energija's CEO"}, "Klaipedos energija"},
		{"a delegation named by its country's adjective speaks for the country", "The commission met today.\n\n\"We pressed for more,\" said Dara Quill, Assistant Deputy Minister and head of the Canadian delegation.",
			"Dara Quill", []string{"Assistant Deputy Minister", "head of the Canadian delegation"}, "Canada"},
		{"a mayor of a district named after her, in a company's release", "VANCOUVER, Nov. 5, 2025 /CNW/ - Kelvo Minerals Corp. (TSX: KMC) today reported results.\n\n\"Two out of three people on that site live here,\" said Mayor Dara Quill of the District of Fort Kelvo.",
			"Dara Quill", []string{"Mayor"}, "District of Fort Kelvo"},
		{"a centre named by common words is the issuer's unit", "SEOUL, March 3, 2026 /PRNewswire/ -- Kelvo Semiconductor Co., Ltd. today opened a plant.\n\n“Hybrid bonding removes the bumps,” said Dr. Dara Quill, Head of the Package Technology Center.",
			"Dara Quill", []string{"Dr.", "Head of the Package Technology Center"}, "Kelvo Semiconductor Co., Ltd."},
		{"a headquarters named by common words is the issuer's unit", "Kelvo Metropolitan Government opens heat shelters\n\nKELVO – The Kelvo Metropolitan Government today opened 400 shelters. “We chose the locations by overlaying maps,” said Dara Quill, Director-General of the Climate and Environment Headquarters.",
			"Dara Quill", []string{"Director-General of the Climate and Environment Headquarters"}, "Kelvo Metropolitan Government"},
		{"a title's unit set off by commas before its body", "Kelby Cement Ltd. today opened a plant with Kelvo Thermal Systems Co., Ltd.\n\n“The design cuts costs,” said Dara Quill, Managing Executive Officer, Asia Business, Kelvo Thermal Systems.",
			"Dara Quill", []string{"Managing Executive Officer, Asia Business"}, "Kelvo Thermal Systems"},
		{"a title's field the recognizer took for a name, before its body", "Kelby Solar Ltd. today opened a park.\n\n“We financed it,” said Dara Quill, Executive Director, Infrastructure Finance, Ruritania Infrastructure Finance Corporation.",
			"Dara Quill", []string{"Executive Director, Infrastructure Finance"}, "Ruritania Infrastructure Finance Corporation"},
		{"a body's posts joined by an ampersand, in another body's release", "Kelvo Digital Ltd. today launched a wallet with Zentrix Bank.\n\nZentrix Bank President & CEO Dara Quill said the bank saw the deal as a way to reach savers.",
			"Dara Quill", []string{"Zentrix Bank President", "CEO"}, "Zentrix Bank"},
		{"a plural's possessive inside a body's name", "“We waited,” said Dara Quill, Chair of the Island Boat Owners’ Association.",
			"Dara Quill", []string{"Chair of the Island Boat Owners’ Association"}, "Island Boat Owners’ Association"},
		{"a saint's name before a body's head", "“We are ready,” said Dara Quill, a surgeon at St. Brigid's Regional Medical Center.",
			"Dara Quill", []string{"surgeon at St. Brigid's Regional Medical Center"}, "St. Brigid's Regional Medical Center"},
		{"a title word ends a body's complement", "Professor Dara Quill of the Centre for Energy Justice at the University of Kelvale said the report was sound.",
			"Dara Quill", []string{"Professor"}, "Centre for Energy Justice"},
		{"a body after the name", "Dara Quill from the Rivertown Tenants Union said the plan falls short.",
			"Dara Quill", nil, "Rivertown Tenants Union"},
		{"the possessor of a post named next is a body", "On Monday, Kessock Marine's managing director, Dara Quill, said: “The order secures jobs.”",
			"Dara Quill", []string{"managing director"}, "Kessock Marine"},
		{"a country's minister", "Tarvania's minister of finance, Dara Quill, said the loan comes at the right moment.",
			"Dara Quill", []string{"minister of finance"}, "Tarvania"},
		{"a bare title takes the issuer (headline in sentence case)", "Hollin Trust warns of winter hunger\n\nThe Hollin Trust said demand had doubled. “Families are cold,” said Dara Quill, director.",
			"Dara Quill", []string{"director"}, "Hollin Trust"},
		{"a title's body after 'the', a name no list knows", "Dara Quill, executive director of the Prairie Libraries Collaborative, said her members agreed.",
			"Dara Quill", []string{"executive director of the Prairie Libraries Collaborative"}, "Prairie Libraries Collaborative"},
		{"a possessive title after 'and'", "“We found it,” says Dara Quill, an associate professor of entomology in Kelvale's Department of Biology and the study's senior author.",
			"Dara Quill", []string{"associate professor of entomology in Kelvale's Department of Biology", "the study's senior author"}, "Kelvale"},
		{"the body a relative clause says the person works at", "Registered nurse Dara Quill, who works nights on a surgical unit at Saint Anselm Valley's Dayton campus, described the pilot.",
			"Dara Quill", []string{"Registered nurse"}, "Saint Anselm Valley"},
		{"a headline's verb after 'to' is no name", "Halvorsen Analytics to Acquire Tidemark Robotics for $412 Million\n\nMINNEAPOLIS, March 9, 2026 /PRNewswire/ -- Halvorsen Analytics, Inc. today announced that it will acquire Tidemark Robotics Ltd., a maker of robots.\n\nTidemark's co-founder, Dara Quill, said the teams would stay.",
			"Dara Quill", []string{"co-founder"}, "Tidemark Robotics Ltd."},
		{"a letterhead in title case over an office's line; a dateline's subject that is a person is no issuer", "City of Rivertown\nOffice of Mayor Bob Roe\n\nRIVERTOWN – Mayor Bob Roe today signed the ordinance. “It saves lives,” said Fire Chief Dara Quill.",
			"Dara Quill", []string{"Fire Chief"}, "City of Rivertown"},
		{"a party's tag the recognizer cuts in two", "U.S. Senators Bob Roe (D-Vt.) and Dara Quill (D-N.M.) introduced a bill. “It is fair,” said Dara Quill.",
			"Dara Quill", []string{"Senator"}, "U.S. Senate"},
		{"'the association's' post names the association named before", "The Rivertown Rental Housing Association opposed the plan. The association’s executive director, Dara Quill, spoke.",
			"Dara Quill", []string{"The association’s executive director"}, "Rivertown Rental Housing Association"},
		{"a body's head before a title names the body that ends in it", "The lab was funded by the Kelvale Children's Foundation. Foundation President Dara Quill said gifts paid for it.",
			"Dara Quill", []string{"Foundation President"}, "Kelvale Children's Foundation"},
		{"an office's letterhead is the office a title names", "OFFICE OF THE DISTRICT ATTORNEY\nRIVERTOWN COUNTY\n\nRoe was sentenced today. “The victims deserved this,” said Deputy District Attorney Dara Quill. The District Attorney's Office thanks the Sheriff.",
			"Dara Quill", []string{"Deputy District Attorney"}, "Office of the District Attorney"},
		{"the predicate after a subject set off by commas is no title", "Zentrix Robotics, Inc. makes sensors. Its founder, Dara Quill, will join Acme as Senior Vice President, Predictive Services.",
			"Dara Quill", []string{"founder"}, "Zentrix Robotics"},
		{"a country's capitalized post and an honorific before the holder", "Tarvania's Minister of Finance, Hon. Dara Quill, said the loan comes at the right moment.",
			"Dara Quill", []string{"Minister of Finance", "Hon."}, "Tarvania"},
		{"an acronym before a specialist's title", "The Asia-Pacific Development Bank (APDB) approved a loan. “Taps run dry,” said APDB Principal Water Specialist for Southeast Asia Dara Quill.",
			"Dara Quill", []string{"APDB Principal Water Specialist for Southeast Asia"}, "Asia-Pacific Development Bank"},
		{"an academic field's list across commas, and the role a relative clause gives", "“Our data are clear,” said Dara Quill, MD, University of Kelvale Professor of Hand, Plastic and Reconstructive Surgery, who led the study.",
			"Dara Quill", []string{"MD", "University of Kelvale Professor of Hand, Plastic and Reconstructive Surgery", "led the study"}, "University of Kelvale"},
		{"honours before the name are a title; a body after a comma and 'of'", "“Heat is not the whole story,” said Prof. Dame Dara Quill, of the Department of Oceanography, who led the research.",
			"Dara Quill", []string{"Prof. Dame", "led the research"}, "Department of Oceanography"},
		{"a clause after the name is no title", "“It works,” said Mr Dara Quill. Interviews with Mr Quill, Professor Doe-Smith and the Roe family can be arranged through the press office.",
			"Dara Quill", nil, ""},
		{"a town the lists do not know before a local post", "“People drive every morning,” said Hamilton Mayor Dara Quill.",
			"Dara Quill", []string{"Hamilton Mayor"}, "Hamilton"},
		{"the body a relative clause says the person leads, and her post there", "At Prairie Shield Insurance, the ratio improved. “Hail was kind,” said Dara Quill, who leads Prairie Shield as Executive Vice President, Insurance.",
			"Dara Quill", []string{"Executive Vice President, Insurance"}, "Prairie Shield"},
		{"an analyst's firm in a relative clause", "Dara Quill, who covers packaged food at Meridian Street Research, warned that costs could rise.",
			"Dara Quill", nil, "Meridian Street Research"},
		{"a portfolio's list across commas, ending in the body", "Opening the ceremony, Amb. Dara Quill, Commissioner for Agriculture, Rural Development, Blue Economy and Sustainable Environment of the African Union Commission, said the plan was ready.",
			"Dara Quill", []string{"Amb.", "Commissioner for Agriculture, Rural Development, Blue Economy and Sustainable Environment of the African Union Commission"}, "African Union Commission"},
		{"a title opening the sentence, set off before the name; a portfolio's field is no body", "Executive Vice-President for Clean Industry and Energy Security, Dara Quill, said the grid would be one.",
			"Dara Quill", []string{"Executive Vice-President for Clean Industry and Energy Security"}, ""},
		{"an acronym's possessive post, and a second title after 'and a'", "STATEMENT\n\nStudents for Fair Rent Melbourne responds to the review\n\n“The review confirms it,” said Dara Quill, SFRM's co-convenor and a final-year nursing student.",
			"Dara Quill", []string{"co-convenor", "a final-year nursing student"}, "SFRM"},
		{"a firm's name after 'of', which the recognizer took for a person's", "Responding to a question from Dara Quill of Sasa Equity Research, Bob Roe said the group had no plans. Quill later told reporters that the dividend was high.",
			"Dara Quill", nil, "Sasa Equity Research"},
		{"a place after 'of' is no firm", "“It is fair,” said Dara Quill of Ponte Vedra Beach.",
			"Dara Quill", nil, ""},
		{"a letterhead in capitals that ends in a company's legal word", "ZENTRIX MUTUAL HOLDINGS LIMITED\n\nAUDITED RESULTS\n\n“We grew,” said Dara Quill, Group Chief Executive.",
			"Dara Quill", []string{"Group Chief Executive"}, "Zentrix Mutual Holdings Limited"},
		{"an acronym's title with 'who' in capitals", "“We cannot wait,” said Dr Dara Quill, WHO Regional Director for Africa.",
			"Dara Quill", []string{"Dr", "WHO Regional Director for Africa"}, "World Health Organization"},
		{"a possessive title over a field's list, set off before the name", "The Kelvale Development Bank’s Vice-President for Agriculture, Human and Social Development, Dara Quill, described the loan as sound.",
			"Dara Quill", []string{"Vice-President for Agriculture, Human and Social Development"}, "Kelvale Development Bank"},
		{"an office after 'of the' is no body", "“Attacks declined,” said Dara Quill, Special Representative of the Secretary-General for West Africa and Head of the United Nations Office for West Africa (UNOWA).",
			"Dara Quill", []string{"Special Representative of the Secretary-General for West Africa", "Head of the United Nations Office for West Africa (UNOWA)"}, "United Nations Office for West Africa"},
		{"a dash label's body after the name's title, with 'of the' inside", "Quotes:\n\nMayor Dara Quill, Municipality of the District of Barrington –\n\n“We thank the minister.”",
			"Dara Quill", []string{"Mayor"}, "Municipality of the District of Barrington"},
		{"a union whose name holds a plural's possessive, after a title", "Quotes:\n\nDara Quill, president, Marine Workers' Union of Atlantic Canada –\n\n“Our deckhands kept this running.”",
			"Dara Quill", []string{"president"}, "Marine Workers' Union of Atlantic Canada"},
		{"a country of two words in parentheses after a name in capitals", "DARA QUILL (Saint Lucia) said that premiums had tripled.",
			"Dara Quill", nil, "Saint Lucia"},
		{"a delegate of a state named with 'of the'", "“The archive matters,” said H.E. Dara Quill, Permanent Delegate of the Republic of the Marshall Islands to UNESCO.",
			"Dara Quill", []string{"H.E.", "Permanent Delegate of the Republic of the Marshall Islands to UNESCO"}, "Republic of the Marshall Islands"},
		{"a degree before a student's title is no body; a member's letters are a title", "PhD candidate Dara Quill said the urchins were the hardest part. Committee Chair Bob Roe, MLA for Antigonish, agreed.",
			"Dara Quill", []string{"PhD candidate"}, ""},
		{"a minister's portfolio and the ministry the text names for it", "The Ministry of the Environment published the plan. “Wetlands protect the coast,” said Dara Quill, Undersecretary of the Environment.",
			"Dara Quill", []string{"Undersecretary of the Environment"}, "Ministry of the Environment"},
		{"a police post and the one police body the text names", "The Samoa Police Service opened shelters. “We are ready,” said Police Commissioner Dara Quill.",
			"Dara Quill", []string{"Police Commissioner"}, "Samoa Police Service"},
		{"a country's minister with a portfolio after 'of'", "Niger's Minister of Agriculture and Livestock, Dara Quill, welcomed the loan.",
			"Dara Quill", []string{"Minister of Agriculture and Livestock"}, "Niger"},
		{"letters after the name before the titles; the project a relative clause says she leads", "Mr Bob Roe FRCS, consultant transplant surgeon, said it went well. “We are proud,” said Professor Dara Quill, who leads the project.",
			"Dara Quill", []string{"Professor", "leads the project"}, ""},
		{"letters after the name, then the titles", "Mr Dara Quill FRCS, consultant transplant surgeon, said it went well.",
			"Dara Quill", []string{"FRCS", "consultant transplant surgeon"}, ""},
		{"a dateline's body after 'Today,' and set off by a participle; a chair's bare title takes it", "WASHINGTON, D.C. – Today, the Kelvale Subcommittee on Health, led by Chair Dara Quill (R-Minn.), held a hearing. “Distance is a diagnosis,” Chair Quill said.",
			"Dara Quill", []string{"Chair"}, "Kelvale Subcommittee on Health"},
		{"a professor's department is a unit of the issuer", "Kelvale University of Marine Sciences studies reefs. Kelvale University of Marine Sciences leads the field. Kelvale University of Marine Sciences is old.\n\n“Reefs recover,” says Professor Dara Quill, head of the Department of Clinical Sciences.",
			"Dara Quill", []string{"Professor", "head of the Department of Clinical Sciences"}, "Kelvale University of Marine Sciences"},
		{"a collection's subject after a curator is no body", "“Most cloths arrived without names,” said Dara Quill, Associate Curator of African Art.",
			"Dara Quill", []string{"Associate Curator of African Art"}, ""},
		{"a known acronym that opens a body's name; a title's capitalized first word", "Youth climate advocate Dara Quill, 22, of the UNEP Youth and Heat Network, told delegates that heat was “stealing school days.”",
			"Dara Quill", []string{"Youth climate advocate"}, "UNEP Youth and Heat Network"},
		{"a nation's chief", "Chief Dara Quill of the Kelvale Cree Nation welcomed the loan.",
			"Dara Quill", []string{"Chief"}, "Kelvale Cree Nation"},
		{"a body's title opening the sentence, set off, with a small state after 'for'", "IDB Country Representative for Saint Lucia, Dara Quill, said the banks had aligned their rules.",
			"Dara Quill", []string{"IDB Country Representative for Saint Lucia"}, "IDB"},
		{"a body's noun that names the body the text named before, then the holder's name", "TALLINN – The Ministry of Regional Affairs and Agriculture today opened a fund. Under the new rules, villages can apply. Secretary General of the ministry Dara Quill said that grouping applications would lower the cost.",
			"Dara Quill", []string{"Secretary General of the ministry"}, "Ministry of Regional Affairs and Agriculture"},
		{"a post ending in 'General' before a rank", "WASHINGTON – The Kelvo Permanent Council met today. Assistant Secretary General Ambassador Dara Quill said the council must act.",
			"Dara Quill", []string{"Assistant Secretary General", "Ambassador"}, "Kelvo Permanent Council"},
		{"a portfolio before 'Minister' in words the lexicon lacks is no body", "WINNIPEG – The Kelvo Government today announced a new all-season road. Transportation and Infrastructure Minister Dara Quill said construction would begin this fall.",
			"Dara Quill", []string{"Transportation and Infrastructure Minister"}, "Kelvo Government"},
		{"'Its' after a sentence a possessor opens is the body the sentence names after", "Kelvo Transit Authority’s grid partner in the project is Acme Grid Oy. Its development director, Dara Quill, said the store would help the network.",
			"Dara Quill", []string{"development director"}, "Acme Grid Oy"},
		{"a doctoral student's department in a university's release is the university's", "NEWS RELEASE – Kelvale University\n\nHerring grow slowly near plastics.\n\n“We expected some effect,” says Dara Quill, PhD student at the Department of Ecology and Genetics.",
			"Dara Quill", []string{"PhD student at the Department of Ecology and Genetics"}, "Kelvale University"},
		{"a body named without one of the issuer's inner words is the issuer", "IKEJA – The Kelvo State Police Command has arrested seven suspects. According to the Police Public Relations Officer, Kelvo State Command, SP Dara Quill, the suspects were arrested on Sunday.",
			"Dara Quill", []string{"Police Public Relations Officer", "Kelvo State Command", "SP"}, "Kelvo State Police Command"},
		{"a minister in a text that names only 'the Government' and one country's minister", "In Lilongwe, Malawi's Minister of Finance, Hon. Bob Roe, welcomed the loan. The Minister of Agriculture, Hon. Dara Quill, noted that the Government aimed to double irrigated land.",
			"Dara Quill", []string{"Minister of Agriculture", "Hon."}, "Malawi"},
		{"a doctor's title, one title with the styles before it, apart from a post before it", "The Minister for Health, Hon. Dr. Dara Quill, opened the ward. Chief Executive Dr Bob Roe said it would help.",
			"Dara Quill", []string{"Minister for Health", "Hon. Dr."}, "Ministry of Health"},
		{"a post, then a doctor's title", "Chief Executive Dr Dara Quill said the ward would open in May.",
			"Dara Quill", []string{"Chief Executive", "Dr"}, ""},
		{"a head of government's state; 'Dr. the Hon.' is one honour", "Speaking to journalists, Prime Minister of Dominica Dr. the Hon. Dara Quill said the plant would be ready.",
			"Dara Quill", []string{"Prime Minister of Dominica", "Dr. the Hon."}, "Dominica"},
		{"a closed compound of 'under' and a title", "“This case was built on purchases,” said Undersheriff Dara Quill, who led the inquiry.",
			"Dara Quill", []string{"Undersheriff"}, ""},
		{"a two-word title opening the sentence; a bare title takes the issuer", "Kelvale Lights Trust – Winter appeal\n\nKelvale Lights Trust runs shelters. Kelvale Lights Trust needs funds. Kelvale Lights Trust opens in May. Outreach worker Dara Quill found him in January.",
			"Dara Quill", []string{"Outreach worker"}, "Kelvale Lights Trust"},
		{"an undersheriff's office", "The Kelvale County Sheriff's Office seized pills. “This case was built on purchases,” said Undersheriff Dara Quill.",
			"Dara Quill", []string{"Undersheriff"}, "Kelvale County Sheriff's Office"},
		{"a title set off before a second one with a capitalized adjective", "Chair of the Kelvale Athletes' Commission, double Olympic medallist Dara Quill, said athletes had asked for it.",
			"Dara Quill", []string{"double Olympic medallist", "Chair of the Kelvale Athletes' Commission"}, "Kelvale Athletes' Commission"},
		{"a modifier before a rank is one title; an adjective before a title's head", "Associate Professor Dara Quill, a coral ecologist at Kelvale University, said it. Quill worked with cardiac surgeon Dr. Bob Roe.",
			"Dara Quill", []string{"Associate Professor", "coral ecologist at Kelvale University"}, "Kelvale University"},
		{"a delegation's hosts after 'to', the second after 'and to', are no body of the envoy", "“Europe will not look away,” said H.E. Ambassador Dara Quill, Head of the Delegation of the European Union to Kelvo and to the African Union.",
			"Dara Quill", []string{"H.E. Ambassador", "Head of the Delegation of the European Union to Kelvo and to the African Union"}, "Delegation of the European Union"},
		{"an envoy's second host after 'and' is no body of the envoy", "The European Union's Ambassador to Kelvo and COMESA, Mr. Dara Quill, described the loan as a model.",
			"Dara Quill", []string{"Ambassador to Kelvo and COMESA"}, "European Union"},
		{"a chair's title set off before 'the Rt Hon.'; a head of government speaks for the state", "The Chair of the Conference of Heads of Government, the Rt Hon. Dara Quill, Prime Minister of Tonga, told a press conference that costs had risen.",
			"Dara Quill", []string{"Chair of the Conference of Heads of Government", "Rt Hon.", "Prime Minister of Tonga"}, "Tonga"},
		{"a lower-case word before a two-word title; 'retired' before a title", "At a post, community health worker Dara Quill said mothers walked far. “We walked,” said retired postman Bob Lee.",
			"Dara Quill", []string{"community health worker"}, ""},
		{"a regulator's acting commissioner after 'Adv.'", "The Kelvale Regulator for Compulsory Specifications said it was monitoring the withdrawal. In a statement, the regulator's Acting Commissioner, Adv. Dara Quill, said notification had been early.",
			"Dara Quill", []string{"regulator's Acting Commissioner", "Adv."}, "Kelvale Regulator for Compulsory Specifications"},
		{"a field's last item set off before 'Senator the Hon.'; a member's dotted letters", "The Minister of Environment and National Beautification, Senator the Hon. Dr. Dara Quill, told reporters the walls would be first. The Minister of Finance, the Hon. Bob Roe, M.P., agreed.",
			"Dara Quill", []string{"Senator", "Minister of Environment and National Beautification", "Hon. Dr."}, "Ministry of Environment and National Beautification"},
		{"a board's head opening the chain", "Board of Health Chair Dara Quill, a retired pediatric nurse, said she had seen measles.",
			"Dara Quill", []string{"Board of Health Chair", "retired pediatric nurse"}, ""},
		{"a unit the issuer's anaphor owns; a fellow's title", "THE KELVALE FORUM\n\nThe Kelvale Forum published a report. The report's lead author, Dr Dara Quill, a Senior Fellow in the Forum's Economic Security Program, said rents had risen.",
			"Dara Quill", []string{"The report's lead author", "Dr", "Senior Fellow in the Forum's Economic Security Program"}, "Kelvale Forum"},
		{"a minister's field list of plurals before the name", "Minister of Rural Roads and Ports Dara Quill presented the programme.",
			"Dara Quill", []string{"Minister of Rural Roads and Ports"}, "Ministry of Rural Roads and Ports"},
		{"a title set off after 'with the' before the name", "The Council held a dialogue with the Special Rapporteur on housing, Ms. Dara Quill, who presented her report.",
			"Dara Quill", []string{"Special Rapporteur on housing"}, ""},
		{"the body whose team the person leads", "An International Monetary Fund (IMF) team led by Mr. Dara Quill visited Lilongwe. At the end of the visit, Mr. Quill issued a statement.",
			"Dara Quill", nil, "International Monetary Fund"},
		{"a nickname in quotation marks; a board's chair speaks for the board", "Kelvale Wind builds turbines. Kelvale Wind is based in Omaha. Kelvale Wind hires locals. County Commissioner Dara \"Buck\" Quill, chair of the Red Willow County Board of Commissioners, said roads would be resurfaced.",
			"Dara \"Buck\" Quill", []string{"County Commissioner", "chair of the Red Willow County Board of Commissioners"}, "Red Willow County Board of Commissioners"},
		{"a dean's title set off before a rank and the name", "Dean of the Faculty of Science and Technology, Professor Dara Quill, said the faculty would open a school.",
			"Dara Quill", []string{"Dean of the Faculty of Science and Technology", "Professor"}, "Faculty of Science and Technology"},
		{"a unit's head alone names no body", "Kelvale College News\n\nKelvale College opened a lab. “We are proud,” said Dara Quill, Dean of the Faculty.",
			"Dara Quill", []string{"Dean of the Faculty"}, "Kelvale College"},
		{"a marshal's title set off; a welder", "The Marshal of the West Pomeranian Voivodeship, Dr Dara Quill, welcomed the decision. “We waited,” said retired shipyard welder Bob Roe.",
			"Dara Quill", []string{"Marshal of the West Pomeranian Voivodeship", "Dr"}, "West Pomeranian Voivodeship"},
		{"the possessor opening a title outranks the units it names; a known party's word opening a field", "Kelvale Statistical Agency\n\nThe Kelvale Statistical Agency published figures. “Employment rose,” said the agency's Head of Labour Market Statistics, Dara Quill.",
			"Dara Quill", []string{"the agency's Head of Labour Market Statistics"}, "Kelvale Statistical Agency"},
		{"an organiser's title set off after a participle clause", "Speaking outside the meeting, the Queensland organiser of the Kelvale Mining Union, Dara Quill, said members had been patient.",
			"Dara Quill", []string{"Queensland organiser of the Kelvale Mining Union"}, "Kelvale Mining Union"},
		{"a title's body set off between the title and a name in capitals; the predicate after is no title", "Opening the debate, the Director of the Financing Office, Department of Economic and Social Affairs, DARA VAN DEN QUILL, presented the Secretary-General's report on the item.",
			"Dara van den Quill", []string{"Director of the Financing Office", "Department of Economic and Social Affairs"}, "Department of Economic and Social Affairs"},
		{"the body a person speaks for, in an aside", "Non-governmental organizations also took the floor. Rev. Dara Quill, speaking for the Kelvale Conference of Churches, said the islands were sinking.",
			"Dara Quill", []string{"Rev."}, "Kelvale Conference of Churches"},
		{"a role held on one's own account takes no issuer", "Kelvale Orchestra News\n\nThe Kelvale Orchestra opened its season. “I wrote it for them,” said the Kelvale-born composer Dara Quill.",
			"Dara Quill", []string{"Kelvale-born composer"}, ""},
		{"an orchestra is a body; a bare title takes it", "Kelvale Philharmonic Orchestra | Concerts | News\n\nThe Kelvale Philharmonic Orchestra today announced its season. “We are ready,” said Chief Executive Dara Quill.",
			"Dara Quill", []string{"Chief Executive"}, "Kelvale Philharmonic Orchestra"},
		{"who leads a field at a body's unit, the body named in full before", "The study adds an economist from the University of Kelvale. Dr Dara Quill, who leads health economics research at Kelvale's Centre for Health Policy, said costs would fall.",
			"Dara Quill", []string{"Dr"}, "University of Kelvale"},
		{"who leads a body after its kind", "The bookmobile was bought with a grant. Dara Quill, who leads the nonprofit Read Kelvale coalition, said it would stop at schools.",
			"Dara Quill", []string{"leads the nonprofit Read Kelvale coalition"}, "Read Kelvale coalition"},
		{"a body named after its kind in lower case, a connector inside the name", "The suit was filed on Monday. “We will win,” said Dara Quill, director of the advocacy group Citizens for Kelby Rivers.",
			"Dara Quill", []string{"director of the advocacy group Citizens for Kelby Rivers"}, "Citizens for Kelby Rivers"},
		{"a body named after its kind, a place at the name's end", "Dara Quill, communications director of the progressive group Democracy for Kelvania, said the party had options.",
			"Dara Quill", []string{"communications director of the progressive group Democracy for Kelvania"}, "Democracy for Kelvania"},
		{"a legislator's style and her chamber's committee in a ministry's release", "Ministry of Energy - Government of Kelvania\n\nThe Ministry of Energy opened a tender. Deputy Dara Quill, a member of the Chamber of Deputies’ Mining and Energy Committee, said the region lacks roads.",
			"Dara Quill", []string{"Deputy", "member of the Chamber of Deputies’ Mining and Energy Committee"}, "Chamber of Deputies"},
		{"a company named after its kind, then its town, the title going on", "“It is good news,” said Henk Quill, head of engineering at the dairy equipment maker Kelvo Machinebouw in Zwolle and a customer since 1998.",
			"Henk Quill", []string{"head of engineering at the dairy equipment maker Kelvo Machinebouw in Zwolle and a customer"}, "Kelvo Machinebouw"},
		{"a German diploma between the title and the name", "“We will stay below the limit,” said Chief Financial Officer Dipl.-Kfm. Jörg Quill.",
			"Jörg Quill", []string{"Chief Financial Officer"}, ""},
		{"a Swiss doctorate's fields after Dr.", "“Wounds cost money,” said Dr. sc. techn. Beat Quill, CEO of Kelvo Medtech.",
			"Beat Quill", []string{"Dr. sc. techn.", "CEO of Kelvo Medtech"}, "Kelvo Medtech"},
		{"a Swiss office before a doctorate", "“If it works, we want it,” said Regierungsrat Dr. iur. Mathias Quill, head of the Department of Health.",
			"Mathias Quill", []string{"Regierungsrat", "Dr. iur.", "head of the Department of Health"}, "Department of Health"},
		{"a Dutch style in lower case between the title and the name", "Chief Operating Officer ir. Koen Quill said the lines would be installed by 2026.",
			"Koen Quill", []string{"Chief Operating Officer"}, ""},
		{"a place's name, then an appositive that names a person, no list", "The Oberbürgermeisterin of the host city of Kelvo, Dr. Dara Quill, pointed out that Kelvo had its hottest summer.",
			"Dara Quill", []string{"Oberbürgermeisterin of the host city of Kelvo", "Dr."}, "Kelvo"},
		{"a Flemish pharmacist's style in lower case", "According to hospital pharmacist apr. Dries Quill, only medicines with a low risk are eligible.",
			"Dries Quill", []string{"hospital pharmacist"}, ""},
		{"a Swiss licentiate's style after a title set off", "The foundation's managing director, lic. phil. Marco Quill, announced that the suitcases will be extended.",
			"Marco Quill", []string{"The foundation's managing director"}, ""},
		{"a style of two words between the title set off and the name", "The Mayor of Kelvo, His Worship Mr. Kelvin Quill, told reporters that traders were busy.",
			"Kelvin Quill", []string{"Mayor of Kelvo"}, "Kelvo"},
		{"a style of two words right before the name, with no honorific", "The Mayor of Kelvo, Her Worship Kelvina Quill, told reporters that traders were busy.",
			"Kelvina Quill", []string{"Mayor of Kelvo"}, "Kelvo"},
		{"a Hausa style and a degree in parentheses after a post set off", "The Commissioner for Education, Hajiya (Dr.) Amina Quill, disclosed this on Tuesday.",
			"Amina Quill", []string{"Commissioner for Education", "Hajiya (Dr.)"}, ""},
		{"a briefing's bare 'for' and a body with its letters after the name", "The briefing opened. Dara Quill, for the Kelvo Refugee Agency (KRA), said that 94,000 refugees had crossed the border.",
			"Dara Quill", nil, "Kelvo Refugee Agency"},
		{"a union's style 'Cde.' between the post and the name", "The union met. KMWU General Secretary Cde. Dara Quill said the union had evidence of cracks.",
			"Dara Quill", []string{"KMWU General Secretary", "Cde."}, "KMWU"},
		{"a nursing post before the name", "The hub opened. Ward Matron Dara Quill said the team chose the equipment.",
			"Dara Quill", []string{"Ward Matron"}, ""},
		{"'but its' before a post set off: the body before", "The Kelvo Builders Union (KBU) welcomed the fund, but its General Secretary, Dara Quill, warned that apprentices must be paid the living wage.",
			"Dara Quill", []string{"General Secretary"}, "Kelvo Builders Union"},
		{"a hometown after 'from' in a lower-case description is no body", "The conference opened. Dara Quill, a home support worker and shop steward from Ennistown, Co. Kelvo, received a standing ovation.",
			"Dara Quill", []string{"home support worker and shop steward from Ennistown, Co. Kelvo"}, ""},
		{"a discipline joined by 'and' after 'Chief of' is the post's field: the issuer's", "KELVO HEALTH SCIENCES CENTRE\n\nNEWS RELEASE\n\nKelvo opens youth unit\n\nThe unit opened today. \"Young people heal better at home,\" said Dr. Dara Quill, Chief of Child and Adolescent Psychiatry.",
			"Dara Quill", []string{"Dr.", "Chief of Child and Adolescent Psychiatry"}, "Kelvo Health Sciences Centre"},
		{"'Speaking on behalf of' a body with its letters, before the name", "The ministers met. Speaking on behalf of the Kelvo Youth Climate Network (KYCN), Ms Dara Quill urged ministers to set aside a share of the fund.",
			"Dara Quill", nil, "Kelvo Youth Climate Network"},
		{"a body named head first, unknown to the lists, before a post set off", "The penalty was imposed. Office of Kelvo Energy Fair Trading Executive Director, Mr Dara Quill, said consumers were targeted.",
			"Dara Quill", []string{"Office of Kelvo Energy Fair Trading Executive Director"}, "Office of Kelvo Energy Fair Trading"},
		{"a bare post after a passive whose agent is a body: the agent's", "KELVO UNIVERSITY\n\nStudy links heat to kidney injury\n\nThe study was published today. The findings have been welcomed by the Kelvo Sugar Workers’ Union (KSWU). State secretary Dara Quill said the union would use the research in bargaining.",
			"Dara Quill", []string{"State secretary"}, "Kelvo Sugar Workers’ Union"},
		{"a present verb before a post set off and a German doctorate's field before the name", "Kelvo Medical School will reserve 30 places. “We want our students to stay,” explains the Dean, Prof. Dr. med. Dara Quill.",
			"Dara Quill", []string{"Dean", "Prof. Dr. med."}, "Kelvo Medical School"},
		{"a place's possessive before a post of two capitalized words joined by 'and'", "The sentences were handed down. Kelvo's Police and Crime Commissioner Dara Quill said the sentences were fair.",
			"Dara Quill", []string{"Kelvo's Police and Crime Commissioner"}, ""},
		{"a minister with MP in the ministry's release, after a dateline whose place is in capitals", "MINISTRY OF KELVO FISHERIES AND RURAL ENTERPRISE\n\nPRESS RELEASE\n\nMinister Says Project Will Drought-Proof the South\n\nSANTA CRUZ, St. Kelvo — Minister of Kelvo Fisheries and Rural Enterprise, Hon. Dara Quill, MP, has said that the project will end the drought losses.",
			"Dara Quill", []string{"Minister of Kelvo Fisheries and Rural Enterprise", "Hon.", "MP"}, "Ministry of Kelvo Fisheries and Rural Enterprise"},
		{"a portfolio named by a common plural before 'Minister': the issuer's", "From: Department for Kelvo Environment, Food & Rural Affairs\n\nThe fund opened.\n\nFloods Minister Dara Quill said the fund would help farmers.",
			"Dara Quill", []string{"Floods Minister"}, "Department for Kelvo Environment, Food & Rural Affairs"},
		{"a plural post with its country's letters before two names", "Today, U.S. Representatives Dara Quill (D-Ore.) and Bob Poe (R-Kan.) introduced the bill. \"It matters,\" said Rep. Poe.",
			"Bob Poe", []string{"U.S. Representative", "Rep."}, "U.S. House of Representatives"},
		{"the head of a hospital's department speaks for the hospital that issues the release", "KELVO TEACHING HOSPITAL\n\nHospital starts newborn screening\n\nThe hospital began screening today. “Sickle cell is the most common condition we see,” said Dr. Mrs. Dara Quill, Head of the Department of Child Health.",
			"Dara Quill", []string{"Dr.", "Head of the Department of Child Health"}, "Kelvo Teaching Hospital"},
		{"a British detective constable's rank before the name", "KELVALE POLICE\n\nFour jailed for courier fraud\n\nFour men were jailed today. DC Dara Quill, of the Economic Crime Unit, said the gang was cruel.",
			"Dara Quill", []string{"DC"}, "Kelvale Police"},
		{"a post the predicate after an appositive says one takes ('will serve as')", "The clinic opened today. Dr. Dara Quill, a psychiatrist, will serve as medical director of the new clinic. Quill said most patients would go home the same day.",
			"Dara Quill", []string{"Dr.", "psychiatrist", "medical director of the new clinic"}, ""},
		{"a Cabinet Secretary with a portfolio speaks for the government the text names", "KELVO FERRIES AGENCY\n\nNew ferries for the islands\n\nThe agency ordered two ferries. Cabinet Secretary for Transport and Islands Dara Quill said the ferries would be built by 2028. The agency is an executive agency of the Kelvo Government.",
			"Dara Quill", []string{"Cabinet Secretary for Transport and Islands"}, "Kelvo Government"},
		{"a body after the name with its letters and its unit set off", "KELVALE POLICE\n\nFour jailed\n\nFour men were jailed. Senior Crown Prosecutor Dara Quill, of the Kelvo Prosecution Service (KPS) West Midlands Casework Unit, said: \"The evidence was overwhelming.\"",
			"Dara Quill", []string{"Senior Crown Prosecutor"}, "Kelvo Prosecution Service"},
		{"a company named with 'Bio' at its end is a body, not a person", "Kelvo Therapeutics licensed the drug to Halcyon Bio in 2023. “We licensed it because the mechanism was right,” said Halcyon Bio President Dara Quill.",
			"Dara Quill", []string{"Halcyon Bio President"}, "Halcyon Bio"},
		{"a police rank of two words before the name", "The call centres were raided. \"These were not amateurs,\" said Police Major Dara Quill, Head of the Cybercrime Bureau of the Kelvo Criminal Police.",
			"Dara Quill", []string{"Police Major", "Head of the Cybercrime Bureau of the Kelvo Criminal Police"}, "Cybercrime Bureau of the Kelvo Criminal Police"},
		{"an envoy's country from the demonym that opens the post, not the host after 'to'", "The grant was signed today. \"Kelvania is proud to be Vanuatu's partner,\" said H.E. Dara Quill, Australian High Commissioner to Vanuatu.",
			"Dara Quill", []string{"H.E.", "Australian High Commissioner to Vanuatu"}, "Australia"},
		{"a style of two words before the title set off", "KELVO — His Excellency the Governor of Kelvo County, Dr. Joseph Quill, today opened the plant.",
			"Joseph Quill", []string{"His Excellency the Governor of Kelvo County", "Dr."}, "Kelvo County"},
		{"a title's own acronym is no body; its field's list stays whole", "The County Executive Committee Member (CECM) for Agriculture, Livestock, Fisheries and Co-operatives, Hon. Mary Quill, said the plant would raise prices.",
			"Mary Quill", []string{"County Executive Committee Member (CECM) for Agriculture, Livestock, Fisheries and Co-operatives", "Hon."}, ""},
		{"a known body's words opening a longer name", "The Principal Secretary, State Department for Livestock Development, Dr. Ibrahim Quill, said the government would replicate it.",
			"Ibrahim Quill", []string{"Principal Secretary", "State Department for Livestock Development", "Dr."}, "State Department for Livestock Development"},
		{"a post's office with its district after it", "Chief Prosecutor Bernd Quill of the Public Prosecutor's Office Kelvberg said the suspects face ten years.",
			"Bernd Quill", []string{"Chief Prosecutor"}, "Public Prosecutor's Office Kelvberg"},
		{"a local authority named by its place and its kind in lower case", "Landrätin Petra Quill of the Kelvberg district welcomed the decision.",
			"Petra Quill", []string{"Landrätin"}, "Kelvberg district"},
		{"a Kenyan post written short before a surname", "Dr. Ibrahim Quill opened it. \"Kelvo has shown it,\" PS Quill said.",
			"Ibrahim Quill", []string{"Dr.", "PS"}, ""},
		{"a union's style of address is a title", "Comrade Bwalya Quill, KAMU President, said members were patient.",
			"Bwalya Quill", []string{"Comrade", "KAMU President"}, "KAMU"},
		{"a Swahili elder's style is a title", "Mzee Protas Quill, chairman of the Kelvo Dairy Farmers Co-operative Society, said brokers disappear.",
			"Protas Quill", []string{"Mzee", "chairman of the Kelvo Dairy Farmers Co-operative Society"}, "Kelvo Dairy Farmers Co-operative Society"},
		{"a post's acronym before its remit; no committee named elsewhere", "The County Executive Committee Member (CECM) for Agriculture, Hon. Mary Quill, said prices would rise. The Assembly's Agriculture Committee will follow up.",
			"Mary Quill", []string{"County Executive Committee Member (CECM) for Agriculture", "Hon."}, ""},
		{"a principal secretary's state department is no minister's ministry", "Opening the session, Kelvania's Minister of Agriculture, Ato Getachew Quill, said the region could wait. The Principal Secretary for the State Department for Agriculture, Dr. Jane Roe, agreed.",
			"Getachew Quill", []string{"Minister of Agriculture", "Ato"}, "Kelvania"},
		{"a style that is also a name's part, inside the name", "The Minister of State for Jal Shakti, Smt. Vasantha Kumari Quill, said that women would be trained.",
			"Vasantha Kumari Quill", []string{"Minister of State for Jal Shakti"}, "Ministry of Jal Shakti"},
		{"a river's name modifying the last field of a department's list", "Shri Anirudh Quill, Secretary, Department of Water Resources, River Development and Ganga Rejuvenation, explained that the board would map aquifers.",
			"Anirudh Quill", []string{"Secretary"}, "Department of Water Resources, River Development and Ganga Rejuvenation"},
		{"a secretary of a ministry the text names is the ministry's", "Secretary of the Ministry of Disaster Management and Relief, Mr. Kamrul Quill, said cyclone shelters had reduced deaths.",
			"Kamrul Quill", []string{"Secretary of the Ministry of Disaster Management and Relief"}, "Ministry of Disaster Management and Relief"},
		{"a region's number set off in a title", "AIIB Director General for Infrastructure Investment, Region 2, Mr. Dietrich Quill, said the loan was cofinanced.",
			"Dietrich Quill", []string{"AIIB Director General for Infrastructure Investment, Region 2"}, "AIIB"},
		{"a police rank's complement is no body", "Superintendent of Police Smt. Rashmi Quill said that police personnel had been trained.",
			"Rashmi Quill", []string{"Superintendent of Police"}, ""},
		{"a police rank's complement takes the police body the text names", "The Kelvo District Police made arrests. Superintendent of Police Rashmi Quill said that police personnel had been trained.",
			"Rashmi Quill", []string{"Superintendent of Police"}, "Kelvo District Police"},
		{"a family name first in capitals, its holder then named by it alone", "QUILL Aya, Managing Executive Officer at Kelvo Mart Holdings, said the robots help. Quill added that no staff would be laid off.",
			"QUILL Aya", []string{"Managing Executive Officer at Kelvo Mart Holdings"}, "Kelvo Mart Holdings"},
		{"a name with its family name first in capitals after a unit's head", "“Kindness is not a budget,” said Chairperson of the Board QUILL Tomoko.",
			"QUILL Tomoko", []string{"Chairperson of the Board"}, ""},
		{"a faculty named head first, then its university", "The survey was conducted with Prof. Reiko Quill of the Faculty of Social Welfare at Kelvo Gakuen University, who analyzed the responses.",
			"Reiko Quill", []string{"Prof."}, "Kelvo Gakuen University"},
		{"the post a predicate says one keeps", "Her son, Jun-ho Quill, will continue as Chief Executive Officer of Kelvo Foods. “Our farmers were nervous,” Quill said.",
			"Jun-ho Quill", []string{"Chief Executive Officer of Kelvo Foods"}, "Kelvo Foods"},
		{"a style of address that ends a name is its family name", "The other Co-Chair, Mr. Josaia Ratu of Fiji, said the islands were heard.",
			"Josaia Ratu", []string{"other Co-Chair"}, ""},
		{"a Nordic academic rank", "Docent Riikka Quill, youth researcher at the University of Kelvo, said the results are in line with other studies.",
			"Riikka Quill", []string{"Docent", "youth researcher at the University of Kelvo"}, "University of Kelvo"},
		{"a committee of the lower house is the house's", "MP Dr. Nidal Quill, Chairman of the Agriculture and Water Committee of the Lower House, welcomed the signing and said the Ministry must act.",
			"Nidal Quill", []string{"MP", "Dr.", "Chairman of the Agriculture and Water Committee of the Lower House"}, "Lower House"},
		{"a body's letters and a post after 'by', then the holder set off", "The morning session was closed by KUNO Regional Director for the Arab States, Mr. Karim Quill, whose office will publish an assessment.",
			"Karim Quill", []string{"KUNO Regional Director for the Arab States"}, "KUNO"},
		{"a post after 'by', then the holder set off", "The contract was signed by Minister of Water Security and Irrigation, H.E. Eng. Raed Quill, and representatives of the consortium.",
			"Raed Quill", []string{"Minister of Water Security and Irrigation", "H.E. Eng."}, "Ministry of Water Security and Irrigation"},
		{"the territory a body's post covers after the body's letters", "“Droughts do not respect borders,” said Dr. Beatriz Quill, Regional Director of KUN-WASP for Latin America and the Caribbean.",
			"Beatriz Quill", []string{"Dr.", "Regional Director of KUN-WASP for Latin America and the Caribbean"}, "KUN-WASP"},
		{"a Kenyan cabinet secretary in a company's release heads the ministry of the portfolio", "NAIROBI – Kelvo Telecom PLC today launched KelvoPay. Cabinet Secretary for Information and the Digital Economy, Hon. Eliud Quill, said the ministry would table amendments.\n\nAbout Kelvo Telecom PLC\nKelvo Telecom is a telecom company.",
			"Eliud Quill", []string{"Cabinet Secretary for Information and the Digital Economy", "Hon."}, "Ministry of Information and the Digital Economy"},
		{"a country's minister is no body that opens with the country's name", "The Kelvania Red Cross Society opened shelters. Kelvania’s Minister of Energy, Mr. Batbayar Quill, welcomed the approval.",
			"Batbayar Quill", []string{"Minister of Energy"}, "Kelvania"},
		{"a doctorate in parentheses between styles after the post", "The State Government has approved new posts, the Commissioner for Education and Human Capital Development, Hon. (Dr.) Mrs. Dara Quill, has announced.",
			"Dara Quill", []string{"Commissioner for Education and Human Capital Development", "Hon. (Dr.)"}, "State Government"},
		{"a chamber's committee by its remit", "The bill was passed. The Chairman of the Senate Committee on Public Order, Dara Quill, said the vote was close.",
			"Dara Quill", []string{"Chairman of the Senate Committee on Public Order"}, "Senate Committee on Public Order"},
		{"a retired officer's mark after the name is no body", "The surgery took eleven hours. The team was led by Col. (Dr.) Dara Quill (Retd.), Head of Anaesthesia at the Kelvo Children's Hospital, who said that the child was stable.",
			"Dara Quill", []string{"Col. (Dr.)", "Head of Anaesthesia at the Kelvo Children's Hospital"}, "Kelvo Children's Hospital"},
		{"a board named by its state and its field is a body of its own, not the issuer's unit", "KELVO STATE GOVERNMENT\nMINISTRY OF EDUCATION\n\nThe Kelvo State Government approved it. The Executive Chairman of the Kelvo State Universal Basic Education Board (SUBEB), Prof. Dara Quill, said 2,800 teachers would be posted.",
			"Dara Quill", []string{"Executive Chairman of the Kelvo State Universal Basic Education Board (SUBEB)", "Prof."}, "Kelvo State Universal Basic Education Board"},
		{"a union's state wing set off after its acronym, then a style", "The union reacted. Reacting to the announcement, the Chairman of the Kelvo Union of Teachers (KUT), Lakeside State Wing, Comrade Dara Quill, said the move was welcome.",
			"Dara Quill", []string{"Chairman of the Kelvo Union of Teachers (KUT)", "Lakeside State Wing", "Comrade"}, "Kelvo Union of Teachers"},
		{"a Ghanaian police rank before a style", "Eleven suspects were arrested. Addressing a press conference, the Kelvo Regional Police Commander, DCOP Mr. Dara Quill, said the suspects were armed.",
			"Dara Quill", []string{"Kelvo Regional Police Commander", "DCOP"}, "Kelvo Regional Police"},
		{"an Italian style's feminine between the post set off and the name", "The plant opened today. The Assessore for Economic Development of the Kelvo Region, Dott.ssa Dara Quill, who attended the ceremony, said: “Investments matter.”",
			"Dara Quill", []string{"Assessore for Economic Development of the Kelvo Region"}, "Kelvo Region"},
		{"an Italian doctor's style before the name", "The plant opened today. “Kelvo is where our next twenty years begin,” said Dott. Dara Quill, Chief Executive Officer of Kelvo Farmaceutici.",
			"Dara Quill", []string{"Chief Executive Officer of Kelvo Farmaceutici"}, "Kelvo Farmaceutici"},
		{"a post set off after a verb of saying other than 'said'", "The plan was approved. “Prevention starts in the woods,” declared the President of the Kelvo Region, Dara Quill.",
			"Dara Quill", []string{"President of the Kelvo Region"}, "Kelvo Region"},
		{"a Portuguese style with its ordinal letter after the post set off", "The loan was approved. Kelvania's Minister of Finance and Business Development, Dr.ª Dara Quill, welcomed the approval.",
			"Dara Quill", []string{"Minister of Finance and Business Development"}, "Kelvania"},
		{"a French office kept in French, after a French style", "The units were tested. According to Mme Dara Quill, Directrice générale of the Kelvo University Hospital, the units cost €1.4 million a year.",
			"Dara Quill", []string{"Directrice générale of the Kelvo University Hospital"}, "Kelvo University Hospital"},
		{"a prefect in French set off before the name", "The order was signed. The Préfet of the Kelvo, Dara Quill, said the rivers were dry.",
			"Dara Quill", []string{"Préfet of the Kelvo"}, "Kelvo"},
		{"what follows a name set off after 'According to' and a post is what was said", "The plant opened. According to the Technical Director, Engr. Dara Quill, the plant uses bifacial panels mounted on trackers.",
			"Dara Quill", []string{"Technical Director", "Engr."}, ""},
		{"a Filipino lawyer's style between the post and the name is a title", "The season opened. “The sea needs rest,” Kelvo Fisheries Bureau National Director Atty. Dara C. Quill said in a statement.",
			"Dara C. Quill", []string{"Kelvo Fisheries Bureau National Director", "Atty."}, "Kelvo Fisheries Bureau"},
		{"an English given name set off after a Cantonese name", "The hub opened. “The hub is open,” said Mr Leung Wing-kei, Dara, Chairman and Chief Executive Officer of Kelvo Logistics.",
			"Leung Wing-kei, Dara", []string{"Chairman", "Chief Executive Officer of Kelvo Logistics"}, "Kelvo Logistics"},
		{"a bureau named by its secretary's field, under a headline that names the post by its initials", "SHKA launches harbour trail\n\nThe Secretary for Harbour and Kelvo Affairs, Mr Kwan Chi-ming, today opened the trail. The Harbour and Kelvo Affairs Bureau (HKAB) has installed 46 counters.",
			"Kwan Chi-ming", []string{"Secretary for Harbour and Kelvo Affairs"}, "Harbour and Kelvo Affairs Bureau"},
		{"a portfolio's list before a post's head, set off before the name", "The gang was jailed. Police, Fire and Crime Commissioner for Kelvale, Dara Quill, said: \"Rural crime is down.\"",
			"Dara Quill", []string{"Police, Fire and Crime Commissioner for Kelvale"}, ""},
		{"a portfolio's list before a post's head after 'The'", "The hub opened. The Health, Social Care and Sport Minister, Dara Quill, said the hub would help.",
			"Dara Quill", []string{"Health, Social Care and Sport Minister"}, ""},
		{"a council's portfolio holder", "The footage helped. Cllr Dara Quill, Portfolio Holder for Community Safety at Kelvale District Council, said the council had supplied it.",
			"Dara Quill", []string{"Cllr", "Portfolio Holder for Community Safety at Kelvale District Council"}, "Kelvale District Council"},
		{"an Irish council's deputy chair before a councillor's style", "The hub opened. Leas-Chathaoirleach Cllr Dara Quill said the hub would help.",
			"Dara Quill", []string{"Leas-Chathaoirleach", "Cllr"}, ""},
		{"a city's judge with the Recorder's post set off before a judge's style", "The men were jailed. Sentencing the men, the Recorder of Kelvale, His Honour Judge Dara Quill, told the court the thefts had caused \"real fear\".",
			"Dara Quill", []string{"His Honour Judge", "Recorder of Kelvale"}, "Kelvale"},
		{"a list of holders: a post with its field before the next name is the next holder's", "The draft was presented by Minister Dr. Dara Quill, Deputy Prime Minister for Economic Policy John Doe, and the President of Kelvo, Ann Lee.",
			"Dara Quill", []string{"Minister", "Dr."}, ""},
		{"a list of holders: 'the' and a post before a rank and a name are the next holder's", "The results were presented by the Minister of Internal Affairs, Dara Quill, the Director General of Kelvo Police, Colonel John Doe, and the Director of Customs, Mrs. Ann Lee.",
			"Dara Quill", []string{"Minister of Internal Affairs"}, "Ministry of Internal Affairs"},
		{"a Central European degree in lower case between the post and the name", "The plant opened. “Hospitals waited months,” said President of the Management Board mag. Dara Quill of Kelvo Pharma.",
			"Dara Quill", []string{"President of the Management Board"}, "Kelvo Pharma"},
		{"a post given with 'as' ends before a second predicate", "Kelvo Pharma appoints Dr. Dara Quill as CFO and opens new sterile plant in Celje",
			"Dara Quill", []string{"Dr.", "CFO"}, "Kelvo Pharma"},
		{"'Its' after an amount in a currency's code is the body named before", "The largest donor, the Swiss foundation Stiftung Kelvo, contributed CHF 2.5 million. Its chair, Dr. Dara Quill, travelled to Lviv.",
			"Dara Quill", []string{"chair", "Dr."}, "Stiftung Kelvo"},
		{"a town of two words the lists do not know before a mayor", "The road reopened. \"Blue skies,\" said Sierra Kelva Mayor Dara Quill.",
			"Dara Quill", []string{"Sierra Kelva Mayor"}, "Sierra Kelva"},
		{"two posts set off before a French style of excellency", "The decree was presented. The Minister of State, Minister of Mines, S.E. Mr. Dara Quill, today presented the decree.",
			"Dara Quill", []string{"Minister of State", "Minister of Mines"}, "Ministry of Mines"},
		{"a body's board after its letters is the body's organ", "The mission was financed by the Kelvo Heart Fund (KHF). Mr. Dara Quill, Chairman of the KHF Board of Trustees, said the fund had raised money.",
			"Dara Quill", []string{"Chairman of the KHF Board of Trustees"}, "Kelvo Heart Fund"},
		{"two posts set off after a dateline's dash", "Kinshasa, 24 March 2025 – The Minister of State, Minister of Mines, S.E. Mr. Dara Quill, today presented the decree.",
			"Dara Quill", []string{"Minister of State", "Minister of Mines"}, "Ministry of Mines"},
		{"a ministry in title case under a government's letterhead", "GOVERNMENT OF KELVANIA\nMinistry of Tourism, Ecology and Sustainable Development\nPublic Relations Service\n\nPRESS RELEASE\n\n\"The bay is full,\" said Minister Dara Quill.",
			"Dara Quill", []string{"Minister"}, "Ministry of Tourism, Ecology and Sustainable Development"},
		{"a prosecution office is a body", "The gang was charged. The Chief Prosecutor of the Basic Prosecution in Kelvo, Dara Quill, said detention would be requested.",
			"Dara Quill", []string{"Chief Prosecutor of the Basic Prosecution in Kelvo"}, "Basic Prosecution"},
		{"a physiotherapist named before the name", "The centre opened. Physiotherapist Dara Quill said the staff trained for six months.",
			"Dara Quill", []string{"Physiotherapist"}, ""},
		{"a town of two words named twice, before a mayor", "Workers come from Monte Kelva, Calama and Antofagasta. Monte Kelva Mayor Dara Quill said the commune had waited years.",
			"Dara Quill", []string{"Monte Kelva Mayor"}, "Monte Kelva"},
		{"'For' the post and its holder set off, whose view follows", "The decree was signed. For the Superintendent of Irrigation, Ing. Dara Quill, the priority is to guarantee that water reaches the end of the system.",
			"Dara Quill", []string{"Superintendent of Irrigation", "Ing."}, ""},
		{"a Spanish colonel retired, between the post and the name", "Cameras were installed. The Secretary of Security of Kelvo, Coronel (r) Dara Quill, explained that the city financed them.",
			"Dara Quill", []string{"Coronel (r)", "Secretary of Security of Kelvo"}, ""},
		{"Polish and Slovak academic styles in lower case before the name", "The study was published. \"We expected an increase,\" says prof. dr hab. inż. Dara Quill, head of the Department of Environmental Chemistry at KIT.",
			"Dara Quill", []string{"prof. dr hab. inż.", "head of the Department of Environmental Chemistry at KIT"}, "KIT"},
		{"a faculty of a university after the name: the university", "The study was published. \"Neither group could have done this alone,\" said Dara Quill of the Faculty of Biochemistry, Biophysics and Biotechnology of the Kelvo University.",
			"Dara Quill", nil, "Kelvo University"},
		{"the body after a name's degree letters set off", "The call opened. \"Retention works,\" said doc. RNDr. Dara Quill, PhD., from the Institute of Hydrology of the Kelvo Academy of Sciences (KAS).",
			"Dara Quill", []string{"doc. RNDr.", "PhD."}, "Institute of Hydrology of the Kelvo Academy of Sciences"},
		{"a lower-case post after 'whose' and a body: the body's", "The unit was financed by a donation from the Kelvo Brain Foundation, whose secretary general Dara Quill called it \"the best investment we have made\".",
			"Dara Quill", []string{"secretary general"}, "Kelvo Brain Foundation"},
		{"a post in its own language in parentheses between the post and the name", "The city opened school streets. Mobility alderman (schepen) Dara Quill said the city would add 40 more.",
			"Dara Quill", []string{"schepen", "Mobility alderman"}, ""},
		{"a country's adjective before a post set off before the name", "The plant was funded. Dutch State Secretary for Economic Affairs, Mr. Dara Quill, said the plant was \"the capacity we need.\"",
			"Dara Quill", []string{"Dutch State Secretary for Economic Affairs"}, "Netherlands"},
		{"'Its' after a company whose name ends in a Gulf legal form", "Among the employers was Kelvo Aluminium Works SAOG. Its Director of Human Resources, Ms. Dara Quill, said the company would take 85 graduates.",
			"Dara Quill", []string{"Director of Human Resources"}, "Kelvo Aluminium Works SAOG"},
		{"a unit named by common words and a plural is the issuer's", "KELVO POLICE GENERAL COMMAND\n\nThe Kelvo Police General Command launched a campaign. Head of the Traffic and Patrols Department, Colonel Dara Quill, explained that the cameras detect speeding.",
			"Dara Quill", []string{"Colonel", "Head of the Traffic and Patrols Department"}, "Kelvo Police General Command"},
		{"a state set off between the post and the name", "The plant opened. The Commissioner for Energy and Mineral Resources, Kelvo State, Engr. Dara Quill, said the plant would save N60 billion a year.",
			"Dara Quill", []string{"Commissioner for Energy and Mineral Resources, Kelvo State", "Engr."}, "Kelvo State"},
		{"a bare post and its ministry with letters set off before a Bangladeshi style", "The centres opened. Secretary, Ministry of Women and Children Affairs (MoWCA), Mst. Dara Quill, said the Government would integrate the centres.",
			"Dara Quill", []string{"Secretary, Ministry of Women and Children Affairs (MoWCA)"}, "Ministry of Women and Children Affairs"},
		{"a post's field after a dash, set off before the name", "The factory opened. Director – Human Resources and Sustainability, Ms. Dara Quill, said the team was new.",
			"Dara Quill", []string{"Director – Human Resources and Sustainability"}, ""},
		{"a town with its point of the compass before a mayor", "The plan was welcomed. Kelvale North Mayor Dara Quill said the city had lobbied for it.",
			"Dara Quill", []string{"Kelvale North Mayor"}, "Kelvale North"},
		{"a body of several words owns the title set off before the name", "The plan was welcomed. The Rail and Port Workers Union's national secretary, Dara Quill, said the union agreed.",
			"Dara Quill", []string{"national secretary"}, "Rail and Port Workers Union"},
		{"an office of the Secretary-General in a Council's coverage speaks for the United Nations", "Human Rights Council\n\nThe Human Rights Council today held a dialogue on displacement. Also addressing the Human Rights Council, DARA QUILL, Special Representative of the Secretary-General for Disaster Risk Reduction, said that warnings saved lives.",
			"Dara Quill", []string{"Special Representative of the Secretary-General for Disaster Risk Reduction"}, "United Nations"},
		{"our title set off before the name is the issuer's", "Kelvale Hospice | Support us | News | Appeal\n\nKelvale Hospice has launched its appeal. Our Chief Executive, Dara Quill, said: \"We need you.\"",
			"Dara Quill", []string{"Chief Executive"}, "Kelvale Hospice"},
		{"a policy lead at a body", "The breach was reported. Dara Quill, policy lead at the Kelvale Consumer Forum, said the apps must be held to account.",
			"Dara Quill", []string{"policy lead at the Kelvale Consumer Forum"}, "Kelvale Consumer Forum"},
		{"a body after a name and a comma in parentheses, as a call names who asks", "Kestrel Freight Corp. reported results.\n\nQ (Dara Quill, Beaumont Lachance Securities): Can you talk about pricing?\n\nAfter the call, Quill wrote that volumes were \"ahead of every peer we cover.\"",
			"Dara Quill", nil, "Beaumont Lachance Securities"},
		{"a body after a name and at", "The antibodies were found in the laboratory of Prof. Dara Quill at Kelvale University's Department of Medical Biochemistry. Quill said the work took nine years.",
			"Dara Quill", []string{"Prof."}, "Kelvale University"},
		{"a country's post set off after and", "The report was launched today in Paris by Secretary-General Bob Roe and Kelvania's Minister of Education and Research, Dara Quill, who said it mattered.",
			"Dara Quill", []string{"Minister of Education and Research"}, "Kelvania"},
		{"a practitioner's title by its ending; associates are a body", "The results were published. Nephrologist Dr. Dara Quill of Kelvale Renal Associates, who is not involved, said the field had waited.",
			"Dara Quill", []string{"Nephrologist", "Dr."}, "Kelvale Renal Associates"},
		{"a post after has been, to a time", "The count was good. Dara Quill has been the chief ranger at the Kelvale Wildlife Trust since 2014 and walks the hills each July.",
			"Dara Quill", []string{"chief ranger at the Kelvale Wildlife Trust"}, "Kelvale Wildlife Trust"},
		{"a branch named by its place is the issuer's", "Kelvale Public Library | News\n\nThe Kelvale Public Library ended fines. Attendance doubled, says Dara Quill, manager of the Cottonwood Falls branch.",
			"Dara Quill", []string{"manager of the Cottonwood Falls branch"}, "Kelvale Public Library"},
		{"a role clause's second verb", "The trial began. Dara Quill, who was diagnosed in 2023 and chairs the advisory panel of the Kelvale Motor Neurone Trust, said people had helped design it.",
			"Dara Quill", []string{"chairs the advisory panel of the Kelvale Motor Neurone Trust"}, "Kelvale Motor Neurone Trust"},
		{"the body that opens the lead is the issuer", "The Kelvale Government will begin building the rail link next year, with six new stations. “It is our turn,” said Premier Dara Quill.",
			"Dara Quill", []string{"Premier"}, "Kelvale Government"},
		{"a minister speaks for the government the text names, not the agency that issues", "Kelvale Development Programme\n\nKelvale, 19 February 2026 – The Kelvale Development Programme and the Government of Ruritania today launched a programme. The Government of Ruritania will lead it. Speaking at the launch, the Minister of Finance and Economic Affairs, Hon. Dara Quill, said the programme was designed at home.",
			"Dara Quill", []string{"Minister of Finance and Economic Affairs", "Hon."}, "Government of Ruritania"},
		{"a county's office named by its holder after the name", "OFFICE OF THE DISTRICT ATTORNEY\n\nThe man was sentenced today. Detective Sergeant Dara Quill of the Kelvale County Sheriff's Office, who led the investigation, said the case was broken by a pawn shop owner.",
			"Dara Quill", []string{"Detective Sergeant"}, "Kelvale County Sheriff's Office"},
		{"a head of state of the state named formally after the name", "The Summit opened today. Speaking as host, H.E. President Dara Quill of the Republic of Namibia welcomed delegations and said the reservoirs were empty.",
			"Dara Quill", []string{"H.E.", "President"}, "Republic of Namibia"},
		{"the name under a release's label is the issuer", "NEWS RELEASE\nKelvale Water\nEmbargoed until 00:01, 17 September 2026\n\nKelvale Water sets out its plan\n\nKelvale Water today published its plan. “We listened,” said Chief Executive Dara Quill.",
			"Dara Quill", []string{"Chief Executive"}, "Kelvale Water"},
		{"a town's police chief is its police department's, when the text names it", "The Kelvale Police Department led the inquiry. Kelvale Police Chief Dara Quill said the unit spent months on it.",
			"Dara Quill", []string{"Kelvale Police Chief"}, "Kelvale Police Department"},
		{"a name after a body's common noun is the body's", "OFFICE OF THE ATTORNEY GENERAL\n\nThe scheme was charged today. A spokesperson for the property management firm Dara Quill said the firm had ended its contract.",
			"Dara Quill", []string{"A spokesperson for the property management firm"}, "Dara Quill"},
		{"the territory a post covers is no body: the post is the issuer's", "Kelvale Food Programme\n\nThe Kelvale Food Programme appealed for funds today. The Regional Coordinator for the Sahel, Mr. Dara Quill, joined the appeal and said roads were closed.",
			"Dara Quill", []string{"Regional Coordinator for the Sahel"}, "Kelvale Food Programme"},
		{"a volunteer's role is a title and a post of the issuer", "Kelvale Hospice | News\n\nThe Kelvale Hospice opened its shop. Volunteer fundraiser Dara Quill said the shop had raised £4,000.",
			"Dara Quill", []string{"Volunteer fundraiser"}, "Kelvale Hospice"},
		{"a patient's role is a title held on one's own account", "Kelvale Hospital | News\n\nThe Kelvale Hospital opened its clinic. Patient Dara Quill said the clinic had changed her life.",
			"Dara Quill", []string{"Patient"}, ""},
		{"a title after a body and 'whose', set off before the name", "The Committee also heard from the Kelvale Police Federation, whose national rural lead, Inspector Dara Quill, warned that patrols were at risk.",
			"Dara Quill", []string{"Inspector", "national rural lead"}, "Kelvale Police Federation"},
		{"a minister of another portfolio speaks for the Government, not the issuing ministry", "KELVANIA MINISTRY OF CLIMATE AND ENVIRONMENT\n\nThe Government today presented its plan. Minister of Trade and Fisheries Dara Quill said the plan had been drawn up with industry.",
			"Dara Quill", []string{"Minister of Trade and Fisheries"}, "Government"},
		{"a title's field of two nouns joined by and, after a body", "The bank approved the loan. SCDB water and sanitation lead specialist Dara Quill said that the design was good.",
			"Dara Quill", []string{"SCDB water and sanitation lead specialist"}, "SCDB"},
		{"a commissioner of a field speaks for the commission the text names", "Committee on the Internal Market\n\nThe committee backed the rules. According to figures from the European Commission, waste is rising. Commissioner for the Circular Economy Dara Quill told MEPs that the Commission would support the approach.",
			"Dara Quill", []string{"Commissioner for the Circular Economy"}, "European Commission"},
		{"a title's field in lower case after 'Head of', before an honorific and the name",
			"KELVO HEART INSTITUTE\n\nThe institute opened a programme.\n\nHead of paediatric cardiac surgery Dr. Dara Quill explains: “Most of these children can expect a normal life.”",
			"Dara Quill", []string{"Head of paediatric cardiac surgery", "Dr."}, "Kelvo Heart Institute"},
		{"a command is a body",
			"KELVO AUTHORITY\n\nThe authority opened the reef.\n\nThe Director of the Marine Rescue Department at Kelvo Police General Command, Colonel Dr. Dara Quill, warned that anchoring would be fined.",
			"Dara Quill", []string{"Colonel", "Director of the Marine Rescue Department at Kelvo Police General Command", "Dr."}, "Kelvo Police General Command"},
		{"a post titled with its region's level serves the region's government the text names",
			"MINISTRY OF FOOD AND AGRICULTURE\n\nThe scheme covers the Orrin East Region.\n\nThe Orrin East Regional Minister, Hon. Dara Quill, said the region was ready.",
			"Dara Quill", []string{"Orrin East Regional Minister", "Hon."}, "Orrin East Region"},
		{"a post with an office of its own keeps the office, not the county",
			"OFFICE OF THE ATTORNEY GENERAL\n\nThe scheme was charged. “They preyed on the old,” said Kelvo County Sheriff Dara Quill. The Kelvo County Sheriff's Office investigated.",
			"Dara Quill", []string{"Kelvo County Sheriff"}, "Kelvo County Sheriff's Office"},
		{"a region's possessive post set off before the name, after 'with'",
			"FEDERAL MINISTRY FOR MOBILITY\n\nThe programme was presented by Federal Minister Ann Lee together with Lower Austria’s Regional Minister for Infrastructure, Transport and Spatial Planning, Dara Quill. “We will go green,” Quill said.",
			"Dara Quill", []string{"Regional Minister for Infrastructure, Transport and Spatial Planning"}, "Lower Austria"},
		{"a governor of a place the text names as a place, though a region's name ends in it",
			"ORRIN FOUNDATION\n\nThe foundation supports projects in Kelvotal and South Kelvotal. The Governor of Kelvotal, Dr. Dara Quill, praised the foundation for „doing what the market cannot do“.",
			"Dara Quill", []string{"Governor of Kelvotal", "Dr."}, "Kelvotal"},
		{"a superintendent serves the superintendence the text names",
			"Banco Kelvo S.A.\n\nThe service was tested in the sandbox of the Financial Superintendence of Kelvania. Dara Quill, Deputy Superintendent for Innovation, said the pilot had worked.",
			"Dara Quill", []string{"Deputy Superintendent for Innovation"}, "Financial Superintendence of Kelvania"},
		{"a unit in common words joined by 'and' is the issuer's",
			"KELVO CITY\n\nThe city published its flood plan. Dara Quill, Director of the Crisis Management and Disaster Prevention Division, said alerts would be issued by district.",
			"Dara Quill", []string{"Director of the Crisis Management and Disaster Prevention Division"}, "Kelvo City"},
		{"a unit another body owns stays that body's unit",
			"KELVO PHILHARMONIC\n\nThe orchestra opened its academy. Dara Quill, who heads the city's Culture and Tourism Department, said the city would provide rehearsal space.",
			"Dara Quill", []string{"heads the city's Culture and Tourism Department"}, "Culture and Tourism Department"},
		{"a governor named with the place whose government the post heads",
			"KELVO CITY\n\nThe city published its flood plan. Governor Dara Quill of Orrin Prefecture welcomed the plan. “Every town should study it,” Governor Quill said.",
			"Dara Quill", []string{"Governor"}, "Orrin Prefecture"},
		{"a university's school after a professor's name, in the university's release",
			"KELVO UNIVERSITY\n\nNews release\n\nResearchers at Kelvo University used cables. “We were listening,” says Associate Professor Dara Quill of the Graduate School of Science.",
			"Dara Quill", []string{"Associate Professor"}, "Kelvo University"},
		{"a town before an honour and a title names the town the post serves",
			"Orrin Gearworks AG opened its plant in Kelvograd today. The opening was attended by Kelvograd Lord Mayor Dara Quill. “It is a good day,” Quill said.",
			"Dara Quill", []string{"Kelvograd Lord Mayor"}, "Kelvograd"},
		{"a place she is from after her name, then her post",
			"The forum closed today. Dara Quill of Saint Lucia, Co-Chair of the Kelvo Youth Council (KYC), said young traders needed protection.",
			"Dara Quill", []string{"Co-Chair of the Kelvo Youth Council (KYC)"}, "Kelvo Youth Council"},
		{"a junior minister's portfolio after the department's list of fields",
			"Kelvo City Council handed over the homes. Minister of State at the Department of Housing, Local Government and Heritage with special responsibility for Planning, Dara Quill TD, said the council had delivered.",
			"Dara Quill", []string{"Minister of State at the Department of Housing, Local Government and Heritage with special responsibility for Planning", "TD"}, "Department of Housing, Local Government and Heritage"},
		{"a minister's portfolio of one word that is also a judge's title",
			"The bill was published today. Minister for Justice Dara Quill TD welcomed the bill. “It will protect small firms,” the Minister said.",
			"Dara Quill", []string{"Minister for Justice", "TD"}, "Ministry of Justice"},
		{"a field of common words set off after the name is no second person",
			"Kelvo Police arrested six people. Assistant Commissioner Dara Quill, Organised and Serious Crime, said the operation showed what sharing could do.",
			"Dara Quill", []string{"Assistant Commissioner"}, ""},
		{"a branch named by a defined body's letters and common words speaks for the body",
			"The ministry and the Kelvo Development Bank (KDB) launched the programme. Dr. Dara Quill, Manager of the KDB Regional Hub in Almaty, noted that the programme was the largest of the Bank.",
			"Dara Quill", []string{"Dr.", "Manager of the KDB Regional Hub in Almaty"}, "Kelvo Development Bank"},
		{"a university's name before its school of a field",
			"The study was published today. “Patients simply stop,” says Dara Quill, Pharm.D., Ph.D., an assistant professor in the Kelvo University College of Pharmacy.",
			"Dara Quill", []string{"Pharm.D.", "Ph.D.", "assistant professor in the Kelvo University College of Pharmacy"}, "Kelvo University"},
		{"a generation set off after the name is the name's",
			"The board appointed Dara T. Quill, Jr., Ph.D., as Chief Technology Officer. “We will grow,” said Dr. Quill.",
			"Dara T. Quill, Jr.", []string{"Ph.D.", "as Chief Technology Officer", "Dr."}, ""},
		{"a command named short in the title is the issuer named in full",
			"KELVO STATE POLICE COMMAND\n\nPRESS RELEASE\n\nOperatives rescued six travellers. The Commissioner of Police, Kelvo State Command, CP Dara Quill, fdc, stated that the rescue was the result of months of work.",
			"Dara Quill", []string{"Commissioner of Police", "Kelvo State Command", "CP"}, "Kelvo State Police Command"},
		{"a portfolio the lists know as a body's short name is no body",
			"The Kelvo State Commissioner for Homeland Security, Hon. Dara Quill, who visited the victims on behalf of the Kelvo State Government, said the state would help.",
			"Dara Quill", []string{"Kelvo State Commissioner for Homeland Security", "Hon."}, "Kelvo State Government"},
		{"a Malaysian style by its letters before the name",
			"The hub opened today. Kelvo State Executive Councillor for Investment, Trade and Industry, YB Tuan Dara Quill, who officiated the ceremony on behalf of the Kelvo State Government, said the state would help.",
			"Dara Quill", []string{"Kelvo State Executive Councillor for Investment, Trade and Industry"}, "Kelvo State Government"},
		{"a body after \"with\" that heads another's post is not hers",
			"KELVO HARBOURCRAFT GROUP LIMITED\n\nGroup CEO Ms Dara Quill (centre) with KMO Director Dr Bob Roe (left) at the launch at Tuas. “We wanted the boats built here,” Ms Quill said.",
			"Dara Quill", []string{"Group CEO"}, "Kelvo Harbourcraft Group Limited"},
		{"the company's post right after a sentence another company opens is that company's",
			"KELVO MARINE ASA\n\nKelvo Marine ASA has signed an order with Orrin Linjen A/S for four ferries. Orrin Linjen operates crossings on three routes. The company's Chief Operating Officer, Dara Quill, said the vessels will replace diesel ferries.",
			"Dara Quill", []string{"The company's Chief Operating Officer"}, "Orrin Linjen"},
		{"a minister's portfolio, then her seat's rank before her name",
			"The centre opened today. Minister for Health and Aged Care Senator Dara Quill said the centre would end the long drive.",
			"Dara Quill", []string{"Minister for Health and Aged Care", "Senator"}, "Ministry of Health and Aged Care"},
		{"a principal secretary heads the state department of his portfolio the text names",
			"Kelvo, 21 November 2025 – The Kelvo Ocean Fund and the State Department for Blue Economy and Fisheries launched a programme. Principal Secretary for Blue Economy and Fisheries, Mr. Dara Quill, said the programme complemented the national plan.",
			"Dara Quill", []string{"Principal Secretary for Blue Economy and Fisheries"}, "State Department for Blue Economy and Fisheries"},
		{"a county the lists do not know and its kind before a post set off before the name",
			"The Kelvo Ocean Fund launched a programme. Kilifi County Executive Committee Member for Blue Economy, Agriculture and Livestock, Hon. Dara Quill, called the cold rooms a first.",
			"Dara Quill", []string{"Kilifi County Executive Committee Member for Blue Economy, Agriculture and Livestock", "Hon."}, "Kilifi County"},
		{"a member's seat after her letters is no body; she acted on behalf of the province",
			"Kelvo Grid Storage Corp. broke ground today. Dara Quill, MPP for Sudbury Centre and Parliamentary Assistant to the Minister of Energy, attended on behalf of the Province of Ontario. She said the North could lead.",
			"Dara Quill", []string{"MPP for Sudbury Centre", "Parliamentary Assistant to the Minister of Energy"}, "Province of Ontario"},
		{"a commissioner by whom a plant was opened on behalf of a state government",
			"Kelvo Foods Plc opened its plant. The plant was formally commissioned on behalf of the Ogun State Government by the Honourable Commissioner for Agriculture and Food Security, Hon. (Dr.) Dara Quill, who said farmers would gain.",
			"Dara Quill", []string{"Honourable Commissioner for Agriculture and Food Security", "Hon. (Dr.)"}, "Ogun State Government"},
		{"a delegate speaking also on behalf of a group speaks for her country",
			"The Council held its debate. DARA QUILL (Ireland), speaking also on behalf of the Group of Friends on Climate and Security, said that the evidence was clear.",
			"Dara Quill", nil, "Ireland"},
		{"a senator who is a minister serves the national government the text names",
			"JOINT MEDIA STATEMENT\n\nThe Australian Government and the WA Government will fund a centre. Assistant Minister for Rural Health, Senator the Hon Dara Quill, said patients were forced to travel.",
			"Dara Quill", []string{"Senator", "Assistant Minister for Rural Health", "Hon"}, "Australian Government"},
		{"a state's member serves the state's government the text names",
			"JOINT MEDIA STATEMENT\n\nThe Australian Government and the WA Government will fund a centre. Kalgoorlie MLA Dara Quill said families had raised money for years.",
			"Dara Quill", []string{"Kalgoorlie MLA"}, "WA Government"},
		{"a health system's name before its officer's post, in a union's release",
			"KELVO NURSES UNION LOCAL 9\n\nMembers of the Kelvo Nurses Union Local 9 ratified a contract. Orrin Health System Chief People Officer Dara Quill said the system was glad to have reached an agreement.",
			"Dara Quill", []string{"Orrin Health System Chief People Officer"}, "Orrin Health System"},
		{"the hospital's own unit, whatever its field's words, is the hospital's (named head first, so that no rule reads 'the hospital' as it)",
			"Hospital Universitario Kelvo del Rey\n\nHospital Universitario Kelvo del Rey has performed a new operation. \"We closed the defect through three incisions,\" explains Dra. Dara Quill, head of the hospital’s Fetal Medicine Unit.",
			"Dara Quill", []string{"Dra.", "head of the hospital’s Fetal Medicine Unit"}, "Hospital Universitario Kelvo del Rey"},
		{"a hospital's department named by a medical field is the hospital's",
			"KELVO UNIVERSITY HOSPITAL\n\nKelvo University Hospital has performed a new operation. The head of the Paediatric Neurosurgery Department, Dr. Dara Quill, said the repair went well.",
			"Dara Quill", []string{"head of the Paediatric Neurosurgery Department", "Dr."}, "Kelvo University Hospital"},
		{"a company named with its legal form after a comma, its ticker and its defined short names: 'the Group' is it",
			"MADRID, 29 July 2025. Orrin Hoteles, S.A. (BME: ORH) (“Orrin” or “the Group”) today reported its results. “These are our best results,” said Dara Quill, Executive Chairman and Chief Executive Officer of the Group.",
			"Dara Quill", []string{"Executive Chairman", "Chief Executive Officer of the Group"}, "Orrin Hoteles"},
		{"a post a relative clause says the person was appointed to",
			"Kelvo Resources Limited today announced a new chief executive.\n\nQuill, who joined Kelvo as Chief Financial Officer in 2012 and was appointed Chief Executive Officer in 2016, will advise the Board.\n\n“It has been a privilege,” said Mr Dara Quill.",
			"Dara Quill", []string{"Chief Executive Officer"}, "Kelvo Resources Limited"},
		{"a judge speaks for the court the text named last before the sentence that names the judge",
			"KELVO POLICE\n\nPublished 21 February 2025 Force-wide Court result\n\nFour people have been jailed.\n\nThe four were sentenced at Kelvo Crown Court on Thursday after a trial.\n\nA detective said the gang was organised.\n\nSentencing, His Honour Judge Dara Quill told the defendants their conduct had been “callous”.",
			"Dara Quill", []string{"His Honour Judge"}, "Kelvo Crown Court"},
		{"the post a relative clause says one serves as, after a body's possessive",
			"Kelvo Logistics today acquired Orrin Cold Chain. Mr. Dara Quill, who serves as Orrin’s President and Chief Executive Officer, will join Kelvo. “We had one warehouse,” Mr. Quill said.",
			"Dara Quill", []string{"Orrin’s President", "Chief Executive Officer"}, "Orrin"},
		{"a minister's portfolio names the ministry the text names with its country after",
			"KELVO DEVELOPMENT PROGRAMME\n\nThe programme and the Ministry of Water Resources of Uzbekistan signed an agreement today. First Deputy Minister of Water Resources Dara Quill noted that the delta had suffered three dry years.",
			"Dara Quill", []string{"First Deputy Minister of Water Resources"}, "Ministry of Water Resources of Uzbekistan"},
		{"an official who represents a state's governor speaks for the state",
			"LAGOS, 14 October 2024 -- Kelvo Mills Plc today commissioned a flour plant. The plant was commissioned by the Executive Governor of Orrin State, represented by the Commissioner for Industry, Trade and Investment, Hon. Dara Quill, in the presence of farmers. Hon. Quill said the state government was proud to host the plant.",
			"Dara Quill", []string{"Commissioner for Industry, Trade and Investment", "Hon."}, "Orrin State"},
		{"a country's body opening the paragraph is its official's",
			"KELVO DEVELOPMENT BANK\n\nThe Bank approved a loan today.\n\nKelvania’s Ministry of Finance welcomed the approval. Director General of Budget Financing, Bapak Dara Quill, said the financing fits the roadmap.",
			"Dara Quill", []string{"Director General of Budget Financing"}, "Ministry of Finance"},
		{"'For <country>,' before a title set off by commas: the country",
			"KELVO SAHEL COUNCIL\n\nMinisters met today. For Chad, the Minister Delegate for Pastoral Development, Mr. Dara Quill, said his Government would keep the water points open.",
			"Dara Quill", []string{"Minister Delegate for Pastoral Development"}, "Chad"},
		{"a demonym's envoy to a host the lists do not know speaks for the demonym's country",
			"KELVO MINISTRY OF FOREIGN AFFAIRS\n\nThe talks were held today. The Kenyan Ambassador to Kelvania, Ms. Dara Quill, said the two countries would sign a trade deal.",
			"Dara Quill", []string{"Kenyan Ambassador to Kelvania"}, "Kenya"},
		{"a demonym's envoy to a host whose name opens a body the text names",
			"KELVANIA MINISTRY OF FOREIGN AFFAIRS\n\nThe Kelvania Chamber of Commerce and Industry hosted the talks. The Kenyan Ambassador to Kelvania, Ms. Dara Quill, said the embassy had received 300 inquiries.",
			"Dara Quill", []string{"Kenyan Ambassador to Kelvania"}, "Kenya"},
		{"two bodies' letters joined by a slash before a post name the first, as the text states it",
			"The Pan American Health Organization (PAHO) welcomed the approval. Dr. Dara Quill, PAHO/WHO Representative in Kelvania, said that health workers are the backbone of care.",
			"Dara Quill", []string{"Dr.", "PAHO/WHO Representative in Kelvania"}, "Pan American Health Organization"},
		{"a portfolio list with its acronym in lower case before the name",
			"The ceremony was attended by the Deputy Minister in the Department of Trade, Industry and Competition (dtic), Ms Dara Quill, who described the deal as a model.",
			"Dara Quill", []string{"Deputy Minister in the Department of Trade, Industry and Competition (dtic)"}, "Department of Trade, Industry and Competition"},
		{"'the company' in a university's release is the company it names",
			"KELVO UNIVERSITY\n\nResearchers at Kelvo University have developed a film. PT Orrin Polimer Tbk, a packaging manufacturer, has signed an agreement with the university. The company's President Director, Ir. Dara Quill, said the firm would test the film.",
			"Dara Quill", []string{"The company's President Director", "Ir."}, "PT Orrin Polimer Tbk"},
		{"a post after 'whose' in a body's appositive with no comma before it",
			"Kelvo Bay Hospital ran the trial. One of them is supported by Kelvo Heart Trust, a Kuala Lumpur-based heart health foundation whose Chairman, Dr Dara Quill, described the results as strong.",
			"Dara Quill", []string{"Chairman", "Dr"}, "Kelvo Heart Trust"},
		{"a city's councillor sits on the City Council",
			"KELVO CITY GOVERNMENT\n\nThe city approved the line.\n\nCity Councillor Dara Quill welcomed the decision. “Residents support it,” Quill said.",
			"Dara Quill", []string{"City Councillor"}, "City Council"},
		{"a body after a post and its qualifier, with a legal form in a slash",
			"The first customer is Orrin Vind A/S. “We need a second source,” said Dara Quill, Senior Vice President, Procurement, Orrin Vind A/S.",
			"Dara Quill", []string{"Senior Vice President, Procurement"}, "Orrin Vind A/S"},
		{"a European Commissioner speaks for the European Commission when the text names none",
			"Kelvo Coastal Agency\n\nThe agency published its report. Dara Quill, European Commissioner for Oceans, said the report would guide funding.",
			"Dara Quill", []string{"European Commissioner for Oceans"}, "European Commission"},
		{"a field list's last item after 'and the', and the department after 'in the'",
			"The Council met. “Cables matter,” Dara Quill, Assistant Secretary-General for Europe, Central Asia and the Americas in the Department of Kelvan Affairs, told the Council.",
			"Dara Quill", []string{"Assistant Secretary-General for Europe, Central Asia and the Americas in the Department of Kelvan Affairs"}, "Department of Kelvan Affairs"},
		{"a post 'of the Nation' serves the state; its body is the issuing ministry",
			"MINISTRY OF ECONOMY\n\nThe Ministry of Economy cut export duties. The Secretary of Agriculture, Livestock and Fisheries of the Nation, Dara Quill, said the cut would help farmers.",
			"Dara Quill", []string{"Secretary of Agriculture, Livestock and Fisheries of the Nation"}, "Ministry of Economy"},
		{"an office named by its holder's title after the name", "The camps were full. “We will not send anyone back,” said Commissioner for Refugees Dara Quill of the Office of the Prime Minister.",
			"Dara Quill", []string{"Commissioner for Refugees"}, "Office of the Prime Minister"},
		{"a delegation of a body, set off before 'led by'", "EU Election Observation Mission\n\nThe mission observed the vote. A delegation of the European Parliament, led by Dr. Dara Quill MEP, joined the mission for election day. “We saw a committed country,” Quill said.",
			"Dara Quill", []string{"Dr.", "MEP"}, "European Parliament"},
		{"a body the recognizer took for a name, before a company post", "The pipes were tested.\n\nKelvale Water chief executive Dara Quill said the pipes were safe.",
			"Dara Quill", []string{"Kelvale Water chief executive"}, "Kelvale Water"},
		{"a post whose words before 'and' hold no title is one post", "The museum bought the cloth. Dara Quill, Margaret and Lowell Hanke Director of the Kelvale Museum of Art, said it was rare.",
			"Dara Quill", []string{"Margaret and Lowell Hanke Director of the Kelvale Museum of Art"}, "Kelvale Museum of Art"},
		{"a title's modifier before 'and' shares the head after it; no name", "The charity was charged. Dara Quill, Chief Legal and Risk Officer for the Kelvale Cancer Society, said the indictment mattered.",
			"Dara Quill", []string{"Chief Legal and Risk Officer for the Kelvale Cancer Society"}, "Kelvale Cancer Society"},
		{"a state representative speaks for the state's House the text names", "The bill passed the Nevada House 28-7 and the Nevada Senate 20-2 after months in the General Assembly. State Representative Dara Quill (D-Rivertown) said it mattered.",
			"Dara Quill", []string{"State Representative"}, "Nevada House"},
		{"a minister of another portfolio is no post of the issuing ministry", "KELVANIA MINISTRY OF CLIMATE AND ENVIRONMENT\n\nThe plan was presented today. Minister of Trade and Fisheries Dara Quill said the plan had been drawn up with industry.",
			"Dara Quill", []string{"Minister of Trade and Fisheries"}, ""},
		{"the issuing ministry's own minister speaks for it", "KELVANIA MINISTRY OF CLIMATE AND ENVIRONMENT\n\nThe Government today presented its plan. Minister of Climate and Environment Dara Quill said every sector must carry its share.",
			"Dara Quill", []string{"Minister of Climate and Environment"}, "Kelvania Ministry of Climate and Environment"},
		{"of several About headings, the one the dateline's subject names", "SPRINGFIELD, May 3, 2024 /Wire/ -- Zentrix Robotics Ltd. today announced that its ZX-2 trial met its goal.\n\n“We grew,” said Dara Quill, CFO.\n\nAbout ZX-2\n\nZX-2 is a trial.\n\nAbout Zentrix Robotics Ltd.\n\nZentrix Robotics makes robots.",
			"Dara Quill", []string{"CFO"}, "Zentrix Robotics Ltd."},
		{"a joint release's subject names both: the first About heading", "SPRINGFIELD, May 3, 2024 /Wire/ -- Kelvale Foods, Inc. and Zentrix Robotics Ltd. today announced a deal.\n\n“We grew,” said Dara Quill, CFO.\n\nAbout Kelvale Foods, Inc.\n\nKelvale Foods cooks.\n\nAbout Zentrix Robotics Ltd.\n\nZentrix Robotics makes robots.",
			"Dara Quill", []string{"CFO"}, "Kelvale Foods, Inc."},
		{"a governor's state in a letterhead in capitals", "OFFICE OF THE GOVERNOR\nSTATE OF KELVANIA\n\nRIVERTOWN, Kelvania -- Governor Dara Quill today signed the bill. “It is fair,” Governor Quill said.",
			"Dara Quill", []string{"Governor"}, "State of Kelvania"},
		{"a British spelling of a common word after an acronym is the title's", "The Environmental Protection Agency (EPA) published its report. Dr Dara Quill, EPA Programme Manager for Catchment Science, said rivers were improving.",
			"Dara Quill", []string{"Dr", "EPA Programme Manager for Catchment Science"}, "Environmental Protection Agency"},
		{"a district's number in a title at the sentence's start", "District 3 engineer Dara Quill explained that traffic will be kept to one lane.",
			"Dara Quill", []string{"District 3 engineer"}, ""},
		{"a governor's state from the dateline", "WICHITA, Kan., Nov. 10, 2026 /Wire/ -- Zentrix Corp. today broke ground on a plant. “We can do it,” Governor Dara Quill said.",
			"Dara Quill", []string{"Governor"}, "State of Kansas"},
		{"a commonwealth's governor", "FRANKFORT, Ky. – The plan was signed today. “It is fair,” said Governor Dara Quill.",
			"Dara Quill", []string{"Governor"}, "Commonwealth of Kentucky"},
		{"a governor's state named most", "Zentrix Corp. will build in Ohio. Ohio won the plant. “We can do it,” Governor Dara Quill said.",
			"Dara Quill", []string{"Governor"}, "State of Ohio"},
		{"a premier speaks for the province the text names", "MINISTRY OF RURAL ROADS\n\nThe Province is contributing $4 million. Premier Dara Quill said the homes would open next year.",
			"Dara Quill", []string{"Premier"}, "Province"},
		{"a predicate after the name is no title", "The Minister of Health, Dr. Dara Quill, this Wednesday presided over the official launch of the campaign. “Vaccination works,” Dr. Quill said.",
			"Dara Quill", []string{"Minister of Health", "Dr."}, "Ministry of Health"},
		{"a label line over a quotation gives its titles", "Quotes:\n\nDara Quill, Minister of Social Development and Poverty Reduction –\n\n“These homes give people a door that locks.”",
			"Dara Quill", []string{"Minister of Social Development and Poverty Reduction"}, "Ministry of Social Development and Poverty Reduction"},
		{"a minister's portfolio, then the country", "The General Assembly met today.\n\nMinister for Foreign Affairs and Trade of Tuvalu, Dara Quill, said her nation was two metres above sea level.",
			"Dara Quill", []string{"Minister for Foreign Affairs and Trade of Tuvalu"}, "Tuvalu"},
		{"a list's next item is no title of the name before", "The plant opened in a ceremony attended by Kelvania's Minister of Energy, Mr. Dara Quill, and the Regional Governor of Rivertown, Ms. Ann Lee. “It works,” Minister Quill said.",
			"Dara Quill", []string{"Minister of Energy", "Minister"}, "Kelvania"},
		{"a list's next title and its holder", "The plant opened in a ceremony attended by Kelvania's Minister of Energy, Mr. Dara Quill, and the Regional Governor of Rivertown, Ms. Ann Lee. “It works,” Governor Lee said.",
			"Ann Lee", []string{"Regional Governor of Rivertown", "Governor"}, "Rivertown"},
		{"a government's spokesperson speaks for the government the text names", "MINISTRY OF HEALTH\n\nThe Government had made the fight against epidemics a priority. The Minister of Finance announced funds, the Government Spokesperson, Mrs. Dara Quill, reported at the briefing.",
			"Dara Quill", []string{"Government Spokesperson"}, "Government"},
		{"a member for a constituency the text names apart", "The Premier visited Kelvo Hospital today. Member for Kelvo Dara Quill said the project mattered.",
			"Dara Quill", []string{"Member for Kelvo"}, ""},
		{"a councilmember sits on the council the text names", "CITY OF RIVERTOWN\n\nThe Rivertown City Council voted 7–2 on Tuesday. Councilmember Dara Quill argued that the plan relied on grants.",
			"Dara Quill", []string{"Councilmember"}, "Rivertown City Council"},
		{"a board's member sits on the board the text names by its members", "The Kelvale County Board of Supervisors approved the plan on Tuesday. Supervisor Dara Quill said the county would mail maps.",
			"Dara Quill", []string{"Supervisor"}, "Kelvale County Board of Supervisors"},
		{"a special district is a body", "Fire Chief Dara Quill of the Cedar Forks Fire Protection District said residents should sign up for alerts.",
			"Dara Quill", []string{"Fire Chief"}, "Cedar Forks Fire Protection District"},
		{"a body's office named by its first word and a country", "Kelvo International is trucking water.\n\nKelvo Bangladesh Country Director Dara Quill said the wells were flooded.",
			"Dara Quill", []string{"Kelvo Bangladesh Country Director"}, "Kelvo Bangladesh"},
		{"a post's owner, not its field, beside two bodies of that first word", "Kelvo International is trucking water.\n\nKelvo Bangladesh Country Director Ann Lee said the wells were flooded.\n\nKelvo's Director of Humanitarian Programmes, Dara Quill, said the response had been slow.",
			"Dara Quill", []string{"Director of Humanitarian Programmes"}, "Kelvo"},
		{"the organ's president in its coverage speaks for her country", "Security Council\nMeetings Coverage\n\nHunger is spreading faster than the Council’s response, briefers told the Security Council today.\n\nSpeaking in her national capacity, the President of the Council, DARA QUILL (Norway), said that her delegation would circulate a draft.",
			"Dara Quill", []string{"President of the Council"}, "Norway"},
		{"a post's office after its holder's name; \"the office\" in an office's release is the issuer", "OFFICE OF THE DISTRICT ATTORNEY\nKELVO COUNTY\n\nThe man was sentenced today. Detective Ann Lee of the Kelvo County Sheriff's Office said the case was solved. Dara Quill, an advocate with the office's victim services unit, said the couple were safe.",
			"Dara Quill", []string{"advocate with the office's victim services unit"}, "Office of the District Attorney"},
		{"a post's office after its holder's name", "OFFICE OF THE DISTRICT ATTORNEY\nKELVO COUNTY\n\nThe man was sentenced today. Detective Ann Lee of the Kelvo County Sheriff's Office said the case was solved.",
			"Ann Lee", []string{"Detective"}, "Kelvo County Sheriff's Office"},
		{"a police rank's area is her command, the police the text names her body", "The council met today.\n\nEastern Bays Area Commander Inspector Dara Quill said officers would patrol. The Kelvo Police will help.",
			"Dara Quill", []string{"Eastern Bays Area Commander Inspector"}, "Kelvo Police"},
		{"a title's body in two words that end the name the text gives in full", "KELVO – The Ministry of Maritime Affairs announced new vessels.\n\nCoast Guard spokesperson Commander Dara Quill said two men had been arrested. The Kelvo Coast Guard will patrol.",
			"Dara Quill", []string{"Coast Guard spokesperson Commander"}, "Kelvo Coast Guard"},
		{"a legislator sits in the legislature the text names", "KELVO HARBOUR COMMISSION\n\nThe berths will get shore power. “This is the first time,” said Legislator Tsai Mei-ling, who represents the district in the Legislative Yuan.",
			"Tsai Mei-ling", []string{"Legislator"}, "Legislative Yuan"},
		{"a letterhead's name with its acronym after it, given in parentheses in the text", "Industrie & Dienste Kelvale GIDK\n\nThe union Industrie & Dienste Kelvale (GIDK) called for talks. Regional secretary Dara Quill said the cuts were unfair.",
			"Dara Quill", []string{"Regional secretary"}, "Industrie & Dienste Kelvale"},
		{"a mayor's place after the title's \"of\", its government named formally", "The City of Kelvograd gave the premises. Deputy Mayor of Kelvograd Dara Quill said the city would pay. Quill said more.",
			"Dara Quill", []string{"Deputy Mayor of Kelvograd"}, "City of Kelvograd"},
		{"a mayor's place before the title, its government named formally", "The awards include $6 million to the Village of Piedra Blanca. “We were patching pipes,” said Piedra Blanca Mayor Dara Quill.",
			"Dara Quill", []string{"Piedra Blanca Mayor"}, "Village of Piedra Blanca"},
		{"a state senator with her party and home, in the state of the dateline", "SANTA FE, N.M. — The Authority approved the grants. State Sen. Dara Quill, D-Las Cruces, who chairs the Senate Conservation Committee, called the awards a proof.",
			"Dara Quill", []string{"State Sen."}, "New Mexico Senate"},
		{"a council member's title names the council the text does not", "The library served 40,000 lunches. City Councilmember Dara Quill, who chairs the council's Human Services Committee, said he would ask for more money.\n\nAbout Kelvo Library\n\nKelvo Library lends books.",
			"Dara Quill", []string{"City Councilmember", "chairs the council's Human Services Committee"}, "City Council"},
		{"a union's local and its number before the title", "Nurses voted to strike, the Kelvo Nurses Union (KNU) Local 2291 announced today.\n\nLocal 2291 President Dara Quill, RN, an intensive care nurse at Rivertown General Hospital for nineteen years, said the vote was clear.",
			"Dara Quill", []string{"Local 2291 President", "RN", "intensive care nurse at Rivertown General Hospital for nineteen years"}, "Local 2291"},
		{"the Secretary-General's representative in the General Assembly's coverage", "The General Assembly met today. Presenting the report, Dara Quill, Special Representative of the Secretary-General for Disaster Risk Reduction, said that losses had grown. The General Assembly then heard delegates.",
			"Dara Quill", []string{"Special Representative of the Secretary-General for Disaster Risk Reduction"}, "United Nations"},
		{"the body one chairs, for one with no post besides", "Bob Lee, who chairs the board of the Kelvo Institute, said the trial mattered.",
			"Bob Lee", []string{"chairs the board of the Kelvo Institute"}, "Kelvo Institute"},
		{"a relative clause after a description names the body one chairs", "Dara Quill, a grain farmer near Kelby who chairs the Kelby Growers Council, said the harvest was good.\n\nAbout Zentrix Seeds\n\nZentrix Seeds breeds wheat.",
			"Dara Quill", []string{"grain farmer near Kelby", "chairs the Kelby Growers Council"}, "Kelby Growers Council"},
		{"a relative clause after a one-word description names where one works", "Dara Quill, a nurse who heads the outreach unit at Kelby General Hospital, said the clinics were full.\n\nAbout Zentrix Seeds\n\nZentrix Seeds breeds wheat.",
			"Dara Quill", []string{"nurse", "heads the outreach unit at Kelby General Hospital"}, "Kelby General Hospital"},
		{"the company whose board one sits on", "Dara Quill, a dairy farmer in Kelby County who sits on Zentrix Dairy's board, said he had voted no.\n\nAbout Orrin Foods\n\nOrrin Foods makes cheese.",
			"Dara Quill", []string{"dairy farmer in Kelby County"}, "Zentrix Dairy"},
		{"the board of a body one serves on", "Dara Quill, who serves on the board of Zentrix Dairy Cooperative, said he had voted no.\n\nAbout Orrin Foods\n\nOrrin Foods makes cheese.",
			"Dara Quill", nil, "Zentrix Dairy Cooperative"},
		{"a body named in the description wins over the board one sits on", "Dara Quill, a partner at Kelby Ventures who sits on Zentrix's board, said the licence was a moat.\n\nAbout Zentrix\n\nZentrix sells payments.",
			"Dara Quill", []string{"partner at Kelby Ventures"}, "Kelby Ventures"},
		{"a firm of two words after a field and 'at'", "“We ship the rock,” said Dara Quill, Executive Vice President, Sales, at Kelby Phosphates.\n\nAbout Zentrix\n\nZentrix sells fertilizer.",
			"Dara Quill", []string{"Executive Vice President, Sales"}, "Kelby Phosphates"},
		{"a region as a title's field before 'at'", "Dara Quill, Managing Director, Asia-Pacific at Kelby Securities, said demand was strong.\n\nAbout Zentrix\n\nZentrix sells bonds.",
			"Dara Quill", []string{"Managing Director, Asia-Pacific at Kelby Securities"}, "Kelby Securities"},
		{"common words read as a name, as a title's field before 'at'", "Dara Quill, Executive Vice President, International Markets at Kelby Phosphates, said demand was strong.\n\nAbout Zentrix\n\nZentrix sells fertilizer.",
			"Dara Quill", []string{"Executive Vice President, International Markets at Kelby Phosphates"}, "Kelby Phosphates"},
		{"common words read as a name, as a title's field before ', at'", "“We ship the rock,” said Dara Quill, Executive Vice President, International Markets, at Kelby Phosphates.\n\nAbout Zentrix\n\nZentrix sells fertilizer.",
			"Dara Quill", []string{"Executive Vice President, International Markets"}, "Kelby Phosphates"},
		{"a firm of two words after 'of', then the firm's description", "Dara Quill of Adinkra Pictures, the Accra studio behind two series, said the deal was good.\n\nAbout Zentrix\n\nZentrix streams films.",
			"Dara Quill", nil, "Adinkra Pictures"},
		{"a unit's name with a role in its field, then its head alone", "The Directorate for Patient Safety, which reviewed the plan, said that reporting must improve. According to senior adviser Dara Quill of the Directorate, other regions do well.\n\nAbout Kelby Health\n\nKelby Health runs hospitals.",
			"Dara Quill", []string{"senior adviser"}, "Directorate for Patient Safety"},
		{"a legislature is a body before a name", "Member of the Provincial Legislature Dara Quill said the powers must come with oversight.\n\nAbout Kelby Water\n\nKelby Water supplies towns.",
			"Dara Quill", []string{"Member of the Provincial Legislature"}, "Provincial Legislature"},
		{"an attaché at an embassy", "Dara Quill, customs attaché at the Embassy of Italy in Tunis, said the tip came from Genoa.\n\nAbout Kelby Customs\n\nKelby Customs guards borders.",
			"Dara Quill", []string{"customs attaché at the Embassy of Italy in Tunis"}, "Embassy of Italy in Tunis"}, // (the city an embassy is posted to is part of its name)
		{"a title-case letterhead over 'Media Release'", "City of Kelby\nMedia Release\n\nLights switched on\n\nThe new lights will halve the power bill.\n\nCouncillor Dara Quill (Independent) said residents had not been asked.",
			"Dara Quill", []string{"Councillor"}, "City of Kelby"},
		{"a field in one derived word after 'Director of' is no body", "City of Kelby\nMedia Release\n\nThe City of Kelby will replace its streetlights.\n\nThe City's Acting Director of Infrastructure, Dara Quill, said the lights used warm LEDs.",
			"Dara Quill", []string{"Acting Director of Infrastructure"}, "City of Kelby"},
		{"a town before a police post: the town's police, not the county that issues the release", "The Harlow County Board of Commissioners approved a merged dispatch center today.\n\nAshby Police Chief Dara Quill said dispatchers would keep their seniority.",
			"Dara Quill", []string{"Ashby Police Chief"}, "Ashby Police"},
		{"a town before a post", "The Harlow County Board of Commissioners approved a merged dispatch center today.\n\nAshby Mayor Dara Quill said dispatchers would keep their seniority.",
			"Dara Quill", []string{"Ashby Mayor"}, "Ashby"},
		{"'Its' after a body named by its head alone", "Kelvo signed a memorandum with the Kelby Institute of Marine Farming. The Bank of Kelvo funds it. Under the memorandum, the Institute will set up a hatchery in Port Elswick. Its Deputy Director, Dr. Dara Quill, said seedlings would be ready.",
			"Dara Quill", []string{"Deputy Director", "Dr."}, "Kelby Institute of Marine Farming"},
		{"a headline in sentence case that renews", "Kelby Safety Office renews reactor licence\n\nA review found the reactor at Ridgefield University safe.\n\nRidgefield University said it accepted. Ridgefield University will comply. Ridgefield University trains engineers.\n\nDeputy Chief Inspector Dara Quill said the reports would be public.",
			"Dara Quill", []string{"Deputy Chief Inspector"}, "Kelby Safety Office"},
		{"a lead's subject with its acronym is the issuer", "Reactor licence renewed for ten years\n\nThe Kelby Safety Office (KSO) has renewed the licence of the reactor at Ridgefield University for ten years.\n\nRidgefield University said it accepted. Ridgefield University will comply. Ridgefield University trains engineers.\n\nDeputy Chief Inspector Dara Quill said the Office would publish its reports.",
			"Dara Quill", []string{"Deputy Chief Inspector"}, "Kelby Safety Office"},
		{"a unit after the name, then 'at' and its body", "A study from Kelby University found heat harms sleep. Another co-author, Dr. Dara Quill of the Sleep and Circadian Medicine Unit at Ridgefield Children's Hospital, says cities must plan.\n\nAbout Kelby University\n\nKelby University teaches.",
			"Dara Quill", []string{"Another co-author", "Dr."}, "Ridgefield Children's Hospital"},
		{"'its' inside the title after an inverted verb", "The Kelby Fund awarded grants. The Andean Data Centre will run a hub. “We will mirror every network,” said its director, Dr. Dara Quill.\n\nAbout the Kelby Fund\n\nThe Fund gives grants.",
			"Dara Quill", []string{"its director", "Dr."}, "Andean Data Centre"},
		{"a unit named in part in lower case, then 'at the' and its body's head", "The Kelby Family Foundation announced grants today. Program officer Dara Quill, who heads the Local Voices program at the foundation, said the panel received 212 applications.\n\nAbout the Kelby Family Foundation\n\nThe Foundation gives grants.",
			"Dara Quill", []string{"Program officer", "heads the Local Voices program at the foundation"}, "Kelby Family Foundation"},
		{"two kinds of post that share their head", "“We are ready,” said the United Nations Resident and Humanitarian Coordinator in Kelvania, Dara Quill.",
			"Dara Quill", []string{"United Nations Resident and Humanitarian Coordinator in Kelvania"}, "United Nations"},
		{"a label line: a minister's post, then her state", "Kelvo Convention Secretariat\n\nThe Convention enters into force today.\n\nH.E. Ms. Dara Quill, Minister of the Sea, Republic of Kelvania:\n\n“Our islands live from the ocean.”",
			"Dara Quill", []string{"H.E.", "Minister of the Sea"}, "Republic of Kelvania"},
		{"a label line: a country after a country director is a field", "Kelvo Aid\n\nThe appeal opens today.\n\nDara Quill, Deputy Country Director, Ukraine:\n\n“Families are cold.”\n\nAbout Kelvo Aid\n\nKelvo Aid helps refugees.",
			"Dara Quill", []string{"Deputy Country Director"}, "Kelvo Aid"},
		{"a label line: post, unit, body", "Kelvo Convention Secretariat\n\nThe Convention enters into force today.\n\nMr. Dara Quill, Chief, Records Section, Office of Legal Affairs, United Nations:\n\n“The deposit triggers the period.”",
			"Dara Quill", []string{"Chief, Records Section"}, "Office of Legal Affairs"},
		{"a unit named by derived words and initials is the issuer's", "The Kelby Relief Agency opened boreholes today. Dara Quill, Head of the Displacement Tracking Unit, said arrivals rose. Tom Ode, Head of the WASH Unit, said trucking ended.\n\nAbout the Kelby Relief Agency\n\nThe Agency helps people.",
			"Dara Quill", []string{"Head of the Displacement Tracking Unit"}, "Kelby Relief Agency"},
		{"a capitalized title that runs into the verb with no closing comma", "The Kelby Relief Agency opened boreholes today. “We registered 400 arrivals,” Dara Quill, Head of the Water Unit said.\n\nAbout the Kelby Relief Agency\n\nThe Agency helps people.",
			"Dara Quill", []string{"Head of the Water Unit"}, "Kelby Relief Agency"},
		{"a unit named by common words is the issuer's", "The Kelby Statistics Office released prices today. Dara Quill, Director of the Price Statistics Department, said that food prices rose.\n\nAbout the Kelby Statistics Office\n\nThe Office counts things.",
			"Dara Quill", []string{"Director of the Price Statistics Department"}, "Kelby Statistics Office"},
		{"a letterhead in capitals with its acronym", "KELBY OBSERVER MISSION IN SAHELIA (KOMS)\nOffice of the Spokesperson\n\nThe base was handed over today. “It is done,” said Dara Quill, spokesperson.",
			"Dara Quill", []string{"spokesperson"}, "Kelby Observer Mission in Sahelia"},
		{"a title before the name after a copula", "The Ministry launched the vouchers. Also present was the chairperson of the Kelby Dealers Association, Ms. Dara Quill, who said dealers were ready.",
			"Dara Quill", []string{"chairperson of the Kelby Dealers Association"}, "Kelby Dealers Association"},
		{"a body's post before the name after 'to'", "We spoke to Kelby's managing director for debt capital markets, Dara Quill.\n\nQuill: About sixty per cent went to funds.\n\nAbout Zentrix Bank\n\nZentrix Bank lends.",
			"Dara Quill", []string{"managing director for debt capital markets"}, "Kelby"},
		{"a body no list knows alone in a parenthesis", "The Kelby Rail Trust awarded grants. Dara Quill (Friends of Kelby Junction) said volunteers had catalogued the levers.",
			"Dara Quill", nil, "Friends of Kelby Junction"},
		{"a past role, then the present post after 'and now'", "The Kelby Philharmonic opened an academy. Dara Quill, a graduate of a similar academy in Sweden and now principal viola of the Rivertown Chamber Soloists, will teach.",
			"Dara Quill", []string{"graduate of a similar academy in Sweden", "principal viola of the Rivertown Chamber Soloists"}, "Rivertown Chamber Soloists"},
		{"a school of a university the title names after it", "The Kelby Crops Institute released a variety. Dr. Dara Quill, an associate professor at the School of Public Health of Awash Valley University, says families eat porridge.",
			"Dara Quill", []string{"Dr.", "associate professor at the School of Public Health of Awash Valley University"}, "Awash Valley University"},
		{"'Its' after a sentence that names a ferry company", "The Kelby Philharmonic opened an academy. The lead sponsor is Amber Line Ferries. Its managing director, Dara Quill, said ships connect the capitals.",
			"Dara Quill", []string{"managing director"}, "Amber Line Ferries"},
		{"'Chief of Mission' names an office; the acronym before it the body", "The Kelby Mobility Agency (KMA) opened boreholes today. Dara Quill, KMA Chief of Mission in Chad, said the office needed money.",
			"Dara Quill", []string{"KMA Chief of Mission in Chad"}, "Kelby Mobility Agency"},
		{"a unit after a post and 'of the' is the issuer's, the issuer named most", "Prices rose 6 per cent, the Kelby Bureau of Statistics said today. The Kelby Bureau of Statistics also published a rural index. The Kelby Bureau of Statistics will publish again in March. Dara Quill, Director of the Price Statistics Department, said that meat prices would settle.",
			"Dara Quill", []string{"Director of the Price Statistics Department"}, "Kelby Bureau of Statistics"},
		{"an indefinite title before the name, set off by commas", "The Kelby Federation signed a pay deal. For the employers, a spokesperson for the Kelby Water Board (KWB), Dara Quill, said the board had signed.",
			"Dara Quill", []string{"spokesperson for the Kelby Water Board (KWB)"}, "Kelby Water Board"},
		{"a body's part before 'of' and a name no list knows", "Dara Quill, who was diagnosed in 2023 and chairs the consumer advisory panel of Kelvo Advocates Australia, said the trial mattered.",
			"Dara Quill", []string{"chairs the consumer advisory panel of Kelvo Advocates Australia"}, "Kelvo Advocates Australia"},
		{"a bare post and a membership: the post is the issuer's", "Chief Observer Dara Quill, Member of the Kelvo Parliament, said that the vote was calm.\n\nAbout the Kelvo Election Observation Mission\n\nThe Mission observes elections.",
			"Dara Quill", []string{"Chief Observer", "Member of the Kelvo Parliament"}, "Kelvo Election Observation Mission"},
		{"a membership alone is the body", "Dara Quill, Member of the Kelvo Parliament, said that the vote was calm.\n\nAbout the Kelvo Election Observation Mission\n\nThe Mission observes elections.",
			"Dara Quill", []string{"Member of the Kelvo Parliament"}, "Kelvo Parliament"},
		{"a country's minister, and the ministry the text names", "Cholera has spread, according to the Ministry of Health.\n\nKelvania's Minister of Health, Dara Quill, said that centres had opened.",
			"Dara Quill", []string{"Minister of Health"}, "Ministry of Health"},
		{"a treaty's officer speaks for the treaty the text names in full", "The Conference of the Parties to the Convention on Kelvo Aquifers met today.\n\nOpening the meeting, the Executive Secretary of the Convention, Dara Quill, said aquifers were being drawn down.",
			"Dara Quill", []string{"Executive Secretary of the Convention"}, "Convention on Kelvo Aquifers"},
		{"a councillor in a charity's release", "Councillor Dara Quill, who represents Kelvo North on Marches District Council, said he would bring a motion.\n\nAbout Clearwater Rivers Trust\n\nThe Trust protects rivers.",
			"Dara Quill", []string{"Councillor"}, "Marches District Council"},
		{"the name after a body's kind and its place's adjective", "The youngest panellist, Dara Quill, founder of the Kelvale-based delivery start-up Runna, said her first job taught her a lot.",
			"Dara Quill", []string{"founder of the Kelvale-based delivery start-up Runna"}, "Runna"},
		{"a body after 'in' and the name", "The compounds were found in the laboratory of Professor Dara Quill in the University of Kelvale's Department of Pharmacology. “It took years,” said Quill.\n\nAbout Zentrix Robotics\n\nZentrix Robotics makes robots.",
			"Dara Quill", []string{"Professor"}, "University of Kelvale"},
		{"a signature's last segment after its titles is the body", "• “We will sail daily.” – Captain Dara Quill, Head of Operations, Bluewake Ferries\n\nAbout the Portlow Harbour Council\n\nThe Council runs the port.",
			"Dara Quill", []string{"Captain", "Head of Operations"}, "Bluewake Ferries"},
		{"a label line's last segment after its titles is the body", "Kelvo Pianos GmbH and Orrin Acoustics AS will build a sensor.\n\nMareike Thal, Head Piano Technician, Elbufer Konzerthaus:\n“I retune between the halves.”",
			"Mareike Thal", []string{"Head Piano Technician"}, "Elbufer Konzerthaus"},
		{"a company's legal form ends its name before 'and'", "Kelvo Pianos GmbH and Orrin Acoustics AS will build a sensor.\n\nTom Brun, Director, Orrin Acoustics:\n“We are glad.”",
			"Tom Brun", []string{"Director"}, "Orrin Acoustics"},
		{"a roster's line in capitals gives titles and body", "Mr. Tom Vale welcomed it. “A map of a bad survey is bad,” Mr. Vale said.\n\nPRESENT AT THE LAUNCH\nMr. Tom Vale — Head of Mortgage Lending, Meridian Commercial Bank",
			"Tom Vale", []string{"Head of Mortgage Lending"}, "Meridian Commercial Bank"},
		{"a coalition member's heading over its leader's paragraph", "The Pavement Alliance called for parking bays today.\n\nKelvo Walkers' Association\nChair Dara Quill said the pavement was a wall. “My dog can find a kerb,” she said.\n\nAbout the Pavement Alliance\n\nThe Alliance campaigns for pavements.",
			"Dara Quill", []string{"Chair"}, "Kelvo Walkers' Association"},
		{"a post the lists did not know, before an honorific", "OFFICE OF THE CHIEF CORONER\n\nThe jury returned its findings today.\n\nInterim Chief Coroner Dr. Dara Quill said the Office would forward every recommendation.",
			"Dara Quill", []string{"Interim Chief Coroner", "Dr."}, "Office of the Chief Coroner"},
		{"'the' and a trade's word with a possessive before the title", "Kelvo Ferries ordered three ferries from Vestre Orrin Shipyard today.\n\nThe shipyard's Chief Executive Officer, Dara Quill, said the ferries would be built at the yard's dock.",
			"Dara Quill", []string{"The shipyard's Chief Executive Officer"}, "Vestre Orrin Shipyard"},
		{"a title's field set off by commas before the name", "The City of Kelvo changed its streetlights.\n\n“Our crews will work at night,” said Kelvo Networks' General Manager, Public Lighting, Dara Quill.",
			"Dara Quill", []string{"General Manager, Public Lighting"}, "Kelvo Networks"},
		{"a relative clause in the perfect: a site run for a body named before", "Kelvo Foods today agreed to buy the Orrin cheese plant from Valley Dairy Cooperative.\n\nPlant manager Dara Quill, who has run Orrin for the cooperative since 2015, said staff had been told.",
			"Dara Quill", []string{"Plant manager"}, "Valley Dairy Cooperative"},
		{"a relative clause in the perfect: worked at a body named before", "Kelvo Foods today agreed to buy the Orrin cheese plant from Valley Dairy Cooperative.\n\nDara Quill, who has worked at the cooperative for ten years, said staff had been told.",
			"Dara Quill", nil, "Valley Dairy Cooperative"},
		{"a workplace after a title that names a body does not speak for the person", "Kelvo Home will close twelve stores, the Kelvo Retail Workers Union (KRWU) said.\n\nDara Quill, a shop steward at KRWU's Orrin branch, who has worked at the Maponya Mall store for fourteen years, said staff had asked about closures.",
			"Dara Quill", []string{"shop steward at KRWU's Orrin branch"}, "Kelvo Retail Workers Union"},
		{"a country after 'in' is where the post is held, not its body", "KELVO, 2 March 2027 – Kelvo Demining International today cleared its thousandth field.\n\nDara Quill, Deputy Country Director in Laos, said the fields were safe.",
			"Dara Quill", []string{"Deputy Country Director in Laos"}, "Kelvo Demining International"},
		{"a body named for its members by a role word", "KELVO, 2 March 2027 – Orrin Lifts today won an order from Kelvo Regional Hospital Trust.\n\n“We asked for lifts that announce the floor,” said Dara Quill, chair of the Patient Council of Kelvo Regional Hospital Trust.",
			"Dara Quill", []string{"chair of the Patient Council of Kelvo Regional Hospital Trust"}, "Patient Council of Kelvo Regional Hospital Trust"},
		{"a unit named by a function's plural in common words is the issuer's", "KELVO, 2 March 2027 – The City of Kelvo today announced that talks with its transit union will resume.\n\nDara Quill, General Manager of Transit Services, said service would return within days.",
			"Dara Quill", []string{"General Manager of Transit Services"}, "City of Kelvo"},
		{"an office named short and in full: the full name", "“We watched the market,” said Chief Deputy Treasurer Dara Quill. The Treasurer's Office said the bonds would settle in March.\n\nAbout the Office\n\nThe Office of the Kelvo State Treasurer manages the state's cash.",
			"Dara Quill", []string{"Chief Deputy Treasurer"}, "Office of the Kelvo State Treasurer"},
		{"a post in several units at once speaks for the body they belong to", "The Security Council met today on piracy in the Gulf of Kelvo.\n\nBriefing the Security Council, Dara Quill, Assistant Secretary-General for Africa in the Departments of Political and Peacebuilding Affairs and Peace Operations, said attacks had fallen. The Council President thanked her.",
			"Dara Quill", []string{"Assistant Secretary-General for Africa in the Departments of Political and Peacebuilding Affairs and Peace Operations"}, "United Nations"},
		{"the issuer's short name of two words that name no body of their own", "SANTA LUCIA UNIVERSITY HOSPITAL OF KELVO\n\nKELVO, 2 March 2027 – Santa Lucia University Hospital of Kelvo today performed its first robotic transplant.\n\n“He asked for pasta on the second day,” said Dara Quill, director of the Transplant Unit at Santa Lucia.",
			"Dara Quill", []string{"director of the Transplant Unit at Santa Lucia"}, "Santa Lucia University Hospital of Kelvo"},
		{"the reporters who cover a body, on a bar line, are not its issuer", "PARLIAMENT OF KELVANIA\n\nBill passes second reading\n\nPosted: 12 March 2026 | Parliamentary Press Corps\n\nThe House passed the bill. The Majority Leader, Hon. Dara Quill, said the bill would save lives.",
			"Dara Quill", []string{"Majority Leader", "Hon."}, "Parliament of Kelvania"},
		{"a page's header names the body in its own language, the text in English", "Gemeente Kelvo\nMenu   Search   Nederlands | English\n\nCouncil adopts housing plan\n\nThe council today adopted a plan for 2,400 homes, which the Municipality of Kelvo will build with two partners. Alderman for Housing Dara Quill said the first homes would be built in 2026.",
			"Dara Quill", []string{"Alderman for Housing"}, "Municipality of Kelvo"},
		{"a firm's governing board and the member's portfolio on it", "GDANSK, 14 October 2025 – Vistula Grid Energia S.A. today signed an agreement.\n\nThe plant would be financed with green bonds, said Dara Quill, Vice-President of the Management Board for Finance.",
			"Dara Quill", []string{"Vice-President of the Management Board for Finance"}, "Vistula Grid Energia S.A."},
		{"a body based in a town, after a post's 'of the'", "KELVO, 2 March 2027 – The Council met on water.\n\nDara Quill, Executive Director of the Nairobi-based Kelvo Water Security Institute, said wells were drying.",
			"Dara Quill", []string{"Executive Director of the Nairobi-based Kelvo Water Security Institute"}, "Kelvo Water Security Institute"},
		{"a site's manager by a bare post, the site of a body named in the sentence before", "WETZBACH, 3 May 2025 – The Kelvo Police Headquarters arrested seven men.\n\nThe gang was stopped after a cashier at the Wetzbach branch of the Kelvo Savings Bank refused to pay out cash. Branch manager Dara Quill says her staff are trained to ask questions.",
			"Dara Quill", []string{"Branch manager"}, "Kelvo Savings Bank"},
		{"a hospital's department set off after the post", "KELVO CHILDREN'S HOSPITAL\n\nKELVO, 2 March 2027 – Kelvo Children's Hospital today performed its 1,000th free heart operation.\n\nDara Quill, Senior Consultant and Head, Department of Paediatric Cardiac Surgery, said most defects could be corrected.",
			"Dara Quill", []string{"Senior Consultant", "Head"}, "Kelvo Children's Hospital"},
		{"a lawyer by her bare post speaks for no issuer", "KELVO METROPOLITAN POLICE\n\nKELVO, 2 March 2027 – Police arrested eleven people in a fraud racket.\n\nLawyer Dara Quill, who appears for two of the accused, said her clients had been unaware of the fraud.",
			"Dara Quill", []string{"Lawyer"}, ""},
		{"on behalf of a body by its head alone, the one body the text names with it", "ADDIS ABABA, 3 June 2025 – The Council met.\n\nThe representative of the Kelvo Pastoralist Forum, an observer, said communities were rarely consulted.\n\n\"We are asking for a seat at the table,\" said Dara Quill, speaking on behalf of the Forum.",
			"Dara Quill", nil, "Kelvo Pastoralist Forum"},
		{"a bare mayor's town opening the paragraph before her quotation", "CHEMNITZ, 3 June 2025 – Voss Drives AG today opened a fuel cell plant.\n\nIn Kelvowerda, a town of 9,000 people, the news was greeted with relief. “We kept this site free for six years. It was worth the wait,” says Mayor Dara Quill.",
			"Dara Quill", []string{"Mayor"}, "Kelvowerda"},
		{"a post of a body named by its last words in lower case before a possessive", "LUBANGO, 3 June 2025 – The Kelvo Network for Land Rights (KNLR) published a report on evictions.\n\nThe Huíla Provincial Government did not respond to the findings.\n\nThe provincial government's spokesperson, Dara Quill, said the figures were exaggerated.",
			"Dara Quill", []string{"The provincial government's spokesperson"}, "Huíla Provincial Government"},
		{"a fire corps's chief speaks for the corps", "KELVO, 2 March 2027 – The ministry presented the fire season plan.\n\nThe Chief of the Kelvan Fire Corps, Lieutenant General Dara Quill, said the teams were ready.",
			"Dara Quill", []string{"Lieutenant General", "Chief of the Kelvan Fire Corps"}, "Kelvan Fire Corps"},
		{"a minister's portfolio named by the ministry on the letterhead, a level of government before it", "FEDERAL MINISTRY FOR COASTAL PROTECTION AND WATER MANAGEMENT\n\nThe Federal Cabinet today adopted the act submitted by the Federal Minister for Coastal Protection and Water Management, Dr Dara Quill. The act funds dikes.",
			"Dara Quill", []string{"Federal Minister for Coastal Protection and Water Management", "Dr"}, "Federal Ministry for Coastal Protection and Water Management"},
		{"a parliamentary state secretary in a ministry's release", "FEDERAL MINISTRY FOR COASTAL PROTECTION AND WATER MANAGEMENT\n\nThe Federal Cabinet today adopted the act.\n\nParliamentary State Secretary Dara Quill, who is responsible for the programme within the ministry, emphasised that procedures would be shortened.",
			"Dara Quill", []string{"Parliamentary State Secretary"}, "Federal Ministry for Coastal Protection and Water Management"},
		{"a post's list of fields after its name, then the country", "The Council agreed its position.\n\nDara Quill, Minister of Transport, Communications and Works of Malta\n\nAt the press conference, Quill said that the compromise had been supported.",
			"Dara Quill", []string{"Minister of Transport, Communications and Works of Malta"}, "Malta"},
		{"a post's list of fields, then the region it serves", "Dara Quill, UNICEF's Regional Chief of Water, Sanitation and Hygiene for Eastern and Southern Africa, called it urgent.",
			"Dara Quill", []string{"Regional Chief of Water, Sanitation and Hygiene for Eastern and Southern Africa"}, "UNICEF"},
		{"a portfolio's list of fields and its acronym before the name", "ADDIS ABABA – The African Union Commission (AUC) today launched a facility.\n\n4. In her remarks, the Commissioner for Agriculture, Rural Development and Blue Economy (ARBE), H.E. Ambassador Dara Quill, explained that the Facility will pool contributions.",
			"Dara Quill", []string{"Commissioner for Agriculture, Rural Development and Blue Economy (ARBE)", "H.E. Ambassador"}, "African Union Commission"},
		{"a place set off by a comma before a portfolio's title is no field of it", "Addressing a press conference at the State Emergency Operation Centre, Revenue and Disaster Management Minister Shri Dara Quill said that two lakh people had been affected.",
			"Dara Quill", []string{"Revenue and Disaster Management Minister"}, ""},
		{"a South African province's MEC and the department the letterhead names", "GAUTENG DEPARTMENT OF HEALTH\n\nMEDIA STATEMENT\n\nThe Gauteng MEC for Health, Ms Dara Quill, today opened the new clinic.\n\n“This clinic belongs to the people,” said the MEC.",
			"Dara Quill", []string{"Gauteng MEC for Health"}, "Gauteng Department of Health"},
		{"a mission chief for a country in a release the text's most named body issues", "Washington, DC: An International Monetary Fund (IMF) staff team led by Ms. Dara Quill, Mission Chief for Paraguay, visited Asunción.\n\n“Growth is strong,” Ms. Quill said. The IMF team met the authorities. The IMF thanks them. The IMF will return.",
			"Dara Quill", []string{"Mission Chief for Paraguay"}, "International Monetary Fund"},
		{"a portfolio after 'with responsibility for' is no government", "From: Department of Kelvo Housing\n\nMinister of State with responsibility for Planning and Local Government, Dara Quill TD, said the numbers were good. The Government will publish a target.",
			"Dara Quill", []string{"Minister of State with responsibility for Planning and Local Government", "TD"}, "Government"},
		{"a reader, the British academic rank", "Kelvo University today awarded its prize.\n\nDr Dara Quill, Reader in Environmental Chemistry in the School of Natural Sciences, receives £250,000.\n\nAbout Kelvo University\n\nKelvo University teaches.",
			"Dara Quill", []string{"Dr", "Reader in Environmental Chemistry in the School of Natural Sciences"}, "Kelvo University"},
		{"a portfolio with a possessive is no body", "KELVO COUNCIL\n\nKelvo Council today opened a consultation.\n\nDr Dara Quill, Executive Chief Officer for Education and Children’s Services, said the council had looked at alternatives.",
			"Dara Quill", []string{"Dr", "Executive Chief Officer for Education and Children’s Services"}, "Kelvo Council"},
		{"a single word after 'at' that follows a union is the union's site", "Kelvo Ferries ordered three ferries today.\n\nDara Quill, shop steward for the Metal Workers' Union at Frederiksby, said the order was welcome.",
			"Dara Quill", []string{"shop steward for the Metal Workers' Union at Frederiksby"}, "Metal Workers' Union"},
		{"an ambassador's country after the name", "The Kelvo Registration Fund opened a centre today.\n\nSpeaking for the donors, Ambassador Dara Quill of Ireland said the partners were considering a second phase.",
			"Dara Quill", []string{"Ambassador"}, "Ireland"},
		{"a country's focal point", "The Kelvo Dark Sky Convention signed a memorandum today.\n\nSpeaking for the signatories, Romania's focal point, Ms. Dara Quill, said towns would receive guidance.",
			"Dara Quill", []string{"focal point"}, "Romania"},
		{"two posts sharing a head name no body before it", "KELVO, 2 March 2027 – The Kelvo Registration Fund today opened a centre.\n\n“A child without a certificate is invisible,” said Resident and Humanitarian Coordinator Dara Quill.",
			"Dara Quill", []string{"Resident and Humanitarian Coordinator"}, "Kelvo Registration Fund"},
		{"a body's own name in parentheses after its head in lower case", "KELVO, 2 March 2027 – Orrin Surfaces S.p.A. today opened a plant.\n\nDara Quill, technical officer of the amateur league (Lega Kelvo Dilettanti), said the surface was tested.",
			"Dara Quill", []string{"technical officer of the amateur league (Lega Kelvo Dilettanti)"}, "Lega Kelvo Dilettanti"},
		{"a body's own name in parentheses after its kind, in a relative clause", "KELVO, 2 March 2027 – Orrin Pianos GmbH today showed a sensor.\n\nProfessor Dara Quill, who teaches piano at the conservatory (Kelvo Academy of Music), has played it. “I noticed nothing,” she said.",
			"Dara Quill", []string{"Professor"}, "Kelvo Academy of Music"},
		{"a field before a minister's word names the department the text names", "KELVO, 2 March 2027 – The Governor of the State of Kelvo today announced a bridge.\n\nTransportation Commissioner Dara Quill said the Department of Transportation would begin works in May.",
			"Dara Quill", []string{"Transportation Commissioner"}, "Department of Transportation"},
		{"a region after a title is its field, the body after it", "KELVO, 2 March 2027 – Orrin Coachworks plc today won an order.\n\n- Dr. Dara Quill, Senior Vice President, Europe, Kelvo Cells K.K.: “We designed the modules from the first drawing.”",
			"Dara Quill", []string{"Dr.", "Senior Vice President, Europe"}, "Kelvo Cells K.K."},
		{"a councillor's party tag in a council's release is an affiliation", "KELVO CITY COUNCIL\n\nKelvo City Council today approved twelve drinking fountains.\n\nCouncillor Dara Quill (Con), leader of the opposition group, said he backed the fountains.",
			"Dara Quill", []string{"Councillor", "leader of the opposition group"}, "Kelvo City Council"},
		{"a mission's name with a title word inside", "The Head of the Baltic Fisheries Observer Mission, Dara Quill, welcomed the plan.",
			"Dara Quill", []string{"Head of the Baltic Fisheries Observer Mission"}, "Baltic Fisheries Observer Mission"},
		{"a body in common words before a post only a whole body has", "Night Shelter Chief Executive Dara Quill said demand had doubled.\n\nAbout Kelvo Health\n\nKelvo Health runs clinics.",
			"Dara Quill", []string{"Night Shelter Chief Executive"}, "Night Shelter"},
		{"common words before a department's post stay the title's", "Customer Service Manager Dara Quill said demand had doubled.\n\nAbout Kelvo Health\n\nKelvo Health runs clinics.",
			"Dara Quill", []string{"Customer Service Manager"}, "Kelvo Health"},
		{"a body's acronym inside a title before the name", "The Kelvo Relief Agency (KRA) Country Director in Portlow, Ms. Dara Quill, said it was good.",
			"Dara Quill", []string{"Kelvo Relief Agency (KRA) Country Director in Portlow"}, "Kelvo Relief Agency"},
		{"a possessive inside the body's name before the title", "The United Nations Children’s Fund Representative in Portlow, Ms. Dara Quill, said it was good.",
			"Dara Quill", []string{"United Nations Children’s Fund Representative in Portlow"}, "United Nations Children’s Fund"},
		{"two titles sharing a head after the body", "“It is a good day,” said Ms. Dara Quill, the UN Resident and Humanitarian Coordinator in Portlow.",
			"Dara Quill", []string{"UN Resident and Humanitarian Coordinator in Portlow"}, "United Nations"},
		{"a country's body after a title's preposition", "Dr Dara Quill, Director of Coastal Planning at Norway's Ministry of Transport, said the plan was good.",
			"Dara Quill", []string{"Dr", "Director of Coastal Planning at Norway's Ministry of Transport"}, "Ministry of Transport"},
		{"'its' after an agent's preposition is the subject body's", "The Maritime Safety Board of the North Sea Council, represented by its Chair, Ms. Dara Quill, welcomed the plan. “We will inspect it in May,” she said.",
			"Dara Quill", []string{"Chair"}, "Maritime Safety Board"},
		{"'its' in a sentence a body opens is the subject's", "Kelvo Insurance Ltd, the insurance arm of Zentrix Group, said that Dara Quill will become its chief executive in March.",
			"Dara Quill", []string{"chief executive"}, "Kelvo Insurance Ltd"},
		{"a retired officer's rank with its mark, and the title set off before", "The Head of the Corvan Sea Monitoring Mission, Admiral (ret.) Dara Quill, welcomed the judgment.",
			"Dara Quill", []string{"Admiral (ret.)", "Head of the Corvan Sea Monitoring Mission"}, "Corvan Sea Monitoring Mission"},
		{"a signature's segment right after a titled name is the body", "• “We will sail daily.” – Lord Mayor Dara Quill, City of Portlow\n\nAbout the Portlow Harbour Authority\n\nThe Authority runs the port.",
			"Dara Quill", []string{"Lord Mayor"}, "City of Portlow"},
		{"a councillor's 'Cr.' is an honorific", "The Lord Mayor of Kelvo, Cr. Dara Quill, said the buses would run all night.",
			"Dara Quill", []string{"Lord Mayor of Kelvo"}, "Kelvo"},
		{"a title set off after a dateline's dash", "MINISTRY OF HEALTH AND SOCIAL CARE\n\nKelvo City, 12 October 2026 -- The Minister of Health and Social Care, Hon. Dara Quill, has announced that clinics will open.",
			"Dara Quill", []string{"Minister of Health and Social Care", "Hon."}, "Ministry of Health and Social Care"},
		{"a delegation, and the territory it serves named like the issuer", "“We stand with island states,” said the Ambassador and Head of the EU Delegation to Kelvo, Dr. Dara Quill.\n\nAbout the Kelvo Development Bank\n\nThe Bank lends.",
			"Dara Quill", []string{"Ambassador", "Head of the EU Delegation to Kelvo", "Dr."}, "EU Delegation to Kelvo"},
		{"a title whose field lists places is one title before the next", "“We will act,” said Ms. Dara Quill, Special Representative of the Secretary-General for West Africa and the Sahel and Head of the United Nations Office for West Africa and the Sahel (UNOWAS).",
			"Dara Quill", []string{"Special Representative of the Secretary-General for West Africa and the Sahel", "Head of the United Nations Office for West Africa and the Sahel (UNOWAS)"}, "United Nations Office for West Africa and the Sahel"},
		{"an acronym's possessive is the body it stands for, not a longer name it opens", "Kelvo Transit Authority (KTA) runs buses.\n\nKTA's Director of Network Planning, Dara Quill, said that patronage had grown.\n\nMedia: KTA Communications, press@kta.example",
			"Dara Quill", []string{"Director of Network Planning"}, "Kelvo Transit Authority"},
		{"a title's unit an adjective the lexicon lacks opens", "WINNIPEG -- Kelvo Power Corp. signs a deal.\n\nDara Quill, Kelvo's Vice-President, Indigenous Partnerships, described the deal as “a template.”",
			"Dara Quill", []string{"Vice-President, Indigenous Partnerships"}, "Kelvo Power Corp."},
		{"a national body's letterhead over its branch's line: the branch issues", "NATIONAL POLICE FORCE\nKELVO STATE POLICE COMMAND\nPUBLIC RELATIONS DEPARTMENT\n\nThe Commissioner of Police, CP Dara Quill, said the operation followed intelligence.",
			"Dara Quill", []string{"Commissioner of Police", "CP"}, "Kelvo State Police Command"},
		{"a post's field after a colon, then 'at' and its body", "JOHANNESBURG -- Kelvo Mobile Limited launches a till.\n\nDara Quill, Managing Executive: Retail and Business Banking at Orrin Bank, said: “Every payment builds a record.”",
			"Dara Quill", []string{"Managing Executive: Retail and Business Banking at Orrin Bank"}, "Orrin Bank"},
		{"'the firm' in the subject's appositive is the source the sentence before opens with", "JOHANNESBURG -- Kelvo Mobile Limited launches a till.\n\nAccording to Orrin Capital Research, most traders refuse cards. Dara Quill, a fintech analyst at the firm, said competitors would respond.",
			"Dara Quill", []string{"fintech analyst at the firm"}, "Orrin Capital Research"},
		{"'the company' after 'of' in the subject's appositive stays the issuer, whatever the sentence before cites", "LAGOS -- Orrin Payments Ltd launched a card.\n\nAccording to Kelvo Market Research, card use grew 40% last year. Dara Quill, chief executive of the company, said the card would cut costs.",
			"Dara Quill", []string{"chief executive of the company"}, "Orrin Payments Ltd"},
		{"a company's letters before its trade, set off after a title, are its name", "LAGOS -- Orrin Payments Ltd launched a card.\n\nDara Quill, Managing Partner, KPMG Consulting, said the market grew.",
			"Dara Quill", []string{"Managing Partner"}, "KPMG Consulting"},
		{"a company named by an adjective and its trade, set off after a title", "LAGOS -- Orrin Payments Ltd launched a card.\n\nDara Quill, Chief Executive, Oceanic Logistics, said the market grew.",
			"Dara Quill", []string{"Chief Executive"}, "Oceanic Logistics"},
		{"a headline in capitals under a letterhead is no branch", "KELVO HEALTH SERVICE\nCOUNCIL OPENS HEALTH CENTRE\n\nThe Director, Dara Quill, said the centre would serve 40,000 people.",
			"Dara Quill", []string{"Director"}, "Kelvo Health Service"},
		{"a body's letters, then its post's field of adjectives and 'and': the body", "VIENNA -- The OSCE held a conference.\n\nThe Co-ordinator of OSCE Economic and Environmental Activities, Dara Quill, stressed that “data must flow.”",
			"Dara Quill", []string{"Co-ordinator of OSCE Economic and Environmental Activities"}, "Organization for Security and Co-operation in Europe"},
		{"a company's head has no field: common words after its 'of' name the company", "AMMAN -- The Ministry of Water signed an agreement.\n\nChief Executive Officer of Gulf Aqua Developments, Mr. Dara Quill, said the company would build the plant.",
			"Dara Quill", []string{"Chief Executive Officer of Gulf Aqua Developments"}, "Gulf Aqua Developments"},
		{"'the hospital system's' post after the sentence before opens, past its opener, with another body", "DETROIT -- The Kelvo Nurses Union voted to strike.\n\nIn a statement, Orrin Health said it was disappointed by the vote. The hospital system's chief nursing officer, Dr. Dara Quill, said plans were in place.",
			"Dara Quill", []string{"The hospital system's chief nursing officer", "Dr."}, "Orrin Health"},
		{"an opening 'Speaking on behalf of' names the body its subject speaks for, over her title's territory", "ACCRA -- The Kelvo Community held a summit.\n\nSpeaking on behalf of the Executive Director of the Orrin Environment Programme (OEP), the Regional Director for Africa, Ms. Dara Quill, said that action was needed.",
			"Dara Quill", []string{"Regional Director for Africa"}, "Orrin Environment Programme"},
		{"an opening 'Speaking for' yields to the body her own title names", "ACCRA -- The Kelvo Community held a summit.\n\nSpeaking on behalf of the countries of the Orrin corridor, Ms. Dara Quill, State Secretary at the Ministry of Transport of Kelvania, said the river mattered.",
			"Dara Quill", []string{"State Secretary at the Ministry of Transport of Kelvania"}, "Ministry of Transport of Kelvania"},
		{"where a degree was earned is no employer: the issuer", "JOHANNESBURG -- Kelvo Resources Limited named a new chief executive.\n\nDara Quill, a mining engineer with a doctorate in rock mechanics from the University of Orrin, said the company would grow.",
			"Dara Quill", []string{"mining engineer with a doctorate in rock mechanics from the University of Orrin"}, "Kelvo Resources Limited"},
		{"a participle's opener the lists lack before a post set off", "PORT KELVO -- Kelvo Bank Limited opens a fund.\n\nDelivering the feature address, Minister of Trade and Industry, Senator the Honourable Dara Quill, said that the fund would help.",
			"Dara Quill", []string{"Senator", "Minister of Trade and Industry", "Honourable"}, "Ministry of Trade and Industry"},
		{"a sector's letters open a title's unit in a gerund", "PORT KELVO -- Kelvo Bank Limited opens a fund.\n\nDara Quill, General Manager, SME Banking, added: “Every borrower gets a manager.”",
			"Dara Quill", []string{"General Manager, SME Banking"}, "Kelvo Bank Limited"},
		{"the 'of' after a holder names her body whole", "WINNIPEG -- Kelvo Power Corp. signs a deal.\n\n“It is ours,” said Chief Dara Quill of Red Willow Cree Nation.",
			"Dara Quill", []string{"Chief"}, "Red Willow Cree Nation"},
		{"a list item's body before the colon and the quotation", "Kelvo Transit Authority runs buses.\n\n- Sergeant Dara Quill, Kelvo Police District: “More people travelling safely at night means fewer crashes.”",
			"Dara Quill", []string{"Sergeant"}, "Kelvo Police District"},
		{"'Its' post for a territory named like another body", "The Kelvo Skills Partnership trains workers. The staff are represented by the United Dock Workers Union. Its Regional Secretary for the Kelvo, Dara Quill, said the union had agreed.",
			"Dara Quill", []string{"Regional Secretary for the Kelvo"}, "United Dock Workers Union"},
		{"'Its' after an appositive is the body it describes; its post's field is a unit", "Under the plan, the Andean Soil Survey, a public agency attached to Kelvo's Ministry of Mining, will send engineers. Its Head of Tailings Stability, Dr. Dara Quill, said the engineers would train staff.",
			"Dara Quill", []string{"Head of Tailings Stability", "Dr."}, "Andean Soil Survey"},
		{"a minister's portfolio before the country names the ministry", "The Minister of Mines and Minerals Development of the Republic of Zambia, Hon. Dara Quill, signed it. “We act,” she said.\n\nAbout the Ministry of Mines and Minerals Development: it runs mines.",
			"Dara Quill", []string{"Minister of Mines and Minerals Development of the Republic of Zambia", "Hon."}, "Ministry of Mines and Minerals Development"},
		{"a speaker's line in capitals over a quotation is no heading; a party tag in parentheses", "The council voted on Monday.\n\nDara Quill (Greens), Chair of the Urban Environment Committee\n“We have spent three years listening.”",
			"Dara Quill", []string{"Chair of the Urban Environment Committee"}, "Greens"},
		{"a party tag opening with a common word", "The council voted on Monday.\n\nDara Quill (National Coalition Party), group leader\n“We support the zoning.”",
			"Dara Quill", []string{"group leader"}, "National Coalition Party"},
		{"a label's dash is not its title's", "The province funds crews.\n\nHon. Dara Quill, Minister of Emergency Management -\n\n“Prevention is cheaper.”",
			"Dara Quill", []string{"Hon.", "Minister of Emergency Management"}, "Ministry of Emergency Management"},
		{"a unit named after its parent's acronym speaks for the parent; Engr. is an honorific and a title", "The Provincial Environment and Natural Resources Office (PENRO) acted. “Two sites were digging,” said Engr. Dara Quill, Chief Inspector of the PENRO Quarry Enforcement Section.",
			"Dara Quill", []string{"Engr.", "Chief Inspector of the PENRO Quarry Enforcement Section"}, "Provincial Environment and Natural Resources Office"},
		{"a title the text names an office of", "The Office of the Provincial Prosecutor has opened an investigation. Provincial Prosecutor Atty. Dara Quill said the complaints were strong.",
			"Dara Quill", []string{"Provincial Prosecutor", "Atty."}, "Office of the Provincial Prosecutor"},
		{"a body's bare head after a title's preposition is the body named last", "The Kelvo Observer Mission for the Eastern Corridor opened a base. The Special Representative and Head of Mission, Dara Quill, said the base would stay open.",
			"Dara Quill", []string{"Special Representative", "Head of Mission"}, "Kelvo Observer Mission for the Eastern Corridor"},
		{"a body's bare head before a title is the body named last with that head before its complement", "The Kelvo Federation of Health Unions met on Monday. Federation President Dara Quill said the talks had failed.",
			"Dara Quill", []string{"Federation President"}, "Kelvo Federation of Health Unions"},
		{"a Secretary of State for a portfolio speaks for the government the text names", "DILI -- The Government of Timor-Leste and the United Nations Soil Programme (UNSP) launched a plan. Speaking at the launch, the Secretary of State for the Environment, Dara Quill, said the plan would work.\n\nAbout UNSP\n\nUNSP restores soil.",
			"Dara Quill", []string{"Secretary of State for the Environment"}, "Government of Timor-Leste"},
		{"a sentence that opens with the body one represents", "Kelvo Mission opened a base. Representing the African Union Liaison Office in Kasimba, Ambassador Dara Quill said the union would stay.",
			"Dara Quill", []string{"Ambassador"}, "African Union Liaison Office"},
		{"representing a body the lists know", "Kelvo Mission opened a base. Representing the African Union, Ambassador Dara Quill said the union would stay.",
			"Dara Quill", []string{"Ambassador"}, "African Union"},
		{"a press unit on a letterhead's bar line is not the issuer", "REPUBLIC OF KELVO\nMINISTRY OF FOREIGN AFFAIRS\nPress Office | 14 Rue des Ambassades | Port Kelvo\n\nKelvo signs accord\n\nThe accord was signed on Monday. “It is done,” said Dara Quill, spokesperson.",
			"Dara Quill", []string{"spokesperson"}, "Ministry of Foreign Affairs"},
		{"an executive's abbreviated rank is a title, not a body", "SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Robotics, Inc. today reported results.\n\n“Margins grew,” said Dara Quill, EVP and Chief Financial Officer.",
			"Dara Quill", []string{"EVP", "Chief Financial Officer"}, "Zentrix Robotics, Inc."},
		{"a body's bare head before a post in lower case", "The Kelvale Health Foundation raised $6 million for the Kelvale Regional Medical Center. Foundation board chair Dara Quill said donors had given.",
			"Dara Quill", []string{"Foundation board chair"}, "Kelvale Health Foundation"},
		{"a body named after a '-based' kind, with a connector in its name", "Dara Quill, a 23-year-old youth delegate from the Kelvo-based network Young Voices for Rights, said young people were tired.",
			"Dara Quill", []string{"23-year-old youth delegate from the Kelvo-based network Young Voices for Rights"}, "Young Voices for Rights"},
		{"a region set off after the title ends the sentence: the post's territory, not its body", "SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Mining Corp. today reported production.\n\n“We expected a softer quarter,” said Dara Quill, Vice President, South America.",
			"Dara Quill", []string{"Vice President, South America"}, "Zentrix Mining Corp."},
		{"a title before the name with its region after a comma", "SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Mining Corp. today reported production.\n\nRegional Vice President, West Africa Dara Quill said: “The crew has rebuilt the pit.”",
			"Dara Quill", []string{"Regional Vice President, West Africa"}, "Zentrix Mining Corp."},
		{"a republic set off after the title is the state one speaks for", "“We ratified it,” said Ms. Dara Quill, Minister of the Sea, Republic of Kelvania.",
			"Dara Quill", []string{"Minister of the Sea"}, "Republic of Kelvania"},
		{"a region before a staff post is its territory, the issuer its body", "SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Mining Corp. today reported production.\n\nAsia Director Dara Quill said the crew had rebuilt the pit.",
			"Dara Quill", []string{"Asia Director"}, "Zentrix Mining Corp."},
		{"a region before a governing post is the body", "SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Mining Corp. today reported production.\n\nKelvo Province Governor Dara Quill said the crew had rebuilt the pit.",
			"Dara Quill", []string{"Kelvo Province Governor"}, "Kelvo Province"},
		{"a body before the title's head, named in full elsewhere", "The interviews were recorded by members of the Student Union of the Kelvo Academy of Maritime Studies.\n\nStudent Union President Dara Quill said: “We had never asked them.”\n\nAbout the Kelvo Museum\n\nThe Kelvo Museum shows ships.",
			"Dara Quill", []string{"Student Union President"}, "Student Union of the Kelvo Academy of Maritime Studies"},
		{"a place's governor in its government's release", "COUNTY GOVERNMENT OF LOWER KELVO\n\nKELBY, 9 February 2025 — The Governor of Lower Kelvo County, H.E. Dara Quill, has ordered 40 water points.\n\nGovernor Quill said, “No family should go without water.”",
			"Dara Quill", []string{"Governor of Lower Kelvo County", "H.E.", "Governor"}, "County Government of Lower Kelvo"},
		{"an office under a release's label is the issuer", "NEWS RELEASE\n\nOffice of the Premier\n\nKELBY – The province will invest $48 million, Premier Dara Quill announced today.",
			"Dara Quill", []string{"Premier"}, "Office of the Premier"},
		{"a portfolio of fields joined by 'and' before the post names the department", "NEWS RELEASE\n\nOffice of the Premier\n\nNatural Resources and Energy Development Minister Dara Quill said the fund would open.\n\nThe Department of Natural Resources and Energy Development will run it.",
			"Dara Quill", []string{"Natural Resources and Energy Development Minister"}, "Department of Natural Resources and Energy Development"},
		{"a minister for police holds no police post", "KELVO TERRITORY GOVERNMENT\n\nMinister for Police, Fire and Emergency Services Dara Quill said the Kelvo Police would grow.",
			"Dara Quill", []string{"Minister for Police, Fire and Emergency Services"}, "Kelvo Territory Government"},
		{"a page's title line ends with the site's owner", "Nine charged in a VAT fraud scheme involving timber exports – Kelvo Revenue Agency\nLV\nEN\nHome\nNews\nDirector General Dara Quill today announced that nine people have been charged.",
			"Dara Quill", []string{"Director General"}, "Kelvo Revenue Agency"},
		{"a title after a named companion is the companion's", "KELBY – Special Prosecutor Dara Quill, together with Commissioner Ann Lee, head of the Kelvo Fraud Unit, today announced that eleven people have been charged.",
			"Dara Quill", []string{"Special Prosecutor"}, ""},
		{"a line of the page's languages names no issuer", "PT | EN\n\nThe fund opened today. “We grew,” said Dara Quill, Director.",
			"Dara Quill", []string{"Director"}, ""},
		{"a governor's place named with its county's head", "MINISTRY OF WATER AND DRYLANDS\n\nBoreholes were drilled in Kelvo County this year.\n\nKelvo Governor H.E. Dara Quill said the county would pay the caretakers.",
			"Dara Quill", []string{"Kelvo Governor", "H.E."}, "Kelvo County"},
		{"a board of trustees' chair speaks for the body whose board it is", "KELVO HEART TRUST\n\nChairman of the Board of Trustees Eng. Dara Quill said the trust had raised the money.",
			"Dara Quill", []string{"Chairman of the Board of Trustees", "Eng."}, "Kelvo Heart Trust"},
		{"a corporation's general body is its unit", "KELVO MUNICIPAL CORPORATION\n\nCorporator Dara Quill (Ward 17), Leader of the Opposition in the General Body, alleged that figures had been inflated.",
			"Dara Quill", []string{"Corporator", "Leader of the Opposition in the General Body"}, "Kelvo Municipal Corporation"},
		{"a member's seat before the post is no body: the chamber", "KELVO CITY COUNCIL\n\nKelvo North MP Dara Quill welcomed the plan.",
			"Dara Quill", []string{"Kelvo North MP"}, "Parliament"},
		{"a party after a member's seat is the member's", "KELVO HEALTH COMMITTEE\n\nDara Quill, MLA for Halvo Needham (Kelvo Labour Party), said so.",
			"Dara Quill", []string{"MLA for Halvo Needham"}, "Kelvo Labour Party"},
		{"a delegate's country set off after a name in capitals", "The Council met today.\n\nDARA QUILL, of Norway, rejected that assessment.",
			"Dara Quill", nil, "Norway"},
		{"a provincial post's place in parentheses: the province the text names", "KELVO MINISTRY OF WATER\n\nThe Province of Lower Austria will pay a third.\n\nProvincial Councillor for Water Dara Quill (Lower Austria) said the works would start.",
			"Dara Quill", []string{"Provincial Councillor for Water"}, "Province of Lower Austria"},
		{"a signature's line under a quotation is no headline, though its words are capitalized", "“We build turbines.”\n— Dara Quill, Managing Director, Kelvo Marine Power\nQuill said the order mattered.",
			"Dara Quill", []string{"Managing Director"}, "Kelvo Marine Power"},
		{"Malay honours before the name, one elided", "KELVO CORP\n\nDato' Seri Dara Quill Hamid, Chairman of the Kelvo Industries Corporation, said: “Every plant counts.”",
			"Dara Quill Hamid", []string{"Dato' Seri", "Chairman of the Kelvo Industries Corporation"}, "Kelvo Industries Corporation"},
		{"an envoy speaks for the body that sends her, not her host", "KELVO SECRETARIAT\n\nDara Quill, European Union Ambassador to ASEAN, said the EU would pay.",
			"Dara Quill", []string{"European Union Ambassador to ASEAN"}, "European Union"},
		{"a minister of state's ministry the text names", "The Kelvo Water Board, a statutory board under the Ministry of Sustainability and the Environment, broke ground today.\n\nSenior Minister of State for Sustainability and the Environment Dr Dara Quill said the canal would help.",
			"Dara Quill", []string{"Senior Minister of State for Sustainability and the Environment", "Dr"}, "Ministry of Sustainability and the Environment"},
		{"a state's country ends before its minister's name", "KELVO CORP\n\nDeputy Minister of Water Resources of the Republic of Kelvania Dara Quill said the canal would help.",
			"Dara Quill", []string{"Deputy Minister of Water Resources of the Republic of Kelvania"}, "Ministry of Water Resources of the Republic of Kelvania"},
		{"regions listed in a unit's name", "KELVO SECRETARIAT\n\nDara Quill, Director of the Europe, Central Asia and Americas Division of the Department of Kelvo Affairs, said the office would stay.",
			"Dara Quill", []string{"Director of the Europe, Central Asia and Americas Division of the Department of Kelvo Affairs"}, "Department of Kelvo Affairs"},
		{"a unit opened by its body's acronym", "KELVO - A study by researchers at Kelvo University of Technology (KUT) finds smog harms children.\n\n“We expected it,” says Dr. Dara Quill, an assistant professor at the KUT Department of Physics.",
			"Dara Quill", []string{"Dr.", "assistant professor at the KUT Department of Physics"}, "Kelvo University of Technology"},
		{"Central European styles and a degree set off", "Kelvo University | News | 24 February 2025\n\nProf. Ing. Dara Quill, CSc., head of the Department of Physics, said the data were clear.",
			"Dara Quill", []string{"Prof. Ing.", "CSc.", "head of the Department of Physics"}, "Kelvo University"},
		{"a post's territory named by its word and a suffix", "KELVO PROSECUTOR'S OFFICE\n\nFour hospitals in the Silesian Voivodeship were audited.\n\nThe Silesian Voivode, Dara Quill, said in a statement that prices had fallen.",
			"Dara Quill", []string{"Silesian Voivode"}, "Silesian Voivodeship"},
		{"\"its\" after one of several bodies the sentence names by a noun", "Organization for Security and Co-operation in Europe\nPress Release\n\nOSCE welcomes agreement\n\nVIENNA, 23 September 2026 – The OSCE hosted the talks.\n\nSpeaking on behalf of one of the expert delegations, its head, Deputy Minister of Ecology and Natural Resources Dara Quill, said the agreement was a practical step and that her Ministry was ready to host a course.",
			"Dara Quill", []string{"Deputy Minister of Ecology and Natural Resources", "head"}, "Ministry of Ecology and Natural Resources"},
		{"a bishop's style after his see", "The Bishop of the Anglican Diocese of Kelvo, the Rt Rev. Dr. Dara Quill, called the deaths a wound.",
			"Dara Quill", []string{"Bishop of the Anglican Diocese of Kelvo", "Rt Rev. Dr."}, "Anglican Diocese of Kelvo"},
		{"a title's field list ending in a body with its acronym", "KELVO SECRETARIAT\n\nDara Quill, Commissioner for Political Affairs, Peace and Security of the Economic Community of West African States (ECOWAS), said the bloc was ready.",
			"Dara Quill", []string{"Commissioner for Political Affairs, Peace and Security of the Economic Community of West African States (ECOWAS)"}, "Economic Community of West African States"},
		{"a post's office named by the post's word and a suffix", "KELVO - Sawa Girls Initiative opened a centre.\n\nThe Regional Delegate of Secondary Education for the North-West, Mr. Dara Quill, who attended the opening, said the Delegation would post eight teachers.",
			"Dara Quill", []string{"Regional Delegate of Secondary Education for the North-West"}, "Regional Delegation of Secondary Education for the North-West"},
		{"a chief officer of a field no list knows", "SINGAPORE – Kelvo Harbour Holdings Ltd today announced a data centre.\n\n“Every megawatt will be matched,” said Kelvo Harbour’s Chief Sustainability Officer, Dara Quill.",
			"Dara Quill", []string{"Chief Sustainability Officer"}, "Kelvo Harbour Holdings Ltd"}, // (the issuer's short name names the issuer)
		{"a chief officer's field is no body", "KELVO PARKS SERVICE\n\nThe animals were screened. Chief Veterinary Officer Dr Dara Quill said all twelve were healthy.",
			"Dara Quill", []string{"Chief Veterinary Officer", "Dr"}, "Kelvo Parks Service"},
		{"no title, no issuer", "“We grew,” said Dara Quill.\n\nAbout Zentrix Robotics\n\nZentrix Robotics makes robots.",
			"Dara Quill", nil, ""},
		{"a department at a university after the name, then the person's role", "The study was published. “We expected some effect,” says Professor Dara Quill of the Department of Soil Science at Kelvo University, the study’s lead author.",
			"Dara Quill", []string{"Professor", "study’s lead author"}, "Kelvo University"},
		{"a specialist's post after the name, its field in adjectives", "The unit opened. Dr Dara Quill, Consultant Interventional Neuroradiologist, explained that the clot is removed.",
			"Dara Quill", []string{"Dr", "Consultant Interventional Neuroradiologist"}, ""},
		{"a specialist's post the lexicon knows, its field in adjectives", "The unit opened. Dr Dara Quill, Consultant Interventional Radiologist, explained that the clot is removed.",
			"Dara Quill", []string{"Dr", "Consultant Interventional Radiologist"}, ""},
		{"a company's post and its region after a dash, set off before the name", "Kelvo Infosystems Limited opened a centre in Amsterdam. Kelvo’s President – Europe, Dara Quill, said the centre would employ 450 people.",
			"Dara Quill", []string{"President – Europe"}, "Kelvo Infosystems Limited"},
		{"a post and its field after a dash, set off after the name", "Kelvo Infosystems Limited opened a centre. “It is good,” said Dara Quill, Head – Corporate Communications.",
			"Dara Quill", []string{"Head – Corporate Communications"}, ""},
		{"a body's letters that spell a courtesy form are the body's", "Results rose. “We grew,” said MDM Holdings chief executive Dara Quill.",
			"Dara Quill", []string{"MDM Holdings chief executive"}, "MDM Holdings"},
		{"a company's department set off after a title is its unit, no body", "Kelvo Motors opened a hub in Orrin. Dara Quill, Vice President, Department of Sales, said the hub was “good for all”.",
			"Dara Quill", []string{"Vice President"}, ""},
		{"a department at a forum after the name works there, it is no part of the forum", "The talks resumed. “We will stay,” said Dara Quill of the Department of Justice at the Kelvo Economic Forum in Orrin.",
			"Dara Quill", nil, "Department of Justice"},
		{"a Korean district's mayor speaks for the district, not the city's government that issues the release", "KELVO METROPOLITAN GOVERNMENT\n\nThe Kelvo Metropolitan Government opened 400 heat shelters. Orrin-gu Mayor Dara Quill said the district would keep two centers open at night.",
			"Dara Quill", []string{"Orrin-gu Mayor"}, "Orrin-gu"},
		{"a field's letters after a post's 'for' are no body; the county before the post is", "Savanna Mobile opened 40 sites. Kelvo County CECM for ICT Hon. Dara Quill said the new coverage would help.",
			"Dara Quill", []string{"Kelvo County CECM for ICT", "Hon."}, "Kelvo County"},
		{"a customer's own trade and where she works is no post of the issuer", "ORRIN BANK KENYA\n\nThe bank lent to small traders. Dara Quill, a tailor in Gikomba market, said the loan helped her buy a machine.",
			"Dara Quill", []string{"tailor in Gikomba market"}, ""},
		{"an own role's head before 'in' and its place", "ORRIN BANK KENYA\n\nThe bank lent to farmers. Dara Quill, a farmer in Kelvo, said the loan helped her buy a pump.",
			"Dara Quill", []string{"farmer in Kelvo"}, ""},
		{"a body's noun in lower case before a post names the one such body the text names", "The Orrin Press Union condemned the arrests. Speaking at a press conference, union president Dara Quill said members feared for their safety.",
			"Dara Quill", []string{"union president"}, "Orrin Press Union"},
		{"a body's noun in lower case before a post names no body where the text names two such", "The Orrin Press Union and the Kelvo Teachers Union condemned the arrests. Speaking at a press conference, union president Dara Quill said members feared for their safety.",
			"Dara Quill", []string{"union president"}, ""},
		{"a minister's portfolio names her ministry where the text has no issuer", "Amman, Jan. 21 (JNS) -- Minister of Labour and Vocational Training Dr. Dara Quill said on Tuesday that the programme would place 40,000 apprentices.",
			"Dara Quill", []string{"Minister of Labour and Vocational Training", "Dr."}, "Ministry of Labour and Vocational Training"},
		{"a committee named with its chamber's possessive speaks for the chamber", "The road was opened. Hon. Dara Quill, Ranking Member on Parliament's Roads and Transport Committee, said three governments had cut sods on the same stretch.",
			"Dara Quill", []string{"Hon.", "Ranking Member on Parliament's Roads and Transport Committee"}, "Parliament"},
		{"a Maasai name's particle 'ole' inside the name", "The plant opened. Mzee Dara ole Quill, chairman of the Kelvo Liaison Committee, warned that the company must pipe water.",
			"Dara ole Quill", []string{"Mzee", "chairman of the Kelvo Liaison Committee"}, "Kelvo Liaison Committee"},
		{"a ministry named head first, set off after a title", "The hub opened. Dara Quill, Minister of State, Ministry of Health, said the hub was “good for all”.",
			"Dara Quill", []string{"Minister of State"}, "Ministry of Health"},
		{"a Singapore patronym's particle inside the name", "The ward grew. “It is good,” said Dr Dara binte Quill, Senior Consultant at Kelvo General Hospital.",
			"Dara binte Quill", []string{"Dr", "Senior Consultant at Kelvo General Hospital"}, "Kelvo General Hospital"},
		{"Singapore's Madam is a courtesy, not a name", "The ward grew. “It is good,” said Mdm Dara Quill, 74, Kelvo Hospital's oldest volunteer.",
			"Dara Quill", []string{"Kelvo Hospital's oldest volunteer"}, "Kelvo Hospital"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, tr := analyze(t, tt.text)
			p := person(t, tr, tt.person)
			assert.Equal(t, tt.titles, p.Titles)
			assert.Equal(t, tt.org, p.Organization.Name)
		})
	}
}

// TestGovernmentLetterheadSource: a local government's letterhead above
// the text is the issuer even where a board of it opens the dateline.
func TestGovernmentLetterheadSource(t *testing.T) {
	text := "RIVERTOWN — The Kelvale County Board of Supervisors on Tuesday approved the plan. Sheriff Dara Quill said deputies would knock on doors."
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p := person(t, speakers.NewTracker(a, speakers.WithSource("KELVALE COUNTY")), "Dara Quill")
	assert.Equal(t, "Kelvale County", p.Organization.Name)
	p = person(t, speakers.NewTracker(a), "Dara Quill")
	assert.Equal(t, "Kelvale County Board of Supervisors", p.Organization.Name, "no letterhead: the dateline's body")
	// A municipality's letterhead likewise; a councillor's "the Council's"
	// committee is the council the text names in full.
	text = "KELVO – The Kelvo Metropolitan Municipal Council on Wednesday approved the plant. “The tap will not run dry,” said Mayor Dara Quill. " +
		"Councillor Lee Amsel, chair of the Council's Environment Committee, said the outfall had been moved."
	a = r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	tr := speakers.NewTracker(a, speakers.WithSource("KELVO METROPOLITAN MUNICIPALITY"))
	assert.Equal(t, "Kelvo Metropolitan Municipality", person(t, tr, "Dara Quill").Organization.Name)
	assert.Equal(t, "Kelvo Metropolitan Municipal Council", person(t, tr, "Lee Amsel").Organization.Name)
}

// TestSourceInItsLanguageNamedInEnglish: a page that names its publisher
// in Spanish over a text that names it in English: the issuer is the
// English name, the text's.
func TestSourceInItsLanguageNamedInEnglish(t *testing.T) {
	text := "Kelvo de Juárez, November 9, 2024. The Municipal Government of Kelvo de Juárez today reopened the market. The rebuilt market has 214 stalls. “The detectors are new,” said Dara Quill, a fire inspector."
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p := person(t, speakers.NewTracker(a, speakers.WithSource("Gobierno Municipal de Kelvo de Juárez")), "Dara Quill")
	assert.Equal(t, "Municipal Government of Kelvo de Juárez", p.Organization.Name)
}

// TestWithSource: the body a page names as its publisher is the issuer
// when the text shows none, named as the text names it.
func TestWithSource(t *testing.T) {
	text := "Researchers at Kelvale University (KU) found it. “It works,” said Dara Quill, a doctoral student in the lab."
	r, err := entities.NewRecognizer(entities.WithModel(false))
	assert.NoError(t, err)
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p := person(t, speakers.NewTracker(a, speakers.WithSource("Kelvale University")), "Dara Quill")
	assert.Equal(t, speakers.Org{Name: "Kelvale University", Acronym: "KU"}, p.Organization)
	p = person(t, speakers.NewTracker(a), "Dara Quill")
	assert.Equal(t, "", p.Organization.Name, "no source, no issuer")

	// A page's publisher outranks the body the text names most.
	text = "The Kelvale Health Network (KHN) runs clinics. KHN staff screen women. Women visit KHN clinics. “It is free,” said Minister of State Dara Quill."
	a = r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p = person(t, speakers.NewTracker(a), "Dara Quill")
	assert.Equal(t, "Kelvale Health Network", p.Organization.Name, "the body named most")
	p = person(t, speakers.NewTracker(a, speakers.WithSource("MINISTRY OF HEALTH")), "Dara Quill")
	assert.Equal(t, "Ministry of Health", p.Organization.Name, "the publisher")

	// A new thing the lead introduces is no issuer: the publisher is.
	text = "Press release\n\nMoney to help coastal towns adapt\n\nNew Coastal Transition Fund will support 14 areas in England where homes are at risk.\n\nEnvironment Secretary Dara Quill said the fund would help."
	a = r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p = person(t, speakers.NewTracker(a, speakers.WithSource("Department for Environment, Food & Rural Affairs")), "Dara Quill")
	assert.Equal(t, "Department for Environment, Food & Rural Affairs", p.Organization.Name, "the publisher, not the fund")

	// The publisher by the fullest name the text gives its legal form.
	text = "Kelvo Harvest JSC opened a packhouse. Kelvo Harvest JSC exports fruit. The firm was registered as Kelvo Harvest Joint Stock Company in 2001. “We grew,” said Dara Quill, Chief Executive Officer."
	a = r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p = person(t, speakers.NewTracker(a, speakers.WithSource("Kelvo Harvest JSC")), "Dara Quill")
	assert.Equal(t, "Kelvo Harvest Joint Stock Company", p.Organization.Name, "the legal form spelled out")

	// A site's name that gives the state after the body: the body.
	text = "Police seized fuel. “Smugglers have lost the road,” said Minister Dara Quill."
	a = r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p = person(t, speakers.NewTracker(a, speakers.WithSource("Ministry of Internal Affairs – Republic of Kelvo")), "Dara Quill")
	assert.Equal(t, "Ministry of Internal Affairs", p.Organization.Name, "the body before the state")
}

// TestWithHeader: the header a layout cuts from the text names the issuer
// by its lines (a body's name alone on a line, named again below), not by
// its headline's subject; an organ's header is its larger body's.
func TestWithHeader(t *testing.T) {
	r, err := entities.NewRecognizer(entities.WithModel(false))
	assert.NoError(t, err)
	for _, tt := range []struct{ name, header, body, org string }{
		{"a body's name alone on a header line", "Kelvale.example\n\nMinistry of Rural Roads\n\nPress release | No: 61/27\n\nRoads plan presented\n\n",
			"The plan was presented today. “Every road counts,” said Chief Engineer Dara Quill.\n\nSubscribe to news from the Ministry of Rural Roads", "Ministry of Rural Roads"},
		{"an organ's header is its body's", "SC/16124\n3 June 2025\n\nSecurity Council\n10,027th Meeting (AM)\n\nAid Convoys Turned Back, Relief Chief Tells Security Council\n\n",
			"The Council heard a briefing today. “Access is shrinking,” said Dara Quill, Deputy Emergency Relief Coordinator.\n\nThe Security Council met again.", "United Nations"},
		{"a headline's subject is no issuer", "Kelvale Robotics Wins Award\n\n",
			"The award was given today. “We are proud,” said Chief Engineer Dara Quill.", ""},
		{"a mayor's city named only in the header", "Skip to main content\nCity of Rivertown\nPolice Department\nHome\n\n",
			"Officers arrested two men today. “It is a good day,” Mayor Dara Quill said.", "City of Rivertown"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.header + tt.body
			h := r.Analyze(text, entities.Span{Start: 0, End: len(tt.header)})
			a := r.Analyze(text, entities.Span{Start: len(tt.header), End: len(text)})
			p := person(t, speakers.NewTracker(a, speakers.WithHeader(h)), "Dara Quill")
			assert.Equal(t, tt.org, p.Organization.Name)
			p = person(t, speakers.NewTracker(a), "Dara Quill")
			assert.Equal(t, "", p.Organization.Name, "without the header")
		})
	}
}

// TestHeaderTitles: a person the header names with titles keeps them in
// the text, from her name's line and the line under it; a body's name
// before the holder is no title.
func TestHeaderTitles(t *testing.T) {
	r, err := entities.NewRecognizer(entities.WithModel(false))
	assert.NoError(t, err)
	header := "Hon Dara Quill\nMinister of Health\n\n1 December 2026\n\nRural GP grants open\n\n"
	text := header + "The Government is opening a fund for rural practices, Health Minister Dara Quill says."
	h := r.Analyze(text, entities.Span{Start: 0, End: len(header)})
	a := r.Analyze(text, entities.Span{Start: len(header), End: len(text)})
	p := person(t, speakers.NewTracker(a, speakers.WithHeader(h)), "Dara Quill")
	assert.Equal(t, []string{"Health Minister", "Hon", "Minister of Health"}, p.Titles)

	header = "MEDIA RELEASE\n\nThe Hon. Dara Quill MP\nMinister for Regional Health\nMinister for the Central Coast\n\n6 November 2025\n\nNew birthing suites\n\n"
	text = header + "The unit will open next year, Minister Dara Quill said."
	h = r.Analyze(text, entities.Span{Start: 0, End: len(header)})
	a = r.Analyze(text, entities.Span{Start: len(header), End: len(text)})
	p = person(t, speakers.NewTracker(a, speakers.WithHeader(h)), "Dara Quill")
	assert.Contains(t, p.Titles, "Minister for the Central Coast", "a second post on the line under the first")

	header = "Office of Kelvale Attorney General Dara Quill\n\nFOR IMMEDIATE RELEASE\n\n"
	text = header + "Attorney General Dara Quill today charged two owners."
	h = r.Analyze(text, entities.Span{Start: 0, End: len(header)})
	a = r.Analyze(text, entities.Span{Start: len(header), End: len(text)})
	p = person(t, speakers.NewTracker(a, speakers.WithHeader(h)), "Dara Quill")
	assert.Equal(t, []string{"Attorney General"}, p.Titles)
}

// TestOrgEvidence: a single name the recognizer took for a person is an
// organization where the document shows it is one.
func TestOrgEvidence(t *testing.T) {
	for _, text := range []string{
		"Zentrix grew. “We grew,” said Dara Quill, GM at Zentrix.",
		"Zentrix grew. Zentrix Labs Inc. makes robots.",
		"Zentrix grew. Zentrix (NASDAQ: ZTX) makes robots.",
		// a company's name with its legal form, where a headline gave the
		// name without it as a person's
		"Zentrix grew.\n\nHalvern and Zentrix Pharmaceutical Enter License Agreement\n\nZentrix Pharmaceutical Co., Ltd. makes drugs. Zentrix will pay.",
	} {
		a, _ := analyze(t, text)
		if e := a.EntityAt(0); assert.NotNil(t, e, text) {
			assert.Equal(t, entities.Organization, e.Kind, text)
		}
	}
	// A name the document gives as part of a person's is left alone.
	text := "Zentrix grew. Ann Zentrix said so. “We grew,” said Dara Quill, GM at Zentrix."
	a, _ := analyze(t, text)
	if e := a.EntityAt(0); assert.NotNil(t, e) {
		assert.Equal(t, entities.Person, e.Kind)
	}
}

// TestParenthesisItems: the items of a parenthesis after a name are read
// between commas, not word by word.
func TestParenthesisItems(t *testing.T) {
	_, tr := analyze(t, "“We will act,” said State Senator Dara Quill (17th District – Springfield).")
	p := person(t, tr, "Dara Quill")
	assert.Equal(t, []string{"17th District – Springfield"}, affiliationNames(p))
}

// TestEmptyAppositive: a sentence ending in a comma after a person's title
// leaves an empty segment, which is no organization (found by
// quotes.FuzzExtract: "A0,AAA," indexed past the last token).
func TestEmptyAppositive(t *testing.T) {
	for _, text := range []string{"A0,AAA,", "Dara Quill, CEO,", "Dara Quill, CEO, the"} {
		assert.NotPanics(t, func() { analyze(t, text) }, text)
	}
}

// TestDescriptorHeadOrg: a body's head alone before a post names the body
// the text names with that head, unless that body is another kind.
func TestDescriptorHeadOrg(t *testing.T) {
	for _, tt := range []struct{ text, phrase, org string }{
		{"The University of Kelvale raised rents. A University spokesperson said rents were fair.", "A University spokesperson", "University of Kelvale"},
		{"Crews voted to strike. A Harbourline Ferries spokesperson said the offer was fair.", "A Harbourline Ferries spokesperson", "Harbourline Ferries"},                    // two capitalized words before the post name a body
		{"The University of Kelvale Students' Union wants lower rents. A University spokesperson said rents were fair.", "A University spokesperson", "University of Kelvale"}, // the university its union's name starts with
		{"The Kelvale Heritage Trust Museum opened. A Museum spokesperson said it was busy.", "A Museum spokesperson", "Kelvale Heritage Trust Museum"},
		{"Zentrix Water today published its plan.\n\nA Zentrix spokesperson said the company would meet groups.\n\nAbout Zentrix Water\n\nZentrix Water supplies water.", "A Zentrix spokesperson", "Zentrix Water"},                       // the issuer's first word, though the recognizer took "Zentrix Water" for a person
		{"Orrin Coachworks won an order from Greater Kelvo Transport, the regional transport authority, today. A spokesperson for the Authority said the tender was open.", "A spokesperson for the Authority", "Greater Kelvo Transport"}, // a body the text described as one
		{"Nurses voted to strike. In a statement, a spokesperson for Ontario's Ministry of Health said the province had invested $12 million.", "a spokesperson for Ontario's Ministry of Health", "Ministry of Health"},                   // the body a place's possessive opens, not the place
		{"The Committee met. Speaking on behalf of the Kelvo Union, its representative said the bloc would support the work.", "its representative", "Kelvo Union"},                                                                        // the representative of the body the opener names
		{"KELVALE DEPARTMENT OF JUSTICE\n\nThe Attorney General settled with Zentrix Lending LLC, an online lender. Zentrix did not admit wrongdoing. A spokesperson for the company said it had cooperated.", "A spokesperson for the company", "Zentrix Lending LLC"},
	} {
		a, tr := analyze(t, tt.text)
		f, e := tokens(a, tt.text, tt.phrase)
		res := tr.Resolve(f, e)
		require.NotNil(t, res.Speaker, tt.text)
		assert.Equal(t, tt.org, res.Speaker.Organization.Name, tt.text)
	}
}

// TestReleaseLabelNoIssuer: a label that names the kind of text over the
// release ("NEWS RELEASE") is no letterhead of its issuer.
func TestReleaseLabelNoIssuer(t *testing.T) {
	for _, text := range []string{
		"NEWS RELEASE\nKelvale Water\n\nKelvale Water today published its plan. “We listened,” said Chief Executive Dara Quill.",
		"MEDIA ADVISORY\n\nThe plan was published today. “We listened,” said Chief Executive Dara Quill.",
	} {
		_, tr := analyze(t, text)
		assert.NotContains(t, []string{"News Release", "Media Advisory"}, tr.Issuer().Name, text)
	}
}

// TestDescriptionThroughAName: a description's name runs to its second
// complement, but a preposition inside a body's name or a capitalized
// title's field is none; the body is that title's.
func TestDescriptionThroughAName(t *testing.T) {
	for _, tt := range []struct{ text, phrase, name, org string }{
		{"A spokesperson for the Department of Health said the plan was sound.", "A spokesperson for the Department of Health", "spokesperson for the Department of Health", "Department of Health"},
		{"A spokesperson for the Minister for Higher Education said the review was welcome.", "A spokesperson for the Minister for Higher Education", "spokesperson for the Minister for Higher Education", "Minister for Higher Education"},
		{"Speakers at the meeting in Vienna said the plan was sound.", "Speakers at the meeting in Vienna", "Speakers at the meeting", ""},
		{"The coalition wrote to the Rivertown City Council. A council spokesperson said the city would respond.\n\nAbout the Clean Air Coalition\n\nThe Clean Air Coalition campaigns.", "A council spokesperson", "council spokesperson", "Rivertown City Council"},
		{"Families sell their herds, the Kelvo Agency for Drylands said today. The agency's Spokesperson at headquarters said that only 9 per cent was funded.", "The agency's Spokesperson", "agency's Spokesperson", "Kelvo Agency for Drylands"},
	} {
		a, tr := analyze(t, tt.text)
		f, e := tokens(a, tt.text, tt.phrase)
		res := tr.Resolve(f, e)
		require.NotNil(t, res.Speaker, tt.text)
		assert.Equal(t, tt.name, res.Speaker.Name, tt.text)
		assert.Equal(t, tt.org, res.Speaker.Organization.Name, tt.text)
	}
}

// TestLetterheadLine: a first line with a release's label and a date is
// no letterhead ("NEWS RELEASE 7-JUL-2025"); one in capitals with a
// plural's apostrophe is ("… TRANSIT WORKERS' UNION").
func TestLetterheadLine(t *testing.T) {
	text := "NEWS RELEASE 7-JUL-2025\n\nBees work late\n\nPeer-Reviewed Publication\nKELVALE STATE UNIVERSITY\n\nRIVERTOWN – Bees near lights forage longer, Kelvale State University researchers found. “We were surprised,” said Dara Quill, associate professor of biology."
	_, tr := analyze(t, text)
	assert.Equal(t, "Kelvale State University", tr.Issuer().Name)
	text = "KELVALE BUS AND TRANSIT WORKERS' UNION\nMedia Statement\n\nRIVERTOWN – Assaults on drivers have doubled. “Nobody is safe,” said Dara Quill, National President."
	_, tr = analyze(t, text)
	assert.Equal(t, "Kelvale Bus and Transit Workers' Union", tr.Issuer().Name)
}

// TestSiteMenuNamesNoIssuer: a site's menu set off by bars ("Home |
// About Assembly | Members") names no issuer; the body named alone on
// a line above it, and again in the text, does, and a member with a title
// alone speaks for it.
func TestSiteMenuNamesNoIssuer(t *testing.T) {
	text := "Skip to content\nAssembly of Kelvo\nHome | About Assembly | Members of Assembly | Committees | Contact\n\nAssembly passes water bill\n\nThe Assembly of Kelvo passed the Water Bill on Tuesday. Contributing to the debate, the Leader of the Opposition, Hon. Dara Quill, said his side supported the Bill."
	_, tr := analyze(t, text)
	assert.Equal(t, "Assembly of Kelvo", tr.Issuer().Name)
	assert.Equal(t, "Assembly of Kelvo", person(t, tr, "Dara Quill").Organization.Name)
}

// TestLetterheadUnderRule: a rule drawn over a local government's
// letterhead in capitals, its department on the next line: the issuer is
// the department named with its government; a body's name in title case
// that opens the text keeps its first word ("National").
func TestLetterheadUnderRule(t *testing.T) {
	text := "==========================\nCITY OF RIVERTOWN\nPOLICE DEPARTMENT\nOffice of the Chief of Police\n==========================\n\nRivertown police arrested three men. “The tool was a signature,” said Detective Lieutenant Dara Quill."
	_, tr := analyze(t, text)
	assert.Equal(t, "City of Rivertown Police Department", tr.Issuer().Name)
	text = "National Bureau of Statistics and Census\nStatistical release | Labour Force Survey, Q3 2026\n\nUnemployment fell, the National Bureau of Statistics and Census (NBSC) reported today. National Statistician Dara Quill said the market had tightened."
	_, tr = analyze(t, text)
	assert.Equal(t, "National Bureau of Statistics and Census", tr.Issuer().Name)
}

// TestLabelledNameSkipsReleaseLines: under a release's label, the lines
// that say when or how it is released are no issuer; the body's name
// under them is.
func TestLabelledNameSkipsReleaseLines(t *testing.T) {
	text := "NEWS RELEASE\n\nFor Immediate Release\n2025ROAD0087-000614\nApril 24, 2025\n\nMinistry of Rural Roads\n\nThe plan was published today. “We listened,” said Chief Engineer Dara Quill."
	_, tr := analyze(t, text)
	assert.Equal(t, "Ministry of Rural Roads", tr.Issuer().Name)
}

// TestStyleBeforeAPostOpeningTheSentence: a style before the post that
// opens the sentence ("Hon’ble", "Hon'ble") keeps the post set off before
// the name, the style a title of its own; an engineer's "Er." is a style before a name.
func TestStyleBeforeAPostOpeningTheSentence(t *testing.T) {
	for _, text := range []string{
		"Hon’ble Minister of Energy, Government of Kelvo, Shri Dara Quill, who opened the park, said the State kept its promise.",
		"Hon'ble Minister of Energy, Government of Kelvo, Shri Dara Quill, who opened the park, said the State kept its promise.",
	} {
		_, tr := analyze(t, text)
		p := person(t, tr, "Dara Quill")
		assert.Equal(t, []string{text[:strings.Index(text, " ")], "Minister of Energy", "Government of Kelvo"}, p.Titles, text) // the style, a title of its own
		assert.Equal(t, "Government of Kelvo", p.Organization.Name, text)
	}
	_, tr := analyze(t, "“We have learnt,” said Managing Director Er. Dara Quill.")
	assert.Equal(t, "Er.", person(t, tr, "Dara Quill").Honorific)
}

// TestLabelThenNameOnOneLine: a release's label, a dash and the body's
// name on the first line name the issuer.
func TestLabelThenNameOnOneLine(t *testing.T) {
	_, tr := analyze(t, "NEWS RELEASE – Kelvale University\nPublished: 30 September 2025\n\nHerring grow slowly near plastics, study shows.")
	assert.Equal(t, "Kelvale University", tr.Issuer().Name)
	_, tr = analyze(t, "NEWS RELEASE – Dara Quill\n\nHerring grow slowly near plastics, study shows.")
	assert.NotEqual(t, "Dara Quill", tr.Issuer().Name, "a person's name is no issuer")
}

// TestHeaderLineTitlesAfterLetters: a header's line of titles under "Hon.
// Jane Roe MLA" gives her each title the semicolons set off.
func TestHeaderLineTitlesAfterLetters(t *testing.T) {
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	header := "Media Statements\n\nHon. Dara Quill MLA\nPremier; Minister for State Development, Jobs and Trade\n\nThursday, 15 May 2025\n\n"
	text := header + "The hospital reached lock-up today. Premier Dara Quill said the project showed the Government's commitment."
	h := r.Analyze(text, entities.Span{Start: 0, End: len(header)})
	a := r.Analyze(text, entities.Span{Start: len(header), End: len(text)})
	p := person(t, speakers.NewTracker(a, speakers.WithHeader(h)), "Dara Quill")
	assert.Contains(t, p.Titles, "Minister for State Development, Jobs and Trade")
	assert.Contains(t, p.Titles, "Premier")
	// a portfolio's second field after a semicolon stays in the title
	header = "Hon. Ann Lee MLA\nMinister for Health; Mental Health\n\n"
	text = header + "The ward opened today. Health Minister Ann Lee said demand had grown."
	h = r.Analyze(text, entities.Span{Start: 0, End: len(header)})
	a = r.Analyze(text, entities.Span{Start: len(header), End: len(text)})
	p = person(t, speakers.NewTracker(a, speakers.WithHeader(h)), "Ann Lee")
	assert.Contains(t, p.Titles, "Minister for Health; Mental Health")
}

// TestPortfoliosSetOffBySemicolons: portfolios that semicolons set off,
// each with its own "and", are one title before the name set off after
// them, and the last portfolio's words are no person.
func TestPortfoliosSetOffBySemicolons(t *testing.T) {
	text := "Kelvo's Minister for Ports and Harbours; Energy; Industry and Trade, the Hon. Dara Quill MLA, welcomed the plan."
	a, tr := analyze(t, text)
	p := person(t, tr, "Dara Quill")
	assert.Contains(t, p.Titles, "Minister for Ports and Harbours; Energy; Industry and Trade")
	for _, e := range a.Entities {
		assert.NotEqual(t, "Trade", e.Text, "a portfolio's word is no entity")
	}
}

// TestDatelineSubjectBeforeItsShortName: the body that opens a dateline's
// sentence is the issuer past its ticker and the short name it goes by in
// parentheses; a name that goes on after its acronym ("… (KRO) of Lanark")
// is no subject.
func TestDatelineSubjectBeforeItsShortName(t *testing.T) {
	text := "PERTH, Western Australia - Kelvo Lithium Refining Ltd (\"Kelvo Lithium\" or \"the Company\") is pleased to advise that it has executed an offtake agreement.\n\n\"We can now move to credit approvals,\" said the CFO."
	a, tr := analyze(t, text)
	assert.Equal(t, "Kelvo Lithium Refining Ltd", tr.Issuer().Name)
	assert.Equal(t, "Kelvo Lithium Refining Ltd", resolved(t, a, tr, text, "the CFO").Organization.Name)
	text = "LANARK — The Kelvo Roads Office (KRO) of Lanark Province has closed two quarries."
	_, tr = analyze(t, text)
	assert.NotEqual(t, "Kelvo Roads Office", tr.Issuer().Name)
}

// TestHeadOfTheMission: "The Mission, headed by <titles> <name>" gives the
// name the issuer's body, and "the Head of Mission" later stands for her.
func TestHeadOfTheMission(t *testing.T) {
	text := "The Mission, headed by former Foreign Minister of Ecuador Dara Quill, visited 812 polling stations.\n\nThe Head of Mission stated that election day had been calm. “Citizens waited patiently,” Quill said.\n\nAbout the Kelvale Council of States\n\nThe Council has 12 members."
	a, tr := analyze(t, text)
	p := person(t, tr, "Dara Quill")
	assert.Equal(t, "Kelvale Council of States", p.Organization.Name)
	sp := resolved(t, a, tr, text, "The Head of Mission")
	assert.Equal(t, "Dara Quill", sp.Name)
	assert.Contains(t, sp.Titles, "Head of Mission")
}

// TestStateLetterhead: a state's letterhead in capitals ("REPUBLIC OF
// KELVANIA") over a motto and a ministry's name: the ministry issues it.
func TestStateLetterhead(t *testing.T) {
	text := "REPUBLIC OF KELVANIA\nOne People – One Goal – One Faith\n\nMINISTRY OF HEALTH AND SOCIAL ACTION\nDirectorate of Communication\n\nThe Director of Prevention, Dr. Dara Quill, said that a second dose would follow."
	_, tr := analyze(t, text)
	assert.Equal(t, "Ministry of Health and Social Action", tr.Issuer().Name)
	assert.Equal(t, "Ministry of Health and Social Action", person(t, tr, "Dara Quill").Organization.Name)
}

// TestStateLineInTitleCase: the state's line may be in title case over a
// body's line in capitals ("Republic of Kelvania" / "PROVINCIAL
// GOVERNMENT OF KELVO"); the body issues it, not the department its
// governor stands with.
func TestStateLineInTitleCase(t *testing.T) {
	text := "Republic of Kelvania\nPROVINCIAL GOVERNMENT OF KELVO\nProvincial Information Office\n\nPRESS RELEASE\n\n" +
		"KELVO CITY — Governor Dara Quill, together with Department of Agriculture Regional Director Dr. Ann Lee, today announced that seed will be given.\n\n" +
		"The Department of Agriculture will deliver the seed. Governor Quill said, “Every farmer will have seed.”"
	_, tr := analyze(t, text)
	assert.Equal(t, "Provincial Government of Kelvo", tr.Issuer().Name)
	assert.Equal(t, "Provincial Government of Kelvo", person(t, tr, "Dara Quill").Organization.Name)
}

// TestTheAgencySaid: "the agency said" in an agency's release is the
// issuer, as "the company said" is a company's.
func TestTheAgencySaid(t *testing.T) {
	text := "Kelvale Food Relief warned that funding remains short. Only half has been received, the agency said.\n\nAbout Kelvale Food Relief\n\nKelvale Food Relief feeds people."
	a, tr := analyze(t, text)
	sp := resolved(t, a, tr, text, "the agency")
	assert.Equal(t, "Kelvale Food Relief", sp.Name)
}

// TestNewsMasthead: a letterhead "TPWU NEWS" is the masthead of the body
// the text names so: the issuer is that body, named in full.
func TestNewsMasthead(t *testing.T) {
	text := "KPWU NEWS\n\nMembers of the Kelvo Port Workers' Union (KPWU) voted to strike, the union announced today. Regional organiser Dara Quill said rostering mattered."
	_, tr := analyze(t, text)
	assert.Equal(t, "Kelvo Port Workers' Union", tr.Issuer().Name)
}

// TestWithHeaderFuncIsLazy: the header is analyzed only when it can
// matter: the text shows no issuer, or names a person the header names.
func TestWithHeaderFuncIsLazy(t *testing.T) {
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	for _, tt := range []struct {
		name, header, body string
		called             bool
	}{
		{"the body has an issuer and names no one of the header", "Home\nNews\nAbout us\n\n",
			"Zentrix Robotics today announced results. “We grew,” said Dara Quill, CFO.\n\nAbout Zentrix Robotics\n\nZentrix Robotics makes robots.", false},
		{"the body has no issuer", "Kelvale.example\n\nMinistry of Rural Roads\n\n",
			"The plan was presented today. “Every road counts,” said Chief Engineer Dara Quill.", true},
		{"the header names a person of the body", "Hon Dara Quill\nMinister of Health\n\n",
			"Zentrix Robotics today announced results. “We grew,” said Dara Quill.\n\nAbout Zentrix Robotics\n\nZentrix Robotics makes robots.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.header + tt.body
			a := r.Analyze(text, entities.Span{Start: len(tt.header), End: len(text)})
			span := entities.Span{Start: 0, End: len(tt.header)}
			called := false
			lazy := speakers.NewTracker(a, speakers.WithHeaderFunc(span, func() *entities.Analysis {
				called = true
				return r.Analyze(text, span)
			}))
			assert.Equal(t, tt.called, called)
			eager := speakers.NewTracker(a, speakers.WithHeader(r.Analyze(text, span)))
			assert.Equal(t, eager.Issuer(), lazy.Issuer())
			assert.Equal(t, person(t, eager, "Dara Quill").Titles, person(t, lazy, "Dara Quill").Titles)
		})
	}
}

func TestTradeNamedCompanies(t *testing.T) {
	// The issuer after the dateline's dash before "today" and any verb; its
	// short name; a qualifier before "at" and the body a title serves.
	text := "HALDEN, Norway, March 3, 2026 /PRNewswire/ -- Fjordlys Energy today opened its plant.\n\n" +
		"“We are proud,” said Ola Dahl, Fjordlys chief executive.\n\n" +
		"Kari Berg, Senior Vice President, Procurement at Orrin Foods, said: “We will buy the power.”"
	_, tr := analyze(t, text)
	assert.Equal(t, "Fjordlys Energy", tr.Issuer().Name)
	assert.Equal(t, "Fjordlys Energy", person(t, tr, "Ola Dahl").Organization.Name)
	berg := person(t, tr, "Kari Berg")
	assert.Equal(t, "Orrin Foods", berg.Organization.Name)
	assert.Equal(t, []string{"Senior Vice President, Procurement at Orrin Foods"}, berg.Titles)
}

func TestItsPostAndWhosePost(t *testing.T) {
	// A sentence's first "Its" stands for the body that opened the
	// sentence before; "whose" hangs on the body before an appositive.
	text := "Fjordlys Energy opened its plant.\n\n" +
		"The Ostby Fishers' Cooperative signed an agreement with Fjordlys Energy. Its chairman, Tor Hovland, said the deal was fair.\n\n" +
		"Also present was the Coastal Birds Network, a volunteer group, whose coordinator, Ingrid Lund, said that counts would start in April."
	_, tr := analyze(t, text)
	assert.Equal(t, "Ostby Fishers' Cooperative", person(t, tr, "Tor Hovland").Organization.Name)
	assert.Equal(t, "Coastal Birds Network", person(t, tr, "Ingrid Lund").Organization.Name)
}

func TestPostInCapitalsTakesIssuer(t *testing.T) {
	// "the Emergency Relief Coordinator": a post in capitals, though its
	// words are not titles, is the issuer's, as "a spokesperson" is.
	text := "GENEVA, 14 January 2027 – The Kelvale Relief Agency today launched an appeal.\n\n“We cannot wait,” said the Emergency Relief Coordinator."
	a, tr := analyze(t, text)
	sp := resolved(t, a, tr, text, "Emergency Relief Coordinator")
	assert.Equal(t, "Kelvale Relief Agency", sp.Organization.Name)
}

func TestCoalitionRelease(t *testing.T) {
	// "About X" in common words the text names again; a sentence that
	// opens "At" a workplace or "For" a body.
	text := "Safe Care Now calls for staffing\n\nSafe Care Now, a coalition of unions, today called for ratios.\n\n" +
		"At the Cape Ann Whaling Museum, curator Jenna Brooks said the roof leaks.\n\n" +
		"At the Ferris Street Gallery in Detroit, curator Alan Whitfield said the grant would fund a catalogue.\n\n" +
		"For Patients' Voice, chief executive Tom Hale said patients wait.\n\n" +
		"Ann Lee, a nurse, said she was tired.\n\n" +
		"About Safe Care Now\nSafe Care Now is a coalition of four organisations."
	_, tr := analyze(t, text)
	assert.Equal(t, "Safe Care Now", tr.Issuer().Name)
	assert.Equal(t, "Cape Ann Whaling Museum", person(t, tr, "Jenna Brooks").Organization.Name)
	assert.Equal(t, "Ferris Street Gallery", person(t, tr, "Alan Whitfield").Organization.Name) // (and its town)
	assert.Equal(t, "Patients' Voice", person(t, tr, "Tom Hale").Organization.Name)
}

func TestAboutHeadingWithInnerPreposition(t *testing.T) {
	// A body's name with a lower-case preposition inside, named again in
	// the text: the heading gives it whole.
	text := "Kelvo says arrests rose\n\nAt least 40 reporters were held this year, Medics at Risk Kelvo said.\n\n" +
		"“Cells are cheaper than courts,” said Executive Director Dara Quill.\n\n" +
		"About Medics at Risk Kelvo\nMedics at Risk Kelvo is an independent charity."
	_, tr := analyze(t, text)
	assert.Equal(t, "Medics at Risk Kelvo", tr.Issuer().Name)
	assert.Equal(t, "Medics at Risk Kelvo", person(t, tr, "Dara Quill").Organization.Name)
}

func TestAboutHeadingOfAProgrammeIsNoIssuer(t *testing.T) {
	// "About Living Canals" describes a programme the city runs: no body,
	// so the mayor speaks for no programme.
	text := "KELVO CITY HALL – PRESS OFFICE\n\nKelvo, 7 April 2025 – The Mayor of Kelvo, Dara Quill, signed the orders for the Living Canals programme.\n\n" +
		"“No family should sleep on the wardrobe,” said Mayor Quill.\n\n" +
		"About Living Canals\nLiving Canals is the largest urban drainage programme in the history of Kelvo."
	_, tr := analyze(t, text)
	assert.NotEqual(t, "Living Canals", tr.Issuer().Name)
	assert.NotEqual(t, "Living Canals", person(t, tr, "Dara Quill").Organization.Name)
}

func TestPlaceIsNoShortNameOfItsCouncil(t *testing.T) {
	// "Akim of Kelvo": the city is no short name of the city's council,
	// the Maslikhat, that the text names later.
	text := "Akimat of Kelvo City\nPress Service\n\nKelvo, 21 January 2025\n\nAkim of Kelvo: \"No house will burn coal\"\n\n" +
		"The Akimat of Kelvo City approved a programme. It was presented at a meeting chaired by the Akim of Kelvo, Dara Quill.\n\n" +
		"\"No house will burn coal,\" Akim Quill said.\n\nDeputy of the Kelvo City Maslikhat John Doe said residents agreed."
	_, tr := analyze(t, text)
	assert.NotEqual(t, "Kelvo City Maslikhat", person(t, tr, "Dara Quill").Organization.Name)
	assert.Equal(t, "Kelvo City Maslikhat", person(t, tr, "John Doe").Organization.Name)
}

func TestAgentOfAState(t *testing.T) {
	// A state's agent before a tribunal speaks for the state.
	text := "The Agent of Ruritania, Ann Lee, told the Tribunal that her Government had acted lawfully."
	_, tr := analyze(t, text)
	p := person(t, tr, "Ann Lee")
	assert.Equal(t, "Ruritania", p.Organization.Name)
	assert.Equal(t, []string{"Agent of Ruritania"}, p.Titles)
}

func TestTitleOfStyleBeforeSetOffName(t *testing.T) {
	// "said the President of the Tribunal, Judge Maria Silva": a title of
	// style before the name set off after the description; the title
	// drops the article that opens it.
	text := "The Kelvale Tribunal ruled today.\n\n“We acted,” said the President of the Tribunal, Judge Maria Silva."
	a, tr := analyze(t, text)
	sp := resolved(t, a, tr, text, "the President of the Tribunal, Judge Maria Silva")
	assert.Equal(t, "Maria Silva", sp.Name)
	assert.Contains(t, sp.Titles, "President of the Tribunal")
}

func TestShortNamesAndTheAgency(t *testing.T) {
	// A body's first word alone names the one body the text names that
	// starts with it; "the agency's" post in a retailer's release is the
	// agency's named before, not the issuer's.
	text := "LONDON, 2 April 2027 – Marlow Food Stores Ltd today recalled two products.\n\n" +
		"The Food Standards Agency said that no illnesses had been reported. Dr. Karen Mills, the agency's head of incidents, added that the risk was low.\n\n" +
		"The supplier, Greenvale Produce, traced the fruit. Greenvale's managing director, Ian Ross, said: “We have stopped all shipments.”"
	_, tr := analyze(t, text)
	assert.Equal(t, "Food Standards Agency", person(t, tr, "Karen Mills").Organization.Name)
	assert.Equal(t, "Greenvale Produce", person(t, tr, "Ian Ross").Organization.Name)
}

func TestMinisterInAnAgencysRelease(t *testing.T) {
	// A minister quoted in an agency's release speaks for the country the
	// agency's name ends with when the text names no government.
	text := "NATIONAL PARKS SERVICE OF KELVANIA\n\nMEDIA RELEASE\n\nBeavers were released this week.\n\n" +
		"The Minister for Conservation, Aroha Ngata, said the release was part of a ten-year plan."
	_, tr := analyze(t, text)
	require.Equal(t, "National Parks Service of Kelvania", tr.Issuer().Name)
	assert.Equal(t, "Kelvania", person(t, tr, "Aroha Ngata").Organization.Name)
}

func TestSchoolOfAFieldAndSecretariatRanks(t *testing.T) {
	// A university's "School of Biological Sciences" is a unit like a
	// department: a professor who heads it speaks for the university.
	text := "University of Hollins Bay\nNews\n\nA study led by the University of Hollins Bay has found that birds sing higher.\n\n" +
		"Professor Mark Elliot, head of the School of Biological Sciences, says the effect was strongest near motorways."
	_, tr := analyze(t, text)
	assert.Equal(t, "University of Hollins Bay", person(t, tr, "Mark Elliot").Organization.Name)

	// In a Council's coverage, the Secretariat's ranks speak for the
	// United Nations, not for the Council.
	text = "Security Council\n\nThe Security Council today heard two briefers. The Security Council then debated access.\n\n" +
		"JOYCE MSUYA, Assistant Secretary-General for Humanitarian Affairs, said that 4 million people faced hunger."
	_, tr = analyze(t, text)
	assert.Equal(t, "United Nations", person(t, tr, "Joyce Msuya").Organization.Name)
}

func TestAnotherKindOfBodysSpokesperson(t *testing.T) {
	// "An agency spokesperson" in an airline's release is no post of the
	// airline; "a company spokesperson" is.
	text := "OSLO, May 4, 2027 /PRNewswire/ -- Kelvo Airways today announced a codeshare with Nordsk Air.\n\n" +
		"An agency spokesperson said approval took six weeks.\n\nA company spokesperson said it was proud."
	a, tr := analyze(t, text)
	sp := resolved(t, a, tr, text, "An agency spokesperson")
	assert.Equal(t, "", sp.Organization.Name)
	sp = resolved(t, a, tr, text, "A company spokesperson")
	assert.Equal(t, "Kelvo Airways", sp.Organization.Name)
}

func TestBarePostInAnotherBodysParagraph(t *testing.T) {
	// A post with no body, in a paragraph that opens with a body other
	// than the issuer as its subject, is that body's.
	text := "BRIDGEPORT, Conn. – The Hartwell Foundation today announced grants to twelve museums.\n\n" +
		"The Millbrook Whaling Museum will digitize 4,000 logbook pages. “Every logbook is a diary,” said executive director Samuel Oduya.\n\n" +
		"“Small museums hold the memory of small towns,” said president Laura Chen."
	_, tr := analyze(t, text)
	assert.Equal(t, "Millbrook Whaling Museum", person(t, tr, "Samuel Oduya").Organization.Name)
	assert.Equal(t, "Hartwell Foundation", person(t, tr, "Laura Chen").Organization.Name)
}

func TestStateLetterheadOverAnOffice(t *testing.T) {
	// "STATE OF CALDER" over "OFFICE OF THE ATTORNEY GENERAL": the office
	// under the state's line issues the release.
	text := "STATE OF CALDER\nOFFICE OF THE ATTORNEY GENERAL\n\nFOR IMMEDIATE RELEASE\n\nMERIDIAN — Attorney General Daniela Ruiz today announced a settlement.\n\n“It ends now,” said Attorney General Ruiz."
	_, tr := analyze(t, text)
	assert.Equal(t, "Office of the Attorney General", tr.Issuer().Name)
}

func TestTheCapitalizedHeadsPost(t *testing.T) {
	// "The Nation's lands director, Marcus Ottertail": a capitalized head
	// with "The" and a possessive is the body of that head named before.
	text := "DENVER -- Halvorsen Mining Corp. today signed an agreement with the Kestrel Lake First Nation.\n\n" +
		"The Nation's lands and resources director, Marcus Ottertail, described the provisions as “the strongest we have seen.”"
	_, tr := analyze(t, text)
	assert.Equal(t, "Kestrel Lake First Nation", person(t, tr, "Marcus Ottertail").Organization.Name)
}

func TestSpeakingForACountry(t *testing.T) {
	// "Speaking for Viet Nam, Deputy Minister …": the country a delegate
	// speaks for, even in a commission's release whose "for" would
	// otherwise mark a post's territory.
	text := "PHNOM PENH – The Council of Ministers of the Saraya River Commission today adopted a communiqué.\n\n" +
		"Speaking for Viet Nam, Deputy Minister Nguyen Thi Hoa stated that saline intrusion had reached record levels."
	_, tr := analyze(t, text)
	assert.Equal(t, "Viet Nam", person(t, tr, "Nguyen Thi Hoa").Organization.Name)
}

// TestSignatureBodyNotAListItem: a last segment that an "and" shows to be
// the rest of a list after a title is no body of the speaker's.
func TestSignatureBodyNotAListItem(t *testing.T) {
	_, tr := analyze(t, "“We will sail daily,” said Dara Quill, surgery professor in the Division of Minimally Invasive, Foregut and Bariatric Surgery.\n\nAbout Kelvo Health\n\nKelvo Health runs clinics.")
	assert.Equal(t, "Kelvo Health", person(t, tr, "Dara Quill").Organization.Name)
}

// TestIssuerByItsHeadOrGroup: "the council said" in a council's release
// that names the council only above the text, "the environmental group
// said" in a group's release, "the Ministry said" in a ministry's and
// "the Department said" in a department named by its field and its
// country, speak for the issuer.
func TestIssuerByItsHeadOrGroup(t *testing.T) {
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	for _, tt := range []struct{ source, text, phrase string }{
		{"Kelvo Borough Council", "The scheme was approved. Works will begin in April, the council said.", "the council"},
		{"Kelvo Shore Watch", "Volunteers found pellets on every beach, the environmental group said.", "the environmental group"},
		{"Ministry of Rural Water and Irrigation", "The dams were rebuilt. The Ministry said a further 35 dams would follow.", "The Ministry"},
		{"Fisheries and Oceans Canada", "Harbours will be rebuilt. The Department said contracts would be tendered in January.", "The Department"},
	} {
		a := r.Analyze(tt.text, entities.Span{Start: 0, End: len(tt.text)})
		sp := resolved(t, a, speakers.NewTracker(a, speakers.WithSource(tt.source)), tt.text, tt.phrase)
		assert.Equal(t, tt.source, sp.Name, tt.phrase)
	}
}

// TestAuthorityNamedHeadFirst: "the Region", "the City" stand for the
// authority the text names head first; "the Bureau" for the one body the
// text names with that head before "of".
func TestAuthorityNamedHeadFirst(t *testing.T) {
	for _, tt := range []struct{ text, phrase, want string }{
		{"Region Kelvmark approved the base. The Region said the costs were covered.", "The Region", "Region Kelvmark"},
		{"Region Kelvmark approved the base. The Region said the costs were covered.", "Region", "Region Kelvmark"},
		{"The City of Kelvo approved the park. The City said work would begin in May.", "The City", "City of Kelvo"},
		{"The Kelvo Bureau of Health Statistics released the survey in the health department's offices. The Bureau said the data would be published.", "The Bureau", "Kelvo Bureau of Health Statistics"},
		{"The Kelvo Independent Electoral Commission (KIEC) opened the register. The Commission said no record would be deleted.", "The Commission", "Kelvo Independent Electoral Commission"},
	} {
		a, tr := analyze(t, tt.text)
		assert.Equal(t, tt.want, resolved(t, a, tr, tt.text, tt.phrase).Name, tt.text)
	}
}

// TestHeadlineEndingInAQuotation: a headline's title resolves to the one
// person whose titles name its body when the headline ends in a
// quotation, among two people with the title.
func TestHeadlineEndingInAQuotation(t *testing.T) {
	text := "KELVO UNION\nKelvo Commission\nCommunication Directorate\n\nPRESS RELEASE N°: 214/2025\n\nMinisters adopt roadmap as Commission President calls for “a border that works”\n\nOpening the session, the President of the Kelvo Commission, Dr. Dara Quill, said paper costs traders dearly. Bob Roe, President of the Kelvo Traders’ Association, agreed."
	a, tr := analyze(t, text)
	assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, "Commission President").Name)
}

// TestSpokespersonForABodyInCommonWords: "a spokesperson for the
// regulator" in a company's release speaks for the regulator, not the
// issuer; "for the federation" in a federation's release for the issuer.
func TestSpokespersonForABodyInCommonWords(t *testing.T) {
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	for _, tt := range []struct{ source, text, phrase, want string }{
		{"Kelvo Water", "Kelvo Water will raise bills. A spokesperson for the regulator said it would scrutinise every plan.", "spokesperson for the regulator", "regulator"},
		{"Kelvo Federation of Nurses", "Nurses will vote. A spokesperson for the federation said emergency cover would be protected.", "spokesperson for the federation", "Kelvo Federation of Nurses"},
	} {
		a := r.Analyze(tt.text, entities.Span{Start: 0, End: len(tt.text)})
		sp := resolved(t, a, speakers.NewTracker(a, speakers.WithSource(tt.source)), tt.text, tt.phrase)
		assert.Equal(t, tt.want, sp.Organization.Name, tt.phrase)
	}
}

// TestHeadlineTitleOfSeveralHolders: a headline's bare title stands for
// the holder the lead under it names first, when several hold it.
func TestHeadlineTitleOfSeveralHolders(t *testing.T) {
	text := "OFFICE OF THE PRIME MINISTER\n\nPRESS RELEASE\n\n“No parish will be left alone” -- Prime Minister announces a fund\n\nThe Prime Minister, the Rt Hon. Dame Dara Quill, today announced the fund. Former Prime Minister Bob Roe welcomed it."
	a, tr := analyze(t, text)
	assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, "Prime Minister").Name)
}

// TestParenBodyIsNoAffiliation: the body in a parenthesis that a person
// speaks for is her organization, not also an affiliation.
func TestParenBodyIsNoAffiliation(t *testing.T) {
	text := "The group met. “We will keep the station open,” said Dara Quill (Friends of Kelby Junction)."
	_, tr := analyze(t, text)
	p := person(t, tr, "Dara Quill")
	assert.Equal(t, "Friends of Kelby Junction", p.Organization.Name)
	assert.Empty(t, p.Affiliations)
}

// TestHeadlineInitialsJoinTitles: a headline's initials ("says CEO") that
// resolve to the person whose title they abbreviate are a title the text
// gives her, as written.
func TestHeadlineInitialsJoinTitles(t *testing.T) {
	text := "Zentrix Robotics launches K2 robot\n\n“Robots will help every farm,” says CEO\n\n" +
		"SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Robotics, Inc. today launched the K2.\n\n" +
		"Dara Quill, Chief Executive Officer of Zentrix Robotics, said: “We built it for farms.”"
	a, tr := analyze(t, text)
	p := resolved(t, a, tr, text, "CEO")
	assert.Equal(t, "Dara Quill", p.Name)
	assert.Contains(t, p.Titles, "CEO")
}

// TestChiefInHeadlineAndLead: "Chief" in a headline and "the head of" a
// body in the lead under it stand for the person the next sentences name
// with the body's top post, whose titles then hold them as written.
func TestChiefInHeadlineAndLead(t *testing.T) {
	text := "Economic and Social Council\n\n‘Debt Must Pause’, Regional Commission Chief Tells Council, as Speakers Urge Clauses\n\n" +
		"Small island States could not rebuild with borrowed money, the head of the Kelvo Economic Commission (KEC) told the Council today.\n\n" +
		"Many delegates called for clauses.\n\n" +
		"Opening the meeting, Dara Quill, Executive Secretary of KEC, said that debt was high."
	a, tr := analyze(t, text)
	for _, ph := range []string{"Regional Commission Chief", "the head of the Kelvo Economic Commission (KEC)"} {
		assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, ph).Name, ph)
	}
	assert.Contains(t, person(t, tr, "Dara Quill").Titles, "Regional Commission Chief")
	// An Under-Secretary-General heads a department: "Relief Chief".
	text = "Security Council\n\n‘Hunger Is a Weapon’, Relief Chief Tells Security Council\n\nSpeakers expressed alarm at the spread of hunger.\n\n" +
		"Briefing the Council, Dara Quill, Under-Secretary-General for Humanitarian Affairs, said that millions face hunger."
	a, tr = analyze(t, text)
	assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, "Relief Chief").Name)
	// A unit's head in common words is no body's top post.
	text = "Kelvale Launches Monitors\n\n“We built it for colour,” says Kelvale's head of display products\n\n" +
		"SEOUL, March 9 -- Kelvale Electronics announced its monitors.\n\nDara Quill, Executive Director of Kelvale Electronics, said sales were up."
	a, tr = analyze(t, text)
	assert.NotEqual(t, "Dara Quill", resolved(t, a, tr, text, "Kelvale's head of display products").Name)
}

// TestOfficialEpithet: "a senior United Nations official" in the lead
// under a headline is the head of a body the next sentences name; "the
// senior … official" after a named head is that head, but not after an
// official the text only described.
func TestOfficialEpithet(t *testing.T) {
	text := "Security Council\n\n‘Cables Are Critical’, Senior Official Tells Security Council\n\n" +
		"Damage to undersea cables is a threat to peace, a senior United Nations official told the Security Council today.\n\n" +
		"Briefing the Council, Dara Quill, Assistant Secretary-General for Europe, said that eleven cables had been damaged."
	a, tr := analyze(t, text)
	assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, "a senior United Nations official").Name)
	text = "Kelvo Commission for the Americas\n\n(Santiago) – The region will grow by 2.1%, the Commission said today.\n\n" +
		"“We are not in a crisis,” the Commission’s Executive Secretary, Dara Quill, said at a press conference.\n\n" +
		"The senior United Nations official stressed that the region had fiscal space."
	a, tr = analyze(t, text)
	assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, "senior United Nations official").Name)
	text = "The workshop ended today.\n\nDara Quill, Country Director of the Kelvo Food Agency, noted that the hub could serve.\n\n" +
		"A senior official of the Secretariat said the plan would go to the Committee. \"The will is there,\" the official said."
	a, tr = analyze(t, text)
	assert.NotEqual(t, "Dara Quill", resolved(t, a, tr, text, "official").Name)
	// An official in a council's meeting coverage is none of the council's.
	text = "SC/16124\n3 June 2025\n\nSecurity Council\n10,027th Meeting (AM)\n\nCables Are at Risk, Speakers Tell Security Council\n\nThe Council met today. Later, an official said the cables had been repaired."
	a, tr = analyze(t, text)
	assert.Equal(t, "", resolved(t, a, tr, text, "an official").Organization.Name)
}

// TestBodyNounBeforePost: "a government spokesperson" in an NGO's release
// speaks for the government, by its noun; "a police spokesman" in a
// police force's release is the issuer's.
func TestBodyNounBeforePost(t *testing.T) {
	for _, tt := range []struct{ text, phrase, want string }{
		{"Kelvo Rights Watch condemned the arrests. A government spokesperson said the detainees were held lawfully.\n\nAbout Kelvo Rights Watch\n\nKelvo Rights Watch defends rights.", "A government spokesperson", "government"},
		{"The road was closed overnight. A police spokesman said it would reopen.\n\nAbout Kelvo Police\n\nKelvo Police serves Kelvo.", "A police spokesman", "Kelvo Police"},
		{"The city opened 400 shelters. A city official said hours would be extended.\n\nAbout Kelvo Metropolitan Government\n\nKelvo Metropolitan Government serves Kelvo.", "A city official", "Kelvo Metropolitan Government"},
	} {
		a, tr := analyze(t, tt.text)
		assert.Equal(t, tt.want, resolved(t, a, tr, tt.text, tt.phrase).Organization.Name, tt.phrase)
	}
}

// TestMinisterInFirmsRelease: a minister quoted in a company's release
// speaks for the ministry of the portfolio, not for the company; in a
// ministry's own release, for the ministry.
func TestMinisterInFirmsRelease(t *testing.T) {
	text := "AMMAN, March 3 -- Kelvo Freight PLC today opened its inland port.\n\n" +
		"The terminal was opened by Minister of Transport Dr. Dara Quill, who said the port would cut delays.\n\n" +
		"About Kelvo Freight PLC\n\nKelvo Freight PLC runs ports."
	_, tr := analyze(t, text)
	assert.Equal(t, "Ministry of Transport", person(t, tr, "Dara Quill").Organization.Name)
	text = "Ministry of Transport\n\nPRESS RELEASE\n\nThe terminal was opened by Minister of Transport Dr. Dara Quill, who said the port would cut delays."
	_, tr = analyze(t, text)
	assert.Equal(t, "Ministry of Transport", person(t, tr, "Dara Quill").Organization.Name)
}

// TestGoverningBoardIsNoBody: the chair of a firm's management board speaks
// for the firm; the board is an affiliation.
func TestGoverningBoardIsNoBody(t *testing.T) {
	text := "ASTANA, May 2 -- Kelvo Logistics JSC today opened a dry port.\n\n" +
		"Chairman of the Management Board Dara Quill said: “The port is open.”\n\n" +
		"About Kelvo Logistics JSC\n\nKelvo Logistics JSC runs ports."
	_, tr := analyze(t, text)
	assert.Equal(t, "Kelvo Logistics JSC", person(t, tr, "Dara Quill").Organization.Name)
}

// TestDescriptorTitleAsWritten: a headline's "Group CEO" for the Group Chief
// Executive Officer gives her that title as written; a body's name before
// the head ("Kelvo CEO") is no part of the title.
func TestDescriptorTitleAsWritten(t *testing.T) {
	text := "Kelvo Telecom Reports Results\n\n“Our fibre pays,” says Group CEO\n\n" +
		"KUWAIT CITY, Oct. 2 -- Kelvo Telecom today reported results.\n\n" +
		"“Our fibre pays,” said Dara Quill, Group Chief Executive Officer of Kelvo Telecom."
	a, tr := analyze(t, text)
	assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, "Group CEO").Name)
	assert.Contains(t, person(t, tr, "Dara Quill").Titles, "Group CEO")
	text = "Kelvo Buys Tessary\n\n“We grow,” says Kelvo CEO\n\n" +
		"BOSTON, Oct. 2 -- Kelvo Software today bought Tessary.\n\n" +
		"“We grow,” said Dara Quill, Kelvo chief executive officer."
	a, tr = analyze(t, text)
	assert.Equal(t, "Dara Quill", resolved(t, a, tr, text, "Kelvo CEO").Name)
	assert.NotContains(t, person(t, tr, "Dara Quill").Titles, "Kelvo CEO")
}

// TestOnBehalfOfInRelativeClause: "who signed … on behalf of X" after a
// name with a bare post gives X, not the issuer.
func TestOnBehalfOfInRelativeClause(t *testing.T) {
	text := "ISTANBUL, May 2 -- Kelvo Rail Systems A.S. today signed a tram contract.\n\n" +
		"Deputy Mayor Dara Quill, who signed the contract on behalf of the Orrin Metropolitan Municipality, said the trams would raise capacity.\n\n" +
		"About Kelvo Rail Systems A.S.\n\nKelvo Rail Systems A.S. builds trams."
	_, tr := analyze(t, text)
	assert.Equal(t, "Orrin Metropolitan Municipality", person(t, tr, "Dara Quill").Organization.Name)
}

// TestLegislatorInCharitysRelease: a state legislator quoted in a food
// bank's release speaks for no part of the food bank.
func TestLegislatorInCharitysRelease(t *testing.T) {
	text := "Kelvo Food Bank Warns of Winter Shortfall\n\nThe Kelvo Food Bank said demand hit a record.\n\n" +
		"State Assemblymember Dara Quill said she would push for an emergency appropriation.\n\n" +
		"About Kelvo Food Bank\n\nKelvo Food Bank feeds families."
	_, tr := analyze(t, text)
	p := person(t, tr, "Dara Quill")
	assert.Contains(t, p.Titles, "State Assemblymember")
	assert.NotEqual(t, "Kelvo Food Bank", p.Organization.Name)
}

// TestMunicipalityIsLocalIssuer: "the municipality said" in a city hall's
// release is the city hall.
func TestMunicipalityIsLocalIssuer(t *testing.T) {
	text := "PRESS RELEASE\n\nKELVOGRAD – Kelvograd City Hall has launched the renewal of the trolleybus network. " +
		"The municipality said that traffic will be diverted only at night.\n\n“It is time,” said Deputy Mayor Dara Quill."
	a, tr := analyze(t, text)
	assert.Equal(t, "Kelvograd City Hall", resolved(t, a, tr, text, "The municipality").Name)
	assert.Equal(t, "Kelvograd City Hall", person(t, tr, "Dara Quill").Organization.Name)
}

// TestListOfTitledNames: "Minister of X Jane Roe, Governor of Kelvo
// Region John Doe and residents" names two people, each with a title; the
// second item is not the first one's title.
func TestListOfTitledNames(t *testing.T) {
	text := "The ceremony was attended by Minister of Territorial Administration Dara Quill, Governor of Kelvo Region Lee Amsel and residents of the district.\n\n" +
		"Minister Quill said the pipe would last. Governor Amsel noted that families had waited."
	_, tr := analyze(t, text)
	assert.Equal(t, []string{"Minister of Territorial Administration", "Minister"}, person(t, tr, "Dara Quill").Titles)
	assert.Contains(t, person(t, tr, "Lee Amsel").Titles, "Governor of Kelvo Region")
}

// TestTitleBeforeNameWithCommaBody: a title before a name whose body's name
// holds commas ("Secretary to the Ministry of Finance, Planning and
// Economic Development Dr. Jane Roe") is one title, and the ministry her body.
func TestTitleBeforeNameWithCommaBody(t *testing.T) {
	text := "Secretary to the Ministry of Finance, Planning and Economic Development Dr. Dara Quill welcomed the loan, saying it would help."
	_, tr := analyze(t, text)
	p := person(t, tr, "Dara Quill")
	assert.Contains(t, p.Titles, "Secretary to the Ministry of Finance, Planning and Economic Development")
	assert.Equal(t, "Ministry of Finance, Planning and Economic Development", p.Organization.Name)
}

func TestAboutHeadingOfOneWordNamedAgain(t *testing.T) {
	// "About Zentrivo" is the issuer's boilerplate where the text names
	// Zentrivo again, before a partner's "About" heading; a study the text
	// names ("the ESCALA study") is no body its investigator speaks for.
	text := "Zentrivo Reports Results and Signs Agreement with Kelvopharm\n\n" +
		"Zentrivo SA, a biotech company, today announced results of its ESCALA study and an agreement with Kelvopharm SAS.\n\n" +
		"“These results matter,” said Dr. Dara Quill, Chief Executive Officer of Zentrivo.\n\n" +
		"The principal investigator of ESCALA, Prof. Omar Nasser, head of the pain centre at the Kelvo University Hospital, presented the data. “It worked fast,” Prof. Nasser said.\n\n" +
		"“We are ready,” said Ann Lee, Chief Medical Officer.\n\n" +
		"About Zentrivo\nZentrivo is a biotech company in Kelvo.\n\n" +
		"About Kelvopharm\nKelvopharm SAS makes medicines."
	_, tr := analyze(t, text)
	assert.Equal(t, "Zentrivo", tr.Issuer().Name)
	assert.Equal(t, "Zentrivo", person(t, tr, "Ann Lee").Organization.Name)
	assert.Equal(t, "Kelvo University Hospital", person(t, tr, "Omar Nasser").Organization.Name)
}

func TestMayorOfThePlaceInItsPoliceRelease(t *testing.T) {
	// "the Mayor of Kelvo" in the Kelvo Police Service's release speaks
	// for the town, not for the police whose name opens with it; in Kelvo
	// City Hall's release, for the issuer.
	for _, tt := range []struct{ source, want string }{
		{"KELVO POLICE SERVICE", "Kelvo"},
		{"KELVO CITY HALL", "Kelvo City Hall"},
	} {
		text := tt.source + "\n\nThe Kelvo Police Service (KPS) arrested six people. Inspector Dara Quill said six people were arrested.\n\n" +
			"The Mayor of Kelvo, Mrs. Ann Lee, described the arrests as “excellent news.”"
		_, tr := analyze(t, text)
		assert.Equal(t, tt.want, person(t, tr, "Ann Lee").Organization.Name, tt.source)
	}
}

func TestAboutHeadingWithALegalFormInLowerCase(t *testing.T) {
	// "About Kelvo Homes plc" heads the issuer's boilerplate though its
	// legal form is in lower case; the partner's heading after it is not
	// the issuer.
	text := "Kelvo Homes opens academy\n\nLEEDS, 22 May 2025 - Kelvo Homes plc (LSE: KHM), a housebuilder, today opened an academy in partnership with Sarna College.\n\n" +
		"Kelvo Homes's Group Finance Director, Dara Quill, said the Group would fund it.\n\n" +
		"About Kelvo Homes plc\nKelvo Homes plc builds homes.\n\nAbout Sarna College\nSarna College is a college."
	_, tr := analyze(t, text)
	assert.Equal(t, "Kelvo Homes plc", tr.Issuer().Name)
}

// TestDatelineBeforeRunningText: a place in mixed case before a dash and
// running text is a dateline, not the owner of the page; the page's
// source is the issuer.
func TestDatelineBeforeRunningText(t *testing.T) {
	text := "Kelvtown – The Kelvo MEC for Health, Dr Jane Quill, today handed over 24 mobile clinics to the district.\n\nHead of Department Dr Ann Quill said the department had appointed 96 nurses."
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p := person(t, speakers.NewTracker(a, speakers.WithSource("Kelvo Department of Health")), "Ann Quill")
	assert.Equal(t, "Kelvo Department of Health", p.Organization.Name)
}

// TestSourceByKnownLetters: a page's source that is a known body's
// letters after its parent's name ("United Nations ESCAP") is that body,
// named in full.
func TestSourceByKnownLetters(t *testing.T) {
	text := "The dialogue opened in Bangkok. “This is a region that is leading,” said Deputy Executive Secretary Kenji Quill."
	r, err := entities.NewRecognizer(entities.WithModel(false))
	require.NoError(t, err)
	a := r.Analyze(text, entities.Span{Start: 0, End: len(text)})
	p := person(t, speakers.NewTracker(a, speakers.WithSource("United Nations ESCAP")), "Kenji Quill")
	assert.Equal(t, "Economic and Social Commission for Asia and the Pacific", p.Organization.Name)
	assert.Equal(t, "ESCAP", p.Organization.Acronym)
}

// TestFromPressOffice: an e-mail's sender that is the body's press office
// ("From: Biuro Prasowe UMWD <prasa@…>") is no issuer.
func TestFromPressOffice(t *testing.T) {
	text := "From: Biuro Prasowe KUMW <prasa@kumw.example.pl>\nSubject: PRESS RELEASE: schools fund\n\nThe fund was approved. Spokesperson Ann Roe said the works start next week."
	_, tr := analyze(t, text)
	assert.NotContains(t, person(t, tr, "Ann Roe").Organization.Name, "Prasowe")
}

// TestListItemTitleAfterName: "signed by Jane Doe and the Minister of
// Finance of Kelvania, Jane Roe": the title after "and the" that follows
// a name is the next item's, the one set off before its holder.
func TestListItemTitleAfterName(t *testing.T) {
	_, tr := analyze(t, "The agreements were signed in Kelvo by KDB President Vesna Quill and the Minister of Finance of the Republic of Kelvania, Andrei Roe. Minister Roe said the loan was good.")
	p := person(t, tr, "Andrei Roe")
	assert.Contains(t, p.Titles, "Minister of Finance of the Republic of Kelvania")
	assert.Contains(t, p.Organization.Name, "Republic of Kelvania")
}

// TestOrganizationsNotMisread: shapes a review found this session's rules
// misreading; the body named in each must not become the speaker's.
func TestOrganizationsNotMisread(t *testing.T) {
	for _, tt := range []struct{ text, person, not string }{
		{"Volunteers from the Kelvo Verde (founded in 1990) association planted trees. Its president, Jane Roe, said: “We will plant more.”", "Jane Roe", "founded in 1990"},
		{"Kelvo Foods today announced record sales.\nSpeaking for the first time since leaving Orrin Motors, Jane Roe said: “We will grow.”", "Jane Roe", "Orrin Motors"},
		{"Kelvo Law LLP filed the suit on Monday. On behalf of its client Orrin Motors, attorney Jane Roe said: “The patent is valid.”", "Jane Roe", "Orrin Motors"},
		{"Kelvo Capital today raised its forecast. “Demand is accelerating,” said Jane Roe, Managing Director of Equity Research.", "Jane Roe", "Equity Research"},
		{"In a filing, Kelvo Foods Inc. said it would close its Orrin plant. The parent company's chief executive, Jane Roe, said: “We have no choice.”", "Jane Roe", "Kelvo Foods Inc."},
		{"Kelvo Foods Inc. sponsored the event. “We raised a lot,” said Jane Roe of the Boston Marathon charity program.", "Jane Roe", "Boston Marathon"},
	} {
		_, tr := analyze(t, tt.text)
		p := person(t, tr, tt.person)
		assert.NotEqual(t, tt.not, p.Organization.Name, tt.text)
	}
}

// TestGivenNameAbbreviation: the Philippines' "Ma." (María) opens a name
// after a post whose field the lexicon does not know, so the post is
// the title and the name is whole.
func TestGivenNameAbbreviation(t *testing.T) {
	_, tr := analyze(t, "The forum opened. “Our nurses are the best,” said Secretary of Migrant Workers Ma. Dara Quill.")
	p := person(t, tr, "Ma. Dara Quill")
	assert.Equal(t, []string{"Secretary of Migrant Workers"}, p.Titles)
}
