package extract

// maxRepeatedWords bounds the blocks that can count as a source's
// boilerplate: a repeated long paragraph is shared content, not furniture.
const maxRepeatedWords = 30

// MarkRepeated removes, from each draft, the short lines that its source
// prints on other, different articles too (a site's fixed promotion line,
// its comment prompt in its own words, its standard disclaimer). Two drafts
// of one source that share most of their text are versions of one article,
// not evidence of boilerplate, so their shared lines are kept.
func MarkRepeated(drafts []*Draft) {
	bySource := map[string][]*Draft{}
	var order []string
	for _, d := range drafts {
		key := d.Source()
		if key == "" {
			continue
		}
		if _, ok := bySource[key]; !ok {
			order = append(order, key)
		}
		bySource[key] = append(bySource[key], d)
	}
	for _, key := range order {
		group := bySource[key]
		if len(group) < 2 {
			continue
		}
		markRepeatedInSource(group)
	}
}

func markRepeatedInSource(group []*Draft) {
	sets := make([]map[string]bool, len(group))
	where := map[string][]int{}
	for i, d := range group {
		sets[i] = map[string]bool{}
		for _, bl := range d.blocks {
			if bl.drop != "" {
				continue
			}
			c := comparable(bl.text)
			if c == "" || sets[i][c] {
				continue
			}
			sets[i][c] = true
			if wordCount(bl.text) <= maxRepeatedWords {
				where[c] = append(where[c], i)
			}
		}
	}
	distinct := func(i, j int) bool {
		if comparable(group[i].meta.title) == comparable(group[j].meta.title) {
			return false
		}
		shared := 0
		for c := range sets[i] {
			if sets[j][c] {
				shared++
			}
		}
		return shared*2 < min(len(sets[i]), len(sets[j]))
	}
	repeated := map[string]bool{}
	for c, ds := range where {
		if len(ds) < 2 {
			continue
		}
	pairs:
		for a := 0; a < len(ds); a++ {
			for b := a + 1; b < len(ds); b++ {
				if distinct(ds[a], ds[b]) {
					repeated[c] = true
					break pairs
				}
			}
		}
	}
	for _, d := range group {
		for i := range d.blocks {
			bl := &d.blocks[i]
			if bl.drop == "" && repeated[comparable(bl.text)] {
				bl.drop = "repeated across the source"
			}
		}
	}
}
