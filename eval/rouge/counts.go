package rouge

// scorer holds what one Score call reuses across clusters: the stemmer's
// memory, a vocabulary that turns tokens into small integers (so n-grams
// are integer keys, not joined strings), and the LCS work table.
type scorer struct {
	opt   Options
	st    *stemmer
	vocab map[string]int32
	buf   []string
	table []int32
}

func newScorer(opt Options) *scorer {
	return &scorer{opt: opt, st: newStemmer(opt.Lemmas), vocab: make(map[string]int32, 1<<14)}
}

// summary is a peer or reference ready for counting: its token ids per
// sentence after the word limit, and all of them in order.
type summary struct {
	sents [][]int32
	all   []int32
}

// prepare runs the text pipeline of text.go on one summary.
func (s *scorer) prepare(text string) summary {
	var sum summary
	for _, sent := range limitWords(splitLines(text, !s.opt.NoSplit), s.opt.Words) {
		s.buf = tokens(s.buf[:0], sent, s.st)
		ids := make([]int32, len(s.buf))
		for i, t := range s.buf {
			id, ok := s.vocab[t]
			if !ok {
				id = int32(len(s.vocab))
				s.vocab[t] = id
			}
			ids[i] = id
		}
		sum.sents = append(sum.sents, ids)
		sum.all = append(sum.all, ids...)
	}
	return sum
}

// cluster scores one peer against its references with every metric.
func (s *scorer) cluster(peerText string, refTexts []string) [numMetrics]PRF {
	peer := s.prepare(peerText)
	refs := make([]summary, len(refTexts))
	for i, r := range refTexts {
		refs[i] = s.prepare(r)
	}
	var out [numMetrics]PRF
	out[Rouge1] = pooled(peer, refs, func(x summary) grams { return ngrams(x.all, 1) }, s.opt.Alpha)
	out[Rouge2] = pooled(peer, refs, func(x summary) grams { return ngrams(x.all, 2) }, s.opt.Alpha)
	out[RougeSU4] = pooled(peer, refs, func(x summary) grams { return skipBigrams(x.all, 4) }, s.opt.Alpha)
	out[RougeL] = s.unionLCS(peer, refs)
	return out
}

// grams is a multiset of n-grams with its total size (ROUGE's "_cn_").
type grams struct {
	count map[uint64]int
	total int
}

// gramKey packs an n-gram of one or two token ids into a map key; a unigram
// and a bigram never share a key.
func gramKey(a, b int32) uint64 { return uint64(a+1)<<32 | uint64(b+1) }

// ngrams counts the n-grams (n is 1 or 2) of a token sequence.
func ngrams(toks []int32, n int) grams {
	g := grams{count: make(map[uint64]int, len(toks))}
	for i := 0; i+n <= len(toks); i++ {
		b := int32(-1)
		if n == 2 {
			b = toks[i+1]
		}
		g.count[gramKey(toks[i], b)]++
		g.total++
	}
	return g
}

// skipBigrams counts ROUGE-SU grams as createSkipBigram does with -u: for
// every token but the last, the token itself and its pairs with each of the
// next skip+1 tokens. The last token's unigram is never counted (ROUGE's
// loop stops one short), so a one-token summary has no SU grams at all.
func skipBigrams(toks []int32, skip int) grams {
	g := grams{count: make(map[uint64]int, len(toks)*(skip+2))}
	last := len(toks) - 1
	for i := 0; i < last; i++ {
		g.count[gramKey(toks[i], -1)]++
		g.total++
		for j := i + 1; j <= last && j <= i+skip+1; j++ {
			g.count[gramKey(toks[i], toks[j])]++
			g.total++
		}
	}
	return g
}

// pooled applies -f A to a count-based metric: hits clipped per reference,
// summed over references along with the reference and peer totals.
func pooled(peer summary, refs []summary, count func(summary) grams, alpha float64) PRF {
	pg := count(peer)
	hit, modelTotal, peerTotal := 0, 0, 0
	for _, r := range refs {
		rg := count(r)
		for k, rc := range rg.count {
			if pc, ok := pg.count[k]; ok {
				hit += min(pc, rc)
			}
		}
		modelTotal += rg.total
		peerTotal += pg.total
	}
	return prf(hit, modelTotal, peerTotal, alpha)
}

// unionLCS is ROUGE-L as computeLCSScore and lcs compute it. For each
// reference sentence, the positions that lie on an LCS with any peer
// sentence are marked (the union LCS); a marked token scores a hit while
// both the reference's and the peer's unigram counts still have that token
// left, and each hit uses one of each, so a token cannot be matched more
// often than it occurs. The counts start afresh for each reference.
// Recall's base is the reference length; precision's is the peer length,
// once per reference.
func (s *scorer) unionLCS(peer summary, refs []summary) PRF {
	hit, modelTotal, peerTotal := 0, 0, 0
	for _, r := range refs {
		peerLeft := unigramCounts(peer.all)
		refLeft := unigramCounts(r.all)
		for _, rs := range r.sents {
			modelTotal += len(rs)
			mask := make([]bool, len(rs))
			for _, ps := range peer.sents {
				s.markLCS(rs, ps, mask)
			}
			for i, tok := range rs {
				if mask[i] && refLeft[tok] > 0 && peerLeft[tok] > 0 {
					hit++
					refLeft[tok]--
					peerLeft[tok]--
				}
			}
		}
		peerTotal += len(peer.all)
	}
	return prf(hit, modelTotal, peerTotal, s.opt.Alpha)
}

func unigramCounts(toks []int32) map[int32]int {
	c := make(map[int32]int, len(toks))
	for _, t := range toks {
		c[t]++
	}
	return c
}

// markLCS marks in mask the positions of model that one longest common
// subsequence with peer uses. Which LCS is marked matters for the union, so
// the table and the walk back follow ROUGE's lcs_inner and markLCS: equal
// tokens go diagonally, otherwise up (dropping a model token) when that
// keeps the length, else left.
func (s *scorer) markLCS(model, peer []int32, mask []bool) {
	m, n := len(model), len(peer)
	if m == 0 || n == 0 {
		return
	}
	w := n + 1
	if need := (m + 1) * w; cap(s.table) < need {
		s.table = make([]int32, need)
	} else {
		s.table = s.table[:need]
		clear(s.table[:w])
	}
	c := s.table
	for i := 1; i <= m; i++ {
		row, up := c[i*w:(i+1)*w], c[(i-1)*w:i*w]
		row[0] = 0
		for j := 1; j <= n; j++ {
			switch {
			case model[i-1] == peer[j-1]:
				row[j] = up[j-1] + 1
			case up[j] >= row[j-1]:
				row[j] = up[j]
			default:
				row[j] = row[j-1]
			}
		}
	}
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case model[i-1] == peer[j-1]:
			i--
			j--
			mask[i] = true
		case c[(i-1)*w+j] >= c[i*w+j-1]:
			i--
		default:
			j--
		}
	}
}
