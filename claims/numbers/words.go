package numbers

import "strings"

// wordNumber reads numbers written in words: "seventy", "two hundred and
// fifty thousand", "half a million", "a quarter of a million", "a dozen",
// and fractions: "two-thirds", "a third", "three quarters", "half of".
func (p *parser) wordNumber(i int) (v float64, mant string, scale float64, end int, vg [2]float64, ok bool) {
	w := p.low(i)
	// "a"/"an": a hundred, a million, a third, a quarter of a million
	if w == "a" || w == "an" {
		next := p.low(i + 1)
		if f, ok := scales[next]; ok {
			v, end := p.scaleTail(f, i+2)
			return v, "", f, end, vg, true
		}
		if d, ok := fractionWords[next]; ok && next != "halves" && !strings.HasSuffix(next, "s") {
			if m, end, ok := p.ofAScale(i + 2); ok {
				return m / d, "", m / d, end, vg, true
			}
			if next == "half" || next == "fourth" || next == "fifth" || next == "sixth" {
				return 0, "", 0, 0, vg, false // "a half-hour", "a fifth term": too often not a share
			}
			return 1 / d, "frac", 1, i + 2, vg, true
		}
		return 0, "", 0, 0, vg, false
	}
	if w == "half" {
		switch p.low(i - 1) {
		case "first", "second", "latter", "former", "other", "and", "the":
			return 0, "", 0, 0, vg, false
		}
		if m, end, ok := p.ofAScale(i + 1); ok { // "half a million"
			return m / 2, "", m / 2, end, vg, true
		}
		if p.low(i+1) == "of" {
			return 0.5, "frac", 1, i + 1, vg, true
		}
		return 0, "", 0, 0, vg, false
	}
	// "two-thirds", "twenty-five", "one-fifth"
	if a, b, hy := strings.Cut(w, "-"); hy {
		n, okA := smallNumbers[a]
		if d, ok := fractionWords[b]; ok && okA && n > 0 && n < d {
			return n / d, "frac", 1, i + 1, vg, true
		}
		m, okB := smallNumbers[b]
		if okA && okB && n >= 20 && int(n)%10 == 0 && m < 10 {
			return p.wordTail(n+m, i+1)
		}
		return 0, "", 0, 0, vg, false
	}
	n, ok := smallNumbers[w]
	if !ok {
		return 0, "", 0, 0, vg, false
	}
	// "three quarters", "two thirds", "one third"
	if d, ok := fractionWords[p.low(i+1)]; ok && n > 0 && n < d && p.low(i+1) != "half" {
		if (n == 1) != strings.HasSuffix(p.low(i+1), "s") {
			return n / d, "frac", 1, i + 2, vg, true
		}
	}
	// "twenty five"
	if n >= 20 && float64(int(n)%10) == 0 {
		if m, ok := smallNumbers[p.low(i+1)]; ok && m > 0 && m < 10 {
			return p.wordTail(n+m, i+2)
		}
	}
	return p.wordTail(n, i+1)
}

// wordTail continues a number-word value with hundreds and scales:
// "two hundred and fifty thousand".
func (p *parser) wordTail(n float64, i int) (v float64, mant string, scale float64, end int, vg [2]float64, ok bool) {
	total, cur := 0.0, n
	scale = 1
	for {
		w := p.low(i)
		if w == "hundred" {
			cur *= 100
			i++
			// "hundred and fifty"
			if p.low(i) == "and" {
				if m, ok := smallNumbers[p.low(i+1)]; ok && m > 0 {
					cur += m
					i += 2
				}
			} else if m, ok := smallNumbers[p.low(i)]; ok && m > 0 {
				cur += m
				i++
			}
			continue
		}
		if f, ok := scales[w]; ok && w != "dozen" {
			total += cur * f
			cur = 0
			scale = f
			i++
			if m, ok := smallNumbers[p.low(i)]; ok && m > 0 {
				cur = m
				i++
				continue
			}
			break
		}
		if w == "dozen" {
			cur *= 12
			i++
		}
		break
	}
	total += cur
	if scale > 1 && total != float64(int64(total/scale))*scale {
		scale = 1
	}
	return total, "", scale, i, vg, true
}

// scaleTail reads what follows "a hundred" or "a million": "a hundred thousand".
func (p *parser) scaleTail(f float64, i int) (float64, int) {
	if f == 100 {
		if g, ok := scales[p.low(i)]; ok && g > 100 {
			return 100 * g, i + 1
		}
	}
	return f, i
}

// ofAScale matches "a million", "of a million", "a billion" after a
// fraction word and returns the scale.
func (p *parser) ofAScale(i int) (float64, int, bool) {
	if p.low(i) == "of" {
		i++
	}
	if p.low(i) != "a" {
		return 0, 0, false
	}
	f, ok := scales[p.low(i+1)]
	if !ok || f < 1000 {
		return 0, 0, false
	}
	return f, i + 2, true
}

// rangeEnd reads the upper end of a range after a number: "-300", "to 300",
// "and 300" (after "between").
func (p *parser) rangeEnd(i int, between bool, lo float64, unit Unit) (float64, float64, int, bool) {
	w := p.low(i)
	switch {
	case (w == "-" || w == "–") && p.glued(i) && p.glued(i+1):
	case w == "to":
	case w == "and" && between:
	default:
		return 0, 0, 0, false
	}
	k := i + 1
	if u, k2 := p.currencyBefore(k); u != Count {
		k = k2
	}
	hi, _, scale, end, vg, ok := p.number(k)
	if !ok || vg[1] > 0 {
		return 0, 0, 0, false
	}
	// "1.5 to 2 million": the scale of the upper end applies to both
	if scale > 1 && lo < 1000 && lo*scale <= hi {
		lo *= scale
	}
	if hi <= lo {
		return 0, 0, 0, false
	}
	if unit == Count {
		if u, e := p.unitAfter(end); u != Count {
			end = e
		}
	}
	return lo, hi, end, true
}

// head returns what a quantity counts: the first word after it, past
// "of", "the", "a" ("two-thirds of the voters" → "voters").
func (p *parser) head(i int) string {
	if p.low(i) == "-" && p.glued(i) && p.glued(i+1) { // "48-hour"
		i++
	}
	for k := 0; k < 3 && headSkip[p.low(i)]; k++ {
		i++
	}
	if i >= len(p.toks) || p.toks[i].kind != kWord || notHeads[p.low(i)] {
		return ""
	}
	return p.low(i)
}
