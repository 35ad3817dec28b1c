// Package ner tags named entities (PER, LOC, ORG, MISC, as in CoNLL-2003)
// in tokenised text, in pure Go, with weights this project trains
// (`chorus train ner`) and embeds in the binary.
//
// The model is an averaged structured perceptron with Viterbi decoding over
// IOB2 labels. Its features are the word and its neighbours (±2), shapes,
// affixes, capitalisation, a hand-written gazetteer, word classes built from
// the training text by the exchange algorithm, and, in a second pass, how
// the first pass tagged the same word elsewhere in the document. Only the
// words are input: no part-of-speech or chunk tags. Typographic quotes,
// apostrophes and possessives are normalised, so "Kerry’s" reads as
// "Kerry" + possessive.
package ner

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	"sync"
)

// stage is one linear model: weights per feature key and label, and label
// transitions. A model has two: the first pass tags each sentence, the
// second sees the first pass's labels across the document. Weights are
// held quantised (int16 times one scale), exactly as the model file
// stores them, so a trained model and its loaded copy tag identically;
// the small rows also keep the lookups cache-friendly.
type stage struct {
	slots []slot   // open addressing by key; key 0 marks an empty slot
	keys  []uint32 // sorted feature keys, one per row of w
	w     []int16  // numLabels weights per row
	scale float64
	trQ   [numLabels + 1][numLabels]int16
	tr    transitions // trQ times scale
}

type slot struct {
	key uint32
	row int32
}

// quantStage quantises float weights (numLabels per key, keys sorted) into
// a stage, dropping rows that quantise to all zeros.
func quantStage(keys []uint32, w []float32, tr transitions) *stage {
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	for _, row := range tr {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	q := func(v float32) int16 { return int16(math.Round(float64(v) / scale)) }
	var trQ [numLabels + 1][numLabels]int16
	for a := range tr {
		for b := range tr[a] {
			trQ[a][b] = q(tr[a][b])
		}
	}
	var outKeys []uint32
	var outW []int16
	for r, k := range keys {
		var row [numLabels]int16
		nz := false
		for y := range row {
			row[y] = q(w[r*numLabels+y])
			nz = nz || row[y] != 0
		}
		if nz {
			outKeys = append(outKeys, k)
			outW = append(outW, row[:]...)
		}
	}
	return newStage(outKeys, outW, scale, trQ)
}

// newStage builds the lookup table of a stage from sorted keys and their
// quantised weight rows.
func newStage(keys []uint32, w []int16, scale float64, trQ [numLabels + 1][numLabels]int16) *stage {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	st := &stage{slots: make([]slot, size), keys: keys, w: w, scale: scale, trQ: trQ}
	for a := range trQ {
		for b := range trQ[a] {
			st.tr[a][b] = float32(float64(trQ[a][b]) * scale)
		}
	}
	mask := uint32(size - 1)
	for r, k := range keys {
		j := k & mask
		for st.slots[j].key != 0 {
			j = (j + 1) & mask
		}
		st.slots[j] = slot{key: k, row: int32(r)}
	}
	return st
}

// emit adds up the weights of the given features for every label.
func (st *stage) emit(keys []uint32, out *scores) {
	var acc [numLabels]int32
	mask := uint32(len(st.slots) - 1)
	for _, k := range keys {
		j := k & mask
		for {
			s := st.slots[j]
			if s.key == k {
				row := st.w[int(s.row)*numLabels : int(s.row)*numLabels+numLabels]
				for y := range acc {
					acc[y] += int32(row[y])
				}
				break
			}
			if s.key == 0 {
				break
			}
			j = (j + 1) & mask
		}
	}
	sc := float32(st.scale)
	for y := range out {
		out[y] = float32(acc[y]) * sc
	}
}

// scorer is what decoding needs from a stage; training uses its own
// dense-indexed implementation.
type scorer interface {
	emit(keys []uint32, out *scores)
	trans() *transitions
}

func (st *stage) trans() *transitions { return &st.tr }

// Model is a trained named-entity tagger. It is safe for concurrent use.
type Model struct {
	lex lexicon
	gaz *gazetteer
	s1  *stage
	s2  *stage // nil when the model has no document pass
}

// decoder holds the scratch space of one tagging call.
type decoder struct {
	feats []uint32
	em    []scores
	back  [][numLabels]uint8
}

// decode labels every sentence of d with one stage.
func (dec *decoder) decode(d *document, sc scorer) [][]int {
	out := make([][]int, len(d.sents))
	for si := range d.sents {
		out[si] = dec.decodeSentence(&d.sents[si], sc)
	}
	return out
}

func (dec *decoder) decodeSentence(s *sentence, sc scorer) []int {
	n := len(s.toks)
	if cap(dec.em) < n {
		dec.em = make([]scores, n)
		dec.back = make([][numLabels]uint8, n)
	}
	em := dec.em[:n]
	switch {
	case s.stage1 == nil:
		// First pass: compute and keep the features for the second.
		s.base, s.offs = s.base[:0], append(s.offs[:0], 0)
		for i := 0; i < n; i++ {
			start := len(s.base)
			s.base = s.features(i, s.base)
			s.offs = append(s.offs, int32(len(s.base)))
			sc.emit(s.base[start:], &em[i])
		}
	case len(s.offs) == n+1:
		for i := 0; i < n; i++ {
			dec.feats = append(dec.feats[:0], s.base[s.offs[i]:s.offs[i+1]]...)
			dec.feats = s.docFeatures(i, dec.feats)
			sc.emit(dec.feats, &em[i])
		}
	default:
		for i := 0; i < n; i++ {
			dec.feats = s.features(i, dec.feats[:0])
			sc.emit(dec.feats, &em[i])
		}
	}
	labels := make([]int, n)
	viterbi(em, sc.trans(), labels, dec.back[:n])
	return labels
}

// tagLabels runs both passes over a document and returns label indexes.
func (m *Model) tagLabels(sents [][]string) [][]int {
	d := prepare(sents, &m.lex, m.gaz)
	var dec decoder
	labels := dec.decode(d, m.s1)
	if m.s2 != nil {
		d.setStage1(labels)
		labels = dec.decode(d, m.s2)
	}
	return labels
}

// TagDocument tags the sentences of one document (each a slice of token
// strings) with IOB2 tags: O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG,
// B-MISC, I-MISC. Tagging a whole document at once lets the second pass use
// how the same word was tagged elsewhere in it.
//
// Tokens that carry punctuation or a possessive ("Kerry’s", "Vienna.",
// "“Yes") are split the way the training text was before tagging, and
// take the tag of their word.
func (m *Model) TagDocument(sents [][]string) [][]string {
	pieces, core, split := splitSentences(sents)
	labels := m.tagLabels(pieces)
	out := make([][]string, len(sents))
	for i := range sents {
		out[i] = make([]string, len(sents[i]))
		for j := range sents[i] {
			l := labels[i][j]
			if split {
				l = labels[i][core[i][j]]
			}
			out[i][j] = labelNames[l]
		}
	}
	fixIOB2(out)
	return out
}

// fixIOB2 repairs I- tags left without their B- when split pieces took an
// entity's first tag away (the word piece after an opening quote).
func fixIOB2(tags [][]string) {
	for _, s := range tags {
		prev := "O"
		for j, t := range s {
			if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
				s[j] = "B-" + t[2:]
			}
			prev = s[j]
		}
	}
}

// Tag tags one sentence, read as a document of its own.
func (m *Model) Tag(tokens []string) []string {
	return m.TagDocument([][]string{tokens})[0]
}

// modelBin holds the weights trained by `chorus train ner` on the
// CoNLL++ training set (weights only; no training text is stored).
//
//go:embed model.bin
var modelBin []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, decoding it on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(modelBin)
	})
	return defaultModel, defaultErr
}

func mustDefault() *Model {
	m, err := Default()
	if err != nil {
		// The embedded model is built into the binary and checked by the
		// package tests, so this is a build error, not an input error.
		panic(fmt.Sprintf("ner: embedded model: %v", err))
	}
	return m
}

// Tag tags one sentence of token strings with the embedded model.
func Tag(tokens []string) []string { return mustDefault().Tag(tokens) }

// TagDocument tags a document's sentences with the embedded model.
func TagDocument(sents [][]string) [][]string { return mustDefault().TagDocument(sents) }
