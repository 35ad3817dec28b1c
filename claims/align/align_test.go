package align

import (
	"bytes"
	"math"
	"testing"
)

var testPairs = [][2]string{
	{"The port of Thessara reopened on Tuesday after a six-day strike.", "After a six-day strike, Thessara's port reopened on Tuesday."},
	{"The dam released 1.8 million cubic metres of water.", "The dam released 1,800,000 cubic metres of water."},
	{"Seven people died in the flood, officials said.", "The mayor opened a new school in Brodny."},
	{"", "A sentence with one side empty."},
}

func TestPairSymmetric(t *testing.T) {
	m := Default()
	for _, p := range testPairs {
		a, b := m.Prepare(p[0]), m.Prepare(p[1])
		fa, fb := m.Pair(a, b), m.Pair(b, a)
		for i := range fa {
			if math.Abs(fa[i]-fb[i]) > 1e-12 {
				t.Errorf("%q / %q: feature %s is %v one way and %v the other", p[0], p[1], FeatureNames[i], fa[i], fb[i])
			}
		}
	}
}

func TestProbabilityOrders(t *testing.T) {
	m := Default()
	same := m.Probability(m.Prepare(testPairs[0][0]), m.Prepare(testPairs[0][1]))
	other := m.Probability(m.Prepare(testPairs[2][0]), m.Prepare(testPairs[2][1]))
	if !(same > m.Threshold && other < m.Threshold) {
		t.Errorf("paraphrase p=%.2f, different claims p=%.2f, threshold %.2f", same, other, m.Threshold)
	}
	f := m.Pair(m.Prepare(testPairs[1][0]), m.Prepare(testPairs[1][1]))
	if f[fNumSame] != 1 || f[fNumDiffer] != 0 {
		t.Errorf("1.8 million and 1,800,000: num_same=%v num_differ=%v, want 1 and 0", f[fNumSame], f[fNumDiffer])
	}
}

// TestPrepareIntoReuses checks that a reused Sentence gives what a fresh one does.
func TestPrepareIntoReuses(t *testing.T) {
	m := Default()
	var s Sentence
	for _, p := range testPairs {
		m.PrepareInto(&s, p[1])
		m.PrepareInto(&s, p[0])
		fresh := m.Prepare(p[0])
		b := m.Prepare(testPairs[0][1])
		if m.Pair(&s, b) != m.Pair(fresh, b) {
			t.Errorf("%q: reused and fresh sentences differ", p[0])
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := Default()
	data, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range testPairs {
		a, b := m.Prepare(p[0]), m.Prepare(p[1])
		a2, b2 := m2.Prepare(p[0]), m2.Prepare(p[1])
		if m.Probability(a, b) != m2.Probability(a2, b2) {
			t.Errorf("%q: probability changed after a round trip", p[0])
		}
	}
	if _, err := Load([]byte(`{"features":["x"]}`)); err == nil {
		t.Error("a model with the wrong features loaded")
	}
}

func TestTrainDeterministic(t *testing.T) {
	var pairs []Pair
	for i := range 30 {
		for _, p := range testPairs[:3] {
			pairs = append(pairs, Pair{A: p[0], B: p[1], Same: p[0] != testPairs[2][0] || i%7 == 0})
		}
	}
	opts := TrainOptions{L2: []float64{1}, Boost: BoostOptions{Rounds: 5, Depth: 2, Rate: 0.1, Lambda: 1, MinHess: 1, MaxCuts: 8}, Folds: 3}
	var out [2][]byte
	for k := range out {
		m, _, err := Train(pairs, opts)
		if err != nil {
			t.Fatal(err)
		}
		if out[k], err = m.Marshal(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Error("training twice on the same pairs gave different models")
	}
}
