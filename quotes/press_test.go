package quotes_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotekit/quotekit/internal/presseval"
	"github.com/quotekit/quotekit/quotes"
)

// pressKinds are the folders of the annotated press releases.
var pressKinds = []string{"corporate", "government", "intl", "civil"}

// annotatedDir returns the directory of the annotated press releases,
// annotated/ under pressDir, or skips.
func annotatedDir(t *testing.T) string {
	dir := filepath.Join(pressDir(t), "annotated")
	for _, k := range pressKinds {
		if _, err := os.Stat(filepath.Join(dir, k, "gold.jsonl")); err != nil {
			t.Skipf("annotated press releases not found at %s: %v", dir, err)
		}
	}
	return dir
}

// A pressRun is the default extractor's output on the documents of one
// kind, in the order of its gold.jsonl.
type pressRun struct {
	gold []presseval.Document
	docs []*quotes.Document
	html []bool
}

var (
	pressOnce sync.Once
	pressRuns map[string]*pressRun
	pressErr  error
)

// runPress extracts every annotated document once per test binary, the
// way the CLI does (quotekit FILE): the default Extractor; an HTML
// document (gold format "html", which is also what the CLI detects, by the
// .html name) through ReadHTML, a text through ExtractContext; the
// document's id is its path.
func runPress(t *testing.T, dir string) map[string]*pressRun {
	pressOnce.Do(func() {
		pressRuns, pressErr = extractPress(dir)
	})
	require.NoError(t, pressErr)
	return pressRuns
}

func extractPress(dir string) (map[string]*pressRun, error) {
	x, err := quotes.New()
	if err != nil {
		return nil, err
	}
	runs := map[string]*pressRun{}
	for _, k := range pressKinds {
		f, err := os.Open(filepath.Join(dir, k, "gold.jsonl"))
		if errors.Is(err, fs.ErrNotExist) {
			continue // a folder may hold some kinds only
		}
		if err != nil {
			return nil, err
		}
		gold, err := presseval.ReadGold(f)
		f.Close()
		if err != nil {
			return nil, err
		}
		r := &pressRun{gold: gold}
		for _, g := range gold {
			path := filepath.Join(dir, k, "raw", g.ID)
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			var d *quotes.Document
			html := g.Format == "html"
			if html {
				d, err = x.ReadHTML(context.Background(), strings.NewReader(string(b)))
			} else {
				d, err = x.ExtractContext(context.Background(), string(b))
			}
			if err != nil {
				return nil, err
			}
			d.ID = path
			r.docs = append(r.docs, d)
			r.html = append(r.html, html)
		}
		runs[k] = r
	}
	return runs, nil
}

// score scores one kind and returns its counts and the outcomes of its
// firm records.
func (r *pressRun) score() (presseval.Scores, []presseval.Outcome) {
	var s presseval.Scores
	var outs []presseval.Outcome
	for i := range r.gold {
		ds, o := presseval.Score(&r.gold[i], presseval.Predictions(r.docs[i]))
		s.Add(ds)
		outs = append(outs, o...)
	}
	return s, outs
}

// pressFigures are the figures of one kind.
type pressFigures struct {
	recall, speaker, org, titles, precision float64
}

// pressFloors are the figures the default extractor last measured on each
// kind, minus 0.005: a regression below one fails. Measured (December
// 2026, the late evening's final rules): corporate recall 0.986, speaker
// 1.000, organization 0.971, titles 1.000, precision lower bound 0.851;
// government 0.976, 1.000, 0.974, 0.974, 0.924; intl 1.000, 1.000, 1.000,
// 1.000, 1.000; civil 0.954, 0.984, 1.000, 0.964, 0.910.
var pressFloors = map[string]pressFigures{
	"corporate":  {recall: 0.981, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.855},
	"government": {recall: 0.971, speaker: 0.995, org: 0.969, titles: 0.969, precision: 0.921},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.949, speaker: 0.979, org: 0.995, titles: 0.959, precision: 0.906},
}

// TestPressReleases scores the default extractor on the annotated press
// releases with the definitions of score_press.py (package presseval) and
// logs, per kind, the firm records, those found, recall, speaker,
// organization and title accuracy and the precision lower bound. With -v
// it also logs each failed firm record, for error analysis.
func TestPressReleases(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs 34 documents")
	}
	runs := runPress(t, annotatedDir(t))
	reportPress(t, runs, pressFloors)
}

// reportPress logs the table of runs, per kind, and with -v every failed
// firm record; with floors, a figure below its kind's floor fails.
func reportPress(t *testing.T, runs map[string]*pressRun, floors map[string]pressFigures) {
	t.Helper()
	t.Logf("%-10s %5s %5s %7s %7s %7s %7s %9s", "kind", "firm", "found", "recall", "speaker", "org", "titles", "precision")
	for _, k := range pressKinds {
		if runs[k] == nil {
			if _, ok := floors[k]; ok {
				t.Errorf("%s: no releases of this kind", k)
			}
			continue
		}
		s, outs := runs[k].score()
		t.Logf("%-10s %5d %5d %7.3f %7.3f %7.3f %7.3f %9.3f", k, s.Firm, s.Found, s.Recall(), s.Speaker(), s.Organization(), s.Titles(),
			s.PrecisionLowerBound())
		if testing.Verbose() {
			for i := range outs {
				if o := &outs[i]; o.Failed() {
					t.Log(describeFailure(k, o))
				}
			}
		}
		fl, ok := floors[k]
		if !ok {
			continue
		}
		for _, c := range []struct {
			name       string
			got, floor float64
		}{
			{"recall", s.Recall(), fl.recall},
			{"speaker", s.Speaker(), fl.speaker},
			{"organization", s.Organization(), fl.org},
			{"titles", s.Titles(), fl.titles},
			{"precision lower bound", s.PrecisionLowerBound(), fl.precision},
		} {
			assert.GreaterOrEqual(t, c.got, c.floor, "%s: %s fell below its floor", k, c.name)
		}
	}
}

// inventedFloors are the figures the default extractor last measured on
// the invented releases of ../testdata/invented, minus 0.005.
var inventedFloors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.897, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.975},
	"intl":       {recall: 0.995, speaker: 0.965, org: 0.995, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.930, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.940},
}

// TestInventedReleases scores the default extractor on the invented
// releases in ../testdata/invented (see its README) with the definitions
// of score_press.py, and fails when a figure falls below its floor. It
// needs no shared data.
func TestInventedReleases(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs every invented release")
	}
	for _, set := range []struct {
		dir    string
		floors map[string]pressFigures
	}{
		{"invented", inventedFloors},
		{"invented2", invented2Floors},
		{"invented3", invented3Floors},
		{"invented4", invented4Floors},
		{"invented5", invented5Floors},
		{"invented6", invented6Floors},
		{"invented7", invented7Floors},
		{"invented8", invented8Floors},
		{"invented9", invented9Floors},
		{"invented10", invented10Floors},
		{"invented11", invented11Floors},
		{"invented12", invented12Floors},
		{"invented13", invented13Floors},
		{"invented14", invented14Floors},
		{"invented15", invented15Floors},
		{"invented16", invented16Floors},
		{"invented17", invented17Floors},
		{"invented18", invented18Floors},
		{"invented19", invented19Floors},
		{"invented20", invented20Floors},
		{"invented21", invented21Floors},
		{"invented22", invented22Floors},
		{"invented23", invented23Floors},
		{"invented24", invented24Floors},
		{"invented25", invented25Floors},
		{"invented26", invented26Floors},
		{"invented27", invented27Floors},
		{"invented28", invented28Floors},
		{"invented29", invented29Floors},
		{"invented30", invented30Floors},
		{"invented31", invented31Floors},
		{"invented32", invented32Floors},
		{"invented33", invented33Floors},
		{"invented34", invented34Floors},
		{"invented35", invented35Floors},
		{"invented36", invented36Floors},
		{"invented37", invented37Floors},
		{"invented38", invented38Floors},
		{"invented39", invented39Floors},
		{"invented40", invented40Floors},
		{"invented41", invented41Floors},
		{"invented42", invented42Floors},
		{"invented43", invented43Floors},
		{"invented44", invented44Floors},
		{"invented45", invented45Floors},
		{"invented46", invented46Floors},
		{"invented47", invented47Floors},
		{"invented48", invented48Floors},
		{"invented49", invented49Floors},
		{"invented50", invented50Floors},
		{"invented51", invented51Floors},
		{"invented52", invented52Floors},
		{"invented53", invented53Floors},
		{"invented54", invented54Floors},
		{"invented55", invented55Floors},
		{"invented56", invented56Floors},
		{"invented57", invented57Floors},
		{"invented58", invented58Floors},
		{"invented59", invented59Floors},
		{"invented60", invented60Floors},
		{"invented61", invented61Floors},
		{"invented62", invented62Floors},
		{"invented63", invented63Floors},
		{"invented64", invented64Floors},
		{"invented65", invented65Floors},
		{"invented66", invented66Floors},
		{"invented67", invented67Floors},
		{"invented68", invented68Floors},
		{"invented69", invented69Floors},
		{"invented70", invented70Floors},
		{"invented71", invented71Floors},
		{"invented72", invented72Floors},
		{"invented73", invented73Floors},
		{"invented74", invented74Floors},
		{"invented75", invented75Floors},
		{"invented76", invented76Floors},
		{"invented77", invented77Floors},
		{"invented78", invented78Floors},
		{"invented79", invented79Floors},
		{"invented80", invented80Floors},
		{"invented81", invented81Floors},
		{"invented82", invented82Floors},
		{"invented83", invented83Floors},
		{"invented84", invented84Floors},
		{"invented85", invented85Floors},
		{"invented86", invented86Floors},
		{"invented87", invented87Floors},
		{"invented88", invented88Floors},
		{"invented89", invented89Floors},
		{"invented90", invented90Floors},
		{"invented91", invented91Floors},
		{"invented92", invented92Floors},
		{"invented93", invented93Floors},
		{"invented94", invented94Floors},
		{"invented95", invented95Floors},
		{"invented96", invented96Floors},
		{"invented97", invented97Floors},
		{"invented98", invented98Floors},
		{"invented99", invented99Floors},
		{"invented100", invented100Floors},
		{"invented101", invented101Floors},
		{"invented102", invented102Floors},
		{"invented103", invented103Floors},
		{"invented104", invented104Floors},
		{"invented105", invented105Floors},
		{"invented106", invented106Floors},
		{"invented107", invented107Floors},
		{"invented108", invented108Floors},
		{"invented109", invented109Floors},
		{"invented110", invented110Floors},
		{"invented111", invented111Floors},
		{"invented112", invented112Floors},
		{"invented113", invented113Floors},
		{"invented114", invented114Floors},
		{"invented115", invented115Floors},
		{"invented116", invented116Floors},
		{"invented117", invented117Floors},
		{"invented118", invented118Floors},
		{"invented119", invented119Floors},
		{"invented120", invented120Floors},
		{"invented121", invented121Floors},
		{"invented122", invented122Floors},
		{"invented123", invented123Floors},
		{"invented124", invented124Floors},
		{"invented125", invented125Floors},
		{"invented126", invented126Floors},
		{"invented127", invented127Floors},
		{"invented128", invented128Floors},
		{"invented129", invented129Floors},
		{"invented130", invented130Floors},
		{"invented131", invented131Floors},
		{"invented132", invented132Floors},
		{"invented133", invented133Floors},
		{"invented134", invented134Floors},
		{"invented135", invented135Floors},
		{"invented136", invented136Floors},
		{"invented137", invented137Floors},
		{"invented138", invented138Floors},
		{"invented139", invented139Floors},
		{"invented140", invented140Floors},
		{"invented141", invented141Floors},
		{"invented142", invented142Floors},
		{"invented143", invented143Floors},
		{"invented144", invented144Floors},
		{"invented145", invented145Floors},
		{"invented146", invented146Floors},
		{"invented147", invented147Floors},
		{"invented148", invented148Floors},
		{"invented149", invented149Floors},
		{"invented150", invented150Floors},
		{"invented151", invented151Floors},
		{"invented152", invented152Floors},
		{"invented153", invented153Floors},
		{"invented154", invented154Floors},
		{"invented155", invented155Floors},
		{"invented156", invented156Floors},
		{"invented157", invented157Floors},
		{"invented158", invented158Floors},
		{"invented159", invented159Floors},
		{"invented160", invented160Floors},
		{"invented161", invented161Floors},
		{"invented162", invented162Floors},
		{"invented163", invented163Floors},
		{"invented164", invented164Floors},
		{"invented165", invented165Floors},
		{"invented166", invented166Floors},
		{"invented167", invented167Floors},
		{"invented168", invented168Floors},
		{"invented169", invented169Floors},
		{"invented170", invented170Floors},
		{"invented171", invented171Floors},
		{"invented172", invented172Floors},
		{"invented173", invented173Floors},
		{"invented174", invented174Floors},
		{"invented175", invented175Floors},
		{"invented176", invented176Floors},
		{"invented177", invented177Floors},
		{"invented178", invented178Floors},
		{"invented179", invented179Floors},
		{"invented180", invented180Floors},
		{"invented181", invented181Floors},
		{"invented182", invented182Floors},
		{"invented183", invented183Floors},
		{"invented184", invented184Floors},
		{"invented185", invented185Floors},
		{"invented186", invented186Floors},
		{"invented187", invented187Floors},
		{"invented188", invented188Floors},
		{"invented189", invented189Floors},
		{"invented190", invented190Floors},
		{"invented191", invented191Floors},
		{"invented192", invented192Floors},
		{"invented193", invented193Floors},
		{"invented194", invented194Floors},
		{"invented195", invented195Floors},
		{"invented196", invented196Floors},
		{"invented197", invented197Floors},
		{"invented198", invented198Floors},
		{"invented199", invented199Floors},
		{"invented200", invented200Floors},
		{"invented201", invented201Floors},
		{"invented202", invented202Floors},
		{"invented203", invented203Floors},
		{"invented204", invented204Floors},
		{"invented205", invented205Floors},
		{"invented206", invented206Floors},
		{"invented207", invented207Floors},
		{"invented208", invented208Floors},
		{"invented209", invented209Floors},
		{"invented210", invented210Floors},
		{"invented211", invented211Floors},
		{"invented212", invented212Floors},
		{"invented213", invented213Floors},
		{"invented214", invented214Floors},
		{"invented215", invented215Floors},
		{"invented216", invented216Floors},
		{"invented217", invented217Floors},
		{"invented218", invented218Floors},
		{"invented219", invented219Floors},
		{"invented220", invented220Floors},
		{"invented221", invented221Floors},
		{"invented222", invented222Floors},
		{"invented223", invented223Floors},
		{"invented224", invented224Floors},
		{"invented225", invented225Floors},
		{"invented226", invented226Floors},
		{"invented227", invented227Floors},
		{"invented228", invented228Floors},
		{"invented229", invented229Floors},
		{"invented230", invented230Floors},
		{"invented231", invented231Floors},
		{"invented232", invented232Floors},
		{"invented233", invented233Floors},
		{"invented234", invented234Floors},
		{"invented235", invented235Floors},
		{"invented236", invented236Floors},
		{"invented237", invented237Floors},
		{"invented238", invented238Floors},
		{"invented239", invented239Floors},
		{"invented240", invented240Floors},
		{"invented241", invented241Floors},
		{"invented242", invented242Floors},
		{"invented243", invented243Floors},
		{"invented244", invented244Floors},
		{"invented245", invented245Floors},
		{"invented246", invented246Floors},
		{"invented247", invented247Floors},
		{"invented248", invented248Floors},
		{"invented249", invented249Floors},
		{"invented250", invented250Floors},
		{"invented251", invented251Floors},
		{"invented252", invented252Floors},
		{"invented253", invented253Floors},
		{"invented254", invented254Floors},
		{"invented255", invented255Floors},
		{"invented256", invented256Floors},
		{"invented257", invented257Floors},
		{"invented258", invented258Floors},
		{"invented259", invented259Floors},
		{"invented260", invented260Floors},
		{"invented261", invented261Floors},
		{"invented262", invented262Floors},
		{"invented263", invented263Floors},
		{"invented264", invented264Floors},
		{"invented265", invented265Floors},
		{"invented266", invented266Floors},
		{"invented267", invented267Floors},
		{"invented268", invented268Floors},
		{"invented269", invented269Floors},
		{"invented270", invented270Floors},
		{"invented271", invented271Floors},
		{"invented272", invented272Floors},
		{"invented273", invented273Floors},
		{"invented274", invented274Floors},
		{"invented275", invented275Floors},
		{"invented276", invented276Floors},
		{"invented277", invented277Floors},
		{"invented278", invented278Floors},
		{"invented279", invented279Floors},
		{"invented280", invented280Floors},
		{"invented281", invented281Floors},
		{"invented282", invented282Floors},
		{"invented283", invented283Floors},
		{"invented284", invented284Floors},
		{"invented285", invented285Floors},
		{"invented286", invented286Floors},
		{"invented287", invented287Floors},
		{"invented288", invented288Floors},
		{"invented289", invented289Floors},
		{"invented290", invented290Floors},
	} {
		t.Run(set.dir, func(t *testing.T) {
			runs, err := extractPress(filepath.Join("..", "testdata", set.dir))
			require.NoError(t, err)
			reportPress(t, runs, set.floors)
		})
	}
}

// invented2Floors are the figures the default extractor last measured on
// the second set of invented releases, ../testdata/invented2, minus 0.005.
var invented2Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.959, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.955, speaker: 0.995, org: 0.952, titles: 0.995, precision: 0.895}, // (lowered from .926 on 2026-12-05: a headline's "Warns of" is read now, and "Delegates Hear Scientific Committee Warn of Sardine Collapse" gives the delegates, a quote its gold leaves out)
	"civil":      {recall: 0.957, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.961},
}

// invented3Floors are the figures the default extractor last measured on
// ../testdata/invented3, minus 0.005.
var invented3Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.952},
	"government": {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.933},
	"intl":       {recall: 0.995, speaker: 0.946, org: 0.995, titles: 0.995, precision: 0.973},
	"civil":      {recall: 0.995, speaker: 0.897, org: 0.995, titles: 0.995, precision: 0.973},
}

// invented4Floors are the figures the default extractor last measured on
// ../testdata/invented4, minus 0.005.
var invented4Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.928},
	"government": {recall: 0.922, speaker: 0.995, org: 0.874, titles: 0.995, precision: 0.944},
	"intl":       {recall: 0.995, speaker: 0.946, org: 0.995, titles: 0.995, precision: 0.927},
	"civil":      {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.939, precision: 0.924},
}

// invented5Floors are the figures the default extractor last measured on
// ../testdata/invented5, minus 0.005.
var invented5Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.957},
	"government": {recall: 0.967, speaker: 0.966, org: 0.961, titles: 0.995, precision: 0.930},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.921},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.906},
}

// invented6Floors are the figures the default extractor last measured on
// ../testdata/invented6, minus 0.005.
var invented6Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.920},
	"government": {recall: 0.995, speaker: 0.995, org: 0.881, titles: 0.938, precision: 0.948},
	"intl":       {recall: 0.995, speaker: 0.941, org: 0.995, titles: 0.995, precision: 0.914},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.970}, // titles .824 -> .800: one more speaker right (Rev. Canon Michael O’Driscoll), whose titles miss "Rev. Canon"
}

// invented7Floors are the figures the default extractor last measured on
// ../testdata/invented7, minus 0.005 (held out at 4a9b16b, used for error
// analysis since). Civil titles fell to .500 when two more speakers came
// right and so had their titles judged. Government org fell from .962 to
// .926 (floor .921) when "Children … will be asked to stay home …, a
// spokesperson for the school district said." came to its speaker (issue
// 12, round 6): the speakers package gives that spokesperson the issuer,
// not the school district the release names.
var invented7Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.890, precision: 0.880},
	"government": {recall: 0.995, speaker: 0.995, org: 0.921, titles: 0.995, precision: 0.936},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.964},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.880, titles: 0.828, precision: 0.961},
}

// invented8Floors are the figures the default extractor last measured on
// ../testdata/invented8, minus 0.005 (held out at 092fd70: recall/speaker/
// org/titles corporate .971/.848/.964/1.000, government
// .969/.839/.308/.808, intl 1/1/.897/.720, civil .963/.923/.714/.750).
// Corporate titles fell to .968 when the headline quote "…, says Quillon
// CEO" came to its speaker, whose title the body writes "chief executive
// officer". Corporate precision fell to .946 when "According to Rohan
// D'Souza, head of …, the venture addresses a real bottleneck …, although
// he warned that …" came to give the reported clause from "the venture"
// (before, the clause was skipped as a second appositive and the quote
// began at "although"): the gold's snippet runs on to ", although", which
// the clause's end no longer holds.
var invented8Floors = map[string]pressFigures{
	"corporate":  {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.941},
	"government": {recall: 0.995, speaker: 0.995, org: 0.926, titles: 0.933, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.961, titles: 0.995, precision: 0.892},
	"civil":      {recall: 0.995, speaker: 0.921, org: 0.950, titles: 0.995, precision: 0.964},
}

// invented9Floors are the figures the default extractor last measured on
// ../testdata/invented9, minus 0.005 (held out at 34852a7: recall/speaker/
// org/titles corporate .968/1.000/.793/1.000, government
// .926/.760/.667/1.000, intl 1/1/.903/.960, civil .968/.967/.870/.778).
// Government precision fell to .842 when the PolNeAR rules split "said his
// office has charged …, and will ask the court to hold them" into two
// reports, the second not annotated.
var invented9Floors = map[string]pressFigures{
	"corporate":  {recall: 0.963, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.934},
	"government": {recall: 0.921, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.837},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.965},
	"civil":      {recall: 0.963, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.963},
}

// invented10Floors are the figures the default extractor last measured on
// ../testdata/invented10, minus 0.005 (held out at ad4dc66 and again,
// unchanged, at 4f5d61f: recall/speaker/org/titles corporate
// 1.000/.975/.811/.946, government .953/.976/.613/.921, intl
// .935/.837/.786/.794, civil .919/.971/.458/.867).
var invented10Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.945},
	"government": {recall: 0.948, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.973},
	"intl":       {recall: 0.930, speaker: 0.972, org: 0.995, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.968, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.942},
}

// invented11Floors are the figures the default extractor last measured on
// ../testdata/invented11, minus 0.005. Held out, once, at b3d5ef2 (the
// session's final rules): recall/speaker/org/titles corporate
// 1.000/.879/.857/.929, government 1.000/.938/.759/.900, intl
// 1.000/.931/.833/.885, civil .857/1.000/.571/.750. Reading its errors then
// found one layout bug (a bulleted list inside a page's release split the
// body and lost its first paragraphs), fixed in the commit after; civil
// is 1.000/1.000/.640/.786 since. Nothing else was tuned on it.
// Government titles fell from .900 to .871 (floor lowered from .895) when
// "According to the District Health Officer for Mangochi, Mrs. Jane Roe,"
// found its speaker: her gold titles hold the courtesy form "Mrs.", which
// quotekit keeps as the honorific, not as a title; before, the quote's
// speaker was wrong and its titles were not scored.
var invented11Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.934, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.962, titles: 0.866, precision: 0.966},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.841, titles: 0.995, precision: 0.907},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.875, titles: 0.995, precision: 0.901},
}

// invented12Floors are the figures the default extractor last measured on
// ../testdata/invented12, minus 0.005 (held out at 28288d7: recall/speaker/
// org/titles corporate 1.000/.944/.824/.824, government 1.000/1.000/.871/
// .636, intl .974/.895/.789/.846, civil 1.000/.795/.519/.889; then used for
// error analysis).
var invented12Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.941},
	"government": {recall: 0.995, speaker: 0.995, org: 0.963, titles: 0.995, precision: 0.837},
	"intl":       {recall: 0.969, speaker: 0.995, org: 0.821, titles: 0.995, precision: 0.971},
	"civil":      {recall: 0.995, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.867},
}

// invented13Floors are the figures the default extractor last measured on
// ../testdata/invented13, minus 0.005 (held out at 28ab477: corporate
// .972/.943/.900/.933, government .974/.838/.742/.774, intl
// 1.000/.970/.645/.600, civil 1.000/.927/.700/.892; then used for error
// analysis).
var invented13Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.839},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.918},
	"intl":       {recall: 0.995, speaker: 0.965, org: 0.995, titles: 0.875, precision: 0.863},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.950},
}

// invented14Floors are the figures the default extractor last measured on
// ../testdata/invented14, minus 0.005 (held out at 7ac6e04: corporate
// .973/.917/.788/.929, government .974/1.000/.514/.946, intl
// .943/.788/1.000/.762, civil .971/.794/.667/.708; then used for error
// analysis).
var invented14Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.967},
	"government": {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.918},
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.966, speaker: 0.995, org: 0.959, titles: 0.995, precision: 0.912},
}

// invented15Floors are the figures the default extractor last measured on
// ../testdata/invented15, minus 0.005 (measured at 7ac6e04, its failing
// records' quotes shown by mistake: corporate 1.000/.886/1.000/1.000,
// government 1.000/.853/.458/.893, intl .969/.968/.889/.875, civil
// 1.000/.944/.444/.933; then used for error analysis).
var invented15Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.941},
	"intl":       {recall: 0.964, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.912},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.907},
}

// invented16Floors are the figures the default extractor last measured on
// ../testdata/invented16, minus 0.005 (held out, measured once with the
// final rules of 2026-12-01's night session, ab0c5f9: corporate
// 1.000/1.000/.791/.951, government 1.000/.976/.556/.974, intl
// 1.000/.941/.719/.759, civil 1.000/.972/.909/.886; then used for error
// analysis).
var invented16Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.946, precision: 0.951},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.907, titles: 0.939, precision: 0.995},
}

// invented17Floors are the figures the default extractor measured on
// ../testdata/invented17, minus 0.005 (written during the session of
// 2026-12-01's late evening and measured once, held out, with that
// session's final rules at commit 6abb26e: corporate
// .974/.946/1.000/1.000, government .978/.933/.902/1.000, intl
// 1.000/.977/.857/.921, civil 1.000/.925/.750/.938,
// recall/speaker/organization/titles).
var invented17Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.924},
	"government": {recall: 0.973, speaker: 0.951, org: 0.995, titles: 0.995, precision: 0.897},
	"intl":       {recall: 0.995, speaker: 0.972, org: 0.995, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.930},
}

// invented18Floors are the figures the default extractor last measured on
// ../testdata/invented18, minus 0.005 (written during the session of
// 2026-12-01's late evening and used for error analysis from its first
// run, which measured corporate 1.000/.913/.762/.905, government
// .960/.979/.721/.889, intl 1.000/.885/.833/.895, civil 1.000/1.000/1.000/
// 1.000, recall/speaker/organization/titles).
var invented18Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.939},
	"intl":       {recall: 0.995, speaker: 0.957, org: 0.995, titles: 0.995, precision: 0.959},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.908},
}

// invented19Floors are the figures the default extractor last measured on
// ../testdata/invented19, minus 0.005 (written during the session of
// 2026-12-01's late evening and used for error analysis from its first
// run, which measured corporate 1.000/1.000/.806/.921, government
// 1.000/1.000/.857/1.000, intl 1.000/1.000/.933/1.000, civil
// 1.000/.878/.742/.969, recall/speaker/organization/titles).
var invented19Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.947},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.928, titles: 0.995, precision: 0.939},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.951},
}

// invented20Floors are the figures the default extractor last measured on
// ../testdata/invented20, minus 0.005 (written during the session of
// 2026-12-02 by someone who had seen neither the code nor the other sets,
// weighted to international organizations and civil society, and used
// for error analysis from its first run, at f2b4e6f, which measured
// corporate 1.000/1.000/.889/1.000, government 1.000/.964/.640/.800, intl
// 1.000/.944/.924/.984, civil .984/.887/.878/1.000,
// recall/speaker/organization/titles).
var invented20Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.962},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.930},
	"intl":       {recall: 0.995, speaker: 0.981, org: 0.995, titles: 0.980, precision: 0.957},
	"civil":      {recall: 0.979, speaker: 0.930, org: 0.995, titles: 0.995, precision: 0.909},
}

// invented21Floors are the figures the default extractor last measured on
// ../testdata/invented21, minus 0.005 (written at the start of the session
// of 2026-12-02 by someone who had seen neither the code nor the other
// sets, kept outside the project and measured once, held out, with that
// session's final rules (e5bfa3f): corporate 1.000/1.000/.815/.846,
// government .955/1.000/.684/1.000, intl 1.000/.967/.852/1.000, civil
// 1.000/.941/.977/1.000, recall/speaker/organization/titles; at the
// session's start, f2b4e6f, the same but intl 1.000/.983/.782/.886).
var invented21Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.958, titles: 0.995, precision: 0.995},
	"government": {recall: 0.950, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.877},
	"intl":       {recall: 0.995, speaker: 0.978, org: 0.995, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.962},
}

// invented22Floors are the figures the default extractor last measured on
// ../testdata/invented22, minus 0.005 (written at the start of the session
// of 2026-12-02's early morning by someone who had seen neither the code
// nor the other sets, kept outside the project and measured twice, held
// out: at the session's start, 872061d, corporate 1.000/.917/.828/1.000,
// government .970/.906/.704/1.000, intl .976/.976/.700/.833, civil
// 1.000/.905/.757/1.000, recall/speaker/organization/titles; with that
// session's rules, 8ede2b6 and the weights of f1176e9, corporate
// 1.000/.944/.833/1.000, government .970/1.000/.667/1.000, intl
// .976/.976/.825/.889, civil 1.000/.905/.757/1.000).
var invented22Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.967, org: 0.995, titles: 0.995, precision: 0.944},
	"government": {recall: 0.965, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.870},
	"intl":       {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.806},
	"civil":      {recall: 0.995, speaker: 0.924, org: 0.942, titles: 0.995, precision: 0.972},
}

// invented23Floors are the figures the default extractor last measured on
// ../testdata/invented23, minus 0.005 (written at the start of the session
// of 2026-12-02's morning by someone who had seen neither the code nor the
// other sets, kept outside the project and measured twice, held out: at
// the session's start, 0fb6d3e, corporate 1.000/.936/.909/.977, government
// .952/.825/.806/.875, intl 1.000/.891/.780/.872, civil
// 1.000/1.000/1.000/.947 with recall .974, recall/speaker/organization/
// titles; with that session's rules, 972f9e3, the same but intl
// 1.000/.913/.786/.875).
var invented23Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.974, org: 0.973, titles: 0.995, precision: 0.956},
	"government": {recall: 0.971, speaker: 0.995, org: 0.969, titles: 0.970, precision: 0.917},
	"intl":       {recall: 0.995, speaker: 0.973, org: 0.973, titles: 0.995, precision: 0.920},
	"civil":      {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.925},
}

// invented24Floors are the figures the default extractor last measured on
// ../testdata/invented24, minus 0.005 (written at the start of the session
// of 2026-12-02's late morning by someone who had seen neither the code
// nor the other sets, kept outside the project and measured twice, held
// out, summary rows only: at the session's start, 5c42cfb, corporate
// 1.000/.979/.756/.822, government 1.000/.978/.650/.875, intl
// .981/.942/.913/.727, civil 1.000/1.000/.919/.923, recall/speaker/
// organization/titles; with that session's rules, 351bd5f, the same, and
// civil precision .878 -> .860).
var invented24Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.974, org: 0.884, titles: 0.995, precision: 0.924},
	"government": {recall: 0.995, speaker: 0.973, org: 0.920, titles: 0.945, precision: 0.952},
	"intl":       {recall: 0.995, speaker: 0.976, org: 0.953, titles: 0.795, precision: 0.939},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.969, precision: 0.855},
}

// invented25Floors are the figures the default extractor last measured on
// ../testdata/invented25, minus 0.005 (government and intl releases only,
// written in the same session the same way and used for error analysis
// from its first run, at a6d5764: government 1.000/.867/.635/.962, intl
// .972/.886/.787/.917).
var invented25Floors = map[string]pressFigures{
	"government": {recall: 0.995, speaker: 0.962, org: 0.943, titles: 0.995, precision: 0.945},
	"intl":       {recall: 0.967, speaker: 0.966, org: 0.935, titles: 0.950, precision: 0.919},
}

// invented26Floors are the figures the default extractor last measured on
// ../testdata/invented26, minus 0.005 (written at the start of the session
// of 2026-12-02's midday by someone who had seen neither the code nor the
// other sets, kept outside the project and measured twice, held out,
// summary rows only: at the session's start, 59f7e3f, and with the
// session's rules, 9f83a71, the same: corporate 1.000/.976/.951/.944,
// government 1.000/.938/.857/.952, intl 1.000/1.000/.942/.900, civil
// .927/.974/.818/1.000, recall/speaker/organization/titles; then used for
// error analysis).
var invented26Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.912},
	"government": {recall: 0.995, speaker: 0.995, org: 0.973, titles: 0.995, precision: 0.953},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.895, precision: 0.947},
	"civil":      {recall: 0.922, speaker: 0.995, org: 0.934, titles: 0.995, precision: 0.972},
}

// invented27Floors are the figures the default extractor last measured on
// ../testdata/invented27, minus 0.005 (corporate and government releases
// only, written in the same session the same way and used for error
// analysis from its first run, at 59f7e3f: corporate 1.000/1.000/.778/.878,
// government 1.000/.967/.727/.945).
var invented27Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.958, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.995, precision: 0.913},
}

// invented28Floors are the figures the default extractor last measured on
// ../testdata/invented28, minus 0.005 (intl and civil releases only,
// written later in the same session the same way and used for error
// analysis from its first run, at 6ece6b3: intl .986/.903/.785/.912, civil
// 1.000/1.000/.613/.855).
var invented28Floors = map[string]pressFigures{
	"intl":  {recall: 0.981, speaker: 0.953, org: 0.894, titles: 0.946, precision: 0.957},
	"civil": {recall: 0.995, speaker: 0.995, org: 0.866, titles: 0.959, precision: 0.950},
}

// invented29Floors are the figures the default extractor last measured on
// ../testdata/invented29, minus 0.005 (written in the same session, after
// set 26 was read, by someone who had seen neither the code nor the other
// sets, kept outside the project and measured held out, summary rows only
// (one failing record's line was printed by a loose filter at 6ece6b3):
// at the session's start, 59f7e3f, at 6ece6b3 and with the session's final
// rules and weights, a0bebab, the same: corporate 1.000/.974/.972/1.000,
// government 1.000/.961/.913/.978, intl 1.000/1.000/.796/1.000, civil
// .974/.921/.879/.941).
var invented29Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.951},
	"government": {recall: 0.995, speaker: 0.975, org: 0.974, titles: 0.995, precision: 0.958},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.934, titles: 0.995, precision: 0.924},
	"civil":      {recall: 0.969, speaker: 0.916, org: 0.904, titles: 0.936, precision: 0.928},
}

// TestPressFolder scores the default extractor on any folder in the
// annotated format (<kind>/gold.jsonl and <kind>/raw/) named by
// QUOTEKIT_PRESS_DIR, such as a user's own annotated releases, and logs
// the table and, with -v, every failed firm record; it checks no floor.
func TestPressFolder(t *testing.T) {
	dir := os.Getenv("QUOTEKIT_PRESS_DIR")
	if dir == "" {
		t.Skip("QUOTEKIT_PRESS_DIR not set")
	}
	runs, err := extractPress(dir)
	require.NoError(t, err)
	reportPress(t, runs, nil)
}

// describeFailure is one line on a failed firm record: what was wrong,
// where, and the gold speaker, organization and titles against the
// predicted ones (in the scorer's normalized forms).
func describeFailure(kind string, o *presseval.Outcome) string {
	r := o.Record
	var what []string
	if o.Pred != nil {
		if o.SpeakerJudged && !o.SpeakerRight {
			what = append(what, "speaker")
		}
		if o.OrgJudged && !o.OrgRight {
			what = append(what, "organization")
		}
		if o.TitlesJudged && !o.TitlesRight {
			what = append(what, "titles")
		}
	}
	verdict := "missed"
	if len(what) > 0 {
		verdict = strings.Join(what, ", ") + " wrong"
	}
	line := kind + " " + o.Doc + ": " + verdict + " (" + r.Kind + ") " + quoteSnip(r.Snippet) +
		"\n\tgold: " + deref(r.Speaker) + " | org " + deref(r.Organization)
	if len(r.Affiliations) > 0 {
		line += " (also " + strings.Join(r.Affiliations, "; ") + ")"
	}
	line += " | titles " + strings.Join(r.Titles, "; ")
	if o.Pred != nil {
		line += "\n\tpred: " + o.Pred.Speaker + " | org " + o.Pred.Organization + " | titles " + strings.Join(o.Pred.Titles, "; ")
	}
	return line
}

func quoteSnip(s string) string { return `"` + strings.Join(strings.Fields(s), " ") + `"` }

func deref(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

// TestPressReleasesScorer checks package presseval against the reference
// scorer: it writes each document as the CLI does (one JSON object, with
// the extracted text for HTML), runs score_press.py on it for each kind,
// and requires the same counts as presseval's. It skips without python3.
func TestPressReleasesScorer(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs 34 documents and python3")
	}
	dir := annotatedDir(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the reference scorer cannot run")
	}
	runs := runPress(t, dir)
	for _, k := range pressKinds {
		r := runs[k]
		out := t.TempDir()
		for i, d := range r.docs {
			v := struct {
				*quotes.Document
				Text *string `json:"text,omitempty"`
			}{Document: d}
			if r.html[i] {
				v.Text = &d.Text
			}
			b, err := json.Marshal(v)
			require.NoError(t, err)
			name := strings.ReplaceAll(r.gold[i].ID, "/", "__") + ".json"
			require.NoError(t, os.WriteFile(filepath.Join(out, name), append(b, '\n'), 0o644))
		}
		cmd := exec.Command(py, filepath.Join(dir, "score_press.py"), filepath.Join(dir, k, "gold.jsonl"), out)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.Output()
		require.NoError(t, err, "score_press.py: %s", stderr.String())
		var ref struct {
			Firm, Found, Predicted int
			Counts                 struct {
				Speaker, Organization, Titles [2]int
				PredictedHit                  [2]int `json:"predicted_hit"`
			}
			Recall       float64  `json:"recall"`
			Precision    float64  `json:"precision_lower_bound"`
			Speaker      float64  `json:"speaker_accuracy"`
			Organization float64  `json:"organization_accuracy"`
			Titles       float64  `json:"title_accuracy"`
			PerDoc       []string `json:"per_doc"`
		}
		require.NoError(t, json.Unmarshal(stdout, &ref), "%s", stdout)
		s, _ := r.score()
		var perDoc []string
		for i := range r.gold {
			ds, _ := presseval.Score(&r.gold[i], presseval.Predictions(r.docs[i]))
			perDoc = append(perDoc, fmt.Sprintf("%s %d/%d", path.Base(r.gold[i].ID), ds.Found, ds.Firm))
		}
		assert.Equal(t, ref.PerDoc, perDoc, "%s: found/firm per document", k)
		assert.Equal(t, [2]int{ref.Firm, ref.Found}, [2]int{s.Firm, s.Found}, "%s: firm, found", k)
		assert.Equal(t, ref.Counts.Speaker, [2]int{s.SpeakerRight, s.SpeakerJudged}, "%s: speaker", k)
		assert.Equal(t, ref.Counts.Organization, [2]int{s.OrgRight, s.OrgJudged}, "%s: organization", k)
		assert.Equal(t, ref.Counts.Titles, [2]int{s.TitlesRight, s.TitlesJudged}, "%s: titles", k)
		assert.Equal(t, ref.Counts.PredictedHit, [2]int{s.PredictedHit, s.Predicted}, "%s: predicted", k)
		round := func(x float64) float64 { return math.Round(x*1000) / 1000 }
		assert.Equal(t, []float64{ref.Recall, ref.Speaker, ref.Organization, ref.Titles, ref.Precision},
			[]float64{round(s.Recall()), round(s.Speaker()), round(s.Organization()), round(s.Titles()), round(s.PrecisionLowerBound())}, k)
		t.Logf("%s: score_press.py %s", k, bytes.TrimSpace(stdout[:bytes.Index(stdout, []byte(`, "firm"`))]))
	}
}

// invented30Floors are the figures the default extractor last measured on
// ../testdata/invented30, minus 0.005 (sixteen releases written at the start
// of the session of 2026-12-02's afternoon by someone who had seen neither
// the code nor the other sets, kept outside the project and measured held
// out, summary rows only: at the session's start, 101cb07, and with the
// session's rules at ee5bd61 and 8bf8fa8, the same all three times:
// corporate 1.000/.974/.757/.886, government .977/.905/.758/.972, intl
// 1.000/.979/.766/1.000, civil 1.000/.973/.969/1.000). The intl titles
// floor was 0.995 until commonPluralRun (entities): "…, Human Rights and
// Humanitarian Questions, Ms. Ines Vaz Lobato, said" now gives the
// quote to her (speaker 0.979 -> 1.000), whose post set off before her
// name the field's list hides from titleBefore, so her record now counts
// for titles and organization and misses both (a gap left open).
var invented30Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.968, titles: 0.912, precision: 0.924},
	"government": {recall: 0.972, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.953, titles: 0.971, precision: 0.956},
	"civil":      {recall: 0.995, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.946},
}

// invented31Floors are the figures the default extractor last measured on
// ../testdata/invented31, minus 0.005 (twelve intl and civil releases written
// in the same session the same way, then read for rules: at 101cb07 intl
// 1.000/.941/.917/.922 and civil .957/.985/.746/.967).
var invented31Floors = map[string]pressFigures{
	"intl":  {recall: 0.995, speaker: 0.980, org: 0.963, titles: 0.995, precision: 0.944},
	"civil": {recall: 0.966, speaker: 0.980, org: 0.995, titles: 0.995, precision: 0.954},
}

// invented32Floors are the figures the default extractor last measured on
// ../testdata/invented32, minus 0.005 (twelve corporate and government
// releases written later in the same session the same way, then read for
// rules: at 101cb07 corporate 1.000/1.000/.898/.966 and government
// 1.000/.899/.787/.984).
var invented32Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.961, titles: 0.995, precision: 0.979},
	"government": {recall: 0.995, speaker: 0.981, org: 0.950, titles: 0.980, precision: 0.888},
}

// invented33Floors are the figures the default extractor last measured on
// ../testdata/invented33, minus 0.005 (sixteen releases written at the start
// of the session of 2026-12-03 by someone who had seen neither the code nor
// the other sets, measured held out at 21c77f0 and 0e2b653 with the same
// figures, corporate 1.000/.972/1.000/1.000, government .946/.971/.536/.821,
// intl 1.000/.879/.778/.826, civil .938/.867/.750/.958, then read for rules).
var invented33Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.946},
	"government": {recall: 0.941, speaker: 0.995, org: 0.926, titles: 0.995, precision: 0.944},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.963, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.933, speaker: 0.928, org: 0.880, titles: 0.995, precision: 0.942},
}

// invented34Floors are the figures the default extractor last measured on
// ../testdata/invented34, minus 0.005 (sixteen releases written in the same
// session the same way and read for rules from their first run, at 21c77f0:
// corporate .972/.971/.939/1.000, government .943/.970/.733/.969, intl
// 1.000/.919/.969/.893, civil 1.000/.944/.862/.968).
var invented34Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.928},
	"government": {recall: 0.938, speaker: 0.995, org: 0.834, titles: 0.995, precision: 0.892},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.964, titles: 0.995, precision: 0.951},
	"civil":      {recall: 0.995, speaker: 0.939, org: 0.857, titles: 0.995, precision: 0.881},
}

// invented35Floors are the figures the default extractor last measured on
// ../testdata/invented35, minus 0.005 (sixteen releases written later in the
// same session the same way, measured held out, summary rows only, at
// 21c77f0, 6c50941 and 8a30e30: corporate .974/.974/1.000/1.000 the first
// two times and .974/1.000/1.000/.974 the third, government
// 1.000/.897/.656/.853, intl .976/.976/.825/.879, civil 1.000/.923/.750/.781
// all three times; then read for rules).
var invented35Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.969, org: 0.909, titles: 0.995, precision: 0.951},
	"intl":       {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.874, precision: 0.917},
	"civil":      {recall: 0.995, speaker: 0.944, org: 0.807, titles: 0.901, precision: 0.951},
}

// invented36Floors are the figures the default extractor last measured on
// ../testdata/invented36, minus 0.005 (twelve releases written on
// 2026-12-04 by someone who had seen neither the code nor the other sets,
// measured held out, summary rows only, at 21c77f0, e68e189 and f7438c9:
// corporate 1.000/.882/.963/1.000, government .938/.967/.917/.769, intl
// 1.000/.926/.667/1.000, civil .967/.862/.667/.952 all three times; then
// read for rules; on 2026-12-06 "Refugee Relief and Repatriation Commissioner"
// became a post, and a High Representative's quote found its speaker with
// another body than the gold's: intl organization .833 -> .800, floor with it).
var invented36Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.918},
	"government": {recall: 0.964, speaker: 0.995, org: 0.915, titles: 0.995, precision: 0.906},
	"intl":       {recall: 0.995, speaker: 0.958, org: 0.795, titles: 0.995, precision: 0.909},
	"civil":      {recall: 0.962, speaker: 0.961, org: 0.995, titles: 0.995, precision: 0.863},
}

// invented37Floors are the figures the default extractor last measured on
// ../testdata/invented37, minus 0.005 (twelve releases written on
// 2026-12-04 by someone who had seen neither the code nor the other sets,
// measured held out, summary rows only, at 48a996d: corporate
// 1.000/.968/.931/1.000, government .968/.933/1.000/.962, intl
// .971/.882/1.000/1.000, civil .935/.897/.909/1.000; then read for rules).
var invented37Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.837},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.958, precision: 0.884},
	"intl":       {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.966},
	"civil":      {recall: 0.930, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.930},
}

// invented38Floors are the figures the default extractor last measured on
// ../testdata/invented38, minus 0.005 (twelve releases written on
// 2026-12-04 by a third writer who had seen neither the code nor the other
// sets, measured held out, summary rows only, at 3a84c75: corporate
// .967/1.000/.750/.821, government .967/.931/.609/.826, intl
// .926/1.000/1.000/1.000, civil .967/.966/.950/1.000; then read for rules).
var invented38Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.934},
	"government": {recall: 0.962, speaker: 0.995, org: 0.795, titles: 0.995, precision: 0.901},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.928},
	"civil":      {recall: 0.962, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.907},
}

// invented39Floors are the figures the default extractor last measured on
// ../testdata/invented39, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// measured held out, summary rows only, at 5e0a7ea and 7620a35: corporate
// 1.000/1.000/1.000/1.000, government 1.000/.880/.789/.900, intl
// .933/.929/.909/.895, civil .958/.957/1.000/1.000; then read for rules).
var invented39Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.961},
	"government": {recall: 0.995, speaker: 0.915, org: 0.895, titles: 0.900, precision: 0.964},
	"intl":       {recall: 0.995, speaker: 0.962, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.953, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.921},
}

// invented40Floors are the figures the default extractor last measured on
// ../testdata/invented40, minus 0.005 (twelve releases written on
// 2026-12-04 by another writer who had seen neither the code nor the other
// sets, measured held out, summary rows only, at 5e0a7ea and 7620a35:
// corporate 1.000/1.000/.967/.967, government .957/.909/.882/.889, intl
// 1.000/1.000/.897/.920, civil .960/.917/1.000/1.000; then read for rules).
var invented40Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.964},
	"government": {recall: 0.952, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.955},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.892, titles: 0.995, precision: 0.936},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
}

// invented41Floors are the figures the default extractor last measured on
// ../testdata/invented41, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// measured held out, summary rows only, at 5e0a7ea and be25db2, the same
// both times: corporate .962/1.000/.958/1.000, government
// .923/.917/.905/.762, intl .857/.917/1.000/1.000, civil
// 1.000/.963/1.000/.957; then read for rules).
var invented41Floors = map[string]pressFigures{
	"corporate":  {recall: 0.957, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.870},
	"government": {recall: 0.918, speaker: 0.953, org: 0.904, titles: 0.995, precision: 0.828},
	"intl":       {recall: 0.888, speaker: 0.915, org: 0.995, titles: 0.995, precision: 0.888},
	"civil":      {recall: 0.995, speaker: 0.958, org: 0.995, titles: 0.995, precision: 0.907},
}

// invented42Floors are the figures the default extractor last measured on
// ../testdata/invented42, minus 0.005 (twelve releases written on
// 2026-12-04 by another writer who had seen neither the code nor the other
// sets, measured held out, summary rows only, at 5e0a7ea: corporate
// 1.000/.958/1.000/1.000, government .962/.840/.619/.952, intl
// 1.000/.926/.955/1.000, civil .920/.913/.929/.875; at be25db2 the same
// but corporate speaker 1.000; then read for rules).
var invented42Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.924},
	"government": {recall: 0.995, speaker: 0.995, org: 0.821, titles: 0.995, precision: 0.962},
	"intl":       {recall: 0.995, speaker: 0.921, org: 0.995, titles: 0.995, precision: 0.959},
	"civil":      {recall: 0.915, speaker: 0.908, org: 0.924, titles: 0.995, precision: 0.884},
}

// invented43Floors are the figures the default extractor last measured on
// ../testdata/invented43, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other
// sets, issuers mostly Nordic, Baltic, Polish and Irish; measured held
// out, summary rows only, at 575c3f2: corporate 1.000/.931/1.000/.963,
// government 1.000/.793/.750/.905, intl .966/1.000/1.000/.917, civil
// 1.000/.967/.917/.857; then read for rules).
var invented43Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.961, precision: 0.852},
	"government": {recall: 0.995, speaker: 0.926, org: 0.995, titles: 0.908, precision: 0.964},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.962, org: 0.995, titles: 0.924, precision: 0.965},
}

// invented44Floors are the figures the default extractor last measured on
// ../testdata/invented44, minus 0.005 (twelve releases written on
// 2026-12-04 by another writer who had seen neither the code nor the
// other sets, issuers mostly Latin American, Caribbean and Philippine;
// measured held out, summary rows only, at 575c3f2: corporate
// 1.000/.935/1.000/.828, government 1.000/.808/.750/.900, intl
// .929/.885/1.000/.684, civil .871/1.000/1.000/.900; then read for rules).
var invented44Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.966},
	"government": {recall: 0.995, speaker: 0.957, org: 0.908, titles: 0.995, precision: 0.898},
	"intl":       {recall: 0.924, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.961},
	"civil":      {recall: 0.930, speaker: 0.995, org: 0.995, titles: 0.900, precision: 0.963},
}

// invented45Floors are the figures the default extractor last measured on
// ../testdata/invented45, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other
// sets, issuers mostly in the United States, Canada and Australia;
// measured held out, summary rows only, at 575c3f2 and at c6e69eb (the
// session's rules until then), the same both times: corporate
// 1.000/1.000/1.000/1.000, government .885/.957/1.000/.895, intl
// .926/.840/.857/.800, civil 1.000/.941/.931/1.000; then read for rules).
var invented45Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.880, speaker: 0.952, org: 0.995, titles: 0.890, precision: 0.914},
	"intl":       {recall: 0.921, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.892},
	"civil":      {recall: 0.995, speaker: 0.936, org: 0.926, titles: 0.995, precision: 0.995},
}

// invented46Floors are the figures the default extractor last measured on
// ../testdata/invented46, minus 0.005 (twelve releases written on
// 2026-12-04 by another writer who had seen neither the code nor the
// other sets, issuers mostly in Africa, the Middle East and South Asia;
// measured held out, summary rows only, at 575c3f2: corporate
// 1.000/1.000/1.000/.963, government .963/.923/.727/.909, intl
// .960/.875/1.000/1.000, civil 1.000/.893/.955/.870; at 09011aa the same
// but corporate titles 1.000; its failures were read last, with no rule
// left time to follow).
var invented46Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.958, speaker: 0.995, org: 0.813, titles: 0.904, precision: 0.936},
	"intl":       {recall: 0.955, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.898},
	"civil":      {recall: 0.995, speaker: 0.888, org: 0.950, titles: 0.865, precision: 0.963},
}

// invented47Floors are the figures the default extractor last measured on
// ../testdata/invented47, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Germany, Austria, Switzerland, the Netherlands and
// Belgium; measured held out, summary rows only, at 2a54559 (the session's
// start): corporate 1.000/1.000/.938/1.000, government .968/.833/.640/.958,
// intl 1.000/.926/.880/.952, civil .963/.731/.643/1.000; then read for
// rules).
var invented47Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.966},
	"government": {recall: 0.963, speaker: 0.928, org: 0.835, titles: 0.995, precision: 0.909},
	"intl":       {recall: 0.995, speaker: 0.958, org: 0.957, titles: 0.995, precision: 0.934},
	"civil":      {recall: 0.958, speaker: 0.764, org: 0.995, titles: 0.995, precision: 0.856},
}

// invented48Floors are the figures the default extractor last measured on
// ../testdata/invented48, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Japan, South Korea, Taiwan, Singapore, Malaysia,
// Indonesia and Viet Nam; measured held out, summary rows only, at 2a54559
// (the session's start): corporate 1.000/.966/.963/.857, government
// 1.000/.852/.882/.842, intl 1.000/.889/.900/.870, civil
// .971/1.000/.889/.897; then read for rules).
var invented48Floors = map[string]pressFigures{
	"corporate": {recall: 0.995, speaker: 0.961, org: 0.995, titles: 0.888, precision: 0.933},
	// speaker .963 -> 1.000 with "Tan Sri" read as a style: the
	// commissioner's records, now hers, are judged for organization and
	// titles and fail both (.900 -> .857, .818 -> .783). Organization
	// lowered .852 -> .757 on 2026-12-05: "City Councillor Aiko Morita"
	// now keeps her whole title (titles .826 -> .913) and, as in
	// invented63's gold, sits on the City Council; this set's gold gives
	// the issuing City of Fukuoka (two records move from titles wrong to
	// organization wrong; the annotations of the two sets differ).
	"government": {recall: 0.995, speaker: 0.995, org: 0.757, titles: 0.995, precision: 0.881},
	"intl":       {recall: 0.995, speaker: 0.912, org: 0.995, titles: 0.995, precision: 0.970},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.892, precision: 0.969},
}

// invented49Floors are the figures the default extractor last measured on
// ../testdata/invented49, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in the United Kingdom, New Zealand, South Africa, Nigeria
// and Ghana; measured held out, summary rows only, at 2a54559 (the
// session's start): corporate 1.000/1.000/1.000/.966, government
// 1.000/.962/.550/.739, intl .971/.879/.600/.750, civil
// .969/.903/1.000/1.000; then read for rules).
var invented49Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.961, precision: 0.933},
	"government": {recall: 0.995, speaker: 0.957, org: 0.795, titles: 0.734, precision: 0.916},
	"intl":       {recall: 0.966, speaker: 0.904, org: 0.803, titles: 0.875, precision: 0.941},
	"civil":      {recall: 0.964, speaker: 0.963, org: 0.995, titles: 0.995, precision: 0.964},
}

// invented50Floors are the figures the default extractor last measured on
// ../testdata/invented50, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in France, Italy, Spain, Portugal, Greece and Türkiye;
// measured held out, summary rows only, at 2a54559 (the session's start):
// corporate 1.000/.964/.889/1.000, government 1.000/.833/.650/.810, intl
// .939/.935/.964/1.000, civil .958/1.000/1.000/.944; then read for rules).
var invented50Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.895, org: 0.904, titles: 0.952, precision: 0.890},
	"intl":       {recall: 0.934, speaker: 0.963, org: 0.995, titles: 0.995, precision: 0.934},
	"civil":      {recall: 0.953, speaker: 0.995, org: 0.995, titles: 0.939, precision: 0.895},
}

// invented51Floors are the figures the default extractor last measured on
// ../testdata/invented51, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the United States; measured held out, summary rows only, at
// 9038726 (after this session's first rules; the same figures at 2a54559 and
// at 027324f): corporate 1.000/1.000/1.000/1.000, government
// .960/.958/.905/.762, intl .960/.917/1.000/1.000, civil
// .962/1.000/1.000/.958; its failures were read on 2026-12-04 for rules, and
// its floors raised where they moved).
var invented51Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.924},
	"government": {recall: 0.955, speaker: 0.953, org: 0.900, titles: 0.805, precision: 0.928},
	"intl":       {recall: 0.955, speaker: 0.953, org: 0.995, titles: 0.995, precision: 0.958},
	"civil":      {recall: 0.957, speaker: 0.995, org: 0.995, titles: 0.953, precision: 0.959},
}

// invented52Floors are the figures the default extractor last measured on
// ../testdata/invented52, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in South Asia, Egypt, Jordan, Morocco and Tunisia; measured held
// out, summary rows only, at 9038726 (the same at 2a54559 and at 027324f):
// corporate 1.000/1.000/.897/1.000, government .966/.857/1.000/.900, intl
// .935/.931/1.000/.917, civil .964/1.000/.900/1.000; its failures were read
// on 2026-12-04 for rules, and its floors raised where they moved).
var invented52Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.934},
	"government": {recall: 0.961, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.965},
	"intl":       {recall: 0.963, speaker: 0.962, org: 0.995, titles: 0.995, precision: 0.963}, // precision .938: the headline now read adds its "Urging Deeper Partnership"
	"civil":      {recall: 0.959, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
}

// invented53Floors are the figures the default extractor last measured on
// ../testdata/invented53, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Central and Eastern Europe and Central Asia; measured held out,
// summary rows only, at 027324f (the same at 2a54559): corporate
// 1.000/.968/.933/.800, government .967/.862/.913/1.000, intl
// .967/1.000/.926/.962, civil .964/.889/.842/1.000; its failures were read
// on 2026-12-04 for rules, and its floors raised where they moved).
var invented53Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.963, titles: 0.995, precision: 0.995},
	"government": {recall: 0.962, speaker: 0.995, org: 0.918, titles: 0.995, precision: 0.939},
	"intl":       {recall: 0.962, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.928},
	"civil":      {recall: 0.959, speaker: 0.921, org: 0.837, titles: 0.995, precision: 0.995},
}

// invented54Floors are the figures the default extractor last measured on
// ../testdata/invented54, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Canada, Ireland, Scotland, Wales, Australia and the Pacific;
// measured held out, summary rows only, at 027324f (at 2a54559 the same but
// government titles .957): corporate 1.000/.963/.923/.923, government
// 1.000/.923/.550/1.000, intl .969/.968/1.000/1.000, civil
// .964/.889/1.000/1.000; its failures were read on 2026-12-04 for rules, and
// its floors raised where they moved).
var invented54Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.958, org: 0.995, titles: 0.995, precision: 0.963},
	"government": {recall: 0.995, speaker: 0.957, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.964, speaker: 0.963, org: 0.995, titles: 0.995, precision: 0.884},
	"civil":      {recall: 0.959, speaker: 0.958, org: 0.995, titles: 0.995, precision: 0.934},
}

// invented55Floors are the figures the default extractor last measured on
// ../testdata/invented55, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the Nordic countries and the Baltic states; measured held out,
// summary rows only, at bf5286b (the session's start): corporate
// .972/.943/.935/.939, government .968/.967/.750/.893, intl
// 1.000/.759/1.000/.909, civil 1.000/.885/.952/.955; then read for rules).
var invented55Floors = map[string]pressFigures{
	"corporate":  {recall: 0.967, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.968},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.944},
	"intl":       {recall: 0.995, speaker: 0.926, org: 0.995, titles: 0.870, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.918, org: 0.904, titles: 0.995, precision: 0.958},
}

// invented56Floors are the figures the default extractor last measured on
// ../testdata/invented56, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Latin America and the Caribbean; measured held out, summary rows
// only, at bf5286b (the session's start): corporate 1.000/1.000/1.000/.968,
// government .957/1.000/.700/1.000, intl 1.000/.867/.808/1.000, civil
// 1.000/.966/.875/.852; then read for rules).
var invented56Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.963, precision: 0.965},
	"government": {recall: 0.995, speaker: 0.952, org: 0.945, titles: 0.995, precision: 0.898}, // (speaker lowered from .995 on 2026-12-05: "One of the victims, the daughter of …, said" is now found; its gold speaker is the daughter)
	"intl":       {recall: 0.995, speaker: 0.895, org: 0.884, titles: 0.995, precision: 0.936},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.958, precision: 0.934},
}

// invented57Floors are the figures the default extractor last measured on
// ../testdata/invented57, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in East and Southern Africa and the Gulf states; measured held out,
// summary rows only, at bf5286b (the session's start): corporate
// 1.000/1.000/1.000/.963, government 1.000/.966/.926/1.000, intl
// .935/.931/.815/1.000, civil 1.000/.967/.913/1.000; then read for rules).
var invented57Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.958, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.963, speaker: 0.962, org: 0.823, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.962, org: 0.908, titles: 0.995, precision: 0.941},
}

// invented58Floors are the figures the default extractor last measured on
// ../testdata/invented58, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the United States, Japan and Korea; measured held out, summary
// rows only, at bf5286b (the session's start): corporate
// 1.000/1.000/1.000/1.000, government 1.000/.840/.750/1.000, intl
// .852/.870/1.000/.833, civil .913/1.000/1.000/1.000; then read for rules).
var invented58Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.955, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.921, speaker: 0.875, org: 0.995, titles: 0.995, precision: 0.807},
	"civil":      {recall: 0.908, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.816},
}

// invented59Floors are the figures the default extractor last measured on
// ../testdata/invented59, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Central Europe and the Western Balkans; measured held out,
// summary rows only, at d605681, after the session's rules (the same at
// bf5286b, but government speaker .828): corporate 1.000/1.000/1.000/1.000,
// government 1.000/.862/.864/.955, intl .931/.926/.958/1.000, civil
// .967/1.000/1.000/1.000; its failures were read on 2026-12-04, evening).
var invented59Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.961, org: 0.995, titles: 0.995, precision: 0.909},
	"intl":       {recall: 0.961, speaker: 0.959, org: 0.995, titles: 0.995, precision: 0.895},
	"civil":      {recall: 0.962, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.934},
}

// invented60Floors are the figures the default extractor last measured on
// ../testdata/invented60, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in West and Central Africa; measured held out, summary rows only,
// at d605681, after the session's rules (the same at bf5286b): corporate
// .967/.931/.960/1.000, government 1.000/.893/.800/.864, intl
// 1.000/.889/.955/.750, civil .963/1.000/.864/1.000; its failures were
// read on 2026-12-04, evening).
var invented60Floors = map[string]pressFigures{
	"corporate":  {recall: 0.962, speaker: 0.995, org: 0.958, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.966},
	"intl":       {recall: 0.995, speaker: 0.921, org: 0.950, titles: 0.936, precision: 0.995},
	"civil":      {recall: 0.958, speaker: 0.995, org: 0.859, titles: 0.995, precision: 0.898},
}

// invented61Floors are the figures the default extractor last measured on
// ../testdata/invented61, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the United Kingdom and Ireland; measured held out, summary rows
// only, at d605681, after the session's rules (the same at bf5286b):
// corporate 1.000/1.000/.852/.852, government 1.000/.909/.667/1.000, intl
// 1.000/.900/.818/.800, civil .964/.926/.955/.955; its failures were
// read on 2026-12-04, evening).
var invented61Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.961},
	"government": {recall: 0.995, speaker: 0.950, org: 0.807, titles: 0.995, precision: 0.955},
	"intl":       {recall: 0.995, speaker: 0.895, org: 0.813, titles: 0.995, precision: 0.962},
	"civil":      {recall: 0.959, speaker: 0.958, org: 0.995, titles: 0.995, precision: 0.930},
}

// invented62Floors are the figures the default extractor last measured on
// ../testdata/invented62, minus 0.005 (twelve releases written on 2026-12-04
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in South and Southeast Asia and Oceania; measured held out, summary
// rows only, at d605681, after the session's rules (the same at bf5286b):
// corporate 1.000/1.000/.778/1.000, government .963/.808/1.000/.944, intl
// 1.000/.880/1.000/1.000, civil 1.000/.955/.941/.947; its failures were
// read on 2026-12-04, evening).
var invented62Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.933},
	"government": {recall: 0.958, speaker: 0.995, org: 0.995, titles: 0.950, precision: 0.930},
	"intl":       {recall: 0.995, speaker: 0.875, org: 0.995, titles: 0.995, precision: 0.866},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.945, precision: 0.928},
}

// invented63Floors are the figures the default extractor last measured on
// ../testdata/invented63, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Greater China, Singapore, Malaysia, Viet Nam and the Philippines;
// measured held out, summary rows only, at 0d362b2 (the session's start)
// and again at 238954f (the same): corporate 1.000/.935/1.000/.793,
// government .939/.935/.520/.808, intl .966/.893/.783/.706, civil
// .962/.960/1.000/.864; then read for rules (Malay honours, 93f396b)).
var invented63Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.930, precision: 0.884},
	"government": {recall: 0.995, speaker: 0.934, org: 0.687, titles: 0.959, precision: 0.942},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.845, precision: 0.884},
	"civil":      {recall: 0.957, speaker: 0.995, org: 0.995, titles: 0.908, precision: 0.930},
}

// invented64Floors are the figures the default extractor last measured on
// ../testdata/invented64, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Canada, Australia and New Zealand;
// measured held out, summary rows only, at 0d362b2 (the session's start)
// and again at 93f396b (the same): corporate 1.000/1.000/1.000/1.000,
// government .966/.857/.762/1.000, intl 1.000/.882/1.000/1.000, civil
// .944/1.000/.929/.897; its failures were not read).
var invented64Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.969},
	"government": {recall: 0.961, speaker: 0.959, org: 0.787, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.950}, // titles .920: the Under-Secretary-General, now her quotes' speaker, keeps one field of her post's list
	"civil":      {recall: 0.967, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.966},
}

// invented65Floors are the figures the default extractor last measured on
// ../testdata/invented65, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in the Middle East, North Africa and Türkiye; measured
// held out, summary rows only, at 0d362b2 (the session's start):
// corporate 1.000/1.000/.800/.767, government 1.000/.933/.720/.880, intl
// .900/.852/.955/1.000, civil .964/.963/1.000/1.000; and at 51daddb, after
// the session's rules: the same but intl .967/.897/.960/1.000; its
// failures were not read).
var invented65Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.962, org: 0.875, titles: 0.915, precision: 0.995},
	"intl":       {recall: 0.962, speaker: 0.892, org: 0.955, titles: 0.995, precision: 0.936},
	"civil":      {recall: 0.959, speaker: 0.958, org: 0.995, titles: 0.995, precision: 0.995},
}

// invented66Floors are the figures the default extractor last measured on
// ../testdata/invented66, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in France, Belgium, Switzerland, Luxembourg and the
// Netherlands; measured held out, summary rows only, at 0d362b2 (the
// session's start) and at ecd68d6 (after its rules), the same both times:
// corporate 1.000/1.000/1.000/1.000, government .963/.846/.800/.810, intl
// 1.000/.846/1.000/1.000, civil 1.000/.833/1.000/1.000; its failures were
// not read).
var invented66Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.907},
	"government": {recall: 0.958, speaker: 0.918, org: 0.950, titles: 0.952, precision: 0.866},
	"intl":       {recall: 0.995, speaker: 0.957, org: 0.995, titles: 0.995, precision: 0.848},
	"civil":      {recall: 0.995, speaker: 0.912, org: 0.995, titles: 0.995, precision: 0.926},
}

// invented67Floors are the figures the default extractor last measured on
// ../testdata/invented67, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in the United States; measured held out, summary rows
// only, at 0d362b2 (the session's start) and at 7f91c3b (after its rules),
// the same both times but intl precision .955 → .956: corporate
// 1.000/1.000/.917/1.000, government 1.000/.882/1.000/.926, intl
// .975/1.000/.969/.923, civil .938/.967/.913/.958; its failures were not
// read).
var invented67Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.912, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.877, org: 0.995, titles: 0.921, precision: 0.924},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.965, titles: 0.921, precision: 0.952},
	"civil":      {recall: 0.964, speaker: 0.963, org: 0.995, titles: 0.995, precision: 0.968},
}

// invented68Floors are the figures the default extractor last measured on
// ../testdata/invented68, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Ukraine, Romania, Moldova, the Caucasus and Central
// Asia; measured held out, summary rows only, at 0d362b2 (the session's
// start) and at 20ffa0b (after its rules), the same both times but intl
// precision .939 → .941: corporate 1.000/1.000/.875/.969, government
// .969/.935/.632/.875, intl 1.000/.935/1.000/1.000, civil
// .960/1.000/1.000/1.000; its failures were not read).
var invented68Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.964, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.930, org: 0.995, titles: 0.995, precision: 0.936},
	"civil":      {recall: 0.955, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.839},
}

// invented69Floors are the figures the default extractor last measured on
// ../testdata/invented69, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Mexico, Colombia, Peru, Chile, Argentina and Brazil;
// measured held out, summary rows only, at 853925f (the session's start):
// corporate 1.000/1.000/.812/.969, government .964/.926/.826/.913, intl
// .939/.871/1.000/1.000, civil .938/.967/.708/.800; at 02b21d4 (after the
// session's rules, before reading them): government .964/.926/.826/.913 →
// .964/.926/.913/.913; civil .938/.967/.708/.800 → .969/.968/.792/.800; its
// failures were not read).
var invented69Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.964, titles: 0.964, precision: 0.944},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.938},
	"intl":       {recall: 0.965, speaker: 0.964, org: 0.995, titles: 0.995, precision: 0.969},
	"civil":      {recall: 0.964, speaker: 0.963, org: 0.995, titles: 0.835, precision: 0.941},
}

// invented70Floors are the figures the default extractor last measured on
// ../testdata/invented70, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Nigeria, Kenya, South Africa, Ghana, Ethiopia, Senegal
// and Rwanda; measured held out, summary rows only, at 853925f (the
// session's start): corporate 1.000/.939/.867/.968, government
// 1.000/.971/.885/.871, intl .914/1.000/.969/1.000, civil
// .971/1.000/.815/.862; at 02b21d4 (after the session's rules, before
// reading them): corporate 1.000/.939/.867/.968 → 1.000/.939/.967/.968; its
// failures were not read).
var invented70Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.934, org: 0.962, titles: 0.963, precision: 0.920},
	"government": {recall: 0.995, speaker: 0.995, org: 0.958, titles: 0.995, precision: 0.944},
	"intl":       {recall: 0.938, speaker: 0.995, org: 0.965, titles: 0.995, precision: 0.892}, // (lowered from .870 on 2026-12-05: a headline's noun phrase after "Stress" is no quote, and the gold marks one such deck borderline)
	"civil":      {recall: 0.966, speaker: 0.995, org: 0.884, titles: 0.926, precision: 0.969},
}

// invented71Floors are the figures the default extractor last measured on
// ../testdata/invented71, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in India, Pakistan, Bangladesh, Sri Lanka and Nepal;
// measured held out, summary rows only, at 853925f (the session's start):
// corporate 1.000/.914/.828/.759, government .943/.848/.478/.458, intl
// 1.000/.886/.833/.750, civil .971/.879/.786/.897; at 02b21d4 (after the
// session's rules, before reading them): corporate 1.000/.914/.828/.759 →
// 1.000/.914/.966/.759; its failures were read after that, for the rules
// of a390c21, 4636238 and 9b4f2a8, so its figures since are no longer
// held out).
var invented71Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.862, precision: 0.924},
	"government": {recall: 0.938, speaker: 0.843, org: 0.778, titles: 0.453, precision: 0.799},
	"intl":       {recall: 0.995, speaker: 0.909, org: 0.995, titles: 0.995, precision: 0.945},
	"civil":      {recall: 0.966, speaker: 0.965, org: 0.959, titles: 0.901, precision: 0.924},
}

// invented72Floors are the figures the default extractor last measured on
// ../testdata/invented72, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in the Nordic and Baltic countries, Germany and Austria;
// measured held out, summary rows only, at 853925f (the session's start):
// corporate 1.000/1.000/.824/1.000, government 1.000/.971/.821/.833, intl
// 1.000/.971/.970/.731, civil 1.000/.938/.833/.900; the same at 02b21d4
// (after the session's rules); its failures were not read).
var invented72Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.884},
	"government": {recall: 0.995, speaker: 0.966, org: 0.924, titles: 0.928, precision: 0.920},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.922},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.930, titles: 0.995, precision: 0.841},
}

// invented73Floors are the figures the default extractor last measured on
// ../testdata/invented73, minus 0.005 (twelve releases written on
// 2026-12-04 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Japan and South Korea; measured held out, summary rows
// only, at 853925f (the session's start): corporate
// 1.000/1.000/1.000/1.000, government 1.000/1.000/.731/.806, intl
// 1.000/.935/1.000/1.000, civil 1.000/1.000/.739/1.000; the same at 9b4f2a8
// (after the session's rules); its failures were not read).
var invented73Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.904},
	"government": {recall: 0.995, speaker: 0.995, org: 0.957, titles: 0.834, precision: 0.922},
	"intl":       {recall: 0.995, speaker: 0.963, org: 0.995, titles: 0.995, precision: 0.969},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.936},
}

// invented74Floors are the figures the default extractor last measured on
// ../testdata/invented74, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Indonesia, Singapore, Malaysia, the Philippines,
// Australia, New Zealand and the Pacific; measured held out, summary rows
// only, at 92f9e5c (the session's start): corporate .971/.853/.828/.893,
// government .971/.912/.481/.778, intl 1.000/.857/.900/.952, civil
// 1.000/.882/.893/.714; the same at 8613b98 (after the session's rules
// written before it arrived); then read for rules).
var invented74Floors = map[string]pressFigures{
	"corporate":  {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.934, precision: 0.969},
	"government": {recall: 0.966, speaker: 0.966, org: 0.924, titles: 0.924, precision: 0.939},
	"intl":       {recall: 0.995, speaker: 0.909, org: 0.901, titles: 0.952, precision: 0.934},
	"civil":      {recall: 0.995, speaker: 0.966, org: 0.895, titles: 0.898, precision: 0.876}, // (titles lowered from .857 on 2026-12-05: "Puan Nur Farhana said" now resolves to Nur Farhana Abdullah, whose gold titles hold the courtesy "Puan", which quotekit does not list as a title)
}

// invented75Floors are the figures the default extractor last measured on
// ../testdata/invented75, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in the Gulf states, Saudi Arabia, Jordan, Egypt, Morocco,
// Tunisia and Turkey; measured held out, summary rows only, at 92f9e5c (the
// session's start): corporate 1.000/1.000/.966/1.000, government
// 1.000/.935/.870/.808, intl .969/.903/.714/.750, civil
// .938/.933/.840/.815; at 3d80e5e (after the session's rules): government
// 1.000/.935/.870/.808 → 1.000/.935/.913/.808; intl .969/.903/.714/.750 →
// .969/.903/.786/.750; then read for rules).
var invented75Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.961, titles: 0.995, precision: 0.856}, // (lowered from .856 on 2026-12-05: "Al Noor Gulf Bank PJSC …, a leading …, announced its financial results" now has its subject, and the gold leaves the announcement out)
	"government": {recall: 0.995, speaker: 0.995, org: 0.915, titles: 0.816, precision: 0.936},
	"intl":       {recall: 0.964, speaker: 0.898, org: 0.888, titles: 0.745, precision: 0.938},
	"civil":      {recall: 0.933, speaker: 0.962, org: 0.995, titles: 0.888, precision: 0.816},
}

// invented76Floors are the figures the default extractor last measured on
// ../testdata/invented76, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Poland, Czechia, Romania, Ukraine, Georgia, Kazakhstan
// and Uzbekistan; measured held out, summary rows only, at 92f9e5c (the
// session's start): corporate 1.000/.914/.875/.839, government
// .971/.941/.964/.968, intl 1.000/.971/.818/.889, civil
// .912/.871/.731/.923; at 8f60f96 (after the session's rules): government
// .971/.941/.964/.968 → .971/.971/.966/.969; its failures were not read).
var invented76Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.938, titles: 0.995, precision: 0.945},
	"government": {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.800},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.918},
	"civil":      {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.914},
}

// invented77Floors are the figures the default extractor last measured on
// ../testdata/invented77, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Senegal, Côte d'Ivoire, Ghana, Nigeria, Cameroon,
// Kenya, Ethiopia, Rwanda, Tanzania and Zambia; measured held out, summary
// rows only, at 4825a50 (the session's start): corporate
// 1.000/.939/.839/.839, government .968/.800/.955/.909, intl
// 1.000/.971/.906/.679, civil .971/.848/.810/.480; the same at 22970ff
// (after the session's first rules); its failures were then read for the
// rules of 30e3904 … 178ec5e).
var invented77Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.839, titles: 0.807, precision: 0.892}, // (titles lowered from .834 on 2026-12-07: "the new line had added 30,000 tonnes" is no speech now, so "she added" is the managing director again, speaker right, judged on titles where gold counts "Mrs" as one of her two)
	"government": {recall: 0.963, speaker: 0.995, org: 0.995, titles: 0.959, precision: 0.912},
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.924, precision: 0.891},
	"civil":      {recall: 0.966, speaker: 0.904, org: 0.995, titles: 0.625, precision: 0.870},
}

// invented78Floors are the figures the default extractor last measured on
// ../testdata/invented78, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Sweden, Norway, Denmark, Finland, Iceland, Estonia,
// Latvia, Lithuania, the Netherlands, Belgium and Luxembourg; measured held
// out, summary rows only, at 8f6fef2 (the session's start): corporate
// 1.000/1.000/.871/.941, government 1.000/.914/.720/.852, intl
// 1.000/.912/.815/.792, civil .943/.879/.720/1.000; the same at a8277f9
// (after the session's first rules); then read).
var invented78Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.936, precision: 0.870},
	"government": {recall: 0.995, speaker: 0.966, org: 0.958, titles: 0.788, precision: 0.944}, // (titles lowered from .847 on 2026-12-06: two more speakers right, "Rector Magnificus" Maria Hendriks-Dekker, whose "Prof. dr. ir." the titles give as "Prof. dr.")
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.926, titles: 0.918, precision: 0.995}, // (titles lowered from .955 on 2026-12-05: a headline's "Lithuanian National Member" now resolves to the member, whose titles lack the headline's form; titles are judged only where the speaker is right)
	"civil":      {recall: 0.938, speaker: 0.874, org: 0.995, titles: 0.995, precision: 0.939}, // (precision lowered from .966 on 2026-12-06: a survey's headline label under a date's line, "Survey: Two in three …", is now read as its document's speech, as a first line's label is; gold has it not)
}

// invented79Floors are the figures the default extractor last measured on
// ../testdata/invented79, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in India, Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan
// and the Maldives; measured held out, summary rows only, at 8f6fef2 (the
// session's start): corporate 1.000/.943/.774/.788, government
// 1.000/.886/.667/.742, intl .939/.903/.815/.818, civil
// 1.000/.943/.880/1.000; the same at a8277f9 (after the session's first
// rules); then read).
var invented79Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.897},
	"government": {recall: 0.995, speaker: 0.909, org: 0.695, titles: 0.769, precision: 0.922},
	"intl":       {recall: 0.965, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.944},
	"civil":      {recall: 0.995, speaker: 0.938, org: 0.995, titles: 0.995, precision: 0.944},
}

// invented80Floors are the figures the default extractor last measured on
// ../testdata/invented80, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Mexico, Colombia, Peru, Chile, Argentina, Brazil,
// Jamaica, Trinidad and Tobago and Costa Rica; measured held out, summary
// rows only, at 8f6fef2 (the session's start): corporate
// 1.000/.971/1.000/.938, government .917/.939/.852/.964, intl
// .943/.909/1.000/.684, civil 1.000/.886/.538/.966; the same at a8277f9
// (after the session's first rules); then read).
var invented80Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.855},
	"government": {recall: 0.912, speaker: 0.965, org: 0.852, titles: 0.961, precision: 0.859},
	"intl":       {recall: 0.938, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.852},
	"civil":      {recall: 0.995, speaker: 0.881, org: 0.764, titles: 0.995, precision: 0.948},
}

// invented81Floors are the figures the default extractor last measured on
// ../testdata/invented81, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Japan, South Korea, Hong Kong, Mongolia and Central
// Asia; measured held out, summary rows only, at 27dd318 (the session's
// start): corporate 1.000/1.000/.771/1.000, government
// 1.000/.914/.708/.926, intl .943/.970/.906/1.000, civil
// .939/1.000/.800/.926; the same at 06de473 (after the session's rules);
// then read: the session's last rules come from it).
var invented81Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.876},
	"government": {recall: 0.995, speaker: 0.909, org: 0.870, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.938, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.969},
	"civil":      {recall: 0.934, speaker: 0.995, org: 0.995, titles: 0.958, precision: 0.876},
}

// invented82Floors are the figures the default extractor last measured on
// ../testdata/invented82, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in the Gulf, Jordan, Egypt, the Maghreb and Turkey;
// measured held out, summary rows only, at 27dd318 (the session's start):
// corporate 1.000/.971/.971/1.000, government 1.000/.938/.750/.964, intl
// .943/.848/.792/1.000, civil .971/.912/1.000/.966; the same at 06de473
// (after the session's rules); then read: the session's last rules come from it).
var invented82Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.942},
	"government": {recall: 0.995, speaker: 0.964, org: 0.924, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.938, speaker: 0.904, org: 0.841, titles: 0.995, precision: 0.809},
	"civil":      {recall: 0.966, speaker: 0.936, org: 0.995, titles: 0.961, precision: 0.865},
}

// invented83Floors are the figures the default extractor last measured on
// ../testdata/invented83, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Canada, Ireland, Scotland and Wales; measured held out,
// summary rows only, at 27dd318 (the session's start): corporate
// .971/1.000/.871/1.000, government .971/.970/1.000/.935, intl
// .971/.912/.933/1.000, civil .943/.818/1.000/.880; the same at 06de473
// (after the session's rules); then read: the session's last rules come from it).
var invented83Floors = map[string]pressFigures{
	"corporate":  {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.870},
	"government": {recall: 0.966, speaker: 0.995, org: 0.962, titles: 0.901, precision: 0.859}, // (organization and titles lowered on 2026-12-06: a signature under a page's last quotation now names its speaker, whose post on the line under his name is not read)
	"intl":       {recall: 0.995, speaker: 0.909, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.938, speaker: 0.813, org: 0.995, titles: 0.875, precision: 0.841},
}

// invented84Floors are the figures the default extractor last measured on
// ../testdata/invented84, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in India, Pakistan, Bangladesh, Sri Lanka, Nepal and the
// Maldives; measured held out, summary rows only, at bf6ce06 (the session's
// start): corporate 1.000/1.000/.969/.969, government .938/.867/.579/.478,
// intl 1.000/.943/.767/.920, civil .941/.938/.769/.966; at 37afecc (after
// the session's rules): intl 1.000/.943/.767/.920 → 1.000/.943/.933/.920;
// its government failures were read after that measurement and gave the
// rule of e7df4da).
var invented84Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.964, titles: 0.995, precision: 0.946},
	"government": {recall: 0.964, speaker: 0.930, org: 0.904, titles: 0.803, precision: 0.892},
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.930, titles: 0.918, precision: 0.902},
	"civil":      {recall: 0.966, speaker: 0.934, org: 0.884, titles: 0.995, precision: 0.942},
}

// invented85Floors are the figures the default extractor last measured on
// ../testdata/invented85, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Nigeria, Ghana, Sierra Leone, Côte d'Ivoire, Cameroon
// and Burkina Faso; measured held out, summary rows only, at bf6ce06 (the
// session's start): corporate 1.000/.971/.970/.970, government
// 1.000/.943/.536/.500, intl .943/.818/1.000/1.000, civil
// .970/.969/.833/.852; the same at 37afecc (after the session's first seven
// commits); its
// government failures were read after that measurement and gave the rule of
// f65aae8).
var invented85Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.966, org: 0.965, titles: 0.965, precision: 0.942},
	"government": {recall: 0.995, speaker: 0.995, org: 0.895, titles: 0.745, precision: 0.970},
	"intl":       {recall: 0.938, speaker: 0.874, org: 0.921, titles: 0.995, precision: 0.884}, // (org lowered from .995 on 2026-12-08: the minister's portfolio list reads whole now and gives Cameroon where the gold has "Government")
	"civil":      {recall: 0.965, speaker: 0.964, org: 0.870, titles: 0.995, precision: 0.942},
}

// invented86Floors are the figures the default extractor last measured on
// ../testdata/invented86, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Norway, Sweden, Denmark, Finland, Iceland, Estonia and
// Lithuania; measured held out, summary rows only, at bf6ce06 (the
// session's start): corporate 1.000/1.000/.969/.971, government
// .971/.824/1.000/1.000, intl 1.000/.939/.828/1.000, civil
// 1.000/.788/.950/1.000; the same at 37afecc (after the session's first seven
// commits);
// its failures were read after that measurement and gave the rules of
// f7c6701).
var invented86Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.946},
	"government": {recall: 0.966, speaker: 0.907, org: 0.995, titles: 0.995, precision: 0.813},
	"intl":       {recall: 0.995, speaker: 0.934, org: 0.961, titles: 0.995, precision: 0.836},
	"civil":      {recall: 0.995, speaker: 0.904, org: 0.953, titles: 0.995, precision: 0.902},
}

// invented87Floors are the figures the default extractor last measured on
// ../testdata/invented87, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Kenya, Uganda, Tanzania, Rwanda, Ethiopia, Zambia,
// South Africa, Botswana and Namibia; measured held out, summary rows only,
// at 4ac90a1 (the session's start): corporate 1.000/.941/.900/.906,
// government .941/1.000/.897/.774, intl .971/.939/.862/.792, civil
// 1.000/1.000/.741/.871; the same at a691e21 (after the session's first
// rules); its failures were then read, and rules written from them).
var invented87Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.936, org: 0.995, titles: 0.933, precision: 0.873},
	"government": {recall: 0.936, speaker: 0.995, org: 0.892, titles: 0.834, precision: 0.795},
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.880, precision: 0.867},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.810, titles: 0.866, precision: 0.922},
}

// invented88Floors are the figures the default extractor last measured on
// ../testdata/invented88, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Italy, Spain, Portugal, Greece, Cyprus, Malta and
// Croatia; measured held out, summary rows only, at 4ac90a1 (the session's
// start): corporate .969/.839/1.000/1.000, government
// 1.000/.970/.481/1.000, intl .968/.933/1.000/.957, civil
// .971/.941/.840/.862; the same at a691e21 (after the session's first
// rules); its failures were then read, and rules written from them).
var invented88Floors = map[string]pressFigures{
	"corporate":  {recall: 0.964, speaker: 0.930, org: 0.888, titles: 0.888, precision: 0.914},
	"government": {recall: 0.995, speaker: 0.965, org: 0.958, titles: 0.995, precision: 0.873},
	"intl":       {recall: 0.963, speaker: 0.928, org: 0.995, titles: 0.952, precision: 0.813},
	"civil":      {recall: 0.966, speaker: 0.966, org: 0.835, titles: 0.857, precision: 0.873},
}

// invented89Floors are the figures the default extractor last measured on
// ../testdata/invented89, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in the United States; measured held out, summary rows
// only, at 4ac90a1 (the session's start): corporate 1.000/1.000/.857/.943,
// government .971/.818/.958/.750, intl .943/.970/.719/1.000, civil
// .914/.969/1.000/1.000; the same at a691e21 (after the session's first
// rules); its failures were then read, and rules written from them).
var invented89Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.938, titles: 0.938, precision: 0.920},
	"government": {recall: 0.995, speaker: 0.877, org: 0.958, titles: 0.958, precision: 0.813},
	"intl":       {recall: 0.938, speaker: 0.965, org: 0.995, titles: 0.995, precision: 0.867},
	"civil":      {recall: 0.909, speaker: 0.964, org: 0.995, titles: 0.995, precision: 0.821},
}

// invented90Floors are the figures the default extractor last measured on
// ../testdata/invented90, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Germany, Austria, Switzerland, the Netherlands and
// Belgium; measured held out, summary rows only, at 3aef0d6 (the session's
// start): corporate 1.000/.971/.742/.909, government 1.000/.943/.615/.767,
// intl 1.000/.971/.833/.857, civil 1.000/.886/.862/.900; the same at
// 29c50fa (after the session's first rules); its failures were then read,
// and rules written from them).
var invented90Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.966, org: 0.866, titles: 0.995, precision: 0.865},
	"government": {recall: 0.995, speaker: 0.995, org: 0.816, titles: 0.933, precision: 0.902},
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.959, precision: 0.946},
	"civil":      {recall: 0.995, speaker: 0.909, org: 0.857, titles: 0.898, precision: 0.928},
}

// invented91Floors are the figures the default extractor last measured on
// ../testdata/invented91, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Australia, New Zealand and the Pacific islands;
// measured held out, summary rows only, at 3aef0d6 (the session's start):
// corporate 1.000/.971/1.000/1.000, government .971/.794/.857/.769, intl
// .971/1.000/.967/.964, civil .971/.912/.828/1.000; the same at 29c50fa
// (after the session's first rules); its failures were then read, and rules
// written from them).
var invented91Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.925},
	"government": {recall: 0.966, speaker: 0.907, org: 0.900, titles: 0.888, precision: 0.916},
	"intl":       {recall: 0.966, speaker: 0.995, org: 0.962, titles: 0.959, precision: 0.828},
	"civil":      {recall: 0.966, speaker: 0.907, org: 0.995, titles: 0.995, precision: 0.873},
}

// invented92Floors are the figures the default extractor last measured on
// ../testdata/invented92, minus 0.005 (twelve releases written on
// 2026-12-05 by a writer who had seen neither the code nor the other sets,
// issuers mostly in Mexico, Central America and the Caribbean; measured
// held out, summary rows only, at 3aef0d6 (the session's start): corporate
// 1.000/1.000/1.000/1.000, government .971/.941/.679/.548, intl
// 1.000/.886/.806/.875, civil 1.000/1.000/.630/.935; at 29c50fa (after the
// session's first rules): intl 1.000/.886/.806/.875 → 1.000/.886/.806/.833;
// its failures were then read, and rules written from them).
var invented92Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.892},
	"government": {recall: 0.966, speaker: 0.966, org: 0.926, titles: 0.745, precision: 0.912},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.909, titles: 0.959, precision: 0.927},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.963, precision: 0.897},
}

// invented93Floors are the figures the default extractor last measured on
// ../testdata/invented93, minus 0.005 (twelve releases written on 2026-12-05
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in France, Monaco, Luxembourg, French-speaking Switzerland and
// Quebec; measured held out, summary rows only, at e4c67a4 (the session's
// start): corporate 1.000/1.000/.667/.952, government .974/1.000/.656/.853,
// intl .976/1.000/.902/.923, civil 1.000/.925/.750/.943; the same at 84b0ccc
// (after the session's first rules, read from invented95); its failures were
// then read, and rules written from them).
var invented93Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.974},
	"government": {recall: 0.969, speaker: 0.995, org: 0.776, titles: 0.907, precision: 0.895},
	"intl":       {recall: 0.971, speaker: 0.995, org: 0.971, titles: 0.995, precision: 0.936},
	"civil":      {recall: 0.995, speaker: 0.945, org: 0.904, titles: 0.939, precision: 0.953},
}

// invented94Floors are the figures the default extractor last measured on
// ../testdata/invented94, minus 0.005 (twelve releases written on 2026-12-05
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Hong Kong, Taiwan, Singapore, Malaysia and Brunei; measured held
// out, summary rows only, at 45d73d1 (the session's start, a pure move of
// e4c67a4): corporate 1.000/.854/1.000/1.000, government .947/.806/.522/.654,
// intl 1.000/.833/.882/.968, civil .976/.927/.794/.676; at 84b0ccc (after the
// session's first rules, read from invented95): government
// .947/.806/.739/.846, intl 1.000/.905/.919/1.000; its failures were then
// read, and rules written from them).
var invented94Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.951},
	"government": {recall: 0.942, speaker: 0.939, org: 0.995, titles: 0.963, precision: 0.855},
	"intl":       {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.918},
	"civil":      {recall: 0.971, speaker: 0.946, org: 0.995, titles: 0.795, precision: 0.956},
}

// invented95Floors are the figures the default extractor last measured on
// ../testdata/invented95, minus 0.005 (twelve releases written on 2026-12-05
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Greece, Cyprus, Israel, Jordan, Lebanon and Egypt; measured held
// out, summary rows only, at e4c67a4 (the session's start): corporate
// 1.000/.900/1.000/1.000, government .973/.861/.613/.548, intl
// .976/.902/.865/1.000, civil 1.000/1.000/1.000/.974; its failures were then
// read, and rules written from them).
var invented95Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.995, org: 0.752, titles: 0.995, precision: 0.955},
	"intl":       {recall: 0.971, speaker: 0.995, org: 0.946, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.930},
}

// invented96Floors are the figures the default extractor last measured on
// ../testdata/invented96, minus 0.005 (twelve releases written on 2026-12-05
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Indonesia, the Philippines, Viet Nam and Thailand; measured held
// out, summary rows only, at e4c67a4 (the session's start): corporate
// 1.000/.800/.906/.938, government .976/.725/.556/.536, intl
// 1.000/.927/.800/.737, civil 1.000/.902/.676/.444; at 27324b7 (after eight of
// the session's commits of rules): government titles .607, the rest the same;
// its failures were then read, and rules written from them).
var invented96Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.970, org: 0.944, titles: 0.969, precision: 0.973},
	"government": {recall: 0.971, speaker: 0.920, org: 0.828, titles: 0.914, precision: 0.889},
	"intl":       {recall: 0.995, speaker: 0.971, org: 0.916, titles: 0.895, precision: 0.935},
	"civil":      {recall: 0.995, speaker: 0.946, org: 0.881, titles: 0.942, precision: 0.910},
}

// invented97Floors are the figures the default extractor last measured on
// ../testdata/invented97, minus 0.005 (twelve releases written on 2026-12-05
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the United Kingdom and Ireland; measured held out, summary rows
// only, at e4c67a4 (the session's start): corporate 1.000/.897/.879/.943,
// government .976/.800/.690/.677, intl 1.000/.927/.947/.921, civil
// 1.000/1.000/1.000/.886; at 50e153d (after seven of the session's commits of
// rules): government .976/.950/.571/.730, the rest the same; its failures
// were then read, and rules written from them).
var invented97Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.944, org: 0.909, titles: 0.941, precision: 0.971},
	"government": {recall: 0.971, speaker: 0.945, org: 0.995, titles: 0.995, precision: 0.930},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.881, precision: 0.946},
}

// invented98Floors are the figures the default extractor last measured on
// ../testdata/invented98, minus 0.005 (twelve releases written on 2026-12-05
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Brazil, Argentina, Chile, Colombia and Peru; measured held out,
// summary rows only, at e4c67a4 (the session's start): corporate
// .974/.947/.778/.917, government .951/.974/.676/1.000, intl
// 1.000/.976/.947/.925, civil .972/.829/.923/.759; the same at 50e153d (after
// seven of the session's commits of rules); its failures were then read, and
// rules written from them).
var invented98Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.856, titles: 0.995, precision: 0.970},
	"government": {recall: 0.946, speaker: 0.969, org: 0.725, titles: 0.995, precision: 0.870},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.944, titles: 0.922, precision: 0.893},
	"civil":      {recall: 0.967, speaker: 0.938, org: 0.962, titles: 0.813, precision: 0.927},
}

// invented99Floors are the figures the default extractor last measured on
// ../testdata/invented99, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Germany, Austria, Switzerland, the Netherlands and Flanders;
// measured held out, summary rows only, at 13545cf (the session's start):
// corporate 1.000/.925/.676/.784, government .917/.879/.481/.500, intl
// .976/.927/.895/.657, civil .976/.854/.656/.824; its failures were then
// read, and rules written from them).
var invented99Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.920, titles: 0.995, precision: 0.928},
	"government": {recall: 0.912, speaker: 0.965, org: 0.895, titles: 0.963, precision: 0.889},
	"intl":       {recall: 0.971, speaker: 0.995, org: 0.897, titles: 0.995, precision: 0.873},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.952},
}

// invented100Floors are the figures the default extractor last measured on
// ../testdata/invented100, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Kenya, Tanzania, Uganda, Ethiopia, South Africa, Zambia, Botswana
// and Namibia; measured held out, summary rows only, at 13545cf (the
// session's start): corporate 1.000/1.000/.763/.564, government
// 1.000/.938/.464/.633, intl .950/.921/1.000/.886, civil
// .947/1.000/.966/.943; its failures were then read, and rules written from
// them).
var invented100Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.837, titles: 0.739, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.964, org: 0.892, titles: 0.930, precision: 0.868},
	"intl":       {recall: 0.970, speaker: 0.969, org: 0.995, titles: 0.916, precision: 0.880},
	"civil":      {recall: 0.942, speaker: 0.995, org: 0.961, titles: 0.938, precision: 0.886},
}

// invented101Floors are the figures the default extractor last measured on
// ../testdata/invented101, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in India, Pakistan, Bangladesh, Nepal and Sri Lanka; measured held
// out, summary rows only, at 13545cf (the session's start): corporate
// 1.000/1.000/.974/.974, government .950/.895/.531/.853, intl
// 1.000/.947/.879/.758, civil .972/1.000/.935/.882; its failures were then
// read, and rules written from them). The intl organization floor went
// from 0.995 to 0.966 on 2026-12-06 (the twentieth session), when "Janab
// Jane Roe, Refugee Relief and Repatriation Commissioner (RRRC), said"
// gave its quote to the commissioner instead of "RRRC": the speaker is
// right now (speaker 0.947 -> 0.974), and his body is read from his post's
// letters, not the government the sentence before names.
var invented101Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.969, precision: 0.971},
	"government": {recall: 0.945, speaker: 0.969, org: 0.681, titles: 0.995, precision: 0.947},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.966, titles: 0.789, precision: 0.972},
	"civil":      {recall: 0.967, speaker: 0.995, org: 0.995, titles: 0.877, precision: 0.945},
}

// invented102Floors are the figures the default extractor last measured on
// ../testdata/invented102, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Japan and South Korea; measured held out, summary rows only, at
// 13545cf (the session's start): corporate 1.000/.949/.919/.946, government
// .935/.897/.808/.962, intl .951/.949/.838/.971, civil
// 1.000/1.000/.703/1.000; again at daa1dfd, after the rules read from three
// other sets: the same but government organization .846; its failures were
// then read, and rules written from them).
var invented102Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.934},
	"government": {recall: 0.930, speaker: 0.961, org: 0.888, titles: 0.959, precision: 0.828},
	"intl":       {recall: 0.946, speaker: 0.995, org: 0.867, titles: 0.968, precision: 0.847},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.860, titles: 0.995, precision: 0.924},
}

// invented103Floors are the figures the default extractor last measured on
// ../testdata/invented103, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Sweden, Norway, Denmark, Finland, Iceland and the Baltic states;
// measured held out, summary rows only, at 13545cf (the session's start):
// corporate 1.000/.946/.971/.971, government .971/.853/.885/1.000, intl
// 1.000/.951/1.000/1.000, civil 1.000/.919/.871/.882; the same at daa1dfd;
// its failures were then read, and rules written from them).
var invented103Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.968, org: 0.995, titles: 0.967, precision: 0.971},
	"government": {recall: 0.966, speaker: 0.966, org: 0.895, titles: 0.995, precision: 0.946},
	"intl":       {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.974},
	"civil":      {recall: 0.995, speaker: 0.968, org: 0.934, titles: 0.967, precision: 0.952},
}

// invented104Floors are the figures the default extractor last measured on
// ../testdata/invented104, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the Gulf, Jordan, Egypt, Morocco and Tunisia; measured held out,
// summary rows only, at 13545cf (the session's start): corporate
// .974/.974/1.000/1.000, government 1.000/1.000/.886/.895, intl
// .951/.949/.865/.833, civil 1.000/1.000/1.000/1.000; again at daa1dfd: the
// same but government organization .943; its failures were then read, and
// rules written from them).
var invented104Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.954},
	"intl":       {recall: 0.946, speaker: 0.995, org: 0.918, titles: 0.995, precision: 0.951},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.908},
}

// invented105Floors are the figures the default extractor last measured on
// ../testdata/invented105, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Mexico, Central America and the Caribbean; measured held out,
// summary rows only, at c3fe618, before any of its failures was read:
// corporate 1.000/.952/.975/1.000, government .976/.951/1.000/1.000, intl
// .902/.892/.879/1.000, civil 1.000/1.000/.750/.872 (at 13545cf, the
// session's start: corporate titles .950, civil speaker .950, organization
// .711, titles .789); one failure shape was then read).
var invented105Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.947, org: 0.970, titles: 0.995, precision: 0.995},
	"government": {recall: 0.971, speaker: 0.946, org: 0.995, titles: 0.995, precision: 0.912},
	"intl":       {recall: 0.897, speaker: 0.887, org: 0.995, titles: 0.995, precision: 0.835},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.920, titles: 0.867, precision: 0.956},
}

// invented106Floors are the figures the default extractor last measured on
// ../testdata/invented106, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Australia, New Zealand and the Pacific islands; measured held
// out, summary rows only, at c3fe618, before any of its failures was read,
// the same as at 13545cf (the session's start): corporate
// 1.000/.975/.829/.923, government 1.000/.833/.829/.857, intl
// 1.000/.947/.750/.833, civil .975/.897/.966/1.000; one failure shape was
// then read).
var invented106Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.970, org: 0.938, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.852, org: 0.884, titles: 0.912, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.942, org: 0.828, titles: 0.828, precision: 0.891},
	"civil":      {recall: 0.970, speaker: 0.969, org: 0.964, titles: 0.995, precision: 0.928},
}

// invented107Floors are the figures the default extractor last measured on
// ../testdata/invented107, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Poland, Czechia, Slovakia, Romania, Bulgaria, Ukraine and
// Moldova; measured held out, summary rows only, at c3fe618, before any of
// its failures was read: corporate 1.000/.952/.975/.975, government
// 1.000/.944/.697/.853, intl .946/.914/.871/.900, civil .969/.935/.760/.893
// (at 13545cf, the session's start: corporate organization .925, government
// speaker .917, organization .688, titles .848, civil titles .786); one
// failure shape was then read).
var invented107Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.971, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.967, org: 0.789, titles: 0.938, precision: 0.933},
	"intl":       {recall: 0.968, speaker: 0.939, org: 0.934, titles: 0.995, precision: 0.870},
	"civil":      {recall: 0.964, speaker: 0.963, org: 0.803, titles: 0.926, precision: 0.936},
}

// invented108Floors are the figures the default extractor last measured on
// ../testdata/invented108, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Brazil, Portugal, Angola and Mozambique; measured held out,
// summary rows only, at 680fe0d (the session's start), the same at d3b2165:
// corporate 1.000/.929/.784/.821, government 1.000/.950/.421/.868, intl
// 1.000/.947/.970/.686, civil 1.000/.923/.828/.879; its failures were then
// read, and rules written from them).
var invented108Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.920, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.895, titles: 0.920, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.942, org: 0.965, titles: 0.766, precision: 0.952},
	"civil":      {recall: 0.995, speaker: 0.918, org: 0.926, titles: 0.934, precision: 0.974},
}

// invented109Floors are the figures the default extractor last measured on
// ../testdata/invented109, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Nigeria, Ghana, Senegal, Côte d'Ivoire and Sierra Leone; measured
// held out, summary rows only, at 680fe0d (the session's start), the same at
// d3b2165: corporate 1.000/.925/.778/.892, government 1.000/.811/.429/.400,
// intl .974/.947/1.000/.903, civil .951/.923/1.000/.968; its failures were
// then read, and rules written from them).
var invented109Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.945, org: 0.941, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.968, org: 0.760, titles: 0.828, precision: 0.957},
	"intl":       {recall: 0.969, speaker: 0.942, org: 0.995, titles: 0.898, precision: 0.875},
	"civil":      {recall: 0.946, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.912},
}

// invented110Floors are the figures the default extractor last measured on
// ../testdata/invented110, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Malaysia, Indonesia, the Philippines, Vietnam and Thailand;
// measured held out, summary rows only, at 680fe0d (the session's start), the
// same at d3b2165: corporate .976/.854/.943/.800, government
// .976/.854/.727/.857, intl .944/.941/.938/.793, civil .976/.975/.912/.914;
// its failures were then read, and rules written from them).
var invented110Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.946, titles: 0.946, precision: 0.954},
	"government": {recall: 0.971, speaker: 0.995, org: 0.918, titles: 0.897, precision: 0.973},
	"intl":       {recall: 0.939, speaker: 0.966, org: 0.995, titles: 0.828, precision: 0.807},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.907, titles: 0.912, precision: 0.915},
}

// invented111Floors are the figures the default extractor last measured on
// ../testdata/invented111, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Spain, Italy and Greece; measured held out, summary rows only, at
// 680fe0d (the session's start), the same at 1c77653 after six commits of
// rules read from other sets: corporate 1.000/.923/.694/.694, government
// .914/.969/.710/.645, intl .968/1.000/.967/1.000, civil
// 1.000/.906/.792/.893; its failures were then read, and rules written from
// them).
var invented111Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.918, titles: 0.995, precision: 0.950},
	"government": {recall: 0.909, speaker: 0.995, org: 0.933, titles: 0.995, precision: 0.897},
	"intl":       {recall: 0.963, speaker: 0.995, org: 0.962, titles: 0.995, precision: 0.879},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.958, titles: 0.995, precision: 0.925},
}

// invented112Floors are the figures the default extractor last measured on
// ../testdata/invented112, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Canada and the United States outside Washington; measured held
// out, summary rows only, at 680fe0d (the session's start), the same at
// 1c77653 after six commits of rules read from other sets: corporate
// .973/.972/.800/.912, government 1.000/.941/.867/.969, intl
// 1.000/.917/1.000/1.000, civil .972/.943/.875/.970; its failures were then
// read, and rules written from some).
var invented112Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.914, titles: 0.995, precision: 0.945},
	"government": {recall: 0.995, speaker: 0.995, org: 0.870, titles: 0.966, precision: 0.942},
	"intl":       {recall: 0.995, speaker: 0.967, org: 0.995, titles: 0.995, precision: 0.971},
	"civil":      {recall: 0.967, speaker: 0.938, org: 0.870, titles: 0.965, precision: 0.924},
}

// invented113Floors are the figures the default extractor last measured on
// ../testdata/invented113, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Turkey, the Caucasus and Central Asia; measured held out, summary
// rows only, at 680fe0d (the session's start), the same at 1c77653 after six
// commits of rules read from other sets: corporate 1.000/.923/1.000/1.000,
// government .947/.889/.867/.781, intl 1.000/1.000/.939/.829, civil
// 1.000/.921/.853/1.000; its failures were then read, and rules written from
// them).
var invented113Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.969, speaker: 0.968, org: 0.966, titles: 0.967, precision: 0.912},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.934, titles: 0.938, precision: 0.951},
	"civil":      {recall: 0.995, speaker: 0.916, org: 0.848, titles: 0.995, precision: 0.972},
}

// invented114Floors are the figures the default extractor last measured on
// ../testdata/invented114, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the United Kingdom and Ireland outside London; measured held out,
// summary rows only, at 680fe0d (the session's start), the same at f005049
// after twenty commits of rules read from other sets: corporate
// 1.000/1.000/1.000/1.000, government 1.000/.941/.800/.742, intl
// .950/.947/.972/.968, civil 1.000/.927/1.000/.895; its failures were not
// read).
var invented114Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.936, org: 0.995, titles: 0.963, precision: 0.972},
	"intl":       {recall: 0.945, speaker: 0.969, org: 0.968, titles: 0.964, precision: 0.928},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.970, precision: 0.972},
}

// invented115Floors are the figures the default extractor last measured on
// ../testdata/invented115, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in France, Belgium, Luxembourg, French-speaking Switzerland and the
// Maghreb; measured held out, summary rows only, at 680fe0d (the session's
// start), the same at f005049 after twenty commits of rules read from other
// sets: corporate 1.000/.974/.737/.711, government .947/.778/.393/.500, intl
// .941/.906/.966/.923, civil .944/.882/.760/.571; its failures were then
// read, and rules written from them).
var invented115Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.892, titles: 0.995, precision: 0.950},
	"government": {recall: 0.969, speaker: 0.914, org: 0.907, titles: 0.701, precision: 0.946},
	"intl":       {recall: 0.936, speaker: 0.901, org: 0.995, titles: 0.995, precision: 0.849},
	"civil":      {recall: 0.939, speaker: 0.907, org: 0.957, titles: 0.926, precision: 0.873},
}

// invented116Floors are the figures the default extractor last measured on
// ../testdata/invented116, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Hong Kong, Taiwan, Macao, mainland China and Singapore; measured
// held out, summary rows only, at 680fe0d (the session's start), the same at
// f005049 after twenty commits of rules read from other sets: corporate
// .974/.789/.867/.967, government .976/.902/.788/.892, intl
// .974/1.000/1.000/1.000, civil .974/.842/.857/.862; its failures were then
// read, and rules written from them).
var invented116Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.890, titles: 0.969, precision: 0.972},
	"government": {recall: 0.971, speaker: 0.995, org: 0.887, titles: 0.897, precision: 0.906},
	"intl":       {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.904},
	"civil":      {recall: 0.995, speaker: 0.944, org: 0.776, titles: 0.877, precision: 0.933}, // (titles lowered from .904 on 2026-12-08: a patient's "she had slept better …" comes to her, whose titles the gold gives otherwise; org lowered from .857 on 2026-12-07: "Dr Nadia binte Ismail" is one name now, and her four quotes, right in speaker, give the programme of her title "Clinical Lead of MIC@Home" as her organization where gold has the hospital)
}

// invented117Floors are the figures the default extractor last measured on
// ../testdata/invented117, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Argentina, Chile, Peru, Colombia, Uruguay, Bolivia and Ecuador;
// measured held out, summary rows only, at 235b7c5 (the session's start):
// corporate 1.000/.974/.972/.973, government 1.000/.950/.639/.763, intl
// 1.000/.902/1.000/.914, civil 1.000/.914/1.000/1.000; its failures were then
// read, and rules written from them).
var invented117Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.969, precision: 0.971},
	"government": {recall: 0.995, speaker: 0.945, org: 0.717, titles: 0.863, precision: 0.938},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.969, precision: 0.899},
	"civil":      {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.910},
}

// invented118Floors are the figures the default extractor last measured on
// ../testdata/invented118, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Serbia, Croatia, Bosnia and Herzegovina, Albania, North
// Macedonia, Montenegro, Kosovo, Slovenia, Ukraine and Moldova; measured held
// out, summary rows only, at 235b7c5 (the session's start): corporate
// 1.000/1.000/.842/.895, government .976/1.000/.675/1.000, intl
// 1.000/.925/.919/1.000, civil .976/1.000/.789/.769; its failures were then
// read, and rules written from them).
var invented118Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.916, titles: 0.890, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.922, titles: 0.995, precision: 0.973},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.920, titles: 0.995, precision: 0.930},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.895, precision: 0.974},
}

// invented119Floors are the figures the default extractor last measured on
// ../testdata/invented119, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Cameroon, DR Congo, Rwanda, Burundi, Ethiopia, Sudan, Egypt and
// Tunisia; measured held out, summary rows only, at 235b7c5 (the session's
// start): corporate 1.000/1.000/1.000/1.000, government 1.000/.952/.711/.800,
// intl .976/.900/.889/1.000, civil 1.000/.950/.938/.946; its failures were
// then read, and rules written from them).
var invented119Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.971, org: 0.739, titles: 0.995, precision: 0.852},
	"intl":       {recall: 0.971, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.928},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.916, precision: 0.953},
}

// invented120Floors are the figures the default extractor last measured on
// ../testdata/invented120, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Pakistan, Bangladesh, Sri Lanka, Nepal and the Maldives; measured
// held out, summary rows only, at 235b7c5 (the session's start), the same at
// e34dbf0 after four commits of rules read from other sets: corporate
// 1.000/1.000/.725/.825, government .976/.975/.459/.615, intl
// .975/1.000/.824/.757, civil .976/1.000/.912/.868; its failures were then
// read, and rules written from some).
var invented120Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.820, titles: 0.920, precision: 0.995},
	"government": {recall: 0.971, speaker: 0.995, org: 0.442, titles: 0.770, precision: 0.947},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.806, precision: 0.912},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.863, precision: 0.952},
}

// invented121Floors are the figures the default extractor last measured on
// ../testdata/invented121, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Poland, Czechia, Slovakia, Hungary, Romania and Bulgaria;
// measured held out, summary rows only, at 235b7c5 (the session's start), the
// same at e34dbf0 after four commits of rules read from other sets: corporate
// 1.000/.976/.780/1.000, government .972/.857/.759/.931, intl
// .974/.947/.833/.917, civil 1.000/.889/.769/.704; its failures were then
// read, and rules written from them).
var invented121Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.967, speaker: 0.909, org: 0.769, titles: 0.930, precision: 0.933},
	"intl":       {recall: 0.969, speaker: 0.995, org: 0.837, titles: 0.916, precision: 0.889},
	"civil":      {recall: 0.995, speaker: 0.967, org: 0.754, titles: 0.928, precision: 0.952},
}

// invented122Floors are the figures the default extractor last measured on
// ../testdata/invented122, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in the United States; measured held out, summary rows only, at
// 235b7c5 (the session's start), the same at e34dbf0 after four commits of
// rules read from other sets: corporate 1.000/1.000/1.000/1.000, government
// 1.000/.938/.679/1.000, intl 1.000/.929/1.000/1.000, civil
// .974/.946/1.000/1.000; its failures were not read).
var invented122Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.974},
	"government": {recall: 0.995, speaker: 0.933, org: 0.995, titles: 0.995, precision: 0.975},
	"intl":       {recall: 0.995, speaker: 0.947, org: 0.995, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.969, speaker: 0.941, org: 0.995, titles: 0.995, precision: 0.935},
}

// invented123Floors are the figures the default extractor last measured on
// ../testdata/invented123, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Sweden, Norway, Denmark, Finland, Iceland, Estonia, Latvia and
// Lithuania; measured held out, summary rows only, at 235b7c5 (the session's
// start), the same at 645e51d after nine commits of rules read from other
// sets: corporate .971/1.000/.818/1.000, government 1.000/.973/.765/.971,
// intl .938/.900/.769/.923, civil .970/.906/.875/.920; some of its failures
// were then read, and two rules written from them).
var invented123Floors = map[string]pressFigures{
	"corporate":  {recall: 0.966, speaker: 0.995, org: 0.874, titles: 0.995, precision: 0.945},
	"government": {recall: 0.995, speaker: 0.968, org: 0.760, titles: 0.966, precision: 0.947},
	"intl":       {recall: 0.933, speaker: 0.995, org: 0.823, titles: 0.961, precision: 0.914},
	"civil":      {recall: 0.965, speaker: 0.901, org: 0.912, titles: 0.915, precision: 0.867},
}

// invented124Floors are the figures the default extractor last measured on
// ../testdata/invented124, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Saudi Arabia, the United Arab Emirates, Qatar, Oman, Bahrain,
// Kuwait, Jordan, Lebanon and Iraq; measured held out, summary rows only, at
// 235b7c5 (the session's start), the same at 645e51d after nine commits of
// rules read from other sets: corporate 1.000/.974/.921/1.000, government
// 1.000/1.000/.811/.929, intl 1.000/.950/.972/.833, civil
// .974/1.000/.967/1.000; its failures were not read).
var invented124Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.924},
	"government": {recall: 0.995, speaker: 0.995, org: 0.968, titles: 0.947, precision: 0.908},
	"intl":       {recall: 0.995, speaker: 0.945, org: 0.967, titles: 0.828, precision: 0.954},
	"civil":      {recall: 0.969, speaker: 0.995, org: 0.962, titles: 0.995, precision: 0.931},
}

// invented125Floors are the figures the default extractor last measured on
// ../testdata/invented125, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers
// mostly in Germany, Austria, Switzerland, the Netherlands, Belgium and
// Luxembourg; measured held out, summary rows only, at 235b7c5 (the session's
// start); at b86a16a, after eight commits of rules read from other sets,
// government organization .735, the rest the same: corporate
// 1.000/1.000/.897/.923, government 1.000/.923/.676/.853, intl
// 1.000/1.000/.897/.846, civil 1.000/.975/.857/.811; its failures were not
// read).
var invented125Floors = map[string]pressFigures{
	"corporate": {recall: 0.995, speaker: 0.995, org: 0.892, titles: 0.969, precision: 0.886},
	// government organization lowered from .730 to .689 when a post in its
	// own language in parentheses ("Mayor (burgemeester) Jane Roe") let
	// the mayor's quotes reach him (speaker .923 -> .974): his body, "Stad
	// Gent" on the page's banner, is not found, so more found quotes count
	// an organization wrong.
	"government": {recall: 0.995, speaker: 0.969, org: 0.689, titles: 0.967, precision: 0.973},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.944, titles: 0.892, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.909, titles: 0.941, precision: 0.953},
}

// invented126Floors are the figures the default extractor last measured on
// ../testdata/invented126, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// the United Kingdom, Ireland and the EU institutions; measured held out,
// summary rows only, at 9a7159e (the session's start): corporate
// 1.000/1.000/1.000/1.000, government 1.000/.941/.862/.806, intl
// 1.000/1.000/.806/1.000, civil .975/.949/.903/.969; its failures were then
// read, and rules written from them).
var invented126Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.969},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.904, precision: 0.916},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.801, titles: 0.995, precision: 0.969},
	"civil":      {recall: 0.970, speaker: 0.995, org: 0.964, titles: 0.995, precision: 0.928},
}

// invented127Floors are the figures the default extractor last measured on
// ../testdata/invented127, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// the United States and Canada; measured held out, summary rows only, at
// 9a7159e (the session's start): corporate 1.000/.946/1.000/.943, government
// 1.000/.800/.731/.821, intl .951/1.000/.949/1.000, civil
// 1.000/.902/.606/.917; its failures were then read, and rules written from
// them).
var invented127Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.941, precision: 0.969}, // (precision lowered from .969 on 2026-12-06: a company's name with two parentheses after it, its ticker and its short names, now opens the lead's clause, so "… today reported its financial results" is the company's, a borderline record gold leaves out, where a speaker "CDL)" got nothing before)
	"government": {recall: 0.995, speaker: 0.995, org: 0.934, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.946, speaker: 0.995, org: 0.944, titles: 0.995, precision: 0.950},
	"civil":      {recall: 0.995, speaker: 0.897, org: 0.692, titles: 0.912, precision: 0.995},
}

// invented128Floors are the figures the default extractor last measured on
// ../testdata/invented128, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// English-speaking Africa (Kenya, Nigeria, Ghana, South Africa, Uganda,
// Zambia) and the UN system; measured held out, summary rows only, at 9a7159e
// (the session's start): corporate .975/.897/.909/.829, government
// .974/.895/.806/.941, intl .947/.889/.781/1.000, civil 1.000/.872/.741/.833;
// its failures were then read, and rules written from them).
var invented128Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.969, org: 0.995, titles: 0.916, precision: 0.902},
	"government": {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.969, precision: 0.924},
	"intl":       {recall: 0.942, speaker: 0.939, org: 0.877, titles: 0.995, precision: 0.928},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.926, titles: 0.995, precision: 0.906},
}

// invented129Floors are the figures the default extractor last measured on
// ../testdata/invented129, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// Australia, New Zealand and the Pacific; written after four commits of
// rules; measured held out, summary rows only, at 9a7159e (the session's
// start), the same at 9911a40 after eight commits of rules read from other
// sets: corporate .950/1.000/.943/.921, government 1.000/.949/.778/.889, intl
// 1.000/.974/.886/.829, civil .946/.914/.833/.875; its failures were then
// read, and rules written from them).
var invented129Floors = map[string]pressFigures{
	"corporate":  {recall: 0.945, speaker: 0.995, org: 0.938, titles: 0.916, precision: 0.971},
	"government": {recall: 0.995, speaker: 0.944, org: 0.828, titles: 0.939, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.824, precision: 0.893},
	"civil":      {recall: 0.941, speaker: 0.909, org: 0.895, titles: 0.870, precision: 0.807},
}

// invented130Floors are the figures the default extractor last measured on
// ../testdata/invented130, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// Europe, in English (companies, ministries and NGOs in Germany, the
// Netherlands, the Nordic countries and Ireland; the OSCE, the Council of
// Europe, the European Commission, the OECD); written after four commits of
// rules; measured held out, summary rows only, at 9a7159e (the session's
// start), the same at 9911a40 after eight commits of rules read from other
// sets: corporate 1.000/1.000/.951/.951, government .974/.892/.839/.818, intl
// .919/1.000/.788/.879, civil .974/.921/1.000/1.000; its failures were then
// read, and rules written from them).
var invented130Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.946, titles: 0.946, precision: 0.972},
	"government": {recall: 0.969, speaker: 0.941, org: 0.995, titles: 0.995, precision: 0.970},
	"intl":       {recall: 0.914, speaker: 0.995, org: 0.904, titles: 0.995, precision: 0.927},
	"civil":      {recall: 0.969, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.952},
}

// invented131Floors are the figures the default extractor last measured on
// ../testdata/invented131, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// India, Singapore and Malaysia; written after four commits of rules;
// measured held out, summary rows only, at 9a7159e (the session's start), the
// same at 9911a40 after eight commits of rules read from other sets:
// corporate 1.000/.951/.949/.923, government .951/.949/.889/.919, intl
// 1.000/.950/.972/.974, civil .976/.950/.829/.947; its failures were looked
// at, no rule written from them).
var invented131Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.945, titles: 0.920, precision: 0.995},
	"government": {recall: 0.946, speaker: 0.995, org: 0.912, titles: 0.918, precision: 0.971},
	"intl":       {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.969, precision: 0.995},
	"civil":      {recall: 0.971, speaker: 0.945, org: 0.881, titles: 0.995, precision: 0.925},
}

// invented132Floors are the figures the default extractor last measured on
// ../testdata/invented132, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// the United Kingdom and the United States, in the commonest shapes (GOV.UK,
// police, members of Congress; wire releases; universities, charities,
// hospitals; the Security Council, the OSCE, UNICEF); written after eleven
// commits (ten of rules); measured held out, summary rows only, at 9a7159e (the
// session's start), the same at 6ea4d28 after fourteen commits (thirteen of rules) read
// from other sets: corporate 1.000/.976/.925/1.000, government
// 1.000/.944/.724/.667, intl 1.000/.946/.912/.812, civil
// 1.000/.974/1.000/.848; its failures were then read, and rules written from
// them).
var invented132Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.967, org: 0.926, titles: 0.877, precision: 0.933},
	"intl":       {recall: 0.995, speaker: 0.941, org: 0.907, titles: 0.807, precision: 0.954},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.877, precision: 0.910},
}

// invented133Floors are the figures the default extractor last measured on
// ../testdata/invented133, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// international organizations and their partners (the Security Council, UN
// agencies, the European Commission, the OSCE; companies, ministries and NGOs
// working with them); written after eleven commits (ten of rules); measured held
// out, summary rows only, at 9a7159e (the session's start), the same at
// 6ea4d28 after fourteen commits (thirteen of rules) read from other sets: corporate
// 1.000/.972/.943/1.000, government .974/.973/.758/1.000, intl
// .941/.969/.964/.935, civil 1.000/.944/.903/.938 (at 6ea4d28 the same but
// intl organization 1.000); its failures were not read).
var invented133Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.939, titles: 0.995, precision: 0.995},
	"government": {recall: 0.969, speaker: 0.968, org: 0.813, titles: 0.995, precision: 0.925},
	"intl":       {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.969},
	"civil":      {recall: 0.995, speaker: 0.967, org: 0.898, titles: 0.933, precision: 0.886},
}

// invented134Floors are the figures the default extractor last measured on
// ../testdata/invented134, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets, issuers in
// Ireland, Scotland, Wales, South Africa, Kenya, Nigeria, Ghana, Jamaica,
// Trinidad and Tobago, the Philippines, Israel and the United Arab Emirates;
// written after eleven commits (ten of rules); measured held out, summary rows
// only, at 9a7159e (the session's start), the same at 6ea4d28 after fourteen
// commits (thirteen of rules) read from other sets: corporate 1.000/1.000/.976/.976,
// government .974/.973/.581/.743, intl 1.000/.974/1.000/.941, civil
// 1.000/.974/.758/.972; its failures were then read, and rules written from
// them).
var invented134Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.969, speaker: 0.968, org: 0.705, titles: 0.852, precision: 0.870},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.965, titles: 0.995, precision: 0.972},
}

// invented135Floors are the figures the default extractor last measured on
// ../testdata/invented135, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// States in its commonest shapes: Business Wire, PR Newswire and GlobeNewswire
// releases, a U.S. Attorney's Office, a governor, a member of Congress, UNICEF,
// the IDB, the OAS, a university, an academic medical center, a union local;
// written at the session's start; measured held out at 7a9700f after three
// commits of rules read from PolNeAR and older sets: corporate
// .974/1.000/.972/1.000, government .744/.966/.857/.893, intl
// .973/1.000/1.000/1.000, civil .974/.946/.969/1.000; its failures were then
// read (a release hard-wrapped for e-mail, a party's tag set off after a name,
// a title then a name then a body)).
var invented135Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.967, titles: 0.995, precision: 0.971},
	"government": {recall: 0.944, speaker: 0.968, org: 0.939, titles: 0.884, precision: 0.900},
	"intl":       {recall: 0.968, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.946},
	"civil":      {recall: 0.969, speaker: 0.995, org: 0.964, titles: 0.995, precision: 0.971},
}

// invented136Floors are the figures the default extractor last measured on
// ../testdata/invented136, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// Kingdom and Europe: RNS announcements, GOV.UK, a police force, a regulator,
// UN meetings coverage in Geneva, an investment bank, an OSCE-style body,
// universities, an NHS trust, a union; written at the session's start; measured
// held out at 366cd8e after two commits of rules: corporate
// 1.000/.971/1.000/1.000, government .944/.971/.889/.900, intl
// 1.000/.919/.824/.966, civil .971/.971/1.000/.933; its failures were then read
// (a post after "as" past a country in parentheses, a body after "at" and its
// kind, a bare mayor's town, a judge's court, "Its" after an opening
// adverbial)).
var invented136Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.901, precision: 0.855},
	"intl":       {recall: 0.995, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.947},
	"civil":      {recall: 0.966, speaker: 0.966, org: 0.995, titles: 0.928, precision: 0.895},
}

// invented137Floors are the figures the default extractor last measured on
// ../testdata/invented137, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the whole world
// in English: companies of Japan, Korea and South Africa, ministries of the
// Philippines and Jordan, a Kenyan county, Security Council coverage, the AfDB,
// WFP and UNICEF, universities, hospitals and foundations outside Europe and
// North America; written at the session's start; measured held out at 366cd8e
// after two commits of rules: corporate .974/1.000/.946/.947, government
// .974/.947/.800/1.000, intl .974/.946/.912/1.000, civil
// 1.000/.971/1.000/1.000; its failures were then read (a county's name before
// "Governor", a province the lists do not know)).
var invented137Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.942, titles: 0.944, precision: 0.948},
	"government": {recall: 0.969, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.970},
	"intl":       {recall: 0.969, speaker: 0.968, org: 0.909, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.902},
}

// invented138Floors are the figures the default extractor last measured on
// ../testdata/invented138, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// States and Canada, with releases hard-wrapped for e-mail: wire releases, a
// county prosecutor, Canada.ca, a state attorney general, PAHO, the World Bank,
// the OAS, a university, a union local, a hospital foundation; written after
// four commits of rules; measured held out at 5f08e2e after five commits and at
// the session's start (cbe3355), the same: corporate 1.000/1.000/.902/.976,
// government 1.000/.914/.654/1.000, intl 1.000/.946/.853/.971, civil
// .944/.941/1.000/.923; its failures were then read (a date with a release's
// label, a share line, a state's post under a skip link, a dash signature under
// several quotation paragraphs, a mayor in a sentence opening with her town)).
var invented138Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.971, titles: 0.971, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.966, org: 0.921, titles: 0.995, precision: 0.948},
	"intl":       {recall: 0.995, speaker: 0.941, org: 0.907, titles: 0.966, precision: 0.971},
	"civil":      {recall: 0.967, speaker: 0.966, org: 0.995, titles: 0.921, precision: 0.969},
}

// invented139Floors are the figures the default extractor last measured on
// ../testdata/invented139, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: international
// organizations and their partners: companies with UNDP, UNICEF and FAO,
// ministries of Ghana and Moldova, a Kenyan county with UNHCR and WFP, General
// Assembly coverage, an OSCE field mission, a UNHCR-WHO briefing, NGOs and
// hospitals with IOM, PAHO and UNICEF; written after four commits of rules;
// measured held out at 9d3b80c after seven commits: corporate
// 1.000/.892/1.000/1.000, government .925/.946/.606/.941, intl
// 1.000/.975/.933/1.000, civil 1.000/1.000/.853/.944; its failures were then
// read (a message read on its author's behalf, "according to" meaning "in
// accordance with", a clause after "According to" and a name, a section's "&",
// a letterhead past contact lines)).
var invented139Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.945, speaker: 0.969, org: 0.938, titles: 0.995, precision: 0.969},
	"intl":       {recall: 0.995, speaker: 0.970, org: 0.928, titles: 0.995, precision: 0.948},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.971},
}

// invented140Floors are the figures the default extractor last measured on
// ../testdata/invented140, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// Kingdom, Ireland, Australia, New Zealand and Canada: RNS, NZX and TSX
// releases, GOV.UK, a Queensland minister, a British Columbia ministry, a
// Commonwealth fund, a UN regional centre, a Pacific health agency, a
// university, a charity, a professional college; written after four commits of
// rules; measured held out at 9d3b80c after seven commits: corporate
// 1.000/.974/.946/.919, government 1.000/.971/.815/.871, intl
// 1.000/1.000/.950/.923, civil 1.000/.925/.906/.973; its failures were then
// read ("The Floods Minister" named right after, a headline's "College
// President", a styled minister after a spokesperson)).
var invented140Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.969, org: 0.941, titles: 0.914, precision: 0.951},
	"government": {recall: 0.995, speaker: 0.995, org: 0.888, titles: 0.839, precision: 0.971},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.945, titles: 0.918, precision: 0.918},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.936, titles: 0.995, precision: 0.956},
}

// invented141Floors are the figures the default extractor last measured on
// ../testdata/invented141, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the commonest
// shapes of five countries: earnings, acquisitions and launches on the wires of
// the United States, Germany and India, GOV.UK, a district attorney, a
// Queensland minister, UN meetings coverage, a UN agency, a development bank, a
// university, a hospital, a national charity; written after fifteen commits;
// measured held out at the session's start (cbe3355) and at 1efe92e after
// twenty-two commits, the same: corporate 1.000/1.000/.909/.939, government
// .941/.938/.880/.933, intl 1.000/1.000/1.000/1.000, civil
// 1.000/1.000/.903/.972; not read).
var invented141Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.904, titles: 0.934, precision: 0.966},
	"government": {recall: 0.936, speaker: 0.964, org: 0.955, titles: 0.928, precision: 0.939},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.969},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.898, titles: 0.967, precision: 0.873},
}

// invented142Floors are the figures the default extractor last measured on
// ../testdata/invented142, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: issuers that
// deal with governments: contractors, a Ghanaian telecom and a defence firm, a
// Nigerian federal ministry, a US governor, an Irish city council, UNICEF, the
// World Bank, the Commonwealth Secretariat, a South African union, an Indian
// university, a Philippine NGO; written after fifteen commits; measured held out
// at the session's start (cbe3355) and at 485dd25 after twenty-one commits, the
// same but civil organization .844 -> .875: corporate .975/.949/.892/.865,
// government .970/.969/.808/.933, intl .971/1.000/.812/.941, civil
// 1.000/.829/.844/.812; read in the session of 2026-12-06 that followed:
// corporate and civil titles are lower than at first contact because three
// more speakers are right and titles count only over right speakers; their
// titles miss a style the gold lists, "Smt.", "Nana").
var invented142Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.995, org: 0.892, titles: 0.841, precision: 0.972},
	"government": {recall: 0.965, speaker: 0.964, org: 0.841, titles: 0.962, precision: 0.946},
	"intl":       {recall: 0.966, speaker: 0.995, org: 0.870, titles: 0.995, precision: 0.947},
	"civil":      {recall: 0.995, speaker: 0.897, org: 0.852, titles: 0.795, precision: 0.928},
}

// invented143Floors are the figures the default extractor last measured on
// ../testdata/invented143, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: civil society
// and international organizations: companies funding charities and
// universities, a GOV.UK fund, a Kenyan ministry, a Philippine city, UN
// offices, an OAS-style council, a university study, an NHS trust, an Irish
// union; written after fifteen commits; measured held out at the session's start
// (cbe3355) and at ffd9958 after nineteen commits, the same: corporate
// 1.000/.973/.917/.917, government .972/1.000/.812/.853, intl
// 1.000/.949/.889/1.000, civil 1.000/.925/.967/.906; not read).
var invented143Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.968, org: 0.912, titles: 0.967, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.813, titles: 0.852, precision: 0.967},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.890, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.962, titles: 0.901, precision: 0.947},
}

// invented144Floors are the figures the default extractor last measured on
// ../testdata/invented144, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// States: wire releases (an acquisition, trial results, a utility's
// groundbreaking), a U.S. Attorney's Office, a member of Congress, a governor,
// Security Council coverage, the World Bank, an OAS observation mission, a
// university, an academic medical center, a union; written at the session's
// start; measured held out at 8bf2557 after three commits of rules: corporate
// 1.000/1.000/.950/1.000, government .939/.968/.793/1.000, intl
// .972/.971/1.000/1.000, civil 1.000/.947/.879/1.000; its failures were then
// read (a department's letterhead over its office and district, an agent of a
// body's unit, a unit a place opens, a state's letters after a body's)).
var invented144Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.934, speaker: 0.995, org: 0.962, titles: 0.995, precision: 0.953},
	"intl":       {recall: 0.967, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.974},
}

// invented145Floors are the figures the default extractor last measured on
// ../testdata/invented145, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// Kingdom, Europe and the international system: an RNS announcement, a German
// SE, a Swedish newsroom, GOV.UK, an Irish department, a Dutch ministry, Human
// Rights Council coverage, the European Commission, the EBRD, a university, a
// charity, a union; written at the session's start; measured held out at
// 8bf2557 after three commits of rules: corporate .973/.972/.943/1.000,
// government 1.000/.818/.846/1.000, intl .943/.939/.903/1.000, civil
// 1.000/.974/.935/1.000; its failures were then read (a post of two words the
// lexicon lacks, a body's name after its head inside a title, "Her
// delegation")).
var invented145Floors = map[string]pressFigures{
	"corporate":  {recall: 0.968, speaker: 0.967, org: 0.938, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.843, org: 0.847, titles: 0.995, precision: 0.969},
	"intl":       {recall: 0.938, speaker: 0.965, org: 0.901, titles: 0.995, precision: 0.918},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.930, titles: 0.995, precision: 0.973},
}

// invented146Floors are the figures the default extractor last measured on
// ../testdata/invented146, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the English-
// speaking world outside the US and UK: a TSX release, a JSE newsroom, a
// Philippine water company, Canada.ca, an Australian joint media release, a
// Kenyan ministry, the AfDB, UNDP India, the ADB, an Irish university, a
// Singapore hospital, a South African university; written at the session's
// start; measured held out at 8bf2557 after three commits of rules: corporate
// .952/1.000/.973/1.000, government 1.000/.917/.429/.909, intl
// .972/1.000/.714/.943, civil .951/.923/.774/.771; its failures were then read
// (a page's contact line and creator, a post by its head's initials, a
// companion's post, a minister's portfolio list, a county government, a cookie
// banner's button)).
var invented146Floors = map[string]pressFigures{
	"corporate":  {recall: 0.947, speaker: 0.995, org: 0.968, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.995, org: 0.930, titles: 0.912, precision: 0.969},
	"intl":       {recall: 0.967, speaker: 0.995, org: 0.881, titles: 0.938, precision: 0.945},
	"civil":      {recall: 0.946, speaker: 0.995, org: 0.965, titles: 0.995, precision: 0.924},
}

// invented147Floors are the figures the default extractor last measured on
// ../testdata/invented147, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Commonwealth
// governments and partners: a Nigerian, a Canadian and a Kenyan listed company,
// Canada.ca, a Western Australian joint statement, a Ghanaian ministry, a
// regional development bank, an intergovernmental council, a UN fund in Kenya,
// an Australian university, a New Zealand charity, a Ugandan university;
// written after six commits of rules; measured held out at b1a4c7f and at
// 101c799 after fifteen commits, the same: corporate 1.000/.944/.824/1.000,
// government 1.000/.941/.724/1.000, intl 1.000/1.000/.811/.973, civil
// 1.000/.974/.906/.914; its failures were then read (a long sentence of names
// read as a headline, a member on a minister's behalf, a principal secretary's
// state department, the body one acted on behalf of, a headline's bare post)).
var invented147Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.967, org: 0.966, titles: 0.995, precision: 0.945},
	"government": {recall: 0.995, speaker: 0.995, org: 0.930, titles: 0.995, precision: 0.969},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.904, titles: 0.912, precision: 0.906},
}

// invented148Floors are the figures the default extractor last measured on
// ../testdata/invented148, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// States and the United Nations system: wire releases, a county district
// attorney, a senator, a state agency, General Assembly committee coverage, the
// noon briefing, the IDB, a university, a health system, a nurses' union;
// written after six commits of rules; measured held out at b1a4c7f and at
// 101c799 after fifteen commits, the same: corporate 1.000/.974/.838/1.000,
// government .973/.944/.909/1.000, intl 1.000/.872/.906/1.000, civil
// 1.000/1.000/.941/.946; not read).
var invented148Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.969, org: 0.833, titles: 0.995, precision: 0.972},
	"government": {recall: 0.968, speaker: 0.939, org: 0.904, titles: 0.995, precision: 0.945},
	"intl":       {recall: 0.995, speaker: 0.918, org: 0.848, titles: 0.995, precision: 0.904},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.936, titles: 0.941, precision: 0.971},
}

// invented149Floors are the figures the default extractor last measured on
// ../testdata/invented149, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Europe and
// international organizations: an RNS release, a German AG, an SE, GOV.UK, the
// Scottish Government, a police force, a European Parliament release, an OSCE
// conference, UNECE, a university, an NHS trust, a union; written after six
// commits of rules; measured held out at b1a4c7f and at 101c799 after fifteen
// commits, the same: corporate 1.000/1.000/.939/.879, government
// .941/.906/.964/.929, intl .941/1.000/.875/.938, civil 1.000/1.000/.893/.967;
// not read).
var invented149Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.934, titles: 0.874, precision: 0.965},
	"government": {recall: 0.966, speaker: 0.904, org: 0.995, titles: 0.924, precision: 0.916},
	"intl":       {recall: 0.936, speaker: 0.995, org: 0.933, titles: 0.933, precision: 0.966},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.888, titles: 0.962, precision: 0.944},
}

// invented150Floors are the figures the default extractor last measured on
// ../testdata/invented150, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the commonest
// shapes: US wire releases (earnings, an acquisition, a launch), GOV.UK, a
// member of Congress, a county prosecutor, Security Council coverage, an OSCE
// field mission, a European Parliament release, a university, a charity, a
// children's hospital; written after nineteen commits of rules; measured held
// out at 4aefc59: corporate 1.000/1.000/.886/.943, government
// .971/1.000/.903/.774, intl .974/.973/.943/1.000, civil 1.000/.974/.967/.903;
// not read).
var invented150Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.881, titles: 0.938, precision: 0.968},
	"government": {recall: 0.966, speaker: 0.995, org: 0.930, titles: 0.898, precision: 0.925},
	"intl":       {recall: 0.969, speaker: 0.968, org: 0.938, titles: 0.995, precision: 0.931},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.962, titles: 0.898, precision: 0.995},
}

// invented151Floors are the figures the default extractor last measured on
// ../testdata/invented151, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Asia, the
// Middle East, Latin America and Africa: Malaysian, Japanese and Philippine
// companies, an Indian ministry, an Omani authority, a Chilean agency, a
// development bank in Bangladesh, an African economic community, a UN fund in
// Pakistan, an Indonesian university, a Korean hospital, a Nigerian union;
// written after nineteen commits of rules; measured held out at 4aefc59:
// corporate .892/.939/.935/.774, government .944/.912/.871/.935, intl
// 1.000/.969/1.000/1.000, civil .974/.892/.862/.967; not read).
var invented151Floors = map[string]pressFigures{
	"corporate":  {recall: 0.887, speaker: 0.995, org: 0.934, titles: 0.783, precision: 0.870},
	"government": {recall: 0.967, speaker: 0.938, org: 0.934, titles: 0.934, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.964, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.969, speaker: 0.968, org: 0.933, titles: 0.965, precision: 0.820},
}

// invented152Floors are the figures the default extractor last measured on
// ../testdata/invented152, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Ireland, the
// United Kingdom, Australia, New Zealand and Canada: ASX, TSX and NZX
// announcements, GOV.UK, an Australian joint release, Canada.ca, a UN office, a
// development bank, an intergovernmental declaration, an Irish university, a
// carers' charity, a rural health service; written after nineteen commits of
// rules; measured held out at 4aefc59: corporate 1.000/1.000/.914/.971,
// government 1.000/1.000/.757/.865, intl 1.000/.949/.943/1.000, civil
// .974/.921/.733/1.000; not read).
var invented152Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.966, precision: 0.920},
	"government": {recall: 0.995, speaker: 0.995, org: 0.887, titles: 0.887, precision: 0.947},
	"intl":       {recall: 0.995, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.950},
	"civil":      {recall: 0.969, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.912},
}

// invented153Floors are the figures the default extractor last measured on
// ../testdata/invented153, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// States and Canada: NYSE, TSX and Nasdaq wire releases and newsrooms, a
// federal-provincial infrastructure release, a city's news flash, a state
// attorney general, a development bank, UN meetings coverage, a Pan American
// institute, a Canadian university, an Ontario hospital, a union local; written
// at the session's start; measured held out at c88d6a7 after four commits of
// rules: corporate .971/1.000/.912/.941, government .970/1.000/.963/1.000, intl
// 1.000/1.000/.833/.818, civil 1.000/1.000/.679/.917; its failures were then
// read (a section's name as a page's site, a lead's title in full, a health
// system's name, the post one serves as, a business an appositive describes)).
var invented153Floors = map[string]pressFigures{
	"corporate":  {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.967},
	"government": {recall: 0.965, speaker: 0.995, org: 0.958, titles: 0.995, precision: 0.925},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.828, titles: 0.995, precision: 0.950},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.781, titles: 0.912, precision: 0.969},
}

// invented154Floors are the figures the default extractor last measured on
// ../testdata/invented154, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: continental
// Europe in English: a German wire release, a Finnish newsroom, a Belgian
// biotech, an Austrian ministry, the European Parliament, a Dutch city, the
// EIB, UNECE, a Vienna body, a Swiss university, a Danish hospital, a Brussels
// union federation; written at the session's start; measured held out at
// c88d6a7 after four commits of rules: corporate 1.000/.972/1.000/.943,
// government 1.000/.944/.938/.933, intl 1.000/.971/1.000/1.000, civil
// .949/1.000/1.000/1.000; not read (no cell under the targets)).
var invented154Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.967, org: 0.995, titles: 0.938, precision: 0.944},
	"government": {recall: 0.995, speaker: 0.939, org: 0.933, titles: 0.962, precision: 0.895},
	"intl":       {recall: 0.995, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.944},
	"civil":      {recall: 0.944, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.930},
}

// invented155Floors are the figures the default extractor last measured on
// ../testdata/invented155, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Africa, South
// Asia, Southeast Asia and the Gulf: a JSE announcement, an Indian newsroom, a
// Nigerian bank, a Kenyan ministry, an Indian press bureau, a South African
// province, UN meetings coverage in Bangkok, a development bank, a Gulf
// maritime body, a Ghanaian university, a Malaysian hospital, a Bangladeshi
// trust; written at the session's start; measured held out at 746ed37 after
// three commits of rules: corporate .952/.975/.889/.806, government
// .939/.935/.786/.893, intl .974/.921/1.000/1.000, civil 1.000/.897/.844/.943;
// its failures were then read (an issuer's short name in a headline, an
// exchange announcement's notes, a portfolio's acronym in lower case,
// "commandant", "provincial", "termed")).
var invented155Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.995, org: 0.969, titles: 0.863, precision: 0.904},
	"government": {recall: 0.934, speaker: 0.995, org: 0.828, titles: 0.895, precision: 0.916},
	"intl":       {recall: 0.969, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.944},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.971},
}

// invented156Floors are the figures the default extractor last measured on
// ../testdata/invented156, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// Kingdom, Ireland, Australia and New Zealand: an AIM RNS, an NZX newsroom, an
// ASX dump, GOV.UK with a Welsh minister, a Beehive release, a Queensland joint
// release, a Commonwealth fund, a Hobart commission, a Dublin body, a UK
// university, an Australian professional body, an Irish union; written after
// eight commits of rules; measured held out at d40fdbb: corporate
// .973/1.000/.944/1.000, government .972/.886/.862/.786, intl
// 1.000/.976/1.000/1.000, civil 1.000/1.000/.861/.947; its failures were then
// read (a charity named after its kind, a particle inside a body's name)).
var invented156Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.995, precision: 0.969},
	"government": {recall: 0.967, speaker: 0.938, org: 0.866, titles: 0.795, precision: 0.973},
	"intl":       {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.906},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.939, titles: 0.942, precision: 0.971},
}

// invented157Floors are the figures the default extractor last measured on
// ../testdata/invented157, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Latin America,
// the Caribbean, Spain and Portugal: B3, BMV and Madrid-listed companies, the
// Barbados information service, Porto City Council, the Trinidad and Tobago
// police, the IDB, ECLAC, PAHO, a Brazilian university, a Madrid hospital, a
// Portuguese foundation; written after eight commits of rules; measured held
// out at d40fdbb: corporate 1.000/1.000/.800/1.000, government
// .946/.943/.774/.970, intl 1.000/1.000/.943/.946, civil 1.000/.946/.758/.941;
// its failures were then read (a logo's picture, a hospital's unit named by a
// medical field, a legal form and a ticker before defined short names, a line
// of hotlines)).
var invented157Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.968, speaker: 0.939, org: 0.995, titles: 0.966, precision: 0.946},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.938, titles: 0.941, precision: 0.970},
	"civil":      {recall: 0.995, speaker: 0.941, org: 0.995, titles: 0.936, precision: 0.927},
}

// invented158Floors are the figures the default extractor last measured on
// ../testdata/invented158, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the commonest
// shapes from every continent: a Japanese, a South African and a Danish
// company, an Australian joint statement, an English police force, a Kenyan
// county, a development bank, Security Council coverage, a joint statement of
// three bodies, a UK university, an Indian hospital, a New Zealand think tank;
// written after eight commits of rules; measured held out at d40fdbb: corporate
// 1.000/1.000/.795/.846, government 1.000/.974/.771/1.000, intl
// 1.000/.816/1.000/1.000, civil 1.000/.919/.935/.938; its failures were then
// read (a statement's end, the post one was appointed to, a judge's court, a
// member's post letters, "managing trustee")).
var invented158Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.944, titles: 0.892, precision: 0.971},
	"government": {recall: 0.995, speaker: 0.969, org: 0.909, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.913},
	"civil":      {recall: 0.995, speaker: 0.941, org: 0.995, titles: 0.995, precision: 0.948},
}

// invented159Floors are the figures the default extractor last measured on
// ../testdata/invented159, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the English-
// speaking world's small and mid-sized issuers: a Canadian venture-exchange
// company, an ASX small cap, an Indian foundry, a US county board, an English
// borough council, a New Zealand district council, a fisheries council in
// Perth, a development bank in Singapore, a Dublin intergovernmental body, a
// rural US hospital, a South African university, a UK union; written after
// twenty-three commits of rules; measured held out at a43f717 and at 4f5df4f
// after four more, the same: corporate 1.000/.919/.971/1.000, government
// .975/1.000/1.000/1.000, intl 1.000/1.000/.974/.971, civil
// 1.000/1.000/.914/1.000; read from the
// next session on).
var invented159Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.969},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.966, precision: 0.971},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.909, titles: 0.995, precision: 0.906},
}

// invented160Floors are the figures the default extractor last measured on
// ../testdata/invented160, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Europe, the
// Middle East and Central Asia: a Stockholm, an Istanbul and a Tadawul company,
// an Uzbek ministry, DEFRA, An Garda Siochana, the OSCE in Dushanbe, the EBRD,
// WHO Europe, a UK university, an Omani hospital, a Brussels union federation;
// written after twenty-three commits of rules; measured held out at a43f717 and
// at 4f5df4f after four more, the same: corporate 1.000/.974/1.000/1.000,
// government 1.000/.882/.667/.963, intl 1.000/1.000/.941/.946, civil
// 1.000/.892/.889/1.000; not read until 2026-12-06's second session, when a
// minister's "for Justice" and a field set off after a name gave two more
// speakers whose organization stays wrong: government organization .667 ->
// .643, its floor lowered with it).
var invented160Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.857, titles: 0.963, precision: 0.970},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.946},
	"civil":      {recall: 0.995, speaker: 0.941, org: 0.884, titles: 0.995, precision: 0.893},
}

// invented161Floors are the figures the default extractor last measured on
// ../testdata/invented161, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: East and
// Southeast Asia, the Pacific and Africa: a Tokyo, a Singapore and a Lagos
// company, a Hong Kong bureau, Kenyan police, a Fijian ministry, ESCAP, the
// ADB, ECOWAS with UNEP, a Korean university, a Malaysian hospital, a South
// African trust; written after twenty-three commits of rules; measured held out
// at a43f717 and at 4f5df4f after four more, the same: corporate
// 1.000/.952/.975/1.000, government 1.000/.929/.838/.846, intl
// .975/.923/.941/.972, civil .949/1.000/.871/.879; not read until 2026-12-06's
// second session, when a post's letters before a surname ("SAIG Oduor") found
// three more quotes' speaker with a regional command for the gold's police
// service: government organization .838 -> .816, its floor with it).
var invented161Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.971, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.947, org: 0.811, titles: 0.920, precision: 0.931},
	"intl":       {recall: 0.970, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.913},
	"civil":      {recall: 0.944, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.930},
}

// invented162Floors are the figures the default extractor last measured on
// ../testdata/invented162, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// States: Business Wire, PR Newswire and GlobeNewswire company releases
// (earnings, an FDA approval, an acquisition), a governor, a county district
// attorney, a member of Congress, US-based development, ocean and health
// bodies, a university, a health system, a nurses' union; written after twenty-
// nine commits of rules; measured held out at 67f42e2 and at b9335bb after one
// more, the same: corporate 1.000/.925/.946/1.000, government
// 1.000/1.000/.921/.619, intl .927/1.000/1.000/1.000, civil
// 1.000/.951/.857/.865; read from the
// next session on).
var invented162Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.945, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.662, precision: 0.974},
	"intl":       {recall: 0.946, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.930},
}

// invented163Floors are the figures the default extractor last measured on
// ../testdata/invented163, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// Kingdom, Ireland and the EU institutions: an AIM RNS, a Euronext Dublin
// newsroom, an LSE newsroom dump, GOV.UK, a police force, the Welsh Government,
// the European Commission, the European Parliament, an EU agency, a UK
// university, an Irish union, a UK charity; written after twenty-nine commits
// of rules; measured held out at 67f42e2 and at b9335bb after one more, the
// same: corporate 1.000/1.000/1.000/.897, government 1.000/1.000/.750/.786,
// intl .973/.944/.938/1.000, civil 1.000/.974/1.000/.970; read from
// the next session on).
var invented163Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.995, org: 0.888, titles: 0.781, precision: 0.995},
	"intl":       {recall: 0.968, speaker: 0.967, org: 0.934, titles: 0.995, precision: 0.879},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.966, precision: 0.971},
}

// invented164Floors are the figures the default extractor last measured on
// ../testdata/invented164, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the Global
// South in English: Indian, Malaysian and Philippine companies, a Kenyan
// county, a South African province, a Nigerian police command, the ADB in
// Nepal, UNICEF in Vanuatu, the OECS, a Ghanaian university, a Pakistani
// hospital trust, a Bangladeshi union; written after twenty-nine commits of
// rules; measured held out at 67f42e2 and at b9335bb after one more, the same:
// corporate 1.000/.975/.971/.923, government .975/.949/.710/.838, intl
// 1.000/.897/.914/1.000, civil .974/.947/.933/1.000; read
// from the next session on).
var invented164Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.970},
	"government": {recall: 0.970, speaker: 0.969, org: 0.901, titles: 0.890, precision: 0.906},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.948},
	"civil":      {recall: 0.969, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.927},
}

// invented165Floors are the figures the default extractor last measured on
// ../testdata/invented165, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: South Asia and
// the Indian Ocean in English: an Indian, a Bangladeshi and a Tamil Nadu
// company, a PIB-style ministry release, a Mauritian ministry, a Punjab price
// authority, a South Asian power-trading council, an Indian Ocean development
// bank, a Bay of Bengal fisheries commission, an Indian agricultural
// university, a Sri Lankan children's hospital, an Indian water trust; written
// at the session's start (2026-12-06, the second), measured held out at e8f25a8
// (two commits in) and again at 3bd8ed6 (fourteen commits later), the same,
// summary rows only; not read: corporate 1.000/1.000/1.000/.951, government
// .889/1.000/.935/.969, intl 1.000/.974/.974/1.000, civil
// 1.000/.923/.903/1.000; then read).
var invented165Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.946, precision: 0.927},
	"government": {recall: 0.912, speaker: 0.995, org: 0.995, titles: 0.966, precision: 0.947},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.969, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.904, titles: 0.995, precision: 0.995},
}

// invented166Floors are the figures the default extractor last measured on
// ../testdata/invented166, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Northern and
// Central Europe in English: an Oslo Børs notice, a Swiss ad hoc announcement,
// a Danish interim report, Vilnius, Gelderland, Helsinki police, an EU agency,
// a development bank in Brno, a UN water dialogue, a German university, a
// Swedish union, a Dutch hospital; written at the session's start (2026-12-06,
// the second), measured held out at e8f25a8 (two commits in) and again at
// 3bd8ed6 (fourteen commits later), the same, summary rows only; not read:
// corporate 1.000/.973/.778/1.000, government .971/.912/.931/1.000, intl
// 1.000/.972/.914/1.000, civil .971/1.000/.933/.871; then
// read).
var invented166Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.995, precision: 0.995},
	"government": {recall: 0.966, speaker: 0.966, org: 0.995, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.995, speaker: 0.967, org: 0.995, titles: 0.995, precision: 0.972},
	"civil":      {recall: 0.966, speaker: 0.995, org: 0.962, titles: 0.866, precision: 0.941},
}

// invented167Floors are the figures the default extractor last measured on
// ../testdata/invented167, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the commonest
// shapes worldwide: a GlobeNewswire acquisition, a Singapore newsroom, an
// Australian exchange announcement, an Australian ministerial statement, UK
// police, a Canadian city, UN meetings coverage, a development bank in Zambia,
// a UN agency's appeal, a Canadian university, a South African children's
// hospital, a UK professional association; written at the session's start
// (2026-12-06, the second), measured held out at e8f25a8 (two commits in) and
// again at 3bd8ed6 (fourteen commits later), the same, summary rows only; not
// read: corporate 1.000/.897/.771/1.000, government 1.000/1.000/.957/.933, intl
// 1.000/1.000/1.000/.967, civil 1.000/1.000/1.000/1.000;
// then read).
var invented167Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.944, org: 0.941, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.952, titles: 0.962, precision: 0.966},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.962, precision: 0.953},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.971},
}

// invented168Floors are the figures the default extractor last measured on
// ../testdata/invented168, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the Americas in
// English: a Business Wire release of a NASDAQ company, a TSX company with a
// First Nation partner, a Trinidad and Tobago bank, a state attorney general, a
// Canadian province, a member of the US House, a Caribbean development bank,
// meetings coverage, a Caribbean agency, a US university, a Canadian hospital
// foundation, a union local; written during the session (2026-12-06, the
// second) while its rules were being made; measured held out at 085d92b,
// twenty-one commits in, summary rows only; not read: corporate
// 1.000/.902/.757/.919, government 1.000/1.000/.794/.972, intl
// .975/1.000/.949/1.000, civil .974/1.000/1.000/1.000).
var invented168Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.922, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.995, org: 0.877, titles: 0.967, precision: 0.946},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.951},
	"civil":      {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.971},
}

// invented169Floors are the figures the default extractor last measured on
// ../testdata/invented169, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Africa and the
// Middle East in English: a Kenyan, a Johannesburg-listed and an Abu Dhabi-
// listed company, a Nigerian police command, a Ugandan ministry, the Parliament
// of Ghana (a few real public bodies with invented officials), a regional trade
// commission, a development bank in Ethiopia, a UN agency in Amman, a Ghanaian
// university, a Nigerian teaching hospital, a Zimbabwean union; written during
// the session (2026-12-06, the second) while its rules were being made;
// measured held out at 085d92b, twenty-one commits in, summary rows only; not
// read: corporate .973/1.000/.914/.971, government 1.000/.842/.828/.931, intl
// 1.000/.946/1.000/.938, civil 1.000/.949/.935/1.000). Read from 55114da
// on. Government titles lowered .930 -> .904 where a headline's quotation
// signed "- Roads Committee Chair" found its speaker, whose gold titles add
// a seat ("MP for Juaso") that only a later anaphor names.
var invented169Floors = map[string]pressFigures{
	"corporate":  {recall: 0.968, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.969},
	"government": {recall: 0.995, speaker: 0.942, org: 0.995, titles: 0.904, precision: 0.922},
	"intl":       {recall: 0.995, speaker: 0.968, org: 0.995, titles: 0.934, precision: 0.928},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.933, titles: 0.995, precision: 0.902},
}

// invented170Floors are the figures the default extractor last measured on
// ../testdata/invented170, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: Southern and
// Eastern Europe, Turkey, Central Asia, Australia and New Zealand: an Athens,
// an Istanbul and an ASX-listed company, a New Zealand minister, Almaty's
// akimat, Rijeka (real public bodies with invented officials), the OSCE in
// Uzbekistan, the EBRD in Bulgaria, FAO in Ukraine, a Romanian university, a
// Portuguese hospital, a Spanish foundation; written during the session
// (2026-12-06, the second) while its rules were being made; measured held out
// at 085d92b, twenty-one commits in, summary rows only; not read: corporate
// 1.000/1.000/.878/1.000, government .971/.970/.677/.969, intl
// 1.000/.971/.903/.938, civil 1.000/.943/.875/.848).
var invented170Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.971, titles: 0.995, precision: 0.995},
	"government": {recall: 0.966, speaker: 0.965, org: 0.898, titles: 0.964, precision: 0.927},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.964, titles: 0.934, precision: 0.902},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.848, precision: 0.971},
}

// invented171Floors are the figures the default extractor last measured on
// ../testdata/invented171, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: East and
// Southeast Asia: a Singapore-, a Tokyo- and a Manila-listed company, a
// Philippine fisheries bureau, the Seoul Metropolitan Government, Bali regional
// police (real public bodies with invented officials), the Asian Development
// Bank in Viet Nam, UN ESCAP in Bangkok, the ASEAN Secretariat, a Japanese
// university, a Singapore hospital, a Thai foundation; written at the start of
// the session (2026-12-06, the third) while its first rules were being made;
// measured held out at 6be5126, three commits in, summary rows only; not read:
// corporate .975/1.000/1.000/.949; government 1.000/.829/.968/.818; intl
// 1.000/.947/1.000/1.000; civil .974/.868/.923/.935).
var invented171Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.948},
	"government": {recall: 0.995, speaker: 0.922, org: 0.995, titles: 0.941, precision: 0.934},
	"intl":       {recall: 0.995, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.928},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.926, titles: 0.967, precision: 0.948},
}

// invented172Floors are the figures the default extractor last measured on
// ../testdata/invented172, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the United
// Kingdom, Ireland and Canada: a TSX-, an LSE- and a Euronext Dublin-listed
// company, a GOV.UK page, an Irish department, a Canadian federal department
// (real kinds of public body with invented officials), a Geneva, a Montreal and
// a London international organization, a Scottish university, an Irish
// hospital, a Canadian union; written at the start of the session (2026-12-06,
// the third) while its first rules were being made; measured held out at
// 6be5126, three commits in, summary rows only; not read: corporate
// .974/1.000/1.000/1.000; government .967/1.000/.926/.966; intl
// .975/.974/.829/1.000; civil .976/.975/.844/1.000).
var invented172Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.950},
	"government": {recall: 0.962, speaker: 0.995, org: 0.921, titles: 0.961, precision: 0.892},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.856, titles: 0.995, precision: 0.921},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.889},
}

// invented173Floors are the figures the default extractor last measured on
// ../testdata/invented173, minus 0.005 (twelve releases written on 2026-12-06
// by a writer who had seen neither the code nor the other sets: the shapes a
// worldwide monitoring feed sees most, with heavy page furniture: a Canadian,
// an Indian and a Kenyan company, an Australian state minister, a Nigerian
// federal ministry, a UK police force, a UN agency, a regional development bank
// in Bangladesh, an intergovernmental committee's meetings coverage, a Korean
// university, an NHS trust, a South African union; written at the start of the
// session (2026-12-06, the third) while its first rules were being made;
// measured held out at 6be5126, three commits in, summary rows only; not read:
// corporate 1.000/1.000/.868/.950; government .944/.941/1.000/.968; intl
// 1.000/1.000/1.000/.971; civil 1.000/.946/.879/.771).
var invented173Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.952},
	"government": {recall: 0.939, speaker: 0.936, org: 0.995, titles: 0.963, precision: 0.945},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.966, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.968, org: 0.877, titles: 0.995, precision: 0.995},
}

// invented174Floors are the figures the default extractor last measured on
// ../testdata/invented174, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Sub-Saharan
// Africa, the Middle East and North Africa: a Kenyan power producer, a Nigerian
// bank, a Moroccan olive-oil company, the Ghanaian roads and Jordanian labour
// ministries, a South African metro, a Security Council briefing, a Horn of
// Africa regional authority, a UN-style urban agency in Cairo, a Nigerian
// university, a Zambian maternal-health charity and an Egyptian literacy
// foundation; written at the start of the session (2026-12-07) and measured
// held out at 2713fc7 and again at fb25c7e, the same, summary rows only; read
// afterwards: corporate .925/.919/.909/.909; government .974/.974/.484/.943;
// intl 1.000/.975/1.000/1.000; civil .973/.944/1.000/.935).
var invented174Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.945, org: 0.995, titles: 0.995, precision: 0.952},
	"government": {recall: 0.969, speaker: 0.969, org: 0.963, titles: 0.938, precision: 0.904},
	"intl":       {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.933},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.930, precision: 0.928},
}

// invented175Floors are the figures the default extractor last measured on
// ../testdata/invented175, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the United
// States: NYSE and Nasdaq companies, a US Attorney's office, an Oregon state
// agency, a member of Congress, a Washington-based development bank, a UN
// commission and a UN children's fund in New York, a Michigan university, a
// Chicago hospital system and a Phoenix tenants' group; written at the start of
// the session (2026-12-07) and measured held out at 19f7a9b and again at
// fb25c7e, the same, summary rows only; read afterwards: corporate
// 1.000/1.000/.925/.976; government .975/.923/.583/.939; intl
// 1.000/1.000/.973/1.000; civil 1.000/.975/1.000/.971).
var invented175Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.920, titles: 0.971, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.920, org: 0.828, titles: 0.966, precision: 0.972},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.968, titles: 0.995, precision: 0.910},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.966, precision: 0.933},
}

// invented176Floors are the figures the default extractor last measured on
// ../testdata/invented176, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: continental
// Europe and Latin America in English: German, Spanish and Italian companies, a
// German federal ministry, a Chilean ministry, a Polish city with its police,
// an EU-style agency, a UN-style Latin American committee, a Nordic-Baltic
// council, a Brazilian university, a Colombian NGO and a Swedish hospital;
// written at the start of the session (2026-12-07) and measured held out at
// 19f7a9b and again at fb25c7e, the same, summary rows only; read afterwards:
// corporate 1.000/.976/.974/1.000; government .923/.778/.864/1.000; intl
// 1.000/.923/1.000/1.000; civil 1.000/.900/.833/.903).
var invented176Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.931},
	"government": {recall: 0.918, speaker: 0.856, org: 0.915, titles: 0.995, precision: 0.886},
	"intl":       {recall: 0.995, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.930},
	"civil":      {recall: 0.995, speaker: 0.895, org: 0.828, titles: 0.898, precision: 0.912},
}

// invented177Floors are the figures the default extractor last measured on
// ../testdata/invented177, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: South Asia and
// Oceania: listed Indian, Australian and New Zealand companies, an Odisha state
// authority, a Victorian emergency agency, a Pakistani regional police force, a
// Pacific climate council, a South Asian development bank, a UN-style
// commission's session, an Australian university, an Indian heart institute and
// a Bangladeshi NGO; written during the session of 2026-12-07 and measured held
// out at 5167e2a, a72ad64 and 670c8dc, the same, summary rows only; not read:
// corporate .951/1.000/.973/1.000; government .946/.857/.630/.897; intl
// 1.000/.975/.970/1.000; civil .972/.914/.926/.903).
var invented177Floors = map[string]pressFigures{
	"corporate":  {recall: 0.946, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.941, speaker: 0.909, org: 0.709, titles: 0.962, precision: 0.918},
	"intl":       {recall: 0.995, speaker: 0.970, org: 0.965, titles: 0.995, precision: 0.928},
	"civil":      {recall: 0.967, speaker: 0.909, org: 0.921, titles: 0.963, precision: 0.970},
}

// invented178Floors are the figures the default extractor last measured on
// ../testdata/invented178, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the Caribbean,
// Central America and the Andes in English: a Jamaican telecom, a Trinidad
// energy company, a Peruvian bank, a Barbados information bureau, the Belize
// police, an Ecuadorian disaster agency, a Caribbean community secretariat, an
// Andean-Caribbean development bank, a UN-style migration office in Panama, a
// Barbados university, a Costa Rican hospital and a Jamaican schools coalition;
// written during the session of 2026-12-07 and measured held out at 5167e2a,
// a72ad64 and 670c8dc, the same, summary rows only; not read: corporate
// .976/.950/.882/1.000; government 1.000/.897/.938/1.000; intl
// .947/.972/.727/.871; civil .972/1.000/1.000/1.000).
var invented178Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.881, titles: 0.995, precision: 0.974},
	"government": {recall: 0.995, speaker: 0.944, org: 0.907, titles: 0.995, precision: 0.889},
	"intl":       {recall: 0.942, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.870},
	"civil":      {recall: 0.967, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.945},
}

// invented179Floors are the figures the default extractor last measured on
// ../testdata/invented179, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Central and
// Eastern Europe, the Nordics and Central Asia in English: a Norwegian battery
// maker, a Czech food group, a Kazakh telecom, a Romanian water ministry, a
// Lithuanian county police force, Uzbekistan's water ministry, an OSCE-style
// field office in Astana, a UN recovery office in Ukraine, a Baltic sea
// council's ministerial, a Polish university, a Latvian children's hospital and
// a Ukrainian legal-aid NGO; written during the session of 2026-12-07 and
// measured held out at 5167e2a, a72ad64 and 670c8dc, the same, summary rows
// only; not read: corporate 1.000/.975/.909/.972; government
// .974/.895/.862/.969; intl 1.000/.900/.938/.900; civil 1.000/.975/.844/.969).
var invented179Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.970, org: 0.934, titles: 0.995, precision: 0.925},
	"government": {recall: 0.995, speaker: 0.944, org: 0.930, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.920, org: 0.995, titles: 0.895, precision: 0.973},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.901, titles: 0.995, precision: 0.950},
}

// invented180Floors are the figures the default extractor last measured on
// ../testdata/invented180, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the United
// Kingdom, Ireland and the Isle of Man: a London-listed infrastructure group, a
// building society, an Irish food company, a UK government department, a police
// force, a Welsh county council, a shipping-emissions council in London, a UN-
// style peatlands partnership, an Irish Sea intergovernmental council, a
// university, an NHS foundation trust and an Irish housing charity; written at
// the start of the session of 2026-12-07 (the twenty-seventh) and measured held
// out at 03a46ea and e9cf23a, the same, summary rows only; first contact:
// corporate 1.000/.950/.914/.919; government 1.000/.946/.933/1.000; intl
// .974/1.000/1.000/.871; civil 1.000/.846/.964/1.000).
var invented180Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.944, precision: 0.947},
	"government": {recall: 0.995, speaker: 0.941, org: 0.928, titles: 0.995, precision: 0.945},
	"intl":       {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.866, precision: 0.915},
	"civil":      {recall: 0.995, speaker: 0.892, org: 0.962, titles: 0.995, precision: 0.843},
}

// invented181Floors are the figures the default extractor last measured on
// ../testdata/invented181, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: East and
// Southeast Asia in English: a Korean conglomerate, a Singapore bank, a Tokyo
// start-up, a Vietnamese provincial committee, a Malaysian ministry, a
// Philippine department, a regional disaster centre, a UN-style office, a
// migration organisation, a Hong Kong university, a Bangkok hospital and a
// Korean union; written at the start of the session of 2026-12-07 (the twenty-
// seventh) and measured held out at 03a46ea and e9cf23a, the same, summary rows
// only; first contact: corporate .949/.973/.944/1.000; government
// 1.000/.923/.871/.970; intl 1.000/.974/1.000/1.000; civil
// 1.000/.923/1.000/.889).
var invented181Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.944, org: 0.964, titles: 0.966, precision: 0.906},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.948},
	"civil":      {recall: 0.995, speaker: 0.918, org: 0.995, titles: 0.884, precision: 0.908},
}

// invented182Floors are the figures the default extractor last measured on
// ../testdata/invented182, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: West and East
// Africa in English: a Nigerian listed bank, a Kenyan listed telecom, a
// Ghanaian cassava processor, a Nigerian federal ministry, a Kenyan county
// government, a Tanzanian medicines regulator, an AU-style drought office, a UN
// country team in Sierra Leone, a Lake Victoria fisheries commission, a Ugandan
// university, a Nigerian teaching hospital and a Kenyan faith-based charity;
// written at the start of the session of 2026-12-07 (the twenty-seventh) and
// measured held out at 03a46ea and e9cf23a, the same, summary rows only; first
// contact: corporate .927/.868/.833/.871; government 1.000/1.000/.875/1.000;
// intl .976/.925/1.000/1.000; civil .975/1.000/.690/.972).
var invented182Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.967, titles: 0.995, precision: 0.970},
	"government": {recall: 0.995, speaker: 0.995, org: 0.870, titles: 0.995, precision: 0.969},
	"intl":       {recall: 0.971, speaker: 0.945, org: 0.995, titles: 0.995, precision: 0.933},
	"civil":      {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.967, precision: 0.950},
}

// invented183Floors are the figures the default extractor last measured on
// ../testdata/invented183, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Canada: a
// miner, two merging credit unions, a robotics firm, a federal agency, a
// provincial wildfire agency, an Inuit regional association, a Montréal-based
// aviation body, an Arctic council, a binational water commission, a
// university, a health authority and a food-bank charity; written during the
// session of 2026-12-07 (the twenty-seventh) and measured held out at 8dd6174,
// 1903471 and 3975d1e, the same, summary rows only; first contact: corporate
// 1.000/.974/.935/.970; government .974/.921/.900/1.000; intl
// .974/.947/.829/1.000; civil 1.000/1.000/.933/.969).
var invented183Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.963, titles: 0.965, precision: 0.970},
	"government": {recall: 0.969, speaker: 0.969, org: 0.895, titles: 0.995, precision: 0.881},
	"intl":       {recall: 0.969, speaker: 0.942, org: 0.938, titles: 0.995, precision: 0.825},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.928, titles: 0.964, precision: 0.948},
}

// invented184Floors are the figures the default extractor last measured on
// ../testdata/invented184, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Southern Africa
// in English: a JSE platinum miner, a Botswana bank, a Karoo wind developer,
// the KwaZulu-Natal transport department, a Namibian water ministry, a Zambian
// agriculture ministry, an SADC-style summit secretariat, UN-style humanitarian
// and trade offices, a Namibian university, a Harare children's hospital and a
// farmworkers' union; written during the session of 2026-12-07 (the twenty-
// seventh) and measured held out at 8dd6174, 1903471 and 3975d1e, the same,
// summary rows only; first contact: corporate .974/.974/.939/.946; government
// .975/.923/.848/.886; intl .975/1.000/.970/.941; civil 1.000/1.000/.875/.919).
var invented184Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.938, titles: 0.944, precision: 0.954},
	"government": {recall: 0.970, speaker: 0.944, org: 0.904, titles: 0.909, precision: 0.889},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.936, precision: 0.884},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.933, titles: 0.995, precision: 0.917},
}

// invented185Floors are the figures the default extractor last measured on
// ../testdata/invented185, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the Gulf, the
// Levant and Turkey in English: an Abu Dhabi-listed marine group, a Tadawul-
// listed solar developer, a Borsa Istanbul-listed hazelnut processor, a
// Fujairah coastal authority, a Kuwaiti road-safety authority, a Turkish
// reconstruction agency, a UN-style water office in Amman, a Gulf marine-
// pollution centre, a joint release by two UN-style agencies in Beirut, a
// Qatari university, an Omani children's hospital and a Lebanese NGO; written
// during the session of 2026-12-07 (the twenty-seventh) and measured held out
// at 8dd6174, 1903471 and 3975d1e, the same, summary rows only; first contact:
// corporate .951/.974/.917/.971; government .951/.974/.818/1.000; intl
// .976/.950/.941/1.000; civil .973/.972/.821/.897).
var invented185Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.970, org: 0.941, titles: 0.995, precision: 0.948},
	"government": {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.931},
	"intl":       {recall: 0.971, speaker: 0.970, org: 0.938, titles: 0.995, precision: 0.891},
	"civil":      {recall: 0.968, speaker: 0.967, org: 0.995, titles: 0.995, precision: 0.995},
}

// invented186Floors are the figures the default extractor last measured on
// ../testdata/invented186, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Australia and
// New Zealand: an NZX-listed power company, an ASX-listed lithium developer, a
// New Zealand dairy co-operative, a Queensland joint ministerial statement, a
// New Zealand regional council, a federal water department, a Pacific fisheries
// agency, a UN office's meetings coverage, an IMF-style Article IV release, a
// Victorian university, a Western Australian children's hospital and a New
// Zealand food-bank charity; written during the session of 2026-12-07 (the
// twenty-seventh) and measured held out at 159fb64 and 5947d10, the same,
// summary rows only; read in the twenty-eighth session; first contact:
// corporate 1.000/.975/1.000/1.000; government .925/1.000/.906/.906; intl
// 1.000/.919/.939/.967; civil 1.000/.975/.844/.941).
var invented186Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.910},
	"government": {recall: 0.920, speaker: 0.995, org: 0.901, titles: 0.995, precision: 0.900},
	"intl":       {recall: 0.995, speaker: 0.968, org: 0.966, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.901, titles: 0.995, precision: 0.912},
}

// invented187Floors are the figures the default extractor last measured on
// ../testdata/invented187, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: South America
// in English: a Brazilian listed oil company, a Uruguayan dairy cooperative, a
// Peruvian miner, a Paraguayan waterways agency, a Brazilian city hall, a
// Colombian departmental government, a development bank, an Amazon
// intergovernmental commission, a migration agency, a Chilean university, a
// Uruguayan children's hospital and a Paraguayan Chaco indigenous federation;
// written during the session of 2026-12-07 (the twenty-seventh) and measured
// held out at 159fb64 and 5947d10, the same, summary rows only; read in the
// twenty-eighth session; first contact: corporate 1.000/.951/.917/1.000;
// government 1.000/1.000/.576/.857; intl 1.000/.973/.941/1.000; civil
// 1.000/1.000/.700/.969).
var invented187Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.968, titles: 0.995, precision: 0.952},
	"government": {recall: 0.995, speaker: 0.995, org: 0.662, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.995, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.950},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.828, titles: 0.964, precision: 0.995},
}

// invented188Floors are the figures the default extractor last measured on
// ../testdata/invented188, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the United
// States at state and local level: a battery maker, an egg producer, a bank
// merger, a New Mexico governor's office, a Texas sheriff and district
// attorney, a Michigan city hall, an interstate aquifer commission, a tribal
// nation's accord with a state, a US–Mexico border health council, a state
// university, a hospital system and a food-bank network; written during the
// session of 2026-12-07 (the twenty-seventh) and measured held out at 159fb64
// and 5947d10, the same, summary rows only; read in the twenty-eighth session;
// first contact: corporate .975/1.000/.974/1.000; government
// .975/.974/.871/.969; intl 1.000/.897/.967/1.000; civil
// 1.000/1.000/.857/.912).
var invented188Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.970, titles: 0.995, precision: 0.913},
	"government": {recall: 0.970, speaker: 0.969, org: 0.963, titles: 0.995, precision: 0.952},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.964, titles: 0.995, precision: 0.934},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.924, titles: 0.995, precision: 0.875},
}

// invented189Floors are the figures the default extractor last measured on
// ../testdata/invented189, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Mexico and
// Central America in English: a listed railway, a Salvadoran bank, a Costa
// Rican power producer, a federal water secretariat, a Hidalgo municipality, a
// Guatemalan risk agency, a regional commission, a UN migration office, a
// development bank, a university, a church-run migrant shelter and a Honduran
// children's hospital; written during the session of 2026-12-07 (the
// twenty-eighth) and measured held out at f2174eb and 36b2daf (and on the work
// that became 7ee3cae), the same, summary rows only; read in the same session;
// first contact: corporate .975/1.000/.857/1.000; government
// 1.000/.825/.357/1.000; intl .949/.946/1.000/.968; civil
// .950/.816/.720/1.000).
var invented189Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.845, org: 0.823, titles: 0.995, precision: 0.819},
	"intl":       {recall: 0.944, speaker: 0.941, org: 0.995, titles: 0.963, precision: 0.906}, // (precision lowered from .928 on 2026-12-08: "…, which, he said, delayed disbursements …" is a quote of its own, which the gold leaves out)
	"civil":      {recall: 0.945, speaker: 0.995, org: 0.933, titles: 0.995, precision: 0.952},
}

// invented190Floors are the figures the default extractor last measured on
// ../testdata/invented190, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the Balkans and
// the Caucasus in English: a Croatian telecom, a Macedonian drugmaker, an
// Azerbaijani agri-holding, a Montenegrin ministry, the City of Niš, a Georgian
// ministry, an EU rule-of-law mission in Bosnia and Herzegovina, the UN country
// team in Armenia, a river basin commission, a Tirana university, a Kosovo
// women's NGO and a Yerevan hospital; written during the session of 2026-12-07
// (the twenty-eighth) and measured held out at f2174eb and 36b2daf (and on the
// work that became 7ee3cae), the same, summary rows only; read in the same
// session; first contact: corporate 1.000/1.000/.833/.895; government
// .947/.944/.828/.938; intl .974/.921/.970/1.000; civil 1.000/1.000/.903/.971).
var invented190Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.912, titles: 0.969, precision: 0.930},
	"government": {recall: 0.942, speaker: 0.967, org: 0.995, titles: 0.995, precision: 0.969},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.967, titles: 0.995, precision: 0.927},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.930, titles: 0.966, precision: 0.946},
}

// invented191Floors are the figures the default extractor last measured on
// ../testdata/invented191, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Pakistan,
// Bangladesh, Sri Lanka and Nepal in English: a Pakistani bank, a Bangladeshi
// textile exporter, a Sri Lankan plantation company, a Sri Lankan ministry, a
// Punjab public-relations handout, a Bangladeshi fisheries ministry, a UN food
// agency in Nepal, a development bank in Sindh, meetings coverage in Colombo, a
// Lahore children's hospital, a Bangladeshi NGO and a Nepali university;
// written during the session of 2026-12-07 (the twenty-eighth) and measured
// held out at f2174eb and 36b2daf, the same, summary rows only; read in the
// same session; first contact: corporate 1.000/.950/1.000/1.000; government
// .925/.919/.714/.875; intl 1.000/1.000/.853/1.000; civil .975/.974/.844/.818).
var invented191Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.945, org: 0.995, titles: 0.995, precision: 0.974},
	"government": {recall: 0.945, speaker: 0.995, org: 0.901, titles: 0.967, precision: 0.927},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.951},
	"civil":      {recall: 0.970, speaker: 0.969, org: 0.870, titles: 0.934, precision: 0.972},
}

// invented192Floors are the figures the default extractor last measured on
// ../testdata/invented192, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Francophone
// Africa in English: a Senegalese mobile operator, a Cameroonian cement maker,
// an Ivorian cocoa processor, Senegal's fisheries ministry, Lubumbashi city
// hall, a Malagasy central bank, a UN food agency, a Great Lakes health
// commission, a UN youth-employment office, a Moroccan university, a
// Cameroonian hospital and a Congolese mining-rights NGO; written during the
// session of 2026-12-07 (the twenty-eighth) and measured held out at fe1ed9e
// and 808d23a, the same, summary rows only; partly read in the same session;
// first contact: corporate 1.000/.900/.765/1.000; government
// .974/.974/.794/1.000; intl 1.000/.974/.857/1.000; civil
// .971/.879/.808/1.000).
var invented192Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.920, org: 0.936, titles: 0.995, precision: 0.893},
	"government": {recall: 0.969, speaker: 0.995, org: 0.848, titles: 0.995, precision: 0.925},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.852, titles: 0.995, precision: 0.933},
	"civil":      {recall: 0.966, speaker: 0.934, org: 0.918, titles: 0.995, precision: 0.918},
}

// invented193Floors are the figures the default extractor last measured on
// ../testdata/invented193, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Japan, South
// Korea and Taiwan in English: a Japanese battery maker, a Korean biologics
// company, a Taiwanese micro-LED maker, a Japanese city, a Korean ministry, a
// Taiwanese energy agency, a UN disaster-risk office's forum, a North Pacific
// fisheries body, a UN ageing agency's report, a university hospital, a care
// workers' union and an ocean trust; written during the session of 2026-12-07
// (the twenty-eighth) and measured held out at fe1ed9e and 808d23a, the same,
// summary rows only; partly read in the same session; first contact: corporate
// 1.000/.951/.949/1.000; government .976/1.000/.897/1.000; intl
// .974/.947/.882/.929; civil 1.000/1.000/1.000/1.000).
var invented193Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.946, titles: 0.995, precision: 0.975},
	"government": {recall: 0.971, speaker: 0.995, org: 0.918, titles: 0.995, precision: 0.952},
	"intl":       {recall: 0.969, speaker: 0.969, org: 0.995, titles: 0.926, precision: 0.891},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.912},
}

// invented194Floors are the figures the default extractor last measured on
// ../testdata/invented194, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Egypt, Jordan,
// Tunisia and Lebanon in English: a payments company, a minerals company, an
// olive-oil producer, an irrigation ministry, a civil defence authority, a
// schools-recovery office, a UN refugee food agency, a labour migration body's
// meetings coverage, a health agency, a university, a rural women's rights
// forum and a university hospital; written during the session of 2026-12-07
// (the twenty-eighth) and measured held out at fe1ed9e and 808d23a, the same,
// summary rows only; partly read in the same session; first contact: corporate
// .976/.800/.964/.967; government .976/.800/.750/.880; intl
// .951/.846/.733/.926; civil .976/1.000/.697/.889).
var invented194Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.928},
	"government": {recall: 0.971, speaker: 0.945, org: 0.962, titles: 0.995, precision: 0.951},
	"intl":       {recall: 0.946, speaker: 0.969, org: 0.966, titles: 0.995, precision: 0.952},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.874, titles: 0.967, precision: 0.950},
}

// invented195Floors are the figures the default extractor last measured on
// ../testdata/invented195, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Germany,
// Austria, Switzerland, the Netherlands and Belgium in English: a German drive
// supplier, a Dutch logistics firm, a Swiss pharma company, a German police
// force, an Austrian federal ministry, a Dutch municipality, a Rhine
// commission, a UN-style centre in Geneva, an EU agency in Maastricht, a German
// technical university, a Belgian hospital and a Swiss NGO; written during the
// session of 2026-12-07 (the twenty-ninth) and measured held out at ac1f84f and
// 2fbcfe2, the same, summary rows only; first contact: corporate
// 1.000/.950/.892/.973; government .974/.973/.636/1.000; intl
// 1.000/.976/.784/.971; civil .972/.886/.704/.964).
var invented195Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.945, org: 0.914, titles: 0.968, precision: 0.952},
	"government": {recall: 0.995, speaker: 0.969, org: 0.966, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.995, speaker: 0.971, org: 0.914, titles: 0.966, precision: 0.931},
	"civil":      {recall: 0.995, speaker: 0.967, org: 0.924, titles: 0.961, precision: 0.879},
}

// invented196Floors are the figures the default extractor last measured on
// ../testdata/invented196, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Italy, Spain,
// Portugal and Greece in English: an Italian utility, a Spanish fruit
// processor, a Greek ferry line, a Portuguese ministry, a Spanish city council,
// a Greek ministry, a Rome-based fisheries commission, a Mediterranean water
// council, a UN-style migration office, a Portuguese university, a hospital in
// Bologna and a Greek sea-turtle NGO; written during the session of 2026-12-07
// (the twenty-ninth) and measured held out at ac1f84f and 2fbcfe2, the same,
// summary rows only; first contact: corporate 1.000/1.000/.917/1.000;
// government 1.000/1.000/.771/1.000; intl .951/.795/.931/1.000; civil
// .951/.974/.833/1.000).
var invented196Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.939, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.899},
	"intl":       {recall: 0.946, speaker: 0.969, org: 0.939, titles: 0.995, precision: 0.889},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.930, titles: 0.995, precision: 0.897},
}

// invented197Floors are the figures the default extractor last measured on
// ../testdata/invented197, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Poland,
// Ukraine, the Baltic states, Moldova and Romania in English: a Polish grid
// operator, a Ukrainian agri-holding listed in Warsaw, an Estonian fintech, a
// Polish ministry, a Moldovan water agency, a Ukrainian veterans’ service, a
// Black Sea commission, a UN recovery office, a Romania–Moldova–Ukraine delta
// commission, a Cluj medical university, a Ukrainian charity and a Polish
// nurses’ union; written during the session of 2026-12-07 (the twenty-ninth)
// and measured held out at c39cd9d and ac1f84f, the same, summary rows only;
// first contact: corporate 1.000/1.000/.875/1.000; government
// 1.000/.974/.800/.906; intl .975/1.000/1.000/1.000; civil
// 1.000/.927/.848/.967).
var invented197Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.951},
	"government": {recall: 0.995, speaker: 0.995, org: 0.928, titles: 0.901, precision: 0.947},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.852, titles: 0.995, precision: 0.974},
}

// invented198Floors are the figures the default extractor last measured on
// ../testdata/invented198, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: India in
// English: a millet foods company, a motor maker’s cell joint venture, a
// fintech, a Union ministry for inland water transport, a Tamil Nadu district
// administration, a city police force, a UN-style climate office, a labour
// migration body’s consultation, a development bank, an institute of
// technology, a charitable hospital and a domestic workers’ rights trust;
// written during the session of 2026-12-07 (the twenty-ninth) and measured held
// out at 773b26a and ae8b252, the same, summary rows only; first contact:
// corporate 1.000/.925/.970/1.000; government 1.000/.925/.655/.882; intl
// 1.000/.925/.844/.871; civil 1.000/.951/.800/.861).
var invented198Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.945, org: 0.966, titles: 0.995, precision: 0.904},
	"government": {recall: 0.995, speaker: 0.995, org: 0.776, titles: 0.887, precision: 0.971},
	"intl":       {recall: 0.995, speaker: 0.945, org: 0.965, titles: 0.933, precision: 0.972},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.895, titles: 0.860, precision: 0.952},
}

// invented199Floors are the figures the default extractor last measured on
// ../testdata/invented199, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Brazil, Angola,
// Mozambique and Cape Verde in English: a wind company, a bank, a port
// operator, a federal water agency, a fisheries ministry, a civil-protection
// institute, an ocean commission’s session, a UN-style displacement agency, a
// development bank, a university, a maternal-health NGO and a land-rights
// network; written during the session of 2026-12-07 (the twenty-ninth) and
// measured held out at 47d6e65 and ae8b252, the same, summary rows only; first
// contact: corporate 1.000/.950/.971/.914; government .976/.925/.938/.971; intl
// .951/.949/.882/.871; civil .976/.925/.857/.971).
var invented199Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.945, org: 0.966, titles: 0.909, precision: 0.928},
	"government": {recall: 0.946, speaker: 0.995, org: 0.933, titles: 0.995, precision: 0.973},
	"intl":       {recall: 0.946, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.893},
	"civil":      {recall: 0.971, speaker: 0.945, org: 0.961, titles: 0.966, precision: 0.952},
}

// invented200Floors are the figures the default extractor last measured on
// ../testdata/invented200, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Ethiopia,
// Uganda, Rwanda and Tanzania in English: a coffee exporter, a bank, a
// freight-terminal operator, a water agency, a health-emergency agency, a
// fisheries ministry, a UN-style refugee agency, a regional drought authority,
// a development bank, a university, a children’s hospital and a women farmers’
// network; written during the session of 2026-12-07 (the twenty-ninth) and
// measured held out at 47d6e65 and ae8b252, the same, summary rows only; first
// contact: corporate 1.000/.976/1.000/1.000; government .974/.895/1.000/1.000;
// intl .976/.900/.829/1.000; civil 1.000/1.000/.972/1.000).
var invented200Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.934},
	"government": {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.891},
	"intl":       {recall: 0.971, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.931},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.967, titles: 0.995, precision: 0.935},
}

// invented201Floors are the figures the default extractor last measured on
// ../testdata/invented201, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Sweden, Norway,
// Denmark, Finland and Iceland in English: a Norwegian power company, a Finnish
// oat-protein maker, a Danish medical-device firm, a Swedish coastal-protection
// agency, a ministry for regional connectivity, a Finnish police department, a
// northern marine research council, a UN-style Arctic maritime-safety office, a
// Nordic climate finance bank, a university of technology, a university
// hospital and an Icelandic food-aid charity; written during the session of
// 2026-12-07 (the thirtieth) and measured held out at f695b65, 3e506ab and
// 1d8c207, the same, summary rows only; first contact: corporate
// 1.000/.951/.744/.923; government 1.000/.921/.774/1.000; intl
// .976/.950/.971/1.000; civil .976/.878/.967/1.000).
var invented201Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.873, titles: 0.995, precision: 0.908},
	"government": {recall: 0.995, speaker: 0.942, org: 0.964, titles: 0.995, precision: 0.953},
	"intl":       {recall: 0.971, speaker: 0.945, org: 0.966, titles: 0.995, precision: 0.910},
	"civil":      {recall: 0.971, speaker: 0.971, org: 0.966, titles: 0.995, precision: 0.937},
}

// invented202Floors are the figures the default extractor last measured on
// ../testdata/invented202, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Kazakhstan,
// Uzbekistan, Kyrgyzstan, Tajikistan and Mongolia in English: a copper miner, a
// mobile operator, a cashmere company, a Kyrgyz energy ministry, a Kazakh
// regional akimat, a Dushanbe police briefing, a UN-style water centre, a
// development bank, a migration agency, a polytechnic university, a children’s
// hospital and a garment workers’ union; written during the session of
// 2026-12-07 (the thirtieth) and measured held out at b90031c and 1d8c207, the
// same, summary rows only; first contact: corporate .950/1.000/1.000/1.000;
// government 1.000/1.000/.909/1.000; intl 1.000/1.000/.971/1.000; civil
// 1.000/.974/.968/1.000).
var invented202Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.995, speaker: 0.995, org: 0.904, titles: 0.995, precision: 0.952},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.924},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.963, titles: 0.995, precision: 0.927},
}

// invented203Floors are the figures the default extractor last measured on
// ../testdata/invented203, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the
// Philippines, Indonesia, Malaysia, Vietnam and Thailand in English: a
// battery-storage company, a halal cold-chain operator, a dairy, an Indonesian
// village ministry, a Malaysian state water regulator, a Vietnamese provincial
// People’s Committee, an ASEAN-style fire-danger centre, a regional migrants’
// forum, a UN-style nutrition agency, a university, a hospital and a coastal
// NGO; written during the session of 2026-12-07 (the thirtieth) and measured
// held out at 3e506ab and 1d8c207, the same, summary rows only; first contact:
// corporate .976/1.000/.921/.974; government 1.000/.951/.743/1.000; intl
// 1.000/.950/.818/.893; civil 1.000/.975/.750/.853).
var invented203Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.970, precision: 0.955},
	"government": {recall: 0.995, speaker: 0.995, org: 0.806, titles: 0.995, precision: 0.955},
	"intl":       {recall: 0.995, speaker: 0.945, org: 0.874, titles: 0.888, precision: 0.971},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.839, titles: 0.848, precision: 0.844},
}

// invented204Floors are the figures the default extractor last measured on
// ../testdata/invented204, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Morocco,
// Algeria, Libya and Mauritania in English: a wind company, an insulin-pen
// maker, a seafood cold-storage firm, a Libyan water authority, a Moroccan
// oasis agency, an Algerian wilaya, a UN-style food-security office, a Maghreb
// water commission’s session, a land-release body, a university, a paramedics’
// union and a children’s heart charity; written during the session of
// 2026-12-07 (the thirtieth) and measured held out at b354857 and ddddd8d, the
// same, summary rows only; first contact: corporate 1.000/.950/1.000/1.000;
// government 1.000/.947/.727/.943; intl .950/1.000/.941/1.000; civil
// 1.000/1.000/.935/.971).
var invented204Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.942, org: 0.813, titles: 0.938, precision: 0.904},
	"intl":       {recall: 0.945, speaker: 0.995, org: 0.936, titles: 0.995, precision: 0.931},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.963, titles: 0.995, precision: 0.925},
}

// invented205Floors are the figures the default extractor last measured on
// ../testdata/invented205, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Sudan, South
// Sudan, Somalia, Djibouti and Eritrea in English: a port operator, a telecom,
// a coffee exporter, three ministries (South Sudan, Djibouti, Eritrea), a
// UN-style humanitarian office in Sudan, a regional drought authority, a flood
// fund, a university, a hospital in Garowe and a women’s water NGO; written
// during the session of 2026-12-07 (the thirtieth) and measured held out at
// b354857 and ddddd8d, the same, summary rows only; first contact: corporate
// .951/.923/.909/1.000; government .975/.974/1.000/1.000; intl
// 1.000/.975/1.000/.970; civil 1.000/.951/.871/1.000).
var invented205Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.946, org: 0.907, titles: 0.995, precision: 0.972},
	"government": {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.965, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.946, org: 0.963, titles: 0.995, precision: 0.897},
}

// invented206Floors are the figures the default extractor last measured on
// ../testdata/invented206, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Fiji, Papua New
// Guinea, Samoa, Solomon Islands, Vanuatu and Tonga in English: a telecom, a
// coffee mill, a power company, a health ministry, a disaster office, an
// infrastructure ministry, a regional ocean council’s session, a UN-style
// labour agency, an aviation safety office, a university, a children’s hospital
// and a market vendors’ association; written during the session of 2026-12-07
// (the thirtieth) and measured held out at b354857 and ddddd8d, the same,
// summary rows only; first contact: corporate 1.000/.925/.848/.886; government
// 1.000/.949/.688/.886; intl .641/.960/1.000/.905; civil
// 1.000/1.000/1.000/.946).
var invented206Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.856, titles: 0.890, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.944, org: 0.933, titles: 0.938, precision: 0.910},
	"intl":       {recall: 0.969, speaker: 0.969, org: 0.995, titles: 0.934, precision: 0.950},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.941, precision: 0.995},
}

// invented207Floors are the figures the default extractor last measured on
// ../testdata/invented207, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Israel, Cyprus
// and Malta in English: a water-technology company, a listed hotel group, a
// solar developer, a coastal protection authority, a deputy ministry for civil
// protection, a ministry for urban mobility, a UN-style partnership office in
// Nicosia, a fisheries commission in Valletta, a tsunami-warning council’s
// session, a university of technology, a hospital and a turtle-conservation
// NGO; written during the session of 2026-12-07 (the thirtieth) and measured
// held out at 6a15207 and 3912245, the same, summary rows only; first contact:
// corporate .974/1.000/.914/1.000; government 1.000/1.000/.867/.971; intl
// .974/.973/1.000/1.000; civil 1.000/.914/.913/1.000).
var invented207Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.948},
	"government": {recall: 0.995, speaker: 0.995, org: 0.862, titles: 0.966, precision: 0.970},
	"intl":       {recall: 0.969, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.922},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.912, titles: 0.995, precision: 0.897},
}

// invented208Floors are the figures the default extractor last measured on
// ../testdata/invented208, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Madagascar,
// Mauritius, Seychelles and the Comoros in English: a mobile operator, a sugar
// and energy group’s results, a seafood processor, a health ministry, a police
// service, an energy ministry, a regional council of island States, a UN-style
// food agency, an election observation mission, a university, a reforestation
// NGO and a dockers’ union federation; written during the session of 2026-12-07
// (the thirtieth) and measured held out at 3912245 and c536289, the same,
// summary rows only; first contact: corporate .975/1.000/.816/1.000; government
// 1.000/.973/.844/.969; intl 1.000/.878/.853/.968; civil
// 1.000/.973/.931/1.000).
var invented208Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.904},
	"government": {recall: 0.995, speaker: 0.968, org: 0.901, titles: 0.964, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.946, org: 0.779, titles: 0.966, precision: 0.957},
	"civil":      {recall: 0.995, speaker: 0.968, org: 0.926, titles: 0.995, precision: 0.877},
}

// invented209Floors are the figures the default extractor last measured on
// ../testdata/invented209, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Iraq (including
// the Kurdistan Region), Syria and Yemen in English: a telecom, a petrochemical
// company, a coffee exporter, a water ministry, a regional health ministry, a
// governorate, a UN-style humanitarian coordination office, a reconstruction
// programme’s board session, a food-security commission, a university, a
// hospital and a teachers’ syndicate; written during the session of 2026-12-07
// (the thirtieth) and measured held out at 6a15207 and 3912245, the same,
// summary rows only; first contact: corporate 1.000/1.000/.829/1.000;
// government .973/1.000/.879/.941; intl .971/1.000/1.000/1.000; civil
// 1.000/.976/.938/1.000).
var invented209Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.909, titles: 0.995, precision: 0.971},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.900},
	"intl":       {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.884},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.933, titles: 0.995, precision: 0.875},
}

// invented210Floors are the figures the default extractor last measured on
// ../testdata/invented210, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Hong Kong,
// Macao, Singapore and Brunei in English: a logistics company, a bank, a halal
// food maker, a Hong Kong government department, a Singapore agency, a Macao
// bureau, a UN-style programme, a haze centre, a dengue partnership, a
// university, a migrant-worker charity and a hospital; written during the
// session of 2026-12-07 (the thirtieth) and measured held out at 8058830 (once:
// added at the session's end, unread), summary rows only; first contact:
// corporate 1.000/1.000/.944/.944; government 1.000/.923/.767/.967; intl
// 1.000/.925/.806/.886; civil 1.000/.900/.793/.968).
var invented210Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.967, titles: 0.967, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.947},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.916, titles: 0.967, precision: 0.930},
	"civil":      {recall: 0.995, speaker: 0.945, org: 0.892, titles: 0.995, precision: 0.951},
}

// invented211Floors are the figures the default extractor last measured on
// ../testdata/invented211, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the Czech
// Republic, Slovakia, Hungary, Slovenia and Croatia in English: a power
// company, a bank, a drug maker, a rail directorate, a water agency, a police
// administration, a heritage fund, a UN-style climate centre, a river
// commission’s session, a university, a county hospital and an NGO; written
// during the session of 2026-12-07 (the thirtieth) and measured held out at
// 8058830 (once: added at the session's end, unread), summary rows only; first
// contact: corporate .974/1.000/.667/1.000; government .941/1.000/.867/.900;
// intl 1.000/.909/.767/1.000; civil .971/.941/.852/.903).
var invented211Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.948},
	"government": {recall: 0.936, speaker: 0.995, org: 0.962, titles: 0.962, precision: 0.967},
	"intl":       {recall: 0.995, speaker: 0.965, org: 0.776, titles: 0.995, precision: 0.890},
	"civil":      {recall: 0.966, speaker: 0.995, org: 0.926, titles: 0.904, precision: 0.897},
}

// invented212Floors are the figures the default extractor last measured on
// ../testdata/invented212, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Zambia,
// Zimbabwe, Malawi, Botswana and Namibia in English: a copper miner, a bank, a
// dairy, a water ministry, a fisheries ministry, a municipal council, a
// UN-style agency, a river-basin commission, a disease-control centre, a
// university, a mission hospital and a conservation trust; written during the
// session of 2026-12-07 (the thirtieth) and measured held out at 8058830 (once:
// added at the session's end, unread), summary rows only; first contact:
// corporate 1.000/.951/.882/1.000; government 1.000/1.000/.938/.895; intl
// .975/.949/.943/.938; civil 1.000/1.000/.964/1.000).
var invented212Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.952},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.942, precision: 0.930},
	"intl":       {recall: 0.995, speaker: 0.945, org: 0.995, titles: 0.934, precision: 0.973},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.959, titles: 0.995, precision: 0.952},
}

// invented213Floors are the figures the default extractor last measured on
// ../testdata/invented213, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the US
// territories and freely associated states in English: a Guam telecom company,
// a Puerto Rico drug maker, a Virgin Islands marine terminal, American Samoa’s
// marine resources department, a Puerto Rico emergency office, a Northern
// Marianas customs and police office, a Palau-based ocean council, a UN-style
// office in the Marshall Islands, a Micronesia health partnership, a university
// on Saipan, a Puerto Rico children’s hospital and a Virgin Islands teachers’
// union; written during the session of 2026-12-07 (the thirty-first) and
// measured held out at 1e783f6 and 7de9a88, the same rows each time, summary
// rows only; first contact: corporate .976/.975/.917/1.000; government
// 1.000/1.000/.622/1.000; intl .947/.944/.933/.844; civil
// 1.000/.902/.938/.912).
var invented213Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.950},
	"government": {recall: 0.995, speaker: 0.995, org: 0.806, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.942, speaker: 0.967, org: 0.928, titles: 0.843, precision: 0.908},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.934},
}

// invented214Floors are the figures the default extractor last measured on
// ../testdata/invented214, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Central Africa
// (Cameroon, the two Congos, Gabon, Chad, the Central African Republic and
// Equatorial Guinea) in English: a cocoa processor, a cobalt miner, an airline,
// a roads agency, a police command, a forest ministry, a UN-style humanitarian
// office, a peatlands commission, a children’s agency, a university, a hospital
// and a teachers’ union; written during the session of 2026-12-07 (the
// thirty-first) and measured held out at 1e783f6 and 7de9a88, the same rows
// each time, summary rows only; first contact: corporate .925/.919/.935/.970;
// government .974/.947/.929/1.000; intl 1.000/.973/.833/.926; civil
// .919/.912/.833/1.000).
var invented214Floors = map[string]pressFigures{
	"corporate":  {recall: 0.920, speaker: 0.968, org: 0.933, titles: 0.966, precision: 0.925},
	"government": {recall: 0.969, speaker: 0.995, org: 0.924, titles: 0.995, precision: 0.952},
	"intl":       {recall: 0.995, speaker: 0.968, org: 0.828, titles: 0.921, precision: 0.873},
	"civil":      {recall: 0.914, speaker: 0.907, org: 0.828, titles: 0.995, precision: 0.855},
}

// invented215Floors are the figures the default extractor last measured on
// ../testdata/invented215, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Iran,
// Afghanistan, Turkmenistan, Bhutan and the Maldives in English: a drug maker,
// a resort company, a transit company, an atoll resilience agency, a
// wildlife-conflict office, a water authority, a river basin council, a
// mountain-pastoralist fund, a customs-and-transit body, a university, a
// mother-and-child hospital and a diaspora girls’ learning charity; written
// during the session of 2026-12-07 (the thirty-first) and measured held out at
// 1e783f6 and 7de9a88, the same rows each time, summary rows only; first
// contact: corporate .975/.974/.972/1.000; government .975/1.000/.722/.811;
// intl .974/.947/.879/1.000; civil 1.000/.925/1.000/1.000).
var invented215Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.969, org: 0.967, titles: 0.995, precision: 0.971},
	"government": {recall: 0.970, speaker: 0.995, org: 0.884, titles: 0.995, precision: 0.928},
	"intl":       {recall: 0.995, speaker: 0.969, org: 0.881, titles: 0.995, precision: 0.973},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.895},
}

// invented216Floors are the figures the default extractor last measured on
// ../testdata/invented216, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Myanmar,
// Cambodia, Laos and Timor-Leste in English: a bank, a logistics group, a power
// company, a fisheries ministry, a civil-protection secretariat, a capital’s
// police command reported by a wire, a UN-style nutrition agency, a river
// council’s ministerial meeting, a UN humanitarian office, a children’s
// hospital, a women’s savings NGO and a university; written during the session
// of 2026-12-07 (the thirty-first) and measured held out at c4dfebd and
// 684853c, the same rows each time, summary rows only; first contact: corporate
// 1.000/.951/1.000/1.000; government 1.000/.923/.839/.939; intl
// .974/.973/1.000/1.000; civil 1.000/.889/1.000/.962).
var invented216Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.946, org: 0.995, titles: 0.995, precision: 0.948},
	"government": {recall: 0.995, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.948},
	"intl":       {recall: 0.969, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.912, org: 0.995, titles: 0.957, precision: 0.879},
}

// invented217Floors are the figures the default extractor last measured on
// ../testdata/invented217, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Liberia, Sierra
// Leone, the Gambia, Guinea and Guinea-Bissau in English: a mobile operator, a
// gold miner, a cashew processor, a rural water authority, a fisheries
// ministry, a commerce ministry, a UN field office, a fisheries commission, an
// epidemic centre, a university, a safe-motherhood NGO and a plantation
// workers’ union; written during the session of 2026-12-07 (the thirty-first)
// and measured held out at c4dfebd and 684853c, the same rows each time,
// summary rows only; first contact: corporate .950/1.000/1.000/1.000;
// government 1.000/1.000/1.000/1.000; intl .949/.919/.824/.971; civil
// 1.000/.925/.879/.886).
var invented217Floors = map[string]pressFigures{
	"corporate":  {recall: 0.945, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.867},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.944, speaker: 0.941, org: 0.909, titles: 0.966, precision: 0.902},
	"civil":      {recall: 0.995, speaker: 0.945, org: 0.907, titles: 0.912, precision: 0.906},
}

// invented218Floors are the figures the default extractor last measured on
// ../testdata/invented218, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the North
// Atlantic and Arctic (Greenland, the Faroe Islands, Svalbard, Nunavut, the
// Northwest Territories, Alaska’s North Slope) in English: a seafood firm, a
// salmon farmer, a Native-corporation energy firm, a Nunavut department, a
// wildfire department, a Faroese ministry, a polar maritime forum, a UN-style
// environment programme, a fisheries commission, a hospital, a food charity and
// a seabird institute; written during the session of 2026-12-07 (the
// thirty-first) and measured held out at c4dfebd and 684853c, the same rows
// each time, summary rows only; first contact: corporate 1.000/1.000/.590/.925;
// government .975/.897/.778/.750; intl 1.000/.825/.818/.933; civil
// 1.000/.974/.800/.909).
var invented218Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.867, titles: 0.945, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.945, org: 0.862, titles: 0.834, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.970, org: 0.916, titles: 0.966, precision: 0.867},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.862, titles: 0.904, precision: 0.971},
}

// invented219Floors are the figures the default extractor last measured on
// ../testdata/invented219, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Luxembourg,
// Liechtenstein, Monaco, Andorra and San Marino in English: a satellite
// operator, a private bank, a power company, a mobility ministry, the
// Liechtenstein government, a San Marino secretariat of state, a Monaco-based
// sea commission, UN-style meetings coverage of a small-states forum, an EU
// agency, a university, a hospital and a foundation; written during the session
// of 2026-12-07 (the thirty-first) and measured held out at 7d0cb59 and
// 0ad79e7, the same rows each time, summary rows only; first contact: corporate
// .951/.974/.865/.895; government .976/.975/.897/1.000; intl
// 1.000/1.000/.974/.931; civil 1.000/.951/.758/.971).
var invented219Floors = map[string]pressFigures{
	"corporate":  {recall: 0.946, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.908},
	"government": {recall: 0.971, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.950},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.926, precision: 0.844},
	"civil":      {recall: 0.995, speaker: 0.971, org: 0.848, titles: 0.995, precision: 0.897},
}

// invented220Floors are the figures the default extractor last measured on
// ../testdata/invented220, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Haiti, the
// Dominican Republic, Cuba and Jamaica in English: a power producer, a telecom
// company, a mango exporter, a government information service, a water utility,
// a civil protection directorate, a UN-style food agency, an intergovernmental
// council’s meetings coverage, a migration agency, a marine institute, a
// hospital and a hotel workers’ union; written during the session of 2026-12-07
// (the thirty-first) and measured held out at 7d0cb59 and 0ad79e7, the same
// rows each time, summary rows only; first contact: corporate
// 1.000/1.000/.889/.900; government 1.000/.974/.621/.917; intl
// .925/.946/.903/1.000; civil 1.000/.951/.694/.974).
var invented220Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.970, precision: 0.912},
	"government": {recall: 0.995, speaker: 0.969, org: 0.788, titles: 0.967, precision: 0.995},
	"intl":       {recall: 0.920, speaker: 0.941, org: 0.930, titles: 0.995, precision: 0.972},
	"civil":      {recall: 0.995, speaker: 0.946, org: 0.745, titles: 0.969, precision: 0.953},
}

// invented221Floors are the figures the default extractor last measured on
// ../testdata/invented221, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Scotland,
// Wales, Northern Ireland, the Isle of Man and the Channel Islands in English:
// a tidal developer, a biotech, an aerostructures firm, devolved and island
// governments, a harbours department, a regional council, a treaty secretariat,
// a sea commission, a university, a housing charity and a carers’ charity;
// written during the session of 2026-12-07 (the thirty-first) and measured held
// out at 7d0cb59 and 0ad79e7, the same rows each time, summary rows only; first
// contact: corporate 1.000/1.000/.895/.974; government .973/.944/.824/.844;
// intl .951/.974/.737/1.000; civil .976/.950/.800/.970).
var invented221Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.942, titles: 0.969, precision: 0.915},
	"government": {recall: 0.968, speaker: 0.939, org: 0.819, titles: 0.933, precision: 0.927},
	"intl":       {recall: 0.946, speaker: 0.969, org: 0.732, titles: 0.995, precision: 0.852},
	"civil":      {recall: 0.971, speaker: 0.970, org: 0.795, titles: 0.966, precision: 0.799},
}

// invented222Floors are the figures the default extractor last measured on
// ../testdata/invented222, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Native American
// tribal nations, Canadian First Nations, Inuit, Métis, Sámi and Māori bodies
// in English: a First Nation’s development corporation, a Māori holding
// company, an Inuit development corporation, a band council, a Sámi land
// assembly, a Métis nation, an Arctic experts’ forum, a Pacific customary
// fisheries commission, a UN-style climate facility, a tribal college, a First
// Nations health authority and a Māori housing trust; written during the
// session of 2026-12-07 (the thirty-second) and measured held out at bd032d5
// and f30c283, the same rows each time, summary rows only; first contact:
// corporate 1.000/1.000/.951/.951; government 1.000/.974/.657/1.000; intl
// 1.000/.976/.944/1.000; civil .976/.975/.903/.875).
var invented222Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.946, titles: 0.946, precision: 0.951},
	"government": {recall: 0.995, speaker: 0.969, org: 0.824, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.971, org: 0.939, titles: 0.995, precision: 0.917},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.901, titles: 0.874, precision: 0.895},
}

// invented223Floors are the figures the default extractor last measured on
// ../testdata/invented223, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: European
// regions in English (Bavaria, Lombardy, Brittany, Styria, Lesser Poland,
// Aragon, Wallonia, Flanders, the Marche): a hydrogen company, an engineering
// firm, a floating wind developer, a state government, a marshal’s office, a
// regional government, a cross-border grouping, a conference of regional
// parliaments, a health observatory, a hospital, a food bank and a polytechnic;
// written during the session of 2026-12-07 (the thirty-second) and measured
// held out at bd032d5 and f30c283, the same rows each time, summary rows only;
// first contact: corporate 1.000/1.000/.816/1.000; government
// .974/.974/.758/1.000; intl 1.000/.923/.879/1.000; civil
// .971/1.000/.759/.931).
var invented223Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.837, titles: 0.995, precision: 0.904},
	"government": {recall: 0.969, speaker: 0.969, org: 0.753, titles: 0.995, precision: 0.924},
	"intl":       {recall: 0.995, speaker: 0.918, org: 0.934, titles: 0.995, precision: 0.930},
	"civil":      {recall: 0.966, speaker: 0.995, org: 0.823, titles: 0.926, precision: 0.897},
}

// invented224Floors are the figures the default extractor last measured on
// ../testdata/invented224, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the Sahel
// (Mali, Niger, Burkina Faso, Chad, Mauritania, Senegal) in English: a mobile
// operator, a fishing group, a solar company, a water ministry, a health
// ministry, a city commune, a UN-style Sahel office, a regional pastoralism
// commission, a dryland agriculture fund, an agronomy university, a
// mother-and-child hospital and a girls’ education charity; written during the
// session of 2026-12-07 (the thirty-second) and measured held out at bd032d5
// and f30c283, the same rows each time, summary rows only; first contact:
// corporate .976/.925/1.000/1.000; government .949/.946/.885/.893; intl
// .951/.872/.875/.867; civil 1.000/.927/.964/.971).
var invented224Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.920, org: 0.995, titles: 0.995, precision: 0.884},
	"government": {recall: 0.944, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.879},
	"intl":       {recall: 0.946, speaker: 0.892, org: 0.934, titles: 0.866, precision: 0.838},
	"civil":      {recall: 0.995, speaker: 0.946, org: 0.959, titles: 0.939, precision: 0.950}, // (titles lowered from .966 on 2026-12-08: a dash-signed girl's quotation comes to her, her titles judged)
}

// invented225Floors are the figures the default extractor last measured on
// ../testdata/invented225, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: mainland China
// in English: a wind-turbine maker, a drug group, a carmaker, a national
// waterways administration, a city government, a national grain agency, a
// UN-style energy centre, a China-Africa health alliance, a port council, a
// university, a children’s hospital and a grassland foundation; written during
// the session of 2026-12-07 (the thirty-second) and measured held out at
// 839099e and a03bb37, the same rows each time, summary rows only; first
// contact: corporate 1.000/.974/.806/1.000; government .950/.974/.933/1.000;
// intl .975/1.000/.939/.906; civil 1.000/1.000/.935/.971).
var invented225Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.908},
	"government": {recall: 0.945, speaker: 0.969, org: 0.928, titles: 0.995, precision: 0.947},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.934, titles: 0.995, precision: 0.884},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.963, titles: 0.966, precision: 0.995},
}

// invented226Floors are the figures the default extractor last measured on
// ../testdata/invented226, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Kenya, Somalia,
// Djibouti and South Sudan in English: a telecom, a shipping group, a bank, a
// national ministry, a federal ministry, a road-safety agency, a UN-style
// housing agency, an intergovernmental livestock commission, a UN-style returns
// office, a university, a hospital and a health workers’ union; written during
// the session of 2026-12-07 (the thirty-second) and measured held out at
// a03bb37 and 69f7349, the same rows each time, summary rows only; first
// contact: corporate 1.000/.976/.946/1.000; government 1.000/1.000/.971/.946;
// intl 1.000/1.000/.812/1.000; civil .949/.946/.875/.941).
var invented226Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.941, titles: 0.995, precision: 0.934},
	"government": {recall: 0.995, speaker: 0.995, org: 0.966, titles: 0.941, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.933, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.969, speaker: 0.942, org: 0.965, titles: 0.995, precision: 0.969},
}

// invented227Floors are the figures the default extractor last measured on
// ../testdata/invented227, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Nigeria in
// English: a cement maker, a fintech, an agribusiness, a federal flood
// commission, a state health ministry, a state police command, a UN-style
// nutrition agency, a West African trade council, a development bank, a
// university, a girls’ education trust and a teaching hospital; written during
// the session of 2026-12-07 (the thirty-second) and measured held out at
// a03bb37 and 69f7349, the same rows each time, summary rows only; first
// contact: corporate .976/.850/.900/.912; government .950/1.000/.968/.941; intl
// .975/.949/.971/.914; civil .973/.944/1.000/.969).
var invented227Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.920, org: 0.904, titles: 0.941, precision: 0.974},
	"government": {recall: 0.945, speaker: 0.995, org: 0.963, titles: 0.936, precision: 0.904},
	"intl":       {recall: 0.970, speaker: 0.944, org: 0.966, titles: 0.909, precision: 0.951},
	"civil":      {recall: 0.968, speaker: 0.939, org: 0.995, titles: 0.964, precision: 0.970},
}

// invented228Floors are the figures the default extractor last measured on
// ../testdata/invented228, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Québec, Acadia
// and francophone Ontario in English: an Acadian caisse, a composites maker, a
// dairy cooperative, a Québec ministry, an Acadian city, a Nova Scotia
// department, a convention secretariat, a francophone agency, a navigation
// body, a university, a hospital and a CEGEP teachers’ union; written during
// the session of 2026-12-07 (the thirty-second) and measured held out at
// 5a93be6, summary rows only, first contact: corporate 1.000/.976/.432/1.000;
// government 1.000/.972/.312/1.000; intl .973/.944/.844/1.000; civil
// .943/.970/.593/.893; then read before a second measurement, and 83fd859's
// Romance-name and date-line rules came from it: at 83fd859 corporate
// 1.000/.976/.622/1.000; government 1.000/.972/.312/1.000; intl
// .973/.944/.844/1.000; civil .943/.970/.852/.893).
var invented228Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.617, titles: 0.995, precision: 0.930},
	"government": {recall: 0.995, speaker: 0.967, org: 0.307, titles: 0.995, precision: 0.946},
	"intl":       {recall: 0.968, speaker: 0.939, org: 0.839, titles: 0.995, precision: 0.927},
	"civil":      {recall: 0.938, speaker: 0.965, org: 0.847, titles: 0.888, precision: 0.862},
}

// invented229Floors are the figures the default extractor last measured on
// ../testdata/invented229, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the oceans and
// polar regions in English: shipping, fishing and cruise companies, maritime
// agencies, a Southern Ocean commission, a polar-observing council, a tuna
// forum, polar and marine institutes, a cetacean trust and a seafarers’
// hospital; written during the session of 2026-12-07 (the thirty-second) and
// measured held out at 5a93be6 and 83fd859, the same rows each time, summary
// rows only; first contact: corporate 1.000/1.000/.919/.865; government
// 1.000/1.000/.742/.971; intl .975/.974/.971/1.000; civil
// 1.000/.972/.862/.900).
var invented229Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.914, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.995, org: 0.834, titles: 0.966, precision: 0.904},
	"intl":       {recall: 0.970, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.865},
	"civil":      {recall: 0.995, speaker: 0.967, org: 0.857, titles: 0.895, precision: 0.941},
}

// invented230Floors are the figures the default extractor last measured on
// ../testdata/invented230, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Ghana in
// English: a cocoa grinder, a fintech, a port terminal, a ministry, a municipal
// assembly, a regional coordinating council, a fisheries commission, a UN
// school-meals fund, a UN regional office, a university, a mission hospital and
// an NGO coalition; written during the session of 2026-12-07 (the
// thirty-second) and measured held out at 5a93be6 and 83fd859, the same rows
// each time, summary rows only; first contact: corporate .976/.950/.943/.947;
// government .976/.975/.788/.921; intl .951/1.000/.811/1.000; civil
// .976/.975/.939/.973).
var invented230Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.945, org: 0.938, titles: 0.942, precision: 0.897},
	"government": {recall: 0.971, speaker: 0.970, org: 0.813, titles: 0.916, precision: 0.893},
	"intl":       {recall: 0.946, speaker: 0.995, org: 0.833, titles: 0.995, precision: 0.877},
	"civil":      {recall: 0.971, speaker: 0.995, org: 0.934, titles: 0.969, precision: 0.918},
}

// invented231Floors are the figures the default extractor last measured on
// ../testdata/invented231, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// sport in many countries in English: clubs and a league, a sports ministry, a
// city events office, a sport department, international federations, an
// anti-doping body, a cricketers’ union, a sports university and a girls’
// hockey charity; written during the session of 2026-12-07 (the thirty-second)
// and measured held out at a0976c0 and e642010, the same rows each time,
// summary rows only; first contact: corporate 1.000/.951/.722/1.000; government
// .974/1.000/.971/.968; intl .975/.974/.971/.879; civil 1.000/.949/.906/1.000).
var invented231Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.939, titles: 0.995, precision: 0.897},
	"government": {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.947},
	"intl":       {recall: 0.970, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.904},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.933, titles: 0.995, precision: 0.972},
}

// invented232Floors are the figures the default extractor last measured on
// ../testdata/invented232, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: faith-based
// bodies in many countries in English: a pilgrimage travel firm, a candle
// maker, a church insurer, religious affairs ministries and departments, a
// church fellowship, an ecumenical council, an interreligious council, a
// diocese, a mosque council and a temple trust; written during the session of
// 2026-12-07 (the thirty-second) and measured held out at a0976c0 and e642010,
// the same rows each time, summary rows only; first contact: corporate
// .951/.949/.844/1.000; government .975/.949/.857/.917; intl
// .975/.769/.931/.966; civil 1.000/.900/.933/1.000).
var invented232Floors = map[string]pressFigures{
	"corporate":  {recall: 0.946, speaker: 0.944, org: 0.901, titles: 0.995, precision: 0.928},
	"government": {recall: 0.970, speaker: 0.969, org: 0.856, titles: 0.914, precision: 0.930},
	"intl":       {recall: 0.970, speaker: 0.841, org: 0.933, titles: 0.995, precision: 0.910},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.874, titles: 0.995, precision: 0.950},
}

// invented233Floors are the figures the default extractor last measured on
// ../testdata/invented233, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// work in many countries in English: a staffing group, an engineering employer,
// a logistics firm, labour inspectorates and departments, a UN-style labour
// commission, an employers’ council, a regional labour council and three
// unions; written during the session of 2026-12-07 (the thirty-second) and
// measured held out at a0976c0 and e642010, the same rows each time, summary
// rows only; first contact: corporate .976/1.000/.974/.975; government
// .756/1.000/.923/1.000; intl .947/.972/1.000/1.000; civil
// 1.000/.974/1.000/.882).
var invented233Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.895},
	"government": {recall: 0.971, speaker: 0.995, org: 0.824, titles: 0.995, precision: 0.971}, // (org lowered at the commit that found seven more records, 0.923 -> 0.818)
	"intl":       {recall: 0.942, speaker: 0.967, org: 0.995, titles: 0.995, precision: 0.884},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.877, precision: 0.971},
}

// invented234Floors are the figures the default extractor last measured on
// ../testdata/invented234, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// culture, arts and heritage in many countries in English: a record label, a
// gallery group, a film studio, culture and heritage departments and a heritage
// recovery office, a living-heritage council, a Caribbean festival secretariat,
// a heritage crisis fund with a Pacific network, a museum, an orchestra and an
// artists’ guild; written during the session of 2026-12-07 (the thirty-third)
// and measured held out at d392f34 and 3ae6f4d, the same rows each time,
// summary rows only; first contact: corporate 1.000/.976/1.000/.895; government
// .927/.974/.867/.861; intl .974/.921/.844/.968; civil 1.000/.897/.633/.879).
var invented234Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.908},
	"government": {recall: 0.922, speaker: 0.969, org: 0.995, titles: 0.939, precision: 0.908},
	"intl":       {recall: 0.969, speaker: 0.916, org: 0.870, titles: 0.963, precision: 0.931},
	"civil":      {recall: 0.995, speaker: 0.892, org: 0.695, titles: 0.904, precision: 0.948},
}

// invented235Floors are the figures the default extractor last measured on
// ../testdata/invented235, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// transport in many countries in English: an airline, a rail operator, a
// container line, a transport ministry, an accident investigation board, a port
// authority, a maritime council, an airline federation, a rail corridor
// council, a road-safety charity, a transport union and a walking-and-cycling
// group; written during the session of 2026-12-07 (the thirty-third) and
// measured held out at d392f34 and 3ae6f4d, the same rows each time, summary
// rows only; first contact: corporate .975/1.000/1.000/1.000; government
// .973/.944/.966/.969; intl .974/1.000/1.000/1.000; civil .975/.923/.808/.929).
var invented235Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.946},
	"government": {recall: 0.968, speaker: 0.939, org: 0.961, titles: 0.964, precision: 0.897},
	"intl":       {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.855},
	"civil":      {recall: 0.970, speaker: 0.944, org: 0.803, titles: 0.926, precision: 0.852},
}

// invented236Floors are the figures the default extractor last measured on
// ../testdata/invented236, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: farming, food
// and rural life in many countries in English: a seed company, a dairy, a fruit
// co-operative, an agriculture ministry, a food-safety authority, a dryland
// development board, a fisheries body, a plant-health agency, a rice research
// centre, a food bank network, a farmers’ union and an agricultural college;
// written during the session of 2026-12-07 (the thirty-third) and measured held
// out at d392f34 and 3ae6f4d, the same rows each time, summary rows only; first
// contact: corporate .974/.974/.857/.973; government .950/1.000/.938/1.000;
// intl 1.000/1.000/1.000/1.000; civil 1.000/.925/.935/.939).
var invented236Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.969, org: 0.909, titles: 0.968, precision: 0.835},
	"government": {recall: 0.970, speaker: 0.995, org: 0.934, titles: 0.995, precision: 0.925},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.863},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.873},
}

// invented237Floors are the figures the default extractor last measured on
// ../testdata/invented237, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// health and medicine in many countries in English: a biopharma company, a
// hospital group, a medical-device maker, a health ministry, a medicines
// regulator, a county public-health department, an epidemic-response steering
// committee, a global tuberculosis fund, a newborn-sepsis research network, a
// diabetes patients’ association, a rural emergency-care campaign and a
// hospice; written during the session of 2026-12-07 (the thirty-third) and
// measured held out at ba73c44 and 960665b, the same rows each time, summary
// rows only; first contact: corporate 1.000/1.000/.872/.974; government
// .974/1.000/1.000/1.000; intl 1.000/1.000/.974/1.000; civil
// 1.000/.951/1.000/.941).
var invented237Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.918},
	"government": {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.843},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.995, precision: 0.811},
	"civil":      {recall: 0.995, speaker: 0.946, org: 0.995, titles: 0.936, precision: 0.917},
}

// invented238Floors are the figures the default extractor last measured on
// ../testdata/invented238, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// energy and climate in many countries in English: a wind developer, a battery
// operator, a solar company, an energy ministry, an energy regulator, a climate
// adaptation agency, a clean-energy fund, a loss-and-damage committee, a
// methane observatory, a community energy co-operative, a glacier research
// institute and a clean-air coalition; written during the session of 2026-12-07
// (the thirty-third) and measured held out at ba73c44 and 960665b, the same
// rows each time, summary rows only; first contact: corporate
// 1.000/.976/.846/1.000; government .973/1.000/.750/.909; intl
// .976/.925/1.000/1.000; civil 1.000/1.000/.879/1.000).
var invented238Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.944, titles: 0.995, precision: 0.995},
	"government": {recall: 0.968, speaker: 0.995, org: 0.901, titles: 0.904, precision: 0.908},
	"intl":       {recall: 0.971, speaker: 0.920, org: 0.995, titles: 0.995, precision: 0.889},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.965, titles: 0.995, precision: 0.930},
}

// invented239Floors are the figures the default extractor last measured on
// ../testdata/invented239, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// science, technology and research in many countries in English: a satellite
// operator, a telecom operator, an IT-services firm, a science ministry, a
// space agency, a data-protection authority, a spectrum union, a UN science
// commission, a metrology committee, a technical university, a digital-rights
// group and an academy of sciences; written during the session of 2026-12-07
// (the thirty-third) and measured held out at ba73c44 and 960665b, the same
// rows each time, summary rows only; first contact: corporate
// 1.000/.975/.921/.974; government 1.000/.902/.871/.909; intl
// .976/1.000/1.000/1.000; civil 1.000/.923/.941/.839).
var invented239Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.852},
	"government": {recall: 0.995, speaker: 0.995, org: 0.881, titles: 0.995, precision: 0.912},
	"intl":       {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.875},
	"civil":      {recall: 0.995, speaker: 0.944, org: 0.936, titles: 0.839, precision: 0.933},
}

// invented240Floors are the figures the default extractor last measured on
// ../testdata/invented240, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// finance and banking in many countries in English: an insurer, a fintech, a
// stock exchange, a central bank, a conduct regulator, a tax administration, a
// development bank, a standard setter, a remittances council, a bank workers’
// union, a microfinance trust and an investor association; written during the
// session of 2026-12-07 (the thirty-third) and measured held out at 6ce3158 and
// c415a83 (the same rows but intl organization, .973 then 1.000 after c415a83’s
// rule, made on other sets), summary rows only; first contact: corporate
// 1.000/.976/.838/1.000; government 1.000/.925/.839/1.000; intl
// .975/1.000/.973/1.000; civil .975/.949/.963/.967).
var invented240Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.995, precision: 0.906},
	"government": {recall: 0.995, speaker: 0.920, org: 0.995, titles: 0.995, precision: 0.912},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.950},
	"civil":      {recall: 0.970, speaker: 0.944, org: 0.958, titles: 0.962, precision: 0.889}, // (organization back to .963 from 1.000: "the bank" is no longer any body whose head stands before "Limited" or "Group", which a review found misfiring)
}

// invented241Floors are the figures the default extractor last measured on
// ../testdata/invented241, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// law and justice in many countries in English: a law firm, a legal-tech
// company, an electronic-monitoring company, a justice department, a police
// force, a prisons department, an international tribunal, a justice commission,
// a prosecutors’ network, a bar association, a victims’ families group and a
// human-rights NGO; written during the session of 2026-12-07 (the thirty-third)
// and measured held out at 6ce3158 and c415a83, the same rows each time,
// summary rows only; first contact: corporate .974/.973/.943/.943; government
// 1.000/.927/.903/1.000; intl .950/.974/1.000/.969; civil
// 1.000/.925/.862/1.000).
var invented241Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.925},
	"government": {recall: 0.995, speaker: 0.971, org: 0.904, titles: 0.995, precision: 0.886},
	"intl":       {recall: 0.945, speaker: 0.969, org: 0.995, titles: 0.964, precision: 0.846},
	"civil":      {recall: 0.995, speaker: 0.945, org: 0.828, titles: 0.995, precision: 0.971},
}

// invented242Floors are the figures the default extractor last measured on
// ../testdata/invented242, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: schools,
// children and youth in many countries in English: a phonics publisher, a
// school-bus operator, a school-meal caterer, a school district, an education
// ministry, a child-safeguarding agency, a learning agency, an education body,
// a child-rights commission, a teachers’ union, a children’s charity and a
// youth robotics league; written during the session of 2026-12-07 (the
// thirty-third) and measured held out at 6ce3158 and c415a83, the same rows
// each time, summary rows only; first contact: corporate .975/.949/.771/.914;
// government .923/.861/.630/.963; intl .949/.973/.968/1.000; civil
// .973/1.000/.700/1.000).
var invented242Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.944, org: 0.909, titles: 0.995, precision: 0.948},
	"government": {recall: 0.918, speaker: 0.995, org: 0.930, titles: 0.995, precision: 0.947},
	"intl":       {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.908},
	"civil":      {recall: 0.968, speaker: 0.995, org: 0.695, titles: 0.995, precision: 0.895},
}

// invented243Floors are the figures the default extractor last measured on
// ../testdata/invented243, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// tourism, hospitality and events in many countries in English: a hotel group,
// an expedition cruise line, a festival organiser, a tourism ministry, a parks
// service, a city with its tourist board, a heritage-tourism body, a UN-style
// tourism commission, a sustainable-tourism observatory, a hotel workers’
// union, a residents’ association and a guides’ association with a homestay
// co-operative; written during the session of 2026-12-07 (the thirty-third) and
// measured held out at 057f975 and cb4a51e, the same rows each time, summary
// rows only; first contact: corporate 1.000/1.000/.632/.846; government
// .927/1.000/.889/1.000; intl 1.000/.949/1.000/1.000; civil
// 1.000/.975/.963/1.000).
var invented243Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.784, titles: 0.841, precision: 0.973},
	"government": {recall: 0.946, speaker: 0.969, org: 0.939, titles: 0.995, precision: 0.925},
	"intl":       {recall: 0.995, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.951},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.958, titles: 0.995, precision: 0.948},
}

// invented244Floors are the figures the default extractor last measured on
// ../testdata/invented244, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: housing, cities
// and urban planning in many countries in English: developers and builders, a
// retrofit company, a city, a housing ministry, a water district, a UN-style
// housing agency, a European city network, an intergovernmental housing
// commission, a renters’ union, a homelessness charity and an architects’
// guild; written during the session of 2026-12-07 (the thirty-third) and
// measured held out at 057f975 and cb4a51e, the same rows each time, summary
// rows only; first contact: corporate 1.000/1.000/.889/.921; government
// .975/.949/.871/1.000; intl .976/.950/.921/.931; civil 1.000/.975/.933/.941).
var invented244Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.884, titles: 0.916, precision: 0.946},
	"government": {recall: 0.970, speaker: 0.969, org: 0.870, titles: 0.995, precision: 0.928},
	"intl":       {recall: 0.971, speaker: 0.945, org: 0.916, titles: 0.926, precision: 0.890},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.928, titles: 0.936, precision: 0.928},
}

// invented245Floors are the figures the default extractor last measured on
// ../testdata/invented245, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: humanitarian
// aid and disaster response in many countries in English: a relief-logistics
// firm, a reinsurer, an engineering group, disaster and emergency bodies, a
// UN-style relief office, a Red Cross-style federation, a pooled fund, a
// volunteer rescue team, a refugee-led network and a faith-based relief
// council; written during the session of 2026-12-07 (the thirty-third) and
// measured held out at 057f975 and cb4a51e, the same rows each time, summary
// rows only; first contact: corporate 1.000/1.000/1.000/1.000; government
// 1.000/.951/.889/.974; intl .975/.974/.914/1.000; civil
// 1.000/1.000/.686/.946).
var invented245Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.928},
	"government": {recall: 0.995, speaker: 0.971, org: 0.887, titles: 0.969, precision: 0.952},
	"intl":       {recall: 0.970, speaker: 0.969, org: 0.938, titles: 0.995, precision: 0.873},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.795, titles: 0.941, precision: 0.906},
}

// invented246Floors are the figures the default extractor last measured on
// ../testdata/invented246, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// media, publishing and journalism in many countries in English: a streamer, a
// newspaper group, a publisher, a broadcasting regulator, a communications
// department, a public broadcaster’s board, a federation of public
// broadcasters, a journalist-safety council, a press-freedom centre, a
// journalists’ union, a fact-checking group and a community-radio federation;
// written during the session of 2026-12-07 (the thirty-third) and measured held
// out at a779491 and b2cc0e9, the same rows each time, summary rows only; first
// contact: corporate 1.000/1.000/.806/.921; government .975/.923/.794/.900;
// intl 1.000/.921/1.000/1.000; civil .975/.897/.867/1.000).
var invented246Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.939, titles: 0.995, precision: 0.912},
	"government": {recall: 0.970, speaker: 0.944, org: 0.795, titles: 0.898, precision: 0.889},
	"intl":       {recall: 0.995, speaker: 0.916, org: 0.995, titles: 0.995, precision: 0.950},
	"civil":      {recall: 0.970, speaker: 0.918, org: 0.862, titles: 0.995, precision: 0.841},
}

// invented247Floors are the figures the default extractor last measured on
// ../testdata/invented247, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: mining, oil,
// gas and natural resources in many countries in English: a copper miner, a gas
// explorer, a drilling contractor, a mining ministry, a geological institute, a
// mine-safety authority, a metals study council, an extractive-transparency
// alliance, a UN-style committee, a mineworkers’ union, a host-communities
// alliance and a tailings watchdog; written during the session of 2026-12-07
// (the thirty-third) and measured held out at b2cc0e9 and 23ad7da, the same
// rows each time, summary rows only; first contact: corporate
// .868/.970/.906/1.000; government 1.000/1.000/.684/1.000; intl
// .975/.974/1.000/1.000; civil .975/.949/.886/.914).
var invented247Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.968, org: 0.912, titles: 0.995, precision: 0.849},
	"government": {recall: 0.995, speaker: 0.995, org: 0.811, titles: 0.995, precision: 0.910},
	"intl":       {recall: 0.970, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.880},
	"civil":      {recall: 0.970, speaker: 0.969, org: 0.884, titles: 0.912, precision: 0.899},
}

// invented248Floors are the figures the default extractor last measured on
// ../testdata/invented248, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: wildlife,
// forests and nature conservation in many countries in English: a safari
// operator, a carbon-credit developer, a safari-park company, a wildlife
// department, a parks authority, a wildlife bureau, a waterbird treaty
// secretariat, a forest biodiversity fund, a saiga council, a cloud-forest NGO,
// a botanic garden and a rangers’ association; written during the session of
// 2026-12-07 (the thirty-third) and measured held out at a779491 and b2cc0e9,
// the same rows each time, summary rows only; first contact: corporate
// 1.000/.878/.857/.944; government .949/1.000/.788/1.000; intl
// 1.000/.925/.794/1.000; civil 1.000/.974/.969/1.000).
var invented248Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.873, org: 0.938, titles: 0.939, precision: 0.862},
	"government": {recall: 0.944, speaker: 0.995, org: 0.904, titles: 0.995, precision: 0.946},
	"intl":       {recall: 0.995, speaker: 0.945, org: 0.936, titles: 0.995, precision: 0.971},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.964, titles: 0.995, precision: 0.971},
}

// invented249Floors are the figures the default extractor last measured on
// ../testdata/invented249, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// water, sanitation and public utilities in many countries in English: a
// desalination firm, a water company, an electricity distributor, a tariff
// regulator, a catchment agency, a water department, a sanitation fund board, a
// river commission, a UN-style sanitation office, a consumer council, a
// sanitation NGO and an engineers’ institute; written during the session of
// 2026-12-07 (the thirty-fourth) and measured held out at b2e5975 and 92e1cda,
// the same rows each time, summary rows only; first contact: corporate
// .976/.975/.919/1.000; government .976/.950/.935/1.000; intl
// 1.000/.976/1.000/1.000; civil .951/1.000/.939/.972).
var invented249Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.970, org: 0.914, titles: 0.995, precision: 0.891},
	"government": {recall: 0.971, speaker: 0.945, org: 0.930, titles: 0.995, precision: 0.930},
	"intl":       {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.920},
	"civil":      {recall: 0.946, speaker: 0.995, org: 0.934, titles: 0.967, precision: 0.931},
}

// invented250Floors are the figures the default extractor last measured on
// ../testdata/invented250, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// defence, veterans and emergency services in many countries in English: a
// shipyard, a radar maker, an armoured-vehicle maker, a fire and rescue
// service, an associate defence minister, a maritime rescue command, a defence
// partnership, a peacekeeping mission, a demining foundation, a veterans’
// alliance, a military families’ charity and a mountain rescue team; written
// during the session of 2026-12-07 (the thirty-fourth) and measured held out at
// b2e5975 and 92e1cda, the same rows each time, summary rows only; first
// contact: corporate .976/.975/.889/.972; government 1.000/.949/.818/.861; intl
// .971/.971/.594/1.000; civil 1.000/.974/.742/.914).
var invented250Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.995, org: 0.914, titles: 0.995, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.944, org: 0.843, titles: 0.912, precision: 0.972},
	"intl":       {recall: 0.966, speaker: 0.966, org: 0.839, titles: 0.995, precision: 0.897},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.930, titles: 0.909, precision: 0.913},
}

// invented251Floors are the figures the default extractor last measured on
// ../testdata/invented251, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// retail, consumer goods and trade in many countries in English: a grocer, an
// online marketplace, a food maker, a trade ministry, a competition authority,
// a customs service with a standards bureau, a trade-facilitation body, a
// customs union, a retail standards body, a consumer association, a market
// traders’ union and a fair-trade coalition; written during the session of
// 2026-12-07 (the thirty-fourth) and measured held out at b2e5975 and 92e1cda,
// the same rows each time, summary rows only; first contact: corporate
// 1.000/1.000/.949/.923; government .974/.974/.886/1.000; intl
// .947/1.000/1.000/.933; civil 1.000/.946/.857/1.000).
var invented251Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.918, precision: 0.951},
	"government": {recall: 0.969, speaker: 0.969, org: 0.881, titles: 0.995, precision: 0.928},
	"intl":       {recall: 0.942, speaker: 0.995, org: 0.995, titles: 0.928, precision: 0.862},
	"civil":      {recall: 0.995, speaker: 0.941, org: 0.852, titles: 0.995, precision: 0.900},
}

// invented252Floors are the figures the default extractor last measured on
// ../testdata/invented252, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// telecommunications, internet and digital services in many countries in
// English: a mobile operator, a data-centre operator, an IT-services firm, a
// telecoms regulator, a cyber-security agency, a communications ministry, a
// telecom union’s meeting coverage, a domain-name council, a
// school-connectivity partnership, a digital-rights institute, a telecom users’
// alliance and an open-source foundation; written during the session of
// 2026-12-07 (the thirty-fourth) and measured held out at 4ab4c18 and 0c7b99f,
// the same rows each time, summary rows only; first contact: corporate
// .976/1.000/.950/.950; government .976/1.000/.895/.975; intl
// 1.000/1.000/.900/1.000; civil 1.000/.975/.857/1.000).
var invented252Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.995, org: 0.995, titles: 0.945, precision: 0.995},
	"government": {recall: 0.971, speaker: 0.995, org: 0.916, titles: 0.970, precision: 0.913},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.920, titles: 0.995, precision: 0.973},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.856, titles: 0.995, precision: 0.910},
}

// invented253Floors are the figures the default extractor last measured on
// ../testdata/invented253, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// aviation, airports and space in many countries in English: an airline, a
// satellite operator, an aircraft-parts maker, an accident-investigation board,
// a space agency, a transport ministry, an aviation council, an air-navigation
// body, a space-safety partnership, a cabin-crew union, an aviation museum and
// a passenger-rights forum; written during the session of 2026-12-07 (the
// thirty-fourth) and measured held out at 4ab4c18 and 0c7b99f, the same rows
// each time, summary rows only; first contact: corporate 1.000/1.000/.895/.974;
// government .974/.921/.897/.935; intl 1.000/.925/.694/1.000; civil
// 1.000/.872/.920/.862).
var invented253Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.890, titles: 0.969, precision: 0.970},
	"government": {recall: 0.969, speaker: 0.916, org: 0.892, titles: 0.930, precision: 0.867},
	"intl":       {recall: 0.995, speaker: 0.945, org: 0.833, titles: 0.995, precision: 0.972},
	"civil":      {recall: 0.995, speaker: 0.944, org: 0.918, titles: 0.898, precision: 0.889},
}

// invented254Floors are the figures the default extractor last measured on
// ../testdata/invented254, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// parliaments, elections and public administration in many countries in
// English: a tabulator vendor, a polling firm, a public-affairs consultancy, an
// administrative-fairness commissioner, a parliamentary committee, an integrity
// commission, an election-observation mission, an inter-parliamentary union, a
// regional governance council, an election-monitoring coalition, an integrity
// watchdog and a political-science institute; written during the session of
// 2026-12-07 (the thirty-fourth) and measured held out at 4ab4c18 and 0c7b99f,
// the same rows each time, summary rows only; first contact: corporate
// 1.000/.974/1.000/1.000; government .974/1.000/.818/1.000; intl
// .975/.846/.833/1.000; civil .975/.923/.742/.941).
var invented254Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.912},
	"government": {recall: 0.969, speaker: 0.995, org: 0.874, titles: 0.995, precision: 0.904},
	"intl":       {recall: 0.970, speaker: 0.892, org: 0.839, titles: 0.995, precision: 0.852},
	"civil":      {recall: 0.970, speaker: 0.944, org: 0.963, titles: 0.936, precision: 0.913},
}

// invented255Floors are the figures the default extractor last measured on
// ../testdata/invented255, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// manufacturing, chemicals and heavy industry in many countries in English: a
// chemical maker, a steelmaker, a machine-tool maker, an industry ministry, a
// safety inspectorate, a permitting authority, an industrial development
// organisation, a chemicals-safety council, a standards federation, a
// steelworkers’ union, a residents’ clean-air group and an engineering society;
// written during the session of 2026-12-07 (the thirty-fourth) and measured
// held out at 18222d1 and 37d3749, the same rows each time, summary rows only;
// first contact: corporate 1.000/1.000/1.000/1.000; government
// 1.000/.976/.897/1.000; intl 1.000/1.000/.950/1.000; civil
// 1.000/.951/1.000/.971).
var invented255Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.974},
	"government": {recall: 0.995, speaker: 0.971, org: 0.969, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.934},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.967, titles: 0.967, precision: 0.857}, // (org lowered from .995 on 2026-12-08: the crane operator's signed quotation is his now, whose signature names no body)
}

// invented256Floors are the figures the default extractor last measured on
// ../testdata/invented256, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// insurance, pensions and social security in many countries in English: a
// mutual insurer, a reinsurer, a pension fund, pension and social-security
// bodies, a welfare department, a pension regulator, a social-security
// association, an insurance supervisors’ forum, an actuarial council, a
// pensioners’ alliance, a disability-rights coalition and an insurance consumer
// forum; written during the session of 2026-12-07 (the thirty-fourth) and
// measured held out at 18222d1 and 37d3749, the same rows each time, summary
// rows only; first contact: corporate 1.000/.951/1.000/1.000; government
// .976/.975/1.000/1.000; intl 1.000/1.000/.975/.917; civil
// 1.000/.900/1.000/.971).
var invented256Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.946, org: 0.995, titles: 0.995, precision: 0.838},
	"government": {recall: 0.971, speaker: 0.970, org: 0.995, titles: 0.995, precision: 0.873},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.970, titles: 0.995, precision: 0.933},
	"civil":      {recall: 0.995, speaker: 0.945, org: 0.995, titles: 0.967, precision: 0.799},
}

// invented257Floors are the figures the default extractor last measured on
// ../testdata/invented257, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// migration, borders and refugees in many countries in English: a remittance
// firm, a border-technology firm, a recruitment agency, a home-affairs
// ministry, a diaspora agency, a border guard, a migration body, a UN-style
// commission, a refugee agency, a university law clinic, a refugee-led network
// and a migrant workers’ network; written during the session of 2026-12-07 (the
// thirty-fourth) and measured held out at 18222d1 and 37d3749, the same rows
// each time, summary rows only; first contact: corporate .975/1.000/.969/1.000;
// government 1.000/.921/.767/.966; intl .974/.947/.806/.966; civil
// 1.000/.949/.857/.875).
var invented257Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.893},
	"government": {recall: 0.995, speaker: 0.969, org: 0.839, titles: 0.963, precision: 0.971},
	"intl":       {recall: 0.969, speaker: 0.942, org: 0.963, titles: 0.995, precision: 0.891},
	"civil":      {recall: 0.995, speaker: 0.944, org: 0.924, titles: 0.870, precision: 0.806},
}

// invented258Floors are the figures the default extractor last measured on
// ../testdata/invented258, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: South Asia in
// English: an Indian IT firm, a Pakistani textile maker, a Bangladeshi bank, an
// Indian union ministry, a Sri Lankan ministry, a Pakistani gas regulator, a
// UN-style office in Nepal, a regional development bank, a Bay of Bengal
// fisheries body, a Bangladeshi university, a Rajasthan NGO and a Sindh
// hospital; written during the session of 2026-12-07 (the thirty-fifth) and
// measured held out at 313461c and 48c7cd6, the same rows each time, summary
// rows only; first contact: corporate .975/.949/1.000/1.000; government
// 1.000/.950/.794/.947; intl 1.000/1.000/.923/.816; civil
// 1.000/.900/.871/1.000).
var invented258Floors = map[string]pressFigures{
	"corporate":  {recall: 0.970, speaker: 0.944, org: 0.995, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.995, org: 0.966, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.890, precision: 0.973},
	"civil":      {recall: 0.995, speaker: 0.945, org: 0.904, titles: 0.995, precision: 0.950},
}

// invented259Floors are the figures the default extractor last measured on
// ../testdata/invented259, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: city and local
// government in the UK, Ireland, the US, Canada, Australia, New Zealand and
// South Africa in English: a developer, a transit operator, a utility, borough,
// city and county councils, a city network, a regional partnership, a UN-style
// cities programme, a residents’ association, a library service and a
// neighbourhood trust; written during the session of 2026-12-07 (the
// thirty-fifth) and measured held out at 313461c and 48c7cd6, the same rows
// each time, summary rows only; first contact: corporate 1.000/1.000/.811/.921;
// government 1.000/.975/.750/.939; intl 1.000/.975/.946/.882; civil
// 1.000/.975/.735/.833).
var invented259Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.941, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.970, org: 0.884, titles: 0.995, precision: 0.952},
	"intl":       {recall: 0.995, speaker: 0.970, org: 0.941, titles: 0.877, precision: 0.952},
	"civil":      {recall: 0.995, speaker: 0.970, org: 0.877, titles: 0.967, precision: 0.910},
}

// invented260Floors are the figures the default extractor last measured on
// ../testdata/invented260, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the world of
// food, drink and nutrition in many countries in English: food processors, a
// restaurant chain, a brewery, food-safety agencies, nutrition units,
// school-meals programmes, international food and standards bodies, food banks,
// nutrition charities and consumer groups; written during the session of
// 2026-12-07 (the thirty-fifth) and measured held out at 60cbc6e and 5eb9360,
// the same rows each time, summary rows only; first contact: corporate
// 1.000/.927/1.000/1.000; government 1.000/.927/.839/.972; intl
// 1.000/.976/1.000/1.000; civil 1.000/.950/.938/1.000).
var invented260Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.895},
	"government": {recall: 0.995, speaker: 0.971, org: 0.965, titles: 0.969, precision: 0.952},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.931},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.889},
}

// invented261Floors are the figures the default extractor last measured on
// ../testdata/invented261, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the Caribbean
// and the Pacific islands in English: a telecom, a resort group, a ferry line,
// a disaster office, a prime minister’s press office, an energy authority, an
// ocean secretariat, a development bank, a UN office, a university, a church
// health service and an interfaith youth network; written during the session of
// 2026-12-07 (the thirty-fifth) and measured held out at 3e9e81c and 5ce392c,
// the same rows each time, summary rows only; first contact: corporate
// .976/.975/.974/1.000; government 1.000/.925/.594/.914; intl
// 1.000/1.000/.974/1.000; civil 1.000/1.000/.846/.949).
var invented261Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.970, org: 0.969, titles: 0.995, precision: 0.913},
	"government": {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.972},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.875},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.892, titles: 0.944, precision: 0.955},
}

// invented262Floors are the figures the default extractor last measured on
// ../testdata/invented262, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: technology,
// artificial intelligence and cybersecurity in many countries in English: an
// AI-chip maker, a security firm, a GPU-cloud start-up, a cyber agency, a
// data-protection authority, a police cyber unit, a standards council, a
// telecom council, a domain-governance body, a digital-rights group, an
// open-source foundation and a consumer federation; written during the session
// of 2026-12-07 (the thirty-fifth) and measured held out at 3e9e81c and
// 5ce392c, the same rows each time, summary rows only; first contact: corporate
// .974/1.000/1.000/1.000; government 1.000/.947/.806/1.000; intl
// .974/1.000/.919/1.000; civil 1.000/1.000/.680/.935).
var invented262Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.873},
	"government": {recall: 0.995, speaker: 0.942, org: 0.995, titles: 0.995, precision: 0.879},
	"intl":       {recall: 0.969, speaker: 0.995, org: 0.914, titles: 0.995, precision: 0.787},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.955, titles: 0.995, precision: 0.760},
}

// invented263Floors are the figures the default extractor last measured on
// ../testdata/invented263, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: Southeast Asia
// in English: a palm-oil firm, a chipmaker, a bank, a ministry, a regulator, a
// city, a haze centre, a UN country office, a development bank, a reef
// foundation, a university and a labour NGO; written during the session of
// 2026-12-07 (the thirty-fifth) and measured held out at 5ce392c and 42f0382,
// the same rows each time, summary rows only; first contact: corporate
// 1.000/.951/.944/.919; government .947/.972/.692/.969; intl
// 1.000/.946/.967/.968; civil 1.000/.974/.931/.971).
var invented263Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.942, titles: 0.916, precision: 0.906},
	"government": {recall: 0.942, speaker: 0.967, org: 0.918, titles: 0.964, precision: 0.795},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.964, titles: 0.965, precision: 0.927},
	"civil":      {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.966, precision: 0.886},
}

// invented264Floors are the figures the default extractor last measured on
// ../testdata/invented264, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: the Middle East
// and North Africa in English: a port group, a bank, an airline, a marine
// authority, a water authority, a health ministry, a development bank, a
// UN-style children’s office, a drylands organization’s ministerial meeting, a
// university, a hospital and an NGO; written during the session of 2026-12-07
// (the thirty-fifth) and measured held out at 5a41302 and 06a46b6, the same
// rows each time, summary rows only; first contact: corporate
// .974/1.000/.865/.973; government .947/1.000/.966/1.000; intl
// 1.000/.921/.735/.968; civil 1.000/1.000/.964/1.000).
var invented264Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.941, titles: 0.968, precision: 0.945},
	"government": {recall: 0.942, speaker: 0.995, org: 0.961, titles: 0.995, precision: 0.879},
	"intl":       {recall: 0.995, speaker: 0.942, org: 0.936, titles: 0.963, precision: 0.913},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.959, titles: 0.995, precision: 0.906},
}

// invented265Floors are the figures the default extractor last measured on
// ../testdata/invented265, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: universities,
// research councils and academies in English: a journal publisher, a
// lab-equipment maker, an ed-tech company, a ministry, a statistics office, a
// research council, a science union, a polar drilling consortium, UN-style
// meeting coverage, a university, a graduate students’ union and a learned
// society; written during the session of 2026-12-07 (the thirty-fifth) and
// measured held out at 06a46b6 and b83588a, the same rows each time, summary
// rows only; first contact: corporate 1.000/1.000/.725/.975; government
// .927/1.000/.892/1.000; intl 1.000/1.000/.951/.879; civil
// 1.000/.925/.882/.971).
var invented265Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.920, titles: 0.970, precision: 0.913},
	"government": {recall: 0.922, speaker: 0.995, org: 0.941, titles: 0.995, precision: 0.855},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.874, precision: 0.933},
	"civil":      {recall: 0.995, speaker: 0.920, org: 0.877, titles: 0.966, precision: 0.870},
}

// invented266Floors are the figures the default extractor last measured on
// ../testdata/invented266, minus 0.005 (twelve releases written on 2026-12-07
// by a writer who had seen neither the code nor the other sets: climate
// diplomacy, carbon markets and adaptation finance in English: a carbon
// exchange, a blue-carbon developer, a rating agency, ministries and offices in
// Fiji, Kenya and Bangladesh, an adaptation fund, a UN-style convention
// secretariat, a negotiating group of mountain countries, a youth movement, a
// think tank and an Indigenous council; written during the session of
// 2026-12-07 (the thirty-fifth) and measured held out at 5a41302 and 06a46b6,
// the same rows each time, summary rows only; first contact: corporate
// .951/.974/.971/1.000; government .974/.974/.909/.944; intl
// .975/1.000/.865/.897; civil .976/.950/.844/1.000).
var invented266Floors = map[string]pressFigures{
	"corporate":  {recall: 0.946, speaker: 0.969, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.969, speaker: 0.969, org: 0.904, titles: 0.939, precision: 0.865},
	"intl":       {recall: 0.970, speaker: 0.995, org: 0.968, titles: 0.892, precision: 0.880},
	"civil":      {recall: 0.971, speaker: 0.945, org: 0.933, titles: 0.995, precision: 0.934},
}

// invented267Floors are the figures the default extractor last measured on
// ../testdata/invented267, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// sport, culture and the arts in English: a sportswear maker, a broadcaster,
// a stadium with a ticketing platform, a sports department, a city culture
// department, an arts council, an international padel federation, an
// anti-doping authority, a heritage body's meetings coverage, a museum, an
// orchestra and a grassroots basketball charity; written during the session
// of 2026-12-07 (the thirty-sixth) and measured held out at 5eb7313 and
// cba25c6, the same rows each time, summary rows only; first contact:
// corporate .976/.927/.788/.889; government .971/.971/.923/.828; intl
// 1.000/.927/.842/.895; civil .977/1.000/1.000/.733).
var invented267Floors = map[string]pressFigures{
	"corporate":  {recall: 0.971, speaker: 0.971, org: 0.824, titles: 0.969, precision: 0.995}, // (org lowered from .874 on 2026-12-08: a rider's quotes come to her, whose team the recognizer reads as a person)
	"government": {recall: 0.966, speaker: 0.966, org: 0.995, titles: 0.926, precision: 0.892},
	"intl":       {recall: 0.995, speaker: 0.922, org: 0.837, titles: 0.890, precision: 0.875},
	"civil":      {recall: 0.972, speaker: 0.995, org: 0.995, titles: 0.862, precision: 0.908},
}

// invented268Floors are the figures the default extractor last measured on
// ../testdata/invented268, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// health, medicines and hospitals in English: a heart-failure trial, a
// newborn breathing device in India, an Irish hospital group, Nigeria's
// medicines regulator, a US county health department, a Canadian provincial
// public-health office, a regional office of a health agency, a vaccine
// alliance, a pooled medicines purchasing facility, a patients' charity, a
// nurses' union council in Lagos and a child-health research institute;
// written during the session of 2026-12-07 (the thirty-sixth) and measured
// held out at 5eb7313 and cba25c6, the same rows each time, summary rows
// only; first contact: corporate .974/1.000/1.000/1.000; government
// .955/1.000/.742/.972; intl .971/.970/1.000/1.000; civil
// .950/.947/.792/.852).
var invented268Floors = map[string]pressFigures{
	"corporate":  {recall: 0.969, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.995},
	"government": {recall: 0.950, speaker: 0.995, org: 0.995, titles: 0.967, precision: 0.819},
	"intl":       {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.922},
	"civil":      {recall: 0.945, speaker: 0.969, org: 0.995, titles: 0.847, precision: 0.970},
}

// invented269Floors are the figures the default extractor last measured on
// ../testdata/invented269, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// Central Asia and the Caucasus in English: a Kazakh copper miner, an Uzbek
// rail forwarder, an Armenian bank, a Kazakh water ministry, the Kyrgyz
// presidential administration, a city akimat, a development bank's country
// office, UNDP Kyrgyzstan, a transport cooperation council's ministerial
// meeting, a Georgian university, an Uzbek health foundation and a women's
// business association in Azerbaijan; written during the session of
// 2026-12-07 (the thirty-sixth) and measured held out at 5eb7313 and
// cba25c6, the same rows each time, summary rows only; first contact:
// corporate 1.000/1.000/.923/1.000; government .978/.911/.917/.951; intl
// .976/.850/.812/.853; civil 1.000/.964/1.000/1.000).
var invented269Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.918, titles: 0.995, precision: 0.995},
	"government": {recall: 0.973, speaker: 0.951, org: 0.916, titles: 0.948, precision: 0.995},
	"intl":       {recall: 0.971, speaker: 0.995, org: 0.863, titles: 0.945, precision: 0.942},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.870},
}

// invented270Floors are the figures the default extractor last measured on
// ../testdata/invented270, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// energy, mining transitions and transport in English: an Australian
// utility's coal closure, an Indonesian nickel miner, a Norwegian port, a
// Canadian province's energy ministry, Nigeria's power regulator, a Polish
// city's transport authority, an intergovernmental clean-minerals agency, a
// regional power pool, a development bank's transition window, an Aboriginal
// land council, a passengers' association and a Chilean engineering faculty;
// written during the session of 2026-12-07 (the thirty-sixth) and measured
// held out at 5eb7313 and 0213a6e, the same rows each time, summary rows
// only; first contact: corporate 1.000/.971/.828/.839; government
// .949/.865/.880/.778; intl 1.000/1.000/.861/.947; civil
// 1.000/1.000/.816/.950).
var invented270Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.928, titles: 0.933, precision: 0.968},
	"government": {recall: 0.944, speaker: 0.968, org: 0.958, titles: 0.892, precision: 0.946},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.856, titles: 0.942, precision: 0.902},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.915},
}

// invented271Floors are the figures the default extractor last measured on
// ../testdata/invented271, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// agriculture, fisheries and rural development in English, some translated:
// a Kenyan seed company, a Peruvian fish processor, a Polish farm-machinery
// maker, Moldova's agriculture ministry, a Ukrainian oblast military
// administration, a lake fisheries authority, a pastoral development agency,
// a regional trade community, a development bank's rural programme, a
// Brazilian farmers' union, a Tanzanian women's network and a Polish
// university of life sciences; written during the session of 2026-12-07 (the
// thirty-sixth) and measured held out at 5eb7313 and 0213a6e, the same rows
// each time, summary rows only; first contact: corporate
// 1.000/1.000/.900/.912; government .973/.972/1.000/.968; intl
// 1.000/1.000/.964/1.000; civil .976/.976/.920/.929).
var invented271Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.895, titles: 0.907, precision: 0.970},
	"government": {recall: 0.968, speaker: 0.967, org: 0.995, titles: 0.963, precision: 0.966},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.959, titles: 0.995, precision: 0.995},
	"civil":      {recall: 0.971, speaker: 0.971, org: 0.915, titles: 0.924, precision: 0.950},
}

// invented272Floors are the figures the default extractor last measured on
// ../testdata/invented272, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// courts, police, justice and human rights in English: a legal-tech company,
// a security firm's retail crime taskforce, a bank's fraud settlement, a
// county district attorney, an English police force, an Irish justice
// department, a regional human rights court, a UN special rapporteur, an
// international criminal tribunal, a barristers' association, a
// custody-deaths NGO and a victim support charity; written during the
// session of 2026-12-07 (the thirty-sixth) and measured held out at 5eb7313
// and 3d5a6b7, the same rows each time, summary rows only; first contact:
// corporate 1.000/.930/1.000/.889; government .976/.875/1.000/.793; intl
// .944/.853/.650/1.000; civil .976/.976/.690/1.000).
var invented272Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.925, org: 0.995, titles: 0.884, precision: 0.910},
	"government": {recall: 0.971, speaker: 0.970, org: 0.995, titles: 0.813, precision: 0.922},
	"intl":       {recall: 0.939, speaker: 0.877, org: 0.995, titles: 0.995, precision: 0.920}, // (organization .650 -> .619: the Special Rapporteur the headline calls "UN expert" now speaks for the issuer, the "UN Human Rights Office", where the gold has "United Nations"; her country in parentheses is a nationality)
	"civil":      {recall: 0.971, speaker: 0.971, org: 0.995, titles: 0.995, precision: 0.972},
}

// invented273Floors are the figures the default extractor last measured on
// ../testdata/invented273, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// education, children and youth in English: an Indian edtech company, a UK
// school caterer, an exam board, Ghana's basic education ministry, an
// Ontario school board, an Irish schools inspectorate, a children's agency
// in the Philippines, a global education fund, a regional conference of
// education ministers, a teachers' union, a young carers' charity and a
// university of education; written during the session of 2026-12-07 (the
// thirty-sixth) and measured held out at 5eb7313 (first contact: corporate
// 1.000/1.000/.951/.933, government .951/.974/.812/.868, intl
// .981/1.000/.933/.978, civil .964/.906/.909/.850) and at a55790d, the same
// rows, summary rows only; at a55790d: corporate 1.000/1.000/.951/.933;
// government .951/.974/.812/.868; intl .981/1.000/.933/.978; civil
// .964/.981/.914/.857).
var invented273Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.928, precision: 0.953},
	"government": {recall: 0.946, speaker: 0.969, org: 0.807, titles: 0.863, precision: 0.865},
	"intl":       {recall: 0.976, speaker: 0.995, org: 0.928, titles: 0.973, precision: 0.927},
	"civil":      {recall: 0.959, speaker: 0.976, org: 0.909, titles: 0.852, precision: 0.868},
}

// invented274Floors are the figures the default extractor last measured on
// ../testdata/invented274, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// money, banking and public finance in English: an insurer's catastrophe
// cover, a stock exchange's green bonds, a payments company, a central
// bank's rate-setting committee, a tax authority, a finance ministry with a
// regulator, an IMF-style fund, a development bank, a reporting standards
// board, a money advice charity, a fiscal think tank and a business school;
// written during the session of 2026-12-07 (the thirty-sixth) and measured
// held out at 5eb7313 and c244126, the same rows each time, summary rows
// only; first contact: corporate 1.000/.944/.900/.969; government
// 1.000/1.000/.818/.821; intl .972/1.000/1.000/1.000; civil
// .973/.944/1.000/.970).
var invented274Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.939, org: 0.895, titles: 0.964, precision: 0.941},
	"government": {recall: 0.995, speaker: 0.995, org: 0.904, titles: 0.816, precision: 0.870},
	"intl":       {recall: 0.967, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.966},
	"civil":      {recall: 0.968, speaker: 0.939, org: 0.995, titles: 0.965, precision: 0.952},
}

// invented275Floors are the figures the default extractor last measured on
// ../testdata/invented275, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// Latin America in English or in translation: a Mexican retailer, a
// Brazilian fintech, a Peruvian miner with a peasant community, Chile's
// water ministry, a provincial health secretariat in Argentina, a Brazilian
// prefeitura, a Mesoamerican development bank, an inter-American commission
// on human mobility, a UN smallholder agency's Colombia office, an
// indigenous assembly in Oaxaca, a Colombian university and an Argentine
// human rights NGO; written during the session of 2026-12-07 (the
// thirty-sixth) and measured held out at 5eb7313 and 495c938, the same rows
// each time, summary rows only; first contact: corporate
// 1.000/.905/.912/1.000; government .980/.917/.600/.743; intl
// .953/.878/.786/1.000; civil .932/.927/1.000/.963).
var invented275Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.947, org: 0.907, titles: 0.995, precision: 0.971},
	"government": {recall: 0.975, speaker: 0.953, org: 0.709, titles: 0.824, precision: 0.931},
	"intl":       {recall: 0.948, speaker: 0.873, org: 0.995, titles: 0.995, precision: 0.925},
	"civil":      {recall: 0.927, speaker: 0.922, org: 0.995, titles: 0.958, precision: 0.933},
}

// invented276Floors are the figures the default extractor last measured on
// ../testdata/invented276, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// Francophone and Lusophone Africa in English translation: an Ivorian
// telecom operator, a Senegalese cashew exporter, a Douala port terminal,
// Madagascar's agriculture ministry, Maputo's provincial government, a
// Cameroonian youth agency, a regional economic community, UNDP in DR Congo,
// an African development fund, a Senegalese women's cooperative, a Congolese
// human rights league and a Malagasy university; written at the end of the
// session of 2026-12-07 (the thirty-sixth) and measured held out at 5eb7313
// and d222ea7, the same rows each time, summary rows only; first contact:
// corporate .950/.895/.600/.769; government 1.000/.951/.630/.818; intl
// 1.000/1.000/.931/.844; civil 1.000/.949/.929/.824).
var invented276Floors = map[string]pressFigures{
	"corporate":  {recall: 0.945, speaker: 0.995, org: 0.719, titles: 0.962, precision: 0.995},
	"government": {recall: 0.995, speaker: 0.946, org: 0.810, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.926, titles: 0.901, precision: 0.995},
	"civil":      {recall: 0.995, speaker: 0.944, org: 0.924, titles: 0.907, precision: 0.972},
}

// invented277Floors are the figures the default extractor last measured on
// ../testdata/invented277, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// technology, telecoms and space in English from East, South and Southeast
// Asia: a Korean chipmaker, a Singapore satellite start-up, a carmaker's
// software unit with an Indian operator, Indonesia's science ministry, a
// space agency, a data protection commission, a telecom standards forum, a
// digital connectivity union, a development bank's digital programme, a
// consumer group, an engineering institute and a digital rights group;
// written at the end of the session of 2026-12-07 (the thirty-sixth) and
// measured held out at 5eb7313 and b03ffff, the same rows each time, summary
// rows only; first contact: corporate 1.000/.974/1.000/.941; government
// 1.000/.950/.933/.857; intl 1.000/1.000/1.000/1.000; civil
// 1.000/1.000/1.000/1.000).
var invented277Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.969, org: 0.995, titles: 0.936, precision: 0.947},
	"government": {recall: 0.995, speaker: 0.945, org: 0.928, titles: 0.852, precision: 0.971},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.924},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.891},
}

// invented278Floors are the figures the default extractor last measured on
// ../testdata/invented278, minus 0.005 (twelve releases written on
// 2026-12-07 by a writer who had seen neither the code nor the other sets:
// nature, wildlife and parks in English from the UK, Ireland, Norway and
// North America: an outdoor gear maker, an ecotourism operator, a water
// utility, a national park authority, a wildlife agency, a county
// environment department, an international river commission, a flyway treaty
// secretariat, a salmon stocks organisation, a bird society, a rewilding
// charity and a university biology department; written at the end of the
// session of 2026-12-07 (the thirty-sixth) and measured held out at 5eb7313
// and fee20fa, the same rows each time, summary rows only; first contact:
// corporate 1.000/1.000/1.000/1.000; government .971/.941/.645/.871; intl
// 1.000/.955/.611/.917; civil 1.000/.914/.909/.931).
var invented278Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.947},
	"government": {recall: 0.966, speaker: 0.936, org: 0.737, titles: 0.963, precision: 0.941},
	"intl":       {recall: 0.995, speaker: 0.950, org: 0.745, titles: 0.912, precision: 0.913},
	"civil":      {recall: 0.995, speaker: 0.909, org: 0.904, titles: 0.926, precision: 0.950},
}

// invented279Floors are the figures the default extractor last measured on
// ../testdata/invented279, minus 0.005 (invented releases of the
// thirty-seventh session's round 43, Pacific islands, Australia and New
// Zealand; written by a helper who read neither the code nor the other sets;
// first contact: corporate .970/1.000/.929/1.000; government
// .936/.932/.758/.909; intl .976/.951/.939/.838; civil
// 1.000/.932/.900/.967).
var invented279Floors = map[string]pressFigures{
	"corporate":  {recall: 0.965, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.890},
	"government": {recall: 0.931, speaker: 0.927, org: 0.753, titles: 0.904, precision: 0.855},
	"intl":       {recall: 0.971, speaker: 0.946, org: 0.934, titles: 0.860, precision: 0.950},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.904, titles: 0.995, precision: 0.915},
}

// invented280Floors are the figures the default extractor last measured on
// ../testdata/invented280, minus 0.005 (invented releases of round 43,
// construction, housing and cities in the Gulf, Egypt, Jordan, Morocco and
// Türkiye; first contact: corporate 1.000/.939/1.000/1.000; government
// .969/1.000/.963/1.000; intl 1.000/.795/.893/1.000; civil
// 1.000/.973/.800/.821).
var invented280Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.967},
	"government": {recall: 0.964, speaker: 0.995, org: 0.958, titles: 0.995, precision: 0.964},
	"intl":       {recall: 0.995, speaker: 0.944, org: 0.898, titles: 0.995, precision: 0.900},
	"civil":      {recall: 0.995, speaker: 0.968, org: 0.995, titles: 0.995, precision: 0.870},
}

// invented281Floors are the figures the default extractor last measured on
// ../testdata/invented281, minus 0.005 (invented releases of round 43,
// retail, food and consumer goods in Germany, the Netherlands, Poland,
// Czechia, Austria and Switzerland; first contact: corporate
// 1.000/.935/.963/1.000; government .973/.917/.692/.889; intl
// 1.000/.946/.742/.759; civil 1.000/.838/.826/.893).
var invented281Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.930, org: 0.958, titles: 0.995, precision: 0.964},
	"government": {recall: 0.968, speaker: 0.939, org: 0.884, titles: 0.888, precision: 0.863},
	"intl":       {recall: 0.995, speaker: 0.941, org: 0.737, titles: 0.754, precision: 0.889},
	"civil":      {recall: 0.995, speaker: 0.914, org: 0.841, titles: 0.995, precision: 0.969},
}

// invented282Floors are the figures the default extractor last measured on
// ../testdata/invented282, minus 0.005 (invented releases of the
// thirty-seventh session's round 44, written and measured at the session's
// end and added unread, South Asia; first contact: corporate
// 1.000/.892/.926/1.000; government .956/.791/1.000/.933; intl
// .958/.913/.886/1.000; civil 1.000/1.000/1.000/1.000).
var invented282Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.941, org: 0.995, titles: 0.995, precision: 0.946},
	"government": {recall: 0.951, speaker: 0.925, org: 0.995, titles: 0.995, precision: 0.995},
	"intl":       {recall: 0.953, speaker: 0.973, org: 0.942, titles: 0.995, precision: 0.974},
	"civil":      {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.904},
}

// invented283Floors are the figures the default extractor last measured on
// ../testdata/invented283, minus 0.005 (invented releases of round 44, added
// unread, Nordic and Baltic countries; first contact: corporate
// 1.000/1.000/.914/1.000; government .929/1.000/.862/.917; intl
// 1.000/.786/.885/.931; civil 1.000/.894/1.000/1.000).
var invented283Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.973},
	"government": {recall: 0.995, speaker: 0.995, org: 0.964, titles: 0.918, precision: 0.930},
	"intl":       {recall: 0.995, speaker: 0.900, org: 0.898, titles: 0.928, precision: 0.867},
	"civil":      {recall: 0.995, speaker: 0.974, org: 0.995, titles: 0.995, precision: 0.976},
}

// invented284Floors are the figures the default extractor last measured on
// ../testdata/invented284, minus 0.005 (invented releases of round 44, added
// unread, local America: counties, school districts, co-ops and nonprofits;
// first contact: corporate 1.000/1.000/.636/.912; government
// 1.000/.940/.861/1.000; intl .977/.977/.906/.882; civil
// .949/.919/.963/.964).
var invented284Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.904, titles: 0.907, precision: 0.946},
	"government": {recall: 0.995, speaker: 0.955, org: 0.912, titles: 0.995, precision: 0.940},
	"intl":       {recall: 0.972, speaker: 0.972, org: 0.901, titles: 0.877, precision: 0.933},
	"civil":      {recall: 0.944, speaker: 0.941, org: 0.995, titles: 0.995, precision: 0.849},
}

// invented285Floors are the figures the default extractor last measured on
// ../testdata/invented285, minus 0.005 (Southeast Asia: Vietnam, Thailand,
// Malaysia, the Philippines, Cambodia, Laos; first contact: corporate
// 1.000/.917/.920/.897; government .956/.907/.970/1.000; intl
// .938/.911/.914/.893; civil .959/.915/.818/.900).
var invented285Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.912, org: 0.995, titles: 0.961, precision: 0.942},
	"government": {recall: 0.951, speaker: 0.995, org: 0.968, titles: 0.995, precision: 0.951},
	"intl":       {recall: 0.933, speaker: 0.973, org: 0.995, titles: 0.995, precision: 0.895},
	"civil":      {recall: 0.954, speaker: 0.995, org: 0.813, titles: 0.895, precision: 0.937},
}

// invented286Floors are the figures the default extractor last measured on
// ../testdata/invented286, minus 0.005 (Britain and Ireland, local and
// devolved: councils, police, water, buses, charities, a students' union;
// first contact: corporate 1.000/.952/.929/.946; government
// .974/.921/.926/1.000; intl 1.000/1.000/.974/1.000; civil
// .975/.897/.875/1.000).
var invented286Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.947, org: 0.995, titles: 0.995, precision: 0.972},
	"government": {recall: 0.969, speaker: 0.916, org: 0.921, titles: 0.995, precision: 0.971},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.969, titles: 0.995, precision: 0.870},
	"civil":      {recall: 0.970, speaker: 0.944, org: 0.880, titles: 0.995, precision: 0.908},
}

// invented287Floors are the figures the default extractor last measured on
// ../testdata/invented287, minus 0.005 (universities, research institutes,
// think tanks and foundations worldwide; first contact: corporate
// .949/.973/.943/.970; government .947/.972/.824/.939; intl
// 1.000/.864/.816/.816; civil .974/1.000/.853/.919).
var invented287Floors = map[string]pressFigures{
	"corporate":  {recall: 0.944, speaker: 0.968, org: 0.995, titles: 0.965, precision: 0.859},
	"government": {recall: 0.942, speaker: 0.967, org: 0.819, titles: 0.934, precision: 0.942},
	"intl":       {recall: 0.995, speaker: 0.972, org: 0.897, titles: 0.922, precision: 0.936},
	"civil":      {recall: 0.969, speaker: 0.995, org: 0.848, titles: 0.914, precision: 0.995},
}

// invented290Floors are the figures the default extractor last measured on
// ../testdata/invented290, minus 0.005 (health and medicine worldwide:
// hospitals, drug and device makers, health ministries, a WHO-style
// agency, medical schools, patient groups and nurses' unions; first
// contact at d0f1cd7, failures printed, so read from its first run:
// corporate 1.000/.872/.735/.941; government .976/.976/.758/.590; intl
// .942/.959/.955/.816; civil .971/1.000/1.000/1.000; the floors are the
// figures after the first rules read from it).
var invented290Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.995, org: 0.914, titles: 0.892, precision: 0.995},
	"government": {recall: 0.971, speaker: 0.971, org: 0.995, titles: 0.585, precision: 0.952},
	"intl":       {recall: 0.937, speaker: 0.995, org: 0.930, titles: 0.820, precision: 0.925},
	"civil":      {recall: 0.966, speaker: 0.995, org: 0.995, titles: 0.995, precision: 0.906},
}

// invented288Floors are the figures the default extractor last measured on
// ../testdata/invented288, minus 0.005 (Latin America and the Iberian
// Peninsula; written on 2026-12-08 by a helper who saw neither the code nor
// the other sets, measured held out, summary rows only, at the session's
// start (d0f1cd7): corporate 1.000/.833/.912/.912; government
// 1.000/.929/.441/.857; intl .974/.919/.882/1.000; civil
// .952/.900/.889/.971; at the session's end the same but civil speaker
// .950, organization .895, titles .973; added unread).
var invented288Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.828, org: 0.907, titles: 0.907, precision: 0.931},
	"government": {recall: 0.995, speaker: 0.924, org: 0.436, titles: 0.852, precision: 0.912},
	"intl":       {recall: 0.969, speaker: 0.914, org: 0.877, titles: 0.995, precision: 0.973},
	"civil":      {recall: 0.947, speaker: 0.945, org: 0.890, titles: 0.968, precision: 0.921},
}

// invented289Floors are the figures the default extractor last measured on
// ../testdata/invented289, minus 0.005 (the Middle East, North Africa and
// Turkey; written on 2026-12-08 the same way, measured held out, summary
// rows only, at the session's start (d0f1cd7) and at its end with the same
// figures: corporate 1.000/.857/.861/.944; government
// .673/.879/1.000/1.000; intl 1.000/1.000/.906/.968; civil
// .897/.886/.958/1.000; added unread).
var invented289Floors = map[string]pressFigures{
	"corporate":  {recall: 0.995, speaker: 0.852, org: 0.856, titles: 0.939, precision: 0.912},
	"government": {recall: 0.668, speaker: 0.874, org: 0.995, titles: 0.995, precision: 0.966},
	"intl":       {recall: 0.995, speaker: 0.995, org: 0.901, titles: 0.963, precision: 0.995},
	"civil":      {recall: 0.892, speaker: 0.881, org: 0.953, titles: 0.995, precision: 0.927},
}
