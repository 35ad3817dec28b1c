package align

import (
	"math"
	"strings"
	"unicode"

	calign "github.com/chorusnews/chorus/claims/align"
)

// TFIDF is the classic baseline: the cosine of two sentences' lower-cased
// word counts weighted by inverse document frequency, above a threshold.
// Document frequencies and the threshold come from the training pairs.
type TFIDF struct {
	df        map[string]int
	docs      int
	Threshold float64
}

// NewTFIDF counts document frequencies over the distinct sentences of
// train and picks the threshold with the best accuracy on train.
func NewTFIDF(train []calign.Pair) *TFIDF {
	t := &TFIDF{df: map[string]int{}}
	seen := map[string]bool{}
	for _, p := range train {
		for _, s := range [2]string{p.A, p.B} {
			if seen[s] {
				continue
			}
			seen[s] = true
			t.docs++
			uniq := map[string]bool{}
			for _, w := range words(s) {
				uniq[w] = true
			}
			for w := range uniq {
				t.df[w]++
			}
		}
	}
	cos := make([]float64, len(train))
	for i, p := range train {
		cos[i] = t.Cosine(p.A, p.B)
	}
	best := -1
	for k := 1; k < 100; k++ {
		th := float64(k) / 100
		right := 0
		for i, p := range train {
			if (cos[i] >= th) == p.Same {
				right++
			}
		}
		if right > best {
			best, t.Threshold = right, th
		}
	}
	return t
}

// Cosine is the TF-IDF cosine of two sentences.
func (t *TFIDF) Cosine(a, b string) float64 {
	va, vb := t.vector(a), t.vector(b)
	dot, na, nb := 0.0, 0.0, 0.0
	for w, x := range va {
		na += x * x
		dot += x * vb[w]
	}
	for _, y := range vb {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// Same implements Decider.
func (t *TFIDF) Same(a, b string) bool { return t.Cosine(a, b) >= t.Threshold }

func (t *TFIDF) vector(s string) map[string]float64 {
	v := map[string]float64{}
	for _, w := range words(s) {
		v[w]++
	}
	for w, n := range v {
		v[w] = n * (math.Log(float64(t.docs+1)/float64(t.df[w]+1)) + 1)
	}
	return v
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
