package parse

import (
	"encoding/json"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// Meta is what the fetcher knows about a page. Parse never fetches.
type Meta struct {
	// URL the page was fetched from (or a file path); used for resolving
	// relative links and reported back in Result.URL.
	URL string
	// ContentType is the Content-Type header as received, e.g.
	// "text/html; charset=windows-1252". Empty when unknown (files).
	ContentType string
	// FetchedAt is when the page was fetched; relative periods ("this
	// financial year") fall back to it when the page carries no
	// publication date. Zero means they stay unresolved (period null).
	FetchedAt time.Time
}

// Selectors override the main-content heuristics for one source. A nil
// matcher means "use the heuristics". They are compiled when the config
// loads (see internal/config), so an invalid selector never reaches Parse.
type Selectors struct {
	Title     goquery.Matcher
	Content   goquery.Matcher
	Published goquery.Matcher
}

// Fund is a fund name known from the configuration, with its aliases.
// Extracted fund names that match a name or alias (case-insensitively)
// are reported under Name.
type Fund struct {
	Name    string
	Aliases []string
}

// Options tune one Parse call. The zero value is usable.
type Options struct {
	Selectors Selectors
	Funds     []Fund
	// MaxBytes caps the input size; larger input is an error (ErrTooLarge),
	// never a truncation. Zero means DefaultMaxBytes.
	MaxBytes int64
}

// DefaultMaxBytes is the input size cap used when Options.MaxBytes is zero.
const DefaultMaxBytes = 10 << 20

// Result is the extraction from one page. Its JSON form is the public
// contract of `fundwatch parse --format json` and follows
// ../shared/corpus/README.md: amounts are whole currency units.
type Result struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published string   `json:"published"` // YYYY-MM-DD, or "" when unknown
	Funds     []string `json:"funds"`
	Rounds    []Round  `json:"rounds"`
	Limits    []Limit  `json:"limits"` // fund budgets (Scope "fund"), ring-fenced parts and remainders
	Awards    []Award  `json:"awards"`
	// Caps are per-bid caps ("up to £20m per bid", "grants of £5,000 to
	// £50,000"): what one bid may get, not what a fund has, so they are
	// kept out of Limits. Scope is "per_bid". An extra field beside the
	// corpus shape.
	Caps []Limit `json:"caps"`

	// Text is the extracted main text (what evidence offsets index into).
	// Callers hash it to detect unchanged content. Not part of the JSON.
	Text string `json:"-"`
}

// Evidence says where an item came from.
type Evidence struct {
	Text       string  `json:"text"`       // the sentence, list item or table row
	Offset     int     `json:"offset"`     // byte offset of Text within Result.Text
	Kind       string  `json:"kind"`       // "sentence", "list-item", "table-row", "heading"
	Confidence float64 `json:"confidence"` // 0..1
}

// Round is a funding round.
type Round struct {
	Fund     string `json:"fund"`
	Round    *int   `json:"round"`    // nil when not given or implied
	Total    *int64 `json:"total"`    // whole currency units, nil when not stated
	Currency string `json:"currency"` // ISO 4217: GBP, USD, EUR
	Projects *int   `json:"projects"` // nil when not stated
	Period   string `json:"period,omitempty"`
	// Recap is true when the page mentions the round but does not announce it
	// (e.g. "In August, 14 projects were awarded £23m in the first round").
	Recap     bool     `json:"recap,omitempty"`
	Qualifier *string  `json:"qualifier,omitempty"`
	Evidence  Evidence `json:"evidence"`
}

// Limit is a budget: what a fund has available (in Result.Limits), or a
// cap on each bid (in Result.Caps).
type Limit struct {
	Fund      string  `json:"fund"`
	Amount    int64   `json:"amount"`
	Currency  string  `json:"currency"`
	Period    *string `json:"period"` // "2016/17", nil when not stated
	Qualifier *string `json:"qualifier,omitempty"`
	// AmountMin is the lower bound when the text gives a range ("grants of
	// £5,000 to £50,000"); Amount is then the upper bound.
	AmountMin *int64 `json:"amount_min,omitempty"`
	// Scope is "fund" for the fund's budget, "per_bid" for a cap on each
	// bid ("up to £20m per bid"), "programme" for a ring-fenced part, and
	// "remaining" for what is left of it ("£75,000 remains available"),
	// which store's reconciled limits leave out: totals are watched
	// against the budget, not against the remainder.
	Scope    string   `json:"scope"`
	Evidence Evidence `json:"evidence"`
}

// Tranche is the part of an award attributed to one financial year.
type Tranche struct {
	Period string `json:"period"` // "" (null in JSON) for a calendar year's part
	Amount int64  `json:"amount"`
}

// MarshalJSON writes a part of no financial year with a null period, as
// the answer keys do.
func (t Tranche) MarshalJSON() ([]byte, error) {
	type plain struct {
		Period *string `json:"period"`
		Amount int64   `json:"amount"`
	}
	p := plain{Amount: t.Amount}
	if t.Period != "" {
		p.Period = &t.Period
	}
	return json.Marshal(p)
}

// Award is money given to one recipient.
type Award struct {
	Fund      string  `json:"fund"`
	Round     *int    `json:"round"`
	Recipient string  `json:"recipient"`
	Amount    int64   `json:"amount"` // sum of tranches when split
	Currency  string  `json:"currency"`
	Qualifier *string `json:"qualifier"`
	// AmountMin is the lower bound of a range; Amount is the upper bound.
	AmountMin *int64    `json:"amount_min,omitempty"`
	Tranches  []Tranche `json:"tranches"`
	Purpose   string    `json:"purpose"`
	// Period is the financial year the award was announced in, used for
	// money with no tranche year ("" when the page has no date).
	Period   string   `json:"period,omitempty"`
	Evidence Evidence `json:"evidence"`
}
