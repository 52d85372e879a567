package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block kinds, also used as Evidence.Kind.
const (
	kindHeading   = "heading"
	kindParagraph = "paragraph"
	kindListItem  = "list-item"
	kindTableRow  = "table-row"
	kindSentence  = "sentence"
)

// block is one unit of main text: a heading, paragraph, list item or table
// row. Table rows keep their cells.
type block struct {
	kind   string
	text   string
	offset int // byte offset in document.text
	cells  []string
	table  int // index into document.tables for table rows, -1 otherwise
	// item numbers the list item (<li>) the block is in, from 1; 0 when
	// it is in none. Blocks of one item share it: a participant's name,
	// country and "Net EU contribution: € 1 412 500,00" each in a <div>.
	item int
	// heads holds, for a table row whose cells break a line ("Eskvale
	// Hospice at Home<br><i>Night-sitting service</i>"), each cell's
	// first line ("" for a cell with one); nil for rows without.
	heads []string
	// total marks a table row its markup calls a total ("...row--total"),
	// whatever its label: "Midlands and East | 46,457,000 | 49,081,000"
	total bool
}

// head returns cell i's first line when the cell breaks a line, else the
// whole cell.
func (b block) head(i int) string {
	if i < len(b.heads) && b.heads[i] != "" {
		return b.heads[i]
	}
	return b.cells[i]
}

// table is one HTML (or pipe-delimited text) table.
type table struct {
	caption string
	rows    []int // block indexes, in order
	context string
	// lead is the short line just before the table ("Table 2:
	// Applications not recommended"), read for refusals only.
	lead string
	// totals are the rows (indexes into the rows added) marked as totals
	// by their markup: <tr class="govuk-table__row--total">
	totals []int
}

// document is the page reduced to its main content.
type document struct {
	title     string
	site      string // the publisher: og:site_name, or the <title> with the headline
	published string // YYYY-MM-DD or ""
	locale    string // the page's language and country: "en-AU", "en_NZ", or ""
	blocks    []block
	tables    []table
	text      string
	// entries: a feed, whose headings each open an entry of its own
	// (funds, rounds and recipients do not carry from one to the next)
	entries bool
}

// docBuilder accumulates blocks and the joined text.
type docBuilder struct {
	doc document
	// n is the length of the joined text so far: the blocks keep their
	// texts, and finish joins them once, at its exact size
	n       int
	lastHdr string // last heading text, used as table context
	item    int    // the list item blocks are added in (block.item)
}

func (b *docBuilder) add(kind, text string, cells []string, tbl int) {
	b.addCollapsed(kind, collapse(text), cells, tbl)
}

// addCollapsed is add for text that is already collapse's output
// (collapse is idempotent, so add would only scan it again).
func (b *docBuilder) addCollapsed(kind, text string, cells []string, tbl int) {
	if text == "" {
		return
	}
	if kind == kindParagraph {
		// "• Cardiff Council – £1.2m" written as a paragraph or line
		for _, m := range []string{"• ", "· ", "▪ ", "◦ ", "* ", "- "} {
			if strings.HasPrefix(text, m) {
				text, kind = strings.TrimSpace(text[len(m):]), kindListItem
				break
			}
		}
		if n := symbolBullet(text); n > 0 {
			// "✅ Brackley Mill Night Buses CIC – £72k", "👉 ..."
			text, kind = text[n:], kindListItem
		} else if n := letterMarker(text); n > 0 {
			// "(a) £75,000 to Castlebrook Foodbank Network towards ...":
			// a lettered item of a resolution
			text, kind = text[n:], kindListItem
		}
		if text == "" {
			return
		}
	}
	if b.n > 0 {
		b.n += len("\n\n")
	}
	b.doc.blocks = append(b.doc.blocks, block{kind: kind, text: text, offset: b.n, cells: cells, table: tbl, item: b.item})
	b.n += len(text)
	if kind == kindHeading {
		b.lastHdr = text
	}
}

// leadLine returns the last block's text when it is a short paragraph or
// heading, as the line introducing what comes next.
func (b *docBuilder) leadLine() string {
	if n := len(b.doc.blocks); n > 0 {
		// a short line, or a longer one that introduces the table
		// ("The following applications were deferred ...:")
		if l := b.doc.blocks[n-1]; l.kind != kindTableRow && (len(l.text) <= 160 || len(l.text) <= 300 && strings.HasSuffix(l.text, ":")) {
			return l.text
		}
	}
	return ""
}

func (b *docBuilder) finish() *document {
	var sb strings.Builder
	sb.Grow(b.n)
	for i, bl := range b.doc.blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(bl.text)
	}
	b.doc.text = sb.String()
	return &b.doc
}

// collapse trims s and replaces every run of white space (including
// no-break spaces) with one space.
func collapse(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x80 {
			prevSpace = false // printable ASCII, the common case
			continue
		}
		if c == ' ' {
			if prevSpace {
				clean = false
				break
			}
			prevSpace = true
			continue
		}
		if c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			clean = false
			break
		}
		if c >= 0x80 {
			if unusualSpaceAt(s, i) {
				clean = false
				break
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			if size <= 1 {
				clean = false
				break
			}
			i += size - 1
		}
		prevSpace = false
	}
	if clean && !prevSpace {
		return s
	}
	return collapseSlow(s)
}

// unusualSpaceAt reports a non-ASCII space, zero-width character, BOM or
// invalid byte at s[i] (c >= 0x80), which collapse must normalise.
func unusualSpaceAt(s string, i int) bool {
	c := s[i]
	switch {
	case c == 0xC2:
		return i+1 >= len(s) || s[i+1] == 0xA0 || s[i+1] == 0x85 || s[i+1] < 0x80 || s[i+1] > 0xBF
	case c == 0xE2:
		return i+2 >= len(s) || s[i+1] == 0x80 && (s[i+2] <= 0x8B || s[i+2] == 0xA8 || s[i+2] == 0xA9 || s[i+2] == 0xAF) || s[i+1] == 0x81 && s[i+2] == 0x9F
	case c == 0xE3:
		return i+2 >= len(s) || s[i+1] == 0x80 && s[i+2] == 0x80
	case c == 0xEF:
		return i+2 >= len(s) || s[i+1] == 0xBB && s[i+2] == 0xBF || s[i+1] == 0xBF && s[i+2] == 0xBD
	case c == 0xE1:
		return i+2 >= len(s) || s[i+1] == 0x9A && s[i+2] == 0x80
	case c < 0xC2 || c > 0xF4:
		return true // stray continuation or invalid lead byte
	}
	return false
}

// symbolBullet returns the length of a run of pictographs used as a list
// marker at the start of text ("✅ ", "➡️ ", "🔹 "), with the space after
// it, or 0. Marks that belong to the text (©, ®, ™, °) are no markers.
func symbolBullet(text string) int {
	i := 0
	for i < len(text) && text[i] >= 0x80 {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.Is(unicode.So, r) && r != 0xFE0F && r != 0x200D || r == '©' || r == '®' || r == '™' || r == '°' {
			return 0
		}
		i += n
	}
	if i == 0 || i >= len(text) || text[i] != ' ' {
		return 0
	}
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// letterMarker returns the length of a lettered or roman item marker
// opening text, "(a) ", "(iv) ", "b) ", with its space; 0 when none.
func letterMarker(text string) int {
	i := 0
	if strings.HasPrefix(text, "(") {
		i = 1
	}
	j := i
	for j < len(text) && j-i < 4 && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	if j == i || j+1 >= len(text) || text[j] != ')' || text[j+1] != ' ' {
		return 0
	}
	if m := text[i:j]; len(m) > 1 && strings.Trim(m, "ivxl") != "" {
		return 0 // "(see) ": a word, not a marker
	}
	return j + 2
}
