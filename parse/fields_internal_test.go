package parse

import (
	"strings"
	"testing"
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
