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

func TestOutboxEnqueueIsIdempotent(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	e := store.OutboxEntry{EventID: "ev1", Notifier: "hook", Payload: []byte(`{"a":1}`), CreatedAt: now}
	for i, want := range []int{1, 0} {
		n, err := s.Enqueue(ctx, []store.OutboxEntry{e})
		if err != nil || n != want {
			t.Fatalf("enqueue #%d = %d, %v; want %d", i+1, n, err, want)
		}
	}
	got, err := s.Claim(ctx, "hook", now, time.Minute)
	if err != nil || got == nil {
		t.Fatalf("claim = %v, %v", got, err)
	}
	if got.ID != store.OutboxID("ev1", "hook") || got.Attempts != 1 || string(got.Payload) != `{"a":1}` {
		t.Fatalf("claimed %+v", got)
	}
	if err := s.MarkDelivered(ctx, got, now); err != nil {
		t.Fatal(err)
	}
	// A delivered entry is never enqueued again.
	if n, err := s.Enqueue(ctx, []store.OutboxEntry{e}); err != nil || n != 0 {
		t.Fatalf("re-enqueue after delivery = %d, %v", n, err)
	}
	if c, _ := s.CountOutbox(ctx, store.OutboxPending); c != 0 {
		t.Fatalf("pending = %d after delivery", c)
	}
}

func TestOutboxLeases(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	if _, err := s.Enqueue(ctx, []store.OutboxEntry{
		{EventID: "ev1", Notifier: "hook", CreatedAt: now},
		{EventID: "ev1", Notifier: "mail", CreatedAt: now},
	}); err != nil {
		t.Fatal(err)
	}
	// Many workers race for hook's one entry: exactly one wins.
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		claim []*store.OutboxEntry
	)
	for range 8 {
		wg.Go(func() {
			e, err := s.Claim(ctx, "hook", now, time.Minute)
			if err != nil {
				t.Error(err)
			}
			if e != nil {
				mu.Lock()
				claim = append(claim, e)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(claim) != 1 {
		t.Fatalf("%d workers claimed the entry; want 1", len(claim))
	}
	first := claim[0]
	// Other notifiers' entries are independent.
	if e, _ := s.Claim(ctx, "mail", now, time.Minute); e == nil {
		t.Fatal("mail entry not claimable while hook's is leased")
	}
	// Within the lease nobody else gets it; after it (worker died) someone does.
	if e, _ := s.Claim(ctx, "hook", now.Add(59*time.Second), time.Minute); e != nil {
		t.Fatal("claimed within the lease")
	}
	second, err := s.Claim(ctx, "hook", now.Add(61*time.Second), time.Minute)
	if err != nil || second == nil || second.Attempts != 2 {
		t.Fatalf("re-claim after lease = %+v, %v", second, err)
	}
	// The first worker's late result is refused.
	if err := s.MarkDelivered(ctx, first, now); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("stale MarkDelivered = %v; want ErrLeaseLost", err)
	}
	if err := s.MarkRetry(ctx, second, now.Add(5*time.Minute), "503"); err != nil {
		t.Fatal(err)
	}
	next, ok, err := s.NextOutboxAttempt(ctx, "hook")
	if err != nil || !ok || !next.Equal(now.Add(5*time.Minute)) {
		t.Fatalf("next attempt = %v %v %v", next, ok, err)
	}
	third, _ := s.Claim(ctx, "hook", now.Add(5*time.Minute), time.Minute)
	if third == nil {
		t.Fatal("not claimable when due")
	}
	if err := s.MarkFailed(ctx, third, "410 gone"); err != nil {
		t.Fatal(err)
	}
	es, err := s.OutboxEntries(ctx, store.OutboxFailed, "hook")
	if err != nil || len(es) != 1 || es[0].LastError != "410 gone" || es[0].Attempts != 3 {
		t.Fatalf("failed entries = %+v, %v", es, err)
	}
}

func TestPruneOutbox(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	old := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := old.AddDate(0, 2, 0)
	if _, err := s.Enqueue(ctx, []store.OutboxEntry{
		{EventID: "old", Notifier: "hook", CreatedAt: old},
		{EventID: "stuck", Notifier: "hook", CreatedAt: old},
		{EventID: "new", Notifier: "hook", CreatedAt: now},
	}); err != nil {
		t.Fatal(err)
	}
	e, _ := s.Claim(ctx, "hook", old, time.Minute)
	if e == nil || e.EventID != "old" {
		t.Fatalf("claimed %+v", e)
	}
	if err := s.MarkDelivered(ctx, e, old); err != nil {
		t.Fatal(err)
	}
	n, err := s.PruneOutbox(ctx, now.AddDate(0, 0, -30))
	if err != nil || n != 1 {
		t.Fatalf("pruned %d, %v; want 1 (the old delivered entry)", n, err)
	}
	left, _ := s.OutboxEntries(ctx, "", "")
	if len(left) != 2 {
		t.Fatalf("%d entries left; want the pending old one and the new one", len(left))
	}
}
