package quotes_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/quotes"
)

// syntheticGold makes documents annotated the way PolNeAR is: the "that"
// of "said that …" belongs to what was said, where the rules leave it out.
func syntheticGold(n int) []quotes.GoldDocument {
	people := []string{"Jane Roe", "Ann Lee", "Tom Diaz", "Mia Ford", "Raj Patel", "Eva Stone", "Leo Park", "Ida Cole"}
	verbs := []string{"said", "argued", "told reporters", "warned", "noted", "claimed"}
	claims := []string{"prices will fall in May", "the plan had failed badly", "wages would rise next year",
		"the vote was far too close", "the bridge must be rebuilt soon", "taxes are too high for farmers"}
	var docs []quotes.GoldDocument
	for i := range n {
		p, v, c := people[i%len(people)], verbs[(i/2)%len(verbs)], claims[(i/3)%len(claims)]
		text := fmt.Sprintf("Officials met on Monday.\n\n%s %s that %s.\n", p, v, c)
		start := strings.Index(text, "that ")
		end := start + len("that ") + len(c)
		ss := strings.Index(text, p)
		se := ss + len(p)
		docs = append(docs, quotes.GoldDocument{ID: fmt.Sprint(i), Text: text, Quotes: []quotes.GoldQuote{{
			Start: start, End: end, Speaker: &p, SpeakerStart: &ss, SpeakerEnd: &se, Cue: v, Kind: "indirect",
		}}})
	}
	return docs
}

func trainBytes(t *testing.T, gold []quotes.GoldDocument, seed uint64) []byte {
	t.Helper()
	w, err := quotes.Train(gold, quotes.TrainConfig{Seed: seed, Epochs: 5, Folds: 4, Workers: 2})
	require.NoError(t, err)
	var b bytes.Buffer
	_, err = w.WriteTo(&b)
	require.NoError(t, err)
	return b.Bytes()
}

// TestTrainLearnsBoundary trains on a convention the rules do not follow
// and checks that the trained layer follows it and the rules still don't.
func TestTrainLearnsBoundary(t *testing.T) {
	gold := syntheticGold(48)
	wb := trainBytes(t, gold, 1)
	learned, err := quotes.New(quotes.WithWeights(bytes.NewReader(wb)))
	require.NoError(t, err)
	rules, err := quotes.New(quotes.WithLearned(false))
	require.NoError(t, err)
	text := "Officials met on Friday.\n\nKim Hale said that the river will flood the town.\n"
	got := func(x *quotes.Extractor) []string {
		var out []string
		for _, q := range x.Extract(text).Quotes {
			out = append(out, q.Text)
		}
		return out
	}
	assert.Equal(t, []string{"the river will flood the town"}, got(rules))
	assert.Equal(t, []string{"that the river will flood the town"}, got(learned))
}

// TestTrainDeterministic: the same seed gives the same weights, byte for
// byte.
func TestTrainDeterministic(t *testing.T) {
	gold := syntheticGold(32)
	a, b := trainBytes(t, gold, 7), trainBytes(t, gold, 7)
	assert.True(t, bytes.Equal(a, b), "two runs with seed 7 differ")
	w, err := quotes.ReadWeights(bytes.NewReader(a))
	require.NoError(t, err)
	var again bytes.Buffer
	_, err = w.WriteTo(&again)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(a, again.Bytes()), "weights do not survive a round trip")
}

func TestReadWeightsErrors(t *testing.T) {
	wb := trainBytes(t, syntheticGold(16), 1)
	for name, in := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXX"), wb[4:]...),
		"truncated": wb[:len(wb)-3],
		"version":   append(append([]byte("QKLW"), 9, 0), wb[6:]...),
	} {
		_, err := quotes.ReadWeights(bytes.NewReader(in))
		assert.Error(t, err, name)
		_, err = quotes.New(quotes.WithWeights(bytes.NewReader(in)))
		assert.Error(t, err, name)
	}
}

// TestEmbeddedWeightsHoldNoText checks that the embedded weights hold no
// run of four words of PolNeAR's text: they are hashed features and
// numbers. The check itself must find such a run in bytes that hold one.
func TestEmbeddedWeightsHoldNoText(t *testing.T) {
	wb, err := os.ReadFile(filepath.Join("data", "learned.bin"))
	require.NoError(t, err)
	require.NotEmpty(t, wb)
	_, err = quotes.ReadWeights(bytes.NewReader(wb))
	require.NoError(t, err)
	dir := polnearDir(t)
	runs := map[string]bool{}
	for _, split := range []string{"train.jsonl", "dev.jsonl"} {
		f, err := os.Open(filepath.Join(dir, split))
		require.NoError(t, err)
		gold, err := quotes.ReadGold(f)
		f.Close()
		require.NoError(t, err)
		for _, g := range gold {
			ws := wordRE.FindAllString(strings.ToLower(g.Text), -1)
			for i := 0; i+4 <= len(ws); i++ {
				runs[strings.Join(ws[i:i+4], " ")] = true
			}
		}
	}
	require.NotEmpty(t, runs)
	assert.Empty(t, spelled(wb, runs), "the embedded weights spell PolNeAR text")
	planted := append(append(append([]byte(nil), wb[:100]...), "\x00The New York Post reports that\x00"...), wb[100:]...)
	assert.Equal(t, []string{"the new york post", "new york post reports", "york post reports that"}, spelled(planted, runs))
}

var wordRE = regexp.MustCompile(`[A-Za-z]+`)

// spelled returns the runs of four words of b, read as text where it is
// printable ASCII, that are in runs.
func spelled(b []byte, runs map[string]bool) []string {
	var out []string
	for _, run := range regexp.MustCompile(`[ -~]{8,}`).FindAll(b, -1) {
		ws := wordRE.FindAllString(strings.ToLower(string(run)), -1)
		for i := 0; i+4 <= len(ws); i++ {
			if w := strings.Join(ws[i:i+4], " "); runs[w] {
				out = append(out, w)
			}
		}
	}
	return out
}

// loneGold makes documents where a quotation stands alone three
// paragraphs after its speaker last spoke, annotated with that speaker:
// the rules give it to no one.
func loneGold(n int) []quotes.GoldDocument {
	people := []string{"Jane Roe", "Ann Lee", "Tom Diaz", "Mia Ford", "Raj Patel", "Eva Stone", "Leo Park", "Ida Cole"}
	lines := []string{"We will not change course now.", "This is the right plan for all of us.", "Nobody here is giving up on the town."}
	var docs []quotes.GoldDocument
	for i := range n {
		p, l := people[i%len(people)], lines[(i/3)%len(lines)]
		text := fmt.Sprintf("“Prices will fall soon,” %s said on Monday.\n\nMarkets opened lower.\n\nTraders stayed calm all day.\n\n“%s”\n", p, l)
		start := strings.LastIndex(text, l)
		ss := strings.Index(text, p)
		se := ss + len(p)
		docs = append(docs, quotes.GoldDocument{ID: fmt.Sprint(i), Text: text, Quotes: []quotes.GoldQuote{
			{Start: strings.Index(text, "Prices"), End: strings.Index(text, "soon") + 4, Speaker: &p, SpeakerStart: &ss, SpeakerEnd: &se, Cue: "said", Kind: "direct"},
			{Start: start, End: start + len(l), Speaker: &p, SpeakerStart: &ss, SpeakerEnd: &se, Cue: "", Kind: "direct"},
		}})
	}
	return docs
}

// TestTrainLearnsSpeaker trains the speaker of lone quotations and checks
// that the trained layer gives one to the last speaker, which the rules
// do not.
func TestTrainLearnsSpeaker(t *testing.T) {
	learned, rules := trainedAndRules(t, loneGold(48))
	text := "“Rents will rise soon,” Kim Hale said on Friday.\n\nMarkets opened lower.\n\nTraders stayed calm all day.\n\n“We have a plan for every street.”\n"
	speaker := func(x *quotes.Extractor) string {
		qs := x.Extract(text).Quotes
		require.Len(t, qs, 2)
		if qs[1].Speaker == nil {
			return ""
		}
		return qs[1].Speaker.Name
	}
	assert.Equal(t, "", speaker(rules))
	assert.Equal(t, "Kim Hale", speaker(learned))
}

// principalGold makes documents where a spokesman speaks for a person,
// "Jane Roe's spokesman, Tom Diaz, said that …", annotated with the
// person as the source: the rules give the quote to the spokesman.
func principalGold(n int) []quotes.GoldDocument {
	people := []string{"Jane Roe", "Ann Lee", "Tom Diaz", "Mia Ford", "Raj Patel", "Eva Stone", "Leo Park", "Ida Cole"}
	claims := []string{"prices will fall in May", "the plan had failed badly", "wages would rise next year",
		"the vote was far too close", "the bridge must be rebuilt soon", "taxes are too high for farmers"}
	var docs []quotes.GoldDocument
	for i := range n {
		p, s, c := people[i%len(people)], people[(i+3)%len(people)], claims[(i/2)%len(claims)]
		text := fmt.Sprintf("Officials met on Monday.\n\n%s's spokesman, %s, said that %s.\n", p, s, c)
		start := strings.Index(text, c)
		ss := strings.Index(text, p)
		se := ss + len(p)
		docs = append(docs, quotes.GoldDocument{ID: fmt.Sprint(i), Text: text, Quotes: []quotes.GoldQuote{{
			Start: start, End: start + len(c), Speaker: &p, SpeakerStart: &ss, SpeakerEnd: &se, Cue: "said", Kind: "indirect",
		}}})
	}
	return docs
}

// TestTrainLearnsAttributedSpeaker trains on a convention the rules do
// not follow, the principal speaks rather than the spokesman, and checks
// that the trained layer gives the quote to the principal and the rules
// still don't.
func TestTrainLearnsAttributedSpeaker(t *testing.T) {
	learned, rules := trainedAndRules(t, principalGold(48))
	text := "Officials met on Friday.\n\nNina Ross's spokesman, Bo Grant, said that the river will flood the town.\n"
	// the mention the quote rests on, which must lie in the person's name
	// (the entities may read "Nina Ross's spokesman" as a body's)
	mention := func(x *quotes.Extractor) string {
		qs := x.Extract(text).Quotes
		require.Len(t, qs, 1)
		require.NotNil(t, qs[0].Speaker)
		return qs[0].Mention.Text
	}
	assert.Equal(t, "Bo Grant", mention(rules))
	m := mention(learned)
	assert.True(t, m != "" && strings.Contains("Nina Ross", m), "learned mention %q", m)
}

// viewGold makes n documents from format (its verbs: who, then a line
// in quotation marks) where the rules give the quotation to no one,
// annotated with who.
func viewGold(n int, who []string, format string) []quotes.GoldDocument {
	lines := []string{"a disgrace to the town.", "the best deal in years.", "far too costly for farmers."}
	var docs []quotes.GoldDocument
	for i := range n {
		p, l := who[i%len(who)], lines[(i/3)%len(lines)]
		text := fmt.Sprintf(format, p, l)
		start := strings.Index(text, l)
		ss := strings.Index(text, p)
		se := ss + len(p)
		docs = append(docs, quotes.GoldDocument{ID: fmt.Sprint(i), Text: text, Quotes: []quotes.GoldQuote{
			{Start: start, End: start + len(l), Speaker: &p, SpeakerStart: &ss, SpeakerEnd: &se, Kind: "direct"},
		}})
	}
	return docs
}

// trainedAndRules trains the layer on docs (small and fast: 5 epochs, 4
// folds) and returns an extractor with the trained weights and one with
// the rules alone.
func trainedAndRules(t *testing.T, docs []quotes.GoldDocument) (learned, rules *quotes.Extractor) {
	t.Helper()
	w, err := quotes.Train(docs, quotes.TrainConfig{Seed: 1, Epochs: 5, Folds: 4, Workers: 2})
	require.NoError(t, err)
	var b bytes.Buffer
	_, err = w.WriteTo(&b)
	require.NoError(t, err)
	learned, err = quotes.New(quotes.WithWeights(&b))
	require.NoError(t, err)
	rules, err = quotes.New(quotes.WithLearned(false))
	require.NoError(t, err)
	return learned, rules
}

// loneSpeakers trains the layer on docs and returns the mention the rules
// and the trained layer give text's one quotation.
func loneSpeakers(t *testing.T, docs []quotes.GoldDocument, text string) (rules, learned string) {
	t.Helper()
	lx, rx := trainedAndRules(t, docs)
	speaker := func(x *quotes.Extractor) string {
		qs := x.Extract(text).Quotes
		require.Len(t, qs, 1)
		if qs[0].Mention == nil {
			return ""
		}
		return qs[0].Mention.Text
	}
	return speaker(rx), speaker(lx)
}

// TestTrainLearnsSentenceSpeaker trains the speaker of lone quotations
// on mentions before them in their sentence ("Jane Roe's verdict on the
// plan: it is “…”", no verb of saying) and checks that the trained layer
// gives one to the subject, which the rules do not.
func TestTrainLearnsSentenceSpeaker(t *testing.T) {
	people := []string{"Jane Roe", "Ann Lee", "Tom Diaz", "Mia Ford", "Raj Patel", "Eva Stone", "Leo Park", "Ida Cole"}
	docs := viewGold(48, people, "Officials met on Monday.\n\n%s's verdict on the plan: it is “%s”\n")
	rules, learned := loneSpeakers(t, docs, "Officials met on Friday.\n\nNina Ross's verdict on the plan: it is “a burden on the whole town.”\n")
	assert.Equal(t, "", rules)
	assert.True(t, learned != "" && strings.Contains("Nina Ross", learned), "learned mention %q", learned)
}

// TestTrainLearnsSubjectSpeaker trains the speaker of lone quotations on
// the subject of the sentence before ("The town council wrote to the
// mayor. The plan is “…”") and checks that the trained layer gives one
// to it, which the rules do not.
func TestTrainLearnsSubjectSpeaker(t *testing.T) {
	bodies := []string{"The town council", "The school board", "The river trust", "The water board", "The arts council", "The port authority"}
	docs := viewGold(48, bodies, "Officials met on Monday.\n\n%s wrote to the mayor. The plan is “%s”\n")
	rules, learned := loneSpeakers(t, docs, "Officials met on Friday.\n\nThe harbour board wrote to the mayor. The plan is “a burden on the whole town.”\n")
	assert.Equal(t, "", rules)
	assert.Contains(t, learned, "board")
}

// TestTrainMayFavourASpeakerOverNoOne trains the speaker of lone
// quotations on documents where a third of them are annotated with the
// last speaker and the rest with a person named only in the opening line,
// whom no candidate names: the model cannot tell them apart and leans to
// no one, but held out the last speaker is right on a third and no one
// never is, so a margin against no one is chosen and the lone quotation
// goes to the last speaker.
func TestTrainMayFavourASpeakerOverNoOne(t *testing.T) {
	people := []string{"Jane Roe", "Ann Lee", "Tom Diaz", "Mia Ford", "Raj Patel", "Eva Stone", "Leo Park", "Ida Cole"}
	others := []string{"Bo Grant", "Kay Moss", "Ned Hart", "Uma Reed"}
	lines := []string{"We will not change course now.", "This is the right plan for all of us.", "Nobody here is giving up on the town."}
	var docs []quotes.GoldDocument
	for i := range 48 {
		p, o, l := people[i%len(people)], others[(i/2)%len(others)], lines[(i/3)%len(lines)]
		text := fmt.Sprintf("Officials met %s on Monday.\n\n“Prices will fall soon,” %s said.\n\nMarkets opened lower.\n\nTraders stayed calm all day.\n\n“%s”\n", o, p, l)
		start := strings.LastIndex(text, l)
		ps := strings.Index(text, p)
		pe := ps + len(p)
		src, ss, se := p, ps, pe
		if i%3 != 0 {
			src, ss = o, strings.Index(text, o)
			se = ss + len(o)
		}
		docs = append(docs, quotes.GoldDocument{ID: fmt.Sprint(i), Text: text, Quotes: []quotes.GoldQuote{
			{Start: strings.Index(text, "Prices"), End: strings.Index(text, "soon") + 4, Speaker: &p, SpeakerStart: &ps, SpeakerEnd: &pe, Cue: "said", Kind: "direct"},
			{Start: start, End: start + len(l), Speaker: &src, SpeakerStart: &ss, SpeakerEnd: &se, Kind: "direct"},
		}})
	}
	learned, _ := trainedAndRules(t, docs)
	text := "Officials met Al Dunn on Friday.\n\n“Rents will rise soon,” Kim Hale said.\n\nMarkets opened lower.\n\nTraders stayed calm all day.\n\n“We have a plan for every street.”\n"
	qs := learned.Extract(text).Quotes
	require.Len(t, qs, 2)
	require.NotNil(t, qs[1].Speaker)
	assert.Equal(t, "Kim Hale", qs[1].Speaker.Name)
}
