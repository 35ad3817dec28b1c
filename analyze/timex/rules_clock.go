package timex

import (
	"github.com/chorusnews/chorus"
)

// zones are time-zone abbreviations that may follow a clock time.
var zones = set("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "msk", "ist", "jst")

// meridiem reads "a.m.", "p.m.", "am", "pm" (any case) at token j and
// returns 0 (none), 1 (am) or 2 (pm) and the token after it.
func (p *parser) meridiem(j int) (int, int) {
	w := p.low(j)
	switch {
	case (w == "am" || w == "pm") && p.kind(j) == tWord:
		if w == "am" {
			return 1, p.skipDot(j + 1)
		}
		return 2, p.skipDot(j + 1)
	case (w == "a" || w == "p") && p.low(j+1) == "." && p.glued(j+1) && p.is(j+2, "m") && p.glued(j+2):
		e := j + 3
		if p.low(e) == "." && p.glued(e) {
			e++
		}
		if w == "a" {
			return 1, e
		}
		return 2, e
	}
	return 0, j
}

// clock reads a clock time at token j: "10:35", "10:35 a.m.", "3 p.m.",
// "3pm", "7 o'clock", "noon", "midnight", "midday", "4 in the morning".
func (p *parser) clock(j int) (hh, mm, end int, ok bool) {
	switch p.low(j) {
	case "noon", "midday":
		return 12, 0, j + 1, true
	case "midnight":
		return 24, 0, j + 1, true
	}
	h, isNum := p.num(j)
	if !isNum || p.digits(j) > 2 || h > 24 {
		return 0, 0, j, false
	}
	e := j + 1
	colon := false
	if p.low(e) == ":" && p.glued(e) && p.digits(e+1) == 2 && p.glued(e+1) {
		mm, _ = p.num(e + 1)
		if mm > 59 {
			return 0, 0, j, false
		}
		colon = true
		e += 2
	}
	mer, e2 := p.meridiem(e)
	switch {
	case mer != 0:
		if h == 0 || h > 12 {
			return 0, 0, j, false
		}
		e = e2
		switch {
		case mer == 2 && h < 12:
			h += 12
		case mer == 1 && h == 12:
			h = 0
		}
	case p.is(e, "o") && p.low(e+1) == "'" && p.is(e+2, "clock"):
		e += 3
	case p.is(e, "in") && p.is(e+1, "the") && p.is(e+2, "morning", "afternoon", "evening", "night"):
		if h > 12 {
			return 0, 0, j, false
		}
		if !p.is(e+2, "morning") && h < 12 {
			h += 12
		}
		e += 3
	case colon:
		// "10:35" alone is a time only when it reads like one (not a score
		// or a ratio): require a following zone or "hours".
		if !zones[p.low(e)] && !p.is(e, "hours", "hrs", "local") {
			return 0, 0, j, false
		}
	default:
		return 0, 0, j, false
	}
	return h, mm, e, true
}

// timeOfDay reads clock times with an optional zone and date: "3 p.m.",
// "10:35 a.m. (0735 GMT)", "9 a.m. EST Tuesday", "noon Thursday", "midnight
// Friday", "5 p.m. EST, Nov. 6", "around 7:15 p.m.". The day is the date
// written next to it, else a weekday or date later in the sentence, else
// the last date the sentence named, else the anchor.
func (p *parser) timeOfDay(i int) (match, bool) {
	j := i
	if p.is(j, "around") {
		j++
	}
	hh, mm, e, ok := p.clock(j)
	if !ok {
		return match{}, false
	}
	if zones[p.low(e)] {
		e++
	} else if p.is(e, "local") && p.is(e+1, "time") {
		e += 2
	}
	// A date right after: "Tuesday", ", Nov. 6", "today", "on Friday".
	k := e
	if p.is(k, ",", "on") {
		k++
	}
	var day *point
	p.partOf = i
	m, after := p.dayAfter(k)
	var later *point
	if !after {
		later, _ = p.dayLater(e)
	}
	p.partOf = -1
	if m.pt != nil {
		day, e = m.pt, m.end
	} else if later != nil {
		day = later
	} else if p.hasRef && p.ref.g == gDay && p.sameSentence(p.refEnd, i) {
		r := p.ref
		day = &r
	}
	if day == nil {
		if !p.known {
			return emitValue(i, e, chorus.TimeTime, "XXXX-XX-XXT"+twoDigits(hh)+":"+twoDigits(mm))
		}
		d := dayPoint(p.anchor)
		day = &d
	}
	pt := *day
	pt.g, pt.pod = gDay, ""
	pt.hh, pt.mm, pt.hasClock = hh, mm, true
	return p.emit(i, e, chorus.TimeTime, pt, false)
}

// dayAfter reads a day-level date at token k (a weekday, "today",
// "yesterday", or a calendar date).
func (p *parser) dayAfter(k int) (match, bool) {
	if k >= len(p.toks) {
		return match{}, false
	}
	for _, r := range []rule{(*parser).weekdayRule, (*parser).relDayRule, (*parser).dateRule} {
		if m, ok := r(p, k); ok && m.pt != nil && m.pt.g == gDay {
			return m, true
		}
	}
	return match{}, false
}

// dayLater finds a weekday or relative day word later in the sentence,
// within a few tokens ("10:35 a.m. (0735 GMT) Friday").
func (p *parser) dayLater(e int) (*point, bool) {
	for k := e; k < e+6 && k < len(p.toks) && p.sameSentence(k, e-1); k++ {
		if _, ok := weekdays[p.low(k)]; ok || p.is(k, "today", "yesterday", "tomorrow") {
			if m, ok := p.dayAfter(k); ok {
				return m.pt, true
			}
			return nil, false
		}
	}
	return nil, false
}
