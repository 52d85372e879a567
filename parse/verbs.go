package parse

import "strings"

// Hand-written matchers for the verb that ends the text before a figure
// ("Walsall Council landed the region's biggest award, £19.97m"). They do
// what an end-anchored regular expression would, word by word from the
// end, which is an order of magnitude cheaper.

// recipientVerbs make their subject the recipient ("X has been awarded £Y",
// "X receives £Y", "X and Y share £Z").
var recipientVerbs = wordSet("taking takes took lead leads leading awarded granted allocated given offered handed paid approved receive receives received receiving get gets got getting gotten win wins won winning secure secures secured securing bag bags bagged scoop scoops scooped land lands landed pocket pockets pocketed obtain obtains obtained share shares shared sharing split splits divide divides divided dividing expect expects expected spend spends spent use uses used invest invests put puts funded")

var recipientVerbPhrases = []string{"backed with", "backed by", "in line for", "tops the list at", "tops the list with", "topped the list at", "topped the list with", "heads the list with", "headed the list with", "benefits from", "benefit from", "benefited from", "benefitted from",
	"share in", "shares in", "sharing in", "selected for", "approved for", "chosen for", "picks up", "picked up", "pick up", "picking up", "snaps up", "snapped up", "walks away with", "walked away with", "takes home", "took home", "nets", "netted", "banks", "banked", "bags", "collects", "collected",
	"been pledged", "was pledged", "were pledged", "is pledged", "are pledged", "presented with"}

// funderVerbs make their subject the funder ("the Home Secretary has
// awarded £23m to 14 projects").
var funderVerbs = wordSet("left leaves bequeathed release releases released releasing pass passes passed passing transfer transfers transferred transferring agreed agrees agree approving awards award awarding grants grant granting gives give gave giving allocates allocate allocating announced announce announces announcing approved approve approves approving confirmed confirm confirms confirming pledged pledge pledges pledging committed commits commit committing invested investing provides provide provided providing offers offer offering puts put putting unveiled unveils unveil unveiling earmarked earmarks earmark appropriated appropriates appropriate appropriating budgeted distributed distributes distribute distributing made make makes making awarded granted allocated given offered")

var funderVerbPhrases = []string{"hands out", "hand out", "handed out", "handing out", "dished out", "set aside", "sets aside"}

// auxWords may stand between a subject and its verb.
var auxSet = wordSet("can could has have had is are was were will would could shall should may might be been being set due also now already just today recently jointly each both directly successfully finally additionally then previously initially together collectively to not only still")

// figureFillers may stand between the verb and the figure.
var figureFillers = []string{
	"a total of", "a sum of", "a grant of", "a share of", "a slice of", "a portion of", "a package of",
	"a boost of", "a pot of", "shares of", "share of", "grants of", "grant of", "funding of", "awards of",
	"award of", "grants worth", "funding worth", "grants totalling", "funding totalling", "an additional", "an initial", "an interim", "an immediate", "an upfront",
	"an extra", "a further", "a new", "a combined", "a total", "another", "combined", "confirmation of", "approval for",
	"a separate", "a second", "a one-off", "a welcome", "a much-needed", // "have received a separate £58,000"
	"approval of", "an award of", "investment of", "backing of", "support of", "funding worth", "a grant worth",
	"an award worth", "a package worth", "a share worth", "a cheque for", "a cheque of",
	// "Each of them receives a bursary of £2,000"
	"a bursary of", "a bursary worth", "a fellowship of", "a fellowship worth", "a scholarship of", "a scholarship worth", "a prize of", "a prize worth", "a studentship of", "a studentship worth",
	// "receives the maximum £50,000", "was awarded the full grant of £10,000"
	"the maximum grant of", "the maximum award of", "the full grant of", "the full amount of", "the maximum", "the full",
	"the", "a", "an", "with", "its", "their",
	"just", "only", "a mere", "merely", // "received just £1.2m – three per cent of the pot"
}

var funderFillers = []string{"a total of", "a sum of", "a package of", "an additional", "an initial", "an interim", "an immediate", "an upfront", "an extra", "a further", "a new", "another", "the", "a", "an"}

// fillerNouns name what a figure is in "a repayable contribution of".
var fillerNouns = wordSet("contribution grant award investment loan package allocation sum payment boost injection settlement")

// awardNouns close a "the region's biggest award," filler.
var awardNouns = wordSet("award awards grant grants sum share allocation amount prize pot cheque slice chunk portion")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// hasSuffixWord reports whether low ends with phrase as whole words.
func hasSuffixWord(low, phrase string) bool {
	if !strings.HasSuffix(low, phrase) {
		return false
	}
	i := len(low) - len(phrase)
	return i == 0 || !isLetter(low[i-1])
}

// lastWord returns the start of the last word of low (trimmed) and the word.
func lastWord(low string) (int, string) {
	e := len(low)
	for e > 0 && (low[e-1] == ' ' || low[e-1] == ',') {
		e--
	}
	s := e
	for s > 0 && low[s-1] != ' ' {
		s--
	}
	return s, low[s:e]
}

// stripFiller removes one filler phrase from the end of low.
func stripFiller(low string, fillers []string, awardFiller bool) string {
	t := strings.TrimRight(low, " ")
	for _, f := range fillers {
		if len(f) > 0 && len(t) > 0 && f[len(f)-1] != t[len(t)-1] {
			continue // cannot be a suffix
		}
		if hasSuffixWord(t, f) {
			return strings.TrimRight(t[:len(t)-len(f)], " ")
		}
	}
	if awardFiller && strings.HasSuffix(t, " of") {
		// "a repayable contribution of", "a one-off capital grant of"
		u := strings.TrimSuffix(t, " of")
		if s, w := lastWord(u); fillerNouns[w] {
			rest := u[:s]
			for k := 0; k < 4; k++ {
				rest = strings.TrimRight(rest, " ")
				ws, w := lastWord(rest)
				if w == "a" || w == "an" || w == "the" {
					return strings.TrimRight(rest[:ws], " ")
				}
				if ws == len(rest) || strings.ContainsAny(w, ",;:") {
					break
				}
				rest = rest[:ws]
			}
		}
	}
	if awardFiller && strings.HasSuffix(t, ", of") {
		// "receive the largest awards, of £8.2m and £7.9m respectively"
		t = strings.TrimSuffix(t, " of")
	}
	if awardFiller && strings.HasSuffix(t, ",") {
		// "receives the biggest single award from the estates programme,
		// just under £6.8 million"
		u := strings.TrimRight(t, ", ")
		for _, sup := range []string{" the biggest ", " the largest ", " the single biggest ", " the single largest ", " the top "} {
			if k := strings.LastIndex(u, sup); k >= 0 && len(u)-k < 70 && !strings.ContainsAny(u[k:], ",;") {
				if _, w := lastWord(u[:k+1]); w != "" {
					return strings.TrimRight(u[:k], " ")
				}
			}
		}
	}
	if awardFiller {
		// "the region's biggest award,"
		u := strings.TrimRight(t, ", ")
		if s, w := lastWord(u); awardNouns[w] && strings.HasSuffix(t, ",") {
			rest := u[:s]
			for k := 0; k < 4; k++ {
				rest = strings.TrimRight(rest, " ")
				if hasSuffixWord(rest, "the") {
					return strings.TrimRight(rest[:len(rest)-3], " ")
				}
				ws, _ := lastWord(rest)
				if ws == len(rest) {
					break
				}
				rest = rest[:ws]
			}
		}
	}
	return t
}

// verbAtEnd finds a verb from single or phrases at the end of low, after
// removing a filler. It returns the verb's span.
func verbAtEnd(low string, fillers []string, awardFiller bool, single map[string]bool, phrases []string) (int, int, bool) {
	if ws, w := lastWord(low); strings.HasPrefix(w, "“") || strings.HasPrefix(w, "\"") {
		// "said it had “secured 4.8 million pounds”": a quotation that
		// opens on the verb (blanked, so positions stay)
		q := 1
		if w[0] != '"' {
			q = len("“")
		}
		low = low[:ws] + strings.Repeat(" ", q) + low[ws+q:]
	}
	if u := strings.TrimRight(low, " "); strings.HasSuffix(u, " costs,") || strings.HasSuffix(u, " cost,") {
		// "has been offered 50% of its costs, up to £15,000": the share
		// of the costs, then the grant it comes to
		if k := strings.LastIndex(u, "% of "); k > 0 && len(u)-k < 40 {
			if st, w := lastWord(u[:k]); w != "" && isDigit(w[0]) {
				low = u[:st]
			}
		}
	}
	if v, ok := dropCommaAdjective(strings.TrimRight(low, " ")); ok {
		// "has received a five-year, $3.4 million grant"
		low = v + " "
	}
	t := stripFiller(low, fillers, awardFiller)
	if s, e, ok := verbAtEndOf(t, single, phrases); ok {
		return s, e, true
	}
	// "receives development funding of", "was given a capital grant of",
	// "has won a National Science Foundation Faculty Early Career
	// Development (CAREER) award of": up to ten words, a bracketed
	// acronym among them, describe or name the money between the verb
	// and the filler
	if t != strings.TrimRight(low, " ") && nounFiller(strings.TrimRight(low, " ")[len(t):]) {
		u := t
		for k := 0; k < 10; k++ {
			ws, w := lastWord(u)
			if len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')' {
				w = w[1 : len(w)-1]
			}
			if w == "" || !isAlphaWord(strings.ReplaceAll(w, "&", "")) && !(len(w) <= 4 && isAllDigits(w)) {
				break // (but "an R&D grant of", "a Phase 1 grant of" name the money)
			}
			u = strings.TrimRight(u[:ws], " ")
			v := u
			for _, art := range []string{" a", " an", " the"} {
				if strings.HasSuffix(v, art) {
					v = strings.TrimRight(v[:len(v)-len(art)], " ")
				}
			}
			if s, e, ok := verbAtEndOf(v, single, phrases); ok {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// nounFiller reports a removed filler that names the money ("funding
// of", "a grant of"), which a describing word may precede.
func nounFiller(f string) bool {
	f = strings.TrimSpace(f)
	for _, n := range []string{"funding of", "grant of", "grants of", "award of", "awards of", "investment of", "support of", "funding worth", "grant worth", "bursary of", "fellowship of", "scholarship of", "prize of"} {
		if strings.HasSuffix(f, n) {
			return true
		}
	}
	return false
}

// isAlphaWord reports a lower-case word of letters and hyphens.
// dropCommaAdjective returns u less an adjective set off by a comma
// after an article at its end ("has received a five-year," gives "has
// received a"), and whether there was one.
func dropCommaAdjective(u string) (string, bool) {
	if !strings.HasSuffix(u, ",") {
		return u, false
	}
	ws, w := lastWord(strings.TrimSuffix(u, ","))
	if w == "" || !isAlphaWord(w) || !(strings.Contains(w, "-") || strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ed")) {
		return u, false
	}
	if v := strings.TrimRight(u[:ws], " "); hasAnySuffix(" "+v, " a", " an", " the") {
		return v, true
	}
	return u, false
}

func isAlphaWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// verbAtEndOf finds a verb from single or phrases at the very end of t.
func verbAtEndOf(t string, single map[string]bool, phrases []string) (int, int, bool) {
	for _, p := range phrases {
		if len(p) > 0 && (len(t) == 0 || p[len(p)-1] != t[len(t)-1]) {
			continue // cannot be a suffix
		}
		if hasSuffixWord(t, p) {
			return len(t) - len(p), len(t), true
		}
	}
	s, w := lastWord(t)
	if w != "" && single[w] && s+len(w) == len(strings.TrimRight(t, ", ")) {
		return s, s + len(w), true
	}
	return 0, 0, false
}

// subjectVerb matches "<subject> [aux...] <recipient verb> [filler]" at the
// end of low. It returns the end of the subject, the auxiliaries and the
// verb.
func subjectVerb(low string) (subjEnd int, aux, verb string, ok bool) {
	vs, ve, ok := verbAtEnd(low, figureFillers, true, recipientVerbs, recipientVerbPhrases)
	if !ok {
		return 0, "", "", false
	}
	start := vs
	for {
		p := strings.TrimRight(low[:start], " “\"")
		s, w := lastWord(p)
		if w == "" || !auxSet[w] || s+len(w) != len(p) {
			break
		}
		start = s
	}
	return start, low[start:vs], low[vs:ve], true
}

// funderVerb reports an active funding verb at the end of low ("the Home
// Secretary has awarded £23m ...").
func funderVerb(low string) bool {
	_, _, ok := verbAtEnd(low, funderFillers, false, funderVerbs, funderVerbPhrases)
	return ok
}

// negativeWords mark money that is not a grant: savings, costs, salaries,
// deficits, contracts, tax, reserves.
var negativeWords = wordSet("tickets job graded requested equity fte rata match save saves saved saving savings deficit deficits overspend overspends overspent shortfall shortfalls gap debt debts cut cuts cutting reduction reductions reduced fell fall fallen falling drop dropped decline declined reserves salary salaries wage wages bonus bonuses pension pensions cost costs costing spent spending expenditure revenue income turnover profit profits loss losses tax taxes precept levy bill bills fine fined penalty penalties price prices priced valued valuation contract contracts deal sold bought acquisition raised raises raise raising fundraising ranged peaked repay loan loans lend lends lent lending loaned owed owe compensation damages settlement rent mortgage fee fees charge charges lost overpaid underfunded underfunding bailout less")

var negativePhrases = []string{"stands at", "stood at", "box office", "business rates", "per hour", "per week", "per month", "per head", "per person", "per pupil", "an hour", "a week", "a month", "a year", "per year", "per annum", "paid back", "black hole", "than expected", "than planned", "than forecast", "was paid between", "were paid between", "remuneration", "chief executive's pay"}

// negativePhraseKeys holds the longest letter run of each negativePhrases
// entry. A phrase that hasWord finds has letters on neither side, so each
// of its letter runs is a whole letter run of the window: without one of
// these keys no phrase can match.
var negativePhraseKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range negativePhrases {
		key := ""
		for w, i := nextWord(p, 0); w != ""; w, i = nextWord(p, i) {
			if len(w) > len(key) {
				key = w
			}
		}
		m[key] = true
	}
	return m
}()

var negativeKeyFilter = filterOf(negativePhraseKeys)

// negativeWindow reports a negative cue in win (lowercase).
func negativeWindow(win string) bool {
	key := false // a negativePhraseKeys word is in win
	for w, i := nextWord(win, 0); w != ""; w, i = nextWord(win, i) {
		if negativeFilter.may(w) && negativeWords[w] {
			if w == "spending" && strings.HasPrefix(win[i:], " review") {
				continue // "over the spending review period": a budget's span
			}
			if w == "fell" && !hasAnyPrefix(win[i:], " by ", " to ", " from ", " short", " below", " #") {
				continue // "gentle fell walks": the hills, not a fall
			}
			if w == "fall" && !hasAnyPrefix(win[i:], " by ", " to ", " from ", " short", " below", " #", " in ", " of ") {
				continue // "in its fall 2026 intake": the season
			}
			if w == "job" && hasAnyPrefix(win[i:], " creation", " club", " centre", " center", " seekers", " training", " search", " fair", " skills", " opportunit") {
				continue // "a job creation scheme": jobs, not a contract
			}
			if w == "drop" && strings.HasPrefix(win[i:], "-in") {
				continue // "Friday night drop-in sessions": a place to call in
			}
			if w == "contract" && strings.HasSuffix(win[:i-len(w)], "to ") {
				continue // "approved, subject to contract": a condition, not a contract's price
				// (the window may have cut "subject" off)
			}
			if strings.HasPrefix(win[i:], "-free") {
				continue // "an equity-free grant", "a loan-free, fee-free award": without it
			}
			return true
		}
		if !key && negativeKeyFilter.may(w) && negativePhraseKeys[w] {
			key = true
		}
	}
	if !key {
		return false
	}
	if !strings.Contains(win, "per ") && !strings.Contains(win, " a") && !strings.HasPrefix(win, "a") && !strings.Contains(win, "stood") && !strings.Contains(win, "stands") && !strings.Contains(win, "than") && !strings.Contains(win, "paid") && !strings.Contains(win, "black") {
		return false
	}
	for _, p := range negativePhrases {
		if hasWord(win, p) && !strings.Contains(win, p+"-") && !(p[0] == 'a' && timesA(win, p)) {
			// ("a year-round events space" names no yearly sum)
			return true
		}
	}
	return false
}

// timesA reports a rate phrase ("a week") that tells how often, not how
// much: "open three days a week", "twice a month".
func timesA(win, p string) bool {
	k := strings.Index(win, " "+p)
	if k < 0 {
		return false
	}
	switch lastWordLower(win[:k]) {
	case "days", "times", "nights", "hours", "sessions", "evenings", "mornings", "afternoons", "once", "twice", "weekends", "shifts", "visits":
		return true
	}
	return false
}

// receivesVerb reports a subject that gets the money: a passive ("has
// been handed") or a verb of receiving ("wins", "secured").
func receivesVerb(aux, verb string) bool {
	return hasAnyWord(aux, []string{"is", "are", "was", "were", "been", "be", "being"}) ||
		hasAnyWord(verb, []string{"receives", "received", "receive", "wins", "won", "win", "secures", "secured", "secure", "gets", "got", "get", "lands", "landed", "land"})
}

// afterSecuring reports a participle clause that ends just before a
// figure and takes the sentence's subject: ", after securing", ",
// having won".
func afterSecuring(left string) bool {
	l := strings.TrimSuffix(strings.TrimRight(left, " "), " a")
	// (with or without the comma: "X is to build a new centre at its
	// campus after securing £2.35m")
	return hasAnySuffix(l, " after securing", " after winning", " after receiving", " after being awarded", " after being granted",
		", having secured", ", having won", ", having received", ", having been awarded", ", having been granted")
}

// helpedByGrant reports a figure that is a grant the sentence's subject
// did something with: "X is to get a composting toilet after a £1.5k
// grant from the Y Fund", "X will reopen thanks to a £20,000 award".
func helpedByGrant(left, lowRight string) bool {
	l := strings.TrimRight(left, " ")
	return hasAnySuffix(l, " after a", " thanks to a", " with the help of a", " with help from a", " following a", " funded by a", " paid for by a", " backed by a") &&
		hasAnyPrefix(strings.TrimLeft(lowRight, " "), "grant", "award", "lottery grant", "lottery award", "community grant")
}

// successfulWith reports a figure that comes with the subject's success:
// "X was also successful in round five, with an award of £290,000".
func successfulWith(left string) bool {
	l := strings.TrimRight(left, " ")
	return hasAnySuffix(l, " with an award of", " with a grant of", " with funding of", " with a grant worth", " with an award worth") && strings.Contains(l, " successful")
}

// sentenceSubject returns the name that opens a sentence as its subject,
// followed by its verb: "The Smart Factory Catapult is to lead ...".
func sentenceSubject(text string) string {
	if k := strings.Index(text, " -- "); k > 0 && k < 90 && strings.ContainsAny(text[:k], "0123456789/") {
		text = text[k+4:] // "EDINBURGH, 14 September 2027 /PRNewswire/ -- X, the ..."
	}
	t := stripDeterminer(text)
	n := leadingProper(t)
	if n == "" || !strings.HasPrefix(t, n) {
		return ""
	}
	if rest := t[len(n):]; strings.HasPrefix(rest, ", the ") || strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") || strings.HasPrefix(rest, ", which ") || strings.HasPrefix(rest, ", who ") {
		return n // "Forthwave Robotics Ltd, the Edinburgh-based developer of ..., today announced", "X, which runs ..., told ..."
	}
	if w, _ := nextWord(asciiLower(t[len(n):]), 0); !auxSet[w] {
		return ""
	}
	return n
}

// receiverSubject is sentenceSubject, or the name that opens text before
// a verb of receiving: "Fernside Bikeworks receives a £350,000 package".
func receiverSubject(text string) string {
	if r := sentenceSubject(text); r != "" {
		return r
	}
	t := stripDeterminer(text)
	n := leadingProper(t)
	if n == "" || !strings.HasPrefix(t, n) {
		return ""
	}
	switch w, _ := nextWord(asciiLower(t[len(n):]), 0); w {
	case "receives", "received", "gets", "got", "secures", "secured", "wins", "won":
		return n
	}
	return ""
}

// includedInReceipt reports a figure set after "including" in a clause
// whose subject received support: "X has received initial support for
// its plans ..., including £148,500 development funding".
func includedInReceipt(left string) bool {
	l := strings.TrimRight(left, " ")
	if !strings.HasSuffix(l, ", including") {
		return false
	}
	return containsAny(l, []string{" has received ", " have received ", " received ", " has been awarded ", " has been given ", " has secured ", " secured ", " has won ", " won "}) &&
		containsAny(l, []string{" support", " funding", " backing", " grant", " investment"})
}
