package ner

// document is a run of sentences prepared for tagging, with what the
// document says about its own words.
type document struct {
	sents []sentence
	ctx   docContext
}

// docContext is document-level evidence: which words the document writes
// in lower case, and (for the second pass) how the first pass labelled the
// other occurrences of each capitalised word.
type docContext struct {
	lowerSeen map[uint64]bool
	// topic is the first word of an all-caps first line ("SOCCER - ..."),
	// the way wire copy labels its desk; 0 when there is none.
	topic uint64
	agg   map[uint64]*wordAgg
}

// wordAgg is the first pass's view of one capitalised word form (by its
// lower-cased hash) across the document.
type wordAgg struct {
	types      [numTypes + 1]int32 // [0] O, [k+1] type k
	multi      [numTypes]int32     // occurrences inside a multi-token entity of type k
	firstSent  int
	firstTok   int
	firstLabel int
}

// prepare analyses the tokens of a document's sentences.
func prepare(sents [][]string, lex *lexicon, gaz *gazetteer) *document {
	d := &document{sents: make([]sentence, len(sents))}
	d.ctx.lowerSeen = map[uint64]bool{}
	for si, words := range sents {
		s := &d.sents[si]
		s.toks = make([]token, len(words))
		s.gaz = make([][numCats]uint8, len(words))
		s.doc = &d.ctx
		s.index = si
		letterToks, capsToks := 0, 0
		for i, w := range words {
			t := newToken(w, lex)
			s.toks[i] = t
			if t.hasLetter {
				letterToks++
				if t.allCaps {
					capsToks++
				}
				if i > 0 && !t.cap && !t.allCaps {
					d.ctx.lowerSeen[t.hLower] = true
				}
			}
		}
		s.headline = letterToks >= 2 && capsToks == letterToks
		if si == 0 && s.headline && len(s.toks) > 2 && s.toks[1].word == "-" {
			d.ctx.topic = s.toks[0].hLower
		}
		gaz.match(s.toks, s.gaz)
	}
	return d
}

// setStage1 records the first pass's labels and aggregates them per word.
func (d *document) setStage1(labels [][]int) {
	d.ctx.agg = map[uint64]*wordAgg{}
	for si := range d.sents {
		s := &d.sents[si]
		s.stage1 = labels[si]
		for i := range s.toks {
			t := &s.toks[i]
			if !t.cap {
				continue
			}
			a := d.ctx.agg[t.hLower]
			if a == nil {
				a = &wordAgg{firstSent: si, firstTok: i, firstLabel: labels[si][i]}
				d.ctx.agg[t.hLower] = a
			}
			l := labels[si][i]
			a.types[labelType(l)+1]++
			if k := labelType(l); k >= 0 && inMulti(labels[si], i) {
				a.multi[k]++
			}
		}
	}
}

// inMulti reports whether label i is part of an entity longer than one token.
func inMulti(labels []int, i int) bool {
	return isInside(labels[i]) || (i+1 < len(labels) && isInside(labels[i+1]))
}

// docFeatures appends the second-pass features of token i: the first
// pass's labels around it, and how the first pass labelled the same word
// elsewhere in the document.
func (s *sentence) docFeatures(i int, dst []uint32) []uint32 {
	l1 := func(j int) uint64 {
		if j < 0 || j >= len(s.stage1) {
			return numLabels
		}
		return uint64(s.stage1[j])
	}
	dst = append(dst,
		key(tS1, l1(i)),
		key(tS1M1, l1(i-1)),
		key(tS1P1, l1(i+1)),
		key(tS1M2, l1(i-2)),
		key(tS1P2, l1(i+2)),
		key(tS1Pair, l1(i-1)<<8|l1(i)),
	)
	if topic := s.doc.topic; topic != 0 {
		dst = append(dst, key(tTopicS1, mix(topic, l1(i))))
		g := s.gaz[i]
		if g[catCity]|g[catCountry]|g[catRegion] != 0 {
			dst = append(dst, key(tTopicGaz, topic))
		}
	}
	t := &s.toks[i]
	if !t.cap {
		return dst
	}
	a := s.doc.agg[t.hLower]
	if a == nil {
		return dst
	}
	own := s.stage1[i]
	types := a.types
	types[labelType(own)+1]--
	multi := a.multi
	if k := labelType(own); k >= 0 && inMulti(s.stage1, i) {
		multi[k]--
	}
	total, best, arg := int32(0), int32(0), 0
	for k, n := range types {
		total += n
		if n > best {
			best, arg = n, k
		}
		if n > 0 {
			dst = append(dst, key(tDocHas, uint64(k)))
		}
	}
	if total > 0 {
		dst = append(dst, key(tDocMaj, uint64(arg)))
	}
	for k, n := range multi {
		if n > 0 {
			dst = append(dst, key(tDocInside, uint64(k)))
		}
	}
	if a.firstSent != s.index || a.firstTok != i {
		dst = append(dst, key(tDocFirst, uint64(a.firstLabel)))
	}
	return dst
}
