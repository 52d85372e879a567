package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/fundwatch/fundwatch/alerts"
	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

func cmdReport(ctx context.Context, a *app, args []string) int {
	fs := a.newFlags("report", "[--config FILE] [--format table|json|csv] [--fund NAME] [--period YYYY/YY|all]", `
Print committed totals per fund and period against limits, from the store.
Committed is the reconciled total: a round's total and the awards listed in
it, an award told by several pages, a recap of an earlier round are each
counted once (the rule is in store/doc.go). The limit is the config's when
given, else the one extracted from announcements; limit and utilisation are
empty (null in JSON) when no limit is known. The period "all" is the
all-time row. These are the figures /metrics exports.
--format json prints {"funds": [{"fund", "period", "currency", "committed",
"limit", "utilisation", ...}]} with amounts in whole currency units.`)
	path := fs.String("config", "", "config file (default ./fundwatch.yaml when present)")
	format := fs.String("format", "table", "output format: table, json or csv")
	fund := fs.String("fund", "", "only this fund (name or configured alias)")
	period := fs.String("period", "", "only this period, e.g. 2016/17 or all")
	if code, ok := a.parseFlags(fs, args); !ok {
		return code
	}
	if *format != "table" && *format != "json" && *format != "csv" {
		fmt.Fprintf(a.stderr, "fundwatch report: invalid --format %q: use table, json or csv\n", *format)
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(a.stderr, "fundwatch report: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	cfg, ok := a.loadConfig(*path)
	if !ok {
		return exitUsage
	}
	st, ok := a.openStore(ctx, cfg)
	if !ok {
		return exitFailed
	}
	defer closeStore(st)
	if err := a.printReport(ctx, cfg, st, *format, *fund, *period); err != nil {
		fmt.Fprintf(a.stderr, "fundwatch report: %s\n", err)
		return exitFailed
	}
	return exitOK
}

// printReport writes the utilisation rows for fund (a name or alias; empty
// for all) and period (empty for all) in format.
func (a *app) printReport(ctx context.Context, cfg *config.Config, st *store.Store, format, fund, period string) error {
	svc, err := alerts.New(cfg, st, nil, a.log)
	if err != nil {
		return err
	}
	rows, err := svc.Utilisation(ctx)
	if err != nil {
		return err
	}
	if f := cfg.FundByName(fund); f != nil {
		fund = f.Name
	}
	kept := rows[:0]
	for _, r := range rows {
		if (fund == "" || r.Fund == fund) && (period == "" || r.Period == period) {
			kept = append(kept, r)
		}
	}
	return writeReport(a.stdout, format, kept)
}

func writeReport(w io.Writer, format string, rows []alerts.Usage) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Funds []alerts.Usage `json:"funds"`
		}{rows})
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"fund", "period", "currency", "committed", "limit", "utilisation", "awards", "limit_source"})
		for _, r := range rows {
			lim, util := "", ""
			if r.Limit != nil {
				lim = strconv.FormatFloat(*r.Limit, 'f', -1, 64)
			}
			if r.Utilisation != nil {
				util = strconv.FormatFloat(*r.Utilisation, 'f', 4, 64)
			}
			_ = cw.Write([]string{r.Fund, r.Period, r.Currency, strconv.FormatFloat(r.Committed, 'f', -1, 64), lim, util, strconv.Itoa(r.Awards), r.LimitSource})
		}
		cw.Flush()
		return cw.Error()
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "no funds yet: ingest some announcements first (fundwatch ingest PATH|URL)")
		return err
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "FUND\tPERIOD\tCOMMITTED\tLIMIT\tUTILISATION\tAWARDS\tLIMIT FROM\t\n")
	for _, r := range rows {
		c := int64(r.Committed)
		lim, util := "-", "-"
		if r.Limit != nil {
			l := int64(*r.Limit)
			lim = money(r.Currency, &l)
		}
		if r.Utilisation != nil {
			util = fmt.Sprintf("%.1f%%", *r.Utilisation*100)
		}
		src := r.LimitSource
		if src == "" {
			src = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t\n", r.Fund, r.Period, money(r.Currency, &c), lim, util, r.Awards, src)
	}
	return tw.Flush()
}
