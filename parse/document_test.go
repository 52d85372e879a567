package parse

import "testing"

func TestCollapse(t *testing.T) {
	for in, want := range map[string]string{
		"£5m for Leeds":      "£5m for Leeds",
		"a\u00a0b":           "a b",
		"a  \n\t b":          "a b",
		" a ":                "a",
		"a\u200bb":           "ab",
		"é ü":                "é ü",
		"x\xffy":             "x y",
		"a\u2009b":           "a b",
		"a\ufeffb":           "ab",
		"":                   "",
		"Caf\u00e9 \u00a3 1": "Café £ 1",
	} {
		if got := collapse(in); got != want {
			t.Errorf("collapse(%q) = %q, want %q", in, got, want)
		}
	}
}
