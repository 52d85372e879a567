package alerts

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/parse"
	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

const testFund = "Police Transformation Fund"

// clock is a settable clock for tests: nothing here sleeps to wait for
// backoff, the test moves time.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// seedRound stores one announcement of a numbered round of the test fund
// and reconciles, as ingestion would.
func seedRound(t *testing.T, st *store.Store, round int, millions int64, period string) {
	t.Helper()
	ctx := context.Background()
	total := millions * 1_000_000
	ev := fmt.Sprintf("Round %d of the %s awards £%dm to forces.", round, testFund, millions)
	r := &parse.Result{
		URL:       fmt.Sprintf("https://www.gov.uk/government/news/ptf-round-%d", round),
		Title:     fmt.Sprintf("Police Transformation Fund round %d", round),
		Published: "2016-08-0" + fmt.Sprint(round),
		Funds:     []string{testFund},
		Rounds: []parse.Round{{Fund: testFund, Round: &round, Total: &total, Currency: "GBP", Period: period,
			Evidence: parse.Evidence{Text: ev, Kind: "sentence", Confidence: 0.9}}},
		Text: ev,
	}
	d := &store.Document{URL: r.URL, ContentHash: store.ContentHash(r.Text), Title: r.Title, Published: r.Published, Text: r.Text, FetchedAt: time.Now()}
	if _, err := st.SaveDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveExtraction(ctx, d, r); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Reconcile(ctx, []parse.Fund{{Name: testFund, Aliases: []string{"PTF"}}}); err != nil {
		t.Fatal(err)
	}
}

// hook is a webhook receiver that records deliveries by idempotency key
// and can be taken down.
type hook struct {
	mu       sync.Mutex
	down     bool
	attempts int
	got      map[string][]Message // by Idempotency-Key
	order    []Message
	srv      *httptest.Server
}

func newHook(t *testing.T) *hook {
	h := &hook{got: map[string][]Message{}}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.attempts++
		if h.down {
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		body, _ := io.ReadAll(r.Body)
		var m Message
		if err := json.Unmarshal(body, &m); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		key := r.Header.Get("Idempotency-Key")
		h.got[key] = append(h.got[key], m)
		h.order = append(h.order, m)
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *hook) setDown(d bool) { h.mu.Lock(); h.down = d; h.mu.Unlock() }

func (h *hook) messages() []Message {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Message(nil), h.order...)
}

// checkOnce fails if any key was delivered more than once.
func (h *hook) checkOnce(t *testing.T) {
	t.Helper()
	h.mu.Lock()
	defer h.mu.Unlock()
	for k, ms := range h.got {
		if len(ms) != 1 {
			t.Errorf("idempotency key %s delivered %d times", k, len(ms))
		}
	}
}

func testConfig(t *testing.T, limitMillions int64, hookURLs ...string) *config.Config {
	t.Helper()
	y := fmt.Sprintf(`
funds:
  - name: %s
    aliases: [PTF]
    limits:
      - {period: "2016/17", amount: %d}
alerts:
  notifiers:
`, testFund, limitMillions*1_000_000)
	for i, u := range hookURLs {
		y += fmt.Sprintf("    - {name: hook%d, kind: webhook, url: %q, timeout: 5s}\n", i+1, u)
	}
	return parseConfig(t, y)
}

func newService(t *testing.T, cfg *config.Config, st *store.Store, c *clock) *Service {
	t.Helper()
	s, err := New(cfg, st, nil, nil, WithClock(c.Now))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func deliver(t *testing.T, s *Service, wantDelivered, wantPending int) {
	t.Helper()
	d, p, err := s.Deliver(context.Background(), 0)
	if err != nil {
		t.Fatalf("deliver: %v", err)
	}
	if d != wantDelivered || p != wantPending {
		t.Fatalf("deliver = %d delivered, %d pending; want %d, %d", d, p, wantDelivered, wantPending)
	}
}

func TestEvaluateNotifiesOncePerChange(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	c := newClock()
	h := newHook(t)
	cfg := testConfig(t, 100, h.srv.URL)

	seedRound(t, st, 1, 50, "2016/17")
	seedRound(t, st, 2, 35, "2016/17") // 85%: warning
	svc := newService(t, cfg, st, c)
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, svc, 1, 0)

	// A re-run, a restart and a second replica send nothing more.
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, svc, 0, 0)
	replica := newService(t, cfg, st, c)
	if err := replica.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, replica, 0, 0)

	ms := h.messages()
	if len(ms) != 1 {
		t.Fatalf("got %d messages; want 1", len(ms))
	}
	m := ms[0]
	if m.Event != EventFiring || m.Fund != testFund || m.Period != "2016/17" || m.Severity != SeverityWarning ||
		m.Committed != 85_000_000 || m.Limit != 100_000_000 || m.Utilisation != 0.85 || m.LimitSource != LimitFromConfig {
		t.Fatalf("message = %+v", m)
	}
	if len(m.Announcements) != 2 || m.Announcements[0].URL == "" || m.Announcements[0].Evidence == "" || m.Announcements[0].Title == "" {
		t.Fatalf("announcements = %+v; want both rounds with title, URL and evidence", m.Announcements)
	}

	// Escalation notifies.
	seedRound(t, st, 3, 11, "2016/17") // 96%: critical
	c.Add(time.Minute)
	if err := replica.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, svc, 1, 0) // either replica may deliver

	// Raising the limit resolves it.
	c.Add(time.Minute)
	raised := newService(t, testConfig(t, 200, h.srv.URL), st, c)
	if err := raised.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, raised, 1, 0)

	ms = h.messages()
	var events []string
	for _, m := range ms {
		events = append(events, m.Event+"/"+m.Severity)
	}
	if fmt.Sprint(events) != "[firing/warning escalated/critical resolved/critical]" {
		t.Fatalf("events = %v", events)
	}
	h.checkOnce(t)
	a, err := st.AlertState(ctx, testFund, "2016/17")
	if err != nil {
		t.Fatal(err)
	}
	if a.Severity != "" || len(a.History) != 3 || len(a.Pending) != 0 {
		t.Fatalf("alert state = %+v", a)
	}
}

func TestConcurrentReplicasRecordOneEvent(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	h := newHook(t)
	cfg := testConfig(t, 100, h.srv.URL)
	seedRound(t, st, 1, 90, "2016/17")
	var wg sync.WaitGroup
	svcs := make([]*Service, 4)
	for i := range svcs {
		svcs[i] = newService(t, cfg, st, newClock())
	}
	for _, s := range svcs {
		wg.Go(func() {
			if err := s.Evaluate(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for _, s := range svcs {
		wg.Go(func() {
			if _, _, err := s.Deliver(ctx, 0); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if ms := h.messages(); len(ms) != 1 {
		t.Fatalf("4 replicas sent %d messages; want 1", len(ms))
	}
	h.checkOnce(t)
}

// A notifier that is down for a while gets the notification once it is
// back, exactly once, although the worker that first tried it was
// replaced by a new one (a restart) in between; meanwhile the other
// notifier is not held up.
func TestDownNotifierGetsItOnceAfterRestart(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	c := newClock()
	down, up := newHook(t), newHook(t)
	down.setDown(true)
	cfg := testConfig(t, 100, down.srv.URL, up.srv.URL)
	seedRound(t, st, 1, 99, "2016/17")

	first := newService(t, cfg, st, c)
	if err := first.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, first, 1, 1) // hook2 delivered, hook1 backing off
	c.Add(RetryBase / 2)
	deliver(t, first, 0, 1) // not due yet: no attempt
	if down.attempts != 1 {
		t.Fatalf("down hook attempts = %d; want 1 (backoff not honoured)", down.attempts)
	}
	c.Add(RetryBase)
	deliver(t, first, 0, 1) // second attempt fails too

	// "Crash": the first worker is gone; a new one starts on the same store.
	down.setDown(false)
	c.Add(time.Hour)
	second := newService(t, cfg, st, c)
	if err := second.Evaluate(ctx); err != nil { // evaluation at start re-enqueues nothing
		t.Fatal(err)
	}
	deliver(t, second, 1, 0)
	deliver(t, second, 0, 0)
	if len(down.messages()) != 1 || len(up.messages()) != 1 || down.attempts != 3 {
		t.Fatalf("down hook got %d (after %d attempts), up hook %d; want 1 each after 3 attempts",
			len(down.messages()), down.attempts, len(up.messages()))
	}
	if down.messages()[0].ID != up.messages()[0].ID {
		t.Fatal("the two notifiers got different event ids for one event")
	}
	down.checkOnce(t)
	up.checkOnce(t)
}

// A worker that died holding a lease: the entry is retried by another
// worker once the lease expires, not before.
func TestExpiredLeaseIsRetried(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	c := newClock()
	h := newHook(t)
	cfg := testConfig(t, 100, h.srv.URL)
	seedRound(t, st, 1, 99, "2016/17")
	svc := newService(t, cfg, st, c)
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	// Claim as a worker that then dies without settling.
	e, err := st.Claim(ctx, "hook1", c.Now(), svc.disp.lease("hook1"))
	if err != nil || e == nil {
		t.Fatalf("claim: %v %v", e, err)
	}
	deliver(t, svc, 0, 1)
	c.Add(svc.disp.lease("hook1"))
	deliver(t, svc, 1, 0)
	h.checkOnce(t)
}

// One slow notifier does not hold up the others.
func TestSlowNotifierDoesNotBlockOthers(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	c := newClock()
	seedRound(t, st, 1, 99, "2016/17")
	fastGot := make(chan struct{})
	var once sync.Once
	slow := NotifierFunc(func(ctx context.Context, m *Message) (bool, error) {
		select { // blocks until the fast notifier has delivered
		case <-fastGot:
			return false, nil
		case <-ctx.Done():
			return true, ctx.Err()
		}
	})
	fast := NotifierFunc(func(ctx context.Context, m *Message) (bool, error) {
		once.Do(func() { close(fastGot) })
		return false, nil
	})
	svc, err := New(testConfig(t, 100), st, nil, nil, WithClock(c.Now), WithNotifiers(map[string]Notifier{"slow": slow, "fast": fast}))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, svc, 2, 0)
}

func TestRunDeliversInBackground(t *testing.T) {
	st := storetest.Open(t)
	h := newHook(t)
	seedRound(t, st, 1, 99, "2016/17")
	svc, err := New(testConfig(t, 100, h.srv.URL), st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() { svc.Run(ctx); close(done) }()
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	for len(h.messages()) == 0 && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond) // polling a result, not waiting for a timer
	}
	cancel()
	<-done
	if len(h.messages()) != 1 {
		t.Fatalf("run delivered %d messages; want 1", len(h.messages()))
	}
}

func openTestStore(t *testing.T) *store.Store { return storetest.Open(t) }

type configT = config.Config

func configNotifier(name, kind string, urls ...string) config.Notifier {
	return config.Notifier{Name: name, Kind: kind, URLs: urls, Timeout: 5 * time.Second}
}
