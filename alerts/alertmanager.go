package alerts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
)

// AlertName is the alertname label of fund alerts posted to Alertmanager.
const AlertName = "FundUtilisation"

// Alertmanager timings, as Prometheus uses them: a firing alert is re-posted
// every ResendInterval with endsAt EndsAfter ahead, so Alertmanager resolves
// it by itself if fundwatch dies; a resolved one is posted with endsAt =
// the resolve time for ResolvedResendFor.
const (
	ResendInterval    = time.Minute
	EndsAfter         = 4 * ResendInterval
	ResolvedResendFor = 5 * time.Minute
)

// Alertmanager posts to the v2 API of every configured Alertmanager
// instance (not through a load balancer: each instance must see every
// alert for its cluster to deduplicate).
type Alertmanager struct {
	urls   []string // .../api/v2/alerts
	client *http.Client
	now    func() time.Time
}

// AMAlert is one alert in Alertmanager's POST /api/v2/alerts body.
type AMAlert struct {
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations,omitempty"`
	StartsAt     time.Time         `json:"startsAt,omitzero"`
	EndsAt       time.Time         `json:"endsAt,omitzero"`
	GeneratorURL string            `json:"generatorURL,omitempty"`
}

func amURLs(n *config.Notifier) []string {
	urls := append([]string(nil), n.URLs...)
	if n.URL != "" {
		urls = append(urls, n.URL.Value())
	}
	return urls
}

func validateAlertmanager(n *config.Notifier) []string {
	var p []string
	urls := amURLs(n)
	if len(urls) == 0 {
		p = append(p, "urls must list every Alertmanager instance (e.g. http://127.0.0.1:9093)")
	}
	for i, u := range urls {
		for _, m := range checkHTTPURL(fmt.Sprintf("urls[%d]", i), u) {
			p = append(p, m)
		}
	}
	p = append(p, checkHeaders(n.Headers)...)
	return append(p, unused(n, "secret", "host", "port", "username", "password", "password_file", "from", "to", "tls")...)
}

func buildAlertmanager(n *config.Notifier) (Notifier, error) {
	a := &Alertmanager{client: &http.Client{Timeout: timeoutOf(n)}, now: time.Now}
	for _, u := range amURLs(n) {
		u = strings.TrimRight(u, "/")
		if !strings.HasSuffix(u, "/api/v2/alerts") {
			u += "/api/v2/alerts"
		}
		a.urls = append(a.urls, u)
	}
	return a, nil
}

// amAlertFor builds the Alertmanager alert for a state at now.
func amAlertFor(fund, period, severity string, startsAt, endsAt time.Time, summary, description string) AMAlert {
	return AMAlert{
		Labels: map[string]string{
			"alertname": AlertName, "fund": fund, "period": period, "severity": severity, "source": "fundwatch",
		},
		Annotations: map[string]string{"summary": summary, "description": description},
		StartsAt:    startsAt,
		EndsAt:      endsAt,
	}
}

// alertsFor maps an event message to what Alertmanager must be told.
func (a *Alertmanager) alertsFor(m *Message) []AMAlert {
	now := a.now().UTC()
	if m.Event == EventTest {
		return []AMAlert{{
			Labels:      map[string]string{"alertname": "FundwatchTest", "severity": "none", "source": "fundwatch"},
			Annotations: map[string]string{"summary": m.Summary},
			StartsAt:    now, EndsAt: now.Add(EndsAfter),
		}}
	}
	desc := m.Text()
	if m.Event == EventResolved {
		return []AMAlert{amAlertFor(m.Fund, m.Period, m.Severity, m.StartsAt, m.At, m.Summary, desc)}
	}
	out := []AMAlert{amAlertFor(m.Fund, m.Period, m.Severity, m.StartsAt, now.Add(EndsAfter), m.Summary, desc)}
	if m.PreviousSeverity != "" && m.PreviousSeverity != m.Severity {
		out = append(out, amAlertFor(m.Fund, m.Period, m.PreviousSeverity, m.StartsAt, m.At, m.Summary, desc))
	}
	return out
}

// Notify implements Notifier.
func (a *Alertmanager) Notify(ctx context.Context, m *Message) (bool, error) {
	return a.Post(ctx, a.alertsFor(m))
}

// Post sends alerts to every instance concurrently. It fails if any
// instance failed (posting again is harmless: Alertmanager deduplicates).
func (a *Alertmanager) Post(ctx context.Context, alerts []AMAlert) (bool, error) {
	if len(alerts) == 0 {
		return false, nil
	}
	body, err := json.Marshal(alerts)
	if err != nil {
		return false, fmt.Errorf("encode alerts: %w", err)
	}
	var (
		mu    sync.Mutex
		errs  []error
		retry bool
		wg    sync.WaitGroup
	)
	for i, u := range a.urls {
		wg.Go(func() {
			r, err := postJSON(ctx, a.client, u, body, nil)
			if err != nil {
				mu.Lock()
				errs = append(errs, fmt.Errorf("alertmanager #%d: %w", i+1, err))
				retry = retry || r
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return retry, errors.Join(errs...)
}
