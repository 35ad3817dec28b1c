package timex

// count reads a quantity at token i: digits ("48", "2 1/2"), number words
// ("twenty-four", "a hundred"), "a"/"an" (one, when allowA), "half", or a
// vague quantity ("a few", "several", "a couple of"), which returns n = -1
// except "a couple of" = 2. It returns the token after the quantity.
func (p *parser) count(i int, allowA bool) (n float64, end int, ok bool) {
	w := p.low(i)
	switch {
	case w == "":
		return 0, i, false
	case p.digits(i) > 0 && p.digits(i) <= 4:
		v, _ := p.num(i)
		j := i + 1
		// "1,500" is a thousands separator, "2.5" a decimal.
		if p.low(j) == "," && p.glued(j) && p.digits(j+1) == 3 && p.glued(j+1) {
			v = v*1000 + p.toks[j+1].num
			j += 2
		}
		n = float64(v)
		if p.low(j) == "." && p.glued(j) && p.digits(j+1) > 0 && p.glued(j+1) {
			f, _ := p.num(j + 1)
			d := 1.0
			for range p.digits(j + 1) {
				d *= 10
			}
			n += float64(f) / d
			j += 2
		}
		// "2 1/2".
		if a, ok1 := p.num(j); ok1 && p.low(j+1) == "/" {
			if b, ok2 := p.num(j + 2); ok2 && b > a && b <= 4 {
				n += float64(a) / float64(b)
				j += 3
			}
		}
		// "12 to 18 months", "two to three weeks": keep the lower bound.
		if p.is(j, "to", "or") || (p.low(j) == "-" && p.digits(j+1) > 0) {
			if _, e2, ok2 := p.count(j+1, false); ok2 && e2 > j+1 {
				if _, isUnit := units[p.low(e2)]; isUnit {
					j = e2
				}
			}
		}
		return n, j, true
	case w == "a" || w == "an":
		if p.is(i+1, "couple") && p.is(i+2, "of") {
			return 2, i + 3, true
		}
		if p.is(i+1, "few") {
			return -1, i + 2, true
		}
		if p.is(i+1, "hundred", "thousand", "dozen") {
			n := 100.0
			switch p.low(i + 1) {
			case "thousand":
				n = 1000
			case "dozen":
				n = 12
			}
			return n, i + 2, true
		}
		if allowA {
			return 1, i + 1, true
		}
		return 0, i, false
	case w == "half":
		if p.is(i+1, "a", "an") {
			return 0.5, i + 2, true
		}
		return 0, i, false
	case w == "couple" && p.is(i+1, "of"):
		return 2, i + 2, true
	case vagueCounts[w]:
		return -1, i + 1, true
	}
	v, j, ok := p.numberWords(i)
	if !ok {
		return 0, i, false
	}
	if p.is(j, "to", "or") {
		if _, e2, ok2 := p.numberWords(j + 1); ok2 {
			if _, isUnit := units[p.low(e2)]; isUnit {
				j = e2
			}
		}
	}
	return float64(v), j, true
}

// numberWords reads a number written in words ("twenty-four", "forty",
// "two hundred", "fifty thousand") at token i.
func (p *parser) numberWords(i int) (int, int, bool) {
	w := p.low(i)
	var v int
	j := i
	switch {
	case smallNumbers[w] > 0 || w == "zero":
		v, j = smallNumbers[w], i+1
	case tens[w] > 0:
		v, j = tens[w], i+1
		k := j
		if p.low(k) == "-" && p.glued(k) {
			k++
		}
		if u, ok := smallNumbers[p.low(k)]; ok && u > 0 && u < 10 {
			v += u
			j = k + 1
		}
	default:
		return 0, i, false
	}
	for p.is(j, "hundred", "thousand") {
		if p.low(j) == "hundred" {
			v *= 100
		} else {
			v *= 1000
		}
		j++
	}
	return v, j, true
}

// yearAt reads a year at token i: four digits from 1000 to 2999, or words
// ("nineteen ninety-six", "two thousand", "two thousand and one").
func (p *parser) yearAt(i int) (int, int, bool) {
	if p.digits(i) == 4 {
		y, _ := p.num(i)
		if y >= 1000 && y <= 2999 {
			return y, i + 1, true
		}
		return 0, i, false
	}
	w := p.low(i)
	if h := smallNumbers[w]; h >= 10 && h <= 20 || w == "twenty" {
		if w == "twenty" {
			h = 20
		}
		j := i + 1
		if p.is(j, "hundred") {
			y := h * 100
			j++
			if p.is(j, "and") {
				j++
			}
			if r, e, ok := p.numberWords(j); ok && r < 100 {
				return y + r, e, true
			}
			return y, j, true
		}
		if r, e, ok := p.numberWords(j); ok && r >= 10 && r < 100 {
			return h*100 + r, e, true
		}
		return 0, i, false
	}
	if w == "two" && p.is(i+1, "thousand") {
		y, j := 2000, i+2
		if p.is(j, "and") {
			if r, e, ok := p.numberWords(j + 1); ok && r < 100 {
				return y + r, e, true
			}
		}
		if r, e, ok := p.numberWords(j); ok && r < 100 {
			return y + r, e, true
		}
		return y, j, true
	}
	return 0, i, false
}
