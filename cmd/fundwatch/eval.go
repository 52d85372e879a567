package main

import (
	"context"
	"fmt"

	"github.com/fundwatch/fundwatch/parse"
)

func cmdEval(_ context.Context, a *app, args []string) int {
	fs := a.newFlags("eval", "[--config FILE] [--min-award-f1 X] [--min-round-f1 Y] [--min-limit-f1 Z] DIR", `
Measure extraction quality: run the extractor on every page in DIR that has
an answer key <id>.gold.json (page <id>.html, .htm, .txt or .json, or a feed
<id>.xml, .rss or .atom; format in the shared corpus README) and print each
document's misses and extras, then precision, recall and F1 for awards
(amount equal and recipient matching), rounds and limits. Fund names and aliases from the config are used.
Exit 0 when every F1 meets its minimum, 1 when one falls short, 2 for
usage errors or a folder without answer keys.`)
	path := fs.String("config", "", "config file (default ./fundwatch.yaml when present)")
	var min parse.Minimums
	fs.Float64Var(&min.Award, "min-award-f1", 0, "minimum award F1 (0 to 1)")
	fs.Float64Var(&min.Round, "min-round-f1", 0, "minimum round F1 (0 to 1)")
	fs.Float64Var(&min.Limit, "min-limit-f1", 0, "minimum limit F1 (0 to 1)")
	if code, ok := a.parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(a.stderr, "fundwatch eval: give exactly one folder; see 'fundwatch eval --help'\n")
		return exitUsage
	}
	for _, v := range []float64{min.Award, min.Round, min.Limit} {
		if v < 0 || v > 1 {
			fmt.Fprintf(a.stderr, "fundwatch eval: F1 minimums must be between 0 and 1\n")
			return exitUsage
		}
	}
	cfg, ok := a.loadConfig(*path)
	if !ok {
		return exitUsage
	}
	rep, err := parse.Evaluate(fs.Arg(0), cfg.ParseOptions(nil))
	if err != nil {
		fmt.Fprintf(a.stderr, "fundwatch eval: %s\n", err)
		return exitUsage
	}
	if _, err := rep.WriteTo(a.stdout); err != nil {
		return exitFailed
	}
	if err := rep.Check(min); err != nil {
		fmt.Fprintf(a.stderr, "fundwatch eval: %s\n", err)
		return exitFailed
	}
	return exitOK
}
