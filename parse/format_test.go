package parse

import (
	"strings"
	"testing"
)

func TestWriteText(t *testing.T) {
	page := `<article><h1>Grants</h1><p>Published 1 December 2016.</p>
<p>Merseyside Police has been awarded £350,000 in 2016/17 with a further £227,000 the following year for an IT system, from the Police Transformation Fund.</p></article>`
	res, err := Parse(strings.NewReader(page), Meta{URL: "https://example.org/a"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	if err := res.WriteText(&sb); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	for _, want := range []string{
		"published: 2016-12-01",
		"award to Merseyside Police: £577,000 from Police Transformation Fund",
		"2016/17: £350,000",
		"2017/18: £227,000",
		`sentence @`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestGroupDigits(t *testing.T) {
	for v, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1250000: "1,250,000", -5000: "-5,000"} {
		if got := groupDigits(v); got != want {
			t.Errorf("groupDigits(%d) = %q, want %q", v, got, want)
		}
	}
}
