package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/ingest"
	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

const ingestPage = "../../ingest/testdata/award-1.html"

// countDocs opens the test app's store after a command and counts the
// versions of url ("" = all).
func (ta *testApp) countDocs(url string) int64 {
	ta.t.Helper()
	cfg, err := config.Load(ta.config)
	if err != nil {
		ta.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := store.Open(ctx, store.Options{URI: cfg.Store.URI.Value(), Database: cfg.Store.Database, DataDir: cfg.Store.DataDir, Timeout: 20 * time.Second})
	if err != nil {
		ta.t.Fatal(err)
	}
	defer st.Close(context.Background())
	n, err := st.CountDocuments(ctx, url)
	if err != nil {
		ta.t.Fatal(err)
	}
	return n
}

func fileURL(t *testing.T, p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

func TestIngestSamePageTwiceLeavesOneDocument(t *testing.T) {
	ta := newTestApp(t, "")
	if code := ta.run("ingest", ingestPage); code != exitOK {
		t.Fatalf("exit %d\n%s\n%s", code, ta.stdout.String(), ta.stderr.String())
	}
	out := ta.stdout.String()
	if !strings.Contains(out, "ok") || !strings.Contains(out, "1 new") || !strings.Contains(out, "total:") {
		t.Fatalf("summary: %s", out)
	}
	if code := ta.run("ingest", ingestPage); code != exitOK {
		t.Fatalf("second ingest: exit %d: %s", code, ta.stderr.String())
	}
	if !strings.Contains(ta.stdout.String(), "1 unchanged") {
		t.Fatalf("second ingest summary: %s", ta.stdout.String())
	}
	if n := ta.countDocs(fileURL(t, ingestPage)); n != 1 {
		t.Fatalf("%d documents after ingesting the same page twice", n)
	}
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.html", nil, 0o600)
	binary := write("binary.html", []byte("\x00\x01\x02\x03\xff\xfe\x00PK\x03\x04\x00\x00\x00\x00"), 0o600)
	unreadable := write("locked.html", []byte("<p>x</p>"), 0o000)
	noPages := filepath.Join(dir, "nopages")
	os.Mkdir(noPages, 0o755)
	os.WriteFile(filepath.Join(noPages, "notes.json"), []byte("{}"), 0o600)

	cases := []struct {
		name, input, want string
	}{
		{"missing file", filepath.Join(dir, "missing.html"), "no such file or directory"},
		{"not a directory", filepath.Join(empty, "x.html"), "not a directory"},
		{"folder without pages", noPages, "folder holds no pages"},
		{"empty file", empty, "empty"},
		{"binary data", binary, "not text"},
		{"unreachable URL", "http://127.0.0.1:1/page.html", "127.0.0.1:1"},
	}
	if os.Geteuid() != 0 { // root reads a mode-000 file
		cases = append(cases, struct{ name, input, want string }{"unreadable file", unreadable, "permission denied"})
	}
	ta := newTestApp(t, "")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code := ta.run("ingest", c.input)
			if code != exitFailed {
				t.Fatalf("exit %d, want 1\n%s\n%s", code, ta.stdout.String(), ta.stderr.String())
			}
			if !strings.Contains(ta.stderr.String(), c.want) || !strings.Contains(ta.stdout.String(), "failed") {
				t.Fatalf("want a clear error with %q\nstdout: %s\nstderr: %s", c.want, ta.stdout.String(), ta.stderr.String())
			}
		})
	}

	// Some failed: exit 1, and the good input is still stored.
	code := ta.run("ingest", filepath.Join(dir, "missing.html"), ingestPage, empty)
	if code != exitFailed {
		t.Fatalf("mixed inputs: exit %d", code)
	}
	if !strings.Contains(ta.stdout.String(), "total: 1 ok, 2 failed") {
		t.Fatalf("mixed summary: %s", ta.stdout.String())
	}
	if n := ta.countDocs(fileURL(t, ingestPage)); n != 1 {
		t.Fatalf("good input stored %d times", n)
	}
}

func TestIngestUsageAndConfigErrors(t *testing.T) {
	ta := newTestApp(t, "")
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("sources:\n  - {name: s, kind: feed}\n"), 0o600)
	a := &app{stdout: &strings.Builder{}, stderr: &strings.Builder{}}
	if code := a.main(context.Background(), []string{"ingest", "--config", bad, ingestPage}); code != exitUsage {
		t.Fatalf("invalid config: exit %d", code)
	}
	if !strings.Contains(a.stderr.(*strings.Builder).String(), "kind feed needs url") {
		t.Fatalf("invalid config message: %s", a.stderr)
	}
	if code := ta.run("ingest"); code != exitUsage || !strings.Contains(ta.stderr.String(), "nothing to ingest") {
		t.Fatalf("no input: exit %d %s", code, ta.stderr.String())
	}
	if code := ta.run("ingest", "--source", "nope"); code != exitUsage || !strings.Contains(ta.stderr.String(), `no source named "nope"`) {
		t.Fatalf("unknown source: exit %d %s", code, ta.stderr.String())
	}
	if code := ta.run("ingest", "--bogus"); code != exitUsage {
		t.Fatalf("unknown flag: exit %d", code)
	}
}

func TestIngestConfiguredSources(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir("../../ingest/testdata")))
	defer srv.Close()
	var pushed []string
	pgw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		pushed = append(pushed, r.Method+" "+r.URL.Path)
		w.WriteHeader(http.StatusOK)
	}))
	defer pgw.Close()
	ta := newTestApp(t, `fetch:
  rate_per_host: 100
  burst_per_host: 10
sources:
  - {name: news, kind: feed, url: "`+srv.URL+`/feed.atom", exclude: [consultation]}
  - {name: gone, kind: page, url: "`+srv.URL+`/gone.html"}
`)
	// Dry run: fetch and parse, store nothing.
	if code := ta.run("ingest", "--source", "news", "--dry-run"); code != exitOK {
		t.Fatalf("dry run: exit %d %s", code, ta.stderr.String())
	}
	if !strings.Contains(ta.stdout.String(), "dry run") {
		t.Fatalf("dry run summary: %s", ta.stdout.String())
	}
	if n := ta.countDocs(""); n != 0 {
		t.Fatalf("dry run stored %d documents", n)
	}
	// All sources: one fails (404), the other is stored; exit 1.
	code := ta.run("ingest", "--pushgateway", pgw.URL)
	if code != exitFailed {
		t.Fatalf("exit %d\n%s\n%s", code, ta.stdout.String(), ta.stderr.String())
	}
	out := ta.stdout.String()
	for _, want := range []string{"news", "gone", "seen", "fetched", "total: 1 ok, 1 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(ta.stderr.String(), "HTTP 404") || !strings.Contains(ta.stderr.String(), "http_4xx") {
		t.Errorf("the failure has no reason: %s", ta.stderr.String())
	}
	if n := ta.countDocs(""); n != 2 {
		t.Fatalf("%d documents stored, want 2", n)
	}
	if len(pushed) != 1 || !strings.Contains(pushed[0], "/metrics/job/fundwatch_ingest") {
		t.Fatalf("pushgateway got %v", pushed)
	}
}

func TestIngestProgress(t *testing.T) {
	var logs, bar strings.Builder
	a := &app{stderr: &logs}
	a.log = slog.New(slog.NewTextHandler(&logs, nil))
	p := newProgress(&logs, a.log)
	if p.tty {
		t.Fatal("a buffer is not a terminal")
	}
	p.event(ingest.Event{Source: "s", Listed: 2})
	p.event(ingest.Event{Source: "s", Listed: -1, URL: "https://x/1", Result: "new"})
	if !strings.Contains(logs.String(), "listed") || !strings.Contains(logs.String(), "result=new") {
		t.Fatalf("plain log lines: %s", logs.String())
	}
	tty := &progress{w: &bar, tty: true, log: a.log}
	tty.event(ingest.Event{Source: "s", Listed: 4})
	for range 4 {
		tty.last = time.Time{} // draw every event
		tty.event(ingest.Event{Source: "s", Listed: -1, URL: "https://x/1", Result: "new"})
	}
	tty.done()
	if !strings.Contains(bar.String(), "\r[") || !strings.Contains(bar.String(), "4/4 pages") || !strings.Contains(bar.String(), "##############################]") {
		t.Fatalf("bar: %q", bar.String())
	}
}
