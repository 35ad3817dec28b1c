package quotes

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// markKind separates double quotation marks (and guillemets) from single ones.
type markKind uint8

const (
	double markKind = iota + 1
	single
)

// markRole is what a mark can do by its shape alone.
type markRole uint8

const (
	opens  markRole = 1 << iota // “ „ « ‘ ``
	closes                      // ” » ’
)

// mark is one quotation mark: one token, or two for ” and “.
type mark struct {
	first, last int // token indexes
	kind        markKind
	role        markRole
	// left is true when the mark leans on the word after it (space or
	// start before, a word after): it looks like an opening mark. right is
	// the mirror image.
	left, right bool
}

// region is a top-level quotation: the text between an opening mark and its
// closing mark, or the paragraph's end when the mark is never closed.
type region struct {
	open, close int // token indexes of the marks; close is -1 when unclosed
	first, end  int // content tokens [first, end)
	// last is the last token of the region, its closing mark included.
	last int
	para int
	kind markKind
	// next is the region that continues this one in the next paragraph (a
	// quotation left open at a paragraph's end, taken up by an opening mark
	// at the next one's start), or -1.
	next, prev int
	// used is set once an attribution takes the quotation as content.
	used bool
}

// shapeOf classifies a token as a quotation mark.
func shapeOf(tok string) (markKind, markRole, bool) {
	switch tok {
	case "“", "„", "‟", "«", "``":
		return double, opens, true
	case "”", "»":
		return double, closes, true
	case "\"", "''":
		return double, opens | closes, true
	case "‘", "‚", "`":
		return single, opens, true
	case "’":
		return single, closes, true
	case "'":
		return single, opens | closes, true
	}
	return 0, 0, false
}

// findMarks lists the quotation marks among the tokens, joining ” and “
// written as two adjacent tokens.
func (d *doc) findMarks() []mark {
	var out []mark
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		text := t.Text
		last := i
		if (text == "'" || text == "`") && i+1 < len(d.toks) && d.toks[i+1].Text == text && d.toks[i+1].Start == t.End &&
			!d.closesInnerFirst(i) {
			text += text
			last = i + 1
		}
		kind, role, ok := shapeOf(text)
		if !ok {
			continue
		}
		before, after := d.runeBefore(t.Start), d.runeAfter(d.toks[last].End)
		m := mark{first: i, last: last, kind: kind, role: role}
		m.left = !isWordish(before) && !unicode.IsSpace(after) && after != 0
		m.right = !unicode.IsSpace(before) && before != 0 && !isWordish(after)
		out = append(out, m)
		i = last
	}
	return out
}

// closesInnerFirst reports whether token i starts three apostrophes that
// close two quotations at once after a word, the inner one opened by a
// lone backtick and the outer one by two: the first apostrophe closes the
// single quotation and the other two the double one, so the first stands
// alone.
func (d *doc) closesInnerFirst(i int) bool {
	if i+2 >= len(d.toks) {
		return false
	}
	for k := i + 1; k <= i+2; k++ {
		if d.toks[k].Text != "'" || d.toks[k].Start != d.toks[k-1].End {
			return false
		}
	}
	before, after := d.runeBefore(d.toks[i].Start), d.runeAfter(d.toks[i+2].End)
	if before == 0 || unicode.IsSpace(before) || after != 0 && !unicode.IsSpace(after) {
		return false
	}
	// the single quotation must have opened with a lone backtick, as the
	// double one with two: straight apostrophes pair up well enough as
	// they come
	for k := i - 1; k >= 0 && k > i-maxNP*4; k-- {
		if d.toks[k].Text != "`" {
			continue
		}
		return !(k > 0 && d.toks[k-1].Text == "`" && d.toks[k-1].End == d.toks[k].Start ||
			k+1 < len(d.toks) && d.toks[k+1].Text == "`" && d.toks[k+1].Start == d.toks[k].End)
	}
	return false
}

// isWordish is a letter, digit or a mark that glues to a word.
func isWordish(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (d *doc) runeBefore(i int) rune {
	if i <= 0 || i > len(d.text) {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(d.text[:i])
	return r
}

func (d *doc) runeAfter(i int) rune {
	if i < 0 || i >= len(d.text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(d.text[i:])
	return r
}

// pairMarks pairs the marks of each paragraph into top-level regions. Double
// marks nest single ones; a straight mark closes an open quotation of its
// kind and opens one otherwise; a curly mark used the wrong way round is
// read by where it leans. A single mark that never closes was an
// apostrophe and is dropped; a double one left open runs to the end of its
// paragraph.
func (d *doc) pairMarks(marks []mark) {
	type open struct {
		m    mark
		kind markKind
	}
	var stack []open
	para := -2
	flush := func() {
		// the bottom-most double mark left open runs to the paragraph's end
		for _, o := range stack {
			if o.kind == double {
				d.addRegion(o.m.first, o.m.last, -1, -1, para, double)
				break
			}
		}
		stack = stack[:0]
	}
	top := func(kind markKind) int {
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].kind == kind {
				return j
			}
		}
		return -1
	}
	for _, m := range marks {
		p := d.para[m.first]
		if p != para {
			flush()
			para = p
		}
		if p < 0 {
			continue
		}
		j := top(m.kind)
		leansLeft, leansRight := m.left && !m.right, m.right && !m.left
		var close bool
		switch {
		case m.kind == double && j >= 0:
			close = m.role&closes != 0 || leansRight
		case m.kind == double:
			if m.role&opens == 0 && !leansLeft {
				continue
			}
		case j >= 0 && leansRight:
			close = true
		case m.role&opens == 0 || !leansLeft:
			continue
		}
		if !close {
			stack = append(stack, open{m: m, kind: m.kind})
			continue
		}
		o := stack[j]
		below := stack[:j]
		stack = stack[:j]
		if m.kind == double {
			// single marks left open below a closing double one were apostrophes
			k := 0
			for _, b := range below {
				if b.kind == double {
					stack[k] = b
					k++
				}
			}
			stack = stack[:k]
		}
		if len(stack) == 0 {
			d.addRegion(o.m.first, o.m.last, m.first, m.last, para, m.kind)
		}
	}
	flush()
	sort.Slice(d.regions, func(i, j int) bool { return d.regions[i].open < d.regions[j].open })
	for i, r := range d.regions {
		for k := r.open; k <= r.last && k < len(d.toks); k++ {
			d.region[k] = i
		}
	}
	// link quotations left open to the next paragraph's opening quotation
	for i := range d.regions {
		r := &d.regions[i]
		if r.close >= 0 || r.kind != double || i+1 >= len(d.regions) {
			continue
		}
		n := &d.regions[i+1]
		if n.para == r.para+1 && n.open == d.paraFirst(n.para) {
			r.next, n.prev = i+1, i
		}
	}
}

// addRegion records a top-level quotation between the marks at tokens
// [o1..o2] and [c1..c2] (c1 < 0: open to the paragraph's end).
func (d *doc) addRegion(o1, o2, c1, c2, para int, kind markKind) {
	if d.nickname(o1, o2, c1, c2) {
		if d.nick == nil {
			d.nick = map[int]bool{}
		}
		for i := o1; i <= c2; i++ {
			d.nick[i] = true
		}
		return
	}
	r := region{open: o1, close: c1, first: o2 + 1, para: para, kind: kind, next: -1, prev: -1}
	end := c2
	if c1 < 0 {
		r.end = d.paraEnd(para)
		end = r.end - 1
	} else {
		r.end = c1
	}
	if r.end < r.first {
		return
	}
	r.last = end
	d.regions = append(d.regions, r)
}

// nickname reports whether the quotation between the marks at [o1..o2] and
// [c1..c2] is a nickname inside a name (Marta “Tia” Lenz): one or two
// capitalised words between capitalised words. It is part of the name, not
// a quotation.
func (d *doc) nickname(o1, o2, c1, c2 int) bool {
	if c1 < 0 || o1 == 0 || c2+1 >= len(d.toks) || c1-o2-1 < 1 || c1-o2-1 > 2 || d.sent[o1-1] != d.sent[c2+1] {
		return false
	}
	for i := o2 + 1; i < c1; i++ {
		if !d.isCap(i) {
			return false
		}
	}
	return d.isCap(o1-1) && d.isCap(c2+1) && d.isWord(o1-1) && d.isWord(c2+1)
}
