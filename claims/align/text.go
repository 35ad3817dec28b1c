package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/claims/numbers"
)

// Sentence is a statement prepared for comparison: its words, stems and
// n-grams as sorted hash sets, its numbers and its capitalised names.
// Preparing once and comparing many times is what makes aligning every
// claim of a story with every other cheap.
type Sentence struct {
	// Words are the lower-cased word tokens in order (punctuation dropped).
	Words []string
	// stems are the word stems' hashes in order; content marks the ones
	// that are not function words.
	stems   []uint64
	content []bool
	// sets, sorted and deduplicated
	wordSet, stemSet, contentSet, bigrams, trigrams, charGrams, names []uint64
	// nums are the canonical keys of the quantities (years included).
	nums []string
	// quantities are the parsed quantities, for rounding-aware comparison.
	quantities []numbers.Quantity
	// neg counts negation words.
	neg int
	// length in bytes of the text
	bytes int
}

// Prepare reads a statement.
func Prepare(text string) *Sentence {
	s := &Sentence{bytes: len(text)}
	sentenceStart := true
	i := 0
	for i < len(text) {
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
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			w = w[:strings.LastIndexAny(w, "'’")]
		}
		if w == "" {
			continue
		}
		s.addWord(w, raw, sentenceStart)
		sentenceStart = false
	}
	s.quantities = numbers.Find(text)
	for _, q := range s.quantities {
		s.nums = append(s.nums, q.Key())
	}
	s.finish(text)
	return s
}

func (s *Sentence) addWord(w, raw string, sentenceStart bool) {
	s.Words = append(s.Words, w)
	st := stem(w)
	h := hashString(st)
	s.stems = append(s.stems, h)
	_, stop := stopwords[w]
	s.content = append(s.content, !stop)
	s.wordSet = append(s.wordSet, hashString(w))
	s.stemSet = append(s.stemSet, h)
	if !stop {
		s.contentSet = append(s.contentSet, h)
	}
	if negations[w] {
		s.neg++
	}
	r, _ := utf8.DecodeRuneInString(raw)
	if unicode.IsUpper(r) && !stop && (!sentenceStart || len(raw) > 1 && isAllUpper(raw)) {
		s.names = append(s.names, h)
	}
}

// finish builds the n-gram and character sets.
func (s *Sentence) finish(text string) {
	for i := 0; i+1 < len(s.stems); i++ {
		s.bigrams = append(s.bigrams, mix(s.stems[i], s.stems[i+1]))
		if i+2 < len(s.stems) {
			s.trigrams = append(s.trigrams, mix(mix(s.stems[i], s.stems[i+1]), s.stems[i+2]))
		}
	}
	// character 4-grams of the lower-cased words joined by one space
	var prev [4]byte
	n := 0
	for _, w := range s.Words {
		for k := 0; k <= len(w); k++ {
			c := byte(' ')
			if k < len(w) {
				c = w[k]
			}
			prev[0], prev[1], prev[2], prev[3] = prev[1], prev[2], prev[3], c
			n++
			if n >= 4 {
				s.charGrams = append(s.charGrams, uint64(prev[0])<<24|uint64(prev[1])<<16|uint64(prev[2])<<8|uint64(prev[3]))
			}
		}
	}
	for _, set := range []*[]uint64{&s.wordSet, &s.stemSet, &s.contentSet, &s.bigrams, &s.trigrams, &s.charGrams, &s.names} {
		*set = sortUnique(*set)
	}
	slices.Sort(s.nums)
	s.nums = slices.Compact(s.nums)
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

// negations are the words that turn a statement around.
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "n't": true, "none": true, "nobody": true, "nothing": true,
	"neither": true, "nor": true, "without": true, "denied": true, "denies": true, "deny": true,
	"didn't": true, "doesn't": true, "don't": true, "isn't": true, "wasn't": true, "weren't": true,
	"won't": true, "wouldn't": true, "can't": true, "cannot": true, "couldn't": true, "hasn't": true,
	"haven't": true, "hadn't": true, "aren't": true, "shouldn't": true,
}

// stopwords are function words; they count in n-grams but not as content.
var stopwords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`a an the and or but if then than that this these those there here
		of in on at to for from by with about into over after before under between through during without
		within against among across since until up down out off as so such
		is are was were be been being am has have had having do does did will would shall should can could may might must
		i me my we us our you your he him his she her it its they them their who whom whose which what when where why how
		not no nor all any both each few more most other some own same too very just also only even still
		said says say told according s t mr mrs ms`) {
		m[w] = struct{}{}
	}
	return m
}()
