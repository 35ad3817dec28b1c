// Package dedup recognises syndication: articles that repeat another
// article's text (a wire story reposted by several outlets) form one group,
// and each group is one independent origin of a story.
package dedup

import (
	"hash/fnv"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/chorusnews/chorus"
)

// shingleWords is the length of the word n-grams compared. Five words is
// long enough that two independent reports rarely share one by chance and
// short enough that light edits leave most shingles of a copy intact.
const shingleWords = 5

// SameOrigin is the share of the shorter article's shingles that must occur
// in the longer one for the two to count as one syndicated text. Outlets
// that quote the same agency passages share far less than this; reposts
// with a trimmed tail or a new headline share more.
const SameOrigin = 0.45

// Doc is what syndication detection needs of an article.
type Doc struct {
	ID        chorus.ArticleID
	Published time.Time
	// Credit names the agency the article credits, if any.
	Credit string
	Text   string
}

// Shingles returns the set of hashed word 5-grams of text, case and
// punctuation folded.
func Shingles(text string) map[uint64]struct{} {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := make(map[uint64]struct{}, len(words))
	h := fnv.New64a()
	for i := 0; i+shingleWords <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out[h.Sum64()] = struct{}{}
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

// Groups partitions docs into syndication groups and names each group's
// origin: the article credited to an agency if one is, else the earliest
// published, else the longest. Groups come out in the order of their
// origins' first appearance in docs; each group's copies are sorted by id.
func Groups(docs []Doc) []chorus.Origin {
	n := len(docs)
	sh := make([]map[uint64]struct{}, n)
	for i, d := range docs {
		sh[i] = Shingles(d.Text)
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
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			small, big := i, j
			if len(sh[j]) < len(sh[i]) {
				small, big = j, i
			}
			if Containment(sh[small], sh[big]) >= SameOrigin {
				parent[find(i)] = find(j)
			}
		}
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
	out := make([]chorus.Origin, 0, len(roots))
	for _, r := range roots {
		group := members[r]
		o := group[0]
		for _, i := range group[1:] {
			if betterOrigin(docs[i], len(sh[i]), docs[o], len(sh[o])) {
				o = i
			}
		}
		origin := chorus.Origin{Article: docs[o].ID, Credit: docs[o].Credit}
		for _, i := range group {
			if i == o {
				continue
			}
			origin.Copies = append(origin.Copies, chorus.Copy{
				Article: docs[i].ID,
				Shared:  round2(Containment(sh[o], sh[i])),
			})
		}
		sort.Slice(origin.Copies, func(a, b int) bool { return origin.Copies[a].Article < origin.Copies[b].Article })
		out = append(out, origin)
	}
	return out
}

// betterOrigin reports whether a is a better choice of origin than b.
func betterOrigin(a Doc, aLen int, b Doc, bLen int) bool {
	if (a.Credit != "") != (b.Credit != "") {
		return a.Credit != ""
	}
	if !a.Published.IsZero() && !b.Published.IsZero() && !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	if a.Published.IsZero() != b.Published.IsZero() {
		return !a.Published.IsZero()
	}
	if aLen != bLen {
		return aLen > bLen
	}
	return a.ID < b.ID
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
