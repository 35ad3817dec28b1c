package clustering

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// TFIDF is the streaming TF-IDF cosine baseline: each item becomes a unit
// TF-IDF vector of its lower-cased words (stopwords removed, IDF from the
// items seen so far) and joins the cluster whose centroid is most similar
// if the cosine reaches Threshold, else starts a cluster. It has one level:
// events and stories are the same clusters. Candidate clusters come from an
// exact inverted index (every cluster sharing a word), which is fine at
// evaluation sizes.
type TFIDF struct {
	Threshold float64

	df       map[string]int
	n        int
	clusters []map[string]float64
	norms    []float64
	postings map[string][]int
}

// DefaultBaselineThreshold is the cosine at which this baseline lands on the
// anchor (pairwise F1 0.706 on the UCI headlines in the given order). Swept
// in steps of 0.05 it does best at 0.1 on the headlines (0.80 averaged over
// orders) and at 0.2–0.3 on ECB+ full texts: no single threshold suits both.
const DefaultBaselineThreshold = 0.2

// NewTFIDF returns an empty baseline clusterer.
func NewTFIDF(threshold float64) *TFIDF {
	return &TFIDF{Threshold: threshold, df: map[string]int{}, postings: map[string][]int{}}
}

// Add implements Clusterer.
func (b *TFIDF) Add(it Item) (string, string) {
	tf := map[string]float64{}
	for _, w := range strings.FieldsFunc(strings.ToLower(it.Title+"\n"+it.Text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) > 1 && !baselineStop[w] {
			tf[w]++
		}
	}
	b.n++
	terms := make([]string, 0, len(tf))
	for t := range tf {
		b.df[t]++
		terms = append(terms, t)
	}
	sort.Strings(terms) // fixed summation order: same input, same output
	vec := make(map[string]float64, len(tf))
	norm := 0.0
	for _, t := range terms {
		w := (1 + math.Log(tf[t])) * (1 + math.Log(float64(b.n+1)/float64(b.df[t]+1)))
		vec[t] = w
		norm += w * w
	}
	norm = math.Sqrt(norm)
	seen := map[int]bool{}
	var cands []int
	for _, t := range terms {
		vec[t] /= norm
		for _, c := range b.postings[t] {
			if !seen[c] {
				seen[c] = true
				cands = append(cands, c)
			}
		}
	}
	sort.Ints(cands)
	best, bestSim := -1, 0.0
	for _, c := range cands {
		dot := 0.0
		for _, t := range terms {
			dot += vec[t] * b.clusters[c][t]
		}
		if sim := dot / b.norms[c]; sim > bestSim {
			best, bestSim = c, sim
		}
	}
	if best < 0 || bestSim < b.Threshold {
		best = len(b.clusters)
		b.clusters = append(b.clusters, map[string]float64{})
		b.norms = append(b.norms, 0)
	}
	cl := b.clusters[best]
	for _, t := range terms {
		if _, ok := cl[t]; !ok {
			b.postings[t] = append(b.postings[t], best)
		}
		cl[t] += vec[t]
	}
	keys := make([]string, 0, len(cl))
	for t := range cl {
		keys = append(keys, t)
	}
	sort.Strings(keys)
	s := 0.0
	for _, t := range keys {
		s += cl[t] * cl[t]
	}
	b.norms[best] = math.Sqrt(s)
	id := "c" + strconv.Itoa(best)
	return id, id
}

var baselineStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but of to in on at by for with from as is are was were be been
		it its this that these those he she they we you i his her their our your not no so if than then there
		has have had do does did will would can could should may might about after over into up out new says said`) {
		m[w] = true
	}
	return m
}()
