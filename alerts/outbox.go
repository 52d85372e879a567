package alerts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/fundwatch/fundwatch/store"
)

// Delivery tuning. Attempts back off exponentially from RetryBase to
// RetryMax with ±20% jitter; an entry still undelivered after GiveUpAfter
// is marked failed.
const (
	RetryBase   = 5 * time.Second
	RetryMax    = 5 * time.Minute
	GiveUpAfter = 24 * time.Hour
	pollEvery   = 30 * time.Second // picks up entries enqueued by other replicas
)

// backoff returns the delay before attempt n+1 after n failed attempts.
func backoff(n int, jitter func() float64) time.Duration {
	d := RetryBase
	for i := 1; i < n && d < RetryMax; i++ {
		d *= 2
	}
	d = min(d, RetryMax)
	return time.Duration(float64(d) * (0.8 + 0.4*jitter()))
}

// dispatcher delivers outbox entries, one worker per notifier.
type dispatcher struct {
	st        *store.Store
	notifiers map[string]Notifier
	timeouts  map[string]time.Duration
	metrics   *Metrics
	log       *slog.Logger
	now       func() time.Time
	jitter    func() float64

	mu   sync.Mutex
	wake map[string]chan struct{}
}

func newDispatcher(st *store.Store, ns map[string]Notifier, timeouts map[string]time.Duration, m *Metrics, log *slog.Logger, now func() time.Time) *dispatcher {
	d := &dispatcher{
		st: st, notifiers: ns, timeouts: timeouts, metrics: m, log: log, now: now,
		jitter: rand.Float64, wake: map[string]chan struct{}{},
	}
	for name := range ns {
		d.wake[name] = make(chan struct{}, 1)
		m.initNotifier(name)
	}
	return d
}

// lease is how long a claim holds an entry: longer than any attempt can
// take, so a live worker never loses its entry mid-send.
func (d *dispatcher) lease(name string) time.Duration {
	return 2*d.timeouts[name] + 30*time.Second
}

// poke wakes every worker (new entries were enqueued).
func (d *dispatcher) poke() {
	for _, ch := range d.wake {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// deliverDue sends every entry of one notifier that is due now, one at a
// time, and returns how many were delivered.
func (d *dispatcher) deliverDue(ctx context.Context, name string) (int, error) {
	n := 0
	for ctx.Err() == nil {
		e, err := d.st.Claim(ctx, name, d.now(), d.lease(name))
		if err != nil {
			return n, err
		}
		if e == nil {
			return n, nil
		}
		if d.attempt(ctx, name, e) {
			n++
		}
	}
	return n, ctx.Err()
}

// attempt sends one claimed entry and settles it. It reports delivery.
func (d *dispatcher) attempt(ctx context.Context, name string, e *store.OutboxEntry) bool {
	log := d.log.With("notifier", name, "event", e.EventID, "attempt", e.Attempts)
	var m Message
	if err := json.Unmarshal(e.Payload, &m); err != nil {
		log.Error("undecodable outbox entry, giving up", "err", err)
		d.metrics.notified(name, OutcomeFailed)
		_ = d.st.MarkFailed(ctx, e, "decode: "+err.Error())
		return false
	}
	actx, cancel := context.WithTimeout(ctx, d.timeouts[name])
	retry, err := d.notifiers[name].Notify(actx, &m)
	cancel()
	now := d.now()
	if err == nil {
		d.metrics.notified(name, OutcomeDelivered)
		if err := d.st.MarkDelivered(ctx, e, now); err != nil {
			// Sent but not recorded: with the lease lost another worker may
			// send again; receivers deduplicate on the Idempotency-Key.
			log.Warn("delivered but could not record it", "err", err)
		} else {
			log.Info("notification delivered", "fund", m.Fund, "period", m.Period, "kind", m.Event)
		}
		return true
	}
	if ctx.Err() != nil && errors.Is(err, context.Canceled) {
		// Shutting down: release the entry for the next worker at once.
		_ = d.st.MarkRetry(context.WithoutCancel(ctx), e, now, "interrupted by shutdown")
		return false
	}
	if !retry || now.Sub(e.CreatedAt) >= GiveUpAfter {
		d.metrics.notified(name, OutcomeFailed)
		log.Error("notification failed, giving up", "err", err, "retryable", retry)
		if err := d.st.MarkFailed(ctx, e, err.Error()); err != nil {
			log.Warn("could not record failure", "err", err)
		}
		return false
	}
	wait := backoff(e.Attempts, d.jitter)
	var ra *RetryAfterError
	if errors.As(err, &ra) && ra.After > wait {
		wait = min(ra.After, time.Hour)
	}
	d.metrics.notified(name, OutcomeRetry)
	log.Warn("notification failed, will retry", "err", err, "in", wait.Round(time.Second))
	if err := d.st.MarkRetry(ctx, e, now.Add(wait), err.Error()); err != nil {
		log.Warn("could not record retry", "err", err)
	}
	return false
}

// deliverAll runs deliverDue for every notifier concurrently, so a slow
// notifier delays only its own entries.
func (d *dispatcher) deliverAll(ctx context.Context) (int, error) {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int
		errs  []error
	)
	for name := range d.notifiers {
		wg.Go(func() {
			n, err := d.deliverDue(ctx, name)
			mu.Lock()
			total += n
			if err != nil {
				errs = append(errs, fmt.Errorf("notifier %s: %w", name, err))
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	return total, errors.Join(errs...)
}

// pending counts undelivered entries of configured notifiers and says when
// the earliest is due.
func (d *dispatcher) pending(ctx context.Context) (int, time.Time, error) {
	n := 0
	var next time.Time
	for name := range d.notifiers {
		es, err := d.st.OutboxEntries(ctx, store.OutboxPending, name)
		if err != nil {
			return 0, time.Time{}, err
		}
		n += len(es)
		for _, e := range es {
			if next.IsZero() || e.NextAttemptAt.Before(next) {
				next = e.NextAttemptAt
			}
		}
	}
	return n, next, nil
}

// runWorker delivers one notifier's entries until ctx is done.
func (d *dispatcher) runWorker(ctx context.Context, name string) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-d.wake[name]:
		}
		if _, err := d.deliverDue(ctx, name); err != nil && ctx.Err() == nil {
			d.log.Warn("outbox delivery", "notifier", name, "err", err)
		}
		wait := pollEvery
		if next, ok, err := d.st.NextOutboxAttempt(ctx, name); err == nil && ok {
			wait = min(wait, max(next.Sub(d.now()), 10*time.Millisecond))
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(wait)
	}
}
