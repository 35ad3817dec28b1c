package align

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// Pair is a labelled pair of statements.
type Pair struct {
	A, B string
	Same bool
}

// TrainOptions tune training.
type TrainOptions struct {
	// L2 values to try; the one with the best cross-validated accuracy
	// wins (the first on ties).
	L2 []float64
	// Boost, when Rounds > 0, adds boosted trees fitted to what the
	// logistic regression leaves.
	Boost BoostOptions
	// Folds is the number of cross-validation folds on the training pairs.
	Folds int
}

// DefaultTrainOptions are the settings `chorus train align` uses, chosen
// by cross-validation on MSRP train.
var DefaultTrainOptions = TrainOptions{L2: []float64{0.1, 1, 10, 100}, Boost: DefaultBoost, Folds: 5}

// Report says how a trained model was chosen.
type Report struct {
	// CV is the out-of-fold confusion on the training pairs at the chosen
	// threshold: each fold decided by a model fitted on the other folds.
	CV Confusion
}

// Train fits a model on train. The regularisation and the decision
// threshold are chosen on out-of-fold predictions (k-fold
// cross-validation on train, folds taking every k-th pair), so no other
// data is needed and an evaluation set stays unseen. It is deterministic:
// the same pairs give the same model, byte for byte.
func Train(train []Pair, opts TrainOptions) (*Model, Report, error) {
	if len(train) < 2*max(opts.Folds, 2) {
		return nil, Report{}, errors.New("too few training pairs")
	}
	if len(opts.L2) == 0 {
		opts.L2 = DefaultTrainOptions.L2
	}
	if opts.Folds < 2 {
		opts.Folds = 2
	}
	base := newModel(train)
	xs, ys := base.featurize(train)
	base.standardize(xs)
	var rep Report
	bestAcc := -1.0
	for _, l2 := range opts.L2 {
		oof := make([]float64, len(xs))
		for fold := range opts.Folds {
			var fx []Features
			var fy []bool
			for i := range xs {
				if i%opts.Folds != fold {
					fx, fy = append(fx, xs[i]), append(fy, ys[i])
				}
			}
			m := fit(base, fx, fy, l2, opts.Boost)
			for i := fold; i < len(xs); i += opts.Folds {
				oof[i] = m.probability(&xs[i])
			}
		}
		t, acc := bestThreshold(oof, ys)
		if acc > bestAcc {
			bestAcc = acc
			base.L2, base.Threshold = l2, t
			rep.CV = Confusion{}
			for i, p := range oof {
				rep.CV.Add(p >= t, ys[i])
			}
		}
	}
	m := fit(base, xs, ys, base.L2, opts.Boost)
	return m, rep, nil
}

// fit returns a copy of base with weights (and trees) fitted on xs.
func fit(base *Model, xs []Features, ys []bool, l2 float64, b BoostOptions) *Model {
	m := *base
	m.Weights, m.Bias = fitLogistic(xs, ys, m.Mean, m.Scale, l2)
	m.Trees = nil
	if b.Rounds > 0 {
		start := make([]float64, len(xs))
		for i := range xs {
			start[i] = m.linear(&xs[i])
		}
		m.Trees = boost(xs, ys, start, b)
	}
	return &m
}

// newModel counts document frequencies of stems over the distinct
// sentences of the training pairs.
func newModel(train []Pair) *Model {
	df := map[uint64]uint32{}
	seen := map[string]bool{}
	docs := 0
	for _, p := range train {
		for _, s := range [2]string{p.A, p.B} {
			if seen[s] {
				continue
			}
			seen[s] = true
			docs++
			for _, h := range (&Model{}).Prepare(s).stemSet {
				df[h]++
			}
		}
	}
	// stems seen once carry no more than an unseen stem: leave them out
	for h, n := range df {
		if n < 2 {
			delete(df, h)
		}
	}
	m := &Model{Features: FeatureNames[:], Docs: docs, DF: packDF(df)}
	raw, _ := base64.StdEncoding.DecodeString(m.DF)
	m.setDF(raw)
	return m
}

func (m *Model) featurize(pairs []Pair) ([]Features, []bool) {
	xs := make([]Features, len(pairs))
	ys := make([]bool, len(pairs))
	for i, p := range pairs {
		xs[i] = m.Pair(m.Prepare(p.A), m.Prepare(p.B))
		ys[i] = p.Same
	}
	return xs, ys
}

// standardize sets Mean and Scale from the training features.
func (m *Model) standardize(xs []Features) {
	m.Mean, m.Scale = make([]float64, NumFeatures), make([]float64, NumFeatures)
	for _, x := range xs {
		for j, v := range x {
			m.Mean[j] += v
		}
	}
	for j := range m.Mean {
		m.Mean[j] /= float64(len(xs))
	}
	for _, x := range xs {
		for j, v := range x {
			d := v - m.Mean[j]
			m.Scale[j] += d * d
		}
	}
	for j := range m.Scale {
		m.Scale[j] = math.Sqrt(m.Scale[j] / float64(len(xs)))
		if m.Scale[j] < 1e-9 {
			m.Scale[j] = 1
		}
	}
}

// fitLogistic fits L2-regularised logistic regression by Newton's method
// on standardised features; the bias is not regularised.
func fitLogistic(xs []Features, ys []bool, mean, scale []float64, l2 float64) ([]float64, float64) {
	d := NumFeatures + 1 // last is the bias
	w := make([]float64, d)
	z := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for i := range hess {
			hess[i] = make([]float64, d)
		}
		for i, x := range xs {
			for j := range NumFeatures {
				z[j] = (x[j] - mean[j]) / scale[j]
			}
			z[NumFeatures] = 1
			s := 0.0
			for j := range d {
				s += w[j] * z[j]
			}
			p := 1 / (1 + math.Exp(-s))
			y := 0.0
			if ys[i] {
				y = 1
			}
			for j := range d {
				grad[j] += (p - y) * z[j]
				for k := 0; k <= j; k++ {
					hess[j][k] += p * (1 - p) * z[j] * z[k]
				}
			}
		}
		for j := range d {
			for k := 0; k < j; k++ {
				hess[k][j] = hess[j][k]
			}
			if j < NumFeatures {
				grad[j] += l2 * w[j]
				hess[j][j] += l2
			}
			hess[j][j] += 1e-9
		}
		step := solve(hess, grad)
		change := 0.0
		for j := range d {
			w[j] -= step[j]
			change = math.Max(change, math.Abs(step[j]))
		}
		if change < 1e-8 {
			break
		}
	}
	return w[:NumFeatures], w[NumFeatures]
}

// solve solves A x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x
}

// bestThreshold picks the probability threshold with the best accuracy,
// smoothed over neighbouring thresholds (±0.02) so that a lucky spike on
// a few pairs does not decide it, and returns it with its accuracy.
func bestThreshold(probs []float64, ys []bool) (float64, float64) {
	const steps = 200
	acc := make([]float64, steps)
	for k := 1; k < steps; k++ {
		t := float64(k) / steps
		c := Confusion{}
		for i, p := range probs {
			c.Add(p >= t, ys[i])
		}
		acc[k] = c.Accuracy()
	}
	bestT, bestS := 0.5, -1.0
	for k := 1; k < steps; k++ {
		s, n := 0.0, 0
		for j := max(1, k-4); j <= min(steps-1, k+4); j++ {
			s += acc[j]
			n++
		}
		if s /= float64(n); s > bestS+1e-12 {
			bestT, bestS = float64(k)/steps, s
		}
	}
	return bestT, acc[int(bestT*steps+0.5)]
}

// Confusion counts decisions against gold labels.
type Confusion struct{ TP, FP, TN, FN int }

// Add counts one decision.
func (c *Confusion) Add(pred, gold bool) {
	switch {
	case pred && gold:
		c.TP++
	case pred:
		c.FP++
	case gold:
		c.FN++
	default:
		c.TN++
	}
}

// Accuracy is the share of correct decisions.
func (c Confusion) Accuracy() float64 {
	n := c.TP + c.FP + c.TN + c.FN
	if n == 0 {
		return 0
	}
	return float64(c.TP+c.TN) / float64(n)
}

// F1 is the F1 of the positive class ("same").
func (c Confusion) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	p := float64(c.TP) / float64(c.TP+c.FP)
	r := float64(c.TP) / float64(c.TP+c.FN)
	return 2 * p * r / (p + r)
}

// Marshal writes the model file, indented, for `chorus train align --out`.
func (m *Model) Marshal() ([]byte, error) {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("write model: %w", err)
	}
	return append(data, '\n'), nil
}
