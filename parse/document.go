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
}

// table is one HTML (or pipe-delimited text) table.
type table struct {
	caption string
	rows    []int // block indexes, in order
	context string
}

// document is the page reduced to its main content.
type document struct {
	title     string
	published string // YYYY-MM-DD or ""
	blocks    []block
	tables    []table
	text      string
}

// docBuilder accumulates blocks and the joined text.
type docBuilder struct {
	doc     document
	sb      strings.Builder
	lastHdr string // last heading text, used as table context
}

func (b *docBuilder) add(kind, text string, cells []string, tbl int) {
	text = collapse(text)
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
		if text == "" {
			return
		}
	}
	if b.sb.Len() > 0 {
		b.sb.WriteString("\n\n")
	}
	b.doc.blocks = append(b.doc.blocks, block{kind: kind, text: text, offset: b.sb.Len(), cells: cells, table: tbl})
	b.sb.WriteString(text)
	if kind == kindHeading {
		b.lastHdr = text
	}
}

func (b *docBuilder) finish() *document {
	b.doc.text = b.sb.String()
	return &b.doc
}

// collapse trims s and replaces every run of white space (including
// no-break spaces) with one space.
func collapse(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if prevSpace {
				clean = false
				break
			}
			prevSpace = true
			continue
		}
		if c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c >= 0x80 {
			clean = false
			break
		}
		prevSpace = false
	}
	if clean && !prevSpace {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			if r == '\u200b' || r == '\ufeff' {
				continue
			}
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}
