// Package alerts owns what fundwatch tells people about funds: utilisation
// (committed against limit per fund and period), the alert rules that turn
// it into warning / critical / exceeded alerts, the notifiers that carry
// them, the outbox worker that delivers them exactly once, and the metrics
// Prometheus scrapes.
//
// Files, grouped by behaviour:
//
//   - usage.go: Utilisation, the figures `fundwatch report` prints and the
//     gauges export (one source of truth for both).
//   - rules.go: thresholds → severity, hysteresis, the state machine that
//     decides when an alert starts, escalates, is reminded or resolves.
//   - service.go: Service, the lifecycle the commands use (New, Evaluate,
//     Deliver, Run).
//   - outbox.go: the delivery worker. A notification is written to the
//     store before it is sent, claimed under a lease, sent with backoff and
//     marked delivered, so a crash, a restart or a second replica neither
//     loses nor repeats it. Each notifier has its own worker, so a dead
//     one never blocks the others.
//   - notify.go: the Notifier interface, the Message every notifier
//     receives, and the one registry (kind → validate + build) used both by
//     ValidateNotifiers at config load and by New.
//   - webhook.go, slack.go, email.go, alertmanager.go: the notifier kinds.
//   - metrics.go: Metrics, built from a prometheus.Registerer.
//
// Alert state (with its history) lives in the store's alerts collection and
// the outbox in its outbox collection; see store/alertstate.go and
// store/outbox.go. The state update and the outbox write are made safe
// without transactions: events are first recorded inside the alert's own
// document by a compare-and-set on its version (so exactly one evaluator
// wins), then copied to the outbox under deterministic ids (so copying
// twice is harmless), then removed from the alert document. Because
// FerretDB v1.24 runs conditional updates and findAndModify as a read then
// a write, both the compare-and-set and the outbox claims are decided by
// inserting a document with a unique _id (collections alert_locks and
// outbox_leases), which is atomic on MongoDB and FerretDB alike.
//
// Exactly once: each event has an id (the Idempotency-Key receivers see);
// an outbox entry is claimed under a lease before it is sent and marked
// delivered after, so it is sent again only if a worker died between
// sending and recording (receivers can deduplicate on the key).
//
// This package must not import ingest or cmd; it reads the world only
// through store and config and speaks to it only through its notifiers.
package alerts
