package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Options say which server to use.
type Options struct {
	// URI of a MongoDB server. Empty starts the embedded server.
	URI string
	// Database name (default "fundwatch").
	Database string
	// DataDir holds the embedded server's files and its lock file.
	DataDir string
	// Timeout bounds connecting and each operation (default 10s).
	Timeout time.Duration
	// Logger for the store; the embedded server logs only when Debug.
	Logger *slog.Logger
	Debug  bool
}

// ErrLocked is returned when another process has the embedded data dir open.
var ErrLocked = errors.New("data dir is in use by another fundwatch process")

// ErrUnreachable is returned when the server cannot be reached in time.
var ErrUnreachable = errors.New("store unreachable")

// Store is fundwatch's persistence. It is safe for concurrent use.
type Store struct {
	client  *mongo.Client
	db      *mongo.Database
	timeout time.Duration
	log     *slog.Logger

	embedded     *ferretdb.FerretDB
	stopEmbedded context.CancelFunc
	embeddedDone chan struct{}
	lock         *os.File
	uri          string // redacted, for messages
}

// Open connects to the configured server, or starts the embedded one, and
// creates collections and indexes idempotently.
func Open(ctx context.Context, o Options) (*Store, error) {
	if o.Database == "" {
		o.Database = "fundwatch"
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &Store{timeout: o.Timeout, log: o.Logger}
	uri := o.URI
	if uri == "" {
		var err error
		if uri, err = s.startEmbedded(o); err != nil {
			return nil, err
		}
	}
	s.uri = Redact(uri)
	if err := s.connect(ctx, uri, o); err != nil {
		s.stopEmbeddedServer()
		return nil, err
	}
	if err := s.ensureSchema(ctx); err != nil {
		_ = s.Close(context.Background())
		return nil, err
	}
	return s, nil
}

func (s *Store) startEmbedded(o Options) (string, error) {
	if o.DataDir == "" {
		return "", errors.New("store: no MongoDB URI and no data dir for the embedded store")
	}
	dir, err := filepath.Abs(o.DataDir)
	if err != nil {
		return "", fmt.Errorf("store: data dir: %w", err)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", fmt.Errorf("store: create data dir: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return "", err
	}
	s.lock = lock
	level := slog.Level(100) // silent
	if o.Debug {
		level = slog.LevelDebug
	}
	flog := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: "127.0.0.1:0"},
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + "/",
		Logger:    flog,
	})
	if err != nil {
		s.unlock()
		return "", fmt.Errorf("store: start embedded server in %s: %w", dir, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.embedded, s.stopEmbedded, s.embeddedDone = f, cancel, make(chan struct{})
	go func() {
		defer close(s.embeddedDone)
		_ = f.Run(ctx)
	}()
	s.log.Debug("embedded store started", "dir", dir)
	return f.MongoDBURI(), nil
}

// lockDir takes an exclusive, non-blocking lock on dir/fundwatch.lock. The
// kernel releases it when the process dies, so a crash leaves no stale lock.
func lockDir(dir string) (*os.File, error) {
	p := filepath.Join(dir, "fundwatch.lock")
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o640)
	if err != nil {
		return nil, fmt.Errorf("store: open lock file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		b, _ := os.ReadFile(p)
		f.Close()
		holder := strings.TrimSpace(string(b))
		if holder != "" {
			holder = " (pid " + holder + ")"
		}
		return nil, fmt.Errorf("store: %s%s: %w; stop it or set store.data_dir to another folder", dir, holder, ErrLocked)
	}
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return f, nil
}

func (s *Store) unlock() {
	if s.lock != nil {
		_ = syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
		s.lock.Close()
		s.lock = nil
	}
}

func (s *Store) connect(ctx context.Context, uri string, o Options) error {
	co := options.Client().ApplyURI(uri).
		SetServerSelectionTimeout(o.Timeout).
		SetConnectTimeout(o.Timeout).
		SetTimeout(o.Timeout).
		SetAppName("fundwatch")
	if err := co.Validate(); err != nil {
		return fmt.Errorf("store: invalid MongoDB URI %s: %w", Redact(uri), err)
	}
	client, err := mongo.Connect(ctx, co)
	if err != nil {
		return fmt.Errorf("store: connect to %s: %w", Redact(uri), err)
	}
	pctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	if err := client.Ping(pctx, nil); err != nil {
		_ = client.Disconnect(context.Background())
		return fmt.Errorf("store: cannot reach MongoDB at %s within %s: %w: %w", Redact(uri), o.Timeout, ErrUnreachable, err)
	}
	s.client = client
	s.db = client.Database(o.Database)
	return nil
}

// Close disconnects and stops the embedded server, releasing its lock.
func (s *Store) Close(ctx context.Context) error {
	var err error
	if s.client != nil {
		err = s.client.Disconnect(ctx)
		s.client = nil
	}
	s.stopEmbeddedServer()
	return err
}

func (s *Store) stopEmbeddedServer() {
	if s.stopEmbedded != nil {
		s.stopEmbedded()
		select {
		case <-s.embeddedDone:
		case <-time.After(10 * time.Second):
			s.log.Warn("embedded store did not stop within 10s")
		}
		s.stopEmbedded = nil
	}
	s.unlock()
}

// Embedded reports whether the store runs the embedded server.
func (s *Store) Embedded() bool { return s.embedded != nil }

// Ping checks the server answers.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := s.opCtx(ctx)
	defer cancel()
	return s.client.Ping(ctx, nil)
}

// Database exposes the database for tests and the packages' own queries.
func (s *Store) Database() *mongo.Database { return s.db }

func (s *Store) opCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.timeout)
}

// Redact removes credentials from a URI for messages and logs.
func Redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "<invalid URI>"
	}
	if u.User != nil {
		u.User = url.User("REDACTED")
	}
	return u.String()
}
