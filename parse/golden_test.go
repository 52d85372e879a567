package parse

import (
	"os"
	"path/filepath"
	"strconv"
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

// TestEvaluateCounts: a round found with the key's total is checked for
// its project count too, and the report says how many counts were right.
func TestEvaluateCounts(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Harbour Fund grants</title></head><body><article><p>Three groups share £30,000 from the Harbour Fund.</p></article></body></html>`
	key := func(id string, projects int) string {
		return `{"id": "` + id + `", "url": "https://example.org/` + id + `", "published": null, "funds": ["Harbour Fund"],
 "rounds": [{"fund": "Harbour Fund", "round": null, "total": 30000, "currency": "GBP", "projects": ` + strconv.Itoa(projects) + `}], "limits": [], "awards": []}`
	}
	for id, projects := range map[string]int{"right": 3, "wrong": 5} {
		if err := os.WriteFile(filepath.Join(dir, id+".html"), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, id+".gold.json"), []byte(key(id, projects)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := Evaluate(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rounds.TP != 2 || rep.CountsRight != 1 || rep.CountsTotal != 2 {
		t.Errorf("rounds %+v, counts %d of %d", rep.Rounds, rep.CountsRight, rep.CountsTotal)
	}
	var sb strings.Builder
	rep.WriteTo(&sb)
	if !strings.Contains(sb.String(), "counts  1/2 project counts right") {
		t.Errorf("report:\n%s", sb.String())
	}
}

// TestParseIsDeterministic parses every page of the package's testdata
// and the sample announcements several times: the output must not change
// from run to run (map order once chose a converted page's content), and
// the first result must keep every invariant checkResultShape checks.
func TestParseIsDeterministic(t *testing.T) {
	var pages []string
	for _, pat := range []string{"testdata/*.htm*", "testdata/*.txt", announcements + "/*.htm*"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, m...)
	}
	if len(pages) < 20 {
		t.Fatalf("only %d pages found", len(pages))
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		first := ""
		for k := range 5 {
			r, err := Parse(strings.NewReader(string(b)), Meta{URL: "https://example.org/" + filepath.Base(p)}, Options{})
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if k == 0 {
				checkResultShape(t, r) // every item's evidence quotes the page at its offset
			}
			var sb strings.Builder
			if err := r.WriteText(&sb); err != nil {
				t.Fatal(err)
			}
			if k == 0 {
				first = sb.String()
			} else if sb.String() != first {
				t.Errorf("%s: run %d differs from the first", p, k+1)
				break
			}
		}
	}
}
