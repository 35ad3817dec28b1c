package timex

import (
	"fmt"
	"strconv"
	"time"
)

// gran is the granularity of a calendar point: how much of the date the
// TIMEX3 value spells out.
type gran uint8

const (
	gDay gran = iota
	gWeek
	gWeekend
	gMonth
	gQuarter
	gHalf
	gSeason
	gYear
	gDecade
	gCentury
)

// point is a calendar interval named by its granularity: the day, week,
// month, quarter, half, season, year, decade or century holding t.
type point struct {
	t time.Time
	g gran
	// sub is the quarter or half number (gQuarter, gHalf) or the season code
	// (gSeason), which t alone does not carry.
	sub    int
	season string
	// pod is a part-of-day code ("MO", "NI") refining a day.
	pod string
	// hh, mm are a clock time refining a day when hasClock.
	hh, mm   int
	hasClock bool
	// noYear marks a point whose year is unknown (no anchor): it is
	// written "XXXX".
	noYear bool
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayPoint(t time.Time) point { return point{t: t, g: gDay} }

func monthPoint(y, m int) point { return point{t: date(y, m, 1), g: gMonth} }

func yearPoint(y int) point { return point{t: date(y, 1, 1), g: gYear} }

func quarterPoint(y, q int) point { return point{t: date(y, 3*q-2, 1), g: gQuarter, sub: q} }

func seasonPoint(y int, code string) point {
	m := seasonStart[code]
	return point{t: date(y, m, 1), g: gSeason, season: code}
}

// seasonStart is the month a season's value points at.
var seasonStart = map[string]int{"SP": 4, "SU": 7, "FA": 10, "WI": 1}

// value writes the point as a TIMEX3 value.
func (p point) value() string {
	y := p.t.Year()
	ys := fmt.Sprintf("%04d", y)
	// a point shifted from one whose year is unknown (held as year 0) still
	// has no known year: "a day earlier" after "Oct. 9" is not in year 0
	if p.noYear || y <= 0 {
		ys = "XXXX"
	}
	switch p.g {
	case gDay:
		s := fmt.Sprintf("%s-%02d-%02d", ys, int(p.t.Month()), p.t.Day())
		switch {
		case p.hasClock:
			s += fmt.Sprintf("T%02d:%02d", p.hh, p.mm)
		case p.pod != "":
			s += "T" + p.pod
		}
		return s
	case gWeek, gWeekend:
		wy, w := p.t.ISOWeek()
		ws := fmt.Sprintf("%04d", wy)
		if p.noYear || wy <= 0 {
			ws = "XXXX"
		}
		s := fmt.Sprintf("%s-W%02d", ws, w)
		if p.g == gWeekend {
			s += "-WE"
		}
		return s
	case gMonth:
		return fmt.Sprintf("%s-%02d", ys, int(p.t.Month()))
	case gQuarter:
		return fmt.Sprintf("%s-Q%d", ys, p.sub)
	case gHalf:
		return fmt.Sprintf("%s-H%d", ys, p.sub)
	case gSeason:
		return ys + "-" + p.season
	case gYear:
		return ys
	case gDecade:
		return strconv.Itoa(y / 10)
	case gCentury:
		return strconv.Itoa(y / 100)
	}
	return ""
}

// shift moves the point n of its own granularity's units.
func (p point) shift(n int) point {
	q := p
	q.hasClock, q.pod = false, p.pod
	switch p.g {
	case gDay:
		q.t = p.t.AddDate(0, 0, n)
	case gWeek, gWeekend:
		q.t = p.t.AddDate(0, 0, 7*n)
	case gMonth:
		q.t = firstOfMonth(p.t).AddDate(0, n, 0)
	case gQuarter:
		k := (p.t.Year()*4 + p.sub - 1) + n
		q = quarterPoint(floorDiv(k, 4), k-4*floorDiv(k, 4)+1)
	case gHalf:
		k := (p.t.Year()*2 + p.sub - 1) + n
		q.t = date(floorDiv(k, 2), 1, 1)
		q.sub = k - 2*floorDiv(k, 2) + 1
	case gSeason, gYear:
		q.t = p.t.AddDate(n, 0, 0)
	case gDecade:
		q.t = p.t.AddDate(10*n, 0, 0)
	case gCentury:
		q.t = p.t.AddDate(100*n, 0, 0)
	}
	return q
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func firstOfMonth(t time.Time) time.Time { return date(t.Year(), int(t.Month()), 1) }

// at converts an anchor to the point of granularity g holding it.
func at(t time.Time, g gran) point {
	switch g {
	case gMonth:
		return monthPoint(t.Year(), int(t.Month()))
	case gQuarter:
		return quarterPoint(t.Year(), (int(t.Month())+2)/3)
	case gHalf:
		return point{t: date(t.Year(), 1, 1), g: gHalf, sub: (int(t.Month()) + 5) / 6}
	case gYear:
		return yearPoint(t.Year())
	case gDecade:
		return point{t: date(t.Year()/10*10, 1, 1), g: gDecade}
	case gCentury:
		return point{t: date(t.Year()/100*100, 1, 1), g: gCentury}
	case gWeek, gWeekend:
		return point{t: t, g: g}
	case gSeason:
		return seasonOf(t)
	}
	return dayPoint(t)
}

// seasonOf is the (northern, meteorological) season holding t, written
// with t's calendar year.
func seasonOf(t time.Time) point {
	switch m := int(t.Month()); {
	case m >= 3 && m <= 5:
		return seasonPoint(t.Year(), "SP")
	case m >= 6 && m <= 8:
		return seasonPoint(t.Year(), "SU")
	case m >= 9 && m <= 11:
		return seasonPoint(t.Year(), "FA")
	}
	return seasonPoint(t.Year(), "WI")
}

// unitGran is the granularity a relative expression in unit u resolves to
// ("two days ago" is a day, "a decade ago" a year as annotators write it).
func unitGran(u unit) (gran, bool) {
	switch u {
	case uDay:
		return gDay, true
	case uWeek:
		return gWeek, true
	case uWeekend:
		return gWeekend, true
	case uMonth:
		return gMonth, true
	case uQuarter:
		return gQuarter, true
	case uYear:
		return gYear, true
	case uDecade:
		return gDecade, true
	case uCentury:
		return gCentury, true
	}
	return gDay, false
}

// durationValue writes n units as a TIMEX3 duration ("P3Y", "PT48H",
// "PXD"); n < 0 means an unknown count. Decades and centuries are written in
// years when the count is known, as TimeBank does ("two decades" = P20Y).
func durationValue(n float64, u unit) string {
	if n < 0 {
		if u.timeUnit() {
			return "PTX" + u.durCode()
		}
		switch u {
		case uDecade:
			return "PXDE"
		case uCentury:
			return "PXCE"
		case uWeekend:
			return "PXWE"
		}
		return "PX" + u.durCode()
	}
	whole := int(n)
	frac := n - float64(whole)
	switch u {
	case uDecade:
		return fmt.Sprintf("P%sY", trimFloat(n*10))
	case uCentury:
		return fmt.Sprintf("P%sY", trimFloat(n*100))
	case uWeekend:
		return fmt.Sprintf("P%dD", int(2*n))
	}
	if frac > 0 {
		// Half units are written in the next smaller unit: "2 1/2 years" = P2Y6M.
		switch u {
		case uYear:
			return fmt.Sprintf("P%dY%dM", whole, int(frac*12+0.5))
		case uMonth:
			return fmt.Sprintf("P%dM%dD", whole, int(frac*30+0.5))
		case uDay:
			return fmt.Sprintf("P%dDT%dH", whole, int(frac*24+0.5))
		case uHour:
			return fmt.Sprintf("PT%dH%dM", whole, int(frac*60+0.5))
		case uMinute:
			return fmt.Sprintf("PT%dM%dS", whole, int(frac*60+0.5))
		}
	}
	if u.timeUnit() {
		return fmt.Sprintf("PT%s%s", trimFloat(n), u.durCode())
	}
	return fmt.Sprintf("P%s%s", trimFloat(n), u.durCode())
}

func trimFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
