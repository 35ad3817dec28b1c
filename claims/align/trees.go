package align

import (
	"math"
	"slices"
)

// Tree is one regression tree of the boosted ensemble: a complete binary
// tree of fixed depth. Internal node i has children 2i+1 and 2i+2; a
// node with Feature -1 sends everything left.
type Tree struct {
	Feature   []int     `json:"feature"`
	Threshold []float64 `json:"threshold"`
	Leaf      []float64 `json:"leaf"`
}

// eval returns the tree's value for a feature vector (standardised or
// not: thresholds are on the raw features).
func (t *Tree) eval(x *Features) float64 {
	i := 0
	for i < len(t.Feature) {
		f := t.Feature[i]
		if f < 0 || x[f] <= t.Threshold[i] {
			i = 2*i + 1
		} else {
			i = 2*i + 2
		}
	}
	return t.Leaf[i-len(t.Feature)]
}

// BoostOptions tune the boosted trees.
type BoostOptions struct {
	Rounds  int
	Depth   int
	Rate    float64
	Lambda  float64 // L2 on leaf values
	MinHess float64 // least hessian mass in a child
	MaxCuts int     // candidate thresholds per feature
}

// DefaultBoost are the settings chosen by cross-validation on MSRP train.
var DefaultBoost = BoostOptions{Rounds: 100, Depth: 3, Rate: 0.05, Lambda: 1, MinHess: 4, MaxCuts: 32}

// boost fits gradient-boosted regression trees with logistic loss
// (Newton steps, histogram splits on quantile cuts). base holds each
// example's starting score. Deterministic: no sampling.
func boost(xs []Features, ys []bool, base []float64, o BoostOptions) []Tree {
	n := len(xs)
	// candidate cuts per feature: distinct quantiles
	cuts := make([][]float64, NumFeatures)
	bins := make([][]uint8, NumFeatures)
	col := make([]float64, n)
	for f := range NumFeatures {
		for i := range xs {
			col[i] = xs[i][f]
		}
		sorted := slices.Clone(col)
		slices.Sort(sorted)
		var c []float64
		for q := 1; q < o.MaxCuts; q++ {
			v := sorted[q*n/o.MaxCuts]
			if len(c) == 0 || v > c[len(c)-1] {
				c = append(c, v)
			}
		}
		if len(c) > 0 && c[len(c)-1] >= sorted[n-1] {
			c = c[:len(c)-1]
		}
		cuts[f] = c
		bins[f] = make([]uint8, n)
		for i, v := range col {
			b, _ := slices.BinarySearch(c, v) // bin b: c[b-1] < v <= c[b]
			bins[f][i] = uint8(b)
		}
	}
	score := slices.Clone(base)
	g, h := make([]float64, n), make([]float64, n)
	var trees []Tree
	internal := 1<<o.Depth - 1
	for range o.Rounds {
		for i := range n {
			p := 1 / (1 + math.Exp(-score[i]))
			y := 0.0
			if ys[i] {
				y = 1
			}
			g[i], h[i] = p-y, math.Max(p*(1-p), 1e-6)
		}
		t := Tree{Feature: make([]int, internal), Threshold: make([]float64, internal), Leaf: make([]float64, internal+1)}
		// node of each example, level by level
		node := make([]int, n)
		for level := range o.Depth {
			first := 1<<level - 1
			width := 1 << level
			for k := range width {
				t.Feature[first+k] = -1
			}
			type stat struct{ g, h float64 }
			best := make([]float64, width)
			for f := range NumFeatures {
				nb := len(cuts[f]) + 1
				hist := make([]stat, width*nb)
				for i := range n {
					k := node[i] - first
					s := &hist[k*nb+int(bins[f][i])]
					s.g += g[i]
					s.h += h[i]
				}
				for k := range width {
					var G, H float64
					for b := range nb {
						G += hist[k*nb+b].g
						H += hist[k*nb+b].h
					}
					var gl, hl float64
					for b := 0; b+1 < nb; b++ {
						gl += hist[k*nb+b].g
						hl += hist[k*nb+b].h
						gr, hr := G-gl, H-hl
						if hl < o.MinHess || hr < o.MinHess {
							continue
						}
						gain := gl*gl/(hl+o.Lambda) + gr*gr/(hr+o.Lambda) - G*G/(H+o.Lambda)
						if gain > best[k]+1e-12 {
							best[k] = gain
							t.Feature[first+k], t.Threshold[first+k] = f, cuts[f][b]
						}
					}
				}
			}
			for i := range n {
				j := node[i]
				f := t.Feature[j]
				if f < 0 || xs[i][f] <= t.Threshold[j] {
					node[i] = 2*j + 1
				} else {
					node[i] = 2*j + 2
				}
			}
		}
		leafG, leafH := make([]float64, internal+1), make([]float64, internal+1)
		for i := range n {
			l := node[i] - internal
			leafG[l] += g[i]
			leafH[l] += h[i]
		}
		for l := range t.Leaf {
			t.Leaf[l] = -o.Rate * leafG[l] / (leafH[l] + o.Lambda)
		}
		for i := range n {
			score[i] += t.Leaf[node[i]-internal]
		}
		trees = append(trees, t)
	}
	return trees
}
