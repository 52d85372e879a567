package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
	"github.com/fundwatch/fundwatch/parse"
)

func cmdParse(ctx context.Context, a *app, args []string) int {
	fs := a.newFlags("parse", "[--config FILE] [--source NAME] [--format json|jsonl|text] PATH|URL|-...", `
Extract funds, rounds, fund limits and awards from each input and print them;
nothing is stored. An input is a local file, an http(s) URL, or - for
standard input. --format json prints one indented JSON object per input in
the shape of the corpus answer keys (funds, rounds, limits, awards, title,
published, url; each item also carries its evidence, and an extra "caps"
list holds per-bid caps such as "up to £20m per bid", which are not fund
limits); jsonl prints one
object per line; text shows each item with the sentence it came from, for a
person to check. Fund names and aliases from the config are recognised;
--source applies that source's CSS selectors.
Exit 0 when every input parsed, 1 when some failed, 2 for usage errors.`)
	path := fs.String("config", "", "config file (default ./fundwatch.yaml when present)")
	format := fs.String("format", "json", "output format: json, jsonl or text")
	source := fs.String("source", "", "apply this configured source's selectors")
	if code, ok := a.parseFlags(fs, args); !ok {
		return code
	}
	if *format != "json" && *format != "jsonl" && *format != "text" {
		fmt.Fprintf(a.stderr, "fundwatch parse: invalid --format %q: use json, jsonl or text\n", *format)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(a.stderr, "fundwatch parse: no input; give PATH, URL or -\n")
		return exitUsage
	}
	cfg, ok := a.loadConfig(*path)
	if !ok {
		return exitUsage
	}
	var src *config.Source
	if *source != "" {
		if src = cfg.SourceByName(*source); src == nil {
			fmt.Fprintf(a.stderr, "fundwatch parse: no source named %q in the config\n", *source)
			return exitUsage
		}
	}
	opts := cfg.ParseOptions(src)
	failed := 0
	for _, in := range fs.Args() {
		res, err := parseInput(ctx, a.stdin, in, opts, cfg)
		if err != nil {
			fmt.Fprintf(a.stderr, "fundwatch parse: %s: %s\n", in, err)
			failed++
			continue
		}
		if err := writeResult(a.stdout, *format, res); err != nil {
			fmt.Fprintf(a.stderr, "fundwatch parse: write: %s\n", err)
			return exitFailed
		}
	}
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}

// parseInput reads one input (file, URL or -) and extracts it.
func parseInput(ctx context.Context, stdin io.Reader, in string, opts parse.Options, cfg *config.Config) (*parse.Result, error) {
	meta := parse.Meta{URL: in, FetchedAt: time.Now().UTC()}
	var r io.Reader
	switch {
	case in == "-":
		meta.URL = ""
		r = stdin
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		body, ctype, err := fetchOnce(ctx, in, cfg)
		if err != nil {
			return nil, err
		}
		meta.ContentType = ctype
		r = bytes.NewReader(body)
	default:
		fi, err := os.Stat(in)
		if err != nil {
			return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
		}
		if fi.IsDir() {
			return nil, fmt.Errorf("is a directory; give the pages inside it")
		}
		f, err := os.Open(in)
		if err != nil {
			return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
		}
		defer f.Close()
		if abs, err := filepath.Abs(in); err == nil {
			meta.URL = "file://" + filepath.ToSlash(abs)
		}
		r = f
	}
	return parse.Parse(r, meta, opts)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// fetchOnce is a single, bounded GET for `fundwatch parse URL`: a person
// asked for this one page, so there is no schedule, rate limit or store.
func fetchOnce(ctx context.Context, url string, cfg *config.Config) ([]byte, string, error) {
	ctx, cancel := context.WithTimeout(ctx, cfg.Fetch.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", cfg.Fetch.UserAgent)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("HTTP %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, cfg.Fetch.MaxBodyBytes+1))
	if err != nil {
		return nil, "", err
	}
	if int64(len(body)) > cfg.Fetch.MaxBodyBytes {
		return nil, "", fmt.Errorf("body over %d bytes (fetch.max_body_bytes)", cfg.Fetch.MaxBodyBytes)
	}
	return body, resp.Header.Get("Content-Type"), nil
}

func writeResult(w io.Writer, format string, r *parse.Result) error {
	switch format {
	case "jsonl":
		return json.NewEncoder(w).Encode(r)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return r.WriteText(w)
}

// money formats whole currency units: £26,000,000, or "-" for none.
func money(currency string, v *int64) string {
	if v == nil {
		return "-"
	}
	return parse.Money(currency, *v)
}
