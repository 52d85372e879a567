package main

import (
	"github.com/fundwatch/fundwatch/alerts"
	"github.com/fundwatch/fundwatch/ingest"
	"github.com/fundwatch/fundwatch/internal/config"
)

// checkKinds runs the kind-specific checks of the packages that own the
// source and notifier registries, so one call reports every problem.
func checkKinds(cfg *config.Config) error {
	var p config.Problems
	p = append(p, ingest.ValidateSources(cfg)...)
	p = append(p, alerts.ValidateNotifiers(cfg)...)
	if len(p) > 0 {
		return p
	}
	return nil
}
