package parse

import (
	"strings"
	"testing"
)

// TestGoldenTestdata evaluates the extractor on the package's own golden
// pages (testdata/*.gold.json): other funds, layouts, encodings and
// negative pages, plus copies of most of the shared corpus.
func TestGoldenTestdata(t *testing.T) {
	rep, err := Evaluate("testdata", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	rep.WriteTo(&sb)
	t.Log("\n" + sb.String())
	for _, d := range rep.Docs {
		if d.Err != nil {
			t.Errorf("%s: %v", d.ID, d.Err)
		}
	}
	if err := rep.Check(Minimums{Award: 0.9, Round: 0.85, Limit: 0.85}); err != nil {
		t.Error(err)
	}
	if rep.DatesRight != rep.DatesTotal {
		t.Errorf("publication dates right for %d of %d pages", rep.DatesRight, rep.DatesTotal)
	}
}
