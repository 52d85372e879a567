package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Run outcomes.
const (
	RunRunning = "running" // written at start; a crash leaves it so
	RunOK      = "ok"      // every page fetched (or unchanged)
	RunPartial = "partial" // some pages failed, others were stored
	RunFailed  = "failed"  // the source could not be read at all, or every page failed
)

// Run triggers.
const (
	TriggerSchedule = "schedule" // a cron tick
	TriggerManual   = "manual"   // fundwatch ingest or POST /api/v1/ingest
	TriggerCatchUp  = "catch-up" // a slot missed while the worker was down
	TriggerStart    = "start"    // run_on_start
)

// RunError is one failure inside a run, with a reason that is also a
// metric label (timeout, http_5xx, robots, ...).
type RunError struct {
	URL     string `bson:"url,omitempty" json:"url,omitempty"`
	Reason  string `bson:"reason" json:"reason"`
	Message string `bson:"message" json:"message"`
}

// Run is the record of one ingestion run of one source.
type Run struct {
	ID        string    `bson:"_id" json:"id"`
	Source    string    `bson:"source" json:"source"`
	Trigger   string    `bson:"trigger" json:"trigger"`
	StartedAt time.Time `bson:"started_at" json:"started_at"`
	EndedAt   time.Time `bson:"ended_at" json:"ended_at"`
	Outcome   string    `bson:"outcome" json:"outcome"`

	PagesSeen      int `bson:"pages_seen" json:"pages_seen"`           // links/entries/files listed
	PagesFetched   int `bson:"pages_fetched" json:"pages_fetched"`     // answered 200 and were read
	PagesUnchanged int `bson:"pages_unchanged" json:"pages_unchanged"` // 304, same content, or not due
	PagesFailed    int `bson:"pages_failed" json:"pages_failed"`
	DocumentsNew   int `bson:"documents_new" json:"documents_new"`
	DocumentsChg   int `bson:"documents_changed" json:"documents_changed"`
	ItemsExtracted int `bson:"items_extracted" json:"items_extracted"` // rounds + limits + awards

	Errors []RunError `bson:"errors" json:"errors"`
}

// RunID is the deterministic id of a source's run started at t, so a
// retried write never makes a second record.
func RunID(source string, started time.Time) string {
	h := sha256.Sum256([]byte(source + "\x00" + started.UTC().Format(time.RFC3339Nano)))
	return hex.EncodeToString(h[:12])
}

// SaveRun writes a run record (an upsert by id: the record written at the
// start of a run is replaced by the final one).
func (s *Store) SaveRun(ctx context.Context, r *Run) error {
	if r.Source == "" || r.StartedAt.IsZero() {
		return errors.New("store: run needs a source and a start time")
	}
	if r.ID == "" {
		r.ID = RunID(r.Source, r.StartedAt)
	}
	if r.Errors == nil {
		r.Errors = []RunError{}
	}
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	if err := s.upsertByID(ctx, ColRuns, r.ID, r); err != nil {
		return fmt.Errorf("store: save run of %s: %w", r.Source, err)
	}
	return nil
}

// Runs returns the latest run records, newest first: of one source, or of
// all when source is "". limit <= 0 means 100.
func (s *Store) Runs(ctx context.Context, source string, limit int) ([]Run, error) {
	if limit <= 0 {
		limit = 100
	}
	f := bson.D{}
	if source != "" {
		f = bson.D{{Key: "source", Value: source}}
	}
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	cur, err := s.col(ColRuns).Find(ctx, f, options.Find().SetSort(bson.D{{Key: "started_at", Value: -1}}).SetLimit(int64(limit)))
	if err != nil {
		return nil, fmt.Errorf("store: read runs: %w", err)
	}
	var out []Run
	if err := cur.All(ctx, &out); err != nil {
		return nil, fmt.Errorf("store: read runs: %w", err)
	}
	return out, nil
}

// upsertByID writes doc under id: an insert first, a replace when the id
// exists. On FerretDB v1.24 (SQLite) a filter on _id is not served by the
// _id index, so an upsert scans the collection; an insert is checked by
// the unique index alone. Two writers racing on a new id are resolved by
// the replace (the loser of an upsert race gets E11000, retried once).
func (s *Store) upsertByID(ctx context.Context, col string, id, doc any) error {
	_, err := s.col(col).InsertOne(ctx, doc)
	if err == nil || !IsDuplicateKey(err) {
		return err
	}
	for range 2 {
		_, err = s.col(col).ReplaceOne(ctx, bson.D{{Key: "_id", Value: id}}, doc, options.Replace().SetUpsert(true))
		if !IsDuplicateKey(err) {
			return err
		}
	}
	return err
}
