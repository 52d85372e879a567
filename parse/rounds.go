package parse

// Rounds: finding round mentions, batch totals and project counts.

import (
	"sort"
	"strconv"
	"strings"
)

// findRounds finds "second round", "round 2", "round two", "the third
// bidding round", "the latest round" in ls (lowercase).
func findRounds(ls string) []roundMention {
	if !mayRoundWord(ls) {
		return firstFrom(ls, nil)
	}
	return findRoundsIn(ls)
}

// firstFrom adds round one for "The first £27m from the Rural Bus
// Lifeline Fund has gone to 11 authorities" (but "share the first awards
// from the fund" numbers no round).
func firstFrom(ls string, out []roundMention) []roundMention {
	if !strings.Contains(ls, "the first ") {
		return out
	}
	for _, p := range []string{"the first £", "the first $", "the first €"} {
		if k := strings.Index(ls, p); k >= 0 && strings.Contains(head(ls[k+len(p):], 20), " from ") {
			out = append(out, roundMention{num: 1, end: k + len(p)})
		}
	}
	return out
}

// willTell holds the future tellings a round can be the object of:
// "will publish details of round four", "will announce the third round".
var willTell = newPhraseSet([]string{"will "},
	"will publish", "will announce", "will launch", "will open", "will run", "will hold", "will invite", "will set out", "will share details", "will confirm details")

// clauseBefore is the text of ls before a, back to a full stop or
// semicolon and at most n bytes.
func clauseBefore(ls string, a, n int) string {
	pre := ls[max(0, a-n):a]
	if k := strings.LastIndexAny(pre, ".;"); k >= 0 {
		pre = pre[k+1:]
	}
	return pre
}

// ordinalOfRounds blanks the words between an ordinal and "rounds" in
// "the first of this year's two rounds", "the second of its three
// rounds", so the ordinal reads as the round's (positions stay those of
// ls).
func ordinalOfRounds(ls string) string {
	for _, o := range []string{"first", "second", "third", "fourth", "fifth", "sixth"} {
		k := strings.Index(ls, o+" of ")
		if k < 0 || k > 0 && isLetter(ls[k-1]) {
			continue
		}
		from := k + len(o)
		e := strings.Index(ls[from:], " rounds")
		if e < 0 || e > 32 {
			continue
		}
		gap := ls[from : from+e]
		if strings.ContainsAny(gap, ".;,") || countFields(gap, 6) > 4 {
			continue
		}
		// "first of this year's two rounds" → "first" + blanks + "round" + "s"
		ls = ls[:from] + strings.Repeat(" ", e) + ls[from+e:]
	}
	return ls
}

// findRoundsIn is findRounds without its quick test.
func findRoundsIn(ls string) []roundMention {
	if strings.Contains(ls, " and final ") || strings.Contains(ls, " and last ") || strings.Contains(ls, " and largest ") || strings.Contains(ls, " and biggest ") {
		// "the third and final round", "the third and final tranche",
		// "its third and largest round": the ordinal is the round's (the
		// words are blanked, so positions stay those of ls)
		for _, w := range []string{"round", "tranche", "wave", "window", "phase", "call", "cohort", "competition", "intake"} {
			for _, and := range []string{" and final ", " and last ", " and largest ", " and biggest "} {
				ls = strings.ReplaceAll(ls, and+w, strings.Repeat(" ", len(and))+w)
			}
		}
	}
	if strings.Contains(ls, " rounds") && strings.Contains(ls, " of ") {
		ls = ordinalOfRounds(ls)
	}
	out := firstFrom(ls, findRoundWord(ls, "round"))
	if len(out) > 0 {
		out = append(out, elidedRounds(ls, out)...)
	}
	if strings.Contains(ls, " allocation") && !strings.Contains(ls, " standard allocation") && hasAnyWord(ls, []string{"grants", "grant"}) {
		// "Community Arts Small Grants 2025/26 – first allocation", "the
		// remaining £7,700 be carried forward to a second allocation": a
		// grants scheme's numbered allocations are its rounds
		for _, m := range findRoundWord(ls, "allocation") {
			if m.num > 0 && !m.named {
				out = append(out, m)
			}
		}
	}
	if strings.Contains(ls, " standard allocation") {
		// "the 2027 First Standard Allocation of the Marenzia
		// Humanitarian Pooled Fund": a pooled fund's round (the word
		// "standard" is blanked before the ordinal, so positions stay)
		al := ls
		for _, o := range []string{"first", "second", "third", "fourth", "fifth", "sixth"} {
			al = strings.ReplaceAll(al, o+" standard allocation", "         "+o+" allocation")
		}
		for _, m := range findRoundWord(al, "allocation") {
			if m.num > 0 {
				out = append(out, m)
			}
		}
	}
	// "the second 2024 cut-off of the EIC Transition call", "in its
	// second call", "the first call of its programme", "the second
	// intake of the fund"
	for _, w := range []string{"cut-off", "cutoff", "call", "intake"} {
		if strings.Contains(ls, w) {
			for _, m := range findRoundWord(ls, w) {
				if m.num > 0 && !(w == "call" && phoneAfter(ls[m.end:])) {
					out = append(out, m)
				}
			}
		}
	}
	// "the second phase of the Community Halls Renewal Programme", "in
	// the first phase, £1.6 million was shared by 14 halls"
	if strings.Contains(ls, "phase") && (hasAnyWord(ls, []string{"fund", "scheme", "programme", "program", "grants", "call"}) ||
		strings.ContainsAny(ls, "£$€") && hasAnyWord(ls, []string{"shared", "awarded", "selected", "funded", "received", "receive", "share", "committed", "approved", "allocated", "approvals", "gave", "supported", "distributed", "invested", "went", "gone"})) {
		for _, m := range findRoundWord(ls, "phase") {
			if m.num > 0 && !projectPhase(ls) && !ownPhase(ls[m.end:]) {
				out = append(out, m)
			}
		}
	}
	if strings.Contains(ls, "competition") || strings.Contains(ls, "cohort") {
		// "in the third competition of the Clean Aviation Systems Fund",
		// "cohort 4 of the programme", "share £3.1 million in the second
		// Coastal Clusters Launchpad competition"
		funded := hasAnyWord(ls, []string{"fund", "scheme", "programme", "program", "grants", "funding", "funded", "accelerator", "challenge", "initiative", "prize", "facility", "announced"}) || strings.Contains(ls, "fund’s") || strings.Contains(ls, "fund's") ||
			// "Our first cohort last year was $6.1 million to 11 groups"
			strings.ContainsAny(ls, "£$€") && recipientCount(ls) > 1
		for _, w := range []string{"competition", "cohort"} {
			for _, m := range findRoundWord(ls, w) {
				if m.num > 0 && (funded || strings.ContainsAny(ls, "£$€") && (m.named || hasAnyWord(ls, []string{"shared", "share", "awarded", "received", "receive", "receives", "won", "granted", "distributed", "supported"}))) {
					// (and "Our first cohort of four fellows shared
					// $250,000 last year")
					out = append(out, m)
				}
			}
		}
	}
	if strings.Contains(ls, " cycle") {
		// "the fourth annual grant cycle of its Powering Communities
		// Fund": a grant or funding cycle is a round (a bare "cycle" is
		// not)
		for _, m := range findRoundWord(ls, "cycle") {
			if m.num > 0 && (hasAnySuffix(ls[:m.end-len("cycle")], "grant ", "grants ", "funding ", "grantmaking ", "grant-making ", "award ") ||
				// "in the second cycle of the Community Resilience
				// Nonprofit Grant Program"
				strings.HasPrefix(ls[m.end:], " of ") && hasAnyWord(head(ls[m.end:], 80), []string{"fund", "program", "programme", "grants", "grant", "scheme"}) ||
				// "In the inaugural cycle last spring, it awarded $2.8
				// million to 11 groups"
				hasAnyWord(head(ls[m.end:], 60), []string{"awarded", "granted", "funded", "supported", "distributed", "allocated"}) && strings.ContainsAny(ls, "£$€")) {
				out = append(out, m)
			}
		}
	}
	if strings.Contains(ls, "panel") {
		// "This was the second of three panels in 2028/29", "At the
		// first panel, 14 groups received £68,400": a grants panel that
		// meets in turn decides in rounds (a panel of experts, a
		// discussion or a solar panel does not)
		moneyOrGrants := strings.ContainsAny(ls, "£$€") || hasAnyWord(ls, []string{"grants", "grant", "awards", "funding", "applications"})
		for _, m := range findRoundWord(ls, "panel") {
			after := ls[m.end:]
			if m.num == 0 || hasAnyPrefix(after, " of ", " discussion", " session", " debate", " interview", " member") {
				continue
			}
			if moneyOrGrants || strings.HasPrefix(after, "s") && strings.Contains(head(ls[max(0, m.end-30):m.end], 30), " of ") {
				out = append(out, m)
			}
		}
	}
	if strings.Contains(ls, "tranche") || strings.Contains(ls, "wave") || strings.Contains(ls, "window") {
		// "the third tranche of the Active Travel Fund", "wave 2", "last
		// year's first wave handed £29.5m to 19 landlords"
		if hasAnyWord(ls, []string{"fund", "scheme", "programme", "program", "grants", "funding"}) || strings.ContainsAny(ls, "£$€") {
			for _, w := range []string{"tranche", "wave", "window"} {
				for _, m := range findRoundWord(ls, w) {
					if m.num > 0 {
						out = append(out, m)
					}
				}
			}
		}
	}
	// in the order the sentence names them: "£14.2 million in phase 2
	// of X, while ... £486,000 in the fourth funding round of Y"
	sort.SliceStable(out, func(i, j int) bool { return out[i].end < out[j].end })
	for i := 0; i+1 < len(out); i++ {
		if gap := ls[out[i].end:out[i+1].end]; strings.HasPrefix(gap, " of ") && len(gap) <= 24 {
			// "the first wave of round three": round three's
			out = append(out[:i], out[i+1:]...)
			i--
		}
	}
	return out
}

// mayRoundWord is findRounds' quick test, one pass over the words of ls:
// whether any word opens like a word a round is named by.
func mayRoundWord(ls string) bool {
	for w, i := nextWord(ls, 0); w != ""; w, i = nextWord(ls, i) {
		if len(w) < 3 {
			continue
		}
		switch w[0] {
		case 'r', 'c', 'i', 'p', 't', 'w':
			if hasAnyPrefix(w, "round", "call", "cut", "intake", "phase", "tranche", "wave", "window", "competition", "cohort", "cycle", "panel") {
				return true
			}
		case 's':
			if w == "standard" { // "the First Standard Allocation"
				return true
			}
		case 'a':
			if w == "allocation" { // "Small Grants 2025/26 – first allocation"
				return true
			}
		}
	}
	return false
}

// availableForA reports money "available ... for a" round that ends
// low: "remains available in 2026/27 for a fourth round", "is available
// for a second round" (not "was available for the third round").
func availableForA(low string) bool {
	k := strings.LastIndex(low, " for ")
	if k < 0 || len(low)-k > 40 {
		return false
	}
	if strings.HasPrefix(low[k:], " for a ") {
		if j := strings.LastIndex(low[:k], "available"); j >= 0 {
			return k-j < 60 && !hasAnySuffix(strings.TrimRight(low[:j], " "), " was", " were", " had been")
		}
	}
	// "with a further £2.1m set aside for phase two": money kept for a
	// round still to come
	for _, w := range []string{"set aside", "earmarked", "reserved", "held back", "kept back", "ring-fenced", "ringfenced"} {
		if j := strings.LastIndex(low[:k], w); j >= 0 && k-j-len(w) < 20 {
			return true
		}
	}
	return false
}

// availableInRound reads the words before a round's name (low ends at
// "round" or its ordinal) as money said to be available in it now: "is
// available in the second ", "a further £6.3m available in the ".
func availableInRound(low string) bool {
	t := strings.TrimRight(low, " ")
	if st, w := lastWord(t); st >= 0 && ordinal(w) > 0 {
		t = strings.TrimRight(t[:st], " ")
	}
	t, ok := strings.CutSuffix(t, " the")
	if !ok {
		return false
	}
	for _, p := range []string{" in", " for", " through", " under"} {
		if u, ok := strings.CutSuffix(t, p); ok {
			return hasAnySuffix(u, " is available", " will be available", " is being made available", " will be made available") ||
				strings.HasSuffix(u, " available") && strings.Contains(tail(u, 80), "a further ") && !hasAnySuffix(u, " was available", " were available", " had been available")
		}
	}
	return false
}

// lastTime reports a time gone by right after a round's mention: " last
// autumn", ", last year,", " earlier this year".
func lastTime(after string) bool {
	a := strings.TrimLeft(after, " ,")
	if t, ok := strings.CutPrefix(a, "last "); ok {
		switch firstWordLower(t) {
		case "year", "spring", "summer", "autumn", "winter", "fall", "month", "week", "time":
			return true
		}
		_, ok := months[firstWordLower(t)]
		return ok
	}
	return strings.HasPrefix(a, "earlier this year")
}

// elidedRounds finds rounds named by a bare ordinal after a round was
// named: "It's the second round of awards; the first, last year, handed
// out £3.1m", "The third round follows the second, announced last
// summer".
func elidedRounds(ls string, named []roundMention) []roundMention {
	var out []roundMention
	for i := 0; ; {
		k := strings.Index(ls[i:], "the ")
		if k < 0 {
			break
		}
		a := i + k + len("the ")
		i = a
		w := ls[a:]
		e := strings.IndexAny(w, " ,;.")
		if e < 0 {
			e = len(w) // "... and £3.6m for 12 projects in the second"
		}
		if e <= 0 || e < len(w) && w[e] == ' ' || e < len(w) && w[e] == '.' && e+1 < len(w) && w[e+1] != ' ' {
			continue // "the first time": a noun follows
		}
		n := ordinal(w[:e])
		if n == 0 {
			continue
		}
		dup := false
		for _, m := range named {
			if m.num == n {
				dup = true
			}
		}
		if !dup && a > 20 { // (the round named first, the ordinal after)
			out = append(out, roundMention{num: n, end: a + e, elided: true, recap: lastTime(ls[a+e:])})
		}
	}
	return out
}

// projectPhase reports a phase of a piece of work rather than of a fund:
// "the first phase of a three-phase plan", "phase 1 of the works".
func projectPhase(ls string) bool {
	for _, p := range []string{"phase of a ", "phase of its ", "phase of their ", "phase of the project", "phase of the plan", "phase of the work", "phase of the build", "phase of construction", "phase of the restoration", "phase of the scheme's"} {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

// phoneAfter reports a telephone number after "call": "call 13 HEALTH
// (13 43 25 84)", "call 0800 555 218", "call 911" (not "Call 2 opens").
func phoneAfter(r string) bool {
	r = strings.TrimLeft(r, " ")
	d := 0
	for d < len(r) && isDigit(r[d]) {
		d++
	}
	if d == 0 {
		return false
	}
	if r[0] == '0' || d >= 3 {
		return true
	}
	// digit groups run together by spaces: "(13 43 25 84)"
	w := head(r, 30)
	for i := 0; i+4 < len(w); i++ {
		if isDigit(w[i]) && w[i+1] == ' ' && isDigit(w[i+2]) {
			j := i + 2
			for j < len(w) && isDigit(w[j]) {
				j++
			}
			if j+1 < len(w) && w[j] == ' ' && isDigit(w[j+1]) {
				return true
			}
		}
	}
	return false
}

// countedGroup reads a count of a group of grantees in ls: "five
// clinicians and researchers", "12 community organisations" (a plural
// of genericNouns or bodyPlurals within four lowercase words of the
// count); 0 when there is none.
func countedGroup(ls string) int {
	f := strings.Fields(ls)
	for i, w := range f {
		n, used := countWord(w)
		if n < 2 || used != len(w) || isYear(w) || i > 0 && mayRoundWord(f[i-1]) {
			continue // (not "Round Three of the Active Villages Fund")
		}
		for d := 1; d <= 4 && i+d < len(f); d++ {
			w := trimWord(f[i+d])
			if genericNouns[w] || bodyPlurals[w] {
				return n
			}
			if !isLowerWord(w) {
				break // "on 7 February 2023, twelve partnerships" counts no 7
			}
		}
	}
	return 0
}

// ownPhase reports a phase that belongs to a grantee's own work, read
// after the word "phase": "phase 2 of its new building", "the second
// phase of their project".
func ownPhase(after string) bool {
	r := strings.TrimLeft(after, " ")
	if w := firstWordLower(r); w != "" && (isDigit(w[0]) || ordinal(w) > 0 || w == "one" || w == "two" || w == "three" || w == "four") {
		r = strings.TrimLeft(r[len(w):], " ")
	}
	// "the A629 Halifax to Huddersfield Phase 5 scheme", "Phase 2 works":
	// one project's stage, not a round (plural "Phase 2 projects" may be)
	return hasAnyPrefix(r, "of its ", "of their ", "of his ", "of her ", "of a ", "of an ") || projectStage[firstWordLower(r)]
}

var projectStage = map[string]bool{"scheme": true, "project": true, "works": true, "development": true, "site": true, "extension": true, "building": true}

// yearAt is the four-digit year at low[i:i+4] (isYear has checked it).
func yearAt(low string, i int) int {
	return int(low[i]-'0')*1000 + int(low[i+1]-'0')*100 + int(low[i+2]-'0')*10 + int(low[i+3]-'0')
}

// hasYearBefore reports a year up to pub in low: "closing in September
// 2026" on a page of 2027 is past.
func hasYearBefore(low string, pub int) bool {
	for i := 0; i+4 <= len(low); i++ {
		if isYear(low[i:i+4]) && (i == 0 || !isDigit(low[i-1])) {
			if y := yearAt(low, i); y <= pub {
				return true
			}
		}
	}
	return false
}

// futureTime reports a time after publication (year pub) at the start of
// low: "in spring 2027", "later this year", "next year", stopping at the
// clause's end.
// pastAppositive reports a round dated, right after its name, to a year
// before the page's: "The first round, in autumn 2028, shared £42,000"
// and "Phase 1, in 2027, gave £11.8 million" on a 2029 page are recaps.
// low starts just after the round's name.
func pastAppositive(low string, pub int) bool {
	t, ok := strings.CutPrefix(low, ", in ")
	if !ok {
		t, ok = strings.CutPrefix(low, ", held in ")
	}
	if !ok {
		return false
	}
	f := strings.Fields(head(t, 40))
	for i, w := range f {
		if i > 2 {
			return false
		}
		y := strings.TrimRight(w, ",")
		if len(y) == 4 && isYear(y) {
			n, _ := strconv.Atoi(y)
			return n < pub && strings.HasSuffix(w, ",")
		}
		switch w {
		case "spring", "summer", "autumn", "winter", "fall", "early", "late", "the":
			continue
		}
		if _, ok := months[w]; !ok {
			return false
		}
	}
	return false
}

func futureTime(low string, pub int) bool {
	if k := strings.IndexAny(low, ".;:"); k >= 0 {
		low = low[:k]
	}
	if strings.Contains(low, "later this year") || strings.Contains(low, "next year") || strings.Contains(low, "in the new year") || strings.Contains(low, "in the coming months") {
		return true
	}
	if hasAnyPrefix(strings.TrimLeft(low, " ,"), "expected ", "due to open", "is expected", "will open", "opens in", "is due", "to open ", "will offer", "will launch", "closing in ", "closes in ", "opening in ", "now open", "is now open", "is open ", "will close") && !hasYearBefore(low, pub) {
		// "A second round, expected this spring, will offer up to $12
		// million"
		return true
	}
	for i := 0; i+4 <= len(low); i++ {
		if (i == 0 || !isDigit(low[i-1])) && isYear(low[i:i+4]) && (i+4 == len(low) || !isDigit(low[i+4]) && low[i+4] != '/' && low[i+4] != '-') {
			// only a time: "in spring 2027", "from April 2027", not "the
			// 2024 call"
			var buf [2]string
			f, _ := lastFields(low[:i], buf[:])
			timeWord := false
			for _, w := range f {
				switch w {
				case "in", "from", "during", "by", "early", "late", "spring", "summer", "autumn", "winter", "fall":
					timeWord = true
				case "until", "till", "through":
					// "the fund, which runs until March 2028": running
					// now, not yet to come
					return false
				default:
					if _, ok := months[w]; ok {
						timeWord = true
					}
				}
			}
			if !timeWord {
				return false
			}
			y := yearAt(low, i)
			return y > pub
		}
	}
	return false
}

// romanAt reads a Roman numeral from ii to xii opening low ("round iii").
func romanAt(low string) int {
	e := 0
	for e < len(low) && (low[e] == 'i' || low[e] == 'v' || low[e] == 'x') {
		e++
	}
	if e == 0 || e < len(low) && isLetter(low[e]) {
		return 0
	}
	switch low[:e] {
	case "ii":
		return 2
	case "iii":
		return 3
	case "iv":
		return 4
	case "v":
		return 5
	case "vi":
		return 6
	case "vii":
		return 7
	case "viii":
		return 8
	case "ix":
		return 9
	case "x":
		return 10
	case "xi":
		return 11
	case "xii":
		return 12
	}
	return 0
}

// isYear reports a four-digit year such as "2024" ("the second 2024
// cut-off").
func isYear(w string) bool {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

func findRoundWord(ls, word string) []roundMention {
	var out []roundMention
	for i := 0; ; {
		j := strings.Index(ls[i:], word)
		if j < 0 {
			break
		}
		a := i + j
		b := a + len(word)
		i = b
		hyphenOrdinal := 0
		if a > 1 && ls[a-1] == '-' {
			// "second-round bids", but not "year-round"
			k := a - 1
			for k > 0 && isLetter(ls[k-1]) || k > 0 && isDigit(ls[k-1]) {
				k--
			}
			hyphenOrdinal = ordinal(ls[k : a-1])
			if hyphenOrdinal == 0 {
				continue
			}
		} else if a > 0 && isLetter(ls[a-1]) {
			continue // around
		}
		if b < len(ls) && isLetter(ls[b]) && !(ls[b] == 's' && (b+1 == len(ls) || !isLetter(ls[b+1]))) {
			continue // roundtable
		}
		m := roundMention{num: hyphenOrdinal, end: b}
		var fbuf [33]string // 64 bytes hold at most 32 fields
		before, _ := lastFields(ls[max(0, a-64):a], fbuf[:])
		// "the first of two funding calls": the ordinal before "of two"
		if n := len(before); n >= 4 && before[n-1] != "of" && isLowerWord(before[n-1]) && before[n-3] == "of" && ordinal(strings.Trim(before[n-4], ",.;:()")) > 0 {
			if c, w := countWord(before[n-2]); c > 0 && w == len(before[n-2]) {
				before = before[:n-3]
			}
		} else if n >= 2 && before[n-2] == "of" {
			if c, w := countWord(before[n-1]); c > 0 && w == len(before[n-1]) {
				before = before[:n-2]
			}
		}
		afterOf := len(before) > 0 && before[len(before)-1] == "of" // "the first wave of round three"
		// drop a trailing "bidding", "funding", "application" qualifier
		for len(before) > 0 {
			w := before[len(before)-1]
			if w == "bidding" || w == "funding" || w == "grant" || w == "grants" || w == "application" || w == "allocation" || w == "award" || w == "of" || w == "competitive" || w == "open" || w == "annual" || w == "yearly" || w == "main" || w == "small" || isYear(w) {
				before = before[:len(before)-1]
				continue
			}
			break
		}
		if len(before) > 0 {
			w := strings.Trim(before[len(before)-1], ",.;:()")
			if n := ordinal(w); n > 0 {
				m.num = n
			} else if n := ordinalBeforeName(before); n > 0 && !afterOf {
				m.num, m.named = n, true
			}
			switch w {
			case "next", "future", "upcoming", "further", "another", "subsequent":
				m.future = true
			case "previous", "last", "earlier", "prior", "past", "initial", "preceding":
				m.recap = true
				m.prev = m.num == 0 && (w == "previous" || w == "preceding")
			case "latest", "newest":
				m.latest = true
			}
			// "Apply for round four", "how to apply to the next round"
			for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
				if before[k] == "ahead" && (k+1 == len(before) || before[k+1] != "of") {
					continue // "will go ahead after the third round"
				}
				switch before[k] {
				case "apply", "applying", "updates", "register", "interest", "ahead", "prepare", "preparing", "deferred", "carried", "postponed", "resubmit", "resubmitting", "reapply", "reapplying":
					// "sign up for updates on round 3", "ahead of round 4",
					// "invited to talk about resubmitting in round 5"
					m.future = true
				case "offered", "available", "allocated", "spent":
					// "what is left will be offered in round 5"
					if k >= 2 && before[k-1] == "be" && before[k-2] == "will" {
						m.future = true
					}
				case "remaining", "left", "reserved", "kept":
					// "Remaining for round 4   £11,340": money kept for a
					// round still to come
					if k+1 < len(before) && before[k+1] == "for" {
						m.future = true
					}
				}
			}
			// "the remaining £5.4m will be allocated in a second round
			// this winter": an indefinite round still to come
			if m.num > 0 && len(before) >= 2 && (before[len(before)-2] == "a" || before[len(before)-2] == "an") {
				if pre := clauseBefore(ls, a, 120); strings.Contains(pre, "will ") || strings.Contains(pre, "would ") || strings.Contains(pre, "expected") || strings.Contains(pre, "planned") ||
					// "The VRU expects to open a second round of the fund
					// in the spring"
					containsAny(pre, []string{"expects to", "expect to", "plans to", "plan to", "intends to", "intend to", "hopes to", "hope to", "aims to", "aim to"}) ||
					// "RESOLVED to delegate authority ... to agree the terms
					// of a second round using the remaining budget"
					containsAny(pre, []string{"to agree", "to launch", "to run", "to open", "to hold", "to design", "delegate", "terms of"}) {
					m.future = true
				}
			}
		}
		after := strings.TrimLeft(ls[b:], " ")
		if m.named {
			// "the third round follows round 2": the number after the
			// word is its own, whatever ordinal came before
			if n, w := countWord(after); w > 0 && n > 0 && n < 30 && !monthNext(after[w:]) {
				m.num, m.named = n, false
			}
		}
		if m.num == 0 {
			if n, w := countWord(after); w > 0 && n > 0 && n < 30 {
				if monthNext(after[w:]) {
					continue // "Grants Panel 27 November 2029": a date
				}
				m.num = n
			} else if hasPrefixFold(after, 0, "one") {
				m.num = 1
			} else if n := romanAt(after); n > 0 {
				m.num = n // "Round III"
			}
		}
		if m.num > 0 && !m.future && !m.recap {
			// "The Trust will publish details of round four in the
			// spring": a round a future telling is about
			if willTell.in(clauseBefore(ls, a, 60)) {
				m.future = true
			}
		}
		tail := ls[b:min(len(ls), b+160)]
		if k := strings.IndexAny(tail, ";."); k >= 0 {
			tail = tail[:k]
		}
		if m.num > 0 && len(before) > 0 && before[len(before)-1] == "from" && (hasAnyPrefix(tail, " onwards", " onward", ", we will", " we will", " we'll", " we’ll") || strings.HasPrefix(tail, ", ") && strings.Contains(head(tail, 30), " will ")) {
			// "From round 3 we will introduce a short first-stage form":
			// how rounds to come will run
			m.future = true
		}
		for _, f := range []string{"will open", " opening to ", " opening in ", " opening on ", " to open in ", " to open on ", "will be available", "will be offered", "will be worth", "will be announced", "to be announced", "is planned", "are planned", "opens", " open in ", " open on ", " open from ", "is open", "will launch", "will be launched", "is expected", "will close", "closes", " closing on ", " closing in ", " closing at ", "deadline", "open for applications", "is now open", "will follow", "to follow"} {
			if strings.Contains(tail, f) {
				m.future = true
			}
		}
		if m.num > 0 && !m.future && availableForA(ls[:b]) {
			// "A further £75,000 remains available in 2026/27 for a
			// fourth round": money kept for a round still to come
			m.future = true
		}
		if m.num > 0 && !m.future && availableInRound(ls[:a]) {
			// "A further £6.3 million is available in the second round
			// of the fund in 2027 to 2028": money for a round to come
			m.future = true
		}
		if m.num > 0 && !m.future && lastTime(ls[b:]) {
			m.recap = true // "the first round last autumn": over before this one
		}
		out = append(out, m)
	}
	return out
}

// monthNext reports a month's name as the next word of s: the number
// before it is a day of the month.
func monthNext(s string) bool {
	f, rest, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	// ("Round 4 (March 2027)": a date in brackets dates the round)
	f = strings.TrimRight(f, ",.;:")
	if _, ok := months[f]; !ok {
		return false
	}
	// ("round 3 may open later": "may" is a month only before a year)
	return f != "may" || rest != "" && isDigit(rest[0])
}

// projectCount finds "28 projects", "twenty-eight policing projects",
// "15 successful bids" in ls and returns the count.
func projectCount(ls string) int {
	var buf [64]span
	ws := appendWordSpans(buf[:0], ls)
	for k, sp := range ws {
		w := ls[sp.start:sp.end]
		paren := w[0] == '(' && len(w) > 1
		if paren {
			w = w[1:] // "(5 grants)"
		}
		if w[0] != '-' && !isDigit(w[0]) && !isLetter(w[0]) {
			continue
		}
		n, used := countWord(w)
		if used == 0 || n <= 0 || n >= 2000 || used != len(w) {
			continue
		}
		if k > 0 && !paren && strings.Contains(ls[ws[k-1].start:ws[k-1].end], "£") {
			continue
		}
		if k > 0 && !paren && roundNoun(ls[ws[k-1].start:ws[k-1].end]) && (k < 2 || ordinal(ls[ws[k-2].start:ws[k-2].end]) == 0) {
			// "round three awards announced": the round's number (but
			// "the second call 9 projects" counts)
			continue
		}
		for d := 1; d <= 3 && k+d < len(ws); d++ {
			nw := strings.Trim(ls[ws[k+d].start:ws[k+d].end], ",.;:()")
			if projectNouns[nw] {
				if applicationsReceived(ls, ws, k, k+d, nw) {
					break // "nine applications had been received": bids, not projects funded
				}
				return n
			}
			if genericNouns[nw] || nw == "of" || nw == "the" || nw == "and" {
				break
			}
		}
	}
	return 0
}

// applicationsReceived reports "N applications were received" or
// "received N bids": a count of what was asked for, not what was funded.
func applicationsReceived(ls string, ws []span, count, noun int, nw string) bool {
	switch nw {
	case "applications", "application", "applicants", "bids", "bid", "proposals", "submissions", "expressions":
	default:
		return false
	}
	if count > 0 && hasAnyWord(ls[ws[max(0, count-3)].start:ws[count].start], []string{"received", "receiving", "attracted", "considered", "assessed", "reviewed", "shortlisted", "scored"}) {
		return true
	}
	end := ws[min(len(ws)-1, noun+4)].end
	return hasAnyWord(ls[ws[noun].end:end], []string{"received", "submitted", "considered", "assessed", "came"})
}

// amongCount is the count in "are among 61 community projects ...", "is
// one of eight projects ...", or 0.
func amongCount(low string) int {
	for _, w := range []string{" among ", " one of "} {
		k := strings.LastIndex(low, w)
		if k < 0 || !hasAnyWord(tail(low[:k], 8), []string{"are", "is", "were", "was"}) {
			continue
		}
		if n := projectCount(low[k:]); n > 1 {
			return n
		}
		// "X's project is one of nine sharing £30 million": the noun
		// left out
		if n, used := countWord(low[k+len(w):]); n > 1 {
			rest := low[k+len(w)+used:]
			if p := placeAfterCount(rest); p > 0 {
				rest = rest[p:] // "among 31 across England sharing £24.5m"
			}
			if strings.TrimSpace(rest) == "" || hasAnyPrefix(rest, " sharing ", " to share ", " splitting ", " receiving ", " awarded ", " selected ", " chosen ", " funded ", " successful ", " winners ", " winning ") {
				return n
			}
			// "Creative Futures is one of six clusters [sharing £28m]": a
			// counted plural of any noun that ends the subject
			// (or before it, in the whole sentence)
			pl := strings.TrimSpace(rest)
			for _, v := range []string{" sharing ", " to share ", " splitting ", " that share ", " that shared ", " which share "} {
				if j := strings.Index(rest, v); j > 0 && j < 30 {
					pl = strings.TrimSpace(rest[:j])
					break
				}
			}
			if isAlphaWord(lastWordLower(pl)) && strings.HasSuffix(pl, "s") && !strings.HasSuffix(pl, "ss") && countFields(pl, 3) <= 2 {
				return n
			}
			// "Merrowby was one of 51 places that shared £412m": a
			// counted plural, then the clause that shares
			t := strings.TrimSpace(rest)
			for _, rel := range []string{" that", " which", " who"} {
				t = strings.TrimSuffix(t, rel)
			}
			if t != strings.TrimSpace(rest) && isAlphaWord(t) && strings.HasSuffix(t, "s") {
				return n
			}
		}
	}
	return 0
}

// placeAfterCount returns the length of a place phrase that opens rest:
// " across England", " in Wales", " around the country"; 0 when none.
func placeAfterCount(rest string) int {
	for _, p := range []string{" across ", " in ", " from ", " around "} {
		if !strings.HasPrefix(rest, p) {
			continue
		}
		end := len(rest)
		for _, v := range []string{" sharing ", " to share ", " splitting ", " receiving ", " awarded "} {
			if k := strings.Index(rest, v); k >= 0 && k < end {
				end = k
			}
		}
		if end > 40 || strings.ContainsAny(rest[:end], ",;£$€0123456789") {
			return 0
		}
		return end
	}
	return 0
}

// roundsRespectively reads the rounds that figures given "respectively"
// belong to from the words before the first figure (pre, lowercase): "the
// first and second rounds", "the first two [rounds]" (only where rounds
// are the topic), with counts from "supported 17 and 14 projects". It
// returns nil unless there is one round per figure.
func roundsRespectively(pre string, n int, roundTopic bool) (nums, counts []int) {
	words := strings.Fields(pre)
	for i := range words {
		words[i] = strings.Trim(words[i], ",;:()")
	}
	roundNoun := func(w string) bool {
		switch w {
		case "rounds", "phases", "waves", "calls", "intakes", "cut-offs", "tranches":
			return true
		}
		return false
	}
	for i := 0; i < len(words) && nums == nil; i++ {
		if ordinal(words[i]) == 0 {
			continue
		}
		// "first and second rounds", "first, second and third rounds"
		var list []int
		j := i
		for ; j < len(words); j++ {
			if o := ordinal(words[j]); o > 0 {
				list = append(list, o)
			} else if words[j] != "and" {
				break
			}
		}
		for j < len(words) && (words[j] == "bidding" || words[j] == "funding" || words[j] == "grant" || words[j] == "application" || words[j] == "allocation") {
			j++ // "the first and second bidding rounds"
		}
		if len(list) == n && j < len(words) && roundNoun(words[j]) {
			nums = list
			break
		}
		// "the first two (rounds)"
		if words[i] == "first" && i+1 < len(words) {
			if c, w := countWord(words[i+1]); w > 0 && c == n && (i+2 < len(words) && roundNoun(words[i+2]) || roundTopic) {
				nums = make([]int, n)
				for k := range nums {
					nums[k] = k + 1
				}
			}
		}
	}
	if nums == nil {
		return nil, nil
	}
	counts = make([]int, n)
	// "supported 17 and 14 projects"
	for i := 0; i < len(words); i++ {
		var list []int
		j := i
		for ; j < len(words); j++ {
			if c, w := countWord(words[j]); w > 0 && c > 0 {
				list = append(list, c)
			} else if words[j] != "and" {
				break
			}
		}
		if len(list) == n && j < len(words) && projectNouns[words[j]] {
			copy(counts, list)
			break
		}
		if j > i {
			i = j - 1
		}
	}
	return nums, counts
}

// projectCountAfterPrep is the count of projects that the figure goes
// "to" or "for" ("available to 28 projects", "to be shared between 40
// groups"), not a count elsewhere in the clause ("drew 96 bids asking
// for £182m").
func projectCountAfterPrep(lowRight string) int {
	for _, p := range []string{" to ", " for ", " between ", " among ", " across ", " in "} {
		if k := strings.Index(lowRight, p); k >= 0 {
			rest := lowRight[k+len(p):]
			if c := projectCount(head(rest, 50)); c > 0 {
				if n, w := countWord(strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "up to ")); w > 0 && n == c {
					return c
				}
			}
		}
	}
	return 0
}

// overall reports a sentence that totals the whole batch: "In total £48m
// has been shared between 19 towns", "nationally", "across England".
func overall(t string) bool {
	l := asciiLower(t)
	return strings.Contains(l, "in total") || strings.Contains(l, "overall") || strings.Contains(l, "nationally") || strings.Contains(l, "altogether") || strings.Contains(l, "in all,") || strings.Contains(l, "across the country") ||
		containsAny(l, []string{"statewide", "nationwide", "province-wide", "provincewide", "countrywide", "across the state", "across the province", "across the region", ", part of £", ", part of $", ", part of €",
			"across england", "across scotland", "across wales", "across northern ireland", "across the uk", "across britain", "across ireland", "across australia", "across canada", "across new zealand"}) ||
		amongCount(l) > 0 // "The three projects are among 31 across England sharing £24.5m"
}

// hedgeAllows reports whether exact is a figure the hedged one could
// stand for: "more than £18m" for £18.6m, "almost £32m" for £31.8m,
// "around £2m" for £1.95m; within a tenth, a twentieth for "around".
func hedgeAllows(qual string, hedged, exact int64) bool {
	switch qual { // the qualifiers amount.go's hedges report
	case "more than", "at least":
		return exact > hedged && exact*10 <= hedged*11
	case "almost":
		return exact < hedged && exact*10 >= hedged*9
	case "around":
		d := exact - hedged
		return max(d, -d)*20 <= hedged
	}
	return false
}

// grantsPlural reports "£64,000 of grants", "£3m in grants": a pot spread
// over several grants.
func grantsPlural(lowRight string) bool {
	t := strings.TrimLeft(lowRight, " ")
	for _, p := range []string{"of grants", "in grants", "worth of grants", "in small grants", "of small grants", "in awards", "of awards"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	// "approved $2.3 million in its spring grant round": the round's
	// grants
	if r, ok := cutAnyPrefix(t, "in its ", "in their ", "in the ", "in this ", "in our "); ok {
		var buf [4]string
		for _, w := range firstFields(r, buf[:]) {
			if strings.TrimRight(w, ",.;:") == "round" {
				return true
			}
		}
	}
	// "awarded £234,250 in five grants"
	if r, ok := strings.CutPrefix(t, "in "); ok {
		if n, w := countWord(r); w > 0 && n > 1 {
			nw := firstWordLower(strings.TrimLeft(r[w:], " "))
			return nw == "grants" || nw == "awards"
		}
	}
	return false
}

// awardKinds name awards of a kind: "the four fellowships are worth".
var awardKinds = wordSet("fellowships studentships scholarships bursaries prizes residencies")

// countedGrants reads "five grants worth", "28 projects totalling", "14
// awards of" just before a figure and returns the count.
func countedGrants(lowLeft string) int {
	var buf [8]string
	f, n := lastFields(tail(lowLeft, 60), buf[:])
	if n < 3 {
		return 0
	}
	// "40 Connection Grants worth a combined $1.2 million", "worth a total
	// of"
	if k := len(f); k > 4 && f[k-2] == "a" && f[k-1] == "combined" {
		f = f[:k-2]
	} else if k > 5 && f[k-3] == "a" && f[k-2] == "total" && f[k-1] == "of" {
		f = f[:k-3]
	}
	last := f[len(f)-1]
	if last == "worth" {
		// "the three grants together are worth £399,500"
		for len(f) > 3 {
			switch f[len(f)-2] {
			case "together", "are", "were", "combined", "collectively":
				f = append(f[:len(f)-2], last)
				continue
			}
			break
		}
	}
	if last != "worth" && last != "totalling" && last != "totaling" && last != "of" && last != "valued" && last != "totalling:" && last != "with" {
		return 0
	}
	noun := strings.Trim(f[len(f)-2], ",")
	if !projectNouns[noun] && noun != "grants" && noun != "awards" && noun != "allocations" && !(last == "worth" && awardKinds[noun]) && !(last == "with" && (genericNouns[noun] || noun == "operators")) {
		return 0
	}
	switch noun {
	case "applications", "bids", "proposals":
		// "received 64 applications worth £92 million": what was asked
		// for, unless they won ("approved four bids worth £1.2m")
		if !hasAnyWord(tail(lowLeft, 60), []string{"successful", "approved", "winning", "funded", "approves", "approve"}) {
			return 0
		}
	}
	for k := len(f) - 3; k >= 0 && k >= len(f)-5; k-- {
		if n, w := countWord(f[k]); w > 0 && n > 1 {
			if last == "with" {
				// "the first round supported nine projects with £5.3m"
				if k == 0 || !batchVerbs[f[k-1]] {
					return 0
				}
			}
			return n
		}
	}
	return 0
}

// roundWorth reads "the second round, worth", "this round of funding,
// totalling" just before a figure.
func roundWorth(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	for _, suf := range []string{" worth", " totalling", " totaling", " valued at", " of"} {
		if !strings.HasSuffix(t, suf) {
			continue
		}
		u := strings.TrimRight(strings.TrimSuffix(t, suf), " ,")
		u = strings.TrimSuffix(u, " of funding")
		u = strings.TrimSuffix(u, " of bidding")
		if strings.HasSuffix(u, " round") || strings.HasSuffix(u, " tranche") || strings.HasSuffix(u, " wave") {
			// (not "The largest single award of the round, of almost
			// £1.9m": one award the round holds)
			v := u[:strings.LastIndexByte(u, ' ')]
			return !hasAnySuffix(v, " award of the", " award in the", " grant of the", " grant in the", " allocation of the", " award of this", " grant of this")
		}

		return false
	}
	return false
}

// roundOfFundWorth reads "in the third and final round of the Town
// Centres Renewal Fund, worth £100m in total": the worth may be the
// round's or the fund's, and is the round's when nothing else in the
// sentence totals the round.
func roundOfFundWorth(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	if !strings.HasSuffix(t, ", worth") {
		return false
	}
	u := strings.TrimSuffix(t, ", worth")
	for _, w := range []string{" round of ", " wave of ", " tranche of ", " phase of "} {
		// "the second wave of its Schools Renewal Programme, worth
		// £74.5 million"
		if k := strings.LastIndex(u, w); k >= 0 && !strings.ContainsAny(u[k:], ",;") && len(u)-k < 80 {
			return true
		}
	}
	return false
}

// countedThings reads "four centres worth", "two projects totalling"
// just before a figure.
func countedThings(lowLeft string) int {
	var buf [4]string
	f, n := lastFields(tail(lowLeft, 60), buf[:])
	if n < 3 {
		return 0
	}
	last := f[len(f)-1]
	if last != "worth" && last != "totalling" && last != "totaling" && last != "valued" {
		return 0
	}
	for k := len(f) - 2; k >= 0 && k >= len(f)-4; k-- {
		if n, w := countWord(f[k]); w > 0 && n > 0 {
			return n
		}
	}
	return 0
}

// batchTotalAfter reads a headline figure that totals many grants: "$25
// Million in Grants to ...", "£8m on offer" after a round.
func batchTotalAfter(lowRight, lowLeft string, round bool) bool {
	r := strings.TrimLeft(lowRight, " ")
	// the headline's verb is the funder's ("Minister Announces"), not a
	// winner's ("Leeds Charity Wins £50,000 in Funding")
	// ("Brightwater awarded £1.45 million" is the grantee's headline)
	funderVerb := lowLeft == "" || hasAnyWord(tail(lowLeft, 16), []string{"announces", "announced", "announce", "unveils", "invests", "commits", "delivers", "awards", "approves", "distributes", "confirms", "confirmed"}) || strings.HasSuffix(strings.TrimRight(lowLeft, " "), "s award") || strings.HasSuffix(strings.TrimRight(lowLeft, " "), "s approve") // "Commissioners award"
	for _, p := range []string{"in grants", "in grant funding", "in funding", "in new funding", "in awards", "of grants", "in competitive grants", "in federal grants", "in state grants"} {
		if strings.HasPrefix(r, p) && funderVerb {
			return true
		}
	}
	// "$11.4 Million in Cooperative Agreements", "£8.9 million to six
	// studies", "£42 million for new hubs": money for many
	if funderVerb {
		if f := strings.Fields(head(r, 60)); len(f) >= 2 {
			switch f[0] {
			case "in":
				for _, w := range f[1:min(len(f), 4)] {
					switch strings.Trim(w, ",.") {
					case "grants", "agreements", "awards", "funding", "contracts":
						return true
					}
				}
			case "to", "for":
				k := 1
				if f[k] == "new" || f[k] == "the" {
					k++
				}
				c, w := countWord(f[min(k, len(f)-1)])
				if w > 0 && c > 1 {
					k++
				}
				for ; k < len(f) && k <= 4; k++ {
					if w := strings.Trim(f[k], ",.;:"); projectNouns[w] || genericNouns[w] || programmeNouns[w] || w == "studies" || w == "teams" {
						return true
					}
					if !isLowerWord(f[k]) {
						break
					}
				}
			}
		}
	}
	// "Minister Announces $40 Million to Help Rural Cooperatives"
	if funderVerb && lowLeft != "" && toVerbPurpose(r) {
		return true
	}
	return round && strings.HasSuffix(strings.TrimRight(lowLeft, " "), " with") && hasAnyWord(head(r, 30), []string{"grabs"})
}

// futureBudget reads "worth", "of" or "with" straight before a figure in a
// sentence about a future round.
func futureBudget(lowLeft string) bool {
	l := strings.TrimRight(lowLeft, " ")
	for _, w := range []string{" worth", " of", " with", " offering", " worth a total of", " will offer", " will have", " will make available", " will provide"} {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// sharedBy reads "was shared by 14 halls", "will be split between 30
// groups" after a figure and returns the count (0 when it does not match).
func sharedBy(lowRight string) int {
	r := strings.TrimLeft(lowRight, " ")
	for _, aux := range []string{"was ", "were ", "is ", "are ", "has been ", "have been ", "will be ", "is being ", "is to be ", "to be "} {
		if strings.HasPrefix(r, aux) {
			r = r[len(aux):]
			break
		}
	}
	ok := false
	for _, v := range []string{"shared ", "split ", "divided ", "distributed "} {
		if strings.HasPrefix(r, v) {
			r, ok = r[len(v):], true
			break
		}
	}
	if !ok {
		return 0
	}
	ok = false
	for _, p := range []string{"by ", "between ", "among ", "amongst ", "across "} {
		if strings.HasPrefix(r, p) {
			r, ok = r[len(p):], true
			break
		}
	}
	if !ok {
		return 0
	}
	n, w := countWord(r)
	if w == 0 || n < 2 || n >= 2000 {
		return 0
	}
	// the plural the count counts, after up to two words that qualify
	// it: "14 halls", "38 community venues", "12 small local groups"
	f := strings.Fields(head(r[w:], 60))
	for d := 0; d < 3 && d < len(f); d++ {
		noun := strings.Trim(f[d], ",.;:")
		if strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss") {
			return n
		}
		if noun != f[d] || !isLowerWord(noun) {
			break
		}
	}
	return 0
}

// totalLine reads a line that only totals: "a total of £X;", "Total: £X".
func totalLine(lowLeft, lowRight string) bool {
	l := strings.Trim(lowLeft, " :")
	if l != "total" && l != "a total of" && l != "total of" && l != "grand total" && l != "in total" && l != "total awarded" && l != "total funding" {
		return false
	}
	return strings.Trim(lowRight, " .;,") == ""
}

// totalGivenLine reads a closing sum of the awards just listed: "In
// all, up to £635,050 has been offered.", "Altogether, £1.2m was
// awarded."
func totalGivenLine(lowLeft, lowRight string) bool {
	l := strings.TrimSuffix(strings.TrimRight(lowLeft, " "), " up to")
	switch l {
	case "in all,", "in total,", "altogether,", "overall,", "in all", "in total", "altogether":
	default:
		return false
	}
	r, ok := cutAnyPrefix(strings.TrimLeft(lowRight, " "), "has been ", "have been ", "was ", "were ", "is being ")
	if !ok {
		return false
	}
	r, ok = cutAnyPrefix(r, "awarded", "offered", "granted", "allocated", "approved", "committed", "given")
	return ok && strings.Trim(r, " .;") == ""
}

// sameTakerGap reads the words between two figures given to one body
// for two things, its subject and verb left out: "... towards the new
// Kirkmuir High School, and [£21 million] towards the Lochside Campus".
func sameTakerGap(gap, lowRight string) bool {
	g := strings.TrimRight(gap, " ")
	if !strings.HasSuffix(g, " and") {
		return false
	}
	if !hasAnyPrefix(strings.TrimLeft(gap, " "), "towards ", "toward ", "for ") || !hasAnyPrefix(strings.TrimLeft(lowRight, " "), "towards ", "toward ", "for ") {
		return false
	}
	return !hasAnyWord(g, []string{"is", "are", "was", "were", "has", "have", "had", "will", "would", "gets", "get", "got", "receives", "receive", "received", "awarded", "which", "who", "while", "each", "from", "by"})
}

// furtherPassive reads a sentence that opens "A further" (or "Another",
// "An additional") before its figure and says, in the passive, that the
// money was given, naming no one: "A further £985,000 from the fund has
// been awarded for ...".
func furtherPassive(lowBefore, lowRight string) bool {
	if !hasAnyPrefix(lowBefore, "a further ", "another ", "an additional ", "an extra ") || len(lowBefore) > 20 {
		return false
	}
	r := strings.TrimLeft(lowRight, " ")
	if strings.HasPrefix(r, "from ") {
		if k := strings.Index(r, " has been "); k > 0 && k < 60 {
			r = r[k+1:]
		}
	}
	r, ok := cutAnyPrefix(r, "has been ", "has also been ", "was ", "was also ", "is being ")
	if !ok {
		return false
	}
	r, ok = cutAnyPrefix(r, "awarded ", "allocated ", "granted ", "approved ", "confirmed ", "secured ")
	return ok && !strings.HasPrefix(r, "to ")
}

// roundOnOffer reads "opens sixth round with £150m on offer" and "the
// round, with £8m available": money a round makes available, not money it
// has awarded.
func roundOnOffer(lowLeft, lowRight string) bool {
	if !strings.HasSuffix(strings.TrimRight(lowLeft, " "), " with") || !hasAnyWord(head(strings.TrimLeft(lowRight, " "), 30), []string{"offer", "available"}) {
		return false
	}
	return !hasAnyWord(lowLeft, []string{"awarded", "awards", "grabs", "shared", "won", "wins", "received", "receive", "secured"})
}

// recipientCount reads a count of recipients beside a figure: "for 51
// organisations".
func recipientCount(ls string) int {
	if !strings.Contains(ls, "for") && !strings.Contains(ls, "with") && !strings.Contains(ls, "through") && !strings.Contains(ls, "across") {
		return 0 // the count must follow "for" (or "with", "through", "across")
	}
	var buf [64]span
	ws := appendWordSpans(buf[:0], ls)
	for k, sp := range ws {
		w := ls[sp.start:sp.end]
		if !isDigit(w[0]) && !isLetter(w[0]) {
			continue
		}
		// only "for N organisations": other counts of recipients
		// ("to 12 councils") are often not the round's projects
		prev := ""
		if k > 0 {
			prev = ls[ws[k-1].start:ws[k-1].end]
		}
		if prev != "for" && prev != "with" && prev != "through" && prev != "across" {
			continue
		}
		n, used := countWord(w)
		if used == 0 || n <= 1 || n >= 2000 || used != len(w) {
			continue
		}
		for d := 1; d <= 2 && k+d < len(ws); d++ {
			nw := strings.Trim(ls[ws[k+d].start:ws[k+d].end], ",.;:()")
			switch nw {
			case "organisations", "organizations", "charities", "groups", "nonprofits", "non-profits", "clubs", "enterprises", "providers":
				// bodies, not places or people ("for 45 towns" is no
				// count of projects); "with 64 organisations receiving
				// grants" but not "with 12 groups in the running"
				if prev != "with" || k+d+1 < len(ws) && hasAnyWord(ls[ws[k+d+1].start:ws[k+d+1].end], []string{"receiving", "getting", "sharing", "awarded", "benefiting", "funded", "successful"}) {
					return n
				}
			}
		}
	}
	return 0
}

// ordinalBeforeName reads "the second Coastal Clusters Launchpad
// competition", "its third Levelling Up Fund round": an ordinal after an
// article, then up to five words of a name, before the round word
// (before holds the lowercase words that precede it).
func ordinalBeforeName(before []string) int {
	for k := len(before) - 2; k >= 1 && k >= len(before)-6; k-- {
		w := before[k+1]
		switch w {
		case "of", "for", "in", "to", "and", "with", "by", "from", "on", "at", "a", "an", "the", "its", "this", "that", "which", "year", "years":
			return 0
		}
		if !isLowerWord(w) || strings.ContainsAny(w, "0123456789£$€,.;:()") {
			return 0
		}
		if c, used := countWord(w); c > 0 && used == len(w) {
			return 0 // "the first two rounds"
		}
		if n := ordinal(before[k]); n > 0 {
			switch before[k-1] {
			case "the", "its", "their", "this":
				return n
			}
			return 0
		}
	}
	return 0
}
