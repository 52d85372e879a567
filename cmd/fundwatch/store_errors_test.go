package main

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

// An unreachable MongoDB gives one clear line and exit 1 within the store
// timeout, and the password in the URI is never printed.
func TestUnreachableMongoDB(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ta := newTestApp(t, "")
	t.Setenv("FUNDWATCH_MONGODB_URI", "mongodb://fw:sekrit@"+addr+"/?serverSelectionTimeoutMS=1500")
	os.WriteFile(ta.config, []byte("store:\n  timeout: 2s\n"), 0o600)
	start := time.Now()
	code := ta.run("report")
	msg := ta.stderr.String()
	if code != exitFailed || !strings.Contains(msg, "cannot reach MongoDB") || strings.Count(strings.TrimSpace(msg), "\n") != 0 {
		t.Fatalf("exit %d, stderr %q; want exit 1 and one line saying the store cannot be reached", code, msg)
	}
	if strings.Contains(msg, "sekrit") {
		t.Errorf("the password leaked: %q", msg)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v; want a bounded wait", d)
	}
}

// A second process on the same embedded data dir gets a clear error and
// changes nothing; once the first closes, everything stored is still there.
func TestLockedDataDir(t *testing.T) {
	if os.Getenv(storetest.EnvURI) != "" {
		t.Skip("embedded-only: FUNDWATCH_TEST_MONGODB_URI is set")
	}
	dir := filepath.Join(t.TempDir(), "data")
	ta := newTestApp(t, "")
	t.Setenv("FUNDWATCH_DATA_DIR", dir)
	page := "../../testdata/announcements/ptf-2016-r2-govuk.html"
	if code := ta.run("ingest", page); code != exitOK {
		t.Fatalf("ingest: %d %s", code, ta.stderr.String())
	}
	ctx := context.Background()
	holder, err := store.Open(ctx, store.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"report"}, {"ingest", page}} {
		code := ta.run(cmd...)
		if code == exitOK || !strings.Contains(ta.stderr.String(), "in use by another fundwatch process") {
			t.Errorf("%v while locked: exit %d, %q", cmd, code, ta.stderr.String())
		}
	}
	holder.Close(ctx)
	if code := ta.run("report", "--format", "csv"); code != exitOK || !strings.Contains(ta.stdout.String(), "Police Transformation Fund") {
		t.Fatalf("after unlock: exit %d, %s %s", code, ta.stdout.String(), ta.stderr.String())
	}
}
