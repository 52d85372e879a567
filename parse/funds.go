package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fundHit is one mention of a named fund.
type fundHit struct {
	acronym    string // "(CARES)" written after the name, without brackets
	inner      string // an acronym inside the name ("VAWG")
	innerExp   string // what it stands for ("Violence Against Women and Girls")
	name       string // as written, cleaned
	start, end int
}

// fundStop ends the backward walk over a fund name.
var fundStop = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "from": true, "by": true,
	"with": true, "in": true, "on": true, "at": true, "this": true, "that": true,
	"its": true, "their": true, "our": true, "into": true, "under": true,
	"new": true, "how": true, "apply": true, "about": true, "which": true,
	"is": true, "was": true, "said": true, "through": true, "via": true,
	"as": true, "same": true, "whole": true, "overall": true, "pound": true,
	"multi-million": true, "million": true, "billion": true, "separate": true,
	"main": true, "wider": true, "existing": true, "dedicated": true,
	"government's": true, "each": true, "every": true, "any": true, "both": true,
	"two": true, "three": true, "of": true, "and": true, "for": true,
}

// titleStops are words a title-case headline capitalises that never
// stand inside a fund's name.
var titleStops = wordSet("through via from under into across alongside besides beside unlike despite amid amidst including excluding million billion thousand")

// allCaps reports a name written wholly in capitals, with at least two
// words ("HARROWDEN COMMUNITY FUND"; not an acronym such as "UKSPF").
func allCaps(s string) bool {
	return strings.Contains(s, " ") && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// strandOf reports "Parent's Strand": a competition, call or strand that
// a fund named in the possessive runs.
func strandOf(s string, parent, h fundHit) bool {
	if parent.end > h.start || h.start > len(s) {
		return false
	}
	between := strings.TrimSpace(s[parent.end:h.start])
	if between != "'s" && between != "’s" && between != "" {
		return false
	}
	if between == "" && !strings.HasSuffix(s[:parent.end], "'s") && !strings.HasSuffix(s[:parent.end], "’s") {
		return false
	}
	switch strings.ToLower(finalWord(h.name)) {
	case "competition", "strand", "call", "challenge", "scheme", "window":
		return true
	}
	return false
}

// forTail reads the "for All" of "Awards for All" after a capitalised
// Grants or Awards at word k: the end of the name and its words, or 0.
func forTail(s string, ws []span, k int, raw, word string) (int, string) {
	if (word != "Grants" && word != "Awards") || endsPhrase(raw) || k+2 >= len(ws) || s[ws[k+1].start:ws[k+1].end] != "for" {
		return 0, ""
	}
	j := k + 2
	if c, _ := countWord(strings.ToLower(s[ws[j].start:ws[j].end])); c > 0 {
		return 0, "" // "Hometown Revival Grants for Nine Communities": whom the grants go to
	}
	var words []string
	if s[ws[j].start:ws[j].end] == "the" && j+1 < len(ws) {
		words = append(words, "the")
		j++
	}
	end := 0
	for ; j < len(ws) && j <= k+6; j++ {
		w := s[ws[j].start:ws[j].end]
		t := trimWord(w)
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
			break
		}
		words = append(words, t)
		end = ws[j].start + len(t)
		if endsPhrase(w) {
			break
		}
	}
	if end == 0 {
		return 0, ""
	}
	return end, "for " + strings.Join(words, " ")
}

// hedgeWords open a hedged figure: "Awards More Than $2.7 Million" is a
// headline's verb.
var hedgeWords = wordSet("more over nearly almost up around about approximately some")

// possessiveTitles are the holders a fund's own name may open with:
// "the Mayor's Youth Fund", "the Commissioner's Small Grants Scheme".
var possessiveTitles = wordSet("mayor commissioner chairman chair president governor premier minister sheriff provost people children tomorrow women queen king prince princess leader")

// groupPossessives are the plural holders a fund's own name may open
// with: "the Victims’ Resilience Fund", "the Veterans' Places Fund".
var groupPossessives = wordSet("victims veterans farmers workers carers families residents tenants volunteers pupils students survivors girls boys artists writers musicians growers parents teachers nurses patients pensioners neighbours citizens visitors creators makers founders learners apprentices leaders councillors members communities")

// groupPossessive reports a plural holder's possessive that opens a
// fund's name ("Victims’"), and the word as the name spells it, with a
// straight apostrophe whichever the page used, so that both spellings
// are one fund.
func groupPossessive(w string) (string, bool) {
	for _, p := range []string{"’", "'"} {
		if n, ok := strings.CutSuffix(w, p); ok && len(n) > 1 && n[0] >= 'A' && n[0] <= 'Z' && groupPossessives[strings.ToLower(n)] {
			return n + "'", true
		}
	}
	return "", false
}

// lowercaseNameOK accepts a fund name written in lower case ("the police
// transformation fund") only after a determiner or a possessive and with
// no verb inside.
func lowercaseNameOK(s string, ws []span, first int, words []string) bool {
	if first == 0 {
		return false
	}
	switch prev := strings.ToLower(trimWord(s[ws[first-1].start:ws[first-1].end])); {
	case prev == "the" || prev == "this" || prev == "its" || prev == "their" || prev == "our" || prev == "new":
	case strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s"): // "the Home Office's police transformation fund"
	default:
		return false
	}
	for _, w := range words {
		if compoundAdjective(strings.ToLower(w)) {
			return false // "the wind farm-backed fund" describes a fund, names none
		}
		switch strings.ToLower(w) {
		case "will", "would", "can", "could", "may", "might", "must", "shall", "should",
			"use", "uses", "used", "are", "were", "be", "been", "has", "have", "had", "get", "gets", "got", "receive", "receives",
			"does", "do", "did", "not", "is", "was", "also", "only":
			return false // "the scheme does not fund": a verb, not a name
		}
	}
	return true
}

// roundOfLower accepts a lowercase name ending in a head other than fund
// when a round of it is told or money comes through it: "the second
// round of the hospice capital grant", "available through the community
// energy scheme".
func roundOfLower(s string, ws []span, first int, head string) bool {
	switch head {
	case "grant", "scheme", "programme", "program":
	default:
		return false
	}
	if first < 2 || !strings.EqualFold(s[ws[first-1].start:ws[first-1].end], "the") {
		return false
	}
	switch strings.ToLower(s[ws[first-2].start:ws[first-2].end]) {
	case "through":
		return true
	case "of":
		return first >= 3 && roundNoun(strings.ToLower(s[ws[first-3].start:ws[first-3].end]))
	}
	return false
}

// fundHeads are the words that end a fund's name. "Fund" always counts;
// the others only when the name also says Grant/Fund/Lottery/Funding.
var fundHeads = map[string]bool{"chest": true, "competition": true, "fund": true, "funds": true, "scheme": true, "grants": true, "programme": true, "program": true, "grant": true, "portfolio": true, "challenge": true, "fellowships": true, "fellowship": true, "bursaries": true, "scholarships": true, "accelerator": true, "initiative": true, "pathfinder": true, "demonstrator": true, "deal": true, "offer": true, "awards": true, "facility": true, "prize": true, "window": true, "settlement": true}

// accountingFunds are the accounts of a public body's own finances, not
// funds that give grants.
var accountingFunds = map[string]bool{"general fund": true, "pension fund": true, "contingency fund": true, "consolidated fund": true, "collection fund": true, "sinking fund": true}

// accountingFund reports a lowered name of a public body's own account:
// accountingFunds, and a city budget's "Debt Service Fund", "Water and
// Wastewater Utility Fund", "Hotel Occupancy Tax Fund", "Special Revenue
// Funds", "Capital Projects Fund" (not an "Enterprise Fund", which gives
// grants to businesses).
func accountingFund(ln string) bool {
	return accountingFunds[ln] || hasAnySuffix(ln, "debt service fund", " utility fund", " tax fund", " revenue fund", " revenue funds", " capital projects fund", " internal service fund", " trust and agency fund")
}

// fundHeadFirst marks the first letters of fundHeads.
var fundHeadFirst = func() (t [256]bool) {
	for w := range fundHeads {
		t[w[0]] = true
	}
	return t
}()

// hasMoney reports a currency sign, code or word in s: "£", "$", "€",
// "GBP 2.2m", "two million pounds".
func hasMoney(s string) bool {
	return strings.ContainsAny(s, "£$€") || strings.Contains(s, "GBP") || strings.Contains(s, "EUR") || strings.Contains(s, "USD") ||
		strings.Contains(s, " pounds") || strings.Contains(s, " euros") || strings.Contains(s, " dollars") // "two million pounds"
}

// genericFundWords open a two-word phrase that describes grants rather
// than naming a fund.
// sizeWords name a programme by the size of its grants: "Small Grants",
// "Large Grants".
var sizeWords = wordSet("small large major minor main")

var genericFundWords = wordSet("english scottish welsh irish british european american canadian australian u.s. us uk federal state provincial spring summer autumn fall winter january february march april may june july august september october november december quarterly monthly unallocated uncommitted unspent remaining grant grants funding individual major minor annual average median typical largest smallest approved successful recommended awarded proposed total small large capital revenue new latest current other these those our your their table all recent previous")

// headlineOrdinals open a Title Case headline's phrase before a fund's
// name: "Latest Marine Science Fund awards".
var headlineOrdinals = wordSet("first second third fourth fifth sixth latest final inaugural")

// isLowerWord reports a word that opens with a lowercase letter.
func isLowerWord(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// roundNoun reports a word that names a round: "Round", "Wave", "Call".
func roundNoun(w string) bool {
	switch strings.ToLower(w) {
	case "round", "wave", "call", "phase", "tranche", "window", "cohort", "intake":
		return true
	}
	return false
}

// opensAfter reports a word after which the next is capitalised as any
// first word is: one ending in a colon or a sentence's full stop.
func opensAfter(w string) bool {
	return strings.HasSuffix(w, ":") || strings.HasSuffix(w, ".") && endsPhrase(w)
}

// findFunds finds named funds: "the Police Transformation Fund", "the
// police transformation fund", "the Violence Against Women and Girls
// (VAWG) Service Transformation Fund", "Community Grants Scheme".
func findFunds(s string) []fundHit {
	var out []fundHit
	var buf [64]span
	ws := appendWordSpans(buf[:0], s)
	for k, w := range ws {
		if k == 0 || w.end-w.start < 4 || w.end-w.start > 13 {
			continue
		}
		if s[w.start] == 'B' {
			// "the Area Discretionary Budget", "Members' Ward Budgets": a
			// council's small-grants budget, named
			if h, ok := grantsBudget(s, ws, k); ok {
				out = append(out, h)
				continue
			}
		}
		if !fundHeadFirst[lowerByte(s[w.start])] {
			continue
		}
		raw := s[w.start:w.end]
		word := trimWord(raw)
		possessive := ""
		for _, ps := range []string{"'s", "’s"} {
			if strings.HasSuffix(word, ps) {
				// "the Farming Innovation Programme’s Large R&D
				// Partnerships competition"
				word, possessive = strings.TrimSuffix(word, ps), ps
			}
		}
		if !fundHeadFilter.mayFold(word) {
			continue
		}
		lw := strings.ToLower(word)
		if lw == "funds" && k+1 < len(ws) && !endsPhrase(raw) && isProperWord(trimWord(s[ws[k+1].start:ws[k+1].end])) && !connectors[strings.ToLower(trimWord(s[ws[k+1].start:ws[k+1].end]))] {
			// "Second Intake Funds Wetlands, Urban Trees and ...": a
			// headline's verb, with its object after it
			continue
		}
		if lw == "awards" && (word[0] != 'A' || k+1 < len(ws) && (strings.ContainsAny(s[ws[k+1].start:min(ws[k+1].start+2, len(s))], "£$€0123456789") || hedgeWords[strings.ToLower(trimWord(s[ws[k+1].start:ws[k+1].end]))])) {
			// "nine awards": only a capitalised Awards ends a name, and
			// "Foundation Awards $3.4 Million" is a headline's verb
			continue
		}
		// "National Lottery Awards for All", "Grants for the Arts": a
		// capitalised Grants or Awards with a "for" name after it
		forEnd, forName := forTail(s, ws, k, raw, word)
		if !fundHeads[lw] && forEnd == 0 {
			continue
		}
		if pw := trimWord(s[ws[k-1].start:ws[k-1].end]); pw == "We" || pw == "we" || pw == "You" || pw == "They" || pw == "I" {
			continue // "Groups We Fund": a verb
		} else if titleWords[strings.TrimSuffix(pw, ".")] {
			continue // "Professor Grant": a person
		} else if lw == "offer" && strings.EqualFold(pw, "of") && k > 1 && hasPrefixFold(trimWord(s[ws[k-2].start:ws[k-2].end]), 0, "letter") {
			continue // "Letters of Offer": the papers a grant is made by
		}
		if (lw == "grants" || lw == "grant" || lw == "awards") && possessive == "" && k+1 < len(ws) && !endsPhrase(raw) {
			// "the National Research Grants Council's": a body named by
			// what it gives
			switch strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(trimWord(s[ws[k+1].start:ws[k+1].end]), "'s"), "’s")) {
			case "council", "committee", "board", "commission", "panel", "office", "agency", "team":
				continue
			}
		}
		if possessive == "" && k+1 < len(ws) && !endsPhrase(raw) && fundHeads[strings.ToLower(trimWord(s[ws[k+1].start:ws[k+1].end]))] &&
			!(lw != "grants" && lw != "grant" && isLowerWord(s[ws[k+1].start:ws[k+1].end])) {
			// "Community Chest Fund", "Small Grants Scheme": the name
			// goes on; "Opportunity Fund grants" ends at Fund
			continue
		}
		r, _ := utf8.DecodeRuneInString(word)
		if pl := strings.ToLower(trimWord(s[ws[k-1].start:ws[k-1].end])); !unicode.IsUpper(r) && fundHeads[pl] && pl != "grants" && pl != "grant" {
			// "Opportunity Fund grants", "the Capital Program funds 12
			// projects": the name ended at the capitalised head
			continue
		}
		// "the Tech Pilots scheme": a lowercase head after a capitalised
		// name counts as a name too (but not after the one word that
		// opens the text, capitalised as any first word is: "Broadband
		// grants: See how much your county got")
		// (nor after a colon or full stop: "Ngozi Adeyemi: Full-time
		// fellowship, £18,000")
		capital := unicode.IsUpper(r) || isProperWord(trimWord(s[ws[k-1].start:ws[k-1].end])) && !endsPhrase(s[ws[k-1].start:ws[k-1].end]) && (k > 1 && !opensAfter(s[ws[k-2].start:ws[k-2].end]) || isAcronym(trimWord(s[ws[k-1].start:ws[k-1].end])))
		// "the Small Grants programme": a capitalised Grants, which is
		// no proper word alone, names the fund and the head is left off
		grantsHead := !capital && k > 1 && capitalHead(s[ws[k-1].start:ws[k-1].end]) && isProperWord(trimWord(s[ws[k-2].start:ws[k-2].end])) && !endsPhrase(s[ws[k-2].start:ws[k-2].end])
		capital = capital || grantsHead
		// Walk back over the name.
		first := k
		for j := k - 1; j >= 0 && k-j <= 9; j-- {
			pw := s[ws[j].start:ws[j].end]
			if _, ok := groupPossessive(pw); ok && capital && j == first-1 {
				first = j
				continue // "the Victims’ Resilience Fund": the plural holder is part of the name
			}
			if endsPhrase(pw) && !strings.HasSuffix(pw, ")") {
				break
			}
			t := trimWord(pw)
			lt := strings.ToLower(t)
			if strings.HasPrefix(pw, "(") && strings.HasSuffix(pw, ")") {
				// parenthesised acronym inside the name: "(VAWG)"
				first = j
				continue
			}
			if capital && isProperWord(t) && possessiveTitles[strings.TrimSuffix(strings.TrimSuffix(lt, "'s"), "’s")] && (strings.HasSuffix(lt, "'s") || strings.HasSuffix(lt, "’s")) {
				// "the Mayor's Youth Fund", "the Commissioner's Small
				// Grants Scheme", "Young People's Grants": a title that
				// is part of the name, not an owner's name before it
				first = j
				if lt == "people's" || lt == "people’s" {
					continue // "Young People's"
				}
				break
			}
			if t == "" || strings.HasSuffix(lt, "'s") || strings.HasSuffix(lt, "’s") || strings.ContainsAny(pw, "£$€0123456789") {
				break
			}
			if capital {
				if headlineVerbs[lt] || titleStops[lt] {
					// "Department Awards Farm-To-Market Value Grants": a
					// headline's verb before the name; "$8.2 Million for
					// Four Downtowns Through Main Street Reinvestment
					// Program": a title-case preposition
					break
				}
				if agendaWords[lt] && !(lt == "adoption" && (j == k-1 || !strings.EqualFold(s[ws[j+1].start:ws[j+1].end], "of"))) {
					// "Consideration and Approval of Grant Awards",
					// "Adoption of the Community Grants Policy": an agenda
					// item, not a name (but "the Care Technology Adoption
					// Grant" and "the AI Adoption for SMEs competition"
					// are names)
					break
				}
				if isProperWord(t) || fundHeads[lt] && t != lt || t == "Funding" && (lw == "programme" || lw == "program" || lw == "scheme" || lw == "fund") && j > 0 && isProperWord(trimWord(s[ws[j-1].start:ws[j-1].end])) && !endsPhrase(s[ws[j-1].start:ws[j-1].end]) {
					// (and "the Annual Funding Programme": a capitalised
					// Funding inside a name)
					first = j
					continue
				}
				if (lt == "and" || lt == "&") && j > 0 && fundHeads[strings.ToLower(trimWord(s[ws[j-1].start:ws[j-1].end]))] {
					break // "the Community Safety Fund and Small Grants": two funds
				}
				if j > 0 && (lt == "of" || lt == "and" || lt == "for" || lt == "&" || lt == "in" && !multiplierWord(s[ws[j-1].start:ws[j-1].end])) && isProperWord(trimWord(s[ws[j-1].start:ws[j-1].end])) {
					first = j
					continue
				}
				if lt == "the" && j >= 3 {
					// "the Arts in the Community Programme", "the Heritage in
					// the Park Fund": a name that opens after "the" (not
					// "Sport England in the Active Communities Fund"; and
					// "the Board of the X Fund" is the fund's board)
					if strings.EqualFold(s[ws[j-1].start:ws[j-1].end], "in") && isProperWord(trimWord(s[ws[j-2].start:ws[j-2].end])) && !endsPhrase(s[ws[j-2].start:ws[j-2].end]) && strings.EqualFold(s[ws[j-3].start:ws[j-3].end], "the") {
						first = j - 2
						break
					}
				}
				break
			}
			if fundStop[lt] || !isAlpha(t) || t != lt {
				break
			}
			first = j
		}
		if first == k {
			continue
		}
		if first > 0 && isPerson(trimWord(s[ws[first-1].start:ws[first-1].end])+" ") {
			continue // "Dr Lewis Grant": a person
		}
		nameWords := make([]string, 0, k-first+1)
		inner, innerExp := "", ""
		for j := first; j <= k; j++ {
			pw := s[ws[j].start:ws[j].end]
			if strings.HasPrefix(pw, "(") && strings.HasSuffix(strings.TrimRight(pw, ",.;:"), ")") {
				// "Violence Against Women and Girls (VAWG) Service ..."
				if a := strings.Trim(pw, "(),.;:"); isAcronym(a) && len(nameWords) > 0 {
					inner, innerExp = a, strings.Join(nameWords, " ")
				}
				continue
			}
			if g, ok := groupPossessive(pw); ok {
				nameWords = append(nameWords, g)
				continue
			}
			nameWords = append(nameWords, trimWord(pw))
		}
		if possessive != "" && len(nameWords) > 0 {
			nameWords[len(nameWords)-1] = word
		}
		// "Third Round of Storefront Program", "Cycle 4 of People's
		// Budget", "Committee of Ward Community Budget grants": a round or
		// a body of the fund, not its name
		for j := len(nameWords) - 2; j >= 1; j-- {
			if strings.ToLower(nameWords[j]) != "of" {
				continue
			}
			switch lw := strings.ToLower(nameWords[j-1]); {
			case roundNoun(lw), lw == "cycle" || lw == "committee" || lw == "panel" || lw == "board" || lw == "meeting":
				nameWords = nameWords[j+1:]
			}
			break
		}
		// drop leading connectors
		for len(nameWords) > 1 && connectors[strings.ToLower(nameWords[0])] {
			nameWords = nameWords[1:]
		}
		if len(nameWords) < 2 {
			continue
		}
		if !capital && (len(nameWords) < 3 || lw != "fund" && !roundOfLower(s, ws, first, lw) || !lowercaseNameOK(s, ws, first, nameWords)) {
			// "the innovation fund" is too vague; "one tribal nation will
			// use funds" is no name at all
			continue
		}
		if len(nameWords) == 2 && genericFundWords[strings.ToLower(nameWords[0])] && !(capital && first > 1 && sizeWords[strings.ToLower(nameWords[0])] && isCapitalised(nameWords[0]) && isCapitalised(nameWords[1])) {
			// "Approved grants", "Successful Bids": no name (but "set a
			// Small Grants budget of £35,000": a foundation's programme,
			// capitalised inside its sentence)
			continue
		}
		if n, w := countWord(strings.ToLower(nameWords[0])); w == len(nameWords[0]) && n > 0 && len(nameWords) == 2 {
			continue // "Seven grants totalling $48,250": a count, no name
		}
		if len(nameWords) == 3 && roundNoun(nameWords[0]) && (ordinal(strings.ToLower(nameWords[1])) > 0 || func() bool { n, w := countWord(strings.ToLower(nameWords[1])); return n > 0 && w == len(nameWords[1]) }()) {
			continue // "Round Two grants totalling £214,500": a round's grants, no name
		}
		if len(nameWords) == 2 && roundAdjective(nameWords[0]) {
			continue // "Second-round grants will connect young people": no name
		}
		if len(nameWords) >= 4 && headlineOrdinals[strings.ToLower(nameWords[0])] {
			// "First Marine Science Fund awards announced": a headline's
			// ordinal before the name (but "First Steps Fund" is one)
			nameWords = nameWords[1:]
			first++
		}
		name := strings.Join(nameWords, " ")
		ln := strings.ToLower(name)
		if !unicode.IsUpper(r) && capital && isFunder(strings.Join(nameWords[:len(nameWords)-1], " ")) {
			continue // "the Home Office fund" names the funder, not a fund
		}
		if accountingFund(ln) {
			continue // "the General Fund revenue budget": a council's own account
		}
		if lw == "facility" && (len(nameWords) < 3 || hasAnyWord(ln, []string{"leisure", "sport", "sports", "storage", "care", "medical", "training", "recycling", "waste", "parking", "childcare", "test", "testing", "research", "ice", "swimming"})) {
			continue // "the Ashby Leisure Facility" is a building; "the Connecting Europe Facility" a fund
		}
		if lw == "settlement" && (len(nameWords) < 4 || hasAnyWord(ln, []string{"finance", "pay", "legal", "divorce", "claim", "tax"})) {
			// "the City Region Sustainable Transport Settlement" is a
			// fund; "the Local Government Finance Settlement" is a
			// council's core money, and "a £2m settlement" no fund
			continue
		}
		if lw != "fund" && lw != "funds" && lw != "chest" && !strings.Contains(ln, "grant") && !strings.Contains(ln, "fund") && !strings.Contains(ln, "lottery") {
			// a "Scheme" or "Programme" counts when the sentence is
			// about money and the name is capitalised
			source := first > 0 && fundSources[strings.ToLower(trimWord(s[ws[first-1].start:ws[first-1].end]))] ||
				first > 1 && fundSources[strings.ToLower(trimWord(s[ws[first-2].start:ws[first-2].end]))] ||
				// "one of the foundation’s Discovery Fellowships"
				first > 0 && funderPossessive(s[ws[first-1].start:ws[first-1].end])
			// a two-word name counts when a figure sits in the sentence
			// ("the Shopfront Renewal programme, which has £300,000")
			twoOK := source || hasMoney(s) && !connectors[strings.ToLower(nameWords[0])] && !budgetWords[strings.ToLower(nameWords[0])]
			if !capital || len(nameWords) < 3 && !twoOK || !hasMoney(s) && !hasAnyWord(asciiLower(s), []string{"awarded", "awards", "grants", "funding", "funded", "call", "proposals", "applications", "bids", "bid", "bidding", "pay", "pays", "fund", "funds", "grant", "money", "cash", "allocated", "allocation", "round", "rounds", "intake", "recipients", "successful", "approved", "approves", "selected", "award"}) && !(first > 0 && funderPossessive(s[ws[first-1].start:ws[first-1].end])) {
				continue
			}
		}
		// "(CARES)" after the name is its acronym
		acr := ""
		if k+1 < len(ws) {
			nw := strings.TrimRight(s[ws[k+1].start:ws[k+1].end], ",.;:")
			if len(nw) > 3 && nw[0] == '(' && nw[len(nw)-1] == ')' && isAcronym(nw[1:len(nw)-1]) {
				acr = nw[1 : len(nw)-1]
			}
		}
		if !capital {
			name = titleCase(name)
		}
		if grantsHead {
			if name = name[:strings.LastIndexByte(name, ' ')]; !strings.Contains(name, " ") {
				continue // "the Young People's Grants programme": the name's start is lost
			}
		}
		end := w.end
		if forEnd > 0 {
			name, end = name+" "+forName, forEnd
		}
		out = append(out, fundHit{name: name, start: ws[first].start, end: end, acronym: acr, inner: inner, innerExp: innerExp})
	}
	return appendHashtagFunds(appendNamedProgrammes(out, s, ws), s)
}

// appendHashtagFunds adds funds named by a hashtag in camel case whose
// last part is a fund head: "#LateHoursSafetyFund" is the Late Hours
// Safety Fund.
func appendHashtagFunds(out []fundHit, s string) []fundHit {
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '#')
		if k < 0 {
			return out
		}
		st := from + k
		end := st + 1
		for end < len(s) && (isLetter(s[end]) || isDigit(s[end])) {
			end++
		}
		from = end
		if st > 0 && (isLetter(s[st-1]) || isDigit(s[st-1])) {
			continue // "C#", "ref#12"
		}
		var words []string
		w := s[st+1 : end]
		for i := 0; i < len(w); {
			j := i + 1
			for j < len(w) && !(w[j] >= 'A' && w[j] <= 'Z') {
				j++
			}
			words = append(words, w[i:j])
			i = j
		}
		if len(words) < 2 || !fundHeads[strings.ToLower(words[len(words)-1])] {
			continue
		}
		ok := true
		for _, p := range words {
			if !(p[0] >= 'A' && p[0] <= 'Z') || len(p) == 1 {
				ok = false
				break
			}
		}
		if ok && !genericFundWords[strings.ToLower(words[0])] || ok && len(words) > 2 {
			out = append(out, fundHit{name: strings.Join(words, " "), start: st, end: end})
		}
	}
}

// appendNamedProgrammes adds programmes whose names carry no fund word:
// "Mission Clean Harbours" (a capitalised Mission and a name), and
// "Horizon Europe, the EU's research programme" (a name the sentence
// calls a programme or fund in an appositive).
func appendNamedProgrammes(out []fundHit, s string, ws []span) []fundHit {
	// a name is either after "Mission" or before ", the/a ... programme
	// or fund": without either there is nothing to find
	if !strings.Contains(s, "Mission") && (!containsFold(s, ", the ") && !containsFold(s, ", a ") || !containsFold(s, "fund") && !containsFold(s, "program")) {
		return out
	}
	covered := func(p int) bool {
		for _, h := range out {
			if p >= h.start && p < h.end {
				return true
			}
		}
		return false
	}
	for k := 0; k < len(ws); k++ {
		w := s[ws[k].start:ws[k].end]
		if covered(ws[k].start) {
			continue
		}
		if trimWord(w) == "Mission" && !endsPhrase(w) && k+1 < len(ws) && (hasMoney(s) || hasAnyWord(asciiLower(s), []string{"funded", "funding", "awarded", "grants", "programme", "call"})) {
			if a, b := properRun(s, ws, k+1); a >= 0 && b-a >= 4 {
				name := cleanName(s[ws[k].start:b])
				if len(strings.Fields(name)) <= 6 {
					out = append(out, fundHit{name: name, start: ws[k].start, end: b})
				}
				continue
			}
		}
		if k > 0 && !endsPhrase(s[ws[k-1].start:ws[k-1].end]) && isProperWord(s[ws[k-1].start:ws[k-1].end]) {
			continue // not the start of a name
		}
		a, b := properRun(s, ws, k)
		if a < 0 || b >= len(s) || s[b-1] != ',' {
			continue
		}
		rest := asciiLower(s[b:])
		if !strings.HasPrefix(rest, " the ") && !strings.HasPrefix(rest, " a ") {
			continue
		}
		if e := strings.IndexAny(rest, ",.;"); e >= 0 {
			rest = rest[:e]
		}
		if len(strings.Fields(rest)) > 9 || !hasAnyWord(rest, []string{"programme", "program", "fund"}) {
			continue
		}
		// the appositive must be a programme ("the EU's research and
		// innovation programme"), not a person of one ("the fund's director")
		if !nonPossessiveWord(rest, []string{"programme", "program", "fund"}) {
			continue
		}
		if containsAny(rest+" ", []string{" has ", " have ", " had ", " is ", " was ", " will ", " gives ", " offers ", " opens ", " provides "}) {
			continue // "Thanks to Marcher Telecom, the fund has £60,000": a clause, not an appositive
		}
		name := cleanName(s[a:b])
		if f := strings.Fields(name); len(f) < 2 || len(f) > 5 || isFunder(name) {
			continue
		}
		out = append(out, fundHit{name: name, start: a, end: b})
	}
	return out
}

// nonPossessiveWord reports one of words in s other than as a possessive
// ("the fund's director" has none).
func nonPossessiveWord(s string, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			a, b := i+k, i+k+len(w)
			i = b
			if a > 0 && isLetter(s[a-1]) || b < len(s) && isLetter(s[b]) {
				continue
			}
			if strings.HasPrefix(s[b:], "'s") || strings.HasPrefix(s[b:], "’s") {
				continue
			}
			return true
		}
	}
	return false
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if i > 0 && connectors[w] {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(f, " ")
}

// fundSet canonicalises fund names across a page and against the
// configured funds.
type fundSet struct {
	known   []Fund
	names   []string       // canonical, in order of first mention
	count   map[string]int // canonical -> mentions
	byLower map[string]string
	acros   map[string]string // acronym -> canonical
	expand  map[string]string // acronym inside names -> its words
	renamed map[string]string // a name replaced by a fuller one
	title   string            // the page title and headline, lower case
	parent  map[string]bool   // funds named as the parent of another
}

func newFundSet(known []Fund) *fundSet {
	return &fundSet{known: known, count: map[string]int{}, byLower: map[string]string{}, acros: map[string]string{}, expand: map[string]string{}, renamed: map[string]string{}, parent: map[string]bool{}}
}

// canonical maps a name to the configured fund name when it matches a name
// or alias (case-insensitively, ignoring a leading "the"), else to the
// first spelling seen on the page.
// endingIn returns the one fund named so far whose last word is w
// ("fellowships": "Clinical Research Training Fellowships"), or "".
func (f *fundSet) endingIn(w string) string {
	if w == "" {
		return ""
	}
	found := ""
	for _, n := range f.names {
		if lastWordLower(n) == w {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

func (f *fundSet) canonical(name string) string {
	if len(f.known) == 0 {
		// nothing configured: only the page's own names, looked up
		// without a lowered copy of the name
		return foldedIn(f.byLower, strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	}
	ln := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	for _, k := range f.known {
		if strings.EqualFold(k.Name, ln) {
			return k.Name
		}
		for _, a := range k.Aliases {
			if strings.EqualFold(a, ln) {
				return k.Name
			}
		}
	}
	if c, ok := f.byLower[ln]; ok {
		return c
	}
	return ""
}

// byHead returns last when its name ends in head (or head is ""), else
// the latest fund named so whose name does, else last.
func (f *fundSet) byHead(last, head string) string {
	if head == "" || lastWordLower(last) == head {
		return last
	}
	for i := len(f.names) - 1; i >= 0; i-- {
		if lastWordLower(f.names[i]) == head {
			return f.names[i]
		}
	}
	return last
}

func (f *fundSet) add(name string) string {
	if i := strings.IndexByte(name, ' '); i > 0 {
		if e, ok := f.expand[name[:i]]; ok {
			name = e + name[i:]
		}
		if c, ok := f.acros[name[:i]]; ok && !strings.Contains(name[i+1:], " ") && fundHeads[strings.ToLower(name[i+1:])] {
			// "the BHF programme" after "the Brownfield Housing Fund
			// (BHF)"
			f.count[c]++
			return c
		}
	}
	c := f.canonical(name)
	if c != "" && c != name && allCaps(c) && !allCaps(name) && !f.isConfigured(c) {
		// "HARROWDEN COMMUNITY RESILIENCE FUND" in a heading, then the
		// name as written in the text: the text's spelling stands
		f.renamed[c] = name
		f.count[name] = f.count[c]
		delete(f.count, c)
		for i, n := range f.names {
			if n == c {
				f.names[i] = name
			}
		}
		for k, v := range f.byLower {
			if v == c {
				f.byLower[k] = name
			}
		}
		for k, v := range f.acros {
			if v == c {
				f.acros[k] = name
			}
		}
		c = name
	}
	if c == "" {
		c = name
		f.byLower[strings.ToLower(name)] = c
		// "GovTech fund" then "GovTech Catalyst fund": the fuller name
		// stands for both
		for i, old := range f.names {
			if f.isConfigured(old) {
				continue
			}
			switch {
			case ownerPrefixed(old, c), // "Sport Wales' Place for Sport Facilities Fund", then "the Place for Sport Facilities Fund": the fund's own name
				sameStem(old, c) && weakHead(old) && !weakHead(c) && !(lowerHead(c) && !lowerHead(old)), // "Main Street Revitalization Grants" in the headline, "the ... Program" in the text
				sameStem(old, c) && lowerHead(old) && !lowerHead(c),                                     // "its Morning Fuel program", then "Morning Fuel Grants has a budget": the name in capitals
				shorterForm(old, c), // "GovTech fund", then "GovTech Catalyst fund": the fuller name
				clippedForm(old, c), // "the Storefront Program", then "the Main Street Storefront Revitalization Program"
				innerForm(old, c):   // "EV Chargepoint Accelerator" in the headline, then "the Local EV Chargepoint Accelerator Fund"
				return f.rename(i, old, c)
			case ownerPrefixed(c, old), sameStem(old, c), shorterForm(c, old), clippedForm(c, old), innerForm(c, old):
				f.byLower[strings.ToLower(c)] = old
				f.count[old]++
				return old
			}
		}
	}
	if f.count[c] == 0 {
		f.names = append(f.names, c)
	}
	f.count[c]++
	return c
}

// translated makes english, a fund's name given beside the one the page
// uses ("Cronfa Lleoedd Lleol, the Local Places Fund"), the name that
// stands for both.
func (f *fundSet) translated(other, english string) {
	if other == english || f.isConfigured(other) {
		return
	}
	for i, n := range f.names {
		if n == other {
			f.names = append(f.names[:i], f.names[i+1:]...)
			break
		}
	}
	f.renamed[other] = english
	f.count[english] += f.count[other]
	delete(f.count, other)
	f.byLower[strings.ToLower(other)] = english
}

// rename makes name stand for the fund named old so far (f.names[i]),
// wherever the page used old.
func (f *fundSet) rename(i int, old, name string) string {
	f.renamed[old] = name
	f.count[name] += f.count[old]
	delete(f.count, old)
	f.names[i] = name
	f.byLower[strings.ToLower(old)] = name
	f.count[name]++
	return name
}

// alias makes name, wherever the page uses it, stand for canonical.
func (f *fundSet) alias(name, canonical string) {
	f.byLower[strings.ToLower(name)] = canonical
}

func (f *fundSet) isConfigured(name string) bool {
	for _, k := range f.known {
		if k.Name == name {
			return true
		}
	}
	return false
}

// resolve follows renames made when a fuller name appeared later.
func (f *fundSet) resolve(name string) string {
	for i := 0; i < 4; i++ {
		n, ok := f.renamed[name]
		if !ok {
			break
		}
		name = n
	}
	return name
}

// ownerPrefixed reports long = an owner's name + short, short being a name
// of three words or more: "Sport Wales Place for Sport Facilities Fund" and
// "Place for Sport Facilities Fund".
func ownerPrefixed(long, short string) bool {
	if len(long) <= len(short)+1 || strings.Count(short, " ") < 2 || strings.Count(long, " ")-strings.Count(short, " ") > 3 {
		return false
	}
	return strings.HasSuffix(strings.ToLower(long), " "+strings.ToLower(short))
}

// sameStem reports two names that differ only in their head word, both
// fund heads: "Main Street Revitalization Grants" and "Main Street
// Revitalization Program".
func sameStem(a, b string) bool {
	ka, kb := strings.LastIndexByte(a, ' '), strings.LastIndexByte(b, ' ')
	if ka <= 0 || kb <= 0 || !strings.EqualFold(a[:ka], b[:kb]) || strings.EqualFold(a, b) {
		return false
	}
	return fundHeads[strings.ToLower(a[ka+1:])] && fundHeads[strings.ToLower(b[kb+1:])] && strings.Contains(a[:ka], " ")
}

// weakHead reports a name whose head word only says grants are given.
func weakHead(n string) bool {
	l := strings.ToLower(n[strings.LastIndexByte(n, ' ')+1:])
	return l == "grants" || l == "grant" || l == "awards"
}

// lowerHead reports a name whose head word is in lower case: "the
// Morning Fuel program" describes what "Morning Fuel Grants" names.
func lowerHead(n string) bool {
	w := n[strings.LastIndexByte(n, ' ')+1:]
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// shorterForm reports that short names the same fund as long: same first
// word, and every word of short appears in long ("GovTech fund",
// "GovTech Catalyst fund").
func shorterForm(short, long string) bool {
	sw, lw := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long))
	if len(sw) >= len(lw) || len(sw) == 0 || sw[0] != lw[0] {
		return false
	}
	set := map[string]bool{}
	for _, w := range lw {
		set[strings.TrimSuffix(w, "s")] = true
	}
	for _, w := range sw {
		// "Creative Places Grants" is a shorter form of "Creative Places
		// Grant program"
		if !set[strings.TrimSuffix(w, "s")] {
			return false
		}
	}
	return true
}

// scanKnown counts mentions of configured names and aliases that the
// pattern scan cannot see (acronyms such as "PTF").
func (f *fundSet) scanKnown(s string, hits []fundHit) []string {
	var out []string
	for _, k := range f.known {
		for _, n := range append([]string{k.Name}, k.Aliases...) {
			if n == "" || len(n) < 2 {
				continue
			}
			i := indexFold(s, n)
			if i < 0 {
				continue
			}
			covered := false
			for _, h := range hits {
				if i >= h.start && i < h.end {
					covered = true
				}
			}
			if !covered {
				out = append(out, k.Name)
			}
			break
		}
	}
	return out
}

// indexFold finds n in s ignoring ASCII case, at word boundaries.
func indexFold(s, n string) int {
	ls, ln := asciiLower(s), asciiLower(n)
	for i := 0; ; {
		j := strings.Index(ls[i:], ln)
		if j < 0 {
			return -1
		}
		a := i + j
		b := a + len(ln)
		if (a == 0 || !isLetter(ls[a-1])) && (b == len(ls) || !isLetter(ls[b])) {
			return a
		}
		i = a + 1
	}
}

// primary returns the page's main fund: the most mentioned, a "Fund"
// before a scheme or programme, the first mentioned on ties.
func (f *fundSet) primary() string {
	best := ""
	bestScore := -1
	for _, n := range f.names {
		s := f.count[n] * 2
		if strings.HasSuffix(strings.ToLower(n), "fund") {
			s++
		}
		if ln := strings.ToLower(n); f.title != "" && !strings.HasSuffix(ln, " grants") && !strings.HasSuffix(ln, " grant") && (strings.Contains(f.title, ln) || titleLessHead(f.title, ln)) {
			s += 6 // the fund the page is about is named in its headline
		}
		if f.parent[n] && len(f.names) > 1 {
			s -= 8 // a parent fund named beside the page's own
		}
		if distributor(n) && len(f.names) > 1 {
			s -= 8 // "The National Lottery Community Fund" runs the programme named beside it
		}
		if s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// titleLessHead reports a headline that names a fund without its head
// word: "First Cohort of Neighbors in Common Grantees" names the
// Neighbors in Common Initiative.
func titleLessHead(title, ln string) bool {
	k := strings.LastIndexByte(ln, ' ')
	if k < 0 {
		return false
	}
	switch ln[k+1:] {
	case "fund", "initiative", "programme", "program":
	default:
		return false // (a "scheme" may be a grantee's project: "Millrace Hydro scheme")
	}
	if strings.Count(ln[:k], " ") < 1 {
		return false
	}
	j := strings.Index(title, ln[:k])
	return j >= 0 && (j == 0 || !isLetter(title[j-1])) && (j+k == len(title) || !isLetter(title[j+k]))
}

// distributor reports a grant-making body whose name ends in "Fund" (the
// National Lottery distributors): on a page that also names one of its
// programmes, the programme is the fund.
func distributor(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, " fund") && strings.Contains(l, "lottery ")
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !(w[i] >= 'A' && w[i] <= 'Z' || isDigit(w[i]) || w[i] == '&') {
			return false
		}
	}
	return true
}

// noteAcronym remembers that acronym stands for the canonical fund.
func (f *fundSet) noteAcronym(acronym, canonical string) {
	if acronym != "" {
		f.acros[acronym] = canonical
	}
}

// scanAcronyms returns the funds whose acronyms appear on their own in s.
func (f *fundSet) scanAcronyms(s string) []string {
	var out []string
	for a, c := range f.acros {
		i := strings.Index(s, a)
		if i < 0 {
			continue
		}
		e := i + len(a)
		if (i == 0 || !isLetter(s[i-1]) && s[i-1] != '(') && (e == len(s) || !isLetter(s[e]) && s[e] != ')') {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// fundSources introduce where money comes from ("from our Open
// Programme"), which makes a two-word programme name credible.
var fundSources = map[string]bool{"from": true, "through": true, "under": true, "via": true}

// roundAdjective reports a word such as "Second-round" or "first-wave"
// that says which round, not which fund.
func roundAdjective(w string) bool {
	k := strings.IndexByte(w, '-')
	return k > 0 && roundNoun(strings.ToLower(w[k+1:])) && ordinal(strings.ToLower(w[:k])) > 0
}

// funderPossessive reports a funder's possessive before a programme's
// name: "foundation’s", "trust's", "council’s".
func funderPossessive(w string) bool {
	l := strings.ToLower(w)
	for _, p := range []string{"'s", "’s"} {
		if n, ok := strings.CutSuffix(w, p); ok && len(n) >= 3 && isAcronym(n) {
			return true // "NPDC’s Prairie Growth Program": an agency known by its initials
		}
		if n, ok := strings.CutSuffix(l, p); ok {
			switch n {
			case "foundation", "trust", "charity", "council", "government", "department", "agency", "lottery", "fund", "institute", "society":
				return true
			}
		}
	}
	return false
}

// budgetWords name an organisation's own budget, not a scheme: "Capital
// Programme", "Spending Programme".
var budgetWords = map[string]bool{"capital": true, "revenue": true, "spending": true, "investment": true, "works": true, "maintenance": true, "budget": true, "delivery": true, "annual": true, "council": true, "government": true, "building": true}

// agendaWords open the titles of agenda items and decisions.
var agendaWords = wordSet("consideration approval approve approves acceptance accept adoption adopt recommendation recommendations report update ratification ratify authorisation authorization")

// capitalHead reports a capitalised fund head inside a name, "Grants" in
// "the Community Grants programme", where a lower-case head ends it.
func capitalHead(w string) bool {
	if endsPhrase(w) {
		return false
	}
	t := trimWord(w)
	return t != "" && t[0] >= 'A' && t[0] <= 'Z' && fundHeads[strings.ToLower(t)]
}

// multiplierWord reports a word that scales a figure: "$5 Million in
// Grants" has no name before "in".
func multiplierWord(w string) bool {
	switch strings.ToLower(trimWord(w)) {
	case "million", "billion", "thousand", "m", "bn", "k":
		return true
	}
	return false
}

// budgetQualifiers mark a named budget that gives grants.
var budgetQualifiers = wordSet("ward wards discretionary community locality neighbourhood neighborhood members members' members’ councillor councillors councillors' councillors’ grants")

// grantsBudget reads "Area Discretionary Budget", "Members' Ward Budgets"
// at ws[k]: a capitalised Budget after a word that makes it a grants
// budget, with the capitalised words before.
func grantsBudget(s string, ws []span, k int) (fundHit, bool) {
	word := trimWord(s[ws[k].start:ws[k].end])
	if word != "Budget" && word != "Budgets" || k == 0 {
		return fundHit{}, false
	}
	prev := strings.ToLower(trimWord(s[ws[k-1].start:ws[k-1].end]))
	if !budgetQualifiers[prev] {
		return fundHit{}, false
	}
	first := k
	for j := k - 1; j >= 0 && k-j <= 5; j-- {
		t := trimWord(s[ws[j].start:ws[j].end])
		if t == "" || !(t[0] >= 'A' && t[0] <= 'Z') || endsPhrase(s[ws[j].start:ws[j].end]) {
			break
		}
		first = j
	}
	if first == k {
		return fundHit{}, false
	}
	if t := trimWord(s[ws[first].start:ws[first].end]); (t == "The" || t == "A" || t == "An") && first < k-1 {
		first++ // "The North Area Ward Community Budget"
	}
	name := cleanName(s[ws[first].start:ws[k].end])
	return fundHit{name: name, start: ws[first].start, end: ws[k].end}, true
}

// clippedForm reports that short is long with words left out: the same
// head word, the others in long in order, and a first word that names
// something ("Storefront Program" for "Main Street Storefront
// Revitalization Program", but not "Capital Program").
// innerForm reports that short, three words or more, is long without a
// word before it and the fund head after it: "EV Chargepoint Accelerator"
// in "Local EV Chargepoint Accelerator Fund".
func innerForm(short, long string) bool {
	sw, lw := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long))
	if len(sw) < 3 || len(lw) != len(sw)+2 {
		return false
	}
	switch lw[len(lw)-1] {
	case "fund", "programme", "program", "scheme":
	default:
		return false
	}
	for k, w := range sw {
		if lw[k+1] != w {
			return false
		}
	}
	return !genericFundWords[lw[0]]
}

func clippedForm(short, long string) bool {
	sw, lw := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long))
	if len(sw) < 2 || len(sw) >= len(lw) || genericFundWords[sw[0]] || !fundHeads[sw[len(sw)-1]] || strings.TrimSuffix(sw[len(sw)-1], "s") != strings.TrimSuffix(lw[len(lw)-1], "s") {
		return false
	}
	j := 0
	for _, w := range lw[:len(lw)-1] {
		if j < len(sw)-1 && w == sw[j] {
			j++
		}
	}
	return j == len(sw)-1
}

// headlineVerbs are a Title Case headline's verbs, which a fund's name
// before its head never holds.
var headlineVerbs = wordSet("announces awards approves unveils gives receives wins gets secures lands backs boosts confirms awarded announced selected chosen picked shortlisted joins")

// titleWords stand before a person's name: "Professor Grant". (isPerson's
// titles, which say a table column names people, leave out
// "Councillor", "Cllr", "Lord" and "Lady" on purpose.)
var titleWords = wordSet("Dr Professor Prof Mr Mrs Ms Miss Sir Dame Lord Lady Mx Councillor Cllr")
