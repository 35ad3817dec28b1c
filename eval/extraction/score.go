package extraction

import (
	"math"
	"unicode"
)

// shingleSize is the benchmark's n: texts are compared as multisets of
// 4-token sequences, so a paragraph counts by its content, not its order.
const shingleSize = 4

// Tokens splits s into the benchmark's tokens: maximal runs of word
// characters (Python's Unicode \w: letters, numbers and the underscore),
// case kept.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the 4-token sequences of s. A text of one to three
// tokens is one shorter shingle, as in the benchmark; an empty text has none.
func shingles(s string) map[string]int {
	toks := Tokens(s)
	out := map[string]int{}
	n := max(1, len(toks)-shingleSize+1)
	for i := 0; i < n && i < len(toks); i++ {
		key := ""
		for j := i; j < min(i+shingleSize, len(toks)); j++ {
			// \x00 cannot occur inside a token, so keys cannot collide.
			key += toks[j] + "\x00"
		}
		out[key]++
	}
	return out
}

// Counts are one page's true positive, false positive and false negative
// shingles, normalised to sum to 1 (all zero when both texts are empty).
type Counts struct{ TP, FP, FN float64 }

// Compare scores a predicted article body against the true one.
func Compare(truth, pred string) Counts {
	ts, ps := shingles(truth), shingles(pred)
	var c Counts
	for k, a := range ts {
		b := ps[k]
		c.TP += float64(min(a, b))
		c.FN += float64(max(0, a-b))
	}
	for k, b := range ps {
		c.FP += float64(max(0, b-ts[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Precision is the page's precision; a page with nothing wrong scores 1.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the page's recall; a page with nothing wrong scores 1.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 is the page's own F1, for finding the pages a change helps or hurts.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Summary is a set's score: precision averaged over the pages that
// predicted something, recall over the pages whose truth has something, F1
// the harmonic mean of those two averages (not the mean of per-page F1s),
// accuracy the share of pages whose tokens match exactly.
type Summary struct {
	F1, Precision, Recall, Accuracy float64
}

// Aggregate summarises per-page counts; exact[i] says whether page i's
// tokens matched exactly (nil: accuracy is not computed).
func Aggregate(rows []Counts, exact []bool) Summary {
	var p, r, acc float64
	np, nr := 0, 0
	for i, c := range rows {
		if c.TP+c.FP > 0 {
			p += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			r += c.Recall()
			nr++
		}
		if exact != nil && exact[i] {
			acc++
		}
	}
	var s Summary
	if np > 0 {
		s.Precision = p / float64(np)
	}
	if nr > 0 {
		s.Recall = r / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if len(rows) > 0 {
		s.Accuracy = acc / float64(len(rows))
	}
	return s
}

// SameTokens reports whether two texts have the same token sequence.
func SameTokens(a, b string) bool {
	ta, tb := Tokens(a), Tokens(b)
	if len(ta) != len(tb) {
		return false
	}
	for i := range ta {
		if ta[i] != tb[i] {
			return false
		}
	}
	return true
}

// Spread is the standard deviation of each score over bootstrap resamples
// of the pages.
type Spread Summary

// Bootstrap resamples the pages with replacement n times, drawing with the
// same generator and seed as the reference scorer (Python's random with
// seed 0 by default), and returns the sample standard deviation of each
// score over the resamples.
func Bootstrap(rows []Counts, exact []bool, n int, seed uint32) Spread {
	if len(rows) == 0 || n < 2 {
		return Spread{}
	}
	rng := newPyRandom(seed)
	var vals [4][]float64
	sample := make([]Counts, len(rows))
	sampleExact := make([]bool, len(rows))
	for range n {
		for j := range rows {
			k := rng.below(len(rows))
			sample[j] = rows[k]
			if exact != nil {
				sampleExact[j] = exact[k]
			}
		}
		s := Aggregate(sample, sampleExact)
		for k, v := range []float64{s.F1, s.Precision, s.Recall, s.Accuracy} {
			vals[k] = append(vals[k], v)
		}
	}
	return Spread{F1: stdev(vals[0]), Precision: stdev(vals[1]), Recall: stdev(vals[2]), Accuracy: stdev(vals[3])}
}

func stdev(xs []float64) float64 {
	mean := 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return math.Sqrt(ss / float64(len(xs)-1))
}
