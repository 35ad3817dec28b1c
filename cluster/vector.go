package cluster

import (
	"math"
	"sort"
)

// vec is a sparse vector: term ids in increasing order with their weights.
// Sorted parallel slices cost a tenth of a map's memory and make the dot
// product a merge, which matters when a million centroids are kept.
type vec struct {
	ids []uint32
	ws  []float32
}

func (v vec) len() int { return len(v.ids) }

// norm is the vector's Euclidean length.
func (v vec) norm() float64 {
	s := 0.0
	for _, w := range v.ws {
		s += float64(w) * float64(w)
	}
	return math.Sqrt(s)
}

// dot is the inner product of two sorted vectors.
func dot(a, b vec) float64 {
	if len(a.ids) == 0 || len(b.ids) == 0 {
		return 0
	}
	// Binary-search the longer one when lengths differ a lot (a short
	// headline against a large centroid), else merge.
	if len(a.ids)*8 < len(b.ids) {
		return dotSearch(a, b)
	}
	if len(b.ids)*8 < len(a.ids) {
		return dotSearch(b, a)
	}
	s := 0.0
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += float64(a.ws[i]) * float64(b.ws[j])
			i++
			j++
		}
	}
	return s
}

func dotSearch(short, long vec) float64 {
	s := 0.0
	lo := 0
	for i, id := range short.ids {
		k := lo + sort.Search(len(long.ids)-lo, func(k int) bool { return long.ids[lo+k] >= id })
		if k < len(long.ids) && long.ids[k] == id {
			s += float64(short.ws[i]) * float64(long.ws[k])
		}
		lo = k
	}
	return s
}

// addScaled returns a + f·b as a new vector (a is not modified).
func addScaled(a, b vec, f float32) vec {
	out := vec{ids: make([]uint32, 0, len(a.ids)+len(b.ids)), ws: make([]float32, 0, len(a.ids)+len(b.ids))}
	i, j := 0, 0
	for i < len(a.ids) || j < len(b.ids) {
		switch {
		case j == len(b.ids) || (i < len(a.ids) && a.ids[i] < b.ids[j]):
			out.ids, out.ws = append(out.ids, a.ids[i]), append(out.ws, a.ws[i])
			i++
		case i == len(a.ids) || b.ids[j] < a.ids[i]:
			out.ids, out.ws = append(out.ids, b.ids[j]), append(out.ws, f*b.ws[j])
			j++
		default:
			out.ids, out.ws = append(out.ids, a.ids[i]), append(out.ws, a.ws[i]+f*b.ws[j])
			i++
			j++
		}
	}
	return out
}

// truncate keeps the n heaviest terms (ties to the lower id), in id order.
// Centroids are truncated so that memory per cluster is bounded; the terms
// dropped are the ones that weigh least in any cosine.
func truncate(v vec, n int) vec {
	if len(v.ids) <= n {
		return v
	}
	order := make([]int, len(v.ids))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		wa, wb := v.ws[order[a]], v.ws[order[b]]
		if wa != wb {
			return wa > wb
		}
		return v.ids[order[a]] < v.ids[order[b]]
	})
	keep := order[:n]
	sort.Ints(keep)
	out := vec{ids: make([]uint32, n), ws: make([]float32, n)}
	for k, i := range keep {
		out.ids[k], out.ws[k] = v.ids[i], v.ws[i]
	}
	return out
}

// normalize scales v to unit length in place and returns it.
func normalize(v vec) vec {
	n := v.norm()
	if n == 0 {
		return v
	}
	for i := range v.ws {
		v.ws[i] = float32(float64(v.ws[i]) / n)
	}
	return v
}

// sharedTerms counts the terms a and c share and returns the largest
// weight c gives one of them.
func sharedTerms(a, c vec) (n int, top float64) {
	j := 0
	for _, id := range a.ids {
		k := j + sort.Search(len(c.ids)-j, func(k int) bool { return c.ids[j+k] >= id })
		if k < len(c.ids) && c.ids[k] == id {
			n++
			top = max(top, float64(c.ws[k]))
		}
		j = k
	}
	return n, top
}
