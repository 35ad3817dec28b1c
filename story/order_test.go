package story

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestOrderPutsOverflowLastAndContinuationsAfter(t *testing.T) {
	c := func(text string, order, words, group, after int) Candidate {
		return Candidate{Text: text, Order: order, Words: words, Group: group, After: after}
	}
	unf := func(x Candidate) Candidate {
		x.unfinished = true
		return x
	}
	cases := []struct {
		name   string
		chosen []Candidate // most important first
		budget int
		want   []string
	}{
		{"reading order", []Candidate{c("b", 2, 5, 2, -1), c("a", 1, 5, 1, -1)}, 20, []string{"a", "b"}},
		{"overflow last", []Candidate{c("b", 2, 5, 2, -1), c("c", 3, 5, 3, -1), c("a", 1, 8, 1, -1)}, 15, []string{"b", "c", "a"}},
		{"continuation after its sentence", []Candidate{c("x", 1, 5, 1, -1), c("y2", 9, 5, 9, 5), c("y", 5, 5, 5, -1)}, 20, []string{"x", "y", "y2"}},
		{"an overflow others continue stays", []Candidate{c("x", 1, 5, 1, -1), c("y2", 9, 5, 9, 5), c("y", 5, 9, 5, -1)}, 15, []string{"x", "y", "y2"}},
		{"unfinished last, each after its sentence", []Candidate{
			unf(c("u2", 8, 5, 8, 3)), c("a", 1, 5, 1, -1), c("p", 2, 5, 2, -1), c("p2", 4, 5, 4, 2), unf(c("u1", 7, 5, 7, 4)), c("q", 3, 5, 3, -1), unf(c("u3", 6, 5, 6, -1)),
		}, 60, []string{"a", "u3", "p", "p2", "u1", "q", "u2"}},
	}
	for _, tc := range cases {
		var got []string
		for _, x := range order(tc.chosen, tc.budget) {
			got = append(got, x.Text)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestNamedDates(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		text           string
		full, yearless time.Time
	}{
		{"Talks were held on July 14, 2016 and again on 15 July 2016 in Moscow.", day(2016, 7, 15), time.Time{}},
		{"Riel and Varga met late into the night of July 14.", time.Time{}, day(yearlessBase, 7, 14)},
		{"The deadline of Aug. 1 was dropped; talks may resume in May.", time.Time{}, day(yearlessBase, 8, 1)},
		{"No date here, though 14 people may come.", time.Time{}, time.Time{}},
	}
	for _, c := range cases {
		full, yl := namedDates(c.text, nil)
		if !full.Equal(c.full) || !yl.Equal(c.yearless) {
			t.Errorf("namedDates(%q) = %v, %v; want %v, %v", c.text, full, yl, c.full, c.yearless)
		}
	}
}

func TestArticleDaysAndRanks(t *testing.T) {
	arts := []*chorus.Article{
		{ID: "dated", Published: time.Date(2016, 7, 15, 10, 0, 0, 0, time.UTC), Text: "Talks went on."},
		{ID: "later", Text: "A meeting in Laos on July 26, 2016 followed."},
		{ID: "yearless", Text: "Riel and Varga met late into the night of July 14."},
		{ID: "undated", Text: "Nothing says when."},
		{ID: "sameday", Published: time.Date(2016, 7, 15, 18, 0, 0, 0, time.UTC), Text: "More talks."},
	}
	days := articleDays(arts, nil)
	if !days[2].Equal(time.Date(2016, 7, 14, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("yearless date took %v, want the story's year", days[2])
	}
	rank, dayRank := articleRanks(make([]int, len(arts)), days)
	if diff := cmp.Diff([]int{1, 3, 0, 4, 2}, rank); diff != "" {
		t.Errorf("ranks (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 2, 0, 3, 1}, dayRank); diff != "" {
		t.Errorf("day ranks (-want +got):\n%s", diff)
	}
}
