package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the vocabulary of funding announcements: number words,
// generic group nouns, organisation suffixes, and the scanner for proper
// names ("West Midlands Police", "the Police ICT Company and the Police
// Technology Council", "MOPAC/MPS").

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a dozen": 12, "dozen": 12,
}

// ordinal reads "second", "2nd", "14th", "twenty-first": 0 when w is no
// ordinal.
func ordinal(w string) int {
	if n, ok := ordinalWords[w]; ok {
		return n
	}
	if len(w) >= 3 && len(w) <= 4 && isDigit(w[0]) {
		n := 0
		k := 0
		for k < len(w) && isDigit(w[k]) {
			n = n*10 + int(w[k]-'0')
			k++
		}
		switch w[k:] {
		case "st", "nd", "rd", "th":
			if n > 0 && n < 100 {
				return n
			}
		}
	}
	return 0
}

var ordinalWords = map[string]int{
	"first": 1, "inaugural": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
	"9th": 9, "10th": 10, "11th": 11, "12th": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20,
}

// countWord reads a count at the start of ls (lowercase): digits ("28") or
// words ("twenty-eight", "ten"). It returns the value and the bytes used.
func countWord(ls string) (int, int) {
	if ls == "" {
		return 0, 0
	}
	if isDigit(ls[0]) {
		i, n := 0, 0
		for i < len(ls) && isDigit(ls[i]) && i < 5 {
			n = n*10 + int(ls[i]-'0')
			i++
		}
		// ("2.5" is no count, but "in round 2." ends a sentence on one)
		if i < len(ls) && (isDigit(ls[i]) || isLetter(ls[i]) || (ls[i] == '.' || ls[i] == ',') && i+1 < len(ls) && isDigit(ls[i+1]) || ls[i] == '%' || ls[i] == '/') {
			return 0, 0
		}
		return n, i
	}
	end := 0
	for end < len(ls) && (isLetter(ls[end]) || ls[end] == '-') {
		end++
	}
	w := ls[:end]
	if !numberFilter.may(w) && strings.IndexByte(w, '-') < 0 {
		return 0, 0 // neither a number word nor a hyphenated pair
	}
	if n, ok := numberWords[w]; ok {
		return n, end
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, ok1 := numberWords[w[:i]]
		b, ok2 := numberWords[w[i+1:]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return a + b, end
		}
	}
	return 0, 0
}

// placeGroups are the genericNouns that, written in lower case after a
// name ("Rural Devon charities", "north Wales councils"), make a group of
// organisations. People nouns are left out: "Hallam University researchers"
// are the university's.
var placeGroups = map[string]bool{
	"councils": true, "authorities": true, "charities": true, "organisations": true,
	"organizations": true, "groups": true, "businesses": true, "companies": true,
	"firms": true, "schools": true, "universities": true, "colleges": true,
	"trusts": true, "communities": true, "projects": true, "schemes": true,
	"forces": true, "towns": true, "clubs": true, "venues": true, "museums": true,
	"hospitals": true, "nonprofits": true, "non-profits": true, "bodies": true,
}

// genericNouns are plural heads naming a group rather than one recipient:
// money going to "28 projects" or "councils" is a round total, not an award.
var genericNouns = map[string]bool{
	"hospices": true, "festivals": true, "events": true, "fellows": true, "pantries": true, "larders": true, "nurseries": true, "playgroups": true, "stations": true, "publishers": true, "studios": true,
	"projects": true, "bids": true, "schemes": true, "forces": true, "councils": true,
	"authorities": true, "organisations": true, "organizations": true, "charities": true,
	"groups": true, "applicants": true, "recipients": true, "partners": true,
	"businesses": true, "companies": true, "firms": true, "nonprofits": true,
	"non-profits": true, "initiatives": true, "programmes": true, "programs": true,
	"proposals": true, "applications": true, "areas": true, "regions": true,
	"towns": true, "places": true, "schools": true, "universities": true,
	"colleges": true, "trusts": true, "communities": true, "bodies": true,
	"institutions": true, "venues": true, "museums": true, "theatres": true,
	"libraries": true, "artists": true, "individuals": true, "people": true,
	"partnerships": true, "consortia": true, "teams": true, "clubs": true,
	"sites": true, "providers": true, "winners": true, "causes": true,
	"hospitals": true, "researchers": true, "households": true, "families": true,
	"grantees": true, "ideas": true, "innovations": true, "startups": true,
	"start-ups": true, "enterprises": true, "smes": true, "agencies": true,
	"services": true, "districts": true, "boroughs": true, "counties": true,
	"states": true, "cities": true, "villages": true, "parishes": true,
	"farmers": true, "landowners": true, "members": true, "others": true,
	"centres": true, "centers": true, "hubs": true, "networks": true, "studentships": true,
	"fellowships": true, "homes": true, "buildings": true, "nonprofit": false, "ventures": true,
	"cooperatives": true, "co-operatives": true, "utilities": true, "operators": true,
	"landlords": true, "farms": true, "estates": true, "churches": true, "trials": true,
	"halls": true, "huts": true, "pavilions": true, "facilities": true, "pubs": true,
	"shops": true, "practices": true, "surgeries": true, "parks": true, "galleries": true,
	"cinemas": true, "chapels": true, "mosques": true, "temples": true, "synagogues": true,
	"associations": true, "societies": true, "collectives": true, "foundations": true,
	"archives": true, "foodbanks": true, "campaigns": true, "innovators": true, "entrepreneurs": true,
	// plural acronyms of kinds of body or programme
	"cdts": true, "dtps": true, "ngos": true, "cics": true, "leps": true, "icbs": true, "pccs": true, "heis": true,
}

// projectNouns are the generic nouns that count a round's projects.
var projectNouns = map[string]bool{
	"projects": true, "bids": true, "schemes": true, "initiatives": true,
	"proposals": true, "applications": true, "grants": true, "awards": true,
	"applicants": true,
	// research funders count awards by the people and posts they fund
	"fellowships": true, "fellows": true, "studentships": true, "scholarships": true,
}

// orgSuffixes end the names of recipient organisations.
var orgSuffixes = map[string]bool{
	"committee": true, "conservancy": true, "pcc": true, "opcc": true, "vru": true, "icb": true, "ccg": true, "rocu": true,
	"police": true, "constabulary": true, "council": true, "college": true,
	"university": true, "trust": true, "ltd": true, "limited": true, "plc": true,
	"cic": true, "cio": true, "scio": true, "clg": true, "llp": true, "foundation": true, "association": true, "society": true,
	"agency": true, "authority": true, "partnership": true, "group": true,
	"company": true, "centre": true, "center": true, "institute": true,
	"school": true, "academy": true, "hospital": true, "museum": true,
	"theatre": true, "theater": true, "library": true, "club": true, "network": true,
	"alliance": true, "federation": true, "commission": true, "board": true,
	"service": true, "services": true, "inc": true, "llc": true,
	"corporation": true, "charity": true, "consortium": true, "collective": true,
	"orchestra": true, "gallery": true, "festival": true, "company's": true,
	"unit": true, "hub": true, "office": true, "department": true, "ministry": true,
	"nhs": true, "cooperative": true, "co-operative": true, "union": true,
	"laboratory": true, "lab": true, "project": true, "hospice": true, "church": true, "chapel": true, "cathedral": true, "mosque": true, "synagogue": true, "gurdwara": true, "congregation": true, "parish": true, "diocese": true, "region": true, "county": true, "borough": true,
	"films": true, "media": true, "pictures": true, "productions": true, "animation": true, "studios": true, "entertainment": true, "ensemble": true, "choir": true,
	"guild": true, "chamber": true, "team": true, "technologies": true, "systems": true, "solutions": true, "robotics": true, "composites": true, "engineering": true, "analytics": true, "logistics": true, "therapeutics": true, "biosciences": true, "labs": true, "bakery": true, "brewery": true, "distillery": true, "dairy": true, "band": true, "players": true, "scouts": true, "guides": true, "cadets": true, "foodbank": true, "pantry": true, "larder": true, "brigade": true, "singers": true, "hall": true, "cluster": true,
	// clubs and groups known by their initials or kind: "Saltmarsh Rovers Junior FC", "Tarnside Primary PTA", "Westerleigh Men's Shed"
	"fc": true, "afc": true, "rfc": true, "rufc": true, "rlfc": true, "jfc": true, "pta": true, "shed": true, "volunteers": true, "fridge": true, "bank": true,
}

// eventWords close the names of events, which are run by a body rather
// than being one: "Saltmarsh Kite Festival", "Lowhill Vintage Rally".
var eventWords = map[string]bool{
	"festival": true, "fest": true, "fair": true, "weekend": true, "rally": true, "trail": true,
	"series": true, "show": true, "carnival": true, "parade": true, "gala": true, "week": true,
	"day": true, "concert": true, "concerts": true, "season": true, "celebration": true,
	"regatta": true, "marathon": true, "race": true, "tour": true, "exhibition": true, "pride": true,
}

// lowerTail are lowercase words that may close a proper name
// ("Merseyside police", "the East Midlands region").
var lowerTail = map[string]bool{
	"committee": true, "conservancy": true, "pcc": true, "opcc": true, "vru": true, "icb": true, "ccg": true, "rocu": true,
	"police": true, "constabulary": true, "council": true, "region": true,
	"partnership": true, "consortium": true, "forces": false,
}

// notProper are capitalised words that do not start names.
var notProper = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true,
	"Those": true, "It": true, "Its": true, "They": true, "Their": true, "He": true,
	"She": true, "We": true, "Our": true, "His": true, "Her": true, "But": true,
	"And": true, "Or": true, "As": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Since": true, "During": true, "Among": true,
	"Meanwhile": true, "However": true, "Also": true, "Other": true, "Another": true,
	"Some": true, "Many": true, "Most": true, "All": true, "Each": true, "Every": true,
	"Both": true, "Further": true, "In": true, "On": true, "At": true, "By": true,
	"For": true, "From": true, "With": true, "To": true, "Of": true, "I": true,
	"Under": true, "Over": true, "Around": true, "Almost": true,
	"Nearly": true, "More": true, "Funding": true, "Money": true, "Grants": true,
	"Projects": true, "January": true, "February": true, "March": true, "April": true,
	"May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Monday": true,
	"Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"Successful": true, "Today": true, "Yesterday": true, "Now": true, "Here": true,
	"There": true, "What": true, "Which": true, "Who": true, "Why": true, "How": true,
	"Elsewhere": true, "Separately": true, "Additionally": true, "Finally": true,
	"Other awards": true, "Awards": true, "Bids": true, "Initiatives": true,
	"Requests": true, "Applications": true, "Applicants": true, "Claims": true,
}

// connectors may sit inside a proper name when a capitalised word follows.
var connectors = map[string]bool{
	"of": true, "and": true, "for": true, "the": true, "&": true, "@": true, "on": true,
	"upon": true, "in": true, "de": true, "la": true, "du": true, "at": true, "under": true,
	"di": true, "da": true, "del": true, "della": true, "degli": true, "van": true, "von": true, "der": true,
	"do": true, "dos": true, "das": true, "des": true, "le": true, "les": true, "et": true, "qui": true, "für": true, "zur": true, "zu": true, "i": true, "den": true, // "Instituto de Ciências do Mar", "Réseau des Petites Scènes", "Hochschule für Stadtboden"
	"y": true, "yr": true, // Welsh: "Theatr y Glannau"
	"o": true, "ki": true, // Māori: "Ngā Toi o Tairāwhiti Performing Arts Trust"
	"na": true, "nan": true, "nam": true, // Gaelic: "Comunn na Gàidhlig"
	"per": true, "pour": true, "para": true, "con": true, "sin": true, // "Acqua per Tutti ONG", "Fundación para la Paz"
}

// trimWord strips surrounding punctuation from a word.
func trimWord(w string) string {
	if n := len(w); n > 0 && wordByte(w[0]) && wordByte(w[n-1]) {
		return w
	}
	return strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '/'
	})
}

// isProperWord reports a capitalised word, acronym or code that can be
// part of a name.
func isProperWord(w string) bool {
	w = trimWord(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	if w == "" {
		return false
	}
	// the case test first: most words are lower case, and cheaper to
	// reject than to look up
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		// ("Salford-based Irwell Yard Homes": where the body is, not
		// its name)
		return !notProper[w] && !(len(w) > 7 && w[len(w)-6] == '-' && strings.HasSuffix(w, "-based"))
	}
	if unicode.IsDigit(r) {
		for _, c := range w {
			if unicode.IsUpper(c) {
				return !notProper[w]
			}
		}
		// "1st Coldharbour Scout Group": an ordinal opening a name
		// (properRun takes it only before a proper word)
		return ordinalDigits(w)
	}
	return irishMutated(w)
}

// irishMutated reports an Irish or Scottish Gaelic word whose capital
// follows a mutation prefix: "nGleann" (Feis na nGleann), "bhFear",
// "tSean", "h-Alba", "mBaile".
func irishMutated(w string) bool {
	for _, p := range []string{"bh", "h-", "t-", "n-", "n", "m", "g", "d", "b", "t"} {
		if len(w) > len(p)+1 && w[:len(p)] == p {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r) && (len(p) > 1 || unicode.IsLower(rune(w[len(w)-1])))
		}
	}
	return false
}

// ordinalDigits reports "1st", "2nd", "23rd", "4th".
func ordinalDigits(w string) bool {
	i := 0
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// span is a byte range in a string.
type span struct{ start, end int }

// wordSpans splits s at spaces.
func wordSpans(s string) []span {
	return appendWordSpans(nil, s)
}

// appendWordSpans appends the word spans of s to dst; callers pass a
// stack array (var buf [48]span; appendWordSpans(buf[:0], s)) so that the
// common short phrases need no allocation.
func appendWordSpans(dst []span, s string) []span {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				dst = append(dst, span{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return dst
}

// properRun returns the proper name starting at word k of ws (or -1,-1):
// capitalised words, joined by connectors when a capitalised word follows,
// and optionally closed by a lowercase organisation word ("police").
// It stops at a possessive or at punctuation that ends a phrase.
// companyForm holds the legal forms that close a company's name.
var companyForm = map[string]bool{"Ltd": true, "Ltd.": true, "Limited": true, "LLP": true, "plc": true, "PLC": true, "CIC": true, "Inc": true, "Inc.": true, "LLC": true, "GmbH": true}

// weekdays may stand inside a name as months do: "Ashington Polish
// Saturday School".
var weekdays = wordSet("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

// monthInName reports a month's name inside a proper name, between
// proper words: "Salvation Army March Corps" (the town of March), "Bank
// Holiday May Fair Committee"; not "Leeds City Council March 2029".
func monthInName(s string, ws []span, j int) bool {
	w := s[ws[j].start:ws[j].end]
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || j+1 >= len(ws) || !notProper[w] {
		return false // (months are among notProper's words, cased as here)
	}
	if _, ok := months[strings.ToLower(w)]; !ok && !weekdays[w] {
		return false // (nor a weekday: "Ashington Polish Saturday School")
	}
	next := s[ws[j+1].start:ws[j+1].end]
	_, nextMonth := months[strings.ToLower(trimWord(next))]
	return isProperWord(next) && !nextMonth && !isDigit(next[0])
}

func properRun(s string, ws []span, k int) (int, int) {
	if k >= len(ws) || !isProperWord(s[ws[k].start:ws[k].end]) {
		return -1, -1
	}
	if w := s[ws[k].start:ws[k].end]; isDigit(w[0]) && ordinalDigits(trimWord(w)) && (k+1 >= len(ws) || !isProperWord(s[ws[k+1].start:ws[k+1].end]) || !isLetter(lowerByte(s[ws[k+1].start]))) {
		return -1, -1 // "the 4th round": an ordinal alone names nothing
	}
	end := k
	for j := k; j < len(ws); {
		w := s[ws[j].start:ws[j].end]
		if j > k && (!isProperWord(w) && !monthInName(s, ws, j) || strings.HasPrefix(w, "(")) {
			break
		}
		end = j
		if strings.HasSuffix(w, "s’") && j+1 < len(ws) && isProperWord(s[ws[j+1].start:ws[j+1].end]) {
			// "Upper Brook Residents’ Association": a plural possessive
			// inside the name, not a closing quote
			j++
			continue
		}
		if endsPhrase(w) {
			break
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			// "St Anne's Church" continues; "the Police ICT Company's
			// transformation programme" does not
			if j+1 < len(ws) && isProperWord(s[ws[j+1].start:ws[j+1].end]) {
				j++
				continue
			}
			break
		}
		// connector run followed by a proper word; but a company's legal
		// form ends its name: "Wendlebury Homes LLP for Canal Basin"
		if companyForm[trimWord(w)] {
			break
		}
		n := j + 1
		for n < len(ws) && n-j <= 2 && (connectors[strings.ToLower(s[ws[n].start:ws[n].end])] || smallNumber(s[ws[n].start:ws[n].end])) {
			n++
		}
		if n > j+1 {
			if n < len(ws) && isProperWord(s[ws[n].start:ws[n].end]) {
				j = n
				continue
			}
			break
		}
		j++
	}
	// lowercase organisation tail
	if end+1 < len(ws) {
		last := s[ws[end].start:ws[end].end]
		nw := s[ws[end+1].start:ws[end+1].end]
		if !endsPhrase(last) && (foldedIn(lowerTail, trimWord(nw)) || foldedIn(lowerLegal, strings.ReplaceAll(trimWord(nw), ".", ""))) {
			end++ // (and "Hedeby Geotermi ApS", "Oostervelde Energie cv")
		}
	}
	return ws[k].start, ws[end].end
}

// smallNumber reports a number of one to three digits inside a name:
// "Ward 7 Stroke Unit".
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// nameAbbrevs are abbreviations whose full stop sits inside a name.
var nameAbbrevs = wordSet("St Mt Ft Pt Jr Sr Dr")

func endsPhrase(w string) bool {
	if w == "" {
		return false
	}
	switch w[len(w)-1] {
	case '.':
		// "St. Martins Sea Caves Trail Association", "Mt. Hood", "MLK
		// Jr. Park Neighbors United": an abbreviation inside a name
		return !nameAbbrevs[w[:len(w)-1]]
	case ',', ';', ':', ')', '!', '?':
		return true
	}
	return strings.HasSuffix(w, "”") || strings.HasSuffix(w, "’")
}

// cleanName trims punctuation and possessives from a name.
func cleanName(n string) string {
	n = strings.TrimSpace(n)
	n = strings.TrimSuffix(n, "'s")
	n = strings.TrimSuffix(n, "’s")
	n = strings.TrimRight(n, ",;:.)”’\"'")
	if k := strings.LastIndexByte(n, '('); k > 0 && strings.IndexByte(n[k:], ')') < 0 && strings.IndexByte(n[k:], ' ') < 0 {
		// "Donauhafen Logistik Verbund GmbH (AT)" lost its closing
		// bracket above: a one-word bracket (a country code, an
		// acronym) goes whole
		n = strings.TrimRight(n[:k], " ,;:.")
	} else if k > 0 && strings.IndexByte(n[k:], ')') < 0 {
		n += ")" // "Tuesday Nordic Walkers (Corran Road)" keeps its bracket
	}
	n = strings.TrimLeft(n, "(“‘\"'")
	return strings.TrimSpace(n)
}

// firstProper returns the first proper name in s, or "".
func firstProper(s string) string {
	var buf [48]span
	ws := appendWordSpans(buf[:0], s)
	for k := range ws {
		if a, b := properRun(s, ws, k); a >= 0 {
			if n := cleanName(s[a:b]); !adjectiveOnly(n) {
				return n
			}
		}
	}
	return ""
}

// lowerLegal are company and association forms written in lower or mixed
// case after a name ("Hedeby Geotermi ApS", "Kestävä Kylä ry", "Nordfyn
// Fjernvarme A.m.b.a.") or before it ("vzw Sportpark Oostervelde"), dots
// left out; none is an English word.
var lowerLegal = wordSet("aps ab oy oyj gmbh ggmbh bv nv srl sarl amba ry vzw asbl cv cvba scrl")

// leadingProper returns the proper name that s starts with (after a
// determiner), or "".
func leadingProper(s string) string {
	s = stripDeterminer(s)
	if len(s) > 4 && (s[0] == 'v' || s[0] == 'a') { // (the cheap test first: leadingProper is read for every name)
		f := firstField(s)
		if len(f) < len(s) && (f == "vzw" || f == "asbl" || f == "v.z.w.") {
			// "vzw Sportpark Oostervelde": a Belgian association's form
			// before its name
			if n := leadingProper(s[len(f)+1:]); n != "" {
				return f + " " + n
			}
		}
	}
	var buf [48]span
	ws := appendWordSpans(buf[:0], s)
	if a, b := properRun(s, ws, 0); a == 0 {
		if n := cleanName(s[a:b]); !adjectiveOnly(n) {
			if len(ws) > 2 && b == ws[0].end {
				if r := romanceOrg(s, ws); r != "" {
					return r
				}
			}
			return n
		}
	}
	return ""
}

// romanceHeads open names in French, Spanish, Italian and Portuguese.
var romanceHeads = wordSet("centre centro agence agencia agenzia hôpital hopital hospital ospedale syndicat communauté comunidad comunità consorcio consorzio établissement office institut instituto istituto société sociedad società université universidad università universidade laboratoire laboratorio groupement association asociación associazione fondation fundación fondazione")

// romanceOrg reads a name in French, Spanish, Italian or Portuguese whose
// organisation word comes first and whose adjectives are lowercase:
// "Centre hospitalier régional de Malvoisin", "Agence régionale de
// santé Grand Est" runs to its "de" and the proper words after; "" when
// s opens with no such name.
func romanceOrg(s string, ws []span) string {
	if w := s[ws[0].start:ws[0].end]; !romanceFilter.mayFold(w) || !foldedIn(romanceHeads, w) {
		return ""
	}
	for k := 1; k < len(ws) && k <= 5; k++ {
		w := s[ws[k].start:ws[k].end]
		switch strings.ToLower(w) {
		case "de", "du", "des", "d'", "di", "del", "della", "dei", "do", "da", "dos", "das":
			if k == 1 || k+1 >= len(ws) {
				return ""
			}
			if a, b := properRun(s, ws, k+1); a == ws[k+1].start && b > a {
				return cleanName(s[:b])
			}
			return ""
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || strings.ContainsAny(w, ",;:()") {
			return ""
		}
	}
	return ""
}

// adjectiveOnly reports a lone capitalised compound adjective such as
// "Padiham-based" or "Treasury-backed": the description before a name,
// not the name ("the Padiham-based charity Calder Vale Textile
// Collection").
func adjectiveOnly(n string) bool {
	return strings.IndexByte(n, ' ') < 0 && strings.IndexByte(n, '-') >= 0 && compoundAdjective(strings.ToLower(n))
}

// compoundAdjective reports a lowered word such as "padiham-based",
// "wind farm-backed", "community-led".
func compoundAdjective(lw string) bool {
	return hasAnySuffix(lw, "-based", "-led", "-run", "-backed", "-funded", "-owned", "-supported", "-born", "-registered", "-area", "-headquartered")
}

var determiners = []string{"with ", "as ", "the ", "neighbouring ", "neighboring ", "nearby ", "rival ", "a ", "an ", "this ", "that ", "these ", "those ", "its ", "their ", "also ", "and ", "but ", "while ", "whereas ", "meanwhile ", "meanwhile, ", "elsewhere, ", "separately, ", "finally, ", "in addition, ", "additionally, ", "now ", "then "}

func stripDeterminer(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		for _, d := range determiners {
			if hasPrefixFold(s, 0, d) {
				s = strings.TrimSpace(s[len(d):])
				changed = true
			}
		}
	}
	return s
}

// hasWord reports whether ls contains w as a whole word (ls lowercase).
func hasWord(ls, w string) bool {
	for i := 0; ; {
		j := strings.Index(ls[i:], w)
		if j < 0 {
			return false
		}
		a := i + j
		b := a + len(w)
		if (a == 0 || !isLetter(ls[a-1])) && (b == len(ls) || !isLetter(ls[b])) {
			return true
		}
		i = a + 1
	}
}

// hasAnyWord reports whether ls contains any of ws as whole words. It
// scans the words of ls once and compares each with the list, falling back
// to substring search for entries of several words.
func hasAnyWord(ls string, ws []string) bool {
	// lens has bit min(len(x), 63) for each x of ws: a word of ls of
	// another length equals none of them
	var lens uint64
	for _, x := range ws {
		lens |= 1 << min(len(x), 63)
	}
	start := -1
	for i := 0; i <= len(ls); i++ {
		if i < len(ls) && (isLetter(ls[i]) || ls[i] >= 0x80) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := ls[start:i]
			if lens&(1<<min(len(w), 63)) != 0 {
				for _, x := range ws {
					if len(x) == len(w) && x == w {
						return true
					}
				}
			}
			start = -1
		}
	}
	multi := false
	for _, x := range ws {
		if strings.IndexByte(x, ' ') >= 0 {
			multi = true
			break
		}
	}
	if !multi {
		return false
	}
	for _, w := range ws {
		if strings.IndexByte(w, ' ') >= 0 && hasWord(ls, w) {
			return true
		}
	}
	return false
}

// lastWordLower returns the last word of s, lowercased and trimmed.
func lastWordLower(s string) string {
	return strings.ToLower(trimWord(lastField(s)))
}

func firstWordLower(s string) string {
	return strings.ToLower(trimWord(firstField(s)))
}

// labelWords are field labels, not names ("Grant: £3,250").
var labelWords = map[string]bool{
	"grant": true, "amount": true, "awarded": true, "total": true, "value": true,
	"recipient": true, "organisation": true, "organization": true, "purpose": true,
	"project": true, "award": true, "funding": true, "allocation": true, "sum": true,
	"nationwide": true, "overall": true, "altogether": true, "together": true, "grant awarded": true,
	"amount awarded": true, "total awarded": true, "funding awarded": true,
	// a job advert's or a price list's labels
	"salary": true, "pay": true, "wage": true, "wages": true, "grade": true, "hours": true,
	"contract": true, "pension": true, "benefits": true, "fee": true, "fees": true,
	"price": true, "cost": true, "costs": true, "rent": true, "budget": true,
	// a summary's statistics
	"average": true, "median": true, "typical": true, "largest": true, "smallest": true,
	"average grant": true, "median grant": true, "largest grant": true, "smallest grant": true,
}

// cutAnySuffix returns s less the first of suffixes it ends with, and
// whether one did.
func cutAnySuffix(s string, suffixes ...string) (string, bool) {
	for _, p := range suffixes {
		if rest, ok := strings.CutSuffix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// cutAnyPrefix returns s less the first of prefixes it starts with, and
// whether there was one.
func cutAnyPrefix(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}
