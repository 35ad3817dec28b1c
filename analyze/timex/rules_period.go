package timex

import (
	"time"

	"github.com/chorusnews/chorus"
)

// quarterOrdinal reads a quarter or half number: "third", "3rd", "final".
func (p *parser) quarterOrdinal(j int) (int, int, bool) {
	if p.is(j, "final") {
		return 4, j + 1, true
	}
	n, e, ok := p.ordinalAt(j)
	if !ok || n < 1 || n > 4 {
		return 0, j, false
	}
	return n, e, true
}

// quarterRule reads fiscal periods: "the third quarter", "third-quarter",
// "this year's third quarter", "the third quarter of 1990", "the 1988
// quarter", "the year-ago quarter", "the latest quarter", "the current
// quarter", "the first half of 1990", "Q3 2016", "the fiscal year ended",
// "the current fiscal year".
func (p *parser) quarterRule(i int) (match, bool) {
	j := i
	yearOff, hasYearOff := 0, false
	explicitYear := 0
	if p.is(j, "the", "this", "last", "next") {
		j++
	}
	// "this year's", "last year's", "next year's".
	if p.is(j-1, "this", "last", "next") && p.is(j, "year") && p.low(j+1) == "'" && p.is(j+2, "s") {
		yearOff, hasYearOff = relWords[p.low(j-1)], true
		j += 3
	}
	if y, e, ok := p.yearAt(j); ok && p.digits(j) == 4 {
		explicitYear = y
		j = e
	}
	yearAgo := false
	if p.is(j, "comparable") {
		j++
	}
	if p.is(j, "year") && p.low(j+1) == "-" && p.is(j+2, "ago", "earlier") {
		yearAgo = true
		j += 3
		if p.is(j, "comparable") {
			j++
		}
	}
	qual := ""
	if p.is(j, "latest", "current", "previous", "last", "recent", "same", "comparable", "next", "most") {
		qual = p.low(j)
		if qual == "most" && p.is(j+1, "recent") {
			j++
			qual = "latest"
		}
		j++
	}
	if p.is(j, "fiscal") {
		j++
		if p.low(j) == "-" && p.glued(j) {
			j++
		}
		if m, ok := p.fiscalYear(i, j, qual, hasYearOff, yearOff); ok {
			return m, true
		}
	}
	n, e, hasN := p.quarterOrdinal(j)
	if hasN {
		j = e
		if p.low(j) == "-" && p.glued(j) {
			j++
		}
	}
	// A hyphenated adjective ("the third-quarter loss") leaves the
	// determiner out of the extent, as TimeBank does.
	if hasN && p.low(j-1) == "-" && p.is(i, "the") && j > i+1 {
		return match{}, false
	}
	// "quarter-to-quarter" and "quarter-over-quarter" compare periods and
	// name none
	isQuarter := p.is(j, "quarter") && !(p.hyphenated(j) && p.is(j+2, "to", "over", "on"))
	isHalf := hasN && n <= 2 && p.is(j, "half")
	isPeriod := p.is(j, "period") && (yearAgo || qual == "latest" || explicitYear != 0)
	if p.is(j, "two") && p.is(j+1, "quarters") && n == 1 {
		isHalf, j = true, j+1
	}
	if p.is(j, "last") && p.is(j+1, "half") && p.is(i, "the") {
		n, isHalf, hasN = 2, true, true
		j++
	}
	if !isQuarter && !isHalf && !isPeriod {
		if yearAgo && j == i+3 && p.known {
			// The adjective alone: "year-earlier results".
			if q, ok := p.quarterContext(i); ok {
				return p.emit(i, j, chorus.TimeDate, q.shift(-4), false)
			}
			return p.emit(i, j, chorus.TimeDate, yearPoint(p.anchor.Year()-1), false)
		}
		return p.qNotation(i)
	}
	e = j + 1
	// "of 1990", ", 1990", "1990".
	k := e
	if p.is(k, "of", ",") {
		k++
	}
	if y, e2, ok := p.yearAt(k); ok && p.digits(k) == 4 {
		explicitYear, e = y, e2
	} else if p.is(e, "of") && p.is(e+1, "the", "this") && p.is(e+2, "year") {
		e += 3
	}
	if !hasN && !isPeriod && qual == "" && !yearAgo && explicitYear == 0 && !p.is(i, "the", "this", "last", "next") {
		return match{}, false
	}
	if !p.known && explicitYear == 0 {
		return emitValue(i, e, chorus.TimeDate, "")
	}
	if isHalf {
		y := explicitYear
		if y == 0 {
			y = p.anchor.Year() + yearOff
		}
		return p.emit(i, e, chorus.TimeDate, point{t: date(y, 1, 1), g: gHalf, sub: n}, explicitYear != 0)
	}
	var pt point
	last := at(p.anchor, gQuarter).shift(-1)
	if q, ok := p.quarterContext(i); ok {
		last = q
	}
	switch {
	case hasN && explicitYear != 0:
		pt = quarterPoint(explicitYear, n)
	case hasN && hasYearOff:
		pt = quarterPoint(p.anchor.Year()+yearOff, n)
	case hasN && yearAgo:
		pt = quarterPoint(p.anchor.Year()-1, n)
	case hasN:
		pt = quarterPoint(p.quarterYear(n, p.tenseAround(i, e)), n)
	case explicitYear != 0:
		pt = quarterPoint(explicitYear, last.sub)
	case yearAgo:
		pt = last.shift(-4)
	case qual == "current" || p.is(i, "this"):
		pt = at(p.anchor, gQuarter)
	case qual == "next" || p.is(i, "next"):
		pt = at(p.anchor, gQuarter).shift(1)
	case qual == "previous" || p.is(i, "last") && qual == "":
		pt = last.shift(-1)
	default:
		pt = last
	}
	m, ok := p.emit(i, e, chorus.TimeDate, pt, false)
	// Only a quarter that is over can be the one a report is about: "the
	// latest quarter" and "a year ago" after a forecast for the current
	// quarter still mean the quarter just reported. A fiscal quarter can
	// be over before its calendar namesake, which a past clause tells
	// ("reported fourth-quarter profit", "the fourth quarter ended Aug. 31").
	if hasN && !yearAgo {
		m.namesQuarter = !pt.t.AddDate(0, 3, 0).After(p.anchor) || p.tenseAround(i, e) == tensePast
	}
	return m, ok
}

// quarterYear picks the year of quarter n: in a past clause the last such
// quarter that has begun, in a future clause the next one, otherwise the
// anchor's year unless the quarter lies ahead of the anchor's own.
func (p *parser) quarterYear(n int, t tense) int {
	y := p.anchor.Year()
	aq := (int(p.anchor.Month()) + 2) / 3
	switch t {
	case tenseFuture:
		// Results of a past quarter are "expected" too: never a later year.
		return y
	case tensePast:
		if n > aq || n == aq && aq == 1 {
			return y - 1
		}
		return y
	}
	if n > aq {
		return y - 1
	}
	return y
}

// fiscalYear reads the rest of "fiscal 1989", "fiscal year 1990", "the
// fiscal year ended June 30" and "the current fiscal year", j being after
// "fiscal".
func (p *parser) fiscalYear(i, j int, qual string, hasOff bool, off int) (match, bool) {
	if y, e, ok := p.yearAt(j); ok && p.digits(j) == 4 {
		return p.emit(i, e, chorus.TimeDate, yearPoint(y), true)
	}
	if !p.is(j, "year") {
		return match{}, false
	}
	e := j + 1
	if y, e2, ok := p.yearAt(e); ok && p.digits(e) == 4 {
		return p.emit(i, e2, chorus.TimeDate, yearPoint(y), true)
	}
	if !p.known {
		return emitValue(i, e, chorus.TimeDate, "")
	}
	y := p.anchor.Year()
	switch {
	case hasOff:
		y += off
	case qual == "current" || p.is(i, "this"):
	case qual == "latest" || qual == "previous" || qual == "last" || p.is(i, "last"):
		y--
	case qual == "next" || p.is(i, "next"):
		y++
	default:
		return emitValue(i, e, chorus.TimeDuration, "P1Y")
	}
	return p.emit(i, e, chorus.TimeDate, yearPoint(y), false)
}

// qNotation reads "Q3", "Q3 2016", "3Q".
func (p *parser) qNotation(i int) (match, bool) {
	w := p.toks[i]
	var n int
	j := i + 2
	switch {
	case w.kind == tWord && w.text == "Q" && p.digits(i+1) == 1 && p.glued(i+1):
		n, _ = p.num(i + 1)
	case w.kind == tNum && len(w.text) == 1 && p.low(i+1) == "q" && p.glued(i+1) && p.toks[i+1].text == "Q":
		n = w.num
	default:
		return match{}, false
	}
	if n < 1 || n > 4 {
		return match{}, false
	}
	if y, e, ok := p.yearAt(j); ok && p.digits(j) == 4 {
		return p.emit(i, e, chorus.TimeDate, quarterPoint(y, n), true)
	}
	if !p.known {
		return emitValue(i, j, chorus.TimeDate, "XXXX-Q"+string(rune('0'+n)))
	}
	return p.emit(i, j, chorus.TimeDate, quarterPoint(p.quarterYear(n, p.tenseAround(i, j)), n), false)
}

// seasonRule reads "this summer", "last fall", "summer 2016", "the summer of
// 1998", "the early summer", "the winter of nineteen ninety-four".
func (p *parser) seasonRule(i int) (match, bool) {
	j := i
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	early := p.is(j, "early")
	if p.is(j, "early", "late", "mid") {
		j++
		if p.low(j) == "-" && p.glued(j) {
			j++
		}
	}
	dir := ""
	switch {
	case p.is(j, "this") && p.is(j+1, "past", "coming"):
		dir = "this " + p.low(j+1)
		j += 2
	case p.is(j, "this", "last", "next", "that"):
		dir = p.low(j)
		j++
	}
	code, ok := seasons[p.low(j)]
	if !ok || p.kind(j) != tWord || len(p.low(j)) > 6 && p.low(j) != "autumns" && p.low(j) != "summers" && p.low(j) != "winters" && p.low(j) != "springs" {
		return match{}, false
	}
	if len(p.low(j)) > 0 && p.low(j)[len(p.low(j))-1] == 's' && p.low(j) != "falls" {
		return match{}, false
	}
	if p.low(j) == "falls" {
		return match{}, false
	}
	e := j + 1
	k := e
	if p.is(k, "of") {
		k++
	}
	if y, e2, ok := p.yearAt(k); ok {
		return p.emit(i, e2, chorus.TimeDate, seasonPoint(y, code), true)
	}
	// Without a year the word needs a determiner or preposition: "fall"
	// and "spring" are verbs too, and "the fall of" a city is no season.
	if dir == "" && !the && !p.is(i-1, "in", "during", "since", "by", "until", "through", "this", "last", "next", "over", "early", "late") {
		return match{}, false
	}
	if p.is(e, "of") || (p.low(j) == "fall" || p.low(j) == "spring") && dir == "" && !p.is(i-1, "in", "during", "since", "by", "until", "through", "over") {
		return match{}, false
	}
	if dir == "that" {
		return match{}, false
	}
	if !p.known {
		return emitValue(i, e, chorus.TimeDate, "XXXX-"+code)
	}
	y := p.anchor.Year()
	cur := seasonOf(p.anchor)
	started := seasonPoint(y, code).t.Month() <= p.anchor.Month() || code == "WI"
	switch dir {
	case "last":
		y--
	case "next":
		y++
	case "this past":
		if !started || cur.season == code {
			y--
		}
	case "this", "this coming":
	default:
		switch p.tenseAround(i, e) {
		case tensePast:
			// "as the early summer harvest got under way" in May: the
			// season about to start is the one meant, not last year's
			soon := early && seasonPoint(y, code).t.Sub(p.anchor) < 62*24*time.Hour
			if !started && !soon {
				y--
			}
		case tenseFuture:
			if started && cur.season != code {
				y++
			}
		}
	}
	return p.emit(i, e, chorus.TimeDate, seasonPoint(y, code), false)
}

// holidayRule reads "Thanksgiving (Day)", "Christmas (Day|Eve)", "New Year's
// Day|Eve", "Easter", "Election Day", "Independence Day", "Labor Day",
// "Memorial Day", "Veterans Day", "Halloween", "Valentine's Day", with an
// optional "last"/"next"/"this" before and year after.
func (p *parser) holidayRule(i int) (match, bool) {
	j := i
	dir := ""
	if p.is(j, "last", "next", "this") {
		dir = p.low(j)
		j++
	}
	if !p.capital(j) {
		return match{}, false
	}
	name := p.low(j)
	e := j + 1
	switch {
	case name == "new" && p.is(e, "year") && p.low(e+1) == "'" && p.is(e+2, "s"):
		e += 3
		if p.is(e, "eve") {
			name = "new year's eve"
		}
		if p.is(e, "day", "eve") {
			e++
		} else {
			return match{}, false
		}
	case name == "christmas" && p.is(e, "eve"):
		name = "christmas eve"
		e++
	case name == "valentine" && p.low(e) == "'" && p.is(e+1, "s") && p.is(e+2, "day"):
		e += 3
	case name == "thanksgiving" || name == "christmas" || name == "easter" || name == "halloween":
		if p.is(e, "day") {
			e++
		}
	case (name == "election" || name == "independence" || name == "labor" || name == "memorial" || name == "veterans") && p.is(e, "day") && p.capital(e):
		e++
	default:
		return match{}, false
	}
	k := e
	if p.is(k, ",") {
		k++
	}
	explicit := false
	y := 0
	if yy, e2, ok := p.yearAt(k); ok && p.digits(k) == 4 {
		y, e, explicit = yy, e2, true
	} else if !p.known {
		return emitValue(i, e, chorus.TimeDate, "")
	} else {
		t := p.tenseAround(i, e)
		switch dir {
		case "last":
			t = tensePast
		case "next":
			t = tenseFuture
		}
		m, d := holidayDate(name, p.anchor.Year())
		y = p.yearFor(m, d, t)
		if dir == "last" && date(y, m, d).Equal(p.anchor) {
			y--
		}
	}
	m, d := holidayDate(name, y)
	return p.emit(i, e, chorus.TimeDate, dayPoint(date(y, m, d)), explicit)
}

// holidayDate is the month and day of a holiday in year y.
func holidayDate(name string, y int) (int, int) {
	switch name {
	case "new year's eve":
		return 12, 31
	case "new":
		return 1, 1
	case "christmas eve":
		return 12, 24
	case "thanksgiving":
		return 11, nthWeekday(y, 11, time.Thursday, 4)
	case "election":
		return 11, nthWeekday(y, 11, time.Monday, 1) + 1
	case "labor":
		return 9, nthWeekday(y, 9, time.Monday, 1)
	case "memorial":
		return 5, nthWeekday(y, 5, time.Monday, -1)
	case "veterans":
		return 11, 11
	case "easter":
		return easter(y)
	}
	md := holidays[name]
	return md[0], md[1]
}

// nthWeekday is the day of month of the n-th weekday wd of month m (n = -1:
// the last).
func nthWeekday(y, m int, wd time.Weekday, n int) int {
	if n < 0 {
		last := date(y, m+1, 0)
		return last.Day() - (int(last.Weekday())-int(wd)+7)%7
	}
	first := date(y, m, 1)
	return 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(n-1)
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}
