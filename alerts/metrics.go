package alerts

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/fundwatch/fundwatch/store"
)

// Notification outcomes (the outcome label of fundwatch_notifications_total).
const (
	OutcomeDelivered = "delivered" // the notifier accepted it
	OutcomeRetry     = "retry"     // an attempt failed and will be retried
	OutcomeFailed    = "failed"    // given up (permanent error or too old)
)

// Metrics are the alerts package's Prometheus metrics. The fund gauges are
// served from the last evaluation's snapshot, so a scrape sees one
// consistent set (no half-updated vectors, no stale label sets).
type Metrics struct {
	notifications *prometheus.CounterVec

	committed, limit, ratio, awards, firing *prometheus.Desc

	mu     sync.Mutex
	usage  []Usage
	alerts []store.AlertState
}

// NewMetrics registers the alerts metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		notifications: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundwatch_notifications_total",
			Help: "Notification attempts by notifier and outcome (delivered, retry, failed).",
		}, []string{"notifier", "outcome"}),
		committed: prometheus.NewDesc("fundwatch_fund_committed",
			"Money committed by a fund in a period (UK financial year, or all), in currency units.",
			[]string{"fund", "period", "currency"}, nil),
		limit: prometheus.NewDesc("fundwatch_fund_limit",
			"A fund's limit for a period, in currency units (configured, else extracted from announcements).",
			[]string{"fund", "period", "currency"}, nil),
		ratio: prometheus.NewDesc("fundwatch_fund_utilisation_ratio",
			"Committed divided by limit for a fund and period.",
			[]string{"fund", "period"}, nil),
		awards: prometheus.NewDesc("fundwatch_awards",
			"Number of distinct awards known for a fund.",
			[]string{"fund"}, nil),
		firing: prometheus.NewDesc("fundwatch_alerts_firing",
			"1 for each fund alert firing, by fund, period and severity.",
			[]string{"fund", "period", "severity"}, nil),
	}
	if reg != nil {
		reg.MustRegister(m.notifications, m)
	}
	return m
}

// initNotifier creates a notifier's counters at zero, so rate() works from
// the first failure.
func (m *Metrics) initNotifier(name string) {
	for _, o := range []string{OutcomeDelivered, OutcomeRetry, OutcomeFailed} {
		m.notifications.WithLabelValues(name, o)
	}
}

func (m *Metrics) notified(name, outcome string) {
	m.notifications.WithLabelValues(name, outcome).Inc()
}

// setUsage replaces the fund gauges' snapshot.
func (m *Metrics) setUsage(u []Usage) {
	m.mu.Lock()
	m.usage = append([]Usage(nil), u...)
	m.mu.Unlock()
}

// setAlerts replaces the firing alerts' snapshot.
func (m *Metrics) setAlerts(a []store.AlertState) {
	m.mu.Lock()
	m.alerts = append([]store.AlertState(nil), a...)
	m.mu.Unlock()
}

// Describe implements prometheus.Collector.
func (m *Metrics) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{m.committed, m.limit, m.ratio, m.awards, m.firing} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (m *Metrics) Collect(ch chan<- prometheus.Metric) {
	m.mu.Lock()
	usage, alerts := m.usage, m.alerts
	m.mu.Unlock()
	awards := map[string]int{}
	ratios := map[[2]string]float64{}
	for _, u := range usage {
		ch <- prometheus.MustNewConstMetric(m.committed, prometheus.GaugeValue, u.Committed, u.Fund, u.Period, u.Currency)
		if u.Limit != nil {
			ch <- prometheus.MustNewConstMetric(m.limit, prometheus.GaugeValue, *u.Limit, u.Fund, u.Period, u.Currency)
		}
		if u.Utilisation != nil {
			// One ratio per fund and period: with limits in two currencies
			// (rare), the higher utilisation is the one that matters.
			k := [2]string{u.Fund, u.Period}
			if r, ok := ratios[k]; !ok || *u.Utilisation > r {
				ratios[k] = *u.Utilisation
			}
		}
		if u.Period == store.PeriodAll {
			awards[u.Fund] += u.Awards
		}
	}
	for k, r := range ratios {
		ch <- prometheus.MustNewConstMetric(m.ratio, prometheus.GaugeValue, r, k[0], k[1])
	}
	for f, n := range awards {
		ch <- prometheus.MustNewConstMetric(m.awards, prometheus.GaugeValue, float64(n), f)
	}
	for _, a := range alerts {
		if a.Severity != "" {
			ch <- prometheus.MustNewConstMetric(m.firing, prometheus.GaugeValue, 1, a.Fund, a.Period, a.Severity)
		}
	}
}
