package ner

import (
	"math"
	"strings"
)

// The label set is fixed: O, then B- and I- for each type, so that the
// weights of a model file line up with these indexes.
const (
	labelO    = 0
	numTypes  = 4
	numLabels = 1 + 2*numTypes
	// startState is the row of the transition table used before the first
	// token of a sentence.
	startState = numLabels
)

// typeNames are the CoNLL entity types, in label order.
var typeNames = [numTypes]string{"PER", "LOC", "ORG", "MISC"}

// labelNames are the IOB2 tags, indexed by label.
var labelNames = func() [numLabels]string {
	var out [numLabels]string
	out[labelO] = "O"
	for k, t := range typeNames {
		out[1+2*k] = "B-" + t
		out[2+2*k] = "I-" + t
	}
	return out
}()

// labelB returns the B- label of type k, labelI the I- label.
func labelB(k int) int { return 1 + 2*k }
func labelI(k int) int { return 2 + 2*k }

// labelType returns the type index of a label, or -1 for O.
func labelType(l int) int {
	if l == labelO {
		return -1
	}
	return (l - 1) / 2
}

// isInside reports whether l is an I- label.
func isInside(l int) bool { return l != labelO && (l-1)%2 == 1 }

// allowed reports whether label b may follow label a (a may be startState)
// in IOB2: I-X only continues B-X or I-X.
func allowed(a, b int) bool {
	if !isInside(b) {
		return true
	}
	return a != startState && a != labelO && labelType(a) == labelType(b)
}

// parseLabel maps a tag to its label index. IOB1 tags are read as IOB2
// by the caller (toIOB2); unknown tags read as O.
func parseLabel(tag string) int {
	for i, n := range labelNames {
		if n == tag {
			return i
		}
	}
	return labelO
}

// toIOB2 rewrites a sentence's tags so that every entity starts with B-:
// IOB1 files (I- after O or after another type) become IOB2.
func toIOB2(tags []string) []int {
	out := make([]int, len(tags))
	prevType := ""
	for i, t := range tags {
		p, typ, ok := strings.Cut(t, "-")
		if !ok {
			prevType = ""
			out[i] = labelO
			continue
		}
		if p == "I" && typ != prevType {
			p = "B"
		}
		out[i] = parseLabel(p + "-" + typ)
		prevType = typ
	}
	return out
}

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
