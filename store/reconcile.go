package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/fundwatch/fundwatch/parse"
)

// UnknownPeriod labels money whose financial year cannot be told: the page
// has no date and the text gives no year. It still counts in PeriodAll.
const UnknownPeriod = "unknown"

// PeriodAll labels the all-time row of a fund.
const PeriodAll = "all"

// Support is one document's mention of a reconciled record.
type Support struct {
	DocumentID string `bson:"document_id" json:"document_id"`
	URL        string `bson:"url" json:"url"`
	Title      string `bson:"title" json:"title"`
	Published  string `bson:"published" json:"published"`
	Evidence   string `bson:"evidence" json:"evidence"`
	Recap      bool   `bson:"recap,omitempty" json:"recap,omitempty"`
}

// Commitment is money a record adds to a fund's total for one period.
//
// Fund is repeated inside each commitment because FerretDB v1.24 drops a
// document's other fields after $unwind; grouping on $commitments.* only
// works on both servers.
type Commitment struct {
	Fund        string `bson:"fund" json:"fund"`
	Period      string `bson:"period" json:"period"`
	AmountMinor int64  `bson:"amount_minor" json:"amount_minor"`
	Currency    string `bson:"currency" json:"currency"`
}

// TrancheRecord is part of an award in one financial year.
type TrancheRecord struct {
	Period      string `bson:"period" json:"period"`
	AmountMinor int64  `bson:"amount_minor" json:"amount_minor"`
}

// RoundRecord is a canonical funding round.
type RoundRecord struct {
	ID          string       `bson:"_id" json:"id"`
	Fund        string       `bson:"fund" json:"fund"`
	Round       *int         `bson:"round" json:"round"`
	TotalMinor  *int64       `bson:"total_minor" json:"total_minor"`
	Currency    string       `bson:"currency" json:"currency"`
	Projects    *int         `bson:"projects" json:"projects"`
	Period      string       `bson:"period" json:"period"`
	Counted     bool         `bson:"counted" json:"counted"`
	Commitments []Commitment `bson:"commitments" json:"commitments"`
	Documents   []Support    `bson:"documents" json:"documents"`
}

// AwardRecord is a canonical award.
type AwardRecord struct {
	ID          string          `bson:"_id" json:"id"`
	Fund        string          `bson:"fund" json:"fund"`
	Round       *int            `bson:"round" json:"round"`
	RoundID     string          `bson:"round_id,omitempty" json:"round_id,omitempty"`
	Recipient   string          `bson:"recipient" json:"recipient"`
	AmountMinor int64           `bson:"amount_minor" json:"amount_minor"`
	Currency    string          `bson:"currency" json:"currency"`
	Qualifier   string          `bson:"qualifier,omitempty" json:"qualifier,omitempty"`
	Tranches    []TrancheRecord `bson:"tranches" json:"tranches"`
	Purpose     string          `bson:"purpose" json:"purpose"`
	Period      string          `bson:"period" json:"period"`
	Counted     bool            `bson:"counted" json:"counted"`
	Commitments []Commitment    `bson:"commitments" json:"commitments"`
	Documents   []Support       `bson:"documents" json:"documents"`
}

// LimitRecord is a fund budget reconciled from announcements.
type LimitRecord struct {
	Period      string    `bson:"period" json:"period"`
	AmountMinor int64     `bson:"amount_minor" json:"amount_minor"`
	Currency    string    `bson:"currency" json:"currency"`
	Documents   []Support `bson:"documents" json:"documents"`
}

// FundRecord is a canonical fund.
type FundRecord struct {
	ID        string        `bson:"_id" json:"id"`
	Name      string        `bson:"name" json:"name"`
	Limits    []LimitRecord `bson:"limits" json:"limits"`
	Documents int           `bson:"documents" json:"documents"`
	Awards    int           `bson:"awards" json:"awards"`
	Rounds    int           `bson:"rounds" json:"rounds"`
}

// ReconcileSummary counts what Reconcile wrote.
type ReconcileSummary struct {
	Documents, Funds, Rounds, Awards int
}

// Reconcile recomputes the canonical funds, rounds and awards from the
// latest extraction of every URL and replaces the stored ones. It is a
// pure function of the stored extractions and the fund list, so running it
// twice, concurrently, or again after a crash gives the same records.
func (s *Store) Reconcile(ctx context.Context, funds []parse.Fund) (*ReconcileSummary, error) {
	exts, err := s.LatestExtractions(ctx)
	if err != nil {
		return nil, err
	}
	rounds, awards, fundRecs := reconcile(exts, funds)
	ctx, cancel := context.WithTimeout(ctx, 6*s.timeout)
	defer cancel()
	if err := replaceAll(ctx, s.col(ColRounds), rounds, func(r RoundRecord) string { return r.ID }); err != nil {
		return nil, fmt.Errorf("store: write rounds: %w", err)
	}
	if err := replaceAll(ctx, s.col(ColAwards), awards, func(a AwardRecord) string { return a.ID }); err != nil {
		return nil, fmt.Errorf("store: write awards: %w", err)
	}
	if err := replaceAll(ctx, s.col(ColFunds), fundRecs, func(f FundRecord) string { return f.ID }); err != nil {
		return nil, fmt.Errorf("store: write funds: %w", err)
	}
	return &ReconcileSummary{Documents: len(exts), Funds: len(fundRecs), Rounds: len(rounds), Awards: len(awards)}, nil
}

// replaceAll upserts every record by id, then deletes the records that are
// no longer produced. No transaction is needed: readers see either the old
// or the new version of each record, and a crash is repaired by the next run.
func replaceAll[T any](ctx context.Context, c *mongo.Collection, recs []T, id func(T) string) error {
	ids := make([]string, 0, len(recs))
	if len(recs) > 0 {
		models := make([]mongo.WriteModel, 0, len(recs))
		for _, r := range recs {
			ids = append(ids, id(r))
			models = append(models, mongo.NewReplaceOneModel().SetFilter(bson.D{{Key: "_id", Value: id(r)}}).SetReplacement(r).SetUpsert(true))
		}
		if _, err := c.BulkWrite(ctx, models, options.BulkWrite().SetOrdered(false)); err != nil {
			return err
		}
	}
	_, err := c.DeleteMany(ctx, bson.D{{Key: "_id", Value: bson.D{{Key: "$nin", Value: ids}}}})
	return err
}

// FinancialYear returns the UK financial year ("2016/17") containing t.
func FinancialYear(t time.Time) string {
	y := t.Year()
	if t.Month() < time.April {
		y--
	}
	return fmt.Sprintf("%d/%02d", y, (y+1)%100)
}

// periodOf returns the financial year of a YYYY-MM-DD date, or UnknownPeriod.
func periodOf(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return UnknownPeriod
	}
	return FinancialYear(t)
}

// minor converts whole currency units to minor units.
func minor(whole int64) int64 { return whole * 100 }

// fundName maps an extracted fund name onto the configured name when one
// matches (name or alias, case-insensitive, ignoring a leading "the").
func fundName(name string, funds []parse.Fund) string {
	n := normFund(name)
	for _, f := range funds {
		if normFund(f.Name) == n {
			return f.Name
		}
		for _, a := range f.Aliases {
			if normFund(a) == n {
				return f.Name
			}
		}
	}
	if n == "" {
		return ""
	}
	// Unconfigured: title-case it so "the police transformation fund" and
	// "Police Transformation Fund" are one fund.
	words := strings.Fields(n)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func normFund(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

func hashID(prefix string, parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return prefix + hex.EncodeToString(h[:12])
}

// close reports whether two amounts are within rel of each other.
func closeAmounts(a, b int64, rel float64) bool {
	if a == b {
		return true
	}
	if a <= 0 || b <= 0 {
		return false
	}
	d := float64(a - b)
	if d < 0 {
		d = -d
	}
	m := float64(max(a, b))
	return d/m <= rel
}

// Tolerances for "the same figure, reported differently": "more than £26m"
// vs "£26m", "£5.74m" vs "£5.7m".
const (
	roundTolerance = 0.05
	awardTolerance = 0.02
)

type docCtx struct {
	ext    *Extraction
	period string
	sup    func(ev string, recap bool) Support
}

type roundGroup struct {
	rec      RoundRecord
	fundKey  string
	mentions []roundMention
	awards   []*awardGroup
}

type roundMention struct {
	r     parse.Round
	doc   *docCtx
	order int
}

type awardGroup struct {
	rec      AwardRecord
	fundKey  string
	round    *roundGroup
	mentions []awardMention
	tokens   map[string]bool
	nth      int // of equal awards first seen on one page
}

// from reports whether the group already holds a mention from d.
func (g *awardGroup) from(d *docCtx) bool {
	for _, m := range g.mentions {
		if m.doc == d {
			return true
		}
	}
	return false
}

type awardMention struct {
	a     parse.Award
	doc   *docCtx
	round *roundGroup
}

func reconcile(exts []Extraction, funds []parse.Fund) ([]RoundRecord, []AwardRecord, []FundRecord) {
	// Oldest publication first, so "first announced" wins ties.
	sort.SliceStable(exts, func(i, j int) bool {
		pi, pj := exts[i].published(), exts[j].published()
		if pi != pj {
			return pi < pj
		}
		return exts[i].URL < exts[j].URL
	})
	docs := make([]*docCtx, 0, len(exts))
	for i := range exts {
		e := &exts[i]
		if e.Result == nil {
			continue
		}
		d := &docCtx{ext: e, period: periodOf(e.published())}
		d.sup = func(ev string, recap bool) Support {
			return Support{DocumentID: e.DocumentID, URL: e.URL, Title: e.Result.Title, Published: e.published(), Evidence: ev, Recap: recap}
		}
		docs = append(docs, d)
	}

	fundDocs := map[string]map[string]bool{}
	names := map[string]string{}
	noteFund := func(name string, d *docCtx) string {
		n := fundName(name, funds)
		if n == "" {
			return ""
		}
		k := normFund(n)
		names[k] = n
		if fundDocs[k] == nil {
			fundDocs[k] = map[string]bool{}
		}
		fundDocs[k][d.ext.DocumentID] = true
		return k
	}

	// Rounds: numbered first, then unnumbered ones join a numbered round of
	// the same fund with a matching total, else group among themselves.
	var groups []*roundGroup
	byNumber := map[string]*roundGroup{}
	var unnumbered []roundMention
	order := 0
	for _, d := range docs {
		for _, r := range d.ext.Result.Rounds {
			k := noteFund(r.Fund, d)
			if k == "" {
				continue
			}
			m := roundMention{r: r, doc: d, order: order}
			order++
			if r.Round == nil {
				unnumbered = append(unnumbered, m)
				continue
			}
			key := k + "#" + strconv.Itoa(*r.Round)
			g := byNumber[key]
			if g == nil {
				g = &roundGroup{fundKey: k}
				byNumber[key] = g
				groups = append(groups, g)
			}
			g.mentions = append(g.mentions, m)
		}
	}
	for _, m := range unnumbered {
		k := normFund(fundName(m.r.Fund, funds))
		var match *roundGroup
		for _, g := range groups {
			if g.fundKey != k || m.r.Total == nil {
				continue
			}
			t := g.total()
			if t != nil && closeAmounts(*t, *m.r.Total, roundTolerance) && (match == nil || g.period() == m.period()) {
				match = g
			}
		}
		if match == nil {
			match = &roundGroup{fundKey: k}
			groups = append(groups, match)
		}
		match.mentions = append(match.mentions, m)
	}
	for _, g := range groups {
		g.finish(names[g.fundKey])
	}

	// Awards: resolve each mention's round, then merge duplicates.
	var agroups []*awardGroup
	for _, d := range docs {
		// The rounds this document announces (not recaps), per fund.
		announced := map[string][]*roundGroup{}
		for _, g := range groups {
			for _, m := range g.mentions {
				if m.doc == d && !m.r.Recap && !contains(announced[g.fundKey], g) {
					announced[g.fundKey] = append(announced[g.fundKey], g)
				}
			}
		}
		for _, a := range d.ext.Result.Awards {
			if a.Amount <= 0 {
				continue
			}
			k := noteFund(a.Fund, d)
			m := awardMention{a: a, doc: d}
			if a.Round != nil {
				m.round = byNumber[k+"#"+strconv.Itoa(*a.Round)]
			} else if len(announced[k]) == 1 {
				m.round = announced[k][0]
			}
			toks := recipientTokens(a.Recipient)
			var match *awardGroup
			for _, g := range agroups {
				// equal awards to one body on one page are separate
				// awards ("three projects at the university will each
				// receive $450,000"), so a group takes one mention per
				// document
				if g.fundKey == k && !g.from(d) && compatibleRounds(g.round, m.round) &&
					closeAmounts(g.mentions[0].a.Amount, a.Amount, awardTolerance) &&
					similarRecipients(g.tokens, toks) {
					match = g
					break
				}
			}
			if match == nil {
				match = &awardGroup{fundKey: k, tokens: toks}
				for _, g := range agroups {
					// the second of equal awards on one page needs an
					// identity of its own
					if g.fundKey == k && g.mentions[0].doc == d && g.mentions[0].a.Amount == a.Amount && similarRecipients(g.tokens, toks) {
						match.nth++
					}
				}
				agroups = append(agroups, match)
			}
			if match.round == nil {
				match.round = m.round
			}
			match.mentions = append(match.mentions, m)
		}
	}
	for _, g := range agroups {
		g.finish(names[g.fundKey])
		if g.round != nil {
			g.round.awards = append(g.round.awards, g)
		}
	}

	// Commitments: a round with a known total covers the awards listed in
	// it, unless they add up to more than the total, when the awards count.
	for _, g := range groups {
		if g.rec.TotalMinor == nil {
			continue
		}
		var sum int64
		for _, a := range g.awards {
			sum += a.rec.AmountMinor
		}
		if sum > *g.rec.TotalMinor {
			continue
		}
		g.rec.Counted = true
		g.rec.Commitments = []Commitment{{Fund: g.rec.Fund, Period: g.rec.Period, AmountMinor: *g.rec.TotalMinor, Currency: g.rec.Currency}}
		for _, a := range g.awards {
			a.rec.Counted = false
			a.rec.Commitments = []Commitment{}
		}
	}

	rounds := make([]RoundRecord, 0, len(groups))
	for _, g := range groups {
		rounds = append(rounds, g.rec)
	}
	awards := make([]AwardRecord, 0, len(agroups))
	for _, g := range agroups {
		awards = append(awards, g.rec)
	}

	// Funds, with limits reconciled from fund-scope limit mentions.
	type limitAcc struct {
		counts map[int64]int
		first  map[int64]int
		docs   []Support
		cur    string
	}
	limits := map[string]map[string]*limitAcc{}
	n := 0
	for _, d := range docs {
		for _, l := range d.ext.Result.Limits {
			if l.Scope != "" && l.Scope != "fund" {
				continue
			}
			k := noteFund(l.Fund, d)
			if k == "" || l.Amount <= 0 {
				continue
			}
			p := PeriodAll
			if l.Period != nil && *l.Period != "" {
				p = *l.Period
			}
			if limits[k] == nil {
				limits[k] = map[string]*limitAcc{}
			}
			acc := limits[k][p+"|"+l.Currency]
			if acc == nil {
				acc = &limitAcc{counts: map[int64]int{}, first: map[int64]int{}, cur: l.Currency}
				limits[k][p+"|"+l.Currency] = acc
			}
			if _, ok := acc.first[l.Amount]; !ok {
				acc.first[l.Amount] = n
			}
			n++
			acc.counts[l.Amount]++
			acc.docs = append(acc.docs, d.sup(l.Evidence.Text, false))
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fundRecs := make([]FundRecord, 0, len(keys))
	for _, k := range keys {
		fr := FundRecord{ID: k, Name: names[k], Limits: []LimitRecord{}, Documents: len(fundDocs[k])}
		pk := make([]string, 0, len(limits[k]))
		for p := range limits[k] {
			pk = append(pk, p)
		}
		sort.Strings(pk)
		for _, p := range pk {
			acc := limits[k][p]
			// The figure most often given; ties go to the first announced.
			var best int64
			for amt, c := range acc.counts {
				if best == 0 || c > acc.counts[best] || (c == acc.counts[best] && acc.first[amt] < acc.first[best]) {
					best = amt
				}
			}
			fr.Limits = append(fr.Limits, LimitRecord{Period: strings.SplitN(p, "|", 2)[0], AmountMinor: minor(best), Currency: acc.cur, Documents: acc.docs})
		}
		for _, a := range awards {
			if normFund(a.Fund) == k {
				fr.Awards++
			}
		}
		for _, r := range rounds {
			if normFund(r.Fund) == k {
				fr.Rounds++
			}
		}
		fundRecs = append(fundRecs, fr)
	}
	return rounds, awards, fundRecs
}

func (e *Extraction) published() string {
	if e.Result != nil && e.Result.Published != "" {
		return e.Result.Published
	}
	return e.Published
}

func (m roundMention) period() string {
	if m.r.Period != "" {
		return m.r.Period
	}
	return m.doc.period
}

func (g *roundGroup) total() *int64 {
	best := g.bestTotal()
	return best
}

// bestTotal: the total most often given by announcing (not recap),
// unhedged mentions; then by any mention; ties to the earliest.
func (g *roundGroup) bestTotal() *int64 {
	for _, pass := range []func(roundMention) bool{
		func(m roundMention) bool { return !m.r.Recap && m.r.Qualifier == nil },
		func(m roundMention) bool { return !m.r.Recap },
		func(roundMention) bool { return true },
	} {
		counts := map[int64]int{}
		var best *int64
		for _, m := range g.mentions {
			if m.r.Total == nil || *m.r.Total <= 0 || !pass(m) {
				continue
			}
			counts[*m.r.Total]++
			if best == nil || counts[*m.r.Total] > counts[*best] {
				v := *m.r.Total
				best = &v
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

func (g *roundGroup) period() string {
	for _, m := range g.mentions {
		if !m.r.Recap {
			return m.period()
		}
	}
	if len(g.mentions) > 0 {
		return g.mentions[0].period()
	}
	return UnknownPeriod
}

func (g *roundGroup) finish(fund string) {
	r := RoundRecord{Fund: fund, Currency: "GBP", Period: g.period(), Commitments: []Commitment{}, Documents: []Support{}}
	for _, m := range g.mentions {
		if r.Round == nil && m.r.Round != nil {
			v := *m.r.Round
			r.Round = &v
		}
		if m.r.Currency != "" && r.Currency == "GBP" {
			r.Currency = m.r.Currency
		}
		if r.Projects == nil && m.r.Projects != nil && !m.r.Recap {
			v := *m.r.Projects
			r.Projects = &v
		}
		r.Documents = append(r.Documents, m.doc.sup(m.r.Evidence.Text, m.r.Recap))
	}
	if r.Projects == nil {
		for _, m := range g.mentions {
			if m.r.Projects != nil {
				v := *m.r.Projects
				r.Projects = &v
				break
			}
		}
	}
	if t := g.bestTotal(); t != nil {
		v := minor(*t)
		r.TotalMinor = &v
	}
	if r.Round != nil {
		r.ID = hashID("r-", g.fundKey, strconv.Itoa(*r.Round))
	} else {
		var t int64
		if r.TotalMinor != nil {
			t = *r.TotalMinor
		}
		r.ID = hashID("r-", g.fundKey, r.Period, strconv.FormatInt(t, 10), g.mentions[0].doc.ext.URL)
	}
	g.rec = r
}

func contains(gs []*roundGroup, g *roundGroup) bool {
	for _, x := range gs {
		if x == g {
			return true
		}
	}
	return false
}

func compatibleRounds(a, b *roundGroup) bool { return a == nil || b == nil || a == b }

var recipientStop = map[string]bool{
	"the": true, "and": true, "of": true, "a": true, "an": true, "for": true, "to": true, "in": true,
	"project": true, "led": true, "by": true, "other": true, "others": true, "with": true, "region": true,
}

func recipientTokens(s string) map[string]bool {
	toks := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !recipientStop[w] {
			toks[w] = true
		}
	}
	return toks
}

// similarRecipients: either side unnamed, or at least half of the smaller
// side's significant words appear in the other ("Dorset Police" ~ "Dorset
// Police and partners").
func similarRecipients(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	small, big := a, b
	if len(b) < len(a) {
		small, big = b, a
	}
	shared := 0
	for w := range small {
		if big[w] {
			shared++
		}
	}
	return shared*2 >= len(small) && shared > 0
}

func (g *awardGroup) finish(fund string) {
	r := AwardRecord{Fund: fund, Tranches: []TrancheRecord{}, Commitments: []Commitment{}, Documents: []Support{}, Currency: "GBP", Counted: true}
	// Prefer the unhedged figure, then the mention with a tranche split.
	best := g.mentions[0].a
	for _, m := range g.mentions[1:] {
		if (best.Qualifier != nil && m.a.Qualifier == nil) || (len(best.Tranches) == 0 && len(m.a.Tranches) > 0 && (m.a.Qualifier == nil) == (best.Qualifier == nil)) {
			best = m.a
		}
	}
	r.AmountMinor = minor(best.Amount)
	if best.Currency != "" {
		r.Currency = best.Currency
	}
	if best.Qualifier != nil {
		r.Qualifier = *best.Qualifier
	}
	for _, m := range g.mentions {
		if len(m.a.Recipient) > len(r.Recipient) && r.Recipient == "" {
			r.Recipient = m.a.Recipient
		}
		if r.Purpose == "" {
			r.Purpose = m.a.Purpose
		}
		r.Documents = append(r.Documents, m.doc.sup(m.a.Evidence.Text, false))
	}
	for _, t := range best.Tranches {
		r.Tranches = append(r.Tranches, TrancheRecord{Period: t.Period, AmountMinor: minor(t.Amount)})
	}
	if g.round != nil {
		r.RoundID = g.round.rec.ID
		if g.round.rec.Round != nil {
			v := *g.round.rec.Round
			r.Round = &v
		}
	} else if best.Round != nil {
		v := *best.Round
		r.Round = &v
	}
	first := g.mentions[0]
	r.Period = first.a.Period
	if r.Period == "" {
		r.Period = first.doc.period
	}
	// Money by year: tranches where given, else the year announced.
	if len(r.Tranches) > 0 {
		var sum int64
		for _, t := range r.Tranches {
			p := t.Period
			if p == "" {
				p = r.Period
			}
			r.Commitments = append(r.Commitments, Commitment{Fund: r.Fund, Period: p, AmountMinor: t.AmountMinor, Currency: r.Currency})
			sum += t.AmountMinor
		}
		if rest := r.AmountMinor - sum; rest > 0 {
			r.Commitments = append(r.Commitments, Commitment{Fund: r.Fund, Period: r.Period, AmountMinor: rest, Currency: r.Currency})
		}
	} else {
		r.Commitments = append(r.Commitments, Commitment{Fund: r.Fund, Period: r.Period, AmountMinor: r.AmountMinor, Currency: r.Currency})
	}
	rid := ""
	if r.Round != nil {
		rid = strconv.Itoa(*r.Round)
	}
	keys := make([]string, 0, len(g.tokens))
	for t := range g.tokens {
		keys = append(keys, t)
	}
	sort.Strings(keys)
	idParts := []string{g.fundKey, rid, strings.Join(keys, " "), strconv.FormatInt(r.AmountMinor, 10), first.doc.ext.URL}
	if g.nth > 0 {
		// the first of equal awards keeps the identity it always had
		idParts = append(idParts, strconv.Itoa(g.nth))
	}
	r.ID = hashID("a-", idParts...)
	g.rec = r
}
