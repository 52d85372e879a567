package alerts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

// Service evaluates alerts and delivers notifications. It is safe for
// concurrent use; several processes may run one against the same store.
type Service struct {
	cfg       *config.Config
	st        *store.Store
	metrics   *Metrics
	log       *slog.Logger
	now       func() time.Time
	notifiers map[string]Notifier
	disp      *dispatcher

	evalMu sync.Mutex // one evaluation at a time in this process

	// ticker makes Run's re-post clock (tests replace it).
	ticker func(d time.Duration) (<-chan time.Time, func())
}

// Option configures a Service.
type Option func(*Service)

// WithClock replaces time.Now (tests).
func WithClock(now func() time.Time) Option { return func(s *Service) { s.now = now } }

// WithNotifiers replaces the configured notifiers (tests, or a caller that
// builds its own). Timeouts still come from the config when it names them.
func WithNotifiers(ns map[string]Notifier) Option { return func(s *Service) { s.notifiers = ns } }

// New builds the service: it validates and builds the configured
// notifiers. metrics may be nil (nothing exported); logger may be nil.
func New(cfg *config.Config, st *store.Store, metrics *Metrics, logger *slog.Logger, opts ...Option) (*Service, error) {
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if metrics == nil {
		metrics = NewMetrics(prometheus.NewRegistry())
	}
	s := &Service{cfg: cfg, st: st, metrics: metrics, log: logger.With("component", "alerts"), now: time.Now,
		ticker: func(d time.Duration) (<-chan time.Time, func()) {
			t := time.NewTicker(d)
			return t.C, t.Stop
		}}
	for _, o := range opts {
		o(s)
	}
	if s.notifiers == nil {
		ns, err := BuildNotifiers(cfg)
		if err != nil {
			return nil, err
		}
		s.notifiers = ns
	}
	for _, name := range s.Notifiers() {
		if c, ok := s.notifiers[name].(interface{ check() error }); ok {
			if err := c.check(); err != nil {
				s.log.Warn("notifier will fail until fixed", "notifier", name, "err", err)
			}
		}
	}
	timeouts := map[string]time.Duration{}
	for name := range s.notifiers {
		timeouts[name] = defaultTimeout
	}
	for i := range cfg.Alerts.Notifiers {
		if _, ok := s.notifiers[cfg.Alerts.Notifiers[i].Name]; ok {
			timeouts[cfg.Alerts.Notifiers[i].Name] = timeoutOf(&cfg.Alerts.Notifiers[i])
		}
	}
	s.disp = newDispatcher(st, s.notifiers, timeouts, metrics, s.log, func() time.Time { return s.now() })
	return s, nil
}

// Notifiers lists the configured notifier names, sorted.
func (s *Service) Notifiers() []string {
	var out []string
	for n := range s.notifiers {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Evaluate recomputes utilisation, applies the alert rules, records every
// change in the store (compare-and-set, so of two replicas evaluating the
// same change only one records it), writes the notifications to the
// outbox, refreshes the gauges and wakes the delivery workers. Re-running
// it with unchanged data changes nothing and sends nothing.
func (s *Service) Evaluate(ctx context.Context) error {
	s.evalMu.Lock()
	defer s.evalMu.Unlock()
	usage, err := s.Utilisation(ctx)
	if err != nil {
		return err
	}
	s.metrics.setUsage(usage)

	// One alert per fund and period: the row with a limit (and, with limits
	// in two currencies, the higher utilisation).
	type fp struct{ fund, period string }
	byAlert := map[fp]*Usage{}
	for i := range usage {
		u := &usage[i]
		if u.Utilisation == nil {
			continue
		}
		k := fp{u.Fund, u.Period}
		if cur, ok := byAlert[k]; !ok || *u.Utilisation > *cur.Utilisation {
			byAlert[k] = u
		}
	}
	states, err := s.st.AlertStates(ctx)
	if err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	seen := map[fp]bool{}
	var errs []error
	for _, a := range states {
		k := fp{a.Fund, a.Period}
		seen[k] = true
		if err := s.apply(ctx, &a, k.fund, k.period, byAlert[k]); err != nil {
			errs = append(errs, err)
		}
	}
	keys := make([]fp, 0, len(byAlert))
	for k := range byAlert {
		if !seen[k] {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].fund != keys[j].fund {
			return keys[i].fund < keys[j].fund
		}
		return keys[i].period < keys[j].period
	})
	for _, k := range keys {
		if err := s.apply(ctx, nil, k.fund, k.period, byAlert[k]); err != nil {
			errs = append(errs, err)
		}
	}
	if err := s.flush(ctx); err != nil {
		errs = append(errs, err)
	}
	if states, err := s.st.AlertStates(ctx); err == nil {
		s.metrics.setAlerts(states)
	}
	s.disp.poke()
	return errors.Join(errs...)
}

// apply decides one alert and writes the change, re-reading and
// re-deciding when another evaluator changed it first.
func (s *Service) apply(ctx context.Context, prev *store.AlertState, fund, period string, u *Usage) error {
	rule := ruleFor(s.cfg, fund)
	for try := 0; try < conflictTries; try++ {
		if try > 0 {
			// another evaluator holds the version: give it time to
			// write before reading what it wrote
			if err := conflictWait(ctx, try); err != nil {
				return fmt.Errorf("alert %s %s: %w", fund, period, err)
			}
		}
		next, changed := decide(prev, fund, period, u, rule, s.cfg.Alerts.RepeatInterval, s.now())
		if !changed {
			return nil
		}
		err := s.st.PutAlertState(ctx, &next)
		if err == nil {
			if n := len(next.History); n > 0 && (prev == nil || next.Seq != prev.Seq) {
				ev := next.History[n-1]
				s.log.Info("alert "+ev.Event, "fund", fund, "period", period, "severity", ev.Severity,
					"utilisation", fmt.Sprintf("%.4f", ev.Utilisation))
			}
			return nil
		}
		if !errors.Is(err, store.ErrVersionConflict) {
			return fmt.Errorf("alert %s %s: %w", fund, period, err)
		}
		prev, err = s.st.AlertState(ctx, fund, period)
		if errors.Is(err, store.ErrNotFound) {
			prev = nil
		} else if err != nil {
			return fmt.Errorf("alert %s %s: %w", fund, period, err)
		}
	}
	return fmt.Errorf("alert %s %s: %w after %d tries", fund, period, store.ErrVersionConflict, conflictTries)
}

// conflictTries bounds the retries of an alert write that lost a version
// race; conflictWait backs off between them (2 ms, 4 ms, ... 256 ms: about
// half a second in all), so a loaded machine's slow winner can finish.
const conflictTries = 9

func conflictWait(ctx context.Context, try int) error {
	t := time.NewTimer(time.Millisecond << min(try, 8))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// flush copies pending events of every alert into the outbox (one entry
// per notifier, under deterministic ids, so a repeated copy after a crash
// adds nothing) and then removes them from the alert.
func (s *Service) flush(ctx context.Context) error {
	states, err := s.st.AlertStates(ctx)
	if err != nil {
		return fmt.Errorf("flush: %w", err)
	}
	var errs []error
	for _, a := range states {
		if len(a.Pending) == 0 {
			continue
		}
		if err := s.flushOne(ctx, a); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (s *Service) flushOne(ctx context.Context, a store.AlertState) error {
	contribs, err := s.st.Contributions(ctx, a.Fund, a.Period)
	if err != nil {
		return fmt.Errorf("flush %s %s: %w", a.Fund, a.Period, err)
	}
	limitDoc := s.limitDocument(ctx, a)
	var entries []store.OutboxEntry
	for _, ev := range a.Pending {
		m := s.message(a, ev, contribs, limitDoc)
		body, err := json.Marshal(m)
		if err != nil {
			return fmt.Errorf("flush %s %s: %w", a.Fund, a.Period, err)
		}
		for _, name := range s.Notifiers() {
			entries = append(entries, store.OutboxEntry{
				ID: store.OutboxID(ev.ID, name), EventID: ev.ID, Notifier: name,
				Payload: body, CreatedAt: s.now().UTC(),
			})
		}
	}
	if _, err := s.st.Enqueue(ctx, entries); err != nil {
		return fmt.Errorf("flush %s %s: %w", a.Fund, a.Period, err)
	}
	done := map[string]bool{}
	for _, ev := range a.Pending {
		done[ev.ID] = true
	}
	for try := 0; try < conflictTries; try++ {
		if try > 0 {
			if err := conflictWait(ctx, try); err != nil {
				return fmt.Errorf("flush %s %s: %w", a.Fund, a.Period, err)
			}
		}
		var keep []store.AlertEvent
		for _, ev := range a.Pending {
			if !done[ev.ID] {
				keep = append(keep, ev)
			}
		}
		a.Pending = keep
		err := s.st.PutAlertState(ctx, &a)
		if err == nil {
			return nil
		}
		if !errors.Is(err, store.ErrVersionConflict) {
			return fmt.Errorf("flush %s %s: %w", a.Fund, a.Period, err)
		}
		cur, err := s.st.AlertState(ctx, a.Fund, a.Period)
		if err != nil {
			return fmt.Errorf("flush %s %s: %w", a.Fund, a.Period, err)
		}
		a = *cur
	}
	return nil // the copies are in the outbox; the next flush retries the clean-up
}

func (s *Service) limitDocument(ctx context.Context, a store.AlertState) *Announcement {
	if a.LimitSource != LimitFromExtracted {
		return nil
	}
	ls, err := s.st.ExtractedLimits(ctx)
	if err != nil {
		return nil
	}
	for _, l := range ls {
		p := l.Period
		if p == "" {
			p = store.PeriodAll
		}
		f := l.Fund
		if cf := s.cfg.FundByName(f); cf != nil {
			f = cf.Name
		}
		if f == a.Fund && p == a.Period && l.Currency == a.Currency {
			return &Announcement{Title: l.Title, Published: l.Published, URL: l.URL, Evidence: l.Evidence, Amount: units(l.AmountMinor), Kind: "limit"}
		}
	}
	return nil
}

// maxAnnouncements bounds the announcements a message lists.
const maxAnnouncements = 10

func (s *Service) message(a store.AlertState, ev store.AlertEvent, contribs []store.Contribution, limitDoc *Announcement) *Message {
	m := &Message{
		Version: "1", ID: ev.ID, Event: ev.Event, Fund: a.Fund, Period: a.Period,
		Severity: ev.Severity, PreviousSeverity: ev.PreviousSeverity, Threshold: ev.Threshold,
		Currency: ev.Currency, Committed: units(ev.CommittedMinor), Limit: units(ev.LimitMinor),
		Utilisation: ev.Utilisation, LimitSource: ev.LimitSource, LimitDocument: limitDoc,
		StartsAt: a.StartsAt, At: ev.At, Summary: summary(ev, a.Fund, a.Period),
		AnnouncementsTotal: len(contribs), Announcements: []Announcement{},
	}
	for i, c := range contribs {
		if i == maxAnnouncements {
			break
		}
		m.Announcements = append(m.Announcements, Announcement{
			Title: c.Title, Published: c.Published, URL: c.URL, Evidence: c.Evidence,
			Amount: units(c.AmountMinor), Kind: c.Kind,
		})
	}
	return m
}

// Deliver sends what is due in the outbox, waiting up to wait for entries
// that are backing off, and returns how many were delivered and how many
// remain pending (left for `fundwatch run`). wait 0 makes one pass.
func (s *Service) Deliver(ctx context.Context, wait time.Duration) (delivered, pending int, err error) {
	deadline := time.Now().Add(wait)
	for {
		n, derr := s.disp.deliverAll(ctx)
		delivered += n
		p, next, perr := s.disp.pending(ctx)
		if perr != nil {
			return delivered, p, errors.Join(derr, perr)
		}
		if p == 0 || wait <= 0 || ctx.Err() != nil {
			return delivered, p, derr
		}
		sleep := max(next.Sub(s.now()), 50*time.Millisecond)
		if time.Now().Add(sleep).After(deadline) {
			return delivered, p, derr
		}
		select {
		case <-ctx.Done():
			return delivered, p, ctx.Err()
		case <-time.After(sleep):
		}
	}
}

// Run delivers notifications (one worker per notifier) and re-posts
// firing and recently resolved alerts to Alertmanager every
// ResendInterval, until ctx is done. It returns when its goroutines have
// finished.
func (s *Service) Run(ctx context.Context) {
	var wg sync.WaitGroup
	for name := range s.notifiers {
		wg.Go(func() { s.disp.runWorker(ctx, name) })
	}
	wg.Go(func() { s.pruneLoop(ctx) })
	wg.Go(func() {
		// Every replica keeps its gauges current (another replica may
		// have run the evaluation) and re-posts to Alertmanager.
		tick, stop := s.ticker(ResendInterval)
		defer stop()
		for {
			if err := s.refreshGauges(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("refresh fund gauges", "err", err)
			}
			if err := s.Repost(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("alertmanager re-post", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-tick:
			}
		}
	})
	wg.Wait()
}

// KeepOutbox is how long delivered and failed notifications stay in the
// outbox (their ids keep an event from being sent twice).
const KeepOutbox = 30 * 24 * time.Hour

// pruneLoop deletes old settled outbox entries at start and daily.
func (s *Service) pruneLoop(ctx context.Context) {
	tick, stop := s.ticker(24 * time.Hour)
	defer stop()
	for {
		if n, err := s.st.PruneOutbox(ctx, s.now().Add(-KeepOutbox)); err != nil && ctx.Err() == nil {
			s.log.Warn("prune outbox", "err", err)
		} else if n > 0 {
			s.log.Info("pruned outbox", "entries", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick:
		}
	}
}

// refreshGauges reloads the fund and alert gauges from the store.
func (s *Service) refreshGauges(ctx context.Context) error {
	usage, err := s.Utilisation(ctx)
	if err != nil {
		return err
	}
	states, err := s.st.AlertStates(ctx)
	if err != nil {
		return err
	}
	s.metrics.setUsage(usage)
	s.metrics.setAlerts(states)
	return nil
}

func (s *Service) alertmanagers() map[string]*Alertmanager {
	out := map[string]*Alertmanager{}
	for name, n := range s.notifiers {
		if am, ok := n.(*Alertmanager); ok {
			out[name] = am
		}
	}
	return out
}

// Repost tells every Alertmanager about every firing alert (endsAt
// EndsAfter ahead) and every alert resolved or changed severity in the
// last ResolvedResendFor (endsAt = when), as Prometheus re-sends its
// alerts. It is idempotent, so every replica may do it.
func (s *Service) Repost(ctx context.Context) error {
	ams := s.alertmanagers()
	if len(ams) == 0 {
		return nil
	}
	states, err := s.st.AlertStates(ctx)
	if err != nil {
		return fmt.Errorf("repost: %w", err)
	}
	s.metrics.setAlerts(states)
	now := s.now().UTC()
	var alerts []AMAlert
	for _, a := range states {
		desc := fmt.Sprintf("%s %s: committed %s of %s (%.1f%%, limit from %s)", a.Fund, a.Period,
			money(a.Currency, units(a.CommittedMinor)), money(a.Currency, units(a.LimitMinor)), 100*a.Utilisation, a.LimitSource)
		if a.Severity != "" {
			ev := store.AlertEvent{Event: EventFiring, Severity: a.Severity, Utilisation: a.Utilisation}
			alerts = append(alerts, amAlertFor(a.Fund, a.Period, a.Severity, a.StartsAt, now.Add(EndsAfter), summary(ev, a.Fund, a.Period), desc))
		}
		if a.PreviousSeverity != "" && a.PreviousSeverity != a.Severity && now.Sub(a.SeverityChangedAt) < ResolvedResendFor {
			ev := store.AlertEvent{Event: EventResolved, Severity: a.PreviousSeverity, Utilisation: a.Utilisation}
			alerts = append(alerts, amAlertFor(a.Fund, a.Period, a.PreviousSeverity, a.StartsAt, a.SeverityChangedAt, summary(ev, a.Fund, a.Period), desc))
		}
	}
	var errs []error
	for _, name := range sortedKeys(ams) {
		_, err := ams[name].Post(ctx, alerts)
		outcome := OutcomeDelivered
		if err != nil {
			outcome = OutcomeRetry
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
		if len(alerts) > 0 {
			s.metrics.notified(name, outcome)
		}
	}
	return errors.Join(errs...)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestResult is the outcome of a test message to one notifier.
type TestResult struct {
	Notifier string
	Err      error
}

// Test sends a test message directly (not through the outbox) to one
// notifier, or to all when name is "". It returns ErrUnknownNotifier for a
// name that is not configured.
func (s *Service) Test(ctx context.Context, name string) ([]TestResult, error) {
	names := s.Notifiers()
	if name != "" {
		if _, ok := s.notifiers[name]; !ok {
			return nil, fmt.Errorf("%q: %w (configured: %v)", name, ErrUnknownNotifier, names)
		}
		names = []string{name}
	}
	now := s.now().UTC()
	m := &Message{
		Version: "1", ID: "test-" + eventID("test", "", now, 0)[:16], Event: EventTest, At: now, StartsAt: now,
		Summary:       "fundwatch test notification: if you can read this, alerts reach you",
		Announcements: []Announcement{},
	}
	out := make([]TestResult, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Go(func() {
			tctx, cancel := context.WithTimeout(ctx, s.disp.timeouts[n])
			defer cancel()
			_, err := s.notifiers[n].Notify(tctx, m)
			out[i] = TestResult{Notifier: n, Err: err}
			outcome := OutcomeDelivered
			if err != nil {
				outcome = OutcomeFailed
			}
			s.metrics.notified(n, outcome)
		})
	}
	wg.Wait()
	return out, nil
}
