package numbers

import (
	"math"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text      string
		want      string // the quantity's text
		value     float64
		unit      Unit
		qual      string
		rng, year bool
		head      string
	}{
		{"more than 52,000 dead", "more than 52,000", 52000, Count, "over", false, false, "dead"},
		{"470 000 people", "470 000", 470000, Count, "", false, false, "people"},
		{"470\u00a0000 people", "470\u00a0000", 470000, Count, "", false, false, "people"},
		{"nearly half a million refugees", "nearly half a million", 500000, Count, "under", false, false, "refugees"},
		{"280 thousand killed", "280 thousand", 280000, Count, "", false, false, "killed"},
		{"a $1.5bn deal", "$1.5bn", 1.5e9, USD, "", false, false, "deal"},
		{"a $1.5 billion deal", "$1.5 billion", 1.5e9, USD, "", false, false, "deal"},
		{"1.5 billion dollars", "1.5 billion dollars", 1.5e9, USD, "", false, false, ""},
		{"US$2.5 billion", "US$2.5 billion", 2.5e9, USD, "", false, false, ""},
		{"two-thirds of voters", "two-thirds", 2.0 / 3, Fraction, "", false, false, "voters"},
		{"two thirds of voters", "two thirds", 2.0 / 3, Fraction, "", false, false, "voters"},
		{"a third of the budget", "a third", 1.0 / 3, Fraction, "", false, false, "budget"},
		{"1.8 million cubic metres", "1.8 million", 1.8e6, Count, "", false, false, "cubic"},
		{"1,800,000 cubic metres", "1,800,000", 1.8e6, Count, "", false, false, "cubic"},
		{"€420 million fund", "€420 million", 4.2e8, EUR, "", false, false, "fund"},
		{"420 million euro fund", "420 million euro", 4.2e8, EUR, "", false, false, "fund"},
		{"EUR 420m", "EUR 420m", 4.2e8, EUR, "", false, false, ""},
		{"3,500,000 euros a day", "3,500,000 euros", 3.5e6, EUR, "", false, false, "day"},
		{"up 12% on the year", "12%", 12, Percent, "", false, false, ""},
		{"12 per cent", "12 per cent", 12, Percent, "", false, false, ""},
		{"between 200 and 300 people", "between 200 and 300", 200, Count, "", true, false, "people"},
		{"200-300 people", "200-300", 200, Count, "", true, false, "people"},
		{"1.5 to 2 million people", "1.5 to 2 million", 1.5e6, Count, "", true, false, "people"},
		{"tens of thousands of people", "tens of thousands", 20000, Count, "", true, false, "people"},
		{"hundreds of thousands fled", "hundreds of thousands", 200000, Count, "", true, false, "fled"},
		{"thousands of people", "thousands", 2000, Count, "", true, false, "people"},
		{"seven people died", "seven", 7, Count, "", false, false, "people"},
		{"twenty-five soldiers", "twenty-five", 25, Count, "", false, false, "soldiers"},
		{"two hundred and fifty thousand", "two hundred and fifty thousand", 250000, Count, "", false, false, ""},
		{"a quarter of a million", "a quarter of a million", 250000, Count, "", false, false, ""},
		{"at least 37 people", "at least 37", 37, Count, "over", false, false, "people"},
		{"some 43 ships", "some 43", 43, Count, "about", false, false, "ships"},
		{"opened in 1998 when", "1998", 1998, Count, "", false, true, ""},
		{"a 48-hour pause", "48", 48, Count, "", false, false, "hour"},
		{"a dozen ships", "a dozen", 12, Count, "", false, false, "ships"},
		{"1.800.000 people", "1.800.000", 1.8e6, Count, "", false, false, "people"},
		{"10k runners", "10k", 10000, Count, "", false, false, "runners"},
	}
	for _, tc := range tests {
		qs := Find(tc.text)
		if len(qs) == 0 {
			t.Errorf("Find(%q) = none, want %q", tc.text, tc.want)
			continue
		}
		q := qs[0]
		got := tc.text[q.Start:q.End]
		if got != tc.want || math.Abs(q.Value-tc.value) > 1e-9*math.Max(1, tc.value) || q.Unit != tc.unit ||
			q.Qualifier != tc.qual || q.Range != tc.rng || q.Year != tc.year || q.Head != tc.head {
			t.Errorf("Find(%q) = %q value %v unit %q qual %q range %v year %v head %q;\n want %q value %v unit %q qual %q range %v year %v head %q",
				tc.text, got, q.Value, q.Unit, q.Qualifier, q.Range, q.Year, q.Head,
				tc.want, tc.value, tc.unit, tc.qual, tc.rng, tc.year, tc.head)
		}
	}
}

func TestFindSkips(t *testing.T) {
	for _, text := range []string{
		"on 7/14/2016 at 10:30", "the 2nd round", "in the 1990s", "at 4.30 a.m. on Monday",
		"the second half of the year", "no number here", "a half-hour drive", "someone",
		"one of the injured", "One of them",
	} {
		if qs := Find(text); len(qs) != 0 {
			t.Errorf("Find(%q) = %+v, want none", text, qs)
		}
	}
}

func TestFindSeveral(t *testing.T) {
	text := "The Marhold index rose to 31.4 in April from 12.2 in March, and 19 people, including two children, died."
	var got []float64
	for _, q := range Find(text) {
		got = append(got, q.Value)
	}
	want := []float64{31.4, 12.2, 19, 2}
	if len(got) != len(want) {
		t.Fatalf("values = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("values = %v, want %v", got, want)
		}
	}
}

func TestAgrees(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"470,000", "470 000", true},
		{"1.8 million", "1,800,000", true},
		{"nearly half a million", "470,000", true},
		{"more than 360,000", "more than 190,000", false},
		{"360,000", "190,000", false},
		{"about 500", "480", true},
		{"14,600", "nearly 15,000", true},
		{"10,200", "14,600", false},
		{"10,200", "nearly 15,000", false},
		{"43", "more than 60", false},
		{"two-thirds", "67%", true},
		{"two-thirds", "half of", false},
		{"$1.5bn", "1.5 billion dollars", true},
		{"$1.5bn", "€1.5bn", false},
		{"$2.5 billion", "$1.8 billion", false},
		{"seven", "7", true},
		{"seven", "eight", false},
		{"between 200 and 300", "250", true},
		{"between 200 and 300", "350", false},
		{"tens of thousands", "50,000", true},
		{"1.8 million", "1.85 million", true},
		{"1.8 million", "2 million", true}, // "2 million" is a round figure
		{"1.8 million", "2.5 million", false},
		{"25", "26", false},
		{"37", "at least 37", true},
		{"2011", "2,011", false},
	}
	for _, tc := range tests {
		qa, qb := Find(tc.a), Find(tc.b)
		if len(qa) != 1 || len(qb) != 1 {
			t.Errorf("Find(%q)=%d, Find(%q)=%d quantities, want one each", tc.a, len(qa), tc.b, len(qb))
			continue
		}
		if got := Agrees(qa[0], qb[0]); got != tc.want {
			t.Errorf("Agrees(%q [%v,%v], %q [%v,%v]) = %v, want %v", tc.a, qa[0].Low, qa[0].High, tc.b, qb[0].Low, qb[0].High, got, tc.want)
		}
		if Agrees(qa[0], qb[0]) != Agrees(qb[0], qa[0]) {
			t.Errorf("Agrees(%q, %q) is not symmetric", tc.a, tc.b)
		}
	}
}

func TestKey(t *testing.T) {
	pairs := [][2]string{{"1.8 million", "1,800,000"}, {"$1.5bn", "US$1.5 billion"}, {"470 000", "470,000"}}
	for _, p := range pairs {
		a, b := Find(p[0]), Find(p[1])
		if len(a) != 1 || len(b) != 1 || a[0].Key() != b[0].Key() {
			t.Errorf("Key(%q) != Key(%q): %v %v", p[0], p[1], a, b)
		}
	}
}
