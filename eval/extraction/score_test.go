package extraction

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"don't snake_case 3.5%", []string{"don", "t", "snake_case", "3", "5"}},
		{"Ünïcödé—naïve «quoted»", []string{"Ünïcödé", "naïve", "quoted"}},
		{"先日、iPhoneを販売", []string{"先日", "iPhoneを販売"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Tokens(tt.in)); diff != "" {
			t.Errorf("Tokens(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestCompare checks per-page counts worked out by hand.
func TestCompare(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        Counts
		p, r        float64
	}{
		// 5 tokens = shingles abcd, bcde; prediction has abcd and bcdf.
		{"one shingle wrong", "a b c d e", "a b c d f", Counts{TP: 1. / 3, FP: 1. / 3, FN: 1. / 3}, 0.5, 0.5},
		{"identical", "a b c d e", "a, b; c d e", Counts{TP: 1}, 1, 1},
		{"both empty", "", "", Counts{}, 1, 1},
		{"nothing predicted", "a b c d", "", Counts{FN: 1}, 0, 0},
		{"nothing true", "", "a b c d", Counts{FP: 1}, 0, 0},
		// Short texts are one shingle of all their tokens.
		{"short", "a b", "a b", Counts{TP: 1}, 1, 1},
		// Repeats count: the truth has abcd twice (a b c d a b c d →
		// abcd, bcda, cdab, dabc, abcd), the prediction once.
		{"multiset", "a b c d a b c d", "a b c d", Counts{TP: 1. / 5, FN: 4. / 5}, 1, 0.2},
	}
	for _, tt := range tests {
		got := Compare(tt.truth, tt.pred)
		if !close(got.TP, tt.want.TP) || !close(got.FP, tt.want.FP) || !close(got.FN, tt.want.FN) {
			t.Errorf("%s: Compare = %+v, want %+v", tt.name, got, tt.want)
		}
		if !close(got.Precision(), tt.p) || !close(got.Recall(), tt.r) {
			t.Errorf("%s: P, R = %.3f, %.3f, want %.3f, %.3f", tt.name, got.Precision(), got.Recall(), tt.p, tt.r)
		}
	}
}

// TestAggregate checks that precision is averaged over pages that
// predicted something and recall over pages whose truth has something,
// and that F1 is the harmonic mean of those averages.
func TestAggregate(t *testing.T) {
	rows := []Counts{
		{TP: 1},                       // P 1, R 1
		{TP: 0.5, FP: 0.5},            // P 0.5, R 1
		{FN: 1},                       // nothing predicted: recall 0, not in precision
		{TP: 0.25, FP: 0.25, FN: 0.5}, // P 0.5, R 1/3
	}
	s := Aggregate(rows, []bool{true, false, false, false})
	p := (1 + 0.5 + 0.5) / 3
	r := (1 + 1 + 0 + 1.0/3) / 4
	if !close(s.Precision, p) || !close(s.Recall, r) || !close(s.F1, 2*p*r/(p+r)) || !close(s.Accuracy, 0.25) {
		t.Errorf("Aggregate = %+v, want P %.4f R %.4f F1 %.4f acc 0.25", s, p, r, 2*p*r/(p+r))
	}
}

// TestPyRandom checks the generator against Python 3:
// random.Random(0); [r.randint(0, 180) for _ in range(10)].
func TestPyRandom(t *testing.T) {
	r := newPyRandom(0)
	var got []int
	for range 10 {
		got = append(got, r.below(181))
	}
	want := []int{98, 107, 10, 66, 130, 124, 103, 77, 122, 91}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("draws differ from Python's (-want +got):\n%s", diff)
	}
}

func TestBootstrapSeeded(t *testing.T) {
	rows := []Counts{{TP: 1}, {TP: 0.5, FP: 0.5}, {FN: 1}, {TP: 0.2, FN: 0.8}}
	a := Bootstrap(rows, nil, 200, 7)
	b := Bootstrap(rows, nil, 200, 7)
	if a != b {
		t.Errorf("same seed gave %+v and %+v", a, b)
	}
	if a.F1 <= 0 || a.F1 > 0.5 {
		t.Errorf("spread of F1 = %v, want a small positive number", a.F1)
	}
}

func close(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
