package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/fundwatch/fundwatch/internal/config"
)

func cmdConfig(_ context.Context, a *app, args []string) int {
	fs := a.newFlags("config", "check [--config FILE]", `
Validate a configuration file and print every problem found, with file and
line where known. Without --config, ./fundwatch.yaml is checked when present,
else the built-in defaults. FUNDWATCH_MONGODB_URI and FUNDWATCH_DATA_DIR
override the file. Exit 0 when valid, 2 when not.`)
	path := fs.String("config", "", "config file (default ./fundwatch.yaml when present)")
	if code, ok := a.parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 || fs.Arg(0) != "check" {
		fmt.Fprintf(a.stderr, "fundwatch config: expected the subcommand 'check'; see 'fundwatch config --help'\n")
		return exitUsage
	}
	cfg, err := loadAndCheck(*path)
	if err != nil {
		var probs config.Problems
		if errors.As(err, &probs) {
			for _, p := range probs {
				fmt.Fprintf(a.stderr, "%s\n", p)
			}
			fmt.Fprintf(a.stderr, "config invalid: %d problem(s)\n", len(probs))
		} else {
			fmt.Fprintf(a.stderr, "fundwatch config: %s\n", err)
		}
		return exitUsage
	}
	src := cfg.Path
	if src == "" {
		src = "built-in defaults"
	}
	store := "embedded (" + cfg.Store.DataDir + ")"
	if cfg.Store.URI != "" {
		store = "MongoDB " + cfg.Store.URI.String()
	}
	fmt.Fprintf(a.stdout, "config ok: %s: %d source(s), %d fund(s), %d notifier(s), store %s\n",
		src, len(cfg.Sources), len(cfg.Funds), len(cfg.Alerts.Notifiers), store)
	return exitOK
}
