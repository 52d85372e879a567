package store_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/parse"
	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

// gold is an answer key: the ideal extraction of a page.
type gold struct {
	URL       string        `json:"url"`
	Published *string       `json:"published"`
	Rounds    []parse.Round `json:"rounds"`
	Limits    []parse.Limit `json:"limits"`
	Awards    []parse.Award `json:"awards"`
}

// loadGolds reads answer keys as extraction results.
func loadGolds(t *testing.T, pattern string) map[string]*parse.Result {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	out := map[string]*parse.Result{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		r := &parse.Result{URL: g.URL, Rounds: g.Rounds, Limits: g.Limits, Awards: g.Awards, Text: string(b)}
		if g.Published != nil {
			r.Published = *g.Published
		}
		for i := range r.Limits {
			r.Limits[i].Scope = "fund"
		}
		out[filepath.Base(f)] = r
	}
	return out
}

func saveResult(t *testing.T, s *store.Store, r *parse.Result) {
	t.Helper()
	ctx := context.Background()
	d := &store.Document{URL: r.URL, ContentHash: store.ContentHash(r.Text), Title: r.Title, Published: r.Published, Text: r.Text, FetchedAt: time.Now()}
	if _, err := s.SaveDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveExtraction(ctx, d, r); err != nil {
		t.Fatal(err)
	}
}

func totalsByKey(t *testing.T, s *store.Store) map[string]int64 {
	t.Helper()
	tot, err := s.FundTotals(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]int64{}
	for _, r := range tot {
		m[r.Fund+"|"+r.Period+"|"+r.Currency] = r.CommittedMinor
	}
	return m
}

var ptfFunds = []parse.Fund{{Name: "Police Transformation Fund", Aliases: []string{"PTF"}}}

// The committed total of a fund for a period is the sum of its distinct
// rounds, not of every mention: round 1 (£23m) and round 2 (£26m) are
// reported by many pages, each recapping the other.
func TestReconcileCountsDistinctRoundsOnce(t *testing.T) {
	golds := loadGolds(t, "../testdata/announcements/ptf-*.gold.json")
	if len(golds) < 6 {
		t.Fatalf("found %d answer keys in testdata; want the ptf-* pages", len(golds))
	}
	if seed := loadGolds(t, "../../shared/corpus/ptf-2016-r2-seed.gold.json"); len(seed) == 1 {
		for k, v := range seed {
			golds[k] = v
		}
	} else {
		t.Log("../shared/corpus absent: reconciling the repo's own pages only")
	}
	s := storetest.Open(t)
	ctx := context.Background()
	for _, r := range golds {
		saveResult(t, s, r)
	}
	sum, err := s.Reconcile(ctx, ptfFunds)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != len(golds) {
		t.Errorf("reconciled %d documents, want %d", sum.Documents, len(golds))
	}
	m := totalsByKey(t, s)
	if got, want := m["Police Transformation Fund|2016/17|GBP"], int64(49_000_000_00); got != want {
		t.Errorf("2016/17 committed = %d pence, want %d (round 1 £23m + round 2 £26m, each once)", got, want)
	}
	rounds, err := s.Rounds(ctx, "Police Transformation Fund")
	if err != nil {
		t.Fatal(err)
	}
	numbered := map[int]store.RoundRecord{}
	for _, r := range rounds {
		if r.Round != nil {
			numbered[*r.Round] = r
		}
	}
	if r1 := numbered[1]; r1.TotalMinor == nil || *r1.TotalMinor != 23_000_000_00 || len(r1.Documents) < 4 {
		t.Errorf("round 1 = %+v; want £23m supported by the recaps and the unnumbered mention too", r1)
	}
	if r2 := numbered[2]; r2.TotalMinor == nil || *r2.TotalMinor != 26_000_000_00 || r2.Period != "2016/17" {
		t.Errorf("round 2 = %+v; want £26m in 2016/17", r2)
	}
	// Re-running changes nothing: idempotent.
	if _, err := s.Reconcile(ctx, ptfFunds); err != nil {
		t.Fatal(err)
	}
	if again := totalsByKey(t, s); again["Police Transformation Fund|2016/17|GBP"] != m["Police Transformation Fund|2016/17|GBP"] || len(again) != len(m) {
		t.Errorf("second reconcile changed totals: %v vs %v", again, m)
	}
	lim, err := s.ExtractedLimits(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range lim {
		if l.Fund == "Police Transformation Fund" && l.Period == "2016/17" && l.AmountMinor == 76_400_000_00 && l.URL != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("extracted limits %+v lack PTF 2016/17 £76.4m with its source", lim)
	}
	cs, err := s.Contributions(ctx, "Police Transformation Fund", "2016/17")
	if err != nil || len(cs) == 0 {
		t.Fatalf("contributions = %v, %v", cs, err)
	}
}

// Awards with no round total count by tranche year; the same award told by
// two pages counts once; an amount without a year goes to the year of the
// announcement; an unconfigured fund is title-cased into one fund.
func TestReconcileAwardsTranchesAndDuplicates(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	more := "more than"
	a1 := parse.Award{Fund: "Community Energy Fund", Recipient: "Leeds City Council", Amount: 1_200_000, Currency: "GBP",
		Tranches: []parse.Tranche{{Period: "2020/21", Amount: 500_000}, {Period: "2021/22", Amount: 700_000}}}
	a2 := parse.Award{Fund: "community energy fund", Recipient: "Bristol City Council", Amount: 300_000, Currency: "GBP"}
	// The same Leeds award, hedged, in trade press a week later.
	a3 := parse.Award{Fund: "the Community Energy Fund", Recipient: "Leeds council", Amount: 1_210_000, Currency: "GBP", Qualifier: &more}
	saveResult(t, s, &parse.Result{URL: "https://gov.example/press", Published: "2020-06-01", Awards: []parse.Award{a1, a2}, Text: "press"})
	saveResult(t, s, &parse.Result{URL: "https://news.example/story", Published: "2020-06-08", Awards: []parse.Award{a3}, Text: "story"})
	if _, err := s.Reconcile(ctx, nil); err != nil {
		t.Fatal(err)
	}
	m := totalsByKey(t, s)
	want := map[string]int64{
		"Community Energy Fund|2020/21|GBP": 800_000_00,
		"Community Energy Fund|2021/22|GBP": 700_000_00,
		"Community Energy Fund|all|GBP":     1_500_000_00,
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %d, want %d (all: %v)", k, m[k], v, m)
		}
	}
	awards, err := s.Awards(ctx, "Community Energy Fund")
	if err != nil {
		t.Fatal(err)
	}
	if len(awards) != 2 {
		t.Fatalf("got %d awards, want 2 (Leeds told twice is one award)", len(awards))
	}
	for _, a := range awards {
		if strings.Contains(a.Recipient, "Leeds") && (len(a.Documents) != 2 || a.AmountMinor != 1_200_000_00) {
			t.Errorf("Leeds award = %+v; want both documents and the unhedged £1.2m", a)
		}
	}
	// A page that changes replaces its old version: only the latest counts.
	saveResult(t, s, &parse.Result{URL: "https://gov.example/press", Published: "2020-06-01", Awards: []parse.Award{a2}, Text: "press v2"})
	if _, err := s.Reconcile(ctx, nil); err != nil {
		t.Fatal(err)
	}
	m = totalsByKey(t, s)
	if m["Community Energy Fund|all|GBP"] != 1_510_000_00 {
		t.Errorf("after the press release dropped Leeds, all-time = %d; want the trade-press £1.21m + £0.3m", m["Community Energy Fund|all|GBP"])
	}
}

// Equal awards to one body on one page are separate awards ("three
// projects at the university will each receive $450,000"); a second page
// that repeats one of them adds nothing.
func TestReconcileEqualAwardsOnOnePage(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	a := parse.Award{Fund: "Coastal Industries Scheme", Recipient: "University of Kestrel Bay", Amount: 450_000, Currency: "AUD"}
	saveResult(t, s, &parse.Result{URL: "https://uni.example/news", Published: "2019-05-01", Awards: []parse.Award{a, a, a}, Text: "uni"})
	saveResult(t, s, &parse.Result{URL: "https://paper.example/story", Published: "2019-05-02", Awards: []parse.Award{a}, Text: "paper"})
	if _, err := s.Reconcile(ctx, nil); err != nil {
		t.Fatal(err)
	}
	awards, err := s.Awards(ctx, "Coastal Industries Scheme")
	if err != nil {
		t.Fatal(err)
	}
	if len(awards) != 3 {
		t.Fatalf("got %d awards, want 3", len(awards))
	}
	docs := 0
	for _, aw := range awards {
		docs += len(aw.Documents)
	}
	if docs != 4 {
		t.Errorf("mentions across the awards = %d, want 4 (the paper's repeat joins one)", docs)
	}
	if m := totalsByKey(t, s); m["Coastal Industries Scheme|all|AUD"] != 1_350_000_00 {
		t.Errorf("all-time total = %d, want 3 × $450,000 (all: %v)", m["Coastal Industries Scheme|all|AUD"], m)
	}
}

// Only a fund's budget is a limit totals are watched against: what
// "remains available" (scope "remaining") and a per-bid cap are not.
func TestReconcileLimitsAreBudgetsOnly(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	p := "2026/27"
	saveResult(t, s, &parse.Result{URL: "https://council.example/round3", Published: "2026-10-01", Text: "round 3", Limits: []parse.Limit{
		{Fund: "Rural Community Fund", Amount: 75_000, Currency: "GBP", Period: &p, Scope: "remaining"},
		{Fund: "Rural Community Fund", Amount: 10_000, Currency: "GBP", Scope: "per_bid"},
		{Fund: "Rural Community Fund", Amount: 150_000, Currency: "GBP", Period: &p, Scope: "fund"},
	}})
	if _, err := s.Reconcile(ctx, nil); err != nil {
		t.Fatal(err)
	}
	lim, err := s.ExtractedLimits(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(lim) != 1 || lim[0].AmountMinor != 150_000_00 {
		t.Errorf("limits %+v; want only the £150,000 budget", lim)
	}
}
