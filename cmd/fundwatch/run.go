package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/fundwatch/fundwatch/alerts"
	"github.com/fundwatch/fundwatch/ingest"
	"github.com/fundwatch/fundwatch/store"
)

func cmdRun(ctx context.Context, a *app, args []string) int {
	fs := a.newFlags("run", "[--config FILE] [--listen ADDR]", `
Run the worker until SIGINT or SIGTERM: every configured source is fetched
on its cron schedule (UTC unless the schedule says CRON_TZ=...), a source
whose slot was missed while the worker was down runs once at start, and
after every run the store is reconciled and alerts are evaluated and
delivered. HTTP endpoints on server.listen (default 127.0.0.1:9120):
  GET  /metrics        Prometheus metrics
  GET  /healthz        the process is up
  GET  /readyz         the store answers
  GET  /api/v1/report  the report as JSON (same as 'fundwatch report --format json')
  GET  /api/v1/runs    recent run records, newest first (?source=NAME&limit=N)
  POST /api/v1/ingest  start a manual run now (?source=NAME, repeatable; none = all)
On SIGTERM, scheduling stops, running jobs get server.shutdown_timeout to
finish, then they are cancelled and the process exits 0.`)
	path := fs.String("config", "", "config file (default ./fundwatch.yaml when present)")
	listen := fs.String("listen", "", "override server.listen")
	if code, ok := a.parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(a.stderr, "fundwatch run: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	cfg, ok := a.loadConfig(*path)
	if !ok {
		return exitUsage
	}
	if *listen != "" {
		cfg.Server.Listen = *listen
	}
	// Listen first: a port in use is a clear error before anything starts.
	ln, err := net.Listen("tcp", cfg.Server.Listen)
	if err != nil {
		fmt.Fprintf(a.stderr, "fundwatch run: listen on %s: %s\n", cfg.Server.Listen, err)
		return exitFailed
	}
	st, ok := a.openStore(ctx, cfg)
	if !ok {
		ln.Close()
		return exitFailed
	}
	defer closeStore(st)

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}), buildInfo())
	am := alerts.NewMetrics(reg)
	svc, err := alerts.New(cfg, st, am, a.log)
	if err != nil {
		fmt.Fprintf(a.stderr, "fundwatch run: %s\n", err)
		ln.Close()
		return exitUsage
	}
	// settle runs after every ingestion run; one at a time is enough.
	var settleMu sync.Mutex
	onRunDone := func(ctx context.Context, run *store.Run) {
		settleMu.Lock()
		defer settleMu.Unlock()
		if err := settle(ctx, cfg, st, svc, a.log); err != nil {
			a.log.Error("after run", "source", run.Source, "err", err)
		}
	}
	sched, err := ingest.NewScheduler(cfg, st, ingest.NewMetrics(reg), a.log, onRunDone)
	if err != nil {
		fmt.Fprintf(a.stderr, "fundwatch run: %s\n", err)
		ln.Close()
		return exitUsage
	}

	// Evaluate at start, so gauges and alert state are current before the
	// first scheduled run.
	if err := settle(ctx, cfg, st, svc, a.log); err != nil {
		a.log.Error("initial evaluation", "err", err)
	}

	// Background work has its own context: it is cancelled only after the
	// scheduler has drained, in reverse order of start.
	bg, stopBG := context.WithCancel(context.WithoutCancel(ctx))
	defer stopBG()
	var wg sync.WaitGroup
	wg.Go(func() { svc.Run(bg) })

	srv := &http.Server{Handler: a.routes(reg, st, svc, sched, bg), ReadHeaderTimeout: 10 * time.Second}
	srvErr := make(chan error, 1)
	go func() { srvErr <- srv.Serve(ln) }()
	if err := sched.Start(bg); err != nil {
		fmt.Fprintf(a.stderr, "fundwatch run: %s\n", err)
		stopBG()
		_ = srv.Close()
		wg.Wait()
		return exitFailed
	}
	a.log.Info("fundwatch running", "listen", ln.Addr().String(), "sources", len(cfg.Sources), "store", storeDesc(st, cfg.Store.DataDir))

	code := exitOK
	select {
	case <-ctx.Done():
		a.log.Info("shutting down", "grace", cfg.Server.ShutdownTimeout)
	case err := <-srvErr:
		a.log.Error("http server", "err", err)
		code = exitFailed
	}
	// Ordered shutdown: scheduler (drain, then cancel), HTTP, background
	// workers, store (deferred).
	dctx, cancel := context.WithTimeout(context.Background(), cfg.Server.ShutdownTimeout)
	if err := sched.Stop(dctx); err != nil {
		a.log.Warn("running jobs did not finish in time; cancelled", "err", err)
	}
	cancel()
	hctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	_ = srv.Shutdown(hctx)
	cancel()
	stopBG()
	wg.Wait()
	a.log.Info("stopped")
	return code
}

func storeDesc(st *store.Store, dir string) string {
	if st.Embedded() {
		return "embedded in " + dir
	}
	return "mongodb"
}

func (a *app) routes(reg *prometheus.Registry, st *store.Store, svc *alerts.Service, sched *ingest.Scheduler, bg context.Context) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := st.Ping(ctx); err != nil {
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.HandleFunc("GET /api/v1/report", func(w http.ResponseWriter, r *http.Request) {
		rows, err := svc.Utilisation(r.Context())
		if err != nil {
			http.Error(w, "report unavailable: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(struct {
			Funds []alerts.Usage `json:"funds"`
		}{rows})
	})
	mux.HandleFunc("GET /api/v1/runs", func(w http.ResponseWriter, r *http.Request) {
		limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
		if err != nil || limit <= 0 || limit > 1000 {
			limit = 50
		}
		runs, err := st.Runs(r.Context(), r.URL.Query().Get("source"), limit)
		if err != nil {
			http.Error(w, "runs unavailable: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(struct {
			Runs []store.Run `json:"runs"`
		}{runs})
	})
	mux.HandleFunc("POST /api/v1/ingest", func(w http.ResponseWriter, r *http.Request) {
		names := r.URL.Query()["source"]
		if err := sched.Trigger(bg, names); err != nil {
			status := http.StatusBadRequest
			if errors.Is(err, ingest.ErrBusy) {
				status = http.StatusConflict
			}
			http.Error(w, err.Error(), status)
			return
		}
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprintln(w, "run started")
	})
	return mux
}

// buildInfo is fundwatch_build_info{version, goversion} 1.
func buildInfo() prometheus.Collector {
	goVersion := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
	}
	g := prometheus.NewGauge(prometheus.GaugeOpts{
		Name:        "fundwatch_build_info",
		Help:        "A metric with a constant '1' value labelled by the version fundwatch was built from.",
		ConstLabels: prometheus.Labels{"version": version, "goversion": goVersion},
	})
	g.Set(1)
	return g
}
