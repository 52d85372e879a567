package parse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// benchPages loads the HTML pages of testdata and the sample
// announcements (and the shared corpus when present), the same set for
// every benchmark.
func benchPages(b *testing.B) [][]byte {
	b.Helper()
	var pages [][]byte
	for _, dir := range []string{"testdata", announcements, sharedCorpus} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.htm*"))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				pages = append(pages, data)
			}
		}
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	return pages
}

func totalLen(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkParse runs the full extractor over every page.
func BenchmarkParse(b *testing.B) {
	pages := benchPages(b)
	b.SetBytes(totalLen(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Parse(bytes.NewReader(p), Meta{}, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkGoqueryFloor is the floor: goquery's document parse alone over
// the same pages.
func BenchmarkGoqueryFloor(b *testing.B) {
	pages := benchPages(b)
	b.SetBytes(totalLen(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := goquery.NewDocumentFromReader(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseSize shows how time and allocations grow with page size:
// the same article body repeated 1, 4, 16 and 64 times in one page.
func BenchmarkParseSize(b *testing.B) {
	unit, err := os.ReadFile(filepath.Join(announcements, "ptf-2018-ukauthority.html"))
	if err != nil {
		b.Skip(err)
	}
	s := string(unit)
	i, j := strings.Index(s, `<div class="entry-content">`), strings.Index(s, `<div class="share">`)
	body := s[i:j]
	for _, n := range []int{1, 4, 16, 64} {
		// one article whose body is repeated n times, inside the page's
		// own chrome
		page := []byte(s[:i] + strings.Repeat(body, n) + s[j:])
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(page), Meta{}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestAllocationsGrowLinearly checks that allocations per repeated article
// body stay constant as the page grows (no quadratic behaviour).
func TestAllocationsGrowLinearly(t *testing.T) {
	unit, err := os.ReadFile(filepath.Join(announcements, "ptf-2018-ukauthority.html"))
	if err != nil {
		t.Skip(err)
	}
	s := string(unit)
	i, j := strings.Index(s, `<div class="entry-content">`), strings.Index(s, `<div class="share">`)
	allocs := func(n int) float64 {
		page := []byte(s[:i] + strings.Repeat(s[i:j], n) + s[j:])
		return testing.AllocsPerRun(3, func() {
			if _, err := Parse(bytes.NewReader(page), Meta{}, Options{}); err != nil {
				t.Fatal(err)
			}
		})
	}
	a8, a32 := allocs(8), allocs(32)
	perCopySmall, perCopyLarge := a8/8, a32/32
	if perCopyLarge > perCopySmall*1.25 {
		t.Errorf("allocations per copy grew from %.0f (8 copies) to %.0f (32 copies)", perCopySmall, perCopyLarge)
	}
}
