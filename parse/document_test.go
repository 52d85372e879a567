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

// TestEnsureTitleBlockMatchesReAdding checks ensureTitleBlock's shortcut
// (shift the offsets) against adding every block again behind the title.
func TestEnsureTitleBlockMatchesReAdding(t *testing.T) {
	build := func() *docBuilder {
		b := &docBuilder{}
		b.add(kindParagraph, "• • Cardiff Council – £1.2m", nil, -1)
		b.add(kindHeading, "Winners", nil, -1)
		b.add(kindParagraph, "- Leeds  gets\u00a0£2m", nil, -1)
		b.add(kindTableRow, "A |  | £5", []string{"A", "", "£5"}, 0)
		b.add(kindListItem, "* x", nil, -1)
		for i := 0; i < 8; i++ {
			b.add(kindParagraph, "filler", nil, -1)
		}
		b.doc.tables = []table{{rows: []int{3}}}
		b.doc.title = "The  headline"
		return b
	}
	got := build()
	ensureTitleBlock(got)
	old := build()
	want := &docBuilder{}
	want.add(kindHeading, old.doc.title, nil, -1)
	for _, bl := range old.doc.blocks {
		want.add(bl.kind, bl.text, bl.cells, bl.table)
	}
	if g, w := got.finish().text, want.finish().text; g != w {
		t.Fatalf("text %q, want %q", g, w)
	}
	if len(got.doc.blocks) != len(want.doc.blocks) {
		t.Fatalf("%d blocks, want %d", len(got.doc.blocks), len(want.doc.blocks))
	}
	for i := range want.doc.blocks {
		g, w := got.doc.blocks[i], want.doc.blocks[i]
		if g.kind != w.kind || g.text != w.text || g.offset != w.offset || g.table != w.table || len(g.cells) != len(w.cells) {
			t.Errorf("block %d = %+v, want %+v", i, g, w)
		}
	}
	if got.doc.tables[0].rows[0] != 4 {
		t.Errorf("table row index %d, want 4", got.doc.tables[0].rows[0])
	}
}
