package align

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/claims/numbers"
)

// Sentence is a statement prepared for comparison: its words, stems and
// n-grams as sorted hash sets with their idf weights, its numbers and its
// capitalised names. Preparing once and comparing many times is what
// makes aligning every claim of a story with every other cheap.
type Sentence struct {
	// Words are the lower-cased word tokens in order (punctuation dropped).
	Words []string
	// stems are the word stems' hashes in order, idfs their weights;
	// content marks the ones that are not function words.
	stems   []uint64
	idfs    []float64
	content []bool
	// stemSet is the sorted distinct stems, with the tf·idf weight and the
	// idf of each (parallel slices); norm is the tf·idf vector's length and
	// idfMass the sum of stemIDF.
	stemSet       []uint64
	stemTFIDF     []float64
	stemIDF       []float64
	norm, idfMass float64
	contentSet    []uint64
	// wordBits, bigrams, trigrams and names are hash bitmaps: their
	// intersections are counted with AND and popcount, without sorting
	// (a collision in 1,024 bits blurs a count now and then).
	wordBits, bigrams, trigrams, names bitset
	// charGrams is a bitmap of the character 4-grams' hashes; nGrams
	// counts its set bits. A bitmap's AND and popcount compare two
	// sentences' 4-grams without sorting them (a few collisions blur the
	// count by a percent or two).
	charGrams [charBits / 64]uint64
	nGrams    int
	// quantities are the parsed quantities, compared up to rounding.
	quantities []numbers.Quantity
	// neg counts negation words.
	neg int
	// when is a bitmap of the weekdays (bits 0-6) and months (7-18) named.
	when uint32
}

// Prepare reads a statement for the default model.
func Prepare(text string) *Sentence { return Default().Prepare(text) }

// Prepare reads a statement, weighting its stems with the model's
// document frequencies.
func (m *Model) Prepare(text string) *Sentence {
	s := new(Sentence)
	m.PrepareInto(s, text)
	return s
}

// PrepareInto reads a statement into s, reusing its memory: a caller that
// compares a stream of pairs (the evaluation, a long story) keeps two
// Sentences and allocates almost nothing.
func (m *Model) PrepareInto(s *Sentence, text string) {
	s.reset()
	sentenceStart, numeric := true, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == ':' || r == '"' || r == '“' {
				sentenceStart = true
			}
			i += size
			continue
		}
		start := i
		i = scanToken(text, i)
		raw := text[start:i]
		w := lowerWord(raw)
		// split possessives: "Kerry's" → "kerry"
		if n := len(w); n > 2 && w[n-1] == 's' {
			if w[n-2] == '\'' {
				w = w[:n-2]
			} else if n > 4 && w[n-4:n-1] == "’" {
				w = w[:n-4]
			}
		}
		if s.addWord(m, w, raw, sentenceStart) {
			numeric = true
		}
		sentenceStart = false
	}
	if numeric {
		s.quantities = numbers.Find(text)
	}
	s.finish(m)
}

// reset empties s, keeping its memory.
func (s *Sentence) reset() {
	*s = Sentence{
		Words: s.Words[:0], stems: s.stems[:0], idfs: s.idfs[:0], content: s.content[:0],
		stemSet: s.stemSet[:0], stemTFIDF: s.stemTFIDF[:0], stemIDF: s.stemIDF[:0],
		contentSet: s.contentSet[:0],
	}
}

// addWord adds one word and reports whether it may be part of a number.
func (s *Sentence) addWord(m *Model, w, raw string, sentenceStart bool) bool {
	s.Words = append(s.Words, w)
	kind := wordKinds[w]
	stop := kind&isStop != 0
	wh := hashString(w)
	h := wh
	if !stop { // function words are their own stems
		h = stemHash(w)
	}
	s.stems = append(s.stems, h)
	s.idfs = append(s.idfs, m.idf(h))
	s.content = append(s.content, !stop)
	s.wordBits.add(wh)
	s.stemSet = append(s.stemSet, h)
	if !stop {
		s.contentSet = append(s.contentSet, h)
	}
	if kind&isNegation != 0 {
		s.neg++
	}
	if kind&isWhen != 0 {
		s.when |= 1 << whenBit[w]
	}
	r, _ := utf8.DecodeRuneInString(raw)
	if unicode.IsUpper(r) && !stop && (!sentenceStart || len(raw) > 1 && isAllUpper(raw)) {
		s.names.add(h)
	}
	if r >= '0' && r <= '9' || kind&isNumber != 0 {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 { // "two-thirds", "twenty-five"
		return wordKinds[w[:k]]&isNumber != 0
	}
	return false
}

// finish builds the n-gram, character and weighted sets.
func (s *Sentence) finish(m *Model) {
	for i := 0; i+1 < len(s.stems); i++ {
		s.bigrams.add(mix(s.stems[i], s.stems[i+1]))
		if i+2 < len(s.stems) {
			s.trigrams.add(mix(mix(s.stems[i], s.stems[i+1]), s.stems[i+2]))
		}
	}
	// character 4-grams of the lower-cased words joined by one space
	var prev uint64
	n := 0
	for _, w := range s.Words {
		for k := 0; k <= len(w); k++ {
			c := byte(' ')
			if k < len(w) {
				c = w[k]
			}
			prev = prev<<8 | uint64(c)
			n++
			if n >= 4 {
				h := mix(prev&0xFFFFFFFF, 0) % charBits
				s.charGrams[h/64] |= 1 << (h % 64)
			}
		}
	}
	for _, w := range s.charGrams {
		s.nGrams += bits.OnesCount64(w)
	}
	s.contentSet = sortUnique(s.contentSet)
	// stems with their term frequencies
	slices.Sort(s.stemSet)
	k := 0
	for i := 0; i < len(s.stemSet); {
		j := i
		for j < len(s.stemSet) && s.stemSet[j] == s.stemSet[i] {
			j++
		}
		w := m.idf(s.stemSet[i])
		s.stemSet[k] = s.stemSet[i]
		s.stemTFIDF = append(s.stemTFIDF, float64(j-i)*w)
		s.stemIDF = append(s.stemIDF, w)
		s.norm += float64(j-i) * w * float64(j-i) * w
		s.idfMass += w
		k++
		i = j
	}
	s.stemSet = s.stemSet[:k]
	s.norm = math.Sqrt(s.norm)
}

// ContentStems returns the hashes of the statement's content-word stems,
// sorted and distinct: two statements that share none are not worth
// comparing, which lets a caller index a story's claims by them.
func (s *Sentence) ContentStems() []uint64 { return s.contentSet }

// bitset is a 1,024-bit set of hashes with its size.
type bitset struct {
	bits [16]uint64
	n    int
}

func (b *bitset) add(h uint64) {
	h = mix(h, 0x632BE59BD9B4E019) % 1024
	if b.bits[h/64]&(1<<(h%64)) == 0 {
		b.bits[h/64] |= 1 << (h % 64)
		b.n++
	}
}

// shared counts the members two bitsets share.
func (b *bitset) shared(o *bitset) int {
	n := 0
	for i := range b.bits {
		n += bits.OnesCount64(b.bits[i] & o.bits[i])
	}
	return n
}

// charBits is the size of the character 4-gram bitmap.
const charBits = 2048

// sharedGrams counts the 4-gram bits two sentences share.
func sharedGrams(a, b *Sentence) int {
	n := 0
	for i := range a.charGrams {
		n += bits.OnesCount64(a.charGrams[i] & b.charGrams[i])
	}
	return n
}

func sortUnique(a []uint64) []uint64 {
	slices.Sort(a)
	return slices.Compact(a)
}

// intersect counts the elements two sorted sets share.
func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func contains(a []uint64, x uint64) bool {
	_, ok := slices.BinarySearch(a, x)
	return ok
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// scanToken reads a word or number: letters and digits joined by inner
// apostrophes, hyphens, dots ("U.S.") or digit separators ("470,000").
func scanToken(text string, i int) int {
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			i += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') && i+size < len(text) {
			n, _ := utf8.DecodeRuneInString(text[i+size:])
			if isWordRune(n) && (r != ',' || (n >= '0' && n <= '9' && i > 0 && text[i-1] >= '0' && text[i-1] <= '9')) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// hashString is FNV-1a, 64 bits: stable across runs and machines.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>29
}

// Word kinds, looked up once per word.
const (
	isStop = 1 << iota
	isNegation
	isNumber
	isWhen
)

// whenBit numbers the weekdays and months for Sentence.when.
var whenBit = func() map[string]uint {
	m := map[string]uint{}
	for i, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday january february march
		april may june july august september october november december`) {
		m[w] = uint(i)
	}
	return m
}()

// wordKinds marks function words (they count in n-grams but not as
// content) and the words that turn a statement around.
var wordKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Fields(`a an the and or but if then than that this these those there here
		of in on at to for from by with about into over after before under between through during without
		within against among across since until up down out off as so such
		is are was were be been being am has have had having do does did will would shall should can could may might must
		i me my we us our you your he him his she her it its they them their who whom whose which what when where why how
		not no nor all any both each few more most other some own same too very just also only even still
		said says say told according s t mr mrs ms`) {
		m[w] |= isStop
	}
	for _, w := range strings.Fields(`not no never n't none nobody nothing neither nor without denied denies deny
		didn't doesn't don't isn't wasn't weren't won't wouldn't can't cannot couldn't hasn't haven't hadn't
		aren't shouldn't`) {
		m[w] |= isNegation
	}
	for _, w := range strings.Fields(`zero one two three four five six seven eight nine ten eleven twelve
		thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
		seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands
		millions billions tens half third thirds quarter quarters fifth fifths tenth tenths`) {
		m[w] |= isNumber
	}
	for w := range whenBit {
		if w != "may" && w != "march" { // modal "may", verb "march"
			m[w] |= isWhen
		}
	}
	return m
}()
