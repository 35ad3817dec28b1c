package story

import (
	"slices"
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
)

// solution is a set of items with what they cover.
type solution struct {
	items   []int
	covered []int32         // per concept: how many chosen items cover it
	cov     []float64       // per pool sentence: similarity to the chosen items
	heard   map[int]float64 // per origin: the best voice among the chosen items it carries
	groups  map[int]bool
	cost    int
	value   float64
}

func (p *problem) empty() solution {
	return solution{covered: make([]int32, len(p.weight)), cov: make([]float64, len(p.capacity)),
		heard: map[int]float64{}, groups: map[int]bool{}}
}

func (p *problem) clone(s *solution) solution {
	t := solution{items: append([]int(nil), s.items...), covered: append([]int32(nil), s.covered...),
		cov: append([]float64(nil), s.cov...), heard: make(map[int]float64, len(s.heard)),
		groups: make(map[int]bool, len(s.groups)), cost: s.cost, value: s.value}
	for o, n := range s.heard {
		t.heard[o] = n
	}
	for g := range s.groups {
		t.groups[g] = true
	}
	return t
}

// gain is what adding item i to s would add to its value.
func (p *problem) gain(s *solution, i int) float64 {
	it := &p.items[i]
	g := 0.0
	for _, k := range it.concepts {
		if s.covered[k] == 0 {
			g += p.weight[k]
		}
	}
	if p.sims != nil {
		l := 0.0
		for _, e := range p.sims[i] {
			c, cp := s.cov[e.k], p.capacity[e.k]
			l += min(c+e.w, cp) - min(c, cp)
		}
		g += p.c.mu * l
	}
	for _, o := range it.origins {
		if it.voice > s.heard[o] {
			g += p.heardValue * (it.voice - s.heard[o])
		}
	}
	return g - it.penalty + it.bonus
}

// allowed reports whether item i may join s: its sentence is not in s
// already, nor one that says the same in much the same words, it fits,
// and the sentence it continues is in s.
func (p *problem) allowed(s *solution, i int) bool {
	it := &p.items[i]
	if it.fallback && !p.fallback {
		return false
	}
	return !s.groups[it.group] && s.cost+it.cost <= p.budget && (it.after < 0 || s.groups[it.after]) && !p.repeats(s, i)
}

// hasUnfinished reports whether s holds an unfinished sentence: a digest
// prints those last, so no filler may follow them.
func (p *problem) hasUnfinished(s *solution) bool {
	for _, x := range s.items {
		if p.items[x].unfinished {
			return true
		}
	}
	return false
}

// repeats reports whether s holds a sentence near item i's.
func (p *problem) repeats(s *solution, i int) bool {
	for _, g := range p.items[i].near {
		if s.groups[g] {
			return true
		}
	}
	return false
}

func (p *problem) add(s *solution, i int) {
	s.value += p.gain(s, i)
	it := &p.items[i]
	for _, k := range it.concepts {
		s.covered[k]++
	}
	if p.sims != nil {
		for _, e := range p.sims[i] {
			s.cov[e.k] += e.w
		}
	}
	for _, o := range it.origins {
		s.heard[o] = max(s.heard[o], it.voice)
	}
	s.items = append(s.items, i)
	s.groups[it.group] = true
	s.cost += it.cost
}

func (p *problem) remove(s *solution, i int) {
	it := &p.items[i]
	for _, k := range it.concepts {
		s.covered[k]--
	}
	if p.sims != nil {
		for _, e := range p.sims[i] {
			s.cov[e.k] -= e.w
		}
	}
	for j, x := range s.items {
		if x == i {
			s.items = append(s.items[:j], s.items[j+1:]...)
			break
		}
	}
	for _, o := range it.origins {
		s.heard[o] = 0
		for _, x := range s.items {
			if slices.Contains(p.items[x].origins, o) {
				s.heard[o] = max(s.heard[o], p.items[x].voice)
			}
		}
	}
	delete(s.groups, it.group)
	s.cost -= it.cost
	s.value -= p.gain(s, i)
}

// continued reports whether a chosen item continues item x.
func (p *problem) continued(s *solution, x int) bool {
	for _, y := range s.items {
		if p.items[y].after == p.items[x].group {
			return true
		}
	}
	return false
}

// removeWithDependents removes item x and every chosen item that
// continues it, directly or not.
func (p *problem) removeWithDependents(s *solution, x int) {
	p.remove(s, x)
	for {
		found := -1
		for _, y := range s.items {
			if a := p.items[y].after; a >= 0 && !s.groups[a] {
				found = y
				break
			}
		}
		if found < 0 {
			return
		}
		p.remove(s, found)
	}
}

// greedy adds, while any fits, the item with the best gain per word.
func (p *problem) greedy(s *solution) {
	for {
		best, bestRatio := -1, 0.0
		for i := range p.items {
			if !p.allowed(s, i) {
				continue
			}
			if r := p.gain(s, i) / float64(p.items[i].cost); r > bestRatio+1e-12 {
				best, bestRatio = i, r
			}
		}
		if best < 0 {
			return
		}
		p.add(s, best)
	}
}

// start is the greedy solution, or the greedy completion of the best
// single item when that alone is worth more.
func (p *problem) start() solution {
	s := p.empty()
	p.greedy(&s)
	none := p.empty()
	best, bestValue := -1, s.value
	for i := range p.items {
		if p.items[i].after < 0 && p.items[i].cost <= p.budget && !p.items[i].fallback {
			if v := p.gain(&none, i); v > bestValue {
				best, bestValue = i, v
			}
		}
	}
	if best >= 0 {
		t := p.empty()
		p.add(&t, best)
		p.greedy(&t)
		if t.value > s.value {
			return t
		}
	}
	return s
}

// maxRounds bounds the exchange search.
const maxRounds = 20

// improve tries exchanges, keeping the first that raises the value, until
// none does: take a chosen item out (with the sentences that continue it)
// and refill greedily; or force an unchosen item in, drop what no longer
// fits (the least value per word first) and refill.
func (p *problem) improve(s *solution) {
	for round := 0; round < maxRounds; round++ {
		if !p.tryRemovals(s) && !p.tryInsertions(s) {
			return
		}
	}
}

func (p *problem) tryRemovals(s *solution) bool {
	for _, x := range append([]int(nil), s.items...) {
		t := p.clone(s)
		p.removeWithDependents(&t, x)
		p.greedy(&t)
		if t.value > s.value+1e-9 {
			*s = t
			return true
		}
	}
	return false
}

// insertionTries is how many unchosen items, best gain per word first,
// an insertion round tries to force in.
const insertionTries = 24

func (p *problem) tryInsertions(s *solution) bool {
	type try struct {
		i     int
		ratio float64
	}
	var tries []try
	for i := range p.items {
		if s.groups[p.items[i].group] || p.items[i].after >= 0 || p.items[i].cost > p.budget || p.items[i].fallback {
			continue
		}
		tries = append(tries, try{i, p.gain(s, i) / float64(p.items[i].cost)})
	}
	sort.SliceStable(tries, func(a, b int) bool { return tries[a].ratio > tries[b].ratio })
	for _, tr := range tries[:min(len(tries), insertionTries)] {
		i := tr.i
		t := p.clone(s)
		for _, x := range append([]int(nil), t.items...) {
			if slices.Contains(p.items[i].near, p.items[x].group) && slices.Contains(t.items, x) {
				p.removeWithDependents(&t, x)
			}
		}
		p.add(&t, i)
		for t.cost > p.budget {
			p.removeWithDependents(&t, p.cheapest(&t, i))
		}
		p.greedy(&t)
		if t.value > s.value+1e-9 {
			*s = t
			return true
		}
	}
	return false
}

// cheapest returns the chosen item, other than keep, whose removal loses
// the least value per word.
func (p *problem) cheapest(s *solution, keep int) int {
	best, bestLoss := -1, 0.0
	for _, x := range append([]int(nil), s.items...) {
		if x == keep {
			continue
		}
		var loss float64
		if p.continued(s, x) {
			t := p.clone(s)
			p.removeWithDependents(&t, x)
			loss = (s.value - t.value) / float64(s.cost-t.cost)
		} else {
			// remove and put back in place, which costs less than a copy
			before := s.value
			p.remove(s, x)
			loss = (before - s.value) / float64(p.items[x].cost)
			p.add(s, x)
		}
		if best < 0 || loss < bestLoss {
			best, bestLoss = x, loss
		}
	}
	return best
}

// filler returns the item that best fills the rest of the budget, valued
// by the words the budget keeps of it, or -1. The digest prints it last
// (see order), so that the cut falls on it: it must come from the last
// day the chosen sentences tell, so that the digest still reads day by
// day, but not after every chosen sentence of that day, since a digest
// that stops short of its budget leaves out facts it had room for. A
// sentence that continues another may not fill: printed last, it would
// not follow the sentence it continues.
func (p *problem) filler(s *solution) int {
	left := p.budget - s.cost
	if left <= 0 || p.hasUnfinished(s) {
		return -1
	}
	day := 0
	for _, x := range s.items {
		day = max(day, p.items[x].day)
	}
	best, bestGain := -1, 0.0
	for i := range p.items {
		it := &p.items[i]
		if s.groups[it.group] || it.day < day || it.after >= 0 || p.repeats(s, i) || it.fallback && !p.fallback {
			continue
		}
		if g := p.prefixGain(s, i, left); g > bestGain {
			best, bestGain = i, g
		}
	}
	return best
}

// prefixGain is the concept weight the first words words of item i add to
// s (the other terms of the value are left out: a cut sentence is mostly
// there for the facts it starts with).
func (p *problem) prefixGain(s *solution, i, words int) float64 {
	it := &p.items[i]
	cd := p.cands[it.cand]
	stems := cd.Stems
	if it.cost > words {
		prefix := strings.Join(strings.Fields(cd.Text)[:words], " ")
		stems = stems[:min(len(splitWords(prefix, chorus.Span{End: len(prefix)})), len(stems))]
	}
	g, alone := 0.0, 0.0
	seen := map[int32]bool{}
	for _, k := range unitConcepts(stems, p.c.vocab, nil, p.c.wordShare > 0) {
		if d, ok := p.dense[k]; ok && !seen[d] {
			seen[d] = true
			alone += p.weight[d]
			if s.covered[d] == 0 {
				g += p.weight[d]
			}
		}
	}
	// as in the search, a judgement pays for its place
	return g - it.pays*alone
}
