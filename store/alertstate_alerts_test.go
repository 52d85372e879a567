package store_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

func TestAlertStateCompareAndSet(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	a := &store.AlertState{Fund: "Police Transformation Fund", Period: "2016/17", Severity: "warning", StartsAt: at,
		Pending: []store.AlertEvent{{ID: "e1", Seq: 1, Event: "firing", Severity: "warning", At: at, Notify: true}}}
	a.History = a.Pending
	if err := s.PutAlertState(ctx, a); err != nil || a.Version != 1 {
		t.Fatalf("insert = %v, version %d", err, a.Version)
	}
	// A second replica that also saw no alert loses.
	b := &store.AlertState{Fund: a.Fund, Period: a.Period, Severity: "warning"}
	if err := s.PutAlertState(ctx, b); !errors.Is(err, store.ErrVersionConflict) {
		t.Fatalf("second insert = %v; want ErrVersionConflict", err)
	}
	// Two writers from version 1: the first wins, the second conflicts.
	c1, err := s.AlertState(ctx, a.Fund, a.Period)
	if err != nil {
		t.Fatal(err)
	}
	c2 := *c1
	c1.Severity = "critical"
	if err := s.PutAlertState(ctx, c1); err != nil || c1.Version != 2 {
		t.Fatalf("update = %v, version %d", err, c1.Version)
	}
	c2.Severity = "exceeded"
	if err := s.PutAlertState(ctx, &c2); !errors.Is(err, store.ErrVersionConflict) || c2.Version != 1 {
		t.Fatalf("stale update = %v (version %d); want ErrVersionConflict and version kept", err, c2.Version)
	}
	// Concurrent writers from the same version: exactly one wins.
	var (
		wg   sync.WaitGroup
		wins atomic.Int32
	)
	for i := range 8 {
		wg.Go(func() {
			c := *c1
			c.Utilisation = float64(i)
			switch err := s.PutAlertState(ctx, &c); {
			case err == nil:
				wins.Add(1)
			case !errors.Is(err, store.ErrVersionConflict):
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d concurrent writers won; want 1", wins.Load())
	}
	all, err := s.AlertStates(ctx)
	if err != nil || len(all) != 1 || all[0].Severity != "critical" || len(all[0].History) != 1 || !all[0].StartsAt.Equal(at) {
		t.Fatalf("states = %+v, %v", all, err)
	}
	if _, err := s.AlertState(ctx, "nope", "2016/17"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing alert = %v; want ErrNotFound", err)
	}
}
