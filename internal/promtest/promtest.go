// Package promtest starts the real Prometheus tools for tests: Debian's
// prometheus, promtool and prometheus-alertmanager (scripts/ci-services.sh
// installs them). Each server runs on a free loopback port with a
// temporary directory and is stopped when the test ends. Without the
// binaries a test fails when CI=true and is skipped otherwise. Only tests
// import this package.
package promtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"
)

// Binary returns the path of a required tool, failing in CI and skipping
// elsewhere when it is not installed.
func Binary(t testing.TB, name string) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/" + name, "/usr/local/bin/" + name} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	msg := fmt.Sprintf("%s is not installed: run scripts/ci-services.sh (apt-get install prometheus prometheus-alertmanager)", name)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// FreeAddr returns a loopback address with a port that was free just now.
func FreeAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// Buffer collects output written from several goroutines (a daemon's, a
// worker's logs); it keeps the first MiB.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *Buffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() > 1<<20 {
		return len(p), nil
	}
	return l.b.Write(p)
}

func (l *Buffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// Daemon starts a server and waits for its readiness URL; it is stopped
// (SIGINT, then SIGKILL) when the test ends.
func Daemon(t testing.TB, ready string, name string, args ...string) {
	t.Helper()
	out := &Buffer{}
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("%s output:\n%s", filepath.Base(name), out.String())
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatalf("%s exited:\n%s", name, out.String())
		default:
		}
		if resp, err := http.Get(ready); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond) // polling a daemon's readiness
	}
	t.Fatalf("%s not ready within 60s:\n%s", name, out.String())
}

// StartPrometheus runs Prometheus scraping target (host:port) every second,
// with the given rule files, and returns its base URL.
func StartPrometheus(t testing.TB, target string, ruleFiles ...string) string {
	t.Helper()
	bin := Binary(t, "prometheus")
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "prometheus.yml")
	rules, _ := json.Marshal(ruleFiles)
	if ruleFiles == nil {
		rules = []byte("[]")
	}
	conf := fmt.Sprintf(`global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: %s
scrape_configs:
  - job_name: fundwatch
    static_configs:
      - targets: [%q]
`, rules, target)
	if err := os.WriteFile(cfgFile, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := FreeAddr(t)
	Daemon(t, "http://"+addr+"/-/ready", bin,
		"--config.file="+cfgFile, "--storage.tsdb.path="+filepath.Join(dir, "data"),
		"--web.listen-address="+addr, "--log.level=warn")
	return "http://" + addr
}

// QueryValue runs an instant query and returns its single value.
func QueryValue(t testing.TB, base, q string) (float64, bool) {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/query?query=" + url.QueryEscape(q))
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	var r struct {
		Status string `json:"status"`
		Data   struct {
			Result []struct {
				Value [2]any `json:"value"`
			} `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || r.Status != "success" || len(r.Data.Result) != 1 {
		return 0, false
	}
	s, _ := r.Data.Result[0].Value[1].(string)
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// WaitValue polls q until it has a single value or timeout passes.
func WaitValue(t testing.TB, base, q string, timeout time.Duration) (float64, bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if v, ok := QueryValue(t, base, q); ok {
			return v, true
		}
		if time.Now().After(deadline) {
			return 0, false
		}
		time.Sleep(250 * time.Millisecond) // polling until the first scrape lands
	}
}
