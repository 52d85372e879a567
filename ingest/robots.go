package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsAgent is the product token matched against robots.txt groups.
const robotsAgent = "fundwatch"

const (
	robotsTTL      = 24 * time.Hour
	robotsErrorTTL = 10 * time.Minute // 5xx / network: disallow, ask again soon
	robotsMaxBytes = 512 << 10        // RFC 9309 asks parsers to read at least 500 KiB
)

type robotsEntry struct {
	group   *robotstxt.Group // nil = allow all
	deny    error            // non-nil = disallow all for now
	reason  string           // of deny: robots, or network when unreachable
	expires time.Time
}

type robotsCache struct {
	f  *Fetcher
	mu sync.Mutex
	m  map[string]*robotsEntry
	// inflight de-duplicates concurrent fetches of one host's robots.txt.
	inflight map[string]chan struct{}
}

func newRobotsCache(f *Fetcher) *robotsCache {
	return &robotsCache{f: f, m: map[string]*robotsEntry{}, inflight: map[string]chan struct{}{}}
}

// allowed returns nil when robots.txt lets fundwatch fetch u.
func (c *robotsCache) allowed(ctx context.Context, u *url.URL, source string) error {
	key := u.Scheme + "://" + u.Host
	for {
		c.mu.Lock()
		e, ok := c.m[key]
		if ok && c.f.now().Before(e.expires) {
			c.mu.Unlock()
			return e.check(u)
		}
		if ch, busy := c.inflight[key]; busy {
			c.mu.Unlock()
			select {
			case <-ch:
				continue
			case <-ctx.Done():
				return &Error{URL: u.String(), Reason: ReasonCanceled, Err: ctx.Err()}
			}
		}
		ch := make(chan struct{})
		c.inflight[key] = ch
		c.mu.Unlock()

		e = c.load(ctx, key, u.Host, source)
		c.mu.Lock()
		c.m[key] = e
		delete(c.inflight, key)
		close(ch)
		c.mu.Unlock()
		return e.check(u)
	}
}

func (e *robotsEntry) check(u *url.URL) error {
	if e.deny != nil {
		reason := e.reason
		if reason == "" {
			reason = ReasonRobots
		}
		return &Error{URL: u.String(), Reason: reason, Err: e.deny}
	}
	if e.group == nil {
		return nil
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !e.group.Test(p) {
		return &Error{URL: u.String(), Reason: ReasonRobots, Err: errors.New("disallowed by robots.txt")}
	}
	return nil
}

// load fetches robots.txt once, through the host's rate limit.
func (c *robotsCache) load(ctx context.Context, base, host, source string) *robotsEntry {
	now := c.f.now()
	deny := func(err error) *robotsEntry {
		return &robotsEntry{deny: err, expires: now.Add(robotsErrorTTL)}
	}
	// The host's rate applies; the global concurrency slot does not, since
	// a redirect's robots check runs while its request holds one.
	if err := c.f.limiter(host).Wait(ctx); err != nil {
		return &robotsEntry{deny: fmt.Errorf("robots.txt not read: %w", err), expires: now} // not cached
	}
	ctx, cancel := context.WithTimeout(ctx, c.f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/robots.txt", nil)
	if err != nil {
		return deny(err)
	}
	req.Header.Set("User-Agent", c.f.ua)
	resp, err := c.f.client.Do(req)
	if err != nil {
		c.f.metrics.Requests.WithLabelValues(metricSource(source), "error").Inc()
		e := deny(fmt.Errorf("robots.txt unreachable, so disallowed for now (RFC 9309): %w", err))
		e.reason = classify(err)
		return e
	}
	defer resp.Body.Close()
	c.f.metrics.Requests.WithLabelValues(metricSource(source), fmt.Sprint(resp.StatusCode)).Inc()
	switch {
	case resp.StatusCode >= 500:
		return deny(fmt.Errorf("robots.txt answered HTTP %d, so disallowed for now (RFC 9309)", resp.StatusCode))
	case resp.StatusCode >= 400:
		return &robotsEntry{expires: now.Add(robotsTTL)} // no robots.txt: allow all
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	if err != nil {
		return deny(fmt.Errorf("robots.txt unreadable, so disallowed for now: %w", err))
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		// Unparseable rules: treat like a missing file.
		return &robotsEntry{expires: now.Add(robotsTTL)}
	}
	g := data.FindGroup(robotsAgent)
	if g != nil && g.CrawlDelay > 0 {
		c.f.floorDelay(host, g.CrawlDelay)
	}
	return &robotsEntry{group: g, expires: now.Add(robotsTTL)}
}
