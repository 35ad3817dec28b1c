package dedup

// Signature is a MinHash signature: for each of the index's hash
// functions, the smallest hash of any of a text's shingles. Two texts agree
// on a position with probability equal to the Jaccard similarity of their
// shingle sets.
type Signature []uint32

// hasher holds the parameters of the hash family h_i(x) = (a_i·x + b_i) >> 32
// (multiply-shift hashing of the 64-bit shingle hash). They are derived
// from a seed, so every machine computes the same signatures.
type hasher struct {
	a, b []uint64
}

func newHasher(k int, seed uint64) hasher {
	h := hasher{a: make([]uint64, k), b: make([]uint64, k)}
	s := seed
	next := func() uint64 {
		s += 0x9e3779b97f4a7c15
		return mix64(s)
	}
	for i := 0; i < k; i++ {
		h.a[i] = next() | 1 // odd multipliers keep the map a bijection
		h.b[i] = next()
	}
	return h
}

// sign computes the signature of a shingle set given as hashes (duplicates
// allowed) into sig, which must have one slot per hash function.
func (h hasher) sign(shingles []uint64, sig Signature) {
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, x := range shingles {
		for i := range sig {
			if v := uint32((h.a[i]*x + h.b[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
}

// agreement is the share of positions where two signatures hold the same
// value: an unbiased estimate of the Jaccard similarity of the two sets.
func agreement(a, b Signature) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// containmentOf turns a Jaccard similarity J of sets of sizes na and nb into
// the share of the smaller set found in the larger: |A∩B| = J(|A|+|B|)/(1+J).
// Containment, not Jaccard, is what says "B repeats A": a copy with a trimmed
// tail has a low Jaccard similarity with its origin but is wholly contained in it.
func containmentOf(j float64, na, nb int) float64 {
	small := min(na, nb)
	if small == 0 {
		return 0
	}
	inter := j * float64(na+nb) / (1 + j)
	return min(1, inter/float64(small))
}
