package ingest

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the ingestion metrics. Labels are bounded: source names come
// from the config (ad-hoc inputs are "adhoc"), codes and results from
// small fixed sets; URLs never appear.
type Metrics struct {
	Runs          *prometheus.CounterVec   // source, outcome
	RunDuration   *prometheus.HistogramVec // source
	Requests      *prometheus.CounterVec   // source, code
	Bytes         prometheus.Counter
	Documents     *prometheus.CounterVec // source, result
	LastSuccess   *prometheus.GaugeVec   // source
	MissedSlots   *prometheus.CounterVec // source
	FetchFailures *prometheus.CounterVec // source, reason
	// ScheduleInterval is the gap between a source's next two scheduled
	// slots; the IngestionStale rule alerts after twice this without success.
	ScheduleInterval *prometheus.GaugeVec // source
}

// NewMetrics registers the ingestion metrics with reg (nil: not
// registered, for callers that do not export them).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundwatch_ingest_runs_total",
			Help: "Ingestion runs by source and outcome (ok, partial, failed).",
		}, []string{"source", "outcome"}),
		RunDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "fundwatch_ingest_run_duration_seconds",
			Help:    "Duration of ingestion runs.",
			Buckets: []float64{0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600},
		}, []string{"source"}),
		Requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundwatch_fetch_requests_total",
			Help: "HTTP requests by source and status code (\"error\" when no response).",
		}, []string{"source", "code"}),
		Bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "fundwatch_fetch_bytes_total",
			Help: "Response body bytes read.",
		}),
		Documents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundwatch_documents_total",
			Help: "Pages processed by source and result (new, changed, unchanged, failed).",
		}, []string{"source", "result"}),
		LastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "fundwatch_source_last_success_timestamp_seconds",
			Help: "Unix time of the last run of a source that did not fail.",
		}, []string{"source"}),
		MissedSlots: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundwatch_ingest_missed_slots_total",
			Help: "Scheduled slots missed while the worker was down (caught up once at start).",
		}, []string{"source"}),
		FetchFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundwatch_fetch_failures_total",
			Help: "Pages that could not be ingested, by source and reason.",
		}, []string{"source", "reason"}),
		ScheduleInterval: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "fundwatch_source_schedule_interval_seconds",
			Help: "Seconds between a scheduled source's next two slots.",
		}, []string{"source"}),
	}
	if reg != nil {
		reg.MustRegister(m.Runs, m.RunDuration, m.Requests, m.Bytes, m.Documents, m.LastSuccess, m.MissedSlots, m.FetchFailures, m.ScheduleInterval)
	}
	return m
}

// initSource creates a source's label values up front, so dashboards see
// zeros instead of missing series.
func (m *Metrics) initSource(name string) {
	for _, o := range []string{"ok", "partial", "failed"} {
		m.Runs.WithLabelValues(name, o)
	}
	for _, r := range []string{"new", "changed", "unchanged", "failed"} {
		m.Documents.WithLabelValues(name, r)
	}
	m.MissedSlots.WithLabelValues(name)
}
