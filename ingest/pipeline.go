package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/parse"
	"github.com/fundwatch/fundwatch/store"
)

// Results of one page, as in Event.Result and the documents metric.
const (
	ResultNew       = "new"
	ResultChanged   = "changed"
	ResultUnchanged = "unchanged"
	ResultFailed    = "failed"
	ResultParsed    = "parsed" // dry run: fetched and parsed, not stored
)

// adhocLabel is the metrics label of inputs given on the command line.
const adhocLabel = "adhoc"

// itemWorkers is how many pages of one source are in progress at once;
// the fetcher's per-host rate and global bound still apply.
const itemWorkers = 4

// ErrUnknownSource is returned for a source name not in the config.
var ErrUnknownSource = errors.New("no such source in the config")

// ErrBusy is returned when a manual run is asked for while one is going.
var ErrBusy = errors.New("a manual run is already in progress")

// Event reports progress to a caller (a progress bar, log lines).
type Event struct {
	Source string
	// Listed is set (>= 0) once, when the source has listed its pages.
	Listed int
	// URL and Result are set for each page done.
	URL    string
	Result string
	Err    error
	// Run is set when the source's run is over.
	Run *store.Run
}

// RunOptions tune one manual or scheduled run.
type RunOptions struct {
	// DryRun fetches and parses but stores nothing (no documents, fetch
	// state or run records). Conditional GET is not used.
	DryRun bool
	// Trigger is recorded in the run record (default manual).
	Trigger string
	// Progress, when set, is called from several goroutines.
	Progress func(Event)
	// Slot is the scheduled time this run stands for (zero for manual).
	Slot time.Time
}

// Runner runs sources and ad-hoc inputs through fetch → parse → store.
// It is safe for concurrent use; one source never runs twice at once.
type Runner struct {
	cfg     *config.Config
	st      *store.Store // nil: dry runs only
	fetcher *Fetcher
	m       *Metrics
	log     *slog.Logger
	kinds   map[string]kind
	now     func() time.Time

	mu      sync.Mutex
	running map[string]bool
}

// NewRunner builds a runner. st may be nil for dry runs; m and log may be
// nil.
func NewRunner(cfg *config.Config, st *store.Store, m *Metrics, log *slog.Logger) *Runner {
	if m == nil {
		m = NewMetrics(nil)
	}
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	for i := range cfg.Sources {
		m.initSource(cfg.Sources[i].Name)
	}
	return &Runner{
		cfg: cfg, st: st, fetcher: NewFetcher(cfg.Fetch, m), m: m, log: log,
		kinds: kinds, now: time.Now, running: map[string]bool{},
	}
}

// Sources resolves names (none = every configured source).
func (r *Runner) Sources(names []string) ([]*config.Source, error) {
	if len(names) == 0 {
		out := make([]*config.Source, len(r.cfg.Sources))
		for i := range r.cfg.Sources {
			out[i] = &r.cfg.Sources[i]
		}
		return out, nil
	}
	var out []*config.Source
	var missing []string
	seen := map[string]bool{}
	for _, n := range names {
		s := r.cfg.SourceByName(n)
		if s == nil {
			missing = append(missing, fmt.Sprintf("%q", n))
			continue
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, s)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s: %w", strings.Join(missing, ", "), ErrUnknownSource)
	}
	return out, nil
}

// RunSources runs the named sources (none = all) at once and returns their
// run records in config order. One failing source never stops the others.
// A source already running is skipped (no record).
func (r *Runner) RunSources(ctx context.Context, names []string, o RunOptions) ([]*store.Run, error) {
	srcs, err := r.Sources(names)
	if err != nil {
		return nil, err
	}
	if o.Trigger == "" {
		o.Trigger = store.TriggerManual
	}
	runs := make([]*store.Run, len(srcs))
	var wg sync.WaitGroup
	for i, s := range srcs {
		wg.Go(func() { runs[i] = r.runSource(ctx, s, s.Name, o) })
	}
	wg.Wait()
	out := runs[:0]
	for _, run := range runs {
		if run != nil {
			out = append(out, run)
		}
	}
	return out, nil
}

// RunInputs ingests ad-hoc inputs: local files, folders and http(s) URLs.
// Each is a run of its own whose source is the input as given.
func (r *Runner) RunInputs(ctx context.Context, inputs []string, o RunOptions) []*store.Run {
	if o.Trigger == "" {
		o.Trigger = store.TriggerManual
	}
	runs := make([]*store.Run, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		src := &config.Source{Name: in, Kind: "file", Path: in}
		if isHTTP(in) {
			src = &config.Source{Name: in, Kind: "page", URL: in}
		}
		wg.Go(func() { runs[i] = r.runSource(ctx, src, adhocLabel, o) })
	}
	wg.Wait()
	return runs
}

// claim marks a source running; false when it already is.
func (r *Runner) claim(name string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.running[name] {
		return false
	}
	r.running[name] = true
	return true
}

func (r *Runner) release(name string) {
	r.mu.Lock()
	delete(r.running, name)
	r.mu.Unlock()
}

// tally accumulates one run's counters.
type tally struct {
	mu  sync.Mutex
	run *store.Run
}

func (t *tally) fail(url string, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.run.Errors = append(t.run.Errors, store.RunError{URL: redactURL(url), Reason: ReasonOf(err), Message: err.Error()})
}

// runSource runs one source and records it. label is the metrics label.
func (r *Runner) runSource(ctx context.Context, src *config.Source, label string, o RunOptions) (run *store.Run) {
	if !r.claim(src.Name) {
		r.log.Warn("source is already running; skipped", "source", src.Name, "trigger", o.Trigger)
		return nil
	}
	defer r.release(src.Name)
	start := r.now().UTC()
	run = &store.Run{Source: src.Name, Trigger: o.Trigger, StartedAt: start, Outcome: store.RunRunning, Errors: []store.RunError{}}
	t := &tally{run: run}
	if r.st != nil && !o.DryRun {
		if err := r.st.SaveRun(ctx, run); err != nil {
			r.log.Warn("run record", "source", src.Name, "err", err)
		}
	}
	listed := false
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("panic in source run; recorded, it runs again at its next slot", "source", src.Name, "panic", p, "stack", string(debug.Stack()))
			t.fail(src.URL+src.Path, &Error{URL: src.URL + src.Path, Reason: ReasonPanic, Err: fmt.Errorf("panic: %v", p)})
			listed = false
		}
		r.finish(ctx, src, label, o, t, listed)
	}()

	k, ok := r.kinds[src.Kind]
	if !ok {
		t.fail("", &Error{Reason: ReasonInvalid, Err: fmt.Errorf("unknown source kind %q", src.Kind)})
		return run
	}
	e := env{fetch: r.fetcher.Fetch, robots: r.cfg.RobotsFor(src)}
	var listState *store.FetchState
	if r.st != nil && !o.DryRun && src.URL != "" && src.Kind != "page" {
		if fs, err := r.st.FetchState(ctx, src.URL); err == nil {
			listState = fs
			e.etag, e.lastModified = fs.ETag, fs.LastModified
		}
	}
	listing, err := k.list(ctx, src, e)
	var pe *partialError
	if err != nil && !errors.As(err, &pe) {
		t.fail(src.URL+src.Path, err)
		r.m.FetchFailures.WithLabelValues(label, ReasonOf(err)).Inc()
		return run
	}
	listed = true
	if err != nil {
		// A later index page failed; the earlier ones listed pages.
		u := ""
		if fe := (*Error)(nil); errors.As(err, &fe) {
			u = fe.URL
		}
		t.fail(u, err)
	}
	run.PagesSeen = len(listing.Items)
	// Every page's fetch state in one read, not one read per page.
	var states map[string]*store.FetchState
	if r.st != nil && !o.DryRun && len(listing.Items) > 1 {
		var serr error
		if states, serr = r.st.FetchStates(ctx); serr != nil {
			r.log.Warn("fetch state; reading page by page", "source", src.Name, "err", serr)
			states = nil
		}
	}
	if o.Progress != nil {
		o.Progress(Event{Source: src.Name, Listed: len(listing.Items)})
	}

	items := make(chan Item)
	var wg sync.WaitGroup
	for range min(itemWorkers, max(len(listing.Items), 1)) {
		wg.Go(func() {
			for it := range items {
				res, n, err := r.processItem(ctx, src, label, it, o, states)
				t.mu.Lock()
				switch res {
				case ResultNew:
					run.PagesFetched++
					run.DocumentsNew++
				case ResultChanged:
					run.PagesFetched++
					run.DocumentsChg++
				case ResultParsed:
					run.PagesFetched++
				case ResultUnchanged:
					run.PagesUnchanged++
				case ResultFailed:
					run.PagesFailed++
				}
				run.ItemsExtracted += n
				t.mu.Unlock()
				if err != nil {
					t.fail(it.URL, err)
					r.m.FetchFailures.WithLabelValues(label, ReasonOf(err)).Inc()
				}
				if res != ResultParsed {
					r.m.Documents.WithLabelValues(label, res).Inc()
				}
				if o.Progress != nil {
					o.Progress(Event{Source: src.Name, Listed: -1, URL: redactURL(it.URL), Result: res, Err: err})
				}
			}
		})
	}
feed:
	for _, it := range listing.Items {
		select {
		case items <- it:
		case <-ctx.Done():
			break feed
		}
	}
	close(items)
	wg.Wait()
	if ctx.Err() != nil {
		if n := len(listing.Items) - run.PagesFetched - run.PagesUnchanged - run.PagesFailed; n > 0 {
			run.PagesFailed += n
			t.fail("", &Error{Reason: ReasonCanceled, Err: fmt.Errorf("run cancelled with %d pages not done: %w", n, ctx.Err())})
		}
	}
	// The listing's validators are kept only when every page it listed was
	// done: a 304 next time must not hide a page that failed this time.
	if r.st != nil && !o.DryRun && listing.URL != "" && run.PagesFailed == 0 && err == nil && !listing.NotModified &&
		(listing.ETag != "" || listing.LastModified != "" || listState != nil) {
		fs := &store.FetchState{URL: listing.URL, ETag: listing.ETag, LastModified: listing.LastModified, Status: 200, CheckedAt: r.now().UTC()}
		if err := r.st.SaveFetchState(ctx, fs); err != nil {
			r.log.Warn("fetch state", "url", redactURL(listing.URL), "err", err)
		}
	}
	return run
}

// finish sets the outcome, writes the run record and source state, and
// updates metrics.
func (r *Runner) finish(ctx context.Context, src *config.Source, label string, o RunOptions, t *tally, listed bool) {
	run := t.run
	run.EndedAt = r.now().UTC()
	switch {
	case !listed:
		run.Outcome = store.RunFailed
	case run.PagesFailed > 0 && run.PagesFailed == run.PagesSeen:
		run.Outcome = store.RunFailed
	case run.PagesFailed > 0 || len(run.Errors) > 0:
		run.Outcome = store.RunPartial
	default:
		run.Outcome = store.RunOK
	}
	r.m.Runs.WithLabelValues(label, run.Outcome).Inc()
	r.m.RunDuration.WithLabelValues(label).Observe(run.EndedAt.Sub(run.StartedAt).Seconds())
	if run.Outcome != store.RunFailed {
		r.m.LastSuccess.WithLabelValues(label).Set(float64(run.EndedAt.Unix()))
	}
	lvl := slog.LevelInfo
	if run.Outcome != store.RunOK {
		lvl = slog.LevelWarn
	}
	r.log.Log(ctx, lvl, "run done", "source", src.Name, "trigger", run.Trigger, "outcome", run.Outcome,
		"seen", run.PagesSeen, "fetched", run.PagesFetched, "unchanged", run.PagesUnchanged, "failed", run.PagesFailed,
		"items", run.ItemsExtracted, "duration", run.EndedAt.Sub(run.StartedAt).Round(time.Millisecond))
	if r.st != nil && !o.DryRun {
		// Records are written even when the run was cancelled.
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := r.st.SaveRun(wctx, run); err != nil {
			r.log.Error("run record", "source", src.Name, "err", err)
		}
		if label != adhocLabel {
			ss, err := r.st.SourceState(wctx, src.Name)
			if err != nil {
				ss = &store.SourceState{Source: src.Name}
			}
			ss.LastRunAt = run.StartedAt
			ss.LastOutcome = run.Outcome
			if run.Outcome != store.RunFailed {
				ss.LastSuccessAt = run.EndedAt
			}
			if !o.Slot.IsZero() {
				ss.LastSlot = o.Slot.UTC()
			}
			if err := r.st.SaveSourceState(wctx, ss); err != nil {
				r.log.Error("source state", "source", src.Name, "err", err)
			}
		}
	}
	if o.Progress != nil {
		o.Progress(Event{Source: src.Name, Listed: -1, Run: run})
	}
}

func bodyHash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// processItem fetches (or reads), parses and stores one page. It returns
// the result, the number of items extracted, and the error of a failure.
func (r *Runner) processItem(ctx context.Context, src *config.Source, label string, it Item, o RunOptions, states map[string]*store.FetchState) (string, int, error) {
	useStore := r.st != nil && !o.DryRun
	var state *store.FetchState
	if states != nil {
		state = states[it.URL]
	} else if useStore {
		s, err := r.st.FetchState(ctx, it.URL)
		switch {
		case err == nil:
			state = s
		case !errors.Is(err, store.ErrNotFound):
			return ResultFailed, 0, &Error{URL: it.URL, Reason: ReasonStore, Err: err}
		}
	}
	// An entry the listing says has not changed since we last read it is
	// not requested again.
	if state != nil && state.ContentHash != "" && !it.Updated.IsZero() && !it.Updated.After(state.CheckedAt) {
		return ResultUnchanged, 0, nil
	}
	now := r.now().UTC()
	meta := store.FetchMeta{}
	var body []byte
	var ctype string
	if it.Path != "" {
		b, err := readFile(it.Path, r.cfg.Parse.MaxBytes)
		if err != nil {
			return ResultFailed, 0, err
		}
		body = b
		meta.Bytes = int64(len(b))
	} else {
		req := Request{URL: it.URL, Source: label, Robots: r.cfg.RobotsFor(src), Accept: it.Accept}
		if it.Fetch != "" {
			req.URL = it.Fetch
		}
		if state != nil && state.ContentHash != "" {
			req.ETag, req.LastModified = state.ETag, state.LastModified
		}
		resp, err := r.fetcher.Fetch(ctx, req)
		if err != nil {
			return ResultFailed, 0, err
		}
		if resp.NotModified {
			return ResultUnchanged, 0, nil
		}
		body, ctype = resp.Body, resp.ContentType
		meta = store.FetchMeta{Status: resp.Status, ContentType: resp.ContentType, ETag: resp.ETag, LastModified: resp.LastModified, Bytes: int64(len(resp.Body))}
		if resp.FinalURL != req.URL {
			meta.FinalURL = redactURL(resp.FinalURL)
		}
		if it.Transform != nil {
			if body, ctype, err = it.Transform(body); err != nil {
				return ResultFailed, 0, err
			}
		} else if !readableType(ctype) {
			return ResultFailed, 0, &Error{URL: it.URL, Reason: ReasonContentType, Status: resp.Status, Err: fmt.Errorf("content type %q is not HTML or text", ctype)}
		}
	}
	bh := bodyHash(body)
	saveState := func(contentHash string) {
		if !useStore {
			return
		}
		fs := &store.FetchState{URL: it.URL, ETag: meta.ETag, LastModified: meta.LastModified, BodyHash: bh, ContentHash: contentHash, Status: meta.Status, CheckedAt: now}
		if err := r.st.SaveFetchState(ctx, fs); err != nil {
			r.log.Warn("fetch state", "url", redactURL(it.URL), "err", err)
		}
	}
	if state != nil && state.ContentHash != "" && state.BodyHash == bh {
		if state.ETag != meta.ETag || state.LastModified != meta.LastModified || !it.Updated.IsZero() {
			saveState(state.ContentHash)
		}
		return ResultUnchanged, 0, nil
	}
	res, err := parse.Parse(bytes.NewReader(body), parse.Meta{URL: it.URL, ContentType: ctype, FetchedAt: now}, r.cfg.ParseOptions(src))
	if err != nil {
		return ResultFailed, 0, parseError(it.URL, err)
	}
	n := len(res.Rounds) + len(res.Limits) + len(res.Caps) + len(res.Awards)
	hash := store.ContentHash(res.Text)
	if state != nil && state.ContentHash == hash {
		saveState(hash)
		return ResultUnchanged, 0, nil
	}
	if !useStore {
		return ResultParsed, n, nil
	}
	doc := &store.Document{
		URL: it.URL, Source: src.Name, ContentHash: hash, Title: res.Title, Published: res.Published,
		FetchedAt: now, Fetch: meta, Text: res.Text,
	}
	out, err := r.st.SaveDocument(ctx, doc)
	if store.IsDuplicateKey(err) {
		// Two sources listing one page raced on the same upsert; the
		// second attempt finds the document.
		out, err = r.st.SaveDocument(ctx, doc)
	}
	if err != nil {
		return ResultFailed, 0, &Error{URL: it.URL, Reason: ReasonStore, Err: err}
	}
	err = r.st.SaveExtraction(ctx, doc, res)
	if store.IsDuplicateKey(err) {
		err = r.st.SaveExtraction(ctx, doc, res)
	}
	if err != nil {
		return ResultFailed, 0, &Error{URL: it.URL, Reason: ReasonStore, Err: err}
	}
	saveState(hash)
	switch out {
	case store.New:
		return ResultNew, n, nil
	case store.Changed:
		return ResultChanged, n, nil
	}
	return ResultUnchanged, 0, nil
}

func parseError(u string, err error) error {
	reason := ReasonParse
	switch {
	case errors.Is(err, parse.ErrTooLarge):
		reason = ReasonTooLarge
	case errors.Is(err, parse.ErrEmpty):
		reason = ReasonEmpty
	case errors.Is(err, parse.ErrNotText):
		reason = ReasonNotText
	}
	return &Error{URL: u, Reason: reason, Err: err}
}

// readFile reads a local page, refusing more than maxBytes.
func readFile(p string, maxBytes int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, &Error{URL: p, Reason: ReasonRead, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))}
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, &Error{URL: p, Reason: ReasonRead, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))}
	}
	if int64(len(b)) > maxBytes {
		return nil, &Error{URL: p, Reason: ReasonTooLarge, Err: fmt.Errorf("file is over parse.max_bytes (%d)", maxBytes)}
	}
	return b, nil
}
