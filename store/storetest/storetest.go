// Package storetest opens a real store for tests: the server at
// FUNDWATCH_TEST_MONGODB_URI when set (a fresh database per test, dropped
// afterwards), else an embedded FerretDB in a temporary directory. There
// is no mock: every test talks MongoDB wire protocol to a real server.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
)

// EnvURI names the variable that points tests at an external server.
const EnvURI = "FUNDWATCH_TEST_MONGODB_URI"

// Options returns store options for a test: external URI with a unique
// database, or an embedded store in dir.
func Options(t testing.TB, dir string) store.Options {
	t.Helper()
	o := store.Options{DataDir: dir, Timeout: 20 * time.Second, Database: "fundwatch_test"}
	if uri := os.Getenv(EnvURI); uri != "" {
		b := make([]byte, 6)
		_, _ = rand.Read(b)
		o.URI = uri
		o.Database = "fundwatch_test_" + hex.EncodeToString(b)
	}
	return o
}

// Open opens a store for the test and closes it (dropping an external
// test database) when the test ends.
func Open(t testing.TB) *store.Store {
	t.Helper()
	return OpenWith(t, Options(t, t.TempDir()))
}

// OpenWith opens a store with the given options and cleans up after.
func OpenWith(t testing.TB, o store.Options) *store.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := store.Open(ctx, o)
	if err != nil {
		t.Fatalf("open test store: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if o.URI != "" {
			_ = s.Database().Drop(ctx)
		}
		_ = s.Close(ctx)
	})
	return s
}
