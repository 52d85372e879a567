package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

func mustSchedule(t *testing.T, spec string) interface{ Next(time.Time) time.Time } {
	t.Helper()
	s, err := config.CronParser.Parse(spec)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestScheduleTimeZonesAndDST(t *testing.T) {
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v.UTC()
	}
	cases := []struct {
		name, spec, from string
		want             []string // successive Next values, UTC
	}{
		// Without CRON_TZ a schedule is UTC: no DST at all.
		{"utc", "30 1 * * *", "2026-03-28T12:00:00Z", []string{"2026-03-29T01:30:00Z", "2026-03-30T01:30:00Z"}},
		// Europe/London springs forward at 01:00 GMT on 29 March 2026:
		// 01:30 local does not exist that day, so that slot is skipped.
		{"london spring forward", "CRON_TZ=Europe/London 30 1 * * *", "2026-03-28T12:00:00Z",
			[]string{"2026-03-30T00:30:00Z", "2026-03-31T00:30:00Z"}},
		// It falls back at 02:00 BST on 25 October 2026: 01:30 local happens
		// twice (00:30 and 01:30 UTC), and cron runs it twice.
		{"london fall back", "CRON_TZ=Europe/London 30 1 * * *", "2026-10-24T12:00:00Z",
			[]string{"2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-26T01:30:00Z"}},
		// A slot away from the changed hour just moves with local time.
		{"london 9am", "CRON_TZ=Europe/London 0 9 * * *", "2026-03-28T12:00:00Z",
			[]string{"2026-03-29T08:00:00Z"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := mustSchedule(t, c.spec)
			at := utc(c.from)
			var got []string
			for range c.want {
				at = s.Next(at)
				got = append(got, at.UTC().Format(time.RFC3339))
			}
			if !slices.Equal(got, c.want) {
				t.Fatalf("Next: %v, want %v", got, c.want)
			}
		})
	}
}

func TestSixFieldScheduleFailsAtLoad(t *testing.T) {
	_, err := config.ParseBytes("s.yaml", []byte("sources:\n  - {name: a, kind: page, url: \"https://x/\", schedule: \"0 0 * * * *\"}\n"))
	if err == nil || !strings.Contains(err.Error(), "invalid schedule") {
		t.Fatalf("6-field spec: %v", err)
	}
}

func TestMissedSlots(t *testing.T) {
	now := time.Date(2026, 11, 25, 21, 30, 0, 0, time.UTC)
	sch, _ := config.CronParser.Parse("0 * * * *")
	for _, c := range []struct {
		last time.Time
		n    int
		at   time.Time
	}{
		{now.Add(-10 * time.Minute), 0, time.Time{}},
		{now.Add(-31 * time.Minute), 1, time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)},
		{now.Add(-3*time.Hour - time.Minute), 3, time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)},
		{time.Time{}, 0, time.Time{}},
	} {
		n, at := MissedSlots(sch, c.last, now)
		if n != c.n || !at.Equal(c.at) {
			t.Errorf("last %v: %d slots, latest %v; want %d, %v", c.last, n, at, c.n, c.at)
		}
	}
}

// runs collects the hook's calls.
type runs struct {
	mu  sync.Mutex
	got []*store.Run
	ch  chan *store.Run
}

func newRuns() *runs { return &runs{ch: make(chan *store.Run, 100)} }

func (r *runs) hook(_ context.Context, run *store.Run) {
	r.mu.Lock()
	r.got = append(r.got, run)
	r.mu.Unlock()
	r.ch <- run
}

func (r *runs) wait(t *testing.T, n int, d time.Duration) []*store.Run {
	t.Helper()
	var out []*store.Run
	timeout := time.After(d)
	for len(out) < n {
		select {
		case run := <-r.ch:
			out = append(out, run)
		case <-timeout:
			t.Fatalf("got %d runs within %v, want %d", len(out), d, n)
		}
	}
	return out
}

func TestSchedulerCatchUpAndRunOnStart(t *testing.T) {
	srv := badServer(t)
	page := `"` + srv.URL + `/good/award-1.html"`
	cfg := testConfig(t, sourcesYAML(
		`{name: hourly, kind: page, url: `+page+`, schedule: "0 * * * *"}`,
		`{name: fresh, kind: page, url: `+page+`, schedule: "0 0 1 1 *"}`,
		`{name: never-ran, kind: page, url: `+page+`, schedule: "0 0 1 1 *"}`,
		`{name: eager, kind: page, url: `+page+`, schedule: "0 0 1 1 *", run_on_start: true}`,
		`{name: manual-only, kind: page, url: `+page+`}`,
	))
	st := storetest.Open(t)
	ctx := ctxT(t, time.Minute)
	now := time.Date(2026, 11, 25, 21, 30, 0, 0, time.UTC)
	st.SaveSourceState(ctx, &store.SourceState{Source: "hourly", LastRunAt: now.Add(-3*time.Hour - time.Minute)})
	st.SaveSourceState(ctx, &store.SourceState{Source: "fresh", LastRunAt: now.Add(-time.Hour)})
	reg := prometheus.NewRegistry()
	got := newRuns()
	s, err := NewScheduler(cfg, st, NewMetrics(reg), nil, got.hook)
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return now }
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	// Wait for the two start-up runs; a real hourly tick that happens to
	// fall inside the test is ignored.
	trig := map[string]string{}
	deadline := time.After(30 * time.Second)
	for trig["hourly"] == "" || trig["eager"] == "" {
		select {
		case r := <-got.ch:
			if r.Trigger == store.TriggerSchedule {
				continue
			}
			trig[r.Source] = r.Trigger
			if r.Outcome != store.RunOK {
				t.Errorf("%s: %+v", r.Source, r)
			}
		case <-deadline:
			t.Fatalf("start-up runs: %v", trig)
		}
	}
	if err := s.Stop(ctxT(t, 10*time.Second)); err != nil {
		t.Fatalf("stop: %v", err)
	}
	if trig["hourly"] != store.TriggerCatchUp || trig["eager"] != store.TriggerStart {
		t.Fatalf("triggers %v", trig)
	}
	if v := testutil.ToFloat64(s.runner.m.MissedSlots.WithLabelValues("hourly")); v != 3 {
		t.Errorf("missed slots %v, want 3", v)
	}
	ss, err := st.SourceState(ctx, "hourly")
	if err != nil || !ss.LastSlot.Equal(time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)) || ss.LastOutcome != store.RunOK {
		t.Fatalf("hourly state %+v %v", ss, err)
	}
	for _, name := range []string{"fresh", "never-ran", "manual-only"} {
		if r, _ := st.Runs(ctx, name, 1); len(r) != 0 {
			t.Errorf("%s ran at start: %+v", name, r[0])
		}
	}
}

func TestSchedulerPanicIsRecordedAndRunsAgain(t *testing.T) {
	cfg := testConfig(t, sourcesYAML(
		`{name: boom, kind: page, url: "http://127.0.0.1:1/x", schedule: "@every 1s"}`,
	))
	st := storetest.Open(t)
	got := newRuns()
	var hookCalls atomic.Int32
	hook := func(ctx context.Context, r *store.Run) {
		got.hook(ctx, r)
		if hookCalls.Add(1) == 1 {
			panic("the hook panics too") // escapes to cron.Recover
		}
	}
	s, err := NewScheduler(cfg, st, nil, nil, hook)
	if err != nil {
		t.Fatal(err)
	}
	s.runner.kinds = map[string]kind{"page": {validate: needHTTP, list: func(context.Context, *config.Source, env) (*Listing, error) {
		panic("kaboom")
	}}}
	ctx := ctxT(t, time.Minute)
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	rs := got.wait(t, 2, 20*time.Second) // ticks at 1s intervals
	if err := s.Stop(ctxT(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.Outcome != store.RunFailed || !slices.Contains(reasons(r), ReasonPanic) || r.Trigger != store.TriggerSchedule {
			t.Fatalf("run after panic: %+v", r)
		}
	}
	if rec, _ := st.Runs(ctx, "boom", 10); len(rec) < 2 || rec[0].Errors[0].Reason != ReasonPanic {
		t.Fatalf("records: %+v", rec)
	}
}

func TestSchedulerStopDrainsThenCancels(t *testing.T) {
	started := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		select {
		case started <- struct{}{}:
		default:
		}
		<-r.Context().Done()
	}))
	defer srv.Close()
	cfg := testConfig(t, sourcesYAML(`{name: slow, kind: page, url: "`+srv.URL+`/slow"}`))
	cfg.Fetch.Timeout = time.Minute
	st := storetest.Open(t)
	got := newRuns()
	s, err := NewScheduler(cfg, st, nil, nil, got.hook)
	if err != nil {
		t.Fatal(err)
	}
	ctx := ctxT(t, time.Minute)
	if err := s.Trigger(ctx, nil); err == nil {
		t.Fatal("trigger before start accepted")
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Trigger(ctx, []string{"nope"}); !errors.Is(err, ErrUnknownSource) {
		t.Fatalf("unknown source: %v", err)
	}
	if err := s.Trigger(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Trigger(ctx, nil); !errors.Is(err, ErrBusy) {
		t.Fatalf("second trigger: %v", err)
	}
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("the manual run did not start")
	}
	begin := time.Now()
	dctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if err := s.Stop(dctx); err == nil {
		t.Fatal("Stop returned nil although the job outlived the drain bound")
	}
	if el := time.Since(begin); el > 10*time.Second {
		t.Fatalf("Stop took %v", el)
	}
	r := got.wait(t, 1, 10*time.Second)[0]
	if r.Outcome != store.RunFailed || !slices.Contains(reasons(r), ReasonCanceled) {
		t.Fatalf("cancelled run: %+v", r)
	}
	if rec, _ := st.Runs(ctx, "slow", 1); len(rec) != 1 || rec[0].Outcome != store.RunFailed {
		t.Fatalf("record: %+v", rec)
	}
}
