package dedup

import (
	"fmt"
	"sort"
	"time"

	"github.com/chorusnews/chorus"
)

// Options tune near-duplicate detection.
type Options struct {
	// Hashes is the MinHash signature length; Rows the rows per LSH band
	// (Hashes must be a multiple of Rows). Two texts of Jaccard similarity
	// J share a band with probability 1-(1-J^Rows)^(Hashes/Rows): with 64
	// hashes in 32 bands of 2 that is 0.93 at J=0.28 (the two Reuters edits
	// in the seeds) and 0.995 at J=0.4, while unrelated texts (J≈0.01)
	// collide once in 300 pairs, and the signature check drops them.
	Hashes, Rows int
	// Seed fixes the hash functions; indexes built with different seeds
	// cannot be compared.
	Seed uint64
	// SameOrigin is the share of the smaller article's shingles that must
	// occur in the other for the two to count as one syndicated text.
	SameOrigin float64
}

// DefaultOptions are tuned on the seeds and the noisy-copy generator of
// chorus eval dedup.
var DefaultOptions = Options{Hashes: 64, Rows: 2, Seed: 0x63686f727573, SameOrigin: 0.4}

func (o Options) validate() error {
	if o.Hashes <= 0 || o.Rows <= 0 || o.Hashes%o.Rows != 0 || o.Hashes > 1024 {
		return fmt.Errorf("dedup: %d hashes do not split into bands of %d rows", o.Hashes, o.Rows)
	}
	return nil
}

// Doc is what syndication detection needs of an article.
type Doc struct {
	ID        chorus.ArticleID
	Published time.Time
	// Credit names the agency the article credits, if any.
	Credit string
	// Outlet is the publication's name; an article whose outlet is the
	// agency a group credits is that group's origin.
	Outlet string
	// Text is the article text; Title, when set, is the span of Text that
	// holds the headline, which comparison skips (reposts change headlines).
	Text  string
	Title chorus.Span
	// Paragraphs are spans of Text; when empty, lines of Text are used.
	Paragraphs []chorus.Span
}

// DocOf builds the dedup view of an article, keeping byte offsets into its
// stored text so that shared passages can be cited.
func DocOf(a *chorus.Article) Doc {
	return Doc{ID: a.ID, Published: a.Published, Credit: a.Credit, Outlet: a.Outlet,
		Text: a.Text, Title: a.TitleSpan, Paragraphs: a.Paragraphs}
}

// bodyWords returns the words of d outside its title.
func (d Doc) bodyWords() []word {
	if d.Title.Len() > 0 && d.Title.Valid(len(d.Text)) {
		ws := words(d.Text[:d.Title.Start], 0)
		return append(ws, words(d.Text[d.Title.End:], d.Title.End)...)
	}
	return words(d.Text, 0)
}

// Match is an earlier article that a new one may repeat.
type Match struct {
	ID chorus.ArticleID
	// Jaccard is the estimated Jaccard similarity of the two shingle sets.
	Jaccard float64
	// Contained is the estimated share of the smaller article's shingles
	// found in the larger.
	Contained float64
	// SameOrigin reports whether Contained reaches Options.SameOrigin.
	SameOrigin bool
}

// Index finds near-duplicates incrementally: Add hashes one article,
// looks up the earlier articles sharing an LSH band with it and records it;
// nothing is ever rebuilt. It also keeps the syndication groups (a
// union-find over the SameOrigin matches). Its state round-trips through
// MarshalBinary. An Index is not safe for concurrent use.
type Index struct {
	opts  Options
	hash  hasher
	bands int

	ids   []chorus.ArticleID
	pos   map[chorus.ArticleID]int32
	sizes []int32 // distinct shingles
	when  []int64 // publication time, Unix nanoseconds; 0 when unknown
	cred  []string
	outl  []string
	sigs  []uint32          // Hashes per article, flat
	up    []int32           // union-find parent
	joins map[int32][]int32 // article → earlier articles it joined (what the encoding keeps)

	heads []map[uint32]int32 // per band: band hash → newest article in the bucket
	next  []int32            // per article and band: the previous article in the bucket, or -1
	seen  []uint32           // scratch: stamp per article, to visit each candidate once
	stamp uint32
}

// NewIndex returns an empty index.
func NewIndex(opts Options) (*Index, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	x := &Index{opts: opts, hash: newHasher(opts.Hashes, opts.Seed), bands: opts.Hashes / opts.Rows,
		pos: map[chorus.ArticleID]int32{}, joins: map[int32][]int32{}}
	x.heads = make([]map[uint32]int32, x.bands)
	for b := range x.heads {
		x.heads[b] = map[uint32]int32{}
	}
	return x, nil
}

// Len is the number of articles indexed.
func (x *Index) Len() int { return len(x.ids) }

// Options returns the options the index was built with.
func (x *Index) Options() Options { return x.opts }

// Add indexes d and returns the earlier articles that share an LSH band
// with it and whose signatures agree enough to be worth a look, most
// similar first. Matches with SameOrigin set join d's syndication group.
// Adding an id that is already indexed changes nothing and returns nil.
func (x *Index) Add(d Doc) []Match {
	if _, ok := x.pos[d.ID]; ok {
		return nil
	}
	sh := shingleHashes(d.bodyWords(), ShingleWords)
	sig := make(Signature, x.opts.Hashes)
	x.hash.sign(sh, sig)
	size := distinct(sh)
	matches := x.query(sig, size)
	i := x.push(d, sig, size)
	for _, m := range matches {
		if m.SameOrigin {
			x.join(i, x.pos[m.ID])
		}
	}
	return matches
}

// Query returns the indexed articles d may repeat, like Add, without adding d.
func (x *Index) Query(d Doc) []Match {
	sh := shingleHashes(d.bodyWords(), ShingleWords)
	sig := make(Signature, x.opts.Hashes)
	x.hash.sign(sh, sig)
	return x.query(sig, distinct(sh))
}

// minAgreement drops bucket collisions whose signatures agree on too few
// positions to be more than chance.
const minAgreement = 0.08

// bucketScan caps how many articles of one band bucket a query reads,
// newest first. Texts written from the same boilerplate (filler lines,
// credit tails, templates) share band buckets with every article like
// them, and walking such buckets whole makes each insert cost time linear
// in the index. A repost shares nearly every band with its original, and
// most of those buckets hold only the two of them, so capping the crowded
// ones loses no copy.
const bucketScan = 256

func (x *Index) query(sig Signature, size int) []Match {
	x.stamp++
	if x.stamp == 0 { // wrapped: clear the stamps once
		clear(x.seen)
		x.stamp = 1
	}
	var out []Match
	for b := 0; b < x.bands; b++ {
		j, ok := x.heads[b][bandKey(sig, b, x.opts.Rows)]
		for n := 0; ok && j >= 0 && n < bucketScan; n++ {
			if x.seen[j] != x.stamp {
				x.seen[j] = x.stamp
				other := Signature(x.sigs[int(j)*x.opts.Hashes : (int(j)+1)*x.opts.Hashes])
				if jac := agreement(sig, other); jac >= minAgreement {
					c := containmentOf(jac, size, int(x.sizes[j]))
					out = append(out, Match{ID: x.ids[j], Jaccard: jac, Contained: c, SameOrigin: c >= x.opts.SameOrigin})
				}
			}
			j = x.next[int(j)*x.bands+b]
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Contained != out[b].Contained {
			return out[a].Contained > out[b].Contained
		}
		return x.pos[out[a].ID] < x.pos[out[b].ID]
	})
	return out
}

// push records an article and links it into its buckets.
func (x *Index) push(d Doc, sig Signature, size int) int32 {
	i := int32(len(x.ids))
	x.ids = append(x.ids, d.ID)
	x.pos[d.ID] = i
	x.sizes = append(x.sizes, int32(size))
	var t int64
	if !d.Published.IsZero() {
		t = d.Published.UnixNano()
	}
	x.when = append(x.when, t)
	x.cred = append(x.cred, d.Credit)
	x.outl = append(x.outl, d.Outlet)
	x.sigs = append(x.sigs, sig...)
	x.up = append(x.up, i)
	x.seen = append(x.seen, 0)
	x.link(i)
	return i
}

// link puts article i at the head of each of its band buckets.
func (x *Index) link(i int32) {
	sig := Signature(x.sigs[int(i)*x.opts.Hashes : (int(i)+1)*x.opts.Hashes])
	for b := 0; b < x.bands; b++ {
		k := bandKey(sig, b, x.opts.Rows)
		prev, ok := x.heads[b][k]
		if !ok {
			prev = -1
		}
		x.next = append(x.next, prev)
		x.heads[b][k] = i
	}
}

// bandKey hashes the rows of band b of a signature.
func bandKey(sig Signature, b, rows int) uint32 {
	var h uint64
	for _, v := range sig[b*rows : (b+1)*rows] {
		h = mix64(h ^ uint64(v))
	}
	return uint32(h)
}

// join records that article i (the newer) repeats article j and merges
// their groups.
func (x *Index) join(i, j int32) {
	x.joins[i] = append(x.joins[i], j)
	x.union(i, j)
}

func (x *Index) find(i int32) int32 {
	for x.up[i] != i {
		x.up[i] = x.up[x.up[i]]
		i = x.up[i]
	}
	return i
}

// union joins two groups; the smaller index becomes the root so the
// structure does not depend on the order of calls.
func (x *Index) union(a, b int32) {
	ra, rb := x.find(a), x.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	x.up[rb] = ra
}

// SameGroup reports whether two indexed articles are in one syndication group.
func (x *Index) SameGroup(a, b chorus.ArticleID) bool {
	i, ok1 := x.pos[a]
	j, ok2 := x.pos[b]
	return ok1 && ok2 && x.find(i) == x.find(j)
}

// distinct counts the distinct values of hs.
func distinct(hs []uint64) int {
	s := append([]uint64(nil), hs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	n := 0
	for i := range s {
		if i == 0 || s[i] != s[i-1] {
			n++
		}
	}
	return n
}

// Origins returns the syndication groups among the given indexed articles
// (a story's, say), as Syndicate would name them but from the index alone:
// the shares are MinHash estimates, and groups follow every SameOrigin match
// recorded when the articles were added. Articles not indexed are ignored.
func (x *Index) Origins(ids []chorus.ArticleID) []chorus.Origin {
	var idx []int32
	seen := map[int32]bool{}
	for _, id := range ids {
		if i, ok := x.pos[id]; ok && !seen[i] {
			seen[i] = true
			idx = append(idx, i)
		}
	}
	members := map[int32][]int32{}
	var roots []int32
	for _, i := range idx {
		r := x.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	out := make([]chorus.Origin, 0, len(roots))
	for _, r := range roots {
		group := members[r]
		docs := make([]Doc, len(group))
		for k, i := range group {
			docs[k] = x.doc(i)
		}
		credit := groupCredit(docs, seq(len(group)))
		o := 0
		for k := 1; k < len(group); k++ {
			if betterOrigin(docs[k], int(x.sizes[group[k]]), docs[o], int(x.sizes[group[o]]), credit) {
				o = k
			}
		}
		origin := chorus.Origin{Article: docs[o].ID, Credit: credit}
		for k, i := range group {
			if k == o {
				continue
			}
			jac := agreement(x.sig(group[o]), x.sig(i))
			inter := jac * float64(x.sizes[group[o]]+x.sizes[i]) / (1 + jac)
			shared := 0.0
			if x.sizes[group[o]] > 0 {
				shared = round2(min(1, inter/float64(x.sizes[group[o]])))
			}
			origin.Copies = append(origin.Copies, chorus.Copy{Article: x.ids[i], Shared: shared})
		}
		sort.Slice(origin.Copies, func(a, b int) bool { return origin.Copies[a].Article < origin.Copies[b].Article })
		out = append(out, origin)
	}
	return out
}

// doc returns what the index keeps of article i (no text).
func (x *Index) doc(i int32) Doc {
	d := Doc{ID: x.ids[i], Credit: x.cred[i], Outlet: x.outl[i]}
	if x.when[i] != 0 {
		d.Published = time.Unix(0, x.when[i]).UTC()
	}
	return d
}

func (x *Index) sig(i int32) Signature {
	return Signature(x.sigs[int(i)*x.opts.Hashes : (int(i)+1)*x.opts.Hashes])
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
