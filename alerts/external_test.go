package alerts

// Tests against the real Prometheus, promtool and Alertmanager (Debian's
// prometheus and prometheus-alertmanager packages; scripts/ci-services.sh
// installs them). Each test starts its own instance on a free loopback
// port with a temporary directory and stops it. Without the binaries the
// tests fail when CI=true and are skipped otherwise.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/fundwatch/fundwatch/internal/promtest"
)

const rulesDir = "../configs/prometheus"

// The real-tool helpers live in internal/promtest, shared with cmd's tests.
var (
	binary     = promtest.Binary
	freePort   = promtest.FreeAddr
	daemon     = promtest.Daemon
	queryValue = promtest.QueryValue
)

func run(t *testing.T, dir string, stdin io.Reader, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Stdin = stdin
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
	return string(out)
}

func TestPromtoolRulesAndConfigs(t *testing.T) {
	promtool := binary(t, "promtool")
	run(t, rulesDir, nil, promtool, "check", "rules", "fundwatch.rules.yml")
	out := run(t, rulesDir, nil, promtool, "test", "rules", "fundwatch.rules.test.yml")
	if !strings.Contains(out, "SUCCESS") {
		t.Fatalf("promtool test rules:\n%s", out)
	}
	run(t, rulesDir, nil, promtool, "check", "config", "prometheus.yml")
	amtool := binary(t, "amtool")
	run(t, "../configs/alertmanager", nil, amtool, "check-config", "alertmanager.yml")
	// The dashboard is valid JSON and queries only metrics that exist.
	b, err := os.ReadFile("../configs/grafana/fundwatch.json")
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Panels []struct {
			Targets []struct{ Expr string } `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(b, &dash); err != nil {
		t.Fatalf("grafana dashboard: %v", err)
	}
	exprs := 0
	for _, p := range dash.Panels {
		for _, tg := range p.Targets {
			exprs++
			if !strings.Contains(tg.Expr, "fundwatch_") {
				t.Errorf("dashboard query %q uses no fundwatch metric", tg.Expr)
			}
		}
	}
	if exprs < 8 {
		t.Errorf("dashboard has %d queries; want panels for funds, ingestion and notifications", exprs)
	}
}

// testRegistry is what `fundwatch run` serves: the alerts metrics plus Go
// and process collectors, on a fresh registry.
func testRegistry(t *testing.T) (*prometheus.Registry, *Metrics) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg, NewMetrics(reg)
}

func TestPromtoolCheckMetrics(t *testing.T) {
	promtool := binary(t, "promtool")
	ctx := context.Background()
	st := openTestStore(t)
	seedRound(t, st, 1, 90, "2016/17")
	reg, m := testRegistry(t)
	h := newHook(t)
	svc, err := New(testConfig(t, 100, h.srv.URL), st, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.Deliver(ctx, 0); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`fundwatch_fund_committed{currency="GBP",fund="Police Transformation Fund",period="2016/17"} 9e+07`,
		`fundwatch_fund_limit{currency="GBP",fund="Police Transformation Fund",period="2016/17"} 1e+08`,
		`fundwatch_fund_utilisation_ratio{fund="Police Transformation Fund",period="2016/17"} 0.9`,
		`fundwatch_awards{fund="Police Transformation Fund"}`,
		`fundwatch_alerts_firing{fund="Police Transformation Fund",period="2016/17",severity="warning"} 1`,
		`fundwatch_notifications_total{notifier="hook1",outcome="delivered"} 1`,
		`fundwatch_notifications_total{notifier="hook1",outcome="failed"} 0`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = bytes.NewReader(body)
	out, err := cmd.CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Fatalf("promtool check metrics: %v\n%s", err, out)
	}
}

func startAlertmanager(t *testing.T) string {
	bin := binary(t, "prometheus-alertmanager")
	dir := t.TempDir()
	cfg := filepath.Join(dir, "alertmanager.yml")
	if err := os.WriteFile(cfg, []byte("route:\n  receiver: none\nreceivers:\n  - name: none\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freePort(t)
	daemon(t, "http://"+addr+"/-/ready", bin,
		"--config.file="+cfg, "--storage.path="+filepath.Join(dir, "data"),
		"--web.listen-address="+addr, "--cluster.listen-address=", "--log.level=warn")
	return "http://" + addr
}

type amListed struct {
	Labels   map[string]string `json:"labels"`
	EndsAt   time.Time         `json:"endsAt"`
	StartsAt time.Time         `json:"startsAt"`
	Status   struct {
		State string `json:"state"`
	} `json:"status"`
	Annotations map[string]string `json:"annotations"`
}

func listAlerts(t *testing.T, base string) []amListed {
	t.Helper()
	resp, err := http.Get(base + "/api/v2/alerts")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out []amListed
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestAlertmanagerReceivesFundAlert(t *testing.T) {
	ctx := context.Background()
	am1, am2 := startAlertmanager(t), startAlertmanager(t)
	st := openTestStore(t)
	seedRound(t, st, 1, 96, "2016/17") // critical
	cfg := testConfig(t, 100)
	cfg.Alerts.Notifiers = append(cfg.Alerts.Notifiers, configNotifier("am", "alertmanager", am1, am2))
	svc, err := New(cfg, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	if d, p, err := svc.Deliver(ctx, 10*time.Second); err != nil || d != 1 || p != 0 {
		t.Fatalf("deliver = %d, %d, %v", d, p, err)
	}
	for _, base := range []string{am1, am2} {
		var found *amListed
		for _, a := range listAlerts(t, base) {
			if a.Labels["alertname"] == AlertName {
				found = &a
			}
		}
		if found == nil {
			t.Fatalf("%s lists no %s alert", base, AlertName)
		}
		l := found.Labels
		if l["fund"] != testFund || l["period"] != "2016/17" || l["severity"] != SeverityCritical || found.Status.State != "active" {
			t.Fatalf("%s lists %+v", base, found)
		}
		if !strings.Contains(found.Annotations["summary"], "96.0%") || !strings.Contains(found.Annotations["description"], "ptf-round-1") {
			t.Fatalf("annotations = %v", found.Annotations)
		}
		if until := time.Until(found.EndsAt); until < EndsAfter-time.Minute || until > EndsAfter+time.Minute {
			t.Fatalf("endsAt %v is not ~%v ahead", found.EndsAt, EndsAfter)
		}
	}
	// The periodic re-post keeps it alive (endsAt moves on).
	if err := svc.Repost(ctx); err != nil {
		t.Fatal(err)
	}
	// Resolve: raise the limit. Alertmanager stops listing it as active.
	raised, err := New(func() *configT { c := testConfig(t, 200); c.Alerts.Notifiers = cfg.Alerts.Notifiers; return c }(), st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := raised.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	if d, _, err := raised.Deliver(ctx, 10*time.Second); err != nil || d != 1 {
		t.Fatalf("deliver resolve = %d, %v", d, err)
	}
	for _, base := range []string{am1, am2} {
		for _, a := range listAlerts(t, base) {
			if a.Labels["alertname"] == AlertName && a.Labels["fund"] == testFund && a.EndsAt.After(time.Now().Add(time.Second)) {
				t.Fatalf("%s still lists the resolved alert as ending at %v", base, a.EndsAt)
			}
		}
	}
}

func TestPrometheusScrapesUtilisation(t *testing.T) {
	bin := binary(t, "prometheus")
	ctx := context.Background()
	st := openTestStore(t)
	seedRound(t, st, 1, 50, "2016/17")
	seedRound(t, st, 2, 37, "2016/17")
	reg, m := testRegistry(t)
	svc, err := New(testConfig(t, 100), st, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Evaluate(ctx); err != nil {
		t.Fatal(err)
	}
	usage, err := svc.Utilisation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var want *float64
	for _, u := range usage {
		if u.Fund == testFund && u.Period == "2016/17" {
			want = u.Utilisation
		}
	}
	if want == nil || *want != 0.87 {
		t.Fatalf("utilisation = %v; want 0.87", want)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	target := &httptest.Server{Listener: l, Config: &http.Server{Handler: promhttp.HandlerFor(reg, promhttp.HandlerOpts{})}}
	target.Start()
	defer target.Close()

	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "prometheus.yml")
	addr := freePort(t)
	conf := fmt.Sprintf(`global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: [%q]
scrape_configs:
  - job_name: fundwatch
    static_configs:
      - targets: [%q]
`, filepath.Join(mustAbs(t, rulesDir), "fundwatch.rules.yml"), l.Addr().String())
	if err := os.WriteFile(cfgFile, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	daemon(t, "http://"+addr+"/-/ready", bin,
		"--config.file="+cfgFile, "--storage.tsdb.path="+filepath.Join(dir, "data"),
		"--web.listen-address="+addr, "--log.level=warn")

	q := fmt.Sprintf(`fundwatch_fund_utilisation_ratio{fund=%q,period="2016/17"}`, testFund)
	deadline := time.Now().Add(60 * time.Second)
	for {
		v, ok := queryValue(t, "http://"+addr, q)
		if ok {
			if v != *want {
				t.Fatalf("Prometheus has %v; report says %v", v, *want)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Prometheus did not scrape the utilisation within 60s")
		}
		time.Sleep(250 * time.Millisecond) // polling Prometheus until the first scrape lands
	}
	// The rules loaded with real data: FundNearLimit fires for 87%.
	deadline = time.Now().Add(30 * time.Second)
	for {
		if v, ok := queryValue(t, "http://"+addr, `ALERTS{alertname="FundNearLimit",alertstate="firing"}`); ok && v == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("FundNearLimit did not fire within 30s")
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
