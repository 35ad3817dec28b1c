package claims

import (
	"slices"
	"sort"
)

// grouper aligns a story's statements.
type grouper struct {
	stmts []*stmt
	opts  Options
	// rels holds the relation of every pair worth comparing, keyed by
	// (earlier, later) statement order.
	rels map[[2]int]relation
}

// newGrouper compares every pair of statements that share at least two
// content words (an inverted index finds them; the others cannot be one
// claim, and comparing them all would cost a quadratic number of
// classifier calls on a large story).
func newGrouper(stmts []*stmt, opts Options) *grouper {
	g := &grouper{stmts: stmts, opts: opts, rels: map[[2]int]relation{}}
	gs := gists(stmts)
	index := map[uint64][]int{}
	frames := map[string][]int{}
	for i, s := range stmts {
		count := map[int]int{}
		for _, h := range s.full.ContentStems() {
			for _, j := range index[h] {
				count[j]++
			}
			index[h] = append(index[h], i)
		}
		// figures of the same kind of count are compared whatever the words
		for _, k := range slices.Compact(slices.Sorted(slices.Values(frameKeys(s)))) {
			for _, j := range frames[k] {
				count[j] += 2
			}
			frames[k] = append(frames[k], i)
		}
		cands := make([]int, 0, len(count))
		for j, n := range count {
			if n >= 2 {
				cands = append(cands, j)
			}
		}
		sort.Ints(cands)
		for _, j := range cands {
			if r := relate(stmts[j], s, gs[j].cosine(gs[i]), opts.Model, opts); r.rel != Unrelated {
				g.rels[[2]int{j, i}] = r
			}
		}
	}
	return g
}

// rel returns the relation of statements i and j, in either order, with
// the values swapped to match.
func (g *grouper) rel(i, j int) relation {
	if i < j {
		return g.rels[[2]int{i, j}]
	}
	r := g.rels[[2]int{j, i}]
	r.va, r.vb = r.vb, r.va
	return r
}

// cluster groups statements into claims greedily, in text order: a
// statement joins the claim it is most probably the same as when it is
// the same as at least half of that claim's articles (so that a chain of
// loose likenesses does not grow one claim out of several) and no
// statement of the claim gives another value; otherwise it starts one.
func (g *grouper) cluster() [][]int {
	var groups [][]int
	for i := range g.stmts {
		best, bestP := -1, 0.0
		for k, members := range groups {
			p, ok := 0.0, true
			arts, same := map[int]bool{}, map[int]bool{}
			for _, j := range members {
				r := g.rel(j, i)
				if r.rel == Differs {
					ok = false
					break
				}
				if g.stmts[j].artIdx == g.stmts[i].artIdx {
					// an article's own statements are no evidence, and two
					// parts of one sentence are two claims
					if g.stmts[j].sentence == g.stmts[i].sentence {
						ok = false
						break
					}
					continue
				}
				a := g.stmts[j].artIdx
				arts[a] = true
				if r.rel == Same {
					same[a] = true
					p = max(p, r.p+r.gist)
				}
			}
			if ok && 2*len(same) >= len(arts) && len(same) > 0 && p > bestP {
				best, bestP = k, p
			}
		}
		if best < 0 {
			groups = append(groups, []int{i})
			continue
		}
		groups[best] = append(groups[best], i)
	}
	return groups
}

// dispute is a set of claims giving different values for one thing.
type dispute struct {
	groups []int
	// value and source of each group, as written
	value map[int]string
	what  string
}

// disputes links claims whose statements differ, and returns each set
// of linked claims.
func (g *grouper) disputes(groups [][]int) []dispute {
	groupOf := make([]int, len(g.stmts))
	for k, members := range groups {
		for _, i := range members {
			groupOf[i] = k
		}
	}
	parent := make([]int, len(groups))
	for k := range parent {
		parent[k] = k
	}
	find := func(k int) int {
		for parent[k] != k {
			parent[k] = parent[parent[k]]
			k = parent[k]
		}
		return k
	}
	values := map[int]string{}
	what := map[int]string{}
	keys := make([][2]int, 0, len(g.rels))
	for key := range g.rels {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a][0] != keys[b][0] {
			return keys[a][0] < keys[b][0]
		}
		return keys[a][1] < keys[b][1]
	})
	for _, key := range keys {
		r := g.rels[key]
		if r.rel != Differs {
			continue
		}
		ga, gb := groupOf[key[0]], groupOf[key[1]]
		if ga == gb {
			continue
		}
		if _, ok := values[ga]; !ok {
			values[ga] = r.va
		}
		if _, ok := values[gb]; !ok {
			values[gb] = r.vb
		}
		ra, rb := find(ga), find(gb)
		if ra != rb {
			parent[rb] = ra
		}
		what[ga], what[gb] = r.what, r.what
	}
	byRoot := map[int]*dispute{}
	var out []dispute
	var roots []int
	for k := range groups {
		if _, ok := values[k]; !ok {
			continue
		}
		root := find(k)
		d, ok := byRoot[root]
		if !ok {
			d = &dispute{value: map[int]string{}, what: what[k]}
			byRoot[root] = d
			roots = append(roots, root)
		}
		d.groups = append(d.groups, k)
		d.value[k] = values[k]
	}
	for _, r := range roots {
		out = append(out, *byRoot[r])
	}
	return out
}
