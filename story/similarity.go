package story

import (
	"math"
	"slices"
)

// simEntry is an item's similarity w to pool sentence k.
type simEntry struct {
	k int32
	w float64
}

// similarities fills sims and capacity: the tf-idf cosine between every
// item and every sentence of the story (one uncompressed candidate per
// group, eligible or not), and alpha times each sentence's similarity to
// all. Only pairs that share a term are compared.
func (p *problem) similarities() {
	var pool []sparse
	poolOf := map[int]int{} // candidate → its pool sentence
	df := map[int32]int{}
	for i, cd := range p.cands {
		if cd.Compressed {
			continue
		}
		sv := termVector(cd.Stems, p.c.vocab)
		for _, t := range sv.terms {
			df[t]++
		}
		poolOf[i] = len(pool)
		p.poolCand = append(p.poolCand, i)
		pool = append(pool, sv)
	}
	n := float64(len(pool))
	idf := func(t int32) float64 { return math.Log(n/float64(max(df[t], 1))) + 1 }
	postings := map[int32][]int32{}
	for k := range pool {
		pool[k].weigh(idf)
		for _, t := range pool[k].terms {
			postings[t] = append(postings[t], int32(k))
		}
	}
	dots := make([]float64, len(pool))
	var touched []int32
	// dotAll computes v's similarity to every pool sentence sharing a term.
	dotAll := func(v sparse) []int32 {
		touched = touched[:0]
		for x, t := range v.terms {
			for _, k := range postings[t] {
				if dots[k] == 0 {
					touched = append(touched, k)
				}
				dots[k] += v.w[x] * pool[k].weight(t)
			}
		}
		slices.Sort(touched)
		return touched
	}
	row := func(v sparse) []simEntry {
		var out []simEntry
		for _, k := range dotAll(v) {
			if dots[k] > 0 {
				out = append(out, simEntry{k, dots[k]})
			}
			dots[k] = 0
		}
		return out
	}
	rows := make([][]simEntry, len(pool))
	p.capacity = make([]float64, len(pool))
	for k := range pool {
		rows[k] = row(pool[k])
		for _, e := range rows[k] {
			p.capacity[k] += e.w
		}
		p.capacity[k] *= p.c.alpha
	}
	p.sims = make([][]simEntry, len(p.items))
	for i, it := range p.items {
		if k, ok := poolOf[it.cand]; ok {
			p.sims[i] = rows[k]
			continue
		}
		sv := termVector(p.cands[it.cand].Stems, p.c.vocab)
		sv.weigh(idf)
		p.sims[i] = row(sv)
	}
}

// sparse is a term vector: sorted term ids and their weights.
type sparse struct {
	terms []int32
	w     []float64
}

// termVector counts the content words of a sentence.
func termVector(stems []string, v vocab) sparse {
	var sv sparse
	for _, s := range stems {
		if stopword[s] || isNumberish(s) {
			continue
		}
		t := v.id(s)
		if i, found := slices.BinarySearch(sv.terms, t); found {
			sv.w[i]++
		} else {
			sv.terms = slices.Insert(sv.terms, i, t)
			sv.w = slices.Insert(sv.w, i, 1)
		}
	}
	return sv
}

// weigh multiplies each count by its term's idf and normalises the vector
// to length 1.
func (s *sparse) weigh(idf func(int32) float64) {
	norm := 0.0
	for i, t := range s.terms {
		s.w[i] *= idf(t)
		norm += s.w[i] * s.w[i]
	}
	if norm == 0 {
		return
	}
	norm = math.Sqrt(norm)
	for i := range s.w {
		s.w[i] /= norm
	}
}

// weight returns the weight of term t (0 when absent).
func (s sparse) weight(t int32) float64 {
	if i, found := slices.BinarySearch(s.terms, t); found {
		return s.w[i]
	}
	return 0
}
