package dedup

import (
	"hash/fnv"
	"slices"
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
)

// SameOriginShare is the share of the shorter article's words that the
// other must repeat for the two to be one syndicated text. Edits of one wire
// story share well over half their words (the two Reuters seeds: 0.62);
// outlets that take a few agency passages into their own report share far
// less (TRT World and The New Arab: 0.29).
const SameOriginShare = 0.5

// minPassageWords is the shortest passage worth reporting between two
// articles: a shared quote of a dozen words is news ("both quote the same
// passage"); a shared stock phrase ("said she hoped to reopen the") is not.
const minPassageWords = 10

// exactPairs is the largest set Syndicate compares pair by pair; larger sets
// look up their pairs in an LSH index first.
const exactPairs = 400

// Pair is the alignment of two articles that share text.
type Pair struct {
	Alignment
	// Same reports whether the two are one syndicated text (one origin).
	Same bool `json:"same"`
}

// Syndication is what Syndicate finds in a set of articles.
type Syndication struct {
	// Origins are the syndication groups, one per independent origin, in
	// the order their origins appear in the input.
	Origins []chorus.Origin `json:"origins"`
	// Pairs are the article pairs that share passages, copies of one origin
	// and articles of different origins alike, in input order.
	Pairs []Pair `json:"pairs,omitempty"`
}

// Groups partitions docs into syndication groups and names each group's
// origin, as Syndicate does, without listing the pairs that share only a
// passage. It aligns only pairs that can be one text, which keeps a large
// story whose articles all share a stock sentence from aligning every
// pair.
func Groups(docs []Doc) []chorus.Origin {
	return syndicate(docs, true, nil).Origins
}

// Memo remembers, across calls of its Groups, each article's words and
// shingles and each aligned pair's shares, so that grouping a story again
// after it gained a few articles aligns only the new pairs. Articles are
// keyed by id, so an id must always name the same text (chorus ids are
// content hashes). Groups with a memo returns exactly what Groups without
// one returns. A Memo is not safe for concurrent use.
type Memo struct {
	limit int
	docs  map[chorus.ArticleID]*prepared
	pairs map[[2]chorus.ArticleID]pairShares
	// sets holds the groups found for a list of articles (by a hash of
	// their ids in order), so a set that did not change is not grouped again.
	sets map[uint64][]chorus.Origin
}

// pairShares is what grouping keeps of an alignment: whether the pair
// shares a reportable passage, and the share of each article (in key
// order) the other repeats.
type pairShares struct {
	passage bool
	share   [2]float64
}

// NewMemo returns a memo that forgets its articles once it holds more
// than limit of them and its pairs past 100 × limit pairs; its groups are
// forgotten past limit lists when Trim is called. That bounds its memory.
func NewMemo(limit int) *Memo {
	return &Memo{limit: limit, docs: map[chorus.ArticleID]*prepared{}, pairs: map[[2]chorus.ArticleID]pairShares{},
		sets: map[uint64][]chorus.Origin{}}
}

// setKey identifies a list of articles (in order).
func setKey(n int, id func(int) chorus.ArticleID) uint64 {
	h := fnv.New64a()
	for i := range n {
		h.Write([]byte(id(i)))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// Has reports whether the memo holds the groups of the articles ids (in
// that order), so that Groups of their docs reads no text.
func (m *Memo) Has(ids []chorus.ArticleID) bool {
	_, ok := m.sets[setKey(len(ids), func(i int) chorus.ArticleID { return ids[i] })]
	return ok
}

// Trim forgets the groups the memo holds once they outgrow their bound
// (limit lists). Groups never forgets a list on its own: a caller that
// asked Has about several lists and then groups them (loading texts only
// for those Has denied) must not see an answer turn stale halfway, so it
// calls Trim before asking. Without Trim the groups grow without bound.
func (m *Memo) Trim() {
	if len(m.sets) > m.limit {
		clear(m.sets)
	}
}

// Groups is Groups(docs), reusing and filling the memo.
func (m *Memo) Groups(docs []Doc) []chorus.Origin {
	key := setKey(len(docs), func(i int) chorus.ArticleID { return docs[i].ID })
	if got, ok := m.sets[key]; ok {
		return cloneOrigins(got)
	}
	// The words of an article are cheap to make again and the pairs only
	// save alignments, so they are forgotten as soon as they outgrow their
	// bounds; the groups wait for Trim, so that what Has said holds until
	// then.
	if len(m.docs) > m.limit {
		clear(m.docs)
	}
	if len(m.pairs) > 100*m.limit {
		clear(m.pairs)
	}
	out := syndicate(docs, true, m).Origins
	m.sets[key] = cloneOrigins(out)
	return out
}

// cloneOrigins copies origins deeply enough that a caller changing its
// copies list leaves the memo's alone.
func cloneOrigins(os []chorus.Origin) []chorus.Origin {
	out := slices.Clone(os)
	for i := range out {
		out[i].Copies = slices.Clone(out[i].Copies)
	}
	return out
}

func (m *Memo) prepare(d Doc) *prepared {
	if m == nil {
		return prepare(d)
	}
	if p := m.docs[d.ID]; p != nil {
		return p
	}
	p := prepare(d)
	m.docs[d.ID] = p
	return p
}

// Syndicate aligns the articles that share text, joins those that share
// most of it into syndication groups and names each group's origin: the
// article published by the agency the group credits, else the earliest
// published, else one that credits an agency, else the longest. Each copy
// says how much of the origin it repeats. It is deterministic: the result
// depends only on the set of docs and their order.
func Syndicate(docs []Doc) Syndication {
	return syndicate(docs, false, nil)
}

// syndicate is Syndicate; groupsOnly leaves out the pairs that cannot be
// one text, and does not align them; memo (groupsOnly only, may be nil)
// remembers articles and pairs across calls.
func syndicate(docs []Doc, groupsOnly bool, memo *Memo) Syndication {
	n := len(docs)
	ws := make([][]word, n)
	sets := make([][]uint64, n)
	shingles := make([][]uint64, n) // sorted, with repeats
	prep := make([]*prepared, n)
	for i, d := range docs {
		prep[i] = memo.prepare(d)
		ws[i] = prep[i].words
		shingles[i], sets[i] = prep[i].sortedShingles()
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	var out Syndication
	var pairIdx [][2]int
	aligned := map[[2]int]Alignment{}
	for _, p := range candidatePairs(docs, sets) {
		i, j := p[0], p[1]
		// A reportable passage holds at least this many shared shingles;
		// skipping pairs with fewer keeps a large story from aligning
		// every pair that shares a stock phrase.
		if intersect(sets[i], sets[j]) < minPassageWords-ShingleWords+1 {
			continue
		}
		if groupsOnly && !mayBeSame(ws, shingles, sets, i, j) {
			continue
		}
		al, ok := memo.align(prep[i], prep[j], !groupsOnly)
		if !ok {
			continue
		}
		same := shorterShare(al, len(ws[i]), len(ws[j])) >= SameOriginShare
		if same {
			parent[find(j)] = find(i)
		}
		aligned[p] = al
		if !groupsOnly || same {
			pairIdx = append(pairIdx, p)
			out.Pairs = append(out.Pairs, Pair{Alignment: al, Same: same})
		}
	}
	// Union-find is transitive: mark pairs that ended in one group as same.
	for k, p := range pairIdx {
		out.Pairs[k].Same = find(p[0]) == find(p[1])
	}
	members := map[int][]int{}
	var roots []int
	for i := range docs {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	for _, r := range roots {
		out.Origins = append(out.Origins, originOf(docs, ws, prep, memo, members[r], aligned))
	}
	return out
}

// align aligns two articles, keeping only reportable passages (and the
// per-paragraph shares when asked); ok is false when none is. With a memo, a pair aligned before comes back with
// its shares and no passages (grouping reads only the shares).
func (m *Memo) align(a, b *prepared, paragraphs bool) (al Alignment, ok bool) {
	key := [2]chorus.ArticleID{a.doc.ID, b.doc.ID}
	swap := key[1] < key[0]
	if swap {
		key[0], key[1] = key[1], key[0]
	}
	if m != nil {
		if ps, seen := m.pairs[key]; seen {
			al = Alignment{A: a.doc.ID, B: b.doc.ID, ShareA: ps.share[0], ShareB: ps.share[1]}
			if swap {
				al.ShareA, al.ShareB = al.ShareB, al.ShareA
			}
			return al, ps.passage
		}
	}
	al = alignPrepared(a, b, paragraphs)
	kept := al.Passages[:0]
	for _, ps := range al.Passages {
		if ps.Words >= minPassageWords {
			kept = append(kept, ps)
		}
	}
	al.Passages = kept
	if m != nil {
		ps := pairShares{passage: len(kept) > 0, share: [2]float64{al.ShareA, al.ShareB}}
		if swap {
			ps.share[0], ps.share[1] = ps.share[1], ps.share[0]
		}
		m.pairs[key] = ps
	}
	return al, len(kept) > 0
}

// mayBeSame reports whether articles i and j could be one text: a word of
// the shorter one is repeated only inside a shingle of it found in the
// other, so fewer matching shingle positions than SameOriginShare of its
// words over the shingle length cannot cover that share.
func mayBeSame(ws [][]word, shingles, sets [][]uint64, i, j int) bool {
	short, long := i, j
	if len(ws[j]) < len(ws[i]) {
		short, long = j, i
	}
	if len(ws[short]) < 2*ShingleWords {
		return true // shingles of very short texts are shorter: no bound
	}
	m := 0
	a, b := shingles[short], sets[long]
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x] < b[y]:
			x++
		case a[x] > b[y]:
			y++
		default:
			m++
			x++
		}
	}
	// shares are rounded to two decimals before the comparison
	return float64(ShingleWords*m) >= (SameOriginShare-0.005)*float64(len(ws[short]))
}

// shorterShare is the share of the shorter article's words the other repeats.
func shorterShare(al Alignment, na, nb int) float64 {
	if na <= nb {
		return al.ShareA
	}
	return al.ShareB
}

// originOf picks a group's origin and lists its copies.
func originOf(docs []Doc, ws [][]word, prep []*prepared, memo *Memo, group []int, aligned map[[2]int]Alignment) chorus.Origin {
	credit := groupCredit(docs, group)
	o := group[0]
	for _, i := range group[1:] {
		if betterOrigin(docs[i], len(ws[i]), docs[o], len(ws[o]), credit) {
			o = i
		}
	}
	origin := chorus.Origin{Article: docs[o].ID, Credit: credit}
	for _, i := range group {
		if i == o {
			continue
		}
		var shared float64
		if al, ok := aligned[[2]int{min(i, o), max(i, o)}]; ok {
			shared = al.ShareA
			if o > i {
				shared = al.ShareB
			}
		} else {
			// Joined through a third article: align now to say how much.
			al, _ := memo.align(prep[o], prep[i], false)
			shared = al.ShareA
		}
		origin.Copies = append(origin.Copies, chorus.Copy{Article: docs[i].ID, Shared: shared})
	}
	sort.Slice(origin.Copies, func(a, b int) bool { return origin.Copies[a].Article < origin.Copies[b].Article })
	return origin
}

// groupCredit is the agency most of the group's credit lines name (ties go
// to the first named in input order).
func groupCredit(docs []Doc, group []int) string {
	count := map[string]int{}
	best := ""
	for _, i := range group {
		c := strings.TrimSpace(docs[i].Credit)
		if c == "" {
			continue
		}
		count[c]++
		if best == "" || count[c] > count[best] {
			best = c
		}
	}
	return best
}

// betterOrigin reports whether a is a better choice of origin than b for a
// group crediting credit.
func betterOrigin(a Doc, aLen int, b Doc, bLen int, credit string) bool {
	if credit != "" {
		aa, ba := strings.EqualFold(a.Outlet, credit), strings.EqualFold(b.Outlet, credit)
		if aa != ba {
			return aa
		}
	}
	if !a.Published.IsZero() && !b.Published.IsZero() && !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	if a.Published.IsZero() != b.Published.IsZero() {
		return !a.Published.IsZero()
	}
	if (a.Credit != "") != (b.Credit != "") {
		return a.Credit != ""
	}
	if aLen != bLen {
		return aLen > bLen
	}
	return a.ID < b.ID
}

// candidatePairs lists the pairs (i<j) worth aligning: all of them for a
// small set, else those an LSH index finds.
func candidatePairs(docs []Doc, sets [][]uint64) [][2]int {
	var out [][2]int
	if len(docs) <= exactPairs {
		for i := range docs {
			for j := i + 1; j < len(docs); j++ {
				out = append(out, [2]int{i, j})
			}
		}
		return out
	}
	opts := DefaultOptions
	x, _ := NewIndex(opts) // DefaultOptions are valid
	pos := map[chorus.ArticleID]int{}
	for j, d := range docs {
		if _, dup := pos[d.ID]; dup {
			continue
		}
		pos[d.ID] = j
		for _, m := range x.Add(d) {
			out = append(out, [2]int{pos[m.ID], j})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a][0] != out[b][0] {
			return out[a][0] < out[b][0]
		}
		return out[a][1] < out[b][1]
	})
	return out
}

// intersect counts the values two sorted sets share.
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
