package ner

import "math"

// scores is one token's score for every label.
type scores [numLabels]float32

// transitions holds the label bigram weights: row startState is the
// sentence start, the others are the previous label.
type transitions [numLabels + 1][numLabels]float32

// viterbi returns the best IOB2-valid label sequence for the emission
// scores, writing it into out (len(out) == len(em)). back is scratch space
// of at least len(em) rows.
func viterbi(em []scores, tr *transitions, out []int, back [][numLabels]uint8) {
	n := len(em)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	var cur, next scores
	for y := 0; y < numLabels; y++ {
		if allowed(startState, y) {
			cur[y] = tr[startState][y] + em[0][y]
		} else {
			cur[y] = negInf
		}
	}
	for t := 1; t < n; t++ {
		for y := 0; y < numLabels; y++ {
			best, arg := negInf, 0
			for p := 0; p < numLabels; p++ {
				if !allowedTab[p][y] {
					continue
				}
				if v := cur[p] + tr[p][y]; v > best {
					best, arg = v, p
				}
			}
			next[y] = best + em[t][y]
			back[t][y] = uint8(arg)
		}
		cur = next
	}
	best, arg := negInf, 0
	for y := 0; y < numLabels; y++ {
		if cur[y] > best {
			best, arg = cur[y], y
		}
	}
	out[n-1] = arg
	for t := n - 1; t > 0; t-- {
		out[t-1] = int(back[t][out[t]])
	}
}

// allowedTab caches allowed for the inner loop of viterbi.
var allowedTab = func() (a [numLabels + 1][numLabels]bool) {
	for p := 0; p <= numLabels; p++ {
		for y := 0; y < numLabels; y++ {
			a[p][y] = allowed(p, y)
		}
	}
	return a
}()
