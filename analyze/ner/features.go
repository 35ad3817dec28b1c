package ner

// Feature templates. A feature is the hash of its template and its value,
// cut to 32 bits; the model stores weights by that key. The numbers are
// part of the model file format: append, never renumber.
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShortM1
	tShortP1
	tShortM2
	tShortP2
	tBiM
	tBiP
	tShape3
	tLowM1Shape
	tShapeLowP1
	tInit
	tHeadline
	tHeadlineLower
	tPoss
	tGaz
	tGazM1
	tGazP1
	tCapRatio
	tClusterFine
	tClusterCoarse
	tClusterFineM1
	tClusterFineP1
	tClusterCoarseM1
	tClusterCoarseP1
	tDocLower
	tHyphFirst
	tHyphLast
	tShapeM1
	tShapeP1
	// stage-2 (document) templates
	tS1
	tS1M1
	tS1P1
	tDocMaj
	tDocHas
	tDocFirst
	tDocInside
	tS1Lower // reserved: unused, kept so later numbers stay put
	tS1M2
	tS1P2
	tS1Pair
	tTopicS1
	tTopicGaz
)

// key turns a template and a value hash into a feature key; 0 is reserved
// for empty table slots.
func key(tpl, v uint64) uint32 {
	k := uint32(mix(tpl, v) >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// Boundary values for positions outside the sentence.
var (
	hBOS = hashString("<s>")
	hEOS = hashString("</s>")
)

// sentence is one sentence prepared for feature extraction.
type sentence struct {
	toks     []token
	gaz      [][numCats]uint8
	headline bool // every cased token is upper case (wire headlines)
	doc      *docContext
	// stage1 holds the first-pass labels when the second pass runs.
	stage1 []int
	index  int // position of the sentence in its document
	// base caches the first pass's features of every token (token i's
	// are base[offs[i]:offs[i+1]]) so the second pass only adds its own.
	base []uint32
	offs []int32
}

func (s *sentence) lower(i int) uint64 {
	switch {
	case i < 0:
		return hBOS
	case i >= len(s.toks):
		return hEOS
	}
	return s.toks[i].hLower
}

func (s *sentence) short(i int) uint64 {
	switch {
	case i < 0:
		return hBOS
	case i >= len(s.toks):
		return hEOS
	}
	return s.toks[i].hShort
}

func (s *sentence) shape(i int) uint64 {
	switch {
	case i < 0:
		return hBOS
	case i >= len(s.toks):
		return hEOS
	}
	return s.toks[i].hShape
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// features appends the keys of token i's features to dst.
func (s *sentence) features(i int, dst []uint32) []uint32 {
	t := &s.toks[i]
	dst = append(dst,
		key(tBias, 0),
		key(tShape, t.hShape),
		key(tShort, t.hShort),
		key(tLowerM1, s.lower(i-1)),
		key(tLowerP1, s.lower(i+1)),
		key(tLowerM2, s.lower(i-2)),
		key(tLowerP2, s.lower(i+2)),
		key(tShortM1, s.short(i-1)),
		key(tShortP1, s.short(i+1)),
		key(tShortM2, s.short(i-2)),
		key(tShortP2, s.short(i+2)),
		key(tShapeM1, s.shape(i-1)),
		key(tShapeP1, s.shape(i+1)),
		key(tShape3, mix(mix(s.short(i-1), t.hShort), s.short(i+1))),
		key(tLowM1Shape, mix(s.lower(i-1), t.hShort)),
		key(tShapeLowP1, mix(t.hShort, s.lower(i+1))),
	)
	if !t.rare {
		dst = append(dst,
			key(tWord, t.hWord),
			key(tLower, t.hLower),
			key(tBiM, mix(s.lower(i-1), t.hLower)),
			key(tBiP, mix(t.hLower, s.lower(i+1))),
		)
	}
	if t.hasLetter {
		lw := t.lower
		for n := 1; n <= 4 && n <= len(lw); n++ {
			dst = append(dst,
				key(tPre1+uint64(n-1), hashString(lw[:n])),
				key(tSuf1+uint64(n-1), hashString(lw[len(lw)-n:])))
		}
	}
	if i == 0 {
		dst = append(dst, key(tInit, t.hShort))
	}
	if s.headline {
		dst = append(dst, key(tHeadline, t.hShort), key(tHeadlineLower, t.hLower))
	}
	if t.possessive {
		dst = append(dst, key(tPoss, 1))
	}
	dst = s.gazFeatures(i, dst)
	c := t.classes
	if c.capRatio != 0 {
		dst = append(dst, key(tCapRatio, uint64(c.capRatio)<<1|b2u(t.cap)))
	}
	dst = append(dst,
		key(tClusterFine, uint64(c.fine)),
		key(tClusterCoarse, uint64(c.coarse)),
		key(tClusterFineM1, uint64(s.cls(i-1).fine)),
		key(tClusterFineP1, uint64(s.cls(i+1).fine)),
		key(tClusterCoarseM1, uint64(s.cls(i-1).coarse)),
		key(tClusterCoarseP1, uint64(s.cls(i+1).coarse)),
	)
	if s.doc != nil && t.cap && i > 0 && s.doc.lowerSeen[t.hLower] {
		dst = append(dst, key(tDocLower, 1))
	}
	if j := indexHyphen(t.lower); j > 0 && j < len(t.lower)-1 {
		first, last := t.lower[:j], t.lower[lastHyphen(t.lower)+1:]
		dst = append(dst, key(tHyphFirst, hashString(first)), key(tHyphLast, hashString(last)))
	}
	if s.stage1 != nil {
		dst = s.docFeatures(i, dst)
	}
	return dst
}

// cls returns the word classes of token i, or the boundary class.
func (s *sentence) cls(i int) wordClass {
	if i < 0 || i >= len(s.toks) {
		return wordClass{fine: 0xffff, coarse: 0xff}
	}
	return s.toks[i].classes
}

func (s *sentence) gazFeatures(i int, dst []uint32) []uint32 {
	cap := b2u(s.toks[i].cap)
	for c := 0; c < numCats; c++ {
		if g := s.gaz[i][c]; g != gazNone {
			dst = append(dst, key(tGaz, uint64(c)<<8|uint64(g)<<1|cap))
		}
		if i > 0 {
			if g := s.gaz[i-1][c]; g != gazNone {
				dst = append(dst, key(tGazM1, uint64(c)<<8|uint64(g)<<1|cap))
			}
		}
		if i+1 < len(s.toks) {
			if g := s.gaz[i+1][c]; g != gazNone {
				dst = append(dst, key(tGazP1, uint64(c)<<8|uint64(g)<<1|cap))
			}
		}
	}
	return dst
}

func indexHyphen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return i
		}
	}
	return -1
}

func lastHyphen(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '-' {
			return i
		}
	}
	return -1
}
