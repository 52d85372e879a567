package alerts

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
)

func testMessage() *Message {
	at := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	return &Message{
		Version: "1", ID: "abc123", Event: EventFiring, Fund: testFund, Period: "2016/17",
		Severity: SeverityWarning, Threshold: 0.8, Currency: "GBP", Committed: 85_000_000, Limit: 100_000_000,
		Utilisation: 0.85, LimitSource: LimitFromConfig, StartsAt: at, At: at,
		Summary: testFund + " 2016/17 at 85.0% of its limit (warning)",
		Announcements: []Announcement{{Title: "PTF round 1", Published: "2016-08-01",
			URL: "https://www.gov.uk/government/news/ptf-round-1", Evidence: "Round 1 awards £50m.", Amount: 50_000_000, Kind: "round"}},
		AnnouncementsTotal: 1,
	}
}

func build(t *testing.T, n config.Notifier) Notifier {
	t.Helper()
	cfg := config.Default()
	cfg.Alerts.Notifiers = []config.Notifier{n}
	ns, err := BuildNotifiers(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return ns[n.Name]
}

func TestWebhookSendsSignedJSON(t *testing.T) {
	var got struct {
		hdr  http.Header
		body []byte
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got.hdr = r.Header.Clone()
		got.body, _ = io.ReadAll(r.Body)
	}))
	defer srv.Close()
	n := build(t, config.Notifier{Name: "hook", Kind: "webhook", URL: config.Secret(srv.URL + "/in"),
		Secret: "shh", Headers: map[string]string{"X-Team": "funding"}})
	w := n.(*Webhook)
	now := time.Unix(1_800_000_000, 0)
	w.now = func() time.Time { return now }
	if retry, err := n.Notify(context.Background(), testMessage()); err != nil {
		t.Fatalf("notify: %v (retry %v)", err, retry)
	}
	if got.hdr.Get("Idempotency-Key") != "abc123" || got.hdr.Get("Content-Type") != "application/json" || got.hdr.Get("X-Team") != "funding" {
		t.Fatalf("headers = %v", got.hdr)
	}
	if sig := got.hdr.Get(signatureHeader); sig != Sign([]byte("shh"), got.body, now) || !strings.HasPrefix(sig, "t=1800000000,v1=") {
		t.Fatalf("signature %q does not verify", sig)
	}
	var m map[string]any
	if err := json.Unmarshal(got.body, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "id", "event", "fund", "period", "severity", "committed", "limit", "utilisation", "announcements", "summary"} {
		if _, ok := m[k]; !ok {
			t.Errorf("body lacks %q: %s", k, got.body)
		}
	}
}

func TestHTTPFailures(t *testing.T) {
	status, retryAfterHdr := 0, ""
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if retryAfterHdr != "" {
			w.Header().Set("Retry-After", retryAfterHdr)
		}
		w.WriteHeader(status)
	}))
	defer srv.Close()
	secretURL := srv.URL + "/services/T000/B000/TOKENXYZ"
	for _, kind := range []string{"webhook", "slack"} {
		n := build(t, config.Notifier{Name: "n", Kind: kind, URL: config.Secret(secretURL)})
		for _, tt := range []struct {
			status    int
			ra        string
			wantRetry bool
			wantAfter time.Duration
		}{
			{500, "", true, 0}, {502, "", true, 0}, {404, "", false, 0}, {400, "", false, 0},
			{429, "7", true, 7 * time.Second}, {503, "", true, 0},
		} {
			status, retryAfterHdr = tt.status, tt.ra
			retry, err := n.Notify(context.Background(), testMessage())
			if err == nil || retry != tt.wantRetry {
				t.Errorf("%s %d: retry=%v err=%v; want retry=%v and an error", kind, tt.status, retry, err, tt.wantRetry)
				continue
			}
			var ra *RetryAfterError
			if tt.wantAfter > 0 && (!errors.As(err, &ra) || ra.After != tt.wantAfter) {
				t.Errorf("%s %d: %v; want RetryAfterError %v", kind, tt.status, err, tt.wantAfter)
			}
			if strings.Contains(err.Error(), "TOKENXYZ") {
				t.Errorf("%s: error leaks the URL: %v", kind, err)
			}
		}
	}
	srv.Close()
	n := build(t, config.Notifier{Name: "n", Kind: "webhook", URL: config.Secret(secretURL), Timeout: time.Second})
	retry, err := n.Notify(context.Background(), testMessage())
	if err == nil || !retry || strings.Contains(err.Error(), "TOKENXYZ") {
		t.Fatalf("server gone: retry=%v err=%v; want a retryable error without the URL", retry, err)
	}
}

func TestSlackMessage(t *testing.T) {
	var body map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewDecoder(r.Body).Decode(&body)
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	n := build(t, config.Notifier{Name: "s", Kind: "slack", URL: config.Secret(srv.URL)})
	if _, err := n.Notify(context.Background(), testMessage()); err != nil {
		t.Fatal(err)
	}
	text, _ := body["text"].(string)
	blocks, _ := json.Marshal(body["blocks"])
	if !strings.Contains(text, testFund) || !strings.Contains(string(blocks), "ptf-round-1") || !strings.Contains(string(blocks), "85.0%") {
		t.Fatalf("slack payload = %v", body)
	}
}

func TestServiceTestCommand(t *testing.T) {
	h := newHook(t)
	cfg := testConfig(t, 100, h.srv.URL)
	svc, err := New(cfg, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := svc.Test(context.Background(), "")
	if err != nil || len(res) != 1 || res[0].Err != nil || res[0].Notifier != "hook1" {
		t.Fatalf("test = %+v, %v", res, err)
	}
	if ms := h.messages(); len(ms) != 1 || ms[0].Event != EventTest {
		t.Fatalf("hook got %+v", ms)
	}
	if _, err := svc.Test(context.Background(), "nope"); !errors.Is(err, ErrUnknownNotifier) {
		t.Fatalf("unknown notifier: %v", err)
	}
}
