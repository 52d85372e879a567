package parse

import (
	"strings"
	"testing"
)

// announcements holds the repo's sample pages (most of the shared corpus,
// which the quick start ingests); they are golden pages too.
const announcements = "../testdata/announcements"

// TestGoldenTestdata evaluates the extractor on the package's own golden
// pages (testdata/*.gold.json: other funds, layouts, encodings and
// negative pages) and on the repo's sample announcements.
func TestGoldenTestdata(t *testing.T) {
	for _, dir := range []string{"testdata", announcements} {
		t.Run(dir, func(t *testing.T) { checkGolden(t, dir) })
	}
}

func checkGolden(t *testing.T, dir string) {
	rep, err := Evaluate(dir, Options{})
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
