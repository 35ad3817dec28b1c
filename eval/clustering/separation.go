package clustering

import "sort"

// ScoredPair is a pair of predicted clusters with a likeness score and
// whether gold puts them together (both hold mostly one gold label).
type ScoredPair struct {
	Score float64
	Same  bool
}

// RecallAtPrecision is the largest share of the same-label pairs that a
// threshold on the score can select while at least minPrecision of the
// pairs it selects are same-label: how many of the clusters that a
// clusterer left apart a rule on that score could join before it joins
// wrong ones as often as that. Pairs of equal score are selected together,
// as a threshold would. It is 0 when no pair is same-label.
func RecallAtPrecision(pairs []ScoredPair, minPrecision float64) float64 {
	sorted := append([]ScoredPair(nil), pairs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Score > sorted[j].Score })
	positives := 0
	for _, p := range sorted {
		if p.Same {
			positives++
		}
	}
	if positives == 0 {
		return 0
	}
	best, same := 0.0, 0
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j].Score == sorted[i].Score {
			if sorted[j].Same {
				same++
			}
			j++
		}
		if float64(same) >= minPrecision*float64(j) {
			best = max(best, float64(same)/float64(positives))
		}
		i = j
	}
	return best
}
