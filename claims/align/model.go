// Package align decides whether two statements say the same thing in
// other words: the pair classifier behind the claims matrix, which joins
// the same claim across outlets.
//
// It is a logistic regression over lexical features (word, stem and
// n-gram overlap, longest common subsequence, character 4-grams, a
// spelling-tolerant word alignment weighted by inverse document frequency,
// names, numbers compared up to rounding, negation). Its weights and the
// document frequencies are derived from the MSRP training split by `chorus
// train align` and embedded (model.json); no text of the corpus is kept,
// only hashed stems.
package align

import (
	_ "embed"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sync"
)

// Model is a trained pair classifier.
type Model struct {
	// Features lists the feature names the weights were trained for.
	Features []string `json:"features"`
	// Mean and Scale standardise each feature before weighting.
	Mean    []float64 `json:"mean"`
	Scale   []float64 `json:"scale"`
	Weights []float64 `json:"weights"`
	Bias    float64   `json:"bias"`
	// Trees are boosted regression trees added to the linear score.
	Trees []Tree `json:"trees,omitempty"`
	// Threshold on the probability above which a pair is the same statement.
	Threshold float64 `json:"threshold"`
	// L2 is the regularisation the model was trained with.
	L2 float64 `json:"l2"`
	// Docs is the number of sentences the document frequencies count.
	Docs int `json:"docs"`
	// DF packs (stem hash uint64, document frequency uint32) pairs,
	// sorted by hash, little-endian, base64: hashed so that no word of the
	// training text is stored.
	DF string `json:"df"`

	// table is an open-addressing hash table of the stems' idf: keys
	// and values in alternate slots, a power-of-two size, zero keys empty.
	table  []uint64
	vals   []float64
	idfMax float64
}

//go:embed model.json
var modelJSON []byte

// Default returns the embedded model, read once on first use.
func Default() *Model { return defaultModel() }

var defaultModel = sync.OnceValue(func() *Model {
	m, err := Load(modelJSON)
	if err != nil {
		panic(fmt.Sprintf("align: embedded model: %v", err))
	}
	return m
})

// Load reads a model file.
func Load(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if len(m.Features) != NumFeatures || len(m.Weights) != NumFeatures || len(m.Mean) != NumFeatures || len(m.Scale) != NumFeatures {
		return nil, fmt.Errorf("read model: %d features, want %d (retrain with chorus train align)", len(m.Weights), NumFeatures)
	}
	for i, name := range m.Features {
		if name != FeatureNames[i] {
			return nil, fmt.Errorf("read model: feature %d is %q, want %q (retrain with chorus train align)", i, name, FeatureNames[i])
		}
	}
	raw, err := base64.StdEncoding.DecodeString(m.DF)
	if err != nil || len(raw)%12 != 0 {
		return nil, fmt.Errorf("read model: bad document frequencies")
	}
	m.setDF(raw)
	return &m, nil
}

func (m *Model) setDF(raw []byte) {
	n := len(raw) / 12
	size := 16
	for size < 2*n {
		size *= 2
	}
	m.table, m.vals = make([]uint64, size), make([]float64, size)
	for i := range n {
		h := binary.LittleEndian.Uint64(raw[12*i:])
		df := binary.LittleEndian.Uint32(raw[12*i+8:])
		if h == 0 {
			continue // the empty key; a stem hashing to 0 counts as unseen
		}
		j := h & uint64(size-1)
		for m.table[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		m.table[j], m.vals[j] = h, math.Log(float64(m.Docs+1)/float64(df+1))+1
	}
	m.idfMax = math.Log(float64(m.Docs+1)) + 1
}

// packDF encodes document frequencies for the model file.
func packDF(df map[uint64]uint32) string {
	keys := make([]uint64, 0, len(df))
	for h := range df {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	raw := make([]byte, 12*len(keys))
	for i, h := range keys {
		binary.LittleEndian.PutUint64(raw[12*i:], h)
		binary.LittleEndian.PutUint32(raw[12*i+8:], df[h])
	}
	return base64.StdEncoding.EncodeToString(raw)
}

// idf is the inverse document frequency of a stem hash; unseen stems get
// the largest.
func (m *Model) idf(h uint64) float64 {
	if len(m.table) == 0 || h == 0 {
		return m.idfMax
	}
	mask := uint64(len(m.table) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		switch m.table[j] {
		case h:
			return m.vals[j]
		case 0:
			return m.idfMax
		}
	}
}

// cosine is the TF-IDF cosine of two statements' stems.
func cosine(a, b *Sentence) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	i, j := 0, 0
	for i < len(a.stemSet) && j < len(b.stemSet) {
		switch {
		case a.stemSet[i] < b.stemSet[j]:
			i++
		case a.stemSet[i] > b.stemSet[j]:
			j++
		default:
			dot += a.stemTFIDF[i] * b.stemTFIDF[j]
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// sharedIDF is the idf mass of the stems two statements share.
func sharedIDF(a, b *Sentence) float64 {
	t := 0.0
	i, j := 0, 0
	for i < len(a.stemSet) && j < len(b.stemSet) {
		switch {
		case a.stemSet[i] < b.stemSet[j]:
			i++
		case a.stemSet[i] > b.stemSet[j]:
			j++
		default:
			t += a.stemIDF[i]
			i++
			j++
		}
	}
	return t
}

// Probability is the model's probability that two prepared statements say
// the same thing.
func (m *Model) Probability(a, b *Sentence) float64 {
	f := m.Pair(a, b)
	return m.probability(&f)
}

func (m *Model) probability(f *Features) float64 {
	z := m.linear(f)
	for i := range m.Trees {
		z += m.Trees[i].eval(f)
	}
	return 1 / (1 + math.Exp(-z))
}

// linear is the logistic regression's score (log-odds).
func (m *Model) linear(f *Features) float64 {
	z := m.Bias
	for i, x := range f {
		z += m.Weights[i] * (x - m.Mean[i]) / m.Scale[i]
	}
	return z
}

// Same reports whether two prepared statements say the same thing.
func (m *Model) Same(a, b *Sentence) bool { return m.Probability(a, b) >= m.Threshold }
