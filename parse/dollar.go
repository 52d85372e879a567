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
	t := head(title+" "+text, 3000)
	us := containsAny(t, []string{"United States", "U.S.", "US Department", "America"})
	found := ""
	for _, c := range []struct {
		code string
		cues []string
	}{
		{"CAD", []string{"Canad", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland"}},
		{"AUD", []string{"Australia", "New South Wales", "NSW", "Queensland", "Tasmania", "Victorian Government"}},
		{"NZD", []string{"New Zealand", "Aotearoa", "Māori"}},
	} {
		if containsAny(t, c.cues) {
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
