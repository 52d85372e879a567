package alerts

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/fundwatch/fundwatch/store"
)

func TestBackoff(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want time.Duration
	}{{1, RetryBase}, {2, 2 * RetryBase}, {3, 4 * RetryBase}, {10, RetryMax}, {100, RetryMax}} {
		for _, j := range []float64{0, 0.5, 0.999} {
			got := backoff(tt.n, func() float64 { return j })
			lo, hi := time.Duration(float64(tt.want)*0.8), time.Duration(float64(tt.want)*1.2)
			if got < lo || got > hi {
				t.Errorf("backoff(%d, jitter %v) = %v; want within [%v, %v]", tt.n, j, got, lo, hi)
			}
		}
	}
}

// statusHook answers every request with a fixed status (and Retry-After).
func statusHook(t *testing.T, status int, retryAfter string) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		w.WriteHeader(status)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func TestDeliveryOutcomes(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t)
	c := newClock()
	seedRound(t, st, 1, 99, "2016/17")
	gone, goneN := statusHook(t, http.StatusGone, "")                     // permanent
	limited, limitedN := statusHook(t, http.StatusTooManyRequests, "600") // back off 10 min
	broken, brokenN := statusHook(t, http.StatusInternalServerError, "")  // retried until GiveUpAfter
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	svc, err := New(testConfig(t, 100, gone.URL, limited.URL, broken.URL), st, m, nil, WithClock(c.Now))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, svc, 0, 2) // hook1 failed for good; hook2 and hook3 pending
	if n := testutil.ToFloat64(m.notifications.WithLabelValues("hook1", OutcomeFailed)); n != 1 {
		t.Errorf("hook1 failed = %v; want 1", n)
	}
	failed, _ := st.OutboxEntries(ctx, store.OutboxFailed, "hook1")
	if len(failed) != 1 || failed[0].LastError == "" {
		t.Fatalf("hook1 entries = %+v", failed)
	}
	// Retry-After is honoured over the shorter backoff.
	c.Add(5 * time.Minute)
	deliver(t, svc, 0, 2)
	if limitedN.Load() != 1 {
		t.Fatalf("429 hook tried %d times within its Retry-After; want 1", limitedN.Load())
	}
	c.Add(6 * time.Minute)
	deliver(t, svc, 0, 2)
	if limitedN.Load() != 2 {
		t.Fatalf("429 hook tried %d times after its Retry-After; want 2", limitedN.Load())
	}
	// After GiveUpAfter the entries are failed, each attempt counted.
	for range 300 {
		c.Add(RetryMax)
		if _, p, err := svc.Deliver(ctx, 0); err != nil {
			t.Fatal(err)
		} else if p == 0 {
			break
		}
	}
	if _, p, _ := svc.Deliver(ctx, 0); p != 0 {
		t.Fatalf("%d entries still pending after %v", p, GiveUpAfter)
	}
	if goneN.Load() != 1 {
		t.Errorf("410 hook tried %d times; want 1", goneN.Load())
	}
	retries := testutil.ToFloat64(m.notifications.WithLabelValues("hook3", OutcomeRetry))
	if retries < 10 || float64(brokenN.Load()) != retries+1 {
		t.Errorf("hook3: %v retries, %d attempts", retries, brokenN.Load())
	}
	if n := testutil.ToFloat64(m.notifications.WithLabelValues("hook3", OutcomeFailed)); n != 1 {
		t.Errorf("hook3 failed = %v; want 1", n)
	}
	if n := testutil.ToFloat64(m.notifications.WithLabelValues("hook2", OutcomeDelivered)); n != 0 {
		t.Errorf("hook2 delivered = %v; want 0", n)
	}
}

func TestMetricsSnapshot(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.initNotifier("hook")
	lim, util := 100.0, 0.5
	limMinor := int64(10000)
	m.setUsage([]Usage{
		{Fund: "A", Period: "2016/17", Currency: "GBP", Committed: 50, Limit: &lim, LimitMinor: &limMinor, Utilisation: &util, Awards: 2},
		{Fund: "A", Period: "all", Currency: "GBP", Committed: 70, Awards: 3},
	})
	m.setAlerts([]store.AlertState{{Fund: "A", Period: "2016/17", Severity: SeverityWarning}, {Fund: "A", Period: "2015/16"}})
	if n, err := testutil.GatherAndCount(reg); err != nil || n != 2+1+1+1+1+3 {
		t.Fatalf("series = %d, %v; want committed x2, limit, ratio, awards, firing, notifications x3", n, err)
	}
	// A new snapshot replaces the old: no stale series.
	m.setUsage(nil)
	m.setAlerts(nil)
	if n, _ := testutil.GatherAndCount(reg, "fundwatch_fund_committed", "fundwatch_alerts_firing"); n != 0 {
		t.Fatalf("%d stale series after an empty snapshot", n)
	}
}
