package timex

import "time"

// yearFor picks the year of month m (day d, or 0 for the whole month) that
// the clause means: the last one up to the anchor in a past clause, the next
// one from the anchor in a future clause, unless that is most of a year
// away while the other is close (in a past clause only when the past verb
// reports speech or the date does not follow "in" or "during"); without a
// tense the last one unless the next is less than a third as far, a bias to
// the past, which news reports more often. A weekday written with
// the date (wd > 0) picks the year whose date falls on it.
func (p *parser) yearFor(m, d int, t tense) int { return p.yearForWeekday(m, d, 0, t) }

func (p *parser) yearForWeekday(m, d, wd int, t tense) int {
	y := p.anchor.Year()
	if wd > 0 && d > 0 {
		for _, c := range []int{y, y - 1, y + 1} {
			if validDay(c, m, d) && isoWeekday(date(c, m, d)) == wd {
				return c
			}
		}
	}
	// Distances in days to the last and the next occurrence.
	var back, fwd, pastY, futY int
	if d == 0 {
		am := int(p.anchor.Month())
		back = ((am-m)%12 + 12) % 12 * 30
		fwd = ((m-am)%12 + 12) % 12 * 30
		pastY, futY = y, y
		if m > am {
			pastY = y - 1
		}
		if m < am {
			futY = y + 1
		}
	} else {
		pastY, futY = y, y
		if date(y, m, d).After(p.anchor) {
			pastY = y - 1
		}
		if date(y, m, d).Before(p.anchor) {
			futY = y + 1
		}
		back = absDays(date(pastY, m, d), p.anchor)
		fwd = absDays(date(futY, m, d), p.anchor)
	}
	switch t {
	case tensePast:
		// the hedge is for a date the past verb does not govern ("extended
		// to Nov. 20", "the Jan. 14 deadline", "said the plant reopens in
		// January"); "was beaten in January" is in the past
		if back > 240 && fwd < 60 && (p.reportingCue() || !p.is(p.cueFor-1, "in", "during")) {
			return futY
		}
		return pastY
	case tenseFuture:
		if fwd > 240 && back < 60 {
			return pastY
		}
		return futY
	}
	if 3*fwd < back {
		return futY
	}
	return pastY
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

// relative marks pt's year as unknown ("XXXX") when the parser has no anchor.
func (p *parser) relative(pt point) point {
	if !p.known {
		pt.noYear = true
	}
	return pt
}

// reportingCue reports whether the last tense cue was a verb of saying
// ("said", "told", "announced"): its past tense is when the report was
// made, and the date in what was reported may still lie ahead ("officials
// said in December the plant would reopen in January"). Any other past
// verb ("was beaten at the finals in January") puts the date behind.
func (p *parser) reportingCue() bool {
	return p.cueTok >= 0 && reportingVerbs[p.low(p.cueTok)]
}

// reportingVerbs are the past forms of the verbs that report speech or plans.
var reportingVerbs = set("said", "told", "announced", "reported", "added", "noted", "stated", "declared", "predicted",
	"forecast", "estimated", "expected", "projected", "promised", "pledged", "vowed", "warned", "indicated",
	"suggested", "insisted", "confirmed", "agreed", "decided", "planned", "scheduled", "proposed", "asked",
	"urged", "hoped", "wanted", "intended", "aimed", "called", "set")
