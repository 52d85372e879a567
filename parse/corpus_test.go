package parse

import (
	"os"
	"testing"
)

// sharedCorpus is the team's labelled corpus, relative to this package.
const sharedCorpus = "../../shared/corpus"

func TestSharedCorpus(t *testing.T) {
	if _, err := os.Stat(sharedCorpus); err != nil {
		t.Skipf("shared corpus not found at %s (%v); skipping the corpus evaluation", sharedCorpus, err)
	}
	rep, err := Evaluate(sharedCorpus, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep.WriteTo(testWriter{t})
	if err := rep.Check(Minimums{Award: 0.95, Round: 0.9, Limit: 0.9}); err != nil {
		t.Error(err)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
