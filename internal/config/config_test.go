package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadValid(t *testing.T) {
	t.Setenv("FUNDWATCH_TEST_HOOK_URL", "https://hooks.example/abc")
	t.Setenv("FUNDWATCH_TEST_HOOK_SECRET", "s3cret-value")
	t.Setenv(EnvMongoURI, "")
	t.Setenv(EnvDataDir, "")
	cfg, err := Load("testdata/valid.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sources) != 2 || cfg.Sources[0].Compiled.Schedule == nil || cfg.Sources[0].Compiled.Selectors.Content == nil {
		t.Fatalf("sources not compiled: %+v", cfg.Sources)
	}
	if cfg.Sources[0].Line != 8 {
		t.Errorf("source line = %d, want 8", cfg.Sources[0].Line)
	}
	n := cfg.Alerts.Notifiers[0]
	if n.URL.Value() != "https://hooks.example/abc" || n.Secret.Value() != "s3cret-value" {
		t.Errorf("env not expanded: %q", n.URL.Value())
	}
	// Secrets never print.
	for _, s := range []string{fmt.Sprint(n.Secret), fmt.Sprintf("%v %+v %#v", n, n, n)} {
		if strings.Contains(s, "s3cret-value") {
			t.Errorf("secret leaked in %q", s)
		}
	}
	if cfg.Fetch.RatePerHost != 1 || cfg.Alerts.Hysteresis != 0.02 || cfg.Store.Timeout != 10*time.Second {
		t.Errorf("defaults not kept for unset keys: %+v %+v", cfg.Fetch, cfg.Alerts)
	}
	if cfg.Funds[0].Limits[0].Amount != 76400000 || cfg.FundByName("ptf") == nil {
		t.Errorf("fund not loaded: %+v", cfg.Funds)
	}
	// CRON_TZ schedules run in that zone: 07:30 London in summer is 06:30 UTC.
	next := cfg.Sources[1].Compiled.Schedule.Next(time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC))
	if next.UTC().Hour() != 6 || next.UTC().Minute() != 30 {
		t.Errorf("CRON_TZ schedule next = %v, want 06:30 UTC", next.UTC())
	}
}

func TestLoadInvalid(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"invalid-unknown-key.yaml", []string{`testdata/invalid-unknown-key.yaml:4: unknown key "datadir" in store`}},
		{"invalid-syntax.yaml", []string{"testdata/invalid-syntax.yaml:"}},
		{"invalid-env.yaml", []string{"store.uri refers to ${FUNDWATCH_TEST_SURELY_UNSET_VAR}, which is not set"}},
		{"invalid-many.yaml", []string{
			`testdata/invalid-many.yaml:2: source "a": invalid schedule "0 0 */6 * * *"`,
			`testdata/invalid-many.yaml:6: source "a": duplicate source name`,
			`invalid CSS selector links "a[href"`,
			`limits[0].period "2016-17" must be a UK financial year`,
			`limits[0].amount must be positive`,
			`alerts.thresholds must be strictly increasing`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Load(filepath.Join("testdata", tt.file))
			if err == nil {
				t.Fatal("Load succeeded; want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\n lacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadDefaultsAndOverrides(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chdir(wd) })
	t.Setenv(EnvMongoURI, "mongodb://user:pw@127.0.0.1:1/")
	t.Setenv(EnvDataDir, "/tmp/fw-data")
	cfg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Path != "" || cfg.Store.URI.Value() != "mongodb://user:pw@127.0.0.1:1/" || cfg.Store.DataDir != "/tmp/fw-data" {
		t.Errorf("defaults+env = %+v", cfg.Store)
	}
	if _, err := Load("nope.yaml"); err == nil || !strings.Contains(err.Error(), "config file not found") {
		t.Errorf("missing explicit file: %v", err)
	}
}

func TestValidPeriod(t *testing.T) {
	for p, want := range map[string]bool{"2016/17": true, "1999/00": true, "2016/18": false, "2016-17": false, "16/17": false} {
		if ValidPeriod(p) != want {
			t.Errorf("ValidPeriod(%q) = %v", p, !want)
		}
	}
}
