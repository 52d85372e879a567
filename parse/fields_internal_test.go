package parse

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFieldHelpersMatchStringsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "one two  three", "\u00a0x\u2003y\u00a0", "£5m for the\tfund\n", "caf\xe9 \xff bar", "a b c d e f g h"} {
		f := strings.Fields(s)
		first, last := "", ""
		if len(f) > 0 {
			first, last = f[0], f[len(f)-1]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, want %q", s, got, first)
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, want %q", s, got, last)
		}
		var buf [3]string
		tailF, n := lastFields(s, buf[:])
		want := f
		if len(want) > 3 {
			want = want[len(want)-3:]
		}
		if n != len(f) || strings.Join(tailF, "|") != strings.Join(want, "|") || len(tailF) != len(want) {
			t.Errorf("lastFields(%q) = %q, %d; want %q, %d", s, tailF, n, want, len(f))
		}
		if got := countFields(s, 100); got != len(f) {
			t.Errorf("countFields(%q) = %d, want %d", s, got, len(f))
		}
	}
}

// TestRegexpGuardsAreNecessary checks that no guard rejects a string its
// expression matches, over random phrases built from the expressions' own
// words.
func TestRegexpGuardsAreNecessary(t *testing.T) {
	res := map[string]guardedRE{"reRoundTotal": reRoundTotal, "rePerUnit": rePerUnit, "reBidFor": reBidFor, "reAvailable": reAvailable, "reFundBefore": reFundBefore, "reToSpend": reToSpend, "rePerBidLeft": rePerBidLeft}
	var vocab []string
	for _, g := range res {
		for _, w := range strings.FieldsFunc(g.String(), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’') }) {
			vocab = append(vocab, w)
		}
	}
	vocab = append(vocab, "the", "x", ",", "£5m", "")
	seps := []string{" ", "  ", "\t", ", ", "-", ""}
	rnd := lcg(1)
	next := rnd.intn
	hits := map[string]int{}
	for i := 0; i < 20000; i++ {
		var sb strings.Builder
		if next(3) == 0 {
			sb.WriteString(seps[next(len(seps))])
		}
		for k, n := 0, 1+next(6); k < n; k++ {
			sb.WriteString(vocab[next(len(vocab))])
			sb.WriteString(seps[next(len(seps))])
		}
		s := sb.String()
		for name, g := range res {
			if g.Regexp.MatchString(s) {
				hits[name]++
				if !g.may(s) {
					t.Fatalf("%s guard rejects %q, which the expression matches", name, s)
				}
			}
		}
	}
	for _, s := range []string{"the fund’s, which has been increased to ", "the scheme is worth ", "budget of ", "programme will be ", "pot stands at ", "fund valued at ", "the budget pot is ", "refund’s, which has ", "our fund's now ", "programme,\tis  ", "the scheme a ",
		"maximum grant available of ", "grants ranging from ", "subgrants  of\t", "which has a budget of ", "applications worth ", "sums between ", "apply for grants of ", "max ", "largest possible ", "apply for funding of ", "bid for ", "request ", "minimum award will be ",
		" is now available", "has been made available", "altogether on offer", "  to be shared", "are up for grabs"} {
		for name, g := range res {
			if g.Regexp.MatchString(s) && !g.may(s) {
				t.Errorf("%s guard rejects %q, which the expression matches", name, s)
			}
		}
	}
	t.Logf("matches: %v", hits)
	for name := range res {
		if hits[name] == 0 {
			t.Errorf("%s never matched: the test checks nothing for it", name)
		}
	}
}

func TestWordFiltersPassEveryListedWord(t *testing.T) {
	check := func(name string, f *wordFilter, keys []string) {
		for _, k := range keys {
			if !f.may(k) {
				t.Errorf("%s filter rejects its own word %q", name, k)
			}
		}
	}
	keysOf := func(m map[string]bool) (ks []string) {
		for k := range m {
			ks = append(ks, k)
		}
		return ks
	}
	var fw, nw []string
	for k := range featureWords {
		fw = append(fw, k)
	}
	for k := range numberWords {
		nw = append(nw, k)
	}
	check("feature", featureFilter, fw)
	check("number", numberFilter, nw)
	check("negative", negativeFilter, keysOf(negativeWords))
	check("chrome", chromeFilter, keysOf(chromeTokens))
	check("fund head", fundHeadFilter, keysOf(fundHeads))
	for _, w := range []string{"Fund", "SCHEME", "Grants", "programme"} {
		if !fundHeadFilter.mayFold(w) {
			t.Errorf("fund head filter rejects %q", w)
		}
	}
	if featureFilter.may("zzzzqqq") || !filterOf(map[string]bool{"A1": true}).may("A1") {
		t.Error("filter pre-test wrong on an unlisted word or a wild list")
	}
}

func TestChromeTokensFold(t *testing.T) {
	for _, c := range []string{"Cookie-Banner", "NAV", "site-footer x", "ShareBar", "share2", "BREADCRUMBS", "menu", "content", "Article"} {
		got := tokensChrome(c)
		want := false
		start := -1
		for i := 0; i <= len(c); i++ {
			if i < len(c) && (isLetter(c[i]) || isDigit(c[i])) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 && chromeTokens[strings.ToLower(c[start:i])] {
				want = true
			}
			start = -1
		}
		if got != want {
			t.Errorf("tokensChrome(%q) = %v, want %v", c, got, want)
		}
	}
}

func TestClauseBreaksIn(t *testing.T) {
	for _, s := range []string{"", "a; b", "x, while y", "x while y", "x, and y", "p, but q", "a whereas b", "x, whilst y", "a – b", "a — b", "nothing here", "whilst, ; – —"} {
		m := clauseBreaksIn(s)
		for bi, br := range clauseBreaks {
			if strings.Contains(s, br) && m&(1<<bi) == 0 {
				t.Errorf("clauseBreaksIn(%q) clears %q, which it contains", s, br)
			}
		}
	}
}

func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{{"Horizon Europe, The EU's programme", ", the ", true}, {"a,b, A fund", ", a ", true}, {"no commas here", ", a ", false}, {"x,, the", ", the", true}, {"FUNDING", "fund", true}, {"fun d", "fund", false}, {",", ", a ", false}} {
		if got := containsFold(c.s, c.w); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v", c.s, c.w, got)
		}
	}
}

func TestCollapseSlowMatchesRuneLoop(t *testing.T) {
	old := func(s string) string {
		var sb strings.Builder
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
	for _, s := range []string{"", "  ", " a  b\n\tc ", "\u00a0£5m\u200bx\ufeff y\u2003z", "bad\xff\xfebytes \xe2\x80", "\u0085x\u00a0", "é  ü\r\n", "\ufffd\ufffdq"} {
		if got, want := collapseSlow(s), old(s); got != want {
			t.Errorf("collapseSlow(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestCollapseBytesOwnsItsResult(t *testing.T) {
	for _, s := range []string{"clean text", "  dirty\n text ", "", "x"} {
		b := []byte(s)
		got := collapseBytes(b)
		want := collapse(s)
		for i := range b {
			b[i] = 'Z'
		}
		if got != want {
			t.Errorf("collapseBytes(%q) = %q after reuse, want %q", s, got, want)
		}
	}
}

func TestIsLetterAllBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if isLetter(byte(c)) != want {
			t.Errorf("isLetter(%#x) = %v", c, !want)
		}
	}
}

func TestSubjectCutsInIsNecessary(t *testing.T) {
	if len(subjectCuts) > 64 {
		t.Fatal("subjectCuts outgrew the 64-bit mask")
	}
	vocab := []string{"include", "includes", "such", "as", "goes", "to", "among", "them", "that", "said", "the", "council", ";", ":", "x", ""}
	rnd := lcg(7)
	for i := 0; i < 20000; i++ {
		s := rnd.words(vocab, []string{" ", "  ", "; ", ": ", ""}, 8)
		m := subjectCutsIn(s)
		for ci, c := range subjectCuts {
			if strings.Contains(s, c) && m&(1<<ci) == 0 {
				t.Fatalf("subjectCutsIn(%q) clears %q, which it contains", s, c)
			}
		}
	}
}

// TestEveryFundHeadIsFound guards the first-letter pre-test in findFunds:
// a name ending in any word of fundHeads must be found.
func TestEveryFundHeadIsFound(t *testing.T) {
	for head := range fundHeads {
		h := strings.ToUpper(head[:1]) + head[1:]
		s := "Hill Club got £5,000 from the Northern Rivers Community " + h + " this year."
		if hits := findFunds(s); len(hits) == 0 {
			t.Errorf("%q: no fund found", s)
		}
	}
}

func TestClippedForm(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"Storefront Program", "Main Street Storefront Revitalization Program", true},
		{"Storefront Grants", "Main Street Storefront Grant", true},
		{"Capital Program", "Main Street Capital Program", false},
		{"Storefront Fund", "Main Street Storefront Program", false},
		{"Revitalization Storefront Program", "Main Street Storefront Revitalization Program", false},
	} {
		if got := clippedForm(c.short, c.long); got != c.want {
			t.Errorf("clippedForm(%q, %q) = %v", c.short, c.long, got)
		}
	}
}
