package parse

import (
	"slices"
	"strconv"
	"strings"
)

// Table reading. A table yields awards when its header names a recipient
// column (recipient, lead, organisation, council, force, ...), and an
// amount column (amount, award, grant, funding, total, allocation) or one
// column per financial year. Unit headers ("£000", "£m", "£ million")
// scale bare numbers. Tables about budgets, spending or savings are
// skipped.

type colRole int

const (
	colNone colRole = iota
	colRecipient
	colPurpose
	colAmount
	colYear
)

var recipientHeaders = []string{"recipient", "lead", "organisation", "organization", "council", "force", "applicant", "grantee", "beneficiary", "authority", "charity", "name", "company", "business", "school", "institution", "university", "college", "body", "group", "trust", "local authority", "area", "partnership", "awardee", "provider", "club", "project lead", "lead partner", "who", "promoter", "sponsor", "accountable body", "delivery body", "coordinator", "coordinating organisation", "host organisation", "service", "setting", "organiser", "organizer", "operator", "proposed by", "submitted by", "led by", "run by",
	// the kind of body a list of grantees is a list of
	"station", "venue", "museum", "library", "publisher", "theatre", "hospice", "nursery", "pantry", "foodbank", "festival", "foundation", "hospital", "academy", "society", "association", "board"}
var purposeHeaders = []string{"project", "purpose", "scheme", "description", "title", "activity", "programme", "program", "what", "summary", "details", "proposal"}

// euFundHeaders name an EU fund whose column holds what each project is
// given: "Total budget | ERDF".
var euFundHeaders = []string{"erdf", "esf", "eafrd", "emfaf", "jtf", "feder", "efre"}

var amountHeaders = []string{"amount", "award", "grant", "funding", "total", "allocation", "value", "sum", "£", "$", "€", "allocated", "offered", "approved", "agreed", "contribution", "investment", "recommended"}
var negativeTable = []string{"budget", "spending", "expenditure", "income", "savings", "reserves", "salary", "salaries", "cost", "costs", "deficit", "revenue", "tax", "precept", "band d"}

// locationHeader reports a column header that names a place.
func locationHeader(l string) bool {
	return containsAny(l, []string{"local authority", "area", "region", "location", "constituency", "county", "ward", "town", "city", "nation"})
}

// tableFund is the fund a table's caption or the text above it names,
// or "". A caption that labels the table by a scheme's name counts too:
// "Net Zero Materials Research Hubs: awards".
func (a *analyzer) tableFund(t table) string {
	if hits := findFunds(t.caption + ". " + t.context); len(hits) > 0 {
		return a.funds.add(hits[0].name)
	}
	if n := captionScheme(t.caption); n != "" {
		return a.funds.add(n)
	}
	return ""
}

// captionScheme reads the scheme a caption labels its table by: "Net Zero
// Materials Research Hubs: awards", "Coastal Towns Initiative –
// successful projects".
func captionScheme(caption string) string {
	for _, sep := range []string{": ", " – ", " — ", " - "} {
		name, what, ok := strings.Cut(caption, sep)
		if !ok {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(what)) {
		case "awards", "grants", "awards made", "grants awarded", "grants made", "successful projects", "successful applications", "successful bids", "funded projects", "projects funded", "allocations", "recipients":
		default:
			return ""
		}
		n := leadingProper(name)
		if n != strings.TrimSpace(name) || len(strings.Fields(n)) < 2 || len(strings.Fields(n)) > 7 || isFunder(n) || orgName(n) {
			return ""
		}
		switch firstWordLower(n) {
		case "table", "annex", "appendix", "figure", "schedule", "round", "list", "summary":
			return "" // "Table 2: awards"
		}
		return n
	}
	return ""
}

// totalLabel reports a row label that sums the rows above it: "Total",
// "Grand total", "All round 2 grants".
func totalLabel(lr string) bool {
	if strings.HasPrefix(lr, "total") || strings.HasPrefix(lr, "grand total") || strings.HasPrefix(lr, "sub-total") || strings.HasPrefix(lr, "subtotal") {
		return true
	}
	switch strings.TrimSuffix(strings.TrimSpace(lr), " total") {
	case "england", "scotland", "wales", "northern ireland", "united kingdom", "uk", "great britain", "national", "all authorities", "all councils":
		return true // "England | 96,000,000": the whole country's sum
	}
	if !strings.HasPrefix(lr, "all ") || strings.Count(lr, " ") > 4 {
		return false
	}
	switch lastWordLower(lr) {
	case "grants", "awards", "projects", "recipients", "allocations", "organisations", "organizations", "applicants", "bids":
		return true
	}
	return false
}

// refusedTable reports a table of bids that were turned down or put off.
func refusedTable(l string) bool {
	return containsAny(l, refusalWords) || containsAny(l, []string{"not recommended", "not approved", "not funded", "not successful", "withdrawn"})
}

// rateHeader tells a column of rates or changes from one of money given:
// "2025 to 2026 per head (£)", "Cash change, 2026 to 2027 on 2025 to 2026".
func rateHeader(l string) bool {
	return containsAny(l, []string{"per head", "per capita", "per pupil", "per person", "per resident", "change", "increase", "%", "per cent", "percent", "difference", "uplift"})
}

func containsAny(l string, words []string) bool {
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// unitOf reads a unit from a header or caption: "£000", "£'000", "£k",
// "£ thousand", "£m", "£ million", "£bn". It returns the factor and the
// currency, or 0 when none is given.
func unitOf(h string) (int64, string) {
	l := strings.ToLower(strings.ReplaceAll(h, " ", ""))
	cur := ""
	switch {
	case strings.Contains(l, "£"):
		cur = "GBP"
	case strings.Contains(l, "$"):
		cur = "USD"
	case strings.Contains(l, "€"):
		cur = "EUR"
	case strings.Contains(l, "dollars"):
		cur = "USD" // "(dollars in thousands)"; the page's own dollar later
	case strings.Contains(l, "pounds"):
		cur = "GBP"
	case strings.Contains(l, "euros"):
		cur = "EUR"
	default:
		// "Award (GBP)", "Amount, EUR", "EU contribution (EUR million)"
		ls := strings.ToLower(h)
		for _, c := range []string{"gbp", "usd", "eur", "cad", "aud", "nzd"} {
			if k := strings.Index(ls, c); k >= 0 && (k == 0 || !isLetter(ls[k-1])) && (k+3 == len(ls) || !isLetter(ls[k+3])) {
				cur = strings.ToUpper(c)
			}
		}
	}
	for _, u := range []struct {
		p string
		f int64
	}{{"000s", 1e3}, {"'000", 1e3}, {"’000", 1e3}, {"000", 1e3}, {"thousand", 1e3}, {"millions", 1e6}, {"million", 1e6}, {"bn", 1e9}, {"billion", 1e9}, {"mn", 1e6}, {"m)", 1e6}, {"k)", 1e3}} {
		if strings.Contains(l, "£"+u.p) || strings.Contains(l, "$"+u.p) || strings.Contains(l, "€"+u.p) || strings.Contains(l, "("+u.p) || (len(u.p) > 3 && strings.Contains(l, u.p)) {
			return u.f, cur
		}
	}
	// "£m", "($m, GST exclusive)", "€k": a symbol then m or k ending a word
	for _, sym := range []string{"£", "$", "€"} {
		for from := 0; ; {
			k := strings.Index(l[from:], sym)
			if k < 0 {
				break
			}
			e := from + k + len(sym)
			from = e
			if e < len(l) && (l[e] == 'm' || l[e] == 'k') && (e+1 == len(l) || !isLetter(l[e+1])) {
				if l[e] == 'k' {
					return 1e3, cur
				}
				return 1e6, cur
			}
		}
	}
	return 0, cur
}

// statedUnit reads the unit a table's lead line gives in a sentence of
// its own: "Figures are in £ million.", "All amounts in £000s."
func statedUnit(lead string) (int64, string) {
	for lead != "" {
		sn := lead
		if k := strings.Index(lead, ". "); k >= 0 {
			sn, lead = lead[:k], lead[k+2:]
		} else {
			lead = ""
		}
		sn = strings.TrimSpace(sn)
		if len(sn) > 60 {
			continue
		}
		l := strings.ToLower(sn)
		if hasAnyPrefix(l, "figures ", "all figures ", "amounts ", "all amounts ", "values ", "all values ", "sums ", "all sums ", "numbers ", "all numbers ") && strings.Contains(l, " in ") {
			if u, c := unitOf(sn[strings.Index(l, " in "):]); u > 0 {
				return u, c
			}
		}
	}
	return 0, ""
}

// cellAmount reads a money cell: a figure with its own currency, or a
// bare number scaled by the column unit. Dashes and blanks are zero.
func cellAmount(c string, unit int64, cur string) (int64, string, bool) {
	c = strings.TrimSpace(c)
	if c == "" || c == "-" || c == "–" || c == "—" || strings.EqualFold(c, "nil") || strings.EqualFold(c, "n/a") {
		return 0, "", false
	}
	if ms := scanAmounts(c); len(ms) > 0 {
		m := ms[0]
		if len(ms) > 1 {
			// "Total project cost £86,500, grant £34,600 (40%)": the
			// figure the cell calls the grant
			lc := asciiLower(c)
			for i, o := range ms {
				before := lc[:o.QStart]
				if i > 0 {
					before = lc[ms[i-1].End:o.QStart]
				}
				if hasAnyWord(before, []string{"grant", "award", "awarded", "funding", "offered", "approved"}) && !hasAnyWord(before, []string{"cost", "costs", "match", "requested"}) {
					m = o
					break
				}
			}
		}
		return m.Value, m.Currency, true
	}
	if unit == 0 && cur == "" {
		return 0, "", false
	}
	if unit == 0 {
		unit = 1
	}
	d := strings.TrimLeft(c, " ")
	if d == "" || !isDigit(d[0]) {
		return 0, "", false
	}
	ip, frac, end, ok := numberIn(d, 0, unit == 1)
	if !ok || strings.TrimSpace(d[end:]) != "" && !strings.HasPrefix(strings.TrimSpace(d[end:]), "*") {
		return 0, "", false
	}
	if cur == "" {
		cur = "GBP"
	}
	return scale(ip, frac, unit), cur, true
}

// termSum reads a term cell ("3", "3 years", "3 (2026–29)") under a
// yearly figure: the grant is the figure times the years, one part a
// year when the first year is given. An unreadable term leaves the
// figure alone.
func termSum(cell string, yearly int64) (int64, []Tranche) {
	c := asciiLower(strings.TrimSpace(cell))
	n, w := countWord(c)
	if w == 0 || n < 1 || n > 10 {
		return yearly, nil
	}
	for i := w; i+4 <= len(c); i++ {
		if isYear(c[i:i+4]) && (i == 0 || !isDigit(c[i-1])) {
			start, _ := strconv.Atoi(c[i : i+4])
			return yearly * int64(n), yearlyParts(yearly, start, n)
		}
	}
	return yearly * int64(n), nil
}

// yearlyParts is a yearly figure's parts over n financial years from
// start, none when start is unknown (0).
func yearlyParts(yearly int64, start, n int) []Tranche {
	if start <= 0 {
		return nil
	}
	parts := make([]Tranche, 0, n)
	for y := start; y < start+n; y++ {
		parts = append(parts, Tranche{Period: fyString(y), Amount: yearly})
	}
	return parts
}

// columnTitle reports a cell made only of the words that title a money
// column: "Grant", "Amount awarded (£)", "Funding".
func columnTitle(c string) bool {
	words := strings.Fields(strings.ToLower(c))
	for _, w := range words {
		switch strings.Trim(w, "()£$€:") {
		case "", "grant", "grants", "amount", "amounts", "award", "awards", "awarded", "funding", "value", "total", "sum", "allocation", "allocated", "offered", "approved", "agreed":
		default:
			return false
		}
	}
	return len(words) > 0
}

// table extracts awards from one table.
// aggregateRows reports a table with a column counting grants ("Number
// of grants", "No. of awards") whose rows count more than one: totals by
// area or kind, not grants.
func aggregateRows(doc *document, t table, header []string) bool {
	for i, h := range header {
		l := strings.ToLower(h)
		if !containsAny(l, []string{"number of grants", "no. of grants", "number of awards", "no. of awards", "grants (number)", "awards (number)"}) || !countColumn(doc, t, i) {
			continue
		}
		for _, bi := range t.rows[1:] {
			if n, _ := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(doc.blocks[bi].cells[i]), ",", "")); n > 1 {
				return true
			}
		}
	}
	return false
}

// countColumn reports a column whose cells below the header are all
// whole numbers: a count of bodies, not their names.
func countColumn(doc *document, t table, col int) bool {
	for _, bi := range t.rows[1:] {
		cells := doc.blocks[bi].cells
		if col >= len(cells) {
			return false
		}
		c := strings.TrimSpace(cells[col])
		if c == "" || strings.Trim(c, "0123456789,") != "" {
			return false
		}
	}
	return true
}

// notGrantRow reports a row whose short "product" cell says the money is
// a loan, equity or a guarantee: "Brinkburn Steel Fabrications Ltd | Loan
// (7 years) | £2 million".
func notGrantRow(cells []string, recipCol, amountCol int) bool {
	for i, c := range cells {
		if i == recipCol || i == amountCol || len(c) > 30 {
			continue
		}
		switch firstWordLower(c) {
		case "loan", "loans", "equity", "guarantee", "shares":
			return true
		}
	}
	return false
}

// aggregateLabel reports a lowered row label that adds up many grants:
// "individuals in need (23 awards)", "other climate resilience grants
// (2028: 5 grants)", "individual student bursaries (62 students)".
func aggregateLabel(lr string) bool {
	if hasAnyPrefix(lr, "other ", "individuals ", "individual ", "grants under ", "grants of less than ", "small grants ") {
		return true
	}
	k := strings.LastIndexByte(lr, '(')
	if k < 0 {
		return false
	}
	in := lr[k:]
	return strings.ContainsAny(in, "0123456789") && containsAny(in, []string{" awards", " grants", " students", " recipients", " individuals", " people", " households"})
}

// unheldLabel reports a row label (lowered lr, as written recip) that
// names money nobody holds yet or a kind of body, not a grantee:
// "Independent training providers (to be procured)", "In-year growth
// reserve (held by the Combined Authority)", "Contingency".
func unheldLabel(lr, recip string) bool {
	if containsAny(lr, []string{"to be procured", "to be allocated", "to be confirmed", "to be commissioned", "unallocated", "not yet allocated"}) {
		return true
	}
	if orgName(recip) {
		return false
	}
	if hasAnyWord(lr, []string{"reserve", "contingency", "headroom"}) {
		return true
	}
	// a kind of body in the plural, lower case after the first word
	f := strings.Fields(recip)
	if k := strings.IndexByte(lr, '('); k > 0 {
		f = strings.Fields(recip[:min(k, len(recip))])
	}
	if len(f) < 2 || len(f) > 4 || !genericNouns[strings.ToLower(f[len(f)-1])] {
		return false
	}
	for _, w := range f[1:] {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// analysisTable reports a table's caption or lead line that says it
// breaks a total down by kind: "Analysis of grants payable by area:",
// "Breakdown of awards by region". Its rows are areas, not grantees.
func analysisTable(l string) bool {
	l = strings.ToLower(l)
	return containsAny(l, []string{"analysis of", "breakdown of", "break-down of", "split of", "summary of", "spend by", "spending by", "expenditure by", "budget by"}) && containsAny(l, []string{" by area", " by category", " by theme", " by sector", " by region", " by type", " by cause", " by size", " by programme area", " by activity", " by purpose", " by outcome", " by strand", " by workstream", " by service", " by heading", " by line"})
}

// bodiesColumn reports a column whose cells below the header nearly all
// name bodies ("Bluestem County", "Kettering Borough Council"), not
// places or kinds.
func bodiesColumn(doc *document, t table, col int) bool {
	n, bodies := 0, 0
	for _, bi := range t.rows[1:] {
		cells := doc.blocks[bi].cells
		if col >= len(cells) || strings.TrimSpace(cells[col]) == "" || totalLabel(strings.ToLower(cells[col])) {
			continue
		}
		n++
		if c := strings.TrimSpace(cells[col]); leadingProper(c) == c && orgName(c) {
			bodies++
		}
	}
	return n >= 2 && bodies*5 >= n*4
}

// whatColumn reports a header naming a column of things, not bodies:
// "Grant", "Funding stream", "Issue", "Item".
func whatColumn(h string) bool {
	switch strings.Trim(strings.ToLower(h), " :") {
	case "grant", "grants", "grant name", "fund", "funding stream", "funding source", "source", "source of funding", "income", "issue", "finding", "item", "budget line", "expenditure", "cost", "heading", "detail", "details", "description", "line", "category":
		return true
	}
	return false
}

// illustrativeTable reports a table's caption or lead line that says its
// figures show what a proposal would give, not what was given: "Sample of
// illustrative allocations under the proposed formula", "Exemplification
// of the options".
func illustrativeTable(l string) bool {
	l = strings.ToLower(l)
	return containsAny(l, []string{"illustrative", "exemplification", "modelled allocations", "modelled figures"})
}

// matchGiven reports a money header naming the grant that matches what a
// grantee raises ("Match award", "Match grant (£)"), not the grantee's own
// "Match funding".
func matchGiven(l string) bool {
	k := strings.Index(l, "match")
	return k >= 0 && (strings.Contains(l[k:], " award") || strings.Contains(l[k:], " grant")) && !containsAny(l, []string{"funding", "contribution", "required", "request", "cost"})
}

func (a *analyzer) table(doc *document, t table) {
	if len(t.rows) > 0 && dataRow(doc.blocks[t.rows[0]].cells) {
		// the first row holds data: no header of its own, unless the
		// table goes on from the one before ("Ref. | Organisation |
		// Project | Grant awarded" over a page break), whose header it
		// shares
		if h := a.continuedFrom(doc, t); h >= 0 {
			t.rows = append([]int{h}, t.rows...)
		}
	}
	if len(t.rows) < 2 || analysisTable(t.caption) || analysisTable(t.lead) || illustrativeTable(t.caption) || illustrativeTable(t.lead) {
		return
	}
	if a.recordTable(doc, t) {
		return
	}
	if a.transposedTable(doc, t) {
		return
	}
	header := doc.blocks[t.rows[0]].cells
	merged := false
	if len(t.rows) > 2 && yearsRow(header) {
		// accounts: "| 2027 | 2026" over "Recipient | £ | £": one header
		// in two rows
		second := doc.blocks[t.rows[1]].cells
		if len(second) == len(header) && !dataRow(second) {
			joined := make([]string, len(header))
			for i := range header {
				joined[i] = strings.TrimSpace(second[i] + " " + header[i])
			}
			header, merged = joined, true
			t.rows = t.rows[1:]
		}
	}
	if !merged && dataRow(header) {
		a.headerlessTable(doc, t)
		return
	}
	roles := make([]colRole, len(header))
	units := make([]int64, len(header))
	curs := make([]string, len(header))
	years := make([]int, len(header))
	recipCol, purposeCol, amountCol := -1, -1, -1
	altCol := -1 // a second column of awards of another kind
	amountScore := 0
	var moneyScores []int // the score of every money column
	recipRank := len(recipientHeaders)
	hasYear := false
	capUnit, capCur := unitOf(t.caption)
	if capUnit == 0 && capCur == "" && len(t.lead) < 120 && !statesFigure(t.lead) {
		// "Table 1: Round 2 awards (£000)" in a line just above the table
		// (but not "Eight scientists will share £9.2 million")
		capUnit, capCur = unitOf(t.lead)
	}
	if capUnit == 0 && capCur == "" {
		// "The six largest awards are set out below. Figures are in £
		// million.": a short sentence of the lead that gives the unit
		capUnit, capCur = statedUnit(t.lead)
	}
	for i, h := range header {
		l := strings.ToLower(h)
		units[i], curs[i] = unitOf(h)
		ownMoney := units[i] > 0 || curs[i] != "" // the header itself states money
		if units[i] == 0 {
			units[i] = capUnit
		}
		if curs[i] == "" {
			curs[i] = capCur
		}
		if y, _, _, ok := findExplicitFY(h); ok && !strings.Contains(l, "total") && !rateHeader(l) {
			roles[i], years[i] = colYear, y
			hasYear = true
			continue
		}
		if strings.Contains(l, "partner") && !strings.Contains(l, "lead") {
			if partnerColumn(header, l) && recipRank > 0 {
				recipRank, recipCol = 0, i
			}
			continue
		}
		recipLike := (strings.Contains(l, "recipient") || strings.Contains(l, "awarded to") || strings.Contains(l, "organisation") || strings.Contains(l, "organization") || strings.Contains(l, "grantee") || strings.Contains(l, "applicant")) &&
			!strings.ContainsAny(l, "£$€") && !strings.HasPrefix(l, "amount") && !strings.HasPrefix(l, "total") && !strings.HasPrefix(l, "value")
		if !recipLike && (containsAny(l, amountHeaders) || hasAnyWord(l, euFundHeaders)) && !containsAny(l, []string{"number", "no.", "%", "per cent", "percent", "what", "purpose", "description", "summary", "details"}) && !hasAnyWord(l, []string{"date", "dated", "when", "ref", "reference", "count", "rate", "type", "kind", "category", "strand", "stream"}) &&
			!(containsAny(l, []string{"grants made", "awards made", "grants given"}) && !strings.ContainsAny(l, "£$€")) { // ("Grants made" counts them)
			// the column of money given wins over one of costs or sums
			// asked for: "Total project cost (£)" beside "Grant awarded (£)"
			score := 1
			switch {
			case matchGiven(l):
				// "Match award": the fund's grant that matches what the
				// grantee raises, what is given
				score = 2
			case containsAny(l, []string{"cost", "request", "match", "applied", "asked", "bid for", "leverag", "other funding", "total budget", "project budget", "total project"}):
				// "Total budget (€)" beside "EU contribution (€)": what
				// the project costs, not what it is given
				score = 0
			case containsAny(l, []string{"award", "grant", "allocat", "approved", "offered", "funding", "recommended"}) || hasAnyWord(l, euFundHeaders):
				score = 2
			}
			if score > 0 && containsAny(l, []string{"per year", "per annum", "a year", "each year", "annual", "per month", "a month"}) {
				// "Award per year" beside "Total award": a rate, not what
				// is awarded
				score--
			}
			if score >= 1 && ownMoney {
				// "Grants | EU contribution (€ million)": the column whose
				// header states money holds it; the other counts grants
				score += 2
			}
			moneyScores = append(moneyScores, score)
			if amountCol < 0 || score > amountScore {
				if amountCol >= 0 {
					roles[amountCol] = colNone
				}
				roles[i] = colAmount
				amountCol, amountScore, altCol = i, score, -1
				continue
			}
			if score == amountScore && score >= 3 && altCol < 0 && kindsOfAward(header[amountCol], h) {
				// "Development award (£) | Production award (£)": two
				// kinds of award, each its own
				altCol = i
				continue
			}
			if score == 0 || strings.ContainsAny(l, "£$€") {
				continue // never a recipient or purpose column ("Company contribution (£)")
			}
		}
		if hasAnyWord(l, []string{"cost", "costs"}) {
			continue // "Scheme cost": money, never who or what for
		}
		for r, w := range recipientHeaders {
			if !strings.Contains(l, w) || w == "council" && strings.Contains(l, "councillor") {
				continue // "Councillor" names who proposed a grant, not who got it
			}
			if (w == "service" || w == "setting") && (!strings.HasPrefix(l, w) || containsAny(l, []string{"type", "descr", "provid", "deliver", "area", "user"})) {
				// "Service" or "Setting name" beside "Type" in childcare
				// and care tables names who; "Service type", "Service
				// provided" do not
				continue
			}
			if containsAny(l, []string{"project", "scheme", "programme", "title"}) && !containsAny(l, []string{"lead", "organisation", "organization", "applicant", "recipient", "holder", "coordinator", "promoter", "sponsor", "owner", "body"}) {
				break // "Project name" names the project; "Project lead", "Scheme promoter" who holds it
			}
			// the leftmost column that names who is the recipient;
			// "Local authority", "Area", "Region" beside one say where,
			// and "Service" beside "Lead organisation" says what
			r = 0
			if w == "service" || w == "setting" {
				r = 1
			} else if locationHeader(l) {
				r = 2
			}
			if r < recipRank {
				recipRank, recipCol = r, i
			}
			break
		}
		if purposeCol < 0 && containsAny(l, purposeHeaders) && recipCol != i {
			purposeCol = i
		}
	}
	if amountScore == 0 && recipCol >= 0 {
		// "Amount requested | Decision" with "Award £42,000" in the
		// decision's cells: what was given is in the decision
		for i, h := range header {
			if i == recipCol || !containsAny(strings.ToLower(h), []string{"decision", "outcome", "result", "recommendation", "determination"}) {
				continue
			}
			if moneyColumn(doc, t, i) {
				if amountCol >= 0 {
					roles[amountCol] = colNone
				}
				roles[i], amountCol, amountScore = colAmount, i, 2
				break
			}
		}
	}
	statusCol := -1
	if amountScore == 0 && recipCol >= 0 {
		// "Amount requested | Votes | Result" over "£4,800 | 1,126 |
		// Funded", "Cost | Result": a bid marked funded is given what it
		// asked for
		if amountCol < 0 {
			amountCol = askedColumn(doc, t, header)
		}
		if amountCol >= 0 {
			if statusCol = fundedColumn(doc, t, header); statusCol >= 0 {
				roles[amountCol], amountScore = colAmount, 1
			} else if roles[amountCol] != colAmount {
				amountCol = -1
			}
		}
	}
	if hasYear {
		// "Funding (£) 2026/27 | 2027/28" from a header spanning both
		// years: the money the first year's header states is each year's
		cur, unit := "", int64(0)
		for i, r := range roles {
			if r == colYear && (curs[i] != "" || units[i] > 0) {
				cur, unit = curs[i], units[i]
				break
			}
		}
		for i, r := range roles {
			if (r == colYear || strings.EqualFold(strings.TrimSpace(header[i]), "total")) && curs[i] == "" && units[i] == 0 {
				// (and the "Total" beside the years under "Amount
				// (£000s)")
				curs[i], units[i] = cur, unit
			}
		}
	}
	if amountCol >= 0 && amountScore >= 1 && curs[amountCol] == "" && units[amountCol] == 0 && recipCol >= 0 && !strings.ContainsAny(header[amountCol], "0123456789") {
		// "Organisation | Requested | Agreed" with bare figures: the
		// page's own currency
		curs[amountCol] = docCurrency(doc)
	}
	if recipCol >= 0 {
		roles[recipCol] = colRecipient
		if purposeCol == recipCol {
			purposeCol = -1
		}
	}
	if purposeCol >= 0 {
		roles[purposeCol] = colPurpose
	}
	ctx := strings.ToLower(t.caption + " " + t.context + " " + strings.Join(header, " "))
	if recipCol < 0 && len(header) > 1 && containsAny(strings.ToLower(header[0]), []string{"year"}) && containsAny(ctx, []string{"budget", "allocation", "available"}) {
		// "Financial year | Budget" rows: the fund's limit for each year
		bc := amountCol
		for i, h := range header[1:] {
			if containsAny(strings.ToLower(h), []string{"budget", "allocation", "available"}) {
				bc = i + 1
				break
			}
		}
		if bc > 0 {
			a.budgetTable(doc, t, bc, units[bc], curs[bc])
			return
		}
	}
	lead := t.lead
	if !strings.HasSuffix(strings.TrimSpace(lead), ":") && !containsAny(strings.ToLower(lead), []string{"following", "below", "table", "listed"}) {
		// "A decision on one application has been deferred until ..."
		// before the table says nothing of the table itself
		lead = ""
	}
	if containsAny(strings.ToLower(t.caption+" "+t.context+" "+t.lead), []string{"for decision", "for determination", "to be determined", "to be decided"}) {
		return // "Appendix B: Round 3 applications for decision": proposals
	}
	if refusedTable(strings.ToLower(t.caption + " " + lead + " " + strings.Join(header, " "))) {
		return // "Applications not recommended", "Amount requested" of declined bids
	}
	if amountCol >= 0 && amountScore == 0 && !hasYear && !containsAny(strings.ToLower(t.caption+" "+t.lead), []string{"approved", "awarded", "successful", "agreed", "funded"}) {
		// "Applicant | Purpose | Total cost | Sum requested": the
		// applications put to a meeting, whose grants are decided after
		return
	}
	fundsByYear := func() bool {
		// "Fund | 2026/27 | 2027/28" under "Local growth fund budgets (£
		// million)": each fund's budget for each year
		switch strings.Trim(strings.ToLower(header[0]), " :") {
		case "fund", "funds", "programme", "programmes", "program", "scheme", "schemes", "funding stream":
			return containsAny(ctx+" "+strings.ToLower(t.lead), []string{"budget", "available"})
		}
		return false
	}
	if recipCol < 0 && len(header) > 2 && a.fundBudgets(doc, t, header, units, curs) {
		return
	}
	if hasYear && recipCol < 0 && len(header) > 1 && (containsAny(strings.ToLower(header[0]), []string{"line item", "budget line"}) || containsAny(strings.ToLower(strings.Join(header, " ")), []string{"appropriation"}) || fundsByYear()) {
		// "Line item | FY 2027-28 Appropriation | FY 2028-29
		// Appropriation | Change": a budget by year, whose programme
		// rows give limits, and no awards
		a.appropriationTable(doc, t, roles, years, units, curs)
		return
	}
	// ("The precepts notified were as follows:" over "Authority | Band
	// D 2025/26 | Band D 2026/27": what the line before names counts)
	negCtx := ctx + " " + strings.ToLower(lead)
	if amountCol >= 0 && amountScore >= 1 {
		// "Scheme funding | Match funding | Total project cost": the cost
		// column beside the grant's says nothing against the table
		negCtx = strings.ToLower(t.caption + " " + t.context + " " + header[amountCol])
	}
	if statusCol < 0 && containsAny(negCtx, negativeTable) && !containsAny(ctx+" "+strings.ToLower(t.lead), []string{"award", "grant", "successful", "allocation", "recipient", "applicant", "agreed", "approved"}) {
		return // ("Ward Budget allocations ... in the amounts shown in the 'Agreed' column" is a table of grants)
	}
	if containsAny(ctx, []string{"proposed use", "planned use", "proposed spend", "planned spend", "spending plan", "delivered by"}) || len(header) > 0 && containsAny(strings.ToLower(header[0]), []string{"source"}) {
		// ... or where the money comes from ("Funding source")
		return // how a body plans to spend its own grant, not awards it makes
	}
	if aggregateRows(doc, t, header) {
		// "Area | Number of grants | Value (£ thousands)" over "Aldmoor |
		// 41 | 2,310": each row adds up many grants, none is one
		return
	}
	if recipCol > 0 && len(header) > 0 && containsAny(strings.ToLower(header[0]), []string{"round", "wave", "tranche"}) && countColumn(doc, t, recipCol) {
		// "Round | Decided | Businesses | Grants approved" over "Round 1
		// | November 2025 | 14 | £2.1m": the column of bodies counts
		// them, each row a round
		a.roundTable(doc, t, amountCol, units, curs)
		return
	}
	if recipCol < 0 && amountCol > 0 && funderHeader(header[0]) {
		// "Funder | Contribution" under "Funding partners": who gave to
		// the page's own project
		a.fundersTable(doc, t, amountCol, units[amountCol], curs[amountCol])
		return
	}
	if recipCol < 0 {
		if len(header) > 0 && containsAny(strings.ToLower(header[0]), []string{"round", "wave", "tranche"}) {
			a.roundTable(doc, t, amountCol, units, curs)
			return
		}
		// a summary by region or nation is an aggregate, not awards
		if len(header) > 0 && containsAny(strings.ToLower(header[0]), []string{"region", "nation", "country", "county", "area", "year", "round", "wave", "phase", "tranche", "quarter", "month", "category", "theme", "sector"}) && !bodiesColumn(doc, t, 0) {
			// (but "County | Award" over "Bluestem County | $1,202,000"
			// names the counties given the money)
			return
		}
		if !containsAny(ctx, []string{"award", "grant", "successful", "allocation", "funding", "recipient"}) || amountCol < 0 && !hasYear {
			a.headerlessTable(doc, t)
			return
		}
		recipCol = 0
		for i, r := range roles {
			if r == colNone && i != purposeCol {
				recipCol = i
				break
			}
		}
		if whatColumn(header[recipCol]) {
			// "Grant | 2026/27 actual (£) | ...", "Issue | Value (£) |
			// Effect on claim": the rows name grants or findings, not
			// who was given them
			return
		}
	}
	// "Local authority | Capital (£) | Resource (£)": a grant in two
	// parts, whose sum is the award when no column totals them
	var partCols []int
	totalCol := -1
	for i, h := range header {
		if l := strings.ToLower(h); hasAnyWord(l, []string{"capital", "resource", "revenue"}) && !containsAny(l, []string{"total", "cost", "match", "spend"}) {
			partCols = append(partCols, i)
		} else if containsAny(l, []string{"total", "combined"}) && !containsAny(l, []string{"cost", "match", "spend", "budget"}) && (totalCol < 0 || !comparativeYears(header[totalCol], h)) {
			// (the first of "Total 2026 £ | Total 2025 £": accounts set
			// the year reported before the year it is compared with)
			totalCol = i
		}
	}
	if amountCol < 0 && !hasYear && len(partCols) == 2 && recipCol >= 0 && !slices.Contains(partCols, recipCol) && moneyColumn(doc, t, partCols[0]) && moneyColumn(doc, t, partCols[1]) {
		// "Council | Scheme | Capital | Revenue" under "approved
		// schemes": the parts, with no word for money in either header
		amountCol = partCols[0]
		roles[amountCol] = colAmount
		for _, i := range partCols {
			if curs[i] == "" && units[i] == 0 {
				curs[i] = docCurrency(doc)
			}
		}
	}
	if amountCol < 0 && !hasYear && recipCol >= 0 {
		// "Council | Project" over "Glenardle Council | Almost £2 million
		// to strengthen the Old Ferry Bridge ...": the column whose cells
		// open with the figure holds the grants
		for i := range header {
			if i != recipCol && figureCells(doc, t, i) && !askHeader(header[i]) {
				// (not "Target ask" in a fundraising plan)
				amountCol = i
				roles[i] = colAmount
				if purposeCol == i {
					purposeCol = -1
				}
				break
			}
		}
	}
	if amountCol < 0 && !hasYear {
		for i := range header {
			if i != recipCol && askHeader(header[i]) && moneyColumn(doc, t, i) {
				return // "Funder | Target ask | Status": sums to ask for
			}
		}
		a.headerlessTable(doc, t)
		return
	}
	if len(partCols) != 2 || amountCol != partCols[0] && amountCol != partCols[1] {
		partCols = nil
	}
	if totalCol >= 0 && amountCol >= 0 && totalCol != amountCol && !hasYear && len(moneyScores) >= 3 && !slices.Contains(moneyScores, 0) {
		// "... | Capital (£) | Resource (£) | Total (£)", "Prevention
		// element (£) | Temporary accommodation element (£) | Total
		// (£)": parts of one grant, and the column that totals them
		// (but not a "Total" beside a cost or match column)
		roles[amountCol], roles[totalCol] = colNone, colAmount
		amountCol, partCols = totalCol, nil
	}
	// "Annual award | Years" over "£1,200,000 | 3 (2026–29)": a yearly
	// figure for so many years, the grant their sum
	termCol := -1
	if amountCol >= 0 && containsAny(strings.ToLower(header[amountCol]), []string{"per year", "per annum", "a year", "each year", "annual", "yearly"}) {
		for i, h := range header {
			if l := strings.ToLower(strings.TrimSpace(h)); i != amountCol && (hasAnyPrefix(l, "years", "no. of years", "number of years", "duration", "term", "length") || l == "period") {
				termCol = i
				break
			}
		}
	}
	fund := a.tableFund(t)
	roundNum := 0
	for _, m := range findRounds(strings.ToLower(t.caption)) {
		if m.num > 0 && !m.future {
			roundNum = m.num
		}
	}
	if roundNum == 0 {
		roundNum = a.ctxRound
	}
	if amountCol >= 0 && allHedgedUpTo(doc, t, amountCol) {
		return // "Air source heat pump | up to £7,500": a table of grant rates
	}
	// 360Giving-style columns: "Currency" beside a bare "Amount Awarded",
	// and "Grant Programme:Title" naming each row's fund
	curCol, progCol := -1, -1
	for i, h := range header {
		switch l := strings.ToLower(strings.TrimSpace(h)); {
		case l == "currency":
			curCol = i
		case roles[i] == colNone && strings.Contains(l, "programme") && (strings.Contains(l, "title") || strings.Contains(l, "name")):
			progCol = i
		}
	}
	// "Fellow | Host institution | Project | Award": a researcher's
	// award is named by the researcher and the host
	personCol, hostCol := personColumn(doc, t), -1
	if personCol >= 0 {
		if recipCol != personCol {
			hostCol = recipCol
		} else {
			for i, h := range header {
				if i != personCol && containsAny(strings.ToLower(h), []string{"institution", "host", "organisation", "organization", "university"}) {
					hostCol = i
					break
				}
			}
		}
	}
	// year columns set side by side to show a change, or last year's
	// "(for comparison)"
	comparison := false
	for _, h := range header {
		if containsAny(strings.ToLower(h), []string{"change", "difference", "increase", "variance", "+/-", "movement", "comparison", "previous", "prior year", "last year"}) {
			comparison = hasYear
		}
	}
	if hasYear && !comparison && forReference(doc, t) {
		// "The figures for 2027/28, the first year of the grant, are
		// shown for reference." above "2027/28 (£) | 2028/29 (£)": the
		// earlier year is there to compare
		comparison = true
	}
	awardRows := 0 // a total row under two or more awards totals the batch
	// accounts' "Recipient | 2027 £ | 2026 £": their total is a year's
	// grants in the charity's books, no round
	accounts := false
	for i := 1; i < len(header) && !accounts; i++ {
		accounts = comparativeYears(header[i-1], header[i])
	}
	var awardSum int64
	for _, bi := range t.rows[1:] {
		b := doc.blocks[bi]
		cells := b.cells
		if recipCol >= len(cells) {
			continue
		}
		recip := cleanName(lowerAside(b.head(recipCol)))
		if personCol >= 0 && personCol < len(cells) && isPerson(strings.TrimSpace(cells[personCol])) {
			if hostCol >= 0 && hostCol < len(cells) && strings.TrimSpace(cells[hostCol]) != "" {
				recip = withPerson(strings.TrimSpace(cells[personCol]), cleanName(cells[hostCol]))
			} else if pub := a.publisherOrg(); pub != "" && hasAnyWord(asciiLower(pub), []string{"university", "college", "institute", "school", "hospital"}) && personName(cells[personCol]) != "" {
				// a university's own register of its researchers' awards:
				// the university holds them
				recip = withPerson(strings.TrimSpace(cells[personCol]), pub)
			} else if n := personName(cells[personCol]); n != "" {
				recip = n
			}
		}
		lr := strings.ToLower(recip)
		if doc.blocks[bi].total && !totalLabel(lr) && !(len(cells) > 0 && totalLabel(strings.ToLower(strings.TrimSpace(cells[0])))) {
			continue // a region's subtotal, marked so by the page: no grantee
		}
		if lr == "" && len(cells) > 0 {
			// "<th colspan=3>Total</th><td>9,214,330</td>": the label in
			// the first column, over the recipient's
			if f := strings.ToLower(strings.TrimSpace(cells[0])); totalLabel(f) {
				lr = f
			}
		}
		if totalLabel(lr) {
			// the total row of a page announcing a round is the round's
			// total, never an award (but "Total, all schemes" adds up
			// several funds' grants, no one round)
			if accounts || containsAny(lr, []string{"all schemes", "all funds", "all programmes", "all programs", "all grant schemes"}) {
				continue
			}
			if strings.HasPrefix(lr, "sub") || strings.HasPrefix(lr, "total (") && awardRows > 0 && strings.HasSuffix(lr, ")") && !strings.ContainsAny(lr, "0123456789") {
				// "Total (North Fells) | 4,344,000" above "England |
				// 96,000,000": the sum of the rows shown, part of the batch
				// (but "Total (12 grants)" counts the batch)
				continue
			}
			sumCol := amountCol
			if sumCol < 0 {
				// "Local transport authority | Allocation 2028-29 (£)":
				// the one year's column totals the batch
				for i, r := range roles {
					if r == colYear {
						if sumCol >= 0 {
							sumCol = -1
							break
						}
						sumCol = i
					}
				}
			}
			if sumCol >= 0 && sumCol < len(cells) && (roundNum > 0 || hasAnyWord(strings.ToLower(t.caption+" "+t.context), []string{"round"}) || awardRows >= 2) {
				if v, c, ok := cellAmount(cells[sumCol], units[sumCol], curs[sumCol]); ok && v > 0 {
					if c == "" {
						c = "GBP"
					}
					// "Total awarded in round 3 (4 projects)", or the
					// award rows it is the sum of
					n := projectCount(lr)
					if n == 0 && awardRows >= 2 && awardSum == v {
						n = awardRows
					}
					a.facts = append(a.facts, roundFact{order: a.order, num: roundNum, total: &v, currency: c, fund: fund, projects: n, ev: Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: 0.7}})
				}
			}
			continue
		}
		if recip == "" || strings.HasPrefix(lr, "sub-total") || strings.HasPrefix(lr, "subtotal") || lr == "–" || lr == "-" || declinedRow(cells) || notGrantRow(cells, recipCol, amountCol) || aggregateLabel(lr) || unheldLabel(lr, recip) {
			continue
		}
		if statusCol >= 0 && (statusCol >= len(cells) || !fundedStatus(cells[statusCol])) {
			continue // "Not funded": a bid the vote or panel passed over
		}
		if len(scanAmounts(recip)) > 0 || strings.Trim(recip, "0123456789,. ") == "" {
			continue // a figure, not a name
		}
		if n, w := countWord(strings.ToLower(recip)); n > 0 && w > 0 && genericNouns[strings.ToLower(firstWord(strings.TrimSpace(recip[w:])))] {
			continue // "Six households (names withheld)": no one named
		}
		var parts []Tranche
		var sum int64
		cur := ""
		for i, r := range roles {
			if r != colYear || i >= len(cells) {
				continue
			}
			v, c, ok := cellAmount(cells[i], units[i], curs[i])
			if !ok || v == 0 {
				continue
			}
			parts = append(parts, Tranche{Period: fyString(years[i]), Amount: v})
			sum += v
			cur = c
		}
		if comparison && len(parts) > 1 {
			// "2025/26 allocation | 2026/27 allocation | Change": last
			// year's figure is there to compare, this year's is the award
			last := parts[0]
			for _, p := range parts[1:] {
				if p.Period > last.Period {
					last = p
				}
			}
			parts, sum = []Tranche{last}, last.Amount
		}
		amount := sum
		if amountCol >= 0 && amountCol < len(cells) {
			ccur := curs[amountCol]
			if curCol >= 0 && curCol < len(cells) && isoCurrency(cells[curCol]) != "" {
				ccur = isoCurrency(cells[curCol])
			}
			if v, c, ok := cellAmount(cells[amountCol], units[amountCol], ccur); ok && (amount == 0 || len(parts) == 0) {
				amount, cur = v, c
			}
		}
		if partCols != nil && len(parts) == 0 {
			amount, cur = 0, ""
			for _, i := range partCols {
				if i < len(cells) {
					if v, c, ok := cellAmount(cells[i], units[i], curs[i]); ok && (cur == "" || c == cur) {
						amount, cur = amount+v, c
					}
				}
			}
		}
		if amount <= 0 && altCol < 0 {
			continue
		}
		if termCol >= 0 && termCol < len(cells) && len(parts) == 0 {
			amount, parts = termSum(cells[termCol], amount)
		}
		if len(parts) < 2 {
			parts = []Tranche{}
		}
		purpose := ""
		if purposeCol >= 0 && purposeCol < len(cells) {
			purpose = cleanPurpose(cells[purposeCol])
		} else if h := b.head(recipCol); h != cells[recipCol] {
			// "Kellbeck Community Larder<br><i>Core costs</i>": the
			// line under the name says what for
			purpose = cleanPurpose(strings.TrimSpace(strings.TrimPrefix(cells[recipCol], h)))
		}
		rowFund := fund
		if progCol >= 0 && progCol < len(cells) && strings.TrimSpace(cells[progCol]) != "" && len(scanAmounts(cells[progCol])) == 0 {
			rowFund = a.funds.add(strings.TrimSpace(cells[progCol]))
		}
		if amount <= 0 {
			// "The Ferryman's Daughter | Ironbridge Media | – | 120,000":
			// an award of the second kind only
			if v, ok := a.altAward(b, altCol, units[altCol], curs[altCol], recip, purpose, rowFund, roundNum); ok {
				awardRows++
				awardSum += v
				a.recipients[strings.ToLower(recip)] = true
			}
			continue
		}
		if cur == "" {
			cur = "GBP"
		}
		aw := Award{
			Recipient: recip,
			Amount:    amount,
			Currency:  cur,
			Tranches:  parts,
			Purpose:   purpose,
			Evidence:  Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: 0.9},
		}
		a.awards = append(a.awards, awardCand{award: aw, order: a.order, ctxRound: roundNum, fund: rowFund})
		awardRows++
		awardSum += amount
		a.recipients[strings.ToLower(recip)] = true
		a.order++
		if altCol >= 0 {
			if v, ok := a.altAward(b, altCol, units[altCol], curs[altCol], recip, purpose, rowFund, roundNum); ok {
				awardRows++
				awardSum += v
			}
		}
	}
}

// altAward adds the award a row's second column of another kind gives
// ("Development award (£) | Production award (£)"), when the cell holds
// a figure.
func (a *analyzer) altAward(b block, col int, unit int64, cur, recip, purpose, fund string, roundNum int) (int64, bool) {
	if col >= len(b.cells) {
		return 0, false
	}
	v, c, ok := cellAmount(b.cells[col], unit, cur)
	if !ok || v <= 0 {
		return 0, false
	}
	if c == "" {
		c = "GBP"
	}
	aw := Award{Recipient: recip, Amount: v, Currency: c, Tranches: []Tranche{}, Purpose: purpose, Evidence: Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: 0.8}}
	a.awards = append(a.awards, awardCand{award: aw, order: a.order, ctxRound: roundNum, fund: fund})
	a.order++
	return v, true
}

// kindsOfAward reports two money headers that name two kinds of one
// award by their first words: "Development award (£)" and "Production
// award (£)", not "Grant (£)" and "Total grant (£)".
func kindsOfAward(x, y string) bool {
	lx, ly := strings.ToLower(x), strings.ToLower(y)
	if containsAny(lx+" "+ly, []string{"total", "requested", "cost", "match", "previous", "last year", "change"}) {
		return false
	}
	hx, hy := firstWordLower(x), firstWordLower(y)
	if hx == hy || !isAlphaWord(hx) || !isAlphaWord(hy) {
		return false
	}
	for _, w := range []string{"award", "grant", "allocation"} {
		if hasWord(lx, w) && hasWord(ly, w) {
			return true
		}
	}
	return false
}

// headerlessTable reads tables without a usable header row: each row with
// one money cell and one cell naming an organisation, when the caption or
// the heading above is about awards or grants.
func (a *analyzer) headerlessTable(doc *document, t table) {
	ctx := strings.ToLower(t.caption + " " + t.context)
	// (or the line that leads into it: "The Investment Panel approved the
	// following awards on 3 March:")
	if !containsAny(ctx+" "+strings.ToLower(t.lead), []string{"award", "grant", "successful", "allocation", "funding", "recipient", "winner"}) && !givenRows(doc, t) || containsAny(ctx, negativeTable) {
		// (but "Ballykeel Community Energy Co-operative | €750,000
		// towards a single community-owned wind turbine" says itself
		// what each row is)
		return
	}
	for _, bi := range t.rows {
		b := doc.blocks[bi]
		var money []money
		moneyCell, nameCell := -1, -1
		for i, c := range b.cells {
			if ms := scanAmounts(c); len(ms) > 0 {
				if moneyCell >= 0 {
					moneyCell = -2 // several figures: not a simple row
					break
				}
				moneyCell, money = i, ms
				continue
			}
			if n := leadingProper(c); nameCell < 0 && n != "" && (len(n)*3 >= len(cleanName(c))*2 || orgName(n)) && !totalLabel(strings.ToLower(strings.TrimSpace(c))) && !labelWords[strings.ToLower(strings.Trim(c, " :"))] {
				// (a name, not a line's label: "Amount carried forward
				// from 2024/25 | £1,240")
				nameCell = i
			}
		}
		if moneyCell < 0 || nameCell < 0 {
			continue
		}
		purpose := ""
		for i, c := range b.cells {
			if i != moneyCell && i != nameCell && len(c) > len(purpose) {
				purpose = cleanPurpose(c)
			}
		}
		aw := Award{
			Recipient: cleanName(lowerAside(b.cells[nameCell])),
			Amount:    money[0].Value,
			Currency:  money[0].Currency,
			Tranches:  []Tranche{},
			Purpose:   purpose,
			Evidence:  Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: 0.7},
		}
		a.awards = append(a.awards, awardCand{award: aw, order: a.order, ctxRound: a.ctxRound})
		a.recipients[strings.ToLower(aw.Recipient)] = true
		a.order++
	}
}

// roundTable reads a summary table with one row per round ("Round 2 |
// 28 | 26.0") into round facts: number, projects and total.
func (a *analyzer) roundTable(doc *document, t table, amountCol int, units []int64, curs []string) {
	header := doc.blocks[t.rows[0]].cells
	projCol := -1
	for i, h := range header {
		l := strings.ToLower(h)
		if i != amountCol && containsAny(l, []string{"project", "bids", "number", "awards made", "grants made", "funded", "supported", "successful", "recipients", "no. of", "how many"}) && !strings.ContainsAny(l, "£$€") {
			projCol = i
			break
		}
	}
	for i, h := range header {
		// "Businesses" over counts, when no header says it counts
		if l := strings.ToLower(h); projCol < 0 && i > 0 && i != amountCol && !strings.ContainsAny(l, "£$€") && !containsAny(l, []string{"year", "date", "decided", "month", "jobs"}) && countColumn(doc, t, i) {
			projCol = i
		}
	}
	fund := a.tableFund(t)
	for _, bi := range t.rows[1:] {
		b := doc.blocks[bi]
		if len(b.cells) == 0 {
			continue
		}
		num := 0
		if ms := findRounds(asciiLower(b.cells[0])); len(ms) > 0 {
			num = ms[0].num
		} else if c := strings.TrimSpace(b.cells[0]); c != "" && len(c) <= 6 {
			// "Round | Opened | Grants made" over "1 | March 2026 | 37":
			// the round's number alone under the heading
			if n, w := countWord(asciiLower(c)); w == len(c) && n > 0 && n < 50 {
				num = n
			} else if n := ordinal(asciiLower(c)); n > 0 {
				num = n
			}
		}
		if num == 0 {
			continue
		}
		if fund == "" {
			fund = a.lastFund
		}
		f := roundFact{order: a.order, num: num, fund: fund, currency: "GBP",
			ev: Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: 0.8}}
		a.order++
		if amountCol >= 0 && amountCol < len(b.cells) {
			if v, c, ok := cellAmount(b.cells[amountCol], units[amountCol], curs[amountCol]); ok && v > 0 {
				f.total, f.currency = &v, c
			}
		}
		if projCol >= 0 && projCol < len(b.cells) {
			if n, w := countWord(strings.TrimSpace(b.cells[projCol])); w > 0 {
				f.projects = n
			}
		}
		a.mentions = append(a.mentions, roundMention{num: f.num})
		a.facts = append(a.facts, f)
	}
}

// recordTable reads a table of one grant's facts, one label and one value
// per row ("Lead organisation | Solent Marine Hydrogen Ltd", "Grant
// awarded | £4,200,000 (£1,600,000 in 2024/25; £2,600,000 in 2025/26)"):
// the lead receives the grant, split by year where the cell says so. It
// reports whether the table was such a record.
func (a *analyzer) recordTable(doc *document, t table) bool {
	recip, amountRow := "", -1
	for _, bi := range t.rows {
		cells := doc.blocks[bi].cells
		if len(cells) != 2 || len(scanAmounts(cells[0])) > 0 || len(cells[0]) > 40 {
			return false
		}
		l := strings.ToLower(cells[0])
		switch {
		case containsAny(l, []string{"lead organisation", "lead organization", "lead partner", "lead applicant", "recipient", "grantee", "awarded to", "organisation", "organization", "applicant"}) && !strings.Contains(l, "partner organisations"):
			if recip == "" {
				recip = cleanName(cells[1])
			}
		case containsAny(l, []string{"grant awarded", "amount awarded", "award", "grant", "funding awarded", "funding"}) && !containsAny(l, []string{"cost", "request", "match", "total project"}):
			if amountRow < 0 {
				amountRow = bi
			}
		}
	}
	if recip == "" || amountRow < 0 || len(scanAmounts(recip)) > 0 || columnTitle(recip) {
		// ("Organisation | Grant" over rows of grants heads a list)
		return false
	}
	b := doc.blocks[amountRow]
	ms := scanAmounts(b.cells[1])
	if len(ms) == 0 {
		return false
	}
	m := ms[0]
	aw := Award{Recipient: recip, Amount: m.Value, Currency: m.Currency, Tranches: []Tranche{}, Evidence: Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: 0.8}}
	if m.Qual != "" {
		q := m.Qual
		aw.Qualifier = &q
	}
	// "(£1,600,000 in 2024/25; £2,600,000 in 2025/26)"
	var parts []Tranche
	var sum int64
	prev := 0
	for _, n := range ms[1:] {
		p, _, ok := periodAfter(b.cells[1], n.End, a.base, prev)
		if !ok {
			break
		}
		parts = append(parts, Tranche{Period: fyString(p), Amount: n.Value})
		sum += n.Value
		prev = p
	}
	if len(parts) >= 2 && sum == m.Value {
		aw.Tranches = parts
	}
	a.awards = append(a.awards, awardCand{award: aw, order: a.order, ctxRound: a.ctxRound, fund: a.lastFund})
	a.recipients[strings.ToLower(recip)] = true
	return true
}

// allHedgedUpTo reports a table whose every amount says "up to": rates or
// caps, not awards.
func allHedgedUpTo(doc *document, t table, col int) bool {
	n := 0
	for _, bi := range t.rows[1:] {
		cells := doc.blocks[bi].cells
		if col >= len(cells) {
			continue
		}
		ms := scanAmounts(cells[col])
		if len(ms) == 0 {
			continue
		}
		if ms[0].Qual != "up to" {
			return false
		}
		n++
	}
	return n > 0
}

// budgetTable reads a table of a fund's budget by financial year
// ("2024-25 | £5.0m"): one limit per year, for the fund in the caption.
func (a *analyzer) budgetTable(doc *document, t table, col int, unit int64, cur string) {
	if doc.published != "" && a.base > 0 {
		// "Year | Budget | Learners | Spend per learner" for 2023/24 to
		// 2025/26 in a report of 2028: what was spent, no budget to come
		past := true
		for _, bi := range t.rows[1:] {
			if c := doc.blocks[bi].cells; len(c) > 0 {
				if y, _, _, ok := findExplicitFY(c[0]); ok && y >= a.base {
					past = false
				}
			}
		}
		if past {
			return
		}
	}
	fund := a.tableFund(t)
	for _, bi := range t.rows[1:] {
		b := doc.blocks[bi]
		if len(b.cells) <= col {
			continue
		}
		y, _, _, ok := findExplicitFY(b.cells[0])
		if !ok {
			continue
		}
		v, c, ok := cellAmount(b.cells[col], unit, cur)
		if !ok || v <= 0 {
			continue
		}
		if c == "" {
			c = "GBP"
		}
		a.yearLimit(b, fund, v, c, y, 0.8)
	}
}

// appropriationTable reads a budget by year, one line per row: each row
// that names a grant programme ("Downtown Vitality Grant Program | $7.5m |
// $10m") gives that programme a limit per year column; other lines
// (staff, debt service) are a body's own spending.
func (a *analyzer) appropriationTable(doc *document, t table, roles []colRole, years []int, units []int64, curs []string) {
	for _, bi := range t.rows[1:] {
		b := doc.blocks[bi]
		if len(b.cells) == 0 {
			continue
		}
		name := cleanName(b.cells[0])
		if !programmeLabel(name) && !fundHeads[lastWordLower(name)] || strings.Contains(name, ",") || accountingFund(asciiLower(name)) {
			continue // (and "General Fund | $84,120,500": the body's own account)
		}
		fund := a.funds.add(name)
		for i, c := range b.cells {
			if i >= len(roles) || roles[i] != colYear {
				continue
			}
			v, cur, ok := cellAmount(c, units[i], curs[i])
			if !ok || v <= 0 {
				continue
			}
			if cur == "" {
				cur = docCurrency(doc)
			}
			a.yearLimit(b, fund, v, cur, years[i], 0.75)
		}
	}
}

// partnerColumn reports a header l that names a funder's partners as its
// grantees ("Country | Partner | Grant (USD)"), with no column of leads
// beside it whose partners they would be.
func partnerColumn(header []string, l string) bool {
	switch strings.TrimSpace(l) {
	case "partner", "partner organisation", "partner organization", "local partner", "implementing partner", "partner name":
	default:
		return false
	}
	for _, h := range header {
		if hl := strings.ToLower(h); containsAny(hl, []string{"lead", "coordinator", "applicant", "recipient", "grantee"}) {
			return false
		}
	}
	return true
}

// yearsRow reports a header row of calendar years over empty cells:
// "| 2027 | 2026".
func yearsRow(cells []string) bool {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if bareYear(c) == 0 || len(c) > 6 {
			return false
		}
		n++
	}
	return n >= 2
}

// comparativeYears reports two headers that differ by a calendar year,
// the first later: "Total 2026 £" before "Total 2025 £".
func comparativeYears(first, second string) bool {
	a, b := bareYear(first), bareYear(second)
	return a > 0 && b > 0 && a > b
}

// bareYear returns the calendar year h names alone ("Total 2026 £"), or
// 0; a financial year ("2026/27") is none.
func bareYear(h string) int {
	for i := 0; i+4 <= len(h); i++ {
		if (i > 0 && isDigit(h[i-1])) || !strings.HasPrefix(h[i:], "20") && !strings.HasPrefix(h[i:], "19") {
			continue
		}
		y, ok := year4(h, i)
		if !ok {
			continue
		}
		if e := i + 4; e < len(h) && (isDigit(h[e]) || (h[e] == '/' || h[e] == '-') && e+1 < len(h) && isDigit(h[e+1])) {
			return 0
		}
		return y
	}
	return 0
}

// askHeader reports a header over sums asked for or planned, not given:
// "Target ask", "Amount requested", "Cost".
func askHeader(h string) bool {
	return hasAnyWord(strings.ToLower(h), []string{"ask", "target", "requested", "request", "cost", "costs"})
}

// funderHeader reports a column header naming who gave: "Funder",
// "Funding partner", "Donors". (A first column headed "Source" or
// "Funding source" is a body's plan for its own money, set aside earlier
// in table.)
func funderHeader(h string) bool {
	switch strings.Trim(strings.ToLower(h), " :") {
	case "funder", "funders", "funding partner", "funding partners", "donor", "donors", "funded by", "contributor":
		return true
	}
	return false
}

// fundersTable reads a table of a project's funders and what each gave
// as grants to the page's publisher: each row but the total, the
// publisher's own share and support in kind. With no publisher named it
// reads nothing.
func (a *analyzer) fundersTable(doc *document, t table, col int, unit int64, cur string) {
	pub := a.publisherOrg()
	if pub == "" {
		return
	}
	for _, bi := range t.rows[1:] {
		b := doc.blocks[bi]
		if len(b.cells) <= col {
			continue
		}
		name := cleanName(b.cells[0])
		l := strings.ToLower(name)
		if name == "" || containsAny(l, []string{"total", "in-kind", "in kind", "own ", "loan", "reserves", "donations", "appeal", "fundraising"}) || strings.Contains(l, strings.ToLower(pub)) || sameBody(name, pub) {
			continue
		}
		v, c, ok := cellAmount(b.cells[col], unit, cur)
		if !ok || v <= 0 {
			continue
		}
		if c == "" {
			c = docCurrency(doc)
		}
		fund := ""
		if h := findFunds(name); len(h) > 0 {
			fund = a.funds.add(h[0].name)
		}
		aw := Award{Recipient: pub, Amount: v, Currency: c, Tranches: []Tranche{}, Evidence: Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: 0.6}}
		a.awards = append(a.awards, awardCand{award: aw, order: a.order, fund: fund, ctxRound: a.ctxRound})
		a.order++
	}
}

// fundBudgets reads a table of funds open to bids, one per row, with a
// column of what each has available ("Fund | Funder | Budget available |
// Maximum award | Closes"): each row's budget is its fund's limit, for
// the financial year its cell names, if any. It reports whether the
// table was one.
func (a *analyzer) fundBudgets(doc *document, t table, header []string, units []int64, curs []string) bool {
	switch strings.Trim(strings.ToLower(header[0]), " :") {
	case "fund", "funds", "fund name", "programme", "program", "scheme", "grant scheme", "grant", "funding":
	default:
		return false
	}
	bc := -1
	for i, h := range header[1:] {
		if l := strings.ToLower(h); containsAny(l, []string{"budget", "available", "total pot", "fund size"}) && !containsAny(l, []string{"max", "min", "per ", "award size", "grant size"}) {
			bc = i + 1
			break
		}
	}
	if bc < 0 {
		return false
	}
	for _, bi := range t.rows[1:] {
		b := doc.blocks[bi]
		if len(b.cells) <= bc {
			continue
		}
		name := cleanName(b.cells[0])
		if name == "" || leadingProper(name) != name || accountingFund(asciiLower(name)) {
			continue
		}
		v, cur, ok := cellAmount(b.cells[bc], units[bc], curs[bc])
		if !ok || v <= 0 {
			continue
		}
		if cur == "" {
			cur = docCurrency(doc)
		}
		fund := a.funds.add(name)
		if y, _, e, ok := findExplicitFY(b.cells[bc]); ok && !strings.Contains(b.cells[bc], " years") {
			if _, _, _, again := findExplicitFY(b.cells[bc][e:]); !again {
				a.yearLimit(b, fund, v, cur, y, 0.7) // "£250,000 (2025/26)"
				continue
			}
			// (not "£450,000 over two years (2027/28 and 2028/29)")
		}
		a.rowLimit(b, fund, v, cur, nil, 0.7)
	}
	return true
}

// yearLimit adds a fund's limit for financial year y from table row b.
func (a *analyzer) yearLimit(b block, fund string, v int64, cur string, y int, conf float64) {
	p := fyString(y)
	a.rowLimit(b, fund, v, cur, &p, conf)
}

// rowLimit adds a fund's limit for period (nil for none) from table row b.
func (a *analyzer) rowLimit(b block, fund string, v int64, cur string, period *string, conf float64) {
	l := Limit{Fund: fund, Amount: v, Currency: cur, Scope: "fund", Period: period, Evidence: Evidence{Text: b.text, Offset: b.offset, Kind: kindTableRow, Confidence: conf}}
	a.limits = append(a.limits, limitCand{limit: l, order: a.order, fund: fund})
}

// forReference reports a table that the two blocks of prose before it
// say shows some figures only to compare: "are shown for reference",
// "for comparison".
func forReference(doc *document, t table) bool {
	first := t.rows[0]
	for i := first - 1; i >= 0 && i >= first-2; i-- {
		if b := doc.blocks[i]; b.table < 0 && containsAny(strings.ToLower(b.text), []string{"for reference", "for comparison", "for information only", "to allow comparison"}) {
			return true
		}
	}
	return false
}

// moneyColumn reports a column of t at least half of whose body cells
// hold money.
func moneyColumn(doc *document, t table, i int) bool {
	money := 0
	for _, bi := range t.rows[1:] {
		if c := doc.blocks[bi].cells; i < len(c) && len(scanAmounts(c[i])) > 0 {
			money++
		}
	}
	return money*2 >= len(t.rows)-1 && money > 0
}

// figureCells reports a column whose cells, in most rows, open with a
// figure and go on to say what it pays for ("£612,400 to replace the
// damaged parapets ..."): a column of bare figures under a header that
// names no grant is no column of grants.
func figureCells(doc *document, t table, i int) bool {
	n := 0
	for _, bi := range t.rows[1:] {
		if c := doc.blocks[bi].cells; i < len(c) && paysFor(c[i]) {
			n++
		}
	}
	return n > 0 && n*3 >= (len(t.rows)-1)*2
}

// transposedTable reads a table laid on its side: a header row of
// grantees' names over rows labelled "Award", "Purpose", "Years", each
// column one grant. It reports whether it read the table.
func (a *analyzer) transposedTable(doc *document, t table) bool {
	header := doc.blocks[t.rows[0]].cells
	if len(header) < 3 || len(scanAmounts(header[0])) > 0 {
		return false
	}
	for _, h := range header[1:] {
		if n := leadingProper(stripDeterminer(h)); n == "" || len(scanAmounts(h)) > 0 || !orgName(h) && !strings.Contains(n, " ") {
			return false
		}
	}
	awardRow, purposeRow := -1, -1
	for _, bi := range t.rows[1:] {
		c := doc.blocks[bi].cells
		if len(c) != len(header) {
			return false
		}
		switch l := strings.ToLower(strings.TrimSpace(c[0])); {
		case awardRow < 0 && containsAny(l, []string{"award", "grant", "amount", "funding", "allocation"}) && !containsAny(l, []string{"cost", "request", "match"}):
			awardRow = bi
		case purposeRow < 0 && containsAny(l, []string{"purpose", "project", "what for", "description", "activity"}):
			purposeRow = bi
		}
	}
	if awardRow < 0 {
		return false
	}
	row := doc.blocks[awardRow]
	unit, cur := unitOf(row.cells[0])
	fund := a.tableFund(t)
	for j := 1; j < len(header); j++ {
		v, c, ok := cellAmount(row.cells[j], unit, cur)
		if !ok || v <= 0 {
			continue
		}
		purpose := ""
		if purposeRow >= 0 {
			purpose = cleanPurpose(doc.blocks[purposeRow].cells[j])
		}
		aw := Award{Recipient: cleanName(header[j]), Amount: v, Currency: c, Tranches: []Tranche{}, Purpose: purpose,
			Evidence: Evidence{Text: row.text, Offset: row.offset, Kind: kindTableRow, Confidence: 0.8}}
		a.awards = append(a.awards, awardCand{award: aw, order: a.order, fund: fund, ctxRound: a.ctxRound})
		a.recipients[strings.ToLower(aw.Recipient)] = true
		a.order++
	}
	return true
}

// dataRow reports a table row that holds a figure, so is no header
// ("2023/24 £000" is a unit header, not £0).
func dataRow(cells []string) bool {
	for _, c := range cells {
		if u, _ := unitOf(c); u == 0 && len(scanAmounts(c)) > 0 {
			return true
		}
	}
	return false
}

// continuedFrom returns the header block of the table just before t when
// t goes on from it: no header of its own, as many columns, and nothing
// but a few short lines between (a converted page's running footer and
// header), or -1.
func (a *analyzer) continuedFrom(doc *document, t table) int {
	first := t.rows[0]
	n := len(doc.blocks[first].cells)
	for k := len(doc.tables) - 1; k >= 0; k-- {
		p := doc.tables[k]
		if len(p.rows) == 0 || p.rows[0] >= first {
			continue
		}
		last := p.rows[len(p.rows)-1]
		if first-last > 4 || len(doc.blocks[p.rows[0]].cells) != n {
			return -1
		}
		for _, b := range doc.blocks[last+1 : first] {
			if len(b.text) > 80 || strings.ContainsAny(b.text, "£$€") {
				return -1
			}
		}
		if dataRow(doc.blocks[p.rows[0]].cells) {
			return -1 // the table before has no header either
		}
		return p.rows[0]
	}
	return -1
}

// givenRows reports a table of two or more rows, each a name beside a
// cell that opens with a figure and says what it pays for.
func givenRows(doc *document, t table) bool {
	if len(t.rows) < 2 {
		return false
	}
	for _, bi := range t.rows {
		c := doc.blocks[bi].cells
		if len(c) != 2 || leadingProper(c[0]) == "" || !paysFor(c[1]) {
			return false
		}
	}
	return true
}

// paysFor reports a cell that opens with a figure and goes on to say
// what it pays for: "£612,400 to replace the damaged parapets".
func paysFor(c string) bool {
	if len(c) <= 40 || !opensWithFigure(c) {
		return false
	}
	ms := scanAmounts(head(c, 60))
	return len(ms) > 0 && hasAnyPrefix(strings.TrimLeft(c[ms[0].End:], " "), "to ", "for ", "towards ")
}

// askedColumn finds the column of what each bid asked for or costs
// ("Cost", "Amount requested"), whose cells hold money, or -1.
func askedColumn(doc *document, t table, header []string) int {
	for i, h := range header {
		if !hasAnyWord(strings.ToLower(h), []string{"cost", "requested", "request", "asked", "bid"}) {
			continue
		}
		if moneyColumn(doc, t, i) {
			return i
		}
	}
	return -1
}

// fundedColumn finds the column of a bids table that says which bids
// were funded ("Result", "Outcome", "Decision", "Status"), or -1.
func fundedColumn(doc *document, t table, header []string) int {
	for i, h := range header {
		if !hasAnyWord(strings.ToLower(h), []string{"result", "outcome", "decision", "status"}) {
			continue
		}
		funded, other := 0, 0
		for _, bi := range t.rows[1:] {
			c := doc.blocks[bi].cells
			if i >= len(c) {
				continue
			}
			switch {
			case fundedStatus(c[i]):
				funded++
			case strings.TrimSpace(c[i]) != "" && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(c[i])), "total"):
				other++
			}
		}
		if funded > 0 && funded+other >= (len(t.rows)-1)/2 {
			return i
		}
	}
	return -1
}

// fundedStatus reports a cell that says a bid was funded: "Funded",
// "Approved", "Successful", "Yes", but not "Not funded" or
// "Unsuccessful".
func fundedStatus(c string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(c), ".*✓✔ ")) {
	case "funded", "approved", "awarded", "successful", "agreed", "granted", "yes", "won", "winner", "funded in full", "fully funded", "grant awarded", "grant offered", "offered":
		return true
	}
	return false
}

// declinedRow reports a row whose decision cell turns the bid down or puts
// it off: "Defer", "Refuse", "Not approved".
func declinedRow(cells []string) bool {
	for _, c := range cells {
		l := strings.ToLower(strings.TrimSpace(c))
		switch l {
		case "defer", "deferred", "refuse", "refused", "reject", "rejected", "declined", "decline", "not approved", "not recommended", "withdrawn", "pending":
			return true
		}
		// a status that opens the cell: "Withdrawn – event funded by
		// sponsorship", "Pending due diligence"
		for _, p := range []string{"withdrawn ", "pending ", "deferred ", "refused ", "declined ", "rejected "} {
			if strings.HasPrefix(l, p) && len(l) < 80 {
				return true
			}
		}
		// a status after the figure: "$20,000 - declined (b)", "£5,000
		// (withdrawn)"
		if len(l) < 60 && strings.ContainsAny(l, "0123456789") {
			for _, p := range []string{"- declined", "– declined", "(declined", "- withdrawn", "– withdrawn", "(withdrawn", "- refused", "– refused", "(refused", "- deferred", "– deferred", "(deferred", "- rejected", "– rejected"} {
				if strings.Contains(l, p) {
					return true
				}
			}
		}
	}
	return false
}

// isoCurrency reads a currency cell ("GBP", "eur") as its code, or "".
func isoCurrency(c string) string {
	switch u := strings.ToUpper(strings.TrimSpace(c)); u {
	case "GBP", "EUR", "USD", "CAD", "AUD", "NZD":
		return u
	}
	return ""
}

// personColumn returns the column whose cells name people ("Dr Aisling
// Brennan") in most data rows, or -1.
func personColumn(doc *document, t table) int {
	if len(t.rows) < 3 {
		return -1
	}
	counts := map[int]int{}
	for _, bi := range t.rows[1:] {
		for i, c := range doc.blocks[bi].cells {
			if isPerson(strings.TrimSpace(c)) {
				counts[i]++
			}
		}
	}
	best, col := 0, -1
	for i, n := range counts {
		if n > best || n == best && i < col {
			best, col = n, i
		}
	}
	if best*2 < len(t.rows)-1 {
		return -1
	}
	return col
}

// statesFigure reports text that states a sum of money, not just a unit.
func statesFigure(s string) bool {
	for _, m := range scanAmounts(s) {
		if m.Value > 0 {
			return true
		}
	}
	return false
}

// lowerAside drops a closing aside in lower case from a name: "Kettle &
// Crumb Ltd (cafe)".
func lowerAside(n string) string {
	t := strings.TrimSpace(n)
	if k := strings.LastIndex(t, " ("); k > 0 && strings.HasSuffix(t, ")") {
		in := t[k+2 : len(t)-1]
		if r, at := ledBy(in); r != "" && at <= 1 {
			return r // "Ashworth Solar Streets (led by Ashworth Metropolitan Borough Council)"
		}
		if f := recipientField(in); f != "" && hasAnyPrefix(asciiLower(in), "lead") {
			return f // "Black Country Heat Network Consortium (lead partner: Dudley Community Energy)"
		}
		if isLowerWord(in) {
			return t[:k]
		}
	}
	return n
}

// docCurrency is the currency a page's figures are mostly written in,
// GBP when it writes none.
func docCurrency(doc *document) string {
	t := head(doc.text, 20000)
	best, code := strings.Count(t, "£")+strings.Count(t, "GBP"), "GBP"
	if n := strings.Count(t, "€") + strings.Count(t, "EUR"); n > best {
		best, code = n, "EUR"
	}
	if n := strings.Count(t, "$"); n > best {
		code = "USD"
	}
	return code
}
