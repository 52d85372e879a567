package alerts

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// Run re-posts a firing alert to Alertmanager every ResendInterval with
// endsAt EndsAfter ahead, as Prometheus does. The test drives the clock
// and the ticker; nothing sleeps. (testing/synctest cannot be used here:
// the store's driver goroutines live outside the bubble.)
func TestRunRepostsToAlertmanagerEveryMinute(t *testing.T) {
	st := openTestStore(t)
	seedRound(t, st, 1, 97, "2016/17")
	got := make(chan []AMAlert, 16)
	am := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var as []AMAlert
		_ = json.NewDecoder(r.Body).Decode(&as)
		got <- as
	}))
	defer am.Close()
	cfg := testConfig(t, 100)
	cfg.Alerts.Notifiers = append(cfg.Alerts.Notifiers, configNotifier("am", "alertmanager", am.URL))
	c := newClock()
	svc := newService(t, cfg, st, c)
	svc.notifiers["am"].(*Alertmanager).now = c.Now
	tick := make(chan time.Time)
	svc.ticker = func(d time.Duration) (<-chan time.Time, func()) {
		if d != ResendInterval {
			return make(chan time.Time), func() {} // the daily prune: never ticks here
		}
		return tick, func() {}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { svc.Run(ctx); close(done) }()
	receive := func() []AMAlert {
		t.Helper()
		select {
		case as := <-got:
			return as
		case <-ctx.Done():
			t.Fatal("no post to Alertmanager")
			return nil
		}
	}
	// The firing event through the outbox, and the re-post at start.
	for range 2 {
		if as := receive(); len(as) != 1 || !as[0].EndsAt.Equal(c.Now().Add(EndsAfter)) {
			t.Fatalf("post = %+v", as)
		}
	}
	for i := 1; i <= 3; i++ {
		c.Add(ResendInterval)
		tick <- c.Now()
		as := receive()
		if len(as) != 1 || as[0].Labels["severity"] != SeverityCritical || !as[0].EndsAt.Equal(c.Now().Add(EndsAfter)) {
			t.Fatalf("re-post %d = %+v; want endsAt %v", i, as, c.Now().Add(EndsAfter))
		}
	}
	// Resolved: posted with endsAt = the resolve time, and re-sent for
	// ResolvedResendFor, then no more.
	raised := newService(t, testConfig(t, 200), st, c)
	if err := raised.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	resolvedAt := c.Now()
	for i := 1; i <= 6; i++ {
		c.Add(ResendInterval)
		tick <- c.Now()
		if i < 5 {
			as := receive()
			if len(as) != 1 || !as[0].EndsAt.Equal(resolvedAt) {
				t.Fatalf("resolved re-post %d = %+v; want endsAt %v", i, as, resolvedAt)
			}
		}
	}
	cancel()
	<-done
	select {
	case as := <-got:
		t.Fatalf("posted %+v after %v", as, ResolvedResendFor)
	default:
	}
}
