package parse

import (
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	dec2016 := time.Date(2016, 12, 1, 0, 0, 0, 0, time.UTC)
	mar2017 := time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC)
	apr2017 := time.Date(2017, 4, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		pub  time.Time
		want string
	}{
		{"in 2016/17", dec2016, "2016/17"},
		{"in 2016-17", dec2016, "2016/17"},
		{"in 2016–17", dec2016, "2016/17"},
		{"In 2016 to 2017, £76.4 million is available", dec2016, "2016/17"},
		{"the 2016-2017 allocation", dec2016, "2016/17"},
		{"FY2016/17", dec2016, "2016/17"},
		{"FY 2019-20", dec2016, "2019/20"},
		{"budgeted in fiscal 2028", dec2016, "2027/28"},
		{"the fiscal plan of 2028", dec2016, ""},
		{"financial year 1999/00", dec2016, "1999/00"},
		{"is available this financial year", dec2016, "2016/17"},
		{"this financial year", mar2017, "2016/17"},
		{"this financial year", apr2017, "2017/18"},
		{"in the current financial year", dec2016, "2016/17"},
		{"next year", dec2016, "2017/18"},
		{"the next financial year", dec2016, "2017/18"},
		{"the coming financial year", dec2016, "2017/18"},
		{"in the forthcoming financial year", dec2016, "2017/18"},
		{"the following financial year", dec2016, "2017/18"},
		{"last year", dec2016, "2015/16"},
		// not financial years
		{"2016/18", dec2016, ""},
		{"in 2016", dec2016, ""},
		{"call 2016 2017", dec2016, ""},
		{"this year", time.Time{}, ""},
		{"", dec2016, ""},
	}
	for _, tc := range tests {
		if got := parsePeriod(tc.in, tc.pub); got != tc.want {
			t.Errorf("parsePeriod(%q, %s) = %q, want %q", tc.in, tc.pub.Format("2006-01-02"), got, tc.want)
		}
	}
}

func TestPeriodAfterChains(t *testing.T) {
	// "the year after" follows the previous tranche, not the publication year
	s := "£726,000 in 2016-17 and £247,000 the year after"
	p, _, ok := periodAfter(s, len("£726,000"), 2018, 0)
	if !ok || p != 2016 {
		t.Fatalf("first tranche period = %d, %v", p, ok)
	}
	q, _, ok := periodAfter(s, len("£726,000 in 2016-17 and £247,000"), 2018, p)
	if !ok || q != 2017 {
		t.Fatalf("chained period = %d, %v; want 2017", q, ok)
	}
}

func TestSpanYears(t *testing.T) {
	for in, want := range map[string]int{
		"over the next 3 years":             3,
		"across two years":                  2,
		"over the next two financial years": 2,
		"spread over four years":            4,
		"over £1 million":                   0,
		"over the summer":                   0,
	} {
		if got := spanYears(in); got != want {
			t.Errorf("spanYears(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestFinancialYear(t *testing.T) {
	for _, tc := range []struct {
		d    time.Time
		want string
	}{
		{time.Date(2016, 4, 1, 0, 0, 0, 0, time.UTC), "2016/17"},
		{time.Date(2016, 3, 31, 0, 0, 0, 0, time.UTC), "2015/16"},
		{time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC), "1999/00"},
	} {
		if got := fyString(fyOf(tc.d)); got != tc.want {
			t.Errorf("fy(%s) = %s, want %s", tc.d.Format("2006-01-02"), got, tc.want)
		}
	}
}

// TestFiscalYearBeforeTo: "FY2029 to train welders" is FY2029 (2028/29)
// followed by a purpose; "FY2028 to 2029" is no single year.
func TestFiscalYearBeforeTo(t *testing.T) {
	if st, _, ok := explicitFYAt("FY2029 to train welders", 0); !ok || st != 2028 {
		t.Errorf("FY2029 to train: %d %v", st, ok)
	}
	if st, _, ok := explicitFYAt("FY2028 to 2029", 0); ok && st == 2027 {
		t.Errorf("FY2028 to 2029 read as one year")
	}
}

// "1 April 2026 to 31 March 2027", "April 2027 to March 2028": the UK
// financial year those dates bound; "April 2026 to March 2028" is two.
func TestAprilToMarchPeriod(t *testing.T) {
	for s, want := range map[string]int{
		"is available to councils for the period 1 April 2026 to 31 March 2027, to help": 2026,
		"has been allocated £4.3m for April 2027 to March 2028":                          2027,
		"runs from 1st April 2028 – 31st March 2029":                                     2028,
		"runs from April 2026 to March 2028":                                             0,
		"the April 2026 report":                                                          0,
	} {
		got, ok := findPeriod(s, 0)
		if want == 0 && ok || want != 0 && got != want {
			t.Errorf("%q: got %d, %v", s, got, ok)
		}
	}
}
