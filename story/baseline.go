package story

import (
	"math"
	"sort"
)

// The baselines below are the field's classic extractive summarisers, in
// the form the digest evaluation compares chorus with. They read every
// sentence of at least baselineMinWords words, as the original systems did,
// not only the ones a digest may use, and fill the budget in the order of
// their scores; the last sentence may run over, as ROUGE cuts summaries at
// the budget.

// baselineMinWords drops fragments (datelines, captions) from the
// baselines' pools, as their reference implementations do.
const baselineMinWords = 5

// LexRank is Erkan and Radev's (2004) graph centrality: sentences are tf-idf
// vectors, linked when their cosine similarity exceeds Threshold; the
// stationary distribution of a random walk on the graph (PageRank with
// damping 0.85) ranks them, and a sentence too similar to one already
// chosen (cosine above Redundancy) is skipped.
type LexRank struct {
	Threshold  float64
	Redundancy float64
}

// Centroid is Radev et al.'s MEAD centroid summariser: a sentence scores
// the centroid weight of its words (tf-idf over the story, keeping the
// words above a tenth of the heaviest), plus a position score and its
// overlap with its article's first sentence, each scaled to the heaviest
// centroid score; sentences too similar to one chosen are skipped.
type Centroid struct {
	Redundancy float64
}

// Select implements Selector.
func (l LexRank) Select(cands []Candidate, budget int) []int {
	pool, vecs := baselinePool(cands)
	n := len(pool)
	if n == 0 {
		return nil
	}
	deg := make([]float64, n)
	adj := make([][]int, n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if cosine(vecs[i], vecs[j]) > l.Threshold {
				adj[i] = append(adj[i], j)
				adj[j] = append(adj[j], i)
			}
		}
	}
	for i := range adj {
		deg[i] = float64(len(adj[i]))
	}
	const damping = 0.85
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		for i := range next {
			next[i] = (1 - damping) / float64(n)
		}
		for i := 0; i < n; i++ {
			if deg[i] == 0 {
				for j := range next { // a sentence linked to none jumps anywhere
					next[j] += damping * p[i] / float64(n)
				}
				continue
			}
			for _, j := range adj[i] {
				next[j] += damping * p[i] / deg[i]
			}
		}
		delta := 0.0
		for i := range p {
			delta += math.Abs(next[i] - p[i])
		}
		p, next = next, p
		if delta < 1e-9 {
			break
		}
	}
	return fillByScore(cands, pool, vecs, p, budget, l.Redundancy)
}

// Select implements Selector.
func (c Centroid) Select(cands []Candidate, budget int) []int {
	pool, vecs := baselinePool(cands)
	if len(pool) == 0 {
		return nil
	}
	centroid := map[int32]float64{}
	for _, v := range vecs {
		for t, w := range v {
			centroid[t] += w
		}
	}
	heaviest := 0.0
	for _, w := range centroid {
		heaviest = max(heaviest, w)
	}
	for t, w := range centroid {
		if w < heaviest/10 {
			delete(centroid, t)
		}
	}
	first := map[int]int{} // article → pool index of its first sentence
	sentences := map[int]int{}
	for k, i := range pool {
		a := cands[i].Article
		if f, ok := first[a]; !ok || cands[i].Sentence < cands[pool[f]].Sentence {
			first[a] = k
		}
		sentences[a] = max(sentences[a], cands[i].Sentence+1)
	}
	cscore := make([]float64, len(pool))
	cmax := 0.0
	for k, v := range vecs {
		for t := range v {
			cscore[k] += centroid[t]
		}
		cmax = max(cmax, cscore[k])
	}
	score := make([]float64, len(pool))
	for k, i := range pool {
		cd := cands[i]
		n := float64(sentences[cd.Article])
		position := (n - float64(cd.Sentence)) / n * cmax
		overlap := cosine(vecs[k], vecs[first[cd.Article]]) * cmax
		score[k] = cscore[k] + position + overlap
	}
	return fillByScore(cands, pool, vecs, score, budget, c.Redundancy)
}

// baselinePool lists the uncompressed candidates long enough for the
// baselines, with their tf-idf vectors (idf over the pool's sentences).
func baselinePool(cands []Candidate) ([]int, []map[int32]float64) {
	var pool []int
	v := vocab{}
	sf := map[int32]int{}
	var tfs []map[int32]float64
	for i, c := range cands {
		if c.Compressed || c.Words < baselineMinWords {
			continue
		}
		tf := map[int32]float64{}
		for _, s := range c.Stems {
			if !stopword[s] {
				tf[v.id(s)]++
			}
		}
		if len(tf) == 0 {
			continue
		}
		for t := range tf {
			sf[t]++
		}
		pool = append(pool, i)
		tfs = append(tfs, tf)
	}
	n := float64(len(pool))
	for _, tf := range tfs {
		for t, w := range tf {
			tf[t] = w * math.Log(n/float64(sf[t])+1)
		}
	}
	return pool, tfs
}

// fillByScore takes pool sentences best score first, skipping any whose
// cosine with a chosen one exceeds redundancy, until the budget is full;
// the last one may run over the budget.
func fillByScore(cands []Candidate, pool []int, vecs []map[int32]float64, score []float64, budget int, redundancy float64) []int {
	order := make([]int, len(pool))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	var chosen []int
	var out []int
	total := 0
	for _, k := range order {
		if total >= budget {
			break
		}
		redundant := false
		for _, c := range chosen {
			if cosine(vecs[k], vecs[c]) > redundancy {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		chosen = append(chosen, k)
		out = append(out, pool[k])
		total += cands[pool[k]].Words
	}
	return out
}

// Oracle is the ceiling: it adds, one at a time, the sentence that most
// raises Gain (a score against the reference summaries, computed by the
// evaluation) of the summary so far, until the budget is full or no
// sentence helps.
type Oracle struct {
	Gain func(texts []string) float64
}

// Select implements Selector.
func (o Oracle) Select(cands []Candidate, budget int) []int {
	var out []int
	var texts []string
	used := map[int]bool{}
	have, total := o.Gain(nil), 0
	for total < budget {
		best, bestGain := -1, have
		for i, c := range cands {
			if c.Compressed || c.Words < baselineMinWords || used[c.Group] {
				continue
			}
			if g := o.Gain(append(texts, c.Text)); g > bestGain {
				best, bestGain = i, g
			}
		}
		if best < 0 {
			break
		}
		used[cands[best].Group] = true
		out = append(out, best)
		texts = append(texts, cands[best].Text)
		have, total = bestGain, total+cands[best].Words
	}
	return out
}

// cosine is the cosine similarity of two sparse vectors.
func cosine(a, b map[int32]float64) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	var dot, na, nb float64
	for t, w := range a {
		dot += w * b[t]
		na += w * w
	}
	for _, w := range b {
		nb += w * w
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
