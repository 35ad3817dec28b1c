// Package timeline builds a story's timeline: the happenings its articles
// date, each a sentence that carries a resolved date, merged across the
// outlets that report it, ordered by the date of the happening (never by
// when the articles were published).
package timeline

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/clause"
)

// Article is one article of the story with what the timeline reads of it.
type Article struct {
	Article  *chorus.Article
	Analysis *chorus.Analysis
	// Origin is the article's syndication origin: copies of one wire story
	// count once when ranking entries.
	Origin chorus.ArticleID
}

// Options bound the timeline.
type Options struct {
	// MaxEntries caps the entries kept (the best supported ones).
	MaxEntries int
}

// DefaultOptions keep a timeline short enough to read at a glance.
var DefaultOptions = Options{MaxEntries: 12}

// rxCalendar matches the TIMEX3 values that name a calendar period with a
// known year: a day, week, month, quarter, season or year.
var rxCalendar = regexp.MustCompile(`^(\d{4})(-(\d{2})(-(\d{2}))?|-W\d{2}|-Q\d|-(SP|SU|FA|WI))?(T.*)?$`)

// entry is a candidate before merging.
type entry struct {
	date     string
	gran     string
	text     string
	seq      []string // the sentence's words in order, for the copy test
	words    map[string]bool
	variants []chorus.Variant
	actors   []string
	cites    []chorus.Citation
	origins  map[chorus.ArticleID]bool
	order    int // first appearance, for stable ties
	// yearFromStory is set when the article carries no date and the year
	// was taken from the story's dated articles.
	yearFromStory bool
}

// Build returns the story's timeline.
func Build(arts []Article, opts Options) []chorus.TimelineEntry {
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = DefaultOptions.MaxEntries
	}
	anchor := storyAnchor(arts)
	var cands []*entry
	for _, a := range arts {
		if a.Analysis == nil {
			continue
		}
		cands = append(cands, candidates(a, anchor, len(cands))...)
	}
	merged := merge(cands)
	sort.SliceStable(merged, func(i, j int) bool {
		if len(merged[i].origins) != len(merged[j].origins) {
			return len(merged[i].origins) > len(merged[j].origins)
		}
		return merged[i].order < merged[j].order
	})
	merged = spread(merged, opts.MaxEntries)
	sort.SliceStable(merged, func(i, j int) bool {
		a, b := periodStart(merged[i].date), periodStart(merged[j].date)
		if !a.Equal(b) {
			return a.Before(b)
		}
		if merged[i].date != merged[j].date { // a day before the month that holds it
			return len(merged[i].date) > len(merged[j].date)
		}
		return merged[i].order < merged[j].order
	})
	out := make([]chorus.TimelineEntry, 0, len(merged))
	for _, e := range merged {
		out = append(out, chorus.TimelineEntry{Date: e.date, Granularity: e.gran, Text: e.text, Actors: e.actors,
			Citations: e.cites, Variants: e.variants, YearFromStory: e.yearFromStory})
	}
	return out
}

// spread keeps at most max of the ranked entries: first the best of each
// date, in rank order, then the rest in rank order. Ranked by support
// alone, a timeline fills with the day most reports tell, in several
// wordings and at several hours, and leaves out the days after it, where
// a story's later reports, one outlet each, tell how it went on. (Giving
// the dates only two thirds of the places brings those repeats back: on
// the studied half of DUC 2003, entries sharing a date with another fall
// from 102 to 33 with the dates first, to 79 with two thirds.) The
// digest, not the timeline, tells the busiest day's other happenings.
func spread(ranked []*entry, max int) []*entry {
	if len(ranked) <= max {
		return ranked
	}
	out := make([]*entry, 0, max)
	taken := make([]bool, len(ranked))
	dates := map[string]bool{}
	for i, e := range ranked {
		if len(out) < max && !dates[e.date] {
			dates[e.date] = true
			taken[i] = true
			out = append(out, e)
		}
	}
	for i, e := range ranked {
		if len(out) < max && !taken[i] {
			out = append(out, e)
		}
	}
	return out
}

// storyAnchor is the middle of the span over which the story's dated
// articles were published, or the zero time when none is dated.
func storyAnchor(arts []Article) time.Time {
	var first, last time.Time
	for _, a := range arts {
		p := a.Article.Published
		if p.IsZero() {
			continue
		}
		if first.IsZero() || p.Before(first) {
			first = p
		}
		if last.IsZero() || p.After(last) {
			last = p
		}
	}
	if first.IsZero() {
		return first
	}
	return first.Add(last.Sub(first) / 2)
}

// rxYearless matches a month or a day of a month whose year the article
// could not say ("XXXX-08", "XXXX-08-01").
var rxYearless = regexp.MustCompile(`^XXXX-(\d{2})(-(\d{2}))?$`)

// yearFromStory completes a yearless month or day of an undated article with
// the year that puts it nearest the story's anchor: an article the story's
// other outlets date to July 2016 that hopes for "early August" means August
// 2016. A weekday ("on Tuesday") is left alone: without the article's own
// date, which Tuesday is a guess, while a month within half a year of the
// story's dates is not.
func yearFromStory(v string, anchor time.Time) string {
	m := rxYearless.FindStringSubmatch(v)
	if m == nil || anchor.IsZero() {
		return ""
	}
	month, _ := strconv.Atoi(m[1])
	day := 15
	if m[3] != "" {
		day, _ = strconv.Atoi(m[3])
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return ""
	}
	best, bestGap := 0, time.Duration(0)
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		at := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if at.Day() != day {
			continue // 29 February in a year without one
		}
		gap := at.Sub(anchor)
		if gap < 0 {
			gap = -gap
		}
		if best == 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	if best == 0 {
		return ""
	}
	return strconv.Itoa(best) + v[4:]
}

// candidates lists the dated sentences of one article: each sentence that
// holds a time expression resolved to a calendar date gives one entry, dated
// by its first such expression that dates what the sentence reports, or
// else by the first in a clause that sets its scene (see strength); a
// sentence whose dates are all background to what it reports gives none.
// An undated article's yearless months and days take their year from the
// story's anchor.
func candidates(a Article, anchor time.Time, order int) []*entry {
	undated := a.Article.Published.IsZero()
	var quoted []chorus.Span // what the article's sources said in their own words
	for _, q := range a.Analysis.Quotes {
		if q.Direct {
			quoted = append(quoted, q.Content)
		}
	}
	published := ""
	if !undated {
		published = a.Article.Published.Format("2006-01-02")
	}
	text := a.Article.Text
	var out []*entry
	ti := 0
	times := a.Analysis.Times
	// the first day named by the last sentence that names one, where a
	// bare clock time in a later sentence ("At 10 a.m. the mast fell") is;
	// a sentence names the day it reports before older ones ("struck on
	// Tuesday over a death last Tuesday")
	lastDay, sentenceDay := "", ""
	for _, s := range a.Analysis.Sentences {
		// a photo caption's date is when its picture was taken, and what
		// it shows is seldom a happening of its own
		if a.Article.TitleSpan.Len() > 0 && a.Article.TitleSpan.Contains(s.Span) || s.Caption {
			continue
		}
		for ti < len(times) && times[ti].End <= s.Start {
			ti++
		}
		if sentenceDay != "" {
			lastDay = sentenceDay
		}
		sentenceDay = firstDay(times, ti, s.Span)
		// the first date the sentence reports, else the first one a
		// clause that sets its scene carries (see strength)
		var main, background *dating
		var clauses *reading
		// set when the sentence dates what it reports by an expression
		// with no calendar value ("on Tuesday" in an undated article):
		// then a scene-setting clause's date would misdate it ("Released
		// in 2019, Varga spoke on Tuesday" happened on no day of 2019)
		unresolved := false
		// set when the sentence's first date sits in a condition ("if an
		// election were held today, …"): what it reports may never happen
		hypothetical := false
		for k := ti; k < len(times) && times[k].Start < s.End && main == nil; k++ {
			t := times[k]
			if !s.Contains(t.Span) || (t.Type != chorus.TimeDate && t.Type != chorus.TimeTime) {
				continue
			}
			if stretchToNow(text, t) || festival(text, t) || adjectivalOvernight(text, t) || todayInName(text, s.Span, t) {
				continue
			}
			if inCondition(text, s.Span, t.Span) {
				hypothetical = true
				break
			}
			if bareClock(t) {
				// a clock time is on the day the narrative is at: another
				// day the sentence names ("from 1 a.m. until dawn on 17
				// and 18 May"), else the day of the last sentence dated
				// by one; the resolver puts it on the publication day,
				// which is right only when the narrative is there
				if sentenceDay != "" {
					continue
				}
				if lastDay != "" && lastDay != calendarDate(t.Value) {
					unresolved = true
					continue
				}
			}
			if published != "" && calendarDate(t.Value) == published && insideAny(t.Span, quoted) {
				// "today we search," the minister said: a quotation's
				// today is when it was said, which dates no happening
				continue
			}
			v, inferred := t.Value, false
			if undated {
				if full := yearFromStory(v, anchor); full != "" {
					v, inferred = full, true
				}
			}
			g := granularity(v)
			if clauses == nil && (g != "" || !strings.HasSuffix(v, "_REF")) {
				clauses = newReading(text, a.Analysis, s)
			}
			if g == "" {
				// (a time of day without one is often an idiom: "almost
				// overnight")
				if t.Type == chorus.TimeDate && !strings.HasSuffix(v, "_REF") && clauses.background(t.Span) == reported {
					unresolved = true
				}
				continue
			}
			d := &dating{date: calendarDate(v), gran: g, inferred: inferred}
			str := clauses.background(t.Span)
			if str == hard && recent(d, a.Article.Published) { // (never fixed)
				str = soft
			}
			if str != reported {
				if background == nil && str == soft {
					background = d
				}
				continue
			}
			main = d
		}
		if main == nil && !unresolved {
			main = background
		}
		if main == nil || hypothetical || clauses.forecastsWeather() {
			continue
		}
		date, gran, inferred := main.date, main.gran, main.inferred
		sent := s.In(text)
		if !readable(sent) {
			continue
		}
		out = append(out, &entry{
			date: date, gran: gran, text: sent, words: wordSet(sent), seq: wordSeq(sent),
			actors:        actors(text, s.Span, a.Analysis.Mentions),
			cites:         []chorus.Citation{chorus.Cite(a.Article.ID, s.Span)},
			origins:       map[chorus.ArticleID]bool{a.Origin: true},
			order:         order + len(out),
			yearFromStory: inferred,
		})
	}
	return out
}

// rxClock matches a time expression that is only a clock time ("10 a.m.",
// "about 1 a.m.", "noon", "9:45 a.m. (0745 GMT)"), with no day of its own.
var rxClock = regexp.MustCompile(`(?i)^(about |around |at |nearly |almost |shortly (before|after) |just (before|after) )?` +
	`(\d{1,2}(:\d\d)?( ?[ap]\.? ?m\.?| o'clock)?|noon|midday|midnight)( \(?\d{4} (gmt|utc)\)?)?$`)

// bareClock reports whether t is a clock time that names no day.
func bareClock(t chorus.TimeRef) bool {
	return t.Type == chorus.TimeTime && rxClock.MatchString(strings.TrimSpace(t.Text))
}

// namedDay is the day a time expression names, or "" when it names no day
// or only a clock time.
func namedDay(t chorus.TimeRef) string {
	if (t.Type != chorus.TimeDate && t.Type != chorus.TimeTime) || bareClock(t) || granularity(t.Value) != "day" {
		return ""
	}
	return calendarDate(t.Value)
}

// firstDay is the first day the sentence at span names by an expression
// other than a bare clock time (times from index from on), or "".
func firstDay(times []chorus.TimeRef, from int, span chorus.Span) string {
	for k := from; k < len(times) && times[k].Start < span.End; k++ {
		if d := namedDay(times[k]); span.Contains(times[k].Span) && d != "" {
			return d
		}
	}
	return ""
}

// rxLastPeriod matches "the last year", "the past month" and the like.
var rxLastPeriod = regexp.MustCompile(`(?i)^the (last|past) (year|month|week)$`)

// stretchToNow reports whether t is "the last year" or "the past month"
// after "for" or "over": the stretch of time up to the article's day
// ("For the last year, the firm has argued …"), which the resolver gives
// the calendar period before the article's, and over which a state held
// rather than a thing happened.
func stretchToNow(text string, t chorus.TimeRef) bool {
	if !rxLastPeriod.MatchString(t.Text) {
		return false
	}
	w := wordBefore(text, t.Start)
	return w == "for" || w == "over"
}

// adjectivalOvernight reports whether t is "overnight" after a determiner
// or a possessive ("the overnight doubling of rates last month", "its
// overnight rate"): an adjective of manner or of a kind of loan, which the
// resolver reads as the night before the article's day.
func adjectivalOvernight(text string, t chorus.TimeRef) bool {
	if !strings.EqualFold(strings.TrimSpace(t.Text), "overnight") {
		return false
	}
	w := wordBefore(text, t.Start)
	return clause.Determiner(w) || w == "s" // "Riel's overnight …": the s after the apostrophe
}

// todayInName reports whether t is a capitalised "Today" inside the
// sentence at sent, not at its start: the end of a name ("a reporter for
// Riel Today", "the Today programme"), which the resolver reads as the
// article's day.
func todayInName(text string, sent chorus.Span, t chorus.TimeRef) bool {
	return strings.TrimSpace(t.Text) == "Today" && strings.TrimLeft(text[sent.Start:t.Start], " \"'“‘`") != ""
}

// inCondition reports whether the time at date sits in an "if" or
// "unless" clause of the sentence at sent ("Polls say that if a vote were
// held today, …"): it dates a condition, not something that happened. Only
// the words after the last mark that ends a clause count, up to 12 of
// them.
func inCondition(text string, sent, date chorus.Span) bool {
	clause := text[sent.Start:date.Start]
	if i := strings.LastIndexAny(clause, ",;(_—–"); i >= 0 {
		clause = clause[i+1:]
	}
	ws := strings.Fields(strings.ToLower(clause))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-12; i-- {
		switch strings.TrimFunc(ws[i], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		case "if", "unless":
			return true
		}
	}
	return false
}

// festivals name holidays the resolver dates.
var festivals = regexp.MustCompile(`(?i)^((christmas|easter|halloween|thanksgiving)( day)?|christmas eve|new year's (day|eve)|` +
	`valentine's day|(election|independence|labor|memorial|veterans) day)$`)

// festival reports whether t is a holiday named with no preposition before
// it ("revelers celebrating Halloween", "Christmas shopping"): the feast
// itself, not the day something happened, which "on Halloween" or "before
// Christmas" would date.
func festival(text string, t chorus.TimeRef) bool {
	if !festivals.MatchString(t.Text) {
		return false
	}
	switch wordBefore(text, t.Start) {
	case "on", "at", "by", "before", "after", "until", "till", "to", "over", "since", "during", "through", "for", "from", "around", "of":
		return false
	}
	return true
}

// wordBefore returns the word, in lower case, that ends right before
// offset at in text (across spaces), or "".
func wordBefore(text string, at int) string {
	i := at
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && unicode.IsLetter(rune(text[j-1])) {
		j--
	}
	return strings.ToLower(text[j:i])
}

// recent reports whether a dating falls within a few weeks of the
// article's publication and is finer than a year. The audit that made
// describing clauses and noun modifiers hard background found them dating
// old things (a conviction in 1996, "the 1988 bombing") in articles about
// something else; a day or a month next to the article's own date is part
// of the same news ("The minister, who flew in on Wednesday morning,
// said …"; "… on display, which the library hopes will happen next
// month"), so it may still date the sentence when nothing else does.
func recent(d *dating, published time.Time) bool {
	if published.IsZero() || d.gran == "year" {
		return false
	}
	gap := periodStart(d.date).Sub(published)
	return gap > -45*24*time.Hour && gap < 45*24*time.Hour
}

// dating is a date a sentence carries.
type dating struct {
	date, gran string
	inferred   bool // year taken from the story's dates
}

// insideAny reports whether sp lies inside one of spans.
func insideAny(sp chorus.Span, spans []chorus.Span) bool {
	for _, q := range spans {
		if q.Contains(sp) {
			return true
		}
	}
	return false
}

// granularity names the period a TIMEX3 value covers, or "" when it is not
// a calendar period with a known year.
func granularity(v string) string {
	m := rxCalendar.FindStringSubmatch(v)
	if m == nil {
		return ""
	}
	switch {
	case m[5] != "":
		return "day"
	case strings.Contains(v, "-W"):
		return "week"
	case strings.Contains(v, "-Q"):
		return "quarter"
	case m[6] != "":
		return "season"
	case m[3] != "":
		return "month"
	}
	return "year"
}

// periodStart is the first day of the period a calendar value names, so
// weeks, months and seasons sort among days.
func periodStart(v string) time.Time {
	year, err := strconv.Atoi(v[:4])
	if err != nil {
		return time.Time{}
	}
	rest := v[4:]
	switch {
	case rest == "":
		return time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	case strings.HasPrefix(rest, "-W"):
		w, _ := strconv.Atoi(rest[2:])
		// ISO week 1 holds 4 January; weeks start on Monday
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, 7*(w-1))
	case strings.HasPrefix(rest, "-Q"):
		q, _ := strconv.Atoi(rest[2:])
		return time.Date(year, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, time.UTC)
	}
	if m, ok := map[string]time.Month{"-SP": 3, "-SU": 6, "-FA": 9, "-WI": 12}[rest]; ok {
		return time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	}
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t
	}
	return time.Time{}
}

// calendarDate drops a time of day from a value: the timeline is by day.
func calendarDate(v string) string {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		return v[:i]
	}
	return v
}

// readable keeps sentences that stand on their own.
func readable(s string) bool {
	n := len(strings.Fields(s))
	if n < 6 || n > 70 || strings.HasSuffix(strings.TrimSpace(s), "?") {
		return false
	}
	r := []rune(strings.TrimLeft(s, `"“‘'`))
	return len(r) > 0 && !unicode.IsLower(r[0])
}

// merge joins entries of one date that tell the same thing (most of their
// words shared), keeping the first wording: a copy in the same words (some
// added or removed) adds a citation, another wording a variant.
func merge(cands []*entry) []*entry {
	var out []*entry
	for _, c := range cands {
		joined := false
		for _, e := range out {
			if e.date == c.date && overlap(e.words, c.words) >= 0.5 {
				if subsequence(e.seq, c.seq) || subsequence(c.seq, e.seq) {
					e.cites = append(e.cites, c.cites...)
				} else {
					e.variants = append(e.variants, chorus.Variant{Text: c.text, Citations: c.cites})
				}
				for o := range c.origins {
					e.origins[o] = true
				}
				e.actors = union(e.actors, c.actors)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, c)
		}
	}
	return out
}

func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

func wordSeq(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// subsequence reports whether small's words appear in big in order.
func subsequence(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) > 3 {
			out[w] = true
		}
	}
	return out
}

// actors are the people and organisations named in the sentence.
func actors(text string, span chorus.Span, mentions []chorus.Mention) []string {
	var out []string
	for _, m := range mentions {
		if span.Contains(m.Span) && (m.Type == chorus.EntityPerson || m.Type == chorus.EntityOrganization) {
			out = union(out, []string{m.Span.In(text)})
		}
	}
	return out
}

func union(a, b []string) []string {
	for _, x := range b {
		found := false
		for _, y := range a {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			a = append(a, x)
		}
	}
	return a
}
