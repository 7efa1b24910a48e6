package speakers

import (
	"slices"
	"strings"

	"github.com/quotekit/quotekit/entities"
)

// Bodies a post implies where its title names none, rules of bodyOfPost:
// a treaty's secretariat ("Executive Secretary of the Convention"), the
// body whose team a person leads ("An IMF team led by Mr. Jane Roe"), the
// Secretary-General's office ("Special Envoy of the Secretary-General").

// treatyOf returns, for the officer of a treaty ("Executive Secretary of
// the Convention", "… of the Secretariat of the Convention on Kelvo
// Aquifers"), the treaty as the text first names it in full ("Convention
// on Kelvo Aquifers"): a treaty speaks through its secretariat, though
// the recognizer takes its name for a document's. Zero when the title
// names no convention or the text gives no full name.
func (t *Tracker) treatyOf(p *Speaker) Org {
	toks := t.a.Tokens
	if t.currentTitleToken(p, func(tl title, k int) bool {
		return k >= tl.first+2 && toks[k].Is("Convention") && toks[k-1].Is("the") && toks[k-2].Is("of")
	}) >= 0 {
		return remember(t, "treaty", t.treatyNamed)
	}
	return Org{}
}

// treatyNamed returns the first "Convention on …" (or "for", "against")
// the text names with its capitalized field: "Convention on Kelvo
// Aquifers".
func (t *Tracker) treatyNamed() Org {
	toks := t.a.Tokens
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].Is("Convention") || !(toks[k+1].Is("on") || toks[k+1].Is("for") || toks[k+1].Is("against")) {
			continue
		}
		e := k + 2
		for e < len(toks) && toks[e].Newlines == 0 && (toks[e].Kind == entities.Word && toks[e].IsCap() || toks[e].Is("the") || toks[e].Is("of") || toks[e].Is("and")) {
			e++
		}
		for e > k+2 && toks[e-1].IsLower() {
			e--
		}
		if e > k+2 {
			return Org{Name: t.text[toks[k].Start:toks[e-1].End]}
		}
	}
	return Org{}
}

// teamNouns are the groups a body sends, led by a person who speaks for
// the body.
var teamNouns = toSet("team mission delegation staff panel")

// ledTeam returns the body whose team a person's first mention leads:
// "An International Monetary Fund (IMF) team led by Mr. Jane Roe visited
// …" speaks for the IMF; "A delegation of the European Parliament, led
// by Dr. Jane Roe MEP, joined …" for the Parliament.
func (t *Tracker) ledTeam(p *Speaker) Org {
	pos := t.positions[p]
	if len(pos) == 0 {
		return Org{}
	}
	toks := t.a.Tokens
	k := t.a.TokenAt(pos[0])
	for k > 0 && isHonorific(toks[k-1].Text) {
		k--
	}
	if si := t.a.SentenceOf(k); si >= 0 {
		if c := t.chainStart(k, t.a.Sentences[si].Tokens.First); c < k && c >= 2 && toks[c-1].Is("by") {
			k = c // "headed by former Foreign Minister of Kelvania Jane Roe"
		}
	}
	if k < 4 || !toks[k-1].Is("by") || !(toks[k-2].Is("led") || toks[k-2].Is("headed")) {
		return Org{}
	}
	if k >= 5 && toks[k-3].Is(",") && teamNouns[strings.ToLower(toks[k-4].Text)] && isArticle(toks[k-5].Text) && t.issuer.Name != "" && !t.issuerByCount {
		return t.issuer // "The Mission, headed by Jane Roe, …" in the issuer's release: the issuer's mission
	}
	if toks[k-3].Is(",") && k >= 7 {
		// "A delegation of the European Parliament, led by Dr. Jane Roe
		// MEP": the body after the team's noun and "of" or "from"
		if e := t.a.EntityAt(k - 4); e != nil && e.Kind == entities.Organization && e.Tokens.End == k-3 {
			b := e.Tokens.First - 1
			if b > 0 && toks[b].Is("the") {
				b--
			}
			if b > 0 && (toks[b].Is("of") || toks[b].Is("from")) && teamNouns[strings.ToLower(toks[b-1].Text)] {
				return t.fullOrg(e)
			}
		}
		return Org{}
	}
	if !teamNouns[strings.ToLower(toks[k-3].Text)] {
		return Org{}
	}
	j := k - 4
	if toks[j].Is(")") {
		for j > 0 && !toks[j].Is("(") && j > k-10 {
			j--
		}
		j--
	}
	if j < 0 {
		return Org{}
	}
	if e := t.a.EntityAt(j); e != nil && e.Kind == entities.Organization {
		return t.fullOrg(e)
	}
	return Org{}
}

// servesSecretaryGeneral reports a current title of p that is an office
// "of the Secretary-General" ("Special Envoy of the Secretary-General") or
// a rank of the Secretariat under the Secretary-General ("Assistant
// Secretary-General for Humanitarian Affairs", "Under-Secretary-General"),
// or the Secretary-General ("Secretary-General", "UN Secretary-General").
func (t *Tracker) servesSecretaryGeneral(p *Speaker) bool {
	toks := t.a.Tokens
	return t.currentTitleToken(p, func(tl title, k int) bool {
		w := strings.ToLower(toks[k].Text)
		return w == "secretary-general" && k >= tl.first+2 && toks[k-1].Is("the") && toks[k-2].Is("of") ||
			w == "secretary-general" && k == tl.end-1 && (k == tl.first || toks[k-1].Is("UN") || toks[k-1].Is("U.N.")) || // the Secretary-General, who heads the Secretariat

			w == "under-secretary-general" || w == "secretary-general" && k > tl.first && (toks[k-1].Is("Assistant") || toks[k-1].Is("Deputy"))
	}) >= 0
}

// currentTitleToken returns the first token of p's current (not former)
// titles that match accepts, or -1: the word a rule looks for in a post
// ("Secretary-General", "Supervisor", "Minister").
func (t *Tracker) currentTitleToken(p *Speaker, match func(tl title, k int) bool) int {
	for _, tl := range t.titleOf[p] {
		if tl.former {
			continue
		}
		for k := tl.first; k < tl.end; k++ {
			if match(tl, k) {
				return k
			}
		}
	}
	return -1
}

// electedPosts are the heads of a legislator's titles, which no company,
// charity or agency holds.
var electedPosts = toSet(`senator assemblymember assemblyman assemblywoman congressman congresswoman congressmember legislator lawmaker mp mep mla mpp`)

// lettersChamber returns the chamber a German member's letters after the
// name name (entities.MemberChamber): "Bundestag" for "Jane Roe MdB";
// zero otherwise.
func (t *Tracker) lettersChamber(p *Speaker) Org {
	if k := t.currentTitleToken(p, func(tl title, k int) bool { return entities.MemberChamber(t.a.Tokens[k].Text) != "" }); k >= 0 {
		return Org{Name: entities.MemberChamber(t.a.Tokens[k].Text)}
	}
	return Org{}
}

// publicOffices are the heads of a government's posts, which a
// legislator may hold besides the seat ("Minister Jane Roe MP"): no post
// of the issuer that is no body of the state.
var publicOffices = toSet(`minister premier governor mayor chancellor`)

// adjectiveGovernment returns the government a state's minister named by
// its adjective belongs to, when the text names it so: "the Flemish
// Minister for Ports" and "the Flemish government" give "Flemish
// government"; zero otherwise.
func (t *Tracker) adjectiveGovernment(p *Speaker) Org {
	toks := t.a.Tokens
	k := t.currentTitleToken(p, func(tl title, k int) bool {
		return stateMinister(toks, tl, k)
	})
	if k < 0 {
		return Org{}
	}
	adj := toks[k-1].Text
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Text == adj && (toks[i+1].Is("government") || toks[i+1].Is("Government")) {
			return Org{Name: t.text[toks[i].Start:toks[i+1].End]}
		}
	}
	return Org{}
}

// stateMinister reports a public office at token k of title tl named by a
// state's or region's adjective before it: "Minister" of "Flemish
// Minister for Ports".
func stateMinister(toks []entities.Token, tl title, k int) bool {
	return publicOffices[strings.ToLower(toks[k].Text)] && k > tl.first && toks[k-1].IsCap() && stateAdjective(toks[k-1].Text)
}

// stateAdjective reports a country's or a region's adjective: "Kenyan",
// "Flemish", "Hessian", "Bavarian", "Scottish".
func stateAdjective(w string) bool {
	if entities.IsDemonym(w) {
		return true
	}
	return len(w) >= 6 && !entities.IsTitleModifier(w) && (strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese"))
}

// electedOutsideIssuer reports a person whose current title is an
// elected public office while the release's issuer is no body of the
// state: "State Assemblymember Jane Roe" in a food bank's release speaks
// for no part of the food bank, so the issuer is not her body; but
// "General Secretary Senator Jane Roe" in a union's release holds the
// union's post besides her seat. A state's minister named by its demonym
// ("the Flemish Minister for Ports" in a company's release) is likewise
// no one of the issuer's.
func (t *Tracker) electedOutsideIssuer(p *Speaker) bool {
	if publicBody(t.issuer.Name) {
		return false
	}
	toks := t.a.Tokens
	elected := func(tl title, k int) bool {
		w := strings.ToLower(toks[k].Text)
		return k == tl.end-1 && (electedPosts[w] || entities.MemberChamber(toks[k].Text) != "") || stateMinister(toks, tl, k)
	}
	other := func(tl title, k int) bool {
		w := strings.ToLower(toks[k].Text)
		return k == tl.end-1 && entities.IsTitleWord(w) && !electedPosts[w] && !publicOffices[w] && !tl.credential && !honour(toks[k].Text) && !doctor(toks[k].Text) && !t.ownRoleTitle(tl)
	}
	return t.currentTitleToken(p, elected) >= 0 && t.currentTitleToken(p, other) < 0
}

// ministerOfIssuingMinistry reports a person with a current minister's
// post in the release of a ministry or department: "Minister of Kelvo
// Fisheries, Hon. Jane Roe, MP" in the Ministry of Kelvo Fisheries'
// release speaks for the ministry, not for the Parliament her letters
// name.
func (t *Tracker) ministerOfIssuingMinistry(p *Speaker) bool {
	in := strings.ToLower(t.issuer.Name)
	if !strings.HasPrefix(in, "ministry") && !strings.HasPrefix(in, "department") {
		return false
	}
	for _, tl := range t.titleOf[p] {
		if !tl.former && !tl.credential && strings.Contains(strings.ToLower(tl.In(t.text)), "minister") {
			return true
		}
	}
	return false
}

// envoysDemonym returns the country a current title's opening adjective
// names: "Australia" of "Australian High Commissioner to Vanuatu"; "" when
// no title opens with one.
func (t *Tracker) envoysDemonym(p *Speaker) string {
	for _, tl := range t.titleOf[p] {
		if k := t.demonymOpening(tl); k >= 0 {
			if c, ok := entities.Country(t.a.Tokens[k].Text); ok && c != "" {
				return c
			}
		}
	}
	return ""
}

// demonymOpening returns the token of the demonym that opens a current
// title tl, after "the" ("Kenyan" of "the Kenyan Ambassador"), or -1.
func (t *Tracker) demonymOpening(tl title) int {
	toks := t.a.Tokens
	k := tl.first
	if k < tl.end && toks[k].IsFold("the") {
		k++
	}
	if tl.former || k >= tl.end || !entities.IsDemonym(toks[k].Text) {
		return -1
	}
	return k
}

// demonymEnvoy reports a current title of p that opens with a demonym
// (after "the") and holds an envoy's post within two words after it:
// "Kenyan Ambassador to Kelvania", "the Australian High Commissioner".
func (t *Tracker) demonymEnvoy(p *Speaker) bool {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		k := t.demonymOpening(tl)
		if k < 0 {
			continue
		}
		for j := k + 1; j < tl.end && j <= k+2; j++ {
			if envoyPosts[strings.ToLower(toks[j].Text)] {
				return true
			}
		}
	}
	return false
}

// seatGovernment returns the government a legislator serves where the text
// names it: a senator ("Senator", "Sen.") the one national government
// the text names ("the Australian Government", "the Federal
// Government"), a member of a state's or province's assembly ("Kelvo MLA
// Jane Roe", "MPP") the one other government it names ("the WA
// Government"); a zero Org when the text names none or several.
func (t *Tracker) seatGovernment(p *Speaker) Org {
	national, member := false, false
	for _, ti := range p.Titles {
		for _, w := range strings.Fields(ti) {
			switch w {
			case "Senator", "Sen.":
				national = true
			case "MLA", "MPP", "MHA":
				member = true // a state's or province's member
			}
		}
	}
	if national == member {
		return Org{}
	}
	g := remember(t, "named governments", t.namedGovernments)
	if national && len(g.national) == 1 {
		return Org{Name: g.national[0]}
	}
	if member && len(g.other) == 1 {
		return Org{Name: g.other[0]}
	}
	return Org{}
}

// governments are the governments a text names, national and other
// (namedGovernments).
type governments struct{ national, other []string }

// namedGovernments returns the governments the text names by a word and
// "Government": national ones by a country's adjective or "Federal" ("the
// Australian Government"), the others by their state's name or letters
// ("the WA Government", "the Queensland Government"). Asked through
// remember: one scan of the text.
func (t *Tracker) namedGovernments() governments {
	var national, other []string
	toks := t.a.Tokens
	for i := 1; i < len(toks); i++ {
		if !toks[i].Is("Government") || !toks[i-1].IsCap() || toks[i-1].Kind != entities.Word || i+1 < len(toks) && toks[i+1].Is("of") {
			continue
		}
		name := toks[i-1].Text + " Government"
		switch {
		case toks[i-1].Is("Federal") || entities.IsDemonym(toks[i-1].Text):
			if !slices.Contains(national, name) {
				national = append(national, name)
			}
		case toks[i-1].Is("The") || toks[i-1].Is("State") || toks[i-1].Is("Local") || toks[i-1].Is("County"):
		default:
			if !slices.Contains(other, name) {
				other = append(other, name)
			}
		}
	}
	return governments{national, other}
}

// siteBody returns the body whose site a person's bare post manages, as a
// sentence before names it: "the Wetzbach branch of the Kelvo Savings
// Bank" before "Branch manager Jane Roe", "the Orrin plant of Kelvo Foods"
// before "Plant director Jane Roe". The post opens with the site's noun
// (not "site", where a builder builds: "the site of the Orrin Brewery"),
// and the sentence, or one of the two before, names the site of a body
// with "of" that is no body of members; a zero Org when none does.
func (t *Tracker) siteBody(p *Speaker) Org {
	toks := t.a.Tokens
	for _, tl := range t.titleOf[p] {
		if tl.former || tl.end-tl.first != 2 || !siteNouns[strings.ToLower(toks[tl.first].Text)] {
			continue
		}
		noun := strings.ToLower(toks[tl.first].Text)
		si := t.a.SentenceOf(tl.first)
		if si < 0 {
			continue
		}
		lo := t.a.Sentences[max(0, si-2)].Tokens.First
		for k := tl.first - 3; k >= lo && k > tl.first-120; k-- { // (a bounded look back: a text of one long sentence costs what others do)
			if !toks[k].IsLower() || toks[k].Text != noun || !toks[k+1].Is("of") {
				continue
			}
			a := k + 2
			if toks[a].IsFold("the") {
				a++
			}
			if e := t.a.EntityAt(a); e != nil && e.Tokens.First == a && e.Kind == entities.Organization && !(workplacePosts[strings.ToLower(toks[tl.first+1].Text)] && memberBodies[toks[e.Tokens.End-1].Text]) {
				return t.fullOrg(e) // (a branch secretary's union, but not a branch manager's: "the Marlow branch of the Kelvo Nurses Union" is no bank's branch)
			}
		}
	}
	return Org{}
}

// siteNouns are the sites a body runs whose manager's bare post opens with
// the site's noun: "Branch manager", "Plant director".
var siteNouns = toSet(`branch plant store factory mill depot hotel mine warehouse`)

// workplacePosts are the words of posts that run a workplace: "manager",
// "director", "supervisor".
var workplacePosts = toSet(`manager director supervisor superintendent foreman`)

// memberBodies are the heads of bodies of members, whose branches are
// their members' sections, no workplace: "Union", "Association".
var memberBodies = toSet(`Union Association Party Federation Society Club League Movement Network Council`)
