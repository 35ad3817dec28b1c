package clustering

import "testing"

func TestRecallAtPrecision(t *testing.T) {
	same := func(s float64) ScoredPair { return ScoredPair{s, true} }
	diff := func(s float64) ScoredPair { return ScoredPair{s, false} }
	tests := []struct {
		name  string
		pairs []ScoredPair
		min   float64
		want  float64
	}{
		{"separable: all same-label pairs score highest", []ScoredPair{diff(0.1), same(0.5), same(0.4), diff(0.3)}, 1, 1},
		// Sorted: same .5, diff .45, same .4, same .35, diff .2: at
		// precision 1 only the first; at 3/4 the first four (3 of 3).
		{"interleaved, strict", []ScoredPair{same(0.5), diff(0.45), same(0.4), same(0.35), diff(0.2)}, 1, 1.0 / 3},
		{"interleaved, lenient", []ScoredPair{same(0.5), diff(0.45), same(0.4), same(0.35), diff(0.2)}, 0.75, 1},
		{"a wrong pair scores highest", []ScoredPair{diff(0.9), same(0.5), diff(0.4)}, 0.9, 0},
		// A threshold cannot take one of two equal scores without the other.
		{"ties go together", []ScoredPair{same(0.5), diff(0.5), same(0.3)}, 0.9, 0},
		{"no same-label pair", []ScoredPair{diff(0.5)}, 0.5, 0},
		{"no pairs", nil, 0.9, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RecallAtPrecision(tt.pairs, tt.min); !near(got, tt.want) {
				t.Errorf("RecallAtPrecision = %v, want %v", got, tt.want)
			}
		})
	}
}
