package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// SourceState is what the scheduler remembers about a source across
// restarts: when it last ran, so a slot missed while the worker was down
// is caught up once at start.
type SourceState struct {
	Source        string    `bson:"_id"`
	LastRunAt     time.Time `bson:"last_run_at"`  // start of the last run, any trigger
	LastSlot      time.Time `bson:"last_slot"`    // the last scheduled slot that was run (or caught up)
	LastOutcome   string    `bson:"last_outcome"` // ok | partial | failed
	LastSuccessAt time.Time `bson:"last_success_at,omitempty"`
}

// SourceState returns the state of a source, or ErrNotFound.
func (s *Store) SourceState(ctx context.Context, source string) (*SourceState, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	var st SourceState
	err := s.col(ColSourceState).FindOne(ctx, bson.D{{Key: "_id", Value: source}}).Decode(&st)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: state of source %s: %w", source, err)
	}
	return &st, nil
}

// SaveSourceState upserts a source's state.
func (s *Store) SaveSourceState(ctx context.Context, st *SourceState) error {
	if st.Source == "" {
		return errors.New("store: source state needs a source")
	}
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	if err := s.upsertByID(ctx, ColSourceState, st.Source, st); err != nil {
		return fmt.Errorf("store: save state of source %s: %w", st.Source, err)
	}
	return nil
}
