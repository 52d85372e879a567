package parse

import (
	"encoding/binary"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Allocation-free stand-ins for the strings.Fields(s)[i] idioms on hot
// paths. A field is a maximal run of runes that are not unicode.IsSpace,
// exactly as strings.Fields splits.

// spaceAt reports whether the rune at s[i] is white space, and its width.
func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r', 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// spaceBefore reports whether the rune ending at s[:j] is white space, and
// its width.
func spaceBefore(s string, j int) (bool, int) {
	c := s[j-1]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r', 1
	}
	r, size := utf8.DecodeLastRuneInString(s[:j])
	return unicode.IsSpace(r), size
}

// firstField is strings.Fields(s)[0], or "" when s has no field.
func firstField(s string) string {
	i := 0
	for i < len(s) {
		sp, n := spaceAt(s, i)
		if !sp {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		sp, n := spaceAt(s, j)
		if sp {
			break
		}
		j += n
	}
	return s[i:j]
}

// lastField is the last of strings.Fields(s), or "" when s has no field.
func lastField(s string) string {
	i, j := fieldBefore(s, len(s))
	return s[i:j]
}

// fieldBefore returns the bounds of the last field of s[:j]; i == j when
// there is none.
func fieldBefore(s string, j int) (int, int) {
	for j > 0 {
		sp, n := spaceBefore(s, j)
		if !sp {
			break
		}
		j -= n
	}
	i := j
	for i > 0 {
		sp, n := spaceBefore(s, i)
		if sp {
			break
		}
		i -= n
	}
	return i, j
}

// lastFields fills dst with the last len(dst) fields of s, in order, and
// returns the filled tail of dst plus the total number of fields in s.
func lastFields(s string, dst []string) ([]string, int) {
	k := len(dst)
	total := 0
	j := len(s)
	for j > 0 {
		i, e := fieldBefore(s, j)
		if i == e {
			break
		}
		total++
		if k > 0 {
			k--
			dst[k] = s[i:e]
		}
		j = i
	}
	return dst[k:], total
}

// countFields is len(strings.Fields(s)), counting no further than limit+1.
func countFields(s string, limit int) int {
	count := 0
	inField := false
	for i := 0; i < len(s); {
		sp, n := spaceAt(s, i)
		if !sp && !inField {
			count++
			if count > limit {
				return count
			}
		}
		inField = !sp
		i += n
	}
	return count
}

// wordByte reports an ASCII byte that trimWord keeps at a word's edge.
func wordByte(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '&' || c == '/'
}

// lastIndex is strings.LastIndex, answering the common miss with the
// faster forward search.
func lastIndex(s, sub string) int {
	if !strings.Contains(s, sub) {
		return -1
	}
	return strings.LastIndex(s, sub)
}

// containsFold reports whether s contains the lowercase ASCII word w,
// ignoring ASCII case.
func containsFold(s, w string) bool {
	if c := w[0]; !isLetter(c) {
		// a first byte without case: jump between its occurrences
		for i := 0; i < len(s); {
			k := strings.IndexByte(s[i:], c)
			if k < 0 {
				return false
			}
			if hasPrefixFold(s, i+k, w) {
				return true
			}
			i += k + 1
		}
		return false
	}
	for i := 0; i+len(w) <= len(s); i++ {
		if lowerByte(s[i]) == w[0] && hasPrefixFold(s, i, w) {
			return true
		}
	}
	return false
}

// wordFilter is a cheap pre-test for a word list: one bit per hash of a
// word's first, second and last letters and length, set for every word
// of the list. A word whose bit is clear is certainly not in the list;
// one whose bit is set still needs the map (a false positive costs a map
// lookup; with 2^16 bits and lists of a few hundred words they are rare).
type wordFilter struct {
	bits [1 << 10]uint64
	wild bool // the list has words the letters-and-length hash cannot place
}

func plainWord(w string) bool {
	return len(w) > 0 && len(w) <= 31 && w[0] >= 'a' && w[0] <= 'z' && w[len(w)-1] >= 'a' && w[len(w)-1] <= 'z'
}

// filterHash mixes a word's first, second (or first again) and last
// bytes, already lowered, with its length into 16 bits.
func filterHash(a, b, z byte, n int) uint32 {
	h := uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77 ^ uint32(z)*0xC2B2AE3D ^ uint32(n)*0x27D4EB2F
	return (h ^ h>>16) & 0xFFFF
}

func filterOf[V any](m map[string]V) *wordFilter {
	f := &wordFilter{}
	for w := range m {
		if !plainWord(w) {
			f.wild = true
			continue
		}
		// the second byte as written (for may) and lowered (for mayFold)
		for _, b := range []byte{w[min(1, len(w)-1)], lowerByte(w[min(1, len(w)-1)])} {
			h := filterHash(w[0], b, w[len(w)-1], len(w))
			f.bits[h>>6] |= 1 << (h & 63)
		}
	}
	return f
}

// mayFold is may for the ASCII lower-case form of w.
func (f *wordFilter) mayFold(w string) bool {
	if len(w) == 0 || len(w) > 31 {
		return f.wild
	}
	a, z := lowerByte(w[0]), lowerByte(w[len(w)-1])
	if a < 'a' || a > 'z' || z < 'a' || z > 'z' {
		return f.wild
	}
	h := filterHash(a, lowerByte(w[min(1, len(w)-1)]), z, len(w))
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

func (f *wordFilter) may(w string) bool {
	if !plainWord(w) {
		return f.wild
	}
	h := filterHash(w[0], w[min(1, len(w)-1)], w[len(w)-1], len(w))
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

var (
	featureFilter  = filterOf(featureWords)
	numberFilter   = filterOf(numberWords)
	negativeFilter = filterOf(negativeWords)
	chromeFilter   = filterOf(chromeTokens)
	romanceFilter  = filterOf(romanceHeads)
	fundHeadFilter = filterOf(fundHeads)
)

// guardedRE is a regular expression whose MatchString first runs a cheap
// necessary condition: a literal the pattern cannot match without. Only
// MatchString is guarded; the other methods are the expression's own.
type guardedRE struct {
	*regexp.Regexp
	may func(string) bool
}

func guard(re *regexp.Regexp, may func(string) bool) guardedRE {
	return guardedRE{re, may}
}

func (g guardedRE) MatchString(s string) bool {
	return g.may(s) && g.Regexp.MatchString(s)
}

// reSpace is the \s class of the expressions above.
const reSpace = " \t\n\f\r"

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// reRoundTotal ends in "to", "of", "worth" or a form of "total".
func mayRoundTotal(s string) bool {
	return hasAnySuffix(strings.TrimRight(s, reSpace), "to", "of", "worth", "total", "totals", "totalled", "totaled", "totalling", "totaling")
}

// rePerUnit starts with "per", "each", "a" or "for".
func mayPerUnit(s string) bool {
	return hasAnyPrefix(strings.TrimLeft(s, reSpace), "per", "each", "a", "for")
}

// every branch of reBidFor names the act (bid, apply, seek, request, ask,
// claim) or says "per".
func mayBidFor(s string) bool {
	return containsAny(s, []string{"bid", "apply", "seek", "request", "ask", "claim", "per"})
}

// reAvailable starts with a linking word or its phrase, and says
// "available", "on offer", "up for grabs" or "to be ...".
func mayAvailable(s string) bool {
	return hasAnyPrefix(strings.TrimLeft(s, reSpace), "is", "are", "has", "have", "will", "was", "were", "being", "now", "also", "still", "currently", "in", "altogether", "made", "remain", "available", "on", "up", "to") &&
		containsAny(s, []string{"available", "on offer", "up for grabs", "to be "})
}

// rePerBidLeft: its "maximum ..." branch needs "max", "minimum" or
// "largest possible"; the others end in "request", "for", "from", or in
// "of", "worth" or "between" after a grant noun.
func mayPerBidLeft(s string) bool {
	if containsAny(s, []string{"max", "minimum", "largest possible"}) {
		return true
	}
	t := strings.TrimRight(s, reSpace)
	if hasAnySuffix(t, "request", "for", "from") {
		return true
	}
	for _, w := range []string{"of", "worth", "between"} {
		if strings.HasSuffix(t, w) {
			u := strings.TrimRight(t[:len(t)-len(w)], reSpace)
			return hasAnySuffix(u, "grant", "grants", "award", "awards", "bid", "bids", "funding", "application", "applications", "sum", "sums", "amount", "amounts", "project", "projects")
		}
	}
	return false
}

// fundBeforeWords are the words of reFundBefore's linking phrases.
var fundBeforeWords = wordSet("is was has had of worth which totals totalled will be now currently in total totalling totaling valued at with a an overall budget value allocation pot been increased to expanded topped up grown rising doubled set capped amounts stands grow grows rise rises increase increases its full")

// reFundBefore ends in white space after a fund word.
// Read from the end, s must be white space, then one or more linking
// words, then a word ending in a fund word (with "'s" and a comma).
func mayFundBefore(s string) bool {
	if s == "" || strings.IndexByte(reSpace, s[len(s)-1]) < 0 {
		return false
	}
	t := strings.TrimRight(s, reSpace)
	for n := 0; t != ""; n++ {
		k := strings.LastIndexAny(t, reSpace)
		tok := t[k+1:]
		if n > 0 && endsFundWord(tok) {
			return true
		}
		if !fundBeforeWords[tok] {
			return false
		}
		t = strings.TrimRight(t[:k+1], reSpace)
	}
	return false
}

func endsFundWord(tok string) bool {
	tok = strings.TrimSuffix(tok, ",")
	tok = strings.TrimSuffix(strings.TrimSuffix(tok, "'s"), "’s")
	return hasAnySuffix(tok, "fund", "funds", "scheme", "programme", "program", "pot", "initiative", "budget")
}

// reToSpend starts with "available" or "to".
func mayToSpend(s string) bool {
	return hasAnyPrefix(strings.TrimLeft(s, reSpace), "available", "to", "a year", "each year", "per year", "this year")
}

// clauseBreaksIn returns a bit per entry of clauseBreaks that low may
// contain: clear bits are certainly absent. It tests the characters the
// breaks need (";", ",", "while", "whereas", a dash) rather than each
// break.
func clauseBreaksIn(low string) uint32 {
	semi := strings.IndexByte(low, ';') >= 0
	comma := strings.IndexByte(low, ',') >= 0
	while := strings.Contains(low, "while")
	whereas := strings.Contains(low, "whereas")
	dash := strings.IndexByte(low, 0xE2) >= 0
	var m uint32
	for bi, br := range clauseBreaks {
		var may bool
		switch {
		case strings.HasPrefix(br, ";"):
			may = semi
		case strings.Contains(br, "whereas"):
			may = whereas
		case strings.Contains(br, "while"):
			may = while && (comma || br[0] != ',')
		case br[0] == ',':
			may = comma
		case br[0] == ' ' && len(br) > 1 && br[1] == 0xE2:
			may = dash
		default:
			may = strings.Contains(low, br)
		}
		if may {
			m |= 1 << bi
		}
	}
	return m
}

// amountStart marks the bytes a figure can start with in scanAmounts: a
// digit, "$", the lead byte of "£" (0xC2) or "€" (0xE2), or the first
// letter of a currency code or sign (U, u, G, E, C, A, N).
var amountStart = func() (t [256]bool) {
	for _, c := range []byte{0xC2, 0xE2, '$', 'U', 'u', 'G', 'E', 'C', 'A', 'N', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'} {
		t[c] = true
	}
	return t
}()

// lowerFrom is asciiLower's copy: s with its ASCII capitals from i on
// lowered, in one allocation that becomes the string.
func lowerFrom(s string, i int) string {
	b := make([]byte, len(s))
	copy(b, s)
	j := i
	// eight bytes at a time: upperMask marks the capitals with 0x80, and
	// shifted to 0x20 that is the bit that lowers them
	for ; j+8 <= len(b); j += 8 {
		x := binary.LittleEndian.Uint64(b[j:])
		if m := upperMask(x); m != 0 {
			binary.LittleEndian.PutUint64(b[j:], x|m>>2)
		}
	}
	for ; j < len(b); j++ {
		if c := b[j]; c >= 'A' && c <= 'Z' {
			b[j] = c + 32
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// upperMask returns 0x80 in each byte of x that is an ASCII capital
// ('A'..'Z') and 0 elsewhere. Each byte's low seven bits are compared by
// adding constants that carry into its top bit (never into the next
// byte); bytes with the top bit set (UTF-8) are left out.
func upperMask(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs
	atLeastA := low7 + (0x80-'A')*ones
	aboveZ := low7 + (0x80-'Z'-1)*ones
	return atLeastA &^ aboveZ &^ x & highs
}

// collapseSlow is collapse's rewriting pass: runs of white space (and
// invalid bytes, U+FFFD, no-break spaces) become one space, zero-width
// spaces and BOMs go, and the ends are trimmed. ASCII bytes skip the rune
// decoding.
func collapseSlow(s string) string {
	buf := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				space = true
				continue
			}
			if space && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError || unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			if r == '\u200b' || r == '\ufeff' {
				continue
			}
			space = true
			continue
		}
		if space && len(buf) > 0 {
			buf = append(buf, ' ')
		}
		space = false
		buf = utf8.AppendRune(buf, r)
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// collapseBytes is collapse(string(b)) without the intermediate copy when
// b needs rewriting; b may be reused afterwards.
func collapseBytes(b []byte) string {
	view := unsafe.String(unsafe.SliceData(b), len(b))
	c := collapse(view)
	if len(c) == 0 {
		return ""
	}
	p, base := uintptr(unsafe.Pointer(unsafe.StringData(c))), uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if p >= base && p < base+uintptr(cap(b)) {
		return strings.Clone(c) // collapse kept (part of) b: copy before reuse
	}
	return c
}

func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// subjectCuts end the subject phrase in resolveSubject: the text after the
// last of each, in this order, is kept.
var subjectCuts = []string{" include ", " includes ", " included ", " including ", " such as ", " goes to ", " go to ", " went to ", " going to ", " as ", " is ", " are ", " was ", " were ", "; ", ": ", " among them ", " where ", " after ", " when ", " said ", " says ", " told ", " added ", " claimed ", " warned ", " noted ", " announced ", " confirmed ", " revealed ", " named ", " unveiled ", " that "}

// subjectCutFirst maps the first word of each " word ..." cut to its bit.
var subjectCutFirst = func() map[string]uint64 {
	m := map[string]uint64{}
	for i, c := range subjectCuts {
		if c[0] == ' ' {
			w := strings.TrimSpace(c)
			if k := strings.IndexByte(w, ' '); k > 0 {
				w = w[:k]
			}
			m[w] |= 1 << i
		}
	}
	return m
}()

// subjectCutsIn returns a bit per subjectCuts entry that low may contain:
// a " word ..." cut needs its first word between two spaces, "; " and
// ": " their punctuation. Clear bits are certainly absent.
func subjectCutsIn(low string) uint64 {
	var m uint64
	for i, c := range subjectCuts {
		if c[0] != ' ' && strings.IndexByte(low, c[0]) >= 0 {
			m |= 1 << i
		}
	}
	for i := 0; i < len(low); i++ {
		if low[i] != ' ' {
			continue
		}
		j := strings.IndexByte(low[i+1:], ' ')
		if j < 0 {
			break
		}
		m |= subjectCutFirst[low[i+1:i+1+j]]
		i += j
	}
	return m
}

// containsAfterSpace is strings.Contains(s, " "+w) for a w that does not
// start with a space. strings.Index looks for the first byte of what it
// seeks and then compares, so it does better from w's first letter than
// from a space, which comes every few bytes.
func containsAfterSpace(s, w string) bool {
	for i := 1; i < len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		if s[i+k-1] == ' ' {
			return true
		}
		i += k + 1
	}
	return false
}

// foldedIn is m[strings.ToLower(w)]. An ASCII w of up to 64 bytes is
// lowered into a stack buffer, which the map index reads without making
// a string of it.
func foldedIn[V any](m map[string]V, w string) V {
	if len(w) > 64 {
		return m[strings.ToLower(w)]
	}
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)] // Unicode lowering can change lengths
		}
		buf[i] = lowerByte(c)
	}
	return m[string(buf[:len(w)])]
}

// upperInvariant is strings.ToUpper(s) == s without building the upper
// case copy: no rune changes under unicode.ToUpper, and no invalid byte
// (which strings.ToUpper would replace with U+FFFD).
func upperInvariant(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// load64 is the eight bytes of s at i as a little-endian word (one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// phraseSet is a fixed list of phrases, each containing at least one of a
// few short keys: where no key occurs, no phrase can, so most sentences
// are turned away after a key search or two instead of one search per
// phrase. newPhraseSet panics (at package init) if a phrase has no key.
type phraseSet struct{ keys, phrases []string }

func newPhraseSet(keys []string, phrases ...string) phraseSet {
	for _, p := range phrases {
		if !containsAny(p, keys) {
			panic("parse: phrase " + strconv.Quote(p) + " contains none of its keys")
		}
	}
	return phraseSet{keys, phrases}
}

// in is containsAny(s, p.phrases).
func (p phraseSet) in(s string) bool {
	return containsAny(s, p.keys) && containsAny(s, p.phrases)
}
