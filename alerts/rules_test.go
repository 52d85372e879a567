package alerts

import (
	"fmt"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
)

func TestRuleLevel(t *testing.T) {
	r := Rule{Thresholds: []float64{0.8, 0.95, 1.0}, Hysteresis: 0.02}
	tests := []struct {
		u    float64
		cur  int
		want int
	}{
		{0.5, -1, -1},
		{0.8, -1, 0},
		{0.96, -1, 1},
		{1.2, -1, 2},
		{0.79, 0, 0},   // within hysteresis: still warning
		{0.78, 0, 0},   // 0.8-0.02 = 0.78 is not below
		{0.779, 0, -1}, // resolved
		{0.94, 1, 1},   // critical holds until below 0.93
		{0.92, 1, 0},   // steps down to warning
		{0.5, 2, -1},   // straight to resolved
		{0.99, 2, 2},   // exceeded holds until below 0.98
		{1.5, 0, 2},    // escalation ignores hysteresis
	}
	for _, tt := range tests {
		if got := r.Level(tt.u, tt.cur); got != tt.want {
			t.Errorf("Level(%v, %d) = %d; want %d", tt.u, tt.cur, got, tt.want)
		}
	}
}

func usageAt(committed, limit int64) *Usage {
	u := float64(committed) / float64(limit)
	return &Usage{Fund: "F", Period: "2016/17", Currency: "GBP", CommittedMinor: committed, LimitMinor: &limit, Utilisation: &u, LimitSource: LimitFromConfig}
}

func TestDecide(t *testing.T) {
	r := Rule{Thresholds: []float64{0.8, 0.95, 1.0}, Hysteresis: 0.02}
	t0 := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	var st *store.AlertState
	step := func(committed int64, at time.Time, repeat time.Duration, wantChanged bool, wantEvent string) {
		t.Helper()
		next, changed := decide(st, "F", "2016/17", usageAt(committed, 1000), r, repeat, at)
		if changed != wantChanged {
			t.Fatalf("committed %d: changed = %v; want %v", committed, changed, wantChanged)
		}
		gotEvent := ""
		if (st == nil && next.Seq > 0) || (st != nil && next.Seq != st.Seq) {
			gotEvent = next.History[len(next.History)-1].Event
		}
		if gotEvent != wantEvent {
			t.Fatalf("committed %d: event %q; want %q", committed, gotEvent, wantEvent)
		}
		if changed {
			next.Pending = nil // as if flushed
			st = &next
		}
	}
	step(500, t0, 0, false, "")                // below: nothing, no state written
	step(850, t0, 0, true, EventFiring)        // starts
	step(850, t0.Add(time.Hour), 0, false, "") // unchanged: nothing
	step(960, t0.Add(2*time.Hour), 0, true, EventEscalated)
	step(940, t0.Add(3*time.Hour), 0, true, "") // figures change, hysteresis holds critical
	step(900, t0.Add(4*time.Hour), 0, true, EventDeescalated)
	step(900, t0.Add(30*time.Hour), 24*time.Hour, true, EventReminder)
	step(900, t0.Add(31*time.Hour), 24*time.Hour, false, "")
	step(700, t0.Add(32*time.Hour), 0, true, EventResolved)
	if st.Severity != "" || st.ResolvedAt.IsZero() || st.PreviousSeverity != SeverityWarning {
		t.Fatalf("after resolve: %+v", st)
	}
	step(700, t0.Add(33*time.Hour), 24*time.Hour, false, "") // no reminders when resolved
	step(1100, t0.Add(34*time.Hour), 0, true, EventFiring)   // a new episode, straight to exceeded
	if st.Severity != SeverityExceeded {
		t.Fatalf("severity %q; want exceeded", st.Severity)
	}
	// Event ids are unique and notify flags right.
	ids := map[string]bool{}
	for _, ev := range st.History {
		if ids[ev.ID] {
			t.Fatalf("duplicate event id %s", ev.ID)
		}
		ids[ev.ID] = true
		if ev.Notify != (ev.Event != EventDeescalated) {
			t.Errorf("%s notify = %v", ev.Event, ev.Notify)
		}
	}
	if len(st.History) != 6 {
		t.Fatalf("history has %d events; want 6", len(st.History))
	}
}

func TestDecideLimitGoneResolves(t *testing.T) {
	r := Rule{Thresholds: []float64{0.8}, Hysteresis: 0}
	t0 := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	st, _ := decide(nil, "F", "2016/17", usageAt(900, 1000), r, 0, t0)
	next, changed := decide(&st, "F", "2016/17", nil, r, 0, t0.Add(time.Minute))
	if !changed || next.Severity != "" || next.History[len(next.History)-1].Event != EventResolved {
		t.Fatalf("limit removed: changed=%v %+v", changed, next)
	}
}

func TestRuleSeverities(t *testing.T) {
	for _, tt := range []struct {
		th   []float64
		want string
	}{
		{[]float64{0.8, 0.95, 1.0}, "[warning critical exceeded]"},
		{[]float64{0.9, 1.0}, "[warning exceeded]"},
		{[]float64{0.8, 0.95}, "[warning critical]"},
		{[]float64{1.0}, "[exceeded]"},
		{[]float64{0.5}, "[warning]"},
	} {
		if got := fmt.Sprint(Rule{Thresholds: tt.th}.Severities()); got != tt.want {
			t.Errorf("%v: %s; want %s", tt.th, got, tt.want)
		}
	}
}
