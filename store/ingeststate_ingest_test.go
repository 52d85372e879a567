package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

func TestRunsFetchStateSourceState(t *testing.T) {
	st := storetest.Open(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	t0 := time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC)

	// Run records: upsert by deterministic id, newest first.
	r1 := &store.Run{Source: "a", Trigger: store.TriggerSchedule, StartedAt: t0, Outcome: store.RunRunning}
	if err := st.SaveRun(ctx, r1); err != nil {
		t.Fatal(err)
	}
	r1.Outcome, r1.EndedAt, r1.PagesSeen = store.RunPartial, t0.Add(time.Minute), 3
	r1.Errors = []store.RunError{{URL: "https://x/1", Reason: "timeout", Message: "https://x/1: timeout"}}
	if err := st.SaveRun(ctx, r1); err != nil {
		t.Fatal(err)
	}
	r2 := &store.Run{Source: "a", Trigger: store.TriggerManual, StartedAt: t0.Add(time.Hour), Outcome: store.RunOK}
	if err := st.SaveRun(ctx, r2); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveRun(ctx, &store.Run{Source: "b", StartedAt: t0, Outcome: store.RunOK}); err != nil {
		t.Fatal(err)
	}
	runs, err := st.Runs(ctx, "a", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 || runs[0].Trigger != store.TriggerManual || runs[1].Outcome != store.RunPartial ||
		len(runs[1].Errors) != 1 || runs[1].Errors[0].Reason != "timeout" || runs[1].PagesSeen != 3 {
		t.Fatalf("runs of a: %+v", runs)
	}
	if all, _ := st.Runs(ctx, "", 10); len(all) != 3 {
		t.Fatalf("all runs: %d", len(all))
	}
	if store.RunID("a", t0) != r1.ID || store.RunID("a", t0) == store.RunID("b", t0) {
		t.Fatal("run ids are not deterministic per source and start")
	}
	if err := st.SaveRun(ctx, &store.Run{}); err == nil {
		t.Fatal("a run without source was saved")
	}

	// Fetch state: one per URL, concurrent upserts do not fail.
	u := "https://example.org/news/" + string(make([]byte, 0)) + "long?q=1"
	if _, err := st.FetchState(ctx, u); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing state: %v", err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			errs <- st.SaveFetchState(ctx, &store.FetchState{URL: u, ETag: `"v1"`, ContentHash: "h", Status: 200 + i%2, CheckedAt: t0})
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent save: %v", err)
		}
	}
	fs, err := st.FetchState(ctx, u)
	if err != nil || fs.ETag != `"v1"` || fs.ContentHash != "h" || !fs.CheckedAt.Equal(t0) {
		t.Fatalf("state %+v, %v", fs, err)
	}
	if n, _ := st.Database().Collection(store.ColFetchState).CountDocuments(ctx, map[string]any{}); n != 1 {
		t.Fatalf("%d fetch states for one URL", n)
	}
	if err := st.SaveFetchState(ctx, &store.FetchState{URL: "https://example.org/other", BodyHash: "b", CheckedAt: t0}); err != nil {
		t.Fatal(err)
	}
	all, err := st.FetchStates(ctx)
	if err != nil || len(all) != 2 || all[u].ETag != `"v1"` || all["https://example.org/other"].BodyHash != "b" {
		t.Fatalf("all fetch states: %v, %v", all, err)
	}

	// Source state.
	if _, err := st.SourceState(ctx, "a"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing source state: %v", err)
	}
	ss := &store.SourceState{Source: "a", LastRunAt: t0, LastSlot: t0, LastOutcome: store.RunOK, LastSuccessAt: t0.Add(time.Minute)}
	if err := st.SaveSourceState(ctx, ss); err != nil {
		t.Fatal(err)
	}
	ss.LastRunAt = t0.Add(time.Hour)
	if err := st.SaveSourceState(ctx, ss); err != nil {
		t.Fatal(err)
	}
	got, err := st.SourceState(ctx, "a")
	if err != nil || !got.LastRunAt.Equal(t0.Add(time.Hour)) || !got.LastSlot.Equal(t0) || got.LastOutcome != store.RunOK {
		t.Fatalf("source state %+v, %v", got, err)
	}
}
