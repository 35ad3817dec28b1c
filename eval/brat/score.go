package brat

import (
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
)

// Threshold is how much of a gold quote's content (a fraction of its
// characters) a prediction must cover to match it; Exact asks for the same
// characters.
type Threshold float64

// The thresholds the Gender Gap Tracker reports.
const (
	Lenient Threshold = 0.3
	Strict  Threshold = 0.8
	Exact   Threshold = 1.1
)

// Thresholds lists the thresholds in the order they are printed.
var Thresholds = []Threshold{Lenient, Strict, Exact}

// String names the threshold as the reference scorer prints it.
func (t Threshold) String() string {
	switch t {
	case Lenient:
		return "0.3"
	case Strict:
		return "0.8"
	}
	return "exact"
}

// Counts are the tallies of one subset at one threshold; they add up over
// documents (micro-averaging).
type Counts struct {
	Gold, Pred int
	TP, FP, FN int
	SpeakerOK  int
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.SpeakerOK += o.SpeakerOK
}

// P is precision in percent.
func (c Counts) P() float64 { return pct(c.TP, c.TP+c.FP) }

// R is recall in percent.
func (c Counts) R() float64 { return pct(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R, in percent, from the unrounded P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpeakerAcc is the share (percent) of matched quotes whose speaker is right.
func (c Counts) SpeakerAcc() float64 { return pct(c.SpeakerOK, c.TP) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// qmarks are the double quotation marks that make a quote direct.
const qmarks = "\"“”«»„‟"

// IsDirect reports whether a quote's content holds a double quotation mark:
// the reference scorer's default rule, which is how the Gender Gap
// Tracker's "direct" attribute was made. It is applied to gold and
// predictions alike.
func IsDirect(text string, q Quote) bool {
	for _, s := range q.Content {
		if s.Valid(len(text)) && strings.ContainsAny(text[s.Start:s.End], qmarks) {
			return true
		}
	}
	return false
}

// interval is a half-open range of character offsets.
type interval struct{ a, b int }

// charSet is a quote's content as merged, sorted character intervals.
type charSet []interval

func (s charSet) size() int {
	n := 0
	for _, iv := range s {
		n += iv.b - iv.a
	}
	return n
}

func (s charSet) intersect(o charSet) int {
	n, i, j := 0, 0, 0
	for i < len(s) && j < len(o) {
		lo, hi := max(s[i].a, o[j].a), min(s[i].b, o[j].b)
		if lo < hi {
			n += hi - lo
		}
		if s[i].b < o[j].b {
			i++
		} else {
			j++
		}
	}
	return n
}

func (s charSet) equal(o charSet) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i] != o[i] {
			return false
		}
	}
	return true
}

func contentChars(idx runeIndex, spans []chorus.Span) charSet {
	var ivs []interval
	for _, sp := range spans {
		a, b := idx.charAt(sp.Start), idx.charAt(sp.End)
		if sp.Len() > 0 && b > a {
			ivs = append(ivs, interval{a, b})
		}
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].a < ivs[j].a })
	var out charSet
	for _, iv := range ivs {
		if n := len(out); n > 0 && iv.a <= out[n-1].b {
			out[n-1].b = max(out[n-1].b, iv.b)
			continue
		}
		out = append(out, iv)
	}
	return out
}

// overlap reports whether any span of a overlaps any span of b.
func overlap(a, b []chorus.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

// Match scores one document's predictions against its gold quotes at one
// threshold. Gold quotes are visited in (start, ID) order; each takes the
// still-unmatched prediction covering the largest share of its content
// above the threshold (the first such one on ties). A matched quote's
// speaker is right when a gold and a predicted source span overlap, or when
// neither has a source.
func Match(text string, gold, pred []Quote, thr Threshold) Counts {
	g, p, pairs := match(text, gold, pred, thr)
	c := Counts{Gold: len(g), Pred: len(p)}
	for gi, pi := range pairs {
		if pi < 0 {
			c.FN++
			continue
		}
		c.TP++
		if speakerOK(g[gi], p[pi]) {
			c.SpeakerOK++
		}
	}
	c.FP = len(p) - c.TP
	return c
}

func speakerOK(g, p Quote) bool {
	if len(g.Source) > 0 {
		return len(p.Source) > 0 && overlap(g.Source, p.Source)
	}
	return len(p.Source) == 0
}

// match sorts gold and predictions and pairs them: pairs[i] is the
// prediction matched to gold quote i, or -1.
func match(text string, gold, pred []Quote, thr Threshold) (g, p []Quote, pairs []int) {
	idx := newRuneIndex(text)
	g = append([]Quote(nil), gold...)
	p = append([]Quote(nil), pred...)
	SortQuotes(g)
	SortQuotes(p)
	pchars := make([]charSet, len(p))
	for i, q := range p {
		pchars[i] = contentChars(idx, q.Content)
	}
	used := make([]bool, len(p))
	pairs = make([]int, len(g))
	for gi, gq := range g {
		gc := contentChars(idx, gq.Content)
		n := gc.size()
		best, bestScore := -1, 0.0
		for i := range p {
			if used[i] {
				continue
			}
			var score float64
			var ok bool
			if thr == Exact {
				if gc.equal(pchars[i]) {
					score, ok = 1, true
				}
			} else if n > 0 {
				score = float64(gc.intersect(pchars[i])) / float64(n)
				ok = score > float64(thr)
			}
			if ok && score > bestScore {
				best, bestScore = i, score
			}
		}
		pairs[gi] = best
		if best >= 0 {
			used[best] = true
		}
	}
	return g, p, pairs
}

// Error is one imperfection of a document's predictions: a missed gold
// quote, a spurious prediction, or a match with the wrong speaker.
type Error struct {
	Kind       string // "missed", "spurious" or "speaker"
	Gold, Pred *Quote
}

// Errors lists the imperfections of pred against gold at one threshold, in
// gold order then prediction order.
func Errors(text string, gold, pred []Quote, thr Threshold) []Error {
	g, p, pairs := match(text, gold, pred, thr)
	var out []Error
	matched := make([]bool, len(p))
	for gi, pi := range pairs {
		switch {
		case pi < 0:
			out = append(out, Error{Kind: "missed", Gold: &g[gi]})
		case !speakerOK(g[gi], p[pi]):
			matched[pi] = true
			out = append(out, Error{Kind: "speaker", Gold: &g[gi], Pred: &p[pi]})
		default:
			matched[pi] = true
		}
	}
	for pi := range p {
		if !matched[pi] {
			out = append(out, Error{Kind: "spurious", Pred: &p[pi]})
		}
	}
	return out
}

// Subset names which quotes are scored: all of them or the direct ones.
type Subset string

// The subsets the reference scorer reports.
const (
	All    Subset = "all"
	Direct Subset = "direct"
)

// Subsets lists the subsets in the order they are printed.
var Subsets = []Subset{All, Direct}

// Filter returns the quotes of the subset.
func (s Subset) Filter(text string, qs []Quote) []Quote {
	if s == All {
		return qs
	}
	var out []Quote
	for _, q := range qs {
		if IsDirect(text, q) {
			out = append(out, q)
		}
	}
	return out
}

// Key names one row of the scores.
type Key struct {
	Subset    Subset
	Threshold Threshold
}

// Scores are the counts of every subset at every threshold.
type Scores map[Key]Counts

// Score scores one document at every subset and threshold.
func Score(text string, gold, pred []Quote) Scores {
	out := Scores{}
	for _, s := range Subsets {
		g, p := s.Filter(text, gold), s.Filter(text, pred)
		for _, t := range Thresholds {
			out[Key{s, t}] = Match(text, g, p, t)
		}
	}
	return out
}

// Add adds o's counts to s.
func (s Scores) Add(o Scores) {
	for k, c := range o {
		sum := s[k]
		sum.Add(c)
		s[k] = sum
	}
}
