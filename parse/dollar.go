package parse

import (
	"net/url"
	"strings"
)

// A bare "$" is US dollars unless the page is Canadian, Australian or
// from New Zealand: the site's country domain says so, or the page names
// that country and not the United States. Explicit forms ("US$", "C$",
// "A$", "NZ$", "CAD") are read as written.

// dollarCurrency returns the currency a bare "$" means on the page at
// pageURL with the given title, opening text and locale ("en-AU").
func dollarCurrency(pageURL, title, text, locale string) string {
	if u, err := url.Parse(pageURL); err == nil {
		if c := domainDollar(strings.ToLower(u.Hostname())); c != "" {
			return c
		}
	}
	// a site named by its address in the title: "... | Beehive.govt.nz"
	for _, seg := range titleSegments(title) {
		if strings.IndexByte(seg, '.') < 0 {
			continue
		}
		if w := strings.ToLower(strings.TrimSpace(seg)); strings.IndexByte(w, ' ') < 0 && strings.IndexByte(w, '.') > 0 {
			if c := domainDollar(strings.TrimPrefix(strings.TrimPrefix(w, "https://"), "www.")); c != "" {
				return c
			}
		}
	}
	if c := writtenDollar(title + " " + text); c != "" {
		// "A$2.86m to renew regional arts spaces" over "$465,000 grant":
		// the page's own dollar, written out once
		return c
	}
	if c := localeDollar(locale); c != "" {
		// <html lang="en-NZ">: the site says where it is (a "US" locale
		// says nothing: it is many templates' default)
		return c
	}
	t := joinedHead{title, text, 3000}
	named := t.cues() // bit k: the page names dollarCues[k]
	us := named&1 != 0
	found := ""
	for k, c := range dollarCues[1:] {
		if named&(2<<k) != 0 {
			if found != "" {
				return "USD" // two countries: no guess
			}
			found = c.code
		}
	}
	if found == "" || us {
		return "USD"
	}
	return found
}

// writtenDollar returns the one country's dollar the text writes out
// before a figure ("A$1.1m", "NZ$450,000", "C$2 million", "CA$"), or ""
// when it writes none, several, or US dollars.
func writtenDollar(text string) string {
	found := ""
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '$')
		if k < 0 {
			break
		}
		at := i + k
		i = at + 1
		if i >= len(text) || !isDigit(text[i]) {
			continue
		}
		c := ""
		switch p := text[max(0, at-3):at]; {
		case strings.HasSuffix(p, "NZ"):
			c = "NZD"
		case strings.HasSuffix(p, "US"):
			return ""
		case strings.HasSuffix(p, "AU"), strings.HasSuffix(p, "A") && (len(p) < 2 || !isLetter(p[len(p)-2])):
			c = "AUD"
		case strings.HasSuffix(p, "CA"), strings.HasSuffix(p, "C") && (len(p) < 2 || !isLetter(p[len(p)-2])):
			c = "CAD"
		default:
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// localeDollar is the dollar of a locale's country ("en-AU", "fr_CA",
// "mi-NZ"), or "".
func localeDollar(locale string) string {
	if len(locale) < 5 || locale[len(locale)-3] != '-' && locale[len(locale)-3] != '_' {
		return ""
	}
	switch strings.ToUpper(locale[len(locale)-2:]) {
	case "AU":
		return "AUD"
	case "NZ":
		return "NZD"
	case "CA":
		return "CAD"
	}
	return ""
}

// domainDollar is the dollar of a host name's country domain, or "".
func domainDollar(h string) string {
	switch {
	case strings.HasSuffix(h, ".ca"):
		return "CAD"
	case strings.HasSuffix(h, ".au"):
		return "AUD"
	case strings.HasSuffix(h, ".nz"):
		return "NZD"
	case strings.HasSuffix(h, ".gov") || strings.HasSuffix(h, ".us"):
		return "USD"
	}
	return ""
}

// explicitUSD reports a figure written as US dollars in text.
func explicitUSD(text string) bool {
	return strings.Contains(text, "US$") || strings.Contains(text, "USD") || strings.Contains(text, "U.S. dollars") || strings.Contains(text, "US dollars")
}

// localDollars rewrites bare-"$" amounts to the page's dollar currency.
func (a *analyzer) localDollars(res *Result) {
	if a.dollar == "" || a.dollar == "USD" {
		return
	}
	fix := func(cur *string, ev string) {
		if *cur == "USD" && !explicitUSD(ev) {
			*cur = a.dollar
		}
	}
	for i := range res.Awards {
		fix(&res.Awards[i].Currency, res.Awards[i].Evidence.Text)
	}
	for i := range res.Rounds {
		fix(&res.Rounds[i].Currency, res.Rounds[i].Evidence.Text)
	}
	for i := range res.Limits {
		fix(&res.Limits[i].Currency, res.Limits[i].Evidence.Text)
	}
	for i := range res.Caps {
		fix(&res.Caps[i].Currency, res.Caps[i].Evidence.Text)
	}
}

// joinedHead is head(a+" "+b, n), searched in place rather than copied:
// the page's opening text is long, the cues short.
type joinedHead struct {
	a, b string
	n    int
}

// cues returns a bit per dollarCues entry one of whose cues is in
// head(a+" "+b, n).
func (j joinedHead) cues() uint {
	a, b := j.a, j.b
	// where head cuts the joined string: at n, backed off to a rune start
	// (the joined byte at i is a[i], the space, or b[i-len(a)-1])
	i := len(a) + 1 + len(b)
	if i > j.n {
		i = j.n
		for i > 0 && i != len(a) && (i < len(a) && a[i]&0xC0 == 0x80 || i > len(a) && b[i-len(a)-1]&0xC0 == 0x80) {
			i--
		}
	}
	if i <= len(a) {
		return dollarCueScan(a[:i])
	}
	b = b[:i-len(a)-1]
	// a cue across the joining space starts in the last len(cue)-1 bytes
	// of a and ends in the first len(cue)-1 bytes of b
	w := dollarCueMax - 1
	return dollarCueScan(a) | dollarCueScan(b) | dollarCueScan(a[max(0, len(a)-w):]+" "+b[:min(len(b), w)])
}

// dollarCueScan returns a bit per dollarCues entry with a cue in s: it
// visits the capitals of s (eight bytes at a time where there are none)
// and tries the cues filed under each.
func dollarCueScan(s string) uint {
	var bits uint
	for i := 0; i < len(s); i++ {
		if i+8 <= len(s) && upperMask(load64(s, i)) == 0 {
			i += 7
			continue
		}
		if c := s[i]; c >= 'A' && c <= 'Z' {
			for _, cue := range dollarCueIndex[c-'A'] {
				if strings.HasPrefix(s[i:], cue.word) {
					bits |= cue.bit
				}
			}
		}
	}
	return bits
}

// dollarCues are the words that place a page in the United States (the
// first entry) or a country with its own dollar. Every cue starts with an
// ASCII capital: dollarCueIndex files them by it.
var dollarCues = []struct {
	code string
	cues []string
}{
	{"USD", []string{"United States", "U.S.", "US Department", "America",
		// the states (not Georgia or Washington, which name other places too)
		"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"}},
	{"CAD", []string{"Canad", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland"}},
	{"AUD", []string{"Australia", "New South Wales", "NSW", "Queensland", "Tasmania", "Victorian Government"}},
	{"NZD", []string{"New Zealand", "Aotearoa", "Māori"}},
}

type dollarCue struct {
	word string
	bit  uint
}

// dollarCueIndex files the cues by their first letter; dollarCueMax is
// the longest cue's length.
var dollarCueIndex, dollarCueMax = func() (idx [26][]dollarCue, longest int) {
	for k, c := range dollarCues {
		for _, w := range c.cues {
			idx[w[0]-'A'] = append(idx[w[0]-'A'], dollarCue{w, 1 << k})
			longest = max(longest, len(w))
		}
	}
	return idx, longest
}()
