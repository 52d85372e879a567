package parse

import (
	"strings"
	"testing"
)

// Tests for the speed work's pre-tests: each guard must be a necessary
// condition of what it guards, and each shortcut must match what it
// replaces.

// TestSentenceFeaturesAreNecessary checks the feature bits that guard
// projectCount, the refusal test and figures in words: whenever the
// guarded test finds something, its bit is set.
func TestSentenceFeaturesAreNecessary(t *testing.T) {
	vocab := []string{"round", "rounds", "second", "-round", "year-round", "roundtable", "cut-off", "cutoff", "call", "calls", "phase", "tranche", "wave", "waves",
		"fund", "£2m", "the", "of", "from", "scheme", "programme", "projects", "(projects)", "bids,", "grants", "awards", "refused", "declined", "2", "two", "first", "x", "", "million", "pounds", "euros", "dollarsx", "dollars", "thousand",
		"window", "intake", "third", "and final", "and last", "the latest", "second-round", "Round", "cut-offs", "wave 2", "tranche 3", "fund,", "£5m", "shared", "standard", "allocation", "first standard allocation"}
	rnd := lcg(11)
	for i := 0; i < 20000; i++ {
		s := rnd.words(vocab, []string{" ", "  ", ", ", ". ", "", "-", "’s "}, 9)
		f := sentenceFeatures(s)
		if projectCount(s) > 0 && f&featProjects == 0 {
			t.Fatalf("projectCount(%q) counts without featProjects", s)
		}
		if len(scanAmountsWords(s, true)) != len(scanAmountsWords(s, f&featCurrency != 0)) {
			t.Fatalf("scanAmounts(%q) finds a figure in words without featCurrency", s)
		}
		if len(findRoundsIn(s)) > 0 && !mayRoundWord(s) {
			t.Fatalf("findRounds(%q) finds a round without mayRoundWord", s)
		}
		if hasAnyWord(s, refusalWords) && f&featRefusal == 0 {
			t.Fatalf("hasAnyWord(%q, refusalWords) without featRefusal", s)
		}
		for _, w := range []string{"the", "fund", "of the"} {
			if containsAfterSpace(s, w) != strings.Contains(s, " "+w) {
				t.Fatalf("containsAfterSpace(%q, %q) = %v", s, w, !strings.Contains(s, " "+w))
			}
		}
	}
}

func TestJoinedHeadCuesMatchConcatenation(t *testing.T) {
	parts := []string{"", "New", "Zealand", "New Zealand", "x NS", "W y", "Mā", "ori", "é", "Can", "ada", "U.", "S.", "  ", "abc", "Quebec", "Qu", "ébec", "America", "ZZZZZZZZ", "Victorian", " Government"}
	rnd := lcg(5)
	next := rnd.intn
	for i := 0; i < 20000; i++ {
		var a, b strings.Builder
		for k, n := 0, next(6); k < n; k++ {
			a.WriteString(parts[next(len(parts))])
		}
		for k, n := 0, next(6); k < n; k++ {
			b.WriteString(parts[next(len(parts))])
		}
		n := next(60)
		var want uint
		for k, c := range dollarCues {
			if containsAny(head(a.String()+" "+b.String(), n), c.cues) {
				want |= 1 << k
			}
		}
		if got := (joinedHead{a.String(), b.String(), n}).cues(); got != want {
			t.Fatalf("joinedHead{%q, %q, %d}.cues() = %b, want %b", a.String(), b.String(), n, got, want)
		}
	}
}

// TestNegativePhraseKeysAreNecessary checks that every negativePhrases
// entry has its key word as a whole letter run wherever hasWord finds it.
func TestNegativePhraseKeysAreNecessary(t *testing.T) {
	for _, p := range negativePhrases {
		for _, win := range []string{p, "x " + p + ".", "(" + p + ")", "£5m # " + p} {
			if !hasWord(win, p) {
				continue
			}
			found := false
			for _, w := range strings.FieldsFunc(win, func(r rune) bool { return r > 0x7f || !isLetter(byte(r)) }) {
				if negativePhraseKeys[w] {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no key word for %q", win, p)
			}
		}
	}
}

func TestLowerFromMatchesByteLoop(t *testing.T) {
	rnd := lcg(3)
	for n := 0; n < 20000; n++ {
		b := make([]byte, int(rnd.next()>>59)) // 0..31 bytes
		for k := range b {
			b[k] = byte(rnd.next() >> 56)
		}
		s := string(b)
		for i := 0; i <= len(s); i += 3 {
			want := []byte(s)
			for j := i; j < len(want); j++ {
				if want[j] >= 'A' && want[j] <= 'Z' {
					want[j] += 32
				}
			}
			if got := lowerFrom(s, i); got != string(want) {
				t.Fatalf("lowerFrom(%q, %d) = %q, want %q", s, i, got, want)
			}
		}
	}
}

func TestLooksBinaryMatchesByteLoop(t *testing.T) {
	ref := func(head []byte) bool {
		if len(head) > 8<<10 {
			head = head[:8<<10]
		}
		ctrl := 0
		for _, c := range head {
			if c == 0 {
				return true
			}
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctrl++
			}
		}
		return ctrl*10 > len(head)
	}
	alphabet := []byte{0, 1, 0x1f, 0x20, 'a', '\n', '\t', 0x7f, 0x80, 0x9f, 0xa0, 0xff, 0x0b}
	rnd := lcg(9)
	for n := 0; n < 20000; n++ {
		b := make([]byte, int(rnd.next()>>58)) // 0..63 bytes
		for k := range b {
			if v := rnd.next(); v>>60 < 12 {
				b[k] = 'x' // mostly plain text, so that some chunks are clean
			} else {
				b[k] = alphabet[int(v>>33)%len(alphabet)]
			}
		}
		if len(b) > 0 && (b[0] == 0xFF || b[0] == 0xFE) {
			b[0] = 'x' // no BOM or signature: only the control-byte count differs
		}
		if got, want := looksBinary(b), ref(b); got != want {
			t.Fatalf("looksBinary(%q) = %v, want %v", b, got, want)
		}
	}
}

func TestFoldedInMatchesToLower(t *testing.T) {
	m := map[string]string{"of": "a", "the": "b", "police": "c", "é": "d", "k": "e", strings.Repeat("x", 70): "f"}
	for _, w := range []string{"", "Of", "OF", "of", "The", "POLICE", "É", "\u212A", "K", strings.Repeat("X", 70), strings.Repeat("X", 64), "ofx", "Ä"} {
		if got, want := foldedIn(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("foldedIn(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { foldedIn(m, "Police") }); n != 0 {
		t.Errorf("foldedIn allocates %v times", n)
	}
}

func TestUpperInvariantMatchesToUpper(t *testing.T) {
	for _, s := range []string{"", "ABC", "AbC", "NEWS | BBC", "ÉCOLE", "École", "ß", "\ufffd", "A\xffB", "ǅ", "ǆ", "Σ", "σ", "123 - £5M", "ﬁ", "İ", "ı", "K"} {
		if got, want := upperInvariant(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("upperInvariant(%q) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		s := "A" + string(r)
		if got, want := upperInvariant(s), strings.ToUpper(s) == s; got != want {
			t.Fatalf("upperInvariant(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestClauseEndMatchesIndex(t *testing.T) {
	marks := []string{", which", ", who", ", so that", "; ", ". ", ", while", " while ", ", and the", ", but", " – ", " — ", ", money that", ", with "}
	vocab := []string{", Which", ", who", ", so", " that", ";", " ", ".", ", While", " while", " – ", " —", ", AND the", ", but", ", money", ", with", "x", "Leeds", "£5m", "—", ","}
	rnd := lcg(13)
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := 0; k < 6; k++ {
			sb.WriteString(vocab[int(rnd.next()>>33)%len(vocab)])
		}
		s := sb.String()
		low := asciiLower(s)
		want := len(s)
		for _, c := range marks {
			if k := strings.Index(low, c); k >= 0 && k < want {
				want = k
			}
		}
		if got := clauseEnd(s); got != want {
			t.Fatalf("clauseEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

// lcg is the small deterministic generator of the randomised tests.
type lcg uint64

func (r *lcg) next() uint64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return uint64(*r)
}

// intn is a number in [0, n).
func (r *lcg) intn(n int) int { return int((r.next() >> 33) % uint64(n)) }

// words is fewer than max words of vocab, each followed by one of seps.
func (r *lcg) words(vocab, seps []string, max int) string {
	var sb strings.Builder
	for k, n := 0, r.intn(max); k < n; k++ {
		sb.WriteString(vocab[r.intn(len(vocab))])
		sb.WriteString(seps[r.intn(len(seps))])
	}
	return sb.String()
}

// TestCumulativeCueQuickTest checks cumulativeCue's quick test: whenever
// the cues find a cumulative telling, one of its words is there.
func TestCumulativeCueQuickTest(t *testing.T) {
	vocab := []string{"since", "then,", "it", "was", "launched", "has", "have", "had", "the", "fund", "began", "to", "date", "so", "far", "by", "end", "of", "2021", "1995", "set", "up", "largest", "first", "£2m", "x", ""}
	rnd := lcg(17)
	found := 0
	for i := 0; i < 20000; i++ {
		s := rnd.words(vocab, []string{" ", ", ", ". "}, 10)
		if cumulativeCueIn(s) != cumulativeCue(s) {
			t.Fatalf("cumulativeCue(%q) = %v, without its quick test %v", s, cumulativeCue(s), cumulativeCueIn(s))
		}
		if cumulativeCueIn(s) {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d of the phrases are cumulative tellings: the check tests too little", found)
	}
}
