package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// A one-off ingest that pushes a fund over a threshold delivers the alert
// before it exits, once: a re-run of the same pages sends nothing. With
// the receiver down, a new notification stays queued and the command says so.
func TestIngestDeliversAlertOnce(t *testing.T) {
	var mu sync.Mutex
	var got []string
	up := true
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if !up {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		b, _ := io.ReadAll(r.Body)
		if !json.Valid(b) || r.Header.Get("Idempotency-Key") == "" {
			t.Errorf("webhook got %q with key %q", b, r.Header.Get("Idempotency-Key"))
		}
		got = append(got, string(b))
	}))
	defer srv.Close()
	// Indented lines continue newTestApp's alerts: section.
	ta := newTestApp(t, "  notifiers:\n    - {name: hook, kind: webhook, url: \""+srv.URL+"\"}\n"+
		"funds:\n  - name: Police Transformation Fund\n    limits:\n      - {period: \"2016/17\", amount: 50000000}\n")
	pages, _ := filepath.Glob("../../testdata/announcements/ptf-2016-*.html")
	count := func() int { mu.Lock(); defer mu.Unlock(); return len(got) }

	if code := ta.run(append([]string{"ingest"}, pages...)...); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, ta.stdout.String(), ta.stderr.String())
	}
	if !strings.Contains(ta.stdout.String(), "notifications: 1 delivered") {
		t.Errorf("ingest did not say it delivered the alert:\n%s", ta.stdout.String())
	}
	if n := count(); n != 1 {
		t.Fatalf("webhook received %d messages, want 1 (£49m of £50m crosses 0.95)", n)
	}
	for _, w := range []string{"Police Transformation Fund", "2016/17"} {
		if !strings.Contains(got[0], w) {
			t.Errorf("alert lacks %q: %s", w, got[0])
		}
	}
	// The same pages again: nothing changed, nothing sent.
	if code := ta.run(append([]string{"ingest"}, pages...)...); code != exitOK {
		t.Fatalf("second ingest: exit %d", code)
	}
	if n := count(); n != 1 {
		t.Errorf("a re-run re-sent the alert: %d messages", n)
	}
	// Raise the limit: the alert resolves, but the receiver is down, so the
	// notification is left queued for `fundwatch run`, and it says so.
	mu.Lock()
	up = false
	mu.Unlock()
	b, _ := os.ReadFile(ta.config)
	os.WriteFile(ta.config, []byte(strings.Replace(string(b), "amount: 50000000", "amount: 90000000", 1)), 0o600)
	if code := ta.run("ingest", pages[0]); code != exitOK {
		t.Fatalf("third ingest: exit %d %s", code, ta.stderr.String())
	}
	if !strings.Contains(ta.stdout.String(), "queued in the store") {
		t.Errorf("undelivered notification not reported as queued:\n%s", ta.stdout.String())
	}
}
