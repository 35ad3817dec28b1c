package ner

import (
	"math"
	"testing"
)

// objective is the class bigram log-likelihood (up to a constant),
// computed directly from the text.
func objective(seqs [][]string, cl map[string]int) float64 {
	big := map[[2]int]float64{}
	l, r := map[int]float64{}, map[int]float64{}
	c := func(w string) int {
		if v, ok := cl[w]; ok {
			return v
		}
		return -1
	}
	for _, s := range seqs {
		prev := cl["</s>"]
		for _, w := range append(append([]string{}, s...), "</s>") {
			cw := c(w)
			big[[2]int{prev, cw}]++
			l[prev]++
			r[cw]++
			prev = cw
		}
	}
	f := func(x float64) float64 { return x * math.Log(x) }
	o := 0.0
	for _, n := range big {
		o += f(n)
	}
	for _, n := range l {
		o -= f(n)
	}
	for _, n := range r {
		o -= f(n)
	}
	return o
}

// TestExchangeLocalOptimum checks the incremental bookkeeping of the
// exchange algorithm against the objective computed from scratch: when it
// stops, no single word move may improve the class bigram likelihood.
func TestExchangeLocalOptimum(t *testing.T) {
	var seqs [][]string
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	for i := 0; i < 200; i++ {
		s := []string{}
		for j := 0; j < 6; j++ {
			s = append(s, words[(i*7+j*j*3+i*j)%8])
		}
		seqs = append(seqs, s)
	}
	vocab, class := exchange(seqs, 3, 1, 20)
	cl := map[string]int{"</s>": class[len(class)-1]}
	for i, w := range vocab {
		cl[w] = class[i]
	}
	base := objective(seqs, cl)
	for w := range cl {
		old := cl[w]
		for k := 0; k < 3; k++ {
			cl[w] = k
			if o := objective(seqs, cl); o > base+1e-6 {
				t.Errorf("moving %s to %d improves %v -> %v", w, k, base, o)
			}
		}
		cl[w] = old
	}
	again := exchangeClusters(seqs, 3, 1, 20)
	for i, w := range vocab {
		if again[w] != class[i] {
			t.Errorf("clustering is not deterministic: %s in %d then %d", w, class[i], again[w])
		}
	}
}
