package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"

	"github.com/fundwatch/fundwatch/parse"
)

// DefaultPath is read when --config is not given and the file exists.
const DefaultPath = "fundwatch.yaml"

// Environment variables that override the file.
const (
	EnvMongoURI = "FUNDWATCH_MONGODB_URI"
	EnvDataDir  = "FUNDWATCH_DATA_DIR"
)

// Config is the whole configuration file.
type Config struct {
	Store   Store    `yaml:"store"`
	Server  Server   `yaml:"server"`
	Fetch   Fetch    `yaml:"fetch"`
	Parse   Parse    `yaml:"parse"`
	Sources []Source `yaml:"sources"`
	Funds   []Fund   `yaml:"funds"`
	Alerts  Alerts   `yaml:"alerts"`

	// Path is the file the config was read from ("" for built-in defaults).
	Path string `yaml:"-"`
}

// Store says where data lives.
type Store struct {
	URI      Secret `yaml:"uri"`      // MongoDB URI; empty = embedded store
	Database string `yaml:"database"` // database name
	DataDir  string `yaml:"data_dir"` // embedded store files
	// Timeout bounds connecting to the store and each store operation.
	Timeout time.Duration `yaml:"timeout"`
}

// Server is the HTTP listener of `fundwatch run`.
type Server struct {
	Listen string `yaml:"listen"`
	// ShutdownTimeout bounds how long running jobs may finish on SIGTERM.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
}

// Fetch configures the polite HTTP fetcher.
type Fetch struct {
	UserAgent      string        `yaml:"user_agent"`
	Contact        string        `yaml:"contact"` // e.g. an email or URL, sent in the User-Agent
	Timeout        time.Duration `yaml:"timeout"`
	ConnectTimeout time.Duration `yaml:"connect_timeout"`
	MaxBodyBytes   int64         `yaml:"max_body_bytes"`
	MaxRedirects   int           `yaml:"max_redirects"`
	RatePerHost    float64       `yaml:"rate_per_host"` // requests per second per host
	BurstPerHost   int           `yaml:"burst_per_host"`
	Concurrency    int           `yaml:"concurrency"` // global bound on requests in flight
	Retries        int           `yaml:"retries"`     // extra attempts after the first
	RetryBaseDelay time.Duration `yaml:"retry_base_delay"`
	RetryMaxDelay  time.Duration `yaml:"retry_max_delay"`
	Robots         bool          `yaml:"robots"` // honour robots.txt (default true)
}

// Parse configures extraction.
type Parse struct {
	MaxBytes int64 `yaml:"max_bytes"`
}

// Selectors are per-source CSS selectors that override the heuristics.
type Selectors struct {
	Title     string `yaml:"title"`
	Content   string `yaml:"content"`
	Published string `yaml:"published"`
}

// Source is one place fundwatch watches.
type Source struct {
	Name     string   `yaml:"name"`
	Kind     string   `yaml:"kind"` // feed | index | page | govuk | file
	URL      string   `yaml:"url"`
	Path     string   `yaml:"path"` // kind file: a file or folder
	Schedule string   `yaml:"schedule"`
	Include  []string `yaml:"include"`
	Exclude  []string `yaml:"exclude"`
	// Selectors override the main-content heuristics for this source's pages.
	Selectors Selectors `yaml:"selectors"`
	Funds     []string  `yaml:"funds"`
	// Links and Next are CSS selectors for kind index.
	Links    string `yaml:"links"`
	Next     string `yaml:"next"`
	MaxPages int    `yaml:"max_pages"`
	// Organisations and Keywords filter kind govuk searches.
	Organisations []string `yaml:"organisations"`
	Keywords      []string `yaml:"keywords"`
	// MaxItems bounds how many entries/links one run follows.
	MaxItems   int           `yaml:"max_items"`
	Jitter     time.Duration `yaml:"jitter"`
	RunOnStart bool          `yaml:"run_on_start"`
	// Robots overrides fetch.robots for this source (for sites that
	// publish under licence); nil = inherit.
	Robots *bool `yaml:"robots"`

	// Compiled at load.
	Compiled CompiledSource `yaml:"-"`
	// Line is the line of this source in the file (0 for defaults).
	Line int `yaml:"-"`
}

// CompiledSource holds what Load compiled from a Source.
type CompiledSource struct {
	Selectors parse.Selectors
	Links     goquery.Matcher
	Next      goquery.Matcher
	Schedule  cron.Schedule // nil when Schedule is empty (manual only)
}

// Limit is a fund's budget for a period.
type Limit struct {
	Period   string `yaml:"period"`   // UK financial year "2016/17"
	Amount   int64  `yaml:"amount"`   // whole currency units
	Currency string `yaml:"currency"` // ISO 4217, default GBP
}

// Fund is a fund fundwatch knows by name.
type Fund struct {
	Name       string    `yaml:"name"`
	Aliases    []string  `yaml:"aliases"`
	Limits     []Limit   `yaml:"limits"`
	Thresholds []float64 `yaml:"thresholds"` // overrides alerts.thresholds
}

// Alerts configures evaluation and delivery.
type Alerts struct {
	Thresholds []float64 `yaml:"thresholds"`
	// Hysteresis: a firing alert resolves only when utilisation falls below
	// its lowest threshold minus this margin.
	Hysteresis     float64       `yaml:"hysteresis"`
	RepeatInterval time.Duration `yaml:"repeat_interval"` // 0 = no reminders
	// DeliveryWait bounds how long a one-off ingest waits to deliver.
	DeliveryWait time.Duration `yaml:"delivery_wait"`
	Notifiers    []Notifier    `yaml:"notifiers"`
}

// Notifier is one destination for alert notifications. Which keys apply
// depends on Kind; the alerts package validates them.
type Notifier struct {
	Name    string            `yaml:"name"`
	Kind    string            `yaml:"kind"` // webhook | slack | email | alertmanager
	URL     Secret            `yaml:"url"`
	URLs    []string          `yaml:"urls"` // alertmanager: every instance
	Secret  Secret            `yaml:"secret"`
	Headers map[string]string `yaml:"headers"`
	Timeout time.Duration     `yaml:"timeout"`
	// Email.
	Host         string   `yaml:"host"`
	Port         int      `yaml:"port"`
	Username     string   `yaml:"username"`
	Password     Secret   `yaml:"password"`
	PasswordFile string   `yaml:"password_file"`
	From         string   `yaml:"from"`
	To           []string `yaml:"to"`
	TLS          string   `yaml:"tls"` // starttls (default) | mandatory-starttls | tls | none
	Line         int      `yaml:"-"`
}

// Secret is a string that never prints: fmt, logs and JSON show <secret>.
type Secret string

// String implements fmt.Stringer.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "<secret>"
}

// GoString implements fmt.GoStringer so %#v does not leak it either.
func (s Secret) GoString() string { return s.String() }

// MarshalJSON hides the value.
func (s Secret) MarshalJSON() ([]byte, error) { return []byte(strconv.Quote(s.String())), nil }

// MarshalYAML hides the value.
func (s Secret) MarshalYAML() (any, error) { return s.String(), nil }

// Value returns the secret itself, for the one place that needs it.
func (s Secret) Value() string { return string(s) }

// Default returns the built-in configuration: every default lives here.
func Default() *Config {
	return &Config{
		Store:  Store{Database: "fundwatch", DataDir: "./fundwatch-data", Timeout: 10 * time.Second},
		Server: Server{Listen: "127.0.0.1:9120", ShutdownTimeout: 30 * time.Second},
		Fetch: Fetch{
			UserAgent:      "fundwatch/1.0",
			Timeout:        60 * time.Second,
			ConnectTimeout: 10 * time.Second,
			MaxBodyBytes:   10 << 20,
			MaxRedirects:   10,
			RatePerHost:    1,
			BurstPerHost:   1,
			Concurrency:    16,
			Retries:        3,
			RetryBaseDelay: 500 * time.Millisecond,
			RetryMaxDelay:  30 * time.Second,
			Robots:         true,
		},
		Parse: Parse{MaxBytes: parse.DefaultMaxBytes},
		Alerts: Alerts{
			Thresholds:   []float64{0.8, 0.95, 1.0},
			Hysteresis:   0.02,
			DeliveryWait: 30 * time.Second,
		},
	}
}

// Problems is every problem found in a config; it is an error.
type Problems []string

func (p Problems) Error() string {
	if len(p) == 1 {
		return p[0]
	}
	return fmt.Sprintf("%d problems:\n  %s", len(p), strings.Join(p, "\n  "))
}

// ErrNoFile is wrapped when an explicitly named config file does not exist.
var ErrNoFile = errors.New("config file not found")

// Load reads the config. An empty path reads DefaultPath when it exists and
// the built-in defaults otherwise. Environment overrides are applied, every
// generic problem is collected, and selectors and schedules are compiled.
// The returned error is a Problems when the file was read but is invalid;
// the config is then returned too (decoded, not valid) for further checks.
func Load(path string) (*Config, error) {
	explicit := path != ""
	if !explicit {
		if _, err := os.Stat(DefaultPath); err == nil {
			path = DefaultPath
		}
	}
	cfg := Default()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("%s: %w", path, ErrNoFile)
			}
			return nil, fmt.Errorf("read config: %w", err)
		}
		if err := decode(path, data, cfg); err != nil {
			return nil, err
		}
		cfg.Path = path
	}
	applyEnv(cfg)
	if probs := cfg.validate(); len(probs) > 0 {
		// The config is returned with its problems so callers can add
		// checks of their own and report everything at once.
		return cfg, probs
	}
	return cfg, nil
}

// Parse decodes config text as Load does for a file named name.
func ParseBytes(name string, data []byte) (*Config, error) {
	cfg := Default()
	if err := decode(name, data, cfg); err != nil {
		return nil, err
	}
	cfg.Path = name
	if probs := cfg.validate(); len(probs) > 0 {
		return nil, probs
	}
	return cfg, nil
}

var (
	unknownFieldRe = regexp.MustCompile(`line (\d+): field (\S+) not found in type (\S+)`)
	yamlLineRe     = regexp.MustCompile(`^line (\d+): (.*)$`)
)

func decode(name string, data []byte, cfg *Config) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil // an empty file means defaults
	}
	// Sources and notifiers start from zero values; keep defaults elsewhere.
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			var probs Problems
			for _, e := range te.Errors {
				if m := unknownFieldRe.FindStringSubmatch(e); m != nil {
					probs = append(probs, fmt.Sprintf("%s:%s: unknown key %q in %s", name, m[1], m[2], sectionName(m[3])))
				} else if m := yamlLineRe.FindStringSubmatch(e); m != nil {
					probs = append(probs, fmt.Sprintf("%s:%s: %s", name, m[1], m[2]))
				} else {
					probs = append(probs, fmt.Sprintf("%s: %s", name, e))
				}
			}
			return probs
		}
		return Problems{fmt.Sprintf("%s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))}
	}
	// Line numbers for sources and notifiers, for messages.
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err == nil && len(root.Content) == 1 {
		top := root.Content[0]
		for i := 0; i+1 < len(top.Content); i += 2 {
			key, val := top.Content[i], top.Content[i+1]
			switch key.Value {
			case "sources":
				for j, n := range val.Content {
					if j < len(cfg.Sources) {
						cfg.Sources[j].Line = n.Line
					}
				}
			case "alerts":
				for k := 0; k+1 < len(val.Content); k += 2 {
					if val.Content[k].Value == "notifiers" {
						for j, n := range val.Content[k+1].Content {
							if j < len(cfg.Alerts.Notifiers) {
								cfg.Alerts.Notifiers[j].Line = n.Line
							}
						}
					}
				}
			}
		}
	}
	if probs := expandEnv(name, reflect.ValueOf(cfg).Elem(), ""); len(probs) > 0 {
		return probs
	}
	return nil
}

func sectionName(goType string) string {
	switch strings.TrimPrefix(goType, "config.") {
	case "Config":
		return "the top level"
	case "Store":
		return "store"
	case "Server":
		return "server"
	case "Fetch":
		return "fetch"
	case "Parse":
		return "parse"
	case "Source":
		return "a source"
	case "Selectors":
		return "selectors"
	case "Fund":
		return "a fund"
	case "Limit":
		return "a fund limit"
	case "Alerts":
		return "alerts"
	case "Notifier":
		return "a notifier"
	}
	return goType
}

var envRefRe = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// expandEnv replaces ${VAR} in every string of the config. An unset
// variable is a problem (an empty secret silently sent is worse).
func expandEnv(file string, v reflect.Value, path string) Problems {
	var probs Problems
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if !strings.Contains(s, "${") {
			return nil
		}
		out := envRefRe.ReplaceAllStringFunc(s, func(ref string) string {
			name := ref[2 : len(ref)-1]
			val, ok := os.LookupEnv(name)
			if !ok {
				probs = append(probs, fmt.Sprintf("%s: %s refers to ${%s}, which is not set in the environment", file, path, name))
			}
			return val
		})
		if v.CanSet() {
			v.SetString(out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if tag == "-" || !f.IsExported() {
				continue
			}
			probs = append(probs, expandEnv(file, v.Field(i), join(path, tag))...)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			probs = append(probs, expandEnv(file, v.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := v.MapIndex(k)
			if e.Kind() == reflect.String && strings.Contains(e.String(), "${") {
				c := reflect.New(e.Type()).Elem()
				c.Set(e)
				probs = append(probs, expandEnv(file, c, join(path, k.String()))...)
				v.SetMapIndex(k, c)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			probs = append(probs, expandEnv(file, v.Elem(), path)...)
		}
	}
	return probs
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

func applyEnv(cfg *Config) {
	if v := os.Getenv(EnvMongoURI); v != "" {
		cfg.Store.URI = Secret(v)
	}
	if v := os.Getenv(EnvDataDir); v != "" {
		cfg.Store.DataDir = v
	}
}

// CronParser parses source schedules: 5 fields or descriptors (@every 1h,
// @hourly), with an optional CRON_TZ= prefix. A 6-field spec is an error.
var CronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

var periodRe = regexp.MustCompile(`^(\d{4})/(\d{2})$`)

// ValidPeriod reports whether p is a UK financial year "2016/17".
func ValidPeriod(p string) bool {
	m := periodRe.FindStringSubmatch(p)
	if m == nil {
		return false
	}
	y, _ := strconv.Atoi(m[1])
	n, _ := strconv.Atoi(m[2])
	return (y+1)%100 == n
}

func (c *Config) validate() Problems {
	var p Problems
	at := func(line int) string {
		if c.Path == "" || line == 0 {
			return ""
		}
		return fmt.Sprintf("%s:%d: ", c.Path, line)
	}
	if c.Store.Database == "" {
		p = append(p, "store.database must not be empty")
	}
	if c.Store.URI == "" && c.Store.DataDir == "" {
		p = append(p, "store.data_dir must not be empty when store.uri is empty (embedded store)")
	}
	if u := c.Store.URI.Value(); u != "" && !strings.HasPrefix(u, "mongodb://") && !strings.HasPrefix(u, "mongodb+srv://") {
		p = append(p, "store.uri must start with mongodb:// or mongodb+srv://")
	}
	if c.Store.Timeout <= 0 {
		p = append(p, "store.timeout must be positive")
	}
	if c.Server.Listen == "" {
		p = append(p, "server.listen must not be empty")
	}
	f := c.Fetch
	if f.Timeout <= 0 || f.ConnectTimeout <= 0 {
		p = append(p, "fetch.timeout and fetch.connect_timeout must be positive")
	}
	if f.MaxBodyBytes <= 0 {
		p = append(p, "fetch.max_body_bytes must be positive")
	}
	if f.MaxRedirects < 0 || f.MaxRedirects > 10 {
		p = append(p, "fetch.max_redirects must be between 0 and 10")
	}
	if f.RatePerHost <= 0 || f.BurstPerHost < 1 {
		p = append(p, "fetch.rate_per_host must be positive and fetch.burst_per_host at least 1")
	}
	if f.Concurrency < 1 {
		p = append(p, "fetch.concurrency must be at least 1")
	}
	if f.Retries < 0 || f.Retries > 10 {
		p = append(p, "fetch.retries must be between 0 and 10")
	}
	if c.Parse.MaxBytes <= 0 {
		p = append(p, "parse.max_bytes must be positive")
	}

	names := map[string]bool{}
	for i := range c.Sources {
		s := &c.Sources[i]
		where := at(s.Line) + fmt.Sprintf("source %q: ", s.Name)
		if s.Name == "" {
			where = at(s.Line) + fmt.Sprintf("source #%d: ", i+1)
			p = append(p, where+"name is required")
		} else if names[s.Name] {
			p = append(p, where+"duplicate source name")
		}
		names[s.Name] = true
		if s.Kind == "" {
			p = append(p, where+"kind is required")
		}
		if s.Schedule != "" {
			sch, err := CronParser.Parse(s.Schedule)
			if err != nil {
				p = append(p, where+fmt.Sprintf("invalid schedule %q: %v (use 5 fields: minute hour day-of-month month day-of-week, or @every 1h / @hourly)", s.Schedule, err))
			}
			s.Compiled.Schedule = sch
		}
		if s.Jitter < 0 {
			p = append(p, where+"jitter must not be negative")
		}
		if s.MaxPages < 0 || s.MaxItems < 0 {
			p = append(p, where+"max_pages and max_items must not be negative")
		}
		sel := func(key, v string) goquery.Matcher {
			if v == "" {
				return nil
			}
			m, err := cascadia.Compile(v)
			if err != nil {
				p = append(p, where+fmt.Sprintf("invalid CSS selector %s %q: %v", key, v, err))
				return nil
			}
			return m
		}
		if m := sel("selectors.title", s.Selectors.Title); m != nil {
			s.Compiled.Selectors.Title = m
		}
		if m := sel("selectors.content", s.Selectors.Content); m != nil {
			s.Compiled.Selectors.Content = m
		}
		if m := sel("selectors.published", s.Selectors.Published); m != nil {
			s.Compiled.Selectors.Published = m
		}
		s.Compiled.Links = sel("links", s.Links)
		s.Compiled.Next = sel("next", s.Next)
	}

	fundNames := map[string]bool{}
	for i, fd := range c.Funds {
		where := fmt.Sprintf("funds[%d] %q: ", i, fd.Name)
		if strings.TrimSpace(fd.Name) == "" {
			p = append(p, where+"name is required")
		}
		key := strings.ToLower(fd.Name)
		if fundNames[key] {
			p = append(p, where+"duplicate fund name")
		}
		fundNames[key] = true
		for j := range fd.Limits {
			l := &c.Funds[i].Limits[j]
			if l.Currency == "" {
				l.Currency = "GBP"
			}
			if !ValidPeriod(l.Period) {
				p = append(p, where+fmt.Sprintf("limits[%d].period %q must be a UK financial year like \"2016/17\"", j, l.Period))
			}
			if l.Amount <= 0 {
				p = append(p, where+fmt.Sprintf("limits[%d].amount must be positive (whole currency units)", j))
			}
			if len(l.Currency) != 3 || strings.ToUpper(l.Currency) != l.Currency {
				p = append(p, where+fmt.Sprintf("limits[%d].currency %q must be an ISO 4217 code like GBP", j, l.Currency))
			}
		}
		if len(fd.Thresholds) > 0 {
			p = append(p, checkThresholds(where+"thresholds", fd.Thresholds)...)
		}
	}
	for _, s := range c.Sources {
		for _, fn := range s.Funds {
			if len(c.Funds) > 0 && !fundNames[strings.ToLower(fn)] && c.FundByName(fn) == nil {
				p = append(p, at(s.Line)+fmt.Sprintf("source %q: fund %q is not in funds", s.Name, fn))
			}
		}
	}
	p = append(p, checkThresholds("alerts.thresholds", c.Alerts.Thresholds)...)
	if c.Alerts.Hysteresis < 0 || c.Alerts.Hysteresis >= 1 {
		p = append(p, "alerts.hysteresis must be in [0, 1)")
	}
	if c.Alerts.RepeatInterval < 0 || c.Alerts.DeliveryWait < 0 {
		p = append(p, "alerts.repeat_interval and alerts.delivery_wait must not be negative")
	}
	nn := map[string]bool{}
	for i, n := range c.Alerts.Notifiers {
		where := at(n.Line) + fmt.Sprintf("notifier %q: ", n.Name)
		if n.Name == "" {
			p = append(p, at(n.Line)+fmt.Sprintf("notifier #%d: name is required", i+1))
		} else if nn[n.Name] {
			p = append(p, where+"duplicate notifier name")
		}
		nn[n.Name] = true
		if n.Kind == "" {
			p = append(p, where+"kind is required")
		}
	}
	return p
}

func checkThresholds(key string, t []float64) Problems {
	var p Problems
	if len(t) == 0 {
		return Problems{key + " must list at least one threshold"}
	}
	if len(t) > 3 {
		p = append(p, key+" lists at most 3 thresholds (warning, critical, exceeded)")
	}
	for i, v := range t {
		if v <= 0 || v > 10 {
			p = append(p, fmt.Sprintf("%s[%d] = %v must be a ratio in (0, 10]", key, i, v))
		}
		if i > 0 && v <= t[i-1] {
			p = append(p, fmt.Sprintf("%s must be strictly increasing", key))
		}
	}
	return p
}

// FundByName finds a configured fund by name or alias, case-insensitively.
func (c *Config) FundByName(name string) *Fund {
	for i := range c.Funds {
		f := &c.Funds[i]
		if strings.EqualFold(f.Name, name) {
			return f
		}
		for _, a := range f.Aliases {
			if strings.EqualFold(a, name) {
				return f
			}
		}
	}
	return nil
}

// ParseFunds returns the funds in the form parse.Options wants.
func (c *Config) ParseFunds() []parse.Fund {
	out := make([]parse.Fund, 0, len(c.Funds))
	for _, f := range c.Funds {
		out = append(out, parse.Fund{Name: f.Name, Aliases: f.Aliases})
	}
	return out
}

// ParseOptions returns parse options for a source (nil = no source).
func (c *Config) ParseOptions(s *Source) parse.Options {
	o := parse.Options{Funds: c.ParseFunds(), MaxBytes: c.Parse.MaxBytes}
	if s != nil {
		o.Selectors = s.Compiled.Selectors
	}
	return o
}

// SourceByName finds a source.
func (c *Config) SourceByName(name string) *Source {
	for i := range c.Sources {
		if c.Sources[i].Name == name {
			return &c.Sources[i]
		}
	}
	return nil
}

// RobotsFor says whether robots.txt applies to s.
func (c *Config) RobotsFor(s *Source) bool {
	if s != nil && s.Robots != nil {
		return *s.Robots
	}
	return c.Fetch.Robots
}
