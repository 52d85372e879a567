package alerts

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/parse"
)

// Events a Message can carry.
const (
	EventFiring    = "firing"    // the alert started
	EventEscalated = "escalated" // a higher threshold was crossed
	EventReminder  = "reminder"  // still firing after repeat_interval
	EventResolved  = "resolved"  // utilisation fell below the lowest threshold minus hysteresis
	EventTest      = "test"      // `fundwatch alerts test`
)

// Message is what every notifier receives, and, as JSON, the body of the
// webhook notifier (schema version 1):
//
//	{
//	  "version": "1",
//	  "id": "3f2a…",                 // idempotency key, also the Idempotency-Key header
//	  "event": "firing",             // firing | escalated | reminder | resolved | test
//	  "fund": "Local Growth Fund",
//	  "period": "2016/17",           // UK financial year, or "all"
//	  "severity": "warning",         // warning | critical | exceeded (the last one for resolved)
//	  "previous_severity": "",       // set on escalated
//	  "threshold": 0.8,              // the threshold of severity
//	  "currency": "GBP",
//	  "committed": 820000000,        // currency units
//	  "limit": 1000000000,           // currency units
//	  "utilisation": 0.82,           // committed / limit
//	  "limit_source": "config",      // config | extracted
//	  "limit_document": {…},         // the announcement an extracted limit came from
//	  "starts_at": "2026-11-25T21:00:00Z",
//	  "at": "2026-11-25T21:00:00Z",  // when the event happened
//	  "summary": "Local Growth Fund 2016/17 at 82.0% of its limit (warning)",
//	  "announcements": [             // most recent first, at most 10
//	    {"title": "…", "published": "2016-08-01", "url": "https://…",
//	     "evidence": "…", "amount": 23000000, "kind": "round"}
//	  ],
//	  "announcements_total": 14
//	}
type Message struct {
	Version            string         `json:"version"`
	ID                 string         `json:"id"`
	Event              string         `json:"event"`
	Fund               string         `json:"fund"`
	Period             string         `json:"period"`
	Severity           string         `json:"severity"`
	PreviousSeverity   string         `json:"previous_severity,omitempty"`
	Threshold          float64        `json:"threshold"`
	Currency           string         `json:"currency"`
	Committed          float64        `json:"committed"`
	Limit              float64        `json:"limit"`
	Utilisation        float64        `json:"utilisation"`
	LimitSource        string         `json:"limit_source"`
	LimitDocument      *Announcement  `json:"limit_document,omitempty"`
	StartsAt           time.Time      `json:"starts_at"`
	At                 time.Time      `json:"at"`
	Summary            string         `json:"summary"`
	Announcements      []Announcement `json:"announcements"`
	AnnouncementsTotal int            `json:"announcements_total"`
}

// Announcement is a published document behind a figure.
type Announcement struct {
	Title     string  `json:"title"`
	Published string  `json:"published"`
	URL       string  `json:"url"`
	Evidence  string  `json:"evidence"`
	Amount    float64 `json:"amount,omitempty"` // currency units
	Kind      string  `json:"kind,omitempty"`   // round | award | limit
}

// Text renders the message for humans (email body, Slack text).
func (m *Message) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", m.Summary)
	if m.Event == EventTest {
		return b.String()
	}
	fmt.Fprintf(&b, "Fund:        %s\nPeriod:      %s\nSeverity:    %s\n", m.Fund, m.Period, m.Severity)
	fmt.Fprintf(&b, "Committed:   %s\nLimit:       %s (%s)\nUtilisation: %.1f%%\n",
		money(m.Currency, m.Committed), money(m.Currency, m.Limit), m.LimitSource, 100*m.Utilisation)
	if d := m.LimitDocument; d != nil {
		fmt.Fprintf(&b, "Limit from:  %s (%s) %s\n             %q\n", d.Title, d.Published, d.URL, d.Evidence)
	}
	if len(m.Announcements) > 0 {
		fmt.Fprintf(&b, "\nAnnouncements (%d of %d, most recent first):\n", len(m.Announcements), m.AnnouncementsTotal)
		for _, a := range m.Announcements {
			fmt.Fprintf(&b, "- %s (%s) %s\n  %s: %q\n", a.Title, a.Published, a.URL, money(m.Currency, a.Amount), a.Evidence)
		}
	}
	return b.String()
}

// money formats an amount in currency units, with pence or cents when
// there are any: £23,000,000, £1,234.50.
func money(cur string, v float64) string {
	cents := int64(math.Round(v * 100))
	neg := cents < 0
	if neg {
		cents = -cents
	}
	s := parse.Money(cur, cents/100)
	if r := cents % 100; r != 0 {
		s += fmt.Sprintf(".%02d", r)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Notifier sends one message somewhere. It reports whether a failure is
// worth retrying (network errors, 5xx, 429) as alertmanager's notify does.
type Notifier interface {
	Notify(ctx context.Context, m *Message) (retry bool, err error)
}

// NotifierFunc adapts a function to Notifier.
type NotifierFunc func(ctx context.Context, m *Message) (bool, error)

// Notify implements Notifier.
func (f NotifierFunc) Notify(ctx context.Context, m *Message) (bool, error) { return f(ctx, m) }

// RetryAfterError asks the caller to wait at least After before retrying
// (an HTTP 429 or 503 with Retry-After).
type RetryAfterError struct {
	After time.Duration
	Err   error
}

func (e *RetryAfterError) Error() string { return e.Err.Error() }
func (e *RetryAfterError) Unwrap() error { return e.Err }

// ErrUnknownNotifier is returned for a --notifier name that is not configured.
var ErrUnknownNotifier = errors.New("no such notifier")

// kind is one notifier kind: how to check its config and how to build it.
type kind struct {
	validate func(n *config.Notifier) []string
	build    func(n *config.Notifier) (Notifier, error)
}

// kinds is the one registry of notifier kinds, used by ValidateNotifiers
// and by New. It is built per call: no package-level mutable state.
func kinds() map[string]kind {
	return map[string]kind{
		"webhook":      {validateWebhook, buildWebhook},
		"slack":        {validateSlack, buildSlack},
		"email":        {validateEmail, buildEmail},
		"alertmanager": {validateAlertmanager, buildAlertmanager},
	}
}

// Kinds lists the notifier kinds, sorted.
func Kinds() []string {
	var out []string
	for k := range kinds() {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ValidateNotifiers checks each configured notifier with the checks of its
// kind and returns every problem found (nil when all is well). Messages
// name the file and line and never contain secrets.
func ValidateNotifiers(cfg *config.Config) config.Problems {
	var p config.Problems
	ks := kinds()
	for i := range cfg.Alerts.Notifiers {
		n := &cfg.Alerts.Notifiers[i]
		where := fmt.Sprintf("notifier %q: ", n.Name)
		if cfg.Path != "" && n.Line > 0 {
			where = fmt.Sprintf("%s:%d: %s", cfg.Path, n.Line, where)
		}
		if n.Kind == "" {
			continue // config already reports it
		}
		k, ok := ks[n.Kind]
		if !ok {
			p = append(p, where+fmt.Sprintf("unknown kind %q (use %s)", n.Kind, strings.Join(Kinds(), ", ")))
			continue
		}
		if n.Timeout < 0 {
			p = append(p, where+"timeout must not be negative")
		}
		for _, msg := range k.validate(n) {
			p = append(p, where+msg)
		}
	}
	if len(p) == 0 {
		return nil
	}
	return p
}

// BuildNotifiers builds every configured notifier, by name.
func BuildNotifiers(cfg *config.Config) (map[string]Notifier, error) {
	if p := ValidateNotifiers(cfg); len(p) > 0 {
		return nil, p
	}
	ks := kinds()
	out := make(map[string]Notifier, len(cfg.Alerts.Notifiers))
	for i := range cfg.Alerts.Notifiers {
		n := &cfg.Alerts.Notifiers[i]
		nt, err := ks[n.Kind].build(n)
		if err != nil {
			return nil, fmt.Errorf("notifier %q: %w", n.Name, err)
		}
		out[n.Name] = nt
	}
	return out, nil
}

const defaultTimeout = 10 * time.Second

func timeoutOf(n *config.Notifier) time.Duration {
	if n.Timeout > 0 {
		return n.Timeout
	}
	return defaultTimeout
}

// checkHTTPURL validates a URL without ever printing it (it may carry a token).
func checkHTTPURL(key, raw string) []string {
	if raw == "" {
		return []string{key + " is required"}
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return []string{key + " must be an absolute http:// or https:// URL"}
	}
	return nil
}

func checkHeaders(h map[string]string) []string {
	var p []string
	for k := range h {
		if k == "" || strings.ContainsAny(k, " :\r\n") {
			p = append(p, fmt.Sprintf("headers: invalid header name %q", k))
		}
		if strings.EqualFold(k, "Content-Type") || strings.EqualFold(k, "Idempotency-Key") || strings.EqualFold(k, signatureHeader) {
			p = append(p, fmt.Sprintf("headers: %s is set by fundwatch", k))
		}
	}
	return p
}

// unused returns problems for keys that do not apply to a kind.
func unused(n *config.Notifier, keys ...string) []string {
	var p []string
	set := map[string]bool{
		"url": n.URL != "", "urls": len(n.URLs) > 0, "secret": n.Secret != "", "headers": len(n.Headers) > 0,
		"host": n.Host != "", "port": n.Port != 0, "username": n.Username != "", "password": n.Password != "",
		"password_file": n.PasswordFile != "", "from": n.From != "", "to": len(n.To) > 0, "tls": n.TLS != "",
	}
	for _, k := range keys {
		if set[k] {
			p = append(p, fmt.Sprintf("%s does not apply to kind %s", k, n.Kind))
		}
	}
	return p
}

// httpError describes a failed HTTP delivery without the URL (it may hold
// a token) and says whether to retry.
func httpError(resp *http.Response) (bool, error) {
	err := fmt.Errorf("unexpected status %s", resp.Status)
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		if d := retryAfter(resp.Header.Get("Retry-After")); d > 0 {
			return true, &RetryAfterError{After: d, Err: err}
		}
		return true, err
	case resp.StatusCode >= 500, resp.StatusCode == http.StatusRequestTimeout:
		return true, err
	default:
		return false, err
	}
}

func retryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	var secs int
	if _, err := fmt.Sscanf(v, "%d", &secs); err == nil && secs > 0 {
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

// redactErr strips a URL out of a transport error (url.Error prints it).
func redactErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

// String and GoString keep secrets (tokens in URLs, passwords) out of
// %v / %+v / %#v: fmt cannot call Secret.String on unexported fields.
func (w *Webhook) String() string   { return "webhook notifier" }
func (w *Webhook) GoString() string { return w.String() }
func (s *Slack) String() string     { return "slack notifier" }
func (s *Slack) GoString() string   { return s.String() }
func (e *Email) String() string     { return fmt.Sprintf("email notifier %s:%d", e.host, e.port) }
func (e *Email) GoString() string   { return e.String() }
func (a *Alertmanager) String() string {
	return fmt.Sprintf("alertmanager notifier (%d instances)", len(a.urls))
}
func (a *Alertmanager) GoString() string {
	return a.String()
}
