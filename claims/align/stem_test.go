package align

import "testing"

func TestStem(t *testing.T) {
	tests := map[string]string{
		"caresses": "caress", "ponies": "poni", "cats": "cat", "agreed": "agre", "plastered": "plaster",
		"motoring": "motor", "hopping": "hop", "hoping": "hope", "happy": "happi", "relational": "relat",
		"conditional": "condit", "generalization": "gener", "hopeful": "hope", "goodness": "good",
		"adjustment": "adjust", "connection": "connect", "connected": "connect", "controlling": "control",
		"rate": "rate", "U.S.": "U.S.", "470,000": "470,000", "is": "is",
	}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
		if stemHash(in) != hashString(want) {
			t.Errorf("stemHash(%q) differs from the hash of %q", in, want)
		}
	}
}

// TestEditDistanceBand checks the banded edit distance against the full
// table, capped as it is, on every pair of a set of words that differ by
// insertions, deletions, substitutions and swaps.
func TestEditDistanceBand(t *testing.T) {
	full := func(x, y string) int {
		prev := make([]int, len(y)+1)
		cur := make([]int, len(y)+1)
		for j := range prev {
			prev[j] = j
		}
		for i := 1; i <= len(x); i++ {
			cur[0] = i
			for j := 1; j <= len(y); j++ {
				c := prev[j-1]
				if x[i-1] != y[j-1] {
					c++
				}
				cur[j] = min(c, prev[j]+1, cur[j-1]+1)
			}
			prev, cur = cur, prev
		}
		return min(prev[len(y)], 3)
	}
	words := []string{"", "a", "ab", "marhold", "marholt", "marhld", "amrhold", "marholds", "marholdss", "tessin", "tesin",
		"tessinn", "veskaria", "veskarian", "vesakria", "riel", "rile", "reil", "varga", "vargas", "harbour", "harbor",
		"harboru", "xarbourx", "abcdefghij", "abcdefghik", "bacdefghij", "abcdefgh", "abcdefghijkl"}
	for _, x := range words {
		for _, y := range words {
			if got, want := editDistance(x, y), full(x, y); got != want {
				t.Errorf("editDistance(%q, %q) = %d, want %d", x, y, got, want)
			}
		}
	}
}
