package ner

import (
	"math"
	"math/rand/v2"
)

// perceptron is an averaged structured perceptron over dense feature
// indexes. Averaging uses the usual trick: alongside the weights w it
// keeps u, the sum of updates weighted by the time they happened, so that
// the average is w - u/c without touching every weight at every step.
type perceptron struct {
	w        []int32
	u        []int64
	tw       [numLabels + 1][numLabels]int32
	tu       [numLabels + 1][numLabels]int64
	c        int64
	avgTrans transitions
}

// trainStage runs cfg.Epochs passes over the sentences of the listed
// documents, in a seeded random order that changes each epoch.
func trainStage(inst [][]instance, docIdx []int, nfeat int, cfg TrainConfig, salt uint64) *perceptron {
	p := &perceptron{w: make([]int32, nfeat*numLabels), u: make([]int64, nfeat*numLabels), c: 1}
	type ref struct{ d, s int }
	var refs []ref
	for _, d := range docIdx {
		for s := range inst[d] {
			refs = append(refs, ref{d, s})
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, salt))
	var em []scores
	var back [][numLabels]uint8
	var pred []int
	var tr transitions
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		rng.Shuffle(len(refs), func(a, b int) { refs[a], refs[b] = refs[b], refs[a] })
		for _, r := range refs {
			in := &inst[r.d][r.s]
			n := len(in.gold)
			if n == 0 {
				continue
			}
			if cap(em) < n {
				em = make([]scores, n)
				back = make([][numLabels]uint8, n)
				pred = make([]int, n)
			}
			for t := 0; t < n; t++ {
				var sc scores
				for _, f := range in.feats[t] {
					row := p.w[int(f)*numLabels : int(f)*numLabels+numLabels]
					for y := range sc {
						sc[y] += float32(row[y])
					}
				}
				em[t] = sc
			}
			for a := range tr {
				for b := range tr[a] {
					tr[a][b] = float32(p.tw[a][b])
				}
			}
			viterbi(em[:n], &tr, pred[:n], back[:n])
			p.update(in, pred[:n])
			p.c++
		}
	}
	p.avgTrans = p.averagedTrans()
	return p
}

// update moves the weights toward the gold labels and away from the
// predicted ones wherever the two differ.
func (p *perceptron) update(in *instance, pred []int) {
	prevG, prevP := startState, startState
	for t, g := range in.gold {
		y := pred[t]
		if g != y {
			for _, f := range in.feats[t] {
				i := int(f) * numLabels
				p.w[i+g]++
				p.u[i+g] += p.c
				p.w[i+y]--
				p.u[i+y] -= p.c
			}
		}
		if g != y || prevG != prevP {
			p.tw[prevG][g]++
			p.tu[prevG][g] += p.c
			p.tw[prevP][y]--
			p.tu[prevP][y] -= p.c
		}
		prevG, prevP = g, y
	}
}

// averaged returns the averaged feature weights.
func (p *perceptron) averaged() []float32 {
	out := make([]float32, len(p.w))
	c := float64(p.c)
	for i, w := range p.w {
		out[i] = float32(float64(w) - float64(p.u[i])/c)
	}
	return out
}

func (p *perceptron) averagedTrans() transitions {
	var tr transitions
	c := float64(p.c)
	for a := range tr {
		for b := range tr[a] {
			tr[a][b] = float32(float64(p.tw[a][b]) - float64(p.tu[a][b])/c)
		}
	}
	return tr
}

// finalStage trains cfg.Ensemble perceptrons that differ only in their
// shuffle seeds and averages their averaged weights (one model, same size,
// less dependent on one ordering of the data), then keeps the weights that
// matter: one whose magnitude is below cfg.Prune is zeroed, and a feature
// left with no weight is dropped.
func finalStage(inst [][]instance, docIdx []int, keys []uint32, cfg TrainConfig, salt uint64) *stage {
	n := cfg.Ensemble
	if n < 1 {
		n = 1
	}
	var avg []float32
	var tr transitions
	for r := 0; r < n; r++ {
		p := trainStage(inst, docIdx, len(keys), cfg, salt+uint64(100*r))
		a := p.averaged()
		if avg == nil {
			avg = a
		} else {
			for i, v := range a {
				avg[i] += v
			}
		}
		for x := range tr {
			for y := range tr[x] {
				tr[x][y] += p.avgTrans[x][y]
			}
		}
	}
	inv := 1 / float32(n)
	for i := range avg {
		avg[i] *= inv
	}
	for x := range tr {
		for y := range tr[x] {
			tr[x][y] *= inv
		}
	}
	var outKeys []uint32
	var outW []float32
	for f, k := range keys {
		row := avg[f*numLabels : f*numLabels+numLabels]
		keep := false
		for y := range row {
			if math.Abs(float64(row[y])) < cfg.Prune {
				row[y] = 0
			} else {
				keep = true
			}
		}
		if keep {
			outKeys = append(outKeys, k)
			outW = append(outW, row...)
		}
	}
	return quantStage(outKeys, outW, tr)
}

// decodeDense labels one sentence from dense feature indexes and weights.
func decodeDense(feats [][]int32, w []float32, tr *transitions) []int {
	n := len(feats)
	em := make([]scores, n)
	for t, fs := range feats {
		for _, f := range fs {
			row := w[int(f)*numLabels : int(f)*numLabels+numLabels]
			for y := range em[t] {
				em[t][y] += row[y]
			}
		}
	}
	out := make([]int, n)
	viterbi(em, tr, out, make([][numLabels]uint8, n))
	return out
}
