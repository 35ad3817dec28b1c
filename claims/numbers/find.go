package numbers

import (
	"math"
	"strconv"
	"strings"
)

// Find returns the quantities of text in order. Dates and clock times
// written with digits ("7/14/2016", "10:30") and ordinals ("2nd") are not
// quantities; a bare year is returned with Year set so callers can drop it.
func Find(text string) []Quantity {
	var buf [64]tok
	p := parser{text: text, toks: scan(text, buf[:0])}
	// the last token at or after each position that may be part of a
	// number: a quantity starts at most four tokens before its number
	next := -1
	var out []Quantity
	for i := 0; i < len(p.toks); {
		if next < i {
			next = p.nextNumeric(i)
			if next < 0 {
				break
			}
		}
		if next-i > 4 {
			i = next - 4
			continue
		}
		q, end, ok := p.quantity(i)
		if !ok {
			i++
			continue
		}
		// "one of the 162 injured" picks a member and counts nothing
		member := q.Value == 1 && !q.Range && q.Unit == Count && p.low(end) == "of"
		if finite(q) && !member {
			// (a figure past float64's range, "1000…000 billion", is
			// no quantity two reports could agree or differ on)
			out = append(out, q)
		}
		i = end
	}
	return out
}

// finite reports whether a quantity's value and bounds are real numbers.
func finite(q Quantity) bool {
	for _, v := range []float64{q.Value, q.Low, q.High} {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return false
		}
	}
	return true
}

// nextNumeric returns the first token at or after i that is digits or a
// number word, or -1.
func (p *parser) nextNumeric(i int) int {
	for ; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.kind == kDigits {
			return i
		}
		if t.kind == kWord {
			w := t.low
			if k := strings.IndexByte(w, '-'); k > 0 {
				w = w[:k]
			}
			if numberWords[w] {
				return i
			}
		}
	}
	return -1
}

// numberWords are the words a quantity in words holds.
var numberWords = func() map[string]bool {
	m := map[string]bool{"tens": true}
	for _, table := range []map[string]float64{smallNumbers, scales, fractionWords} {
		for w := range table {
			m[w] = true
		}
	}
	for w := range vague {
		m[w] = true
	}
	return m
}()

type parser struct {
	text string
	toks []tok
}

func (p *parser) low(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) glued(i int) bool { return i < len(p.toks) && p.toks[i].gap == 0 }

// quantity reads [qualifier] [currency] number [scale] [currency|percent] [range] at i.
func (p *parser) quantity(i int) (Quantity, int, bool) {
	qual, j := p.qualifier(i)
	between := false
	if p.low(j) == "between" {
		between, j = true, j+1
	}
	unit, k := p.currencyBefore(j)
	v, mant, scale, end, vg, ok := p.number(k)
	if !ok {
		return Quantity{}, 0, false
	}
	q := Quantity{Start: p.toks[i].start, Value: v, Unit: unit, Qualifier: qual}
	var step float64
	switch mant {
	case "": // number words: "half a million" is a round figure, "seventy" exact
		step = 1
		if scale >= 1000 {
			step = scale / 5
		}
	case "frac": // "two-thirds" is as rough as "67%"
		step = 0.04
	default:
		step = roundingStep(mant, scale)
	}
	q.Low, q.High = interval(v, step, qual)
	if vg[1] > 0 {
		q.Range, q.Low, q.High = true, vg[0], vg[1]
	}
	if unit == Count {
		unit, end = p.unitAfter(end)
		q.Unit = unit
	}
	if mant == "frac" {
		q.Unit = Fraction
	}
	// "200-300", "200 to 300", "between 200 and 300"
	if lo, hi, e, ok := p.rangeEnd(end, between, v, q.Unit); ok && (p.low(i-1) != "from" || p.low(end) != "to") {
		q.Range, q.Value, q.Low, q.High, end = true, lo, lo, hi, e
	}
	// a bare year: four digits, no hedge, scale or unit
	if mant != "" && mant != "frac" && p.toks[k].end-p.toks[k].start == 4 && end == k+1 && q.Unit == Count && qual == "" &&
		!q.Range && v >= 1900 && v <= 2099 {
		q.Year = true
	}
	q.End = p.toks[end-1].end
	q.Head = p.head(end)
	return q, end, true
}

// qualifier matches a hedge at i, returning its normal form and the next token.
func (p *parser) qualifier(i int) (string, int) {
	for _, q := range qualifiers[p.low(i)] {
		ok := true
		for k, w := range q.words {
			if p.low(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return q.norm, i + len(q.words)
		}
	}
	return "", i
}

// currencyBefore matches "$", "US$", "€", "EUR" before a number.
func (p *parser) currencyBefore(i int) (Unit, int) {
	w := p.low(i)
	if w == "us" && p.low(i+1) == "$" && p.glued(i+1) {
		return USD, i + 2
	}
	if u, ok := currencyPrefix[w]; ok {
		// a code needs digits after it: "EUR 420m", not "the eur zone"
		if p.toks[i].kind == kSymbol || (i+1 < len(p.toks) && p.toks[i+1].kind == kDigits) {
			return u, i + 1
		}
	}
	return Count, i
}

// unitAfter matches a currency word or a percent sign after a number.
func (p *parser) unitAfter(i int) (Unit, int) {
	w := p.low(i)
	switch {
	case w == "%" || w == "percent" || w == "pct":
		return Percent, i + 1
	case w == "per" && p.low(i+1) == "cent":
		return Percent, i + 2
	case w == "percentage" && (p.low(i+1) == "points" || p.low(i+1) == "point"):
		return Percent, i + 2
	}
	if u, ok := currencySuffix[w]; ok {
		return u, i + 1
	}
	return Count, i
}

// number reads the core number at i: digits with an optional scale, or
// number words. mant is the digit string ("470,000"), "" for number words
// and "frac" for fractions; vg is a vague range ("thousands") or zero.
func (p *parser) number(i int) (v float64, mant string, scale float64, end int, vg [2]float64, ok bool) {
	if i >= len(p.toks) {
		return 0, "", 0, 0, vg, false
	}
	t := p.toks[i]
	if t.kind == kDigits {
		return p.digitNumber(i)
	}
	if t.kind != kWord {
		return 0, "", 0, 0, vg, false
	}
	if r, ok := vague[t.low]; ok && !p.isCounted(i-1) {
		// "tens of thousands", "hundreds of thousands"
		if (t.low == "tens" || t.low == "hundreds") && p.low(i+1) == "of" {
			if r2, ok := vague[p.low(i+2)]; ok && p.low(i+2) != "dozens" {
				f := 10.0
				if t.low == "hundreds" {
					f = 100
				}
				base := r2[0] / 2 // thousands → 1000
				return base * f * 2, "", base * f, i + 3, [2]float64{base * f * 2, base * f * 10 * 0.999}, true
			}
		}
		return r[0], "", 1, i + 1, r, true
	}
	if t.low == "tens" && p.low(i+1) == "of" {
		if r2, ok := vague[p.low(i+2)]; ok && p.low(i+2) != "dozens" {
			base := r2[0] / 2
			return base * 20, "", base * 10, i + 3, [2]float64{base * 20, base * 100 * 0.999}, true
		}
	}
	return p.wordNumber(i)
}

// isCounted reports whether token i is a number, so "two thousands" is not vague.
func (p *parser) isCounted(i int) bool {
	if i < 0 {
		return false
	}
	_, small := smallNumbers[p.low(i)]
	return small || p.toks[i].kind == kDigits
}

// digitNumber reads "470,000", "470 000", "1.8 million", "1.5bn", "2.5".
func (p *parser) digitNumber(i int) (v float64, mant string, scale float64, end int, vg [2]float64, ok bool) {
	t := p.toks[i]
	s := p.text[t.start:t.end]
	if strings.ContainsAny(s, ":/") {
		return 0, "", 0, 0, vg, false // a time or a date
	}
	end = i + 1
	// "470 000": groups of three digits after a space
	if !strings.ContainsAny(s, ".,") && len(s) <= 3 {
		for end < len(p.toks) && p.toks[end].kind == kDigits && p.toks[end].gap == 1 &&
			p.toks[end].end-p.toks[end].start == 3 && p.text[p.toks[end-1].end] != '\n' &&
			!strings.ContainsAny(p.low(end), ".,:/") {
			s += p.low(end)
			end++
		}
	}
	// ordinals and glued letters: "2nd", "1990s" are not counts
	if end < len(p.toks) && p.glued(end) && p.toks[end].kind == kWord {
		switch p.low(end) {
		case "st", "nd", "rd", "th":
			return 0, "", 0, 0, vg, false
		case "s":
			return 0, "", 0, 0, vg, false
		}
	}
	val, ok := parseDigits(s)
	if !ok {
		return 0, "", 0, 0, vg, false
	}
	// a clock time "4.30 a.m."
	if w := p.low(end); (w == "a" || w == "p") && p.low(end+1) == "." {
		return 0, "", 0, 0, vg, false
	}
	scale = 1
	if end < len(p.toks) && p.toks[end].kind == kWord {
		w := p.low(end)
		if f, ok := scales[w]; ok && w != "dozen" {
			scale, end = f, end+1
			// "1.5 million" may be followed by "thousand"? no: stop here
		} else if f, ok := shortScales[w]; ok && (p.glued(end) || w == "bn" || w == "mn" || w == "mln" || w == "bln" || w == "tn") {
			scale, end = f, end+1
		}
	}
	return val * scale, normMantissa(s), scale, end, vg, true
}

// normMantissa drops thousands separators but keeps a decimal point.
func normMantissa(s string) string {
	if dec, ok := decimalPart(s); ok {
		return dec
	}
	return stripSeparators(s)
}

// decimalPart returns s with separators removed and a '.' decimal point,
// when s has a decimal part.
func decimalPart(s string) (string, bool) {
	last := strings.LastIndexAny(s, ".,")
	if last < 0 {
		return "", false
	}
	if isThousands(s) {
		return "", false
	}
	intp := stripSeparators(s[:last])
	return intp + "." + s[last+1:], true
}

// isThousands reports whether every separator in s groups three digits
// ("470,000", "1.800.000"), so it is not a decimal point.
func isThousands(s string) bool {
	seps := 0
	var sep byte
	group := 0
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c == ',' || c == '.' {
			if group != 3 || (sep != 0 && c != sep) {
				return false
			}
			sep, group = c, 0
			seps++
			continue
		}
		group++
	}
	if seps == 0 || group > 3 || group == 0 {
		return false
	}
	// a single "." with three digits after it ("1.500") reads as a decimal in English
	return !(sep == '.' && seps == 1)
}

func parseDigits(s string) (float64, bool) {
	if dec, ok := decimalPart(s); ok {
		v, err := strconv.ParseFloat(dec, 64)
		return v, err == nil
	}
	v, err := strconv.ParseFloat(stripSeparators(s), 64)
	return v, err == nil
}

// stripSeparators removes ',' and '.' from s.
func stripSeparators(s string) string {
	if !strings.ContainsAny(s, ",.") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ',' && s[i] != '.' {
			b = append(b, s[i])
		}
	}
	return string(b)
}
