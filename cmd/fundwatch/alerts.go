package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/fundwatch/fundwatch/alerts"
)

func cmdAlerts(ctx context.Context, a *app, args []string) int {
	if len(args) == 0 || args[0] != "test" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprintf(a.stdout, "Usage: fundwatch alerts test [--config FILE] [--notifier NAME]\n\nSend a test notification through the configured notifiers.\n")
			return exitOK
		}
		fmt.Fprintf(a.stderr, "Usage: fundwatch alerts test [--config FILE] [--notifier NAME]\n")
		return exitUsage
	}
	fs := a.newFlags("alerts test", "[--config FILE] [--notifier NAME]", `
Send a test message directly (not through the outbox) to every configured
notifier, or to the one named, and say for each whether it was accepted.
Exit 0 when all were, 1 when any failed, 2 for a usage or config error.
Does not open the store, so it works while 'fundwatch run' is running.`)
	cfgPath := fs.String("config", "", "config file (default fundwatch.yaml when present)")
	name := fs.String("notifier", "", "send only to this notifier")
	if code, ok := a.parseFlags(fs, args[1:]); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(a.stderr, "fundwatch alerts test: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	cfg, ok := a.loadConfig(*cfgPath)
	if !ok {
		return exitUsage
	}
	if len(cfg.Alerts.Notifiers) == 0 {
		fmt.Fprintf(a.stderr, "fundwatch alerts test: no notifiers configured (alerts.notifiers)\n")
		return exitUsage
	}
	svc, err := alerts.New(cfg, nil, nil, a.log)
	if err != nil {
		fmt.Fprintf(a.stderr, "fundwatch alerts test: %s\n", err)
		return exitUsage
	}
	results, err := svc.Test(ctx, *name)
	if err != nil {
		fmt.Fprintf(a.stderr, "fundwatch alerts test: %s\n", err)
		if errors.Is(err, alerts.ErrUnknownNotifier) {
			return exitUsage
		}
		return exitFailed
	}
	code := exitOK
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(a.stdout, "%-20s FAILED: %s\n", r.Notifier, r.Err)
			code = exitFailed
		} else {
			fmt.Fprintf(a.stdout, "%-20s ok\n", r.Notifier)
		}
	}
	return code
}
