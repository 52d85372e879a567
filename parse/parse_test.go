package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/cascadia"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		opts Options
		want error
	}{
		{"empty", nil, Options{}, ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n "), Options{}, ErrEmpty},
		{"BOM only", []byte{0xEF, 0xBB, 0xBF, ' '}, Options{}, ErrEmpty},
		{"NUL bytes", []byte("<html>\x00\x00\x00</html>"), Options{}, ErrNotText},
		{"PNG", []byte("\x89PNG\r\n\x1a\nrest"), Options{}, ErrNotText},
		{"PDF", []byte("%PDF-1.7 binary"), Options{}, ErrNotText},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), Options{}, ErrNotText},
		{"over the cap", bytes.Repeat([]byte("a"), 101), Options{MaxBytes: 100}, ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Parse(bytes.NewReader(tc.in), Meta{}, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if res != nil {
				t.Errorf("result %+v with error", res)
			}
		})
	}
	// exactly at the cap is fine
	if _, err := Parse(bytes.NewReader(bytes.Repeat([]byte("a"), 100)), Meta{}, Options{MaxBytes: 100}); err != nil {
		t.Errorf("input at the cap: %v", err)
	}
}

func TestParseDefaultCap(t *testing.T) {
	r := io.MultiReader(strings.NewReader("<p>"), bytes.NewReader(bytes.Repeat([]byte("a"), DefaultMaxBytes)))
	if _, err := Parse(r, Meta{}, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("boom") }

func TestParseReadError(t *testing.T) {
	if _, err := Parse(failingReader{}, Meta{}, Options{}); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("err = %v", err)
	}
}

func TestNeverPanics(t *testing.T) {
	inputs := map[string]string{
		"deep nesting":   strings.Repeat("<div>", 100000) + "£5m for Leeds City Council" + strings.Repeat("</div>", 10),
		"deep tables":    strings.Repeat("<table><tr><td>", 5000) + "£5m",
		"unclosed":       "<html><body><p>£2m for <b>Leeds <i>City</b> Council</p",
		"invalid utf-8":  "<p>Leeds City Council has been awarded \xa3\xff\xfe 2m \xc3 for a park.</p>",
		"only tags":      "<html><head></head><body></body></html>",
		"script only":    "<script>var x = '£5m for Leeds';</script>",
		"amount soup":    strings.Repeat("£1,000,000,000,000,000,000 £9.9999999999bn $-5 £,, £. ", 50),
		"broken json":    `{"articleBody": "£5m for Leeds City Council", "title": `,
		"json article":   `{"title": "Grants", "body": "<p>Leeds City Council has been awarded £5m for a park.</p>", "published_at": "2020-05-01"}`,
		"periods":        "2016/17 2016-2017 FY2016/17 this financial year over the next 99999999999 years",
		"huge numbers":   "£99999999999999999999999999 for Leeds City Council",
		"lone surrogate": "<p>\xed\xa0\x80 £5m</p>",
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			res, err := Parse(strings.NewReader(in), Meta{}, Options{})
			if err != nil {
				return
			}
			checkResultShape(t, res)
		})
	}
}

// checkResultShape asserts invariants every result must satisfy.
func checkResultShape(t *testing.T, res *Result) {
	t.Helper()
	if res.Funds == nil || res.Rounds == nil || res.Limits == nil || res.Awards == nil {
		t.Fatalf("nil slice in %+v", res)
	}
	for _, a := range res.Awards {
		if a.Tranches == nil {
			t.Fatalf("nil tranches in %+v", a)
		}
		if a.Amount < 0 {
			t.Errorf("negative amount %+v", a)
		}
		if len(a.Tranches) > 0 {
			var sum int64
			for _, tr := range a.Tranches {
				sum += tr.Amount
			}
			if sum != a.Amount {
				t.Errorf("amount %d is not the sum of tranches %d", a.Amount, sum)
			}
		}
		checkEvidence(t, res, a.Evidence)
	}
	for _, r := range res.Rounds {
		checkEvidence(t, res, r.Evidence)
	}
	for _, l := range res.Limits {
		checkEvidence(t, res, l.Evidence)
	}
}

func checkEvidence(t *testing.T, res *Result, ev Evidence) {
	t.Helper()
	if ev.Offset < 0 || ev.Offset+len(ev.Text) > len(res.Text) || res.Text[ev.Offset:ev.Offset+len(ev.Text)] != ev.Text {
		t.Errorf("evidence %q not found at offset %d of Result.Text", ev.Text, ev.Offset)
	}
	if ev.Confidence <= 0 || ev.Confidence > 1 {
		t.Errorf("confidence %v out of range", ev.Confidence)
	}
	switch ev.Kind {
	case kindSentence, kindListItem, kindTableRow, kindHeading:
	default:
		t.Errorf("evidence kind %q", ev.Kind)
	}
}

func TestEmptySlicesMarshalAsArrays(t *testing.T) {
	res := parsePage(t, "<p>Nothing to see here.</p>", Meta{})
	b, _ := json.Marshal(res)
	for _, k := range []string{`"funds":[]`, `"rounds":[]`, `"limits":[]`, `"awards":[]`} {
		if !bytes.Contains(b, []byte(k)) {
			t.Errorf("JSON lacks %s: %s", k, b)
		}
	}
}

const chromePage = `<html><head><title>Grants | Site</title></head><body>
<div class="cookie-banner"><p>We use cookies. £5 off today.</p></div>
<nav><a href="/">Home</a> <a href="/x">£1bn plan</a></nav>
<article><h1>Parks grants</h1>
<p>Leeds City Council has been awarded £2m from the Parks Renewal Fund for play areas.</p>
<div class="share">Share on Twitter</div>
</article>
<aside><h2>Related stories</h2><ul><li>Bradford Council wins £3m for parks</li></ul></aside>
<footer>Copyright. Hull City Council receives £9m.</footer>
</body></html>`

func TestChromeExcludedAndTextDeterministic(t *testing.T) {
	var texts []string
	for i := 0; i < 3; i++ {
		res := parsePage(t, chromePage, Meta{URL: "https://example.org/a"})
		texts = append(texts, res.Text)
		if len(res.Awards) != 1 || res.Awards[0].Recipient != "Leeds City Council" || res.Awards[0].Amount != 2000000 || res.Awards[0].Fund != "Parks Renewal Fund" {
			t.Fatalf("awards = %+v", res.Awards)
		}
	}
	if texts[0] != texts[1] || texts[1] != texts[2] {
		t.Error("Result.Text differs between runs")
	}
	for _, chrome := range []string{"cookies", "Home", "Related", "Bradford", "Copyright", "Share on"} {
		if strings.Contains(texts[0], chrome) {
			t.Errorf("Result.Text contains chrome %q: %q", chrome, texts[0])
		}
	}
}

func TestSelectorsOverrideHeuristics(t *testing.T) {
	page := `<html><body><main><p>Main story: nothing awarded here, just a long paragraph of background about the weather and the roads and more and more text to make it longer than the box.</p></main>
<div class="box"><h3 class="hl">Grant news</h3><span class="when">3 March 2021</span><p>Hull City Council has been awarded £4m for a seafront.</p></div></body></html>`
	opts := Options{Selectors: Selectors{
		Content:   cascadia.MustCompile("div.box"),
		Title:     cascadia.MustCompile(".hl"),
		Published: cascadia.MustCompile(".when"),
	}}
	res, err := Parse(strings.NewReader(page), Meta{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "Grant news" || res.Published != "2021-03-03" {
		t.Errorf("title %q published %q", res.Title, res.Published)
	}
	if len(res.Awards) != 1 || res.Awards[0].Recipient != "Hull City Council" {
		t.Errorf("awards = %+v", res.Awards)
	}
	if strings.Contains(res.Text, "weather") {
		t.Errorf("text outside the selector: %q", res.Text)
	}
	// without selectors the heuristics pick <main>
	res, _ = Parse(strings.NewReader(page), Meta{}, Options{})
	if !strings.Contains(res.Text, "weather") {
		t.Errorf("heuristic text = %q", res.Text)
	}
}

func TestPlainTextAndJSONInput(t *testing.T) {
	txt := "Grants for parks\n\nPublished 4 May 2021\n\n- Leeds City Council: £2m for play areas\n- £1.5m for Hull City Council to plant trees\n"
	for _, meta := range []Meta{{ContentType: "text/plain; charset=utf-8"}, {URL: "https://example.org/a.txt"}, {URL: "/tmp/file.txt"}, {}} {
		res, err := Parse(strings.NewReader(txt), meta, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != "Grants for parks" || res.Published != "2021-05-04" || len(res.Awards) != 2 {
			t.Errorf("%+v: title %q published %q awards %+v", meta, res.Title, res.Published, res.Awards)
		}
	}
	js := `{"title": "Parks grants", "date": "2021-05-04T10:00:00Z", "content": {"rendered": "<p>Leeds City Council has been awarded £2m for play areas.</p>"}}`
	res := parsePage(t, js, Meta{URL: "https://example.org/wp-json/wp/v2/posts/1"})
	if res.Title != "Parks grants" || res.Published != "2021-05-04" || len(res.Awards) != 1 || res.Awards[0].Amount != 2000000 {
		t.Errorf("json: %+v", res)
	}
}

func TestConfiguredFundAliases(t *testing.T) {
	page := `<p>The PTF has awarded £2m to West Midlands Police. The police transformation fund is run by the Home Office.</p>`
	opts := Options{Funds: []Fund{{Name: "Police Transformation Fund", Aliases: []string{"PTF"}}}}
	res, err := Parse(strings.NewReader(page), Meta{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Funds) != 1 || res.Funds[0] != "Police Transformation Fund" {
		t.Errorf("funds = %v", res.Funds)
	}
	if len(res.Awards) != 1 || res.Awards[0].Fund != "Police Transformation Fund" || res.Awards[0].Recipient != "West Midlands Police" {
		t.Errorf("awards = %+v", res.Awards)
	}
}

func TestRelativePeriodNeedsADate(t *testing.T) {
	page := "<p>A total of £5m is available from the Parks Renewal Fund this financial year.</p>"
	res := parsePage(t, page, Meta{})
	if len(res.Limits) != 1 || res.Limits[0].Period != nil {
		t.Fatalf("undated page: limits %+v, want one with a null period", res.Limits)
	}
	res, _ = Parse(strings.NewReader(page), Meta{FetchedAt: time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)}, Options{})
	if len(res.Limits) != 1 || res.Limits[0].Period == nil || *res.Limits[0].Period != "2019/20" {
		t.Fatalf("fetched 2020-02-01: limits %+v, want period 2019/20", res.Limits)
	}
}

func TestLargeTableOfEqualGrants(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("<article><h2>Grants awarded</h2><table><tr><th>Organisation</th><th>Grant</th></tr>")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&sb, "<tr><td>Village Hall Number %d Trust</td><td>£5,000</td></tr>", i)
	}
	sb.WriteString("</table><p>Norfolk Constabulary has been awarded £7,000. Norfolk gets £7,000 for bikes.</p></article>")
	res := parsePage(t, sb.String(), Meta{})
	// 2000 distinct halls, and one Norfolk award mentioned twice
	if len(res.Awards) != 2001 {
		t.Fatalf("got %d awards, want 2001", len(res.Awards))
	}
}
