package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// dateRule reads calendar dates: "July 14, 2016", "14 July 2016", "Monday,
// Oct. 26", "Aug. 1", "July 2016", "June last year", "April", "2016-07-14",
// "7/14/2016", "1998", "the 1990s", "the 20th century", each optionally
// after "early", "late", "mid-" or "the end of" (which TimeML keeps in the
// extent and leaves out of the value).
func (p *parser) dateRule(i int) (match, bool) {
	if m, ok := p.secondDay(i); ok {
		return m, true
	}
	j := p.modifiers(i)
	if pt, e, _, ok := p.calendarDate(j); ok {
		// "Tuesday, March 3 night" names a part of that day.
		if pod, ok := partsOfDay[p.low(e)]; ok && pt.g == gDay && p.kind(e) == tWord && !p.is(e, "nights", "mornings", "evenings", "afternoons") {
			pt.pod = pod
			return p.emit(i, e+1, chorus.TimeTime, pt, true)
		}
		return p.emit(i, e, chorus.TimeDate, pt, true)
	}
	return match{}, false
}

// secondDay reads the bare day number of a pair or range whose first day
// carried the month: the "25" of "April 24 and 25".
func (p *parser) secondDay(i int) (match, bool) {
	d, ok := p.num(i)
	if !ok || p.digits(i) > 2 || !p.is(i-1, "and", "or", "to", "through", "-") || !p.hasRef || p.refEnd != i-2 || p.ref.g != gDay {
		return match{}, false
	}
	if p.is(i+1, ",", ".", "-", ":") && p.digits(i+2) > 0 || quantityNouns[p.low(i+1)] {
		return match{}, false
	}
	y, m, d0 := p.ref.t.Date()
	if d <= d0 || !validDay(y, int(m), d) {
		return match{}, false
	}
	pt := dayPoint(date(y, int(m), d))
	pt.noYear = p.ref.noYear
	return p.emit(i, i+1, chorus.TimeDate, pt, true)
}

// modifiers skips the words before a date that TimeML keeps in its extent:
// "early", "late", "mid", "mid-", "the end of", "the beginning of", "the
// middle of", "the start of", "around", "as early as".
func (p *parser) modifiers(i int) int {
	j := i
	if p.is(j, "the") && p.is(j+1, "end", "beginning", "start", "middle", "turn", "close") && p.is(j+2, "of") {
		j += 3
		if p.is(j, "the") && p.is(j+1, "month", "year", "week", "decade", "century") {
			return j
		}
	}
	switch {
	case p.is(j, "early", "late", "mid"):
		j++
		if p.low(j) == "-" && p.glued(j) {
			j++
		}
	case p.is(j, "end", "year") && p.low(j+1) == "-" && p.glued(j+1):
		return j
	}
	return j
}

// calendarDate reads a date at token j; explicit reports whether the text
// fixes the year.
func (p *parser) calendarDate(j int) (pt point, end int, explicit, ok bool) {
	if pt, e, ex, ok := p.monthDate(j); ok {
		return pt, e, ex, true
	}
	if pt, e, ok := p.numericDate(j); ok {
		return pt, e, true, true
	}
	if pt, e, ok := p.decadeOrCentury(j); ok {
		return pt, e, true, true
	}
	if y, e, ok := p.bareYear(j); ok {
		return yearPoint(y), e, true, true
	}
	return point{}, j, false, false
}

// monthName reads a month at token j ("July", "Aug.", "Sept."), returning
// the month and the token after it.
func (p *parser) monthName(j int) (int, int, bool) {
	m, ok := months[p.low(j)]
	if !ok || p.kind(j) != tWord {
		return 0, j, false
	}
	e := j + 1
	if monthAbbrevs[p.low(j)] {
		if p.low(e) == "." && p.glued(e) {
			e++
		} else if p.digits(e) == 0 {
			return 0, j, false
		}
	}
	return m, e, true
}

// dayNumber reads a day of the month ("14", "14th", "first") at token j.
func (p *parser) dayNumber(j int) (int, int, bool) {
	if d, ok := p.num(j); ok && p.digits(j) <= 2 && d >= 1 && d <= 31 {
		e := j + 1
		if ordinalSuffixes[p.low(e)] && p.glued(e) {
			e++
		}
		// "14:30" or "14.5" is not a day.
		if (p.low(e) == ":" || p.low(e) == ".") && p.glued(e) && p.digits(e+1) > 0 && p.glued(e+1) {
			return 0, j, false
		}
		return d, e, true
	}
	if d, ok := ordinals[p.low(j)]; ok && d <= 31 {
		return d, j + 1, true
	}
	return 0, j, false
}

// monthDate reads dates built on a month name, with an optional weekday
// in front.
func (p *parser) monthDate(j int) (pt point, end int, explicit, ok bool) {
	start := j
	wd := 0
	if w, isWD := weekdays[p.low(j)]; isWD && p.kind(j) == tWord && strings.HasSuffix(p.low(j), "day") {
		wd = w
		j++
		if p.is(j, ",") {
			j++
		}
	}
	dir := ""
	if wd == 0 {
		switch {
		case p.is(j, "this") && p.is(j+1, "past", "coming"):
			dir = "this " + p.low(j+1)
			j += 2
		case p.is(j, "last", "next", "this"):
			dir = p.low(j)
			j++
		}
	}
	var m, d, e int
	// Day first: "14 July 2016", "the 4th of July".
	k := j
	if wd == 0 && p.is(k, "the") {
		k++
	}
	if dd, e1, okd := p.dayNumber(k); okd {
		e2 := e1
		if p.is(e2, "of") {
			e2++
		}
		if mm, e3, okm := p.monthName(e2); okm {
			m, d, e = mm, dd, e3
		}
	}
	if m == 0 {
		mm, e1, okm := p.monthName(j)
		if !okm {
			return point{}, start, false, false
		}
		m, e = mm, e1
		if dd, e2, okd := p.dayNumber(e1); okd && p.digits(e1) > 0 {
			d, e = dd, e2
		}
	}
	if d != 0 && !validDay(0, m, d) {
		return point{}, start, false, false
	}
	// Year: "July 14, 2016", "15 July, 2016", "July 2016", "July of 2016".
	k = e
	if p.is(k, ",") || (d == 0 && p.is(k, "of")) {
		k++
	}
	if y, e2, oky := p.yearAt(k); oky && p.digits(k) == 4 || (oky && p.kind(k) == tWord) {
		if d == 0 || validDay(y, m, d) {
			pt = point{t: date(y, m, max(d, 1)), g: gDay}
			if d == 0 {
				pt = monthPoint(y, m)
			}
			return pt, e2, true, true
		}
	}
	// "June last year", "January this year", "April next year".
	if p.is(e, "last", "this", "next") && p.is(e+1, "year") && p.known {
		y := p.anchor.Year() + relWords[p.low(e)]
		if d == 0 {
			return monthPoint(y, m), e + 2, false, true
		}
		return dayPoint(date(y, m, d)), e + 2, false, true
	}
	if dir != "" && p.capital(j) {
		if !p.known {
			return point{}, start, false, false
		}
		return p.monthRelative(dir, m, d), e, false, true
	}
	if dir != "" {
		return point{}, start, false, false
	}
	if d == 0 && wd == 0 && !p.bareMonthOK(start, m) {
		return point{}, start, false, false
	}
	if d == 0 && wd != 0 {
		return point{}, start, false, false
	}
	t := p.tenseAround(start, e)
	y := p.yearForWeekday(m, d, wd, t)
	if d == 0 {
		return p.relative(monthPoint(y, m)), e, false, true
	}
	return p.relative(dayPoint(date(y, m, d))), e, false, true
}

// monthRelative resolves "last April", "next May", "this September",
// "this past June": "last" is the latest such month before the anchor's
// month but the one just gone, "next" the first after it, "this" the one of
// the anchor's year.
func (p *parser) monthRelative(dir string, m, d int) point {
	y, am := p.anchor.Year(), int(p.anchor.Month())
	switch dir {
	case "last", "this past":
		// the month just gone is "last month"; "last February" said in
		// March is the February of a year before
		if m >= am {
			y--
		}
		if (am-m+12)%12 == 1 && d == 0 && dir == "last" {
			y--
		}
	case "next", "this coming":
		if m <= am {
			y++
		}
	}
	if d > 0 && validDay(y, m, d) {
		return dayPoint(date(y, m, d))
	}
	return monthPoint(y, m)
}

// bareMonthOK decides whether a month name standing alone is a date: it must
// be capitalized, and "May" and "March" (also a verb and a noun) need a
// preposition or modifier before them.
func (p *parser) bareMonthOK(j, m int) bool {
	if !p.capital(j) {
		return false
	}
	prevTime := p.is(j-1, "in", "since", "by", "until", "till", "from", "through", "during", "before", "after",
		"early", "late", "mid", "last", "next", "this", "of", "on", "to", "and", "or", "between", "-", "that",
		"past", "end", "beginning", "around", "every", "each", "for", "the")
	if m == 5 || m == 3 {
		return prevTime
	}
	if len(p.low(j)) <= 3 {
		return prevTime
	}
	return true
}

// numericDate reads "2016-07-14", "7/14/2016", "7/14/16" and "2016/07/14".
func (p *parser) numericDate(j int) (point, int, bool) {
	a, ok := p.num(j)
	if !ok {
		return point{}, j, false
	}
	sep := p.low(j + 1)
	if (sep != "-" && sep != "/") || !p.glued(j+1) || !p.glued(j+2) {
		return point{}, j, false
	}
	b, ok1 := p.num(j + 2)
	if !ok1 || p.low(j+3) != sep || !p.glued(j+3) || !p.glued(j+4) {
		return point{}, j, false
	}
	c, ok2 := p.num(j + 4)
	if !ok2 {
		return point{}, j, false
	}
	// A further glued separator and number means it is something else
	// (a phone number, a ratio).
	if (p.is(j+5, "-", "/") && p.glued(j+5) && p.digits(j+6) > 0) || (j > 0 && p.glued(j) && p.is(j-1, "-", "/")) {
		return point{}, j, false
	}
	var y, m, d int
	switch {
	case p.digits(j) == 4:
		y, m, d = a, b, c
	case sep == "/" && p.digits(j+4) == 4:
		y, m, d = c, a, b
	case sep == "/" && p.digits(j+4) == 2:
		y, m, d = 1900+c, a, b
		if c < 50 {
			y = 2000 + c
		}
	default:
		return point{}, j, false
	}
	if y < 1000 || !validDay(y, m, d) {
		return point{}, j, false
	}
	return dayPoint(date(y, m, d)), j + 5, true
}

// decadeOrCentury reads "the 1990s", "1990's", "the '80s", "the nineties",
// "the late 1970s", "the 20th century", "the twentieth century".
func (p *parser) decadeOrCentury(j int) (point, int, bool) {
	k := j
	if p.is(k, "the") {
		k++
		k = p.modifiers(k)
	}
	// Century.
	if n, e, ok := p.ordinalAt(k); ok && p.is(e, "century") && n >= 1 && n <= 30 {
		return point{t: date((n-1)*100, 1, 1), g: gCentury}, e + 1, true
	}
	if dw, ok := decadeWords[p.low(k)]; ok && k > j {
		y := 1900 + dw*10
		return point{t: date(y, 1, 1), g: gDecade}, k + 1, true
	}
	apos := false
	if p.low(k) == "'" && p.digits(k+1) == 2 && p.glued(k+1) {
		apos = true
		k++
	}
	n, ok := p.num(k)
	if !ok {
		return point{}, j, false
	}
	e := k + 1
	if p.low(e) == "'" && p.glued(e) {
		e++
	}
	if p.low(e) != "s" || !p.glued(e) {
		return point{}, j, false
	}
	switch {
	case p.digits(k) == 4 && n%10 == 0 && n >= 1000 && n < 2100:
		return point{t: date(n, 1, 1), g: gDecade}, e + 1, true
	case p.digits(k) == 2 && n%10 == 0 && (apos || k > j):
		return point{t: date(1900+n, 1, 1), g: gDecade}, e + 1, true
	}
	return point{}, j, false
}

// ordinalAt reads "20th" or "twentieth".
func (p *parser) ordinalAt(k int) (int, int, bool) {
	if n, ok := p.num(k); ok && ordinalSuffixes[p.low(k+1)] && p.glued(k+1) {
		return n, k + 2, true
	}
	if n, ok := ordinals[p.low(k)]; ok {
		return n, k + 1, true
	}
	return 0, k, false
}

// quantityNouns follow numbers that are counts, not years ("2000 people").
var quantityNouns = set("people", "troops", "soldiers", "workers", "employees", "jobs", "shares", "tons", "miles",
	"feet", "meters", "metres", "kilometers", "dollars", "pounds", "yen", "marks", "francs", "cars", "members",
	"points", "units", "barrels", "acres", "rooms", "students", "residents", "refugees", "dead", "times",
	"copies", "deaths", "cases", "votes", "men", "women", "children", "police", "officers", "delegates",
	"stores", "planes", "homes", "houses", "pages", "words", "hours", "minutes", "seconds", "days", "weeks",
	"months", "years", "calories", "degrees", "percent", "kilograms", "kg", "km", "mph", "lbs", "am", "pm",
	"to", "-", "and", "or", "through")

// carMakes are makers whose name after a year makes the year a model year.
var carMakes = set("chevrolet", "chevy", "ford", "toyota", "honda", "buick", "dodge", "pontiac", "oldsmobile",
	"cadillac", "chrysler", "plymouth", "mercury", "lincoln", "jeep", "nissan", "mazda", "subaru", "volkswagen",
	"volvo", "saab", "bmw", "mercedes", "audi", "porsche", "hyundai", "kia", "mitsubishi", "lexus", "acura",
	"datsun", "ferrari", "corvette", "mustang", "camaro", "cavalier")

// yearRange reports whether "to", "-", "and" or "or" at token e joins two
// years ("from 1991 to 1997", "1998-99", "in 1990, 1991 and 1992"), not two
// counts ("2000 to 3000 people", "1500 and 2000 and 2500 people").
func (p *parser) yearRange(e int) bool {
	if !p.is(e, "to", "-", "and", "or", "through") {
		return false
	}
	k := e + 1
	if p.low(k) == "-" {
		k++
	}
	switch p.digits(k) {
	case 4:
		y, _ := p.num(k)
		// a list goes on ("in 1990 and 1991 and less after"): the second
		// year is joined to what follows as the first is to it
		return y >= 1600 && y <= 2099 && (!quantityNouns[p.low(k+1)] || p.yearRange(k+1))
	case 2:
		return p.low(e) == "-" && !quantityNouns[p.low(k+1)]
	case 0:
		return p.kind(k) != tNum && !(smallNumbers[p.low(k)] > 0 || tens[p.low(k)] > 0)
	}
	return false
}

// bareYear reads a year standing alone ("in 1998", "the 1996 Olympic
// bombing", "nineteen ninety-six", "the year two thousand"), refusing numbers
// that look like counts, prices or codes.
func (p *parser) bareYear(j int) (int, int, bool) {
	if p.is(j, "the") && p.is(j+1, "year") {
		if y, e, ok := p.yearAt(j + 2); ok {
			return y, e, true
		}
		return 0, j, false
	}
	if p.is(j, "fiscal") {
		if y, e, ok := p.yearAt(j + 1); ok && p.digits(j+1) == 4 {
			return y, e, true
		}
	}
	if p.is(j, "post", "pre") && p.low(j+1) == "-" {
		if y, e, ok := p.yearAt(j + 2); ok && p.digits(j+2) == 4 {
			return y, e, true
		}
	}
	y, e, ok := p.yearAt(j)
	if !ok {
		return 0, j, false
	}
	if p.kind(j) == tWord {
		// Years in words: only "nineteen ninety-six" style, not "twenty ten
		// people" or "twelve hundred students".
		if quantityNouns[p.low(e)] || y < 1600 || p.is(e-1, "hundred") && p.kind(e) == tWord {
			return 0, j, false
		}
		return y, e, true
	}
	if y < 1600 || y > 2099 {
		return 0, j, false
	}
	if j > 0 && !p.toks[j].space {
		prev := p.toks[j-1]
		if prev.kind != tPunct || (prev.low != "(" && prev.low != "\"" && prev.low != "`" && prev.low != "-" && prev.low != "'") {
			return 0, j, false
		}
		if prev.low == "-" && p.digits(j-2) > 0 {
			return 0, j, false
		}
	}
	if p.is(j-1, "$", "#", "no", "number", "flight", "room", "route", "model", "pages", "page") {
		return 0, j, false
	}
	if p.inName(j) {
		return 0, j, false
	}
	if e < len(p.toks) && !p.toks[e].space {
		nx := p.toks[e]
		if nx.kind != tPunct || nx.low == "%" || (nx.low == "," && p.digits(e+1) == 3 && p.glued(e+1)) || (nx.low == "." && p.digits(e+1) > 0 && p.glued(e+1)) || nx.low == ":" {
			return 0, j, false
		}
	}
	if quantityNouns[p.low(e)] && !p.yearRange(e) {
		return 0, j, false
	}
	// "his 1987 Chevrolet" is a car's model year, which dates no event;
	// "in 1987 Ford sold" is a date, so a determiner must come first
	if carMakes[p.low(e)] && p.capital(e) && (determiners[p.low(j-1)] || p.is(j-1, "s") && p.is(j-2, "'")) {
		return 0, j, false
	}
	// "(1800 GMT Tuesday)": four digits before a time zone are a clock
	// time in wire copy's military style, not the year 1800
	if zones[p.low(e)] {
		return 0, j, false
	}
	return y, e, true
}

// inName reports whether the year at token j ends a name: a capitalised
// word other than a month, season, weekday or a word that opens a
// sentence stands right before it ("Football Manager 2020", "Grid 2019").
// A product or an edition named after a year dates nothing the sentence
// reports.
func (p *parser) inName(j int) bool {
	if j == 0 || p.kind(j-1) != tWord || p.toks[j-1].newline {
		return false
	}
	w := p.toks[j-1].text
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ToUpper(w) == w {
		return false // lower case, or an abbreviation ("FY", "Q3" is no word)
	}
	low := p.low(j - 1)
	if _, ok := months[low]; ok {
		return false
	}
	if _, ok := weekdays[low]; ok {
		return false
	}
	if _, ok := seasons[low]; ok {
		return false
	}
	if nameOpeners[low] {
		return false
	}
	// a capitalised word opening the sentence is no name ("Since 2019, …")
	k := j - 2
	return k >= 0 && !(p.kind(k) == tPunct && (p.low(k) == "." || p.low(k) == "!" || p.low(k) == "?" || p.low(k) == "\"" || p.low(k) == "“"))
}

// nameOpeners are words that, capitalised before a year, open a phrase
// of time rather than end a name: prepositions and determiners at a
// sentence's or a headline's start, and holidays, which name a day.
var nameOpeners = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "before": true, "after": true,
	"of": true, "the": true, "early": true, "late": true, "mid": true, "during": true, "through": true, "to": true,
	"for": true, "and": true, "or": true, "between": true, "circa": true, "around": true, "about": true, "as": true,
	"christmas": true, "easter": true, "thanksgiving": true, "new": true, "year": true, "end": true, "fall": true,
	"spring": true, "summer": true, "winter": true, "autumn": true, "class": true, "vintage": true,
}
