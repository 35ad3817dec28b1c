package timex

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// genericNow are the nouns "today's" gives the present age rather than a
// day: people of an age, an age's ways.
var genericNow = set("world", "youth", "society", "generation", "young", "children", "kids", "teenagers", "culture",
	"standards", "age")

// relDayRule reads "today", "yesterday", "tomorrow", "tonight", "last
// night", "this morning", "late yesterday", "yesterday afternoon",
// "overnight" and "the day before yesterday".
func (p *parser) relDayRule(i int) (match, bool) {
	j := i
	if p.is(j, "early", "late", "earlier", "later") {
		j++
	}
	var off int
	pod := ""
	switch {
	case p.is(j, "today") && p.low(j+1) == "'" && p.is(j+2, "s") && genericNow[p.low(j+3)]:
		// "today's world", "today's youth" mean the present age, not
		// the day the article is dated
		return match{}, false
	case p.is(j, "today", "tonight"):
		if p.low(j) == "tonight" {
			pod = "NI"
		}
		j++
	case p.is(j, "yesterday"):
		off = -1
		j++
	case p.is(j, "tomorrow"):
		off = 1
		j++
	case p.is(j, "last") && p.is(j+1, "night", "evening"):
		off, pod = -1, partsOfDay[p.low(j+1)]
		j += 2
	case p.is(j, "this") && p.is(j+1, "morning", "afternoon", "evening"):
		pod = partsOfDay[p.low(j+1)]
		j += 2
	case j > i && p.is(j, "morning", "afternoon", "evening") && p.is(i, "early", "late"):
		pod = partsOfDay[p.low(j)]
		j++
	case p.is(j, "mid") && p.is(j+1, "afternoon", "morning"):
		pod = partsOfDay[p.low(j+1)]
		j += 2
	case p.is(j, "mid") && p.low(j+1) == "-" && p.is(j+2, "afternoon", "morning"):
		pod = partsOfDay[p.low(j+2)]
		j += 3
	case p.is(j, "overnight") && j == i:
		off, pod = -1, "NI"
		j++
	case p.is(j, "the") && p.is(j+1, "day") && p.is(j+2, "before", "after") && p.is(j+3, "yesterday", "tomorrow"):
		off = 2
		if p.low(j+3) == "yesterday" {
			off = -2
		}
		j += 4
	default:
		return match{}, false
	}
	if pod == "" && p.is(j, "morning", "afternoon", "evening", "night") {
		pod = partsOfDay[p.low(j)]
		j++
	}
	if !p.known {
		return emitValue(i, j, podType(pod), "")
	}
	pt := dayPoint(p.anchor.AddDate(0, 0, off))
	pt.pod = pod
	return p.emit(i, j, podType(pod), pt, true)
}

// podType is TIME for a day with a part of day, else DATE.
func podType(pod string) chorus.TimeType {
	if pod != "" {
		return chorus.TimeTime
	}
	return chorus.TimeDate
}

// weekdayRule reads "Thursday", "last Friday", "next Monday", "this coming
// Sunday", "Friday morning", "late Thursday night", and plural weekdays
// ("on Mondays") as SETs.
func (p *parser) weekdayRule(i int) (match, bool) {
	j := i
	if p.is(j, "early", "late") {
		j++
	}
	dir := ""
	switch {
	case p.is(j, "this") && p.is(j+1, "coming", "past"):
		dir = p.low(j + 1)
		j += 2
	case p.is(j, "the") && p.is(j+1, "previous", "following", "next"):
		dir = "the " + p.low(j+1)
		j += 2
	case p.is(j, "last", "next", "this", "coming", "past", "previous"):
		dir = p.low(j)
		j++
	}
	if wd, ok := weekdayPlurals[p.low(j)]; ok && dir == "" {
		v := "XXXX-WXX-" + string(rune('0'+wd))
		j++
		if p.is(j, "morning", "afternoon", "evening", "night", "mornings", "afternoons", "evenings", "nights") {
			v += "T" + partsOfDay[p.low(j)]
			j++
		}
		return emitValue(i, j, chorus.TimeSet, v)
	}
	// Only full names: "Sun", "Sat" and "Wed" are words and companies too.
	wd, ok := weekdays[p.low(j)]
	if !ok || p.kind(j) != tWord || !strings.HasSuffix(p.low(j), "day") {
		return match{}, false
	}
	if !p.capital(j) && dir == "" {
		return match{}, false
	}
	e := j + 1
	// "Monday and Tuesday nights" is a SET of both; read the first alone.
	if p.is(e, "and") && weekdayPlurals[p.low(e+2)] == 0 {
		if _, ok := weekdays[p.low(e+1)]; ok && p.is(e+2, "nights", "mornings", "evenings") {
			return emitValue(i, e, chorus.TimeSet, "XXXX-WXX-"+string(rune('0'+wd))+"T"+partsOfDay[p.low(e+2)])
		}
	}
	pod := ""
	if p.is(e, "morning", "afternoon", "evening", "night") {
		pod = partsOfDay[p.low(e)]
		e++
	}
	if !p.known {
		v := "XXXX-WXX-" + string(rune('0'+wd))
		if pod != "" {
			v += "T" + pod
		}
		return emitValue(i, e, podType(pod), v)
	}
	var pt point
	cur := isoWeekday(p.anchor)
	switch dir {
	case "last", "past", "this past", "previous":
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		pt = dayPoint(p.anchor.AddDate(0, 0, -back))
	case "next", "coming", "this coming":
		fwd := (wd - cur + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		pt = dayPoint(p.anchor.AddDate(0, 0, fwd))
	case "the previous", "the following", "the next":
		base := p.anchor
		if p.hasRef && p.ref.g == gDay {
			base = p.ref.t
		}
		bw := isoWeekday(base)
		if dir == "the previous" {
			back := (bw - wd + 7) % 7
			if back == 0 {
				back = 7
			}
			pt = dayPoint(base.AddDate(0, 0, -back))
		} else {
			fwd := (wd - bw + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			pt = dayPoint(base.AddDate(0, 0, fwd))
		}
	default: // no direction, or "this"
		from := i
		if p.partOf >= 0 && p.partOf < i {
			from = p.partOf
		}
		t := p.tenseAround(from, e)
		if p.low(e) == "'" && p.is(e+1, "s") {
			// "Wednesday's ruling": a noun phrase, not governed by the
			// clause's verb; news mostly looks back, unless the phrase
			// is awaited ("ahead of Tuesday's vote")
			t = tensePast
			if p.is(i-1, "until", "till") || p.is(i-1, "of") && p.is(i-2, "ahead") {
				t = tenseFuture
			}
		}
		pt = dayPoint(p.weekdayDate(wd, t))
	}
	pt.pod = pod
	return p.emit(i, e, podType(pod), pt, true)
}

// relWords maps the words before a unit to an offset: "last week" = -1.
var relWords = map[string]int{
	"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
}

// unitRelRule reads "this week", "last month", "next year", "earlier this
// year", "the past year", "this weekend", "the weekend", "year-end", "the
// year" and "the current year".
func (p *parser) unitRelRule(i int) (match, bool) {
	j := i
	if p.is(j, "earlier", "later", "early", "late") || (p.is(j, "so") && p.is(j+1, "far")) {
		if p.low(j) == "so" {
			j++
		}
		j++
	}
	edge := false
	if p.is(j, "the") && p.is(j+1, "end", "beginning", "start", "middle") && p.is(j+2, "of") {
		j += 3
		edge = true
	}
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	off, hasOff := 0, false
	if p.is(j, "this") && p.is(j+1, "past", "coming") {
		off, hasOff = relWords[p.low(j+1)], true
		j += 2
	} else if o, ok := relWords[p.low(j)]; ok {
		w := p.low(j)
		switch {
		case w == "previous" || w == "following":
			// Relative to the text's last date: anaphorRule reads them.
			return match{}, false
		case the && w == "next" && p.hasRef && p.is(j+1, "day", "week", "month", "year") && p.tenseAround(i, j+2) == tensePast:
			// "In August 2016 they were seized; the next year a video
			// appeared": told in the past after a date, "the next year"
			// is the year after that date (anaphorRule), where "the next
			// year or so will be hard" is the one after the article's
			return match{}, false
		case the && w == "this":
			return match{}, false
		case !the && (w == "current" || w == "past" || w == "coming"):
			return match{}, false
		}
		off, hasOff = o, true
		j++
	}
	if p.is(j, "full", "entire", "whole", "calendar") {
		j++
	}
	u, ok := units[p.low(j)]
	if !ok || p.kind(j) != tWord || p.hyphenated(j) {
		return p.yearEnd(i)
	}
	w := p.low(j)
	if w != "week" && w != "month" && w != "year" && w != "weekend" && w != "decade" && w != "century" {
		return match{}, false
	}
	e := j + 1
	if !hasOff {
		if !the {
			return p.yearEnd(i)
		}
		// "the week", "the year": the current one, unless it is the year a
		// financial period ended ("the year ended March 31").
		if p.is(e, "ended", "ending", "through", "to") {
			return emitValue(i, e, chorus.TimeDuration, "P1Y")
		}
		if w != "year" && w != "weekend" && w != "week" && !edge {
			return match{}, false
		}
	}
	if !p.known {
		return emitValue(i, e, chorus.TimeDate, "")
	}
	if u == uWeekend {
		return p.weekend(i, e, off, hasOff)
	}
	if (u == uDecade || u == uCentury) && the && p.is(j-1, "past") {
		// "the past decade" is the ten years up to now, not the 1980s
		// ("the last decade" may be either; TimeBank dates it)
		return emitValue(i, e, chorus.TimeDuration, durationValue(1, u))
	}
	g, _ := unitGran(u)
	pt := at(p.anchor, g).shift(off)
	return p.emit(i, e, chorus.TimeDate, pt, true)
}

// weekend resolves "the weekend", "this weekend", "last weekend": without
// a direction, the last one in a past clause and the next one otherwise.
func (p *parser) weekend(i, e, off int, hasOff bool) (match, bool) {
	cur := isoWeekday(p.anchor)
	base := at(p.anchor, gWeekend)
	if !hasOff {
		if cur < 6 && p.tenseAround(i, e) == tensePast {
			off = -1
		}
	} else if off == 0 && cur < 6 && p.tenseAround(i, e) == tensePast {
		off = -1
	}
	return p.emit(i, e, chorus.TimeDate, base.shift(off), true)
}

// yearEnd reads "year-end", "year end", "year's end".
func (p *parser) yearEnd(i int) (match, bool) {
	j := i
	if p.is(j, "by", "at", "until") {
		return match{}, false
	}
	if p.is(j, "year") {
		switch {
		case p.low(j+1) == "-" && p.is(j+2, "end"):
			j += 3
		case p.is(j+1, "end"):
			j += 2
		case p.low(j+1) == "'" && p.is(j+2, "s") && p.is(j+3, "end"):
			j += 4
		default:
			return match{}, false
		}
		if !p.known {
			return emitValue(i, j, chorus.TimeDate, "")
		}
		return p.emit(i, j, chorus.TimeDate, yearPoint(p.anchor.Year()), true)
	}
	return match{}, false
}

// weekOfRule reads "the week of March 6": the calendar week that holds the
// day, which TimeML gives as one week value rather than a week and a day.
func (p *parser) weekOfRule(i int) (match, bool) {
	if !p.is(i, "the") || !p.is(i+1, "week") || !p.is(i+2, "of") {
		return match{}, false
	}
	pt, e, _, ok := p.calendarDate(i + 3)
	if !ok || pt.g != gDay {
		return match{}, false
	}
	return p.emit(i, e, chorus.TimeDate, point{t: pt.t, g: gWeek, noYear: pt.noYear}, true)
}
