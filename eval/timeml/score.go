package timeml

import (
	"math"
	"unicode/utf8"
)

// Counts are the tallies TempEval-3 style scores are computed from; they add
// up over documents (micro-averaging).
type Counts struct {
	Gold, Pred int
	// Strict counts gold expressions predicted with exactly the same extent.
	Strict int
	// Relaxed counts one-to-one overlapping pairs.
	Relaxed int
	// Value and Type count relaxed pairs whose value (type) is identical.
	Value, Type int
	// DateGold counts gold DATE expressions, DateOK those whose value a
	// relaxed match got right.
	DateGold, DateOK int
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.Value += o.Value
	c.Type += o.Type
	c.DateGold += o.DateGold
	c.DateOK += o.DateOK
}

// Metric is a precision/recall/F1 triple in percent.
type Metric struct {
	P, R, F1 float64
	Correct  int
}

// metric computes P over predictions and R over gold, as the scorer does:
// F1 from the unrounded P and R.
func (c Counts) metric(correct int) Metric {
	var p, r, f float64
	if c.Pred > 0 {
		p = 100 * float64(correct) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = 100 * float64(correct) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return Metric{P: p, R: r, F1: f, Correct: correct}
}

// StrictM is exact-extent P/R/F1.
func (c Counts) StrictM() Metric { return c.metric(c.Strict) }

// RelaxedM is overlapping-extent P/R/F1.
func (c Counts) RelaxedM() Metric { return c.metric(c.Relaxed) }

// ValueM is TempEval-3's value attribute F1: relaxed match with an identical
// value, P over all predictions and R over all gold expressions.
func (c Counts) ValueM() Metric { return c.metric(c.Value) }

// TypeM is the same as ValueM for the type attribute.
func (c Counts) TypeM() Metric { return c.metric(c.Type) }

// ValueAccuracy is the share (percent) of relaxed matches whose value is right.
func (c Counts) ValueAccuracy() float64 { return pct(c.Value, c.Relaxed) }

// TypeAccuracy is the share (percent) of relaxed matches whose type is right.
func (c Counts) TypeAccuracy() float64 { return pct(c.Type, c.Relaxed) }

// DateValueAccuracy is the share (percent) of gold DATE expressions whose value
// a relaxed match got right.
func (c Counts) DateValueAccuracy() float64 { return pct(c.DateOK, c.DateGold) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Round2 rounds to two decimals the way the scorer prints.
func Round2(x float64) float64 { return math.Round(x*100) / 100 }

// Pair is a gold expression and the prediction matched to it (nil when
// none), or a prediction no gold expression matched (Gold nil).
type Pair struct {
	Gold, Pred *Timex
}

// Compare scores predictions against the gold expressions of one text. Both
// must be sorted by start then end. Offsets are compared in characters, as
// the reference scorer does, so that a multi-byte character counts once.
// It also returns every pair that is not a perfect match (wrong or missing
// value, or unmatched prediction), for error analysis.
func Compare(text string, gold, pred []Timex) (Counts, []Pair) {
	c := Counts{Gold: len(gold), Pred: len(pred)}
	rs := runeOffsets(text)
	type span struct{ s, e int }
	gs := make([]span, len(gold))
	for i, g := range gold {
		gs[i] = span{rs(g.Start), rs(g.End)}
	}
	ps := make([]span, len(pred))
	exact := map[span]bool{}
	for i, p := range pred {
		ps[i] = span{rs(p.Start), rs(p.End)}
		exact[ps[i]] = true
	}
	used := make([]bool, len(pred))
	var pairs []Pair
	for gi := range gold {
		g := &gold[gi]
		if exact[gs[gi]] {
			c.Strict++
		}
		if g.Type == "DATE" {
			c.DateGold++
		}
		best, bo := -1, 0
		for pi := range pred {
			if used[pi] {
				continue
			}
			o := min(gs[gi].e, ps[pi].e) - max(gs[gi].s, ps[pi].s)
			if o > bo {
				best, bo = pi, o
			}
		}
		if best < 0 {
			pairs = append(pairs, Pair{Gold: g})
			continue
		}
		used[best] = true
		p := &pred[best]
		c.Relaxed++
		if p.Value == g.Value {
			c.Value++
			if g.Type == "DATE" {
				c.DateOK++
			}
		} else {
			pairs = append(pairs, Pair{Gold: g, Pred: p})
		}
		if p.Type == g.Type {
			c.Type++
		}
	}
	for pi := range pred {
		if !used[pi] {
			pairs = append(pairs, Pair{Pred: &pred[pi]})
		}
	}
	return c, pairs
}

// runeOffsets returns a function mapping byte offsets of text to character
// offsets.
func runeOffsets(text string) func(int) int {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return func(b int) int { return b }
	}
	return func(b int) int { return utf8.RuneCountInString(text[:min(b, len(text))]) }
}
