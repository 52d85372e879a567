package store_test

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

func TestOpenUnreachableFailsFast(t *testing.T) {
	// A port with nothing listening: take one and close it.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx := context.Background()
	start := time.Now()
	_, err = store.Open(ctx, store.Options{URI: "mongodb://fundwatch:hunter2@" + addr + "/", Timeout: 2 * time.Second})
	if err == nil {
		t.Fatal("Open succeeded against a closed port")
	}
	if !errors.Is(err, store.ErrUnreachable) {
		t.Errorf("error %v is not ErrUnreachable", err)
	}
	if strings.Contains(err.Error(), "hunter2") {
		t.Errorf("error leaks the password: %v", err)
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("took %v to fail; want about the 2s timeout", d)
	}
}

func TestEmbeddedDataDirLockAndPersistence(t *testing.T) {
	if os.Getenv(storetest.EnvURI) != "" {
		t.Skip("embedded-only: FUNDWATCH_TEST_MONGODB_URI points at an external server")
	}
	dir := t.TempDir()
	ctx := context.Background()
	o := store.Options{DataDir: dir, Timeout: 10 * time.Second}
	s1, err := store.Open(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if !s1.Embedded() {
		t.Fatal("no URI but store is not embedded")
	}
	d := &store.Document{URL: "file:///a.html", ContentHash: store.ContentHash("x"), Text: "x"}
	if _, err := s1.SaveDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	// A second process (here: a second Open) must not share the dir.
	if _, err := store.Open(ctx, o); !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second open: %v; want ErrLocked", err)
	} else if !strings.Contains(err.Error(), dir) {
		t.Errorf("lock error %q does not name the dir", err)
	}
	if err := s1.Close(ctx); err != nil {
		t.Fatal(err)
	}
	// After close the lock is free and the data is still there.
	s2, err := store.Open(ctx, o)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close(ctx)
	n, err := s2.CountDocuments(ctx, "")
	if err != nil || n != 1 {
		t.Fatalf("after reopen: %d documents, %v; want 1", n, err)
	}
	// Open is idempotent on the schema: a third open of a fresh handle works.
	if got, err := s2.SaveDocument(ctx, d); err != nil || got != store.Unchanged {
		t.Fatalf("re-save after reopen = %v, %v", got, err)
	}
}

func TestRedact(t *testing.T) {
	got := store.Redact("mongodb://user:secret@db.example:27017/x?authSource=admin")
	if strings.Contains(got, "secret") || strings.Contains(got, "user:") {
		t.Errorf("Redact = %q", got)
	}
}

func TestFinancialYear(t *testing.T) {
	for in, want := range map[string]string{"2016-03-31": "2015/16", "2016-04-01": "2016/17", "2016-12-01": "2016/17", "2099-05-01": "2099/00"} {
		d, _ := time.Parse("2006-01-02", in)
		if got := store.FinancialYear(d); got != want {
			t.Errorf("FinancialYear(%s) = %s, want %s", in, got, want)
		}
	}
}
