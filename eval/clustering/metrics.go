// Package clustering measures story and event clustering against gold
// labels: pairwise and BCubed precision, recall and F1, the adjusted Rand
// index, and cluster counts. It reads the evaluation sets (JSON Lines with
// event and topic labels, the UCI headline CSV), streams them through a
// clusterer in the given order or in seeded random orders, and holds the
// streaming TF-IDF baseline the numbers are compared with.
package clustering

import "math"

// Scores compares a predicted partition with a gold one.
type Scores struct {
	PairwiseP, PairwiseR, PairwiseF1 float64
	BCubedP, BCubedR, BCubedF1       float64
	ARI                              float64
	// Clusters and Gold are the numbers of predicted and gold clusters.
	Clusters, Gold int
}

// Score compares predicted labels with gold labels, item by item (the two
// slices are parallel). Pairwise scores count pairs of items placed
// together; BCubed scores average, over items, the share of an item's
// predicted cluster that shares its gold label (precision) and the share of
// its gold cluster that shares its predicted cluster (recall).
func Score(pred, gold []string) Scores {
	n := len(pred)
	var s Scores
	if n == 0 || len(gold) != n {
		return s
	}
	pi, pc := index(pred)
	gi, gc := index(gold)
	s.Clusters, s.Gold = len(pc), len(gc)
	// contingency table of (predicted, gold) cell sizes
	cell := map[[2]int]int{}
	for k := range pred {
		cell[[2]int{pi[k], gi[k]}]++
	}
	pairs := func(m int) float64 { return float64(m) * float64(m-1) / 2 }
	var same, predPairs, goldPairs float64
	for _, m := range cell {
		same += pairs(m)
	}
	for _, m := range pc {
		predPairs += pairs(m)
	}
	for _, m := range gc {
		goldPairs += pairs(m)
	}
	s.PairwiseP = ratio(same, predPairs, 1)
	s.PairwiseR = ratio(same, goldPairs, 1)
	s.PairwiseF1 = f1(s.PairwiseP, s.PairwiseR)
	// BCubed: an item in cell (p,g) has precision |cell|/|p| and recall |cell|/|g|.
	var bp, br float64
	for key, m := range cell {
		bp += float64(m) * float64(m) / float64(pc[key[0]])
		br += float64(m) * float64(m) / float64(gc[key[1]])
	}
	s.BCubedP, s.BCubedR = bp/float64(n), br/float64(n)
	s.BCubedF1 = f1(s.BCubedP, s.BCubedR)
	all := pairs(n)
	expected := ratio(predPairs*goldPairs, all, 0)
	maxIndex := (predPairs + goldPairs) / 2
	if maxIndex == expected {
		s.ARI = 1 // both partitions trivial and identical in structure
		if same != expected {
			s.ARI = 0
		}
	} else {
		s.ARI = (same - expected) / (maxIndex - expected)
	}
	return s
}

// index numbers the distinct labels in order of first appearance and
// returns each item's number and each number's cluster size.
func index(labels []string) ([]int, []int) {
	num := map[string]int{}
	out := make([]int, len(labels))
	var size []int
	for k, l := range labels {
		i, ok := num[l]
		if !ok {
			i = len(size)
			num[l] = i
			size = append(size, 0)
		}
		out[k] = i
		size[i]++
	}
	return out, size
}

func ratio(a, b, empty float64) float64 {
	if b == 0 {
		return empty
	}
	return a / b
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Mean averages scores field by field (cluster counts are rounded).
func Mean(ss []Scores) Scores {
	var m Scores
	if len(ss) == 0 {
		return m
	}
	var clusters, gold float64
	for _, s := range ss {
		m.PairwiseP += s.PairwiseP
		m.PairwiseR += s.PairwiseR
		m.PairwiseF1 += s.PairwiseF1
		m.BCubedP += s.BCubedP
		m.BCubedR += s.BCubedR
		m.BCubedF1 += s.BCubedF1
		m.ARI += s.ARI
		clusters += float64(s.Clusters)
		gold += float64(s.Gold)
	}
	n := float64(len(ss))
	m.PairwiseP /= n
	m.PairwiseR /= n
	m.PairwiseF1 /= n
	m.BCubedP /= n
	m.BCubedR /= n
	m.BCubedF1 /= n
	m.ARI /= n
	m.Clusters = int(math.Round(clusters / n))
	m.Gold = int(math.Round(gold / n))
	return m
}
