package timex

import "time"

// yearFor picks the year of month m (day d, or 0 for the whole month) that
// the clause means: the last one up to the anchor in a past clause, the next
// one from the anchor in a future clause, else the nearest.
func (p *parser) yearFor(m, d int, t tense) int {
	y := p.anchor.Year()
	am, ad := int(p.anchor.Month()), p.anchor.Day()
	cmp := func() int { // sign of (m,d) - (anchor month, day) within one year
		switch {
		case m != am:
			return m - am
		case d == 0:
			return 0
		}
		return d - ad
	}()
	switch t {
	case tensePast:
		if cmp <= 0 {
			return y
		}
		return y - 1
	case tenseFuture:
		if cmp >= 0 {
			return y
		}
		return y + 1
	}
	// Nearest: compare the distance to the same date one year away.
	dd := max(d, 1)
	here := date(y, m, dd)
	best, bestDist := y, absDays(here, p.anchor)
	for _, cand := range []int{y - 1, y + 1} {
		if dist := absDays(date(cand, m, dd), p.anchor); dist < bestDist {
			best, bestDist = cand, dist
		}
	}
	return best
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// weekdayDate resolves weekday wd (1 = Monday) by tense: the last one up
// to the anchor in a past clause, the next one from the anchor in a future
// clause, the nearest otherwise.
func (p *parser) weekdayDate(wd int, t tense) time.Time {
	cur := isoWeekday(p.anchor)
	back := (cur - wd + 7) % 7 // days back to the last such weekday (0 = today)
	fwd := (wd - cur + 7) % 7
	switch t {
	case tensePast:
		return p.anchor.AddDate(0, 0, -back)
	case tenseFuture:
		return p.anchor.AddDate(0, 0, fwd)
	}
	if back <= fwd {
		return p.anchor.AddDate(0, 0, -back)
	}
	return p.anchor.AddDate(0, 0, fwd)
}

// isoWeekday is t's weekday with Monday = 1 and Sunday = 7.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// validDay reports whether day d exists in month m (of a leap year when the
// year is unknown).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return date(y, m, d).Day() == d
}

// noAnchorPoint marks p's year as unknown when the parser has no anchor.
func (p *parser) relative(pt point) point {
	if !p.known {
		pt.noYear = true
	}
	return pt
}
