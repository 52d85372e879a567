package parse

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// sent is one sentence (or list item, heading) of the main text.
type sent struct {
	text  string
	low   string // ASCII-lowercased text, same byte offsets
	off   int    // offset of text in Result.Text
	kind  string // evidence kind
	order int
	first bool // first sentence of its block
}

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "ste": true, "mt": true, "no": true,
	"prof": true, "rt": true, "hon": true, "co": true, "ltd": true, "inc": true,
	"corp": true, "plc": true, "e.g": true, "i.e": true, "vs": true, "approx": true,
	"cllr": true, "rev": true, "sr": true, "jr": true, "gov": true, "dept": true,
	"mio": true, "mrd": true, "mln": true, // "2,5 Mio. €"
}

// splitSentences splits a block into sentences at ". ", "! ", "? " before a
// capital, digit, quote or currency sign, not after common abbreviations
// or initials.
// sectionNumber returns the length of a report's paragraph number and
// the space after it ("2.4 ", "3.1.2 ") when s opens with one before a
// capitalised word in lower case ("The", "In"), else 0.
func sectionNumber(s string) int {
	i, dots := 0, 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' && i > 0 && isDigit(s[i-1])) {
		if s[i] == '.' {
			dots++
		}
		i++
	}
	if dots == 0 || i < 3 || s[i-1] == '.' || i+2 >= len(s) || s[i] != ' ' {
		return 0
	}
	if c, d := s[i+1], s[i+2]; c < 'A' || c > 'Z' || d < 'a' || d > 'z' {
		return 0
	}
	return i + 1
}

func splitSentences(b block) []sent {
	kind := kindSentence
	switch b.kind {
	case kindListItem:
		kind = kindListItem
	case kindHeading:
		return []sent{{text: b.text, low: asciiLower(b.text), off: b.offset, kind: kindHeading}}
	}
	s := b.text
	sl := asciiLower(s) // sentences slice it: lowering keeps byte offsets
	lowOf := func(seg, t string, at int) string {
		// t is strings.TrimSpace(seg), seg = s[at:...]
		a := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		return sl[at+a : at+a+len(t)]
	}
	var out []sent
	start := 0
	if kind == kindSentence {
		// "2.4 In November 2023 the council was also allocated £4.752m":
		// a report's paragraph number is no part of the sentence
		start = sectionNumber(s)
	}
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' || c != '.' && kind == kindListItem {
			// a list item's title may ask or exclaim ("Who owns the
			// Highlands? Land reform ... – £297,500"): one item
			continue
		}
		if c == '.' && i > 0 && s[i-1] == '.' && (i < 3 || s[i-2] != '.' || s[i-3] == '.') {
			continue // dot leaders: "Glenholm Farmwatch ...... GBP 185,500"; an ellipsis "..." may end a sentence
		}
		j := i + 1
		for j < len(s) && (s[j] == '"' || s[j] == ')' || strings.HasPrefix(s[j:], "”") || strings.HasPrefix(s[j:], "’")) {
			if s[j] == '"' || s[j] == ')' {
				j++
			} else {
				j += 3
			}
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		k := j + 1
		if k >= len(s) {
			break
		}
		n := s[k]
		opensQuote := n == 0xE2 && k+2 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0x9C || s[k+2] == 0x98)
		euro := strings.HasPrefix(s[k:], "€")
		if !(n >= 'A' && n <= 'Z' || isDigit(n) || n == '"' || opensQuote || euro || n == 0xC2 || n == '$' || n == '(') {
			continue
		}
		if c == '.' {
			w := i
			for w > start && s[w-1] != ' ' {
				w--
			}
			word := strings.TrimLeft(sl[w:i], "(\"“") // ASCII-lowered: strings.ToLower when ASCII
			if !asciiOnly(word) {
				word = strings.ToLower(strings.TrimLeft(s[w:i], "(\"“"))
			}
			if abbrevs[word] || len(word) == 1 && isLetter(word[0]) {
				continue
			}
		}
		t := strings.TrimSpace(s[start:j])
		if t != "" {
			out = append(out, sent{text: t, low: lowOf(s[start:j], t, start), off: b.offset + start, kind: kind})
		}
		start = k
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, sent{text: t, low: lowOf(s[start:], t, start), off: b.offset + start, kind: kind})
	}
	return out
}

// roundMention is a reference to a numbered or unnumbered round.
type roundMention struct {
	num     int // 0 when not numbered
	future  bool
	recap   bool
	end     int    // where the mention ends in the sentence
	heading bool   // named by a heading with no figure ("Second call")
	fund    string // the fund its sentence names, if any
	named   bool   // numbered before a name: "the second X Launchpad competition"
	latest  bool   // "the latest round": the one after every round recapped
	ownFund string // the fund named right after it: "phase 2 of the Brownfield Homes Fund"
	elided  bool   // a bare ordinal after a round was named: "the second, announced last summer"
	prev    bool   // "the previous round": the one before the round in force
}

// reRoundLabel is a line's round label before its figure: "Round 1
// (spring 2025): ", "Wave two – ".
var reRoundLabel = regexp.MustCompile(`^(?:round|wave|phase|cohort|window|intake|tranche) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4})(?: \([^)]*\))?(?:\s+(\d{1,4}) (?:grants|projects|awards|bids|groups|organisations|organizations))?\s*(?::|–|—|-)\s*$`)

// Regular expressions, compiled once. They are applied to short windows
// around one figure, never to whole pages.
var (
	reRoundTotal    = guard(regexp.MustCompile(`(?:comes?|came|amounts?|amounted|adds?|added)\s+(?:up\s+)?to\s*$|(?:totals?|totalled|totaled|totalling|totaling|worth)\s*$|(?:total|totalling|worth)\s+of\s*$`), mayRoundTotal)
	rePerUnit       = guard(regexp.MustCompile(`^\s*(?:per|each|a|for each|for every|for any one)\s+(?:successful\s+|individual\s+|single\s+|registered\s+|eligible\s+)?(?:bid|project|application|applicant|organisation|organization|scheme|grant|award|council|authority|area|school|group|charity|recipient|business|force|partnership|household|community|proposal|patient|pupil|child|person|resident|head|place|bed|participant|learner|student|hectare|tree|bus|vehicle|home)\b`), mayPerUnit)
	rePerBidLeft    = guard(regexp.MustCompile(`(?:grants?|awards?|bids?|funding|applications?|sums?|amounts?|projects?)\s+(?:of|worth|from|ranging from|between)\s*$|(?:maximum|max|largest possible|minimum)\s+(?:grant|award|bid|amount|request|funding)?\s*(?:(?:from|under|through)\s+(?:the|this|our|its)\s+[a-z'’-]+\s+)?(?:available\s+)?(?:of|is|will be)?\s*$|apply\s+for\s+(?:grants?\s+of\s+|funding\s+of\s+)?$|bid\s+for\s+$|request\s+$`), mayPerBidLeft)
	reBidFor        = guard(regexp.MustCompile(`(?:could|can|may|will be able to|are able to|are invited to|are eligible to|invited to|eligible to|able to)\s+(?:(?:bid|apply)\s+for|seek|request|ask\s+for|claim)\b|\bbids?\s+of\s+up\s+to\b|\bper\s+(?:bid|project|application|applicant|organisation|organization|constituency|scheme|council|authority|area)\b`), mayBidFor)
	reAvailable     = guard(regexp.MustCompile(`^\s*(?:(?:is|are|has been|have been|will be|was|were|being|now|also|still|currently|in total|in all|altogether|made|remains|remain)\s+)*(?:(?:made\s+)?available\b|on offer\b|up for grabs\b|to be (?:shared|distributed|allocated|awarded|handed out|given out)\b)`), mayAvailable)
	reFundAfter     = regexp.MustCompile(`^,?\s*(?:[A-Za-z'’-]+\s+){0,5}?(?:[Ff]und|[Ff]unds|[Ss]cheme|[Pp]rogramme|[Pp]rogram|[Gg]rants? [Ss]cheme|[Gg]rant [Pp]rogramme|[Ff]unding [Pp]ot|[Pp]ot|[Ff]unding [Pp]rogramme|[Ii]nitiative|[Cc]hallenge|[Cc]ompetition|[Aa]ccelerator)\b`)
	reFundBefore    = guard(regexp.MustCompile(`(?:fund|funds|scheme|programme|program|pot|initiative|budget)(?:'s|’s)?,?\s+(?:(?:is|was|has|had|of|worth|which|totals|totalled|will be|now|currently|in total|totall?ing|totaling|valued at|with|which has|a|an|total|overall|budget|value|allocation|pot|now|been|increased to|expanded to|topped up to|grown to|rising to|will grow to|grows to|will rise to|rises to|will increase to|increases to|doubled to|to its full|to a total of|set at|capped at|amounts to|stands at)\s+)+$`), mayFundBefore)
	reAwardedAThing = regexp.MustCompile(`\b(awarded|received|won|secured|given|granted|offered)\s+(?:a|an)\s+[^,;£$€]{1,60}?,?\s+worth\s*$`)
	reBudgetOf      = regexp.MustCompile(`(?:(?:total(?:\s+indicative)?|overall|annual|available|its|a|the|fund|programme|scheme|grants|chest|pot|awards|community|ward|locality|discretionary|[a-z]+'s|[a-z]+’s)\s+(?:budget|pot|envelope|funding pot|allocation|funding)|(?:grants?|funding|prize)\s+pool)(?:\s+for\s+[^,;:]{1,40}?|\s+(?:this|next|last)\s+(?:financial\s+|fiscal\s+)?year|\s+in\s+\d{4}[-/]\d{2,4}|\s+of\s+(?:this|the)\s+(?:call|competition|round))?(?:\s+(?:of|is|was|will be|stands at|at)|\s*:)\s*$`)
	reHasToSpend    = regexp.MustCompile(`(?:^|\s)(?:has|have|had|with)\s*$`)
	reToSpend       = guard(regexp.MustCompile(`^\s*(?:(?:a|each|per|this)\s+year\s+)?(?:available\s+)?to\s+(?:spend|allocate|distribute|award|invest|give out|give away|share|hand out|help|support)\b`), mayToSpend)
	// reAggregateNote matches a count of projects in brackets right after
	// a figure: " (2 projects)", " (14 grants)"
	reAggregateNote = regexp.MustCompile(`^\s*\((?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten) (?:projects|grants|awards|schemes|groups|organisations|organizations|recipients)\)`)
	// reSeveralRounds matches a figure's sentence that adds up more
	// than one round
	reSeveralRounds = regexp.MustCompile(`\brounds (?:\d+|one|two|three|four)(?:,? (?:and|&|to)|-| -) |\b(?:the )?(?:first|previous|past|earlier|last) (?:two|three|four|five) rounds\b|\b(?:both|all|previous|earlier|past) rounds\b`)
	reTrancheGap    = regexp.MustCompile(`^[\s,]*(?:and|with|plus|then|followed by|rising to)?\s*(?:(?:it|they|he|she|the force|the council|which|this)\s+)?(?:(?:also|then|will|is|are|to|due|set)\s+)*(?:expects?|expected|gets?|receives?|receive|get|secures?|takes?|be given|be paid|be awarded)?\s*(?:a\s+further|another|an\s+additional|an\s+extra|then|further|the\s+remaining|the\s+remainder\s+of|the\s+balance\s+of)?\s*(?:of\s+)?$`)
)

// awardContext words mark a sentence that talks about handing out money;
// without one, "£X for Y" is not read as an award.
var awardContext = []string{"award", "awarded", "awards", "grant", "granted", "grants", "funding", "funded",
	"fund", "receive", "receives", "received", "allocated", "allocation", "allocations", "successful", "win", "wins", "won",
	"backed", "backing", "share", "include", "includes", "included", "including", "approved", "given", "secured", "secures",
	"invest", "investment", "recipients", "recipient", "benefit", "benefits", "gets", "get", "going", "goes", "go", "boost",
	"support", "supported", "funds", "money", "cash", "bids", "projects", "offered", "handed", "pledged", "committed", "other",
	"confirmed", "announced", "allocates", "allocate", "grantee", "grantees", "winners", "winner", "successful"}

// clause breaks, used to cut the context of a figure.
var clauseBreaks = []string{"; ", ", while ", " while ", ", and ", ", but ", " whereas ", ", whilst ", " – ", " — "}

// amount roles.
const (
	roleNone = iota
	roleAward
	roleRound
	roleLimit
)

// amendment is a grant changed by a decision: recip's award of from
// becomes to.
type amendment struct {
	recip    string
	from, to int64
	// when no award was read at the old figure, the new one is an award
	// of its own, stated in s as m from fund
	add  bool
	s    sent
	m    money
	fund string
}

// withdrawal is a grant of m taken back, told in a sentence whose
// lowercase text is low and which is numbered order.
type withdrawal struct {
	m     money
	low   string
	order int
}

// namesIn reports whether low (a lowercase sentence) names the body
// recip: whole, or as "the" and its last word ("the guild's award").
func namesIn(low, recip string) bool {
	if strings.Contains(low, asciiLower(recip)) {
		return true
	}
	w := lastWordLower(recip)
	return len(w) > 2 && (strings.Contains(low, "the "+w+"'s ") || strings.Contains(low, "the "+w+"’s ") || strings.Contains(low, "the "+w+" "))
}

// topUp is a grant raised by inc, told in the sentence numbered order.
type topUp struct {
	recip, fund string
	inc         int64
	order       int
}

// projFigure is a government's figure for a project whose owner the
// paragraph names later.
type projFigure struct {
	s     sent
	m     money
	fund  string
	round int
}

type awardCand struct {
	award    Award
	order    int
	ctxRound int // the round in force where the award is stated
	fund     string
	noRecip  bool
	// repeat marks one of several equal awards to one body stated in
	// one sentence ("three projects at the university will each
	// receive"): they are not repeats of each other
	repeat bool
	// drop: the figure turned out to restate an award read before
	drop bool
	// corrected: given by a correction ("The correct figure is
	// £58,000"), kept only when no other award states the figure
	corrected bool
}

type roundFact struct {
	order    int
	num      int
	recap    bool
	total    *int64
	qual     string
	currency string
	projects int
	fund     string
	ev       Evidence
	// revised: the total replaces one told before ("The second round
	// now supports four schemes with a total of £864,000")
	revised bool
	// month names the batch the figure's clause dates ("£61,200 to 14
	// groups in October 2028", "The August round allocated"), "" when
	// none: unnumbered batches of different months are different rounds
	month string
}

type limitCand struct {
	limit Limit
	order int
	fund  string
	// raisedFrom is the budget this one replaced ("increased from
	// £300,000 to £340,000"), 0 for none
	raisedFrom int64
}

// analyzer holds the state of one extraction.
type analyzer struct {
	entries bool // the page is a feed of entries (document.entries)
	// titleParts are the page's title and site name split at " | ", " – "
	// and the like, capitals title-cased: where "the Council" on a
	// council's own page finds its full name
	titleParts []string
	lastFund   string // the fund of the last sentence that named one
	// introYears are the financial years a list's opening line names
	// ("two-year grants ... for 2027/28 and 2028/29 as follows:"), in
	// force over its items
	introYears []int
	// pendingEach is "Three units will each receive £1.2m" awaiting the
	// names in the sentences that follow
	pendingEach *pendingEach
	// pendingAnon is "A community energy company ... has been awarded
	// £250,000" awaiting the sentence that names the company
	pendingAnon *pendingEach
	// projPending holds governments' figures "in this project" in the
	// paragraph so far, which go to the local body that contributes
	// its own share ("and the Municipality of Kincardine is
	// contributing $4,274,400")
	projPending []projFigure
	// pendingLead is an award to a project's card heading, whose lead
	// organisation the next block may name
	pendingLead *pendingLead
	// lastFundOrder is the sentence that last named a fund
	lastFundOrder int
	// inRecord is set while a "Lead partner: X" field names whose record
	// the lines below are: their "Total budget:" is the project's
	inRecord bool
	// itemLabel is the applicant that opens an item of minutes
	// ("Ashwell Magna Cricket Club – request for £3,000 ..."), and
	// itemOrder its sentence
	itemLabel string
	itemOrder int
	// applicant is the body a sentence said had applied or asked for
	// money ("Ashdown Rowing Club applied in March for ..."), and
	// applicantOrder that sentence
	applicant      string
	applicantOrder int
	// partner is the lead partner or coordinator a sentence named ("The
	// lead partner is the Zweckverband Nahverkehr Westeifel"), and
	// partnerOrder that sentence: the EU contribution told next is its
	partner      string
	partnerOrder int
	// signer is the body a sentence said had signed grant agreements
	// ("The City of Wierzbno has signed two co-financing agreements"),
	// and signerOrder that sentence: the projects and agreements told of
	// after are its
	signer      string
	signerOrder int
	// madeCount is a batch's count told with no figure ("The fund has
	// made four awards in its autumn round:"), and madeCountOrder its
	// sentence: the total told of "the awards" next is that batch's
	madeCount, madeCountOrder int
	// sentRounds are the rounds the sentence in hand names
	sentRounds []roundMention
	// headingFund is the fund the heading of the section now read names
	headingFund string
	// para holds the sentences of the paragraph read so far, the current
	// one last
	para []string
	// proposalItems: the list items now read are proposals put to a
	// meeting, not its decisions
	proposalItems bool
	// refusedItems: the list items now read are bids turned down
	refusedItems bool
	// paymentItems: the list items now read are a body's payments
	paymentItems bool
	// headAmounts are the figures of headings and the title, which may
	// state exactly what the body hedges
	headAmounts []money
	// mixedTotals are figures the body splits into a grant and other
	// money ("£4.2 million in new funding, comprising a £2.7 million
	// grant ... and a £1.5 million Series A extension"): no award, and a
	// headline that repeats one is none either
	mixedTotals map[int64]bool
	prevFund    string // lastFund before the sentence in hand
	lead        string // the body that "will coordinate" or "leads" the project, once named
	opts        Options
	dollar      string // what a bare "$" means on this page (see dollar.go)
	base        int    // financial year of publication, 0 when unknown
	pubYear     int    // calendar year of publication, 0 when unknown
	funds       *fundSet
	facts       []roundFact
	limits      []limitCand
	awards      []awardCand
	mentions    []roundMention
	mainRounds  []int
	prev        []string // sentences seen so far, for expand
	recipients  map[string]bool
	lastRecip   string
	// lastPerson: the researcher who opened a recent sentence, with the
	// host that holds their awards ("Dr Samira Khouri, of the School of
	// Music, wins a place ..."), and that sentence's order
	lastPerson      string
	lastPersonOrder int
	// sectionBody is the body named by the heading just over the
	// paragraph being read ("Harbour Street Bakery"), or "".
	sectionBody string
	// lastLed is the body a recent sentence said "led by" ("Consortium
	// led by the Scheldemond Institute."), and ledOrder that sentence:
	// what "the consortium" or a bare "Funding: €1.45 million" after it
	// refers to
	lastLed  string
	ledOrder int
	// itemRecip is the grantee named by the first sentence of the list
	// item in hand, for a later sentence's "our £7,500 grant ... for
	// their pilot season"
	itemRecip      string
	itemRecipOrder int
	ctxRound       int
	ctxHeading     bool // ctxRound was set by a heading ("<h3>Round 1</h3>" over a tab of its awards)
	ctxHeadingAt   int  // the order of that heading
	lastHeadingAt  int  // the order of the last heading read
	ctxToldAt      int  // the order of the last sentence that named ctxRound
	order          int
	// corrected is the grantee a correction's withdrawn figure named
	// ("we reported that X had been awarded £85,000"), with its fund
	// and sentence, for "The correct figure is £58,000"
	corrected, correctedFund string
	correctedOrder           int
	correctedFrom            *withdrawal // the figure the correction withdraws
	// amended: grants a decision changed ("increase the grant to X from
	// £6,000 to £8,000"), applied to X's award when the page is read
	amended []amendment
	// fundersSection: the section in hand lists the publisher's own
	// funders ("Grant funders": "Hallowell Family Foundation – £5,000")
	fundersSection bool
	// rankingPage: the page ranks givers or the wealthy ("Ranked: the
	// UK's 10 biggest grant-makers", "Rich List 2028"), whose labelled
	// figures are what each gave or owns
	rankingPage bool
	// pledgePage: a candidate's promises ("If I am elected Mayor ..."),
	// whose funds have no budget yet
	pledgePage bool
	// withdrawn: grants a later notice takes back ("The guild's award of
	// £148,000 has been withdrawn"), dropped from the awards when the
	// page is read
	withdrawn []withdrawal
	// toppedUp is a grant raised by a sum ("has topped up its grant to
	// X by a further £2,000"), awaiting the sentence that gives the new
	// total
	toppedUp    *topUp
	blockLabel  string            // a heading naming the recipient of the next block
	donations   bool              // under "Recent donations": gifts to a crowdfunder, no grants
	postBy      string            // who signed the embedded post the block is, whose "we" it is
	prevHeading bool              // the block in hand follows a heading
	expanded    map[string]string // cache for expand
	expandFrom  map[string]int    // how many sentences expand has searched per name
}

// storyHeadings reports a page of stories whose headings each name a
// different fund ("Early Learning Equity Fund: November 2028 decisions",
// "Rural Schools Innovation Fund: round 2 now open"): like a feed's
// entries, each story's figures are its own fund's.
func storyHeadings(doc *document) bool {
	first := ""
	for _, b := range doc.blocks {
		if b.kind != kindHeading || !strings.Contains(b.text, "Fund") && !strings.Contains(b.text, "Grant") && !strings.Contains(b.text, "Scheme") && !strings.Contains(b.text, "Programme") && !strings.Contains(b.text, "Program") {
			continue
		}
		h := findFunds(b.text)
		if len(h) != 1 || h[0].start > 2 {
			continue // the story's heading opens with its fund
		}
		if first == "" {
			first = h[0].name
		} else if !strings.EqualFold(first, h[0].name) {
			return true
		}
	}
	return false
}

// extract runs the analysis over doc and fills res.
func extract(doc *document, ref time.Time, opts Options, res *Result) {
	a := &analyzer{opts: opts, funds: newFundSet(opts.Funds), recipients: map[string]bool{}, entries: doc.entries || storyHeadings(doc)}
	if !ref.IsZero() {
		a.base = fyOf(ref)
		a.pubYear = ref.Year()
	}
	a.funds.title = strings.ToLower(doc.title)
	a.rankingPage = rankingTitle(a.funds.title)
	a.titleParts = titleSegments(doc.title + " | " + doc.site)
	for i := len(a.titleParts) - 1; i > 0; i-- {
		// "Annual Report 2026/27 - Mynydd Garw Community Benefit Fund": a
		// fund's own site, whose "the fund" is that fund
		if t := a.titleParts[i]; fundHeads[lastWordLower(t)] && strings.Contains(t, " ") && !strings.ContainsAny(t, "£$€0123456789") && leadingProper(t) == cleanName(t) && !isFunder(t) && !genericFundWords[firstWordLower(t)] {
			// (not a headline written in capitals, "Foundation Commits
			// $7.55MM in Second Cycle of ... Fund")
			a.lastFund = a.funds.add(cleanName(t))
			break
		}
	}
	if a.lastFund == "" {
		for _, t := range a.titleParts {
			// "Collections in Common: round 2": a programme named by its
			// round in the page's title
			if n := roundTitleName(t); n != "" {
				a.lastFund = a.funds.add(n)
				break
			}
		}
	}
	a.dollar = dollarCurrency(res.URL, doc.title+" | "+doc.site, head(doc.text, 3000), doc.locale)
	if !ref.IsZero() && (a.dollar == "AUD" || a.dollar == "NZD") {
		// Australian and New Zealand governments' financial years run
		// from 1 July: "this financial year" in April 2029 is 2028–29
		a.base = julyFY(ref)
	}
	for _, b := range doc.blocks {
		if b.kind == kindHeading {
			a.funds.title += " | " + strings.ToLower(b.text)
			break
		}
	}
	tableDone := map[int]bool{}
	lastHeading := -1
	fieldRecip := "" // from a "Recipient: X" line, until the next heading
	fieldOrder := 0  // the order of the sentence after that line
	fieldBlock := -2 // the block of that line
	for bi, b := range doc.blocks {
		if b.kind == kindTableRow {
			if !tableDone[b.table] && b.table >= 0 && b.table < len(doc.tables) {
				tableDone[b.table] = true
				a.table(doc, doc.tables[b.table])
			}
			continue
		}
		a.blockLabel = ""
		a.postBy = ""
		if bi+1 < len(doc.blocks) && strings.Contains(doc.blocks[bi+1].text, "(@") {
			// a post embedded in a story, signed under it: "Marrowby Arts
			// Hub (@MarrowbyArtsHub) 2 September 2028"
			a.postBy = postSigner(doc.blocks[bi+1].text)
		}
		a.prevHeading = bi > 0 && doc.blocks[bi-1].kind == kindHeading
		a.sectionBody = ""
		if a.prevHeading && b.kind == kindParagraph {
			// "<h2>Harbour Street Bakery</h2><p>The bakery lost ...": the
			// body the paragraph under the heading is about
			if n := headingName(doc.blocks[bi-1].text); n != "" && (orgName(n) || strings.Count(n, " ") >= 2) && !a.isFundName(n) {
				a.sectionBody = n
			}
		}
		a.inRecord = fieldRecip != ""
		if b.kind == kindHeading {
			fieldRecip = ""
			a.inRecord = false
			if doc.entries {
				// a feed's next entry: another story
				a.lastFund, a.ctxRound, a.lastRecip, a.lead = "", 0, "", ""
				a.partner, a.signer, a.madeCount = "", "", 0
			}
		}
		if name := recipientField(b.text); name != "" {
			// "Recipient: Calder Homes Ltd" over "Fund award: £2,400,000"
			if fieldRecip != "" && bi-fieldBlock == 1 && orgName(fieldRecip) && !orgName(name) {
				// "Institution: University of Bristol" then "Chief
				// investigator: Professor Helen Markey": the body holds
				// the award (and one told after the person replaces them)
				fieldBlock = bi
				continue
			}
			fieldRecip, fieldOrder, fieldBlock = name, a.order, bi
			continue
		}
		if fieldRecip != "" && withdrawnField(b.text) {
			// "Status: Withdrawn – the club has secured other funding":
			// the record's grant is not made
			for k := len(a.awards) - 1; k >= 0 && a.awards[k].order >= fieldOrder; k-- {
				a.awards[k].drop = true
			}
			continue
		}
		if fieldRecip == "" && labelLine(b.text) {
			// "EU contribution: €7,985,412" over "Coordinator: Instituto
			// Ibérico del Hidrógeno": a fact box may name the recipient
			// after the figure
			for j := bi + 1; j < len(doc.blocks) && j <= bi+4 && doc.blocks[j].kind != kindHeading; j++ {
				if name := recipientField(doc.blocks[j].text); name != "" {
					fieldRecip = name
					break
				}
			}
		}
		if fieldRecip == "" && b.item > 0 && bi > 0 && labelLine(b.text) {
			// "<li><div>Stichting Deltawater Onderzoek</div><div>Netherlands
			// </div><div>Net EU contribution: € 1 412 500,00</div></li>":
			// the item's first line names who gets the figure
			first := bi
			for first > 0 && doc.blocks[first-1].item == b.item {
				first--
			}
			for j := first; j < bi; j++ {
				// "<li><span class="tag">Youth Voice</span><h3>Tollbridge
				// Young Carers Network</h3>...": a card's heading names it
				// over the tag above it
				if doc.blocks[j].kind == kindHeading {
					if n := headingName(doc.blocks[j].text); n != "" && !a.isFundName(n) {
						first = j
					}
					break
				}
			}
			if t := doc.blocks[first].text; first < bi && len(t) < 100 && leadingProper(t) == cleanName(t) && !isFunder(t) {
				a.blockLabel = cleanName(t)
			}
		}
		if a.blockLabel == "" && b.item > 0 && lastHeading >= 0 && doc.blocks[lastHeading].item == b.item && bi-lastHeading >= 2 && bi-lastHeading <= 3 && cardLinesBetween(doc.blocks[lastHeading+1:bi]) {
			// "<li><h3>Barrio Anita Neighborhood Association</h3><p>Ward
			// 1</p><p>$18,500</p></li>": a card in a list, its heading
			// over a ward or place line over the figure
			a.blockLabel = headingLabel(doc.blocks[lastHeading].text, b.text)
		}
		if a.blockLabel == "" && fieldRecip == "" && lastHeading >= 0 && bi-lastHeading >= 2 && bi-lastHeading <= 4 && cardMetaBetween(doc.blocks[lastHeading+1:bi]) &&
			// (not a card marked "Declined" or "Withdrawn" above its heading)
			!(lastHeading > 0 && refusedStatus(doc.blocks[lastHeading-1].text)) {
			// "<h3>Mackay Netball Association Inc</h3><ul><li>LGA: Mackay
			// Regional Council</li><li>Electorate: Mackay</li></ul><p>
			// $395,000 (ex GST)</p>": a card's heading over its facts
			// of place and the figure
			a.blockLabel = headingLabel(doc.blocks[lastHeading].text, b.text)
		}
		if a.blockLabel != "" {
			// named by its list item
		} else if fieldRecip != "" && (labelLine(b.text) || len(b.text) <= 40 && lastHeading >= 0 && bi-lastHeading <= 4 && opensWithFigure(b.text)) {
			// "Lead organisation: X" over "Grant: £238,500", or over a
			// card's bare "£238,500"
			a.blockLabel = fieldRecip
		} else if bi > 0 && b.kind != kindHeading && (doc.blocks[bi-1].kind == kindHeading || labelParagraph(doc.blocks[bi-1]) ||
			// "a) Solidarité Terrain International" over "Winterised
			// family tents ... – €750,000": a lettered item names the
			// grantee of the line under it
			b.kind == kindParagraph && doc.blocks[bi-1].kind == kindListItem && labelText(doc.blocks[bi-1].text) && endsWithDashFigure(b.text)) {
			// a heading, or a bold name line ("<strong>Name, Place</strong><br>")
			// over a block that opens with the figure
			a.blockLabel = headingLabel(doc.blocks[bi-1].text, b.text)
			if opensWithFigure(b.text) {
				// "Dr Farah Siddiqui, Severn Valley University" (a line or
				// a card's heading) over "£248,600 over three years": the
				// host holds the award
				if o := a.personOrg(strings.TrimSpace(doc.blocks[bi-1].text)); o != "" {
					a.blockLabel = o
				}
			}
			if lastHeading >= 0 && lastHeading == bi-2 && doc.blocks[bi-1].kind != kindHeading && a.blockLabel != "" && !orgName(a.blockLabel) {
				// a grant card: "<h3>Clearwater Basin Alliance</h3>
				// <p>Lewiston, Idaho</p><p>$250,000</p>": the heading
				// names the grantee, the line under it the place
				if h := headingLabel(doc.blocks[lastHeading].text, b.text); h != "" && (orgName(h) || placeLine(doc.blocks[bi-1].text)) {
					a.blockLabel = h
				}
			}
			if lastHeading >= 0 && lastHeading < bi-1 && bi-lastHeading <= 4 && labelLine(b.text) && !orgName(a.blockLabel) {
				// "<h3>Moorabool Skills Collective</h3><p>Victoria</p>
				// <p>Pre-employment course</p><p>Grant: $430,500</p>":
				// the card's heading names the grantee, not the project
				// line over the figure
				if h := headingLabel(doc.blocks[lastHeading].text, b.text); h != "" {
					a.blockLabel = h
				}
			}
		} else if bi > 1 && b.kind == kindParagraph && bareFigure(b.text) && labelParagraph(doc.blocks[bi-2]) && doc.blocks[bi-1].kind == kindParagraph && !strings.ContainsAny(doc.blocks[bi-1].text, "£$€") {
			// "<p><strong>Tollbridge Community Association</strong><br>Free
			// play sessions for ...<br>£72,000</p>": a card's name line,
			// what the money is for, then the figure alone
			a.blockLabel = headingLabel(doc.blocks[bi-2].text, b.text)
		} else if lastHeading >= 0 && bi-lastHeading <= 4 && labelLine(b.text) {
			// "<h3>Name</h3><p>description</p><p>Grant: £48,000</p>":
			// the heading names the grantee up to the next heading
			a.blockLabel = headingLabel(doc.blocks[lastHeading].text, b.text)
			if n := nameLineUnder(doc.blocks[lastHeading+1]); n != "" && a.blockLabel != "" && !orgName(a.blockLabel) && lastHeading+1 < bi {
				// "<h3>Delridge Community Kitchen</h3><p>Delridge
				// Neighborhoods Food Alliance</p><p>...</p><p>NMF award:
				// $90,000</p>": the project's title, then who holds it
				a.blockLabel = n
			}
			for j := lastHeading + 1; j < bi && !orgName(a.blockLabel); j++ {
				// "<h3>Restoring Atlantic rainforest</h3><p>Lochaber</p>
				// <p>Ardnamurchan Community Woodland Trust will clear
				// ...</p><p>Award: £386,000</p>": the body the card's
				// text opens with
				if n := leadingProper(doc.blocks[j].text); n != "" && orgName(n) && !isFunder(n) && hasAnyPrefix(doc.blocks[j].text[len(n):], " will ", " is ", " has ", " plans ", " aims ") {
					a.blockLabel = n
				}
			}
			for j := lastHeading + 1; j < bi && a.blockLabel == ""; j++ {
				// "<h3>Digital twin for port emissions</h3><p>A consortium
				// led by Harbour Digital Ltd with partners ...</p><p>Grant:
				// £987,500</p>": the card's lead
				if r, _ := ledBy(doc.blocks[j].text); r != "" && !isFunder(r) && len(doc.blocks[j].text) < 200 {
					a.blockLabel = r
				}
			}
		}
		if b.kind == kindHeading {
			lastHeading = bi
		}
		for k, s := range splitSentences(b) {
			s.first = k == 0
			s.order = a.order
			a.order++
			a.sentence(s)
		}
	}
	a.assemble(res, doc.published != "")
	a.localDollars(res) // before repeats are compared: "A$1.1m" is "$1,104,250" rounded
	res.Awards = dropHedgedRepeats(res.Awards)
	quoteAsWritten(res)
}

// quoteAsWritten puts back the page's own letters in evidence read from a
// recased line ("THE COUNCIL HAS AWARDED £5,000 ..." was read as Title
// Case): evidence quotes the text at its offset.
func quoteAsWritten(res *Result) {
	fix := func(e *Evidence) {
		if end := e.Offset + len(e.Text); e.Offset >= 0 && end <= len(res.Text) && res.Text[e.Offset:end] != e.Text && strings.EqualFold(res.Text[e.Offset:end], e.Text) {
			e.Text = res.Text[e.Offset:end]
		}
	}
	for i := range res.Awards {
		fix(&res.Awards[i].Evidence)
	}
	for i := range res.Rounds {
		fix(&res.Rounds[i].Evidence)
	}
	for i := range res.Limits {
		fix(&res.Limits[i].Evidence)
	}
	for i := range res.Caps {
		fix(&res.Caps[i].Evidence)
	}
}

// singleAwards are the nouns of one award each held by one person or
// body: "Each fellowship is worth £1.2 million".
var singleAwards = wordSet("fellowship fellowships chair chairs professorship professorships studentship studentships scholarship scholarships bursary bursaries medal medals prize prizes award awards grant grants voucher vouchers")

// perAwardWorth reads the value every award of a kind carries, stated
// once: "Each fellowship is worth", "Each of the six awards is worth",
// "Each medal carries a personal prize of", "The six fellowships, each
// worth", "The chairs are worth £500,000 each"; count is how many when
// the words say ("each of the six").
func perAwardWorth(fullLeftLow, lowRight string) (int, bool) {
	l := strings.TrimRight(fullLeftLow, " ")
	k := strings.LastIndex(l, "each ")
	if k >= 0 && (k == 0 || l[k-1] == ' ') {
		seg := l[k+len("each "):]
		if seg == "worth" {
			// "The six fellowships, each worth £1.2 million,"
			before := strings.TrimRight(l[:k], " ,")
			if _, w := lastWord(before); singleAwards[w] && strings.HasSuffix(w, "s") {
				n := 0
				if j := strings.LastIndex(before, " "); j > 0 {
					_, pw := lastWord(before[:j])
					n, _ = countWord(pw)
				}
				return n, true
			}
			return 0, false
		}
		count := 0
		if r, of := strings.CutPrefix(seg, "of the "); of {
			if n, w := countWord(r); n > 0 {
				count, r = n, strings.TrimLeft(r[w:], " ")
			}
			seg = r
		}
		noun, rest, _ := strings.Cut(seg, " ")
		if !singleAwards[noun] {
			return 0, false
		}
		for _, v := range []string{"is worth", "are worth", "will be worth", "was worth", "is valued at", "carries a prize of", "carries a personal prize of", "comes with", "carries an award of", "brings"} {
			if rest == v {
				return count, true
			}
		}
		return 0, false
	}
	if strings.HasPrefix(lowRight, " each") && (len(lowRight) == 5 || !isLetter(lowRight[5])) && hasAnySuffix(l, " are worth", " will be worth", " were worth", " are valued at") {
		// "The chairs are worth $500,000 each"
		subj := l[:strings.LastIndex(l, " ")]
		subj = subj[:strings.LastIndex(subj, " ")]
		if _, w := lastWord(strings.TrimSuffix(subj, " will")); singleAwards[w] && strings.HasSuffix(w, "s") {
			return 0, true
		}
	}
	return 0, false
}

// dropGranteeSchemes leaves out a "fund" that is a grantee's own project:
// "The Cwmdarren scheme is one of eight to share £3.9 million" after
// "Cwmdarren Community Energy Ltd" was given money.
func (a *analyzer) dropGranteeSchemes(hits []fundHit) []fundHit {
	out := hits[:0]
	for _, h := range hits {
		if k := strings.LastIndexByte(h.name, ' '); k > 0 && (strings.HasSuffix(h.name, " scheme") || strings.HasSuffix(h.name, " project")) {
			owner := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(h.name[:k], "the "), "The ")) + " "
			mine := false
			for r := range a.recipients {
				if strings.HasPrefix(r, owner) {
					mine = true
					break
				}
			}
			if mine {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// translationOf reports a fund's name given again in English right after
// another language's: "Cronfa Lleoedd Lleol, the Local Places Fund",
// "Grant Adeiladau Cymunedol (the Community Buildings Grant)".
func translationOf(text string, prev, cur fundHit) bool {
	if prev.end > cur.start || cur.start-prev.end > 7 {
		return false
	}
	gap := asciiLower(text[prev.end:cur.start])
	if prev.end > 0 && text[prev.end-1] == ',' {
		gap = "," + gap // (a hit may end with its comma)
	}
	switch strings.TrimSpace(gap) {
	case ", the", "(the", "(":
	default:
		return false
	}
	// (a name in capitals: "Cronfa Hwb Gwledig, the rural business
	// growth fund" only describes the fund)
	return fundHeads[lastWordLower(cur.name)] && !fundHeads[lastWordLower(prev.name)] && !strings.Contains(strings.ToLower(prev.name), strings.ToLower(cur.name)) &&
		cur.start < len(text) && text[cur.start] >= 'A' && text[cur.start] <= 'Z'
}

// fiscalLabel reports a financial year's label read as a name: "FY2027",
// "FY 2027-28", "Fiscal Year 2028".
func fiscalLabel(n string) bool {
	l := asciiLower(strings.TrimSpace(n))
	for _, p := range []string{"fy", "fiscal year", "financial year"} {
		if r, ok := strings.CutPrefix(l, p); ok {
			r = strings.TrimSpace(r)
			return r != "" && isDigit(r[0])
		}
	}
	return false
}

// surnameOf returns the person a lone surname stands for, named in full
// in the sentences just before: "Liisa Marttila, a professor ..." then
// "Marttila receives".
func (a *analyzer) surnameOf(w string) string {
	for back := 2; back <= 4 && back <= len(a.prev); back++ {
		for _, n := range properNames(a.prev[len(a.prev)-back]) {
			if f := strings.Fields(n); len(f) >= 2 && len(f) <= 4 && f[len(f)-1] == w && !orgName(n) && !isFunder(n) {
				return n
			}
		}
	}
	return ""
}

// schemePlurals end the names of schemes that give many small awards:
// "Net Zero Innovation Vouchers", "Community Energy Bursaries".
var schemePlurals = wordSet("vouchers bursaries scholarships fellowships studentships grants awards partnerships")

// schemeAfterFor returns a scheme named after "available ... for":
// "has £6 million available in the 2028 to 2029 financial year for Net
// Zero Innovation Vouchers".
func schemeAfterFor(text, low string) string {
	k := strings.Index(low, " available")
	if k < 0 {
		return ""
	}
	j := strings.Index(low[k:], " for ")
	if j < 0 || j > 80 {
		return ""
	}
	n := leadingProper(text[k+j+len(" for "):])
	if f := strings.Fields(n); len(f) >= 2 && schemePlurals[lastWordLower(n)] && !orgName(n) && !isFunder(n) {
		return n
	}
	return ""
}

// yearsGiving reports a sentence about a whole year's giving: "during
// 2026/27", "In 2027/28 the fund awarded", "in the year", "last year".
func yearsGiving(low string) bool {
	if !hasAnyWord(low, []string{"awarded", "paid", "granted", "gave", "made", "distributed", "committed", "offered", "invested"}) {
		return false
	}
	if k := strings.Index(low, "between "); k >= 0 && len(low) >= k+21 && isYear(low[k+8:k+12]) && low[k+12:k+17] == " and " && isYear(low[k+17:k+21]) {
		// "Between 2019 and 2024 the Scottish Government invested £6.3
		// million": several years' giving
		return true
	}
	if containsAny(low, []string{"during the year", "in the year", "over the year", "last year", "in the last financial year", "in the financial year", "during the financial year"}) {
		return true
	}
	// "during 2026/27", "In 2027/28 the fund awarded"
	for from := 0; from < len(low); {
		_, at, end, ok := findExplicitFY(low[from:])
		if !ok {
			return false
		}
		if before := " " + strings.TrimRight(low[:from+at], " "); hasAnySuffix(before, " in", " during", " between", " since") ||
			// "in the 2026 to 2027 financial year"
			hasAnySuffix(before, " in the", " during the") && hasAnyPrefix(low[from+end:], " financial year", " fiscal year") {
			// (and "Between 2021/22 and 2024/25 the scheme paid out
			// £1.37m in 212 grants": several years' giving)
			return true
		}
		from += end
	}
	return false
}

// donated reports gifts before a figure: "donors have given a combined",
// "individuals and businesses have donated": money coming in, no budget.
func donated(low string) bool {
	return hasAnyWord(tail(low, 80), []string{"donated", "donors", "donations", "gifts", "fundraising", "crowdfunding"})
}

// fromNamedFund reports " ... from the X Fund" in the clause after a
// figure, naming one of the sentence's funds.
func fromNamedFund(lowRight string, hits []fundHit) bool {
	k := strings.Index(lowRight, " from the ")
	if k < 0 || k > 60 {
		return false
	}
	r := lowRight[k+len(" from the "):]
	for _, h := range hits {
		if strings.HasPrefix(r, strings.ToLower(h.name)) {
			return true
		}
	}
	return false
}

// countedTotal reads "The five grants total" before a figure and
// returns the count, or 0.
func countedTotal(low string) int {
	r, ok := cutAnyPrefix(strings.TrimSpace(low), "the ", "these ", "those ")
	if !ok {
		return 0
	}
	n, w := countWord(r)
	if w == 0 || n < 2 {
		return 0
	}
	noun, verb, _ := strings.Cut(strings.TrimLeft(r[w:], " "), " ")
	if !projectNouns[noun] && !genericNouns[noun] {
		return 0
	}
	switch verb {
	case "total", "totalled", "totaled", "total a combined", "come to", "came to", "amount to", "amounted to", "add up to", "are worth", "were worth":
		return n
	}
	return 0
}

// wholeOfNamed reads "Nationally, the grant is worth" before a figure
// and returns the noun ("grant"): the whole of a fund, not a share.
func wholeOfNamed(low string) string {
	r, ok := cutAnyPrefix(low, "nationally, the ", "overall, the ", "in total, the ", "across england, the ", "across the country, the ", "the total ", "the national ", "the overall ")
	if !ok {
		return ""
	}
	noun, rest, _ := strings.Cut(r, " ")
	switch strings.TrimSpace(rest) {
	case "is worth", "totals", "is worth a total of":
		return noun
	}
	return ""
}

// helpedBody reads the body after "to help" when a verb of what it will
// do follows: "Leeds Food Bank expand its warehouse" gives "Leeds Food
// Bank", "the neonatal unit (NNU) at St Mary's Hospital buy incubators"
// gives "Neonatal unit at St Mary's Hospital".
func helpedBody(np string) string {
	t := stripDeterminer(strings.TrimSpace(np))
	after := func(n string) bool { // a lowercase verb follows the name
		k := strings.Index(t, n)
		w := firstWordLower(strings.TrimSpace(t[k+len(n):]))
		return w != "" && isLowerWord(firstField(strings.TrimSpace(t[k+len(n):]))) && !stopModifier[w] && w != "and" && w != "with"
	}
	if n := leadingProper(t); n != "" && strings.HasPrefix(t, n) {
		if strings.Contains(n, " ") && !isFunder(n) && after(n) {
			return n
		}
		return ""
	}
	k := strings.Index(t, " at ")
	if k <= 0 || countFields(t[:k], 9) > 6 || !isLowerWord(firstField(t)) {
		return ""
	}
	unit := dropAsides(t[:k])
	if n := leadingProper(t[k+len(" at "):]); n != "" && orgName(n) && !isFunder(n) && after(n) {
		unit = strings.TrimSpace(unit)
		return strings.ToUpper(unit[:1]) + unit[1:] + " at " + n
	}
	return ""
}

// nationalTotalSet reads a grant's whole set for a year: "an indicative
// national total of £63.9 million has been set".
func nationalTotalSet(lowLeft, lowRight string) bool {
	return hasAnySuffix(strings.TrimRight(lowLeft, " "), " national total of", " indicative total of", " total allocation of") &&
		hasAnyPrefix(strings.TrimLeft(lowRight, " "), "has been set", "is set", "has been confirmed", "is confirmed", "will be available", "is available")
}

// eachYearAvailable reads "is available in each of 2027/28 and 2028/29"
// after a budget's figure: how many years, from which.
func eachYearAvailable(lowRight string, base int) (int, int, bool) {
	r := strings.TrimLeft(lowRight, " ")
	r, ok := cutAnyPrefix(r, "is available ", "will be available ", "is being made available ", "has been made available ", "is to be made available ", "is made available ")
	if !ok || !strings.HasPrefix(r, "in each of ") {
		return 0, 0, false
	}
	n, start, ok := yearlyFor(r, base)
	return n, start, ok && start > 0
}

// yearlyFor reads "a year for three years, starting in 2026/27" after a
// figure: how many years, and the first one's financial year (0 when not
// given).
func yearlyFor(lowRight string, base int) (int, int, bool) {
	if r, ok := strings.CutPrefix(strings.TrimLeft(lowRight, " "), "in each of "); ok {
		// "£14.2m in each of 2027-28, 2028-29 and 2029-30": one part a
		// year, the years following on
		start, n := 0, 0
		for {
			y, at, end, ok := findExplicitFY(head(r, 24))
			if !ok || at > 6 || n > 0 && y != start+n {
				break
			}
			if n == 0 {
				start = y
			}
			n++
			r = r[end:]
		}
		if n >= 2 {
			return n, start, true
		}
		return 0, 0, false
	}
	r, ok := cutAnyPrefix(strings.TrimLeft(lowRight, " "), "a year for ", "per year for ", "each year for ", "annually for ", "per annum for ")
	if !ok {
		return 0, 0, false
	}
	r, _ = cutAnyPrefix(r, "each of the ", "the ") // "a year for each of the three years from 2025-26"
	if y, end, ok := yearSpan(r); ok && end-y >= 2 && end-y <= 10 {
		// "£250,000 a year for 2026-29", "a year for 2026 to 2029": the
		// years the span covers, from the first
		return end - y, y, true
	}
	n, w := countWord(r)
	if n < 2 || n > 10 || !hasAnyPrefix(strings.TrimLeft(r[w:], " "), "years", "financial years") {
		return 0, 0, false
	}
	start := 0
	if p, ok := findPeriod(head(r, 60), base); ok && containsAny(head(r, 60), []string{"starting", "from", "beginning"}) {
		start = p
	}
	return n, start, true
}

// yearSpan reads a span of years opening r: "2026-29", "2026–2029",
// "2026 to 2029". It returns the first and last years.
func yearSpan(r string) (int, int, bool) {
	if len(r) < 7 || !isYear(r[:4]) {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(r[:4])
	rest := r[4:]
	sep := ""
	for _, p := range []string{"-", "–", "—", " to ", " - ", " – "} {
		if strings.HasPrefix(rest, p) {
			sep = p
			break
		}
	}
	if sep == "" {
		return 0, 0, false
	}
	rest = rest[len(sep):]
	d := 0
	for d < len(rest) && d < 5 && isDigit(rest[d]) {
		d++
	}
	switch d {
	case 2:
		e, _ := strconv.Atoi(rest[:2])
		return y, y/100*100 + e, true
	case 4:
		e, _ := strconv.Atoi(rest[:4])
		return y, e, true
	}
	return 0, 0, false
}

// paraOrg returns the first body the paragraph names before the
// sentence now read.
func (a *analyzer) paraOrg() string {
	for _, t := range a.para[:max(0, len(a.para)-1)] {
		for _, n := range properNames(t) {
			if (orgName(n) || strings.Count(n, " ") >= 2) && !isFunder(n) && !isPerson(n) && !a.isFundName(n) {
				return n
			}
		}
	}
	return ""
}

// ourGrant reads a funder speaking of its own grant: "Our grant of
// £48,000", "our £500k capital grant".
func ourGrant(lowLeft, lowRight string) bool {
	l := strings.TrimRight(lowLeft, " ")
	if hasAnySuffix(l, "our grant of", "our award of", "our grant, of") {
		return true
	}
	return (l == "our" || strings.HasSuffix(l, " our")) && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "grant", "capital grant", "revenue grant", "award", "core grant")
}

// countAfterPlace reads a count of places or bodies after a headline's
// figure: " for upgrades at four regional schools", " for 12 towns".
func countAfterPlace(r string) int {
	for _, p := range []string{" at ", " in ", " across ", " for "} {
		k := strings.Index(r, p)
		if k < 0 {
			continue
		}
		rest := r[k+len(p):]
		if n, w := countWord(rest); n > 1 && w > 0 {
			f := strings.Fields(rest[w:])
			for j := 0; j < len(f) && j < 3; j++ {
				if w := strings.Trim(f[j], ",.;:"); len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
					return n
				}
			}
		}
	}
	return 0
}

// namedRoundScheme returns the scheme a numbered round is named by
// between its ordinal and its noun: "the second Linkage Projects round".
func namedRoundScheme(text string, rm roundMention) string {
	if rm.end > len(text) {
		return ""
	}
	f := strings.Fields(text[max(0, rm.end-80):rm.end])
	if len(f) < 3 || !roundNoun(trimWord(f[len(f)-1])) {
		return ""
	}
	f = f[:len(f)-1]
	k := len(f) - 1
	for k >= 0 && isCapitalised(trimWord(f[k])) && !strings.ContainsAny(f[k], "'’0123456789") && !endsPhrase(f[k]) {
		k--
	}
	if k < 0 || k == len(f)-1 || len(f)-k-1 < 2 {
		return ""
	}
	// "the second Linkage Projects round", "in the latest Linkage
	// Partnerships round" (a fund's name before "round" is found by its
	// head: "the Arts Fund round")
	switch before := strings.ToLower(trimWord(f[k])); {
	case ordinal(before) > 0, before == "latest", before == "newest", before == "recent", before == "current", before == "the" && !rm.named:
	default:
		return ""
	}
	name := strings.Join(f[k+1:], " ")
	last := strings.ToLower(trimWord(f[len(f)-1]))
	if isFunder(name) || orgName(name) || fundHeads[last] || ordinal(strings.ToLower(trimWord(f[k+1]))) > 0 ||
		hasAnySuffix(" "+last, " review", " budget", " statement", " cup", " league", " table", " talks") {
		return ""
	}
	return cleanName(name)
}

// isCapitalised reports a word that opens with a capital letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// applicantVerbs open what an applicant did, after its name.
var applicantVerbs = []string{"applied ", "asked for ", "asked the ", "sought ", "bid for ", "requested ", "submitted ", "approached ", "put in a bid", "put in an application", "made an application", "made a bid", "turned to "}

// applicantNamed returns the body a sentence opens with when what it did
// was ask for money: "Ashdown Rowing Club applied in March for help to
// replace its roof", "The Linton Players had asked for £6,000", "Kirkby
// Youth Band has submitted a bid".
func applicantNamed(text, low string) string {
	if !containsAny(low, []string{" applied", " asked ", " sought ", " bid for", " requested ", " submitted ", " approached ", " put in a", " made an application", " made a bid", " turned to "}) {
		return "" // (the quick test: no verb of asking)
	}
	n := leadingProper(text)
	if n == "" || !orgName(n) || isFunder(n) {
		return ""
	}
	if strings.Contains(low, " applied for ") || strings.Contains(low, " had asked for ") {
		// "Veyra Hydrogen Ltd, a Teesside start-up, had applied for
		// £740,000"
		return n
	}
	k := strings.Index(text, n)
	if k < 0 || k > 4 {
		return ""
	}
	rest := strings.TrimLeft(low[k+len(n):], " ")
	for _, aux := range []string{"has ", "had ", "have ", "first ", "originally ", "recently ", "also "} {
		rest = strings.TrimPrefix(rest, aux)
	}
	if hasAnyPrefix(rest, applicantVerbs...) {
		return n
	}
	return ""
}

// signerNamed reads who signed a grant agreement: "The City of Wierzbno
// has signed two co-financing agreements with the Board", or "".
func signerNamed(text, low string) string {
	k := strings.Index(low, " signed ")
	if k < 0 || !containsAny(low[k:], []string{"co-financing agreement", "cofinancing agreement", "grant agreement", "funding agreement", "financing agreement", "subsidy agreement", "grant contract", "funding contract"}) {
		return ""
	}
	n := leadingProper(stripDeterminer(text))
	if n == "" || !orgName(n) || isFunder(n) || len(n) > k+1 {
		return ""
	}
	return n
}

// leadPartnerNamed reads the lead partner or coordinator a sentence
// names: "The lead partner is the Zweckverband Nahverkehr Westeifel",
// "The lead partner, the Centre hospitalier régional de Malvoisin, will
// coordinate ...", "X is the lead partner", or "". (The role says the
// name is a body's, however foreign its words.)
func leadPartnerNamed(text, low string) string {
	for _, p := range []string{"lead partner is ", "lead partner will be ", "lead partner, ", "coordinator is ", "coordinator will be ", "coordinator, "} {
		if k := strings.Index(low, p); k >= 0 {
			if n := leadingProper(stripDeterminer(text[k+len(p):])); n != "" && !isFunder(n) {
				return n
			}
		}
	}
	for _, p := range []string{" is the lead partner", " will be the lead partner", " is lead partner", " is the coordinator", " is the project coordinator"} {
		if k := strings.Index(low, p); k > 0 {
			if n := leadingProper(stripDeterminer(text[:k])); n != "" && !isFunder(n) {
				return n
			}
		}
	}
	return ""
}

// receivesMaximum reports a figure given at the cap: "X receives the
// maximum £50,000", "was awarded the maximum grant of £10,000"; or one
// grant given with its ceiling told, not a cap on bids: "has been
// offered an award of up to £640,000", "has also earmarked a grant of
// up to £1,184,000".
func receivesMaximum(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	for _, cut := range []string{" of", " worth", " grant", " grants", " award", " awards", " amount", " capital", " revenue", " development", " maximum", " max", " full"} {
		t = strings.TrimSuffix(t, cut) // (and "receives the maximum capital grant of", "has been offered grants worth")
	}
	t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, " the"), " a"), " an")
	if hasAnySuffix(t, "can be offered", "could be offered", "may be offered", "can be awarded", "could be awarded", "may be awarded", "can be given", "may be given", "can receive", "could receive", "may receive") {
		return false // "Applicants can be offered grants worth up to £50,000": a cap
	}
	return hasAnyWord(finalWord(t), []string{"receives", "received", "receive", "receiving", "gets", "got", "get", "secures", "secured", "wins", "won", "awarded", "granted", "given", "offered",
		"earmarked", "approved", "agreed", "pledged", "committed", "confirmed", "promised"})
}

// useToPurpose reports "to <verb>" opening lowRight, the purpose after
// "will use £X".
func useToPurpose(lowRight string) bool {
	r := strings.TrimLeft(lowRight, " ")
	for _, n := range []string{"grant ", "award ", "capital grant ", "development grant "} {
		r = strings.TrimPrefix(r, n) // "will use a $1,980,000 grant to drill a well"
	}
	if !strings.HasPrefix(r, "to ") {
		return false
	}
	switch w := firstWordLower(r[3:]); w {
	case "", "the", "a", "an", "its", "their", "his", "her", "this", "that", "date", "fund", "pay", "cover", "match", "repay":
		return false
	}
	return true
}

// ledProject reports a funded piece of work named right after a figure
// ("£6.2 million hub looking at ...", "£1.75m study").
func ledProject(lowRight string) bool {
	switch firstWordLower(strings.TrimLeft(lowRight, " ")) {
	case "project", "hub", "study", "consortium", "programme", "program", "centre", "center", "partnership", "network", "trial", "research", "pilot", "collaboration":
		return true
	}
	return false
}

// bracketedSplits finds figures followed by their yearly parts in
// brackets, "£980,000 (£380,000 in 2026 to 2027 and £600,000 in 2027 to
// 2028)": for each such figure it gives the end of the closing bracket
// (0 for the others). The parts must be two or more, each with a period,
// and add up to the figure.
func bracketedSplits(s sent, amounts []money, base int) []int {
	var out []int
	for i := 0; i+2 < len(amounts); i++ {
		m := amounts[i]
		r := strings.TrimLeft(s.text[m.End:], " ")
		if k := strings.IndexByte(r, '('); k > 0 && (k < 30 && spanYears(asciiLower(r[:k])) > 0 || k < 200 && amounts[i+1].QStart > len(s.text)-len(r)+k) {
			// "$3.2 million over two years ($1.5 million in 2023–24 and
			// ...)", "£720,000 to restore ... at Kirkconnell Flow
			// (£400,000 this financial year and £320,000 in 2029-30)":
			// the parts must still add up to the figure
			r = r[k:]
		}
		if !strings.HasPrefix(r, "(") {
			continue
		}
		open := len(s.text) - len(r)
		close := strings.IndexByte(s.text[open:], ')')
		if close < 0 {
			continue
		}
		close += open
		var sum int64
		n := 0
		prev := 0
		for j := i + 1; j < len(amounts) && amounts[j].End <= close; j++ {
			q, _, ok := periodAfter(s.text, amounts[j].End, base, prev)
			if !ok || amounts[j].Currency != m.Currency {
				n = 0
				break
			}
			sum += amounts[j].Value
			prev = q
			n++
		}
		if n >= 2 && sum == m.Value {
			if out == nil {
				out = make([]int, len(amounts))
			}
			out[i] = close + 1
		}
	}
	return out
}

// roleNouns describe a body before its name: "the homelessness charity
// Shelter Cymru", "the public utility Komunala Savinjska d.o.o.".
var roleNouns = wordSet("charity charities enterprise operator utility manager company firm provider developer organisation organization group body association startup start-up business cooperative co-operative partnership consortium network museum theatre agency nonprofit non-profit foundation institute insurer lender producer manufacturer maker specialist team social club society trust house studio publisher")

var ownBudgetNouns = wordSet("unit council force charity trust authority service university college school organisation organization team department club hospital board commissioner pcc office icb ccg nhs city county state town borough district " +
	"symphony orchestra theatre theater museum gallery festival company society centre center library venue")

// receivedBack reads "the force received ...", "it was awarded ..." right
// after a figure, and returns the body referred back to.
func (a *analyzer) receivedBack(lowRight string) string {
	r := strings.TrimLeft(lowRight, " ")
	for _, v := range []string{" received", " was awarded", " was given", " got", " won", " secured"} {
		k := strings.Index(r, v)
		if k <= 0 || k > 20 {
			continue
		}
		subj := r[:k]
		if subj == "it" || subj == "we" {
			return a.publisherOrg() // "the £212,000 we received in the fund’s first round"
		}
		if pronounSubjects[subj] && strings.HasPrefix(subj, "the ") {
			return a.lastOrg(subj[4:])
		}
	}
	return ""
}

// namedAfter reports a figure given "to" a named body: "approves a grant
// of up to £410,000 to Calder Bank Engineering Academy" is that body's
// award, not a cap.
func namedAfter(right string) bool {
	r := strings.TrimLeft(right, " ")
	if rest, ok := cutAnyPrefix(r, "shall ", "will ", "is to ", "should "); ok && strings.HasPrefix(rest, "be ") {
		r = rest // "grant of up to £3,400,000 shall be paid to Brackenfield Borough Council"
	}
	for _, v := range []string{"be awarded ", "is awarded ", "was awarded ", "be granted ", "be offered ", "be paid ", "be given ", "goes ", "go ",
		// "A grant of up to £3.2 million has been approved to City of
		// Bradford Metropolitan District Council"
		"has been awarded ", "has been approved ", "has been granted ", "has been offered ", "has been allocated ", "was approved ", "was granted ", "was offered ", "was allocated ", "be approved ", "is approved "} {
		// "That a grant of up to £15,000 be awarded to Hovingham
		// Cricket Club"
		if rest, ok := strings.CutPrefix(r, v); ok {
			r = rest
			break
		}
	}
	if !strings.HasPrefix(r, "to ") {
		return false
	}
	n := leadingProper(r[3:])
	return n != "" && orgName(n) && !isFunder(n)
}

// throughGrants reports "through 463 grants" (or "in 52 grants") after
// a figure: a giver's many grants, so the verb before is active.
func throughGrants(lowRight string) bool {
	r, ok := cutAnyPrefix(strings.TrimLeft(lowRight, " "), "through ", "in ", "via ")
	if !ok {
		return false
	}
	n, w := countWord(r)
	if n < 2 || w == 0 {
		return false
	}
	switch strings.Trim(firstWord(strings.TrimLeft(r[w:], " ")), ".,;:") {
	case "grants", "awards", "separate", "individual", "small":
		return true
	}
	return false
}

// properAfterTo reports "to" and a proper name of two words or more
// after a figure: "£25,000 to Mindful Men Wealdshire".
func properAfterTo(right string) bool {
	r, ok := strings.CutPrefix(strings.TrimLeft(right, " "), "to ")
	if !ok {
		return false
	}
	n := leadingProper(r)
	return strings.Contains(n, " ") && !isFunder(n)
}

// ledAdjectives make "-led" an adjective, not a lead body:
// "Community-led housing projects".
var ledAdjectives = wordSet("community volunteer user youth citizen refugee migrant survivor carer disability disabled deaf pupil learner employer industry business market research design nature culture arts heritage locally member tenant resident patient student peer indigenous aboriginal inuit métis metis māori maori pasifika black women woman family parent faith farmer veteran")

// countLead reports a phrase that opens with a count: "Twelve
// community-led arts organisations".
func countLead(s string) bool {
	n, w := countWord(asciiLower(s))
	return w > 0 && n > 1
}

// brandProgramme finds a programme named without a fund word: "through
// Culture Connects" after money shared or awarded, or "Culture Connects
// has a budget of".
func (a *analyzer) brandProgramme(s sent) string {
	name := ""
	given := []string{"share", "shared", "sharing", "awarded", "award", "distribute", "receive", "receives", "received", "grants", "funding", "allocated"}
	if k := strings.Index(s.low, " through "); k > 0 && hasAnyWord(s.low[:k], given) {
		name = leadingProper(s.text[k+len(" through "):])
	}
	if k := strings.Index(s.low, " under "); name == "" && k > 0 && hasAnyWord(s.low[:k], given) && strings.ContainsAny(s.text[:k], "£$€") {
		// "Nine projects will receive a total EU contribution of €33.7
		// million under Horizon Europe" (not "under the Housing Act" or
		// "under Round Two")
		if n := leadingProper(s.text[k+len(" under "):]); !legalWords[lastWordLower(n)] && len(findRounds(asciiLower(n))) == 0 {
			name = n
		}
	}
	if k := strings.Index(s.low, " from "); name == "" && k > 0 && hasAnyWord(s.low[:k], given) {
		// "will share more than £4.1 million from Warm Together, a
		// National Lottery programme"
		rest := s.text[k+len(" from "):]
		if r, ok := strings.CutPrefix(rest, "our "); ok {
			// "in the latest awards from our Community Facilities
			// Boost": the publisher's own programme
			if n := leadingProper(r); n == strings.TrimRight(head(r, len(n)), " ") && strings.Count(n, " ") >= 1 {
				name = n
			}
		}
		if r, ok := strings.CutPrefix(rest, "the "); ok && name == "" && hasAnyWord(s.low[:k], []string{"received", "receives", "won", "wins", "awarded", "secured", "secures", "granted"}) {
			// "Lysander University received GBP 210,000 from the Digital
			// Humanities Catalyst.": what the money came from, named
			if n := leadingProper(r); strings.Count(n, " ") >= 1 && !orgName(n) && !isFunder(n) && !isPerson(n) {
				if after := strings.TrimLeft(r[len(n):], " "); after == "" || hasAnyPrefix(after, ".", ",", ";", "to ", "for ", "towards ", "in ") {
					name = n
				}
			}
		}
		if n := leadingProper(rest); name == "" && n != "" {
			after := asciiLower(head(rest[len(n):], 80))
			if hasAnyPrefix(after, ", a ", ", an ", ", the ") && hasAnyWord(after, []string{"programme", "program", "fund", "scheme", "initiative"}) {
				name = n
			}
		}
	}
	for _, v := range []string{" is our ", " is a ", " is the "} {
		// "Heritage in Our Hands is our £25 million programme for
		// community-led heritage"
		if k := strings.Index(s.low, v); name == "" && k > 0 && strings.ContainsAny(head(s.text[k+len(v):], 3), "£$€") {
			rest := s.low[k+len(v):]
			if e := strings.IndexAny(rest, " "); e > 0 && hasAnyPrefix(strings.TrimLeft(rest[e:], " "), "programme", "program", "fund", "scheme", "initiative", "million programme", "million program", "million fund", "m programme", "m fund", "billion programme") {
				if n := cleanName(stripDeterminer(s.text[:k])); titleCaseName(n) {
					name = n
				}
			}
		}
	}
	if k := strings.Index(s.low, " has a budget of "); name == "" && k > 0 {
		if n := leadingProper(s.text[:k]); n == cleanName(stripDeterminer(s.text[:k])) {
			name = n
		}
	}
	if name == "" {
		name = interregName(s.text)
	}
	if name == "" || !strings.Contains(name, " ") || orgName(name) || isFunder(name) || programmeLabel(name) {
		return ""
	}
	if fundHeads[lastWordLower(name)] {
		return "" // findFunds names those
	}
	return name
}

// splitBetween reads a joint award and its parts: "receives NZ$900,000,
// shared between the University of Rangitoto and the Waitematā Pacific
// Health Trust, with NZ$500,000 to the university and NZ$400,000 to the
// trust". Each part is an award to the body its noun names; the whole is
// no award of its own.
func (a *analyzer) splitBetween(s sent, amounts []money, consumed []bool, fund string, round int) {
	for i := 0; i+2 < len(amounts); i++ {
		gap := s.low[amounts[i].End:amounts[i+1].QStart]
		k := strings.Index(gap, " between ")
		if k < 0 || !hasAnySuffix(gap[:k], "shared", "split", "divided") {
			continue
		}
		names := splitNames(cleanName(stripDeterminer(cutClause(s.text[amounts[i].End+k+len(" between "):]))))
		if len(names) < 2 {
			return
		}
		var sum int64
		var got []string
		for j := i + 1; j < len(amounts) && len(got) < len(names); j++ {
			r := strings.TrimLeft(s.low[amounts[j].End:], " ")
			noun, ok := strings.CutPrefix(r, "to the ")
			if !ok {
				return
			}
			noun = firstWordLower(noun)
			who := ""
			for _, n := range names {
				if hasWord(strings.ToLower(n), noun) {
					if who != "" {
						return // "the university" could be either
					}
					who = n
				}
			}
			if who == "" {
				return
			}
			got = append(got, who)
			sum += amounts[j].Value
		}
		if len(got) != len(names) || sum != amounts[i].Value {
			return
		}
		consumed[i] = true
		for j, who := range got {
			a.addAward(s, amounts[i+1+j], a.expand(who), "", fund, 0.75, round)
			consumed[i+1+j] = true
		}
		return
	}
}

// perUnitRate reports a figure given per unit of what it pays for: "£2,150
// per learner", "£320 per pupil", "£5,000 per home".
func perUnitRate(lowRight string) bool {
	r, ok := strings.CutPrefix(strings.TrimLeft(lowRight, " "), "per ")
	if !ok {
		return false
	}
	switch firstWordLower(r) {
	case "learner", "student", "apprentice", "trainee", "participant", "child", "patient", "resident", "household", "family", "place", "placement", "session", "night", "day", "meal", "tonne", "hectare", "acre", "home", "dwelling", "pupil", "head", "person", "hour", "week", "user", "visit", "journey", "mile", "kilometre", "km", "plot", "allotment", "bed", "seat", "ticket", "metre", "kwh", "mwh", "litre", "connection", "location", "premises", "property", "vehicle", "charger", "tree":
		return true
	}
	return false
}

// ownMoney reports a figure said to come from the body's own purse: "£500,000
// from its own capital programme", no grant and no fund's budget.
func ownMoney(lowRight string) bool {
	return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "from our own", "from its own", "from their own", "of our own", "of its own", "of their own")
}

// finiteVerbAt returns where the first " were ", " was ", " are ", " is ",
// " have been " or " has been " in a clause starts, or -1.
func finiteVerbAt(clause string) int {
	best := -1
	for _, v := range []string{" were ", " was ", " are ", " is ", " have been ", " has been "} {
		if k := strings.Index(clause, v); k > 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

// elidedBefore returns the round of the sentence's bare ordinal ("the
// second, announced last summer, in which ...") when it is the last
// round named before at, else 0.
func (a *analyzer) elidedBefore(at int) int {
	best, num := -1, 0
	for _, m := range a.sentRounds {
		if m.end <= at && m.end > best && m.num > 0 {
			best, num = m.end, 0
			if m.elided {
				num = m.num
			}
		}
	}
	return num
}

// futureRound reports a round the page has already told as one to come.
func (a *analyzer) futureRound(num int) bool {
	for _, m := range a.mentions {
		if m.num == num && m.future && !m.heading {
			return true
		}
	}
	return false
}

// fundedThroughOf reads "is funded through a state appropriation of",
// "is funded by an annual grant of", "is funded from a government
// allocation of" before a figure: the money the fund has.
func fundedThroughOf(lowLeft string) bool {
	l, ok := strings.CutSuffix(strings.TrimRight(lowLeft, " "), " of")
	if !ok {
		return false
	}
	k := strings.LastIndex(l, " is funded ")
	if k < 0 {
		k = strings.LastIndex(l, " are funded ")
	}
	if k < 0 {
		return false
	}
	f := strings.Fields(l[k:])
	if len(f) < 5 || len(f) > 7 || !hasAnyWord(f[2], []string{"by", "through", "from", "with"}) || f[3] != "a" && f[3] != "an" {
		return false
	}
	switch f[len(f)-1] {
	case "appropriation", "allocation", "grant", "budget", "settlement", "contribution", "endowment":
		return true
	}
	return false
}

// anaphorHead returns the noun of "the fund", "the scheme", "the
// programme" or "the program" in low, the first one found, or "".
func anaphorHead(low string) string {
	best, head := -1, ""
	for _, h := range []string{"fund", "scheme", "programme", "program"} {
		if k := strings.Index(low, "the "+h); k >= 0 && (best < 0 || k < best) && (k+4+len(h) == len(low) || !isLetter(low[k+4+len(h)])) {
			best, head = k, h
		}
	}
	return head
}

// timeUnits are the plurals that count time, not recipients.
var timeUnits = wordSet("seconds minutes hours days weeks months years decades nights weekends terms semesters sessions")

// workBudget reports the budget of a piece of work before a figure:
// "the project’s total budget is", "the study's budget of".
func workBudget(lowLeft string) bool {
	for _, p := range []string{"project", "study", "trial", "consortium", "film", "feature", "production"} {
		for _, q := range []string{"'s ", "’s "} {
			if k := strings.LastIndex(lowLeft, p+q); k >= 0 && (k == 0 || lowLeft[k-1] == ' ') && strings.Contains(lowLeft[k:], "budget") {
				return true
			}
		}
	}
	return false
}

// roundTitleName reads the programme in a title "Collections in Common:
// round 2", "Culture Connects – Round 3", "Seaside Futures round two".
func roundTitleName(t string) string {
	rs := findRounds(asciiLower(t))
	if len(rs) != 1 || rs[0].num == 0 {
		return ""
	}
	k := strings.LastIndex(asciiLower(t[:min(len(t), rs[0].end)]), "round")
	if k <= 0 || k+5 > len(t) {
		return ""
	}
	name := strings.TrimRight(t[:k], " :–—-,")
	if n := leadingProper(name); n == "" || n != cleanName(stripDeterminer(name)) || !strings.Contains(n, " ") || orgName(n) || isFunder(n) || isPerson(n) {
		return ""
	}
	return cleanName(stripDeterminer(name))
}

// winnerNamed reads who a sentence without a figure says won a prize or
// award: "Historian and broadcaster Dr Ruth Amankwah has won the fifth
// annual Calder Bell Prize", "The Emerging Historian Award went to Kofi
// Mensah-Barton for his blog". The next "She receives £30,000" is theirs.
func winnerNamed(text string) string {
	for _, v := range []string{" has won the ", " won the ", " wins the ", " has been named winner of ", " is the winner of "} {
		if k := strings.Index(text, v); k > 0 {
			if n := trailingProper(text[:k]); n != "" && !isFunder(n) && !orgName(n) {
				return n
			}
			return ""
		}
	}
	if k := strings.Index(text, " went to "); k > 0 && containsAny(asciiLower(text[:k]), []string{"award", "prize", "medal", "fellowship", "bursary"}) {
		if n := leadingProper(text[k+len(" went to "):]); n != "" && !isFunder(n) {
			return n
		}
	}
	return ""
}

// dropRateNotes folds a yearly rate in brackets into the figure before
// it: "$750,000 over three years ($250,000 annually) to the Delta Blues
// Heritage Center" is one figure, whose words go on after the bracket.
func dropRateNotes(low string, amounts []money) []money {
	for i := 0; i+1 < len(amounts); i++ {
		gap := low[amounts[i].End:amounts[i+1].QStart]
		if !strings.HasSuffix(gap, " (") || len(gap) > 30 || strings.ContainsAny(gap[:len(gap)-2], "(),;") {
			continue
		}
		rest := low[amounts[i+1].End:]
		for _, r := range []string{" annually)", " a year)", " per year)", " each year)", " per annum)"} {
			if strings.HasPrefix(rest, r) {
				amounts[i].End = amounts[i+1].End + len(r)
				amounts = append(amounts[:i+1], amounts[i+2:]...)
				break
			}
		}
	}
	return amounts
}

// endsWithName reports np ending with name: "the gallery’s board of
// management, the Gippsland Lakes Regional Gallery Inc.".
func endsWithName(np, name string) bool {
	k := strings.LastIndex(np, name)
	return name != "" && k >= 0 && len(strings.Trim(np[k+len(name):], " .,;")) == 0
}

// placeLabel reports a label that names an area: "Dane County", "Ward
// 7", "Highland region", "Coleraine District".
func placeLabel(l string) bool {
	switch lastWordLower(l) {
	case "county", "parish", "district", "region", "ward", "province", "state", "territory", "borough", "township":
		return true
	}
	return strings.HasPrefix(strings.ToLower(l), "ward ")
}

// allLower reports words none of which is capitalised: "the gallery’s
// board of management".
func allLower(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return false
		}
	}
	return strings.TrimSpace(s) != ""
}

// nameAbbrevBefore reports an abbreviation that sits inside names ending
// s, before its full stop: "St", "Mt", "Jr".
func nameAbbrevBefore(s string) bool {
	return nameAbbrevs[s[strings.LastIndexByte(s, ' ')+1:]]
}

// sumIs reports figures that add up to m.
func sumIs(parts []money, m money) bool {
	var sum int64
	for _, p := range parts {
		sum += p.Value
	}
	return sum == m.Value
}

// dashTotal reports the words between a figure and the total after it:
// the figure's own words ("in 2029/30"), then a dash or comma and perhaps
// "a total of".
func dashTotal(gap string) bool {
	k := -1
	for _, p := range []string{" – ", " — ", " - ", ", ", "; "} {
		if j := strings.LastIndex(gap, p); j > k {
			k = j + len(p)
		}
	}
	if k < 0 || strings.Contains(gap[:k], " and ") {
		return false
	}
	g := strings.TrimSpace(gap[k:])
	return g == "" || g == "a total of" || g == "in total" || g == "in all"
}

// withdrawnField reports a record's status line that takes its grant
// back: "Status: Withdrawn – ...", "Decision: Deferred", "Outcome:
// Declined".
func withdrawnField(t string) bool {
	k := strings.IndexByte(t, ':')
	if k <= 0 || k > 20 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(t[:k])) {
	case "status", "decision", "outcome", "result":
	default:
		return false
	}
	v := strings.ToLower(strings.TrimSpace(t[k+1:]))
	return hasAnyPrefix(v, "withdrawn", "declined", "deferred", "refused", "rejected", "not approved", "not funded", "cancelled", "canceled")
}

// bidOwner reads whose bid the words before a figure say succeeded: "the
// Parish Council's bid to ... had been successful" is the council's (on
// its own page, by its full name).
func (a *analyzer) bidOwner(before string) string {
	for _, p := range []string{"'s bid", "’s bid", "'s application", "’s application"} {
		k := strings.Index(before, p)
		if k <= 0 {
			continue
		}
		n := trailingProper(before[:k])
		if n == "" || isFunder(n) {
			return ""
		}
		if f := strings.Fields(n); len(f) <= 2 && orgSuffixes[strings.ToLower(f[len(f)-1])] {
			// "the Parish Council": the body whose page it is
			if o := a.titleOrg(strings.ToLower(f[len(f)-1])); o != "" {
				return o
			}
		}
		return n
	}
	return ""
}

// producedBy reads the maker of a work just named: "The feature is
// produced by Harrow Lane Pictures", "The film is being made by X".
func producedBy(text string) string {
	if !hasPrefixFold(text, 0, "the ") && !hasPrefixFold(text, 0, "this ") && !hasPrefixFold(text, 0, "it ") {
		return ""
	}
	l := asciiLower(head(text, 60))
	if !strings.HasPrefix(l, "it ") && !containsAny(l, []string{"feature ", "film ", "documentary ", "series ", "production ", "show ", "play ", "game ", "book ", "album "}) {
		return ""
	}
	for _, v := range []string{" is produced by ", " is being produced by ", " is made by ", " is being made by ", " is developed by ", " is being developed by ", " is published by ", " comes from "} {
		if k := strings.Index(l, v); k > 0 && k < 40 {
			if n := leadingProper(text[k+len(v):]); n != "" && orgName(n) && !isFunder(n) {
				return n
			}
		}
	}
	return ""
}

// wordBeforeWorth is the noun a "worth" figure counts: "fellowships" in
// "the four fellowships are (together) worth".
func wordBeforeWorth(lowLeft string) string {
	var buf [5]string
	f, _ := lastFields(tail(lowLeft, 60), buf[:])
	for i := len(f) - 1; i >= 0; i-- {
		if awardKinds[strings.Trim(f[i], ",")] {
			return strings.Trim(f[i], ",")
		}
	}
	return ""
}

// cumulativeCue reports a sentence about all a fund has given so far:
// "since it was launched", "since the scheme began in 2025", "to date".
func cumulativeCue(low string) bool {
	if !strings.Contains(low, "since") && !strings.Contains(low, "to date") && !strings.Contains(low, "so far") && !strings.HasPrefix(low, "by the end of ") {
		return false // (every cue holds one of these)
	}
	return cumulativeCueIn(low)
}

// cumulativeCueIn is cumulativeCue without its quick test.
func cumulativeCueIn(low string) bool {
	for _, cue := range []string{" since ", " so far", " to date"} {
		if k := strings.Index(low, cue); k > 0 && (hasAnyWord(tail(low[:k], 60), []string{"largest", "biggest", "highest", "most", "best", "record", "first"}) || strings.Contains(tail(low[:k], 30), "% of ")) {
			// "€3.4 million for 38 projects, the largest allocation since
			// the scheme began", "£2.1 million, the largest payment so
			// far", "the largest single allocation made under the scheme
			// to date", "accounts for almost 7% of all spending to date":
			// this one's, compared with the others
			return false
		}
	}
	if strings.HasPrefix(low, "by the end of ") && hasAnyWord(low, []string{"had"}) {
		// "By the end of March 2028 the department had committed £540m
		// to 48 projects": all so far
		return true
	}
	if strings.HasPrefix(low, "since then, ") && hasAnyWord(low, []string{"has", "have"}) {
		// "Since then, it has invested £212m in 340 projects"
		return true
	}
	if containsAny(low, []string{"since it was launched", "since its launch", "since it launched", "since the scheme began", "since the fund began", "since the programme began", "since the program began", "since it began", "since it opened", "since its creation", "to date", "so far"}) {
		return true
	}
	if k := strings.Index(low, "since "); k >= 0 && (hasAnyWord(head(low[k+len("since "):], 45), []string{"launched", "introduced", "started", "began", "begun", "opened", "created", "established", "inception", "introduction", "launch", "creation", "founded"}) || strings.Contains(head(low[k:], 40), " set up")) && hasAnyWord(low, []string{"has", "have", "had"}) {
		// "Since the grant was introduced in 2021-22 it has paid out
		// £4.2 million to 63 community shops", "Since it started in
		// 2021 the fund has paid out ..."
		return true
	}
	// "Since 2021 the fund has awarded ..." (but not "towns hit by
	// flooding since 2020")
	return hasAnyPrefix(low, "since 19", "since 20") && len(low) > 9 && isDigit(low[8]) && isDigit(low[9])
}

// groupGivenRound reads a count that opens a sentence whose one figure is
// a round's money for all of them, and returns the count (0 when none):
// "Nine wharves, slipways and boat ramps ... will be rebuilt with $12.6
// million from the second funding round of the X Fund", "Fourteen
// theatres, galleries, halls and studios ... will be upgraded with $2.86
// million from Round 2 of the Y Fund", "VICTORIA – Twenty-two
// communities will build ... with $4.8 million from the third intake of
// the Z Program".
func (a *analyzer) groupGivenRound(low, lowLeft, lowRight string, sentFund bool, sentRound int, sentRecap bool) int {
	r := strings.TrimLeft(lowRight, " ")
	if !hasAnyPrefix(r, "from ", "through ", "under ", "in ") {
		return 0
	}
	n, generic := countOpening(low)
	switch {
	case n < 2:
		return 0
	case sentRound > 0 && !sentRecap && hasAnyPrefix(r, "from the ", "in the ", "under the ") && strings.Contains(head(lowRight, 50), " round"):
		return n // a round named after the figure, whatever is counted
	case generic && (sentFund || sentRound > 0) && passiveWith(lowLeft) && (!strings.HasPrefix(r, "in ") || strings.HasPrefix(r, "in round ")):
		return n // a group of bodies or places, given the money "with"
	}
	return 0
}

// leadingGroupCount reads a count of bodies or places that opens a
// sentence: "fourteen theatres, galleries and halls ...", "12 clubs".
func leadingGroupCount(low string) int {
	if n, generic := countOpening(low); generic {
		return n
	}
	return 0
}

// countOpening reads the count that opens a sentence, after a dateline
// ("VICTORIA – Twenty-two communities"), and whether a group noun
// follows it ("theatres", "clubs").
func countOpening(low string) (int, bool) {
	for _, d := range []string{" – ", " — ", " - "} {
		if k := strings.Index(low, d); k > 0 && k < 40 && countFields(low[:k], 5) <= 4 {
			low = low[k+len(d):]
			break
		}
	}
	var buf [2]string
	f := firstFields(low, buf[:])
	if len(f) == 0 {
		return 0, false
	}
	n, used := countWord(f[0])
	if used == 0 || n < 2 || n >= 2000 {
		return 0, false
	}
	return n, used == len(f[0]) && len(f) > 1 && genericNouns[strings.Trim(f[1], ",.;:")]
}

// firstFields fills dst with the first space-separated fields of s.
func firstFields(s string, dst []string) []string {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(dst) {
			break
		}
		dst[n] = w
		n++
	}
	return dst[:n]
}

// interregName returns the EU cross-border programme a text names, "" when
// none: the programmes are named "Interreg" and a place ("the Monitoring
// Committee of Interreg Atlantic Shores").
func interregName(text string) string {
	k := strings.Index(text, "Interreg ")
	if k < 0 || k > 0 && text[k-1] != ' ' {
		return ""
	}
	if n := leadingProper(text[k:]); strings.Count(n, " ") >= 1 && strings.Count(n, " ") <= 4 {
		return n
	}
	return ""
}

// euSourceFunds are the EU funds that pay for the EU's programmes.
var euSourceFunds = map[string]bool{
	"european regional development fund": true, "european social fund": true, "european social fund plus": true,
	"european agricultural fund for rural development": true, "european maritime, fisheries and aquaculture fund": true,
	"just transition fund": true, "cohesion fund": true,
}

// pairedFigures reports figures joined by "and" in one short run, each
// after the first opening its own clause: "£18.2 million to 22 projects
// and £31.5 million to 37 projects".
func pairedFigures(low string, amounts []money) bool {
	for i := 1; i < len(amounts); i++ {
		gap := low[amounts[i-1].End:amounts[i].QStart]
		if len(gap) > 40 || !strings.HasSuffix(gap, " and ") || strings.ContainsAny(gap, ";:") {
			return false
		}
	}
	return true
}

// roundSubjectVerb returns the words before a figure with a leading
// article and an appositive set off by commas dropped: "The first round,
// in autumn 2028, shared " gives "first round shared".
func roundSubjectVerb(left string) []string {
	t := strings.TrimLeft(left, "“\"' ")
	if i, j := strings.Index(t, ", "), strings.LastIndex(t, ", "); i > 0 && j > i {
		t = t[:i] + " " + t[j+2:]
	}
	f := strings.Fields(t)
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	return f
}

// roundWorthClause reads a round as the subject of what it is worth:
// "Taken together, the fourth round represents an investment of", "the
// second round totals".
func roundWorthClause(left string) bool {
	l := strings.TrimSpace(left)
	if k := strings.Index(l, ", "); k > 0 && hasAnyPrefix(l, "taken together", "in total", "overall", "altogether", "all told", "in all") {
		l = l[k+2:]
	}
	for _, v := range []string{", which totals", ", which totalled", ", which totaled", ", which is worth", ", which was worth", ", which amounts to"} {
		// "the Trust's 2028 Strategic Awards round, which totals"
		if subj, ok := strings.CutSuffix(l, v); ok {
			return roundNoun(lastWordLower(subj))
		}
	}
	if !strings.HasPrefix(l, "the ") {
		return false
	}
	for _, v := range []string{" represents an investment of", " represents a total investment of", " represents", " is worth", " was worth", " totals", " totalled", " totaled", " amounts to", " is an investment of", " was an investment of"} {
		if subj, ok := strings.CutSuffix(l, v); ok {
			f := strings.Fields(subj)
			return len(f) <= 6 && roundNoun(f[len(f)-1])
		}
	}
	return false
}

// afterVerbCount returns what follows the last verb of naming or
// selecting in low, where a count may stand: "named five researchers to
// new chairs, a total investment of" gives "five researchers to ...".
func afterVerbCount(low string) string {
	best := -1
	for _, v := range []string{"named ", "selected ", "appointed ", "funded ", "backed ", "supported ", "awarded ", "chose ", "chosen ", "made ", "approved ", "offered ", "said yes to ", "gave the go-ahead to ", "recommended "} {
		if k := strings.LastIndex(low, v); k >= 0 && k+len(v) > best {
			best = k + len(v)
		}
	}
	if best < 0 {
		return ""
	}
	return low[best:]
}

// sectionAnaphor reads the words of a sentence before its figure as
// speaking of the body its section is about, unnamed: "A recovery grant of
// ", "The company received the maximum ", "A ".
func sectionAnaphor(before string) bool {
	b := strings.TrimSpace(before)
	if metaFields(b) {
		// "<h3>Zion Baptist Chapel, Ystrad</h3><p>Rhondda Cynon Taf ·
		// Cornerstone Grant · £25,000</p>": a card's fields, then its
		// figure
		return true
	}
	lb := asciiLower(b)
	if hasAnyPrefix(lb, "trustees ", "the trustees ", "our trustees ", "the panel ", "our panel ", "the committee ", "we ") && !strings.ContainsAny(b, ",;") && countFields(b, 8) <= 6 &&
		hasAnyWord(lb, []string{"offered", "awarded", "agreed", "approved", "given", "pledged", "granted"}) && !hasWord(lb, "to") {
		// "<h3>Orford Village Hall Trust</h3><p>Trustees have offered
		// up to £25,000": the funder's word, of the body the heading
		// names
		return true
	}
	if b == "" || leadingProper(stripDeterminer(b)) != "" && !hasAnyPrefix(b, "A ", "An ", "The ") {
		return false
	}
	if _, ok := cutArticle(b); ok && hasAnyWord(lb, []string{"grant", "award", "grants"}) && !strings.ContainsAny(b, ",;") && countFields(b, 8) <= 6 {
		return true // "A recovery grant of", "A"
	}
	if b == "A" || b == "An" {
		return true
	}

	// (with a verb of getting: "It has given more than $41 million" tells
	// of a funder)
	// ("It awarded $94 million in grants in 2026" gives: awarded and
	// offered get only in the passive)
	return anaphorOpening(lb) && !strings.ContainsAny(b, ",;") && (hasAnyWord(lb, []string{"received", "receives", "got", "gets", "secured", "won"}) ||
		containsAny(lb, []string{"been awarded", "was awarded", "is awarded", "were awarded", "be awarded", "been offered", "was offered", "is offered", "be offered"}))
}

// metaFields reports a line of short fields set apart by middle dots or
// bars that runs up to a figure: "Rhondda Cynon Taf · Cornerstone Grant
// ·".
func metaFields(b string) bool {
	sep := ""
	switch {
	case strings.HasSuffix(b, "·"):
		sep = "·"
	case strings.HasSuffix(b, "|"):
		sep = "|"
	default:
		return false
	}
	segs := strings.Split(strings.TrimSuffix(b, sep), sep)
	if len(segs) > 4 {
		return false
	}
	for _, g := range segs {
		if n := countFields(g, 6); n == 0 || n > 5 || strings.ContainsAny(g, "£$€0123456789") {
			return false
		}
	}
	return true
}

// anaphorOpening reports a clause (lowercase) that opens on a word for a
// body already in view: "the company", "the firm", "it".
func anaphorOpening(lb string) bool {
	if hasAnyPrefix(lb+" ", "it ", "the business ", "the shop ") {
		return true
	}
	f := strings.Fields(lb)
	if len(f) >= 3 && (f[0] == "our" || f[0] == "the") && isAlphaWord(f[1]) && bodyPronoun(f[2]) && !pronounSubjects["the "+f[1]] {
		// "Our secondary academy receives £749,800" under the
		// academy's heading: the body, described by its kind
		return true
	}
	return len(f) >= 2 && (f[0] == "the" || f[0] == "our") && bodyPronoun(f[1])
}

// bodyPronoun reports a noun that, after "the", stands for a body named
// earlier ("the council", "the charity"), not for a scheme or a bid.
func bodyPronoun(n string) bool {
	switch n {
	case "scheme", "programme", "project", "bid", "initiative":
		return false
	}
	return pronounSubjects["the "+n]
}

// saysAtEnd reports a closing clause of reporting: "the Scottish Public
// Audit Commission has said.", "the minister said today".
func saysAtEnd(t string) bool {
	t = strings.TrimRight(t, " .")
	if strings.Contains(t, ",") {
		return false
	}
	for _, v := range []string{" has said", " have said", " said", " says", " has warned", " warned", " has found", " found", " has concluded", " concluded", " reported", " has reported"} {
		if strings.HasSuffix(t, v) || strings.HasSuffix(t, v+" today") || strings.HasSuffix(t, v+" yesterday") {
			return true
		}
	}
	return false
}

// leadNamedByKind reads "a joint bid by Hexham Community Energy and
// Northumberland County Council, with the council as lead bidder": the
// partner whose name ends in the kind the lead is called by.
func leadNamedByKind(np string) string {
	if !strings.Contains(np, ", with the ") && !strings.Contains(np, ", With the ") {
		return ""
	}
	low := asciiLower(np)
	k := strings.Index(low, ", with the ")
	if k < 0 {
		return ""
	}
	rest := low[k+len(", with the "):]
	e := strings.Index(rest, " as ")
	if e <= 0 || !hasAnyPrefix(rest[e+len(" as "):], "lead", "the lead") || strings.Contains(rest[:e], " ") {
		return ""
	}
	kind := rest[:e]
	b := strings.Index(low[:k], " by ")
	if b < 0 {
		return ""
	}
	for _, n := range splitNames(cleanName(np[b+len(" by ") : k])) {
		if strings.EqualFold(lastWordLower(n), kind) {
			return n
		}
	}
	return ""
}

// withBatchVerbs say a body funded a batch "with" a figure: "funded 12
// projects with £8.9 million", "approved 11 projects ..., with €18.4
// million of EU funding".
var withBatchVerbs = []string{"funded", "supported", "backed", "funding", "supporting", "backing", "approved", "selected", "approving", "selecting"}

// passiveWith reports a figure a subject is done something "with": "will
// be upgraded with", "have been transformed with".
func passiveWith(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	if !strings.HasSuffix(t, " with") {
		return false
	}
	var buf [2]string
	f, _ := lastFields(strings.TrimSuffix(t, " with"), buf[:])
	if len(f) == 2 && (f[0] == "be" || f[0] == "been" || f[0] == "being") && strings.HasSuffix(f[1], "ed") {
		return true
	}
	// "Twenty-two communities will build new sidewalks, cycling paths
	// and multi-use trails with $4.8 million": what they do with it
	return strings.Contains(t, " will ")
}

// projectCode reports a project's code name: "HERITAGE-HUB", "SEINE-H2",
// "NORDLYS" (capitals, digits and hyphens, with at least three letters).
func projectCode(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9', c == '-':
		default:
			return false
		}
	}
	return letters >= 3
}

// titleCaseName reports a name of two or more words written in title
// case, small words aside: "Heritage in Our Hands".
func titleCaseName(n string) bool {
	f := strings.Fields(n)
	if len(f) < 2 || len(f) > 8 || !isProperWord(f[0]) {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !connectors[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// legalWords end the names of laws and agreements, which money is given
// "under" but which are no programmes.
var legalWords = wordSet("act acts regulations regulation agreement agreements order rules section article part directive law bill treaty deal settlement contract contracts framework")

// programmeLabel reports a label that names a grants programme: "Rural
// Transport Microgrants", "Community Chest Fund".
func programmeLabel(l string) bool {
	switch lastWordLower(l) {
	case "grants", "microgrants", "fund", "programme", "program", "scheme", "awards", "bursaries":
		return true
	}
	return false
}

// grantToAside reads the grantee from a subject that sets it off, left
// of a figure: "The largest grant, to Mallee Youth Connect Inc., is" or
// "The first award – to Westbay Trust – was".
func grantToAside(left string) string {
	l := asciiLower(left)
	for _, cue := range []string{" grant, to ", " award, to ", " grant – to ", " award – to ", " grant — to ", " award — to "} {
		k := strings.Index(l, cue)
		if k < 0 || strings.Count(l[:k], " ") > 3 {
			continue // "The largest grant", "The single biggest award"
		}
		rest := left[k+len(cue):]
		e, sep := -1, 0
		for _, d := range []string{", ", " – ", " — "} {
			if j := strings.LastIndex(rest, d); j > e {
				e, sep = j, len(d)
			}
		}
		if e <= 0 {
			return ""
		}
		switch strings.TrimSpace(asciiLower(rest[e+sep:])) {
		case "is", "was", "is worth", "was worth", "totals", "totalled", "totaled", "comes to", "came to", "amounts to", "amounted to", "is for", "was for":
			if n := cleanName(stripDeterminer(strings.TrimSpace(rest[:e]))); n != "" && wholeName(n) {
				return n
			}
		}
		return ""
	}
	return ""
}

// promoLine reports a link to another story inside the article body.
func promoLine(low string) bool {
	return hasAnyPrefix(low, "read more:", "read more -", "read more –", "read more ", "read next:", "read next -", "read next –", "see also:", "related:", "related story:", "also read:", "more:", "recommended:", "most read:", "don't miss:", "must read:")
}

// dropHedgedRepeats drops an award told again in rounder words: "almost
// £2.5 million" in the prose beside £2,480,000 in the table for the same
// recipient. The exact figure stays.
func dropHedgedRepeats(awards []Award) []Award {
	names := make([]string, len(awards)) // recipients lowered once, less "the "
	for i, x := range awards {
		names[i] = strings.TrimPrefix(strings.ToLower(x.Recipient), "the ")
	}
	drop := make([]bool, len(awards))
	for i, x := range awards {
		if x.Qualifier == nil && x.Recipient != "" {
			if x.Amount%10000 != 0 {
				continue // no rounded figure
			}
			// "€7.99 million" in the prose beside €7,985,412 in the
			// project's facts: the exact figure, rounded
			for j, y := range awards {
				if i != j && !drop[j] && y.Currency == x.Currency && roundedFrom(x.Amount, y.Amount) && sameHolder(names[j], names[i]) {
					drop[i] = true
					break
				}
			}
			continue
		}
		if x.Qualifier == nil || x.Recipient == "" {
			continue
		}
		for j, y := range awards {
			if i == j || drop[j] || y.Qualifier != nil || y.Currency != x.Currency || !sameNameTail(names[j], names[i]) {
				continue
			}
			if d := x.Amount - y.Amount; d*20 <= y.Amount && -d*20 <= y.Amount {
				drop[i] = true
				break
			}
		}
	}
	out := awards[:0]
	for i, x := range awards {
		if !drop[i] {
			out = append(out, x)
		}
	}
	return out
}

// sameHolder reports two lowered recipients that are one: equal, or a
// researcher with a host and the host ("lena marsh (university of the
// coral coast)" and "university of the coral coast").
func sameHolder(a, b string) bool {
	return a == b || strings.HasSuffix(a, " ("+b+")") || strings.HasSuffix(b, " ("+a+")")
}

// sameNameTail reports two lowered names that are equal or where one
// ends with the other after a place's possessive or a descriptor:
// "gateshead's tyne pavilion music hall" and "tyne pavilion music hall".
func sameNameTail(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	return strings.Contains(b, " ") && strings.HasSuffix(a, " "+b)
}

// roundedFrom reports that x is y rounded to x's last significant
// digit, at least to the ten thousand, with two significant digits or
// more and within 0.5%: 7,990,000 from 7,985,412.
func roundedFrom(x, y int64) bool {
	if x == y || x <= 0 || y <= 0 {
		return false
	}
	unit := int64(1)
	for x%(unit*10) == 0 {
		unit *= 10
	}
	if unit < 10000 || y%unit == 0 || x < unit*10 {
		return false // one significant digit: "£400,000" beside £410,000 is another award
	}
	return (y+unit/2)/unit*unit == x && (x-y)*200 <= y && (y-x)*200 <= y
}

type pendingEach struct {
	m     money
	count int
	fund  string
	round int
	order int
	list  bool // the sentence ends in a colon: a list of names follows
	got   int  // list items given the figure so far
	given int  // awards made of it so far (got may count sections naming no one)
	// heading: "Glass cone kiln, Sunderland – £435,900", a heading that
	// names a project, over a paragraph that opens with its grantee
	heading bool
	// sections: headings follow, one per recipient, each over a
	// paragraph that says who leads it; await is set by a heading
	sections, await bool
	// people: the sections are paragraphs, each opening with the person
	// whose award it tells of
	people   bool
	headName string // the heading over the section awaited, when it is a name
	anonHead string // the noun an anonymous winner was called by: "A partnership of police services" → "partnership"
	toldOnly bool   // a grant told with no grantee at all: only "X has awarded the money to Y" names one
	// cardTop: "<p>£4,200</p><h3>Gwen Pritchard, Tirley</h3>": a card's
	// bare figure over the heading that names its grantee
	cardTop bool
}

// personOpens reads a sentence that opens with a titled person and tells
// what they will do ("Dr Amara Okafor (School of Chemistry) will develop
// ..."), not what they said; it returns who holds their award, or "".
func (a *analyzer) personOpens(s sent) string {
	if !isPerson(s.text) || strings.Contains(s.low, " said") || strings.Contains(s.low, " says") || strings.ContainsAny(s.text, "\"“”") {
		return ""
	}
	name := personName(s.text)
	if name == "" {
		return ""
	}
	seg := s.text
	if k := strings.Index(s.text, ") "); k > 0 && k < 90 && strings.Contains(s.text[:k], name+" (") {
		seg = s.text[:k+1] // "Dr Amara Okafor (School of Chemistry)"
	} else if k := strings.Index(s.text, name); k >= 0 {
		seg = s.text[:k+len(name)]
	}
	if r := a.personOrg(seg); r != "" {
		return r
	}
	return name
}

// sameBody reports a label that names the body pub, whole or by its
// first two words ("Hensby Vale CC" for "Hensby Vale Cricket Club").
func sameBody(label, pub string) bool {
	if strings.EqualFold(label, pub) {
		return true
	}
	lf, pf := strings.Fields(label), strings.Fields(pub)
	return len(lf) >= 2 && len(pf) >= 3 && strings.EqualFold(lf[0], pf[0]) && strings.EqualFold(lf[1], pf[1])
}

// awardToIs reads "the award to X is" before a figure (low: the same
// lowered) and returns X, or "".
func awardToIs(left, low string) string {
	l := strings.TrimRight(low, " ")
	if !hasAnySuffix(l, " is", " will be", " was", " is now") {
		return ""
	}
	for _, p := range []string{"the award to ", "the grant to ", "the allocation to "} {
		k := strings.LastIndex(l, p)
		if k < 0 {
			continue
		}
		seg := left[k+len(p):]
		if n := leadingProper(stripDeterminer(seg)); n != "" && orgName(n) && !isFunder(n) {
			return n
		}
	}
	return ""
}

// seriesTo reports a figure that goes on a series of grants "to" bodies
// ("$650 million to the Osprey Institute, $500 million to Ridgeway
// University and $350 million to the Bayfront Health Center"): a figure
// after one already given, the words between opening with "to".
func seriesTo(s sent, prevEnd, qstart, i int, sentAwards []int) bool {
	return i > 0 && len(sentAwards) > 0 && prevEnd < qstart && hasPrefixFold(strings.TrimLeft(s.text[prevEnd:qstart], " "), 0, "to ")
}

// countryNames are countries a programme's allocations are labelled by
// ("Kenya: $1.2m (about KES 155 million)"): shares of a budget, not
// grants to a body.
var countryNames = wordSet("kenya uganda tanzania ethiopia rwanda burundi somalia sudan nigeria ghana senegal mali niger malawi zambia zimbabwe mozambique madagascar cameroon liberia sierra-leone gambia egypt morocco tunisia india pakistan bangladesh nepal myanmar cambodia laos vietnam indonesia philippines thailand malaysia brazil bolivia peru colombia ecuador guatemala honduras nicaragua haiti mexico chile argentina paraguay uruguay venezuela ukraine moldova georgia armenia jordan lebanon syria yemen iraq afghanistan")

// acrossCount reports a figure spread "across 41 grants" or "between 12
// projects": many grants' sum.
func acrossCount(lowRight string) bool {
	return acrossN(lowRight) > 0
}

// acrossN returns the count of grants or projects a figure is spread
// across ("across 41 grants", "between 12 projects", or set beside it:
// "£158,000 · 39 grants", "£2.7m (41 grants)"), or 0.
func acrossN(lowRight string) int {
	r, ok := cutAnyPrefix(strings.TrimLeft(lowRight, " "), "across ", "over ", "between ", "shared between ", "in ", "· ", "(", "| ", "/ ")
	if !ok {
		return 0
	}
	n, w := countWord(r)
	if n < 2 || w == 0 {
		return 0
	}
	if noun := strings.Trim(firstWord(strings.TrimLeft(r[w:], " ")), ".,;:)"); projectNouns[noun] || genericNouns[noun] {
		return n
	}
	return 0
}

// ownProject reports a sentence that names the publisher pub, whose own
// work a gift "towards" it pays for.
func ownProject(text, pub string) bool {
	return pub != "" && strings.Contains(text, pub)
}

// onTopOf reports a sentence that opens by setting the grant just told
// beside others: "That grant comes on top of £250,000 from ...".
func onTopOf(low string) bool {
	return hasAnyPrefix(low, "that grant comes on top of ", "this grant comes on top of ", "the grant comes on top of ", "it comes on top of ", "this comes on top of ", "that comes on top of ", "the award comes on top of ", "that award comes on top of ", "this award comes on top of ")
}

// doubleObject reads a verb of giving, a body's name and "a grant of"
// before a figure ("has awarded Hartsmere Food Partnership CIO a grant
// of", "To award Millbeck Youth Trust a grant not exceeding") and returns
// the body, or "".
func doubleObject(left string) string {
	l := strings.TrimRight(left, " ")
	var k int
	for _, g := range []string{" a grant of", " a grant not exceeding", " an award of", " a grant of not more than"} {
		if strings.HasSuffix(l, g) {
			k = len(l) - len(g)
			break
		}
	}
	if k <= 0 {
		// "has awarded WaterBridge Africa a challenge grant of": a word
		// or two of what kind between the article and the grant
		if t, ok := cutAnySuffix(l, " grant of", " award of"); ok {
			for n := 0; n < 2; n++ {
				ws, w := lastWord(t)
				if w == "" || !isLowerWord(w) || w == "a" || w == "an" || w == "the" {
					break
				}
				t = strings.TrimRight(t[:ws], " ")
				if u, ok := cutAnySuffix(t, " a", " an"); ok {
					k = len(u)
					break
				}
			}
		}
	}
	if k <= 0 {
		return ""
	}
	head := l[:k]
	for _, v := range []string{" awarded ", " award ", " offered ", " offer ", " granted ", " awards ", " offers "} {
		if j := strings.LastIndex(head, v); j >= 0 {
			return doubleName(head[j+len(v):])
		}
	}
	return ""
}

// supportedWith reads "supported X (in 2026) with a" before a figure
// that a grant follows: "first supported WaterBridge in 2026 with a
// $150,000 planning grant". It returns X, or "".
func supportedWith(left, lowRight string) string {
	l, ok := cutAnySuffix(strings.TrimRight(left, " "), " with a", " with an")
	if !ok || !grantAfterModifiers(lowRight) {
		return ""
	}
	for _, v := range []string{" supported ", " backed ", " funded "} {
		j := strings.LastIndex(l, v)
		if j < 0 {
			continue
		}
		seg := l[j+len(v):]
		if k := strings.Index(seg, " in "); k > 0 && isYear(strings.TrimSpace(seg[k+len(" in "):])) {
			seg = seg[:k] // "in 2026"
		}
		seg = cleanName(stripDeterminer(seg))
		if n := leadingProper(seg); n == seg && n != "" && !isPerson(n) {
			return n
		}
		return ""
	}
	return ""
}

// doubleName is the whole proper name seg holds, less "the", or "".
func doubleName(seg string) string {
	seg = cleanName(stripDeterminer(seg))
	if n := leadingProper(seg); n != "" && n == seg && !isFunder(n) && (orgName(n) || strings.Contains(n, " ")) {
		return n
	}
	return ""
}

// supportForWith reads "its support for X with (a further)" before a
// figure (low: the same lowered) and returns X, or "".
func supportForWith(left, low string) string {
	l := strings.TrimRight(low, " ")
	for _, f := range []string{" a further", " an additional", " another", " a new"} {
		l = strings.TrimSuffix(l, f)
	}
	if !strings.HasSuffix(l, " with") {
		return ""
	}
	k := strings.LastIndex(l, " support for ")
	if k < 0 || len(l)-k > 120 {
		return ""
	}
	seg := left[k+len(" support for ") : len(l)-len(" with")]
	seg = cleanName(stripDeterminer(strings.TrimRight(seg, " ,")))
	if n := leadingProper(seg); n != "" && n == seg && (orgName(n) || strings.Contains(n, " ")) && !isFunder(n) {
		return n
	}
	return ""
}

// agreementWith reads "a grant agreement with X in the amount of" (or
// "in an amount not to exceed") before a figure (low: the same lowered)
// and returns X, or "".
// agreementAfter reads the body a figure's agreement is made with:
// "entered into a $1,148,000 cooperative agreement with Cascade State",
// "signed a €2.1m grant agreement with the Baltic Institute".
func agreementAfter(right, lowRight, lowLeft string) string {
	r := strings.TrimLeft(lowRight, " ")
	var rest string
	for _, p := range []string{"cooperative agreement with ", "co-operative agreement with ", "grant agreement with ", "funding agreement with "} {
		if strings.HasPrefix(r, p) {
			rest = strings.TrimLeft(right, " ")[len(p):]
			break
		}
	}
	if rest == "" || !hasAnySuffix(strings.TrimRight(lowLeft, " "), " a", " an", "-year") {
		return ""
	}
	n := leadingProper(stripDeterminer(rest))
	if n == "" || isFunder(n) {
		return ""
	}
	return n
}

func agreementWith(left, low string) string {
	l := strings.TrimRight(low, " ")
	if !hasAnySuffix(l, " in the amount of", " in an amount not to exceed", " in an amount of", " in the amount not to exceed", " not to exceed") {
		return ""
	}
	k := strings.LastIndex(l, "grant agreement with ")
	if k < 0 {
		return ""
	}
	k += len("grant agreement with ")
	e := strings.LastIndex(l, " in ")
	if j := strings.LastIndex(l, " not to exceed"); j > k && (e < k || j < e) {
		e = j
	}
	if e <= k {
		return ""
	}
	seg := cleanName(stripDeterminer(strings.TrimRight(left[k:e], " ,")))
	n := leadingProper(seg)
	if r, ok := strings.CutPrefix(seg, n+", "); ok && n != "" && companyForm[r] {
		n = seg // "Brightwater Senior Transit, Inc."
	}
	if n != "" && n == seg && !isFunder(n) {
		return n
	}
	return ""
}

// announcer returns the body that opens a sentence announcing something
// ("The Delmore Museum of Art today announced that ..."), read from the
// words before a figure (low: the same lowered), or "".
func announcer(left, low string) string {
	for _, v := range []string{" today announced ", " announced ", " announces ", " has announced ", " is delighted to announce ", " is pleased to announce ", " is thrilled to announce "} {
		k := strings.Index(low, v)
		if k <= 0 || k > 120 {
			continue
		}
		subj := left[:k]
		subj = strings.TrimSpace(subj[datelineEnd(subj):])
		if n := leadingProper(subj); n != "" && n == cleanName(stripDeterminer(subj)) && orgName(n) && !isFunder(n) {
			return n
		}
		return ""
	}
	return ""
}

// rankingTitle reports a lowered page title that ranks givers or the
// wealthy: "Ranked: the UK's 10 biggest grant-makers by annual giving",
// "Westmarch Rich List 2028".
func rankingTitle(t string) bool {
	return containsAny(t, []string{"rich list", "league table", "biggest grant-makers", "largest grant-makers", "biggest grantmakers", "largest grantmakers", "biggest funders", "largest funders", "top funders", "richest", "wealthiest", "by annual giving"})
}

// eachTo reports a figure given "to each project", "for each group":
// the same sum to every one of a batch named elsewhere.
func eachTo(lowRight string) bool {
	r, ok := cutAnyPrefix(strings.TrimLeft(lowRight, " "), "to each ", "for each ", "to every ")
	if !ok {
		return false
	}
	w := firstWord(r)
	w = strings.TrimRight(w, ".,;:")
	return genericNouns[w+"s"] || strings.HasSuffix(w, "y") && genericNouns[w[:len(w)-1]+"ies"]
}

// eachRetold reports a sentence whose only figures retell the pending
// "each" figure or the total it makes (its count times the figure, or a
// multiple of it when uncounted): "The awards, worth €300,000 in total,
// ..." after "twenty artists ..., with each receiving €15,000".
func eachRetold(text string, p *pendingEach) bool {
	ms := scanAmounts(text)
	for _, m := range ms {
		if m.Value != p.m.Value && (p.m.Value == 0 || m.Value%p.m.Value != 0 || p.count > 1 && m.Value != p.m.Value*int64(p.count)) {
			return false
		}
	}
	return len(ms) > 0
}

// eachGets gives the pending "each" figure to recip, named in s, and
// ends the wait once as many have been named as were counted.
func (a *analyzer) eachGets(s sent, recip, purpose string, conf float64) {
	p := a.pendingEach
	a.addAward(s, p.m, recip, purpose, p.fund, conf, p.round)
	p.given++
	if p.got++; p.count > 0 && p.got >= p.count {
		a.pendingEach = nil
	}
}

// eachNamed gives the pending "each receive" figure to the names that
// open s: "Three units will each receive £1.2m. A, B and C will use the
// money to ...".
func (a *analyzer) eachNamed(s sent) {
	p := a.pendingEach
	if s.kind == kindListItem && !p.list && p.given == 0 && s.order-p.order <= 8 {
		// "Each company will receive up to £75,000 ..." a sentence or a
		// heading ("The second cohort") before the list of companies
		// (and a heading, "Some of this year's recipients", with a
		// paragraph under it)
		p.list, p.sections, p.got = true, false, 0
	}
	if p.list {
		// "Six organisations will each receive £25,000:" over a list of
		// the six, with or without what each will do
		if s.kind == kindListItem && !s.first && p.got > 0 {
			// "Friends of Tanner's Field – a natural play trail. ...
			// 388 local backers gave £21,340.": the item's name was read
			// from its first sentence; the rest tells of it
			return
		}
		if s.kind != kindListItem || strings.ContainsAny(s.text, "£$€") || strings.Contains(s.text, "GBP") || strings.Contains(s.text, "EUR") {
			a.pendingEach = nil
			return
		}
		label, rest := s.text, ""
		for _, sep := range []string{" – ", " — ", " - ", ": ", ", for ", ", to ", ", towards "} {
			// "Bridlington Community Larder, for cooking-on-a-budget
			// sessions": the name, then what for
			if k := strings.Index(label, sep); k > 0 {
				label, rest = label[:k], label[k+len(sep):]
				break
			}
		}
		if k := strings.Index(label, ", "); k > 0 && rest == "" && isLowerWord(label[k+2:]) {
			// "Doorstep Youth Housing, which runs supported lodgings",
			// "Harbour Lights Youth Shelter, the only night shelter for
			// young people": the name, then what it is
			label = label[:k]
		}
		label = strings.TrimRight(label, " .;,")
		if k := strings.LastIndex(label, ", "); k > 0 && placeLine(label[k+2:]) && !orgName(label[k+2:]) && !isPerson(label) {
			// "Little Owls Nursery, Hartlepool", "Saltmarsh Analytics
			// Ltd, Skelmoor – low-power radar gauges"
			label = label[:k]
		}
		n := leadingProper(label)
		if r := personInstitution(label); r != "" {
			// "Professor Ann Lee, University of Kelsall, co-sponsored by ..."
			n = r
		} else if r := a.personOpens(s); r != "" && rest == "" {
			// "Dr Amara Okafor (School of Chemistry) will develop
			// low-cost sensors ...": an item that tells of a fellow
			n = r
		} else if org, title := bracketOrg(label); org != "" {
			// "The Drowned Village (Lantern Yard Films)": a work and the
			// company that makes it
			n, rest = org, title
		} else if n = cleanName(stripDeterminer(n)); n == "" || n != cleanName(stripDeterminer(dropPlaceInBrackets(label))) || isFunder(n) {
			if p.list && p.got > 0 && s.kind == kindListItem {
				return // one item not read as a name; the list goes on
			}
			a.pendingEach = nil
			return
		}
		a.eachGets(s, a.expand(n), cleanPurpose(rest), 0.7)
		return
	}
	if s.kind == kindHeading && (p.sections || s.order-p.order <= 5 || p.given == 0 && s.order-p.order <= 9) {
		// "The four hubs will each receive £3 million." over "<h3>Bristol
		// Quantum Hub</h3><p>Led by the University of Bristol ...</p>"
		p.sections, p.await, p.order = true, true, s.order
		p.headName = ""
		if n := leadingProper(s.text); n != "" && n == cleanName(s.text) && strings.Contains(n, " ") && len(strings.Fields(n)) <= 6 && !isFunder(n) {
			p.headName = n
		}
		return
	}
	if p.sections {
		if p.people {
			// "Meet the fellows" over a paragraph per fellow: each one
			// that opens with a person is theirs; one that does not ends
			// the run
			if !s.first {
				return
			}
			if r := a.personOpens(s); r != "" {
				a.eachGets(s, r, "", 0.6)
			} else {
				a.pendingEach = nil
			}
			return
		}
		if !p.await {
			return
		}
		p.await = false
		r := sectionLead(s)
		if r == "" && p.headName == "" && s.first {
			// "Each fellow receives £30,000 over two years" ... "<h2>Meet
			// the fellows</h2>" over "Dr Amara Okafor (School of
			// Chemistry) will develop ...": a paragraph per fellow
			if r = a.personOpens(s); r != "" {
				p.people = true
				a.eachGets(s, r, "", 0.6)
				return
			}
		}
		if h := p.headName; r == "" && h != "" && strings.HasPrefix(s.text, firstField(h)+" ") {
			// "Each fellow receives $75,000" over "<h3>Amara
			// Okonjo-Reyes</h3><p>Amara spent six years as ...</p>": the
			// heading names the one the section, opening with that name,
			// is about
			r = h
		}
		if r == "" && p.count == 0 {
			if p.given == 0 {
				// "<h2>Some of this year's recipients</h2><p>Here are
				// eight of them ...</p>" over a list: no sections yet,
				// a list may still come
				p.sections = false
				return
			}
			a.pendingEach = nil // uncounted sections end with one that names no one
			return
		}
		if r != "" {
			a.eachGets(s, a.expand(r), "", 0.6) // one section per recipient
		} else if p.got++; p.count > 0 && p.got >= p.count {
			a.pendingEach = nil
		}
		return
	}
	if s.order-p.order > 2 {
		// a quote or a word on the scheme may stand between "Each
		// organization in the second cohort will receive $150,000" and
		// the list of them; a figure of its own ends the wait
		if s.order-p.order > 8 || strings.ContainsAny(s.text, "£$€") && !eachRetold(s.text, p) {
			a.pendingEach = nil
		}
		return
	}
	if r, ok := cutAnyPrefix(s.text, "They are ", "These are ", "The winners are ", "The recipients are "); ok && p.count > 1 {
		// "Two runners-up each receive £2,500. They are Obinna Nwankwo,
		// for A Field Guide to Pavement Weeds, and Carys Pritchard, for
		// ...": the names, each with what it is for
		if names := describedNames(strings.TrimRight(r, ". ")); len(names) == p.count {
			for _, n := range names {
				a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
			}
			a.pendingEach = nil
			return
		}
	}
	se, _, _, ok := subjectVerbAny(s.low)
	if !ok {
		return
	}
	subj := strings.TrimRight(s.text[:se], ", ")
	if !nameList(strings.Split(subj, ", ")) {
		return
	}
	names := splitNames(cleanName(stripDeterminer(subj)))
	if len(names) != p.count {
		return
	}
	for _, n := range names {
		a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
	}
	a.pendingEach = nil
}

// bracketOrg reads "Title (Org)" where the bracket names an
// organisation and the words before it do not: "The Drowned Village
// (Lantern Yard Films)". It returns the organisation and the title.
func bracketOrg(label string) (string, string) {
	k := strings.LastIndex(label, " (")
	if k <= 0 || !strings.HasSuffix(label, ")") {
		return "", ""
	}
	inner, title := label[k+2:len(label)-1], strings.TrimSpace(label[:k])
	if leadingProper(inner) != inner || !orgName(inner) || orgName(title) || isFunder(inner) {
		return "", ""
	}
	return inner, title
}

// combinedOf reports a batch's figure told as "with a combined
// Brownfield Housing Fund contribution of" or "a combined grant of": the
// words "a combined" a few words before "contribution of", "grant of",
// "allocation of" or "investment of".
func combinedOf(low string) bool {
	low = strings.TrimRight(low, " ")
	if !strings.HasSuffix(low, " of") {
		return false
	}
	k := strings.LastIndex(low, " a combined ")
	if k < 0 || len(low)-k > 90 {
		return false
	}
	return hasAnySuffix(low, " contribution of", " grant of", " allocation of", " investment of", " award of", " funding of")
}

// subjectVerbAny finds the end of a subject before its first auxiliary
// verb ("A, B and C will use the money").
func subjectVerbAny(low string) (int, string, string, bool) {
	for _, aux := range []string{" will ", " are ", " have ", " plan ", " intend ", " each "} {
		if k := strings.Index(low, aux); k > 0 {
			return k, aux, "", true
		}
	}
	return 0, "", "", false
}

// Phrases every sentence is searched for, each set behind its keys.
var (
	// "we reported that X would receive £1.6m": a figure a correction
	// withdraws
	correctionPhrases = newPhraseSet([]string{"reported", "stated"},
		"we reported that", "we incorrectly reported", "we wrongly reported", "we mistakenly reported", "was incorrectly reported", "was wrongly reported", "we previously reported", "we incorrectly stated", "we wrongly stated",
		"originally stated that", "originally reported that", "incorrectly stated that", "wrongly stated that", "previously stated that")
	refusedPhrases = newPhraseSet([]string{"not ", "turned down", "missed out", "recommended for"},
		"not successful", "not been successful", "not funded", "not taken up", "turned down", "missed out", "recommended for approval", "recommended for funding", "recommended for award", "not be supported", "not supported")
	proposedPhrases = newPhraseSet([]string{"recommend"},
		"be recommended to approve", "is recommended to approve", "are recommended to approve", "recommends that cabinet approve", "recommends that the committee approve")
	notDecidedPhrases = newPhraseSet([]string{"recommend", "withdrawn", "the application"},
		"be recommended to award", "recommended to award", "resolved to recommend", "recommend to full council", "recommend to cabinet", "was withdrawn", "were withdrawn", "has been withdrawn", "since been withdrawn", "refuses the application", "refuse the application", "rejects the application", "declines the application")
	// "The $1.1 million grant to X, announced in August, was rescinded":
	// a grant taken back
	withdrawnPhrases = newPhraseSet([]string{"withdrawn", "rescinded", "revoked"},
		"has been withdrawn", "have been withdrawn", "was withdrawn", "were withdrawn", "has been rescinded", "have been rescinded", "was rescinded", "were rescinded", "has been revoked", "was revoked")
	declinedPhrases = newPhraseSet([]string{"withdrew", "withdrawn", "decline", "defer"},
		"withdrew its application", "withdrew their application", "withdrew the application", "withdrawn its application", "withdrawn their application", "withdrew its bid", "withdrew their bid", "withdrawn its bid", "withdrew from the", "withdrew the project", "withdrew its project", "but declined", "has declined", "have declined", "declined its", "declined their", "declined by the", "declined the grant", "declined the offer", "declined the award", "declined the funding", "was declined by", "to defer the", "be deferred", "was deferred", "were deferred", "has been deferred")
	settlementPhrases = newPhraseSet([]string{"settlement", "spending review"},
		"government settlement", "funding settlement", "finance settlement", "grant settlement", "police settlement", "spending review")
	// "... in the second round of the fund": the fund just named
	itsFundPhrases = newPhraseSet([]string{"the fund", "the scheme", "the program"},
		" the programme’s ", " the programme's ", " the program's ", " the program’s ", " the fund's ", " the fund’s ", " of the fund", " from the fund", " of the scheme", " of the programme", " of the program ")
)

// sentence analyses one sentence.
func (a *analyzer) sentence(s sent) {
	if s.first {
		a.projPending = a.projPending[:0]
	}
	if capitals(s.text) >= 10 && len(strings.Fields(s.text)) >= 5 {
		// "DECD AWARDS MORE THAN $2.7 MILLION TO NINE SEAFOOD AND FARM
		// BUSINESSES": read as the Title Case headline it stands for,
		// whose capitals mark no names (same bytes, same offsets)
		s.text, s.kind = asciiTitle(s.text), kindHeading
	}
	if s.kind == kindHeading || s.first && len(s.text) < 40 && !strings.ContainsAny(s.text, "£$€.") {
		// "Recent donations", "Top donors": a crowdfunder's feed of
		// gifts, none of them a grant
		a.donations = hasAnyWord(s.low, []string{"donations", "donors", "donation"})
	}
	if s.kind == kindHeading {
		// "Our funders", "Grant funders": a list of who gave the
		// publisher money, each item a funder
		a.fundersSection = hasAnyWord(s.low, []string{"funders", "our supporters", "who funds us", "funded by"}) || containsAny(s.low, []string{"where the money is coming from", "where the money comes from", "funding partners"})
	} else if s.first && s.kind == kindSentence && len(s.text) < 160 && !strings.ContainsAny(s.text, "£$€") {
		// a converted report's headings are paragraphs: "Thank you to our
		// funders", "We are grateful to the following funders for the
		// grants we received during 2026–27:" open the list; a short
		// line such as "Finances at a glance" ends it
		if hasAnyWord(s.low, []string{"funders"}) && (len(s.text) < 60 || strings.HasSuffix(s.text, ":")) {
			a.fundersSection = true
		} else if a.fundersSection && countFields(s.text, 8) <= 6 && !strings.HasSuffix(s.text, ":") {
			a.fundersSection = false
		}
	}
	if !a.pledgePage && strings.Contains(s.low, "elected") && containsAny(s.low, []string{"if i am elected", "if elected", "if we are elected", "if re-elected", "if i am re-elected"}) {
		a.pledgePage = true
	}
	if strings.Contains(s.low, "an earlier version") || strings.Contains(s.low, "a previous version") {
		// "Correction: An earlier version of this article said X
		// received £3,000.": a figure withdrawn; the next sentence's
		// "They" is X
		if k := strings.Index(s.text, " said "); k > 0 {
			if n := leadingProper(s.text[k+6:]); n != "" {
				a.lastRecip = n
			}
		}
		if k := strings.Index(s.low, " awarded to "); k > 0 {
			// "... misstated the amount awarded to Osgood Township.": the
			// grantee whose figure the next sentence puts right
			if n := leadingProper(stripDeterminer(s.text[k+len(" awarded to "):])); n != "" && !isFunder(n) {
				a.corrected, a.correctedFund, a.correctedOrder = a.expand(n), "", s.order
			}
		}
		return
	}
	if a.corrected != "" && s.order-a.correctedOrder <= 2 {
		// "The township's award is $1.08 million, not $1.8 million.": the
		// right figure, then the wrong one
		if ms := scanAmounts(s.text); len(ms) == 2 && strings.Contains(s.low[ms[0].End:ms[1].QStart], ", not ") {
			a.amended = append(a.amended, amendment{recip: a.corrected, from: ms[1].Value, to: ms[0].Value})
			a.corrected = ""
			return
		}
	}
	if hasAnyPrefix(s.low, "the award will be held at ", "the award is held at ", "the fellowship will be held at ", "the fellowship will be hosted by ", "the award will be hosted by ", "the grant will be held at ", "it will be held at ") && len(a.awards) > 0 && a.awards[len(a.awards)-1].order >= s.order-2 {
		// "Professor Rafael Ong, who joins Exeter from the University of
		// Leeds in April, has received £1.31 million ... The award will
		// be held at the University of Exeter": the host, said after
		k := strings.Index(s.low, " at ")
		if j := strings.Index(s.low, " by "); k < 0 || j >= 0 && j < k {
			k = j
		}
		if host := leadingProper(stripDeterminer(s.text[k+4:])); host != "" && orgName(host) && !isFunder(host) {
			aw := &a.awards[len(a.awards)-1].award
			if j := strings.Index(aw.Recipient, " ("); j > 0 && strings.HasSuffix(aw.Recipient, ")") {
				aw.Recipient = atHost(aw.Recipient[:j], host)
			} else if isPerson(aw.Recipient) || !orgName(aw.Recipient) {
				aw.Recipient = host
			}
		}
		return
	}
	if correctionPhrases.in(s.low) {
		// "In our 14:20 update we reported that Prudhoe would receive
		// £1.6m.": a figure a correction withdraws; the grantee it names
		// may be given the right figure next
		a.corrected, a.correctedFund, a.correctedOrder = "", "", s.order
		for _, p := range []string{"reported that ", "stated that "} {
			// (and "This article originally stated that X had been
			// awarded £450,000.")
			if k := strings.Index(s.low, p); k >= 0 {
				if n := leadingProper(s.text[k+len(p):]); n != "" && !isFunder(n) {
					a.corrected = a.expand(n)
				}
				break
			}
		}
		if h := findFunds(s.text); len(h) > 0 {
			a.correctedFund = a.funds.add(h[0].name)
		}
		a.correctedFrom = nil
		if ms := scanAmounts(s.text); len(ms) == 1 && a.corrected != "" {
			a.correctedFrom = &withdrawal{m: ms[0], low: s.low, order: s.order}
		}
		return
	}
	if a.corrected != "" && s.order-a.correctedOrder <= 2 && containsAny(s.low, []string{"correct figure is", "correct amount is", "correct figure was", "correct amount was", "correct grant is", "correct sum is", "the figure is", "should have read", "should have said"}) {
		// "... we reported that X had been awarded £85,000 ... The
		// correct figure is £58,000.": X's grant, corrected
		if ms := scanAmounts(s.text); len(ms) == 1 {
			a.awards[a.addAward(s, ms[0], a.corrected, "", a.correctedFund, 0.7, 0)].corrected = true
			if w := a.correctedFrom; w != nil && w.m.Value != ms[0].Value {
				// the figure withdrawn, wherever else the page still
				// states it ("The figures above have not otherwise been
				// changed")
				a.withdrawn = append(a.withdrawn, *w)
			}
			a.corrected = ""
			return
		}
	}
	if promoLine(s.low) {
		return // "READ MORE: Council to spend £14m on bypass": a link to another story
	}
	if a.pendingEach != nil {
		a.eachNamed(s)
	}
	if a.pendingAnon != nil {
		a.namedAfter(s)
	}
	if a.pendingLead != nil {
		a.cardLead(s)
	}
	if isPerson(s.text) {
		seg := s.text
		for _, v := range []string{" wins ", " won ", " has ", " is ", " will ", " joins ", " takes "} {
			if k := strings.Index(seg, v); k > 0 {
				seg = seg[:k]
			}
		}
		if o := a.personOrg(strings.TrimRight(strings.TrimSpace(seg), ",")); o != "" {
			a.lastPerson, a.lastPersonOrder = o, s.order
		}
	}
	if n := producedBy(s.text); n != "" {
		// "The Salt Road, a thriller ..., receives £450,000. The feature
		// is produced by Harrow Lane Pictures": the work's maker holds
		// its grant
		if k := len(a.awards) - 1; k >= 0 && a.awards[k].order == s.order-1 && !orgName(a.awards[k].award.Recipient) && !isPerson(a.awards[k].award.Recipient) {
			c := &a.awards[k].award
			if c.Purpose == "" {
				c.Purpose = c.Recipient
			}
			c.Recipient = a.expand(n)
		}
	}
	if !s.first && strings.HasPrefix(s.text, "Led by ") {
		// "Foyle Shirt Factory Memories - £49,700. Led by Creggan
		// Women's Network, the project will ...": the project's lead
		// holds the grant its title was given
		if k := len(a.awards) - 1; k >= 0 && a.awards[k].order == s.order-1 && !orgName(a.awards[k].award.Recipient) && !isPerson(a.awards[k].award.Recipient) {
			if r, at := ledBy(s.text); r != "" && at == 0 && !isFunder(r) {
				c := &a.awards[k].award
				if c.Purpose == "" {
					c.Purpose = c.Recipient
				}
				c.Recipient = a.expand(r)
			}
		}
	}
	if n := itemApplicant(s.text); n != "" {
		a.itemLabel, a.itemOrder = n, s.order
	} else if s.kind == kindHeading || len(s.text) < 90 && refCodeOpens(s.text) {
		a.itemLabel = "" // the next item, whose applicant is not read
	}
	if s.kind != kindListItem {
		// "The Investment Board is recommended to:" opens a list of
		// proposals
		a.proposalItems = strings.HasSuffix(strings.TrimSpace(s.low), ":") && containsAny(s.low, []string{"is recommended to", "are recommended to", "is asked to", "are asked to", "is invited to", "are invited to", "be recommended to", "recommended that", "recommends that"})
		// "Annex B – Applications not approved (amount requested)"
		a.refusedItems = (s.kind == kindHeading || strings.HasSuffix(strings.TrimSpace(s.low), ":")) && containsAny(s.low, []string{"not approved", "not recommended", "unsuccessful", "not funded", "declined", "refused", "rejected", "not supported"})
		a.paymentItems = false
	}
	if (s.kind == kindHeading || strings.HasSuffix(strings.TrimSpace(s.low), ":")) && containsAny(s.low, []string{"the following payments", "payments for approval", "payments to be approved", "accounts for payment", "schedule of payments", "list of payments", "payments list", "invoices", "cheques"}) && !strings.Contains(s.low, "have been made") {
		// "(a) RESOLVED to approve the following payments:", "Schedule
		// of payments": a body's bills and wages, not grants, in the
		// items that follow (an item itself may open the list); but
		// "The following payments have been made:" may list grants paid
		a.paymentItems = true
	}
	if s.kind != kindListItem {
		a.introYears = a.introYears[:0]
		if strings.HasSuffix(strings.TrimSpace(s.text), ":") {
			a.introYears = listYears(s.text, a.introYears)
		}
	}
	if k := strings.Index(s.text, ", "); k > 2 && projectCode(s.text[:k]) && hasAnyPrefix(s.low[k:], ", coordinated by ", ", led by ") {
		// "HERITAGE-HUB, coordinated by the University of Mercia (UK),
		// will link ...": the project's name stands for its coordinator
		// wherever it is given money
		by := strings.Index(s.low[k:], " by ") + k + 4
		if n := leadingProper(dropPlaceInBrackets(stripDeterminer(s.text[by:]))); n != "" && orgName(n) && !isFunder(n) {
			a.rememberExpansion(s.text[:k], n)
		}
	}
	if hasAnyPrefix(s.low, "coordinated by ", "led by ") {
		// "SEALINK received €750,000." then "Coordinated by Universitet
		// i Fjellvik, with X as a partner, SEALINK will build ...": the
		// project's name stands for its coordinator, here and in the
		// grant just told
		by := strings.Index(s.low, " by ") + len(" by ")
		if y := leadingProper(stripDeterminer(s.text[by:])); y != "" && orgName(y) && !isFunder(y) {
			if k := strings.LastIndex(s.text, ", "); k > by {
				if p := firstField(s.text[k+2:]); projectCode(strings.TrimRight(p, ",")) {
					p = strings.TrimRight(p, ",")
					a.rememberExpansion(p, y)
					for j := len(a.awards) - 1; j >= 0 && a.awards[j].order >= s.order-2; j-- {
						if aw := &a.awards[j].award; aw.Recipient == p {
							aw.Recipient = y
							if aw.Purpose == "" {
								aw.Purpose = p
							}
						}
					}
				}
			}
		}
	}
	if a.lead == "" && (strings.Contains(s.low, " coordinat") || strings.Contains(s.low, " lead")) {
		// "Ardmore Technological University (Ardmore TU) will coordinate
		// a new research action"
		if k := strings.Index(s.low, " is coordinated by "); k > 0 {
			// "HYDRAFLOW is coordinated by the Instituto Ibérico del
			// Hidrógeno (IIH)"
			if n := leadingProper(stripDeterminer(s.text[k+len(" is coordinated by "):])); n != "" && !isFunder(n) {
				a.lead = n
			}
		}
		for _, v := range []string{" will coordinate ", " coordinates ", " is coordinating ", " will lead ", " leads ", " is leading "} {
			if k := strings.Index(s.low, v); k > 0 && a.lead == "" {
				if n := leadingProper(dropPlaceInBrackets(s.text[:k])); n != "" && orgName(n) && !isFunder(n) {
					a.lead = n
				}
				break
			}
		}
	}
	feat := sentenceFeatures(s.low)
	var hits []fundHit
	if feat&featFundWord != 0 || strings.IndexByte(s.text, '#') >= 0 || strings.Contains(s.text, " Budget") {
		hits = findFunds(s.text)
	}
	if n := copularProgramme(s.text, s.low); n != "" && !slices.ContainsFunc(hits, func(h fundHit) bool { return h.start == 0 }) {
		// "Multiply is a £270 million programme running for three
		// years": a programme the sentence names by saying what it is
		hits = append([]fundHit{{name: n, start: 0, end: len(n)}}, hits...)
	}
	if len(a.recipients) > 0 {
		hits = a.dropGranteeSchemes(hits)
	}
	if len(hits) > 0 {
		// "towards the costs of the Brackenfield Managed Realignment
		// Pathfinder": the project the money pays for, not its fund
		hits = slices.DeleteFunc(hits, func(h fundHit) bool {
			return hasAnySuffix(tail(s.low[:h.start], 40), "towards the costs of the ", "towards the cost of the ", "toward the costs of the ", "toward the cost of the ")
		})
	}
	sentFund := ""
	for i, h := range hits {
		if h.inner != "" {
			a.funds.expand[h.inner] = h.innerExp
		}
		if i > 0 && strandOf(s.text, hits[i-1], h) {
			// "the Farming Innovation Programme's Large R&D Partnerships
			// competition": a strand of the fund before it, here and
			// wherever the page names it again
			a.funds.alias(h.name, a.funds.add(hits[i-1].name))
		}
		c := a.funds.add(h.name)
		a.funds.noteAcronym(h.acronym, c)
		if parentCue(tail(s.low[:h.start], 60)) && (i > 0 || !unnamedPart(tail(s.text[:h.start], 60))) {
			// "is part of Defra's £600 million Farming Investment Fund":
			// the parent of the page's fund
			a.funds.parent[c] = true
		}
		if sentFund == "" {
			sentFund = c
		}
	}
	for _, x := range hits {
		for _, y := range hits {
			if translationOf(s.text, x, y) {
				// "the second round of Cronfa Lleoedd Lleol, the Local
				// Places Fund": the English name stands for both
				pc, c := a.funds.canonical(x.name), a.funds.canonical(y.name)
				a.funds.translated(pc, c)
				if sentFund == pc {
					sentFund = c
				}
			}
		}
	}
	if len(hits) == 0 && s.kind == kindHeading && hasAnyPrefix(s.text, "Competition: ", "Competition – ", "Competition - ") {
		// "Competition: Quantum Sensing for Health feasibility studies":
		// an innovation agency's call, named by the words in capitals
		_, rest, _ := strings.Cut(s.text, " ")
		rest = strings.TrimLeft(rest, ":–- ")
		if n := leadingProper(rest); strings.Contains(n, " ") && !isFunder(n) && len(strings.Fields(n)) <= 8 {
			if c := a.funds.add(n); sentFund == "" {
				sentFund = c
			}
		}
	}
	if len(hits) == 0 && s.kind == kindHeading {
		// a heading that is just a scheme's name: "Clean Heat Switch
		// Scheme" over the page about it
		if h := strings.TrimSpace(s.text); strings.Contains(h, " ") && len(h) < 80 && fundHeads[lastWordLower(h)] && isProperWord(finalWord(h)) && leadingProper(h) == h && !isFunder(h) && !(strings.Count(h, " ") == 1 && genericFundWords[firstWordLower(h)]) {
			if c := a.funds.add(h); sentFund == "" {
				sentFund = c
			}
		}
	}
	for _, k := range a.funds.scanAcronyms(s.text) {
		a.funds.add(k)
		if sentFund == "" {
			sentFund = k
		}
	}
	for _, k := range a.funds.scanKnown(s.text, hits) {
		a.funds.add(k)
		if sentFund == "" {
			sentFund = k
		}
	}
	if sentFund != "" && a.funds.parent[sentFund] {
		// "EIC Transition is funded under Horizon Europe": the sentence
		// is about the child
		for _, k := range a.funds.scanKnown(s.text, nil) {
			if k != sentFund && !a.funds.parent[k] {
				sentFund = k
				break
			}
		}
	}
	if len(hits) > 0 && a.lastFund != "" && hasAnyPrefix(s.low, "the fund has ", "the fund is ", "the fund will ", "the fund's ", "the fund’s ", "it has ") {
		// "The fund has £96 million available this year, of which £30
		// million is for the national programmes: the Police Data
		// Platform, ...": the sentence is about the fund just named; the
		// names after its figure are what the money is for
		if k := strings.IndexAny(s.text, "£$€"); k > 0 && hits[0].start > k {
			sentFund = a.lastFund
		}
	}
	if sentFund == "" && a.lastFund != "" && (hasAnyPrefix(s.low, "the fund's ", "the fund’s ", "the scheme's ", "the scheme’s ", "the programme's ", "the programme’s ") || itsFundPhrases.in(s.low)) {
		// "... in the second round of the fund": the fund just named,
		// or, when that was a scheme ("outside the Emergency Financial
		// Assistance Scheme. The first round of the fund ..."), the
		// last fund whose name the noun ends
		sentFund = a.funds.byHead(a.lastFund, anaphorHead(s.low))
	}
	if sentFund == "" && strings.Contains(s.low, " budget") && hasMoney(s.text) {
		// "The Council's community grants budget for 2026/27 is
		// £15,000": a fund of the page ("Community Grants") named in
		// lower case before "budget"
		for _, n := range a.funds.names {
			if ln := strings.ToLower(n); strings.Contains(ln, " ") && strings.Contains(s.low, ln+" budget") {
				sentFund = n
				break
			}
		}
	}
	if sentFund == "" && a.lastFund != "" && hasAnyPrefix(s.low, "it will provide ", "it provides ", "it has a total value of ", "it has a value of ", "it has a budget of ", "it is worth ", "it offers ", "it will offer ", "it has £", "it has $", "it has €") {
		// "The fund is worth £45 million over 3 years. It will provide
		// £12 million in 2027 to 2028, ...": the fund just given a budget
		if a.lastFundOrder >= s.order-2 {
			sentFund = a.lastFund
		}
	}
	if sentFund == "" && a.lastFund != "" && len(s.text) > 4 && s.text[:4] == "The " {
		// "The Accelerator is a $30 million program": the fund just
		// named, by the last word of its name
		if w := firstWordLower(s.text[4:]); len(w) > 3 && w == lastWordLower(a.lastFund) && (isProperWord(firstField(s.text[4:])) || fundHeads[w]) {
			sentFund = a.lastFund
		}
	}
	if strings.Contains(s.low, "lead partner") || strings.Contains(s.low, "coordinator") {
		if n := leadPartnerNamed(s.text, s.low); n != "" {
			a.partner, a.partnerOrder = n, s.order
		}
	}
	if strings.Contains(s.low, " signed ") && strings.Contains(s.low, "agreement") {
		if n := signerNamed(s.text, s.low); n != "" {
			a.signer, a.signerOrder = n, s.order
		}
	}
	if n := applicantNamed(s.text, s.low); n != "" {
		// "Veyra Hydrogen Ltd had applied for £740,000 ... It receives
		// £610,000", "Ashdown Rowing Club applied in March ... The panel
		// has offered £48,000": the applicant is who "it" will be, and
		// whom a funder's bare offer goes to
		a.applicant, a.applicantOrder = n, s.order
		defer func() { a.lastRecip = n }()
	}
	if n := memberNamed(s); n != "" {
		defer func() { a.lastRecip = n }()
	}
	a.prevFund = a.lastFund
	if sentFund != "" {
		a.lastFund, a.lastFundOrder = sentFund, s.order
	}
	if s.first {
		a.para = a.para[:0]
	}
	if s.kind != kindHeading && s.kind != kindListItem && s.kind != kindTableRow {
		a.para = append(a.para, s.text)
	}
	if s.kind == kindHeading && s.order > 0 {
		// a section's heading: the fund it names, if any, is its
		// sentences' own (the page's first heading is the page's)
		a.headingFund = sentFund
	}
	a.prev = append(a.prev, s.text)
	if (s.kind == kindSentence || s.kind == kindListItem) && strings.IndexByte(s.text, ':') > 0 && !strings.ContainsAny(s.text, "£$€") && containsAny(s.low, []string{"lead", "recipient", "applicant", "grantee", "coordinat", "beneficiary", "awardee", "organisation", "organization", "holder", "promoter", "sponsor"}) {
		// "Lead partner: Carran County Council. Funding: €750,000.": a
		// field told inside a paragraph names the next figure's grantee
		// (the lead of "X, with Y")
		r := recipientField(s.text)
		for t, n := s.text, 0; r == "" && n < 3; n++ {
			// "Border Greenways: Get Moving: Lead partner: Pathways
			// Ireland.": a definition list's term before the field
			k := strings.Index(t, ": ")
			if k < 0 {
				break
			}
			t = t[k+2:]
			r = recipientField(t)
		}
		if k := strings.Index(r, ", with "); k > 0 {
			r = r[:k]
		}
		if r != "" && !strings.Contains(r, ", ") && !isFunder(r) {
			a.lastLed, a.ledOrder = a.expand(r), s.order
		}
	}
	if strings.Contains(s.low, "led by ") {
		if r, _ := ledBy(s.text); r != "" && !isFunder(r) {
			a.lastLed, a.ledOrder = a.expand(r), s.order
		}
	} else if k := strings.Index(s.low, " coordinated by "); k > 0 && !hasAnyPrefix(s.low, "coordinated by ") {
		// "TIDEWATCH, a four-year project coordinated by the Institute
		// of Coastal Hydrology at Universität Falkenau": the
		// consortium's lead, the institute's host
		by := s.text[k+len(" coordinated by "):]
		if j := strings.IndexAny(by, ",;("); j > 0 {
			by = by[:j]
		}
		r := leadingProper(stripDeterminer(by))
		if j := strings.Index(by, " at "); j > 0 {
			if h := leadingProper(stripDeterminer(by[j+len(" at "):])); h != "" && orgName(h) {
				r = h
			}
		}
		if r != "" && orgName(r) && !isFunder(r) {
			a.lastLed, a.ledOrder = a.expand(r), s.order
		}
	}

	amounts := scanAmountsWords(s.text, feat&featCurrency != 0)
	for i := range amounts {
		// "$2.85 million (GST exclusive) for Pilbara Youth Futures Hub":
		// a tax note after the figure is part of it
		amounts[i].End = taxNoteEnd(s.text, amounts[i].End)
	}
	amounts = dropRateNotes(s.low, amounts)
	if recip, to, from, ok := revisedAllocation(s, amounts); ok {
		// "That the Towns Fund allocation to Hollinsford College ... be
		// reduced from £3.2m to £2.7m", "To increase the grant to Blacon
		// Community Larder from £6,000 to £8,000": the grant is the new
		// figure, whatever a table recommended (an award read at the old
		// one, before or after, is put right)
		a.amended = append(a.amended, amendment{recip: a.expand(recip), from: from, to: to.Value, add: true, s: s, m: to, fund: sentFund})
		return
	}
	if m, ok := budgetRevised(s, amounts); ok && sentFund != "" {
		// "That the budget for the Warm Homes Top-Up Grant is reduced
		// from £250,000 to £180,000 for 2027/28": the new budget
		a.addLimit(s, s.text, m, sentFund, "fund", 0.7)
		return
	}
	if t := a.toppedUp; t != nil && len(amounts) == 1 && s.order-t.order <= 3 && amounts[0].Value > t.inc && newTotal(s.low[:amounts[0].QStart]) {
		// "... topped up its grant to the Eastside Community Café by a
		// further £2,000 ... takes the total grant to £10,000": the grant
		// is the new total (an award read at the old one is put right)
		m := amounts[0]
		a.amended = append(a.amended, amendment{recip: t.recip, from: m.Value - t.inc, to: m.Value, add: true, s: s, m: m, fund: t.fund})
		a.toppedUp = nil
		return
	}
	if recip, m, ok := renewedGrant(s, amounts); ok {
		// "The Trust has renewed its Health and Wellbeing Programme grant
		// to the Glenmorven Community Midwifery Project for a third year
		// at £48,000": a grant made again, for the year to come
		a.addAward(s, m, a.expand(recip), "", sentFund, 0.75, 0)
		return
	}
	if recip, inc, ok := grantToppedUp(s, amounts); ok {
		if len(amounts) == 2 {
			// "increased its grant to Hale Youth Band by £500, taking
			// the total grant to £8,500"
			m := amounts[1]
			a.amended = append(a.amended, amendment{recip: a.expand(recip), from: m.Value - inc.Value, to: m.Value, add: true, s: s, m: m, fund: sentFund})
			return
		}
		a.toppedUp = &topUp{recip: a.expand(recip), fund: sentFund, inc: inc.Value, order: s.order}
		return
	}
	if s.kind == kindHeading {
		a.headAmounts = append(a.headAmounts, amounts...)
	}
	if sentFund == "" && len(amounts) > 0 && strings.Contains(s.low, " available") {
		if n := schemeAfterFor(s.text, s.low); n != "" {
			// "has £6 million available in 2028 to 2029 for Net Zero
			// Innovation Vouchers": the scheme the budget is for
			sentFund = a.funds.add(n)
			a.lastFund, a.lastFundOrder = sentFund, s.order
		}
	}
	rms := findRounds(s.low)
	a.sentRounds = rms
	for _, rm := range rms {
		if n := namedRoundScheme(s.text, rm); n != "" && sentFund == "" && !a.isFundName(n) {
			// "in the second Linkage Projects round of 2027": the scheme
			// the round is of
			sentFund = a.funds.add(n)
			a.lastFund, a.lastFundOrder = sentFund, s.order
		}
	}
	if len(rms) == 1 && rms[0].num > 0 && !rms[0].recap && hasAnyPrefix(s.low, "this is ", "this was ", "this marks ", "it is ", "it was ", "it marks ") && (len(amounts) == 0 || amounts[0].QStart > rms[0].end-12) {
		// "... announced $3.4 million in grants to 12 projects. This is
		// the program's fourth annual grant round.", "This is the third
		// round of the £110 million fund": the batch just told
		for k := len(a.facts) - 1; k >= 0 && a.facts[k].order >= s.order-2; k-- {
			if f := &a.facts[k]; f.num == 0 && !f.recap {
				f.num = rms[0].num
			}
		}
	}
	if len(rms) == 0 && len(amounts) == 0 && strings.HasPrefix(s.low, "the ") && len(a.facts) > 0 {
		// "... approved $7,755,000 in grants from the second round. The
		// five projects will bring ...": the count of the batch just told
		if f := &a.facts[len(a.facts)-1]; f.order == s.order-1 && f.projects == 0 && f.total != nil && !f.recap {
			if n, w := countWord(s.low[4:]); n > 1 && w > 0 && projectNouns[firstWord(strings.TrimLeft(s.low[4+w:], " "))] {
				f.projects = n
			}
		}
	}
	count := 0
	if feat&featProjects != 0 {
		count = projectCount(s.low)
	}
	if count == 0 && len(amounts) > 0 {
		count = recipientCount(s.low)
		if count == 0 && strings.Contains(s.low, " one of ") {
			count = amongCount(s.low) // "one of nine sharing £30m"
		}
	}
	past := false
	if len(rms) > 0 || len(amounts) > 0 || count > 0 {
		past = feat&featPast != 0 && pastMarker(s.low)
	}
	if count > 0 && len(amounts) == 0 && s.kind != kindListItem && s.kind != kindTableRow {
		a.madeCount, a.madeCountOrder = count, s.order
	}
	if past {
		for i := range rms {
			if rms[i].num > 0 {
				rms[i].recap = true
			}
		}
	}
	var projectPhases []int
	for ri, m := range rms {
		// "through the third round of Seaside Futures": a programme
		// named by its round, with or without a fund word
		end := m.end
		if n, w := countWord(strings.TrimPrefix(s.low[end:], " ")); n > 0 && w > 0 && strings.HasPrefix(s.low[end:], " ") {
			end += 1 + w // "phase 2 of the Brownfield Homes Fund"
		}
		if !strings.HasPrefix(s.low[end:], " of ") {
			continue
		}
		rest := stripDeterminer(s.text[end+4:])
		if len(rest) > 5 && isYear(rest[:4]) && rest[4] == ' ' {
			rest = rest[5:] // "the second cut-off of the 2024 EIC Transition call"
		}
		name := leadingProper(rest)
		for _, ps := range []string{"' ", "’ ", "'s ", "’s "} {
			if k := strings.LastIndex(name, ps); k > 0 {
				if fundHeads[lastWordLower(name[:k])] {
					// "the Farming Innovation Programme’s Large R&D
					// Partnerships competition": the programme's
					name = name[:k]
					continue
				}
				name = name[k+len(ps):] // "Sport Wales' Place for Sport Fund"
			}
		}
		if s.kind == kindHeading {
			// "Phase 2 of Community Power Catalyst Fund Supports 13
			// Projects": a headline's capitals run on past the name
			if f := strings.Fields(name); len(f) > 2 {
				for k := 1; k < len(f)-1; k++ {
					if w := strings.ToLower(f[k]); w == "fund" || w == "programme" || w == "program" || w == "scheme" {
						name = strings.Join(f[:k+1], " ")
						break
					}
				}
			}
		}
		if name == "" || !strings.Contains(name, " ") || isFunder(name) {
			continue
		}
		if f := strings.Fields(s.low[max(0, m.end-20):m.end]); len(f) > 0 && (f[len(f)-1] == "phase" || len(f) > 1 && f[len(f)-2] == "phase") && !fundHeads[lastWordLower(name)] && a.funds.canonical(name) == "" {
			// "the first phase of the Valley Greenway", "the second phase
			// of the Riverside Corridor bus priority scheme": a project's
			// phase, no round
			projectPhases = append(projectPhases, ri)
			continue
		}
		if lw := lastWordLower(name); lw == "year" || lw == "quarter" {
			continue // "the first round of Fiscal Year 2028": a period, no programme
		}
		if after := strings.TrimPrefix(stripDeterminer(rest), name); strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
			continue
		} else if w := firstWordLower(strings.TrimLeft(after, " ")); isLowerWord(strings.TrimLeft(after, " ")) && (fundHeads[w] || w == "funding" || w == "money" || w == "cash") {
			continue // "the second round of Culture Recovery grants"
		}
		c := a.funds.canonical(name)
		if c == "" {
			c = a.funds.add(name)
		}
		if k := strings.Index(s.text[end:], name); k >= 0 {
			// "the second round of Cronfa Cymunedau Gwydn (the Resilient
			// Communities Fund)": the English name stands for both
			named := fundHit{name: name, start: end + k, end: end + k + len(name)}
			for _, y := range hits {
				if translationOf(s.text, named, y) {
					if yc := a.funds.canonical(y.name); yc != "" && yc != c {
						a.funds.translated(c, yc)
						c = yc
					}
					break
				}
			}
		}
		// the round names its fund, whatever else the sentence names
		// ("the second round of New Stages, its National Lottery
		// programme")
		sentFund = c
		a.lastFund = c
		rms[ri].ownFund = c
	}
	for k := len(projectPhases) - 1; k >= 0; k-- {
		rms = slices.Delete(rms, projectPhases[k], projectPhases[k]+1)
	}
	if sentFund == "" && len(amounts) > 0 {
		// "Twelve organisations share £2.34m through Culture Connects",
		// "Culture Connects has a budget of £4.5 million": a programme
		// known by a brand name without a fund word
		if n := a.brandProgramme(s); n != "" {
			sentFund = a.funds.add(n)
			a.lastFund = sentFund
		}
	}
	if n := interregName(s.text); n != "" {
		// "Interreg Coastal Heartlands: third call results": an EU
		// cooperation programme, named with or without money in sight,
		// whose funding the EU fund it names pays (see assemble)
		p := a.funds.canonical(n)
		if p == "" {
			p = a.funds.add(n)
		}
		if euSourceFunds[strings.ToLower(sentFund)] && !strings.Contains(s.low, " through ") {
			// "Interreg Coastal Heartlands has €96 million of ERDF"
			sentFund = p
		}
	}
	sentRound, sentRecap, sentFuture := 0, false, false
	for i := range rms {
		if !rms[i].future && a.pubYear > 0 && futureTime(s.low[rms[i].end:min(len(s.low), rms[i].end+100)], a.pubYear) {
			// "a second call for proposals in spring 2027"
			rms[i].future = true
		}
		if rms[i].num > 0 && !rms[i].future && a.pubYear > 0 && pastAppositive(s.low[rms[i].end:], a.pubYear) {
			rms[i].recap = true
		}
	}
	for _, m := range rms {
		if m.prev && m.num == 0 && a.ctxRound > 1 && projectCount(s.low) > 0 {
			// "Twenty-four researchers will share £38 million in the
			// seventh round ... The previous round supported 70 fellows
			// with £98 million": the sixth (what some of the previous
			// round's winners got, "district councils secured around
			// £3m", is not its total)
			m.num = a.ctxRound - 1
		}
		if !m.future && m.num > 0 && !m.recap && len(amounts) == 0 && a.futureRound(m.num) {
			// "up to £8m is available for a second round, which will
			// open in the spring ... to make sure the second round
			// reflected lessons from the first": still the round to come,
			// when no figure says it has been given out
			m.future = true
		}
		if m.future && m.num > 0 {
			// "Second call" over "A second call ... will open in
			// March": the heading names the future round too
			for j := range a.mentions {
				if a.mentions[j].heading && a.mentions[j].num == m.num {
					a.mentions[j].future = true
				}
			}
		}
		m.heading = s.kind == kindHeading && len(amounts) == 0
		m.fund = a.entryFund(sentFund)
		a.mentions = append(a.mentions, m)
		if m.future {
			sentFuture = true
			continue
		}
		if m.recap {
			sentRecap = true
		}
		if m.num > 0 && sentRound == 0 && !m.elided {
			sentRound = m.num
		}
	}
	// A later mention of an earlier round ("unlike the second round")
	// does not move the awards that follow out of the round in force;
	// a heading starts a new section and may.
	if s.kind == kindHeading {
		a.lastHeadingAt = s.order
	}
	if sentRound > 0 && (a.ctxRound == 0 || sentRound > a.ctxRound || s.kind == kindHeading) {
		a.ctxRound, a.ctxHeading, a.ctxHeadingAt = sentRound, s.kind == kindHeading, s.order
	}
	if sentRound > 0 && sentRound == a.ctxRound && s.kind != kindHeading {
		a.ctxToldAt = s.order
	}
	if !sentRecap && past {
		sentRecap = true
	}
	if len(a.limits) > 0 && a.limits[len(a.limits)-1].limit.Period == nil && a.limits[len(a.limits)-1].limit.Scope == "fund" && a.limits[len(a.limits)-1].order >= s.order-2 &&
		hasAnyPrefix(s.low, "the money is ", "the money will be ", "the funding is ", "the funding will be ", "this funding is ", "the funds are ", "the pot is ", "it is available ", "it will be available ") {
		// "... bid for a share of £4m from the third round. The money is
		// available in 2020/21": the year of that figure
		lead := s.text
		if len(amounts) > 0 {
			lead = s.text[:amounts[0].QStart]
		}
		if p, ok := findPeriod(lead, a.base); ok && spanYears(asciiLower(lead)) == 0 {
			ps := fyString(p)
			a.limits[len(a.limits)-1].limit.Period = &ps
		}
	}
	if len(amounts) == 0 {
		if n := winnerNamed(s.text); n != "" {
			// "Historian Dr Ruth Amankwah has won the Calder Bell Prize
			// ... She receives £30,000."
			a.lastRecip = n
		}
		if count > 0 && !sentFuture && (sentRound > 0 || feat&featWinVerb != 0) {
			a.facts = append(a.facts, roundFact{order: s.order, num: sentRound, recap: sentRecap, projects: count, fund: a.entryFund(sentFund), ev: a.ev(s, 0.6)})
		}
		return
	}

	// "The National Crime Agency leads two funded projects: £4m for ..."
	colon := strings.Index(s.text, ": ")
	colonRecip := ""
	if colon > 0 && colon < amounts[0].QStart {
		colonRecip = colonSubject(s.text[:colon])
	}

	sentCtx := feat&featContext != 0
	// "One application (X, £15,000 for nets) was recommended for
	// refusal": money asked for, not given
	sentRefused := (feat&featRefusal != 0 && hasAnyWord(s.low, refusalWords) || refusedPhrases.in(pastMisses(s.low))) && !hasAnyWord(notGivenPhrases.Replace(s.low), []string{"awarded", "approved", "granted", "receive", "receives", "received", "secured", "won"}) ||
		// "That Cabinet be recommended to approve a grant of £95,000",
		// "The Board is recommended to: (a) approve an award of £4.2m":
		// a proposal still to be decided
		proposedPhrases.in(s.low) ||
		s.kind == kindListItem && (a.refusedItems || a.paymentItems || a.proposalItems && hasAnyPrefix(s.low, "approve", "agree", "award", "grant", "make", "allocate")) ||
		notDecidedPhrases.in(s.low)
	if withdrawnPhrases.in(s.low) {
		sentRefused = true
		if len(amounts) == 1 && hasAnyWord(s.low, []string{"grant", "award", "offer", "allocation"}) {
			a.withdrawn = append(a.withdrawn, withdrawal{m: amounts[0], low: s.low, order: s.order})
		}
	}
	// "X was offered £4,000 towards safety boats but declined the grant",
	// "To defer the recommended grant of £35,000 to X": an offer not
	// taken up, a decision put off, however plainly X is named
	sentDeclined := declinedPhrases.in(s.low)
	sentRefused = sentRefused || sentDeclined
	consumed := make([]bool, len(amounts))
	if len(amounts) > 1 && a.laterTranches(s, amounts) {
		for i := range consumed {
			consumed[i] = true
		}
	}
	if len(amounts) > 0 && !sentRefused && a.givenUs(s, amounts, consumed, sentRound) {
		return
	}
	if len(amounts) > 0 && strings.Contains(s.low, ", whose ") && !sentRefused {
		a.whoseAward(s, amounts, consumed, a.entryFund(sentFund), sentRound)
	}
	if len(amounts) > 0 && a.signer != "" && s.order-a.signerOrder <= 20 && !sentRefused && hasAnyPrefix(s.low, "the larger of the", "the smaller of the", "the first of the", "the second of the", "the first project", "the second project", "the other project", "the first agreement", "the second agreement", "the other agreement", "the project ", "the agreement ") {
		// "The City of Wierzbno has signed two co-financing agreements
		// ... The larger of the two projects will receive €2,5 million",
		// "The second agreement, worth €640 000": the signer's grants
		// (the first figure; the rest are its costs and shares)
		a.addAward(s, amounts[0], a.signer, "", a.entryFund(sentFund), 0.6, sentRound)
		for i := range consumed {
			consumed[i] = true
		}
	}
	if len(amounts) > 2 && strings.Contains(s.low, " between ") {
		a.splitBetween(s, amounts, consumed, sentFund, sentRound)
	}
	if len(amounts) > 1 && strings.Contains(s.low, "respectively") {
		// "The first and second rounds awarded £14.8m and £16.4m
		// respectively": one round per figure
		if nums, counts := roundsRespectively(s.low[:amounts[0].QStart], len(amounts), a.ctxRound > 0 || len(rms) > 0); nums != nil {
			for i, m := range amounts {
				a.addRound(s, m, nums[i], true, counts[i], sentFund)
				consumed[i] = true
			}
		}
	}
	if len(amounts) > 1 && !consumed[0] && pairedFigures(s.low, amounts) {
		// "The fund’s first and second bidding rounds, in 2027 and 2028,
		// awarded £18.2 million to 22 projects and £31.5 million to 37
		// projects": the rounds named, one figure each, in order
		if nums, _ := roundsRespectively(s.low[:amounts[0].QStart], len(amounts), false); nums != nil {
			for i, m := range amounts {
				end := len(s.low)
				if i+1 < len(amounts) {
					end = amounts[i+1].QStart
				}
				a.addRound(s, m, nums[i], true, projectCountAfterPrep(s.low[m.End:end]), sentFund)
				consumed[i] = true
			}
		}
	}
	// "Leeds and Hull received £1m and £2m respectively"
	if len(amounts) > 1 && !consumed[0] && strings.Contains(s.low, "respectively") {
		// the figures the word covers: "A and B receive £3.1m and £2.75m
		// respectively ..., while C gets £2m"
		resp := amounts
		if k := strings.Index(s.low, "respectively"); k > 0 {
			n := 0
			for n < len(amounts) && amounts[n].End <= k {
				n++
			}
			if n > 1 {
				resp = amounts[:n]
			}
		}
		// "X has been awarded $520,000 ..., and A and B will receive
		// $310,000 and $285,000 respectively": the run of figures joined
		// by "and" before the word, with its own subject
		first := 0
		for j := len(resp) - 1; j > 0; j-- {
			gap := strings.TrimSpace(s.low[resp[j-1].End:resp[j].QStart])
			if gap != "and" && gap != "," && gap != ", and" && gap != "and a further" {
				first = j
				break
			}
		}
		from := 0
		if first > 0 {
			resp = resp[first:]
			from = amounts[first-1].End
			for _, br := range []string{", and ", "; ", ", while ", " and "} {
				if k := strings.LastIndex(s.low[from:resp[0].QStart], br); k >= 0 {
					from += k + len(br)
					break
				}
			}
		}
		if lbl := strings.TrimSpace(s.text[from:resp[0].QStart]); hasAnySuffix(lbl, " –", " —", " -", ":") && !strings.Contains(lbl[:len(lbl)-1], ":") {
			// "A and B – £310,000 and £265,000 respectively for ...": a
			// list item's label names them
			lbl = strings.TrimSpace(strings.TrimRight(lbl, "–—-:"))
			if names := splitNames(cleanName(stripDeterminer(lbl))); respectively(names, resp) && nameList(strings.Split(lbl, ", ")) {
				for i, m := range resp {
					a.addAward(s, m, a.expand(names[i]), "", sentFund, 0.75, sentRound)
					consumed[first+i] = true
				}
			}
		} else if se, _, _, ok := subjectVerb(s.low[from:resp[0].QStart]); ok {
			subj := strings.TrimRight(s.text[from:from+se], ", ")
			if k := strings.LastIndex(subj, ": "); k >= 0 {
				subj = subj[k+2:] // "Two projects will help patients: A and B received"
			}
			subj = stripDeterminer(subj)
			if f := strings.Fields(subj); len(f) > 3 && genericNouns[strings.ToLower(f[0])] && (f[1] == "at" || f[1] == "in" || f[1] == "from") && !strings.Contains(subj, ", led by ") {
				// "The hubs at Mereside University and Dunmere University
				// receive £3.4m and £2.9m respectively": the places named
				subj = strings.Join(f[2:], " ")
			}
			if k := strings.Index(subj, ", led by "); k > 0 {
				// "Collaborations in X and Y, led by A and B, receive £4.4m
				// and £4.2m respectively", "Two teams at the University of
				// Z, led by Dr A and Dr B, receive ..."
				leads := strings.TrimRight(subj[k+len(", led by "):], ", ")
				host := ""
				if j := strings.Index(subj[:k], " at "); j > 0 {
					host = leadingProper(stripDeterminer(subj[j+4 : k]))
				}
				if people := a.peopleList(leads); respectively(people, resp) {
					for i, m := range resp {
						n := people[i]
						if host != "" && !strings.Contains(n, "(") {
							n += " (" + host + ")"
						}
						a.addAward(s, m, n, "", sentFund, 0.75, sentRound)
						consumed[first+i] = true
					}
					subj = ""
				} else if names := splitNames(cleanName(leads)); respectively(names, resp) && nameList(strings.Split(leads, ", ")) {
					for i, m := range resp {
						a.addAward(s, m, a.expand(names[i]), "", sentFund, 0.75, sentRound)
						consumed[first+i] = true
					}
					subj = ""
				}
			}
			if people := a.peopleList(subj); subj != "" && respectively(people, resp) {
				// "Dr Priya Raman, from the School of Chemistry, and Dr
				// Callum Fraser, from the Department of Computer Science,
				// have been awarded £1.24m and £1.51m respectively"
				for i, m := range resp {
					a.addAward(s, m, people[i], "", sentFund, 0.75, sentRound)
					consumed[first+i] = true
				}
				subj = ""
			}
			// "A and the B Partnership, led by C, receive £X and £Y
			// respectively": the lead stands for the partnership
			for {
				k := strings.Index(subj, ", led by ")
				if k < 0 {
					break
				}
				e := strings.Index(subj[k+len(", led by "):], ",")
				lead := subj[k+len(", led by "):]
				if e >= 0 {
					lead = lead[:e]
				}
				st := strings.LastIndex(subj[:k], " and ")
				if st < 0 {
					break
				}
				rest := ""
				if e >= 0 {
					rest = subj[k+len(", led by ")+e+1:]
				}
				subj = subj[:st] + " and " + strings.TrimSpace(lead) + rest
			}
			// "A and B, which share a boathouse, will receive ..."
			for _, rel := range []string{", which ", ", who ", ", both "} {
				if k := strings.Index(subj, rel); k > 0 {
					subj = subj[:k]
				}
			}
			subj = strings.TrimSuffix(strings.TrimSuffix(subj, ", which"), ", who")
			// "Smaller awards go to A and B, which receive £X and £Y
			// respectively"
			for _, v := range []string{" go to ", " goes to ", " went to ", " going to "} {
				if k := strings.LastIndex(subj, v); k >= 0 {
					subj = stripDeterminer(subj[k+len(v):])
				}
			}
			if k := strings.LastIndex(subj, ", "); k >= 0 && !nameList(strings.Split(subj, ", ")) {
				subj = subj[k+2:]
			}
			names := splitNames(cleanName(subj))
			if subj != "" && respectively(names, resp) {
				for i, m := range resp {
					a.addAward(s, m, a.expand(names[i]), "", sentFund, 0.75, sentRound)
					consumed[first+i] = true
				}
			}
		}
		// "Allocations of €198,000 and €175,250 were made to A and B
		// respectively": the names follow the figures
		last := resp[len(resp)-1]
		if !consumed[first] {
			after := s.text[last.End:]
			la := asciiLower(after)
			if r := strings.Index(la, " respectively"); r > 0 {
				for _, p := range []string{" to ", " for "} {
					if k := strings.Index(la[:r], p); k >= 0 && k < 40 {
						names := splitNames(cleanName(stripDeterminer(strings.TrimSpace(after[k+len(p) : r]))))
						if respectively(names, resp) {
							for i, m := range resp {
								a.addAward(s, m, a.expand(names[i]), "", sentFund, 0.75, sentRound)
								consumed[first+i] = true
							}
						}
						break
					}
				}
			} else if r == 0 {
				// "£415,000 and £260,000 respectively for A and B, for ..."
				rest := after[len(" respectively"):]
				for _, p := range []string{" to ", " for "} {
					if strings.HasPrefix(rest, p) {
						list := rest[len(p):]
						if k := strings.Index(list, ", "); k > 0 {
							list = list[:k]
						}
						names := splitNames(cleanName(stripDeterminer(strings.TrimSpace(list))))
						if respectively(names, resp) {
							for i, m := range resp {
								a.addAward(s, m, a.expand(names[i]), "", sentFund, 0.75, sentRound)
								consumed[first+i] = true
							}
						}
					}
				}
			}
		}
		// "A and B – £720,000 and £295,000 respectively, to restore ...":
		// a label naming the recipients before the figures
		if !consumed[0] {
			pre := strings.TrimRight(s.text[:amounts[0].QStart], " ")
			for _, sep := range []string{" –", " —", " -", ":"} {
				if strings.HasSuffix(pre, sep) {
					label := strings.TrimSpace(strings.TrimSuffix(pre, sep))
					if names := splitNames(cleanName(stripDeterminer(label))); respectively(names, amounts) && nameList(strings.Split(label, ", ")) {
						for i, m := range amounts {
							a.addAward(s, m, a.expand(names[i]), "", sentFund, 0.75, sentRound)
							consumed[i] = true
						}
					}
					break
				}
			}
		}
	}
	// "topped up his Community Spaces Fund by £5m to £25m" (read as a
	// range): the new total is the fund's limit; the increase is not
	// money of its own
	for i, m := range amounts {
		if consumed[i] || m.Min == 0 {
			continue
		}
		left := tail(s.low[:m.QStart], 80)
		if strings.HasSuffix(strings.TrimRight(left, " "), " by") && hasAnyWord(left, []string{"topped", "increased", "increases", "raised", "raises", "boosted", "boosts", "expanded", "extended", "grown", "grows", "doubled", "lifted"}) {
			m.Min, m.Qual = 0, ""
			a.addLimit(s, s.text[m.QStart:min(len(s.text), m.End+40)], m, sentFund, "fund", 0.7)
			consumed[i] = true
		}
	}
	for i, m := range amounts {
		if !consumed[i] && ticketPrice(tail(s.low[:m.QStart], 30), head(s.low[m.End:], 20)) {
			consumed[i] = true // "Tickets £8 (£6 for members)": what a seat costs
		}
		if !consumed[i] && hasAnySuffix(strings.TrimRight(s.low[:m.QStart], " "), " adding", " to add", " adds", " added") && strings.Contains(cutClause(head(s.low[m.End:], 90)), " budget") {
			// "won an amendment adding £600,000 to Denbury District
			// Council’s road repair budget": a budget line moved, no grant
			consumed[i] = true
		}
	}
	var sentAwards []int // indexes into a.awards made from this sentence
	prevSubj := ""       // the named subject of the figure before
	funderFig := -1      // the figure a funder's verb gave to the object after it
	// totalName names who gets the parts of a total told first: "X – $1.05
	// million in total: a $400,000 grant for ... and a $650,000 loan"
	totalName := ""
	// the clause breaks the sentence may have
	brIn := clauseBreaksIn(s.low)
	// "£980,000 (£380,000 in 2026/27 and £600,000 in 2027/28) for X": the
	// yearly parts in brackets belong to the figure before them
	var parenEnd []int
	if strings.Contains(s.text, "(") && len(amounts) > 2 {
		parenEnd = bracketedSplits(s, amounts, a.base)
		for i, e := range parenEnd {
			for j := i + 1; e > 0 && j < len(amounts) && amounts[j].End <= e; j++ {
				consumed[j] = true
			}
		}
	}
	// "€2.35 million (approximately £2.1 million)": the same sum in
	// another currency, said for the reader; "seventy-five thousand
	// pounds (£75,000)": the same sum in figures
	for i := 1; i < len(amounts) && strings.Contains(s.text, "("); i++ {
		p, m := amounts[i-1], amounts[i]
		if m.Currency == p.Currency && (m.Value != p.Value || m.Min != p.Min) || consumed[i] || strings.TrimSpace(s.text[p.End:m.QStart]) != "(" {
			continue
		}
		end := -1
		if strings.HasPrefix(s.text[m.End:], ")") {
			end = m.End + 1
		} else if k := strings.IndexByte(head(s.text[m.End:], 40), ')'); k > 0 && m.Currency != p.Currency && strings.Contains(asciiLower(s.text[m.End:m.End+k]), "rate") {
			// "$3.5 million (about £2.7 million at current exchange
			// rates)": the sum converted, told with its rate
			end = m.End + k + 1
		}
		if end < 0 {
			continue
		}
		consumed[i] = true
		if parenEnd == nil {
			parenEnd = make([]int, len(amounts))
		}
		parenEnd[i-1] = end
	}
	limitsBefore := len(a.limits)
	sentLimits := len(a.limits)
	ofRoundAt := -1 // the figure read as "£X of <Programme>"
	for i := range amounts {
		prevLimit := i > 0 && len(a.limits) > limitsBefore // the figure before became a limit
		limitsBefore = len(a.limits)
		if consumed[i] {
			continue
		}
		m := amounts[i]
		if i >= 2 && len(a.limits)-sentLimits == i && sumIs(amounts[:i], m) && m.Currency == amounts[0].Currency && dashTotal(s.low[amounts[i-1].End:m.QStart]) {
			// "The fund has £400,000 to award next financial year and a
			// further £350,000 in 2029/30 – £750,000 over two years": the
			// budget as a whole, after its years
			a.addLimit(s, s.text[m.QStart:m.End], m, a.limits[len(a.limits)-1].fund, "fund", 0.6)
			continue
		}
		if i+1 < len(amounts) && m.End <= amounts[i+1].QStart && yearlyWithTotal(s.low[m.End:amounts[i+1].QStart], m, amounts[i+1]) {
			// "will receive $45,000 in each of the next three years
			// (2027/28 to 2029/30), a total of $135,000": the award is
			// the total
			m.Value, m.End = amounts[i+1].Value, amounts[i+1].End
			consumed[i+1] = true
		}
		prevEnd := 0
		if i > 0 {
			prevEnd = amounts[i-1].End
		}
		if len(a.projPending) > 0 {
			if n := localContributor(s.text[prevEnd:m.QStart]); n != "" {
				// "The Government of Ontario is providing $5,342,800, and
				// the Municipality of Kincardine is contributing
				// $4,274,400": the governments' money is the owner's
				// grant; its own share is no grant
				for _, p := range a.projPending {
					a.addAward(p.s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
				}
				a.projPending = a.projPending[:0]
				continue
			}
		}
		nextStart := len(s.text)
		for j := i + 1; j < len(amounts); j++ {
			if amounts[j].QStart >= m.End {
				nextStart = amounts[j].QStart
				break
			}
		}
		sentRound, sentRecap := sentRound, sentRecap
		if i == 0 && len(rms) > 0 && rms[0].end > m.End && len(amounts) > 1 && amounts[1].QStart < rms[0].end {
			// "In total, 4.8 million pounds is being shared among 14
			// companies, compared with £3m across nine firms in the first
			// round and ...": the rounds named are the later figures'; this
			// one is the round in force
			if between := s.low[m.End:amounts[1].QStart]; containsAny(between, []string{"compared with", "compared to", "up from", "down from", "against "}) {
				sentRound, sentRecap = a.ctxRound, false
			}
		}
		if len(rms) > 1 && i == 0 {
			// "Round three follows the second round last autumn, when 11
			// projects shared £118,500": the round of the figure's own
			// "when" clause
			for k := len(rms) - 1; k > 0; k-- {
				if rm := rms[k]; rm.num > 0 && !rm.future && rm.end <= m.QStart && strings.Contains(s.low[rm.end:m.QStart], " when ") {
					sentRound, sentRecap = rm.num, rm.recap || sentRecap || rm.num < rms[0].num
					break
				}
			}
		}
		if len(rms) > 1 && i == 0 {
			// "Round five attracted 87 applications, almost twice as many
			// as round four, which last year distributed £1.6 million to
			// 11 projects": the round the figure's relative clause is of
			for _, rm := range rms {
				after := strings.TrimLeft(s.low[min(rm.end, m.QStart):m.QStart], " ")
				if _, w := countWord(after); w > 0 {
					after = after[w:] // "round four, which ..."
				}
				// (and "The third round follows Round 2 last autumn, when
				// 13 projects shared £455,000")
				if k := strings.Index(after, ", when "); k >= 0 && k < 30 && !strings.Contains(after[:k], ",") {
					after = after[k:]
				}
				if k := strings.Index(after, ", which "); k > 0 && k < 40 && strings.HasPrefix(after, ", ") && strings.Count(after[:k], ",") == 1 {
					after = after[k:] // "Round 2, announced last year, which delivered"
				}
				if rm.num > 0 && !rm.future && rm.end <= m.QStart && m.QStart-rm.end < 90 && hasAnyPrefix(after, ", which ", ", when ") && !strings.Contains(after, "round") {
					sentRound, sentRecap = rm.num, rm.recap || sentRecap || rm.num < a.ctxRound
				}
			}
		}
		if len(rms) > 1 && i > 0 {
			// "Nine towns shared £118.2m in the first round and 23
			// places shared £402m in round two": each figure's own round
			found := false
			for _, rm := range rms {
				if rm.num > 0 && !rm.future && rm.end > m.End && rm.end <= nextStart && rm.end-m.End < 40 {
					sentRound, sentRecap, found = rm.num, rm.recap || sentRecap, true
					break
				}
			}
			// "... and round two funded 11 projects totalling £92,750":
			// the round named in the figure's own clause
			for _, rm := range rms {
				if !found && rm.num > 0 && !rm.future && rm.end > prevEnd && rm.end <= m.QStart {
					sentRound, sentRecap = rm.num, rm.recap || sentRecap
				}
			}
		}
		figFund := ""
		if len(rms) > 1 {
			// "£14.2 million in phase 2 of the Brownfield Homes Fund,
			// while ... £486,000 in the fourth round of the Creative
			// Places Fund": each figure's round names its fund
			for _, rm := range rms {
				if rm.num == sentRound && rm.ownFund != "" {
					figFund = rm.ownFund
					break
				}
			}
		}
		fromFundEnd := 0 // the end of "from the X Fund" right after the figure
		if figFund == "" && len(hits) > 0 {
			// "combines £21.5m from the City Region Sustainable Transport
			// Settlement ..., £17.8m from the Strategic Investment Fund
			// ...": the fund each figure is said to come from
			for _, h := range hits {
				if h.start > m.End && h.start-m.End <= 16 {
					switch strings.TrimSpace(s.low[m.End:h.start]) {
					case "from the", "from", "through the", "via the", "out of the", "through its", "from its", "under its", "under the":
						figFund, fromFundEnd = a.funds.canonical(h.name), h.end
					}
					break
				}
			}
		}
		if parenEnd != nil && parenEnd[i] > 0 && strings.IndexByte(s.text[m.End:], '(') < 30 {
			// read what follows the brackets (brackets that close the
			// clause come after what the figure is for)
			m.End = parenEnd[i]
			nextStart = len(s.text)
			for j := i + 1; j < len(amounts); j++ {
				if amounts[j].QStart >= m.End {
					nextStart = amounts[j].QStart
					break
				}
			}
		}
		ls := prevEnd
		if m.QStart-ls > 240 {
			ls = m.QStart - 240
			for ls < m.QStart && s.low[ls]&0xC0 == 0x80 {
				ls++
			}
		}
		lsBase := ls
		for bi, br := range clauseBreaks {
			if brIn&(1<<bi) == 0 {
				continue
			}
			if k := lastIndex(s.low[lsBase:m.QStart], br); k >= 0 && lsBase+k+len(br) > ls {
				ls = lsBase + k + len(br)
			}
		}
		if colon > 0 && colon < m.QStart && colon+2 > ls {
			ls = colon + 2
		}
		re := nextStart
		for bi, br := range clauseBreaks {
			if brIn&(1<<bi) == 0 {
				continue
			}
			if k := strings.Index(s.low[m.End:nextStart], br); k >= 0 && m.End+k < re {
				re = m.End + k
			}
		}
		lowLeft := s.low[ls:m.QStart]
		right := s.text[m.End:re]
		lowRight := s.low[m.End:re]
		fullLeftLow := s.low[prevEnd:m.QStart]
		if salaryFigure(lowRight) {
			continue // "to fund a £32,000-a-year digital officer post": pay
		}
		if hasAnySuffix(strings.TrimRight(lowLeft, " "), " is paid", " was paid", " are paid", " were paid", " earns", " earned", " earn") && hasAnyPrefix(lowRight, " a year", " per year", " an hour", " per hour", " a week", " per week", " a month", " per annum", " pa") {
			continue // "Kayleigh Dunn, is paid £27,500 a year": pay
		}

		if len(sentAwards) > 0 && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), "topped up by", "topped up by a further", "topped up by an extra", "topped up by an additional", "increased by a further", "boosted by a further", "topped up with a further", "topped up with an extra") {
			// "X, which was awarded £1.2m ..., has had that grant topped
			// up by a further £350,000": the top-up is X's award too
			aw := a.awards[sentAwards[len(sentAwards)-1]].award
			sentAwards = append(sentAwards, a.addAward(s, m, aw.Recipient, "", aw.Fund, 0.75, sentRound))
			continue
		}
		if len(sentAwards) > 0 && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " on top of the", " on top of", " in addition to the", " as well as the", " adding to the", " adding to", " added to the", " following the") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "already allocated", "already awarded", "already given", "already granted", "it already", "they already", "already received", "it received", "they received", "it was awarded", "they were awarded", "it got", "they got", "it won", "they won") {
			// "X will receive an additional £250,000 on top of the £1.1m
			// already allocated to it in October", "X: £10,500 ...,
			// adding to the £8,000 it received in round two": X's
			// earlier grant
			aw := a.awards[sentAwards[len(sentAwards)-1]].award
			sentAwards = append(sentAwards, a.addAward(s, m, aw.Recipient, "", aw.Fund, 0.7, sentRound))
			continue
		}
		if a.donations {
			continue // "Stanwick Scaffolding Ltd £500 · 1 day"
		}
		if l := strings.TrimSpace(lowLeft); strings.HasSuffix(l, ",") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "total", "in total", "altogether") {
			// "We did. Fourteen grantees, $9.2 million total.": a count and
			// its batch's total, told without a verb
			if n, w := countWord(l); n > 1 && w > 0 {
				if noun := strings.Trim(strings.TrimSpace(l[w:]), ","); !strings.Contains(noun, " ") && (projectNouns[noun] || genericNouns[noun] || noun == "grantees" || noun == "recipients") {
					a.addRound(s, m, sentRound, sentRecap, n, sentFund)
					continue
				}
			}
		}
		if l := strings.TrimRight(lowLeft, " "); hasAnySuffix(l, " announced a", " announces a", " has announced a", " announced an", " announces an") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "grant from ", "award from ", "gift from ", "grant by ", "investment from ") {
			// "Green Valley Regional Food Bank today announced a $3.5
			// million grant from the Whitcomb Foundation": the announcer's
			// own grant
			subj := s.text[ls:m.QStart]
			subj = subj[datelineEnd(subj):]
			if n := leadingProper(stripDeterminer(strings.TrimSpace(subj))); n != "" && orgName(n) && !isFunder(n) {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", sentFund, 0.7, sentRound))
				continue
			}
		}
		if n := supportForWith(s.text[ls:m.QStart], s.low[ls:m.QStart]); n != "" {
			// "The Tamarack Ridge Foundation has renewed its support for
			// the Muskeg Carbon Observatory with a further $12 million"
			sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", sentFund, 0.7, sentRound))
			continue
		}
		if n := agreementAfter(right, lowRight, lowLeft); n != "" {
			// "has entered into a $245,000 cooperative agreement with the
			// Arkansas Delta Rural Development Network"
			sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", sentFund, 0.7, sentRound))
			continue
		}
		if n := agreementWith(s.text[ls:m.QStart], s.low[ls:m.QStart]); n != "" {
			// "to approve a grant agreement with Lakeview Food Pantry in
			// the amount of $48,500": a council's grant to the body it
			// contracts with
			sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", sentFund, 0.7, sentRound))
			continue
		}
		if hasAnySuffix(strings.TrimRight(lowLeft, " "), " a", " an") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "donation from ", "gift from ", "bequest from ", "legacy from ", "grant from ") {
			// "The Delmore Museum of Art today announced that its new
			// gallery will be named the Okafor Gallery, made possible by
			// a $2.5 million donation from Ada and Tunde Okafor": the
			// announcer's own gift
			if n := announcer(s.text[ls:m.QStart], s.low[ls:m.QStart]); n != "" {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", sentFund, 0.6, sentRound))
				continue
			}
		}
		if n := awardToIs(s.text[ls:m.QStart], s.low[ls:m.QStart]); n != "" {
			// "UPDATE 14:05: The programme has now confirmed the award to
			// Upper Alder Parish Council is £1,250,000": the grant told
			// before, now exactly
			n = a.expand(n)
			prior := -1
			for k := len(a.awards) - 1; k >= 0; k-- {
				if strings.EqualFold(a.awards[k].award.Recipient, n) {
					prior = k
					break
				}
			}
			if prior >= 0 {
				a.amended = append(a.amended, amendment{recip: n, from: a.awards[prior].award.Amount, to: m.Value})
			} else {
				sentAwards = append(sentAwards, a.addAward(s, m, n, "", sentFund, 0.7, sentRound))
			}
			continue
		}
		if len(a.awards) > 0 && a.awards[len(a.awards)-1].award.Recipient != "" && a.awards[len(a.awards)-1].order >= s.order-3 && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "from ") && onTopOf(s.low) {
			// "That grant comes on top of £250,000 from Marrowby Borough
			// Council's Capital Communities Fund ..., and £75,000 from
			// the Ellerby Charitable Trust": the same grantee's other
			// funders
			sentAwards = append(sentAwards, a.addAward(s, m, a.awards[len(a.awards)-1].award.Recipient, "", sentFund, 0.6, sentRound))
			continue
		}
		if i == 0 && len(a.awards) > 0 && a.awards[len(a.awards)-1].award.Recipient != "" && a.awards[len(a.awards)-1].order >= s.order-4 && hasAnySuffix(strings.TrimRight(s.low[:m.QStart], " "), "it follows a", "this follows a", "that follows a", "it follows an", "this follows an", "it comes on top of a", "this comes on top of a", "builds on a", "builds on an", "builds on an initial", "builds on an earlier") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "award", "grant") {
			// "... announced a $3.5 million grant from the Whitcomb
			// Foundation ... It follows a $750,000 award in March from the
			// state's Community Food Infrastructure Grant Program": the
			// same grantee's earlier award
			sentAwards = append(sentAwards, a.addAward(s, m, a.awards[len(a.awards)-1].award.Recipient, "", sentFund, 0.6, sentRound))
			continue
		}
		if f := cmp.Or(sentFund, a.lastFund); f != "" && !sentRefused && keptForRound(lowRight) {
			// "a further £60m had been set aside for a third round": the
			// fund's money for a round to come, its budget
			a.addLimit(s, s.text[ls:re], m, f, "fund", 0.6)
			continue
		}
		if l := strings.TrimSpace(s.low[:m.QStart]); i == 0 && sentFund == "" && a.lastFund != "" && !sentRefused && (strings.HasSuffix(l, " with") && containsAny(l, []string{"set it up", "launched it", "established it", "created it", "started it"}) ||
			(l == "it is a" || l == "it's a" || l == "it’s a") && capitalFund(lowRight)) {
			// "Council set it up in the 2025–2034 Long-term Plan with $10
			// million over three years", "What is the Harbour Towns
			// Renewal Fund? It is a £15 million capital programme": the
			// budget of the fund just named
			a.addLimit(s, s.text[ls:re], m, a.lastFund, "fund", 0.6)
			continue
		}
		// Figures that are not grants: savings, costs, salaries, deficits.
		if i > 0 && strings.HasSuffix(strings.TrimRight(fullLeftLow, " "), "of which") && len(a.limits) > 0 && a.limits[len(a.limits)-1].order == s.order {
			// "Our grants budget for 2029/30 is £1.6 million, of which
			// £720,000 is for Living Well in Later Life": the part is the
			// programme's budget, the whole the funder's
			if r, ok := cutAnyPrefix(strings.TrimLeft(right, " "), "is for ", "is earmarked for ", "is set aside for ", "is for the ", "goes to ", "will go to "); ok {
				c := ""
				for _, suf := range []string{"", " programme", " program", " fund", " scheme"} {
					if n := leadingProper(r); n != "" && c == "" {
						c = a.funds.canonical(n + suf)
					}
				}
				if c != "" {
					prev := a.limits[len(a.limits)-1]
					a.limits = a.limits[:len(a.limits)-1]
					a.addLimit(s, s.text[m.QStart:re], m, c, "fund", 0.7)
					if l := &a.limits[len(a.limits)-1]; l.limit.Period == nil {
						l.limit.Period = prev.limit.Period
					}
					continue
				}
			}
		}
		if hasAnyPrefix(strings.TrimLeft(lowRight, " "), "of the award", "of the grant ", "of the grant,", "of the grant.") && strings.Contains(fullLeftLow, " which ") {
			// "working with the University of Lincoln, which will receive
			// £780,000 of the award": a partner's share of a grant told
			// whole
			continue
		}
		rightWin := purposeCut(head(lowRight, 50))
		for _, h := range hits {
			// "in the first round of the local endowment match fu": a
			// fund's name the window cuts off is no cue either
			if h.start >= m.End && h.start < m.End+len(rightWin) && h.end > m.End+len(rightWin) {
				rightWin = rightWin[:h.start-m.End] + "fund"
				break
			}
		}
		if t := strings.TrimLeft(s.low[m.End:], " "); hasAnyPrefix(t, "(requested", "(applied for", "(asked for", "(sought", "(bid for", "(request ") ||
			strings.HasPrefix(t, "(") && i+1 < len(amounts) && amounts[i+1].End <= len(s.low)-len(t)+strings.IndexByte(head(t, 60), ')') {
			// "grants X $4,500 (requested $6,000) towards ...",
			// "Ridgeback Telecom: $4,120,000 (provider match: $2,060,000)":
			// the sum asked for or matched is the aside's, not this
			// figure's
			if e := strings.IndexByte(head(t, 60), ')'); e > 0 {
				rightWin = purposeCut(head(t[e+1:], 50))
			}
		}
		if k := strings.Index(rightWin, "help"); k >= 0 {
			// "will help Tŷ Cerrig Chapel Trust save the chapel": saving a
			// building, not money
			rightWin = rightWin[:k] + strings.Replace(rightWin[k:], " save ", " keep ", 1)
		}
		leftWin := tail(fullLeftLow, 45)
		if i == 0 && dashPurposeLine(s.text[:m.QStart]) {
			// "Garston Refugee Welcome – English conversation cafés and
			// travel costs – £4,980": what the grant pays for, whatever
			// its words
			leftWin = ""
		}
		if hasUpperNegative(s.text[m.QStart-len(leftWin) : m.QStart]) {
			// "Kendal Sight Loss Support, Cumbria – £6,415": a word of a
			// name, capitalised, is no cue
			leftWin = maskProperWords(leftWin, s.text[m.QStart-len(leftWin):m.QStart])
		}
		if k := strings.LastIndex(leftWin, " and "); k >= 0 && hasAnyPrefix(leftWin[k+5:], "has ", "have ", "will ", "now has ", "also has ") {
			// "The scheme is paid for out of council tax and has £40,000
			// available": the figure's own clause
			leftWin = leftWin[k+5:]
		} else if i > 0 && coordinatedGrant(s.low[amounts[i-1].End:m.QStart], lowRight) {
			// "a $1,450,000 Community Facilities Direct Loan and a
			// $150,000 Community Facilities grant": the loan is the
			// figure before's
			leftWin = "and a"
		}
		win := leftWin + " # " + rightWin
		for _, h := range hits {
			// "the Violence Reduction Fund": words of a fund's name are no
			// cue ("reduction", "savings", "cost")
			if h.end <= len(s.low) && h.start < h.end {
				name := strings.TrimRight(s.low[h.start:h.end], ",.;:)")
				if strings.Contains(win, name) {
					win = strings.Replace(win, name, "fund", 1)
				} else if ws := m.QStart - len(tail(fullLeftLow, 45)); h.start < ws && h.end > ws && h.end <= m.QStart {
					// "...mporary accommodation acquisition fund is
					// worth": the part of the name the window holds
					win = "fund" + win[h.end-ws:]
				}
			}
		}
		negative := negativeWindow(win) && !reToSpend.MatchString(lowRight) && !strings.Contains(win, "worth of funding") || sentRefused
		if negative && !sentRefused && budgetProvides(tail(fullLeftLow, 80)) && fundReference(lowRight) {
			negative = false // "The 2028 transportation bill provides $16 million for the program": a law's bill, not a household's
		}
		if negative && !sentRefused && determinerEnd(lowLeft) && fundRightAfter(head(right, 80)) && !negativeWindow(tail(fullLeftLow, 45)) {
			// "The £40m Brownfield Homes Fund pays the extra costs of
			// ...": the figure is the fund's, whatever it pays for
			negative = false
		}
		if containsAny(tail(fullLeftLow, 40), []string{"conditional on securing", "conditional on raising", "subject to securing", "subject to raising", "on condition of securing"}) {
			continue // "is conditional on securing £200,000 of match funding": money still to find
		}
		if strings.HasPrefix(s.low, "if ") && strings.Contains(s.low[:min(len(s.low), m.QStart)], "successful") && hasAnyWord(tail(fullLeftLow, 50), []string{"could", "would", "might"}) {
			// "If its next application is successful, the trust could
			// receive a full grant of £2.3m": a grant not yet made
			continue
		}
		if !negative && (containsAny(tail(fullLeftLow, 60), []string{"application from ", "applications from ", "bid from ", "request from ", "asked for ", "requesting "}) || m.Qual == "" && m.Min == 0 && hasAnySuffix(strings.TrimRight(lowLeft, " "), " bid of", " bid for", " application for", " request for")) && !hasAnyWord(s.low, []string{"approved", "approves", "awarded", "granted", "successful", "won", "secured"}) {
			// "the application from Orchard Street Learning Ltd
			// (£220,000)": money asked for
			negative = true
		}
		if !negative && strings.Contains(tail(fullLeftLow, 45), "contribut") && genericNouns[firstWordLower(stripDeterminer(s.low))] {
			// "Councils are contributing a further $9.8m": the
			// grantees' own match, unlike "the Province is contributing
			// $400,000 to the project"
			negative = true
		}

		fund := sentFund
		if figFund != "" {
			fund = figFund
		}
		if fund == "" && a.headingFund != "" {
			// "<h2>Big Ideas Fund</h2> ... Together the three projects
			// receive £29,700": the fund of the section
			fund = a.headingFund
		}
		if !negative && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "remains available", "remain available", "is still available", "are still available", "will remain in the", "will remain available", "will remain unallocated", "will be left in the") {
			// "A further £75,000 remains available in 2026/27 for a
			// fourth round": what is left of the fund, told apart from
			// its budget, which is the limit totals are watched against
			// (the year may be the one the rest is for, later in the
			// sentence: "..., and the department expects to open a
			// fourth intake in fiscal year 2027-28")
			a.addLimit(s, s.text[ls:], m, fund, "remaining", 0.6)
			continue
		}
		if hasAnyPrefix(strings.TrimLeft(lowRight, " "), "remains available", "remain available", "is still available", "are still available", "remains unallocated", "remains unspent", "remains in the fund", "is left in the fund") ||
			// (and "gives eligible adults a voucher of up to $7,500": what
			// each may have, no batch; "Aldermoor's share of the funding is
			// €750,000": a part of a grant told elsewhere)
			hasAnySuffix(strings.TrimRight(lowLeft, " "), "the remaining budget of", "a remaining budget of", "the remaining balance of", "an underspend of", "the underspend of", "the unallocated balance of", "an unallocated balance of",
				" a voucher of", " a voucher worth", " vouchers of", " vouchers worth", " share of the funding is", " share of the grant is", " share of the award is") {
			// "about C$19 million remains available": what is left of a
			// fund, neither its budget nor a round
			continue
		}
		if hasAnySuffix(strings.TrimRight(fullLeftLow, " "), "i am allocating", "i am providing", "i will allocate", "i will provide", "i am making available", "i am investing", "i will invest") {
			// "For sport, I am allocating €95 million in capital": a
			// minister's budget statement, neither a grant nor a round
			continue
		}
		if !negative && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " is investing", " are investing", " will invest", " is committing", " will commit", " is providing", " will provide") {
			// "The Government is investing $48 million over the next four
			// years in a new Regional Water Resilience Fund": the new
			// fund's budget
			if n := newFundAfter(right, lowRight); n != "" {
				a.addLimit(s, s.text[ls:re], m, a.funds.resolve(a.funds.add(n)), "fund", 0.65)
				continue
			}
		}
		if !s.first && ourGrant(lowLeft, lowRight) {
			// "When Hollins Road Food Hub first came to us, ... Our grant
			// of £48,000 over two years paid for ...": on a funder's own
			// page, the body the paragraph is about
			if org := a.paraOrg(); org != "" {
				idx := a.addAward(s, m, a.expand(org), "", fund, 0.6, sentRound)
				sentAwards = append(sentAwards, idx)
				a.tranches(s, amounts, i, idx, consumed)
				continue
			}
		}
		if hasAnyPrefix(s.low, "showing ", "displaying ") {
			continue // "Showing 8 grants totalling £204,650 · Theme: Arts": a database's filter line
		}
		if k := strings.LastIndex(fullLeftLow, ": "); k > 0 && strings.TrimSpace(fullLeftLow[k+1:]) == "" && containsAny(fullLeftLow[:k], []string{" the largest award", " the biggest award", " the largest grant", " the biggest grant", " the largest share", " the single largest"}) {
			// "The Old Ropewalk CIC in Hallsbury gets the largest award of
			// the five: £1,250,000": the sentence's subject
			r := sentenceSubject(s.text)
			if n := leadingProper(s.text); r == "" && orgName(n) {
				r = n // "X CIC in Hallsbury gets"
			}
			if r != "" && !isFunder(r) {
				idx := a.addAward(s, m, a.expand(r), "", fund, 0.7, sentRound)
				sentAwards = append(sentAwards, idx)
				continue
			}
		}
		if hasAnyPrefix(strings.TrimLeft(lowRight, " "), "has gone to the ", "went to the ", "has been shared between the ", "was shared between the ", "has been shared among the ") {
			// "In total, £41,850 has gone to the 20 groups": the batch
			r := strings.TrimLeft(lowRight, " ")
			r = r[strings.Index(r, " the ")+len(" the "):]
			if c, w := countWord(r); c > 1 && w > 0 {
				a.addRound(s, m, sentRound, sentRecap, c, fund)
				continue
			}
		}
		if countedGrants(lowLeft) > 1 && hasAnyWord(tail(lowLeft, 40), []string{"received", "receives", "got", "won"}) {
			// "one Front Street property that received two grants
			// totaling $61,000": one body's grants added up, no batch
			continue
		}
		if fundCapital(fullLeftLow, lowRight) && !negativeWindow(tail(fullLeftLow, 45)) || !negative && (madeAvailable(fullLeftLow, lowRight) || callBudget(fullLeftLow, lowRight)) {
			// "The Rural Connectivity Fund was capitalized with $25
			// million", "We have put £1.2m into this fund" (where the
			// money came from says nothing against it); "The Trust's
			// board has made US$5 million available for the 2029 grant
			// cycle"; "The Trust has set aside £3 million for this call":
			// what the fund or the call can give, before any grant
			f := fund
			if f == "" {
				f = a.lastFund
			}
			a.addLimit(s, s.text[ls:re], m, f, "fund", 0.65)
			continue
		}
		if c, ok := perAwardWorth(fullLeftLow, lowRight); ok && !negativeWindow(tail(fullLeftLow, 45)) {
			// "Each fellowship is worth £1.2 million over five years" over
			// the list of fellows: every one named after is given it
			a.pendingEach = &pendingEach{m: m, count: c, fund: fund, round: sentRound, order: s.order, list: strings.HasSuffix(strings.TrimSpace(s.text), ":")}
			continue
		}

		// "£21.5m is available in 2025/26 and £21.5m in 2026/27": the
		// same kind of figure for another period
		fl := strings.TrimSpace(fullLeftLow)
		if i > 0 && prevLimit {
			// "£12 million in the 2027 to 2028 financial year, £15
			// million in 2028 to 2029": what joins the figures, after the
			// last one's year
			if _, pend, ok := periodAfter(s.text, amounts[i-1].End, a.base, 0); ok && pend <= m.QStart {
				j := strings.TrimSpace(s.low[pend:m.QStart])
				j = strings.TrimSpace(strings.TrimPrefix(j, "financial year"))
				if j == "," || j == ", and" || j == "and" {
					fl = "and"
				}
			}
		}
		if prevLimit && hasAnySuffix(fl, "up from", "down from", "compared with", "compared to") {
			// "has set aside £1.2m for its Community Resilience Grants in
			// 2029/30, up from £900,000 this year": the budget of the year
			// before, when the page says which
			if p, ok := findPeriod(head(lowRight, 30), a.base); ok {
				l := a.limits[len(a.limits)-1]
				if l.limit.Period != nil && *l.limit.Period != fyString(p) {
					a.addLimit(s, s.text[m.QStart:re], m, l.fund, l.limit.Scope, 0.6)
				}
			}
			continue
		}
		if prevLimit && !negative && (fl == "and" || strings.HasSuffix(fl, ":") || strings.HasSuffix(fl, " and") && len(fl) < 60 || strings.HasSuffix(fl, "including") && len(fl) < 80 || hasAnySuffix(fl, "with a further", "and a further", "plus a further", "and another", "rising to", "increasing to", "growing to", "falling to")) {
			// "... £9.6 million available this financial year and £12.4
			// million next year through ...", "with a further £8 million
			// earmarked for next year", "£3.86 billion is available in
			// 2025 to 2026, rising to £3.96 billion in 2026 to 2027"
			if _, ok := findPeriod(head(right, 40), a.base); ok {
				l := a.limits[len(a.limits)-1]
				a.addLimit(s, s.text[m.QStart:re], m, l.fund, l.limit.Scope, 0.6)
				continue
			}
		}

		if (prevLimit || i > 0 && len(a.limits) > 0 && a.limits[len(a.limits)-1].order == s.order) && hasAnySuffix(fl, ", of which", " of which") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "is allocated", "is for", "is set aside", "is earmarked", "is budgeted", "can be spent", "may be spent", "will be spent", "is to be spent") {
			// "a budget of £1.2 million for the fund over three years
			// (2027/28 to 2029/30), of which £400,000 is allocated for
			// 2028/29": the year's part of the budget
			if _, ok := findPeriod(head(right, 60), a.base); ok {
				l := a.limits[len(a.limits)-1]
				a.addLimit(s, s.text[m.QStart:re], m, l.fund, "fund", 0.6)
				continue
			}
		}
		if prevLimit && !negative && hasAnySuffix(fl, "as part of a commitment of", "part of a commitment of", "part of a total commitment of", "part of an overall commitment of", "part of a wider commitment of", "part of a total of", "part of a budget of", "part of a total budget of") {
			// "The fund has £13 million available in 2028-29, as part of
			// a commitment of at least £65 million over this
			// parliamentary session": the whole of which the year is a
			// part
			l := a.limits[len(a.limits)-1]
			a.addLimit(s, s.text[m.QStart:re], m, l.fund, "fund", 0.6)
			continue
		}

		if n := setAsideForScheme(lowLeft, right); n != "" && !negative && !sentRefused {
			// "The council has set aside £750k for Hallowmere Fibre Boost
			// this financial year": the budget of a scheme named without
			// a fund word
			a.addLimit(s, s.text[m.QStart:re], m, a.funds.add(n), "fund", 0.6)
			continue
		}
		// Budgets told in passing: "all £20m has now been allocated",
		// "Worth £1.8m over three years, this fund pays for ...", "has
		// been increased from £2.5m to £3m", "the original £5m pot"
		if !sentRefused && m.Qual != "up to" && (sentFund != "" || a.lastFund != "") {
			bf := budgetFund(sentFund, a.lastFund, s.low)
			if bf == "" && a.itsFund(s) {
				bf = a.lastFund // "The programme studies ... Its budget for 2026–2029 is EUR 40 million."
			}
			// "Launched in March, the programme is backed by £500k from the
			// Foundation’s endowment", "We've got 4.8 million pounds to
			// spend," said the agency's director: the fund just named
			toldOfIt := i == 0 && !negative && (sentFund == "" && theFundIsBacked(lowLeft) || weHaveToSpend(lowLeft, lowRight))
			if bf == "" && (originalPot(lowLeft, lowRight) || setAsideFor(lowLeft, lowRight) || potLabel(s.low[:m.QStart]) && !a.inRecord || fundBacked(lowLeft) || partOfBudget(lowLeft, lowRight) || inTheFund(lowLeft, lowRight) || toldOfIt) {
				bf = a.lastFund
			}
			if bf != "" && m.Min > 0 && raisedFrom(s.low[:m.QStart]) {
				// "increased from £2.5m to £3m": the budget is now £3m
				n := m
				n.Min, n.Qual = 0, ""
				nl := len(a.limits)
				a.addLimit(s, s.text[ls:re], n, bf, "fund", 0.6)
				if len(a.limits) > nl {
					a.limits[nl].raisedFrom = m.Min
				}
				continue
			}
			if fys := perYearBudget(lowLeft, lowRight); bf != "" && len(fys) > 0 {
				// "a Health Inequalities Fund of £1.5m a year for two years,
				// 2026/27 and 2027/28": the budget of each year
				for _, fy := range fys {
					a.addLimit(s, fyString(fy), m, bf, "fund", 0.6)
				}
				continue
			}
			if bf != "" && originalPot(lowLeft, lowRight) {
				// the first budget, not the year's the sentence goes on
				// to tell
				a.addLimit(s, s.text[m.QStart:m.End], m, bf, "fund", 0.6)
				continue
			}
			if bf != "" && (allCommitted(lowLeft, lowRight) || worthThisFund(i, lowLeft, lowRight) || raisedTo(s.low[:m.QStart], lowLeft) || fundsOwnBudget(lowLeft, lowRight) || setAsideFor(lowLeft, lowRight) || potLabel(s.low[:m.QStart]) && !a.inRecord || fundBacked(lowLeft) ||
				budgetWhichIs(lowLeft, bf) || inTheFund(lowLeft, lowRight) || fundAllocationAvailable(lowRight, bf) || setFundAt(lowLeft, bf) || budgetIntent(lowLeft) || addedToFund(lowRight, bf) || investsThrough(lowLeft, lowRight, bf) || hasToAward(lowLeft, lowRight) || setAsideAfter(lowRight) || committedToIt(lowLeft, lowRight) || partOfBudget(lowLeft, lowRight) || receivedToDistribute(lowLeft, lowRight) || fundingForIs(lowLeft) || toldOfIt) {
				window := s.text[ls:re]
				if colon > 0 && ls == colon+2 && strings.TrimSpace(s.text[ls:m.QStart]) == "" {
					window = s.text[prevEnd:re] // "Budget for 2027/28: £300,000": the label says for when
				}
				a.addLimit(s, window, m, bf, "fund", 0.6)
				continue
			}
		}
		// "Councils can now bid for a share of £18 million from the second
		// round of the X Fund": the pot on offer, a limit
		if !negative && strings.HasSuffix(strings.TrimRight(lowLeft, " "), "a share of") && containsAny(tail(lowLeft, 40), []string{"bid for", "apply for", "compete for", "applications for"}) {
			a.addLimit(s, s.text[ls:re], m, fund, "fund", 0.6)
			continue
		}
		if !negative && m.Qual == "up to" && hasAnySuffix(strings.TrimRight(lowLeft, " "), " offers", " provides", " will offer", " can offer", " gives", " will provide", " can provide") && hasAnyWord(tail(lowLeft, 40), []string{"scheme", "fund", "programme", "program", "grants"}) {
			// "Our Small Research Grants scheme offers up to £10,000 to
			// Kingsmead Hospitals staff": each grant's cap
			a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
			continue
		}
		if !negative && i == 0 && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), "agreed a grant of", "agreed an award of", "approved a grant of", "approved an award of", "offered a grant of", "made a grant of", "awarded a grant of") && hasAnyPrefix(s.low, "the trustees ", "the board ", "the panel ", "the committee ", "our trustees ", "we have ", "we ") {
			// "St Brannoc’s Hospice ... is the latest organisation to
			// receive funding ... The trustees have agreed a grant of up
			// to £75,000 over two years to help the hospice launch ...":
			// the body of that kind named just before
			if k := strings.Index(head(lowRight, 80), " the "); k >= 0 {
				if noun := strings.Trim(firstWordLower(lowRight[k+len(" the "):]), ",.;:"); orgSuffixes[noun] || kindNouns[noun] || roleNouns[noun] {
					if r := a.lastOrg(noun); r != "" {
						sentAwards = append(sentAwards, a.addAward(s, m, r, "", fund, 0.7, sentRound))
						continue
					}
				}
			}
		}
		if !negative && i == 0 && (sentFund != "" || a.lastFund != "") && hasAnyPrefix(s.low, "the fund ", "the fund, ", "the scheme ", "the scheme, ", "the programme ", "the programme, ", "the program ", "the program, ") && hasAnySuffix(strings.TrimRight(lowLeft, " "), " is distributing", " will distribute", " distributes", " is sharing out", " will share out", " is handing out", " will hand out") {
			// "The fund is run by the Office for Clean Vehicles and is
			// distributing £381 million to English local transport
			// authorities": the fund's whole budget
			f := fund
			if f == "" {
				f = a.lastFund
			}
			a.addLimit(s, s.text[ls:re], m, f, "fund", 0.6)
			continue
		}
		if i > 0 && !negative && hasAnySuffix(strings.TrimRight(lowLeft, " "), ", or", " or") && len(a.limits) > 0 && a.limits[len(a.limits)-1].order == s.order && a.limits[len(a.limits)-1].limit.Scope == "per_bid" {
			// "Bids were capped at £250,000 per council, or £500,000 for
			// consortia": the other cap
			a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
			continue
		}
		if n := supportedWith(s.text[ls:m.QStart], lowRight); n != "" && !negative && !isFunder(n) {
			// "The Ashcombe Foundation first supported WaterBridge in 2026
			// with a $150,000 planning grant": the body supported
			sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.7, sentRound))
			continue
		}
		if n := doubleObject(s.text[ls:m.QStart]); n != "" && !negative && (m.Qual == "up to" || m.Qual == "") {
			// "the Hartsmere Community Fund has awarded Hartsmere Food
			// Partnership CIO a grant of up to £48,000", "To award
			// Millbeck Youth Trust a grant not exceeding £25,000": the
			// named body's grant, its ceiling told
			sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.75, sentRound))
			continue
		}
		// Limits: per-bid caps first.
		if !negative && ((m.Qual == "up to" || m.Min > 0 || strings.Contains(fullLeftLow, "maximum") || strings.Contains(lowRight, "available") || feat&featApply != 0) && rePerUnit.MatchString(head(lowRight, 60)) ||
			(m.Qual == "up to" || m.Qual == "between" || m.Min > 0 || strings.Contains(lowLeft, "maximum") || strings.Contains(lowLeft, "minimum") || strings.Contains(lowLeft, "apply")) && mayCap(tail(lowLeft, 60)) && rePerBidLeft.MatchString(tail(lowLeft, 60)) && !receivesMaximum(lowLeft) && !namedAfter(right) &&
				// (but a list's "Eastbank Symphony Orchestra, a challenge
				// grant of up to $500,000 toward ..." is the orchestra's)
				!(s.kind == kindListItem && labelBefore(s.text[:m.QStart], right) != "")) {
			a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.7)
			continue
		}
		if !negative && m.Qual == "up to" && hasAnySuffix(strings.TrimRight(lowLeft, " "), "grants (", "grant (", "awards (", "award (", "bursaries (", "bursary (", "fellowships (", "scholarships (") {
			// "the Network's own small grants (up to GBP 1,000 ...)"
			a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
			continue
		}
		if !negative && m.Qual == "up to" && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " can receive", " could receive", " may receive", " can get", " can be awarded", " could be awarded", " can be given") &&
			hasAnyPrefix(strings.TrimLeft(fullLeftLow, " "), "each ", "every ", "any ", "individual ", "groups ", "organisations ", "organizations ", "projects ", "applicants ", "communities ", "schools ", "councils ", "businesses ") {
			// "Each community can receive up to £25,000": a cap on
			// every grant, given to no one yet
			a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
			continue
		}
		if !negative && (m.Qual == "up to" || m.Min > 0) && reBidFor.MatchString(s.low) {
			// "Councils can bid for up to £5m": a cap, where the bidding
			// is said of this figure, not of a range later on ("Up to
			// £400 million will be available ..., with towns able to bid
			// for between £1 million and £25 million")
			if loc := reBidFor.FindStringIndex(s.low); loc != nil && (loc[1] <= m.QStart || loc[0] <= m.End+30) {
				a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
				continue
			}
		}

		// "Northwold County Council and Fenmoor County Council – £4.25
		// million apiece": a label of names, one award each
		if hasAnyPrefix(strings.TrimLeft(lowRight, " "), "each", "apiece") && !negative && i == 0 {
			pre := strings.TrimRight(s.text[:m.QStart], " ")
			for _, sep := range []string{" –", " —", " -", ":", ","} {
				// "<li>Three Rivers Barbershop and Ngo Family Pharmacy,
				// $25,000 each</li>": a list item's names before a comma
				if strings.HasSuffix(pre, sep) && (sep != "," || s.kind == kindListItem) {
					// "Bryn Hafod Tree Group (Grŵp Coed Bryn Hafod) and
					// Green Pentrefelin (Pentrefelin Gwyrdd) – £40,000
					// each": the names less their other-language forms
					label := dropAsides(strings.TrimSpace(strings.TrimSuffix(pre, sep)))
					names := splitNames(cleanName(stripDeterminer(label)))
					if strings.Contains(label, "; ") {
						// "Kettle Yard Music Hall, Wigan; The Old Chapel,
						// Kendal; and Dock Street Social, Barrow – £50,000
						// each": a name and its town per item
						names = nil
						for _, it := range strings.Split(label, "; ") {
							it = strings.TrimPrefix(strings.TrimSpace(it), "and ")
							if k := strings.Index(it, ", "); k > 0 {
								it = it[:k]
							}
							if n := leadingProper(it); n != "" && len(n)*3 >= len(cleanName(it))*2 {
								names = append(names, n)
							} else {
								names = nil
								break
							}
						}
					} else if !nameList(strings.Split(label, ", ")) {
						names = nil
					}
					if len(names) > 1 {
						for _, n := range names {
							a.addAward(s, m, a.expand(n), dashPurpose(s.text[m.End:nextStart]), fund, 0.7, sentRound)
						}
						consumed[i] = true
					}
					break
				}
			}
			if consumed[i] {
				continue
			}
		}
		// "received up to £50,000 each": a per-recipient figure, a cap when
		// hedged with "up to", never a round total
		if hasAnyPrefix(strings.TrimLeft(lowRight, " "), "each", "apiece") && !negative && len(eachGoTo(s.text[m.End:nextStart])) < 2 {
			// "Greystone Netball League and Hallam Rise Tennis Club are
			// getting £50,000 each"
			if se, _, _, ok := subjectVerb(fullLeftLow); ok && m.Qual != "up to" {
				subj := strings.TrimSpace(s.text[prevEnd : prevEnd+se])
				if names := dashNames(subj + " "); len(names) > 1 && (strings.Contains(subj, ", which ") || strings.Contains(subj, ", where ")) {
					// "two primary schools - Mill Lane Primary, which both
					// of their children attended, and St Osyth's CE
					// Primary, where ... - will receive around £100,000
					// each": the names between the dashes, each told of
					for _, n := range names {
						sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.7, sentRound))
					}
					continue
				}
				for _, br := range clauseBreaks {
					// "X gets £1.45m for lighting, while A and B receive
					// £780k apiece": the clause of the figure
					if k := strings.LastIndex(subj, br); k >= 0 {
						subj = subj[k+len(br):]
					}
				}
				if k := strings.Index(subj, ", "); k > 0 && !nameList(strings.Split(strings.TrimRight(subj, ", "), ", ")) {
					// "Two skatepark campaigns, Bourne Wheels Collective and
					// Hale Skate Project, get £3,500 each": the names set
					// beside the count
					if c, w := countWord(asciiLower(subj)); c > 1 && w > 0 {
						ap := strings.TrimRight(strings.TrimSpace(subj[k+2:]), ", ")
						if names := splitNames(cleanName(ap)); len(names) == c && nameList(strings.Split(ap, ", ")) {
							subj = ap
						}
					}
				}
				if names := splitNames(cleanName(stripDeterminer(subj))); len(names) > 1 && nameList(strings.Split(subj, ", ")) {
					for _, n := range names {
						sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.75, sentRound))
					}
					continue
				}
			}
			if names := splitNames(a.blockLabel); len(names) > 1 && i == 0 && s.first && m.Qual != "up to" {
				// "<h3>The Foundry Rooms and Velvet Cellar</h3><p>£12,500
				// each</p>"
				for _, n := range names {
					sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.75, sentRound))
				}
				continue
			}
			if strings.HasSuffix(strings.TrimSpace(s.text), ":") && i == len(amounts)-1 && (hasAnyWord(fullLeftLow, []string{"receiving", "receive", "getting", "get", "awarded", "granted", "sharing"}) || hasAnySuffix(strings.TrimRight(lowRight, " :"), " awarded to", " go to", " went to", " are given to", " were given to")) ||
				// "<h2>Awards of €20,000 each</h2>" over the list of those
				// given them
				s.kind == kindHeading && len(amounts) == 1 && strings.Trim(lowRight, " .:") == "each" && hasAnyWord(fullLeftLow, []string{"awards", "grants", "bursaries", "fellowships", "prizes", "scholarships", "award", "grant", "bursary"}) {
				// (and "Three Kellaway Early Career Prizes of £10,000
				// each are awarded to:")
				// "The communities receiving up to $250,000 each are:"
				// over the list of them
				a.pendingEach = &pendingEach{m: m, fund: fund, round: sentRound, order: s.order, list: true}
				continue
			}
			if m.Qual == "up to" {
				a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
			}
			continue
		}
		// "We are allocating an additional £450m to NHS Wales", "has
		// committed at least £500m over ten years for ...": budget lines
		if !negative && sentFund == "" && budgetLine(fullLeftLow, right, lowRight) && !(a.lastFund != "" && fundReference(lowRight)) {
			// (but "has committed $40 million over five years to the
			// initiative" is the programme just named)
			continue
		}
		if sentFund == "" && settlementPhrases.in(s.low) && !(a.lastFund != "" && nationalTotalSet(fullLeftLow, lowRight)) {
			continue // "Scotland's 32 councils will receive £13.4 billion under the finalised local government settlement"
		}
		// Headlines that total a batch: "State Announces $25 Million in
		// Grants to Improve Transit", "Fund opens sixth round with £150m
		// on offer".
		// "£1.6 million was shared by 14 halls", "£2m will be split
		// between 30 groups": a round's total and its count
		if m.Min > 0 && !negative && roundRaisedTo(lowLeft) {
			// "trustees increased the round from £4m to £5.5m ... so
			// that 23 projects could be funded": the round's new total
			to := m
			to.Min, to.Qual = 0, ""
			a.addRound(s, to, sentRound, sentRecap, projectCount(lowRight), fund)
			continue
		}
		if i == 0 && !negative && len(amounts) == 1 && hasAnyPrefix(s.low, "between them they ", "between them, they ", "together they ", "together, they ", "collectively they ", "collectively, they ") && hasAnyWord(lowLeft, []string{"receive", "receives", "received", "share", "shared", "get", "got", "won"}) {
			// "Today we're announcing the nine projects joining the second
			// cohort ... Between them they will receive $3.5 million":
			// the batch's total
			a.addRound(s, m, sentRound, sentRecap, 0, fund)
			continue
		}
		if n := sharedBy(lowRight); n > 0 && !negative {
			a.addRound(s, m, sentRound, sentRecap, n, fund)
			continue
		}
		if i > 0 && !negative && hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " part of", " out of") {
			// "Nine organisations ... are sharing £2.24 million from the
			// X Fund, part of £9.8 million awarded today to 31
			// organisations across England": the whole batch
			if k := strings.Index(head(lowRight, 60), " to "); k >= 0 {
				if n := leadingGroupCount(lowRight[k+4:]); n > 1 {
					a.addRound(s, m, sentRound, sentRecap, n, fund)
					continue
				}
			}
		}
		if i == 0 && !negative {
			if n := a.groupGivenRound(s.low, lowLeft, lowRight, sentFund != "", sentRound, sentRecap); n > 1 {
				a.addRound(s, m, sentRound, sentRecap, n, fund)
				continue
			}
		}
		if n := acrossN(lowRight); !negative && i == 0 && len(amounts) == 1 && len(s.text) < 48 && strings.TrimSpace(s.text[:m.QStart]) == "" && n > 0 {
			// "<h3>Arts, heritage and culture</h3><p>£158,000 · 39
			// grants</p>": a theme's batch in a year's round-up
			a.addRound(s, m, sentRound, sentRecap, n, fund)
			continue
		}
		// "a total of £41,750;" or "Total: £41,750" on its own line after
		// a list of awards totals the round in force
		if !negative && i == 0 && len(amounts) == 1 && (len(s.text) < 48 && totalLine(lowLeft, lowRight) || len(s.text) < 80 && totalGivenLine(lowLeft, lowRight)) && s.kind != kindHeading && len(a.awards) > 1 {
			a.addRound(s, m, a.ctxRound, false, 0, fund)
			continue
		}
		// "a third wave worth up to £60m will follow in 2026/27": what a
		// future round will make available is a limit
		if !negative && sentFuture && sentRound == 0 && futureBudget(lowLeft) {
			a.addLimit(s, s.text[ls:re], m, fund, "fund", 0.6)
			continue
		}
		// A round that opens "with £150m on offer" or "available" has
		// awarded nothing yet: the figure is what is available, a limit.
		if !negative && sentRound > 0 && !sentRecap && roundOnOffer(lowLeft, lowRight) {
			a.addLimit(s, s.text[ls:re], m, fund, "fund", 0.6)
			continue
		}
		if !negative && hasAnySuffix(strings.TrimRight(lowLeft, " "), " grants round of", " funding round of", " open round of") &&
			hasAnyPrefix(strings.TrimLeft(lowRight, " "), "be approved", "is approved", "be agreed", "be launched", "will open", "to be run") {
			// "That an open grants round of £1,210,000 be approved": the
			// pot a round still to run may give, a budget
			a.addLimit(s, s.text[ls:re], m, fund, "fund", 0.6)
			continue
		}
		if !negative && s.kind == kindHeading && batchTotalAfter(lowRight, lowLeft, sentRound > 0) {
			a.addRound(s, m, sentRound, sentRecap, count, fund)
			continue
		}
		if !negative && sentRound > 0 && !sentRecap && strings.HasSuffix(strings.TrimRight(lowLeft, " "), " with") && hasAnyWord(head(lowRight, 30), []string{"grabs"}) {
			a.addRound(s, m, sentRound, sentRecap, count, fund)
			continue
		}
		// "Rail services will receive £125m of additional support": a
		// service's budget line, not a grant
		svEnd, svAux, svVerb, svOK := subjectVerb(fullLeftLow) // used again below
		if !svOK && strings.HasSuffix(strings.TrimRight(fullLeftLow, " "), " worth") {
			// "X has been awarded a Frontier Pathfinder Fellowship worth
			// £1.8 million": the verb before the thing that is worth it
			if loc := reAwardedAThing.FindStringSubmatchIndex(fullLeftLow); loc != nil {
				svEnd, svAux, svVerb, svOK = subjectVerb(fullLeftLow[:loc[3]] + " ")
			}
		}
		if svOK && strings.TrimSpace(svAux) == "" && (svVerb == "awarded" || svVerb == "granted" || svVerb == "allocated") && s.kind != kindHeading && i == 0 && (projectCountAfterPrep(lowRight) > 0 || hasAnyPrefix(strings.TrimLeft(lowRight, " "), "in grants", "in grant funding", "in scholarships", "in new grants")) {
			// "In the first round, USDA awarded $38.2 million for 17
			// projects", "the Foundation ... awarded $14.8 million in
			// grants": in a sentence (not a headline's "X awarded
			// £2m"), the subject gave the money
			svOK = false
		}
		if svOK && svVerb == "funded" && !hasAnyWord(svAux, []string{"is", "are", "was", "were", "been", "be", "being"}) {
			// only "X is funded with €300,000" makes X the grantee;
			// "Businesses funded around £41 billion" paid
			svOK = false
		}
		if svOK && (svVerb == "lead" || svVerb == "leads" || svVerb == "leading") && !ledProject(lowRight) {
			// "X will lead a £6.2m hub" names the grantee; "X leads the
			// £300m regeneration of the docks" may be anyone's money
			svOK = false
		}
		if se, ok := svEnd, svOK; ok && serviceSubject(s.text[prevEnd:prevEnd+se]) && sentFund == "" {
			continue
		}
		// "A £1.9m grant will help the Moor Trust restore ...", "EUR 2.9
		// million will support URBSOIL": a figure opening the sentence
		// whose verb names the beneficiary.
		// "confirmed £22.1 million of Specialist Skills Capital for nine
		// providers and £9.4 million of T Level Equipment Grants": a
		// programme's batch, named after the figure
		if !negative && (funderVerb(fullLeftLow) || i > 0 && ofRoundAt == i-1 && strings.HasSuffix(strings.TrimSpace(fullLeftLow), " and")) {
			if r := strings.TrimLeft(right, " "); strings.HasPrefix(r, "of ") {
				n := a.knownFundIn(r[3:])
				if n == "" {
					n = leadingProper(r[3:])
				}
				if n != "" && strings.Contains(n, " ") && !orgName(n) && !isFunder(n) && !strings.HasPrefix(n, "National Lottery") {
					rest := strings.TrimSpace(asciiLower(r[3+len(n):]))
					c := projectCount(rest)
					if c == 0 && strings.HasPrefix(rest, "for ") {
						// "for nine providers"
						if k, w := countWord(rest[4:]); w > 0 && k > 1 && strings.HasSuffix(strings.Trim(firstWord(strings.TrimSpace(rest[4+w:])), ",."), "s") {
							c = k
						}
					}
					if c > 0 || rest == "" || rest == "and" || rest == "." || strings.HasPrefix(rest, ",") {
						a.addRound(s, m, sentRound, sentRecap, c, a.funds.add(n))
						ofRoundAt = i
						continue
					}
				}
			}
		}
		// "the latest £24.3m handed out by the Home Office": a batch
		if !negative && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "handed out by", "awarded by", "allocated by", "distributed by", "given out by", "shared out by") {
			a.addRound(s, m, sentRound, sentRecap, count, fund)
			continue
		}
		// "It builds on £600,000 the force received in the first round":
		// the body referred back to received it
		if !negative && i == 0 {
			if r := a.receivedBack(lowRight); r != "" {
				a.addAward(s, m, r, "", fund, 0.6, sentRound)
				continue
			}
		}
		// "a £1.2 million network led by the University of Wessex": the
		// lead of the piece of work the figure describes
		if !negative && determinerEnd(lowLeft) && ledProject(lowRight) {
			if r, at := ledBy(right); r != "" && countFields(right[:at], 4) <= 3 && !isFunder(r) {
				a.addAward(s, m, a.expand(r), "", fund, 0.7, sentRound)
				continue
			}
		}
		if !negative && i == 0 {
			if r, p := leadingFigureBeneficiary(lowLeft, s.text[m.End:nextStart]); r != "" {
				a.addAward(s, m, a.expand(r), p, fund, 0.7, sentRound)
				continue
			}
		}
		if !negative && len(amounts) == 1 && closingBracketFigure(s.text, m) {
			// "Bramley Housing Trust will examine damp in rental housing
			// (£64,000).", "A project led by Dr Dylan Ng will examine ...
			// ($564,000).": the figure in brackets closing the sentence is
			// the subject's grant
			if se := firstVerbAt(s.low); se > 0 {
				subj := s.text[:se]
				if k := strings.Index(subj, ", with "); k > 0 {
					subj = subj[:k] // "led by Dr Dylan Ng, with Dr Sarah Whitford,"
				}
				if r, generic, _ := a.resolveSubject(subj, true, s.text); r != "" && !generic && !isFunder(r) {
					sentAwards = append(sentAwards, a.addAward(s, m, r, "", fund, 0.65, sentRound))
					continue
				}
			}
		}
		if !negative && i == 0 && includedInReceipt(s.low[:m.QStart]) {
			// "X has received initial support for its plans ..., including
			// £148,500 development funding": part of what the subject got
			if r := sentenceSubject(s.text); r != "" && !isFunder(r) {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(r), "", fund, 0.65, sentRound))
				continue
			}
		}
		if !negative && i+1 < len(amounts) && m.End <= amounts[i+1].QStart && comprising(s.low[m.End:amounts[i+1].QStart]) {
			// "today announced £4.2 million in new funding, comprising a
			// £2.7 million grant from the X Fund and a £1.5 million Series
			// A extension": the total is no award; the grant, read next,
			// is the subject's. A budget "made up of" two sources stays
			// a budget.
			if a.mixedTotals == nil {
				a.mixedTotals = map[int64]bool{}
			}
			a.mixedTotals[m.Value] = true
			after := s.low[amounts[i+1].End:]
			if i+2 < len(amounts) && amounts[i+2].QStart >= amounts[i+1].End {
				// "a £50,000 grant and a £150,000 loan": the grant's
				// words, not the loan's
				after = s.low[amounts[i+1].End:amounts[i+2].QStart]
			}
			if r := receiverSubject(s.text); r != "" && !isFunder(r) && hasAnyPrefix(strings.TrimLeft(after, " "), "grant", "award", "non-repayable grant") && !negativeWindow(head(after, 40)) {
				sentAwards = append(sentAwards, a.addAward(s, amounts[i+1], a.expand(r), "", fund, 0.7, sentRound))
				consumed[i+1] = true
				continue
			}
		}
		if !negative && hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " accepts the grant offer of", " accept the grant offer of", " accepted the grant offer of", " accepts the offer of", " accept the offer of", " accepted the offer of", " accepts a grant offer of", " accept a grant offer of", " accepts a grant of", " accept a grant of", " accepted a grant of") {
			// "That Cabinet ... accepts the grant offer of £2,450,000 from
			// the Coastal Communities Renewal Fund": the accepting body,
			// the council whose report it is
			if r := a.titleOrg("council"); r != "" {
				sentAwards = append(sentAwards, a.addAward(s, m, r, "", fund, 0.7, sentRound))
				continue
			}
			if r := a.publisherOrg(); r != "" {
				sentAwards = append(sentAwards, a.addAward(s, m, r, "", fund, 0.7, sentRound))
				continue
			}
		}
		if s.kind == kindListItem && !s.first && a.itemRecip != "" && s.order-a.itemRecipOrder <= 3 && !negative && hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " our", " a previous", " an earlier") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "grant", "award") && hasAnyWord(s.low, []string{"their", "its"}) {
			// "<li>The Lantern Players, Kendal – £9,000 for a touring show.
			// This follows our £7,500 grant ... for their pilot
			// season.</li>": an earlier grant to the item's grantee
			sentAwards = append(sentAwards, a.addAward(s, m, a.itemRecip, "", fund, 0.6, sentRound))
			continue
		}
		if w := a.prizeWinner(s.text[prevEnd:m.QStart], s.text[m.End:]); w != "" && !negative {
			// "Ferrand Prize (£2,500): Dr Tamsin Greaves (University of
			// Strathdee), for ...": the prize's winner after the colon
			sentAwards = append(sentAwards, a.addAward(s, m, w, "", fund, 0.7, sentRound))
			continue
		}
		if l, _ := cutAnySuffix(strings.TrimRight(fullLeftLow, " "), " a combined value of", " a total value of"); !negative && sentRound > 0 && hasAnySuffix(l, ", with", " with") {
			// "Nineteen applications were received in Round 2, of which
			// seven were recommended, with a combined value of £118,400":
			// the round's batch, counted after "of which"
			if k := strings.LastIndex(l, ", of which "); k >= 0 {
				w := l[k+len(", of which "):]
				if c, n := countWord(w); c > 1 && hasAnyPrefix(strings.TrimLeft(w[n:], " "), "were recommended", "were approved", "were funded", "were successful", "were awarded", "have been approved", "have been recommended", "have been funded") {
					a.addRound(s, m, sentRound, sentRecap || past, c, fund)
					continue
				}
			}
		}
		if l, _ := cutAnySuffix(strings.TrimRight(lowLeft, " "), " a total of", " a combined investment of", " a total investment of", " an investment of", " combined funding of", " total funding of"); !negative && strings.HasSuffix(l, " with") && (sentRound > 0 || hasAnyWord(tail(l, 60), []string{"is", "are", "has", "have", "will"})) && (hasAnyWord(tail(l, 60), withBatchVerbs) ||
			// "The first call approved 14 projects with €21.2 million, and
			// the second call 9 projects with €12.75 million": the verb
			// the clause leaves out
			i > 0 && hasAnyWord(tail(s.low[:amounts[i-1].QStart], 80), withBatchVerbs) && !hasAnyWord(l, []string{"is", "are", "was", "were", "has", "have", "had", "will"})) {
			// (and "Marigold Hospice Research Trust is funding five
			// clinicians and researchers with a total of £1,034,750")
			// "Competition 3, announced in May 2027, funded 12 projects
			// with £8.9 million": that round's total
			if c := max(projectCount(tail(l, 60)), countedGroup(tail(l, 60))); c > 1 {
				a.addRound(s, m, sentRound, sentRecap || past, c, fund)
				continue
			}
		}
		if reAggregateNote.MatchString(head(lowRight, 30)) && !strings.Contains(tail(fullLeftLow, 50), "total") {
			// "County Cavan – €780,000 (2 projects)": a place's share,
			// given to several bodies, no award
			continue
		}
		if !negative && i == 0 && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), ", funded with", ", backed by", ", worth", ", backed with") && containsAny(fullLeftLow, []string{" to host ", " will host ", " is to host ", " to lead ", " will lead ", " to run ", " will run "}) {
			// "The University of Tollington has been chosen to host a new
			// National Centre for Soil Resilience, funded with £18.5m":
			// the host holds the centre's money
			if r := sentenceSubject(s.text); r != "" && !isFunder(r) && orgName(r) {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(r), "", fund, 0.7, sentRound))
				a.tranches(s, amounts, i, sentAwards[len(sentAwards)-1], consumed)
				continue
			}
		}
		if !negative && i == 0 && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "to help it ", "to help them ", "to enable it ", "to allow it ", "so it can ", "so that it can ") {
			// "Marlstone Green Foodbank will stay open through the winter
			// after the Cabinet agreed a one-off payment of £25,000 to
			// help it meet a rise in rent": it is the sentence's subject
			if k := strings.LastIndex(fullLeftLow, " after "); k > 0 && hasAnyWord(fullLeftLow[k:], []string{"agreed", "approved", "awarded", "granted", "gave", "offered", "made"}) {
				if r := sentenceSubject(s.text); r != "" && !isFunder(r) && !a.isFundName(r) && len(r) < k {
					idx := a.addAward(s, m, a.expand(r), "", fund, 0.7, sentRound)
					sentAwards = append(sentAwards, idx)
					continue
				}
			}
		}
		if !negative && (afterSecuring(fullLeftLow) || i == 0 && (helpedByGrant(fullLeftLow, lowRight) || successfulWith(fullLeftLow))) {
			// "The Smart Factory Catapult is to lead a £30m programme ...,
			// after securing £22m from the accelerator": the grant is the
			// sentence's subject's, and the figure it leads is the
			// programme's whole value
			if r := sentenceSubject(s.text); r != "" && !isFunder(r) {
				r = a.expand(r)
				if n := len(sentAwards); n > 0 && sentAwards[n-1] == len(a.awards)-1 && a.awards[sentAwards[n-1]].award.Recipient == r && hasAnySuffix(strings.TrimRight(s.low[:amounts[i-1].QStart], " "), " lead a", " leads a", " leading a", " lead the", " leads the") {
					a.awards, sentAwards = a.awards[:len(a.awards)-1], sentAwards[:n-1]
				}
				sentAwards = append(sentAwards, a.addAward(s, m, r, "", fund, 0.7, sentRound))
				continue
			}
			if k := firstVerbAt(s.low); k > 0 && anonymous(strings.TrimSpace(s.text[:k])) {
				// "A multi-academy trust in the north-west will run breakfast
				// clubs ... after winning £1.2m": the trust named in the
				// sentence after
				a.pendingAnon = &pendingEach{m: m, count: 1, fund: fund, round: sentRound, order: s.order}
				continue
			}
		}
		// Recipient from the subject of a recipient verb.
		recip, generic, gcount, conf := "", false, 0, 0.0
		subjFound, continuation, funderActive := false, false, false
		spendVerb := false
		var eachRecips []string
		cardLead := false
		anonSubj := false // "A community energy company in the Ettrick valley"
		anonNoun := ""    // its head noun, "company"
		eachSubj := false // "Each Chair receives £2.8 million": every one of a group
		perBid := false
		if k := strings.LastIndex(fullLeftLow, ", in which "); !negative && k > 0 && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " is investing", " has invested", " will invest", " invests", " is putting") {
			// "The award is one of nine Coastal Resilience Fellowships
			// announced this week, in which the Alliance is investing
			// £11.2 million": the batch's total
			if j := strings.LastIndex(fullLeftLow[:k], "one of "); j >= 0 {
				if n, w := countWord(fullLeftLow[j+len("one of "):]); n > 1 && w > 0 {
					a.addRound(s, m, sentRound, sentRecap || past, n, fund)
					continue
				}
			}
		}
		if !negative && i == 0 && len(amounts) == 1 && s.kind == kindHeading && strings.TrimSpace(fullLeftLow) == "" {
			// "$7.7 million for upgrades at four regional schools": a
			// headline's batch, counted after the figure
			if c := countAfterPlace(head(lowRight, 70)); c > 1 {
				a.addRound(s, m, sentRound, sentRecap, c, fund)
				continue
			}
		}
		if !negative && i == 0 && (sentRound > 0 || len(rms) > 0) && roundWorthClause(fullLeftLow) {
			// "Taken together, the fourth round represents an investment
			// of £7.2 million"
			a.addRound(s, m, sentRound, sentRecap, 0, fund)
			continue
		}
		if !negative && i == 0 && (colon < 0 || colon > m.QStart) && (hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " worth a combined", " receive a combined", " received a combined", " receiving a combined", " share a combined", " shared a combined", " sharing a combined", " a combined total of", " worth a total of", " grants totalling", " grants totaling", " allocations totalling", " allocations totaling", " awards totalling", " awards totaling", ", totalling", ", totaling", "with grant totalling", "with grant totaling", "with funding totalling", "with funding totaling") || combinedOf(fullLeftLow)) {
			// "Eight clubs have been offered grants worth a combined
			// £236,900", "made 8 grants from the X Programme, totalling
			// £2,157,000", "12 projects at 12 schools have been approved,
			// with grant totalling £9,482,300": the batch
			c := count
			if c < 2 {
				c, _ = countWord(s.low)
			}
			if c < 2 {
				c, _ = countWord(strings.TrimSpace(afterVerbCount(lowLeft)))
			}
			if c < 2 {
				// "agreed grants totalling £6,925 to 9 groups"
				c = max(projectCountAfterPrep(lowRight), countedGroup(head(lowRight, 40)))
			}
			if c > 1 || c == 0 && strings.HasSuffix(strings.TrimSpace(s.text), ":") && combinedOf(fullLeftLow) {
				// (a combined figure over the list of its parts counts
				// them in the list)
				a.addRound(s, m, sentRound, sentRecap, c, fund)
				continue
			}
		}
		if !negative && i == 0 && hasAnySuffix(strings.TrimRight(lowLeft, " "), ", a total investment of", ", a combined investment of", ", an investment of", ", a total of") {
			// "named five researchers to new Innovation Chairs in clean
			// energy, a total investment of $2.5 million": the batch
			if c, _ := countWord(strings.TrimSpace(afterVerbCount(lowLeft))); c > 1 {
				a.addRound(s, m, sentRound, sentRecap, c, fund)
				continue
			}
		}
		if !negative && i > 0 && totalOfEach(s.low[:amounts[i-1].End], lowLeft) {
			// "38 innovators will each receive a seed grant of CAD
			// $100,000 ..., for a total investment of CAD $3.8 million":
			// the batch the sum each gets adds up to
			c := count
			if c < 2 {
				c = countedGroup(s.low[:amounts[0].QStart])
			}
			if c > 1 {
				a.addRound(s, m, sentRound, sentRecap, c, fund)
				continue
			}
		}
		if !negative && i == 0 && len(rms) > 0 && rms[0].num > 0 && reRoundLabel.MatchString(s.low[:m.QStart]) {
			// "Round 1 (spring 2025): £2.1m to 14 projects", "Round 1
			// (decision June 2024) 7 grants – £16,200": a round's line in
			// a list of rounds
			c := projectCountAfterPrep(lowRight)
			if sm := reRoundLabel.FindStringSubmatch(s.low[:m.QStart]); c == 0 && sm[1] != "" {
				c, _ = strconv.Atoi(sm[1])
			}
			a.addRound(s, m, rms[0].num, rms[0].recap, c, fund)
			continue
		}
		if !negative && sentRound > 0 {
			f := roundSubjectVerb(fullLeftLow)
			if len(f) == 3 && (roundNoun(f[0]) || roundNoun(f[1])) && hasAnyWord(f[2], []string{"delivered", "provided", "gave", "distributed", "allocated", "invested", "committed", "funded", "supported", "shared", "awarded"}) {
				// "Round 1 delivered $21.6 million for 11 councils", "The
				// first round, in autumn 2028, shared £42,000 between 12
				// groups": the round's total
				a.addRound(s, m, sentRound, sentRecap || past, max(projectCount(lowRight), countedGroup(head(lowRight, 60))), fund)
				continue
			}
			if len(f) >= 5 && len(f) <= 6 && (roundNoun(f[0]) || roundNoun(f[1])) && f[len(f)-1] == "with" && batchVerbs[f[2]] {
				// "Round 2, decided in June 2027, supported 14 ensembles
				// with £1.6m"
				if c, w := countWord(f[3]); w > 0 && c > 1 {
					a.addRound(s, m, sentRound, sentRecap || past, c, fund)
					continue
				}
			}
		}
		if se, aux, verb, ok := svEnd, svAux, svVerb, svOK; ok {
			subjEnd := prevEnd + se
			payer := verb == "paid" && !hasAnyWord(aux, []string{"been", "be", "was", "were", "is", "are", "being"})
			passiveForm := verb == "awarded" || verb == "granted" || verb == "allocated" || verb == "given" || verb == "offered" || verb == "handed" || verb == "paid" || verb == "approved" || verb == "earmarked" || verb == "pledged" || verb == "committed"
			rawSubj := fullLeftLow[:se]
			if f := strings.Fields(rawSubj); len(f) >= 2 && f[0] == "no" && (f[1] == "one" || genericNouns[f[1]+"s"] || genericNouns[f[1]]) {
				// "No partnership could receive more than £1.5 million
				// in a year": a cap on each, given to no one
				if m.Qual == "more than" || m.Qual == "over" || m.Qual == "up to" {
					a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
				}
				continue
			}
			// "Friends of Ashworth Baths, awarded £850,000 to reopen the
			// baths": set off by a comma, the bare participle is passive
			// (but "Round 1, decided in March, awarded £61,300 to 11
			// businesses" gave it)
			participle := !hasAnyWord(aux, []string{"has", "have", "had", "will", "would", "is", "are", "was", "were", "be", "been", "being", "can", "could", "shall", "should", "may", "might"}) && (strings.HasSuffix(strings.TrimSpace(rawSubj), ",") || withNamed(s.text[prevEnd:subjEnd]) != "") && !toRecipients(lowRight)
			isActive := passiveForm && !participle && !hasAnyWord(aux, []string{"is", "are", "was", "were", "be", "been", "being"}) &&
				(hasAnyWord(aux, []string{"has", "have", "had", "will"}) || verb == "approved" || objectPrep(lowRight) == "to" && !toVerbPurpose(lowRight) || throughGrants(lowRight) || hasAnyWord(tail(rawSubj, 80), funderWords) || institutionalSubject(rawSubj) ||
					isFunder(cleanName(stripDeterminer(strings.TrimSpace(tail(rawSubj, 40))))))
			spendVerb = verb == "spend" || verb == "spends" || verb == "spent" || verb == "use" || verb == "uses" || verb == "used" || verb == "invest" || verb == "invests" || verb == "put" || verb == "puts"
			if spendVerb && (institutionalSubject(rawSubj) || sentFund != "" && strings.HasSuffix(strings.TrimRight(rawSubj, " ,"), strings.ToLower(sentFund))) && !negative && !ownMoney(lowRight) {
				// "the fund will invest £500m": the fund's budget; but "Round
				// 2 ... will invest $6.9 million across six projects" is
				// the round
				if c := projectCountAfterPrep(lowRight); c > 0 {
					a.addRound(s, m, sentRound, sentRecap, c, fund)
					continue
				}
				a.addLimit(s, s.text[ls:re], m, fund, "fund", 0.6)
				continue
			}
			if isActive || payer {
				funderActive = true
				if r := a.indirectObject(s.text[ls:m.QStart]); r != "" && !negative {
					// "The Home Office has offered Wyvernshire Constabulary
					// a grant of £1,400,000"
					recip, subjFound, conf = r, true, 0.8
				} else if a.applicant != "" && s.order-a.applicantOrder <= 2 && len(amounts) == 1 && !negative && verb != "paid" && objectPrep(lowRight) != "to" && !toRecipients(lowRight) && projectCountAfterPrep(lowRight) == 0 {
					// "Ashdown Rowing Club applied in March for help to
					// replace its roof. The panel has offered £48,000.":
					// the applicant's grant
					recip, subjFound, conf = a.applicant, true, 0.7
				}
			} else {
				subjStart, datelined := ls, false
				if subjStart > subjEnd {
					subjStart = prevEnd
				}
				if i == 0 && s.first && strings.ContainsAny(head(s.text, 100), "–—-") {
					if de := datelineEnd(s.text); de >= subjStart && de > 0 && de < subjEnd {
						// "LOCH NAM MADADH/LOCHMADDY, North Uist, Oct 14
						// (APA) - Four harbour projects ... will share": the
						// subject after the dateline, which opens the
						// sentence as it would without it
						subjStart, datelined = de, true
					}
				}
				subj := s.text[subjStart:subjEnd]
				if ls := asciiLower(strings.TrimLeft(subj, " ")); hasAnyPrefix(ls, "a ", "an ") {
					// "A nonprofit that runs seven clinics across three
					// rural counties will get $3,486,200": the body, not
					// what the clause counts
					for _, rel := range []string{" that ", " which ", " who "} {
						if k := strings.Index(ls, rel); k > 0 {
							subj = strings.TrimLeft(subj, " ")[:k]
							break
						}
					}
				}
				if ls := asciiLower(strings.TrimRight(subj, " ")); strings.HasSuffix(ls, " and") {
					// "The first five projects have already been approved
					// and will share $7.35 million": the subject of both
					// verbs
					for _, v := range []string{" have ", " has ", " had ", " were ", " was ", " are ", " is "} {
						if k := strings.Index(ls, v); k > 0 {
							subj = subj[:k]
							break
						}
					}
				}
				subj = reportedSubject(subj)
				if ts := strings.TrimSpace(subj); i > 0 && strings.HasSuffix(ts, ",") && !strings.Contains(ts[:len(ts)-1], ",") {
					// "Cornwall Council, which had asked for £6m to build a
					// route, received £1.1m": the clause with the figure
					// before closes at the comma; its name is the subject
					if k := relativeAfterName(s.text[:amounts[i-1].QStart], false); k > 0 && !strings.Contains(s.text[k+2:amounts[i-1].QStart], ",") {
						subj = s.text[:k]
					}
				}
				emptySubj := strings.TrimSpace(strings.Trim(subj, ", ")) == "" || strings.TrimSpace(strings.ToLower(strings.Trim(subj, ", "))) == "and"
				if names := dashNames(s.text[prevEnd:subjEnd] + " "); emptySubj && strings.Contains(aux, "each") && len(names) > 1 {
					// "Three smaller schemes – A, B and C – will each
					// receive £45,000"
					eachRecips, recip, subjFound, conf = names, names[0], true, 0.8
				} else if emptySubj && len(sentAwards) == 0 && subjStart > prevEnd {
					// "The University of Bristol leads five centres, and will
					// receive £41m": the subject of the clause before
					clause := strings.TrimRight(s.text[prevEnd:subjStart], " ")
					st := stripDeterminer(clause)
					if r := leadingProper(st); r != "" && !isFunder(r) && !(prevEnd == 0 && !strings.Contains(r, " ")) {
						recip, subjFound, conf = a.expand(r), true, 0.7
					} else if r != "" && prevEnd == 0 && strings.HasPrefix(st, r) && len(st) > len(r) && st[len(r)] == ' ' {
						// "The Council had been successful in its bid ...,
						// and had been offered a capital grant of £3,460,000":
						// the body one word names, as the subject resolver
						// reads it (the council whose minutes these are)
						if rr, g, _ := a.resolveSubject(clause[:len(clause)-len(st)+len(r)], true, s.text); rr != "" && !g && !isFunder(rr) {
							recip, subjFound, conf = rr, true, 0.7
						}
					}
				}
				if subjFound {
					// resolved from the earlier clause
				} else if emptySubj {
					continuation = true
				} else if c := amongCount(asciiLower(subj)); c > 0 {
					// "A, B and C are among 61 projects sharing £2.4m":
					// the batch, not A
					generic, gcount, subjFound = true, c, true
				} else if c, ok := eachSubject(subj); ok && receivesVerb(aux, verb) {
					// "Each Chair receives £2.8 million", "Each company will
					// receive up to £75,000": the figure is every one's; the
					// names may follow in a list
					generic, gcount, subjFound, eachSubj = true, c, true, true
				} else {
					if strings.HasSuffix(verb, "ing") && strings.HasSuffix(strings.TrimSpace(subj), ",") {
						// "Four projects were announced at the Port Caddis
						// wharf, sharing $2.25 million": the participle's
						// subject is the clause's, before its verb
						if k := finiteVerbAt(subj); k > 0 && !strings.Contains(subj[:k], ",") {
							if n, w := countWord(asciiLower(stripDeterminer(strings.TrimSpace(subj[:k])))); n > 1 && w > 0 {
								subj = subj[:k] // (a counted group: "Four projects")
							} else if p := strings.TrimSpace(subj[:k]); leadingProper(stripDeterminer(p)) != "" && strings.HasSuffix(p, leadingProper(stripDeterminer(p))) {
								// "Murrin Creek Shire Council was also
								// successful in round two, receiving $1.4
								// million": the body named
								subj = subj[:k]
							}
						}
					}
					if k := relativeAfterName(subj, true); k > 0 {
						// "The West of England Combined Authority, which
						// covers Bristol, Bath and North East Somerset,
						// secured £105.5 million": the name the clause is of
						subj = subj[:k]
					}
					recip, generic, gcount = a.resolveSubject(subj, subjStart == 0 || datelined, s.text)
					if a.sectionBody != "" && !generic && receivesVerb(aux, verb) && anaphorOpening(asciiLower(strings.TrimSpace(subj))) {
						// "<h2>Kestrel Print & Design</h2><p>... The company
						// received the maximum £25,000 grant": the body the
						// heading names, not the last one the page named
						recip = a.sectionBody
					}
					if recip != "" && (verb == "share" || verb == "shares" || verb == "split") && strings.Contains(subj, " and ") {
						// "Paekākā Falls upgrade, cycle trail and boat ramp
						// share $4.8m": several things sharing a batch
						// (but "Sussex Police and Surrey Police share £6.5m"
						// is a joint grant to two bodies)
						things, counted := 0, false
						named := subj
						if k := strings.Index(named, ", which "); k > 0 {
							named = named[:k] // "A and B, which bid jointly, will share £2.1m"
						}
						items := strings.Split(strings.ReplaceAll(named, " and ", ", "), ", ")
						for _, it := range items {
							if w := firstField(stripDeterminer(strings.TrimSpace(it))); w != "" && isLowerWord(w) {
								things++
							}
							if c, _ := countWord(asciiLower(strings.TrimSpace(it))); c > 0 {
								counted = true // "37 fire services and ...": a count read elsewhere
							}
						}
						if len(items) > 2 && things > 0 && !counted {
							recip, generic, gcount = "", true, len(items)
						}
					}
					if c := projectCountAfterPrep(lowRight); recip != "" && (c > 1 || s.kind == kindHeading) && hasAnyWord(lastWordLower(subj), []string{"researchers", "scientists", "academics", "teams", "staff", "groups"}) {
						// "Kurrajong University researchers have been awarded
						// more than $14.6 million across 28 projects": a
						// batch, not one award
						recip, generic, gcount = "", true, c
					}
					if generic && gcount == 0 && projectCountAfterPrep(lowRight) == 0 && verb != "share" && verb != "shares" && verb != "split" && hasAnyWord(lastWordLower(strings.TrimSpace(subj)), []string{"researchers", "scientists", "academics", "engineers"}) {
						// "Northmoor researchers win £2.3m" on Northmoor
						// University's own news: the university's grant
						if n := leadingProper(subj); n != "" {
							for _, p := range []string{a.titleOrg("university"), a.titleOrg("college"), a.titleOrg("institute"), a.publisherOrg()} {
								if p != "" && strings.Contains(p, strings.Fields(n)[0]) {
									recip, generic = p, false
									break
								}
							}
						}
					}
					anonSubj = recip == "" && !generic && (anonymous(subj) || unnamedSubject(subj))
					if anonSubj {
						anonNoun = anonHead(subj)
					}
					if recip == "" && !generic && (strings.HasSuffix(verb, "ing") || strings.Contains(aux, "being") || strings.HasSuffix(strings.TrimSpace(asciiLower(subj)), " after")) {
						ls2 := asciiLower(subj)
						for _, cop := range []string{" was ", " is ", " were ", " are ", " has ", " have ", " had "} {
							if k := strings.Index(ls2, cop); k > 0 {
								recip, generic, gcount = a.resolveSubject(subj[:k], subjStart == 0, s.text)
								break
							}
						}
					}
					if recip == "" && !generic {
						full := s.text[:subjEnd]
						lf := asciiLower(full)
						for _, rel := range []string{", which ", ", who ", " – which ", " — which ", " (which ", " – who ", " — who "} {
							if k := strings.LastIndex(lf, rel); k > 0 {
								recip, generic, gcount = a.resolveSubject(full[:k], true, s.text)
								break
							}
						}
					}
					if strings.Contains(aux, "each") {
						// "the five artists who will each receive a £5,000
						// bursary: Aisha Khan, Tom Pritchard and Grace Oduya",
						// "Six universities will each receive £750,000 ... to
						// replace instruments: the University of Kelsford, ..."
						if k := strings.Index(s.text[m.End:], ": "); k >= 0 && k < 160 {
							tail := leadsInBrackets(cutClause(s.text[m.End+k+2:]))
							if segs := strings.Split(strings.TrimRight(tail, "."), ", "); nameList(segs) {
								if names := splitNames(strings.TrimRight(tail, ".")); len(names) > 1 && (k < 60 || gcount == len(names)) {
									eachRecips, recip, generic = names, names[0], false
								}
							}
						}
					}
					if names := dashNames(subj); len(eachRecips) == 0 && strings.Contains(aux, "each") && len(names) > 1 {
						// "Three smaller schemes – A, B and C – will each
						// receive £45,000"
						eachRecips, recip, generic = names, names[0], false
					}
					if len(eachRecips) == 0 && (recip == "" || generic || hasPrefixFold(stripDeterminer(strings.TrimSpace(subj)), 0, "universities of ")) && strings.Contains(aux, "each") {
						// "The centres at the University of Dunmere (offshore
						// energy), Marlow Institute of Technology (autonomous
						// systems) and ... each receive £7.5 million": the
						// places named after the group noun
						if f := strings.Fields(dropAsides(stripDeterminer(strings.TrimSpace(subj)))); len(f) > 2 && genericNouns[strings.ToLower(f[0])] && (f[1] == "at" || f[1] == "in" || f[1] == "from" || f[1] == "of") {
							rest := strings.Join(f[2:], " ")
							if names := splitNames(cleanName(rest)); len(names) > 1 && nameList(strings.Split(rest, ", ")) {
								if strings.EqualFold(f[0], "universities") && f[1] == "of" {
									// "The universities of Harlow Ridge, Tamsworth and
									// Calder Vale will each receive £6.2 million"
									for k := range names {
										names[k] = "University of " + names[k]
									}
								}
								eachRecips, recip, generic = names, names[0], false
							}
						}
					}
					if recip != "" && len(eachRecips) == 0 && strings.Contains(aux, "each") {
						// "Oldham, Bury and Wigan councils will each receive"
						whole := stripDeterminer(strings.TrimSpace(subj))
						for _, rel := range []string{", which", ", who"} {
							whole = strings.TrimSuffix(whole, rel)
						}
						for _, cut := range []string{" and to ", ", to "} {
							// "..., and to A, B and C, which will each receive"
							if k := strings.LastIndex(whole, cut); k >= 0 {
								whole = whole[k+len(cut):]
							}
						}
						whole = strings.TrimPrefix(whole, "to ")
						if k := strings.Index(whole, "led by "); k >= 0 {
							// "Four hubs, led by A, B, C and D, will each
							// receive £7.8m": the leads
							whole = strings.TrimRight(whole[k+len("led by "):], ", ")
						}
						if segs := strings.Split(whole, ", "); len(segs) > 1 && !nameList(segs) {
							whole = segs[len(segs)-1]
							if leadingProper(segs[0]) != "" {
								whole = segs[0] // "X and Y, both based on the park,"
							}
						}
						eachRecips = splitNames(cleanName(whole))
					}
					if m.Qual == "up to" && (hasAnyWord(aux, []string{"can", "could", "may"}) && (recip == "" || generic || !orgName(recip)) || strings.HasPrefix(strings.ToLower(strings.TrimSpace(subj)), "each ") || strings.Contains(tail(asciiLower(subj), 25), "each ") ||
						// "Shortlisted groups will be offered up to £10,000":
						// what each of an uncounted many may get
						generic && gcount == 0 && strings.Contains(aux, "will") && receivesVerb(aux, verb)) {
						perBid = true
					}
					subjFound = true
					conf = 0.8
					if recip != "" && hasAnyWord(verb, []string{"paid", "earned", "earns", "earn"}) && (hasAnyWord(asciiLower(subj), []string{"chief executive", "ceo", "director", "chairman", "chairwoman", "salary"}) || endsWithPerson(strings.TrimSpace(subj))) {
						// (and "Dr Emsley was paid between £140,000 and
						// £145,000 last year": a person's pay)
						// "its chief executive, Martin Ellery, was paid
						// between £140,000 and £145,000": pay, not a grant
						recip, subjFound = "", false
						negative = true
					}
					receives := hasAnyWord(aux, []string{"is", "are", "was", "were", "been", "be", "being"}) || hasAnyWord(verb, []string{"receives", "received", "receive", "wins", "won", "secures", "secured", "gets", "got", "lands", "landed"})
					project := receives && (lastWordLower(recip) == "initiative" || !fundHeads[lastWordLower(recip)])
					if recip != "" && a.isFundName(recip) && !project && !negative && receivesVerb(aux, verb) && fromLegislature(head(lowRight, 60)) {
						// "The Main Street Resilience Grant Program received
						// $12 million from the General Assembly for fiscal
						// year 2028": the fund's budget
						a.addLimit(s, s.text[ls:re], m, recip, "fund", 0.6)
						continue
					}
					if recip != "" && !project && (a.isFundName(recip) || sharedOut(verb, lowRight)) {
						// "the Lido Fund has shared £9.6m between 48
						// pools": a fund gives, it does not receive (but
						// "The Armagh School Streets Initiative is awarded
						// £185,000" names a project that does); "NHS
						// England has shared £12 million ... between the 42
						// ICBs": whoever shares a sum out gives it
						recip, subjFound, funderActive = "", false, true
					}
					if sl := strings.ToLower(strings.TrimSpace(subj)); recip == "" && !generic && a.lastFund != "" && fundHeads[lastWordLower(a.lastFund)] && (sl == "the "+lastWordLower(a.lastFund) || a.isFundName(subj)) {
						// "The initiative is backed by $60 million": the
						// fund just named is the subject, and states its
						// budget
						subjFound = false
					}
				}
			}
		} else if funderVerb(fullLeftLow) {
			funderActive = true
		} else if gap := s.low[prevEnd:m.QStart]; funderFig == i-1 && strings.HasSuffix(strings.TrimRight(gap, " "), " and") && objectPrep(lowRight) == "to" &&
			!hasAnyWord(gap, []string{"is", "are", "was", "were", "has", "have", "had", "will", "would", "gets", "get", "got", "receives", "receive", "received", "gave", "gives", "awarded", "which", "who", "while"}) {
			// "the panel gave £3,200 to Caddon Bowls Club for new
			// benches, and £1,000 to the Vale Hospice shop": the same
			// giver, its verb left out
			funderActive = true
		} else if r := a.indirectObject(s.text[ls:m.QStart]); r != "" {
			// "the Home Office has awarded the PCC £1,030,000"
			recip, subjFound, conf = r, true, 0.7
		} else if r := gappedSubject(s.text[prevEnd:m.QStart]); r != "" && len(sentAwards) > 0 && !negative {
			// "X will receive $3.1m to ..., and Y $2.4m to ...": the verb
			// of the clause before is understood
			recip, subjFound, conf = a.expand(r), true, 0.7
		} else if n := len(sentAwards); n > 0 && sentAwards[n-1] == len(a.awards)-1 && !negative && sameTakerGap(s.low[prevEnd:m.QStart], lowRight) && !strings.Contains(s.text[prevEnd:m.QStart], a.awards[sentAwards[n-1]].award.Recipient) {
			// (not "£1.1 million for Sussex Police to ..., and £640,000
			// for Dyfed-Powys Police": a series of objects)
			// "the council will receive up to £38.5 million towards the
			// new Kirkmuir High School, and up to £21 million towards the
			// Lochside Community Campus": subject and verb understood
			recip, subjFound, conf = a.awards[sentAwards[n-1]].award.Recipient, true, 0.7
		}
		if n := len(sentAwards); n > 0 && sentAwards[n-1] == len(a.awards)-1 {
			// "X received £9,800 towards a new kitchen, Y £4,500 ...": the
			// award before keeps its purpose, not the next name
			if p := &a.awards[sentAwards[n-1]].award.Purpose; *p != "" {
				left := strings.TrimSpace(s.text[prevEnd:m.QStart])
				lastSeg := ""
				if k := strings.LastIndex(left, ", "); k >= 0 {
					lastSeg = cleanName(left[k+2:]) // "..., Y £4,500 for ..."
				}
				for _, nm := range []string{gappedSubject(s.text[prevEnd:m.QStart]), lastSeg} {
					if nm == "" {
						continue
					}
					if t, ok := strings.CutSuffix(*p, nm); ok && strings.TrimSpace(t) != "" {
						t = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(t, " "), " and"), ", ")
						if !strings.Contains(t, "(") {
							t = strings.TrimSuffix(t, ")") // "(£2,500 for music stands and uniforms), Y"
						}
						*p = t
					}
				}
			}
		}

		// "approved 24 projects with a combined ERDF budget of €96.4m":
		// the batch's total
		if w := tail(fullLeftLow, 160); !negative && (strings.Contains(w, " with a combined ") || strings.Contains(w, " with a total ")) && hasAnyWord(w, []string{"approved", "selected", "funded", "awarded", "backed", "supported"}) {
			if c := projectCount(w); c > 0 {
				a.addRound(s, m, sentRound, sentRecap, c, fund)
				continue
			}
		}
		// "the second round, worth £40m," states a round total
		if !negative && (roundWorth(lowLeft) || i == len(amounts)-1 && roundOfFundWorth(lowLeft)) {
			a.addRound(s, m, sentRound, sentRecap, count, fund)
			continue
		}
		if negative && !sentRefused && dropAppositive(fullLeftLow) != fullLeftLow && !negativeWindow(tail(dropAppositive(fullLeftLow), 45)+" # "+purposeCut(head(lowRight, 50))) {
			// the cue sat in an aside between commas
			negative = false
		}
		if !negative && !subjFound && hasAnyPrefix(s.low, "the project ", "the consortium ", "the study ") && (hasAnySuffix(strings.TrimRight(lowLeft, " "), "contribution of", "grant of", "contribution is") ||
			strings.HasSuffix(strings.TrimRight(lowLeft, " "), "of which") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "is provided by", "is funded by", "is contributed by", "comes from", "will come from", "will be provided by")) {
			// "The project has a total budget of €8.3 million, with an EU
			// contribution of €6.97 million", "a total cost of €7.9
			// million, of which the EU contribution is €6.4 million", "of
			// which €7.99 million is provided by the European Union": the
			// grant to the project's lead named before
			r := a.lead
			if r == "" {
				r = a.lastOrg("project")
			}
			if r != "" {
				a.addAward(s, m, r, "", fund, 0.6, sentRound)
				continue
			}
		}
		if !negative && !subjFound && a.partner != "" && s.order-a.partnerOrder <= 3 && len(amounts) <= 2 && hasAnyPrefix(s.low, "the programme ", "the program ", "of the project", "the project", "this means", "the eu ") &&
			hasAnySuffix(strings.TrimRight(lowLeft, " "), "contribution of", "co-financing of", "cofinancing of", "will contribute", "contributes", "is contributing", "will co-finance", "co-finances") {
			// "The lead partner is X ... The programme co-finances
			// eligible costs at 60 %, which means an EU contribution of
			// EUR 1.920.000", "Of the project's total eligible costs of
			// €1,45 million, the programme will contribute €870.000": the
			// lead partner's grant
			a.addAward(s, m, a.partner, "", fund, 0.6, sentRound)
			continue
		}
		if !negative && i == 0 && !subjFound && hasAnyPrefix(s.low, "funding totalling ", "funding totaling ", "grants totalling ", "grants totaling ", "awards totalling ", "awards totaling ") && strings.Count(strings.TrimSpace(fullLeftLow), " ") == 1 &&
			hasAnyPrefix(strings.TrimLeft(lowRight, " "), "will be paid", "has been awarded", "have been awarded", "has been allocated", "have been allocated", "will be allocated", "is being paid", "has been approved", "have been approved", "was awarded", "were awarded") {
			// "The following 7 bids were successful in round 1. Funding
			// totalling £3,114,000 will be paid across the two financial
			// years": the batch just counted
			c := 0
			if a.madeCount > 1 && s.order-a.madeCountOrder <= 2 {
				c = a.madeCount
			}
			a.addRound(s, m, sentRound, sentRecap, c, fund)
			continue
		}
		if !negative && i == 0 && !subjFound && strings.HasPrefix(s.low, "the ") {
			// "The largest grant, to Mallee Youth Connect Inc., is
			// $450,000 over three years": the grantee set off in the
			// subject
			if r := grantToAside(s.text[:m.QStart]); r != "" && !isFunder(r) && !a.isFundName(r) {
				idx := a.addAward(s, m, a.expand(r), "", fund, 0.7, sentRound)
				sentAwards = append(sentAwards, idx)
				a.tranches(s, amounts, i, idx, consumed)
				continue
			}
		}
		if !negative && (i == 0 && fromNamedFund(lowRight, hits) || len(sentAwards) > 0 || len(a.awards) > 0 && a.awards[len(a.awards)-1].order >= s.order-1) && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " has", " now has", " will have", " will now have") {
			// "Ravensmoor District Council has £1.94m for 16 homes from
			// the Local Authority Housing Fund", "The largest award goes
			// to X, which receives £2.85m ... Cawdell Borough Council has
			// £1.94m for 16 homes": the body that has it (the homes are
			// what it buys)
			left := strings.TrimRight(s.text[prevEnd:m.QStart], " ")
			for _, v := range []string{" will now have", " will have", " now has", " has"} {
				if strings.HasSuffix(strings.TrimRight(fullLeftLow, " "), v) {
					left = left[:len(left)-len(v)]
					break
				}
			}
			if k := strings.LastIndex(left, ", "); k >= 0 {
				left = strings.TrimPrefix(left[k+2:], "and ") // "..., and Cawdell Borough Council has"
			}
			if r := wholeOrg(left); r != "" && !isFunder(r) && !a.isFundName(r) {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(r), "", fund, 0.7, sentRound))
				continue
			}
		}
		if r := strings.TrimLeft(lowRight, " "); !negative && fund != "" && hasAnyPrefix(r, "set aside in ", "set aside from ", "earmarked in ") && strings.Contains(head(r, 80), "budget") {
			// "projects will share $3.5 million set aside in the Fiscal
			// Year 2028 budget": the programme's money for the year
			a.addLimit(s, s.text[m.QStart:re], m, fund, "fund", 0.6)
			continue
		}
		if c := countedTotal(fullLeftLow); c > 1 && !negative && i == 0 {
			// "The five grants total $745,000": the batch just told
			a.addRound(s, m, sentRound, sentRecap, c, fund)
			continue
		}
		wentCount := count
		if wentCount == 0 && sentRound > 0 && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "went to ", "has gone to ") {
			// "In the first round, £85,000 went to 11 groups"
			wentCount = countedGroup(head(lowRight, 50))
		}
		if !negative && !subjFound && len(amounts) == 1 && !strings.ContainsAny(fullLeftLow, "–—:(") && !containsAny(fullLeftLow, []string{"grant of", "award of"}) &&
			(sentRound > 0 && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "supported ", "funded ", "backed ", "helped ", "paid for ") || wentCount > 0 && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "went to ", "has gone to ", "was shared between ", "was shared among ", "was split between ")) {
			// "In the second round, last year, £98 million supported
			// placements through 119 providers", "the first wave, in
			// which £178m went to 51 bids": the total of the round named
			// last before it, the money its subject (but not "X (round 1)
			// – a grant of £29,800 paid for insulation")
			n, recap := sentRound, sentRecap
			for _, rm := range rms {
				if rm.end <= m.QStart && rm.num > 0 {
					n, recap = rm.num, rm.recap || sentRecap
				}
			}
			if n > 0 || count > 0 && sentRound == 0 && len(rms) == 0 {
				a.addRound(s, m, n, recap, wentCount, fund)
				continue
			}
		}
		if !negative && !subjFound && determinerEnd(lowLeft) && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "round ", "round,", "round.", "funding round", "grant round", "grants round") {
			// "The £4.2m round was heavily oversubscribed": the round in
			// force, by its total
			n := sentRound
			if n == 0 {
				n = a.ctxRound
			}
			a.addRound(s, m, n, sentRecap, count, fund)
			continue
		}
		if negative && !sentRefused && sentFund != "" && i == 0 && yearlyGiving(lowLeft, lowRight) {
			negative = false // "a year" after a fund's giving is no salary
		}
		if !negative && !subjFound && count > 1 && hasAnySuffix(strings.TrimRight(lowLeft, " "), " with", ", with") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "between them", "in funding between them", "in grants between them", "of funding between them", "among them", "shared between them") {
			// "Three projects have been approved under the third call of
			// the Border Routes Programme, with €2.055 million in funding
			// between them": the batch's total
			a.addRound(s, m, sentRound, sentRecap, count, fund)
			continue
		}
		// Fund limits: "£76.4m is available", "the £4.8bn fund", "a fund
		// worth £X", "has £X to spend" (but not "X is the big winner in
		// the latest share-out from the Y Fund, with almost £4.8 million")
		// ("Lead organisation: Wexcombe College" over "Towns Fund
		// allocation: £5,250,000": the field names the lead's grant)
		if !negative && !subjFound && !(strings.HasSuffix(strings.TrimRight(fullLeftLow, " "), " with") && a.winnerWith(s.text[prevEnd:m.QStart]) != "") && !(i == 0 && labelLine(s.text) && (a.lastLed != "" && s.order-a.ledOrder == 1 || a.blockLabel != "" && s.first && !a.isFundName(a.blockLabel))) {
			isLimit := false
			switch {
			case reAvailable.MatchString(lowRight) && !hasAnyPrefix(strings.TrimLeft(lowRight, " "), "remains ", "remain ", "is still ", "are still ", "still "):
				// (not "£73.9 million remains available for future
				// rounds": what is left of the fund, not its budget)
				isLimit = true
			case strings.TrimSpace(lowRight) == "of the" && i+1 < len(amounts) && reAvailable.MatchString(ofPart(" x x"+s.low[amounts[i+1].End:])):
				// "£1.688m of the £8m programme budget remains available"
				isLimit = true
			case (hasAnyPrefix(strings.TrimLeft(lowRight, " "), "of the programme", "of the fund", "of the scheme", "of this funding", "of the funding") || kindOfFunding(strings.TrimLeft(lowRight, " ")) > 0) && reAvailable.MatchString(ofPart(lowRight)):
				// (and "£34.5 million of capital funding is available
				// this financial year")
				// "£7.1 million of the programme's funding is available in
				// 2019 to 2020"
				isLimit = true
			case determinerEnd(lowLeft) && fundRightAfter(head(right, 80)) && a.possessiveGrant(s.text[prevEnd:m.QStart], lowRight) == "" && !worksProgramme(head(lowRight, 60)) &&
				// (not "Torus will fund the rest of the £24m scheme": the
				// cost of a project, part of it paid another way)
				!hasAnySuffix(strings.TrimRight(lowLeft, " "), "the rest of the", "the remainder of the", "the balance of the", "the cost of the", "the costs of the", "the total cost of the") &&
				// (nor "a £1,630,000 National Lottery Heritage Fund delivery
				// grant to the Bann Valley Mill Trust": one grant the fund
				// gives)
				!fundGrantAfter(lowRight):
				isLimit = true
			case sentFund != "" && fundAppositive(lowLeft, sentFund, lowRight):
				// "the Zero Emission Coach Pathfinder, a £15m competition
				// for operators"
				isLimit = true
			case determinerEnd(lowLeft) && a.knownFundAfter(lowLeft, right) != "" && !fundGrantAfter(lowRight):
				isLimit = true
				if fund == "" {
					fund = a.knownFundAfter(lowLeft, right)
				}
			case mayFund(tail(fullLeftLow, 45)) && reFundBefore.MatchString(tail(fullLeftLow, 80)) && !((count > 1 || sentRound > 0 && hasAnyWord(fullLeftLow, []string{"awards", "grants", "allocations"})) && hasAnySuffix(strings.TrimRight(lowLeft, " "), "totalling", "totaling")):
				// (but "seven new grants under the X scheme, totalling
				// £1,743,512" adds up the grants)
				isLimit = true
			case dropAppositive(fullLeftLow) != fullLeftLow && mayFund(tail(dropAppositive(fullLeftLow), 45)) && reFundBefore.MatchString(tail(dropAppositive(fullLeftLow), 80)):
				// "The fund, paid for by the soft drinks levy, is worth £100m"
				isLimit = true
			case i == 0 && hasAnyPrefix(s.low, "the fund, ", "the scheme, ", "the programme, ", "the program, ", "this fund, ") && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " and worth", " and valued at") && strings.Count(fullLeftLow, ",") == 1:
				// "The fund, run by the National Grassroots Sport Trust and
				// worth £45 million over four years, pays for ..."
				isLimit = true
			case mayBudget(tail(fullLeftLow, 60)) && reBudgetOf.MatchString(tail(fullLeftLow, 60)) && (sentFund != "" || feat&featFundWord != 0 || (hasAnyPrefix(s.low, "the call", "this call") || containsAny(tail(fullLeftLow, 60), []string{" of this call", " of the call", " for this call", " for the call"})) && a.lastFund != "" || a.itsFund(s) || a.lastFund != "" && fullyCommitted(head(lowRight, 50))) &&
				// (but "the Combined Authority’s allocation of £31.5 million
				// from the grant" is the authority's award)
				a.possessiveGrant(s.text[prevEnd:m.QStart], lowRight) == "" &&
				!(strings.HasSuffix(strings.TrimSpace(tail(fullLeftLow, 60)), "funding of") && hasAnyWord(fullLeftLow, []string{"made", "awarded", "approved", "funded", "granted", "shared", "share", "selected"})):
				// "has total funding of €10 million" is a budget; "has made
				// five awards, with total funding of €2.2m" is what they got
				isLimit = true
			case reToSpend.MatchString(lowRight) && reHasToSpend.MatchString(lowLeft):
				isLimit = true
			case (sentFund != "" || a.lastFund != "") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "that the ", "which the ") && strings.Contains(cutClause(head(lowRight, 70)), " made available"):
				// "the Combined Authority’s share of £412 million that the
				// Department has made available nationally in 2027/28"
				isLimit = true
			case (sentFund != "" || a.lastFund != "") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "will be released", "is to be released", "will be made available", "is being released") && !namedAfter(right):
				// "the trustees agreed that up to £2m will be released
				// next year": the fund's next budget
				isLimit = true
			case sentFund != "" && strings.HasSuffix(strings.TrimRight(lowLeft, " "), " with") && hasAnyWord(tail(fullLeftLow, 50), []string{"launched", "set up", "created", "established", "started", "opened", "announced", "unveiled", "introduced"}) && (fundSubject(strings.TrimSuffix(strings.TrimSpace(tail(fullLeftLow, 60)), " with")) || hasAnyPrefix(s.low, "the fund", "the programme", "the program", "the scheme", strings.ToLower(sentFund), "the "+strings.ToLower(sentFund))):
				// "The fund, launched in 2019 with £640m, has now
				// allocated almost all of its budget", "The X Fund was
				// announced in Budget 2025 with $48 million over three
				// years"
				isLimit = true
			case sentFund != "" && i == 0 && (fundOpens(s.low, sentFund) || strings.HasPrefix(s.low, "it ")) && fundedThroughOf(lowLeft):
				// "The program is funded through a state appropriation of
				// $4 million for fiscal year 2028"
				isLimit = true
			case sentFund != "" && i == 0 && (fundOpens(s.low, sentFund) || strings.HasPrefix(s.low, "it ")) && hasAnySuffix(strings.TrimRight(lowLeft, " "), " is funded with", " is funded by", " provides", " will provide", " offers", " will offer", " is backed by", " is worth", " has a budget of", " has an envelope of", " has a total envelope of", " makes available", " has a total value of", " has a value of", " is investing", " will invest", " invests", " is providing", " will have", " has", " now has"):
				// "The Rural Grid Resilience Challenge is funded with $150
				// million", "The Active Communities Connector Program
				// provides $250 million over five years"
				isLimit = true
			case sentFund != "" && i == 0 && yearlyGiving(lowLeft, lowRight):
				// "The Village Hall Revival Fund, run by ..., distributes
				// £1.5 million a year"
				isLimit = true
			case sentFund != "" && i == 0 && reHasToSpend.MatchString(lowLeft) && (fundSubject(lowLeft) || strings.TrimSpace(lowLeft) == "it has"):
				// "The program has $40 million over five years to help
				// agricultural technology firms grow", "It has £600,000
				// of National Lottery funding for 2028/29"
				isLimit = true
			case funderActive && strings.Contains(head(lowRight, 40), "available") && !strings.Contains(lowRight, " to ") && !strings.Contains(lowRight, " for "):
				isLimit = true
			case funderActive && fundReference(lowRight):
				isLimit = true
			case i == 0 && sentFund != "" && reHasToSpend.MatchString(lowLeft) && fundReference(lowRight):
				// "The Trust has £45,000 for the Tweed Rivers Small Grants
				// in 2028–29"
				isLimit = true
			case funderActive && len(hits) > 0 && hits[0].start < m.QStart && throughFund(s.low[:hits[0].start]) && projectCount(lowRight) == 0 && !properAfterTo(right):
				// (not "Through the Wealdshire Health Equity Fund we
				// awarded £25,000 to Mindful Men Wealdshire": one grant)
				// "Through the Community Trails Fund, the federal
				// government provides $400 million over five years for
				// trails": the fund's budget
				isLimit = true
			case i == 0 && a.lastFund != "" && wholeOfNamed(fullLeftLow) == lastWordLower(a.lastFund):
				// "Nationally, the grant is worth £16.5 million in
				// 2028/29": the whole of the grant just named (the Fire
				// Protection Uplift Grant), not one body's share; "The
				// total grant is worth £62.4 million in 2026 to 2027"
				sentFund = a.lastFund
				isLimit = true
			case i == 0 && a.lastFund != "" && nationalTotalSet(fullLeftLow, lowRight):
				// "For 2027 to 2028, an indicative national total of £63.9
				// million has been set": the grant's budget for that year
				sentFund = a.lastFund
				isLimit = true
			case budgetProvides(tail(fullLeftLow, 80)) && fundReference(lowRight):
				// "The 2026-27 state budget included $25 million for the
				// program"
				isLimit = true
			}
			if isLimit && (strings.HasSuffix(strings.TrimRight(fullLeftLow, " "), "on a budget of") || workBudget(tail(fullLeftLow, 40)) ||
				// "A supernatural family drama filmed at the glasshouses,
				// with a budget of around £4.5m"
				hasAnySuffix(strings.TrimRight(fullLeftLow, " "), "with a budget of", "with a total budget of", "with a production budget of") && hasAnyWord(head(s.low, 80), []string{"film", "drama", "thriller", "comedy", "documentary", "feature", "series", "animation", "play", "opera", "musical", "album", "novel", "game", "production", "show"})) {
				// a film that "will shoot ... on a budget of £3.2m", "The
				// project’s total budget is $3.1 million": what a piece of
				// work costs
				isLimit = false
			}
			if isLimit && donated(fullLeftLow) && !reAvailable.MatchString(lowRight) {
				// "Since the fire, 1,900 individuals and businesses have
				// donated $312,000 to the Wildfire Hardship Fund": gifts
				// coming in, no budget set
				isLimit = false
			}
			if isLimit && hasAnyWord(tail(fullLeftLow, 60), []string{"maximum", "minimum", "max"}) && hasAnyWord(tail(fullLeftLow, 60), []string{"grant", "award", "amount", "bid", "request"}) {
				// "the maximum grant under the Community Grants scheme is
				// £25,000": one grant's cap, read below
				isLimit = false
			}
			if isLimit && hasAnyWord(tail(fullLeftLow, 60), []string{"average", "median", "typical", "mean"}) {
				// "the average grant under the previous programme was
				// around £1.3 million": a grant's size, no budget
				isLimit = false
			}
			if isLimit && (ownBudget(tail(fullLeftLow, 80)) && !(sentFund != "" && strings.Contains(tail(fullLeftLow, 80), strings.ToLower(sentFund)+" budget")) || hasAnyPrefix(strings.TrimLeft(lowRight, " "), "capital programme", "capital budget", "revenue budget", "capital investment programme") ||
				len(hits) == 0 && sentFund == "" && orgName(leadingProper(stripDeterminer(s.text))) && !isFunder(leadingProper(stripDeterminer(s.text))) && !strings.Contains(s.low, "fund") && !forGrants(lowRight)) {
				// "The unit's annual budget is around £1.1m", "a £24.5m
				// capital programme", "NHS Tamarside CCG ... with a budget
				// of £412 million": a body's own budget, not a fund's
				// (but "The Council's community grants budget for 2026/27
				// is £15,000" is its fund's, and "The Trust has $1.4
				// million available for community grants" what it gives)
				isLimit = false
			}
			if isLimit && (hasAnyWord(tail(fullLeftLow, 40), []string{"towards", "toward"}) || strings.HasSuffix(strings.TrimRight(fullLeftLow, " "), "as part of a") || containsAny(s.low, []string{"including contributions", "including match", "including partner", "including industry", "including private"})) {
				// "receives £412,000 towards a scheme worth £820,000 in
				// total", "Including contributions from industry
				// partners, the total value of the programme is £8.9m":
				// what a project costs, not a fund's budget
				isLimit = false
			}
			if isLimit && sentFund == "" && hasAnyPrefix(s.low, "the project ", "the consortium ", "the study ", "the partnership ", "the programme of work ") {
				// "The project has a total budget of €8.3 million": what a
				// project costs, not a fund's budget
				continue
			}
			if isLimit && fund == "" {
				// "Horizon Europe is the EU's €95.5 billion research and
				// innovation programme": the subject names the fund
				if k := strings.Index(s.low[:m.QStart], " is the "); k > 0 {
					if n := leadingProper(s.text[:k]); n != "" && n == cleanName(stripDeterminer(s.text[:k])) && !isFunder(n) {
						fund = a.funds.add(n)
					}
				}
			}
			if isLimit && sentFund == "" && (hasAnyWord(tail(fullLeftLow, 50), []string{"capital", "revenue", "spending", "housing", "highways"}) || strings.Contains(tail(fullLeftLow, 40), "against a ")) &&
				!(hasAnyPrefix(s.low, "the scheme ", "the fund ", "the programme ", "the program ", "the grant ", "it ") && reAvailable.MatchString(lowRight)) {
				// a council's own capital programme or budget is no fund;
				// nor is the budget spending is measured "against" (but
				// "The scheme is paid for from the council's capital
				// programme, with £180,000 available" is the scheme's)
				isLimit = false
			}
			// "closing on 30 September" is a deadline, not a closure
			closing := (hasWord(s.low, "closing") || hasWord(s.low, "closed")) && fundClosing(s.low)
			if isLimit && (closing || hasAnyWord(s.low, []string{"scrapped", "axed", "abolished", "cancelled", "canceled", "withdrawn", "paused", "wound", "shelved", "halved", "slashed"})) {
				isLimit = false // a fund being cut or closed states no budget to watch
			}
			if isLimit {
				// "the department's £95 million Blue Economy Fund": the
				// fund named right after the figure owns it
				for _, h := range hits {
					if h.start >= m.End && h.start <= m.End+2 {
						fund = a.funds.resolve(a.funds.canonical(h.name))
					}
				}
				// "... under Horizon Europe, the EU's research programme
				// worth €95.5 billion": the fund just before "worth" owns it
				if h, ok := attributiveFund(s.low, hits, m.QStart); ok {
					fund = a.funds.resolve(a.funds.canonical(h.name))
				}
				// "The £4m fund, backed by the combined authority’s
				// Investment Fund, offers grants": the fund the page is
				// about, not its backer
				if fund != "" && a.funds.parent[fund] && a.prevFund != "" && !a.funds.parent[a.prevFund] && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "fund", "programme", "program", "scheme") {
					fund = a.prevFund
				}
				// "available ... to 28 projects" and "to be shared between
				// 40 groups" are rounds, not budgets
				if c := projectCountAfterPrep(lowRight); c > 0 && !containsAny(head(lowRight, 40), []string{" up to ", " as many as "}) {
					// (but "£1.5m available for up to 20 fellowships" is
					// what the fund can give, however many it funds)
					a.addRound(s, m, sentRound, sentRecap, c, fund)
					continue
				}
				if p, np := objectPhrase(right); np != "" && (p == "between" || p == "among" || p == "amongst" || p == "to" && !toVerbPurpose("to "+asciiLower(np)) && !reToSpend.MatchString(lowRight)) {
					// ("which has £400,000 to spend this financial year on
					// helping residents and the organisations ...": money to
					// spend is a budget, whoever it helps)
					// a group without a count given money "available" is the
					// budget ("£421m is being made available to county councils")
					if _, g, c, _ := a.resolveObject(np, p); g && (c > 0 || !reAvailable.MatchString(lowRight)) {
						a.addRound(s, m, sentRound, sentRecap, c, fund)
						continue
					}
				}
				scope := "fund"
				if strings.TrimSpace(lowRight) == "of the" && i+1 < len(amounts) && hasAnyPrefix(strings.TrimLeft(ofPart(" x x"+s.low[amounts[i+1].End:]), " "), "remains ", "remain ", "is still ", "are still ") {
					// "£1.688m of the £8m programme budget remains
					// available": what is left of it
					scope = "remaining"
				}
				if m.Qual == "up to" && (strings.Contains(lowRight, " per ") || strings.Contains(lowRight, " each") || strings.Contains(lowRight, " a project") || strings.Contains(lowRight, " a bid")) {
					scope = "per_bid"
				}
				if m.Qual == "up to" && strings.HasSuffix(strings.TrimRight(lowLeft, " "), " of") && hasAnyPrefix(strings.TrimLeft(lowLeft, " "), "support ", "help ", "funding for ", "grants for ", "a grant for ") {
					// "Support for preparing plans of up to £30,000 is
					// available": what one applicant may get
					scope = "per_bid"
				}
				if m.Qual == "up to" && hasAnySuffix(strings.TrimRight(lowLeft, " "), " payment of", " grant of", " award of", " grants of", " awards of", " payments of") {
					// "A further payment of up to £400 is available": what
					// one household or group may get
					scope = "per_bid"
				}
				window := s.text[ls:re]
				for _, c := range []string{", taking ", ", bringing "} {
					// "..., taking the programme to its full £45m": the
					// period said before the comma is not the total's
					if k := strings.LastIndex(s.text[ls:m.QStart], c); k >= 0 {
						window = s.text[ls+k+2 : re]
					}
				}
				if colon > 0 && ls == colon+2 && strings.TrimSpace(s.text[ls:m.QStart]) == "" {
					// "Open Grants budget for 2025/26: £300,000": the
					// label says for when
					window = s.text[prevEnd:re]
				}
				if fund == "" && len(a.funds.names) == 0 && !hasAnyWord(s.low, []string{"grant", "grants", "fund", "funds", "funding", "scheme", "programme", "program", "award", "awards", "bid", "bids", "applications", "round", "pot", "available", "call"}) {
					// "Governors have set a budget of £2.4m for 2025/26" on
					// a page naming no fund: a body's own budget
					continue
				}
				a.addLimit(s, window, m, fund, scope, 0.75)
				continue
			}
		}

		if perBid && !negative {
			a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
			continue
		}

		grants := 0 // "five grants worth": how many the figure totals
		if !negative && !subjFound {
			grants = countedGrants(lowLeft)
		}
		// "Imperial College London has four centres worth £33 million"
		// "The University of Nottingham will lead work worth £2.5
		// million": the body leading the work it is given
		if !negative && !subjFound && grants == 0 && (countedThings(lowLeft) > 0 || ledWorkWorth(lowLeft)) {
			if r := a.holderOf(s.text[ls:m.QStart]); r != "" {
				recip, subjFound, conf = r, true, 0.7
			}
		}
		// "approved five grants worth £412,000": a pot over several grants
		if grants > 0 {
			if colon > 0 && colon < m.QStart {
				// "Local Roots: 371 grants totalling £2,604,300": the
				// programme named by the label
				if lbl := strings.TrimSpace(s.text[:colon]); strings.Contains(lbl, " ") && leadingProper(lbl) == lbl && !orgName(lbl) && !isFunder(lbl) {
					fund = a.funds.add(lbl)
				}
			}
			if n := lastWordLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(lowLeft, " "), "worth"))); awardKinds[n] || n == "together" || n == "are" {
				// "..., and the four fellowships are worth £782,700": the
				// page's fund of that kind, not the sentence's first
				if f := a.funds.endingIn(wordBeforeWorth(lowLeft)); f != "" {
					fund = f
				}
			}
			a.addRound(s, m, sentRound, sentRecap, grants, fund)
			continue
		}

		// "Total approved at this meeting: GBP 72,000 (5 grants)": a
		// label that totals what was given
		if !subjFound && !negative && colon > 0 && ls == colon+2 && strings.TrimSpace(s.text[ls:m.QStart]) == "" {
			if lbl := asciiLower(strings.TrimSpace(s.text[prevEnd:colon])); strings.HasPrefix(lbl, "total ") && hasAnyWord(lbl, []string{"approved", "awarded", "granted", "allocated", "committed", "grants", "awards"}) && !hasAnyWord(lbl, []string{"requested", "applied", "sought", "cost", "costs"}) {
				a.addRound(s, m, sentRound, sentRecap, count, fund)
				continue
			}
		}
		if containsAny(tail(fullLeftLow, 30), []string{"bids totalling", "bids worth", "applications totalling", "applications worth", "requests totalling", "bids for a total of"}) && !hasAnyWord(s.low, []string{"successful", "approved", "awarded", "funded"}) {
			continue // "bids totalling £62 million were received": demand
		}
		if !subjFound && !negative && sentRound > 0 && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "awarded in the ", "allocated in the ", "granted in the ", "awarded through the ", "awarded under the ") && len(findRounds(head(lowRight, 60))) > 0 {
			// "... will restore historic storefronts with $1,842,600
			// awarded in the third funding cycle of ...": the cycle's
			// total
			a.addRound(s, m, sentRound, sentRecap, count, fund)
			continue
		}
		if !negative && hasAnySuffix(strings.TrimRight(lowLeft, " "), " shared out", " handed out", " given out", " distributed", " paid out", " made", " awarded", " approved", " agreed") {
			// "Gisburn Forest Parish Council has shared out £2,430 in three
			// grants from its Community Chest": a batch of grants
			if r, ok := strings.CutPrefix(strings.TrimLeft(lowRight, " "), "in "); ok {
				if n, w := countWord(r); n > 1 && w > 0 && hasAnyPrefix(strings.TrimLeft(r[w:], " "), "grants", "awards", "small grants", "separate grants", "new grants") {
					a.addRound(s, m, sentRound, sentRecap || past, n, fund)
					continue
				}
			}
		}
		// Round totals stated as "come to £40m" in a sentence about a round.
		if !subjFound && (sentRound > 0 || awardsSubject(lowLeft)) && reRoundTotal.MatchString(tail(lowLeft, 40)) && !negative {
			a.addRound(s, m, sentRound, sentRecap, count, fund)
			continue
		}

		// Continuations ("..., and expects a further £2.44m in 2017-18")
		// belong to the award before them.
		if continuation && len(sentAwards) > 0 {
			last := &a.awards[sentAwards[len(sentAwards)-1]]
			recip = last.award.Recipient
			subjFound = recip != ""
			conf = last.award.Evidence.Confidence
		}

		// "Kessler Valley School District asked for $2.4 million and
		// received $640,000", "X had asked for £40,000 ... but was given
		// £25,000": the sentence's subject gets the second figure
		if recip == "" && i > 0 && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " and received", " but received", " and got", " but got", " and was given", " but was given", " and was awarded", " but was awarded", " but was offered", " and was offered", " but won", " and won", " and secured", " but secured") &&
			containsAny(s.low[:amounts[i-1].QStart], []string{"asked for", "applied for", "bid for", "sought", "requested", "had asked", "wanted"}) {
			if n := leadingProper(s.text); n != "" && !isFunder(n) && !a.isFundName(n) {
				recip, subjFound, conf, negative = a.expand(n), true, 0.75, false
			}
		}
		// "X gets £240,000 and folk outfit Tidewrack Music £165k": the
		// verb is left out, the name stands before the figure
		if !subjFound && !negative && len(sentAwards) > 0 && i > 0 {
			if gap := strings.TrimSpace(s.text[prevEnd:m.QStart]); strings.HasPrefix(gap, "and ") && countFields(gap, 9) <= 8 {
				if n := trailingProper(gap); n != "" && strings.HasSuffix(gap, n) && !isFunder(n) && !hasAnyWord(asciiLower(gap), []string{"is", "are", "was", "were", "has", "have", "will", "gets", "get", "receives", "receive", "received", "won", "wins"}) {
					recip, subjFound, conf = n, true, 0.7
				}
			} else if lg := asciiLower(gap); hasAnySuffix(lg, " and", ", and") && hasAnyPrefix(lg, "from ", "in ", "through ", "under ", "via ") && countFields(gap, 9) <= 8 &&
				!strings.ContainsAny(lg, "0123456789") && !strings.Contains(lg, "year") && !hasAnyPrefix(strings.TrimLeft(lowRight, " "), "for ", "to ", "towards ") &&
				!hasAnyWord(lg, []string{"is", "are", "was", "were", "has", "have", "will", "would", "gets", "get", "receives", "receive", "received", "won", "wins", "costs", "cost", "match", "matched", "total", "which", "who", "while"}) {
				// "X will receive $412,800 in federal funding and $344,000
				// from the province", "£A from the Towns Fund and £B from
				// the Levelling Up Fund": a second sum to the same grantee
				recip, subjFound, conf = a.awards[sentAwards[len(sentAwards)-1]].award.Recipient, true, 0.7
				if r := strings.TrimLeft(right, " "); hasPrefixFold(r, 0, "from the ") {
					if f := a.knownFundIn(r[len("from the "):]); f != "" {
						fund = a.funds.resolve(f)
					}
				}
			} else if k := strings.LastIndex(gap, ", "); k >= 0 && wholeName(gap[k+2:]) && !isFunder(gap[k+2:]) && !hasAnyWord(asciiLower(gap[:k]), []string{"is", "are", "was", "were", "has", "have", "will", "said", "says"}) {
				// "Wearside Hospice receives £520,000 for en-suite rooms,
				// Tynedale Hospice at Home £340,000 for a new base": a name
				// alone after the comma, its verb understood
				recip, subjFound, conf = cleanName(gap[k+2:]), true, 0.7
			}
		}

		// Recipient from the object: "£2m for West Midlands Police",
		// "£14.8m ... goes to a Metropolitan Police-led project".
		prep, np := objectPhraseLow(right, lowRight)
		if prep == "" && (fundGrantAfter(lowRight) || namedGrantTo(lowRight)) {
			// "a £1,630,000 National Lottery Heritage Fund delivery grant
			// to the Bann Valley Mill Trust": who the grant is to comes
			// after the fund's name and the grant
			if k := grantWordEnd(lowRight); k > 0 {
				prep, np = objectPhraseLow(right[k:], lowRight[k:])
			}
		}
		if prep == "" && fromFundEnd > m.End && fromFundEnd < re {
			// "£21.5m from the City Region Sustainable Transport
			// Settlement for four bus schemes": what it is for comes
			// after the fund it comes from
			prep, np = objectPhraseLow(s.text[fromFundEnd:re], s.low[fromFundEnd:re])
		}
		helped := ""
		if r := strings.TrimLeft(right, " "); prep == "to" && strings.HasPrefix(np, "help ") && hasPrefixFold(r, 0, "to help ") {
			// "approved £50,000 to help Leeds Food Bank expand its
			// warehouse", "£1,250,000 to help the paediatric intensive
			// care unit (PICU) at Castlebridge Children's Hospital grow":
			// the body helped
			helped = helpedBody(r[len("to help "):])
		}
		if prep == "" && funderActive && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "in ") {
			// "is investing £500m in 65 centres"
			prep, np = "to", strings.TrimLeft(right, " ")[3:]
		}
		purpose := ""
		objRecip, objGeneric, objCount := "", false, 0
		if np != "" && strings.HasPrefix(lowRight, " in ") && hasAnyWord(lastWordLower(cutClause(np)), []string{"grants", "funding", "awards"}) {
			// "approve $1.06 million in Community Parks Partnership
			// grants": the fund's batch, named by the fund
			objGeneric = true
		} else if np != "" {
			objRecip, objGeneric, objCount, purpose = a.resolveObject(np, prep)
			if k := placeBodyFor(objRecip); k > 0 {
				// "£6.8m to Huntingdonshire District Council for the St
				// Neots Eastern Gateway", "to the City of Augusta for Water
				// Street": a place's council, then what the money is for (a
				// place's council has no "for" in its name)
				purpose = cleanPurpose(strings.TrimSpace(objRecip[k+len(" for "):] + " " + purpose))
				objRecip = objRecip[:k]
			}
			if helped != "" {
				objRecip, objGeneric, objCount, purpose = a.expand(helped), false, 0, ""
			}
			if prep == "for" && objRecip != "" && sentFund != "" && strings.HasPrefix(strings.ToLower(sentFund), strings.ToLower(objRecip)+" ") && fundHeads[lastWordLower(sentFund)] {
				// "confirming an indicative allocation of £1,930,000 for
				// the Holiday Activities and Food programme": the fund the
				// money comes under, no grantee; the council the letter
				// was written to, when it says so
				objRecip = ""
				if containsAny(s.low, []string{"written to the council", "to the council confirming", "informed the council", "notified the council"}) {
					objRecip = a.titleOrg("council")
				}
			}
			if fiscalLabel(objRecip) {
				objRecip = "" // "will provide $3.2 million in FY2027": a year, not a grantee
			}
		}
		if !subjFound && !negative && spanYears(head(lowRight, 30)) > 1 && hasAnyWord(tail(fullLeftLow, 30), []string{"appropriated", "budgeted", "provided", "provides", "allocated", "committed", "commits"}) {
			// "Budget 2026 provided $110 million over four years, starting
			// in 2026–27, for the Prairie Clean Manufacturing Initiative":
			// the initiative's budget over its life
			if k := strings.Index(head(lowRight, 90), ", for the "); k >= 0 {
				if f := a.knownFundIn(right[k+len(", for the "):]); f != "" {
					a.addLimit(s, s.text[ls:m.End], m, a.funds.resolve(a.funds.add(f)), "fund", 0.6)
					continue
				}
			}
		}
		if objRecip != "" && !subjFound && !negative && a.isFundName(objRecip) && (prep == "for" || prep == "to") && (hasAnyWord(tail(fullLeftLow, 40), []string{"appropriated", "appropriates", "budgeted", "provided", "set aside", "earmarked", "allocated", "committed", "confirmed", "pledged"}) ||
			hasAnyWord(tail(fullLeftLow, 20), []string{"includes", "include", "including"}) && strings.Contains(s.low, "budget")) {
			// ("Funding is available in the Adopted Budget, ..., which
			// includes $300,000 for the X Program")
			// "Council appropriated $75,000 for the Neighborhood Arts
			// Microgrant Program", "€40 million has been provided for the
			// scheme": money put into a fund is its budget
			a.addLimit(s, s.text[ls:re], m, a.funds.resolve(a.funds.add(objRecip)), "fund", 0.6)
			continue
		}
		if objRecip != "" && funderActive && !subjFound && !negative && prep == "to" && (a.isFundName(objRecip) || programmeNouns[lastWordLower(objRecip)] && isProperWord(finalWord(objRecip)) && strings.Contains(objRecip, " ") && !strings.Contains(asciiLower(np), " led by ")) &&
			(hasAnyWord(tail(fullLeftLow, 30), []string{"committed", "commits", "committing", "pledged", "earmarked", "allocated"}) || spanYears(lowRight) > 0 || strings.Contains(lowRight, " between 20")) {
			// "The Scottish Government has committed £25 million to the
			// Island Homes Pathfinder over the next five years", "NIHR has
			// committed £50 million to Prevention Research Partnerships
			// between 2026 and 2031": the programme's budget
			a.addLimit(s, s.text[ls:re], m, a.funds.resolve(a.funds.add(objRecip)), "fund", 0.6)
			continue
		}
		if objRecip != "" && funderActive && !subjFound && !negative && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "in ") && strings.Contains(objRecip, " ") && programmeNouns[lastWordLower(objRecip)] && isProperWord(finalWord(objRecip)) {
			// "NERC is investing £18.5 million in the Resilient Coasts
			// Hubs": a named programme of several, its batch
			a.addRound(s, m, sentRound, sentRecap, count, a.funds.resolve(a.funds.add(objRecip)))
			continue
		}
		if objRecip != "" && !subjFound && !negative && (prep == "for" || prep == "to") && a.isFundName(objRecip) && strings.HasSuffix(strings.ToLower(objRecip), "fund") {
			if k := strings.Index(lowRight, strings.ToLower(objRecip)); k >= 0 && hasAnyPrefix(strings.TrimLeft(lowRight[k+len(objRecip):], " "), "grants", "awards") {
				// "approves $2.4 million in Opportunity Fund grants": the
				// fund's grants, a batch
				a.addRound(s, m, sentRound, sentRecap, count, a.funds.resolve(a.funds.add(objRecip)))
				continue
			}
			// "The government has confirmed £900 million for the Local
			// Prosperity Fund in 2025/26": money for a fund is its budget
			// (but not what donors gave it: "1,900 individuals have
			// donated $312,000 to the Wildfire Hardship Fund")
			if !donated(fullLeftLow) {
				a.addLimit(s, s.text[ls:re], m, a.funds.resolve(a.funds.add(objRecip)), "fund", 0.6)
			}
			continue
		}
		// "Onward Homes was given £3.2m and Riverside £2.6m"
		if !subjFound && len(sentAwards) > 0 && !negative {
			l := strings.TrimSpace(s.text[prevEnd:m.QStart])
			ll := asciiLower(l)
			for _, c := range []string{", and ", "and ", ", while ", "while ", ", "} {
				if strings.HasPrefix(ll, strings.TrimLeft(c, " ")) || strings.HasPrefix(ll, c) {
					rest := strings.TrimSpace(l[len(strings.TrimLeft(c, " ")):])
					if strings.HasPrefix(ll, c) {
						rest = strings.TrimSpace(l[len(c):])
					}
					if n := leadingProper(rest); n != "" && n == cleanName(stripDeterminer(rest)) && !isFunder(n) {
						recip, subjFound, conf = a.expand(n), true, 0.7
					}
					break
				}
			}
		}
		// "X is the biggest winner, with £6.7m"
		if !subjFound && !negative {
			if r := a.winnerWith(s.text[ls:m.QStart]); r != "" {
				recip, subjFound, conf = r, true, 0.75
			}
		}
		if !subjFound && !negative && prevSubj != "" && coordinatedGrant(s.low[amounts[i-1].End:m.QStart], lowRight) {
			// "The City of Mountain View is receiving a $1,450,000 ...
			// Loan and a $150,000 Community Facilities grant": the same
			// subject's second figure
			recip, subjFound, conf = prevSubj, true, 0.7
		}
		if subjFound && !generic && recip != "" {
			prevSubj = recip
		}
		// List items and labelled lines: "Riverside Trust: £5,000 for ..."
		labelRecip := ""
		// (a list item's subject that names no one, "Pelham Cross
		// Foodbank – first place with 2,418 tokens, receiving £1,500",
		// leaves the label to say who)
		if !subjFound || recip == "" && !generic && s.kind == kindListItem {
			labelRecip = labelBefore(s.text[prevEnd:m.QStart], s.text[m.End:])
			if labelRecip == "" && s.kind == kindListItem && i == 0 {
				// "Riverside Trust £5,000"
				if b := strings.TrimSpace(s.text[:m.QStart]); b != "" && len(strings.Fields(b)) <= 8 {
					if n := leadingProper(b); n != "" && n == cleanName(stripDeterminer(b)) && !isFunder(n) && !labelWords[strings.ToLower(n)] {
						labelRecip = n
					}
				}
			}
			if labelRecip != "" && (totalLabel(asciiLower(labelRecip)) || acrossCount(lowRight) || countryNames[asciiLower(labelRecip)]) {
				// "Total SLFRF award: $32.1 million", "Arts: £2.7m across
				// 41 grants", "Kenya: $1.2m": a sum, or a country's
				// share, no grantee
				labelRecip = ""
			}
			if labelRecip == "" {
				labelRecip = a.possessiveGrant(s.text[prevEnd:m.QStart], lowRight)
			}
			if labelRecip == "" && determinerEnd(lowLeft) {
				labelRecip = a.grantSecuredBy(s.text[m.End:], s.low[m.End:])
			}
			if labelRecip == "" && i == 0 && strings.TrimSpace(s.text[:m.QStart]) == "" {
				// "<p><strong>£298,450</strong> · University of
				// Birmingham</p>": a card's figure, then who holds it
				labelRecip = figureThenName(s.text[m.End:])
			}
			if labelRecip == "" && determinerEnd(lowLeft) {
				// "A £2.8 million partnership at Swansea University will
				// develop ...": the body the project is at
				labelRecip = projectHeldAt(s.text[m.End:])
			}
			// (or in the clause after an earlier figure's: "£20 million
			// was shared between providers and Severnside's allocation
			// was £546,000")
			if labelRecip == "" && ((i == 0 || strings.Contains(s.low[prevEnd:m.QStart], " and ")) && (strings.Contains(s.low[prevEnd:m.QStart], "'s ") || strings.Contains(s.low[prevEnd:m.QStart], "’s ")) || strings.Contains(s.low[prevEnd:m.QStart], "our ")) {
				labelRecip = a.ownersAllocation(s.text[prevEnd:m.QStart], s.low[prevEnd:m.QStart], s.low)
				if labelRecip != "" && m.Min > 0 && strings.HasSuffix(strings.TrimRight(lowLeft, " "), " from") {
					m.Min, m.Qual = 0, "" // the new allocation, not a range
				}
			}
			if labelRecip != "" && i+1 < len(amounts) && hasAnyPrefix(lowRight, " in total:", " in total -", " in total –", " in all:") {
				// the parts that follow are the awards, not the total
				totalName = labelRecip
				continue
			}
			if labelRecip == "" && totalName != "" && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), "total: a", "total: an", " and a", " and an", ": a", ": an") {
				labelRecip = totalName
			}
			if labelRecip == "" && i == 0 && a.lastLed != "" && s.order-a.ledOrder == 1 && labelLine(s.text) {
				// "Consortium led by Groene Hart University. Funding: €1.45
				// million.": the lead just named
				labelRecip = a.lastLed
			}
			if labelRecip == "" && i == 0 && a.itemLabel != "" && s.order-a.itemOrder <= 8 && resolvedToAward(s.low[:m.QStart]) &&
				!hasAnyPrefix(strings.TrimLeft(lowRight, " "), "be made to ", "be awarded to ", "be paid to ", "be given to ", "be offered to ", "to ") {
				// "Ashwell Magna Cricket Club – request for £3,000 ...
				// RESOLVED to award a grant of £3,000": the item's
				// applicant, after what was said of the bid (a
				// resolution that names its grantee speaks for itself)
				labelRecip = a.itemLabel
			}
			// "the £2.5m we secured from the Levelling Up Fund": the
			// publisher's own award
			if r := strings.TrimLeft(lowRight, " "); labelRecip == "" && (strings.HasPrefix(r, "we ") || strings.HasPrefix(r, "that we ")) && hasAnyWord(head(r, 30), []string{"secured", "won", "received", "awarded", "got", "obtained", "landed", "were given"}) {
				// (in a quote, the speaker's body: "The 4.8 million pounds
				// we have been awarded will let us ...," said Professor
				// Ruth Abernethy, Northwold's vice-chancellor)
				labelRecip = a.speakerOrg(s.text)
				if labelRecip == "" {
					labelRecip = a.publisherOrg()
				}
			}
			// "(a) accepts the grant of £846,000 offered by ...", "to
			// accept a grant of £X from ...": the body whose report it is
			if labelRecip == "" && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), "accepts the grant of", "accept the grant of", "accepts a grant of", "accept a grant of", "accepting the grant of", "accepting a grant of", "acceptance of the grant of", "acceptance of a grant of") {
				labelRecip = a.publisherOrg()
			}
			// "Dr Samira Khouri, of the School of Music, wins a place on
			// the Future Research Leaders Fellowships scheme. Her
			// fellowship, worth £1,124,880 ...": the researcher just named
			if labelRecip == "" && i == 0 && a.lastPerson != "" && s.order-a.lastPersonOrder <= 2 && hasAnyPrefix(s.low, "her ", "his ", "their ") && hasAnySuffix(strings.TrimRight(s.low[:m.QStart], " "), "fellowship, worth", "grant, worth", "award, worth", "prize, worth", "studentship, worth", "fellowship is worth", "grant is worth", "award is worth") {
				labelRecip = a.lastPerson
			}
			// "the Parish Council's bid to the Community Chest ... had
			// been successful, with a grant of £2,400": the bidder
			if labelRecip == "" && hasAnySuffix(strings.TrimRight(fullLeftLow, " "), "with a grant of", "with an award of", "with funding of", "securing", "winning") && strings.Contains(fullLeftLow, "successful") {
				labelRecip = a.bidOwner(s.text[:m.QStart])
			}
		}

		// "Grants of £4,000 each go to Blyth Valley Bowls Club, to ...,
		// and to Seaton Carew Allotment Society, for ...": one award each
		if !subjFound && !negative && len(eachRecips) == 0 && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "each ") {
			if names := eachGoTo(s.text[m.End:nextStart]); len(names) > 1 {
				eachRecips, recip = names, names[0]
				subjFound, conf = true, 0.7
				purpose, np = "", "" // each name has its own purpose
			}
		}
		if negative && !sentRefused && labelRecip != "" && s.kind == kindListItem {
			// a list item's label names the recipient; a negative word in
			// its project title ("how local tax bases shape ...") is no
			// cue, nor one in a description set after the figure as a
			// field of its own ("GBP 12,000 Affordable loans outreach")
			rw := purposeCut(head(lowRight, 30))
			if r := strings.TrimPrefix(strings.TrimLeft(right, " "), "each "); r != "" && r[0] >= 'A' && r[0] <= 'Z' {
				rw = ""
			}
			if !negativeWindow(tail(fullLeftLow, 12) + " # " + rw) {
				negative = false
			}
		}
		if c := eachOfBefore(s.low[prevEnd:m.QStart]); c > 1 && (!subjFound || generic) && !negative {
			// "..., with each of the three networks receiving £9 million":
			// every one's figure, the names in a sentence before or after
			if names := a.namesBefore(c); len(names) == c {
				for _, n := range names {
					sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.6, sentRound))
				}
			} else {
				a.pendingEach = &pendingEach{m: m, count: c, fund: fund, round: sentRound, order: s.order}
			}
			continue
		}
		ctxOK := s.kind == kindListItem || sentCtx
		if objRecip == "" && prep == "towards" && !subjFound && (fund != "" || a.lastFund != "") && figureOpens(s.text[:m.QStart]) {
			// "£980 towards new tools, gloves and a first aid kit for Mill
			// Pond Conservation Volunteers": what for, then for whom
			if k := strings.LastIndex(cutClause(np), " for "); k > 0 {
				if n := leadingProper(np[k+len(" for "):]); n != "" && orgName(n) && !isFunder(n) {
					objRecip, prep = a.expand(n), "to"
				}
			}
		}
		if !ctxOK && objRecip != "" && (prep == "to" || prep == "for" || prep == "into") && (fund != "" || a.lastFund != "") && (figureOpens(s.text[:m.QStart]) || i == 0 && adverbialOpener(s.text[:m.QStart]) || prep == "to" && strings.HasPrefix(lowRight, ", to ") || prep == "into") && orgName(objRecip) && !isFunder(objRecip) {
			// (or "In round three it was €750,000, to Inishcorra
			// Co-operative Society for a seaweed plant": the figure, then
			// who it went to)
			// "Big one! £15,000 over two years to Northgate Community
			// Fridge so they can stay open", a funder's post on a page of
			// its fund: a line that opens with the figure and gives it to
			// a body
			ctxOK = true
		}
		if !ctxOK && objRecip != "" && prep == "to" && (fund != "" || a.lastFund != "") && !isFunder(objRecip) && !negative &&
			(i == 0 && (figureOpens(s.text[:m.QStart]) || adverbialOpener(s.text[:m.QStart])) && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "went to ", "goes to ", "will go to ", "has gone to ", "is going to ") ||
				// "... and £740,000 to the Lyndhurst Almshouse Charity":
				// the series goes on
				i > 0 && len(sentAwards) > 0 && amounts[i-1].End < m.QStart && strings.HasSuffix(strings.TrimRight(s.low[amounts[i-1].End:m.QStart], " "), " and")) {
			// "£2.6m went to Tamar Rural Housing", on a page about a fund
			ctxOK = true
		}
		if !objGeneric && objRecip == "" && fund != "" && strings.HasSuffix(strings.TrimRight(lowLeft, " "), " through") && strings.HasPrefix(lowRight, " in "+strings.ToLower(fund)) {
			// "Students in 12 school districts will get faster access to
			// counsellors through $9.25 million in Student Mental Health
			// Capacity Grants": the fund's batch
			ctxOK, objGeneric = true, true
		}
		if !negative && !subjFound && i == 0 && strings.HasPrefix(s.text, "At ") && hasAnySuffix(fullLeftLow, "a grant of ", "an award of ", "a grant worth ", "grant funding of ") && !toRecipients(lowRight) {
			// "At Otterhay Farm CIC, where adults with learning
			// disabilities work, a grant of £12,000 will pay for a
			// shelterbelt": the place the sentence opens at holds it
			if n := leadingProper(s.text[3:]); n != "" && !isFunder(n) && (orgName(n) || anonNouns[lastWordLower(n)]) {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.7, sentRound))
				continue
			}
		}
		if !negative && !subjFound && eachTo(lowRight) {
			// "... after the council pledged £15,000 to each project
			// through its crowdfunding scheme", then "The four projects
			// backed in round three are:" over the list of them
			c := count
			if c < 2 {
				c = 0
			}
			a.pendingEach = &pendingEach{m: m, count: c, fund: fund, round: sentRound, order: s.order, list: strings.HasSuffix(strings.TrimSpace(s.text), ":")}
			continue
		}
		if !negative && eachOfWhich(fullLeftLow) {
			// "The companies joining, each of which will receive £25,000,
			// are:" over the list of them; "has picked the ten companies
			// ..., with each receiving £25,000": each one's figure, the
			// names told apart from it
			c := count
			if c < 2 {
				c = 0
			}
			a.pendingEach = &pendingEach{m: m, count: c, fund: fund, round: sentRound, order: s.order, list: strings.HasSuffix(strings.TrimSpace(s.text), ":")}
			continue
		}
		role := roleNone
		if colon > 0 && colon < m.QStart && !sentRefused && bodyDecided(s.low[colon:m.QStart]) {
			// "Ryecombe Thatching Collective: requested £30,000; trustees
			// approved £18,000": the body decided the item's grant
			if lbl := cleanName(s.text[:colon]); lbl != "" && leadingProper(lbl) == lbl && strings.Contains(lbl, " ") && !isFunder(lbl) {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(lbl), "", fund, 0.7, sentRound))
				continue
			}
		}
		if !negative && recip == "" && objRecip == "" && labelRecip == "" && governmentFigure(s.low[prevEnd:m.QStart], lowRight, len(a.projPending) > 0) {
			// "The Government of Canada is investing $6,412,000 in this
			// project": whose project, the paragraph says later
			a.projPending = append(a.projPending, projFigure{s: s, m: m, fund: fund, round: sentRound})
			continue
		}
		fundersPub := "" // the publisher a funders list gives each line's grant to
		if labelRecip != "" && !negative && a.fundersSection && (s.kind == kindListItem || s.kind == kindSentence && s.first && i == 0) {
			fundersPub = a.publisherOrg()
		}
		thanked := "" // the giver a post thanks for the figure
		if !negative && !subjFound && objRecip == "" && labelRecip == "" && (strings.Contains(fullLeftLow, "thank") || strings.Contains(fullLeftLow, "grateful")) {
			thanked = thankedFor(s.text[prevEnd:m.QStart], fullLeftLow, lowRight)
		}
		switch {
		case subjFound && generic && sentFund == "" && additionalSupport(lowRight):
			// "Police forces will receive £20m of additional funding":
			// a budget line
			role = roleNone
		case subjFound && (generic && strings.Contains(svAux, "each") || hasPrefixFold(strings.TrimSpace(s.text[prevEnd:m.QStart]), 0, "each of ")) && len(dashNames(s.text[prevEnd:m.QStart])) > 1:
			// "Three smaller schemes – A, B and C – will each receive
			// £45,000": the names between the dashes
			for _, n := range dashNames(s.text[prevEnd:m.QStart]) {
				sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.75, sentRound))
			}
		case subjFound && generic && (strings.Contains(svAux, "each") || eachSubj):
			// "Three units will each receive £1.2m": per recipient, not a
			// total; the names may follow in the next sentence
			role = roleNone
			if names := pluralNamed(s.text[prevEnd : prevEnd+svEnd]); len(names) > 1 && !negative {
				// "Dellbrook and Eskerby councils will each receive £1.2
				// million": one award to each place named
				for _, n := range names {
					sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.7, sentRound))
				}
				continue
			}
			if h := a.countedAt(s.text[prevEnd : prevEnd+svEnd]); h != "" && gcount > 1 && gcount <= 10 && !negative {
				// "Three further projects at the university will each
				// receive $450,000": three awards to the university
				for range gcount {
					k := a.addAward(s, m, h, "", fund, 0.6, sentRound)
					a.awards[k].repeat = true
					sentAwards = append(sentAwards, k)
				}
				continue
			}
			if names := a.namesBefore(gcount); gcount > 1 && len(names) == gcount && !negative {
				// "Three networks will be led by A, B and C. ... each of
				// the three networks receiving £9 million"
				for _, n := range names {
					sentAwards = append(sentAwards, a.addAward(s, m, a.expand(n), "", fund, 0.6, sentRound))
				}
				continue
			}
			if (gcount > 1 || eachSubj || strings.HasSuffix(strings.TrimSpace(s.text), ":")) && !negative {
				// (and "The following groups each receive £3,000 ...:",
				// however many the list holds)
				a.pendingEach = &pendingEach{m: m, count: gcount, fund: fund, round: sentRound, order: s.order, list: strings.HasSuffix(strings.TrimSpace(s.text), ":")}
			}
		case subjFound && generic:
			role = roleRound
		case subjFound && recip != "" && negative && (earnVerbs[svVerb] || hasAnyWord(purposeCut(head(lowRight, 50)), []string{"contract", "job", "deal", "tender"})):
			// "Independent UK films took £1.1 billion at the global box
			// office": takings, not a grant; "Hallstone lands £18.6m
			// Marshfield flood defence job": work won, not a grant
			role = roleNone
		case subjFound && recip != "":
			role = roleAward
			if spendVerb && (negative || !(a.recipients[strings.ToLower(recip)] && svVerb != "invest" && svVerb != "invests") && !((svVerb == "use" || svVerb == "uses") && (sentCtx || a.lastFund != "") && useToPurpose(lowRight)) &&
				// "Glastonbury Canoe Club will spend its £4,800 on a
				// trailer": on a page about a fund, its grant
				!((svVerb == "spend" || svVerb == "spends" || svVerb == "spent" || svVerb == "use" || svVerb == "uses" || svVerb == "used") && (sentCtx || a.lastFund != "") && hasAnySuffix(strings.TrimRight(lowLeft, " "), " its", " their") && !institutionalSubject(fullLeftLow[:svEnd])) &&
				!((svVerb == "put" || svVerb == "puts") && s.kind == kindListItem && (sentCtx || a.lastFund != "") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "towards ", "toward ", "into ")) &&
				// "Ozark Highlands Telephone Cooperative will use a
				// $9,800,000 ReConnect Program grant": the grant it got
				!((svVerb == "use" || svVerb == "uses" || svVerb == "used") && !negative && hasAnySuffix(strings.TrimRight(lowLeft, " "), " a", " an") && grantAfterModifiers(lowRight))) {
				// (in a list of successful bids, "a partnership led by X
				// will put £2.1 million towards the £6.8 million
				// reopening" is X's grant at work)
				// "the council will spend £2m", "will use £2m of its
				// reserves": its own money; but on a page about a fund,
				// "X will use £48,500 to install floodlights" tells X's
				// grant (while a grantee that "will invest £6.8m in a new
				// hall" puts in its own money too)
				role = roleNone
			}
		case a.blockLabel != "" && s.first && !negative && !acrossCount(lowRight) && !a.isFundName(a.blockLabel) && (i == 0 || i == 1 && requestedThenAwarded(s.text) > 0 && requestedThenAwarded(s.text) < m.QStart):
			recip, conf, role = a.blockLabel, 0.75, roleAward
			if names := splitNames(recip); len(names) > 1 && len(eachRecips) == 0 && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "each") {
				// "Grantees: A, B and C" over "Amount: $4,000 each"
				eachRecips, recip = names, names[0]
			}
			if objRecip != "" && (prep == "for" && orgName(objRecip) || prep == "to" && !objGeneric) && !orgName(recip) && !a.isFundName(objRecip) && strings.TrimSpace(s.text[:m.QStart]) == "" {
				// "<h4>Ardmore Shipyard Archive</h4><p>£612,000 for the
				// Clydeside Maritime Heritage Society to catalogue ...":
				// the heading names the project, the body its grantee;
				// "<h3>Donegal</h3><ul><li>€186,000 to Comharchumann
				// Iascaigh Árainn Mhór Teo. for ...": the place, the body
				recip, conf = objRecip, 0.7
			} else if labelRecip != "" && labelRecip != recip && (orgName(labelRecip) || namePlaceLine(s.text, labelRecip)) && !orgName(recip) && !a.isFundName(labelRecip) {
				// "<h2>Saltpans</h2><p>Leith Harbour Films, Edinburgh —
				// £350,000</p>": the heading names the work, the line the
				// company that makes it
				recip = labelRecip
			} else if !orgName(recip) {
				// "<h3>Safe Routes Home</h3><p>£55,000</p><p>Led by
				// Ardenshire Women's Aid Network, ...</p>": a project's
				// card, whose lead may follow
				cardLead = true
			}
		case a.sectionBody != "" && a.blockLabel == "" && i == 0 && !negative && recip == "" && objRecip == "" && labelRecip == "" && !objGeneric && sectionAnaphor(s.text[:m.QStart]):
			// "<h2>Harbour Street Bakery</h2><p>The bakery lost both of its
			// ovens ... A recovery grant of £18,400 has paid for
			// replacement ovens": the body the section's heading names
			recip, conf, role = a.sectionBody, 0.7, roleAward
		case colonRecip != "" && colon < m.QStart && !negative && !acrossCount(lowRight):
			recip, conf, role = colonRecip, 0.7, roleAward
			if forBodyAfter(objRecip, prep, np, colonRecip) && !a.isFundName(objRecip) {
				recip = objRecip // "Links Hall, Leven: £870,000 for Levenmouth Community Trust"
			}
			if objRecip != "" {
				// "leads two projects: £4m for the National Data
				// Exploitation Centre" names the project, not the lead
				purpose = objRecip
			}
		case fundersPub != "" && sameBody(labelRecip, fundersPub):
			// "Hensby Vale CC: £40,000" in the list of where the money
			// comes from, on Hensby Vale Cricket Club's page: its own share
			role = roleNone
		case fundersPub != "":
			// "Grant funders" over "Hallowell Family Foundation – £5,000
			// (2026/27)" on Brackenby Food Share's site: its funder's
			// grant to it
			recip, conf, role = fundersPub, 0.6, roleAward
			fund = a.funds.add(labelRecip)
		case labelRecip != "" && !negative && programmeLabel(labelRecip) && (m.Qual == "up to" || !hasAnySuffix(strings.ToLower(labelRecip), "scheme", "programme", "program") || genericFundWords[firstWordLower(labelRecip)] || hasAnyWord(asciiLower(labelRecip), []string{"total", "estimated", "available", "budget", "overall"})):
			// (but "Canterbury Student Night Safety Scheme .... £1,900" in
			// a list of grants is a grantee)
			// "Rural Transport Microgrants - up to GBP 2,500 for ...": a
			// programme's grants, not a grantee
			if m.Qual == "up to" {
				a.addLimit(s, s.text[ls:re], m, a.funds.add(labelRecip), "per_bid", 0.6)
			} else if len(rms) > 0 && rms[0].end <= m.QStart {
				// "The Electrification Scale-up Fund’s first round, in
				// 2027, awarded 31 million pounds to 19 companies": the
				// round the label names
				role = roleRound
			}
		case labelRecip != "" && !negative && !a.rankingPage:
			recip, conf, role = labelRecip, 0.75, roleAward
			if forBodyAfter(objRecip, prep, np, labelRecip) && !a.isFundName(objRecip) {
				// "Links Hall, Leven: £870,000 for Levenmouth Community
				// Trust to refurbish the hall": the place's line, the
				// body the money is for
				recip = objRecip
			} else if s.kind == kindListItem && !orgName(labelRecip) && !isPerson(labelRecip) {
				if r, at := ledBy(s.text[m.End:]); r != "" && at < 25 && !isFunder(r) {
					// "Glens of Antrim Dark Skies - £92,000 A partnership
					// led by Causeway Coast and Glens Heritage Trust to
					// record ...": the project's lead
					recip = a.expand(r)
				}
			}
			if s.kind == kindListItem && !strings.Contains(labelRecip, " ") && !orgName(labelRecip) && a.titlePlace(labelRecip) {
				// "Ballycarran – €750,000 to redesign Market Square" on
				// Carrowmore County Council's page titled "... town centre
				// renewal in Ballycarran, Kilbrack and Dromane": a town's
				// project, the council's grant
				if c := a.titleOrg("council"); c != "" {
					recip = c
				}
			}
			if objRecip != "" && !objGeneric && prep == "to" && (placeLabel(labelRecip) || !orgName(labelRecip) && orgName(objRecip) ||
				// "it will give $650 million to the Osprey Institute,
				// $500 million to Ridgeway University": the label is the
				// figure before's object, this one's is its own
				seriesTo(s, prevEnd, m.QStart, i, sentAwards)) && !a.isFundName(objRecip) {
				// "Dane County: $250,000 to the Stoughton Riverfront
				// Business Association for a riverfront plaza",
				// "Portage la Prairie: $62,300 to the Portage
				// Multicultural Association": the label says where, the
				// object, an organisation, who
				recip, conf = objRecip, 0.75
			}
			if names := splitNames(labelRecip); len(names) > 1 && len(eachRecips) == 0 && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "each") {
				// "Ferngate Sea Cadets and Ferngate Scout Group GBP 2,500
				// each": one award to each
				eachRecips = names
			}
		case objRecip != "" && !subjFound && countedAwards(s.text[prevEnd:m.QStart]):
			// "Three new awards will bring £3.4 million to University of
			// Exeter researchers": the awards added up, each told later
			role = roleNone
		case objRecip != "" && !negative && (ctxOK || funderActive || seriesTo(s, prevEnd, m.QStart, i, sentAwards)) && prep != "on" && prep != "towards" && !(s.kind == kindHeading && isTitleCase(s.text) && !titleCaseGrantee(objRecip, prep)):
			recip, conf, role = objRecip, 0.7, roleAward
			if funderActive {
				conf, funderFig = 0.8, i
			}
		case funderActive && objRecip == "" && !negative && helpsUs(lowRight) && a.publisherOrg() != "":
			// "The Aldercombe Foundation has committed up to £1.2m over
			// the next three years to help us reach many more young
			// people" on Saltmoor Young Carers' site: the publisher's
			// grant, whoever it serves
			recip, conf, role = a.publisherOrg(), 0.7, roleAward
		case funderActive && !negative && !subjFound && objRecip == "" && labelRecip == "" && (prep == "towards" || prep == "toward") && ownProject(s.text, a.publisherOrg()) && !containsAny(s.low, []string{" together ", " jointly ", " between them", " combined "}):
			// "The campaign to save Brackenford Cathedral's spire has
			// passed £3.1 million, after the Alderwyck Foundation gave
			// £250,000 towards the repairs", on the cathedral's own page:
			// the publisher's gift (not "three foundations have together
			// committed $5.5 million toward ...": several funders' sum)
			recip, conf, role = a.publisherOrg(), 0.6, roleAward
		case thanked != "" && a.publisherOrg() != "":
			// "Massive thank you to @HarbourFoundation for a £2,500 grant
			// towards new kit!" on the club's own page: the publisher's
			// grant, from the body thanked
			recip, conf, role = a.publisherOrg(), 0.6, roleAward
			if fund == "" {
				fund = a.funds.add(thanked)
			}
		case !negative && !subjFound && objRecip == "" && labelRecip == "" && i == 0 && a.postBy != "" && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "from ") && figureOpens(s.text[:m.QStart]):
			// "Almost £20,000 from the Tern Valley Community Foundation!!"
			// in a post signed by the choir: the signer's grant
			recip, conf, role = a.expand(a.postBy), 0.6, roleAward
		case !negative && !subjFound && objRecip == "" && labelRecip == "" && i == 0 && !s.first && len(a.awards) > 0 && a.awards[len(a.awards)-1].order == s.order-1 && furtherPassive(s.low[:m.QStart], lowRight):
			// "Tawelan has received a core allocation of £2,140,000 ... A
			// further £985,000 from the fund has been awarded for the
			// Heol Newydd path": more to the body just given money
			recip, conf, role = a.awards[len(a.awards)-1].award.Recipient, 0.6, roleAward
		case objGeneric && !negative && (ctxOK || funderActive) && !containsAny(tail(s.low[:m.QStart], 100), []string{"ranges from", "range from", "ranging from", "varies from", "vary from"}):
			// (not "Its funding ranges from $50,000 for early pilots to
			// $15 million for innovations ready to scale": the top of
			// what it gives one)
			role = roleRound
			if cl := asciiLower(cutClause(np)); objCount > 0 && objCount <= 5 && len(rms) == 0 && programmeNouns[headNoun(np)] && !strings.Contains(cl, " that ") && !strings.Contains(cl, " which ") && !strings.Contains(asciiLower(np), ", whose ") {
				recip, conf, role = cleanName(cutClause(stripDeterminer(np))), 0.5, roleAward
				if k := strings.IndexAny(recip, ":–"); k > 0 {
					// "the 3 national police-led programmes: the Police
					// Data Platform, ... and the National Forensic
					// Capabilities Network": the group, then its members
					recip = namedGroup(strings.TrimSpace(recip[:k]), strings.TrimLeft(recip[k:], ":– "))
				}
			}
		case funderActive && sentRound > 0 && objRecip == "" && !negative:
			role = roleRound
		case funderActive && objRecip == "" && !negative && grantsPlural(lowRight):
			role = roleRound
		case funderActive && objRecip == "" && !negative && !objGeneric && toVerbPurpose(lowRight):
			// "The Arts Council has awarded £3.5m to help theatres
			// recover": a purpose, not a recipient, so a batch total
			role = roleRound
		case (prep == "on" || prep == "towards") && !negative && !funderActive && ctxOK && !subjFound && goesOn(lowRight):
			role = roleAward
			conf = 0.4
		}
		if negative && role != roleAward {
			role = roleNone
		}
		if modifiedNegative(lowLeft, lowRight) || hasAnyPrefix(strings.TrimLeft(lowRight, " "), "in match funding", "of match funding", "in matched funding", "of matched funding", "in match-funding", "of match-funding") {
			// "a £5m contract", "a bonus of £420,000", "has secured £1.4m
			// in match funding from a developer": not the fund's grant
			role = roleNone
		}
		if negative && role == roleAward && (conf < 0.8 || sentDeclined) {
			role = roleNone
		}
		if role == roleAward && equityFor(lowRight) {
			// "received a £500k investment for a minority stake": shares
			// bought, no grant
			role = roleNone
		}
		if role == roleAward && (funderActive || hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " has invested", " have invested", " had invested")) && past && recip != "" && !orgName(recip) && !strings.Contains(recip, "(") && (prep == "in" || strings.HasPrefix(strings.TrimLeft(lowRight, " "), "in ")) {
			// "Since 2024 the scheme has invested €4.3 million in County
			// Galway": the money a place has had over the years, given to
			// no one body
			role = roleNone
		}
		if role == roleAward && !subjFound && objRecip == "" && recip == "" && prep != "on" && prep != "towards" {
			role = roleNone
		}
		if role != roleAward && !negative && objRecip == "" && recip == "" && labelRecip == "" && (hasAnySuffix(strings.TrimRight(lowLeft, " "), "made an award of", "made a grant of", "made a further award of", "awarded a grant of", "approved a grant of", "approved an award of", "agreed a grant of", "offered a grant of") ||
			i == 0 && hasAnySuffix(strings.TrimRight(lowLeft, " "), "support of", "grant of", "funding of") && anonymous(s.text[:max(0, firstVerbAt(s.low))])) {
			// ("A Thurso manufacturer is to create 42 jobs after HIE
			// approved grant support of £1.25 million": the manufacturer
			// named in the sentence after)
			// "The trust has also made an award of £58,500 ... It goes
			// to Dr Mei Lin Zhao": the grantee in the sentence after
			a.pendingAnon = &pendingEach{m: m, count: 1, fund: fund, round: sentRound, order: s.order}
			continue
		}
		if role == roleNone && !negative && len(amounts) == 1 && strings.TrimRight(s.text[m.End:], " .") == "" && (s.kind == kindHeading && hasAnySuffix(strings.TrimRight(s.text[:m.QStart], " "), " –", " —", " -", ":") ||
			// "<h3>Engine house revival</h3><p>£86,400</p>": a card's
			// bare figure under its project's title
			s.first && strings.TrimSpace(s.text[:m.QStart]) == "" && a.prevHeading) {
			// "Glass cone kiln, Sunderland – £435,900" over "Sunderland
			// Glass Heritage CIC will restore ...": the project's
			// grantee opens the paragraph under it
			a.pendingAnon = &pendingEach{m: m, count: 1, fund: fund, round: sentRound, order: s.order, heading: true}
			continue
		}
		if role == roleNone && !negative && len(amounts) == 1 && s.first && s.kind != kindHeading && s.kind != kindTableRow && !a.prevHeading && strings.TrimSpace(s.text[:m.QStart]) == "" && strings.TrimRight(s.text[m.End:], " .") == "" {
			a.pendingAnon = &pendingEach{m: m, count: 1, fund: fund, round: sentRound, order: s.order, cardTop: true}
			continue
		}
		if anonSubj && !negative && (role != roleNone || subjFound && recip == "" && !generic && receivesVerb(svAux, svVerb)) {
			// the winner is named in a sentence to come: "Ettrickbrae
			// Community Energy Ltd will use the money to ..."
			a.pendingAnon = &pendingEach{m: m, count: 1, fund: fund, round: sentRound, order: s.order, anonHead: anonNoun}
			continue
		}
		if role == roleAward && len(a.amended) > 0 && hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " the extra", " the additional", " the further", " this extra", " this additional") {
			// "The fund has increased its grant to X from $1.2m to
			// $1.5m ... the extra $300,000 for Kellerton had come from
			// unspent money": the change told again, no grant of its own
			role = roleNone
		}
		if (role == roleAward || role == roleRound) && perUnitRate(lowRight) {
			// "Providers are paid £2,150 per learner on average": a rate
			// for each of many, no one grant and no batch (a cap "up to
			// £7,500 per home" is read apart)
			role = roleNone
		}
		if role == roleAward && ownMoney(lowRight) {
			// "We will also put £900,000 from our own capital programme
			// into the remediation": the body's own money
			role = roleNone
		}
		if role == roleAward && len(rms) == 0 && cumulativeCue(s.low) && !(i > 0 && strings.Contains(s.low[amounts[0].End:m.QStart], " including ")) {
			// (but "Eleven awards totalling £167,000 have been made to
			// date, including £40,000 to X": one award among them)
			// "Since 1995 the Lottery Sports Fund has invested over £96m
			// in Borderlands sport": all given so far, no one award
			role = roleNone
		}
		if (role == roleRound || role == roleNone && lastWordLower(strings.TrimRight(lowLeft, " ")) == "lends") && m.Min > 0 && strings.HasPrefix(s.low[m.QStart:], "between ") {
			// "The loan fund ... lends between £100,000 and £2.5m to
			// established businesses": the size of one loan or grant,
			// from least to most, not a batch's total
			a.addLimit(s, s.text[ls:re], m, fund, "per_bid", 0.6)
			continue
		}
		if role == roleNone && !negative && recip == "" && objRecip == "" && !objGeneric && len(amounts) == 1 && gcount == 0 && count == 0 {
			if n := successfulApplicant(s.text[:m.QStart], s.low[:m.QStart]); n != "" && !isFunder(n) {
				// "the Council’s application to the Rural Spaces Fund had
				// been successful and that an award of £18,500 had been
				// received": the applicant's grant
				recip, conf, role = a.expand(n), 0.6, roleAward
			} else if n := leadingProper(s.text); withMoneyFrom(lowLeft, lowRight) && n != "" && strings.HasPrefix(s.text, n) && orgName(n) && !isFunder(n) && !a.isFundName(n) && hasAnyPrefix(s.low[len(n):], " will ", " has ", " is ", " can ", " plans to ", " hopes to ") {
				// "Maplethorpe Folk Festival will add a family stage ...
				// with £18,500 from the Festivals Growth Programme": the
				// body that will do it with the money
				recip, conf, role = a.expand(n), 0.6, roleAward
			}
		}
		if role == roleNone && !negative && recip == "" && objRecip == "" && !objGeneric && len(amounts) == 1 && gcount == 0 && count == 0 && hasAnyWord(s.low, []string{"grant", "gift", "funding", "award", "provide", "contribute"}) {
			if a.pendingAnon == nil || a.pendingAnon.order < s.order {
				// "thanks to an £850,000 grant from the area's NHS
				// charity": the grantee may be told in a sentence to come
				// (the newest figure waiting for its grantee is the one)
				a.pendingAnon = &pendingEach{m: m, count: 1, fund: fund, round: sentRound, order: s.order, toldOnly: true}
			}
		}
		if role == roleRound && s.kind == kindHeading && m.Qual == "" && hasAnySuffix(strings.TrimRight(lowLeft, " "), " by", " from") && fundRightAfter(head(right, 80)) && sentFund != "" && strings.HasPrefix(strings.TrimSpace(right), sentFund) {
			// "First five projects backed by £2m Prevention Fund": the
			// fund's size, told headline-style without "the"
			a.addLimit(s, s.text[ls:re], m, fund, "fund", 0.6)
			continue
		}
		if role == roleAward && !negative && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "to be available", "to be made available") {
			// "VTrans expects approximately $3.5 million to be
			// available": what the fund will have, no grantee's money
			a.addLimit(s, s.text[ls:re], m, fund, "fund", 0.6)
			continue
		}
		switch role {
		case roleRound:
			c := gcount
			if objCount > 0 {
				c = objCount
			}
			if c == 0 {
				c = count
			}
			if !projectNounPhrase(s.low) && (objCount == 0 || c != objCount) && (c < 2 || c != countedGroup(lowLeft)) {
				c = 0
			}
			if c == 0 && count > 0 {
				c = count
			}
			nf := len(a.facts)
			a.addRound(s, m, sentRound, sentRecap, c, fund)
			if sentRound == 0 && len(a.facts) > nf {
				a.facts[nf].month = clauseMonth(lowLeft, lowRight, i < len(amounts)-1)
			}
		case roleAward:
			if purpose == "" && np != "" && !endsWithName(np, recip) {
				purpose = cleanPurpose(np) // (words that end by naming the recipient are no purpose)
			}
			if len(eachRecips) > 1 {
				// "X and Y will each receive £1.5m"
				for _, r := range eachRecips {
					sentAwards = append(sentAwards, a.addAward(s, m, r, purpose, fund, conf, sentRound))
				}
				continue
			}
			if purpose == "" {
				// "Wells Foodbank, £12,000 - a delivery van"
				purpose = dashPurpose(s.text[m.End:nextStart])
			}
			if hasAnyPrefix(recip, "College of ", "School of ", "Faculty of ", "Department of ") {
				// "The College of Education has received a $2,450,000
				// grant" on Lakemont State University's news: the
				// university holds it
				if u := a.titleOrg("university"); u != "" {
					recip = u
				}
			}
			if !strings.Contains(recip, " ") && recip != "" {
				// "Marttila receives €3.5 million ... and will set up her
				// new group at Kaunio University": the researcher named in
				// full before, at the host the sentence names
				if full := a.surnameOf(recip); full != "" {
					recip = full
					if k := strings.Index(s.text[m.End:], " at "); k >= 0 {
						if h := leadingProper(stripDeterminer(s.text[m.End+k+len(" at "):])); h != "" && orgName(h) && !isFunder(h) {
							recip = atHost(full, h)
						}
					}
				}
			}
			idx := a.addAward(s, m, recip, purpose, fund, conf, sentRound)
			sentAwards = append(sentAwards, idx)
			if cardLead && idx >= 0 {
				a.pendingLead = &pendingLead{award: idx, order: s.order}
			}
			// Tranches: "£2.2m in 2016/17 and a further £3.5m in the
			// following financial year".
			a.tranches(s, amounts, i, idx, consumed)
		}
	}
}

// tranches folds the figures that continue award idx into its tranches.
func (a *analyzer) tranches(s sent, amounts []money, i, idx int, consumed []bool) {
	m := amounts[i]
	if n, start, ok := yearlyFor(s.low[m.End:], a.base); ok && !(i+1 < len(amounts) && strings.Contains(s.low[m.End:amounts[i+1].QStart], "total") && amounts[i+1].Value != m.Value*int64(n)) {
		// "£30,000 a year for three years, starting in 2026/27": the
		// grant is the years' sum, one part a year (unless a total
		// follows that is not that sum, which says what it is)
		aw := &a.awards[idx].award
		aw.Amount = m.Value * int64(n)
		aw.Tranches = append(aw.Tranches[:0], yearlyParts(m.Value, start, n)...)
		return
	}
	p, pend, ok := periodAfter(s.text, m.End, a.base, 0)
	if !ok && len(a.introYears) > 1 && s.kind == kindListItem && len(amounts) == 1 && hasAnyPrefix(strings.TrimLeft(asciiLower(s.text[m.End:]), " "), "in each year", "each year", "per year", "a year", "per annum", "in each of the two years", "in each of the three years") {
		// "That two-year grants be awarded for 2027/28 and 2028/29 as
		// follows:" over "Kingsford Fringe Festival Ltd: £32,000 in each
		// year;": the figure in each year the list opened with
		aw := &a.awards[idx].award
		aw.Tranches = aw.Tranches[:0]
		for _, y := range a.introYears {
			aw.Tranches = append(aw.Tranches, Tranche{Period: fyString(y), Amount: m.Value})
		}
		aw.Amount = m.Value * int64(len(a.introYears))
		return
	}
	if !ok && a.calendarTranches(s, amounts, i, idx, consumed) {
		return
	}
	if !ok && a.partsOfEarlier(s, amounts, i, idx, consumed) {
		return
	}
	if !ok && a.partsAfter(s, amounts, i, idx, consumed) {
		return
	}
	if !ok && a.yearFirstTranches(s, amounts, i, idx, consumed) {
		return
	}
	if !ok {
		a.splitTranches(s, amounts, i, idx, consumed)
		return
	}
	if parts, total := a.breakdownBefore(s, amounts, i, p); total > 0 {
		// "£1.2 million over two years, £700,000 in 2026-27 and £500,000
		// in 2027-28, for Porth y Dref Development Trust": the total,
		// told year by year before the grantee
		aw := &a.awards[idx].award
		aw.Tranches, aw.Amount = parts, total
		return
	}
	parts := []Tranche{{Period: fyString(p), Amount: m.Value}}
	prev := p
	end := pend
	for j := i + 1; j < len(amounts); j++ {
		n := amounts[j]
		if n.Currency != m.Currency || end > n.QStart {
			break
		}
		gap := s.low[end:n.QStart]
		if k := strings.LastIndex(gap, " and "); k > 0 && !reTrancheGap.MatchString(gap) && hasAnyPrefix(strings.TrimLeft(gap, " ,"), "for ", "to ") && !strings.ContainsAny(gap[:k], ";") {
			// "£420,000 ... this financial year, for the intake, pipeline
			// and turbine house, and a further £380,000 in 2027 to 2028":
			// what the first part pays for, between the parts
			gap = gap[k:]
		}
		if !reTrancheGap.MatchString(gap) {
			break
		}
		q, qend, ok := periodAfter(s.text, n.End, a.base, prev)
		if !ok {
			break
		}
		parts = append(parts, Tranche{Period: fyString(q), Amount: n.Value})
		consumed[j] = true
		prev, end = q, qend
	}
	if len(parts) < 2 {
		return
	}
	aw := &a.awards[idx].award
	aw.Tranches = parts
	var sum int64
	for _, t := range parts {
		sum += t.Amount
	}
	aw.Amount = sum
	if e := end; e > 0 && e <= len(s.text) {
		// purpose after the last tranche
		if _, np := objectPhrase(s.text[e:]); np != "" && (aw.Purpose == "" || len(aw.Purpose) < 4) {
			aw.Purpose = cleanPurpose(np)
		}
	}
}

// partsOfEarlier reads figures that add up to an award just stated for
// the same recipient: "Oakfield Family Centre has been awarded £84,000.
// ... We’ll receive £30,000 in our first year (2027/28), then £28,000 and
// £26,000 in the two years after that". The parts are no new award.
func (a *analyzer) partsOfEarlier(s sent, amounts []money, i, idx int, consumed []bool) bool {
	cur := a.awards[idx]
	sum := amounts[i].Value
	for j := i + 1; j < len(amounts); j++ {
		n := amounts[j]
		gap := s.low[amounts[j-1].End:n.QStart]
		if n.Currency != amounts[i].Currency || len(gap) > 60 || !containsAny(gap, []string{"then", " and", ","}) {
			return false
		}
		sum += n.Value
		for k := idx - 1; k >= 0; k-- {
			e := a.awards[k]
			if e.order < s.order-3 {
				break
			}
			if !e.drop && e.award.Recipient == cur.award.Recipient && e.award.Currency == cur.award.Currency && e.award.Amount == sum {
				a.awards[idx].drop = true
				for q := i + 1; q <= j; q++ {
					consumed[q] = true
				}
				return true
			}
		}
	}
	return false
}

// yearOfAnother reports an award told as a yearly rate ("which receives
// £1.2m a year") that is a year's part of another award to the same body
// (tranched holds the page's awards in two or more parts).
func yearOfAnother(tranched []Award, aw Award) bool {
	other := false
	for _, o := range tranched {
		if !sameOrg(o.Recipient, aw.Recipient) {
			continue
		}
		for _, t := range o.Tranches {
			other = other || t.Amount == aw.Amount
		}
	}
	if !other {
		return false
	}
	t := aw.Evidence.Text
	for _, m := range scanAmounts(t) {
		if m.Value == aw.Amount && hasAnyPrefix(asciiLower(t[m.End:]), " a year", " per year", " each year", " annually", " per annum", " a yr") {
			return true
		}
	}
	return false
}

// titlePlace reports a name the page's title gives as a place: "in
// Ballycarran, Kilbrack and Dromane".
func (a *analyzer) titlePlace(name string) bool {
	for _, t := range a.titleParts {
		k := strings.Index(t, " in ")
		if k < 0 {
			continue
		}
		for _, p := range splitNames(t[k+len(" in "):]) {
			if p == name {
				return true
			}
		}
	}
	return false
}

// whoseAward reads "Holloway Cross Arts Centre, whose original award of
// £640,000 from the same programme is paying for a studio, will receive
// an additional £95,000": the earlier award told in the relative clause,
// and what the body receives now, both its.
func (a *analyzer) whoseAward(s sent, amounts []money, consumed []bool, fund string, round int) {
	k := strings.Index(s.low, ", whose ")
	name := leadingProper(stripDeterminer(s.text[:k]))
	if name == "" || name != cleanName(stripDeterminer(s.text[:k])) || isFunder(name) {
		return
	}
	for i, m := range amounts {
		if consumed[i] || m.QStart < k {
			continue
		}
		left := strings.TrimRight(s.low[k:m.QStart], " ")
		switch {
		case hasAnySuffix(left, "award of", "grant of", "allocation of") && !strings.Contains(left[len(", whose "):], ","):
			// the award the clause tells
		case strings.Contains(left[len(", whose "):], ", ") && hasAnySuffix(left, "will receive", "receives", "has received", "will get", "gets", "is to receive", "will receive an additional", "will receive a further", "will receive an extra", "receives an additional", "receives a further", "has received an additional", "has received a further", "gets an additional", "gets a further"):
			// the main clause after it
		default:
			continue
		}
		a.addAward(s, m, a.expand(name), "", fund, 0.75, round)
		consumed[i] = true
	}
}

// laterTranches folds "The grant will be paid as £30,000 in 2026/27,
// £32,000 in 2027/28 and £34,000 in 2028/29." or "Payment schedule:
// 2028/29: £20,000 · 2029/30: £20,000" into the award told just before,
// when every figure has its year and they add up to that award.
func (a *analyzer) laterTranches(s sent, amounts []money) bool {
	parts, sum := a.yearParts(s, amounts, 0)
	if parts == nil {
		return false
	}
	for k := len(a.awards) - 1; k >= 0 && a.awards[k].order >= s.order-2; k-- {
		if aw := &a.awards[k].award; !a.awards[k].drop && aw.Currency == amounts[0].Currency && len(aw.Tranches) == 0 && aw.Amount == sum {
			aw.Tranches = parts
			return true
		}
	}
	return false
}

// yearParts reads amounts as one part per financial year, each year told
// after its figure ("£7,500 in 2027/28", "£80,000 paid this year") or
// before it with a colon ("2027–28: $75,000"), in order; it returns nil
// unless every figure has its own year. from is where the first part's
// year may start (a figure before it is not read).
func (a *analyzer) yearParts(s sent, amounts []money, from int) ([]Tranche, int64) {
	parts := make([]Tranche, 0, len(amounts))
	var sum int64
	prev, end := 0, from
	for _, m := range amounts {
		if m.Currency != amounts[0].Currency || m.Qual != "" && m.Qual != amounts[0].Qual {
			return nil, 0
		}
		at := m.End
		for _, w := range []string{" paid", " payable", " due", " released"} {
			if hasPrefixFold(s.text, at, w) {
				at += len(w)
			}
		}
		p, pend, ok := periodAfter(s.text, at, a.base, prev)
		if !ok && end <= m.QStart {
			// "2027–28: $75,000"
			gap := s.text[end:m.QStart]
			if y, _, e, found := findExplicitFY(gap); found && strings.Trim(gap[e:], " :–-") == "" && strings.ContainsAny(gap[e:], ":–-") {
				p, pend, ok = y, m.End, true
			}
		}
		if !ok || p <= prev {
			return nil, 0
		}
		parts = append(parts, Tranche{Period: fyString(p), Amount: m.Value})
		sum, prev, end = sum+m.Value, p, pend
	}
	return parts, sum
}

// partsAfter folds "a grant of £15,000 ..., payable in two instalments:
// £7,500 in 2027/28 and £7,500 in 2028/29" into award idx: the figures
// after its own, each with its year, adding up to it.
func (a *analyzer) partsAfter(s sent, amounts []money, i, idx int, consumed []bool) bool {
	if i+1 >= len(amounts) {
		return false
	}
	parts, sum := a.yearParts(s, amounts[i+1:], amounts[i].End)
	if len(parts) < 2 || sum != amounts[i].Value || amounts[i+1].Currency != amounts[i].Currency {
		return false
	}
	for j := i + 1; j < len(amounts); j++ {
		consumed[j] = true
	}
	a.awards[idx].award.Tranches = parts
	return true
}

// yearFirstTranches folds "In 2027-28, X received £412,000 and in
// 2028-29 £388,500" into award idx: each year told before its figure,
// the first where the sentence opens.
func (a *analyzer) yearFirstTranches(s sent, amounts []money, i, idx int, consumed []bool) bool {
	m := amounts[i]
	if i+1 >= len(amounts) || !strings.HasPrefix(s.low, "in ") || strings.IndexByte(s.low[:m.QStart], ';') >= 0 {
		return false
	}
	y, at, _, ok := findExplicitFY(s.low[:m.QStart])
	if !ok || at != 3 {
		return false
	}
	parts := []Tranche{{Period: fyString(y), Amount: m.Value}}
	sum, end := m.Value, m.End
	var used []int
	for j := i + 1; j < len(amounts); j++ {
		n := amounts[j]
		g := strings.TrimLeft(s.low[end:n.QStart], " ,")
		for _, p := range []string{"and ", "with ", "then "} {
			g = strings.TrimPrefix(g, p)
		}
		if n.Currency != m.Currency || !strings.HasPrefix(g, "in ") {
			break
		}
		ny, nat, ne, ok := findExplicitFY(g)
		if !ok || nat != 3 || ny <= y {
			break
		}
		if rest := strings.TrimSpace(strings.Trim(g[ne:], " ,")); rest != "" && rest != "a further" && rest != "another" {
			break
		}
		parts = append(parts, Tranche{Period: fyString(ny), Amount: n.Value})
		sum, y, end = sum+n.Value, ny, n.End
		used = append(used, j)
	}
	return a.foldParts(idx, parts, sum, used, consumed)
}

// foldParts makes award idx the sum of two or more parts, the figures
// used for them consumed; it reports whether it did.
func (a *analyzer) foldParts(idx int, parts []Tranche, sum int64, used []int, consumed []bool) bool {
	if len(parts) < 2 {
		return false
	}
	for _, j := range used {
		consumed[j] = true
	}
	aw := &a.awards[idx].award
	aw.Tranches, aw.Amount = parts, sum
	return true
}

// comprising reports the words between a total and the first of its
// parts: "in new funding, comprising a", " made up of a" (not "including",
// which may name one part of many).
func comprising(gap string) bool {
	g := strings.TrimSpace(gap)
	g = strings.TrimSuffix(strings.TrimSuffix(g, " a"), " an")
	return len(g) < 40 && hasAnySuffix(" "+g, " comprising", " made up of", " consisting of", " which comprises")
}

// calendarTranches folds "€420,000 in 2027 and a further €380,000 in
// 2028" into award idx: parts of calendar years, which are no UK
// financial years, so the parts carry no period.
func (a *analyzer) calendarTranches(s sent, amounts []money, i, idx int, consumed []bool) bool {
	m := amounts[i]
	y, end, ok := calendarYearAfter(s.text, m.End)
	if !ok {
		return false
	}
	parts := []Tranche{{Amount: m.Value}}
	sum := m.Value
	var used []int
	for j := i + 1; j < len(amounts); j++ {
		n := amounts[j]
		if n.Currency != m.Currency || end > n.QStart || !reTrancheGap.MatchString(s.low[end:n.QStart]) {
			break
		}
		ny, nend, ok := calendarYearAfter(s.text, n.End)
		if !ok || ny != y+1 {
			break
		}
		parts = append(parts, Tranche{Amount: n.Value})
		sum += n.Value
		used = append(used, j)
		y, end = ny, nend
	}
	return a.foldParts(idx, parts, sum, used, consumed)
}

// calendarYearAfter reads a calendar year right after position i: " in
// 2027", " during 2028". A financial year ("2027/28", "2027-28") is no
// match.
func calendarYearAfter(s string, i int) (int, int, bool) {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	for _, w := range []string{"in ", "for ", "during "} {
		if hasPrefixFold(s, j, w) {
			j += len(w)
			break
		}
	}
	if j+4 > len(s) || !isYear(s[j:j+4]) || j+4 < len(s) && (isDigit(s[j+4]) || s[j+4] == '/' || s[j+4] == '-' && j+5 < len(s) && isDigit(s[j+5])) {
		return 0, 0, false
	}
	y := int(s[j]-'0')*1000 + int(s[j+1]-'0')*100 + int(s[j+2]-'0')*10 + int(s[j+3]-'0')
	return y, j + 4, true
}

// breakdownBefore reads the year-by-year figures that end with figure i
// (whose period is p) and the total they follow: "£1.2 million over two
// years, £700,000 in 2026-27 and £500,000 in 2027-28". It returns the
// tranches and the total, or 0 when the figures before i are no such
// breakdown or do not add up to the total.
func (a *analyzer) breakdownBefore(s sent, amounts []money, i, p int) ([]Tranche, int64) {
	parts := []Tranche{{Period: fyString(p), Amount: amounts[i].Value}}
	sum := amounts[i].Value
	j := i - 1
	for ; j >= 0; j-- {
		q, qend, ok := periodAfter(s.text, amounts[j].End, a.base, 0)
		if !ok || qend > amounts[j+1].QStart || amounts[j].Currency != amounts[i].Currency || !reTrancheGap.MatchString(s.low[qend:amounts[j+1].QStart]) {
			break
		}
		parts = append([]Tranche{{Period: fyString(q), Amount: amounts[j].Value}}, parts...)
		sum += amounts[j].Value
	}
	if j < 0 || len(parts) < 2 || amounts[j].Value != sum || amounts[j].Currency != amounts[i].Currency {
		return nil, 0
	}
	if !reBreakdownGap.MatchString(s.low[amounts[j].End:amounts[j+1].QStart]) {
		return nil, 0
	}
	return parts, sum
}

// reBreakdownGap matches what lies between a total and the first of its
// yearly figures: "over two years, ", " (".
var reBreakdownGap = regexp.MustCompile(`^\s*(?:(?:over|across) (?:the next )?[\w-]+ (?:financial )?years?)?\s*[,(:–—-]\s*(?:with |of which |made up of )?$`)

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && s[i]&0xC0 == 0x80 {
		i++
	}
	return s[i:]
}

func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i]
}

func headNoun(np string) string {
	return strings.ToLower(headWord(np))
}

// headWord is headNoun as written.
func headWord(np string) string {
	low := asciiLower(np)
	for _, cut := range []string{" led by ", " run by ", " in ", " across ", " with ", " to ", " for ", " that ", " which ", ", ", ": ", " – "} {
		if i := strings.Index(low, cut); i > 0 {
			np, low = np[:i], low[:i]
		}
	}
	return trimWord(finalWord(np))
}

func projectNounPhrase(ls string) bool {
	for n := range projectNouns {
		if hasWord(ls, n) {
			return true
		}
	}
	return false
}

// objectPhrase finds the phrase after a figure that names who or what the
// money is for: "for West Midlands Police to ...", "goes to a ... project",
// "available over the next three years to 28 policing projects", "will go
// on scoping ...". It skips funding nouns, periods, spans, "from the X
// fund" and auxiliaries. It returns the preposition and the phrase.
func objectPhrase(right string) (string, string) {
	return objectPhraseLow(right, asciiLower(right))
}

// bodyDecided reads a clause in which a deciding body approves the
// figure that follows: "; trustees approved", ": the panel awarded a
// grant of".
func bodyDecided(low string) bool {
	t := strings.TrimRight(low, " ")
	if k := strings.LastIndexAny(t, ";:,"); k >= 0 {
		t = strings.TrimSpace(t[k+1:])
	}
	t = strings.TrimPrefix(t, "the ")
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	switch f[0] {
	case "trustees", "committee", "panel", "board", "members", "cabinet", "council", "commissioner", "directors":
	default:
		return false
	}
	for _, w := range f[1:] {
		switch w {
		case "approved", "awarded", "agreed", "granted", "offered":
			return true
		}
	}
	return false
}

// grantNameEnd returns where a grant's name of up to four words that
// starts at low[i] ends ("impact grant", "research leadership award"),
// when "to" or "for" follows it; else i.
func grantNameEnd(low string, i int) int {
	j := i
	for w := 0; w < 4 && j < len(low); w++ {
		k := strings.IndexByte(low[j:], ' ')
		if k <= 0 {
			return i
		}
		word := low[j : j+k]
		if !isAlphaWord(word) {
			return i
		}
		j += k + 1
		switch word {
		case "grant", "grants", "award", "awards", "prize", "fellowship", "bursary", "scholarship":
			if hasPrefixFold(low, j, "to ") || hasPrefixFold(low, j, "for ") {
				return j
			}
			return i
		case "to", "for", "from", "and", "of", "in", "will", "is", "was":
			return i
		}
	}
	return i
}

// skipNameTail returns where a body's name that goes on with "for" or
// "of" and capitalised words ends in s ("... for Science, Innovation and
// Technology"), from i; i when it does not go on.
func skipNameTail(s string, i int) int {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if !strings.HasPrefix(s[j:], "for ") && !strings.HasPrefix(s[j:], "of ") {
		return i
	}
	j += strings.IndexByte(s[j:], ' ') + 1
	end := i
	for j < len(s) {
		k := strings.IndexByte(s[j:], ' ')
		if k < 0 {
			k = len(s) - j
		}
		w := strings.TrimRight(s[j:j+k], ",")
		if !isProperWord(w) && w != "and" && w != "&" {
			break
		}
		if isProperWord(w) {
			end = j + len(w)
		}
		j += k + 1
	}
	return end
}

// objectPhraseLow is objectPhrase with the lowercase text already at hand.
func objectPhraseLow(right, low string) (string, string) {
	i := 0
	for iter := 0; iter < 16; iter++ {
		for i < len(low) && (low[i] == ' ' || low[i] == ',' || low[i] == ')') {
			i++
		}
		if i >= len(low) {
			return "", ""
		}
		if _, e, ok := periodAfter(right, i, 2000, 0); ok && e > i {
			i = e
			continue
		}
		matched := false
		c0 := lowerByte(low[i])
		for _, f := range objectFillers {
			if f[0] == c0 && hasPrefixFold(low, i, f) && (i+len(f) == len(low) || !isLetter(low[i+len(f)])) {
				i += len(f)
				matched = true
				break
			}
		}
		if !matched && (c0 == 'o' || c0 == 'i') {
			// "of development funding", "in feasibility grants": a
			// kind of funding named by one word
			if e := kindOfFunding(low[i:]); e > 0 {
				i += e
				matched = true
			}
		}
		if matched {
			continue
		}
		// spans: "over two years", "across the next 3 years"
		for _, p := range []string{"spread over ", "spread across ", "split over ", "split across ", "over the next ", "across the next ", "over ", "across "} {
			if hasPrefixFold(low, i, p) {
				j := i + len(p)
				n, w := countWord(low[j:])
				if n > 0 && w > 0 {
					k := j + w
					rest := low[k:]
					rest2 := strings.TrimLeft(rest, " ")
					rest2 = strings.TrimPrefix(rest2, "financial ")
					if strings.HasPrefix(rest2, "years") || strings.HasPrefix(rest2, "year") {
						i = len(low) - len(rest2) + 4
						if strings.HasPrefix(rest2, "years") {
							i++
						}
						matched = true
						break
					}
				}
			}
		}
		if matched {
			continue
		}
		// "£1.24m, again subject to contract, for X": a condition set
		// between the figure and its recipient
		if j := conditionAsideEnd(low, i); j > i {
			i = j
			continue
		}
		// "$25,000 Impact Grant to Harbor Literacy Project": the grant's
		// name between the figure and its recipient
		if j := grantNameEnd(low, i); j > i {
			i = j
			continue
		}
		// "from the X fund" / "from its ... programme"
		if hasPrefixFold(low, i, "from ") {
			rest := low[i:]
			for _, h := range []string{"fund", "program", "scheme", "pot", "budget", "government", "office", "department", "lottery", "challenge", "accelerator", "initiative", "competition", "grants", "province", "ministry", "reserve", "endowment", "appeal"} {
				// (not past the object: "from the province for 23 projects
				// in the second intake of the X Fund")
				if k := strings.Index(rest, h); k > 0 && k < 90 && !strings.ContainsAny(rest[:k], ",;") && !strings.Contains(rest[:k], " for ") && !strings.Contains(rest[:k], " to ") {
					i += k + len(h)
					for i < len(low) && isLetter(low[i]) {
						i++
					}
					if h == "department" || h == "office" {
						// "from the Department for Science, Innovation and
						// Technology": the rest of the body's name
						i = skipNameTail(right, i)
					}
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		// relative clause: "that Home Secretary X has approved for 2018/19"
		if hasPrefixFold(low, i, "that ") || hasPrefixFold(low, i, "which ") {
			rest := low[i:]
			best := -1
			for _, v := range []string{" approved", " awarded", " allocated", " committed", " earmarked", " agreed", " confirmed", " announced", " set aside", " granted", " pledged"} {
				if k := strings.Index(rest, v); k > 0 && k < 80 && !strings.ContainsAny(rest[:k], ",;") && (best < 0 || k < best) {
					best = k + len(v)
				}
			}
			if best > 0 {
				i += best
			} else {
				i += strings.IndexByte(rest, ' ') + 1
			}
			continue
		}
		// "in Create Denver grants", "in new Arts Council funding"
		if hasPrefixFold(low, i, "in ") {
			rest := low[i+3:]
			// (past the last such word before "to" or "for": "in Local
			// Government Grant Program funding to 31 cities")
			f := strings.Fields(head(rest, 70))
			end, at := -1, 0 // the last funding word's end; the words read
			for k := 0; k < len(f) && k < 6; k++ {
				idx := strings.Index(rest[at:], f[k])
				if idx < 0 {
					break
				}
				at += idx + len(f[k])
				w := strings.Trim(f[k], ",.;")
				if w == "grants" || w == "funding" || w == "awards" || w == "investment" || w == "grant" {
					end = at
				}
				if w == "to" || w == "for" || strings.HasSuffix(f[k], ",") {
					break
				}
			}
			if end > 0 {
				i += 3 + end
				continue
			}
		}
		// "made by the Wolfson Foundation to X": skip the giver
		if hasPrefixFold(low, i, "by ") {
			rest := low[i:]
			end := min(len(rest), 90)
			best := -1
			for _, p := range []string{" to ", " for "} {
				k := strings.Index(rest[:end], p)
				// "by the Department for Transport": a "for" inside the
				// giver's name
				for k > 0 && p == " for " && hasAnySuffix(rest[:k], "department", "minister", "ministry", "secretary of state", "office", "commissioner", "agency") {
					if n := strings.Index(rest[k+len(p):end], p); n >= 0 {
						k += len(p) + n
					} else {
						k = -1
					}
				}
				if k > 0 && !strings.ContainsAny(rest[:k], ",;") && (best < 0 || k < best) {
					best = k
				}
			}
			if best > 0 {
				i += best + 1
				continue
			}
		}
		// passive with the recipient as agent: "has been secured by X"
		for _, p := range []string{"secured by ", "won by ", "received by ", "claimed by ", "landed by ", "obtained by "} {
			if hasPrefixFold(low, i, p) {
				return "to", right[i+len(p):]
			}
		}
		if hasPrefixFold(low, i, "by ") {
			// "the grant of £846,000 offered by the Department for
			// Transport": the giver, not a recipient
			return "", ""
		}
		for _, p := range []string{"to ", "for ", "towards ", "toward ", "on ", "between ", "among ", "amongst ", "behind ", "into "} {
			if hasPrefixFold(low, i, p) {
				return strings.TrimSpace(p), right[i+len(p):]
			}
		}
		if hasPrefixFold(low, i, "across ") {
			// "approved NZ$460,000 across eight stations": shared among a
			// counted group (a span, "across two years", went above)
			if n, w := countWord(low[i+len("across "):]); n > 1 && w > 0 {
				if nw := trimWord(firstField(low[i+len("across ")+w:])); genericNouns[nw] || projectNouns[nw] {
					return "among", right[i+len("across "):] // (not "across four topics")
				}
			}
		}
		return "", ""
	}
	return "", ""
}

// wholeName reports a phrase that is one proper name from end to end,
// lowercase linking words allowed ("Tynedale Hospice at Home", "Friends
// of the Earth"): capitalised first and last, two to seven words.
func wholeName(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 7 || !isProperWord(f[0]) || !isProperWord(trimWord(f[len(f)-1])) {
		return false
	}
	for _, w := range f {
		if !isProperWord(trimWord(w)) && !connectors[w] && w != "at" && w != "on" && w != "in" {
			return false
		}
	}
	return true
}

// bodyAwardNear reports a body award to the headline award's recipient
// within a fifth of its hedged figure, on the side its hedge points to:
// "almost £2m" for £1.75 million, "more than £1m" for £1.2 million.
func bodyAwardNear(cands []awardCand, h Award) bool {
	for _, c := range cands {
		b := c.award
		if b.Evidence.Kind == kindHeading || b.Recipient != h.Recipient || b.Currency != h.Currency || b.Amount*5 < h.Amount*4 || b.Amount*4 > h.Amount*5 {
			continue
		}
		switch *h.Qualifier {
		case "almost", "nearly", "up to", "under", "just under", "close to":
			if b.Amount <= h.Amount {
				return true
			}
		case "more than", "over", "just over", "at least":
			if b.Amount >= h.Amount {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// memberNamed returns the body named as one of a batch: "A Goldthorpe
// youth club ..., Dearne Fighting Fit, is among ten projects to share
// £166,450", so that "The club has been awarded £18,500" next is Dearne
// Fighting Fit; "" when the sentence names none so.
func memberNamed(s sent) string {
	if !strings.Contains(s.low, " among ") && !strings.Contains(s.low, " one of ") {
		return "" // most sentences
	}
	for _, p := range []string{" is among ", " was among ", " is one of ", " was one of "} {
		k := strings.Index(s.text, p)
		if k <= 0 {
			continue
		}
		subj := strings.TrimRight(s.text[:k], " ,")
		if n := describedName(subj); n != "" {
			return n
		}
		if leadingProper(subj) == cleanName(subj) && orgName(subj) && !isFunder(subj) {
			return cleanName(subj)
		}
		return ""
	}
	return ""
}

// countedAwards reports a clause that opens with a count of awards: "Three
// new awards will bring", "Two grants worth".
func countedAwards(left string) bool {
	l := asciiLower(strings.TrimSpace(left))
	n, w := countWord(l)
	if w == 0 || n < 2 {
		return false
	}
	f := strings.Fields(l[w:])
	for d := 0; d < 3 && d < len(f); d++ {
		switch trimWord(f[d]) {
		case "awards", "grants", "fellowships":
			return true
		}
	}
	return false
}

// sharedOut reports a sum shared or split out "between" or "among"
// others, which its subject gives: "has shared £12 million from its new
// fund between the 42 ICBs" (but "shared £1m between them" is received).
func sharedOut(verb, lowRight string) bool {
	switch verb {
	case "shared", "split", "divided", "shares", "splits", "divides":
	default:
		return false
	}
	r := head(lowRight, 120)
	for _, p := range []string{" between ", " among ", " amongst "} {
		if k := strings.Index(r, p); k >= 0 {
			w := firstWordLower(r[k+len(p):])
			return w != "them" && w != "themselves" && w != "us" && w != "you"
		}
	}
	return false
}

// kindOfFunding returns the length of "of development funding", "in
// seed grants" at the start of low: "of" or "in", one word in lower
// case (not the grantee's own: "match", "own"), then funding, grant,
// grants or support; or 0.
func kindOfFunding(low string) int {
	r, ok := strings.CutPrefix(low, "of ")
	if !ok {
		if r, ok = strings.CutPrefix(low, "in "); !ok {
			return 0
		}
	}
	j := 0
	for j < len(r) && (r[j] >= 'a' && r[j] <= 'z' || r[j] == '-') {
		j++
	}
	if j == 0 || j == len(r) || r[j] != ' ' {
		return 0
	}
	switch r[:j] {
	case "match", "matched", "matching", "own", "the", "its", "their", "his", "her", "our", "a", "an", "this", "that":
		return 0
	}
	rest := r[j+1:]
	for _, h := range []string{"funding", "grants", "grant", "support"} {
		if strings.HasPrefix(rest, h) && (len(rest) == len(h) || !isLetter(rest[len(h)])) {
			return len(low) - len(rest) + len(h)
		}
	}
	return 0
}

// objectFillers are skipped between a figure and the phrase naming its
// recipient.
// nameLineUnder reads a card's line under its heading that is a body's
// name and nothing else ("Delridge Neighborhoods Food Alliance"): not a
// place ("Lewiston, Idaho"), not a sentence. It returns "" otherwise.
func nameLineUnder(b block) string {
	t := strings.TrimSpace(b.text)
	if b.kind != kindParagraph || len(t) > 80 || strings.ContainsAny(t, ",.:;£$€0123456789") || !strings.Contains(t, " ") {
		return ""
	}
	if n := leadingProper(t); n == t && !placeLine(t) && !isFunder(n) && !isPerson(n) {
		return n
	}
	return ""
}

// relativeAfterName returns where a relative clause (", which ", ", who ")
// opens in subj when the words before it are one name and nothing else,
// not a person's, and (when closed) the clause closes with a comma:
// "Cornwall Council, which had asked for more, ". It returns 0 otherwise.
func relativeAfterName(subj string, closed bool) int {
	for _, rel := range []string{", which ", ", who "} {
		k := strings.Index(subj, rel)
		if k <= 0 {
			continue
		}
		if ts := strings.TrimSpace(subj[k+len(rel):]); closed && (!strings.HasSuffix(ts, ",") || len(ts) < 4) {
			continue // the clause must close before the verb: not "X, which receives"
		}
		p := stripDeterminer(strings.TrimSpace(subj[:k]))
		if n := leadingProper(p); n != "" && n == p && !isFunder(n) && !isPerson(n) {
			return k
		}
	}
	return 0
}

// copularProgramme returns the name a sentence opens with when it says
// the name is a programme of a stated worth: "Multiply is a £270 million
// programme", "Robot Dexterity is a £62m programme". It returns ""
// otherwise, and for a body's name ("Leeds City Council is a ...").
func copularProgramme(text, low string) string {
	if !strings.Contains(low, " is a") {
		return "" // (the cheap test first: this runs on every sentence)
	}
	n := leadingProper(text)
	if n == "" || !strings.HasPrefix(text, n) || orgName(n) || isPerson(n) || isFunder(n) || countFields(n, 6) > 5 {
		return ""
	}
	r, ok := cutAnyPrefix(text[len(n):], " is a ", " is an ")
	if !ok {
		return ""
	}
	ms := scanAmounts(head(r, 40))
	if len(ms) == 0 || ms[0].QStart > 12 {
		return ""
	}
	switch firstWordLower(strings.TrimLeft(r[ms[0].End:], " ")) {
	case "programme", "program", "fund", "scheme", "initiative", "competition":
		return n
	}
	return ""
}

// totalOfEach reports a figure that adds up what each of a group gets:
// the words before the figure before it ("Twelve projects will each
// receive £50,000", "£50,000 each") say each, and those between
// ("lowLeft") end in a total: ", totalling ", ", for a total investment
// of ".
func totalOfEach(before, lowLeft string) bool {
	l := strings.TrimRight(lowLeft, " ")
	if !hasAnySuffix(l, " totalling", " totaling", " a total of", " a total investment of", " a combined total of", " a combined investment of", " total investment of") {
		return false
	}
	return hasWord(tail(before, 70), "each") || hasWord(head(lowLeft, 8), "each")
}

// dashPurposeLine reports the opening of a line "Name – what the money
// is for – " before its figure: a whole name, then a purpose of three
// words or more that is no cost or total.
func dashPurposeLine(before string) bool {
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), " –")
	if !ok {
		return false
	}
	name, purpose, ok := strings.Cut(b, " – ")
	if !ok || strings.Contains(purpose, " – ") || !strings.Contains(name, " ") || leadingProper(name) != name || isFunder(name) {
		return false
	}
	lp := asciiLower(purpose)
	return countFields(purpose, 4) >= 3 && leadingProper(purpose) != purpose && !hasAnyPrefix(lp, "total", "project cost", "cost", "match", "requested", "applied")
}

// conditionAsideEnd returns where a condition set beside a figure ends
// ("subject to contract", "again subject to a full business case,",
// "in principle"), or i when none starts at low[i]: the aside runs to its
// comma when one closes it within a few words, else it is one word long.
func conditionAsideEnd(low string, i int) int {
	j := i
	if hasPrefixFold(low, j, "again ") {
		j += len("again ")
	}
	for _, p := range []string{"subject to ", "pending ", "conditional on ", "conditionally", "provisionally", "in principle"} {
		if !hasPrefixFold(low, j, p) {
			continue
		}
		j += len(p)
		if p[len(p)-1] != ' ' {
			return j
		}
		if k := strings.IndexByte(head(low[j:], 50), ','); k > 0 && !strings.Contains(low[j:j+k], " for ") && !strings.Contains(low[j:j+k], " to ") {
			return j + k
		}
		k := j
		for k < len(low) && isLetter(low[k]) {
			k++
		}
		return k
	}
	return i
}

var objectFillers = []string{
	// ("of development funding", "in additional funding": a kind of
	// funding in one word is kindOfFunding's)
	"worth of funding", "worth of", "of national lottery funding", "of funding",
	"in funding", "in grants", "in grant", "of investment", "in investment", "of support", "in support",
	"capital funding", "revenue funding", "funding", "in total", "in all", "directly", "on top of the", "on top of", "or so",
	"each", "jointly", "altogether", "in capital", "in revenue", "of public money", "of taxpayers' money",
	"has been", "have been", "will be", "shall be", "is being", "are being", "to be", "is going", "are going",
	"is", "are", "was", "were", "will", "shall", "would", "has", "have", "had", "be", "been", "also", "now", "then",
	"goes", "go", "went", "gone", "going", "awarded", "granted", "allocated", "given", "paid", "made available", "made",
	"available", "distributed", "shared", "split", "divided", "earmarked", "set aside", "handed out",
	"handed", "approved", "committed", "pledged", "invested", "provided", "offered", "ring-fenced",
	"in grant aid", "in lottery funding", "in national lottery funding", "of it", "of the grant", "of the funding",
	"of the money", "of the award", "of the total", "of this", "on to", "onto",
	"grant", "award", "funding package", "package", "boost", "cash boost", "cash injection", "lifeline",
	"allocation", "capital grant", "revenue grant", "lottery grant", "government grant", "funding boost",
	"multi-year grant", "multi-year award", "multiyear grant", "one-off grant", "one-off award", // "a €215k multi-year grant from the Youth Arts Fund to X"
	"today", "this week", "yesterday", // "£22 million is allocated today to 20 police force areas"
}

// funderWords name those who give money, never recipients.
var funderWords = []string{"secretary", "minister", "chancellor", "government", "treasury", "mayor", "prime minister", "spokesperson", "spokesman", "spokeswoman", "chief executive"}

// knownFunders are grant-making bodies that announce awards and never
// receive them in their own announcements.
var knownFunders = map[string]bool{
	"nihr": true, "ukri": true, "uk research and innovation": true, "epsrc": true, "bbsrc": true,
	"mrc": true, "esrc": true, "nerc": true, "stfc": true, "ahrc": true, "innovate uk": true,
	"arts council england": true, "arts council": true, "sport england": true, "wellcome": true,
	"european commission": true, "eic": true, "european innovation council": true, "defra": true,
	"dhsc": true, "desnz": true, "dft": true, "dwp": true, "beis": true, "hm treasury": true,
	"scottish enterprise": true, "highlands and islands enterprise": true, "welsh government": true,
	"scottish government": true, "national institute for health and care research": true,
	"arts council of wales": true, "arts council of northern ireland": true, "creative scotland": true,
	"sport wales": true, "sportscotland": true, "sport northern ireland": true, "historic england": true,
	"historic environment scotland": true, "cadw": true, "natural england": true, "environment agency": true,
	"homes england": true, "the national lottery community fund": true, "national lottery community fund": true,
	"the national lottery heritage fund": true, "national lottery heritage fund": true, "big lottery fund": true,
	"british council": true, "department for education": true, "northern ireland executive": true,
	"national lottery": true, "the national lottery": true,
}

var pronounSubjects = map[string]bool{
	"it": true, "they": true, "the force": true, "the council": true, "the trust": true,
	"the charity": true, "the project": true, "the scheme": true, "the university": true,
	"the college": true, "the company": true, "the organisation": true, "the organization": true,
	"the group": true, "the partnership": true, "the authority": true, "the museum": true,
	"the firm": true, "the bid": true, "the initiative": true, "the programme": true,
	"he": true, "she": true, "the school": true, "the club": true, "the centre": true,
	"the hall": true, "the theatre": true, "the library": true, "the society": true, "the association": true,
	"the hospice": true, "the church": true, "the festival": true, "the gallery": true, "the foundation": true,
	"the hospital": true, "the board": true,
	// community bodies known by their kind: "the pantry received £42,500"
	"the collective": true, "the network": true, "the alliance": true, "the choir": true, "the orchestra": true, "the forum": true, "the institute": true, "the academy": true,
	"the studio": true, "the developer": true,
	"the pantry": true, "the foodbank": true, "the food bank": true, "the larder": true, "the hub": true, "the shed": true, "the co-op": true, "the cooperative": true, "the co-operative": true,
}

var auxWords = map[string]bool{
	"will": true, "has": true, "have": true, "had": true, "is": true, "are": true,
	"was": true, "were": true, "also": true, "now": true, "would": true,
	"could": true, "received": true, "receives": true, "gets": true, "got": true,
	"won": true, "wins": true, "secured": true, "secures": true, "police": true,
	"tops": true, "topped": true, "leads": true, "led": true,
	"council": true, "constabulary": true, "today": true, "said": true, "says": true,
	"to": true, "shares": true, "share": true, "bags": true, "lands": true, "scoops": true,
}

func firstWord(s string) string {
	return firstField(s)
}

// resolveObject reads the phrase after a figure: a named recipient, a group
// (round total), or only a purpose.
func (a *analyzer) resolveObject(np, prep string) (recip string, generic bool, count int, purpose string) {
	if prep == "for" && (strings.Contains(np, "'s ") || strings.Contains(np, "’s ")) {
		if n, rest := ownersScheme(np); n != "" && !isFunder(n) && !a.isFundName(n) {
			// "approved £3.85 million ... for Kestrel Living's Gasworks
			// Lane scheme": the body whose scheme it is
			return a.expand(n), false, 0, cleanPurpose(rest)
		}
	}
	if k := strings.LastIndex(np, ", "); k > 0 && saysAtEnd(np[k+2:]) {
		// "to regenerate town centres cannot demonstrate what it
		// achieved, the Scottish Public Audit Commission has said": who
		// tells it, no grantee
		np = np[:k]
	}
	if n := leadNamedByKind(np); n != "" && prep != "on" && prep != "towards" {
		return a.expand(n), false, 0, ""
	}
	if k := strings.Index(np, ", led by "); k > 0 && prep != "on" && prep != "towards" {
		// "the Canalside Homes Partnership, led by Weoley Housing Group,":
		// the lead (but "the Northern Stroke Recovery Network, a
		// partnership of three NHS trusts ..., led by X" presents the
		// body named as the one given the money)
		if n := namedBeforeLed(np[:k+1]); n != "" {
			return a.expand(n), false, 0, ""
		}
		if r := leadingProper(np[k+len(", led by "):]); r != "" && !isFunder(r) {
			return a.expand(r), false, 0, ""
		}
	}
	if k := strings.Index(np, ", "); k > 0 && prep != "on" && prep != "towards" && prep != "into" && (allLower(np[:k]) || describedHead(np[:k])) {
		// "a $465,000 grant to the gallery’s board of management, the
		// Gippsland Lakes Regional Gallery Inc.": the body described,
		// then named; "goes to a group restoring the old schoolhouse
		// at Glengad, the Glengad Schoolhouse Restoration Committee"
		if n := leadingProper(np[k+2:]); n != "" && (orgName(n) || strings.Contains(n, " ") && describesBody(np[:k])) && !isFunder(n) {
			purpose := ""
			if j := strings.Index(np[k+2:], n); j >= 0 {
				// "..., Southwark Learning Partnership Trust, for a new
				// sixth form centre"
				if r, ok := strings.CutPrefix(np[k+2+j+len(n):], ", for "); ok {
					purpose = cleanPurpose(cutClause(r))
				} else if r, ok := strings.CutPrefix(np[k+2+j+len(n):], ", to "); ok {
					purpose = cleanPurpose(cutClause(r)) // "..., the Barle Valley Farm Cluster, to employ a facilitator"
				}
			}
			return a.expand(n), false, 0, purpose
		}
	}
	np = cutClause(np)
	if prep == "into" {
		// "we put more than €200,000 into the Oileán Glas Ferry Company":
		// a body's name is who gets it (not "into developing X")
		if n := leadingProper(stripDeterminer(np)); n != "" && orgName(n) && !isFunder(n) && !a.isFundName(n) && len(n)*3 >= len(purposeCut(stripDeterminer(np)))*2 {
			return a.expand(n), false, 0, ""
		}
	}
	if prep == "on" || prep == "towards" || prep == "into" {
		return "", false, 0, cleanPurpose(np)
	}
	if l := asciiLower(stripDeterminer(np)); hasAnyPrefix(l, "round ", "wave ", "phase ", "tranche ", "call ", "first round", "second round", "third round", "fourth round", "fifth round") && len(findRounds(l)) > 0 {
		// "committed $14.75 million in Round Two of the Country Pools
		// Renewal Program": a round's batch, given to no one body
		return "", true, 0, ""
	}
	if strings.Contains(np, " ") && fundHeadFirst[lowerByte(np[0])] || strings.HasPrefix(np, "the ") || isProperWord(firstWord(np)) {
		if h := findFunds(np); len(h) > 0 && (h[0].start <= 4 || h[0].start < 40 && strings.HasSuffix(strings.TrimSpace(np[:h[0].start]), " for the") && strings.HasSuffix(leadingProper(np), h[0].name)) {
			// (and "to ACOA for the Coastal Tourism Experiences Fund": the
			// agency that runs it, holding the fund's money)
			// "set aside £3.5 million for Translational Project Grants in
			// 2028/29": the fund by its whole name, which the caller
			// reads as a budget, not a grantee
			return h[0].name, false, 0, ""
		}
	}

	if isPerson(np) {
		// "goes to Dr Ben Oduya at the University of Wearside"
		if r := a.personOrg(np); r != "" {
			return r, false, 0, ""
		}
	}
	if r, at := ledBy(np); r != "" {
		if n := namedBeforeLed(np[:max(0, at)]); n != "" {
			// "to the Northern Stroke Recovery Network, a partnership of
			// three NHS trusts ..., led by X": the body named, as for a
			// subject
			return a.expand(n), false, 0, ""
		}
		p := np
		if at > 0 {
			p = np[:at]
		}
		if pp := cleanPurpose(p); len(pp) > 3 {
			return a.expand(r), false, 0, pp
		}
		// "a Metropolitan Police-led project creating ...": the purpose
		// follows the lead
		rest := np[at:]
		if k := strings.Index(rest, "-led "); k >= 0 {
			rest = rest[k+5:]
		} else if k := strings.Index(rest, r); k >= 0 {
			rest = rest[k+len(r):]
		}
		return a.expand(r), false, 0, cleanPurpose(rest)
	}
	if l := asciiLower(np); strings.HasPrefix(l, "the ") {
		// "£310,000 for the university's modelling work": the body
		// named just before owns the work
		for _, ps := range []string{"'s ", "’s "} {
			if k := strings.Index(l, ps); k > 4 && !strings.Contains(l[4:k], " ") && pronounSubjects[l[:k]] {
				if r := a.lastOrg(l[4:k]); r != "" {
					return r, false, 0, cleanPurpose(np[k+len(ps):])
				}
			}
		}
	}
	if n := descriptorName(cutDescription(np)); n != "" {
		// "to the homelessness charity Shelter Cymru for advice"
		rest := ""
		if k := strings.Index(np, n); k >= 0 {
			rest = strings.TrimLeft(np[k+len(n):], ". ")
			for _, p := range []string{"for ", "to "} {
				rest = strings.TrimPrefix(rest, p)
			}
		}
		return a.expand(n), false, 0, cleanPurpose(rest)
	}
	s := stripDeterminer(np)
	ls := strings.ToLower(s)
	for _, q := range []string{"a range of ", "a number of ", "a raft of ", "a series of ", "a variety of ", "various ", "several ", "dozens of ", "hundreds of ", "more than ", "over ", "nearly ", "almost ", "around ", "some ", "up to "} {
		if strings.HasPrefix(ls, q) {
			s, ls = s[len(q):], ls[len(q):]
			generic = true
		}
	}
	if n, w := countWord(ls); w > 0 && n > 0 && !isYear(strings.TrimSpace(ls[:w])) {
		rest := strings.Fields(ls[w:])
		for d := 0; d < 3 && d < len(rest); d++ {
			if genericNouns[trimWord(rest[d])] {
				return "", true, n, ""
			}
		}
		// "between 48 pools across England": any counted plural in lower
		// case is a group
		// "six community makerspaces across Northern Ontario", "31
		// community and enterprise projects": a plural within three words
		if orig := strings.Fields(s[w:]); n > 1 && len(orig) > 0 {
			for d := 0; d < 3 && d < len(orig); d++ {
				nw := trimWord(orig[d])
				if nw != strings.ToLower(nw) || timeUnits[nw] {
					break // ("for 12 months": a time, not a group)
				}
				if strings.HasSuffix(nw, "s") && !strings.HasSuffix(nw, "ss") {
					return "", true, n, ""
				}
			}
		}
	}
	if generic || genericNouns[firstWordLower(ls)] || (genericNouns[headNoun(ls)] && (leadingProper(s) == "" || notRecipient(leadingProper(s)))) {
		// (and "the Scottish partners": a demonym names no body)
		if genericNouns[headNoun(ls)] || genericNouns[firstWordLower(ls)] {
			return "", true, 0, ""
		}
	}
	if name := leadingProper(s); name != "" {
		if isFunder(name) {
			return "", false, 0, ""
		}
		rest := strings.TrimSpace(s[min(len(s), strings.Index(s, name)+len(name)):])
		if prep == "for" && worksAfterName(np, rest) {
			// "has been awarded for the Heol Newydd shared-use path": the
			// works the money pays for, named after a place
			return "", false, 0, cleanPurpose(np)
		}
		if placeModifier(np, rest) {
			// "to a Halton employer-led consortium", "to a Leeds
			// charity": a body not yet named, not the place it is in
			return "", false, 0, ""
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s "), "’s ")
		return a.expand(name), false, 0, cleanPurpose(rest)
	}
	// a common phrase naming a place or body inside it: "an integrated
	// technology project across the East Midlands"
	low := asciiLower(s)
	for _, p := range []string{" across the ", " across ", " in the ", " for the ", " at the ", " of the ", " at "} {
		if k := strings.Index(low, p); k > 0 && k < 80 {
			if w := lastWordLower(low[:k]); strings.HasPrefix(p, " across") && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				continue // "creative spaces across West Yorkshire": spread over a place, given to no one there
			}
			if name := leadingProper(s[k+len(p):]); name != "" && !isFunder(name) && !fundHeads[lastWordLower(name)] && !a.isFundName(name) && (p != " at " || orgName(name) && k < 50 && hasAnyPrefix(asciiLower(np), "the ", "its ", "their ")) {
				// (" at " only before a body: "the intensive care unit at
				// Castlebridge Children's Hospital")
				return a.expand(name), false, 0, cleanPurpose(s)
			}
		}
	}
	return "", false, 0, cleanPurpose(s)
}

// cutClause ends a phrase at the start of a new clause.
func cutClause(s string) string {
	return strings.TrimSpace(s[:clauseEnd(s)])
}

// clauseEnd is where cutClause cuts s: the first of these breaks,
// matched ignoring ASCII case (as strings.Index on asciiLower(s) would
// find them), or len(s). One pass, dispatching on the break's first byte,
// finds the earliest of them.
func clauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		var breaks []string
		switch s[i] {
		case ',':
			breaks = commaBreaks
		case ';':
			breaks = semicolonBreak
		case '.':
			if nameAbbrevBefore(s[:i]) {
				continue // "MLK Jr. Park Neighbors United"
			}
			breaks = stopBreak
		case ' ':
			breaks = spaceBreaks
		default:
			continue
		}
		for _, c := range breaks {
			if hasPrefixFold(s, i, c) {
				return i
			}
		}
	}
	return len(s)
}

// cutClause's breaks by first byte: ", which", ", who", ", so that",
// "; ", ". ", ", while", " while ", ", and the", ", but", " – ", " — ",
// ", money that", ", with ".
var (
	commaBreaks    = []string{", which", ", who", ", so that", ", while", ", and the", ", but", ", money that", ", with "}
	semicolonBreak = []string{"; "}
	stopBreak      = []string{". "}
	spaceBreaks    = []string{" while ", " – ", " — "}
)

// cleanPurpose tidies a purpose phrase.
func cleanPurpose(s string) string {
	s = cutClause(s)
	s = strings.TrimSpace(strings.TrimRight(s, ".,;:( "))
	if len(s) <= 5 {
		switch strings.ToLower(s) {
		case "and", "or", "with", "while", "but", "plus":
			return "" // "£1,200 to X and £480 to Y": a joiner, no purpose
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, " and"), " or")
	if strings.HasPrefix(s, "(") {
		// "(FI) to take its sensor ...": a country code or note left
		// over from the recipient's name
		if k := strings.IndexByte(s, ')'); k > 0 && k <= 12 {
			s = strings.TrimLeft(s[k+1:], " ,")
		}
	}
	for _, p := range []string{"to ", "for ", "a ", "an ", "the "} {
		if hasPrefixFold(s, 0, p) && len(s) > len(p)+3 {
			s = s[len(p):]
		}
	}
	if len(s) > 200 {
		s = head(s, 200)
	}
	return s
}

// nonBodies end labels that name no body: money of a kind ("Council
// tax"), a plan, or a post.
var nonBodies = wordSet("funding plan strategy vat tax taxes receipts revenue income duty duties levy excise assets liabilities endowment expenditure reserves round act " +
	// "Programme Manager (PO7, £46,731 – £49,764)": a post and its pay
	"officer officers manager managers coordinator coordinators administrator administrators assistant assistants")

// figureFields end the label of a figure that is no one's award: "Award
// Ceiling: $1,000,000", "Total Budget: £2m", "Project Cost: £40,000".
var figureFields = wordSet("ceiling floor maximum minimum limit cap range budget total amount value cost costs size")

// objectPrep returns just the preposition objectPhrase would find.
func objectPrep(lowRight string) string {
	p, _ := objectPhrase(lowRight)
	return p
}

func (a *analyzer) ev(s sent, conf float64) Evidence {
	return Evidence{Text: s.text, Offset: s.off, Kind: s.kind, Confidence: conf}
}

// entryFund gives an item of a feed's entry that names no fund the fund
// its entry is about, not the page's first.
func (a *analyzer) entryFund(fund string) string {
	if fund == "" && a.entries {
		return a.lastFund
	}
	return fund
}

func (a *analyzer) addLimit(s sent, window string, m money, fund, scope string, conf float64) {
	fund = a.entryFund(fund)
	if scope == "fund" && containsAny(s.low, []string{"are proposing to", "is proposing to", "we propose to", "proposes to", "it is proposed to", "we are consulting on", "we propose a ", "is proposing a ", "are proposing a ", "proposes a ", "proposed budget", "outcome of this consultation", "outcome of the consultation", "would expect to make", "if i am elected", "if elected", "if we are elected", "if re-elected", "manifesto"}) || scope == "fund" && hasAnyWord(s.low, []string{"pledge", "pledges"}) {
		return // "We are proposing to replace the fund with a new grant from April 2028, with £800,000", "We propose a budget of £18 million", "If I am elected Mayor, I will create a new £10 million fund": no budget yet
	}
	if l := tail(s.low[:m.QStart], 50); scope == "fund" && strings.Contains(l, "whose ") && strings.Contains(l[strings.LastIndex(l, "whose "):], "budget") {
		return // "for nonprofits whose annual budget is under $2 million": the applicants' size
	}
	if fund == "" && scope == "fund" && containsAny(s.low, []string{"day-to-day budget", "departmental budget", "resource budget", "departmental expenditure", "departmental spending"}) {
		return // "Its day-to-day budget rises to £214.6bn in 2028-29": a department's, no fund's
	}
	if fund != "" && a.funds.parent[fund] && hasAnyPrefix(s.low, "the programme ", "the program ", "the scheme ", "the grant ", "the fund ", "it ") {
		// "The programme is funded from the council's UK Shared
		// Prosperity Fund allocation and has a budget of £400,000": the
		// budget is the programme's, the one named before, not its
		// parent's
		fund = ""
		if !a.funds.parent[a.prevFund] {
			fund = a.prevFund
		}
		if h := anaphorHead(s.low); h != "" && lastWordLower(fund) != h {
			// "The fund has €12 million available ..., co-financed by
			// the ERDF" after "Feasibility grants of up to €50,000": the
			// fund the section's heading names, or the last so named
			if hf := a.funds.resolve(a.headingFund); hf != "" && lastWordLower(hf) == h && !a.funds.parent[hf] {
				fund = hf
			}
			for i := len(a.funds.names) - 1; i >= 0 && lastWordLower(fund) != h; i-- {
				if n := a.funds.names[i]; lastWordLower(n) == h && !a.funds.parent[n] {
					fund = n
					break
				}
			}
		}
	}
	if scope == "fund" && m.QStart >= 0 && m.QStart <= len(s.low) {
		// "the unallocated budget of £254,750": money left over is no
		// budget to watch (but "the budget of £60,000 for 2022/23 is
		// carried forward" still states the year's budget)
		// "The remaining £18 million will be made available through a
		// second round next financial year" is next year's budget
		r := strings.TrimLeft(s.low[min(m.End, len(s.low)):], " ")
		if strings.HasPrefix(r, "of the ") {
			// "The remaining $6 million of the $18-million fund will be
			// available in 2027-28"
			if k := strings.Index(head(r, 60), " will be "); k > 0 {
				r = r[k+1:]
			}
		}
		later := hasAnyPrefix(r, "will be made available", "will be available", "will be offered", "will be allocated", "is to be offered", "is to be allocated", "of the fund will be")
		if hasAnyWord(tail(s.low[:m.QStart], 40), []string{"unallocated", "underspend", "underspent", "unspent", "left over", "leftover"}) || strings.HasSuffix(strings.TrimRight(s.low[:m.QStart], " "), " remaining") && !later {
			return
		}
		if later && !strings.Contains(asciiLower(window), " will be ") {
			// the year is told after the fund's name
			window = s.text[m.QStart:]
		}
	}
	l := Limit{Fund: fund, Amount: m.Value, Currency: m.Currency, Scope: scope, Evidence: a.ev(s, conf)}
	if m.Min > 0 {
		v := m.Min
		l.AmountMin = &v
	}
	if m.Qual != "" {
		q := m.Qual
		l.Qualifier = &q
	}
	if k := strings.LastIndex(window, ", of which "); k >= 0 && m.End <= len(s.text) && strings.Contains(window[k:], s.text[m.QStart:m.End]) {
		// "£45 million over the three financial years from 2025-26 to
		// 2027-28, of which £18 million is available in 2026-27"
		window = window[k:]
	}
	launch := false
	if lw := asciiLower(window); hasAnyWord(lw, []string{"launched", "announced", "unveiled", "introduced", "established", "created"}) {
		// "The £85 million X Fund was launched by the Government last
		// year": the year it began, not its money's
		_, _, _, explicit := findExplicitFY(window)
		// (but "£42m is available ... this financial year, covering
		// ... projects such as those announced today": the year said of
		// the money is its own)
		launch = !explicit && !strings.Contains(lw, "this financial year")
	}
	if n := len(a.limits); n > 0 && a.limits[n-1].order == s.order && m.QStart <= len(s.low) && hasAnySuffix(strings.TrimRight(s.low[:m.QStart], " "), " of the", " of its") {
		// "The remaining $6 million of the $18-million fund will be
		// available in 2027-28": the year is the part's, not the whole's
		launch = true
	}
	if k := strings.Index(window, s.text[m.QStart:min(m.End, len(s.text))]); k >= 0 && strings.Contains(asciiLower(window[:k]), "biennium") {
		// "The budget for the 2028-2029 biennium appropriates $20 million
		// for the fund in SFY 2028": the figure's own year, after it
		window = window[k:]
	}
	if k := comparisonAfter(window, s.text[m.QStart:min(m.End, len(s.text))]); k > 0 {
		// "£18 million is available through KEIF, unchanged from
		// 2025-26 in cash terms": the year compared with is not the
		// budget's
		window = window[:k]
	}
	if ys := a.eachYearNamed(s, m, window); len(ys) > 1 {
		// "... allocations for academic years 2026-27 and 2027-28. For
		// each year £18 million is available": the budget of each
		for _, y := range ys {
			ly := l
			ps := fyString(y)
			ly.Period = &ps
			a.limits = append(a.limits, limitCand{limit: ly, order: s.order, fund: fund})
		}
		return
	}
	if n, start, ok := eachYearAvailable(s.low[min(m.End, len(s.low)):], a.base); ok {
		// "£2.5 million is available in each of 2027/28 and 2028/29":
		// the budget of each year
		for y := start; y < start+n; y++ {
			ly := l
			ps := fyString(y)
			ly.Period = &ps
			a.limits = append(a.limits, limitCand{limit: ly, order: s.order, fund: fund})
		}
		return
	}
	if p, ok := findPeriod(window, a.base); ok && !launch && spanYears(asciiLower(window)) == 0 {
		ps := fyString(p)
		l.Period = &ps
	} else if k := strings.LastIndex(window, ", with "); k >= 0 && m.End <= len(s.text) && strings.Contains(window[k:], s.text[m.QStart:m.End]) {
		// "The fund will run over three years, with £8 million
		// available in this financial year": the clause of the figure
		// names its year
		if p, ok := findPeriod(window[k:], a.base); ok && spanYears(asciiLower(window[k:])) == 0 {
			ps := fyString(p)
			l.Period = &ps
		}
	}
	a.limits = append(a.limits, limitCand{limit: l, order: s.order, fund: fund})
}

// comparisonAfter returns where, after fig in window, a comparison with
// another year begins ("unchanged from 2025-26", "up from £15m in
// 2025/26", "compared with"), or -1.
func comparisonAfter(window, fig string) int {
	f := strings.Index(window, fig)
	if f < 0 {
		return -1
	}
	lw := asciiLower(window)
	best := -1
	for _, c := range []string{" unchanged from ", " up from ", " down from ", " compared with ", " compared to ", " against ", " the same as in ", " as in "} {
		if k := strings.Index(lw[f:], c); k >= 0 && (best < 0 || f+k < best) {
			best = f + k
		}
	}
	return best
}

// eachYearNamed returns the financial years the sentence before named,
// when this one gives a figure "for each year" or "each year" and its
// window no year of its own: "... for academic years 2026-27 and 2027-28. For
// each year £18 million is available".
func (a *analyzer) eachYearNamed(s sent, m money, window string) []int {
	if len(a.prev) < 2 || m.QStart > len(s.low) || !strings.Contains(s.low, "each year") {
		return nil
	}
	l := s.low[:m.QStart]
	r := s.low[min(m.End, len(s.low)):]
	if !strings.Contains(tail(l, 30), "each year") && !hasAnyPrefix(strings.TrimLeft(r, " "), "each year", "is available each year", "is available in each year") {
		return nil
	}
	if _, _, _, ok := findExplicitFY(window); ok {
		return nil // the figure's words name its own years
	}
	return listYears(a.prev[len(a.prev)-2], nil)
}

func (a *analyzer) addRound(s sent, m money, num int, recap bool, projects int, fund string) {
	if e := a.elidedBefore(m.QStart); e > 0 && e != num {
		// "The third round follows the second, announced last summer,
		// in which 36 projects shared £15.2m": the round named just
		// before the figure
		num = e
	}
	fund = a.entryFund(fund)
	if fund == "" && recap && num > 0 {
		// "The first round, in 2024, supported two operators with £1.9m"
		// after "the second round of its Coach Decarbonisation
		// Challenge": an earlier round of the fund whose round was
		// last named
		for k := len(a.mentions) - 1; k >= 0; k-- {
			if a.mentions[k].fund != "" {
				fund = a.mentions[k].fund
				break
			}
		}
	}
	if num == 0 && strings.Contains(s.low, "rounds") && reSeveralRounds.MatchString(s.low) {
		return // "Rounds 1 and 2 delivered $14.2 million to 41 projects": no one round's total
	}
	if num == 0 && !recap && s.kind != kindHeading && a.ctxRound > 0 && (a.ctxHeading && a.ctxHeadingAt == a.lastHeadingAt || !s.first && a.ctxToldAt == s.order-1) && len(findRounds(s.low)) == 0 {
		// (or "Round 1 opened in February 2025 ... In total £2.4
		// million was shared by 31 projects.": the round the sentence
		// before named)
		// "<h3>Round 1</h3><p>The panel awarded £184,000 to five
		// businesses.": the round the section's heading names, as its
		// awards are
		num = a.ctxRound
	}
	if num == 0 && yearsGiving(s.low) && len(findRounds(s.low)) == 0 {
		// "We awarded £8.4m in 163 new grants during 2026/27", "In
		// 2027/28 the X Fund awarded £1.38m in 214 grants": a year's
		// giving, over every round in it
		return
	}
	if cumulativeCue(s.low) && (len(findRounds(s.low)) == 0 || strings.Contains(s.low, " rounds")) {
		// "Since it was launched in 2026, the fund has invested $7.4
		// million in 61 projects": all rounds so far, no one round's batch
		return
	}
	if projects == 0 && a.madeCount > 0 && s.order-a.madeCountOrder <= 8 && hasAnyPrefix(s.low, "together the ", "together, the ", "together these ", "together, these ", "in total the ", "in total, the ", "altogether the ", "altogether, the ", "between them ", "between them, ", "the awards total", "the grants total", "these awards total", "these grants total") {
		// "... has made four awards in its autumn round:" then the list,
		// then "Together the awards total £40,250."
		projects = a.madeCount
	}
	v := m.Value
	if fund != "" && s.kind != kindHeading {
		// "Eight tenant-led projects share £41,750" over "In the latest
		// round of our Neighbourhood Investment Fund, eight projects ...
		// will share £41,750": the heading's batch is the fund this
		// sentence names, not the one named before the heading; and a
		// heading naming none ("Spring 2026 grants: 14 local groups share
		// £58,940") is the batch of the fund "this round" is of
		named := strings.Contains(s.text, fund)
		for k := len(a.facts) - 1; k >= 0 && a.facts[k].order >= s.order-6; k-- {
			if f := &a.facts[k]; f.ev.Kind == kindHeading && f.total != nil && *f.total == v && f.currency == m.Currency && f.fund != fund && (f.fund == "" || named && !strings.Contains(f.ev.Text, f.fund)) {
				f.fund = fund
			}
		}
	}
	a.facts = append(a.facts, roundFact{order: s.order, num: num, recap: recap, total: &v, qual: m.Qual, currency: m.Currency, projects: projects, fund: fund, ev: a.ev(s, 0.7), revised: !recap && revisedTotal(s.low[:m.QStart])})
}

// revisedTotal reads the words before a round's total as a figure that
// replaces one told before: "The second round now supports four schemes
// with a total of", "trustees increased the round from £4m to".
func revisedTotal(lowLeft string) bool {
	if k := strings.LastIndexAny(lowLeft, ".;"); k >= 0 {
		lowLeft = lowLeft[k+1:]
	}
	if k := strings.Index(lowLeft, " now "); k > 0 && hasAnySuffix(lowLeft[:k], " round", " round total", " round’s total", " round's total") && !strings.Contains(lowLeft, " since ") {
		return true // (but "the scheme has now offered £5.26m to 23 businesses since it was launched" adds up every round)
	}
	return roundRaisedTo(lowLeft)
}

// roundRaisedTo reports the words before a round's new total told as a
// change "from" one figure to another, which scanAmounts reads as one
// span: "trustees increased the round from" (£4m to £5.5m); raisedFrom
// reads a budget's the same way.
func roundRaisedTo(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	if !strings.HasSuffix(t, " from") {
		return false
	}
	t = tail(t, 80)
	return strings.Contains(t, " round ") && hasAnyWord(t, []string{"increased", "raised", "expanded", "topped", "extended", "grew"})
}

func (a *analyzer) addAward(s sent, m money, recip, purpose, fund string, conf float64, sentRound int) int {
	fund = a.entryFund(fund)
	recip = unitHost(recip)
	for _, p := range []string{"Runners-up ", "Runner-up ", "Joint winners ", "Winners ", "Finalists "} {
		recip = strings.TrimPrefix(recip, p) // "Runners-up Ferroclay and Verdant Binders will each receive"
	}
	if k := strings.Index(recip, " in "); k > 0 && orgSuffixes[lastWordLower(recip[:k])] && isProperWord(firstWord(recip[k+4:])) {
		recip = recip[:k] // "the Saltmarsh Quay Regeneration Company in Grimsby": the company, not its town
	}
	recip = dropStreet(recip)
	if recip == "Police" || strings.HasPrefix(recip, "Fire and Crime Commissioner") {
		// "the Police, Fire and Crime Commissioner for Essex": a title
		// whose comma is its own, read in two halves
		if k := strings.Index(s.text, "Police, Fire and Crime Commissioner"); k >= 0 {
			if n := leadingProper(s.text[k+len("Police, "):]); n != "" {
				recip = "Police, " + n
			}
		}
	}
	// the purpose is what the money is for, never the grantee's name
	// nor the tail of an aside (", as lead applicant for ...")
	purpose = strings.TrimSpace(strings.TrimLeft(purpose, ",;: "))
	if strings.EqualFold(purpose, recip) || strings.HasPrefix(purpose, "as ") {
		purpose = ""
	}
	switch strings.ToLower(purpose) {
	case "the", "a", "an", "its", "their", "our", "this", "that":
		purpose = "" // "towards the £6.8 million reopening": cut at the next figure
	}
	aw := Award{
		Recipient: recip,
		Amount:    m.Value,
		Currency:  m.Currency,
		Tranches:  []Tranche{},
		Purpose:   purpose,
		Evidence:  a.ev(s, conf),
	}
	if m.Qual != "" {
		q := m.Qual
		aw.Qualifier = &q
	}
	if m.Min > 0 {
		v := m.Min
		aw.AmountMin = &v
	}
	ctx := a.ctxRound
	if sentRound > 0 {
		ctx = sentRound
	}
	if recip != "" && a.funds.canonical(recip) != "" && !orgName(recip) && containsAny(s.low, []string{"set aside for", "earmarked for", "ring-fenced for", "ringfenced for"}) {
		// "£400m has been set aside for the Schools Renewal Programme":
		// money for the fund, its budget, not an award to it (though a
		// body named like a fund, "the Youth Endowment Fund", may be
		// given money)
		a.addLimit(s, s.text, m, a.funds.canonical(recip), "fund", 0.6)
		a.awards = append(a.awards, awardCand{award: aw, order: s.order, fund: fund, drop: true})
		return len(a.awards) - 1
	}
	a.awards = append(a.awards, awardCand{award: aw, order: s.order, ctxRound: ctx, fund: fund, noRecip: recip == ""})
	if s.kind == kindListItem && s.first && recip != "" {
		a.itemRecip, a.itemRecipOrder = recip, s.order
	}
	if recip != "" {
		a.lastRecip = recip
		a.recipients[strings.ToLower(recip)] = true
	}
	return len(a.awards) - 1
}

// assemble resolves rounds, funds and duplicates into res.
func (a *analyzer) assemble(res *Result, dated bool) {
	primary := a.funds.primary()
	res.Funds = append([]string{}, a.funds.names...)
	if res.Funds == nil {
		res.Funds = []string{}
	}
	if primary == "" && (len(a.limits) > 0 || len(a.facts) > 0) {
		// "For 2026/27 the Trustees had £175,000 available for grants" on
		// the Brackenfield Airport Community Trust's own page, which names
		// no fund: the trust gives from its own, and is the fund
		if pub := a.publisherOrg(); pub != "" && grantMaker(pub) && !a.recipients[strings.ToLower(pub)] {
			primary = pub
			res.Funds = append(res.Funds, pub)
		}
	}

	// Each fund's round in force is the highest current round its
	// sentences name: "the third round of the Safer Nights Fund" numbers
	// no round of the page's other fund. A mention naming no fund is the
	// page's.
	// resolved is the fund a mention or fact names, or the page's when
	// it names none.
	resolved := func(f string) string {
		if f == "" {
			return primary
		}
		return a.funds.resolve(f)
	}
	mainNums := map[string]int{}
	for _, m := range a.mentions {
		f := resolved(m.fund)
		if !m.future && !m.recap && m.num > mainNums[f] {
			mainNums[f] = m.num
		}
	}
	// "Ten groups have shared £38,650 in the latest round ... The first
	// round, in autumn 2028, shared £42,000": the latest round of a fund
	// whose earlier rounds are recapped as 1 to k, and numbered nowhere,
	// is round k+1
	for _, m := range a.mentions {
		f := resolved(m.fund)
		if !m.latest || m.num > 0 || mainNums[f] != 0 {
			continue
		}
		seen := map[int]bool{}
		for _, r := range a.mentions {
			if r.num > 0 && r.recap && resolved(r.fund) == f {
				seen[r.num] = true
			}
		}
		k := len(seen)
		for n := 1; n <= k; n++ {
			if !seen[n] {
				k = 0
			}
		}
		if k > 0 {
			mainNums[f] = k + 1
		}
	}
	mainNum := mainNums[primary]
	// An EU cooperation programme's money is the programme's, though its
	// sentences say which EU fund pays it ("approved 11 projects ... with
	// €18.4 million of EU funding from the European Regional Development
	// Fund"); only "from the ERDF through the programme" keeps the fund.
	euProgramme := ""
	for _, n := range a.funds.names {
		if strings.HasPrefix(n, "Interreg ") || strings.Contains(n, "Cooperation Programme") || strings.Contains(n, "Cooperation Program") {
			euProgramme = n
			break
		}
	}
	fundOr := func(f, evidence string) string {
		f = resolved(f)
		if euProgramme != "" && euSourceFunds[strings.ToLower(f)] && !strings.Contains(evidence, " through ") {
			return euProgramme
		}
		return f
	}

	// Rounds: one per number; the first stated total and count win (the
	// headline and lead come first); unnumbered facts belong to the main
	// round; earlier numbers are recaps.
	type acc struct {
		r     Round
		order int
		// headTotal: the total was taken from a heading, whatever the
		// evidence shown
		headTotal bool
		// countAlone: the count was told without a total ("Two other
		// projects were also successful in Round 2"), so the count told
		// with the round's total wins
		countAlone bool
	}
	// Rounds are kept apart by fund: "£94.5m from the FE Estates Renewal
	// Programme ... £22.1m of Specialist Skills Capital" are two batches.
	type roundKey struct {
		fund  string
		n     int
		month string
	}
	rounds := map[roundKey]*acc{}
	var keys []roundKey
	// An unnumbered batch dated to a month the page's title does not
	// name ("Previous allocations were £61,200 to 14 groups in October
	// 2028 and £39,900 to 9 groups in December 2028" under "February 2029
	// allocation") is a batch of its own, recap or not, unless its total
	// is one already told.
	// A month is only told apart when the page has two: the title's and
	// another, or two in its sentences ("Seven projects ... in our January
	// decisions" under a title naming none is the page's one batch).
	titleMonth := monthOfBatch(strings.ToLower(strings.Join(a.titleParts, " ")))
	factMonths := map[string]bool{}
	for _, f := range a.facts {
		if f.month != "" && f.month != titleMonth {
			factMonths[f.month] = true
		}
	}
	if titleMonth == "" && len(factMonths) < 2 {
		factMonths = nil
	}
	sameTotal := func(fund string, f roundFact) (roundKey, bool) {
		for _, k := range keys {
			if r := rounds[k].r; k.fund == fund && k.n == 0 && r.Total != nil && f.total != nil && *r.Total == *f.total {
				return k, true
			}
		}
		return roundKey{}, false
	}
	for _, f := range a.facts {
		fund := fundOr(f.fund, f.ev.Text)
		n := f.num
		month := ""
		if n == 0 && mainNums[fund] == 0 && factMonths[f.month] && f.total != nil {
			month = f.month
		}
		if n == 0 && month == "" {
			if f.recap {
				continue
			}
			n = mainNums[fund]
		}
		k := roundKey{fund, n, month}
		if k.n == 0 && rounds[k] == nil {
			if same, ok := sameTotal(fund, f); ok {
				k = same
			}
		}
		r := rounds[k]
		if r == nil {
			r = &acc{order: f.order}
			r.r.Fund = fund
			if n > 0 {
				v := n
				r.r.Round = &v
			}
			r.r.Recap = fund == primary && mainNum > 0 && n > 0 && n < mainNum
			r.r.Evidence = f.ev
			r.headTotal = f.ev.Kind == kindHeading
			rounds[k] = r
			keys = append(keys, k)
		}
		wider := r.r.Total != nil && f.total != nil && *f.total > *r.r.Total && f.projects > 1 && (r.r.Projects == nil || f.projects > *r.r.Projects) && overall(f.ev.Text)
		if wider {
			// "Two Dales towns are to share £5.5m ... In total £48m has
			// been shared between 19 towns": the round is the whole batch
			p := f.projects
			r.r.Projects = &p
		}
		exact := r.r.Total != nil && f.total != nil && *f.total != *r.r.Total && nearBodyAmount(*r.r.Total, map[int64]bool{*f.total: true}) &&
			(r.headTotal && f.ev.Kind != kindHeading && (f.qual == "" || r.r.Qualifier != nil) || r.r.Qualifier != nil && f.qual == "" ||
				// "£9.2 million" then a table's total row of 9,214,330
				f.qual == "" && f.ev.Kind == kindTableRow && roundsTo(*f.total, *r.r.Total))
		// "The board approved $412,000 in grants to 22 organizations" then
		// "The council approved $150,000 in Community Arts Access Grants
		// to 16 organizations": the figure said of the fund by name is
		// its round's, the other a board's whole meeting
		named := r.r.Total != nil && f.total != nil && *f.total != *r.r.Total && !f.recap && f.fund != "" && r.r.Fund != "" &&
			strings.Contains(f.ev.Text, f.fund) && !strings.Contains(r.r.Evidence.Text, r.r.Fund) && r.r.Evidence.Kind != kindHeading && !overall(r.r.Evidence.Text)
		if named && f.projects > 0 {
			p := f.projects
			r.r.Projects = &p
		}
		revised := f.revised && f.total != nil && r.r.Total != nil && *f.total != *r.r.Total
		if revised && f.projects > 0 {
			p := f.projects
			r.r.Projects = &p
		}
		if r.r.Total == nil && f.total != nil || wider || exact || named || revised {
			// the first stated total wins, but the body's exact figure
			// beats the headline's rounded one ("More Than $9.5 Million"
			// over "$9,540,000")
			r.r.Total = f.total
			r.r.Currency = f.currency
			r.r.Qualifier = nil
			if f.qual != "" {
				q := f.qual
				r.r.Qualifier = &q
			}
			r.r.Evidence = f.ev
			r.headTotal = f.ev.Kind == kindHeading
			if r.countAlone && f.projects > 0 {
				p := f.projects
				r.r.Projects, r.countAlone = &p, false
			}
		} else if r.r.Total != nil && f.total != nil && *f.total == *r.r.Total && r.r.Evidence.Kind == kindHeading && f.ev.Kind != kindHeading {
			// the body's sentence is better evidence than the headline
			// that says the same
			r.r.Evidence = f.ev
		}
		if r.r.Projects == nil && f.projects > 0 && (f.total == nil || r.r.Total == nil || *f.total == *r.r.Total) {
			// (a count told with another total counts another batch:
			// "Since then it has invested £11.6m in 41 organisations")
			p := f.projects
			r.r.Projects, r.countAlone = &p, f.total == nil
		}
	}
	for _, k := range keys {
		// "More than £18 million has been allocated ..." under "Home
		// Office hands out £18.6m ...": the headline's exact figure
		r := &rounds[k].r
		if r.Total == nil || r.Qualifier == nil {
			continue
		}
		for _, h := range a.headAmounts {
			if h.Value != *r.Total && h.Qual == "" && (h.Currency == r.Currency || r.Currency == "") && hedgeAllows(*r.Qualifier, *r.Total, h.Value) {
				v := h.Value
				r.Total, r.Qualifier = &v, nil
				break
			}
		}
	}
	res.Rounds = []Round{}
	main := func(k roundKey) bool { return k.fund == primary && k.n == mainNum }
	sort.SliceStable(keys, func(i, j int) bool {
		if main(keys[i]) {
			return !main(keys[j])
		}
		if main(keys[j]) {
			return false
		}
		return keys[i].n > keys[j].n
	})
	for _, k := range keys {
		r := rounds[k].r
		if r.Total == nil {
			// "Round one, in 2027–28, supported 22 projects": a round
			// told without its total is no batch to add up
			continue
		}
		if r.Currency == "" {
			r.Currency = "GBP"
		}
		res.Rounds = append(res.Rounds, r)
	}

	// Limits, de-duplicated.
	res.Limits, res.Caps = []Limit{}, []Limit{}
	for _, r := range a.limits {
		if r.raisedFrom == 0 {
			continue
		}
		// "A total of £300,000 is available this financial year" then
		// "the fund has also increased from £300,000 to £340,000": the
		// year's budget is now £340,000
		for i := range a.limits {
			if c := &a.limits[i]; c.raisedFrom == 0 && c.limit.Amount == r.raisedFrom && c.limit.Scope == "fund" && c.limit.Currency == r.limit.Currency && fundOr(c.fund, c.limit.Evidence.Text) == fundOr(r.fund, r.limit.Evidence.Text) {
				c.limit.Amount, c.limit.Evidence = r.limit.Amount, r.limit.Evidence // (its period still the year's)
			}
		}
	}
	seenL := map[string]bool{}
	for _, l := range a.limits {
		if a.pledgePage && l.limit.Scope == "fund" {
			continue // "A £10 million fund for Denholm’s high streets" on a candidate's page of pledges
		}
		l.limit.Fund = fundOr(l.fund, l.limit.Evidence.Text)
		if l.limit.Fund == "" && l.limit.Scope == "per_bid" {
			continue // "grants of up to £25,000" of no named fund caps nothing we track
		}
		p := ""
		if l.limit.Period != nil {
			p = *l.limit.Period
		}
		key := l.limit.Fund + "|" + p + "|" + l.limit.Scope + "|" + itoa64(l.limit.Amount)
		if seenL[key] {
			continue
		}
		seenL[key] = true
		if l.limit.Scope == "per_bid" {
			res.Caps = append(res.Caps, l.limit)
			continue
		}
		res.Limits = append(res.Limits, l.limit)
	}
	// "can bid for a share of £18 million" beside "£18 million is
	// available in the 2026 to 2027 financial year": one limit, the one
	// with its period
	withPeriod := map[string]bool{}
	for _, l := range res.Limits {
		if l.Period != nil {
			withPeriod[l.Fund+"|"+itoa64(l.Amount)] = true
		}
	}
	keptL := res.Limits[:0]
	for _, l := range res.Limits {
		if l.Period == nil && withPeriod[l.Fund+"|"+itoa64(l.Amount)] {
			continue
		}
		keptL = append(keptL, l)
	}
	res.Limits = keptL

	// Awards.
	for _, am := range a.amended {
		hit := false
		for i := range a.awards {
			if aw := &a.awards[i].award; aw.Amount == am.from && strings.EqualFold(aw.Recipient, am.recip) {
				aw.Amount, aw.Tranches, aw.Qualifier, hit = am.to, []Tranche{}, nil, true
			}
		}
		if !hit && am.add {
			a.addAward(am.s, am.m, am.recip, "", am.fund, 0.7, 0)
		}
	}
	for i := range a.awards {
		// "Cellcycle lands £2.05m" over "Cellcycle Technologies Ltd will
		// use the grant": a short name read before the page names the
		// body in full
		if r := a.awards[i].award.Recipient; r != "" && strings.IndexByte(r, ' ') < 0 {
			a.awards[i].award.Recipient = a.expand(r)
		}
	}
	for _, w := range a.withdrawn {
		// the same grant stated elsewhere ("Calderbrook Clockmakers
		// Guild – £148,000 for ..." in the original text below the
		// notice) goes with it
		for i := range a.awards {
			c := &a.awards[i]
			if c.order != w.order && c.award.Amount == w.m.Value && c.award.Currency == w.m.Currency && c.award.Recipient != "" && namesIn(w.low, c.award.Recipient) {
				c.drop = true
			}
		}
	}
	for i := range a.awards {
		if c := &a.awards[i]; c.corrected {
			for _, o := range a.awards {
				if !o.corrected && !o.drop && o.award.Amount == c.award.Amount && o.award.Currency == c.award.Currency {
					c.drop = true // the page states the corrected grant itself
				}
			}
		}
	}
	a.awards = slices.DeleteFunc(a.awards, func(c awardCand) bool { return c.drop })
	res.Awards = make([]Award, 0, len(a.awards))
	named := 0
	for _, c := range a.awards {
		if c.award.Recipient != "" {
			named++
		}
	}
	period := ""
	if dated {
		period = fyString(a.base)
	}
	roundTotals := map[int64]bool{}
	for _, r := range res.Rounds {
		if r.Total != nil {
			roundTotals[*r.Total] = true
		}
	}
	// Headlines repeat the body in title case ("Local Charity Wins £50,000
	// Grant"): an award read from a heading is dropped when the body
	// states the same figure.
	limitAmounts := map[int64]bool{}
	for _, l := range append(res.Limits[:len(res.Limits):len(res.Limits)], res.Caps...) {
		limitAmounts[l.Amount] = true
	}
	bodyAmounts := map[int64]bool{}
	for v := range a.mixedTotals {
		bodyAmounts[v] = true
	}
	headed := false
	headAwards := 0 // awards read from headings: three or more are a list of cards
	for _, c := range a.awards {
		if c.award.Evidence.Kind != kindHeading {
			bodyAmounts[c.award.Amount] = true
		} else {
			headed = true
			if c.award.Recipient != "" {
				headAwards++
			}
		}
	}
	if headed {
		// "Ludford and Kestrelford win £792,000" over "Ludford City
		// Council and Kestrelford Borough Council will receive £480,000
		// and £312,000 respectively": the headline adds up one
		// sentence's awards (a.awards is in sentence order)
		for i := 0; i < len(a.awards); {
			j, sum := i, int64(0)
			for ; j < len(a.awards) && a.awards[j].order == a.awards[i].order; j++ {
				sum += a.awards[j].award.Amount
			}
			if j-i > 1 && a.awards[i].award.Evidence.Kind != kindHeading {
				bodyAmounts[sum] = true
			}
			i = j
		}
		// "College wins £1.35m" over its £1.2 million from one fund and
		// more than £150,000 from another: the headline adds up one
		// recipient's awards
		type total struct {
			sum int64
			n   int
		}
		byRecip := map[string]total{}
		for _, c := range a.awards {
			if c.award.Evidence.Kind != kindHeading && c.award.Recipient != "" {
				t := byRecip[c.award.Recipient]
				byRecip[c.award.Recipient] = total{t.sum + c.award.Amount, t.n + 1}
			}
		}
		for _, t := range byRecip {
			if t.n > 1 {
				bodyAmounts[t.sum] = true
			}
		}
	}
	for i := range a.awards {
		// "<h3>Professor Eilidh Marr, University of Glenross – £1,250,000
		// </h3><p>Professor Marr and colleagues have been awarded
		// £1,250,000 ...": the body's award is the heading's, whose host
		// it keeps when the heading is dropped for it
		h := a.awards[i].award
		k := strings.Index(h.Recipient, " (")
		if h.Evidence.Kind != kindHeading || k <= 0 {
			continue
		}
		for j := i + 1; j < len(a.awards) && a.awards[j].order <= a.awards[i].order+3; j++ {
			if b := &a.awards[j].award; b.Evidence.Kind != kindHeading && b.Amount == h.Amount && !strings.Contains(b.Recipient, "(") && lastWordLower(b.Recipient) == lastWordLower(h.Recipient[:k]) {
				b.Recipient = h.Recipient
			}
		}
	}
	var tranched []Award // the awards in two or more parts
	for _, c := range a.awards {
		if !c.drop && len(c.award.Tranches) >= 2 {
			tranched = append(tranched, c.award)
		}
	}
	pub, pubDone := "", false
	publisher := func() string { // worked out once, when two names may be one
		if !pubDone {
			pub, pubDone = a.publisherOrg(), true
		}
		return pub
	}
	kept := make([]awardCand, 0, len(a.awards))
	byAmount := make(map[int64][]int, len(a.awards))   // amount -> indexes into kept
	exactKept := make(map[exactKey]int, len(a.awards)) // for long lists of equal grants
	for _, c := range a.awards {
		if c.award.Recipient == "" && (named == 0 || roundTotals[c.award.Amount]) {
			continue
		}
		if notRecipient(c.award.Recipient) {
			continue // "Award Ceiling: | $2,000,000", "VAT: €16.9 billion"
		}
		if c.award.Evidence.Kind == kindHeading && (bodyAmounts[c.award.Amount] || roundTotals[c.award.Amount] || limitAmounts[c.award.Amount] && headAwards < 3) {
			// (a heading among many, "Tollgate Tigers Netball Club —
			// almost £10,000", is one card of a list, whatever the cap)
			continue
		}
		// "Hospice lands almost £250k ..." over "St Aldhelm's Hospice has
		// been granted £249,900": the headline rounds the body's figure
		if c.award.Evidence.Kind == kindHeading && c.award.Qualifier != nil && bodyAwardNear(a.awards, c.award) {
			// "Cleveland Police lands almost £2m" over "Cleveland Police
			// has been awarded £1.75 million": the headline hedges the
			// body's award to the same force
			continue
		}
		if c.award.Evidence.Kind == kindHeading && (c.award.Qualifier != nil && nearBodyAmount(c.award.Amount, bodyAmounts) || c.award.Qualifier == nil && roundsAny(bodyAmounts, c.award.Amount)) {
			// "£2m" over £1.98m told in the body (but "Cellcycle lands
			// £2.05m" is no rounding of the £1.98m two others share)
			continue
		}
		if len(c.award.Tranches) == 0 && len(tranched) > 0 && yearOfAnother(tranched, c.award) {
			// "Brackenford Playhouse, which receives £1.2m a year, ..."
			// beside its three-year grant of £1.2m a year: a year's part
			// of that grant, told again
			continue
		}
		dup := false
		bucket := byAmount[c.award.Amount]
		if len(bucket) > 64 {
			// long lists of equal grants: compare exact names only, so the
			// merge stays linear
			bucket = nil
			if k, ok := exactKept[exactKey{c.award.Amount, c.award.Recipient}]; ok {
				bucket = []int{k}
			}
		}
		for _, k := range bucket {
			o := &kept[k]
			if o.award.Currency != c.award.Currency || c.repeat && o.repeat && o.order == c.order {
				continue
			}
			if o.order != c.order && o.award.Recipient != "" && c.award.Recipient != "" {
				// a bilingual page: "Cyngor Tref Llanfair Dyffryn – £62,000"
				// and "Llanfair Dyffryn Town Council (Cyngor Tref Llanfair
				// Dyffryn) – £62,000" are one award, named as the line
				// that gives both names has it
				if strings.Contains(c.award.Evidence.Text, "("+o.award.Recipient+")") {
					dup = true
					keepOrder := o.order
					*o = c
					o.order = keepOrder
					break
				}
				if strings.Contains(o.award.Evidence.Text, "("+c.award.Recipient+")") {
					dup = true
					break
				}
			}
			if o.order != c.order && o.award.Recipient != "" && c.award.Recipient != "" && celticText(o.award.Evidence.Text) != celticText(c.award.Evidence.Text) {
				// a bilingual page: "Ymddiriedolaeth Datblygu Dyffryn Teifi
				// – £650,000, sef ..." and "Teifi Valley Development Trust
				// – £650,000, made up of ..." are one award, named as the
				// English says
				dup = true
				if celticText(o.award.Evidence.Text) {
					keepOrder := o.order
					*o = c
					o.order = keepOrder
				}
				break
			}
			if o.award.Recipient == "" || c.award.Recipient == "" || sameOrg(o.award.Recipient, c.award.Recipient) ||
				o.order != c.order && publisher() != "" && (o.award.Recipient == pub || c.award.Recipient == pub) && sameRecipient(o.award.Recipient, c.award.Recipient) {
				// (the publisher's "our allocation ... is £1,250,000" and
				// its row in the table, "Downland and Weald Fire
				// Authority | 1,250,000", are one award)
				dup = true
				if o.award.Recipient == "" && c.award.Recipient != "" || len(c.award.Tranches) > len(o.award.Tranches) {
					keepOrder := o.order
					*o = c
					o.order = keepOrder
				}
				break
			}
		}
		if !dup {
			byAmount[c.award.Amount] = append(byAmount[c.award.Amount], len(kept))
			exactKept[exactKey{c.award.Amount, c.award.Recipient}] = len(kept)
			kept = append(kept, c)
		}
	}
	for _, c := range kept {
		aw := c.award
		aw.Fund = fundOr(c.fund, aw.Evidence.Text)
		rn := c.ctxRound
		if rn == 0 {
			rn = mainNums[aw.Fund]
		}
		if rn > 0 {
			v := rn
			aw.Round = &v
		}
		aw.Period = period
		if aw.Tranches == nil {
			aw.Tranches = []Tranche{}
		}
		res.Awards = append(res.Awards, aw)
	}
}

func itoa64(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

var awardContextSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range awardContext {
		m[w] = true
	}
	return m
}()

// hasContextWord reports whether the sentence has an awardContext word.
func hasContextWord(low string) bool {
	for w, i := nextWord(low, 0); w != ""; w, i = nextWord(low, i) {
		if awardContextSet[w] {
			return true
		}
	}
	return false
}

// determinerEnd reports a determiner or possessive just before a figure
// ("the £4.8bn fund", "the government's £4.8bn Levelling Up Fund").
func determinerEnd(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	// "the three-year, £60m fund", "the new, £5m scheme": adjectives
	// between the determiner and the figure
	for k := 0; k < 2 && strings.HasSuffix(t, ","); k++ {
		u := strings.TrimRight(t, ",")
		st, w := lastWord(u)
		if w == "" || !isLowerWord(w) || (!strings.Contains(w, "-") && !strings.HasSuffix(w, "al") && w != "new") {
			break
		}
		t = strings.TrimRight(u[:st], " ")
	}
	for _, d := range []string{"'s", "’s", "the", "a", "an", "its", "this", "new", "their", "our"} {
		if strings.HasSuffix(t, d) && (len(d) == 2 && d[0] == '\'' || len(t) == len(d) || !isLetter(t[len(t)-len(d)-1])) {
			return true
		}
	}
	// "the Department for Education and Skills' £180m fund": a plural
	// owner's apostrophe
	return strings.HasSuffix(t, "’s") || (strings.HasSuffix(t, "s'") || strings.HasSuffix(t, "s’")) && len(t) > 3
}

// pastMarker reports phrases that put a sentence's figures in the past:
// recaps of earlier rounds or cumulative totals, not new money.
func pastMarker(low string) bool {
	if !hasAnyWord(low, []string{"last", "previous", "previously", "pilot", "date", "far", "since", "past", "earlier", "now", "across", "cumulative", "overall"}) {
		return false
	}
	for from := 0; ; {
		k := strings.Index(low[from:], "last year")
		if k < 0 {
			break
		}
		from += k + len("last year")
		if !hasAnyPrefix(low[from:], "'s budget", "’s budget") {
			return true // (but "created in last year's budget" dates the fund, not the figure)
		}
	}
	for _, p := range []string{"across its", "across all", "has now awarded", "have now been awarded", "has now given", "has now allocated", "cumulative", "overall, the", "previous year", "previously", "in the pilot", "to date", "so far", "in total since", "over the past", "over the last", "in previous", "earlier rounds", "last round", "previous round", "since the fund opened", "since the fund launched", "since the scheme opened", "since the scheme launched", "since the programme opened", "since the programme launched", "since it opened", "since it launched", "since its launch"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	// "has awarded £9m since 2019", not "towns hit by flooding since 2020"
	for _, p := range []string{"since 19", "since 20"} {
		if k := strings.Index(low, p); k >= 0 && hasAnyWord(tail(low[:k], 80)+" "+head(low[k:], 60), []string{"awarded", "allocated", "invested", "given", "distributed", "supported", "funded", "made", "handed", "provided", "received", "shared", "spent"}) {
			return true
		}
	}
	return false
}

// programmeNouns name a handful of named programmes or partnerships that
// can receive money as a group ("four national programmes led by the
// police"), unlike "28 projects" which make a round.
var programmeNouns = map[string]bool{"programmes": true, "programs": true, "partnerships": true, "consortia": true, "centres": true, "centers": true, "hubs": true, "networks": true}

// joinedPair reports "Police and Crime", "Fire and Rescue": two words an
// "and" joins inside one body's name.
func joinedPair(s string) bool {
	for _, c := range joinedNameParts {
		if c[0] == s {
			return true
		}
	}
	return false
}

// joinedNameParts are the "and"s inside the names of public bodies, with
// the stand-in splitNames uses to keep them whole.
var joinedNameParts = func() [][2]string {
	var out [][2]string
	for _, p := range []string{"Police and Crime", "Fire and Rescue", "Health and Social Care", "Health and Care", "Arts and Humanities", "Science and Technology", "Research and Innovation", "Culture and Heritage", "Food and Rural", "Trade and Industry", "Energy and Climate", "Tenants and Residents", "Residents and Tenants", "Friends and Neighbours", "Arts and Crafts"} {
		out = append(out, [2]string{p, strings.Replace(p, " and ", " \x00 ", 1)})
	}
	// "Tollbridge and District Men’s Shed": a place and its district
	out = append(out, [2]string{" and District ", " \x00 District "}, [2]string{" & District ", " \x00 District "})
	return out
}()

// negativeHeads are nouns that a figure can describe without being a grant.
var negativeHeads = wordSet("less more fewer short contract contracts deal deficit shortfall overspend bill loan loans debt fine salary bonus budget takeover acquisition valuation turnover profit profits loss losses cut cuts saving savings price fee fees settlement order tender sale purchase mortgage payout pension revenue income bid-winning transfer repayable")

// modifiedNegative reports a figure that describes a contract, deficit,
// salary or the like: "a £5m contract", "a deficit of £9m", "a contract
// worth £3m".
func modifiedNegative(lowLeft, lowRight string) bool {
	r := strings.TrimLeft(lowRight, " -")
	if hasAnyPrefix(r, "could ", "would ", "can buy", "buys ", "pays for ") && strings.TrimSpace(lowLeft) == "" {
		// "£50 could keep a warm space open for an evening": an appeal's
		// example of what a gift does
		return true
	}
	end := 0
	for end < len(r) && (isLetter(r[end]) || r[end] == '-') {
		end++
	}
	if negativeHeads[r[:end]] {
		return true
	}
	if loanAfterModifiers(r) || hasAnyPrefix(r, "by way of a loan", "by way of loan", "as a loan", "in the form of a loan") {
		// ("the club has secured a further €250,000 by way of a loan")
		return true
	}
	// "annual" / "a year" qualifiers before the head: "£5m annual budget"
	if w := r[:end]; w == "annual" || w == "a-year" || w == "per-year" {
		rest := strings.TrimLeft(r[end:], " ")
		e2 := 0
		for e2 < len(rest) && isLetter(rest[e2]) {
			e2++
		}
		if negativeHeads[rest[:e2]] {
			return true
		}
	}
	l := strings.TrimRight(lowLeft, " ")
	for _, suf := range []string{" of", " worth", " valued at", " totalling", " at"} {
		if strings.HasSuffix(l, suf) {
			head := strings.TrimSuffix(l, suf)
			w := lastWordLower(head)
			if negativeHeads[w] {
				return true
			}
			switch p := lastWordLower(strings.TrimSuffix(strings.TrimRight(head, " "), w)); {
			case p == "repayable" || p == "recoverable" || p == "refundable":
				// "a repayable contribution of £120,000": a loan
				return true
			case (w == "funding" || w == "contribution" || w == "contributions") && (p == "match" || p == "matched" || p == "matching") || w == "match-funding":
				// "subject to the club securing match funding of £6,000":
				// money from elsewhere, not the grant
				return true
			case (w == "investment" || w == "stake") && (p == "equity" || p == "venture" || p == "private"):
				// "an equity investment of up to €8 million": a share
				// bought, not a grant
				return true
			}
		}
	}
	return false
}

// debtHeads are the nouns of money lent or bought that a figure can
// still describe after a modifier or two: "a £1.2 million Innovation
// Loan", "a £3m bridging loan", "a £40m construction contract".
var debtHeads = wordSet("loan loans contract contracts mortgage mortgages")

// headingGrantee reads the grantee a card's heading names: "Gwen
// Pritchard, Tirley", "Chaceley Parish Meeting".
func (a *analyzer) headingGrantee(h string) string {
	h = strings.TrimSpace(h)
	if k := strings.LastIndex(h, ", "); k > 0 && (placeLine(h[k+2:]) || !strings.Contains(h[k+2:], " ") && isProperWord(h[k+2:])) {
		h = h[:k] // the name, then its place
	}
	n := leadingProper(h)
	if n == "" || n != cleanName(stripDeterminer(h)) || isFunder(n) || a.isFundName(n) || !strings.Contains(n, " ") && !orgName(n) || headingName(n) == "" || sectionWords[lastWordLower(n)] {
		// (not "Key Facts" or "Next Steps" under a statistic)
		return ""
	}
	return a.expand(n)
}

// sectionWords end the headings of a page's sections, never a name.
var sectionWords = wordSet("facts figures steps numbers highlights summary contacts contact details stories news updates timeline eligibility questions faqs links resources downloads documents more apply")

// forBodyAfter reports a line labelled by a place or building whose
// figure is "for" a named body right after it: "Links Hall, Leven:
// £870,000 for Levenmouth Community Trust to ...".
func forBodyAfter(objRecip, prep, np, label string) bool {
	if objRecip == "" || prep != "for" || !orgName(objRecip) || orgName(label) && !buildingNouns[lastWordLower(label)] || isPerson(label) {
		return false
	}
	return strings.HasPrefix(stripDeterminer(strings.TrimSpace(np)), objRecip)
}

// earnVerbs tell of money taken or earned, which a cue word beside the
// figure ("at the box office", "in profit") shows is no grant.
var earnVerbs = wordSet("took takes take taken made makes earned earns earn grossed grosses generated generates paid collects collected collect")

// buildingNouns end the names of buildings and places, which a body
// holds: "Links Hall", "Carnegie Library".
var buildingNouns = wordSet("hall library centre center church chapel museum park pool station pier harbour house theatre cinema mill baths lido tower castle")

// hasUpperNegative reports a capitalised word in orig that, lowered, is
// a negative cue ("Loss" in "Sight Loss Support").
func hasUpperNegative(orig string) bool {
	for w, i := nextWord(orig, 0); w != ""; w, i = nextWord(orig, i) {
		if w[0] >= 'A' && w[0] <= 'Z' && len(w) > 1 && w[1] >= 'a' && w[1] <= 'z' && negativeFilter.mayFold(w) && foldedIn(negativeWords, w) {
			return true
		}
	}
	return false
}

// maskProperWords blanks in low (the lowered orig) the words orig
// capitalises after its first, so that a name's words are no cues.
func maskProperWords(low, orig string) string {
	b := []byte(low)
	for w, i := nextWord(orig, 0); w != ""; w, i = nextWord(orig, i) {
		if start := i - len(w); start > 0 && w[0] >= 'A' && w[0] <= 'Z' {
			for j := start; j < i && j < len(b); j++ {
				b[j] = 'x'
			}
		}
	}
	return string(b)
}

// coordinatedGrant reports a grant joined to the figure before it by
// "and a" with no verb between ("... Direct Loan and a $150,000
// Community Facilities grant"): between runs from the figure before to
// this one, lowRight after this one.
func coordinatedGrant(between, lowRight string) bool {
	b := strings.TrimRight(between, " ")
	if !hasAnySuffix(b, " and a", " and an") || strings.ContainsAny(b, ",;.") || countFields(b, 8) > 7 {
		return false
	}
	return grantAfterModifiers(lowRight)
}

// grantAfterModifiers reports a figure followed by up to three
// modifiers and then "grant" or "award": "a $9,800,000 ReConnect Program
// grant".
func grantAfterModifiers(lowRight string) bool {
	r := lowRight
	for i := 0; i < 4; i++ {
		var w string
		w, r = modifierWord(r)
		if w == "grant" || w == "award" {
			return true
		}
		if w == "" || stopModifier[w] || debtHeads[w] {
			return false
		}
	}
	return false
}

// modifierWord splits r, less its leading spaces, into its first word of
// letters and hyphens and what follows it.
func modifierWord(r string) (string, string) {
	r = strings.TrimLeft(r, " ")
	end := 0
	for end < len(r) && (isLetter(r[end]) || r[end] == '-') {
		end++
	}
	return r[:end], r[end:]
}

// loanAfterModifiers reports a figure followed by up to three modifiers and
// then a debt head ("£1.2 million Innovation Loan"). A grant, award or
// funding noun, a function word or punctuation ends the search.
func loanAfterModifiers(lowRight string) bool {
	r := lowRight
	for i := 0; i < 4; i++ {
		// ("a $1,450,000 Community Facilities Direct Loan": three)
		var w string
		w, r = modifierWord(r)
		if w == "" {
			return false
		}
		if debtHeads[w] {
			// the head ends the noun phrase ("Affordable loans outreach
			// worker" is a post, not a loan)
			next := strings.TrimLeft(r, " ")
			e := 0
			for e < len(next) && isLetter(next[e]) {
				e++
			}
			if next[:e] == "fund" && grantAfterModifiers(next[e:]) {
				return false // "a $1,000,000 Revolving Loan Fund Grant": a grant to lend on
			}
			return i > 0 && (e == 0 || stopModifier[next[:e]])
		}
		if stopModifier[w] {
			return false
		}
		if r == "" || r[0] != ' ' {
			return false
		}
	}
	return false
}

// stopModifier are words that cannot sit between a figure and the noun
// it describes.
var stopModifier = wordSet("grant grants award awards funding fund investment capital-grant to for from in of on the a an and or with by as at this that which who towards toward over across each per is was will has have had be been are were")

// bodyPlurals are plurals that count recipients but are too loose to
// stand as a generic recipient on their own.
var bodyPlurals = wordSet("providers clubs societies associations trusts enterprises")

// clauseMonth finds the month a round figure's clause dates its batch
// to, looking left of the figure first, then right. With another figure
// to come, the right side ends at its " and " ("£61,200 to 14 groups in
// October 2028 and £39,900 ..."); the left side starts after one.
func clauseMonth(lowLeft, lowRight string, more bool) string {
	if k := strings.LastIndex(lowLeft, " and "); k >= 0 {
		lowLeft = lowLeft[k+5:]
	}
	if m := monthOfBatch(lowLeft); m != "" {
		return m
	}
	if k := strings.Index(lowRight, " and "); more && k >= 0 {
		lowRight = lowRight[:k]
	}
	return monthOfBatch(lowRight)
}

// monthOfBatch finds a month named as a batch's time in lowered text:
// "in October", "the August round", "December 2028 allocation". A month
// in a deadline or a date range ("by March 2030", "from 1 April") dates
// no batch.
func monthOfBatch(low string) string {
	f := strings.Fields(low)
	for i, w := range f {
		w = strings.TrimRight(w, ",.:;)")
		if (w == "spring" || w == "summer" || w == "autumn" || w == "winter") && i+1 < len(f) && batchNouns[strings.TrimRight(f[i+1], ",.:;")] {
			return w // "our autumn round"
		}
		if _, ok := months[w]; !ok || len(w) < 4 && w != "may" {
			continue
		}
		j := i + 1
		if j < len(f) && len(f[j]) >= 4 && f[j][0] >= '1' && f[j][0] <= '2' {
			j++ // the year: "December 2028 round"
		}
		if w == "may" && j == i+1 {
			continue // "may" is a verb unless a year follows
		}
		if i > 0 && (f[i-1] == "in" || f[i-1] == "the" || f[i-1] == "during") {
			return w
		}
		if j < len(f) && batchNouns[strings.TrimRight(f[j], ",.:;")] {
			return w
		}
	}
	return ""
}

var batchNouns = wordSet("round allocation allocations batch awards grants decisions panel")

// kindNouns name a kind of body that "the <noun>" refers back to only
// when the name says so: "the council" is never a rugby club.
var kindNouns = wordSet("council force university college museum authority school hospital")

// personTitles open a person's name.
var personTitles = []string{"Dr ", "Professor ", "Prof ", "Prof. ", "Mr ", "Mrs ", "Ms ", "Miss ", "Sir ", "Dame ", "Dr. ", "Associate Professor ", "Assistant Professor ", "Assoc. Prof. ", "A/Prof ", "Mx "}

// successfulApplicant reads the words before a figure (low: the same
// words lowered) for a named body whose application or bid succeeded:
// "the Council’s application to the Rural Spaces Fund had been successful
// and that an award of" gives "Council".
func successfulApplicant(left, low string) string {
	if !hasAnyWord(low, []string{"successful", "approved"}) || hasAnyWord(low, []string{"unsuccessful", "not"}) {
		return ""
	}
	for _, p := range []string{"'s application", "’s application", "'s bid", "’s bid"} {
		k := strings.Index(left, p)
		if k <= 0 {
			continue
		}
		b := left[:k]
		if j := strings.LastIndexAny(b, ",;:"); j >= 0 {
			b = b[j+1:]
		}
		words := strings.Fields(b)
		// the owner: the proper words just before the possessive
		i := len(words)
		for i > 0 && isProperWord(words[i-1]) {
			i--
		}
		if i == len(words) {
			return ""
		}
		if n := strings.Join(words[i:], " "); orgName(n) {
			return n // "Kelda Cycling Club", or "Council" for "the Council's"
		}
		return ""
	}
	return ""
}

// givenUs reads grants to the publisher told in the first person:
// "a huge thank you to the Pellingham Rural Trust, Coldharbour Parish
// Council and the Sollow Water Community Fund, who have given us £2,500,
// £750 and £4,120 respectively". Each giver is the grant's fund. It
// reports whether it took the sentence's figures.
func (a *analyzer) givenUs(s sent, amounts []money, consumed []bool, round int) bool {
	if !strings.Contains(s.low, " us") || !containsAny(s.low, []string{" given us", " gave us", " awarded us", " granted us"}) {
		return false
	}
	k := -1
	for _, v := range []string{" have given us ", " has given us ", " gave us ", " have awarded us ", " has awarded us ", " awarded us ", " have granted us ", " has granted us "} {
		if j := strings.Index(s.low, v); j > 0 && j < amounts[0].QStart {
			k = j
			break
		}
	}
	if k < 0 {
		// "the development funding of more than £48,000 that the Heritage
		// Places Fund gave us in 2026": the giver after the figure
		pub := a.publisherOrg()
		if pub == "" {
			return false
		}
		took := false
		for i, m := range amounts {
			r := s.text[m.End:]
			rest, ok := cutAnyPrefix(r, " that ", " which ")
			if !ok || consumed[i] {
				continue
			}
			rest = strings.TrimPrefix(rest, "the ")
			n := leadingProper(rest)
			if n == "" || !hasAnyPrefix(asciiLower(rest[len(n):]), " gave us", " has given us", " have given us", " awarded us", " granted us") || strings.EqualFold(n, pub) {
				continue
			}
			a.addAward(s, m, pub, "", a.funds.add(n), 0.6, round)
			consumed[i], took = true, true
		}
		return took && !slices.Contains(consumed, false)
	}
	pub := a.publisherOrg()
	if pub == "" {
		return false
	}
	givers := s.text[:k]
	if j := strings.LastIndex(givers, " to "); j >= 0 {
		givers = givers[j+len(" to "):] // "thank you to A, B and C, who"
	}
	givers = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(givers), ", who"), " who")
	names := splitNames(givers)
	for i := range names {
		names[i] = cleanName(stripDeterminer(names[i]))
	}
	switch {
	case len(names) == len(amounts) && (len(names) == 1 || strings.Contains(s.low, "respectively")):
	default:
		return false
	}
	for i, m := range amounts {
		if consumed[i] || names[i] == "" || strings.EqualFold(names[i], pub) {
			return false
		}
		a.addAward(s, m, pub, "", a.funds.add(names[i]), 0.6, round)
	}
	return true
}

// helpsUs reports a purpose told in the first person after a funder's
// figure: "over the next three years to help us reach", "to us".
func helpsUs(lowRight string) bool {
	if !strings.Contains(lowRight, " us") && !strings.Contains(lowRight, " we ") {
		return false
	}
	c := head(lowRight, 90)
	if k := strings.IndexAny(c, ".;"); k >= 0 {
		c = c[:k]
	}
	return containsAny(c+" ", []string{" help us ", " support us ", " to us ", " enable us ", " allow us ", " so that we ", " so we can "})
}

// grantMaker reports a body named as one that gives grants from its
// own money: "... Community Trust", "... Foundation", "... Community
// Fund".
func grantMaker(name string) bool {
	switch lastWordLower(name) {
	case "foundation", "fund":
		return true
	case "trust":
		return hasAnyWord(asciiLower(name), []string{"community", "charitable", "benevolent", "grant", "grants"})
	}
	return false
}

// keptForRound reports words after a figure that keep it for a round to
// come: "had been set aside for a third round", "is held back for a
// second call".
func keptForRound(lowRight string) bool {
	r := strings.TrimLeft(lowRight, " ")
	for _, p := range []string{"has been ", "had been ", "have been ", "is ", "was ", "will be ", "is being "} {
		r = strings.TrimPrefix(r, p)
	}
	rest, ok := cutAnyPrefix(r, "set aside for a ", "earmarked for a ", "held back for a ", "kept back for a ", "reserved for a ", "ring-fenced for a ")
	if !ok {
		return false
	}
	f := strings.Fields(head(rest, 30))
	return len(f) >= 2 && ordinal(f[0]) > 0 && hasAnyPrefix(f[1], "round", "call", "wave", "phase", "tranche")
}

// capitalFund reports words after a figure that make it a programme of
// a kind: " capital programme", " grant scheme", " revenue fund".
func capitalFund(lowRight string) bool {
	f := strings.Fields(head(lowRight, 40))
	return len(f) >= 2 && fundHeads[strings.Trim(f[1], ",.;")] && isLowerWord(f[0])
}

// celticText reports a line written in Welsh or Irish, by the little
// words those languages cannot do without ("£650,000, sef £250,000 yn
// 2026-27 a £400,000 yn 2027-28, i droi hen hufenfa", "€1.4 milliún do
// halla spóirt nua agus spás fiontair").
func celticText(t string) bool {
	if strings.Contains(t, "miliwn") || strings.Contains(t, "milliún") {
		return true
	}
	n := 0
	for _, w := range []string{" yn ", " ar gyfer ", " sef ", " i'r ", " gan ", " ac ", " i ", " agus ", " don ", " chun ", " leis ", " sa "} {
		if strings.Contains(t, w) {
			n++
		}
	}
	return n >= 2
}

// pastMiss blanks a body's earlier miss told in a clause about it:
// "£98,500 to Porthcarrow Council, which missed out in October" gives the
// council money now.
var pastMiss = strings.NewReplacer("which missed out", "which ___", "who missed out", "who ___", "that missed out", "that ___", "having missed out", "having ___", "after missing out", "after ___")

// pastMisses is low with pastMiss applied, when it says "missed out".
func pastMisses(low string) string {
	if !strings.Contains(low, "missed out") {
		return low
	}
	return pastMiss.Replace(low)
}

// figureOpens reports a figure that opens its sentence, after nothing
// but emoji and marks ("🎉 £1,000 to ...") or a short cry set off by them
// ("Big one! 🥕 £15,000 to ...", "Small but mighty 📚 £600 for ...").
func figureOpens(before string) bool {
	if n := threadCounter(before); n > 0 {
		before = before[n:] // "2/6 £2,400 to ...": a thread's second post of six
	}
	if r, ok := cutAnyPrefix(before, "And ", "Plus ", "Then ", "And then "); ok && strings.TrimSpace(r) == "" {
		return true // "And $400,000 went to ..."
	}
	k := len(before)
	marked := false
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:k])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '!' || r == ':' || r > 0x2000 && !unicode.IsPunct(r) {
			marked = true
		}
		k -= w
	}
	return k == 0 || marked && countFields(before[:k], 4) <= 3 && !strings.ContainsAny(before[:k], ".,;")
}

// fundGrantAfter reports a fund's name after a figure followed by the
// grant it gives: "£1,630,000 National Lottery Heritage Fund delivery
// grant", "$2m Community Fund award".
func fundGrantAfter(lowRight string) bool {
	r := head(lowRight, 90)
	k := strings.Index(r, " fund ")
	if k < 0 {
		return false
	}
	return grantAfterModifiers(r[k+len(" fund"):])
}

// placeBodyFor returns where " for " follows a place's council in name
// ("X District Council for ...", "City of Augusta for ..."), or 0.
func placeBodyFor(name string) int {
	k := strings.Index(name, " for ")
	if k <= 0 {
		return 0
	}
	head := name[:k]
	if strings.HasSuffix(head, " Council") && placeBodies[lastWordLower(strings.TrimSuffix(head, " Council"))] {
		return k
	}
	if hasAnyPrefix(head, "City of ", "Town of ", "County of ", "Village of ", "Borough of ") && !strings.Contains(head[strings.IndexByte(head, ' ')+4:], " ") {
		return k
	}
	return 0
}

// namedGrantTo reports a figure followed by a named grant and "to":
// "a $1.6 million Rebuilding American Infrastructure with Sustainability
// and Equity (RAISE) planning grant to the City of Augusta", with no
// clause between.
func namedGrantTo(lowRight string) bool {
	k := grantWordEnd(lowRight)
	if k <= 0 || strings.ContainsAny(lowRight[:k], ",.;:") {
		return false
	}
	return strings.HasPrefix(lowRight[k:], " to ")
}

// grantWordEnd is where the first "grant" or "award" of lowRight ends,
// or 0.
func grantWordEnd(lowRight string) int {
	for _, w := range []string{" grant", " award"} {
		if k := strings.Index(head(lowRight, 120), w); k >= 0 {
			e := k + len(w)
			if e == len(lowRight) || !isLetter(lowRight[e]) {
				return e
			}
		}
	}
	return 0
}

// namePlaceLine reports a line that opens "Name, Place — £X": a body
// and its town before the figure ("Tolbooth Docs, Stirling — £95,000").
func namePlaceLine(text, name string) bool {
	r, ok := strings.CutPrefix(text, name+", ")
	if !ok {
		return false
	}
	for _, d := range []string{" — ", " – ", " - ", ": "} {
		if k := strings.Index(r, d); k > 0 {
			p := r[:k]
			return leadingProper(p) == p && strings.Count(p, " ") <= 2
		}
	}
	return false
}

// adverbialOpener reports a sentence that opens with a short phrase of
// place or sequence set off by a comma before its figure: "On the Welsh
// border, £1.2 million to Herefordshire Council ...", "Elsewhere, £2m
// went to ...".
func adverbialOpener(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, ",") || strings.ContainsAny(b[:len(b)-1], ",;:.") || countFields(b, 8) > 7 {
		return false
	}
	return openerWords[firstWordLower(b)]
}

// threadCounter returns the length of a thread post's counter, "2/6 ",
// that opens s, or 0.
func threadCounter(s string) int {
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '/' {
		return 0
	}
	j := i + 1
	for j < len(s) && j < i+4 && isDigit(s[j]) {
		j++
	}
	if j == i+1 || j >= len(s) || s[j] != ' ' {
		return 0
	}
	return j + 1
}

// thankedFor reads the giver a post thanks for the figure after it:
// "Massive thank you to @HarbourFoundation for a £2,500 grant", "We are
// so grateful to the Brindley Trust for £1,000 towards". left is the text
// before the figure, lowLeft the same lowered; a handle is spelt out
// ("Harbour Foundation"); a donation is no grant.
func thankedFor(left, lowLeft, lowRight string) string {
	l := strings.TrimRight(lowLeft, " ")
	for _, d := range []string{" a", " an", " the", " their", " its", " this", " our"} {
		if strings.HasSuffix(l, " for"+d) {
			l = l[:len(l)-len(d)]
			break
		}
	}
	end := len(l) - len(" for")
	if k := strings.LastIndex(l, ", whose "); k > 0 && hasAnySuffix(l, ", whose grant of", ", whose gift of", ", whose donation of", ", whose award of") {
		// "a particular thank you to the Wenlock Trust, whose grant of
		// £80,000 paid for ...": the body thanked gave it
		end = k
	} else if !strings.HasSuffix(l, " for") || hasAnyPrefix(strings.TrimLeft(lowRight, " "), "donation", "gift", "raised", "sponsorship") {
		return ""
	}
	start := -1
	for _, p := range []string{"thank you to ", "thanks to ", "thank-you to ", "grateful to ", "thanks go to ", "thank ", "thanks "} {
		if k := strings.LastIndex(l[:end], p); k >= 0 && (k == 0 || !isLetter(l[k-1])) {
			start = k + len(p)
			break
		}
	}
	if start < 0 || start >= end || countFields(l[start:end], 8) > 6 || strings.ContainsAny(l[start:end], ",;:") {
		return ""
	}
	giver := strings.TrimSpace(left[start:end])
	if h, ok := strings.CutPrefix(giver, "@"); ok {
		giver = spellHandle(h)
	}
	giver = cleanName(stripDeterminer(giver))
	if giver == "" || leadingProper(giver) != giver || !strings.Contains(giver, " ") && !isAcronym(giver) {
		return "" // "thanks to everyone for", "thank you all for"
	}
	return giver
}

// spellHandle spells out a social media handle: "HarbourFoundation" is
// "Harbour Foundation", "NHSCharityKent" is "NHS Charity Kent".
func spellHandle(h string) string {
	var b strings.Builder
	for i := 0; i < len(h); i++ {
		c := h[i]
		if i > 0 && c >= 'A' && c <= 'Z' {
			prevLower := h[i-1] >= 'a' && h[i-1] <= 'z'
			nextLower := i+1 < len(h) && h[i+1] >= 'a' && h[i+1] <= 'z'
			if prevLower || nextLower && h[i-1] >= 'A' && h[i-1] <= 'Z' {
				b.WriteByte(' ')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// withMoneyFrom reports a figure told as the means of doing something,
// from a giver: "... with £18,500 from the Festivals Growth Programme",
// "thanks to £40,000 from".
func withMoneyFrom(lowLeft, lowRight string) bool {
	return hasAnySuffix(strings.TrimRight(lowLeft, " "), " with", " thanks to", " with the help of", " helped by") && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "from ")
}

// fullyCommitted reports words after a budget's figure that say it is
// all given out: "has now been fully committed", "is fully allocated".
func fullyCommitted(lowRight string) bool {
	return containsAny(lowRight, []string{"fully committed", "fully allocated", "fully spent", "fully subscribed", "all been allocated", "all been committed", "been used up"})
}

// ticketPrice reports a figure told as the price of a ticket or a place
// at an event: "Tickets £8", "(£6 for members)", "entry costs £20".
func ticketPrice(lowLeft, lowRight string) bool {
	l := strings.TrimRight(lowLeft, " (:")
	return hasAnySuffix(l, "tickets", "ticket", "tickets cost", "tickets are", "tickets priced at", "admission", "admission is", "entry", "entry costs", "entry is", "entry fee") ||
		hasAnyPrefix(lowRight, " for members", " for non-members", " per ticket", " a ticket", " per head on the door", " on the door", ", non-members", " (non-members") ||
		hasAnySuffix(l, "non-members", "non members") // "Members €25, non-members €40"
}

// endsWithPerson reports a clause that ends on a person named with a
// title: "The trust's accounts show Dr Emsley".
func endsWithPerson(s string) bool {
	for _, t := range personTitles {
		if k := strings.LastIndex(" "+s, " "+t); k >= 0 {
			rest := s[k+len(t):]
			return rest != "" && leadingProper(rest) == rest
		}
	}
	return false
}

// isFundName reports a fund named on the page (or configured) or a name
// ending in "Fund".
func (a *analyzer) isFundName(name string) bool {
	if a.funds.canonical(name) != "" {
		return true
	}
	for _, ps := range []string{"’s ", "'s "} {
		// "UKRI’s Future Leaders Fellowships": the funder's fund
		if k := strings.Index(name, ps); k > 0 && !strings.Contains(name[:k], " ") && a.funds.canonical(name[k+len(ps):]) != "" {
			return true
		}
	}
	return strings.HasSuffix(strings.ToLower(name), " fund")
}

// nearBodyAmount reports a body figure within 5% of a headline's rounded
// one.
// roundsTo reports a stated figure that is the precise one rounded at
// the stated figure's own precision: 9,214,330 to £9.2 million.
func roundsTo(precise, stated int64) bool {
	unit := int64(1)
	for stated%(unit*10) == 0 && unit*10 <= stated/10 {
		unit *= 10
	}
	if unit < 1000 || precise%unit == 0 {
		return false
	}
	return (precise+unit/2)/unit*unit == stated
}

// roundsAny reports whether stated is one of precise figures rounded.
func roundsAny(precise map[int64]bool, stated int64) bool {
	for p := range precise {
		if roundsTo(p, stated) {
			return true
		}
	}
	return false
}

func nearBodyAmount(v int64, body map[int64]bool) bool {
	for b := range body {
		if d := b - v; d != 0 && d*20 <= v && -d*20 <= v {
			return true
		}
	}
	return false
}

// reportedSubject reads through reported speech to the subject it
// stands for: "as eight groups were told they" gives "eight groups" (they
// are whoever was told), "the chair of the Lowmoor Internal Drainage Board
// said it" gives the board (it is the body the speaker speaks for; but
// "Calder Robotics Ltd said it has won" names the body itself, and is
// left as it is). Any other subject is returned unchanged.
func reportedSubject(subj string) string {
	ls := asciiLower(subj)
	t := strings.TrimRight(ls, " ")
	lastClause := func(pre string) string {
		for _, c := range []string{" as ", " when ", " after ", ", "} {
			if j := strings.LastIndex(pre, c); j >= 0 {
				pre = pre[j+len(c):]
			}
		}
		return pre
	}
	switch {
	case hasAnySuffix(t, " told they", " told that they", " heard they", " learned they", " learnt they"):
		for _, v := range []string{" were told", " have been told", " had been told", " was told", " has been told", " heard", " learned", " learnt"} {
			if k := strings.LastIndex(ls, v); k > 0 {
				return lastClause(subj[:k])
			}
		}
	case containsAny(t, []string{" says the ", " said the ", " says that the ", " said that the "}):
		// "Its co-ordinator, Tomasz Wieczorek, says the pantry": what the
		// speaker says of the pantry
		k := max(strings.LastIndex(ls, " says "), strings.LastIndex(ls, " said "))
		rest := strings.TrimPrefix(subj[k+len(" says "):], "that ")
		if !strings.ContainsAny(rest, ",;") && countFields(rest, 6) <= 5 {
			return rest
		}
	case hasAnySuffix(t, " said it", " says it", " said that it", " says that it", " confirmed it", " confirmed that it"):
		k := max(strings.LastIndex(ls, " said "), strings.LastIndex(ls, " says "), strings.LastIndex(ls, " confirmed "))
		pre := lastClause(subj[:k])
		if j := strings.Index(asciiLower(pre), " of "); j > 0 && speakerRoles[lastWordLower(asciiLower(pre[:j]))] {
			return pre[j+len(" of "):]
		}
	}
	return subj
}

// speakerRoles are the posts a speaker for a body holds: "the chair of
// the Lowmoor Internal Drainage Board".
var speakerRoles = wordSet("chair chairman chairwoman chairperson chief executive director head leader manager spokesperson spokesman spokeswoman secretary treasurer president clerk")

// anonHead returns the noun an unnamed subject is called by: "A
// partnership of police services on both sides of the border" →
// "partnership", "A Thurso manufacturer" → "manufacturer".
func anonHead(subj string) string {
	l := asciiLower(stripDeterminer(strings.TrimSpace(subj)))
	for _, c := range []string{" of ", " in ", " from ", " on ", " at ", " based ", " near ", " which ", " that ", " who ", ","} {
		if k := strings.Index(l, c); k > 0 {
			l = l[:k]
		}
	}
	return lastWordLower(l)
}

// namedAfter gives a pending anonymous award to the body the next
// sentence names as using the money.
func (a *analyzer) namedAfter(s sent) {
	p := a.pendingAnon
	if s.order-p.order > 2 {
		a.pendingAnon = nil
		return
	}
	for _, g := range []string{"it goes to ", "it will go to ", "it has gone to ", "the award goes to ", "the grant goes to ", "this award goes to ", "this grant goes to ", "the recipient is ", "the money goes to ", "the money will go to ", "the funding goes to ", "the funding will go to "} {
		if strings.HasPrefix(s.low, g) {
			// "It goes to Dr Mei Lin Zhao, who will use it to ..."
			w := strings.TrimSpace(s.text[len(g):])
			n := ""
			if isPerson(w) {
				if j := strings.IndexAny(w, ",("); j > 0 {
					w = w[:j]
				}
				n = personName(w)
			} else if r := leadingProper(w); r != "" && !isFunder(r) {
				n = a.expand(r)
			}
			if n != "" {
				a.addAward(s, p.m, n, "", p.fund, 0.6, p.round)
				a.pendingAnon = nil
			}
			return
		}
	}
	if n := givenTheGrantTo(s.text, s.low); n != "" && !isFunder(n) && !a.isFundName(n) && !hasMoney(s.text) {
		// "... thanks to an £850,000 grant from the area's NHS charity.
		// Greyfriars Hospitals Charity has awarded the money to Ashworth
		// and Dene NHS Foundation Trust"
		a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
		a.pendingAnon = nil
		return
	}
	if n := receivedTheGrant(s.text, s.low); n != "" && !isFunder(n) && !a.isFundName(n) && !hasMoney(s.text) {
		// "A £340,000 grant will pay for a new roof ..." then "The
		// Kelsby Maritime Heritage Trust has been given the money."
		a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
		a.pendingAnon = nil
		return
	}
	if p.toldOnly {
		return
	}
	if p.cardTop || p.heading && s.kind == kindHeading && s.order == p.order+1 {
		// (a bare figure under a section's heading, "<h2>The
		// grants</h2><p>£4,200</p><h3>Gwen Pritchard</h3>", is a card's
		// too)
		a.pendingAnon = nil
		if s.kind != kindHeading || s.order != p.order+1 {
			return
		}
		if n := a.headingGrantee(s.text); n != "" {
			a.addAward(s, p.m, n, "", p.fund, 0.6, p.round)
		}
		return
	}
	if p.heading {
		a.pendingAnon = nil
		if s.order != p.order+1 || !s.first {
			return
		}
		n, rest := leadingProper(s.text), ""
		if n != "" && strings.HasPrefix(s.text, n) {
			rest = s.text[len(n):]
		}
		if k := strings.Index(s.text, ", "); k > 0 && describedHead(s.text[:k]) {
			// "The volunteer-run steam museum in Elton, Northern Mill
			// Engine Society, will restore ..."
			after := s.text[k+2:]
			if d := leadingProper(after); d != "" && strings.HasPrefix(after, d) && orgName(d) {
				n, rest = d, strings.TrimPrefix(after[len(d):], ",")
			}
		}
		if r, _ := ledBy(s.text); r != "" && hasAnyPrefix(s.low, "a joint bid", "a joint project", "a partnership", "a consortium", "a joint application") {
			n = r // "A joint bid by X and Y, led by X, will restore ..."
		} else if n == "" || !orgName(n) || !hasAnyPrefix(rest, " will ", " is to ", " plans ", " receives ", " gets ", " has been ", " wins ") {
			return
		}
		if !isFunder(n) && !a.isFundName(n) {
			a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
		}
		return
	}
	if w, _, _ := strings.Cut(s.text, ","); researcherNouns[p.anonHead] && s.order == p.order+1 && s.first && isPerson(w) && !hasMoney(s.text) {
		// "A Redmarsh University researcher has been awarded £184,000"
		// then "Dr Farah Iqbal, Associate Professor ..., is one of six
		// researchers appointed": the person of that kind
		if n := personName(w); n != "" {
			a.addAward(s, p.m, n, "", p.fund, 0.6, p.round)
			a.pendingAnon = nil
			return
		}
	}
	if n := leadingProper(stripDeterminer(s.text)); s.order == p.order+1 && n != "" && p.anonHead != "" && lastWordLower(n) == p.anonHead && strings.Contains(n, " ") && !isFunder(n) && !a.isFundName(n) && !hasMoney(s.text) {
		// "A partnership of police services ... has been awarded
		// €750,000" then "The Lough Carran Cross-Border Policing
		// Partnership is one of the first projects ...": the body of
		// that kind named next (a sentence with a figure of its own
		// speaks for itself)
		a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
		a.pendingAnon = nil
		return
	}
	if n := leadingProper(s.text); s.order == p.order+1 && n != "" && strings.HasPrefix(s.text, n) && hasAnyPrefix(s.text[len(n):], ", which ", ", a ", ", an ", ", based ", ", the ", " wants to ", " plans to ", " hopes to ", " aims to ", " intends to ", " will use ", " learned ", " learnt ", " was told ", " has been told ", " heard ") && (orgName(n) || strings.Count(n, " ") >= 2 || takesTheMoney(s.low)) && !isFunder(n) {
		if retoldInParts(s.text, p.m) {
			// "... securing a £750,000 package" then "Alderbrook Cask
			// Company Ltd ... will receive a £250,000 grant and a
			// £500,000 loan": the sentence's own figures say what the
			// package is, and only its grant is one
			a.pendingAnon = nil
			return
		}
		// "A Thurso manufacturer ... £1.25 million." then "Pentland
		// Precision Composites Ltd, which makes ...": the body described
		a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
		a.pendingAnon = nil
		return
	}
	if !containsAny(s.low, []string{" the money", " the grant", " the funding", " the cash", " the award"}) &&
		// "X has been told its bid to the Y Programme has been
		// successful"
		!(containsAny(s.low, []string{" its bid", " their bid", " its application", " their application"}) && containsAny(s.low, []string{" successful", " been approved", " been accepted"})) {
		return
	}
	n := leadingProper(s.text)
	// (a name of two words or more is a body's here, its kind unsaid:
	// "Streetwise Youth, which was set up ..., said the money ...")
	if n == "" || !orgName(n) && !(strings.Contains(n, " ") && strings.HasPrefix(s.text, n) && !isPerson(n)) || isFunder(n) || a.isFundName(n) {
		return
	}
	a.addAward(s, p.m, a.expand(n), "", p.fund, 0.6, p.round)
	a.pendingAnon = nil
}

// equityFor reports money paid for a share of a business, told after the
// figure: "investment for a minority stake", "in return for equity".
func equityFor(lowRight string) bool {
	h := head(lowRight, 60)
	if !strings.Contains(h, " for ") {
		return false
	}
	return containsAny(h, []string{" stake", " equity", " shareholding", " shares in", " share of the company", " share in the company"})
}

// eachOfWhich reports the words before a figure that give it to each of a
// group just named: ", each of which will receive", "with each
// receiving".
func eachOfWhich(fullLeftLow string) bool {
	return hasAnySuffix(strings.TrimRight(fullLeftLow, " "), ", each of which will receive", ", each of which receives", ", each of which will get", ", each of whom will receive", ", each of whom receives", "with each receiving", ", each receiving", "with each getting", ", each getting")
}

// retoldInParts reports a sentence whose figures add up to m, a sum told
// before: "a £250,000 grant and a £500,000 loan" after "a £750,000
// package".
func retoldInParts(text string, m money) bool {
	if !hasMoney(text) {
		return false
	}
	parts := scanAmounts(text)
	if len(parts) < 2 {
		return false
	}
	var sum int64
	for _, q := range parts {
		if q.Currency != m.Currency {
			return false
		}
		sum += q.Value
	}
	return sum == m.Value
}

type pendingLead struct {
	award int // index in awards
	order int // the sentence that made it
}

// cardLead reads "Led by X, the project will ..." in the sentence after
// an award to a project's card heading: X is the recipient and the
// heading its purpose.
func (a *analyzer) cardLead(s sent) {
	p := a.pendingLead
	a.pendingLead = nil
	if s.order != p.order+1 || !s.first || p.award >= len(a.awards) {
		return
	}
	r := sectionLead(s)
	if r == "" || !orgName(r) {
		return
	}
	c := &a.awards[p.award]
	if c.award.Purpose == "" {
		c.award.Purpose = c.award.Recipient
	}
	c.award.Recipient = a.expand(r)
}

// batchVerbs give a batch its money: "supported nine projects with £5.3m".
var batchVerbs = wordSet("supported supports support funded funds fund backed backs helped helps assisted assists")

// possessiveGrant reads "Riverside Trust's £2m grant" (or award,
// allocation, funding): the possessor is the recipient.
func (a *analyzer) possessiveGrant(before, lowRight string) string {
	b := strings.TrimRight(before, " ")
	r := strings.TrimLeft(lowRight, " -")
	ok := false
	if lw := lastWordLower(b); (lw == "her" || lw == "his") && hasAnyPrefix(r, "fellowship", "grant", "award", "prize", "studentship", "chair") && isPerson(strings.TrimSpace(b)) {
		// "Dr Ellen Strachan, who joined us ..., has transferred her
		// £1.1m fellowship": the person who opens the sentence, at the
		// host they move to when the sentence names one ("will move to
		// the Marlow Institute of Technology to take up his £1.38
		// million fellowship")
		lb := asciiLower(b)
		for _, v := range []string{" will move to ", " is moving to ", " moves to ", " will join ", " has moved to "} {
			if k := strings.Index(lb, v); k > 0 {
				if host := leadingProper(b[k+len(v):]); host != "" && orgName(host) && !isFunder(host) {
					return withPerson(strings.TrimSpace(b), host)
				}
			}
		}
		return personName(strings.TrimSpace(b))
	}
	// "Fermanagh and Omagh District Council's bid for £1.45million ...
	// was successful"
	if lb := asciiLower(b); strings.HasSuffix(lb, "'s bid for") || strings.HasSuffix(lb, "’s bid for") || strings.HasSuffix(lb, "'s application for") || strings.HasSuffix(lb, "’s application for") {
		if hasAnyWord(r, []string{"successful", "approved", "succeeded", "granted", "awarded"}) && !hasAnyWord(r, []string{"unsuccessful", "not", "rejected", "refused", "declined"}) {
			k := strings.LastIndex(lb, "s bid for")
			if k < 0 {
				k = strings.LastIndex(lb, "s application for")
			}
			b = b[:k+1]
			ok = true
		}
	}
	if k := possessedWorth(b); k > 0 {
		// "The University of Strathclyde’s partnership, worth £3.4
		// million, will test ...": the holder's project, then its worth
		b, ok = b[:k], true
	}
	if n, own := ownGrantOf(b); own {
		// "Brook Lane Dairy ... saw its grant of £36,500 approved",
		// "Hollins Farm's grant of £48,000 will pay for ..."
		if n == "" || hasAnyWord(head(r, 40), []string{"withdrawn", "cancelled", "canceled", "revoked", "rescinded", "rejected", "refused", "declined", "clawed", "reclaimed", "suspended", "frozen"}) {
			return ""
		}
		if n == "its" || n == "their" {
			// the subject that opens the clause owns it
			n = leadingProper(strings.TrimSpace(b))
			if n == "" || !orgName(n) && !isProperWord(firstField(n)) || isFunder(n) {
				return ""
			}
			return a.expand(n)
		}
		b, ok = n, true
	}
	if !strings.HasSuffix(b, "'s") && !strings.HasSuffix(b, "’s") {
		return ""
	}
	for _, w := range []string{"grant", "award", "allocation", "funding", "share", "lottery grant", "capital grant", "fellowship", "studentship", "scholarship", "bursary", "prize",
		// "Wells City Cricket Club’s £7,900 will pay for a practice net"
		"will pay for", "will fund", "will buy", "will go towards", "will go on", "will cover", "pays for", "will be spent on",
		// "Lancashire Constabulary's £4.2m will arrive in two
		// instalments", "Thames Valley Police's £3.75m is split £1.5m now
		// and £2.25m next year": how the grant is paid
		"will arrive in", "arrives in", "is split", "will be split", "will be paid", "is being paid", "is paid in", "comes in"} {
		if strings.HasPrefix(r, w) {
			ok = true
			break
		}
	}
	// "Northgate Netball CIC's £35,000 project will resurface two
	// courts": the project the money pays for, unless the figure is what
	// the project costs
	if !ok && !hasAnyWord(r, []string{"cost", "costs", "costing", "part-funded", "match", "matched", "total", "overall", "including"}) {
		// "... £750,000 youth mentoring scheme will be delivered by ..."
		f := strings.Fields(head(r, 50))
		for i := 0; i < len(f) && i < 4; i++ {
			w := strings.Trim(f[i], ",.;:")
			if w == "project" || w == "scheme" || w == "pilot" || w == "service" || w == "hub" || w == "network" || w == "study" || w == "trial" || (w == "programme" || w == "initiative") && i == 0 {
				ok = true
				break
			}
			if !isLowerWord(f[i]) || w == "and" {
				break
			}
		}
	}
	if !ok {
		return ""
	}
	b = strings.TrimSuffix(strings.TrimSuffix(b, "'s"), "’s")
	name := trailingProper(b)
	// "Fermanagh and Omagh District Council": the whole name when the
	// clause is one name
	clause := b
	for _, cut := range []string{". ", "; ", ", "} {
		if k := strings.LastIndex(clause, cut); k >= 0 {
			clause = clause[k+len(cut):]
		}
	}
	if full := stripDeterminer(strings.TrimSpace(clause)); name != "" && len(full) > len(name) && leadingProper(full) == full {
		name = full
	}
	if name == "" {
		if n := lastWordLower(b); pronounSubjects["the "+n] {
			return a.lastOrg(n)
		}
		return ""
	}
	if isFunder(name) {
		return ""
	}
	return a.expand(name)
}

// ownGrantOf reads a possessed grant before its figure: "X's grant of",
// "its award of". It gives "its" or "their", or the text up to and with
// the "'s"; ok is false when before ends otherwise.
func ownGrantOf(before string) (string, bool) {
	lb := asciiLower(before)
	if w := strings.TrimRight(lb, " "); strings.HasSuffix(w, ", worth") {
		// "Dr Jack Tran’s DECRA, worth $459,000, will ...", "the
		// trust's fellowship, worth £90,000"
		p := strings.TrimRight(before[:len(w)-len(", worth")], " ")
		if ws, n := lastWord(p); n != "" && (grantNouns[asciiLower(n)] || len(n) > 2 && allCaps(n)) {
			if o := strings.TrimRight(p[:ws], " "); strings.HasSuffix(o, "'s") || strings.HasSuffix(o, "’s") {
				return o, true
			}
		}
	}
	if k := strings.LastIndex(lb, " for "); k > 0 && strings.HasSuffix(lb, " of") && len(lb)-k < 30 {
		// "Calderbrook Metropolitan Borough Council's School Condition
		// Allocation for 2024/25 of £4,186,530": the year the grant is
		// for, between it and its figure
		if _, _, _, ok := findExplicitFY(lb[k+len(" for ") : len(lb)-len(" of")]); ok {
			before, lb = before[:k]+" of", lb[:k]+" of"
		}
	}
	for _, w := range []string{" grant of", " award of", " allocation of", " grant at", " allocation at"} {
		if !strings.HasSuffix(lb, w) {
			continue
		}
		p := strings.TrimRight(before[:len(before)-len(w)], " ")
		if ws, m := lastWord(p); m != "" && isLowerWord(m) && !strings.HasSuffix(m, "'s") && !strings.HasSuffix(m, "’s") && m != "its" && m != "their" {
			// "the Staffordshire Violence Reduction Alliance's core
			// grant at £1.18m": one word of what kind between
			if o := strings.TrimRight(p[:ws], " "); strings.HasSuffix(o, "'s") || strings.HasSuffix(o, "’s") {
				p = o
			}
		} else if w == " allocation of" || w == " grant of" {
			// "X's School Condition Allocation of": the grant's name
			// between the owner and the figure
			q := p
			for n := 0; n < 4; n++ {
				ws, m := lastWord(q)
				if m == "" || !isProperWord(m) || strings.HasSuffix(m, "'s") || strings.HasSuffix(m, "’s") {
					break
				}
				q = strings.TrimRight(q[:ws], " ")
				if strings.HasSuffix(q, "'s") || strings.HasSuffix(q, "’s") {
					p = q
					break
				}
			}
		}
		switch lw := lastWordLower(p); {
		case lw == "its" || lw == "their":
			return lw, true
		case strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s"):
			return p, true
		}
		return "", false
	}
	return "", false
}

// grantNouns name a grant that a possessive may own ("X's fellowship,
// worth £90,000").
var grantNouns = wordSet("grant award fellowship bursary scholarship studentship prize allocation chair grants awards fellowships")

// respectively pairs "X and Y received £1m and £2m respectively".
func respectively(names []string, amounts []money) bool {
	return len(names) > 1 && len(names) == len(amounts)
}

// Sentence features, computed in one pass over the words of a sentence.
const (
	featFundWord uint16 = 1 << iota // fund, scheme, grant, programme ...
	featPast                        // last, previous, since ... (pastMarker may apply)
	featWinVerb                     // awarded, won, share, receive ...
	featContext                     // an awardContext word
	featApply                       // apply, bid, available, can, may
	featProjects                    // a projectNouns word (projectCount may apply)
	featRefusal                     // a refusalWords word
	featCurrency                    // pounds, euros, dollars (a figure in words may follow a number word)
)

var featureWords = func() map[string]uint16 {
	m := map[string]uint16{}
	for w := range fundHeads {
		m[w] |= featFundWord
	}
	for _, w := range []string{"mission"} {
		m[w] |= featFundWord
	}
	for _, w := range []string{"last", "previous", "previously", "pilot", "date", "far", "since", "past", "earlier", "now", "across", "cumulative", "overall"} {
		m[w] |= featPast
	}
	for _, w := range []string{"awarded", "win", "won", "share", "receive", "received", "funded", "successful", "backed", "approved", "get", "given", "offered", "chosen", "selected"} {
		m[w] |= featWinVerb
	}
	for _, w := range awardContext {
		m[w] |= featContext
	}
	for _, w := range []string{"apply", "bid", "bids", "applications", "available", "can", "may"} {
		m[w] |= featApply
	}
	// projectCount and hasAnyWord(refusalWords) match whole words of
	// ASCII letters, which are also letter runs here
	for w := range projectNouns {
		m[w] |= featProjects
	}
	for _, w := range refusalWords {
		m[w] |= featRefusal
	}
	for _, w := range []string{"pounds", "euros", "euro", "dollars"} {
		m[w] |= featCurrency
	}
	return m
}()

func sentenceFeatures(low string) uint16 {
	var f uint16
	for w, i := nextWord(low, 0); w != ""; w, i = nextWord(low, i) {
		if featureFilter.may(w) {
			f |= featureWords[w]
		}
	}
	return f
}

// purposeCut keeps the words right after a figure up to where a purpose
// or relative clause starts: "£35m this year to set up violence reduction
// units" is judged on "this year", not on "reduction".
func purposeCut(r string) string {
	end := len(r)
	for _, m := range []string{" to ", " for ", " so ", " which ", " that ", ", ", " towards ", " on ", " in order", " (total ", " (of a total", " (project cost"} {
		if k := strings.Index(r, m); k >= 0 && k < end {
			end = k
		}
	}
	return r[:end]
}

// titleCaseGrantee reports an object a Title Case headline names as a
// body, whose capitals are its name's: "Harbour Foundation Commits Up to
// £2m to Kelby Youth Trust" (but "EPA Announces $48 Million for Clean
// School Buses" names what the money buys).
func titleCaseGrantee(obj, prep string) bool {
	return (prep == "to" || prep == "for") && orgName(obj) && !isFunder(obj)
}

// isTitleCase reports a headline in Title Case, where capitals do not mark
// names ("EPA Announces $48 Million for Clean School Buses").
func isTitleCase(s string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(s) {
		t := trimWord(w)
		if t == "" || !isLetter(t[0]) || len(t) < 4 {
			continue
		}
		words++
		if t[0] >= 'A' && t[0] <= 'Z' {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// awardsSubject reports "the awards", "the grants" as the subject of a
// total ("Together the awards total £40,250", "This quarter's awards total
// 4.8 million pounds").
func awardsSubject(lowLeft string) bool {
	return containsAny(lowLeft, []string{"the awards", "the grants", "these awards", "these grants", "this round's awards", "this quarter's awards", "this quarter's grants", "this year's awards", "this year's grants", "this round’s awards", "this quarter’s awards", "this year’s awards", "the successful bids", "in this round", "in this wave", "in this call", "in this phase", "in this tranche", "awarded at this meeting", "approved at this meeting", "made at this meeting", "agreed at this meeting"})
}

// goesOn reports money that "will go on", "is to be spent on", "will be
// used for" a purpose: an award whose recipient is not named.
func goesOn(lowRight string) bool {
	h := head(lowRight, 30)
	if strings.Contains(h, "average") {
		return false
	}
	for _, w := range []string{" go ", " goes ", " going ", " gone ", " spent ", " used ", " put ", " went "} {
		if strings.Contains(" "+h, w) {
			return true
		}
	}
	return false
}

// descriptors stand between a place and an organisation's name.
var descriptors = map[string]bool{"firm": true, "company": true, "start-up": true, "startup": true, "charity": true,
	"business": true, "manufacturer": true, "developer": true, "group": false, "organisation": true, "social": false,
	"enterprise": true, "cooperative": true, "co-operative": true, "club": false, "theatre": false, "band": true,
	"artist": true, "researcher": true, "scientist": true, "campaigner": true, "school": false, "based": true}

// exactKey identifies an award by amount and recipient as written.
type exactKey struct {
	amount int64
	name   string
}

// planNouns head phrases like "plans for X", "a bid for X", where X is what
// gets the money.
var planNouns = map[string]bool{"plans": true, "plan": true, "proposals": true, "proposal": true, "bid": true,
	"bids": true, "work": true, "campaign": true, "campaigners": true, "hopes": true, "scheme": false}

// dropAppositive removes an aside between commas just before the verb
// phrase ending low: "the fund, paid for by the levy, is worth " becomes
// "the fund is worth ".
func dropAppositive(low string) string {
	k := strings.LastIndex(low, ", ")
	if k < 0 || len(low)-k > 30 {
		return low
	}
	j := strings.LastIndex(low[:k], ", ")
	if j < 0 || k-j > 80 {
		return low
	}
	return low[:j] + " " + strings.TrimLeft(low[k+1:], " ")
}

var beneficiaryVerbs = []string{"will help ", "will let ", "will pay for ", "will help to fund ", "will enable ", "will allow ", "will support ", "will fund ", "will go to ", "is going to ", "goes to ", "helps ", "has helped ", "will back ", "has been awarded to ", "has been given to ", "has gone to ", "was awarded to ", "is awarded to ", "will be awarded to ", "will be given to ", "will be paid to ", "has been earmarked for ", "is earmarked for ", "has been set aside for ", "has been allocated to ", "is allocated to ", "will go towards "}

// leadingFigureBeneficiary reads "A £1.9m grant will help the X Trust
// restore ..." when the figure opens the sentence (lowLeft is empty or an
// article): the proper name after the verb is the recipient and what
// follows is the purpose.
func leadingFigureBeneficiary(lowLeft, right string) (string, string) {
	switch openerOnly(strings.TrimSpace(lowLeft)) {
	case "", "a", "an", "the", "another", "a further", "an additional", "a total of",
		"a grant of", "an award of", "an investment of", "funding of", "a donation of", "a further grant of", "a further award of", "an additional grant of", "an additional award of", "a further sum of":
	default:
		return "", ""
	}
	r := strings.TrimLeft(right, " ")
	// "£150,000 – the maximum available – goes to X": drop the aside
	for _, d := range []string{"– ", "— "} {
		if strings.HasPrefix(r, d) {
			if k := strings.Index(r[len(d):], " "+d); k >= 0 && k < 60 {
				r = strings.TrimLeft(r[len(d)+k+1+len(d):], " ")
			}
		}
	}
	lr := asciiLower(r)
	if k := strings.Index(lr, " from the "); k >= 0 && k < 12 {
		// "A £650,000 grant from the Heritage Fund will allow X to ..."
		for _, v := range beneficiaryVerbs {
			if j := strings.Index(lr, " "+v); j > k && j < 90 && !strings.Contains(lr[:j], ",") {
				r, lr = r[:k+1]+r[j+1:], lr[:k+1]+lr[j+1:]
				break
			}
		}
	}
	for _, n := range []string{"grant ", "award ", "investment ", "funding ", "package ", "donation ", "contribution ", "boost "} {
		if strings.HasPrefix(lr, n) {
			r, lr = r[len(n):], lr[len(n):]
			break
		}
	}
	if strings.HasPrefix(lr, "to ") || strings.HasPrefix(lr, "for ") {
		// "A £250,000 grant to Harbour Trust will fund new pontoons",
		// "£260,000 for Tiree Wave Energy CIC will help the company ..."
		if name := leadingProper(r[strings.IndexByte(r, ' ')+1:]); len(name) >= 3 && !isFunder(name) {
			k := strings.Index(r, name)
			rest := asciiLower(r[k+len(name):])
			for _, v := range []string{" will ", " has ", " is ", " was ", " helps ", " helped ", " pays ", " paid "} {
				if strings.HasPrefix(rest, v) {
					return name, ""
				}
			}
		}
	}
	for _, v := range beneficiaryVerbs {
		if !strings.HasPrefix(lr, v) {
			continue
		}
		rest := r[len(v):]
		if hasAnyPrefix(rest, "\"", "“", "'", "‘") {
			return "", "" // "will pay for "Make It Work", a ten-week course": a title in quotes
		}
		name := leadingProper(rest)
		if name == "" && determinerEnd(asciiLower(firstWord(rest))+" ") {
			// "A further £18,000 will support a volunteer clean-up
			// programme led by Kelderford Churches Together"
			if n, at := ledBy(head(rest, 120)); n != "" && at > 0 && !strings.Contains(rest[:at], ",") && !isFunder(n) {
				return n, cleanPurpose(strings.TrimSpace(rest[:at]))
			}
		}
		if name == "" || len(name) < 3 {
			return "", ""
		}
		if strings.HasPrefix(rest, name) {
			name = commaName(rest, name)
		}
		k := strings.Index(rest, name)
		after := rest[k+len(name):]
		// "URBSOIL, a consortium coordinated by Politecnico di Milano":
		// the coordinator receives the grant
		la := asciiLower(head(after, 80))
		for _, cue := range []string{" coordinated by ", " led by ", " co-ordinated by "} {
			if j := strings.Index(la, cue); j >= 1 && strings.HasPrefix(la, ", ") && !strings.Contains(la[min(2, j):j], ",") {
				if c := leadingProper(after[j+len(cue):]); c != "" {
					return c, ""
				}
			}
		}
		purpose := strings.TrimLeft(after, " ,")
		if i := strings.Index(purpose, ", "); i >= 0 && !strings.HasPrefix(strings.ToLower(purpose), "to ") {
			// "URBSOIL, a consortium coordinated by ...": an aside
			purpose = ""
		}
		purpose = strings.TrimPrefix(purpose, "to ")
		return name, cleanPurpose(cutClause(purpose))
	}
	return "", ""
}

// forGrants reports a figure said to be available for grants in
// general, not for one purpose: " available for community grants in
// 2026/27", " available for grant-making this year".
func forGrants(lowRight string) bool {
	k := strings.Index(lowRight, " for ")
	if k < 0 || strings.Contains(lowRight[k+5:], " for ") {
		return false
	}
	f := strings.Fields(lowRight[k+5:])
	for i, w := range f[:min(len(f), 3)] {
		switch strings.Trim(w, ".,;") {
		case "grants", "grant-making", "grantmaking", "awards":
			return i == len(f)-1 || !strings.HasSuffix(w, ",") && f[i+1] != "to" && f[i+1] != "of"
		}
	}
	return false
}

// revisedAllocation reads a grant changed from one figure to another:
// "the Towns Fund allocation to Hollinsford College ... be reduced from
// £3.2m to £2.7m", "increasing the allocation to Hollinsford Borough
// Council for that project from £4.45m to £4.8m". It returns the
// recipient, the new figure and the old one.
func revisedAllocation(s sent, amounts []money) (string, money, int64, bool) {
	changed := false // a word of change, looked for once a figure follows "from"
	for i, m := range amounts {
		if !strings.HasSuffix(strings.TrimRight(s.low[:m.QStart], " "), " from") {
			continue
		}
		if !changed && (!hasAnyWord(s.low, []string{"reduced", "reducing", "increase", "increases", "increased", "increasing", "revised", "varied", "cut", "raised", "raising", "amended", "uplifted", "lowered"}) ||
			hasAnyWord(s.low[:m.QStart], []string{"not", "refused", "rejected", "declined", "withdrawn", "deferred", "proposed", "asked", "requested"})) {
			return "", money{}, 0, false
		}
		changed = true
		to, from, ok := changedTo(s, amounts, i)
		if !ok {
			continue
		}
		if n := granteeAfter(s, s.low[:m.QStart], " allocation to ", " grant to ", " award to ", " funding to "); n != "" {
			return n, to, from, true
		}
		return "", money{}, 0, false
	}
	return "", money{}, 0, false
}

// changedTo reads the figure a change "from £A to £B" arrives at, from
// amounts[i], and the figure it left: a range ("from £4.45m to £4.8m")
// or two figures.
func changedTo(s sent, amounts []money, i int) (to money, from int64, ok bool) {
	m := amounts[i]
	switch {
	case m.Min > 0:
		to = m
		to.Min, to.Qual = 0, ""
		return to, m.Min, true
	case i+1 < len(amounts) && strings.TrimSpace(s.low[m.End:amounts[i+1].QStart]) == "to":
		return amounts[i+1], m.Value, true
	}
	return money{}, 0, false
}

// ownersAllocation reads a body's grant told as its possession before the
// figure: "the council's Home Adaptations Grant allocation for 2028/29
// had been confirmed by the government at", "Ravensholt District
// Council's allocation is"; lb is before lowered, sentLow the whole
// sentence lowered.
func (a *analyzer) ownersAllocation(before, lb, sentLow string) string {
	k := max(strings.LastIndex(lb, "'s "), strings.LastIndex(lb, "’s "))
	our := false
	if j := strings.LastIndex(lb, "our "); j > k && (j == 0 || lb[j-1] == ' ') {
		k, our = j, true
	}
	if k <= 0 && !our {
		return ""
	}
	rest := strings.TrimRight(lb[k+len("'s "):], " ")
	if strings.HasPrefix(lb[k:], "’") {
		rest = strings.TrimRight(lb[k+len("’s "):], " ")
	}
	if our {
		rest = strings.TrimRight(lb[k+len("our "):], " ")
	}
	verb := ""
	for _, v := range []string{" is", " was", " will be", " totals", " comes to", " amounts to", " stands at",
		// "Ashcombe Borough Council’s allocation rises from £400,000 to
		// £520,000": the figure is the change, whose end is the grant
		" rises from", " increases from", " goes up from", " has risen from", " is increased from", " has been increased from", " was increased from", " is raised from"} {
		if strings.HasSuffix(rest, v) {
			verb = v
			break
		}
	}
	if verb == "" && strings.HasSuffix(rest, " at") && strings.Contains(rest, " confirmed") {
		for _, c := range []string{" has been confirmed", " had been confirmed", " was confirmed", " is confirmed", " will be confirmed"} {
			if j := strings.Index(rest, c); j > 0 {
				verb = rest[j:]
				break
			}
		}
	}
	if verb == "" {
		return ""
	}
	noun := strings.TrimSuffix(rest, verb)
	for _, p := range []string{" for ", " in "} {
		// "allocation for 2028/29"
		if j := strings.LastIndex(noun, p); j > 0 && strings.ContainsAny(noun[j:], "0123456789") {
			noun = noun[:j]
		}
	}
	if j := strings.Index(noun, " from the "); j > 0 {
		noun = noun[:j] // "allocation from the Adult Social Care Discharge Fund"
	}
	shareOf := false
	if j := strings.Index(noun, " of the "); j > 0 && strings.HasSuffix(noun[:j], "share") {
		// "Northgate's share of the pot" (not "its share of the cost")
		shareOf = hasAnyWord(noun[j:], []string{"pot", "fund", "funding", "grant", "money", "award", "allocation"})
		noun = noun[:j]
	}
	if w := lastWordLower(noun); w != "allocation" && w != "grant" && w != "award" && w != "share" || strings.Contains(noun, "budget") || countFields(noun, 8) > 6 {
		return ""
	}
	if lastWordLower(noun) == "share" && !shareOf && !hasAnyWord(sentLow, []string{"sharing", "shared", "split", "splitting", "divided", "distributed"}) {
		// "The City's share is $1.5 million" of a project's cost: what
		// it pays in, unless money is being shared out
		return ""
	}
	if our {
		// "... sharing £250,000 from the Winter Warmth Fund, and our
		// share is £6,000": the publisher's
		return a.publisherOrg()
	}
	owner := before[:k]
	if j := strings.LastIndex(lb[:k], " that "); j >= 0 {
		owner = owner[j+len(" that "):] // "reported that the council's"
	}
	if recip, generic, _ := a.resolveSubject(owner, true, before); recip != "" && !generic && !isFunder(recip) && !a.isFundName(recip) {
		return recip
	}
	return ""
}

// grantSecuredBy reads who got a grant from a clause after its figure:
// "the £1.78 million grant the council secured from the second wave",
// "the £50,000 award that Dunmore Scouts won last year".
func (a *analyzer) grantSecuredBy(right, lowRight string) string {
	r := strings.TrimLeft(right, " ")
	lr := strings.TrimLeft(lowRight, " ") // (ASCII lowering keeps offsets)
	k := 0
	for _, n := range []string{"grant ", "award ", "allocation "} {
		if strings.HasPrefix(lr, n) {
			k = len(n)
			break
		}
	}
	if k == 0 {
		return ""
	}
	for _, rel := range []string{"that ", "which "} {
		if strings.HasPrefix(lr[k:], rel) {
			k += len(rel)
			break
		}
	}
	for _, v := range []string{" secured ", " has secured ", " had secured ", " won ", " has won ", " had won ", " received ", " has received ", " obtained ", " was awarded ", " has been awarded ", " had been awarded "} {
		e := strings.Index(lr[k:], v)
		if e <= 0 || countFields(lr[k:k+e], 7) > 6 || strings.ContainsAny(lr[k:k+e], ",;:(") {
			continue
		}
		if recip, generic, _ := a.resolveSubject(r[k:k+e], false, r); recip != "" && !generic && !isFunder(recip) {
			return recip
		}
		return ""
	}
	return ""
}

// figureThenName reads the rest of a line that opens with a figure and
// then, after a middle dot, bar or dash, names a body and nothing else:
// " · University of Birmingham".
func figureThenName(after string) string {
	r, ok := cutAnyPrefix(strings.TrimSpace(after), "· ", "| ", "– ", "— ")
	if !ok {
		return ""
	}
	return wholeOrg(strings.TrimRight(r, " ."))
}

// heldProjects are what a research award funds, held by a body: "a £2.8
// million partnership at Swansea University", "the university's project,
// worth £3.4 million".
var heldProjects = []string{"partnership", "project", "programme", "program", "centre", "center", "hub", "study", "consortium", "network"}

// projectHeldAt reads a project at a body right after a figure: " partnership
// at Swansea University will ..." gives Swansea University.
func projectHeldAt(right string) string {
	r := strings.TrimLeft(right, " ")
	for _, p := range heldProjects {
		if !hasPrefixFold(r, 0, p+" at ") {
			continue
		}
		n := leadingProper(stripDeterminer(r[len(p)+len(" at "):]))
		if n != "" && orgName(n) && !isFunder(n) {
			return n
		}
		return ""
	}
	return ""
}

// takesTheMoney reports a sentence that says its subject got the money
// just told of: "Photonweld, which employs 42 people, secured the money
// through ...".
func takesTheMoney(low string) bool {
	for _, v := range takingVerbs {
		if k := strings.Index(low, v); k > 0 && low[k-1] == ' ' && hasAnyPrefix(low[k+len(v):], takenMoney...) {
			return true
		}
	}
	return false
}

// takingVerbs and takenMoney tell of a body taking money already told
// of: "has received the money", "secured this grant".
var (
	takingVerbs = []string{"has been given ", "have been given ", "was given ", "has been awarded ", "was awarded ", "has received ", "received ", "will receive ", "receives ", "gets ", "is getting ", "secured ", "won ", "gained "}
	takenMoney  = []string{"the money", "the grant", "the funding", "the award", "this grant", "this money", "the cash"}
)

// ledWorkWorth reports words before a figure that say a body leads the
// work it is worth: "will lead work worth", "leads a project worth".
func ledWorkWorth(lowLeft string) bool {
	l := strings.TrimRight(lowLeft, " ")
	if !strings.HasSuffix(l, " worth") {
		return false
	}
	f := strings.Fields(tail(l, 50))
	for i := len(f) - 2; i >= 0 && i >= len(f)-5; i-- {
		switch f[i] {
		case "lead", "leads", "leading":
			w := f[len(f)-2]
			return w == "work" || slices.Contains(heldProjects, w)
		case "a", "an", "the", "new", "research", "joint", "work", "five-year", "three-year":
		default:
			if !slices.Contains(heldProjects, f[i]) {
				return false
			}
		}
	}
	return false
}

// possessedWorth returns where the possessive ends in b when b closes
// with a body's project and its worth ("The University of Strathclyde’s
// partnership, worth"), or 0.
func possessedWorth(b string) int {
	core := ""
	for _, w := range []string{", worth", " worth", ", valued at", " valued at"} {
		if strings.HasSuffix(b, w) {
			core = strings.TrimSuffix(b, w)
			break
		}
	}
	if core == "" {
		return 0
	}
	k := strings.LastIndexByte(core, ' ')
	if k < 0 || !slices.Contains(heldProjects, strings.ToLower(core[k+1:])) {
		return 0
	}
	if p := core[:k]; strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
		return k
	}
	return 0
}

// granteeAfter returns the body named after the last cue found in left,
// a prefix of s.low: "the allocation to Hollinsford College", "its grant
// to the Eastside Community Café", or "".
func granteeAfter(s sent, left string, cues ...string) string {
	for _, cue := range cues {
		if k := strings.LastIndex(left, cue); k >= 0 {
			if n := leadingProper(stripDeterminer(s.text[k+len(cue):])); n != "" && !isFunder(n) {
				if j := strings.Index(n, " for "); j > 0 && orgName(n[:j]) {
					n = n[:j] // "Hollinsford College for the Riverside Digital Skills Hub"
				}
				return n
			}
		}
	}
	return ""
}

// givenTheGrantTo reads the grantee of a grant told before, in a
// sentence with no figure of its own: "X has awarded the money to Y",
// "the grant goes to Y".
func givenTheGrantTo(text, low string) string {
	for _, v := range []string{" awarded the money to ", " awarded the grant to ", " awarded the funding to ", " given the money to ", " given the grant to ", " gave the money to ", " gave the grant to ", " made the grant to ", " made the award to "} {
		if k := strings.Index(low, v); k > 0 {
			return leadingProper(stripDeterminer(text[k+len(v):]))
		}
	}
	return ""
}

// receivedTheGrant reads a sentence that says who got a grant told
// before: "The Kelsby Maritime Heritage Trust has been given the money",
// "Ardley Scouts received the grant". It returns that body, or "".
func receivedTheGrant(text, low string) string {
	n := leadingProper(text)
	if n == "" || !orgName(n) {
		return ""
	}
	k := strings.Index(low, asciiLower(n))
	if k < 0 || k > 4 {
		return ""
	}
	rest := strings.TrimSpace(low[k+len(n):])
	for _, v := range takingVerbs {
		if r, ok := strings.CutPrefix(rest, v); ok && hasAnyPrefix(r, takenMoney...) {
			return n
		}
	}
	return ""
}

// budgetRevised reads a budget changed from one figure to another, "the
// budget for X is reduced from £250,000 to £180,000", and returns the new
// figure.
func budgetRevised(s sent, amounts []money) (money, bool) {
	if len(amounts) == 0 || len(amounts) > 2 || !strings.Contains(s.low, "budget") {
		return money{}, false
	}
	m := amounts[0]
	left := strings.TrimRight(s.low[:m.QStart], " ")
	if !strings.HasSuffix(left, " from") || !strings.Contains(left, "budget") || !hasAnyWord(left, []string{"reduced", "increased", "cut", "raised", "revised", "lowered", "uplifted"}) ||
		hasAnyWord(left, []string{"not", "proposed", "asked", "requested"}) {
		return money{}, false
	}
	to, _, ok := changedTo(s, amounts, 0)
	return to, ok
}

// grantToppedUp reads a grant raised by a sum, to a grantee it names:
// "has topped up its grant to the Eastside Community Café by a further
// £2,000", "increased its award to Hale Youth Band by £500".
//
// A second figure, if any, must be the new total: "..., taking the total
// grant to £8,500".
func grantToppedUp(s sent, amounts []money) (string, money, bool) {
	if len(amounts) == 0 || len(amounts) > 2 || !hasAnyWord(s.low, []string{"topped", "topping", "increased", "increasing", "boosted", "raised", "raising"}) {
		return "", money{}, false
	}
	m := amounts[0]
	if len(amounts) == 2 && (amounts[1].Currency != m.Currency || amounts[1].Value <= m.Value || !newTotal(s.low[m.End:amounts[1].QStart])) {
		return "", money{}, false
	}
	left := strings.TrimRight(s.low[:m.QStart], " ")
	left = strings.TrimSuffix(strings.TrimSuffix(left, " a further"), " an extra")
	if !strings.HasSuffix(left, " by") {
		return "", money{}, false
	}
	if n := granteeAfter(s, left, " grant to ", " award to ", " funding to ", " grant for ", " award for "); n != "" {
		return n, m, true
	}
	return "", money{}, false
}

// renewedGrant reads a grant renewed or extended at a figure: "has renewed
// its grant to the Glenmorven Community Midwifery Project for a third year
// at £48,000".
func renewedGrant(s sent, amounts []money) (string, money, bool) {
	if len(amounts) != 1 || !hasAnyWord(s.low, []string{"renewed", "renews", "renewing", "extended", "extends", "extending"}) {
		return "", money{}, false
	}
	m := amounts[0]
	left := strings.TrimRight(s.low[:m.QStart], " ")
	if !strings.HasSuffix(left, " at") && !strings.HasSuffix(left, " worth") {
		return "", money{}, false
	}
	if n := granteeAfter(s, left, " grant to ", " award to ", " funding to ", " grant for ", " award for "); n != "" {
		return n, m, true
	}
	return "", money{}, false
}

// newTotal reports the words before a figure that give a grant's new
// total: "takes the total grant to", "bringing its grant to".
func newTotal(lowLeft string) bool {
	l := strings.TrimRight(lowLeft, " ")
	if !strings.HasSuffix(l, " to") {
		return false
	}
	t := tail(l, 50)
	return hasAnyWord(t, []string{"takes", "taking", "take", "brings", "bringing", "bring", "took", "brought", "lifts", "lifting", "raises", "raising"}) &&
		hasAnyWord(t, []string{"total", "grant", "award", "funding"})
}

// salaryFigure reports a figure that is a post's yearly pay: "a
// £32,000-a-year digital officer post", "a £28,500 a year role".
func salaryFigure(lowRight string) bool {
	r, ok := cutAnyPrefix(lowRight, "-a-year ", " a year ", " per annum ", "-per-year ", " pa ")
	if !ok {
		return false
	}
	f := strings.Fields(head(r, 50))
	for _, w := range f[:min(len(f), 4)] {
		switch strings.Trim(w, ",.;:") {
		case "post", "posts", "role", "roles", "job", "jobs", "officer", "worker", "coordinator", "co-ordinator", "manager", "position", "salary", "apprenticeship":
			return true
		}
	}
	return false
}

// speakerOrg returns the body of the one a quote is attributed to:
// "..., said Professor Ruth Abernethy, Northwold's vice-chancellor",
// "... said Jo Bell, chief executive of Hope Trust", or "".
func (a *analyzer) speakerOrg(text string) string {
	k := strings.LastIndex(text, " said ")
	if k < 0 {
		return ""
	}
	_, after, ok := strings.Cut(text[k+len(" said "):], ", ")
	if !ok {
		return ""
	}
	after = strings.TrimRight(after, ".")
	for _, ps := range []string{"’s ", "'s "} {
		if j := strings.Index(after, ps); j > 0 {
			if n := leadingProper(after[:j]); n == after[:j] && !isFunder(n) && isLowerWord(firstField(after[j+len(ps):])) {
				return a.expand(n)
			}
		}
	}
	for _, p := range []string{" of ", " at "} {
		if j := strings.Index(after, p); j > 0 && isLowerWord(firstField(after)) {
			if n := leadingProper(stripDeterminer(after[j+len(p):])); n != "" && !isFunder(n) {
				return a.expand(n)
			}
		}
	}
	return ""
}

// withNamed returns the body named after a clause's "with" that a
// participle follows: "There was more good news from the same fund, with
// Dunmoor Harriers Athletic Club" (awarded almost £500k), or "".
func withNamed(subj string) string {
	k := strings.LastIndex(subj, ", with ")
	if k < 0 {
		return ""
	}
	n := cleanName(stripDeterminer(subj[k+len(", with "):]))
	if n == "" || !strings.Contains(n, " ") || leadingProper(n) != n || !isProperWord(finalWord(n)) || isFunder(n) {
		return "" // (not "with a Kestrel Vale ICB-led consortium taking")
	}
	if r, _ := ledBy(subj[:k]); r != "" {
		return "" // "A consortium led by X, with Y and Z,": partners of the lead
	}
	return n
}

// bareFigure reports a line that is one figure and nothing else:
// "£38,500", "$250,000.".
func bareFigure(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".")
	if t == "" || len(t) > 30 {
		return false
	}
	ms := scanAmounts(t)
	return len(ms) == 1 && ms[0].QStart == 0 && ms[0].End == len(t)
}

// openerOnly returns "" for a sentence opener before a figure ("in
// sheffield,", "elsewhere,", "on tiree,"), else its argument: a figure
// after such an opener still opens the sentence.
func openerOnly(l string) string {
	if !strings.HasSuffix(l, ",") {
		return l
	}
	w := strings.Fields(strings.TrimSuffix(l, ","))
	if len(w) == 0 || len(w) > 5 {
		return l
	}
	if openerWords[w[0]] || w[0] == "and" {
		return ""
	}
	return l
}

// openerWords open an adverbial before the comma that starts a clause
// ("In Wrexham, ...", "Elsewhere, ..."): what stands before it is no
// label and no subject.
var openerWords = wordSet("following after before despite in at on for from by with across within throughout meanwhile elsewhere overall altogether together however also additionally separately finally further lastly similarly nearby locally")

// unnamedPart reports a part of a fund the sentence does not name, just
// before the fund: "the competitive strand of the Police Digital
// Collaboration Fund" is about that fund, which is no parent of another.
func unnamedPart(text string) bool {
	for _, c := range []string{" strand of ", " element of ", " component of "} {
		if k := strings.LastIndex(text, c); k > 0 {
			return isLowerWord(finalWord(text[:k]))
		}
	}
	return false
}

// namedGroup writes a group and the members a list names, "national
// police-led programmes (Police Data Platform, Digital Evidence Exchange
// Programme)", less the count and articles.
func namedGroup(group, list string) string {
	group = stripDeterminer(group)
	if w := firstWordLower(group); w != "" && (isDigit(w[0]) || func() bool { n, k := countWord(w); return n > 0 && k == len(w) }()) {
		group = strings.TrimSpace(group[len(w):])
	}
	var names []string
	for _, p := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(list, ", and ", ", "), " and ", ", "), ", ") {
		if n := cleanName(stripDeterminer(strings.TrimSpace(p))); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return group
	}
	return group + " (" + strings.Join(names, ", ") + ")"
}

// finalWord returns the last space-separated word of s.
func finalWord(s string) string {
	s = strings.TrimSpace(s)
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// refusalWords mark bids turned down or put off.
// notGivenPhrases hide the award words that say nothing was given:
// "not approved", "until quotes are received".
var notGivenPhrases = strings.NewReplacer("not approved", "", "are received", "", "is received", "", "been received", "", "were received", "")

// refusedStatus reports a card's short status line that says its grant
// is not made: "Declined", "Withdrawn", "Not funded".
func refusedStatus(t string) bool {
	l := asciiLower(strings.TrimSpace(t))
	return len(l) < 30 && (hasAnyWord(l, refusalWords) || hasAnyPrefix(l, "withdrawn", "not funded", "not approved"))
}

var refusalWords = []string{"refused", "refusal", "rejected", "declined", "unsuccessful", "deferred", "deferral", "ineligible"}

// splitTranches reads a total followed by its split by year after a dash,
// colon or bracket: "£2.4 million over two years – £800,000 in 2023-24
// and £1.6 million in 2024-25". The parts must add up to the total.
func (a *analyzer) splitTranches(s sent, amounts []money, i, idx int, consumed []bool) {
	m := amounts[i]
	if i+1 >= len(amounts) {
		return
	}
	gap := s.text[m.End:amounts[i+1].QStart]
	lg := strings.TrimSpace(asciiLower(gap))
	splitWord := (hasAnyWord(tail(lg, 20), []string{"split", "paid", "phased", "payable"}) || strings.HasSuffix(lg, ", with") || strings.HasSuffix(lg, ", of which") ||
		// "£720,000 to restore ... at Kirkconnell Flow (£400,000 this
		// financial year and £320,000 in 2029-30)"
		strings.HasSuffix(lg, "(") && len(gap) < 200 && consumed[i+1]) && !strings.Contains(lg, ". ")
	if !splitWord && (len(gap) > 40 || !strings.ContainsAny(gap, "–—-:(")) {
		// "£950,000 for a hydro scheme in the upper Conwy valley, split
		// £150,000 in 2022 to 2023 and £800,000 in 2023 to 2024"
		return
	}
	var parts []Tranche
	prev := 0
	end := m.End
	var used []int
	var sum int64
	for j := i + 1; j < len(amounts); j++ {
		n := amounts[j]
		if n.Currency != m.Currency || end > n.QStart {
			break
		}
		if j > i+1 && !reTrancheGap.MatchString(s.low[end:n.QStart]) {
			break
		}
		q, qend, ok := periodAfter(s.text, n.End, a.base, prev)
		if !ok {
			// "of which £300k falls in 2028/29"
			for _, v := range []string{" falls", " fall", " is paid", " will be paid", " is due", " will fall", " released", " paid", " payable"} {
				if strings.HasPrefix(s.low[n.End:], v+" ") {
					q, qend, ok = periodAfter(s.text, n.End+len(v), a.base, prev)
					break
				}
			}
		}
		if r, now := cutAnyPrefix(s.low[n.End:], " released now", " paid now", " now", " up front", " upfront", " released immediately", " paid immediately"); !ok && now && a.base > 0 && j == i+1 && (r == "" || !isLetter(r[0])) {
			// "with £60,000 released now and the remaining £45,000 in
			// 2028/29": the first part is this year's
			q, qend, ok = a.base, len(s.low)-len(r), true
		}
		if !ok {
			break
		}
		parts = append(parts, Tranche{Period: fyString(q), Amount: n.Value})
		used = append(used, j)
		sum += n.Value
		prev, end = q, qend
	}
	if len(parts) < 2 || sum != m.Value {
		return
	}
	for _, j := range used {
		consumed[j] = true
	}
	a.awards[idx].award.Tranches = parts
}

// dashPurpose reads the purpose written after a dash straight after the
// figure: "£12,000 - a delivery van", "£8,000 – to run summer clubs".
func dashPurpose(right string) string {
	r := strings.TrimLeft(right, " ")
	for _, d := range []string{"- ", "– ", "— "} {
		if strings.HasPrefix(r, d) {
			return cleanPurpose(r[len(d):])
		}
	}
	return ""
}

// toVerbPurpose reads a purpose phrase "to" + verb straight after a figure
// ("to help theatres recover", "to improve bus stops").
func toVerbPurpose(lowRight string) bool {
	r := strings.TrimLeft(lowRight, " ")
	if !strings.HasPrefix(r, "to ") {
		return false
	}
	w := firstWordLower(r[3:])
	switch w {
	case "help", "support", "improve", "fund", "deliver", "boost", "tackle", "create", "build", "restore", "protect", "expand", "develop", "reduce", "increase", "upgrade", "repair", "modernise", "modernize", "enable", "provide", "make", "bring", "cut", "transform", "extend", "train", "promote":
		return true
	}
	return false
}

// toRecipients reports "to" and a group after a figure ("to 11
// businesses", "to the Trust", "to local charities"), not "to" and a
// verb ("to reopen the baths").
func toRecipients(lowRight string) bool {
	r := strings.TrimLeft(lowRight, " ")
	if !strings.HasPrefix(r, "to ") {
		return false
	}
	w := firstWordLower(r[3:])
	if w == "" || toVerbPurpose(r) {
		return false
	}
	if n, _ := countWord(w); n > 0 || isDigit(w[0]) {
		return true
	}
	switch w {
	case "the", "a", "an", "its", "their", "each", "all", "every", "local", "community", "small", "new", "several", "some", "more", "over", "nearly", "almost":
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// reYearlyThenTotal matches what lies between a yearly figure and the
// total that follows it: " in each of the next three years (2027/28 to
// 2029/30), a total of ", " a year for two years, totalling ", " a year
// (", " annually, worth ", " a year, or ", " a year for each of the three
// years from 2025-26 to 2027-28, a total of ".
var reYearlyThenTotal = regexp.MustCompile(`^\s*(?:(?:in each of the (?:next |following )?\w+ (?:financial )?years|(?:a|per|each) year for (?:the next )?\w+ years)(?:\s*\([^()]{0,40}\))?,?\s*(?:a total of|totalling|totaling|or|making)|(?:a year|per year|each year|annually|per annum)(?: for each of the \w+ years| over \w+ years| for \w+ years)?(?: from [^£$€.;,()]{4,30})?(?:,\s*(?:a total of|totalling|totaling|or|making|worth)?|\s*\(|\s+or|\s+totalling|\s+making))\s*$`)

// yearlyWithTotal reports a yearly figure m followed by the total it
// adds up to, n, whose value is a whole number (2 to 10) of m's.
func yearlyWithTotal(gap string, m, n money) bool {
	if m.Value <= 0 || n.Currency != m.Currency || n.Value%m.Value != 0 || n.Value/m.Value < 2 || n.Value/m.Value > 10 {
		return false
	}
	return reYearlyThenTotal.MatchString(gap)
}

// closingBracketFigure reports a figure in brackets that closes its
// sentence: "... in rental housing (£64,000)." or "(£64,000 over two
// years)".
func closingBracketFigure(text string, m money) bool {
	if m.QStart == 0 || text[m.QStart-1] != '(' {
		return false
	}
	k := strings.IndexByte(text[m.End:], ')')
	if k < 0 || k > 40 {
		return false
	}
	return strings.Trim(text[m.End+k+1:], " .;") == ""
}

// firstVerbAt returns where the first auxiliary or common verb of a
// sentence starts ("Bramley Housing Trust | will examine"), or -1.
func firstVerbAt(low string) int {
	best := -1
	for _, v := range []string{" will ", " is ", " are ", " has ", " have ", " was ", " were ", " plans to ", " aims to "} {
		if k := strings.Index(low, v); k > 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

// taxNoteEnd returns the end of a bracketed tax note right after a
// figure ending at end ("(GST exclusive)", "(excl. VAT)", "(ex GST)"),
// or end when there is none.
func taxNoteEnd(text string, end int) int {
	if !strings.HasPrefix(text[end:], " (") {
		return end
	}
	k := strings.IndexByte(text[end:], ')')
	if k < 0 || k > 30 {
		return end
	}
	note := strings.ToLower(text[end+2 : end+k])
	if hasAnyWord(note, []string{"gst", "vat", "hst", "tax"}) && len(strings.Fields(note)) <= 3 {
		return end + k + 1
	}
	return end
}

// asciiTitle lowers the ASCII letters of t but the first of each word:
// "DECD AWARDS MORE" is "Decd Awards More". Byte lengths are unchanged.
func asciiTitle(t string) string {
	b := []byte(t)
	for i := range b {
		if i == 0 || !isLetter(b[i-1]) && b[i-1] < 0x80 {
			continue // a word's first letter (bytes of a letter such as "É" count as letters)
		}
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		} else if c == 0xC3 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9E && b[i+1] != 0x97 {
			b[i+1] += 0x20 // "TINTEÁN" is "Tinteán": Latin-1 capitals, two bytes either way
		}
	}
	return string(b)
}

// itsFund reports a sentence that opens "Its budget" after one about the
// fund last named ("The programme studies ...", "The X Fund supports
// ..."): the budget is the fund's.
func (a *analyzer) itsFund(s sent) bool {
	if a.lastFund == "" || len(a.prev) < 2 || !hasAnyPrefix(s.low, "its budget", "the budget ", "the total budget ") {
		return false
	}
	if !strings.HasPrefix(s.low, "its") && a.lastFundOrder >= s.order-2 {
		// "Healthy Plymouth Community Grants help groups ... The grants
		// are funded from ... The budget for 2028/29 is £200,000": the
		// fund just named
		return true
	}
	p := asciiLower(a.prev[len(a.prev)-2])
	return hasAnyPrefix(p, "the programme", "the program", "the fund", "the scheme", "this programme", "this fund", "this scheme") || strings.HasPrefix(p, "the "+strings.ToLower(a.lastFund)) || strings.HasPrefix(p, strings.ToLower(a.lastFund))
}
