package claims

import (
	"math"
	"slices"
)

// gist is a statement's bag of terms for the looser, story-level
// comparison: its content-word stems and the words of the names it
// mentions, weighted by how rare they are among the story's statements.
// Two reports of one event rarely paraphrase each other sentence for
// sentence ("Riel met Varga on Monday to propose a wider port
// partnership" / "Riel held talks with Varga in Thessara late Monday on a
// port cooperation pact"), but they name the same actors and
// share the rare words of the event.
type gist struct {
	terms []uint64 // sorted, distinct
	w     []float64
	norm  float64
}

// gists computes every statement's gist with idf over the story.
func gists(stmts []*stmt) []gist {
	raw := make([][]uint64, len(stmts))
	df := map[uint64]int{}
	for i, s := range stmts {
		t := slices.Clone(s.full.ContentStems())
		for _, e := range s.facets.Entities {
			for _, w := range nameTokens(e) {
				t = append(t, nameHash(w))
			}
		}
		slices.Sort(t)
		t = slices.Compact(t)
		raw[i] = t
		for _, h := range t {
			df[h]++
		}
	}
	n := float64(len(stmts))
	out := make([]gist, len(stmts))
	for i, t := range raw {
		g := gist{terms: t, w: make([]float64, len(t))}
		for k, h := range t {
			g.w[k] = math.Log((n + 1) / float64(df[h]))
			g.norm += g.w[k] * g.w[k]
		}
		g.norm = math.Sqrt(g.norm)
		out[i] = g
	}
	return out
}

// nameHash keeps name words apart from content stems.
func nameHash(w string) uint64 {
	h := uint64(1469598103934665603)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h ^ 0x5bd1e9955bd1e995
}

// cosine of two gists.
func (g gist) cosine(o gist) float64 {
	if g.norm == 0 || o.norm == 0 {
		return 0
	}
	dot := 0.0
	i, j := 0, 0
	for i < len(g.terms) && j < len(o.terms) {
		switch {
		case g.terms[i] < o.terms[j]:
			i++
		case g.terms[i] > o.terms[j]:
			j++
		default:
			dot += g.w[i] * o.w[j]
			i++
			j++
		}
	}
	return dot / (g.norm * o.norm)
}
