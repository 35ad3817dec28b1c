package timex

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// approx skips the quantity modifiers TimeML keeps in a duration's extent
// ("more than", "at least", "nearly", "up to") and returns the next token.
func (p *parser) approx(i int) int {
	switch {
	case p.is(i, "more", "less", "fewer") && p.is(i+1, "than"):
		return i + 2
	case p.is(i, "no") && p.is(i+1, "more", "less") && p.is(i+2, "than"):
		return i + 3
	case p.is(i, "at") && p.is(i+1, "least", "most"):
		return i + 2
	case p.is(i, "up") && p.is(i+1, "to"):
		return i + 2
	case p.is(i, "just", "well") && p.is(i+1, "over", "under"):
		return i + 2
	case p.is(i, "nearly", "almost", "roughly", "approximately", "around"):
		return i + 1
	case p.is(i, "over", "some", "under") && (p.digits(i+1) > 0 || p.is(i+1, "a", "an") || smallNumbers[p.low(i+1)] > 0 || tens[p.low(i+1)] > 0):
		return i + 1
	}
	return i
}

// durQualifiers are the words between "the" and a duration's count.
var durQualifiers = set("past", "last", "next", "coming", "first", "final", "previous", "latest", "following",
	"recent", "remaining", "initial", "entire", "whole", "full", "same", "preceding", "ensuing", "early")

// durationRule reads durations: "three days", "the past three years", "24
// hours", "48-hour", "five-year-old", "a week", "2 1/2 years", "a minute
// and a half", "the next few days", "several months", "years", "recent
// weeks", "the nine months ended ...", "at least 30 days".
func (p *parser) durationRule(i int) (match, bool) {
	if p.is(i, "a") && p.is(i+1, "while") {
		return emitValue(i, i+2, chorus.TimeDuration, "PXX")
	}
	j := p.approx(i)
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	qual := ""
	for k := 0; k < 2; k++ {
		switch {
		case durQualifiers[p.low(j)] && p.kind(j) == tWord:
			qual = p.low(j)
			j++
			continue
		case p.is(j, "year") && p.low(j+1) == "-" && p.is(j+2, "earlier", "ago"):
			qual = "year-earlier"
			j += 3
			continue
		}
		break
	}
	n, e, hasCount := p.count(j, !the || qual != "")
	if hasCount {
		j = e
	} else {
		n = -1
	}
	if p.is(j, "more", "additional", "straight", "consecutive", "full", "long", "trading", "business", "working", "calendar") && hasCount {
		j++
	}
	// "48-hour", "five-year-old", "day-long".
	hyphen := false
	if p.low(j) == "-" && p.glued(j) && hasCount {
		hyphen = true
		j++
	}
	u, ok := units[p.low(j)]
	if !ok || p.kind(j) != tWord || u == uWeekend && !hasCount || hasCount && !hyphen && p.glued(j) {
		return match{}, false
	}
	w := p.low(j)
	plural := strings.HasSuffix(w, "s") || w == "centuries" || w == "millennia"
	end := j + 1
	if p.hyphenated(j) && !p.is(j+2, "old", "long") {
		return match{}, false
	}
	switch {
	case p.low(end) == "-" && p.glued(end) && p.is(end+1, "old", "long"):
		// Ages of people are not time expressions in TimeML; the age of a
		// truce or a slump is.
		if p.low(end+1) == "old" && !agedThings[p.low(end+2)] && !(plural && !hasCount) {
			return match{}, false
		}
		end += 2
		if !hasCount {
			n = 1
			if plural {
				n = -1
			}
			hasCount = true
		}
	case p.is(end, "and") && p.is(end+1, "a") && p.is(end+2, "half") && hasCount && n >= 1:
		n += 0.5
		end += 3
	}
	if hyphen && the && j > i+2 || hyphen && j > i+1 && i == j-2 && p.is(i, "the") {
		// "the two-week trip": the determiner belongs to the noun.
		return match{}, false
	}
	if !hasCount {
		switch {
		case the && qual == "":
			// "in the weeks before": TimeBank leaves "the" out.
			return match{}, false
		case !plural:
			return match{}, false
		case qual == "recent" || qual == "past" && !the:
			if u == uYear {
				return emitValue(i, end, chorus.TimeDate, "PAST_REF")
			}
		case qual == "" && !the && i == j:
			// A bare plural: "for years", "in weeks".
			if u != uYear && u != uMonth && u != uWeek && u != uDecade && u != uCentury && u != uDay {
				return match{}, false
			}
		}
		if p.is(end, "ahead", "to") && p.is(end+1, "come") {
			end += 2
		} else if p.is(end, "ahead") {
			end++
		}
	}
	if hyphen && !plural && p.is(end, "-") {
		return match{}, false
	}
	switch {
	case p.is(end, "old") && (u == uYear || u == uMonth):
		// "52 years old" is an age.
		return match{}, false
	case u == uQuarter && n >= 0 && p.is(end, "of") && !p.quarterOfTime(end+1):
		// "three-quarters of" and "a quarter of the market" are fractions.
		return match{}, false
	case u == uSecond && p.is(j-1, "a") && !p.is(j-2, "for", "in", "within", "than"):
		// "a second time" is an ordinal.
		return match{}, false
	}
	// "one day" after a modal is "some day": refRule reads it.
	if n == 1 && u == uDay && p.is(j-1, "one") && p.is(j-2, "will", "would", "could", "might", "may", "can") {
		return match{}, false
	}
	// A count of money or things is not a duration count ("$5 million").
	if i > 0 && p.is(i-1, "$") && p.glued(i) {
		return match{}, false
	}
	return emitValue(i, end, chorus.TimeDuration, durationValue(n, u))
}

// quarterOfTime reports whether the words at k, after "quarter of", name a
// time ("of 1990", "of the year", "of this fiscal year", "of a century")
// rather than a share of something ("of the market").
func (p *parser) quarterOfTime(k int) bool {
	if p.digits(k) == 4 {
		return true
	}
	if p.is(k, "the", "this", "that", "a", "an", "next", "last") {
		k++
	}
	if p.is(k, "fiscal") {
		return true
	}
	_, ok := units[p.low(k)]
	return ok
}

// agedThings are nouns whose age is a time expression ("an 8-month-old
// truce"), unlike the ages of people, which TimeML leaves out.
var agedThings = set("truce", "war", "slump", "ceasefire", "cease", "conflict", "crisis", "dispute", "embargo",
	"ban", "boycott", "strike", "insurgency", "rebellion", "uprising", "occupation", "regime", "blockade",
	"feud", "rivalry", "battle", "campaign", "investigation", "probe", "program", "programme", "policy", "law",
	"treaty", "agreement", "deal", "accord", "moratorium", "freeze", "standoff", "stalemate", "recession",
	"boom", "drought", "siege", "marriage", "tradition", "mystery", "controversy", "struggle", "effort",
	"search", "manhunt", "case", "debate", "fight", "impasse", "deadlock", "shutdown", "lockout", "protest",
	"movement", "offensive", "operation", "mission", "government", "coalition", "partnership", "alliance",
	"ceasefire", "peace", "dictatorship", "rule", "reign", "era", "rift", "quarrel", "saga", "tale")

// agoRule reads "two days ago", "a year earlier", "50 years ago", "a week or
// so ago", "several years ago", "three years later", "two weeks from now".
func (p *parser) agoRule(i int) (match, bool) {
	j := p.approx(i)
	if p.is(j, "just", "only") {
		j++
	}
	n, e, ok := p.count(j, true)
	if !ok {
		if !p.is(j, "years", "months", "weeks", "days", "decades") {
			return match{}, false
		}
		n, e = -1, j
	}
	u, isUnit := units[p.low(e)]
	if !isUnit || p.kind(e) != tWord {
		return match{}, false
	}
	k := e + 1
	if p.is(k, "or") && p.is(k+1, "so") {
		k += 2
	}
	dir := 0
	fromRef := false
	switch {
	case p.is(k, "ago"):
		dir = -1
	case p.is(k, "earlier", "before"):
		dir, fromRef = -1, true
	case p.is(k, "later", "after"):
		dir, fromRef = 1, true
	case p.is(k, "hence"):
		dir = 1
	case p.is(k, "from") && p.is(k+1, "now"):
		dir = 1
		k++
	default:
		return match{}, false
	}
	end := k + 1
	// "a month after Qantas suspended": "before" and "after" start a clause
	// unless nothing follows them.
	if p.is(k, "before", "after") && end < len(p.toks) && p.kind(end) != tPunct {
		return match{}, false
	}
	if n < 0 {
		if fromRef {
			// "a few days later" counts from an event, not from the
			// writer's now, so it is no past or future reference: only
			// its length is known, as TimeBank marks it
			return emitValue(i, e+1, chorus.TimeDuration, durationValue(n, u))
		}
		if dir < 0 {
			return emitValue(i, end, chorus.TimeDate, "PAST_REF")
		}
		return emitValue(i, end, chorus.TimeDate, "FUTURE_REF")
	}
	if !p.known && !fromRef {
		return emitValue(i, end, chorus.TimeDate, "")
	}
	g, ok := unitGran(u)
	if !ok {
		return match{}, false
	}
	steps := int(n)
	if n != float64(steps) {
		return match{}, false
	}
	switch u {
	case uDecade:
		g, steps = gYear, steps*10
	case uCentury:
		g, steps = gYear, steps*100
	}
	base := at(p.anchor, g)
	if fromRef && p.hasRef {
		base = at(p.ref.t, g)
		base.noYear = p.ref.noYear
		if p.ref.g > g {
			base = at(p.ref.t, p.ref.g)
			base.g, base.noYear = p.ref.g, p.ref.noYear
			if u == uYear {
				base = base.shift(dir * steps * yearsIn(p.ref.g))
				return p.emit(i, end, chorus.TimeDate, base, false)
			}
			// "a day earlier" after a sentence that named only a year
			// counts from a day the text did not give: shifting the year
			// by one would date it a year off, so count from the
			// article's date, or give no value without one
			if g < gYear && p.ref.g >= gYear {
				if !p.known {
					return emitValue(i, end, chorus.TimeDate, "")
				}
				base = at(p.anchor, g)
			}
		}
	}
	if !p.known && !p.hasRef {
		return emitValue(i, end, chorus.TimeDate, "")
	}
	// In financial reports "a year earlier" is the same quarter a year before.
	if q, ok := p.quarterContext(i); ok && u == uYear {
		return p.emit(i, end, chorus.TimeDate, q.shift(dir*4*steps), false)
	}
	return p.emit(i, end, chorus.TimeDate, base.shift(dir*steps), false)
}

// yearsIn is how many steps of granularity g make a year (for shifting a
// quarter or month reference by years).
func yearsIn(g gran) int {
	switch g {
	case gQuarter:
		return 4
	case gHalf:
		return 2
	case gMonth:
		return 12
	}
	return 1
}

// setRule reads SETs: "daily", "weekly", "annually", "every day", "each
// year", "every other week", "every Monday", "each July", "a year" after a
// quantity ("$1 billion a year"), "per day".
func (p *parser) setRule(i int) (match, bool) {
	if u, ok := adverbUnits[p.low(i)]; ok && u != uQuarter {
		return emitValue(i, i+1, chorus.TimeSet, durationValue(1, u))
	}
	if p.is(i, "every", "each") {
		j := i + 1
		n := 1.0
		if p.is(j, "other") {
			n, j = 2, j+1
		} else if c, e, ok := p.count(j, false); ok && c > 0 {
			n, j = c, e
		}
		if u, ok := units[p.low(j)]; ok && p.kind(j) == tWord {
			if u == uWeekend {
				return emitValue(i, j+1, chorus.TimeSet, "XXXX-WXX-WE")
			}
			return emitValue(i, j+1, chorus.TimeSet, durationValue(n, u))
		}
		if wd, ok := weekdays[p.low(j)]; ok && p.capital(j) {
			v := "XXXX-WXX-" + string(rune('0'+wd))
			j++
			if pod, ok := partsOfDay[p.low(j)]; ok {
				v += "T" + pod
				j++
			}
			return emitValue(i, j, chorus.TimeSet, v)
		}
		if m, e, ok := p.monthName(j); ok && p.capital(j) {
			return emitValue(i, e, chorus.TimeSet, "XXXX-"+twoDigits(m))
		}
		if s, ok := seasons[p.low(j)]; ok {
			return emitValue(i, j+1, chorus.TimeSet, "XXXX-"+s)
		}
		if pod, ok := partsOfDay[p.low(j)]; ok {
			return emitValue(i, j+1, chorus.TimeSet, "XXXX-XX-XXT"+pod)
		}
		return match{}, false
	}
	if p.is(i, "a", "an", "per") {
		u, ok := units[p.low(i+1)]
		if !ok || strings.HasSuffix(p.low(i+1), "s") || u == uWeekend || p.hyphenated(i+1) {
			return match{}, false
		}
		if p.low(i) != "per" && !p.quantityBefore(i) {
			return match{}, false
		}
		return emitValue(i, i+2, chorus.TimeSet, durationValue(1, u))
	}
	return match{}, false
}

// quantityBefore reports whether token i follows a quantity, so that "a
// year" means "per year": "$1 billion a year", "interviews a day", "twice a
// week".
func (p *parser) quantityBefore(i int) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	t := p.toks[k]
	switch {
	case t.kind == tNum:
		return true
	case p.is(k, "million", "billion", "thousand", "hundred", "times", "twice", "once", "thrice", "dozen", "percent"):
		return true
	case t.kind == tWord && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !notPlural[t.low]:
		return true
	}
	return false
}

// notPlural are "-s" words that are not plural nouns.
var notPlural = set("this", "always", "perhaps", "across", "less", "unless", "plus", "thus", "process", "business",
	"news", "pass", "loss", "class", "access", "progress", "has", "was", "is", "its", "his", "hers", "yours",
	"ours", "theirs", "sometimes", "afterwards", "towards", "besides", "whereas", "various", "serious",
	"previous", "famous", "nervous", "status", "congress", "address", "success", "stress", "analysis",
	"crisis", "basis", "emphasis", "does", "goes", "says", "makes", "takes", "gives", "comes", "seems",
	"remains", "continues", "expects", "plans", "wants", "needs", "gets", "pays", "costs", "earns", "sells",
	"spends", "loses", "adds", "rises", "falls", "grows", "holds", "runs", "works", "lasts", "occurs")

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}
