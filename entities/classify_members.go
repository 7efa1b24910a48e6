package entities

// Seats and members: a legislature's member and the seat named after
// the post ("Member for Kelvo North Jane Roe"), German members' letters
// ("Jane Roe MdB"), a party's plural name ("Social Democrats").

// memberWords are the words of a title that holds a seat in a
// legislature or council.
var memberWords = toSet(`Member MEMBER Senator Representative Congressman Congresswoman Councillor Councilor Assemblymember`)

// seatAt reports a name [i, j) that is a member's seat: after a member's
// title and "for", ending the title ("Member of Parliament for Kelvo
// North,", "MLA for Sarna Needham (NDP)"), or before the title where a
// name follows it ("Kelvo Member of the Senedd Jane Roe", "Kelvo North MP
// John Doe").
func seatAt(toks []Token, i, j int) bool {
	member := func(k int) bool {
		return memberWords[toks[k].Text] || IsPostNominal(toks[k].Text) && toks[k].IsUpper() && len(toks[k].Text) <= 4 && !IsDegree(toks[k].Text) || germanMember(toks[k].Text)
	}
	if i >= 4 && toks[i-1].Is("and") && capWord(&toks[i-2]) && (j >= len(toks) || toks[j].Kind == Punct) {
		p := i - 2
		for p > 0 && capWord(&toks[p-1]) {
			p--
		}
		if p >= 2 && toks[p-1].Is("for") && seatAt(toks, p, i-1) {
			return true // a seat of two places: "MP for Boston and Skegness"
		}
	}
	if i >= 2 && toks[i-1].Is("for") {
		if j < len(toks) && toks[j].Newlines == 0 && !(toks[j].Kind == Punct && !toks[j].Is("-")) && !toks[j].Is("and") {
			return false // (the seat and a name run together: "Member for Kelvo Jane Roe said"; not "… for Kelvo-Land and member of …")
		}
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if member(k) {
				return true
			}
			if !(capWord(&toks[k]) || toks[k].Is("of") || toks[k].Is("the")) {
				break
			}
		}
		return false
	}
	if j+2 >= len(toks) || !member(j) || toks[j].Newlines > 0 || j-i == 1 && CommonWord(toks[i].Text) && !ProperWord(toks[i].Text) {
		return false // (a council's kind is no seat: "City Councillor Jane Roe")
	}
	k := j + 1
	if toks[j].Text == "Member" || toks[j].Text == "MEMBER" {
		for k < len(toks) && k < j+5 && (toks[k].Is("of") || toks[k].Is("the") || capWord(&toks[k]) && !nameStart(toks, k)) {
			k++ // "Member of the Senedd"
		}
	}
	return k+1 < len(toks) && nameStart(toks, k)
}

// germanMember reports a German member's letters after a name, in mixed
// case: "MdB", "MdL", "MdEP" (MemberChamber).
func germanMember(w string) bool { return MemberChamber(w) != "" }

// MemberChamber returns the chamber a German member's letters after a
// name name: "Bundestag" for "MdB", "Landtag" (a state's) for "MdL",
// "European Parliament" for "MdEP"; "" for any other word.
func MemberChamber(w string) string {
	switch w {
	case "MdB":
		return "Bundestag"
	case "MdL":
		return "Landtag"
	case "MdEP":
		return "European Parliament"
	}
	return ""
}

// partyMembers are the plurals a party's name ends in: "Social
// Democrats", "Young Liberals" (in a tag after a member's name).
var partyMembers = toSet(`Democrats Republicans Greens Liberals Conservatives Socialists Nationals Progressives Libertarians Unionists Nationalists Independents`)

// LocalPostTerritory reports one or two names [i, j) after a local
// government's post and "for", set off after it: the district or
// province the post covers ("Resident District Commissioner for Kelvo,",
// "Provincial Administrator for Sarna North."), not a field
// ("Commissioner for Refugees"); or a governor's province named with its
// head ("the Governor for Kelvo Province, Hon. Jane Roe").
func LocalPostTerritory(toks []Token, i, j int) bool {
	if i < 3 || j-i > 2 || !toks[i-1].Is("for") || j < len(toks) && toks[j].Kind != Punct {
		return false
	}
	if toks[i-2].Is("Governor") && j-i == 2 && toks[i].IsCap() && !CommonWord(toks[i].Text) && polityHead(toks[j-1].Text) {
		return true // a governor's province or state, named with its head: "Governor for Kelvo Province,"
	}
	for k := i; k < j; k++ {
		if CommonWord(toks[k].Text) && !ProperWord(toks[k].Text) && !CompassWord(toks[k].Text) {
			return false
		}
	}
	switch toks[i-2].Text {
	case "Commissioner", "Administrator", "Collector", "Magistrate", "Governor":
	default:
		return false
	}
	switch toks[i-3].Text {
	case "District", "Provincial", "County", "Divisional", "Municipal":
		return true // (not a body's staff post for its region: "Regional Commissioner for Europe", "Zonal Executive for Punjab")
	}
	return false
}

// polityHead reports the last word of a province's or state's name:
// "Province" of "Kelvo Province".
func polityHead(w string) bool {
	switch w {
	case "Province", "State", "County", "Region", "Governorate", "Prefecture", "Oblast":
		return true
	}
	return false
}
