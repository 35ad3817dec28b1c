package http

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// chartView is a coverage-over-time bar chart drawn as inline SVG: one bar
// per day (or per span of days when the story runs long) from the first
// article to the last.
type chartView struct {
	Width, Height int
	Bars          []chartBar
	// Label describes the chart in words for screen readers.
	Label string
	// Range is the dates the chart spans, shown under it.
	Range string
}

type chartBar struct {
	X, Y, W, H float64
	Title      string
}

// maxBars caps the bars, so a story that runs for months still reads.
const maxBars = 30

// chart draws days (YYYY-MM-DD → articles) into a w×h chart with bars at
// most slotMax wide; no days, no bars.
func chart(days map[string]int, w, h int, slotMax float64) chartView {
	c := chartView{Width: w, Height: h}
	var keys []string
	for d := range days {
		keys = append(keys, d)
	}
	slices.Sort(keys)
	if len(keys) == 0 {
		c.Label = "no dated articles"
		return c
	}
	first, err1 := time.Parse("2006-01-02", keys[0])
	last, err2 := time.Parse("2006-01-02", keys[len(keys)-1])
	if err1 != nil || err2 != nil {
		c.Label = "no dated articles"
		return c
	}
	span := int(last.Sub(first).Hours()/24) + 1
	per := (span + maxBars - 1) / maxBars // days a bar covers
	n := (span + per - 1) / per
	counts := make([]int, n)
	for d, k := range days {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			continue
		}
		counts[int(t.Sub(first).Hours()/24)/per] += k
	}
	top := slices.Max(counts)
	// Bars stay thin when there are few, so a two-day story does not look
	// like a block; the chart keeps its width for alignment down the list.
	slot := min(float64(w)/float64(n), slotMax)
	gap := min(2, slot/4)
	var words []string
	for i, k := range counts {
		start := first.AddDate(0, 0, i*per)
		when := start.Format("2 Jan")
		if per > 1 {
			when = fmt.Sprintf("%s–%s", when, start.AddDate(0, 0, per-1).Format("2 Jan"))
		}
		title := fmt.Sprintf("%s: %s", when, plural(k, "article"))
		if k == 0 {
			continue
		}
		bh := float64(h-2) * float64(k) / float64(top)
		c.Bars = append(c.Bars, chartBar{X: float64(i)*slot + gap/2, Y: float64(h) - bh, W: slot - gap, H: bh, Title: title})
		words = append(words, title)
	}
	c.Range = first.Format("2 Jan 2006")
	if span > 1 {
		c.Range = fmt.Sprintf("%s – %s", first.Format("2 Jan"), last.Format("2 Jan 2006"))
	}
	c.Label = fmt.Sprintf("Coverage from %s to %s: %s", first.Format("2 Jan 2006"), last.Format("2 Jan 2006"),
		strings.Join(words, "; "))
	return c
}
