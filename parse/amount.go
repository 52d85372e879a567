package parse

import (
	"sort"
	"strings"
)

// money is one monetary figure found in a piece of text. Offsets are byte
// offsets into the text that was scanned.
type money struct {
	Value    int64  // whole currency units; the upper bound of a range
	Min      int64  // lower bound of a range, 0 otherwise
	Currency string // GBP, USD, EUR
	Start    int    // first byte of the figure (currency sign or digit)
	End      int    // byte after the figure (and its multiplier/currency word)
	QStart   int    // first byte of the hedge before the figure, = Start when none
	Qual     string // normalised hedge ("more than", "up to", ...), "" when none
	Unit     bool   // written with a multiplier word (m, bn, million...)
}

// maxAmount bounds parsed figures so that arithmetic never overflows.
const maxAmount = int64(1e15)

// hedges maps the words that may precede a figure to the qualifier reported.
// Longer phrases come first so that "a little over" wins over "over".
var hedges = []struct{ phrase, qual string }{
	{"a little more than", "more than"},
	{"slightly more than", "more than"},
	{"a little over", "more than"},
	{"slightly over", "more than"},
	{"just over", "more than"},
	{"well over", "more than"},
	{"more than", "more than"},
	{"in excess of", "more than"},
	{"upwards of", "more than"},
	{"at least", "at least"},
	{"over", "more than"},
	{"just under", "almost"},
	{"slightly less than", "almost"},
	{"almost", "almost"},
	{"nearly", "almost"},
	{"close to", "almost"},
	{"up to", "up to"},
	{"as much as", "up to"},
	{"a maximum of", "up to"},
	{"maximum of", "up to"},
	{"no more than", "up to"},
	{"approximately", "around"},
	{"an estimated", "around"},
	{"estimated", "around"},
	{"around", "around"},
	{"about", "around"},
	{"roughly", "around"},
	{"circa", "around"},
	{"some", "around"},
	{"less than", "less than"},
	{"under", "less than"},
	{"between", "between"},
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return (c|0x20)-'a' < 26 } // ASCII letters: one compare

// nextWord returns the first run of ASCII letters in s at or after i
// and the index after it, or "" when none is left. Walk a text's words
// with: for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {...}
func nextWord(s string, i int) (string, int) {
	for i < len(s) && !isLetter(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return s[i:j], j
}
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// asciiLower lowercases ASCII letters only, so byte offsets are preserved.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return lowerFrom(s, i)
		}
	}
	return s
}

// hasPrefixFold reports whether s[i:] starts with the lowercase word w,
// ignoring ASCII case.
func hasPrefixFold(s string, i int, w string) bool {
	if i < 0 || len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerByte(s[i+k]) != w[k] {
			return false
		}
	}
	return true
}

// currencyAt recognises a currency sign or code at s[i:]. It returns the
// ISO code and the index just after it, or "" when there is none.
func currencyAt(s string, i int) (string, int) {
	c := s[i]
	switch {
	case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA3: // £
		return "GBP", i + 2
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x82 && s[i+2] == 0xAC: // €
		return "EUR", i + 3
	case c == '$':
		return "USD", i + 1
	case (c == 'U' || c == 'u') && hasPrefixFold(s, i, "us$"):
		return "USD", i + 3
	case c == 'C' && strings.HasPrefix(s[i:], "C$"), c == 'C' && strings.HasPrefix(s[i:], "CA$"):
		if i > 0 && isLetter(s[i-1]) {
			return "", i
		}
		return "CAD", i + strings.IndexByte(s[i:], '$') + 1
	case c == 'A' && strings.HasPrefix(s[i:], "A$"), c == 'A' && strings.HasPrefix(s[i:], "AU$"):
		if i > 0 && isLetter(s[i-1]) {
			return "", i
		}
		return "AUD", i + strings.IndexByte(s[i:], '$') + 1
	case c == 'N' && strings.HasPrefix(s[i:], "NZ$"):
		if i > 0 && isLetter(s[i-1]) {
			return "", i
		}
		return "NZD", i + 3
	case c == 'G' && strings.HasPrefix(s[i:], "GBP"),
		c == 'U' && strings.HasPrefix(s[i:], "USD"),
		c == 'E' && strings.HasPrefix(s[i:], "EUR"),
		c == 'C' && strings.HasPrefix(s[i:], "CAD"),
		c == 'A' && strings.HasPrefix(s[i:], "AUD"),
		c == 'N' && strings.HasPrefix(s[i:], "NZD"):
		if i > 0 && isLetter(s[i-1]) || i+3 < len(s) && isLetter(s[i+3]) {
			return "", i
		}
		code := s[i : i+3]
		j := i + 3
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] == '$' && code != "GBP" && code != "EUR" {
			j++ // "CAD $900,000", "USD$2.4 million": the code and its sign
		} else if code == "GBP" && strings.HasPrefix(s[j:], "£") {
			j += len("£") // "GBP£1.2m"
		} else if code == "EUR" && strings.HasPrefix(s[j:], "€") {
			j += len("€")
		}
		return code, j
	}
	return "", i
}

// number parses digits with optional thousands commas and a decimal part at
// s[i:]. It returns the integer part, the fractional digits, and the end.
func number(s string, i int) (intPart int64, frac string, end int, ok bool) {
	return numberIn(s, i, true)
}

// numberIn is number, reading dots as thousands separators ("EUR
// 1.250.000") only when dots is set: in a column headed "£m", "1.250" is
// one and a quarter million.
func numberIn(s string, i int, dots bool) (intPart int64, frac string, end int, ok bool) {
	j := i
	digits := 0
	spaced, dotted := false, false
	for j < len(s) {
		c := s[j]
		if isDigit(c) {
			if digits >= 15 {
				return 0, "", i, false
			}
			intPart = intPart*10 + int64(c-'0')
			digits++
			j++
			continue
		}
		// A thousands comma must be followed by exactly three digits.
		if c == ',' && digits > 0 && j+3 < len(s) && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 >= len(s) || !isDigit(s[j+4])) {
			j++
			continue
		}
		// "EUR 1.250.000", "€ 872.400,00", "EUR 410.500": a dot groups
		// thousands when three digits follow it and then another group,
		// cents after a comma, or no multiplier ("€2.500 million" is a
		// decimal)
		if dots && c == '.' && intPart > 0 && (dotted || digits <= 3) && !spaced && dotGroup(s, j) {
			k := j + 4
			f, _ := multiplierAt(s, k)
			if dotted || k < len(s) && s[k] == '.' && dotGroup(s, k) || k+2 < len(s) && s[k] == ',' && isDigit(s[k+1]) && isDigit(s[k+2]) || f <= 1 {
				dotted = true
				j++
				continue
			}
		}
		// "EUR 2 499 850": a space (or no-break or thin space) groups
		// thousands when every group after a first of one to three digits
		// has three.
		if n := spaceSep(s, j); n > 0 && digits > 0 && (spaced || digits <= 3) && j+n+3 <= len(s) && isDigit(s[j+n]) && isDigit(s[j+n+1]) && isDigit(s[j+n+2]) &&
			(j+n+3 >= len(s) || !isDigit(s[j+n+3])) {
			spaced = true
			j += n
			continue
		}
		break
	}
	if digits == 0 {
		return 0, "", i, false
	}
	if f, ok := vulgarFraction(s, j); ok && !spaced && !dotted {
		// "£1½m", "£2¼ million": a fraction of the multiplier after it
		if m, _ := multiplierAt(s, j+2); m >= 1e3 {
			return intPart, f, j + 2, true
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		frac = s[j+1 : k]
		if len(frac) > 9 {
			frac = frac[:9]
		}
		j = k
	} else if (spaced || dotted) && j+2 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && (j+3 == len(s) || !isDigit(s[j+3])) {
		// "€ 1 412 500,00", "€ 872.400,00": the cents of a figure grouped
		// by spaces or dots
		j += 3
	} else if j+1 < len(s) && s[j] == ',' && (s[j+1] == '-' || strings.HasPrefix(s[j+1:], "–")) && (j+2 == len(s) || !isDigit(s[j+2])) {
		// "€ 45.000,-": whole euros, the cents struck out
		if s[j+1] == '-' {
			j += 2
		} else {
			j += 1 + len("–")
		}
	} else if j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) && digits <= 3 {
		// a decimal comma: "€2,9 million", "€1,25bn" (one or two digits,
		// then a multiplier of a million or more)
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-j-1 <= 2 {
			if f, _ := multiplierAt(s, k); f >= 1e6 {
				frac = s[j+1 : k]
				j = k
			}
		}
	}
	return intPart, frac, j, true
}

// vulgarFraction reads "½", "¼" or "¾" at s[i:] as decimal digits.
func vulgarFraction(s string, i int) (string, bool) {
	if i+1 >= len(s) || s[i] != 0xC2 {
		return "", false
	}
	switch s[i+1] {
	case 0xBD:
		return "5", true
	case 0xBC:
		return "25", true
	case 0xBE:
		return "75", true
	}
	return "", false
}

// dotGroup reports a dot at s[i] followed by exactly three digits.
func dotGroup(s string, i int) bool {
	return i+3 < len(s) && s[i] == '.' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4]))
}

// spaceSep returns the length of a digit-grouping space at s[i:]: a space,
// a no-break space or a (narrow) thin space; 0 when there is none.
func spaceSep(s string, i int) int {
	switch {
	case i < len(s) && s[i] == ' ':
		return 1
	case strings.HasPrefix(s[i:], "\u00a0"):
		return 2
	case strings.HasPrefix(s[i:], "\u202f"), strings.HasPrefix(s[i:], "\u2009"):
		return 3
	}
	return 0
}

// multiplierAt recognises k, m, bn, thousand, million, billion at s[i:],
// optionally after one space. It returns the factor and the end index.
func multiplierAt(s string, i int) (int64, int) {
	j := i
	space := false
	if j < len(s) && (s[j] == ' ' || s[j] == '-') {
		j++
		space = true
	}
	word := func(w string) bool {
		if !hasPrefixFold(s, j, w) {
			return false
		}
		e := j + len(w)
		return e >= len(s) || !isLetter(s[e])
	}
	type mult struct {
		w     string
		f     int64
		space bool // allowed after a space
	}
	if j+1 < len(s) && s[j] == 'M' && s[j+1] == 'M' && (j+2 == len(s) || !isLetter(s[j+2])) {
		return 1e6, j + 2 // "$3.5MM": American finance's million
	}
	if space && j < len(s) && s[j] == 'm' && (j+1 == len(s) || strings.IndexByte(" ,.;:)", s[j+1]) >= 0) && i > 0 && isDigit(s[i-1]) {
		return 1e6, j + 1 // "£1.2 m to extend": the m set apart
	}
	for _, m := range []mult{
		{"thousand", 1e3, true}, {"millions", 1e6, true}, {"million", 1e6, true},
		{"billions", 1e9, true}, {"billion", 1e9, true}, {"trillion", 1e12, true},
		{"bn", 1e9, true}, {"mn", 1e6, true}, {"m", 1e6, false}, {"k", 1e3, false},
		{"b", 1e9, false},
		// Welsh and Irish: "£4.8 miliwn", "€1.4 milliún"
		{"miliwn", 1e6, true}, {"biliwn", 1e9, true}, {"milliún", 1e6, true}, {"billiún", 1e9, true},
		// continental words and abbreviations kept in English text:
		// "€ 3,2 milioni", "2,5 Mio. €", "€ 1,2 mln", "4 miljoen euro",
		// "1,1 Mrd. €", "DKK 12,5 mio."
		{"milioni", 1e6, true}, {"milione", 1e6, true}, {"millones", 1e6, true}, {"millón", 1e6, true},
		{"miljoen", 1e6, true}, {"miljoner", 1e6, true}, {"miljon", 1e6, true}, {"millionen", 1e6, true},
		{"mio", 1e6, true}, {"mln", 1e6, true}, {"mrd", 1e9, true},
		{"mil", 1e6, true}, // American shorthand: "a $1.2 mil grant"
	} {
		if space && !m.space {
			continue
		}
		if word(m.w) {
			// "m" and "b" must be lowercase to avoid "£5 M&S" style noise;
			// uppercase K and M are common enough to allow.
			if m.w == "b" && s[j] != 'b' {
				continue
			}
			e := j + len(m.w)
			if (m.w == "mio" || m.w == "mln" || m.w == "mrd") && e < len(s) && s[e] == '.' {
				e++ // "2,5 Mio. €"
			}
			return m.f, e
		}
	}
	// "€ 9.8 M", "9.8 M EUR", "9.8 MEUR": the EU's way with millions, a
	// capital M set apart, then a break or the currency
	if j < len(s) && s[j] == 'M' && (j+1 == len(s) || strings.IndexByte(" ,.;:)", s[j+1]) >= 0 || strings.HasPrefix(s[j+1:], "EUR") || strings.HasPrefix(s[j+1:], "€")) {
		if j+1 < len(s) && s[j+1] == '.' && j+2 < len(s) && isLetter(s[j+2]) {
			return 1, i // "9 M.Sc."
		}
		return 1e6, j + 1
	}
	return 1, i
}

// currencyWordAt recognises a currency written after the figure
// ("4.8 million pounds", "500 GBP").
func currencyWordAt(s string, i int) (string, int) {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if strings.HasPrefix(s[j:], "€") {
		return "EUR", j + len("€") // "9.8 M€", "500 €": the euro set after, as in much of Europe
	}
	for _, w := range []struct{ w, code string }{
		{"pounds sterling", "GBP"}, {"pounds", "GBP"}, {"pound", "GBP"}, {"sterling", "GBP"},
		{"dollars", "USD"}, {"euros", "EUR"}, {"euro", "EUR"},
		{"gbp", "GBP"}, {"usd", "USD"}, {"eur", "EUR"},
	} {
		if hasPrefixFold(s, j, w.w) {
			e := j + len(w.w)
			if e >= len(s) || !isLetter(s[e]) {
				if s[j] == 'P' && e+2 < len(s) && s[e] == ' ' && s[e+1] >= 'A' && s[e+1] <= 'Z' && !hasPrefixFold(s, e+1, "sterling") {
					return "", i // "7 Pound Lane": an address
				}
				return w.code, e
			}
		}
	}
	return "", i
}

func scale(intPart int64, frac string, f int64) int64 {
	if intPart > maxAmount/f {
		return maxAmount
	}
	v := intPart * f
	div := int64(1)
	for k := 0; k < len(frac); k++ {
		div *= 10
		fd := int64(frac[k] - '0')
		if f >= div {
			v += fd * (f / div)
		}
	}
	return v
}

// figureAt parses one figure at s[i:] (after any currency sign).
func figureAt(s string, i int) (val int64, end int, unit bool, ok bool) {
	ip, frac, j, ok := number(s, i)
	if !ok {
		return 0, i, false, false
	}
	f, k := multiplierAt(s, j)
	return scale(ip, frac, f), k, f > 1, true
}

// scanAmounts finds every monetary figure in s: a currency sign or code
// followed by a number ("£2.9m", "$1,250,000", "GBP 500k"), or a number
// followed by a currency word ("4.8 million pounds"). Bare numbers (years,
// counts, percentages, phone numbers) are never money. Ranges ("£5,000 to
// £10,000", "£10-20m", "between £1m and £2m") become one figure with Min set.
func scanAmounts(s string) []money {
	return scanAmountsWords(s, true)
}

// scanAmountsWords is scanAmounts for a caller that knows whether s has
// one of the words "pounds", "euro", "euros" or "dollars" as a run of letters:
// wordAmounts finds a figure in words only after one of them (followed
// by a non-letter), so with words false it is not run.
func scanAmountsWords(s string, words bool) []money {
	var out []money
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !amountStart[c] {
			continue
		}
		start := i
		cur, j := currencyAt(s, i)
		var m money
		if cur != "" {
			if j < len(s) && s[j] == ' ' {
				j++
			}
			if j >= len(s) || !isDigit(s[j]) {
				continue
			}
			v, e, unit, ok := figureAt(s, j)
			if !ok {
				continue
			}
			m = money{Value: v, Currency: cur, Start: start, End: e, Unit: unit}
		} else if isDigit(c) {
			if i > 0 && (isLetter(s[i-1]) || isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ',') {
				continue
			}
			v, e, unit, ok := figureAt(s, i)
			if !ok {
				continue
			}
			code, e2 := currencyWordAt(s, e)
			if code == "" {
				// skip the rest of this number
				i = e - 1
				continue
			}
			m = money{Value: v, Currency: code, Start: start, End: e2, Unit: unit}
		} else {
			continue
		}
		m.End = extendRange(s, &m)
		if m.Value == 0 && m.Min == 0 {
			// "£0", and "£000" as a unit heading: no money to report
			i = m.End - 1
			continue
		}
		if m.Start > 0 && m.End < len(s) && s[m.End] == ')' && s[m.Start-1] == '(' {
			if st := foreignBefore(s, m.Start-1); st >= 0 {
				// "SEK 3 million (EUR 265 000)": a sum in a currency
				// not reported, converted into one that is; the
				// figure stands where the sum does
				m.Start, m.End = st, m.End+1
			}
		}
		m.QStart, m.Qual = hedgeBefore(s, m.Start)
		if m.Min > 0 && m.Qual == "" {
			m.Qual = "between"
		}
		out = append(out, m)
		i = m.End - 1
	}
	if words && (containsAfterSpace(s, "pounds") || containsAfterSpace(s, "euro") || containsAfterSpace(s, "dollars")) {
		out = wordAmounts(s, out)
	}
	for i := range out {
		out[i].QStart, out[i].End = unquoteFigure(s, out[i].QStart, out[i].End)
		if out[i].Qual == "" && hasPrefixFold(s, out[i].End, " or so") && (out[i].End+6 == len(s) || !isLetter(s[out[i].End+6])) {
			out[i].Qual = "around" // "950,000 pounds or so"
		}
	}
	return out
}

// foreignCodes are currencies no key reports, whose sums pages often
// convert in brackets.
var foreignCodes = []string{"SEK", "DKK", "NOK", "ISK", "CHF", "PLN", "CZK", "HUF"}

// foreignBefore finds a sum in one of foreignCodes ending with a space
// just before the bracket at s[open] ("SEK 4,2 million (") and returns
// where it starts, or -1.
func foreignBefore(s string, open int) int {
	if open < 1 || s[open-1] != ' ' {
		return -1
	}
	from := max(0, open-32)
	for _, c := range foreignCodes {
		k := strings.LastIndex(s[from:open], c)
		if k < 0 {
			continue
		}
		k += from
		if k > 0 && isLetter(s[k-1]) {
			continue
		}
		j := k + len(c)
		if j < len(s) && s[j] == ' ' {
			j++
		}
		_, _, e, ok := number(s, j)
		if !ok {
			continue
		}
		_, e = multiplierAt(s, e)
		if e == open-1 {
			return k
		}
	}
	return -1
}

// unquoteFigure widens a figure's span over the quotation marks that
// enclose it alone: "will receive “around £2 million”" reads as "will
// receive around £2 million", its words on either side unchanged.
func unquoteFigure(s string, qs, end int) (int, int) {
	for _, q := range [...][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}} {
		if strings.HasSuffix(s[:qs], q[0]) && strings.HasPrefix(s[end:], q[1]) {
			return qs - len(q[0]), end + len(q[1])
		}
	}
	return qs, end
}

// wordAmounts adds figures written in words: "two million pounds",
// "Five million euros", "twenty-five thousand dollars", "half a million
// pounds". They are kept in order and never overlap a figure already
// found.
func wordAmounts(s string, found []money) []money {
	before := len(found)
	low := asciiLower(s)
	for _, cw := range []struct{ w, code string }{{" pounds", "GBP"}, {" euros", "EUR"}, {" euro", "EUR"}, {" dollars", "USD"}} {
		for from := 0; ; {
			k := strings.Index(low[from:], cw.w)
			if k < 0 {
				break
			}
			end := from + k + len(cw.w)
			from = end
			if end < len(low) && isLetter(low[end]) {
				continue
			}
			head := strings.TrimRight(low[:end-len(cw.w)], " ")
			var f int64
			for _, mw := range []struct {
				w string
				f int64
			}{{" million", 1e6}, {" billion", 1e9}, {" thousand", 1e3}} {
				if strings.HasSuffix(head, mw.w) {
					head, f = head[:len(head)-len(mw.w)], mw.f
					break
				}
			}
			if f == 0 {
				// "two thousand five hundred pounds", "one thousand two
				// hundred and fifty pounds"
				if k := strings.LastIndex(head, " thousand "); k > 0 && len(head)-k < 40 {
					hi, hst := hundredsBefore(head[:k])
					lo, _ := hundredsBefore(head)
					if hi > 0 && lo > 0 && lo < 1000 {
						found = addWordAmount(found, s, money{Value: int64(hi)*1000 + int64(lo), Currency: cw.code, Start: hst, End: end, Unit: true})
					}
				} else if k := strings.LastIndex(head, "hundred"); k >= 0 && len(head)-k < 30 {
					// "a grant of three hundred pounds", "five hundred
					// and fifty pounds"
					if n, st := hundredsBefore(head); n >= 100 {
						found = addWordAmount(found, s, money{Value: int64(n), Currency: cw.code, Start: st, End: end, Unit: true})
					}
				}
				continue
			}
			// the number word before the multiplier
			st := strings.LastIndexByte(head, ' ') + 1
			w := head[st:]
			var v int64
			switch {
			case w == "half" && strings.HasSuffix(head[:max(0, st-1)], " and a"):
				// "one and a half million pounds"
				n, s2 := hundredsBefore(strings.TrimSuffix(head[:max(0, st-1)], " and a"))
				if n <= 0 {
					continue
				}
				v, st = int64(n)*f+f/2, s2
			case w == "a" && strings.HasSuffix(" "+head[:max(0, st-1)], " half"):
				v = f / 2
				st = strings.LastIndex(head, "half")
			case w == "a" && strings.HasSuffix(" "+head[:max(0, st-1)], " quarter of"):
				// "a quarter of a million pounds"
				v = f / 4
				st = strings.LastIndex(head, "quarter")
				if strings.HasSuffix(head[:st], "a ") {
					st -= 2
				}
			default:
				n, s2 := hundredsBefore(head)
				if n <= 0 {
					continue
				}
				v, st = int64(n)*f, s2
			}
			// "two million four hundred thousand pounds": a larger
			// multiplier before this one adds to it
			for _, mw := range []struct {
				w string
				f int64
			}{{" million", 1e6}, {" billion", 1e9}} {
				pre := strings.TrimSuffix(strings.TrimRight(head[:st], " "), " and")
				if mw.f <= f || !strings.HasSuffix(pre, mw.w) {
					continue
				}
				if n, s2 := hundredsBefore(pre[:len(pre)-len(mw.w)]); n > 0 {
					v, st, f = v+int64(n)*mw.f, s2, mw.f
				}
			}
			found = addWordAmount(found, s, money{Value: v, Currency: cw.code, Start: st, End: end, Unit: true})
		}
	}
	if len(found) > before {
		sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	}
	return found
}

// addWordAmount adds a figure in words unless it overlaps one found.
func addWordAmount(found []money, s string, m money) []money {
	for _, o := range found {
		if m.Start < o.End && o.Start < m.End {
			return found
		}
	}
	m.QStart, m.Qual = hedgeBefore(s, m.Start)
	return append(found, m)
}

// hundredsBefore reads the number in words that ends head: "twenty",
// "three hundred", "three hundred and twenty", "one hundred and
// twenty-five"; it returns the number and where it starts, or 0.
func hundredsBefore(head string) (int, int) {
	word := func(end int) (string, int) {
		st := strings.LastIndexByte(head[:end], ' ') + 1
		return head[st:end], st
	}
	w, st := word(len(head))
	small := 0
	if w != "hundred" {
		n, used := countWord(w)
		if n <= 0 || used != len(w) || isDigit(w[0]) {
			return 0, 0
		}
		small = n
		if st < 2 {
			return n, st
		}
		a, ast := word(st - 1)
		if a != "and" || ast < 2 || n >= 100 {
			return n, st
		}
		if h, hst := word(ast - 1); h != "hundred" || hst < 2 {
			return n, st
		} else {
			w, st = h, hst
		}
	}
	// w is "hundred" at st: the digit word before it
	if st < 2 {
		return 0, 0
	}
	d, dst := word(st - 1)
	if d == "a" {
		return 100 + small, dst // "a hundred and twenty thousand pounds"
	}
	n, used := countWord(d)
	if n <= 0 || n > 9 || used != len(d) || isDigit(d[0]) {
		return 0, 0
	}
	return n*100 + small, dst
}

// extendRange turns "£5,000 to £10,000", "£10-20m" and "£1m and £2m" (after
// "between") into a range on m, returning the new end.
func extendRange(s string, m *money) int {
	j := m.End
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	sepEnd := -1
	switch {
	case k < len(s) && s[k] == '-':
		sepEnd = k + 1
	case strings.HasPrefix(s[k:], "–"), strings.HasPrefix(s[k:], "—"):
		sepEnd = k + 3
	case hasPrefixFold(s, k, "to "):
		sepEnd = k + 3
	case hasPrefixFold(s, k, "and "):
		// only a range after "between"
		q, _ := hedgeBefore(s, m.Start)
		if q == m.Start {
			return j
		}
		if !hasPrefixFold(s, q, "between") {
			return j
		}
		sepEnd = k + 4
	default:
		return j
	}
	for sepEnd < len(s) && s[sepEnd] == ' ' {
		sepEnd++
	}
	if sepEnd >= len(s) {
		return j
	}
	p := sepEnd
	secondSign := false
	if cur, e := currencyAt(s, p); cur != "" {
		secondSign = true
		if cur != m.Currency {
			return j
		}
		p = e
		if p < len(s) && s[p] == ' ' {
			p++
		}
	}
	if p >= len(s) || !isDigit(s[p]) {
		return j
	}
	ip, frac, e, ok := number(s, p)
	if !ok {
		return j
	}
	f, e2 := multiplierAt(s, e)
	hi := scale(ip, frac, f)
	lo := m.Value
	if !m.Unit && f > 1 && !secondSign && lo <= maxAmount/f && lo*f <= hi {
		// "£10-20m": the multiplier applies to both ends.
		lo = lo * f
	}
	if hi <= lo {
		return j
	}
	if r := strings.TrimLeft(s[e2:], " "); s[k] != 't' && s[k] != 'T' && hasAnyPrefix(r, "in total", "in all", "total", "altogether", "overall", "combined") {
		// "a bursary of £2,000 – £18,000 in total –": an aside that sums
		// the figures, no range
		return j
	}
	m.Min, m.Value = lo, hi
	return e2
}

// hedgeBefore looks for a hedge phrase ending just before s[start].
func hedgeBefore(s string, start int) (int, string) {
	e := start
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	for _, h := range hedges {
		b := e - len(h.phrase)
		if b < 0 || !hasPrefixFold(s, b, h.phrase) {
			continue
		}
		if b > 0 && isLetter(s[b-1]) {
			continue
		}
		return b, h.qual
	}
	return start, ""
}
