// Command fundwatch watches public funding announcements and tells people
// when a fund is running out. See `fundwatch help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/store"
)

// Exit codes shared by every subcommand.
const (
	exitOK     = 0
	exitFailed = 1 // the command ran but something failed
	exitUsage  = 2 // usage or configuration error
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// app carries what every subcommand needs; tests build one with buffers.
type app struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	logLevel       slog.Level
	log            *slog.Logger
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, a *app, args []string) int
}

// commands is the one table of subcommands, used for dispatch and help.
func commands() []command {
	return []command{
		{"run", "run the scheduled worker with its HTTP endpoints (/metrics, /healthz, /readyz)", cmdRun},
		{"ingest", "one-off run: fetch sources or given files/URLs, extract, store, evaluate alerts", cmdIngest},
		{"parse", "extract funds, rounds, limits and awards from pages and print them (no store)", cmdParse},
		{"report", "committed totals per fund and period against limits", cmdReport},
		{"eval", "measure extraction quality against *.gold.json answer keys in a folder", cmdEval},
		{"config", "config check: validate a config file and print every problem", cmdConfig},
		{"alerts", "alerts test: send a test notification through the configured notifiers", cmdAlerts},
		{"version", "print the version", cmdVersion},
	}
}

func main() {
	a := &app{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := a.main(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

func (a *app) main(ctx context.Context, args []string) int {
	// Global flags come before the subcommand.
	fs := flag.NewFlagSet("fundwatch", flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	level := fs.String("log-level", "info", "log level: debug, info, warn, error")
	fs.Usage = func() { a.usage(fs) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if err := a.logLevel.UnmarshalText([]byte(*level)); err != nil {
		fmt.Fprintf(a.stderr, "fundwatch: invalid --log-level %q: use debug, info, warn or error\n", *level)
		return exitUsage
	}
	a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: a.logLevel}))
	rest := fs.Args()
	if len(rest) == 0 {
		a.usage(fs)
		return exitUsage
	}
	name, rest := rest[0], rest[1:]
	if name == "help" || name == "-h" || name == "--help" {
		if len(rest) > 0 {
			return a.main(ctx, []string{rest[0], "--help"})
		}
		fs.SetOutput(a.stdout)
		a.usage(fs)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, a, rest)
		}
	}
	fmt.Fprintf(a.stderr, "fundwatch: unknown command %q; see 'fundwatch help'\n", name)
	return exitUsage
}

func (a *app) usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintf(w, "fundwatch watches public funding announcements and alerts when a fund nears its limit.\n\n")
	fmt.Fprintf(w, "Usage: fundwatch [--log-level LEVEL] COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nGlobal flags:\n")
	fs.PrintDefaults()
	fmt.Fprintf(w, "\nRun 'fundwatch COMMAND --help' for a command's flags.\n")
	fmt.Fprintf(w, "Exit codes: 0 success, 1 some work failed, 2 usage or configuration error.\n")
}

// newFlags makes a subcommand's flag set with a truthful usage line.
func (a *app) newFlags(name, usage, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("fundwatch "+name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: fundwatch %s %s\n\n%s\n", name, usage, strings.TrimSpace(about))
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintf(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses and maps --help to exit 0 (printed on stdout) and
// other errors to exit 2. ok is false when the caller should return code.
func (a *app) parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	// Allow flags after positional arguments too (fundwatch parse x.html --format text).
	var pos []string
	for {
		fs.SetOutput(io.Discard) // errors are printed once, below
		err := fs.Parse(args)
		fs.SetOutput(a.stderr)
		if err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(a.stdout)
				fs.Usage()
				return exitOK, false
			}
			fmt.Fprintf(a.stderr, "%s: %s\nRun '%s --help' for usage.\n", fs.Name(), err, fs.Name())
			return exitUsage, false
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	_ = fs.Parse(append([]string{"--"}, pos...))
	return 0, true
}

// loadConfig loads the config and runs the kind-specific checks of the
// packages that own sources and notifiers. Errors are printed; ok=false
// means exit 2.
func (a *app) loadConfig(path string) (*config.Config, bool) {
	cfg, err := loadAndCheck(path)
	if err != nil {
		var probs config.Problems
		if errors.As(err, &probs) && len(probs) > 1 {
			fmt.Fprintf(a.stderr, "fundwatch: invalid config: %s\n", err)
		} else {
			fmt.Fprintf(a.stderr, "fundwatch: config: %s\n", err)
		}
		return nil, false
	}
	return cfg, true
}

// loadAndCheck loads the config and adds the kind-specific problems, so
// one call reports every problem in the file.
func loadAndCheck(path string) (*config.Config, error) {
	cfg, err := config.Load(path)
	var probs config.Problems
	if err != nil && (!errors.As(err, &probs) || cfg == nil) {
		return nil, err
	}
	if kerr := checkKinds(cfg); kerr != nil {
		var kp config.Problems
		errors.As(kerr, &kp)
		probs = append(probs, kp...)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return cfg, nil
}

// openStore opens the configured store. Errors are printed.
func (a *app) openStore(ctx context.Context, cfg *config.Config) (*store.Store, bool) {
	s, err := store.Open(ctx, store.Options{
		URI:      cfg.Store.URI.Value(),
		Database: cfg.Store.Database,
		DataDir:  cfg.Store.DataDir,
		Timeout:  cfg.Store.Timeout,
		Logger:   a.log,
		Debug:    a.logLevel <= slog.LevelDebug,
	})
	if err != nil {
		fmt.Fprintf(a.stderr, "fundwatch: %s\n", err)
		return nil, false
	}
	return s, true
}

func closeStore(s *store.Store) {
	ctx, cancel := context.WithTimeout(context.Background(), 15e9)
	defer cancel()
	_ = s.Close(ctx)
}

func cmdVersion(_ context.Context, a *app, args []string) int {
	fs := a.newFlags("version", "", "Print the version.")
	if code, ok := a.parseFlags(fs, args); !ok {
		return code
	}
	fmt.Fprintf(a.stdout, "fundwatch %s\n", version)
	return exitOK
}
