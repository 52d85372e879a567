package parse

import (
	"strconv"
	"strings"
	"time"
)

// UK financial years start on 1 April. A financial year is identified here
// by the calendar year it starts in: 2016 is "2016/17".

// fyOf returns the financial year a date falls in.
func fyOf(t time.Time) int {
	if t.Month() >= time.April {
		return t.Year()
	}
	return t.Year() - 1
}

// julyFY returns the financial year a date falls in where years start on
// 1 July (Australia, New Zealand), named as UK years are by the calendar
// year it starts in.
func julyFY(t time.Time) int {
	if t.Month() >= time.July {
		return t.Year()
	}
	return t.Year() - 1
}

// fyString formats a financial year as "2016/17".
func fyString(start int) string {
	if start <= 0 {
		return ""
	}
	y := (start + 1) % 100
	return strconv.Itoa(start) + "/" + string([]byte{byte('0' + y/10), byte('0' + y%10)})
}

func year4(s string, i int) (int, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	for k := 0; k < 4; k++ {
		if !isDigit(s[i+k]) {
			return 0, false
		}
	}
	if i+4 < len(s) && isDigit(s[i+4]) {
		return 0, false
	}
	y, _ := strconv.Atoi(s[i : i+4])
	if y < 1900 || y > 2199 {
		return 0, false
	}
	return y, true
}

// explicitFYAt parses "2016/17", "2016-17", "2016–17", "2016 to 2017",
// "2016-2017", "FY2016/17", "FY 2016-17" at s[i:], and "FY 2027" or
// "fiscal year 2027" or "fiscal 2027" (a fiscal year named by the year it
// ends in, as in the United States) as 2026/27.
func explicitFYAt(s string, i int) (start, end int, ok bool) {
	j := i
	fy := false
	if hasPrefixFold(s, j, "sfy") {
		j++ // "SFY 2028": a state's fiscal year, named as FY
	}
	if hasPrefixFold(s, j, "fy") {
		j += 2
		if j < len(s) && s[j] == ' ' {
			j++
		}
		fy = true
	} else if hasPrefixFold(s, j, "fiscal year ") {
		j += len("fiscal year ")
		fy = true
	} else if hasPrefixFold(s, j, "fiscal ") && j+len("fiscal ") < len(s) && isDigit(s[j+len("fiscal ")]) {
		j += len("fiscal ") // "in fiscal 2028"
		fy = true
	}
	y, ok := year4(s, j)
	if !ok {
		return 0, i, false
	}
	k := j + 4
	if fy && (k == len(s) || !isDigit(s[k]) && s[k] != '/' && s[k] != '-' && !strings.HasPrefix(s[k:], "–") && !(strings.HasPrefix(s[k:], " to ") && k+4 < len(s) && isDigit(s[k+4]))) {
		// "FY 2027", "fiscal year 2027": the year that ends in 2027
		return y - 1, k, true
	}
	switch {
	case k < len(s) && (s[k] == '/' || s[k] == '-'):
		k++
	case strings.HasPrefix(s[k:], "–"), strings.HasPrefix(s[k:], "—"):
		k += 3
	case strings.HasPrefix(s[k:], " to "):
		k += 4
	case strings.HasPrefix(s[k:], " - "), strings.HasPrefix(s[k:], " / "):
		k += 3
	case strings.HasPrefix(s[k:], " – "):
		k += 5
	default:
		return 0, i, false
	}
	if y2, ok := year4(s, k); ok {
		if y2 != y+1 {
			return 0, i, false
		}
		return y, k + 4, true
	}
	if k+2 <= len(s) && isDigit(s[k]) && isDigit(s[k+1]) && (k+2 == len(s) || !isDigit(s[k+2])) {
		if int(s[k]-'0')*10+int(s[k+1]-'0') != (y+1)%100 {
			return 0, i, false
		}
		return y, k + 2, true
	}
	return 0, i, false
}

// findExplicitFY returns the first explicit financial year in s.
func findExplicitFY(s string) (start, at, end int, ok bool) {
	for i := 0; i+4 <= len(s); i++ {
		c := s[i]
		if !isDigit(c) && c != 'F' && c != 'f' && c != 'S' && c != 's' {
			continue
		}
		if i > 0 && (isDigit(s[i-1]) || isLetter(s[i-1])) {
			continue
		}
		if st, e, ok := explicitFYAt(s, i); ok {
			return st, i, e, true
		}
	}
	return 0, -1, -1, false
}

// relative phrases, lowercase, and the offset they imply from the base year
// (the year of publication, or the previous tranche for "following").
type relPhrase struct {
	phrase string
	delta  int
	chain  bool // relative to the previous tranche when there is one
}

var relPhrases = []relPhrase{
	{"the current financial year", 0, false},
	{"this financial year", 0, false},
	{"this fiscal year", 0, false},
	{"the current year", 0, false},
	{"this year", 0, false},
	{"the following financial year", 1, true},
	{"the following year", 1, true},
	{"the next financial year", 1, true},
	{"the subsequent year", 1, true},
	{"the year after", 1, true},
	{"the second year", 1, true},
	{"next financial year", 1, false},
	{"the coming financial year", 1, false},
	{"the forthcoming financial year", 1, false},
	{"next year", 1, false},
	{"the previous financial year", -1, false},
	{"last financial year", -1, false},
	{"last year", -1, false},
}

// fromFundEnd returns the end of a fund the money comes from, told at
// s[i:] ("from the fund", "from the Hospice Futures Fund (HFF)"), or i
// when none is: the fund's name is capitalised words (and "the", "of",
// "and", "for") ending in a fund's head noun.
func fromFundEnd(s string, i int) int {
	if !hasPrefixFold(s, i, "from ") {
		return i
	}
	j := i + len("from ")
	for n := 0; n < 9; n++ {
		w, e := nextWord(s, j)
		if w == "" || e-len(w) != j {
			return i // (a comma or other mark between the words)
		}
		switch lw := strings.ToLower(w); lw {
		case "fund", "scheme", "programme", "program", "initiative":
			if hasAnyPrefix(s[e:], "'", "’") {
				return i // "from the fund's budget"
			}
			if k := strings.IndexByte(head(s[e:], 14), ')'); k > 0 && strings.HasPrefix(s[e:], " (") {
				e += k + 1 // "(HFF)"
			}
			return e
		case "the", "of", "and", "for", "its", "their":
		default:
			if w[0] < 'A' || w[0] > 'Z' {
				return i
			}
		}
		if e >= len(s) || s[e] != ' ' {
			return i
		}
		j = e + 1
	}
	return i
}

// periodAfter reads the period that directly follows a figure, e.g. the
// " in 2016/17" of "£350,000 in 2016/17" or " the following year". base
// is the publication year, prev the period of the previous tranche (0 when
// none). It returns the financial year and the end of the phrase.
func periodAfter(s string, i, base, prev int) (int, int, bool) {
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == ',') {
		j++
	}
	if e := fromFundEnd(s, j); e > j {
		// "£420,000 from the fund this financial year", "£86,500 from
		// the Hospice Futures Fund in the current financial year"
		j = e
		for j < len(s) && (s[j] == ' ' || s[j] == ',') {
			j++
		}
	}
	for _, w := range []string{"promised ", "pledged ", "earmarked ", "committed ", "due ", "expected ", "to follow "} {
		if hasPrefixFold(s, j, w) {
			j += len(w) // "a further £64,000 promised for next year"
			break
		}
	}
	for _, w := range []string{"in ", "for ", "during ", "over ", "of "} {
		if hasPrefixFold(s, j, w) {
			j += len(w)
			break
		}
	}
	if st, e, ok := explicitFYAt(s, j); ok {
		return st, e, true
	}
	if hasPrefixFold(s, j, "the ") {
		// "in the 2027 to 2028 financial year"
		if st, e, ok := explicitFYAt(s, j+len("the ")); ok {
			for _, w := range []string{" financial year", " fiscal year"} {
				if hasPrefixFold(s, e, w) {
					return st, e + len(w), true
				}
			}
		}
	}
	if hasPrefixFold(s, j, "financial year ") {
		if st, e, ok := explicitFYAt(s, j+len("financial year ")); ok {
			return st, e, true
		}
	}
	for _, r := range relPhrases {
		if !hasPrefixFold(s, j, r.phrase) {
			continue
		}
		e := j + len(r.phrase)
		if e < len(s) && isLetter(s[e]) {
			continue
		}
		if r.chain && prev > 0 {
			return prev + r.delta, e, true
		}
		if base <= 0 {
			return 0, i, false
		}
		return base + r.delta, e, true
	}
	if prev > 0 && hasPrefixFold(s, j, "next") {
		// "£400,000 this financial year and £850,000 next from the
		// fund": the year after the last part's, the noun left out
		e := j + len("next")
		if e == len(s) || strings.IndexByte(",.;)", s[e]) >= 0 || hasAnyPrefix(s[e:], " from ", " and ", " to ", " out of ", " under ") {
			return prev + 1, e, true
		}
	}
	return 0, i, false
}

// findPeriod returns the first financial year stated or implied anywhere in
// s: explicit forms, or relative phrases resolved against base.
func findPeriod(s string, base int) (int, bool) {
	best, bestAt := 0, -1
	if st, at, _, ok := findExplicitFY(s); ok {
		best, bestAt = st, at
	}
	if y, at := yearToMarch(s); at >= 0 && (bestAt < 0 || at < bestAt) {
		best, bestAt = y, at
	}
	if base > 0 {
		ls := asciiLower(s)
		for _, r := range relPhrases {
			at := strings.Index(ls, r.phrase)
			if at < 0 || (bestAt >= 0 && at >= bestAt) {
				continue
			}
			e := at + len(r.phrase)
			if e < len(ls) && isLetter(ls[e]) || at > 0 && isLetter(ls[at-1]) {
				continue
			}
			best, bestAt = base+r.delta, at
		}
	}
	return best, bestAt >= 0
}

// spanYears recognises multi-year phrases ("over the next 3 years",
// "across two years", "over the next two financial years") and returns the
// number of years.
func spanYears(ls string) int {
	// "the £36m three-year programme", "a 5-year grant"
	if k := strings.Index(ls, "-year "); k > 0 {
		st := strings.LastIndexByte(ls[:k], ' ') + 1
		if n, w := countWord(ls[st:k]); w == k-st && n > 1 && n < 20 {
			return n
		}
	}
	// "from 2022-23 to 2024-25": more than one financial year
	if st, _, e, ok := findExplicitFY(ls); ok {
		if st2, at2, _, ok2 := findExplicitFY(ls[e:]); ok2 && st2 != st && at2 <= 12 {
			return st2 - st + 1
		}
	}
	for _, p := range []string{"over the next ", "across the next ", "over the ", "across the ", "over ", "across ", "spread over ", "spread across ", "run for ", "runs for ", "last for ", "lasts for "} {
		i := strings.Index(ls, p)
		for i >= 0 {
			rest := ls[i+len(p):]
			n, w := countWord(rest)
			if n > 1 && n < 20 {
				rest = strings.TrimLeft(rest[w:], " ")
				rest = strings.TrimPrefix(rest, "financial ")
				if strings.HasPrefix(rest, "years") {
					return n
				}
			}
			j := strings.Index(ls[i+len(p):], p)
			if j < 0 {
				break
			}
			i += len(p) + j
		}
	}
	return 0
}

// parsePeriod is the period parser as a whole: the first financial year in
// s, relative phrases resolved against the publication date. It returns ""
// when s names no financial year.
func parsePeriod(s string, published time.Time) string {
	base := 0
	if !published.IsZero() {
		base = fyOf(published)
	}
	if st, ok := findPeriod(s, base); ok {
		return fyString(st)
	}
	return ""
}

// yearToMarch reads "the year to 31 March 2028", "year ending 31 March
// 2028": the UK financial year 2027/28. It returns the year the financial
// year starts and where the phrase is, or -1.
func yearToMarch(s string) (int, int) {
	ls := asciiLower(s)
	for _, p := range []string{"year to 31 march ", "year ending 31 march ", "year ended 31 march ", "year to march ", "year ending march "} {
		k := strings.Index(ls, p)
		if k < 0 || k+len(p)+4 > len(ls) || !isAllDigits(ls[k+len(p):k+len(p)+4]) {
			continue
		}
		y := int(ls[k+len(p)]-'0')*1000 + int(ls[k+len(p)+1]-'0')*100 + int(ls[k+len(p)+2]-'0')*10 + int(ls[k+len(p)+3]-'0')
		return y - 1, k
	}
	return aprilToMarch(ls)
}

// aprilToMarch reads "1 April 2026 to 31 March 2027", "April 2027 to
// March 2028", "April 2026 – March 2027" in lowered s: the UK financial
// year 2026/27. It returns the year and where the phrase is, or -1.
func aprilToMarch(ls string) (int, int) {
	for from := 0; ; {
		k := strings.Index(ls[from:], "april ")
		if k < 0 {
			return 0, -1
		}
		k += from
		from = k + len("april ")
		y, ok := year4(ls, from)
		if !ok {
			continue
		}
		e := from + 4
		matched := false
		for _, sep := range []string{" to ", " – ", " - ", "–", "-", " until "} {
			if strings.HasPrefix(ls[e:], sep) {
				e += len(sep)
				matched = true
				break
			}
		}
		if !matched {
			continue
		}
		for _, d := range []string{"31st ", "31 "} {
			if strings.HasPrefix(ls[e:], d) {
				e += len(d)
				break
			}
		}
		if y2, ok := year4(ls, e+len("march ")); ok && strings.HasPrefix(ls[e:], "march ") && y2 == y+1 {
			start := k
			for _, d := range []string{"1st ", "1 "} {
				if k >= len(d) && ls[k-len(d):k] == d {
					start = k - len(d)
				}
			}
			return y, start
		}
	}
}

// listYears appends to ys the consecutive financial years named in s
// ("for 2027/28 and 2028/29"), or leaves ys empty unless there are two to
// five of them, one after another.
func listYears(s string, ys []int) []int {
	for len(s) > 0 && len(ys) < 6 {
		st, _, end, ok := findExplicitFY(s)
		if !ok || end <= 0 {
			break
		}
		ys = append(ys, st)
		s = s[end:]
	}
	if len(ys) < 2 || len(ys) > 5 {
		return ys[:0]
	}
	for k := 1; k < len(ys); k++ {
		if ys[k] != ys[k-1]+1 {
			return ys[:0]
		}
	}
	return ys
}
