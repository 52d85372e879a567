package parse

// Names: who a figure goes to, read from subjects, labels, lists and the
// page around them.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgName reports a name that says it is a body: "Tarwin Valley Shire
// Council", "Shire of Otway Plains", "Rural City of Wimmera Plains".
func orgName(n string) bool {
	lw := lastWordLower(n)
	if orgSuffixes[strings.Trim(lw, ".")] {
		return true
	}
	if legalForms[strings.ReplaceAll(lw, ".", "")] && strings.Contains(n, " ") {
		return true // "Skärholm Stålverk AB", "Oostervelde Energie cv"
	}
	l := asciiLower(n)
	if strings.HasSuffix(l, " district") {
		// a special district is a body: "Three Forks Public Library
		// District", "Okanee County School District" (not "the Lake
		// District")
		_, w := lastWord(strings.TrimSuffix(l, " district"))
		switch w {
		case "library", "school", "water", "fire", "park", "parks", "sanitation", "irrigation", "conservation", "hospital", "health", "transit", "utility", "drainage", "recreation":
			return true
		}
	}
	if k := strings.Index(l, " of "); k > 0 && !strings.Contains(l[:k], " and ") {
		// "National Institutes of Health", "Department of Energy": an
		// organisation word before "of"
		_, w := lastWord(l[:k])
		if orgSuffixes[w] || strings.HasSuffix(w, "s") && orgSuffixes[w[:len(w)-1]] {
			return true
		}
	}
	if f := firstField(n); len(f) > 5 && hasAnyPrefix(strings.ToLower(f), foreignOrgHeads...) && strings.Contains(n, " ") {
		// "Université de Saint-Olivier", "Universitet i Fjellvik",
		// "Instituto Ibérico del Hidrógeno": the organisation word opens
		// the name
		return true
	}
	if hasAnyPrefix(l, "vzw ", "asbl ", "v.z.w. ") {
		return true // "vzw Sportpark Oostervelde": an association by its form
	}
	if strings.HasPrefix(l, "friends of ") {
		return true // "Friends of Dunmere Forest": a supporters' group
	}
	if strings.HasPrefix(n, "NHS ") && strings.Count(n, " ") < 4 {
		return true // "NHS Ardmuir", "NHS Lothian": a health board
	}
	for _, p := range []string{"shire of ", "city of ", "town of ", "borough of ", "county of ", "district of ", "municipality of ", "township of ", "village of ", "university of ", "royal borough of "} {
		if strings.HasPrefix(l, p) || strings.HasPrefix(l, "rural "+p) || strings.HasPrefix(l, "the "+p) {
			return true
		}
	}
	return false
}

// legalForms are other countries' company and association forms that end
// a body's name, dots left out: "Hedeby Geotermi ApS", "Kestävä Kylä ry",
// "Nordfyn Fjernvarme A.m.b.a.", "Oostervelde Energie cv".
var legalForms = wordSet("ab aps a/s as asa oy oyj gmbh ggmbh ag kg ev bv nv sa srl spa sl slu sarl amba ry asbl cv cvba scrl")

// foreignOrgHeads open the names of organisations in other languages,
// whose organisation word comes first.
var foreignOrgHeads = []string{"universit", "institut", "istituto", "hochschule", "politecnico", "politécnic", "école", "ecole", "escuela", "fondation", "fundación", "fundacion", "fundação", "stiftung", "centro ", "consejo", "conseil", "consiglio", "agencia", "agence", "fraunhofer", "helmholtz"}

// placeLine reports a short "Town, Region" line such as "Lewiston, Idaho",
// or a town on its own ("Cheltenham").
func placeLine(t string) bool {
	t = strings.TrimSpace(t)
	if k := strings.Index(t, ", "); k > 0 {
		return countFields(t, 6) <= 5 && !orgName(t[:k])
	}
	return countFields(t, 4) <= 3 && !orgName(t) && leadingProper(t) == t && !strings.ContainsAny(t, "0123456789£$€")
}

// descriptorName returns the name in "the <description> <Name>" when the
// description ends in a role noun and the name runs to the end, or "".
func descriptorName(np string) string {
	words := strings.Fields(stripDeterminer(strings.TrimSpace(np)))
	if len(words) < 3 {
		return ""
	}
	j := -1 // where the name starts
	for i, w := range words {
		if i == 0 {
			continue // "Croatian" may open the description
		}
		if isProperWord(trimWord(w)) && (roleNouns[strings.ToLower(trimWord(words[i-1]))] || callings[words[i-1]]) {
			j = i
			break
		}
		if isProperWord(trimWord(w)) {
			return "" // a capitalised word before any role noun: a name already
		}
	}
	if j < 0 {
		return ""
	}
	for _, w := range words[1:j] {
		if !isLowerWord(w) {
			return ""
		}
	}
	name := cleanName(strings.Join(words[j:], " "))
	if last := strings.TrimRight(words[len(words)-1], ",;:"); legalSuffix(last) && strings.HasSuffix(last, ".") {
		name += "." // "d.d."
	}
	for _, w := range words[j:] {
		t := trimWord(w)
		if t == "" || isProperWord(t) || connectors[strings.ToLower(t)] || legalSuffix(w) {
			continue
		}
		return ""
	}
	return name
}

// legalSuffix reports a lowercase company form such as "d.o.o." or "d.d.".
func legalSuffix(w string) bool {
	w = strings.TrimRight(w, ",;:")
	return len(w) >= 3 && len(w) <= 8 && strings.Count(w, ".") >= 2 && isLowerWord(w)
}

// cutDescription drops a purpose or place after a name: "Shelter Cymru
// for advice", "X to purchase ferries".
func cutDescription(np string) string {
	for _, c := range []string{" for ", " to ", " in ", " towards ", ", ", " – "} {
		if k := strings.Index(np, c); k > 0 {
			np = np[:k]
		}
	}
	return np
}

// dropPlaceInBrackets drops a bracketed place or note after a name:
// "Dunes Edge Conservancy (Michigan City, Ind.)" is "Dunes Edge
// Conservancy", "Braw Books (Aberdeen)" is "Braw Books". A bracketed
// acronym stays.
func dropPlaceInBrackets(s string) string {
	for {
		k := strings.LastIndex(s, " (")
		if k <= 0 {
			return s
		}
		e := strings.IndexByte(s[k:], ')')
		in := s[k+2 : k+max(e, 2)]
		if e < 0 || !strings.ContainsAny(in, " ,") && (allCaps(in) || !isProperWord(in)) || isPerson(stripDeterminer(strings.TrimSpace(s[strings.LastIndex(s[:k], ", ")+1:]))) {
			return s // an acronym, or a person's body: "Professor Ann Lee (University of Kelsall)"
		}
		s = s[:k] + s[k+e+1:]
	}
}

// dashNames returns the names set off between dashes or brackets in a
// subject: "Three smaller schemes – A, B and C – will each receive".
func dashNames(subj string) []string {
	if hasPrefixFold(strings.TrimSpace(subj), 0, "each of ") {
		// "Each of Douglas Shire Council, Cassowary Coast Regional
		// Council and Hinchinbrook Shire Council will receive"
		list := strings.TrimSpace(subj)[len("each of "):]
		for _, v := range []string{" will ", " are to ", " receive", " receives", " gets ", " get ", " has ", " have ", " is to "} {
			if k := strings.Index(list, v); k > 0 {
				list = list[:k]
			}
		}
		if nameList(strings.Split(list, ", ")) {
			if names := splitNames(cleanName(list)); len(names) > 1 {
				return names
			}
		}
	}
	// "The other six centres, at A, B and C, will each receive"
	if k := strings.Index(subj, ", at "); k > 0 {
		list := strings.TrimRight(strings.TrimSpace(subj[k+len(", at "):]), ",")
		if nameList(strings.Split(list, ", ")) {
			if names := splitNames(cleanName(list)); len(names) > 1 {
				return names
			}
		}
	}
	for _, d := range [][2]string{{" – ", " – "}, {" — ", " — "}, {" - ", " - "}, {" (", ")"}} {
		i := strings.Index(subj, d[0])
		if i < 0 {
			continue
		}
		j := strings.Index(subj[i+len(d[0]):], d[1])
		if j < 0 {
			continue
		}
		list := subj[i+len(d[0]) : i+len(d[0])+j]
		list = strings.TrimPrefix(list, "led by ") // "Three of the hubs — led by A, B and C —"
		if nameList(strings.Split(list, ", ")) {
			if names := splitNames(cleanName(list)); len(names) > 1 {
				return names
			}
		}
		if names := describedNames(list); len(names) > 1 {
			return names
		}
	}
	return nil
}

// describedNames reads names each told of in a clause of its own: "Mill
// Lane Primary, which both of their children attended, and St Osyth's CE
// Primary, where Mrs Holloway worked" gives the two schools, "Obinna
// Nwankwo, for A Field Guide to Pavement Weeds, and Carys Pritchard, for
// ..." the two writers; nil unless every part is a name and its clause.
func describedNames(list string) []string {
	if !strings.Contains(list, ", which ") && !strings.Contains(list, ", where ") && !strings.Contains(list, ", who ") && !strings.Contains(list, ", for ") {
		return nil
	}
	var names []string
	for _, part := range strings.Split(list, ", and ") {
		for _, c := range []string{", which ", ", where ", ", who ", ", whose ", ", for "} {
			if k := strings.Index(part, c); k > 0 {
				part = part[:k]
			}
		}
		n := leadingProper(part)
		if n == "" || n != cleanName(stripDeterminer(part)) || isFunder(n) {
			return nil
		}
		names = append(names, n)
	}
	return names
}

// leadsInBrackets replaces "the Heatpump Skills Collective (led by
// Riverside Training Group)" in a list by the lead's name.
func leadsInBrackets(list string) string {
	for {
		k, e := nextBracket(list, " (led by ")
		if k < 0 {
			return list
		}
		lead := list[k+len(" (led by ") : e]
		st := strings.LastIndex(list[:k], ", ") + 1
		if st > 0 {
			st++
		}
		list = list[:st] + lead + list[e+1:]
	}
}

// nextBracket finds the first bracketed aside opened by open (" (", " (led
// by ") and returns where it opens and where its ")" is, or -1, -1.
func nextBracket(s, open string) (int, int) {
	k := strings.Index(s, open)
	if k < 0 {
		return -1, -1
	}
	e := strings.IndexByte(s[k:], ')')
	if e < 0 {
		return -1, -1
	}
	return k, k + e
}

// reportedIt resolves "it" after a reporting verb in sentence to the
// body that reported: "the hospice revealed it had been awarded" is the
// hospice, "Hull Trust said it would receive" is Hull Trust.
func (a *analyzer) reportedIt(sentence string) string {
	low := asciiLower(sentence)
	for _, v := range []string{"revealed", "said", "says", "announced", "confirmed", "told", "explained", "added", "reported", "disclosed"} {
		k := strings.Index(low, " "+v+" it ")
		if k < 0 {
			k = strings.Index(low, " "+v+" that it ")
		}
		if k <= 0 {
			continue
		}
		who := strings.TrimSpace(sentence[:k])
		for _, t := range []string{" today", " yesterday", " this week", " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " also"} {
			who = strings.TrimSuffix(who, t) // "The museum today announced that it"
		}
		who = who[datelineEnd(who):]
		whoLow := asciiLower(who)
		if _, n := lastWord(whoLow); strings.HasSuffix(whoLow, "the "+n) {
			return a.lastOrg(n)
		}
		if j := strings.LastIndex(who, ", "); j >= 0 {
			who = who[j+2:]
		}
		if n := leadingProper(who); n != "" && n == cleanName(stripDeterminer(who)) && !isFunder(n) {
			return a.expand(n)
		}
		return ""
	}
	return ""
}

// gappedSubject is the name that makes up the whole of a clause before a
// figure whose verb is understood from the clause before: ", and Y" in
// "X will receive $3.1m, and Y $2.4m", "; Y" in "X gets £5m; Y £2m".
func gappedSubject(left string) string {
	k, n := strings.LastIndex(left, ", and "), len(", and ")
	if j := strings.LastIndex(left, "; "); j > k {
		k, n = j, len("; ")
	}
	if j := strings.LastIndex(left, " and "); k < 0 && j >= 0 && isLowerWord(lastField(left[:j])) && !strings.ContainsAny(left[j:], "’'") {
		// "... £4,500 for new covers and Tosside Toddlers £3,250" (not
		// "from the Arts and Humanities Research Council’s X Fund")
		k, n = j, len(" and ")
	}
	if k < 0 {
		return ""
	}
	rest := cleanName(stripDeterminer(strings.TrimSpace(left[k+n:])))
	// ("and Lusaka-based ChiphikaTech up to £395,000": a one-word name
	// the place before it marks as a body's)
	named := dropBasedPrefix(rest)
	name := leadingProper(named)
	if name == "" || name != named || isFunder(name) || !strings.Contains(name, " ") && named == rest {
		return ""
	}
	return name
}

// unitHost gives the body a unit belongs to: "University of Kelsford’s
// School of Life Sciences" is the University of Kelsford's award.
func unitHost(r string) string {
	for _, ps := range []string{"’s ", "'s "} {
		if k := strings.Index(r, ps); k > 0 {
			unit := firstWordLower(r[k+len(ps):])
			if (unit == "school" || unit == "department" || unit == "faculty" || unit == "institute" || unit == "centre" || unit == "center") && orgName(r[:k]) {
				return r[:k]
			}
		}
	}
	return r
}

// sectionLead reads who leads the work a section describes: "Led by the
// University of Bristol with ...", "The University of York will lead
// work with ...".
func sectionLead(s sent) string {
	if r, at := ledBy(s.text); r != "" && at < 40 && (orgName(r) || strings.Contains(r, " ") && !isPerson(r)) && !isFunder(r) {
		return r
	}
	for _, v := range []string{" will lead ", " leads ", " is leading "} {
		if k := strings.Index(s.low, v); k > 0 {
			if n := leadingProper(s.text[:k]); n != "" && n == cleanName(stripDeterminer(s.text[:k])) && orgName(n) && !isFunder(n) {
				return n
			}
		}
	}
	return ""
}

func isFunder(name string) bool {
	l := strings.ToLower(name)
	if l == "home office" || l == "the home office" || l == "department" || l == "cabinet office" || l == "dcms" || l == "dfe" || l == "mhclg" || l == "dluhc" || knownFunders[strings.TrimPrefix(l, "the ")] {
		return true
	}
	if strings.HasPrefix(l, "department for ") || strings.HasPrefix(l, "department of ") || strings.HasPrefix(l, "ministry of ") || strings.HasPrefix(l, "ministry for ") {
		return true
	}
	for _, w := range funderWords {
		if strings.Contains(l, w) && !strings.Contains(l, "centre") && !strings.Contains(l, "council") {
			return true
		}
	}
	return false
}

// afterDescription reads the name after a short description:
// "Falmouth-area boatbuilder Caldwater Marine Ltd", "Leeds-based charity
// Hope Works": a compound adjective, up to three lowercase words, then a
// body's name; "" otherwise.
func afterDescription(s string) string {
	f := strings.Fields(s)
	if len(f) < 3 || !compoundAdjective(strings.ToLower(f[0])) {
		return ""
	}
	for k := 1; k < len(f) && k <= 4; k++ {
		if isLowerWord(f[k]) {
			continue
		}
		if n := leadingProper(strings.Join(f[k:], " ")); n != "" && orgName(n) {
			return n
		}
		return ""
	}
	return ""
}

// kindThenName reads a body's name after up to three words that say
// what kind of body it is, a nationality first and "of" last allowed:
// "port authority Havenbedrijf Zeeveld", "Danish municipality of
// Aarhusvig Kommune"; "" when no name of two words or more follows.
// (descriptorName wants a role noun and the name to end the phrase.)
func kindThenName(s string) string {
	f := strings.Fields(s)
	i := 0
	if len(f) > 1 && isProperWord(f[0]) && isLowerWord(f[1]) {
		i = 1 // "Danish municipality"
	}
	start := i
	for i < len(f) && i-start < 3 && isLowerWord(f[i]) && !connectors[f[i]] && f[i] != "with" && f[i] != "by" && f[i] != "from" && f[i] != "to" {
		i++ // (not "volunteers in Ashby Fold": a place, no body)
	}
	if i == start || i >= len(f) {
		return ""
	}
	if f[i] == "of" {
		i++
	}
	if i >= len(f) {
		return ""
	}
	n := leadingProper(strings.Join(f[i:], " "))
	if n == "" || !strings.Contains(n, " ") || isFunder(n) {
		return ""
	}
	return n
}

// ledBy finds "led by X", "run by X", "drawn up by X", "X-led" in s and
// returns the named lead.
// namedBeforeLed finds a body's proper name put before an appositive
// that describes it: "The biggest winner is the Hallam Valley Rail
// Partnership – a consortium " (the words before "led by").
func namedBeforeLed(before string) string {
	for _, sep := range []string{" – a ", " — a ", " - a ", ", a ", " – an ", ", an "} {
		k := strings.Index(before, sep)
		if k <= 0 {
			continue
		}
		n := trailingProper(before[:k])
		if n != "" && strings.Contains(n, " ") && collectiveBody(lastWordLower(n)) && !isFunder(n) {
			return n
		}
	}
	return ""
}

// collectiveBody reports the head word of a body made of others.
func collectiveBody(w string) bool {
	switch w {
	case "partnership", "consortium", "alliance", "collaborative", "coalition", "network", "collective", "federation", "forum", "group":
		return true
	}
	return false
}

func ledBy(s string) (string, int) {
	if !strings.Contains(s, " by ") && !strings.Contains(s, "-led") {
		return "", -1
	}
	low := asciiLower(s)
	best, bestAt := "", -1
	for _, p := range []string{"led by ", "run by ", "drawn up by ", "developed by ", "delivered by ", "submitted by ", "managed by ", "headed by ", "put forward by ", "proposed by ", "coordinated by ", "co-ordinated by ", "operated by ", "organised by ", "organized by ", "hosted by ", "fronted by ", "spearheaded by "} {
		if k := strings.Index(low, p); k >= 0 && (bestAt < 0 || k < bestAt) {
			rest := s[k+len(p):]
			r := leadingProper(rest)
			if isPerson(rest) {
				// "led by Dr Priya Raman, Institute of Immunology and
				// Infection": the researcher, with the host when named
				seg := rest
				if j := strings.Index(seg, ", "); j > 0 {
					if e := strings.Index(seg[j+2:], ", "); e >= 0 {
						seg = seg[:j+2+e]
					}
				}
				if inst := personInstitution(seg); inst != "" {
					r = inst
				} else if inst := personAt(cutClause(seg)); inst != "" {
					r = inst
				} else if n := personName(rest); n != "" && teamLead(low[:k]) {
					// "A team led by Dr. Maya Goldfarb, professor of
					// epidemiology, has received": the researcher
					r = n
				}
			}
			if r == "" {
				r = afterDescription(stripDeterminer(rest))
			}
			if r == "" || !strings.Contains(r, " ") && !orgName(r) && !isAcronym(r) {
				// "led by the port authority Havenbedrijf Zeeveld", "led by
				// the Danish municipality of Aarhusvig Kommune": the name
				// after what the body is
				if d := kindThenName(stripDeterminer(rest)); d != "" {
					r = d
				}
			}
			if r == "" {
				continue
			}
			best, bestAt = r, k
		}
	}
	if best != "" {
		return best, bestAt
	}
	if k := strings.Index(low, "-led"); k > 0 {
		ws := wordSpans(s[:k])
		// words before "-led" that are capitalised, allowing a lowercase
		// organisation word last ("Metropolitan police-led")
		end := len(ws)
		st := end
		for st > 0 {
			w := s[ws[st-1].start:ws[st-1].end]
			if isProperWord(w) || st == end && lowerTail[strings.ToLower(trimWord(w))] {
				st--
				continue
			}
			break
		}
		if st < end {
			name := cleanName(s[ws[st].start:k])
			if isProperWord(strings.Fields(name)[0]) && !ledAdjectives[strings.ToLower(name)] && !countLead(name) {
				return name, ws[st].start
			}
		}
	}
	return "", -1
}

// resolveSubject turns the text before a recipient verb into a recipient.
// It reports generic=true for group subjects ("14 projects", "ten forces",
// "Police forces in England and Wales") that make the figure a round total.
func (a *analyzer) resolveSubject(raw string, atStart bool, sentence string) (string, bool, int) {
	if k := strings.Index(raw, ", "); k > 0 {
		// "Cerámicas Almagrera, S.A., one of the largest tile makers,":
		// the company's form is its name's, not an appositive
		if f, rest, _ := strings.Cut(raw[k+2:], ","); formWord(f) {
			raw = raw[:k] + " " + f + rest
		}
	}
	if k := strings.LastIndex(raw, " which "); k > 0 && hasAnySuffix(raw[:k], ", in", ", under", ", through") {
		// "The money comes from the third round of the fund, in which 55
		// projects across the UK share £960m": the relative clause's
		// own subject
		return a.resolveSubject(raw[k+len(" which "):], false, sentence)
	}
	if w := firstWordLower(strings.TrimSpace(raw)); (w == "every" || w == "all") && hasAnyWord(asciiLower(sentence), []string{"share", "shares", "shared"}) {
		// "Every council in Scotland is to receive a share of £23.5
		// million": the whole group, not the place it is in (but
		// "EVERY county councillor was given £10,000" is each one's)
		return "", true, 0
	}
	if t := strings.TrimSpace(raw); hasPrefixFold(t, 0, "in ") {
		// "In 2029 it was awarded £640,000": when, then the subject
		f := strings.Fields(t)
		k := 1
		if k < len(f) && months[strings.ToLower(f[k])] > 0 {
			k++
		}
		if k < len(f) && isYear(strings.TrimRight(f[k], ",")) && k+1 < len(f) {
			return a.resolveSubject(strings.Join(f[k+1:], " "), atStart, sentence)
		}
	}
	if commonList(raw) {
		// "Piers, harbours, roads and community buildings on Scotland's
		// islands will benefit": things listed, the first capitalised
		// only as the sentence's first word
		return raw, true, 0
	}
	if n := spunOut(raw); n != "" {
		// "University of Nottingham spin-out Anodic Materials has been
		// awarded £980,000": the company, not the university it came from
		return a.expand(n), false, 0
	}
	if describedKind(raw) {
		// "Historic Ellerhurst mosque wins £185,000": what the body is,
		// its name told later (not "Historic Ellerhurst")
		return "", false, 0
	}
	if peopleWho(raw) {
		// "Volunteers who turned a fly-tipping hotspot in Wisbeck into a
		// community garden": people described, their group named later
		// (not the place in the clause)
		return "", false, 0
	}
	if t := strings.TrimSpace(raw); strings.HasSuffix(t, " and") {
		// "we applied separately to the parish council's grants and
		// were awarded £1,200": the subject of both verbs, not the body
		// applied to
		l := asciiLower(t)
		for _, v := range []string{" applied ", " bid ", " approached ", " asked "} {
			if k := strings.Index(l, v); k > 0 {
				return a.resolveSubject(t[:k], atStart, sentence)
			}
		}
	}
	if k, ok := strings.CutPrefix(asciiLower(strings.TrimSpace(raw)), "the "); ok && strings.HasSuffix(k, " council") && strings.Count(k, " ") == 1 {
		// "The county council received 4.8 million pounds" on
		// Wyvernshire County Council's page: the council whose page it is
		if o := a.titleOrg("council"); o != "" && strings.Contains(asciiLower(o), k) {
			return o, false, 0
		}
	}
	s := dropPlaceInBrackets(strings.TrimSpace(raw))
	s = dropBasedPrefix(s)
	if strings.Contains(s, ", ") && !strings.Contains(s, "led by ") {
		// "Fourteen charities and community groups from across Hull, the
		// East Riding, North Lincolnshire and North East Lincolnshire":
		// a counted group, wherever it is from
		if n, w := countWord(asciiLower(s)); n > 1 && w > 0 {
			if f := firstField(strings.TrimSpace(s[w:])); isLowerWord(f) && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") {
				return s, true, n
			}
		}
	}
	if k := strings.Index(s, ", in "); k > 0 {
		// "Our regional partner Lakeside College, in Workington, was
		// also successful": where the body is, set off by commas
		if e := strings.Index(s[k+len(", in "):], ","); e > 0 {
			place := s[k+len(", in ") : k+len(", in ")+e]
			if leadingProper(place) == place && countFields(place, 4) <= 3 {
				s = s[:k] + s[k+len(", in ")+e+1:]
			}
		}
	}
	for _, p := range []string{"her ", "his ", "Her ", "His "} {
		// "This spring her company was awarded $3.5 million" in a
		// founder's profile: the company, as "the company" would be
		if k := strings.LastIndex(s, p); k >= 0 && (k == 0 || introWords[firstWordLower(s)] && !strings.Contains(s[:k], ",")) && companyNouns[asciiLower(s[k+len(p):])] {
			s = "the " + s[k+len(p):]
			break
		}
	}
	if len(s) >= 6 && !strings.Contains(s, " ") && upperInvariant(s) && isAlpha(s) && vowels(s) >= 2 {
		// (a word, not an acronym such as "EPSRC" or "DEFRA")
		s = titleCase(strings.ToLower(s)) // a news lead's "FENNICK is the big winner"
	}
	if k := lastEmoji(s); k >= 0 {
		// "Still pinching ourselves 🎭✨ We've": a post's emoji end what
		// went before as a full stop would
		s = strings.TrimSpace(s[k:])
	}
	for _, t := range []string{"’s team", "'s team", "’s research team", "'s research team", "’s group", "'s group", "’s lab", "'s lab"} {
		// "Dr Miriam Achterberg’s team has won £890,000" on a
		// university's own page: the researcher's award, held there
		if p, ok := strings.CutSuffix(s, t); ok && isPerson(p) {
			if n, host := personName(p), a.publisherOrg(); n != "" && host != "" && orgName(host) {
				return atHost(n, host), false, 0
			}
		}
	}
	if k := strings.LastIndex(s, ", with "); k > 0 && countLead(s[k+len(", with "):]) && genericNouns[lastWordLower(s)] && hasAnyWord(asciiLower(s[:k]), []string{"will", "is", "are", "was", "were", "be"}) && !strings.Contains(s[:k], "led by") {
		// "Creeks ... will be cleaner, with 26 community, Landcare and
		// catchment groups sharing $3.84 million": the counted group
		// after a clause (but "a consortium led by X, with 3
		// neighbouring trusts," is X's)
		s = s[k+len(", with "):]
		if n, _ := countWord(asciiLower(s)); n > 1 {
			return s, true, n
		}
	}
	if n := withNamed(s); n != "" {
		return a.expand(n), false, 0 // "..., with Dunmoor Harriers Athletic Club awarded almost £500k"
	}
	if k := strings.Index(s, ", "); k > 3 && !strings.Contains(s[:k], " ") && strings.HasSuffix(asciiLower(s[:k]), "ly") {
		s = s[k+2:] // "Nationally, 1,320 projects shared £434 million"
	}
	if k := strings.LastIndex(s, ", "); k > 0 && (introWords[firstWordLower(s)] || openerWords[firstWordLower(s)]) {
		// "From a dark-skies weekend in Dunmere Forest to a light trail
		// around Castle Orme, eleven events have been awarded": a counted
		// group after the opener
		if n, w := countWord(asciiLower(s[k+2:])); n > 1 && w > 0 {
			return s[k+2:], true, n
		}
	}
	if k := strings.LastIndex(s, ", "); k > 0 && pronounSubjects[asciiLower(strings.TrimSpace(s[k+2:]))] && introWords[firstWordLower(s)] {
		s = s[k+2:] // "Alongside the investment, the firm has secured"
	} else if k := strings.LastIndex(s, " the "); k > 0 && introWords[firstWordLower(s)] && pronounSubjects[asciiLower(strings.TrimSpace(s[k+1:]))] {
		s = s[k+1:] // "In the second round the force was awarded"
	}

	for _, p := range []string{"Congratulations to ", "congratulations to ", "Well done to ", "Thanks to "} {
		s = strings.TrimPrefix(s, p) // "Congratulations to X, which has been awarded"
	}
	// a headline is not split into sentences: "Some news we've been
	// sitting on for weeks... Tessellate Health has been awarded"
	for _, cut := range []string{"... ", "… ", "! ", "? "} {
		if k := strings.LastIndex(s, cut); k >= 0 {
			s = s[k+len(cut):]
		}
	}
	if l := asciiLower(s); l == "it" || strings.HasSuffix(l, " it") {
		if r := a.reportedIt(sentence); r != "" {
			return r, false, 0
		}
	}
	for _, p := range []string{"a joint bid by ", "a joint bid from ", "the joint bid by ", "the joint bid from ", "a bid by ", "a bid from ", "the bid by ", "the bid from "} {
		// "a joint bid by Lowmarsh and Marrowfield councils won £18
		// million": the bidders, together
		if hasPrefixFold(s, 0, p) {
			if rest := strings.TrimRight(s[len(p):], " ,"); firstProper(rest) != "" {
				return cleanName(rest), false, 0
			}
		}
	}
	sl := strings.ToLower(s)
	relative := false
	for _, t := range []string{", which", " which", ", who", " who", ", that", " that", ","} {
		if strings.HasSuffix(sl, t) {
			relative = relative || t == ", which" || t == ", who"
			s = strings.TrimSpace(s[:len(s)-len(t)])
			sl = strings.ToLower(s)
		}
	}
	if relative && strings.Contains(s, " ") {
		// "At Llandysul he met staff and volunteers from Afonydd Cymru,
		// which has been awarded": the name the relative clause hangs on
		if n := trailingProper(s); strings.Contains(n, " ") && strings.HasSuffix(s, n) && len(n) < len(s) && !isFunder(n) && !a.isFundName(n) && !isPerson(n) {
			if k := len(s) - len(n); k > 0 && isLowerWord(finalWord(s[:k])) && !nameJoiners[finalWord(s[:k])] {
				return a.expand(n), false, 0
			}
		}
	}
	for _, v := range []string{" has selected ", " have selected ", " selected ", " has chosen ", " has picked "} {
		// "The Agency has selected 12 small and medium-sized enterprises
		// from seven countries to receive a total of €18 million": the
		// ones chosen, counted
		if k := strings.Index(sl, v); k > 0 {
			if n, w := countWord(sl[k+len(v):]); n > 1 && w > 0 {
				return s[k+len(v):], true, n
			}
		}
	}
	for _, rel := range []string{", which ", ", who ", ", whose "} {
		// "Nettlebank Housing Co-operative, which owns just 240 homes,
		// secured £612,000": the body before its relative clause
		if k := strings.Index(s, rel); k > 0 && !strings.Contains(s[k+len(rel):], ", ") {
			if wholeOrg(s[:k]) != "" {
				s, sl = s[:k], strings.ToLower(s[:k])
			}
		}
	}
	if w := lastWordLower(s); (roundNoun(w) || w == "competition") && (strings.Contains(s, "’s ") || strings.Contains(s, "'s ")) {
		// "the Foundation’s 2027 “Living Coasts” grant round, which is
		// sharing €6 million": the owner's batch, not the owner
		return "", true, 0
	}
	for _, prep := range []string{" in ", " on ", " at ", " near "} {
		// "The Old Granary Bakery on Sheep Street", "Ridley's Hardware
		// in Burnham Cross": a named business, then where it is
		if k := strings.Index(s, prep); k > 0 {
			name, place := cleanName(stripDeterminer(s[:k])), strings.TrimSpace(s[k+len(prep):])
			if name != "" && strings.Contains(name, " ") && leadingProper(name) == name && place != "" && leadingProper(place) == place && len(strings.Fields(place)) <= 4 && !isFunder(name) {
				s, sl = s[:k], strings.ToLower(s[:k])
			}
			break
		}
	}
	if r, at := ledBy(s); r != "" {
		if lb := strings.ToLower(strings.TrimSpace(s[:max(0, at)])); strings.HasPrefix(lb, "the fund") || strings.HasPrefix(lb, "the scheme") || strings.HasPrefix(lb, "the programme") || a.isFundName(strings.TrimRight(s[:max(0, at)], " ,")) {
			// "The fund, run by Sport England on behalf of the
			// government, has shared £18.7m": the body that runs a fund
			// gives the money
			return "", false, 0
		}
		if n := namedBeforeLed(s[:max(0, at)]); n != "" {
			// "the Hallam Valley Rail Partnership – a consortium led by
			// Greyfield Metropolitan Borough Council with ...": the
			// body named, its lead only described
			return a.expand(n), false, 0
		}
		if k := strings.Index(s, "led by "); k >= 0 {
			// "A project led by Dr Joanna Pell of the School of English,
			// with partners at ...": the researcher's host
			seg := s[k+len("led by "):]
			if j := strings.Index(seg, ", "); j > 0 {
				seg = seg[:j]
			}
			if isPerson(seg) {
				if o := a.personOrg(seg); o != "" {
					return o, false, 0
				}
			}
		}
		return a.expand(r), false, 0
	}
	// "the Croatian coastal operator Jadranski Otočni Promet d.d.": the
	// name after its description
	if n := descriptorName(s); n != "" {
		return a.expand(n), false, 0
	}
	// "Dr Tomasz Wierzbicki of the School of Geography": a person's award
	// is held by their institution, or the page's own university when
	// only a department is named
	segs := []string{s, s[strings.LastIndex(s, ", ")+1:]}
	if k := strings.Index(s, ", "); k > 0 && !isPerson(s) {
		// "In a separate announcement, Dr Amira Feld, a lecturer in
		// ...": the person after an opening phrase
		for j := k; j >= 0 && j < len(s); {
			if rest := s[j+2:]; isPerson(rest) {
				segs = append(segs, rest)
				break
			}
			n := strings.Index(s[j+2:], ", ")
			if n < 0 {
				break
			}
			j += 2 + n
		}
	}
	for _, seg := range segs {
		if inst := a.personOrg(strings.TrimSpace(seg)); inst != "" {
			return inst, false, 0
		}
	}
	if t := strings.TrimSpace(s); isPerson(t) {
		// "Professor Ann Lee has won £20,000": the person, less the title
		if n := personName(t); n != "" && len(n)+20 >= len(dropAsides(t)) {
			return n, false, 0
		}
	}
	// "Kelvinside Biopolymers Ltd, a Glasgow spin-out that makes ...,":
	// a full name before an appositive is the subject
	if k := strings.Index(s, ", "); k > 0 {
		rest := asciiLower(s[k+2:])
		first := stripDeterminer(s[:k])
		// "Mercia Police, leading a group of five forces,", "X, working
		// with three councils,"
		aside := strings.HasPrefix(rest, "a ") || strings.HasPrefix(rest, "an ") || strings.HasSuffix(firstWordLower(rest), "ing") && isLowerWord(rest) ||
			hasAnyPrefix(rest, "with ", "together with ", "in partnership with ", "on behalf of ", "along with ", "one of ")
		if aside && strings.Contains(first, " ") && leadingProper(first) == cleanName(first) && !isFunder(first) {
			s = s[:k] // ("Prairie Signal Labs Inc., a developer of sensors that monitor ...")
		}
	}
	low := asciiLower(s)
	mayCut := subjectCutsIn(low)
	for ci, cut := range subjectCuts {
		if mayCut&(1<<ci) == 0 {
			continue
		}
		if k := lastIndex(low, cut); k >= 0 {
			if cut == " that " && genericNouns[lastWordLower(low[:k])] {
				// "Sixteen projects that help people feel safer": a
				// relative clause of the group, not "announced that ..."
				continue
			}
			s, low = s[k+len(cut):], low[k+len(cut):]
			atStart = false
		}
	}
	if n := descriptorName(s); n != "" && s != raw {
		// "The largest grant went to the Tulsa-based nonprofit Green
		// Country Growers, which received": the name after its
		// description, once the words before it are cut
		return a.expand(n), false, 0
	}
	if n := describedName(s); n != "" {
		// "A boxing club in Buncrana, St Oran's Boxing Club, gets
		// €9,500": the name after its description
		return a.expand(n), false, 0
	}
	if anonymous(s) {
		// "A community energy company in the Ettrick valley": someone
		// not yet named, not the place they are in
		return "", false, 0
	}
	// "Researchers at Harwick University", "a team from the Met Office":
	// the people's institution is the recipient
	for _, p := range []string{"researchers", "scientists", "academics", "engineers", "staff", "experts", "a team", "teams", "the team", "a group", "the group", "clinicians", "doctors", "volunteers", "campaigners", "organisers", "residents", "the people", "the charity", "the volunteers"} {
		if !hasPrefixFold(low, 0, p) {
			continue // low changes only below, after this test has passed
		}
		for _, prep := range []string{" at ", " from ", " based at ", " behind ", " who run ", " running ", " in "} {
			if prep == " in " && !(hasPrefixFold(low, len(p), prep) && orgName(leadingProper(s[len(p+prep):]))) {
				continue // "Researchers in Harwick's Institute of Coastal Science", not "researchers in Wales"
			}
			if hasPrefixFold(low, 0, p) && hasPrefixFold(low, len(p), prep) && firstProper(s[len(p+prep):]) != "" {
				s, low = s[len(p+prep):], low[len(p+prep):]
				atStart = false
			}
		}
	}
	for _, cut := range []string{" for the ", " for ", " on behalf of ", " in partnership with "} {
		if k := strings.Index(low, cut); k > 0 {
			if cut == " for " && isProperWord(finalWord(s[:k])) && isProperWord(firstWord(s[k+len(cut):])) {
				continue // "Action for Children" is one name
			}
			if j := strings.LastIndex(s, ", "); j > k && properOnly(s[j+2:]) {
				// "Closer to home for many fruit growers, the Carnby Apple
				// Growers' Association": a phrase set before the subject
				continue
			}
			before := stripDeterminer(s[:k])
			if (cut == " for " || cut == " for the ") && planNouns[strings.ToLower(trimWord(before))] {
				// "Plans for an Eden Project on the coast": the thing
				// planned is the recipient
				s, low = s[k+len(cut):], low[k+len(cut):]
				atStart = false
				continue
			}
			s, low = s[:k], low[:k]
		}
	}
	// "Projects to restore rivers, peatland and woodland": a group noun
	// with a purpose phrase is the group, whatever the list inside says
	// "Community groups in Devon, Cornwall and Somerset": a group in
	// places is the group too
	if f := strings.Fields(low); len(f) > 2 {
		g := 0
		if genericNouns[trimWord(f[0])] {
			g = 1
		} else if len(f) > 3 && (atStart || !isProperWord(strings.Fields(s)[0])) && genericNouns[trimWord(f[1])] {
			g = 2
		} else if len(f) > 4 && atStart && genericNouns[trimWord(f[2])] && isLowerWord(strings.Fields(s)[1]) {
			g = 3 // "Community-led housing projects on five islands"
		}
		if g > 0 && (f[g] == "to" || f[g] == "in" || f[g] == "across" || f[g] == "throughout" || f[g] == "on" || f[g] == "from" || f[g] == "at" ||
			// "Sixteen projects that help people feel safer"
			f[g] == "that" || f[g] == "which" || f[g] == "who" || f[g] == "whose") {
			s = strings.Join(strings.Fields(s)[:g], " ")
			low = asciiLower(s)
		}
	}
	if !strings.Contains(s, ", the ") && !strings.Contains(s, ", The ") {
		// (no appositive: nothing to split)
	} else if segs := strings.Split(s, ", "); len(segs) == 2 || len(segs) == 3 && strings.TrimSpace(segs[2]) == "" {
		if sg := strings.TrimSpace(segs[1]); hasPrefixFold(sg, 0, "the ") && !orgName(cleanName(stripDeterminer(segs[0]))) {
			// "Urras Chala Loch nam Madadh, the Lochmaddy Harbour
			// Trust,": a name, then the body it is in English
			if n := leadingProper(sg[4:]); n != "" && n == cleanName(sg[4:]) && orgName(n) && !isFunder(n) {
				return a.expand(n), false, 0
			}
		}
	}
	if segs := strings.Split(s, ", "); len(segs) > 1 && !nameList(segs) {
		pick := len(segs) - 1
		for k := len(segs) - 1; k >= 0; k-- {
			if sg := strings.TrimSpace(segs[k]); len(sg) > 4 && hasPrefixFold(sg, 0, "the ") && strings.IndexByte(sg[4:], ' ') < 0 && (bodyPronoun(asciiLower(sg[4:])) || orgSuffixes[asciiLower(sg[4:])]) {
				break // "Set up in a former Methodist chapel, the hub": the body referred back to
			}
			if firstProper(segs[k]) != "" {
				pick = k
				break
			}
		}
		// "The John Innes Centre and the Quadram Institute, both based on
		// the park," keeps the name before a lowercase appositive
		if first := stripDeterminer(segs[0]); pick > 0 && (leadingProper(first) != "" && len(leadingProper(first))*2 >= len(cleanName(first)) || countLead(first)) {
			appositive := true
			for _, sg := range segs[1:] {
				if w := firstWord(sg); w == "" || isProperWord(w) {
					appositive = false
				}
			}
			if appositive {
				pick = 0
				segs = segs[:1]
			}
		}
		if pick > 0 {
			atStart = false
		}
		s = strings.Join(segs[pick:], ", ")
	}
	s = stripDeterminer(strings.TrimPrefix(s, "with ")) // "..., with 48 projects across NSW sharing $18.5m"
	ls := strings.ToLower(s)
	switch weFeeling(strings.ReplaceAll(ls, "’", "'")) {
	case "we", "we have", "we've", "we'll", "we will", "we are", "we're", "we've now", "we have now":
		// "We have been awarded £X" on a charity's own blog, "the £2.5m
		// we secured" in a council's release: the publisher (or who
		// signed the post the story embeds)
		if a.postBy != "" {
			return a.expand(a.postBy), false, 0
		}
		if o := a.publisherOrg(); o != "" {
			return o, false, 0
		}
		return "", false, 0
	}
	if (ls == "they" || ls == "it") && !atStart {
		// "And at the other end of the scale, the Hembury Ridge Dementia
		// Café – they got three thousand two hundred pounds": the body
		// named before the dash
		for _, d := range []string{" – ", " — ", " - "} {
			k := strings.Index(sentence, d+strings.TrimSpace(raw)+" ")
			if k <= 0 {
				continue
			}
			seg := sentence[:k]
			if j := strings.LastIndexAny(seg, ",:;"); j >= 0 {
				seg = seg[j+1:]
			}
			seg = stripDeterminer(strings.TrimSpace(seg))
			if n := leadingProper(seg); n != "" && n == seg && (orgName(n) || strings.Count(n, " ") >= 2 && !isPerson(n)) && !isFunder(n) {
				return a.expand(n), false, 0
			}
		}
	}
	if ls == "it" && !atStart {
		// "Kettlewick fared better in the first round, when it received
		// seven million pounds": the name that opens the sentence (after
		// a dateline: "Great Yarwell, Norfolk – 12 May 2026 – X Ltd today
		// announced it has secured ...")
		sentence = sentence[datelineEnd(sentence):]
		if n := leadingProper(sentence); n != "" && strings.HasPrefix(sentence, n) && !isFunder(n) && !a.isFundName(n) && !isPerson(n) {
			return a.expand(n), false, 0
		}
	}
	if a.lastFund != "" && (ls == "the "+lastWordLower(a.lastFund) || ls == lastWordLower(a.lastFund)) && fundHeads[lastWordLower(a.lastFund)] {
		// "The initiative is backed by $60 million": the fund just
		// named, which receives nothing
		return "", false, 0
	}
	if l := strings.TrimPrefix(ls, "the "); (l == "consortium" || l == "partnership" || l == "team" || l == "project") && a.lastLed != "" && a.order-a.ledOrder <= 2 {
		// "Consortium led by the Scheldemond Institute. The consortium
		// receives €650,000": the lead
		return a.lastLed, false, 0
	}
	if l := strings.TrimPrefix(ls, "the "); (l == "consortium" || l == "partnership") && a.lead != "" && !isFunder(a.lead) {
		// "Universität Falkenau will coordinate an international
		// consortium ... The consortium will receive an EU contribution
		// of €7,480,000": the coordinator
		return a.expand(a.lead), false, 0
	}
	if f := strings.Fields(ls); len(f) == 2 && bodyPronoun(f[1]) {
		// "The cricket club has been awarded £212,000" after
		// "Ravensmoor Town Cricket Club, ... were all successful": the
		// club of that kind just named
		for back := 1; back <= 4 && back <= len(a.prev); back++ {
			for _, names := range properNames(a.prev[len(a.prev)-back]) {
				for _, name := range strings.Split(names, " and ") {
					// ("A Club and B Club" read as one run)
					if l := asciiLower(name); lastWordLower(name) == f[1] && strings.Contains(l, " "+f[0]+" ") && !isFunder(name) {
						return a.expand(name), false, 0
					}
				}
			}
		}
	}
	if (ls == "they" || ls == "it") && len(a.prev) > 1 {
		// "We were also delighted to see our friends at Inishcarrow
		// Island Nursing Support among the successful projects. They have
		// been granted €85,000": the one body the sentence before names
		// among the winners
		if p := a.prev[len(a.prev)-2]; containsAny(asciiLower(p), []string{"among the successful", "among the winners", "among those funded", "also successful", "was successful", "were successful"}) {
			if names := properNames(p); len(names) == 1 && strings.Contains(names[0], " ") && !isFunder(names[0]) && !a.isFundName(names[0]) && !isPerson(names[0]) {
				return a.expand(names[0]), false, 0
			}
		}
	}
	if pronounSubjects[ls] || pronounSubjects["the "+ls] {
		if n := strings.TrimPrefix(ls, "the "); placeBodies[n] && strings.Contains(s, strings.ToUpper(n[:1])+n[1:]) {
			// "the Council had previously been awarded £480,000" in the
			// council's own minutes: the body whose page it is
			if o := a.titleOrg(n); o != "" {
				return o, false, 0
			}
		}
		if n := nounInSentence(sentence, strings.TrimPrefix(ls, "the ")); n != "" {
			// "Pupils at Thornbury Road Primary School ... after the
			// school was awarded £1.6 million": the school just named
			return a.expand(n), false, 0
		}
		if n := strings.TrimPrefix(ls, "the "); kindNouns[n] && len(a.prev) > 1 {
			// "No bid was received from Hollinbrook Police in the first
			// round. In the second round the force was awarded ...": the
			// force just named, before the last grantee
			if r := a.orgOfKind(a.prev[len(a.prev)-2], n); r != "" {
				return r, false, 0
			}
		}
		if n := strings.TrimPrefix(ls, "the "); pronounSubjects["the "+n] && a.lastRecip != "" && lastWordLower(a.lastRecip) != n {
			// "Wrexley Town Council has handed £2,000 to Wrexley in
			// Bloom. ... Members of Lodden Bowls Club voted ... the club
			// will receive up to £20,000": the club named since, not the
			// last grantee
			for back := 2; back <= 5 && back <= len(a.prev); back++ {
				if r := a.orgOfKind(a.prev[len(a.prev)-back], n); r != "" && lastWordLower(r) == n {
					if k := strings.Index(r, " of "); k > 0 && hasAnyWord(asciiLower(r[:k]), []string{"members", "volunteers", "supporters", "staff", "pupils", "trustees", "parents"}) {
						r = r[k+len(" of "):] // "Members of Lodden Bowls Club"
					}
					return a.expand(r), false, 0
				}
			}
		}
		if n := strings.TrimPrefix(ls, "the "); kindNouns[n] && !hasWord(asciiLower(a.lastRecip), n) {
			// "Hallstone Civil Engineering has been appointed by
			// Marshfield City Council ... The council secured £14.2m": a
			// council, not the contractor last given money
			for back := 1; back <= len(a.prev) && back <= 40; back++ {
				// (as far back as a long article's opening, and no
				// further: a page of many such sentences stays linear)
				if r := a.orgOfKind(a.prev[len(a.prev)-back], n); r != "" && lastWordLower(r) == n {
					return a.expand(r), false, 0
				}
			}
			if r := a.titleOrg(n); r != "" || a.lastRecip != "" && orgName(a.lastRecip) {
				return r, false, 0
			}
		}
		if a.lastRecip != "" {
			return a.lastRecip, false, 0
		}
		return a.lastOrg(strings.TrimPrefix(ls, "the ")), false, 0
	}
	if strings.HasPrefix(ls, "one of ") {
		// "Harrowden's bid is one of 12 successful bids sharing £31.5m":
		// the group of 12 shares the figure
		if n, w := countWord(ls[len("one of "):]); w > 0 && n > 1 && genericNouns[headNoun(s)] && hasAnyWord(asciiLower(sentence), []string{"sharing", "share", "split", "splitting"}) {
			return s[len("one of "):], true, n
		}
		return "", false, 0
	}
	// group subjects
	for _, h := range []string{"more than ", "over ", "nearly ", "almost ", "around ", "about ", "some ", "up to ", "at least "} {
		if strings.HasPrefix(ls, h) {
			if n, w := countWord(strings.ReplaceAll(ls[len(h):], ",", "")); w > 0 && n > 0 {
				return s, true, n
			}
		}
	}
	if n, w := countWord(ls); w > 0 && n > 0 && !numberedName(s) {
		return s, true, n
	}
	for _, q := range []string{"a range of ", "a number of ", "a raft of ", "a series of ", "a variety of ", "various ", "several ", "dozens of ", "hundreds of ", "many ", "all ", "some ", "other ", "local ", "successful "} {
		if strings.HasPrefix(ls, q) {
			return s, true, 0
		}
	}
	fw := firstWordLower(ls)
	if genericNouns[fw] {
		return s, true, 0
	}
	if f := strings.Fields(ls); len(f) > 1 && genericNouns[trimWord(f[len(f)-1])] {
		for k := len(f) - 2; k >= 0 && k >= len(f)-4; k-- {
			if n, w := countWord(f[k]); w > 0 && n > 0 {
				return strings.Join(strings.Fields(s)[k:], " "), true, n
			}
		}
	}
	if !isProperWord(firstWord(s)) {
		// "charities in the area", and "north Wales councils": a group
		// noun written in lower case heads a group even with a place name
		if hw := headWord(s); genericNouns[strings.ToLower(hw)] && (firstProper(s) == "" || hw == strings.ToLower(hw)) {
			return s, true, 0
		}
	}
	// "Rural Devon charities": a place before a lower-case group noun
	if hw := headWord(s); placeGroups[hw] && strings.HasSuffix(strings.TrimRight(s, " .,;:"), hw) {
		return s, true, 0
	}
	name := leadingProper(s)
	if name != "" {
		// "Teesside firm Fluid Power Systems Limited", "Bolton charity
		// Urban Outreach": the name after the descriptor
		rest := strings.TrimSpace(s[min(len(s), len(name)):])
		if d := firstWordLower(rest); descriptors[d] {
			if n2 := leadingProper(strings.TrimSpace(rest[len(firstWord(rest)):])); n2 != "" {
				return a.expand(n2), false, 0
			}
		}
	}
	if name != "" && !strings.Contains(name, " ") && (planNouns[strings.ToLower(name)] || genericNouns[strings.ToLower(name)]) {
		name = "" // "Plans", "Councils": capitalised common nouns
	}
	if name != "" && atStart && !strings.Contains(name, " ") {
		// a capitalised first word of the sentence followed by a common
		// noun ("Collaborative projects") is not a name
		rest := strings.TrimSpace(s[len(name):])
		if nw := firstWordLower(rest); nw != "" && !auxWords[nw] {
			name = ""
			if genericNouns[headNoun(s)] {
				return s, true, 0
			}
		}
	}
	if name == "" {
		// the first name in the phrase, past a capitalised first word of
		// the sentence ("Campaigners fighting to reopen Saltdean Lido")
		ws := wordSpans(s)
		for k := 0; k < len(ws); k++ {
			st, en := properRun(s, ws, k)
			if st < 0 {
				continue
			}
			cand := cleanName(s[st:en])
			if atStart && st == 0 && !strings.Contains(cand, " ") {
				continue
			}
			name = cand
			break
		}
	}
	if name == "" || isFunder(name) {
		return "", false, 0
	}
	// keep a trailing common noun that belongs to the name ("region")
	if rest := strings.TrimSpace(s[min(len(s), strings.Index(s, name)+len(name)):]); rest != "" {
		if w := firstWordLower(rest); lowerTail[w] {
			name += " " + trimWord(strings.Fields(rest)[0])
		}
	}
	return a.expand(name), false, 0
}

// expand maps a short name to a longer organisation named earlier on the
// page ("Norfolk" -> "Norfolk Constabulary"): a proper name in an earlier
// sentence that starts with the short name and ends with an organisation
// word.
func (a *analyzer) expand(name string) string {
	if w0, w1, ok := strings.Cut(name, " "); ok && !strings.Contains(w1, " ") && genericBodyWords[asciiLower(w0)] && orgSuffixes[asciiLower(w1)] {
		// "the Combined Authority’s allocation" on Greater Wendlebury
		// Combined Authority's page: the body whose page it is
		if o := a.titleOrg(asciiLower(w1)); o != "" && strings.HasSuffix(asciiLower(o), asciiLower(" "+name)) {
			return o
		}
		return name
	}
	if name == "" || strings.IndexByte(name, ' ') >= 0 {
		return name
	}
	if l := strings.ToLower(name); orgSuffixes[l] {
		// "the Council" in a council's own report
		if o := a.titleOrg(l); o != "" {
			return o
		}
	}
	if full, ok := a.expanded[name]; ok {
		return full
	}
	full := a.expandScan(name)
	if full == name && isAcronym(name) {
		full = a.acronymInTitle(name)
	}
	if full != name {
		// only found names are cached: a later sentence may still name
		// the organisation in full
		a.rememberExpansion(name, full)
	}
	return full
}

// genericBodyWords open the generic name of a kind of public body:
// "Combined Authority", "County Council", "Health Board".
var genericBodyWords = wordSet("combined county city borough district town parish community health regional unitary metropolitan")

// rememberExpansion caches the full name a short one stands for.
func (a *analyzer) rememberExpansion(name, full string) {
	if a.expanded == nil {
		a.expanded = map[string]string{}
	}
	a.expanded[name] = full
}

// acronymInTitle spells out an acronym from the page title: "the PCC" on
// a page titled "... | Office of the Police and Crime Commissioner for
// Avon and Somerset" is the Police and Crime Commissioner for Avon and
// Somerset. It returns acr when the title has no such phrase.
func (a *analyzer) acronymInTitle(acr string) string {
	for _, seg := range a.titleParts {
		ws := strings.Fields(seg)
		for i := range ws {
			k, j := 0, i
			for ; j < len(ws) && k < len(acr); j++ {
				w := ws[j]
				if connectors[strings.ToLower(w)] && k > 0 {
					continue
				}
				if !isProperWord(w) || w[0] != acr[k] {
					break
				}
				k++
			}
			if k < len(acr) || j == i {
				continue
			}
			full := strings.Join(ws[i:j], " ")
			// "... for Avon and Somerset": the area it serves
			if j+1 < len(ws) && ws[j] == "for" && isProperWord(ws[j+1]) {
				full = strings.Join(ws[i:], " ")
			}
			return cleanName(full)
		}
	}
	return acr
}

func (a *analyzer) expandScan(name string) string {
	// sentences already searched for this name are not searched again
	from := a.expandFrom[name]
	if a.expandFrom == nil {
		a.expandFrom = map[string]int{}
	}
	a.expandFrom[name] = len(a.prev)
	for _, t := range a.prev[min(from, len(a.prev)):] {
		for off := 0; ; {
			k := strings.Index(t[off:], name+" ")
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(name)
			if at > 0 && t[at-1] != ' ' && t[at-1] != '(' {
				continue
			}
			rest := t[at:]
			ws := wordSpans(rest)
			if st, en := properRun(rest, ws, 0); st == 0 && en > len(name) {
				full := cleanName(rest[:en])
				if lw := lastWordLower(full); orgSuffixes[lw] && strings.Count(full, " ") < 5 {
					return full
				}
			}
		}
	}
	return name
}

// colonSubject reads "The National Crime Agency leads two funded
// projects" before a colon: the named lead of the items that follow.
func colonSubject(pre string) string {
	low := asciiLower(pre)
	if n := paidInParts(pre, low); n != "" {
		return n
	}
	for _, v := range []string{" leads ", " lead ", " runs ", " has ", " have ", " receives ", " gets ", " wins ", " won ", " secured ", " secures ", " is leading ", " will lead ", " is behind ", " is responsible for "} {
		k := strings.Index(low, v)
		if k <= 0 {
			continue
		}
		rest := low[k+len(v):]
		if !projectNounPhrase(rest) && !hasAnyWord(rest, []string{"grants", "awards", "bids"}) {
			continue
		}
		subj := stripDeterminer(pre[:k])
		if name := leadingProper(subj); name != "" && !isFunder(name) && len(strings.Fields(subj)) <= 8 {
			return name
		}
	}
	return ""
}

// paidInParts reads "Sheffield City Council’s award is being paid over
// two years" before a colon and the parts: the body whose grant the
// parts make up.
func paidInParts(pre, low string) string {
	for _, g := range []string{"’s award ", "'s award ", "’s grant ", "'s grant ", "’s allocation ", "'s allocation "} {
		k := strings.Index(pre, g)
		if k <= 0 {
			continue
		}
		if !hasAnyPrefix(low[k+len(g):], "is being paid", "will be paid", "is paid", "is split", "will be split", "is spread", "will be spread", "comes in", "will come in", "is released", "will be released") {
			return ""
		}
		if n := trailingProper(pre[:k]); n != "" && !isFunder(n) {
			return n
		}
		return ""
	}
	return ""
}

// dropAsides removes the bracketed asides of a label: "A (Welsh name)
// and B (Welsh name)" is "A and B".
func dropAsides(s string) string {
	for {
		i, j := nextBracket(s, " (")
		if i < 0 {
			return s
		}
		s = s[:i] + s[j+1:]
	}
}

// bracketHost reads "Project title (Holding Organisation)": the
// organisation in the closing brackets, when what comes before them is a
// title in ordinary words rather than a name.
func bracketHost(lbl string) string {
	if !strings.HasSuffix(lbl, ")") {
		return ""
	}
	k := strings.LastIndex(lbl, " (")
	if k <= 0 {
		return ""
	}
	in, before := lbl[k+2:len(lbl)-1], lbl[:k]
	if k := strings.LastIndexAny(before, ".;:"); k >= 0 {
		before = before[k+1:]
	}
	n := leadingProper(in)
	if n == "" || n != cleanName(in) || !orgName(n) || isFunder(n) {
		return ""
	}
	if before = strings.TrimSpace(before); lowerWords(before) < 2 {
		oneWord := !strings.Contains(before, " ")
		if oneWord && orgName(cleanName(before)) || !strings.Contains(n, " ") || placeBodies[lastWordLower(n)] && (oneWord || orgName(cleanName(before))) {
			// (but "Upper Callow Wetlands (Callow Valley Rivers Trust)",
			// "Undertow (Blackfern Pictures)", "Dewsbury Riverside Phase 2
			// (Kirklees Council)": a project's or a film's name, then the
			// body that holds it; "Hopewell (Leeds City Council)" is a
			// body and its council)
			return ""
		}
	}
	return n
}

// themeHeading reports a section's theme where a label would name a
// body: "Homes: £8m to clear the way", "Getting around: £21.5m for buses"
// (a word ending "-ing" before words in lower case; "Reading: £2m" is a
// town).
func themeHeading(name, lbl string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	if name == lbl {
		return themeLabels[strings.ToLower(name)]
	}
	return strings.HasSuffix(name, "ing") && isLowerWord(firstField(strings.TrimSpace(lbl[len(name):])))
}

var themeLabels = wordSet("homes housing transport travel skills culture arts heritage sport sports health education environment climate energy business businesses economy jobs employment regeneration infrastructure digital tourism nature parks roads buses rail communities community towns wellbeing safety")

// nameJoiners join the words of one name: "Museum and Art Gallery",
// "Friends of the Earth".
var nameJoiners = wordSet("and of for the de du la le y na")

// callings are what a person is called by in "the Leicester poet X",
// read as role nouns are by descriptorName.
var callings = wordSet("poet artist writer author novelist playwright composer musician singer songwriter photographer filmmaker film-maker choreographer dancer sculptor painter ceramicist potter illustrator designer curator researcher scientist historian athlete cyclist runner swimmer rower boxer footballer student entrepreneur chef farmer storyteller actor comedian architect weaver jeweller maker")

// commonList reports a subject that lists common nouns, the first
// capitalised only as the sentence's first word: "Piers, harbours, roads
// and community buildings".
func commonList(s string) bool {
	k := strings.Index(s, ", ")
	if k <= 0 || strings.Contains(s[:k], " ") || !isCapitalised(s[:k]) {
		return false
	}
	rest := s[k+2:]
	// (a count said later, "..., with 26 groups sharing", is the
	// subject's to read)
	// (nor "Oxfam, the charity, and Shelter": names in the rest)
	and := strings.Index(rest, " and ")
	return isLowerWord(firstField(rest)) && and > 0 && !strings.ContainsAny(s[1:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && !strings.ContainsAny(rest[:and+5]+firstField(rest[and+5:]), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && !strings.ContainsAny(rest, "0123456789") && !strings.Contains(rest, " with ")
}

// spunOut reads "University of Nottingham spin-out Anodic Materials",
// "Queen's start-up Strangford Photonics": the company named after a
// body and the word for what it is to that body.
func spunOut(raw string) string {
	if !strings.Contains(raw, "-") && !strings.Contains(raw, "subsidiary") && !strings.Contains(raw, "startup") && !strings.Contains(raw, "spinout") {
		return ""
	}
	for _, w := range []string{" spin-out ", " spinout ", " spin-off ", " start-up ", " startup ", " subsidiary "} {
		k := strings.Index(raw, w)
		if k <= 0 {
			continue
		}
		rest := strings.TrimSpace(raw[k+len(w):])
		if n := leadingProper(rest); n != "" && n == cleanName(rest) && !isFunder(n) && isProperWord(finalWord(strings.TrimSpace(raw[:k]))) {
			return n
		}
	}
	return ""
}

// lowerWords counts the words of four letters or more that open in
// lowercase: the ordinary words of a title.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if len(w) >= 4 && isLowerWord(w) {
			n++
		}
	}
	return n
}

// notRecipient reports a "recipient" that names a kind of figure, a plan
// or a tax, never a body: "Award Ceiling", "Estimated Total Program
// Funding", "NHS Long Term Plan", "VAT".
func notRecipient(r string) bool {
	if hasAnyPrefix(r, "Example ", "Sample ", "Dummy ", "Fictional ") {
		return true // a guidance page's "Example Youth Club": no grantee
	}
	w := lastWordLower(r)
	if k := strings.IndexByte(r, '('); k > 0 {
		// "Tuesday Nordic Walkers (Corran Road)": the name, and where
		// it meets in brackets
		w = lastWordLower(strings.TrimSpace(r[:k]))
	}
	if !strings.Contains(r, " ") && strings.Contains(r, "-") && len(r) > 1 && isAlphaWord(r[1:]) {
		return true // "Two-year grant: £17,500 in 2028/29 ...": a kind of grant, cut at its noun
	}
	if f := strings.Fields(r); len(f) >= 2 && (len(f) == 2 || isProperWord(f[len(f)-2])) {
		// "Call 1", "Round 2", "Wave 3", "Waitematā Quick Response Round
		// One": a batch, named by its number
		if roundNoun(f[len(f)-2]) {
			if n, used := countWord(strings.ToLower(f[len(f)-1])); n > 0 && used == len(f[len(f)-1]) {
				return true
			}
		}
	}
	if l := strings.ToLower(r); strings.Contains(l, "withheld") || strings.Contains(l, "anonymous") || strings.Contains(l, "not named") {
		return true // "Six households (names withheld)"
	}
	switch strings.ToLower(r) {
	case "english", "scottish", "welsh", "irish", "british", "european", "american", "canadian", "australian", "northern irish":
		return true // "£381 million to English local transport authorities": a kind of body, none named
	case "private owner", "private owners", "private individual", "private individuals", "private landowner", "private applicant", "individual", "individuals", "householder", "homeowner":
		return true // "Private owner" in a grants table: no one named
	case "villagers", "residents", "campaigners", "locals", "townsfolk", "fans", "supporters", "neighbours", "neighbors":
		return true // "Villagers win £250,000 to buy the Plough": people, no body
	case "measure", "priority", "strand", "lot", "axis", "objective":
		return true // "Measure 16.1: up to £60,000" cut at its code: a programme's part
	}
	// (a road names no body, but "The Cupboard at Farrow Street" is one,
	// and "City of Hartsville Junction" a town's council)
	return figureFields[w] || nonBodies[w] || roadWords[w] && !strings.Contains(r, ", ") && !strings.Contains(r, " at ") && !orgName(r) || labelWords[strings.ToLower(r)]
}

// roadWords end the names of roads and crossings, which are where money
// is spent, never who holds it: "resurfacing of the Eastern Ring Road".
var roadWords = wordSet("road street lane avenue roundabout junction bypass footway footpath carriageway motorway")

// awardKindLabel reports a short label that says what kind of award a
// figure is, or names its fund, not who holds it: "Full-time
// fellowship", "Grant", "Development award", "Arts Council Grant".
func awardKindLabel(l string) bool {
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	// a grant's noun, or what else a field calls one
	if w := strings.ToLower(f[len(f)-1]); !grantNouns[w] && w != "funding" && w != "commission" && w != "residency" {
		return false
	}
	for _, w := range f[1:] {
		if !isLowerWord(w) {
			// "Arts Council Grant": the fund's name, which is no holder
			// either
			h := findFunds(l)
			return len(h) == 1 && h[0].name == cleanName(l)
		}
	}
	return true
}

// publicBodyNouns end the names of public bodies, which "the company"
// or "the firm" never refers back to.
var publicBodyNouns = wordSet("authority council government department agency commission executive office ministry")

// dropStreet drops the street a body is on after its name: "The
// Playhouse on Artillery Street" is The Playhouse. ("The Cupboard at
// Farrow Street" keeps its "at": a name of its own.)
func dropStreet(s string) string {
	for _, p := range []string{" on ", " in "} {
		k := strings.LastIndex(s, p)
		if k <= 0 {
			continue
		}
		rest := strings.TrimRight(s[k+len(p):], " ,")
		if leadingProper(rest) == rest && strings.Contains(rest, " ") && strings.Count(rest, " ") <= 3 && roadWords[lastWordLower(rest)] {
			return s[:k]
		}
	}
	return s
}

// dropBasedPrefix drops an opening "Salford-based" before a name: where
// the body is, then who.
func dropBasedPrefix(s string) string {
	if w, rest, ok := strings.Cut(s, " "); ok && strings.HasSuffix(w, "-based") && isProperWord(firstField(rest)) {
		return rest
	}
	return s
}

// localContributor reads "(and) the Municipality of Kincardine is
// contributing" before a figure: a local body paying its own share of a
// project. It returns the body, or "".
func localContributor(left string) string {
	l, ok := cutAnySuffix(strings.TrimRight(left, " "), " is contributing", " will contribute", " contributes", " is putting in", " will put in")
	if !ok {
		return ""
	}
	for _, c := range []string{", and ", ". ", ", ", " and "} {
		if k := strings.LastIndex(l, c); k >= 0 {
			l = l[k+len(c):]
			break
		}
	}
	n := cleanName(stripDeterminer(strings.TrimSpace(l)))
	if leadingProper(n) != n || !strings.Contains(n, " ") || strings.Contains(asciiLower(n), "government") {
		return ""
	}
	if !placeBodies[firstWordLower(n)] && !placeBodies[lastWordLower(n)] {
		// (a local body that owns a project a government funds: "the
		// Municipality of Kincardine", "the Town of Saugeen Shores")
		return ""
	}
	return n
}

// governmentFigure reads a government's money for a project told just
// before: "The Government of Canada is investing $6,412,000 in this
// project", "The Government of Ontario is providing $5,342,800, and the
// Municipality of Kincardine is contributing", or, after one of those
// (more), "the provincial government is contributing $2,649,735."
func governmentFigure(lowLeft, lowRight string, more bool) bool {
	l := strings.TrimRight(lowLeft, " ")
	v, ok := cutAnySuffix(l, " is investing", " is providing", " is contributing", " will invest", " will provide", " will contribute", " invests", " provides")
	if !ok {
		return false
	}
	if k := strings.LastIndex(v, ", and "); k >= 0 {
		v = v[k+len(", and "):]
	}
	if !strings.Contains(v, "government") || strings.Count(v, " ") > 6 {
		return false
	}
	r := strings.TrimLeft(lowRight, " ")
	switch {
	case hasAnyPrefix(r, "in this project", "toward this project", "towards this project", "to this project", "for this project"):
		return true
	case strings.HasPrefix(r, ",") && containsAny(head(r, 90), []string{" is contributing", " will contribute"}):
		return true
	}
	return more && (strings.HasPrefix(r, ".") || strings.HasPrefix(r, ",") || r == "")
}

// schemeNouns end the name of a body's project: "Kestrel Living's
// Gasworks Lane scheme", "Wakefield Council's Calder Wharf project".
var schemeNouns = wordSet("scheme project projects plan plans development redevelopment proposal proposals bid")

// ownersScheme reads "X's <name> scheme" (or project, plan, bid): the
// owner, a proper name of two words or more, and the rest.
func ownersScheme(np string) (string, string) {
	np = cutClause(np)
	if j := strings.IndexAny(np, ",;("); j > 0 {
		np = np[:j] // "..., subject to contract"
	}
	np = strings.TrimRight(np, ". ")
	k := strings.Index(np, "'s ")
	if j := strings.Index(np, "’s "); j > 0 && (k < 0 || j < k) {
		k = j
	}
	if k <= 0 {
		return "", ""
	}
	owner := stripDeterminer(np[:k])
	rest := np[k+len("'s "):]
	if strings.HasPrefix(np[k:], "’") {
		rest = np[k+len("’s "):]
	}
	if n := leadingProper(owner); n == "" || n != cleanName(owner) || !strings.Contains(n, " ") {
		return "", ""
	}
	end := rest
	for _, c := range []string{" in ", " at ", " on "} {
		if j := strings.Index(end, c); j > 0 {
			end = end[:j]
		}
	}
	if f := countFields(end, 7); f == 0 || f > 6 || !schemeNouns[lastWordLower(end)] {
		return "", ""
	}
	return cleanName(owner), rest
}

// worksNouns end what capital money builds or mends: "the Heol Newydd
// shared-use path", "the Mill Lane junction improvements".
var worksNouns = wordSet("path route cycleway greenway trail bridge crossing corridor link interchange upgrade upgrades improvements works extension refurbishment redevelopment restoration resurfacing")

// worksAfterName reports "the" np whose proper name runs into a few
// lowercase words ending in a road or works noun: a place's works, no
// body.
func worksAfterName(np, rest string) bool {
	if !strings.HasPrefix(np, "the ") {
		return false
	}
	if k := strings.IndexAny(rest, ",;("); k >= 0 {
		rest = rest[:k]
	}
	if n := countFields(rest, 5); n == 0 || n > 3 || !allLower(rest) {
		return false
	}
	last := lastWordLower(rest)
	return worksNouns[last] || roadWords[last]
}

// properOnly reports s, less an article, as a proper name and nothing
// more.
func properOnly(s string) bool {
	s = stripDeterminer(s)
	n := leadingProper(s)
	return n != "" && n == cleanName(s)
}

// wholeOrg returns s, less an article, when the whole of it is a body's
// proper name ("the Castlegate Regeneration Partnership"), or "".
func wholeOrg(s string) string {
	s = stripDeterminer(s)
	if n := leadingProper(s); n != "" && n == cleanName(s) && orgName(n) && !isFunder(n) {
		return n
	}
	return ""
}

// describes reports a label that describes a thing rather than naming a
// body: capitalised words run into lowercase ones ("Riverside flood
// wall", "Hollins Beck natural flood management").
func describes(l string) bool {
	f := strings.Fields(l)
	for _, w := range f[min(1, len(f)):] {
		if isLowerWord(w) && !connectors[w] {
			return true
		}
	}
	return false
}

// givenByLabel reports a label that names a body's grants, not a
// grantee: "Wrexley Rotary small grants –", "Brackenshire Police and
// Crime Commissioner's safer streets grants –".
func givenByLabel(b string) bool {
	l := strings.TrimRight(b, " –—-:")
	if len(l) == len(b) {
		return false
	}
	w := strings.Fields(l)
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-1] {
	case "grants", "awards", "bursaries", "scheme", "programme", "program", "fund", "vouchers":
	default:
		return false
	}
	// lowercase words after the name: "small", "safer streets"
	i := len(w) - 2
	for i >= 0 && isLowerWord(w[i]) {
		i--
	}
	return i >= 0 && i < len(w)-2 && isProperWord(strings.TrimSuffix(strings.TrimSuffix(w[i], "'s"), "’s"))
}

// labelBefore reads a label that names the recipient of the figure that
// follows: "Riverside Trust: £5,000", "Riverside Trust – £5,000",
// "Riverside Trust (£5,000)", or "£5,000 – Riverside Trust".
func labelBefore(before, after string) string {
	b := strings.TrimSpace(before)
	if givenByLabel(b) {
		return ""
	}
	if strings.HasSuffix(b, "·") {
		// "Dr Ifeoma Castellanos: Wessex Metropolitan University · How
		// river microbes break down microplastics ·" (a <dt> and its
		// <dd>): the holder, then the fields of the award
		if first, _, _ := strings.Cut(b, "·"); isPerson(strings.TrimSpace(first)) {
			b = strings.TrimSpace(first) + " –"
		}
	}
	if hasAnySuffix(b, ":", " –", " —", " -") {
		// "Congratulations to Westerleigh Men's Shed: £750 towards": the
		// body congratulated
		lb := asciiLower(head(b, 40))
		for _, p := range []string{"congratulations to ", "congrats to ", "well done to "} {
			if k := strings.Index(lb, p); k >= 0 && !strings.ContainsAny(b[:k], ".:;") {
				b = strings.TrimSpace(b[k+len(p):])
				break
			}
		}
	}
	if strings.Trim(after, " .") == "" && !strings.ContainsAny(b, ".,;:()–—") {
		// "<summary>Braemar Community Hall SCIO £148,000</summary>": a
		// line that is only an organisation's name and its figure
		if n := leadingProper(b); n != "" && n == b && orgName(n) && !isFunder(n) {
			return n
		}
	}
	if strings.Trim(after, " .") == "" {
		if k := strings.Index(b, ": "); k > 0 {
			// "Ashbrook Town Council, Ashbrook: free public wi-fi across
			// the market place £76,000": the name (and its place), what
			// for, then the figure that ends the line
			h := b[:k]
			if j := strings.Index(h, ", "); j > 0 && leadingProper(h[:j]) == h[:j] && !strings.Contains(h[j+2:], " ") {
				h = h[:j]
			}
			if n := leadingProper(h); n != "" && n == h && orgName(n) && !isFunder(n) {
				return n
			}
		}
	}
	for _, sep := range []string{" – ", " — ", " - ", ", ", ": "} {
		// "Bayou Workforce Alliance, Houma, Louisiana – a two-year grant
		// of $1.2M", "Eastbank Symphony Orchestra, a challenge grant of
		// up to $500,000": the name before the dash, the grant after it
		if k := strings.LastIndex(b, sep); k > 0 && (reGrantPhrase.MatchString(asciiLower(strings.TrimSpace(b[k+len(sep):]))) || placedReceiving(strings.TrimSpace(b[k+len(sep):])) ||
			// "Maumee Bend Watershed Alliance (Toledo, Ohio) – a $1.2 mil
			// grant to ...": the article, the figure, then the grant
			(strings.TrimSpace(b[k+len(sep):]) == "a" || strings.TrimSpace(b[k+len(sep):]) == "an") && hasAnyPrefix(strings.TrimLeft(asciiLower(after), " "), "grant", "award")) {
			b = strings.TrimSpace(b[:k]) + " –"
			if j := strings.Index(b, ", "); j > 0 && leadingProper(b[:j]) == b[:j] {
				b = b[:j] + " –" // less the place after the name
			}
			break
		}
	}
	if strings.HasSuffix(b, " --") {
		b = strings.TrimSuffix(b, " --") + " –" // a plain-text dash
	}
	for _, j := range []string{", in a joint application –", ", in a joint bid –", ", as joint applicants –", ", jointly –", ", in partnership –"} {
		// "the Shire of Mallee Ridge and the Nangeela Cricket Club, in a
		// joint application – $500,000": the applicants, together
		if strings.HasSuffix(b, j) {
			b = strings.TrimSuffix(b, j) + " –"
		}
	}
	if payGrade(b) {
		return "" // "Band 6 – £38,682 to £46,580": a pay scale
	}
	if k := strings.Index(b, " (lead"); k > 0 && hasAnySuffix(b, "–", "—", "-", ":") {
		// "Castlebridge City Council (lead), with Wexley District
		// Council and Orme Valley District Council:": the lead partner
		seg := b[:k]
		if j := strings.LastIndexAny(seg, ".:;"); j >= 0 {
			seg = seg[j+1:]
		}
		if n := strings.TrimSpace(seg); leadingProper(n) == n && orgName(n) && !isFunder(n) {
			return n
		}
	}
	if k := strings.LastIndex(b, " led by "); k > 0 && (hasAnySuffix(b, "–", "—", "-", ":", "(") || hasAnySuffix(b, ",", ", with") && opensItem(b)) {
		// "Fetlar Housing Partnership, led by North Isles Development
		// Trust – £1.47 million", "A consortium led by Portage Creek
		// Restoration Partners, with three districts ($725,000)", "a
		// partnership of three trusts, led by the Torsa Community Trust,
		// £430,000", "E-Quay, led by Portsfield Harbour Authority, with
		// £5.25 million": the lead
		if n := leadingProper(b[k+len(" led by "):]); n != "" && !isFunder(n) {
			return n
		}
	}
	if k := strings.LastIndexByte(b, ':'); k > 0 && k >= len(b)-12 {
		// "Wealdhurst Forge Heritage Centre: approved £22,000": a
		// minute's decision after the name
		switch strings.TrimSpace(b[k+1:]) {
		case "approved", "awarded", "granted", "agreed", "offered", "funded", "approved a grant of", "awarded a grant of":
			b = b[:k+1]
		}
	}
	if k := strings.Index(b, ", "); k > 0 && isPerson(b[:k]) {
		// "Dr Tomás Herrera, Department of Geography:": the person, then
		// where in the university they work
		for _, sep := range []string{":", " –", " —"} {
			if d, ok := strings.CutSuffix(strings.TrimSpace(b[k+2:]), sep); ok && department(strings.TrimSpace(d), false) {
				b = b[:k] + sep
				break
			}
		}
	}
	if isPerson(b) {
		// "Dr Ana Petrovic – £20,000", "Dr Fiona MacRae: Gaelic
		// place-names – £348,210", "Dr. Raj Malhotra (Computer Science)
		// — $285,000": a researcher's award, by name
		for _, sep := range []string{" –", " —", " -", ":"} {
			if !strings.HasSuffix(b, sep) {
				continue
			}
			seg := strings.TrimSpace(strings.TrimSuffix(b, sep))
			if k := strings.Index(seg, ": "); k > 0 {
				seg = seg[:k]
			}
			if inst := personInstitution(seg); inst != "" {
				return inst
			}
			if n := personName(seg); n != "" && (len(n)*2 >= len(dropAsides(seg)) || strings.Contains(b, ": ")) {
				return n
			}
		}
	}
	if strings.HasSuffix(b, "...") {
		// "Glenholm Farmwatch ......... GBP 185,500": dot leaders
		b = strings.TrimRight(b, ". ") + ":"
	}
	if k := strings.LastIndex(b, " / "); k > 0 {
		// "Cyngor Sir Glannau / Glannau County Council:": a name in two
		// languages, the one that says what it is
		if first, second := b[:k], b[k+3:]; !orgName(cleanName(first)) || orgName(strings.TrimRight(second, ":–—- ")) {
			if j := strings.LastIndexAny(first, ".;:"); j >= 0 {
				first = first[:j+1] + " "
			} else {
				first = ""
			}
			b = first + second
		}
	}
	for _, sep := range []string{" –", " —", " -", ":"} {
		if strings.HasSuffix(b, sep) {
			lbl := strings.TrimSpace(strings.TrimSuffix(b, sep))
			if host := bracketHost(lbl); host != "" {
				// "Befriending by phone and video (University of
				// Exeter) – £1.62 million": a project title, then who
				// holds it
				return host
			}
			// "Anthracite Valley Kids' Place, Inc. (Schuylkill County) –"
			b = dropPlaceInBrackets(lbl) + sep
			break
		}
	}
	for _, sep := range []string{":", "–", "—", "-", "(", ","} {
		if strings.HasSuffix(b, sep) {
			lbl := strings.TrimSpace(strings.TrimSuffix(b, sep))
			if sep != "," && sep != "(" {
				// "a consortium led by North Wealdshire College with
				// partners A and B: £2.4 million"
				if r, at := ledBy(lbl); r != "" && at < 25 && !isFunder(r) {
					return r
				}
			}
			if k := strings.LastIndex(lbl, ": "); k > 0 && awardKindLabel(lbl[k+2:]) {
				// "Callum Rees: Part-time fellowship, £9,000" (a <dt> and
				// its <dd>): the kind of award, after its holder
				lbl = strings.TrimSpace(lbl[:k])
			}
			for _, cut := range []string{". ", "; ", ": "} {
				if k := strings.LastIndex(lbl, cut); k >= 0 && !(cut == ". " && abbrevBefore(lbl[:k])) {
					lbl = strings.TrimSpace(lbl[k+len(cut):])
				}
			}
			if sep == "," && !strings.Contains(lbl, ", ") {
				// "Young Voices Tisza – Association of Youth Councils of
				// the Banat Borderland, EUR 298 000, for ...": the project,
				// a dash, then its holder
				for _, d := range []string{" – ", " — "} {
					if k := strings.LastIndex(lbl, d); k > 0 {
						if n := wholeOrg(lbl[k+len(d):]); n != "" {
							return n
						}
					}
				}
			}
			if sep == "–" || sep == "—" {
				// "Shire of Otway Plains – Port Carlisle Pool – new pool
				// tank – $2,000,000": the segment that names a body;
				// else "NEUROSENSE – Institut Vaucluse de Recherche (FR)
				// – EUR 2 499 850": the segment next to the figure
				if segs := strings.Split(lbl, " "+sep+" "); len(segs) > 1 {
					lbl = strings.TrimSpace(segs[len(segs)-1])
					named := false
					for _, sg := range segs {
						sg = strings.TrimSpace(sg)
						if n := leadingProper(sg); n != "" && n == cleanName(stripDeterminer(sg)) && orgName(n) && !isFunder(n) {
							lbl, named = sg, true
							break
						}
					}
					if first := strings.TrimSpace(segs[0]); !named && leadingProper(lbl) != lbl && strings.Contains(first, " ") && leadingProper(first) == first && !isFunder(first) {
						// "Kirkdale Men in Sheds – tools for a new workshop –
						// £3,850": a name, what the money is for, the figure
						lbl = first
					}
				}
			}
			if sep == "," {
				// "In Wrexham, £1.2m will go towards ...", "Nationally,
				// €94.6m has been allocated": an adverbial, not a label
				if w := firstWordLower(lbl); openerWords[w] || strings.HasSuffix(w, "ly") && !strings.Contains(lbl, " ") {
					return ""
				}
			}
			for _, rel := range []string{", which ", ", who "} {
				if k := strings.Index(lbl, rel); k > 0 && !strings.Contains(lbl[k+len(rel):], ", ") && leadingProper(stripDeterminer(lbl[:k])) == cleanName(stripDeterminer(lbl[:k])) {
					// "Greater Manchester Combined Authority, which exercises
					// police and crime commissioner functions, £2.35
					// million": the name before its relative clause
					lbl = lbl[:k]
				}
			}
			if sep == "(" || sep == "–" || sep == "—" || sep == ":" {
				if n := describedName(lbl); n != "" {
					// "a community-owned estate on Lewis, Loch Seaforth
					// Community Trust – £198,500"
					return n
				}
			}
			if j := strings.Index(lbl, ", "); j > 0 && (sep == "–" || sep == "—" || sep == ":") && hasAnyPrefix(lbl[j+2:], "leading ", "working with ", "working in partnership ", "in partnership with ", "together with ", "partnering with ", "with partners ") {
				// "Knowsley Gypsy and Traveller Support, leading a
				// partnership with two local GP practices – up to £72,000":
				// the name, then the partners it leads
				if n := leadingProper(stripDeterminer(lbl[:j])); n != "" && n == cleanName(stripDeterminer(lbl[:j])) && strings.Contains(n, " ") && !isFunder(n) {
					return n
				}
			}
			if k := strings.LastIndex(lbl, ", "); k > 0 && (sep == "(" || sep == "–" || sep == "—" || sep == ":") {
				// "Ardmore Precision Castings Ltd, Greenock (£390,000)":
				// an organisation, then its town
				first := lbl[:k]
				if j := strings.LastIndex(first, ", "); j >= 0 {
					first = first[j+2:]
				}
				if sep != "(" && strings.Count(lbl, ", ") == 1 && (eventWords[lastWordLower(first)] || !orgName(cleanName(first))) && !isPerson(first) {
					// "Harbourside Food & Drink Festival, Saltmarsh Traders
					// Association: £22,500", "Mill Lane Jazz & Blues, Mill
					// Lane Music Ltd: £15,000": the event, then the body
					// that runs it
					if n := wholeOrg(lbl[k+2:]); strings.Contains(n, " ") {
						return n // not "Kids' Place, Inc."
					}
				}
				if name := leadingProper(stripDeterminer(first)); name != "" && orgSuffixes[strings.Trim(lastWordLower(name), ".")] && len(strings.Fields(lbl[k+2:])) <= 3 && !isFunder(name) {
					return name
				}
				// "Castlegate Regeneration Partnership, a joint venture
				// between X and Y – £3.1m": the body before its
				// description
				if j := strings.Index(lbl, ", "); j > 0 && sep != "(" && hasAnyPrefix(lbl[j+2:], "a ", "an ", "the ") {
					if n := wholeOrg(lbl[:j]); n != "" {
						return n
					}
				}
				// "Riverside flood wall, Lowbridge Borough Council: £3.2m":
				// the scheme, then the body that delivers it
				if sep != "(" && strings.Count(lbl, ", ") == 1 && describes(first) {
					if n := wholeOrg(lbl[k+2:]); n != "" {
						return n
					}
				}
			}
			if sep == "(" || sep == "–" || sep == "—" {
				// "Dr Felix Marchetti, Northgate University – Wearable
				// quantum sensors (£1,612,004)": the host institution
				seg := strings.TrimSpace(b)
				for _, d := range []string{" – ", " — "} {
					if k := strings.Index(seg, d); k > 0 {
						seg = seg[:k]
					}
				}
				for _, cut := range []string{". ", "; ", ": "} {
					if k := strings.LastIndex(seg, cut); k >= 0 {
						seg = seg[k+len(cut):]
					}
				}
				if inst := personInstitution(seg); inst != "" {
					return inst
				}
			}
			if sep == "(" {
				// "the Stroud Green Play Association’s new adventure
				// playground (£215,000)": the owner of the thing funded
				for _, ps := range []string{"’s ", "'s "} {
					if k := strings.LastIndex(lbl, ps); k > 0 && !strings.ContainsAny(lbl[k+len(ps):], ",;") && len(strings.Fields(lbl[k+len(ps):])) <= 5 {
						if name := trailingProper(lbl[:k]); name != "" && !isFunder(name) && strings.Contains(name, " ") {
							if r, _ := utf8.DecodeRuneInString(lbl[k+len(ps):]); !unicode.IsUpper(r) {
								return name
							}
						}
					}
				}
			}
			if sep == "(" || sep == "," {
				// "... include Sheffield City Council (£2.5m), Leeds City
				// Council (£1.8m) and Hull City Council (£900,000)"
				if name := trailingProper(lbl); name != "" && !isFunder(name) && !labelWords[strings.ToLower(name)] && (sep == "(" || len(name)*2 >= len(stripDeterminer(lbl))) {
					return name
				}
			}
			if k := strings.Index(lbl, ", "); k > 0 && sep != "(" && sep != "," && strings.Contains(asciiLower(lbl[k:]), "joint") {
				// "Walkington Dale Walking Netball Group and Cherry Tofts
				// WI, a joint bid for ... - £3,250": a joint award
				first := stripDeterminer(lbl[:k])
				if j := strings.Index(first, " and "); j > 0 {
					if l, r := leadingProper(first[:j]), leadingProper(first[j+5:]); l != "" && r != "" && l+" and "+r == cleanName(first) && !isFunder(l) && !isFunder(r) {
						return cleanName(first)
					}
				}
			}
			if len(strings.Fields(lbl)) == 0 || len(strings.Fields(lbl)) > 10 {
				return ""
			}
			if frenchOrg(lbl) {
				return cleanName(lbl) // "Société historique de la Vallée-des-Rivières"
			}
			if name := leadingProper(lbl); name != "" && !isFunder(name) && !labelWords[strings.ToLower(name)] && !figureFields[lastWordLower(name)] && len(name)*2 >= len(stripDeterminer(lbl)) && !themeHeading(name, lbl) {
				return name
			}
			// "Porthwen Town Council, leading the Station Road
			// partnership – £35,000": the name before an appositive
			if k := strings.Index(lbl, ", "); k > 0 && sep != "(" && sep != "," {
				first := stripDeterminer(lbl[:k])
				if name := leadingProper(first); name != "" && !isFunder(name) && !labelWords[strings.ToLower(name)] && len(name)*3 >= len(first)*2 {
					return name
				}

			}
			return ""
		}
	}
	if b == "" {
		at := strings.TrimSpace(after)
		for _, sep := range []string{"– ", "— ", "- ", ": "} {
			if strings.HasPrefix(at, sep) {
				if name := leadingProper(strings.TrimSpace(at[len(sep):])); name != "" && !isFunder(name) {
					return name
				}
			}
		}
	}
	return ""
}

// labelParagraph reports a short line that names rather than says: no
// full stop, no figure, capitalised ("Tidewater Maritime Workforce
// Alliance, Norfolk, Virginia" above its description).
func labelParagraph(b block) bool {
	return b.kind == kindParagraph && labelText(b.text)
}

// labelText reports the text of a label line, whatever block holds it.
func labelText(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 90 || strings.ContainsAny(t, "£$€:;!?") || strings.Contains(strings.TrimSuffix(t, dottedSuffix(t)), ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// cardLinesBetween reports the lines between a card's heading and its
// figure as short labels: no sentence, no figure ("Ward 1", "Lewiston,
// Idaho").
func cardLinesBetween(bs []block) bool {
	for _, b := range bs {
		t := strings.TrimSpace(b.text)
		for _, ab := range []string{"St. ", "Ste. ", "Mt. ", "Ft. "} {
			t = strings.ReplaceAll(t, ab, "St ") // "Sault Ste. Marie": a place's abbreviation
		}
		if t == "" || len(t) > 60 || strings.ContainsAny(t, "£$€.:;!?") {
			return false
		}
	}
	return true
}

// cardMetaBetween reports the lines between a card's heading and its
// figure when each is a short fact of place ("LGA: Mackay Regional
// Council", "Electorate: Mackay", "Ward: Eastfield", "Hillyard
// neighborhood") that says so by its label or its last word.
func cardMetaBetween(bs []block) bool {
	labelled := false
	for _, b := range bs {
		t := strings.TrimSpace(b.text)
		if t == "" || len(t) > 80 || strings.ContainsAny(t, "£$€;!?") {
			return false
		}
		if parts := strings.Split(t, " · "); len(parts) > 1 {
			// "Panel date: 13 January 2026 · Ward: Fenbridge": facts
			// side by side, each labelled
			for _, p := range parts {
				if !cardMetaField(p) {
					return false
				}
			}
			labelled = true
			continue
		}
		k := strings.IndexByte(t, ':')
		if k < 0 {
			// "Hillyard neighborhood", "Eastfield ward": a place by its
			// kind
			switch lastWordLower(t) {
			case "neighborhood", "neighbourhood", "ward", "district", "parish", "village", "county", "borough", "township":
				if n := countFields(t, 5); n >= 2 && n <= 4 && isProperWord(firstWord(t)) && !strings.ContainsAny(t, "0123456789") {
					labelled = true
					continue
				}
			}
			return false
		}
		if !cardMetaField(t) {
			return false
		}
		labelled = true
	}
	return labelled
}

// cardMetaField reports a card's labelled fact of place or date: "Ward:
// Fenbridge", "LGA: Mackay Regional Council", "Panel date: 13 January
// 2026".
func cardMetaField(t string) bool {
	k := strings.IndexByte(t, ':')
	if k < 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(t[:k])) {
	case "lga", "local government area", "electorate", "ward", "wards", "constituency", "county", "region", "location", "area", "district", "borough", "province", "state", "municipality", "council area", "local authority",
		"date", "panel date", "decision date", "meeting date", "date awarded", "awarded on", "approved on":
		return true
	}
	return false
}

// weFeeling drops the feeling after "we are" in "we're also thrilled
// (to have received)", "we are delighted", leaving "we're", "we are".
func weFeeling(ls string) string {
	for _, a := range []string{" to announce that ", " to announce ", " to say that ", " to say ", " to share that ", " to tell you that ", " to tell you ", " to report that ", " to confirm that ", " to confirm "} {
		// "we're delighted to announce we've": the clause announced
		if k := strings.Index(ls, a); k > 0 && hasAnyPrefix(ls, "we", "i'm", "i am") {
			if rest := ls[k+len(a):]; hasAnyPrefix(rest, "we", "our ") {
				ls = rest
			}
			break
		}
	}
	for _, p := range []string{"we're ", "we are "} {
		rest, ok := strings.CutPrefix(ls, p)
		if !ok {
			continue
		}
		for _, w := range strings.Fields(rest) {
			switch w {
			case "also", "so", "very", "really", "now", "just", "thrilled", "delighted", "pleased", "proud", "excited", "happy", "honoured", "honored", "grateful", "overjoyed":
			default:
				return ls
			}
		}
		return strings.TrimSuffix(p, " ")
	}
	return ls
}

// numberedName reports a body's name that opens with a number word:
// "The Three Shires Milk Group", "Seven Hills Trust", not "Three
// councils" or "Three Councils".
func numberedName(s string) bool {
	s = stripDeterminer(strings.TrimSpace(s))
	f := strings.Fields(s)
	// (a singular head after a count above one ends a name: "Three Forks
	// Public Library District")
	lw := lastWordLower(s)
	return len(f) >= 3 && isProperWord(f[1]) && (!genericNouns[lw] || !strings.HasSuffix(lw, "s")) && wholeOrg(s) != ""
}

// headingLabel returns the heading as a recipient when it is a short
// proper name and the block under it starts with a figure ("Ashdown Food
// Bank" / "£4,500 towards a refrigerated van"), or with a label such as
// "Awarded" or "Grant:" and then a figure.
func headingLabel(heading, next string) string {
	// the next block must open with a figure: the most selective test
	// comes first (all of them are pure, so their order is free)
	if !opensWithFigure(next) && !endsWithDashFigure(next) {
		return ""
	}
	return headingName(heading)
}

// dropListNumber drops the number a listicle's heading opens with:
// "1. Sallow Estuary Rowing for Health", "12) Pinfold Youth Theatre".
func dropListNumber(h string) string {
	t := strings.TrimSpace(h)
	i := 0
	for i < len(t) && i < 3 && isDigit(t[i]) {
		i++
	}
	if i == 0 || i+2 > len(t) || (t[i] != '.' && t[i] != ')') || t[i+1] != ' ' {
		return h
	}
	return t[i+2:]
}

// headingName returns the body a heading names: "Harbour Street Bakery",
// "The Listening Post (Wexbury)", or "" for a heading that names a section
// ("Background", "Organisations") or is not a name.
func headingName(heading string) string {
	if len(heading) > 90 || strings.ContainsAny(heading, "£$€") || chromeHeading(heading) || countFields(heading, 9) > 9 {
		return ""
	}
	if strings.Contains(heading, " · ") || strings.Contains(heading, " @") {
		return "" // a post's byline, "Fenwick & Lyle Community Trust @FenwickLyleCT · Apr 16": who wrote it
	}
	switch l := strings.ToLower(strings.TrimSpace(heading)); {
	case l == "news", l == "latest news", l == "press release", l == "news release", l == "update", l == "updates", l == "announcement", l == "background", l == "summary", l == "overview", l == "details", l == "funding", l == "grants", l == "awards",
		genericNouns[l], genericNouns[strings.TrimPrefix(l, "individual ")]:
		return "" // a section ("Organisations", "Individuals"), not a grantee
	}
	if l := strings.ToLower(strings.TrimSpace(heading)); negativeWords[l] || labelWords[l] {
		return "" // "Tickets", "Fees", "Funding": what a figure is, not who
	}
	heading = dropListNumber(heading) // "1. Sallow Estuary Rowing for Health"
	name := leadingProper(heading)
	whole := dropPlaceInBrackets(heading) // "The Listening Post (Wexbury)"
	if k := strings.Index(whole, ", "); k > 0 && len(name) <= k {
		whole = whole[:k] // "Tidewater Maritime Workforce Alliance, Norfolk, Virginia"
	}
	for _, d := range []string{" – ", " — "} {
		if k := strings.Index(whole, d); k > 0 && len(name) <= k && orgName(whole[:k]) {
			whole = whole[:k] // "University of Portmere – Coastal Universities Alliance": the lead, then its project
		}
	}
	if full := cleanName(stripDeterminer(whole)); name != "" && len(name)*3 < len(full)*2 && strings.Contains(full, " and ") && len(splitNames(full)) > 1 {
		// "The Foundry Rooms and Velvet Cellar" over "£12,500 each"
		name = full
	}
	if full := cleanName(stripDeterminer(whole)); strings.Contains(full, " & ") && len(name) < len(full) && allProperWords(full) {
		name = full // "Kestrel Print & Design"
	}
	if h := strings.TrimSpace(heading); strings.HasSuffix(h, ")") && len(name) < len(h) {
		// "Ionad Ealaíon an Iúir (Newry Arts Centre)": a name in Irish or
		// Welsh, whose lower-case words the reader stops at, with the
		// English name in brackets
		if k := strings.LastIndex(h, " ("); k > 0 && len(name) < k {
			if in, pre := h[k+2:len(h)-1], h[:k]; leadingProper(in) == in && orgName(in) && !isFunder(in) && !strings.ContainsAny(pre, ",:;*") && countFields(pre, 6) <= 5 && isLetter(lowerByte(pre[0])) && strings.ToUpper(pre) != pre && !fundHeads[lastWordLower(pre)] {
				// (not "SHOPFRONT IMPROVEMENT GRANT SCHEME (Castlebridge
				// Borough Council)": a scheme and who runs it)
				return h
			}
		}
	}
	if name == "" || len(name)*3 < len(cleanName(stripDeterminer(whole)))*2 || isFunder(name) {
		return ""
	}
	return name
}

// allProperWords reports a name whose every word is capitalised, or "&".
func allProperWords(n string) bool {
	for _, w := range strings.Fields(n) {
		if w != "&" && !isProperWord(w) {
			return false
		}
	}
	return true
}

// dottedSuffix returns the dotted abbreviation that ends a name ("e.V.",
// "Inc.", "S.A."), or "".
func dottedSuffix(t string) string {
	for _, a := range []string{" e.V.", " Inc.", " Ltd.", " Co.", " S.A.", " S.L.", " B.V.", " N.V.", " A.G.", " Corp.", " L.L.C.", " S.p.A.", " a.s.b.l."} {
		if strings.HasSuffix(t, a) {
			return a
		}
	}
	return ""
}

// endsWithDashFigure reports a line whose one figure closes it after a
// dash: "Winterised family tents for 3,500 households – €750,000".
func endsWithDashFigure(next string) bool {
	n := strings.TrimRight(next, " .")
	k := max(strings.LastIndex(n, " – "), strings.LastIndex(n, " - "), strings.LastIndex(n, " — "))
	if k < 0 || strings.ContainsAny(n[:k], "£$€") {
		return false // (a figure before the dash: not the line's one figure)
	}
	t := strings.TrimLeft(n[k+1:], "–-— ")
	ms := scanAmounts(t)
	return len(ms) == 1 && ms[0].QStart == 0 && ms[0].End == len(t)
}

// opensWithFigure reports a block that opens with a figure, after "A
// grant of", "Award:" and the like: the block a label line above names.
func opensWithFigure(next string) bool {
	n := strings.TrimSpace(next)
	for _, d := range []string{"a joint ", "joint ", "a ", "an "} {
		if hasPrefixFold(n, 0, d) { // "A grant of six thousand pounds", "Joint award of £8,000"
			n = n[len(d):]
			break
		}
	}
	if k := requestedThenAwarded(n); k > 0 {
		n = n[k:] // "Requested: £45,000 Awarded: £38,500": what was awarded
	}
	if len(n) > 0 && isDigit(n[0]) {
		// "420 trees and £38,000": things given with the money
		if k := strings.Index(head(n, 40), " and "); k > 0 && !strings.ContainsAny(n[:k], "£$€") && countFields(n[:k], 4) <= 3 {
			n = n[k+len(" and "):]
		}
	}
	if k := strings.IndexByte(n, ':'); k > 0 && strings.IndexByte(n[:k], ' ') > 0 && labelLine(n) {
		// "NMF award: $90,000", "City grant: $62,000": a field of the
		// award, its kind or fund named before the noun
		n = n[k+1:]
	}
	for _, l := range []string{"awarded", "grant awarded", "amount awarded", "grant", "award", "amount", "funding", "allocation", "total"} {
		if hasPrefixFold(n, 0, l) { // HasPrefix(asciiLower(n), l), without lowering n
			n = strings.TrimLeft(n[len(l):], " :–-")
			if (l == "grant" || l == "award") && hasPrefixFold(n, 0, "of ") {
				n = n[3:] // "A grant of £6,000", not "Total of $42,500 from account ..."
			}
			break
		}
	}
	ms := scanAmounts(head(n, 40))
	return len(ms) > 0 && ms[0].QStart <= 2
}

// requestedThenAwarded reads a block that opens with the sum asked for
// and then gives the sum awarded, "Requested: £45,000 Awarded: £38,500",
// and returns where "Awarded" starts, or -1.
func requestedThenAwarded(n string) int {
	if !hasPrefixFold(n, 0, "requested:") && !hasPrefixFold(n, 0, "amount requested:") && !hasPrefixFold(n, 0, "applied for:") && !hasPrefixFold(n, 0, "asked for:") {
		return -1
	}
	h := asciiLower(head(n, 60))
	if k := strings.Index(h, "awarded:"); k > 0 && !strings.ContainsAny(h[:k], ".;") {
		return k
	}
	return -1
}

// splitNames splits "the John Innes Centre and the Quadram Institute" into
// its names when both sides are proper names.
func splitNames(r string) []string {
	var parts []string
	// "Police and Crime Commissioner", "Fire and Rescue Service": an
	// "and" inside one body's name
	for _, c := range joinedNameParts {
		if strings.Contains(r, c[0]) {
			r = strings.ReplaceAll(r, c[0], c[1])
		}
	}
	segs := strings.Split(r, ", ")
	for i, p := range segs {
		p = strings.TrimPrefix(p, "and ")
		if i < len(segs)-1 && orgName(p) {
			// "Borders and Fells Constabulary, Marches Police and Dales
			// Police": an earlier item of a comma list is one name
			parts = append(parts, p)
			continue
		}
		ps := strings.Split(p, " and ")
		// "Humber and Wolds PCC and Marches PCC": a lone place word joins
		// the name after it
		for k := 0; k+1 < len(ps); k++ {
			if !strings.Contains(strings.TrimSpace(ps[k]), " ") && !orgName(ps[k]) && orgName(ps[k+1]) && len(ps) > 2 {
				ps[k+1] = ps[k] + " and " + ps[k+1]
				ps = append(ps[:k], ps[k+1:]...)
			}
		}
		// "Dunmere College and Pennick Sixth Form and Technical College":
		// a part of only kind words ("Technical College") ends the name
		// before it, which is no whole name yet ("Pennick Sixth Form")
		for k := 1; k < len(ps) && len(ps) > 2; k++ {
			if kindOnly(ps[k]) && !orgName(ps[k-1]) {
				ps[k-1] += " and " + ps[k]
				ps = append(ps[:k], ps[k+1:]...)
				k--
			}
		}
		parts = append(parts, ps...)
	}
	var out []string
	for _, p := range parts {
		n := leadingProper(strings.ReplaceAll(p, "\x00", "and"))
		if n == "" {
			return nil
		}
		out = append(out, n)
	}
	return authorsOfWorks(out)
}

// authorsOfWorks cuts the works from a list of "Tom Hesketh for Mill
// Girls and Priya Raman for The Paper Archipelago": when every name is a
// person's two or three words, then "for" and a title, the people.
func authorsOfWorks(names []string) []string {
	if len(names) < 2 {
		return names
	}
	cut := make([]string, len(names))
	for i, n := range names {
		k := strings.Index(n, " for ")
		if k < 0 {
			return names
		}
		f := strings.Fields(n[:k])
		if len(f) < 2 || len(f) > 3 || orgName(n[:k]) {
			return names
		}
		for _, w := range f {
			if !isProperWord(w) || connectors[strings.ToLower(w)] || fundHeads[strings.ToLower(w)] {
				return names
			}
		}
		cut[i] = n[:k]
	}
	return cut
}

// lastOrg resolves "the charity", "it" to the most recent organisation
// named in earlier sentences, preferring one whose name ends with the same
// word ("the council" -> "Leeds City Council").
func (a *analyzer) lastOrg(noun string) string {
	var any string
	for i := len(a.prev) - 1; i >= 0 && i >= len(a.prev)-6; i-- {
		var found []string
		for _, name := range properNames(a.prev[i]) {
			if k := strings.Index(name, " in "); k > 0 && orgName(name[:k]) {
				name = name[:k] // "Tamar Valley Hospice in North Tamarside"
			}
			if lw := lastWordLower(name); orgName(name) && strings.Contains(name, " ") && !isFunder(name) && !strings.HasSuffix(lw, "fund") {
				if i == len(a.prev)-1 && containsAny(a.prev[i], []string{" by the " + name, " by " + name, " from the " + name, " from " + name}) {
					continue // "the charity has been awarded £250,000 by the Northcliffe Foundation": the giver
				}
				found = append(found, name)
			}
		}
		for j := len(found) - 1; j >= 0; j-- {
			if lastWordLower(found[j]) == noun {
				return found[j]
			}
			if any == "" && (!kindNouns[noun] || hasWord(asciiLower(found[j]), noun) || noun == "force" && hasAnyWord(asciiLower(found[j]), []string{"police", "constabulary"})) {
				any = found[j]
			}
		}
	}
	if o := a.titleOrg(noun); o != "" {
		return o
	}
	if companyNouns[noun] && publicBodyNouns[lastWordLower(any)] {
		any = "" // "the company" is never "Greater Manchester Combined Authority"
	}
	if any == "" && (companyNouns[noun] || noun == "it") {
		// "Septiq Diagnostics, which is based at ..." before "the firm
		// has secured": a company's name carries no suffix to know it by,
		// but it opened a recent sentence as its subject (and "Voltaic
		// Insight said its Series A round ... Separately, it has been
		// awarded £612,000", nearer)
		for i := len(a.prev) - 2; i >= 0 && i >= len(a.prev)-8; i-- {
			t := dropBasedPrefix(stripDeterminer(a.prev[i]))
			if n := leadingProper(t); i >= len(a.prev)-4 && strings.Contains(n, " ") && !isFunder(n) && !a.isFundName(n) && !isPerson(a.prev[i]) && hasAnyPrefix(t[len(n):], ", which ", ", who ", ", a ", ", an ", ", the ", " has ", " is ", " was ", " will ", " said ", " says ") {
				return n
			}
			if noun == "it" {
				continue
			}
			// "Wexcombe precision engineer Hallam & Royce is to double
			// ...", further back: the name after a description of the
			// business
			for _, v := range []string{" is ", " has ", " was ", " will "} {
				k := strings.Index(head(t, 100), v)
				if k <= 0 {
					continue
				}
				if n := trailingProper(t[:k]); strings.Contains(n, " ") && k > len(n) && !isFunder(n) && !isPerson(n) && businessNouns[lastWordLower(strings.TrimSpace(t[:k-len(n)]))] {
					return n
				}
				break
			}
		}
	}
	if any == "" && (companyNouns[noun] || describedNouns[noun]) {
		if n := a.describedAs(noun); n != "" {
			return n
		}
	}
	return any
}

// describedNouns are the kinds of body a story introduces in words
// ("This is Saltmarsh Young Carers", "X, a small charity") before calling
// it by its kind.
var describedNouns = wordSet("charity group organisation organization")

// describedAs finds the body a story introduced as one of the noun's
// kind, up to thirty sentences back: "This is Saltmarsh Young Carers"
// (for charities and groups), "Kelby Young Carers is a small charity",
// "... has become Loomwright Textiles, a company of 46 people".
func (a *analyzer) describedAs(noun string) string {
	for i := len(a.prev) - 2; i >= 0 && i >= len(a.prev)-30; i-- {
		t := a.prev[i]
		if k := strings.Index(t, "This is "); k >= 0 && describedNouns[noun] {
			if n := leadingProper(t[k+len("This is "):]); strings.Contains(n, " ") && !isFunder(n) && !isPerson(n) {
				return n
			}
		}
		for _, d := range []string{", a ", ", a small ", ", a local ", " is a ", " is a small ", " is a local "} {
			k := strings.Index(t, d+noun)
			if k <= 0 {
				continue
			}
			if e := k + len(d+noun); e < len(t) && isLetter(t[e]) {
				continue // "a charitable ...", not "a charity"
			}
			if n := trailingProper(t[:k]); strings.Contains(n, " ") && !isFunder(n) && !isPerson(n) {
				return n
			}
		}
	}
	return ""
}

// introWords open a phrase set before a sentence's subject ("Alongside
// the investment, the firm ...").
var introWords = wordSet("alongside separately meanwhile additionally also in on after following as with under through last this earlier elsewhere today yesterday now since besides")

// companyNouns name a business: "the firm", "the company".
var companyNouns = wordSet("firm company business startup start-up spinout spin-out manufacturer studio developer")

// businessNouns describe a business before its name: "Wexcombe
// precision engineer Hallam & Royce".
var businessNouns = wordSet("firm company business startup start-up spinout spin-out manufacturer engineer engineers maker makers retailer developer producer brewer brewery distiller distillery supplier specialist operator builder bakery")

// isPerson reports a name that opens with a person's title.
func isPerson(s string) bool {
	for _, t := range personTitles {
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	return false
}

// personInstitution reads "Dr Felix Marchetti, Northgate University" or
// "Professor Ann Lee (University of Kelsall)" and returns the
// institution: a fellow's award is held by the host.
func personInstitution(seg string) string {
	seg = strings.TrimSpace(seg)
	if !isPerson(seg) {
		return ""
	}
	rest, paren := "", false
	if k := strings.Index(seg, ", "); k > 0 {
		rest = seg[k+2:]
	} else if k := strings.Index(seg, " ("); k > 0 {
		rest, paren = strings.TrimSuffix(seg[k+2:], ")"), true
	}
	if j := strings.Index(rest, ", "); j > 0 {
		rest = rest[:j] // "Northgate University, Leeds"
	}
	rest = stripDeterminer(strings.TrimSpace(rest))
	// the institution's words: capitalised, with "of", "for", "and",
	// "the" between ("Institute for Fiscal Modelling")
	words := strings.Fields(rest)
	n := 0
	for n < len(words) {
		w := words[n]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || connectors[w] && w != "on" && w != "in" && w != "at" && w != "under" && w != "upon" && n > 0 && n+1 < len(words) {
			n++
			continue
		}
		break
	}
	for n > 0 && !isProperWord(strings.Trim(words[n-1], ".,")) {
		n--
	}
	if n < 2 {
		return ""
	}
	name := cleanName(strings.Join(words[:n], " "))
	if isFunder(name) || department(name, paren) {
		return ""
	}
	return withPerson(seg, name)
}

// withPerson names a researcher's award by the researcher and the host
// that holds it: "Kwame Boateng (Thamesbridge University)" for "Professor
// Kwame Boateng of Thamesbridge University". Funders and readers name
// such awards either way; both are kept.
func withPerson(seg, inst string) string {
	for _, ps := range []string{"’s ", "'s "} {
		if k := strings.Index(inst, ps); k > 0 && (department(inst[k+len(ps):], false) || orgName(inst[:k]) && (hasAnySuffix(asciiLower(inst[k+len(ps):]), "institute", "centre", "center", "unit", "school", "faculty", "laboratory", "lab", "group", "department") ||
			hasAnyPrefix(asciiLower(inst[k+len(ps):]), "institute of ", "institute for ", "centre for ", "center for ", "centre of ", "unit for "))) {
			// "the University of Kelsford’s School of Life Sciences",
			// "Newcastle University’s Population Health Sciences
			// Institute", "the University’s Institute of Aquaculture"
			// (not "King’s College London")
			inst = inst[:k]
		}
	}
	name := personName(seg)
	if name == "" || strings.Contains(name, inst) || strings.Contains(inst, name) {
		return inst
	}
	return atHost(name, inst)
}

// atHost names a researcher's award by the researcher and the host that
// holds it: "Kwame Boateng (Thamesbridge University)" (labellers name
// such awards either way, and eval matches both).
func atHost(name, host string) string {
	return name + " (" + host + ")"
}

// department reports a part of an institution rather than a body that
// holds grants: "School of Chemistry", "Department of Physics", and in
// brackets after a name "(Computer Science)" (but not "(Institute of
// Immunology and Infection)").
func department(name string, inBrackets bool) bool {
	l := asciiLower(name)
	if hasAnyPrefix(l, "school of ", "department of ", "faculty of ", "division of ") {
		return true
	}
	if !inBrackets {
		return false
	}
	for _, w := range strings.Fields(l) {
		if orgSuffixes[strings.Trim(w, ".,")] {
			return false
		}
	}
	return true
}

// personName returns the name of the person seg opens with, less their
// title ("Dr. Raj Malhotra (Computer Science)" gives "Raj Malhotra"), or
// "" when it is no full name.
func personName(seg string) string {
	p := strings.TrimSpace(seg)
	for _, t := range personTitles {
		p = strings.TrimPrefix(p, t)
	}
	name := leadingProper(p)
	for _, cut := range []string{" of ", " at ", " from ", " (", " and "} {
		if k := strings.Index(name, cut); k > 0 {
			name = name[:k]
		}
	}
	if !strings.Contains(name, " ") || isFunder(name) {
		return ""
	}
	return name
}

// personOrg reads a subject that is a person ("Dr X, Northgate
// University", "Professor Y of the School of Geography") and returns the
// institution holding the award.
func (a *analyzer) personOrg(subj string) string {
	if inst := personInstitution(subj); inst != "" {
		return a.namedHost(inst)
	}
	if inst := roleAppositive(subj); inst != "" {
		return a.namedHost(inst)
	}
	if !isPerson(subj) {
		return ""
	}
	if inst := personAt(subj); inst != "" {
		return a.namedHost(inst)
	}
	k := personDepartment(subj)
	if j := strings.Index(subj, ", "); k == 0 && j > 0 && (department(subj[j+2:], false) || isLowerWord(firstWord(subj[j+2:]))) {
		// "Dr Saoirse Whelan, School of Chemistry", "Dr. Tomás Reyes,
		// assistant professor of civil engineering"
		k = j
	}
	if j := strings.Index(subj, " ("); k == 0 && j > 0 {
		// "Professor Alun Pryce (Chemistry)"
		if e := strings.IndexByte(subj[j:], ')'); e > 0 && department(subj[j+2:j+e], true) {
			k = j
		}
	}
	if k > 0 {
		for _, n := range []string{"university", "college", "institute"} {
			if o := a.titleOrg(n); o != "" {
				return withPerson(subj[:k], o)
			}
		}
		// a department names no body that holds grants: the person
		return personName(subj[:k])
	}
	return ""
}

// roleAppositive reads a person named with no title but with a role at a
// host: "Ian Charlton, a consultant psychologist with Tyne and Wear NHS
// Foundation Trust" gives "Ian Charlton (Tyne and Wear NHS Foundation
// Trust)"; "" when subj is not so shaped or the host is no organisation.
func roleAppositive(subj string) string {
	k := strings.Index(subj, ", ")
	if k < 0 {
		return ""
	}
	name, role := subj[:k], subj[k+2:]
	if n := countFields(name, 5); n < 2 || n > 4 || leadingProper(name) != name || orgName(name) || isFunder(name) || !describedHead(role) {
		return ""
	}
	low := asciiLower(role)
	for _, p := range []string{" at ", " with ", " in ", " based at "} {
		j := strings.Index(low, p)
		if j < 0 || countFields(low[:j], 7) > 6 || !isLowerWord(firstWord(role[j+len(p):])) && !isProperWord(firstWord(role[j+len(p):])) {
			continue
		}
		if !allLower(role[:j]) {
			return ""
		}
		host := cleanName(stripDeterminer(strings.TrimSpace(role[j+len(p):])))
		if leadingProper(host) == "" || department(host, false) || !orgName(host) && !hasAnyPrefix(asciiLower(host), "university’s ", "university's ", "college’s ", "college's ") {
			return ""
		}
		return withPerson(name, host)
	}
	return ""
}

// namedHost gives "Jonah Price (University)", from "a lecturer in the
// University’s School of Computing", the university the page is from.
func (a *analyzer) namedHost(inst string) string {
	if k := strings.LastIndex(inst, " ("); k > 0 && strings.HasSuffix(inst, ")") {
		switch n := inst[k+2 : len(inst)-1]; {
		case n == "University", n == "College", n == "Institute":
			if o := a.titleOrg(strings.ToLower(n)); o != "" {
				return inst[:k] + " (" + o + ")"
			}
		case strings.HasSuffix(n, " Campus") || strings.Contains(n, " Campus in "),
			hasAnyPrefix(asciiLower(n), "school of ", "department of ", "faculty of ", "division of ", "college of ", "institute of ", "centre for ", "center for "):
			// "based at the Penryn Campus in Cornwall", "Mia Tran, from the
			// College of Science and Engineering" on the university's own
			// newsroom: a campus or a part of the page's own university
			if o := a.titleOrg("university"); o != "" {
				return inst[:k] + " (" + o + ")"
			}
		}
	}
	return inst
}

// teamLead reports the words before "led by" that name a research team
// or project of the sentence's subject: "A team", "The project".
func teamLead(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	switch f[len(f)-1] {
	case "team", "group", "project", "consortium", "study", "collaboration", "partnership":
		return true
	}
	return false
}

// personPreps join a person to their institution: "Professor Y of the
// School of Geography", "Dr X at Brindmoor University".
var personPreps = []string{" of the ", " at the ", " from the ", " in the ", " of ", " at ", " from "}

// personAt reads "Dr X at Brindmoor University" as "X (Brindmoor
// University)"; it gives "" for a department or no institution.
func personAt(subj string) string {
	if !isPerson(subj) || personDepartment(subj) > 0 {
		return ""
	}
	low := asciiLower(subj)
	for _, p := range personPreps {
		k := strings.Index(low, p)
		if k < 0 {
			continue
		}
		if name := leadingProper(subj[k+len(p):]); strings.Contains(name, " ") && !isFunder(name) {
			return withPerson(subj[:k], name)
		}
		break
	}
	return ""
}

// personDepartment returns where "Professor Y" ends in "Professor Y of
// the School of Geography": a person of a department, whose host is
// not named; else 0.
func personDepartment(subj string) int {
	low := asciiLower(subj)
	for _, p := range personPreps {
		k := strings.Index(low, p)
		if k < 0 {
			continue
		}
		lr := low[k+len(p):]
		if hasAnyPrefix(lr, "school of", "department of", "faculty of", "centre for", "division of") {
			return k
		}
		return 0
	}
	return 0
}

// publisherOrg returns the organisation that publishes the page, from its
// site name or title ("... | News | Saltby Borough Council"), when one
// ends in an organisation word and gives no money itself.
func (a *analyzer) publisherOrg() string {
	for i := len(a.titleParts) - 1; i >= 0; i-- {
		t := a.titleParts[i]
		if name := cleanName(t); name == leadingProper(t) && strings.Contains(name, " ") && !strings.ContainsAny(name, "£$€") && orgSuffixes[strings.Trim(lastWordLower(name), ".")] && !isFunder(name) {
			// (not a headline in capitals, "Foundation Commits $7.55MM in
			// ... Fund")
			return name
		}
	}
	// a site named without an organisation's suffix ("Saltmarsh
	// Community Arts"), so long as it is no news outlet, whose "we" gets
	// no grants
	if n := len(a.titleParts); n > 1 {
		t := a.titleParts[n-1]
		if name := cleanName(t); name == leadingProper(t) && strings.Contains(name, " ") && !strings.ContainsAny(name, "£$€") && !isFunder(name) && !hasAnyWord(asciiLower(name), newsWords) {
			return name
		}
	}
	// a blog's "Pellingham Community Garden: A big thank you to our
	// three funders!": the blog's name before the post's
	for _, p := range a.titleParts {
		if k := strings.Index(p, ": "); k > 0 {
			t := p[:k]
			if name := cleanName(t); name == t && leadingProper(t) == t && strings.Count(name, " ") >= 1 && !isFunder(name) && !a.isFundName(name) && !hasAnyWord(asciiLower(name), newsWords) {
				return name
			}
		}
	}
	return ""
}

// vowels counts the capital vowels in s: a word in capitals has some, an
// acronym ("EPSRC") few.
func vowels(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'A', 'E', 'I', 'O', 'U':
			n++
		}
	}
	return n
}

// postSigner reads the line that signs an embedded social media post:
// "Marrowby Arts Hub (@MarrowbyArtsHub) 2 September 2028", "A post shared
// by Marrowby Community Choir (@marrowbychoir) · 31 August 2028", "—
// Kelby Youth Trust (@kelbyyouth)".
func postSigner(line string) string {
	l := strings.TrimLeft(strings.TrimSpace(line), "—–- ")
	for _, p := range []string{"A post shared by ", "Posted by ", "Shared by "} {
		l = strings.TrimPrefix(l, p)
	}
	k := strings.Index(l, " (@")
	if k <= 0 || !strings.Contains(l[k:], ")") {
		return ""
	}
	if n := l[:k]; leadingProper(n) == n && strings.Contains(n, " ") && orgName(n) {
		return n
	}
	return ""
}

// placedReceiving reads the words between a name's dash and its figure
// that say how it came by it: "first place with 2,418 tokens, receiving",
// "runner-up, receiving" (lowercase words only, so no other name).
func placedReceiving(t string) bool {
	for _, v := range []string{", receiving", " receiving", ", awarded", ", which receives", ", winning"} {
		if rest, ok := strings.CutSuffix(t, v); ok && rest != "" && len(rest) < 60 {
			for _, r := range rest {
				if unicode.IsUpper(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// frenchOrgHeads open French names of bodies, whose words after the
// first are lowercase save for places: "Société historique de la
// Vallée-des-Rivières", "Musée acadien de l'Anse-à-Gilles".
var frenchOrgHeads = wordSet("société association musée centre fédération coopérative théâtre comité conseil cercle maison fondation ligue regroupement corporation commission chambre club compagnie école collège université bibliothèque")

// frenchOrg reports a whole label that is a French body's name.
func frenchOrg(lbl string) bool {
	f := strings.Fields(lbl)
	if len(f) < 2 {
		return false
	}
	if len(f) > 2 && (f[0] == "La" || f[0] == "Le" || f[0] == "Les") {
		f = f[1:]
	}
	head := strings.TrimPrefix(strings.TrimPrefix(f[0], "L'"), "L’") // "L'Association des aquaculteurs ..."
	if len(f) < 2 || len(f) > 9 || !frenchOrgHeads[strings.ToLower(head)] || !isProperWord(head) {
		return false
	}
	proper := false
	for _, w := range f[1:] {
		w = strings.Trim(w, ",.")
		if w == "" || strings.ContainsAny(w, "0123456789£$€") {
			return false
		}
		switch strings.ToLower(w) {
		case "and", "the", "of", "for", "to", "with":
			return false // English words: no French name
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "d'") {
			proper = true
		}
	}
	return proper
}

// lastEmoji returns where the text after the last emoji (a pictograph or
// symbol rune) in s starts, or -1.
func lastEmoji(s string) int {
	if asciiOnly(s) {
		return -1
	}
	k := -1
	for i, r := range s {
		if r >= 0x2190 && (unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)) || r == 0xFE0F || r == 0x200D {
			k = i + utf8.RuneLen(r)
		}
	}
	return k
}

// newsWords mark a news outlet's name.
var newsWords = []string{"news", "live", "times", "post", "gazette", "herald", "echo", "mail", "courier", "today", "journal", "chronicle", "express", "mirror", "observer", "guardian", "telegraph", "press", "bbc", "itv", "radio", "tv", "magazine", "weekly", "daily", "week", "standard", "argus", "advertiser", "reporter", "review", "world", "insider", "wire"}

// titleSegments splits a title at its separators and title-cases a part
// written in capitals.
func titleSegments(title string) []string {
	for _, sep := range []string{" – ", " — ", " - ", " : "} {
		title = strings.ReplaceAll(title, sep, " | ")
	}
	parts := strings.Split(title, " | ")
	for i, t := range parts {
		t = strings.TrimSpace(strings.Trim(strings.TrimSpace(t), "|")) // (a site with no og:site_name is "| title")
		if upperInvariant(t) {
			t = titleCase(strings.ToLower(t))
		}
		parts[i] = t
	}
	return parts
}

// pluralNamed reads names before a plural body noun: "Dellbrook and
// Eskerby councils", "Oldham, Bury and Wigan councils".
func pluralNamed(subj string) []string {
	f := strings.Fields(strings.TrimSpace(subj))
	if len(f) < 4 {
		return nil
	}
	switch strings.ToLower(trimWord(f[len(f)-1])) {
	case "councils", "forces", "trusts", "colleges", "universities", "authorities", "boroughs", "districts", "towns", "cities", "constabularies":
	default:
		return nil
	}
	rest := stripDeterminer(strings.Join(f[:len(f)-1], " "))
	if !strings.Contains(rest, " and ") || !nameList(strings.Split(strings.Replace(rest, " and ", ", ", 1), ", ")) {
		return nil
	}
	names := splitNames(rest)
	for _, n := range names {
		if strings.Contains(n, " ") && orgName(n) {
			return nil // "Hill Council and Dale Council" names them already
		}
	}
	return names
}

// nounInSentence finds the organisation in sentence whose name ends in
// noun ("Thornbury Road Primary School" for "the school"), when exactly
// one does.
func nounInSentence(sentence, noun string) string {
	if noun == "" || !containsFold(sentence, noun) {
		return ""
	}
	found := ""
	for _, name := range properNames(sentence) {
		if k := strings.LastIndex(name, " at "); k > 0 {
			name = name[k+4:] // "Pupils at Thornbury Road Primary School"
		}
		if k := strings.Index(name, " in "); k > 0 {
			name = name[:k] // "Thornbury Road Primary School in Haverleigh"
		}
		if strings.Contains(name, " ") && lastWordLower(name) == noun && !isFunder(name) {
			if found != "" && found != name {
				return ""
			}
			found = name
		}
	}
	return found
}

// anonNouns say what kind of body an unnamed recipient is.
// describesBody reports a description that says what kind of body
// follows: "a Blyth-based charity that supports young people leaving
// care".
func describesBody(desc string) bool {
	low := asciiLower(desc)
	for w, i := nextWord(low, 0); w != ""; w, i = nextWord(low, i) {
		if anonNouns[w] || bodyNouns[w] {
			return true
		}
	}
	return false
}

var bodyNouns = wordSet("group organisation organization society association trust network collective partnership enterprise")

var anonNouns = wordSet("hospice charity school club theatre museum company firm start-up startup business foodbank church college nursery practice manufacturer producer developer maker employer farm co-operative cooperative distillery brewery chapel mosque synagogue temple gurdwara cathedral group provider")

// researcherNouns describe a person a story names after telling of their
// award: "A Tynebridge physicist whose work ... has been awarded".
var researcherNouns = wordSet("researcher scientist physicist chemist biologist engineer mathematician academic lecturer historian economist ecologist artist writer poet composer filmmaker")

// placeOwners are the places a body is described by: "the county's
// largest further education group".
var placeOwners = wordSet("county city town region borough district island valley country nation village area")

// describedName returns the name in "a <description>, <Name>" ("a new
// parent-and-toddler group in Ballyliffin, Little Acorns Ballyliffin"),
// or "".
func describedName(s string) string {
	k := strings.LastIndex(s, ", ")
	if k < 0 {
		return ""
	}
	head, name := s[:k], cleanName(stripDeterminer(s[k+2:]))
	if !describedHead(head) || strings.Contains(head, ", ") ||
		!strings.Contains(name, " ") || leadingProper(name) != name || isPerson(name) || isFunder(name) {
		return ""
	}
	return name
}

// placeModifier reports a noun phrase that opens "a" or "an", then a
// name used as a place, then only lowercase words ending in what kind of
// body it is: np "a Halton employer-led consortium" (rest "employer-led
// consortium").
func placeModifier(np, rest string) bool {
	if _, ok := cutArticle(np); !ok {
		return false
	}
	if k := strings.IndexAny(rest, ",;("); k >= 0 {
		rest = rest[:k] // "a Halton employer-led consortium, is subject to contract"
	}
	n := countFields(rest, 5)
	if n == 0 || n > 3 || !allLower(rest) {
		return false
	}
	last := lastWordLower(rest)
	return anonNouns[last] || orgSuffixes[last] || genericNouns[last] || lowerTail[last]
}

// describedHead reports a noun phrase that opens "a" or "an" and a
// lowercase word, or "the" and what a body runs: a description ("a
// boxing club in Buncrana", "the trust behind Riverside Academy"), not a
// name. One that names a lead ("a partnership led by Torbay Council") is
// no mere description.
func describedHead(np string) bool {
	rest, ok := cutArticle(np)
	if !ok {
		// "the multi-academy trust behind Riverside Academy Peckham":
		// a body described by what it runs
		r, the := strings.CutPrefix(asciiLower(np), "the ")
		if !the || !isLowerWord(np[len(np)-len(r):]) {
			return false
		}
		if strings.Contains(r, " behind ") || strings.Contains(r, " that runs ") || strings.Contains(r, " which runs ") {
			return true
		}
		// "the downtown organization for Brattleboro", "the
		// post-settlement governance entity for Ngāti Pāhauwera": a
		// body's role in lowercase, then the place or people it serves
		return roleForPlace(np[len(np)-len(r):])
	}
	if roleForPlace(rest) {
		return true // "An Indigenous-led tourism organization on Prince Edward Island"
	}
	if !isLowerWord(rest) {
		// "a Goldthorpe youth club": a place, then the description
		// (or "a Blyth-based charity")
		if fw := firstWord(rest); !isProperWord(fw) && !(strings.HasSuffix(fw, "-based") && !isLowerWord(fw)) || !isLowerWord(strings.TrimLeft(rest[len(fw):], " ")) {
			return false
		}
	}
	r, _ := ledBy(np)
	return r == ""
}

// roleForPlace reports a body's role in lowercase words (the first may be
// a hyphened word such as "Indigenous-led"), then the place or people it
// serves: "downtown organization for Brattleboro", "tourism organization
// on Prince Edward Island".
func roleForPlace(rest string) bool {
	for _, p := range []string{" for ", " in ", " of ", " on "} {
		k := strings.Index(rest, p)
		if k <= 0 {
			continue
		}
		role := rest[:k]
		if w := firstWord(role); !isLowerWord(w) && strings.Contains(w, "-") {
			role = strings.TrimLeft(role[len(w):], " ") // "Indigenous-led"
		}
		place := rest[k+len(p):]
		return role != "" && allLower(role) && countFields(role, 6) <= 5 && place != "" && leadingProper(place) == place && countFields(place, 5) <= 3
	}
	return false
}

// cutArticle returns s less an opening "A", "An", "a" or "an" and its
// space, and whether there was one.
func cutArticle(s string) (string, bool) {
	return cutAnyPrefix(s, "a ", "an ", "A ", "An ")
}

// unnamedSubject reports a subject that names no one: "a cross-border
// project on the lough", or an "it" nothing before it names ("A
// long-awaited community hub ... is going ahead after it was awarded
// 4.8 million pounds"). The grantee may be named in the sentence after.
func unnamedSubject(subj string) bool {
	if peopleWho(subj) {
		return true
	}
	s := strings.TrimSpace(subj)
	if k := strings.LastIndex(s, ", "); k >= 0 {
		s = s[k+2:] // "Separately, a cross-border project"
	}
	l := asciiLower(s)
	if l == "it" || hasAnySuffix(l, " after it", " when it", " because it", " as it") {
		return true
	}
	rest, ok := cutArticle(s)
	if !ok || countFields(rest, 15) > 14 {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// formWord reports a company's legal form standing alone: "S.A.",
// "Inc.", "Ltd", "GmbH".
func formWord(w string) bool {
	w = strings.TrimSpace(w)
	return companyForm[w] || len(w) <= 8 && legalForms[strings.ReplaceAll(strings.ToLower(w), ".", "")]
}

// describedKind reports a subject of capitalised words and a kind of
// body, with no article: a headline's "Historic Ellerhurst mosque".
func describedKind(subj string) bool {
	if !anonNouns[lastWordLower(subj)] {
		return false // (the cheap test first: resolveSubject asks of every subject)
	}
	f := strings.Fields(subj)
	if len(f) < 2 || len(f) > 4 || !anonNouns[f[len(f)-1]] {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !isProperWord(w) {
			return false
		}
	}
	return true
}

// peopleWho reports a subject of people described by what they did:
// "Volunteers who turned a fly-tipping hotspot ..." (but "Volunteers
// behind the Staithes Heritage Trail" are named by what they run).
func peopleWho(subj string) bool {
	w, rest, ok := strings.Cut(strings.TrimSpace(subj), " ")
	if !ok || !strings.HasPrefix(rest, "who ") {
		return false
	}
	for _, p := range []string{"volunteers", "residents", "campaigners", "parents", "villagers", "fundraisers", "neighbours", "neighbors", "locals", "pupils", "students", "families", "friends"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// anonymous reports a subject that describes a body without naming it:
// "A community energy company in the Ettrick valley".
func anonymous(subj string) bool {
	s := strings.TrimSpace(subj)
	if r, ok := cutAnyPrefix(s, "The ", "the "); ok {
		// "The county's largest further education group": the place's
		// body, described, named later
		for _, ps := range []string{"'s ", "’s "} {
			if k := strings.Index(r, ps); k > 0 && placeOwners[r[:k]] {
				f := strings.Fields(r[k+len(ps):])
				return len(f) >= 1 && len(f) <= 5 && anonNouns[f[len(f)-1]] && allLower(r[k+len(ps):])
			}
		}
	}
	rest, ok := cutArticle(s)
	if !ok {
		return false
	}
	if k := strings.Index(rest, " in "); k > 0 && (isProperWord(firstWord(rest[k+4:])) || strings.HasPrefix(rest[k+4:], "the ") && isProperWord(firstWord(rest[k+8:]))) {
		rest = rest[:k] // "A Victorian synagogue in Hendle", "A SCOUT group in the Holme Valley": where it is
	}
	named := rest
	for _, rel := range []string{" that ", " which ", " who ", " whose "} {
		if k := strings.Index(named, rel); k > 0 {
			named = named[:k] // "A Penrith rugby club that was rescued ...": what it is
		}
	}
	if f := strings.Fields(named); len(f) >= 2 && len(f) <= 4 && (anonNouns[f[len(f)-1]] || researcherNouns[f[len(f)-1]]) {
		// "A PORT CRAY hospice", "A Leeds charity", "A Penrith rugby
		// club": a place (and a kind) and what the body is, named later
		place, lower := true, false
		for _, w := range f[:len(f)-1] {
			switch {
			case isProperWord(w) && !lower:
			case isLowerWord(w) && isAlpha(w):
				lower = true
			default:
				place = false
			}
		}
		if place && isProperWord(f[0]) {
			return true
		}
	}
	measured := false
	if f := firstField(rest); strings.Contains(f, "-") && f[0] >= '0' && f[0] <= '9' {
		// "A 220-cow family dairy": a measure of the body, no count
		rest, measured = strings.TrimSpace(rest[len(f):]), true
	}
	if !isLowerWord(rest) {
		return false
	}
	k := -1
	for _, p := range []string{" in ", " near ", " outside "} {
		// "A family dairy near Llanhowell"
		if j := strings.Index(s, p); j > 0 && (k < 0 || j < k) {
			k = j
		}
	}
	return k > 0 && isLowerWord(lastField(s[:k])) && (leadingProper(s[:k]) == "" || measured) && !strings.Contains(s[k:], " after ")
}

// countedAt reads the body that holds counted projects: "Three further
// projects at the university" (the university the page title names),
// "two projects at Holbrook University".
func (a *analyzer) countedAt(subj string) string {
	k := strings.LastIndex(subj, " at ")
	if k < 0 {
		return ""
	}
	rest := strings.TrimRight(subj[k+4:], " ,")
	if r, ok := strings.CutPrefix(rest, "the "); ok && !strings.Contains(r, " ") && orgSuffixes[strings.ToLower(r)] {
		return a.titleOrg(strings.ToLower(r))
	}
	if n := leadingProper(rest); n != "" && n == cleanName(rest) && orgName(n) && !isFunder(n) {
		return n
	}
	return ""
}

// titleOrg finds an organisation named in the page title whose name ends
// in noun ("Glanrhyd County Borough Council" for "the council").
func (a *analyzer) titleOrg(noun string) string {
	for _, t := range a.titleParts {
		ws := wordSpans(t)
		for k := 0; k < len(ws); k++ {
			st, en := properRun(t, ws, k)
			if st < 0 {
				continue
			}
			name := cleanName(t[st:en])
			if f := strings.Fields(name); len(f) > 2 && siteSections[strings.ToLower(f[len(f)-1])] && (strings.EqualFold(f[len(f)-2], noun) || strings.EqualFold(f[0], noun)) {
				name = strings.Join(f[:len(f)-1], " ") // "Pinecrest University News", "University of Exeter News"
			}
			if strings.Contains(name, " ") && (lastWordLower(name) == noun || firstWordLower(name) == noun && strings.HasPrefix(asciiLower(name), noun+" of ")) && !isFunder(name) {
				return name // "Glanrhyd County Borough Council", "University of Eastmoor"
			}
			for k+1 < len(ws) && ws[k+1].start < en {
				k++
			}
		}
	}
	return ""
}

// siteSections are the words after a body's name in a site's title:
// "Pinecrest University News".
var siteSections = map[string]bool{"news": true, "newsroom": true, "blog": true, "media": true, "press": true, "stories": true, "today": true, "magazine": true}

// trailingProper returns the proper name that ends s ("... include
// Sheffield City Council"), or "".
func trailingProper(s string) string {
	var buf [48]span
	ws := appendWordSpans(buf[:0], s)
	if len(ws) == 0 {
		return ""
	}
	k := len(ws) - 1
	if !isProperWord(s[ws[k].start:ws[k].end]) {
		return ""
	}
	start := k
	for j := k - 1; j >= 0; j-- {
		w := s[ws[j].start:ws[j].end]
		if endsPhrase(w) {
			break
		}
		if isProperWord(w) {
			start = j
			continue
		}
		if connectors[strings.ToLower(w)] && j > 0 && isProperWord(s[ws[j-1].start:ws[j-1].end]) && !endsPhrase(s[ws[j-1].start:ws[j-1].end]) &&
			(strings.ToLower(w) != "and" || j+1 < len(ws) && joinedPair(s[ws[j-1].start:ws[j+1].end])) {
			// (an "and" only inside "Police and Crime Commissioner",
			// "Fire and Rescue Service")
			start = j
			continue
		}
		break
	}
	// skip a sentence-initial capitalised common word ("Councils")
	name := cleanName(s[ws[start].start:ws[k].end])
	if start == 0 {
		if f := strings.Fields(name); len(f) > 1 && genericNouns[strings.ToLower(f[0])] {
			name = strings.Join(f[1:], " ")
		}
	}
	return name
}

// winnerWith reads "X is the biggest winner, with £Y", "X tops the list
// with £Y", "X was the main beneficiary, receiving £Y".
func (a *analyzer) winnerWith(left string) string {
	low := asciiLower(strings.TrimRight(left, " "))
	if !strings.HasSuffix(low, " with") && !strings.HasSuffix(low, ", with") {
		return ""
	}
	k := -1
	for _, n := range []string{"winner", "beneficiary", "recipient", "tops the list", "top of the list", "leads the way", "largest award", "biggest award", "largest share", "biggest share"} {
		if i := strings.LastIndex(low, n); i > k {
			k = i
		}
	}
	if k < 0 {
		return ""
	}
	head := low[:k]
	for _, cop := range []string{" is ", " was ", " are ", " were ", " tops ", " leads ", " emerges as ", " emerged as ", " becomes ", " became "} {
		if i := strings.Index(head, cop); i > 0 {
			r, generic, _ := a.resolveSubject(left[:i], true, left)
			if generic {
				return ""
			}
			return r
		}
	}
	return ""
}

// nameList reports segments that are all names: "Leeds, Bradford and
// Hull City Councils".
func nameList(segs []string) bool {
	for i, sg := range segs {
		sg = strings.TrimPrefix(strings.TrimSpace(sg), "and ")
		if i == 0 {
			sg = stripDeterminer(sg)
		}
		if k := strings.Index(sg, " and "); k > 0 && i == len(segs)-1 && i > 0 {
			// the last item joined by "and": "Nene Reach Walking Group
			// and Riverside Refugee Health Link"
			if !nameList([]string{sg[:k], sg[k+5:]}) {
				return false
			}
			continue
		}
		n := leadingProper(sg)
		if n == "" || len(n)*3 < len(cleanName(sg))*2 {
			return false
		}
	}
	return true
}

// sameOrg is the strict recipient match used to merge repeated mentions of
// one award on a page: every distinctive word of the shorter name appears
// in the longer ("Norfolk" and "Norfolk Constabulary"), so "Village Hall 1
// Trust" and "Village Hall 2 Trust" stay apart.
func sameOrg(a, b string) bool {
	ta, tb := tokens(a), tokens(b)
	da, db := distinct(ta), distinct(tb)
	if len(da) == 0 || len(db) == 0 {
		da, db = set(ta), set(tb)
	}
	if len(da) == 0 || len(db) == 0 {
		return false
	}
	if len(da) > len(db) {
		da, db = db, da
	}
	for w := range da {
		if !db[w] {
			return false
		}
	}
	return true
}

// indirectObject reads "awarded the PCC £X", "has given Leeds City
// Council £X": a giving verb, then the recipient, then the figure.
func (a *analyzer) indirectObject(left string) string {
	t := strings.TrimRight(left, " ")
	low := asciiLower(t)
	best := -1
	for _, v := range []string{" awarded ", " granted ", " given ", " gave ", " handed ", " offered ", " allocated ", " awards ", " gives ", " grants ", " allocates ", " give ", " hand ", " offer ", " allocate ", " handing ", " giving ", " offering ", " awarding ", " granting "} {
		if k := strings.LastIndex(low, v); k > best {
			best = k + len(v)
		}
	}
	if best < 0 || best >= len(t) {
		return ""
	}
	np := strings.TrimSpace(t[best:])
	for _, g := range []string{" a grant of", " a grant worth", " an award of", " funding of", " a share of"} {
		// "has offered Wyvernshire Constabulary a grant of £1,400,000"
		if strings.HasSuffix(asciiLower(np), g) {
			np = strings.TrimSpace(np[:len(np)-len(g)])
			break
		}
	}
	if np == "" || len(strings.Fields(np)) > 8 || strings.ContainsAny(np, ",;:") {
		return ""
	}
	lnp := strings.ToLower(np)
	if d := strings.TrimSuffix(strings.TrimSuffix(lnp, " a"), " an"); d != lnp && strings.HasPrefix(d, "the ") && pronounSubjects[d] {
		// "has awarded the society a £2,500 advice bursary": the society
		// named before
		return a.lastOrg(strings.TrimPrefix(d, "the "))
	}
	for _, f := range []string{"a ", "an ", "another ", "a further ", "up to ", "more than ", "funding", "money", "grants", "it "} {
		if strings.HasPrefix(lnp, f) || lnp == strings.TrimSpace(f) {
			return ""
		}
	}
	if pronounSubjects[lnp] {
		return a.lastOrg(strings.TrimPrefix(lnp, "the "))
	}
	if lnp == "us" {
		return a.publisherOrg() // "the Staffordshire Hearth Fund gave us £7,500" on the charity's own blog
	}
	if n, ok := strings.CutPrefix(strings.TrimSuffix(strings.TrimSuffix(lnp, " a"), " an"), "the "); ok && placeBodies[n] {
		// "had awarded the City a $1,250,000 grant" in the minutes of
		// the City of Grantham Falls: the body whose page it is
		if o := a.titleOrg(n); o != "" {
			return o
		}
	}
	name := leadingProper(np)
	if name == "" || len(name)*3 < len(cleanName(stripDeterminer(np)))*2 || isFunder(name) {
		return ""
	}
	return a.expand(name)
}

// reDateline matches a release's dateline: "Great Yarwell, Norfolk – 12
// May 2026 – ", "LEEDS, 3 March (Wire) - ", "CLEVELAND, March 4, 2027
// /BizWire Direct/ -- ".
var reDateline = regexp.MustCompile(`^[A-Z][A-Za-z.'’/-]*(?: [A-Z][A-Za-z.'’/-]*)*(?:, [A-Z][A-Za-z.'’ -]*)?(?:,| [–—-]) (?:\d{1,2} [A-Z][a-z]+(?: \d{4})?|[A-Z][a-z]+ \d{1,2}(?:, \d{4})?)(?: \([^)]*\)| /[^/]{1,40}/)? [–—-]+ `)

// datelineEnd returns where a dateline that opens s ends, or 0.
func datelineEnd(s string) int {
	if len(s) < 12 || s[0] < 'A' || s[0] > 'Z' {
		return 0
	}
	if loc := reDateline.FindStringIndex(head(s, 100)); loc != nil {
		return loc[1]
	}
	if loc := reBareDateline.FindStringIndex(head(s, 60)); loc != nil {
		// "ATLANTA – Five communities ...", "Harrisburg, PA – The
		// Commission ...": a wire story's place, without its date
		return loc[1]
	}
	return 0
}

var reBareDateline = regexp.MustCompile(`^(?:[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]{1,12})?|[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][a-z]{1,4}\.) [–—-]+ `)

// placeBodies are the bodies a page of their own calls "the City", "the
// Council".
var placeBodies = wordSet("city town county village borough district shire township council municipality region")

// holderOf reads the subject of "X has four centres worth": a named
// holder before has/holds/wins/leads.
func (a *analyzer) holderOf(left string) string {
	low := asciiLower(left)
	for _, v := range []string{" has ", " have ", " holds ", " hold ", " wins ", " won ", " secured ", " secures ", " leads ", " will lead ", " runs ", " gets ", " receives "} {
		if k := strings.Index(low, v); k > 0 {
			subj := stripDeterminer(left[:k])
			n := leadingProper(subj)
			if n == "" || len(n)*3 < len(cleanName(subj))*2 || isFunder(n) {
				return ""
			}
			switch lastWordLower(n) {
			case "fund", "funds", "scheme", "programme", "program", "foundation", "lottery":
				return "" // the giver, not a holder
			}
			return a.expand(n)
		}
	}
	return ""
}

// beneficiaryVerbs follow a figure that opens a sentence and precede the
// organisation it helps.
// commaName extends a name that a comma cut short when the words after it
// run on to an organisation word: "Newry, Mourne and Down District
// Council".
func commaName(rest, name string) string {
	after := rest[len(name):]
	if !strings.HasPrefix(after, ", ") {
		return name
	}
	words := strings.Fields(after[2:])
	for k := 0; k < len(words) && k < 8; k++ {
		w := strings.TrimRight(words[k], ",.;:")
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" && w != "&" {
			return name
		}
		if orgSuffixes[strings.ToLower(w)] && k > 0 {
			full := name + ", " + strings.Join(words[:k+1], " ")
			return strings.TrimRight(full, ",.;:")
		}
		if w != words[k] && k+1 < len(words) {
			continue // a comma inside the list
		}
	}
	return name
}

// eachGoTo reads "each go to A, to ..., and to B, for ...": the names
// after "to" that each receive the figure.
func eachGoTo(right string) []string {
	r := strings.TrimLeft(right, " ")
	lr := asciiLower(r)
	k := -1
	for _, p := range []string{"each go to ", "each goes to ", "each went to ", "each to ", "each for ", "each will go to ", "each have gone to ", "each has gone to "} {
		if strings.HasPrefix(lr, p) {
			k = len(p)
			break
		}
	}
	if k < 0 {
		return nil
	}
	for _, p := range []string{"teams led by ", "projects led by ", "partnerships led by ", "consortia led by ", "bids led by "} {
		if hasPrefixFold(r, k, p) {
			k += len(p) // "each go to teams led by the University of Ashcombe and ..."
			break
		}
	}
	if j := strings.Index(r[k:], ": "); j > 0 && !isProperWord(firstWord(r[k:])) && !strings.ContainsAny(r[k:k+j], ".;") {
		// "£2,500 each to three local groups from its Community Chest:
		// Eastholme Bowls Club, Marsh Lane Pre-school and the Eastholme
		// Ukulele Orchestra": the names after the colon
		names := splitNames(strings.TrimRight(strings.TrimSpace(r[k+j+2:]), ".;"))
		for i := range names {
			names[i] = cleanName(stripDeterminer(names[i]))
		}
		if len(names) > 1 && nameList(names) && !slices.Contains(names, "") {
			return names
		}
	}
	if hasPrefixFold(r, k, "the ") {
		k += len("the ")
	}
	// "£450,000 each for Severnside Police and Marchshire Constabulary to
	// trial panels": a plain list of names
	if list := cutClause(r[k:]); strings.Contains(list, " and ") {
		for _, c := range []string{" to ", " for "} {
			if j := strings.Index(list, c); j > 0 {
				list = list[:j]
			}
		}
		if nameList(strings.Split(list, ", ")) {
			if names := splitNames(cleanName(list)); len(names) > 1 {
				return names
			}
		}
	}
	var names []string
	for k >= 0 && k < len(r) && len(names) < 12 {
		n := leadingProper(r[k:])
		if n == "" || isFunder(n) {
			return nil
		}
		names = append(names, n)
		next := -1
		for _, sep := range []string{", and to ", " and to ", ", to "} {
			if j := strings.Index(lr[k+len(n):], sep); j >= 0 && (next < 0 || j < next-k-len(n)) {
				if sep == ", to " && !isProperWord(firstWord(r[k+len(n)+j+len(sep):])) {
					continue // ", to make its pavilion accessible": a purpose
				}
				next = k + len(n) + j + len(sep)
			}
		}
		k = next
	}
	return names
}

// serviceSubject reports a subject that is a public service written in
// lower case ("rail services", "the NHS service", not "Hampshire Fire and
// Rescue Service"), whose money is a budget line. Counted services ("212
// services", "104 childcare services") are a batch of grantees.
func serviceSubject(subj string) bool {
	if strings.HasSuffix(strings.TrimSpace(subj), ",") {
		return false // "X, a group for users of mental health services,": an aside's last word
	}
	last := trimWord(lastField(subj))
	if last != "services" && last != "service" {
		return false
	}
	f := strings.Fields(subj)
	for _, w := range f[max(0, len(f)-6) : len(f)-1] {
		if n, k := countWord(asciiLower(w)); n > 0 && k == len(w) {
			return false
		}
	}
	return true
}

// labelLine reports a short block that states a figure under a label:
// "Grant: £48,000", "Amount awarded: €12,000".
func labelLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 200 {
		return false
	}
	k := strings.IndexByte(t, ':')
	if k <= 0 || k > 40 {
		return false
	}
	low := asciiLower(t[:k])
	if i := strings.IndexByte(low, '('); i > 0 && strings.HasSuffix(low, ")") {
		low = strings.TrimSpace(low[:i]) // "EU funding (ERDF)": the label before its gloss
	}
	if strings.HasSuffix(low, " contribution") && hasAnyWord(low, []string{"eu", "eu's", "european", "lottery", "fund", "fund's", "funder", "funder's", "government", "grant", "programme", "council", "ukri"}) {
		low = "grant" // "EU contribution: € 7 985 412,00": the funder's share
	}
	if hasAnyWord(low, []string{"match", "matched", "requested", "sought", "cost", "costs", "leverage", "levered", "contribution", "applicant's", "own"}) {
		return false // "Partnership match funding: £767,400" is not the grant
	}
	for _, l := range []string{"grant", "award", "amount", "funding", "allocation", "co-financing", "cofinancing", "co-funding"} {
		// ("EU co-financing: €3,150,000": the programme's grant)
		if strings.HasPrefix(low, l) || strings.HasSuffix(low, l) {
			ms := scanAmounts(t[k+1:])
			// a long line is a field only when the figure opens it:
			// "Award: £450,000 over three years (£150,000 in 2020/21,
			// ...)", "Award: up to £300,000, with continuation ..."
			return len(ms) > 0 && (len(t) <= 60 || ms[0].QStart <= 8)
		}
	}
	return false
}

// recipientField reads "Recipient: Calder Homes Ltd", "Lead organisation:
// X", "Grantee: X": a field naming who receives the money below it.
func recipientField(t string) string {
	t = strings.TrimSpace(t)
	k := strings.IndexByte(t, ':')
	if k <= 0 || k > 25 || len(t) > 120 {
		return ""
	}
	switch strings.ToLower(strings.TrimSpace(t[:k])) {
	case "recipient", "grantee", "organisation", "organization", "lead organisation", "lead organization", "lead applicant", "applicant", "awarded to", "lead partner", "lead body",
		"coordinator", "project coordinator", "coordinating organisation", "coordinating organization", "lead institution", "host institution", "beneficiary", "lead beneficiary", "grant holder", "grant recipient", "awardee",
		"lead researcher", "principal investigator", "chief investigator", "lead investigator", "researcher", "fellow", "award holder", "lead", "project lead",
		"institution", "contracting institution", "research organisation", "research organization", "host organisation", "host organization",
		"production company", "company", "producer", "promoter", "scheme promoter", "project sponsor", "delivery body", "delivered by", "local authority":
	case "grantees", "recipients", "awardees", "organisations", "organizations":
		// "Grantees: Becks Hall Committee, Lauder Hall Committee and
		// Patearoa Hall Society" over "Amount: $4,000 each": the names,
		// which an "each" figure gives one award apiece
		v := strings.TrimRight(strings.TrimSpace(t[k+1:]), ".")
		if names := splitNames(v); len(names) > 1 && nameList(strings.Split(v, ", ")) {
			return strings.Join(names, ", ")
		}
		return ""
	default:
		return ""
	}
	v := strings.TrimSpace(t[k+1:])
	if segs := strings.Split(strings.TrimRight(v, "."), ", "); len(segs) >= 2 && !orgName(segs[0]) && !strings.HasPrefix(segs[1], "with ") {
		// "Lead: Sister Grace Adeyemi, Portsmouth Hospitals University
		// NHS Trust", "Lead: Dr Hannah Okoye, consultant in emergency
		// medicine, University Hospital Southampton NHS Foundation
		// Trust": a person, then the body that holds the grant
		if last := cleanName(segs[len(segs)-1]); orgName(last) && leadingProper(last) == last && !isFunder(last) {
			if isPerson(v) {
				if n := personName(segs[0]); n != "" {
					return atHost(n, last)
				}
			}
			return last
		}
	}
	if isPerson(v) {
		// "Lead researcher: Professor Orla Fennelly, with Dr Jia Wen Lim,
		// Ardnavar University": the lead and the host
		if j := strings.Index(v, ", with "); j > 0 {
			if e := strings.Index(v[j+2:], ", "); e > 0 {
				v = v[:j] + v[j+2+e:]
			}
		}
		if n := personInstitution(v); n != "" {
			return n
		}
		if n := personName(v); n != "" {
			return n
		}
	}
	if j := strings.Index(v, " led by "); j > 0 && j < 30 {
		v = v[j+len(" led by "):] // "Coordinator: A consortium led by Scheldt Towage NV"
	}
	for _, cut := range []string{", with ", " with ", ", working with ", " in partnership with ", " and partners", " (", ", in "} {
		// "Lead organisation: Lysander University, with Porthaven
		// Genomics Ltd": the lead
		if j := strings.Index(v, cut); j > 0 {
			if cut == " with " && !strings.Contains(v[:j], " ") && orgName(v[j+len(cut):]) {
				// "Blackburn with Darwen Borough Council": a place's
				// name, not a partner
				return cleanName(v)
			}
			v = v[:j]
		}
	}
	if name := leadingProper(v); name != "" && len(name)*3 >= len(v)*2 && !isFunder(name) {
		return name
	}
	if v = strings.TrimSpace(v); isProperWord(firstWord(v)) && countFields(v, 9) <= 8 && !strings.ContainsAny(v, "0123456789£$€;") && !isFunder(v) {
		// "Lead partner: Syndicat mixte des Marais de l’Ouest": the
		// field says it is a name, lowercase words and all
		return cleanName(v)
	}
	return ""
}

// describedGroup reports the lowercase words after a name that say what
// kind of group it is: "walking group", "youth theatre company".
func describedGroup(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if !isLowerWord(w) || !isAlpha(w) {
			return false
		}
	}
	return orgSuffixes[f[len(f)-1]]
}

// itemApplicant returns the applicant that opens an item of minutes or a
// list: "Ashwell Magna Cricket Club – request for £3,000 towards ...".
func itemApplicant(text string) string {
	for _, d := range []string{" – ", " — ", " - "} {
		k := strings.Index(text, d)
		if k <= 0 || k > 90 {
			continue
		}
		if refCode(text[:k]) {
			// "25.1 REG/25/031 – Hollowmere Cider Company Ltd": an item
			// numbered and referenced, titled by its applicant
			r := strings.TrimRight(strings.TrimSpace(text[k+len(d):]), ".")
			if n := leadingProper(r); n != "" && n == cleanName(stripDeterminer(r)) && strings.Contains(n, " ") && !isFunder(n) {
				return n
			}
			return ""
		}
		r, ok := text[k+len(d):], false
		for _, p := range []string{"request for", "requested", "application for", "applied for", "bid for", "seeking", "requesting"} {
			if hasPrefixFold(r, 0, p) {
				ok = true
				break
			}
		}
		lbl := strings.TrimSpace(text[:k])
		num, rest, numbered := strings.Cut(lbl, " ")
		numbered = numbered && itemNumber(num)
		if !ok && !((isLowerWord(r) || numbered) && strings.Contains(head(r, 120), ".")) {
			// (or "Neonatal Unit – family accommodation refurbishment.":
			// an item titled by who it is for; "5(d) King's Lynn Mencap
			// Gateway Club - Saturday club and summer trips ...": a
			// numbered item titled by its applicant)
			return ""
		}
		if numbered {
			lbl = rest // "4.1 Saltmarsh Wildlife Rescue – core funding towards ...": the item's number
		}
		if n := leadingProper(lbl); n != "" && n == cleanName(stripDeterminer(lbl)) && !isFunder(n) {
			return n
		} else if ok && n != "" && strings.HasPrefix(lbl, n+" ") && describedGroup(lbl[len(n)+1:]) && !isFunder(n) {
			// "Stoneleigh Stompers walking group - application for £300":
			// a name and what kind of group it is
			return lbl
		}
		return ""
	}
	return ""
}

// itemNumber reports an agenda item's or a resolution's number: "4.1",
// "5(a)", "12b", "(c)", "c)".
func itemNumber(num string) bool {
	if num == "" {
		return false
	}
	if isDigit(num[0]) {
		t := strings.TrimRight(num, ".)")
		t = strings.TrimLeft(t, "0123456789.")
		if t == "" {
			return true
		}
		t = strings.TrimPrefix(t, "(")
		return len(t) == 1 && t[0] >= 'a' && t[0] <= 'z'
	}
	t := strings.TrimPrefix(num, "(")
	return len(t) == 2 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')'
}

// refCodeOpens reports a line that opens with an item's number and
// reference before a dash: "25.3 REG/25/036 – ...".
func refCodeOpens(text string) bool {
	for _, d := range []string{" – ", " — ", " - "} {
		if k := strings.Index(text, d); k > 0 && k <= 90 && refCode(text[:k]) {
			return true
		}
	}
	return false
}

// refCode reports an item's number and reference with nothing else:
// "25.1 REG/25/031", "4(b) CG-2027-14".
func refCode(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	digits := false
	for _, w := range f {
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case isDigit(c):
				digits = true
			case c >= 'A' && c <= 'Z', c == '.', c == '/', c == '-', c == '(', c == ')', c >= 'a' && c <= 'z' && len(w) <= 4:
			default:
				return false
			}
		}
	}
	return digits
}

// resolvedToAward reads a decision with no subject before its figure:
// "RESOLVED to award a grant of", "Agreed to award".
func resolvedToAward(before string) bool {
	t := strings.TrimSpace(before)
	if k := strings.Index(t, ": "); k > 0 && (t[:k] == "resolved" || t[:k] == "agreed") {
		t = t[:k] + " " + t[k+2:] // "RESOLVED: to award GBP 9,500"
	}
	for _, p := range []string{"resolved to award a grant of", "resolved to award", "resolved that a grant of", "agreed that a grant of", "resolved to approve a grant of", "resolved to grant", "agreed to award a grant of", "agreed to award", "approved a grant of", "decision: to award a grant of", "decision: award of", "awarded"} {
		if t == p {
			return true
		}
	}
	// "The Committee APPROVED a grant of £60,000"
	return bodyDecided(t) && hasAnySuffix(t, " a grant of", " an award of", " approved", " agreed", " awarded")
}

// abbrevBefore reports text ending in an abbreviation whose full stop
// ends no sentence: "St", "Mt", "Dr".
func abbrevBefore(t string) bool {
	_, w := lastWord(strings.ToLower(t))
	return abbrevs[w]
}

// payGrade reports a label that is a pay grade: "Band 6 –", "Grade 8:",
// "Scale 4".
func payGrade(label string) bool {
	f := strings.Fields(strings.TrimRight(label, " –—-:"))
	if len(f) != 2 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "band", "grade", "scale", "level", "spine", "point":
		return isAllDigits(strings.TrimRight(f[1], ".,"))
	}
	return false
}

// peopleList reads a subject that lists researchers, each with a title
// and perhaps an aside: "Dr Priya Raman, from the School of Chemistry,
// and Dr Callum Fraser, from the Department of Computer Science". It
// returns each one's award name, or nil unless every item is a person.
func (a *analyzer) peopleList(subj string) []string {
	if !isPerson(strings.TrimSpace(subj)) {
		return nil
	}
	var starts []int
	for i := 0; i < len(subj); i++ {
		if i == 0 || subj[i-1] == ' ' {
			if isPerson(subj[i:]) && (i == 0 || strings.HasSuffix(strings.TrimRight(subj[:i], " "), "and") || strings.HasSuffix(strings.TrimRight(subj[:i], " "), ",")) {
				starts = append(starts, i)
			}
		}
	}
	if len(starts) < 2 {
		return nil
	}
	var out []string
	for k, st := range starts {
		end := len(subj)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		seg := strings.TrimSpace(subj[st:end])
		seg = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(seg, "and"), ","))
		seg = strings.TrimRight(seg, ", ")
		// "Dr X, from the School of Y" reads as "Dr X of the School of Y"
		seg = strings.Replace(seg, ", from ", " of ", 1)
		n := a.personOrg(seg)
		if n == "" {
			n = personName(seg)
		}
		if n == "" {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// eachSubject reads a subject that gives a figure to every one of a
// group, "Each Chair", "Each successful company", "Each of the seven
// projects", and returns the group's size when the subject states it.
func eachSubject(subj string) (int, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(asciiLower(subj)), "each ")
	if !ok {
		return 0, false
	}
	count := 0
	if r, of := strings.CutPrefix(rest, "of "); of {
		// "each of the six", "each of Lowmoor's 25 wards", "each of its
		// four hubs"
		w, after, _ := strings.Cut(r, " ")
		if w == "them" || w == "these" || w == "those" {
			// "Each of them receives a bursary of £2,000": the group
			// just named, uncounted here
			return 0, after == "" || !isLowerWord(after) || hasAnyPrefix(after, "will ", "receives ", "receive ", "gets ", "get ", "is ", "has ")
		}
		if w == "the" || w == "its" || w == "their" || w == "our" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			rest = after
			if n, w := countWord(rest); n > 0 {
				count, rest = n, rest[w:]
			}
		} else {
			return 0, false
		}
	}
	for _, p := range []string{" in ", " within ", " from ", " across "} {
		// "Each organization in the accelerator’s second cohort": the
		// noun, whatever holds it
		if k := strings.Index(rest, p); k > 0 {
			rest = rest[:k]
		}
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(rest, "0123456789£$€,;:") || words[0] == "year" || words[0] == "month" {
		return 0, false
	}
	return count, true
}

// namesBefore finds, in the two sentences before the last, a list of
// exactly n names introduced by "led by", "are", "include" or a colon:
// "Three new networks will be led by the University of Glenmuir,
// Northgate University and Lunesdale University" before "each of the
// three networks receiving £9 million".
func (a *analyzer) namesBefore(n int) []string {
	for back := 2; back <= 3 && back <= len(a.prev); back++ {
		t := a.prev[len(a.prev)-back]
		if strings.ContainsAny(t, "£$€") {
			continue // figures of its own: not a plain list of names
		}
		lt := asciiLower(t)
		for _, intro := range []string{" led by ", " run by ", " hosted by ", " are ", " include ", " including ", ": "} {
			k := strings.Index(lt, intro)
			if k < 0 {
				continue
			}
			segs := strings.Split(strings.TrimRight(t[k+len(intro):], "."), ", ")
			last := -1
			for i, sg := range segs {
				if strings.Contains(sg, " and ") {
					last = i
					break
				}
			}
			if last < 1 && n > 2 || last < 0 {
				continue
			}
			segs = segs[:last+1]
			if j := strings.Index(segs[last], " and "); j > 0 {
				// "... and Lunesdale University to build ...": cut after the
				// last name
				tail := segs[last][j+5:]
				if p := leadingProper(stripDeterminer(tail)); p != "" {
					segs[last] = segs[last][:j+5] + tail[:strings.Index(tail, p)+len(p)]
				}
			}
			if !nameList(segs) {
				continue
			}
			names := splitNames(cleanName(strings.Join(segs, ", ")))
			if len(names) != n {
				continue
			}
			for _, nm := range names {
				if isFunder(nm) || !orgName(nm) {
					return nil
				}
			}
			return names
		}
	}
	return nil
}

// eachOfBefore reads the words before a figure that give it to every one
// of a counted group, "with each of the three networks receiving", and
// returns the count.
func eachOfBefore(left string) int {
	l := strings.TrimRight(left, " ")
	k := strings.LastIndex(l, "each of the ")
	if k < 0 {
		return 0
	}
	rest := l[k+len("each of the "):]
	n, used := countWord(rest)
	if n < 2 {
		return 0
	}
	words := strings.Fields(rest[used:])
	if len(words) < 2 || len(words) > 4 {
		return 0
	}
	switch strings.Join(words[1:], " ") {
	case "receiving", "getting", "awarded", "to receive", "will receive", "set to receive", "being awarded", "to get":
		return n
	}
	return 0
}

// kindOnly reports a name part made only of words that say what kind of
// body it is ("Technical College", "Community Centre"), naming none.
func kindOnly(part string) bool {
	ws := strings.Fields(part)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		l := strings.ToLower(trimWord(w))
		if !orgSuffixes[l] && !kindWords[l] {
			return false
		}
	}
	return true
}

// kindWords describe a body's kind beside orgSuffixes.
var kindWords = wordSet("technical community sixth form further higher education primary secondary junior infant high grammar arts sports youth heritage music health care social adult learning training")

// prizeWinner reads a prize's winner after its value in brackets:
// "Ferrand Prize (£2,500): Dr Tamsin Greaves (University of Strathdee),
// for ...". A person is named as such (prizes are a person's).
func (a *analyzer) prizeWinner(before, after string) string {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "(") {
		return ""
	}
	if !hasAnyWord(lastWordLower(strings.TrimSuffix(b, "(")), []string{"prize", "award", "medal", "fellowship", "scholarship", "bursary", "lectureship", "studentship"}) {
		return ""
	}
	k := strings.Index(after, "): ")
	if k < 0 || k > 30 {
		return ""
	}
	w := after[k+3:]
	if isPerson(w) {
		if j := strings.IndexAny(w, ",("); j > 0 {
			w = w[:j]
		}
		return personName(w)
	}
	if n := leadingProper(w); n != "" && !isFunder(n) {
		return a.expand(n)
	}
	return ""
}

// opensItem reports words that open a list item or sentence as its
// subject, a name or "a"/"the" phrase ("a partnership of three trusts,
// led by X,"), not the tail of a clause ("for a cyber crime initiative
// led by X,").
func opensItem(b string) bool {
	t := strings.TrimSpace(b)
	if t == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
		return true
	}
	return hasAnyPrefix(t, "a ", "an ", "the ")
}

// reGrantPhrase matches the words between a dash and the figure they
// introduce: "a two-year grant of", "an award of", "awarded".
var reGrantPhrase = regexp.MustCompile(`^(?:(?:a|an) )?(?:[a-z]+-year |one-off |capital |revenue |new |further |challenge |matching |match |development |delivery |project |core |seed |additional |extra |pilot |feasibility |planning |implementation |scale-up |start-up |startup |research |innovation |equipment |transition |recoverable |small |large |major )?(?:grant|award|allocation|renewal)(?: of| totall?ing| worth)?$|^(?:awarded|receives|receiving|gets|wins|won|secures)$`)

// orgOfKind returns the last body of the kind noun names in t ("force":
// a police force or constabulary), or "".
func (a *analyzer) orgOfKind(t, noun string) string {
	found := ""
	for _, name := range properNames(t) {
		l := asciiLower(name)
		if orgName(name) && !isFunder(name) && (hasWord(l, noun) || noun == "force" && hasAnyWord(l, []string{"police", "constabulary"})) {
			found = name
		}
	}
	return found
}

// properNames lists the proper names in t, each run once, cleaned.
func properNames(t string) []string {
	ws := wordSpans(t)
	var out []string
	for k := 0; k < len(ws); k++ {
		st, en := properRun(t, ws, k)
		if st < 0 {
			continue
		}
		for k+1 < len(ws) && ws[k+1].start < en {
			k++
		}
		out = append(out, cleanName(t[st:en]))
	}
	return out
}
