package story

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// unit is one sentence of one article, a candidate for the digest.
type unit struct {
	art      int
	span     chorus.Span
	text     string
	words    []string // lower-cased words, for matching copies
	terms    map[string]float64
	pos      float64 // relative position in the article body, 0 = lead
	group    int     // near-duplicate group across articles
	eligible bool
	title    bool
}

// digester holds a story's sentences grouped across articles.
type digester struct {
	arts     []*chorus.Article
	origin   []chorus.ArticleID // origin of each article
	event    []int              // event index of each article
	units    []unit
	groups   [][]int // unit indexes per group
	centroid map[string]float64
}

func newDigester(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis, originOf map[chorus.ArticleID]chorus.ArticleID, events []chorus.Event) *digester {
	d := &digester{arts: arts}
	eventIndex := map[chorus.ArticleID]int{}
	for i, e := range events {
		for _, id := range e.Articles {
			eventIndex[id] = i
		}
	}
	for ai, a := range arts {
		o := originOf[a.ID]
		if o == "" {
			o = a.ID
		}
		d.origin = append(d.origin, o)
		d.event = append(d.event, eventIndex[a.ID])
		an := analyses[a.ID]
		if an == nil {
			continue
		}
		n := len(an.Sentences)
		for si, s := range an.Sentences {
			text := s.Span.In(a.Text)
			u := unit{art: ai, span: s.Span, text: text, words: words(text), terms: contentTerms(text),
				pos: float64(si) / float64(max(n, 1)), title: a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(s.Span)}
			u.eligible = !u.title && eligible(text, len(u.words))
			d.units = append(d.units, u)
		}
	}
	d.groupCopies()
	d.centroid = d.buildCentroid()
	return d
}

// groupCopies puts sentences that say the same thing in the same words
// (exact copies, or copies with a few words changed) into one group.
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
	// candidate pairs share a word trigram
	byTrigram := map[string][]int{}
	for i, u := range d.units {
		seen := map[string]bool{}
		for k := 0; k+3 <= len(u.words); k++ {
			g := strings.Join(u.words[k:k+3], " ")
			if !seen[g] {
				seen[g] = true
				byTrigram[g] = append(byTrigram[g], i)
			}
		}
	}
	keys := make([]string, 0, len(byTrigram))
	for k := range byTrigram {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	checked := map[[2]int]bool{}
	for _, k := range keys {
		list := byTrigram[k]
		if len(list) > 200 { // a trigram in hundreds of sentences is a formula, not a copy
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				i, j := list[x], list[y]
				if d.units[i].art == d.units[j].art || checked[[2]int{i, j}] {
					continue
				}
				checked[[2]int{i, j}] = true
				if sameSentence(d.units[i].words, d.units[j].words) {
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

// sameSentence decides whether two sentences are one sentence as carried by
// two outlets: most words in common, in either direction.
func sameSentence(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	sa, sb := set(a), set(b)
	inter := 0
	for w := range sa {
		if sb[w] {
			inter++
		}
	}
	small := min(len(sa), len(sb))
	union := len(sa) + len(sb) - inter
	return float64(inter)/float64(union) >= 0.6 || (small >= 8 && float64(inter)/float64(small) >= 0.9)
}

// buildCentroid weighs each term by how many independent origins use it
// (so five reposts of one wire story do not outvote two other reports)
// times its rarity across the story's sentences.
func (d *digester) buildCentroid() map[string]float64 {
	origins := map[string]map[chorus.ArticleID]bool{}
	df := map[string]int{}
	for _, u := range d.units {
		for t := range u.terms {
			df[t]++
			if origins[t] == nil {
				origins[t] = map[chorus.ArticleID]bool{}
			}
			origins[t][d.origin[u.art]] = true
		}
	}
	n := float64(len(d.units) + 1)
	c := map[string]float64{}
	for t, o := range origins {
		c[t] = float64(len(o)) * math.Log(n/float64(df[t]))
	}
	return normalize(c)
}

// groupOrigins counts the independent origins carrying a group.
func (d *digester) groupOrigins(g int) int {
	seen := map[chorus.ArticleID]bool{}
	for _, ui := range d.groups[g] {
		seen[d.origin[d.units[ui].art]] = true
	}
	return len(seen)
}

// digest selects sentences by centrality to the story, lead position and
// how many independent origins carry them, skipping any too similar to one
// already chosen, until the word budget is spent; then orders them by event
// and by where they stood in their articles.
func (d *digester) digest(budget int) []chorus.DigestSentence {
	type cand struct {
		u     int
		score float64
	}
	var cands []cand
	for g := range d.groups {
		u := d.representative(g)
		if u < 0 {
			continue
		}
		un := d.units[u]
		vec := normalize(un.terms)
		score := dot(vec, d.centroid) + 0.3*(1-un.pos)*(1-un.pos) + 0.1*math.Log2(float64(d.groupOrigins(g)))
		cands = append(cands, cand{u, score})
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].u < cands[j].u
	})
	var chosen []int
	total := 0
	for _, c := range cands {
		un := d.units[c.u]
		n := len(un.words)
		if len(chosen) > 0 && total+n > budget+budget/10 {
			continue
		}
		redundant := false
		for _, o := range chosen {
			if dot(normalize(un.terms), normalize(d.units[o].terms)) > 0.45 {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		chosen = append(chosen, c.u)
		total += n
		if total >= budget {
			break
		}
	}
	sort.SliceStable(chosen, func(i, j int) bool {
		a, b := d.units[chosen[i]], d.units[chosen[j]]
		if d.event[a.art] != d.event[b.art] {
			return d.event[a.art] < d.event[b.art]
		}
		if a.pos != b.pos {
			return a.pos < b.pos
		}
		return chosen[i] < chosen[j]
	})
	out := make([]chorus.DigestSentence, 0, len(chosen))
	for _, u := range chosen {
		out = append(out, d.cite(u))
	}
	return out
}

// representative picks the sentence that speaks for a group: an eligible
// one from the earliest article that carries it.
func (d *digester) representative(g int) int {
	best := -1
	for _, ui := range d.groups[g] {
		u := d.units[ui]
		if !u.eligible {
			continue
		}
		if best < 0 || u.art < d.units[best].art {
			best = ui
		}
	}
	return best
}

// cite builds the digest sentence for unit u: a citation for every copy of
// it that holds the same words (possibly with some added or removed), and a
// variant for copies that say it in other words.
func (d *digester) cite(u int) chorus.DigestSentence {
	rep := d.units[u]
	ds := chorus.DigestSentence{Text: rep.text}
	seenArt := map[int]bool{}
	outlets := map[string]bool{}
	members := append([]int(nil), d.groups[rep.group]...)
	sort.Slice(members, func(i, j int) bool {
		if d.units[members[i]].art != d.units[members[j]].art {
			return d.units[members[i]].art < d.units[members[j]].art
		}
		return members[i] < members[j]
	})
	for _, m := range members {
		mu := d.units[m]
		if seenArt[mu.art] {
			continue
		}
		seenArt[mu.art] = true
		a := d.arts[mu.art]
		cit := chorus.Cite(a.ID, mu.span)
		ds.Articles = append(ds.Articles, a.ID)
		outlets[outletKey(a)] = true
		if subsequence(rep.words, mu.words) || subsequence(mu.words, rep.words) {
			ds.Citations = append(ds.Citations, cit)
		} else {
			ds.Variants = append(ds.Variants, chorus.Variant{Text: mu.text, Citations: []chorus.Citation{cit}})
		}
	}
	ds.Outlets = len(outlets)
	return ds
}

// headline picks the title most central to the story and cites every
// article that carries it.
func (d *digester) headline() chorus.CitedText {
	best, bestScore := -1, -1.0
	for i, u := range d.units {
		if !u.title {
			continue
		}
		score := dot(normalize(u.terms), d.centroid) + 0.05*float64(len(d.groups[u.group]))
		if n := utf8.RuneCountInString(u.text); n > 100 {
			score -= 0.2
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		if len(d.units) == 0 {
			return chorus.CitedText{Citations: []chorus.Citation{}}
		}
		best = 0
	}
	ds := d.cite(best)
	return chorus.CitedText{Text: ds.Text, Citations: ds.Citations}
}

// eligible rules out sentences that cannot stand alone in a digest: too
// short or long, unfinished, opening with a pronoun or connective whose
// referent is elsewhere, or with unbalanced quotation marks.
func eligible(text string, nwords int) bool {
	if nwords < 7 || nwords > 60 {
		return false
	}
	t := strings.TrimSpace(text)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(".!\"”’", last) {
		return false
	}
	first := strings.Trim(strings.Fields(t)[0], `"“‘'(`)
	if danglingOpeners[strings.ToLower(strings.TrimRight(first, ",;:"))] {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(first); unicode.IsLower(r) {
		return false
	}
	straight := strings.Count(t, "\"")
	return straight%2 == 0 && strings.Count(t, "“") == strings.Count(t, "”")
}

var danglingOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`he she it they his her its their him them this these those that such
		but and or also however still yet instead moreover meanwhile furthermore nevertheless then so
		there's here`) {
		m[w] = true
	}
	return m
}()

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// subsequence reports whether small's words appear in big in order.
func subsequence(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}

func contentTerms(s string) map[string]float64 {
	out := map[string]float64{}
	for _, w := range words(s) {
		if len(w) < 3 || stop[w] {
			continue
		}
		out[w]++
	}
	return out
}

func normalize(v map[string]float64) map[string]float64 {
	n := 0.0
	for _, w := range v {
		n += w * w
	}
	n = math.Sqrt(n)
	out := make(map[string]float64, len(v))
	for t, w := range v {
		if n > 0 {
			out[t] = w / n
		}
	}
	return out
}

func dot(a, b map[string]float64) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	s := 0.0
	for t, w := range a {
		s += w * b[t]
	}
	return s
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with was were are has have had not but from this its
		his her their they them she him who which what when where will would could should can may might
		been being into over after about also said says say more than other some such only then there these
		those our out all any one two new year years ago very just like how why you your we us it's told
		did does do per while because most many much made make`) {
		m[w] = true
	}
	return m
}()
