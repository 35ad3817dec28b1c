package dedup

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
)

// Passage is a stretch of text two articles share: the same run of
// shingles, allowing a few edited words inside it.
type Passage struct {
	// A and B are the passage's byte spans in each article's text.
	A chorus.Span `json:"a"`
	B chorus.Span `json:"b"`
	// Words is the passage's length in A, in words.
	Words int `json:"words"`
}

// ParagraphShare says how much of one paragraph the other article repeats.
type ParagraphShare struct {
	// Paragraph is the paragraph's index in its article; Span its bytes.
	Paragraph int         `json:"paragraph"`
	Span      chorus.Span `json:"span"`
	// Shared is the share of the paragraph's words found in the other article.
	Shared float64 `json:"shared"`
	// Other is the index of the other article's paragraph holding most of
	// the shared words.
	Other int `json:"other"`
}

// Alignment is what two articles share: how much of each the other repeats,
// the shared passages and, per paragraph, how much is shared.
type Alignment struct {
	A chorus.ArticleID `json:"a"`
	B chorus.ArticleID `json:"b"`
	// ShareA is the share of A's words (outside its title) that B repeats;
	// ShareB the share of B's words that A repeats.
	ShareA float64 `json:"share_a"`
	ShareB float64 `json:"share_b"`
	// Passages are the shared passages in A's order.
	Passages []Passage `json:"passages,omitempty"`
	// ParagraphsA and ParagraphsB list the paragraphs with any shared words.
	ParagraphsA []ParagraphShare `json:"paragraphs_a,omitempty"`
	ParagraphsB []ParagraphShare `json:"paragraphs_b,omitempty"`
	// Earlier is whichever of A and B was published first; empty when
	// either is undated or both appeared at the same time.
	Earlier chorus.ArticleID `json:"earlier,omitempty"`
}

// String says it the way a reader wants it: "B repeats 78% of A; A is earlier".
func (al Alignment) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s repeats %d%% of %s", al.B.Short(), pct(al.ShareA), al.A.Short())
	fmt.Fprintf(&b, " (%s repeats %d%% of %s, %d passages)", al.A.Short(), pct(al.ShareB), al.B.Short(), len(al.Passages))
	if al.Earlier != "" {
		fmt.Fprintf(&b, "; %s is earlier", al.Earlier.Short())
	}
	return b.String()
}

func pct(f float64) int { return int(math.Round(100 * f)) }

// mergeGap is how many words a passage may skip (an edited or inserted
// word or two) in either article and still count as one passage.
const mergeGap = 2 * ShingleWords

// Align compares two articles word by word through their shingles. It is
// exact (no sampling), costs time linear in the two texts, and is
// symmetric up to swapping A and B.
func Align(a, b Doc) Alignment {
	return alignPrepared(prepare(a), prepare(b), true)
}

// prepared is an article's words and shingles, computed once when one
// article is aligned with many.
type prepared struct {
	doc      Doc
	words    []word
	shingles []uint64
	first    map[uint64]int // first position of each shingle, made on first use
	sorted   []uint64       // the shingles sorted, with repeats, made on first use
	set      []uint64       // the distinct shingles, sorted
}

func (p *prepared) sortedShingles() (sorted, set []uint64) {
	if p.sorted == nil {
		p.sorted = slices.Sorted(slices.Values(p.shingles))
		p.set = slices.Compact(slices.Clone(p.sorted))
	}
	return p.sorted, p.set
}

func prepare(d Doc) *prepared {
	ws := d.bodyWords()
	return &prepared{doc: d, words: ws, shingles: shingleHashes(ws, ShingleWords)}
}

func (p *prepared) firstPositions() map[uint64]int {
	if p.first == nil {
		p.first = firstPositions(p.shingles)
	}
	return p.first
}

// alignPrepared is Align on prepared articles; without paragraphs it leaves
// out the per-paragraph shares, which grouping does not read.
func alignPrepared(pa, pb *prepared, paragraphs bool) Alignment {
	a, b := pa.doc, pb.doc
	wa, wb := pa.words, pb.words
	sa, sb := pa.shingles, pb.shingles
	k := min(ShingleWords, len(wa), len(wb))
	if len(wa) < ShingleWords || len(wb) < ShingleWords {
		// Shingles of texts this short hold fewer words; recompute both at one length.
		sa, sb = shingleHashes(wa, k), shingleHashes(wb, k)
	}
	al := Alignment{A: a.ID, B: b.ID}
	if k == 0 {
		return al
	}
	var firstA, firstB map[uint64]int
	if k == ShingleWords {
		firstA, firstB = pa.firstPositions(), pb.firstPositions()
	} else {
		firstA, firstB = firstPositions(sa), firstPositions(sb)
	}
	coverA, matchA := cover(sa, firstB, len(wa), k)
	coverB, _ := cover(sb, firstA, len(wb), k)
	al.ShareA = round2(share(coverA))
	al.ShareB = round2(share(coverB))
	al.Passages = passages(matchA, wa, wb, k)
	if paragraphs {
		parA, parB := paragraphsOf(a, wa), paragraphsOf(b, wb)
		al.ParagraphsA = paragraphShares(parA, coverA, matchA, parB)
		matchB := make([]int, len(sb))
		for i, h := range sb {
			matchB[i] = -1
			if j, ok := firstA[h]; ok {
				matchB[i] = j
			}
		}
		al.ParagraphsB = paragraphShares(parB, coverB, matchB, parA)
	}
	if !a.Published.IsZero() && !b.Published.IsZero() {
		switch {
		case a.Published.Before(b.Published):
			al.Earlier = a.ID
		case b.Published.Before(a.Published):
			al.Earlier = b.ID
		}
	}
	return al
}

func firstPositions(hs []uint64) map[uint64]int {
	m := make(map[uint64]int, len(hs))
	for i, h := range hs {
		if _, ok := m[h]; !ok {
			m[h] = i
		}
	}
	return m
}

// cover marks the words of a text that lie in a shingle the other text
// has, and returns for each shingle the position of its match (or -1).
func cover(hs []uint64, other map[uint64]int, n, k int) ([]bool, []int) {
	covered := make([]bool, n)
	match := make([]int, len(hs))
	for i, h := range hs {
		match[i] = -1
		if j, ok := other[h]; ok {
			match[i] = j
			for w := i; w < i+k; w++ {
				covered[w] = true
			}
		}
	}
	return covered, match
}

func share(covered []bool) float64 {
	if len(covered) == 0 {
		return 0
	}
	n := 0
	for _, c := range covered {
		if c {
			n++
		}
	}
	return float64(n) / float64(len(covered))
}

// passages chains matched shingles that follow each other in both texts
// into runs, bridging gaps of up to mergeGap words.
func passages(match []int, wa, wb []word, k int) []Passage {
	var out []Passage
	startA, endA, startB, endB := -1, -1, -1, -1 // shingle positions of the open run
	flush := func() {
		if startA < 0 {
			return
		}
		out = append(out, Passage{
			A:     chorus.Span{Start: wa[startA].span.Start, End: wa[endA+k-1].span.End},
			B:     chorus.Span{Start: wb[startB].span.Start, End: wb[endB+k-1].span.End},
			Words: endA + k - startA,
		})
		startA = -1
	}
	for i, j := range match {
		if j < 0 {
			continue
		}
		if startA >= 0 && i-endA <= mergeGap && j > endB && j-endB <= mergeGap {
			endA, endB = i, j
			continue
		}
		flush()
		startA, endA, startB, endB = i, i, j, j
	}
	flush()
	return out
}

// paras are a text's paragraph spans and, for each word, the index of the
// paragraph holding it (-1 outside every paragraph).
type paras struct {
	spans []chorus.Span
	of    []int // per word
}

// paragraphsOf places each word of d in its paragraph.
func paragraphsOf(d Doc, ws []word) paras {
	spans := d.Paragraphs
	if len(spans) == 0 {
		spans = lineSpans(d.Text)
	}
	p := paras{spans: spans, of: make([]int, len(ws))}
	pi := 0
	for i, w := range ws {
		for pi < len(spans) && spans[pi].End <= w.span.Start {
			pi++
		}
		if pi < len(spans) && spans[pi].Start <= w.span.Start {
			p.of[i] = pi
		} else {
			p.of[i] = -1
		}
	}
	return p
}

// lineSpans splits text into its non-blank lines.
func lineSpans(text string) []chorus.Span {
	var out []chorus.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if strings.TrimSpace(text[start:i]) != "" {
				out = append(out, chorus.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

// paragraphShares reports, for each paragraph with shared words, how many
// of its words are shared and which paragraph of the other text holds
// most of them.
func paragraphShares(p paras, covered []bool, match []int, other paras) []ParagraphShare {
	total := make([]int, len(p.spans))
	shared := make([]int, len(p.spans))
	for i, pi := range p.of {
		if pi < 0 {
			continue
		}
		total[pi]++
		if covered[i] {
			shared[pi]++
		}
	}
	votes := make([]map[int]int, len(p.spans))
	for i, j := range match {
		if j < 0 || p.of[i] < 0 || j >= len(other.of) {
			continue
		}
		if votes[p.of[i]] == nil {
			votes[p.of[i]] = map[int]int{}
		}
		votes[p.of[i]][other.of[j]]++
	}
	var out []ParagraphShare
	for pi := range p.spans {
		if shared[pi] == 0 {
			continue
		}
		best, bestN := -1, 0
		for o, n := range votes[pi] {
			if n > bestN || (n == bestN && o < best) {
				best, bestN = o, n
			}
		}
		out = append(out, ParagraphShare{Paragraph: pi, Span: p.spans[pi],
			Shared: round2(float64(shared[pi]) / float64(total[pi])), Other: best})
	}
	return out
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
