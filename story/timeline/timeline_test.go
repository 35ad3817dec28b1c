package timeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

func article(id, text string, published time.Time) Article {
	a := &chorus.Article{ID: chorus.ArticleID(id), Text: text, Published: published,
		Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
	return Article{Article: a, Analysis: analyze.Analyze(a), Origin: a.ID}
}

func TestBuildMergesAndOrders(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	sat := time.Date(2025, 3, 15, 9, 0, 0, 0, time.UTC)
	a := article("a", "The mayor opened the new flood barrier on Thursday in front of a large crowd. Work on a second barrier will start in early April, officials said.", fri)
	b := article("b", "The mayor opened the new flood barrier on Thursday in front of a large crowd. Nothing else happened.", sat)
	got := Build([]Article{a, b}, DefaultOptions)
	if len(got) != 2 {
		t.Fatalf("got %d entries, want 2: %+v", len(got), got)
	}
	if got[0].Date != "2025-03-13" || got[0].Granularity != "day" || len(got[0].Citations) != 2 {
		t.Errorf("first entry = %+v, want 2025-03-13 by day with 2 citations", got[0])
	}
	if got[1].Date != "2025-04" || got[1].Granularity != "month" {
		t.Errorf("second entry = %+v, want 2025-04 by month", got[1])
	}
	for _, e := range got {
		for _, c := range e.Citations {
			src := a.Article.Text
			if c.Article == "b" {
				src = b.Article.Text
			}
			if !strings.Contains(c.Span().In(src), "barrier") {
				t.Errorf("citation %+v does not hold the entry", c)
			}
		}
	}
}

func TestGranularity(t *testing.T) {
	for v, want := range map[string]string{"2016-07-14": "day", "2016-07-14TNI": "day", "2016-W28": "week", "2016-08": "month",
		"2016": "year", "2016-Q3": "quarter", "2016-SU": "season", "XXXX-07-14": "", "PRESENT_REF": "", "P5Y": ""} {
		if got := granularity(v); got != want {
			t.Errorf("granularity(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestBuildKeepsOtherWordingsAsVariants(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	a := article("a", "The mayor opened the new flood barrier on Thursday in front of a large crowd.", fri)
	b := article("b", "On Thursday the mayor opened the flood barrier before a large crowd of residents.", fri)
	got := Build([]Article{a, b}, DefaultOptions)
	if len(got) != 1 || len(got[0].Citations) != 1 || len(got[0].Variants) != 1 || got[0].Variants[0].Citations[0].Article != "b" {
		t.Errorf("got %+v, want one entry citing a with b as a variant", got)
	}
}

func TestPeriodStartOrders(t *testing.T) {
	vals := []string{"2025", "2025-Q2", "2025-04", "2025-W19", "2025-05-05", "2025-05-12", "2025-SU"}
	for i := 1; i < len(vals); i++ {
		if !periodStart(vals[i-1]).Before(periodStart(vals[i])) && !periodStart(vals[i-1]).Equal(periodStart(vals[i])) {
			t.Errorf("%s should start no later than %s: %v vs %v", vals[i-1], vals[i], periodStart(vals[i-1]), periodStart(vals[i]))
		}
	}
	if got := periodStart("2025-W19").Format("2006-01-02"); got != "2025-05-05" {
		t.Errorf("week 19 of 2025 starts %s, want 2025-05-05", got)
	}
}

func TestUndatedArticleTakesTheStorysYear(t *testing.T) {
	dec := time.Date(2024, 12, 20, 9, 0, 0, 0, time.UTC)
	dated := article("a", "The Tessin ferry line closed its winter route on Thursday after two storms hit the coast.", dec)
	undated := article("b", "The Tessin ferry line expects to reopen its winter route in early January, its manager said on Tuesday.", time.Time{})
	got := Build([]Article{dated, undated}, DefaultOptions)
	var reopen *chorus.TimelineEntry
	for i := range got {
		if got[i].Citations[0].Article == "b" {
			reopen = &got[i]
		}
		if got[i].Citations[0].Article == "a" && got[i].YearFromStory {
			t.Errorf("dated article's entry %+v marked as taking the story's year", got[i])
		}
	}
	// January nearest to 20 December 2024 is January 2025, not January 2024
	if reopen == nil || reopen.Date != "2025-01" || reopen.Granularity != "month" || !reopen.YearFromStory {
		t.Fatalf("undated article's entry = %+v, want 2025-01 by month with its year from the story", reopen)
	}

	// with no dated article in the story there is no year to take
	if got := Build([]Article{undated}, DefaultOptions); len(got) != 0 {
		t.Errorf("story of undated articles only: got %+v, want no entries", got)
	}
}

func TestYearFromStory(t *testing.T) {
	anchor := time.Date(2016, 10, 15, 0, 0, 0, 0, time.UTC)
	// 29 February exists only in 2016 of the three years around the anchor
	for v, want := range map[string]string{"XXXX-08": "2016-08", "XXXX-08-01": "2016-08-01", "XXXX-01": "2017-01",
		"XXXX-12": "2016-12", "XXXX-02-29": "2016-02-29", "XXXX-03": "2017-03", "XXXX-WXX-2": "", "2016-08": "", "XXXX-13": "", "XXXX-02-30": ""} {
		if got := yearFromStory(v, anchor); got != want {
			t.Errorf("yearFromStory(%q) = %q, want %q", v, got, want)
		}
	}
	if got := yearFromStory("XXXX-08", time.Time{}); got != "" {
		t.Errorf("no anchor: got %q, want nothing", got)
	}
}

func TestQuotationsTodayDatesNothing(t *testing.T) {
	wed := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)
	a := article("a", "\"Today we begin the repairs on the old bridge,\" the mayor of Riel told reporters. "+
		"\"We will reopen the old bridge to traffic on Friday,\" the mayor of Riel said.", wed)
	got := Build([]Article{a}, DefaultOptions)
	if len(got) != 1 || got[0].Date != "2025-03-14" {
		t.Fatalf("got %+v, want only the reopening, dated 2025-03-14: a quotation's 'today' is when it was said", got)
	}
}

// A date inside a clause that describes a noun is background: the entry
// goes under the date of what the sentence reports, and falls back to the
// background date only when the sentence reports none.
func TestDescribingClauseDatesOnlyWhenNothingElseDoes(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The lighthouse, which was built in 1881 by Marhold masons, was struck by lightning on Wednesday night.", "2025-03-12"},
		{"The ferry, bought from a Tessin yard in 2009, ran aground near Riel on Tuesday.", "2025-03-11"},
		{"The organ, a rare instrument assembled in 1790 by a Varga workshop, was damaged by the storm on Monday.", "2025-03-10"},
		{"Restored in 1962, the chapel reopened to visitors on Thursday after a long closure.", "2025-03-13"},
		{"The Veskaria bridge, finished in 1974, is the longest of the valley's four crossings.", "1974"},
		{"The harbour master, Ilse Varga, said on Wednesday that the quay would stay shut.", "2025-03-12"},
		{"On Tuesday, the council voted to close the quay until the inspection ends.", "2025-03-11"},
		// a figure's comma, a quotation's commas and a bracket inside the
		// clause do not end it
		{"The dam, which holds 470,000 cubic metres of water and was finished in 1974, burst near Riel on Tuesday.", "2025-03-11"},
		{"The council, which called the plan “costly, slow and late” in 2019, approved it on Tuesday.", "2025-03-11"},
		{"The bridge, which opened in 1974 (after two delays) and was rebuilt in 2001, closed to lorries on Monday.", "2025-03-10"},
		// an opener's comma opens no appositive
		{"Amid protests, the Marhold council approved the plan on Tuesday, a year after it was first tabled in March 2024.", "2025-03-11"},
		// a possessive opens an appositive as an article does
		{"The ferry, its hull rebuilt in 2009, sank off the coast of Riel on Tuesday.", "2025-03-11"},
		// a speech verb is a participle right after the subject or with its agent
		{"The harbour cuts, announced in 2019, take effect across Tessin on Tuesday.", "2025-03-11"},
		{"The quay plan, announced by the council in 2019, was approved on Tuesday.", "2025-03-11"},
		// an irregular participle from the same table as the finite verbs
		{"The survey team, led by Varga in 2019, found the wreck off Tessin on Tuesday.", "2025-03-11"},
		// and the sentence's own verb after an aside
		{"The operator, Tessin Lines, said on Wednesday, after a vote in 2019, that the quay would stay shut.", "2025-03-12"},
	} {
		got := Build([]Article{article("a", tc.text, fri)}, DefaultOptions)
		if len(got) != 1 || got[0].Date != tc.want {
			t.Errorf("%q: got %+v, want one entry dated %s", tc.text, got, tc.want)
		}
	}
}

// A date that only picks out one of the sentence's nouns (a year modifying
// a noun after the verb, a relative clause, "since" counting something up)
// dates no entry; when it is the sentence's only date, the sentence is left
// off the timeline. A year on the subject, a fronted phrase or an occasion
// after "at", and "since" starting the state the sentence reports, do date
// it.
func TestBackgroundDatesNothing(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		// a year modifying a noun after the verb
		{"The embargo aims to force Marhold to hand over two men sought over the 1988 sinking of a Riel ferry.", ""},
		{"The mayor praised 1989's reformers in a long speech to the Marhold council.", ""},
		{"Growers counted their losses as the early summer harvest got under way in the Riel valley.", ""},
		{"The council closed the Marhold beach for the 2026 season after the storm.", ""},
		{"The Tessin board voted against the 2031 budget of the harbour on Tuesday.", "2025-03-11"},
		// the complement of another noun, even on the subject
		{"In Riel, a member of the 2019 intake, Ilse Varga, leads the Tessin poll.", ""},
		{"On the eve of his 2019 inauguration, Varga enjoyed wide support in Tessin.", "2019"},
		// on the subject, in a fronted phrase, or an occasion after "at"
		{"A 2019 survey of the Tessin coast found that the dunes were shrinking fast.", "2019"},
		{"After the 2019 floods, the Riel council rebuilt the whole harbour wall.", "2019"},
		{"The Varga twins placed fourth at the 2016 Veskaria games in the relay.", "2016"},
		// a year after a preposition is an adverbial of its own
		{"Varga said that in 2012 everything in Tessin had seemed possible to him.", "2012"},
		// the period a plan or a forecast is for, after the verb
		{"The Marhold board projected growth of three percent for 2027 in its report.", ""},
		{"For 2026, the Riel council set aside more money for its old harbour.", "2026"},
		// "since" counting up or ranking
		{"The storm was the heaviest to hit the Tessin coast since 1953, forecasters said.", ""},
		{"Since 2015, four ferries have sunk off the rocky Riel coast.", ""},
		{"There have been no strikes at the Marhold mine since 1987, the owners say.", ""},
		{"\"We have farmed this valley since 1921,\" said Anna Varga of the Riel cooperative.", ""},
		// "since" starting the state the sentence reports
		{"The Veskaria border has been closed to lorries since 2014 because of the bridge.", "2014"},
		// relative clauses without commas, and ", where …"
		{"The court fined the builder who restored the old Tessin chapel in 1962.", ""},
		{"Marhold, where miners struck for a year in 1984, votes for a new mayor.", ""},
		{"The number of clinics which offered the service fell sharply between 1982 and 1992.", "1982"},
		{"Inspectors never followed up the warning about the Riel quay that they received in 2011.", ""},
		{"Floods that began in 2019 ruined three harvests in the Marhold valley.", "2019"},
		{"Varga insists that the Tessin quay was sold in 2011 without a vote.", "2011"},
		{"It is clear that the Tessin quay was sold in 2011 without a vote.", "2011"},
		{"The Riel line told shippers in a letter seen by reporters that its ferries would stop in 2026.", "2026"},
		// a relative clause set off by commas, as the only date
		{"Riel, which joined the league in 1998, is looking for a new coach.", ""},
		// a day next to the article's own date is part of the same news
		{"The minister, who arrived in Tessin on Wednesday morning, said the roads would stay shut.", "2025-03-12"},
		{"A conservator will examine the Marhold map before it goes on show, which the museum hopes will happen next month.", "2025-04"},
		// but a date that picks out a noun does not, however close it is
		{"A gale turned the Riel fair crowded with Carnival dancers from the March 3 parade into chaos.", ""},
		{"Divers found the bodies of four fishermen of the March 9 sinking off the Tessin coast.", ""},
		// while a weekday or a clock time on a noun names this week's news
		{"Rebels in Marhold claimed responsibility for the 7:15 a.m. blast at the depot.", "2025-03-14"},
		{"The mayor of Riel condemned Tuesday's blast at the ferry depot in a short speech.", "2025-03-11"},
		// the baseline of a comparison
		{"Ferry bookings in Tessin rose to 9,000, compared with 6,500 a year ago.", ""},
		{"The jobless rate in Marhold fell to 4.1 percent, down from 4.6 percent in January.", ""},
		{"The jobless rate in Marhold fell to 4.1 percent in February, down from 4.6 percent in January.", "2025-02"},
		// a participle clause on the noun of a phrase in the subject
		{"The damage at the Riel pier, built in 1990, was worse than at the other quays.", ""},
	} {
		checkOneEntry(t, tc.text, Build([]Article{article("a", tc.text, fri)}, DefaultOptions), tc.want)
	}
}

// A relative clause on the noun of a "since" phrase dates the start of the
// state the sentence reports, when nothing else dates it.
func TestRelativeClauseDatesTheStartOfAState(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Talks on the Tessin border have grown urgent since the Riel uprising, which began in May 2023.", "2023-05"},
		{"Four ferries have sunk since the Riel storm, which began in May 2023.", ""},
	} {
		checkOneEntry(t, tc.text, Build([]Article{article("a", tc.text, fri)}, DefaultOptions), tc.want)
	}
}

// A scene-setting clause's date stands in only when the sentence gives no
// date of its own: one the article's missing date leaves without a value
// ("last year" in an undated article) still says the entry is not then.
func TestSceneSettingDateOnlyWhenTheSentenceHasNone(t *testing.T) {
	for _, tc := range []struct {
		text      string
		published time.Time
		want      string
	}{
		{"Released in 2019, Varga went back to campaigning in Tessin last year.", time.Time{}, ""},
		{"Released in 2019, Varga went back to campaigning in Tessin last year.", time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC), "2024"},
		{"Founded in 1911, the Riel rowing club is the oldest on the Marhold coast.", time.Time{}, "1911"},
	} {
		dated := article("d", "The Tessin council met in the town hall on Friday to elect a mayor.", time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC))
		got := Build([]Article{dated, article("a", tc.text, tc.published)}, DefaultOptions)
		var mine []chorus.TimelineEntry
		for _, e := range got {
			if e.Citations[0].Article == "a" {
				mine = append(mine, e)
			}
		}
		checkOneEntry(t, tc.text, mine, tc.want)
	}
}

// checkOneEntry checks that a sentence gave no timeline entry (want "") or
// one entry dated want.
func checkOneEntry(t *testing.T, text string, got []chorus.TimelineEntry, want string) {
	t.Helper()
	switch {
	case want == "" && len(got) != 0:
		t.Errorf("%q: got %+v, want no entry", text, got)
	case want != "" && (len(got) != 1 || got[0].Date != want):
		t.Errorf("%q: got %+v, want one entry dated %s", text, got, want)
	}
}

// TestCaptionDatesNothing checks that a photo caption's date, when its
// picture was taken, makes no entry: the same sentence unmarked does.
func TestCaptionDatesNothing(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	caption := "Volunteers stack sandbags outside the town hall in Riel, Veskaria, Tuesday, March 11, 2025."
	for _, mark := range []bool{true, false} {
		a := article("a", "The mayor opened the new flood barrier on Thursday in front of a large crowd. "+caption, fri)
		found := false
		for i, s := range a.Analysis.Sentences {
			if s.In(a.Article.Text) == caption {
				if !s.Caption {
					t.Fatalf("the analysis does not mark %q as a caption", caption)
				}
				a.Analysis.Sentences[i].Caption, found = mark, true
			}
		}
		if !found {
			t.Fatalf("no sentence holds the caption")
		}
		dated := false
		for _, e := range Build([]Article{a}, DefaultOptions) {
			if e.Date == "2025-03-11" {
				dated = true
			}
		}
		if dated == mark {
			t.Errorf("caption marked %v: dated entry %v, want %v", mark, dated, !mark)
		}
	}
}

// A bare clock time is on the day the narrative is at: a day its sentence
// names, else the last day the article named before it. Only when that is
// the publication day (or the article named none) does the clock time date
// the entry.
func TestBareClockTimeTakesTheNarrativesDay(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string // the entries' dates in order
	}{
		{"The storm reached the Riel coast early on Tuesday, its wind tearing at the roofs. At 10 a.m. the harbour crane toppled into the water.",
			[]string{"2025-03-11"}},
		{"The Tessin lifeboat crew was called out on Friday before sunrise. At 10 a.m. the crew reached the stranded ferry.",
			[]string{"2025-03-14", "2025-03-14"}},
		{"At noon the Marhold ferry left its berth with ninety passengers on board.", []string{"2025-03-14"}},
		// a sentence names the day it reports before an older one
		{"Riel ferry crews stopped work on Friday over a colleague's fall last Friday. At 6 a.m. the first crossing was cancelled.",
			[]string{"2025-03-14", "2025-03-14"}},
		{"Skywatchers in Marhold should look east from about 2 a.m. until dawn on both May 5 and May 6.", []string{"2025-05-05"}},
	} {
		got := Build([]Article{article("a", tc.text, fri)}, DefaultOptions)
		var dates []string
		for _, e := range got {
			dates = append(dates, e.Date)
		}
		if strings.Join(dates, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: got dates %v, want %v", tc.text, dates, tc.want)
		}
	}
}

func TestBareClock(t *testing.T) {
	for text, want := range map[string]bool{"10 a.m.": true, "about 1 a.m.": true, "noon": true, "9:45 a.m. (0745 GMT)": true,
		"11:43 p.m.": true, "Friday night": false, "10 a.m. Tuesday": false, "this morning": false} {
		if got := bareClock(chorus.TimeRef{Text: text, Type: chorus.TimeTime}); got != want {
			t.Errorf("bareClock(%q) = %v, want %v", text, got, want)
		}
	}
}

// A weather forecast is no happening of the story; the weather that came is.
func TestWeatherForecastIsNoEntry(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Low pressure will drift east across the Tessin uplands on Sunday, bringing sleet.", ""},
		{"On Sunday, a cold front will stall over the Marhold hills and bring long spells of rain.", ""},
		{"Heavy rain is expected to reach the Riel coast by Sunday evening, forecasters said.", ""},
		{"Heavy rain flooded the Riel coast road on Thursday, forecasters said.", "2025-03-13"},
		{"The Riel council will vote on the flood barrier on Monday, its clerk said.", "2025-03-17"},
		{"\"The storm will be gone by Monday,\" said Ilse Varga, who runs the Tessin ferry.", "2025-03-17"},
	} {
		checkOneEntry(t, tc.text, Build([]Article{article("a", tc.text, fri)}, DefaultOptions), tc.want)
	}
}

// "For the last year" is a stretch up to the article's day, over which a
// state held; a holiday named with no preposition is the feast, not the
// day something happened.
func TestStretchesAndFeastsDateNothing(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"For the last year, the Riel ferry line has argued that its fares are fair.", ""},
		{"Over the past month, the Tessin quay has lost a third of its trade.", ""},
		{"The Riel ferry line changed its fares last year after a long dispute.", "2024"},
		{"Most of the guests were Tessin students celebrating Halloween and a long weekend.", ""},
		{"The Marhold choir sang in the square on Halloween, as it has for a century.", "2024-10-31"},
	} {
		checkOneEntry(t, tc.text, Build([]Article{article("a", tc.text, fri)}, DefaultOptions), tc.want)
	}
}

func TestWordBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   int
		want string
	}{{"for  the last year", 5, "for"}, {"Halloween", 0, ""}, {"celebrating Halloween", 12, "celebrating"}} {
		if got := wordBefore(tc.text, tc.at); got != tc.want {
			t.Errorf("wordBefore(%q, %d) = %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}

// A date in a condition dates nothing that happened; "overnight" as an
// adjective and the "Today" that ends a name are no dates at all.
func TestConditionsAndAdjectivesDateNothing(t *testing.T) {
	fri := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Surveys suggest that if the Riel council were chosen today, the harbour party would win most seats.", ""},
		{"The Tessin union will strike unless the ferry owners raise wages by Monday, its leader said.", ""},
		{"The Riel council voted on Thursday, and the quay will close if the ferry owners object.", "2025-03-13"},
		{"The overnight doubling of Tessin's ferry fares last month emptied the morning boats.", "2025-02"},
		{"Riel's overnight rate climbed to nine percent in January, the bank said.", "2025-01"},
		{"Lorries were kept off the Tessin bridge overnight after a crack was found.", "2025-03-13"},
		{"Ilse Varga is chief editor at Riel Today, which prints its pages in three towns.", ""},
		{"Today the Riel ferry carried its millionth passenger, the operator said.", "2025-03-14"},
	} {
		checkOneEntry(t, tc.text, Build([]Article{article("a", tc.text, fri)}, DefaultOptions), tc.want)
	}
}

func TestSpreadKeepsEachDateBeforeRepeats(t *testing.T) {
	ranked := func(dates ...string) []*entry {
		var out []*entry
		for i, d := range dates {
			out = append(out, &entry{date: d, order: i})
		}
		return out
	}
	texts := func(es []*entry) []string {
		var out []string
		for _, e := range es {
			out = append(out, fmt.Sprintf("%s#%d", e.date, e.order))
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		dates []string
		max   int
		want  []string
	}{
		{"room for all", []string{"2025-03-11", "2025-03-11"}, 3, []string{"2025-03-11#0", "2025-03-11#1"}},
		{"a later day before a repeat", []string{"2025-03-11", "2025-03-11", "2025-03-11", "2025-03-17", "1974"}, 3,
			[]string{"2025-03-11#0", "2025-03-17#3", "1974#4"}},
		{"repeats fill what is left, best first", []string{"2025-03-11", "2025-03-11", "2025-03-12", "2025-03-11"}, 3,
			[]string{"2025-03-11#0", "2025-03-12#2", "2025-03-11#1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := texts(spread(ranked(tc.dates...), tc.max)); !slices.Equal(got, tc.want) {
				t.Errorf("spread = %v, want %v", got, tc.want)
			}
		})
	}
}
