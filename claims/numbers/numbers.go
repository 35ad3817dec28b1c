// Package numbers finds quantities in news text and normalises them, so that
// "470,000", "470 000" and "470 thousand", or "$1.5bn" and "1.5 billion
// dollars", compare as the same value, and says when two quantities can
// stand for the same figure once rounding and qualifiers ("nearly", "more
// than", "about") are allowed for.
//
// It is pure and allocation-light: the claim aligner calls it on every
// sentence it reads.
package numbers

import (
	"math"
	"strconv"
)

// Unit is what a quantity counts.
type Unit string

// The units a quantity can carry. A plain count has no unit.
const (
	Count    Unit = ""
	Percent  Unit = "%"
	Fraction Unit = "fraction"
	USD      Unit = "USD"
	EUR      Unit = "EUR"
	GBP      Unit = "GBP"
	JPY      Unit = "JPY"
	Money    Unit = "money" // a currency not named more precisely ("a dollar figure in some currency")
)

// Quantity is one number found in text with its normalised value.
type Quantity struct {
	// Start and End are the byte span of the whole expression, qualifier,
	// currency and scale included ("nearly half a million").
	Start, End int
	// Value is the number as stated, scale applied: "1.8 million" is 1.8e6.
	// A range states its lower bound.
	Value float64
	// Low and High bound the values the wording allows: rounding ("470,000"
	// is a figure rounded to ten thousands), qualifiers ("more than"),
	// ranges ("between 200 and 300") and vague amounts ("thousands").
	Low, High float64
	Unit      Unit
	// Qualifier is the normalised hedge before the number: "about",
	// "over", "under", "at least", "at most", or "".
	Qualifier string
	// Range is set for "200-300", "between 200 and 300", "thousands".
	Range bool
	// Year is set for a bare four-digit number that reads as a year (1900–2099).
	Year bool
	// Head is the first word after the quantity ("dead", "people",
	// "ships"), lower-cased; it tells what is counted.
	Head string
}

// Exact reports whether the quantity is stated without hedge, range or
// rounding beyond its last digit.
func (q Quantity) Exact() bool { return q.Qualifier == "" && !q.Range }

// Key is a canonical spelling of the stated value and unit, equal for
// "1.8 million" and "1,800,000".
func (q Quantity) Key() string {
	s := strconv.FormatFloat(q.Value, 'g', 12, 64)
	if q.Unit != Count {
		s += string(q.Unit)
	}
	return s
}

// Comparable reports whether two quantities measure the same kind of
// thing, so that comparing their values makes sense: percentages and
// fractions compare with each other, money only with the same currency
// (or an unnamed one), and years only with years.
func Comparable(a, b Quantity) bool {
	if a.Year != b.Year {
		return false
	}
	ua, ub := a.Unit, b.Unit
	if ua == Percent {
		ua = Fraction
	}
	if ub == Percent {
		ub = Fraction
	}
	if ua == ub {
		return true
	}
	return (ua == Money && isCurrency(ub)) || (ub == Money && isCurrency(ua))
}

// Agrees reports whether a and b can stand for the same figure: they are
// comparable and the intervals their wordings allow overlap.
func Agrees(a, b Quantity) bool {
	if !Comparable(a, b) {
		return false
	}
	al, ah := a.scaled()
	bl, bh := b.scaled()
	// a relative slack of 1e-9 absorbs float noise in 2/3 and 66.7%
	eps := 1e-9 * math.Max(math.Abs(ah), math.Abs(bh))
	return al <= bh+eps && bl <= ah+eps
}

// scaled returns the interval on a common scale: percentages as fractions.
func (q Quantity) scaled() (lo, hi float64) {
	if q.Unit == Percent {
		return q.Low / 100, q.High / 100
	}
	return q.Low, q.High
}

func isCurrency(u Unit) bool {
	switch u {
	case USD, EUR, GBP, JPY, Money:
		return true
	}
	return false
}

// roundingStep is the place a figure was rounded to, judged from how it is
// written: "470,000" → 10,000, "14,600" → 100, "1.8" (million) → 0.1
// million, "7" → 1. Small exact figures are taken as exact.
func roundingStep(mantissa string, scale float64) float64 {
	intPart, frac := mantissa, ""
	for i := 0; i < len(mantissa); i++ {
		if mantissa[i] == '.' {
			intPart, frac = mantissa[:i], mantissa[i+1:]
			break
		}
	}
	if frac != "" {
		return math.Pow(10, -float64(len(frac))) * scale
	}
	zeros := 0
	digits := 0
	for i := len(intPart) - 1; i >= 0; i-- {
		c := intPart[i]
		if c < '0' || c > '9' {
			continue
		}
		digits++
		if c == '0' && zeros == digits-1 {
			zeros++
		}
	}
	if zeros == digits { // "0"
		zeros = 0
	}
	return math.Pow(10, float64(zeros)) * scale
}

// interval applies rounding and the qualifier to a stated value.
func interval(v, step float64, qual string) (lo, hi float64) {
	half := step / 2
	if step <= 1 && v < 1000 && v == math.Trunc(v) {
		half = 0 // "25 people" is exact; "1.8 million" is not
	}
	switch qual {
	case "about":
		return math.Min(v-half, v*0.93), math.Max(v+half, v*1.07)
	case "under": // nearly, almost, just under, less than
		return v * 0.8, v
	case "at most": // up to, as many as, no more than
		return v * 0.5, v
	case "over": // more than, over, at least, upwards of
		return v, math.Max(v+half, v*1.4)
	}
	return v - half, v + half
}
