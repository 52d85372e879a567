package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime/debug"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

// maxMissedCount bounds how many missed slots are counted for one source
// (an @every 1m source down for a year need not be walked slot by slot).
const maxMissedCount = 100000

// Scheduler runs every scheduled source on its cron schedule, catches up
// slots missed while the worker was down, and takes manual triggers.
type Scheduler struct {
	runner    *Runner
	cfg       *config.Config
	st        *store.Store
	log       *slog.Logger
	onRunDone func(ctx context.Context, run *store.Run)
	now       func() time.Time

	cron   *cron.Cron
	ctx    context.Context // jobs' context: cancelled when Stop's bound ends
	cancel context.CancelFunc
	wg     sync.WaitGroup // catch-up, run_on_start and manual runs

	mu      sync.Mutex
	manual  bool // a manual run is going
	started bool
	stopped bool
}

// NewScheduler builds a scheduler over cfg's sources. onRunDone, when not
// nil, is called after every scheduled, caught-up or manual run (the
// caller reconciles and evaluates alerts there). m and log may be nil.
func NewScheduler(cfg *config.Config, st *store.Store, m *Metrics, log *slog.Logger, onRunDone func(ctx context.Context, run *store.Run)) (*Scheduler, error) {
	if st == nil {
		return nil, errors.New("ingest: the scheduler needs a store")
	}
	if p := ValidateSources(cfg); len(p) > 0 {
		return nil, p
	}
	r := NewRunner(cfg, st, m, log)
	return &Scheduler{runner: r, cfg: cfg, st: st, log: r.log, onRunDone: onRunDone, now: time.Now}, nil
}

// Runner returns the scheduler's runner (shared rate limits and robots
// cache).
func (s *Scheduler) Runner() *Runner { return s.runner }

// cronLogger adapts slog to cron.Logger.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append([]any{"err", err}, kv...)...)
}

// Start schedules every source with a schedule, in UTC unless its spec
// says CRON_TZ=. A source whose slot passed while the worker was down runs
// once now (trigger catch-up), as does a source with run_on_start. Jobs
// run under a context derived from ctx.
func (s *Scheduler) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return errors.New("ingest: scheduler already started")
	}
	s.started = true
	s.ctx, s.cancel = context.WithCancel(ctx)
	l := cronLogger{s.log}
	// SkipIfStillRunning before Recover: in cron v3.0.1 the opposite order
	// leaves the skip lock held after a panic and the job never runs again.
	s.cron = cron.New(
		cron.WithLocation(time.UTC),
		cron.WithLogger(l),
		cron.WithChain(cron.SkipIfStillRunning(l), cron.Recover(l)),
	)
	now := s.now().UTC()
	for i := range s.cfg.Sources {
		src := &s.cfg.Sources[i]
		sch := src.Compiled.Schedule
		if sch == nil {
			if src.RunOnStart {
				s.goRun(src, store.TriggerStart, time.Time{}, 0)
			}
			continue
		}
		s.cron.Schedule(sch, cron.FuncJob(func() { s.tick(src) }))
		next := sch.Next(now)
		s.runner.m.ScheduleInterval.WithLabelValues(src.Name).Set(sch.Next(next).Sub(next).Seconds())
		missed, last := s.missed(ctx, src, now)
		switch {
		case missed > 0:
			s.runner.m.MissedSlots.WithLabelValues(src.Name).Add(float64(missed))
			s.log.Info("missed scheduled runs while down; catching up once", "source", src.Name, "missed", missed, "last_slot", last)
			s.goRun(src, store.TriggerCatchUp, last, 0)
		case src.RunOnStart:
			s.goRun(src, store.TriggerStart, time.Time{}, src.Jitter)
		}
	}
	s.cron.Start()
	return nil
}

// missed counts the slots of src between its last run and now, and
// returns the latest of them.
func (s *Scheduler) missed(ctx context.Context, src *config.Source, now time.Time) (int, time.Time) {
	st, err := s.st.SourceState(ctx, src.Name)
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			s.log.Warn("source state", "source", src.Name, "err", err)
		}
		return 0, time.Time{} // never ran: nothing to catch up
	}
	return MissedSlots(src.Compiled.Schedule, st.LastRunAt.UTC(), now)
}

// MissedSlots counts the slots of sch after last and at or before now, and
// returns the latest one.
func MissedSlots(sch cron.Schedule, last, now time.Time) (int, time.Time) {
	if sch == nil || last.IsZero() {
		return 0, time.Time{}
	}
	n := 0
	var latest time.Time
	for t := sch.Next(last); !t.IsZero() && !t.After(now) && n < maxMissedCount; t = sch.Next(t) {
		n++
		latest = t
	}
	return n, latest
}

// tick is a cron job: wait the source's jitter, then run it.
func (s *Scheduler) tick(src *config.Source) {
	slot := s.now().UTC().Truncate(time.Second)
	if err := s.jitter(src.Jitter); err != nil {
		return
	}
	s.run(s.ctx, src, store.TriggerSchedule, slot)
}

func (s *Scheduler) jitter(max time.Duration) error {
	if max <= 0 {
		return nil
	}
	return sleepCtx(s.ctx, time.Duration(rand.Int64N(int64(max)+1)))
}

// run runs one source and calls the hook.
func (s *Scheduler) run(ctx context.Context, src *config.Source, trigger string, slot time.Time) {
	run := s.runner.runSource(ctx, src, src.Name, RunOptions{Trigger: trigger, Slot: slot})
	if run != nil && s.onRunDone != nil {
		s.onRunDone(ctx, run)
	}
}

// goRun runs a source in the background, outside cron, with the same
// panic recovery as cron jobs.
func (s *Scheduler) goRun(src *config.Source, trigger string, slot time.Time, jitter time.Duration) {
	s.wg.Go(func() {
		defer s.recover(src.Name)
		if err := s.jitter(jitter); err != nil {
			return
		}
		s.run(s.ctx, src, trigger, slot)
	})
}

func (s *Scheduler) recover(name string) {
	if p := recover(); p != nil {
		s.log.Error("panic after a source run", "source", name, "panic", p, "stack", string(debug.Stack()))
	}
}

// RunSources runs the named sources (none = all) now and waits: a manual
// run, recorded like any other, with the hook called after each.
func (s *Scheduler) RunSources(ctx context.Context, names []string) ([]*store.Run, error) {
	runs, err := s.runner.RunSources(ctx, names, RunOptions{Trigger: store.TriggerManual})
	if err != nil {
		return nil, err
	}
	if s.onRunDone != nil {
		for _, r := range runs {
			s.onRunDone(ctx, r)
		}
	}
	return runs, nil
}

// Trigger starts a manual run of the named sources (none = all) in the
// background and returns at once: ErrUnknownSource for a bad name, ErrBusy
// while another manual run is going. The run stops when the scheduler does.
func (s *Scheduler) Trigger(ctx context.Context, names []string) error {
	if _, err := s.runner.Sources(names); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.started || s.stopped {
		return errors.New("ingest: scheduler is not running")
	}
	if s.manual {
		return ErrBusy
	}
	s.manual = true
	s.wg.Go(func() {
		defer func() {
			s.mu.Lock()
			s.manual = false
			s.mu.Unlock()
		}()
		defer s.recover("manual")
		if _, err := s.RunSources(s.ctx, names); err != nil {
			s.log.Error("manual run", "err", err)
		}
	})
	return nil
}

// Stop stops scheduling and waits for running jobs until ctx is done; then
// it cancels them through their context, waits briefly for them to record
// their runs, and returns an error saying they were cancelled.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.mu.Lock()
	if !s.started || s.stopped {
		s.mu.Unlock()
		return nil
	}
	s.stopped = true
	s.mu.Unlock()
	cronDone := s.cron.Stop()
	done := make(chan struct{})
	go func() {
		<-cronDone.Done()
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		s.cancel()
		return nil
	case <-ctx.Done():
	}
	s.cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.log.Error("jobs did not return 10s after cancel")
	}
	return fmt.Errorf("ingest: running jobs cancelled after the drain bound: %w", ctx.Err())
}
