package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/fundwatch/fundwatch/alerts"
	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

// settle is what every ingestion run ends with, scheduled or one-off:
// reconcile the stored extractions into canonical records (so totals count
// each pound once), then evaluate alerts against the new totals, which
// writes any notification to the outbox.
func settle(ctx context.Context, cfg *config.Config, st *store.Store, svc *alerts.Service, log *slog.Logger) error {
	sum, err := st.Reconcile(ctx, cfg.ParseFunds())
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	log.Debug("reconciled", "documents", sum.Documents, "funds", sum.Funds, "rounds", sum.Rounds, "awards", sum.Awards)
	if err := svc.Evaluate(ctx); err != nil {
		return fmt.Errorf("evaluate alerts: %w", err)
	}
	return nil
}

// afterIngest settles a one-off run and delivers its notifications before
// the command exits, waiting at most alerts.delivery_wait; what could not be
// delivered stays queued in the store for `fundwatch run`, and it says so.
func (a *app) afterIngest(ctx context.Context, cfg *config.Config, st *store.Store) error {
	svc, err := alerts.New(cfg, st, nil, a.log)
	if err != nil {
		return err
	}
	if err := settle(ctx, cfg, st, svc, a.log); err != nil {
		return err
	}
	delivered, pending, err := svc.Deliver(ctx, cfg.Alerts.DeliveryWait)
	switch {
	case delivered == 0 && pending == 0:
	case pending == 0:
		fmt.Fprintf(a.stdout, "notifications: %d delivered\n", delivered)
	default:
		fmt.Fprintf(a.stdout, "notifications: %d delivered, %d queued in the store; `fundwatch run` delivers them\n", delivered, pending)
	}
	if err != nil {
		a.log.Warn("notification delivery", "err", err)
	}
	return nil
}
