package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// ErrVersionConflict is returned by a compare-and-set write whose expected
// version is no longer current: another evaluator (a second replica, a
// concurrent run) got there first. Re-read and re-decide.
var ErrVersionConflict = errors.New("version conflict")

// AlertEvent is one notified change of an alert (firing, escalated,
// reminder, resolved), kept in the alert's history and, until copied to
// the outbox, in its pending list. Seq numbers the alert's events from 1.
type AlertEvent struct {
	// ID is the event's idempotency key: unique across alerts, episodes
	// and events, and the same however often it is copied or sent.
	ID               string    `bson:"id" json:"id"`
	Seq              int64     `bson:"seq" json:"seq"`
	Event            string    `bson:"event" json:"event"`
	Severity         string    `bson:"severity" json:"severity"`
	PreviousSeverity string    `bson:"previous_severity,omitempty" json:"previous_severity,omitempty"`
	Threshold        float64   `bson:"threshold" json:"threshold"`
	Utilisation      float64   `bson:"utilisation" json:"utilisation"`
	Currency         string    `bson:"currency" json:"currency"`
	CommittedMinor   int64     `bson:"committed_minor" json:"committed_minor"`
	LimitMinor       int64     `bson:"limit_minor" json:"limit_minor"`
	LimitSource      string    `bson:"limit_source" json:"limit_source"`
	At               time.Time `bson:"at" json:"at"`
	// Notify is false for changes recorded without a notification
	// (de-escalation within hysteresis).
	Notify bool `bson:"notify" json:"notify"`
}

// AlertState is the alert of one fund and period: one document per
// (fund, period), unique index fund_period. Writes are compare-and-set on
// Version so that of two evaluators only one records a change.
type AlertState struct {
	ID     string `bson:"_id" json:"id"`
	Fund   string `bson:"fund" json:"fund"`
	Period string `bson:"period" json:"period"`
	// Severity is "" when the alert is not firing.
	Severity string `bson:"severity" json:"severity"`
	// PreviousSeverity and SeverityChangedAt let Alertmanager be told that
	// the alert of the old severity ended.
	PreviousSeverity  string    `bson:"previous_severity" json:"previous_severity,omitempty"`
	SeverityChangedAt time.Time `bson:"severity_changed_at" json:"severity_changed_at"`
	Threshold         float64   `bson:"threshold" json:"threshold"`
	Utilisation       float64   `bson:"utilisation" json:"utilisation"`
	Currency          string    `bson:"currency" json:"currency"`
	CommittedMinor    int64     `bson:"committed_minor" json:"committed_minor"`
	LimitMinor        int64     `bson:"limit_minor" json:"limit_minor"`
	LimitSource       string    `bson:"limit_source" json:"limit_source"`
	StartsAt          time.Time `bson:"starts_at" json:"starts_at"`
	ResolvedAt        time.Time `bson:"resolved_at" json:"resolved_at"`
	LastNotifiedAt    time.Time `bson:"last_notified_at" json:"last_notified_at"`
	EvaluatedAt       time.Time `bson:"evaluated_at" json:"evaluated_at"`
	Seq               int64     `bson:"seq" json:"seq"`
	Version           int64     `bson:"version" json:"version"`
	// Pending are events recorded but not yet copied to the outbox.
	Pending []AlertEvent `bson:"pending" json:"pending,omitempty"`
	// History keeps the last MaxAlertHistory events, oldest first.
	History []AlertEvent `bson:"history" json:"history"`
}

// MaxAlertHistory bounds AlertState.History.
const MaxAlertHistory = 200

// AlertID is the document id of the alert of a fund and period.
func AlertID(fund, period string) string { return fund + "\x1f" + period }

// AlertStates returns every alert state, sorted by fund and period.
func (s *Store) AlertStates(ctx context.Context) ([]AlertState, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	cur, err := s.col(ColAlerts).Find(ctx, bson.D{}, options.Find().SetSort(bson.D{{Key: "fund", Value: 1}, {Key: "period", Value: 1}}))
	if err != nil {
		return nil, fmt.Errorf("store: read alerts: %w", err)
	}
	var out []AlertState
	if err := cur.All(ctx, &out); err != nil {
		return nil, fmt.Errorf("store: decode alerts: %w", err)
	}
	return out, nil
}

// AlertState returns one alert state, or ErrNotFound.
func (s *Store) AlertState(ctx context.Context, fund, period string) (*AlertState, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	var a AlertState
	err := s.col(ColAlerts).FindOne(ctx, bson.D{{Key: "_id", Value: AlertID(fund, period)}}).Decode(&a)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: read alert %s %s: %w", fund, period, err)
	}
	return &a, nil
}

// PutAlertState writes a, provided the stored version is still a.Version
// (0 = the alert must not exist yet). On success a.Version is the new
// version; otherwise the error is ErrVersionConflict and nothing changed.
func (s *Store) PutAlertState(ctx context.Context, a *AlertState) error {
	a.ID = AlertID(a.Fund, a.Period)
	if len(a.History) > MaxAlertHistory {
		a.History = a.History[len(a.History)-MaxAlertHistory:]
	}
	if a.Pending == nil {
		a.Pending = []AlertEvent{}
	}
	if a.History == nil {
		a.History = []AlertEvent{}
	}
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	old := a.Version
	a.Version = old + 1
	if old == 0 {
		if _, err := s.col(ColAlerts).InsertOne(ctx, a); err != nil {
			a.Version = old
			if IsDuplicateKey(err) {
				return ErrVersionConflict
			}
			return fmt.Errorf("store: insert alert %s %s: %w", a.Fund, a.Period, err)
		}
		return nil
	}
	res, err := s.col(ColAlerts).ReplaceOne(ctx, bson.D{{Key: "_id", Value: a.ID}, {Key: "version", Value: old}}, a)
	if err != nil {
		a.Version = old
		return fmt.Errorf("store: update alert %s %s: %w", a.Fund, a.Period, err)
	}
	if res.MatchedCount == 0 {
		a.Version = old
		return ErrVersionConflict
	}
	return nil
}
