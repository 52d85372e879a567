package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

// Benchmark set-up from issue 4: 1,000 generated announcement pages on 10
// local hosts (distinct ports on 127.0.0.1, so distinct rate limits), 50 ms
// latency per response, 10 requests/s allowed per host. The politeness
// floor is 1,000 / (10 × 10) = 10 s.
const (
	benchHosts    = 10
	benchPerHost  = 100
	benchLatency  = 50 * time.Millisecond
	benchRate     = 10.0
	benchFloorSec = float64(benchHosts*benchPerHost) / (benchHosts * benchRate)
)

// benchHost serves /feed.xml (RSS listing its pages, no dates) and
// /p/N.html, each with a strong ETag; If-None-Match answers 304.
type benchHost struct {
	srv      *httptest.Server
	feed304  atomic.Bool // answer the feed's conditional GET with 304
	requests atomic.Int64
	status   [600]atomic.Int64
}

func newBenchHost(h int) *benchHost {
	bh := &benchHost{}
	bh.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bh.requests.Add(1)
		time.Sleep(benchLatency) // simulated network and server latency
		code := bh.serve(h, w, r)
		bh.status[code].Add(1)
	}))
	return bh
}

func (bh *benchHost) serve(h int, w http.ResponseWriter, r *http.Request) int {
	switch {
	case r.URL.Path == "/robots.txt":
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		return 200
	case r.URL.Path == "/feed.xml":
		etag := `"feed-1"`
		if bh.feed304.Load() && r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return 304
		}
		if bh.feed304.Load() {
			w.Header().Set("ETag", etag)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>Host %d news</title><link>%s</link><description>news</description>`, h, bh.srv.URL)
		for i := range benchPerHost {
			fmt.Fprintf(&b, `<item><title>Fund %d-%d awards money</title><link>%s/p/%d.html</link><guid>%d-%d</guid></item>`, h, i, bh.srv.URL, i, h, i)
		}
		b.WriteString(`</channel></rss>`)
		w.Write([]byte(b.String()))
		return 200
	case strings.HasPrefix(r.URL.Path, "/p/"):
		i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/p/"), ".html"))
		if err != nil {
			http.NotFound(w, r)
			return 404
		}
		etag := fmt.Sprintf(`"p-%d-%d"`, h, i)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return 304
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, benchPage(h, i))
		return 200
	}
	http.NotFound(w, r)
	return 404
}

// benchPage is a generated announcement of typical size (~6 KB).
func benchPage(h, i int) string {
	var b strings.Builder
	fund := fmt.Sprintf("Community Fund %d", h)
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s round %d awards</title>`, fund, i+1)
	fmt.Fprintf(&b, `<meta property="article:published_time" content="2024-%02d-%02dT09:00:00Z"></head><body>`, i%12+1, i%28+1)
	b.WriteString(`<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header><main><article>`)
	fmt.Fprintf(&b, `<h1>%s round %d awards £%d million</h1>`, fund, i+1, i%9+1)
	fmt.Fprintf(&b, `<p>%d projects will share £%d million in round %d of the %s, the department announced today.</p>`, i%20+5, i%9+1, i+1, fund)
	for k := range 6 {
		fmt.Fprintf(&b, `<p>Borough Council %d has been awarded £%d,000 to improve local services and community facilities across the district over the next two years.</p>`, k+1, (k+1)*50+i)
	}
	for range 12 {
		b.WriteString(`<p>The programme supports councils, charities and community groups to deliver projects that make a lasting difference to the places where people live and work, with a focus on partnership and evidence of local need.</p>`)
	}
	b.WriteString(`</article></main><footer><p>Contact the press office.</p></footer></body></html>`)
	return b.String()
}

// peakRSSMB is this process's peak resident set (VmHWM), test binary and
// embedded store included.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return -1
}

// BenchmarkIngest1000Pages runs the benchmark. Run it with
//
//	go test -run '^$' -bench Ingest1000Pages -benchtime 1x ./ingest
//
// (or scripts/bench-ingest.sh). It reports the first run's wall time and
// its ratio to the 10 s politeness floor, two unchanged re-runs (feeds
// answering 304, so no page is requested; and feeds re-listing every page,
// each page answering 304), and the process's peak RSS.
func BenchmarkIngest1000Pages(b *testing.B) {
	for b.Loop() {
		hosts := make([]*benchHost, benchHosts)
		var srcs []string
		for h := range hosts {
			hosts[h] = newBenchHost(h)
			defer hosts[h].srv.Close()
			srcs = append(srcs, fmt.Sprintf(`{name: host-%d, kind: feed, url: "%s/feed.xml"}`, h, hosts[h].srv.URL))
		}
		cfg := testConfig(b, sourcesYAML(srcs...))
		cfg.Fetch.RatePerHost = benchRate
		cfg.Fetch.BurstPerHost = 1
		cfg.Fetch.Timeout = 30 * time.Second
		st := storetest.Open(b)
		r := NewRunner(cfg, st, nil, nil)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()

		run := func(name string, feed304 bool) (time.Duration, []*store.Run) {
			for _, h := range hosts {
				h.feed304.Store(feed304)
			}
			start := time.Now()
			runs, err := r.RunSources(ctx, nil, RunOptions{})
			if err != nil {
				b.Fatal(err)
			}
			el := time.Since(start)
			var seen, fetched, unchanged, failed int
			for _, x := range runs {
				seen += x.PagesSeen
				fetched += x.PagesFetched
				unchanged += x.PagesUnchanged
				failed += x.PagesFailed
			}
			b.Logf("%s: %v, %d pages seen, %d fetched, %d unchanged, %d failed", name, el.Round(time.Millisecond), seen, fetched, unchanged, failed)
			if failed > 0 {
				var errs []store.RunError
				for _, x := range runs {
					errs = append(errs, x.Errors...)
				}
				b.Fatalf("%s: %d pages failed after %v: %+v", name, failed, el, errs)
			}
			return el, runs
		}

		first, runs := run("first run", true)
		for _, x := range runs {
			if x.DocumentsNew != benchPerHost {
				b.Fatalf("first run stored %d documents for %s, want %d", x.DocumentsNew, x.Source, benchPerHost)
			}
		}
		feedUnchanged, _ := run("re-run, feeds 304", true)
		var pages304 int64
		for _, h := range hosts {
			pages304 -= h.status[304].Load()
		}
		pagesUnchanged, runs := run("re-run, every page 304", false)
		for _, h := range hosts {
			pages304 += h.status[304].Load()
		}
		if pages304 != benchHosts*benchPerHost {
			b.Fatalf("%d pages answered 304 in the page re-run, want %d", pages304, benchHosts*benchPerHost)
		}
		for _, x := range runs {
			if x.PagesUnchanged != benchPerHost {
				b.Fatalf("page re-run: %+v", x)
			}
		}
		b.ReportMetric(first.Seconds(), "first-run-s")
		b.ReportMetric(first.Seconds()/benchFloorSec, "x-floor")
		b.ReportMetric(feedUnchanged.Seconds(), "rerun-feed304-s")
		b.ReportMetric(feedUnchanged.Seconds()/first.Seconds()*100, "rerun-feed304-%")
		b.ReportMetric(pagesUnchanged.Seconds(), "rerun-pages304-s")
		b.ReportMetric(pagesUnchanged.Seconds()/first.Seconds()*100, "rerun-pages304-%")
		b.ReportMetric(peakRSSMB(), "peak-RSS-MB")
	}
}
