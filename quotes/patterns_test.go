package quotes_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// The attribution patterns of news and press releases, one real sentence
// shape per row. Each row names the quote it expects by its text (as
// reported, without quotation marks), its kind, its speaker's name, its
// cue and its rule.
var patternTests = []struct {
	name    string
	text    string
	want    string // the quote's text
	kind    quotes.Kind
	speaker string // "" for none
	cue     string // "" for none
	rule    quotes.Rule
}{
	// Direct quotations, before and after the attribution.
	{"a speaker's line with a party tag over the quotation", "The council voted on Monday.\n\nDara Quill (Social Democrats)\n“Half of the young families leave.”", "Half of the young families leave.", quotes.Direct, "Dara Quill", "", quotes.Colon},
	{"after, pronoun", "Ann Lee spoke first. “We will win,” she said.", "We will win", quotes.Direct, "Ann Lee", "said", quotes.SubjectCue},
	{"after, inverted", "“We will win,” said Ann Lee.", "We will win", quotes.Direct, "Ann Lee", "said", quotes.CueSubject},
	{"after, inverted, the World Health Organization's acronym in the title", "“Midwives are the backbone of care,” said WHO Assistant Director-General Dr. Dara Quill.", "Midwives are the backbone of care", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"after, inverted, the World Health Organization's acronym after the name", "“Nurses leave first,” said Dara Quill of WHO.", "Nurses leave first", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a pronoun's aside inside what it reports, a capitalized word opening it", "Dara Quill said costs rose. Quieter roads, she says, would cut noise at dawn.", "Quieter roads, she says, would cut noise at dawn", quotes.Indirect, "Dara Quill", "says", quotes.SubjectCue},
	{"a pronoun's aside after a title whose field names a cause", "Dara Quill, Deputy Mayor for the Fight against Substandard Housing, said the City would act. « Nous agirons », she said.", "Nous agirons", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"after, inverted description then name", "“It is over,” said the spokeswoman, Jane Doe.", "It is over", quotes.Direct, "Jane Doe", "said", quotes.CueSubject},
	{"after, name and appositive", "“It is over,” Jane Doe, a spokeswoman for the campaign, said on Tuesday.", "It is over", quotes.Direct, "Jane Doe", "said", quotes.SubjectCue},
	{"name in capitals, title and country", "JANE ROE, Minister for Trade of Ruritania, said that her country would act.", "her country would act", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"name in capitals, country in parentheses", "JOHN DOE (Ruritania) noted that the talks had stalled.", "the talks had stalled", quotes.Indirect, "John Doe", "noted", quotes.SubjectCue},
	{"participial aside", "DARA QUILL, speaking for the Group of Friends, said the mission must continue.", "the mission must continue", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"headline title resolves to the person the body names", "Secretary-General, at Summit, Says Hunger Is Unacceptable\n\nNEW YORK, 3 May – Secretary-General Dara Quill told the summit today that hunger was unacceptable.", "Hunger Is Unacceptable", quotes.Indirect, "Dara Quill", "Says", quotes.SubjectCue},
	{"statement of a named person's message", "Following is the text of Deputy Secretary-General Amina Roe’s message to the conference:\n\nThe world must act now.", "The world must act now.", quotes.Direct, "Amina Roe", "text", quotes.Colon},
	{"according to, with an appositive", "According to Dr. Dara Quill, head of research at Zentrix Analytics, the market will grow next year.", "the market will grow next year", quotes.Indirect, "Dara Quill", "According to", quotes.AccordingTo},
	{"an institution by its head noun", "The European Parliament met in Strasbourg. Parliament demands that the Commission act before the summer.", "the Commission act before the summer", quotes.Indirect, "European Parliament", "demands", quotes.SubjectCue},
	{"a relative clause whose object holds commas", "Senator Dara Quill filed the bill.\n\nQuill, who serves on the Committee on Commerce, Science, and Transportation, said the bill would give towns a role.", "the bill would give towns a role", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"two subjects, each with a relative clause: the nearer speaks (no joint speaker is built)", "Ann Lee, who chairs the panel, and Bob Roe, who leads the Tarrow Group, said the plan would work.", "the plan would work", quotes.Indirect, "Bob Roe", "said", quotes.SubjectCue},
	{"a spokesperson for a body after 'provincial', a title's modifier", "In an emailed statement, a spokesperson for the provincial Department of Kelvo Lands said the permit had been issued.", "the permit had been issued", quotes.Indirect, "spokesperson for the provincial Department of Kelvo Lands", "said", quotes.SubjectCue},
	{"a commandant's post after a ranked name", "Lt. Col. Dara Quill, Commandant of the South Coast Station of the Kelvo Coast Guard Service (KCGS), said patrols had been stepped up.", "patrols had been stepped up", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a body's name with a particle of another language after the cue", "“Our elders sit in every meeting,” says Te Rūnanga Tautoko o Kelvo chief executive Dara Quill.", "Our elders sit in every meeting", quotes.Direct, "Dara Quill", "says", quotes.CueSubject},
	{"'termed' before quoted words is a cue of a mixed quote", "The Principal Secretary, Dr. Dara Quill, termed the facility \"a model of how governments can work together.\"", "the facility \"a model of how governments can work together.\"", quotes.Mixed, "Dara Quill", "termed", quotes.SubjectCue},
	{"a managing trustee's post and body set off by commas before the cue", "Ms. Dara Quill, Managing Trustee, Kelvo Hridaya Foundation, which has funded the surgeries, said the programme would go on.", "the programme would go on", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a title before a name that ends in a patronym's lower-case word, then a relative clause", "Vice Mayor of Bishkek Aizada Kelvogul kyzy, who oversees the social sector, said that 640 teachers had been hired.", "640 teachers had been hired", quotes.Indirect, "Aizada Kelvogul kyzy", "said", quotes.SubjectCue},
	{"a stated acronym in mixed case, written again", "Researchers at the University of the Kelvo Burren (UoKB) led the trial. UoKB said that the fields stayed in production.", "the fields stayed in production", quotes.Indirect, "University of the Kelvo Burren", "said", quotes.SubjectCue},
	{"a stated acronym that spells a common word", "Members of the Northern Education Staff Trade Union (NEST) voted for action. NEST said that no strike would begin before November.", "no strike would begin before November", quotes.Indirect, "Northern Education Staff Trade Union", "said", quotes.SubjectCue},
	{"a headline's bare noun is the body the text names with that head", "Pay offer falls short, says union\n\nMembers of the Kelvo Nurses' Union voted on Monday. The union will meet employers next week.", "Pay offer falls short", quotes.Indirect, "Kelvo Nurses' Union", "says", quotes.CueSubject},
	{"the issuer among bodies with the same head", "Kelvo Monitoring Agency\nPress release\n\nAir quality improved in 2024, Agency warns\n\nThe Kelvo Monitoring Agency published its report today. The European Environment Agency published its own figures in May. The Kelvo Monitoring Agency will report again in 2026.", "Air quality improved in 2024", quotes.Indirect, "Kelvo Monitoring Agency", "warns", quotes.SubjectCue},
	{"degrees and a place after the subject", "Orla Brennick, Ph.D., M.P.H., an associate professor of medicine at the University of Kelvale, San Diego, wrote that the diets were similar.", "the diets were similar", quotes.Indirect, "Orla Brennick", "wrote", quotes.SubjectCue},
	{"a headline's bare title under a letterhead is its one holder, not a lieutenant's", "Office of the Governor\nState of Ruritania\n\nFOR IMMEDIATE RELEASE\n\n\"Every school deserves a nurse,\" Governor says as she signs health package\n\nKELVALE -- Gov. Dara Quill signed the package on Friday. Lt. Gov. Bob Roe said the plan was popular.", "Every school deserves a nurse", quotes.Direct, "Dara Quill", "says", quotes.SubjectCue},
	{"a description, then the name and its institution in an appositive", "The trial's global principal investigator, Dr. Rafael Roe of the Hollins Institute at Kelvale University, said the effect appeared within twelve weeks.", "the effect appeared within twelve weeks", quotes.Indirect, "Rafael Roe", "said", quotes.SubjectCue},
	{"a headline's company post is the holder the body names with the company", "Zentrix to Acquire Kelvale Labs\n\n\"Contracts hide data,\" says Zentrix CEO\n\nAUSTIN -- Zentrix Software, Inc. today said it would buy Kelvale Labs. \"Data goes there to hide,\" said Zentrix chief executive officer Dana Quill. Bob Roe, co-founder and CEO of Kelvale Labs, will join Zentrix.", "Contracts hide data", quotes.Direct, "Dana Quill", "says", quotes.CueSubject},
	{"a description before a place, then a source's condition", "One farmer from near Kelvale-on-Stour, who asked not to be named, said his family had lost two bikes.", "his family had lost two bikes", quotes.Indirect, "One farmer", "said", quotes.SubjectCue},
	{"a name, then its body after a comma", "Chief Constable Dara Quill, of Kelvale Police, said the thefts had tripled.", "the thefts had tripled", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"'according to police' is the police body the text names", "Detectives with the Kelvale Police Department arrested four people. According to police, the suspects sold the parts in two states.", "the suspects sold the parts in two states", quotes.Indirect, "Kelvale Police Department", "According to", quotes.AccordingTo},
	{"according to a description, then its holder's name", "The Kelvale Bank approved the loan. According to the Bank's Director for Agriculture, Dara Quill, the programme will also finance storage units.", "the programme will also finance storage units", quotes.Indirect, "Dara Quill", "According to", quotes.AccordingTo},
	{"according to a document, then a name that starts the clause", "According to the FBI summary, Dara Quill, a top aide, sent the employee an email.", "Dara Quill, a top aide, sent the employee an email", quotes.Indirect, "FBI summary", "According to", quotes.AccordingTo},
	{"a title, then a family name that opens with its particles", "The Minister of the Environment, María José de la Fuente Irarrázaval, signed the decrees.\n\n“These wetlands are not empty land,” said Minister de la Fuente.", "These wetlands are not empty land", quotes.Direct, "María José de la Fuente Irarrázaval", "said", quotes.CueSubject},
	{"a role in lower case after the verb, then the name", "Salt use fell this winter. “We switched to brine,” says facilities director Dara Quill.", "We switched to brine", quotes.Direct, "Dara Quill", "says", quotes.CueSubject},
	{"a headline's company with its legal form after a comma, then two verbs", "Zentrix Robotics, Inc. Reports Record Revenue and Announces Dividend Increase\n\nAUSTIN -- Zentrix Robotics, Inc. today reported revenue of $40 million.", "Dividend Increase", quotes.Indirect, "Zentrix Robotics", "Announces", quotes.Participle},
	{"a public body's release: 'the company' is the company it named last, not the issuer", "OFFICE OF THE ATTORNEY GENERAL\nNEWS RELEASE\n\nAttorney General Dara Quill sued Zentrix Auto Lending, LLC on Monday. Zentrix, which is based in Texas, did not admit wrongdoing. In a statement, the company said it had cooperated with the investigation.", "it had cooperated with the investigation", quotes.Indirect, "Zentrix Auto Lending", "said", quotes.SubjectCue},
	{"'according to the hospital' is the medical center the text named", "Kelvale Regional Medical Center opened a wing on Monday. Nurses tested mock-ups of the rooms. Every room has space for a parent to sleep, according to the hospital.", "Every room has space for a parent to sleep", quotes.Indirect, "Kelvale Regional Medical Center", "according to", quotes.AccordingTo},
	{"a relative clause after a name and its description is the name's", "Among the new arrivals at the transit site is Halima, a 34-year-old mother of five from Kelvo, who said she had walked for nine days.", "she had walked for nine days", quotes.Indirect, "Halima", "said", quotes.SubjectCue},
	{"'the MP' is the Member of Parliament the text named", "Dara Quill, Member of Parliament for Kelvale and Ashby, has welcomed the decision.\n\nThe MP said that she had raised the unit's future with the Health Minister.", "she had raised the unit's future with the Health Minister", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"'the District Attorney' is not the Chief Deputy District Attorney named since", "District Attorney Dara Quill announced the sentence.\n\nChief Deputy District Attorney Bob Roe, who prosecuted the case, told the court that the man had two arrests.\n\nThe District Attorney said that her office will continue to seek prison sentences.", "her office will continue to seek prison sentences", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"'WHO' in capitals is the body, not the relative pronoun", "Cholera cases have risen.\n\nWHO warned that the risk of further spread across the region is high.", "the risk of further spread across the region is high", quotes.Indirect, "World Health Organization", "warned", quotes.SubjectCue},
	{"an agency that goes by its acronym is named by it", "N'DJAMENA, 3 July 2025 – The UN Refugee Agency, UNHCR, warned today that its operations face a funding shortfall.", "its operations face a funding shortfall", quotes.Indirect, "UNHCR", "warned", quotes.SubjectCue},
	{"a company reports what a clause says", "Zentrix Logistics, Inc. today reported that revenue doubled in the quarter.", "revenue doubled in the quarter", quotes.Indirect, "Zentrix Logistics", "reported", quotes.SubjectCue},
	{"a person announces a noun phrase", "Senator Dara Quill announced her candidacy for governor.", "her candidacy for governor", quotes.Indirect, "Dara Quill", "announced", quotes.SubjectCue},
	{"a company with its legal suffix and ticker", "SPRINGFIELD, May 3, 2024 /PRNewswire/ -- Zentrix Robotics, Inc. (NASDAQ: ZRBT), a leader in warehouse automation, today announced that revenue doubled.", "revenue doubled", quotes.Indirect, "Zentrix Robotics", "announced", quotes.SubjectCue},
	{"a headline's title is the person's, not a name's", "Attorney General Announces Settlement With Rivertown Utility\n\nSPRINGFIELD – Attorney General Dana Whitfield today announced that refunds will be mailed by June.", "Settlement With Rivertown Utility", quotes.Indirect, "Dana Whitfield", "Announces", quotes.SubjectCue},
	{"an organization with an article and a relative clause", "The Helping Hands Foundation, which funded the work, said that it would expand its support.", "it would expand its support", quotes.Indirect, "Helping Hands Foundation", "said", quotes.SubjectCue},
	{"a degree in mixed case after the name", "Co-author James Whitlock, PhD, director of the Sleep Lab, said the team plans a trial.", "the team plans a trial", quotes.Indirect, "James Whitlock", "said", quotes.SubjectCue},
	{"'the company' in a release is its issuer", "Deployment news.\n\n“Automation is central,” said Leah Brandt, Chief Operating Officer. The deployment will begin in June, the company said.\n\nAbout Northwind Logistics\n\nNorthwind Logistics runs warehouses.", "The deployment will begin in June", quotes.Indirect, "Northwind Logistics", "said", quotes.SubjectCue},
	{"'the organization' is the body named last", "The International Relief Alliance (IRA) warned today that hunger is rising. The organization said funding covered only 30 percent of needs.", "funding covered only 30 percent of needs", quotes.Indirect, "International Relief Alliance", "said", quotes.SubjectCue},
	{"a second title in lower case after the cue", "“We have spent six years,” said Kelvo Pine Games CEO and co-founder Marta Roe.", "We have spent six years", quotes.Direct, "Marta Roe", "said", quotes.CueSubject},
	{"a joint post of two bodies' acronyms after the cue", "“Every day counts,” said KHO/WKO Representative in Kelvania Dr. Jane Roe.", "Every day counts", quotes.Direct, "Jane Roe", "said", quotes.CueSubject},
	{"a joint post whose second acronym reads as a pronoun", "“Every day counts,” said KAHO/WHO Representative in Kelvania Dr. Jane Roe.", "Every day counts", quotes.Direct, "Jane Roe", "said", quotes.CueSubject},
	{"aside naming a companion", "District Attorney Jane Roe, together with Police Commissioner John Doe, today announced that the ring was dismantled.", "the ring was dismantled", quotes.Indirect, "Jane Roe", "announced", quotes.SubjectCue},
	{"aside naming a companion whose body has a dash inside", "Governor Jane Roe, together with Department of Agriculture (DA)–Northern Kelvo Regional Director Dr. John Doe, today announced that seed will be given.", "seed will be given", quotes.Indirect, "Jane Roe", "announced", quotes.SubjectCue},
	{"'who' with its auxiliary in one word", "The mayor must win over the delegates who’ve already said they oppose the plan.", "they oppose the plan", quotes.Indirect, "delegates", "said", quotes.SubjectCue},
	{"'who’s' opens a relative clause that ends at its comma", "Senator Dara Quill, who’s said the bridge is unsafe, spoke on Monday.", "the bridge is unsafe", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a share written with a percent sign before 'who'", "The plan is unpopular, with 18% who say it goes too far.", "it goes too far", quotes.Indirect, "18%", "say", quotes.SubjectCue},
	{"a sentence adverb before what a source reports is the writer's", "Meanwhile, her ratings have been falling, according to the Kelvale Gazette.", "her ratings have been falling", quotes.Indirect, "Kelvale Gazette", "according to", quotes.AccordingTo},
	{"a sentence adverb before what was said is the writer's", "However, prices will fall next year, Dara Quill said.", "prices will fall next year", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a relative clause on a quantifier, then a plural verb", "The forum met on Monday. But some who advocate free speech argue that relying on platforms is a mistake.", "relying on platforms is a mistake", quotes.Indirect, "some", "argue", quotes.SubjectCue},
	{"a relative clause whose object ends before the verb", "The forum met on Monday. Many diehard supporters who came to the city to protest this week's convention say they will stay home.", "they will stay home", quotes.Indirect, "Many diehard supporters", "say", quotes.SubjectCue},
	{"a singular quantifier, then a name that opens the clause", "The lists disagree. One says Ruritania has the most billionaires.", "Ruritania has the most billionaires", quotes.Indirect, "One", "says", quotes.SubjectCue},
	{"a share after 'and' that names no group", "Half of voters said the mayor is honest, and three-quarters said the same of the governor.", "the same of the governor", quotes.Indirect, "", "said", quotes.SubjectCue},
	{"an attribution that closes the sentence ends what was said after an opening adverbial", "The talks ended. Kelvale argued when prices rose that the plan would work, a senior official said.", "when prices rose that the plan would work", quotes.Indirect, "Kelvale", "argued", quotes.SubjectCue},
	{"an opening adverbial's comma does not end what was said", "The talks ended. The minister warned that during the visit, the president had stressed the need for calm.", "during the visit, the president had stressed the need for calm", quotes.Indirect, "minister", "warned", quotes.SubjectCue},
	{"a description with a prepositional phrase after its head", "The race tightened. The Kelvale nominee for the Nov. 8 election later said he was being sarcastic.", "he was being sarcastic", quotes.Indirect, "Kelvale nominee", "said", quotes.SubjectCue},
	{"a description with an infinitive after its head", "The race tightened. The last man to mount a third-party race says he doubts Roe will run.", "he doubts Roe will run", quotes.Indirect, "last man", "says", quotes.SubjectCue},
	{"a description with a participle after its head", "The listing was removed. A statement posted on the Zentrix website said listings are user generated.", "listings are user generated", quotes.Indirect, "statement", "said", quotes.SubjectCue},
	{"an attribution that closes the sentence reports the whole clause, whose own attribution nests in it", "The plan was approved. The council agreed to host 200 people from the region, officials said Tuesday.", "The council agreed to host 200 people from the region", quotes.Indirect, "officials", "said", quotes.SubjectCue},
	{"a participle after a closing attribution is that speaker's", "The talks ended. Kelvale did not complain when Ruritania's spending helped growth, a Ruritanian official said, adding that the impact of closing plants was small.", "the impact of closing plants was small", quotes.Indirect, "Ruritanian official", "adding", quotes.Participle},
	{"according to, after a clause that opens with a time", "The race went on. On Tuesday she lost the Kelvale primary but was leading in Ruritania, according to complete but unofficial returns.", "On Tuesday she lost the Kelvale primary but was leading in Ruritania", quotes.Indirect, "complete but unofficial returns", "according to", quotes.AccordingTo},
	{"according to, after two coordinated clauses: both", "The foundation met. The foundation fed 31,000 schools, and it has helped 105,000 farmers, according to the foundation's tally.", "The foundation fed 31,000 schools, and it has helped 105,000 farmers", quotes.Indirect, "foundation's tally", "according to", quotes.AccordingTo},
	{"an age and what goes with it between the name and the verb", "The vote was close. “Every minute is like a day,” Mr. Quill, now 81 and retired in Kelvale, Mass., said by telephone this week.", "Every minute is like a day", quotes.Direct, "Quill", "said", quotes.SubjectCue},
	{"a quotation after a conjunction alone goes on with the speaker before", "The race went on. “I don’t think it’s do or die,” Dara Quill said outside the building. But “the candidacy is strengthened with an endorsement.”", "the candidacy is strengthened with an endorsement.", quotes.Direct, "Dara Quill", "", quotes.Continuation},
	{"a parenthetical attribution with its medium, the sentence going on", "Ann Lee spoke on Monday. If she becomes president, Lee suggested in a tweet, women will not be punished.", "If she becomes president, Lee suggested in a tweet, women will not be punished", quotes.Indirect, "Ann Lee", "suggested", quotes.SubjectCue},
	{"a parenthetical attribution before a quantified subject", "Ann Lee spoke on Monday. After the court approved the law, Lee said, most state laws requiring an ID were thought to be safe.", "After the court approved the law, Lee said, most state laws requiring an ID were thought to be safe", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"an aside that opens with a past participle", "The convention ended. State delegate Dara Quill, clad in a red cape with lights that formed the name Roe, said the convention could be a failure.", "the convention could be a failure", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a person, a description, then the name the description ends with", "The pope spoke. Dara Quill, the editor of the official newspaper, La Voce Romana, said every pope was political.", "every pope was political", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"after a relative clause that ends with a name, the antecedent speaks", "The book came out. Dara Quill, who said in an interview that she did not sign an agreement with Roe, recalled that Roe sent an attorney to her office.", "Roe sent an attorney to her office", quotes.Indirect, "Dara Quill", "recalled", quotes.SubjectCue},
	{"aside listing others", "Six former ministers, including Jane Roe and John Doe, said that the office should stay open.", "the office should stay open", quotes.Indirect, "Six former ministers", "said", quotes.SubjectCue},
	{"before, colon", "Ana Hinojosa, Director at the World Customs Organization, said: “Supply chains matter.”", "Supply chains matter.", quotes.Direct, "Ana Hinojosa", "said", quotes.SubjectCue},
	{"before, comma", "Mr. Smith told reporters, “The deal is done.”", "The deal is done.", quotes.Direct, "Smith", "told", quotes.SubjectCue},
	{"question mark ends the sentence", "“Can she stay?” Trump asked the crowd.", "Can she stay?", quotes.Direct, "Trump", "asked", quotes.SubjectCue},
	{"straight marks", `"Nobody expected this," Senator Ted Cruz said.`, "Nobody expected this", quotes.Direct, "Ted Cruz", "said", quotes.SubjectCue},
	{"newswire marks", "''Out, out, out!'' Mr. Trump yelled.", "Out, out, out!", quotes.Direct, "Trump", "yelled", quotes.SubjectCue},
	{"several sentences", "“It is evident. It is a problem here at home. Europe has a duty,” he said of Jan Eliasson’s view.", "It is evident. It is a problem here at home. Europe has a duty", quotes.Direct, "", "said", quotes.SubjectCue},
	{"after, inverted, a role without an article before the name", "Ann Lee spoke first. “It is over for all of us now,” said retired neurosurgeon Ben Carson.", "It is over for all of us now", quotes.Direct, "Ben Carson", "said", quotes.CueSubject},
	{"after, inverted, a long role before the name and an adverbial", "Ann Lee spoke first. “We will see a fully formed plan,” said former tech executive Dara Quill during the debate.", "We will see a fully formed plan", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a single closing mark cut after the double one", "Ann Lee spoke.\n\n''She would ask me, 'What did he mean by that?''' Mr. Roe said, smiling.", "She would ask me, 'What did he mean by that?", quotes.Direct, "Roe", "said", quotes.SubjectCue},
	{"after, inverted, a name described by words the lists don't know", "Ann Lee spoke first. “David is a longtime friend of mine,” said Clinton ally Ted Roe.", "David is a longtime friend of mine", quotes.Direct, "Ted Roe", "said", quotes.CueSubject},
	{"inverted after a comma: the name after said is the subject, not the name before", "Ann Lee would do well to begin building bridges to Ted Roe, said Dara Quill, a former strategist.", "Ann Lee would do well to begin building bridges to Ted Roe", quotes.Indirect, "Dara Quill", "said", quotes.CueSubject},
	{"a quotation after a plain lead-in goes on with the speaker before", "“It is an enormous moment,” said Ted Roe, a strategist for the campaign. Unless rivals quit the race, “it is very difficult to see how he is stopped.”", "it is very difficult to see how he is stopped.", quotes.Direct, "Ted Roe", "", quotes.Continuation},
	{"an inverted surname that opens with its particle", "Port Manager Annelie van der Merwe joined the ceremony. \"Without private capital, the berth would have stayed on a map,\" said van der Merwe.", "Without private capital, the berth would have stayed on a map", quotes.Direct, "Annelie van der Merwe", "said", quotes.CueSubject},
	{"a body's name with an ampersand before the post", "Marlow & Finch Stores Ltd is withdrawing the packs. \"We are sorry for the worry this will cause,\" a Marlow & Finch spokesperson said.", "We are sorry for the worry this will cause", quotes.Direct, "Marlow & Finch spokesperson", "said", quotes.SubjectCue},
	{"two lower-case posts joined by 'and', then the name set off", "“Lifts have a distinctive usage pattern,” said Kelvo’s co-founder and chief technology officer, Mikko Rautio.", "Lifts have a distinctive usage pattern", quotes.Direct, "Mikko Rautio", "said", quotes.CueSubject},
	{"a prepositional phrase after a parenthetical attribution is its adjunct", "Red squirrels have bred in the forest for the first time in four decades, Tarn & Moor Wildlife Trust announced today, after a three-year reintroduction.", "Red squirrels have bred in the forest for the first time in four decades", quotes.Indirect, "Tarn & Moor Wildlife Trust", "announced", quotes.SubjectCue},
	{"a description whose modifier ends in a place", "A respiratory therapist at a regional hospital in northern New Brunswick said she had worked 19 of the past 21 days.", "she had worked 19 of the past 21 days", quotes.Indirect, "respiratory therapist", "said", quotes.SubjectCue},
	{"a long description before an anonymity clause", "A respiratory therapist at a regional hospital in northern New Brunswick, who asked not to be named for fear of reprisal, said she had worked 19 of the past 21 days.", "she had worked 19 of the past 21 days", quotes.Indirect, "respiratory therapist", "said", quotes.SubjectCue},
	{"one of a group before an anonymity clause", "One of the displaced farmers, who asked not to be named for her safety, said she had been forced to sign a blank sheet of paper.", "she had been forced to sign a blank sheet of paper", quotes.Indirect, "One of the displaced farmers", "said", quotes.SubjectCue},
	{"a post-nominal in lower case after the name", "Briefing journalists at the Command Headquarters, Kelvo, on Wednesday, the Commissioner of Police, Kelvo State Command, CP Jane Roe, fsi, said the victim was lured to a location.", "the victim was lured to a location", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"a participial aside whose object's place and time are set off after it", "The Commissioner of Police, CP Jane Roe, while parading the suspects at the Kelvo Depot, Eleweran, on Saturday, said the operation followed intelligence.", "the operation followed intelligence", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"a post's letters defined after it, a body's head opening it, stand for its holder", "According to the Police Public Relations Officer (PPRO) of the Command, SP Jane Roe, two rifles were recovered. The PPRO said that the victims had been taken to hospital.", "the victims had been taken to hospital", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"a headline's quotation signed by a titled name before the headline's verb", "“Every bag will carry its district” – Minister Roe launches coffee system\n\nKAMPALA – The Minister of Agriculture, Hon. Dr. Jane Roe, said the system would help.", "Every bag will carry its district", quotes.Direct, "Jane Roe", "–", quotes.CueSubject},
	{"a headline's quotation signed by a post of several capitalized words", "“Licensing will save lives” - Roads Committee Chair\n\nACCRA – The Chairman of the Committee on Roads and Transport, Hon. Jane Roe, told the House that regulation was the only way.", "Licensing will save lives", quotes.Direct, "Jane Roe", "-", quotes.CueSubject},
	{"a body before a headline's verb is its news, not the quotation's speaker", "“The lights stay on in Kelvo” – Kelvo Power switches on battery plant\n\nKelvo Power Ltd has switched on its battery plant. “The lights stay on in Kelvo now, even at six in the evening,” said Jane Roe, chairperson of the Kelvo Ridge Trust.", "The lights stay on in Kelvo", quotes.Direct, "Jane Roe", "", quotes.Repeated},
	{"a headline under a date's line: its quotation's own cue without a comma, not the label", "24-Apr-2026\n\nKelvania: “A turning point for smallholders” says Vice-President\n\nABIDJAN – The Bank’s Vice-President for Agriculture, Jane Roe, described the loan as “a turning point for smallholders in the basin.”", "A turning point for smallholders", quotes.Direct, "Jane Roe", "says", quotes.CueSubject},
	{"a headline's quotation after a clause and a colon, signed by a post's letters", "Kelvo Hospital performs first transplant: ‘A new dawn for renal patients’ – CMD\n\nMINNA – The Chief Medical Director, Dr. Jane Roe, called it good.", "A new dawn for renal patients", quotes.Direct, "Jane Roe", "–", quotes.CueSubject},
	{"'said the' post, its field and its holder's name", "“Clinics will open,” said the Minister of Health Jane Roe.", "Clinics will open", quotes.Direct, "Jane Roe", "said", quotes.CueSubject},
	{"'said the' post of a place named alone elsewhere, its holder, and where she spoke", "The first line in Kelvograd opened today. «Kelvograd gets its first line,» said the Akim of Kelvograd Dara Quill at the opening ceremony.", "Kelvograd gets its first line", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a company's name with its ticker and its short names in two parentheses before the verb", "LUSAKA – Kelvo Copper Mines Plc (LuSE: KCM) (“Kelvo” or “the Company”) today announced that it has signed a wage agreement.", "it has signed a wage agreement", quotes.Indirect, "Kelvo Copper Mines Plc", "announced", quotes.SubjectCue},
	{"manner verb", "“This is fantastic!” beamed Donald Hartley of Madison.", "This is fantastic!", quotes.Direct, "Donald Hartley", "beamed", quotes.CueSubject},
	{"a quotation before a subject and its clause", "Dara Quill, Under-Secretary-General for Peace Operations, opened the meeting. “It is important that this Council act,” the Under-Secretary-General stressed that the community must hold all perpetrators accountable.", "It is important that this Council act", quotes.Direct, "Dara Quill", "stressed", quotes.SubjectCue},
	{"single marks where a text has no double ones", "‘We will keep the office open,’ said Dara Quill.", "We will keep the office open", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a headline quoting in single marks", "DOC/SM/1\n\n3 May 2024\n\n‘We Must Stay the Course with Ruritania’, Deputy Secretary-General Tells Summit\n\nFollowing are UN Deputy Secretary-General Amina Roe’s remarks to the summit, in New York today:\n\nWe meet at a decisive moment.", "We Must Stay the Course with Ruritania", quotes.Direct, "Amina Roe", "Tells", quotes.SubjectCue},
	{"a headline's title before a place resolves to the person", "‘Growth Must Reach Everyone’, Says Secretary-General at Leaders’ Summit in Ruritania\n\nFollowing is UN Secretary-General Dara Quill’s address to the summit, in Doha today:\n\nI thank our hosts.", "Growth Must Reach Everyone", quotes.Direct, "Dara Quill", "Says", quotes.CueSubject},
	{"'according to' inside what is said is the speaker's source", "District Attorney Dara Quill spoke today. The District Attorney said that, according to the investigation, between 2014 and 2021, the defendant formed 23 charities.", "between 2014 and 2021, the defendant formed 23 charities", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a participle after a subject that lists its members", "Six former ministers, including Dara Quill and Bob Roe, met the minister on Monday, saying that the office should stay open.", "the office should stay open", quotes.Indirect, "Six former ministers", "saying", quotes.Participle},
	{"an attribution the closing mark takes in", "“We will keep working with our Governor, said Congressman Bob Hudson.” The bill passed.", "We will keep working with our Governor", quotes.Direct, "Bob Hudson", "said", quotes.CueSubject},
	{"a company with its legal suffix right before the verb", "Zentrix Robotics, Inc. today announced that sales grew.", "sales grew", quotes.Indirect, "Zentrix Robotics", "announced", quotes.SubjectCue},
	{"a university's student named after it", "Zentrix, Inc. today announced that Kelvale University Junior Dara Quill won the challenge. “What a great feeling,” said Quill.", "What a great feeling", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"an appositive with no closing comma", "Ana Berg (EPP, IE), responsible for the report said: “We need common rules.”", "We need common rules.", quotes.Direct, "Ana Berg", "said", quotes.SubjectCue},
	{"a relative clause with no closing comma", "Ana Berg, who drafted the resolution said that common rules were needed.", "common rules were needed", quotes.Indirect, "Ana Berg", "said", quotes.SubjectCue},
	{"a relative clause after an object", "The minister met the author of the report, who said that common rules were needed.", "common rules were needed", quotes.Indirect, "author of the report", "said", quotes.SubjectCue},
	{"a headline that reports speech without marks", "DOC/SM/2\n\n3 May 2024\n\nPromise of Growth in Peril, Secretary-General Warns Forum, Urging Every Government to Act\n\nFollowing are UN Secretary-General Dara Quill’s remarks to the forum, in New York today:\n\nWe meet at a decisive moment.", "Promise of Growth in Peril", quotes.Indirect, "Dara Quill", "Warns", quotes.SubjectCue},
	{"the Secretary-General is not the Deputy", "Following is UN Deputy Secretary-General Amina Roe’s message:\n\nI welcome you. As the Secretary-General has said, we must act together.", "we must act together", quotes.Indirect, "Secretary-General", "said", quotes.SubjectCue},
	{"a document by its capitalized name", "The 2030 Growth for All Report reveals that poverty is rising.", "poverty is rising", quotes.Indirect, "2030 Growth for All Report", "reveals", quotes.SubjectCue},
	{"'they' after a plural subject that did not speak", "The Union has been criticized. Lawmakers denounce the attack on the city. They call on the Commission to act now.", "the Commission to act now", quotes.Indirect, "Lawmakers", "call on", quotes.SubjectCue},
	{"a quotation in single marks over two paragraphs", "Transport Secretary Dara Quill said:\n\n‘This funding will connect villages to jobs.\n\n‘It is part of our plan for every region.’\n\nThe plan starts in May.", "This funding will connect villages to jobs.\n\n‘It is part of our plan for every region.", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a document named with a reduced relative clause", "Researchers have developed a blood test that detects sepsis early, according to a study published today in The Lancet.", "Researchers have developed a blood test that detects sepsis early", quotes.Indirect, "study", "according to", quotes.AccordingTo},
	{"a relative clause ending in a place after the name", "Rev. Dara Quill, who coordinates the Hill Street food bank in Swansea, said demand had nearly doubled since the summer.", "demand had nearly doubled since the summer", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"an organization before a relative clause naming places", "The Kelvale Trust, which supports 210 food banks across England and Wales, today warned that food banks face a hard winter.", "food banks face a hard winter", quotes.Indirect, "Kelvale Trust", "warned", quotes.SubjectCue},
	{"'she' is not a street", "Mayor Dara Quill unveiled a bus plan. The plan adds bus lanes on Harmon Avenue and Ridge Street. She added that the city would pay for the first phase.", "the city would pay for the first phase", quotes.Indirect, "Dara Quill", "added", quotes.SubjectCue},
	{"a name in an event's quotation marks is no speaker", "NUKUS, 12 May 2025 - At the closing session of the conference \"Water for All: Governance of Transboundary Rivers\", the Head of Mission, Ambassador Dara Quill, made the following statement to the press:\n\n\"For three days, experts sat at one table.\"", "For three days, experts sat at one table.", quotes.Direct, "Dara Quill", "statement", quotes.Colon},
	{"the CFO is the board member for finance", "Kelvo Grid's Vice-President of the Management Board for Finance, Dara Quill, said: “Our balance sheet is strong.”\n\nThe chief executive spoke of storms.\n\n“Connection time is our product,” said the CFO.", "Connection time is our product", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"he after a member named with his seat and style", "According to John Roe, Chief Executive of the Kelvo Works Authority, the dams cost less.\n\nThe Member of Parliament for Binduri, Hon. Dara Quill, commended the Ministry.\n\n“Water is not a luxury,” he said.", "Water is not a luxury", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"an acronym from the name in another language", "Officers of the Central Anti-Corruption Bureau (CBA) searched the offices.\n\nAccording to the CBA, property worth PLN 9 million was secured.", "property worth PLN 9 million was secured", quotes.Indirect, "Central Anti-Corruption Bureau", "According to", quotes.AccordingTo},
	{"an acronym of a name's syllables, in mixed case", "The Kelvo Grid Company (KelGRIDCo) will build the line.\n\nAccording to KelGRIDCo, the works will take fourteen months.", "the works will take fourteen months", quotes.Indirect, "Kelvo Grid Company", "According to", quotes.AccordingTo},
	{"a mixed-case acronym named again as a subject", "ABUJA - The Kelvan Meteorological Agency (KeMet) issued a flood warning for the northern states on Monday.\n\nKeMet said heavy rain would continue until Friday.", "heavy rain would continue until Friday", quotes.Indirect, "Kelvan Meteorological Agency", "said", quotes.SubjectCue},
	{"a named body's last words the recognizer took for a person", "“Competition is failing,” said Dara Quill, Executive Director of Procurement Watch Kelvania.\n\nProcurement Watch Kelvania (PWK) was founded in 2016.\n\n“Half of the time we do not bid,” said the director of a construction company in Orrin, who asked not to be named.", "Half of the time we do not bid", quotes.Direct, "director of a construction company in Orrin", "said", quotes.CueSubject},
	{"a clause after \"as\" is no phrase before the quotation", "More than one in five tenders had one bidder, Kelvo Watch said on Tuesday as it presented its annual report “Rebuilding in the Open: Kelvo Procurement 2024”.", "More than one in five tenders had one bidder", quotes.Indirect, "Kelvo Watch", "said", quotes.SubjectCue},
	{"the watchdog is the issuer", "KYIV - Kelvo Watch published a report today.\n\nThe watchdog called on the Ministry of Works to publish its specifications.\n\nAbout Kelvo Watch\n\nKelvo Watch is an independent non-governmental organization.", "the Ministry of Works to publish its specifications", quotes.Indirect, "Kelvo Watch", "called on", quotes.SubjectCue},
	{"a body's press service", "Kelvo Watch asked the Ministry for Communities and Territories to act.\n\nAsked for comment, the Ministry’s press service said that model specifications had been approved in March.", "model specifications had been approved in March", quotes.Indirect, "press service of the Ministry for Communities and Territories", "said", quotes.SubjectCue},
	{"the council is the council the text names, not its head alone", "Castlewick City Council set its budget.\n\nLeader of the Council, Councillor Dara Quill, said: “We had no choice.”\n\nThe council said that details of the savings will be published next week.", "details of the savings will be published next week", quotes.Indirect, "Castlewick City Council", "said", quotes.SubjectCue},
	{"a given name written short opens the name after a title's field", "Minister for Delta Resilience and Water Affairs Md. Dara Karim told reporters that the embankments would be built locally.", "the embankments would be built locally", quotes.Indirect, "Md. Dara Karim", "told", quotes.SubjectCue},
	{"a police rank before the name, the command set off before it", "According to the Police Public Relations Officer, Kelvo State Command, SP Dara Quill, the suspects were arrested on Sunday.", "the suspects were arrested on Sunday", quotes.Indirect, "Dara Quill", "According to", quotes.AccordingTo},
	{"a post's letters that spell its words before the complement, before the surname", "The Regional Police Commander, Senior Assistant Inspector-General of Police (SAIG) Dara Quill, said the operation followed complaints.\n\n“Our neighbours trust the corridor,” SAIG Quill said.", "Our neighbours trust the corridor", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a post's letters whose words a title's word ends", "County Criminal Investigations Officer (CCIO) Mr. Dara Quill said investigators had traced payments. “We are following the money,” the CCIO said.", "We are following the money", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a post's first field of common words before \"and\" is no name", "The Government echoed the appeal. Dara Quill, Refugee Relief and Repatriation Commissioner (RRRC), said: “Kelvania has carried this responsibility for seven years.”", "Kelvania has carried this responsibility for seven years.", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a member's style picks her of two named alike by her chamber", "WASHINGTON – U.S. Representatives Bob Roe (D-Ore.) and Dara Quill (R-Mo.) introduced the bill. Companion legislation was introduced by U.S. Senators Ann Lee (D-Minn.) and Tom Quill (R-Kan.).\n\n“Rural wards are closing,” said Congresswoman Quill.", "Rural wards are closing", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a rank's letters before the name stand for its holder", "The Commissioner of Police, Kelvo State Command, CP Dara Quill, fdc, stated that the rescue was the result of months of work. \"The remaining members are being trailed,\" the CP added.", "The remaining members are being trailed", quotes.Direct, "Dara Quill", "added", quotes.SubjectCue},
	{"a post's letters with its connector's", "“Our teams have been working night shifts since October,” said Head of Department (HOD) Mr Dara Quill. “The roads are ready,” the HOD said.", "The roads are ready", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"the chair of a meeting the text says she chaired", "The Conference was chaired by H.E. Ms. Dara Quill, Minister of Transport of Kelvania, who said rail would grow.\n\n“Rail must carry more of the load,” the Chair told delegates.", "Rail must carry more of the load", quotes.Direct, "Dara Quill", "told", quotes.SubjectCue},
	{"the Chair is the meeting's chairperson", "Chairperson of the Council, Hon. Dara Quill, Minister for Agriculture of Kelvania, opened the meeting.\n\n\"We cannot eat tourism receipts,\" the Chair told delegates.", "We cannot eat tourism receipts", quotes.Direct, "Dara Quill", "told", quotes.SubjectCue},
	{"the union in a union's release that lacks the word", "Kelvo Transit Workers Local 604\n\nNews Release\n\nMembers of Kelvo Transit Workers Local 604 ratified a new contract on Monday.\n\nThe union said the contract would only reduce service cuts if the state restored its aid.", "the contract would only reduce service cuts if the state restored its aid", quotes.Indirect, "Kelvo Transit Workers Local 604", "said", quotes.SubjectCue},
	{"a heading that labels the quotation under it by its speaker", "Kelvo Denso Corporation will build a plant in Chennai.\n\nComment from Dara Quill, President and CEO, Kelvo Denso Corporation\n\n“India is now the largest market in the world for our controllers.”", "India is now the largest market in the world for our controllers.", quotes.Direct, "Dara Quill", "", quotes.Colon},
	{"the town a body stands in, set off before the verb, is no subject", "The study's senior author, Professor Dara Quill, a rheumatologist at the University of Kelvo, Orrinton, says the results should change how services are funded.", "the results should change how services are funded", quotes.Indirect, "Dara Quill", "says", quotes.SubjectCue},
	{"a list's items of quotations under a speaker's colon", "Kelvo opened the site. Managing Director Dara Quill said:\n\n• \"A four-hour battery is exactly what this part of the grid needs.\"\n• \"We now have 1.1 GW of storage in our pipeline.\"\n\nThe site employs 40 people.", "We now have 1.1 GW of storage in our pipeline.", quotes.Direct, "Dara Quill", "", quotes.Continuation},
	{"a post by its initials", "According to the Police Public Relations Officer, SP Dara Quill, the suspects were arrested.\n\nThe PPRO said the operation followed a distress call.", "the operation followed a distress call", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a long subject with its command, rank and a site's town set off", "The Commissioner of Police, Kelvo State Command, CP Dara Quill, fdc, who paraded the suspects at the Command Headquarters, Orrin, on Tuesday, said, \"The Command will not allow it.\"", "The Command will not allow it.", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a union brother's style", "The union’s National President, Bro. Dara Quill, visited the injured.\n\n‘I held the hand of a young man,’ said Bro. Quill.", "I held the hand of a young man", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a pronoun after a quotation, the title that was the sentence's subject before it", "Governor Dara Quill launched the service on Monday.\n\nAmong the first mothers to use it was Ann Lee, 24.\n\n“The ambulance came in twenty minutes,” she said.\n\nClosing the ceremony, the Governor thanked the health workers.\n\n“This is only the beginning. Next year we will add six ambulances,” she said.", "This is only the beginning. Next year we will add six ambulances", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"the Council in a council's own release", "Orrin City Council\n\nCouncil approves pipe plan\n\nOrrin City Council has approved a ten-year programme.\n\nThe Council has warned residents that water charges are likely to rise.", "water charges are likely to rise", quotes.Indirect, "Orrin City Council", "warned", quotes.SubjectCue},
	{"a long title chain with a named process", "VIENNA, 12 March 2025 – The Special Representative of the ORSC Chairperson-in-Office for the Upper Kelvale Settlement Process, Ambassador Dara Quill, made the following statement:\n\n“The talks were constructive.”", "The talks were constructive.", quotes.Direct, "Dara Quill", "statement", quotes.Colon},
	{"a statement in one quotation over paragraphs, then other speakers", "VIENNA – The Special Representative, Ambassador Dara Quill, made the following statement:\n\n“The talks were constructive.\n\nThe next meeting is in April.”\n\nSeparately, Secretary General Bob Roe said that the mission would stay.", "the mission would stay", quotes.Indirect, "Bob Roe", "said", quotes.SubjectCue},
	{"a title in the lead before its holder is named", "Press release\n\nCoastal homes will benefit from 62 new schemes, Flood Resilience Minister announces.\n\nMore homes will be protected. Flood Resilience Minister Dara Quill said: “Nobody should fear the tide.”", "Coastal homes will benefit from 62 new schemes", quotes.Indirect, "Dara Quill", "announces", quotes.SubjectCue},
	{"a titled name with the place she is from", "One of the first patients, 84-year-old retired schoolteacher Dara Quill of Kettle Cove, said she had been too short of breath to climb the stairs.", "she had been too short of breath to climb the stairs", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"after, inverted possessive description then name", "The Valley Hunger Alliance runs the grants. “Forty kitchens asked,” said the Alliance's program director, Dara Quill.", "Forty kitchens asked", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"an attribution a quotation wrongly takes in the middle", "Congressman Bob Roe spoke.\n\n“I have watched four pharmacies close since 2021, said Congressman Roe. Every one told me the same thing.”", "I have watched four pharmacies close since 2021, said Congressman Roe. Every one told me the same thing.", quotes.Direct, "Bob Roe", "said", quotes.CueSubject},
	{"straight single marks in British style", "One of the families, Dara Quill, a care worker, said her debt had grown.\n\n'I work full time looking after other people, and I can't keep my own house warm,' she said.", "I work full time looking after other people, and I can't keep my own house warm", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"an appositive ending in a world region", "Dr. Dara Quill, UNOCR's regional director for South Asia, warned that cholera cases could rise in the coming weeks.", "cholera cases could rise in the coming weeks", quotes.Indirect, "Dara Quill", "warned", quotes.SubjectCue},
	{"a headline's capitalized 'That'", "Ministers Warn That Prices Will Rise Again\n\nMinisters met today.", "Prices Will Rise Again", quotes.Indirect, "Ministers", "Warn", quotes.SubjectCue},
	{"'Members' in the coverage of an organ's meeting", "9000th Meeting (AM)\nSC/99999\n\nMembers Warn That Deadlock Threatens Council’s ‘Remaining Credibility’\n\nMembers of the Security Council voiced frustration today. The Council met after the strike.", "Deadlock Threatens Council’s ‘Remaining Credibility’", quotes.Mixed, "members of the Security Council", "Warn", quotes.SubjectCue},
	// Split and continued quotations.
	{"split by the attribution", "“We need a border,” Trump said, “and we need a wall.”", "We need a border,” Trump said, “and we need a wall.", quotes.Direct, "Trump", "said", quotes.SubjectCue},
	{"continuation without a cue", "“We will win,” Ann Lee said. “Nobody can stop us.”", "Nobody can stop us.", quotes.Direct, "Ann Lee", "", quotes.Continuation},
	{"a pronoun after a described subject two sentences back", "Bob Roe spoke first.\n\nOne paramedic based in Kelvo, who asked not to be named, described an attack. “We are being robbed on duty. They took our radio,” she said.", "We are being robbed on duty. They took our radio", quotes.Direct, "One paramedic", "said", quotes.SubjectCue},
	{"continuation paragraph", "Ann Lee spoke. “We will win,” she said.\n\n“Nobody can stop us now.”", "Nobody can stop us now.", quotes.Direct, "Ann Lee", "", quotes.Continuation},
	{"multi-paragraph quotation", "Ann Lee said:\n\n“The first part goes on.\n\n“The second part ends here.”", "The first part goes on.\n\n“The second part ends here.", quotes.Direct, "Ann Lee", "said", quotes.SubjectCue},
	{"single marks over two paragraphs, opened after a colon", "Cabinet member for highways, Cllr Dara Quill, said: ‘When we started the trial, some people told us it would fail.\n\n‘Levels have fallen by a fifth.’\n\nThe scheme stays.", "When we started the trial, some people told us it would fail.\n\n‘Levels have fallen by a fifth.", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"colon in the sentence before", "Ann Lee put it this way:\n\n“Nobody can stop us now.”", "Nobody can stop us now.", quotes.Direct, "Ann Lee", ":", quotes.Colon},
	// Reported speech.
	{"said that", "Ambassador Ulrika Funered said that 2019 will mark 15 years since the adoption.", "2019 will mark 15 years since the adoption", quotes.Indirect, "Ulrika Funered", "said", quotes.SubjectCue},
	{"noted that", "Jan Eliasson noted that Resolution 1540 underlines the importance of regional bodies.", "Resolution 1540 underlines the importance of regional bodies", quotes.Indirect, "Jan Eliasson", "noted", quotes.SubjectCue},
	{"added that, by title", "Ambassador Ulrika Funered spoke. Ambassador Funered added that Sweden has underlined co-operation.", "Sweden has underlined co-operation", quotes.Indirect, "Ulrika Funered", "added", quotes.SubjectCue},
	{"described how", "Ali Rached spoke. He described how INTERPOL’s facilitation of information-sharing works.", "how INTERPOL’s facilitation of information-sharing works", quotes.Indirect, "Ali Rached", "described", quotes.SubjectCue},
	{"stressed", "The minister stressed the need for more co-operation across borders.", "the need for more co-operation across borders", quotes.Indirect, "minister", "stressed", quotes.SubjectCue},
	{"said without that", "Clinton said the United States should send more special forces.", "the United States should send more special forces", quotes.Indirect, "Clinton", "said", quotes.SubjectCue},
	{"postposed", "The economy will grow next year, the central bank said on Thursday.", "The economy will grow next year", quotes.Indirect, "central bank", "said", quotes.SubjectCue},
	{"postposed, inverted group", "Greater co-operation can counter proliferation, said speakers at today’s meeting.", "Greater co-operation can counter proliferation", quotes.Indirect, "speakers at today’s meeting", "said", quotes.CueSubject},
	{"parenthetical", "The editorial, sources said, nailed the narrative of the campaign.", "The editorial, sources said, nailed the narrative of the campaign", quotes.Indirect, "sources", "said", quotes.SubjectCue},
	{"according to, final", "The plan will cost $5 billion, according to the Congressional Budget Office.", "The plan will cost $5 billion", quotes.Indirect, "Congressional Budget Office", "according to", quotes.AccordingTo},
	{"according to, initial", "According to the report, nearly 700 million people live on less than $2.15 a day.", "nearly 700 million people live on less than $2.15 a day", quotes.Indirect, "report", "According to", quotes.AccordingTo},
	{"a participle after a title set off before an honorific and a name", "The minister, Dr. Dara Quill, welcomed the approval in a message, saying that the programme would end the shortage.", "the programme would end the shortage", quotes.Indirect, "Dara Quill", "saying", quotes.Participle},
	{"a participle after a title, a name and its appositive", "Captain Dara Quill, Chair of the Island Boat Forum, welcomed the plan, saying that owners had waited for news.", "owners had waited for news", quotes.Indirect, "Dara Quill", "saying", quotes.Participle},
	{"particles inside a name after the verb", "“Volumes recovered,” said Pieter van der Berg, Chairman and Chief Executive Officer.", "Volumes recovered", quotes.Direct, "Pieter van der Berg", "said", quotes.CueSubject},
	{"particles inside a name before the verb", "Tariq bin Hamdan said the quarter was strong.", "the quarter was strong", quotes.Indirect, "Tariq bin Hamdan", "said", quotes.SubjectCue},
	{"a family name's particles alone", "Pieter van der Berg is the chief executive. “We are raising the outlook,” van der Berg said.", "We are raising the outlook", quotes.Direct, "Pieter van der Berg", "said", quotes.SubjectCue},
	{"a relation set off before a post in lower case and the name", "“Our models run in eleven languages,” said her co-founder, chief technology officer Dara Quill.", "Our models run in eleven languages", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a described speaker set off before a post in lower case and the name", "“We sank,” said the company's founder, chief executive Ann Poe.", "We sank", quotes.Direct, "Ann Poe", "said", quotes.CueSubject},
	{"a described speaker set off before an honorific and the name", "“A good alert is one a nurse acts on,” said the company's chief medical officer, Dr. Hélène Roe.", "A good alert is one a nurse acts on", quotes.Direct, "Hélène Roe", "said", quotes.CueSubject},
	{"a pronoun after a sentence whose subject follows an opening adverbial and a title", "The representative of Kelvo said that her delegation would abstain.\n\nSpeaking in her national capacity, the Council President, DARA QUILL (Ruritania), turned to finance. “The region needs investment,” she said.", "The region needs investment", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a pronoun after a name in a place's modifier ('at the Adré border point') is the one-name subject's", "“Roads are closing,” Governor Bob Roe said.\n\nHalima, a 29-year-old mother of four from El Geneina, arrived at the Adré border point in June. “We left at night when the shooting came close,” she told staff.", "We left at night when the shooting came close", quotes.Direct, "Halima", "told", quotes.SubjectCue},
	{"a pronoun after a name set off inside a 'whose' phrase is the subject's", "“Speed kills,” Bob Roe said.\n\nGrace Quill, whose 19-year-old son, Eli, was killed in 2024, has become a supporter. In testimony in May, she told legislators that she wanted the limit lowered.", "she wanted the limit lowered", quotes.Indirect, "Grace Quill", "told", quotes.SubjectCue},
	{"a pronoun after a quotation that opens with a name", "Dara Quill spoke first. “Fishers should not sleep on their boats,” she added.", "Fishers should not sleep on their boats", quotes.Direct, "Dara Quill", "added", quotes.SubjectCue},
	{"a pronoun after a quotation whose clause opens with a name the speaker speaks of", "“Our robots work in every warehouse,” Dara Quill said. “If Tom can pick there, he can pick anywhere.”\n\n“We learned a lot in the pilot,” he added.", "We learned a lot in the pilot", quotes.Direct, "Dara Quill", "added", quotes.SubjectCue},
	{"a delegate's country tells two delegates apart", "The representative of Norway said that aid must be planned. The representative of Senegal emphasized that ownership had driven the gains.", "ownership had driven the gains", quotes.Indirect, "representative of Senegal", "emphasized", quotes.SubjectCue},
	{"'the charity' is the issuer the release's structure shows", "The Acme Group met on Monday. The charity warned that winters are getting colder.\n\nAbout Hollin Trust\n\nHollin Trust is a charity.", "winters are getting colder", quotes.Indirect, "Hollin Trust", "warned", quotes.SubjectCue},
	{"a participle after a body and its appositive", "The Open Roads Coalition, an alliance of 64 cycling groups, today condemned the delay, calling it “indefensible” in a deadly year.", "it “indefensible” in a deadly year", quotes.Mixed, "Open Roads Coalition", "calling", quotes.Participle},
	{"a name set off after a description, with honours and letters", "“We heard from a nurse,” said the Chair of the Committee, Rt Hon Dame Dara Quill MP.", "We heard from a nurse", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a place after a preposition in an appositive is not the subject", "Cllr Dara Quill, leader of the Council of the Isles of Scilly, said residents had begun to leave.", "residents had begun to leave", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a company's subject before two tickers", "Zentrix Limited (NSE: ZTX) (BSE: 544118), a maker of panels, today announced that it will buy Acme.", "it will buy Acme", quotes.Indirect, "Zentrix Limited", "announced", quotes.SubjectCue},
	{"a pronoun after a titled subject with a field, not a place named after her", "Professor Bob Roe said the hubs were good. Zambia's Minister of Health, Hon. Dr Dara Quill, MP, welcomed the hub in Lusaka. “Our teams waited nineteen days,” she said.", "Our teams waited nineteen days", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a line that names the speaker and ends with a dash, above the quotation", "Quotes:\n\nDara Quill, Minister of Coastal Infrastructure –\n\n“We are building for the storms we now know are coming.”", "We are building for the storms we now know are coming.", quotes.Direct, "Dara Quill", "–", quotes.Colon},
	{"a speaker after the verb with a parenthesis of two words in the titles", "“The embankments were designed for another climate,” said ZDB Vice-President for Operations (South Asia) Ms. Dara Quill.", "The embankments were designed for another climate", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a first family name alone stands for the person with two", "Luz Marina Quilodrán Ñanco, president of the fishers' union, spoke first. “We need the wetlands,” Quilodrán said.", "We need the wetlands", quotes.Direct, "Luz Marina Quilodrán Ñanco", "said", quotes.SubjectCue},
	{"an honour written with an apostrophe before the name", "The centre opened. “A child cannot wait,” said Dato’ Dr. Dara Quill bin Roe, Chief Executive Officer of Kelvo Hospital.", "A child cannot wait", quotes.Direct, "Dara Quill bin Roe", "said", quotes.CueSubject},
	{"a first family name alone before the full name stands for it", "Governor Quilodrán: “No family will depend on a truck”\n\nKELVO – The state opened the aqueduct. “It will not happen again,” Governor Luz Marina Quilodrán Ñanco said.", "No family will depend on a truck", quotes.Direct, "Luz Marina Quilodrán Ñanco", ":", quotes.Colon},
	{"participle shares the subject", "Trump attacked Clinton on Tuesday, saying she was unfit to serve.", "she was unfit to serve", quotes.Indirect, "Trump", "saying", quotes.Participle},
	{"mixed", "Trump said Tuesday that Marco Rubio was “a total lightweight.”", "Marco Rubio was “a total lightweight.”", quotes.Mixed, "Trump", "said", quotes.SubjectCue},
	{"organization speaks", "The White House said the president would sign the bill.", "the president would sign the bill", quotes.Indirect, "White House", "said", quotes.SubjectCue},
	{"descriptor across sentences", "Sen. Ted Cruz spoke in Iowa. The senator said the race was far from over.", "the race was far from over", quotes.Indirect, "Ted Cruz", "said", quotes.SubjectCue},
	{"group", "Officials at the State Department said the talks would resume.", "the talks would resume", quotes.Indirect, "Officials at the State Department", "said", quotes.SubjectCue},
	{"relative who", "It was Smith, who said the vote was rigged.", "the vote was rigged", quotes.Indirect, "Smith", "said", quotes.SubjectCue},
	{"question to someone unnamed", "Asked whether she would run again, Ann Lee smiled.", "whether she would run again", quotes.Indirect, "", "Asked", quotes.Question},
	{"age as a descriptor", "Chris Pratt posted the clip on Thursday. “What if Donald Trump had elocution lessons?” the 43-year-old asked.", "What if Donald Trump had elocution lessons?", quotes.Direct, "Chris Pratt", "asked", quotes.SubjectCue},
	{"abbreviated title after a hyphen", "Devine argued that the distance between Clinton and then-Sen. Barack Obama was narrower.", "the distance between Clinton and then-Sen. Barack Obama was narrower", quotes.Indirect, "Devine", "argued", quotes.SubjectCue},
	{"parenthesis in dashes", "Smith said closed primaries -- those open only to registered Democrats -- deny voters a voice.", "closed primaries -- those open only to registered Democrats -- deny voters a voice", quotes.Indirect, "Smith", "said", quotes.SubjectCue},
	{"aside adverb after the cue", "Kaine now says, however, that he is a strong advocate for abortion rights.", "he is a strong advocate for abortion rights", quotes.Indirect, "Kaine", "says", quotes.SubjectCue},
	{"subordinate clause after an adverb", "However, while the RNC says it will reach its goal, it is not receiving help from companies.", "it will reach its goal", quotes.Indirect, "Republican National Committee", "says", quotes.SubjectCue},
	{"name modifying a noun", "Several Clinton supporters said the former president had made a good case.", "the former president had made a good case", quotes.Indirect, "Several Clinton supporters", "said", quotes.SubjectCue},
	{"party then appositive", "Rep. Elijah Cummings (D-Md.), chair of the drafting committee, said Clinton was not concerned.", "Clinton was not concerned", quotes.Indirect, "Elijah Cummings", "said", quotes.SubjectCue},
	{"gloss after the content", "James Comey said she should face no criminal charges, a recommendation the attorney general adopted.", "she should face no criminal charges", quotes.Indirect, "James Comey", "said", quotes.SubjectCue},
	{"coordinated participles", "Susan Sarandon escalated her criticism, telling CNN that Trump is a faker and questioning how he has gotten away with it.", "Trump is a faker", quotes.Indirect, "Susan Sarandon", "telling", quotes.Participle},
	{"participle after a quotation's comma", "Sen. Bernie Sanders spoke. The senator said the system was \"corrupt,\" noting that it is \"very strange.\"", "it is \"very strange.\"", quotes.Mixed, "Bernie Sanders", "noting", quotes.Participle},
	{"description with an unknown head, relative clause", "Trump spoke. The lawmaker, who represents a district in Albay province, said the remarks \"have had widespread dissemination.\"", "the remarks \"have had widespread dissemination.\"", quotes.Mixed, "lawmaker", "said", quotes.SubjectCue},
	{"description with an unknown head", "\"Trump is very cute with a big mouth,\" one user wrote.", "Trump is very cute with a big mouth", quotes.Direct, "one user", "wrote", quotes.SubjectCue},
	{"absolute construction", "Both men issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”", "it a “great meeting.”", quotes.Mixed, "Trump", "calling", quotes.Participle},
	{"object of a preposition in a relative clause", "Officials who spoke with The Huffington Post said the organization has become a shell of itself.", "the organization has become a shell of itself", quotes.Indirect, "Officials", "said", quotes.SubjectCue},
	{"according to after a quotation's comma", "One message said: “You kill innocent women and children,” according to a letter from the chairman.", "You kill innocent women and children", quotes.Direct, "One message", "said", quotes.SubjectCue},
	{"after as a preposition", "According to Facebook, Trump generated the most interactions the week after his controversial proposal to ban Muslims.", "Trump generated the most interactions the week after his controversial proposal to ban Muslims", quotes.Indirect, "Facebook", "According to", quotes.AccordingTo},
	{"a question in a subordinate clause", "After Craig Patrick asked about it in an interview, the Graysons became “agitated,” according to a source at the station.", "After Craig Patrick asked about it in an interview, the Graysons became “agitated,”", quotes.Mixed, "source at the station", "according to", quotes.AccordingTo},
	{"coordinated clause, infinitive", "In the end, 12 members prevailed, and the remaining two delegates pledged to support the senator.", "to support the senator", quotes.Indirect, "remaining two delegates", "pledged", quotes.SubjectCue},
	{"words before a quotation in its clause", "Clinton spoke in Iowa. The bill's failure was \"heartbreaking,\" she said.", "The bill's failure was \"heartbreaking,\"", quotes.Mixed, "Clinton", "said", quotes.SubjectCue},
	{"hearer with to before a wh-clause", "Sam Jacobs, Time’s assistant managing editor, explained to CBS why Merkel was selected.", "why Merkel was selected", quotes.Indirect, "Sam Jacobs", "explained", quotes.SubjectCue},
	{"possessor's people", "Ted Cruz’s associates insist he’s returning to the Senate unchanged.", "he’s returning to the Senate unchanged", quotes.Indirect, "Ted Cruz’s associates", "insist", quotes.SubjectCue},
	{"adjective before an infinitive", "Advisers to Mr. Rubio are quick to point out that he has placed second.", "he has placed second", quotes.Indirect, "Advisers to Mr. Rubio", "point out", quotes.SubjectCue},
	{"time after the cue", "Donald Trump joined the debate, announcing on Wednesday he would meet with the NRA.", "he would meet with the NRA", quotes.Indirect, "Donald Trump", "announcing", quotes.Participle},
	{"relative clause ends the speech", "Voters may ask whether Donald J. Trump, who suggested the battle could be left to Russia, is a wise choice.", "the battle could be left to Russia", quotes.Indirect, "Donald J. Trump", "suggested", quotes.SubjectCue},
	{"non-restrictive relative clause after the speech", "The candidates say they are not avoiding Hillary Clinton, who has been battered by the investigation.", "they are not avoiding Hillary Clinton", quotes.Indirect, "candidates", "say", quotes.SubjectCue},
	{"ordinal in a rank", "“I really don’t understand it,” said Air Force 1st Lt. Tyler Livingston.", "I really don’t understand it", quotes.Direct, "Tyler Livingston", "said", quotes.CueSubject},
	{"role word the lists don't know", "“Imagine Brad Thor on the same stage,” mused Blaze co-host Stu Burguiere.", "Imagine Brad Thor on the same stage", quotes.Direct, "Stu Burguiere", "mused", quotes.CueSubject},
	{"description with a name inside", "“We are shocked, Ahmed was a friend to us,” one P&G Amiens employee told French television.", "We are shocked, Ahmed was a friend to us", quotes.Direct, "one P&G Amiens employee", "told", quotes.SubjectCue},
	{"statement after a comma", "Immediately after the attacks, Trump issued a statement, “Our nation was attacked.”", "Our nation was attacked.", quotes.Direct, "Trump", "", quotes.ClauseSubject},
	{"own clause after a quotation that ended the sentence", "Reid was angry. \"It shows a lack of character.\" Reid said both Rubio and Cruz are \"non-entities,\" but he praised Cruz.", "both Rubio and Cruz are \"non-entities", quotes.Mixed, "Reid", "said", quotes.SubjectCue},
	{"words after a quotation before a postposed subject", "Gilbert spoke. So are a \"small handful\" of companies who usually sponsor the event, Gilbert said.", "So are a \"small handful\" of companies who usually sponsor the event", quotes.Mixed, "Gilbert", "said", quotes.SubjectCue},
	{"a cue that ends its sentence before a quotation", "Craig Robinson spoke first. Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"", "Mainstream Republicans are running out of time.", quotes.Direct, "Dianne Bystrom", "agreed", quotes.SubjectCue},
	{"went on after a quotation", "Clinton spoke. \"And it is a bit concerning to me,\" she went on.", "And it is a bit concerning to me", quotes.Direct, "Clinton", "went on", quotes.SubjectCue},
	{"percentage as a subject", "On social issues they lean left: 42% say they are liberal, 32% call themselves conservative.", "they are liberal", quotes.Indirect, "42%", "say", quotes.SubjectCue},
	{"compound noun subject after the speech", "It is impossible to check each of them, law enforcement officials say.", "It is impossible to check each of them", quotes.Indirect, "law enforcement officials", "say", quotes.SubjectCue},
	{"relative clause with whose before the verb", "The state officials whose laws have been invalidated say the real change has come in the judiciary.", "the real change has come in the judiciary", quotes.Indirect, "state officials", "say", quotes.SubjectCue},
	{"a cue after an article is a noun", "Party officials say that, even if they wanted to, a recount of the vote could not be done.", "even if they wanted to, a recount of the vote could not be done", quotes.Indirect, "Party officials", "say", quotes.SubjectCue},
	{"as reported by", "As the Washington Post reported, Republicans now control both chambers in 30 states.", "Republicans now control both chambers in 30 states", quotes.Indirect, "Washington Post", "reported", quotes.AccordingTo},
	{"opening adverbial inside the speech", "The paper reported that during the visit, Erdogan repeated his request.", "during the visit, Erdogan repeated his request", quotes.Indirect, "paper", "reported", quotes.SubjectCue},
	{"absolute construction after the speech", "Authorities announced tighter controls on the border, with the interior minister leveling sharp criticism.", "tighter controls on the border", quotes.Indirect, "Authorities", "announced", quotes.SubjectCue},
	{"a web address ends a sentence", "They lived in Angers, according to ouest-france.fr. They were headed to Egypt on vacation, BFMTV reported.", "They were headed to Egypt on vacation", quotes.Indirect, "BFMTV", "reported", quotes.SubjectCue},
	{"participle of a described subject", "The Florida senator sought to calm his supporters, and took a heckler in stride, saying the person would “not get beat up” at his rally.", "the person would “not get beat up” at his rally", quotes.Mixed, "Florida senator", "saying", quotes.Participle},
	{"coordinated verb after a quotation's comma", "Perez hammered Trump, calling him a \"train wreck,\" and contrasted him with Clinton.", "him a \"train wreck,\"", quotes.Mixed, "Perez", "calling", quotes.Participle},
	{"said about X, colon", "In a press release, the convention committee said about its platform:\n\n\"The platform goes further than previous platforms.\"", "The platform goes further than previous platforms.", quotes.Direct, "convention committee", "said", quotes.SubjectCue},
	{"a new clause after and", "Two others have not said who they would vote for, and a fifth superdelegate has not been named.", "who they would vote for", quotes.Indirect, "Two others", "said", quotes.SubjectCue},
	{"relative clause ends at a quotation's comma", "Roffman, who estimates that his legal costs were \"in the seven figures,\" described the impact as horrendous.", "his legal costs were \"in the seven figures,\"", quotes.Mixed, "Roffman", "estimates", quotes.SubjectCue},
	{"a verb with its particle after a noun", "To satisfy his party, his plan calls for rates that rise with earnings.", "rates that rise with earnings", quotes.Indirect, "his plan", "calls for", quotes.SubjectCue},
	{"a demonstrative description", "This initiative called for the deportation of foreign nationals.", "the deportation of foreign nationals", quotes.Indirect, "This initiative", "called for", quotes.SubjectCue},
	{"comment on", "An AIPAC spokesman declined to comment on the reaction to Trump’s appearance.", "the reaction to Trump’s appearance", quotes.Indirect, "AIPAC spokesman", "comment on", quotes.SubjectCue},
	{"a reflexive object after a comma", "In the past, Trump called himself pro-choice.", "himself pro-choice", quotes.Indirect, "Trump", "called", quotes.SubjectCue},
	{"an adverbial after a parenthetical attribution", "Hillary Clinton won the Missouri primary, the Associated Press declared on Thursday, two days after voters went to the polls.", "Hillary Clinton won the Missouri primary", quotes.Indirect, "Associated Press", "declared", quotes.SubjectCue},
	{"a clause without that or an auxiliary", "The Turkish government claims Gulen runs a worldwide network.", "Gulen runs a worldwide network", quotes.Indirect, "Turkish government", "claims", quotes.SubjectCue},
	{"a contracted relative clause in an appositive", "Williams spoke. But Williams, who’s running to be an alternate, added that he is on a mission.", "he is on a mission", quotes.Indirect, "Williams", "added", quotes.SubjectCue},
	{"a participle after a preposition, a conjunction opening the sentence", "Trump spoke in Iowa. Yet he is facing skepticism after saying in a debate that he is impartial.", "he is impartial", quotes.Indirect, "Trump", "saying", quotes.Participle},
	{"a gerund subject before a postposed speaker", "Mr. Trump spoke last week. Seeing his brother suffering led him to avoid alcohol, he said.", "Seeing his brother suffering led him to avoid alcohol", quotes.Indirect, "Trump", "said", quotes.SubjectCue},
	{"a document's second verb", "The affidavit cited interviews with Fields and said that the detective had seen bruises.", "the detective had seen bruises", quotes.Indirect, "affidavit", "said", quotes.Participle},
	{"a poll's quantifier subject", "Voters were asked about the party. Most said they were very worried about the economy.", "they were very worried about the economy", quotes.Indirect, "Most", "said", quotes.SubjectCue},
	{"a poll's number subject", "While 86 percent liked the mayor, 43 said the same of her rival.", "the same of her rival", quotes.Indirect, "43", "said", quotes.SubjectCue},
	{"a poll's answers joined by and", "Two in three said the plan was fair and one in four said it came too late.", "the plan was fair", quotes.Indirect, "Two in three", "said", quotes.SubjectCue},
	{"a main verb after a relative clause that said something", "Ann Lee, who says the polls have tightened, said voters should choose her.", "voters should choose her", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"a relative clause between dashes", "Judge Ann Lee -- who has clashed with the mayor -- said she regretted her remarks.", "she regretted her remarks", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"an inverted speaker before a subordinate clause", "“Anyone who breaks the law puts us at risk,” said voter Dan Golvach when asked about the senator.", "Anyone who breaks the law puts us at risk", quotes.Direct, "Dan Golvach", "said", quotes.CueSubject},
	{"an inverted attribution after a conjunction, the quotation after it", "Ann Lee worked for him. But, said Ann Lee, “I don't want to drum up conflict.”", "I don't want to drum up conflict.", quotes.Direct, "Ann Lee", "said", quotes.CueSubject},
	{"a relative clause after the speaker just named", "“He is a danger,” said Glenn Beck, who added that there were too many disturbing things.", "there were too many disturbing things", quotes.Indirect, "Glenn Beck", "added", quotes.SubjectCue},
	{"another, with a quotation after a comma", "“We are tired,” one voter said. Another tweeted, “The senator is above the rules.”", "The senator is above the rules.", quotes.Direct, "", "tweeted", quotes.SubjectCue},
	{"a hearer then a clause without that", "Podesta told the AP his firm worked closely with the nonprofit.", "his firm worked closely with the nonprofit", quotes.Indirect, "Podesta", "told", quotes.SubjectCue},
	{"a hearer then a contracted pronoun", "Murphy told me he’s had a relatively quiet life.", "he’s had a relatively quiet life", quotes.Indirect, "Murphy", "told", quotes.SubjectCue},
	{"a request: hearer and infinitive", "Mr. Hurt asked Norton to republish the book this year.", "Norton to republish the book this year", quotes.Indirect, "Hurt", "asked", quotes.SubjectCue},
	{"a subordinate clause after an opening adverbial ends the speech", "In June 2001, after Ann Lee asked workers to sign up for a pay cut, 80,000 employees volunteered.", "workers to sign up for a pay cut", quotes.Indirect, "Ann Lee", "asked", quotes.SubjectCue},
	{"a subject pronoun after a verb that takes a hearer", "The Saudis have warned they could sell off their assets.", "they could sell off their assets", quotes.Indirect, "Saudis", "warned", quotes.SubjectCue},
	{"a determiner, a noun and its verb without that", "Party critics argue the system gives too much power to party elites.", "the system gives too much power to party elites", quotes.Indirect, "Party critics", "argue", quotes.SubjectCue},
	{"a bare prepositional phrase before the clause", "Ted Roe has said for weeks he’s the only candidate who can win.", "he’s the only candidate who can win", quotes.Indirect, "Ted Roe", "said", quotes.SubjectCue},
	{"a negated verb of saying", "Spokesman Don Stewart wouldn’t say when the Senate will vote.", "when the Senate will vote", quotes.Indirect, "Don Stewart", "say", quotes.SubjectCue},
	{"a share of a poll with a plural verb", "Nearly a third say they don't know.", "they don't know", quotes.Indirect, "Nearly a third", "say", quotes.SubjectCue},
	{"a floating quantifier after the subject", "Richards and Menendez both stressed that it wasn’t all bad news.", "it wasn’t all bad news", quotes.Indirect, "Richards", "stressed", quotes.SubjectCue},
	{"an adjective and an infinitive after a copula", "Democratic voters are slightly more likely to say that Clinton represents their positions.", "Clinton represents their positions", quotes.Indirect, "Democratic voters", "say", quotes.SubjectCue},
	{"a time adverbial between the subject and the verb", "Democratic presidential candidate Hillary Clinton on Tuesday said that the violence was genocide.", "the violence was genocide", quotes.Indirect, "Hillary Clinton", "said", quotes.SubjectCue},
	{"a statement that was issued speaks for its issuer", "Minutes later, the Acme campaign issued a statement saying that the senator meant voters.", "the senator meant voters", quotes.Indirect, "Acme campaign", "saying", quotes.SubjectCue},
	{"a relative pronoun stands for what was said", "Ann Lee's vote for the war, which she has repeatedly said was a mistake, cost her the race.", "which she has repeatedly said was a mistake", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"a relative pronoun before a past verb stands for what was said", "Ann Lee praised the tax cuts, which she said lifted the county's economy.", "which she said lifted the county's economy", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"'who' stands for what was said", "Ann Lee criticized the moderator, who she claims has been unfair to her.", "who she claims has been unfair to her", quotes.Indirect, "Ann Lee", "claims", quotes.SubjectCue},
	{"a relative pronoun is the object inside what was said", "Ann Lee proposed a new bridge, which she said the county should pay for.", "which she said the county should pay for", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"what someone calls something", "Ted Roe has railed against what he calls the “Washington cartel” and cast himself as an outsider.", "what he calls the “Washington cartel”", quotes.Mixed, "Ted Roe", "calls", quotes.SubjectCue},
	{"what remarks were about, after adjectives", "Ted Roe spoke in Iowa. His controversial remarks about abortion angered voters.", "abortion", quotes.Indirect, "Ted Roe", "remarks", quotes.Possessor},
	{"comments on a topic", "Ted Roe spoke in Iowa. He angered Jewish leaders with his comments on Muslims.", "Muslims", quotes.Indirect, "Ted Roe", "comments", quotes.Possessor},
	{"state as a verb before that and a clause", "The ruling states that the law is void.", "the law is void", quotes.Indirect, "ruling", "states", quotes.SubjectCue},
	{"as someone reported, at the end of the sentence", "The numbers changed over the summer, as the Daily Ledger reported on Tuesday.", "The numbers changed over the summer", quotes.Indirect, "Daily Ledger", "reported", quotes.AccordingTo},
	{"a relative clause after the source is the source's", "The tax is unfair, according to Ann Lee, who studies the tax.", "The tax is unfair", quotes.Indirect, "Ann Lee", "according to", quotes.AccordingTo},
	{"according to after a clause a verb of saying attributes", "On Monday, Ted Roe said he was happy with the vote, according to the Daily Ledger.", "On Monday, Ted Roe said he was happy with the vote", quotes.Indirect, "Daily Ledger", "according to", quotes.AccordingTo},
	{"the words inside stay the subject's", "On Monday, Ted Roe said he was happy with the vote, according to the Daily Ledger.", "he was happy with the vote", quotes.Indirect, "Ted Roe", "said", quotes.SubjectCue},
	{"according to after a quotation and its attribution", "“We will win,” Ann Lee said at a rally, according to the Daily Ledger.", "“We will win,” Ann Lee said at a rally", quotes.Mixed, "Daily Ledger", "according to", quotes.AccordingTo},
	{"according to, then the source's appositive", "Most gifts have come from women, according to an analysis by Crowdpac, a political crowdfunding website.", "Most gifts have come from women", quotes.Indirect, "Crowdpac", "according to", quotes.AccordingTo},
	{"according to in the middle of a clause", "But the next day, according to Ann Lee, Ted Roe made further demands.", "But the next day, according to Ann Lee, Ted Roe made further demands", quotes.Indirect, "Ann Lee", "according to", quotes.AccordingTo},
	{"that's according to", "Sanders raised $20 million in January. That’s according to Ann Lee, who runs the campaign.", "That’s", quotes.Indirect, "Ann Lee", "according to", quotes.AccordingTo},
	{"a capitalized contraction is a pronoun, not a name", "Ann Lee spoke in Iowa. She’s saying the plan will fail.", "the plan will fail", quotes.Indirect, "Ann Lee", "saying", quotes.SubjectCue},
	{"a capitalized contraction with has", "Ted Roe spoke in Iowa. He's said he gets his ideas from a novel.", "he gets his ideas from a novel", quotes.Indirect, "Ted Roe", "said", quotes.SubjectCue},
	{"a second predicate of the speaker's after and", "Ted Roe urged the party to unite behind him and tried to calm his critics.", "the party to unite behind him", quotes.Indirect, "Ted Roe", "urged", quotes.SubjectCue},
	{"a second predicate inside a clause that was said", "Ann Lee said she was tired of the race and wanted a change.", "she was tired of the race and wanted a change", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"a proportion before the base form", "Voters were split. One in five say they will not vote.", "they will not vote", quotes.Indirect, "One in five", "say", quotes.SubjectCue},
	{"a gloss after a quoted phrase that ends with a comma", "Ted Roe slammed the rule known as the \"swap loophole,\" which lets banks move funds abroad.", "the rule known as the \"swap loophole,\"", quotes.Mixed, "Ted Roe", "slammed", quotes.SubjectCue},
	{"quoted phrases in a list go on", "Ann Lee tweeted that Roe is a “loser,” a “liar” and a “whiner.”", "Roe is a “loser,” a “liar” and a “whiner.”", quotes.Mixed, "Ann Lee", "tweeted", quotes.SubjectCue},
	{"a means that was said, after by", "Ann Lee has argued that she could still win by persuading delegates to switch.", "she could still win by persuading delegates to switch", quotes.Indirect, "Ann Lee", "argued", quotes.SubjectCue},
	{"the speaker's next act of saying ends what was said", "Ted Roe said the ban kept us safe before claiming that crime fell.", "the ban kept us safe", quotes.Indirect, "Ted Roe", "said", quotes.SubjectCue},
	{"a second verb after but goes on with what was said", "Ann Lee said she was rooting for Denver but would now root for Carolina.", "she was rooting for Denver but would now root for Carolina", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"but and a second verb of saying end what was said", "Ann Lee said she would vote for Roe but insisted that she would not campaign.", "she would vote for Roe", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"a share that opens with more than", "Voters were asked. More than 4 in 10 said retired judge Ann Lee would handle the economy best.", "retired judge Ann Lee would handle the economy best", quotes.Indirect, "More than 4 in 10", "said", quotes.SubjectCue},
	{"a share of several states", "Most back the plan, but majorities in all five say they want the office kept open.", "they want the office kept open", quotes.Indirect, "majorities in all five", "say", quotes.SubjectCue},
	{"a share in one hyphened word, of them", "Women are a majority, and as many as three-fourths of them tell pollsters they dislike the plan.", "they dislike the plan", quotes.Indirect, "as many as three-fourths of them", "tell", quotes.SubjectCue},
	{"what was said ends before a quotation with its own attribution", "In her speech, Ann Lee declared the need for strong will and resolve: “Change the world again,” she said.", "the need for strong will and resolve", quotes.Indirect, "Ann Lee", "declared", quotes.SubjectCue},
	{"a quotation after a dash with its own attribution", "Ted Roe praised his brother's ''quiet faith'' - ''faith that shows itself in deeds,'' he said - and left.", "his brother's ''quiet faith''", quotes.Mixed, "Ted Roe", "praised", quotes.SubjectCue},
	{"a participle's subject is not the object of a preposition", "At a town hall, Ted Roe went after Ann Lee, calling her “a total stiff.”", "her “a total stiff.”", quotes.Mixed, "Ted Roe", "calling", quotes.Participle},
	{"a name after a preposition that has a verb of its own", "The crowd was quiet while Ted Roe denounced the tests and pledged to confront the threat.", "to confront the threat", quotes.Indirect, "Ted Roe", "pledged", quotes.Participle},
	{"a second predicate with an auxiliary after but", "Ann Lee has voiced concerns but has said that she would not block the plan.", "she would not block the plan", quotes.Indirect, "Ann Lee", "said", quotes.Participle},
	{"a second predicate with do-support after but", "Ted Roe ignored the rivals but did note that he had won the most votes.", "he had won the most votes", quotes.Indirect, "Ted Roe", "note", quotes.Participle},
	{"an adverb between the comma and the participle", "Ted Roe spoke to the crowd, again claiming that the vote was rigged.", "the vote was rigged", quotes.Indirect, "Ted Roe", "claiming", quotes.Participle},
	{"an infinitive of purpose that is speech", "Ted Roe went out of his way to say that the economy had hit bottom.", "the economy had hit bottom", quotes.Indirect, "Ted Roe", "say", quotes.SubjectCue},
	{"an infinitive of purpose whose object speaks", "Ann Lee spoke. A strong win led her to declare that the nomination was in sight.", "the nomination was in sight", quotes.Indirect, "Ann Lee", "declare", quotes.SubjectCue},
	{"a parenthetical attribution after an opening adverb, then an article", "Ann Lee spoke. Overall, she said, a number of key constituencies are finding themselves alienated.", "Overall, she said, a number of key constituencies are finding themselves alienated", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"a new clause with a named subject after a comma and and", "Ann Lee has said she intends to fill half her cabinet with women, and Ms. Roe is among the few candidates.", "she intends to fill half her cabinet with women", quotes.Indirect, "Ann Lee", "said", quotes.SubjectCue},
	{"a question aside between the subject and its verb", "Ann Lee, asked about the vote, had said, ''I think the vote was close.''", "I think the vote was close.", quotes.Direct, "Ann Lee", "said", quotes.SubjectCue},
	{"an age and a hometown between the name and the verb", "Cory Jameson, 22, of Flint, Mich., said he had not given up hope.", "he had not given up hope", quotes.Indirect, "Cory Jameson", "said", quotes.SubjectCue},
	{"a restrictive relative clause and an aside before the verb", "Yet some voters who have listened to his speeches, on television or at small events, said he had less magnetism.", "he had less magnetism", quotes.Indirect, "some voters", "said", quotes.SubjectCue},
	{"a participle after a subject with a relative clause set off by commas", "Republicans, who hold a 54-seat majority, have blocked the bills over the years, saying they infringe on rights.", "they infringe on rights", quotes.Indirect, "Republicans", "saying", quotes.Participle},
	{"a relative clause ending in an object pronoun before a base form", "People who know him say that he is kind.", "he is kind", quotes.Indirect, "People", "say", quotes.SubjectCue},
	{"an aside in dashes between the subject and the verb", "Democrats — and some Republicans — say that the plan outweighs any gains.", "the plan outweighs any gains", quotes.Indirect, "Democrats", "say", quotes.SubjectCue},
	{"an aside in dashes between the verb and that", "Ted Roe said — on Twitter, as it happens — that the campaign raised four million dollars.", "the campaign raised four million dollars", quotes.Indirect, "Ted Roe", "said", quotes.SubjectCue},
	{"those a poll asked", "By big margins, those surveyed say the economy should be the first priority.", "the economy should be the first priority", quotes.Indirect, "those surveyed", "say", quotes.SubjectCue},
	{"'in the past' between the auxiliary and the verb", "Ann Lee's close friends have in the past said she was staying quiet.", "she was staying quiet", quotes.Indirect, "Ann Lee's close friends", "said", quotes.SubjectCue},
	{"a share that opens with at least", "When he asked supporters to run, at least 21,000 said they would help.", "they would help", quotes.Indirect, "at least 21,000", "said", quotes.SubjectCue},
	{"several lead words before the subject of a participle", "Ted Roe spoke first. And then Ted Roe went fully on the attack, saying, “Is the president going to act?”", "Is the president going to act?", quotes.Direct, "Ted Roe", "saying", quotes.Participle},
	{"a question whose asker is named after by", "Asked by Dara Quill whether she had practiced the speech, Ann Lee said she had read it once.", "whether she had practiced the speech", quotes.Indirect, "Dara Quill", "Asked", quotes.Question},
	{"asked with an object after an appositive is the main verb", "Dara Quill, a supporter and president of the Kelvale Trust, asked Ted Roe whether he would serve.", "whether he would serve", quotes.Indirect, "Dara Quill", "asked", quotes.SubjectCue},
	{"a one-word answer", "Asked about the plan, 75 percent of Democrats said yes.", "yes", quotes.Indirect, "75 percent of Democrats", "said", quotes.SubjectCue},
	{"an absolute construction after with", "Voters shrugged, with three in 10 saying a running mate would not matter.", "a running mate would not matter", quotes.Indirect, "three in 10", "saying", quotes.Participle},
	{"an absolute construction ends at the next one", "Teachers cheered, with the American Federation of Teachers calling her a champion of working families and union president Randi Weingarten hugging her on stage.", "her a champion of working families", quotes.Indirect, "American Federation of Teachers", "calling", quotes.Participle},
	{"a participle of saying that opens the sentence", "Ted Roe spoke. After suggesting on Wednesday that he regretted the insults, Roe only occasionally disagreed with him.", "he regretted the insults", quotes.Indirect, "Ted Roe", "suggesting", quotes.Participle},
	{"a fronted participle, then the main clause's own attribution", "Noting that only Ann Lee voted with Democrats, Tester added that the bill would fail.", "only Ann Lee voted with Democrats", quotes.Indirect, "Tester", "Noting", quotes.Participle},
	{"a description with of", "A large body of work suggests that tests can predict success.", "tests can predict success", quotes.Indirect, "large body of work", "suggests", quotes.SubjectCue},
	{"what was tweeted is a noun phrase", "Ann Lee tweeted her thanks to the president.", "her thanks to the president", quotes.Indirect, "Ann Lee", "tweeted", quotes.SubjectCue},
	{"outlets are a group that reports", "The talks were held on Monday. Multiple outlets reported that the talks had failed.", "the talks had failed", quotes.Indirect, "Multiple outlets", "reported", quotes.SubjectCue},
	{"judges are a group that speaks", "The appeal was heard in March.\n\nThe judges who heard the appeal said the law was void.", "the law was void", quotes.Indirect, "judges", "said", quotes.SubjectCue},
	{"each side is a body that speaks", "The talks ended on Monday.\n\nEach side said the other had walked away.", "the other had walked away", quotes.Indirect, "Each side", "said", quotes.SubjectCue},
	{"a family name first, then alone, that is a common word", "SEOUL, Jan. 28, 2027 -- Daehan Electronics reported results.\n\n\"Our memory business recovered faster than we planned,\" said Park Ji-won, Chief Financial Officer of Daehan Electronics.\n\nPark said the company would raise capital spending by 12 percent.", "the company would raise capital spending by 12 percent", quotes.Indirect, "Park Ji-won", "said", quotes.SubjectCue},
	{"a signature line with 'The Honourable' under a quotation", "Quotes\n\n\"Harbours are the main streets of our coastal towns.\"\n\n– The Honourable Dara Quill, Minister of Fisheries and Oceans\n\nQuick facts", "Harbours are the main streets of our coastal towns.", quotes.Direct, "Dara Quill", "–", quotes.CueSubject},
	{"a line that names the speaker over the quotation", "Kelvo Airways opened a route.\n\nQuotes\n\nDara Quill, Chief Commercial Officer, Kelvo Airways\n\"Our customers asked for this route.\"\n\nIngrid Lund, Mayor of Bergen\n\"Bergen welcomes every new visitor.\"", "Bergen welcomes every new visitor.", quotes.Direct, "Ingrid Lund", "", quotes.Colon},
	{"a list's item signed after a dash on its line", "What partners said:\n\n- \"The new routes will bring visitors to the region.\" – Tom Reyes, Director, Kelvale Visitors Bureau\n- \"We welcome more competition.\" – Amy Chen, spokesperson, Kelvale Port Authority", "We welcome more competition.", quotes.Direct, "Amy Chen", "–", quotes.CueSubject},
	{"a section's label with a colon over quotations each signed after a dash", "Kelvo Air and its pilots today announced a new agreement.\n\nQuotes:\n\n\"Our pilots are the reason customers reach a hub. This contract recognizes that.\" — Dara Quill, President and CEO, Kelvo Air\n\n\"This agreement was earned.\" — Captain Tom Reyes, Chair, Kelvo Pilots Council", "Our pilots are the reason customers reach a hub. This contract recognizes that.", quotes.Direct, "Dara Quill", "—", quotes.CueSubject},
	{"a signature line under a quotation", "Sanders spoke on Monday.\n\n\"The idea that I would dismantle health care is just not accurate.\"\n\n- Bernie Sanders.\n\nThe claim is half true.", "The idea that I would dismantle health care is just not accurate.", quotes.Direct, "Bernie Sanders", "-", quotes.CueSubject},
	{"a participle of saying between the verb and a colon", "“Nothing you can do, folks,” Ted Roe said before adding: “Maybe there is, I don't know.”", "Nothing you can do, folks", quotes.Direct, "Ted Roe", "said", quotes.SubjectCue},
	{"question in the infinitive", "Ted Roe continued to question whether Ann Lee is eligible for the White House.", "whether Ann Lee is eligible for the White House", quotes.Indirect, "Ted Roe", "question", quotes.SubjectCue},
	{"as someone reported, after a conjunction", "But as the Daily Ledger reported, the deal fell apart.", "the deal fell apart", quotes.Indirect, "Daily Ledger", "reported", quotes.AccordingTo},
	// Headlines and press-release layouts.
	{"headline label", "Gingrich: Trump Must Decide If He Wants a Running Mate.\n\nThe body follows here.", "Trump Must Decide If He Wants a Running Mate", quotes.Indirect, "Gingrich", ":", quotes.Colon},
	{"a transcript's turn labelled by a name in capitals that labels another turn", "The governor spoke on Sunday.\n\nTAPPER: Do you think he can heal the country?\n\nFALLIN: Well, he is trying.\n\nTAPPER: Why now?\n\nFALLIN: Because it is time.", "Well, he is trying", quotes.Indirect, "Fallin", ":", quotes.Colon},
	{"a transcript's short turn, its label opening another turn", "The host asked about markets.\n\nMatthews: Well, speculation is bad.\n\nLopez: No one thinks that of a pension, and it means all things to all people.\n\nMatthews: Here is the irony of our time.", "Well, speculation is bad", quotes.Indirect, "Matthews", ":", quotes.Colon},
	{"a quotation in an appositive to what the speaker reported, after a title set off", "The Council met today.\n\nJane Roe, Deputy Minister for Water and Land of Kelvania, said her government had set a water price for farms for the first time, a measure that had been \"politically very difficult\".", "politically very difficult", quotes.Direct, "Jane Roe", "", quotes.Continuation},
	{"a name, its title, the title's unit and the body set off before the verb", "The bank approved a loan.\n\nShri Dara Quill, Principal Secretary, Water Resources Department, Government of Kelvo, said that the State would complete the work.", "the State would complete the work", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a signature line in capitals under a quotation, ending in the body's letters", "MANAUS, 3 June 2025 – The university published a study.\n\n“We used to say that the river gives everything.”\n\nJANE ROE, PRESIDENT, KELVO RIVERSIDE ASSOCIATION (KRA)\n\nJane Roe, who leads the association, said the communities wanted action.", "We used to say that the river gives everything.", quotes.Direct, "Jane Roe", "", quotes.Colon},
	{"title-case headline", "Trump Says He Never Pledged To Kill Family Members Of Terrorists.\n\nThe body follows here.", "He Never Pledged To Kill Family Members Of Terrorists", quotes.Indirect, "Trump", "Says", quotes.SubjectCue},
	{"after, inverted, a description the lists don't know, then a relative clause", "Ann Lee spoke first. “It was hard to come back to work,” said the designer, who works for another label.", "It was hard to come back to work", quotes.Direct, "designer", "said", quotes.CueSubject},
	{"after, inverted, a long description that names no one", "Ann Lee spoke first. “The vote is crucial for both of them,” said one former leadership aide.", "The vote is crucial for both of them", quotes.Direct, "one former leadership aide", "said", quotes.CueSubject},
	{"after, inverted, a possessor the lists don't know before a title, then the name", "The home opened today. “We hired most of our staff nearby,” said the home's Administrator, Dara Quill.", "We hired most of our staff nearby", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"after, inverted, a title, its field, then the name", "The lights were changed. “Our crews will work at night,” said Kelvo Networks' General Manager, Public Lighting, Dara Quill.", "Our crews will work at night", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"after, inverted, a state senator's party and home town in parentheses", "The home opened today. “He would have asked for this,” said State Senator Dara Quill (R-Pine Hollow).", "He would have asked for this", quotes.Direct, "Dara Quill", "said", quotes.CueSubject},
	{"a list headed by what people said at an event, each item signed", "What they said at the ribbon-cutting:\n\n- \"Veterans waited far too long. That ends today.\" - Commissioner of Veterans Affairs Dara Quill\n\n- \"We hired most of our staff nearby.\" - Tom Reyes, Administrator", "Veterans waited far too long. That ends today.", quotes.Direct, "Dara Quill", "-", quotes.CueSubject},
	{"a title that the text ties to a person, then 'noted that' and a name in the clause", "KELVO – Kelvo County Prosecutor Dara Quill announced that Tom Reyes was sentenced today.\n\nThe Prosecutor noted that under state law, Reyes will serve at least 75 percent of his sentence.", "under state law, Reyes will serve at least 75 percent of his sentence", quotes.Indirect, "Dara Quill", "noted", quotes.SubjectCue},
	{"a portfolio of two fields before a minister's title and an Indian honorific", "Addressing reporters, Revenue and Disaster Management Minister Shri Dara Quill said that two lakh people had been affected.", "two lakh people had been affected", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a nurse's post on a hospital ward named like a person", "The ward opened.\n\nTom Reyes, Senior Nurse and Ward Manager on Kingfisher Ward, said: \"We had nurses on the design group.\"", "We had nurses on the design group.", quotes.Direct, "Tom Reyes", "said", quotes.SubjectCue},
	{"a shorter form of a title the text gave a named person, its article left out of the phrase", "KELVO, 3 March 2026 – The Head of the OSCE Mission to Kelvo, Ambassador Dara Quill, made the following statement:\n\n\"Voters deserve a free choice.\"\n\nThe Head of Mission also said that the monitors had observed group voting.", "the monitors had observed group voting", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"after, inverted, a relation the lists don't know, then the name set off", "Ann Lee spoke first. “We talked to museums first,” said her son, Kofi Roe, a Kelvale architect.", "We talked to museums first", quotes.Direct, "Kofi Roe", "said", quotes.CueSubject},
	{"a minister's portfolio list before 'the Hon.' and the name, set off", "Kelvania's Minister for Finance, Economic Development and the Youth Economy, the Hon. Dara Quill, said the Government was grateful.", "the Government was grateful", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"letters of a fellowship after the name, set off", "Head of Animal Welfare Dara Quill, MRCVS, described the arrivals as “heartbreaking.”", "the arrivals as “heartbreaking.”", quotes.Mixed, "Dara Quill", "described", quotes.SubjectCue},
	{"a subject styled 'the Rt. Rev.' after a participle's clause", "Blessing the building, the Rt. Rev. Dara Quill, Bishop of Kelvo, described it as “a house where no mother is turned away.”", "it as “a house where no mother is turned away.”", quotes.Mixed, "Dara Quill", "described", quotes.SubjectCue},
	{"a body whose name ends in a group's noun is the body", "Aid Is Late\n\nThe United Nations said today that aid was late.", "aid was late", quotes.Indirect, "United Nations", "said", quotes.SubjectCue},
	{"a name given after an Amharic style, then the style and the given name", "The Commissioner, Ato Kebede Alemu Tola, briefed donors. “We cannot close the gap alone,” Ato Kebede said.", "We cannot close the gap alone", quotes.Direct, "Kebede Alemu Tola", "said", quotes.SubjectCue},
	{"a second family name after a name given with the first alone", "Regional Minister Jana Roig opened the hub on Monday.\n\nThe ceremony was attended by the Regional Minister for Industry, Jana Roig Ferrer.\n\n“This is the industry the corridor was built for,” Roig said.", "This is the industry the corridor was built for", quotes.Direct, "Jana Roig Ferrer", "said", quotes.SubjectCue},
	{"a joint subject whose second title opens with an ordinal", "Charges Filed\n\nKelvo County Sheriff Jane Roe and Eighth Judicial District Attorney Dara Quill announced Thursday that three people have been charged.", "three people have been charged", quotes.Indirect, "Jane Roe", "announced", quotes.SubjectCue},
	{"an infinitive's second verb after a request is no verb of saying", "Settlement Reached\n\nAttorney General Jane Roe announced a settlement on Monday.\n\nRoe urged Kelvans who receive a suspicious call to hang up and report it to the office online. “You will never be arrested over the phone,” she said.", "You will never be arrested over the phone", quotes.Direct, "Jane Roe", "said", quotes.SubjectCue},
	{"an infinitive's second verb that is no request's says something of its own", "It is astounding that Roe refuses to release his tax records or explain how his firm was paid.", "how his firm was paid", quotes.Indirect, "Roe", "explain", quotes.Participle},
	{"he after a title whose body has a lower-case connector, then the name", "“The vote was late,” said John Roe, Speaker of the Kelvo Assembly.\n\nThe Executive Director of the Kelvo Network on Water Justice (KNWJ), Mr. Dara Quill, who followed the debate from the gallery, welcomed the vote. “We have waited five years,” he said.", "We have waited five years", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"a pronoun after a title set off with 'for the', then the name", "Mr. Bob Roe, Country Director, said it was hard. The Regional Coordinator for the Sahel, Mr. Dara Quill, joined the appeal. In a separate statement, he called on all parties to allow access.", "all parties to allow access", quotes.Indirect, "Dara Quill", "called on", quotes.SubjectCue},
	{"according to after ', and' before a noun phrase: the whole sentence", "Kelvale Mills paid $2 million in fines last year, and the firm's chief executive left in March, according to court records.", "Kelvale Mills paid $2 million in fines last year, and the firm's chief executive left in March", quotes.Indirect, "court records", "according to", quotes.AccordingTo},
	{"a participle after a name that is an object set off by commas", "Dara Quill wrote to the school's principal, Ann Lee, calling the new rules “unfair and rushed.”", "the new rules “unfair and rushed.”", quotes.Mixed, "Dara Quill", "calling", quotes.Participle},
	{"a participle after two names and their appositive", "Dara Quill called Ann Lee and Bob Roe, two former aides, asking them to draft the speech.", "them to draft the speech", quotes.Indirect, "Dara Quill", "asking", quotes.Participle},
	{"a participle after 'such as when' and a name: a clause, not a list", "There have been sharper words, such as when Dara Quill faulted Bob Roe on trade and called him a “moderate,” a subtle dig.", "him a “moderate,”", quotes.Mixed, "Dara Quill", "called", quotes.Participle},
	{"'Back in 1999,' opens the sentence before its subject", "Back in 1999, Ms. Dara Quill praised the mayor's skills, telling Kelvale Radio: “I wish I could be like that.”", "I wish I could be like that.", quotes.Direct, "Dara Quill", "telling", quotes.Participle},
	{"a title and its body before the name after 'when'", "The rift deepened Wednesday when House Speaker Dara Quill of Kelvale lamented the “sorry” state of the race and criticized the “identity politics” on display.", "the “identity politics” on display", quotes.Mixed, "Dara Quill", "criticized", quotes.Participle},
	{"a title before a name and its place opening the sentence, then a participle", "Senator Dara Quill of Kelvale endorsed the mayor, saying that her former rival would make an outstanding governor.", "her former rival would make an outstanding governor", quotes.Indirect, "Dara Quill", "saying", quotes.Participle},
	{"a title before a name and its place after an opening adverbial", "At a rally on Tuesday, Senator Dara Quill of Kelvale endorsed the mayor, saying that her former rival would make an outstanding governor.", "her former rival would make an outstanding governor", quotes.Indirect, "Dara Quill", "saying", quotes.Participle},
	{"a participle and its object after a comma is the writer's afterthought", "Dara Quill said the council had ignored the flood maps, raising the question of who approved the permits.", "the council had ignored the flood maps", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"'including' and its list stay in what was said", "Dara Quill said several towns had signed up, including the three largest in the county.", "several towns had signed up, including the three largest in the county", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"'this past week' between the subject and the verb", "Dara Quill this past week announced that the plant would close.", "the plant would close", quotes.Indirect, "Dara Quill", "announced", quotes.SubjectCue},
	{"an appositive, then a time adverbial before the verb", "Dara Quill, the chairman of the board, this past week announced that the plant would close.", "the plant would close", quotes.Indirect, "Dara Quill", "announced", quotes.SubjectCue},
	{"'earlier this month' after the verb", "Dara Quill said earlier this month that the plant would close.", "the plant would close", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"after, a clause with its own colon after the verb: the quotation before is the speaker's", "The rally was loud. “There's a young man having some problems,” Dara Quill said as a heckler yelled: “Go home!”", "There's a young man having some problems", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"after, an article and a description before the name, then an appositive", "Wages rose. “That would be a very big story,” the economist Dara Quill, a former adviser to the mayor, wrote on her blog.", "That would be a very big story", quotes.Direct, "Dara Quill", "wrote", quotes.SubjectCue},
	{"a subject the lists don't know after a sentence-opening 'And'", "Interviews help. And a large body of work suggests that simulations can predict how a person will perform.", "simulations can predict how a person will perform", quotes.Indirect, "large body of work", "suggests", quotes.SubjectCue},
	{"a tweet sent with a participle is its sender's", "Dara Quill spoke in Kelvale. She also sent a tweet saying that she would put new guidelines in place.", "she would put new guidelines in place", quotes.Indirect, "Dara Quill", "saying", quotes.SubjectCue},
	{"a statement put out with a participle is the issuer's", "The Kelvale Water Board put out a statement saying that the pipes were safe.", "the pipes were safe", quotes.Indirect, "Kelvale Water Board", "saying", quotes.SubjectCue},
	{"'shot back in an article stating': the publisher's", "The Kelvale Gazette shot back in an article stating that Kelvale was the capital.", "Kelvale was the capital", quotes.Indirect, "Kelvale Gazette", "shot back", quotes.SubjectCue},
	{"'on Friday' between a common-noun subject and the verb", "The campaign on Friday announced that the plant would close.", "the plant would close", quotes.Indirect, "campaign", "announced", quotes.SubjectCue},
	{"a relative clause, then 'on Friday', before the verb", "Dara Quill, who has been feuding with party leaders, on Friday said that she would lead a “big tent” party.", "she would lead a “big tent” party", quotes.Mixed, "Dara Quill", "said", quotes.SubjectCue},
	{"a hearer verb before a clause whose subject has an article", "The mayor warned the plant could close next year.", "the plant could close next year", quotes.Indirect, "mayor", "warned", quotes.SubjectCue},
	{"a hearer with an article, then a pronoun's clause", "Dara Quill told a news conference they are “planting the seeds” for a win.", "they are “planting the seeds” for a win", quotes.Mixed, "Dara Quill", "told", quotes.SubjectCue},
	{"'took to Twitter to' a verb of saying: the sentence's subject speaks", "Dara Quill took to Twitter to call the plan “a disgrace.”", "the plan “a disgrace.”", quotes.Mixed, "Dara Quill", "call", quotes.SubjectCue},
	{"two quotations joined by 'and' after 'that' are one mixed quote", "Dara Quill, the campaign's spokeswoman, added that “many of his closest friends are Jewish” and “no one will be stronger on Israel.”", "“many of his closest friends are Jewish” and “no one will be stronger on Israel.”", quotes.Mixed, "Dara Quill", "added", quotes.SubjectCue},
	{"'shot back' is a verb of saying with its particle", "Dara Quill and Bob Roe debated. “He wants to be a tough guy tonight,” Quill shot back.", "He wants to be a tough guy tonight", quotes.Direct, "Dara Quill", "shot back", quotes.SubjectCue},
	{"'fired back' before a colon, and the writer's participle after the quotation", "Dara Quill fired back: “If they sue us in Kelvale, they’re going to lose,” referencing the town's large union.", "If they sue us in Kelvale, they’re going to lose", quotes.Direct, "Dara Quill", "fired back", quotes.SubjectCue},
	{"'retaliated' right after a quotation", "Bob Roe spoke first. “Kelvale will always be Kelvale,” an angry Dara Quill retaliated.", "Kelvale will always be Kelvale", quotes.Direct, "Dara Quill", "retaliated", quotes.SubjectCue},
	{"'confessed' right after a quotation", "Dara Quill was sentenced on Monday. “This is a big political win for me,” Quill confessed.", "This is a big political win for me", quotes.Direct, "Dara Quill", "confessed", quotes.SubjectCue},
	{"'Democratic calls for' is a noun inside a relative clause", "Dara Quill, who stayed in the race despite Democratic calls for her to bow out, has said she will not ask Bob Roe to quit.", "she will not ask Bob Roe to quit", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a quotation in a 'when' clause after the main one", "Dara Quill hired an adviser in 2010, when Bob Roe monitored the “road map” for the final accord.", "the “road map” for the final accord", quotes.Mixed, "Bob Roe", "", quotes.ClauseSubject},
	{"'pressed' right after a quotation", "Dara Quill interviewed Bob Roe. “Would it be negotiable?” Quill pressed. “Maybe for some.”", "Would it be negotiable?", quotes.Direct, "Dara Quill", "pressed", quotes.SubjectCue},
	{"the main verb after a relative clause that said something, with an adverb", "Dara Quill, who said last year that the plant would stay open, now says it will close.", "it will close", quotes.Indirect, "Dara Quill", "says", quotes.SubjectCue},
	{"a nickname in quotation marks is no quotation", "County Commissioner Walter \"Buck\" Quill said the turbines were fine.", "the turbines were fine", quotes.Indirect, "Walter \"Buck\" Quill", "said", quotes.SubjectCue},
	{"a pronoun after a description set off before the name", "Lieutenant Bob Roe said the truck had been repainted. The victim's daughter, Dara Quill, spoke briefly. She said her father had ridden the route for years.", "her father had ridden the route for years", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"a list of territories set off inside the title", "Jane Roe, Assistant Secretary-General for Europe, Central Asia and Americas, said that cables had been damaged.", "cables had been damaged", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"a field's last item with the country the post serves, after an opening participle", "Welcoming participants, H.E. Jane Roe, Minister of Agriculture, Fisheries and Water Resources of Kelvania, said the fair would open at noon.", "the fair would open at noon", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"a field's last item with the country before the holder's name", "Minister of Trade, Industry and Tourism of the Republic of Kelvania Jane Roe, who attended the launch, said the port would reopen.", "the port would reopen", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"according to a holder set off with her post, the clause after it is what she said", "According to Mme Dara Quill, Directrice générale of the CHU de Kelvo-Sud, the two mobile units cost around €1.4 million a year to operate, less than the savings.", "the two mobile units cost around €1.4 million a year to operate, less than the savings", quotes.Indirect, "Dara Quill", "According to", quotes.AccordingTo},
	{"Danish marks point inwards", "Mayor Jane Roe welcomed the fund. »For a small municipality, the cost is high,« said Jane Roe.", "For a small municipality, the cost is high", quotes.Direct, "Jane Roe", "said", quotes.CueSubject},
	{"a headline's quotation under a letterhead's lines, repeated by a person", "Kelvo Union – Union of Care Workers\nPress release\nKelby, 27 April 2026\n\nCare union serves strike notice: “We have run out of patience”\n\nThe union served notice today.\n\nUnion President Jane Roe said:\n\n“The staff are tired. We have run out of patience.”", "We have run out of patience", quotes.Direct, "Jane Roe", ":", quotes.Repeated},
	{"a pronoun after a member's seat is the member's", "Dara Quill, Member of Parliament for Kelvo North, welcomed the charges. “I raised it in 2023,” he said.", "I raised it in 2023", quotes.Direct, "Dara Quill", "said", quotes.SubjectCue},
	{"'the Task Force' is the body whose name before its complement ends so", "KELVO CITY\n\nThe Presidential Task Force on Digital Fraud raided the building. The Task Force said that 143 workers were found.", "143 workers were found", quotes.Indirect, "Presidential Task Force on Digital Fraud", "said", quotes.SubjectCue},
	{"'the Mission' is the issuer's mission to a country", "OSCE Mission to Kelvania\n\nThe Head of Mission condemned the attack. The Mission recalled that Kelvania has committed to protect journalists.", "Kelvania has committed to protect journalists", quotes.Indirect, "OSCE Mission to Kelvania", "recalled", quotes.SubjectCue},
	{"a list's item: a title, a colon and a quotation, its holder's", "Media statement\n\nCyclone recovery package\n\n- Premier: “No family will be left behind”\n\nPremier Dara Quill said the State would pay.", "No family will be left behind", quotes.Direct, "Dara Quill", ":", quotes.Colon},
	{"a headline's 'police say' is the one police body the text names", "Victims lost NOK 27 million to fake platforms, police say\n\nThe Kelvo Police District has charged eleven people.", "Victims lost NOK 27 million to fake platforms", quotes.Indirect, "Kelvo Police District", "say", quotes.SubjectCue},
	{"a headline's post after a company's two-word name is the holder the body names", "“Payments should feel local,” says Zentrix Ledger CEO as QR link goes live\n\nSINGAPORE, 3 May 2026 – Zentrix Ledger Technologies Ltd today launched a link.\n\nGroup Chief Executive Officer Dara Quill said: “We want families to pay.”", "Payments should feel local", quotes.Direct, "Dara Quill", "says", quotes.CueSubject},
	{"a post's field listed with commas after a participial opener", "Briefing the Council, Jane Roe, High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, said that sea levels were rising.", "sea levels were rising", quotes.Indirect, "Jane Roe", "said", quotes.SubjectCue},
	{"'the Director' of two holders is the one called by the bare title", "Director Dara Quill, together with Commissioner Bob Roe, Director of the Fraud Unit, announced the charges. Commissioner Roe said, “The evidence speaks for itself.” The Director said that the defendants had been granted bail.", "the defendants had been granted bail", quotes.Indirect, "Dara Quill", "said", quotes.SubjectCue},
	{"meetings coverage: a lead's 'head of' the mission under a header of any length is the one named after with that post", "Security Council\n10,021st Meeting (AM)\nSC/16204\n21 October 2025\n\nMeetings Coverage\n\nTalks Cannot Carry ‘Every Issue’ Alone, Special Representative Tells Security Council\n\nSpeakers Divided over Briefings on Kelvo\n\nThe talks cannot resolve every question, the head of the United Nations Mission in Kelvo (UNMIK) told the Security Council today.\n\nSeveral Council members described the pace as slow.\n\nJANE ROE, Special Representative of the Secretary-General and Head of UNMIK, said the situation was calm.", "The talks cannot resolve every question", quotes.Indirect, "Jane Roe", "told", quotes.SubjectCue},
	{"a headline's 'Arab League Official' is the league's top official named after", "SECURITY COUNCIL\nMEETINGS COVERAGE\n\n9874th Meeting (AM)\nSC/16241\n12 March 2026\n\n‘Regional Bodies Are First Responders’, Arab League Official Tells Security Council, Urging Deeper Partnership\n\nDebate Focuses on Early Warning\n\nBriefing the Council, Dara Quill, Assistant Secretary-General for Political Affairs, said that talks mattered.\n\nJane Roe, Assistant Secretary-General of the League of Arab States, said regional bodies acted first.", "Regional Bodies Are First Responders", quotes.Direct, "Jane Roe", "Tells", quotes.SubjectCue},
	{"statement after an introduction", "Following is UN Secretary-General António Guterres’ message for the Day:\n\nIn our world, poverty should have no home.\n\nLet us act.",
		"In our world, poverty should have no home.\n\nLet us act.", quotes.Direct, "António Guterres", "message", quotes.Colon},
}

func TestPatterns(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, tt := range patternTests {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.text)
			checkSpans(t, tt.text, d)
			q := quoteWithText(d, tt.want)
			if q == nil {
				var got []string
				for _, g := range d.Quotes {
					got = append(got, g.Kind.String()+" "+g.Rule.String()+" "+g.Text)
				}
				require.Failf(t, "quote not found", "want %q, got:\n%s", tt.want, strings.Join(got, "\n"))
			}
			assert.Equal(t, tt.kind, q.Kind, "kind")
			assert.Equal(t, tt.rule, q.Rule, "rule")
			if tt.speaker == "" {
				if q.Speaker != nil && tt.rule == quotes.Question {
					t.Errorf("a question's asker is unnamed, got %q", q.Speaker.Name)
				}
			} else if assert.NotNil(t, q.Speaker, "speaker") {
				assert.Equal(t, tt.speaker, q.Speaker.Name)
				require.NotNil(t, q.Mention)
			}
			if tt.cue == "" {
				assert.Nil(t, q.Cue)
			} else if assert.NotNil(t, q.Cue) {
				assert.Equal(t, tt.cue, q.Cue.Text)
			}
		})
	}
}

// An unbalanced quotation mark ends with its paragraph: the text after it
// is still analyzed.
func TestUnbalancedMark(t *testing.T) {
	text := "Ann Lee said: “We will win this time.\n\nBob Ray said that the vote was close."
	d := quotes.Extract(text)
	checkSpans(t, text, d)
	var texts []string
	for _, q := range d.Quotes {
		texts = append(texts, q.Text)
	}
	assert.Contains(t, texts, "We will win this time.", "the open quotation ends with its paragraph")
	assert.Contains(t, texts, "the vote was close", "the next paragraph is still read")
}

func TestManyUnbalancedMarks(t *testing.T) {
	text := strings.Repeat("He said “no. ", 2000) + "\n\nBob Ray said that the vote was close."
	d := quotes.Extract(text)
	checkSpans(t, text, d)
	found := false
	for _, q := range d.Quotes {
		found = found || q.Text == "the vote was close"
	}
	assert.True(t, found, "the last paragraph survives 2,000 stray marks")
}

// Texts that hold quotation marks or verbs of saying and no quote.
var noQuoteTests = []struct{ name, text string }{
	{"a media contact with an e-mail address after its body's label", "Kelvo Orbital signed the agreement today.\n\nMedia contacts\n\nOrrin Launch Services: Tom Reyes, Public Affairs, tom.reyes@orrin.example"},
	{"queries to an address", "Kelvo Orbital signed the agreement today. Media queries: press@kelvo.example"},
	{"a media contact after its body's label", "Kelvo Orbital signed the agreement today.\n\nMedia contacts\n\nKelvo Orbital: Dara Quill, Head of Communications, +47 55 00 12 34, press@kelvo.example"},
	{"a heading before a colon", "Related Posts\n\nMEDIA ADVISORY: Press Conference Related to the Harbor Theft Case\n\nFor Public Inquiries: 1-800-555-0199 (242-8721)"},
	{"'said this while': the occasion of what was said before", "Rates rose. He said this while chairing a review meeting of the Kelvo Canal Programme on Tuesday."},
	{"a dateline's place before a colon", "Canal lining\n\nKELVOGRAD: Lining 412 kilometres of canals will save water every year, officials found."},
	{"a number to call", "For sales and product information, call Dara Quill at (555) 014-2280; for service call Bob Roe at (555) 014-3390."},
	{"a source's condition", "The official, who asked not to be identified, left the room."},
	{"a company reports its results", "SPRINGFIELD, May 3, 2026 /PRNewswire/ -- Zentrix Logistics, Inc. (NASDAQ: ZLOG) today reported financial results for the third quarter ended September 30, 2026."},
	{"the company announces an opening", "Kelvale Grill opened in 1998. The company announced the opening of its first store in the arena."},
	{"a headline's report of results", "Zentrix Logistics Reports Third Quarter Results and Raises Its Outlook\n\nSPRINGFIELD -- Sales rose."},
	{"a noun of saying with its hearer", "Her message to the conference was brief and warm."},
	{"markup in the text", `Watch the latest video at <a href="http://video.foxnews.com">video.foxnews.com</a>.`},
	{"a relative clause says nothing on its own", "In the poll, 73 percent of Americans backed the plan, compared to only 24 percent who said otherwise."},
	{"an adjective before a noun", "In Puerto Rico, 60 pledged delegates were at stake."},
	{"a number before a participle that is an adjective", "Officials counted 12 reported cases in the county."},
	{"an idiom with a quantifier", "All told, the group raised $4 million in February."},
	{"state as a noun", "More black Democratic state lawmakers have endorsed her than him, and Rust Belt states that have lost jobs matter."},
	{"a naming participle after an indefinite noun", "The father now helps lead a program called Sandy Hook Promise."},
	{"a passive after as names", "The Every Student Succeeds Act, as the bill is called, ends the old tests."},
	{"a capitalized article makes a noun", "Perhaps the worst one: A tweet last February about the campaign."},
	{"advising on a topic is no request", "He is now advising the campaign on foreign policy and is thought to be a likely adviser."},
	{"a title inside a clause", "CBS renewed ''Hawaii Five-0'' for a seventh season."},
	{"read without a quotation", "He read the report twice before the meeting."},
	{"a verb's base form after a singular noun is a noun", "The rules protect any particular member state that would face a shortage."},
	{"an -ing form after a degree word is an adjective", "Ruritania is charting a new course, a more demanding one that should continue to be inclusive."},
	{"a work's title in straight single marks", "Her essay 'All Bets Are Off Now' ran on Monday in the weekend paper."},
	{"single marks around one word", "The band played rock ‘n’ roll all night."},
	{"a plural possessive after an opening single mark", "The ‘new members’ view was heard at the meeting."},
	{"a cue's bare form after an adjective in -ous is a noun", "Dara Quill, the bank's chief economist, sounded a cautious note about the jobs report."},
	{"an interview's question under its label", "Kelvo Airways opened a route to Oslo this week.\n\nQ: When will the first flights to Boston run"},
}

func TestNoQuote(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, tt := range noQuoteTests {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.text)
			checkSpans(t, tt.text, d)
			for _, q := range d.Quotes {
				t.Errorf("unexpected %s %s quote %q", q.Kind, q.Rule, q.Text)
			}
		})
	}
}

// A quote inside reported speech points at the quote that holds it.
func TestWithin(t *testing.T) {
	text := "Ann Lee said that Bob Ray told reporters the plan had failed. The vote is next week."
	d := quotes.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 2, "%v", d.Quotes)
	outer, inner := d.Quotes[0], d.Quotes[1]
	assert.Equal(t, "Ann Lee", outer.Speaker.Name)
	assert.Equal(t, 0, outer.Within)
	assert.Equal(t, "Bob Ray", inner.Speaker.Name)
	assert.Equal(t, "the plan had failed", inner.Text)
	assert.Equal(t, 1, inner.Within, "the inner quote is inside Quotes[0]")
	b, err := json.Marshal(inner)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"within":1`)
	b, err = json.Marshal(outer)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"within"`)
}

// Without the model, names the rules are unsure of keep the rules' guess;
// the quote and its speaker are found all the same.
func TestWithoutModel(t *testing.T) {
	text := "“We will win,” Kasparian said."
	with := quotes.Extract(text)
	require.NotEmpty(t, with.Entities)
	assert.Equal(t, "model", with.Entities[0].Rule, "with the model, it settles the unsure name")
	x, err := quotes.New(quotes.WithModel(false))
	require.NoError(t, err)
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	require.NotNil(t, d.Quotes[0].Speaker)
	assert.Equal(t, "Kasparian", d.Quotes[0].Speaker.Name)
	for _, e := range d.Entities {
		assert.NotEqual(t, "model", e.Rule, "entity %q", e.Text)
	}
}

// quoteWithText returns the last quote of d whose text is text, or nil.
func quoteWithText(d *quotes.Document, text string) *quotes.Quote {
	var q *quotes.Quote
	for i := range d.Quotes {
		if d.Quotes[i].Text == text {
			q = &d.Quotes[i]
		}
	}
	return q
}

// TestDocumentSpeakers: documents a text quotes are speakers of the kind
// document, never people or groups.
func TestDocumentSpeakers(t *testing.T) {
	for _, tc := range []struct{ text, speaker string }{
		{"The report says that prices will fall in May.", "report"},
		{"The resolution underlines that all states must act.", "resolution"},
		{"The text says that member states must act.", "text"},
		{"Resolution 1540 underlines that all states must control exports.", "Resolution 1540"},
	} {
		doc := quotes.Extract(tc.text)
		found := false
		for _, s := range doc.Speakers {
			if strings.Contains(s.Name, tc.speaker) {
				found = true
				assert.Equal(t, "document", s.Kind.String(), "%q in %q", s.Name, tc.text)
			}
		}
		assert.True(t, found, "no speaker %q in %q", tc.speaker, tc.text)
	}
}

// TestDescriptorOrganization: a person named only by a description speaks
// for the body a short name before the post stands for, or for the
// issuer when the post is a body's own; other people speak for none.
func TestDescriptorOrganization(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "SPRINGFIELD, May 3, 2024 (Wire) - Zentrix Robotics, Inc. (NASDAQ: ZRB) today announced a deal with Acme Corp.\n\n" +
		"A Zentrix spokesperson said the deal would close in May.\n\n" +
		"A spokesperson said the price was fair.\n\n" +
		"His childhood friend said the founder loved robots.\n\n" +
		"A spokesperson for Zentrix said the plant would stay open.\n\n" +
		"A spokesperson for Kelvale Reef Cruises, which carries divers, said the company would pay.\n\n" +
		"A spokesperson for the company said Zentrix had cooperated fully."
	d := x.Extract(text)
	checkSpans(t, text, d)
	for want, org := range map[string]string{
		"the deal would close in May":  "Zentrix Robotics, Inc.", // the issuer's short name is the issuer
		"the price was fair":           "Zentrix Robotics, Inc.",
		"the founder loved robots":     "",
		"the plant would stay open":    "Zentrix Robotics, Inc.",
		"the company would pay":        "Kelvale Reef Cruises",
		"Zentrix had cooperated fully": "Zentrix Robotics, Inc.", // the issuer's entity, as named in the dateline
	} {
		q := quoteWithText(d, want)
		require.NotNil(t, q, want)
		require.NotNil(t, q.Speaker, want)
		assert.Equal(t, org, q.Speaker.Organization.Name, want)
	}
}

// TestSecretaryGeneralOfOrgan: "the Secretary-General" in the coverage of
// an organ's meeting is the head of the body the organ belongs to.
func TestSecretaryGeneralOfOrgan(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "The Economic and Social Council met today.\n\nIn a message delivered by Dara Quill, the Secretary-General said: “No country can do it alone.”\n\nThe Economic and Social Council will meet again."
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteWithText(d, "No country can do it alone.")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Secretary-General", q.Speaker.Name)
	assert.Equal(t, "United Nations", q.Speaker.Organization.Name)
}

// TestRepeated: a headline's quotation that the body quotes again with
// its speaker is that speaker's; a quotation repeated by no attributed one
// stays unattributed.
func TestRepeated(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "“Winter is always the hardest season for families here”\n\nThe appeal runs until January.\n\n" +
		"“We have never seen queues like this”: charity launches its biggest appeal\n\n" +
		"“We have never seen queues like this,” said Dara Quill, the charity's director."
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 3)
	q := d.Quotes[1]
	require.Equal(t, "We have never seen queues like this", q.Text)
	assert.Equal(t, quotes.Repeated, q.Rule)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	for _, o := range d.Quotes {
		if strings.HasPrefix(o.Text, "Winter is always") {
			assert.Nil(t, o.Speaker, "no other quotation holds these words")
		}
	}
}

// TestRepeatedHeadlineColon: a headline that gives a body's quotation
// after a colon gives way to the person the body quotes with the same
// words; a headline's verb of saying keeps its subject.
func TestRepeatedHeadlineColon(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, tt := range []struct{ text, words, want string }{
		{"Government presents climate plan: “Every sector must carry its share”\n\nThe Government today presented its plan. " +
			"“Every sector must carry its share, and none may wait,” said Minister of Climate Dara Quill.", "Every sector must carry its share", "Dara Quill"},
		{"Kelvale Arts Council warns rural venues are “one bad winter from closing”\n\nThe council published its survey. " +
			"Chair Dara Quill said the venues were “one bad winter from closing” and asked for help.", "one bad winter from closing", "Kelvale Arts Council"},
	} {
		d := x.Extract(tt.text)
		checkSpans(t, tt.text, d)
		q := quoteWithText(d, tt.words)
		require.NotNil(t, q, tt.text)
		require.NotNil(t, q.Speaker, tt.text)
		assert.Equal(t, tt.want, q.Speaker.Name, tt.text)
	}
}

// TestHeaderOrganizations: what a release's header, its kind and a quote's signature say about
// a speaker's organization and titles.
func TestHeaderOrganizations(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	for _, tt := range []struct {
		name, text, words, speaker string
		org                        string // "" for any organization but the speaker's name
		title                      string // a title the speaker must have, or ""
	}{
		// The office a letterhead above the text names is the body of the
		// titles that name it, as written there.
		{"an office's letterhead", "OFFICE OF THE ATTORNEY GENERAL\nSTATE OF RURITANIA\n\nNEWS RELEASE\nNovember 18, 2026\n\n" +
			"RURITANIA CITY — Attorney General Dara Quill today announced a settlement with a care home. " +
			"“Residents deserved better,” said Deputy Attorney General Bob Roe. The Attorney General's Office will monitor the home.",
			"Residents deserved better", "Bob Roe", "Office of the Attorney General", ""},
		// A minister's letterhead names people, not the issuer: "MEDIA
		// RELEASE" over "The Hon. Jane Roe MP" is no organization, and the
		// post under the name is her title.
		{"a minister's letterhead", "MEDIA RELEASE\n\nThe Hon. Dara Quill MP\nPremier of Kelvania\n\nThursday, 14 August 2025\n\nNEW HOMES FOR KELVANIA\n\n" +
			"Premier Dara Quill said the package was aimed at young families.\n",
			"the package was aimed at young families", "Dara Quill", "", "Premier of Kelvania"},
		// A testimonial signed by a first name and an age is a person's,
		// with the post after it ("Maisie" alone the model reads as a place).
		{"a first name by its age", "The Kelvo Trust published its report today.\n\n\"Just ask us how we are and actually wait for the answer.\"\n– Maisie, 15, member of the Kelvo Trust youth panel\n",
			"Just ask us how we are and actually wait for the answer.", "Maisie", "Kelvo Trust", "member of the Kelvo Trust youth panel"},
		// A testimonial signed by a first name alone, then a description
		// in lower case: a person with that title.
		{"a first name signing a quotation", "The Kelvo Trust published its report today.\n\n\"I have snorkelled over that meadow every summer since I was a girl.\"\n– Priya, volunteer seagrass surveyor\n",
			"I have snorkelled over that meadow every summer since I was a girl.", "Priya", "", "volunteer seagrass surveyor"},
		// A signature over two lines: the name after a dash, its post and
		// body on the line below.
		{"a signature's post on the line below", "The province will fund broadband in the north.\n\nQuotes\n\n\"Council has been asking for this for a decade.\"\n- Dara Quill\nMayor, Township of Kessing Falls\n\n\"Our young people should not have to leave home.\"\n- Chief Bob Roe\nKelvo First Nation\n",
			"Council has been asking for this for a decade.", "Dara Quill", "Township of Kessing Falls", "Mayor"},
		{"a signature's body on the line below", "The province will fund broadband in the north.\n\nQuotes\n\n\"Council has been asking for this for a decade.\"\n- Dara Quill\nMayor, Township of Kessing Falls\n\n\"Our young people should not have to leave home.\"\n- Chief Bob Roe\nKelvo First Nation\n",
			"Our young people should not have to leave home.", "Bob Roe", "Kelvo First Nation", "Chief"},
		// A headline's capitalized bare noun for any body is the issuer.
		{"a headline's 'Charity' is the issuer", "Charity warns of \"hungriest winter in a decade\" as demand rises\n\nPosted on 25 November 2024 by the Kelvo Trust press team\n\nThe Kelvo Trust, which supports 210 food banks, today warned that food banks face their hungriest winter.\n\nAbout the Kelvo Trust\n\nThe Kelvo Trust runs food banks.\n",
			"hungriest winter in a decade", "Kelvo Trust", "Kelvo Trust", ""},
		// In coverage of an organ's meeting, the Secretary-General speaks
		// for the body the organ belongs to, not for the organ.
		{"the Secretary-General in an organ's coverage", "Seventy-ninth session, 61st Meeting\n\nThe General Assembly today opened its debate on coastal adaptation. " +
			"Opening the debate, Secretary-General Dara Quill spoke of rising seas. “We cannot negotiate with the sea,” she said. " +
			"The General Assembly will continue the debate tomorrow. The General Assembly also elected a committee.",
			"We cannot negotiate with the sea", "Dara Quill", "United Nations", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.text)
			checkSpans(t, tt.text, d)
			q := quoteWithText(d, tt.words)
			require.NotNil(t, q)
			require.NotNil(t, q.Speaker)
			assert.Equal(t, tt.speaker, q.Speaker.Name)
			if tt.org != "" {
				assert.Equal(t, tt.org, q.Speaker.Organization.Name)
			} else {
				assert.NotContains(t, q.Speaker.Organization.Name, tt.speaker)
			}
			if tt.title != "" {
				assert.Contains(t, q.Speaker.Titles, tt.title)
			}
		})
	}
}

// An answer under a question, in a Q&A whose heading names the person
// asked, is that person's; a quotation inside an answer's paragraph is
// left to the rules it had.
func TestInterviewAnswers(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "Kelvale Athletics changed its testing rules on Monday.\n\n" +
		"Q&A with the Head of the Integrity Unit, Dara Quill\n\n" +
		"What changes for athletes?\n\n" +
		"“More tests, and fairer ones, from the first of March.”\n\n" +
		"Will the samples be taken at home?\n\n" +
		"“Yes. Most of the new samples will be taken out of competition.”"
	d := x.Extract(text)
	checkSpans(t, text, d)
	for _, want := range []string{"More tests, and fairer ones, from the first of March.", "Yes. Most of the new samples will be taken out of competition."} {
		q := quoteWithText(d, want)
		require.NotNil(t, q, want)
		if assert.NotNil(t, q.Speaker, want) {
			assert.Equal(t, "Dara Quill", q.Speaker.Name, want)
		}
	}
	// With no heading, the next answer under a question is the speaker's
	// of the answer above it.
	text = "“We will test more,” said Dara Quill, head of the unit.\n\nWill the samples be taken at home?\n\n“Yes. Most of them will be taken out of competition.”"
	d = x.Extract(text)
	checkSpans(t, text, d)
	for _, want := range []string{"Yes. Most of them will be taken out of competition."} {
		q := quoteWithText(d, want)
		require.NotNil(t, q, want)
		if assert.NotNil(t, q.Speaker, want) {
			assert.Equal(t, "Dara Quill", q.Speaker.Name, want)
		}
	}
}

// TestUnresolvedPronoun: reported speech whose subject is a pronoun no
// speaker resolves ("I" in a column, "He" with no antecedent) is a quote
// resting on the pronoun, with no speaker; inside a quotation the pronoun
// is the quoted speaker's and makes no quote of its own.
func TestUnresolvedPronoun(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	text := "The board met on Monday.\n\nI told the board that the merger would fail."
	d := x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	assert.Equal(t, "the merger would fail", q.Text)
	assert.Nil(t, q.Speaker)
	require.NotNil(t, q.Mention)
	assert.Equal(t, "I", q.Mention.Text)

	// A lower-case pronoun the tokenizer leaves with its auxiliary: the
	// mention is the pronoun's bytes.
	text = "Ann Lee won in Nevada. And she’s predicted big wins in the races ahead."
	d = x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	assert.Equal(t, "big wins in the races ahead", d.Quotes[0].Text)
	require.NotNil(t, d.Quotes[0].Mention)
	assert.Equal(t, "she", d.Quotes[0].Mention.Text)

	text = "The senators met on Monday. All but two said the party should act."
	d = x.Extract(text)
	checkSpans(t, text, d)
	require.Len(t, d.Quotes, 1)
	assert.Nil(t, d.Quotes[0].Speaker)
	require.NotNil(t, d.Quotes[0].Mention)
	assert.Contains(t, d.Quotes[0].Mention.Text, "two")

	text = "It was a hard question, and the mayor almost suggested that the question was out of line."
	d = x.Extract(text)
	for _, q := range d.Quotes {
		assert.False(t, q.Speaker == nil && q.Mention != nil && q.Mention.Text == "almost", "“almost” is no share")
	}

	text = "The board met on Monday.\n\nIt learned that the merger would fail."
	d = x.Extract(text)
	assert.Empty(t, d.Quotes, "“it” names no speaker")

	text = "“We welcome the agreement.\n\nI call on both sides to ratify it quickly,” said Dara Quill, the envoy."
	d = x.Extract(text)
	checkSpans(t, text, d)
	require.NotEmpty(t, d.Quotes)
	for _, q := range d.Quotes {
		assert.False(t, q.Speaker == nil && q.Mention != nil && q.Mention.Text == "I", "quote %q rests on the quoted “I”", q.Text)
	}
}

// TestInvertedLead: a lead that opens with a capitalized verb of saying,
// then the speaker, then a comma or a colon before the quotation. (The
// recognizer takes the verb into the name, "Said Dara Quill"; the family
// name is right.)
func TestInvertedLead(t *testing.T) {
	x, err := quotes.New(quotes.WithLayout(false))
	require.NoError(t, err)
	for _, text := range []string{
		"The memorial grew.\n\nSaid Dara Quill, who grew up in the neighborhood, “We were all so proud of him.”",
		"The hearing ended.\n\nStated Quill:\n\n“I think that the stakes are so high for the county.”",
	} {
		d := x.Extract(text)
		checkSpans(t, text, d)
		require.Len(t, d.Quotes, 1, text)
		q := d.Quotes[0]
		assert.Equal(t, quotes.CueSubject, q.Rule)
		require.NotNil(t, q.Speaker)
		assert.Equal(t, "Quill", q.Speaker.Family)
	}
}

// TestMinistryLetterheadTitledSubject: a minister's title after the
// dateline's dash and "The" is no issuer; the ministry of the letterhead is.
func TestMinistryLetterheadTitledSubject(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "REPUBLIC OF KELVANIA\nMINISTRY OF EDUCATION AND LIFELONG LEARNING\nOffice of the Minister | Private Mail Bag 14, Kelvo\nPRESS RELEASE  No. MoE/PR/2026/041\n\n" +
		"READING FIRST PROGRAMME EXTENDED TO 1,900 PRIMARY SCHOOLS\n\n" +
		"Kelvo, 12 October 2026 -- The Minister of Education and Lifelong Learning, Hon. Dara Quill, has announced that the Reading First programme will be extended to 1,900 additional primary schools from the next academic year."
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteWithText(d, "the Reading First programme will be extended to 1,900 additional primary schools from the next academic year")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, "Ministry of Education and Lifelong Learning", q.Speaker.Organization.Name)
}

// TestLeadingHeadBodies: a body whose head opens its name in another
// language ("Fondation Abri Kelvo") is the release's issuer that "the
// Foundation" stands for; its director is a person; "a spokesperson for the
// Sindicato Nacional de Kelvo" is an unnamed person of that union.
func TestLeadingHeadBodies(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "Paris, 27 November 2025 – In its annual report, published today, the Fondation Abri Kelvo estimates that 41,000 people sleep in cars.\n\n" +
		"The Foundation warned that shelters turned away two out of three families.\n\n" +
		"Dara Quill, Director-General of the Fondation Abri Kelvo, said:\n\n“Behind these figures are people who go to work.”\n\n" +
		"A spokesperson for the Sindicato Nacional de Kelvo said the union would seek guarantees.\n\n" +
		"About Fondation Abri Kelvo\n\nThe Fondation Abri Kelvo fights homelessness."
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteWithText(d, "shelters turned away two out of three families")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Fondation Abri Kelvo", q.Speaker.Name)
	q = quoteWithText(d, "Behind these figures are people who go to work.")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.Equal(t, "Fondation Abri Kelvo", q.Speaker.Organization.Name)
	q = quoteWithText(d, "the union would seek guarantees")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Sindicato Nacional de Kelvo", q.Speaker.Organization.Name)
	assert.Contains(t, q.Speaker.Name, "spokesperson")
}

// TestNameLineUnderQuotations: a press page's quotes section signs its
// quotation paragraphs with a line under them, "Jane Roe, Commissioner for
// …", no dash: both quotations are hers, and the line gives her title.
func TestNameLineUnderQuotations(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "Quote(s)\n“A child with pneumonia should get the same antibiotic in every city of the Union.”\n" +
		"“We have learned from the pandemic that solidarity must be organised before the crisis.”\n" +
		"Dara Quill, Commissioner for Health and Medical Innovation\nRelated documents\n"
	d := x.Extract(text)
	checkSpans(t, text, d)
	for _, s := range []string{"A child with pneumonia should get the same antibiotic in every city of the Union.", "We have learned from the pandemic that solidarity must be organised before the crisis."} {
		q := quoteWithText(d, s)
		require.NotNil(t, q, s)
		require.NotNil(t, q.Speaker, s)
		assert.Equal(t, "Dara Quill", q.Speaker.Name)
		assert.Contains(t, q.Speaker.Titles, "Commissioner for Health and Medical Innovation")
	}
}

// TestLanguageSwitchAndShareLinks: a page dump's language switch in two
// scripts ("नेपाली | English") names no source and no title, and its share
// links ("Share: Facebook | X | WhatsApp | Print") no issuer.
func TestLanguageSwitchAndShareLinks(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "Skip to content\nनेपाली | English\nKelvo Metropolitan City Office\nHome\nNotices\n" +
		"Mayor Quill: ‘Segregation is no longer optional’\nShare: Facebook | X | WhatsApp | Print\n" +
		"Kelvo, 8 March – Kelvo Metropolitan City (KMC) has made segregation of household waste mandatory in all wards.\n" +
		"‘Every time the landfill closes, garbage piles up on our streets,’ said Mayor Dara Quill.\n" +
		"Kelvo Metropolitan City will distribute compost bins. Kelvo Metropolitan City will also train collectors.\n© 2026 Kelvo Metropolitan City. All rights reserved.\n"
	d := x.Extract(text)
	checkSpans(t, text, d)
	assert.Equal(t, "Mayor Quill: ‘Segregation is no longer optional’", d.Title)
	q := quoteWithText(d, "Every time the landfill closes, garbage piles up on our streets")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
	assert.NotContains(t, []string{"WhatsApp", "English"}, q.Speaker.Organization.Name)
	assert.NotEqual(t, "English", d.Source)
}

// TestStyledNameLinesUnderQuotations: a quotes section whose signature
// lines open with a style or an office ("The Honourable Jane Roe,
// Minister …", "His Worship John Doe, Mayor of …", "Chief Dara Quill, …")
// signs the quotations above each line, not the ones below it.
func TestStyledNameLinesUnderQuotations(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "Quotes\n\n“Clean water is the foundation of every growing community.”\n\n" +
		"The Honourable Jane Roe, Minister of Housing and Communities\n\n" +
		"“Kelvo is proud to partner on a project that serves a growing city.”\n\n" +
		"His Worship Bob Poe, Mayor of Kelvale\n\n" +
		"“For six years, our families have boiled water.”\n\n" +
		"Chief Dara Quill, Kelvo Crossing First Nation\n\nQuick facts\n"
	d := x.Extract(text)
	checkSpans(t, text, d)
	for s, name := range map[string]string{
		"Clean water is the foundation of every growing community.":          "Jane Roe",
		"Kelvo is proud to partner on a project that serves a growing city.": "Bob Poe",
		"For six years, our families have boiled water.":                     "Dara Quill",
	} {
		q := quoteWithText(d, s)
		require.NotNil(t, q, s)
		require.NotNil(t, q.Speaker, s)
		assert.Equal(t, name, q.Speaker.Name, s)
	}
}

// TestStatementFromAPostSetOffBeforeTheName: "X read out a statement from
// the Kelvo Representative in Kelvania, Jane Roe: “…”" gives the quotation
// to the statement's author, not to the one who read it.
func TestStatementFromAPostSetOffBeforeTheName(t *testing.T) {
	x, err := quotes.New()
	require.NoError(t, err)
	text := "The briefing opened. Ms Bob Poe read out a statement from the Kelvo Refugee Agency Representative in Kelvania, Dara Quill: “The generosity of host communities cannot be a substitute for funding.”"
	d := x.Extract(text)
	checkSpans(t, text, d)
	q := quoteWithText(d, "The generosity of host communities cannot be a substitute for funding.")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Dara Quill", q.Speaker.Name)
}
