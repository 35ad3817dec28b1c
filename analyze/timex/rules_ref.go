package timex

import (
	"github.com/chorusnews/chorus"
)

// anaphorRule reads expressions that refer to the text's last date: "that
// day", "the same day", "that year", "the following year", "the next
// morning", "the previous week", "later that year", "earlier that day".
func (p *parser) anaphorRule(i int) (match, bool) {
	j := i
	if p.is(j, "later", "earlier", "early", "late") && p.is(j+1, "that", "the") {
		j++
	}
	off := 0
	switch {
	case p.is(j, "that") && p.is(j+1, "same", "very"):
		j += 2
	case p.is(j, "that"):
		j++
	case p.is(j, "the") && p.is(j+1, "same", "very"):
		j += 2
	case p.is(j, "the") && p.is(j+1, "following", "next", "ensuing", "succeeding"):
		off = 1
		j += 2
	case p.is(j, "the") && p.is(j+1, "previous", "preceding", "prior"):
		off = -1
		j += 2
	default:
		return match{}, false
	}
	w := p.low(j)
	pod := ""
	var g gran
	switch w {
	case "day":
		g = gDay
	case "morning", "afternoon", "evening", "night":
		g, pod = gDay, partsOfDay[w]
	case "week":
		g = gWeek
	case "weekend":
		g = gWeekend
	case "month":
		g = gMonth
	case "year":
		g = gYear
	default:
		return match{}, false
	}
	e := j + 1
	// "that day's vote" is fine; "that year-old" is not a reference.
	if p.low(e) == "-" && p.glued(e) {
		return match{}, false
	}
	base := p.anchor
	refG := gDay
	if p.hasRef {
		base, refG = p.ref.t, p.ref.g
	} else if !p.known {
		return emitValue(i, e, podType(pod), "")
	}
	var pt point
	if refG > g && !(refG == gWeek || refG == gWeekend) && refG != gDay {
		// The reference is coarser than the unit: keep what is known.
		pt = at(base, refG)
		if refG == gQuarter || refG == gHalf || refG == gSeason {
			pt = p.ref
		}
		if off != 0 && refG == g {
			pt = pt.shift(off)
		}
		return p.emit(i, e, chorus.TimeDate, pt, false)
	}
	pt = at(base, g).shift(off)
	pt.pod = pod
	typ := chorus.TimeDate
	if pod != "" {
		typ = chorus.TimeTime
	}
	return p.emit(i, e, typ, pt, false)
}

// refRule reads the TIMEX3 reference words: "now", "currently", "current",
// "these days" (PRESENT_REF); "recently", "recent", "the past", "in the
// past", "at the time" (PAST_REF); "the future", "future", "soon", "the
// near term", "one day" after a modal (FUTURE_REF).
func (p *parser) refRule(i int) (match, bool) {
	w := p.low(i)
	present := func(n int) (match, bool) { return emitValue(i, i+n, chorus.TimeDate, "PRESENT_REF") }
	past := func(n int) (match, bool) { return emitValue(i, i+n, chorus.TimeDate, "PAST_REF") }
	future := func(n int) (match, bool) { return emitValue(i, i+n, chorus.TimeDate, "FUTURE_REF") }
	switch w {
	case "now":
		if p.glued(i+1) && p.low(i+1) != "," && p.low(i+1) != "." && p.low(i+1) != "'" && p.low(i+1) != "\"" && p.kind(i+1) != tPunct {
			return match{}, false
		}
		return present(1)
	case "right", "just":
		if p.is(i+1, "now") {
			return present(2)
		}
	case "currently", "nowadays", "presently":
		return present(1)
	case "current":
		if p.is(i+1, "account", "accounts", "assets", "liabilities", "affairs", "events", "flowing", "-") {
			return match{}, false
		}
		return present(1)
	case "these":
		if p.is(i+1, "days") {
			return present(2)
		}
	case "at":
		if p.is(i+1, "present") {
			return present(2)
		}
		if p.is(i+1, "the", "this") && p.is(i+2, "moment") {
			return present(3)
		}
	case "recently", "lately":
		return past(1)
	case "more", "most":
		if p.is(i+1, "recently") {
			return past(2)
		}
	case "the":
		switch {
		case p.is(i+1, "time") && p.is(i-1, "at") && !p.is(i+2, "of"):
			return past(2)
		case p.is(i+1, "past") && !p.pastIsModifier(i+2):
			return past(2)
		case p.is(i+1, "future") && !p.is(i+2, "of"):
			return future(2)
		case p.is(i+1, "near", "distant", "foreseeable") && p.is(i+2, "future"):
			return future(3)
		case p.is(i+1, "near", "short", "long") && p.is(i+2, "term"):
			return future(3)
		}
	case "future":
		// The noun ("Elian's future"), not the adjective ("future talks",
		// "its future strategy"): a noun ends its phrase, so a verb, a
		// preposition or punctuation follows it.
		possessed := p.is(i-1, "his", "her", "its", "their", "our", "my", "your") || p.is(i-1, "s") && p.is(i-2, "'")
		if possessed && (p.kind(i+1) != tWord || afterNounFuture[p.low(i+1)]) {
			return future(1)
		}
	case "as":
		if p.is(i+1, "soon") && p.is(i+2, "as") && p.is(i+3, "possible") {
			return future(4)
		}
	case "someday", "eventually":
		if w == "someday" {
			return future(1)
		}
	case "one":
		if p.is(i+1, "day") && p.is(i-1, "will", "would", "could", "might", "may", "can", "should") {
			return future(2)
		}
	case "past":
		if p.is(i+1, "years", "decades") && !p.is(i-1, "the") {
			return past(2)
		}
	}
	return match{}, false
}

// afterNounFuture are the words that follow "future" as a noun ("his
// future is", "their future in the league").
var afterNounFuture = set("is", "was", "will", "would", "could", "may", "might", "looks", "look", "looked", "of",
	"in", "and", "or", "as", "at", "with", "to", "remains", "remained", "hangs", "depends", "lies", "rests",
	"seems", "seemed", "for", "on", "that", "than", "but", "became", "becomes", "has", "had", "away", "here",
	"there", "now", "after", "before", "beyond", "without", "by", "from", "under", "are", "were")

// pastIsModifier reports whether "the past" is followed by a duration
// ("the past three years") or a unit ("the past year"), which other rules read.
func (p *parser) pastIsModifier(k int) bool {
	if _, ok := units[p.low(k)]; ok {
		return true
	}
	if _, _, ok := p.count(k, true); ok {
		return true
	}
	return false
}
