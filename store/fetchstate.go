package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// FetchState is what fundwatch remembers about one URL between runs, for
// conditional GET and for skipping unchanged content.
type FetchState struct {
	ID           string    `bson:"_id"` // FetchStateID(URL)
	URL          string    `bson:"url"`
	ETag         string    `bson:"etag,omitempty"`
	LastModified string    `bson:"last_modified,omitempty"`
	BodyHash     string    `bson:"body_hash,omitempty"`    // sha-256 of the raw body: same body, no re-parse
	ContentHash  string    `bson:"content_hash,omitempty"` // ContentHash of the main text: same text, no re-store
	Status       int       `bson:"status,omitempty"`
	CheckedAt    time.Time `bson:"checked_at"` // last time the URL answered
}

// FetchStateID is the id of a URL's fetch state (URLs can be long).
func FetchStateID(url string) string {
	h := sha256.Sum256([]byte(url))
	return hex.EncodeToString(h[:16])
}

// FetchState returns the state of url, or ErrNotFound.
func (s *Store) FetchState(ctx context.Context, url string) (*FetchState, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	var st FetchState
	err := s.col(ColFetchState).FindOne(ctx, bson.D{{Key: "_id", Value: FetchStateID(url)}}).Decode(&st)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: fetch state of %s: %w", url, err)
	}
	return &st, nil
}

// SaveFetchState upserts the state of st.URL.
func (s *Store) SaveFetchState(ctx context.Context, st *FetchState) error {
	if st.URL == "" {
		return errors.New("store: fetch state needs a URL")
	}
	st.ID = FetchStateID(st.URL)
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	if err := s.upsertByID(ctx, ColFetchState, st.ID, st); err != nil {
		return fmt.Errorf("store: save fetch state of %s: %w", st.URL, err)
	}
	return nil
}

// FetchStates returns every URL's fetch state by URL, in one read: a run
// looks its pages up here instead of once per page (FerretDB serves a
// lookup by _id with a collection scan).
func (s *Store) FetchStates(ctx context.Context) (map[string]*FetchState, error) {
	ctx, cancel := context.WithTimeout(ctx, 6*s.timeout)
	defer cancel()
	cur, err := s.col(ColFetchState).Find(ctx, bson.D{})
	if err != nil {
		return nil, fmt.Errorf("store: read fetch state: %w", err)
	}
	defer cur.Close(ctx)
	out := map[string]*FetchState{}
	for cur.Next(ctx) {
		var st FetchState
		if err := cur.Decode(&st); err != nil {
			return nil, fmt.Errorf("store: decode fetch state: %w", err)
		}
		out[st.URL] = &st
	}
	if err := cur.Err(); err != nil {
		return nil, fmt.Errorf("store: read fetch state: %w", err)
	}
	return out, nil
}
