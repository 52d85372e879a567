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

// colAlertLocks holds one document per written alert version (id
// "<alert id>@<version>"). Inserting it is the compare-and-set: only one
// writer can create it, on MongoDB and on FerretDB v1.24 alike (whose
// filtered updates are a read followed by a write, not atomic).
// Created on first insert.
const colAlertLocks = "alert_locks"

// staleLock is how old a version lock must be, with the alert still at the
// version before it, to be taken as left by a writer that crashed between
// locking and writing.
const staleLock = time.Minute

var errNoDocuments = mongo.ErrNoDocuments

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
	if err := s.lockVersion(ctx, a.ID, old); err != nil {
		return err
	}
	a.Version = old + 1
	var err error
	if old == 0 {
		_, err = s.col(ColAlerts).InsertOne(ctx, a)
		if IsDuplicateKey(err) {
			a.Version = old
			return ErrVersionConflict
		}
	} else {
		_, err = s.col(ColAlerts).ReplaceOne(ctx, bson.D{{Key: "_id", Value: a.ID}}, a)
	}
	if err != nil {
		a.Version = old
		return fmt.Errorf("store: write alert %s %s: %w", a.Fund, a.Period, err)
	}
	// The lock of the previous version is no longer needed.
	_, _ = s.col(colAlertLocks).DeleteOne(ctx, bson.D{{Key: "_id", Value: fmt.Sprintf("%s@%d", a.ID, old)}})
	return nil
}

// lockVersion claims the right to write version old+1 of alert id.
func (s *Store) lockVersion(ctx context.Context, id string, old int64) error {
	lockID := fmt.Sprintf("%s@%d", id, old+1)
	now := time.Now().UTC()
	for try := 0; try < 2; try++ {
		_, err := s.col(colAlertLocks).InsertOne(ctx, bson.D{{Key: "_id", Value: lockID}, {Key: "at", Value: now}})
		if err == nil {
			break
		}
		if !IsDuplicateKey(err) {
			return fmt.Errorf("store: lock alert %s: %w", id, err)
		}
		// Taken. Is it a live writer, or one that crashed before writing?
		var lock struct {
			At time.Time `bson:"at"`
		}
		if err := s.col(colAlertLocks).FindOne(ctx, bson.D{{Key: "_id", Value: lockID}}).Decode(&lock); err != nil || now.Sub(lock.At) < staleLock || try > 0 {
			return ErrVersionConflict
		}
		cur, err := s.alertVersion(ctx, id)
		if err != nil || cur != old {
			return ErrVersionConflict
		}
		_, _ = s.col(colAlertLocks).DeleteOne(ctx, bson.D{{Key: "_id", Value: lockID}, {Key: "at", Value: lock.At}})
	}
	// The lock is ours; the document must still be at old (a lock we took
	// over from a crashed writer, or a stale read, would show otherwise).
	if cur, err := s.alertVersion(ctx, id); err != nil || cur != old {
		if err != nil {
			return err
		}
		return ErrVersionConflict
	}
	return nil
}

func (s *Store) alertVersion(ctx context.Context, id string) (int64, error) {
	var v struct {
		Version int64 `bson:"version"`
	}
	err := s.col(ColAlerts).FindOne(ctx, bson.D{{Key: "_id", Value: id}}).Decode(&v)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: read alert %s: %w", id, err)
	}
	return v.Version, nil
}
