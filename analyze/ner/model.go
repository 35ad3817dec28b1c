package ner

// stage is one linear model: weights per feature key and label, and label
// transitions. A model has two: the first pass tags each sentence, the
// second sees the first pass's labels across the document.
type stage struct {
	slots []uint32 // open addressing by key; 0 marks an empty slot
	rows  []int32  // row of each slot in w
	w     []float32
	tr    transitions
}

// newStage builds the lookup table of a stage from parallel key and weight
// rows (w holds numLabels weights per key).
func newStage(keys []uint32, w []float32, tr transitions) *stage {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	st := &stage{slots: make([]uint32, size), rows: make([]int32, size), w: w, tr: tr}
	mask := uint32(size - 1)
	for r, k := range keys {
		j := k & mask
		for st.slots[j] != 0 {
			j = (j + 1) & mask
		}
		st.slots[j] = k
		st.rows[j] = int32(r)
	}
	return st
}

// emit adds up the weights of the given features for every label.
func (st *stage) emit(keys []uint32, out *scores) {
	*out = scores{}
	if len(st.slots) == 0 {
		return
	}
	mask := uint32(len(st.slots) - 1)
	for _, k := range keys {
		j := k & mask
		for {
			s := st.slots[j]
			if s == k {
				row := st.w[int(st.rows[j])*numLabels : int(st.rows[j])*numLabels+numLabels]
				for y := range out {
					out[y] += row[y]
				}
				break
			}
			if s == 0 {
				break
			}
			j = (j + 1) & mask
		}
	}
}

// scorer is what decoding needs from a stage; training uses its own
// dense-indexed implementation.
type scorer interface {
	emit(keys []uint32, out *scores)
	trans() *transitions
}

func (st *stage) trans() *transitions { return &st.tr }

// Model is a trained named-entity tagger. It is safe for concurrent use.
type Model struct {
	lex lexicon
	gaz *gazetteer
	s1  *stage
	s2  *stage // nil when the model has no document pass
}

// decoder holds the scratch space of one tagging call.
type decoder struct {
	feats []uint32
	em    []scores
	back  [][numLabels]uint8
}

// decode labels every sentence of d with one stage.
func (dec *decoder) decode(d *document, sc scorer) [][]int {
	out := make([][]int, len(d.sents))
	for si := range d.sents {
		out[si] = dec.decodeSentence(&d.sents[si], sc)
	}
	return out
}

func (dec *decoder) decodeSentence(s *sentence, sc scorer) []int {
	n := len(s.toks)
	if cap(dec.em) < n {
		dec.em = make([]scores, n)
		dec.back = make([][numLabels]uint8, n)
	}
	em := dec.em[:n]
	for i := 0; i < n; i++ {
		dec.feats = s.features(i, dec.feats[:0])
		sc.emit(dec.feats, &em[i])
	}
	labels := make([]int, n)
	viterbi(em, sc.trans(), labels, dec.back[:n])
	return labels
}

// tagLabels runs both passes over a document and returns label indexes.
func (m *Model) tagLabels(sents [][]string) [][]int {
	d := prepare(sents, &m.lex, m.gaz)
	var dec decoder
	labels := dec.decode(d, m.s1)
	if m.s2 != nil {
		d.setStage1(labels)
		labels = dec.decode(d, m.s2)
	}
	return labels
}

// TagDocument tags the sentences of one document (each a slice of token
// strings) with IOB2 tags: O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG,
// B-MISC, I-MISC. Tagging a whole document at once lets the second pass use
// how the same word was tagged elsewhere in it.
func (m *Model) TagDocument(sents [][]string) [][]string {
	labels := m.tagLabels(sents)
	out := make([][]string, len(labels))
	for i, ls := range labels {
		out[i] = make([]string, len(ls))
		for j, l := range ls {
			out[i][j] = labelNames[l]
		}
	}
	return out
}

// Tag tags one sentence, read as a document of its own.
func (m *Model) Tag(tokens []string) []string {
	return m.TagDocument([][]string{tokens})[0]
}
