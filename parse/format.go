package parse

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the result for a person to check (`fundwatch parse
// --format text`): each fund, round, limit and award on one line, followed
// by the evidence it came from and its confidence.
func (r *Result) WriteText(w io.Writer) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s\n", r.Title)
	if r.URL != "" {
		fmt.Fprintf(&sb, "  url: %s\n", r.URL)
	}
	pub := r.Published
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(&sb, "  published: %s\n", pub)
	if len(r.Funds) > 0 {
		fmt.Fprintf(&sb, "  funds: %s\n", strings.Join(r.Funds, "; "))
	}
	evidence := func(e Evidence) {
		fmt.Fprintf(&sb, "      %s @%d, confidence %.2f: %q\n", e.Kind, e.Offset, e.Confidence, e.Text)
	}
	for _, rd := range r.Rounds {
		n := "unnumbered"
		if rd.Round != nil {
			n = fmt.Sprintf("%d", *rd.Round)
		}
		total := "total not stated"
		if rd.Total != nil {
			total = money2(rd.Currency, *rd.Total, rd.Qualifier)
		}
		projects := ""
		if rd.Projects != nil {
			projects = fmt.Sprintf(", %d projects", *rd.Projects)
		}
		recap := ""
		if rd.Recap {
			recap = " (recap)"
		}
		fmt.Fprintf(&sb, "  round %s of %s: %s%s%s\n", n, orNone(rd.Fund), total, projects, recap)
		evidence(rd.Evidence)
	}
	for _, l := range r.Limits {
		period := "no period"
		if l.Period != nil {
			period = *l.Period
		}
		fmt.Fprintf(&sb, "  limit (%s) of %s: %s, %s\n", l.Scope, orNone(l.Fund), money2(l.Currency, l.Amount, l.Qualifier), period)
		evidence(l.Evidence)
	}
	for _, l := range r.Caps {
		lo := ""
		if l.AmountMin != nil {
			lo = money2(l.Currency, *l.AmountMin, nil) + " to "
		}
		fmt.Fprintf(&sb, "  cap per bid of %s: %s%s\n", orNone(l.Fund), lo, money2(l.Currency, l.Amount, l.Qualifier))
		evidence(l.Evidence)
	}
	for _, a := range r.Awards {
		round := ""
		if a.Round != nil {
			round = fmt.Sprintf(", round %d", *a.Round)
		}
		fmt.Fprintf(&sb, "  award to %s: %s from %s%s\n", orNone(a.Recipient), money2(a.Currency, a.Amount, a.Qualifier), orNone(a.Fund), round)
		for _, t := range a.Tranches {
			p := t.Period
			if p == "" {
				p = "part (no financial year)"
			}
			fmt.Fprintf(&sb, "      %s: %s\n", p, money2(a.Currency, t.Amount, nil))
		}
		if a.Purpose != "" {
			fmt.Fprintf(&sb, "      for: %s\n", a.Purpose)
		}
		evidence(a.Evidence)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func orNone(s string) string {
	if s == "" {
		return "(none named)"
	}
	return s
}

// Money formats whole currency units for people: Money("GBP", 26000000)
// is "£26,000,000"; a currency without a sign is written before the
// figure ("CHF 1,000").
func Money(currency string, v int64) string {
	sym := map[string]string{"GBP": "£", "USD": "$", "EUR": "€"}[currency]
	if sym == "" {
		sym = currency + " "
	}
	return sym + groupDigits(v)
}

func money2(cur string, v int64, qual *string) string {
	s := Money(cur, v)
	if qual != nil && *qual != "" {
		s = *qual + " " + s
	}
	return s
}

// groupDigits writes 1250000 as 1,250,000.
func groupDigits(v int64) string {
	s := itoa64(v)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}
