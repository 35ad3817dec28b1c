// Package dedup recognises syndication: articles that repeat another
// article's text (a wire story reposted by several outlets) form one group,
// and each group is one independent origin of a story.
//
// Three pieces work together. MinHash signatures over word shingles, banded
// into an LSH index (Index), find the earlier articles a new one may copy
// without comparing it with every stored article; the index grows one
// article at a time and its state encodes to a compact, versioned byte
// form a store can keep. Passage alignment (Align) then says exactly which
// paragraphs two articles share and how much of each. Groups turns a set of
// articles into syndication groups with their origins.
package dedup

import (
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// ShingleWords is the length of the word n-grams compared. Five words is
// long enough that two independent reports rarely share one by chance and
// short enough that light edits leave most shingles of a copy intact.
const ShingleWords = 5

// word is one word of a text: its byte span and the hash of its
// case-folded letters and digits.
type word struct {
	span chorus.Span
	hash uint64
}

// FNV-1a constants; the word hash is FNV-1a over case-folded runes, which is
// stable across machines and needs no allocation.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// words splits text into words (runs of letters and digits) with their byte
// spans. Everything else, punctuation and typographic quotes included,
// separates words, so "we’re" and "we're" tokenise alike.
func words(text string, base int) []word {
	out := make([]word, 0, len(text)/6)
	start := -1
	var h uint64 = fnvOffset
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
				h = fnvOffset
			}
			r = unicode.ToLower(r)
			for r > 0 {
				h ^= uint64(r & 0xff)
				h *= fnvPrime
				r >>= 8
			}
		} else if start >= 0 {
			out = append(out, word{chorus.Span{Start: base + start, End: base + i}, h})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, word{chorus.Span{Start: base + start, End: base + len(text)}, h})
	}
	return out
}

// mix64 is a strong 64-bit finaliser (from SplitMix64), so that shingle
// hashes spread evenly whatever the word hashes look like.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// shingleHashes returns the hash of each window of k words, in text order:
// element i covers words[i : i+k]. A text shorter than k words yields one
// shingle of all its words, so that very short texts can still match.
func shingleHashes(ws []word, k int) []uint64 {
	if len(ws) == 0 {
		return nil
	}
	if len(ws) < k {
		k = len(ws)
	}
	out := make([]uint64, len(ws)-k+1)
	for i := range out {
		var h uint64
		for _, w := range ws[i : i+k] {
			h = mix64(h ^ w.hash)
		}
		out[i] = h
	}
	return out
}

// Shingles returns the set of hashed word 5-grams of text, case and
// punctuation folded.
func Shingles(text string) map[uint64]struct{} {
	hs := shingleHashes(words(text, 0), ShingleWords)
	out := make(map[uint64]struct{}, len(hs))
	for _, h := range hs {
		out[h] = struct{}{}
	}
	return out
}

// Containment is the share of a's shingles that b also has.
func Containment(a, b map[uint64]struct{}) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for s := range a {
		if _, ok := b[s]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
