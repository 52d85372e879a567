package parse

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Evaluation against hand-labelled answer keys (../shared/corpus/README.md).
//
// Matching rules, per document, one-to-one (each gold item matches at most
// one extracted item, greedily in gold order):
//   - award: same currency, equal amount (whole units), and matching
//     recipients (see sameRecipient). A gold recipient of null matches an
//     extracted award without a recipient only.
//   - round: matching fund (see sameFund), equal round number (both null
//     counts as equal) and equal total (both null counts as equal).
//   - limit: matching fund, equal amount and equal period (both null
//     counts as equal).
// Precision = TP/(TP+FP), recall = TP/(TP+FN); with nothing expected and
// nothing extracted both are 1.

// Gold is one answer key.
type Gold struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Published *string  `json:"published"`
	Funds     []string `json:"funds"`
	Rounds    []struct {
		Fund     string `json:"fund"`
		Round    *int   `json:"round"`
		Total    *int64 `json:"total"`
		Currency string `json:"currency"`
		Projects *int   `json:"projects"`
	} `json:"rounds"`
	Limits []GoldLimit `json:"limits"`
	// Caps (per-bid caps) are scored only when the key has the field: the
	// shared corpus format has none.
	Caps   *[]GoldLimit `json:"caps"`
	Awards []struct {
		Fund      string  `json:"fund"`
		Round     *int    `json:"round"`
		Recipient *string `json:"recipient"`
		Amount    int64   `json:"amount"`
		Currency  string  `json:"currency"`
		Qualifier *string `json:"qualifier"`
		Purpose   string  `json:"purpose"`
	} `json:"awards"`
}

// GoldLimit is an expected limit or per-bid cap.
type GoldLimit struct {
	Fund     string  `json:"fund"`
	Amount   int64   `json:"amount"`
	Currency string  `json:"currency"`
	Period   *string `json:"period"`
}

// Score counts matches for one kind of item.
type Score struct {
	TP, FP, FN int
}

func (s *Score) add(o Score) { s.TP += o.TP; s.FP += o.FP; s.FN += o.FN }

// Precision is TP/(TP+FP), 1 when nothing was extracted or expected.
func (s Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		if s.FN == 0 {
			return 1
		}
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP/(TP+FN), 1 when nothing was expected.
func (s Score) Recall() float64 {
	if s.TP+s.FN == 0 {
		if s.FP == 0 {
			return 1
		}
		return 0
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// DocEval is the outcome for one document.
type DocEval struct {
	ID     string
	Page   string
	Err    error
	Awards Score
	Rounds Score
	Limits Score
	Caps   Score    // only for keys with a "caps" field
	Misses []string // expected, not extracted
	Extras []string // extracted, not expected
	// Published is false when the key gives a publication date and the
	// extracted one differs (informational; not part of the F1 scores).
	Published bool
	// CountsRight of CountsTotal rounds matched to a key round that gives
	// a project count have that count (informational, like Published).
	CountsRight, CountsTotal int
}

// EvalReport is the outcome over a directory.
type EvalReport struct {
	Dir    string
	Docs   []DocEval
	Awards Score
	Rounds Score
	Limits Score
	Caps   Score // over the keys that have a "caps" field
	// DatesRight counts documents whose publication date matches the key.
	DatesRight, DatesTotal int
	// CountsRight counts matched rounds whose project count matches the
	// key's, of CountsTotal matched rounds whose key gives one.
	CountsRight, CountsTotal int
}

// Minimums are the F1 thresholds a report must meet.
type Minimums struct {
	Award, Round, Limit float64
}

// ErrNoGold means the directory holds no *.gold.json answer key.
var ErrNoGold = errors.New("parse: no *.gold.json answer keys")

// Evaluate runs Parse on every page in dir that has an answer key
// <id>.gold.json (the page is <id>.html, .htm, .txt or .json, or a feed
// <id>.xml, .rss or .atom; the key's url is passed as Meta.URL) and scores
// the result. Errors reading a page are recorded in its DocEval and count
// every expected item as missed.
func Evaluate(dir string, opts Options) (*EvalReport, error) {
	keys, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoGold, dir)
	}
	sort.Strings(keys)
	rep := &EvalReport{Dir: dir}
	for _, k := range keys {
		d := evalOne(k, opts)
		rep.Awards.add(d.Awards)
		rep.Rounds.add(d.Rounds)
		rep.Limits.add(d.Limits)
		rep.Caps.add(d.Caps)
		rep.DatesTotal++
		if d.Published {
			rep.DatesRight++
		}
		rep.CountsRight += d.CountsRight
		rep.CountsTotal += d.CountsTotal
		rep.Docs = append(rep.Docs, d)
	}
	return rep, nil
}

func evalOne(keyPath string, opts Options) DocEval {
	id := strings.TrimSuffix(filepath.Base(keyPath), ".gold.json")
	d := DocEval{ID: id}
	raw, err := os.ReadFile(keyPath)
	if err != nil {
		d.Err = err
		return d
	}
	var g Gold
	if err := json.Unmarshal(raw, &g); err != nil {
		d.Err = fmt.Errorf("%s: %w", keyPath, err)
		return d
	}
	dir := filepath.Dir(keyPath)
	for _, ext := range []string{".html", ".htm", ".txt", ".json", ".xml", ".rss", ".atom"} {
		p := filepath.Join(dir, id+ext)
		if _, err := os.Stat(p); err == nil {
			d.Page = p
			break
		}
	}
	var res *Result
	if d.Page == "" {
		d.Err = fmt.Errorf("no page for %s", id)
	} else if f, err := os.Open(d.Page); err != nil {
		d.Err = err
	} else {
		meta := Meta{URL: g.URL}
		if g.URL == "" {
			meta.URL = d.Page
		}
		if strings.HasSuffix(d.Page, ".txt") {
			meta.ContentType = "text/plain"
		}
		res, err = Parse(f, meta, opts)
		f.Close()
		if err != nil {
			d.Err = err
		}
	}
	if res == nil {
		res = &Result{}
	}
	compareDoc(&d, &g, res)
	d.Published = g.Published == nil && res.Published == "" || g.Published != nil && *g.Published == res.Published
	if !d.Published && d.Err == nil {
		want := "null"
		if g.Published != nil {
			want = *g.Published
		}
		d.Misses = append(d.Misses, fmt.Sprintf("published %s, got %q", want, res.Published))
	}
	return d
}

func compareDoc(d *DocEval, g *Gold, res *Result) {
	// awards
	used := make([]bool, len(res.Awards))
	for _, ga := range g.Awards {
		gr := ""
		if ga.Recipient != nil {
			gr = *ga.Recipient
		}
		found := false
		for i, pa := range res.Awards {
			if used[i] || pa.Amount != ga.Amount || !sameCurrency(pa.Currency, ga.Currency) {
				continue
			}
			if gr == "" && pa.Recipient != "" || gr != "" && !sameRecipient(gr, pa.Recipient) {
				continue
			}
			used[i], found = true, true
			break
		}
		if found {
			d.Awards.TP++
		} else {
			d.Awards.FN++
			d.Misses = append(d.Misses, fmt.Sprintf("award %s %d to %q", ga.Currency, ga.Amount, gr))
		}
	}
	for i, pa := range res.Awards {
		if !used[i] {
			d.Awards.FP++
			d.Extras = append(d.Extras, fmt.Sprintf("award %s %d to %q (%q)", pa.Currency, pa.Amount, pa.Recipient, head(pa.Evidence.Text, 90)))
		}
	}
	// rounds
	usedR := make([]bool, len(res.Rounds))
	for _, gr := range g.Rounds {
		found := false
		for i, pr := range res.Rounds {
			if usedR[i] || !sameFund(gr.Fund, pr.Fund) || !eqIntPtr(gr.Round, pr.Round) || !eqInt64Ptr(gr.Total, pr.Total) {
				continue
			}
			usedR[i], found = true, true
			if gr.Projects != nil {
				d.CountsTotal++
				if eqIntPtr(gr.Projects, pr.Projects) {
					d.CountsRight++
				}
			}
			break
		}
		if found {
			d.Rounds.TP++
		} else {
			d.Rounds.FN++
			d.Misses = append(d.Misses, fmt.Sprintf("round %s #%s total %s", gr.Fund, fmtIntPtr(gr.Round), fmtInt64Ptr(gr.Total)))
		}
	}
	for i, pr := range res.Rounds {
		if !usedR[i] {
			d.Rounds.FP++
			d.Extras = append(d.Extras, fmt.Sprintf("round %s #%s total %s (%q)", pr.Fund, fmtIntPtr(pr.Round), fmtInt64Ptr(pr.Total), head(pr.Evidence.Text, 90)))
		}
	}
	// limits, and caps where the key lists them
	d.Limits = matchLimits(d, "limit", g.Limits, res.Limits)
	if g.Caps != nil {
		d.Caps = matchLimits(d, "cap", *g.Caps, res.Caps)
	}
}

// matchLimits scores extracted limits (or caps) against expected ones,
// noting misses and extras in d.
func matchLimits(d *DocEval, kind string, want []GoldLimit, got []Limit) Score {
	var sc Score
	used := make([]bool, len(got))
	for _, gl := range want {
		found := false
		for i, pl := range got {
			if used[i] || !sameFund(gl.Fund, pl.Fund) || gl.Amount != pl.Amount || !eqStrPtr(gl.Period, pl.Period) {
				continue
			}
			used[i], found = true, true
			break
		}
		if found {
			sc.TP++
		} else {
			sc.FN++
			d.Misses = append(d.Misses, fmt.Sprintf("%s %s %d period %s", kind, gl.Fund, gl.Amount, fmtStrPtr(gl.Period)))
		}
	}
	for i, pl := range got {
		if !used[i] {
			sc.FP++
			d.Extras = append(d.Extras, fmt.Sprintf("%s %s %d period %s (%q)", kind, pl.Fund, pl.Amount, fmtStrPtr(pl.Period), head(pl.Evidence.Text, 90)))
		}
	}
	return sc
}

func sameCurrency(a, b string) bool { return a == "" || b == "" || strings.EqualFold(a, b) }

func eqIntPtr(a, b *int) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
func eqInt64Ptr(a, b *int64) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}
func eqStrPtr(a, b *string) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

func fmtIntPtr(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}
func fmtInt64Ptr(p *int64) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}
func fmtStrPtr(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}

// sameFund compares fund names case-insensitively, ignoring a leading
// "the" and punctuation; one name containing the other also matches
// ("Levelling Up Fund" and "the Levelling Up Fund round 2"). An empty
// gold fund matches anything.
func sameFund(gold, got string) bool {
	g, p := strings.Join(tokens(gold), " "), strings.Join(tokens(got), " ")
	if g == "" {
		return true
	}
	if p == "" {
		return false
	}
	return g == p || strings.Contains(p, g) || strings.Contains(g, p)
}

// recipStop are dropped before comparing recipients.
var recipStop = map[string]bool{"the": true, "and": true, "of": true, "for": true, "a": true, "an": true, "led": true, "by": true, "with": true, "its": true, "their": true, "other": true, "seven": true, "s": true}

// recipGeneric are organisation words too common to identify a recipient.
var recipGeneric = map[string]bool{
	"police": true, "constabulary": true, "council": true, "college": true, "university": true,
	"trust": true, "ltd": true, "limited": true, "plc": true, "group": true, "company": true,
	"service": true, "services": true, "force": true, "forces": true, "partnership": true,
	"region": true, "city": true, "county": true, "borough": true, "district": true,
	"national": true, "project": true, "projects": true, "programme": true, "programmes": true,
	"centre": true, "center": true, "foundation": true, "charity": true, "policing": true,
}

func tokens(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '’' && r != '–' && r != '—')
	}) {
		if recipStop[f] {
			continue
		}
		if _, ok := numberWords[f]; ok {
			continue
		}
		out = append(out, f)
	}
	return out
}

// sameRecipient is the fuzzy recipient match used by Evaluate and for
// de-duplication. Names are lowercased and split into words; articles,
// conjunctions, "led by" and number words are dropped. If both names keep
// a distinctive word (not a generic organisation word such as "police",
// "council", "university"), they match when at least half of the smaller
// set of distinctive words is shared ("Norfolk" ~ "Norfolk Constabulary",
// "West Midlands" ~ "West Midlands Police"). Otherwise all words are
// compared the same way, but the smaller set needs two words unless the
// sets are equal, so "Police" alone matches no force.
func sameRecipient(a, b string) bool {
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return len(ta) == 0 && len(tb) == 0 && strings.TrimSpace(a) == strings.TrimSpace(b)
	}
	da, db := distinct(ta), distinct(tb)
	if len(da) > 0 && len(db) > 0 {
		return overlap(da, db) >= 0.5
	}
	sa, sb := set(ta), set(tb)
	if min(len(sa), len(sb)) < 2 {
		return equalSets(sa, sb)
	}
	return overlap(sa, sb) >= 0.5
}

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func distinct(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		if !recipGeneric[w] {
			m[w] = true
		}
	}
	return m
}

func overlap(a, b map[string]bool) float64 {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

func equalSets(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// WriteTo writes the per-document misses and extras and the overall
// precision, recall and F1 for awards, rounds and limits.
func (r *EvalReport) WriteTo(w io.Writer) (int64, error) {
	var sb strings.Builder
	for _, d := range r.Docs {
		status := "ok"
		if d.Err != nil {
			status = "error: " + d.Err.Error()
		} else if len(d.Misses)+len(d.Extras) > 0 {
			status = fmt.Sprintf("%d missed, %d extra", len(d.Misses), len(d.Extras))
		}
		fmt.Fprintf(&sb, "%s: %s\n", d.ID, status)
		for _, m := range d.Misses {
			fmt.Fprintf(&sb, "  miss  %s\n", m)
		}
		for _, e := range d.Extras {
			fmt.Fprintf(&sb, "  extra %s\n", e)
		}
	}
	fmt.Fprintf(&sb, "\n%-7s %5s %5s %5s %9s %6s %6s\n", "", "tp", "fp", "fn", "precision", "recall", "f1")
	for _, row := range []struct {
		name string
		s    Score
	}{{"awards", r.Awards}, {"rounds", r.Rounds}, {"limits", r.Limits}, {"caps", r.Caps}} {
		if row.name == "caps" && row.s == (Score{}) {
			continue // no key lists caps
		}
		fmt.Fprintf(&sb, "%-7s %5d %5d %5d %9.3f %6.3f %6.3f\n", row.name, row.s.TP, row.s.FP, row.s.FN, row.s.Precision(), row.s.Recall(), row.s.F1())
	}
	fmt.Fprintf(&sb, "dates   %d/%d publication dates right\n", r.DatesRight, r.DatesTotal)
	if r.CountsTotal > 0 {
		fmt.Fprintf(&sb, "counts  %d/%d project counts right (of the rounds found whose key gives one)\n", r.CountsRight, r.CountsTotal)
	}
	n, err := io.WriteString(w, sb.String())
	return int64(n), err
}

// Check returns nil when every F1 meets its minimum, else an error naming
// each shortfall (for the CLI's exit code).
func (r *EvalReport) Check(min Minimums) error {
	var errs []error
	for _, c := range []struct {
		name string
		s    Score
		min  float64
	}{{"award", r.Awards, min.Award}, {"round", r.Rounds, min.Round}, {"limit", r.Limits, min.Limit}} {
		if c.s.F1() < c.min {
			errs = append(errs, fmt.Errorf("%s F1 %.3f below minimum %.3f", c.name, c.s.F1(), c.min))
		}
	}
	return errors.Join(errs...)
}
