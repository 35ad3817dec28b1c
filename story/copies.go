package story

import (
	"slices"
	"strings"

	"github.com/chorusnews/chorus"
)

// groupCopies puts sentences that say the same thing in the same words
// (exact copies, or copies with a few words changed) into one group, so a
// digest sentence lists every article that carries it and is never told
// twice. Only sentences of different articles sharing a word trigram are
// compared.
func (d *digester) groupCopies() {
	parent := make([]int, len(d.units))
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
	ids := map[string]int32{}
	sets := make([][]int32, len(d.units)) // sorted distinct word ids per unit
	byTrigram := map[uint64][]int{}
	var seq []int32
	for i, u := range d.units {
		seq = seq[:0]
		for _, w := range u.words {
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids))
				ids[w] = id
			}
			seq = append(seq, id)
		}
		var grams []uint64
		for k := 0; k+3 <= len(seq); k++ {
			grams = append(grams, uint64(seq[k])<<42|uint64(seq[k+1])<<21|uint64(seq[k+2]))
		}
		slices.Sort(grams)
		grams = slices.Compact(grams)
		for _, g := range grams {
			byTrigram[g] = append(byTrigram[g], i)
		}
		sets[i] = slices.Compact(slices.Sorted(slices.Values(seq)))
	}
	keys := make([]uint64, 0, len(byTrigram))
	for k := range byTrigram {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	checked := map[uint64]bool{}
	for _, k := range keys {
		list := byTrigram[k]
		if len(list) > 200 { // a trigram in hundreds of sentences is a formula, not a copy
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				i, j := list[x], list[y]
				pair := uint64(i)<<32 | uint64(j)
				if d.units[i].art == d.units[j].art || checked[pair] {
					continue
				}
				checked[pair] = true
				if find(i) != find(j) && sameSentence(sets[i], sets[j]) {
					parent[find(i)] = find(j)
				}
			}
		}
	}
	index := map[int]int{}
	for i := range d.units {
		r := find(i)
		g, ok := index[r]
		if !ok {
			g = len(d.groups)
			index[r] = g
			d.groups = append(d.groups, nil)
		}
		d.groups[g] = append(d.groups[g], i)
		d.units[i].group = g
	}
}

// sameSentence decides, from their sorted distinct words, whether two
// sentences are one sentence as carried by two outlets: most words in
// common, in either direction.
func sameSentence(a, b []int32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	small := min(len(a), len(b))
	union := len(a) + len(b) - inter
	return float64(inter)/float64(union) >= 0.6 || (small >= 8 && float64(inter)/float64(small) >= 0.9)
}

// citeUnreadCopies adds to each digest sentence the syndicated copies the
// digest did not read. A large story's sections read a bounded set of its
// articles (the pipeline passes analyses for those only); a copy left out
// still carries the sentences of its origin, so the sentence cites it where
// the copy holds the cited text exactly. Nothing is guessed: a copy edited
// at that point is not cited.
func citeUnreadCopies(ds []chorus.DigestSentence, arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis, origins []chorus.Origin) {
	byID := make(map[chorus.ArticleID]*chorus.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	// group lists every article of a syndication group, origin first.
	group := map[chorus.ArticleID][]chorus.ArticleID{}
	unread := false
	for _, o := range origins {
		members := []chorus.ArticleID{o.Article}
		for _, c := range o.Copies {
			members = append(members, c.Article)
		}
		for _, id := range members {
			group[id] = members
			if analyses[id] == nil {
				unread = true
			}
		}
	}
	if !unread {
		return
	}
	for i := range ds {
		s := &ds[i]
		has := map[chorus.ArticleID]bool{}
		for _, id := range s.Articles {
			has[id] = true
		}
		added := false
		for _, c := range s.Citations {
			src := byID[c.Article]
			if src == nil || c.Start < 0 || c.End > len(src.Text) || c.Start >= c.End {
				continue
			}
			text := src.Text[c.Start:c.End]
			for _, id := range group[c.Article] {
				cp := byID[id]
				if has[id] || cp == nil || analyses[id] != nil {
					continue
				}
				at := strings.Index(cp.Text, text)
				if at < 0 {
					continue
				}
				has[id] = true
				added = true
				s.Citations = append(s.Citations, chorus.Citation{Article: id, Start: at, End: at + len(text)})
				s.Articles = append(s.Articles, id)
			}
		}
		if added {
			outlets := map[string]bool{}
			for _, id := range s.Articles {
				if a := byID[id]; a != nil {
					outlets[outletKey(a)] = true
				}
			}
			s.Outlets = len(outlets)
		}
	}
}
