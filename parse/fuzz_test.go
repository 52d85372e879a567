package parse

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func FuzzAmount(f *testing.F) {
	for _, s := range []string{"£1,250,000", "£2.9m", "more than £26 million", "£10-20m", "between £1m and £2m",
		"4.8 million pounds", "US$250,000", "€75k", "£5,000 to £10,000", "2016/17", "£9999999999999999bn", "£1,2,3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, m := range scanAmounts(s) {
			if m.QStart > m.Start || m.Start >= m.End || m.End > len(s) || m.Start < prevEnd {
				t.Fatalf("bad span %+v in %q", m, s)
			}
			if m.Value < 0 || m.Value > maxAmount || m.Min < 0 || m.Min > m.Value {
				t.Fatalf("bad value %+v in %q", m, s)
			}
			if !map[string]bool{"GBP": true, "USD": true, "EUR": true, "CAD": true, "AUD": true, "NZD": true}[m.Currency] {
				t.Fatalf("bad currency %+v", m)
			}
			prevEnd = m.End
		}
	})
}

func FuzzPeriod(f *testing.F) {
	for _, s := range []string{"2016/17", "2016 to 2017", "FY2016/17", "this financial year", "the following year",
		"over the next 3 years", "1999-00", "2016-2017", "next financial year and the year after"} {
		f.Add(s, int64(1480550400))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		pub := time.Unix(unix%(1<<34), 0).UTC()
		p := parsePeriod(s, pub)
		if p != "" && (len(p) != 7 || p[4] != '/') {
			t.Fatalf("parsePeriod(%q) = %q", s, p)
		}
		_ = spanYears(asciiLower(s))
		for i := 0; i < len(s) && i < 64; i++ {
			if st, e, ok := periodAfter(s, i, 2016, 2015); ok && (e < i || e > len(s) || st < 1800) {
				t.Fatalf("periodAfter(%q, %d) = %d, %d", s, i, st, e)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*")
	more, _ := filepath.Glob(filepath.Join(announcements, "*"))
	paths = append(paths, more...)
	for _, p := range paths {
		if filepath.Ext(p) == ".json" && filepath.Ext(p[:len(p)-5]) == ".gold" {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		// Seed with the main text of each page rewrapped as small HTML, so
		// that mutation and minimisation stay fast; keep a few whole pages.
		if len(b) < 7000 {
			f.Add(b, "")
			continue
		}
		if res, err := Parse(bytes.NewReader(b), Meta{URL: p}, Options{}); err == nil {
			f.Add([]byte("<article><p>"+strings.ReplaceAll(res.Text, "\n\n", "</p><p>")+"</p></article>"), "text/html")
		}
	}
	f.Add([]byte("<p>Leeds City Council has been awarded £2m.</p>"), "text/html; charset=windows-1252")
	f.Add([]byte("Plain £5m for Hull City Council"), "text/plain")
	f.Fuzz(func(t *testing.T, data []byte, ct string) {
		type out struct {
			res *Result
			err error
		}
		done := make(chan out, 1)
		go func() {
			res, err := Parse(bytes.NewReader(data), Meta{ContentType: ct}, Options{MaxBytes: 1 << 20})
			done <- out{res, err}
		}()
		select {
		case o := <-done:
			if errors.Is(o.err, ErrInternal) {
				t.Fatalf("Parse recovered from a bug: %v", o.err)
			}
			if o.err == nil {
				checkResultShape(t, o.res)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("Parse took over 5s on %d bytes (content type %q)", len(data), ct)
		}
	})
}

// TestFundNameOpeningWithIn: a sentence whose first word is "in" before
// a capitalised fund head once indexed the word before the first (found
// by FuzzParse).
func TestFundNameOpeningWithIn(t *testing.T) {
	if _, err := Parse(strings.NewReader("in Grants<p>Schemes t s share£4££<>Researchers k y receive£ secure around£2"), Meta{}, Options{}); err != nil {
		t.Fatal(err)
	}
}
