package store_test

import (
	"context"
	"testing"

	"github.com/fundwatch/fundwatch/store"
	"github.com/fundwatch/fundwatch/store/storetest"
)

func TestSaveDocumentIdempotent(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	d := &store.Document{URL: "https://example.org/a", ContentHash: store.ContentHash("hello"), Title: "A", Text: "hello"}
	got, err := s.SaveDocument(ctx, d)
	if err != nil || got != store.New {
		t.Fatalf("first save = %v, %v; want new", got, err)
	}
	d2 := *d
	got, err = s.SaveDocument(ctx, &d2)
	if err != nil || got != store.Unchanged {
		t.Fatalf("second save = %v, %v; want unchanged", got, err)
	}
	d3 := &store.Document{URL: d.URL, ContentHash: store.ContentHash("hello again"), Text: "hello again"}
	got, err = s.SaveDocument(ctx, d3)
	if err != nil || got != store.Changed {
		t.Fatalf("third save = %v, %v; want changed", got, err)
	}
	n, err := s.CountDocuments(ctx, d.URL)
	if err != nil || n != 2 {
		t.Fatalf("count = %d, %v; want 2 versions", n, err)
	}
}
