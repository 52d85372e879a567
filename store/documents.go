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
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/fundwatch/fundwatch/parse"
)

// Document is one version of one page: a URL and a content hash.
type Document struct {
	ID          string    `bson:"_id" json:"id"`
	URL         string    `bson:"url" json:"url"`
	Source      string    `bson:"source" json:"source"`
	ContentHash string    `bson:"content_hash" json:"content_hash"`
	Title       string    `bson:"title" json:"title"`
	Published   string    `bson:"published" json:"published"` // YYYY-MM-DD or ""
	FetchedAt   time.Time `bson:"fetched_at" json:"fetched_at"`
	FirstSeen   time.Time `bson:"first_seen" json:"first_seen"`
	LastSeen    time.Time `bson:"last_seen" json:"last_seen"`
	Fetch       FetchMeta `bson:"fetch" json:"fetch"`
	Text        string    `bson:"text" json:"-"`
}

// FetchMeta is what the fetch said about a document.
type FetchMeta struct {
	Status       int    `bson:"status,omitempty" json:"status,omitempty"`
	ContentType  string `bson:"content_type,omitempty" json:"content_type,omitempty"`
	ETag         string `bson:"etag,omitempty" json:"etag,omitempty"`
	LastModified string `bson:"last_modified,omitempty" json:"last_modified,omitempty"`
	Bytes        int64  `bson:"bytes" json:"bytes"`
	FinalURL     string `bson:"final_url,omitempty" json:"final_url,omitempty"`
}

// Outcome of saving a document.
type Outcome string

// Outcomes; they double as the `result` metric label.
const (
	New       Outcome = "new"       // URL never seen before
	Changed   Outcome = "changed"   // URL seen, content differs
	Unchanged Outcome = "unchanged" // this URL and content already stored
)

// ContentHash is the hash fundwatch uses to tell content versions apart.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// DocumentID is the deterministic id of a URL's content version.
func DocumentID(url, contentHash string) string {
	h := sha256.Sum256([]byte(url + "\x00" + contentHash))
	return hex.EncodeToString(h[:16])
}

// SaveDocument stores a document version idempotently (an upsert keyed by
// DocumentID) and says whether it was new, changed or unchanged.
func (s *Store) SaveDocument(ctx context.Context, d *Document) (Outcome, error) {
	if d.URL == "" || d.ContentHash == "" {
		return "", errors.New("store: document needs a URL and a content hash")
	}
	d.ID = DocumentID(d.URL, d.ContentHash)
	if d.FetchedAt.IsZero() {
		d.FetchedAt = time.Now().UTC()
	}
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	// Insert first: on FerretDB v1.24 (SQLite) any filtered lookup scans
	// the collection, while an insert is checked by the unique _id index
	// alone. E11000 means this URL and content are already stored.
	d.FirstSeen, d.LastSeen = d.FetchedAt, d.FetchedAt
	if _, err := s.col(ColDocuments).InsertOne(ctx, d); err != nil {
		if !IsDuplicateKey(err) {
			return "", fmt.Errorf("store: save document %s: %w", d.URL, err)
		}
		_, err = s.col(ColDocuments).UpdateOne(ctx, bson.D{{Key: "_id", Value: d.ID}}, bson.D{{Key: "$set", Value: bson.D{
			{Key: "source", Value: d.Source},
			{Key: "fetched_at", Value: d.FetchedAt},
			{Key: "last_seen", Value: d.FetchedAt},
			{Key: "fetch", Value: d.Fetch},
		}}})
		if err != nil {
			return "", fmt.Errorf("store: update document %s: %w", d.URL, err)
		}
		return Unchanged, nil
	}
	// New content: was the URL seen before? An insert-only marker per URL
	// answers that without a scan.
	h := sha256.Sum256([]byte(d.URL))
	_, err := s.col(ColURLs).InsertOne(ctx, bson.D{{Key: "_id", Value: hex.EncodeToString(h[:16])}, {Key: "url", Value: d.URL}})
	switch {
	case err == nil:
		return New, nil
	case IsDuplicateKey(err):
		return Changed, nil
	default:
		return "", fmt.Errorf("store: save document %s: %w", d.URL, err)
	}
}

// Document returns one document by id.
func (s *Store) Document(ctx context.Context, id string) (*Document, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	var d Document
	if err := s.col(ColDocuments).FindOne(ctx, bson.D{{Key: "_id", Value: id}}).Decode(&d); err != nil {
		if errors.Is(err, mongo.ErrNoDocuments) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("store: document %s: %w", id, err)
	}
	return &d, nil
}

// ErrNotFound is returned when a lookup finds nothing.
var ErrNotFound = errors.New("not found")

// CountDocuments counts stored document versions (all, or of one URL).
func (s *Store) CountDocuments(ctx context.Context, url string) (int64, error) {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	f := bson.D{}
	if url != "" {
		f = bson.D{{Key: "url", Value: url}}
	}
	return s.col(ColDocuments).CountDocuments(ctx, f)
}

// Extraction is the parse result of one document version.
type Extraction struct {
	ID          string        `bson:"_id"` // = document id
	DocumentID  string        `bson:"document_id"`
	URL         string        `bson:"url"`
	Source      string        `bson:"source"`
	Title       string        `bson:"title"`
	Published   string        `bson:"published"`
	FetchedAt   time.Time     `bson:"fetched_at"`
	ExtractedAt time.Time     `bson:"extracted_at"`
	Result      *parse.Result `bson:"result"`
}

// SaveExtraction stores the extraction of a document (upsert by document
// id, so re-parsing replaces rather than duplicates).
func (s *Store) SaveExtraction(ctx context.Context, d *Document, r *parse.Result) error {
	if d.ID == "" {
		d.ID = DocumentID(d.URL, d.ContentHash)
	}
	e := Extraction{
		ID: d.ID, DocumentID: d.ID, URL: d.URL, Source: d.Source,
		Title: r.Title, Published: r.Published, FetchedAt: d.FetchedAt,
		ExtractedAt: time.Now().UTC(), Result: r,
	}
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	if err := s.upsertByID(ctx, ColExtractions, e.ID, e); err != nil {
		return fmt.Errorf("store: save extraction of %s: %w", d.URL, err)
	}
	return nil
}

// LatestExtractions returns, for every URL, the extraction of its most
// recently fetched content version: what a page says now.
func (s *Store) LatestExtractions(ctx context.Context) ([]Extraction, error) {
	ctx, cancel := context.WithTimeout(ctx, 6*s.timeout)
	defer cancel()
	cur, err := s.col(ColExtractions).Find(ctx, bson.D{}, options.Find().SetSort(bson.D{{Key: "url", Value: 1}, {Key: "fetched_at", Value: -1}}))
	if err != nil {
		return nil, fmt.Errorf("store: read extractions: %w", err)
	}
	defer cur.Close(ctx)
	var out []Extraction
	seen := map[string]bool{}
	for cur.Next(ctx) {
		var e Extraction
		if err := cur.Decode(&e); err != nil {
			return nil, fmt.Errorf("store: decode extraction: %w", err)
		}
		if seen[e.URL] {
			continue
		}
		seen[e.URL] = true
		out = append(out, e)
	}
	return out, cur.Err()
}
