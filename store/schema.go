package store

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Collection names. The schema of each is documented in doc.go.
const (
	ColDocuments   = "documents"
	ColExtractions = "extractions"
	ColAwards      = "awards"
	ColRounds      = "rounds"
	ColFunds       = "funds"
	ColRuns        = "runs"
	ColFetchState  = "fetch_state"
	ColSourceState = "source_state"
	ColAlerts      = "alerts"
	ColOutbox      = "outbox"
	ColURLs        = "urls"
)

type index struct {
	name   string
	keys   bson.D
	unique bool
}

// schema lists every collection with its secondary indexes. Only key, name
// and unique are used: FerretDB v1.24 supports no other index option.
var schema = []struct {
	name    string
	indexes []index
}{
	{ColDocuments, []index{
		{"url_fetched", bson.D{{Key: "url", Value: 1}, {Key: "fetched_at", Value: -1}}, false},
		{"content_hash", bson.D{{Key: "content_hash", Value: 1}}, false},
	}},
	{ColExtractions, []index{
		{"url", bson.D{{Key: "url", Value: 1}}, false},
		{"document_id", bson.D{{Key: "document_id", Value: 1}}, false},
	}},
	{ColAwards, []index{{"fund_period", bson.D{{Key: "fund", Value: 1}, {Key: "period", Value: 1}}, false}}},
	{ColRounds, []index{{"fund_round", bson.D{{Key: "fund", Value: 1}, {Key: "round", Value: 1}}, false}}},
	{ColFunds, nil},
	{ColRuns, []index{{"source_started", bson.D{{Key: "source", Value: 1}, {Key: "started_at", Value: -1}}, false}}},
	{ColFetchState, nil},
	{ColURLs, nil},
	{ColSourceState, nil},
	{ColAlerts, []index{{"fund_period", bson.D{{Key: "fund", Value: 1}, {Key: "period", Value: 1}}, true}}},
	{ColOutbox, []index{{"status_due", bson.D{{Key: "status", Value: 1}, {Key: "next_attempt_at", Value: 1}}, false}}},
}

// ensureSchema creates collections and indexes; safe to run at every start
// and from several processes at once.
func (s *Store) ensureSchema(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 3*s.timeout)
	defer cancel()
	existing, err := s.db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		return fmt.Errorf("store: list collections: %w", err)
	}
	have := map[string]bool{}
	for _, n := range existing {
		have[n] = true
	}
	for _, c := range schema {
		if !have[c.name] {
			if err := s.db.CreateCollection(ctx, c.name); err != nil && !isNamespaceExists(err) {
				return fmt.Errorf("store: create collection %s: %w", c.name, err)
			}
		}
		if len(c.indexes) == 0 {
			continue
		}
		// Create only the missing indexes: FerretDB v1.24 panics on
		// createIndexes for a compound index that already exists after a
		// restart, and listing first is cheaper on MongoDB too.
		names, err := s.indexNames(ctx, c.name)
		if err != nil {
			return err
		}
		var models []mongo.IndexModel
		for _, ix := range c.indexes {
			if names[ix.name] {
				continue
			}
			o := options.Index().SetName(ix.name)
			if ix.unique {
				o.SetUnique(true)
			}
			models = append(models, mongo.IndexModel{Keys: ix.keys, Options: o})
		}
		if len(models) == 0 {
			continue
		}
		if _, err := s.db.Collection(c.name).Indexes().CreateMany(ctx, models); err != nil {
			return fmt.Errorf("store: create indexes on %s: %w", c.name, err)
		}
	}
	return nil
}

func (s *Store) indexNames(ctx context.Context, col string) (map[string]bool, error) {
	cur, err := s.db.Collection(col).Indexes().List(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: list indexes on %s: %w", col, err)
	}
	var specs []struct {
		Name string `bson:"name"`
	}
	if err := cur.All(ctx, &specs); err != nil {
		return nil, fmt.Errorf("store: list indexes on %s: %w", col, err)
	}
	names := map[string]bool{}
	for _, sp := range specs {
		names[sp.Name] = true
	}
	return names, nil
}

func isNamespaceExists(err error) bool {
	var ce mongo.CommandError
	if ok := asCommandError(err, &ce); ok {
		return ce.Code == 48 || ce.Name == "NamespaceExists"
	}
	return false
}

func asCommandError(err error, ce *mongo.CommandError) bool {
	for err != nil {
		if c, ok := err.(mongo.CommandError); ok {
			*ce = c
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

// IsDuplicateKey reports a unique-index violation (code 11000).
func IsDuplicateKey(err error) bool { return mongo.IsDuplicateKeyError(err) }

func (s *Store) col(name string) *mongo.Collection { return s.db.Collection(name) }
