package cluster

import (
	"sort"
)

// candidates returns the stories worth comparing with q in full: those
// sharing the most weight in q's heaviest terms. Each term's postings are
// read newest first and at most ScanPostings deep, so the work per article
// is bounded by QueryTerms × ScanPostings whatever the size of the index.
func (x *Index) candidates(q vec) []int32 {
	x.gen++
	if x.gen == 0 {
		clear(x.mark)
		x.gen = 1
	}
	touched := x.touched[:0]
	{
		for _, k := range heaviest(q, x.opts.QueryTerms) {
			p := x.postings[q.ids[k]]
			w := q.ws[k]
			for i, seen := len(p)-1, 0; i >= 0 && seen < x.opts.ScanPostings; i, seen = i-1, seen+1 {
				ei := p[i]
				if x.mark[ei] != x.gen {
					x.mark[ei] = x.gen
					x.acc[ei] = 0
					touched = append(touched, ei)
				}
				x.acc[ei] += w
			}
		}
	}
	better := func(a, b int32) bool {
		if x.acc[a] != x.acc[b] {
			return x.acc[a] > x.acc[b]
		}
		return a > b // newer first
	}
	// Keep the best Candidates in order by insertion: most touched stories
	// fail the comparison with the last kept one and cost a single test.
	top := x.top[:0]
	for _, si := range touched {
		if len(top) == x.opts.Candidates && !better(si, top[len(top)-1]) {
			continue
		}
		if len(top) < x.opts.Candidates {
			top = append(top, si)
		} else {
			top[len(top)-1] = si
		}
		for k := len(top) - 1; k > 0 && better(top[k], top[k-1]); k-- {
			top[k], top[k-1] = top[k-1], top[k]
		}
	}
	x.top, x.touched = top, touched
	touched = top
	return touched
}

// heaviest returns the positions of the n largest weights of v, heaviest
// first (ties to the lower term id).
func heaviest(v vec, n int) []int {
	order := make([]int, len(v.ids))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		if v.ws[order[a]] != v.ws[order[b]] {
			return v.ws[order[a]] > v.ws[order[b]]
		}
		return order[a] < order[b]
	})
	if len(order) > n {
		order = order[:n]
	}
	return order
}

// topShared lists the terms contributing most to the dot product of an
// article's vector with a centroid, so a user can see why it was grouped.
func (x *Index) topShared(a, c vec, n int) []string {
	type tw struct {
		id uint32
		w  float64
	}
	var out []tw
	j := 0
	for i, id := range a.ids {
		for j < len(c.ids) && c.ids[j] < id {
			j++
		}
		if j < len(c.ids) && c.ids[j] == id {
			out = append(out, tw{id, float64(a.ws[i]) * float64(c.ws[j])})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].w != out[j].w {
			return out[i].w > out[j].w
		}
		return out[i].id < out[j].id
	})
	var terms []string
	for i := 0; i < len(out) && i < n; i++ {
		terms = append(terms, x.termText(out[i].id))
	}
	return terms
}
