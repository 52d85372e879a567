package parse

// Limits: the phrasings that state a fund's budget or what is available,
// and those that do not.

import (
	"regexp"
	"slices"
	"strings"
)

// ownBudget reports "the unit's annual budget is", "the council's budget
// of": a body's own budget.
func ownBudget(lowLeft string) bool {
	if strings.Contains(lowLeft, "general fund") {
		return true // a city's or council's main revenue account
	}
	if containsAny(tail(lowLeft, 40), []string{"policing budget", "police budget", "net revenue budget", "revenue budget of", "net budget of", "council's budget", "gross budget", "core budget", "running costs budget", "operating budget"}) {
		return true // "approved a total policing budget of £312.6m", "the partnership's core budget of £412,000": the body's own spending
	}
	if containsAny(tail(lowLeft, 70), []string{"capital programme with", "capital program with", "capital plan with"}) {
		return true // "the addition of the scheme to the capital programme with a total budget of £2,302,000": a project in the council's own programme
	}
	// "the ICB, which has an annual budget of £1.9 billion"
	if k := strings.LastIndex(lowLeft, ", which has "); k > 0 && strings.Contains(lowLeft[k:], "budget") {
		_, w := lastWord(lowLeft[:k])
		if ownBudgetNouns[w] {
			return true
		}
	}
	if k := strings.LastIndex(lowLeft, "our "); k >= 0 && (k == 0 || !isLetter(lowLeft[k-1])) && strings.Contains(lowLeft[k:], "budget") && !hasAnyWord(lowLeft[k:], []string{"fund", "grants", "grant", "programme", "program", "scheme", "awards"}) && len(lowLeft)-k < 50 {
		return true // "Our children’s services budget is £96.4 million": the speaker's own
	}
	for _, ps := range []string{"'s ", "’s "} {
		k := strings.LastIndex(lowLeft, ps)
		if k <= 0 || !strings.Contains(lowLeft[k:], "budget") || strings.Contains(lowLeft[k:], " and ") || strings.Contains(lowLeft[k:], "fund") {
			continue // "the council's UK Shared Prosperity Fund allocation and has a budget of": the programme's
		}
		_, w := lastWord(lowLeft[:k])
		if ownBudgetNouns[w] {
			return true
		}
	}
	return false
}

// ofPart drops "of the programme's funding" opening lowRight, leaving
// what is said of the figure: " is available in 2019 to 2020".
func ofPart(lowRight string) string {
	r := strings.TrimLeft(lowRight, " ")
	f := strings.Fields(r)
	for k := 2; k < len(f) && k < 6; k++ {
		switch f[k] {
		case "is", "are", "will", "has", "was", "remains", "remain":
			return " " + strings.Join(f[k:], " ")
		}
	}
	return r
}

// throughFund reports a sentence that opens "Through the", "Under the"
// or "Via the" before the fund it names.
func throughFund(lowBefore string) bool {
	t := strings.TrimSpace(lowBefore)
	return t == "through the" || t == "under the" || t == "via the" || t == "through its" || t == "under its"
}

// yearlyGiving reports a fund's yearly giving: "distributes £1.5 million
// a year", "gives out £2m each year".
func yearlyGiving(lowLeft, lowRight string) bool {
	t := strings.TrimSpace(lowLeft)
	if !hasAnySuffix(t, " distributes", " distributed", " gives out", " hands out", " gives away", " awards", " makes available", " has available", " provides") {
		return false
	}
	return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "a year", "each year", "every year", "per year", "annually", "per annum", "a financial year")
}

// fundOpens reports a sentence that opens with the fund's name: "The
// Active Communities Connector Program provides ...".
func fundOpens(low, fund string) bool {
	f := strings.ToLower(fund)
	return strings.HasPrefix(low, f+" ") || strings.HasPrefix(low, "the "+f+" ") || strings.HasPrefix(low, "the "+lastWordLower(fund)+" ")
}

// fundSubject reports a sentence whose subject is the fund itself, by
// its kind: "The program has", "The Challenge has", "The fund had".
func fundSubject(lowLeft string) bool {
	t := strings.TrimSpace(lowLeft)
	for _, v := range []string{" has", " had", " have", " with"} {
		t = strings.TrimSuffix(t, v)
	}
	t, ok := strings.CutPrefix(t, "the ")
	return ok && !strings.Contains(t, " ") && (fundHeads[t] || t == "programme" || t == "program")
}

// budgetProvides reports a budget as the subject of a providing verb at
// the end of lowLeft: "the 2026-27 state budget included".
func budgetProvides(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	for _, v := range []string{" included", " includes", " include", " provided", " provides", " allocated", " allocates", " contains", " set aside", " sets aside"} {
		if strings.HasSuffix(t, v) {
			// "The 2026-27 state budget included", "The 2028
			// transportation bill provides", "the appropriations act
			// sets aside"
			u := strings.TrimSpace(t[:len(t)-len(v)])
			for _, p := range []string{" signed by ", " passed by ", " approved by ", " adopted by ", " enacted by "} {
				// "The fiscal year 2028 budget signed by the Governor in
				// June includes"
				if k := strings.LastIndex(u, p); k > 0 && len(u)-k < 45 {
					u = u[:k]
					break
				}
			}
			return hasAnySuffix(u, "budget", " bill", " act", "appropriation", "appropriations")
		}
	}
	return false
}

// mayCap, mayFund and mayBudget are cheap keyword checks run before the
// regular expressions they guard.
func mayCap(l string) bool {
	return containsAny(l, []string{"grant", "award", "bid", "fund", "applic", "sum", "amount", "project", "max", "min", "apply", "request"})
}

func mayFund(l string) bool {
	return containsAny(l, []string{"fund", "scheme", "program", "pot", "initiative", "budget"})
}

func mayBudget(l string) bool {
	return containsAny(l, []string{"budget", "pot", "envelope", "allocation", "funding", " pool"})
}

// institutionalSubject reports a subject such as "the program", "the
// fund", "the foundation": the giver, not a recipient.
func institutionalSubject(low string) bool {
	t := strings.TrimRight(low, " ,")
	for _, n := range []string{"program", "programme", "fund", "scheme", "foundation", "government", "department", "agency", "ministry", "lottery", "board", "panel", "council", "trust", "charity", "funder", "initiative", "trustees", "committee", "grants committee", "grants panel", "judges"} {
		for _, d := range []string{"the ", "its ", "our ", "this "} {
			if strings.HasSuffix(t, d+n) {
				return true
			}
		}
	}
	return false
}

// fundReference reports money given "for the program" or "to the fund":
// the fund's own budget.
func fundReference(lowRight string) bool {
	p, np := objectPhrase(skipSpan(lowRight))
	if p != "for" && p != "to" && p != "into" {
		return false
	}
	np = strings.TrimSpace(np)
	if k := strings.Index(np, " of "); k > 0 && mayRoundWord(np[:k]) {
		return false // "for the 2028 grant cycle of the X Program": the round's money
	}
	for _, d := range []string{"the ", "this ", "its "} {
		if strings.HasPrefix(np, d) {
			w := firstWordLower(np[len(d):])
			if w == "fund" || w == "program" || w == "programme" || w == "scheme" || w == "initiative" || w == "challenge" || w == "competition" || w == "accelerator" {
				return true
			}
			// "for the Neighborhood Arts and Culture Grant Program": a
			// named programme
			head := cutClause(np)
			for _, c := range []string{",", " through ", " via ", " under ", " from ", " with ", " by ", " in ", " for ", " to "} {
				if k := strings.Index(head, c); k > 0 {
					head = head[:k] // "the work through its X Programme" is the work
				}
			}
			switch lastWordLower(strings.TrimRight(head, " .,;")) {
			case "fund", "program", "programme", "scheme", "initiative", "grants":
				// (and "for the Tweed Rivers Small Grants in 2028–29")
				return true
			}
			return false
		}
	}
	return false
}

// skipSpan drops the time a figure is spread over from the words after
// it: " over five years to the initiative" reads on from " to the".
func skipSpan(lowRight string) string {
	r := strings.TrimLeft(lowRight, " ")
	for _, p := range []string{"over ", "across "} {
		if rest, ok := strings.CutPrefix(r, p); ok {
			n, w := countWord(firstWordLower(rest))
			if n == 0 || w == 0 {
				return lowRight
			}
			rest = strings.TrimLeft(rest[w:], " ")
			for _, u := range []string{"years", "year", "months"} {
				if after, ok := strings.CutPrefix(rest, u); ok && (after == "" || after[0] == ' ' || after[0] == ',') {
					return after
				}
			}
		}
	}
	return lowRight
}

// fundRightAfter reports a fund named directly after the figure ("the
// £4.8bn Levelling Up Fund", "a £2m grant scheme"), with no preposition
// between ("£25,000 grant from the Neighbourhood Fund" is not one).
func fundRightAfter(right string) bool {
	if !reFundAfter.MatchString(right) {
		return false
	}
	f := strings.Fields(right)
	for k, w := range f {
		if k > 6 {
			return false
		}
		lw := strings.ToLower(trimWord(w))
		switch lw {
		case "fund", "funds", "scheme", "programme", "program", "initiative", "pot":
			if k > 0 && (lw == "fund" || lw == "funds") {
				switch strings.Trim(f[k-1], ",.;:") {
				case "investment", "endowment", "pension", "sinking", "hedge", "wealth", "reserve":
					// "the returns on a $74 million investment fund": money
					// invested, whose income pays the grants, no budget
					return false
				}
			}
			return true
		case "challenge", "competition", "accelerator":
			return isProperWord(trimWord(w)) // "the £36 million Violence Reduction Challenge"
		case "and", "of", "for", "&":
			// inside a name: "Places and Spaces Fund"
			if k+1 < len(f) && isProperWord(f[k+1]) && k > 0 && isProperWord(f[k-1]) {
				continue
			}
			// "the EU's €95.5 billion research and innovation programme"
			if lw == "and" && k+1 < len(f) && k > 0 && isLowerWord(f[k-1]) && isLowerWord(f[k+1]) {
				switch strings.ToLower(trimWord(f[k+1])) {
				case "the", "a", "an", "its", "their", "to", "from", "by", "with", "in", "on":
					return false
				}
				continue
			}
			return false
		case "from", "to", "by", "with", "in", "on", "which", "that", "will", "is", "has", "was", "the", "a":
			return false
		}
	}
	return false
}

// knownFundAfter returns the page's fund named right after a figure
// without the word "fund" ("the £20m GovTech Catalyst" after "the GovTech
// Catalyst fund"), as the fund whose whole the figure is: "" for one
// grant of a scheme named so ("approved a £275,000 Heat Network
// Development Grant to ...", lowLeft ending in "a").
func (a *analyzer) knownFundAfter(lowLeft, right string) string {
	if f := a.knownFundIn(right); f != "" && !oneNamedGrant(lowLeft, f) {
		return f
	}
	return ""
}

// knownFundIn returns the page's fund named at the start of right.
func (a *analyzer) knownFundIn(right string) string {
	// "the £240 million accelerator" on a page about the Brownfield Homes
	// Accelerator: the one fund of that kind named on the page
	// (but "A £6,000 grant is no use", on a page about the Market Towns
	// Grant, is one grant's size)
	if w := firstWordLower(strings.TrimSpace(right)); fundHeads[w] && isLowerWord(strings.TrimSpace(right)) && w != "grant" && w != "award" {
		found := ""
		for _, f := range a.funds.names {
			if strings.EqualFold(lastWordLower(f), w) {
				if found != "" {
					return "" // two of that kind: no telling
				}
				found = f
			}
		}
		if found != "" {
			return found
		}
	}
	name := leadingProper(strings.TrimSpace(right))
	if name == "" || len(name) < 4 {
		return ""
	}
	ln := strings.ToLower(name)
	for _, f := range a.funds.names {
		lf := strings.ToLower(f)
		if lf == ln || strings.HasPrefix(lf, ln+" ") {
			return f
		}
	}
	return ""
}

// oneNamedGrant tells one grant named by its scheme from the scheme's
// budget: "approved a £275,000 Heat Network Development Grant to Ashvale
// College" is what the college gets, where "the £5m Heat Network
// Development Grant" is the scheme's whole.
func oneNamedGrant(lowLeft, fund string) bool {
	switch lastWordLower(strings.TrimRight(lowLeft, " ")) {
	case "a", "an":
	default:
		return false
	}
	switch lastWordLower(fund) {
	case "grant", "award", "bursary", "fellowship", "studentship", "scholarship", "prize":
		return true
	}
	return false
}

// attributiveFund finds the fund a figure is attributed to by "worth",
// "budget of" or "valued at" straight after its name or an appositive on
// it: "Horizon Europe, the EU's research programme worth €95.5 billion".
func attributiveFund(low string, hits []fundHit, at int) (fundHit, bool) {
	var best fundHit
	found := false
	for _, h := range hits {
		if h.end <= at {
			best, found = h, true
		}
	}
	if !found || at-best.end > 80 {
		return best, false
	}
	between := low[best.end:at]
	if best.end > 0 && low[best.end-1] == ',' {
		between = "," + between // the name's span took the appositive's comma
	}
	t := strings.TrimRight(between, " ")
	if !strings.HasSuffix(t, " worth") && !strings.HasSuffix(t, " valued at") && !strings.HasSuffix(t, " budget of") {
		return best, false
	}
	if k := strings.Index(between, ","); k >= 0 {
		rest := strings.TrimLeft(between[k+1:], " ")
		if strings.Contains(between[k+1:], ",") || !strings.HasPrefix(rest, "the ") && !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ") {
			return best, false
		}
	} else if len(strings.Fields(between)) > 4 {
		return best, false
	}
	return best, true
}

// budgetLine reads a government budget statement rather than a grant:
// "we are allocating an additional £450m to", "has committed at least
// £500 million over ten years for" (but "has committed £2m over four
// years to Kelby Youth Trust" names the grantee).
func budgetLine(fullLeftLow, right, lowRight string) bool {
	l := tail(fullLeftLow, 60)
	if !hasAnyWord(l, []string{"allocating", "allocate", "committed", "committing", "pledged", "pledging", "earmarked", "ringfenced", "ring-fenced", "providing", "provide", "giving"}) {
		if !hasAnyWord(l, []string{"nhs"}) || !hasAnyWord(l, []string{"additional", "extra"}) {
			return false
		}
		// "NHS Scotland will receive an additional £300m": a health
		// service's budget
		return true
	}
	if hasAnyWord(l, []string{"additional", "extra", "further"}) || strings.HasSuffix(l, "at least ") {
		return true
	}
	// "... over five years to the X partnership, led by Y" names who
	// gets it
	if !strings.Contains(head(lowRight, 40), " years") || strings.Contains(head(lowRight, 140), ", led by ") {
		return false
	}
	if prep, np := objectPhraseLow(right, lowRight); prep == "to" {
		if n := leadingProper(stripDeterminer(np)); n != "" && orgName(n) && !isFunder(n) && !fundHeads[lastWordLower(n)] {
			return false
		}
	}
	return true
}

// additionalSupport reads "£20m of additional funding", "£125m of extra
// support" after a figure.
func additionalSupport(lowRight string) bool {
	r := strings.TrimLeft(lowRight, " ")
	for _, p := range []string{"of additional ", "of extra ", "in additional ", "in extra "} {
		if strings.HasPrefix(r, p) {
			return true
		}
	}
	return false
}

// parentCue reads the words before a fund that make it the parent of the
// fund the sentence is about: "is part of the department's £95m",
// "funded by the", "a strand of the".
func parentCue(lowLeft string) bool {
	for _, c := range []string{"part of ", "funded by ", "financed by ", "funded through ", "funded from ", "funded under ", "financed under ", "financed from ", "paid for from ", "allocation of the ", "strand of ", "element of ", "sits within ", "sits under ", "delivered through ", "supported by ", "backed by ", "component of "} {
		if strings.Contains(lowLeft, c) {
			return true
		}
	}
	return false
}

// budgetFund returns the fund a sentence's budget belongs to: the one it
// names, or the one just named when it says "this fund", "the pot".
func budgetFund(sentFund, lastFund, low string) string {
	if sentFund != "" {
		return sentFund
	}
	if lastFund != "" && containsAny(low, []string{"this fund", "the fund", "the pot", "this pot", "this scheme", "the scheme", "this programme", "the programme", "this program", "the program"}) || lastFund != "" && hasAnyPrefix(low, "the call", "this call") {
		return lastFund
	}
	if lastFund != "" && containsAny(low, []string{"budget for this ", "budget for the "}) && len(findRounds(low)) > 0 {
		// "The budget for this second round is £6 million": the
		// programme the page is about
		return lastFund
	}
	return ""
}

// allCommitted reads a fund fully spent: "all £20m has now been
// allocated", "all of its £4m is committed".
func allCommitted(lowLeft, lowRight string) bool {
	l := strings.TrimRight(lowLeft, " ")
	if !hasAnySuffix(" "+l, " all", " all of the", " all of its", " all of their") {
		return false
	}
	r := strings.TrimLeft(lowRight, " ")
	for _, p := range []string{"has now been ", "has been ", "have now been ", "have been ", "is now ", "is ", "was ", "are now ", "were "} {
		if rest, ok := strings.CutPrefix(r, p); ok {
			rest = strings.TrimPrefix(rest, "fully ")
			return hasAnyPrefix(rest, "allocated", "committed", "awarded", "spent", "distributed", "claimed", "used")
		}
	}
	return false
}

// worthThisFund reads a fund's worth fronted before it: "Worth £1.8m
// over three years, this fund pays for ...".
func worthThisFund(i int, lowLeft, lowRight string) bool {
	return i == 0 && strings.TrimSpace(lowLeft) == "worth" && containsAny(head(lowRight, 80), []string{", this fund", ", the fund", ", this scheme", ", the scheme", ", this programme", ", the programme", ", this pot"})
}

// raisedTo reads the new size of a budget: "has been increased from
// £2.5m to £3m", "topped up by £5m to £25m".
func raisedTo(before, lowLeft string) bool {
	if !strings.HasSuffix(strings.TrimRight(lowLeft, " "), " to") && strings.TrimSpace(lowLeft) != "to" {
		return false
	}
	return budgetRaised(tail(before, 80))
}

// budgetRaised reads a budget made bigger in t.
func budgetRaised(t string) bool {
	// "grants of £100,000 to £750,000, rising to £1.25m" raise a cap,
	// not a budget
	return hasAnyWord(t, []string{"increased", "raised", "topped", "boosted", "rises", "risen", "grown", "grows", "expanded", "extended"}) && hasAnyWord(t, []string{"budget", "fund", "pot", "scheme", "programme", "allocation"}) &&
		!hasAnyWord(t, []string{"grants", "grant", "awards", "each", "per"})
}

// raisedFrom reads a budget raised "from £A to £B", before that range.
func raisedFrom(before string) bool {
	t := strings.TrimRight(before, " ")
	return strings.HasSuffix(t, " from") && budgetRaised(tail(t, 80))
}

// originalPot reads "the original £5m pot": the fund's first budget.
func originalPot(lowLeft, lowRight string) bool {
	l := strings.TrimRight(lowLeft, " ")
	return hasAnySuffix(" "+l, " the original", " its original", " the initial", " its initial") && hasAnyPrefix(strings.TrimLeft(lowRight, " "), "pot", "budget", "fund", "allocation")
}

// fundsOwnBudget reads a fund's budget by its possessor: "of the fund’s
// £24m budget", "£11.1m of its £15m budget", "the programme’s €128
// million EU allocation".
func fundsOwnBudget(lowLeft, lowRight string) bool {
	l := " " + strings.TrimRight(lowLeft, " ")
	return hasAnySuffix(l, " the fund's", " the fund’s", " the scheme's", " the scheme’s", " the programme's", " the programme’s", " the program's", " the program’s", " of its") &&
		hasAnyPrefix(strings.TrimLeft(lowRight, " "), "budget", "total budget", "overall budget", "pot", "allocation", "eu allocation", "erdf allocation", "eu budget", "envelope")
}

// putBy reports a verb that puts money by just before a figure: "set
// aside", "earmarked", "ring-fenced", "budgeted".
func putBy(lowLeft string) bool {
	return hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " set aside", " sets aside", " earmarked", " ring-fenced", " ringfenced", " budgeted")
}

// setAsideFor reads money put by for a year's programme: "have set aside
// £150,000 for the 2027/28 programme".
func setAsideFor(lowLeft, lowRight string) bool {
	if !putBy(lowLeft) && !strings.HasSuffix(" "+strings.TrimRight(lowLeft, " "), " allocated") {
		return false
	}
	r := strings.TrimLeft(lowRight, " ")
	if y, ok := cutAnyPrefix(r, "a year ", "per year ", "each year ", "per annum ", "annually "); ok {
		r = y // "set aside £1.5m a year for a Health Inequalities Fund"
	}
	rest, ok := cutAnyPrefix(r, "for the ", "for a ", "for its ")
	if !ok {
		return false
	}
	if fundReference(" " + r) {
		return true // "has set aside £2,000 for the Parish Grants Scheme"
	}
	if _, e, ok := explicitFYAt(rest, 0); ok {
		return hasAnyPrefix(strings.TrimLeft(rest[e:], " "), "programme", "program", "fund", "scheme", "round", "grants")
	}
	return false
}

// theFundIsBacked reads a budget told of "the programme" just named:
// "the programme is backed by", "the fund has a budget of", after an
// opener or none.
func theFundIsBacked(lowLeft string) bool {
	t := strings.TrimRight(lowLeft, " ")
	if k := strings.LastIndex(t, ", "); k >= 0 {
		t = t[k+2:] // "Launched in March, the programme is backed by"
	}
	for _, h := range []string{"the programme ", "the program ", "the fund ", "the scheme ", "the initiative "} {
		if rest, ok := strings.CutPrefix(t, h); ok {
			switch rest {
			case "is backed by", "is funded with", "is funded by", "is supported by", "is worth", "has a budget of", "has a total budget of", "has a pot of":
				return true
			}
		}
	}
	return false
}

// weHaveToSpend reads a funder's own "we have £X to spend": "We've got
// 4.8 million pounds to spend over the next two years".
func weHaveToSpend(lowLeft, lowRight string) bool {
	l := " " + strings.TrimLeft(strings.TrimRight(lowLeft, " "), "\"“‘' ")
	if !hasAnySuffix(l, " we have", " we've got", " we’ve got", " we have got", " we've", " we’ve", " we still have", " we now have") {
		return false
	}
	return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "to spend", "to give", "to award", "to invest", "to distribute", "to share out")
}

// setAsideForScheme returns the scheme money is put by for when it is
// named without a fund word: "has set aside £750k for Hallowmere Fibre
// Boost this financial year" (not a body: "earmarked £50,000 for Hope
// Trust" is a grant), or "".
func setAsideForScheme(lowLeft, right string) string {
	if !putBy(lowLeft) {
		return ""
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(right, " "), "for ")
	if !ok {
		return ""
	}
	n := leadingProper(rest)
	if countFields(n, 3) < 3 || orgName(n) || isPerson(n) || isFunder(n) {
		// (three words at least: "for Greater Manchester" names a place)
		return ""
	}
	return n
}

// potLabel reads a budget set out as a label: "Total pot: GBP 80,000",
// "Budget: £500,000".
func potLabel(before string) bool {
	t := strings.TrimRight(before, " ")
	if k := strings.LastIndexAny(t, ".;"); k >= 0 {
		t = strings.TrimSpace(t[k+1:])
	}
	if f := firstField(t); f != "" && strings.Trim(f, "0123456789.") == "" {
		t = strings.TrimSpace(t[len(f):]) // "2.3 Funding available ...:", its number cut at the dot
	}
	if base, ok := strings.CutSuffix(t, ":"); ok {
		// "Funding available in Round 2:", "Budget for 2027/28:",
		// "Funding available for allocation in this round:": the label,
		// then (from the first such word) when it is for
		cut := -1
		for _, p := range []string{" in ", " for ", " this ", " next "} {
			if k := strings.Index(base, p); k > 0 && (cut < 0 || k < cut) && (strings.ContainsAny(base[k:], "0123456789") || hasAnyWord(base[k:], []string{"round", "year", "call"})) {
				cut = k
			}
		}
		if cut > 0 {
			t = base[:cut] + ":"
		}
	}
	switch t {
	case "total pot:", "pot:", "budget:", "total budget:", "fund size:", "funding available:", "total available:", "available:":
		return true
	}
	return false
}

// fundAppositive reads a fund's size in an appositive after its name:
// "the Zero Emission Coach Pathfinder, a £15m competition for ...".
func fundAppositive(lowLeft, fund, lowRight string) bool {
	l := strings.TrimRight(lowLeft, " ")
	if v, ok := dropCommaAdjective(l); ok {
		l = v // "the X Initiative, a ten-year, $25 million commitment"
	}
	for _, d := range []string{", a", ", an", ", the"} {
		if before, ok := strings.CutSuffix(l, d); ok && strings.HasSuffix(before, strings.ToLower(fund)) {
			f := strings.Fields(head(strings.TrimLeft(lowRight, " "), 40))
			for k := 0; k < len(f) && k < 3; k++ {
				switch trimWord(f[k]) {
				case "competition", "fund", "programme", "program", "scheme", "challenge", "initiative", "pilot", "pot", "grant", "grants", "commitment":
					return true
				}
			}
		}
	}
	return false
}

// fundBacked reads "which" after the fund as the subject of a budget
// verb: "the scheme, which is backed by £40 million".
func fundBacked(lowLeft string) bool {
	l := strings.TrimRight(lowLeft, " ")
	for _, v := range []string{" is backed by", " is funded with", " is funded by", " has a budget of", " is worth", " has a total budget of"} {
		if before, ok := strings.CutSuffix(l, v); ok {
			b := strings.TrimRight(before, " ")
			_, w := lastWord(b)
			if w != "which" {
				return false
			}
			_, f := lastWord(strings.TrimRight(strings.TrimSuffix(b, "which"), ", "))
			return fundHeads[f] || f == "pot"
		}
	}
	return false
}

// budgetWhichIs reads a fund's budget named before its figure: "from the
// Community Asset Capital Grants budget for 2026/27, which is £250,000"
// (but not "separate from the authority's adult education budget, which
// is £58.4m").
func budgetWhichIs(lowLeft, fund string) bool {
	l := strings.TrimRight(lowLeft, " ")
	for _, v := range []string{", which is", ", which totals", " which is"} {
		if before, ok := strings.CutSuffix(l, v); ok {
			t := tail(before, 40+len(fund))
			if k := strings.LastIndex(t, "budget"); k >= 0 && strings.Contains(t[:k], strings.ToLower(fund)) {
				rest := t[k+len("budget"):]
				return rest == "" || strings.HasPrefix(rest, " for ") && !strings.ContainsAny(rest, ",;")
			}
		}
	}
	return false
}

// fundAllocationAvailable reads a part of a fund's allocation said to be
// available: "£450,000 of the council’s 2026/27 UK Shared Prosperity
// Fund allocation is available for community grants".
func fundAllocationAvailable(lowRight, fund string) bool {
	r := strings.TrimLeft(lowRight, " ")
	if !hasAnyPrefix(r, "of the ", "of its ", "of our ", "of this ") {
		return false
	}
	r = head(r, 140)
	k := strings.Index(r, strings.ToLower(fund))
	return k > 0 && strings.Contains(r[k:], "available") && !strings.Contains(r[:k], ".")
}

// fundClosing reads "closing" or "closed" in low as a fund closing, not a
// deadline: "applications closing in October", "the next round closing on
// 30 June", "closing date" and "The call, which closed on 14 September"
// are deadlines.
func fundClosing(low string) bool {
	return closureWord(low, "closing", "on", "in", "at", "date", "dates", "soon", "for", "by", "this", "next", "early", "late", "midnight", "noon") ||
		closureWord(low, "closed", "on", "at", "midnight", "noon")
}

// closureWord reports a whole word w in low that is neither followed by
// one of deadline's words nor said of applications or a call.
func closureWord(low, w string, deadline ...string) bool {
	for from := 0; ; {
		k := strings.Index(low[from:], w)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(w)
		if at > 0 && isLetter(low[at-1]) || from < len(low) && isLetter(low[from]) {
			continue
		}
		if slices.Contains(deadline, firstWordLower(strings.TrimLeft(low[from:], " "))) {
			continue
		}
		var buf [3]string
		prev, _ := lastFields(low[:at], buf[:])
		if w == "closed" {
			// "bring closed or failing pools back into use", "the closed
			// library": an adjective of something else (the fund "has
			// closed", "closed in 2025")
			next, pw := firstWordLower(strings.TrimLeft(low[from:], " ")), ""
			if len(prev) > 0 {
				pw = strings.Trim(prev[len(prev)-1], ",.;:")
			}
			if slices.Contains([]string{"the", "a", "an", "its", "their", "of", "bring", "reopen", "reopening", "reopens"}, pw) ||
				(next == "or" || next == "and") && !slices.Contains([]string{"has", "have", "had", "is", "was", "been", "now", "are", "were"}, pw) {
				continue
			}
		}
		ofApplications := false
		for _, p := range prev {
			switch strings.Trim(p, ",.;:") {
			case "applications", "bids", "round", "window", "call", "entries", "submissions", "nominations", "expressions":
				ofApplications = true
			}
		}
		if !ofApplications {
			return true
		}
	}
}

// worksProgramme reads a body's own programme of works after a figure:
// "our £3.2m winter resurfacing programme", "a £12m highways scheme".
func worksProgramme(lowRight string) bool {
	r := lowRight
	for _, h := range []string{" programme", " program", " scheme"} {
		if k := strings.Index(r, h); k > 0 {
			r = r[:k]
			break
		}
	}
	return hasAnyWord(r, []string{"resurfacing", "road", "roads", "highways", "highway", "pothole", "potholes", "maintenance", "repairs", "building", "construction", "refurbishment", "works"})
}

// setFundAt reads a budget that "set the Community Safety Fund at £1.45
// million".
func setFundAt(lowLeft, fund string) bool {
	l := strings.TrimRight(lowLeft, " ")
	before, ok := strings.CutSuffix(l, " at")
	if !ok {
		return false
	}
	f := strings.ToLower(fund)
	return strings.HasSuffix(before, f) && hasAnyWord(tail(before, 30+len(f)), []string{"set", "sets", "fixed", "fixes", "kept", "keeps", "held", "holds"})
}

// budgetIntent reads what a funder expects to give through a fund in a
// year: "We expect to award around £48m through Heritage Horizons".
func budgetIntent(lowLeft string) bool {
	return hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " expect to award", " expects to award", " expect to distribute", " expects to distribute",
		" expect to invest", " expects to invest", " plan to award", " plans to award", " aim to award", " aims to award", " expect to allocate", " expects to allocate")
}

// perYearBudget reads a fund's yearly budget and the years it covers: "a
// Health Inequalities Fund of £1.5m a year for two years, 2026/27 and
// 2027/28", "a programme budget of £200,000 a year for 2027/28 and
// 2028/29". It returns the years, or nil.
func perYearBudget(lowLeft, lowRight string) []int {
	l := strings.TrimRight(lowLeft, " ")
	if !strings.HasSuffix(l, " of") || !hasAnyWord(tail(l, 50), []string{"fund", "budget", "programme", "program", "scheme", "grants"}) {
		return nil
	}
	r := strings.TrimLeft(lowRight, " ")
	if !hasAnyPrefix(r, "a year", "per year", "each year", "per annum", "a year,") {
		return nil
	}
	r = head(r, 90)
	var out []int
	for len(r) > 0 && len(out) < 5 {
		st, at, end, ok := findExplicitFY(r)
		if !ok || at > 60 {
			break
		}
		out = append(out, st)
		r = r[end:]
	}
	return out
}

// addedToFund reads money put into a fund: "A further £10 million has
// been added to the Net Zero Neighbourhoods Fund for 2027/28".
func addedToFund(lowRight, fund string) bool {
	r := strings.TrimLeft(lowRight, " ")
	for _, p := range []string{"has been added to ", "have been added to ", "is being added to ", "will be added to ", "is to be added to ", "has been put into ", "will be put into ", "is being put into "} {
		if strings.HasPrefix(r, p) {
			return strings.HasPrefix(strings.TrimPrefix(r[len(p):], "the "), strings.ToLower(fund))
		}
	}
	return false
}

// investsThrough reads a government's money for a fund's life, over
// years: "is investing $1.5 billion over 10 years through the Community
// Climate Resilience Fund".
func investsThrough(lowLeft, lowRight, fund string) bool {
	if !hasAnySuffix(strings.TrimRight(lowLeft, " "), " is investing", " will invest", " invests", " has invested", " is providing", " will provide", " is committing", " has committed", " will commit") {
		return false
	}
	r := head(lowRight, 60)
	if !strings.HasPrefix(r, " over ") || spanYears(r) < 2 {
		return false // "investing $4,850,000 through the X Program" may be a round's
	}
	for _, p := range []string{" through the ", " via the ", " through its ", " in the "} {
		if k := strings.Index(r, p); k >= 0 {
			return strings.HasPrefix(lowRight[k+len(p):], strings.ToLower(fund))
		}
	}
	return false
}

// fromLegislature reads the body that voted a fund its money, after the
// figure: "from the General Assembly", "from the state budget".
func fromLegislature(lowRight string) bool {
	k := strings.Index(lowRight, "from the ")
	if k < 0 || k > 20 {
		return false
	}
	return hasAnyPrefix(lowRight[k+len("from the "):], "general assembly", "legislature", "state legislature", "state budget", "government", "treasury", "congress", "parliament", "assembly", "executive", "federal government", "province", "state")
}

// hasToAward reads what a fund has left to give: "The Main Grants
// Programme has £240,000 to award in 2027/28".
func hasToAward(lowLeft, lowRight string) bool {
	if !hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " has", " have", " still has", " now has", " will have", " has a further") {
		return false
	}
	return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "to award", "to give", "to distribute", "to allocate", "to share", "to invest", "to spend on grants", "available to award", "left to award")
}

// setAsideAfter reads a budget stated figure first: "£4 million has been
// set aside for the programme in 2027-28".
func setAsideAfter(lowRight string) bool {
	r := strings.TrimLeft(lowRight, " ")
	for _, p := range []string{"has been set aside for the ", "is set aside for the ", "has been earmarked for the ", "is earmarked for the ", "has been ring-fenced for the ", "is ring-fenced for the ", "has been ringfenced for the ", "is ringfenced for the ", "has been allocated to the ", "has been budgeted for the ",
		"was set aside for the ", "was earmarked for the ", "was appropriated for the ", "has been appropriated for the ", "is appropriated for the ", "was budgeted for the "} {
		if rest, ok := strings.CutPrefix(r, p); ok {
			return hasAnyPrefix(rest, "programme", "program", "fund", "scheme", "pot", "grants")
		}
	}
	return false
}

// inTheFund reads money a body "has ... in the fund": "The council has
// £400,000 in the fund this year".
func inTheFund(lowLeft, lowRight string) bool {
	if !hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " has", " have", " has put", " has placed", " is putting", " will put", " is investing", " will invest", " invests") {
		return false
	}
	return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "in the fund", "in the scheme", "in the pot", "into the fund", "into the scheme", "in the programme")
}

// committedToIt reads a funder's money for the fund as a whole: "When the
// Fund was launched, the Government committed EUR 25 million to it".
func committedToIt(lowLeft, lowRight string) bool {
	if !hasAnySuffix(" "+strings.TrimRight(lowLeft, " "), " committed", " has committed", " pledged", " has pledged") {
		return false
	}
	return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "to it ", "to it.", "to it,", "to the fund", "to the scheme", "to the programme", "to the program")
}

// rePartOf matches the words before a budget that the awards come out
// of: "The awards are part of the foundation's", "the grants form part
// of a".
var rePartOf = regexp.MustCompile(`\b(?:awards|grants|funding|allocations|investment|money) (?:is|are|form|forms|were|was) (?:all )?part of (?:a|an|the|its|their|[a-z]+(?:'s|’s)|the [a-z]+(?:'s|’s))$`)

// partOfBudget reads a fund's budget the page's awards are part of:
// "The awards are part of the foundation's $15 million, five-year
// commitment".
func partOfBudget(lowLeft, lowRight string) bool {
	if !strings.Contains(tail(lowLeft, 60), "part of") || !rePartOf.MatchString(strings.TrimRight(lowLeft, " ")) {
		return false
	}
	// the budget, not "a £160m package of digital investment" nor "a
	// £4.6m project"
	r := strings.TrimLeft(lowRight, " ,")
	if w, e := nextWord(r, 0); strings.HasSuffix(w, "year") || e < len(r) && r[e] == '-' {
		if k := strings.IndexByte(r, ' '); k > 0 {
			r = r[k+1:] // "five-year commitment"
		}
	}
	return hasAnyPrefix(r, "commitment", "fund", "budget", "programme", "program", "pot", "allocation", "grants programme", "grant programme")
}

// receivedToDistribute reads a fund's money for the year: "in 2026/27 the
// fund received £96,000 to distribute in the Garw Valley".
func receivedToDistribute(lowLeft, lowRight string) bool {
	l := " " + strings.TrimRight(lowLeft, " ")
	if !hasAnySuffix(l, " fund received", " fund receives", " fund will receive", " fund has received", " scheme received", " scheme receives", " programme received", " programme receives") {
		return false
	}
	return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "to distribute", "to award", "to give", "to allocate", "to share", "to spend on grants", "to grant")
}

// reFundingForIs matches a sentence that opens with a fund's money and
// states it: "Government funding for the Tūāpapa Research Fund in
// 2027/28 is", "The budget for the scheme this year is".
var reFundingForIs = regexp.MustCompile(`^(?:the )?(?:total |annual |government |overall )?(?:funding|budget|allocation) for (?:the )?[^,;]{3,80} (?:is|was|will be|totals|stands at)$`)

// fundingForIs reads the fund's budget stated as the sentence's
// complement.
func fundingForIs(lowLeft string) bool {
	return strings.Contains(lowLeft, " for ") && reFundingForIs.MatchString(strings.TrimSpace(lowLeft))
}

// callBudget reads money a funder puts into the call or round now open:
// "has set aside £3 million for this call", "has allocated £2m to this
// round".
func callBudget(fullLeftLow, lowRight string) bool {
	if !hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " set aside", " has allocated", " have allocated", " has earmarked", " have earmarked", " has budgeted", " have budgeted", " has ring-fenced", " has ringfenced") {
		return false
	}
	r := strings.TrimLeft(lowRight, " ")
	if !hasAnyPrefix(r, "for this ", "for the ", "to this ", "to the ") {
		return false
	}
	// "for the 2030 Innovation Chairs competition": the call's own words
	if k := strings.IndexAny(r, ",.;:("); k >= 0 {
		r = r[:k]
	}
	return hasAnyWord(head(r, 60), []string{"call", "round", "competition"})
}

// madeAvailable reads "has made US$5 million available", "will make £2m
// available": a budget opened to applicants.
func madeAvailable(fullLeftLow, lowRight string) bool {
	// (but "will make £26m available over three years to 28 projects"
	// gives it out)
	return hasAnySuffix(strings.TrimRight(fullLeftLow, " "), " made", " make", " makes", " making") && strings.HasPrefix(strings.TrimLeft(lowRight, " "), "available") &&
		!strings.Contains(head(lowRight, 90), " to ")
}

// newFundAfter returns the new fund a figure is put into: "$48 million
// over the next four years in a new Regional Water Resilience Fund".
func newFundAfter(right, lowRight string) string {
	h := head(lowRight, 70)
	for _, p := range []string{" in a new ", " in the new ", " into a new ", " for a new ", " to a new "} {
		if k := strings.Index(h, p); k >= 0 {
			if n := leadingProper(right[k+len(p):]); n != "" && fundHeads[lastWordLower(n)] {
				return n
			}
		}
	}
	return ""
}

// fundCapital reads the money a fund was started with or given whole:
// "was capitalized with $25 million", "was set up with $3.5 million",
// "We have put £1.2m into this fund".
func fundCapital(fullLeftLow, lowRight string) bool {
	l := strings.TrimRight(fullLeftLow, " ")
	if hasAnySuffix(l, " was capitalized with", " was capitalised with", " is capitalized with", " is capitalised with", " was endowed with", " was seeded with") {
		return reFundBefore.MatchString(tail(l, 80)) || mayFund(tail(l, 60)) && hasAnyWord(tail(l, 60), []string{"fund", "scheme", "programme", "program", "initiative"})
	}
	if hasAnySuffix(l, " put", " has put", " have put", " is putting", " are putting", " will put") {
		return hasAnyPrefix(strings.TrimLeft(lowRight, " "), "into this fund", "into the fund", "into this scheme", "into the scheme", "into this programme", "into the programme", "into this program", "into the program", "into the pot")
	}
	return false
}
