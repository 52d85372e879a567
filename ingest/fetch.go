package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/time/rate"

	"github.com/fundwatch/fundwatch/internal/config"
)

// Reasons a page could not be ingested. They label metrics and appear in
// run records.
const (
	ReasonTimeout     = "timeout"      // connect or total time bound
	ReasonNetwork     = "network"      // refused, reset, DNS
	ReasonHTTP4xx     = "http_4xx"     // not retried (except 429)
	ReasonHTTP5xx     = "http_5xx"     // after retries
	ReasonRateLimited = "rate_limited" // 429 after retries
	ReasonRedirect    = "redirect"     // too many redirects, a loop, or a non-http(s) target
	ReasonTruncated   = "truncated"    // body shorter than Content-Length
	ReasonTooLarge    = "too_large"    // body over fetch.max_body_bytes / parse.max_bytes
	ReasonContentType = "content_type" // not a page we can read
	ReasonRobots      = "robots"       // robots.txt disallows it
	ReasonFeed        = "not_a_feed"   // feed that is not RSS/Atom XML
	ReasonParse       = "parse"        // extraction failed
	ReasonEmpty       = "empty"        // nothing to read
	ReasonNotText     = "not_text"     // binary data
	ReasonRead        = "read"         // a local file could not be read
	ReasonStore       = "store"        // the store refused a write
	ReasonPanic       = "panic"        // a bug; recovered and recorded
	ReasonInvalid     = "invalid"      // a malformed URL, JSON or listing
	ReasonCanceled    = "canceled"     // the run was cancelled (shutdown)
)

// Error is a fetch failure with a reason.
type Error struct {
	URL    string
	Reason string
	Status int // HTTP status when there was a response
	Err    error
}

func (e *Error) Error() string {
	if e.URL == "" {
		return e.Err.Error()
	}
	return fmt.Sprintf("%s: %v", redactURL(e.URL), e.Err)
}
func (e *Error) Unwrap() error { return e.Err }

// ReasonOf returns the reason of an error from this package (ReasonParse
// and friends), or "error".
func ReasonOf(err error) string {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Reason
	}
	if errors.Is(err, context.Canceled) {
		return ReasonCanceled
	}
	return "error"
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	u.User = url.User("REDACTED")
	return u.String()
}

// robotsKey marks a request context whose redirects are checked against
// robots.txt; the value is the source name (a metrics label).
type robotsKey struct{}

// Request is one GET.
type Request struct {
	URL string
	// Conditional GET validators from the last fetch.
	ETag, LastModified string
	// Source labels metrics.
	Source string
	// Robots says whether robots.txt applies.
	Robots bool
	// Accept is sent as the Accept header ("" = HTML).
	Accept string
}

// Response is a fetched body (or a 304).
type Response struct {
	Status       int
	NotModified  bool
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	FinalURL     string
}

// Fetcher is the polite HTTP client. It is safe for concurrent use.
type Fetcher struct {
	client  *http.Client
	cfg     config.Fetch
	ua      string
	metrics *Metrics
	sem     chan struct{}
	robots  *robotsCache

	mu    sync.Mutex
	hosts map[string]*rate.Limiter

	// sleep waits d or until ctx is done; tests replace it to observe
	// backoff without waiting.
	sleep func(ctx context.Context, d time.Duration) error
	// now is the clock for Retry-After dates and the robots cache.
	now func() time.Time
}

// NewFetcher builds a fetcher from the fetch settings. m may be nil.
func NewFetcher(fc config.Fetch, m *Metrics) *Fetcher {
	if m == nil {
		m = NewMetrics(nil)
	}
	dialer := &net.Dialer{Timeout: fc.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   fc.ConnectTimeout,
		ResponseHeaderTimeout: fc.Timeout,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		// gzip: the transport asks for it and decompresses transparently.
	}
	f := &Fetcher{
		cfg:     fc,
		ua:      userAgent(fc),
		metrics: m,
		sem:     make(chan struct{}, max(fc.Concurrency, 1)),
		hosts:   map[string]*rate.Limiter{},
		sleep:   sleepCtx,
		now:     time.Now,
	}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   fc.Timeout, // covers a body that drips slowly
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s URL refused", req.URL.Scheme)
			}
			if len(via) > fc.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", fc.MaxRedirects)
			}
			for _, v := range via {
				if v.URL.String() == req.URL.String() {
					return fmt.Errorf("redirect loop at %s", redactURL(req.URL.String()))
				}
			}
			// robots.txt of the host redirected to applies too.
			if src, ok := req.Context().Value(robotsKey{}).(string); ok && req.URL.Host != via[0].URL.Host {
				return f.robots.allowed(req.Context(), req.URL, src)
			}
			return nil
		},
	}
	f.robots = newRobotsCache(f)
	return f
}

func userAgent(fc config.Fetch) string {
	ua := fc.UserAgent
	if ua == "" {
		ua = "fundwatch"
	}
	if !strings.Contains(strings.ToLower(ua), "fundwatch") {
		ua = "fundwatch " + ua
	}
	if fc.Contact != "" {
		ua += " (+" + fc.Contact + ")"
	}
	return ua
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// limiter returns the rate limiter of a host (host:port).
func (f *Fetcher) limiter(host string) *rate.Limiter {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, ok := f.hosts[host]
	if !ok {
		l = rate.NewLimiter(rate.Limit(f.cfg.RatePerHost), max(f.cfg.BurstPerHost, 1))
		f.hosts[host] = l
	}
	return l
}

// floorDelay makes a host at most one request per d (robots Crawl-delay).
func (f *Fetcher) floorDelay(host string, d time.Duration) {
	if d <= 0 {
		return
	}
	l := f.limiter(host)
	if lim := rate.Every(d); lim < l.Limit() {
		l.SetLimit(lim)
		l.SetBurst(1)
	}
}

// Fetch GETs a URL politely: robots.txt, the host's rate, the global
// concurrency bound, bounded retries. A 304 is a Response with
// NotModified set. Errors are *Error with a reason.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &Error{URL: req.URL, Reason: ReasonInvalid, Err: errors.New("not an http(s) URL")}
	}
	if req.Robots {
		if err := f.robots.allowed(ctx, u, req.Source); err != nil {
			return nil, err
		}
	}
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return nil, &Error{URL: req.URL, Reason: ReasonCanceled, Err: err}
		}
		resp, retryAfter, err := f.once(ctx, u, req)
		if err == nil {
			return resp, nil
		}
		var fe *Error
		errors.As(err, &fe)
		if attempt >= f.cfg.Retries || !retryable(fe) || ctx.Err() != nil {
			return nil, err
		}
		delay := f.backoff(attempt)
		if retryAfter > 0 {
			delay = min(retryAfter, f.cfg.RetryMaxDelay)
		}
		if err := f.sleep(ctx, delay); err != nil {
			return nil, &Error{URL: req.URL, Reason: ReasonCanceled, Err: fmt.Errorf("waiting to retry: %w", err)}
		}
	}
}

func retryable(e *Error) bool {
	if e == nil {
		return false
	}
	switch e.Reason {
	case ReasonNetwork, ReasonTimeout, ReasonHTTP5xx, ReasonRateLimited, ReasonTruncated:
		return true
	}
	return false
}

// backoff is exponential with full jitter: uniform in [0, base·2^attempt],
// capped at RetryMaxDelay.
func (f *Fetcher) backoff(attempt int) time.Duration {
	ceil := f.cfg.RetryBaseDelay << min(attempt, 20)
	if ceil <= 0 || ceil > f.cfg.RetryMaxDelay {
		ceil = f.cfg.RetryMaxDelay
	}
	if ceil <= 0 {
		return 0
	}
	return time.Duration(rand.Int64N(int64(ceil) + 1))
}

// wait takes the host's rate token and a global concurrency slot.
func (f *Fetcher) wait(ctx context.Context, host string) (release func(), err error) {
	if err := f.limiter(host).Wait(ctx); err != nil {
		return nil, err
	}
	select {
	case f.sem <- struct{}{}:
		return func() { <-f.sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// once is one attempt. retryAfter is set for 429/503 with Retry-After.
func (f *Fetcher) once(ctx context.Context, u *url.URL, req Request) (*Response, time.Duration, error) {
	fail := func(reason string, status int, err error) (*Response, time.Duration, error) {
		return nil, 0, &Error{URL: req.URL, Reason: reason, Status: status, Err: err}
	}
	release, err := f.wait(ctx, u.Host)
	if err != nil {
		return fail(ReasonCanceled, 0, err)
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	if req.Robots {
		ctx = context.WithValue(ctx, robotsKey{}, req.Source)
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(ReasonInvalid, 0, err)
	}
	hr.Header.Set("User-Agent", f.ua)
	accept := req.Accept
	if accept == "" {
		accept = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"
	}
	hr.Header.Set("Accept", accept)
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hr)
	if err != nil {
		f.metrics.Requests.WithLabelValues(metricSource(req.Source), "error").Inc()
		return fail(classify(err), 0, err)
	}
	defer resp.Body.Close()
	f.metrics.Requests.WithLabelValues(metricSource(req.Source), strconv.Itoa(resp.StatusCode)).Inc()
	out := &Response{
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FinalURL:     resp.Request.URL.String(),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
		if out.ETag == "" {
			out.ETag = req.ETag
		}
		if out.LastModified == "" {
			out.LastModified = req.LastModified
		}
		return out, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		ra := parseRetryAfter(resp.Header.Get("Retry-After"), f.now())
		reason := ReasonRateLimited
		if resp.StatusCode == http.StatusServiceUnavailable {
			reason = ReasonHTTP5xx
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
		return nil, ra, &Error{URL: req.URL, Reason: reason, Status: resp.StatusCode, Err: fmt.Errorf("HTTP %s", resp.Status)}
	case resp.StatusCode >= 500:
		return fail(ReasonHTTP5xx, resp.StatusCode, fmt.Errorf("HTTP %s", resp.Status))
	case resp.StatusCode >= 400:
		return fail(ReasonHTTP4xx, resp.StatusCode, fmt.Errorf("HTTP %s", resp.Status))
	case resp.StatusCode < 200 || resp.StatusCode >= 300:
		return fail(ReasonHTTP4xx, resp.StatusCode, fmt.Errorf("unexpected HTTP %s", resp.Status))
	}
	if resp.ContentLength > f.cfg.MaxBodyBytes {
		return fail(ReasonTooLarge, resp.StatusCode, fmt.Errorf("body of %d bytes is over fetch.max_body_bytes (%d)", resp.ContentLength, f.cfg.MaxBodyBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBodyBytes+1))
	f.metrics.Bytes.Add(float64(len(body)))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return fail(ReasonTruncated, resp.StatusCode, fmt.Errorf("body cut short after %d of %d bytes", len(body), resp.ContentLength))
		}
		return fail(classify(err), resp.StatusCode, fmt.Errorf("read body: %w", err))
	}
	if int64(len(body)) > f.cfg.MaxBodyBytes {
		return fail(ReasonTooLarge, resp.StatusCode, fmt.Errorf("body over fetch.max_body_bytes (%d)", f.cfg.MaxBodyBytes))
	}
	out.Body = body
	return out, 0, nil
}

// classify maps a transport error to a reason.
func classify(err error) string {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Reason // robots.txt refused a redirect target
	}
	var ue *url.Error
	if errors.As(err, &ue) && strings.Contains(ue.Err.Error(), "redirect") {
		return ReasonRedirect
	}
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return ReasonTimeout
	case errors.As(err, &ne) && ne.Timeout():
		return ReasonTimeout
	case errors.Is(err, context.Canceled):
		return ReasonCanceled
	case errors.Is(err, io.ErrUnexpectedEOF):
		return ReasonTruncated
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, io.EOF):
		return ReasonNetwork
	}
	return ReasonNetwork
}

// parseRetryAfter reads delay-seconds or an HTTP-date; 0 when absent or
// in the past.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n <= 0 {
			return 0
		}
		// Clamp before multiplying: a huge value must not overflow into a
		// negative wait (found by FuzzRetryAfter). The caller caps it.
		const maxSeconds = 365 * 24 * 60 * 60
		return time.Duration(min(n, maxSeconds)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

func metricSource(s string) string {
	if s == "" {
		return "adhoc"
	}
	return s
}
