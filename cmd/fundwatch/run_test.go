package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/internal/promtest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// The worker serves the same utilisation that `report` prints (to a real
// Prometheus scraping it as well as on /metrics), answers
// health checks, accepts a manual run, and exits 0 when its context ends
// (what SIGTERM does through signal.NotifyContext).
func TestRunServesReportFigures(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/announcements/ptf-2016-*.html")
	ta := newTestApp(t, "funds:\n  - name: Police Transformation Fund\n    limits:\n      - {period: \"2016/17\", amount: 76400000}\n"+
		"sources:\n  - name: samples\n    kind: file\n    path: ../../testdata/announcements\n    schedule: \"@every 1h\"\n")
	if code := ta.run(append([]string{"ingest"}, pages...)...); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, ta.stderr.String())
	}
	if code := ta.run("report", "--format", "json", "--period", "2016/17"); code != exitOK {
		t.Fatalf("report: exit %d", code)
	}
	var rep struct {
		Funds []struct {
			Fund        string   `json:"fund"`
			Utilisation *float64 `json:"utilisation"`
		} `json:"funds"`
	}
	if err := json.Unmarshal(ta.stdout.Bytes(), &rep); err != nil || len(rep.Funds) != 1 || rep.Funds[0].Utilisation == nil {
		t.Fatalf("report: %v %s", err, ta.stdout.String())
	}
	want := *rep.Funds[0].Utilisation

	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut promtest.Buffer
	done := make(chan int, 1)
	go func() {
		a := &app{stdout: &out, stderr: &errOut}
		done <- a.main(ctx, []string{"run", "--config", ta.config, "--listen", addr})
	}()
	base := "http://" + addr
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if code, _ := get("/readyz"); code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("worker not ready within 30s: %s", errOut.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	code, metrics := get("/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d", code)
	}
	re := regexp.MustCompile(`fundwatch_fund_utilisation_ratio\{fund="Police Transformation Fund",period="2016/17"\} (\S+)`)
	m := re.FindStringSubmatch(metrics)
	if m == nil {
		t.Fatalf("/metrics lacks the PTF 2016/17 utilisation:\n%s", metrics)
	}
	if got, _ := strconv.ParseFloat(m[1], 64); fmt.Sprintf("%.6f", got) != fmt.Sprintf("%.6f", want) {
		t.Errorf("/metrics utilisation %v != report %v", got, want)
	}
	if !regexp.MustCompile(`fundwatch_build_info\{`).MatchString(metrics) {
		t.Error("/metrics lacks fundwatch_build_info")
	}
	// Real Prometheus scrapes the running worker, with the shipped rules
	// loaded: its query API returns the utilisation report printed.
	rules, _ := filepath.Abs("../../configs/prometheus/fundwatch.rules.yml")
	prom := promtest.StartPrometheus(t, addr, rules)
	v, ok := promtest.WaitValue(t, prom, `fundwatch_fund_utilisation_ratio{fund="Police Transformation Fund",period="2016/17"}`, 60*time.Second)
	if !ok {
		t.Fatal("Prometheus did not scrape fundwatch run within 60s")
	}
	if fmt.Sprintf("%.6f", v) != fmt.Sprintf("%.6f", want) {
		t.Errorf("Prometheus has utilisation %v; report printed %v", v, want)
	}
	if code, body := get("/api/v1/report"); code != http.StatusOK || !bytes.Contains([]byte(body), []byte("Police Transformation Fund")) {
		t.Errorf("/api/v1/report: %d %s", code, body)
	}
	resp, err := http.Post(base+"/api/v1/ingest?source=nope", "", nil)
	if err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("manual run of an unknown source: %v %v", resp.Status, err)
	}
	resp, err = http.Post(base+"/api/v1/ingest?source=samples", "", nil)
	if err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("manual run: %v %v", resp, err)
	}
	// The manual run lands in the run records.
	deadline = time.Now().Add(30 * time.Second)
	for {
		_, body := get("/api/v1/runs?source=samples")
		if bytes.Contains([]byte(body), []byte(`"outcome":"ok"`)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/api/v1/runs never showed the manual run: %s", body)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !regexp.MustCompile(`fundwatch_source_schedule_interval_seconds\{source="samples"\} 3600`).MatchString(metrics) {
		t.Error("/metrics lacks the samples source's 1h schedule interval")
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("run exited %d after shutdown: %s", code, errOut.String())
		}
	case <-time.After(60 * time.Second):
		t.Fatal("run did not stop within 60s of shutdown")
	}
}
