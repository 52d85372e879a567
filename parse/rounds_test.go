package parse

import "testing"

func TestFindRounds(t *testing.T) {
	tests := []struct {
		in     string
		num    int
		future bool
		recap  bool
		none   bool
	}{
		{in: "in the second round of the fund", num: 2},
		{in: "the second-round bids", num: 2},
		{in: "round 2 of the levelling up fund", num: 2},
		{in: "round two of the fund", num: 2},
		{in: "the third bidding round", num: 3},
		{in: "the latest round of the fund"},
		{in: "the 2017/18 round of the fund"},
		{in: "the next round will open in october", future: true},
		{in: "a fourth round is expected next year", num: 4, future: true},
		{in: "in previous rounds", recap: true},
		{in: "the third tranche of the active travel fund", num: 3},
		{in: "year-round activities", none: true},
		{in: "around £5m", none: true},
		{in: "a roundtable on policing", none: true},
	}
	for _, tc := range tests {
		got := findRounds(tc.in)
		if tc.none {
			if len(got) != 0 {
				t.Errorf("findRounds(%q) = %+v, want none", tc.in, got)
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("findRounds(%q) found nothing", tc.in)
			continue
		}
		m := got[0]
		if m.num != tc.num || m.future != tc.future || m.recap != tc.recap {
			t.Errorf("findRounds(%q) = %+v, want num %d future %v recap %v", tc.in, m, tc.num, tc.future, tc.recap)
		}
	}
}

func TestProjectCount(t *testing.T) {
	for in, want := range map[string]int{
		"twenty-eight policing projects will share":     28,
		"£23 million to 14 projects":                    14,
		"for 15 successful bids to the fund":            15,
		"the winning bids were led by 10 police forces": 0,
		"in 2016 the fund":                              0,
		"£5m for 28 projects":                           28,
	} {
		if got := projectCount(in); got != want {
			t.Errorf("projectCount(%q) = %d, want %d", in, got, want)
		}
	}
}
