package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
)

// TrainDoc is one training document: sentences of words with their gold
// IOB1 or IOB2 tags.
type TrainDoc struct {
	Words [][]string
	Tags  [][]string
}

// TrainConfig fixes everything that shapes a trained model, so that the
// same data and config give the same model file, byte for byte.
type TrainConfig struct {
	Epochs   int    // perceptron passes over the data, per stage
	Folds    int    // jackknife folds for the document pass; < 2 trains no document pass
	Seed     uint64 // seeds the shuffles
	MinCount int    // features seen fewer times in training are dropped
	// RareWords: words seen at most this often in training are trained
	// without their identity features, as unseen words are tagged.
	RareWords int
	Prune     float64 // averaged weights closer to zero than this are dropped
	// Ensemble is how many differently shuffled runs each final stage
	// averages (the jackknife runs use one); 0 or 1 means one.
	Ensemble int
	// FineClasses and CoarseClasses size the two word clusterings built from
	// the training text; 0 builds none.
	FineClasses, CoarseClasses int
	ClusterIters               int
	Log                        io.Writer // progress lines; nil for none
}

// DefaultTrainConfig is the configuration `chorus train ner` uses.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Epochs: 12, Folds: 5, Seed: 1, MinCount: 1, Prune: 0.5, Ensemble: 3,
		FineClasses: 256, CoarseClasses: 32, ClusterIters: 6}
}

// instance is one training sentence with its features as dense indexes.
type instance struct {
	feats [][]int32
	gold  []int
}

// Train learns a model from documents with an averaged structured
// perceptron (Viterbi over IOB2 labels), then, when cfg.Folds >= 2, a
// second pass that sees how the first pass labelled each word across its
// document. The first-pass labels the second pass trains on come from
// jackknifing, so that they are as noisy as at tagging time.
func Train(docs []TrainDoc, cfg TrainConfig) (*Model, error) {
	if len(docs) == 0 {
		return nil, errors.New("train ner: no training documents")
	}
	if cfg.Epochs < 1 {
		return nil, errors.New("train ner: epochs must be at least 1")
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	var all [][]string
	for _, d := range docs {
		if len(d.Words) != len(d.Tags) {
			return nil, errors.New("train ner: words and tags differ in sentence count")
		}
		for i := range d.Words {
			if len(d.Words[i]) != len(d.Tags[i]) {
				return nil, fmt.Errorf("train ner: sentence %q: %d words but %d tags",
					strings.Join(d.Words[i], " "), len(d.Words[i]), len(d.Tags[i]))
			}
		}
		all = append(all, d.Words...)
	}
	m := &Model{gaz: defaultGazetteer()}
	m.lex = buildLexicon(all, cfg)
	logf("lexicon: %d cased words, %d clustered words", len(m.lex.capRatio), len(m.lex.clusters))

	freq := map[uint64]int{}
	if cfg.RareWords > 0 {
		for _, s := range all {
			for _, w := range s {
				freq[newToken(w, nil).hLower]++
			}
		}
	}
	prepared := make([]*document, len(docs))
	gold := make([][][]int, len(docs))
	for i, d := range docs {
		prepared[i] = prepare(d.Words, &m.lex, m.gaz)
		for si := range prepared[i].sents {
			for ti := range prepared[i].sents[si].toks {
				t := &prepared[i].sents[si].toks[ti]
				t.rare = cfg.RareWords > 0 && freq[t.hLower] <= cfg.RareWords
			}
		}
		gold[i] = make([][]int, len(d.Tags))
		for j, tags := range d.Tags {
			gold[i][j] = toIOB2(tags)
		}
	}

	// Stage 1 on everything.
	fx1 := newFeatureIndex(prepared, cfg.MinCount)
	inst1 := fx1.instances(prepared, gold)
	all1 := make([]int, len(docs))
	for i := range all1 {
		all1[i] = i
	}
	logf("stage 1: %d features", len(fx1.keys))
	m.s1 = finalStage(inst1, all1, fx1.keys, cfg, 1)
	if cfg.Folds < 2 {
		return m, nil
	}

	// Jackknifed first-pass labels for the training documents.
	order := rand.New(rand.NewPCG(cfg.Seed, 0x6a61636b)).Perm(len(docs))
	fold := make([]int, len(docs))
	for r, i := range order {
		fold[i] = r % cfg.Folds
	}
	stage1 := make([][][]int, len(docs))
	for k := 0; k < cfg.Folds; k++ {
		var trainIdx, testIdx []int
		for i := range docs {
			if fold[i] == k {
				testIdx = append(testIdx, i)
			} else {
				trainIdx = append(trainIdx, i)
			}
		}
		p := trainStage(inst1, trainIdx, len(fx1.keys), cfg, uint64(10+k))
		avg := p.averaged()
		for _, i := range testIdx {
			stage1[i] = make([][]int, len(prepared[i].sents))
			for j := range prepared[i].sents {
				stage1[i][j] = decodeDense(inst1[i][j].feats, avg, &p.avgTrans)
			}
		}
		logf("jackknife fold %d/%d done", k+1, cfg.Folds)
	}
	for i, d := range prepared {
		d.setStage1(stage1[i])
	}
	fx2 := newFeatureIndex(prepared, cfg.MinCount)
	inst2 := fx2.instances(prepared, gold)
	logf("stage 2: %d features", len(fx2.keys))
	m.s2 = finalStage(inst2, all1, fx2.keys, cfg, 2)
	return m, nil
}

// featureIndex numbers the feature keys seen in training.
type featureIndex struct {
	index map[uint32]int32
	keys  []uint32
}

// newFeatureIndex collects the features of every token, keeping those seen
// at least minCount times, numbered in key order so the numbering does not
// depend on map iteration.
func newFeatureIndex(docs []*document, minCount int) *featureIndex {
	counts := map[uint32]int32{}
	var buf []uint32
	for _, d := range docs {
		for si := range d.sents {
			s := &d.sents[si]
			for i := range s.toks {
				buf = s.features(i, buf[:0])
				for _, k := range buf {
					counts[k]++
				}
			}
		}
	}
	fx := &featureIndex{index: map[uint32]int32{}}
	for k, n := range counts {
		if int(n) >= minCount {
			fx.keys = append(fx.keys, k)
		}
	}
	sort.Slice(fx.keys, func(a, b int) bool { return fx.keys[a] < fx.keys[b] })
	for i, k := range fx.keys {
		fx.index[k] = int32(i)
	}
	return fx
}

// instances turns documents into dense training instances, per document.
func (fx *featureIndex) instances(docs []*document, gold [][][]int) [][]instance {
	out := make([][]instance, len(docs))
	var buf []uint32
	for di, d := range docs {
		out[di] = make([]instance, len(d.sents))
		for si := range d.sents {
			s := &d.sents[si]
			in := instance{feats: make([][]int32, len(s.toks)), gold: gold[di][si]}
			for i := range s.toks {
				buf = s.features(i, buf[:0])
				ids := make([]int32, 0, len(buf))
				for _, k := range buf {
					if id, ok := fx.index[k]; ok {
						ids = append(ids, id)
					}
				}
				in.feats[i] = ids
			}
			out[di][si] = in
		}
	}
	return out
}
