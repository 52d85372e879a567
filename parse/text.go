package parse

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

func validDate(y int, m time.Month, d int) string {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

// parseDate reads a machine date ("2016-12-01", "2016-12-01T10:45:00Z") or
// a written one ("30 November 2016", "November 30, 2016", "1st Dec 2016",
// "05/08/2016" read day first).
func parseDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && isDigit(s[0]) && s[4] == '-' && s[7] == '-' {
		return isoDate(s[:10])
	}
	if len(s) == 8 && isAllDigits(s) && (s[0] == '1' || s[0] == '2') {
		// "20261012" in a meta tag
		y, _ := strconv.Atoi(s[:4])
		m, _ := strconv.Atoi(s[4:6])
		d, _ := strconv.Atoi(s[6:8])
		return validDate(y, time.Month(m), d)
	}
	if d, _, ok := writtenDate(s); ok {
		return d
	}
	return ""
}

// isoDate reads "2028-08-09", or returns "".
func isoDate(s string) string {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !isAllDigits(s[:4]) || !isAllDigits(s[5:7]) || !isAllDigits(s[8:]) {
		return ""
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	return validDate(y, time.Month(m), d)
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// writtenDate finds the first written date in s and returns it with its
// position.
func writtenDate(s string) (string, int, bool) {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\u00a0' })
	num := func(w string) (int, bool) {
		w = strings.TrimRight(w, ".")
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			w = strings.TrimSuffix(w, suf)
		}
		n, err := strconv.Atoi(w)
		return n, err == nil
	}
	for i, w := range words {
		if strings.Count(w, "/") == 2 {
			p := strings.Split(w, "/")
			d, ok1 := num(p[0])
			m, ok2 := num(p[1])
			y, ok3 := num(strings.TrimRight(p[2], "."))
			if ok1 && ok2 && ok3 && len(p[2]) >= 4 {
				if v := validDate(y, time.Month(m), d); v != "" {
					return v, strings.Index(s, w), true
				}
				if v := validDate(y, time.Month(d), m); v != "" && m > 12 {
					return v, strings.Index(s, w), true // "02/22/2028": no month 22, so month first
				}
			}
		}
		if t := strings.TrimRight(w, ".,;"); len(t) == 10 && isYear(t[:4]) {
			// "Published: 2028-08-09": an ISO date written out
			if v := isoDate(t); v != "" {
				return v, strings.Index(s, w), true
			}
		}
		if t := strings.TrimRight(w, ".,;"); strings.Count(t, ".") == 2 {
			// "9.2.2028", "28.02.2028": the European day.month.year
			p := strings.Split(t, ".")
			if len(p[0]) <= 2 && len(p[1]) <= 2 && len(p[2]) == 4 && isAllDigits(p[0]) && isAllDigits(p[1]) && isAllDigits(p[2]) {
				d, _ := strconv.Atoi(p[0])
				m, _ := strconv.Atoi(p[1])
				y, _ := strconv.Atoi(p[2])
				if v := validDate(y, time.Month(m), d); v != "" {
					return v, strings.Index(s, w), true
				}
			}
		}
		m, ok := months[strings.ToLower(strings.TrimRight(w, "."))]
		if !ok || i+1 >= len(words) {
			continue
		}
		// "30 November 2016"
		if i > 0 {
			if d, ok := num(words[i-1]); ok {
				if y, ok := num(words[i+1]); ok && len(strings.TrimRight(words[i+1], ".")) == 4 {
					if v := validDate(y, m, d); v != "" {
						return v, strings.Index(s, words[i-1]), true
					}
				}
			}
		}
		// "November 30, 2016"
		if i+2 < len(words) {
			if d, ok := num(words[i+1]); ok {
				if y, ok := num(words[i+2]); ok && len(strings.TrimRight(words[i+2], ".")) == 4 {
					if v := validDate(y, m, d); v != "" {
						return v, strings.Index(s, w), true
					}
				}
			}
		}
	}
	return "", -1, false
}

// visibleDate looks for a written date near the top of the text: in a
// "Published ..." line first, else the first date in the first blocks.
func visibleDate(blocks []block) string {
	// A short line labelled as the publication date counts wherever it
	// stands ("Publication date: 06/07/2022" below a council decision).
	// A "last updated" line is the fallback when the page shows no other.
	for _, labels := range [][]string{
		{"publication date", "published:", "published on", "date published", "first published", "date of publication", "posted date:", "date posted:", "release date:", "report date:", "date of report:"},
		{"page last updated", "last updated:", "last updated on"},
	} {
		for _, b := range blocks {
			if len(b.text) > 80 && !strings.Contains(b.text, "ate:") && !strings.Contains(b.text, "ished:") {
				continue // only a "... Date:" field is read in a long block
			}
			l := strings.ToLower(b.text)
			for _, label := range labels {
				if strings.HasPrefix(l, label) && len(b.text) <= 80 {
					if d, _, ok := writtenDate(b.text); ok {
						return d
					}
				}
				// a field in a block of fields: "Posted Date:   Nov 02, 2026"
				if k := strings.Index(l, label); k > 0 && strings.HasSuffix(label, ":") && len(b.text) > 80 {
					if d, at, ok := writtenDate(head(b.text[k+len(label):], 60)); ok && at < 40 {
						return d
					}
				}
			}
		}
	}
	for i, b := range blocks {
		if i > 12 {
			break
		}
		l := strings.ToLower(b.text)
		if strings.Contains(l, "closing date") || strings.Contains(l, "deadline") || strings.Contains(l, "closes") || strings.Contains(l, "start date") || strings.Contains(l, "end date") {
			continue // "Closing date: 28 February 2027" is when bids are due
		}
		// a short line near the top is a dateline; further down it may be
		// the next meeting's date
		if strings.Contains(l, "published") || strings.Contains(l, "posted") || strings.Contains(l, "date:") || len(b.text) < 40 && i <= 5 ||
			len(b.text) < 120 && strings.Contains(b.text, " | ") {
			// "News announcement | 5 December 2024 | Executive Agency"
			if d, _, ok := writtenDate(b.text); ok {
				return d
			}
		}
	}
	for i, b := range blocks {
		if i > 6 {
			break
		}
		if d, at, ok := writtenDate(b.text); ok && !deadlineCue(strings.ToLower(b.text[:at])) {
			return d
		}
	}
	return ""
}

// deadlineCue reports words just before a date that make it a deadline or
// an opening, not the day of publishing: "The call, which closed on 14
// September 2027", "open until", "bids are due by". A release "embargoed
// until" a day is published that day.
func deadlineCue(lowBefore string) bool {
	return !strings.Contains(tail(lowBefore, 45), "embargo") && containsAny(tail(lowBefore, 25), []string{"clos", "deadline", "until", "due ", "open", "submit"})
}

// answeredDate reads the date a written question was answered: the
// answer is what the page publishes, whatever day the question was
// tabled ("Answered on 20 March 2017", or the label over the date).
func answeredDate(blocks []block) string {
	for i, b := range blocks {
		if len(b.text) > 120 {
			continue
		}
		l := strings.ToLower(b.text)
		if !hasAnyPrefix(l, "answered on", "answered:", "date answered", "answer date", "date of answer", "answered ", "statement made", "made on") {
			continue
		}
		if d, _, ok := writtenDate(b.text); ok {
			return d
		}
		if i+1 < len(blocks) && len(blocks[i+1].text) < 40 {
			if d, _, ok := writtenDate(blocks[i+1].text); ok {
				return d
			}
		}
	}
	return ""
}

// splitParagraphs splits plain text at blank lines.
func splitParagraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// bulletPrefix returns the length of a list marker at the start of line.
func bulletPrefix(line string) int {
	for _, m := range []string{"- ", "* ", "• ", "· ", "– ", "— ", "+ "} {
		if strings.HasPrefix(line, m) {
			return len(m)
		}
	}
	// "(i)", "(iv)", "(a)", "(12)": a parenthesised item marker
	if len(line) > 3 && line[0] == '(' {
		if k := strings.IndexByte(line, ')'); k > 1 && k <= 5 && k+1 < len(line) && line[k+1] == ' ' {
			mark := line[1:k]
			if strings.Trim(mark, "0123456789") == "" || strings.Trim(mark, "ivxlc") == "" || len(mark) == 1 && mark[0] >= 'a' && mark[0] <= 'z' {
				return k + 2
			}
		}
	}
	i := 0
	for i < len(line) && i < 3 && isDigit(line[i]) {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// columnStarts returns where the columns of a fixed-width header line
// begin: its first character and every character after a gap of two or
// more spaces. A gap after a full stop is a sentence break, not a column.
func columnStarts(raw string) []int {
	var starts []int
	gap := 2
	for i := 0; i < len(raw); i++ {
		if raw[i] == ' ' {
			gap++
			continue
		}
		if gap >= 2 && (len(starts) == 0 || raw[strings.LastIndexFunc(raw[:i], func(r rune) bool { return r != ' ' })] != '.') {
			starts = append(starts, i)
		}
		gap = 0
	}
	return starts
}

// headerWords reports a line of header words under a header: two or more
// cells, all lower-case words ("grant", "cost", "(£000)").
func headerWords(cells []string) bool {
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if strings.ContainsAny(c, "0123456789") || !allLower(strings.Trim(c, "()£$€")) {
			return false
		}
		n++
	}
	return n >= 2
}

// indentOf is the number of spaces a line opens with.
func indentOf(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}

// yearHeaders reports a header line whose only digits are in column
// headings that are years ("Local authority   2028-29   2029-30"), after
// a first heading of words.
func yearHeaders(header string) bool {
	f := gapFields(header)
	if len(f) < 2 || strings.ContainsAny(f[0], "0123456789") {
		return false
	}
	for _, c := range f[1:] {
		if !strings.ContainsAny(c, "0123456789") {
			continue
		}
		if _, _, _, ok := findExplicitFY(c); !ok && !(len(c) == 4 && isYear(c)) {
			return false
		}
	}
	return true
}

// ruleLine reports a line of dashes, equals signs or underscores.
func ruleLine(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && strings.Trim(t, "-=_+ ") == ""
}

// fixedWidthTable reads a table laid out with spaces at lines[i]: a
// header of two or more columns without digits, then aligned rows up to a
// blank line (rule lines are skipped). It returns the rows, header first,
// and the index of the line after the table; no rows when there is none.
func fixedWidthTable(lines []string, i int) ([][]string, int) {
	header := strings.TrimRight(lines[i], " \t")
	var starts []int
	if i+1 < len(lines) {
		starts = ruleStarts(lines[i+1])
	}
	if len(starts) >= 2 {
		// "No. Applicant        Project" over "--- ----------- -------":
		// the rule's dashes mark the columns, however close the words
		// (and a paragraph's number before the header is no column:
		// "3.2  Operator   Grant (GBP)")
		header = blankSectionNumber(header)
		if len(starts) > 8 || strings.ContainsAny(header, "|\t") || strings.ContainsAny(header, "0123456789") && !yearHeaders(header) || strings.Contains(header, ". ") && !strings.Contains(header, "No. ") {
			return nil, i
		}
	} else {
		starts = columnStarts(header)
		if len(starts) < 2 || len(starts) > 8 || strings.ContainsAny(header, ".|\t") || strings.ContainsAny(header, "0123456789") && !yearHeaders(header) {
			return nil, i
		}
	}
	cut := func(raw string) []string {
		if f := gapFields(raw); len(f) == len(starts) {
			// as many cells as columns, apart by wide gaps: right-aligned
			// figures that start before their header are still theirs
			return f
		}
		cells := make([]string, len(starts))
		for k, st := range starts {
			if st >= len(raw) {
				break
			}
			end := len(raw)
			if k+1 < len(starts) && starts[k+1] < len(raw) {
				end = starts[k+1]
				// text running past the column start moves the cut to the
				// next gap
				for end < len(raw) && end > 0 && raw[end-1] != ' ' {
					end++
				}
			}
			if st > 0 && raw[st-1] != ' ' {
				continue // taken by the cell before
			}
			cells[k] = collapse(raw[st:end])
		}
		return cells
	}
	rows := [][]string{cut(header)}
	j := i + 1
	if j < len(lines) && !unitLine(lines[j]) && headerWords(cut(strings.TrimRight(lines[j], " \t"))) {
		// a second line of header words under the first: "2028/29
		// 2029/30 Total Scheme" over "grant grant grant cost"
		for k, u := range cut(strings.TrimRight(lines[j], " \t")) {
			if u != "" {
				rows[0][k] = strings.TrimSpace(rows[0][k] + " " + u)
			}
		}
		j++
	}
	if j < len(lines) && unitLine(lines[j]) {
		// a second header line of units under the first: "(GBP)  (GBP)"
		units := cut(strings.TrimRight(lines[j], " \t"))
		for k, u := range units {
			if u != "" {
				rows[0][k] = strings.TrimSpace(rows[0][k] + " " + u)
			}
		}
		j++
	}
	for ; j < len(lines); j++ {
		raw := strings.TrimRight(lines[j], " \t")
		if strings.TrimSpace(raw) == "" {
			break
		}
		if ruleLine(raw) {
			continue
		}
		cells := cut(raw)
		filled := 0
		for _, c := range cells {
			if c != "" {
				filled++
			}
		}
		if filled == 1 && cells[0] != "" && len(rows) > 1 && indentOf(raw) > indentOf(header) && !strings.ContainsAny(raw, "0123456789£$€") {
			continue // "   Market hall canopy and stalls": a row's own second line
		}
		if cells[0] == "" && filled >= 1 && len(rows) > 1 && wrappedCells(raw, cells) {
			// "                 leaders (beginner and couch": the words of
			// a row's cells wrapped onto the next line, read with them
			prev := rows[len(rows)-1]
			for k, c := range cells {
				if c != "" && k < len(prev) {
					prev[k] = strings.TrimSpace(prev[k] + " " + c)
				}
			}
			continue
		}
		if filled < 2 || len(columnStarts(raw)) < 2 {
			break // a wrapped paragraph, not a row
		}
		rows = append(rows, cells)
	}
	if len(rows) < 2 {
		return nil, i
	}
	return rows, j
}

// ruleStarts returns where the dash runs of a rule line under a table's
// header begin ("---  ----------  -----"), or nil when l is no rule.
func ruleStarts(l string) []int {
	if !ruleLine(l) {
		return nil
	}
	var starts []int
	for k := 0; k < len(l); k++ {
		if l[k] != ' ' && (k == 0 || l[k-1] == ' ') {
			starts = append(starts, k)
		}
	}
	return starts
}

// blankSectionNumber blanks a report's paragraph number that opens a
// line ("3.2  Operator"), keeping the columns where they are.
func blankSectionNumber(l string) string {
	t := strings.TrimLeft(l, " ")
	k := 0
	for k < len(t) && (isDigit(t[k]) || t[k] == '.') {
		k++
	}
	if k == 0 || !isDigit(t[0]) || !strings.HasPrefix(t[k:], "  ") {
		return l
	}
	return l[:len(l)-len(t)] + strings.Repeat(" ", k) + t[k:]
}

// wrappedCells reports a line of a fixed-width table that carries on
// its row's text cells: no money, and no cell that is a bare figure.
func wrappedCells(raw string, cells []string) bool {
	if strings.ContainsAny(raw, "£$€") {
		return false
	}
	for _, c := range cells {
		if c != "" && strings.Trim(c, "0123456789,.%-") == "" {
			return false
		}
	}
	return true
}

// plainDocument reads plain text: paragraphs at blank lines, bullet and
// numbered lines as list items, "# " lines and a short first line as
// headings, and runs of "a | b | c" lines as a table.
func plainDocument(text string) *document {
	b := &docBuilder{}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	b.plainLines(lines, true)
	if b.doc.title == "" {
		// a letterhead or report heading over more heading lines
		for _, l := range lines {
			if key, _, ok := fieldLine(strings.TrimSpace(l)); ok && mailHeaders[key] {
				continue // "From: ...": the e-mail's header, no title
			}
			if l = strings.TrimSpace(l); l != "" {
				if len(l) < 120 {
					b.doc.title = collapse(l)
				}
				break
			}
		}
	}
	if b.doc.published == "" {
		if b.doc.published = answeredDate(b.doc.blocks); b.doc.published == "" {
			b.doc.published = visibleDate(b.doc.blocks)
		}
	}
	b.doc.published = monthFirst(b.doc.published, text)
	return b.finish()
}

// plainTable adds a fixed-width table's rows, header first.
func (b *docBuilder) plainTable(rows [][]string) {
	idx := len(b.doc.tables)
	tb := table{context: b.lastHdr, lead: b.leadLine()}
	for _, cells := range rows {
		before := len(b.doc.blocks)
		b.add(kindTableRow, strings.Join(cells, " | "), cells, idx)
		if len(b.doc.blocks) > before {
			tb.rows = append(tb.rows, before)
		}
	}
	b.doc.tables = append(b.doc.tables, tb)
}

// plainLines adds lines of plain text to the document: paragraphs at blank
// lines, bullet and numbered lines as list items, capitals and "# " lines
// as headings, fixed-width and "a | b" tables, and names set against
// figures. top is true for a whole plain-text page, whose short first line
// is its title.
func (b *docBuilder) plainLines(lines []string, top bool) {
	var para, item []string
	flush := func() {
		if len(para) > 0 {
			b.add(kindParagraph, strings.Join(para, " "), nil, -1)
			para = para[:0]
		}
		if len(item) > 0 {
			b.add(kindListItem, strings.Join(item, " "), nil, -1)
			item = item[:0]
		}
	}
	first := top
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			flush()
			continue
		}
		if strings.Count(line, "|") >= 1 && i+1 < len(lines) && strings.Count(lines[i+1], "|") >= 1 {
			flush()
			idx := len(b.doc.tables)
			tb := table{context: b.lastHdr, lead: b.leadLine()}
			for ; i < len(lines) && strings.Count(lines[i], "|") >= 1; i++ {
				l := strings.Trim(strings.TrimSpace(lines[i]), "|")
				if strings.Trim(l, "-:| ") == "" {
					continue
				}
				var cells []string
				for _, c := range strings.Split(l, "|") {
					cells = append(cells, collapse(c))
				}
				before := len(b.doc.blocks)
				b.add(kindTableRow, strings.Join(cells, " | "), cells, idx)
				if len(b.doc.blocks) > before {
					tb.rows = append(tb.rows, before)
				}
			}
			i--
			b.doc.tables = append(b.doc.tables, tb)
			first = false
			continue
		}
		if ruleLine(line) {
			flush() // a rule separates, and says nothing
			continue
		}
		if key, val, ok := fieldLine(line); ok && headerField(key) {
			// "TITLE:     Hospice lands ...", "PUBDATE:   Mon, 10 Nov 2025":
			// a field of a plain-text feed item or memo header (any other
			// "RESOLVED: to award GBP 9,500" is text like the rest)
			flush()
			switch key {
			case "title", "headline":
				if b.doc.title == "" {
					b.doc.title = collapse(val)
				}
				b.add(kindHeading, val, nil, -1)
			case "subject":
				if b.doc.title == "" && strings.HasPrefix(line, "Subject:") {
					// an e-mail's subject line titles it (a memo's
					// "SUBJECT:" is one of its headings)
					b.doc.title = collapse(val)
				}
				b.add(kindHeading, val, nil, -1)
			default:
				if dateFields[key] && b.doc.published == "" {
					// parseDate also reads RFC 1123 ("Mon, 10 Nov 2025 08:15:00 +0000")
					b.doc.published = parseDate(val)
				}
				// (the rest of an e-mail's header is its addressing, not
				// its content)
			}
			first = false
			continue
		}
		if k := strings.Index(line, ":   "); k > 0 && k < 60 && len(item) == 0 {
			// "Open Grants budget for 2025/26:      GBP 300,000": a value
			// set out against its label is a line of its own
			flush()
			if b.doc.published == "" && publishedLabel(strings.ToLower(line[:k])) {
				// "Date published:   20 January 2025" in a decision
				// record's header (not its "Date of report:")
				b.doc.published = parseDate(strings.TrimSpace(line[k+1:]))
			}
			b.add(kindParagraph, collapse(line), nil, -1)
			first = false
			continue
		}
		if indentedItem(lines, i) {
			// "  Hardwick Village Green Association, Hardwick: $25,000 for
			// ...": one indented line per grant under a heading
			flush()
			b.add(kindListItem, line, nil, -1)
			first = false
			continue
		}
		// tableAt reads a fixed-width table at line i with more than min
		// rows (header included)
		tableAt := func(min int) bool {
			rows, next := fixedWidthTable(lines, i)
			if len(rows) <= min {
				return false
			}
			flush()
			b.plainTable(rows)
			i, first = next-1, false
			return true
		}
		if capsHeading(line) && len(columnStarts(strings.TrimRight(lines[i], " \t"))) >= 2 && tableAt(2) {
			// "LIBRARY      COUNTY      AWARD" over a rule and rows: a
			// table's header in capitals, not a heading
			continue
		}
		if capsHeading(line) && (i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || ruleLine(strings.TrimSpace(lines[i+1])) || indentedItem(lines, i+1) || len(para) == 0 && len(strings.Fields(line)) >= 5) {
			// (a long line in capitals opening a paragraph is a headline
			// over its standfirst)
			// "6.  COMMUNITY FACILITIES FUND (FOR INFORMATION)"
			flush()
			b.add(kindHeading, line, nil, -1)
			first = false
			continue
		}
		if _, _, ok := amountLine(lines[i]); ok && i+1 < len(lines) {
			if _, _, ok := amountLine(lines[i+1]); ok {
				// "  Brackenford City Council        £14.2m" and more
				// such lines: a list of names set against figures
				flush()
				for ; i < len(lines); i++ {
					label, fig, ok := amountLine(lines[i])
					if !ok {
						break
					}
					b.add(kindListItem, label+" – "+fig, nil, -1)
				}
				i--
				first = false
				continue
			}
		}
		if tableAt(1) {
			// "Applicant      Project      Award (GBP)" and aligned rows
			continue
		}
		if strings.HasPrefix(line, "#") {
			flush()
			b.add(kindHeading, strings.TrimLeft(line, "# "), nil, -1)
			if b.doc.title == "" {
				b.doc.title = collapse(strings.TrimLeft(line, "# "))
			}
			first = false
			continue
		}
		if n := bulletPrefix(line); n > 0 {
			flush()
			item = append(item, strings.TrimSpace(line[n:]))
			first = false
			continue
		}
		if len(item) > 0 {
			// a wrapped list item goes on until a blank line or the next
			// marker
			item = append(item, line)
			continue
		}
		if first && len(line) < 200 && (i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "") && !strings.HasSuffix(line, ".") {
			b.add(kindHeading, line, nil, -1)
			b.doc.title = collapse(line)
			first = false
			continue
		}
		first = false
		para = append(para, line)
	}
	flush()
}

// capsHeading reports a short line in capitals, perhaps numbered: a
// heading of a plain-text report or minutes.
func capsHeading(line string) bool {
	t := strings.TrimLeft(line, "0123456789. ")
	if k := strings.LastIndex(t, " ("); k > 0 && strings.HasSuffix(t, ")") {
		t = t[:k] // "1. OPEN: WINTER WARMTH GRANTS (The Hollis Trust)"
	}
	if len(t) < 4 || len(strings.Fields(t)) > 14 || strings.HasSuffix(t, ".") || strings.ContainsAny(t, "£$€") && len(strings.Fields(t)) < 4 {
		return false
	}
	return capitals(t) >= 4
}

// capitals counts the ASCII capitals of t, or returns -1 when t has a
// lower-case ASCII letter.
func capitals(t string) int {
	n := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'a' && c <= 'z':
			return -1
		case c >= 'A' && c <= 'Z':
			n++
		}
	}
	return n
}

// fieldLine reads "KEY:   value" where KEY is one to three capitalised
// words of a header block (TITLE, LINK, PUBDATE, REPORT TO).
// headerField reports a field of a plain-text item's or memo's header,
// read for the page's title and date rather than as its text.
func headerField(key string) bool {
	return mailHeaders[key] || key == "title" || key == "headline" || dateFields[key]
}

// dateFields are the header fields that date a plain-text item or memo.
var dateFields = map[string]bool{"pubdate": true, "date": true, "published": true, "posted": true, "date published": true, "posted date": true, "date posted": true, "publication date": true, "release date": true, "date issued": true, "issued": true, "report date": true, "date of report": true}

// mailHeaders are the fields of an e-mail's header that a plain-text
// copy may open with, in any case.
var mailHeaders = wordSet("from to cc bcc reply-to sent date subject list-unsubscribe message-id x-mailer mime-version content-type importance")

// publishedLabel reports a label that dates publication itself.
func publishedLabel(l string) bool {
	switch l {
	case "date published", "published", "publication date", "date of publication", "date issued", "issued", "release date", "date of issue":
		return true
	}
	return false
}

func fieldLine(line string) (key, val string, ok bool) {
	k := strings.Index(line, ":")
	if k <= 1 || k > 20 || k+1 >= len(line) || line[k+1] != ' ' {
		return "", "", false
	}
	key = line[:k]
	if mailHeaders[strings.ToLower(key)] {
		// "From: Arts Council England Press Office <press@...>",
		// "Subject: ...": an e-mail's header, however it is cased
		return strings.ToLower(key), strings.TrimSpace(line[k+1:]), true
	}
	if strings.ToUpper(key) != key || strings.ToLower(key) == key || len(strings.Fields(key)) > 3 || isDigit(key[0]) {
		return "", "", false // "1. OPEN: WINTER WARMTH GRANTS" is a numbered heading
	}
	return strings.ToLower(key), strings.TrimSpace(line[k+1:]), true
}

// jsonDocument reads a JSON page (a CMS API response or a JSON-LD
// article): title, date and body are taken from the usual field names;
// an HTML body is parsed as HTML.
func jsonDocument(text string, opts Options) (*document, bool) {
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		return nil, false
	}
	find := func(keys ...string) string {
		var rec func(any, int) string
		rec = func(v any, d int) string {
			if d > 6 {
				return ""
			}
			switch x := v.(type) {
			case map[string]any:
				for _, k := range keys {
					switch y := x[k].(type) {
					case string:
						if strings.TrimSpace(y) != "" {
							return y
						}
					case map[string]any:
						// WordPress {"rendered": ...}; Drupal JSON:API
						// {"value": ..., "processed": ...}
						for _, f := range []string{"rendered", "processed", "value"} {
							if r, ok := y[f].(string); ok && strings.TrimSpace(r) != "" {
								return r
							}
						}
					}
				}
				for _, k := range []string{"data", "item", "article", "details", "@graph", "results", "items", "entry", "attributes", "fields", "node", "post", "page"} {
					if c, ok := x[k]; ok {
						if r := rec(c, d+1); r != "" {
							return r
						}
					}
				}
			case []any:
				for _, c := range x {
					if r := rec(c, d+1); r != "" {
						return r
					}
				}
			}
			return ""
		}
		return rec(v, 0)
	}
	body := find("articleBody", "body", "content", "text", "content_html", "html", "body_html")
	if body == "" {
		body = find("description", "summary", "excerpt")
	}
	if body == "" {
		return nil, false
	}
	var doc *document
	if strings.Contains(body, "<") && strings.Contains(body, ">") {
		doc = htmlDocument("<html><body><article>"+body+"</article></body></html>", Options{})
	} else {
		doc = plainDocument(body)
	}
	title := collapse(find("headline", "title", "name"))
	if title != "" {
		b := &docBuilder{doc: *doc, n: len(doc.text)}
		b.doc.title = title
		ensureTitleBlock(b)
		doc = b.finish()
	}
	if p := parseDate(find("datePublished", "first_published_at", "published_at", "published", "date", "public_timestamp", "created_at", "pubDate")); p != "" {
		doc.published = p
	}
	return doc, true
}

// amountLine reads a line that sets a label against a figure across a gap
// of three or more spaces: "Brackenford City Council        £14.2m".
func amountLine(raw string) (label, figure string, ok bool) {
	t := strings.TrimSpace(raw)
	if j := strings.Index(t, " ..."); j > 0 {
		// "Hexham Rugby Club ........ £12,000": dot leaders
		label, figure = strings.TrimSpace(t[:j]), strings.TrimLeft(t[j:], " .")
	} else if k := strings.LastIndex(t, "   "); k > 0 {
		label, figure = strings.TrimSpace(t[:k]), strings.TrimSpace(t[k:])
	} else {
		return "", "", false
	}
	ms := scanAmounts(figure)
	if label == "" || len(ms) != 1 || ms[0].QStart > 0 || ms[0].End < len(figure)-1 || len(scanAmounts(label)) > 0 {
		return "", "", false
	}
	return label, figure, true
}

// monthFirst corrects a date read day first ("6/8/2027" as 6 August) on
// a page that writes its dates month first, as American pages do: one of
// its slash dates cannot be read day first ("approved 6/22/2027") and
// none cannot be read month first. page is the whole page as received;
// pub is returned unchanged otherwise.
func monthFirst(pub, page string) string {
	if pub == "" || !strings.Contains(page, "/20") {
		return pub
	}
	us, uk := false, false
	var dayFirst []int // the d/m readings that give pub
	for from := 0; ; {
		k := strings.Index(page[from:], "/20")
		if k < 0 {
			break
		}
		at := from + k // the second slash
		from = at + 3
		if at+5 > len(page) || !isAllDigits(page[at+1:at+5]) || at+5 < len(page) && isDigit(page[at+5]) {
			continue
		}
		// back over "m/" or "mm/" and "d" or "dd" before it
		j := at - 1
		for j >= 0 && at-j <= 2 && isDigit(page[j]) {
			j--
		}
		if j < 0 || page[j] != '/' || j == at-1 {
			continue
		}
		i := j - 1
		for i >= 0 && j-i <= 2 && isDigit(page[i]) {
			i--
		}
		if i == j-1 || i >= 0 && (isDigit(page[i]) || page[i] == '/') {
			continue
		}
		a, _ := strconv.Atoi(page[i+1 : j])
		b, _ := strconv.Atoi(page[j+1 : at])
		y, _ := strconv.Atoi(page[at+1 : at+5])
		switch {
		case a <= 12 && b > 12:
			us = true
		case a > 12 && b <= 12:
			uk = true
		}
		if validDate(y, time.Month(b), a) == pub {
			dayFirst = append(dayFirst, a*100+b)
		}
	}
	if !us && !uk && len(dayFirst) > 0 && writtenMonthFirst(page) {
		// "FOR IMMEDIATE RELEASE: 02/10/2028" over "Thursday, February
		// 10, 2028": a page that writes its dates month first
		us = true
	}
	if !us || uk || len(dayFirst) == 0 {
		return pub
	}
	y, _ := strconv.Atoi(pub[:4])
	if v := validDate(y, time.Month(dayFirst[0]/100), dayFirst[0]%100); v != "" {
		return v
	}
	return pub
}

// indentedItem reports lines[i] as one of a run of indented lines that
// each state a figure: a list set out by indenting, one item a line.
func indentedItem(lines []string, i int) bool {
	indented := func(k int) bool {
		if k < 0 || k >= len(lines) {
			return false
		}
		l := lines[k]
		if !strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "\t") {
			return false
		}
		return labelledFigure(strings.TrimSpace(l))
	}
	if indented(i) && (indented(i-1) || indented(i+1) || i > 0 && capsHeading(strings.TrimSpace(lines[i-1]))) {
		return true
	}
	// "Ross-on-Wye Youth Café – £3,200 (Friday night drop-in sessions)"
	// over more such lines, set flush left: one grant a line
	at := func(k int) bool {
		return k >= 0 && k < len(lines) && labelledFigure(strings.TrimSpace(lines[k])) && !strings.HasPrefix(lines[k], " ")
	}
	return at(i) && (at(i-1) || at(i+1))
}

// labelledFigure reports a line that opens with a capitalised label and
// a colon or dash before its first figure: "Name, Place: $20,000 for
// ...", "Hereford Street Pastors – £2,400 (training)".
func labelledFigure(t string) bool {
	if t == "" || !(t[0] >= 'A' && t[0] <= 'Z') || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	ms := scanAmounts(t)
	if len(ms) == 0 {
		return false
	}
	lbl := strings.TrimSpace(t[:ms[0].QStart])
	return strings.HasSuffix(lbl, ":") || strings.HasSuffix(lbl, "–") || strings.HasSuffix(lbl, "-")
}

// unitLine reports a line of column units only: "(GBP)   (GBP)", "£000".
func unitLine(l string) bool {
	f := strings.Fields(l)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if u, c := unitOf(w); u == 0 && c == "" {
			return false
		}
	}
	return true
}

// gapFields splits a line at gaps of two or more spaces.
func gapFields(raw string) []string {
	var out []string
	for _, st := range columnStarts(raw) {
		e := st
		for e < len(raw) && !(raw[e] == ' ' && e+1 < len(raw) && raw[e+1] == ' ') {
			e++
		}
		out = append(out, collapse(raw[st:e]))
	}
	return out
}

// reMonthFirst and reDayFirst match dates written out month first
// ("February 10, 2028") and day first ("10 February 2028").
var (
	reMonthFirst = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2},? \d{4}\b`)
	reDayFirst   = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b`)
)

// writtenMonthFirst reports a page that writes its dates month first
// more often than day first.
func writtenMonthFirst(page string) bool {
	return len(reMonthFirst.FindAllStringIndex(page, 5)) > len(reDayFirst.FindAllStringIndex(page, 5))
}
