package parse

import (
	"os"
	"path/filepath"
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

// TestEvaluateReadsFeeds: a key beside an Atom or RSS feed is scored on
// the feed, not reported as a key without a page.
func TestEvaluateReadsFeeds(t *testing.T) {
	dir := t.TempDir()
	feed := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Trust news</title><updated>2028-06-12T09:00:00Z</updated>
<entry><title>Harbour Fund grants</title><updated>2028-06-12T09:00:00Z</updated><content type="html">&lt;p&gt;Kilkee Lifeboat Station Support Group has been awarded £45,500 from the Harbour Fund.&lt;/p&gt;</content></entry>
</feed>`
	key := `{"id": "f1", "url": "https://example.org/feed.atom", "published": "2028-06-12", "funds": ["Harbour Fund"], "rounds": [], "limits": [],
 "awards": [{"fund": "Harbour Fund", "round": null, "recipient": "Kilkee Lifeboat Station Support Group", "amount": 45500, "currency": "GBP", "qualifier": null, "tranches": [], "purpose": null}]}`
	for _, ext := range []string{".atom", ".rss", ".xml"} {
		sub := filepath.Join(dir, ext[1:])
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, "f1"+ext), []byte(feed), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, "f1.gold.json"), []byte(key), 0o644); err != nil {
			t.Fatal(err)
		}
		rep, err := Evaluate(sub, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Docs) != 1 || rep.Docs[0].Err != nil || rep.Awards.TP != 1 {
			var sb strings.Builder
			rep.WriteTo(&sb)
			t.Errorf("%s: %s", ext, sb.String())
		}
	}
}
