package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/push"
	"golang.org/x/term"

	"github.com/fundwatch/fundwatch/ingest"
	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func cmdIngest(ctx context.Context, a *app, args []string) int {
	fs := a.newFlags("ingest", "[--config FILE] [--source NAME]... [--dry-run] [--report] [--pushgateway URL] [PATH|URL]...", `
A one-off run. Fetch the configured sources (all of them, or those named
with --source) and any files, folders or http(s) URLs given as arguments;
extract each page with parse; store the document and its extraction; then
reconcile and evaluate alerts. Fetching is polite: robots.txt, per-host rate
limits, conditional GET; a page whose content did not change is neither
re-parsed nor re-stored. Every run writes a run record. --dry-run fetches
and parses but stores nothing and evaluates no alerts.
Prints a progress bar on a terminal (log lines otherwise), one summary line
per source or input, and a total. --report then prints what
"fundwatch report" would: committed totals per fund and period against limits.
Exit 0 when everything succeeded, 1 when some pages or inputs failed (the
others are still stored), 2 for usage or configuration errors.`)
	path := fs.String("config", "", "config file (default ./fundwatch.yaml when present)")
	var sources stringList
	fs.Var(&sources, "source", "run this configured source (repeatable; default all when no PATH|URL is given)")
	dryRun := fs.Bool("dry-run", false, "fetch and parse, store nothing")
	report := fs.Bool("report", false, "after the run, print the committed totals per fund and period, as fundwatch report does")
	pushgw := fs.String("pushgateway", "", "push this run's ingest metrics to a Prometheus Pushgateway at URL")
	if code, ok := a.parseFlags(fs, args); !ok {
		return code
	}
	cfg, ok := a.loadConfig(*path)
	if !ok {
		return exitUsage
	}
	inputs := fs.Args()
	for _, in := range inputs {
		if strings.TrimSpace(in) == "" {
			fmt.Fprintf(a.stderr, "fundwatch ingest: empty input argument\n")
			return exitUsage
		}
	}
	for _, n := range sources {
		if cfg.SourceByName(n) == nil {
			fmt.Fprintf(a.stderr, "fundwatch ingest: no source named %q in the config%s\n", n, sourceNames(cfg.Sources))
			return exitUsage
		}
	}
	runConfigured := len(sources) > 0 || len(inputs) == 0
	if runConfigured && len(cfg.Sources) == 0 {
		fmt.Fprintf(a.stderr, "fundwatch ingest: nothing to ingest: give PATH or URL arguments, or configure sources\n")
		return exitUsage
	}

	var st *store.Store
	if !*dryRun {
		if st, ok = a.openStore(ctx, cfg); !ok {
			return exitFailed
		}
		defer closeStore(st)
	}
	reg := prometheus.NewRegistry()
	runner := ingest.NewRunner(cfg, st, ingest.NewMetrics(reg), a.log)
	prog := newProgress(a.stderr, a.log)
	opts := ingest.RunOptions{DryRun: *dryRun, Trigger: store.TriggerManual, Progress: prog.event}

	var runs []*store.Run
	if runConfigured {
		r, err := runner.RunSources(ctx, sources, opts)
		if err != nil { // names were checked above; kept for safety
			fmt.Fprintf(a.stderr, "fundwatch ingest: %s\n", err)
			return exitUsage
		}
		runs = append(runs, r...)
	}
	if len(inputs) > 0 {
		runs = append(runs, runner.RunInputs(ctx, inputs, opts)...)
	}
	prog.done()

	failed := printRuns(a.stdout, a.stderr, runs, *dryRun)
	code := exitOK
	if failed > 0 {
		code = exitFailed
	}
	if ctx.Err() != nil {
		fmt.Fprintf(a.stderr, "fundwatch ingest: interrupted; what was done is stored\n")
		code = exitFailed
	}
	if !*dryRun && ctx.Err() == nil {
		if err := a.afterIngest(ctx, cfg, st); err != nil {
			fmt.Fprintf(a.stderr, "fundwatch ingest: after ingest: %s\n", err)
			code = exitFailed
		} else if *report {
			fmt.Fprintln(a.stdout)
			if err := a.printReport(ctx, cfg, st, "table", "", ""); err != nil {
				fmt.Fprintf(a.stderr, "fundwatch ingest: report: %s\n", err)
				code = exitFailed
			}
		}
	}
	if *report && *dryRun {
		fmt.Fprintf(a.stderr, "fundwatch ingest: no report: a dry run stores nothing to report on\n")
	}
	if *pushgw != "" {
		pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := push.New(*pushgw, "fundwatch_ingest").Gatherer(reg).PushContext(pctx)
		cancel()
		if err != nil {
			fmt.Fprintf(a.stderr, "fundwatch ingest: push metrics to %s: %s\n", store.Redact(*pushgw), err)
			code = exitFailed
		}
	}
	return code
}

func sourceNames(srcs []config.Source) string {
	if len(srcs) == 0 {
		return " (it has no sources)"
	}
	names := make([]string, len(srcs))
	for i, s := range srcs {
		names[i] = s.Name
	}
	return " (sources: " + strings.Join(names, ", ") + ")"
}

// printRuns prints one line per run, a table when there are several, and
// a total. It returns how many runs did not end ok.
func printRuns(out, errOut io.Writer, runs []*store.Run, dryRun bool) int {
	failed, done := 0, 0
	var tot store.Run
	for _, r := range runs {
		if r == nil {
			continue // the same source or input twice: it ran once
		}
		done++
		if r.Outcome != store.RunOK {
			failed++
		}
		tot.PagesSeen += r.PagesSeen
		tot.PagesFetched += r.PagesFetched
		tot.PagesUnchanged += r.PagesUnchanged
		tot.PagesFailed += r.PagesFailed
		tot.DocumentsNew += r.DocumentsNew
		tot.DocumentsChg += r.DocumentsChg
		tot.ItemsExtracted += r.ItemsExtracted
		fmt.Fprintf(out, "%-7s %s: %s\n", r.Outcome, r.Source, runLine(r, dryRun))
		for _, e := range r.Errors {
			fmt.Fprintf(errOut, "fundwatch ingest: %s: %s (%s)\n", r.Source, trimSource(r.Source, e.Message), e.Reason)
		}
	}
	if len(runs) > 1 {
		tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "\nsource\toutcome\tseen\tfetched\tunchanged\tfailed\tnew\tchanged\titems\t\n")
		for _, r := range runs {
			if r == nil {
				continue
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", r.Source, r.Outcome, r.PagesSeen, r.PagesFetched, r.PagesUnchanged, r.PagesFailed, r.DocumentsNew, r.DocumentsChg, r.ItemsExtracted)
		}
		tw.Flush()
	}
	verb := "stored"
	if dryRun {
		verb = "parsed (dry run, nothing stored)"
	}
	fmt.Fprintf(out, "total: %d ok, %d failed; %d pages seen, %d fetched, %d unchanged, %d failed; %d new and %d changed documents %s; %d items extracted\n",
		done-failed, failed, tot.PagesSeen, tot.PagesFetched, tot.PagesUnchanged, tot.PagesFailed, tot.DocumentsNew, tot.DocumentsChg, verb, tot.ItemsExtracted)
	return failed
}

// trimSource drops a leading "SOURCE: " from a message about an ad-hoc
// input, which is named by itself.
func trimSource(source, msg string) string {
	return strings.TrimPrefix(msg, source+": ")
}

func runLine(r *store.Run, dryRun bool) string {
	if r.Outcome == store.RunFailed && r.PagesSeen <= 1 && len(r.Errors) > 0 {
		return trimSource(r.Source, r.Errors[0].Message)
	}
	s := fmt.Sprintf("%d pages: %d fetched, %d unchanged, %d failed", r.PagesSeen, r.PagesFetched, r.PagesUnchanged, r.PagesFailed)
	if !dryRun {
		s += fmt.Sprintf(" (%d new, %d changed documents)", r.DocumentsNew, r.DocumentsChg)
	}
	s += fmt.Sprintf("; %d items", r.ItemsExtracted)
	if r.PagesFailed > 0 && len(r.Errors) > 0 {
		s += "; first error: " + trimSource(r.Source, r.Errors[0].Message)
	}
	return s
}

// progress shows a bar on a terminal and log lines otherwise.
type progress struct {
	w   io.Writer
	tty bool
	log interface {
		Info(msg string, args ...any)
		Warn(msg string, args ...any)
	}

	mu           sync.Mutex
	total, pages int
	last         time.Time
}

func newProgress(w io.Writer, log interface {
	Info(msg string, args ...any)
	Warn(msg string, args ...any)
}) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	return &progress{w: w, tty: tty, log: log}
}

func (p *progress) event(e ingest.Event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case e.Listed >= 0:
		p.total += e.Listed
		if !p.tty {
			p.log.Info("listed", "source", e.Source, "pages", e.Listed)
		}
	case e.Run != nil:
		// Summary lines come at the end.
	case e.URL != "":
		p.pages++
		if !p.tty {
			if e.Err != nil {
				p.log.Warn("page", "source", e.Source, "url", e.URL, "result", e.Result, "err", e.Err)
			} else {
				p.log.Info("page", "source", e.Source, "url", e.URL, "result", e.Result)
			}
		}
	}
	if p.tty && time.Since(p.last) > 100*time.Millisecond {
		p.last = time.Now()
		p.draw()
	}
}

func (p *progress) draw() {
	const width = 30
	filled := 0
	if p.total > 0 {
		filled = min(width, p.pages*width/p.total)
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d pages", strings.Repeat("#", filled), strings.Repeat(".", width-filled), p.pages, p.total)
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.total > 0 {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
