package ner

import "strings"

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
