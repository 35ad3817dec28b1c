// Package timex finds time expressions in English news text and resolves
// them to TIMEX3 values (TimeML, as TempEval-3 annotates them) against the
// article's publication date.
//
// The tagger is a hand-written rule set over a light tokenization: at each
// token every rule tries to match, the longest match wins, and the words it
// covers are skipped. Relative expressions ("Thursday", "last week", "two
// days ago") are resolved against the anchor; weekdays, bare months and
// dates without a year look at the tense of the nearest verb to choose
// between the past and the coming occurrence. "That day" and "the following
// year" refer to the last date the text named.
package timex

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Find returns the time expressions of text, in text order and without
// overlaps, with TIMEX3 types and values resolved against anchor, the
// article's publication time. With a zero anchor, expressions that need one
// get values with unknown parts ("XXXX-07-14", "XXXX-WXX-4") or none.
func Find(text string, anchor time.Time) []chorus.TimeRef {
	p := newParser(text, anchor)
	var out []chorus.TimeRef
	for i := 0; i < len(p.toks); {
		m, ok := p.best(i)
		if !ok {
			i++
			continue
		}
		if p.namesATitle(m.start, m.end) {
			i = m.end
			continue
		}
		s, e := p.toks[m.start].start, p.toks[m.end-1].end
		out = append(out, chorus.TimeRef{Span: chorus.Span{Start: s, End: e}, Text: text[s:e], Type: m.typ, Value: m.value})
		if m.pt != nil && m.anchorable {
			p.ref, p.hasRef, p.refEnd = *m.pt, true, m.end-1
		}
		if m.pt != nil && m.namesQuarter {
			p.lastQuarter, p.hasQuarter, p.quarterTok = *m.pt, true, m.end
		}
		i = m.end
	}
	return out
}

// parser holds one text's tokens and the state of the left-to-right scan.
type parser struct {
	text string
	toks []token
	sent []int
	// anchor is the publication date at midnight UTC; known is false when
	// no anchor was given.
	anchor time.Time
	known  bool
	// ref is the last point the text dated, for anaphora ("that day").
	ref    point
	hasRef bool
	// refEnd is the last token of the expression that set ref.
	refEnd int
	// lastQuarter is the last fiscal quarter the text named, which "the
	// quarter" and "a year earlier" refer to; quarterTok is where it ended.
	lastQuarter point
	hasQuarter  bool
	quarterTok  int
	// cueTok is the token whose tense the last tenseAround took, or -1
	// when a preposition or nothing decided it; cueFor is the first token
	// of the expression it was asked about.
	cueTok, cueFor int
	// partOf is the first token of an expression whose rule reads a day
	// inside it ("Thursday" in "4 a.m. EDT Thursday"): the day takes the
	// tense of the whole expression's clause. It is -1 otherwise.
	partOf int
}

// match is one rule's reading of tokens [start, end).
type match struct {
	start, end int
	typ        chorus.TimeType
	value      string
	// pt is the resolved calendar point of a DATE or TIME, if any.
	pt *point
	// anchorable marks matches later anaphora may refer to.
	anchorable bool
	// namesQuarter marks a quarter the text names itself ("the third
	// quarter"), which later "the quarter" and "a year earlier" refer to.
	namesQuarter bool
}

// rule tries to read a time expression starting at token i.
type rule func(p *parser, i int) (match, bool)

// rules in priority order: on equal length the earlier rule wins.
var rules = []rule{
	(*parser).timeOfDay,
	(*parser).dateRule,
	(*parser).quarterRule,
	(*parser).seasonRule,
	(*parser).holidayRule,
	(*parser).relDayRule,
	(*parser).weekOfRule,
	(*parser).weekdayRule,
	(*parser).unitRelRule,
	(*parser).agoRule,
	(*parser).anaphorRule,
	(*parser).setRule,
	(*parser).durationRule,
	(*parser).refRule,
}

func newParser(text string, anchor time.Time) *parser {
	toks := tokenize(text)
	p := &parser{text: text, toks: toks, sent: sentences(toks), partOf: -1}
	if !anchor.IsZero() {
		y, m, d := anchor.Date()
		p.anchor = date(y, int(m), d)
		p.known = true
	}
	return p
}

// starters are the words a time expression can begin with; a token that
// is neither one of them nor a number is skipped without trying the rules.
var starters = func() map[string]bool {
	s := set("'", "the", "this", "last", "next", "coming", "past", "previous", "that", "early", "late", "earlier",
		"later", "mid", "so", "today", "tonight", "yesterday", "tomorrow", "overnight", "now", "right", "just",
		"currently", "nowadays", "presently", "current", "these", "recently", "lately", "more", "most", "as",
		"someday", "future", "fiscal", "year", "end", "post", "pre", "every", "each", "per", "noon", "midday",
		"midnight", "q", "new", "christmas", "valentine", "thanksgiving", "easter", "halloween", "election",
		"independence", "labor", "memorial", "veterans", "a", "an", "half", "couple", "less", "fewer", "no",
		"at", "up", "well", "nearly", "almost", "roughly", "approximately", "around", "over", "some", "under",
		"only", "hundred", "thousand", "dozen", "while", "in")
	for _, m := range []map[string]int{months, weekdays, weekdayPlurals, smallNumbers, tens, decadeWords, ordinals} {
		for w := range m {
			s[w] = true
		}
	}
	for w := range seasons {
		s[w] = true
	}
	for w := range partsOfDay {
		s[w] = true
	}
	for w := range units {
		s[w] = true
	}
	for w := range adverbUnits {
		s[w] = true
	}
	for _, m := range []map[string]bool{vagueCounts, durQualifiers, set("comparable", "latest", "final")} {
		for w := range m {
			s[w] = true
		}
	}
	return s
}()

// best returns the longest match starting at token i.
func (p *parser) best(i int) (match, bool) {
	if t := p.toks[i]; t.kind != tNum && !starters[t.low] {
		return match{}, false
	}
	var best match
	found := false
	for _, r := range rules {
		m, ok := r(p, i)
		if !ok || m.end <= m.start || m.start != i {
			continue
		}
		if !found || m.end > best.end {
			best, found = m, true
		}
	}
	return best, found
}

// low returns the lower-cased token i, or "" past either end.
func (p *parser) low(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].low
}

// kind returns the class of token i, or tNone past either end.
func (p *parser) kind(i int) tkind {
	if i < 0 || i >= len(p.toks) {
		return tNone
	}
	return p.toks[i].kind
}

// is reports whether token i is one of words.
func (p *parser) is(i int, words ...string) bool {
	w := p.low(i)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// hyphenated reports whether token j is followed by a glued hyphen and word
// ("year-earlier", "week-long"), which makes it part of a compound.
func (p *parser) hyphenated(j int) bool {
	return p.low(j+1) == "-" && p.glued(j+1) && p.glued(j+2) && j+2 < len(p.toks) && p.kind(j+2) == tWord
}

// quarterContext returns the quarter the text last named, if it was named
// recently enough to still be the topic.
func (p *parser) quarterContext(i int) (point, bool) {
	if p.hasQuarter && i-p.quarterTok < 250 {
		return p.lastQuarter, true
	}
	return point{}, false
}

// glued reports whether token i follows token i-1 with no space.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// capital reports whether token i starts with an upper-case letter.
func (p *parser) capital(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.toks[i].text)
	return unicode.IsUpper(r)
}

// num returns the value of token i when it is a digit run.
func (p *parser) num(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.kind(i) != tNum {
		return 0, false
	}
	return p.toks[i].num, true
}

// digits returns the length in digits of token i (0 when not a number).
func (p *parser) digits(i int) int {
	if i < 0 || i >= len(p.toks) || p.kind(i) != tNum {
		return 0
	}
	return len(p.toks[i].text)
}

// skipDot skips a period glued to the previous token ("Aug.").
func (p *parser) skipDot(i int) int {
	if p.low(i) == "." && p.glued(i) {
		return i + 1
	}
	return i
}

// sameSentence reports whether tokens i and j are in one sentence.
func (p *parser) sameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(p.toks) && j < len(p.toks) && p.sent[i] == p.sent[j]
}

// emit builds a match of a resolved point.
func (p *parser) emit(i, j int, typ chorus.TimeType, pt point, anchorable bool) (match, bool) {
	return match{start: i, end: j, typ: typ, value: pt.value(), pt: &pt, anchorable: anchorable}, true
}

// emitValue builds a match with a literal value.
func emitValue(i, j int, typ chorus.TimeType, value string) (match, bool) {
	return match{start: i, end: j, typ: typ, value: value}, true
}
