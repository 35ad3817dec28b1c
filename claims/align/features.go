package align

import (
	"math"

	"github.com/chorusnews/chorus/claims/numbers"
)

// The features of a pair of statements. Every feature is symmetric in the
// two statements (min and max of the two directions), so the classifier
// gives the same answer whichever comes first.
const (
	fWordMin = iota
	fWordMax
	fStemMin
	fStemMax
	fContentMin
	fContentMax
	fIDFMin
	fIDFMax
	fBigramMin
	fBigramMax
	fTrigramMin
	fTrigramMax
	fCharDice
	fCharMin
	fLCSMin
	fLCSMax
	fLenRatio
	fLenDiff
	fLenMin
	fAlignMin
	fAlignMax
	fUnalignedMax
	fUnalignedMin
	fNumBoth
	fNumSame
	fNumDiffer
	fNumOnlyOne
	fNameMin
	fNameMax
	fNameUnmatched
	fNegDiff
	fCosine
	fUnalignedWordsMax
	fUnalignedWordsMin
	fGapMax
	fGapMin
	fWhenDiffer
	fStartSame
	fEndSame
	fBLEU
	NumFeatures
)

// FeatureNames name the features in order, for reports and the model file.
var FeatureNames = [NumFeatures]string{
	"word_min", "word_max", "stem_min", "stem_max", "content_min", "content_max", "idf_min", "idf_max",
	"bigram_min", "bigram_max", "trigram_min", "trigram_max", "char4_dice", "char4_min", "lcs_min", "lcs_max",
	"len_ratio", "len_diff", "len_min", "align_min", "align_max", "unaligned_max", "unaligned_min",
	"num_both", "num_same", "num_differ", "num_only_one", "name_min", "name_max", "name_unmatched",
	"neg_diff", "cosine", "unaligned_words_max", "unaligned_words_min", "gap_max", "gap_min", "when_differ", "start_same", "end_same", "bleu",
}

// Features is a pair's feature vector.
type Features [NumFeatures]float64

// ratio is a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// minMax sets two features to the min and max of the two directions'
// overlap ratios.
func (f *Features) minMax(lo, hi int, shared, na, nb int) {
	x, y := ratio(shared, na), ratio(shared, nb)
	if na == 0 && nb == 0 {
		x, y = 1, 1
	}
	f[lo], f[hi] = math.Min(x, y), math.Max(x, y)
}

// Pair computes the features of two prepared statements.
func (m *Model) Pair(a, b *Sentence) Features {
	var f Features
	f.minMax(fWordMin, fWordMax, a.wordBits.shared(&b.wordBits), a.wordBits.n, b.wordBits.n)
	f.minMax(fStemMin, fStemMax, intersect(a.stemSet, b.stemSet), len(a.stemSet), len(b.stemSet))
	f.minMax(fContentMin, fContentMax, intersect(a.contentSet, b.contentSet), len(a.contentSet), len(b.contentSet))
	nb, nt := a.bigrams.shared(&b.bigrams), a.trigrams.shared(&b.trigrams)
	f.minMax(fBigramMin, fBigramMax, nb, a.bigrams.n, b.bigrams.n)
	f.minMax(fTrigramMin, fTrigramMax, nt, a.trigrams.n, b.trigrams.n)
	cg := sharedGrams(a, b)
	if n := a.nGrams + b.nGrams; n > 0 {
		f[fCharDice] = 2 * float64(cg) / float64(n)
	}
	f[fCharMin] = math.Min(ratio(cg, a.nGrams), ratio(cg, b.nGrams))

	// idf-weighted stem overlap
	if a.idfMass > 0 && b.idfMass > 0 {
		shared := sharedIDF(a, b)
		x, y := shared/a.idfMass, shared/b.idfMass
		f[fIDFMin], f[fIDFMax] = math.Min(x, y), math.Max(x, y)
		f[fCosine] = cosine(a, b)
	}

	l := lcs(a.stems, b.stems)
	la, lb := len(a.stems), len(b.stems)
	f.minMax(fLCSMin, fLCSMax, l, la, lb)
	if la > 0 && lb > 0 {
		f[fLenRatio] = float64(min(la, lb)) / float64(max(la, lb))
		f[fLenDiff] = math.Log1p(math.Abs(float64(la - lb)))
		f[fLenMin] = math.Log1p(float64(min(la, lb)))
	}

	ra, rb := m.softAlign(a, b), m.softAlign(b, a)
	f[fAlignMin], f[fAlignMax] = math.Min(ra.score, rb.score), math.Max(ra.score, rb.score)
	f[fUnalignedMin], f[fUnalignedMax] = math.Min(ra.unaligned, rb.unaligned), math.Max(ra.unaligned, rb.unaligned)
	wa, wb := math.Log1p(float64(ra.words)), math.Log1p(float64(rb.words))
	f[fUnalignedWordsMin], f[fUnalignedWordsMax] = math.Min(wa, wb), math.Max(wa, wb)
	f[fGapMin], f[fGapMax] = math.Log1p(float64(min(ra.gap, rb.gap))), math.Log1p(float64(max(ra.gap, rb.gap)))

	numbersFeatures(&f, a, b)
	nn := a.names.shared(&b.names)
	f.minMax(fNameMin, fNameMax, nn, a.names.n, b.names.n)
	f[fNameUnmatched] = math.Log1p(float64(a.names.n + b.names.n - 2*nn))
	f[fNegDiff] = math.Abs(float64(a.neg - b.neg))
	if a.when != 0 && b.when != 0 && a.when&b.when == 0 {
		f[fWhenDiffer] = 1 // "on Monday" and "on Tuesday"
	}
	f[fStartSame] = edgeOverlap(a.stems, b.stems, false)
	f[fEndSame] = edgeOverlap(a.stems, b.stems, true)
	// BLEU-like: geometric mean of unigram, bigram and trigram overlap
	// (the smaller side's share), smoothed
	u := (float64(intersect(a.stemSet, b.stemSet)) + 1) / (float64(min(len(a.stemSet), len(b.stemSet))) + 1)
	bi := (float64(nb) + 1) / (float64(min(a.bigrams.n, b.bigrams.n)) + 1)
	tri := (float64(nt) + 1) / (float64(min(a.trigrams.n, b.trigrams.n)) + 1)
	f[fBLEU] = math.Cbrt(u * bi * tri)
	return f
}

// edgeOverlap is the share of the first (or last) three stems two
// statements share, in any order: paraphrases often keep how a sentence
// starts and ends.
func edgeOverlap(a, b []uint64, end bool) float64 {
	const n = 3
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	ea, eb := a[:min(n, len(a))], b[:min(n, len(b))]
	if end {
		ea, eb = a[len(a)-min(n, len(a)):], b[len(b)-min(n, len(b)):]
	}
	shared := 0
	for _, x := range ea {
		for _, y := range eb {
			if x == y {
				shared++
				break
			}
		}
	}
	return float64(shared) / float64(max(len(ea), len(eb)))
}

// numbersFeatures compares the quantities of two statements: a figure
// stated on one side only, or two different figures, usually mean two
// different statements.
func numbersFeatures(f *Features, a, b *Sentence) {
	if len(a.quantities) == 0 && len(b.quantities) == 0 {
		return
	}
	if len(a.quantities) > 0 && len(b.quantities) > 0 {
		f[fNumBoth] = 1
	}
	unmatched := 0
	for _, side := range [2][2]*Sentence{{a, b}, {b, a}} {
		for _, q := range side[0].quantities {
			found := false
			for _, o := range side[1].quantities {
				if numbers.Agrees(q, o) {
					found = true
					break
				}
			}
			if !found {
				unmatched++
			}
		}
	}
	if unmatched == 0 {
		f[fNumSame] = 1
	}
	if len(a.quantities) == 0 || len(b.quantities) == 0 {
		f[fNumOnlyOne] = 1
	} else {
		f[fNumDiffer] = math.Log1p(float64(unmatched))
	}
}

// lcs is the length of the longest common subsequence of two stem sequences.
func lcs(a, b []uint64) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var buf [2][96]int32
	if len(b) >= len(buf[0]) {
		b = b[:len(buf[0])-1]
	}
	prev, cur := buf[0][:len(b)+1], buf[1][:len(b)+1]
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}

// alignment is what aligning one statement's words with another's found.
type alignment struct {
	// score is the idf-weighted share of content aligned, unaligned the
	// idf mass left over.
	score, unaligned float64
	// words counts the content words left unaligned; gap is the longest
	// run of unaligned words holding a content word (an added clause).
	words, gap int
}

// softAlign aligns each content word of a with its most similar word of
// b: the same stem scores 1, a near spelling ("Dillards"/"Dillard's",
// "Wolfowitz"/"Wolfowiz") less.
func (m *Model) softAlign(a, b *Sentence) alignment {
	var r alignment
	total, got := 0.0, 0.0
	run, runContent := 0, false
	for i, h := range a.stems {
		if contains(b.stemSet, h) {
			if runContent {
				r.gap = max(r.gap, run)
			}
			run, runContent = 0, false
			if a.content[i] {
				total += a.idfs[i]
				got += a.idfs[i]
			}
			continue
		}
		run++
		if !a.content[i] {
			continue
		}
		w := a.idfs[i]
		total += w
		best := 0.0
		for j, o := range b.Words {
			if !b.content[j] {
				continue
			}
			if s := wordSimilarity(a.Words[i], o); s > best {
				best = s
			}
		}
		got += w * best
		r.unaligned += w * (1 - best)
		if best == 0 {
			r.words++
			runContent = true
		}
	}
	if runContent {
		r.gap = max(r.gap, run)
	}
	if total == 0 {
		r.score = 1
		return r
	}
	r.score = got / total
	return r
}

// wordSimilarity scores two different words by spelling: a shared prefix
// of five or more letters, or a small edit distance between long words.
func wordSimilarity(x, y string) float64 {
	if len(x) < 4 || len(y) < 4 || x[0] != y[0] {
		return 0
	}
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		p++
	}
	short := min(len(x), len(y))
	if p >= 5 || (p >= 4 && p*4 >= short*3) {
		return 0.8
	}
	if d := editDistance(x, y); d <= 1 || (d == 2 && short >= 7) {
		return 0.7
	}
	return 0
}

// editDistance is the Levenshtein distance of two short words, capped at 3.
// Only distances of 2 or less matter, so only cells within 2 of the
// diagonal are filled (Ukkonen's band): any path outside it already costs
// 3, and a row whose cells all exceed 2 ends the search.
func editDistance(x, y string) int {
	const band, capped = 2, 3
	if len(x) > 30 || len(y) > 30 {
		return capped
	}
	if d := len(x) - len(y); d > band || d < -band {
		return capped
	}
	var buf [2][32]int
	prev, cur := buf[0][:len(y)+1], buf[1][:len(y)+1]
	for j := range prev {
		prev[j] = min(j, capped)
	}
	for i := 1; i <= len(x); i++ {
		lo, hi := max(1, i-band), min(len(y), i+band)
		cur[0] = min(i, capped)
		if lo > 1 {
			cur[lo-1] = capped
		}
		best := cur[0]
		if lo > 1 {
			best = capped
		}
		for j := lo; j <= hi; j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1, capped)
			cur[j] = c
			best = min(best, c)
		}
		if hi < len(y) {
			cur[hi+1] = capped
		}
		if best >= capped {
			return capped
		}
		prev, cur = cur, prev
	}
	return min(prev[len(y)], capped)
}
