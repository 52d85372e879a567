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
// pageURL with the given title and opening text.
func dollarCurrency(pageURL, title, text string) string {
	if u, err := url.Parse(pageURL); err == nil {
		h := strings.ToLower(u.Hostname())
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
	}
	t := joinedHead{title, text, 3000}
	us := t.containsAny([]string{"United States", "U.S.", "US Department", "America"})
	found := ""
	for _, c := range []struct {
		code string
		cues []string
	}{
		{"CAD", []string{"Canad", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland"}},
		{"AUD", []string{"Australia", "New South Wales", "NSW", "Queensland", "Tasmania", "Victorian Government"}},
		{"NZD", []string{"New Zealand", "Aotearoa", "Māori"}},
	} {
		if t.containsAny(c.cues) {
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

// containsAny is containsAny(head(a+" "+b, n), words).
func (j joinedHead) containsAny(words []string) bool {
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
		return containsAny(a[:i], words)
	}
	b = b[:i-len(a)-1]
	if containsAny(a, words) || containsAny(b, words) {
		return true
	}
	// a word across the joining space starts in the last len(w)-1 bytes
	// of a and ends in the first len(w)-1 bytes of b
	w := 0
	for _, x := range words {
		w = max(w, len(x)-1)
	}
	return containsAny(a[max(0, len(a)-w):]+" "+b[:min(len(b), w)], words)
}
