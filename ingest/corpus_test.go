package ingest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/fundwatch/fundwatch/store"
)

// corpusDir is ../shared/corpus beside the repository.
const corpusDir = "../../shared/corpus"

// TestCorpusFeed serves the shared corpus over HTTP and follows its Atom
// feed, whose entries link pages by relative path.
func TestCorpusFeed(t *testing.T) {
	if _, err := os.Stat(corpusDir + "/feed.atom"); err != nil {
		t.Skipf("shared corpus not present at %s (%v); testdata/feed.atom covers the feed kind", corpusDir, err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(corpusDir)))
	defer srv.Close()
	cfg := testConfig(t, "  - name: Police Transformation Fund\n    aliases: [PTF]\n"+sourcesYAML(`{name: corpus, kind: feed, url: "`+srv.URL+`/feed.atom"}`))
	e := newRunnerEnv(t, cfg)
	ctx := ctxT(t, 2*time.Minute)
	runs, err := e.r.RunSources(ctx, nil, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := runs[0]
	if r.Outcome != store.RunOK || r.PagesSeen == 0 || r.PagesFetched != r.PagesSeen || r.ItemsExtracted == 0 {
		t.Fatalf("corpus run: %+v", r)
	}
	n, _ := e.st.CountDocuments(ctx, "")
	if int(n) != r.PagesSeen {
		t.Fatalf("%d documents for %d entries", n, r.PagesSeen)
	}
	again, _ := e.r.RunSources(ctx, nil, RunOptions{})
	if again[0].PagesFetched != 0 || again[0].Outcome != store.RunOK {
		t.Fatalf("re-run fetched again: %+v", again[0])
	}
	t.Logf("corpus feed: %d entries, %d items extracted", r.PagesSeen, r.ItemsExtracted)
}
