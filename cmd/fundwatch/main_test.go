package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundwatch/fundwatch/store/storetest"
)

// testApp runs fundwatch in-process with captured output.
type testApp struct {
	t              *testing.T
	stdout, stderr bytes.Buffer
	config         string
}

// newTestApp writes a config whose store is an embedded FerretDB in a
// temp dir, or a fresh database on FUNDWATCH_TEST_MONGODB_URI.
func newTestApp(t *testing.T, extra string) *testApp {
	t.Helper()
	dir := t.TempDir()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	cfg := "store:\n  data_dir: " + filepath.Join(dir, "data") + "\n  database: fw_" + hex.EncodeToString(b) + "\n"
	if uri := os.Getenv(storetest.EnvURI); uri != "" {
		cfg += "  uri: " + uri + "\n"
	}
	cfg += "alerts:\n  delivery_wait: 2s\n" + extra
	p := filepath.Join(dir, "fundwatch.yaml")
	if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FUNDWATCH_MONGODB_URI", "")
	t.Setenv("FUNDWATCH_DATA_DIR", "")
	return &testApp{t: t, config: p}
}

// run runs one command; --config is added after the command name.
func (ta *testApp) run(args ...string) int {
	ta.t.Helper()
	ta.stdout.Reset()
	ta.stderr.Reset()
	a := &app{stdout: &ta.stdout, stderr: &ta.stderr, stdin: strings.NewReader("")}
	if len(args) > 0 && args[0] != "help" && args[0] != "version" && !strings.HasPrefix(args[0], "-") {
		args = append([]string{args[0], "--config", ta.config}, args[1:]...)
	}
	return a.main(context.Background(), args)
}

func TestHelpIsTruthful(t *testing.T) {
	ta := newTestApp(t, "")
	if code := ta.run("help"); code != exitOK {
		t.Fatalf("help exit %d", code)
	}
	help := ta.stdout.String()
	for _, c := range commands() {
		if !strings.Contains(help, "\n  "+c.name+" ") {
			t.Errorf("help lacks command %q", c.name)
		}
		ta.stdout.Reset()
		a := &app{stdout: &ta.stdout, stderr: &ta.stderr}
		code := a.main(context.Background(), []string{c.name, "--help"})
		if code != exitOK || !strings.Contains(ta.stdout.String(), "Usage: fundwatch "+c.name) {
			t.Errorf("%s --help: exit %d, out %q", c.name, code, ta.stdout.String())
		}
	}
	if code := ta.run("frobnicate"); code != exitUsage || !strings.Contains(ta.stderr.String(), "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, ta.stderr.String())
	}
	if code := ta.run("report", "--format", "yaml"); code != exitUsage {
		t.Errorf("bad --format: exit %d", code)
	}
}

func TestConfigCheck(t *testing.T) {
	ta := newTestApp(t, "")
	if code := ta.run("config", "check"); code != exitOK || !strings.Contains(ta.stdout.String(), "config ok") {
		t.Fatalf("valid config: exit %d, %s%s", code, ta.stdout.String(), ta.stderr.String())
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("store:\n  dataa_dir: x\nsources:\n  - name: s\n    kind: carrier-pigeon\n    schedule: \"61 * * * *\"\n"), 0o600)
	a := &app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	code := a.main(context.Background(), []string{"config", "check", "--config", bad})
	errOut := a.stderr.(*bytes.Buffer).String()
	if code != exitUsage || !strings.Contains(errOut, `bad.yaml:2: unknown key "dataa_dir" in store`) {
		t.Fatalf("invalid config: exit %d, %q", code, errOut)
	}
	// Every problem is listed, not just the first.
	os.WriteFile(bad, []byte("sources:\n  - name: s\n    kind: carrier-pigeon\n    schedule: \"61 * * * *\"\n"), 0o600)
	a = &app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	code = a.main(context.Background(), []string{"config", "check", "--config", bad})
	errOut = a.stderr.(*bytes.Buffer).String()
	if code != exitUsage || !strings.Contains(errOut, "invalid schedule") || !strings.Contains(errOut, "carrier-pigeon") {
		t.Fatalf("want schedule and kind problems, got exit %d, %q", code, errOut)
	}
	if code := ta.run("config", "check", "--config", filepath.Join(t.TempDir(), "missing.yaml")); code != exitUsage {
		t.Errorf("missing config file: exit %d", code)
	}
}

func TestParseCommand(t *testing.T) {
	ta := newTestApp(t, "")
	page := "../../testdata/announcements/ptf-2016-r2-govuk.html"
	if code := ta.run("parse", "--format", "json", page); code != exitOK {
		t.Fatalf("parse: exit %d: %s", code, ta.stderr.String())
	}
	var out map[string]any
	if err := json.Unmarshal(ta.stdout.Bytes(), &out); err != nil {
		t.Fatalf("parse --format json is not one JSON object: %v", err)
	}
	for _, k := range []string{"funds", "rounds", "limits", "awards", "title", "published", "url"} {
		if _, ok := out[k]; !ok {
			t.Errorf("output lacks %q", k)
		}
	}
	if aw, _ := out["awards"].([]any); len(aw) == 0 {
		t.Errorf("no awards extracted from %s", page)
	}
	if code := ta.run("parse", "--format", "text", page); code != exitOK || !strings.Contains(ta.stdout.String(), "confidence") {
		t.Errorf("text format: exit %d, %q", code, ta.stdout.String())
	}
	// jsonl: one line per input.
	if code := ta.run("parse", "--format", "jsonl", page, page); code != exitOK || strings.Count(ta.stdout.String(), "\n") != 2 {
		t.Errorf("jsonl: exit %d, %d lines", code, strings.Count(ta.stdout.String(), "\n"))
	}
	// Bad inputs: a clear one-line error each, exit 1, the good one still printed.
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.html")
	os.WriteFile(empty, nil, 0o600)
	bin := filepath.Join(dir, "blob.html")
	os.WriteFile(bin, []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3}, 0o600)
	for _, in := range []string{filepath.Join(dir, "nope.html"), dir, empty, bin} {
		code := ta.run("parse", page, in)
		if code != exitFailed {
			t.Errorf("parse %s: exit %d, want 1", in, code)
		}
		if lines := strings.Count(strings.TrimSpace(ta.stderr.String()), "\n"); lines != 0 || !strings.Contains(ta.stderr.String(), in) {
			t.Errorf("parse %s: want one line naming the input, got %q", in, ta.stderr.String())
		}
		if !strings.Contains(ta.stdout.String(), `"awards"`) {
			t.Errorf("parse %s: the good input was not printed", in)
		}
	}
}

// Done-when of the foundation issue: after ingesting the PTF pages, the
// report shows the fund with its committed total, and a second ingest of
// the same pages leaves one document each.
func TestIngestThenReport(t *testing.T) {
	ta := newTestApp(t, "funds:\n  - name: Police Transformation Fund\n    aliases: [PTF]\n    limits:\n      - {period: \"2016/17\", amount: 76400000}\n")
	pages, _ := filepath.Glob("../../testdata/announcements/ptf-2016-*.html")
	if seed := "../../../shared/corpus/ptf-2016-r2-seed.html"; fileExists(seed) {
		pages = append(pages, seed)
	}
	if len(pages) < 5 {
		t.Fatalf("found %d pages", len(pages))
	}
	if code := ta.run(append([]string{"ingest"}, pages...)...); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, ta.stdout.String(), ta.stderr.String())
	}
	if code := ta.run("report", "--format", "json"); code != exitOK {
		t.Fatalf("report: exit %d: %s", code, ta.stderr.String())
	}
	var rep struct {
		Funds []struct {
			Fund        string   `json:"fund"`
			Period      string   `json:"period"`
			Currency    string   `json:"currency"`
			Committed   float64  `json:"committed"`
			Limit       *float64 `json:"limit"`
			Utilisation *float64 `json:"utilisation"`
		} `json:"funds"`
	}
	if err := json.Unmarshal(ta.stdout.Bytes(), &rep); err != nil {
		t.Fatalf("report json: %v\n%s", err, ta.stdout.String())
	}
	found := false
	for _, f := range rep.Funds {
		if f.Fund == "Police Transformation Fund" && f.Period == "2016/17" {
			found = true
			if f.Committed != 49_000_000 || f.Limit == nil || *f.Limit != 76_400_000 || f.Utilisation == nil {
				t.Errorf("PTF 2016/17 = %+v; want committed 49000000 (rounds 1 and 2 once each) against 76400000", f)
			}
		}
	}
	if !found {
		t.Fatalf("report lacks PTF 2016/17:\n%s", ta.stdout.String())
	}
	// Ingesting the same pages again stores nothing new.
	if code := ta.run(append([]string{"ingest"}, pages...)...); code != exitOK {
		t.Fatalf("second ingest: exit %d: %s", code, ta.stderr.String())
	}
	if code := ta.run("report", "--format", "csv"); code != exitOK || !strings.Contains(ta.stdout.String(), "Police Transformation Fund,2016/17,GBP,49000000,76400000") {
		t.Errorf("csv report after re-ingest: %s", ta.stdout.String())
	}
}

// TestIngestReport: the quick start's one command ingests the shipped
// announcements and prints the report table after the run summary.
func TestIngestReport(t *testing.T) {
	ta := newTestApp(t, "")
	if code := ta.run("ingest", "--report", "../../testdata/announcements"); code != exitOK {
		t.Fatalf("ingest --report: exit %d\n%s\n%s", code, ta.stdout.String(), ta.stderr.String())
	}
	out := ta.stdout.String()
	total := strings.Index(out, "\ntotal: 1 ok, 0 failed")
	table := strings.Index(out, "FUND")
	if total < 0 || table < total {
		t.Fatalf("want the run total then the report table:\n%s", out)
	}
	var row string
	for _, l := range strings.Split(out[table:], "\n") {
		if strings.Contains(l, "Police Transformation Fund") && strings.Contains(l, "2016/17") {
			row = l
		}
	}
	// No limit in this config: the one announced (£76.4m) is used.
	for _, want := range []string{"£49,000,000", "£76,400,000", "64.1%", "extracted"} {
		if !strings.Contains(row, want) {
			t.Errorf("PTF 2016/17 row %q lacks %q", row, want)
		}
	}
	if code := ta.run("ingest", "--report", "--dry-run", "../../testdata/announcements"); code != exitOK || strings.Contains(ta.stdout.String(), "FUND") || !strings.Contains(ta.stderr.String(), "no report") {
		t.Errorf("--dry-run stores nothing, so it prints no report: exit %d\n%s", code, ta.stdout.String())
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func TestEvalCommand(t *testing.T) {
	ta := newTestApp(t, "")
	dir := "../../testdata/announcements"
	if code := ta.run("eval", dir); code != exitOK {
		t.Fatalf("eval: exit %d: %s", code, ta.stderr.String())
	}
	for _, w := range []string{"awards", "rounds", "limits", "f1"} {
		if !strings.Contains(strings.ToLower(ta.stdout.String()), w) {
			t.Errorf("eval output lacks %q:\n%s", w, ta.stdout.String())
		}
	}
	// A key expecting an award the page does not contain: F1 0 < minimum.
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "x.html"), []byte("<html><body><p>The weather was fine.</p></body></html>"), 0o600)
	os.WriteFile(filepath.Join(bad, "x.gold.json"), []byte(`{"id":"x","url":"https://example.org/x","published":"2020-01-01","funds":["A Fund"],"rounds":[],"limits":[],
"awards":[{"fund":"A Fund","round":null,"recipient":"Leeds City Council","amount":1000000,"currency":"GBP","qualifier":null,"tranches":[],"purpose":"parks"}]}`), 0o600)
	if code := ta.run("eval", "--min-award-f1", "0.5", bad); code != exitFailed || !strings.Contains(ta.stdout.String(), "Leeds") {
		t.Errorf("unmet minimum: exit %d; want 1 and the miss listed:\n%s%s", code, ta.stdout.String(), ta.stderr.String())
	}
	if code := ta.run("eval", t.TempDir()); code != exitUsage || !strings.Contains(ta.stderr.String(), "gold") {
		t.Errorf("folder without keys: exit %d, %q", code, ta.stderr.String())
	}
	if code := ta.run("eval", "--min-award-f1", "2", dir); code != exitUsage {
		t.Errorf("min > 1: exit %d", code)
	}
}
