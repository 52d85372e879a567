package alerts

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

// Severities, in order. A rule with n thresholds uses the first n.
const (
	SeverityWarning  = "warning"
	SeverityCritical = "critical"
	SeverityExceeded = "exceeded"
)

var severities = []string{SeverityWarning, SeverityCritical, SeverityExceeded}

// Severities names the rule's levels. Three thresholds are warning,
// critical, exceeded. With fewer, a last threshold of 1.0 or more is
// "exceeded" and the others are named from warning up: [0.9, 1.0] is
// warning, exceeded; [0.8, 0.95] is warning, critical; [1.0] is exceeded.
func (r Rule) Severities() []string {
	n := len(r.Thresholds)
	if n >= len(severities) {
		return severities
	}
	out := append([]string(nil), severities[:n]...)
	if n > 0 && r.Thresholds[n-1] >= 1 {
		out[n-1] = SeverityExceeded
	}
	return out
}

// EventDeescalated is recorded in an alert's history when utilisation
// falls back below a higher threshold (minus hysteresis) but not below the
// lowest: the alert keeps firing at the lower severity, and nobody is
// paged for good news.
const EventDeescalated = "deescalated"

// Rule is the compiled alert rule of one fund.
type Rule struct {
	Thresholds []float64 // strictly increasing, at most 3
	Hysteresis float64
}

// ruleFor returns the fund's rule: its own thresholds or the global ones.
func ruleFor(cfg *config.Config, fund string) Rule {
	r := Rule{Thresholds: cfg.Alerts.Thresholds, Hysteresis: cfg.Alerts.Hysteresis}
	if f := cfg.FundByName(fund); f != nil && len(f.Thresholds) > 0 {
		r.Thresholds = f.Thresholds
	}
	if len(r.Thresholds) > len(severities) {
		r.Thresholds = r.Thresholds[:len(severities)]
	}
	return r
}

// Level returns the index of the severity for utilisation u when the alert
// currently fires at level cur (-1 = not firing): the highest threshold
// crossed, except that stepping down from cur requires u to fall below
// each threshold minus the hysteresis. -1 means not firing.
func (r Rule) Level(u float64, cur int) int {
	raw := -1
	for i, t := range r.Thresholds {
		if u >= t {
			raw = i
		}
	}
	if cur < 0 || raw >= cur {
		return raw
	}
	if cur >= len(r.Thresholds) {
		cur = len(r.Thresholds) - 1
	}
	for j := cur; j >= 0; j-- {
		if u >= r.Thresholds[j]-r.Hysteresis {
			return j
		}
	}
	return -1
}

func (r Rule) levelOf(sev string) int {
	for i, s := range r.Severities() {
		if s == sev {
			return i
		}
	}
	return -1
}

// eventID is the idempotency key of an alert event.
func eventID(fund, period string, startsAt time.Time, seq int64) string {
	h := sha256.Sum256([]byte(fund + "\x1f" + period + "\x1f" + strconv.FormatInt(startsAt.UnixMilli(), 10) + "\x1f" + strconv.FormatInt(seq, 10)))
	return hex.EncodeToString(h[:16])
}

// decide applies the rule to one usage row (nil = the fund and period no
// longer has a limit or a total) and returns the next state and whether it
// must be written. prev is nil when the alert never fired. Events that
// notify are appended to Pending as well as to History.
func decide(prev *store.AlertState, fund, period string, u *Usage, rule Rule, repeat time.Duration, now time.Time) (store.AlertState, bool) {
	now = now.UTC().Truncate(time.Millisecond) // what the store keeps
	var next store.AlertState
	if prev != nil {
		next = *prev
		next.Pending = append([]store.AlertEvent(nil), prev.Pending...)
		next.History = append([]store.AlertEvent(nil), prev.History...)
	} else {
		next = store.AlertState{Fund: fund, Period: period}
	}
	cur := rule.levelOf(next.Severity)
	if cur < 0 && next.Severity != "" {
		// The fund's thresholds changed under a firing alert: place it by
		// its utilisation (hysteresis from the top).
		cur = len(rule.Thresholds) - 1
	}
	util := 0.0
	if u != nil && u.Utilisation != nil {
		util = *u.Utilisation
	}
	lvl := -1
	if u != nil && u.Utilisation != nil {
		lvl = rule.Level(util, cur)
	}

	changed := false
	if u != nil && u.LimitMinor != nil {
		if next.Utilisation != util || next.CommittedMinor != u.CommittedMinor || next.LimitMinor != *u.LimitMinor ||
			next.Currency != u.Currency || next.LimitSource != u.LimitSource {
			changed = cur >= 0 || lvl >= 0
		}
		next.Utilisation, next.CommittedMinor, next.LimitMinor = util, u.CommittedMinor, *u.LimitMinor
		next.Currency, next.LimitSource = u.Currency, u.LimitSource
	}

	event := ""
	switch {
	case cur < 0 && lvl >= 0:
		event = EventFiring
		next.StartsAt = now
		next.ResolvedAt = time.Time{}
	case cur >= 0 && lvl < 0:
		event = EventResolved
		next.ResolvedAt = now
	case cur >= 0 && lvl > cur:
		event = EventEscalated
	case cur >= 0 && lvl < cur:
		event = EventDeescalated
	case cur >= 0 && repeat > 0 && !next.LastNotifiedAt.IsZero() && now.Sub(next.LastNotifiedAt) >= repeat:
		event = EventReminder
	}
	if event == "" {
		if changed {
			next.EvaluatedAt = now
		}
		return next, changed
	}

	ev := store.AlertEvent{
		Event: event, Utilisation: util, Currency: next.Currency,
		CommittedMinor: next.CommittedMinor, LimitMinor: next.LimitMinor, LimitSource: next.LimitSource,
		At: now, Notify: event != EventDeescalated,
	}
	switch event {
	case EventResolved:
		ev.Severity = next.Severity
		ev.Threshold = thresholdOf(rule, cur)
		next.PreviousSeverity, next.SeverityChangedAt = next.Severity, now
		next.Severity, next.Threshold = "", 0
	case EventReminder:
		ev.Severity, ev.Threshold = next.Severity, next.Threshold
	default: // firing, escalated, deescalated
		if cur >= 0 {
			ev.PreviousSeverity = next.Severity
			next.PreviousSeverity, next.SeverityChangedAt = next.Severity, now
		}
		next.Severity, next.Threshold = rule.Severities()[lvl], thresholdOf(rule, lvl)
		ev.Severity, ev.Threshold = next.Severity, next.Threshold
	}
	next.Seq++
	ev.Seq = next.Seq
	ev.ID = eventID(fund, period, next.StartsAt, ev.Seq)
	next.History = append(next.History, ev)
	if ev.Notify {
		next.Pending = append(next.Pending, ev)
		next.LastNotifiedAt = now
	}
	next.EvaluatedAt = now
	return next, true
}

func thresholdOf(r Rule, lvl int) float64 {
	if lvl < 0 || lvl >= len(r.Thresholds) {
		return 0
	}
	return r.Thresholds[lvl]
}

// summary is the one-line description of an event.
func summary(ev store.AlertEvent, fund, period string) string {
	p := period
	if p == store.PeriodAll {
		p = "all periods"
	}
	switch ev.Event {
	case EventResolved:
		return fmt.Sprintf("%s %s back to %.1f%% of its limit (resolved, was %s)", fund, p, 100*ev.Utilisation, ev.Severity)
	case EventEscalated:
		return fmt.Sprintf("%s %s at %.1f%% of its limit (%s, was %s)", fund, p, 100*ev.Utilisation, ev.Severity, ev.PreviousSeverity)
	case EventReminder:
		return fmt.Sprintf("%s %s still at %.1f%% of its limit (%s)", fund, p, 100*ev.Utilisation, ev.Severity)
	default:
		return fmt.Sprintf("%s %s at %.1f%% of its limit (%s)", fund, p, 100*ev.Utilisation, ev.Severity)
	}
}
