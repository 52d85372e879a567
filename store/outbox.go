package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Outbox entry statuses.
const (
	OutboxPending   = "pending"   // to be sent (now or at NextAttemptAt)
	OutboxDelivered = "delivered" // the notifier accepted it
	OutboxFailed    = "failed"    // given up: permanent error or too old
)

// ErrLeaseLost is returned when an outbox entry is no longer held by the
// caller's lease (it expired and another worker claimed the entry).
var ErrLeaseLost = errors.New("outbox lease lost")

// OutboxEntry is one notification to one notifier. Its id is
// deterministic (event id + notifier), so enqueueing twice is harmless and
// a delivered entry is never enqueued again.
type OutboxEntry struct {
	ID       string `bson:"_id"`
	EventID  string `bson:"event_id"` // the idempotency key receivers see
	Notifier string `bson:"notifier"`
	Status   string `bson:"status"`
	// Payload is the message, encoded by the alerts package (JSON).
	Payload       []byte    `bson:"payload"`
	Attempts      int       `bson:"attempts"`
	CreatedAt     time.Time `bson:"created_at"`
	NextAttemptAt time.Time `bson:"next_attempt_at"`
	// LeaseToken names the claim in force; a claim moves NextAttemptAt to
	// the lease's end, so an entry whose worker died is claimable again
	// once the lease expires. Settling (MarkDelivered, MarkRetry,
	// MarkFailed) checks the token; callers keep leases much longer than
	// a send can take, so a live worker never loses its lease.
	LeaseToken  string    `bson:"lease_token"`
	DeliveredAt time.Time `bson:"delivered_at"`
	LastError   string    `bson:"last_error"`
}

// OutboxID is the id of the entry of an event for a notifier.
func OutboxID(eventID, notifier string) string { return eventID + "/" + notifier }

// Enqueue writes entries that do not exist yet (by id) as pending, due at
// their NextAttemptAt (CreatedAt when zero). Existing entries, delivered or
// not, are left alone. It returns how many were new.
func (s *Store) Enqueue(ctx context.Context, entries []OutboxEntry) (int, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	n := 0
	for _, e := range entries {
		if e.ID == "" {
			e.ID = OutboxID(e.EventID, e.Notifier)
		}
		if e.NextAttemptAt.IsZero() {
			e.NextAttemptAt = e.CreatedAt
		}
		res, err := s.col(ColOutbox).UpdateOne(ctx, bson.D{{Key: "_id", Value: e.ID}},
			bson.D{{Key: "$setOnInsert", Value: bson.D{
				{Key: "event_id", Value: e.EventID},
				{Key: "notifier", Value: e.Notifier},
				{Key: "status", Value: OutboxPending},
				{Key: "payload", Value: e.Payload},
				{Key: "attempts", Value: 0},
				{Key: "created_at", Value: e.CreatedAt},
				{Key: "next_attempt_at", Value: e.NextAttemptAt},
				{Key: "lease_token", Value: ""},
				{Key: "last_error", Value: ""},
			}}},
			options.Update().SetUpsert(true))
		if err != nil {
			if IsDuplicateKey(err) { // a concurrent enqueue of the same id
				continue
			}
			return n, fmt.Errorf("store: enqueue %s: %w", e.ID, err)
		}
		if res.UpsertedCount > 0 {
			n++
		}
	}
	return n, nil
}

// colOutboxLeases holds one document per claim of an outbox entry (id
// "<entry id>#<attempt>"). Inserting it is the claim: an insert with a
// taken _id fails atomically on MongoDB and FerretDB alike, whereas
// FerretDB v1.24 runs findAndModify and filtered updates as a read followed
// by a write, so two workers could both "win" a conditional update.
// Created on first insert.
const colOutboxLeases = "outbox_leases"

// Claim takes the oldest due pending entry of a notifier under a lease
// until now+lease and counts the attempt. It returns nil, nil when none is
// due. Two workers never hold the same entry: each claim of attempt n
// inserts the lease document "<id>#n", which only one insert can create.
func (s *Store) Claim(ctx context.Context, notifier string, now time.Time, lease time.Duration) (*OutboxEntry, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	cur, err := s.col(ColOutbox).Find(ctx,
		bson.D{
			{Key: "status", Value: OutboxPending},
			{Key: "next_attempt_at", Value: bson.D{{Key: "$lte", Value: now}}},
			{Key: "notifier", Value: notifier},
		},
		options.Find().SetSort(bson.D{{Key: "next_attempt_at", Value: 1}, {Key: "_id", Value: 1}}).SetLimit(8))
	if err != nil {
		return nil, fmt.Errorf("store: find due outbox entries for %s: %w", notifier, err)
	}
	var due []OutboxEntry
	if err := cur.All(ctx, &due); err != nil {
		return nil, fmt.Errorf("store: find due outbox entries for %s: %w", notifier, err)
	}
	for i := range due {
		e := &due[i]
		b := make([]byte, 12)
		_, _ = rand.Read(b)
		tok := hex.EncodeToString(b)
		_, err := s.col(colOutboxLeases).InsertOne(ctx, bson.D{
			{Key: "_id", Value: fmt.Sprintf("%s#%d", e.ID, e.Attempts)},
			{Key: "entry", Value: e.ID},
			{Key: "token", Value: tok},
			{Key: "claimed_at", Value: now},
		})
		if IsDuplicateKey(err) {
			continue // another worker claimed this attempt
		}
		if err != nil {
			return nil, fmt.Errorf("store: claim outbox entry %s: %w", e.ID, err)
		}
		e.Attempts++
		e.NextAttemptAt = now.Add(lease)
		e.LeaseToken = tok
		if _, err := s.col(ColOutbox).UpdateOne(ctx, bson.D{{Key: "_id", Value: e.ID}}, bson.D{{Key: "$set", Value: bson.D{
			{Key: "attempts", Value: e.Attempts},
			{Key: "next_attempt_at", Value: e.NextAttemptAt},
			{Key: "lease_token", Value: tok},
		}}}); err != nil {
			return nil, fmt.Errorf("store: claim outbox entry %s: %w", e.ID, err)
		}
		return e, nil
	}
	return nil, nil
}

// MarkDelivered records that e (held under its lease) was accepted.
func (s *Store) MarkDelivered(ctx context.Context, e *OutboxEntry, at time.Time) error {
	return s.settle(ctx, e, bson.D{
		{Key: "status", Value: OutboxDelivered},
		{Key: "delivered_at", Value: at},
		{Key: "lease_token", Value: ""},
		{Key: "last_error", Value: ""},
	})
}

// MarkRetry releases e for another attempt at next.
func (s *Store) MarkRetry(ctx context.Context, e *OutboxEntry, next time.Time, lastErr string) error {
	return s.settle(ctx, e, bson.D{
		{Key: "next_attempt_at", Value: next},
		{Key: "lease_token", Value: ""},
		{Key: "last_error", Value: lastErr},
	})
}

// MarkFailed gives up on e.
func (s *Store) MarkFailed(ctx context.Context, e *OutboxEntry, lastErr string) error {
	return s.settle(ctx, e, bson.D{
		{Key: "status", Value: OutboxFailed},
		{Key: "lease_token", Value: ""},
		{Key: "last_error", Value: lastErr},
	})
}

func (s *Store) settle(ctx context.Context, e *OutboxEntry, set bson.D) error {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	res, err := s.col(ColOutbox).UpdateOne(ctx,
		bson.D{{Key: "_id", Value: e.ID}, {Key: "lease_token", Value: e.LeaseToken}, {Key: "status", Value: OutboxPending}},
		bson.D{{Key: "$set", Value: set}})
	if err != nil {
		return fmt.Errorf("store: update outbox entry %s: %w", e.ID, err)
	}
	if res.MatchedCount == 0 {
		return ErrLeaseLost
	}
	return nil
}

// OutboxEntries lists entries, optionally of one status and/or notifier
// ("" = any), oldest first.
func (s *Store) OutboxEntries(ctx context.Context, status, notifier string) ([]OutboxEntry, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	f := bson.D{}
	if status != "" {
		f = append(f, bson.E{Key: "status", Value: status})
	}
	if notifier != "" {
		f = append(f, bson.E{Key: "notifier", Value: notifier})
	}
	cur, err := s.col(ColOutbox).Find(ctx, f, options.Find().SetSort(bson.D{{Key: "created_at", Value: 1}, {Key: "_id", Value: 1}}))
	if err != nil {
		return nil, fmt.Errorf("store: read outbox: %w", err)
	}
	var out []OutboxEntry
	if err := cur.All(ctx, &out); err != nil {
		return nil, fmt.Errorf("store: decode outbox: %w", err)
	}
	return out, nil
}

// NextOutboxAttempt returns when the earliest pending entry of a notifier
// ("" = any) is due; ok is false when nothing is pending.
func (s *Store) NextOutboxAttempt(ctx context.Context, notifier string) (t time.Time, ok bool, err error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	f := bson.D{{Key: "status", Value: OutboxPending}}
	if notifier != "" {
		f = append(f, bson.E{Key: "notifier", Value: notifier})
	}
	var e OutboxEntry
	err = s.col(ColOutbox).FindOne(ctx, f, options.FindOne().SetSort(bson.D{{Key: "next_attempt_at", Value: 1}})).Decode(&e)
	if errors.Is(err, errNoDocuments) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next outbox attempt: %w", err)
	}
	return e.NextAttemptAt, true, nil
}

// CountOutbox counts entries of a status ("" = any).
func (s *Store) CountOutbox(ctx context.Context, status string) (int64, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	f := bson.D{}
	if status != "" {
		f = bson.D{{Key: "status", Value: status}}
	}
	return s.col(ColOutbox).CountDocuments(ctx, f)
}

// PruneOutbox deletes delivered and failed entries created before before,
// with their lease documents, and returns how many entries went. Keep
// them well past any retry horizon: an entry's id is what stops an event
// from being enqueued twice.
func (s *Store) PruneOutbox(ctx context.Context, before time.Time) (int64, error) {
	ctx, cancel := context.WithTimeout(ctx, 6*s.timeout)
	defer cancel()
	f := bson.D{
		{Key: "status", Value: bson.D{{Key: "$in", Value: bson.A{OutboxDelivered, OutboxFailed}}}},
		{Key: "created_at", Value: bson.D{{Key: "$lt", Value: before}}},
	}
	cur, err := s.col(ColOutbox).Find(ctx, f)
	if err != nil {
		return 0, fmt.Errorf("store: prune outbox: %w", err)
	}
	var old []OutboxEntry
	if err := cur.All(ctx, &old); err != nil {
		return 0, fmt.Errorf("store: prune outbox: %w", err)
	}
	var n int64
	for _, e := range old {
		if _, err := s.col(colOutboxLeases).DeleteMany(ctx, bson.D{{Key: "entry", Value: e.ID}}); err != nil {
			return n, fmt.Errorf("store: prune outbox leases: %w", err)
		}
		res, err := s.col(ColOutbox).DeleteOne(ctx, bson.D{{Key: "_id", Value: e.ID}})
		if err != nil {
			return n, fmt.Errorf("store: prune outbox: %w", err)
		}
		n += res.DeletedCount
	}
	return n, nil
}
