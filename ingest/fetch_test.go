package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/fundwatch/fundwatch/internal/config"
)

// sleeps records the delays the fetcher asked for, without waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// testFetch returns fetch settings for tests: fast, few retries.
func testFetch() config.Fetch {
	f := config.Default().Fetch
	f.RatePerHost = 1000
	f.BurstPerHost = 100
	f.Timeout = 5 * time.Second
	f.ConnectTimeout = 2 * time.Second
	f.Retries = 2
	f.RetryBaseDelay = 100 * time.Millisecond
	f.RetryMaxDelay = time.Minute
	f.Contact = "ops@example.org"
	return f
}

func newTestFetcher(t *testing.T, fc config.Fetch) (*Fetcher, *sleeps, *prometheus.Registry) {
	t.Helper()
	reg := prometheus.NewRegistry()
	f := NewFetcher(fc, NewMetrics(reg))
	s := &sleeps{}
	f.sleep = s.sleep
	return f, s, reg
}

func reasonOf(t *testing.T, err error) string {
	t.Helper()
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T) is not an *ingest.Error", err, err)
	}
	return fe.Reason
}

func TestFetchBadInputs(t *testing.T) {
	page := "<html><body><p>ok</p></body></html>"
	var hits sync.Map // path -> *atomic.Int32
	count := func(p string) int32 {
		v, _ := hits.LoadOrStore(p, new(atomic.Int32))
		return v.(*atomic.Int32).Load()
	}
	mux := http.NewServeMux()
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	mux.HandleFunc("/timeout", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-block:
		}
	})
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		if tc, ok := conn.(*net.TCPConn); ok {
			_ = tc.SetLinger(0) // RST, not FIN
		}
		conn.Close()
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if count("/flaky") == 1 {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/always500", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/notfound", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) })
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) })
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	mux.HandleFunc("/truncated", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "1000")
		w.Write([]byte("<html><body>only part"))
	})
	mux.HandleFunc("/oversize", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 4096))
	})
	mux.HandleFunc("/oversize-chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 8 {
			w.Write(bytes.Repeat([]byte("x"), 512))
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, _ := hits.LoadOrStore(r.URL.Path, new(atomic.Int32))
		v.(*atomic.Int32).Add(1)
		mux.ServeHTTP(w, r)
	}))
	defer srv.Close()

	fc := testFetch()
	fc.Timeout = 300 * time.Millisecond
	fc.MaxBodyBytes = 1024
	f, sl, reg := newTestFetcher(t, fc)
	ctx := context.Background()

	cases := []struct {
		path     string
		reason   string // "" = success
		requests int32
	}{
		{"/timeout", ReasonTimeout, 3},
		{"/reset", ReasonNetwork, 3},
		{"/flaky", "", 2},
		{"/always500", ReasonHTTP5xx, 3},
		{"/notfound", ReasonHTTP4xx, 1},
		{"/loop-a", ReasonRedirect, 1},
		{"/to-ftp", ReasonRedirect, 1},
		{"/truncated", ReasonTruncated, 3},
		{"/oversize", ReasonTooLarge, 1},
		{"/oversize-chunked", ReasonTooLarge, 1},
	}
	for _, c := range cases {
		t.Run(strings.TrimPrefix(c.path, "/"), func(t *testing.T) {
			resp, err := f.Fetch(ctx, Request{URL: srv.URL + c.path, Source: "s"})
			if c.reason == "" {
				if err != nil {
					t.Fatalf("want success, got %v", err)
				}
				if string(resp.Body) != page {
					t.Fatalf("body %q", resp.Body)
				}
			} else {
				if err == nil {
					t.Fatalf("want %s, got success", c.reason)
				}
				if got := reasonOf(t, err); got != c.reason {
					t.Fatalf("reason %q, want %q (%v)", got, c.reason, err)
				}
				if !strings.Contains(err.Error(), c.path) {
					t.Errorf("error %q does not name the URL", err)
				}
			}
			if c.path == "/loop-a" {
				return // the loop is followed a few times within one Fetch
			}
			if n := count(c.path); n != c.requests {
				t.Errorf("%d requests, want %d", n, c.requests)
			}
		})
	}
	if len(sl.all()) == 0 {
		t.Error("retries did not back off")
	}
	for _, d := range sl.all() {
		if d < 0 || d > fc.RetryBaseDelay<<2 {
			t.Errorf("backoff %v outside [0, %v]", d, fc.RetryBaseDelay<<2)
		}
	}
	if got := testutil.ToFloat64(f.metrics.Requests.WithLabelValues("s", "500")); got != 4 {
		t.Errorf("fundwatch_fetch_requests_total{code=500} = %v, want 4 (1 flaky + 3 always500)", got)
	}
	if n, err := testutil.GatherAndCount(reg, "fundwatch_fetch_requests_total"); err != nil || n == 0 {
		t.Errorf("requests metric not gathered: %d, %v", n, err)
	}
}

func TestFetchRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var n atomic.Int32
	var retryAfter atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", retryAfter.Load().(string))
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte("<p>fine</p>"))
	}))
	defer srv.Close()
	for _, c := range []struct {
		name, header string
		want         time.Duration
	}{
		{"seconds", "7", 7 * time.Second},
		{"http-date", now.Add(45 * time.Second).Format(http.TimeFormat), 45 * time.Second},
		{"capped", "86400", time.Minute},
		{"date in the past", now.Add(-time.Hour).Format(http.TimeFormat), -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			n.Store(0)
			retryAfter.Store(c.header)
			f, sl, _ := newTestFetcher(t, testFetch())
			f.now = func() time.Time { return now }
			if _, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/p"}); err != nil {
				t.Fatal(err)
			}
			d := sl.all()
			if len(d) != 1 {
				t.Fatalf("slept %v, want one wait", d)
			}
			if c.want >= 0 && d[0] != c.want {
				t.Fatalf("waited %v, want %v", d[0], c.want)
			}
			if c.want < 0 && d[0] > testFetch().RetryBaseDelay {
				t.Fatalf("past date: waited %v, want the normal backoff", d[0])
			}
		})
	}
	t.Run("gives up with a reason", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
		}))
		defer srv.Close()
		f, sl, _ := newTestFetcher(t, testFetch())
		_, err := f.Fetch(context.Background(), Request{URL: srv.URL})
		if reasonOf(t, err) != ReasonRateLimited {
			t.Fatalf("reason %v", err)
		}
		if len(sl.all()) != testFetch().Retries {
			t.Fatalf("waits %v", sl.all())
		}
	})
}

func TestFetchCancelledWhileWaiting(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	f := NewFetcher(testFetch(), nil) // real sleep: the context must end it
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := f.Fetch(ctx, Request{URL: srv.URL})
	if reasonOf(t, err) != ReasonCanceled || time.Since(start) > 5*time.Second {
		t.Fatalf("err %v after %v", err, time.Since(start))
	}
}

func TestFetchSlowDripIsBoundedByTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 100; i++ {
			if _, err := w.Write([]byte("<p>drip</p>")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}))
	defer srv.Close()
	fc := testFetch()
	fc.Timeout = 300 * time.Millisecond
	fc.Retries = 0
	f, _, _ := newTestFetcher(t, fc)
	start := time.Now()
	_, err := f.Fetch(context.Background(), Request{URL: srv.URL})
	if reasonOf(t, err) != ReasonTimeout {
		t.Fatalf("want timeout, got %v", err)
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Fatalf("took %v", el)
	}
}

func TestFetchHeadersGzipAndConditional(t *testing.T) {
	var gotUA, gotINM, gotIMS atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA.Store(r.UserAgent())
		gotINM.Store(r.Header.Get("If-None-Match"))
		gotIMS.Store(r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Tue, 14 May 2024 09:00:00 GMT")
		w.Header().Set("Content-Type", "text/html")
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte("<p>zipped</p>"))
			zw.Close()
			return
		}
		w.Write([]byte("<p>plain</p>"))
	}))
	defer srv.Close()
	f, _, _ := newTestFetcher(t, testFetch())
	resp, err := f.Fetch(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "<p>zipped</p>" {
		t.Fatalf("gzip body not decoded: %q", resp.Body)
	}
	if ua := gotUA.Load().(string); !strings.Contains(ua, "fundwatch") || !strings.Contains(ua, "ops@example.org") {
		t.Fatalf("User-Agent %q lacks fundwatch and the contact", ua)
	}
	resp, err = f.Fetch(context.Background(), Request{URL: srv.URL, ETag: resp.ETag, LastModified: resp.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.NotModified || resp.ETag != `"v1"` {
		t.Fatalf("want 304 keeping the validators, got %+v", resp)
	}
	if gotINM.Load() != `"v1"` || gotIMS.Load() != "Tue, 14 May 2024 09:00:00 GMT" {
		t.Fatalf("conditional headers not sent: %v %v", gotINM.Load(), gotIMS.Load())
	}
}

func TestRobots(t *testing.T) {
	var robotsHits atomic.Int32
	robots := func(status int, body string) *httptest.Server {
		return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				robotsHits.Add(1)
				w.WriteHeader(status)
				w.Write([]byte(body))
				return
			}
			w.Write([]byte("<p>page</p>"))
		}))
	}
	rules := "User-agent: *\nDisallow: /private/\n\nUser-agent: fundwatch\nDisallow: /news/drafts\nCrawl-delay: 2\n"
	cases := []struct {
		name   string
		status int
		body   string
		path   string
		reason string
	}{
		{"allowed", 200, rules, "/news/today", ""},
		{"disallowed for fundwatch", 200, rules, "/news/drafts/1", ReasonRobots},
		{"4xx allows all", 404, "", "/private/x", ""},
		{"5xx disallows for now", 503, "", "/news/today", ReasonRobots},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := robots(c.status, c.body)
			defer srv.Close()
			robotsHits.Store(0)
			f, _, _ := newTestFetcher(t, testFetch())
			for range 2 {
				_, err := f.Fetch(context.Background(), Request{URL: srv.URL + c.path, Robots: true})
				if c.reason == "" && err != nil {
					t.Fatalf("want allowed, got %v", err)
				}
				if c.reason != "" && (err == nil || reasonOf(t, err) != c.reason) {
					t.Fatalf("want %s, got %v", c.reason, err)
				}
			}
			if n := robotsHits.Load(); n != 1 {
				t.Fatalf("robots.txt read %d times, want once (cached)", n)
			}
			if c.status == 200 {
				host := strings.TrimPrefix(srv.URL, "http://")
				if lim := f.limiter(host).Limit(); lim > 0.5+1e-9 {
					t.Fatalf("Crawl-delay 2 did not floor the rate: %v/s", lim)
				}
			}
		})
	}
	t.Run("redirect target's robots.txt", func(t *testing.T) {
		other := robots(200, "User-agent: *\nDisallow: /secret/\n")
		defer other.Close()
		from := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			http.Redirect(w, r, other.URL+"/secret/page", http.StatusFound)
		}))
		defer from.Close()
		fc := testFetch()
		fc.Concurrency = 1 // the check must not wait for the slot its request holds
		f, _, _ := newTestFetcher(t, fc)
		_, err := f.Fetch(ctxT(t, 10*time.Second), Request{URL: from.URL + "/go", Robots: true})
		if err == nil || reasonOf(t, err) != ReasonRobots {
			t.Fatalf("want robots, got %v", err)
		}
		if _, err := f.Fetch(ctxT(t, 10*time.Second), Request{URL: from.URL + "/go", Robots: false}); err != nil {
			t.Fatalf("robots off: %v", err)
		}
	})
	t.Run("off per source", func(t *testing.T) {
		srv := robots(200, "User-agent: *\nDisallow: /\n")
		defer srv.Close()
		f, _, _ := newTestFetcher(t, testFetch())
		if _, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/x", Robots: false}); err != nil {
			t.Fatal(err)
		}
	})
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"": 0, "0": 0, "-5": 0, "120": 2 * time.Minute, "soon": 0,
		now.Add(time.Hour).Format(http.TimeFormat):  time.Hour,
		now.Add(-time.Hour).Format(http.TimeFormat): 0,
	} {
		if got := parseRetryAfter(in, now); got != want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}
