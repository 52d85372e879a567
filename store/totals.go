package store

import (
	"context"
	"fmt"
	"sort"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// PeriodTotal is what a fund has committed in one period and currency.
// Period PeriodAll is the all-time row.
type PeriodTotal struct {
	Fund           string `json:"fund"`
	Period         string `json:"period"`
	Currency       string `json:"currency"`
	CommittedMinor int64  `json:"committed_minor"`
	// Awards counts the distinct awards with money in this period
	// (including those covered by a round total).
	Awards int `json:"awards"`
}

// FundTotals sums the commitments of reconciled rounds and awards per fund,
// period and currency, with an all-time row per fund and currency. Only
// records marked counted contribute, so a round total and the awards it
// covers are never both added.
func (s *Store) FundTotals(ctx context.Context) ([]PeriodTotal, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	pipeline := bson.A{
		bson.D{{Key: "$match", Value: bson.D{{Key: "counted", Value: true}}}},
		bson.D{{Key: "$unwind", Value: "$commitments"}},
		bson.D{{Key: "$group", Value: bson.D{
			{Key: "_id", Value: bson.D{
				{Key: "fund", Value: "$commitments.fund"},
				{Key: "period", Value: "$commitments.period"},
				{Key: "currency", Value: "$commitments.currency"},
			}},
			{Key: "amount", Value: bson.D{{Key: "$sum", Value: "$commitments.amount_minor"}}},
		}}},
	}
	type row struct {
		ID struct {
			Fund, Period, Currency string
		} `bson:"_id"`
		Amount int64 `bson:"amount"`
	}
	sums := map[[3]string]int64{}
	for _, col := range []string{ColRounds, ColAwards} {
		cur, err := s.col(col).Aggregate(ctx, pipeline)
		if err != nil {
			return nil, fmt.Errorf("store: totals from %s: %w", col, err)
		}
		var rows []row
		if err := cur.All(ctx, &rows); err != nil {
			return nil, fmt.Errorf("store: totals from %s: %w", col, err)
		}
		for _, r := range rows {
			sums[[3]string{r.ID.Fund, r.ID.Period, r.ID.Currency}] += r.Amount
			sums[[3]string{r.ID.Fund, PeriodAll, r.ID.Currency}] += r.Amount
		}
	}
	// Award counts per fund and period.
	awards, err := s.Awards(ctx, "")
	if err != nil {
		return nil, err
	}
	counts := map[[3]string]int{}
	for _, a := range awards {
		seen := map[string]bool{}
		periods := []string{a.Period}
		for _, t := range a.Tranches {
			periods = append(periods, t.Period)
		}
		for _, p := range append(periods, PeriodAll) {
			if !seen[p] {
				seen[p] = true
				counts[[3]string{a.Fund, p, a.Currency}]++
			}
		}
	}
	out := make([]PeriodTotal, 0, len(sums))
	for k, v := range sums {
		out = append(out, PeriodTotal{Fund: k[0], Period: k[1], Currency: k[2], CommittedMinor: v, Awards: counts[k]})
	}
	sortTotals(out)
	return out, nil
}

func sortTotals(out []PeriodTotal) {
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Fund != b.Fund {
			return a.Fund < b.Fund
		}
		if (a.Period == PeriodAll) != (b.Period == PeriodAll) {
			return b.Period == PeriodAll
		}
		if a.Period != b.Period {
			return a.Period < b.Period
		}
		return a.Currency < b.Currency
	})
}

// ExtractedLimit is a fund budget reconciled from announcements, with the
// first document that stated it.
type ExtractedLimit struct {
	Fund, Period, Currency string
	AmountMinor            int64
	DocumentID, URL        string
	Title, Published       string
	Evidence               string
}

// ExtractedLimits returns the fund-scope limits found in announcements.
func (s *Store) ExtractedLimits(ctx context.Context) ([]ExtractedLimit, error) {
	funds, err := s.Funds(ctx)
	if err != nil {
		return nil, err
	}
	var out []ExtractedLimit
	for _, f := range funds {
		for _, l := range f.Limits {
			el := ExtractedLimit{Fund: f.Name, Period: l.Period, Currency: l.Currency, AmountMinor: l.AmountMinor}
			if len(l.Documents) > 0 {
				d := l.Documents[0]
				el.DocumentID, el.URL, el.Title, el.Published, el.Evidence = d.DocumentID, d.URL, d.Title, d.Published, d.Evidence
			}
			out = append(out, el)
		}
	}
	return out, nil
}

// Contribution is an announcement behind a fund's total.
type Contribution struct {
	DocumentID, URL  string
	Title, Published string
	Evidence         string
	AmountMinor      int64
	Kind             string // "round" or "award"
}

// Contributions lists the announcements whose counted money makes up a
// fund's total for a period (PeriodAll for every period), newest first.
func (s *Store) Contributions(ctx context.Context, fund, period string) ([]Contribution, error) {
	rounds, err := s.Rounds(ctx, fund)
	if err != nil {
		return nil, err
	}
	awards, err := s.Awards(ctx, fund)
	if err != nil {
		return nil, err
	}
	var out []Contribution
	add := func(kind string, counted bool, cs []Commitment, docs []Support) {
		if !counted {
			return
		}
		var amt int64
		for _, c := range cs {
			if period == PeriodAll || c.Period == period {
				amt += c.AmountMinor
			}
		}
		if amt == 0 {
			return
		}
		for _, d := range docs {
			if d.Recap && len(docs) > 1 {
				continue
			}
			out = append(out, Contribution{DocumentID: d.DocumentID, URL: d.URL, Title: d.Title, Published: d.Published, Evidence: d.Evidence, AmountMinor: amt, Kind: kind})
		}
	}
	for _, r := range rounds {
		add("round", r.Counted, r.Commitments, r.Documents)
	}
	for _, a := range awards {
		add("award", a.Counted, a.Commitments, a.Documents)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published > out[j].Published })
	return out, nil
}

// Rounds lists reconciled rounds (of one fund, or all when fund is "").
func (s *Store) Rounds(ctx context.Context, fund string) ([]RoundRecord, error) {
	return findAll[RoundRecord](ctx, s, ColRounds, fund)
}

// Awards lists reconciled awards (of one fund, or all when fund is "").
func (s *Store) Awards(ctx context.Context, fund string) ([]AwardRecord, error) {
	return findAll[AwardRecord](ctx, s, ColAwards, fund)
}

// Funds lists reconciled funds.
func (s *Store) Funds(ctx context.Context) ([]FundRecord, error) {
	return findAll[FundRecord](ctx, s, ColFunds, "")
}

func findAll[T any](ctx context.Context, s *Store, col, fund string) ([]T, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	f := bson.D{}
	if fund != "" {
		key := "fund"
		if col == ColFunds {
			key = "name"
		}
		f = bson.D{{Key: key, Value: fund}}
	}
	cur, err := s.col(col).Find(ctx, f, options.Find().SetSort(bson.D{{Key: "_id", Value: 1}}))
	if err != nil {
		return nil, fmt.Errorf("store: read %s: %w", col, err)
	}
	out := []T{}
	if err := cur.All(ctx, &out); err != nil {
		return nil, fmt.Errorf("store: read %s: %w", col, err)
	}
	return out, nil
}
