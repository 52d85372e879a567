package alerts

import (
	"testing"

	"github.com/fundwatch/fundwatch/store"
)

func TestComputeUsage(t *testing.T) {
	cfg := parseConfig(t, `
funds:
  - name: Police Transformation Fund
    aliases: [PTF]
    limits:
      - {period: "2016/17", amount: 100000000}
`)
	totals := []store.PeriodTotal{
		{Fund: "PTF", Period: "2016/17", Currency: "GBP", CommittedMinor: 8_500_000_000, Awards: 3},
		{Fund: "PTF", Period: "all", Currency: "GBP", CommittedMinor: 9_000_000_000, Awards: 4},
		{Fund: "Other Fund", Period: "2017/18", Currency: "GBP", CommittedMinor: 500_00},
	}
	extracted := []store.ExtractedLimit{
		{Fund: "Police Transformation Fund", Period: "2016/17", Currency: "GBP", AmountMinor: 1, Title: "ignored: config wins"},
		{Fund: "Other Fund", Period: "2017/18", Currency: "GBP", AmountMinor: 1000_00, Title: "Budget", URL: "https://example.org/b", Evidence: "a £1,000 budget"},
		{Fund: "Police Transformation Fund", Period: "2017/18", Currency: "GBP", AmountMinor: 50_00},
	}
	got := computeUsage(cfg, totals, extracted)
	type row struct {
		fund, period string
		committed    float64
		limit        float64
		util         float64
		src          string
	}
	want := []row{
		{"Other Fund", "2017/18", 500, 1000, 0.5, LimitFromExtracted},
		{"Police Transformation Fund", "2016/17", 85_000_000, 100_000_000, 0.85, LimitFromConfig},
		{"Police Transformation Fund", "2017/18", 0, 50, 0, LimitFromExtracted},
		{"Police Transformation Fund", "all", 90_000_000, 0, 0, ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rows %+v; want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		var l, u float64
		if g.Limit != nil {
			l, u = *g.Limit, *g.Utilisation
		}
		if g.Fund != w.fund || g.Period != w.period || g.Committed != w.committed || l != w.limit || u != w.util || g.LimitSource != w.src {
			t.Errorf("row %d = %+v (limit %v, util %v); want %+v", i, g, l, u, w)
		}
	}
	if d := got[0].LimitDocument; d == nil || d.URL != "https://example.org/b" || d.Evidence == "" {
		t.Errorf("extracted limit document = %+v", d)
	}
	if got[3].Limit != nil || got[3].Utilisation != nil || got[3].Awards != 4 {
		t.Errorf("all-time row = %+v", got[3])
	}
}
