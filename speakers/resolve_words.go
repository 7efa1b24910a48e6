package speakers

import (
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// The word lists Resolve reads a phrase by: the pronouns that can say
// something and the possessives that stand for them, the nouns that name
// a group of people or a body, the words that end a phrase's head, and
// the words that open a sentence and name no one.

// pronouns that can be the subject of a verb of saying.
var subjectPronouns = map[string]entities.Gender{"he": entities.Male, "she": entities.Female, "they": 0, "it": 0, "we": 0, "i": 0}

// possessives stand for the subject pronoun of their possessor.
var possessives = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// group nouns: plural people named only as a group.
var groupNouns = toSet(`officials sources aides advisers advisors experts analysts critics supporters
opponents voters residents people lawmakers legislators democrats republicans members speakers participants
delegates leaders authorities investigators prosecutors police officers observers economists scientists
researchers activists organizers organisers witnesses staffers spokespeople representatives ministers diplomats
officers insiders strategists donors commentators protesters demonstrators students teachers doctors workers
employees executives negotiators parents citizens americans europeans candidates senators governors mayors
politicians conservatives liberals progressives republicans pollsters reporters journalists editors users
campaigners allies rivals friends outlets neighbors neighbours colleagues aides families groups others many some both
several few all most organizers organisers respondents superdelegates attendees audience crowd viewers readers
percent half third quarter majority minority plurality everyone everybody nobody someone somebody women men
children advocates proponents backers fans associates lawyers attorneys historians scholars operatives consultants
defenders detractors skeptics independents immigrants soldiers veterans troops relatives findings documents
records emails reports statements surveys polls data traders companies firms businesses owners farmers
media organizations organisations agencies governments countries nations states unions banks
judges justices jurors hecklers callers
markets investors forecasters teenagers millennials locals meps mps lawmakers parliamentarians deputies`)

// organization nouns: a body that can be said to say something.
var orgNouns = toSet(`campaign company committee agency department administration government ministry
police group organization organisation court newspaper paper network magazine
website site firm team party office council
commission board union association institute foundation center centre bank fund military army embassy
station channel outlet publication journal network chamber senate house congress parliament cabinet
regime presidency kremlin white charity nonprofit ngo trust alliance coalition network hospital university
college school museum library society federation council collaborative collective camp side bureau mission
watchdog ngo service ` + namedBodyWords)

// namedBodyNouns are orgNouns that stand for a body the text names in
// full, never a generic one: "the Authority", "the port authority" (a body
// whose name holds the words: "Kelvo Port Authority"). With "a" or "one"
// they are a person: "one authority on the subject", "a former bank
// regulator".
var namedBodyNouns = toSet(namedBodyWords)

const namedBodyWords = `authority secretariat directorate inspectorate regulator tribunal`

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// prepositions that end a noun phrase's head and start its complement.
var headEnders = toSet(`of at for with from in on to close near who which that whose ,`)

// neverSpeaker are words that open a sentence and name no one: an
// imperative's verb, a preposition or a conjunction ("Let me close by
// thanking …": the speaker of the text says it).
var neverSpeaker = toSet(`let please imagine without with despite if when while because although as`)
