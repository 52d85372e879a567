package parse

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A PDF converted to HTML line by line (poppler's pdftohtml, pdf2htmlEX)
// places every line of the page on its own: a <p
// style="position:absolute;top:175px;left:188px"> or a <div class="t x2
// y7 ...">, with no paragraphs and no table markup. posLine is one such
// line: row and col say where it sits (the same row for the cells of a
// table's row), left orders the columns where the converter gives it.
type posLine struct {
	row, col string
	left     int
	text     string
	font     string // the converter's font class: a heading's differs
}

// minPositionedRun is how many placed lines in a row make a converted
// page worth rebuilding; fewer are a page's own layout.
const minPositionedRun = 8

// positionedLine reads where n sits when it is a converted PDF's line.
func positionedLine(n *html.Node) (posLine, bool) {
	if n.Type != html.ElementNode {
		return posLine{}, false
	}
	switch n.DataAtom {
	case atom.P:
		// <p style="position:absolute;top:135px;left:72px">, or the
		// position in a class: <p class="t" style="top:135px;left:72px">
		st := strings.ReplaceAll(attr(n, "style"), " ", "")
		if !strings.Contains(st, "position:absolute") && attr(n, "class") == "" {
			return posLine{}, false
		}
		return placedLine(st, attr(n, "class"))
	case atom.Div:
		if st := strings.ReplaceAll(attr(n, "style"), " ", ""); strings.Contains(st, "position:absolute") && !holdsElement(n, 1, atom.Div, atom.P, atom.Table, atom.Ul, atom.Img) {
			// <div style="position:absolute;top:130px;left:96px"
			// class="ft17">: a converter's line as a div
			if l, ok := placedLine(st, attr(n, "class")); ok {
				return l, true
			}
		}
		cls := strings.Fields(attr(n, "class"))
		if len(cls) > 0 && cls[0] == "t" && len(cls) < 3 {
			// <div class="t h2" style="top:371px;left:72px">: a line
			// placed by its style alone
			return placedLine(strings.ReplaceAll(attr(n, "style"), " ", ""), attr(n, "class"))
		}
		if len(cls) < 3 || cls[0] != "t" {
			return posLine{}, false
		}
		var l posLine
		for _, c := range cls[1:] {
			switch {
			case len(c) > 1 && c[0] == 'y' && positionSuffix(c[1:]):
				l.row = c
			case len(c) > 1 && c[0] == 'x' && positionSuffix(c[1:]):
				l.col = c
				l.left = -1
			case strings.HasPrefix(c, "ff") || strings.HasPrefix(c, "fs"):
				l.font += c
			}
		}
		if l.row == "" {
			// <div class="t ff1 x3" style="top:354px">: the line's
			// height given in its style rather than a class
			st := strings.ReplaceAll(attr(n, "style"), " ", "")
			if top := cssPixels(st, "top:"); top >= 0 {
				l.row = "top" + strconv.Itoa(top)
			} else if bottom := cssPixels(st, "bottom:"); bottom >= 0 {
				l.row = "bottom" + strconv.Itoa(bottom) // pdf2htmlEX measures from the page's foot
			}
		}
		return l, l.row != "" && l.col != ""
	}
	return posLine{}, false
}

// placedLine reads a line's place from the top and left of its style
// (spaces removed).
func placedLine(style, class string) (posLine, bool) {
	top, left := cssPixels(style, "top:"), cssPixels(style, "left:")
	if top < 0 || left < 0 {
		return posLine{}, false
	}
	return posLine{row: strconv.Itoa(top), col: strconv.Itoa(left), left: left, font: class}, true
}

// cssPixels reads "top:175px" from a style with its spaces removed, or
// -1.
func cssPixels(style, key string) int {
	k := strings.Index(style, key)
	if k < 0 {
		return -1
	}
	v := style[k+len(key):]
	e := 0
	for e < len(v) && isDigit(v[e]) {
		e++
	}
	if e == 0 {
		return -1
	}
	n, _ := strconv.Atoi(v[:e])
	return n
}

// positionSuffix reports pdf2htmlEX's position-class suffix: lowercase hex,
// or other lowercase letters and digits where a converter numbers its
// classes on past "f" ("yg", "yz").
func positionSuffix(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && (c < 'a' || c > 'z') {
			return false
		}
	}
	return s != ""
}

// positionedRun rebuilds a converted page's lines: a line of one cell
// runs on into the next as prose (a hyphen at a line's end joins the
// word), lines that share a row are a table's row, and the rows of two or
// more cells that follow one another are a table whose first row heads
// it. Rows with fewer cells and no figures continue the row above (a
// name or a purpose wrapped onto a second line).
func (w *walker) positionedRun(lines []posLine, depth int) {
	type row struct{ cells []posLine }
	var rows []row
	// sameRow finds the row c belongs to: the last row, or one of the two
	// before it when a converter gives a cell's wrapped line before the
	// next cell of its row ("Kererū Point Surf Life Saving" at 578px,
	// "Club" at 597px, then "New inflatable rescue boat" at 578px) and c's
	// column is still free there.
	sameRow := func(rows []row, c posLine) int {
		for k := len(rows) - 1; k >= 0 && k >= len(rows)-3; k-- {
			if rows[k].cells[0].row != c.row {
				continue
			}
			if k == len(rows)-1 {
				return k
			}
			for _, o := range rows[k].cells {
				if o.col == c.col {
					return -1
				}
			}
			return k
		}
		// A converter that gives a table column by column ("Recipient"
		// and the names under it, then "Scheme" and its cells, ...): a
		// line further right than every cell of an earlier row at its
		// height joins that row
		if c.left < 0 {
			return -1
		}
		for k := len(rows) - 4; k >= 0 && k >= len(rows)-40; k-- {
			if rows[k].cells[0].row != c.row {
				continue
			}
			for _, o := range rows[k].cells {
				if o.left < 0 || o.left >= c.left {
					return -1
				}
			}
			return k
		}
		return -1
	}
	for _, l := range lines {
		cells := []posLine{l}
		if raw := strings.ReplaceAll(l.text, "\u00a0", " "); strings.Contains(strings.TrimSpace(raw), "   ") {
			// "Corrinford County Council        963,458": one placed line
			// that sets its columns apart with spaces (but "2.3   A grant
			// of up to £3.2 million has been approved to": a numbered
			// point's number, spaced from its text)
			parts := splitSpaced(raw)
			if len(parts) == 2 && numberedPoint(parts[0]+" ") && strings.Count(parts[1], " ") >= 4 {
				l.text = parts[0] + " " + parts[1]
				cells[0] = l
				parts = nil
			} else {
				cells = cells[:0]
			}
			for k, part := range parts {
				c := l
				c.text, c.col, c.left = part, l.col+"#"+strconv.Itoa(k), -1
				cells = append(cells, c)
			}
		}
		for _, c := range cells {
			c.text = collapse(c.text)
			if c.text == "" || pageFooter(c.text) {
				continue
			}
			if k := sameRow(rows, c); k >= 0 {
				rows[k].cells = append(rows[k].cells, c)
				continue
			}
			rows = append(rows, row{cells: []posLine{c}})
		}
	}
	var para strings.Builder
	paraFont := ""
	endPara := func() {
		if para.Len() > 0 {
			w.b.add(kindParagraph, para.String(), nil, -1)
			para.Reset()
		}
	}
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if cont := w.continuesTable(r.cells); cont != nil || len(r.cells) >= 2 && i+1 < len(rows) && len(rows[i+1].cells) >= 2 {
			// a table: this row heads it, the rows of several cells after
			// it (and the wrapped lines between them) are its rows; or,
			// on the next page, the rows go on under the head before
			endPara()
			head, first := r.cells, i+1
			if cont != nil {
				head, first = cont, i
			}
			j := first
			for j < len(rows) && (len(rows[j].cells) >= 2 || len(rows[j].cells) == 1 && j+1 < len(rows) && len(rows[j+1].cells) >= 2 && !strings.ContainsAny(rows[j].cells[0].text, "0123456789")) {
				j++
			}
			if j > first && j < len(rows) && wrappedCell(rows[j].cells, head) && rows[j].cells[0].font == rows[j-1].cells[0].font {
				j++ // the last row's name, wrapped onto a line of its own
			}
			body := make([][]posLine, 0, j-first)
			for _, rr := range rows[first:j] {
				if len(body) > 0 && len(rr.cells) < len(head) && !strings.ContainsAny(cellsText(rr.cells), "0123456789£$€") {
					// "Centre" under "Assiniboine Crossing Friendship":
					// the row above goes on
					prev := body[len(body)-1]
					for _, c := range rr.cells {
						if k := columnOf(prev, c); k >= 0 {
							prev[k].text = joinWrapped(prev[k].text, c.text)
						}
					}
					continue
				}
				body = append(body, rr.cells)
			}
			w.table(positionedTable(head, body), depth)
			w.posHead = head
			i = j - 1
			continue
		}
		t := cellsText(r.cells)
		if para.Len() > 0 && (r.cells[0].font != paraFont || bulletPrefix(t) > 0 || numberedPoint(t)) {
			endPara() // a heading's line, or the text under it; a list's item
		}
		paraFont = r.cells[0].font
		if para.Len() > 0 {
			prev := para.String()
			switch {
			case strings.HasSuffix(prev, "-"):
				// "seek-" / "ing a total": one word; "Kisalföld-" /
				// "Nord": one name
				para.Reset()
				para.WriteString(joinWrapped(prev, t))
				continue
			case strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!"):
				endPara()
			default:
				para.WriteByte(' ')
			}
		}
		para.WriteString(t)
	}
	endPara()
}

// continuesTable returns the head of the table a converted page's last
// table had when row goes on with it on the next page: a row with a
// figure cell whose cells all sit in that head's columns (a head repeated over the
// page is a head again). It returns nil otherwise.
func (w *walker) continuesTable(row []posLine) []posLine {
	if w.posHead == nil || len(row) < 2 || cellsText(row) == cellsText(w.posHead) {
		return nil
	}
	figure := false
	for _, c := range row {
		// "27,650", "£1,250,000": a cell that is a figure alone
		figure = figure || len(c.text) >= 3 && strings.Trim(c.text, "0123456789,.£$€ ") == "" && strings.ContainsAny(c.text, "0123456789")
	}
	if !figure {
		return nil
	}
	for _, c := range row {
		found := false
		for _, h := range w.posHead {
			found = found || h.col == c.col
		}
		if !found {
			return nil
		}
	}
	return w.posHead
}

// wrappedCell reports a lone short line under a converted table's first
// column, no sentence and no figure: the rest of the last row's name
// ("Matairangi Kindergarten" / "Trust"), not the prose after the table
// (nor, in a font of its own, a heading).
func wrappedCell(cells, head []posLine) bool {
	if len(cells) != 1 || len(head) < 2 {
		return false
	}
	t := cells[0].text
	return columnOf(head, cells[0]) == 0 && len(strings.Fields(t)) <= 4 && !strings.ContainsAny(t, "0123456789.:;!?")
}

// joinWrapped joins a cell's line to the next it wraps onto: "Regional
// Development Agency Kisalföld-" and "Nord" keep their hyphen, "seek-"
// and "ing" are one word, other lines (and a spaced dash, "Trust -")
// join with a space.
func joinWrapped(a, b string) string {
	if strings.HasSuffix(a, "-") && !strings.HasSuffix(a, " -") && b != "" {
		if b[0] >= 'a' && b[0] <= 'z' {
			return a[:len(a)-1] + b
		}
		return a + b
	}
	return a + " " + b
}

// positioned rebuilds the run of placed lines that starts at first, when
// there is one long enough, and returns the last node it took.
func (w *walker) positioned(first *html.Node, depth int) (*html.Node, bool) {
	if _, ok := positionedLine(first); !ok {
		return nil, false
	}
	var lines []posLine
	last := first
	for c := first; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
			continue
		}
		l, ok := positionedLine(c)
		if !ok {
			break
		}
		l.text = textOf(c)
		lines = append(lines, l)
		last = c
	}
	if len(lines) < minPositionedRun {
		return nil, false
	}
	w.flush()
	w.positionedRun(lines, depth)
	return last, true
}

// splitSpaced splits a line at its runs of three or more spaces.
func splitSpaced(t string) []string {
	var out []string
	for _, f := range strings.Split(strings.TrimSpace(t), "   ") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// cellsText joins a row's cells.
func cellsText(cells []posLine) string {
	if len(cells) == 1 {
		return cells[0].text
	}
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = c.text
	}
	return strings.Join(parts, " ")
}

// columnOf finds the cell of row that c sits under: the same column, or
// where the converter gives positions, the last that starts at or before
// it.
func columnOf(row []posLine, c posLine) int {
	best := -1
	for k, p := range row {
		if p.col == c.col {
			return k
		}
		if c.left >= 0 && p.left >= 0 && p.left <= c.left {
			best = k
		}
	}
	return best
}

// positionedTable builds the <table> a converted page's rows stand for.
func positionedTable(head []posLine, body [][]posLine) *html.Node {
	t := &html.Node{Type: html.ElementNode, Data: "table", DataAtom: atom.Table}
	addRow := func(cells []string, tag atom.Atom) {
		tr := &html.Node{Type: html.ElementNode, Data: "tr", DataAtom: atom.Tr}
		for _, c := range cells {
			td := &html.Node{Type: html.ElementNode, Data: tag.String(), DataAtom: tag}
			td.AppendChild(&html.Node{Type: html.TextNode, Data: c})
			tr.AppendChild(td)
		}
		t.AppendChild(tr)
	}
	hs := make([]string, len(head))
	for k, h := range head {
		hs[k] = h.text
	}
	addRow(hs, atom.Th)
	for _, cells := range body {
		row := make([]string, len(head))
		next := 0
		for _, c := range cells {
			k := columnOf(head, c)
			if k < 0 || row[k] != "" {
				// a column the head row does not have: the next free one
				for k = next; k < len(row) && row[k] != ""; k++ {
				}
			}
			if k >= len(row) {
				continue
			}
			if row[k] != "" {
				row[k] += " "
			}
			row[k] += c.text
			next = k + 1
		}
		addRow(row, atom.Td)
	}
	return t
}

// numberedPoint reports a line that opens a numbered point: "2.1 In
// line with ...", "3. Press enquiries".
func numberedPoint(t string) bool {
	i := 0
	for i < len(t) && (isDigit(t[i]) || t[i] == '.' && i > 0) {
		i++
	}
	return i > 0 && i < 6 && i < len(t) && t[i] == ' ' && (t[i-1] == '.' || strings.Contains(t[:i], "."))
}

// pageFooter reports a converted page's running footer: "Page 1 of 3".
func pageFooter(t string) bool {
	l := asciiLower(t)
	if !strings.HasPrefix(l, "page ") {
		return false
	}
	f := strings.Fields(l)
	return len(f) == 4 && f[2] == "of" && isDigit(f[1][0]) && isDigit(f[3][0])
}
