package alerts

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

// Limit sources.
const (
	LimitFromConfig    = "config"
	LimitFromExtracted = "extracted"
)

// Usage is a fund's commitments against its limit in one period and
// currency: the row `fundwatch report` prints and the gauges export.
type Usage struct {
	Fund     string `json:"fund"`
	Period   string `json:"period"` // "2016/17", or store.PeriodAll
	Currency string `json:"currency"`
	// Committed is in currency units; CommittedMinor in pence/cents.
	Committed      float64 `json:"committed"`
	CommittedMinor int64   `json:"committed_minor"`
	Awards         int     `json:"awards"`
	// Limit is nil when no limit is known for this fund, period and currency.
	Limit      *float64 `json:"limit"`
	LimitMinor *int64   `json:"limit_minor"`
	// Utilisation is Committed / Limit, nil without a limit.
	Utilisation *float64 `json:"utilisation"`
	// LimitSource is "config" or "extracted" ("" without a limit);
	// LimitDocument is the announcement an extracted limit came from.
	LimitSource   string        `json:"limit_source,omitempty"`
	LimitDocument *Announcement `json:"limit_document,omitempty"`
}

type usageKey struct{ fund, period, currency string }

// computeUsage joins totals with limits. A configured limit wins over an
// extracted one for the same fund, period and currency; a limit with no
// commitments yet gets a row with zero committed. Fund names are the
// configured names when the fund is configured (by name or alias).
func computeUsage(cfg *config.Config, totals []store.PeriodTotal, extracted []store.ExtractedLimit) []Usage {
	canon := func(name string) string {
		if f := cfg.FundByName(name); f != nil {
			return f.Name
		}
		return name
	}
	rows := map[usageKey]*Usage{}
	row := func(k usageKey) *Usage {
		if r, ok := rows[k]; ok {
			return r
		}
		r := &Usage{Fund: k.fund, Period: k.period, Currency: k.currency}
		rows[k] = r
		return r
	}
	for _, t := range totals {
		r := row(usageKey{canon(t.Fund), t.Period, t.Currency})
		r.CommittedMinor += t.CommittedMinor
		r.Awards += t.Awards
	}
	setLimit := func(r *Usage, minor int64, src string, doc *Announcement) {
		r.LimitMinor = &minor
		r.LimitSource = src
		r.LimitDocument = doc
	}
	for _, e := range extracted {
		p := e.Period
		if p == "" {
			p = store.PeriodAll
		}
		if e.AmountMinor <= 0 {
			continue
		}
		r := row(usageKey{canon(e.Fund), p, e.Currency})
		if r.LimitMinor != nil {
			continue // the first reconciled limit stands
		}
		setLimit(r, e.AmountMinor, LimitFromExtracted, &Announcement{
			Title: e.Title, Published: e.Published, URL: e.URL, Evidence: e.Evidence,
			Amount: units(e.AmountMinor), Kind: "limit",
		})
	}
	for _, f := range cfg.Funds {
		for _, l := range f.Limits {
			cur := l.Currency
			if cur == "" {
				cur = "GBP"
			}
			setLimit(row(usageKey{f.Name, l.Period, cur}), l.Amount*100, LimitFromConfig, nil)
		}
	}
	out := make([]Usage, 0, len(rows))
	for _, r := range rows {
		r.Committed = units(r.CommittedMinor)
		if r.LimitMinor != nil {
			l := units(*r.LimitMinor)
			u := float64(r.CommittedMinor) / float64(*r.LimitMinor)
			r.Limit, r.Utilisation = &l, &u
		}
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Fund != b.Fund {
			return strings.ToLower(a.Fund) < strings.ToLower(b.Fund)
		}
		if (a.Period == store.PeriodAll) != (b.Period == store.PeriodAll) {
			return b.Period == store.PeriodAll
		}
		if a.Period != b.Period {
			return a.Period < b.Period
		}
		return a.Currency < b.Currency
	})
	return out
}

func units(minor int64) float64 { return float64(minor) / 100 }

// Utilisation computes every fund's usage from the store and the config.
func (s *Service) Utilisation(ctx context.Context) ([]Usage, error) {
	totals, err := s.st.FundTotals(ctx)
	if err != nil {
		return nil, fmt.Errorf("utilisation: %w", err)
	}
	limits, err := s.st.ExtractedLimits(ctx)
	if err != nil {
		return nil, fmt.Errorf("utilisation: %w", err)
	}
	return computeUsage(s.cfg, totals, limits), nil
}
