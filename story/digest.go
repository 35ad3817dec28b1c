package story

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// digester holds a story's sentences grouped across articles, and the
// concepts they share.
type digester struct {
	arts    []*chorus.Article
	origin  []int // index of each article's syndication origin
	event   []int // event index of each article
	rank    []int // each article's place in reading order
	dayRank []int // the place of each article's day in reading order
	units   []unit
	body    [][]int // unit indexes of each article's body sentences
	groups  [][]int // unit indexes per near-duplicate group
	// share is each article's share of subjective sentences (see
	// opinionShare): high for commentary, near zero for reports.
	share   []float64
	stems   stemCache
	vocab   vocab
	weights map[concept]float64
}

func newDigester(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis, originOf map[chorus.ArticleID]chorus.ArticleID, events []chorus.Event) *digester {
	d := &digester{arts: arts, vocab: vocab{}, stems: stemCache{}, body: make([][]int, len(arts))}
	eventIndex := map[chorus.ArticleID]int{}
	for i, e := range events {
		for _, id := range e.Articles {
			eventIndex[id] = i
		}
	}
	artIndex := map[chorus.ArticleID]int{}
	for i, a := range arts {
		artIndex[a.ID] = i
	}
	for ai, a := range arts {
		o, ok := artIndex[originOf[a.ID]]
		if !ok {
			o = ai
		}
		d.origin = append(d.origin, o)
		d.event = append(d.event, eventIndex[a.ID])
		an := analyses[a.ID]
		if an == nil {
			continue
		}
		var body []int
		for _, s := range an.Sentences {
			u := newUnit(a, ai, s.Span, d.stems)
			u.title = a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(s.Span)
			u.open = openQuote(a, u.span.Start)
			u.caption = s.Caption
			if !u.title {
				u.sent = len(body)
				if !u.caption {
					u.verdict = judge(u.text)
				}
				body = append(body, len(d.units))
			}
			d.units = append(d.units, u)
		}
		d.body[ai] = body
	}
	d.share = make([]float64, len(arts))
	for ai, body := range d.body {
		texts, open := make([]string, len(body)), make([]bool, len(body))
		for i, ui := range body {
			texts[i], open[i] = d.units[ui].text, d.units[ui].open
		}
		d.share[ai] = opinionShare(texts, open)
	}
	d.rank, d.dayRank = articleRanks(d.event, articleDays(arts, analyses))
	d.groupCopies()
	d.weights = weighConcepts(d.units, d.origin, d.vocab, defaultConceptWeights)
	return d
}

// candidates lists one candidate per group of body sentences: the copy
// from the earliest article that can best stand in a digest (alone, else
// after the sentence before it, else not at all), and its compressed forms.
func (d *digester) candidates() []Candidate {
	reps := make([]int, len(d.groups))
	for g, members := range d.groups {
		reps[g] = -1
		for _, ui := range members {
			u := d.units[ui]
			if !u.title && (reps[g] < 0 || u.verdict > d.units[reps[g]].verdict) {
				reps[g] = ui
			}
		}
	}
	// after returns the group a continuation follows: its article's
	// sentence before it, when the digest would print that very sentence
	// (a copy from another article may not name the referent); else -1.
	after := func(u int) int {
		un := d.units[u]
		if un.sent == 0 {
			return -1
		}
		prev := d.body[un.art][un.sent-1]
		if g := d.units[prev].group; reps[g] == prev && !d.units[prev].caption {
			return g
		}
		return -1
	}
	leads := d.openingLeads()
	var out []Candidate
	for g, rep := range reps {
		if rep < 0 || d.units[rep].caption {
			continue
		}
		u := d.units[rep]
		c := Candidate{Text: capitalized(u.text), Article: u.art, Sentence: u.sent, Words: len(strings.Fields(u.text)),
			Stems: u.stems, Group: g, After: -1, Eligible: u.verdict == alone, unit: rep, origins: d.groupOrigins(g), day: d.dayRank[u.art],
			opinion: subjective(u.text, u.open), lead: leads[g]}
		if u.verdict == continues {
			c.After = after(rep)
			c.Eligible = c.After >= 0
		}
		if !c.Eligible {
			c.fallback = judgeFallback(u.text, u.verdict)
			// a cut-off last sentence competes with whole ones (see
			// maxFallbackWords)
			if v := judgeUnfinished(u.text, u.verdict, u.sent == len(d.body[u.art])-1); v != unfit {
				c.unfinished, c.Eligible = true, true
				if v == continues {
					c.After = after(rep)
					c.Eligible = c.After >= 0
				}
			}
		}
		out = append(out, c)
		for _, keep := range compressions(u.text) {
			text := joinKept(u.text, keep)
			v := judge(text)
			if v == unfit {
				continue
			}
			cc := c
			cc.Text, cc.Words, cc.Compressed = text, len(strings.Fields(text)), true
			// a compression may drop the clause that held the judgement
			cc.opinion = subjective(text, u.open)
			cc.Stems = make([]string, 0, len(u.stems))
			for _, w := range words(text) {
				cc.Stems = append(cc.Stems, d.stems.stem(w))
			}
			cc.After, cc.Eligible, cc.fallback, cc.unfinished = -1, true, false, false
			if v == continues {
				cc.After = after(rep)
				cc.Eligible = cc.After >= 0
			}
			out = append(out, cc)
		}
	}
	// reading order (see order.go)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if da, db := d.dayRank[a.Article], d.dayRank[b.Article]; da != db {
			return da < db
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return d.rank[a.Article] < d.rank[b.Article]
	})
	for i := range out {
		out[i].Order = i
	}
	return out
}

// groupOrigins lists the independent origins carrying a group, in order.
func (d *digester) groupOrigins(g int) []int {
	var out []int
	for _, ui := range d.groups[g] {
		o := d.origin[d.units[ui].art]
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	slices.Sort(out)
	return out
}

// digest selects sentences with sel (the concept coverage when nil), orders
// them and cites every article that carries each.
func (d *digester) digest(budget int, sel Selector) []chorus.DigestSentence {
	cands := d.candidates()
	if sel == nil {
		sel = coverage{weights: d.weights, vocab: d.vocab, mu: defaultMu, alpha: defaultAlpha, heard: defaultHeard,
			wordShare: wordShare(cands, budget)}
	}
	var chosen []Candidate
	used := map[int]bool{}
	for _, i := range sel.Select(cands, budget) {
		if i < 0 || i >= len(cands) || used[cands[i].Group] {
			continue
		}
		used[cands[i].Group] = true
		chosen = append(chosen, cands[i])
	}
	chosen = order(chosen, budget)
	out := make([]chorus.DigestSentence, 0, len(chosen))
	for _, c := range chosen {
		out = append(out, d.cite(c.unit, c.Text))
	}
	return out
}

// cite builds the digest sentence printing text for unit u: a citation
// of every copy whose words hold text's words in order (or are held by
// them), and a variant for copies that say it in other words. Each article
// is listed once, with its first copy.
func (d *digester) cite(u int, text string) chorus.DigestSentence {
	rep := d.units[u]
	tw := citeWords(text)
	ds := chorus.DigestSentence{Text: text, Citations: []chorus.Citation{}, Articles: []chorus.ArticleID{}}
	members := append([]int(nil), d.groups[rep.group]...)
	sort.SliceStable(members, func(i, j int) bool {
		mi, mj := members[i], members[j]
		if (mi == u) != (mj == u) {
			return mi == u
		}
		if d.units[mi].art != d.units[mj].art {
			return d.units[mi].art < d.units[mj].art
		}
		return mi < mj
	})
	seenArt := map[int]bool{}
	outlets := map[string]bool{}
	for _, m := range members {
		mu := d.units[m]
		if seenArt[mu.art] || mu.title != rep.title {
			continue
		}
		seenArt[mu.art] = true
		a := d.arts[mu.art]
		cit := chorus.Cite(a.ID, mu.span)
		ds.Articles = append(ds.Articles, a.ID)
		outlets[outletKey(a)] = true
		if mw := citeWords(mu.text); subsequence(tw, mw) || subsequence(mw, tw) {
			ds.Citations = append(ds.Citations, cit)
		} else {
			ds.Variants = append(ds.Variants, chorus.Variant{Text: mu.text, Citations: []chorus.Citation{cit}})
		}
	}
	ds.Outlets = len(outlets)
	return ds
}

// headline picks the title that best covers the story's concepts, counting
// the articles that carry it, and cites every article that does. A story's
// headline says what happened, so it comes from a report when the story has
// one: the title of a commentary (see commentaryShare), or a title that is
// itself the writer's question or judgement, is used only when no report's
// title is left.
func (d *digester) headline() chorus.CitedText {
	best, bestScore, bestReport := -1, -1.0, false
	for i, u := range d.units {
		// a "sentence" with no words (a pasted rule of dots) heads nothing
		if !u.title || len(u.words) == 0 {
			continue
		}
		score := 0.0
		for _, c := range unitConcepts(u.stems, d.vocab, nil, false) {
			score += d.weights[c]
		}
		score = score/float64(len(u.words)+4) + 0.5*float64(len(d.groups[u.group]))
		if n := len(u.words); n > 18 || n < 3 {
			score /= 2
		}
		report := d.share[u.art] < commentaryShare && !subjective(u.text, false)
		if (report && !bestReport) || (report == bestReport && score > bestScore) {
			best, bestScore, bestReport = i, score, report
		}
	}
	if best < 0 {
		best = slices.IndexFunc(d.units, func(u unit) bool { return len(u.words) > 0 })
		if best < 0 {
			return chorus.CitedText{Citations: []chorus.Citation{}}
		}
	}
	ds := d.cite(best, d.units[best].text)
	return chorus.CitedText{Text: ds.Text, Citations: ds.Citations}
}

// citeWords splits text into words as citations are checked: lower-cased
// runs of letters, numbers and underscores (a regular expression's \w+).
func citeWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
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

// wordShare is the weight of single-word concepts for a digest of budget
// words: the share of the story's text the budget holds (counting each
// sentence once, however many articles carry it). A short digest of a long
// story chooses by the phrases the reports share, as single words would
// only dilute them; a digest that keeps much of its story has room for all
// of those, and then chooses between the rest by the words they repeat.
func wordShare(cands []Candidate, budget int) float64 {
	total := 0
	for _, c := range cands {
		if !c.Compressed {
			total += c.Words
		}
	}
	if total == 0 {
		return 0
	}
	return min(1, float64(budget)/float64(total))
}

// openingLeads returns the groups of the story's opening leads: for each
// of its events, the first body sentence of the event's earliest article
// (the first report of what happened, or the origin it copies), when that
// sentence can stand alone and is a sentence of the body alone (not the
// headline run into it, when the text has no paragraph break after the
// title). A later event is told by its own first report as the story is
// by its first: without its lead the digest tells a follow-up ("Deputies
// voted 131 to 9 in favour") before what it follows. Only events of two
// or more reports count after the first: giving every lone article's lead
// the prior (DUC 2003, whose documents are events of their own) cost 0.9
// ROUGE-1.
func (d *digester) openingLeads() map[int]bool {
	leads := map[int]bool{}
	seen := map[int]bool{}
	size := map[int]int{}
	for _, e := range d.event {
		size[e]++
	}
	for ai, body := range d.body {
		if len(body) == 0 || seen[d.event[ai]] {
			continue
		}
		// the story's first event, and every later one that more than one
		// report tells (an article the clusterer left alone is no event)
		if len(seen) > 0 && size[d.event[ai]] < 2 {
			continue
		}
		seen[d.event[ai]] = true
		u := d.units[body[0]]
		if t := d.arts[ai].TitleSpan; u.verdict != alone || t.Len() > 0 && u.span.Start < t.End {
			continue
		}
		leads[u.group] = true
	}
	return leads
}
