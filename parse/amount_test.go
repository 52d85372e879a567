package parse

import "testing"

func TestScanAmounts(t *testing.T) {
	tests := []struct {
		in       string
		value    int64
		min      int64
		currency string
		qual     string
		n        int // number of figures expected (1 unless set)
	}{
		{in: "£1,250,000", value: 1250000, currency: "GBP"},
		{in: "awarded £2.9m for", value: 2900000, currency: "GBP"},
		{in: "the £1.2bn programme", value: 1200000000, currency: "GBP"},
		{in: "£500k", value: 500000, currency: "GBP"},
		{in: "4.8 million pounds", value: 4800000, currency: "GBP"},
		{in: "£26 million", value: 26000000, currency: "GBP"},
		{in: "£21.520m", value: 21520000, currency: "GBP"},
		{in: "£0.973m", value: 973000, currency: "GBP"},
		{in: "$3.4 million", value: 3400000, currency: "USD"},
		{in: "US$250,000", value: 250000, currency: "USD"},
		{in: "€75,000", value: 75000, currency: "EUR"},
		{in: "GBP 500k", value: 500000, currency: "GBP"},
		{in: "CAD $900,000", value: 900000, currency: "CAD"},
		{in: "USD$2.4 million", value: 2400000, currency: "USD"},
		{in: "EUR 2 million", value: 2000000, currency: "EUR"},
		{in: "EUR 2 499 850 for", value: 2499850, currency: "EUR"},
		{in: "€ 1 412 500,00 of EU funding", value: 1412500, currency: "EUR"},
		{in: "€1\u00a0250\u00a0000", value: 1250000, currency: "EUR"},
		{in: "EUR 1.250.000 for", value: 1250000, currency: "EUR"},
		{in: "€ 872.400,00 of EU funding", value: 872400, currency: "EUR"},
		{in: "EUR 410.500", value: 410500, currency: "EUR"},
		{in: "€ 45.000,- for", value: 45000, currency: "EUR"},
		{in: "€ 3,2 milioni to", value: 3200000, currency: "EUR"},
		{in: "2,5 Mio. € for", value: 2500000, currency: "EUR"},
		{in: "4 miljoen euro", value: 4000000, currency: "EUR"},
		{in: "€ 1,2 mln", value: 1200000, currency: "EUR"},
		{in: "$3.5MM over three years", value: 3500000, currency: "USD"},
		{in: "a $1.2 mil grant to", value: 1200000, currency: "USD"},
		{in: "will receive £1.2 m to extend", value: 1200000, currency: "GBP"},
		{in: "has given GBP£1.2m to", value: 1200000, currency: "GBP"},
		{in: "£1½m for a hydro scheme", value: 1500000, currency: "GBP"},
		{in: "£2¼ million to", value: 2250000, currency: "GBP"},
		{in: "£40 metres of fencing", value: 40, currency: "GBP"},
		{in: "receives SEK 4,2 million (EUR 371 000) for", value: 371000, currency: "EUR"},
		{in: "SEK 3 million to", n: -1},
		{in: "1.250.000 EUR", value: 1250000, currency: "EUR"},
		{in: "€2.500 million", value: 2500000, currency: "EUR"},
		{in: "£0.175m", value: 175000, currency: "GBP"},
		{in: "£350 in 2016 2017", value: 350, currency: "GBP"},
		{in: "£2 5000 homes", value: 2, currency: "GBP"},
		{in: "500 dollars", value: 500, currency: "USD"},
		{in: "Mrs Kath Stanwick, 7 Pound Lane, Marbury", n: -1},
		{in: "5 Pounds Sterling", value: 5, currency: "GBP"},
		{in: "more than £26 million", value: 26000000, currency: "GBP", qual: "more than"},
		{in: "a little over £2.2m", value: 2200000, currency: "GBP", qual: "more than"},
		{in: "over £1 million", value: 1000000, currency: "GBP", qual: "more than"},
		{in: "almost £4.5 million", value: 4500000, currency: "GBP", qual: "almost"},
		{in: "nearly £20m", value: 20000000, currency: "GBP", qual: "almost"},
		{in: "up to £20m per bid", value: 20000000, currency: "GBP", qual: "up to"},
		{in: "around £30 million", value: 30000000, currency: "GBP", qual: "around"},
		{in: "£5,000 to £10,000", value: 10000, min: 5000, currency: "GBP", qual: "between"},
		{in: "£10-20m", value: 20000000, min: 10000000, currency: "GBP", qual: "between"},
		{in: "between £1m and £2.5m", value: 2500000, min: 1000000, currency: "GBP", qual: "between"},
		{in: "between €500,000 and €3 million", value: 3000000, min: 500000, currency: "EUR", qual: "between"},
		{in: "£500-£750", value: 750, min: 500, currency: "GBP", qual: "between"},
		{in: "£2.2m in 2016/17 and a further £3.5m", value: 2200000, currency: "GBP", n: 2},
		// not money
		{in: "in 2016/17", n: -1},
		{in: "28 projects", n: -1},
		{in: "a fall of 30% since 2010", n: -1},
		{in: "call 01335 555 010", n: -1},
		{in: "the multi-million pound fund", n: -1},
		{in: "£ sign alone", n: -1},
		{in: "43 forces", n: -1},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := scanAmounts(tc.in)
			want := tc.n
			if want == 0 {
				want = 1
			}
			if want < 0 {
				if len(got) != 0 {
					t.Fatalf("scanAmounts(%q) = %+v, want none", tc.in, got)
				}
				return
			}
			if len(got) != want {
				t.Fatalf("scanAmounts(%q) found %d figures (%+v), want %d", tc.in, len(got), got, want)
			}
			m := got[0]
			if m.Value != tc.value || m.Min != tc.min || m.Currency != tc.currency || m.Qual != tc.qual {
				t.Errorf("scanAmounts(%q) = value %d min %d %s qual %q; want %d %d %s %q", tc.in, m.Value, m.Min, m.Currency, m.Qual, tc.value, tc.min, tc.currency, tc.qual)
			}
			if m.Start < 0 || m.End > len(tc.in) || m.Start >= m.End || m.QStart > m.Start {
				t.Errorf("bad span %+v", m)
			}
		})
	}
}

func TestDecimalCommaMillions(t *testing.T) {
	for _, tc := range []struct {
		in    string
		value int64
	}{
		{"€2,9 million", 2900000},
		{"EUR 1,25 million", 1250000},
		{"€3,5m", 3500000},
		{"€1,2bn", 1200000000},
		{"€2,900 million", 2900000000},
		{"€12,500", 12500},
	} {
		ms := scanAmounts(tc.in)
		if len(ms) != 1 || ms[0].Value != tc.value {
			t.Errorf("%q: got %+v, want %d", tc.in, ms, tc.value)
		}
	}
}

// TestWordAmounts: figures written in words, beside figures in digits.
func TestWordAmounts(t *testing.T) {
	for in, want := range map[string][]int64{
		"Two million pounds went to the trust.":               {2000000},
		"It received twenty-five thousand pounds and £3,000.": {25000, 3000},
		"half a million pounds for the roof":                  {500000},
		"Five million euros and 4.8 million pounds":           {5000000, 4800000},
		"two million people and pounds of flour":              nil,
		"The million pounds question":                         nil,
	} {
		var got []int64
		for _, m := range scanAmounts(in) {
			got = append(got, m.Value)
		}
		if len(got) != len(want) {
			t.Errorf("scanAmounts(%q) = %v, want %v", in, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("scanAmounts(%q) = %v, want %v", in, got, want)
			}
		}
	}
}

// TestHundredsInWords: "three hundred and twenty thousand pounds",
// "one hundred and twenty-five thousand pounds", "five hundred thousand
// pounds" are figures in words.
func TestHundredsInWords(t *testing.T) {
	for s, want := range map[string]int64{
		"won three hundred and twenty thousand pounds from": 320000,
		"one hundred and twenty-five thousand pounds":       125000,
		"gets five hundred thousand pounds":                 500000,
		"twenty-five thousand pounds":                       25000,
		"two hundred million pounds":                        200000000,
		"receive one and a half million pounds to":          1500000,
		"awarded a quarter of a million pounds from":        250000,
		"received two thousand five hundred pounds for":     2500,
		"a grant of three hundred pounds be made to":        300,
		"five hundred and fifty pounds":                     550,
		"given one thousand two hundred and fifty pounds":   1250,
		"awarded two million four hundred thousand pounds":  2400000,
		"one billion two hundred million pounds":            1200000000,
		"three million and fifty thousand euros":            3050000,
		"shared a hundred and twenty thousand pounds":       120000,
		"it cost a hundred pounds":                          100,
	} {
		ms := scanAmountsWords(s, true)
		if len(ms) != 1 || ms[0].Value != want {
			t.Errorf("%q: %+v, want %d", s, ms, want)
		}
	}
	if ms := scanAmountsWords("a hundred thousand pounds", true); len(ms) != 1 || ms[0].Value != 100000 {
		t.Errorf("a hundred: %+v", ms)
	}
}

// TestEUMillionNotation: the EU writes millions with a capital M set
// apart and the euro after: "9.8 M EUR", "9.8 MEUR", "€ 9.8 M", "9,8 M€".
// A stray "M" after a pound figure is no million.
func TestEUMillionNotation(t *testing.T) {
	for _, tc := range []struct {
		in    string
		value int64
	}{
		{"approved 9.8 M EUR for four projects", 9800000},
		{"approved 9.8 MEUR for four projects", 9800000},
		{"a grant of € 9.8 M for the trail", 9800000},
		{"EUR 2.5 M, the largest", 2500000},
		{"9,8 M€ for the trail", 9800000},
		{"500 € for each school", 500},
		{"£5 M&S vouchers", 5},
	} {
		ms := scanAmounts(tc.in)
		if len(ms) != 1 || ms[0].Value != tc.value || tc.value != 5 && ms[0].Currency != "EUR" {
			t.Errorf("%q: got %+v, want %d", tc.in, ms, tc.value)
		}
	}
}

// TestEuroInWordsSingular: Irish usage writes "two million euro"; it is
// money as "two million euros" is, and "European" is no currency.
func TestEuroInWordsSingular(t *testing.T) {
	if ms := scanAmounts("which will receive two million euro towards a shared facility"); len(ms) != 1 || ms[0].Value != 2000000 || ms[0].Currency != "EUR" {
		t.Errorf("got %+v", ms)
	}
	if ms := scanAmounts("two million European citizens"); len(ms) != 0 {
		t.Errorf("got %+v", ms)
	}
}

func TestUnquoteFigure(t *testing.T) {
	s := `will receive “around £2 million” to`
	ms := scanAmounts(s)
	if len(ms) != 1 || s[ms[0].QStart:ms[0].End] != "“around £2 million”" || ms[0].Qual != "around" {
		t.Fatalf("%+v", ms)
	}
	// a quotation that goes on past the figure is left alone
	s = `he said "£2 million is a lot"`
	if ms := scanAmounts(s); len(ms) != 1 || s[ms[0].QStart:ms[0].End] != "£2 million" {
		t.Fatalf("%+v", ms)
	}
}
