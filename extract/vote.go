package extract

import (
	"unicode"

	"golang.org/x/net/html"
)

// gramSet is a multiset of hashed token n-grams (n = 1, 2, 3) of one
// extractor's output. A page block is "in" an extractor's output when its
// trigrams are; consuming each match keeps a paragraph the output holds
// once from being counted for two copies of it on the page.
type gramSet map[uint64]int32

// wordHashes hashes each word-character run of s (letters, digits, '_').
func wordHashes(s string) []uint64 {
	var out []uint64
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	in := false
	for _, r := range s {
		if isWordRune(r) {
			h = (h ^ uint64(r)) * prime
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = offset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

func gramKey(toks []uint64) uint64 {
	k := uint64(len(toks)) * 0x9e3779b97f4a7c15
	for _, t := range toks {
		k = (k^t)*0x100000001b3 + 0x632be59bd9b4e019
	}
	return k
}

// newGramSet counts the 1-, 2- and 3-grams of a text.
func newGramSet(text string) gramSet {
	toks := wordHashes(text)
	s := make(gramSet, 3*len(toks))
	for n := 1; n <= 3; n++ {
		for i := 0; i+n <= len(toks); i++ {
			s[gramKey(toks[i:i+n])]++
		}
	}
	return s
}

// cover returns the share of a block's trigrams (its whole token sequence
// when it has fewer than three tokens) found in the set, consuming them.
func (s gramSet) cover(toks []uint64) float64 {
	if len(toks) == 0 {
		return 0
	}
	n := min(3, len(toks))
	hits, total := 0, 0
	for i := 0; i+n <= len(toks); i++ {
		total++
		k := gramKey(toks[i : i+n])
		if s[k] > 0 {
			s[k]--
			hits++
		}
	}
	return float64(hits) / float64(total)
}

// voteThreshold is the share of a block's trigrams an extractor's output
// must hold for the extractor to count as voting for the block.
const voteThreshold = 0.5

// minCoreWords is the shortest block that can mark where the article's
// core starts or ends: a full sentence, not a label all three kept.
const minCoreWords = 10

// vote decides which page blocks are the article. Three extractors that
// work differently (go-trafilatura's tag and density rules, Readability's
// scoring of the best container, DOM Distiller's block classifier) vote on
// each block of the page:
//
//   - all three: kept. The agreed blocks that are sentences also mark the
//     article's core, from the first to the last, grown over the full
//     paragraphs two extractors want right before or after it.
//   - two of three: kept, unless the block looks like what the dissenting
//     extractor is good at removing: for trafilatura, captions, boxes and
//     page chrome, and anything before the core; for readability, which
//     picks the one container holding the article, anything outside the
//     core or in boxes and chrome; for DOM Distiller, short lines outside
//     the core. Link-dense blocks (menus, tag lists, related links) need
//     trafilatura and readability both.
//   - one or none: dropped.
//
// DOM Distiller, the costliest, is only asked when the other two disagree
// on more than a few words: when they agree, its vote could only confirm.
func (d *Draft) vote(doc *html.Node, blocks []pageBlock) []block {
	toks := make([][]uint64, len(blocks))
	for i := range blocks {
		toks[i] = wordHashes(blocks[i].text)
	}
	var present [maxVoters]bool
	cast := func(v int, out string) {
		if wordCount(out) == 0 {
			return // found nothing: abstains (see below)
		}
		present[v] = true
		set := newGramSet(out)
		for i := range blocks {
			blocks[i].votes[v] = set.cover(toks[i])
		}
	}
	cast(voterTrafilatura, d.runTrafilatura(doc))
	cast(voterReadability, d.runReadability(doc))
	needed := !present[voterTrafilatura] || !present[voterReadability] || disagreement(blocks, toks) > maxAgreedDisagreement
	if needed && d.nodes <= maxDistillerNodes {
		cast(voterDistiller, d.runDistiller(doc))
	}
	abstain(blocks, present)
	return chooseBlocks(blocks)
}

// abstain fills the vote of each extractor that did not run or found
// nothing with the agreement of the others (the smallest of their votes):
// it sides with what they all want, so the unanimous cases stand and the
// rest fall under the two-vote rules. With one extractor left, its votes
// decide alone; with none, nothing is kept.
func abstain(blocks []pageBlock, present [maxVoters]bool) {
	for v := range maxVoters {
		if present[v] {
			continue
		}
		for i := range blocks {
			agreed, any := 1.0, false
			for o := range maxVoters {
				if present[o] {
					agreed, any = min(agreed, blocks[i].votes[o]), true
				}
			}
			if !any {
				agreed = 0
			}
			blocks[i].votes[v] = agreed
		}
	}
}

// maxAgreedDisagreement is the share of words two extractors may disagree
// on and still be taken to agree.
const maxAgreedDisagreement = 0.06

// disagreement is the share of the words trafilatura or readability wants
// that only one of them wants.
func disagreement(blocks []pageBlock, toks [][]uint64) float64 {
	either, one := 0, 0
	for i, b := range blocks {
		t, r := b.votes[voterTrafilatura] >= voteThreshold, b.votes[voterReadability] >= voteThreshold
		if t || r {
			either += len(toks[i])
		}
		if t != r {
			one += len(toks[i])
		}
	}
	if either == 0 {
		return 1
	}
	return float64(one) / float64(either)
}

// chooseBlocks keeps the blocks the votes and the blocks' places elect.
func chooseBlocks(blocks []pageBlock) []block {
	first, last := -1, -1
	yes := make([][maxVoters]bool, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		all := true
		for v := range maxVoters {
			yes[i][v] = b.votes[v] >= voteThreshold
			all = all && yes[i][v]
		}
		if all && b.linkChars*2 < b.chars && wordCount(b.text) >= minCoreWords {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		first, last = extendCore(blocks, yes, first, last)
	}
	var kept []block
	for i, b := range blocks {
		if keepBlock(b, yes[i], i < first, i > last) {
			kept = append(kept, block{text: b.text, heading: b.heading, aside: b.inChrome || b.inFigure})
		}
	}
	return kept
}

// extendCore grows the core over the full paragraphs two extractors want
// right before or after it: a lead paragraph one extractor cut off belongs
// to the article it leads into. Blocks nobody
// voted for (empty containers, hidden widgets) do not break the run.
func extendCore(blocks []pageBlock, yes [][maxVoters]bool, first, last int) (int, int) {
	paragraph := func(i int) (ok, skip bool) {
		n := 0
		for _, y := range yes[i] {
			if y {
				n++
			}
		}
		if n == 0 && wordCount(blocks[i].text) < 4 {
			return false, true
		}
		return n >= 2 && !blocks[i].inFigure && !blocks[i].inChrome && !blocks[i].ownBoiler &&
			wordCount(blocks[i].text) >= minLeadWords && endsSentence(blocks[i].text), false
	}
	for i := first - 1; i >= 0; i-- {
		ok, skip := paragraph(i)
		if skip {
			continue
		}
		if !ok {
			break
		}
		first = i
	}
	for i := last + 1; i < len(blocks); i++ {
		ok, skip := paragraph(i)
		if skip {
			continue
		}
		if !ok {
			break
		}
		last = i
	}
	return first, last
}

// minLeadWords is the shortest block that extends the core: a paragraph.
const minLeadWords = 25

func keepBlock(b pageBlock, yes [maxVoters]bool, beforeCore, afterCore bool) bool {
	if b.ownBoiler {
		// The page itself names the block as furniture (class="share").
		return false
	}
	if (beforeCore || afterCore) && b.linkChars*10 >= b.chars*9 && wordCount(b.text) <= 6 {
		// A lone link above or below the article: a section label, the
		// site's logo, a tag.
		return false
	}
	n := 0
	for _, y := range yes {
		if y {
			n++
		}
	}
	outside := beforeCore || afterCore
	linky := b.linkChars*2 > b.chars
	switch {
	case n == maxVoters:
		return true
	case n < 2:
		return false
	case !yes[voterTrafilatura]:
		// Trafilatura removes captions, boxes and page chrome well.
		return !b.inFigure && !b.inChrome && !beforeCore
	case !yes[voterReadability]:
		// Readability finds the one container that holds the article:
		// what it leaves out beside the core or in boxes is not text.
		return !linky && !b.inFigure && !b.inChrome && !outside
	default:
		// DOM Distiller drops short boilerplate lines well: a short
		// line it leaves out around the article is furniture.
		return !linky && !(outside && wordCount(b.text) < minOutsideWords)
	}
}

// minOutsideWords is the shortest block outside the article's core that
// trafilatura and readability alone can keep.
const minOutsideWords = 15
