package ner

import (
	"math"
	"sort"
)

// buildLexicon derives the word classes a model uses from the training
// text alone (the labels are not looked at): capitalisation ratios, and two
// distributional clusterings of different granularity.
func buildLexicon(sents [][]string, cfg TrainConfig) lexicon {
	lex := lexicon{capRatio: map[string]uint8{}, clusters: map[string]uint32{}}
	total, capped := map[string]int{}, map[string]int{}
	seqs := make([][]string, len(sents))
	for si, s := range sents {
		seq := make([]string, len(s))
		for i, w := range s {
			t := newToken(w, nil)
			seq[i] = t.word
			if i == 0 || !t.hasLetter {
				continue
			}
			total[t.lower]++
			if t.cap {
				capped[t.lower]++
			}
		}
		seqs[si] = seq
	}
	for w, n := range total {
		if n >= 2 {
			lex.capRatio[w] = capBucket(capped[w], n)
		}
	}
	if cfg.FineClasses <= 0 || cfg.CoarseClasses <= 0 {
		return lex
	}
	const minCount = 3
	fine := exchangeClusters(seqs, cfg.FineClasses, minCount, cfg.ClusterIters)
	coarse := exchangeClusters(seqs, cfg.CoarseClasses, minCount, cfg.ClusterIters)
	for w, f := range fine {
		lex.clusters[w] = uint32(f+1)<<8 | uint32(coarse[w]+1)
	}
	return lex
}

// exchangeClusters groups the words seen at least minCount times into k
// classes that maximise the likelihood of a class bigram model, by the
// exchange algorithm: move each word in turn to the class that helps most,
// for a fixed number of passes. Rarer words share one stand-in word so
// that their contexts still count. Everything is ordered, so the result
// depends only on the input.
func exchangeClusters(seqs [][]string, k, minCount, iters int) map[string]int {
	vocab, class := exchange(seqs, k, minCount, iters)
	out := make(map[string]int, len(vocab))
	for i, w := range vocab {
		out[w] = class[i]
	}
	return out
}

// exchange returns the clustered vocabulary and the class of each word,
// then of the rare-word stand-in and of the sentence boundary.
func exchange(seqs [][]string, k, minCount, iters int) ([]string, []int) {
	freq := map[string]int{}
	for _, s := range seqs {
		for _, w := range s {
			freq[w]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(a, b int) bool {
		if freq[vocab[a]] != freq[vocab[b]] {
			return freq[vocab[a]] > freq[vocab[b]]
		}
		return vocab[a] < vocab[b]
	})
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	unk, bound := int32(len(vocab)), int32(len(vocab)+1)
	nv := len(vocab) + 2
	pairs := map[[2]int32]int64{}
	var nbig int64
	for _, s := range seqs {
		prev := bound
		for _, w := range s {
			cur, ok := id[w]
			if !ok {
				cur = unk
			}
			pairs[[2]int32{prev, cur}]++
			prev = cur
		}
		pairs[[2]int32{prev, bound}]++
		nbig += int64(len(s)) + 1
	}
	type edge struct {
		w int32
		n int64
	}
	succ, pred := make([][]edge, nv), make([][]edge, nv)
	self := make([]int64, nv)
	left, right := make([]int64, nv), make([]int64, nv)
	keys := make([][2]int32, 0, len(pairs))
	for p := range pairs {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a][0] != keys[b][0] {
			return keys[a][0] < keys[b][0]
		}
		return keys[a][1] < keys[b][1]
	})
	for _, p := range keys {
		n := pairs[p]
		left[p[0]] += n
		right[p[1]] += n
		if p[0] == p[1] {
			self[p[0]] += n
			continue
		}
		succ[p[0]] = append(succ[p[0]], edge{p[1], n})
		pred[p[1]] = append(pred[p[1]], edge{p[0], n})
	}
	// f(x) = x log x, tabulated: every count is at most nbig.
	f := make([]float64, nbig+1)
	for x := int64(1); x <= nbig; x++ {
		f[x] = float64(x) * math.Log(float64(x))
	}
	class := make([]int, nv)
	for v := range class {
		class[v] = v % k
	}
	big := make([]int64, k*k)
	cl, cr := make([]int64, k), make([]int64, k)
	for _, p := range keys {
		big[class[p[0]]*k+class[p[1]]] += pairs[p]
	}
	for v := 0; v < nv; v++ {
		cl[class[v]] += left[v]
		cr[class[v]] += right[v]
	}
	sc, pc := make([]int64, k), make([]int64, k)
	var st, pt []int // classes touched in sc, pc
	for it := 0; it < iters; it++ {
		moved := 0
		for v := 0; v < nv; v++ {
			st, pt = st[:0], pt[:0]
			for _, e := range succ[v] {
				c := class[e.w]
				if sc[c] == 0 {
					st = append(st, c)
				}
				sc[c] += e.n
			}
			for _, e := range pred[v] {
				c := class[e.w]
				if pc[c] == 0 {
					pt = append(pt, c)
				}
				pc[c] += e.n
			}
			move := func(c int, sign int64) {
				for _, d := range st {
					big[c*k+d] += sign * sc[d]
				}
				for _, d := range pt {
					big[d*k+c] += sign * pc[d]
				}
				big[c*k+c] += sign * self[v]
				cl[c] += sign * left[v]
				cr[c] += sign * right[v]
			}
			a := class[v]
			move(a, -1)
			gain := func(b int) float64 {
				g := 0.0
				for _, d := range st {
					if d != b {
						x := big[b*k+d]
						g += f[x+sc[d]] - f[x]
					}
				}
				for _, d := range pt {
					if d != b {
						x := big[d*k+b]
						g += f[x+pc[d]] - f[x]
					}
				}
				x := big[b*k+b]
				g += f[x+sc[b]+pc[b]+self[v]] - f[x]
				g -= f[cl[b]+left[v]] - f[cl[b]]
				g -= f[cr[b]+right[v]] - f[cr[b]]
				return g
			}
			best, bestGain := a, gain(a)
			for b := 0; b < k; b++ {
				if b == a {
					continue
				}
				if g := gain(b); g > bestGain+1e-9 {
					best, bestGain = b, g
				}
			}
			move(best, +1)
			if best != a {
				class[v] = best
				moved++
			}
			for _, d := range st {
				sc[d] = 0
			}
			for _, d := range pt {
				pc[d] = 0
			}
		}
		if moved == 0 {
			break
		}
	}
	return vocab, class
}

// wordClass is what the model knows about a word from the training text
// alone, without its labels: distributional classes and how often the word
// is capitalised away from the start of a sentence.
type wordClass struct {
	fine   uint16 // class in the fine clustering, 0 = unknown word
	coarse uint8  // class in the coarse clustering, 0 = unknown word
	// capRatio buckets how often the lower-cased form is written
	// capitalised mid-sentence: 0 unknown, 1 never ... 5 always.
	capRatio uint8
}

// lexicon holds the word classes of a model.
type lexicon struct {
	clusters map[string]uint32 // case-sensitive word → fine<<8 | coarse
	capRatio map[string]uint8  // lower-cased word → bucket
}

func (l *lexicon) classesOf(word, lower string) wordClass {
	var c wordClass
	if v, ok := l.clusters[word]; ok {
		c.fine, c.coarse = uint16(v>>8), uint8(v)
	}
	c.capRatio = l.capRatio[lower]
	return c
}

// capBucket turns capitalised/total counts into a capRatio bucket.
func capBucket(capped, total int) uint8 {
	switch {
	case total == 0:
		return 0
	case capped == 0:
		return 1
	case capped == total:
		return 5
	}
	r := float64(capped) / float64(total)
	switch {
	case r < 0.3:
		return 2
	case r < 0.7:
		return 3
	}
	return 4
}
