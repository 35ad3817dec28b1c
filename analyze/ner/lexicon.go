package ner

// wordClass is what the model knows about a word from the training text
// alone, without its labels: distributional classes and how often the word
// is capitalised away from the start of a sentence.
type wordClass struct {
	fine   uint16 // class in the fine clustering, 0 = unknown word
	coarse uint8  // class in the coarse clustering, 0 = unknown word
	// capRatio buckets how often the lower-cased form is written
	// capitalised mid-sentence: 0 unknown, 1 never ... 5 always.
	capRatio uint8
}

// lexicon holds the word classes of a model.
type lexicon struct {
	clusters map[string]uint32 // case-sensitive word → fine<<8 | coarse
	capRatio map[string]uint8  // lower-cased word → bucket
}

func (l *lexicon) classesOf(word, lower string) wordClass {
	var c wordClass
	if v, ok := l.clusters[word]; ok {
		c.fine, c.coarse = uint16(v>>8), uint8(v)
	}
	c.capRatio = l.capRatio[lower]
	return c
}

// capBucket turns capitalised/total counts into a capRatio bucket.
func capBucket(capped, total int) uint8 {
	switch {
	case total == 0:
		return 0
	case capped == 0:
		return 1
	case capped == total:
		return 5
	}
	r := float64(capped) / float64(total)
	switch {
	case r < 0.3:
		return 2
	case r < 0.7:
		return 3
	}
	return 4
}
