package rouge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Perl's rand after srand, as printed by
//
//	perl -e 'for $s (0,1,5,999){srand($s); print join(",", map {int(rand(30))} 1..5), " "}'
//	perl -e 'srand(0); printf "%.17g\n", rand()'
//
// with perl 5.36.
func TestDrand48MatchesPerl(t *testing.T) {
	want := map[uint64][]int{
		0:   {5, 22, 2, 26, 17},
		1:   {1, 13, 25, 10, 16},
		5:   {15, 8, 23, 5, 15},
		999: {3, 19, 24, 27, 23},
	}
	for seed, w := range want {
		r := perlSrand(seed)
		var got []int
		for range w {
			got = append(got, r.intn(30))
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("srand(%d) (-perl +go):\n%s", seed, diff)
		}
	}
	r := perlSrand(0)
	if got := r.next(); got != 0.17082803610628972 {
		t.Errorf("srand(0); rand() = %.17g, perl gives 0.17082803610628972", got)
	}
}

func TestRound5(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{5.0 / 6, 0.83333},
		{2.0 / 3, 0.66667},
		{0.123455, 0.12345}, // just below the tie in binary
		{0.5, 0.5},
		{0, 0},
	}
	for _, tt := range tests {
		if got := round5(tt.in); got != tt.want {
			t.Errorf("round5(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// With 1000 resamples at 95% ROUGE reads the interval off the 26th and the
// 975th smallest resample means (indexes 25 and 974).
func TestSummariseIndexes(t *testing.T) {
	v := make([]float64, 1000)
	for i := range v {
		v[(i*7919)%1000] = float64(i) / 1000 // a permutation of 0, .001, ..., .999
	}
	mean, low, high := summarise(v, 1000, 95)
	if mean != 0.4995 || low != 0.025 || high != 0.974 {
		t.Errorf("summarise = %v, %v, %v; want 0.4995, 0.025, 0.974", mean, low, high)
	}
	// At 90% the bounds move to indexes 50 and 949.
	if _, low, high := summarise(v, 1000, 90); low != 0.05 || high != 0.949 {
		t.Errorf("at 90%%: %v, %v; want 0.05, 0.949", low, high)
	}
}

func TestAverageOfOneClusterIsItsScore(t *testing.T) {
	s := PRF{R: 0.41234, P: 0.3, F: 0.35}
	got := average([]PRF{s}, 50, 95)
	want := Stat{Avg: s, Low: s, High: s}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
