package ingest

import (
	"bytes"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/fundwatch/fundwatch/internal/config"

	"github.com/fundwatch/fundwatch/store"
)

// badServer answers every kind of bad input the issue lists.
func badServer(t *testing.T) *httptest.Server {
	t.Helper()
	var flaky atomic.Int32
	page, err := os.ReadFile("testdata/award-2.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/good/", http.StripPrefix("/good/", http.FileServer(http.Dir("testdata"))))
	mux.HandleFunc("/bad/timeout", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/bad/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, _, _ := w.(http.Hijacker).Hijack()
		if tc, ok := conn.(*net.TCPConn); ok {
			_ = tc.SetLinger(0)
		}
		conn.Close()
	})
	mux.HandleFunc("/flaky/award-2.html", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) == 1 {
			http.Error(w, "temporarily broken", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/bad/429", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/bad/loop-a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/bad/loop-b", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/bad/loop-b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/bad/loop-a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/bad/truncated", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "5000")
		w.Write(page[:200])
	})
	mux.HandleFunc("/bad/oversize", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>funding</p>"), 10000))
	})
	mux.HandleFunc("/bad/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n...."))
	})
	mux.HandleFunc("/bad/notfeed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		http.ServeFile(w, r, "testdata/not-a-feed.data")
	})
	mux.HandleFunc("/secret/", func(w http.ResponseWriter, r *http.Request) { w.Write(page) })
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /secret/\n"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestBadSourcesAreRecordedAndOthersCarryOn(t *testing.T) {
	srv := badServer(t)
	u := srv.URL
	cfg := testConfig(t, sourcesYAML(
		`{name: good-feed, kind: feed, url: "`+u+`/good/feed.atom", exclude: [consultation]}`,
		`{name: timeout, kind: page, url: "`+u+`/bad/timeout"}`,
		`{name: reset, kind: page, url: "`+u+`/bad/reset"}`,
		`{name: flaky, kind: page, url: "`+u+`/flaky/award-2.html"}`,
		`{name: rate-limited, kind: page, url: "`+u+`/bad/429"}`,
		`{name: loop, kind: page, url: "`+u+`/bad/loop-a"}`,
		`{name: truncated, kind: page, url: "`+u+`/bad/truncated"}`,
		`{name: oversize, kind: page, url: "`+u+`/bad/oversize"}`,
		`{name: image, kind: page, url: "`+u+`/bad/image.png"}`,
		`{name: not-a-feed, kind: feed, url: "`+u+`/bad/notfeed"}`,
		`{name: robots, kind: page, url: "`+u+`/secret/page.html"}`,
		`{name: broken-link, kind: index, url: "`+u+`/good/index-1.html", links: "a.story", next: "a.next"}`,
	))
	cfg.Fetch.Timeout = 500 * time.Millisecond
	e := newRunnerEnv(t, cfg)
	ctx := ctxT(t, time.Minute)
	runs, err := e.r.RunSources(ctx, nil, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := byName(runs)
	want := map[string]struct {
		outcome, reason string
	}{
		"good-feed":    {store.RunOK, ""},
		"flaky":        {store.RunOK, ""},
		"broken-link":  {store.RunOK, ""},
		"timeout":      {store.RunFailed, ReasonTimeout},
		"reset":        {store.RunFailed, ReasonNetwork},
		"rate-limited": {store.RunFailed, ReasonRateLimited},
		"loop":         {store.RunFailed, ReasonRedirect},
		"truncated":    {store.RunFailed, ReasonTruncated},
		"oversize":     {store.RunFailed, ReasonTooLarge},
		"image":        {store.RunFailed, ReasonContentType},
		"not-a-feed":   {store.RunFailed, ReasonFeed},
		"robots":       {store.RunFailed, ReasonRobots},
	}
	for name, w := range want {
		r := got[name]
		if r == nil {
			t.Errorf("%s: no run", name)
			continue
		}
		if r.Outcome != w.outcome {
			t.Errorf("%s: outcome %s, want %s (errors %+v)", name, r.Outcome, w.outcome, r.Errors)
		}
		if w.reason != "" && !slices.Contains(reasons(r), w.reason) {
			t.Errorf("%s: reasons %v, want %s", name, reasons(r), w.reason)
		}
		for _, e := range r.Errors {
			if e.Message == "" {
				t.Errorf("%s: error without a message: %+v", name, e)
			}
		}
	}
	// good-feed and broken-link list the same pages and run at once: each
	// page is stored once, by whichever gets there first.
	if r := got["good-feed"]; r.PagesSeen != 2 || r.PagesFetched+r.PagesUnchanged != 2 {
		t.Errorf("good-feed: %+v", r)
	}
	// The records are in the store, with reasons.
	stored, err := e.st.Runs(ctx, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != len(want) {
		t.Fatalf("%d run records, want %d", len(stored), len(want))
	}
	for _, r := range stored {
		if r.Outcome == store.RunRunning || r.EndedAt.IsZero() {
			t.Errorf("record of %s not finished: %+v", r.Source, r)
		}
	}
	rec, _ := e.st.Runs(ctx, "robots", 1)
	if len(rec) != 1 || len(rec[0].Errors) == 0 || rec[0].Errors[0].Reason != ReasonRobots {
		t.Fatalf("robots record: %+v", rec)
	}
	// /good/award-1, -2, -3 (feed and index) and /flaky/award-2.
	n, _ := e.st.CountDocuments(ctx, "")
	if n != 4 {
		t.Errorf("%d documents stored, want 4", n)
	}
	if v := testutil.ToFloat64(e.r.m.Documents.WithLabelValues("flaky", "new")); v != 1 {
		t.Errorf("documents_total{flaky,new} = %v", v)
	}
	if v := testutil.ToFloat64(e.r.m.Runs.WithLabelValues("robots", "failed")); v != 1 {
		t.Errorf("runs_total{robots,failed} = %v", v)
	}
	if v := testutil.ToFloat64(e.r.m.FetchFailures.WithLabelValues("oversize", ReasonTooLarge)); v != 1 {
		t.Errorf("fetch_failures_total{oversize,too_large} = %v", v)
	}
	if v := testutil.ToFloat64(e.r.m.LastSuccess.WithLabelValues("good-feed")); v < float64(time.Now().Add(-time.Minute).Unix()) {
		t.Errorf("last success = %v", v)
	}
	// Label values are bounded: source names, codes, reasons; never URLs.
	mfs, err := e.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if strings.Contains(l.GetValue(), "://") || strings.Contains(l.GetValue(), "/") {
					t.Errorf("%s has an unbounded label %s=%q", mf.GetName(), l.GetName(), l.GetValue())
				}
			}
		}
	}
}

func TestRerunSkipsUnchanged(t *testing.T) {
	srv := badServer(t)
	u := srv.URL
	cfg := testConfig(t, sourcesYAML(
		`{name: feed, kind: feed, url: "`+u+`/good/feed.atom"}`,
		`{name: page, kind: page, url: "`+u+`/good/award-1.html"}`,
	))
	e := newRunnerEnv(t, cfg)
	ctx := ctxT(t, time.Minute)
	first, err := e.r.RunSources(ctx, nil, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f := byName(first)
	// Both list award-1; it is stored once, by whichever came first.
	if f["feed"].DocumentsNew+f["page"].DocumentsNew != 3 || f["feed"].PagesFailed+f["page"].PagesFailed != 0 {
		t.Fatalf("first run: %+v %+v", f["feed"], f["page"])
	}
	second, _ := e.r.RunSources(ctx, nil, RunOptions{})
	s := byName(second)
	// The feed answers 304: nothing to follow. The page answers 304.
	if r := s["feed"]; r.Outcome != store.RunOK || r.PagesSeen != 0 || r.PagesFetched != 0 {
		t.Errorf("feed re-run: %+v", r)
	}
	if r := s["page"]; r.Outcome != store.RunOK || r.PagesUnchanged != 1 || r.PagesFetched != 0 {
		t.Errorf("page re-run: %+v", r)
	}
	// Same page twice: one document per URL.
	if n, _ := e.st.CountDocuments(ctx, u+"/good/award-1.html"); n != 1 {
		t.Errorf("award-1 stored %d times", n)
	}
	// A server without validators: same body is not re-parsed or re-stored.
	var hits atomic.Int32
	plain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		http.ServeFile(w, r, "testdata/award-2.html") // ServeFile sets Last-Modified...
	}))
	defer plain.Close()
	nov := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := os.ReadFile("testdata/award-2.html")
		w.Header().Set("Content-Type", "text/html")
		w.Write(b) // ...this one sends no validators at all
	}))
	defer nov.Close()
	cfg2 := testConfig(t, sourcesYAML(`{name: noval, kind: page, url: "`+nov.URL+`/x"}`))
	r2 := NewRunner(cfg2, e.st, nil, nil)
	a, _ := r2.RunSources(ctx, nil, RunOptions{})
	b, _ := r2.RunSources(ctx, nil, RunOptions{})
	if a[0].DocumentsNew != 1 || b[0].PagesUnchanged != 1 || b[0].DocumentsNew+b[0].DocumentsChg != 0 {
		t.Errorf("no validators: first %+v, second %+v", a[0], b[0])
	}
}

func TestDryRunStoresNothing(t *testing.T) {
	srv := badServer(t)
	cfg := testConfig(t, sourcesYAML(`{name: feed, kind: feed, url: "`+srv.URL+`/good/feed.atom"}`))
	e := newRunnerEnv(t, cfg)
	ctx := ctxT(t, time.Minute)
	runs, err := e.r.RunSources(ctx, []string{"feed"}, RunOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if runs[0].PagesFetched != 3 || runs[0].ItemsExtracted == 0 {
		t.Fatalf("dry run: %+v", runs[0])
	}
	if n, _ := e.st.CountDocuments(ctx, ""); n != 0 {
		t.Fatalf("dry run stored %d documents", n)
	}
	if rs, _ := e.st.Runs(ctx, "", 10); len(rs) != 0 {
		t.Fatalf("dry run wrote %d run records", len(rs))
	}
	// A runner without a store can dry-run too.
	r := NewRunner(cfg, nil, nil, nil)
	if runs, _ := r.RunSources(ctx, nil, RunOptions{DryRun: true}); runs[0].Outcome != store.RunOK {
		t.Fatalf("storeless dry run: %+v", runs[0])
	}
	if _, err := r.RunSources(ctx, []string{"nope"}, RunOptions{}); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Fatalf("unknown source: %v", err)
	}
}

func TestIndexPagination(t *testing.T) {
	srv := badServer(t)
	cfg := testConfig(t, sourcesYAML(
		`{name: idx, kind: index, url: "`+srv.URL+`/good/index-1.html", links: "ul.news a.story", next: "a.next", exclude: [consultation]}`,
		`{name: one-page, kind: index, url: "`+srv.URL+`/good/index-1.html", links: "ul.news a.story", next: "a.next", max_pages: 1}`,
	))
	r := NewRunner(cfg, nil, nil, nil)
	ctx := ctxT(t, time.Minute)
	var urls []string
	listing, err := listIndex(ctx, &cfg.Sources[0], env{fetch: r.fetcher.Fetch})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range listing.Items {
		urls = append(urls, strings.TrimPrefix(it.URL, srv.URL))
	}
	if !slices.Equal(urls, []string{"/good/award-1.html", "/good/award-2.html"}) {
		t.Fatalf("index items %v", urls)
	}
	listing, _ = listIndex(ctx, &cfg.Sources[1], env{fetch: r.fetcher.Fetch})
	if len(listing.Items) != 2 {
		t.Fatalf("max_pages 1: %d items", len(listing.Items))
	}

	// A later page that fails keeps what the first listed: partial.
	cfg2 := testConfig(t, sourcesYAML(`{name: broken, kind: index, url: "`+srv.URL+`/good/index-broken-next.html", links: "a.story", next: "a.next"}`))
	e := newRunnerEnv(t, cfg2)
	runs, err := e.r.RunSources(ctx, nil, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r := runs[0]; r.Outcome != store.RunPartial || r.DocumentsNew != 1 || len(r.Errors) != 1 ||
		!strings.HasSuffix(r.Errors[0].URL, "/index-gone.html") || r.Errors[0].Reason != ReasonHTTP4xx {
		t.Fatalf("broken pagination: %+v", r)
	}
}

func TestGovUK(t *testing.T) {
	var searchQuery atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/api/search.json", func(w http.ResponseWriter, r *http.Request) {
		searchQuery.Store(r.URL.Query())
		w.Header().Set("Content-Type", "application/json")
		http.ServeFile(w, r, "testdata/govuk-search.json")
	})
	mux.HandleFunc("/api/content/government/news/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/api/content/government/news/coastal-resilience-fund-")
		w.Header().Set("Content-Type", "application/json")
		http.ServeFile(w, r, "testdata/govuk-content-"+name+".json")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cfg := testConfig(t, sourcesYAML(`{name: gov, kind: govuk, url: "`+srv.URL+`", organisations: [department-for-coasts], keywords: [fund, award]}`))
	e := newRunnerEnv(t, cfg)
	ctx := ctxT(t, time.Minute)
	runs, err := e.r.RunSources(ctx, nil, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r := runs[0]; r.Outcome != store.RunOK || r.DocumentsNew != 2 || r.ItemsExtracted == 0 {
		t.Fatalf("govuk run: %+v", r)
	}
	q := searchQuery.Load().(url.Values)
	if q["filter_organisations"][0] != "department-for-coasts" || q["q"][0] != "fund award" {
		t.Fatalf("search query %v", q)
	}
	ex, err := e.st.LatestExtractions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 2 {
		t.Fatalf("%d extractions", len(ex))
	}
	for _, x := range ex {
		if !strings.HasPrefix(x.URL, srv.URL+"/government/news/") {
			t.Errorf("document URL %s is not the public page", x.URL)
		}
		if !strings.HasPrefix(x.Published, "2024-") {
			t.Errorf("%s: published %q, want first_published_at", x.URL, x.Published)
		}
	}
}

func TestRunInputs(t *testing.T) {
	srv := badServer(t)
	cfg := testConfig(t, "")
	e := newRunnerEnv(t, cfg)
	ctx := ctxT(t, time.Minute)
	dir := t.TempDir()
	empty := dir + "/empty.html"
	os.WriteFile(empty, nil, 0o600)
	bin := dir + "/binary.html"
	os.WriteFile(bin, []byte("\x00\x01\x02\x03PK\x03\x04\x00\x00\xff\xfe"), 0o600)
	emptyDir := t.TempDir()
	os.WriteFile(emptyDir+"/notes.json", []byte("{}"), 0o600)
	cases := map[string]string{
		"testdata":                     "",
		"testdata/award-1.html":        "",
		srv.URL + "/good/award-2.html": "",
		dir + "/missing.html":          ReasonRead,
		empty:                          ReasonEmpty,
		bin:                            ReasonNotText,
		emptyDir:                       ReasonEmpty,
		"http://127.0.0.1:1/page":      ReasonNetwork,
	}
	var inputs []string
	for in := range cases {
		inputs = append(inputs, in)
	}
	runs := e.r.RunInputs(ctx, inputs, RunOptions{})
	for i, in := range inputs {
		r := runs[i]
		if cases[in] == "" {
			if r.Outcome != store.RunOK {
				t.Errorf("%s: %s %+v", in, r.Outcome, r.Errors)
			}
			continue
		}
		if r.Outcome != store.RunFailed || !slices.Contains(reasons(r), cases[in]) {
			t.Errorf("%s: outcome %s reasons %v, want failed with %s", in, r.Outcome, reasons(r), cases[in])
		}
	}
	if v := testutil.ToFloat64(e.r.m.Runs.WithLabelValues(adhocLabel, store.RunFailed)); v != 5 {
		t.Errorf("ad-hoc failed runs metric %v, want 5 under one bounded label", v)
	}
}

func TestValidateSources(t *testing.T) {
	cases := []struct {
		src  string
		want string
	}{
		{`{name: a, kind: carrier-pigeon}`, `unknown kind "carrier-pigeon"`},
		{`{name: a, kind: feed}`, "kind feed needs url"},
		{`{name: a, kind: page, url: "ftp://x/y"}`, "must be an http(s) URL"},
		{`{name: a, kind: index, url: "https://x/"}`, "kind index needs links"},
		{`{name: a, kind: govuk, url: "https://www.gov.uk"}`, "organisations or keywords"},
		{`{name: a, kind: file}`, "kind file needs path"},
		{`{name: a, kind: file, url: "https://x/"}`, "file:// URL"},
		{`{name: a, kind: feed, url: "https://x/", path: /tmp}`, "path is only for kind file"},
	}
	for _, c := range cases {
		y := "sources:\n  - " + c.src + "\n"
		cfg, err := config.ParseBytes("v.yaml", []byte(y))
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		p := ValidateSources(cfg)
		if len(p) == 0 || !strings.Contains(p.Error(), c.want) || !strings.Contains(p.Error(), "v.yaml:2:") {
			t.Errorf("%s: problems %v, want %q with file:line", c.src, p, c.want)
		}
	}
	ok := "sources:\n  - {name: a, kind: file, path: testdata}\n  - {name: b, kind: index, url: \"https://x/\", links: a}\n"
	cfg, _ := config.ParseBytes("v.yaml", []byte(ok))
	if p := ValidateSources(cfg); len(p) != 0 {
		t.Fatalf("valid sources: %v", p)
	}
}

// The example config documents every source kind; it must stay valid.
func TestExampleConfigSourcesAreValid(t *testing.T) {
	for _, v := range []string{"FUNDWATCH_WEBHOOK_URL", "FUNDWATCH_WEBHOOK_SECRET", "FUNDWATCH_SLACK_WEBHOOK_URL"} {
		t.Setenv(v, "https://example.org/hook")
	}
	cfg, err := config.Load("../configs/fundwatch.example.yaml")
	if err != nil {
		t.Fatalf("example config: %v", err)
	}
	if p := ValidateSources(cfg); len(p) > 0 {
		t.Fatalf("example sources: %v", p)
	}
	kindsSeen := map[string]bool{}
	for _, s := range cfg.Sources {
		kindsSeen[s.Kind] = true
	}
	for _, k := range []string{"feed", "index", "govuk", "file"} {
		if !kindsSeen[k] {
			t.Errorf("example config shows no %s source", k)
		}
	}
}
