package ingest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

// testConfig parses a config with fast, test-friendly fetch settings
// followed by extra YAML (sources:).
func testConfig(t testing.TB, extra string) *config.Config {
	t.Helper()
	y := `fetch:
  rate_per_host: 1000
  burst_per_host: 100
  timeout: 2s
  connect_timeout: 1s
  retries: 1
  retry_base_delay: 1ms
  retry_max_delay: 10ms
  max_body_bytes: 65536
  contact: ops@example.org
funds:
  - name: Coastal Resilience Fund
` + extra
	cfg, err := config.ParseBytes("test.yaml", []byte(y))
	if err != nil {
		t.Fatalf("config: %v\n%s", err, y)
	}
	if p := ValidateSources(cfg); len(p) > 0 {
		t.Fatalf("sources: %v", p)
	}
	return cfg
}

// sourcesYAML renders sources as YAML flow mappings.
func sourcesYAML(srcs ...string) string {
	var b strings.Builder
	b.WriteString("sources:\n")
	for _, s := range srcs {
		fmt.Fprintf(&b, "  - %s\n", s)
	}
	return b.String()
}

type env2 struct {
	cfg *config.Config
	st  *store.Store
	reg *prometheus.Registry
	r   *Runner
}

func newRunnerEnv(t *testing.T, cfg *config.Config) *env2 {
	t.Helper()
	st := storetest.Open(t)
	reg := prometheus.NewRegistry()
	return &env2{cfg: cfg, st: st, reg: reg, r: NewRunner(cfg, st, NewMetrics(reg), nil)}
}

func byName(runs []*store.Run) map[string]*store.Run {
	m := map[string]*store.Run{}
	for _, r := range runs {
		m[r.Source] = r
	}
	return m
}

func ctxT(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func reasons(r *store.Run) []string {
	var out []string
	for _, e := range r.Errors {
		out = append(out, e.Reason)
	}
	return out
}
