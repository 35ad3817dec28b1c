package story

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Reading order. A digest tells the story's events in turn; within an
// event, the days in turn (an article's day is its publication date, or
// for an undated article the latest full date its text names; undated
// articles come after dated ones); within a day, what the articles put
// first before what they put later (so the digest opens with a lead, not a
// detail), and among sentences at the same place in their articles, the
// articles as they appeared. A sentence that continues another ("But …")
// goes right after it; and the sentence that runs over the word budget
// goes last, so a cut at the budget falls on it.

// articleDays returns, per article, the day it reports (zero when
// unknown). A date written without its year ("July 14") takes the year of
// the story's other dates.
func articleDays(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis) []time.Time {
	out := make([]time.Time, len(arts))
	yearless := make([]time.Time, len(arts))
	year := 0
	for i, a := range arts {
		if !a.Published.IsZero() {
			out[i] = a.Published
		} else {
			out[i], yearless[i] = namedDates(a.Text, analyses[a.ID])
		}
		if !out[i].IsZero() {
			year = max(year, out[i].Year())
		}
	}
	for i := range out {
		if out[i].IsZero() && !yearless[i].IsZero() && year > 0 {
			out[i] = yearless[i].AddDate(year-yearlessBase, 0, 0)
		}
	}
	return out
}

// namedDates returns the latest full date (day, month and year) an
// article's text names, from its time expressions when the analysis has
// them, else from dates written out ("July 14, 2016", "14 July 2016"); and
// failing that the latest day and month named without a year ("July 14"),
// in yearlessBase.
func namedDates(text string, an *chorus.Analysis) (full, yearless time.Time) {
	if an != nil && len(an.Times) > 0 {
		for _, t := range an.Times {
			if d, err := time.Parse("2006-01-02", t.Value); err == nil && d.After(full) {
				full = d
			}
		}
		return full, time.Time{}
	}
	ws := splitWords(text, chorus.Span{End: len(text)})
	word := func(i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return text[ws[i].Start:ws[i].End]
	}
	for i := range ws {
		month := monthIndex(word(i))
		if month == 0 {
			continue
		}
		// "July 14, 2016" or "14 July 2016", the year optional
		day, year := number(word(i+1)), number(word(i+2))
		if day < 1 || day > 31 {
			day, year = number(word(i-1)), number(word(i+1))
		}
		if day < 1 || day > 31 {
			continue
		}
		if year >= 1900 && year < 2100 {
			if t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC); t.After(full) {
				full = t
			}
		} else if t := time.Date(yearlessBase, time.Month(month), day, 0, 0, 0, 0, time.UTC); t.After(yearless) {
			yearless = t
		}
	}
	if !full.IsZero() {
		yearless = time.Time{}
	}
	return full, yearless
}

// yearlessBase holds dates named without a year until the story's year is
// known; a leap year, so that 29 February is a date.
const yearlessBase = 2000

// monthIndex returns 1–12 for a capitalised month name or its usual
// abbreviation ("July", "Aug", "Sept"), else 0.
func monthIndex(w string) int {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	return months[strings.ToLower(w)]
}

var months = func() map[string]int {
	m := map[string]int{}
	for i, name := range strings.Fields("january february march april may june july august september october november december") {
		m[name] = i + 1
		if len(name) > 3 {
			m[name[:3]] = i + 1
		}
	}
	m["sept"] = 9
	return m
}()

// number reads a word of one to four digits, or returns 0.
func number(w string) int {
	if len(w) == 0 || len(w) > 4 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil {
		return 0
	}
	return n
}

// articleRanks orders the articles for reading: by event, then dated
// before undated, by day, then as they came. It returns each article's
// rank, and the rank of its day: articles of one event and one calendar
// day (or all undated ones of an event) share a day.
func articleRanks(event []int, days []time.Time) (rank, dayRank []int) {
	idx := make([]int, len(days))
	for i := range idx {
		idx[i] = i
	}
	date := func(i int) string { return days[i].Format("2006-01-02") }
	sort.SliceStable(idx, func(x, y int) bool {
		i, j := idx[x], idx[y]
		if event[i] != event[j] {
			return event[i] < event[j]
		}
		if days[i].IsZero() != days[j].IsZero() {
			return !days[i].IsZero()
		}
		if !days[i].Equal(days[j]) {
			return days[i].Before(days[j])
		}
		return i < j
	})
	rank = make([]int, len(days))
	dayRank = make([]int, len(days))
	for r, i := range idx {
		rank[i] = r
		if r > 0 {
			prev := idx[r-1]
			dayRank[i] = dayRank[prev]
			if event[prev] != event[i] || days[prev].IsZero() != days[i].IsZero() || date(prev) != date(i) {
				dayRank[i]++
			}
		}
	}
	return rank, dayRank
}

// order puts the chosen sentences, given most important first, in reading
// order. When they hold more words than the budget, the last given is the
// one the budget cuts and goes last; the unfinished sentences go after it,
// in reading order, each right after the sentence it continues, if any.
func order(chosen []Candidate, budget int) []Candidate {
	// an unfinished sentence (see judgeUnfinished) is printed last, where
	// the digest stops
	var unfinished []Candidate
	rest := make([]Candidate, 0, len(chosen))
	for _, c := range chosen {
		if c.unfinished {
			unfinished = append(unfinished, c)
		} else {
			rest = append(rest, c)
		}
	}
	total := 0
	for _, c := range rest {
		total += c.Words
	}
	var overflow *Candidate
	if n := len(rest); n > 1 && total > budget && total-rest[n-1].Words < budget {
		last := rest[n-1]
		needed := false
		for _, c := range append(rest[:n-1:n-1], unfinished...) {
			needed = needed || c.After == last.Group
		}
		if !needed {
			overflow = &last
			rest = rest[:n-1]
		}
	}
	sort.SliceStable(rest, func(i, j int) bool { return rest[i].Order < rest[j].Order })
	rest = placeContinuations(rest)
	sort.SliceStable(unfinished, func(i, j int) bool { return unfinished[i].Order < unfinished[j].Order })
	var tail []Candidate
	for _, u := range unfinished {
		if u.After >= 0 {
			var run []Candidate
			rest, run = splitRun(rest, u.After)
			tail = append(tail, run...)
		}
		tail = append(tail, u)
	}
	if overflow != nil {
		rest = append(rest, *overflow)
	}
	return append(rest, tail...)
}

// splitRun takes the sentence of group g out of list, with the run
// placeContinuations keeps together around it: the sentences it
// continues, and those that continue them. It returns the rest of list
// and the run, both in order.
func splitRun(list []Candidate, g int) (others, run []Candidate) {
	at := make(map[int]int, len(list))
	for i, c := range list {
		at[c.Group] = i
	}
	// root returns the first sentence of c's run (the bound guards against
	// copies whose sentences continue each other in turn)
	root := func(c Candidate) int {
		for range list {
			j, ok := at[c.After]
			if c.After < 0 || !ok {
				break
			}
			c = list[j]
		}
		return c.Group
	}
	i, ok := at[g]
	if !ok {
		return list, nil
	}
	r := root(list[i])
	for _, c := range list {
		if root(c) == r {
			run = append(run, c)
		} else {
			others = append(others, c)
		}
	}
	return others, run
}

// placeContinuations moves each sentence that continues another right
// after it.
func placeContinuations(list []Candidate) []Candidate {
	out := make([]Candidate, 0, len(list))
	placed := map[int]bool{}
	var put func(c Candidate)
	put = func(c Candidate) {
		out = append(out, c)
		placed[c.Group] = true
		for _, d := range list {
			if d.After == c.Group && !placed[d.Group] {
				put(d)
			}
		}
	}
	inList := map[int]bool{}
	for _, c := range list {
		inList[c.Group] = true
	}
	for _, c := range list {
		if placed[c.Group] || (c.After >= 0 && inList[c.After]) {
			continue
		}
		put(c)
	}
	return out
}
